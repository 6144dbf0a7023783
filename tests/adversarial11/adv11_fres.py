# ruff: noqa: E501 - the sentences are data, kept one to a line
"""The eleventh collection's statements in French and Spanish, written by hand without
reading the rules, as the passages of real letters, notes verbales, cover e-mails,
signatures and forms that carry the request, most of them without the words an obvious
list would hold. Each entry is (language, label, text); FORMS holds a form's question and
answer lines, labelled by what the answer means.

Labels: C must not be published; A may be published without the submitter's name;
P may be published; U a human must decide."""

from __future__ import annotations

# (language, label, text): a request that the input stay off the page.
REFUSALS = [
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "C",
        "Comme pour toutes nos contributions aux organes des Nations Unies, la présente note est adressée au seul Groupe de travail, pour son information. Nous restons à votre disposition pour tout complément.",
    ),
    (
        "fr",
        "C",
        "Nous sommes heureux d'apporter notre concours au Groupe de travail et avons répondu à l'ensemble du questionnaire. Ce document n'a toutefois pas vocation à être mis en ligne.",
    ),
    (
        "fr",
        "C",
        "L'Ambassade a l'honneur de transmettre ci-joint les éléments de réponse du ministère de l'Intérieur et saurait gré au Secrétariat de bien vouloir en réserver l'usage aux seuls membres du Groupe de travail.",
    ),
    (
        "fr",
        "C",
        "Nos collegues travaillent toujours dans le centre de retention. La societe saurait immediatement d'ou viennent ces informations si elles circulaient, merci de les garder pour vous.",
    ),
    (
        "fr",
        "C",
        "À usage interne uniquement – ne pas diffuser. Observations de l'Observatoire des lieux d'enfermement sur le recours à des sociétés privées dans les zones d'attente.",
    ),
    (
        "fr",
        "C",
        "Vous pouvez vous appuyer sur cette note pour nourrir le rapport, mais merci de ne pas la citer ni la reprendre sur votre site : elle contient des éléments que nous n'avons pas encore pu recouper auprès de toutes les personnes concernées.",
    ),
    (
        "fr",
        "C",
        "En ma qualité de conseil de trois personnes retenues au centre de Montferrand-les-Salines, je vous adresse des pièces couvertes par le secret professionnel. Elles ne sauraient être communiquées à des tiers ni rendues accessibles au public.",
    ),
    (
        "fr",
        "C",
        "P.-S. : j'oubliais, je préfère que ce texte ne se retrouve pas sur Internet. Mon ancien employeur n'aurait aucun mal à me reconnaître.",
    ),
    (
        "fr",
        "C",
        "Je vous ecris pour vous dire ce que j'ai vu quand j'etais agent de securite dans la zone d'attente. c'est pour vous seulement, pas pour mettre sur le site, j'ai encore des collegues la bas.",
    ),
    (
        "fr",
        "C",
        "Les entretiens sur lesquels repose cette note ont été menés sous un engagement de stricte discrétion envers les personnes interrogées ; la note est donc transmise au Groupe de travail comme document de travail, non destiné à la diffusion.",
    ),
    (
        "fr",
        "C",
        "Conformément à sa pratique constante, la Commission nationale ne rend pas publics ses rapports de visite des lieux de privation de liberté. Le rapport joint est communiqué au Groupe de travail dans ce même cadre.",
    ),
    (
        "fr",
        "C",
        "Les documents joints (procédures internes et extrait du contrat de prestation) relèvent du secret des affaires. Vigimar Services les communique au Groupe de travail à sa seule attention.",
    ),
    (
        "fr",
        "C",
        "Le syndicat transmet ces témoignages d'agents affectés aux escortes, qui ne veulent pas que leur direction en ait connaissance. Ils n'ont donc pas à figurer parmi les contributions consultables sur le site.",
    ),
    (
        "fr",
        "C",
        "Objet : DIFFUSION RESTREINTE – contribution relative aux prestataires privés dans les centres de rétention administrative. Madame, Monsieur, veuillez trouver ci-joint notre contribution.",
    ),
    (
        "fr",
        "C",
        "Merci pour votre message. Comme convenu lors de notre échange téléphonique, cette contribution vous est transmise pour information et ne doit pas être relayée.",
    ),
    (
        "fr",
        "C",
        "Nous remercions le Groupe de travail pour son appel. Nous souhaitons néanmoins que notre contribution demeure un document de référence pour le Secrétariat et qu'elle ne soit pas versée sur la page de l'appel.",
    ),
    # -- Spanish ------------------------------------------------------------------------
    (
        "es",
        "C",
        "Como en todas nuestras comunicaciones a los mecanismos de Naciones Unidas, el presente documento se remite únicamente para conocimiento del Grupo de Trabajo. Agradecemos de antemano su atención.",
    ),
    (
        "es",
        "C",
        "Con mucho gusto colaboramos con el Grupo de Trabajo y hemos respondido a todas las preguntas de la convocatoria. No obstante, este documento no está destinado a su difusión.",
    ),
    (
        "es",
        "C",
        "La Misión Permanente tiene el honor de remitir la respuesta de la Secretaría de Migración y solicita que la misma sea de uso exclusivo del Grupo de Trabajo para la elaboración de su informe.",
    ),
    (
        "es",
        "C",
        "Se solicita que ni el informe ni su anexo se suban a la página web o se compartan con terceros, toda vez que contienen información sobre operativos en curso en la frontera norte.",
    ),
    (
        "es",
        "C",
        "Mis compañeros siguen trabajando en la estación migratoria. Si esto sale en internet la empresa sabrá enseguida quién lo escribió, así que les pido que quede entre ustedes.",
    ),
    (
        "es",
        "C",
        "Pueden utilizar esta información para el informe, pero les rogamos que no la citen ni la reproduzcan: la fuente es una funcionaria que sigue en su puesto.",
    ),
    (
        "es",
        "C",
        "buenas tardes les escribo por lo que paso con mi esposo en el vuelo de deportacion. esto es solo para que ustedes sepan, no lo pongan en la pagina por favor porque el sigue alla y tenemos miedo",
    ),
    (
        "es",
        "C",
        "En mi calidad de abogada de las personas migrantes en el amparo colectivo aún en trámite, remito las declaraciones que obran en el expediente. Dichas declaraciones se comparten a título reservado y no deben ser divulgadas.",
    ),
    (
        "es",
        "C",
        "El informe se basa en entrevistas realizadas bajo un protocolo de ética que no permite difundir los datos fuera del equipo investigador y del destinatario. Se envía, por tanto, solo para uso interno del Grupo de Trabajo.",
    ),
    (
        "es",
        "C",
        "La información adjunta sobre los procedimientos operativos de Custodia Integral del Sur S.A. tiene carácter reservado por razones de seguridad y se facilita únicamente a efectos del informe del Grupo de Trabajo.",
    ),
    (
        "es",
        "C",
        "Asunto: RESERVADO – Aporte sobre empresas de seguridad privada en centros de detención migratoria. Estimados/as: adjuntamos nuestro aporte a la convocatoria del Grupo de Trabajo.",
    ),
    (
        "es",
        "C",
        "Conforme a su práctica institucional, la Defensoría del Pueblo no hace públicos los informes de sus visitas a centros de detención; el informe adjunto se remite con ese mismo carácter.",
    ),
    (
        "es",
        "C",
        "PD: les pido porfavor que no reenvien este correo a nadie, trabajo para la empresa que toma las huellas en el consulado y me podrian identificar.",
    ),
    (
        "es",
        "C",
        "El sindicato remite estos testimonios de vigilantes de los centros de internamiento con la condición, pedida por ellos mismos, de que no salgan del Grupo de Trabajo.",
    ),
    (
        "es",
        "C",
        "Nosotros enviamos este informe para el Grupo. Por favor no es para el publico, es solo para su informacion porque hay casos que todavia estan en la corte.",
    ),
    (
        "es",
        "C",
        "Quedamos a su disposición para cualquier aclaración. Les recordamos que, según lo acordado con su oficina, este documento es de carácter informativo y no forma parte de las contribuciones que se darán a conocer.",
    ),
]

# (language, label, text): it may be published, but without the submitter's name.
ANONYMOUS = [
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "A",
        "Vous pouvez publier notre contribution, mais sans mentionner qu'elle vient de nous : merci d'indiquer simplement « une association d'aide aux personnes retenues ».",
    ),
    (
        "fr",
        "A",
        "Publication possible, sans notre logo ni notre nom. Nos intervenants se rendent chaque semaine au centre et nous tenons à préserver cet accès.",
    ),
    (
        "fr",
        "A",
        "Je veux bien que mon témoignage soit mis en ligne, mais sans mon nom. L'entreprise saurait tout de suite qui a parlé.",
    ),
    (
        "fr",
        "A",
        "Le texte peut être rendu public dans son intégralité ; nous demandons seulement qu'il soit attribué à « un collectif de soignants » et non à nos noms.",
    ),
    (
        "fr",
        "A",
        "ok pour publier mais pas avec mon nom svp, mettez juste « ancien retenu ». j'ai encore une demande en cours a la prefecture",
    ),
    (
        "fr",
        "A",
        "Mon client accepte que son récit figure sur le site du HCDH, à condition qu'il soit anonymisé : ni nom, ni date de naissance, ni lieu d'origine.",
    ),
    (
        "fr",
        "A",
        "Nous n'avons aucune objection à la publication du document. Nous souhaitons toutefois que le nom de notre organisation n'y apparaisse pas, pour la sécurité de nos partenaires sur place.",
    ),
    # -- Spanish ------------------------------------------------------------------------
    (
        "es",
        "A",
        'Pueden publicar el aporte, pero sin el nombre ni el logo de nuestra organización. Preferimos que figure como "una organización de la sociedad civil de la frontera sur".',
    ),
    (
        "es",
        "A",
        "No tenemos inconveniente en que se publique, siempre que no se mencione que proviene de nosotros. Nuestro equipo entra al centro todas las semanas.",
    ),
    (
        "es",
        "A",
        "Acepto que mi testimonio se publique sin mi nombre, todavia trabajo en el sector y la empresa sabria enseguida quien fue.",
    ),
    (
        "es",
        "A",
        'quiero que lo publiquen para que se sepa, pero sin mi nombre ni el de mi hijo por favor. solo pongan "madre de una persona deportada"',
    ),
    (
        "es",
        "A",
        'El documento puede difundirse íntegramente, atribuido a "un grupo de abogados y abogadas", sin los nombres de quienes lo firman.',
    ),
    (
        "es",
        "A",
        "La Universidad no tiene objeción a que se publique el informe; las autoras solicitan únicamente que se omitan sus nombres, dada la naturaleza del trabajo de campo en curso.",
    ),
    (
        "es",
        "A",
        "Publíquenlo tal cual, pero quítenle la firma y el membrete de la red. Los compañeros del albergue nos pidieron que no aparezca el nombre.",
    ),
]

# (language, label, text): it may be published.
CONSENT = [
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "P",
        "Veuillez trouver ci-joint la contribution de l'association Passerelles Frontières à l'appel du Groupe de travail. Elle peut être publiée, annexes comprises.",
    ),
    (
        "fr",
        "P",
        "Rien dans ce document n'est confidentiel : toutes les informations proviennent de rapports publics et de décisions de justice.",
    ),
    (
        "fr",
        "P",
        "Aucune objection de notre part à une mise en ligne : le texte a d'ailleurs déjà été présenté lors d'une conférence publique à Lyon.",
    ),
    (
        "fr",
        "P",
        "Le Ministère ne s'oppose pas à la publication de la présente réponse et se tient à la disposition du Groupe de travail pour toute précision.",
    ),
    (
        "fr",
        "P",
        "Vous pouvez la publier ; merci de citer l'Observatoire comme auteur et de mettre un lien vers notre rapport annuel.",
    ),
    (
        "fr",
        "P",
        "La société ne formule aucune demande de confidentialité à l'égard des informations transmises.",
    ),
    (
        "fr",
        "P",
        "vous pouvez mettre mon temoignage sur le site avec mon nom, je n'ai rien a cacher",
    ),
    (
        "fr",
        "P",
        "Il n'y a pas lieu de traiter cette contribution de manière confidentielle ; elle peut être diffusée librement.",
    ),
    # -- Spanish ------------------------------------------------------------------------
    (
        "es",
        "P",
        "Adjuntamos el aporte de la Red Sin Muros a la convocatoria del Grupo de Trabajo. Pueden publicarlo en el sitio web, anexos incluidos.",
    ),
    (
        "es",
        "P",
        "Nada de lo aquí expuesto es confidencial; todo proviene de sentencias y de licitaciones publicadas.",
    ),
    (
        "es",
        "P",
        "Por nuestra parte no hay ningún reparo: el documento puede colgarse en la página de la convocatoria tal como está.",
    ),
    ("es", "P", "La Secretaría no solicita reserva respecto de ninguna parte de la respuesta."),
    (
        "es",
        "P",
        "Autorizamos la publicación; les agradeceríamos que incluyan el logo de la Coalición y un enlace a nuestra página.",
    ),
    (
        "es",
        "P",
        "Se puede publicar, e incluso lo preferimos: las familias quieren que su testimonio se conozca.",
    ),
    ("es", "P", "si pueden publicarlo con mi nombre, ya no tengo miedo, que se sepa."),
    ("es", "P", "No hay nada en este documento que no pueda hacerse público."),
]

# (language, label, text): a human must decide.
MIXED = [
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "U",
        "La contribution pourra être publiée après le 1er octobre, date à laquelle notre propre rapport sera présenté à la presse.",
    ),
    (
        "fr",
        "U",
        "Publication possible de la synthèse ; l'annexe 3 (tableau des incidents) est réservée au Groupe de travail.",
    ),
    (
        "fr",
        "U",
        "Nous attendons l'accord de notre conseil d'administration avant de nous prononcer sur la publication.",
    ),
    (
        "fr",
        "U",
        "Seulement apres la decision du tribunal administratif, attendue en mars. D'ici la merci de la garder pour vous.",
    ),
    (
        "fr",
        "U",
        "Au sein de l'équipe, les avis sont partagés : certains souhaitent la publication, d'autres craignent pour les personnes qui ont témoigné. Nous reviendrons vers vous.",
    ),
    # -- Spanish ------------------------------------------------------------------------
    (
        "es",
        "U",
        "Se autoriza la publicación a partir del 1 de agosto, una vez presentado nuestro informe ante el Congreso.",
    ),
    (
        "es",
        "U",
        "Pueden publicar el resumen ejecutivo; los anexos con los nombres de las personas detenidas son solo para el Grupo de Trabajo.",
    ),
    (
        "es",
        "U",
        "La publicación queda sujeta a la autorización del Ministro, que se está tramitando.",
    ),
    (
        "es",
        "U",
        "Publíquenlo, salvo que la Cancillería manifieste objeción, en cuyo caso les avisaremos.",
    ),
    (
        "es",
        "U",
        "pueden publicar creo, pero mi compañera dice que mejor no por lo de las fotos. mejor esperen que lo hablemos y les confirmo",
    ),
]

# (language, label, [question, answer]): a form, labelled by what the answer means.
FORMS = [
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "C",
        [
            "Votre contribution peut-elle figurer sur la page web de l'appel ?",
            "Non, elle est destinée au seul usage interne du Groupe de travail",
        ],
    ),
    ("fr", "A", ["Publication sous votre nom ?", "Non – anonymement svp"]),
    (
        "fr",
        "P",
        ["Votre contribution comporte-t-elle des éléments à ne pas rendre publics ?", "Aucun"],
    ),
    ("fr", "U", ["Autorisation de publication", "Oui, sauf les photos"]),
    # -- Spanish ------------------------------------------------------------------------
    (
        "es",
        "C",
        ["¿Autoriza que su aporte se publique en la página web del ACNUDH?", "No. Uso reservado."],
    ),
    ("es", "A", ["¿Desea que su nombre figure en la publicación?", "No, publicar como anónimo"]),
    ("es", "P", ["¿Su aporte contiene información confidencial?", "Ninguna"]),
    (
        "es",
        "U",
        ["Consentimiento para la publicación", "Depende de lo que decida la junta directiva"],
    ),
]
