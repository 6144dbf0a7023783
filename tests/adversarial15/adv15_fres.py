# ruff: noqa: E501 - the sentences are data, kept one to a line
"""The fifteenth collection's statements in French and Spanish, written by hand without
reading the rules, as the sentences of real mail that carry the request, with the ordinary
content around them. Each entry is (language, label, text); FORMS holds a form's question
and answer lines, labelled by what the answer means.

Labels: C must not be published; A may be published without the submitter's name;
P may be published; U a human must decide."""

from __future__ import annotations

# (language, label, text): a request that the input, or part of it, stay off the page.
REFUSALS = [
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "C",
        "La Mission permanente saisit cette occasion pour prier le Secrétariat de bien vouloir ne pas publier la présente réponse sur le site du HCDH, celle-ci contenant des informations relatives à des marchés en cours d'attribution.",
    ),
    (
        "fr",
        "C",
        "Conformément aux modalités prévues dans l'appel, nous souhaitons que notre contribution reste confidentielle.",
    ),
    (
        "fr",
        "C",
        "Les témoignages joints ont été recueillis auprès de personnes encore retenues au centre de rétention. Nous vous demandons de les garder pour le seul usage du Groupe de travail et de ne pas les diffuser.",
    ),
    (
        "fr",
        "C",
        "Je vous écris en tant qu'ancien agent de sûreté dans une zone d'attente. Merci de ne transmettre ce courriel à personne et de ne pas le citer : mon ancien employeur me poursuit déjà en justice.",
    ),
    (
        "fr",
        "C",
        "Veuillez noter que l'annexe 4 (liste des incidents) ne doit en aucun cas être reproduite ou mise en ligne.",
    ),
    (
        "fr",
        "C",
        "bonjour, je vous envoie ce que ma soeur a vecu au centre. svp ne le mettez pas sur internet, elle a peur pour ses papiers",
    ),
    (
        "fr",
        "C",
        "Le présent document est transmis à titre strictement confidentiel et ne saurait faire l'objet d'une publication, totale ou partielle.",
    ),
    (
        "fr",
        "C",
        "Notre syndicat ne peut accepter que cette note soit rendue publique : plusieurs adhérents ont déjà reçu des avertissements de la société prestataire.",
    ),
    (
        "fr",
        "C",
        "La Commission des droits humains transmet ses observations au Groupe de travail à titre d'information. Elles ne sont pas destinées à être diffusées au-delà de ses membres.",
    ),
    (
        "fr",
        "C",
        "Nous preferons que ce rapport ne figure pas parmi les contributions mises en ligne, pour la securite de notre equipe sur le terrain.",
    ),
    (
        "fr",
        "C",
        "Les photographies figurant en annexe ont été prises sans l'accord des personnes concernées ; elles ne doivent pas être rendues publiques.",
    ),
    (
        "fr",
        "C",
        "Nous vous remercions de traiter cette contribution comme une communication confidentielle et de ne pas la publier.",
    ),
    (
        "fr",
        "C",
        "Ce dossier vous est confié pour votre seule information, je vous prie de ne pas le faire circuler ni le joindre au rapport.",
    ),
    (
        "fr",
        "C",
        "En tant qu'avocate de M. R., je vous transmets son récit de l'escorte. Mon client ne souhaite pas que ce récit soit publié, cité ou communiqué aux autorités de l'État concerné.",
    ),
    (
        "fr",
        "C",
        "Le Ministère de l'Intérieur souhaite que sa réponse ne soit pas publiée, dans la mesure où elle fait état de contrats couverts par le secret des affaires.",
    ),
    (
        "fr",
        "C",
        "Nous demandons que le tableau des sanctions (section 3) reste hors de toute diffusion, et le reste du document aussi d'ailleurs.",
    ),
    (
        "fr",
        "C",
        "je prefere que ma lettre reste entre vous et moi. je suis encore employe par la societe qui gere le centre",
    ),
    (
        "fr",
        "C",
        "Les données de l'enquête ont été collectées sous engagement de confidentialité ; nous ne sommes donc pas en mesure d'autoriser leur publication.",
    ),
    # -- Spanish ------------------------------------------------------------------------
    (
        "es",
        "C",
        "La Misión Permanente tiene el honor de transmitir la respuesta del Ministerio del Interior y solicita que la misma no sea publicada en el sitio web del ACNUDH.",
    ),
    ("es", "C", "Se solicita que la presente contribución sea tratada de manera confidencial."),
    (
        "es",
        "C",
        "Les envío el relato de mi hijo, que estuvo detenido en la estación migratoria. Les pido que quede entre ustedes; si lo leen en la empresa, lo van a buscar.",
    ),
    (
        "es",
        "C",
        "Los testimonios del anexo 2 no deben ser reproducidos ni citados bajo ninguna circunstancia, porque esas personas siguen en el centro.",
    ),
    (
        "es",
        "C",
        "Nuestra organización opta por la modalidad no pública prevista en la convocatoria.",
    ),
    (
        "es",
        "C",
        "por favor no lo suban a internet, yo trabajo todavia como guardia en la frontera y me pueden despedir",
    ),
    (
        "es",
        "C",
        "El sindicato agradece la oportunidad de participar. Solicitamos, sin embargo, que este documento no se difunda fuera del Grupo de Trabajo, ya que varios afiliados han recibido amenazas.",
    ),
    (
        "es",
        "C",
        "Adjuntamos el informe y los tres anexos con las fichas de los casos. Ninguno de estos documentos puede publicarse ni entregarse a las autoridades.",
    ),
    (
        "es",
        "C",
        "La Defensoría remite estas observaciones solo para que el Grupo de Trabajo las tenga en cuenta en su estudio; no están destinadas a difundirse.",
    ),
    (
        "es",
        "C",
        "Les ruego que este correo y lo que adjunto no salga de su oficina. Los escoltas de la empresa saben quien habla con ustedes.",
    ),
    (
        "es",
        "C",
        "Favor de no publicar el mapa de la página 4, donde se ven los puntos de cruce que usan las familias.",
    ),
    (
        "es",
        "C",
        "Este documento contiene información privada de personas migrantes y no debe hacerse público.",
    ),
    (
        "es",
        "C",
        "Como abogados de la persona afectada, remitimos su declaración para conocimiento del Grupo de Trabajo. Nuestro cliente no autoriza que se cite, se reproduzca ni se entregue a terceros.",
    ),
    (
        "es",
        "C",
        "Preferiríamos que nuestro aporte no se hiciera público, dado que la empresa contratista tiene demandas abiertas contra organizaciones como la nuestra.",
    ),
    (
        "es",
        "C",
        "La información se comparte exclusivamente con fines de consulta y no debe circular más allá de los miembros del Grupo.",
    ),
    (
        "es",
        "C",
        "Agradeceríamos que la tabla de incidentes no figure en ningún documento abierto, ni ahora ni más adelante.",
    ),
    (
        "es",
        "C",
        "Solicitamos expresamente que esta comunicación no se publique en la página web de la Oficina ni se comparta con el Estado.",
    ),
    (
        "es",
        "C",
        "Les comparto esto para que lo tengan en cuenta, pero no quiero que salga en ningun lado. Aqui todos se conocen.",
    ),
]

# (language, label, text): publish, but without who wrote it (or whom it names).
ANONYMOUS = [
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "A",
        "Notre association accepte la mise en ligne de sa contribution, mais préfère que son nom n'apparaisse pas : nos bénévoles interviennent chaque semaine en zone d'attente.",
    ),
    (
        "fr",
        "A",
        "Vous pouvez la mettre en ligne mais sans indiquer qui l'a ecrite, je travaille toujours pour la societe de gardiennage.",
    ),
    (
        "fr",
        "A",
        "D'accord pour publier, à condition que ce soit anonyme ; je suis encore en procédure de recours.",
    ),
    (
        "fr",
        "A",
        "Nous consentons à la publication à condition que les noms des personnes retenues et des agents mentionnés soient supprimés.",
    ),
    (
        "fr",
        "A",
        "Le texte peut être diffusé, en l'attribuant simplement à « une organisation de soutien aux personnes exilées ».",
    ),
    (
        "fr",
        "A",
        "je veux bien que ce soit publie mais sans que l'on sache que c'est moi, j'ai encore de la famille la-bas",
    ),
    (
        "fr",
        "A",
        "Le cabinet ne s'oppose pas à la mise en ligne du mémoire, pourvu que notre client n'y soit désigné que par la lettre « A ».",
    ),
    (
        "fr",
        "A",
        "Notre contribution peut être publiée. Merci toutefois de retirer notre logo et la signature de la directrice, pour la sécurité de l'équipe.",
    ),
    (
        "fr",
        "A",
        "Publiez-la, oui, mais sous couvert d'anonymat : nos enquêteurs travaillent encore dans la zone frontalière.",
    ),
    (
        "fr",
        "A",
        "Nous ne voyons pas d'inconvénient à ce que ce document soit rendu public, à condition qu'aucun élément ne permette d'identifier nos sources au sein de l'entreprise.",
    ),
    # -- Spanish ------------------------------------------------------------------------
    (
        "es",
        "A",
        "La organización acepta que el documento aparezca en la web de la Oficina, pero sin su nombre: basta con poner 'organización de la sociedad civil'.",
    ),
    (
        "es",
        "A",
        "Pueden publicarlo, pero sin decir de dónde viene. Todavía trabajo en el centro de detención.",
    ),
    (
        "es",
        "A",
        "Dadas las amenazas que hemos recibido este año, solicitamos que el aporte aparezca en forma anónima.",
    ),
    (
        "es",
        "A",
        "No nos oponemos a que se suba a la página, pero antes hay que tachar los nombres de los custodios y de las personas detenidas que aparecen en el anexo.",
    ),
    (
        "es",
        "A",
        "Estamos de acuerdo con que se difunda, pero atribuido a 'una organización de la sociedad civil de la frontera norte', sin más datos.",
    ),
    (
        "es",
        "A",
        "pueden ponerlo en internet pero sin mis datos personales por favor, mi esposo sigue detenido",
    ),
    (
        "es",
        "A",
        "El despacho no se opone a la publicación del escrito, siempre que a nuestro representado se le identifique solo con sus iniciales.",
    ),
    (
        "es",
        "A",
        "Se autoriza la publicación, con la reserva de que no se mencione a la institución ni a su personal.",
    ),
    (
        "es",
        "A",
        "Publiquenlo, pero quiten nuestro logotipo y las firmas del final; ya tuvimos problemas con la empresa de seguridad.",
    ),
    (
        "es",
        "A",
        "Aceptamos que se publique, pero sin identificar a las fuentes ni a los trabajadores del consulado que nos dieron la información.",
    ),
]

# (language, label, text): a plain yes, or a yes with a harmless condition.
CONSENT = [
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "P",
        "Veuillez trouver en pièce jointe le rapport de l'Observatoire des frontières sur les escortes lors des éloignements forcés. Nous en autorisons la diffusion sur la page de l'appel.",
    ),
    ("fr", "P", "Le Gouvernement n'émet aucune objection à la publication de la présente réponse."),
    (
        "fr",
        "P",
        "Rien dans ce document ne relève du secret : les chiffres proviennent des rapports d'activité de la préfecture et de nos propres permanences.",
    ),
    (
        "fr",
        "P",
        "Nous serions heureux que notre rapport figure sur la page de l'appel, avec le logo de la Clinique juridique des frontières.",
    ),
    ("fr", "P", "Vous pouvez citer et diffuser ce document librement, en mentionnant la source."),
    (
        "fr",
        "P",
        "c'est d'accord pour la publication, et mettez mon vrai nom, ma famille est d'accord aussi",
    ),
    # -- Spanish ------------------------------------------------------------------------
    (
        "es",
        "P",
        "Pueden publicarla tal cual. Muchas gracias por abrir esta consulta a organizaciones pequeñas como la nuestra.",
    ),
    (
        "es",
        "P",
        "En respuesta a la convocatoria, remitimos nuestro aporte sobre las empresas que operan los centros de verificación de visados. La Red autoriza que se difunda en el portal del ACNUDH.",
    ),
    ("es", "P", "El Ministerio no tiene inconveniente en que esta respuesta se haga pública."),
    ("es", "P", "No hay nada reservado en este aporte; puede difundirse íntegramente."),
    (
        "es",
        "P",
        "Nos gustaría que nuestra contribución se publique con el nombre y el logotipo de la Red Fronteras Dignas y, de ser posible, con un enlace a nuestra web.",
    ),
    ("es", "P", "no tenemos problema en que la suban, al contrario, queremos que se sepa"),
]

# (language, label, text): an officer must ask (dates, clearance, parts, disagreement).
MIXED = [
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "U",
        "La contribution pourra être publiée à compter du 1er avril, date de la sortie de notre rapport annuel.",
    ),
    (
        "fr",
        "U",
        "Nous sommes d'accord pour la publication, sauf si les autorités de l'État concerné devaient s'y opposer.",
    ),
    (
        "fr",
        "U",
        "Le Ministère doit encore se prononcer sur la diffusion de cette note ; nous reviendrons vers vous dès que possible.",
    ),
    (
        "fr",
        "U",
        "Vous pouvez publier la synthèse, mais pas les annexes, sur lesquelles nous devons encore consulter les personnes interrogées.",
    ),
    # -- Spanish ------------------------------------------------------------------------
    (
        "es",
        "U",
        "Pueden publicarla una vez que el tribunal dicte sentencia en el caso de nuestro representado.",
    ),
    (
        "es",
        "U",
        "Estamos de acuerdo en que se publique el resumen; el informe completo lo tenemos que consultar con la asamblea.",
    ),
    (
        "es",
        "U",
        "mi compañera quiere que se publique y yo no estoy seguro, les confirmamos la proxima semana",
    ),
    (
        "es",
        "U",
        "Nos parece bien que el documento se difunda, pero solo a partir del 30 de septiembre, cuando lo presentemos ante la comisión del Congreso.",
    ),
]

# (language, label, [question, answer]): a form, labelled by what its answer means.
FORMS = [
    # -- French -------------------------------------------------------------------------
    ("fr", "U", ["Acceptez-vous que le HCDH mette votre document en ligne ?", "Oui sauf annexe"]),
    (
        "fr",
        "C",
        [
            "Faut-il retirer votre contribution de la liste des documents mis en ligne ?",
            "Oui, entièrement",
        ],
    ),
    # -- Spanish ------------------------------------------------------------------------
    (
        "es",
        "P",
        [
            "¿Podemos incluir su documento entre las contribuciones recibidas que se mostrarán en línea?",
            "Sí, sin problema",
        ],
    ),
    ("es", "U", ["Confidencialidad del aporte (marque lo que corresponda)", "n/a"]),
]
