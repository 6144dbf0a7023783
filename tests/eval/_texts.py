"""Paragraph pools for the evaluation documents (invented text on the call's topic).

The generic pools avoid every word about publication or confidentiality: those are placed
on purpose, message by message, in make_eval.py.
"""

from __future__ import annotations

import random

from _build import P, seed_of

EN = [
    P("""Private military and security companies are increasingly contracted by States to
    operate immigration detention centres, to escort deportation flights and to guard
    reception facilities. In our monitoring over the past five years we documented at least
    fourteen facilities in which day-to-day management had been outsourced to commercial
    contractors, often with minimal oversight and with staff who had received little training
    in human rights standards."""),
    P("""Migrants held in privately run facilities told our researchers that they were rarely
    informed of their right to seek asylum or to contact a lawyer. Several described the use
    of restraints during transfers, solitary confinement as a disciplinary measure and the
    confiscation of mobile phones, which cut them off from their families and legal
    representatives for weeks at a time."""),
    P("""Border surveillance has become a lucrative market. Companies supply drones, thermal
    cameras, biometric databases and, in some cases, armed personnel who patrol land borders
    alongside State officials. The blurring of public and private roles makes it difficult for
    victims to identify who is responsible when abuses occur and which remedy is available to
    them."""),
    P("""Accountability remains the central gap. Performance indicators in service contracts
    focus on cost and security rather than on the treatment of detainees, and complaints
    mechanisms are either absent or managed by the contractor itself. Criminal investigations
    into deaths in custody have been slow and have rarely led to prosecutions."""),
    P("""We recommend that States retain direct responsibility for all coercive functions at
    borders, including detention, use of force and removal; that any remaining contracts
    include enforceable human rights clauses, independent inspection and regular reporting;
    and that victims have access to effective remedies regardless of whether the perpetrator
    was a State official or a private employee."""),
    P("""The Montreux Document and the International Code of Conduct for Private Security
    Service Providers offer useful guidance, but neither was drafted with migration settings in
    mind. Their standards on vetting, training and the use of force should be adapted to
    situations in which the people affected are particularly vulnerable, including children,
    survivors of trafficking and persons with disabilities."""),
    P("""In the maritime domain, private vessels and security contractors have been involved in
    interceptions and so-called pushbacks. Survivors interviewed in 2019 reported that masked
    men in unmarked boats disabled engines and left them adrift. Determining whether these men
    were State agents, contractors or criminal groups proved impossible for the families who
    later sought justice."""),
    P("""The outsourcing of immigration enforcement also raises concerns about data protection.
    Biometric and personal data collected by private contractors at borders may be shared with
    third countries or reused for commercial purposes. Migrants have no practical means to know
    what is stored about them, or to request correction or deletion."""),
    P("""Women and girls face specific risks in privately managed facilities, including sexual
    harassment by guards, lack of female staff and inadequate health care during pregnancy. We
    received credible reports of retaliation against women who filed complaints, including
    transfers to remote centres far from their lawyers."""),
    P("""We also note a trend of subcontracting chains: the main contractor often delegates
    tasks such as transport, catering or medical services to smaller companies, sometimes
    registered abroad. Each additional layer reduces transparency and makes it harder for
    oversight bodies to establish where responsibility lies."""),
    P("""Parliamentary oversight is weak. Budgets for border security are often grouped under
    broad headings, and legislators have told us they could not obtain basic information about
    the number of private guards deployed, the rules on the use of force they follow or the
    incidents recorded."""),
    P("""Detention in privately operated centres tends to last longer than in State-run
    facilities. Where operators are paid per detainee and per night, there is a structural
    incentive to keep beds full, and we found no mechanism that would counter this incentive or
    review the necessity of continued detention at regular intervals."""),
]

FR = [
    P("""Les sociétés militaires et de sécurité privées jouent un rôle croissant dans la gestion
    des frontières et de la migration. Dans plusieurs pays de la région, la surveillance des
    centres de rétention administrative, l'escorte des personnes éloignées et le contrôle des
    points de passage sont désormais confiés à des entreprises commerciales, souvent sans cadre
    juridique adapté."""),
    P("""Les personnes migrantes rencontrées par nos équipes décrivent des conditions de
    détention difficiles : surpopulation, accès limité aux soins, absence d'interprètes et
    recours fréquent à l'isolement. Beaucoup ignorent l'identité exacte de l'entreprise qui
    assure leur garde et ne savent pas à qui adresser une plainte."""),
    P("""La question de la responsabilité demeure centrale. Lorsque des violations sont commises
    par des agents privés, les victimes se heurtent à une chaîne de sous-traitance opaque, à des
    clauses contractuelles qui limitent la responsabilité de l'entreprise et à des autorités
    publiques qui se renvoient la charge de l'enquête."""),
    P("""Nous recommandons que les États conservent la maîtrise directe des fonctions impliquant
    l'usage de la force ou la privation de liberté, qu'ils soumettent les contrats à un contrôle
    parlementaire effectif et qu'ils garantissent aux victimes un accès réel à des voies de
    recours, y compris lorsque l'auteur des faits est un employé d'une société privée."""),
    P("""Le recours aux technologies de surveillance aux frontières, fournies par des
    entreprises privées, soulève également des préoccupations en matière de protection des
    données personnelles. Les données biométriques recueillies lors des contrôles peuvent être
    conservées pendant de longues périodes et partagées avec des États tiers sans que les
    intéressés en soient informés."""),
    P("""En mer, des navires privés ont été associés à des opérations d'interception. Des
    survivants ont raconté que des hommes armés, sans uniforme ni signe distinctif, avaient
    endommagé le moteur de leur embarcation avant de s'éloigner. Il est dans ces conditions
    presque impossible d'établir qui doit répondre de ces actes."""),
    P("""Les femmes et les enfants sont particulièrement exposés. Nous avons recueilli des
    témoignages faisant état de fouilles corporelles pratiquées par du personnel masculin, de
    l'absence de mesures adaptées pour les mineurs non accompagnés et de représailles contre les
    personnes ayant signalé des abus."""),
    P("""Le Document de Montreux et le Code de conduite international des entreprises de
    sécurité privées constituent des références utiles, mais ils ne tiennent pas suffisamment
    compte des spécificités du contexte migratoire. Leurs normes relatives au recrutement, à la
    formation et à l'usage de la force devraient être précisées pour ce contexte."""),
    P("""Entre 2017 et 2019, nos équipes ont effectué vingt-deux visites dans des lieux de
    privation de liberté gérés en tout ou en partie par des prestataires privés. Les constats
    détaillés figurent dans nos rapports annuels et sont résumés dans les paragraphes qui
    suivent."""),
    P("""La formation du personnel privé reste insuffisante. Les agents recrutés par les
    sociétés de sécurité reçoivent en moyenne quelques jours de formation, dont une part très
    réduite porte sur les droits de l'homme, le droit d'asile ou la prise en charge des
    personnes vulnérables."""),
    P("""La durée de la rétention tend à s'allonger lorsque l'exploitant est rémunéré à la
    journée et par personne retenue. Aucun mécanisme ne vient corriger cette incitation
    économique ni garantir un réexamen régulier de la nécessité du maintien en rétention."""),
]

ES = [
    P("""Las empresas militares y de seguridad privadas participan cada vez más en la gestión de
    las fronteras y de la migración. En varios países de la región, la custodia de estaciones
    migratorias, el traslado de personas deportadas y la vigilancia de puntos fronterizos se han
    delegado a compañías privadas, sin un marco normativo que garantice el respeto de los
    derechos humanos."""),
    P("""Las personas migrantes entrevistadas por nuestro equipo describieron condiciones de
    detención precarias: hacinamiento, falta de atención médica, ausencia de intérpretes y uso
    frecuente del aislamiento como castigo. Muchas no sabían qué empresa estaba a cargo de su
    custodia ni ante quién presentar una queja."""),
    P("""La rendición de cuentas sigue siendo el principal desafío. Cuando los abusos son
    cometidos por guardias privados, las víctimas enfrentan cadenas de subcontratación opacas,
    cláusulas que limitan la responsabilidad de las empresas y autoridades que evitan asumir la
    investigación de los hechos."""),
    P("""Recomendamos que los Estados mantengan bajo su control directo las funciones que
    implican el uso de la fuerza o la privación de libertad, que los contratos con empresas
    privadas estén sujetos a supervisión parlamentaria y que las víctimas tengan acceso efectivo
    a la justicia y a la reparación."""),
    P("""El uso de tecnologías de vigilancia en las fronteras, suministradas por empresas
    privadas, plantea además serias preocupaciones sobre la protección de datos personales. Los
    datos biométricos recogidos en los controles pueden conservarse durante años y compartirse
    con terceros países sin conocimiento de las personas afectadas."""),
    P("""En la frontera sur documentamos casos de detenciones arbitrarias realizadas por personal
    de seguridad privada que no estaba facultado legalmente para ello. En algunos casos, los
    guardias retuvieron documentos de identidad y exigieron pagos a cambio de permitir el
    paso."""),
    P("""Las mujeres, niñas y niños migrantes enfrentan riesgos específicos. Recibimos
    testimonios sobre revisiones corporales realizadas por personal masculino, falta de espacios
    separados para familias y represalias contra quienes denunciaron abusos ante las
    autoridades."""),
    P("""El Documento de Montreux y el Código de Conducta Internacional para Proveedores de
    Servicios de Seguridad Privada ofrecen pautas útiles, pero no fueron concebidos para
    contextos migratorios. Sus normas sobre selección, capacitación y uso de la fuerza deberían
    adaptarse a la situación de personas en especial vulnerabilidad."""),
    P("""Entre 2018 y 2019 acompañamos ciento cuarenta casos de personas retenidas en
    instalaciones operadas por empresas privadas, cuyos patrones se resumen a continuación: falta
    de acceso a un abogado, traslados nocturnos sin aviso y uso excesivo de la fuerza durante
    las deportaciones."""),
    P("""La capacitación del personal privado es insuficiente. Los guardias contratados reciben
    en promedio pocos días de formación, de los cuales una parte mínima aborda los derechos
    humanos, el derecho de asilo o la atención a personas en situación de vulnerabilidad."""),
    P("""La duración de la detención tiende a prolongarse cuando el operador recibe un pago por
    persona y por noche. No existe ningún mecanismo que corrija ese incentivo económico ni que
    garantice una revisión periódica de la necesidad de mantener a una persona detenida."""),
]

GOV_EN = [
    P("""Under national legislation, the control of the State border and the detention and
    removal of foreign nationals are exclusive functions of the competent State authorities.
    Private security companies may not exercise powers of arrest, detention or use of force in
    the context of immigration enforcement."""),
    P("""Private security companies operating in the country must hold a licence issued by the
    Ministry of the Interior. Licensing requires background checks of managers and staff,
    minimum training requirements and proof of insurance, and licences may be suspended or
    revoked in case of serious violations."""),
    P("""Where private contractors provide ancillary services at immigration facilities, such as
    catering, cleaning or maintenance, their staff are supervised by State officials and are
    bound by a code of conduct that includes respect for the dignity and rights of all persons
    held in those facilities."""),
    P("""Complaints concerning the conduct of officials or private staff at border facilities
    may be lodged with the national ombudsperson, the courts or the internal inspection
    services. Statistics for 2018 and 2019 show a small number of complaints, all of which were
    investigated."""),
    P("""The Government supports the Montreux Document on pertinent international legal
    obligations and good practices for States related to operations of private military and
    security companies during armed conflict, and encourages other States to join it."""),
    P("""Training on human rights, the principle of non-refoulement and the identification of
    victims of trafficking is mandatory for border officials. In 2019, more than one thousand
    officers completed the course developed with the support of international partners."""),
]

GOV_FR = [
    P("""En vertu de la législation nationale, le contrôle des frontières, la rétention et
    l'éloignement des étrangers relèvent exclusivement des autorités compétentes de l'État. Les
    entreprises privées de sécurité ne peuvent exercer aucun pouvoir d'interpellation, de
    rétention ou de contrainte dans ce cadre."""),
    P("""Les entreprises privées de sécurité doivent obtenir une autorisation délivrée par
    l'autorité administrative compétente. Celle-ci est subordonnée à une enquête de moralité, à
    des exigences de formation et à la souscription d'une assurance ; elle peut être suspendue
    ou retirée en cas de manquement grave."""),
    P("""Lorsque des prestataires privés assurent des services annexes dans les lieux de
    rétention, tels que la restauration, le nettoyage ou la maintenance, leur personnel agit
    sous le contrôle des agents de l'État et est tenu au respect d'un code de déontologie."""),
    P("""Les personnes retenues peuvent saisir l'institution nationale des droits de l'homme,
    le médiateur ou les juridictions compétentes. Toute plainte fait l'objet d'une enquête, et
    les statistiques des deux dernières années font apparaître un nombre limité de
    réclamations."""),
    P("""Le Gouvernement soutient le Document de Montreux et encourage les autres États à s'y
    associer ainsi qu'à promouvoir le Code de conduite international des entreprises de
    sécurité privées."""),
]

GOV_ES = [
    P("""De conformidad con la legislación nacional, el control migratorio, la detención
    administrativa y la deportación de personas extranjeras son funciones exclusivas de las
    autoridades competentes del Estado. Las empresas de seguridad privada no están facultadas
    para detener, retener ni usar la fuerza en este ámbito."""),
    P("""Las empresas de seguridad privada deben contar con una autorización otorgada por la
    autoridad competente, que exige la verificación de antecedentes del personal, requisitos
    mínimos de capacitación y la contratación de seguros. Las autorizaciones pueden suspenderse
    o revocarse en caso de infracciones graves."""),
    P("""Cuando contratistas privados prestan servicios complementarios en las estaciones
    migratorias, como alimentación, limpieza o mantenimiento, su personal actúa bajo la
    supervisión de servidores del Estado y está sujeto a un código de conducta."""),
    P("""Las personas migrantes pueden presentar quejas ante la institución nacional de derechos
    humanos, los tribunales o los órganos internos de control. En 2018 y 2019 se recibieron
    pocas quejas, todas las cuales fueron investigadas."""),
    P("""El Gobierno apoya el Documento de Montreux y alienta a otros Estados a adherirse a él,
    así como a promover el Código de Conducta Internacional para Proveedores de Servicios de
    Seguridad Privada."""),
    P("""La capacitación en derechos humanos, en el principio de no devolución y en la
    identificación de víctimas de trata es obligatoria para el personal que labora en los puntos
    de internación del país."""),
]

PT = [
    P("""As empresas militares e de segurança privadas têm assumido um papel cada vez maior na
    gestão das fronteiras e da migração. No Brasil, a vigilância de determinados postos de
    fronteira e o transporte de pessoas migrantes foram delegados a empresas contratadas, o que
    exige mecanismos de fiscalização adequados."""),
    P("""O Governo brasileiro considera que as funções que envolvem o uso da força e a privação
    de liberdade devem permanecer sob responsabilidade direta do Estado. A legislação nacional
    estabelece requisitos de autorização, formação e controle para as empresas de segurança
    privada que atuam no território nacional."""),
    P("""A Polícia Federal realiza inspeções periódicas e mantém um registro atualizado das
    empresas autorizadas. Eventuais denúncias de abusos cometidos por funcionários dessas
    empresas podem ser apresentadas às corregedorias, ao Ministério Público e à Defensoria
    Pública da União."""),
    P("""No contexto da Operação Acolhida, em Roraima, as atividades de recepção, identificação
    e abrigamento de pessoas venezuelanas são coordenadas por órgãos públicos, com apoio de
    organismos internacionais e da sociedade civil, sem participação de empresas militares
    privadas."""),
]

RU = [
    P("""Постоянное представительство Российской Федерации при Отделении ООН и других
    международных организациях в Женеве свидетельствует свое уважение Управлению Верховного
    комиссара Организации Объединенных Наций по правам человека и в связи с запросом Рабочей
    группы по вопросу об использовании наемников имеет честь сообщить следующее."""),
    P("""Законодательство Российской Федерации не допускает участия частных военных компаний в
    охране государственной границы. Пограничный контроль осуществляется исключительно
    федеральными органами исполнительной власти, а частные охранные организации действуют на
    основании лицензии и в строго ограниченных законом пределах."""),
    P("""Частные охранные организации не вправе осуществлять задержание иностранных граждан, их
    содержание под стражей или выдворение. Эти функции возложены на органы внутренних дел и
    пограничные органы, деятельность которых находится под надзором прокуратуры."""),
    P("""Сотрудники пограничных органов проходят регулярную подготовку по вопросам прав
    человека, включая обращение с несовершеннолетними без сопровождения и выявление жертв
    торговли людьми."""),
    P("""Постоянное представительство пользуется случаем, чтобы возобновить Управлению
    Верховного комиссара уверения в своем весьма высоком уважении."""),
]

AR = [
    P("""تهدي البعثة الدائمة لجمهورية العراق لدى مكتب الأمم المتحدة في جنيف أطيب تحياتها إلى
    مفوضية الأمم المتحدة السامية لحقوق الإنسان، وبالإشارة إلى طلب الفريق العامل المعني باستخدام
    المرتزقة، تتشرف بأن تحيل إليها المعلومات التالية."""),
    P("""لا يسمح القانون العراقي للشركات العسكرية والأمنية الخاصة بممارسة مهام مراقبة الحدود أو
    احتجاز المهاجرين. وتتولى وزارة الداخلية ومديرية شؤون الإقامة هذه المهام حصرا، وتخضع الشركات
    الأمنية الخاصة لنظام ترخيص ورقابة صارم."""),
    P("""وقد اتخذت الحكومة تدابير لتعزيز تدريب الموظفين العاملين في المنافذ الحدودية على معايير
    حقوق الإنسان، ولا سيما فيما يتعلق بحماية الأطفال والنساء وضحايا الاتجار بالبشر."""),
    P("""وتغتنم البعثة الدائمة هذه الفرصة لتعرب مجددا للمفوضية السامية عن فائق تقديرها
    واحترامها."""),
]

PT_NGO = [
    P("""Desde 2017, a nossa rede acompanha pessoas migrantes e refugiadas na fronteira norte
    do país. Registramos casos em que seguranças de empresas contratadas impediram o acesso de
    famílias aos postos de triagem, retiveram documentos de identidade e fizeram revistas sem a
    presença de agentes públicos."""),
    P("""Os abrigos temporários administrados por empresas privadas não dispõem de mecanismos
    independentes de queixa. As pessoas entrevistadas relataram medo de represálias, falta de
    intérpretes e ausência de informação sobre o direito de solicitar refúgio."""),
    P("""Recomendamos que o Estado mantenha sob a sua responsabilidade direta todas as funções
    que envolvem o uso da força, a privação de liberdade e o controle migratório, e que os
    contratos em vigor prevejam cláusulas de direitos humanos e inspeções regulares."""),
    P("""Também observamos que os dados biométricos recolhidos nos postos de fronteira são
    armazenados por fornecedores privados, sem que as pessoas migrantes saibam quem tem acesso
    a essas informações nem por quanto tempo elas são guardadas."""),
]

PT_GOV = [
    P("""A República de Moçambique não autoriza empresas militares ou de segurança privadas a
    exercer funções de controlo de fronteiras. A vigilância das fronteiras terrestres e
    marítimas compete ao Serviço Nacional de Migração e à Polícia da República de Moçambique,
    nos termos da legislação em vigor."""),
    P("""As empresas de segurança privada licenciadas pelo Ministério do Interior podem prestar
    serviços de guarda em instalações portuárias e aeroportuárias, mas não podem deter, revistar
    ou transferir cidadãos estrangeiros. O seu pessoal recebe formação obrigatória sobre
    direitos humanos antes do licenciamento."""),
    P("""Nos centros de trânsito para pessoas migrantes, a gestão é assegurada por entidades
    públicas, com o apoio de organizações internacionais. Eventuais queixas podem ser dirigidas
    à Comissão Nacional dos Direitos Humanos e ao Provedor de Justiça."""),
]

IT = [
    P("""Negli ultimi anni la gestione dei centri di permanenza per il rimpatrio è stata
    affidata, attraverso gare d'appalto al ribasso, a società private e cooperative che spesso
    non dispongono di personale formato. Le nostre visite hanno documentato carenze gravi
    nell'assistenza sanitaria, nell'informazione legale e nella mediazione linguistica."""),
    P("""Le persone trattenute ci hanno riferito episodi di uso della forza da parte del
    personale di vigilanza privata durante i trasferimenti e le proteste. In nessun caso è stato
    possibile accertare quale ente fosse responsabile, né ottenere i registri degli eventi
    critici."""),
    P("""Nel Mediterraneo centrale, navi mercantili e società di sicurezza marittima sono state
    coinvolte in operazioni di intercettazione e di riconduzione verso porti non sicuri. La
    catena delle responsabilità tra Stati, agenzie e imprese resta opaca per le vittime e per i
    loro familiari."""),
    P("""Raccomandiamo che le funzioni coercitive restino in capo allo Stato, che i contratti
    includano obblighi espliciti in materia di diritti umani e ispezioni indipendenti, e che le
    vittime abbiano accesso a rimedi effettivi indipendentemente dalla natura pubblica o privata
    dell'autore."""),
]

DE = [
    P("""In mehreren Bundesländern werden Sammelunterkünfte und Abschiebungshafteinrichtungen
    inzwischen von privaten Sicherheitsdiensten bewacht. Unsere Beratungsstellen dokumentierten
    Fälle, in denen Wachpersonal ohne ausreichende Schulung Zimmerkontrollen durchführte,
    Besuche verweigerte und Beschwerden von Bewohnerinnen und Bewohnern nicht weiterleitete."""),
    P("""Die Vergabe dieser Aufträge erfolgt häufig an Subunternehmer, deren Beschäftigte
    schlecht bezahlt und kaum überprüft werden. Für die betroffenen Menschen ist nicht
    erkennbar, wer für Übergriffe verantwortlich ist und an welche Stelle sie sich wenden
    können."""),
    P("""An den Außengrenzen der Europäischen Union setzen Behörden zunehmend Drohnen,
    Wärmebildkameras und biometrische Systeme privater Anbieter ein. Die Kontrolle darüber, wie
    diese Daten gespeichert, weitergegeben und gelöscht werden, ist bislang unzureichend."""),
    P("""Wir empfehlen, Zwangsbefugnisse an Grenzen und in der Abschiebungshaft ausschließlich
    staatlichen Stellen vorzubehalten, verbindliche menschenrechtliche Vertragsklauseln und
    unabhängige Kontrollen einzuführen und den Betroffenen wirksame Beschwerdewege zu
    eröffnen."""),
]

POOLS = {
    "en": EN,
    "fr": FR,
    "es": ES,
    "gov-en": GOV_EN,
    "gov-fr": GOV_FR,
    "gov-es": GOV_ES,
    "pt-ngo": PT_NGO,
    "pt-gov": PT_GOV,
    "it": IT,
    "de": DE,
}


def pick(pool: str, k: int, key: str) -> list[str]:
    """k paragraphs of a pool, chosen and ordered by the message's key."""
    items = POOLS[pool]
    return random.Random(seed_of(key)).sample(items, min(k, len(items)))


DISCLAIMER_EN = P("""This e-mail and any attachments are confidential and intended solely for
the use of the individual or entity to whom they are addressed. If you have received this
e-mail in error, please notify the sender immediately and delete it from your system. Any
unauthorised use, disclosure or copying is strictly prohibited.""")

DISCLAIMER_EN2 = P("""CONFIDENTIALITY NOTICE: The information contained in this message is
privileged and confidential and is intended only for the recipient named above. If the reader
of this message is not the intended recipient, you are hereby notified that any dissemination,
distribution or copy of this communication is strictly prohibited.""")

DISCLAIMER_FR = P("""Ce message et toutes les pièces jointes sont confidentiels et établis à
l'intention exclusive de leurs destinataires. Si vous avez reçu ce message par erreur, merci de
le détruire et d'en avertir immédiatement l'expéditeur. Toute utilisation ou diffusion non
autorisée est interdite.""")

DISCLAIMER_ES = P("""AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y
están dirigidos exclusivamente a su destinatario. Si usted no es el destinatario, le informamos
que cualquier uso, divulgación o copia está prohibido. Si lo ha recibido por error, le rogamos
que lo comunique al remitente y lo elimine.""")

CALL_QUOTE = """\
> From: WG Mercenaries (OHCHR) <wg-mercenaries@ohchr.example>
> Sent: Monday, 3 February 2020 10:14
> Subject: Call for inputs: The role of private military and security companies in
> immigration and border management
>
> Dear colleagues,
>
> The Working Group on the use of mercenaries invites States, civil society, academics and
> other stakeholders to send written submissions by 17 March 2020. Submissions should not
> exceed 10,000 words and should be sent in Word or PDF format. Please indicate whether the
> submission may be published on the OHCHR website or be treated as confidential.
>
> Kind regards,
> Secretariat of the Working Group
"""
