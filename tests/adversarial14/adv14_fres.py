# ruff: noqa: E501 - the sentences are data, kept one to a line
"""The fourteenth collection's statements in French and Spanish, written by hand without
reading the rules, as the sentences of real mail that carry the request, with the ordinary
content around them. Nearly half are refusals that do not sound like refusals, often without
"confidentiel", "publier", "public", "site", "confidencial", "publicar" or "sitio web".
Each entry is (language, label, text); FORMS holds a form's question and answer lines,
labelled by what the answer means.

Labels: C must not be published; A may be published without the submitter's name;
P may be published; U a human must decide."""

from __future__ import annotations

# (language, label, text): a request that the input stay off the page.
REFUSALS = [
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "C",
        "Le Ministère de l'Intérieur prie le Groupe de travail de bien vouloir considérer les éléments ci-joints, relatifs aux marchés de gardiennage des zones d'attente, comme réservés à son usage exclusif et de s'abstenir de toute diffusion.",
    ),
    (
        "fr",
        "C",
        "Ce témoignage, je vous l'envoie pour que vous compreniez ce que vit mon fils au centre de rétention. Je ne veux pas qu'il circule, ni qu'on puisse le lire sur internet.",
    ),
    (
        "fr",
        "C",
        "Réservé au Groupe de travail : ni reproduction, ni citation, ni transmission à des tiers. Les annexes comportent des noms de personnes toujours retenues.",
    ),
    (
        "fr",
        "C",
        "Notre avocate nous a indiqué que ces pièces ne peuvent pas sortir de votre bureau tant que la procédure contre la société d'escorte n'est pas close.",
    ),
    (
        "fr",
        "C",
        "Pour répondre à votre question sur la mise en ligne : nous préférons que non. Les agents de sûreté cités dans l'annexe 2 travaillent toujours au poste frontière.",
    ),
    (
        "fr",
        "C",
        "La présente contribution est confidentielle et ne doit pas être publiée sur le site du HCDH, compte tenu des risques de représailles pour nos partenaires.",
    ),
    (
        "fr",
        "C",
        "Nous vous remercions de garder ce dossier dans vos archives. Les personnes qui ont accepté de nous parler ont été claires : rien de ce qu'elles ont dit ne doit être repris ailleurs.",
    ),
    (
        "fr",
        "C",
        "je suis interprete pour le prestataire qui gere les demandes de visa au consulat. je vous ecris a titre personnel et je vous demande de ne rien faire circuler, sinon je perds mon contrat",
    ),
    (
        "fr",
        "C",
        "Conformément au protocole éthique approuvé par notre université, les extraits d'entretiens figurant en annexe ne peuvent être communiqués qu'au Groupe de travail et ne doivent faire l'objet d'aucune publication, même partielle.",
    ),
    (
        "fr",
        "C",
        "Le syndicat transmet ces informations afin d'éclairer le Groupe de travail sur les conditions de travail des agents de sécurité privés dans les centres. Il n'en autorise pas la diffusion publique.",
    ),
    (
        "fr",
        "C",
        "Nous vous serions reconnaissants de ne pas faire figurer notre réponse parmi les contributions publiées.",
    ),
    (
        "fr",
        "C",
        "P.-S. : tout ceci reste entre nous, s'il vous plaît. Mon mari est encore là-bas et il a déjà eu des problèmes avec les gardes.",
    ),
    (
        "fr",
        "C",
        "Les rapports de visite de la Commission ne sont pas communicables aux tiers ; celui-ci est transmis au seul Groupe de travail, pour son information.",
    ),
    (
        "fr",
        "C",
        "Merci de ne pas mettre ce texte en ligne, ma soeur a ete expulsee il y a deux mois et les gens de l'escorte connaissent notre nom de famille.",
    ),
    (
        "fr",
        "C",
        "Vous trouverez ci-joint notre analyse des contrats de surveillance des centres de rétention. Nous souhaitons que cette analyse demeure strictement confidentielle.",
    ),
    (
        "fr",
        "C",
        "Pour des raisons tenant à la sécurité de nos équipes sur le terrain, nous vous prions de ne transmettre ce document à personne et de ne pas en faire état.",
    ),
    (
        "fr",
        "C",
        "La direction de la société n'a pas autorisé la communication de ces documents en dehors du Groupe de travail ; ils vous sont remis à titre d'information uniquement.",
    ),
    (
        "fr",
        "C",
        "Nos membres ont accepté de témoigner à une seule condition : que leurs paroles ne quittent pas le Groupe de travail. Nous vous demandons de respecter cet engagement.",
    ),
    # -- Spanish ------------------------------------------------------------------------
    (
        "es",
        "C",
        "Le escribo porque mi hijo esta en el centro de internamiento de Valdeluna desde enero. Le pido que esto quede entre ustedes y el Grupo de Trabajo, no quiero que lo lean los guardias",
    ),
    (
        "es",
        "C",
        "Se solicita que la información contenida en el presente documento sea utilizada únicamente por el Grupo de Trabajo y no se difunda por ningún medio.",
    ),
    (
        "es",
        "C",
        "En cuanto a su pregunta de si pueden subir nuestra contribución a la página: preferimos que no. Dos de las compañeras que declararon siguen trabajando para la empresa de seguridad.",
    ),
    (
        "es",
        "C",
        "El Ministerio del Interior de la República de Sanquera agradecería que la presente respuesta, incluido su anexo sobre los contratos de custodia fronteriza, no sea objeto de publicación.",
    ),
    (
        "es",
        "C",
        "Nuestros abogados nos han indicado que este material no puede salir de su oficina mientras el proceso penal contra los escoltas siga abierto.",
    ),
    (
        "es",
        "C",
        "te mando esto para que sepan lo que pasa en la frontera, pero porfa no lo pongan en internet, los de la empresa me conocen",
    ),
    (
        "es",
        "C",
        "Este informe se remite con carácter reservado, para uso exclusivo de las y los expertos del Grupo de Trabajo.",
    ),
    (
        "es",
        "C",
        "Le rogamos no citar ni reproducir ningún pasaje de los testimonios. Las personas entrevistadas aceptaron hablar con la condición de que sus relatos no circularan.",
    ),
    (
        "es",
        "C",
        "Solicitamos que nuestra contribución sea tratada como confidencial y no figure en el sitio web del ACNUDH.",
    ),
    (
        "es",
        "C",
        "La Defensoría remite el presente informe de supervisión al Grupo de Trabajo con fines exclusivamente informativos. Por disposición legal, su contenido no puede ser difundido a terceros.",
    ),
    (
        "es",
        "C",
        "PD: esto es solo para ustedes, si la empresa se entera que hable me quitan el contrato.",
    ),
    (
        "es",
        "C",
        "El sindicato no autoriza la publicación de este documento. Los datos sobre turnos y salarios permitirían identificar a los trabajadores.",
    ),
    (
        "es",
        "C",
        "Agradeceríamos que el material se archivara sin darle mayor circulación; fue recogido bajo un protocolo de ética que no permite su uso fuera del Grupo de Trabajo.",
    ),
    (
        "es",
        "C",
        "Les ruego que esto no pase a otras manos. Mi esposo sigue detenido y lo que cuento aquí solo lo sabemos él, su abogada y yo.",
    ),
    (
        "es",
        "C",
        "La empresa remite sus procedimientos internos de control de personal a título informativo. Dichos documentos no han sido autorizados para su divulgación fuera del Grupo de Trabajo.",
    ),
    (
        "es",
        "C",
        "Adjuntamos la tabla de incidentes registrados en los vuelos de deportación de 2023. Preferimos que ni este escrito ni la tabla se hagan públicos.",
    ),
    (
        "es",
        "C",
        "Los nombres de los detenidos que aparecen en el anexo, y en realidad el documento entero, deben quedar en manos del Grupo. No los difundan, por favor.",
    ),
    (
        "es",
        "C",
        "Con el debido respeto, solicitamos que esta comunicación se mantenga en reserva. La publicidad de su contenido pondría en riesgo a nuestras fuentes.",
    ),
]

# (language, label, text): the input may go up, but not with the submitter's name.
ANONYMOUS = [
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "A",
        "Vous pouvez publier mon témoignage, mais sans mon nom ni celui de mon fils. Mettez seulement « une mère ».",
    ),
    (
        "fr",
        "A",
        "L'association accepte que sa contribution soit mise en ligne, à condition qu'elle n'y soit pas nommée : merci d'indiquer « une ONG d'aide aux étrangers ».",
    ),
    (
        "fr",
        "A",
        "Publication possible mais de maniere anonyme, je travaille encore pour la societe de surete de l'aeroport.",
    ),
    (
        "fr",
        "A",
        "Notre contribution peut être diffusée sur le site du HCDH, sous réserve que son auteur ne soit pas identifiable.",
    ),
    (
        "fr",
        "A",
        "ok pour mettre mon texte avec les autres mais pas mon nom, mon recours est toujours pendant devant le tribunal",
    ),
    (
        "fr",
        "A",
        "Nous autorisons la publication, sans mention du nom du cabinet ni de celui de notre client.",
    ),
    (
        "fr",
        "A",
        "Nous acceptons que le texte soit mis en ligne, à condition qu'il soit signé « un collectif de chercheurs » plutôt que de nos noms, qui sont connus des gestionnaires des centres.",
    ),
    (
        "fr",
        "A",
        "Vous pouvez le mettre avec les autres contributions, en retirant ma signature. Les gens de l'escorte savent lire aussi.",
    ),
    # -- Spanish ------------------------------------------------------------------------
    (
        "es",
        "A",
        "Pueden publicar mi testimonio, pero sin mi nombre. Pongan solo «familiar de una persona deportada».",
    ),
    (
        "es",
        "A",
        "La organización autoriza la publicación de su aporte de forma anónima, ya que nuestro personal sigue visitando los centros.",
    ),
    (
        "es",
        "A",
        "Sí se puede subir a la página, pero sin datos que me identifiquen. Trabajo todavía para la empresa de vigilancia.",
    ),
    (
        "es",
        "A",
        "Aceptamos que el documento se difunda, siempre que no aparezca el nombre de nuestra clínica jurídica ni el de las abogadas que lo firmaron.",
    ),
    (
        "es",
        "A",
        "pueden usarlo y ponerlo en linea pero anonimo porfavor, tengo miedo de represalias",
    ),
    (
        "es",
        "A",
        "Consentimos en la publicación, atribuyéndola a «una red de organizaciones de la frontera norte», sin mencionar a ninguna organización en particular.",
    ),
    (
        "es",
        "A",
        "No tengo problema en que lo publiquen, solo pido que quiten mi firma y el nombre del albergue",
    ),
    (
        "es",
        "A",
        "El sindicato da su conformidad para que la contribución se haga pública sin identificar al sindicato ni a sus delegados.",
    ),
]

# (language, label, text): the input may be published.
CONSENT = [
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "P",
        "Vous trouverez ci-joint notre contribution. Nous consentons à ce qu'elle soit publiée sur le site du HCDH, avec le nom de notre association.",
    ),
    (
        "fr",
        "P",
        "Contribution de l'Observatoire des frontières de Marovie : peut être mise en ligne telle quelle, avec nos coordonnées.",
    ),
    (
        "fr",
        "P",
        "Aucune objection à la publication. Merci de citer : Ligue pour les droits des étrangers de Marovie, mai 2024.",
    ),
    ("fr", "P", "Le Ministère autorise la publication de la présente réponse."),
    (
        "fr",
        "P",
        "oui bien sur vous pouvez la diffuser, et mettez mon vrai nom, que tout le monde sache ce qui se passe la-bas",
    ),
    (
        "fr",
        "P",
        "Rien dans ce document n'est à tenir secret : faites-en l'usage que vous voulez, y compris sur la page de l'appel.",
    ),
    (
        "fr",
        "P",
        "Nous serions heureux que notre texte figure parmi les contributions publiées, avec un lien vers notre rapport.",
    ),
    # -- Spanish ------------------------------------------------------------------------
    (
        "es",
        "P",
        "Damos nuestra autorización para que el ACNUDH difunda el texto completo, con anexos.",
    ),
    ("es", "P", "No hay inconveniente en que se publique con el nombre de la organización."),
    ("es", "P", "Sí, se puede publicar. Gracias por preguntar."),
    (
        "es",
        "P",
        "La Cancillería de la República de Sanquera no se opone a que esta respuesta figure junto a las demás contribuciones recibidas.",
    ),
    ("es", "P", "Nada de lo contenido en este documento es confidencial."),
    (
        "es",
        "P",
        "Con gusto autorizamos su difusión; les pedimos citar el informe como «Colectivo Orillas de Sanquera, 2024».",
    ),
    ("es", "P", "pueden subirlo a la pagina con mi nombre, no tengo nada que esconder"),
]

# (language, label, text): a human must decide.
MIXED = [
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "U",
        "Nous autorisons la publication de la partie analytique, mais pas de l'annexe contenant les témoignages.",
    ),
    (
        "fr",
        "U",
        "Merci de ne pas mettre en ligne avant la fin de l'audience du 12 novembre ; ensuite, aucune objection.",
    ),
    (
        "fr",
        "U",
        "La décision de publication relève du bureau de l'association, qui ne s'est pas encore prononcé.",
    ),
    (
        "fr",
        "U",
        "Je suis d'accord pour la publication, mais mon avocat me conseille d'attendre. Je reviens vers vous.",
    ),
    # -- Spanish ------------------------------------------------------------------------
    (
        "es",
        "U",
        "Pueden publicar el informe a partir del 1 de marzo, cuando se haga pública la sentencia.",
    ),
    ("es", "U", "Autorizamos la publicación del cuerpo del informe; el anexo fotográfico, no."),
    (
        "es",
        "U",
        "Aún no tenemos el visto bueno de la dirección para publicarlo. Les confirmaremos la próxima semana.",
    ),
    (
        "es",
        "U",
        "Publíquenlo salvo que el Gobierno presente observaciones, en cuyo caso prefiero que me consulten antes.",
    ),
]

# (language, label, [question, answer]): a form, labelled by what the answer means.
FORMS = [
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "U",
        ["Accord pour la diffusion de la contribution", "oui, hors annexe 3"],
    ),
    ("fr", "C", ["Confidentialité", "à garder au sein du Groupe de travail"]),
    (
        "fr",
        "A",
        [
            "Souhaitez-vous que votre nom apparaisse ?",
            "Non, mais la contribution peut être publiée",
        ],
    ),
    # -- Spanish ------------------------------------------------------------------------
    (
        "es",
        "P",
        ["¿Está de acuerdo en que su escrito aparezca en la página del ACNUDH?", "Sí, de acuerdo"],
    ),
    ("es", "C", ["Confidencialidad", "[X] Mi aporte NO debe publicarse"]),
    ("es", "U", ["¿Desea que su aporte se publique?", "depende, ver carta adjunta"]),
]
