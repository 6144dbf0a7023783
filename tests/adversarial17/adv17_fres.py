# ruff: noqa: E501 - the sentences are data, kept one to a line
"""The seventeenth collection's statements in French and Spanish, written by hand without
reading the rules. Each entry is (language, label, text); FORMS holds a form's question
and answer lines, labelled by what the answer means.

Labels: C must not be published; A may be published without the submitter's name;
P may be published; U a human must decide."""

from __future__ import annotations

# (language, label, text): a request that the input, or a part of it, stay off the page.
REFUSALS = [
    # -- French -------------------------------------------------------------------------
    ("fr", "C", "DIFFUSION RESTREINTE – Ne pas citer, ne pas diffuser"),
    (
        "fr",
        "C",
        "Pour information seulement. Ce relevé des rotations d'escorte n'a pas vocation à circuler au-delà du Groupe de travail.",
    ),
    ("fr", "C", "TLP:RED – destinataires nommément désignés uniquement"),
    (
        "fr",
        "C",
        "Ces pièces sont couvertes par le secret professionnel de l'avocat ; je ne vous les transmets que pour l'éclairage du Groupe de travail.",
    ),
    (
        "fr",
        "C",
        "Les données de santé figurant en annexe relèvent du RGPD et du secret médical, et les personnes concernées n'ont consenti qu'à leur examen par les experts.",
    ),
    (
        "fr",
        "C",
        "Le rapport d'expertise joint a été produit dans une procédure encore couverte par le secret de l'instruction.",
    ),
    (
        "fr",
        "C",
        "Notre association vit d'une convention avec la préfecture, renouvelée chaque année. Vous comprendrez que nous ne tenions pas à ce que ce document se retrouve là où un agent de la préfecture pourrait le lire.",
    ),
    (
        "fr",
        "C",
        "Si la société Sentinelle Escorte apprend que ces plannings viennent de chez nous, trois collègues perdront leur poste. Merci d'en tenir compte.",
    ),
    ("fr", "C", "Et le plan dessiné à la main par M. D. ? Celui-là reste chez vous."),
    ("fr", "C", "les enregistrements audio. ils sont pour les experts et pour personne d'autre"),
    (
        "fr",
        "C",
        "Vous pouvez résumer nos constats et reprendre nos chiffres de manière agrégée ; le texte lui-même, en revanche, ne doit être ni reproduit ni mis en ligne.",
    ),
    (
        "fr",
        "C",
        "Merci de ne pas transmettre ce courrier à l'entreprise pour observations, ni de le déposer sur une plateforme quelle qu'elle soit.",
    ),
    ("fr", "C", "Rien de secret la-dedans, mais c'est pas pour le site internet non plus."),
    (
        "fr",
        "C",
        "On n'a aucun problème à ce que le Secrétariat s'en serve en interne. Au-delà, c'est non.",
    ),
    (
        "fr",
        "C",
        "Dans mon courriel du 1er mars je vous donnais mon accord pour la mise en ligne. Je le retire : mon client a été convoqué à la préfecture entre-temps.",
    ),
    (
        "fr",
        "C",
        "Serait-il envisageable de garder ce texte hors du site ? Nos bénévoles y sont décrits assez précisément pour qu'on les reconnaisse.",
    ),
    (
        "fr",
        "C",
        "NB en bas de page : annexe 5 (liste nominative des agents) – usage interne au Groupe de travail",
    ),
    (
        "fr",
        "C",
        "merci de pas mettre ma lettre sur internet, mon fils est encore au centre de retention et j'ai peur pour lui",
    ),
    # -- Spanish ------------------------------------------------------------------------
    ("es", "C", "RESERVADO · no reenviar · copia n.º 2 de 3"),
    (
        "es",
        "C",
        "Circulación restringida · prohibida su cita o reproducción sin autorización de las autoras",
    ),
    (
        "es",
        "C",
        "Clasificación TLP:AMBER. Compartir únicamente con el personal de la Secretaría que trabaje en el informe.",
    ),
    (
        "es",
        "C",
        "La información del anexo II está amparada por la Ley Orgánica 3/2018 de Protección de Datos y se entrega con el único fin de que los expertos la examinen.",
    ),
    (
        "es",
        "C",
        "Como abogada de la familia estoy sujeta al secreto profesional; remito estos documentos únicamente para que el Grupo de Trabajo conozca el expediente.",
    ),
    (
        "es",
        "C",
        "Las declaraciones del punto 3 están protegidas por una medida de protección de testigos dictada por el Juzgado de Instrucción n.º 4 de Villaseca.",
    ),
    (
        "es",
        "C",
        "Si la empresa ve estas planillas sabrá enseguida que salieron del turno de noche, y somos seis. Les pido que lo tengan presente.",
    ),
    (
        "es",
        "C",
        "mi hijo sigue en el centro de internamiento, si los guardias leen esto en internet el es el que lo paga",
    ),
    ("es", "C", "¿y el croquis de las celdas? ese se queda con ustedes"),
    ("es", "C", "Lo de las grabaciones es distinto. Esas no salen de la Secretaría."),
    (
        "es",
        "C",
        "Pueden resumir el contenido y usar las cifras, pero les pedimos que no reproduzcan los testimonios ni los suban a ninguna parte.",
    ),
    (
        "es",
        "C",
        "Por favor, no reenvíen esta nota al Estado concernido ni a la empresa para sus comentarios, y no la enlacen desde ninguna página.",
    ),
    ("es", "C", "No es nada confidencial, pero tampoco es para la web, la verdad."),
    (
        "es",
        "C",
        "Que lo lean los expertos, encantados. Que circule fuera de la Oficina, preferiríamos que no.",
    ),
    (
        "es",
        "C",
        "En nuestro correo del 5 de marzo autorizamos la publicación. Les escribimos para retirar esa autorización: la situación de las personas entrevistadas ha cambiado.",
    ),
    ("es", "C", "Por ahora, manténganlo fuera de la web; ya les avisaremos si cambia algo."),
    (
        "es",
        "C",
        "¿Habría alguna forma de que este informe no aparezca en la página junto a los demás?",
    ),
    ("es", "C", "Anexo 4 (fotos del modulo de aislamiento) - no difundir porfavor"),
]

# (language, label, text): a request to be published without the submitter's name.
ANONYMOUS = [
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "A",
        "Si vous nous citez, merci d'écrire « une avocate exerçant dans le Nord-Est » et rien de plus précis.",
    ),
    (
        "fr",
        "A",
        "Merci de retirer l'en-tête et les signatures avant la mise en ligne ; le texte peut paraître tel quel.",
    ),
    (
        "fr",
        "A",
        "Les prénoms des personnes rencontrées ont été changés. Pourriez-vous aussi enlever le nom de la ville, et le nôtre avec ?",
    ),
    (
        "fr",
        "A",
        "Si la direction du centre comprend que ça vient de notre section syndicale, nos délégués seront mutés. Le contenu peut être publié, l'origine non.",
    ),
    (
        "fr",
        "A",
        "Qui en est l'auteur ? C'est la seule case que nous vous demandons de laisser vide.",
    ),
    (
        "fr",
        "A",
        "Nous ne demandons aucune confidentialité. Seulement de ne pas apparaître comme auteurs.",
    ),
    (
        "fr",
        "A",
        "Contrairement à ce que j'écrivais le 3 mars, je préfère finalement que mon nom ne figure pas sur la page ; le texte, lui, peut être publié.",
    ),
    (
        "fr",
        "A",
        "Est-ce possible de le mettre en ligne sans le logo de l'association ni rien qui la désigne ?",
    ),
    ("fr", "A", "PS : initiales seulement (M.-L. B.), merci."),
    (
        "fr",
        "A",
        "vous pouvez mettre mon temoignage sur le site mais sans dire qui je suis, juste « une mere » svp",
    ),
    # -- Spanish ------------------------------------------------------------------------
    ("es", "A", "Si lo citan, pongan «un abogado del norte del país», nada más concreto."),
    (
        "es",
        "A",
        "Antes de subirlo, ¿podrían borrar las propiedades del archivo? El campo de autor todavía lleva mis datos.",
    ),
    ("es", "A", "Quiten por favor el membrete y las firmas; el texto puede publicarse tal cual."),
    (
        "es",
        "A",
        "Por el deber de reserva que tengo como funcionaria de prisiones, no puedo figurar como autora. El contenido pueden usarlo y publicarlo.",
    ),
    (
        "es",
        "A",
        "Si la empresa sabe que esto viene de nuestra parroquia, nos quitan los permisos de visita. Que se publique, pero que no se sepa de dónde sale.",
    ),
    ("es", "A", "¿La firma? Esa mejor la quitan antes de subirlo."),
    ("es", "A", "No pedimos confidencialidad, solo que no conste quienes somos."),
    (
        "es",
        "A",
        "En mi primer correo les dije que podían poner mi nombre. Lo he pensado mejor: prefiero que aparezca como «una trabajadora de un centro de acogida».",
    ),
    ("es", "A", "¿Se puede publicar con un seudónimo? Me gustaría firmar como «Marta Ríos»."),
    ("es", "A", "PD: solo las iniciales porfa (R.G.), que el pueblo es muy pequeño"),
]

# (language, label, text): consent to publication, in the same shapes as the refusals.
CONSENT = [
    # -- French -------------------------------------------------------------------------
    ("fr", "P", "TLP:CLEAR – diffusion libre"),
    (
        "fr",
        "P",
        "Ne vous fiez pas au tampon « Diffusion restreinte » en première page : c'est un vieux modèle du ministère, ce texte peut être publié.",
    ),
    (
        "fr",
        "P",
        "Pourriez-vous nous faire savoir quand la contribution sera en ligne ? Nous voudrions la relayer.",
    ),
    (
        "fr",
        "P",
        "Nous vous avions demandé d'attendre la fin du procès. Le jugement a été rendu le 6 mars : vous pouvez désormais publier notre contribution.",
    ),
    (
        "fr",
        "P",
        "vous pouvez la citer, la resumer, la mettre en ligne, la transmettre a qui vous voulez, pas de souci",
    ),
    (
        "fr",
        "P",
        "Les personnes interrogées ont toutes signé un formulaire de consentement qui couvre la diffusion publique de leurs propos anonymisés.",
    ),
    # -- Spanish ------------------------------------------------------------------------
    ("es", "P", "Documento público – difusión libre"),
    (
        "es",
        "P",
        "Aunque el anexo parezca delicado, reproduce datos que la propia empresa publicó en su memoria anual, así que no hay nada que reservar.",
    ),
    ("es", "P", "Cuanta más gente lo lea, mejor para las familias. Difúndanlo todo lo que puedan."),
    ("es", "P", "¿Nos avisan cuando esté en la web? Queremos compartir el enlace."),
    (
        "es",
        "P",
        "El plazo que les pedimos en nuestro correo anterior ya venció; pueden publicar el informe cuando quieran.",
    ),
    ("es", "P", "¿publicarlo? si, claro. ¿con nuestro nombre? tambien"),
]

# (language, label, text): neither yes nor no yet: conditions, embargoes, disagreement.
MIXED = [
    # -- French -------------------------------------------------------------------------
    ("fr", "U", "Pas avant le second tour, s'il vous plaît. Ensuite, nous en reparlerons."),
    (
        "fr",
        "U",
        "Notre conseil d'administration se réunit le 18 ; je ne peux pas vous dire avant cette date s'il accepte la publication.",
    ),
    (
        "fr",
        "U",
        "Publication possible une fois que les personnes citées auront relu leurs propos ; nous vous tiendrons informés.",
    ),
    ("fr", "U", "Diffusion restreinte jusqu'à l'audience du 2 avril"),
    # -- Spanish ------------------------------------------------------------------------
    ("es", "U", "hasta que termine el juicio mejor que no, despues en principio si"),
    (
        "es",
        "U",
        "En el equipo no nos ponemos de acuerdo: Lucía lo quiere en la web y yo todavía no lo veo claro. Les diremos algo a finales de mes.",
    ),
    (
        "es",
        "U",
        "Antes de que lo suban querríamos ver cómo queda la versión final; cuando nos la manden, les damos el visto bueno o no.",
    ),
    (
        "es",
        "U",
        "¿Tiene que estar en línea? Si es así, primero tendríamos que consultarlo con las familias.",
    ),
]

# (language, label, [question, answer]): a form, labelled by what its answer means.
FORMS = [
    # -- French -------------------------------------------------------------------------
    ("fr", "C", ["Accepte la mise en ligne (oui/non)", "non"]),
    ("fr", "A", ["Mention de l'auteur sur le site", "Initiales uniquement"]),
    # -- Spanish ------------------------------------------------------------------------
    ("es", "P", ["¿Autoriza la difusión de su contribución?   ☒ Sí   ☐ No"]),
    ("es", "C", ["Nivel de difusión (menú desplegable)", "Restringida – solo Grupo de Trabajo"]),
]
