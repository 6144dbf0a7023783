# ruff: noqa: E501
"""An eleventh set of sender variations for the submitter detector, written apart from its rules.

The same record as the second set (`senders2.Variation`): one e-mail as it reaches a call
for inputs, with the answer an officer would publish on the "Submissions received" page.
The cases were written from how such mail looks, without sight of the detector's rules,
in English (45 per cent), French (a quarter) and Spanish (30 per cent).

The set is built around six hard situations, about twenty cases each, with a few cases
of ordinary mail besides (a company, an intergovernmental body, an NHRI, a university
unit, a person, a union and a local body):

- a shared mailbox (info@, secretariat@, contact@, office@, a generic display name, or a
  staff member's name over the organisation's mailbox) where the organisation is named
  only in the signature, the letterhead or the document (`shared`);
- a person writing for an organisation, with their name first in the signature and the
  organisation on a later line or only in the document, where the organisation is what
  is published (`person`);
- a letterhead or title page alone: the e-mail says almost nothing and the organisation
  is named only on the first lines of the attached document, in capitals, with an
  address or a motto (`letterhead`);
- a name in two languages (Canada, Belgium, Switzerland, Latin America, Africa), and the
  form an officer would publish (`bilingual`);
- an acronym and a full name given in different places, in either order: the acronym in
  the domain and the display name, the full name in a footer or a signature (`acronym`);
- an NGO, a lawyer or an academic that writes about a State in diplomatic-sounding words
  ("the Government of X has failed to…", "Embassy" in a project's name, "Permanent
  Observer" in a quoted text) and is not the State (`ngostate`), beside real Member
  States writing in less formal ways: a ministry official's plain e-mail from a
  government domain, a mission's attaché writing from a personal address over a
  signature (`state`).

It is an ordinary season's mail, as untidy as real mail is: signatures pasted from
Outlook with a job title, a department, a street address, phone and mobile numbers, web
and social links, pronouns, a confidentiality notice or a "Sent from my iPhone" under
them; display names that differ from the signature ("Info NGO", "admin",
"Maria (personal)", all capitals, surname first).

Every civil society organisation, company, academic unit, person and small body here is
invented, under a name no earlier set uses. States, NHRIs and intergovernmental bodies are
real, under their real names; their staff are invented. Every mail domain and web address
is invented, under an `example` label.

Ids are `<category>-<language>-<nn>`, numbered within a category. `half` splits the set by
a sha256 of the organisation's name (the first accepted name), so that every case of one
organisation sits in the same half and no case ever moves between halves.
"""

from __future__ import annotations

from senders2 import CATEGORIES, TYPES, Variation, category, language, tidy
from senders2 import half_by_name as half

__all__ = ["CATEGORIES", "TYPES", "VARIATIONS", "Variation", "category", "half", "language"]


_RAW: list[Variation] = [
    # ── shared: a shared mailbox; the organisation only in the signature or the document ──
    Variation(
        "shared-en-01",
        "Info",
        "info@lowmoorfood.example.org.uk",
        "call for inputs - right to food",
        """
        Hello,

        Please find our submission attached (PDF, 14 pages). We are happy to answer any
        questions about the data in annex 2.

        Kind regards,

        Policy & Campaigns
        Low Moor Food Justice Alliance
        Unit 3, Cobden Mill, 41 Cobden Street, Bradford BD7 2LP
        T: 01274 555 019 | M: 07700 900 238
        www.lowmoorfood.example.org.uk | X/Twitter @LowMoorFood
        Registered charity no. 1190457

        This email and any files transmitted with it are confidential and intended
        solely for the use of the individual or entity to whom they are addressed.
        """,
        """
        Empty Cupboards, Full Shelves: Food Insecurity among Low-Paid Workers in
        West Yorkshire

        A submission to the Special Rapporteur on the right to food

        Low Moor Food Justice Alliance
        May 2026
        """,
        "civil_society",
        ("Low Moor Food Justice Alliance",),
    ),
    Variation(
        "shared-en-02",
        "Priya Raman",
        "secretariat@cddwsa.example.org",
        "Submission for the report on domestic work",
        """
        Dear Secretariat,

        Please find attached our contribution to the forthcoming thematic report on
        domestic workers and the right to social security. It draws on interviews our
        members carried out in Chennai, Dhaka and Colombo.

        With best wishes,

        Priya
        --
        Secretariat
        Coalition for Domestic Workers' Dignity in South Asia
        No. 14, 3rd Cross Street, Besant Nagar, Chennai 600 090, India
        Tel: +91 44 5550 2281 | WhatsApp: +91 98405 55127
        cddwsa.example.org

        DISCLAIMER: The information in this e-mail is confidential and may be legally
        privileged. If you are not the intended recipient, please delete it.
        """,
        """
        COALITION FOR DOMESTIC WORKERS' DIGNITY IN SOUTH ASIA

        Domestic workers and the right to social security
        Evidence from India, Bangladesh and Sri Lanka
        """,
        "civil_society",
        (
            "Coalition for Domestic Workers' Dignity in South Asia",
            "Coalition for Domestic Workers’ Dignity in South Asia",
        ),
    ),
    Variation(
        "shared-en-03",
        "OFFICE",
        "office@cfms.example.ac.uk",
        "Response to call for input",
        """
        Dear colleagues,

        Please find attached our response to the call for input on statelessness and
        birth registration. Apologies for the late submission - the author has been on
        fieldwork.

        Best,
        Centre Office
        """,
        """
        Centre for Forced Migration Studies
        School of Law and Social Justice, Kestrel University

        Birth registration and the risk of statelessness among children born in
        transit: a response to the call for input

        Prof. Helen Achterberg and Dr Samuel Obi
        """,
        "academic",
        (
            "Centre for Forced Migration Studies, Kestrel University",
            "Centre for Forced Migration Studies",
            "Kestrel University Centre for Forced Migration Studies",
            "Centre for Forced Migration Studies, School of Law and Social Justice, Kestrel University",
        ),
    ),
    Variation(
        "shared-en-04",
        "Contact INCHR",
        "contact@inchr.example.org.lr",
        "Submission to the Working Group",
        """
        Dear Sir/Madam,

        Kindly find attached the Commission's submission on pre-trial detention and
        prison overcrowding, in response to your call for inputs.

        We remain available for any clarification.

        Regards,

        Monitoring and Investigations Division
        Independent National Commission on Human Rights
        Ashmun Street, Monrovia, Republic of Liberia
        Tel: +231 77 555 0192
        """,
        """
        INDEPENDENT NATIONAL COMMISSION ON HUMAN RIGHTS (INCHR)
        Republic of Liberia

        Pre-trial detention and prison overcrowding in Liberia
        Submission to the Working Group on Arbitrary Detention
        """,
        "nhri",
        (
            "Independent National Commission on Human Rights (INCHR)",
            "Independent National Commission on Human Rights",
            "Independent National Commission on Human Rights of Liberia",
        ),
        "LBR",
    ),
    Variation(
        "shared-en-05",
        "admin",
        "admin@eastsidelawcentre.example.org.au",
        "Fwd: submission",
        """
        please see attached

        Sent from my iPhone
        """,
        """
        Eastside Community Legal Centre
        Level 2, 118 Smith Street, Collingwood VIC 3066

        Older renters and the right to adequate housing in Victoria
        Submission to the Special Rapporteur on the right to adequate housing
        """,
        "civil_society",
        ("Eastside Community Legal Centre",),
    ),
    Variation(
        "shared-en-06",
        "Info NGO",
        "info@ucwu.example.org.ph",
        "UCWU input - care workers",
        """
        Good day!

        On behalf of our union, attached is our input on the working conditions of care
        workers deployed abroad. Thank you and God bless.

        In solidarity,

        Education and Research Department
        United Care Workers Union (UCWU)
        2/F Kalayaan Building, 48 Kamuning Road, Quezon City 1103
        Landline (02) 8555 4107 | Globe 0917 555 2290
        Facebook: facebook.com/ucwu.example
        """,
        """
        UNITED CARE WORKERS UNION

        Filipino care workers abroad: wages, hours and the right to organise
        """,
        "other",
        ("United Care Workers Union (UCWU)", "United Care Workers Union"),
    ),
    Variation(
        "shared-en-07",
        "Secretariat",
        "secretariat@pcmn.example.org.fj",
        "Input for the SR report on climate mobility in the Pacific",
        """
        Bula vinaka,

        Please find attached the network's input. Our members in Kiribati, Tuvalu and
        Fiji contributed the community testimonies in part 2.

        Vinaka vakalevu,

        Network Secretariat
        """,
        """
        Pacific Climate Mobility Network
        Level 1, Ratu Sukuna House, Suva, Fiji
        "Our islands, our choice"

        Planned relocation and the rights of Pacific communities
        Input to the Special Rapporteur on climate change and human rights
        """,
        "civil_society",
        ("Pacific Climate Mobility Network",),
    ),
    Variation(
        "shared-en-08",
        "Sustainability Team",
        "sustainability@haldenfreight.example.com",
        "Response to the call for inputs on transport workers",
        """
        Dear Working Group,

        Please find attached our company's response to the call for inputs on the
        human rights of transport and logistics workers.

        Kind regards,

        Sustainability & ESG Team
        Halden Freight Logistics Ltd
        Dock Road, Felixstowe IP11 3SY, United Kingdom
        +44 1394 555 610
        haldenfreight.example.com

        Halden Freight Logistics Ltd is registered in England and Wales, company no.
        04418825. This message is confidential.
        """,
        """
        HALDEN FREIGHT LOGISTICS LTD

        Driver welfare, rest facilities and subcontracting in UK road haulage
        Response to the call for inputs of the Working Group on business and human rights
        """,
        "private_sector",
        (
            "Halden Freight Logistics Ltd",
            "Halden Freight Logistics",
            "Halden Freight Logistics Limited",
        ),
    ),
    Variation(
        "shared-en-09",
        "Reception",
        "office@nairobiyouthjustice.example.or.ke",
        "RE: Call for inputs - children deprived of liberty",
        """
        Dear Madam/Sir,

        Forwarded on behalf of our Executive Director, Ms. Wanjiru Kamau. The document is
        attached. Kindly confirm receipt.

        Thank you,

        Front Office
        Nairobi Youth Justice Centre
        Ngong Road, Adams Arcade, P.O. Box 50211-00200, Nairobi
        Tel: +254 20 555 3308 | Mobile: +254 733 555 019
        """,
        """
        NAIROBI YOUTH JUSTICE CENTRE

        Children in police cells and remand homes in Kenya
        Submitted by Wanjiru Kamau, Executive Director
        """,
        "civil_society",
        ("Nairobi Youth Justice Centre",),
    ),
    Variation(
        "shared-fr-10",
        "Secrétariat",
        "secretariat@jardinssolidaires.example.fr",
        "Contribution – appel à contributions",
        """
        Bonjour,

        Vous trouverez ci-joint notre contribution sur l'accès à l'alimentation des
        personnes en situation de précarité dans la métropole lilloise.

        Bien cordialement,

        Le secrétariat
        Collectif des Jardins Solidaires de Roubaix
        27, rue de l'Épeule – 59100 Roubaix
        Tél. : 03 20 55 51 84
        jardinssolidaires.example.fr
        """,
        """
        Collectif des Jardins Solidaires de Roubaix

        Se nourrir dignement dans la métropole lilloise
        Contribution au Rapporteur spécial sur le droit à l'alimentation
        """,
        "civil_society",
        ("Collectif des Jardins Solidaires de Roubaix",),
    ),
    Variation(
        "shared-fr-11",
        "Contact",
        "contact@catal.example.qc.ca",
        "Soumission - travailleuses agricoles saisonnières",
        """
        Bonjour,

        Veuillez trouver ci-jointe notre soumission concernant les travailleuses
        agricoles temporaires dans la région de Lanaudière.

        Merci et bonne journée,

        L'équipe du Centre
        Centre d'appui aux travailleuses agricoles de Lanaudière
        560, rue Saint-Louis, Joliette (Québec) J6E 2Z5
        450 555-0147
        Pronoms : elle/la

        Ce courriel est confidentiel. S'il vous a été transmis par erreur, veuillez le
        détruire.
        """,
        """
        CENTRE D'APPUI AUX TRAVAILLEUSES AGRICOLES DE LANAUDIÈRE

        Les travailleuses agricoles temporaires au Québec
        """,
        "civil_society",
        ("Centre d'appui aux travailleuses agricoles de Lanaudière",),
    ),
    Variation(
        "shared-fr-12",
        "Aminata Diallo",
        "info@csdh.example.sn",
        "Contribution du Comité",
        """
        Madame, Monsieur,

        J'ai l'honneur de vous transmettre, au nom du Président du Comité, la
        contribution de notre institution sur la situation des enfants talibés.

        Veuillez agréer l'expression de nos salutations distinguées.

        Pour le Secrétariat permanent
        Comité sénégalais des droits de l'Homme
        Immeuble Fahd, Avenue Peytavin, Dakar
        Tél. : +221 33 555 21 90
        """,
        """
        RÉPUBLIQUE DU SÉNÉGAL
        COMITÉ SÉNÉGALAIS DES DROITS DE L'HOMME (CSDH)

        La situation des enfants talibés au Sénégal
        """,
        "nhri",
        (
            "Comité sénégalais des droits de l'Homme (CSDH)",
            "Comité sénégalais des droits de l'Homme",
        ),
        "SEN",
    ),
    Variation(
        "shared-fr-13",
        "Accueil",
        "accueil@mdebukavu.example.cd",
        "Soumission",
        """
        Bonjour,

        Veuillez trouver en pièce jointe notre soumission.

        Cordialement,
        Envoyé de mon iPhone
        """,
        """
        MAISON DES DROITS DE L'ENFANT DE BUKAVU
        Avenue Kabare n° 12, Commune d'Ibanda, Bukavu – Sud-Kivu, RD Congo
        « Chaque enfant compte »

        Le recrutement des enfants par les groupes armés au Sud-Kivu
        """,
        "civil_society",
        ("Maison des Droits de l'Enfant de Bukavu",),
    ),
    Variation(
        "shared-fr-14",
        "bureau",
        "bureau@avocatsdelasolidarite.example.be",
        "Contribution pour le rapport sur l'accès à la justice",
        """
        Madame, Monsieur,

        Nous vous prions de trouver en annexe la contribution de notre association.

        Bien à vous,

        Nathalie Verhaegen
        Juriste
        ASBL Avocats de la Solidarité
        Rue Haute 139, 1000 Bruxelles
        +32 2 555 47 10
        """,
        """
        Avocats de la Solidarité ASBL

        L'accès à l'aide juridique des personnes sans abri à Bruxelles
        """,
        "civil_society",
        (
            "Avocats de la Solidarité",
            "Avocats de la Solidarité ASBL",
            "ASBL Avocats de la Solidarité",
        ),
    ),
    Variation(
        "shared-es-15",
        "Información",
        "info@redmadresbuscadoras.example.org.mx",
        "Aporte a la convocatoria",
        """
        Buenas tardes,

        Les compartimos nuestro aporte sobre la búsqueda de personas desaparecidas en el
        estado de Sonora. Cualquier duda estamos a sus órdenes.

        Saludos cordiales,

        Equipo de Comunicación
        Red de Madres Buscadoras del Desierto
        Hermosillo, Sonora
        Tel. 662 555 0193
        """,
        """
        Red de Madres Buscadoras del Desierto

        La búsqueda de personas desaparecidas en Sonora: lo que las familias hacen
        y lo que el Estado no hace
        """,
        "civil_society",
        ("Red de Madres Buscadoras del Desierto",),
    ),
    Variation(
        "shared-es-16",
        "Secretaría Técnica",
        "secretaria@mesaagraria.example.org.gt",
        "Aporte - derecho a la tierra",
        """
        Estimados señores:

        Por este medio remitimos el aporte de la Mesa a la convocatoria sobre derechos
        de los pueblos indígenas y acceso a la tierra.

        Atentamente,

        Secretaría Técnica
        Mesa de Diálogo Agrario de Alta Verapaz
        6a. Calle 3-45, Zona 1, Cobán, Alta Verapaz
        (502) 7955-1204
        """,
        """
        MESA DE DIÁLOGO AGRARIO DE ALTA VERAPAZ

        Conflictos agrarios y derechos de los pueblos q'eqchi'
        """,
        "civil_society",
        ("Mesa de Diálogo Agrario de Alta Verapaz",),
    ),
    Variation(
        "shared-es-17",
        "Carolina (oficina)",
        "oficina@fundacionpuentesur.example.org.ar",
        "Envío aporte Fundación",
        """
        Hola, ¿cómo están?

        Les mando el aporte que preparó el área jurídica sobre personas mayores
        migrantes. Perdón por la demora.

        Saludos,
        Carolina
        Fundación Puente Sur
        Av. Corrientes 2548, piso 3, CABA
        +54 11 5555-3021
        Instagram: @puentesur.fundacion
        """,
        """
        Fundación Puente Sur

        Personas mayores migrantes en la Ciudad de Buenos Aires
        """,
        "civil_society",
        ("Fundación Puente Sur",),
    ),
    Variation(
        "shared-es-18",
        "CONTACTO",
        "contacto@sindicatojornaleras.example.es",
        "Contribución convocatoria trabajadoras agrícolas",
        """
        Buenos días:

        Adjuntamos la contribución del sindicato sobre las condiciones de las
        temporeras en los campos de fresa de Huelva.

        Un saludo,

        Secretaría de Acción Sindical
        Sindicato de Jornaleras de Huelva
        C/ Rábida 22, 21001 Huelva
        959 55 50 12
        """,
        """
        SINDICATO DE JORNALERAS DE HUELVA

        Temporeras en los campos de fresa: contratación en origen y vivienda
        """,
        "other",
        ("Sindicato de Jornaleras de Huelva",),
    ),
    Variation(
        "shared-es-19",
        "Administración",
        "admin@clinicamigrantes.example.edu.co",
        "RV: aporte",
        """
        Reenvío el documento de la Clínica para su convocatoria.

        Cordialmente,

        Administración
        Facultad de Ciencias Jurídicas
        """,
        """
        Clínica Jurídica para Migrantes
        Facultad de Ciencias Jurídicas – Universidad del Río Magdalena
        Barranquilla, Colombia

        Acceso a la salud de personas migrantes venezolanas en el Caribe colombiano
        """,
        "academic",
        (
            "Clínica Jurídica para Migrantes, Universidad del Río Magdalena",
            "Clínica Jurídica para Migrantes",
            "Clínica Jurídica para Migrantes de la Universidad del Río Magdalena",
            "Clínica Jurídica para Migrantes, Facultad de Ciencias Jurídicas, Universidad del Río Magdalena",
        ),
    ),
    Variation(
        "shared-es-20",
        "Colectivo",
        "colectivo@voceslibresdelsur.example.org.cl",
        "aporte convocatoria periodistas",
        """
        Estimadas/os:

        Adjunto va el aporte de nuestro colectivo sobre la seguridad de periodistas
        comunitarios en La Araucanía.

        Saludos,

        Vocería
        Colectivo Voces Libres del Sur
        Temuco, Chile
        www.voceslibresdelsur.example.org.cl
        """,
        """
        COLECTIVO VOCES LIBRES DEL SUR

        La seguridad de periodistas comunitarios en La Araucanía
        """,
        "civil_society",
        ("Colectivo Voces Libres del Sur",),
    ),
    # ── person: a staff member writes; the organisation is what is published ──
    Variation(
        "person-en-01",
        "Okafor, Chidinma",
        "c.okafor@ruralwomenlegal.example.org.ng",
        "Submission on widows' inheritance rights",
        """
        Dear Special Rapporteur,

        I am pleased to share our submission on the inheritance and property rights of
        widows in south-east Nigeria. Our field officers documented 46 cases in 2025.

        Warm regards,

        Chidinma Okafor (she/her)
        Senior Programme Officer, Access to Justice
        Rural Women's Legal Support Initiative
        Plot 17, Ogui Road, Enugu, Nigeria
        Office: +234 42 555 0194 | Mobile: +234 803 555 7712
        LinkedIn: linkedin.com/in/chidinma-okafor-example
        """,
        """
        Rural Women's Legal Support Initiative

        "They took the land before the burial": widows' inheritance rights in
        south-east Nigeria
        """,
        "civil_society",
        (
            "Rural Women's Legal Support Initiative",
            "Rural Women’s Legal Support Initiative",
        ),
    ),
    Variation(
        "person-en-02",
        "Tom Whitaker",
        "tom.whitaker@gmail.example.com",
        "Submission - homelessness and criminalisation",
        """
        Hi there,

        Sending this from my personal account as our office email is down. Our
        submission on the criminalisation of rough sleeping is attached.

        Cheers,
        Tom

        Tom Whitaker
        Policy Lead
        Streetwise Rights Project
        """,
        """
        Streetwise Rights Project

        Moved on, fined, arrested: the criminalisation of rough sleeping in England
        """,
        "civil_society",
        ("Streetwise Rights Project",),
    ),
    Variation(
        "person-en-03",
        "Dr. Ravi Menon",
        "ravi.menon@idrsa.example.org.za",
        "Input: disability and the right to education",
        """
        Dear colleagues,

        Attached please find our input to the call on inclusive education.

        Regards,
        Ravi

        Dr. Ravi Menon
        Head of Research
        ---
        Inclusive Disability Rights South Africa
        3rd Floor, 66 Loop Street, Cape Town 8001
        T +27 21 555 0463 | M +27 82 555 1987
        """,
        """
        Inclusive Disability Rights South Africa

        Children with disabilities out of school in the Western Cape
        """,
        "civil_society",
        ("Inclusive Disability Rights South Africa",),
    ),
    Variation(
        "person-en-04",
        "MARGARET O'SULLIVAN",
        "mosullivan@travellerhealth.example.ie",
        "Traveller Health Forum - submission",
        """
        Dear Sir / Madam,

        Please see attached. I'm happy to speak with anyone from the office about
        the findings.

        Best wishes,

        Margaret O'Sullivan
        Coordinator
        Traveller Health Forum
        Unit 5, Dublin Road Business Park, Athlone, Co. Westmeath, N37 X2P5
        Tel: 090 555 7741
        Mob: 087 555 2360
        """,
        """
        Traveller Health Forum

        Mental health and suicide among Irish Travellers: a submission to the
        Special Rapporteur on the right to health
        """,
        "civil_society",
        ("Traveller Health Forum",),
    ),
    Variation(
        "person-en-05",
        "Hannah Lindqvist",
        "hannah.lindqvist@nordicsaamiyouth.example.no",
        "Input regarding wind farms on reindeer grazing land",
        """
        Dear Special Rapporteur,

        My name is Hannah Lindqvist and I am the international officer of our
        organisation. Attached is our input on wind power developments on reindeer
        grazing lands.

        Best regards,
        Hannah Lindqvist
        International Officer

        Sent from Outlook for Android
        """,
        """
        NORDIC SÁMI YOUTH COUNCIL

        Wind power on reindeer grazing lands and the rights of young Sámi herders
        """,
        "civil_society",
        ("Nordic Sámi Youth Council",),
    ),
    Variation(
        "person-en-06",
        "Daniel Mensah",
        "dmensah@accrainfotech.example.com.gh",
        "Company input – digital ID and data protection",
        """
        Dear Working Group,

        On behalf of my company, I attach our input to your call on digital identity
        systems and human rights.

        Best regards,

        Daniel Mensah
        Legal & Compliance Manager
        Accra InfoTech Solutions Ltd.
        14 Liberation Road, Airport Residential Area, Accra
        +233 30 255 5904
        """,
        """
        Accra InfoTech Solutions Ltd.

        Privacy by design in national digital ID enrolment: a vendor's experience
        """,
        "private_sector",
        (
            "Accra InfoTech Solutions Ltd.",
            "Accra InfoTech Solutions Ltd",
            "Accra InfoTech Solutions",
            "Accra InfoTech Solutions Limited",
        ),
    ),
    Variation(
        "person-en-07",
        "Siddiqui Imran",
        "imran@lahorelabourforum.example.org.pk",
        "submission on brick kiln workers",
        """
        Respected Sir/Madam,

        Please find the attached submission regarding bonded labour at brick kilns in
        Punjab province.

        Regards
        Imran Siddiqui
        General Secretary
        Lahore Labour Forum
        0300 5551 284
        """,
        """
        Lahore Labour Forum

        Bonded labour at brick kilns in Punjab: debt, families and the law
        """,
        "civil_society",
        ("Lahore Labour Forum",),
    ),
    Variation(
        "person-en-08",
        "Prof. Amelia Grant",
        "a.grant@hrlc.example.edu",
        "Submission - Human Rights Law Clinic",
        """
        Dear colleagues,

        I attach a submission prepared by students of our clinic under my supervision
        on solitary confinement in state prisons.

        With thanks,

        Amelia Grant
        Professor of Law and Director
        Human Rights Law Clinic
        Bramwell University School of Law
        210 College Avenue, Columbus, OH 43210
        (614) 555-0122
        """,
        """
        Human Rights Law Clinic, Bramwell University School of Law

        Solitary confinement in state prisons in the United States
        """,
        "academic",
        (
            "Human Rights Law Clinic, Bramwell University School of Law",
            "Bramwell University School of Law Human Rights Law Clinic",
            "Human Rights Law Clinic, Bramwell University",
        ),
    ),
    Variation(
        "person-en-09",
        "Lucy Park",
        "lucy.park@koreamigrantfishers.example.or.kr",
        "Re: call for submissions",
        """
        Dear OHCHR team,

        Thanks for the reminder of the deadline. Our paper is attached now.

        Lucy Park
        Researcher

        ______________________________
        Korea Migrant Fishers' Solidarity Centre
        Mokpo, Jeollanam-do | +82 61 555 2094
        """,
        """
        Korea Migrant Fishers' Solidarity Centre

        Migrant fishers on Korean distant-water vessels
        """,
        "civil_society",
        (
            "Korea Migrant Fishers' Solidarity Centre",
            "Korea Migrant Fishers’ Solidarity Centre",
        ),
    ),
    Variation(
        "person-fr-10",
        "Jean-Baptiste Nkurunziza",
        "jb.nkurunziza@ligueiteka.example.bi",
        "Contribution - détention arbitraire",
        """
        Madame, Monsieur,

        Je me permets de vous transmettre la contribution de notre organisation sur les
        détentions arbitraires de membres de partis d'opposition.

        Veuillez agréer mes salutations distinguées.

        Jean-Baptiste Nkurunziza
        Chargé de plaidoyer
        Ligue Burundaise Ubuntu pour les Droits de la Personne
        Bujumbura – Burundi
        Tél. : +257 79 555 204
        """,
        """
        LIGUE BURUNDAISE UBUNTU POUR LES DROITS DE LA PERSONNE

        Détentions arbitraires des membres de l'opposition, 2024-2026
        """,
        "civil_society",
        ("Ligue Burundaise Ubuntu pour les Droits de la Personne",),
    ),
    Variation(
        "person-fr-11",
        "Claire Dubois",
        "claire.dubois@habitatdignequebec.example.ca",
        "Soumission pour le rapport sur le logement",
        """
        Bonjour,

        Vous trouverez ci-joint notre soumission. N'hésitez pas à me contacter.

        Merci!

        Claire Dubois (elle)
        Coordonnatrice aux communications
        Regroupement pour un habitat digne de Québec
        1200, 3e Avenue, Québec (Québec) G1L 2X3
        418 555-0177, poste 3 | Cellulaire : 418 555-0925
        """,
        """
        Regroupement pour un habitat digne de Québec

        Les évictions pour rénovation et le droit au logement à Québec
        """,
        "civil_society",
        ("Regroupement pour un habitat digne de Québec",),
    ),
    Variation(
        "person-fr-12",
        "M. Ousmane Traoré",
        "otraore@yahoo.example.fr",
        "Contribution de notre association",
        """
        Bonjour,

        Je suis le président d'une association de migrants de retour à Kayes. Je vous
        envoie notre contribution en pièce jointe.

        Merci beaucoup.

        Ousmane Traoré
        """,
        """
        ASSOCIATION DES MIGRANTS DE RETOUR DE KAYES (AMRK)
        Récépissé n° 0412/MATD – Kayes, Mali

        Le retour des migrants expulsés et leur réinsertion dans la région de Kayes
        """,
        "civil_society",
        (
            "Association des Migrants de Retour de Kayes (AMRK)",
            "Association des Migrants de Retour de Kayes",
        ),
    ),
    Variation(
        "person-fr-13",
        "Sophie Martin-Lefèvre",
        "s.martinlefevre@observatoireprisons-ge.example.ch",
        "Contribution de l'Observatoire",
        """
        Madame, Monsieur,

        Au nom de l'Observatoire, je vous prie de trouver ci-joint notre contribution
        sur la détention administrative des personnes étrangères à Genève.

        Avec mes meilleures salutations,

        Sophie Martin-Lefèvre
        Secrétaire générale
        Observatoire genevois des lieux de privation de liberté
        Rue de Carouge 44, 1205 Genève
        +41 22 555 83 10
        """,
        """
        Observatoire genevois des lieux de privation de liberté

        La détention administrative des personnes étrangères à Genève
        """,
        "civil_society",
        ("Observatoire genevois des lieux de privation de liberté",),
    ),
    Variation(
        "person-fr-14",
        "Aïcha Benali",
        "a.benali@femmesdudesert.example.dz",
        "Contribution",
        """
        Bonjour,

        Ci-joint la contribution de notre collectif.

        Aïcha Benali
        Présidente

        Collectif Femmes du Désert – Tamanrasset
        """,
        """
        Collectif Femmes du Désert

        Les femmes migrantes en transit dans le Sud algérien
        """,
        "civil_society",
        ("Collectif Femmes du Désert",),
    ),
    Variation(
        "person-es-15",
        "Martínez Rojas, Andrés",
        "amartinez@defensordelpueblo.example.gob.do",
        "Aporte del Defensor del Pueblo – trata de personas",
        """
        Estimados señores:

        Por instrucciones del Defensor del Pueblo, remito el aporte de la institución
        sobre la trata de personas en la frontera domínico-haitiana.

        Atentamente,

        Andrés Martínez Rojas
        Analista, Dirección de Derechos Humanos
        Defensor del Pueblo de la República Dominicana
        Av. Máximo Gómez No. 70, Santo Domingo
        Tel. 809-555-0148 ext. 2204
        """,
        """
        DEFENSOR DEL PUEBLO
        REPÚBLICA DOMINICANA

        La trata de personas en la zona fronteriza
        """,
        "nhri",
        (
            "Defensor del Pueblo de la República Dominicana",
            "Defensor del Pueblo (República Dominicana)",
        ),
        "DOM",
    ),
    Variation(
        "person-es-16",
        "Valeria Gómez",
        "valeria.gomez@gmail.example.com",
        "Aporte de la Asociación",
        """
        Hola,

        Les escribo desde mi correo personal. Soy la coordinadora de proyectos de la
        Asociación Mujeres Rurales del Chaco y les adjunto nuestro aporte.

        Muchas gracias,

        Valeria Gómez
        Coordinadora de proyectos
        Asociación Mujeres Rurales del Chaco
        Resistencia, Chaco – Argentina
        """,
        """
        Asociación Mujeres Rurales del Chaco

        El acceso al agua de las mujeres campesinas e indígenas del Chaco
        """,
        "civil_society",
        ("Asociación Mujeres Rurales del Chaco",),
    ),
    Variation(
        "person-es-17",
        "Lic. Roberto Huamán",
        "rhuaman@cedeamazonia.example.org.pe",
        "Aporte - pueblos indígenas en aislamiento",
        """
        Estimados:

        Remito el aporte institucional sobre pueblos indígenas en aislamiento y
        contacto inicial.

        Saludos cordiales,

        Lic. Roberto Huamán Quispe
        Especialista en Derechos Indígenas
        Área Legal
        Centro de Estudios y Defensa de la Amazonía – CEDEAM
        Jr. Putumayo 410, Iquitos, Loreto
        Cel. 965 555 201
        """,
        """
        Centro de Estudios y Defensa de la Amazonía (CEDEAM)

        Pueblos indígenas en aislamiento y contacto inicial en Loreto
        """,
        "civil_society",
        (
            "Centro de Estudios y Defensa de la Amazonía (CEDEAM)",
            "Centro de Estudios y Defensa de la Amazonía",
        ),
    ),
    Variation(
        "person-es-18",
        "Sánchez Pérez, Lucía",
        "lucia.sanchez@redtrabajadorasdelhogar.example.org.bo",
        "aporte trabajadoras del hogar",
        """
        Buenos días:

        Adjunto el aporte que elaboramos desde la Red.

        Lucía Sánchez Pérez
        Responsable de Incidencia

        Enviado desde mi iPhone
        """,
        """
        RED DE TRABAJADORAS DEL HOGAR DE COCHABAMBA
        "Trabajo digno, vida digna"
        Calle Jordán 0457, Cochabamba, Bolivia

        Seguridad social para las trabajadoras del hogar
        """,
        "civil_society",
        ("Red de Trabajadoras del Hogar de Cochabamba",),
    ),
    Variation(
        "person-es-19",
        "Diego Fernández",
        "diego.fernandez@ciudadesaccesibles.example.es",
        "Contribución – accesibilidad de la vivienda",
        """
        Estimadas y estimados:

        Como responsable del área de incidencia política de nuestra entidad, les
        envío la contribución de Plataforma Ciudades Accesibles a la convocatoria.

        Un saludo cordial,

        Diego Fernández Gil
        Área de Incidencia Política
        Plataforma Ciudades Accesibles
        C/ Embajadores 81, 28012 Madrid
        Tel. 91 555 38 40 | Móvil 655 55 12 98
        @CiudadesAccesibles
        """,
        """
        Plataforma Ciudades Accesibles

        La accesibilidad de la vivienda para personas con discapacidad en España
        """,
        "civil_society",
        ("Plataforma Ciudades Accesibles",),
    ),
    Variation(
        "person-es-20",
        "Mariela Castro Díaz",
        "mcastro@colectivodefensoras.example.org.hn",
        "Aporte defensoras",
        """
        Estimadas:

        Les comparto el aporte de nuestra colectiva sobre defensoras de la tierra en
        Honduras. Cualquier consulta, a la orden.

        Abrazos,

        Mariela Castro Díaz
        Coordinadora General
        Colectiva de Defensoras del Territorio de Honduras
        Tegucigalpa, M.D.C.
        +504 9555-2017
        """,
        """
        Colectiva de Defensoras del Territorio de Honduras

        Defensoras de la tierra y el territorio en Honduras: criminalización y
        protección
        """,
        "civil_society",
        ("Colectiva de Defensoras del Territorio de Honduras",),
    ),
    # ── letterhead: the e-mail says almost nothing; the organisation on the document ──
    Variation(
        "letterhead-en-01",
        "",
        "kofi.asante1987@gmail.example.com",
        "Submission",
        """
        Please find attached our submission.
        """,
        """
        NORTHERN GHANA LAND RIGHTS WATCH
        P.O. Box TL 1142, Tamale, Northern Region | "Land is life"

        Large-scale land acquisitions and the displacement of farming families in the
        Northern Region
        """,
        "civil_society",
        ("Northern Ghana Land Rights Watch",),
    ),
    Variation(
        "letterhead-en-02",
        "mary k",
        "maryk.office@outlook.example.com",
        "Re: Call for inputs",
        """
        Hi, attached. Thanks

        Sent from my iPhone
        """,
        """
        SAFE HARBOUR WOMEN'S SHELTER NETWORK
        21 Wellington Street, Kingston, Jamaica · Tel 876-555-0134

        Domestic violence shelters and the right to housing in Jamaica
        """,
        "civil_society",
        (
            "Safe Harbour Women's Shelter Network",
            "Safe Harbour Women’s Shelter Network",
        ),
    ),
    Variation(
        "letterhead-en-03",
        "CHRAGG",
        "chragg.tz@gmail.example.com",
        "Submission",
        """
        Dear Sir/Madam,

        Kindly find the attached.

        Regards.
        """,
        """
        THE UNITED REPUBLIC OF TANZANIA
        COMMISSION FOR HUMAN RIGHTS AND GOOD GOVERNANCE
        Mafao House, Old Dodoma Road, P.O. Box 2643, Dodoma

        Input on the rights of older persons in Tanzania
        """,
        "nhri",
        (
            "Commission for Human Rights and Good Governance (CHRAGG)",
            "Commission for Human Rights and Good Governance",
        ),
        "TZA",
    ),
    Variation(
        "letterhead-en-04",
        "",
        "scanner@docucentre.example.net",
        "Scanned document",
        """
        Scanned from a Xerox multifunction printer.
        """,
        """
        GENERAL UNION OF PLANTATION WORKERS OF SRI LANKA
        Affiliated to the Trade Union Congress
        72 Temple Road, Hatton | Estd. 1951

        Wages and housing on tea estates: submission to the Special Rapporteur on
        contemporary forms of slavery
        """,
        "other",
        ("General Union of Plantation Workers of Sri Lanka",),
    ),
    Variation(
        "letterhead-en-05",
        "J. Harrow",
        "jharrow@protonmail.example.com",
        "input",
        """
        See attached, thanks.
        J.
        """,
        """
        INSTITUTE FOR DIGITAL RIGHTS AND DEMOCRACY
        Wellington · New Zealand
        "Technology accountable to people"

        Facial recognition in public spaces: an input to the call on surveillance
        technology
        """,
        "civil_society",
        ("Institute for Digital Rights and Democracy",),
    ),
    Variation(
        "letterhead-en-06",
        "Fr. Paul",
        "paulmwale@yahoo.example.com",
        "Submission",
        """
        Dear Sir/Madam,

        Please find attached our submission. God bless you.
        """,
        """
        CATHOLIC COMMISSION FOR JUSTICE AND PEACE – DIOCESE OF MONZE
        P.O. Box 660071, Monze, Zambia

        Mining, resettlement and the rights of rural communities in Southern Province
        """,
        "other",
        (
            "Catholic Commission for Justice and Peace – Diocese of Monze",
            "Catholic Commission for Justice and Peace, Diocese of Monze",
            "Catholic Commission for Justice and Peace - Diocese of Monze",
        ),
    ),
    Variation(
        "letterhead-en-07",
        "",
        "submissions.2026@mail.example.com",
        "Submission: call for inputs (prison labour)",
        """
        Please find attached our submission.
        """,
        """
        PRISON LABOUR ACCOUNTABILITY PROJECT
        1629 K Street NW, Suite 300, Washington, DC 20006

        Compulsory prison labour in the United States: a submission to the Special
        Rapporteur on contemporary forms of slavery
        """,
        "civil_society",
        ("Prison Labour Accountability Project",),
    ),
    Variation(
        "letterhead-en-08",
        "Ahmed",
        "ahmed.h@hotmail.example.com",
        "Attached",
        """
        Salam, attached our paper. Thank you
        """,
        """
        RIGHTS OF MIGRANT DOMESTIC WORKERS ASSOCIATION – JORDAN
        Jabal Al-Weibdeh, Amman | Tel +962 6 555 0420

        Kafala and the rights of migrant domestic workers in Jordan
        """,
        "civil_society",
        (
            "Rights of Migrant Domestic Workers Association – Jordan",
            "Rights of Migrant Domestic Workers Association",
            "Rights of Migrant Domestic Workers Association - Jordan",
        ),
    ),
    Variation(
        "letterhead-en-09",
        "",
        "research@dataworkers.example.org",
        "Submission",
        """
        Please find attached our submission.

        Best,
        Research Desk
        """,
        """
        CENTRE FOR LABOUR AND TECHNOLOGY RESEARCH
        An independent think tank · Bengaluru, India

        Platform workers, algorithmic management and the right to just and favourable
        conditions of work
        """,
        "academic",
        ("Centre for Labour and Technology Research",),
    ),
    Variation(
        "letterhead-fr-10",
        "",
        "moussa.kone@gmail.example.com",
        "Contribution",
        """
        Bonjour, veuillez trouver ci-joint notre contribution.
        """,
        """
        ASSOCIATION POUR LA DÉFENSE DES ORPAILLEURS DU BURKINA
        Secteur 15, Ouagadougou – 01 BP 4127 Ouagadougou 01
        « Travail, Dignité, Sécurité »

        Les enfants dans les sites d'orpaillage artisanal au Burkina Faso
        """,
        "civil_society",
        ("Association pour la Défense des Orpailleurs du Burkina",),
    ),
    Variation(
        "letterhead-fr-11",
        "MARIE-CLAUDE",
        "mc.bouchard@videotron.example.ca",
        "document",
        """
        Voici notre document.

        Envoyé de mon iPad
        """,
        """
        FÉDÉRATION DES FEMMES AUTOCHTONES DE L'ABITIBI
        1012, 3e Avenue, Val-d'Or (Québec) J9P 1T5

        Les femmes autochtones et l'accès aux services de santé en Abitibi
        """,
        "civil_society",
        ("Fédération des femmes autochtones de l'Abitibi",),
    ),
    Variation(
        "letterhead-fr-12",
        "",
        "contact.rcda@gmail.example.com",
        "Soumission",
        """
        Veuillez trouver en pièce jointe notre soumission.

        Cordialement
        """,
        """
        RÉSEAU CAMEROUNAIS DES DÉFENSEURS DE L'ALIMENTATION
        B.P. 3421 Yaoundé – Cameroun
        « Nourrir sans détruire »

        Le droit à l'alimentation des populations déplacées de l'Extrême-Nord
        """,
        "civil_society",
        ("Réseau Camerounais des Défenseurs de l'Alimentation",),
    ),
    Variation(
        "letterhead-fr-13",
        "Pasteur Jean-Luc",
        "jlrakoto@moov.example.mg",
        "Envoi",
        """
        Bonjour,

        Ci-joint.
        """,
        """
        FÉDÉRATION DES ÉGLISES PROTESTANTES DE TOAMASINA
        Commission Diaconie et Justice
        Lot II B 24, Toamasina, Madagascar

        Les expulsions des familles de pêcheurs du littoral Est
        """,
        "other",
        (
            "Fédération des Églises Protestantes de Toamasina",
            "Commission Diaconie et Justice, Fédération des Églises Protestantes de Toamasina",
            "Fédération des Églises Protestantes de Toamasina – Commission Diaconie et Justice",
        ),
    ),
    Variation(
        "letterhead-fr-14",
        "",
        "noreply@transfert.example.fr",
        "Vous avez reçu des fichiers",
        """
        Vous avez reçu 1 fichier : contribution_appel_GT.pdf (2,4 Mo)

        Message de l'expéditeur : Veuillez trouver notre contribution.
        """,
        """
        COLLECTIF MARSEILLAIS POUR LE DROIT AU LOGEMENT DES FAMILLES
        12, boulevard National – 13001 Marseille

        Les familles à la rue à Marseille : contribution à l'appel du Rapporteur
        spécial sur le logement convenable
        """,
        "civil_society",
        ("Collectif Marseillais pour le Droit au Logement des Familles",),
    ),
    Variation(
        "letterhead-es-15",
        "",
        "pedroalvarado74@hotmail.example.com",
        "Aporte",
        """
        Buenas, adjunto nuestro aporte.
        """,
        """
        ASOCIACIÓN DE PESCADORES ARTESANALES DEL GOLFO DE FONSECA
        Barrio El Centro, Amapala, Valle, Honduras
        "El mar es de todos"

        La pesca artesanal frente a la camaronicultura industrial
        """,
        "civil_society",
        ("Asociación de Pescadores Artesanales del Golfo de Fonseca",),
    ),
    Variation(
        "letterhead-es-16",
        "Lupita",
        "lupita.mx@yahoo.example.com.mx",
        "Envío",
        """
        Envío documento adjunto. Gracias

        Enviado desde mi Android
        """,
        """
        CENTRO DE DERECHOS HUMANOS DE LAS MUJERES DE LA MONTAÑA, A.C.
        Calle Guerrero 18, Tlapa de Comonfort, Guerrero
        "Mujeres que defienden, pueblos que resisten"

        Violencia obstétrica contra mujeres indígenas en La Montaña de Guerrero
        """,
        "civil_society",
        (
            "Centro de Derechos Humanos de las Mujeres de La Montaña, A.C.",
            "Centro de Derechos Humanos de las Mujeres de La Montaña A.C.",
            "Centro de Derechos Humanos de las Mujeres de La Montaña",
        ),
    ),
    Variation(
        "letterhead-es-17",
        "",
        "documentos@correo.example.com.py",
        "Aporte convocatoria",
        """
        Adjuntamos nuestro aporte.
        """,
        """
        COORDINADORA CAMPESINA DE SAN PEDRO
        Ruta 3, km 12, San Pedro del Ycuamandiyú, Paraguay

        Fumigaciones con agrotóxicos y el derecho a la salud de las comunidades
        campesinas
        """,
        "civil_society",
        ("Coordinadora Campesina de San Pedro",),
    ),
    Variation(
        "letterhead-es-18",
        "Jorge",
        "jorge.pinto.v@gmail.example.com",
        "Documento",
        """
        Hola, va el documento.
        Saludos
        """,
        """
        UNIVERSIDAD AUSTRAL DE LOS ANDES
        OBSERVATORIO DE CONFLICTOS SOCIOAMBIENTALES
        Campus Isla Teja, Valdivia, Chile

        Salmonicultura y derechos de las comunidades costeras de Chiloé
        """,
        "academic",
        (
            "Observatorio de Conflictos Socioambientales, Universidad Austral de los Andes",
            "Observatorio de Conflictos Socioambientales",
            "Observatorio de Conflictos Socioambientales de la Universidad Austral de los Andes",
        ),
    ),
    Variation(
        "letterhead-es-19",
        "",
        "mesadepartes@correo.example.pe",
        "Documento adjunto",
        """
        Se adjunta documento.
        """,
        """
        FEDERACIÓN NACIONAL DE TRABAJADORAS Y TRABAJADORES MINEROS DEL PERÚ
        Av. Grau 620, Lima 1 – Perú
        "Unidad, lucha y dignidad"

        Salud y seguridad en la minería subterránea
        """,
        "other",
        ("Federación Nacional de Trabajadoras y Trabajadores Mineros del Perú",),
    ),
    Variation(
        "letterhead-es-20",
        "",
        "ana.beltran@icloud.example.com",
        "Aporte",
        """
        Adjunto.

        Enviado desde mi iPhone
        """,
        """
        FUNDACIÓN NIÑEZ SIN FRONTERAS
        Carrera 7 # 45-12, Cúcuta, Norte de Santander
        "Ningún niño solo en el camino"

        Niñas, niños y adolescentes no acompañados en la frontera colombo-venezolana
        """,
        "civil_society",
        ("Fundación Niñez sin Fronteras", "Fundación Niñez Sin Fronteras"),
    ),
    # ── bilingual: the organisation's name in two languages ──
    Variation(
        "bilingual-en-01",
        "ANR-NB / ADNA-NB",
        "info@anrnb.example.ca",
        "Submission / Soumission – newcomer housing",
        """
        Dear Special Rapporteur,

        Please find attached our submission on housing conditions of temporary foreign
        workers and newcomers in rural New Brunswick.

        Best regards / Cordialement,

        Policy Team / Équipe des politiques
        Alliance for Newcomer Rights New Brunswick
        Alliance pour les droits des nouveaux arrivants du Nouveau-Brunswick
        236 St. George Street, Suite 110, Moncton NB E1C 1W1
        506-555-0128
        """,
        """
        Alliance for Newcomer Rights New Brunswick
        Alliance pour les droits des nouveaux arrivants du Nouveau-Brunswick

        Housing conditions of temporary foreign workers in rural New Brunswick
        """,
        "civil_society",
        (
            "Alliance for Newcomer Rights New Brunswick",
            "Alliance for Newcomer Rights New Brunswick / Alliance pour les droits des nouveaux arrivants du Nouveau-Brunswick",
            "Alliance pour les droits des nouveaux arrivants du Nouveau-Brunswick",
        ),
    ),
    Variation(
        "bilingual-en-02",
        "CPRDP Bamenda",
        "cprdp.bamenda@gmail.example.com",
        "Submission on internally displaced persons in the North-West and South-West regions",
        """
        Dear Sir/Madam,

        The Centre for the Promotion of the Rights of Displaced Persons (CPRDP) submits
        the attached report on internally displaced persons in the North-West and
        South-West regions of Cameroon.

        Yours faithfully,

        Executive Director
        Centre for the Promotion of the Rights of Displaced Persons
        Centre pour la promotion des droits des personnes déplacées
        Commercial Avenue, Bamenda | Tel: +237 677 555 102
        """,
        """
        CENTRE FOR THE PROMOTION OF THE RIGHTS OF DISPLACED PERSONS (CPRDP)
        CENTRE POUR LA PROMOTION DES DROITS DES PERSONNES DÉPLACÉES (CPDPD)

        Internally displaced persons in the North-West and South-West regions
        """,
        "civil_society",
        (
            "Centre for the Promotion of the Rights of Displaced Persons (CPRDP)",
            "Centre for the Promotion of the Rights of Displaced Persons",
            "Centre for the Promotion of the Rights of Displaced Persons / Centre pour la promotion des droits des personnes déplacées",
        ),
    ),
    Variation(
        "bilingual-en-03",
        "Haki za Wafugaji",
        "info@hakizawafugaji.example.or.ke",
        "Input: pastoralists and drought",
        """
        Dear colleagues,

        Haki za Wafugaji (Pastoralist Rights Forum) shares the attached input on drought,
        livestock loss and the right to food among pastoralist communities in Marsabit.

        Asante sana,

        Programmes Desk
        Haki za Wafugaji – Pastoralist Rights Forum
        P.O. Box 314-60500, Marsabit, Kenya
        +254 722 555 846
        """,
        """
        HAKI ZA WAFUGAJI
        PASTORALIST RIGHTS FORUM

        Drought, livestock loss and the right to food in Marsabit County
        """,
        "civil_society",
        (
            "Haki za Wafugaji",
            "Haki za Wafugaji – Pastoralist Rights Forum",
            "Haki za Wafugaji (Pastoralist Rights Forum)",
            "Haki za Wafugaji - Pastoralist Rights Forum",
        ),
    ),
    Variation(
        "bilingual-en-04",
        "Te Rōpū Tika Tangata",
        "kiaora@teroputika.example.org.nz",
        "Submission – Māori in state care",
        """
        Tēnā koutou,

        Please find attached a submission from Te Rōpū Tika Tangata on the detention of
        rangatahi Māori in youth justice residences.

        Ngā mihi nui,

        Aroha Te Whata (she/her | ia)
        Kaiwhakahaere / Director
        Te Rōpū Tika Tangata – Human Rights Collective Aotearoa
        Level 1, 12 Victoria Street, Kirikiriroa Hamilton 3204
        027 555 0381
        """,
        """
        Te Rōpū Tika Tangata
        Human Rights Collective Aotearoa

        Rangatahi Māori in youth justice residences
        """,
        "civil_society",
        (
            "Te Rōpū Tika Tangata",
            "Te Rōpū Tika Tangata – Human Rights Collective Aotearoa",
            "Te Rōpū Tika Tangata - Human Rights Collective Aotearoa",
            "Te Rōpū Tika Tangata (Human Rights Collective Aotearoa)",
        ),
    ),
    Variation(
        "bilingual-en-05",
        "SHRI / ISDH / SMRI",
        "info@isdh.example.ch",
        "Input of the Swiss Human Rights Institution",
        """
        Dear Madam, dear Sir,

        Please find attached the input of the Swiss Human Rights Institution to the
        call on the human rights of older persons in long-term care.

        Kind regards,

        Secretariat
        Swiss Human Rights Institution SHRI
        Institution suisse des droits humains ISDH
        Schweizerische Menschenrechtsinstitution SMRI
        Schwanengasse 12, 3011 Bern
        +41 31 555 20 40
        """,
        """
        Institution suisse des droits humains ISDH
        Schweizerische Menschenrechtsinstitution SMRI
        Istituzione svizzera per i diritti umani ISDU

        Older persons in long-term care in Switzerland
        """,
        "nhri",
        (
            "Swiss Human Rights Institution (SHRI)",
            "Swiss Human Rights Institution",
            "Institution suisse des droits humains (ISDH)",
            "Swiss Human Rights Institution SHRI",
        ),
        "CHE",
    ),
    Variation(
        "bilingual-en-06",
        "BFRC Coalición",
        "info@bfrc-cdff.example.org",
        "Submission / Aportación – family separation at the border",
        """
        Dear Working Group,

        On behalf of the Border Families Rights Coalition, attached please find our
        submission on family separation at ports of entry in West Texas.

        Thank you / Gracias,

        Programs Team
        Border Families Rights Coalition | Coalición por los Derechos de las Familias Fronterizas
        1110 E. Yandell Dr., El Paso, TX 79902
        (915) 555-0173
        Facebook & Instagram: @BFRC.CDFF
        """,
        """
        Border Families Rights Coalition
        Coalición por los Derechos de las Familias Fronterizas

        Family separation at ports of entry in West Texas
        """,
        "civil_society",
        (
            "Border Families Rights Coalition",
            "Border Families Rights Coalition / Coalición por los Derechos de las Familias Fronterizas",
            "Border Families Rights Coalition (BFRC)",
        ),
    ),
    Variation(
        "bilingual-en-07",
        "CEEAC-ECCAS Commission",
        "dpaps@ceeac-eccas.example.org",
        "Contribution of the ECCAS Commission",
        """
        Dear Sir/Madam,

        Please find attached the contribution of the Commission of the Economic
        Community of Central African States to the call for inputs on the rights of
        internally displaced persons.

        Best regards,

        Department of Political Affairs, Peace and Security
        Commission de la CEEAC / ECCAS Commission
        Haut de Gué-Gué, B.P. 2112, Libreville, Gabon
        """,
        """
        COMMUNAUTÉ ÉCONOMIQUE DES ÉTATS DE L'AFRIQUE CENTRALE (CEEAC)
        ECONOMIC COMMUNITY OF CENTRAL AFRICAN STATES (ECCAS)
        La Commission / The Commission

        Contribution on the rights of internally displaced persons in Central Africa
        """,
        "international_org",
        (
            "Economic Community of Central African States (ECCAS)",
            "Economic Community of Central African States",
            "ECCAS Commission",
            "Commission of the Economic Community of Central African States",
            "Economic Community of Central African States (ECCAS) Commission",
            "Communauté économique des États de l'Afrique centrale (CEEAC)",
        ),
    ),
    Variation(
        "bilingual-en-08",
        "Vroue vir Geregtigheid",
        "admin@vvg-wfj.example.org.za",
        "Submission – farmworker women and evictions",
        """
        Good day,

        Attached is our submission on evictions of farmworker women in the Cape
        Winelands. We are a bilingual organisation and work in Afrikaans and English.

        Dankie / Thank you,

        Elna Jacobs
        Koördineerder / Coordinator
        Vroue vir Geregtigheid – Women for Justice
        Plein Street 21, Stellenbosch 7600
        021 555 0692 | 072 555 3140
        """,
        """
        VROUE VIR GEREGTIGHEID
        WOMEN FOR JUSTICE

        Evictions of farmworker women in the Cape Winelands
        """,
        "civil_society",
        (
            "Women for Justice",
            "Vroue vir Geregtigheid – Women for Justice",
            "Vroue vir Geregtigheid",
            "Women for Justice (Vroue vir Geregtigheid)",
            "Vroue vir Geregtigheid - Women for Justice",
        ),
    ),
    Variation(
        "bilingual-en-09",
        "info Huis van de Rechten",
        "info@huisvanderechten.example.be",
        "Submission – undocumented workers in Brussels",
        """
        Dear Working Group,

        Please find attached a short submission on undocumented domestic workers in
        Brussels, prepared with the workers who attend our legal permanence.

        Kind regards,

        Huis van de Rechten – Maison des Droits
        Brusselsesteenweg 42, 1080 Sint-Jans-Molenbeek / Molenbeek-Saint-Jean
        02 555 61 73
        """,
        """
        HUIS VAN DE RECHTEN – MAISON DES DROITS
        Molenbeek

        Undocumented domestic workers in Brussels
        """,
        "civil_society",
        (
            "Huis van de Rechten – Maison des Droits",
            "Huis van de Rechten / Maison des Droits",
            "Huis van de Rechten - Maison des Droits",
            "Maison des Droits",
            "Huis van de Rechten",
        ),
    ),
    Variation(
        "bilingual-fr-10",
        "Unia",
        "international@unia.example.be",
        "Contribution d'Unia",
        """
        Madame, Monsieur,

        Unia a le plaisir de vous transmettre sa contribution à l'appel sur la
        discrimination raciale dans l'accès au logement.

        Bien à vous,

        Service international
        Unia – Centre interfédéral pour l'égalité des chances
        Interfederaal Gelijkekansencentrum
        Rue Royale 138, 1000 Bruxelles
        """,
        """
        Unia
        Centre interfédéral pour l'égalité des chances
        Interfederaal Gelijkekansencentrum

        La discrimination raciale dans l'accès au logement en Belgique
        """,
        "nhri",
        (
            "Unia",
            "Unia – Centre interfédéral pour l'égalité des chances",
            "Unia (Centre interfédéral pour l'égalité des chances)",
            "Centre interfédéral pour l'égalité des chances (Unia)",
        ),
        "BEL",
    ),
    Variation(
        "bilingual-fr-11",
        "Réseau / Netzwerk",
        "secretariat@rda-nab.example.ch",
        "Contribution – renvois Dublin",
        """
        Madame, Monsieur,

        Veuillez trouver ci-joint la contribution du Réseau droit d'asile Berne sur les
        renvois Dublin de familles avec enfants.

        Meilleures salutations / Freundliche Grüsse,

        Secrétariat / Sekretariat
        Réseau droit d'asile Berne | Netzwerk Asylrecht Bern
        Effingerstrasse 8, 3011 Berne
        031 555 48 22
        """,
        """
        Netzwerk Asylrecht Bern
        Réseau droit d'asile Berne

        Les renvois Dublin de familles avec enfants
        """,
        "civil_society",
        (
            "Réseau droit d'asile Berne",
            "Netzwerk Asylrecht Bern",
            "Réseau droit d'asile Berne / Netzwerk Asylrecht Bern",
            "Netzwerk Asylrecht Bern / Réseau droit d'asile Berne",
        ),
    ),
    Variation(
        "bilingual-fr-12",
        "Association Tifawin",
        "tifawin.asso@gmail.example.com",
        "Contribution – femmes rurales du Souss",
        """
        Madame, Monsieur,

        L'Association Tifawin pour les droits des femmes rurales vous adresse sa
        contribution sur l'accès des femmes rurales à la terre collective dans la
        région Souss-Massa.

        Cordialement,

        Le bureau
        جمعية تيفاوين لحقوق النساء القرويات
        Association Tifawin pour les droits des femmes rurales
        Tiznit, Maroc
        """,
        """
        جمعية تيفاوين لحقوق النساء القرويات
        ASSOCIATION TIFAWIN POUR LES DROITS DES FEMMES RURALES

        L'accès des femmes rurales aux terres collectives dans le Souss-Massa
        """,
        "civil_society",
        (
            "Association Tifawin pour les droits des femmes rurales",
            "Association Tifawin",
        ),
    ),
    Variation(
        "bilingual-fr-13",
        "TCRO-ORSR",
        "coordination@tcro.example.ca",
        "Soumission de la Table de concertation",
        """
        Bonjour,

        Nous vous transmettons la soumission de la Table de concertation sur
        l'hébergement des demandeurs d'asile en Outaouais.

        Cordialement / Regards,

        Coordination
        Table de concertation des organismes au service des personnes réfugiées de l'Outaouais
        Outaouais Refugee Services Roundtable
        85, rue Victoria, Gatineau (Québec) J8X 2A3
        819 555-0155
        """,
        """
        Table de concertation des organismes au service des personnes réfugiées de
        l'Outaouais (TCRO)

        L'hébergement des demandeurs d'asile en Outaouais
        """,
        "civil_society",
        (
            "Table de concertation des organismes au service des personnes réfugiées de l'Outaouais (TCRO)",
            "Table de concertation des organismes au service des personnes réfugiées de l'Outaouais",
            "Table de concertation des organismes au service des personnes réfugiées de l'Outaouais / Outaouais Refugee Services Roundtable",
        ),
    ),
    Variation(
        "bilingual-fr-14",
        "Fanm Vanyan",
        "fanmvanyan@yahoo.example.fr",
        "Contribution – violences sexuelles dans les camps de déplacés",
        """
        Bonjour,

        L'organisation Fanm Vanyan – Femmes Vaillantes vous fait parvenir sa
        contribution sur les violences sexuelles dans les sites de déplacés de
        Port-au-Prince.

        Mèsi anpil / Merci beaucoup,

        Marie-Ange Joseph
        Coordonnatrice
        Fanm Vanyan – Femmes Vaillantes
        Delmas 33, Port-au-Prince, Haïti
        +509 3755 2019
        """,
        """
        FANM VANYAN – FEMMES VAILLANTES

        Les violences sexuelles dans les sites de déplacés de Port-au-Prince
        """,
        "civil_society",
        (
            "Fanm Vanyan – Femmes Vaillantes",
            "Fanm Vanyan",
            "Fanm Vanyan - Femmes Vaillantes",
            "Fanm Vanyan (Femmes Vaillantes)",
        ),
    ),
    Variation(
        "bilingual-es-15",
        "Ixoqib' Kuchuj",
        "ixoqibkuchuj@gmail.example.com",
        "Aporte de la Asociación",
        """
        Buenos días:

        Enviamos el aporte de Ixoqib' Kuchuj – Asociación de Mujeres Unidas de
        Totonicapán sobre el acceso a la justicia de las mujeres mayas k'iche'.

        Maltyox / Gracias,

        Junta Directiva
        Ixoqib' Kuchuj – Asociación de Mujeres Unidas de Totonicapán
        Totonicapán, Guatemala
        """,
        """
        IXOQIB' KUCHUJ
        ASOCIACIÓN DE MUJERES UNIDAS DE TOTONICAPÁN

        El acceso a la justicia de las mujeres mayas k'iche'
        """,
        "civil_society",
        (
            "Ixoqib' Kuchuj – Asociación de Mujeres Unidas de Totonicapán",
            "Ixoqib' Kuchuj - Asociación de Mujeres Unidas de Totonicapán",
            "Asociación de Mujeres Unidas de Totonicapán (Ixoqib' Kuchuj)",
            "Asociación de Mujeres Unidas de Totonicapán",
            "Ixoqib' Kuchuj",
        ),
    ),
    Variation(
        "bilingual-es-16",
        "Warmi Sayariy",
        "warmisayariy.potosi@gmail.example.com",
        "Aporte convocatoria minería",
        """
        Estimadas y estimados:

        Les hacemos llegar el aporte de nuestra organización sobre las mujeres
        palliris en las minas del Cerro Rico.

        Atentamente,

        Directiva
        Warmi Sayariy – Mujeres de Pie
        Potosí, Bolivia
        """,
        """
        WARMI SAYARIY
        MUJERES DE PIE

        Las mujeres palliris del Cerro Rico de Potosí
        """,
        "civil_society",
        (
            "Warmi Sayariy – Mujeres de Pie",
            "Warmi Sayariy",
            "Warmi Sayariy - Mujeres de Pie",
            "Warmi Sayariy (Mujeres de Pie)",
        ),
    ),
    Variation(
        "bilingual-es-17",
        "Kuña Mbarete",
        "contacto@kunambarete.example.org.py",
        "Aporte – trabajo infantil doméstico (criadazgo)",
        """
        Estimados:

        Kuña Mbarete – Mujeres Fuertes del Guairá remite su aporte sobre el criadazgo
        de niñas en el Paraguay.

        Aguyje / Gracias,

        Equipo técnico
        Kuña Mbarete – Mujeres Fuertes del Guairá
        Villarrica, Guairá – Paraguay
        (0541) 555 304
        """,
        """
        Kuña Mbarete
        Mujeres Fuertes del Guairá

        El criadazgo de niñas en el Paraguay
        """,
        "civil_society",
        (
            "Kuña Mbarete – Mujeres Fuertes del Guairá",
            "Kuña Mbarete",
            "Kuña Mbarete - Mujeres Fuertes del Guairá",
            "Kuña Mbarete (Mujeres Fuertes del Guairá)",
        ),
    ),
    Variation(
        "bilingual-es-18",
        "Associació Drets Migrants",
        "info@adpmgirona.example.cat",
        "Contribución a la convocatoria",
        """
        Buenos días:

        Adjuntamos la contribución de nuestra entidad sobre el empadronamiento de
        personas migrantes en situación irregular en las comarcas de Girona.

        Salutacions / Saludos,

        Associació per als Drets de les Persones Migrants de Girona
        Asociación para los Derechos de las Personas Migrantes de Girona
        C/ de la Barca 9, 17004 Girona
        972 55 51 60
        """,
        """
        Associació per als Drets de les Persones Migrants de Girona

        El empadronamiento de personas migrantes en situación irregular
        """,
        "civil_society",
        (
            "Associació per als Drets de les Persones Migrants de Girona",
            "Asociación para los Derechos de las Personas Migrantes de Girona",
            "Associació per als Drets de les Persones Migrants de Girona / Asociación para los Derechos de las Personas Migrantes de Girona",
        ),
    ),
    Variation(
        "bilingual-es-19",
        "Kimün Mapu",
        "kimunmapu@gmail.example.com",
        "Aporte Asociación Mapuche",
        """
        Mari mari,

        Les enviamos el aporte de la Asociación Mapuche Kimün Mapu – Saber de la Tierra
        sobre la protección de sitios sagrados frente a proyectos forestales.

        Chaltu may / Gracias,

        Lonko Juan Painemal
        Asociación Mapuche Kimün Mapu – Saber de la Tierra
        Lumaco, Región de La Araucanía
        """,
        """
        ASOCIACIÓN MAPUCHE KIMÜN MAPU
        Saber de la Tierra

        Sitios sagrados mapuche y proyectos forestales en Lumaco
        """,
        "civil_society",
        (
            "Asociación Mapuche Kimün Mapu – Saber de la Tierra",
            "Asociación Mapuche Kimün Mapu",
            "Asociación Mapuche Kimün Mapu - Saber de la Tierra",
            "Asociación Mapuche Kimün Mapu (Saber de la Tierra)",
        ),
    ),
    Variation(
        "bilingual-es-20",
        "CDVPR / PRHRC",
        "info@cdvpr.example.org",
        "Aporte – desahucios después del huracán",
        """
        Saludos:

        La Coalición de Derechos de Vivienda de Puerto Rico somete el aporte adjunto
        sobre desahucios y desplazamiento tras los huracanes.

        Atentamente / Sincerely,

        Equipo Legal
        Coalición de Derechos de Vivienda de Puerto Rico
        Puerto Rico Housing Rights Coalition
        Calle Loíza 1905, San Juan, PR 00911
        (787) 555-0141
        """,
        """
        Coalición de Derechos de Vivienda de Puerto Rico
        Puerto Rico Housing Rights Coalition

        Desahucios y desplazamiento tras los huracanes
        """,
        "civil_society",
        (
            "Coalición de Derechos de Vivienda de Puerto Rico",
            "Coalición de Derechos de Vivienda de Puerto Rico (CDVPR)",
            "Coalición de Derechos de Vivienda de Puerto Rico / Puerto Rico Housing Rights Coalition",
            "Puerto Rico Housing Rights Coalition",
        ),
    ),
    # ── acronym: the acronym in one place, the full name in another ──
    Variation(
        "acronym-en-01",
        "SUHAKAM",
        "intl@suhakam.example.org.my",
        "SUHAKAM input – immigration detention",
        """
        Dear Sir/Madam,

        SUHAKAM is pleased to submit its input on conditions in immigration detention
        depots, based on its visits in 2025.

        Thank you.

        International Affairs Unit
        SUHAKAM

        ---
        Human Rights Commission of Malaysia
        11th Floor, Menara TH Perdana, Jalan Sultan Ismail, 50250 Kuala Lumpur
        """,
        """
        SUHAKAM

        Immigration detention depots in Malaysia: findings of visits in 2025
        """,
        "nhri",
        (
            "Human Rights Commission of Malaysia (SUHAKAM)",
            "Human Rights Commission of Malaysia",
            "SUHAKAM",
        ),
        "MYS",
    ),
    Variation(
        "acronym-en-02",
        "WEDN",
        "wedn@wedn.example.org",
        "WEDN submission",
        """
        Hi all,

        WEDN's submission is attached. Happy to follow up on any point.

        Best,
        Grace

        Grace Adeyemi | Advocacy Manager | WEDN
        + 44 20 7555 0193
        """,
        """
        Submission to the Special Rapporteur on the right to education

        Girls' secondary education in conflict-affected areas of the Sahel

        Women's Education and Development Network (WEDN)
        London · Abuja · Niamey
        """,
        "civil_society",
        (
            "Women's Education and Development Network (WEDN)",
            "Women's Education and Development Network",
            "Women’s Education and Development Network (WEDN)",
            "Women’s Education and Development Network",
        ),
    ),
    Variation(
        "acronym-en-03",
        "Komnas HAM RI",
        "humas@komnasham.example.go.id",
        "Input from Komnas HAM",
        """
        Dear Special Rapporteur,

        With respect, we submit the attached input of Komnas HAM on land conflicts and
        the rights of indigenous peoples in Indonesia.

        Best regards,

        Bureau of Public Relations
        Komnas HAM
        Jl. Latuharhary No. 4B, Menteng, Jakarta Pusat 10310
        """,
        """
        NATIONAL COMMISSION ON HUMAN RIGHTS
        REPUBLIC OF INDONESIA (KOMNAS HAM)

        Land conflicts and the rights of indigenous peoples
        """,
        "nhri",
        (
            "National Commission on Human Rights (Komnas HAM)",
            "National Commission on Human Rights",
            "Komnas HAM",
            "National Commission on Human Rights of the Republic of Indonesia (Komnas HAM)",
        ),
        "IDN",
    ),
    Variation(
        "acronym-en-04",
        "LARC Info",
        "info@larc.example.org.ug",
        "LARC submission on refugee land",
        """
        Dear Sir/Madam,

        Attached is LARC's submission on land allocated to refugees in the West Nile
        settlements and disputes with host communities.

        Kind regards,

        Programme Officer, Research
        LARC | P.O. Box 7712, Arua, Uganda
        """,
        """
        Land allocation and disputes in West Nile refugee settlements

        Prepared by the research team of the Land and Refugee Rights Centre (LARC),
        Arua, Uganda
        """,
        "civil_society",
        ("Land and Refugee Rights Centre (LARC)", "Land and Refugee Rights Centre"),
    ),
    Variation(
        "acronym-en-05",
        "SPC HRSD",
        "rrrt@spc.example.int",
        "SPC input to the call on climate and human rights",
        """
        Dear colleagues,

        Please find attached SPC's input on climate change, displacement and human
        rights in Pacific Island countries and territories.

        Warm regards,

        Human Rights and Social Development Division (HRSD)
        SPC | Suva Regional Office, Private Mail Bag, Suva, Fiji

        ________________
        Pacific Community | Communauté du Pacifique
        """,
        """
        PACIFIC COMMUNITY (SPC)
        Human Rights and Social Development Division

        Climate change, displacement and human rights in Pacific Island countries
        """,
        "international_org",
        (
            "Pacific Community (SPC)",
            "Pacific Community",
            "Pacific Community (SPC) Human Rights and Social Development Division",
        ),
    ),
    Variation(
        "acronym-en-06",
        "ACJP",
        "acjp@protonmail.example.com",
        "Submission by ACJP",
        """
        To whom it may concern,

        ACJP submits the attached on enforced disappearances in the context of
        counter-terrorism. For security reasons we ask that our staff not be named.

        ACJP
        """,
        """
        Enforced disappearances and counter-terrorism: a submission

        Alliance for Civic Justice in Pakistan (ACJP)
        www.acjp.example.org
        """,
        "civil_society",
        (
            "Alliance for Civic Justice in Pakistan (ACJP)",
            "Alliance for Civic Justice in Pakistan",
        ),
    ),
    Variation(
        "acronym-en-07",
        "GMMA Secretariat",
        "secretariat@gmma.example.org.gh",
        "GMMA response",
        """
        Dear Working Group,

        Please find attached the response of GMMA and its member companies to the call
        on business and human rights in the mining sector.

        Regards,

        Kwame Boateng
        Head, Sustainability and Community Relations
        GMMA Secretariat

        Ghana Mining Companies Association
        6th Floor, Ridge Tower, Accra
        """,
        """
        GMMA

        Community relations and human rights due diligence in Ghana's mining sector
        """,
        "private_sector",
        (
            "Ghana Mining Companies Association (GMMA)",
            "Ghana Mining Companies Association",
        ),
    ),
    Variation(
        "acronym-en-08",
        "IDRP",
        "contact@idrp.example.org",
        "Submission",
        """
        Dear colleagues,

        Please see attached.

        Kind regards,

        Ioana Dragomir
        Program Director, IDRP
        Bucharest, Romania
        Pronouns: she/her

        IDRP — Institute for Disability Rights Policy
        """,
        """
        Deinstitutionalisation of persons with disabilities in Romania: progress and
        reversals, 2020-2026
        """,
        "civil_society",
        (
            "Institute for Disability Rights Policy (IDRP)",
            "Institute for Disability Rights Policy",
        ),
    ),
    Variation(
        "acronym-en-09",
        "CMRL Team",
        "team@cmrl.example.ac.za",
        "CMRL submission on xenophobic violence",
        """
        Dear OHCHR,

        Attached please find the CMRL submission on xenophobic violence against
        migrants in Gauteng townships.

        Best wishes,
        The CMRL team
        """,
        """
        Xenophobic violence against migrants in Gauteng townships, 2024-2026

        Centre for Migration and Rights Law (CMRL)
        Faculty of Law, University of Highveld
        Johannesburg
        """,
        "academic",
        (
            "Centre for Migration and Rights Law (CMRL), University of Highveld",
            "Centre for Migration and Rights Law (CMRL)",
            "Centre for Migration and Rights Law",
            "Centre for Migration and Rights Law, University of Highveld",
            "Centre for Migration and Rights Law (CMRL), Faculty of Law, University of Highveld",
        ),
    ),
    Variation(
        "acronym-fr-10",
        "ADEFEM",
        "adefem@adefem.example.ne",
        "Contribution ADEFEM",
        """
        Madame, Monsieur,

        L'ADEFEM a l'honneur de vous transmettre sa contribution sur le mariage des
        enfants dans la région de Maradi.

        Salutations distinguées,

        La Coordinatrice
        ADEFEM – Maradi
        """,
        """
        Le mariage des enfants dans la région de Maradi

        Contribution de l'Association pour la Défense des Droits des Femmes et des
        Enfants de Maradi (ADEFEM)
        """,
        "civil_society",
        (
            "Association pour la Défense des Droits des Femmes et des Enfants de Maradi (ADEFEM)",
            "Association pour la Défense des Droits des Femmes et des Enfants de Maradi",
        ),
    ),
    Variation(
        "acronym-fr-11",
        "CRIDEV Infos",
        "infos@cridev.example.fr",
        "Contribution CRIDEV",
        """
        Bonjour,

        Veuillez trouver en pièce jointe la contribution du CRIDEV.

        Cordialement,

        Julie Morel
        Chargée de plaidoyer
        CRIDEV
        ----
        Centre de Recherche et d'Information pour les Droits des Gens du Voyage
        8, rue de la République – 35000 Rennes
        02 99 55 51 20
        """,
        """
        CRIDEV

        Les aires d'accueil des gens du voyage et le droit à un logement convenable
        """,
        "civil_society",
        (
            "Centre de Recherche et d'Information pour les Droits des Gens du Voyage (CRIDEV)",
            "Centre de Recherche et d'Information pour les Droits des Gens du Voyage",
        ),
    ),
    Variation(
        "acronym-fr-12",
        "ROADDH",
        "roaddh.secretariat@gmail.example.com",
        "Soumission du ROADDH",
        """
        Madame, Monsieur,

        Le ROADDH vous transmet sa soumission sur la protection des défenseurs des
        droits humains en Afrique de l'Ouest.

        Cordialement,

        Secrétariat exécutif
        Réseau Ouest-Africain des Défenseurs des Droits Humains
        Lomé, Togo
        """,
        """
        ROADDH

        La protection des défenseurs des droits humains en Afrique de l'Ouest
        """,
        "civil_society",
        (
            "Réseau Ouest-Africain des Défenseurs des Droits Humains (ROADDH)",
            "Réseau Ouest-Africain des Défenseurs des Droits Humains",
        ),
    ),
    Variation(
        "acronym-fr-13",
        "Direction LDHM",
        "direction@ldhm.example.ml",
        "Contribution de la LDHM",
        """
        Madame, Monsieur,

        Veuillez trouver ci-jointe notre contribution.

        La Direction
        LDHM
        """,
        """
        LIGUE POUR LES DROITS HUMAINS AU MALI
        (LDHM)

        Les exécutions sommaires dans le centre du Mali
        """,
        "civil_society",
        (
            "Ligue pour les Droits Humains au Mali (LDHM)",
            "Ligue pour les Droits Humains au Mali",
        ),
    ),
    Variation(
        "acronym-fr-14",
        "Secrétariat GRIMA",
        "secretariat@grima.example.ca",
        "Soumission du GRIMA",
        """
        Bonjour,

        Au nom du GRIMA, je vous transmets notre soumission sur les travailleurs
        migrants temporaires dans le secteur agricole.

        Cordialement,

        Émilie Tremblay
        Professeure agrégée, Département de sociologie
        Coordonnatrice du GRIMA
        Université de Trois-Rivières

        Groupe de recherche interdisciplinaire sur les migrations agricoles (GRIMA)
        """,
        """
        GRIMA

        Les travailleurs migrants temporaires dans le secteur agricole québécois
        """,
        "academic",
        (
            "Groupe de recherche interdisciplinaire sur les migrations agricoles (GRIMA), Université de Trois-Rivières",
            "Groupe de recherche interdisciplinaire sur les migrations agricoles (GRIMA)",
            "Groupe de recherche interdisciplinaire sur les migrations agricoles",
            "Groupe de recherche interdisciplinaire sur les migrations agricoles, Université de Trois-Rivières",
        ),
    ),
    Variation(
        "acronym-es-15",
        "CODEHUPAZ",
        "codehupaz@codehupaz.example.org.co",
        "Aporte CODEHUPAZ",
        """
        Cordial saludo:

        CODEHUPAZ remite su aporte sobre el asesinato de firmantes del acuerdo de paz.

        Atentamente,

        CODEHUPAZ
        Bogotá D.C.

        Corporación para la Defensa de los Derechos Humanos y la Paz
        Calle 19 # 5-51, of. 802, Bogotá | PBX (601) 555 4410
        """,
        """
        CODEHUPAZ

        El asesinato de firmantes del acuerdo de paz, 2016-2026
        """,
        "civil_society",
        (
            "Corporación para la Defensa de los Derechos Humanos y la Paz (CODEHUPAZ)",
            "Corporación para la Defensa de los Derechos Humanos y la Paz",
        ),
    ),
    Variation(
        "acronym-es-16",
        "FUNDEMI",
        "info@fundemi.example.org.sv",
        "Aporte FUNDEMI",
        """
        Estimados señores:

        Les adjuntamos el aporte de FUNDEMI sobre las personas retornadas a El Salvador.

        Saludos cordiales,

        Equipo FUNDEMI
        """,
        """
        Personas retornadas a El Salvador: reinserción y protección

        Fundación para el Desarrollo de las Personas Migrantes (FUNDEMI)
        Colonia Escalón, San Salvador
        """,
        "civil_society",
        (
            "Fundación para el Desarrollo de las Personas Migrantes (FUNDEMI)",
            "Fundación para el Desarrollo de las Personas Migrantes",
        ),
    ),
    Variation(
        "acronym-es-17",
        "Dirección CIEDH",
        "direccion@ciedh.example.edu.mx",
        "Aporte del CIEDH",
        """
        Estimadas y estimados:

        Por este medio remito el aporte del CIEDH sobre desplazamiento forzado interno
        en Chiapas.

        Saludos cordiales,

        Dra. Patricia Velasco
        Directora, CIEDH
        Universidad Autónoma del Sureste
        San Cristóbal de las Casas, Chiapas
        Tel. (967) 555 0217 ext. 104
        """,
        """
        Centro de Investigación y Estudios en Derechos Humanos (CIEDH)
        Universidad Autónoma del Sureste

        Desplazamiento forzado interno en Chiapas
        """,
        "academic",
        (
            "Centro de Investigación y Estudios en Derechos Humanos (CIEDH), Universidad Autónoma del Sureste",
            "Centro de Investigación y Estudios en Derechos Humanos (CIEDH)",
            "Centro de Investigación y Estudios en Derechos Humanos",
            "Centro de Investigación y Estudios en Derechos Humanos, Universidad Autónoma del Sureste",
        ),
    ),
    Variation(
        "acronym-es-18",
        "ADHSA",
        "adhsa.puno@gmail.example.com",
        "aporte",
        """
        Buenas tardes,

        Enviamos nuestro aporte.

        Saludos,
        ADHSA

        Enviado desde mi iPhone
        """,
        """
        ASOCIACIÓN POR LOS DERECHOS HUMANOS DEL SUR ANDINO
        ADHSA · Jr. Lima 340, Puno

        Protesta social y uso de la fuerza en el sur andino
        """,
        "civil_society",
        (
            "Asociación por los Derechos Humanos del Sur Andino (ADHSA)",
            "Asociación por los Derechos Humanos del Sur Andino",
        ),
    ),
    Variation(
        "acronym-es-19",
        "AEMPE",
        "secretaria@aempe.example.es",
        "Respuesta AEMPE a la convocatoria",
        """
        Buenos días:

        Adjuntamos la respuesta de AEMPE a la convocatoria sobre empresas y derechos
        humanos en el sector agroalimentario.

        Un saludo,

        Secretaría General | AEMPE
        Paseo de la Castellana 95, 28046 Madrid
        Tel. 91 555 70 20

        Asociación Española de Empresas Productoras y Exportadoras de Frutas y Hortalizas
        """,
        """
        AEMPE

        Diligencia debida en derechos humanos en el sector hortofrutícola español
        """,
        "private_sector",
        (
            "Asociación Española de Empresas Productoras y Exportadoras de Frutas y Hortalizas (AEMPE)",
            "Asociación Española de Empresas Productoras y Exportadoras de Frutas y Hortalizas",
        ),
    ),
    Variation(
        "acronym-es-20",
        "OMDH-PY",
        "omdh@omdh.example.org.py",
        "Aporte OMDH",
        """
        Estimados:

        Adjunto el aporte del Observatorio.

        Atte.,

        Rodrigo Benítez
        Investigador
        OMDH

        Observatorio de Migraciones y Derechos Humanos del Paraguay
        Asunción
        """,
        """
        OMDH

        Paraguayos y paraguayas en el exterior: remesas, retorno y derechos
        """,
        "civil_society",
        (
            "Observatorio de Migraciones y Derechos Humanos del Paraguay (OMDH)",
            "Observatorio de Migraciones y Derechos Humanos del Paraguay",
        ),
    ),
    # ── ngostate: writes of a State in diplomatic words and is not the State ──
    Variation(
        "ngostate-en-01",
        "ERAC",
        "info@erac.example.org",
        "Submission on indefinite national service in Eritrea",
        """
        Dear Special Rapporteur,

        The Government of the State of Eritrea has failed to demobilise conscripts
        after the 18 months provided for by its own Proclamation on National Service.
        Our attached submission documents the consequences for those who flee.

        Respectfully,

        Advocacy Coordinator
        Eritrean Refugee Advocacy Centre
        Kungsgatan 14, 111 43 Stockholm, Sweden
        +46 8 555 301 22
        """,
        """
        ERITREAN REFUGEE ADVOCACY CENTRE

        Indefinite national service and forced exile: a submission on the
        Government of the State of Eritrea's obligations
        """,
        "civil_society",
        (
            "Eritrean Refugee Advocacy Centre",
            "Eritrean Refugee Advocacy Centre (ERAC)",
        ),
    ),
    Variation(
        "ngostate-en-02",
        "Anjali Fernando",
        "anjali.fernando.law@gmail.example.com",
        "Submission regarding the Prevention of Terrorism Act",
        """
        Dear Sir/Madam,

        I am an Attorney-at-Law practising in Colombo and write in my own name. At the
        last session the Permanent Representative of Sri Lanka stated that "the
        Government of Sri Lanka remains committed to replacing the Prevention of
        Terrorism Act". My attached submission sets out the cases of eleven of my
        clients held under that Act in 2025.

        Yours faithfully,

        Anjali Fernando
        Attorney-at-Law
        Chambers: 45 Hulftsdorp Street, Colombo 12
        Mobile: +94 77 555 2047
        """,
        """
        Detention under the Prevention of Terrorism Act: eleven cases from 2025

        Submitted by Anjali Fernando, Attorney-at-Law, Colombo
        """,
        "individual",
        ("Anjali Fernando",),
    ),
    Variation(
        "ngostate-en-03",
        "People's Embassy",
        "hello@peoplesembassy.example.org",
        "Submission from the People's Embassy for Climate Refugees",
        """
        Dear colleagues,

        The People's Embassy for Climate Refugees is a grassroots collective of
        displaced islanders; our name is a reminder that no embassy speaks for those
        who have lost their land to the sea. Our submission is attached.

        In solidarity,

        Coordinating Circle
        People's Embassy for Climate Refugees
        Auckland, Aotearoa New Zealand
        Instagram: @peoplesembassy
        """,
        """
        PEOPLE'S EMBASSY FOR CLIMATE REFUGEES

        "No embassy for the drowned": testimonies of displaced Pacific islanders
        """,
        "civil_society",
        (
            "People's Embassy for Climate Refugees",
            "People’s Embassy for Climate Refugees",
        ),
    ),
    Variation(
        "ngostate-en-04",
        "IDHRS Office",
        "idhrs@eastbridge.example.ac.uk",
        "Academic submission on diplomatic assurances in extradition",
        """
        Dear Working Group,

        The Republic of Tajikistan presented diplomatic assurances in each of the four
        extradition cases we studied; in three, the Government of Tajikistan failed to
        allow any post-return monitoring. Our attached paper analyses these cases.

        Best wishes,

        Dr Laura Whitcombe
        Senior Lecturer in International Law
        Institute for Diplomacy and Human Rights Studies
        University of Eastbridge
        """,
        """
        Diplomatic assurances in extradition to Central Asia: four cases

        Institute for Diplomacy and Human Rights Studies, University of Eastbridge
        Working Paper 2026/3
        """,
        "academic",
        (
            "Institute for Diplomacy and Human Rights Studies, University of Eastbridge",
            "Institute for Diplomacy and Human Rights Studies",
            "University of Eastbridge Institute for Diplomacy and Human Rights Studies",
        ),
    ),
    Variation(
        "ngostate-en-05",
        "Interfaith Network",
        "office@ifnmd.example.org",
        "Submission - Interfaith Network for Migrant Dignity",
        """
        Dear Sir or Madam,

        We welcome the statement of the Permanent Observer of the Holy See to the United
        Nations, who said last June that "every migrant has an inalienable dignity
        that no border can suspend". Our attached submission, on behalf of our 38
        member congregations, documents deaths in the Mediterranean.

        With blessings,

        Rev. Margaret Chen
        Chair of the Board
        Interfaith Network for Migrant Dignity
        Via dei Serpenti 35, 00184 Roma
        """,
        """
        INTERFAITH NETWORK FOR MIGRANT DIGNITY

        Deaths at sea in the central Mediterranean
        """,
        "civil_society",
        ("Interfaith Network for Migrant Dignity",),
    ),
    Variation(
        "ngostate-fr-06",
        "CTCT N'Djamena",
        "ctct.tchad@gmail.example.com",
        "Contribution sur la torture dans les lieux de détention",
        """
        Madame, Monsieur,

        Le Gouvernement de la République du Tchad n'a toujours pas mis en place le
        mécanisme national de prévention de la torture auquel il s'est engagé en
        ratifiant le Protocole facultatif. Notre contribution ci-jointe en expose les
        conséquences dans les lieux de détention.

        Veuillez agréer, Madame, Monsieur, l'expression de notre haute considération.

        Le Coordonnateur national
        Collectif tchadien contre la torture (CTCT)
        Quartier Moursal, N'Djamena – Tchad
        """,
        """
        COLLECTIF TCHADIEN CONTRE LA TORTURE

        La torture dans les lieux de détention au Tchad
        """,
        "civil_society",
        (
            "Collectif tchadien contre la torture (CTCT)",
            "Collectif tchadien contre la torture",
        ),
    ),
    Variation(
        "ngostate-fr-07",
        "Mission Solidarité Sahel",
        "contact@missionsolidaritesahel.example.fr",
        "Contribution de Mission Solidarité Sahel",
        """
        Madame, Monsieur,

        Mission Solidarité Sahel, association loi 1901 fondée à Nantes, présente ses
        compliments au Rapporteur spécial et a l'honneur de lui transmettre sa
        contribution sur l'accès à l'eau dans les camps de déplacés du Liptako.

        Bien cordialement,

        Le Conseil d'administration
        Mission Solidarité Sahel
        14, quai de Versailles – 44000 Nantes
        """,
        """
        MISSION SOLIDARITÉ SAHEL

        L'accès à l'eau dans les camps de déplacés du Liptako
        """,
        "civil_society",
        ("Mission Solidarité Sahel",),
    ),
    Variation(
        "ngostate-fr-08",
        "Me Jean-Robert Célestin",
        "jrcelestin.avocat@gmail.example.com",
        "Contribution – détention préventive prolongée en Haïti",
        """
        Madame, Monsieur,

        Avocat au Barreau de Port-au-Prince, je vous écris en mon nom propre. L'État
        haïtien, par la voix de sa Mission permanente à Genève, a affirmé que « la
        détention préventive prolongée est en voie de résorption ». Les dossiers que je
        suis démontrent le contraire ; je vous les résume dans la note ci-jointe.

        Veuillez agréer mes salutations distinguées.

        Me Jean-Robert Célestin
        Avocat
        Cabinet Célestin, 22 rue Pavée, Port-au-Prince
        """,
        """
        Note sur la détention préventive prolongée en Haïti

        Me Jean-Robert Célestin, avocat au Barreau de Port-au-Prince
        """,
        "individual",
        ("Jean-Robert Célestin", "Me Jean-Robert Célestin"),
    ),
    Variation(
        "ngostate-es-09",
        "Observatorio Nicaragüense",
        "observatorio.nic.exilio@protonmail.example.com",
        "Aporte sobre la privación arbitraria de la nacionalidad",
        """
        Estimados señores:

        El Estado de Nicaragua ha incumplido sus obligaciones internacionales al privar
        arbitrariamente de la nacionalidad a más de 300 personas. En el anexo
        presentamos los casos documentados. El Gobierno de Nicaragua no ha respondido a
        ninguna de las comunicaciones de los procedimientos especiales.

        Atentamente,

        Equipo de documentación
        Observatorio Ciudadano Nicaragüense en el Exilio
        San José, Costa Rica
        """,
        """
        OBSERVATORIO CIUDADANO NICARAGÜENSE EN EL EXILIO

        La privación arbitraria de la nacionalidad en Nicaragua, 2023-2026
        """,
        "civil_society",
        ("Observatorio Ciudadano Nicaragüense en el Exilio",),
    ),
    Variation(
        "ngostate-es-10",
        "Embajada Ciudadana",
        "contacto@embajadaciudadana.example.org.br",
        "Aporte de la Embajada Ciudadana por la Amazonía",
        """
        Estimadas y estimados:

        La Embajada Ciudadana por la Amazonía es una red de organizaciones indígenas y
        ribereñas, no una representación diplomática. Adjuntamos nuestro aporte sobre
        la minería ilegal en la triple frontera.

        Saludos amazónicos,

        Secretaría Ejecutiva
        Embajada Ciudadana por la Amazonía
        Leticia, Amazonas (Colombia) – Tabatinga (Brasil)
        WhatsApp +57 310 555 4821
        """,
        """
        EMBAJADA CIUDADANA POR LA AMAZONÍA

        Minería ilegal y pueblos indígenas en la triple frontera
        """,
        "civil_society",
        ("Embajada Ciudadana por la Amazonía",),
    ),
    Variation(
        "ngostate-es-11",
        "Observatorio de Políticas Sociales",
        "ops@ucllano.example.edu.ve",
        "Aporte académico – derecho a la vivienda",
        """
        Estimados:

        El Gobierno de la República Bolivariana de Venezuela sostiene que la Gran Misión
        Vivienda Venezuela ha entregado cinco millones de viviendas. Nuestro aporte
        contrasta esa cifra con los datos de campo recogidos en cuatro estados.

        Atentamente,

        Prof. Héctor Rangel
        Coordinador
        Observatorio de Políticas Sociales
        Universidad Central del Llano
        San Juan de los Morros, Guárico
        """,
        """
        Observatorio de Políticas Sociales – Universidad Central del Llano

        La Gran Misión Vivienda Venezuela: cifras oficiales y datos de campo
        """,
        "academic",
        (
            "Observatorio de Políticas Sociales, Universidad Central del Llano",
            "Observatorio de Políticas Sociales",
            "Observatorio de Políticas Sociales de la Universidad Central del Llano",
            "Observatorio de Políticas Sociales – Universidad Central del Llano",
        ),
    ),
    # ── state: real Member States writing in less formal ways ──
    Variation(
        "state-en-01",
        "Kadri Tamm",
        "kadri.tamm@vm.example.ee",
        "Estonia's reply to the questionnaire",
        """
        Hi,

        Attached is Estonia's reply to the questionnaire on older persons' digital
        inclusion. Sorry it's a few days late - the Ministry of Social Affairs sent
        their part only yesterday.

        Best,
        Kadri

        Kadri Tamm
        Adviser | Human Rights Division | Legal Department
        Ministry of Foreign Affairs of Estonia
        Islandi väljak 1, 15049 Tallinn
        +372 637 5555
        """,
        """
        Reply of Estonia to the questionnaire of the Independent Expert on the
        enjoyment of all human rights by older persons
        """,
        "member_state",
        ("Estonia",),
        "EST",
    ),
    Variation(
        "state-en-02",
        "Felix (personal)",
        "felix.huber.vie@gmail.example.com",
        "Austria – input (sent from personal address)",
        """
        Dear colleagues,

        Our Mission's mail server is down today, so I am sending Austria's input from my
        personal address to meet the deadline. The official version will follow by
        note verbale.

        Kind regards,

        Felix Huber
        Attaché
        Permanent Mission of Austria to the United Nations Office at Geneva
        Chemin du Petit-Saconnex 9A, 1209 Geneva
        Mobile: +41 79 555 63 10

        Sent from my iPhone
        """,
        """
        Input of Austria to the call for inputs on the right to a healthy environment
        """,
        "member_state",
        ("Austria",),
        "AUT",
    ),
    Variation(
        "state-en-03",
        "Under Secretary MoLESS",
        "hrsection@moless.example.gov.np",
        "Inputs on migrant workers",
        """
        Dear Sir/Madam,

        Please find attached the inputs on the protection of Nepali migrant workers,
        prepared by this Ministry in coordination with the Department of Foreign
        Employment.

        Regards,

        Ram Prasad Adhikari
        Under Secretary
        Ministry of Labour, Employment and Social Security
        Government of Nepal
        Singha Durbar, Kathmandu
        """,
        """
        Government of Nepal
        Ministry of Labour, Employment and Social Security

        Inputs on the protection of Nepali migrant workers abroad
        """,
        "member_state",
        ("Nepal",),
        "NPL",
    ),
    Variation(
        "state-en-04",
        "MUMBA Chanda",
        "c.mumba@moj.example.gov.zm",
        "Zambia submission",
        """
        Good afternoon,

        Kindly find attached Zambia's submission. Apologies for the delay.

        Chanda Mumba
        Principal State Advocate, International Law and Agreements
        Ministry of Justice, Republic of Zambia
        Fairley Road, Lusaka
        Cell: +260 97 555 4417
        """,
        """
        REPUBLIC OF ZAMBIA
        MINISTRY OF JUSTICE

        Submission on legal aid and access to justice for persons in pre-trial
        detention
        """,
        "member_state",
        ("Zambia",),
        "ZMB",
    ),
    Variation(
        "state-fr-05",
        "Ngono Marie-Thérèse",
        "mt.ngono@minjustice.example.cm",
        "Réponse du Cameroun",
        """
        Bonjour,

        Ci-joint la réponse du Cameroun au questionnaire sur la justice pour mineurs.

        Bien cordialement,

        Marie-Thérèse Ngono
        Chef de Service des Droits de l'Homme
        Direction des Droits de l'Homme et de la Coopération Internationale
        Ministère de la Justice, Yaoundé
        Tél. : +237 222 55 51 90
        """,
        """
        RÉPUBLIQUE DU CAMEROUN
        Paix – Travail – Patrie
        MINISTÈRE DE LA JUSTICE

        Réponse au questionnaire sur la justice pour mineurs
        """,
        "member_state",
        ("Cameroon",),
        "CMR",
    ),
    Variation(
        "state-fr-06",
        "Eric M.",
        "eric.mugisha@yahoo.example.fr",
        "Contribution du Rwanda",
        """
        Bonjour,

        Je vous transmets depuis mon adresse personnelle la contribution du Rwanda,
        notre messagerie officielle étant en maintenance. La version signée suivra
        par note verbale.

        Cordialement,

        Eric Mugisha
        Premier Secrétaire
        Mission permanente de la République du Rwanda auprès de l'Office des Nations
        Unies à Genève
        Rue Fendt 1, 1201 Genève
        """,
        """
        Contribution de la République du Rwanda à l'appel à contributions sur
        l'éducation des enfants réfugiés
        """,
        "member_state",
        ("Rwanda",),
        "RWA",
    ),
    Variation(
        "state-es-07",
        "Sofía Pereira",
        "sofia.pereira@mrree.example.gub.uy",
        "Insumos de Uruguay",
        """
        Estimados:

        Adjunto los insumos de Uruguay, consolidados con el Ministerio de Desarrollo
        Social. Quedo a las órdenes.

        Saludos cordiales,

        Sofía Pereira
        Dirección de Derechos Humanos y Derecho Humanitario
        Ministerio de Relaciones Exteriores
        Colonia 1206, Montevideo
        Tel. (+598) 2902 1010 int. 555
        """,
        """
        Insumos de la República Oriental del Uruguay sobre personas en situación de
        calle
        """,
        "member_state",
        ("Uruguay",),
        "URY",
    ),
    Variation(
        "state-es-08",
        "Carlos Arosemena",
        "carlos.arosemena.g@gmail.example.com",
        "Panamá – aporte",
        """
        Estimados colegas:

        Por problemas con el correo institucional, les remito desde mi cuenta personal
        el aporte de Panamá a la convocatoria. El original se enviará mediante nota
        verbal.

        Saludos,

        Carlos Arosemena
        Consejero
        Misión Permanente de Panamá ante la Oficina de las Naciones Unidas en Ginebra
        +41 22 555 01 84
        """,
        """
        Aporte de la República de Panamá sobre la protección de personas migrantes en
        tránsito por el Darién
        """,
        "member_state",
        ("Panama",),
        "PAN",
    ),
    Variation(
        "state-es-09",
        "Dirección de Cooperación SEDH",
        "cooperacion@sedh.example.gob.hn",
        "Respuesta cuestionario",
        """
        Buenas tardes,

        Se remite la respuesta de Honduras al cuestionario sobre defensoras y defensores
        de derechos humanos.

        Atentamente,

        Dirección de Cooperación Internacional
        Secretaría de Estado en el Despacho de Derechos Humanos
        Gobierno de la República de Honduras
        Tegucigalpa, M.D.C.
        """,
        """
        SECRETARÍA DE DERECHOS HUMANOS
        REPÚBLICA DE HONDURAS

        Respuesta al cuestionario sobre personas defensoras de derechos humanos
        """,
        "member_state",
        ("Honduras",),
        "HND",
    ),
    # ── ordinary mail: a company, IGOs, NHRIs, university units, a person, other bodies ──
    Variation(
        "company-en-01",
        "Emily Shaw",
        "emily.shaw@northbayseafoods.example.com",
        "Northbay Seafoods – response to call for inputs",
        """
        Dear Working Group,

        Please find attached Northbay Seafoods' response to the call for inputs on
        forced labour in fishing supply chains.

        Kind regards,

        Emily Shaw
        Director, Responsible Sourcing
        Northbay Seafoods Inc.
        400 Harbour Drive, Halifax NS B3H 1A1, Canada
        """,
        """
        Northbay Seafoods Inc.

        Forced labour risks in our fishing supply chains: response to the call for
        inputs
        """,
        "private_sector",
        ("Northbay Seafoods Inc.", "Northbay Seafoods Inc", "Northbay Seafoods"),
    ),
    Variation(
        "company-es-02",
        "Gerencia de Sostenibilidad",
        "sostenibilidad@palmasdelcaribe.example.com.co",
        "Aporte de Palmas del Caribe S.A.S.",
        """
        Estimados:

        Palmas del Caribe S.A.S. remite su aporte a la convocatoria sobre empresas y
        derechos de los pueblos indígenas.

        Cordialmente,

        Gerencia de Sostenibilidad
        Palmas del Caribe S.A.S.
        Santa Marta, Colombia
        """,
        """
        PALMAS DEL CARIBE S.A.S.

        Consulta previa y relaciones con comunidades en la zona bananera
        """,
        "private_sector",
        ("Palmas del Caribe S.A.S.", "Palmas del Caribe SAS", "Palmas del Caribe"),
    ),
    Variation(
        "igo-fr-01",
        "Secrétariat général COI",
        "secretariat@coi-ioc.example.org",
        "Contribution de la Commission de l'océan Indien",
        """
        Madame, Monsieur,

        Le Secrétariat général de la Commission de l'océan Indien a l'honneur de vous
        transmettre sa contribution sur la sécurité maritime et les droits des pêcheurs
        artisanaux.

        Veuillez agréer l'expression de notre haute considération.

        Secrétariat général
        Commission de l'océan Indien (COI)
        Blue Tower, rue de l'Institut, Ebène, Maurice
        """,
        """
        COMMISSION DE L'OCÉAN INDIEN

        Sécurité maritime et droits des pêcheurs artisanaux dans le sud-ouest de
        l'océan Indien
        """,
        "international_org",
        (
            "Commission de l'océan Indien (COI)",
            "Commission de l'océan Indien",
            "Secrétariat général de la Commission de l'océan Indien",
        ),
    ),
    Variation(
        "igo-en-02",
        "EAC Secretariat – Gender and Social Development",
        "gsd@eac.example.int",
        "Input of the East African Community Secretariat",
        """
        Dear Sir/Madam,

        The East African Community Secretariat is pleased to submit the attached input
        on cross-border traders and the rights of women in informal trade.

        Yours sincerely,

        Principal Gender and Community Development Officer
        East African Community Secretariat
        EAC Close, Afrika Mashariki Road, P.O. Box 1096, Arusha, Tanzania
        """,
        """
        EAST AFRICAN COMMUNITY

        Women cross-border traders and the right to work
        """,
        "international_org",
        (
            "East African Community Secretariat",
            "East African Community (EAC)",
            "East African Community",
            "East African Community (EAC) Secretariat",
        ),
    ),
    Variation(
        "nhri-en-01",
        "NIHRC",
        "info@nihrc.example.org",
        "NIHRC submission – legacy of the conflict",
        """
        Dear Special Rapporteur,

        The Northern Ireland Human Rights Commission submits the attached on the
        rights of victims and survivors of the conflict.

        Yours sincerely,

        Policy and Research
        Northern Ireland Human Rights Commission
        4th Floor, Alfred House, 19-21 Alfred Street, Belfast BT2 8ED
        """,
        """
        NORTHERN IRELAND HUMAN RIGHTS COMMISSION

        The rights of victims and survivors of the conflict
        """,
        "nhri",
        (
            "Northern Ireland Human Rights Commission (NIHRC)",
            "Northern Ireland Human Rights Commission",
        ),
        "GBR",
    ),
    Variation(
        "nhri-es-02",
        "Defensoría del Pueblo – Paraguay",
        "ddhh@defensoriadelpueblo.example.gov.py",
        "Aporte de la Defensoría del Pueblo",
        """
        De nuestra consideración:

        La Defensoría del Pueblo de la República del Paraguay tiene el agrado de remitir
        su aporte sobre las condiciones de detención de adolescentes.

        Atentamente,

        Dirección General de Derechos Humanos
        Defensoría del Pueblo de la República del Paraguay
        Asunción
        """,
        """
        DEFENSORÍA DEL PUEBLO
        REPÚBLICA DEL PARAGUAY

        Condiciones de detención de adolescentes en centros educativos
        """,
        "nhri",
        (
            "Defensoría del Pueblo de la República del Paraguay",
            "Defensoría del Pueblo del Paraguay",
        ),
        "PRY",
    ),
    Variation(
        "academic-fr-01",
        "Chaire Droits et Territoires",
        "chaire.dt@univ-loire.example.fr",
        "Contribution de la Chaire",
        """
        Madame, Monsieur,

        Vous trouverez ci-joint la contribution de la Chaire Droits et Territoires de
        l'Université de Loire-Atlantique sur l'habitat informel.

        Cordialement,

        Pr Hélène Garnier
        Titulaire de la Chaire Droits et Territoires
        Université de Loire-Atlantique
        """,
        """
        Chaire Droits et Territoires – Université de Loire-Atlantique

        L'habitat informel et le droit au logement en France
        """,
        "academic",
        (
            "Chaire Droits et Territoires, Université de Loire-Atlantique",
            "Chaire Droits et Territoires",
            "Chaire Droits et Territoires de l'Université de Loire-Atlantique",
            "Chaire Droits et Territoires – Université de Loire-Atlantique",
        ),
    ),
    Variation(
        "academic-en-02",
        "Prof. Kenji Sato",
        "k.sato@law.hokuriku-u.example.ac.jp",
        "Submission - Technical Intern Training Program",
        """
        Dear Special Rapporteur,

        Please find attached a submission from the Migrant Labour Research Unit on
        the Technical Intern Training Program.

        Sincerely,

        Kenji Sato
        Professor, Graduate School of Law
        Head, Migrant Labour Research Unit
        Hokuriku University
        """,
        """
        Migrant Labour Research Unit, Hokuriku University

        The Technical Intern Training Program and its successor: what has changed?
        """,
        "academic",
        (
            "Migrant Labour Research Unit, Hokuriku University",
            "Migrant Labour Research Unit",
            "Hokuriku University Migrant Labour Research Unit",
        ),
    ),
    Variation(
        "individual-es-01",
        "Rosa Elena Mamani",
        "rosaelena.mamani@gmail.example.com",
        "Mi testimonio para el relator",
        """
        Buenas tardes:

        Soy madre de un joven detenido hace dos años sin juicio en El Alto. Les envío
        mi testimonio a título personal, por si sirve para su informe.

        Muchas gracias por leerme.

        Rosa Elena Mamani Choque
        El Alto, Bolivia
        """,
        "",
        "individual",
        ("Rosa Elena Mamani Choque", "Rosa Elena Mamani"),
    ),
    Variation(
        "other-fr-01",
        "Syndicat SNTE",
        "sg@snte.example.bf",
        "Contribution du SNTE",
        """
        Madame, Monsieur,

        Le Syndicat national des travailleurs de l'éducation (SNTE) vous transmet sa
        contribution sur les écoles fermées pour raisons d'insécurité.

        Salutations syndicales,

        Le Secrétaire général
        SNTE – Ouagadougou
        """,
        """
        SYNDICAT NATIONAL DES TRAVAILLEURS DE L'ÉDUCATION (SNTE)

        Les écoles fermées pour raisons d'insécurité au Burkina Faso
        """,
        "other",
        (
            "Syndicat national des travailleurs de l'éducation (SNTE)",
            "Syndicat national des travailleurs de l'éducation",
        ),
    ),
]

VARIATIONS: list[Variation] = [tidy(v) for v in _RAW]
