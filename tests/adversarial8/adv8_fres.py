# ruff: noqa: E501 - the sentences are data, kept one to a line
"""The eighth collection's statements in French and Spanish, written by hand without
reading the rules. Each entry is (language, label, text); FORMS holds a form's question
and answer lines, labelled by what the answer means.

Labels: C must not be published; A may be published without the submitter's name;
P may be published; U a human must decide."""

from __future__ import annotations

# (language, label, text): a request that the input stay off the page.
REFUSALS = [
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "C",
        "La Mission permanente saisit cette occasion pour préciser que les informations contenues dans la présente note sont communiquées à l'usage exclusif du Groupe de travail et ne sauraient faire l'objet d'une diffusion publique.",
    ),
    (
        "fr",
        "C",
        "Compte tenu des menaces qui pèsent sur nos partenaires, nous préférerions que ce document ne soit pas mis en ligne.",
    ),
    (
        "fr",
        "C",
        "Pourriez-vous vous abstenir de publier notre réponse ? Elle a été rédigée à votre seule attention.",
    ),
    ("fr", "C", "merci de pas mettre ca sur le site, c'est juste pour vous"),
    (
        "fr",
        "C",
        "Ce témoignage vous est confié sous le sceau de la confidentialité ; je ne souhaite pas qu'il soit rendu public, même sans mon nom.",
    ),
    (
        "fr",
        "C",
        "Les pièces jointes sont couvertes par le secret professionnel de l'avocat et ne peuvent en aucun cas être divulguées.",
    ),
    ("fr", "C", "Nous vous saurions gré de bien vouloir conserver cette contribution en interne."),
    ("fr", "C", "Ce courriel et son annexe ne sont pas destinés à être rendus publics."),
    (
        "fr",
        "C",
        "PS : comme convenu au téléphone, rien de tout cela ne doit figurer sur la page des contributions reçues.",
    ),
    (
        "fr",
        "C",
        "Il serait préférable que ce texte ne circule pas au-delà du Groupe de travail, plusieurs de nos sources se trouvant encore sur place.",
    ),
    (
        "fr",
        "C",
        "La société transmet ces éléments à titre strictement confidentiel et n'en autorise ni la reproduction ni la diffusion.",
    ),
    (
        "fr",
        "C",
        "Je vous envoie mon recit mais s'il vous plait ne le publiez pas, j'ai peur pour ma famille",
    ),
    (
        "fr",
        "C",
        "Notre contribution, qui repose sur des entretiens menés sous garantie de confidentialité, ne peut être rendue accessible au public.",
    ),
    ("fr", "C", "Document à diffusion restreinte - ne pas mettre en ligne."),
    (
        "fr",
        "C",
        "Nous tenons à ce que la présente réponse demeure réservée aux membres du Groupe de travail.",
    ),
    (
        "fr",
        "C",
        "Pour des raisons de sécurité évidentes, nous ne voulons pas que ce rapport apparaisse sur le site du HCDH, ni sous notre nom ni de manière anonyme.",
    ),
    (
        "fr",
        "C",
        "Ces informations vous sont transmises à titre officieux et ne doivent être ni citées ni reprises publiquement.",
    ),
    # -- Spanish ------------------------------------------------------------------------
    (
        "es",
        "C",
        "La Misión Permanente agradecería que la información contenida en la presente nota se mantuviera bajo reserva y no fuese incorporada a documentos de carácter público.",
    ),
    (
        "es",
        "C",
        "Nuestras compañeras ya recibieron amenazas; por eso pedimos que el documento no se cuelgue en la web.",
    ),
    (
        "es",
        "C",
        "¿Sería posible no colgar nuestra respuesta en el portal? La redactamos pensando solo en el Grupo de Trabajo.",
    ),
    ("es", "C", "porfa no lo pongan en internet, es solo para ustedes"),
    (
        "es",
        "C",
        "Lo que le cuento es solo para ustedes; no quiero que se publique, tampoco de forma anónima.",
    ),
    (
        "es",
        "C",
        "El anexo contiene información amparada por el secreto profesional y no debe divulgarse bajo ninguna circunstancia.",
    ),
    (
        "es",
        "C",
        "Les agradeceríamos que esta contribución quede en el ámbito interno de la Oficina.",
    ),
    ("es", "C", "Ni este correo ni su adjunto son para publicar."),
    (
        "es",
        "C",
        "P.D.: tal como quedamos por teléfono, nada de esto debe figurar entre los aportes publicados.",
    ),
    (
        "es",
        "C",
        "Varias de nuestras fuentes siguen en la zona, así que lo mejor sería que este texto no circule fuera del Grupo.",
    ),
    (
        "es",
        "C",
        "La empresa remite la presente información con carácter estrictamente confidencial y sin autorizar su reproducción o difusión por ningún medio.",
    ),
    ("es", "C", "les mando lo que vi pero por favor no lo publiquen tengo miedo por mi familia"),
    (
        "es",
        "C",
        "Como las entrevistas se hicieron con garantía de confidencialidad, nuestro aporte no puede ponerse a disposición del público.",
    ),
    ("es", "C", "Documento de circulación restringida; no subir a la web."),
    (
        "es",
        "C",
        "Quisiéramos que la presente respuesta se reserve a los miembros del Grupo de Trabajo y a su secretaría.",
    ),
    (
        "es",
        "C",
        "Por razones de seguridad no queremos que el informe aparezca en el sitio del ACNUDH, ni con nuestro nombre ni de forma anónima.",
    ),
    (
        "es",
        "C",
        "Se lo comento de manera extraoficial, así que les ruego no citarlo ni hacerlo circular.",
    ),
]

# (language, label, text): it may be published, but without the submitter's name.
ANONYMOUS = [
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "A",
        "Vous pouvez publier notre contribution, mais sous couvert d'anonymat : indiquez simplement « une ONG partenaire au Mali ».",
    ),
    (
        "fr",
        "A",
        "Nous acceptons la mise en ligne du document, pour autant que le nom de l'association n'y figure pas.",
    ),
    ("fr", "A", "publiez le si vous voulez mais sans mon nom svp"),
    (
        "fr",
        "A",
        "Pour des raisons de sécurité, merci de retirer toute mention permettant de nous identifier avant de diffuser la contribution, qui peut par ailleurs être publiée.",
    ),
    (
        "fr",
        "A",
        "Le texte peut être rendu public ; l'identité de son auteur, en revanche, ne doit pas être révélée.",
    ),
    (
        "fr",
        "A",
        "Nous souhaiterions apparaître comme « contribution anonyme » sur la page du HCDH.",
    ),
    (
        "fr",
        "A",
        "Aucune objection à la diffusion, pourvu que la contribution ne nous soit pas attribuée.",
    ),
    # -- Spanish ------------------------------------------------------------------------
    ("es", "A", "Se autoriza la publicación del aporte con reserva de identidad del declarante."),
    (
        "es",
        "A",
        "Autorizamos la difusión del documento siempre que se omita el nombre de nuestra organización; basta con 'una organización de la sociedad civil de la región andina'.",
    ),
    ("es", "A", "xfa si lo suben q no salga mi nombre"),
    (
        "es",
        "A",
        "Por motivos de seguridad, solicitamos que se publique la contribución sin ningún dato que permita identificarnos.",
    ),
    (
        "es",
        "A",
        "El contenido puede hacerse público; la identidad de la autora, en cambio, debe mantenerse en reserva.",
    ),
    ("es", "A", "Preferiríamos figurar como 'anónimo' en la lista de contribuciones recibidas."),
    ("es", "A", "No hay inconveniente en que se difunda, siempre que no se nos atribuya."),
]

# (language, label, text): it may be published, with the submitter's name.
CONSENT = [
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "P",
        "Je ne vois pas pourquoi ce texte ne figurerait pas, comme les autres, sur votre site.",
    ),
    (
        "fr",
        "P",
        "Le Ministère ne s'oppose nullement à la reproduction de la présente note sur la page web du Groupe de travail.",
    ),
    ("fr", "P", "Il n'y a là aucune donnée sensible : diffusez-le et citez-nous sans hésiter."),
    (
        "fr",
        "P",
        "Notre rapport est déjà public sur notre site, vous pouvez donc le diffuser à votre tour.",
    ),
    ("fr", "P", "ok pour la publication avec le nom de l'asso"),
    (
        "fr",
        "P",
        "La Commission nationale verrait d'un bon œil que sa contribution figure, sous son nom, parmi celles mises en ligne.",
    ),
    ("fr", "P", "Aucune confidentialité n'est demandée : le texte peut être publié intégralement."),
    # -- Spanish ------------------------------------------------------------------------
    ("es", "P", "No vemos ningún motivo para que este aporte no se publique junto con los demás."),
    (
        "es",
        "P",
        "La Cancillería no se opone a que esta nota se difunda en la página del Grupo de Trabajo.",
    ),
    ("es", "P", "No mandamos nada delicado; súbanlo y nombren a la Red como autora."),
    (
        "es",
        "P",
        "El informe ya está disponible en nuestra página, por lo que pueden difundirlo sin problema.",
    ),
    ("es", "P", "si se puede publicar con nuestro nombre, sin drama"),
    (
        "es",
        "P",
        "La Defensoría del Pueblo vería con agrado que su contribución se ponga a disposición del público con la debida atribución.",
    ),
    ("es", "P", "No solicitamos confidencialidad alguna: el texto puede publicarse íntegramente."),
]

# (language, label, text): an officer would have to ask before publishing.
MIXED = [
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "U",
        "Le rapport peut être publié, à l'exception de l'annexe 3 qui contient des témoignages nominatifs.",
    ),
    (
        "fr",
        "U",
        "Tant que l'affaire est pendante devant le tribunal de commerce, nous vous demandons de ne rien publier ; ensuite, ce sera possible.",
    ),
    (
        "fr",
        "U",
        "Notre direction n'a pas encore validé la diffusion ; je reviens vers vous dès que possible.",
    ),
    (
        "fr",
        "U",
        "J'avais donné mon accord pour la publication, mais je préfère en rediscuter avant que ce soit en ligne.",
    ),
    (
        "fr",
        "U",
        "D'accord pour publier, à condition d'effacer d'abord les noms des victimes mentionnées en page 6.",
    ),
    (
        "fr",
        "U",
        "Prévenez-nous avant de mettre quoi que ce soit en ligne, nous voudrions relire la version finale.",
    ),
    # -- Spanish ------------------------------------------------------------------------
    ("es", "U", "El informe se puede difundir; el anexo 2 con los testimonios, no."),
    ("es", "U", "Rogamos no difundir nada antes de que se celebre la audiencia del 12 de mayo."),
    (
        "es",
        "U",
        "Todavía estamos consultando con nuestra asesoría jurídica si el documento puede hacerse público.",
    ),
    ("es", "U", "Publíquenlo si es necesario, aunque preferiríamos que no."),
    ("es", "U", "Antes de subirlo, por favor quiten los nombres de las personas entrevistadas."),
    ("es", "U", "Avísennos antes de publicar cualquier cosa, queremos revisar la versión final."),
]

# (language, label, [question line, answer line]): labelled by what the answer means.
FORMS = [
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "C",
        [
            "Le HCDH peut-il rendre votre contribution publique ?",
            "Non merci, c'est pour usage interne",
        ],
    ),
    ("fr", "A", ["Publication", "Oui, mais de manière anonyme"]),
    ("fr", "P", ["Mise en ligne de la contribution", "Oui, avec le nom de l'organisation"]),
    ("fr", "U", ["Souhaitez-vous que votre réponse soit publiée ?", "à voir avec la direction"]),
    # -- Spanish ------------------------------------------------------------------------
    ("es", "C", ["¿Podemos publicar su contribución en el sitio web?", "No, gracias"]),
    (
        "es",
        "A",
        ["Preferencia de publicación", "( ) con nombre   (x) sin nombre   ( ) no publicar"],
    ),
    ("es", "P", ["¿Autoriza la difusión pública de su aporte?", "Sí, autorizo"]),
    ("es", "U", ["¿Acepta que su contribución sea publicada?", "Ver nota adjunta"]),
    ("es", "U", ["Publicación en la web", "SI [x]  NO [x]"]),
]
