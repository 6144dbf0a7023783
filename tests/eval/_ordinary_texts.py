"""Paragraphs of the ordinary submissions (_catalogue_ordinary.py), written for them alone.

Each pool holds paragraphs on the call's topic in one voice (an organization, a government,
a company); a message takes a few of them, in an order fixed by its slug.
"""

from __future__ import annotations

import hashlib
import random

from _build import seed_of

TOPIC = {
    "en": [
        "Since 2016 the running of the two largest immigration removal centres in the country "
        "has been contracted to a private operator. Staff are recruited through an agency, "
        "receive five days of induction training and are not required to hold any "
        "qualification in first aid, mental health or de-escalation.",
        "People held in these centres told our caseworkers that they were restrained by "
        "company officers during escorted removals, sometimes for the whole length of a "
        "charter flight. Restraint is recorded in the contractor's own logs, which are not "
        "shared with any independent body.",
        "The contracts are awarded by the Ministry of the Interior after a tender in which "
        "price counts for sixty per cent of the score. Human rights performance is not among "
        "the award criteria, and penalties for breaches are capped at a small share of the "
        "annual fee.",
        "Complaints against private guards are first handled by the company itself. Of the "
        "complaints we were able to trace over three years, fewer than one in ten reached the "
        "inspectorate, and none led to the termination of a contract.",
        "At sea, private vessels chartered by the coast guard have been used to intercept "
        "boats and bring people back to the port of departure. The crews are not trained in "
        "asylum procedures and there is no record of anyone being asked whether they wished "
        "to seek protection.",
        "Surveillance along the land border relies on towers, thermal cameras and drones "
        "supplied and maintained by private firms. The data they collect are stored on company "
        "servers, and it is not clear who may access them or for how long they are kept.",
        "Children and families are not exempt. We documented eleven cases in which "
        "unaccompanied minors were held for several days in a facility run by a private "
        "contractor before their age was assessed by a public authority.",
        "We recommend that States keep core functions such as detention, the use of force "
        "and decisions on entry in public hands, and that any contract with a private company "
        "be published, subject to independent monitoring and open to judicial review.",
        "Accountability is weakened by the layering of subcontracts. In one centre, catering, "
        "health care, transport and guarding were run by four different companies, each "
        "pointing to the others when things went wrong.",
        "Victims face real obstacles when they seek a remedy. Courts have held that the "
        "contractor, not the State, is the proper defendant, while the contractor relies on "
        "the instructions it received from the ministry.",
        "Private security staff at airports check travel documents on behalf of airlines, "
        "under carrier sanctions laws. Passengers turned away at boarding are given no written "
        "decision and no information on how to challenge it.",
        "The Working Group may wish to recall the Montreux Document and the International "
        "Code of Conduct for Private Security Service Providers, which many of the companies "
        "concerned have signed but whose standards are not written into their contracts.",
        "Migrants are often unable to tell a police officer from a private guard. Uniforms "
        "are similar, badges are rarely worn and the guards do not identify the company they "
        "work for, which makes any later complaint very difficult.",
        "Deaths in custody have occurred in privately run facilities in at least three of the "
        "countries covered by this input. Inquests were delayed for years, and the families "
        "were given only partial access to the evidence.",
        "We urge the Working Group to call for a binding international instrument on the "
        "regulation, monitoring and oversight of private military and security companies, "
        "covering their activities in migration control.",
        "Budgets for border management have grown fast, and a significant share now goes to "
        "a handful of firms that design, build and run the same systems in several countries, "
        "with little public scrutiny of how the money is spent.",
    ],
    "fr": [
        "Depuis 2017, la gestion de plusieurs centres de rétention administrative a été "
        "confiée en partie à des sociétés privées, chargées de la surveillance, du transport "
        "et de l'entretien. Les agents ne reçoivent qu'une formation de quelques jours et ne "
        "sont pas formés au droit d'asile.",
        "Les personnes retenues rapportent des fouilles répétées, des menottages prolongés "
        "lors des transferts et un accès très limité aux soins. Les incidents sont consignés "
        "dans des registres tenus par la société elle-même.",
        "Les marchés publics sont attribués principalement sur le critère du prix. Aucune "
        "clause n'impose le respect des droits humains, et les pénalités prévues en cas de "
        "manquement restent symboliques.",
        "Les plaintes contre les agents privés sont d'abord traitées par l'entreprise. Très "
        "peu parviennent à une autorité indépendante, et aucune, à notre connaissance, n'a "
        "entraîné la résiliation d'un contrat.",
        "Aux frontières terrestres, la surveillance repose sur des caméras thermiques, des "
        "drones et des capteurs installés et entretenus par des entreprises privées. On ignore "
        "qui a accès aux données recueillies et pendant combien de temps elles sont conservées.",
        "Des mineurs non accompagnés ont été maintenus plusieurs jours dans des locaux gérés "
        "par un prestataire privé avant toute évaluation de leur âge par une autorité publique.",
        "Nous recommandons que les fonctions essentielles, comme la privation de liberté et "
        "l'usage de la force, restent exercées par des agents publics, et que tout contrat "
        "passé avec une entreprise privée soit publié et soumis à un contrôle indépendant.",
        "La sous-traitance en cascade dilue les responsabilités : transport, restauration, "
        "soins et gardiennage sont confiés à des sociétés différentes, qui se renvoient la "
        "responsabilité en cas de problème.",
        "Les victimes ont beaucoup de mal à obtenir réparation. Les juridictions considèrent "
        "tantôt que l'État, tantôt que la société est responsable, et les procédures durent "
        "des années.",
        "Dans les aéroports, des agents de sûreté privés contrôlent les documents de voyage "
        "pour le compte des compagnies aériennes. Les passagers refusés à l'embarquement ne "
        "reçoivent aucune décision écrite.",
        "Le Document de Montreux et le Code de conduite international des entreprises de "
        "sécurité privées offrent un cadre utile, mais leurs principes ne figurent pas dans les "
        "contrats signés par les autorités.",
        "Nous invitons le Groupe de travail à soutenir l'élaboration d'un instrument "
        "international juridiquement contraignant sur la réglementation et la surveillance des "
        "sociétés militaires et de sécurité privées.",
        "Les budgets consacrés au contrôle des frontières ont fortement augmenté, et une part "
        "importante revient à quelques grands groupes qui conçoivent et exploitent les mêmes "
        "systèmes dans plusieurs pays.",
        "Les personnes migrantes distinguent mal les policiers des agents privés : les tenues "
        "se ressemblent et les agents ne portent ni matricule ni nom d'entreprise, ce qui rend "
        "toute plainte ultérieure presque impossible.",
    ],
    "es": [
        "Desde 2015, la custodia de las estaciones migratorias del norte del país está a cargo "
        "de una empresa de seguridad privada. Sus guardias reciben una capacitación de pocos "
        "días y no tienen formación en derechos humanos ni en protección internacional.",
        "Las personas detenidas relataron revisiones corporales humillantes, uso de esposas "
        "durante los traslados y falta de acceso a atención médica. Los incidentes quedan "
        "registrados solo en los informes internos de la empresa.",
        "Los contratos se adjudican sobre todo por el precio. No incluyen cláusulas de "
        "derechos humanos y las sanciones por incumplimiento son mínimas en comparación con el "
        "valor del contrato.",
        "Las quejas contra los guardias privados las tramita primero la propia empresa. Muy "
        "pocas llegan a una autoridad independiente y ninguna, que sepamos, ha llevado a la "
        "rescisión de un contrato.",
        "En la frontera sur se instalaron torres de vigilancia, cámaras térmicas y drones "
        "operados por contratistas privados. No se sabe quién accede a los datos recogidos ni "
        "durante cuánto tiempo se conservan.",
        "Niñas, niños y adolescentes no acompañados permanecieron varios días en instalaciones "
        "gestionadas por un contratista privado antes de que una autoridad pública evaluara su "
        "situación.",
        "Recomendamos que las funciones esenciales, como la privación de libertad y el uso de "
        "la fuerza, queden en manos de agentes públicos, y que los contratos con empresas "
        "privadas se publiquen y estén sujetos a supervisión independiente.",
        "La subcontratación en cadena diluye la responsabilidad: transporte, alimentación, "
        "salud y vigilancia están a cargo de empresas distintas que se culpan entre sí cuando "
        "algo sale mal.",
        "Las víctimas enfrentan grandes obstáculos para obtener reparación. Los tribunales "
        "discuten si responde el Estado o la empresa, y los procesos se prolongan durante "
        "años.",
        "En los aeropuertos, personal de seguridad privada revisa los documentos de viaje por "
        "cuenta de las aerolíneas. A quienes se les niega el embarque no se les entrega "
        "ninguna resolución por escrito.",
        "El Documento de Montreux y el Código de Conducta Internacional para Proveedores de "
        "Servicios de Seguridad Privada son referencias útiles, pero sus principios no se "
        "incorporan a los contratos firmados por las autoridades.",
        "Instamos al Grupo de Trabajo a respaldar un instrumento internacional jurídicamente "
        "vinculante sobre la regulación y supervisión de las empresas militares y de seguridad "
        "privadas.",
        "El presupuesto destinado al control fronterizo ha crecido mucho y una parte "
        "importante se concentra en unas pocas empresas que diseñan y operan los mismos "
        "sistemas en varios países.",
        "Las personas migrantes no logran distinguir a un agente de policía de un guardia "
        "privado: los uniformes se parecen y los guardias no se identifican, lo que hace casi "
        "imposible presentar una queja después.",
    ],
}

STATE = {
    "en": [
        "Immigration detention in the country is carried out exclusively by officers of the "
        "national border agency. Private companies may be contracted for catering, cleaning "
        "and maintenance, but they exercise no custodial functions.",
        "The Private Security Services Act of 2012 requires every security company to hold a "
        "licence, to vet its staff and to report any use of force to the licensing authority "
        "within forty-eight hours.",
        "Contracts for the transport of persons subject to removal are awarded through open "
        "tender and include obligations on training, complaints handling and respect for the "
        "dignity of the persons concerned.",
        "Detention facilities are visited regularly by the national preventive mechanism, "
        "which has unrestricted access to all places where persons are deprived of liberty, "
        "including those where contractors are present.",
        "The Government is not aware of any private military company operating on its "
        "territory. Border surveillance equipment is procured from private suppliers but "
        "operated by public officials.",
        "Any person who considers that his or her rights have been violated by a contractor "
        "may lodge a complaint with the Ombudsperson or bring a claim before the "
        "administrative courts, which have jurisdiction over acts carried out on behalf of the "
        "State.",
        "The Government supports the work of the Working Group and remains committed to the "
        "Montreux Document, to which it became a participant in 2014.",
    ],
    "fr": [
        "La rétention administrative des étrangers relève exclusivement des services de "
        "police. Des prestataires privés peuvent intervenir pour la restauration, le "
        "nettoyage ou la maintenance, sans jamais exercer de mission de garde.",
        "La loi relative aux activités privées de sécurité soumet les entreprises à une "
        "autorisation préalable, impose un contrôle de moralité de leurs agents et prévoit des "
        "sanctions administratives et pénales.",
        "Les marchés de transport des personnes éloignées comportent des obligations en "
        "matière de formation, de traitement des plaintes et de respect de la dignité des "
        "personnes.",
        "Les lieux de rétention sont régulièrement visités par le mécanisme national de "
        "prévention de la torture, qui dispose d'un accès sans restriction.",
        "Le Gouvernement n'a connaissance d'aucune société militaire privée opérant sur son "
        "territoire. Les équipements de surveillance des frontières sont acquis auprès de "
        "fournisseurs privés mais exploités par des agents publics.",
        "Toute personne qui estime que ses droits ont été violés par un prestataire peut "
        "saisir le Défenseur des droits ou les juridictions administratives.",
    ],
    "es": [
        "La detención de personas migrantes corresponde exclusivamente a los agentes de la "
        "autoridad migratoria. Las empresas privadas solo prestan servicios de "
        "alimentación, limpieza y mantenimiento.",
        "La ley de seguridad privada exige que toda empresa cuente con autorización, "
        "verifique los antecedentes de su personal e informe de cualquier uso de la fuerza.",
        "Los contratos de traslado de personas incluyen obligaciones de capacitación, atención "
        "de quejas y respeto a la dignidad de las personas trasladadas.",
        "Las estaciones migratorias reciben visitas periódicas del mecanismo nacional de "
        "prevención de la tortura, que tiene acceso irrestricto a todas las instalaciones.",
        "El Gobierno no tiene conocimiento de empresas militares privadas que operen en su "
        "territorio. Los equipos de vigilancia fronteriza se adquieren a proveedores privados "
        "pero los operan servidores públicos.",
        "Toda persona que considere vulnerados sus derechos por un contratista puede acudir a "
        "la institución nacional de derechos humanos o a los tribunales competentes.",
    ],
}

COMPANY = {
    "en": [
        "Our company provides guarding, reception and escort services at three immigration "
        "facilities under contracts with public authorities. We employ about 900 people in "
        "this line of business.",
        "All our officers complete a twelve-day training course that includes human rights, "
        "de-escalation, safeguarding of children and the rights of asylum seekers, with an "
        "annual refresher.",
        "We are a member of the International Code of Conduct Association and are certified "
        "against ISO 18788. Our grievance mechanism is open to detainees, visitors and staff, "
        "and complaints may be made anonymously.",
        "We believe that clear contractual standards, published by the contracting "
        "authority, would help the industry: at present requirements differ widely from one "
        "tender to the next.",
        "Use of force is reported within 24 hours to the client and reviewed by a committee "
        "that includes an external member. Body-worn cameras are used during all escorts.",
    ],
    "fr": [
        "Notre société assure des prestations d'accueil, de gardiennage et d'escorte dans "
        "trois sites liés à la gestion des étrangers, pour le compte d'autorités publiques.",
        "Tous nos agents suivent une formation initiale de douze jours, qui comprend les "
        "droits humains, la désescalade et la protection des mineurs, puis une mise à niveau "
        "annuelle.",
        "Nous adhérons au Code de conduite international des entreprises de sécurité privées "
        "et disposons d'un mécanisme de réclamation accessible aux personnes retenues.",
        "Des cahiers des charges clairs et publiés par les autorités contractantes aideraient "
        "le secteur : les exigences varient aujourd'hui fortement d'un appel d'offres à "
        "l'autre.",
    ],
    "es": [
        "Nuestra empresa presta servicios de vigilancia y traslado en instalaciones "
        "migratorias bajo contratos con autoridades públicas, con unas 600 personas empleadas "
        "en esta actividad.",
        "Todo el personal recibe un curso inicial de doce días que incluye derechos humanos, "
        "técnicas de desescalada y protección de la niñez, con actualización anual.",
        "Somos miembros de la Asociación del Código de Conducta Internacional y contamos con "
        "un mecanismo de quejas abierto a las personas bajo custodia.",
        "Unos estándares contractuales claros, publicados por la autoridad contratante, "
        "ayudarían al sector: hoy los requisitos cambian mucho de una licitación a otra.",
    ],
}


def take(pool: dict[str, list[str]], lang: str, k: int, slug: str) -> list[str]:
    """k paragraphs of a pool, chosen and ordered by the slug, from its half's share."""
    half = "frozen" if hashlib.sha256(slug.encode()).digest()[0] % 2 else "tune"
    items = split(pool[lang], half)
    return random.Random(seed_of(slug + "p")).sample(items, min(k, len(items)))


CONSENT = {
    "en": [
        "We consent to the publication of this submission on the OHCHR website.",
        "The submission may be published on your website.",
        "We are happy for this input to be made public.",
        "Please feel free to publish our contribution.",
        "We agree that this document may be posted on the Working Group's webpage.",
    ],
    "fr": [
        "Nous autorisons la publication de cette contribution sur le site du HCDH.",
        "Cette contribution peut être publiée sur votre site internet.",
        "Nous acceptons que notre contribution soit rendue publique.",
    ],
    "es": [
        "Autorizamos la publicación de esta contribución en el sitio web de la OACNUDH.",
        "La contribución puede publicarse en su página web.",
        "No tenemos inconveniente en que este documento se haga público.",
    ],
}

REFUSE = {
    "en": [
        "We kindly ask that this submission be kept confidential and not published.",
        "Please do not publish this submission; it is for the Working Group's use only.",
        "This submission is confidential and should not be made public.",
    ],
    "fr": [
        "Nous vous prions de ne pas publier cette contribution, qui est confidentielle.",
        "Merci de traiter cette contribution de manière confidentielle : elle ne doit pas "
        "être publiée.",
    ],
    "es": [
        "Les rogamos que esta contribución sea tratada como confidencial y no se publique.",
        "Por favor, no publiquen este documento: es solo para uso del Grupo de Trabajo.",
    ],
}

ANON = {
    "en": "The submission may be published, but please do so anonymously, without our name.",
    "fr": "La contribution peut être publiée, mais de manière anonyme, sans mentionner notre nom.",
    "es": "La contribución puede publicarse, pero de forma anónima, sin mencionar nuestro nombre.",
}

DISCLAIMER = {
    "en": "This email and any files transmitted with it are confidential and intended solely "
    "for the use of the individual or entity to whom they are addressed. If you have received "
    "this email in error please notify the sender and delete it.",
    "fr": "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à "
    "leurs destinataires. Si vous avez reçu ce message par erreur, merci d'en avertir "
    "l'expéditeur et de le supprimer.",
    "es": "Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a sus "
    "destinatarios. Si lo ha recibido por error, por favor notifíquelo al remitente y "
    "elimínelo.",
}

# More paragraphs, so that the two halves of the phase draw on texts of their own (split()).
TOPIC["en"] += [
    "Escorts on removal flights are carried out by a company whose officers work shifts of "
    "up to twenty hours. Exhausted staff and long periods in restraint belts are a dangerous "
    "combination, as two near-fatal incidents in 2019 showed.",
    "Reception centres on the islands are guarded by a security firm hired on short-term "
    "contracts renewed every three months. Each renewal brings new staff who have never been "
    "told what asylum seekers are entitled to.",
    "Several companies we studied also lobby for the policies they later implement. Their "
    "former executives sit on advisory boards of the ministry, and their staff draft parts "
    "of the technical specifications for the next tender.",
    "Health care in privately run detention is often delivered by a subcontractor paid per "
    "detainee. Doctors told us they were discouraged from recording injuries that might "
    "embarrass the operator.",
    "Women held in these facilities reported that searches were carried out by male guards "
    "and that there was no female officer on night shifts, in breach of the operator's own "
    "written procedures.",
    "Information about incidents reaches the public mostly through leaks and whistle-blowers. "
    "Staff who spoke out have been dismissed under confidentiality clauses in their "
    "employment contracts.",
    "We have found no case in which a company lost a contract because of abuse. Fines, when "
    "imposed, were lower than the savings the company made by understaffing the centre.",
    "Language barriers make matters worse: guards rarely speak the languages of the people "
    "they hold, and interpreters are called only for formal interviews, not for daily life in "
    "the centre.",
    "Outsourcing has also moved abroad. Our State pays private operators in neighbouring "
    "countries to run camps where people are held before they ever reach our border, beyond "
    "the reach of our courts.",
    "Independent monitors need unannounced access to every site, to company records and to "
    "staff. Today the inspectorate gives two weeks' notice and sees only the documents the "
    "contractor chooses to show.",
]
TOPIC["fr"] += [
    "Les escortes lors des reconduites par avion sont assurées par une société dont les "
    "agents enchaînent des journées de travail très longues, ce qui augmente le risque "
    "d'incidents graves pendant le vol.",
    "Les centres d'accueil sur les îles sont gardés par une entreprise engagée par contrats "
    "de trois mois. À chaque renouvellement, de nouveaux agents arrivent sans connaître les "
    "droits des demandeurs d'asile.",
    "Les soins dans les lieux gérés par des prestataires sont souvent confiés à un "
    "sous-traitant payé par personne retenue. Des médecins nous ont dit être découragés de "
    "consigner certaines blessures.",
    "Les femmes retenues signalent des fouilles effectuées par des agents masculins et "
    "l'absence d'agente la nuit, contrairement aux procédures écrites de l'opérateur.",
    "Les informations sur les incidents ne sont connues que par des fuites. Des agents qui "
    "ont témoigné ont été licenciés pour manquement à leur obligation de discrétion.",
    "Le contrôle indépendant suppose un accès inopiné à tous les sites, aux registres des "
    "sociétés et à leur personnel. Aujourd'hui, les visites sont annoncées longtemps à "
    "l'avance.",
    "L'externalisation se poursuit au-delà des frontières : des opérateurs privés gèrent, "
    "avec des fonds publics, des camps situés dans des pays voisins, hors de portée de nos "
    "juridictions.",
]
TOPIC["es"] += [
    "Los traslados aéreos de personas deportadas los custodian guardias de una empresa que "
    "trabajan turnos muy largos, lo que aumenta el riesgo de incidentes graves durante el "
    "vuelo.",
    "Los albergues de la frontera están vigilados por una empresa contratada cada tres meses. "
    "Con cada renovación llega personal nuevo que desconoce los derechos de las personas "
    "solicitantes de asilo.",
    "La atención médica en los centros administrados por contratistas la presta una "
    "subcontratista que cobra por persona detenida. Varios médicos nos dijeron que se les "
    "desalentaba a registrar lesiones.",
    "Las mujeres detenidas denunciaron revisiones hechas por guardias hombres y la ausencia "
    "de personal femenino en los turnos nocturnos, en contra de los propios protocolos de la "
    "empresa.",
    "Lo que ocurre dentro se conoce casi siempre por filtraciones. Guardias que hablaron con "
    "la prensa fueron despedidos por violar cláusulas de sus contratos laborales.",
    "Una supervisión independiente requiere acceso sin previo aviso a todas las "
    "instalaciones, a los registros de las empresas y a su personal. Hoy las visitas se "
    "anuncian con semanas de antelación.",
    "La externalización también cruza fronteras: operadores privados administran, con fondos "
    "públicos, campamentos en países vecinos donde las personas quedan fuera del alcance de "
    "nuestros tribunales.",
]
STATE["en"] += [
    "Persons awaiting removal are held in facilities managed by the Department of Home "
    "Affairs. Where a contractor provides services, its staff work under the direction of a "
    "public officer present on site at all times.",
    "In 2019 the Government reviewed its contracts for escort services and introduced new "
    "requirements on the use of restraints, medical checks before departure and the "
    "recording of every flight.",
    "The Parliament's standing committee on home affairs receives an annual report on all "
    "contracts concluded in the field of immigration enforcement.",
    "The national law on public procurement allows contracts to be terminated where a "
    "provider commits serious breaches of human rights obligations.",
]
STATE["fr"] += [
    "Les personnes en instance d'éloignement sont placées dans des centres relevant du "
    "ministère de l'Intérieur ; les prestataires y interviennent sous l'autorité d'un "
    "fonctionnaire présent en permanence.",
    "En 2019, les autorités ont révisé les marchés d'escorte et introduit de nouvelles "
    "exigences sur l'usage des moyens de contrainte et l'examen médical avant le départ.",
    "Le Parlement reçoit chaque année un rapport sur les marchés conclus dans le domaine du "
    "contrôle de l'immigration.",
]
STATE["es"] += [
    "Las personas en proceso de expulsión permanecen en centros dependientes del Ministerio "
    "del Interior; los contratistas actúan bajo la dirección de un funcionario presente en "
    "todo momento.",
    "En 2019 el Gobierno revisó los contratos de custodia en traslados e introdujo nuevas "
    "exigencias sobre el uso de medios de contención y los exámenes médicos previos.",
    "El Congreso recibe cada año un informe sobre los contratos celebrados en materia de "
    "control migratorio.",
]
COMPANY["en"] += [
    "We operate a whistle-blowing line run by an external provider, and we publish a summary "
    "of the reports it receives in our annual sustainability report.",
    "Our contracts leave all decisions on detention, release and removal to public officials; "
    "our officers do not decide who is held or for how long.",
    "Staffing levels are set by the contracting authority. We have asked on several occasions "
    "that minimum ratios be raised on night shifts.",
]
COMPANY["fr"] += [
    "Nos contrats laissent toute décision de placement, de libération ou d'éloignement aux "
    "autorités publiques ; nos agents ne décident jamais qui est retenu.",
    "Les effectifs sont fixés par l'autorité contractante ; nous avons demandé à plusieurs "
    "reprises qu'ils soient relevés la nuit.",
]
COMPANY["es"] += [
    "Nuestros contratos dejan toda decisión sobre detención, liberación o deportación a los "
    "funcionarios públicos; nuestro personal no decide quién queda detenido.",
    "La dotación de personal la fija la autoridad contratante; hemos pedido varias veces que "
    "se refuerce en los turnos nocturnos.",
]
CONSENT["en"] += [
    "You are welcome to publish this submission.",
    "We have no objection to our input appearing on the OHCHR website.",
    "This contribution can be made public in full.",
    "The Working Group may publish this document.",
    "Consent to publication: yes.",
]
CONSENT["fr"] += [
    "Vous pouvez publier ce document sur la page de l'appel.",
    "Nous n'avons aucune objection à la publication de notre contribution.",
    "Cette contribution peut être rendue publique dans son intégralité.",
]
CONSENT["es"] += [
    "Pueden publicar este documento en la página de la convocatoria.",
    "Damos nuestro consentimiento para que la contribución se publique.",
    "Esta contribución puede hacerse pública en su totalidad.",
]
REFUSE["en"] += [
    "We would ask you not to post this submission online; please treat it in confidence.",
    "For the safety of our staff, this document must not be published.",
    "We do not consent to the publication of this input.",
]
REFUSE["fr"] += [
    "Pour la sécurité de nos équipes, ce document ne doit pas être rendu public.",
    "Nous ne consentons pas à la publication de cette contribution.",
]
REFUSE["es"] += [
    "Por la seguridad de nuestro equipo, este documento no debe hacerse público.",
    "No autorizamos la publicación de esta contribución.",
]
ANON_MORE = {
    "en": "You may post this input online, provided that our organisation is not named.",
    "fr": "Vous pouvez publier cette contribution à condition que notre organisation ne soit "
    "pas nommée.",
    "es": "Pueden publicar este aporte siempre que no se mencione el nombre de nuestra "
    "organización.",
}


def split(items: list[str], half: str) -> list[str]:
    """One half's share of a list: every other item, so that each half has its own texts."""
    return items[half == "frozen" :: 2]
