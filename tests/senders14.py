# ruff: noqa: E501
"""A fourteenth set of sender variations for the submitter detector, written apart from its rules.

The same record as the second set (`senders2.Variation`): one e-mail as it reaches a call
for inputs, with the answer an officer would publish on the "Submissions received" page.
The cases were written from how such mail looks, without sight of the detector's rules,
in English (45 per cent), French (a quarter) and Spanish (30 per cent).

It is a single ordinary season of one call's mailbox: the call of the Working Group on
the use of mercenaries on private military and security companies in immigration and
border management. Its proportions lean towards the senders that are hardest to type:
about 30 per cent NGOs and networks (small and large, many written by a staff member
under their own name), 10 per cent Member States (notes verbales, ministries, missions)
with two NGOs beside them that have "Mission" in their name or write about a State in
diplomatic phrasing, 10 per cent academics and university units, 15 per cent
individuals (a lawyer writing in her own name from her firm's address, a former guard,
a relative of a detainee, a researcher with no institution, a journalist, a migrant on
a free-mail address, a retired official), 6 per cent NHRIs and ombudspersons, 6 per
cent United Nations and regional intergovernmental bodies (among them a migration-policy
centre, a francophone and an Ibero-American body and a regional human rights
commission), 13 per cent companies and business associations (security contractors, an
industry association, a detention-services firm, a biometrics vendor, a law firm
answering for a client company, a chamber of commerce) and 10 per cent `other`
(parliamentarians, trade unions, bar associations, faith bodies, local authorities,
foundations, student societies). Senders come from every region.

It is as untidy as real mail is: signatures pasted from Outlook with a job title, a
department, a street address, phone numbers, web and social links, pronouns, a
confidentiality notice or a "Sent from my iPhone" under them; display names that differ
from the signature ("Info", "admin", "Compliance Team", all capitals, surname first);
names that come only from a letterhead or a title page, names in two languages, an
acronym in the mail with the full name only in the document, a shared mailbox signed by
a staff member, companies whose names carry "Group", "Holdings", "S.A.", "GmbH" or
"Ltd", and people who write in their own name from an address at a company or an NGO.

The civil society organisations, companies, academic units, unions, foundations and
people here are invented, under names no earlier set uses (every real name of the
public civil-society letter the earlier sets drew on is already used by one of them).
States, NHRIs and intergovernmental bodies are real, under their real names; their
staff and what their mail says are invented. Every mail domain and web address is
invented, under an `example` label.

Ids are `<category>-<language>-<nn>`, numbered within a category. `half` splits the set by
a sha256 of the organisation's name (the first accepted name), so that every case of one
organisation sits in the same half and no case ever moves between halves.
"""

from __future__ import annotations

from senders2 import CATEGORIES, TYPES, Variation, category, language, tidy
from senders2 import half_by_name as half

__all__ = ["CATEGORIES", "TYPES", "VARIATIONS", "Variation", "category", "half", "language"]


_RAW: list[Variation] = [
    # ── shared mailboxes ──
    Variation(
        "shared-en-01",
        "Info",
        "info@meddetentionmonitor.example.org.mt",
        "Submission - PMSCs in immigration and border management",
        """
        Dear Members of the Working Group,

        Please find attached our submission to your call for inputs on private military
        and security companies in immigration and border management. It covers the
        private guards contracted at the two closed reception centres we visited
        between June and December.

        Kind regards,

        Communications Team
        Mediterranean Detention Monitor
        Triq il-Kbira, Ħal Far, Malta
        T +356 2155 0187 | www.meddetentionmonitor.example.org.mt
        Facebook / Instagram: @MedDetentionMonitor

        CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for
        the person or entity to which it is addressed and may contain confidential
        material. If you received it in error, please notify us and delete it.
        """,
        """
        MEDITERRANEAN DETENTION MONITOR

        Private guards in closed reception centres: findings from six months of visits
        Submission to the UN Working Group on the use of mercenaries
        """,
        "civil_society",
        ("Mediterranean Detention Monitor",),
    ),
    Variation(
        "shared-en-02",
        "Secretariat - Joseph Mwangi",
        "secretariat@hoamigrantrights.example.org",
        "HAMRA input: private security at border posts",
        """
        Dear Sir/Madam,

        On behalf of the Horn of Africa Migrant Rights Alliance (HAMRA), I am pleased to
        share our input to the Working Group's report. Our member groups in Moyale, Busia
        and Tog Wajaale contributed the testimonies in part two.

        Best regards,
        Joseph Mwangi
        Programme Officer, Secretariat
        ---
        Horn of Africa Migrant Rights Alliance
        Westlands, Nairobi | +254 20 555 4410
        """,
        """
        Horn of Africa Migrant Rights Alliance (HAMRA)

        Private security at land border posts in East Africa
        """,
        "civil_society",
        (
            "Horn of Africa Migrant Rights Alliance (HAMRA)",
            "Horn of Africa Migrant Rights Alliance",
        ),
    ),
    Variation(
        "shared-en-03",
        "admin",
        "admin@mekongmigrantsupport.example.or.th",
        "submission for WG mercenaries",
        """
        Dear Working Group,

        Kindly find attached the information from our centre on the private security
        firm that guards the immigration detention centre near the border, and on the
        fees charged to workers before deportation.

        Thank you and best regards,

        Admin Office
        Mekong Migrant Workers Support Centre
        99/12 Intarakiri Road, Mae Sot, Tak 63110, Thailand
        Tel. 055 555 219

        This e-mail was scanned for viruses.
        """,
        """
        Mekong Migrant Workers Support Centre

        Fees, guards and deportation: migrant workers held at the Mae Sot border
        """,
        "civil_society",
        ("Mekong Migrant Workers Support Centre",),
    ),
    Variation(
        "shared-en-04",
        "Programs",
        "programs@riograndeaccompaniment.example.org",
        "Input to WG on mercenaries - contractors in CBP processing",
        """
        Hello,

        Attached is the input of our project on transport and guarding of asylum seekers
        by private contractors between ports of entry and processing facilities in the
        El Paso sector. Maria drafted it; please write back to her directly if needed.

        Maria Castañeda (she/her/ella)
        Legal Programs Coordinator
        Rio Grande Asylum Accompaniment Project
        1100 N Stanton St, El Paso, TX 79902
        915-555-0144 | riograndeaccompaniment.example.org
        """,
        """
        RIO GRANDE ASYLUM ACCOMPANIMENT PROJECT

        Private contractors in the transport and guarding of asylum seekers, El Paso sector
        """,
        "civil_society",
        ("Rio Grande Asylum Accompaniment Project",),
    ),
    Variation(
        "shared-fr-05",
        "Contact",
        "contact@frontieres-solidaires.example.fr",
        "Contribution à l'appel du Groupe de travail sur les mercenaires",
        """
        Madame, Monsieur,

        Vous trouverez ci-joint la contribution de notre collectif sur le recours à des
        sociétés de sécurité privées pour la surveillance des campements et du littoral
        autour de Calais et de Dunkerque.

        Pour le collectif,
        Hélène

        Collectif Frontières Solidaires
        Maison des associations, 14 rue Jean Jaurès, 62100 Calais
        """,
        """
        Collectif Frontières Solidaires

        Sécurité privée et démantèlements de campements sur le littoral du Nord
        """,
        "civil_society",
        ("Collectif Frontières Solidaires",),
    ),
    Variation(
        "shared-fr-06",
        "SECRETARIAT GENERAL",
        "secretariat@roamd.example.ne",
        "Contribution ROAMD",
        """
        Mesdames et Messieurs les membres du Groupe de travail,

        Le Réseau Ouest-Africain pour la Mobilité et les Droits a l'honneur de vous
        transmettre sa contribution sur l'intervention de sociétés militaires et de
        sécurité privées dans le contrôle des routes migratoires au Sahel.

        Veuillez agréer l'expression de nos salutations distinguées.

        Le Secrétariat général
        ROAMD
        Quartier Plateau, BP 10 455, Niamey, Niger
        Tél. : +227 20 55 51 30
        """,
        """
        RÉSEAU OUEST-AFRICAIN POUR LA MOBILITÉ ET LES DROITS (ROAMD)

        Sociétés militaires et de sécurité privées et contrôle des routes migratoires au Sahel
        """,
        "civil_society",
        (
            "Réseau Ouest-Africain pour la Mobilité et les Droits (ROAMD)",
            "Réseau Ouest-Africain pour la Mobilité et les Droits",
        ),
    ),
    Variation(
        "shared-es-07",
        "Contacto",
        "contacto@fronterasurdigna.example.org.mx",
        "Aporte convocatoria GT mercenarios",
        """
        Estimadas personas integrantes del Grupo de Trabajo:

        Les compartimos el aporte de nuestro colectivo sobre la seguridad privada en las
        estaciones migratorias de Tapachula y en los retenes de la carretera costera.

        Saludos solidarios,

        Colectivo Frontera Sur Digna
        Tapachula, Chiapas
        Tel. 962 555 0871 · fb.com/FronteraSurDigna
        """,
        """
        COLECTIVO FRONTERA SUR DIGNA

        Seguridad privada en estaciones migratorias y retenes del Soconusco
        """,
        "civil_society",
        ("Colectivo Frontera Sur Digna",),
    ),
    Variation(
        "shared-es-08",
        "Comunicaciones Fundación",
        "comunicaciones@caminantesdelsur.example.org.co",
        "RV: Aporte - empresas de seguridad privada en la frontera",
        """
        Buenas tardes,

        Reenvío el aporte de la Fundación, que no salió el viernes por el tamaño del
        anexo. Cualquier duda pueden escribir a Daniela Suárez, coordinadora jurídica.

        Cordialmente,

        Área de Comunicaciones
        Fundación Caminantes del Sur
        Av. 0 # 11-20, Cúcuta, Norte de Santander, Colombia
        Cel. +57 310 555 2214
        www.caminantesdelsur.example.org.co

        Antes de imprimir este correo piense en su responsabilidad con el medio ambiente.
        """,
        """
        FUNDACIÓN CAMINANTES DEL SUR

        Empresas de seguridad privada y trochas en la frontera colombo-venezolana
        """,
        "civil_society",
        ("Fundación Caminantes del Sur",),
    ),
    # ── a staff member writes for the organisation ──
    Variation(
        "person-en-01",
        "Sarah O'Connell",
        "soconnell@icmdr.example.ie",
        "Submission - Irish Centre for Migrant Detention Rights",
        """
        Dear Working Group,

        Please find attached a short submission from the Irish Centre for Migrant Detention
        Rights on the use of private security staff at Dublin Airport's immigration
        holding area and in the transport of people refused leave to land.

        Many thanks,
        Sarah

        Sarah O'Connell (she/her)
        Policy and Research Officer
        Irish Centre for Migrant Detention Rights
        4th Floor, 28 Ormond Quay Upper, Dublin 7, D07 X2K9
        T: +353 1 555 0931 | M: +353 87 555 4420
        LinkedIn: linkedin.example.com/company/icmdr

        The information in this e-mail is confidential and may be legally privileged.
        """,
        """
        Irish Centre for Migrant Detention Rights

        Private security in immigration holding at ports of entry in Ireland
        """,
        "civil_society",
        ("Irish Centre for Migrant Detention Rights",),
    ),
    Variation(
        "person-en-02",
        "Dlamini, Thabo",
        "thabo.dlamini@sacbrn.example.org.za",
        "SACBRN submission on deportation holding facility contracts",
        """
        Good day,

        I attach the submission of the Southern Africa Cross-Border Rights Network on the
        outsourcing of guarding, catering and transport at the repatriation holding
        facility, with the tender documents we obtained under PAIA.

        Regards

        Thabo Dlamini
        Advocacy Manager
        Southern Africa Cross-Border Rights Network (SACBRN)
        3rd Floor, 66 Juta Street, Braamfontein, Johannesburg 2001
        Tel: +27 11 555 8812 | Cell: +27 82 555 0193
        """,
        """
        SOUTHERN AFRICA CROSS-BORDER RIGHTS NETWORK

        Outsourced deportation: contracts at a repatriation holding facility
        """,
        "civil_society",
        (
            "Southern Africa Cross-Border Rights Network (SACBRN)",
            "Southern Africa Cross-Border Rights Network",
        ),
    ),
    Variation(
        "person-en-03",
        "Fatima Zahra Benali",
        "fz.benali@aegeanpushbacks.example.org",
        "Input - private security on the islands",
        """
        Dear colleagues,

        Attached please find the input of the Aegean Pushback Documentation Project on
        the private security staff in the closed controlled access centres, with 23
        testimonies collected on Samos and Kos.

        Best,
        Fatima Zahra Benali
        Researcher, Aegean Pushback Documentation Project

        Sent from my iPhone
        """,
        """
        Aegean Pushback Documentation Project

        Private security in the closed controlled access centres of the Aegean islands
        """,
        "civil_society",
        ("Aegean Pushback Documentation Project",),
    ),
    Variation(
        "person-en-04",
        "Tevita Fifita",
        "tevita@pacificrefugeesolidarity.example.org.au",
        "Submission: contractors in offshore processing (Nauru)",
        """
        Kia ora / Mālō e lelei,

        I'm sending the Pacific Refugee Solidarity Network's submission on security and
        welfare contractors in regional processing on Nauru. Happy to talk through any
        of it.

        Ngā mihi,

        Tevita Fifita | Campaigns Lead
        Pacific Refugee Solidarity Network
        Gadigal Country, Level 2, 418A Elizabeth St, Surry Hills NSW 2010
        0412 555 019 | pacificrefugeesolidarity.example.org.au
        I work part-time, Tuesday to Thursday.
        """,
        """
        PACIFIC REFUGEE SOLIDARITY NETWORK

        Security and welfare contractors in regional processing on Nauru
        """,
        "civil_society",
        ("Pacific Refugee Solidarity Network",),
    ),
    Variation(
        "person-fr-05",
        "Moussa Diallo",
        "m.diallo@asdmr.example.sn",
        "Contribution ASDMR - appel à contributions",
        """
        Bonjour,

        Je vous transmets la contribution de l'Association Sénégalaise pour les Droits des
        Migrants de Retour sur l'escorte des personnes expulsées par des agents de
        sociétés privées lors des vols de retour.

        Cordialement,

        Moussa Diallo
        Chargé de plaidoyer
        Association Sénégalaise pour les Droits des Migrants de Retour (ASDMR)
        Sicap Liberté 6, Villa 6254, Dakar
        +221 77 555 19 82
        """,
        """
        ASSOCIATION SÉNÉGALAISE POUR LES DROITS DES MIGRANTS DE RETOUR

        Escortes privées et vols de retour vers Dakar
        """,
        "civil_society",
        (
            "Association Sénégalaise pour les Droits des Migrants de Retour (ASDMR)",
            "Association Sénégalaise pour les Droits des Migrants de Retour",
        ),
    ),
    Variation(
        "person-fr-06",
        "GIRARD Élodie",
        "elodie.girard@obs-enfermements.example.fr",
        "Contribution de l'Observatoire",
        """
        Madame, Monsieur,

        Au nom de l'Observatoire des Enfermements à la Frontière, je vous adresse notre
        contribution sur la sous-traitance de la surveillance des zones d'attente et des
        transferts vers les centres de rétention.

        Bien à vous,

        Élodie Girard
        Coordinatrice
        Observatoire des Enfermements à la Frontière
        23 boulevard National, 13001 Marseille
        06 55 51 28 40
        """,
        """
        OBSERVATOIRE DES ENFERMEMENTS À LA FRONTIÈRE

        Sous-traitance de la surveillance des zones d'attente
        """,
        "civil_society",
        ("Observatoire des Enfermements à la Frontière",),
    ),
    Variation(
        "person-fr-07",
        "Karim Haddad",
        "karim.haddad@ctdpm.example.tn",
        "Contribution - Tunisie",
        """
        Chers membres du Groupe de travail,

        Veuillez trouver ci-joint la contribution du Collectif Tunisien pour les Droits
        des Personnes Migrantes sur les équipements et les formations fournis aux forces
        de sécurité par des entreprises privées étrangères.

        Salutations,

        Karim Haddad
        Responsable du pôle recherche
        Collectif Tunisien pour les Droits des Personnes Migrantes
        Rue de Marseille, Tunis
        Envoyé de mon Samsung Galaxy
        """,
        """
        Collectif Tunisien pour les Droits des Personnes Migrantes

        Entreprises privées étrangères et contrôle des départs depuis Sfax
        """,
        "civil_society",
        ("Collectif Tunisien pour les Droits des Personnes Migrantes",),
    ),
    Variation(
        "person-es-08",
        "Lucía Mendoza",
        "lmendoza@centrousumacinta.example.org.mx",
        "Aporte del Centro Usumacinta",
        """
        Estimado Grupo de Trabajo:

        Adjunto el aporte del Centro de Acompañamiento a Personas en Movilidad Usumacinta
        sobre la presencia de guardias privados en las estaciones migratorias de
        Tenosique y Villahermosa.

        Quedo atenta,

        Lucía Mendoza Chablé
        Coordinadora de Incidencia
        Centro de Acompañamiento a Personas en Movilidad Usumacinta
        Calle 28 s/n, Col. Centro, Tenosique, Tabasco
        Tel. 934 555 1290
        """,
        """
        Centro de Acompañamiento a Personas en Movilidad Usumacinta

        Guardias privados en estaciones migratorias de Tabasco
        """,
        "civil_society",
        ("Centro de Acompañamiento a Personas en Movilidad Usumacinta",),
    ),
    Variation(
        "person-es-09",
        "Ortega Paz, Andrés",
        "aortega@redandinamovilidad.example.org.pe",
        "Aporte Red Andina - seguridad privada y frontera",
        """
        Señoras y señores:

        Remito el aporte de la Red Andina de Movilidad Humana sobre la contratación de
        empresas de seguridad privada en los controles fronterizos de Tumbes y Tacna.

        Atentamente,

        Andrés Ortega Paz
        Secretario Ejecutivo
        Red Andina de Movilidad Humana
        Jr. Huiracocha 1540, Jesús María, Lima
        T. (+51 1) 555 3320

        AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y para uso
        exclusivo de su destinatario.
        """,
        """
        RED ANDINA DE MOVILIDAD HUMANA

        Seguridad privada en los controles fronterizos de Tumbes y Tacna
        """,
        "civil_society",
        ("Red Andina de Movilidad Humana",),
    ),
    Variation(
        "person-es-10",
        "Valentina Rojas",
        "vrojas@fronteranortehumana.example.cl",
        "Aporte Corporación - Colchane",
        """
        Estimados/as:

        Envío el aporte de nuestra corporación sobre las empresas de seguridad
        contratadas en el paso de Colchane y en el albergue transitorio de Iquique.

        Saludos cordiales,
        Valentina Rojas Araya
        Abogada, área de litigio
        Corporación Frontera Norte Humana
        Arica, Chile
        """,
        """
        Corporación Frontera Norte Humana

        Seguridad privada en el paso de Colchane y en el albergue de Iquique
        """,
        "civil_society",
        ("Corporación Frontera Norte Humana",),
    ),
    # ── the organisation only on the letterhead ──
    Variation(
        "letterhead-en-01",
        "Ayesha K",
        "ayesha.k1988@gmail.example.com",
        "submission",
        """
        Dear Sir/Madam,

        Please see attached. Apologies for sending from my personal email, our office
        connection is down since the rains.

        Regards,
        Ayesha
        """,
        """
        TORKHAM RETURNEES WELFARE SOCIETY
        Regd. No. KP/SWD/1187, Landi Kotal, Khyber District

        Private guards and deportation holding at Torkham: an input to the UN Working Group
        on the use of mercenaries
        """,
        "civil_society",
        ("Torkham Returnees Welfare Society",),
    ),
    Variation(
        "letterhead-en-02",
        "ngozi okafor",
        "ngozi_okafor77@yahoo.example.com",
        "Re: call for inputs",
        """
        Good morning,

        Find attached our input for your study. Thank you for the extension.

        Ngozi
        Sent from Yahoo Mail on Android
        """,
        """
        LAGOS RETURNEE MIGRANTS INITIATIVE (LARMI)
        12 Ajose Adeogun Street, Victoria Island, Lagos

        Returnees from Libya on private escorts and holding centres along the route
        """,
        "civil_society",
        (
            "Lagos Returnee Migrants Initiative (LARMI)",
            "Lagos Returnee Migrants Initiative",
        ),
    ),
    Variation(
        "letterhead-fr-03",
        "abdoulaye maiga",
        "maiga.abdoulaye@hotmail.example.fr",
        "contribution",
        """
        Bonjour,

        Ci-joint notre document pour le groupe de travail.

        Merci,
        Abdoulaye
        """,
        """
        ASSOCIATION RETOUR ET DIGNITÉ
        Gao – Mali
        Récépissé n° 0412/MATD-DGAT

        Refoulés du désert : témoignages de migrants expulsés vers la frontière nigérienne
        """,
        "civil_society",
        ("Association Retour et Dignité",),
    ),
    Variation(
        "letterhead-fr-04",
        "",
        "lhdr.haiti@gmail.example.com",
        "Contribution pour le Groupe de travail",
        """
        Bonjour,

        Veuillez recevoir la contribution ci-jointe concernant les rapatriements forcés à
        Ouanaminthe et à Belladère.

        Cordialement,
        Jean-Robert Pierre-Louis
        """,
        """
        LIGUE HAÏTIENNE POUR LES DROITS DES RAPATRIÉS
        Rue Capois, Port-au-Prince, Haïti

        Rapatriements forcés et agents de sécurité privés aux postes frontaliers
        """,
        "civil_society",
        ("Ligue Haïtienne pour les Droits des Rapatriés",),
    ),
    Variation(
        "letterhead-es-05",
        "Karla M.",
        "karlamarenco.cr@gmail.example.com",
        "aporte",
        """
        Buenas noches,

        Les envío el documento de la asociación. Disculpen que lo mando desde mi correo
        personal.

        Karla Marenco
        """,
        """
        ASOCIACIÓN NICAS UNIDAS SIN FRONTERAS
        Upala, Alajuela, Costa Rica

        Personas nicaragüenses en el puesto fronterizo de Peñas Blancas y la seguridad privada
        """,
        "civil_society",
        ("Asociación Nicas Unidas sin Fronteras",),
    ),
    Variation(
        "letterhead-es-06",
        "",
        "mujeresriosuchiate@outlook.example.com",
        "Envío de aporte",
        """
        Buenos días:

        Adjuntamos nuestro aporte. Bendiciones.
        """,
        """
        Colectivo Mujeres del Río Suchiate
        Tecún Umán, San Marcos, Guatemala

        Mujeres que cruzan el río y la vigilancia privada en las balsas
        """,
        "civil_society",
        ("Colectivo Mujeres del Río Suchiate",),
    ),
    # ── the acronym in one place, the full name in another ──
    Variation(
        "acronym-en-01",
        "LMRC Team",
        "team@lmrc.example.org.lb",
        "LMRC submission",
        """
        Dear WG,

        Please find LMRC's submission attached, on private security at Beirut airport's
        holding facility for migrant domestic workers awaiting deportation.

        Best regards,
        The LMRC team
        """,
        """
        Levant Migrant Rights Centre (LMRC)

        Held at the airport: migrant domestic workers awaiting deportation from Beirut
        """,
        "civil_society",
        ("Levant Migrant Rights Centre (LMRC)", "Levant Migrant Rights Centre"),
    ),
    Variation(
        "acronym-en-02",
        "BMF Dhaka",
        "bmf.dhaka@bmf.example.org.bd",
        "Input from BMF",
        """
        Dear Madam/Sir,

        BMF is pleased to submit the attached input on the recruitment of Bangladeshi
        nationals as guards by private security companies working at immigration
        facilities in the Gulf and in Malaysia.

        With regards,
        Md. Rafiqul Islam
        Executive Director, BMF
        Mohammadpur, Dhaka-1207
        """,
        """
        BANGLADESH MIGRANTS' FORUM

        Bangladeshi guards in private security companies at immigration facilities abroad
        """,
        "civil_society",
        ("Bangladesh Migrants' Forum (BMF)", "Bangladesh Migrants' Forum"),
    ),
    Variation(
        "acronym-en-03",
        "CALMA",
        "office@calma.example.kg",
        "CALMA - input",
        """
        Dear colleagues,

        CALMA submits its input on private security firms at the Kazakh and Russian
        border crossings used by Kyrgyz labour migrants, and on entry bans.

        Kind regards,
        Aibek Toktogulov
        CALMA, Bishkek
        +996 312 555 019
        """,
        """
        Central Asia Labour Migrants Association

        Private security and entry bans at border crossings: labour migrants from Kyrgyzstan
        """,
        "civil_society",
        (
            "Central Asia Labour Migrants Association (CALMA)",
            "Central Asia Labour Migrants Association",
        ),
    ),
    Variation(
        "acronym-fr-04",
        "APDM Oujda",
        "apdm.oujda@apdm.example.ma",
        "Contribution de l'APDM",
        """
        Madame, Monsieur,

        L'APDM vous transmet sa contribution sur les entreprises de sécurité privées
        chargées de la surveillance des chantiers de la clôture frontalière et de
        l'escorte des personnes interpellées.

        Le bureau de l'APDM
        Oujda, Maroc
        """,
        """
        Association pour la Protection des Droits des Migrants

        Clôtures, escortes et sécurité privée dans l'Oriental
        """,
        "civil_society",
        (
            "Association pour la Protection des Droits des Migrants (APDM)",
            "Association pour la Protection des Droits des Migrants",
        ),
    ),
    Variation(
        "acronym-es-05",
        "CEDEMI",
        "info@cedemi.example.org.gt",
        "Aporte de CEDEMI",
        """
        Estimados señores:

        CEDEMI remite su aporte sobre la seguridad privada en el Centro de Recepción de
        Retornados de la Fuerza Aérea y en los traslados terrestres desde México.

        Atentamente,
        Equipo CEDEMI
        Ciudad de Guatemala
        """,
        """
        CENTRO DE ESTUDIOS Y DEFENSA DE LAS MIGRACIONES

        Recepción de personas retornadas y seguridad privada en Guatemala
        """,
        "civil_society",
        (
            "Centro de Estudios y Defensa de las Migraciones (CEDEMI)",
            "Centro de Estudios y Defensa de las Migraciones",
        ),
    ),
    Variation(
        "acronym-es-06",
        "Codet Ecuador",
        "codet.ecuador@codet.example.org.ec",
        "CODET - aporte convocatoria",
        """
        Estimado Grupo de Trabajo:

        Desde CODET compartimos el aporte adjunto sobre las empresas de seguridad que
        custodian el puente internacional de Huaquillas y el control de personas
        venezolanas en tránsito.

        Saludos,
        Paola Cedeño
        Coordinación CODET
        Huaquillas, El Oro
        """,
        """
        Colectivo de Derechos en Tránsito

        Custodia privada del puente internacional de Huaquillas
        """,
        "civil_society",
        (
            "Colectivo de Derechos en Tránsito (CODET)",
            "Colectivo de Derechos en Tránsito",
        ),
    ),
    # ── names in two languages ──
    Variation(
        "bilingual-en-01",
        "CCDM-CCMD Info",
        "info@ccdm-ccmd.example.ca",
        "Submission / Contribution - Working Group on mercenaries",
        """
        Dear Members of the Working Group,

        Please find attached our submission on the use of private security guards to
        transport immigration detainees between provincial jails and holding centres.
        / Veuillez trouver ci-joint notre contribution.

        Best regards / Cordialement,

        Policy team / Équipe des politiques
        Canadian Council for Detained Migrants | Conseil canadien pour les migrants détenus
        Montréal (QC) / Toronto (ON)
        """,
        """
        Canadian Council for Detained Migrants
        Conseil canadien pour les migrants détenus

        Private guards in the transport of immigration detainees
        """,
        "civil_society",
        (
            "Canadian Council for Detained Migrants",
            "Conseil canadien pour les migrants détenus",
            "Canadian Council for Detained Migrants / Conseil canadien pour les migrants détenus",
        ),
    ),
    Variation(
        "bilingual-en-02",
        "Amman Center for Migrant Workers' Rights",
        "info@acmwr.example.jo",
        "Submission – private security and deportation of migrant workers",
        """
        Dear Working Group,

        The Amman Center for Migrant Workers' Rights submits the attached on the private
        companies that guard the deportation holding section and escort workers to the
        airport.

        Regards,
        Lina Haddadin
        Legal Unit
        مركز عمّان لحقوق العمال المهاجرين
        Amman Center for Migrant Workers' Rights
        Jabal Al-Weibdeh, Amman, Jordan
        """,
        """
        مركز عمّان لحقوق العمال المهاجرين
        Amman Center for Migrant Workers' Rights

        Private security and the deportation of migrant workers in Jordan
        """,
        "civil_society",
        ("Amman Center for Migrant Workers' Rights",),
    ),
    Variation(
        "bilingual-fr-03",
        "Ligue / Liga",
        "info@liguedetenusmigrants.example.be",
        "Contribution – appel du Groupe de travail sur les mercenaires",
        """
        Madame, Monsieur,

        Nous vous transmettons notre contribution sur le recours à des agents de
        gardiennage privés dans les centres fermés et lors des éloignements.

        Bien à vous, Met vriendelijke groeten,

        Ligue pour les Droits des Migrants Détenus – Liga voor de Rechten van Gedetineerde
        Migranten
        Rue du Marché aux Herbes 61, 1000 Bruxelles
        """,
        """
        Ligue pour les Droits des Migrants Détenus
        Liga voor de Rechten van Gedetineerde Migranten

        Agents de gardiennage privés dans les centres fermés en Belgique
        """,
        "civil_society",
        (
            "Ligue pour les Droits des Migrants Détenus",
            "Liga voor de Rechten van Gedetineerde Migranten",
            "Ligue pour les Droits des Migrants Détenus – Liga voor de Rechten van Gedetineerde Migranten",
        ),
    ),
    Variation(
        "bilingual-fr-04",
        "RECADEM",
        "recadem@recadem.example.cm",
        "Contribution du RECADEM / Contribution from RECADEM",
        """
        Mesdames, Messieurs,

        Le Réseau Camerounais des Défenseurs des Migrants (Cameroon Network of Migrant
        Defenders) vous adresse sa contribution sur les sociétés de sécurité privées aux
        postes frontaliers de Garoua-Boulaï et d'Ekok.

        Cordialement,
        Le Coordonnateur national
        RECADEM, Yaoundé
        """,
        """
        RÉSEAU CAMEROUNAIS DES DÉFENSEURS DES MIGRANTS (RECADEM)
        CAMEROON NETWORK OF MIGRANT DEFENDERS

        Sécurité privée aux postes frontaliers de l'Est et du Sud-Ouest
        """,
        "civil_society",
        (
            "Réseau Camerounais des Défenseurs des Migrants (RECADEM)",
            "Réseau Camerounais des Défenseurs des Migrants",
            "Cameroon Network of Migrant Defenders",
        ),
    ),
    Variation(
        "bilingual-es-05",
        "Frontera Oberta",
        "info@fronteraoberta.example.cat",
        "Aportació / Aporte - Grup de Treball",
        """
        Benvolguts, estimados:

        Os hacemos llegar el aporte de la asociación sobre la seguridad privada en el
        puerto de Barcelona y en los CIE.

        Salutacions / Saludos,

        Associació Frontera Oberta / Asociación Frontera Abierta
        Carrer de la Riera Alta 8, 08001 Barcelona
        """,
        """
        ASSOCIACIÓ FRONTERA OBERTA
        ASOCIACIÓN FRONTERA ABIERTA

        Seguridad privada en el puerto de Barcelona y en los centros de internamiento
        """,
        "civil_society",
        (
            "Associació Frontera Oberta",
            "Asociación Frontera Abierta",
            "Associació Frontera Oberta / Asociación Frontera Abierta",
        ),
    ),
    Variation(
        "bilingual-es-06",
        "Jach'a Thakhi",
        "jachathakhi@jachathakhi.example.org.bo",
        "Aporte Asociación Jach'a Thakhi - Gran Camino",
        """
        Jallalla hermanas y hermanos del Grupo de Trabajo:

        La Asociación Jach'a Thakhi – Gran Camino envía su aporte sobre la vigilancia
        privada en el paso de Desaguadero y sus efectos en las familias aymaras que
        cruzan a diario.

        Atentamente,
        Directiva de la Asociación Jach'a Thakhi – Gran Camino
        Desaguadero, La Paz, Bolivia
        """,
        """
        ASOCIACIÓN JACH'A THAKHI – GRAN CAMINO

        Vigilancia privada en el paso de Desaguadero
        """,
        "civil_society",
        (
            "Asociación Jach'a Thakhi – Gran Camino",
            "Asociación Jach'a Thakhi - Gran Camino",
            "Asociación Jach'a Thakhi",
        ),
    ),
    # ── NGOs with "Mission" in their name or writing about a State ──
    Variation(
        "ngostate-en-01",
        "Mission Frontline",
        "office@missionfrontline.example.org.my",
        "Submission - Mission Frontline Migrant Care",
        """
        Dear Working Group,

        Mission Frontline Migrant Care is a church-based charity visiting immigration
        depots in Peninsular Malaysia. We attach our submission on the private
        contractors who run catering, guarding and transport in the depots.

        God bless,

        Pastor Samuel Tan
        Director
        Mission Frontline Migrant Care
        Jalan Ipoh, Kuala Lumpur
        """,
        """
        MISSION FRONTLINE MIGRANT CARE

        Private contractors in immigration depots in Peninsular Malaysia
        """,
        "civil_society",
        ("Mission Frontline Migrant Care",),
    ),
    Variation(
        "ngostate-es-02",
        "Honduras - Red de Retornados",
        "redretornados.hn@redretornados.example.hn",
        "Respetuosa comunicación sobre el Estado de Honduras",
        """
        Honorables miembros del Grupo de Trabajo:

        Con las muestras de nuestra más alta consideración, la Red Hondureña de Personas
        Retornadas se permite hacer llegar información relativa a los compromisos del
        Estado de Honduras en materia de recepción de personas deportadas y a la
        contratación de empresas de seguridad privada en los centros de atención al
        migrante retornado.

        Aprovechamos la oportunidad para reiterarles las seguridades de nuestra
        distinguida consideración.

        Junta Directiva
        Red Hondureña de Personas Retornadas
        San Pedro Sula, Honduras
        """,
        """
        RED HONDUREÑA DE PERSONAS RETORNADAS

        Información sobre el Estado de Honduras: recepción de personas deportadas y
        seguridad privada
        """,
        "civil_society",
        ("Red Hondureña de Personas Retornadas",),
    ),
    # ── Member States: notes verbales, ministries, missions ──
    Variation(
        "state-en-01",
        "Australian Mission Geneva - Human Rights",
        "geneva.humanrights@dfat.example.gov.au",
        "Note Verbale - Australia - call for inputs PMSCs",
        """
        Dear colleagues,

        Please find attached a Note Verbale from the Permanent Mission of Australia and
        Australia's response to the call for inputs of the Working Group on the use of
        mercenaries.

        Kind regards,

        Human Rights Section
        Permanent Mission of Australia to the United Nations, Geneva
        Chemin des Fins 2, 1218 Grand-Saconnex
        UNCLASSIFIED
        """,
        """
        PERMANENT MISSION OF AUSTRALIA TO THE UNITED NATIONS
        GENEVA

        Note No. 27/2026

        The Permanent Mission of Australia to the United Nations in Geneva presents its
        compliments to the Office of the United Nations High Commissioner for Human Rights
        and has the honour to transmit Australia's response to the call for inputs.
        """,
        "member_state",
        ("Australia",),
        "AUS",
    ),
    Variation(
        "state-en-02",
        "Intl Relations Directorate MoMA",
        "intrelations@migration.example.gov.gr",
        "Hellenic Republic - input on private security in reception facilities",
        """
        Dear Sir/Madam,

        On behalf of the Ministry of Migration and Asylum of the Hellenic Republic, please
        find attached the information requested on the security services contracted for
        reception and identification centres.

        Yours sincerely,

        Directorate of International Relations
        Ministry of Migration and Asylum
        Thivon 196-198, 18233 Agios Ioannis Rentis, Athens
        """,
        """
        HELLENIC REPUBLIC
        MINISTRY OF MIGRATION AND ASYLUM

        Security services in reception and identification centres
        """,
        "member_state",
        ("Greece", "Hellenic Republic"),
        "GRC",
    ),
    Variation(
        "state-en-03",
        "KENYA MISSION GENEVA",
        "kenya.mission@mfa.example.go.ke",
        "NOTE VERBALE: KENYA'S INPUT",
        """
        Dear Sir/Madam,

        Attached please find Note Verbale Ref. KMG/HR/4/12 and the input of the Republic
        of Kenya on private security in immigration and border management.

        Regards,
        Third Secretary
        Permanent Mission of the Republic of Kenya to the United Nations Office at Geneva
        """,
        """
        PERMANENT MISSION OF THE REPUBLIC OF KENYA
        TO THE UNITED NATIONS OFFICE AT GENEVA

        Ref. KMG/HR/4/12

        The Permanent Mission of the Republic of Kenya presents its compliments to the
        Secretariat of the Working Group on the use of mercenaries and has the honour to
        forward the input of the State Department for Immigration and Citizen Services.
        """,
        "member_state",
        ("Kenya", "Republic of Kenya"),
        "KEN",
    ),
    Variation(
        "state-en-04",
        "Garcia, Ma. Theresa",
        "mtgarcia@dfa.example.gov.ph",
        "PH input - WG mercenaries call",
        """
        Dear OHCHR,

        Please see attached the input of the Philippines, consolidated by the Department
        of Foreign Affairs with the Bureau of Immigration and the Department of Migrant
        Workers.

        Thank you.

        Ma. Theresa Garcia
        Foreign Service Officer
        Office of United Nations and International Organizations
        Department of Foreign Affairs, Pasay City
        """,
        """
        Republic of the Philippines
        Department of Foreign Affairs

        Input of the Philippines: private security in immigration and border management
        """,
        "member_state",
        ("Philippines", "Republic of the Philippines"),
        "PHL",
    ),
    Variation(
        "state-en-05",
        "DESU Policy Team",
        "desu.policy@homeoffice.example.gov.uk",
        "UK Government response - call for inputs on PMSCs",
        """
        Dear Working Group Secretariat,

        Please find attached the response of the Government of the United Kingdom on the
        contracting of detention and escorting services, coordinated with the UK Mission
        in Geneva.

        Kind regards,

        Detention and Escorting Services Policy Team
        Home Office
        2 Marsham Street, London SW1P 4DF

        OFFICIAL
        This email and any files transmitted with it are private and intended solely for
        the use of the individual or entity to whom they are addressed.
        """,
        """
        United Kingdom of Great Britain and Northern Ireland

        Response of the Government of the United Kingdom to the call for inputs of the
        Working Group on the use of mercenaries
        """,
        "member_state",
        ("United Kingdom of Great Britain and Northern Ireland", "United Kingdom"),
        "GBR",
    ),
    Variation(
        "state-en-06",
        "Rasa Jankauskienė",
        "rasa.jankauskiene@vrm.example.lt",
        "Lithuania: answers to the questionnaire",
        """
        Dear colleagues,

        Please find attached the answers of the Republic of Lithuania to the Working
        Group's questionnaire, prepared by the Ministry of the Interior with the State
        Border Guard Service.

        Sincerely,

        Rasa Jankauskienė
        Chief Specialist, Migration Policy Group
        Ministry of the Interior of the Republic of Lithuania
        Šventaragio g. 2, Vilnius
        """,
        """
        MINISTRY OF THE INTERIOR OF THE REPUBLIC OF LITHUANIA

        Answers to the questionnaire on private security in border management
        """,
        "member_state",
        ("Lithuania", "Republic of Lithuania"),
        "LTU",
    ),
    Variation(
        "state-fr-07",
        "Mission Permanente du Maroc",
        "mission.maroc@maec.example.gov.ma",
        "Note verbale – Contribution du Royaume du Maroc",
        """
        Madame, Monsieur,

        La Mission Permanente du Royaume du Maroc a l'honneur de vous transmettre, sous
        couvert de la note verbale ci-jointe, la contribution du Royaume du Maroc.

        Veuillez agréer l'expression de notre haute considération.

        Mission Permanente du Royaume du Maroc auprès de l'Office des Nations Unies à Genève
        Chemin François-Lehmann 18A, 1218 Grand-Saconnex
        """,
        """
        MISSION PERMANENTE DU ROYAUME DU MAROC
        AUPRÈS DE L'OFFICE DES NATIONS UNIES ET DES INSTITUTIONS SPÉCIALISÉES À GENÈVE

        N° 318/2026

        La Mission Permanente du Royaume du Maroc présente ses compliments au Haut-Commissariat
        des Nations Unies aux droits de l'homme et a l'honneur de lui transmettre la
        contribution du Royaume du Maroc.
        """,
        "member_state",
        ("Maroc", "Royaume du Maroc", "Morocco"),
        "MAR",
    ),
    Variation(
        "state-fr-08",
        "DPAF - Bureau des affaires juridiques",
        "bajuridique.dpaf@interieur.example.gouv.sn",
        "Contribution du Sénégal",
        """
        Madame, Monsieur,

        Suite à l'appel à contributions, nous avons l'honneur de vous faire parvenir les
        éléments de réponse du Sénégal, préparés par la Direction de la Police de l'Air
        et des Frontières.

        Le Chef du Bureau des affaires juridiques
        Direction de la Police de l'Air et des Frontières
        Ministère de l'Intérieur et de la Sécurité publique
        République du Sénégal
        """,
        """
        RÉPUBLIQUE DU SÉNÉGAL
        Un Peuple – Un But – Une Foi
        Ministère de l'Intérieur et de la Sécurité publique

        Éléments de réponse à l'appel à contributions du Groupe de travail
        """,
        "member_state",
        ("Sénégal", "République du Sénégal", "Senegal"),
        "SEN",
    ),
    Variation(
        "state-fr-09",
        "",
        "mission.tunisie@diplomatie.example.tn",
        "Note verbale",
        """
        Veuillez trouver ci-joint la note verbale et ses annexes.

        Mission permanente de Tunisie à Genève
        """,
        """
        MISSION PERMANENTE DE LA RÉPUBLIQUE TUNISIENNE À GENÈVE

        La Mission permanente de la République tunisienne auprès de l'Office des Nations
        Unies à Genève présente ses compliments au Groupe de travail sur l'utilisation de
        mercenaires et a l'honneur de lui transmettre les réponses de la Tunisie.
        """,
        "member_state",
        ("Tunisie", "République tunisienne", "Tunisia"),
        "TUN",
    ),
    Variation(
        "state-es-10",
        "Dirección General de Derechos Humanos y Democracia",
        "dgdhd@sre.example.gob.mx",
        "México - Respuesta al cuestionario del GT sobre mercenarios",
        """
        Estimados miembros del Grupo de Trabajo:

        Por instrucciones superiores, se remite la respuesta del Gobierno de México al
        cuestionario, integrada con información del Instituto Nacional de Migración y de
        la Guardia Nacional.

        Atentamente,

        Dirección General de Derechos Humanos y Democracia
        Secretaría de Relaciones Exteriores
        Av. Juárez 20, Centro, Ciudad de México
        """,
        """
        GOBIERNO DE MÉXICO
        SECRETARÍA DE RELACIONES EXTERIORES

        Respuesta de México al cuestionario del Grupo de Trabajo
        """,
        "member_state",
        ("México", "Estados Unidos Mexicanos", "Mexico"),
        "MEX",
    ),
    Variation(
        "state-es-11",
        "Misión de Chile Ginebra",
        "chile.ginebra@minrel.example.gob.cl",
        "Nota verbal N° 112 - Misión Permanente de Chile",
        """
        Estimados,

        Se adjunta nota verbal y la contribución de Chile con información del Servicio
        Nacional de Migraciones.

        Saludos cordiales,

        Misión Permanente de Chile ante la Oficina de las Naciones Unidas y otros
        Organismos Internacionales en Ginebra
        """,
        """
        MISIÓN PERMANENTE DE CHILE
        GINEBRA

        N° 112

        La Misión Permanente de Chile saluda atentamente a la Oficina del Alto Comisionado
        de las Naciones Unidas para los Derechos Humanos y tiene el honor de remitir la
        contribución de la República de Chile.
        """,
        "member_state",
        ("Chile", "República de Chile"),
        "CHL",
    ),
    Variation(
        "state-es-12",
        "SG Relaciones Internacionales Interior",
        "sgri@interior.example.gob.es",
        "Aportación de España - empresas de seguridad privada en fronteras",
        """
        Estimados señores:

        Adjunto se remite la aportación del Reino de España sobre los servicios de
        seguridad privada en los Centros de Internamiento de Extranjeros y en los
        puestos fronterizos de Ceuta y Melilla.

        Un saludo,

        Subdirección General de Relaciones Internacionales
        Ministerio del Interior
        Calle Amador de los Ríos 7, 28010 Madrid
        """,
        """
        MINISTERIO DEL INTERIOR
        GOBIERNO DE ESPAÑA

        Aportación de España al Grupo de Trabajo sobre la utilización de mercenarios
        """,
        "member_state",
        ("España", "Reino de España", "Spain"),
        "ESP",
    ),
    Variation(
        "state-es-13",
        "Despacho Viceministro MINSEG",
        "despacho.vmin@minseg.example.gob.pa",
        "Respuesta de Panamá",
        """
        Buenas tardes:

        Remitimos la respuesta de la República de Panamá sobre las Estaciones de
        Recepción Migratoria en Darién y la seguridad de los puestos del SENAFRONT.

        Atentamente,

        Despacho del Viceministro de Seguridad Pública
        Ministerio de Seguridad Pública
        República de Panamá
        """,
        """
        REPÚBLICA DE PANAMÁ
        MINISTERIO DE SEGURIDAD PÚBLICA

        Estaciones de Recepción Migratoria en Darién
        """,
        "member_state",
        ("Panamá", "República de Panamá", "Panama"),
        "PAN",
    ),
    # ── national human rights institutions and ombudspersons ──
    Variation(
        "nhri-en-01",
        "KNCHR Migration Desk",
        "migration@knchr.example.or.ke",
        "KNCHR submission - PMSCs at the borders",
        """
        Dear Working Group,

        The Kenya National Commission on Human Rights submits the attached information on
        private security at the Dadaab and Kakuma transit points and at the border posts
        in Mandera.

        Yours faithfully,

        Migration Desk
        Kenya National Commission on Human Rights (KNCHR)
        CVS Plaza, Kasuku Road, Lenana Road, Nairobi
        """,
        """
        KENYA NATIONAL COMMISSION ON HUMAN RIGHTS

        Private security at transit points and border posts
        """,
        "nhri",
        (
            "Kenya National Commission on Human Rights (KNCHR)",
            "Kenya National Commission on Human Rights",
        ),
        "KEN",
    ),
    Variation(
        "nhri-en-02",
        "Nurul Huda binti Ahmad",
        "nurulhuda@suhakam.example.org.my",
        "SUHAKAM input",
        """
        Dear Sir/Madam,

        SUHAKAM is pleased to share its input on the outsourcing of services in
        immigration depots, drawn from our visits in 2025.

        Thank you.

        Nurul Huda binti Ahmad
        Principal Assistant Secretary
        Complaints and Monitoring Division
        Human Rights Commission of Malaysia (SUHAKAM)
        Menara TH Perdana, Jalan Sultan Ismail, Kuala Lumpur
        """,
        """
        SURUHANJAYA HAK ASASI MANUSIA MALAYSIA
        HUMAN RIGHTS COMMISSION OF MALAYSIA

        Outsourced services in immigration depots
        """,
        "nhri",
        (
            "Human Rights Commission of Malaysia (SUHAKAM)",
            "Human Rights Commission of Malaysia",
            "Suruhanjaya Hak Asasi Manusia Malaysia (SUHAKAM)",
        ),
        "MYS",
    ),
    Variation(
        "nhri-en-03",
        "Biuro RPO - Zespół Spraw Międzynarodowych",
        "international@brpo.example.gov.pl",
        "Commissioner for Human Rights (Poland) - input",
        """
        Dear Members of the Working Group,

        On behalf of the Commissioner for Human Rights of the Republic of Poland, we send
        the attached input on guarded centres for foreigners and on the situation at the
        border with Belarus, based on the visits of the National Preventive Mechanism.

        Kind regards,

        International Affairs Team
        Office of the Commissioner for Human Rights
        al. Solidarności 77, 00-090 Warsaw
        """,
        """
        RZECZNIK PRAW OBYWATELSKICH
        COMMISSIONER FOR HUMAN RIGHTS OF THE REPUBLIC OF POLAND

        Guarded centres for foreigners and the border with Belarus
        """,
        "nhri",
        (
            "Commissioner for Human Rights of the Republic of Poland",
            "Commissioner for Human Rights",
            "Commissioner for Human Rights (Poland)",
            "Rzecznik Praw Obywatelskich",
        ),
        "POL",
    ),
    Variation(
        "nhri-fr-04",
        "CNDH Mauritanie",
        "contact@cndh.example.mr",
        "Contribution de la CNDH",
        """
        Monsieur le Président-Rapporteur,

        La Commission Nationale des Droits de l'Homme de Mauritanie a l'honneur de vous
        transmettre sa contribution sur les centres de rétention de Nouadhibou et les
        moyens de surveillance maritime fournis par des partenaires extérieurs.

        Veuillez agréer l'expression de notre haute considération.

        La Présidente
        Commission Nationale des Droits de l'Homme (CNDH)
        Nouakchott
        """,
        """
        RÉPUBLIQUE ISLAMIQUE DE MAURITANIE
        COMMISSION NATIONALE DES DROITS DE L'HOMME

        Rétention et surveillance maritime à Nouadhibou
        """,
        "nhri",
        (
            "Commission Nationale des Droits de l'Homme (CNDH)",
            "Commission Nationale des Droits de l'Homme",
            "Commission Nationale des Droits de l'Homme de Mauritanie",
        ),
        "MRT",
    ),
    Variation(
        "nhri-fr-05",
        "Secrétariat général CNCDH",
        "cncdh@cncdh.example.fr",
        "Contribution de la CNCDH",
        """
        Madame, Monsieur,

        Veuillez trouver ci-joint la contribution de la Commission nationale consultative
        des droits de l'homme sur l'externalisation de certaines missions dans les zones
        d'attente et les centres de rétention administrative.

        Bien cordialement,

        Le Secrétariat général
        CNCDH
        20 avenue de Ségur, 75007 Paris
        """,
        """
        COMMISSION NATIONALE CONSULTATIVE DES DROITS DE L'HOMME

        Externalisation de missions dans les zones d'attente et les centres de rétention
        """,
        "nhri",
        (
            "Commission nationale consultative des droits de l'homme (CNCDH)",
            "Commission nationale consultative des droits de l'homme",
        ),
        "FRA",
    ),
    Variation(
        "nhri-es-06",
        "Dirección de Protección de Derechos Humanos",
        "proteccion@defensoria.example.gob.pa",
        "Aporte de la Defensoría del Pueblo",
        """
        Estimados miembros del Grupo de Trabajo:

        La Defensoría del Pueblo de la República de Panamá remite su aporte sobre las
        Estaciones de Recepción Migratoria de Lajas Blancas y San Vicente.

        Atentamente,

        Dirección de Protección de Derechos Humanos
        Defensoría del Pueblo de la República de Panamá
        """,
        """
        DEFENSORÍA DEL PUEBLO
        REPÚBLICA DE PANAMÁ

        Estaciones de Recepción Migratoria de Lajas Blancas y San Vicente
        """,
        "nhri",
        (
            "Defensoría del Pueblo de la República de Panamá",
            "Defensoría del Pueblo de Panamá",
            "Defensoría del Pueblo",
        ),
        "PAN",
    ),
    Variation(
        "nhri-es-07",
        "Quinta Visitaduría General CNDH",
        "quintavisitaduria@cndh.example.org.mx",
        "Aporte CNDH México",
        """
        Estimado Grupo de Trabajo:

        Por instrucciones de la Quinta Visitaduría General, remitimos el aporte de la
        Comisión Nacional de los Derechos Humanos sobre la seguridad privada en
        estaciones migratorias.

        Atentamente,

        Quinta Visitaduría General
        Comisión Nacional de los Derechos Humanos
        Periférico Sur 3469, Ciudad de México
        """,
        """
        COMISIÓN NACIONAL DE LOS DERECHOS HUMANOS
        MÉXICO

        Seguridad privada en estaciones migratorias
        """,
        "nhri",
        (
            "Comisión Nacional de los Derechos Humanos (CNDH)",
            "Comisión Nacional de los Derechos Humanos",
        ),
        "MEX",
    ),
    Variation(
        "nhri-es-08",
        "Unidad de Estudios INDH",
        "estudios@indh.example.cl",
        "INDH - aporte convocatoria",
        """
        Junto con saludar, el Instituto Nacional de Derechos Humanos remite su aporte
        sobre la seguridad privada en la frontera norte y en los procedimientos de
        expulsión administrativa.

        Unidad de Estudios
        INDH
        Eliodoro Yáñez 832, Providencia, Santiago
        """,
        """
        INSTITUTO NACIONAL DE DERECHOS HUMANOS
        CHILE

        Seguridad privada en la frontera norte y expulsiones administrativas
        """,
        "nhri",
        (
            "Instituto Nacional de Derechos Humanos (INDH)",
            "Instituto Nacional de Derechos Humanos",
        ),
        "CHL",
    ),
    # ── United Nations and regional intergovernmental bodies ──
    Variation(
        "igo-en-01",
        "Huber, Katharina",
        "katharina.huber@icmpd.example.org",
        "ICMPD contribution - WG on mercenaries",
        """
        Dear colleagues,

        Please find attached a short contribution from ICMPD on border management
        capacity-building projects that involve private contractors, with the
        safeguards we apply.

        Best regards,

        Katharina Huber
        Project Manager, Border Management and Security
        International Centre for Migration Policy Development (ICMPD)
        Gonzagagasse 1, 1010 Vienna, Austria
        T +43 1 504 4677 0 | www.icmpd.example.org
        """,
        """
        International Centre for Migration Policy Development

        Private contractors in border management capacity-building
        """,
        "international_org",
        (
            "International Centre for Migration Policy Development (ICMPD)",
            "International Centre for Migration Policy Development",
        ),
    ),
    Variation(
        "igo-en-02",
        "CHEN Wei",
        "wchen@iom.example.int",
        "IOM RO Bangkok - input",
        """
        Dear OHCHR colleagues,

        On behalf of the IOM Regional Office for Asia and the Pacific, please find our
        input on immigration detention alternatives and private service providers.

        Best,
        Wei Chen
        Regional Immigration and Border Governance Specialist
        International Organization for Migration (IOM)
        Regional Office for Asia and the Pacific, Bangkok
        """,
        "",
        "international_org",
        (
            "International Organization for Migration (IOM)",
            "International Organization for Migration",
        ),
    ),
    Variation(
        "igo-en-03",
        "ODIHR Migration and Freedom of Movement",
        "migration@odihr.example.pl",
        "ODIHR input to the WG call for inputs",
        """
        Dear Working Group,

        Please find attached ODIHR's input on private actors in border management in the
        OSCE region.

        Kind regards,

        Human Rights Department
        OSCE Office for Democratic Institutions and Human Rights
        ul. Miodowa 10, 00-251 Warsaw
        """,
        """
        OSCE Office for Democratic Institutions and Human Rights (ODIHR)

        Private actors in border management in the OSCE region
        """,
        "international_org",
        (
            "OSCE Office for Democratic Institutions and Human Rights (ODIHR)",
            "OSCE Office for Democratic Institutions and Human Rights",
            "Office for Democratic Institutions and Human Rights (ODIHR)",
        ),
    ),
    Variation(
        "igo-fr-04",
        "DAPG - OIF",
        "dapg@francophonie.example.org",
        "Contribution de l'Organisation internationale de la Francophonie",
        """
        Madame, Monsieur,

        La Direction des affaires politiques et de la gouvernance démocratique de l'OIF
        vous adresse une brève contribution sur les travaux de l'espace francophone
        relatifs à l'encadrement des sociétés de sécurité privées.

        Cordialement,

        Direction des affaires politiques et de la gouvernance démocratique
        Organisation internationale de la Francophonie
        19-21 avenue Bosquet, 75007 Paris
        """,
        """
        ORGANISATION INTERNATIONALE DE LA FRANCOPHONIE

        L'encadrement des sociétés de sécurité privées dans l'espace francophone
        """,
        "international_org",
        (
            "Organisation internationale de la Francophonie (OIF)",
            "Organisation internationale de la Francophonie",
        ),
    ),
    Variation(
        "igo-fr-05",
        "Secrétariat CADHP",
        "au-banjul@achpr.example.org",
        "Contribution du Rapporteur spécial sur les réfugiés et migrants en Afrique",
        """
        Madame, Monsieur,

        Au nom du Rapporteur spécial sur les réfugiés, demandeurs d'asile, migrants et
        personnes déplacées internes en Afrique, le Secrétariat de la Commission vous
        transmet la contribution ci-jointe.

        Le Secrétariat
        Commission africaine des droits de l'homme et des peuples
        Kairaba Avenue, Banjul, Gambie
        """,
        """
        COMMISSION AFRICAINE DES DROITS DE L'HOMME ET DES PEUPLES
        AFRICAN COMMISSION ON HUMAN AND PEOPLES' RIGHTS

        Sociétés de sécurité privées et migrations en Afrique
        """,
        "international_org",
        (
            "Commission africaine des droits de l'homme et des peuples (CADHP)",
            "Commission africaine des droits de l'homme et des peuples",
            "African Commission on Human and Peoples' Rights",
        ),
    ),
    Variation(
        "igo-es-06",
        "Relatoría Personas Migrantes CIDH",
        "cidh-migrantes@oas.example.org",
        "Aporte de la Relatoría sobre los Derechos de las Personas Migrantes",
        """
        Estimados colegas:

        Por encargo del Comisionado Relator, remitimos el aporte de la Relatoría sobre
        los Derechos de las Personas Migrantes de la Comisión Interamericana de Derechos
        Humanos.

        Saludos cordiales,

        Relatoría sobre los Derechos de las Personas Migrantes
        CIDH | Organización de los Estados Americanos
        1889 F St NW, Washington, D.C.
        """,
        """
        COMISIÓN INTERAMERICANA DE DERECHOS HUMANOS

        Personas migrantes y seguridad privada en las Américas
        """,
        "international_org",
        (
            "Comisión Interamericana de Derechos Humanos (CIDH)",
            "Comisión Interamericana de Derechos Humanos",
        ),
    ),
    Variation(
        "igo-es-07",
        "Secretaría General COMJIB",
        "secretaria@comjib.example.org",
        "Aporte COMJIB",
        """
        Estimados miembros del Grupo de Trabajo:

        La Secretaría General de la COMJIB les hace llegar un aporte sobre los
        instrumentos de cooperación jurídica iberoamericana aplicables a la seguridad
        privada en fronteras.

        Un cordial saludo,

        Secretaría General
        Conferencia de Ministros de Justicia de los Países Iberoamericanos
        Paseo de Recoletos 8, Madrid
        """,
        """
        COMJIB
        Conferencia de Ministros de Justicia de los Países Iberoamericanos

        Cooperación jurídica iberoamericana y seguridad privada en fronteras
        """,
        "international_org",
        (
            "Conferencia de Ministros de Justicia de los Países Iberoamericanos (COMJIB)",
            "Conferencia de Ministros de Justicia de los Países Iberoamericanos",
        ),
    ),
    Variation(
        "igo-es-08",
        "Mariela Quispe",
        "mquispe@comunidadandina.example.org",
        "Aporte de la Secretaría General de la Comunidad Andina",
        """
        Estimados señores:

        Adjunto el aporte de la Secretaría General de la Comunidad Andina sobre el
        Estatuto Migratorio Andino y los controles en pasos de frontera.

        Atentamente,

        Mariela Quispe
        Especialista en Movilidad Humana
        Secretaría General de la Comunidad Andina
        Av. Aramburú cuadra 4, San Isidro, Lima
        """,
        """
        COMUNIDAD ANDINA
        Secretaría General

        Estatuto Migratorio Andino y controles en pasos de frontera
        """,
        "international_org",
        (
            "Secretaría General de la Comunidad Andina",
            "Comunidad Andina (CAN)",
            "Comunidad Andina",
        ),
    ),
    # ── academics and university units ──
    Variation(
        "academic-en-01",
        "Eleanor Shaw",
        "e.shaw@northbridge.example.ac.uk",
        "Submission from the Border Policing Research Group",
        """
        Dear Working Group,

        I attach a submission from our research group at Northbridge University on the
        outsourced escorting of people removed on charter flights, based on 40
        interviews with former escorts and removed people.

        Best wishes,
        Eleanor

        Dr Eleanor Shaw (she/her)
        Senior Lecturer in Criminology
        Border Policing Research Group
        School of Law and Social Justice
        Northbridge University
        Room 3.14, Hartley Building, Northbridge NB2 7QT
        Twitter/X: @EShawBorders
        """,
        """
        Border Policing Research Group, Northbridge University

        Outsourced escorts on removal charter flights
        """,
        "academic",
        (
            "Border Policing Research Group, Northbridge University",
            "Border Policing Research Group",
        ),
    ),
    Variation(
        "academic-en-02",
        "Prof. Chiamaka Eze-Obi",
        "chiamaka.eze-obi@edu.example.edu.ng",
        "Academic submission - PMSCs and the ECOWAS free movement protocol",
        """
        Dear Members of the Working Group,

        I write as a scholar of international law to share a short paper on private
        security firms at ECOWAS land borders and the free movement protocol. The views
        are mine and not those of my university.

        Yours faithfully,

        Prof. Chiamaka Eze-Obi
        Professor of International Law
        Faculty of Law, Eastern Delta University
        Nigeria
        """,
        """
        Private Security Firms at ECOWAS Land Borders and the Free Movement Protocol
        Chiamaka Eze-Obi, Professor of International Law
        """,
        "academic",
        ("Chiamaka Eze-Obi", "Prof. Chiamaka Eze-Obi"),
    ),
    Variation(
        "academic-en-03",
        "Centre for Border Studies",
        "cbs@bvu.example.ac.in",
        "Input from Centre for Border Studies, BVU",
        """
        Dear Sir/Madam,

        The Centre for Border Studies of Brahmaputra Valley University is glad to share its
        input on the role of private agencies in the fencing, floodlighting and
        surveillance of the India-Bangladesh border.

        With regards,
        Dr. Pranjal Bora
        Coordinator, Centre for Border Studies
        Brahmaputra Valley University, Guwahati, Assam
        """,
        """
        CENTRE FOR BORDER STUDIES
        BRAHMAPUTRA VALLEY UNIVERSITY

        Private agencies in border fencing and surveillance
        """,
        "academic",
        (
            "Centre for Border Studies, Brahmaputra Valley University",
            "Centre for Border Studies",
        ),
    ),
    Variation(
        "academic-en-04",
        "IDAC Clinic",
        "idac@lakeshorelaw.example.edu",
        "Submission - Immigration Detention Accountability Clinic",
        """
        Dear Working Group,

        On behalf of the Immigration Detention Accountability Clinic at Lakeshore School
        of Law, we submit the attached analysis of contracts between ICE and private
        operators of detention facilities, prepared by our clinical students.

        Sincerely,

        Prof. Daniel Okafor-Reyes, Director
        Immigration Detention Accountability Clinic (IDAC)
        Lakeshore School of Law
        200 E Lake Shore Dr, Chicago, IL 60611
        (312) 555-0170

        This communication may contain privileged attorney-client information.
        """,
        """
        Immigration Detention Accountability Clinic
        Lakeshore School of Law

        Contracts between ICE and private detention operators
        """,
        "academic",
        (
            "Immigration Detention Accountability Clinic, Lakeshore School of Law",
            "Immigration Detention Accountability Clinic (IDAC)",
            "Immigration Detention Accountability Clinic",
        ),
    ),
    Variation(
        "academic-en-05",
        "Tan Mei Lin",
        "meilin.tan@snu.example.edu.sg",
        "research input - WG mercenaries",
        """
        Dear colleagues,

        Please find attached a short research note from my fieldwork on private security
        officers at immigration checkpoints in the region.

        Best regards,

        Dr Tan Mei Lin
        Senior Lecturer, Department of Sociology
        Straits National University
        """,
        """
        Private security officers at immigration checkpoints in Southeast Asia
        A research note
        Tan Mei Lin, Department of Sociology, Straits National University
        """,
        "academic",
        ("Tan Mei Lin", "Dr Tan Mei Lin"),
    ),
    Variation(
        "academic-en-06",
        "IBMR",
        "ibmr@dsu.example.md",
        "IBMR input",
        """
        Dear Working Group,

        The Institute for Border and Migration Research submits a short input on private
        security contractors at the Moldova-Ukraine border since 2022.

        Regards,
        Dr. Ion Rusu
        Director, IBMR
        Dnister State University, Chișinău
        """,
        """
        Institute for Border and Migration Research
        Dnister State University

        Private security contractors at the Moldova-Ukraine border
        """,
        "academic",
        (
            "Institute for Border and Migration Research (IBMR), Dnister State University",
            "Institute for Border and Migration Research (IBMR)",
            "Institute for Border and Migration Research",
        ),
    ),
    Variation(
        "academic-fr-07",
        "LAFSEM",
        "lafsem@ula.example.fr",
        "Contribution du LAFSEM",
        """
        Madame, Monsieur,

        Le Laboratoire Frontières, Sécurité et Mobilités (LAFSEM) de l'Université du
        Littoral Atlantique vous adresse une contribution sur les marchés publics de
        surveillance des ports de la façade atlantique.

        Bien cordialement,
        Pour le laboratoire,
        Yann Le Gall, maître de conférences
        """,
        """
        Laboratoire Frontières, Sécurité et Mobilités (LAFSEM)
        Université du Littoral Atlantique

        Les marchés publics de surveillance des ports de la façade atlantique
        """,
        "academic",
        (
            "Laboratoire Frontières, Sécurité et Mobilités (LAFSEM), Université du Littoral Atlantique",
            "Laboratoire Frontières, Sécurité et Mobilités (LAFSEM)",
            "Laboratoire Frontières, Sécurité et Mobilités",
        ),
    ),
    Variation(
        "academic-fr-08",
        "Pr Fatoumata Keïta Sangaré",
        "fkeita@usav.example.bf",
        "Contribution académique",
        """
        Mesdames, Messieurs,

        Je vous prie de trouver ci-joint une note de recherche sur l'appui de sociétés
        privées étrangères au contrôle des frontières sahéliennes. J'écris à titre
        d'universitaire.

        Respectueusement,

        Pr Fatoumata Keïta Sangaré
        Professeure titulaire de droit public
        Faculté des sciences juridiques et politiques
        Université des Savanes, Ouagadougou
        """,
        """
        Sociétés privées étrangères et contrôle des frontières sahéliennes
        Note de recherche – Pr Fatoumata Keïta Sangaré
        """,
        "academic",
        (
            "Fatoumata Keïta Sangaré",
            "Pr Fatoumata Keïta Sangaré",
        ),
    ),
    Variation(
        "academic-fr-09",
        "Chaire SPM",
        "chaire.spm@ustl.example.ca",
        "Contribution de la Chaire de recherche",
        """
        Bonjour,

        Vous trouverez ci-joint la contribution de la Chaire de recherche sur la sécurité
        privée et les migrations de l'Université du Saint-Laurent.

        Cordialement,

        Geneviève Tremblay, Ph. D. (elle)
        Titulaire
        Chaire de recherche sur la sécurité privée et les migrations
        Université du Saint-Laurent
        Pavillon Desjardins, bureau 2210, Québec (Québec)
        """,
        """
        Chaire de recherche sur la sécurité privée et les migrations
        Université du Saint-Laurent

        Agents privés dans les centres de surveillance de l'immigration
        """,
        "academic",
        (
            "Chaire de recherche sur la sécurité privée et les migrations, Université du Saint-Laurent",
            "Chaire de recherche sur la sécurité privée et les migrations",
        ),
    ),
    Variation(
        "academic-es-10",
        "Observatorio OMHS",
        "omhs@uai.example.ac.pa",
        "Aporte del Observatorio de Movilidad Humana y Seguridad",
        """
        Estimados:

        Compartimos el aporte del Observatorio de Movilidad Humana y Seguridad de la
        Universidad Autónoma del Istmo sobre el tránsito por el Darién.

        Saludos,

        Dr. Ricardo Him
        Coordinador
        Observatorio de Movilidad Humana y Seguridad
        Universidad Autónoma del Istmo
        Ciudad de Panamá
        """,
        """
        OBSERVATORIO DE MOVILIDAD HUMANA Y SEGURIDAD
        UNIVERSIDAD AUTÓNOMA DEL ISTMO

        Tránsito por el Darién y seguridad privada
        """,
        "academic",
        (
            "Observatorio de Movilidad Humana y Seguridad, Universidad Autónoma del Istmo",
            "Observatorio de Movilidad Humana y Seguridad",
        ),
    ),
    Variation(
        "academic-es-11",
        "Clínica Jurídica Migrantes",
        "clinicamigrantes@usa.example.cl",
        "Aporte Clínica Jurídica",
        """
        Estimado Grupo de Trabajo:

        La Clínica de Derechos de Personas Migrantes de la Universidad del Sur Andino
        remite su aporte sobre la actuación de guardias privados en la residencia
        sanitaria de Colchane.

        Atentamente,

        Prof. Camila Fuentealba
        Directora, Clínica de Derechos de Personas Migrantes
        Facultad de Derecho, Universidad del Sur Andino
        """,
        """
        Clínica de Derechos de Personas Migrantes
        Facultad de Derecho – Universidad del Sur Andino

        Guardias privados en la residencia sanitaria de Colchane
        """,
        "academic",
        (
            "Clínica de Derechos de Personas Migrantes, Universidad del Sur Andino",
            "Clínica de Derechos de Personas Migrantes",
        ),
    ),
    Variation(
        "academic-es-12",
        "Carmen Villalobos",
        "cvillalobos@unfn.example.edu.mx",
        "Aporte académico - Dra. Carmen Villalobos",
        """
        Estimadas y estimados:

        Comparto en lo personal, como investigadora, un breve documento sobre empresas de
        seguridad privada contratadas en las garitas de Tijuana y Mexicali.

        Saludos cordiales,

        Dra. Carmen Villalobos Ibarra
        Profesora-Investigadora Titular
        Departamento de Estudios de Población
        Universidad de la Frontera Norte
        Tijuana, B.C.
        """,
        """
        Empresas de seguridad privada en las garitas de Tijuana y Mexicali
        Dra. Carmen Villalobos Ibarra
        """,
        "academic",
        (
            "Carmen Villalobos Ibarra",
            "Carmen Villalobos",
            "Dra. Carmen Villalobos Ibarra",
        ),
    ),
    Variation(
        "academic-es-13",
        "GIFD",
        "gifd@ufa.example.es",
        "Aporte del GIFD",
        """
        Estimados señores:

        El GIFD remite su aporte sobre la externalización de servicios en los centros de
        atención temporal de extranjeros de Andalucía.

        Un saludo,

        Grupo de Investigación en Fronteras y Derechos
        Universidad de la Frontera Atlántica
        Campus de Puerto Real, Cádiz
        """,
        """
        Grupo de Investigación en Fronteras y Derechos (GIFD)
        Universidad de la Frontera Atlántica

        Externalización de servicios en los centros de atención temporal de extranjeros
        """,
        "academic",
        (
            "Grupo de Investigación en Fronteras y Derechos (GIFD), Universidad de la Frontera Atlántica",
            "Grupo de Investigación en Fronteras y Derechos (GIFD)",
            "Grupo de Investigación en Fronteras y Derechos",
        ),
    ),
    # ── individuals writing for themselves ──
    Variation(
        "individual-en-01",
        "Priya Venkatesan",
        "priya.venkatesan@hollisgrant.example.co.uk",
        "Personal submission - escorted removals",
        """
        Dear Working Group,

        I am an immigration solicitor. I write in my own name and not on behalf of my
        firm or its clients, about what I have seen in 12 years of representing people
        escorted on removal flights by private contractors.

        Kind regards,

        Priya Venkatesan
        Partner
        Hollis Grant LLP
        11 Bedford Row, London WC1R 4BU
        T +44 20 7555 0192

        Hollis Grant LLP is authorised and regulated by the Solicitors Regulation
        Authority. This email is confidential and may be legally privileged.
        """,
        "",
        "individual",
        ("Priya Venkatesan",),
    ),
    Variation(
        "individual-en-02",
        "Jake T",
        "jthompson_84@outlook.example.com",
        "former detention custody officer - my account",
        """
        Hi,

        I worked four years as a detention custody officer for a private contractor at
        an immigration removal centre. I left in 2024. I'd like to share what the
        training and staffing were really like. I'm writing for myself only.

        Jake Thompson
        """,
        "",
        "individual",
        ("Jake Thompson",),
    ),
    Variation(
        "individual-en-03",
        "Grace Akinyi",
        "grace.akinyi.ouma@gmail.example.com",
        "my brother held in detention",
        """
        Dear Sir or Madam,

        My brother Otieno has been held for eight months in a detention centre run by a
        private company abroad. I am writing as his sister to tell you what happened to
        him and what the guards told our family on the phone.

        Thank you for your attention.
        Grace Akinyi Ouma
        Kisumu, Kenya
        """,
        "",
        "individual",
        ("Grace Akinyi Ouma", "Grace Akinyi"),
    ),
    Variation(
        "individual-en-04",
        "Dr Tomasz Nowak",
        "tomasz.nowak.research@proton.example.me",
        "Independent research input",
        """
        Dear Members of the Working Group,

        I am an independent researcher with no institutional affiliation. Attached is a
        paper on procurement of surveillance towers and private maintenance staff along
        the EU eastern border, based on public tender records.

        Best regards,
        Dr Tomasz Nowak
        Independent researcher
        Białystok, Poland
        """,
        """
        Towers and tenders: private contractors on the EU eastern border
        Tomasz Nowak, independent researcher
        """,
        "individual",
        ("Tomasz Nowak", "Dr Tomasz Nowak"),
    ),
    Variation(
        "individual-en-05",
        "Hannah Becker",
        "hannah.becker@proton.example.me",
        "Journalist's submission",
        """
        Dear Working Group,

        I'm a freelance journalist and I have investigated for three years the private
        security firms that guard migrant camps along the Balkan route. I send the
        attached in my personal capacity; it is not a submission of any outlet I write
        for.

        Best,
        Hannah Becker
        Freelance journalist, Sarajevo / Berlin
        Signal: +49 151 5550 3312
        """,
        "",
        "individual",
        ("Hannah Becker",),
    ),
    Variation(
        "individual-en-06",
        "Abdi",
        "abdirahman.farah99@gmail.example.com",
        "what happen to us in the centre",
        """
        hello sir

        my name is abdirahman farah from somalia. i was in the closed centre 5 month.
        the security men from company beat us when we ask for doctor. i want UN know
        this. sorry for my english

        Abdirahman Farah
        """,
        "",
        "individual",
        ("Abdirahman Farah",),
    ),
    Variation(
        "individual-en-07",
        "Bob Mackenzie",
        "bob.mackenzie1952@bigpond.example.com",
        "Submission from a retired immigration official",
        """
        Dear Sir/Madam,

        I served 31 years in the immigration department, latterly as an assistant
        secretary responsible for detention contracts, and retired in 2017. I offer the
        attached observations in a purely personal capacity.

        Yours sincerely,
        Robert (Bob) Mackenzie
        Canberra
        """,
        """
        Observations on contracting immigration detention services
        R. J. Mackenzie (retired)
        """,
        "individual",
        ("Robert Mackenzie", "Robert (Bob) Mackenzie", "Bob Mackenzie"),
    ),
    Variation(
        "individual-en-08",
        "Nadia Chowdhury",
        "nadia.chowdhury@eastlondonlegaladvice.example.org.uk",
        "personal submission (not on behalf of my organisation)",
        """
        Dear Working Group,

        I work as a caseworker at a legal advice charity, but I am sending this in a
        personal capacity: it is my own account of accompanying clients to reporting
        centres staffed by private security guards, and does not represent my employer.

        Best wishes,
        Nadia Chowdhury (she/her)
        Caseworker
        East London Legal Advice Centre
        """,
        "",
        "individual",
        ("Nadia Chowdhury",),
    ),
    Variation(
        "individual-en-09",
        "Wei Li (Compliance)",
        "wei.li@orbitalanalytics.example.com",
        "Personal input - data practices at border checkpoints",
        """
        Hello,

        Although I write from my work account, this is a personal submission: I used to
        audit data-handling by contractors at airport e-gates and would like to share
        concerns in my own name. My employer has no part in it.

        Regards,
        Wei Li
        Senior Compliance Analyst
        Orbital Analytics Pte. Ltd., Singapore
        """,
        "",
        "individual",
        ("Wei Li",),
    ),
    Variation(
        "individual-fr-10",
        "Me Claire Vasseur",
        "c.vasseur@lefevre-associes.example.fr",
        "Contribution à titre personnel",
        """
        Madame, Monsieur,

        Avocate au barreau de Lyon, je vous adresse, à titre personnel et non au nom du
        cabinet, quelques observations sur les audiences en zone d'attente et la présence
        d'agents de sécurité privés.

        Bien à vous,

        Claire Vasseur
        Avocate associée
        Lefèvre & Associés
        12 quai Romain Rolland, 69005 Lyon
        """,
        "",
        "individual",
        ("Claire Vasseur",),
    ),
    Variation(
        "individual-fr-11",
        "ibrahima sow",
        "ibrahimasow221@gmail.example.com",
        "ancien agent de sécurité",
        """
        Bonjour,

        J'ai travaillé deux ans comme agent de sécurité pour une société privée au centre
        de transit d'Agadez. Je veux témoigner de ce que j'ai vu. Je parle en mon nom.

        Ibrahima Sow
        """,
        "",
        "individual",
        ("Ibrahima Sow",),
    ),
    Variation(
        "individual-fr-12",
        "Fatou Camara",
        "fatoucamara.mere@yahoo.example.fr",
        "Mon fils retenu",
        """
        Madame, Monsieur,

        Je suis la mère d'un jeune homme de 19 ans retenu depuis trois mois. Les agents
        de la société de sécurité ne nous laissent pas le voir. Je vous écris en tant que
        mère.

        Fatou Camara
        Conakry, Guinée
        Envoyé de mon iPhone
        """,
        "",
        "individual",
        ("Fatou Camara",),
    ),
    Variation(
        "individual-fr-13",
        "Julien Marchand",
        "julien.marchand.journaliste@proton.example.me",
        "Contribution d'un journaliste",
        """
        Bonjour,

        Journaliste indépendant, j'enquête depuis 2023 sur les sociétés de sécurité
        privées mobilisées aux frontières de Mayotte. Je vous adresse mes notes à titre
        personnel.

        Julien Marchand
        Journaliste indépendant
        """,
        "",
        "individual",
        ("Julien Marchand",),
    ),
    Variation(
        "individual-fr-14",
        "Mamadou",
        "mamadoubah.gn@yahoo.example.fr",
        "je témoigne",
        """
        bonjour

        je suis Mamadou Bah guinéen. on nous a renvoyé dans le désert. les gardes de la
        société ont pris nos téléphones. je veux que les nations unies savent.

        Mamadou Bah, à Agadez
        """,
        "",
        "individual",
        ("Mamadou Bah",),
    ),
    Variation(
        "individual-es-15",
        "Gabriela Fuentes",
        "gfuentes@castanedarios.example.com.mx",
        "Aporte a título personal",
        """
        Estimado Grupo de Trabajo:

        Soy abogada litigante en materia migratoria. Envío este aporte a título personal,
        no en representación del despacho ni de sus clientes, sobre amparos promovidos
        por personas custodiadas por guardias privados.

        Atentamente,

        Lic. Gabriela Fuentes Lara
        Asociada
        Castañeda Ríos Abogados, S.C.
        Paseo de la Reforma 505, Ciudad de México
        """,
        "",
        "individual",
        ("Gabriela Fuentes Lara", "Gabriela Fuentes"),
    ),
    Variation(
        "individual-es-16",
        "Héctor Salinas",
        "hsalinas.retirado@hotmail.example.com",
        "Testimonio de un ex servidor público",
        """
        Estimados señores:

        Fui durante 22 años servidor público en migración y me jubilé en 2019. Les envío,
        en lo personal, mis observaciones sobre la contratación de seguridad privada en
        las estaciones migratorias.

        Atentamente,
        Héctor Salinas Treviño
        Monterrey, N.L.
        """,
        "",
        "individual",
        ("Héctor Salinas Treviño", "Héctor Salinas"),
    ),
    Variation(
        "individual-es-17",
        "JOSE LUIS PEREZ",
        "joseluisperez1975@gmail.example.com",
        "mi hermano desaparecido",
        """
        Buenas tardes

        Soy hermano de Marvin Pérez, desaparecido en 2023 después de ser detenido en un
        retén. Escribo en nombre de mi familia para que sepan lo que pasó.

        José Luis Pérez
        Colón, Honduras
        """,
        "",
        "individual",
        ("José Luis Pérez", "Jose Luis Perez"),
    ),
    Variation(
        "individual-es-18",
        "María José Aranda",
        "mjaranda.investigacion@gmail.example.com",
        "Aporte de investigación independiente",
        """
        Estimado Grupo de Trabajo:

        Soy investigadora independiente, sin afiliación institucional. Adjunto un
        documento sobre contratos de seguridad privada en el puerto de Algeciras, a
        partir de licitaciones públicas.

        Un saludo,
        María José Aranda
        """,
        """
        Contratos de seguridad privada en el puerto de Algeciras
        María José Aranda, investigadora independiente
        """,
        "individual",
        ("María José Aranda",),
    ),
    Variation(
        "individual-es-19",
        "yorgelis",
        "yorgelis.m21@hotmail.example.com",
        "lo que vivimos en la frontera",
        """
        hola buenas

        soy venezolana, crucé con mis dos hijos. en el paso nos pararon unos guardias
        de una empresa y nos quitaron la plata. quiero contar eso.

        Yorgelis Mendoza
        """,
        "",
        "individual",
        ("Yorgelis Mendoza",),
    ),
    Variation(
        "individual-es-20",
        "Daniel Herrera | Diario El Istmo",
        "dherrera@diarioelistmo.example.com.pa",
        "Aporte periodístico (a título personal)",
        """
        Estimados:

        Soy periodista y cubro el Darién desde 2021. Envío este aporte a título personal,
        no en nombre del diario, con lo que he documentado sobre empresas de seguridad en
        las estaciones de recepción.

        Daniel Herrera
        Periodista
        Diario El Istmo
        """,
        "",
        "individual",
        ("Daniel Herrera",),
    ),
    # ── companies and business associations ──
    Variation(
        "company-en-01",
        "Compliance Team",
        "compliance@sentinelborder.example.co.uk",
        "Response to call for inputs - Sentinel Border Solutions",
        """
        Dear Working Group,

        Please find attached the response of Sentinel Border Solutions Ltd to your call
        for inputs, including our human rights policy and our grievance mechanism for
        people in our care during escorted removals.

        Kind regards,

        Compliance Team
        Sentinel Border Solutions Ltd
        Registered office: Unit 4, Crawley Business Quarter, Crawley RH10 9AQ
        Registered in England and Wales No. 08812345

        This e-mail is confidential. If you are not the intended recipient please notify
        the sender and delete it.
        """,
        """
        SENTINEL BORDER SOLUTIONS LTD

        Response to the call for inputs of the UN Working Group on the use of mercenaries
        """,
        "private_sector",
        ("Sentinel Border Solutions Ltd", "Sentinel Border Solutions"),
    ),
    Variation(
        "company-en-02",
        "APSIA Secretariat",
        "secretariat@apsia.example.co.za",
        "APSIA submission",
        """
        Dear Sir/Madam,

        The African Private Security Industry Association (APSIA) submits the attached on
        behalf of its members operating at ports of entry and in deportation transport.

        Regards,

        Secretariat
        APSIA
        Midrand, Johannesburg
        """,
        """
        AFRICAN PRIVATE SECURITY INDUSTRY ASSOCIATION (APSIA)

        Member companies at ports of entry: standards and vetting
        """,
        "private_sector",
        (
            "African Private Security Industry Association (APSIA)",
            "African Private Security Industry Association",
        ),
    ),
    Variation(
        "company-en-03",
        "Corporate Communications",
        "media@custodiads.example.com",
        "Custodia Detention Services - submission",
        """
        Dear Working Group,

        Custodia Detention Services, Inc. welcomes the opportunity to contribute. Our
        submission describes the standards at the processing centers we operate under
        contract.

        Sincerely,

        Corporate Communications
        Custodia Detention Services, Inc.
        One Riverfront Plaza, Suite 900, Nashville, TN 37201
        NYSE: CSTD
        """,
        """
        Custodia Detention Services, Inc.

        Submission to the Working Group on the use of mercenaries
        """,
        "private_sector",
        ("Custodia Detention Services, Inc.", "Custodia Detention Services"),
    ),
    Variation(
        "company-en-04",
        "Schmidt, Jonas",
        "jonas.schmidt@irisgate.example.de",
        "Irisgate Biometrics - input",
        """
        Dear Members of the Working Group,

        Irisgate Biometrics GmbH supplies biometric enrolment kiosks and mobile iris
        scanners used at several external borders. Please find our input on data
        protection and human rights due diligence attached.

        Mit freundlichen Grüßen / Kind regards

        Jonas Schmidt
        Head of Public Affairs
        Irisgate Biometrics GmbH
        Leopoldstraße 180, 80804 München
        Geschäftsführer: Dr. Petra Wolf | HRB 255 117 Amtsgericht München
        """,
        """
        Irisgate Biometrics GmbH

        Human rights due diligence in biometric border technology
        """,
        "private_sector",
        ("Irisgate Biometrics GmbH", "Irisgate Biometrics"),
    ),
    Variation(
        "company-en-05",
        "Amelia Clarke",
        "aclarke@harcourtvale.example.com",
        "Submission on behalf of Ironclad Maritime Security Holdings Ltd",
        """
        Dear Secretariat,

        We act for Ironclad Maritime Security Holdings Ltd and, on its instructions,
        enclose its submission to the Working Group's call for inputs concerning its
        vessel-protection services in the Mediterranean.

        Yours faithfully,

        Amelia Clarke
        Partner
        Harcourt & Vale LLP
        30 Fenchurch Street, London EC3M 3BD

        This email is confidential and may be subject to legal privilege.
        """,
        """
        IRONCLAD MARITIME SECURITY HOLDINGS LTD

        Submission to the Working Group on the use of mercenaries
        """,
        "private_sector",
        (
            "Ironclad Maritime Security Holdings Ltd",
            "Ironclad Maritime Security Holdings",
        ),
    ),
    Variation(
        "company-en-06",
        "FALCON SHIELD GROUP",
        "info@falconshieldgroup.example.ae",
        "Input from Falcon Shield Group",
        """
        Dear Sir/Madam,

        Falcon Shield Group provides airport and border-facility security in the Gulf and
        East Africa. Attached is our input on vetting, training and use-of-force policies.

        Best regards,

        Ahmed Al Mansoori
        VP Government Relations
        Falcon Shield Group
        Jumeirah Lake Towers, Cluster X, Dubai, UAE
        """,
        """
        FALCON SHIELD GROUP

        Vetting, training and use of force at airport and border facilities
        """,
        "private_sector",
        ("Falcon Shield Group",),
    ),
    Variation(
        "company-en-07",
        "Wanjiku Kamau",
        "wkamau@kestrelholdings.example.co.ke",
        "Submission - Kestrel Aviation Security Holdings Ltd",
        """
        Dear Working Group,

        On behalf of Kestrel Aviation Security Holdings Ltd, I attach our submission on
        our screening and deportee-escort services at Jomo Kenyatta International Airport.

        Kind regards,

        Wanjiku Kamau
        Group Legal Counsel
        Kestrel Aviation Security Holdings Ltd
        Airport North Road, Embakasi, Nairobi
        """,
        "",
        "private_sector",
        (
            "Kestrel Aviation Security Holdings Ltd",
            "Kestrel Aviation Security Holdings",
        ),
    ),
    Variation(
        "company-en-08",
        "ACCCI Policy Desk",
        "policy@accci.example.or.th",
        "Submission of the Andaman Coast Chamber of Commerce and Industry",
        """
        Dear Sir/Madam,

        The Andaman Coast Chamber of Commerce and Industry submits the attached on behalf
        of member firms providing security at ports and fishing piers.

        Policy Desk
        Andaman Coast Chamber of Commerce and Industry (ACCCI)
        Phuket, Thailand
        """,
        """
        ANDAMAN COAST CHAMBER OF COMMERCE AND INDUSTRY

        Member firms and security at ports and fishing piers
        """,
        "private_sector",
        (
            "Andaman Coast Chamber of Commerce and Industry (ACCCI)",
            "Andaman Coast Chamber of Commerce and Industry",
        ),
    ),
    Variation(
        "company-en-09",
        "LEGAL - SCCS",
        "legal@sccs.example.com.au",
        "SCCS response",
        """
        Hi all,

        Please see our response attached.

        Cheers,
        Legal & Risk
        Southern Cross Custodial Services Pty Ltd
        ABN 12 555 019 882

        Sent from Outlook for iOS
        """,
        """
        Southern Cross Custodial Services Pty Ltd

        Response to the call for inputs on PMSCs in immigration and border management
        """,
        "private_sector",
        (
            "Southern Cross Custodial Services Pty Ltd",
            "Southern Cross Custodial Services",
        ),
    ),
    Variation(
        "company-fr-10",
        "Direction Générale SGS",
        "dg@sahelgarde.example.ne",
        "Contribution de Sahel Garde Services S.A.",
        """
        Madame, Monsieur,

        Sahel Garde Services S.A. a l'honneur de vous transmettre sa contribution sur la
        sécurisation des centres de transit et des postes frontaliers qu'elle assure.

        La Direction Générale
        Sahel Garde Services S.A.
        Capital de 100 000 000 FCFA – RCCM NE-NIM-2014-B-1021
        Niamey, Niger
        """,
        """
        SAHEL GARDE SERVICES S.A.

        Sécurisation des centres de transit et des postes frontaliers
        """,
        "private_sector",
        ("Sahel Garde Services S.A.", "Sahel Garde Services"),
    ),
    Variation(
        "company-fr-11",
        "UESA",
        "contact@uesa.example.fr",
        "Contribution de l'UESA",
        """
        Madame, Monsieur,

        L'UESA, qui regroupe les entreprises de sûreté aéroportuaire, vous transmet sa
        contribution sur l'inspection-filtrage et l'assistance aux services de police
        aux frontières.

        Le Délégué général
        UESA
        Paris
        """,
        """
        UNION DES ENTREPRISES DE SÛRETÉ AÉROPORTUAIRE

        Les entreprises de sûreté aéroportuaire et le contrôle aux frontières
        """,
        "private_sector",
        (
            "Union des Entreprises de Sûreté Aéroportuaire (UESA)",
            "Union des Entreprises de Sûreté Aéroportuaire",
        ),
    ),
    Variation(
        "company-fr-12",
        "Service Juridique",
        "juridique@lrs-services.example.fr",
        "Contribution LRS",
        """
        Madame, Monsieur,

        Logistique Rétention Services SAS, titulaire de marchés d'hôtellerie, de
        restauration et de nettoyage dans des centres de rétention administrative, vous
        adresse sa contribution.

        Cordialement,

        Service Juridique
        Logistique Rétention Services SAS
        Parc d'activités des Chesnes, 38070 Saint-Quentin-Fallavier
        SAS au capital de 500 000 € – RCS Vienne 812 555 019
        """,
        """
        Logistique Rétention Services SAS

        Prestations hôtelières dans les centres de rétention administrative
        """,
        "private_sector",
        ("Logistique Rétention Services SAS", "Logistique Rétention Services"),
    ),
    Variation(
        "company-fr-13",
        "Ousmane Ndiaye",
        "o.ndiaye@biometrie-ns.example.sn",
        "Contribution Biométrie Nord-Sud",
        """
        Bonjour,

        Biométrie Nord-Sud SARL, intégrateur de systèmes d'enregistrement biométrique aux
        postes frontaliers d'Afrique de l'Ouest, vous adresse sa contribution.

        Cordialement,

        Ousmane Ndiaye
        Directeur des opérations
        Biométrie Nord-Sud SARL
        Immeuble Kébé, Avenue Lamine Guèye, Dakar
        """,
        "",
        "private_sector",
        ("Biométrie Nord-Sud SARL", "Biométrie Nord-Sud"),
    ),
    Variation(
        "company-es-14",
        "Grupo Centinela",
        "relaciones@grupocentinela.example.com.mx",
        "Aporte de Grupo Centinela Fronteras",
        """
        Estimados miembros del Grupo de Trabajo:

        Grupo Centinela Fronteras, S.A. de C.V. presenta su aporte sobre los servicios de
        vigilancia que presta en instalaciones migratorias del norte del país.

        Atentamente,

        Gerencia de Relaciones Institucionales
        Grupo Centinela Fronteras, S.A. de C.V.
        Blvd. Agua Caliente 10611, Tijuana, B.C.
        """,
        """
        GRUPO CENTINELA FRONTERAS, S.A. DE C.V.

        Servicios de vigilancia en instalaciones migratorias
        """,
        "private_sector",
        (
            "Grupo Centinela Fronteras, S.A. de C.V.",
            "Grupo Centinela Fronteras",
        ),
    ),
    Variation(
        "company-es-15",
        "Cámara Binacional",
        "gerencia@camaratacnaarica.example.pe",
        "Aporte de la Cámara de Comercio Binacional Tacna-Arica",
        """
        Señores del Grupo de Trabajo:

        La Cámara de Comercio Binacional Tacna-Arica hace llegar el aporte de sus
        empresas asociadas que prestan servicios de seguridad en el complejo fronterizo
        Santa Rosa – Chacalluta.

        Gerencia General
        Cámara de Comercio Binacional Tacna-Arica
        Tacna, Perú
        """,
        """
        CÁMARA DE COMERCIO BINACIONAL TACNA-ARICA

        Seguridad privada en el complejo fronterizo Santa Rosa – Chacalluta
        """,
        "private_sector",
        ("Cámara de Comercio Binacional Tacna-Arica",),
    ),
    Variation(
        "company-es-16",
        "Rodrigo Batista",
        "rbatista@vidarien.example.com.pa",
        "Vigilancia Integral del Darién S.A. - aporte",
        """
        Buenos días,

        Adjunto el aporte de Vigilancia Integral del Darién, S.A. sobre nuestros
        servicios en las estaciones de recepción migratoria.

        Saludos,

        Rodrigo Batista
        Gerente de Operaciones
        Vigilancia Integral del Darién, S.A.
        Metepa, Darién, Panamá
        """,
        "",
        "private_sector",
        (
            "Vigilancia Integral del Darién, S.A.",
            "Vigilancia Integral del Darién S.A.",
            "Vigilancia Integral del Darién",
        ),
    ),
    Variation(
        "company-es-17",
        "ADESI",
        "secretaria@adesi.example.org.gt",
        "Aporte ADESI",
        """
        Estimados señores:

        ADESI, en representación de sus empresas agremiadas, remite su aporte sobre la
        regulación de la seguridad privada en puestos fronterizos.

        Secretaría Ejecutiva
        ADESI
        Ciudad de Guatemala
        """,
        """
        ASOCIACIÓN DE EMPRESAS DE SEGURIDAD DEL ISTMO

        Regulación de la seguridad privada en puestos fronterizos
        """,
        "private_sector",
        (
            "Asociación de Empresas de Seguridad del Istmo (ADESI)",
            "Asociación de Empresas de Seguridad del Istmo",
        ),
    ),
    # ── unions, parliamentarians, bar associations, faith bodies, local authorities, foundations, students ──
    Variation(
        "other-en-01",
        "Senator Claire Whitfield",
        "senator.whitfield@aph.example.gov.au",
        "Submission - Senator Claire Whitfield",
        """
        Dear Working Group,

        As a Senator who has sat on the committee examining offshore processing
        contracts, I submit the attached observations in my capacity as a
        parliamentarian.

        Yours sincerely,

        Senator Claire Whitfield
        Senator for Tasmania
        Parliament House, Canberra ACT 2600
        """,
        "",
        "other",
        ("Claire Whitfield", "Senator Claire Whitfield"),
    ),
    Variation(
        "other-en-02",
        "SCWU Research",
        "research@scwu.example.org.uk",
        "Security and Custodial Workers' Union - submission",
        """
        Dear Working Group,

        The Security and Custodial Workers' Union represents some 4,000 staff employed by
        contractors in immigration removal centres and escorting. Our submission on
        staffing levels and training is attached.

        In solidarity,

        Research Department
        Security and Custodial Workers' Union (SCWU)
        Union House, 22 Old Kent Road, London SE1 5TY
        """,
        """
        SECURITY AND CUSTODIAL WORKERS' UNION

        Staffing and training in contracted immigration detention and escorting
        """,
        "other",
        (
            "Security and Custodial Workers' Union (SCWU)",
            "Security and Custodial Workers' Union",
        ),
    ),
    Variation(
        "other-en-03",
        "Northern Frontier Bar Association",
        "secretary@nfba.example.or.ke",
        "Submission of the Northern Frontier Bar Association",
        """
        Dear Sirs,

        The Northern Frontier Bar Association, which brings together advocates practising
        in Garissa, Wajir and Mandera, submits the attached on access to counsel at
        border holding points.

        Yours faithfully,

        Hon. Secretary
        Northern Frontier Bar Association
        Garissa, Kenya
        """,
        "",
        "other",
        ("Northern Frontier Bar Association",),
    ),
    Variation(
        "other-en-04",
        "Rev. Martha Lopez",
        "mlopez@interfaithtucson.example.org",
        "Interfaith Council submission",
        """
        Dear friends,

        I enclose the submission of the Interfaith Council of Greater Tucson on private
        transport of migrants released from detention to the bus station.

        Peace,

        Rev. Martha Lopez (she/her)
        Chair, Migration Working Group
        Interfaith Council of Greater Tucson
        """,
        "",
        "other",
        ("Interfaith Council of Greater Tucson",),
    ),
    Variation(
        "other-en-05",
        "Mayor's Office",
        "sindaco@comune.lampedusa.example.it",
        "Submission - Municipality of Lampedusa and Linosa",
        """
        Dear Members of the Working Group,

        The Municipality of Lampedusa and Linosa submits the attached note on the
        reception hotspot and on the private operators working there.

        Kind regards,

        Mayor's Office
        Comune di Lampedusa e Linosa
        Via Vittorio Emanuele, Lampedusa (AG), Italy
        """,
        """
        COMUNE DI LAMPEDUSA E LINOSA

        Note on the reception hotspot and its private operators
        """,
        "other",
        ("Municipality of Lampedusa and Linosa", "Comune di Lampedusa e Linosa"),
    ),
    Variation(
        "other-en-06",
        "SBJ Kingsbridge",
        "studentsforborderjustice@gmail.example.com",
        "student society submission",
        """
        Hi,

        We are Students for Border Justice, a student society at Kingsbridge University.
        Attached is our small research project on university investments in security
        contractors.

        Thanks!
        Aisha & Tom, co-presidents
        Students for Border Justice, Kingsbridge University
        """,
        "",
        "other",
        (
            "Students for Border Justice, Kingsbridge University",
            "Students for Border Justice",
        ),
    ),
    Variation(
        "other-fr-07",
        "SYNASP CI",
        "synasp.ci@synasp.example.ci",
        "Contribution du SYNASP",
        """
        Camarades,

        Le Syndicat National des Agents de Sécurité Privée de Côte d'Ivoire (SYNASP)
        transmet sa contribution sur les conditions de travail des agents affectés aux
        frontières et à l'aéroport.

        Le Secrétaire général
        SYNASP
        Abidjan, Treichville
        """,
        """
        SYNDICAT NATIONAL DES AGENTS DE SÉCURITÉ PRIVÉE DE CÔTE D'IVOIRE

        Conditions de travail des agents aux frontières et à l'aéroport
        """,
        "other",
        (
            "Syndicat National des Agents de Sécurité Privée de Côte d'Ivoire (SYNASP)",
            "Syndicat National des Agents de Sécurité Privée de Côte d'Ivoire",
            "Syndicat National des Agents de Sécurité Privée (SYNASP)",
        ),
    ),
    Variation(
        "other-fr-08",
        "Awa Ndiaye Sarr - Députée",
        "awa.sarr@assemblee.example.sn",
        "Contribution d'une députée",
        """
        Madame, Monsieur,

        En ma qualité de députée à l'Assemblée nationale et de membre de la commission
        des lois, je vous adresse mes observations sur les sociétés privées associées au
        contrôle des départs en pirogue.

        Awa Ndiaye Sarr
        Députée
        Assemblée nationale du Sénégal
        """,
        "",
        "other",
        ("Awa Ndiaye Sarr",),
    ),
    Variation(
        "other-fr-09",
        "Justice et Paix Tahoua",
        "justicepaix.tahoua@gmail.example.com",
        "Contribution de la Commission Justice et Paix",
        """
        Chers membres du Groupe de travail,

        La Commission Diocésaine Justice et Paix de Tahoua vous transmet sa
        contribution sur les migrants refoulés et les escortes privées.

        Abbé Jean-Marie Issoufou
        Aumônier
        """,
        """
        COMMISSION DIOCÉSAINE JUSTICE ET PAIX DE TAHOUA

        Migrants refoulés et escortes privées
        """,
        "other",
        ("Commission Diocésaine Justice et Paix de Tahoua",),
    ),
    Variation(
        "other-fr-10",
        "Fondation Horizons Partagés",
        "info@horizonspartages.example.ch",
        "Contribution de la Fondation",
        """
        Madame, Monsieur,

        La Fondation Horizons Partagés, qui finance des projets d'accueil aux frontières,
        vous adresse une note sur les exigences qu'elle impose à ses partenaires qui
        recourent à des sociétés de sécurité privées.

        Meilleures salutations,

        Sophie Berset
        Chargée de programmes
        Fondation Horizons Partagés
        Rue de Lausanne 64, 1202 Genève
        """,
        "",
        "other",
        ("Fondation Horizons Partagés",),
    ),
    Variation(
        "other-es-11",
        "Colegio de Abogados Frontera Norte",
        "presidencia@cafn.example.org.mx",
        "Aporte del Colegio de Abogados y Abogadas de la Frontera Norte",
        """
        Estimados miembros del Grupo de Trabajo:

        El Colegio de Abogados y Abogadas de la Frontera Norte, A.C. remite su aporte sobre
        el acceso a defensa de personas retenidas por seguridad privada en las garitas.

        Atentamente,

        Presidencia
        Colegio de Abogados y Abogadas de la Frontera Norte, A.C.
        Tijuana, B.C.
        """,
        "",
        "other",
        (
            "Colegio de Abogados y Abogadas de la Frontera Norte, A.C.",
            "Colegio de Abogados y Abogadas de la Frontera Norte",
        ),
    ),
    Variation(
        "other-es-12",
        "Alcaldía Colchane",
        "alcaldia@municolchane.example.cl",
        "Aporte de la Municipalidad de Colchane",
        """
        Junto con saludar,

        La Municipalidad de Colchane envía su aporte sobre la situación en el paso
        fronterizo y la seguridad privada contratada por el Estado.

        Alcaldía
        Municipalidad de Colchane
        Región de Tarapacá
        """,
        """
        MUNICIPALIDAD DE COLCHANE

        Situación en el paso fronterizo
        """,
        "other",
        ("Municipalidad de Colchane",),
    ),
    Variation(
        "other-es-13",
        "Centro de Estudiantes de Derecho",
        "ced.derecho@estudiantes.example.edu.py",
        "Aporte estudiantil",
        """
        Hola,

        El Centro de Estudiantes de Derecho de la Universidad del Chaco envía su aporte
        sobre la seguridad privada en el puente de la Amistad.

        Comisión de Derechos Humanos
        Centro de Estudiantes de Derecho – Universidad del Chaco
        Asunción, Paraguay
        """,
        "",
        "other",
        (
            "Centro de Estudiantes de Derecho de la Universidad del Chaco",
            "Centro de Estudiantes de Derecho, Universidad del Chaco",
        ),
    ),
]

VARIATIONS: list[Variation] = [tidy(v) for v in _RAW]
