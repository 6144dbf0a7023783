# ruff: noqa: E501 - the sentences are data, kept one to a line
"""The thirteenth collection's statements in French and Spanish, written by hand without
reading the rules, as the passages of one season's mail that carry the request: cover
e-mails, notes verbales, letters from relatives, replies to the secretariat, signatures and
forms. Half of the collection asks for the input to go up without the writer's name. Each
entry is (language, label, text); FORMS holds a form's question and answer lines, labelled
by what the answer means.

Labels: C must not be published; A may be published without the submitter's name;
P may be published; U a human must decide."""

from __future__ import annotations

# (language, label, text): a request that the input stay off the page.
REFUSALS = [
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "C",
        "La Mission permanente de la République de Lorvanie auprès de l'Office des Nations Unies à Genève présente ses compliments au Haut-Commissariat aux droits de l'homme et a l'honneur de lui transmettre la réponse des autorités compétentes. La Mission saurait gré au Secrétariat de bien vouloir ne pas rendre cette réponse publique.",
    ),
    (
        "fr",
        "C",
        "Conformément à l'article 8 de notre règlement intérieur, les informations recueillies lors des visites de la Commission ne peuvent être divulguées. La présente contribution est donc transmise à titre strictement confidentiel.",
    ),
    (
        "fr",
        "C",
        "Je suis le frere d'un homme retenu au centre de Saint-Aubin. Je vous ecris pour que vous sachiez, mais je ne veux pas que ma lettre se retrouve en ligne, j'ai peur pour lui.",
    ),
    (
        "fr",
        "C",
        "Sur le conseil de notre avocate, nous vous demandons de ne pas publier ce document : il reprend des éléments d'un dossier couvert par le secret de l'instruction.",
    ),
    (
        "fr",
        "C",
        "Le syndicat transmet ces témoignages d'agents au seul Groupe de travail. Ils ne doivent en aucun cas figurer sur le site du HCDH.",
    ),
    (
        "fr",
        "C",
        "Ancien agent d'escorte, j'accepte de témoigner, mais pas publiquement : même sans mon nom, les collègues me reconnaîtraient à ma façon de raconter.",
    ),
    (
        "fr",
        "C",
        "Comme le permet l'appel à contributions, nous demandons que notre texte ne soit pas publié.",
    ),
    (
        "fr",
        "C",
        "bonjour, je vous envoie ce que j'ai vecu dans le centre. s'il vous plait ne le publiez pas, c'est pour vous seulement.",
    ),
    (
        "fr",
        "C",
        "Les données chiffrées de la partie 2 proviennent de documents internes de la société et nous ont été remises à condition de ne pas être diffusées. L'ensemble de la contribution est donc réservé à l'usage interne du Groupe de travail.",
    ),
    (
        "fr",
        "C",
        "La société Vigilis Frontières SAS transmet le présent document à titre d'information. Il contient des éléments couverts par le secret des affaires et ne saurait être publié.",
    ),
    (
        "fr",
        "C",
        "Ce document de travail n'a pas été évalué par les pairs ; je préfère qu'il ne soit pas mis en ligne et qu'il serve uniquement à la réflexion du Groupe.",
    ),
    # -- Spanish ------------------------------------------------------------------------
    (
        "es",
        "C",
        "La Misión Permanente de la República de Tarcania saluda atentamente a la Oficina del Alto Comisionado para los Derechos Humanos y tiene el honor de remitir la respuesta de su Gobierno. Se solicita que dicha información no sea publicada en el sitio web.",
    ),
    (
        "es",
        "C",
        "Se solicita que el presente documento se mantenga reservado y no se difunda por ningún medio, dado que contiene información sobre operativos en curso.",
    ),
    (
        "es",
        "C",
        "Mi hijo sigue detenido en la estacion migratoria. Les escribo esto pero no quiero que lo pongan en internet, por favor, es solo para ustedes.",
    ),
    (
        "es",
        "C",
        "Trabajé dos años como custodio en el centro de detención para una empresa privada. No autorizo que se publique nada de lo que cuento, ni siquiera sin mi nombre.",
    ),
    (
        "es",
        "C",
        "Como abogada de las víctimas, informo que la documentación adjunta forma parte de una causa penal en trámite y no puede hacerse pública.",
    ),
    (
        "es",
        "C",
        "La Red de Albergues remite este informe para conocimiento exclusivo del Grupo de Trabajo. No deseamos que se suba a la página de la convocatoria.",
    ),
    (
        "es",
        "C",
        "Por razones de seguridad de las personas entrevistadas, este aporte tiene carácter confidencial en su totalidad.",
    ),
    (
        "es",
        "C",
        "hola, les mando mi historia de lo que paso en la frontera. no quiero que se publique, me da miedo.",
    ),
    (
        "es",
        "C",
        "Custodia Integral S.A. entrega esta información con carácter reservado, por contener datos comerciales protegidos por cláusulas de confidencialidad con el Estado.",
    ),
    ("es", "C", "Elegimos la opción de envío no público que ofrece la convocatoria."),
    (
        "es",
        "C",
        "En la asamblea del sindicato se acordó enviar estos testimonios, pero nadie quiere verlos en la web de la ONU. Les pedimos que no los publiquen.",
    ),
]

# (language, label, text): the input may go up, but not with the submitter's name.
ANONYMOUS = [
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "A",
        "Le contenu peut être mis en ligne, mais pas notre en-tête : merci de retirer le nom et le logo de l'association avant toute publication.",
    ),
    (
        "fr",
        "A",
        "Je travaille comme agent de sûreté pour le sous-traitant de la zone d'attente. Vous pouvez publier ce témoignage à condition qu'il reste anonyme ; mon employeur ne doit pas savoir que c'est moi.",
    ),
    (
        "fr",
        "A",
        "Le Collectif accepte la publication de sa contribution sous forme anonyme, compte tenu des pressions exercées sur ses membres dans le département.",
    ),
    (
        "fr",
        "A",
        "merci de publier notre texte mais sans mettre le nom de l'association, on a deja eu des problemes avec la prefecture l'annee derniere.",
    ),
    (
        "fr",
        "A",
        "Nous souhaitons que la contribution soit attribuée à « un réseau d'avocats intervenant en centre de rétention », sans mention de nos noms ni de nos cabinets.",
    ),
    (
        "fr",
        "A",
        "Je suis la sœur d'un homme expulsé en mars. Vous pouvez publier ma lettre, mais de façon anonyme s'il vous plaît, ma famille est encore là-bas.",
    ),
    (
        "fr",
        "A",
        "Conformément à ce qui a été convenu avec le Secrétariat, la présente contribution peut être publiée, sous réserve que l'identité de son auteur demeure confidentielle.",
    ),
    (
        "fr",
        "A",
        "Le syndicat ne s'oppose pas à la publication ; il demande toutefois que les noms des délégués signataires n'apparaissent pas sur le site.",
    ),
    (
        "fr",
        "A",
        "Chercheuse dans une université publique, je suis tenue par mon protocole de préserver l'anonymat des personnes interrogées, et le mien par la même occasion. Le texte peut être publié sans mon nom ni celui de mon laboratoire.",
    ),
    (
        "fr",
        "A",
        "Publication : oui. Nom : non. Nous préférons rester discrets, vu nos relations avec la préfecture.",
    ),
    (
        "fr",
        "A",
        "N.B. : en cas de publication, merci d'anonymiser le document (nom, fonction, ville).",
    ),
    (
        "fr",
        "A",
        "Mon client accepte que son témoignage figure sur le site du HCDH à condition que son anonymat soit garanti ; merci de le désigner comme « un ancien retenu ».",
    ),
    (
        "fr",
        "A",
        "Nous sommes d'accord pour une publication en tant que contribution anonyme. Nos partenaires sur place pourraient faire l'objet de représailles.",
    ),
    (
        "fr",
        "A",
        "Vous pouvez mettre le document en ligne, mais sans la page des signatures ni notre tampon : seul le fond compte pour nous.",
    ),
    # -- Spanish ------------------------------------------------------------------------
    (
        "es",
        "A",
        "Para nosotras es importante que el informe se conozca, así que pueden publicarlo; eso sí, como aporte anónimo: trabajamos en la frontera sur y ya nos han amenazado dos veces.",
    ),
    (
        "es",
        "A",
        "Autorizo la publicación de mi testimonio de forma anónima, ya que sigo trabajando para la empresa de seguridad.",
    ),
    (
        "es",
        "A",
        "Les ruego que, en caso de publicarse, se haga de forma anónima, omitiendo mi nombre, mi cargo y el centro donde trabajo.",
    ),
    (
        "es",
        "A",
        "soy la hermana de Luis. pueden poner la carta en la web pero sin nombres, ni el mio ni el de el, por favor, todavia esta esperando el juicio",
    ),
    (
        "es",
        "A",
        "Se solicita que la contribución se publique como anónima, sin el membrete ni la firma de la Red.",
    ),
    (
        "es",
        "A",
        "La clínica jurídica da su consentimiento para la publicación, siempre que se preserve la confidencialidad de la identidad de las estudiantes que la redactaron.",
    ),
    (
        "es",
        "A",
        "Pueden citarnos como 'una organización de la sociedad civil del norte de México'. Preferimos que nuestro nombre no aparezca en la lista de contribuciones.",
    ),
    (
        "es",
        "A",
        "Soy periodista. Publíquenlo si lo consideran útil, pero de manera anónima: tengo otra investigación en curso sobre la misma empresa.",
    ),
    (
        "es",
        "A",
        "El sindicato no tiene inconveniente en que se publique el informe; pedimos, eso sí, que se mantenga en el anonimato a los compañeros que lo firman.",
    ),
    (
        "es",
        "A",
        "P.D.: Si lo suben a la pagina, que sea sin mi nombre porfavor. Pongan solo 'un familiar de una persona deportada'.",
    ),
    (
        "es",
        "A",
        "Con mucho gusto compartimos este informe, que puede ser difundido. Pedimos únicamente que la identidad de la persona que lo escribió se mantenga confidencial.",
    ),
    ("es", "A", "ok para publicar pero anonimo x favor, mi visa vence en octubre"),
    (
        "es",
        "A",
        "Consentimos la publicación, aunque sin logotipo ni datos de contacto de la fundación; en cuanto a la autoría, les pedimos que sea confidencial.",
    ),
    (
        "es",
        "A",
        "Nuestra contribución puede aparecer en el sitio web del ACNUDH. Por la seguridad del equipo, eso sí, agradeceríamos que nadie pudiera rastrearla hasta nosotros: ni nombre, ni ciudad, ni fotos del albergue.",
    ),
]

# (language, label, text): the input may be published.
CONSENT = [
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "P",
        "Vous trouverez ci-joint la contribution de la Ligue. Elle peut être publiée sur le site du HCDH, y compris ses annexes.",
    ),
    (
        "fr",
        "P",
        "La Mission permanente présente ses compliments au Secrétariat et a l'honneur de lui transmettre la réponse de son Gouvernement. Les autorités ne voient pas d'inconvénient à ce que cette réponse soit rendue publique.",
    ),
    (
        "fr",
        "P",
        "Rien dans ce document n'est couvert par le secret ; il peut circuler librement, notamment sur votre site.",
    ),
    (
        "fr",
        "P",
        "Nous autorisons la publication et souhaiterions que notre logo figure sur la page de garde, comme dans la version jointe.",
    ),
    ("fr", "P", "oui vous pouvez la mettre en ligne, pas de souci, c'est fait pour ca"),
    (
        "fr",
        "P",
        "L'Institution nationale des droits de l'homme consent à la publication de sa contribution, qui sera par ailleurs disponible sur son propre site.",
    ),
    (
        "fr",
        "P",
        "Il n'y a aucune raison de ne pas la publier. Merci de la citer ainsi : Association Passerelles Sud (2024).",
    ),
    # -- Spanish ------------------------------------------------------------------------
    (
        "es",
        "P",
        "Adjunto la contribución de nuestra organización sobre los centros de detención migratoria. Pueden publicarla sin problema.",
    ),
    (
        "es",
        "P",
        "El Ministerio de Relaciones Exteriores autoriza la publicación de la presente respuesta en la página web de la convocatoria.",
    ),
    (
        "es",
        "P",
        "No tenemos ningún inconveniente en que el informe se haga público; al contrario, nos interesa que circule.",
    ),
    (
        "es",
        "P",
        "Damos nuestro consentimiento para que se publique, con el nombre completo de la organización y el enlace a nuestro sitio web.",
    ),
    ("es", "P", "si, publiquenlo, no hay nada que esconder"),
    (
        "es",
        "P",
        "La Defensoría del Pueblo hace constar que su aporte es de carácter público y puede difundirse íntegramente.",
    ),
    ("es", "P", "Ningún apartado de este documento es reservado."),
]

# (language, label, text): a human must decide.
MIXED = [
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "U",
        "La publication est subordonnée à l'accord du cabinet du ministre, qui n'a pas encore été donné.",
    ),
    (
        "fr",
        "U",
        "Vous pouvez publier le rapport, mais pas la carte des lieux de rétention qui figure en annexe 3.",
    ),
    (
        "fr",
        "U",
        "Nous ne sommes pas tous d'accord au sein du bureau : certains souhaitent la publication, d'autres non. Merci d'attendre notre réponse définitive.",
    ),
    (
        "fr",
        "U",
        "a publier seulement une fois que le tribunal administratif aura statue, normalement en janvier.",
    ),
    # -- Spanish ------------------------------------------------------------------------
    (
        "es",
        "U",
        "Solicitamos un embargo hasta el 15 de octubre; después de esa fecha pueden publicarla.",
    ),
    (
        "es",
        "U",
        "Publíquenla, salvo el cuadro de incidentes de la sección 4, que contiene datos sensibles.",
    ),
    (
        "es",
        "U",
        "Nuestra junta directiva todavía tiene que aprobar la publicación; se reúne a fines de mes.",
    ),
    (
        "es",
        "U",
        "Pueden publicarla si el Gobierno no presenta objeciones; de lo contrario, preferimos que quede reservada.",
    ),
]

# (language, label, [question, answer]): a form, labelled by what the answer means.
FORMS = [
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "C",
        [
            "Mise en ligne de votre contribution",
            "Non, merci de la garder pour le Groupe de travail",
        ],
    ),
    (
        "fr",
        "A",
        [
            "Nom à faire figurer sur le site",
            "Aucun - « une association de soutien aux personnes retenues »",
        ],
    ),
    ("fr", "P", ["Publication de la contribution", "Oui, intégralement"]),
    ("fr", "U", ["Publication autorisée ?", "Oui, sauf les photos (à confirmer)"]),
    # -- Spanish ------------------------------------------------------------------------
    (
        "es",
        "C",
        [
            "Publicación en el sitio web",
            "No, solo para uso del Grupo de Trabajo",
        ],
    ),
    ("es", "A", ["Nombre del remitente para la publicación", "Ninguno (sin nombre, por favor)"]),
    ("es", "P", ["Autorización de publicación en línea", "Sí, doy mi consentimiento"]),
    ("es", "U", ["¿Se puede publicar?", "n/a"]),
]
