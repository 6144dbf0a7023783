# ruff: noqa: E501 - the sentences are data, kept one to a line
"""The sixteenth collection's statements in French and Spanish, written by hand without
reading the rules. Each entry is (language, label, text); FORMS holds a form's question
and answer lines, labelled by what the answer means.

Labels: C must not be published; A may be published without the submitter's name;
P may be published; U a human must decide."""

from __future__ import annotations

# (language, label, text): a request that the input, or a part of it, stay off the page.
REFUSALS = [
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "C",
        "Personne ici ne souhaite que ce dossier, que nous avons mis deux ans à constituer à partir des carnets de bord tenus par les agents d'escorte eux-mêmes, sorte un jour des bureaux du Groupe de travail.",
    ),
    (
        "fr",
        "C",
        "il serait plus prudent pour les familles et pour nous que ce texte reste entre les mains des experts",
    ),
    (
        "fr",
        "C",
        "Nous faisons confiance au Secrétariat pour comprendre que ces témoignages ne peuvent être ni cités, ni résumés, ni transmis à l'État concerné.",
    ),
    (
        "fr",
        "C",
        "Réservé aux membres du Groupe de travail · reproduction et transmission interdites",
    ),
    (
        "fr",
        "C",
        "Comme convenu au téléphone avec Mme Arnoux du Secrétariat, l'annexe 3 (liste des vols) vous est remise pour information et ne doit pas circuler.",
    ),
    (
        "fr",
        "C",
        "Pour ma cliente, Mme K., qui se trouve toujours au centre de rétention de Saint-Aubrac, je vous demande de ne communiquer sa déclaration ni à l'administration, ni à la société de gardiennage, ni à quiconque d'autre.",
    ),
    (
        "fr",
        "C",
        "PS : les photos du dortoir c'est juste pour vous. merci de ne les montrer a personne, celui qui les a prises travaille encore la-bas",
    ),
    (
        "fr",
        "C",
        "Nous préférerions que rien de ce courrier ne soit repris dans le rapport, pas même sous forme de résumé ou de citation sans source.",
    ),
    (
        "fr",
        "C",
        "Le syndicat, qui représente les agents de sûreté de la zone d'attente, ne peut accepter pour ses adhérents que leurs récits soient mis en ligne ou transmis à l'employeur.",
    ),
    ("fr", "C", "Document strictement confidentiel - à ne pas publier"),
    (
        "fr",
        "C",
        "Nous vous prions de bien vouloir ne pas publier, ni sur le site du HCDH ni dans la compilation des contributions, la présente note ainsi que ses deux annexes relatives aux marchés de reconduite.",
    ),
    (
        "fr",
        "C",
        "La Contrôleure générale transmet ce rapport de visite au Groupe de travail à titre confidentiel ; sa publication relève de ses seuls services.",
    ),
    (
        "fr",
        "C",
        "Jamais, dans aucune des réunions que nous avons tenues avec les anciens retenus, il n'a été question que leurs paroles soient rendues publiques ; nous ne pouvons donc pas l'accepter aujourd'hui.",
    ),
    (
        "fr",
        "C",
        "La société Vigilance Frontières SA communique ces éléments au Groupe de travail sous réserve qu'ils ne soient ni publiés ni transmis aux plaignants.",
    ),
    (
        "fr",
        "C",
        "svp ne mettez pas ma lettre sur le site internet, mon mari est encore retenu et les gardes lisent tout",
    ),
    (
        "fr",
        "C",
        "Le Ministère souhaiterait que sa réponse ne figure pas parmi les contributions publiées, compte tenu de l'appel d'offres en cours.",
    ),
    (
        "fr",
        "C",
        "Plutôt que de publier notre étude, nous vous demandons de vous en servir comme document de travail, sans la citer.",
    ),
    (
        "fr",
        "C",
        "Nota : les données chiffrées du tableau 2 proviennent d'un audit interne ; elles sont confidentielles et ne peuvent être reproduites.",
    ),
    # -- Spanish ------------------------------------------------------------------------
    (
        "es",
        "C",
        "Nadie en nuestra coalición, después de lo que pasó con las voluntarias que denunciaron los traslados nocturnos desde el centro de Puerto Alcázar, cree prudente que este informe salga del Grupo de Trabajo.",
    ),
    (
        "es",
        "C",
        "Les agradeceriamos que este documento no saliera de sus manos, los vigilantes de la empresa saben perfectamente quien nos visita.",
    ),
    ("es", "C", "Solo para uso interno del Grupo de Trabajo. No citar ni reenviar."),
    (
        "es",
        "C",
        "En representación de mi cliente, el Sr. V., deportado el 2 de abril, les pido que su declaración no se envíe ni al Gobierno ni a la empresa de escoltas, ni se difunda de ninguna forma.",
    ),
    (
        "es",
        "C",
        "Ninguna de las madres que firman esta carta, y lo hemos hablado con cada una de ellas, quiere verla circulando por internet o en manos del consulado.",
    ),
    (
        "es",
        "C",
        "PD: el plano del pabellón que les adjunto lo dibujó un guardia. Ese plano no lo puede ver nadie más.",
    ),
    (
        "es",
        "C",
        "Conforme a lo acordado por teléfono con la Secretaría, el anexo con los números de vuelo se entrega solo a título informativo y no debe reenviarse ni citarse.",
    ),
    (
        "es",
        "C",
        "El sindicato no puede aceptar, en representación de sus afiliados, que sus testimonios se difundan o lleguen a la empresa contratista.",
    ),
    (
        "es",
        "C",
        "por favor no suban mi carta a internet, mi esposo sigue en el centro y ahi leen todo",
    ),
    ("es", "C", "Documento confidencial - prohibida su publicación o reproducción"),
    (
        "es",
        "C",
        "Solicitamos que ni el presente informe ni sus tres anexos, elaborados a partir de entrevistas realizadas durante dieciocho meses en la zona de tránsito del aeropuerto, sean publicados.",
    ),
    (
        "es",
        "C",
        "La Defensoría remite estas quejas de conformidad con el artículo 12 de su ley orgánica, que impide su divulgación pública por parte del destinatario.",
    ),
    (
        "es",
        "C",
        "El Ministerio agradece la invitación, pero no autoriza la publicación de esta respuesta, que contiene datos de contratos de vigilancia aún en licitación.",
    ),
    (
        "es",
        "C",
        "En lugar de publicar nuestro estudio junto con las demás contribuciones, preferiríamos que el Grupo de Trabajo lo utilizara solo como documento de referencia, sin citarlo.",
    ),
    (
        "es",
        "C",
        "Les rogamos que traten esta comunicación como confidencial: soy intérprete en los vuelos de deportación y somos muy pocos en esta ruta.",
    ),
    (
        "es",
        "C",
        "La empresa facilita esta información al Grupo de Trabajo con carácter reservado y no autoriza que se haga pública ni que se entregue a los denunciantes.",
    ),
    (
        "es",
        "C",
        "Nota al pie: las cifras de la tabla 3 provienen de una auditoría interna no publicada y no deben reproducirse.",
    ),
    (
        "es",
        "C",
        "No quiero que mi testimonio salga en la pagina web, por favor, los de la empresa de seguridad me conocen",
    ),
]

# (language, label, text): a request to be published without a name.
ANONYMOUS = [
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "A",
        "Vous pouvez mettre notre contribution en ligne, mais sans rien qui permette de savoir qu'elle vient de notre collectif : nous sommes douze et tout le monde se connaît au poste-frontière.",
    ),
    (
        "fr",
        "A",
        "Merci de retirer notre logo et la signature de la présidente avant de la diffuser ; le contenu, lui, peut être diffusé sans difficulté.",
    ),
    (
        "fr",
        "A",
        "Pour les interprètes qui ont participé : la diffusion est possible, à condition qu'aucun d'entre eux ne puisse être reconnu, ni par ses horaires ni par les vols qu'il a accompagnés.",
    ),
    (
        "fr",
        "A",
        "Publiez-la en l'attribuant simplement à « une association d'aide aux personnes retenues », sans autre précision.",
    ),
    (
        "fr",
        "A",
        "on veut bien que ce soit lu par tout le monde, mais pas que mon patron sache que c'est moi. donc sans ma signature svp",
    ),
    (
        "fr",
        "A",
        "La contribution peut être publiée sous forme anonyme ; le nom de l'association ne doit apparaître nulle part, y compris dans les propriétés du fichier.",
    ),
    (
        "fr",
        "A",
        "Accord pour la publication, sous réserve que les noms des agents et des retenus cités soient remplacés par des initiales.",
    ),
    (
        "fr",
        "A",
        "Le Défenseur consent à la publication ; les réclamants dont les situations sont résumées à l'annexe ne doivent toutefois jamais être nommés.",
    ),
    (
        "fr",
        "A",
        "Je veux bien que mon temoignage soit publie mais sans mon nom ni ma nationalite, sinon on me retrouvera.",
    ),
    ("fr", "A", "Publication possible sous le nom de « un agent de sûreté aéroportuaire »."),
    # -- Spanish ------------------------------------------------------------------------
    (
        "es",
        "A",
        "Pueden subirlo a la web, pero sin nada que permita saber que viene de nuestra asociación: somos los únicos que trabajamos en el puesto fronterizo.",
    ),
    (
        "es",
        "A",
        "Por la seguridad de las compañeras que entran al centro cada semana, preferiríamos que la versión difundida no dijera de qué organización procede.",
    ),
    (
        "es",
        "A",
        "se puede difundir siempre que no se pueda identificar a los trabajadores que nos dieron la informacion, ni por sus turnos ni por su puesto",
    ),
    (
        "es",
        "A",
        "Atribúyanlo simplemente a «un abogado que ejerce ante los tribunales de extranjería», si no les importa.",
    ),
    (
        "es",
        "A",
        "Las familias están de acuerdo en que se difunda la carta, pero sin las firmas ni los datos de contacto del final.",
    ),
    (
        "es",
        "A",
        "Autorizo que se publique, pero de manera anónima; todavía trabajo para la empresa que toma las huellas en el consulado.",
    ),
    (
        "es",
        "A",
        "Aceptamos la publicación siempre que no figuren los nombres de los guardias ni de los intérpretes mencionados en el apartado 4.",
    ),
    (
        "es",
        "A",
        "El equipo de investigación autoriza la publicación; los nombres de los entrevistados ya están sustituidos por seudónimos y no deben restituirse.",
    ),
    (
        "es",
        "A",
        "quiero que se publique mi testimonio pero sin mi nombre, porque los guardias del centro saben quien soy",
    ),
    ("es", "A", "Publíquese como «contribución anónima de una organización de la sociedad civil»."),
]

# (language, label, text): consent, plain or with a harmless condition.
CONSENT = [
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "P",
        "Personne au sein du conseil d'administration ne s'oppose à ce que notre contribution figure sur le site du HCDH, avec notre nom et notre logo.",
    ),
    (
        "fr",
        "P",
        "Vous pouvez la citer, la traduire et la transmettre aux États ; nous l'avons d'ailleurs déjà rendue publique.",
    ),
    ("fr", "P", "Comme pour notre contribution de 2021, rien ne s'oppose à la mise en ligne."),
    (
        "fr",
        "P",
        "Oui, vous pouvez la mettre sur la page du Groupe de travail, en indiquant simplement l'Université de Mirecourt comme source.",
    ),
    (
        "fr",
        "P",
        "Ce document n'est pas confidentiel : il reprend des informations déjà parues dans notre rapport annuel.",
    ),
    ("fr", "P", "aucun probleme pour que ce soit sur votre page, et bon courage pour le rapport"),
    # -- Spanish ------------------------------------------------------------------------
    (
        "es",
        "P",
        "Ninguno de los miembros de la junta tiene inconveniente en que la contribución aparezca en la web del ACNUDH con el nombre de la organización.",
    ),
    (
        "es",
        "P",
        "Pueden citarlo, traducirlo y compartirlo con los Estados sin problema; de hecho ya lo presentamos en rueda de prensa.",
    ),
    (
        "es",
        "P",
        "Igual que con nuestro aporte de 2022, no hay ninguna restricción para su difusión.",
    ),
    (
        "es",
        "P",
        "Sí, pueden colgarlo en la página del Grupo de Trabajo; solo les pedimos que enlacen a nuestro informe completo.",
    ),
    (
        "es",
        "P",
        "No hay nada reservado en este documento; todo lo que contiene ya salió en la prensa local.",
    ),
    ("es", "P", "claro que si, publiquenlo, para eso lo mandamos"),
]

# (language, label, text): a human must decide.
MIXED = [
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "U",
        "Nous tenons une conférence de presse le 3 décembre ; d'ici là, merci de garder ce texte sous le coude, ensuite il pourra être mis en ligne.",
    ),
    (
        "fr",
        "U",
        "Le texte principal peut être publié ; pour l'annexe 4, nous attendons l'accord de l'avocat des familles.",
    ),
    (
        "fr",
        "U",
        "Mes collègues ne sont pas d'accord entre eux sur la mise en ligne ; je reviens vers vous après notre réunion de lundi.",
    ),
    (
        "fr",
        "U",
        "Vous pouvez publier, sauf si l'administration y voit un inconvénient, auquel cas merci de nous prévenir.",
    ),
    # -- Spanish ------------------------------------------------------------------------
    (
        "es",
        "U",
        "Les rogamos que no lo difundan antes del 10 de marzo, fecha en la que presentamos el informe en el Parlamento.",
    ),
    (
        "es",
        "U",
        "La junta directiva se reúne el jueves para decidir si autorizamos la publicación; mientras tanto, les enviamos el texto para que puedan ir leyéndolo.",
    ),
    (
        "es",
        "U",
        "Pueden publicar el informe, pero las fotografías del anexo dependen de que las personas fotografiadas den su permiso.",
    ),
    (
        "es",
        "U",
        "yo estoy de acuerdo con que se publique pero mi compañero de la coordinadora no, mejor lo hablamos antes de nada",
    ),
]

# (language, label, [question, answer]): a form, labelled by what its answer means.
FORMS = [
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "C",
        [
            "Souhaitez-vous que votre contribution reste réservée au Groupe de travail ?",
            "Oui, pour l'ensemble du document et des annexes",
        ],
    ),
    ("fr", "A", ["Nom à faire figurer sur la page", "aucun - publier sans"]),
    # -- Spanish ------------------------------------------------------------------------
    (
        "es",
        "C",
        ["Restricciones de uso", "no difundir ni citar; solo para lectura de los expertos"],
    ),
    (
        "es",
        "P",
        ["¿Podemos citar su contribución en el informe?", "Sí, y subirla a la web también"],
    ),
]
