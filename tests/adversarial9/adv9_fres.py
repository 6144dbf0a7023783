# ruff: noqa: E501 - the sentences are data, kept one to a line
"""The ninth collection's statements in French and Spanish, written by hand without
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
        "Les centres de rétention administrative sont gérés en partie par des prestataires privés dont les marchés ne sont jamais rendus publics, et le rapport d'inspection de 2022 est resté confidentiel. Nous préférerions que seule votre équipe lise ce qui suit.",
    ),
    (
        "fr",
        "C",
        "Tout ceci ne doit pas sortir de Genève, vous le comprendrez : les personnes qui nous ont parlé sont encore retenues.",
    ),
    (
        "fr",
        "C",
        "Je vous remercie de réserver à ce témoignage le traitement que vous accordez aux plaintes individuelles.",
    ),
    (
        "fr",
        "C",
        "Une dernière chose : merci de ne pas le ranger avec les autres contributions sur votre page.",
    ),
    (
        "fr",
        "C",
        "L'annexe 3 contient la liste de nos sources. Elle, et à vrai dire tout le reste, ne peut pas circuler.",
    ),
    (
        "fr",
        "C",
        "Comme convenu lundi au téléphone avec M. Diallo, les conditions habituelles s'appliquent à cet envoi.",
    ),
    (
        "fr",
        "C",
        "Je vous écris de la part de Mme K., qui ne parle pas anglais ; elle souhaite que son récit reste entre les mains des experts et de personne d'autre.",
    ),
    (
        "fr",
        "C",
        "est ce que c possible que ca reste entre nous ? le directeur du centre lit tout ce qui sort sur internet",
    ),
    (
        "fr",
        "C",
        "Sous réserve de tous droits et sans préjudice de la procédure pendante devant le tribunal administratif, les pièces jointes sont communiquées au Groupe de travail à titre strictement confidentiel et ne peuvent être ni reproduites ni transmises à des tiers.",
    ),
    (
        "fr",
        "C",
        "Désolés d'insister, mais notre conseil d'administration refuse que ce texte figure sur un site des Nations Unies.",
    ),
    (
        "fr",
        "C",
        "Si la mise en ligne est une condition pour que notre contribution soit examinée, alors nous préférons la retirer.",
    ),
    (
        "fr",
        "C",
        "Nous vous envoyons ces informations pour aider mais nous demandons que vous ne le mettez pas visible pour le public, c'est dangereux pour les familles.",
    ),
    (
        "fr",
        "C",
        "Suite à mon courriel du 3 mars, je vous confirme que rien de ce que nous avons envoyé ne peut être rendu public.",
    ),
    (
        "fr",
        "C",
        "Les escortes lors des éloignements forcés sont confiées à une société privée dont le contrat n'a jamais été publié ; le public n'apprend les incidents que par la presse. La Contrôleure générale a rendu publiques ses recommandations en 2021, mais la réponse du ministère reste confidentielle. Quant à ce courrier, il s'adresse au Groupe de travail et à lui seul.",
    ),
    (
        "fr",
        "C",
        "Mon frère a été expulsé par une équipe d'escorte privée en mars. Je vous raconte ce qui s'est passé mais je ne veux pas le voir sur internet.",
    ),
    (
        "fr",
        "C",
        "Conformément à l'arrangement convenu avec le secrétariat le 12 juin, la présente réponse n'a pas vocation à être mise en ligne.",
    ),
    # -- Spanish ------------------------------------------------------------------------
    (
        "es",
        "C",
        "Las estaciones migratorias del sur están custodiadas por empresas de seguridad privada cuyos contratos nunca se han hecho públicos, y el informe de la comisión de 2023 sigue siendo confidencial. Preferiríamos que lo que sigue lo viera únicamente su equipo.",
    ),
    (
        "es",
        "C",
        "Esto no sale de Ginebra, ¿verdad? Las personas que nos dieron los nombres siguen adentro.",
    ),
    ("es", "C", "Confío en que darán a mi relato el mismo trato que a una denuncia individual."),
    ("es", "C", "Por favor no lo pongan junto a los demás en su página."),
    (
        "es",
        "C",
        "El anexo enumera nuestras fuentes. Eso, y la verdad el resto también, no puede andar circulando.",
    ),
    (
        "es",
        "C",
        "Tal como quedamos por teléfono con la Sra. Okafor el martes, rigen los mismos términos de la vez pasada.",
    ),
    (
        "es",
        "C",
        "Le escribo en nombre del señor R., que no habla inglés: me pidió decirles que su declaración es solo para los expertos y que no se la enseñen a nadie más.",
    ),
    (
        "es",
        "C",
        "porfa no lo suban a internet, los guardias del albergue me conocen y conocen a mis hijos",
    ),
    (
        "es",
        "C",
        "Sin perjuicio de las acciones que nuestro representado pueda ejercer en el procedimiento en curso ante el Tribunal Contencioso-Administrativo, y con reserva de todos sus derechos, la documentación adjunta se remite al Grupo de Trabajo con carácter reservado y no podrá ser publicada, reproducida ni transmitida a terceros.",
    ),
    (
        "es",
        "C",
        "Disculpen la molestia, pero nuestra junta directiva no permite que esto aparezca en una página de la ONU.",
    ),
    ("es", "C", "Si para ser considerada tiene que publicarse, entonces denla por retirada."),
    (
        "es",
        "C",
        "les mandamos esta informacion para ayudar pero pedimos que no la ponen para el publico porque el abogado dice que puede perjudicar el caso de las familias",
    ),
    ("es", "C", "¿Podría ser esta una de las que ustedes no suben? Sé que publican casi todas."),
    (
        "es",
        "C",
        "Los vuelos de deportación se contratan con una aerolínea privada y el público solo se entera de los incidentes cuando un periodista obtiene el manifiesto mediante una solicitud de acceso a la información. El protocolo del ministerio se publicó en 2020; el manual de la empresa sigue siendo confidencial. En cuanto a esta carta, les pedimos que quede en manos del Grupo de Trabajo y nada más.",
    ),
    (
        "es",
        "C",
        "Ya nos pasó una vez: una contribución nuestra salió citada en la prensa a la semana de publicarse. Esta se queda con ustedes.",
    ),
    (
        "es",
        "C",
        "La empresa me autorizó a compartir la política adjunta con el Grupo de Trabajo en el entendido estricto de que no será divulgada.",
    ),
]

# (language, label, text): it may be published, but without the submitter's name.
ANONYMOUS = [
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "A",
        "Vous pouvez mettre le texte en ligne. Laissez simplement le nom de l'association de côté ; « un collectif d'ONG » suffira.",
    ),
    (
        "fr",
        "A",
        "Nos adhérents travaillent dans les centres ; ils veulent bien que le texte soit lu, pourvu qu'on ne puisse pas savoir de quel syndicat il vient.",
    ),
    (
        "fr",
        "A",
        "Les familles acceptent que leurs récits soient diffusés, à condition que ni leur nom ni le nôtre n'apparaisse.",
    ),
    ("fr", "A", "Initiales seulement svp (A.B.), et vous pouvez publier."),
    (
        "fr",
        "A",
        "Pour ma sécurité, je demande que le témoignage soit mis en ligne sans mon nom ; le contenu, lui, peut être lu par tous.",
    ),
    (
        "fr",
        "A",
        "Les rapports d'incidents de la société sont des documents privés, et les marchés de la rétention ne sont pas accessibles au public. Ce que nous avons reconstitué est en pièce jointe : publiable, mais sans aucune signature.",
    ),
    (
        "fr",
        "A",
        "Excusez-moi de demander un traitement particulier : la contribution pourrait-elle paraître sans signature ? Pour le reste, aucun problème.",
    ),
    # -- Spanish ------------------------------------------------------------------------
    (
        "es",
        "A",
        "Pueden publicar el documento. Eso sí, dejen fuera el nombre de la organización y pongan 'una coalición de ONG de la frontera norte'.",
    ),
    (
        "es",
        "A",
        "Nuestras afiliadas trabajan dentro de las estaciones migratorias; están de acuerdo con que se lea el texto, pero nadie debe saber de qué sindicato viene.",
    ),
    ("es", "A", "Solo las iniciales, por favor (M.G.L.), y luego sí lo pueden subir."),
    (
        "es",
        "A",
        "¿Se puede publicar como 'un ex custodio de una empresa de seguridad'? Es la única forma en que me siento tranquilo con que sea público.",
    ),
    (
        "es",
        "A",
        "Reenvío esto en nombre de una abogada de nuestra red: está de acuerdo con que se publique, pero pide que no figuren ni su nombre ni el de su despacho.",
    ),
    (
        "es",
        "A",
        "no nos importa que este en linea pero sin nombres, ni el de la organizacion ni el mio",
    ),
    (
        "es",
        "A",
        "Previa supresión del membrete y de la firma, la contribución podrá incluirse en la página web del Grupo de Trabajo.",
    ),
]

# (language, label, text): it may be published, with the submitter's name.
CONSENT = [
    # -- French -------------------------------------------------------------------------
    ("fr", "P", "Je suppose qu'il n'y a pas de mal à ce que ce soit publié... oui, allez-y."),
    (
        "fr",
        "P",
        "Merci de nous citer comme « Observatoire des frontières (ODF) » lors de la publication.",
    ),
    (
        "fr",
        "P",
        "Ce n'est pas que nous ne voulions pas que ce soit publié, au contraire : nous étions juste en retard.",
    ),
    ("fr", "P", "Sera-t-elle en ligne avant la session ? Nous aimerions y renvoyer la délégation."),
    (
        "fr",
        "P",
        "Les contrats passés avec les sociétés privées ne sont jamais communiqués au public, et le ministère tient pour confidentiel jusqu'au nombre de vols d'éloignement. C'est précisément ce secret que dénonce notre note, que vous pouvez bien entendu publier.",
    ),
    (
        "fr",
        "P",
        "L'Institution n'a pas d'objection à la mise en ligne de sa contribution sous son nom.",
    ),
    ("fr", "P", "oui ok pour publier, plus il y a de monde qui le lit mieux c'est"),
    # -- Spanish ------------------------------------------------------------------------
    ("es", "P", "Supongo que no pasa nada si se publica. Sí, adelante."),
    (
        "es",
        "P",
        "Al publicarla, les agradeceríamos citarnos como 'Red de Monitoreo Fronterizo (RMF)'.",
    ),
    ("es", "P", "No es que no queramos que se publique - sí queremos, solo llegamos tarde."),
    (
        "es",
        "P",
        "¿Estará en la web antes del período de sesiones? Quisiéramos remitir a la delegación a ella.",
    ),
    (
        "es",
        "P",
        "Los contratos con empresas privadas nunca se divulgan al público y el ministerio trata como confidencial hasta el número de vuelos. Justamente de ese secreto trata nuestro informe, que por supuesto pueden publicar.",
    ),
    (
        "es",
        "P",
        "La Defensoría no tiene objeción alguna a que su contribución se publique en el sitio del ACNUDH.",
    ),
    (
        "es",
        "P",
        "Tras nuestra llamada de esta mañana: sí, la Clínica acepta que su escrito se publique.",
    ),
]

# (language, label, text): an officer must ask (conditions, embargoes, partial consent).
MIXED = [
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "U",
        "Pourriez-vous attendre le 15 octobre avant de la mettre en ligne ? Nous lançons le rapport ce jour-là.",
    ),
    (
        "fr",
        "U",
        "L'accord pour la publication dépend de notre bureau, qui se réunit jeudi prochain.",
    ),
    (
        "fr",
        "U",
        "Publiez, sauf si le gouvernement s'y oppose - nous lui en avons transmis une copie par courtoisie.",
    ),
    ("fr", "U", "L'annexe 2 peut être publiée ; pour le reste, je ne sais pas encore."),
    (
        "fr",
        "U",
        "Oui, vous pouvez publier. PS : en fait, laissez-moi une journée pour vérifier avec notre directrice avant de faire quoi que ce soit.",
    ),
    (
        "fr",
        "U",
        "Honnêtement, nous ne savons pas si nous voulons que ce soit public. Que font les autres organisations d'habitude ?",
    ),
    # -- Spanish ------------------------------------------------------------------------
    (
        "es",
        "U",
        "¿Podrían esperar hasta el 15 de octubre para subirla? Ese día presentamos el informe.",
    ),
    (
        "es",
        "U",
        "La autorización para publicar depende de la reunión de nuestra junta el próximo jueves; les escribo en cuanto se reúna.",
    ),
    (
        "es",
        "U",
        "Publíquenla, salvo que el gobierno se oponga: le hemos enviado una copia por cortesía.",
    ),
    ("es", "U", "El informe principal se puede publicar; los expedientes del anexo B, no."),
    (
        "es",
        "U",
        "Con gusto se publica, siempre que antes nos dejen ver la versión que piensan subir.",
    ),
    (
        "es",
        "U",
        "Mi colega cree que debería ser pública y yo creo que no; lo resolvemos entre los dos antes del viernes.",
    ),
]

# (language, label, [question, answer]): a form, labelled by what its answer means.
FORMS = [
    # -- French -------------------------------------------------------------------------
    ("fr", "C", ["Pouvons-nous publier votre contribution ?", "plutôt pas"]),
    ("fr", "A", ["Publication sur le site", "oui, au nom d'« un collectif d'ONG »"]),
    (
        "fr",
        "P",
        ["Votre contribution peut-elle figurer sur la page du Groupe de travail ?", "J'accepte"],
    ),
    ("fr", "U", ["Publication", "après le 1er décembre"]),
    # -- Spanish ------------------------------------------------------------------------
    (
        "es",
        "C",
        ["¿Podemos publicar su contribución en la página web del ACNUDH?", "preferimos que no"],
    ),
    ("es", "C", ["Confidencialidad", "toda la contribución, solo para el GT"]),
    ("es", "A", ["Nombre que aparecerá con su contribución", "ninguno, publíquenla sin nombre"]),
    ("es", "P", ["¿Está de acuerdo con que su contribución se haga pública?", "De acuerdo"]),
    ("es", "U", ["¿Autoriza la publicación?", "pregúntenme después de la reunión de la junta"]),
]
