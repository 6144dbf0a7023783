# ruff: noqa: E501 - the sentences are data, kept one to a line
"""The seventh collection's French and Spanish statements, written by hand without reading
the rules. Each entry is (language, label, text); FORMS holds a form's question and answer
lines instead of one text, labelled by what the answer means.

Labels: C must not be published; A may be published without the submitter's name;
P may be published; U a human must decide."""

from __future__ import annotations

# (language, label, text): a request that the input stay off the page.
REFUSALS = [
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "C",
        "La Mission permanente saurait gré au Haut-Commissariat de bien vouloir réserver au seul usage du Groupe de travail les éléments d'information ci-joints, lesquels n'ont pas vocation à être portés à la connaissance du public.",
    ),
    (
        "fr",
        "C",
        "Compte tenu des risques de représailles auxquels nos partenaires sur le terrain restent exposés, nous vous demandons de garder ce document pour vous.",
    ),
    (
        "fr",
        "C",
        "merci de pas mettre notre reponse sur internet, on est une toute petite asso et la societe de securite sait tres bien qui on est",
    ),
    (
        "fr",
        "C",
        "Pourriez-vous vous abstenir de diffuser notre contribution, annexes comprises, au-delà des membres du Groupe de travail ?",
    ),
    (
        "fr",
        "C",
        "Les éléments qui suivent vous sont fournis à titre d'information de fond : ils ne sauraient être cités, reproduits ni repris publiquement.",
    ),
    (
        "fr",
        "C",
        "Nous préférerions que ce témoignage ne circule pas en dehors du Groupe de travail.",
    ),
    (
        "fr",
        "C",
        "P.-S. : pour des raisons que vous comprendrez aisément, rien de ce que je vous envoie ne doit apparaître sur votre site.",
    ),
    (
        "fr",
        "C",
        "Notre direction juridique nous demande de préciser que ce document est réservé à l'usage interne du Groupe de travail et ne peut faire l'objet d'aucune diffusion, publique ou autre.",
    ),
    (
        "fr",
        "C",
        "Je vous en prie, ne mettez pas mon récit en ligne, j'ai peur pour ma famille qui vit encore là-bas.",
    ),
    (
        "fr",
        "C",
        "Veuillez noter que notre mémoire vous est transmis sous le sceau de la confidentialité; nous ne souhaitons pas qu'il soit affiché sur le site Web du HCDH.",
    ),
    (
        "fr",
        "C",
        "Nous avons l'honneur de vous faire parvenir ci-joint notre contribution, tout en vous priant de bien vouloir en préserver la stricte confidentialité.",
    ),
    (
        "fr",
        "C",
        "Il va sans dire que ce courrier et les pièces qui l'accompagnent doivent rester entre nous.",
    ),
    (
        "fr",
        "C",
        "Nous ne voyons pas comment nous pourrions accepter que ce rapport soit rendu public : il doit rester confidentiel.",
    ),
    (
        "fr",
        "C",
        "Je ne souhaite pas que mon témoignage soit repris, cité ou publié, sous quelque forme que ce soit.",
    ),
    ("fr", "C", "Cette note est à usage interne : merci de ne pas la relayer."),
    (
        "fr",
        "C",
        "Nous vous faisons confiance pour que ces informations ne sortent pas du cadre du Groupe de travail.",
    ),
    (
        "fr",
        "C",
        "nous vous prions de ne pas publié ce document sur le site , c'est tres sensible pour notre organisation et pour les temoins",
    ),
    (
        "fr",
        "C",
        "La présente réponse, qui contient des informations commercialement sensibles, n'est communiquée qu'à la condition de n'être ni publiée ni divulguée à des tiers.",
    ),
    (
        "fr",
        "C",
        "En aucun cas notre contribution ne doit être mise à la disposition du public, pas même sous forme d'extraits.",
    ),
    (
        "fr",
        "C",
        "Vu la situation sécuritaire actuelle dans le nord du pays, notre coalition ne peut pas se permettre que ce rapport soit accessible en ligne.",
    ),
    (
        "fr",
        "C",
        "Merci de traiter ce message et le rapport joint comme confidentiels — nous ne voulons pas les voir sur la page des contributions reçues.",
    ),
    ("fr", "C", "Nous aimerions mieux que notre réponse ne soit pas rendue publique."),
    (
        "fr",
        "C",
        "Ce document n'est pas destiné à sortir de vos services et nous vous remercions de le conserver dans vos dossiers internes.",
    ),
    (
        "fr",
        "C",
        "Tout ce qui figure dans ce courriel est dit à titre officieux et ne doit être ni publié ni attribué.",
    ),
    (
        "fr",
        "C",
        "Serait-il possible de ne pas faire figurer notre document dans la liste publique des contributions ? Nous tenons à ce qu'il reste confidentiel.",
    ),
    (
        "fr",
        "C",
        "S'il vous plaît, gardez ça confidentiel, on ne veut surtout pas que ça se ramasse sur le web.",
    ),
    (
        "fr",
        "C",
        "Notre conseil d'administration n'a pas autorisé la diffusion publique de cette communication, sous quelque forme que ce soit.",
    ),
    (
        "fr",
        "C",
        "Je vous l'envoie à vous, et à vous seulement : pas de publication, pas de citation.",
    ),
    (
        "fr",
        "C",
        "Vous trouverez ci-joint notre analyse des contrats passés entre le ministère de la Défense et deux sociétés de sécurité privées, que nous vous prions de ne pas rendre accessible au public, certaines sources n'ayant accepté de parler qu'à cette condition.",
    ),
    (
        "fr",
        "C",
        "Ce document est adressé à votre seule attention et à celle des experts du Groupe de travail.",
    ),
    # -- Spanish ------------------------------------------------------------------------
    (
        "es",
        "C",
        "La Misión Permanente agradecerá que la información transmitida mediante la presente nota sea tratada con carácter reservado y no se divulgue en el sitio web de la Oficina.",
    ),
    (
        "es",
        "C",
        "Dado el riesgo de represalias contra nuestras compañeras en el territorio, les pedimos que este documento no salga del Grupo de Trabajo.",
    ),
    (
        "es",
        "C",
        "porfa no suban esto a la pagina, somos una organizacion chiquita y la empresa ya nos tiene ubicados",
    ),
    (
        "es",
        "C",
        "¿Podrían abstenerse de colgar nuestra aportación en la web? Preferimos que se quede en manos del Grupo de Trabajo.",
    ),
    (
        "es",
        "C",
        "Le ruego que mi testimonio no se haga público de ninguna manera; tengo miedo por mi familia.",
    ),
    (
        "es",
        "C",
        "Lo que sigue se lo cuento off the record: no lo citen ni lo difundan, por favor.",
    ),
    (
        "es",
        "C",
        "Nuestra área legal nos pide dejar constancia de que la presente respuesta contiene información comercial sensible y se remite con la condición de que no sea publicada ni divulgada a terceros.",
    ),
    ("es", "C", "PD: nada de lo que les mando puede aparecer en su sitio, por razones obvias."),
    ("es", "C", "Preferiríamos que el informe adjunto no circulara fuera del Grupo de Trabajo."),
    ("es", "C", "Les agradeceríamos mantener esta comunicación en estricta reserva."),
    ("es", "C", "No queremos que nuestra contribución se vea en internet bajo ningún concepto."),
    ("es", "C", "Les escribo en confianza y les pido que esto quede entre ustedes."),
    (
        "es",
        "C",
        "porfavor no publicar nuestra respuesta en la pagina web es muy delicado para nosotros",
    ),
    (
        "es",
        "C",
        "Se remite la presente aportación con carácter confidencial, por lo que rogamos no la incluyan en el listado público de contribuciones recibidas.",
    ),
    (
        "es",
        "C",
        "En vista de la situación de seguridad en la región, nuestra red no puede permitir que este informe quede al alcance del público.",
    ),
    (
        "es",
        "C",
        "Este aporte es solo para conocimiento del Grupo de Trabajo y no puede reproducirse, ni siquiera parcialmente.",
    ),
    (
        "es",
        "C",
        "Quisiéramos pedirles que no difundan el contenido de esta carta, ni siquiera de forma resumida.",
    ),
    (
        "es",
        "C",
        "Les ruego tratar mi relato como reservado: no deseo que se publique ni que se cite.",
    ),
    (
        "es",
        "C",
        "Sería mejor que este documento no se hiciera público, dadas las investigaciones penales en curso en nuestro país.",
    ),
    (
        "es",
        "C",
        "Entendemos que el Grupo de Trabajo suele publicar las contribuciones; en nuestro caso, sin embargo, les pedimos que no lo hagan.",
    ),
    (
        "es",
        "C",
        "No vemos la forma de autorizar que este material se haga público; debe permanecer reservado.",
    ),
    ("es", "C", "Confiamos en que esta información no salga del ámbito del Grupo de Trabajo."),
    (
        "es",
        "C",
        "El consejo directivo resolvió que esta respuesta no puede ser divulgada públicamente.",
    ),
    (
        "es",
        "C",
        "Les pedimos de favor que no suban el documento a su portal, es nomás para ustedes.",
    ),
    (
        "es",
        "C",
        "Información reservada - para uso exclusivo del Grupo de Trabajo. Prohibida su difusión.",
    ),
    (
        "es",
        "C",
        "Les pido por favor que no publiquen lo que les mando, acá la cosa está muy complicada.",
    ),
    (
        "es",
        "C",
        "Por la presente solicitamos que la totalidad de nuestra contribución, anexos incluidos, se mantenga fuera del dominio público.",
    ),
    (
        "es",
        "C",
        "Adjuntamos el análisis de los contratos firmados entre la Secretaría de Seguridad y tres empresas de seguridad privada, documento que les rogamos no hacer público, ya que varias fuentes hablaron solo bajo esa condición.",
    ),
    ("es", "C", "Este correo y el documento adjunto se remiten para su exclusivo conocimiento."),
    (
        "es",
        "C",
        "Como comprenderán, dadas las amenazas que hemos recibido, este documento no puede aparecer publicado en ningún sitio.",
    ),
    (
        "es",
        "C",
        "Mi relato es para que ustedes estén informados, no para que lo pongan en internet ni en ningún informe público.",
    ),
]

# (language, label, text): it may be published, but without the submitter's name.
ANONYMOUS = [
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "A",
        "Rien ne s'oppose à ce que le texte soit mis en ligne, sous couvert d'anonymat toutefois : notre association ne doit pas y être nommée.",
    ),
    (
        "fr",
        "A",
        "Le rapport peut être mis en ligne, à condition que rien ne permette d'en identifier les auteurs.",
    ),
    (
        "fr",
        "A",
        "Merci de nous faire apparaître comme « une organisation partenaire au Mali » plutôt que sous notre propre nom.",
    ),
    (
        "fr",
        "A",
        "Publiez-le si vous le jugez utile, mais laissez-nous en dehors : pas de nom, pas de logo.",
    ),
    (
        "fr",
        "A",
        "je veux bien que mon temoignage soit publié mais sans mon nom svp, mettez juste « un ancien agent de sécurité »",
    ),
    (
        "fr",
        "A",
        "Pour la sécurité de notre équipe, la contribution peut figurer sur le site, à condition d'en retirer toute référence à notre organisation et à ses membres.",
    ),
    (
        "fr",
        "A",
        "Vous pouvez la diffuser; nous demandons simplement à ne pas être cités nommément.",
    ),
    (
        "fr",
        "A",
        "On n'a pas d'objection à ce que le mémoire soit publié, en autant que le nom de notre organisme n'y figure pas.",
    ),
    (
        "fr",
        "A",
        "Nous acceptons la publication du document, pourvu qu'il soit attribué à « une ONG de la région des Grands Lacs » et non à notre organisation.",
    ),
    (
        "fr",
        "A",
        "Pourriez-vous la mettre en ligne sous le nom d'emprunt « Collectif Vigilance » ? Notre vrai nom ne doit apparaître nulle part.",
    ),
    (
        "fr",
        "A",
        "Le texte peut être rendu public, mais débarrassé de tout élément susceptible de nous identifier (nom, ville, fonctions).",
    ),
    (
        "fr",
        "A",
        "Nous ne voyons pas d'inconvénient à la publication de notre apport, pourvu que l'identité de son auteur soit tenue secrète.",
    ),
    ("fr", "A", "Listez-nous comme contributeur anonyme ; le contenu lui-même peut être publié."),
    (
        "fr",
        "A",
        "Mon nom ne doit pas être associé à ce texte ; pour le reste, vous êtes libres de le publier.",
    ),
    # -- Spanish ------------------------------------------------------------------------
    (
        "es",
        "A",
        "Pueden publicar el aporte, pero solicitamos reserva de identidad para la organización y sus integrantes.",
    ),
    (
        "es",
        "A",
        "Pueden subirlo a la web, eso sí, sin nuestro nombre ni ningún dato que permita identificarnos.",
    ),
    (
        "es",
        "A",
        "Les pediría que figuremos como «una organización aliada en Colombia» y no con nuestro nombre.",
    ),
    ("es", "A", "Que lo publiquen si les sirve, pero déjennos fuera: ni nombre ni logo."),
    (
        "es",
        "A",
        "Acepto que se difunda mi testimonio siempre que aparezca de forma anónima; por mi seguridad no pongan mi nombre.",
    ),
    (
        "es",
        "A",
        "Por motivos de seguridad, la contribución puede publicarse omitiendo cualquier referencia a nuestra organización.",
    ),
    (
        "es",
        "A",
        "No tenemos inconveniente en que el documento se haga público, pero preferimos no ser citados por nuestro nombre.",
    ),
    (
        "es",
        "A",
        "Pueden subir el informe atribuyéndolo a «un colectivo de defensores del norte de México», sin más detalles.",
    ),
    (
        "es",
        "A",
        "Pónganos como anónimos en la lista, el texto en sí se puede publicar sin problema.",
    ),
    (
        "es",
        "A",
        "Publíquenlo bajo el seudónimo «Observatorio Sur»; nuestro nombre real no debe aparecer en ningún lado.",
    ),
    (
        "es",
        "A",
        "El informe puede hacerse público siempre y cuando se eliminen nuestros nombres, cargos y la ciudad desde donde escribimos.",
    ),
    ("es", "A", "Autorizo la publicación, pero con mis iniciales nada más, no mi nombre completo."),
    (
        "es",
        "A",
        "Mi nombre no debe vincularse a este texto; por lo demás, pueden darle la difusión que consideren.",
    ),
    ("es", "A", "La contribución puede ser publicada sin mención de la entidad remitente."),
]

# (language, label, text): it may be published, with the submitter's name.
CONSENT = [
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "P",
        "Nous ne voyons aucune raison de ne pas publier notre contribution ; elle peut figurer sur votre site avec le nom de l'organisation.",
    ),
    (
        "fr",
        "P",
        "Rien dans ce document n'est sensible : vous pouvez le mettre en ligne tel quel, sous notre nom.",
    ),
    (
        "fr",
        "P",
        "La Mission permanente n'a pas d'objection à ce que la présente réponse soit rendue publique sur la page du Groupe de travail.",
    ),
    (
        "fr",
        "P",
        "N'hésitez pas à diffuser et à citer notre rapport, en mentionnant notre association comme auteur.",
    ),
    (
        "fr",
        "P",
        "nous sommes d'accord pour que vous mettiez notre reponse sur le site avec notre nom, pas de probleme",
    ),
    (
        "fr",
        "P",
        "Le document est public et déjà disponible sur notre site ; vous pouvez naturellement le reprendre sur la page des contributions.",
    ),
    ("fr", "P", "Vous pouvez afficher notre mémoire sur le site Web du HCDH, en nous citant."),
    (
        "fr",
        "P",
        "Nous tenons au contraire à ce que notre contribution soit rendue publique, sous le nom de notre coalition.",
    ),
    (
        "fr",
        "P",
        "Aucune objection de notre part à la publication, ni à ce que nous soyons nommément cités.",
    ),
    (
        "fr",
        "P",
        "Il n'y a rien de confidentiel dans ce courrier ni dans ses annexes ; publiez-les librement.",
    ),
    (
        "fr",
        "P",
        "Nous autorisons expressément le Haut-Commissariat à publier la présente contribution ainsi que le nom de notre organisation.",
    ),
    ("fr", "P", "Vous avez mon accord pour que mon texte soit publié et signé de mon nom."),
    ("fr", "P", "Pas de souci pour la publication, ni pour qu'on y associe notre nom."),
    ("fr", "P", "Ce mémoire peut être rendu public et attribué à notre laboratoire de recherche."),
    # -- Spanish ------------------------------------------------------------------------
    (
        "es",
        "P",
        "No vemos motivo alguno para que no se publique; pueden incluirla en la web con el nombre de la organización.",
    ),
    (
        "es",
        "P",
        "Nada de lo que contiene el documento es sensible, así que pueden subirlo tal cual, con nuestro nombre.",
    ),
    (
        "es",
        "P",
        "La Misión Permanente no tiene objeción alguna a que la presente respuesta se haga pública en la página del Grupo de Trabajo.",
    ),
    (
        "es",
        "P",
        "Siéntanse libres de difundir y citar nuestro informe, mencionando a nuestra fundación como autora.",
    ),
    (
        "es",
        "P",
        "estamos de acuerdo en que suban nuestra respuesta a la pagina con nuestro nombre, ningun problema",
    ),
    (
        "es",
        "P",
        "El informe ya es público en nuestro sitio, así que pueden reproducirlo sin problema en la página de contribuciones.",
    ),
    (
        "es",
        "P",
        "Al contrario, nos interesa que nuestro aporte sea visible y que se nos identifique como autores.",
    ),
    (
        "es",
        "P",
        "No hay inconveniente por nuestra parte en que la contribución se publique ni en que se nos cite por nuestro nombre.",
    ),
    (
        "es",
        "P",
        "Nada de este correo ni de sus anexos es reservado; pueden publicarlos libremente.",
    ),
    (
        "es",
        "P",
        "Autorizamos expresamente a la Oficina a divulgar esta contribución junto con el nombre de nuestra institución.",
    ),
    ("es", "P", "Tienen mi permiso para publicar mi texto firmado con mi nombre."),
    ("es", "P", "Por nosotros está bien que la publiquen, con nombre y todo."),
    (
        "es",
        "P",
        "Esta ponencia puede hacerse pública y atribuirse a nuestro grupo de investigación.",
    ),
    (
        "es",
        "P",
        "No tenemos nada que ocultar: suban el documento y pongan el nombre de la asociación.",
    ),
]

# (language, label, text): an officer would have to ask before publishing.
MIXED = [
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "U",
        "Pour le rapport lui-même, aucun problème de publication ; l'annexe 2, en revanche, contient des témoignages nominatifs et ne doit pas sortir.",
    ),
    ("fr", "U", "Merci d'attendre la fin du procès, prévue en mars, avant toute mise en ligne."),
    (
        "fr",
        "U",
        "Nous devons encore obtenir l'aval de notre conseil d'administration avant que vous puissiez diffuser ce document ; nous revenons vers vous.",
    ),
    (
        "fr",
        "U",
        "Vous pouvez la publier, à condition d'en retirer au préalable les noms des victimes.",
    ),
    (
        "fr",
        "U",
        "Publication possible, mais prévenez-nous avant, s'il vous plaît, pour que nous puissions relire la version finale.",
    ),
    (
        "fr",
        "U",
        "Toute réflexion faite, nous hésitons à laisser publier notre contribution ; pouvons-nous en reparler ?",
    ),
    ("fr", "U", "Ce document peut être rendu public. Il est toutefois strictement confidentiel."),
    (
        "fr",
        "U",
        "Sous embargo jusqu'à la présentation du rapport au Conseil des droits de l'homme.",
    ),
    (
        "fr",
        "U",
        "Le corps du texte peut être cité, mais les sections 3 et 4 sont réservées au Groupe de travail.",
    ),
    (
        "fr",
        "U",
        "Je ne sais pas encore si je souhaite que mon nom apparaisse ; je vous confirmerai la semaine prochaine.",
    ),
    (
        "fr",
        "U",
        "Nous vous laissons juges de l'opportunité de publier ce texte, compte tenu des risques que courent nos partenaires.",
    ),
    ("fr", "U", "Vous pouvez diffuser notre réponse, sauf les passages surlignés en jaune."),
    # -- Spanish ------------------------------------------------------------------------
    (
        "es",
        "U",
        "El informe puede publicarse, salvo el anexo 3, que recoge testimonios con nombre y apellido.",
    ),
    (
        "es",
        "U",
        "Les pedimos esperar a que termine el juicio oral, previsto para abril, antes de subir nada.",
    ),
    (
        "es",
        "U",
        "Todavía estamos esperando el visto bueno de la dirección para autorizar la difusión; les confirmamos apenas lo tengamos.",
    ),
    (
        "es",
        "U",
        "Pueden publicarlo, siempre que antes borren los nombres de las víctimas y de los testigos.",
    ),
    (
        "es",
        "U",
        "Se puede publicar, pero avísennos antes para revisar la versión final, por favor.",
    ),
    (
        "es",
        "U",
        "Lo estuvimos pensando mejor y ya no estamos tan seguros de que convenga publicarlo. ¿Podemos hablarlo?",
    ),
    (
        "es",
        "U",
        "Autorizamos la publicación de esta contribución. Por favor, trátenla como confidencial.",
    ),
    ("es", "U", "Embargado hasta la presentación del informe ante la Asamblea General."),
    (
        "es",
        "U",
        "El cuerpo del documento puede citarse, pero los cuadros del capítulo 4 son solo para el Grupo de Trabajo.",
    ),
    (
        "es",
        "U",
        "Dejamos a su criterio si conviene publicarla, teniendo en cuenta la situación de nuestras compañeras.",
    ),
    ("es", "U", "Pueden difundir nuestra respuesta, excepto los párrafos marcados en amarillo."),
    ("es", "U", "No sé todavía si quiero que salga mi nombre; les aviso la semana que viene."),
]

# (language, label, [question line, answer line]): the label is what the answer means,
# U when the tick cannot be told.
FORMS = [
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "C",
        [
            "Acceptez-vous que votre contribution figure sur le site du HCDH ?",
            "Non merci, à garder en interne",
        ],
    ),
    ("fr", "C", ["Traitement de la contribution", "☒ Confidentiel   ☐ Public"]),
    ("fr", "A", ["Votre contribution peut-elle être publiée ?", "Oui, mais sans nom (anonyme)"]),
    (
        "fr",
        "A",
        [
            "Souhaitez-vous que le nom de votre organisation apparaisse avec la contribution ?",
            "Non - publier de façon anonyme",
        ],
    ),
    (
        "fr",
        "P",
        [
            "Autorisez-vous la publication de votre contribution, avec mention de votre organisation ?",
            "Oui, sans réserve",
        ],
    ),
    ("fr", "P", ["Diffusion publique", "[x] autorisée   [ ] non autorisée"]),
    ("fr", "U", ["Votre contribution peut-elle être mise en ligne ?", "☒ Oui   ☒ Non"]),
    ("fr", "U", ["Mise en ligne sur le site web", "à voir avec notre direction"]),
    ("fr", "U", ["Souhaitez-vous que votre contribution reste confidentielle ?", "peut-être"]),
    # -- Spanish ------------------------------------------------------------------------
    (
        "es",
        "C",
        [
            "¿Podemos publicar su aporte en la página de contribuciones?",
            "No, es solo para el Grupo de Trabajo",
        ],
    ),
    ("es", "C", ["Carácter de la información", "(X) Reservada   ( ) Pública"]),
    (
        "es",
        "A",
        ["¿Está de acuerdo con que difundamos su escrito en línea?", "Sí, pero de forma anónima"],
    ),
    ("es", "A", ["Publicación en el sitio web", "Sí, sin el nombre de la organización"]),
    (
        "es",
        "P",
        [
            "¿Autoriza que su contribución se publique junto con el nombre de su organización?",
            "Sí, claro",
        ],
    ),
    ("es", "P", ["Consentimiento para difusión pública", "☑ Otorgado   ☐ Denegado"]),
    ("es", "U", ["¿Permite que su aporte se difunda?", "[X] Sí   [X] No"]),
    ("es", "U", ["Difusión en la página del ACNUDH", "Lo consultamos y les respondemos"]),
    ("es", "U", ["¿Desea que su aporte se mantenga confidencial?", "Depende"]),
]
