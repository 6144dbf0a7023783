# ruff: noqa: E501 - the sentences and messages are data, kept one to a line
"""Who writes, and the rest of each message: openings, the substance of a submission,
sign-offs, and whole messages that are not submissions. Written by hand; names and
organisations are invented."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Sender:
    """A submitter: the person, the organisation (if any), the address, the language."""

    person: str
    org: str
    address: str
    lang: str
    acronym: str = ""


FIRST = {
    "en": [
        "Grace",
        "Thomas",
        "Priya",
        "Samuel",
        "Helen",
        "Ahmad",
        "Lena",
        "Daniel",
        "Rebecca",
        "Joseph",
        "Fatima",
        "Oliver",
        "Nadia",
        "Peter",
        "Chloe",
        "Ibrahim",
    ],
    "fr": [
        "Aminata",
        "Julien",
        "Claire",
        "Moussa",
        "Sophie",
        "Karim",
        "Élodie",
        "Mamadou",
        "Nathalie",
        "Yannick",
        "Awa",
        "Pierre",
    ],
    "es": [
        "María Fernanda",
        "Carlos",
        "Lucía",
        "Andrés",
        "Valentina",
        "Jorge",
        "Gabriela",
        "Diego",
        "Paola",
        "Ricardo",
        "Camila",
        "Esteban",
    ],
    "pt": ["Ana Beatriz", "João", "Mariana", "Rafael", "Luísa", "Tiago"],
}
LAST = {
    "en": [
        "Mwangi",
        "O'Neill",
        "Raman",
        "Okafor",
        "Carter",
        "Karimi",
        "Fischer",
        "Mensah",
        "Stone",
        "Tanaka",
        "Haddad",
        "Brennan",
        "Petrova",
        "Lindqvist",
        "Adeyemi",
        "Walsh",
    ],
    "fr": [
        "Diallo",
        "Moreau",
        "Dubois",
        "Traoré",
        "Lambert",
        "Benali",
        "Rousseau",
        "Keita",
        "Girard",
        "Mbeki",
        "Coulibaly",
        "Fontaine",
    ],
    "es": [
        "López",
        "Gutiérrez",
        "Ramírez",
        "Herrera",
        "Rojas",
        "Medina",
        "Paredes",
        "Quispe",
        "Salazar",
        "Vargas",
        "Mendoza",
        "Castro",
    ],
    "pt": ["Souza", "Pereira", "Oliveira", "Santos", "Carvalho", "Almeida"],
}
ORG_KIND = {
    "en": [
        ("Centre for Migrant Justice", "CMJ"),
        ("Border Rights Watch", "BRW"),
        ("Detention Monitoring Network", "DMN"),
        ("Refugee Legal Aid Project", "RLAP"),
        ("Security Sector Accountability Forum", "SSAF"),
        ("Migration Observatory", "MO"),
        ("Human Rights Alliance", "HRA"),
        ("Law Faculty Human Rights Clinic", ""),
    ],
    "fr": [
        ("Association pour les Droits des Migrants", "ADM"),
        ("Observatoire des Frontières", "OdF"),
        ("Ligue pour les Droits des Étrangers", "LDE"),
        ("Collectif pour la Mobilité", "CPM"),
        ("Université, Faculté de droit", ""),
    ],
    "es": [
        ("Red de Defensa de Personas Migrantes", "REDEPEM"),
        ("Centro de Estudios Fronterizos", "CEF"),
        ("Fundación Caminos Seguros", "FCS"),
        ("Colectivo Frontera", "CF"),
        ("Universidad, Centro de Derechos Humanos", ""),
    ],
    "pt": [
        ("Instituto Migração e Direitos", "IMD"),
        ("Conectas Fronteiras", "CF"),
        ("Centro de Direitos Humanos", "CDH"),
    ],
}
PLACE = {
    "en": [
        "Kenya",
        "Ireland",
        "Lagos",
        "Wales",
        "Ghana",
        "the Pacific",
        "Malta",
        "Cyprus",
        "Nairobi",
        "Manchester",
        "Fiji",
        "Uganda",
        "Scotland",
        "Jordan",
        "Lebanon",
        "Cape Town",
    ],
    "fr": [
        "Sénégal",
        "Bretagne",
        "Belgique",
        "Mali",
        "Genève",
        "Maghreb",
        "Côte d'Ivoire",
        "Québec",
        "Lyon",
        "Niger",
        "Tunisie",
        "Cameroun",
    ],
    "es": [
        "Sur",
        "Norte",
        "Chiapas",
        "Darién",
        "Tijuana",
        "Cúcuta",
        "Tarapacá",
        "Petén",
        "Oaxaca",
        "Lima",
        "Quito",
        "Tucumán",
    ],
    "pt": ["Roraima", "Acre", "Manaus", "Porto Alegre", "Lisboa", "São Paulo"],
}
TLD = {"en": "org", "fr": "fr", "es": "org.mx", "pt": "org.br"}
FREEMAIL = ["gmail.com", "yahoo.fr", "hotmail.com", "outlook.com", "hotmail.es", "yahoo.com.br"]


def _ascii(text: str) -> str:
    import unicodedata

    plain = unicodedata.normalize("NFKD", text)
    return "".join(c for c in plain if c.isascii() and (c.isalnum() or c in ".-")).lower()


def sender_for(lang: str, i: int) -> Sender:
    """A different person and organisation for each i (up to first names x surnames):
    no two cases share an address, so no case is linked to another one."""
    first, last = FIRST[lang], LAST[lang]
    person = f"{first[i % len(first)]} {last[(i // len(first) + i) % len(last)]}"
    local = _ascii(person.split()[0]) + "." + _ascii(person.split()[-1])
    if i % 9 == 4:  # an individual writing from a free-mail address
        return Sender(person, "", f"{local}{i}@{FREEMAIL[i % len(FREEMAIL)]}", lang)
    kinds, places = ORG_KIND[lang], PLACE[lang]
    kind, acronym = kinds[i % len(kinds)]
    place = places[(i // len(kinds)) % len(places)]
    org = (
        f"{kind} {place}"
        if "," not in kind
        else kind.replace(",", f" de {place},")
        if lang != "en"
        else f"{kind} {place}"
    )
    domain = _ascii((acronym or kind.split()[0]) + place)[:20] + f"{i}." + TLD[lang]
    return Sender(
        person,
        org,
        f"{local}@{domain}",
        lang,
        f"{acronym}-{_ascii(place)[:3].upper()}" if acronym else "",
    )


STATES = [
    (
        "en",
        "Permanent Mission of the Republic of Zedland",
        "mission.geneva@mfa.zedland.example",
        "Zedland",
    ),
    (
        "fr",
        "Mission permanente de la République de Valdorie",
        "mission.geneve@diplomatie.valdorie.example",
        "Valdorie",
    ),
    (
        "es",
        "Misión Permanente de la República de Costa Azul",
        "onuginebra@cancilleria.costaazul.example",
        "Costa Azul",
    ),
]

SUBJECTS = {
    "en": [
        "Submission - PMSCs in immigration and border management",
        "Input to the call for inputs (PMSCs and migrants)",
        "Contribution: private security companies at borders",
        "Call for inputs - our submission",
    ],
    "fr": [
        "Contribution à l'appel à contributions - ESMP et gestion des frontières",
        "Soumission : sociétés militaires privées et migrations",
        "Appel à contributions du Groupe de travail",
    ],
    "es": [
        "Aporte a la convocatoria - EMSP y gestión de fronteras",
        "Contribución: empresas de seguridad privada y migración",
        "Respuesta al cuestionario del Grupo de Trabajo",
    ],
    "pt": ["Contribuição - empresas militares e de segurança privadas nas fronteiras"],
}

OPENING = {
    "en": ["Dear Working Group secretariat,", "Dear Sir or Madam,", "Dear colleagues,", "Hello,"],
    "fr": ["Madame, Monsieur,", "Chers collègues,", "Bonjour,"],
    "es": ["Estimados señores:", "Estimado equipo del Grupo de Trabajo:", "Buenos días,"],
    "pt": ["Prezados,", "Caros colegas,"],
}

INTRO_ATTACHED = {
    "en": "Please find attached our submission to the call for inputs on private military and security companies in immigration and border management.",
    "fr": "Veuillez trouver ci-joint notre contribution à l'appel du Groupe de travail sur les sociétés militaires et de sécurité privées dans la gestion des frontières.",
    "es": "Adjuntamos nuestro aporte a la convocatoria sobre empresas militares y de seguridad privadas en la gestión de la migración y las fronteras.",
    "pt": "Segue em anexo a nossa contribuição para a convocatória sobre empresas militares e de segurança privadas na gestão de fronteiras.",
}

INTRO_BODY = {
    "en": "Below is our contribution to the call for inputs on private military and security companies in immigration and border management.",
    "fr": "Voici notre contribution à l'appel sur les sociétés militaires et de sécurité privées dans la gestion des migrations.",
    "es": "A continuación, nuestro aporte a la convocatoria sobre empresas militares y de seguridad privadas en la gestión de fronteras.",
    "pt": "Abaixo segue a nossa contribuição para a convocatória sobre empresas de segurança privadas e fronteiras.",
}

# The substance: several paragraphs per language, with the call's own vocabulary in them
# (private security, confidential contracts, public procurement, identity checks).
SUBSTANCE = {
    "en": [
        "Since 2016 the immigration removal centres in our country have been run by a private security contractor under a contract that remains confidential. Detainees report that guards employed by the company use restraints during transfers without any record being kept.",
        "Public procurement rules do not require the Ministry to publish the performance indicators of the companies it hires, so there is no public oversight of how complaints are handled.",
        "We documented 43 cases between 2018 and 2019 in which people intercepted at the border were held in facilities guarded by private staff for more than 72 hours before seeing an immigration officer.",
        "Identity checks at the port are now carried out by employees of a private firm who have no training in refugee law, and asylum claims are not always passed on to the authorities.",
        "We recommend that States make contracts with private military and security companies subject to independent monitoring, and that companies adopt grievance mechanisms accessible to migrants.",
        "Our research team interviewed 27 former detainees and 6 former guards. The interviews describe overcrowding, denial of medical care, and pressure to sign voluntary return forms.",
    ],
    "fr": [
        "Depuis 2017, la surveillance des centres de rétention est confiée à une société de sécurité privée dans le cadre d'un marché public dont les clauses n'ont jamais été rendues publiques.",
        "Les personnes retenues signalent des fouilles à nu répétées et l'absence de tout mécanisme de plainte indépendant. Les agents privés ne portent aucun signe d'identification.",
        "Nous avons recensé 31 cas de refoulement à la frontière terrestre au cours desquels des agents d'une entreprise privée étaient présents aux côtés de la police aux frontières.",
        "Nous recommandons que les États encadrent strictement le recours aux sociétés militaires et de sécurité privées et garantissent l'accès des migrants à la justice.",
    ],
    "es": [
        "Desde 2018, las estaciones migratorias del norte del país son custodiadas por una empresa de seguridad privada contratada mediante un procedimiento de contratación pública sin licitación.",
        "Las personas migrantes denuncian malos tratos durante los traslados y la falta de intérpretes. Los contratos entre el Estado y la empresa son confidenciales, lo que impide cualquier control ciudadano.",
        "Entre 2018 y 2019 documentamos 58 casos de detención prolongada en instalaciones vigiladas por personal privado, incluidos 12 niños no acompañados.",
        "Recomendamos que los Estados publiquen los contratos con empresas militares y de seguridad privadas y establezcan mecanismos de supervisión independientes.",
    ],
    "pt": [
        "Desde 2019, o abrigo de fronteira em Pacaraima conta com seguranças de uma empresa privada contratada sem licitação pública, e os migrantes relatam revistas abusivas.",
        "Recomendamos que o Estado garanta supervisão independente das empresas de segurança privada e canais de denúncia acessíveis aos migrantes.",
    ],
}

CLOSING = {
    "en": ["Kind regards,", "Best wishes,", "Sincerely,", "With best regards,"],
    "fr": ["Cordialement,", "Bien à vous,", "Veuillez agréer nos salutations distinguées,"],
    "es": ["Saludos cordiales,", "Atentamente,", "Un saludo,"],
    "pt": ["Atenciosamente,", "Cordialmente,"],
}

TITLE = {
    "en": "Submission to the Working Group on the use of mercenaries",
    "fr": "Contribution au Groupe de travail sur l'utilisation de mercenaires",
    "es": "Aporte al Grupo de Trabajo sobre la utilización de mercenarios",
    "pt": "Contribuição ao Grupo de Trabalho sobre a utilização de mercenários",
}

# The call's own text, quoted back by a submitter who replies to it.
CALL_QUOTE = [
    "The Working Group invites all interested stakeholders to submit written inputs by 17 March 2020.",
    "Please indicate whether you agree to your submission being published on the OHCHR website or whether you wish it to be treated as confidential.",
    "Submissions should not exceed 10,000 words and may be sent in English, French or Spanish.",
]

DISCLAIMERS = {
    "en": "DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the use of the addressee. If you have received it in error, please notify the sender and delete it. Any views expressed are those of the author and the organisation accepts no liability.",
    "fr": "AVERTISSEMENT : Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le supprimer.",
    "es": "AVISO LEGAL: Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario. Si lo ha recibido por error, notifíquelo al remitente y elimínelo.",
}

# Whole messages that are not submissions: (id, language, from, subject, body, headers).
NOT_SUBMISSIONS = [
    (
        "personal-en-1",
        "en",
        ("Yusuf Abdi", "yusuf.abdi77@gmail.com"),
        "URGENT please help my brother",
        "Dear UN,\n\nMy brother Hassan Abdi Farah was arrested at the border on 2 February and he is held in the Westfield immigration centre. The guards of the private company beat him and he has no lawyer. His case number is IRC-2020-08812. Please help us, we do not know what to do. He is sick and they refuse a doctor.\n\nPlease answer me.\nYusuf Abdi\n+44 7700 900123",
        {},
    ),
    (
        "personal-fr-1",
        "fr",
        ("Fatou Ndiaye", "fatou.ndiaye1990@yahoo.fr"),
        "Demande d'aide",
        "Bonjour,\n\nJe m'appelle Fatou Ndiaye, je suis détenue depuis trois mois dans un centre de rétention gardé par des agents d'une société privée. Mon dossier porte le numéro 2020/0417. Je demande votre aide pour être libérée et voir mes enfants. Merci de m'aider, je n'ai personne.\n\nFatou",
        {},
    ),
    (
        "personal-es-1",
        "es",
        ("Rosa Elena Castillo", "rosaelena.castillo@hotmail.com"),
        "Ayuda por favor, mi hijo",
        "Buenas tardes,\n\nMi hijo Kevin Castillo, de 17 años, está detenido en la estación migratoria de Tapachula desde el 5 de enero. Los guardias de seguridad privada no nos dejan verlo. El número de expediente es INM/TAP/2020/331. Les ruego que intervengan ante las autoridades para que lo liberen.\n\nQue Dios los bendiga,\nRosa Elena",
        {},
    ),
    (
        "personal-en-2",
        "en",
        ("Mohammed Al-Sayed", "m.alsayed.refugee@outlook.com"),
        "My asylum case - request for intervention",
        "To the Special Rapporteur,\n\nI am writing about my own situation. I arrived by boat in 2019 and my asylum claim (ref. HO/ASY/55190) was refused without interview. Security guards from a private company took my phone and documents. I ask you to contact the Government about my case so that I am not deported next week.\n\nMohammed Al-Sayed",
        {},
    ),
    (
        "newsletter-en-1",
        "en",
        ("Migration Policy Digest", "newsletter@migrationdigest.example"),
        "Migration Policy Digest - March 2020",
        "MIGRATION POLICY DIGEST | Issue 112 | March 2020\n\nIn this issue:\n- EU border agency budget rises again\n- New report on immigration detention in the Americas\n- Upcoming events and job vacancies\n\nRead online: https://migrationdigest.example/112\n\nYou are receiving this email because you subscribed to our mailing list. Unsubscribe: https://migrationdigest.example/unsubscribe?u=8812\nManage your preferences",
        {"List-Unsubscribe": "<https://migrationdigest.example/unsubscribe?u=8812>"},
    ),
    (
        "newsletter-fr-1",
        "fr",
        ("Lettre d'information Frontières", "info@lettre-frontieres.example"),
        "La lettre mensuelle - mars 2020",
        "LA LETTRE DES FRONTIÈRES - n° 48\n\nÀ la une : le recours aux sociétés de sécurité privées dans les zones d'attente.\nAgenda : colloque à Lyon le 12 mai.\nPublications récentes et offres de stage.\n\nPour vous désinscrire de cette liste de diffusion, cliquez ici : https://lettre-frontieres.example/desinscription",
        {"List-Id": "<lettre.lettre-frontieres.example>"},
    ),
    (
        "newsletter-es-1",
        "es",
        ("Boletín Movilidad Humana", "boletin@movilidadhumana.example"),
        "Boletín de marzo: noticias y convocatorias",
        "BOLETÍN MOVILIDAD HUMANA - Marzo 2020\n\nNoticias de la región, convocatorias abiertas y publicaciones recomendadas.\n- Nuevo informe sobre detención migratoria\n- Becas de investigación 2020\n\nSi no desea recibir más este boletín, haga clic aquí para darse de baja.",
        {"List-Unsubscribe": "<mailto:baja@movilidadhumana.example>"},
    ),
    (
        "newsletter-pt-1",
        "pt",
        ("Boletim Migrações", "boletim@migracoes.example"),
        "Boletim Migrações - março",
        "BOLETIM MIGRAÇÕES - edição 23\n\nNotícias, eventos e publicações sobre migração e direitos humanos.\nPara cancelar a inscrição, clique aqui.",
        {"List-Unsubscribe": "<https://migracoes.example/sair>"},
    ),
    (
        "phishing-en-1",
        "en",
        ("Mail Administrator", "admin@ohchr-mailsupport.example"),
        "Your mailbox is almost full - action required",
        "Dear user,\n\nYour mailbox has exceeded the storage limit set by your administrator. You will not be able to send or receive new messages until you re-validate your account.\n\nClick here to validate: http://ohchr-mailsupport.example/validate\n\nFailure to do so within 24 hours will result in the suspension of your account.\n\nIT Helpdesk",
        {},
    ),
    (
        "phishing-en-2",
        "en",
        ("DocuSign", "dse@docu-sign-notify.example"),
        "Please review the document: Invoice 2020-0315",
        "You have received a document to review and sign.\n\nREVIEW DOCUMENT: http://docu-sign-notify.example/r/88123\n\nThis link expires in 48 hours. Enter your email password to access the secure document.",
        {},
    ),
    (
        "phishing-fr-1",
        "fr",
        ("Service Comptabilité", "compta@paiement-securise.example"),
        "Facture impayée - dernier rappel",
        "Bonjour,\n\nVotre facture n° 88231 reste impayée. Veuillez confirmer vos coordonnées bancaires sur le lien suivant avant demain pour éviter des frais : http://paiement-securise.example/facture\n\nCordialement",
        {},
    ),
    (
        "invite-en-1",
        "en",
        ("Events Team", "events@securitypolicyinstitute.example"),
        "Invitation: webinar on private security and migration, 26 March",
        "Dear colleague,\n\nWe are pleased to invite you to our webinar 'Private Security at the Border: Accountability Gaps', on 26 March 2020 at 14:00 CET. Speakers include academics and practitioners.\n\nRegister here: https://securitypolicyinstitute.example/register\n\nWe hope you can join us.\nThe Events Team",
        {},
    ),
    (
        "invite-fr-1",
        "fr",
        ("Secrétariat du colloque", "colloque@univ-exemple.fr"),
        "Invitation - colloque international",
        "Madame, Monsieur,\n\nNous avons le plaisir de vous inviter au colloque international « Frontières et acteurs privés », qui se tiendra à Paris les 14 et 15 mai 2020. Merci de confirmer votre participation avant le 30 avril.\n\nLe comité d'organisation",
        {},
    ),
    (
        "invite-es-1",
        "es",
        ("Coordinación", "coordinacion@foromigraciones.example"),
        "Invitación al Foro Regional sobre Migraciones",
        "Estimados:\n\nTenemos el agrado de invitarles al Foro Regional sobre Migraciones y Seguridad Privada, que se realizará en Ciudad de Guatemala el 20 de abril. Agradeceremos confirmar su asistencia.\n\nSaludos cordiales,\nCoordinación del Foro",
        {},
    ),
    (
        "ooo-en-1",
        "en",
        ("Helen Carter", "helen.carter@rlap.org.uk"),
        "Automatic reply: Call for inputs",
        "Thank you for your email. I am out of the office until 23 March with limited access to email. For urgent matters please contact info@rlap.org.uk.",
        {"Auto-Submitted": "auto-replied"},
    ),
    (
        "ooo-fr-1",
        "fr",
        ("Julien Moreau", "julien.moreau@obsfrontieres.fr"),
        "Réponse automatique : Appel à contributions",
        "Je suis absent du bureau jusqu'au 20 mars inclus. Je prendrai connaissance de votre message à mon retour.",
        {},
    ),
    (
        "ooo-es-1",
        "es",
        ("Carlos Gutiérrez", "cgutierrez@cef.org.co"),
        "Respuesta automática: convocatoria",
        "Me encuentro fuera de la oficina hasta el 25 de marzo. Responderé a su mensaje a mi regreso. Gracias.",
        {"X-Autoreply": "yes"},
    ),
    (
        "press-en-1",
        "en",
        ("Press Office", "press@humanrightsfirst-example.org"),
        "PRESS RELEASE: NGO condemns abuses by private guards at border camp",
        "FOR IMMEDIATE RELEASE\n\nGeneva, 10 March 2020 - Human Rights First Example today condemned reports of abuses by private security guards at the border reception camp. 'The Government must end impunity,' said its director.\n\nMedia contact: press@humanrightsfirst-example.org\n\n###",
        {},
    ),
    (
        "press-es-1",
        "es",
        ("Prensa", "prensa@observatorio-example.org"),
        "COMUNICADO DE PRENSA: Observatorio denuncia deportaciones",
        "COMUNICADO DE PRENSA - Para difusión inmediata\n\nCiudad de México, 9 de marzo de 2020. El Observatorio denuncia deportaciones masivas ejecutadas con apoyo de empresas de seguridad privada.\n\nContacto para medios: prensa@observatorio-example.org",
        {},
    ),
    (
        "question-en-1",
        "en",
        ("Rebecca Stone", "rstone.research@outlook.com"),
        "Question about the deadline",
        "Dear secretariat,\n\nCould you confirm whether the deadline of 17 March is firm, and whether submissions can exceed 10,000 words if annexes are included?\n\nMany thanks,\nRebecca Stone",
        {},
    ),
    (
        "question-fr-1",
        "fr",
        ("Claire Dubois", "cdubois@lbde.be"),
        "Question sur l'appel",
        "Bonjour,\n\nPourriez-vous nous indiquer si les contributions peuvent être envoyées en néerlandais ? Merci d'avance.\n\nClaire Dubois",
        {},
    ),
    (
        "question-es-1",
        "es",
        ("Jorge Medina", "jmedina@fronterasur.org.ar"),
        "Consulta sobre el formato",
        "Estimados,\n\n¿Es posible enviar el aporte en formato de video? Quedo atento.\n\nJorge Medina",
        {},
    ),
    (
        "job-en-1",
        "en",
        ("Kwame Asante", "kwame.asante.jobs@gmail.com"),
        "Application for internship",
        "Dear Sir/Madam,\n\nI am a master's student in international law and would like to apply for an internship with the Working Group. Please find my CV below.\n\nEducation: LLM, University of Ghana (2019). Languages: English, French.\n\nSincerely,\nKwame Asante",
        {},
    ),
    (
        "spam-en-1",
        "en",
        ("Global Conferences", "info@globalconf-awards.example"),
        "Call for speakers - International Summit on Security 2020 (Dubai)",
        "Dear Professor,\n\nWe invite you to be a keynote speaker at the International Summit on Security 2020 in Dubai. Registration fee: USD 899. Early bird discount ends soon! Submit your abstract today.\n\nTo unsubscribe reply REMOVE.",
        {},
    ),
    (
        "meeting-en-1",
        "en",
        ("Lena Fischer", "l.fischer@ssaf.eu"),
        "Request for a meeting",
        "Dear colleagues,\n\nOur director will be in Geneva during the Human Rights Council session and would welcome a short meeting with the secretariat of the Working Group to discuss our work on private security. Would 12 or 13 March suit you?\n\nBest,\nLena Fischer",
        {},
    ),
    (
        "thanks-en-1",
        "en",
        ("Priya Raman", "priya@detentionmonitor.org"),
        "Thank you",
        "Thank you for the acknowledgement. Best, Priya",
        {},
    ),
    (
        "unsub-fr-1",
        "fr",
        ("Karim Benali", "k.benali@cmm-mobilite.org"),
        "Désinscription",
        "Merci de retirer mon adresse de votre liste de diffusion.",
        {},
    ),
]
