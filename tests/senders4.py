# ruff: noqa: E501
"""A fourth set of sender variations for the submitter detector, written apart from its rules.

The same record as the second set (`senders2.Variation`): one e-mail as it reaches a call
for inputs, with the answer an officer would publish on the "Submissions received" page.
This set gathers, in English, French and Spanish: shared mailboxes whose display name sits
over an organisation's signature; staff members whose signatures give name, title and
organisation in varied orders among phone lines, addresses, pronouns, social links, "Sent
from my phone" and legal footers; letterheads or title pages behind a free-mail address;
an acronym in one place and the full name in another; bilingual names; NGOs whose names
hold State-like words or that write about a State; notes verbales and ministries; NHRIs on
their country-code domains; intergovernmental bodies, regional ones among them; companies
and business associations; academics; individuals; unions, parliamentarians, faith groups,
municipalities and student societies; joint submissions ("Lead and N others"); and mail
forwarded by someone who is not the submitter.

NGOs, companies, municipalities and people are invented, on example.* domains or free-mail
addresses. States, NHRIs and intergovernmental bodies are real, under the names and mail
domains their own sites use; their staff and mailboxes are invented.

Ids are `<category>-<language>-<nn>`, numbered within a category. `half` splits each
category's cases two by two: of cases 01 and 02, 03 and 04…, a hash of the category and
the pair picks the one kept frozen, so that every category sits in both halves and no
case ever moves between them.
"""

from __future__ import annotations

import hashlib

from senders2 import TYPES, Variation, category, language, tidy

__all__ = ["CATEGORIES", "TYPES", "VARIATIONS", "Variation", "category", "half", "language"]

CATEGORIES = (
    "shared",  # a shared mailbox's display name over an organisation's signature
    "person",  # a staff member: name, title and organisation in varied orders
    "letterhead",  # a free-mail address; the organisation only on the letterhead or title page
    "acronym",  # the acronym in one place, the full name in another
    "bilingual",  # the organisation's name in two languages
    "ngostate",  # an NGO with a State-like word in its name, or writing about a State
    "state",  # notes verbales, missions and ministries
    "nhri",  # national human rights institutions on their country-code domains
    "igo",  # intergovernmental bodies, regional ones among them
    "company",  # companies and business associations
    "academic",  # research centres, legal clinics, single professors
    "individual",  # a person writing for themselves
    "other",  # unions, parliamentarians, faith groups, municipalities, student societies
    "joint",  # joint submissions: a lead and its co-signatories
    "forwarded",  # mail forwarded by someone who is not the submitter
)


def half(v: Variation) -> str:
    """Of each pair of a category's cases (01 and 02, 03 and 04…), one is frozen: which one
    a hash of the category and the pair decides, so the id alone fixes the half."""
    number = int(v.id.rsplit("-", 1)[1]) - 1
    pair = f"{category(v)}-{number // 2}"
    frozen_first = hashlib.sha256(pair.encode()).digest()[0] % 2 == 0
    return "frozen" if (number % 2 == 0) == frozen_first else "tune"


_RAW: list[Variation] = [
    # ── shared: a shared mailbox's display name over an organisation's signature ──
    Variation(
        "shared-en-01",
        "Communications Team",
        "comms@tidewater-rights.example.org",
        "Submission to the call for inputs on climate displacement",
        """
        Dear colleagues,

        Please find attached our submission in response to the Working Group's call for inputs.

        With best regards,
        Communications Team
        Tidewater Rights Alliance
        14 Harbour Street, Portsmouth
        www.tidewater-rights.example.org
        """,
        """
        TIDEWATER RIGHTS ALLIANCE
        Submission to the UN Working Group: climate-induced displacement of coastal communities
        """,
        "civil_society",
        ("Tidewater Rights Alliance",),
    ),
    Variation(
        "shared-en-02",
        "Info",
        "info@mothersvoice.example.net",
        "Input – call for submissions",
        """
        Hello,

        Attached is the input of Mothers' Voice Network for the upcoming thematic report.
        Kindly acknowledge receipt.

        Regards,

        --
        Mothers' Voice Network (MVN)
        info@mothersvoice.example.net | +44 20 7946 0321
        Registered charity no. 1187654
        """,
        "",
        "civil_society",
        ("Mothers' Voice Network (MVN)",),
    ),
    Variation(
        "shared-en-03",
        "Secretariat",
        "secretariat@openborders-forum.example.org",
        "OBF contribution",
        """
        Dear Sir or Madam,

        On behalf of the Open Borders Forum, we are pleased to share our contribution to the
        call for inputs. The attached paper was prepared by our policy unit.

        Yours faithfully,
        The Secretariat
        Open Borders Forum (OBF)
        Brussels | Nairobi | Bogotá

        This e-mail and any attachments are confidential and intended solely for the addressee.
        """,
        """
        Open Borders Forum
        Contribution to the call for inputs on access to justice for migrants
        """,
        "civil_society",
        ("Open Borders Forum (OBF)",),
    ),
    Variation(
        "shared-en-04",
        "Programmes Office",
        "programmes@lumen-disability.example.org",
        "Call for inputs – persons with disabilities in detention",
        """
        Good afternoon,

        We write from Lumen Disability Rights to submit the attached information.
        We consent to its publication on the OHCHR website.

        Kind regards,
        Programmes Office | Lumen Disability Rights
        Follow us: twitter.com/lumenrights | linkedin.com/company/lumen-disability-rights
        """,
        "",
        "civil_society",
        ("Lumen Disability Rights",),
    ),
    Variation(
        "shared-en-05",
        "Admin",
        "admin@kalahari-landwatch.example.org",
        "Submission from KLW",
        """
        Dear Working Group,

        Please see attached.

        Admin
        on behalf of Kalahari Land Watch (KLW)
        P.O. Box 2231, Gaborone
        """,
        """
        KALAHARI LAND WATCH
        Indigenous land tenure and forced evictions: a submission
        """,
        "civil_society",
        ("Kalahari Land Watch (KLW)",),
    ),
    Variation(
        "shared-fr-06",
        "Équipe plaidoyer",
        "plaidoyer@terres-solidaires.example.org",
        "Contribution à l'appel à contributions",
        """
        Madame, Monsieur,

        Veuillez trouver ci-joint la contribution de l'association Terres Solidaires à l'appel
        à contributions du Groupe de travail.

        Bien cordialement,

        L'équipe plaidoyer
        Terres Solidaires
        12, rue des Lilas – 69003 Lyon
        Tél. : +33 4 78 00 00 00
        """,
        "",
        "civil_society",
        ("Terres Solidaires",),
    ),
    Variation(
        "shared-fr-07",
        "Contact",
        "contact@vigilance-sahel.example.org",
        "Soumission – Vigilance Sahel",
        """
        Bonjour,

        Nous vous prions de bien vouloir trouver en pièce jointe notre soumission.

        Salutations distinguées,
        Secrétariat exécutif
        Réseau Vigilance Sahel pour les droits humains (RVS)
        Niamey, Niger
        """,
        """
        Réseau Vigilance Sahel pour les droits humains
        Soumission au Groupe de travail sur la détention arbitraire des défenseurs
        """,
        "civil_society",
        ("Réseau Vigilance Sahel pour les droits humains (RVS)",),
    ),
    Variation(
        "shared-fr-08",
        "Accueil",
        "accueil@maison-des-exiles.example.fr",
        "Appel à contributions",
        """
        Bonjour,

        Ci-joint la note de la Maison des Exilés de Grenoble.

        Bonne journée,
        --
        Accueil – Maison des Exilés de Grenoble
        Permanence du lundi au vendredi, 9h-17h
        Pensez à l'environnement avant d'imprimer ce courriel.
        """,
        "",
        "civil_society",
        ("Maison des Exilés de Grenoble",),
    ),
    Variation(
        "shared-es-09",
        "Equipo de Comunicación",
        "comunicacion@raices-vivas.example.org",
        "Aporte a la convocatoria",
        """
        Estimados y estimadas:

        Adjuntamos el aporte de la Fundación Raíces Vivas a la convocatoria del Grupo de Trabajo.

        Saludos cordiales,
        Equipo de Comunicación
        Fundación Raíces Vivas
        Av. Amazonas N34-12, Quito
        Tel. +593 2 000 0000
        """,
        """
        FUNDACIÓN RAÍCES VIVAS
        Aporte sobre los derechos de los pueblos indígenas en aislamiento voluntario
        """,
        "civil_society",
        ("Fundación Raíces Vivas",),
    ),
    Variation(
        "shared-es-10",
        "Oficina",
        "oficina@cdh-tierra.example.org",
        "Contribución CEDHAT",
        """
        Buenos días:

        Remitimos la contribución del Centro de Derechos Humanos Tierra y Agua (CEDHAT).

        Atentamente,
        Oficina Central
        CEDHAT
        Este mensaje es confidencial. Si lo recibió por error, bórrelo y avísenos.
        """,
        "",
        "civil_society",
        ("Centro de Derechos Humanos Tierra y Agua (CEDHAT)",),
    ),
    # ── person: a staff member; name, title and organisation in varied orders ──
    Variation(
        "person-en-01",
        "Sarah Okonkwo",
        "s.okonkwo@riverbend-justice.example.org",
        "Submission: call for inputs on environmental defenders",
        """
        Dear Working Group members,

        Please find attached the submission of Riverbend Justice Project.

        Best,
        Sarah Okonkwo (she/her)
        Senior Legal Officer
        Riverbend Justice Project
        +234 803 000 0000 | @RiverbendJP
        """,
        "",
        "civil_society",
        ("Riverbend Justice Project",),
    ),
    Variation(
        "person-en-02",
        "Tomás Herrera",
        "therrera@coastalcommons.example.org",
        "Re: call for inputs",
        """
        Hi,

        Attached is our input. Happy to answer any questions.

        Tomás

        Sent from my phone
        """,
        """
        Coastal Commons Institute
        Input to the Working Group on small-scale fishers and the right to food
        Author: Tomás Herrera, Research Director
        """,
        "civil_society",
        ("Coastal Commons Institute",),
    ),
    Variation(
        "person-en-03",
        "Dr. Amina Yusuf",
        "amina.yusuf@womenforpeace-horn.example.org",
        "Written submission",
        """
        Dear Sir/Madam,

        On behalf of my organisation, I submit the attached written input.

        Yours sincerely,

        Women for Peace in the Horn (WPH)
        Dr. Amina Yusuf, Executive Director
        Mogadishu | Nairobi
        Tel: +252 61 000 0000
        LinkedIn: linkedin.com/in/aminayusuf

        DISCLAIMER: The information in this e-mail is confidential and may be legally privileged.
        """,
        "",
        "civil_society",
        ("Women for Peace in the Horn (WPH)",),
    ),
    Variation(
        "person-en-04",
        "Jonas Lindqvist",
        "jonas@nordic-digital-rights.example.org",
        "Nordic Digital Rights – input",
        """
        Dear colleagues,

        Further to the call for inputs on digital surveillance, please see our contribution attached.

        Kind regards,
        Jonas Lindqvist
        Policy Advisor, Nordic Digital Rights
        Pronouns: he/him
        Mastodon: @jonas@social.example
        """,
        "",
        "civil_society",
        ("Nordic Digital Rights",),
    ),
    Variation(
        "person-en-05",
        "Priya Raman",
        "priya.raman@dalit-land.example.org",
        "Submission to the call for inputs",
        """
        Dear Working Group,

        I attach the submission of our organisation.

        Warm regards,
        Priya Raman
        Head of Research | Dalit Land Rights Collective | Chennai
        M: +91 98400 00000

        Please consider the environment before printing this email.
        """,
        """
        Dalit Land Rights Collective
        Submission on caste-based discrimination in land allocation
        """,
        "civil_society",
        ("Dalit Land Rights Collective",),
    ),
    Variation(
        "person-fr-06",
        "Claire Dubois",
        "c.dubois@enfance-en-droit.example.fr",
        "Contribution – enfants en détention",
        """
        Madame, Monsieur,

        Je vous prie de trouver ci-joint la contribution de notre association.

        Bien à vous,

        Claire Dubois
        Chargée de plaidoyer
        Enfance en Droit
        06 00 00 00 00
        Envoyé de mon iPhone
        """,
        "",
        "civil_society",
        ("Enfance en Droit",),
    ),
    Variation(
        "person-fr-07",
        "Moussa Diallo",
        "mdiallo@ligue-ouest-africaine.example.org",
        "Soumission de la LODH",
        """
        Chers membres du Groupe de travail,

        Au nom de la Ligue ouest-africaine des droits humains (LODH), j'ai l'honneur de vous
        transmettre notre soumission.

        Cordialement,
        Moussa Diallo
        Coordinateur des programmes
        LODH – Dakar
        Tél. : +221 77 000 00 00
        """,
        "",
        "civil_society",
        ("Ligue ouest-africaine des droits humains (LODH)",),
    ),
    Variation(
        "person-fr-08",
        "Nathalie Girard",
        "ngirard@observatoire-logement.example.org",
        "Appel à contributions",
        """
        Bonjour,

        Voici notre note.

        --
        Observatoire du droit au logement
        Nathalie Girard | Directrice
        33 boulevard Voltaire, 75011 Paris
        Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.
        """,
        "",
        "civil_society",
        ("Observatoire du droit au logement",),
    ),
    Variation(
        "person-es-09",
        "Lucía Fernández",
        "lfernandez@defensoras-mesoamerica.example.org",
        "Aporte a la convocatoria",
        """
        Estimadas personas del Grupo de Trabajo:

        Adjunto el aporte de nuestra organización.

        Un abrazo,
        Lucía Fernández
        Coordinadora de Incidencia Internacional
        Red de Defensoras de Mesoamérica
        Tegucigalpa, Honduras
        Enviado desde mi teléfono
        """,
        "",
        "civil_society",
        ("Red de Defensoras de Mesoamérica",),
    ),
    Variation(
        "person-es-10",
        "Andrés Quispe",
        "aquispe@agua-andina.example.org",
        "Contribución – derecho al agua",
        """
        Señores:

        Por medio del presente remito la contribución solicitada.

        Atte.,

        Colectivo Agua Andina
        Andrés Quispe Mamani
        Responsable del área legal
        Cusco – Perú
        facebook.com/aguaandina
        """,
        """
        COLECTIVO AGUA ANDINA
        Contribución sobre el derecho humano al agua en comunidades altoandinas
        """,
        "civil_society",
        ("Colectivo Agua Andina",),
    ),
    # ── letterhead: a free-mail address; the organisation only on the letterhead or title page ──
    Variation(
        "letterhead-en-01",
        "Grace Mutua",
        "gracemutua77@gmail.com",
        "Submission",
        """
        Dear Sir/Madam,

        Please find our submission attached.

        Grace
        """,
        """
        HOPE FOR WIDOWS KENYA
        P.O. Box 1234-00100, Nairobi
        Submission to the Working Group on the property rights of widows
        """,
        "civil_society",
        ("Hope for Widows Kenya",),
    ),
    Variation(
        "letterhead-en-02",
        "",
        "streetchildren.aid@yahoo.com",
        "call for inputs",
        """
        Attached.
        """,
        """
        Street Children Aid Foundation (SCAF)
        Kampala, Uganda
        Input for the report on children in street situations
        """,
        "civil_society",
        ("Street Children Aid Foundation (SCAF)",),
    ),
    Variation(
        "letterhead-en-03",
        "R. Bose",
        "rbose.1962@hotmail.com",
        "Inputs for the report",
        """
        Respected Sir/Madam,

        Kindly find attached inputs from our organisation for your kind perusal.

        Thanking you,
        R. Bose
        """,
        """
        SUNDARBANS FOREST DWELLERS' FORUM
        Regd. Office: Gosaba, South 24 Parganas, West Bengal
        Ref: SFDF/2026/41
        To: The Working Group
        Subject: Inputs on climate change and forest-dependent communities
        """,
        "civil_society",
        ("Sundarbans Forest Dwellers' Forum",),
    ),
    Variation(
        "letterhead-en-04",
        "Daniel",
        "daniel.mensah.gh@gmail.com",
        "Our input",
        """
        Hello,

        I am sending the input of our group. Thank you.

        Sent from my Samsung Galaxy smartphone.
        """,
        """
        Youth Alliance for Accountability Ghana
        Title page
        Submission to the UN Working Group – youth participation in public affairs
        Prepared by: Daniel Mensah, Coordinator
        """,
        "civil_society",
        ("Youth Alliance for Accountability Ghana",),
    ),
    Variation(
        "letterhead-en-05",
        "pacificvoices",
        "pacificvoices@outlook.com",
        "Submission on sea-level rise",
        """
        Kia ora,

        Our submission is attached.

        Ngā mihi
        """,
        """
        PACIFIC ISLAND VOICES FOR CLIMATE JUSTICE
        A submission on sea-level rise, relocation and human rights
        """,
        "civil_society",
        ("Pacific Island Voices for Climate Justice",),
    ),
    Variation(
        "letterhead-fr-06",
        "Jean-Baptiste K.",
        "jbk.bukavu@yahoo.com",
        "Contribution",
        """
        Bonjour,

        Ci-joint notre contribution.

        Cordialement
        """,
        """
        ACTION POUR LA PAIX ET LE DÉVELOPPEMENT AU KIVU (APDK)
        Bukavu, Sud-Kivu, RDC
        Contribution à l'appel du Groupe de travail sur les entreprises militaires privées
        """,
        "civil_society",
        ("Action pour la paix et le développement au Kivu (APDK)",),
    ),
    Variation(
        "letterhead-fr-07",
        "",
        "femmes.rurales.benin@gmail.com",
        "Appel à contributions",
        """
        Madame, Monsieur,

        Nous vous transmettons notre contribution.

        Respectueusement.
        """,
        """
        Association des Femmes Rurales du Bénin
        Récépissé n° 2019/123/MISP
        Contribution sur l'accès des femmes rurales à la terre
        """,
        "civil_society",
        ("Association des Femmes Rurales du Bénin",),
    ),
    Variation(
        "letterhead-fr-08",
        "Hélène",
        "helene.martin@laposte.net",
        "contribution appel",
        """
        Bonjour,

        Voici la note de notre collectif, rédigée par nos bénévoles.

        Hélène
        """,
        """
        Collectif Droits des Aînés
        Note au Groupe de travail : l'âgisme dans les établissements de soins
        """,
        "civil_society",
        ("Collectif Droits des Aînés",),
    ),
    Variation(
        "letterhead-es-09",
        "Rosa",
        "rosa.mamani@gmail.com",
        "Aporte",
        """
        Buenas tardes,

        Les hago llegar nuestro aporte.

        Saludos
        """,
        """
        ASOCIACIÓN DE MUJERES AYMARAS SEMBRANDO FUTURO
        El Alto, Bolivia
        Aporte a la convocatoria sobre mujeres indígenas y justicia climática
        """,
        "civil_society",
        ("Asociación de Mujeres Aymaras Sembrando Futuro",),
    ),
    Variation(
        "letterhead-es-10",
        "",
        "colectivo.memoria.guate@hotmail.com",
        "convocatoria",
        """
        Estimados:

        Adjuntamos documento.
        """,
        """
        Colectivo Memoria y Verdad (COMEVE)
        Ciudad de Guatemala
        Contribución sobre desapariciones forzadas y búsqueda de personas
        """,
        "civil_society",
        ("Colectivo Memoria y Verdad (COMEVE)",),
    ),
    # ── acronym: the acronym in one place, the full name in another ──
    Variation(
        "acronym-en-01",
        "IDRN",
        "office@idrn.example.org",
        "IDRN submission",
        """
        Dear colleagues,

        Please find IDRN's submission attached.

        Best regards,
        IDRN Secretariat
        """,
        """
        International Detention Reform Network
        Submission on alternatives to immigration detention
        """,
        "civil_society",
        ("International Detention Reform Network (IDRN)",),
    ),
    Variation(
        "acronym-en-02",
        "Helen Park",
        "hpark@aaje.example.org",
        "Input",
        """
        Dear Working Group,

        The Asian Alliance for Judicial Independence is pleased to submit the attached.

        Helen Park
        Program Officer, AAJE
        """,
        "",
        "civil_society",
        ("Asian Alliance for Judicial Independence (AAJE)",),
    ),
    Variation(
        "acronym-en-03",
        "GRIP",
        "grip@gmail.com",
        "Call for inputs",
        """
        Hello,

        Attached is the submission.

        GRIP team
        """,
        """
        Grassroots Initiative for Prisoners
        Conditions in pre-trial detention: a submission
        """,
        "civil_society",
        ("Grassroots Initiative for Prisoners (GRIP)",),
    ),
    Variation(
        "acronym-en-04",
        "Mark Ellis",
        "mark.ellis@lrc-africa.example.org",
        "LRC-A input on business and human rights",
        """
        Dear all,

        Attached please find the input of the Legal Resources Centre for Africa (LRC-A).

        Regards,
        Mark
        """,
        """
        LRC-A
        Input to the Working Group on mining and community consent
        """,
        "civil_society",
        ("Legal Resources Centre for Africa (LRC-A)",),
    ),
    Variation(
        "acronym-en-05",
        "Info SWAN",
        "info@swan-network.example.org",
        "SWAN",
        """
        Dear OHCHR,

        SWAN submits the attached paper.

        Kind regards,
        SWAN | Sex Workers' Advocacy Network
        """,
        "",
        "civil_society",
        ("Sex Workers' Advocacy Network (SWAN)",),
    ),
    Variation(
        "acronym-fr-06",
        "FIDEC",
        "fidec@fidec.example.org",
        "Contribution FIDEC",
        """
        Madame, Monsieur,

        Veuillez trouver ci-joint la contribution de la FIDEC.

        Cordialement,
        Le bureau de la FIDEC
        """,
        """
        Fédération internationale pour les droits des enfants et de la culture
        Contribution relative au droit à l'éducation des enfants déplacés
        """,
        "civil_society",
        ("Fédération internationale pour les droits des enfants et de la culture (FIDEC)",),
    ),
    Variation(
        "acronym-fr-07",
        "Paul Ndzana",
        "p.ndzana@ojdh.example.org",
        "Soumission",
        """
        Bonjour,

        L'Observatoire des journalistes et des droits humains vous adresse sa soumission.

        Paul Ndzana
        Secrétaire général de l'OJDH
        Yaoundé
        """,
        "",
        "civil_society",
        ("Observatoire des journalistes et des droits humains (OJDH)",),
    ),
    Variation(
        "acronym-fr-08",
        "ACAT",
        "acat.lome@gmail.com",
        "Appel à contributions – torture",
        """
        Bonjour,

        L'ACAT vous transmet sa note.

        Merci.
        """,
        """
        Association des chrétiens pour l'abolition de la torture – Lomé
        Note sur les mauvais traitements en garde à vue
        """,
        "civil_society",
        (
            "Association des chrétiens pour l'abolition de la torture – Lomé (ACAT)",
            "Association des chrétiens pour l'abolition de la torture (ACAT)",
        ),
    ),
    Variation(
        "acronym-es-09",
        "CODEPU",
        "codepu@codepu.example.org",
        "Aporte CODEPU",
        """
        Estimados:

        Adjuntamos aporte de CODEPU.

        Saludos,
        Área Jurídica CODEPU
        """,
        """
        Corporación de Promoción y Defensa de los Derechos del Pueblo
        Aporte sobre violencia policial en protestas sociales
        """,
        "civil_society",
        ("Corporación de Promoción y Defensa de los Derechos del Pueblo (CODEPU)",),
    ),
    Variation(
        "acronym-es-10",
        "María José Ruiz",
        "mjruiz@fjdm.example.org",
        "Contribución de la FJDM",
        """
        Estimadas y estimados:

        La Fundación Justicia y Derechos de las Mujeres remite su contribución.

        María José Ruiz
        Directora Ejecutiva – FJDM
        """,
        "",
        "civil_society",
        ("Fundación Justicia y Derechos de las Mujeres (FJDM)",),
    ),
    # ── bilingual: the organisation's name in two languages ──
    Variation(
        "bilingual-en-01",
        "Info",
        "info@cmrc-ccrm.example.ca",
        "Submission / Soumission",
        """
        Dear Working Group / Chers membres du Groupe de travail,

        Please find our submission attached. Veuillez trouver notre soumission ci-jointe.

        Canadian Migrant Rights Coalition / Coalition canadienne pour les droits des migrants
        (CMRC / CCDM)
        """,
        "",
        "civil_society",
        (
            "Canadian Migrant Rights Coalition (CMRC)",
            "Coalition canadienne pour les droits des migrants (CCDM)",
            "Canadian Migrant Rights Coalition / Coalition canadienne pour les droits des migrants",
        ),
    ),
    Variation(
        "bilingual-en-02",
        "Isabel Torres",
        "itorres@ilrc.example.org",
        "Submission – Indigenous Languages",
        """
        Dear colleagues,

        Attached is our submission, in English and Spanish.

        Isabel Torres
        Indigenous Languages Rights Centre | Centro de Derechos de las Lenguas Indígenas
        """,
        "",
        "civil_society",
        (
            "Indigenous Languages Rights Centre",
            "Centro de Derechos de las Lenguas Indígenas",
            "Indigenous Languages Rights Centre / Centro de Derechos de las Lenguas Indígenas",
            "Indigenous Languages Rights Centre | Centro de Derechos de las Lenguas Indígenas",
        ),
    ),
    Variation(
        "bilingual-en-03",
        "",
        "contact@afrihealth-afrisante.example.org",
        "Input on the right to health",
        """
        Dear Sir or Madam,

        We attach our input.

        Regards
        """,
        """
        African Health Equity Network – Réseau africain pour l'équité en santé
        Input on access to medicines
        """,
        "civil_society",
        (
            "African Health Equity Network",
            "Réseau africain pour l'équité en santé",
            "African Health Equity Network / Réseau africain pour l'équité en santé",
            "African Health Equity Network – Réseau africain pour l'équité en santé",
        ),
    ),
    Variation(
        "bilingual-en-04",
        "Comms",
        "comms@wrn-rdf.example.org",
        "WRN / RDF submission",
        """
        Hi,

        Attached, the WRN submission.

        Cheers,
        Women's Rights Network (WRN) – Réseau des droits des femmes (RDF)
        Montréal, QC
        """,
        "",
        "civil_society",
        (
            "Women's Rights Network (WRN)",
            "Réseau des droits des femmes (RDF)",
            "Women's Rights Network (WRN) / Réseau des droits des femmes (RDF)",
            "Women's Rights Network (WRN) – Réseau des droits des femmes (RDF)",
        ),
    ),
    Variation(
        "bilingual-en-05",
        "Kofi Asante",
        "kasante@wacsi-network.example.org",
        "Contribution",
        """
        Dear all,

        Please see attached.

        Kofi Asante
        West African Civic Space Network / Réseau ouest-africain pour l'espace civique
        Accra
        """,
        "",
        "civil_society",
        (
            "West African Civic Space Network",
            "Réseau ouest-africain pour l'espace civique",
            "West African Civic Space Network / Réseau ouest-africain pour l'espace civique",
        ),
    ),
    Variation(
        "bilingual-fr-06",
        "Secrétariat",
        "secretariat@rhdh.example.org",
        "Contribution / Submission",
        """
        Madame, Monsieur,

        Vous trouverez ci-joint notre contribution.

        Réseau haïtien des droits humains – Rezo ayisyen dwa moun (RHDH)
        Port-au-Prince
        """,
        "",
        "civil_society",
        (
            "Réseau haïtien des droits humains (RHDH)",
            "Rezo ayisyen dwa moun (RHDH)",
            "Réseau haïtien des droits humains – Rezo ayisyen dwa moun (RHDH)",
            "Réseau haïtien des droits humains / Rezo ayisyen dwa moun (RHDH)",
        ),
    ),
    Variation(
        "bilingual-fr-07",
        "Marc Peeters",
        "marc.peeters@liga-ligue.example.be",
        "Contribution",
        """
        Bonjour,

        Ci-joint notre contribution.

        Marc Peeters
        Liga voor Mensenrechten / Ligue pour les droits humains (Bruxelles)
        """,
        "",
        "civil_society",
        (
            "Ligue pour les droits humains",
            "Liga voor Mensenrechten",
            "Liga voor Mensenrechten / Ligue pour les droits humains",
        ),
    ),
    Variation(
        "bilingual-fr-08",
        "",
        "info@ccla-acla.example.ca",
        "Soumission – liberté d'expression",
        """
        Bonjour,

        Veuillez trouver ci-joint la soumission de l'Association canadienne des libertés civiles.
        """,
        """
        Association canadienne des libertés civiles
        Canadian Civil Liberties Network
        Soumission au Groupe de travail
        """,
        "civil_society",
        (
            "Association canadienne des libertés civiles",
            "Canadian Civil Liberties Network",
            "Association canadienne des libertés civiles / Canadian Civil Liberties Network",
        ),
    ),
    Variation(
        "bilingual-es-09",
        "Comunicaciones",
        "comunicaciones@fpi-ipf.example.org",
        "Contribución",
        """
        Estimados:

        Adjuntamos nuestra contribución.

        Foro de Pueblos Indígenas / Indigenous Peoples' Forum (FPI)
        Ciudad de Panamá
        """,
        "",
        "civil_society",
        (
            "Foro de Pueblos Indígenas (FPI)",
            "Indigenous Peoples' Forum (FPI)",
            "Foro de Pueblos Indígenas / Indigenous Peoples' Forum (FPI)",
        ),
    ),
    Variation(
        "bilingual-es-10",
        "Ana Lima",
        "ana.lima@redfronteira.example.org",
        "Aporte",
        """
        Hola,

        Les envío el aporte de nuestra red.

        Ana Lima
        Red Frontera de Migrantes – Rede Fronteira de Migrantes
        Foz do Iguaçu / Ciudad del Este
        """,
        "",
        "civil_society",
        (
            "Red Frontera de Migrantes",
            "Rede Fronteira de Migrantes",
            "Red Frontera de Migrantes – Rede Fronteira de Migrantes",
            "Red Frontera de Migrantes / Rede Fronteira de Migrantes",
        ),
    ),
    # ── ngostate: an NGO with a State-like word in its name, or writing about a State ──
    Variation(
        "ngostate-en-01",
        "Mission for Migrant Workers",
        "info@mfmw.example.org",
        "Submission – domestic workers",
        """
        Dear Working Group,

        Please find attached the submission of the Mission for Migrant Workers.

        Kind regards,
        Mission for Migrant Workers (MFMW)
        Kowloon, Hong Kong
        """,
        "",
        "civil_society",
        ("Mission for Migrant Workers (MFMW)",),
    ),
    Variation(
        "ngostate-en-02",
        "Embassy of Hope Foundation",
        "contact@embassyofhope.example.org",
        "Input on trafficking",
        """
        Dear Sir/Madam,

        The Embassy of Hope Foundation presents its compliments and submits the attached input.

        Yours faithfully,
        Embassy of Hope Foundation
        Lagos, Nigeria
        """,
        "",
        "civil_society",
        ("Embassy of Hope Foundation",),
    ),
    Variation(
        "ngostate-en-03",
        "Philip Mwale",
        "pmwale@zambiarights.example.org",
        "Submission on Zambia",
        """
        Dear colleagues,

        We write regarding the situation in the Republic of Zambia. The Government of Zambia has
        not responded to our requests. Attached is our submission.

        Philip Mwale
        Director, Zambia Human Rights Watchdog
        Lusaka
        """,
        "",
        "civil_society",
        ("Zambia Human Rights Watchdog",),
    ),
    Variation(
        "ngostate-en-04",
        "Republic of Children",
        "hello@republicofchildren.example.org",
        "Our contribution",
        """
        Hello!

        Republic of Children is a youth-led NGO. Here is our contribution.

        Love,
        The Republic of Children team
        """,
        "",
        "civil_society",
        ("Republic of Children",),
    ),
    Variation(
        "ngostate-en-05",
        "Permanent Mission Watch",
        "team@permanentmissionwatch.example.org",
        "Submission",
        """
        Dear Working Group,

        Permanent Mission Watch, an NGO that monitors the conduct of States at the Human Rights
        Council, is pleased to transmit the attached submission concerning Myanmar.

        Regards,
        Permanent Mission Watch
        Geneva
        """,
        "",
        "civil_society",
        ("Permanent Mission Watch",),
    ),
    Variation(
        "ngostate-fr-06",
        "Mission Enfance Mali",
        "mission.enfance.mali@gmail.com",
        "Contribution",
        """
        Bonjour,

        L'ONG Mission Enfance Mali vous adresse sa contribution.

        Le coordinateur
        Mission Enfance Mali
        Bamako
        """,
        "",
        "civil_society",
        ("Mission Enfance Mali",),
    ),
    Variation(
        "ngostate-fr-07",
        "Collectif France Terre d'Exil",
        "collectif@france-exil.example.fr",
        "Note au Groupe de travail",
        """
        Madame, Monsieur,

        Le Collectif France Terre d'Exil a l'honneur de vous transmettre sa note sur les
        pratiques de la République française en matière de rétention administrative.

        Veuillez agréer l'expression de notre haute considération.

        Collectif France Terre d'Exil
        """,
        "",
        "civil_society",
        ("Collectif France Terre d'Exil",),
    ),
    Variation(
        "ngostate-fr-08",
        "Ambassade des Citoyens",
        "ambassade.citoyens@example.org",
        "Soumission",
        """
        Bonjour,

        L'Ambassade des Citoyens, association de défense des droits des usagers des services
        publics, vous soumet la note ci-jointe.

        L'Ambassade des Citoyens – Abidjan
        """,
        "",
        "civil_society",
        ("Ambassade des Citoyens",),
    ),
    Variation(
        "ngostate-es-09",
        "Misión Derechos Humanos Venezuela",
        "mision.ddhh.vzla@gmail.com",
        "Aporte",
        """
        Estimados:

        Misión Derechos Humanos Venezuela remite su aporte sobre la situación en la República
        Bolivariana de Venezuela.

        Atentamente,
        Misión Derechos Humanos Venezuela (MDHV)
        Caracas
        """,
        "",
        "civil_society",
        ("Misión Derechos Humanos Venezuela (MDHV)",),
    ),
    Variation(
        "ngostate-es-10",
        "Gustavo Peña",
        "gpena@colombia-diversa.example.org",
        "Contribución sobre Colombia",
        """
        Estimados miembros del Grupo de Trabajo:

        Nuestra organización tiene el honor de presentar información sobre el Estado colombiano
        y el Gobierno de Colombia en relación con personas LGBTI privadas de libertad.

        Gustavo Peña
        Abogado
        Colombia Plural – Organización de la sociedad civil
        Bogotá D.C.
        """,
        "",
        "civil_society",
        ("Colombia Plural",),
    ),
    # ── state: notes verbales, missions and ministries ──
    Variation(
        # the Permanent Mission of Ireland in Geneva writes from the Department of Foreign Affairs' domain
        "state-en-01",
        "Geneva PM",
        "genevapmun@dfa.ie",
        "Note verbale – call for inputs",
        """
        Dear colleagues,

        Please find attached a Note Verbale from the Permanent Mission of Ireland together with
        Ireland's response to the questionnaire.

        Kind regards,
        Permanent Mission of Ireland to the United Nations, Geneva
        """,
        """
        Permanent Mission of Ireland to the United Nations Office and other International Organisations at Geneva

        The Permanent Mission of Ireland to the United Nations Office and other International
        Organisations at Geneva presents its compliments to the Office of the United Nations High
        Commissioner for Human Rights and has the honour to transmit Ireland's response.
        """,
        "member_state",
        ("Ireland",),
        "IRL",
    ),
    Variation(
        # Australia's Department of Foreign Affairs and Trade, dfat.gov.au
        "state-en-02",
        "Wright, Jessica",
        "jessica.wright@dfat.gov.au",
        "Australian Government submission",
        """
        Good afternoon,

        Please find attached the Australian Government's submission to the Working Group.

        Regards,
        Jessica Wright
        Second Secretary | Australian Permanent Mission to the United Nations, Geneva
        Department of Foreign Affairs and Trade

        UNCLASSIFIED
        """,
        "",
        "member_state",
        ("Australia",),
        "AUS",
    ),
    Variation(
        # Kenya's Ministry of Foreign and Diaspora Affairs, mfa.go.ke
        "state-en-03",
        "Kenya Mission Geneva",
        "geneva@mfa.go.ke",
        "Note verbale",
        """
        Attached please find note verbale Ref. KMG/HR/12/2026.
        """,
        """
        PERMANENT MISSION OF THE REPUBLIC OF KENYA TO THE UNITED NATIONS OFFICE AT GENEVA

        The Permanent Mission of the Republic of Kenya to the United Nations Office at Geneva
        presents its compliments to the Office of the High Commissioner for Human Rights and, with
        reference to the call for inputs, has the honour to forward the response of the
        Government of the Republic of Kenya.
        """,
        "member_state",
        ("Kenya", "Republic of Kenya"),
        "KEN",
    ),
    Variation(
        # the Philippine Department of Justice writing directly, doj.gov.ph
        "state-en-04",
        "DOJ Office of the Secretary",
        "osec@doj.gov.ph",
        "Response of the Philippines",
        """
        Sir/Madam:

        The Department of Justice of the Republic of the Philippines respectfully submits the
        attached information in response to the call for inputs.

        Very truly yours,
        Office of the Secretary
        Department of Justice
        Padre Faura St., Ermita, Manila
        """,
        "",
        "member_state",
        ("Philippines", "Republic of the Philippines"),
        "PHL",
    ),
    Variation(
        # Germany's Federal Foreign Office mission in Geneva, genf.diplo.de
        "state-en-05",
        "Human Rights Section",
        "hr-1@genf.diplo.de",
        "Germany – input to the call",
        """
        Dear colleagues,

        Please find attached the input of the Federal Republic of Germany.

        Best regards,
        Human Rights Section
        Permanent Mission of the Federal Republic of Germany to the Office of the United Nations
        and to the other International Organizations, Geneva
        """,
        "",
        "member_state",
        ("Germany", "Federal Republic of Germany"),
        "DEU",
    ),
    Variation(
        # Morocco's Mission in Geneva, on the Ministry of Foreign Affairs' domain diplomatie.ma
        "state-fr-06",
        "Mission du Maroc",
        "mission.geneve@diplomatie.ma",
        "Note verbale – Maroc",
        """
        Veuillez trouver ci-joint une note verbale de la Mission permanente du Royaume du Maroc.
        """,
        """
        Mission permanente du Royaume du Maroc auprès de l'Office des Nations Unies à Genève

        La Mission permanente du Royaume du Maroc auprès de l'Office des Nations Unies et des
        autres organisations internationales à Genève présente ses compliments au Haut-Commissariat
        des Nations Unies aux droits de l'homme et a l'honneur de lui transmettre la contribution
        du Royaume du Maroc.
        """,
        "member_state",
        ("Morocco", "Kingdom of Morocco", "Maroc", "Royaume du Maroc"),
        "MAR",
    ),
    Variation(
        # Switzerland's Federal Department of Foreign Affairs, eda.admin.ch
        "state-fr-07",
        "Dupont Sophie EDA DUS",
        "sophie.dupont@eda.admin.ch",
        "Réponse de la Suisse",
        """
        Madame, Monsieur,

        Vous trouverez en annexe la réponse de la Suisse à l'appel à contributions.

        Meilleures salutations

        Sophie Dupont
        Collaboratrice diplomatique
        Département fédéral des affaires étrangères DFAE
        Division Paix et droits de l'homme
        """,
        "",
        "member_state",
        ("Switzerland", "Suisse"),
        "CHE",
    ),
    Variation(
        # France's Ministry for Europe and Foreign Affairs, diplomatie.gouv.fr
        "state-fr-08",
        "DFRA Genève",
        "dfra.geneve-dfra@diplomatie.gouv.fr",
        "NV – contribution de la France",
        """
        Bonjour,

        Veuillez trouver ci-joint la note verbale de la Représentation permanente de la France
        ainsi que la contribution française.

        Cordialement,
        Représentation permanente de la France auprès de l'Office des Nations unies à Genève
        """,
        """
        Représentation permanente de la France auprès de l'Office des Nations unies à Genève
        et des organisations internationales en Suisse

        La Représentation permanente de la France présente ses compliments au Haut-Commissariat
        aux droits de l'homme et a l'honneur de lui faire parvenir la contribution de la France.
        """,
        "member_state",
        ("France",),
        "FRA",
    ),
    Variation(
        # Colombia's Ministry of Foreign Affairs, cancilleria.gov.co
        "state-es-09",
        "Misión Permanente de Colombia en Ginebra",
        "eginebra@cancilleria.gov.co",
        "Nota verbal – respuesta de Colombia",
        """
        Señores:

        Adjunto remitimos nota verbal y el aporte del Estado colombiano.

        Misión Permanente de Colombia ante la Oficina de las Naciones Unidas en Ginebra
        """,
        """
        MISIÓN PERMANENTE DE COLOMBIA ANTE LA OFICINA DE LAS NACIONES UNIDAS Y OTROS ORGANISMOS
        INTERNACIONALES CON SEDE EN GINEBRA

        La Misión Permanente de Colombia saluda atentamente a la Oficina del Alto Comisionado de
        las Naciones Unidas para los Derechos Humanos y tiene el honor de remitir la respuesta del
        Gobierno de la República de Colombia.
        """,
        "member_state",
        ("Colombia", "República de Colombia", "Republic of Colombia"),
        "COL",
    ),
    Variation(
        # Chile's Ministry of Justice and Human Rights writing directly, minjusticia.gob.cl
        "state-es-10",
        "Subsecretaría de Derechos Humanos",
        "ddhh.internacional@minjusticia.gob.cl",
        "Aporte del Estado de Chile",
        """
        Estimados/as:

        Junto con saludar, remitimos el aporte del Estado de Chile a la convocatoria del Grupo
        de Trabajo.

        Saludos cordiales,
        División de Protección – Subsecretaría de Derechos Humanos
        Ministerio de Justicia y Derechos Humanos
        Gobierno de Chile
        """,
        "",
        "member_state",
        ("Chile",),
        "CHL",
    ),
    # ── nhri: national human rights institutions on their country-code domains ──
    Variation(
        # Australian Human Rights Commission, humanrights.gov.au
        "nhri-en-01",
        "International Team",
        "international@humanrights.gov.au",
        "AHRC submission",
        """
        Dear Working Group,

        Please find attached the submission of the Australian Human Rights Commission.

        Kind regards,
        International Engagement Team
        Australian Human Rights Commission
        GPO Box 5218, Sydney NSW 2001
        """,
        "",
        "nhri",
        ("Australian Human Rights Commission",),
        "AUS",
    ),
    Variation(
        # Irish Human Rights and Equality Commission, ihrec.ie
        "nhri-en-02",
        "Niamh Byrne",
        "niamh.byrne@ihrec.ie",
        "Submission of IHREC",
        """
        Dear colleagues,

        I attach IHREC's submission in response to the call for inputs.

        Le meas,
        Niamh Byrne
        Legal Officer
        Irish Human Rights and Equality Commission | Coimisiún na hÉireann um Chearta an Duine agus Comhionannas
        16-22 Green Street, Dublin 7
        """,
        "",
        "nhri",
        ("Irish Human Rights and Equality Commission (IHREC)",),
        "IRL",
    ),
    Variation(
        # New Zealand Human Rights Commission, hrc.co.nz
        "nhri-en-03",
        "Infoline",
        "infoline@hrc.co.nz",
        "Te Kāhui Tika Tangata submission",
        """
        Kia ora,

        Please find attached the submission from Te Kāhui Tika Tangata | Human Rights Commission.

        Ngā mihi
        """,
        "",
        "nhri",
        (
            "Human Rights Commission",
            "New Zealand Human Rights Commission",
            "Te Kāhui Tika Tangata",
            "Te Kāhui Tika Tangata | Human Rights Commission",
        ),
        "NZL",
    ),
    Variation(
        # Commission on Human Rights of the Philippines, chr.gov.ph
        "nhri-en-04",
        "CHR Philippines",
        "hrpd@chr.gov.ph",
        "Submission – call for inputs",
        """
        Greetings from the Commission on Human Rights of the Philippines!

        Attached is the Commission's submission.

        Respectfully,
        Human Rights Policy Office
        Commission on Human Rights
        SAAC Bldg., Commonwealth Avenue, Quezon City
        """,
        "",
        "nhri",
        (
            "Commission on Human Rights of the Philippines",
            "Commission on Human Rights of the Philippines (CHR)",
            "Commission on Human Rights (CHR)",
        ),
        "PHL",
    ),
    Variation(
        # South African Human Rights Commission, sahrc.org.za
        "nhri-en-05",
        "Thabo Nkosi",
        "tnkosi@sahrc.org.za",
        "SAHRC input",
        """
        Dear Sir/Madam,

        The SAHRC's input is attached.

        Thabo Nkosi
        Researcher: International Engagement
        South African Human Rights Commission
        Braampark Forum 3, Johannesburg
        """,
        "",
        "nhri",
        ("South African Human Rights Commission (SAHRC)",),
        "ZAF",
    ),
    Variation(
        # Commission nationale consultative des droits de l'homme, cncdh.fr
        "nhri-fr-06",
        "CNCDH",
        "cncdh@cncdh.fr",
        "Contribution de la CNCDH",
        """
        Madame, Monsieur,

        La Commission nationale consultative des droits de l'homme a l'honneur de vous adresser
        sa contribution.

        Le Secrétariat général
        CNCDH – 20 avenue de Ségur, 75007 Paris
        """,
        "",
        "nhri",
        ("Commission nationale consultative des droits de l'homme (CNCDH)",),
        "FRA",
    ),
    Variation(
        # Conseil national des droits de l'Homme du Maroc, cndh.ma
        "nhri-fr-07",
        "Direction des relations internationales",
        "dri@cndh.ma",
        "Contribution du CNDH",
        """
        Madame, Monsieur,

        Veuillez trouver ci-joint la contribution du Conseil national des droits de l'Homme.

        Direction des relations internationales
        CNDH – Rabat
        """,
        "",
        "nhri",
        ("Conseil national des droits de l'Homme (CNDH)",),
        "MAR",
    ),
    Variation(
        # Commission canadienne des droits de la personne, chrc-ccdp.gc.ca
        "nhri-fr-08",
        "Affaires internationales",
        "international@chrc-ccdp.gc.ca",
        "Soumission de la Commission",
        """
        Bonjour,

        Veuillez trouver ci-joint la soumission de la Commission canadienne des droits de la
        personne.

        Commission canadienne des droits de la personne / Canadian Human Rights Commission
        Ottawa (Ontario)
        """,
        "",
        "nhri",
        (
            "Commission canadienne des droits de la personne",
            "Canadian Human Rights Commission",
            "Canadian Human Rights Commission / Commission canadienne des droits de la personne",
        ),
        "CAN",
    ),
    Variation(
        # Defensoría del Pueblo de Colombia, defensoria.gov.co
        "nhri-es-09",
        "Delegada para Asuntos Internacionales",
        "asuntosinternacionales@defensoria.gov.co",
        "Aporte de la Defensoría del Pueblo",
        """
        Respetados señores:

        La Defensoría del Pueblo de Colombia remite su aporte a la convocatoria.

        Cordialmente,
        Delegada para Asuntos Internacionales
        Defensoría del Pueblo – Colombia
        """,
        "",
        "nhri",
        ("Defensoría del Pueblo de Colombia", "Defensoría del Pueblo"),
        "COL",
    ),
    Variation(
        # Instituto Nacional de Derechos Humanos de Chile, indh.cl
        "nhri-es-10",
        "Paula Soto",
        "psoto@indh.cl",
        "Contribución INDH",
        """
        Estimados/as:

        Adjunto la contribución del INDH.

        Paula Soto
        Unidad de Relaciones Internacionales
        Instituto Nacional de Derechos Humanos
        Santiago, Chile
        """,
        "",
        "nhri",
        ("Instituto Nacional de Derechos Humanos (INDH)",),
        "CHL",
    ),
    # ── igo: intergovernmental bodies, regional ones among them ──
    Variation(
        # International Organization for Migration, iom.int
        "igo-en-01",
        "Migration Law Unit",
        "iml@iom.int",
        "IOM input to the call",
        """
        Dear colleagues,

        Please find attached the input of the International Organization for Migration (IOM).

        Best regards,
        International Migration Law Unit
        IOM – UN Migration
        17 route des Morillons, Geneva
        """,
        "",
        "international_org",
        ("International Organization for Migration (IOM)",),
    ),
    Variation(
        # International Centre for Migration Policy Development, icmpd.org
        "igo-en-02",
        "Eva Gruber",
        "eva.gruber@icmpd.org",
        "ICMPD contribution",
        """
        Dear Sir/Madam,

        Attached please find ICMPD's contribution.

        Eva Gruber
        Policy Officer
        International Centre for Migration Policy Development
        Gonzagagasse 1, 1010 Vienna
        """,
        "",
        "international_org",
        ("International Centre for Migration Policy Development (ICMPD)",),
    ),
    Variation(
        # OSCE Office for Democratic Institutions and Human Rights, osce.org
        "igo-en-03",
        "ODIHR Human Rights Department",
        "hrd@odihr.pl",
        "ODIHR submission",
        """
        Dear colleagues,

        The OSCE Office for Democratic Institutions and Human Rights (ODIHR) is pleased to share the
        attached submission.

        OSCE/ODIHR
        ul. Miodowa 10, Warsaw
        """,
        "",
        "international_org",
        (
            "OSCE Office for Democratic Institutions and Human Rights (ODIHR)",
            "Office for Democratic Institutions and Human Rights (ODIHR)",
        ),
    ),
    Variation(
        # European Union Agency for Fundamental Rights, fra.europa.eu
        "igo-en-04",
        "FRA Institutional Cooperation",
        "institutional.cooperation@fra.europa.eu",
        "FRA input",
        """
        Dear colleagues,

        Please find attached FRA's input.

        Kind regards,
        Institutional Cooperation and Networks Unit
        European Union Agency for Fundamental Rights
        Vienna, Austria
        """,
        "",
        "international_org",
        ("European Union Agency for Fundamental Rights (FRA)",),
    ),
    Variation(
        # Inter-American Commission on Human Rights, oas.org
        "igo-en-05",
        "CIDH",
        "cidhdenuncias@oas.org",
        "IACHR contribution",
        """
        Dear Working Group,

        The Inter-American Commission on Human Rights submits the attached contribution.

        Executive Secretariat
        IACHR | Organization of American States
        1889 F St NW, Washington, D.C.
        """,
        "",
        "international_org",
        ("Inter-American Commission on Human Rights (IACHR)",),
    ),
    Variation(
        # Organisation internationale de la Francophonie, francophonie.org
        "igo-fr-06",
        "Direction des affaires politiques",
        "dapg@francophonie.org",
        "Contribution de l'OIF",
        """
        Madame, Monsieur,

        L'Organisation internationale de la Francophonie a l'honneur de vous transmettre sa
        contribution.

        Direction des affaires politiques et de la gouvernance démocratique
        OIF – 19-21 avenue Bosquet, 75007 Paris
        """,
        "",
        "international_org",
        ("Organisation internationale de la Francophonie (OIF)",),
    ),
    Variation(
        # African Commission on Human and Peoples' Rights, achpr.org
        "igo-fr-07",
        "Secrétariat CADHP",
        "au-banjul@africa-union.org",
        "Contribution de la Commission africaine",
        """
        Madame, Monsieur,

        Le Secrétariat de la Commission africaine des droits de l'homme et des peuples vous
        transmet la contribution ci-jointe.

        Secrétariat de la CADHP
        Banjul, Gambie
        """,
        "",
        "international_org",
        (
            "Commission africaine des droits de l'homme et des peuples (CADHP)",
            "African Commission on Human and Peoples' Rights (ACHPR)",
        ),
    ),
    Variation(
        # International Labour Organization, ilo.org
        "igo-fr-08",
        "Jean Mercier",
        "mercier@ilo.org",
        "Contribution du BIT",
        """
        Bonjour,

        Veuillez trouver ci-joint la contribution du Bureau international du Travail.

        Jean Mercier
        Spécialiste des normes
        Département des normes internationales du travail
        Organisation internationale du Travail
        """,
        "",
        "international_org",
        (
            "Bureau international du Travail (BIT)",
            "Organisation internationale du Travail (OIT)",
            "International Labour Organization (ILO)",
            "Organisation internationale du Travail",
        ),
    ),
    Variation(
        # Secretaría General Iberoamericana, segib.org
        "igo-es-09",
        "Cooperación SEGIB",
        "cooperacion@segib.org",
        "Aporte de la SEGIB",
        """
        Estimados:

        La Secretaría General Iberoamericana remite su aporte.

        Saludos,
        Área de Cooperación
        SEGIB – Paseo de Recoletos 8, Madrid
        """,
        "",
        "international_org",
        ("Secretaría General Iberoamericana (SEGIB)", "Ibero-American General Secretariat (SEGIB)"),
    ),
    Variation(
        # Organization of American States, oas.org
        "igo-es-10",
        "Departamento de Inclusión Social",
        "dis@oas.org",
        "Contribución de la OEA",
        """
        Estimados/as:

        El Departamento de Inclusión Social de la Secretaría General de la Organización de los
        Estados Americanos (OEA) remite la contribución adjunta.

        Washington, D.C.
        """,
        "",
        "international_org",
        ("Organización de los Estados Americanos (OEA)", "Organization of American States (OAS)"),
    ),
    # ── company: companies and business associations ──
    Variation(
        "company-en-01",
        "Corporate Affairs",
        "corporate.affairs@northstar-mining.example.com",
        "Northstar Mining – input on human rights due diligence",
        """
        Dear Working Group,

        Northstar Mining plc welcomes the opportunity to contribute. Please find our input attached.

        Kind regards,
        Corporate Affairs
        Northstar Mining plc
        Registered in England and Wales No. 01234567. Registered office: 1 Mining Lane, London.
        """,
        "",
        "private_sector",
        ("Northstar Mining plc", "Northstar Mining"),
    ),
    Variation(
        "company-en-02",
        "Laura Chen",
        "laura.chen@brightpath-apparel.example.com",
        "Submission from BrightPath Apparel",
        """
        Hi,

        Attached is our submission on supply chain transparency.

        Laura Chen
        VP Sustainability, BrightPath Apparel Inc.
        San Francisco, CA
        """,
        "",
        "private_sector",
        ("BrightPath Apparel Inc.", "BrightPath Apparel"),
    ),
    Variation(
        "company-en-03",
        "Policy",
        "policy@globaltech-assoc.example.org",
        "GTIA contribution",
        """
        Dear Sir or Madam,

        The Global Technology Industry Association (GTIA), representing more than 300 technology
        companies, submits the attached contribution on artificial intelligence and human rights.

        GTIA Policy Team
        """,
        "",
        "private_sector",
        ("Global Technology Industry Association (GTIA)",),
    ),
    Variation(
        "company-en-04",
        "Rahul Mehta",
        "rahul.mehta@igcci.example.org",
        "Input – Chamber of Commerce",
        """
        Dear colleagues,

        On behalf of our members, please find attached the input of the Indo-Gulf Chamber of
        Commerce and Industry.

        Rahul Mehta
        Secretary General
        Indo-Gulf Chamber of Commerce and Industry (IGCCI)
        """,
        "",
        "private_sector",
        ("Indo-Gulf Chamber of Commerce and Industry (IGCCI)",),
    ),
    Variation(
        "company-en-05",
        "Legal",
        "legal@cobalt-logistics.example.com",
        "Response to call for inputs",
        """
        Please see the attached response.

        This message is sent by Cobalt Logistics Ltd. It may contain privileged information.
        """,
        """
        COBALT LOGISTICS LTD
        Response to the Working Group's call for inputs on migrant workers in logistics
        """,
        "private_sector",
        ("Cobalt Logistics Ltd", "Cobalt Logistics"),
    ),
    Variation(
        "company-fr-06",
        "Direction RSE",
        "rse@groupe-veralis.example.fr",
        "Contribution du Groupe Véralis",
        """
        Madame, Monsieur,

        Le Groupe Véralis SA vous adresse sa contribution relative au devoir de vigilance.

        Direction de la responsabilité sociétale
        Groupe Véralis SA – Société anonyme au capital de 12 000 000 €, RCS Paris 123 456 789
        """,
        "",
        "private_sector",
        ("Groupe Véralis SA", "Groupe Véralis"),
    ),
    Variation(
        "company-fr-07",
        "Fédération des industries textiles",
        "contact@fit-textile.example.fr",
        "Contribution FIT",
        """
        Bonjour,

        La Fédération des industries textiles (FIT), organisation professionnelle représentant
        la filière, vous transmet sa contribution.

        Service des affaires publiques
        """,
        "",
        "private_sector",
        ("Fédération des industries textiles (FIT)",),
    ),
    Variation(
        "company-fr-08",
        "Amélie Roux",
        "a.roux@solenergie.example.fr",
        "Contribution",
        """
        Bonjour,

        Veuillez trouver notre contribution.

        Amélie Roux
        Responsable conformité
        SolÉnergie SAS
        """,
        "",
        "private_sector",
        ("SolÉnergie SAS", "SolÉnergie"),
    ),
    Variation(
        "company-es-09",
        "Sostenibilidad",
        "sostenibilidad@agroandes.example.com",
        "Aporte de AgroAndes S.A.",
        """
        Estimados:

        AgroAndes S.A. remite su aporte sobre debida diligencia en derechos humanos.

        Gerencia de Sostenibilidad
        AgroAndes S.A. – Lima, Perú
        """,
        "",
        "private_sector",
        ("AgroAndes S.A.", "AgroAndes"),
    ),
    Variation(
        "company-es-10",
        "Cámara",
        "info@camara-minera.example.org",
        "Contribución",
        """
        Estimados señores:

        La Cámara Minera del Sur, asociación gremial que agrupa a empresas del sector, presenta
        la contribución adjunta.

        Atentamente,
        Secretaría Técnica
        Cámara Minera del Sur
        """,
        "",
        "private_sector",
        ("Cámara Minera del Sur",),
    ),
    # ── academic: research centres, legal clinics, single professors ──
    Variation(
        "academic-en-01",
        "Human Rights Clinic",
        "hrclinic@law.eastbrook.example.edu",
        "Submission – Eastbrook Human Rights Clinic",
        """
        Dear Working Group,

        Please find attached the submission of the International Human Rights Clinic at
        Eastbrook University School of Law.

        Best,
        International Human Rights Clinic
        Eastbrook University School of Law
        """,
        "",
        "academic",
        (
            "International Human Rights Clinic, Eastbrook University School of Law",
            "International Human Rights Clinic at Eastbrook University School of Law",
            "International Human Rights Clinic",
        ),
    ),
    Variation(
        "academic-en-02",
        "Prof. Margaret Hale",
        "m.hale@westmoor.example.ac.uk",
        "Academic input",
        """
        Dear colleagues,

        I attach a short academic input on the right to privacy.

        Best wishes,
        Margaret Hale
        Professor of International Law
        Westmoor University
        """,
        "",
        "academic",
        (
            "Margaret Hale",
            "Prof. Margaret Hale",
            "Margaret Hale, Westmoor University",
            "Prof. Margaret Hale, Westmoor University",
        ),
    ),
    Variation(
        "academic-en-03",
        "Centre Admin",
        "cmr-admin@northfield.example.edu",
        "Submission from the Centre for Migration Research",
        """
        Hello,

        On behalf of the Centre for Migration Research at Northfield University, I attach our
        submission.

        Centre Administrator
        """,
        "",
        "academic",
        ("Centre for Migration Research, Northfield University", "Centre for Migration Research"),
    ),
    Variation(
        "academic-en-04",
        "Ravi Kumar",
        "ravi.kumar@example.ac.in",
        "Input",
        """
        Dear Sir/Madam,

        Please find my input attached.

        Dr. Ravi Kumar
        Associate Professor, Department of Sociology
        University of Southern Deccan
        """,
        "",
        "academic",
        (
            "Ravi Kumar",
            "Dr. Ravi Kumar",
            "Ravi Kumar, University of Southern Deccan",
            "Dr. Ravi Kumar, University of Southern Deccan",
        ),
    ),
    Variation(
        "academic-en-05",
        "",
        "research.group.dlr@gmail.com",
        "Submission",
        """
        Dear Working Group,

        Attached.
        """,
        """
        Digital Labour Rights Research Group
        Faculty of Law, University of Lakeshore
        Submission on platform work and algorithmic management
        """,
        "academic",
        (
            "Digital Labour Rights Research Group",
            "Digital Labour Rights Research Group, University of Lakeshore",
        ),
    ),
    Variation(
        "academic-fr-06",
        "Clinique juridique",
        "clinique.droit@univ-montclair.example.fr",
        "Contribution de la Clinique juridique",
        """
        Madame, Monsieur,

        La Clinique juridique des droits fondamentaux de l'Université de Montclair vous adresse
        sa contribution.

        Clinique juridique des droits fondamentaux
        Université de Montclair – Faculté de droit
        """,
        "",
        "academic",
        (
            "Clinique juridique des droits fondamentaux",
            "Clinique juridique des droits fondamentaux, Université de Montclair",
        ),
    ),
    Variation(
        "academic-fr-07",
        "Pr Awa Ndiaye",
        "awa.ndiaye@univ-thies.example.sn",
        "Contribution académique",
        """
        Bonjour,

        Je vous prie de trouver ci-joint ma contribution.

        Awa Ndiaye
        Professeure agrégée de droit public
        Université de Thiès-Est
        """,
        "",
        "academic",
        ("Awa Ndiaye", "Pr Awa Ndiaye", "Awa Ndiaye, Université de Thiès-Est"),
    ),
    Variation(
        "academic-fr-08",
        "CRDH",
        "crdh@example.ca",
        "Contribution du CRDH",
        """
        Bonjour,

        Le Centre de recherche en droits humains (CRDH) de l'Université du Saint-Laurent vous
        transmet sa contribution.

        Le CRDH
        """,
        "",
        "academic",
        (
            "Centre de recherche en droits humains (CRDH)",
            "Centre de recherche en droits humains (CRDH), Université du Saint-Laurent",
        ),
    ),
    Variation(
        "academic-es-09",
        "Observatorio",
        "observatorio@unisur.example.edu.ar",
        "Aporte del Observatorio",
        """
        Estimados:

        El Observatorio de Derechos Humanos de la Universidad Nacional del Sur remite su aporte.

        Observatorio de Derechos Humanos
        Facultad de Ciencias Jurídicas
        """,
        "",
        "academic",
        (
            "Observatorio de Derechos Humanos",
            "Observatorio de Derechos Humanos, Universidad Nacional del Sur",
            "Observatorio de Derechos Humanos de la Universidad Nacional del Sur",
        ),
    ),
    Variation(
        "academic-es-10",
        "Dra. Carmen Vidal",
        "cvidal@example.edu.mx",
        "Contribución académica",
        """
        Estimadas personas:

        Adjunto mi contribución académica.

        Dra. Carmen Vidal Ortega
        Profesora-Investigadora
        Instituto de Investigaciones Jurídicas del Noroeste
        """,
        "",
        "academic",
        (
            "Carmen Vidal Ortega",
            "Dra. Carmen Vidal Ortega",
            "Carmen Vidal",
            "Dra. Carmen Vidal",
            "Carmen Vidal Ortega, Instituto de Investigaciones Jurídicas del Noroeste",
        ),
    ),
    # ── individual: a person writing for themselves ──
    Variation(
        "individual-en-01",
        "John Whitaker",
        "john.whitaker58@gmail.com",
        "My submission",
        """
        Dear Sir/Madam,

        I am a retired teacher and I wish to submit my own views on age discrimination.
        Please find them attached. I do not belong to any organisation.

        Yours sincerely,
        John Whitaker
        Leeds, UK
        """,
        "",
        "individual",
        ("John Whitaker",),
    ),
    Variation(
        "individual-en-02",
        "fatima.h",
        "fatima.h@outlook.com",
        "submission as an individual",
        """
        Hello,

        I'm writing in my personal capacity as a former migrant domestic worker. My testimony is
        attached.

        Fatima Hassan
        Sent from my iPhone
        """,
        "",
        "individual",
        ("Fatima Hassan",),
    ),
    Variation(
        "individual-en-03",
        "Michael O'Brien",
        "mobrien@protonmail.com",
        "Input",
        """
        To the Working Group,

        I submit the attached personal input. Views are my own and not those of my employer.

        Michael O'Brien
        Software engineer, Cork
        """,
        "",
        "individual",
        ("Michael O'Brien",),
    ),
    Variation(
        "individual-en-04",
        "",
        "k.tanaka.1990@gmail.com",
        "Submission on hate speech online",
        """
        Dear Working Group,

        I am a survivor of online harassment and would like to share my experience (attached).
        Please publish it without my name.

        Regards,
        Kenji Tanaka
        """,
        "",
        "individual",
        ("Kenji Tanaka",),
    ),
    Variation(
        "individual-en-05",
        "Adaeze Nwosu",
        "adaeze.nwosu@yahoo.com",
        "Call for inputs – individual submission",
        """
        Dear OHCHR,

        As a human rights lawyer writing in my individual capacity, I attach my submission.

        Adaeze Nwosu, Esq.
        Abuja, Nigeria
        """,
        "",
        "individual",
        ("Adaeze Nwosu",),
    ),
    Variation(
        "individual-fr-06",
        "Pierre Lefèvre",
        "pierre.lefevre@laposte.net",
        "Contribution personnelle",
        """
        Madame, Monsieur,

        À titre personnel, je vous adresse ci-joint quelques réflexions sur le droit au logement.

        Bien cordialement,
        Pierre Lefèvre
        """,
        "",
        "individual",
        ("Pierre Lefèvre",),
    ),
    Variation(
        "individual-fr-07",
        "Aïcha Benali",
        "aicha.benali@hotmail.com",
        "Témoignage",
        """
        Bonjour,

        Je suis mère de deux enfants en situation de handicap et je vous envoie mon témoignage.

        Aïcha Benali
        Envoyé depuis mon mobile
        """,
        "",
        "individual",
        ("Aïcha Benali",),
    ),
    Variation(
        "individual-es-08",
        "Jorge Ramírez",
        "jorge.ramirez.c@gmail.com",
        "Aporte personal",
        """
        Estimados:

        Les escribo a título personal como defensor comunitario. Adjunto mi aporte.

        Saludos,
        Jorge Ramírez Castillo
        """,
        "",
        "individual",
        ("Jorge Ramírez Castillo", "Jorge Ramírez"),
    ),
    Variation(
        "individual-es-09",
        "",
        "valentina.gomez@yahoo.es",
        "Contribución",
        """
        Hola,

        Soy estudiante y quiero compartir mi contribución individual.

        Valentina Gómez
        """,
        "",
        "individual",
        ("Valentina Gómez",),
    ),
    Variation(
        "individual-es-10",
        "Eduardo Salas",
        "esalas@outlook.com",
        "Aporte",
        """
        Señores del Grupo de Trabajo:

        Como ciudadano preocupado, adjunto mi aporte sobre la privacidad digital. No represento a
        ninguna organización.

        Eduardo Salas
        Montevideo
        """,
        "",
        "individual",
        ("Eduardo Salas",),
    ),
    # ── other: unions, parliamentarians, faith groups, municipalities, student societies ──
    Variation(
        "other-en-01",
        "General Secretary",
        "gensec@transport-workers-union.example.org",
        "Union submission",
        """
        Dear Working Group,

        Please find attached the submission of the United Transport Workers' Union (UTWU).

        In solidarity,
        General Secretary
        United Transport Workers' Union
        """,
        "",
        "other",
        ("United Transport Workers' Union (UTWU)",),
    ),
    Variation(
        "other-en-02",
        "Hon. Grace Banda MP",
        "grace.banda.mp@gmail.com",
        "Submission from a Member of Parliament",
        """
        Dear Sir/Madam,

        As a Member of Parliament and chair of the parliamentary caucus on disability, I attach my
        submission.

        Hon. Grace Banda, MP
        Member of Parliament for Lilongwe East
        """,
        "",
        "other",
        ("Grace Banda", "Hon. Grace Banda", "Hon. Grace Banda, MP", "Grace Banda, MP"),
    ),
    Variation(
        "other-en-03",
        "Office of the Mayor",
        "mayor@cityofriverton.example.gov",
        "City of Riverton input",
        """
        Dear colleagues,

        The City of Riverton is pleased to share its input on local inclusion policies for
        migrants.

        Office of the Mayor
        City of Riverton
        """,
        "",
        "other",
        ("City of Riverton",),
    ),
    Variation(
        "other-en-04",
        "Sister Mary Agnes",
        "justicepeace@sistersofmercy-east.example.org",
        "Submission – Sisters of Mercy",
        """
        Dear Working Group,

        The Justice and Peace Office of the Sisters of Mercy of the Eastern Province submits the
        attached.

        Sister Mary Agnes, RSM
        Justice and Peace Office
        """,
        "",
        "other",
        (
            "Sisters of Mercy of the Eastern Province",
            "Justice and Peace Office of the Sisters of Mercy of the Eastern Province",
        ),
    ),
    Variation(
        "other-en-05",
        "Law Society Committee",
        "humanrights.society@students.example.ac.uk",
        "Student society submission",
        """
        Hi,

        We are the Human Rights Law Society, a student society at Kingsford University. Our
        submission is attached.

        Committee, Human Rights Law Society
        """,
        "",
        "other",
        ("Human Rights Law Society", "Human Rights Law Society, Kingsford University"),
    ),
    Variation(
        "other-fr-06",
        "Secrétariat confédéral",
        "international@csti.example.org",
        "Contribution syndicale",
        """
        Madame, Monsieur,

        La Confédération syndicale des travailleurs indépendants (CSTI) vous transmet sa
        contribution.

        Secrétariat confédéral
        """,
        "",
        "other",
        ("Confédération syndicale des travailleurs indépendants (CSTI)",),
    ),
    Variation(
        "other-fr-07",
        "Mairie de Saint-Aubin-les-Pins",
        "cabinet@mairie-saintaubin.example.fr",
        "Contribution de la commune",
        """
        Madame, Monsieur,

        La commune de Saint-Aubin-les-Pins vous adresse sa contribution sur l'accueil des
        personnes déplacées.

        Cabinet du Maire
        Mairie de Saint-Aubin-les-Pins
        """,
        "",
        "other",
        (
            "Mairie de Saint-Aubin-les-Pins",
            "Commune de Saint-Aubin-les-Pins",
            "Saint-Aubin-les-Pins",
        ),
    ),
    Variation(
        "other-fr-08",
        "Député Alain Moreau",
        "alain.moreau.depute@gmail.com",
        "Contribution parlementaire",
        """
        Madame, Monsieur,

        En ma qualité de député, je vous transmets la contribution ci-jointe.

        Alain Moreau
        Député de la 3e circonscription
        """,
        "",
        "other",
        ("Alain Moreau",),
    ),
    Variation(
        "other-es-09",
        "Pastoral Social",
        "pastoralsocial@diocesis-sanmarcos.example.org",
        "Aporte de la Pastoral Social",
        """
        Estimados hermanos y hermanas:

        La Pastoral Social de la Diócesis de San Marcos remite su aporte sobre migración.

        Fraternalmente,
        Pastoral Social – Diócesis de San Marcos
        """,
        "",
        "other",
        ("Pastoral Social de la Diócesis de San Marcos", "Diócesis de San Marcos"),
    ),
    Variation(
        "other-es-10",
        "Federación Estudiantil",
        "fe.unisur@gmail.com",
        "Aporte estudiantil",
        """
        Hola:

        La Federación de Estudiantes de la Universidad del Sur (FEUS) comparte su aporte.

        Mesa Directiva FEUS
        """,
        "",
        "other",
        ("Federación de Estudiantes de la Universidad del Sur (FEUS)",),
    ),
    # ── joint: joint submissions, a lead and its co-signatories ──
    Variation(
        "joint-en-01",
        "Advocacy Team",
        "advocacy@freedom-now-asia.example.org",
        "Joint submission",
        """
        Dear Working Group,

        Please find attached a joint submission by Freedom Now Asia (FNA), the Coalition for
        Press Freedom and Migrant Voices Network.

        Best regards,
        Advocacy Team, Freedom Now Asia
        """,
        """
        JOINT SUBMISSION
        Freedom Now Asia (FNA)
        Coalition for Press Freedom
        Migrant Voices Network
        """,
        "civil_society",
        ("Freedom Now Asia (FNA) and 2 others",),
    ),
    Variation(
        "joint-en-02",
        "Hannah Levi",
        "hannah@equal-ground.example.org",
        "Submission on behalf of 4 organisations",
        """
        Dear colleagues,

        Equal Ground, as lead organisation, submits the attached on behalf of itself and the
        following co-signatories: Rainbow Families Network, Trans Law Centre, and Queer Youth
        Shelter Project.

        Hannah Levi
        Legal Director, Equal Ground
        """,
        "",
        "civil_society",
        ("Equal Ground and 3 others",),
    ),
    Variation(
        "joint-en-03",
        "Info",
        "info@sahel-water.example.org",
        "Joint input",
        """
        Hello,

        Attached is the joint input.

        Sahel Water Justice
        """,
        """
        Joint input of Sahel Water Justice (SWJ), Pastoralists' Rights Forum, Women and Water
        Collective, Green Sahel Youth and Lake Chad Peoples' Assembly
        """,
        "civil_society",
        ("Sahel Water Justice (SWJ) and 4 others",),
    ),
    Variation(
        "joint-en-04",
        "Dr. Omar Haddad",
        "ohaddad@arab-digital-rights.example.org",
        "ADRC et al. – joint submission",
        """
        Dear Working Group,

        The Arab Digital Rights Coalition (ADRC) submits, together with SecureComms Lab, the
        attached joint submission.

        Dr. Omar Haddad
        Director, ADRC
        """,
        "",
        "civil_society",
        ("Arab Digital Rights Coalition (ADRC) and 1 other",),
    ),
    Variation(
        "joint-en-05",
        "Coordinator",
        "coordinator@elderrights-alliance.example.org",
        "Joint submission (lead: Elder Rights Alliance)",
        """
        Dear Sir/Madam,

        Please find attached a joint submission led by the Elder Rights Alliance and endorsed by
        twelve member organisations listed in the annex.

        Coordinator
        Elder Rights Alliance
        """,
        """
        Elder Rights Alliance – joint submission
        Endorsed by: Age Action North; Grey Power Network; Carers United; Silver Rights; Older
        Women's Forum; Pension Justice; Rural Elders Trust; Dementia Voices; Long-Term Care Watch;
        Home Care Workers Guild; Retirees for Justice; Intergenerational Solidarity Forum
        """,
        "civil_society",
        ("Elder Rights Alliance and 12 others",),
    ),
    Variation(
        "joint-fr-06",
        "Coordination",
        "coordination@plateforme-migrants.example.org",
        "Contribution conjointe",
        """
        Madame, Monsieur,

        La Plateforme Migrants et Citoyenneté (PMC), avec le Collectif Accueil Solidaire et
        l'Association Droits sans Frontières, vous adresse la contribution conjointe ci-jointe.

        La coordination de la PMC
        """,
        "",
        "civil_society",
        ("Plateforme Migrants et Citoyenneté (PMC) and 2 others",),
    ),
    Variation(
        "joint-fr-07",
        "Sylvie Kabila",
        "s.kabila@coalition-grands-lacs.example.org",
        "Soumission conjointe",
        """
        Bonjour,

        Veuillez trouver ci-joint la soumission conjointe de la Coalition des Grands Lacs pour la
        justice (CGLJ) et de trois organisations partenaires : Femmes Debout, Justice Pour Tous
        Goma et Observatoire citoyen de Bujumbura.

        Sylvie Kabila
        Chargée de programme, CGLJ
        """,
        "",
        "civil_society",
        ("Coalition des Grands Lacs pour la justice (CGLJ) and 3 others",),
    ),
    Variation(
        "joint-es-08",
        "Secretaría Técnica",
        "secretaria@red-andina-ddhh.example.org",
        "Aporte conjunto",
        """
        Estimados:

        Adjuntamos el aporte conjunto de la Red Andina de Derechos Humanos (RADH) y las
        organizaciones firmantes.

        Secretaría Técnica RADH
        """,
        """
        Aporte conjunto
        Red Andina de Derechos Humanos (RADH)
        Organizaciones firmantes: Colectivo Tierra Libre; Mujeres del Páramo; Observatorio
        Minero Andino; Juventudes Quechuas en Acción; Defensa Legal Comunitaria
        """,
        "civil_society",
        ("Red Andina de Derechos Humanos (RADH) and 5 others",),
    ),
    Variation(
        "joint-es-09",
        "Martina López",
        "mlopez@cimac-sur.example.org",
        "Contribución conjunta",
        """
        Hola,

        Les comparto la contribución conjunta del Colectivo Mujeres y Cuidado y Red de Trabajadoras
        del Hogar.

        Martina López
        Colectivo Mujeres y Cuidado
        """,
        "",
        "civil_society",
        ("Colectivo Mujeres y Cuidado and 1 other",),
    ),
    Variation(
        "joint-es-10",
        "Comunicaciones",
        "comunicaciones@alianza-migrante.example.org",
        "Aporte de la Alianza y 3 organizaciones",
        """
        Estimados miembros del Grupo de Trabajo:

        La Alianza Migrante Centroamericana (AMC) presenta este aporte en conjunto con Casa del
        Migrante Frontera Sur, Albergue Esperanza y Red Jesuita de Acompañamiento.

        Equipo de Comunicaciones AMC
        """,
        "",
        "civil_society",
        ("Alianza Migrante Centroamericana (AMC) and 3 others",),
    ),
    # ── forwarded: mail forwarded by someone who is not the submitter ──
    Variation(
        "forwarded-en-01",
        "Peter Grant",
        "peter.grant@gmail.com",
        "Fwd: Submission to the call for inputs",
        """
        Forwarding this as they had trouble with the address.

        Peter

        ---------- Forwarded message ---------
        From: Lakeside Tenants Union <contact@lakeside-tenants.example.org>
        Date: Mon, 16 Nov 2026 at 10:02
        Subject: Submission to the call for inputs

        Dear Working Group,

        Please find attached the submission of the Lakeside Tenants Union.

        Lakeside Tenants Union
        """,
        "",
        "civil_society",
        ("Lakeside Tenants Union",),
    ),
    Variation(
        "forwarded-en-02",
        "Network Secretariat",
        "secretariat@global-defenders-network.example.org",
        "FW: Input from partner organisation",
        """
        Dear colleagues,

        We forward below the input of one of our member organisations, which asked us to transmit
        it on their behalf. The Network is not a co-author.

        Network Secretariat

        -----Original Message-----
        From: Hassan Farah <hfarah@somali-press-freedom.example.org>
        Sent: 18 November 2026 08:14
        To: secretariat@global-defenders-network.example.org
        Subject: Input for the Working Group

        Please transmit the attached input of Somali Press Freedom Centre (SPFC).

        Hassan Farah
        Executive Director, Somali Press Freedom Centre
        """,
        "",
        "civil_society",
        ("Somali Press Freedom Centre (SPFC)",),
    ),
    Variation(
        "forwarded-en-03",
        "Jane Cooper",
        "jcooper@example.org",
        "Fwd: Youth Climate Assembly submission",
        """
        Hi team – see below, received in my personal inbox.

        Begin forwarded message:

        From: "Youth Climate Assembly" <hello@youthclimateassembly.example.org>
        Subject: Youth Climate Assembly submission

        Dear UN Working Group,

        Youth Climate Assembly is proud to share our submission. Thank you for listening to young
        people!

        The YCA organising committee
        """,
        "",
        "civil_society",
        ("Youth Climate Assembly (YCA)", "Youth Climate Assembly"),
    ),
    Variation(
        "forwarded-en-04",
        "Helpdesk",
        "helpdesk@ngo-hosting.example.net",
        "Fwd: Delivery failed – resending submission",
        """
        Resending on behalf of our client, whose server bounced.

        Helpdesk

        > From: Borderlands Legal Aid <legal@borderlands-aid.example.org>
        > Subject: Submission
        >
        > Dear Working Group, attached is the submission of Borderlands Legal Aid (BLA).
        > Regards, BLA legal team
        """,
        "",
        "civil_society",
        ("Borderlands Legal Aid (BLA)",),
    ),
    Variation(
        "forwarded-en-05",
        "Ahmed Siddiqui",
        "ahmed.siddiqui@outlook.com",
        "Fwd: input",
        """
        FYI, sending on for my former colleagues.

        ---------- Forwarded message ---------
        From: Karachi Urban Resource Centre <urc@karachi-urc.example.org>
        Subject: input

        Dear Sir/Madam,
        Attached please find the input of the Karachi Urban Resource Centre on evictions.
        """,
        "",
        "civil_society",
        ("Karachi Urban Resource Centre",),
    ),
    Variation(
        "forwarded-fr-06",
        "Isabelle Marchand",
        "isabelle.marchand@laposte.net",
        "TR: Contribution de l'association",
        """
        Bonjour,

        Je vous transfère le message ci-dessous, reçu par erreur.

        Isabelle

        -------- Message transféré --------
        De : Association Justice et Dignité <contact@justice-dignite.example.org>
        Objet : Contribution de l'association

        Madame, Monsieur,
        L'association Justice et Dignité vous adresse sa contribution.
        Le bureau
        """,
        "",
        "civil_society",
        ("Justice et Dignité", "Association Justice et Dignité"),
    ),
    Variation(
        "forwarded-fr-07",
        "Secrétariat du réseau",
        "reseau@francophonie-ong.example.org",
        "TR : Soumission du CDDH-Bénin",
        """
        Chers collègues,

        À la demande de notre membre, nous vous faisons suivre sa soumission.

        Le secrétariat du réseau

        ---- Message d'origine ----
        De : Centre pour la défense des droits humains au Bénin (CDDH-Bénin)
        <cddh@cddh-benin.example.org>
        Objet : Soumission

        Veuillez trouver ci-joint notre soumission.
        CDDH-Bénin, Cotonou
        """,
        "",
        "civil_society",
        ("Centre pour la défense des droits humains au Bénin (CDDH-Bénin)",),
    ),
    Variation(
        "forwarded-fr-08",
        "Luc Bernard",
        "luc.bernard@outlook.com",
        "Fwd: Contribution – Prof. Claire Aubry",
        """
        Bonjour, je transmets pour ma collègue qui n'a pas accès à sa messagerie.

        ---------- Forwarded message ---------
        De : Claire Aubry <claire.aubry@univ-loire.example.fr>
        Objet : Contribution

        Madame, Monsieur,
        Je vous adresse ma contribution académique.
        Claire Aubry, Professeure de droit international, Université de la Loire
        """,
        "",
        "academic",
        ("Claire Aubry", "Prof. Claire Aubry", "Claire Aubry, Université de la Loire"),
    ),
    Variation(
        "forwarded-es-09",
        "Roberto Díaz",
        "roberto.diaz@gmail.com",
        "RV: Aporte de Mujeres Tejedoras",
        """
        Reenvío el mensaje de la organización.

        ---------- Mensaje reenviado ---------
        De: Asociación Mujeres Tejedoras <tejedoras@mujeres-tejedoras.example.org>
        Asunto: Aporte

        Estimados, adjuntamos el aporte de la Asociación Mujeres Tejedoras de Chiapas.
        Saludos, la coordinación
        """,
        "",
        "civil_society",
        ("Asociación Mujeres Tejedoras de Chiapas", "Asociación Mujeres Tejedoras"),
    ),
    Variation(
        "forwarded-es-10",
        "Soporte",
        "soporte@redes-latam.example.net",
        "RV: Contribución del Centro Prodh Sur",
        """
        Buen día, reenviamos a solicitud de la organización.

        Soporte técnico

        -----Mensaje original-----
        De: Centro de Derechos Humanos del Sur <contacto@prodh-sur.example.org>
        Enviado el: martes, 17 de noviembre de 2026 9:30
        Asunto: Contribución

        Adjuntamos la contribución del Centro de Derechos Humanos del Sur (Centro Prodh Sur).
        """,
        "",
        "civil_society",
        ("Centro de Derechos Humanos del Sur (Centro Prodh Sur)",),
    ),
]

VARIATIONS: list[Variation] = [tidy(v) for v in _RAW]
