# ruff: noqa: E501
"""An eighth set of sender variations for the submitter detector, written apart from its rules.

The same record as the second set (`senders2.Variation`): one e-mail as it reaches a call
for inputs, with the answer an officer would publish on the "Submissions received" page.
The cases were written from how such mail looks, without sight of the detector's rules,
in English (half of them), French and Spanish (a quarter each) and over the thirteen
categories of `senders2.CATEGORIES`, ten in each. Where the seventh set gathered hard
cases, this one reads like an ordinary season's mail: most messages carry a plain
signature block, a document whose first page has a letterhead or a title page, a display
name and a mail domain. What it leans on is the ordinary variety of that mail: signature
blocks of two to six lines in any order (name, title, department, organisation, address,
phone, web), some over a legal disclaimer, some naming the organisation only in a web
address or the logo text of the document; greetings and sign-offs in the three
languages; an organisation named only in the subject line, only on the title page or only
in the opening sentence ("On behalf of…", "Au nom de…", "En nombre de…"); the acronym in
the signature and the full name in the document, or the reverse; display names that are
a person, a shared mailbox, "Surname Firstname", "FIRSTNAME SURNAME" or a department;
Permanent Missions, ministries and notes verbales; national human rights institutions,
United Nations and regional intergovernmental bodies; universities and research centres;
companies and business associations; unions, faith groups, parliamentarians,
municipalities and student societies (all of them `other`, as the office lists them);
individuals; and joint submissions (the lead organisation is the name, alone or as "Lead
and N others").

Civil society cases use real organisation names, each once and exactly as the
organisations write them in a public joint letter, none of them used by the earlier sets;
so do a few unions, a congregation, a production company and a university institute from
the same letter. Their staff are invented. Other companies, academics, people,
parliamentarians, municipalities and small bodies are invented. States, NHRIs and
intergovernmental bodies are real, under their real names; their staff are invented. Every
mail domain and web address is invented, under an `example` label.

Ids are `<category>-<language>-<nn>`, numbered within a category. `half` splits the set by
a sha256 of the organisation's name (the first accepted name), so that every case of one
organisation sits in the same half and no case ever moves between halves.
"""

from __future__ import annotations

from senders2 import CATEGORIES, TYPES, Variation, category, language, tidy
from senders2 import half_by_name as half

__all__ = ["CATEGORIES", "TYPES", "VARIATIONS", "Variation", "category", "half", "language"]


_RAW: list[Variation] = [
    # ── shared: a shared mailbox over an organisation's signature ──
    Variation(
        "shared-en-01",
        "Info MRN",
        "info@migrantsrights.example.org.uk",
        "Submission to the call for inputs on migrants' access to justice",
        """
        Dear Secretariat,

        Please find attached our submission to the call for inputs on access to justice
        for migrants in an irregular situation. It draws on our work with community
        groups across England and Wales.

        We would be grateful if you could confirm receipt.

        Kind regards,

        Policy and Campaigns Team
        Migrants’ Rights Network (MRN)
        Studio 12, 7 Harbour Row, London E1
        www.migrantsrights.example.org.uk

        Migrants’ Rights Network is a registered charity in England and Wales. This e-mail
        and any attachments are confidential and intended solely for the addressee.
        """,
        """
        Migrants’ Rights Network
        Access to justice for migrants in an irregular situation
        Submission to the UN call for inputs – April 2026
        """,
        "civil_society",
        (
            "Migrants’ Rights Network (MRN)",
            "Migrants’ Rights Network",
            "Migrants' Rights Network (MRN)",
            "Migrants' Rights Network",
        ),
    ),
    Variation(
        "shared-en-02",
        "Press Office",
        "press@sea-watch.example.org",
        "Input: search and rescue in the central Mediterranean",
        """
        Dear members of the Working Group,

        Attached you will find our input on the criminalisation of search and rescue
        and on the detention of rescue vessels in Italian ports.

        Best regards,

        Press & Advocacy Team
        Berlin
        www.sea-watch.example.org
        """,
        """
        SEA-WATCH e.V.

        Detained for rescuing: the administrative detention of civil rescue ships
        Input to the call for inputs of the United Nations Working Group
        """,
        "civil_society",
        ("Sea-Watch", "Sea-Watch e.V."),
    ),
    Variation(
        "shared-en-03",
        "Catalina Rojas",
        "info@nnirr.example.org",
        "NNIRR submission - call for inputs",
        """
        Dear Working Group members,

        On behalf of the National Network for Immigrant and Refugee Rights (NNIRR), I am
        pleased to share our submission on immigration enforcement at the US-Mexico
        border and its impact on border communities.

        Please do not hesitate to contact us with any questions.

        In solidarity,

        Catalina Rojas
        NNIRR staff
        Oakland, California
        """,
        """
        National Network for Immigrant and Refugee Rights

        Border communities under enforcement: a submission to the UN Working Group
        Oakland, California – April 2026
        """,
        "civil_society",
        (
            "National Network for Immigrant and Refugee Rights (NNIRR)",
            "National Network for Immigrant and Refugee Rights",
        ),
    ),
    Variation(
        "shared-en-04",
        "Network Secretariat",
        "secretariat@gmwnet.example.net",
        "Call for inputs - migrant workers' rights",
        """
        Dear colleagues,

        Please find our contribution attached, in Word and PDF.

        Thank you and regards,

        The Secretariat
        """,
        """
        GLOBAL MIGRANT WORKERS NETWORK

        Wage theft and the right to a remedy for migrant workers
        A contribution to the United Nations call for inputs

        Prepared by the Secretariat with member organisations in 14 countries
        """,
        "civil_society",
        ("Global Migrant Workers Network",),
    ),
    Variation(
        "shared-en-05",
        "MOVE COALITION",
        "hello@movecoalition.example.org",
        "Submission on freedom of movement",
        """
        Dear Sir/Madam,

        On behalf of the Move Coalition, I am pleased to submit the attached input to your
        call on the human rights of people on the move in the context of border
        externalisation.

        Our member groups would welcome the opportunity to discuss it further.

        Warm regards,

        Coordination team
        hello@movecoalition.example.org
        """,
        "",
        "civil_society",
        ("Move Coalition", "The Move Coalition"),
    ),
    Variation(
        "shared-fr-06",
        "MYCP Secrétariat",
        "secretariat@mycp.example.eu",
        "Contribution – enfants et jeunes en migration",
        """
        Madame, Monsieur,

        Veuillez trouver ci-joint la contribution de notre plateforme à l'appel à
        contributions sur les droits des enfants et des jeunes en migration. Elle a été
        rédigée avec de jeunes membres de la plateforme.

        Nous restons à votre disposition pour toute question.

        Bien cordialement,

        Le Secrétariat
        Migration Youth & Children Platform (MYCP)
        Bruxelles, Belgique
        """,
        """
        Migration Youth & Children Platform

        « Nous ne sommes pas des dossiers » : les droits des enfants et des jeunes en migration
        Contribution à l'appel à contributions des Nations Unies
        """,
        "civil_society",
        (
            "Migration Youth & Children Platform (MYCP)",
            "Migration Youth & Children Platform",
            "Migration Youth and Children Platform (MYCP)",
            "Migration Youth and Children Platform",
        ),
    ),
    Variation(
        "shared-fr-07",
        "Contact",
        "contact@ihaverights.example.org",
        "Contribution à l'appel – procédures d'asile aux frontières",
        """
        Madame, Monsieur,

        Au nom de I Have Rights., nous avons l'honneur de vous adresser notre contribution
        sur l'accès à l'assistance juridique dans les centres fermés des îles grecques.

        Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

        L'équipe juridique
        contact@ihaverights.example.org
        """,
        """
        I Have Rights.
        Contribution à l'appel à contributions du Groupe de travail
        L'accès à l'assistance juridique dans les centres fermés
        """,
        "civil_society",
        ("I Have Rights.", "I Have Rights"),
    ),
    Variation(
        "shared-es-08",
        "Bloque Latinoamericano",
        "contacto@bloquelatam.example.org",
        "Aporte a la convocatoria – personas migrantes en tránsito",
        """
        Estimados/as:

        Les hacemos llegar el aporte del Bloque Latinoamericano de Migración a la
        convocatoria sobre la situación de las personas migrantes en tránsito por
        América Latina.

        Quedamos atentas a cualquier consulta.

        Saludos cordiales,

        Equipo de coordinación
        Bloque Latinoamericano de Migración
        contacto@bloquelatam.example.org
        """,
        """
        Bloque Latinoamericano de Migración

        Personas migrantes en tránsito por América Latina: riesgos y respuestas
        Aporte a la convocatoria del Grupo de Trabajo de las Naciones Unidas
        """,
        "civil_society",
        ("Bloque Latinoamericano de Migración",),
    ),
    Variation(
        "shared-es-09",
        "Comunicación Fundación Construir",
        "comunicacion@fundacionconstruir.example.org.bo",
        "Contribución – acceso a la justicia",
        """
        Estimadas y estimados miembros del Grupo de Trabajo:

        Adjuntamos la contribución de nuestra institución sobre el acceso a la justicia de
        las mujeres indígenas y de las personas privadas de libertad en Bolivia.

        Atentamente,

        Área de Comunicación
        Fundación Construir
        Calle 15 de Calacoto N° 0000, La Paz – Bolivia
        Tel. (591-2) 000 0000

        AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos están dirigidos
        exclusivamente a su destinatario y pueden contener información confidencial.
        """,
        """
        FUNDACIÓN CONSTRUIR
        Acceso a la justicia en Bolivia: mujeres indígenas y personas privadas de libertad
        Contribución al Grupo de Trabajo de las Naciones Unidas
        """,
        "civil_society",
        ("Fundación Construir",),
    ),
    Variation(
        "shared-es-10",
        "Secretaría General",
        "secretaria@frentenacionalinmigrantes.example.org",
        "Aporte del Frente Nacional de Inmigrantes a la convocatoria",
        """
        Buenos días:

        Adjuntamos nuestro aporte sobre la regularización migratoria y el acceso a
        derechos de las personas migrantes trabajadoras.

        Saludos,

        Secretaría General
        """,
        "",
        "civil_society",
        ("Frente Nacional de Inmigrantes",),
    ),
    # ── person: a staff member writes for the organisation ──
    Variation(
        "person-en-01",
        "Farrugia Maria",
        "maria.farrugia@aditus.example.org.mt",
        "Submission – call for inputs on immigration detention",
        """
        Dear members of the Working Group,

        Please find attached our submission on the detention of asylum seekers on
        arrival in Malta, including the detention of children pending age assessment.

        Kind regards,

        Maria Farrugia
        Legal Officer
        aditus foundation
        Valletta, Malta
        T: +356 2000 0000 | www.aditus.example.org.mt
        """,
        """
        aditus foundation

        Detention on arrival: asylum seekers and children in Malta
        Submission to the UN Working Group call for inputs
        """,
        "civil_society",
        ("aditus foundation", "Aditus Foundation"),
    ),
    Variation(
        "person-en-02",
        "DANIEL OKAFOR",
        "dokafor@raceandequality.example.org",
        "Race and Equality – submission",
        """
        Dear Working Group,

        On behalf of my organisation, I am sending the attached submission on racial
        profiling in migration control in the Americas.

        Best,
        Daniel Okafor
        Program Officer | Race and Equality
        Washington, DC
        """,
        """
        The International Institute on Race, Equality and Human Rights

        Racial profiling in migration control in the Americas
        Submission to the United Nations Working Group – call for inputs 2026
        """,
        "civil_society",
        (
            "The International Institute on Race, Equality and Human Rights",
            "International Institute on Race, Equality and Human Rights",
            "The International Institute on Race, Equality and Human Rights (Race and Equality)",
            "International Institute on Race, Equality and Human Rights (Race and Equality)",
        ),
    ),
    Variation(
        "person-en-03",
        "Sofia Alvarez",
        "sofia@endstreamline.example.org",
        "Input on the prosecution of border crossers",
        """
        Dear Sir or Madam,

        I am writing to share the attached input on the mass prosecution of people for
        unlawful entry and re-entry in federal courts along the border.

        Many thanks,
        Sofia Alvarez | Organizer | End Streamline Coalition | Tucson, AZ
        """,
        """
        Mass prosecution at the border: Operation Streamline and the right to a fair trial
        Submission to the United Nations call for inputs
        """,
        "civil_society",
        ("End Streamline Coalition", "The End Streamline Coalition"),
    ),
    Variation(
        "person-en-04",
        "Keala Kahananui",
        "kkahananui@hihr.example.org",
        "Joint submission – trafficking of migrant fishermen",
        """
        Aloha members of the Working Group,

        Please find attached a joint submission by the Hawai’I Institute for Human
        Rights, together with the Pacific Fishers Solidarity Project and the Kapalama
        Harbour Seafarers’ Circle, on migrant crew held on fishing vessels in Pacific ports.

        Mahalo,

        Keala Kahananui
        Research Associate
        Hawai’I Institute for Human Rights
        Honolulu, Hawai’i
        """,
        """
        JOINT SUBMISSION
        Hawai’I Institute for Human Rights
        Pacific Fishers Solidarity Project
        Kapalama Harbour Seafarers’ Circle

        Migrant crew on fishing vessels in Pacific ports
        """,
        "civil_society",
        (
            "Hawai’I Institute for Human Rights",
            "Hawai'I Institute for Human Rights",
            "Hawai’i Institute for Human Rights",
            "Hawai'i Institute for Human Rights",
            "Hawai’I Institute for Human Rights and 2 others",
            "Hawai'I Institute for Human Rights and 2 others",
            "Hawai’i Institute for Human Rights and 2 others",
            "Hawai'i Institute for Human Rights and 2 others",
        ),
    ),
    Variation(
        "person-en-05",
        "Raúl Treviño",
        "rtrevino@cdhnuevolaredo.example.org.mx",
        "Submission on returns to Nuevo Laredo",
        """
        Dear colleagues,

        Thank you for the opportunity to contribute. Attached is our submission, in
        English, on the situation of asylum seekers returned to Nuevo Laredo and exposed
        to kidnapping and extortion while they wait.

        With kind regards,

        Raúl Treviño
        Legal Coordinator
        Comité de Derechos Humanos de Nuevo Laredo AC
        Nuevo Laredo, Tamaulipas, México
        +52 867 000 0000
        """,
        """
        COMITÉ DE DERECHOS HUMANOS DE NUEVO LAREDO AC

        Returned to danger: asylum seekers waiting in Nuevo Laredo
        Submission to the United Nations Working Group
        """,
        "civil_society",
        (
            "Comité de Derechos Humanos de Nuevo Laredo AC",
            "Comité de Derechos Humanos de Nuevo Laredo",
        ),
    ),
    Variation(
        "person-fr-06",
        "Claire Moreau",
        "claire.moreau@amnesty.example.org",
        "Contribution d'Amnesty International",
        """
        Madame, Monsieur,

        J'ai le plaisir de vous transmettre ci-joint la contribution d'Amnesty
        International à l'appel à contributions du Groupe de travail sur les expulsions
        collectives et les renvois forcés aux frontières de l'Europe.

        Je reste à votre disposition pour toute information complémentaire.

        Bien cordialement,

        Claire Moreau
        Chargée de plaidoyer
        Bureau auprès des Nations Unies, Genève
        Amnesty International
        """,
        """
        AMNESTY INTERNATIONAL

        Europe : expulsions collectives et renvois forcés aux frontières
        Contribution à l'appel à contributions du Groupe de travail
        Index : EUR 00/0000/2026
        """,
        "civil_society",
        ("Amnesty International",),
    ),
    Variation(
        "person-fr-07",
        "Giulia Ferri",
        "giulia.ferri@altera.example.it",
        "Contribution – appel à contributions",
        """
        Madame, Monsieur,

        Je vous prie de trouver ci-joint la contribution de notre association sur
        l'accueil des personnes demandeuses d'asile dans les petites communes.

        Avec mes salutations distinguées,

        Giulia Ferri
        Coordinatrice des projets
        Àltera
        """,
        "",
        "civil_society",
        ("Àltera",),
    ),
    Variation(
        "person-fr-08",
        "Léa Fontaine",
        "lea.fontaine@resqship.example.org",
        "Contribution de RESQSHIP",
        """
        Bonjour,

        Vous trouverez en pièce jointe la contribution de RESQSHIP e.V. sur les
        obstacles administratifs imposés aux navires de sauvetage civils en Méditerranée
        centrale.

        Cordialement,

        Léa Fontaine
        Chargée de plaidoyer
        RESQSHIP e.V. | Hambourg
        www.resqship.example.org

        RESQSHIP e.V. – association enregistrée au tribunal d'instance de Hambourg.
        """,
        """
        RESQSHIP

        Sauver des vies sous contrainte administrative
        Contribution au Groupe de travail des Nations Unies
        """,
        "civil_society",
        ("ResqShip", "RESQSHIP e.V.", "RESQSHIP", "ResqShip e.V."),
    ),
    Variation(
        "person-es-09",
        "Hernández Lucía",
        "lucia.hernandez@ecor.example.org.mx",
        "Aporte – discriminación racial en escuelas",
        """
        Estimadas y estimados:

        Me permito compartir el aporte de nuestra organización sobre la discriminación
        racial que enfrentan niñas y niños migrantes y afrodescendientes en las escuelas
        públicas.

        Reciban un cordial saludo,

        Lucía Hernández
        Coordinadora de Incidencia
        Educación contra el racismo A.C.
        Ciudad de México
        """,
        """
        Educación contra el racismo A.C.

        Racismo en la escuela: niñas y niños migrantes y afrodescendientes en México
        Aporte a la convocatoria de las Naciones Unidas
        """,
        "civil_society",
        ("Educación contra el racismo A.C.", "Educación contra el racismo"),
    ),
    Variation(
        "person-es-10",
        "Rocío Mendoza",
        "rocio.mendoza@uniendocristales.example.org",
        "Aporte a la convocatoria",
        """
        Buenas tardes:

        En nombre de Uniendo Cristales A.C., tengo el gusto de remitirles nuestro aporte
        sobre la atención a víctimas de violencia y a sus familias por parte de las
        fiscalías locales.

        Atentamente,

        Rocío Mendoza
        Directora
        """,
        "",
        "civil_society",
        ("Uniendo Cristales A.C.", "Uniendo Cristales"),
    ),
    # ── letterhead: a free-mail address; the organisation on the letterhead ──
    Variation(
        "letterhead-en-01",
        "Tom Becker",
        "tom.becker.sailing@webmail.example.com",
        "Submission – rescue at sea",
        """
        Dear Sir/Madam,

        Please find attached our submission on the obstruction of rescue operations by
        small sailing vessels in the central Mediterranean.

        Best regards,
        Tom Becker
        """,
        """
        r42-SailAndRescue

        Small boats, big gaps: rescue by sailing vessels in the central Mediterranean
        Submission to the call for inputs of the United Nations Working Group
        March 2026
        """,
        "civil_society",
        ("r42-SailAndRescue",),
    ),
    Variation(
        "letterhead-en-02",
        "Ann Kowalski",
        "annkowalski56@mailbox.example.net",
        "Input for the call on human rights defenders",
        """
        Dear members of the Working Group,

        I am a volunteer with our task force and was asked to send the attached input,
        as our office account is not working this week. Please reply to this address.

        Thank you,
        Ann Kowalski
        Cleveland, Ohio
        """,
        """
        InterReligious Task Force on Central America
        Cleveland, Ohio

        Defending the defenders: attacks on land and water defenders in Honduras
        and Guatemala
        Input to the call of the United Nations Working Group
        """,
        "civil_society",
        ("InterReligious Task Force on Central America",),
    ),
    Variation(
        "letterhead-en-03",
        "Aigerim S.",
        "aigerim.s@freemail.example.kz",
        "Submission for the call for inputs",
        """
        Dear colleagues,

        Please find attached our organisation's submission on the participation of
        civil society in conflict prevention in Central Asia.

        Sincerely,
        Aigerim Seitkali
        Project Manager
        """,
        """
        CENTER FOR CONFLICT MANAGEMENT, ALMATY

        Civil society and conflict prevention in Central Asia
        Submission to the United Nations call for inputs
        Almaty, 2026
        """,
        "civil_society",
        (
            "Center for Conflict Management, Almaty",
            "Center for Conflict Management",
            "CENTER FOR CONFLICT MANAGEMENT, ALMATY",
        ),
    ),
    Variation(
        "letterhead-en-04",
        "Habib Rahman",
        "habib.rahman.mad@correo.example.com",
        "Submission from Bangladeshi community in Madrid",
        """
        Dear Sir or Madam,

        I am sending the submission of our association about the situation of
        Bangladeshi migrant workers in Spain, especially the long wait for residence
        permits. The document is attached.

        Thank you very much.

        Habib Rahman
        President
        """,
        """
        ASOCIACIÓN VALIENTE BANGLA
        Madrid

        Bangladeshi migrant workers in Spain: waiting for papers
        Submission to the United Nations
        """,
        "civil_society",
        ("Asociación Valiente Bangla", "Valiente Bangla"),
    ),
    Variation(
        "letterhead-en-05",
        "Jo Whitfield",
        "jo.whitfield.films@webmail.example.com",
        "Submission – documentary evidence from the border",
        """
        Hi there,

        We are a small production company that has filmed at the border for three years.
        Our written submission, with a list of the footage we can share, is attached.

        Cheers,
        Jo Whitfield
        Producer
        """,
        """
        SplitSeed Productions

        What the camera saw: filming pushbacks at the land border
        A submission to the UN call for inputs
        """,
        "private_sector",
        ("SplitSeed Productions",),
    ),
    Variation(
        "letterhead-fr-06",
        "Yasmina El Idrissi",
        "yasmina.elidrissi@courriel.example.fr",
        "Contribution – femmes migrantes",
        """
        Bonjour,

        Je vous transmets, de la part de notre réseau, une contribution sur la
        participation des femmes migrantes et réfugiées aux politiques qui les
        concernent. Je l'envoie depuis mon adresse personnelle.

        Bien à vous,
        Yasmina El Idrissi
        """,
        """
        New Women Connectors

        Rien sur nous sans nous : la participation des femmes migrantes et réfugiées
        Contribution à l'appel à contributions des Nations Unies
        """,
        "civil_society",
        ("New Women Connectors",),
    ),
    Variation(
        "letterhead-fr-07",
        "Marc Lemaire",
        "marc.lemaire@mel.example.fr",
        "Contribution de la commune",
        """
        Madame, Monsieur,

        Vous trouverez ci-joint la contribution de notre commune sur l'accueil des
        familles réfugiées en milieu rural.

        Recevez, Madame, Monsieur, mes salutations distinguées.

        Marc Lemaire
        Maire
        """,
        """
        COMMUNE DE VALBRUNE-SUR-LOIRE
        Hôtel de Ville – 1, place de la Mairie

        L'accueil des familles réfugiées dans une commune rurale
        Contribution à l'appel du Groupe de travail des Nations Unies
        """,
        "other",
        ("Commune de Valbrune-sur-Loire", "Valbrune-sur-Loire", "Mairie de Valbrune-sur-Loire"),
    ),
    Variation(
        "letterhead-es-08",
        "Valentina Ruiz",
        "vale.ruiz.mx@correo.example.com",
        "Aporte #MeRepresenta",
        """
        Hola, buen día:

        Les comparto el aporte de nuestra colectiva sobre la representación política de
        las personas jóvenes y migrantes. Va en PDF.

        Saludos,
        Vale Ruiz
        """,
        """
        #MeRepresenta

        Jóvenes y migrantes: ¿quién nos representa?
        Aporte a la convocatoria de las Naciones Unidas
        """,
        "civil_society",
        ("#MeRepresenta", "MeRepresenta"),
    ),
    Variation(
        "letterhead-es-09",
        "Gerardo Domínguez",
        "gerardo.dominguez64@correo.example.com",
        "Aporte – desaparición de personas",
        """
        Estimados señores:

        Por este medio les hago llegar el aporte de nuestro colectivo de familias sobre la
        búsqueda de personas desaparecidas.

        Atentamente,
        Gerardo Domínguez
        """,
        """
        Justicia y dignidad Veracruz

        La búsqueda de nuestros desaparecidos: obstáculos y propuestas
        Aporte al Grupo de Trabajo de las Naciones Unidas
        Xalapa, Veracruz, 2026
        """,
        "civil_society",
        ("Justicia y dignidad Veracruz",),
    ),
    Variation(
        "letterhead-es-10",
        "yolanda mosquera",
        "yolimosquera@correo.example.co",
        "Aporte convocatoria",
        """
        Buenas tardes,

        Adjunto el aporte de la Corporación sobre la situación de las mujeres
        afrodescendientes migrantes y desplazadas.

        Cordialmente,

        Yolanda Mosquera
        Representante legal
        """,
        """
        CORPORACIÓN MUJERES AFRODIASPÓRICAS

        Mujeres afrodescendientes migrantes y desplazadas: racismo y protección
        Aporte a la convocatoria de las Naciones Unidas
        """,
        "civil_society",
        (
            "Corporación mujeres Afrodiaspóricas",
            "Corporación Mujeres Afrodiaspóricas",
        ),
    ),
    # ── acronym: the acronym in one place, the full name in another ──
    Variation(
        "acronym-en-01",
        "Mariana López",
        "mariana.lopez@aamx.example.org.mx",
        "AAMX submission – access to asylum in Mexico",
        """
        Dear members of the Working Group,

        Please find attached our submission on barriers to access the asylum procedure
        in southern Mexico, including the detention of asylum seekers in migration
        stations.

        Best regards,

        Mariana López
        Legal Advocacy Coordinator
        AAMX
        Tapachula | Ciudad de México
        """,
        """
        Asylum Access México (AAMX) A.C.

        Access to asylum in southern Mexico
        Submission to the United Nations Working Group
        """,
        "civil_society",
        (
            "Asylum Access México (AAMX) A.C.",
            "Asylum Access México (AAMX)",
            "Asylum Access México A.C.",
            "Asylum Access México",
        ),
    ),
    Variation(
        "acronym-en-02",
        "Standing Committee on Human Rights and Peace",
        "scorp@ifmsa.example.org",
        "IFMSA input - health of migrants in detention",
        """
        Dear Working Group,

        Medical students from our member organisations have prepared the attached
        input on access to health care for people held in immigration detention.

        Kind regards,

        Liaison Officer for Human Rights and Peace Issues
        International Federation of Medical Students’ Associations
        Geneva, Switzerland
        """,
        """
        IFMSA

        Health behind bars: access to care in immigration detention
        Input to the United Nations call for inputs
        """,
        "civil_society",
        (
            "International Federation of Medical Students’ Associations (IFMSA)",
            "International Federation of Medical Students’ Associations",
            "International Federation of Medical Students' Associations (IFMSA)",
            "International Federation of Medical Students' Associations",
        ),
    ),
    Variation(
        "acronym-en-03",
        "Mylene Santos",
        "mylene.santos@united-dw.example.org",
        "Submission on overseas domestic workers",
        """
        Dear Sir/Madam,

        The United Domestic Workers of the Philippines, a union of Filipino domestic
        workers, is pleased to send the attached submission on migrant domestic workers
        who lose their residence status when they leave an abusive employer.

        Salamat po,

        Mylene Santos
        Secretary
        UNITED
        """,
        """
        UNITED
        United Domestic Workers of the Philippines

        Leaving an abusive employer should not mean losing your status
        Submission to the United Nations call for inputs
        """,
        "other",
        (
            "United Domestic Workers of the Philippines (UNITED)",
            "United Domestic Workers of the Philippines",
        ),
    ),
    Variation(
        "acronym-en-04",
        "Coordination MIREDES",
        "coordinacion@miredes.example.org",
        "Submission - MIREDES",
        """
        Dear colleagues,

        Please find our submission attached. It gathers the experience of diaspora
        organisations working on migration and development in Europe and Latin America.

        Regards,

        Coordination Team
        MIREDES
        www.miredes.example.org
        """,
        """
        MIREDES Internacional

        Diasporas as actors of rights and development
        Submission to the United Nations call for inputs
        """,
        "civil_society",
        ("MIREDES Internacional",),
    ),
    Variation(
        "acronym-en-05",
        "PSI Migration",
        "migration@world-psi.example.org",
        "Call for inputs - public services for migrants",
        """
        Dear Secretariat,

        Please find attached the contribution of our global union federation on the
        role of public service workers in protecting the rights of migrants, and on
        the firewall between public services and immigration enforcement.

        In solidarity,

        Migration and Refugees Programme
        PSI
        Ferney-Voltaire, France
        """,
        """
        Public Services International

        Public services, not border guards: the firewall between care and enforcement
        Contribution to the United Nations call for inputs
        """,
        "other",
        ("Public Services International (PSI)", "Public Services International"),
    ),
    Variation(
        "acronym-fr-06",
        "Secrétariat FSGMAS",
        "secretariat@fsgmas.example.org",
        "Contribution de la FSGMAS",
        """
        Madame, Monsieur,

        Nous avons l'honneur de vous transmettre la contribution de notre fédération sur
        les marins migrants abandonnés dans les ports du golfe de Guinée.

        Salutations syndicales,

        Le Secrétaire général
        FSGMAS
        Abidjan – Dakar – Lomé
        """,
        """
        Fédération des syndicats des gens de mer de l'Atlantique-Sud

        Marins abandonnés : les gens de mer migrants dans les ports du golfe de Guinée
        Contribution au Groupe de travail des Nations Unies
        """,
        "other",
        (
            "Fédération des syndicats des gens de mer de l'Atlantique-Sud (FSGMAS)",
            "Fédération des syndicats des gens de mer de l'Atlantique-Sud",
        ),
    ),
    Variation(
        "acronym-fr-07",
        "Céline Marchetti",
        "celine.marchetti@univ-rivebelle.example.fr",
        "Contribution du CEFM",
        """
        Madame, Monsieur,

        Je vous prie de bien vouloir trouver ci-joint la contribution de notre centre de
        recherche sur le contrôle des frontières intérieures de l'espace Schengen.

        Bien cordialement,

        Céline Marchetti
        Maîtresse de conférences en droit public
        Directrice adjointe du CEFM
        Université de Rivebelle
        """,
        """
        Centre d'études sur les frontières et les mobilités
        Université de Rivebelle

        Le retour des contrôles aux frontières intérieures de l'espace Schengen
        Contribution à l'appel du Groupe de travail des Nations Unies
        """,
        "academic",
        (
            "Centre d'études sur les frontières et les mobilités (CEFM), Université de Rivebelle",
            "Centre d'études sur les frontières et les mobilités, Université de Rivebelle",
            "Centre d'études sur les frontières et les mobilités (CEFM)",
            "Centre d'études sur les frontières et les mobilités",
        ),
    ),
    Variation(
        "acronym-fr-08",
        "Inês Carvalho",
        "ines.carvalho@jrsportugal.example.pt",
        "Contribution – JRS Portugal",
        """
        Madame, Monsieur,

        Je vous transmets la contribution de notre organisation sur l'accès au logement
        et à l'emploi des personnes réfugiées réinstallées au Portugal.

        Avec mes meilleures salutations,

        Inês Carvalho
        Responsable du plaidoyer
        JRS Portugal
        Lisbonne
        """,
        """
        JRS (Jesuit Refugee Service) Portugal

        Logement et emploi des personnes réfugiées réinstallées au Portugal
        Contribution à l'appel à contributions
        """,
        "civil_society",
        (
            "JRS (Jesuit Refugee Service) Portugal",
            "JRS Portugal",
            "Jesuit Refugee Service Portugal",
            "Jesuit Refugee Service Portugal (JRS Portugal)",
        ),
    ),
    Variation(
        "acronym-es-09",
        "Área de Migraciones",
        "migraciones@apdha.example.org",
        "Aportación APDHA – frontera sur",
        """
        Estimados/as:

        Os enviamos nuestra aportación sobre las muertes y desapariciones de personas
        migrantes en la frontera sur, elaborada a partir de nuestro balance anual.

        Un saludo,

        Área de Migraciones
        APDHA
        Sevilla
        www.apdha.example.org
        """,
        """
        Asociación Pro Derechos Humanos de Andalucía

        Derechos humanos en la frontera sur
        Aportación al Grupo de Trabajo de las Naciones Unidas
        """,
        "civil_society",
        (
            "Asociación Pro Derechos Humanos de Andalucía (APDHA)",
            "APDHA Asociación Pro Derechos Humanos de Andalucía",
            "Asociación Pro Derechos Humanos de Andalucía",
        ),
    ),
    Variation(
        "acronym-es-10",
        "Dirección CCAMYN",
        "direccion@ccamyn.example.org.mx",
        "Aporte CCAMYN",
        """
        Estimado Grupo de Trabajo:

        El Centro Comunitario de Atención al Migrante y Necesitado les hace llegar su
        aporte sobre las personas migrantes que transitan por el centro del país y la
        atención humanitaria que reciben.

        Atentamente,

        Dirección
        CCAMYN
        Estado de México
        """,
        """
        Personas migrantes en tránsito por el centro de México
        Aporte al Grupo de Trabajo de las Naciones Unidas
        Marzo de 2026
        """,
        "civil_society",
        (
            "Centro Comunitario de Atención al Migrante y Necesitado (CCAMYN)",
            "CCAMYN Centro Comunitario de Atención al Migrante y Necesitado",
            "Centro Comunitario de Atención al Migrante y Necesitado",
        ),
    ),
    # ── bilingual: the organisation's name in two languages ──
    Variation(
        "bilingual-en-01",
        "IDWF Secretariat",
        "info@idwfed.example.org",
        "IDWF / FITH submission – migrant domestic workers",
        """
        Dear members of the Working Group,

        Please find attached the submission of our federation on the situation of
        migrant domestic workers, drawing on reports from our affiliates in Asia, Africa,
        Latin America and the Middle East.

        In solidarity,

        Secretariat
        International Domestic Workers Federation (IDWF)
        Federación Internacional de Trabajadoras del Hogar (FITH)
        Hong Kong
        """,
        """
        IDWF · FITH

        Migrant domestic workers: a decade after Convention No. 189
        Submission to the United Nations Working Group
        """,
        "other",
        (
            "International Domestic Workers Federation (IDWF)",
            "International Domestic Workers Federation",
            "Federación Internacional de Trabajadoras del Hogar (FITH)",
            "Federación Internacional de Trabajadoras del Hogar",
        ),
    ),
    Variation(
        "bilingual-en-02",
        "Oficina Regional SJR",
        "incidencia.lac@sjrlac.example.org",
        "Submission – Jesuit Refugee Service Latin America and the Caribbean",
        """
        Dear Working Group,

        On behalf of our regional office, I am pleased to share the attached submission
        on the regularisation of Venezuelan migrants and refugees in host countries of
        the region.

        Kind regards,

        Andrés Villamizar
        Advocacy Officer
        Servicio Jesuita a Refugiados – Oficina Regional Latinoamérica y el Caribe
        Jesuit Refugee Service – Latin America and the Caribbean Regional Office
        Bogotá, Colombia
        """,
        """
        Servicio Jesuita a Refugiados
        Oficina Regional Latinoamérica y el Caribe

        Regularisation of Venezuelan migrants and refugees in the region
        Submission to the United Nations call for inputs
        """,
        "civil_society",
        (
            "Servicio Jesuita a Refugiados – Oficina Regional Latinoamérica y el Caribe",
            "Servicio Jesuita a Refugiados - Oficina Regional Latinoamérica y el Caribe",
            "Jesuit Refugee Service – Latin America and the Caribbean Regional Office",
            "Jesuit Refugee Service - Latin America and the Caribbean Regional Office",
        ),
    ),
    Variation(
        "bilingual-en-03",
        "Fr. Tomás Aguilar, OFM",
        "coordinacion@redfranciscana.example.org",
        "Submission of the Franciscan Network for Migrants",
        """
        Dear Sirs and Madams,

        Peace and all good. The Franciscan Network for Migrants is pleased to submit the
        attached information on the people our shelters and parishes accompany along
        the migration route from Central America to the United States.

        Fraternally,

        Fr. Tomás Aguilar, OFM
        General Coordinator
        Red Franciscana para Migrantes | Franciscan Network for Migrants
        """,
        "",
        "civil_society",
        ("Red Franciscana para Migrantes", "Franciscan Network for Migrants"),
    ),
    Variation(
        "bilingual-en-04",
        "Juliana Restrepo",
        "jrestrepo@dejusticia.example.org",
        "Dejusticia - submission to the call for inputs",
        """
        Dear members of the Working Group,

        I am pleased to share with you Dejusticia's submission on the right to
        nationality of children born in Colombia to Venezuelan parents.

        Best regards,

        Juliana Restrepo
        Researcher
        Dejusticia
        Bogotá, Colombia
        """,
        """
        Dejusticia
        Centro de Estudios de Derecho, Justicia y Sociedad
        Center for Law, Justice and Society

        The right to a nationality of children born in Colombia to Venezuelan parents
        Submission to the United Nations Working Group
        """,
        "civil_society",
        (
            "Dejusticia",
            "Centro de Estudios de Derecho, Justicia y Sociedad (Dejusticia)",
            "Centro de Estudios de Derecho, Justicia y Sociedad",
            "Dejusticia – Centro de Estudios de Derecho, Justicia y Sociedad",
            "Center for Law, Justice and Society (Dejusticia)",
        ),
    ),
    Variation(
        "bilingual-en-05",
        "IACE Madrid",
        "iace@ica-spain.example.es",
        "Contribution to the call for inputs",
        """
        Dear Sir/Madam,

        On behalf of the Instituto de Asuntos Culturales, España (IACE), the Spanish
        member of the Institute of Cultural Affairs, we are pleased to send our
        contribution on community-based participation of migrants in local decision-making.

        Yours sincerely,

        IACE team
        Instituto de Asuntos Culturales, España
        Institute of Cultural Affairs Spain
        Madrid
        """,
        """
        INSTITUTO DE ASUNTOS CULTURALES, ESPAÑA (IACE)

        Participation of migrants in local decision-making: experiences from Spain
        Contribution to the United Nations call for inputs
        """,
        "civil_society",
        (
            "Instituto de Asuntos Culturales, España (IACE)",
            "Instituto de Asuntos Culturales, España",
            "Instituto de Asuntos Culturales (IACE)",
            "Institute of Cultural Affairs Spain",
        ),
    ),
    Variation(
        "bilingual-fr-06",
        "Sr. Jeanne Pelletier",
        "jpelletier@csjmaine.example.org",
        "Contribution des Sœurs de Saint-Joseph",
        """
        Madame, Monsieur,

        Au nom de notre congrégation, je vous transmets ci-joint notre contribution sur
        l'accueil des demandeurs d'asile arrivés récemment dans l'État du Maine et sur
        leur accès au permis de travail.

        Veuillez agréer l'expression de nos sentiments distingués,

        Sœur Jeanne Pelletier
        Bureau Justice et Paix
        Sisters of St. Joseph of Lyon – Maine
        (Sœurs de Saint-Joseph de Lyon, province du Maine)
        """,
        "",
        "other",
        (
            "Sisters of St. Joseph of Lyon – Maine",
            "Sisters of St. Joseph of Lyon - Maine",
            "Sœurs de Saint-Joseph de Lyon, province du Maine",
        ),
    ),
    Variation(
        "bilingual-fr-07",
        "Centre de recherche en droit des réfugiés",
        "crdr@uvalboreal.example.ca",
        "Contribution – Centre de recherche en droit des réfugiés / Refugee Law Research Centre",
        """
        Madame, Monsieur,

        Le Centre de recherche en droit des réfugiés de l'Université de Val-Boréal a le
        plaisir de vous transmettre sa contribution sur la détention des demandeurs
        d'asile dans les établissements provinciaux.

        Cordialement,

        Nathalie Gagnon, directrice
        Centre de recherche en droit des réfugiés | Refugee Law Research Centre
        Faculté de droit | Faculty of Law
        Université de Val-Boréal | Val-Boréal University
        """,
        """
        Centre de recherche en droit des réfugiés | Refugee Law Research Centre
        Université de Val-Boréal

        La détention des demandeurs d'asile dans les établissements provinciaux
        Contribution au Groupe de travail des Nations Unies
        """,
        "academic",
        (
            "Centre de recherche en droit des réfugiés, Université de Val-Boréal",
            "Centre de recherche en droit des réfugiés",
            "Refugee Law Research Centre, Val-Boréal University",
            "Refugee Law Research Centre",
        ),
    ),
    Variation(
        "bilingual-es-08",
        "SJR Ecuador",
        "comunicacion@sjrecuador.example.org.ec",
        "Aporte del Servicio Jesuita a Refugiados Ecuador",
        """
        Estimados/as miembros del Grupo de Trabajo:

        Reciban un cordial saludo. Adjuntamos el aporte de nuestra organización sobre el
        acceso a la protección internacional y a la regularización de las personas
        refugiadas y migrantes en Ecuador.

        Atentamente,

        Equipo de Incidencia
        Servicio Jesuita a Refugiados Ecuador
        Jesuit Refugee Service, Ecuador
        Quito
        """,
        """
        Servicio Jesuita a Refugiados Ecuador

        Protección internacional y regularización en Ecuador
        Aporte al Grupo de Trabajo de las Naciones Unidas
        """,
        "civil_society",
        (
            "Jesuit Refugee Service, Ecuador",
            "Servicio Jesuita a Refugiados Ecuador",
            "Servicio Jesuita a Refugiados, Ecuador",
            "Servicio Jesuita a Refugiados Ecuador (SJR Ecuador)",
            "Jesuit Refugee Service Ecuador",
        ),
    ),
    Variation(
        "bilingual-es-09",
        "Elena Garza Villarreal",
        "egarza@udesiertoalto.example.edu.mx",
        "Aporte del Centro de Estudios Fronterizos",
        """
        Estimados miembros del Grupo de Trabajo:

        Me es grato remitir el aporte del Centro de Estudios Fronterizos sobre las
        muertes de personas migrantes en el desierto.

        Saludos cordiales,

        Dra. Elena Garza Villarreal
        Directora
        """,
        """
        CENTRO DE ESTUDIOS FRONTERIZOS · CENTER FOR BORDER STUDIES
        Universidad del Desierto Alto · High Desert University

        Muertes en el desierto: datos y recomendaciones
        Aporte al Grupo de Trabajo de las Naciones Unidas
        """,
        "academic",
        (
            "Centro de Estudios Fronterizos, Universidad del Desierto Alto",
            "Centro de Estudios Fronterizos",
            "Center for Border Studies, High Desert University",
            "Center for Border Studies",
        ),
    ),
    Variation(
        "bilingual-es-10",
        "Responsabilidad Social",
        "rse@hortalizasbajionorte.example.com.mx",
        "Aporte de la empresa – trabajadores agrícolas temporales",
        """
        Estimados señores:

        Adjunto encontrarán el aporte de nuestra empresa sobre la contratación de
        trabajadores agrícolas temporales y las medidas de debida diligencia que
        aplicamos.

        Atentamente,

        Departamento de Responsabilidad Social
        Hortalizas del Bajío Norte, S.A. de C.V.
        (Northern Bajío Produce)
        Celaya, Guanajuato
        """,
        """
        Contratación responsable de trabajadores agrícolas temporales
        Aporte a la convocatoria de las Naciones Unidas
        Celaya, Guanajuato, marzo de 2026
        """,
        "private_sector",
        (
            "Hortalizas del Bajío Norte, S.A. de C.V.",
            "Hortalizas del Bajío Norte",
            "Northern Bajío Produce",
        ),
    ),
    # ── ngostate: an NGO that names a State or has State-like words in its name ──
    Variation(
        "ngostate-en-01",
        "APSA Steering Committee",
        "steering@azpalestinesolidarity.example.org",
        "Submission on the right of peaceful assembly",
        """
        Dear Special Rapporteur and members of the Working Group,

        The Arizona Palestine Solidarity Alliance submits the attached account of the
        policing of peaceful vigils and of restrictions on student assemblies in
        Phoenix and Tucson in 2025 and 2026.

        Respectfully,

        Steering Committee
        Arizona Palestine Solidarity Alliance
        Phoenix, Arizona
        """,
        """
        ARIZONA PALESTINE SOLIDARITY ALLIANCE

        Vigils under watch: the policing of peaceful assemblies in Arizona
        Submission to the United Nations Special Rapporteur and Working Group
        """,
        "civil_society",
        (
            "Arizona Palestine Solidarity Alliance",
            "Arizona Palestine Solidarity Alliance (APSA)",
        ),
    ),
    Variation(
        "ngostate-en-02",
        "O'Brien, Kathleen",
        "kobrien@gsadvocacy.example.org",
        "Submission – trafficking of women and girls in migration",
        """
        Dear members of the Working Group,

        I am pleased to submit the attached input on behalf of the National Advocacy
        Center of the Sisters of the Good Shepherd. It draws on the experience of Good
        Shepherd programmes for women and girls who survived trafficking in the course
        of migration.

        Sincerely,

        Kathleen O'Brien
        Policy Associate
        National Advocacy Center of the Sisters of the Good Shepherd
        Silver Spring, Maryland
        """,
        """
        National Advocacy Center of the Sisters of the Good Shepherd

        Women and girls trafficked in the course of migration
        Submission to the United Nations Working Group
        """,
        "civil_society",
        ("National Advocacy Center of the Sisters of the Good Shepherd",),
    ),
    Variation(
        "ngostate-en-03",
        "Fr. Michael Duran",
        "mduran@fnm-usa.example.org",
        "FNM-USA submission: asylum at the southern border",
        """
        Dear Working Group,

        Attached please find our submission on access to asylum at ports of entry on
        the southern border of the United States and on the expulsion of families.

        Peace and all good,

        Fr. Michael Duran, OFM
        Coordinator
        Franciscan Network for Migrants – USA
        """,
        """
        Franciscan Network for Migrants – USA

        Access to asylum at ports of entry on the southern border of the United States
        Submission to the United Nations Working Group
        """,
        "civil_society",
        (
            "Franciscan Network for Migrants – USA",
            "Franciscan Network for Migrants - USA",
            "Franciscan Network for Migrants – USA (FNM-USA)",
            "Franciscan Network for Migrants - USA (FNM-USA)",
            "Franciscan Network for Migrants",
        ),
    ),
    Variation(
        "ngostate-en-04",
        "FADWU Hong Kong",
        "fadwu@hkfadwu.example.org.hk",
        "Submission of the Hong Kong Federation of Asian Domestic Workers Unions",
        """
        Dear Sir/Madam,

        Please find attached our submission on the live-in rule and on the two-week
        rule for migrant domestic workers whose contracts end.

        Thank you.

        Executive Committee
        Hong Kong Federation of Asian Domestic Workers Unions (FADWU)
        Kowloon, Hong Kong
        """,
        """
        HONG KONG FEDERATION OF ASIAN DOMESTIC WORKERS UNIONS

        The live-in rule and the two-week rule
        Submission to the United Nations call for inputs
        """,
        "other",
        (
            "Hong Kong Federation of Asian Domestic Workers Unions (FADWU)",
            "Hong Kong Federation of Asian Domestic Workers Unions",
        ),
    ),
    Variation(
        "ngostate-en-05",
        "General Secretary NDWWU",
        "gensec@ndwwu.example.org",
        "Submission – domestic workers and internal migration",
        """
        Respected members of the Working Group,

        On behalf of the National Domestic Women’s Workers Union, I submit the attached
        input on women domestic workers who migrate from rural districts to cities and
        are denied wages, rest days and identity documents.

        With regards,

        General Secretary
        National Domestic Women’s Workers Union
        """,
        "",
        "other",
        (
            "National Domestic Women’s Workers Union",
            "National Domestic Women's Workers Union",
            "National Domestic Women’s Workers Union (NDWWU)",
            "National Domestic Women's Workers Union (NDWWU)",
        ),
    ),
    Variation(
        "ngostate-fr-06",
        "Coordination – Civic Coalition",
        "info@civiccoalition-jerusalem.example.org",
        "Contribution – droit à la résidence à Jérusalem",
        """
        Madame, Monsieur,

        Nous avons l'honneur de vous adresser la contribution de notre coalition sur la
        révocation des droits de résidence et les démolitions de logements à Jérusalem.

        Nous vous prions d'agréer, Madame, Monsieur, l'expression de notre haute
        considération.

        L'équipe de coordination
        The Civic Coalition for Palestinian Rights in Jerusalem
        Jérusalem
        """,
        """
        The Civic Coalition for Palestinian Rights in Jerusalem

        Révocation des droits de résidence et démolitions de logements à Jérusalem
        Contribution au Groupe de travail des Nations Unies
        """,
        "civil_society",
        (
            "The Civic Coalition for Palestinian Rights in Jerusalem",
            "Civic Coalition for Palestinian Rights in Jerusalem",
        ),
    ),
    Variation(
        "ngostate-fr-07",
        "Abbé Jean-Pierre Mukendi",
        "justicepaix@diocese-valbrune.example.org",
        "Contribution de la Commission Justice et Paix",
        """
        Madame, Monsieur,

        La Commission diocésaine Justice et Paix de Valbrune a l'honneur de vous faire
        parvenir sa contribution sur les conditions de vie des travailleurs saisonniers
        étrangers dans les exploitations agricoles du diocèse.

        Fraternellement,

        Abbé Jean-Pierre Mukendi
        Secrétaire
        Commission diocésaine Justice et Paix
        Diocèse de Valbrune
        """,
        """
        Diocèse de Valbrune
        Commission diocésaine Justice et Paix

        Les travailleurs saisonniers étrangers dans nos campagnes
        Contribution à l'appel du Groupe de travail
        """,
        "other",
        (
            "Commission diocésaine Justice et Paix de Valbrune",
            "Commission diocésaine Justice et Paix, Diocèse de Valbrune",
            "Commission Justice et Paix, Diocèse de Valbrune",
            "Diocèse de Valbrune",
        ),
    ),
    Variation(
        "ngostate-fr-08",
        "Nikos Papadopoulos",
        "n.papadopoulos@dci-greece.example.gr",
        "Contribution – DCI Greece",
        """
        Madame, Monsieur,

        Veuillez trouver ci-joint la contribution de notre section sur la détention des
        enfants non accompagnés au titre de la « garde protectrice » en Grèce.

        Cordialement,

        Nikos Papadopoulos
        Avocat
        DCI Greece
        Athènes
        """,
        """
        Defence for Children International Greece

        La détention des enfants non accompagnés en Grèce
        Contribution à l'appel du Groupe de travail des Nations Unies
        """,
        "civil_society",
        (
            "Defence for Children International Greece",
            "Defence for Children International Greece (DCI Greece)",
            "DCI Greece",
        ),
    ),
    Variation(
        "ngostate-es-09",
        "AFAMIDEG Guatemala",
        "afamideg@familiares-migrantes.example.org.gt",
        "Aporte – migrantes desaparecidos",
        """
        Estimados señores y señoras:

        En nombre de la Asociación de Familiares de Migrantes Desaparecidos de
        Guatemala, les hacemos llegar nuestro aporte sobre la búsqueda de las personas
        migrantes desaparecidas en su ruta hacia el norte y la identificación de restos.

        Atentamente,

        Junta Directiva
        AFAMIDEG
        Ciudad de Guatemala
        """,
        "",
        "civil_society",
        (
            "Asociación de Familiares de Migrantes Desaparecidos de Guatemala",
            "Asociación de Familiares de Migrantes Desaparecidos de Guatemala (AFAMIDEG)",
        ),
    ),
    Variation(
        "ngostate-es-10",
        "Comisión Directiva AMUMRA",
        "amumra@amumra.example.org.ar",
        "Aporte de AMUMRA a la convocatoria",
        """
        Estimadas y estimados:

        Desde AMUMRA les acercamos nuestro aporte sobre el acceso a la documentación y a
        la salud de las mujeres migrantes y refugiadas en la Argentina.

        Saludos cordiales,

        Comisión Directiva
        AMUMRA Asociacion Civil de Derechos Humanos Mujeres Unidas Migrantes y Refugiadas en Argentina
        Buenos Aires
        """,
        """
        AMUMRA

        Mujeres migrantes y refugiadas en la Argentina: documentación y salud
        Aporte a la convocatoria de las Naciones Unidas
        """,
        "civil_society",
        (
            "AMUMRA Asociacion Civil de Derechos Humanos Mujeres Unidas Migrantes y "
            "Refugiadas en Argentina",
            "Asociacion Civil de Derechos Humanos Mujeres Unidas Migrantes y Refugiadas en "
            "Argentina (AMUMRA)",
            "Asociación Civil de Derechos Humanos Mujeres Unidas Migrantes y Refugiadas en "
            "Argentina (AMUMRA)",
            "Mujeres Unidas Migrantes y Refugiadas en Argentina (AMUMRA)",
            "Mujeres Unidas Migrantes y Refugiadas en Argentina",
        ),
    ),
    # ── company: companies and business associations ──
    Variation(
        "company-en-01",
        "Compliance Team",
        "compliance@northgate-logistics.example.co.uk",
        "Response to the call for inputs – migrant drivers in road haulage",
        """
        Dear Sir or Madam,

        Please find attached our response to the call for inputs on the working
        conditions of migrant drivers in international road haulage.

        Yours faithfully,

        Compliance Team
        Northgate Logistics Ltd
        Unit 7, Meridian Park, Doncaster DN4 0XX
        Registered in England and Wales No. 00000000

        This e-mail is confidential and may be legally privileged. If you have received it
        in error, please notify the sender and delete it. Northgate Logistics Ltd accepts no
        liability for viruses transmitted by this e-mail.
        """,
        """
        Migrant drivers in international road haulage
        Response to the United Nations call for inputs
        Northgate Logistics Ltd – Compliance Team – April 2026
        """,
        "private_sector",
        ("Northgate Logistics Ltd", "Northgate Logistics"),
    ),
    Variation(
        "company-en-02",
        "Priya Nair",
        "p.nair@coastalhospitality.example.org",
        "Input from hotel employers",
        """
        Dear members of the Working Group,

        On behalf of the Coastal Hospitality Employers' Association, I am pleased to
        share our input on the recruitment of seasonal migrant workers in hotels and
        restaurants, and on the steps our members take against recruitment fees.

        Kind regards,

        Priya Nair
        Policy Manager
        """,
        "",
        "private_sector",
        (
            "Coastal Hospitality Employers' Association",
            "Coastal Hospitality Employers’ Association",
        ),
    ),
    Variation(
        "company-en-03",
        "Sarah Lindgren",
        "s.lindgren@veridex.example.com",
        "Biometrics at borders – company input",
        """
        Dear Working Group,

        Please see attached our input on human rights due diligence in the supply of
        biometric systems to border authorities.

        Best regards,
        Sarah Lindgren | Head of Human Rights | www.veridex.example.com
        """,
        """
        VERIDEX BIOMETRICS INC.

        Human rights due diligence in the supply of biometric border systems
        Input to the United Nations call for inputs
        """,
        "private_sector",
        ("Veridex Biometrics Inc.", "Veridex Biometrics"),
    ),
    Variation(
        "company-en-04",
        "Okonjo, Chidi",
        "chidi.okonjo@hartleyokonjo.example.com",
        "Submission of Hartley Okonjo LLP",
        """
        Dear Sir/Madam,

        Our firm acts for companies and workers in labour migration matters. Please
        find attached our observations on remedies for migrant workers in corporate
        supply chains.

        Yours sincerely,

        Chidi Okonjo
        Partner
        Hartley Okonjo LLP
        12 Marina Road, Lagos
        T +234 1 000 0000
        """,
        """
        HARTLEY OKONJO LLP
        Barristers & Solicitors

        Remedies for migrant workers in corporate supply chains
        Observations submitted to the United Nations Working Group
        """,
        "private_sector",
        ("Hartley Okonjo LLP", "Hartley Okonjo"),
    ),
    Variation(
        "company-en-05",
        "Group Sustainability",
        "sustainability@kestrelridge.example.com",
        "Kestrel Ridge Mining plc – response to the call for inputs",
        """
        Dear colleagues,

        Please find attached our response, which sets out our approach to the resettlement
        of communities and to engagement with migrant contractors at our sites.

        Regards,

        Group Sustainability
        """,
        "",
        "private_sector",
        ("Kestrel Ridge Mining plc", "Kestrel Ridge Mining"),
    ),
    Variation(
        "company-fr-06",
        "Direction juridique",
        "juridique@transports-marechal.example.fr",
        "Contribution – conducteurs détachés",
        """
        Madame, Monsieur,

        Nous vous prions de trouver ci-joint la contribution de notre entreprise sur les
        conditions de travail des conducteurs routiers détachés.

        Nous vous prions d'agréer nos salutations distinguées.

        Direction juridique
        Transports Maréchal & Fils SAS
        ZI des Brotteaux – 69000 Lyon
        SAS au capital de 000 000 € – RCS Lyon 000 000 000
        """,
        """
        Les conducteurs routiers détachés : conditions de travail et mesures prises
        Contribution de l'entreprise à l'appel des Nations Unies
        """,
        "private_sector",
        ("Transports Maréchal & Fils SAS", "Transports Maréchal & Fils"),
    ),
    Variation(
        "company-fr-07",
        "Bertrand Castagné",
        "b.castagne@ceaso.example.fr",
        "Contribution des employeurs agricoles",
        """
        Madame, Monsieur,

        Au nom de la Confédération des employeurs agricoles du Sud-Ouest, j'ai le plaisir
        de vous adresser notre contribution sur l'emploi de travailleurs saisonniers
        étrangers et sur le logement que leur offrent nos adhérents.

        Bien cordialement,

        Bertrand Castagné
        Délégué général
        CEASO
        """,
        """
        CEASO
        Confédération des employeurs agricoles du Sud-Ouest

        L'emploi de travailleurs saisonniers étrangers dans l'agriculture du Sud-Ouest
        Contribution au Groupe de travail des Nations Unies
        """,
        "private_sector",
        (
            "Confédération des employeurs agricoles du Sud-Ouest (CEASO)",
            "Confédération des employeurs agricoles du Sud-Ouest",
        ),
    ),
    Variation(
        "company-es-08",
        "QUISPE MAMANI ROSA",
        "rquispe@textilesandinos.example.com.pe",
        "Aporte – trabajadores migrantes en la industria textil",
        """
        Estimados señores:

        Por medio del presente, les hago llegar el aporte de nuestra empresa sobre la
        contratación de trabajadoras y trabajadores migrantes venezolanos en la
        industria textil.

        Atentamente,

        Rosa Quispe Mamani
        Jefa de Recursos Humanos
        Textiles Andinos del Sur S.A.C.
        Arequipa – Perú
        """,
        """
        TEXTILES ANDINOS DEL SUR S.A.C.

        Contratación de personas migrantes en la industria textil
        Aporte a la convocatoria de las Naciones Unidas
        """,
        "private_sector",
        ("Textiles Andinos del Sur S.A.C.", "Textiles Andinos del Sur"),
    ),
    Variation(
        "company-es-09",
        "Gerencia",
        "gerencia@floresaltiplano.example.com.co",
        "Aporte gremial – floricultura",
        """
        Buenos días:

        Adjuntamos el aporte del gremio sobre las condiciones laborales de las personas
        migrantes empleadas en los cultivos de flores de exportación.

        Cordialmente,

        Gerencia
        """,
        """
        ASOCIACIÓN DE EXPORTADORES DE FLORES DEL ALTIPLANO

        Trabajo migrante en la floricultura de exportación
        Aporte a la convocatoria de las Naciones Unidas
        """,
        "private_sector",
        ("Asociación de Exportadores de Flores del Altiplano",),
    ),
    Variation(
        "company-es-10",
        "Ing. Héctor Salazar",
        "hsalazar@constructorapacificonorte.example.mx",
        "Aporte – Constructora Pacífico Norte",
        """
        Estimados miembros del Grupo de Trabajo:

        En nombre de Constructora Pacífico Norte, S.A. de C.V., remito nuestro aporte
        sobre la contratación de trabajadores migrantes en obras de infraestructura.

        Saludos cordiales,

        Ing. Héctor Salazar
        Director de Cumplimiento
        Constructora Pacífico Norte, S.A. de C.V.
        Mazatlán, Sinaloa

        La información contenida en este correo es confidencial y para uso exclusivo del
        destinatario. Si lo recibió por error, favor de eliminarlo.
        """,
        """
        Constructora Pacífico Norte, S.A. de C.V.

        Trabajadores migrantes en obras de infraestructura: política de contratación
        Aporte a la convocatoria del Grupo de Trabajo
        """,
        "private_sector",
        (
            "Constructora Pacífico Norte, S.A. de C.V.",
            "Constructora Pacífico Norte S.A. de C.V.",
            "Constructora Pacífico Norte",
        ),
    ),
    # ── igo: intergovernmental bodies ──
    Variation(
        "igo-en-01",
        "Hassan, Omar",
        "ohassan@unicef.example.org",
        "UNICEF input – children in migration",
        """
        Dear colleagues,

        Please find attached the input of the UNICEF Regional Office for Europe and
        Central Asia to the call for inputs on children in migration, including
        alternatives to immigration detention for children and families.

        Best regards,

        Omar Hassan
        Migration Specialist
        UNICEF Regional Office for Europe and Central Asia
        Palais des Nations, Geneva
        """,
        """
        unicef | for every child

        Children in migration in Europe and Central Asia
        Input to the call for inputs of the United Nations Working Group
        UNICEF Regional Office for Europe and Central Asia
        """,
        "international_org",
        (
            "United Nations Children's Fund (UNICEF)",
            "United Nations Children's Fund",
            "UNICEF",
            "UNICEF Regional Office for Europe and Central Asia",
        ),
    ),
    Variation(
        "igo-en-02",
        "IML Unit",
        "iml@iom.example.int",
        "IOM contribution to the call for inputs",
        """
        Dear Secretariat,

        The International Organization for Migration (IOM) is pleased to share the
        attached contribution on the protection of migrants in vulnerable situations at
        borders.

        With best regards,

        International Migration Law Unit
        International Organization for Migration (IOM)
        17 route des Morillons, 1211 Geneva 19, Switzerland
        """,
        "",
        "international_org",
        (
            "International Organization for Migration (IOM)",
            "International Organization for Migration",
            "IOM",
        ),
    ),
    Variation(
        "igo-en-03",
        "Adeyemi Folake",
        "f.adeyemi@commonwealth.example.int",
        "Commonwealth Secretariat – submission",
        """
        Dear Sir/Madam,

        Kindly find attached the submission of the Commonwealth Secretariat on the work
        of national human rights institutions in small island states on the rights of
        migrants.

        Kind regards,

        Folake Adeyemi
        Adviser, Human Rights Unit
        Commonwealth Secretariat
        Marlborough House, Pall Mall, London

        The information in this e-mail is confidential and intended for the named
        recipient only. Views expressed are not necessarily those of the Commonwealth
        Secretariat.
        """,
        """
        Commonwealth Secretariat

        National human rights institutions in small island states and the rights of migrants
        Submission to the United Nations Working Group
        """,
        "international_org",
        ("Commonwealth Secretariat", "The Commonwealth Secretariat"),
    ),
    Variation(
        "igo-en-04",
        "Institutional Cooperation",
        "institutional.cooperation@fra.example.eu",
        "FRA input",
        """
        Dear colleagues,

        Please find attached FRA's input to the call, which summarises our recent
        findings on fundamental rights at the EU's external borders.

        Kind regards,

        Institutional Cooperation and Networks Unit
        FRA
        Vienna
        """,
        """
        EUROPEAN UNION AGENCY FOR FUNDAMENTAL RIGHTS

        Fundamental rights at the EU's external borders
        Input to the call for inputs of the United Nations Working Group
        """,
        "international_org",
        (
            "European Union Agency for Fundamental Rights (FRA)",
            "European Union Agency for Fundamental Rights",
            "EU Agency for Fundamental Rights (FRA)",
            "EU Agency for Fundamental Rights",
        ),
    ),
    Variation(
        "igo-en-05",
        "Dr Ingrid Solberg",
        "solbergi@who.example.int",
        "Submission on the health of refugees and migrants",
        """
        Dear members of the Working Group,

        Attached is a short submission from our office on access to health services for
        refugees and migrants in reception and detention facilities in the European
        Region.

        Yours sincerely,

        Dr Ingrid Solberg
        Technical Officer, Health and Migration Programme
        WHO Regional Office for Europe
        Copenhagen, Denmark
        """,
        """
        World Health Organization
        Regional Office for Europe

        Access to health services for refugees and migrants in reception and detention
        Submission to the United Nations Working Group
        """,
        "international_org",
        (
            "World Health Organization (WHO)",
            "World Health Organization",
            "WHO",
            "WHO Regional Office for Europe",
            "World Health Organization Regional Office for Europe",
        ),
    ),
    Variation(
        "igo-fr-06",
        "Secrétariat CADHP",
        "secretariat@achpr.example.org",
        "Contribution de la Commission africaine des droits de l'homme et des peuples",
        """
        Madame, Monsieur,

        Le Secrétariat de la Commission africaine des droits de l'homme et des peuples a
        l'honneur de transmettre ci-joint la contribution de la Commission, préparée
        avec le Rapporteur spécial sur les réfugiés, les demandeurs d'asile, les
        personnes déplacées et les migrants en Afrique.

        Veuillez agréer, Madame, Monsieur, l'assurance de notre haute considération.

        Le Secrétariat
        Commission africaine des droits de l'homme et des peuples (CADHP)
        Banjul, Gambie
        """,
        """
        Commission africaine des droits de l'homme et des peuples
        African Commission on Human and Peoples' Rights

        Contribution à l'appel à contributions du Groupe de travail des Nations Unies
        """,
        "international_org",
        (
            "Commission africaine des droits de l'homme et des peuples (CADHP)",
            "Commission africaine des droits de l'homme et des peuples",
            "African Commission on Human and Peoples' Rights (ACHPR)",
            "African Commission on Human and Peoples' Rights",
        ),
    ),
    Variation(
        "igo-fr-07",
        "Diallo Mariama",
        "diallom@unhcr.example.org",
        "Contribution du HCR – Afrique de l'Ouest et du Centre",
        """
        Madame, Monsieur,

        Veuillez trouver ci-joint la contribution du Bureau régional du HCR pour
        l'Afrique de l'Ouest et du Centre sur l'accès à l'asile aux frontières terrestres
        du Sahel.

        Cordialement,

        Mariama Diallo
        Administratrice chargée de la protection
        Bureau régional pour l'Afrique de l'Ouest et du Centre
        Haut Commissariat des Nations Unies pour les réfugiés (HCR)
        Dakar, Sénégal
        """,
        """
        HCR – Bureau régional pour l'Afrique de l'Ouest et du Centre

        L'accès à l'asile aux frontières terrestres du Sahel
        Contribution au Groupe de travail des Nations Unies
        """,
        "international_org",
        (
            "Haut Commissariat des Nations Unies pour les réfugiés (HCR)",
            "Haut Commissariat des Nations Unies pour les réfugiés",
            "Haut-Commissariat des Nations Unies pour les réfugiés (HCR)",
            "Office of the United Nations High Commissioner for Refugees (UNHCR)",
            "UNHCR",
            "HCR",
        ),
    ),
    Variation(
        "igo-fr-08",
        "Département du Développement humain",
        "ddh@uemoa.example.int",
        "Contribution de la Commission de l'UEMOA",
        """
        Madame, Monsieur,

        La Commission de l'Union Économique et Monétaire Ouest Africaine vous fait
        parvenir sa contribution relative à la libre circulation et au droit
        d'établissement des ressortissants des États membres.

        Le Département du Développement humain
        Commission de l'UEMOA
        Ouagadougou, Burkina Faso
        """,
        "",
        "international_org",
        (
            "Union Économique et Monétaire Ouest Africaine (UEMOA)",
            "Union Économique et Monétaire Ouest Africaine",
            "Commission de l'UEMOA",
            "Commission de l'Union Économique et Monétaire Ouest Africaine",
            "UEMOA",
            "West African Economic and Monetary Union (WAEMU)",
        ),
    ),
    Variation(
        "igo-es-09",
        "Relatoría sobre Movilidad Humana",
        "cidh-movilidad@oas.example.org",
        "Aporte de la CIDH",
        """
        Estimados/as:

        Por instrucciones de la Relatoría sobre los Derechos de las Personas en Contexto
        de Movilidad Humana, remito adjunto el aporte de la Comisión Interamericana de
        Derechos Humanos a la convocatoria del Grupo de Trabajo.

        Atentamente,

        Secretaría Ejecutiva
        Comisión Interamericana de Derechos Humanos (CIDH)
        Washington, D.C.
        """,
        """
        Comisión Interamericana de Derechos Humanos
        Relatoría sobre los Derechos de las Personas en Contexto de Movilidad Humana

        Aporte a la convocatoria del Grupo de Trabajo de las Naciones Unidas
        """,
        "international_org",
        (
            "Comisión Interamericana de Derechos Humanos (CIDH)",
            "Comisión Interamericana de Derechos Humanos",
            "Inter-American Commission on Human Rights (IACHR)",
            "Inter-American Commission on Human Rights",
        ),
    ),
    Variation(
        "igo-es-10",
        "Paredes Soto, Gabriela",
        "gparedes@comunidadandina.example.org",
        "Aporte de la Secretaría General de la Comunidad Andina",
        """
        Estimados señores:

        Tengo el agrado de remitir el aporte de la Secretaría General de la Comunidad
        Andina sobre el Estatuto Migratorio Andino y la protección de los derechos de las
        personas migrantes de los países miembros.

        Atentamente,

        Gabriela Paredes Soto
        Especialista en Movilidad Humana
        Secretaría General de la Comunidad Andina
        Lima, Perú
        """,
        """
        COMUNIDAD ANDINA
        Secretaría General

        El Estatuto Migratorio Andino y la protección de las personas migrantes
        Aporte al Grupo de Trabajo de las Naciones Unidas
        """,
        "international_org",
        (
            "Secretaría General de la Comunidad Andina",
            "Comunidad Andina",
            "Comunidad Andina (CAN)",
            "Andean Community",
        ),
    ),
    # ── nhri: national human rights institutions ──
    Variation(
        "nhri-en-01",
        "Mwangi, Grace",
        "gmwangi@knchr.example.or.ke",
        "KNCHR submission to the call for inputs",
        """
        Dear Sir/Madam,

        Please find attached the submission of the Kenya National Commission on Human
        Rights on the situation of refugees and asylum seekers in the Dadaab and Kakuma
        camps and their freedom of movement.

        Yours faithfully,

        Grace Mwangi
        Senior Human Rights Officer
        Kenya National Commission on Human Rights
        1st Floor, CVS Plaza, Kasuku Road, off Lenana Road, Nairobi
        Tel: +254 20 000 0000

        DISCLAIMER: This e-mail and any files transmitted with it are confidential and
        intended solely for the use of the addressee.
        """,
        """
        KENYA NATIONAL COMMISSION ON HUMAN RIGHTS

        Refugees and asylum seekers in Kenya: freedom of movement from the camps
        Submission to the United Nations Working Group
        """,
        "nhri",
        (
            "Kenya National Commission on Human Rights",
            "Kenya National Commission on Human Rights (KNCHR)",
        ),
        "KEN",
    ),
    Variation(
        "nhri-en-02",
        "Policy Team",
        "policy@humanrights.example.gov.au",
        "Submission – immigration detention",
        """
        Dear Working Group members,

        Please find attached our submission on immigration detention in Australia,
        including the length of detention and the use of force in detention facilities.

        Kind regards,

        Policy Team
        humanrights.example.gov.au
        """,
        """
        Australian Human Rights Commission

        Immigration detention in Australia
        Submission to the United Nations Working Group
        """,
        "nhri",
        ("Australian Human Rights Commission",),
        "AUS",
    ),
    Variation(
        "nhri-en-03",
        "CHR Migrant Workers Desk",
        "mwd@chr.example.gov.ph",
        "Submission from CHR Philippines",
        """
        Dear Working Group,

        Greetings from the Commission! Kindly find attached our submission on the
        protection of overseas Filipino workers and their families.

        Respectfully,

        Migrant Workers Desk
        CHR
        Quezon City, Philippines
        """,
        """
        Republic of the Philippines
        COMMISSION ON HUMAN RIGHTS

        The rights of overseas Filipino workers and their families
        Submission to the United Nations call for inputs
        """,
        "nhri",
        (
            "Commission on Human Rights of the Philippines",
            "Commission on Human Rights of the Philippines (CHR)",
            "Commission on Human Rights (CHR)",
            "Commission on Human Rights",
        ),
        "PHL",
    ),
    Variation(
        "nhri-en-04",
        "Kwabena Asante",
        "k.asante@chraj.example.gov.gh",
        "Submission of the Commission on Human Rights and Administrative Justice",
        """
        Dear Sir/Madam,

        Attached please find our submission on the treatment of migrants from the
        Sahel in the northern regions of Ghana.

        Yours faithfully,

        Kwabena Asante
        Principal Investigator
        For: Commissioner
        """,
        "",
        "nhri",
        (
            "Commission on Human Rights and Administrative Justice",
            "Commission on Human Rights and Administrative Justice (CHRAJ)",
        ),
        "GHA",
    ),
    Variation(
        "nhri-en-05",
        "Niamh Byrne",
        "nbyrne@ihrec.example.ie",
        "Submission – international protection accommodation",
        """
        Dear members of the Working Group,

        On behalf of the Irish Human Rights and Equality Commission, I am pleased to
        share our submission on accommodation for international protection applicants.

        Is mise le meas,

        Niamh Byrne
        Legal and Policy Officer
        Irish Human Rights and Equality Commission
        Coimisiún na hÉireann um Chearta an Duine agus Comhionannas
        16–22 Green Street, Dublin 7
        """,
        """
        Irish Human Rights and Equality Commission

        Accommodation for international protection applicants in Ireland
        Submission to the United Nations call for inputs
        """,
        "nhri",
        (
            "Irish Human Rights and Equality Commission",
            "Irish Human Rights and Equality Commission (IHREC)",
            "Coimisiún na hÉireann um Chearta an Duine agus Comhionannas",
        ),
        "IRL",
    ),
    Variation(
        "nhri-fr-06",
        "Secrétariat général CNCDH",
        "secretariat@cncdh.example.fr",
        "Contribution de la CNCDH",
        """
        Madame, Monsieur,

        La Commission nationale consultative des droits de l'homme (CNCDH), institution
        nationale des droits de l'homme de la France, a l'honneur de vous adresser sa
        contribution sur la rétention administrative des personnes étrangères.

        Veuillez agréer, Madame, Monsieur, l'expression de notre considération
        distinguée.

        Le Secrétariat général
        CNCDH
        20 avenue de Ségur – 75007 Paris
        """,
        """
        Commission nationale consultative des droits de l'homme

        Contribution de la CNCDH à l'appel à contributions du Groupe de travail
        La rétention administrative des personnes étrangères en France
        """,
        "nhri",
        (
            "Commission nationale consultative des droits de l'homme (CNCDH)",
            "Commission nationale consultative des droits de l'homme",
            "National Consultative Commission on Human Rights",
        ),
        "FRA",
    ),
    Variation(
        "nhri-fr-07",
        "Benani Salma",
        "s.benani@cndh.example.ma",
        "Contribution du CNDH",
        """
        Madame, Monsieur,

        J'ai l'honneur de vous transmettre, au nom de la Présidente, la contribution du
        Conseil national des droits de l'Homme sur la protection des personnes migrantes
        et réfugiées au Maroc.

        Cordialement,

        Salma Benani
        Chargée de mission
        Direction de la promotion des droits de l'Homme
        Conseil national des droits de l'Homme (CNDH)
        Rabat, Royaume du Maroc
        """,
        "",
        "nhri",
        (
            "Conseil national des droits de l'Homme (CNDH)",
            "Conseil national des droits de l'Homme",
            "Conseil national des droits de l'Homme du Maroc",
            "National Human Rights Council of Morocco",
        ),
        "MAR",
    ),
    Variation(
        "nhri-es-08",
        "Adjuntía para los Derechos Humanos",
        "adjuntiaddhh@defensoria.example.gob.pe",
        "Aporte de la Defensoría del Pueblo del Perú",
        """
        Estimados señores:

        Por encargo de la Adjuntía para los Derechos Humanos y las Personas con
        Discapacidad, remitimos el aporte institucional sobre la situación de las
        personas migrantes y refugiadas en la frontera norte.

        Atentamente,

        Adjuntía para los Derechos Humanos y las Personas con Discapacidad
        Defensoría del Pueblo
        Jr. Ucayali 394-398, Lima
        """,
        """
        Defensoría del Pueblo
        Perú

        Personas migrantes y refugiadas en la frontera norte
        Aporte institucional al Grupo de Trabajo de las Naciones Unidas
        """,
        "nhri",
        ("Defensoría del Pueblo del Perú", "Defensoría del Pueblo"),
        "PER",
    ),
    Variation(
        "nhri-es-09",
        "Unidad de Estudios INDH",
        "estudios@indh.example.cl",
        "Contribución del INDH",
        """
        Estimados/as:

        Adjuntamos la contribución del Instituto sobre las expulsiones administrativas
        de personas migrantes en el norte de Chile.

        Saludos cordiales,

        Unidad de Estudios
        INDH
        Santiago
        """,
        """
        INSTITUTO NACIONAL DE DERECHOS HUMANOS

        Expulsiones administrativas de personas migrantes en el norte de Chile
        Contribución al Grupo de Trabajo de las Naciones Unidas
        """,
        "nhri",
        (
            "Instituto Nacional de Derechos Humanos (INDH)",
            "Instituto Nacional de Derechos Humanos",
            "Instituto Nacional de Derechos Humanos de Chile",
        ),
        "CHL",
    ),
    Variation(
        "nhri-es-10",
        "Martina Pereyra",
        "mpereyra@inddhh.example.gub.uy",
        "Aporte de la INDDHH",
        """
        Estimados/as:

        En nombre de la Institución Nacional de Derechos Humanos y Defensoría del
        Pueblo, les hago llegar nuestro aporte sobre las condiciones de las personas
        migrantes en los pasos de frontera terrestres del Uruguay.

        Saludos cordiales,

        Martina Pereyra
        Área de Movilidad Humana
        INDDHH
        Montevideo
        """,
        """
        INDDHH
        Institución Nacional de Derechos Humanos y Defensoría del Pueblo
        Uruguay

        Las personas migrantes en los pasos de frontera terrestres
        Aporte a la convocatoria del Grupo de Trabajo
        """,
        "nhri",
        (
            "Institución Nacional de Derechos Humanos y Defensoría del Pueblo (INDDHH)",
            "Institución Nacional de Derechos Humanos y Defensoría del Pueblo",
            "Institución Nacional de Derechos Humanos y Defensoría del Pueblo del Uruguay",
        ),
        "URY",
    ),
    # ── state: notes verbales, missions, ministries ──
    Variation(
        "state-en-01",
        "Permanent Mission of Norway, Geneva",
        "delgen@mfa.example.no",
        "Note verbale – Norway's response to the call for inputs",
        """
        Dear Secretariat,

        Please find attached a note verbale from the Permanent Mission of Norway, together
        with Norway's response to the call for inputs.

        Best regards,

        Permanent Mission of Norway to the UN in Geneva
        Human Rights Section
        """,
        """
        The Permanent Mission of Norway to the United Nations Office and other
        international organisations in Geneva presents its compliments to the Office of
        the United Nations High Commissioner for Human Rights and has the honour to
        transmit herewith the response of the Government of Norway to the call for inputs
        of the Working Group.

        The Permanent Mission of Norway avails itself of this opportunity to renew to the
        Office of the High Commissioner the assurances of its highest consideration.

        Geneva, 12 March 2026
        """,
        "member_state",
        ("Norway", "Kingdom of Norway"),
        "NOR",
    ),
    Variation(
        "state-en-02",
        "Thompson, Rebecca",
        "rebecca.thompson@dfat.example.gov.au",
        "Australian Government input",
        """
        Dear colleagues,

        Please find attached the Australian Government's input to the call for inputs.
        The input has been prepared with the Department of Home Affairs and the
        Attorney-General's Department.

        Kind regards,

        Rebecca Thompson
        Human Rights Section | Multilateral Policy Division
        Department of Foreign Affairs and Trade
        Canberra ACT
        """,
        """
        Australian Government
        Department of Foreign Affairs and Trade

        Response of Australia to the call for inputs of the United Nations Working Group
        """,
        "member_state",
        ("Australia", "Commonwealth of Australia"),
        "AUS",
    ),
    Variation(
        "state-en-03",
        "Sri Lanka Mission Geneva",
        "mission.geneva@mfa.example.lk",
        "Response of the Government of Sri Lanka",
        """
        The Permanent Mission of the Democratic Socialist Republic of Sri Lanka to the
        United Nations Office and other International Organizations in Geneva presents
        its compliments to the Office of the United Nations High Commissioner for Human
        Rights and has the honour to forward herewith the response of the Government of
        Sri Lanka to the questionnaire of the Working Group.

        The Permanent Mission of Sri Lanka avails itself of this opportunity to renew to
        the Office of the High Commissioner the assurances of its highest consideration.

        Permanent Mission of Sri Lanka
        Geneva
        """,
        "",
        "member_state",
        ("Sri Lanka", "Democratic Socialist Republic of Sri Lanka"),
        "LKA",
    ),
    Variation(
        "state-en-04",
        "Ratu Sevanaia",
        "sevanaia.r@foreignaffairs.example.gov.fj",
        "Fiji submission",
        """
        Bula Vinaka,

        On behalf of the Ministry of Foreign Affairs, I am pleased to submit the attached
        response of the Government of the Republic of Fiji on climate-related
        displacement and the planned relocation of communities.

        Vinaka,

        Ratu Sevanaia
        Principal Foreign Service Officer
        Multilateral Division
        Ministry of Foreign Affairs, Suva
        """,
        """
        Government of the Republic of Fiji
        Ministry of Foreign Affairs

        Response to the call for inputs: climate-related displacement and planned relocation
        """,
        "member_state",
        ("Fiji", "Republic of Fiji"),
        "FJI",
    ),
    Variation(
        "state-en-05",
        "UK Mission Geneva - Human Rights Team",
        "humanrights.geneva@fcdo.example.gov.uk",
        "UK response to the call for inputs",
        """
        Dear colleagues,

        Please find attached the note verbale and the response of the United Kingdom.

        Kind regards,

        Human Rights Team
        UK Mission to the United Nations, Geneva
        """,
        """
        The Permanent Mission of the United Kingdom of Great Britain and Northern Ireland
        to the United Nations and other international organisations at Geneva presents
        its compliments to the Office of the High Commissioner for Human Rights and has
        the honour to enclose the response of the Government of the United Kingdom to
        the call for inputs.
        """,
        "member_state",
        (
            "United Kingdom of Great Britain and Northern Ireland",
            "United Kingdom",
        ),
        "GBR",
    ),
    Variation(
        "state-fr-06",
        "Mission du Sénégal",
        "missionsenegal.geneve@diplomatie.example.sn",
        "Note verbale – contribution du Sénégal",
        """
        Madame, Monsieur,

        Veuillez trouver ci-joint la note verbale de la Mission permanente ainsi que la
        contribution du Gouvernement du Sénégal.

        Cordialement,

        Le Secrétariat
        Mission permanente du Sénégal à Genève
        """,
        """
        N° 000/MPS/G/DH
        La Mission permanente de la République du Sénégal auprès de l'Office des Nations
        Unies à Genève et des autres Organisations internationales en Suisse présente ses
        compliments au Haut-Commissariat des Nations Unies aux droits de l'homme et a
        l'honneur de lui faire parvenir, ci-joint, la contribution du Gouvernement du
        Sénégal.
        """,
        "member_state",
        ("Senegal", "Sénégal", "République du Sénégal"),
        "SEN",
    ),
    Variation(
        "state-fr-07",
        "Van den Broeck Sophie",
        "sophie.vandenbroeck@diplobel.example.be",
        "Contribution de la Belgique",
        """
        Madame, Monsieur,

        Je vous prie de trouver ci-joint la contribution de la Belgique à l'appel à
        contributions, coordonnée par le Service Droits de l'Homme avec les services
        compétents de l'Office des Étrangers et du Commissariat général aux réfugiés et
        aux apatrides.

        Bien à vous,

        Sophie Van den Broeck
        Attachée – Service Droits de l'Homme (M3)
        SPF Affaires étrangères, Commerce extérieur et Coopération au Développement
        Rue des Petits Carmes 15, 1000 Bruxelles
        """,
        """
        Royaume de Belgique
        Service public fédéral Affaires étrangères

        Contribution de la Belgique à l'appel à contributions du Groupe de travail
        """,
        "member_state",
        ("Belgium", "Belgique", "Royaume de Belgique", "Kingdom of Belgium"),
        "BEL",
    ),
    Variation(
        "state-fr-08",
        "Direction des affaires politiques",
        "dap.droitsdelhomme@mae.example.lu",
        "Réponse du Luxembourg au questionnaire",
        """
        Madame, Monsieur,

        Au nom du Ministère des Affaires étrangères et européennes, nous avons l'honneur
        de vous faire parvenir la réponse du Grand-Duché de Luxembourg au questionnaire
        du Groupe de travail.

        Veuillez agréer, Madame, Monsieur, l'expression de notre haute considération.

        Direction des affaires politiques
        Ministère des Affaires étrangères et européennes
        Luxembourg
        """,
        """
        Réponse du Grand-Duché de Luxembourg au questionnaire du Groupe de travail des
        Nations Unies
        """,
        "member_state",
        ("Luxembourg", "Grand-Duché de Luxembourg", "Grand Duchy of Luxembourg"),
        "LUX",
    ),
    Variation(
        "state-es-09",
        "DIGHU - Cancillería",
        "dighu@cancilleria.example.gob.ar",
        "Respuesta de la República Argentina",
        """
        Estimados/as:

        Tengo el agrado de dirigirme a ustedes a fin de remitir la respuesta de la
        República Argentina al cuestionario del Grupo de Trabajo, elaborada con la
        Dirección Nacional de Migraciones.

        Saludos cordiales,

        Dirección de Derechos Humanos
        Ministerio de Relaciones Exteriores, Comercio Internacional y Culto
        Esmeralda 1212, Ciudad Autónoma de Buenos Aires
        """,
        """
        República Argentina
        Ministerio de Relaciones Exteriores, Comercio Internacional y Culto

        Respuesta al cuestionario del Grupo de Trabajo
        """,
        "member_state",
        ("Argentina", "República Argentina", "Argentine Republic"),
        "ARG",
    ),
    Variation(
        "state-es-10",
        "Misión Permanente de Guatemala",
        "onu.ginebra@minex.example.gob.gt",
        "Nota verbal – aporte de Guatemala",
        """
        Estimados señores:

        Se adjunta la nota verbal de esta Misión Permanente con el aporte del Estado de
        Guatemala.

        Atentamente,

        Misión Permanente de Guatemala ante la Oficina de las Naciones Unidas y otros
        Organismos Internacionales en Ginebra
        """,
        """
        NV-OMGG-000-2026
        La Misión Permanente de Guatemala ante la Oficina de las Naciones Unidas y otros
        Organismos Internacionales en Ginebra saluda atentamente a la Oficina del Alto
        Comisionado de las Naciones Unidas para los Derechos Humanos y tiene el honor de
        remitir el aporte del Estado de Guatemala a la convocatoria del Grupo de Trabajo.
        """,
        "member_state",
        ("Guatemala", "República de Guatemala"),
        "GTM",
    ),
    # ── academic: institutes, university centres, professors ──
    Variation(
        "academic-en-01",
        "TJI Admin",
        "tji.admin@ulster.example.ac.uk",
        "Submission from the Transitional Justice Institute",
        """
        Dear Working Group,

        Please find attached a submission prepared by researchers of the Transitional
        Justice Institute on accountability for violations against migrants at sea.

        Best wishes,

        Institute Administrator
        Transitional Justice Institute
        Ulster University, Belfast
        """,
        """
        Transitional Justice Institute
        Ulster University

        Accountability for violations against migrants at sea
        Submission to the United Nations Working Group
        """,
        "academic",
        (
            "Transitional Justice Institute, Ulster University",
            "Transitional Justice Institute",
            "Transitional Justice Institute (TJI), Ulster University",
        ),
    ),
    Variation(
        "academic-en-02",
        "Prof. Helen Achterberg",
        "h.achterberg@eastmoor.example.ac.uk",
        "Academic submission – family reunification",
        """
        Dear members of the Working Group,

        I attach a short submission based on my research on family reunification for
        refugees. I write in my academic capacity; the views are my own and not those of
        my university.

        With best wishes,

        Professor Helen Achterberg
        Chair in Migration Law
        School of Law, University of Eastmoor
        """,
        "",
        "academic",
        (
            "Helen Achterberg",
            "Prof. Helen Achterberg",
            "Professor Helen Achterberg",
            "Helen Achterberg, University of Eastmoor",
            "Prof. Helen Achterberg, University of Eastmoor",
        ),
    ),
    Variation(
        "academic-en-03",
        "Research Office",
        "research.office@kingsbridge.example.ac.uk",
        "Research submission – climate mobility",
        """
        Dear Sir/Madam,

        On behalf of the research team, please find attached our submission to the
        call for inputs on displacement in the context of climate change.

        Kind regards,

        Research Office
        """,
        """
        Centre for Climate Mobility Research
        Kingsbridge University

        Staying, moving, returning: climate mobility in coastal Bangladesh and Senegal
        Submission to the United Nations call for inputs
        """,
        "academic",
        (
            "Centre for Climate Mobility Research, Kingsbridge University",
            "Centre for Climate Mobility Research",
        ),
    ),
    Variation(
        "academic-en-04",
        "Webb, Marcus",
        "mwebb@law.brookhaven.example.edu",
        "Submission – International Human Rights Clinic",
        """
        Dear Working Group,

        The International Human Rights Clinic at Brookhaven University School of Law
        respectfully submits the attached report, prepared by clinic students under my
        supervision, on the detention of asylum-seeking families in private facilities.

        Sincerely,

        Marcus Webb
        Clinical Professor of Law and Director
        International Human Rights Clinic
        Brookhaven University School of Law
        """,
        """
        INTERNATIONAL HUMAN RIGHTS CLINIC
        Brookhaven University School of Law

        Families behind bars: the detention of asylum-seeking families in private facilities
        Submission to the United Nations Working Group
        """,
        "academic",
        (
            "International Human Rights Clinic, Brookhaven University School of Law",
            "International Human Rights Clinic, Brookhaven University",
            "International Human Rights Clinic",
        ),
    ),
    Variation(
        "academic-en-05",
        "Dr Aisha Bello",
        "a.bello@saltmere.example.ac.uk",
        "MBRG submission",
        """
        Dear colleagues,

        Please find attached the submission of the Migration and Borders Research Group
        (MBRG) on the externalisation of border controls to transit countries in West
        Africa.

        Best,
        Dr Aisha Bello
        Lecturer in Human Geography | Convenor, MBRG | University of Saltmere
        """,
        "",
        "academic",
        (
            "Migration and Borders Research Group (MBRG), University of Saltmere",
            "Migration and Borders Research Group, University of Saltmere",
            "Migration and Borders Research Group (MBRG)",
            "Migration and Borders Research Group",
        ),
    ),
    Variation(
        "academic-fr-06",
        "ROUSSEAU Étienne",
        "etienne.rousseau@univ-lorvaine.example.fr",
        "Contribution – Pr Rousseau",
        """
        Madame, Monsieur,

        Je me permets de vous adresser, à titre personnel et en ma qualité d'universitaire,
        une note sur le contrôle juridictionnel des mesures d'éloignement.

        Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations
        respectueuses.

        Étienne Rousseau
        Professeur de droit public
        Université de Lorvaine
        """,
        "",
        "academic",
        (
            "Étienne Rousseau",
            "Pr Étienne Rousseau",
            "Étienne Rousseau, Université de Lorvaine",
            "Pr Étienne Rousseau, Université de Lorvaine",
        ),
    ),
    Variation(
        "academic-fr-07",
        "OMD – Observatoire",
        "omd@uhautesambre.example.be",
        "Contribution de l'Observatoire",
        """
        Bonjour,

        Au nom de l'Observatoire des migrations et des droits (OMD), nous vous transmettons
        notre contribution sur les personnes exilées sans abri à Bruxelles et en Wallonie.

        Bien à vous,

        L'équipe de l'OMD
        Observatoire des migrations et des droits
        Université de Haute-Sambre
        """,
        """
        Université de Haute-Sambre
        Observatoire des migrations et des droits

        Sans abri et sans droits ? Les personnes exilées à Bruxelles et en Wallonie
        Contribution au Groupe de travail des Nations Unies
        """,
        "academic",
        (
            "Observatoire des migrations et des droits (OMD), Université de Haute-Sambre",
            "Observatoire des migrations et des droits, Université de Haute-Sambre",
            "Observatoire des migrations et des droits (OMD)",
            "Observatoire des migrations et des droits",
        ),
    ),
    Variation(
        "academic-es-08",
        "Clínica Jurídica",
        "clinica.movilidad@uriochico.example.edu.co",
        "Aporte de la Clínica Jurídica de Movilidad Humana",
        """
        Estimados miembros del Grupo de Trabajo:

        La Clínica Jurídica de Movilidad Humana de la Facultad de Derecho remite el
        aporte elaborado por sus estudiantes sobre el acceso a la nacionalidad de niñas y
        niños nacidos en Colombia.

        Cordialmente,

        Coordinación
        Clínica Jurídica de Movilidad Humana
        Universidad del Río Chico
        """,
        """
        Universidad del Río Chico
        Facultad de Derecho – Clínica Jurídica de Movilidad Humana

        El acceso a la nacionalidad de niñas y niños nacidos en Colombia
        Aporte al Grupo de Trabajo de las Naciones Unidas
        """,
        "academic",
        (
            "Clínica Jurídica de Movilidad Humana, Universidad del Río Chico",
            "Clínica Jurídica de Movilidad Humana",
        ),
    ),
    Variation(
        "academic-es-09",
        "Mariela Cárdenas Olmos",
        "mcardenas@iis.uvallealto.example.edu.mx",
        "Aporte académico",
        """
        Estimadas y estimados:

        Comparto con ustedes un aporte basado en mi investigación sobre las caravanas de
        personas migrantes y la respuesta del Estado. Lo envío a título académico.

        Saludos cordiales,

        Dra. Mariela Cárdenas Olmos
        Investigadora Titular
        Instituto de Investigaciones Sociales
        Universidad de Valle Alto
        """,
        "",
        "academic",
        (
            "Mariela Cárdenas Olmos",
            "Dra. Mariela Cárdenas Olmos",
            "Mariela Cárdenas Olmos, Universidad de Valle Alto",
            "Dra. Mariela Cárdenas Olmos, Universidad de Valle Alto",
        ),
    ),
    Variation(
        "academic-es-10",
        "PEMD",
        "pemd@uloscerros.example.edu.ar",
        "Aporte del PEMD",
        """
        Estimados/as:

        Adjuntamos el aporte de nuestro programa sobre el trabajo de las personas
        migrantes en la agricultura del norte argentino.

        Saludos,

        PEMD
        """,
        """
        Programa de Estudios sobre Migración y Desarrollo (PEMD)
        Universidad de Los Cerros

        Trabajo migrante en la agricultura del norte argentino
        Aporte a la convocatoria de las Naciones Unidas
        """,
        "academic",
        (
            "Programa de Estudios sobre Migración y Desarrollo (PEMD), Universidad de Los Cerros",
            "Programa de Estudios sobre Migración y Desarrollo, Universidad de Los Cerros",
            "Programa de Estudios sobre Migración y Desarrollo (PEMD)",
            "Programa de Estudios sobre Migración y Desarrollo",
        ),
    ),
    # ── individual: a person writing for themselves ──
    Variation(
        "individual-en-01",
        "JAMES OKELLO",
        "james.okello77@mailbox.example.net",
        "My submission",
        """
        Dear Sir/Madam,

        I am a Ugandan citizen who worked for four years as a security guard in the Gulf.
        I attach my statement about how my passport was kept by my employer and how I
        was detained before I was sent home.

        Thank you for reading it.

        Yours faithfully,
        James Okello
        Kampala
        """,
        """
        Statement of James Okello

        Submitted to the United Nations Working Group
        """,
        "individual",
        ("James Okello",),
    ),
    Variation(
        "individual-en-02",
        "Tran Hoa",
        "tranthihoa.2019@webmail.example.com",
        "Submission from a former domestic worker",
        """
        Dear Working Group,

        My name is Tran Thi Hoa. I worked as a domestic worker abroad for six years. I
        want to share my experience, which is in the attached document.

        Best regards,
        Tran Thi Hoa
        """,
        "",
        "individual",
        ("Tran Thi Hoa",),
    ),
    Variation(
        "individual-en-03",
        "Maggie Collins",
        "maggie.collins@mailbox.example.org.uk",
        "Observations from a hosting volunteer",
        """
        Dear members of the Working Group,

        For the past three years I have hosted refugees in my home through a local
        scheme. I would like to share some observations about the difficulties they
        have faced in finding work and housing, which I have set out in the attached.

        With kind regards,

        Margaret Collins
        Retired teacher, Shrewsbury
        """,
        """
        Hosting refugees at home: what I have seen
        Observations by Margaret Collins
        """,
        "individual",
        ("Margaret Collins", "Maggie Collins"),
    ),
    Variation(
        "individual-en-04",
        "Daniel Asare-Boateng",
        "d.asareboateng@asare-law.example.com",
        "Personal submission",
        """
        Dear Sir or Madam,

        I practise immigration law, but I send the attached observations in a personal
        capacity only. They do not represent the views of my firm or of any client.

        Regards,

        Daniel Asare-Boateng
        Solicitor

        This e-mail may contain privileged information. If you are not the intended
        recipient, please delete it.
        """,
        "",
        "individual",
        ("Daniel Asare-Boateng",),
    ),
    Variation(
        "individual-en-05",
        "",
        "ahmad.karimi93@mailbox.example.net",
        "submission about my detention",
        """
        Hello,

        I am an asylum seeker from Afghanistan. I was held for 7 months in a detention
        centre. I wrote what happened to me in the file. A friend helped me with the
        English.

        Thank you
        Ahmad Karimi
        """,
        "",
        "individual",
        ("Ahmad Karimi",),
    ),
    Variation(
        "individual-fr-06",
        "Seydou Diarra",
        "seydou.diarra.ml@courriel.example.fr",
        "Témoignage",
        """
        Bonjour Madame, Monsieur,

        Je suis Seydou Diarra, originaire du Mali. Je vous envoie mon témoignage sur
        mon passage par le désert et par la Libye. Le document est joint.

        Merci beaucoup,
        Seydou Diarra
        """,
        "",
        "individual",
        ("Seydou Diarra",),
    ),
    Variation(
        "individual-fr-07",
        "DUBOIS Anne-Marie",
        "am.dubois@courriel.example.fr",
        "Contribution d'une infirmière bénévole",
        """
        Madame, Monsieur,

        Infirmière à la retraite, je suis bénévole depuis cinq ans dans une permanence
        de soins pour personnes exilées. Je vous adresse, à titre personnel, les
        observations ci-jointes sur l'accès aux soins.

        Avec mes respectueuses salutations,

        Anne-Marie Dubois
        Grenoble
        """,
        """
        Observations sur l'accès aux soins des personnes exilées
        Anne-Marie Dubois, infirmière retraitée
        """,
        "individual",
        ("Anne-Marie Dubois",),
    ),
    Variation(
        "individual-fr-08",
        "J-B Nzeyimana",
        "jb.nzeyimana@mailbox.example.be",
        "Contribution personnelle – apatridie",
        """
        Madame, Monsieur,

        Je vis en Belgique depuis 2011 sans pouvoir prouver ma nationalité. Je vous
        transmets le récit de mes démarches pour être reconnu apatride.

        Bien à vous,

        Jean-Baptiste Nzeyimana
        Liège
        """,
        "",
        "individual",
        ("Jean-Baptiste Nzeyimana",),
    ),
    Variation(
        "individual-es-09",
        "Luis Fernando Quintero",
        "lfquintero@correo.example.com",
        "Mi aporte",
        """
        Buenas tardes:

        Soy un ciudadano venezolano que vive en Cúcuta desde 2019. Les envío mi aporte
        sobre las dificultades para obtener el permiso de protección temporal.

        Muchas gracias por su atención.

        Luis Fernando Quintero
        """,
        "",
        "individual",
        ("Luis Fernando Quintero",),
    ),
    Variation(
        "individual-es-10",
        "Arriagada María José",
        "mjarriagada@correo.example.cl",
        "Aporte a título personal",
        """
        Estimados/as:

        Soy trabajadora social en un consultorio de salud de Antofagasta. Les envío, a
        título personal, un aporte sobre las barreras que enfrentan las mujeres migrantes
        para acceder a la atención prenatal.

        Saludos cordiales,

        María José Arriagada
        Trabajadora social
        """,
        """
        Barreras en el acceso a la atención prenatal de las mujeres migrantes
        Aporte de María José Arriagada
        """,
        "individual",
        ("María José Arriagada",),
    ),
    # ── other: unions, parliamentarians, faith groups, local authorities, students ──
    Variation(
        "other-en-01",
        "Union Secretary",
        "secretary@dcu-taiwan.example.org.tw",
        "Submission from migrant caretakers' union",
        """
        Dear Working Group,

        We are a union of migrant caretakers working in private homes. We submit the
        attached on working hours, days off and the right to change employer.

        In solidarity,

        Union Secretary
        Domestic Caretakers Union in Taiwan
        Taoyuan, Taiwan
        """,
        "",
        "other",
        ("Domestic Caretakers Union in Taiwan",),
    ),
    Variation(
        "other-en-02",
        "Shahidul Islam",
        "shahidul.islam@nftiw.example.org.bd",
        "Submission – migrant workers from Bangladesh",
        """
        Respected Sir/Madam,

        On behalf of our federation, I am submitting the attached paper on recruitment
        fees and debt of workers who migrate from Bangladesh for industrial jobs.

        With best regards,

        Shahidul Islam
        General Secretary
        National Federation of Technical and Industrial Workers (Bangladesh)
        Dhaka
        """,
        """
        National Federation of Technical and Industrial Workers (Bangladesh)

        Recruitment fees and debt bondage of Bangladeshi migrant workers
        Submission to the United Nations Working Group
        """,
        "other",
        (
            "National Federation of Technical and Industrial Workers (Bangladesh)",
            "National Federation of Technical and Industrial Workers",
        ),
    ),
    Variation(
        "other-en-03",
        "Office of Hon. Rachel Ndlovu MP",
        "office.ndlovu@parliament.example.org.za",
        "Submission of Hon. Rachel Ndlovu, MP",
        """
        Dear members of the Working Group,

        Please find attached the submission of Hon. Rachel Ndlovu, Member of Parliament
        and member of the Portfolio Committee on Home Affairs, on the documentation of
        migrants and stateless persons.

        Kind regards,

        Themba Zulu
        Parliamentary Researcher
        Office of Hon. Rachel Ndlovu, MP
        Parliament of the Republic of South Africa, Cape Town
        """,
        """
        Submission of Hon. Rachel Ndlovu, MP
        Member of the Portfolio Committee on Home Affairs

        The documentation of migrants and stateless persons in South Africa
        """,
        "other",
        ("Rachel Ndlovu", "Hon. Rachel Ndlovu", "Hon. Rachel Ndlovu, MP"),
    ),
    Variation(
        "other-en-04",
        "Office of Immigrant Affairs",
        "immigrantaffairs@portkessel.example.gov",
        "City of Port Kessel – submission",
        """
        Dear Working Group,

        Please find attached our city's submission on the role of local government in
        welcoming asylum seekers and on the services our Office of Immigrant Affairs
        provides.

        Sincerely,

        Office of Immigrant Affairs
        City Hall, 200 Main Street
        """,
        """
        CITY OF PORT KESSEL
        Office of the Mayor

        Local government and the welcome of asylum seekers
        Submission to the United Nations Working Group
        """,
        "other",
        ("City of Port Kessel", "Port Kessel"),
    ),
    Variation(
        "other-en-05",
        "Eastfield Islamic Centre",
        "office@eastfieldislamic.example.org.uk",
        "Submission from the Eastfield Islamic Centre",
        """
        Assalamu alaikum and dear members of the Working Group,

        Our centre runs a weekly advice session for refugees and asylum seekers. We
        attach a short submission on the destitution we see among people whose claims
        have been refused.

        With thanks,

        The Trustees
        Eastfield Islamic Centre
        Registered charity no. 0000000
        """,
        "",
        "other",
        ("Eastfield Islamic Centre",),
    ),
    Variation(
        "other-fr-06",
        "Hélène Carpentier",
        "h.carpentier@senat.example.fr",
        "Contribution de Mme Hélène Carpentier, sénatrice",
        """
        Madame, Monsieur,

        En ma qualité de sénatrice et de membre de la commission des lois, je vous
        adresse une contribution sur les conditions de la rétention administrative, que
        j'ai pu observer lors de mes visites de centres.

        Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération
        distinguée.

        Hélène Carpentier
        Sénatrice
        """,
        "",
        "other",
        ("Hélène Carpentier", "Mme Hélène Carpentier", "Hélène Carpentier, sénatrice"),
    ),
    Variation(
        "other-fr-07",
        "Bureau AEDI",
        "bureau.aedi@etu.univ-lorvaine.example.fr",
        "Contribution des étudiants en droit international",
        """
        Bonjour,

        Nous vous adressons la contribution de notre association étudiante, rédigée dans
        le cadre d'un atelier de recherche sur les droits des personnes migrantes.

        Bien cordialement,

        Le Bureau
        Association des étudiants en droit international (AEDI)
        Université de Lorvaine
        """,
        """
        AEDI
        Association des étudiants en droit international
        Université de Lorvaine

        Les droits des personnes migrantes : travaux d'un atelier étudiant
        """,
        "other",
        (
            "Association des étudiants en droit international (AEDI), Université de Lorvaine",
            "Association des étudiants en droit international, Université de Lorvaine",
            "Association des étudiants en droit international (AEDI)",
            "Association des étudiants en droit international",
        ),
    ),
    Variation(
        "other-es-08",
        "Área Justicia y Solidaridad",
        "justiciaysolidaridad@confer.example.es",
        "Aportación de CONFER",
        """
        Estimados/as:

        En nombre de la Conferencia Española de Religiosos, os hacemos llegar nuestra
        aportación sobre la acogida de personas migrantes en las comunidades religiosas y
        la hospitalidad en la frontera sur.

        Un cordial saludo,

        Área de Justicia y Solidaridad
        CONFER
        Madrid
        """,
        """
        CONFER
        Conferencia Española de Religiosos
        Área de Justicia y Solidaridad

        Hospitalidad en la frontera sur
        Aportación al Grupo de Trabajo de las Naciones Unidas
        """,
        "other",
        (
            "CONFER",
            "Conferencia Española de Religiosos (CONFER)",
            "Conferencia Española de Religiosos",
        ),
    ),
    Variation(
        "other-es-09",
        "Oficina Municipal de Migrantes",
        "migrantes@munisanpedrofrontera.example.cl",
        "Aporte de la Municipalidad",
        """
        Estimados/as:

        La Ilustre Municipalidad de San Pedro de la Frontera remite su aporte sobre la
        atención de personas migrantes en situación de calle en la comuna.

        Atentamente,

        Oficina Municipal de Migrantes
        Ilustre Municipalidad de San Pedro de la Frontera
        """,
        """
        Ilustre Municipalidad de San Pedro de la Frontera

        Personas migrantes en situación de calle en la comuna
        Aporte a la convocatoria de las Naciones Unidas
        """,
        "other",
        (
            "Ilustre Municipalidad de San Pedro de la Frontera",
            "Municipalidad de San Pedro de la Frontera",
            "San Pedro de la Frontera",
        ),
    ),
    Variation(
        "other-es-10",
        "Dip. Karla Beltrán Ochoa",
        "karla.beltran@congreso.example.gob.mx",
        "Aporte legislativo",
        """
        Estimadas y estimados integrantes del Grupo de Trabajo:

        Como diputada local e integrante de la Comisión de Asuntos Migratorios, remito un
        aporte sobre las reformas pendientes en materia de protección de niñas, niños y
        adolescentes migrantes.

        Atentamente,

        Dip. Karla Beltrán Ochoa
        Congreso del Estado
        """,
        """
        Congreso del Estado
        Dip. Karla Beltrán Ochoa

        Reformas pendientes en materia de protección de niñas, niños y adolescentes migrantes
        """,
        "other",
        (
            "Karla Beltrán Ochoa",
            "Dip. Karla Beltrán Ochoa",
            "Diputada Karla Beltrán Ochoa",
        ),
    ),
]

VARIATIONS: list[Variation] = [tidy(v) for v in _RAW]
