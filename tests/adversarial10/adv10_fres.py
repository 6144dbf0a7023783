# ruff: noqa: E501 - the sentences are data, kept one to a line
"""The tenth collection's statements in French and Spanish, written by hand without
reading the rules, as the passages of real letters, notes verbales, cover e-mails and
forms that carry the request. Each entry is (language, label, text); FORMS holds a
form's question and answer lines, labelled by what the answer means.

Labels: C must not be published; A may be published without the submitter's name;
P may be published; U a human must decide."""

from __future__ import annotations

# (language, label, text): a request that the input stay off the page.
REFUSALS = [
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "C",
        "La Mission permanente prie le Secrétariat de bien vouloir ne pas rendre publique la présente réponse, qui fait état de marchés publics en cours d'exécution. Elle saisit cette occasion pour renouveler au Haut-Commissariat les assurances de sa très haute considération.",
    ),
    (
        "fr",
        "C",
        "Conformément à la pratique de notre organisation pour les contributions fondées sur des témoignages de personnes retenues, nous demandons que ce document reste confidentiel et ne soit pas mis en ligne.",
    ),
    (
        "fr",
        "C",
        "En ma qualité de conseil de M. D., je vous transmets ci-joint une note sur les conditions de son éloignement. Ce document est couvert par le secret professionnel et ne doit en aucun cas être publié.",
    ),
    (
        "fr",
        "C",
        "Nous vous remercions de ne pas publier cette contribution sur le site du HCDH : plusieurs de nos partenaires au Sahel travaillent encore au contact des sociétés mentionnées.",
    ),
    (
        "fr",
        "C",
        "Je suis ancien agent de securite dans le centre de retention, je vous envoie ce que j'ai vu. svp ne le mettez pas sur internet, je cherche encore du travail dans ce secteur.",
    ),
    (
        "fr",
        "C",
        "La Commission nationale consultative transmet les informations ci-après à titre strictement confidentiel ; elles ne sont pas destinées à être rendues publiques.",
    ),
    (
        "fr",
        "C",
        "Mon fils a été expulsé le 3 mai, escorté par des agents d'une société privée. Je vous écris pour qu'il en reste une trace, mais nous ne voulons pas que cette lettre soit publiée, nous avons peur pour lui là-bas.",
    ),
    (
        "fr",
        "C",
        "La société Verlaine Sûreté SAS communique les éléments ci-joints à titre confidentiel et s'oppose à toute publication, totale ou partielle.",
    ),
    (
        "fr",
        "C",
        "Les données présentées proviennent d'une enquête de terrain menée sous engagement de confidentialité envers les personnes interrogées ; je vous prie donc de ne pas diffuser ce texte.",
    ),
    (
        "fr",
        "C",
        "Merci de considerer cette contribution comme confidentielle, elle ne doit pas etre publiee. Bien cordialement.",
    ),
    (
        "fr",
        "C",
        "Parmi les options proposées dans l'appel à contributions, nous retenons celle d'une contribution non publique.",
    ),
    (
        "fr",
        "C",
        "Le syndicat transmet ce dossier au Groupe de travail pour information uniquement. Sa diffusion publique exposerait nos délégués dans les centres, et nous nous y opposons.",
    ),
    (
        "fr",
        "C",
        "N.B. : la présente contribution n'a pas vocation à être rendue publique. Elle est réservée aux membres du Groupe de travail.",
    ),
    (
        "fr",
        "C",
        "Vous trouverez en pièce jointe notre rapport sur les patrouilles privées à la frontière. Nous souhaitons qu'il ne figure pas parmi les contributions mises en ligne.",
    ),
    # -- Spanish ------------------------------------------------------------------------
    (
        "es",
        "C",
        "La Misión Permanente saluda atentamente a la Oficina del Alto Comisionado y tiene el honor de remitir la respuesta del Gobierno al cuestionario del Grupo de Trabajo. Se solicita que la información proporcionada sea tratada con carácter reservado y no se publique en el sitio web.",
    ),
    (
        "es",
        "C",
        "Desde la Defensoría del Pueblo remitimos el informe adjunto sobre los centros de internamiento gestionados por empresas privadas. Les rogamos que no lo hagan público, ya que forma parte de una investigación de oficio.",
    ),
    (
        "es",
        "C",
        "yo trabaje en la empresa que toma las huellas para las visas, les mando esto pero no quiero que lo publiquen por favor, todavia vivo en la ciudad.",
    ),
    (
        "es",
        "C",
        "En mi calidad de apoderada de las familias, remito la documentación adjunta exclusivamente para conocimiento del Grupo de Trabajo. No autorizamos su publicación ni su difusión a terceros.",
    ),
    (
        "es",
        "C",
        "Agradecemos la convocatoria. Por razones de seguridad de nuestro equipo en la frontera, pedimos que este aporte se maneje de forma confidencial y que no se suba a la página web.",
    ),
    (
        "es",
        "C",
        "Vigilancias Irazábal S.A. facilita la presente información con carácter confidencial y no consiente su publicación.",
    ),
    (
        "es",
        "C",
        "Mi esposo fue deportado en un vuelo con escoltas de una empresa privada. Les escribo lo que nos contó, pero no queremos que esta carta se vea en internet.",
    ),
    (
        "es",
        "C",
        "El sindicato remite este documento para información del Grupo de Trabajo; no debe publicarse, porque permitiría identificar a los trabajadores que denunciaron.",
    ),
    (
        "es",
        "C",
        "Adjunto el borrador de nuestro estudio sobre la vigilancia fronteriza subcontratada. Es un documento interno y les pido que no lo difundan públicamente.",
    ),
    (
        "es",
        "C",
        "De las opciones que ofrece la convocatoria, elegimos la de presentación no pública.",
    ),
    ("es", "C", "Por favor no publicar. La informacion es solo para el grupo de trabajo, gracias."),
    (
        "es",
        "C",
        "* El presente documento se remite con carácter estrictamente confidencial y no está destinado a su publicación.",
    ),
    (
        "es",
        "C",
        "Las personas entrevistadas siguen detenidas en el centro de la zona de tránsito. Por ello les rogamos que esta comunicación no sea divulgada.",
    ),
    (
        "es",
        "C",
        "El Ministerio del Interior solicita que su contribución no sea incluida entre las que se publicarán en la página del llamamiento.",
    ),
]

# (language, label, text): it may be published, but without the submitter's name.
ANONYMOUS = [
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "A",
        "Nous acceptons que notre contribution soit publiée, à condition que le nom de notre association n'apparaisse pas : nos bénévoles interviennent dans la zone d'attente.",
    ),
    (
        "fr",
        "A",
        "Je suis interprète et j'ai accompagné plusieurs éloignements. Vous pouvez mettre mon témoignage en ligne, mais de manière anonyme, car je travaille encore pour le prestataire.",
    ),
    ("fr", "A", "Publication autorisée sous réserve de l'anonymat de l'auteur."),
    (
        "fr",
        "A",
        "Merci de publier ce texte en l'attribuant à « un collectif d'avocats » plutôt qu'à nous nommément.",
    ),
    (
        "fr",
        "A",
        "vous pouvez publier mais sans mon nom svp, je suis encore en procedure de demande d'asile.",
    ),
    (
        "fr",
        "A",
        "Le syndicat ne s'oppose pas à la publication de la présente note, pour autant que ni le syndicat ni ses délégués n'y soient nommés.",
    ),
    # -- Spanish ------------------------------------------------------------------------
    (
        "es",
        "A",
        "Pueden publicar nuestro aporte, pero sin el nombre de la organización; trabajamos en la frontera norte y ya hemos recibido amenazas.",
    ),
    (
        "es",
        "A",
        "Estuve detenido cinco meses en el centro que administra la empresa. Autorizo la publicación de mi testimonio siempre que no aparezca mi nombre.",
    ),
    ("es", "A", "Se autoriza la difusión del informe en internet, de forma anónima."),
    (
        "es",
        "A",
        "Publíquenlo como aporte de 'una red de abogadas de personas migrantes', sin nuestros nombres.",
    ),
    ("es", "A", "si lo pueden publicar pero anonimo, por favor, trabajo todavia en el centro."),
    (
        "es",
        "A",
        "La Clínica Jurídica acepta que el documento se haga público, siempre que se omitan los nombres de sus autores, que son estudiantes.",
    ),
]

# (language, label, text): it may be published.
CONSENT = [
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "P",
        "Contribution de l'Observatoire citoyen des cols alpins à l'appel du Groupe de travail. Peut être publiée.",
    ),
    (
        "fr",
        "P",
        "Le collectif consent à ce que ce texte figure, avec les autres contributions, sur la page de l'appel.",
    ),
    (
        "fr",
        "P",
        "La Mission permanente informe le Secrétariat que les autorités compétentes consentent à la mise en ligne de leur réponse sur la page de l'appel.",
    ),
    (
        "fr",
        "P",
        "Aucune information contenue dans ce document n'est confidentielle ; il peut être diffusé librement.",
    ),
    (
        "fr",
        "P",
        "Vous pouvez publier notre contribution ; merci simplement d'y faire figurer le lien vers notre rapport complet.",
    ),
    ("fr", "P", "je suis d'accord que vous publiez mon temoignage avec mon nom."),
    ("fr", "P", "Rien ne s'oppose de notre coté a la mise en ligne de ce document."),
    (
        "fr",
        "P",
        "Le syndicat souhaite que sa contribution soit rendue publique et rappelle que ses délégués restent disponibles pour un échange avec le Groupe de travail.",
    ),
    # -- Spanish ------------------------------------------------------------------------
    (
        "es",
        "P",
        "Les envío el aporte de nuestra colectiva sobre las patrullas privadas en la frontera sur. Pueden publicarla.",
    ),
    (
        "es",
        "P",
        "El Gobierno de la República da su conformidad para que esta respuesta figure en la página web del ACNUDH junto con las de otros Estados.",
    ),
    (
        "es",
        "P",
        "La Red autoriza que el documento y sus tres anexos se pongan a disposición del público en la página de la convocatoria.",
    ),
    (
        "es",
        "P",
        "No hay nada confidencial en este documento: todo procede de contratos y sentencias públicas.",
    ),
    (
        "es",
        "P",
        "Con gusto pueden difundirla; les agradeceríamos que incluyan el logo de la Clínica en la portada.",
    ),
    ("es", "P", "si claro, la pueden poner en su web, de nuestra parte esta bien"),
    (
        "es",
        "P",
        "La empresa consiente en que su respuesta se haga pública junto con las demás contribuciones.",
    ),
    (
        "es",
        "P",
        "Firmamos con nuestro nombre y nos parece bien que aparezca así en la web del ACNUDH.",
    ),
]

# (language, label, text): a human must decide.
MIXED = [
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "U",
        "La contribution pourra être publiée après l'audience du tribunal administratif prévue le 14 novembre, mais pas avant.",
    ),
    (
        "fr",
        "U",
        "Nous acceptons la publication du rapport, à l'exception de l'annexe 3 (carte des points de refoulement).",
    ),
    (
        "fr",
        "U",
        "Sous réserve de l'accord du ministre, la présente réponse pourra être rendue publique. Le Secrétariat en sera informé.",
    ),
    (
        "fr",
        "U",
        "Notre directrice est favorable à la mise en ligne, mais le conseil d'administration a des réserves ; nous vous confirmerons notre position après sa réunion.",
    ),
    (
        "fr",
        "U",
        "vous pouvez publier, sauf les photos des personnes, et aussi peut etre pas la section 4, je dois demander.",
    ),
    # -- Spanish ------------------------------------------------------------------------
    (
        "es",
        "U",
        "Pueden publicarlo despues del 30 de septiembre, cuando presentemos el informe en el Congreso.",
    ),
    (
        "es",
        "U",
        "Se autoriza la publicación del resumen ejecutivo; el anexo con los testimonios es confidencial.",
    ),
    (
        "es",
        "U",
        "La publicación queda sujeta a la aprobación de la Junta Directiva, que se reunirá el próximo mes.",
    ),
    (
        "es",
        "U",
        "Publíquenlo, salvo que la empresa presente una queja formal antes de la fecha límite; en ese caso les avisaremos.",
    ),
    ("es", "U", "todavia no sabemos si se puede publicar, tenemos que consultar a las familias."),
]

# (language, label, [question, answer]): a form, labelled by what the answer means.
FORMS = [
    # -- French -------------------------------------------------------------------------
    ("fr", "C", ["Confidentialité", "[x] Je souhaite que ma contribution reste confidentielle"]),
    (
        "fr",
        "A",
        ["Publication sur le site du HCDH", "Oui, sans mentionner le nom de l'organisation"],
    ),
    ("fr", "P", ["Consentement à la publication", "Oui"]),
    (
        "fr",
        "U",
        ["Diffusion publique de votre document (oui / non / partielle)", "Oui sauf annexe"],
    ),
    # -- Spanish ------------------------------------------------------------------------
    ("es", "C", ["Consentimiento para publicar la contribución", "NO"]),
    ("es", "A", ["¿Desea que se publique su nombre?", "No, pero sí el documento"]),
    ("es", "P", ["Autorizo que mi aporte se muestre en el sitio del ACNUDH", "[x] Acepto"]),
    ("es", "U", ["¿Podemos publicar su contribución?", "Depende, ver correo adjunto"]),
]
