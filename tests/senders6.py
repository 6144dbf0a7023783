"""A sixth set of sender variations for the submitter detector, written apart from its rules.

The same record as the second set (`senders2.Variation`): one e-mail as it reaches a call
for inputs, with the answer an officer would publish on the "Submissions received" page.
The cases were written from how such mail looks, without sight of the detector's rules,
in English, French and Spanish and over the thirteen categories of `senders2.CATEGORIES`:
shared mailboxes, staff signatures (joint submissions and forwards among them),
letterheads behind free-mail addresses, acronyms, bilingual names, NGOs with State-like
words, companies, intergovernmental bodies, NHRIs, States, academics, individuals, and
unions, parliamentarians, faith groups, municipalities and student societies (all of them
`other`, as the office lists them).

Civil society cases use real organisation names, each once and exactly as the
organisations write them in a public joint letter (accents, curly quotes, "A.C.", "e.V.",
brackets, dashes, places); their mail domains and staff are invented. Companies,
academics, people and small bodies are invented. States, NHRIs and intergovernmental
bodies are real, under their real names; their staff and mailboxes are invented.

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
        "Care4Calais Info",
        "info@care4calais.example.org",
        "Input for the call on pushbacks and border deaths",
        """
        Hi there,

        Please see attached our input for your forthcoming report. Our volunteers in
        northern France collected the testimonies summarised in it between May and October.

        Thanks so much,
        The Care4Calais team

        Care4Calais is a registered charity in England and Wales (no. 1234567).
        This e-mail and any attachments are confidential and intended solely for the addressee.
        """,
        """
        Care4Calais
        Evidence submitted to the United Nations Working Group
        Conditions of people displaced along the northern French coast
        """,
        "civil_society",
        ("Care4Calais",),
    ),
    Variation(
        "shared-en-02",
        "Network Coordination",
        "coordination@bvmn.example.net",
        "BVMN submission – call for inputs",
        """
        Dear Working Group secretariat,

        On behalf of the Border Violence Monitoring Network, we are pleased to share our
        submission. It draws on 412 testimonies recorded by our member organisations along
        the Balkan route.

        Best,
        Coordination team
        Border Violence Monitoring Network (BVMN)
        www.bvmn.example.net | @BVMNetwork
        """,
        "",
        "civil_society",
        ("Border Violence Monitoring Network", "Border Violence Monitoring Network (BVMN)"),
    ),
    Variation(
        "shared-en-03",
        "MMC Communications",
        "comms@mixedmigration.example.org",
        "Submission: data on protection risks along mixed migration routes",
        """
        Dear colleagues,

        Attached please find a short submission prepared on the basis of our 4Mi survey data.
        Do not hesitate to contact us should you need the underlying figures.

        Kind regards,

        Communications
        Mixed Migration Centre | Geneva
        Maison Internationale de l'Environnement 2, Chemin de Balexert 7-9, 1219 Châtelaine
        """,
        "",
        "civil_society",
        ("Mixed Migration Centre",),
    ),
    Variation(
        "shared-en-04",
        "",
        "contact@refugeelegalsupport.example.org",
        "Submission to the Working Group",
        """
        Dear Sir/Madam,

        We write in response to the call for inputs. Refugee Legal Support provides free
        legal advice to people on the move in Greece and the United Kingdom. Our submission
        is attached as a PDF.

        Regards,
        RLS Contact Team
        Refugee Legal Support

        Refugee Legal Support is a charitable incorporated organisation registered in England.

        Sent from Outlook
        """,
        "",
        "civil_society",
        ("Refugee Legal Support",),
    ),
    Variation(
        "shared-en-05",
        "INQUEST Casework",
        "casework@inquest.example.org",
        "Deaths in immigration detention - written evidence",
        """
        Dear Working Group,

        Please find attached written evidence from INQUEST on deaths in immigration
        detention in England and Wales, drawing on our casework with bereaved families.

        With thanks,

        Casework team
        INQUEST
        Third Floor, 89-93 Fonthill Road, London
        Tel: +44 (0)20 7946 0888
        """,
        """
        INQUEST
        Written evidence to the UN Working Group
        Deaths in immigration detention: the families' experience
        """,
        "civil_society",
        ("INQUEST",),
    ),
    Variation(
        "shared-fr-06",
        "Service communication",
        "communication@lacimade.example.org",
        "Contribution de La Cimade à l'appel à contributions",
        """
        Madame, Monsieur,

        Vous trouverez ci-joint la contribution de La Cimade à votre appel à contributions
        sur la privation de liberté des personnes migrantes.

        Nous restons à votre disposition pour tout complément d'information.

        Bien cordialement,

        Le service communication
        La Cimade
        91 rue Oberkampf – 75011 Paris
        """,
        """
        La Cimade
        Contribution au Groupe de travail des Nations Unies
        Rétention administrative : constats de nos équipes en 2025
        """,
        "civil_society",
        ("La Cimade",),
    ),
    Variation(
        "shared-fr-07",
        "Secrétariat Migreurop",
        "secretariat@migreurop.example.net",
        "Contribution – externalisation des frontières",
        """
        Bonjour,

        Le réseau Migreurop vous adresse sa contribution (en pièce jointe) sur
        l'externalisation des politiques migratoires européennes.

        Cordialement,
        Le secrétariat
        --
        Migreurop
        Réseau euro-africain
        """,
        "",
        "civil_society",
        ("Migreurop",),
    ),
    Variation(
        "shared-fr-08",
        "Plaidoyer CNCD",
        "plaidoyer@cncd.example.be",
        "Contribution CNCD-11.11.11",
        """
        Madame, Monsieur,

        Au nom du CNCD-11.11.11, coupole des ONG belges de coopération au développement,
        nous avons l'honneur de vous transmettre notre contribution.

        Salutations distinguées,

        Service plaidoyer
        CNCD-11.11.11
        Quai du Commerce 9, 1000 Bruxelles
        """,
        "",
        "civil_society",
        ("CNCD-11.11.11",),
    ),
    Variation(
        "shared-fr-09",
        "GDP Admin",
        "admin@globaldetention.example.org",
        "Soumission du Global Detention Project",
        """
        Madame, Monsieur,

        Le Global Detention Project (GDP) a le plaisir de vous transmettre sa soumission
        relative à la détention des enfants migrants. Le document est joint en anglais.

        Veuillez agréer nos salutations distinguées.

        Administration
        Global Detention Project
        3 rue de Varembé, 1202 Genève
        """,
        """
        Global Detention Project
        Submission to the United Nations Working Group
        Child immigration detention: a global overview
        """,
        "civil_society",
        ("Global Detention Project", "Global Detention Project (GDP)"),
    ),
    Variation(
        "shared-es-10",
        "Albergue Decanal",
        "contacto@alberguedecanal.example.org",
        "Aporte a la convocatoria",
        """
        Estimados miembros del Grupo de Trabajo:

        Reciban un cordial saludo. Adjuntamos el aporte del Albergue Decanal Guadalupano,
        casa de acogida para personas migrantes en Tierra Blanca, Veracruz.

        Atentamente,
        Coordinación
        Albergue Decanal Guadalupano
        Tel. +52 274 000 0000
        """,
        "",
        "civil_society",
        ("Albergue Decanal Guadalupano",),
    ),
    Variation(
        "shared-es-11",
        "Comunicación Sin Fronteras",
        "comunicacion@sinfronteras.example.org.mx",
        "Contribución de Sin Fronteras IAP",
        """
        Buenas tardes,

        Por este medio hacemos llegar la contribución de Sin Fronteras IAP a la convocatoria
        del Grupo de Trabajo sobre detención migratoria en México.

        Saludos cordiales,

        Área de Comunicación
        Sin Fronteras IAP
        Ciudad de México
        """,
        "",
        "civil_society",
        ("Sin Fronteras IAP",),
    ),
    Variation(
        "shared-es-12",
        "Secretaría",
        "secretaria@contralatortura.example.org",
        "Informe – convocatoria de insumos",
        """
        Estimadas y estimados:

        Compartimos el informe elaborado por el Colectivo Contra la Tortura y la Impunidad
        sobre tortura a personas migrantes en estaciones migratorias.

        Fraternalmente,
        Secretaría
        Colectivo Contra la Tortura y la Impunidad
        """,
        """
        COLECTIVO CONTRA LA TORTURA Y LA IMPUNIDAD
        Informe para el Grupo de Trabajo de las Naciones Unidas
        """,
        "civil_society",
        ("Colectivo Contra la Tortura y la Impunidad",),
    ),
    Variation(
        "shared-es-13",
        "Oficina Pop No´j",
        "oficina@popnoj.example.org",
        "Insumos - niñez migrante indígena",
        """
        Buenos días,

        En nombre de la Asociación Pop No´j les compartimos nuestros insumos sobre niñez y
        adolescencia indígena migrante retornada a Guatemala.

        Saludos,
        Oficina
        Asociación Pop No´j
        Ciudad de Guatemala
        """,
        "",
        "civil_society",
        ("Asociación Pop No´j",),
    ),
    # ── person: a staff member writes for the organisation ──
    Variation(
        "person-en-01",
        "Rachel Okonkwo-Hale",
        "okonkwr@hrw.example.org",
        "Human Rights Watch submission",
        """
        Dear Working Group members,

        Please find attached Human Rights Watch's submission to your call for inputs on
        the human rights of migrants at international borders.

        Best regards,

        Rachel Okonkwo-Hale (she/her)
        Senior Researcher, Refugee and Migrant Rights Division
        Human Rights Watch
        +1 212 555 0143 | @rokonkwohale
        """,
        "",
        "civil_society",
        ("Human Rights Watch",),
    ),
    Variation(
        "person-en-02",
        "Daniel Ferreira",
        "dferreira@supportkind.example.org",
        "Submission on unaccompanied children at the border",
        """
        Dear colleagues,

        I am pleased to transmit the attached submission on behalf of my organization,
        which represents unaccompanied children in immigration proceedings.

        Sincerely,
        Daniel Ferreira
        Policy Counsel | Kids in Need of Defense (KIND)
        1201 L Street NW, Washington, DC
        he/him
        """,
        "",
        "civil_society",
        ("Kids in Need of Defense (KIND)", "Kids in Need of Defense"),
    ),
    Variation(
        "person-en-03",
        "Priya Raman",
        "praman@idcoalition.example.org",
        "Joint submission - alternatives to detention",
        """
        Dear Working Group,

        Please find attached a joint submission by the International Detention Coalition
        (IDC), Harbourside Legal Collective and the Northgate Migrant Support Circle on
        alternatives to immigration detention.

        Warm regards,
        Priya Raman
        Global Advocacy Officer
        International Detention Coalition
        Melbourne | Geneva | Mexico City
        """,
        """
        Joint submission
        International Detention Coalition (IDC)
        Harbourside Legal Collective
        Northgate Migrant Support Circle
        Ending immigration detention: community-based alternatives
        """,
        "civil_society",
        (
            "International Detention Coalition (IDC)",
            "International Detention Coalition",
            "International Detention Coalition (IDC) and 2 others",
            "International Detention Coalition and 2 others",
        ),
    ),
    Variation(
        "person-en-04",
        "Amina Yusuf",
        "amina.yusuf@wimn.example.net",
        "WIMN input",
        """
        Dear all,

        Attached is our input. Apologies for the late submission.

        Amina Yusuf
        Women in Migration Network (WIMN)

        Sent from my phone
        """,
        "",
        "civil_society",
        ("Women in Migration Network (WIMN)", "Women in Migration Network"),
    ),
    Variation(
        "person-en-05",
        "Fr. Thomas Kelleher SJ",
        "advocacy.office@jrs.example.net",
        "Input to the Working Group's call",
        """
        Dear members of the Working Group,

        On behalf of the Jesuit Refugee Service, I submit the attached input prepared with
        our country offices in the Mediterranean and Central America.

        Yours sincerely,

        Jesuit Refugee Service | International Office
        Fr. Thomas Kelleher SJ, International Advocacy Director
        Borgo Santo Spirito 4, 00193 Rome, Italy

        The information in this e-mail is confidential and may be legally privileged.
        """,
        "",
        "civil_society",
        ("Jesuit Refugee Service",),
    ),
    Variation(
        "person-fr-06",
        "Claire Mabanza",
        "cmabanza@fidh.example.org",
        "Contribution de la FIDH",
        """
        Madame, Monsieur,

        J'ai le plaisir de vous transmettre, au nom de la Fédération internationale pour les
        droits humains (FIDH), notre contribution à votre appel.

        Bien à vous,

        Claire Mabanza
        Chargée de programme – Bureau Migrations
        FIDH – International Federation for Human Rights
        17 passage de la Main d'Or, 75011 Paris
        """,
        "",
        "civil_society",
        (
            "International Federation for Human Rights (FIDH)",
            "International Federation for Human Rights",
            "Fédération internationale pour les droits humains (FIDH)",
            "Fédération internationale pour les droits humains",
        ),
    ),
    Variation(
        "person-fr-07",
        "Julien Daumas",
        "j.daumas@gisti.example.org",
        "Contribution du GISTI",
        """
        Bonjour,

        Veuillez trouver ci-joint la contribution du Groupe d’information et de soutien des
        immigré·es sur l'enfermement aux frontières françaises.

        Cordialement,
        --
        Julien Daumas
        Juriste
        GISTI (Groupe d’information et de soutien des immigré·es)
        3 villa Marcès, 75011 Paris
        """,
        "",
        "civil_society",
        (
            "GISTI (Groupe d’information et de soutien des immigré·es)",
            "Groupe d’information et de soutien des immigré·es (GISTI)",
            "Groupe d’information et de soutien des immigré·es",
        ),
    ),
    Variation(
        "person-fr-08",
        "Moussa Keita",
        "moussa.keita@mailbox.example.com",
        "TR: Contribution ONG JMED",
        """
        Bonjour,

        Je vous transfère ci-dessous le message de notre président, dont l'envoi a échoué.

        Moussa Keita
        Assistant administratif

        ---------- Message transféré ----------
        De : Président JMED <president@jmed.example.org>
        Date : lun. 9 nov. 2026 à 10:14
        Objet : Contribution ONG JMED

        Madame, Monsieur,

        L'ONG Jeunesse-Enfance-Migration-Developpement (JMED) a l'honneur de vous soumettre
        sa contribution sur les enfants migrants en transit au Niger.

        Le Président
        ONG Jeunesse-Enfance-Migration-Developpement (JMED)
        Niamey, Niger
        """,
        "",
        "civil_society",
        (
            "ONG Jeunesse-Enfance-Migration-Developpement (JMED)",
            "ONG Jeunesse-Enfance-Migration-Developpement",
            "Jeunesse-Enfance-Migration-Developpement (JMED)",
        ),
    ),
    Variation(
        "person-fr-09",
        "Sophie Lemaire",
        "s.lemaire@tdh-federation.example.org",
        "Contribution – enfants en mouvement",
        """
        Chères et chers collègues,

        Veuillez trouver en pièce jointe notre contribution sur la protection des enfants en
        mouvement aux frontières.

        Sophie Lemaire (elle)
        Responsable plaidoyer
        Terre des Hommes International Federation
        Chemin de Balexert 7-9, 1219 Genève
        LinkedIn : linkedin.example.com/in/slemaire
        """,
        "",
        "civil_society",
        ("Terre des Hommes International Federation",),
    ),
    Variation(
        "person-es-10",
        "Lucía Benavídez",
        "lbenavidez@cels.example.org.ar",
        "Aporte del CELS",
        """
        Estimados/as:

        Les hacemos llegar el aporte del Centro de Estudios Legales y Sociales sobre
        controles migratorios y detención en la Argentina.

        Un saludo cordial,

        Lucía Benavídez
        Equipo de Migrantes y Refugiados
        Centro de Estudios Legales y Sociales (CELS)
        Piedras 547, Buenos Aires
        """,
        "",
        "civil_society",
        (
            "Centro de Estudios Legales y Sociales (CELS)",
            "Centro de Estudios Legales y Sociales",
        ),
    ),
    Variation(
        "person-es-11",
        "Mariana Téllez",
        "mtellez@fundacionjusticia.example.org",
        "Contribución convocatoria GT",
        """
        Buenas tardes:

        Adjunto la contribución de nuestra organización sobre desaparición de personas
        migrantes en México.

        Saludos,
        Mariana Téllez
        Coordinadora de Litigio
        Fundación para la Justicia y el Estado Democrático de Derecho (FJEDD)

        Enviado desde mi iPhone
        """,
        "",
        "civil_society",
        (
            "Fundación para la Justicia y el Estado Democrático de Derecho (FJEDD)",
            "Fundación para la Justicia y el Estado Democrático de Derecho",
        ),
    ),
    Variation(
        "person-es-12",
        "Pablo Irigoyen",
        "pirigoyen@sjm-au.example.org",
        "Contribución conjunta - Servicio Jesuita a Migrantes y otras",
        """
        Estimados miembros del Grupo de Trabajo:

        Adjuntamos una contribución conjunta del Servicio Jesuita a Migrantes,
        Argentina-Uruguay, junto con la Red Barrial de Acogida del Sur y la Asociación
        Puentes del Plata, sobre la situación en los pasos fronterizos del norte.

        Pablo Irigoyen
        Director
        Servicio Jesuita a Migrantes, Argentina-Uruguay
        +54 11 5555 0199
        """,
        "",
        "civil_society",
        (
            "Servicio Jesuita a Migrantes, Argentina-Uruguay",
            "Servicio Jesuita a Migrantes, Argentina-Uruguay and 2 others",
        ),
    ),
    Variation(
        "person-es-13",
        "Rosa Villanueva",
        "rosa@derechoshumanosaz.example.org",
        "Contribución - muertes en el desierto",
        """
        Estimado Grupo de Trabajo:

        Les comparto nuestra contribución sobre las muertes de personas migrantes en el
        desierto de Sonora y Arizona.

        En solidaridad,

        Rosa Villanueva | Coordinadora
        Coalición de Derechos Humanos
        Tucson, Arizona | ella/she
        """,
        "",
        "civil_society",
        ("Coalición de Derechos Humanos",),
    ),
    # ── letterhead: a free-mail address; the organisation on the letterhead or title page ──
    Variation(
        "letterhead-en-01",
        "Nasreen Akhtar",
        "nasreen.akhtar77@gmail.com",
        "Submission",
        """
        Dear Sir/Madam,

        Please find our submission attached.

        Many thanks,
        Nasreen
        """,
        """
        Apna Haq
        Supporting Black and minoritised women and girls in South Yorkshire
        Submission to the UN Working Group on the human rights of migrant women
        """,
        "civil_society",
        ("Apna Haq",),
    ),
    Variation(
        "letterhead-en-02",
        "Jean-Pierre M.",
        "jpmukendi@yahoo.com",
        "Call for input - refugee livelihoods",
        """
        Good morning,

        I attach the document of our centre for your call. We are a refugee-led
        organisation in Kampala.

        Regards,
        Jean-Pierre Mukendi
        Director
        """,
        """
        BONDEKO REFUGEE LIVELIHOODS CENTRE
        P.O. Box 0000, Kampala, Uganda
        Input to the United Nations Working Group
        Refugee-led responses to exclusion from work
        """,
        "civil_society",
        ("Bondeko Refugee Livelihoods Centre",),
    ),
    Variation(
        "letterhead-en-03",
        "VPI",
        "vpi.cameroon@gmail.com",
        "Submission from Cameroon",
        """
        Dear Working Group,

        Kindly find attached our submission on detention conditions of foreign nationals in
        Cameroon.

        Thank you.
        """,
        """
        Volunteers for Prison Inmates (VPI) Cameroon
        Buea, South West Region
        SUBMISSION TO THE UNITED NATIONS WORKING GROUP
        """,
        "civil_society",
        (
            "Volunteers for Prison Inmates (VPI) Cameroon",
            "Volunteers for Prison Inmates Cameroon",
            "Volunteers for Prison Inmates (VPI)",
        ),
    ),
    Variation(
        "letterhead-en-04",
        "",
        "mwa.malta@outlook.com",
        "Input",
        """
        Dear Sir or Madam,

        Attached you will find our input for your report.

        Best wishes,
        Lwam and Grace
        """,
        """
        Migrant Women Association Malta
        Input to the UN Working Group
        Migrant women in domestic and care work in Malta
        """,
        "civil_society",
        ("Migrant Women Association Malta",),
    ),
    Variation(
        "letterhead-en-05",
        "Tessa Morgan",
        "tessamorgan.writes@gmail.com",
        "Our submission on trafficking survivors",
        """
        Dear colleagues,

        I'm sending the attached on behalf of our small charity. Please let me know if you
        need anything else.

        Best,
        Tessa Morgan
        Founder
        """,
        """
        STOLEN DREAMS
        Survivors of trafficking speak
        A submission to the United Nations Working Group by Stolen Dreams
        """,
        "civil_society",
        ("Stolen Dreams",),
    ),
    Variation(
        "letterhead-fr-06",
        "Wilner Jean-Baptiste",
        "wilnerjb@gmail.com",
        "Contribution du REMIDDH",
        """
        Bonjour,

        Ci-joint notre contribution concernant les personnes haïtiennes refoulées à la
        frontière.

        Cordialement,
        Wilner Jean-Baptiste
        """,
        """
        Reseau Migration Développement Droits Humains (REMIDDH)
        Port-au-Prince, Haïti
        Contribution au Groupe de travail des Nations Unies
        """,
        "civil_society",
        (
            "Reseau Migration Développement Droits Humains (REMIDDH)",
            "Reseau Migration Développement Droits Humains",
        ),
    ),
    Variation(
        "letterhead-fr-07",
        "Équipage",
        "equipage.lm@protonmail.com",
        "Contribution – sauvetage en mer",
        """
        Bonjour,

        Vous trouverez en pièce jointe notre contribution sur les entraves au sauvetage en
        Méditerranée centrale.

        L'équipage
        """,
        """
        LOUISE MICHEL
        Navire de recherche et de sauvetage en Méditerranée
        Contribution au Groupe de travail des Nations Unies
        """,
        "civil_society",
        ("Louise Michel",),
    ),
    Variation(
        "letterhead-fr-08",
        "Koffi",
        "koffi.aka.gr@gmail.com",
        "Contribution de la communauté",
        """
        Bonjour Madame, Monsieur,

        Je vous envoie au nom de notre communauté le document ci-joint sur la situation des
        demandeurs d'asile ivoiriens.

        Merci.
        Koffi Aka, président
        """,
        """
        Ivorian Community of Greece
        Athènes, Grèce
        Contribution à l'appel du Groupe de travail des Nations Unies
        """,
        "civil_society",
        ("Ivorian Community of Greece",),
    ),
    Variation(
        "letterhead-fr-09",
        "REWAC",
        "rewac.cameroun@yahoo.fr",
        "Soumission",
        """
        Madame, Monsieur,

        Veuillez recevoir notre soumission en pièce jointe.

        Le Coordonnateur
        """,
        """
        Refugee Welfare Association of Cameroon (REWAC)
        Yaoundé – Cameroun
        Soumission au Groupe de travail des Nations Unies
        Les réfugiés centrafricains dans la région de l'Est
        """,
        "civil_society",
        (
            "Refugee Welfare Association of Cameroon (REWAC)",
            "Refugee Welfare Association of Cameroon",
        ),
    ),
    Variation(
        "letterhead-es-10",
        "Casa de Atención",
        "casadeatencion.desamparados@hotmail.com",
        "Aportación",
        """
        Buenas tardes,

        Enviamos nuestra aportación en el archivo adjunto.

        Saludos,
        Hna. Teresa
        """,
        """
        Casa de Atención a Desamparados, AC
        Membrete institucional
        Aportación al Grupo de Trabajo de las Naciones Unidas
        """,
        "civil_society",
        ("Casa de Atención a Desamparados, AC",),
    ),
    Variation(
        "letterhead-es-11",
        "Valeria R.",
        "valeria.rios.mx@gmail.com",
        "Insumos",
        """
        Hola,

        Adjunto el documento de nuestra colectiva para la convocatoria. Quedo atenta.

        Valeria Ríos
        """,
        """
        Magistrada Ya
        Colectiva feminista
        Insumos para el Grupo de Trabajo de las Naciones Unidas
        """,
        "civil_society",
        ("Magistrada Ya",),
    ),
    Variation(
        "letterhead-es-12",
        "Madres Sinaloa",
        "madressinaloa2019@gmail.com",
        "Informe de búsqueda",
        """
        Buenas noches,

        Les mandamos nuestro informe. Somos madres que buscan a sus hijos.

        Con respeto,
        Las compañeras
        """,
        """
        Rastreadoras por La Paz de Sinaloa
        Informe para el Grupo de Trabajo de las Naciones Unidas
        Búsqueda de personas desaparecidas en el norte de Sinaloa
        """,
        "civil_society",
        ("Rastreadoras por La Paz de Sinaloa",),
    ),
    Variation(
        "letterhead-es-13",
        "Guadalupe Nava",
        "lupitanava.gro@gmail.com",
        "Información para el Grupo de Trabajo",
        """
        Estimados,

        Por este medio les envío la información de nuestro colectivo.

        Atentamente,
        Guadalupe Nava
        Presidenta
        """,
        """
        Familias de Acapulco en busca de sus desaparecidos A.C
        Acapulco, Guerrero
        Información para el Grupo de Trabajo de las Naciones Unidas
        """,
        "civil_society",
        ("Familias de Acapulco en busca de sus desaparecidos A.C",),
    ),
    # ── acronym: the acronym in one place, the full name in another ──
    Variation(
        "acronym-en-01",
        "ISHR",
        "geneva@ishr.example.org",
        "ISHR input",
        """
        Dear Working Group,

        The International Service for Human Rights welcomes the opportunity to contribute to
        your report on defenders of the rights of migrants. Our input is attached.

        Kind regards,
        ISHR Geneva team
        """,
        "",
        "civil_society",
        ("International Service for Human Rights (ISHR)", "International Service for Human Rights"),
    ),
    Variation(
        "acronym-en-02",
        "MRG Policy",
        "policy@minorityrights.example.org",
        "Submission - minorities on the move",
        """
        Dear colleagues,

        Please find attached Minority Rights Group International's submission.

        Best,
        Policy team, MRG
        54 Commercial Street, London
        """,
        "",
        "civil_society",
        (
            "Minority Rights Group International (MRG)",
            "Minority Rights Group International",
        ),
    ),
    Variation(
        "acronym-en-03",
        "ESWA",
        "info@eswalliance.example.org",
        "ESWA contribution",
        """
        Hello,

        Please see the contribution of ESWA attached.

        In solidarity,
        ESWA
        """,
        """
        European Sex Workers Rights Alliance
        Contribution to the UN Working Group
        Migrant sex workers and border policing in Europe
        """,
        "civil_society",
        (
            "European Sex Workers Rights Alliance (ESWA)",
            "European Sex Workers Rights Alliance",
        ),
    ),
    Variation(
        "acronym-en-04",
        "PICUM",
        "info@picum.example.org",
        "PICUM submission to the call for inputs",
        """
        Dear members of the Working Group,

        PICUM is pleased to share its submission. PICUM is a network of organisations
        working to ensure social justice and human rights for undocumented migrants.

        Best regards,

        PICUM
        Platform for International Cooperation on Undocumented Migrants
        Rue du Congrès 37-41, 1000 Brussels
        """,
        "",
        "civil_society",
        (
            "PICUM (Platform for International Cooperation on Undocumented Migrants)",
            "Platform for International Cooperation on Undocumented Migrants (PICUM)",
            "Platform for International Cooperation on Undocumented Migrants",
        ),
    ),
    Variation(
        "acronym-en-05",
        "Hanna Lindqvist",
        "hanna.lindqvist@wilpf.example.org",
        "WILPF submission",
        """
        Dear Working Group,

        Please find attached WILPF's submission on the gendered impacts of border
        militarisation.

        Best wishes,
        Hanna Lindqvist
        Programme Associate, WILPF
        """,
        """
        Women’s International League for Peace and Freedom
        Submission to the United Nations Working Group
        """,
        "civil_society",
        (
            "Women’s International League for Peace and Freedom (WILPF)",
            "Women’s International League for Peace and Freedom",
        ),
    ),
    Variation(
        "acronym-en-06",
        "HIAS Policy",
        "policy@hias.example.org",
        "HIAS input",
        """
        Dear colleagues,

        HIAS, founded in 1881 as the Hebrew Immigrant Aid Society, is pleased to submit the
        attached input based on our programmes in 20 countries.

        Sincerely,
        Policy and Advocacy
        HIAS
        """,
        "",
        "civil_society",
        ("HIAS",),
    ),
    Variation(
        "acronym-fr-07",
        "LDH",
        "contact@ldh.example.org",
        "Contribution de la LDH",
        """
        Madame, Monsieur,

        La Ligue des droits de l’Homme vous adresse sa contribution sur les contrôles aux
        frontières intérieures.

        Salutations,
        LDH – Service juridique
        138 rue Marcadet, 75018 Paris
        """,
        "",
        "civil_society",
        ("Ligue des droits de l’Homme (LDH)", "Ligue des droits de l’Homme"),
    ),
    Variation(
        "acronym-fr-08",
        "ICMC Genève",
        "geneve@icmc.example.net",
        "Contribution ICMC",
        """
        Madame, Monsieur,

        La Commission internationale catholique pour les migrations vous transmet sa
        contribution en pièce jointe.

        Meilleures salutations,
        ICMC
        1 rue de Varembé, Genève
        """,
        """
        International Catholic Migration Commission
        Contribution to the UN Working Group
        """,
        "civil_society",
        (
            "International Catholic Migration Commission (ICMC)",
            "International Catholic Migration Commission",
            "Commission internationale catholique pour les migrations",
        ),
    ),
    Variation(
        "acronym-fr-09",
        "Élodie Ngoma",
        "elodie.ngoma@lwf.example.org",
        "Contribution de la LWF",
        """
        Chers membres du Groupe de travail,

        Veuillez trouver ci-joint la contribution de la Fédération luthérienne mondiale,
        fondée sur le travail de nos programmes au Tchad et au Cameroun.

        Élodie Ngoma
        Chargée des droits humains, LWF
        Route de Ferney 150, Genève
        """,
        """
        Lutheran World Federation
        Contribution to the call for inputs
        """,
        "civil_society",
        (
            "Lutheran World Federation (LWF)",
            "Lutheran World Federation",
            "Fédération luthérienne mondiale",
        ),
    ),
    Variation(
        "acronym-es-10",
        "CMDPDH",
        "comunicacion@cmdpdh.example.org",
        "Contribución de la CMDPDH",
        """
        Estimadas personas integrantes del Grupo de Trabajo:

        La Comisión Mexicana de Defensa y Promoción de los Derechos Humanos A.C. presenta
        su contribución sobre desplazamiento forzado interno y migración.

        Atentamente,
        CMDPDH
        """,
        "",
        "civil_society",
        (
            "Comisión Mexicana de Defensa y Promoción de los Derechos Humanos A.C. (CMDPDH)",
            "Comisión Mexicana de Defensa y Promoción de los Derechos Humanos A.C.",
            "Comisión Mexicana de Defensa y Promoción de los Derechos Humanos (CMDPDH)",
            "Comisión Mexicana de Defensa y Promoción de los Derechos Humanos",
        ),
    ),
    Variation(
        "acronym-es-11",
        "Comunicaciones CODHES",
        "comunicaciones@codhes.example.org",
        "Aporte CODHES",
        """
        Cordial saludo,

        Remitimos el aporte de CODHES a la convocatoria del Grupo de Trabajo.

        Comunicaciones CODHES
        Bogotá, Colombia
        """,
        """
        Consultoría para los Derechos Humanos y el Desplazamiento
        Aporte al Grupo de Trabajo de las Naciones Unidas
        """,
        "civil_society",
        (
            "Consultoría para los Derechos Humanos y el Desplazamiento (CODHES)",
            "Consultoría para los Derechos Humanos y el Desplazamiento",
        ),
    ),
    Variation(
        "acronym-es-12",
        "Ana Lucía Xocop",
        "alxocop@ecap.example.org.gt",
        "Aporte del ECAP",
        """
        Buen día,

        El Equipo de Estudios Comunitarios y Acción Psicosocial comparte su aporte sobre la
        salud mental de familias de personas migrantes desaparecidas.

        Ana Lucía Xocop
        Psicóloga comunitaria
        ECAP – Guatemala
        """,
        "",
        "civil_society",
        (
            "Equipo de Estudios Comunitarios y Acción Psicosocial (ECAP)",
            "Equipo de Estudios Comunitarios y Acción Psicosocial",
        ),
    ),
    Variation(
        "acronym-es-13",
        "CAFAMI",
        "cafami.contacto@example.com",
        "CAFAMI - aporte",
        """
        Hola,

        Les enviamos el aporte de CAFAMI.

        Saludos,
        Equipo CAFAMI
        """,
        """
        Centro de Atención a la Familia Migrante Indígena
        Aporte al Grupo de Trabajo de las Naciones Unidas
        Familias indígenas de Puebla con integrantes migrantes
        """,
        "civil_society",
        (
            "Centro de Atención a la Familia Migrante Indígena (CAFAMI)",
            "Centro de Atención a la Familia Migrante Indígena",
        ),
    ),
    Variation(
        "acronym-es-14",
        "RJM-LAC",
        "coordinacion@rjmlac.example.org",
        "Contribución RJM-LAC",
        """
        Estimados y estimadas:

        Desde la Red Jesuíta con Migrantes – Latinoamérica y el Caribe les hacemos llegar
        nuestra contribución.

        Coordinación regional
        RJM-LAC
        """,
        "",
        "civil_society",
        (
            "Red Jesuíta con Migrantes – Latinoamérica y el Caribe (RJM-LAC)",
            "Red Jesuíta con Migrantes – Latinoamérica y el Caribe",
        ),
    ),
    # ── bilingual: the organisation's name in two languages ──
    Variation(
        "bilingual-en-01",
        "Magdalena Horáková",
        "horakova@integrace.example.cz",
        "Submission from the Czech Republic",
        """
        Dear Working Group,

        Please find attached our submission on immigration detention in Czechia.

        Best regards,
        Magdalena Horáková
        Lawyer
        Sdružení pro integraci a migraci / Association for Integracion and Migration
        Prague
        """,
        "",
        "civil_society",
        (
            "Sdružení pro integraci a migraci / Association for Integracion and Migration",
            "Sdružení pro integraci a migraci",
            "Association for Integracion and Migration",
        ),
    ),
    Variation(
        "bilingual-en-02",
        "ARSIS",
        "thessaloniki@arsis.example.gr",
        "ARSIS contribution – unaccompanied children",
        """
        Dear Sir/Madam,

        Attached please find our contribution regarding unaccompanied children in Greece.

        Kind regards,
        ΑΡΣΙΣ – Κοινωνική Οργάνωση Υποστήριξης Νέων
        ARSIS-Association for the Social Support of Youth
        Thessaloniki, Greece
        """,
        "",
        "civil_society",
        (
            "ARSIS-Association for the Social Support of Youth",
            "ARSIS – Association for the Social Support of Youth",
        ),
    ),
    Variation(
        "bilingual-en-03",
        "GFR",
        "info@refugees-forum.example.gr",
        "Input by Greek Forum of Refugees",
        """
        Dear members of the Working Group,

        We are a refugee-led organisation in Athens. Please find our input attached.

        Best,
        Ελληνικό Φόρουμ Προσφύγων | Greek Forum of Refugees
        """,
        "",
        "civil_society",
        ("Greek Forum of Refugees",),
    ),
    Variation(
        "bilingual-en-04",
        "Segreteria ASGI",
        "segreteria@asgi.example.it",
        "ASGI submission",
        """
        Dear Working Group,

        Please find attached the submission of ASGI (Associazione Studi Giuridici
        sull’Immigrazione – Association for Juridical Studies on Immigration) on border
        procedures in Italy.

        Kind regards,
        Segreteria ASGI
        Via Gerdil 7, Torino
        """,
        "",
        "civil_society",
        (
            "ASGI (Associazione Studi Giuridici sull’Immigrazione)",
            "Associazione Studi Giuridici sull’Immigrazione (ASGI)",
            "Associazione Studi Giuridici sull’Immigrazione",
            "Association for Juridical Studies on Immigration (ASGI)",
        ),
    ),
    Variation(
        "bilingual-en-05",
        "Kathrin Vogel",
        "k.vogel@kok-buero.example.de",
        "Submission - trafficking and migration control",
        """
        Dear Sir or Madam,

        Please find attached the submission of KOK – German NGO Network against Trafficking
        in Human Beings.

        Kind regards
        Kathrin Vogel
        Policy Officer

        Bundesweiter Koordinierungskreis gegen Menschenhandel e.V.
        (KOK – German NGO Network against Trafficking in Human Beings)
        Kurfürstenstraße 33, 10785 Berlin
        Vereinsregister: VR 00000 B
        """,
        "",
        "civil_society",
        (
            "Bundesweiter Koordinierungskreis gegen Menschenhandel e.V.",
            "Bundesweiter Koordinierungskreis gegen Menschenhandel e.V. (KOK)",
            "KOK – German NGO Network against Trafficking in Human Beings",
        ),
    ),
    Variation(
        "bilingual-fr-06",
        "Sœur Marie-Agnès",
        "ma.dupuis@ssj-lyon.example.org",
        "Contribution des Sœurs de Saint-Joseph",
        """
        Madame, Monsieur,

        Au nom de notre congrégation, présente au Mexique et au Guatemala auprès des
        personnes migrantes, je vous transmets notre contribution.

        Sœur Marie-Agnès Dupuis
        Hermanas de San José de Lyon / Sœurs de Saint-Joseph de Lyon
        """,
        "",
        "civil_society",
        ("Hermanas de San José de Lyon", "Sœurs de Saint-Joseph de Lyon"),
    ),
    Variation(
        "bilingual-fr-07",
        "FCEI – Mediterranean Hope",
        "mh@fcei.example.it",
        "Contribution de la FCEI",
        """
        Madame, Monsieur,

        La Fédération des Églises protestantes d'Italie vous transmet sa contribution sur
        les couloirs humanitaires.

        Cordialement,
        Federazione delle Chiese Evangeliche in Italia
        Federation of Protestant Churches in Italy (FCEI)
        Via Firenze 38, Roma
        """,
        "",
        "civil_society",
        (
            "Federation of Protestant Churches in Italy (FCEI)",
            "Federation of Protestant Churches in Italy",
            "Federazione delle Chiese Evangeliche in Italia (FCEI)",
            "Federazione delle Chiese Evangeliche in Italia",
        ),
    ),
    Variation(
        "bilingual-fr-08",
        "IHH Genève",
        "geneva@ihh.example.org",
        "Contribution de l'İHH",
        """
        Madame, Monsieur,

        Nous avons l'honneur de vous adresser la contribution de notre fondation sur
        l'assistance aux personnes déplacées à la frontière turco-syrienne.

        Bureau de Genève
        İHH İnsani Yardım Vakfı
        İHH Humanitarian Relief Foundation.
        """,
        "",
        "civil_society",
        (
            "İHH Humanitarian Relief Foundation.",
            "İHH Humanitarian Relief Foundation",
            "İHH İnsani Yardım Vakfı",
        ),
    ),
    Variation(
        "bilingual-fr-09",
        "SRI",
        "geneva@sexualrightsinitiative.example.org",
        "Contribution – Initiative pour les droits sexuels",
        """
        Madame, Monsieur,

        Veuillez trouver ci-joint la contribution de la Sexual Rights Initiative
        (Initiative pour les droits sexuels) sur les violences sexuelles aux frontières.

        Cordialement,
        Sexual Rights Initiative | Initiative pour les droits sexuels
        Genève
        """,
        "",
        "civil_society",
        ("Sexual Rights Initiative", "Initiative pour les droits sexuels"),
    ),
    Variation(
        "bilingual-es-10",
        "Irídia",
        "info@iridia.example.cat",
        "Aportación de Irídia",
        """
        Estimados/as,

        Adjuntamos la aportación de Irídia sobre las devoluciones en caliente en la frontera
        sur de España.

        Un saludo,
        Irídia-Centro para la Defensa de Derechos Humanos
        Irídia – Center for the defense of Human Rights
        Barcelona
        """,
        "",
        "civil_society",
        (
            "Irídia-Centro para la Defensa de Derechos Humanos",
            "Irídia – Center for the defense of Human Rights",
        ),
    ),
    Variation(
        "bilingual-es-11",
        "Padre Marco Zanetti",
        "m.zanetti@ascs.example.it",
        "Contribución ASCS",
        """
        Estimados miembros del Grupo de Trabajo:

        Les envío la contribución de la Agencia Scalabriniana para la Cooperación al
        Desarrollo sobre los corredores migratorios en Centroamérica.

        P. Marco Zanetti, cs
        Agenzia Scalabriniana per la Cooperazione allo Sviluppo (ASCS)
        Agencia Scalabriniana para la Cooperación al Desarrollo
        Roma
        """,
        "",
        "civil_society",
        (
            "Agenzia Scalabriniana per la Cooperazione allo Sviluppo (ASCS)",
            "Agenzia Scalabriniana per la Cooperazione allo Sviluppo",
            "Agencia Scalabriniana para la Cooperación al Desarrollo",
        ),
    ),
    Variation(
        "bilingual-es-12",
        "GPS",
        "info@gps-solidaris.example.cat",
        "Aportación de Grans Projectes Solidaris",
        """
        Buenos días,

        Os enviamos la aportación de Grans Projectes Solidaris (Grandes Proyectos
        Solidarios) sobre la acogida en Cataluña.

        Salut,
        Grans Projectes Solidaris (GPS)
        """,
        "",
        "civil_society",
        (
            "Grans Projectes Solidaris (GPS)",
            "Grans Projectes Solidaris",
            "Grandes Proyectos Solidarios",
        ),
    ),
    Variation(
        "bilingual-es-13",
        "Conectas",
        "internacional@conectas.example.org.br",
        "Contribución de Conectas",
        """
        Estimados y estimadas,

        Conectas Direitos Humanos (Conectas Derechos Humanos) presenta su contribución sobre
        la acogida de personas venezolanas en la frontera norte de Brasil.

        Equipo Internacional
        Conectas Direitos Humanos / Conectas Derechos Humanos
        São Paulo, Brasil
        """,
        "",
        "civil_society",
        ("Conectas Direitos Humanos", "Conectas Derechos Humanos"),
    ),
    # ── ngostate: NGOs with State-like words, or writing about a State ──
    Variation(
        "ngostate-en-01",
        "APMM",
        "apmm@apmigrants.example.org",
        "Submission of the Asia Pacific Mission for Migrants",
        """
        Dear Working Group,

        The Asia Pacific Mission for Migrants (APMM) respectfully submits the attached
        report on migrant domestic workers in Hong Kong and the Gulf.

        In solidarity,
        APMM Secretariat
        Hong Kong SAR
        """,
        "",
        "civil_society",
        ("Asia Pacific Mission for Migrants (APMM)", "Asia Pacific Mission for Migrants"),
    ),
    Variation(
        "ngostate-en-02",
        "QUNO Geneva",
        "quno@quno.example.org",
        "Submission - Quaker United Nations Office",
        """
        Dear colleagues,

        The Quaker United Nations Office (QUNO) in Geneva is pleased to share its
        submission on alternatives to detention.

        With best wishes,
        Human Rights and Refugees Programme
        Quaker United Nations Office
        Avenue du Mervelet 13, Geneva
        """,
        "",
        "civil_society",
        (
            "Quaker United Nations Office",
            "Quaker United Nations Office (QUNO)",
        ),
    ),
    Variation(
        "ngostate-en-03",
        "Policy Team",
        "policy@refugeecouncil.example.org.au",
        "Submission on offshore processing",
        """
        Dear Working Group,

        Please find attached the submission of the Refugee Council of Australia on the
        Government of Australia's offshore processing policy and its effects on people held
        in Nauru.

        Kind regards,
        Policy Team
        Refugee Council of Australia
        Suite 4A6, 410 Elizabeth Street, Surry Hills NSW
        """,
        "",
        "civil_society",
        ("Refugee Council of Australia",),
    ),
    Variation(
        "ngostate-en-04",
        "Ayesha Menon",
        "ayesha@humanrightsinitiative.example.org",
        "CHRI submission",
        """
        Dear Working Group,

        The Commonwealth Human Rights Initiative (CHRI) submits the attached information on
        the treatment of foreign nationals in prisons in Commonwealth States.

        Regards,
        Ayesha Menon
        Programme Officer, Prison Reforms
        Commonwealth Human Rights Initiative
        New Delhi
        """,
        "",
        "civil_society",
        (
            "Commonwealth Human Rights Initiative (CHRI)",
            "Commonwealth Human Rights Initiative",
        ),
    ),
    Variation(
        "ngostate-en-05",
        "Board",
        "post@iac-norway.example.no",
        "Input from IAC Norway",
        """
        Dear Sir/Madam,

        The Inter African Committee in Norway submits the attached input on migrant women
        affected by harmful practices in Norway.

        Best regards,
        The Board
        The Inter African Committee in Norway (IAC Norway)
        Oslo
        """,
        "",
        "civil_society",
        (
            "The Inter African Committee in Norway (IAC Norway)",
            "The Inter African Committee in Norway",
            "Inter African Committee in Norway (IAC Norway)",
        ),
    ),
    Variation(
        "ngostate-en-06",
        "Secretary General",
        "secgen@ghrsindia.example.org",
        "Submission from India",
        """
        Respected Members of the Working Group,

        On behalf of the Global Human Rights Society of India, I have the honour to submit
        our report on stateless persons in detention in the Republic of India.

        With regards,
        Secretary General
        Global Human Rights Society of India
        New Delhi, India
        """,
        "",
        "civil_society",
        ("Global Human Rights Society of India",),
    ),
    Variation(
        "ngostate-fr-07",
        "Bureau exécutif LADDH",
        "laddh.bureau@example.dz",
        "Contribution de la Ligue algérienne",
        """
        Madame, Monsieur,

        La Ligue algérienne pour la défense des droits de l’homme (LADDH) a l'honneur de
        vous transmettre sa contribution sur les expulsions de migrants subsahariens depuis
        l'Algérie vers le Niger.

        Le Bureau exécutif
        Ligue algérienne pour la défense des droits de l’homme
        Alger
        """,
        "",
        "civil_society",
        (
            "Ligue algérienne pour la défense des droits de l’homme",
            "Ligue algérienne pour la défense des droits de l’homme (LADDH)",
        ),
    ),
    Variation(
        "ngostate-fr-08",
        "QCEA",
        "office@qcea.example.org",
        "Contribution du Quaker Council for European Affairs",
        """
        Madame, Monsieur,

        Le Quaker Council for European Affairs (QCEA) vous transmet sa contribution sur le
        pacte européen sur la migration et l'asile.

        Bien cordialement,
        Quaker Council for European Affairs
        Square Ambiorix 50, Bruxelles
        """,
        "",
        "civil_society",
        (
            "Quaker Council for European Affairs",
            "Quaker Council for European Affairs (QCEA)",
        ),
    ),
    Variation(
        "ngostate-fr-09",
        "Bridge EU",
        "contact@bridge-eu.example.org",
        "Contribution – Bridge EU",
        """
        Bonjour,

        Bridge EU, association qui accompagne les personnes exilées vers l'Union
        européenne, vous adresse sa contribution.

        Cordialement,
        L'équipe Bridge EU
        """,
        "",
        "civil_society",
        ("Bridge EU",),
    ),
    Variation(
        "ngostate-fr-10",
        "Service politique",
        "policy@enar.example.eu",
        "Contribution du Réseau européen contre le racisme",
        """
        Madame, Monsieur,

        L'European Network Against Racism (Réseau européen contre le racisme) soumet sa
        contribution sur le profilage racial aux frontières de l'Union européenne.

        Cordialement,
        Service politique
        European Network Against Racism
        Bruxelles
        """,
        "",
        "civil_society",
        (
            "European Network Against Racism",
            "European Network Against Racism (ENAR)",
            "Réseau européen contre le racisme",
        ),
    ),
    Variation(
        "ngostate-es-11",
        "MENAMIG",
        "menamig@example.org.gt",
        "Aporte de la Mesa Nacional para las Migraciones en Guatemala",
        """
        Estimados señores:

        La Mesa Nacional para las Migraciones en Guatemala (MENAMIG) presenta su aporte
        sobre la política migratoria del Estado de Guatemala.

        Atentamente,
        Secretaría Ejecutiva
        MENAMIG
        """,
        "",
        "civil_society",
        (
            "Mesa Nacional para las Migraciones en Guatemala (MENAMIG)",
            "Mesa Nacional para las Migraciones en Guatemala",
        ),
    ),
    Variation(
        "ngostate-es-12",
        "Incidencia Red Acoge",
        "incidencia@redacoge.example.org",
        "Aportación de Red Acoge (España)",
        """
        Estimados/as:

        Red Acoge, federación de organizaciones de acogida a personas migrantes en España,
        remite su aportación sobre el acceso al procedimiento de asilo en el Reino de
        España.

        Un saludo,
        Área de Incidencia
        Red Acoge (España)
        Madrid
        """,
        "",
        "civil_society",
        ("Red Acoge (España)", "Red Acoge"),
    ),
    Variation(
        "ngostate-es-13",
        "Coordinadora Inmigrantes",
        "coordinadora.inmigrantes@example.cl",
        "Aporte desde Chile",
        """
        Estimados,

        Enviamos el aporte de la Comisión Internacional Coordinadora Nacional Inmigrantes
        Chile sobre las expulsiones administrativas dispuestas por el Gobierno de Chile.

        Saludos,
        Comisión Internacional
        Coordinadora Nacional Inmigrantes Chile
        """,
        "",
        "civil_society",
        ("Comisión Internacional Coordinadora Nacional Inmigrantes Chile",),
    ),
    Variation(
        "ngostate-es-14",
        "Oxfam México",
        "prensa@oxfammexico.example.org",
        "Contribución Oxfam México",
        """
        Estimadas y estimados:

        Oxfam México comparte su contribución sobre trabajadoras agrícolas migrantes en
        los Estados Unidos Mexicanos.

        Saludos cordiales,
        Coordinación de Incidencia
        Oxfam México
        Ciudad de México
        """,
        "",
        "civil_society",
        ("Oxfam México",),
    ),
    # ── company: companies and business associations ──
    Variation(
        "company-en-01",
        "Sustainability Office",
        "sustainability@nordhavn-logistics.example.com",
        "Input from Nordhavn Logistics A/S",
        """
        Dear Working Group,

        Nordhavn Logistics A/S welcomes the call and submits the attached note on
        recruitment fees in our shipping and warehousing supply chain.

        Kind regards,
        Sustainability Office
        Nordhavn Logistics A/S
        CVR no. 00000000 | Copenhagen, Denmark
        This message may contain confidential information.
        """,
        "",
        "private_sector",
        ("Nordhavn Logistics A/S", "Nordhavn Logistics"),
    ),
    Variation(
        "company-en-02",
        "Olivia Brent",
        "olivia.brent@kestrelapparel.example.com",
        "Kestrel Apparel – response to call for inputs",
        """
        Dear colleagues,

        Please find attached Kestrel Apparel Group's response on migrant workers in our
        tier-two suppliers.

        Best regards,
        Olivia Brent
        Head of Human Rights
        Kestrel Apparel Group plc
        Registered in England and Wales, company no. 00000000
        """,
        "",
        "private_sector",
        ("Kestrel Apparel Group plc", "Kestrel Apparel Group"),
    ),
    Variation(
        "company-en-03",
        "Policy Desk",
        "policy@westmarch-chamber.example.org",
        "Submission by the Westmarch Chamber of Commerce and Industry",
        """
        Dear Sir/Madam,

        The Westmarch Chamber of Commerce and Industry, representing 1,400 member
        businesses, submits the attached paper on responsible recruitment.

        Yours faithfully,
        Policy Desk
        Westmarch Chamber of Commerce and Industry
        """,
        "",
        "private_sector",
        ("Westmarch Chamber of Commerce and Industry",),
    ),
    Variation(
        "company-fr-04",
        "Direction RSE",
        "rse@miniere-hautplateau.example.com",
        "Contribution de la Société Minière du Haut-Plateau",
        """
        Madame, Monsieur,

        La Société Minière du Haut-Plateau SA vous adresse sa contribution relative aux
        travailleurs migrants sur ses sites d'extraction.

        Veuillez agréer l'expression de nos salutations distinguées.

        Direction de la responsabilité sociétale
        Société Minière du Haut-Plateau SA
        Capital social 5 000 000 EUR – RCS 000 000 000
        """,
        "",
        "private_sector",
        ("Société Minière du Haut-Plateau SA", "Société Minière du Haut-Plateau"),
    ),
    Variation(
        "company-fr-05",
        "Nathalie Rousset",
        "n.rousset@belval-agro.example.fr",
        "Contribution Belval",
        """
        Bonjour,

        Je vous transmets la contribution de notre groupe sur le recrutement de saisonniers
        étrangers.

        Nathalie Rousset
        Directrice conformité
        Agroalimentaire Belval SAS
        """,
        "",
        "private_sector",
        ("Agroalimentaire Belval SAS", "Agroalimentaire Belval"),
    ),
    Variation(
        "company-fr-06",
        "Me Aïssatou Mbeki",
        "a.mbeki@roussel-mbeki-avocats.example.fr",
        "Contribution du cabinet Roussel & Mbeki",
        """
        Madame, Monsieur,

        Notre cabinet, qui assiste des entreprises dans leurs diligences en matière de
        droits humains, souhaite contribuer à vos travaux.

        Me Aïssatou Mbeki
        Associée
        Roussel & Mbeki Avocats
        Barreau de Paris
        """,
        "",
        "private_sector",
        ("Roussel & Mbeki Avocats", "Roussel & Mbeki"),
    ),
    Variation(
        "company-fr-07",
        "UPL Secrétariat",
        "secretariat@upl-littoral.example.org",
        "Contribution de l'Union patronale du Littoral",
        """
        Madame, Monsieur,

        L'Union patronale du Littoral (UPL), qui fédère les entreprises de la façade
        maritime, vous adresse sa contribution.

        Le Secrétariat général
        UPL
        """,
        "",
        "private_sector",
        ("Union patronale du Littoral (UPL)", "Union patronale du Littoral"),
    ),
    Variation(
        "company-fr-08",
        "Transports Lacroix-Ndiaye",
        "contact@lacroix-ndiaye.example.sn",
        "Contribution",
        """
        Bonjour,

        Ci-joint la contribution de notre entreprise de transport routier sur les
        conducteurs étrangers.

        Cordialement,
        La Direction
        Transports Lacroix-Ndiaye SARL
        Dakar
        """,
        "",
        "private_sector",
        ("Transports Lacroix-Ndiaye SARL", "Transports Lacroix-Ndiaye"),
    ),
    Variation(
        "company-es-09",
        "Relaciones Institucionales",
        "institucionales@vallealto.example.com.mx",
        "Contribución de Grupo Agroexportador Valle Alto",
        """
        Estimados señores:

        Grupo Agroexportador Valle Alto, S.A. de C.V. presenta su contribución sobre la
        contratación de jornaleros agrícolas migrantes.

        Atentamente,
        Relaciones Institucionales
        Grupo Agroexportador Valle Alto, S.A. de C.V.
        Culiacán, Sinaloa
        """,
        "",
        "private_sector",
        (
            "Grupo Agroexportador Valle Alto, S.A. de C.V.",
            "Grupo Agroexportador Valle Alto",
        ),
    ),
    Variation(
        "company-es-10",
        "Gerencia de Sostenibilidad",
        "sostenibilidad@cerroazul.example.pe",
        "Minera Cerro Azul – aporte",
        """
        Estimados,

        Adjuntamos el aporte de Minera Cerro Azul S.A.C. sobre trabajadores migrantes en
        nuestras operaciones.

        Gerencia de Sostenibilidad
        Minera Cerro Azul S.A.C.
        Lima, Perú
        """,
        "",
        "private_sector",
        ("Minera Cerro Azul S.A.C.", "Minera Cerro Azul"),
    ),
    Variation(
        "company-es-11",
        "ADETEP",
        "gerencia@adetep.example.org",
        "Aporte de ADETEP",
        """
        Estimados miembros del Grupo de Trabajo:

        La Asociación de Exportadores Textiles del Pacífico (ADETEP), gremio que agrupa a 60
        empresas, presenta su aporte.

        Gerencia General
        ADETEP
        """,
        "",
        "private_sector",
        (
            "Asociación de Exportadores Textiles del Pacífico (ADETEP)",
            "Asociación de Exportadores Textiles del Pacífico",
        ),
    ),
    Variation(
        "company-es-12",
        "Jorge Llorente",
        "jllorente@riberanorte.example.es",
        "Contribución",
        """
        Buenos días,

        Les remito la contribución de nuestra empresa.

        Jorge Llorente Ferrer
        Director de Personas
        Textiles Ribera Norte, S.L.
        Polígono Industrial Norte, nave 12 – Elche
        """,
        "",
        "private_sector",
        ("Textiles Ribera Norte, S.L.", "Textiles Ribera Norte"),
    ),
    # ── igo: intergovernmental bodies ──
    Variation(
        "igo-en-01",
        "Maria Delgado-Swan",
        "mdelgadoswan@iom.int",
        "IOM input to the call",
        """
        Dear colleagues,

        Please find attached the input of the International Organization for Migration.

        Best regards,
        Maria Delgado-Swan
        Migration Policy Officer
        International Organization for Migration (IOM)
        17 route des Morillons, Geneva
        """,
        "",
        "international_org",
        (
            "International Organization for Migration (IOM)",
            "International Organization for Migration",
        ),
    ),
    Variation(
        "igo-en-02",
        "UNHCR Protection Policy",
        "hqpp00@unhcr.org",
        "UNHCR submission",
        """
        Dear Working Group,

        The Office of the United Nations High Commissioner for Refugees (UNHCR) is pleased
        to share its submission.

        Division of International Protection
        UNHCR
        """,
        "",
        "international_org",
        (
            "Office of the United Nations High Commissioner for Refugees (UNHCR)",
            "Office of the United Nations High Commissioner for Refugees",
            "United Nations High Commissioner for Refugees (UNHCR)",
            "UNHCR",
        ),
    ),
    Variation(
        "igo-en-03",
        "Stefan Marinov",
        "stefan.marinov@coe.int",
        "Council of Europe contribution",
        """
        Dear Sir/Madam,

        On behalf of the Secretariat of the Council of Europe, I transmit the attached
        contribution.

        Stefan Marinov
        Administrator, Migration and Refugees Division
        Council of Europe, Strasbourg
        """,
        "",
        "international_org",
        ("Council of Europe",),
    ),
    Variation(
        "igo-en-04",
        "ACHPR Secretariat",
        "au-banjul@achpr.org",
        "Contribution of the African Commission",
        """
        Dear members of the Working Group,

        The Secretariat of the African Commission on Human and Peoples' Rights transmits
        the contribution of the Special Rapporteur on Refugees, Asylum Seekers, Internally
        Displaced Persons and Migrants in Africa.

        Secretariat
        African Commission on Human and Peoples' Rights (ACHPR)
        Banjul, The Gambia
        """,
        "",
        "international_org",
        (
            "African Commission on Human and Peoples' Rights (ACHPR)",
            "African Commission on Human and Peoples' Rights",
        ),
    ),
    Variation(
        "igo-fr-05",
        "Représentation OIF Genève",
        "rep.geneve@francophonie.org",
        "Contribution de l'OIF",
        """
        Madame, Monsieur,

        La Représentation permanente de l'Organisation internationale de la Francophonie
        auprès des Nations Unies à Genève vous transmet sa contribution.

        Représentation permanente de l'OIF à Genève
        """,
        "",
        "international_org",
        (
            "International Organisation of La Francophonie",
            "Organisation internationale de la Francophonie (OIF)",
            "Organisation internationale de la Francophonie",
        ),
    ),
    Variation(
        "igo-fr-06",
        "Bureau de l'OIT",
        "migrant@ilo.org",
        "Contribution du Bureau international du Travail",
        """
        Madame, Monsieur,

        Le Bureau international du Travail vous fait parvenir la contribution de
        l'Organisation internationale du Travail (OIT) sur le recrutement équitable.

        Service des migrations de main-d'œuvre
        Bureau international du Travail
        Genève
        """,
        "",
        "international_org",
        (
            "International Labour Organization (ILO)",
            "International Labour Organization",
            "Organisation internationale du Travail (OIT)",
            "Organisation internationale du Travail",
            "International Labour Office",
            "Bureau international du Travail",
        ),
    ),
    Variation(
        "igo-fr-07",
        "Marek Zielinski",
        "marek.zielinski@odihr.pl",
        "Contribution du BIDDH/OSCE",
        """
        Madame, Monsieur,

        Veuillez trouver ci-joint la contribution du Bureau des institutions démocratiques
        et des droits de l'homme (BIDDH) de l'OSCE.

        Marek Zielinski
        Conseiller, Département des droits de l'homme
        OSCE/BIDDH, Varsovie
        """,
        "",
        "international_org",
        (
            "OSCE Office for Democratic Institutions and Human Rights (ODIHR)",
            "OSCE Office for Democratic Institutions and Human Rights",
            "Bureau des institutions démocratiques et des droits de l'homme (BIDDH) de l'OSCE",
            "Bureau des institutions démocratiques et des droits de l'homme de l'OSCE",
            "Bureau des institutions démocratiques et des droits de l'homme (BIDDH)",
        ),
    ),
    Variation(
        "igo-fr-08",
        "Awa Diallo",
        "adiallo@unicef.org",
        "Contribution UNICEF – Afrique de l'Ouest et du Centre",
        """
        Madame, Monsieur,

        Le Bureau régional de l'UNICEF pour l'Afrique de l'Ouest et du Centre a le plaisir
        de vous transmettre sa contribution sur les enfants en déplacement.

        Awa Diallo
        Spécialiste protection de l'enfance
        UNICEF – Bureau régional, Dakar
        """,
        "",
        "international_org",
        (
            "United Nations Children's Fund (UNICEF)",
            "United Nations Children's Fund",
            "UNICEF",
            "Fonds des Nations Unies pour l'enfance (UNICEF)",
        ),
    ),
    Variation(
        "igo-es-09",
        "Secretaría Ejecutiva CIDH",
        "cidhdenuncias@oas.org",
        "Contribución de la CIDH",
        """
        Estimados miembros del Grupo de Trabajo:

        La Secretaría Ejecutiva de la Comisión Interamericana de Derechos Humanos (CIDH)
        remite la contribución de la Relatoría sobre los Derechos de las Personas Migrantes.

        Secretaría Ejecutiva
        Comisión Interamericana de Derechos Humanos
        Organización de los Estados Americanos, Washington D.C.
        """,
        "",
        "international_org",
        (
            "Inter-American Commission on Human Rights (IACHR)",
            "Inter-American Commission on Human Rights",
            "Comisión Interamericana de Derechos Humanos (CIDH)",
            "Comisión Interamericana de Derechos Humanos",
        ),
    ),
    Variation(
        "igo-es-10",
        "Carolina Pérez Añez",
        "carolina.perez@unwomen.org",
        "Aporte de ONU Mujeres",
        """
        Estimadas y estimados:

        Adjunto el aporte de la Oficina Regional para las Américas y el Caribe de ONU
        Mujeres sobre mujeres migrantes en tránsito.

        Carolina Pérez Añez
        Especialista en Movilidad Humana
        ONU Mujeres – Oficina Regional para las Américas y el Caribe, Panamá
        """,
        "",
        "international_org",
        (
            "UN Women",
            "United Nations Entity for Gender Equality and the Empowerment of Women (UN Women)",
            "ONU Mujeres",
        ),
    ),
    Variation(
        "igo-es-11",
        "IPPDH",
        "info@ippdh.mercosur.int",
        "Aporte del IPPDH del MERCOSUR",
        """
        Estimados:

        El Instituto de Políticas Públicas en Derechos Humanos del MERCOSUR (IPPDH) remite
        su aporte sobre movilidad humana en la región.

        Saludos cordiales,
        IPPDH – MERCOSUR
        Buenos Aires
        """,
        "",
        "international_org",
        (
            "Institute of Public Policies on Human Rights of MERCOSUR (IPPDH)",
            "Instituto de Políticas Públicas en Derechos Humanos del MERCOSUR (IPPDH)",
            "Instituto de Políticas Públicas en Derechos Humanos del MERCOSUR",
        ),
    ),
    Variation(
        "igo-es-12",
        "Tomás Echeverría",
        "tomas.echeverria@un.org",
        "UNODC - contribución",
        """
        Estimados miembros del Grupo de Trabajo:

        Les hago llegar la contribución de la Oficina de las Naciones Unidas contra la Droga
        y el Delito sobre el tráfico ilícito de migrantes.

        Tomás Echeverría
        Oficial de Prevención del Delito
        UNODC – Oficina Regional para Centroamérica y el Caribe
        """,
        "",
        "international_org",
        (
            "United Nations Office on Drugs and Crime (UNODC)",
            "United Nations Office on Drugs and Crime",
            "UNODC",
            "Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC)",
        ),
    ),
    # ── nhri: national human rights institutions ──
    Variation(
        "nhri-en-01",
        "KNCHR",
        "haki@knchr.org",
        "Submission of the Kenya National Commission on Human Rights",
        """
        Dear Working Group,

        The Kenya National Commission on Human Rights (KNCHR) submits the attached report
        on refugees and asylum seekers in Dadaab and Kakuma.

        Commission Secretary
        Kenya National Commission on Human Rights
        CVS Plaza, Lenana Road, Nairobi
        """,
        "",
        "nhri",
        (
            "Kenya National Commission on Human Rights (KNCHR)",
            "Kenya National Commission on Human Rights",
        ),
        "KEN",
    ),
    Variation(
        "nhri-en-02",
        "Siobhán Gallagher",
        "sgallagher@ihrec.ie",
        "IHREC submission",
        """
        Dear colleagues,

        Please find attached the submission of the Irish Human Rights and Equality
        Commission on the International Protection Act.

        Kind regards,
        Siobhán Gallagher
        Legal Officer
        Irish Human Rights and Equality Commission
        16-22 Green Street, Dublin 7
        """,
        "",
        "nhri",
        (
            "Irish Human Rights and Equality Commission",
            "Irish Human Rights and Equality Commission (IHREC)",
        ),
        "IRL",
    ),
    Variation(
        "nhri-en-03",
        "CHR Philippines",
        "records@chr.gov.ph",
        "Submission of the Commission on Human Rights",
        """
        Dear Working Group,

        The Commission on Human Rights of the Philippines respectfully submits its input on
        overseas Filipino workers in detention abroad.

        Office of the Chairperson
        Commission on Human Rights
        Republic of the Philippines
        """,
        "",
        "nhri",
        (
            "Commission on Human Rights of the Philippines",
            "Commission on Human Rights of the Philippines (CHR)",
        ),
        "PHL",
    ),
    Variation(
        "nhri-fr-04",
        "CNCDH",
        "cncdh@cncdh.fr",
        "Contribution de la CNCDH",
        """
        Madame, Monsieur,

        La Commission nationale consultative des droits de l'homme (CNCDH) a l'honneur de
        vous transmettre sa contribution sur la zone d'attente de Roissy.

        Le Secrétariat général
        CNCDH
        20 avenue de Ségur, Paris
        """,
        "",
        "nhri",
        (
            "Commission nationale consultative des droits de l'homme (CNCDH)",
            "Commission nationale consultative des droits de l'homme",
            "National Consultative Commission on Human Rights (CNCDH)",
        ),
        "FRA",
    ),
    Variation(
        "nhri-fr-05",
        "Conseil national des droits de l'Homme",
        "cndh@cndh.ma",
        "Contribution du CNDH",
        """
        Madame, Monsieur,

        Le Conseil national des droits de l'Homme du Royaume du Maroc vous adresse sa
        contribution relative aux migrants en situation irrégulière.

        Direction de la coopération internationale
        CNDH – Rabat
        """,
        "",
        "nhri",
        (
            "Conseil national des droits de l'Homme (CNDH)",
            "Conseil national des droits de l'Homme",
            "National Human Rights Council of Morocco",
        ),
        "MAR",
    ),
    Variation(
        "nhri-fr-06",
        "Commission canadienne des droits de la personne",
        "info.com@chrc-ccdp.gc.ca",
        "Contribution de la Commission canadienne des droits de la personne",
        """
        Madame, Monsieur,

        La Commission canadienne des droits de la personne vous transmet sa contribution sur
        la détention liée à l'immigration au Canada.

        Commission canadienne des droits de la personne
        Canadian Human Rights Commission
        Ottawa (Ontario)
        """,
        "",
        "nhri",
        (
            "Canadian Human Rights Commission",
            "Commission canadienne des droits de la personne",
        ),
        "CAN",
    ),
    Variation(
        "nhri-fr-07",
        "Lotte Vermeulen",
        "lotte.vermeulen@firm-ifdh.be",
        "Contribution de l'IFDH",
        """
        Madame, Monsieur,

        Je vous transmets la contribution de l'Institut fédéral pour la protection et la
        promotion des droits humains (IFDH) sur les retours forcés.

        Lotte Vermeulen
        Collaboratrice juridique
        Institut fédéral des droits humains – Federaal Instituut voor de Rechten van de Mens
        """,
        "",
        "nhri",
        (
            "Institut fédéral pour la protection et la promotion des droits humains (IFDH)",
            "Institut fédéral pour la protection et la promotion des droits humains",
            "Federal Institute for the Protection and Promotion of Human Rights (FIRM)",
            "Institut fédéral des droits humains",
        ),
        "BEL",
    ),
    Variation(
        "nhri-fr-08",
        "CCDH",
        "info@ccdh.public.lu",
        "Contribution de la CCDH",
        """
        Madame, Monsieur,

        La Commission consultative des droits de l'Homme du Grand-Duché de Luxembourg vous
        fait parvenir sa contribution.

        Secrétariat de la CCDH
        Luxembourg
        """,
        "",
        "nhri",
        (
            "Commission consultative des droits de l'Homme du Grand-Duché de Luxembourg (CCDH)",
            "Commission consultative des droits de l'Homme du Grand-Duché de Luxembourg",
            "Consultative Commission on Human Rights of Luxembourg",
        ),
        "LUX",
    ),
    Variation(
        "nhri-es-09",
        "Delegada para la Movilidad Humana",
        "movilidadhumana@defensoria.gov.co",
        "Aporte de la Defensoría del Pueblo",
        """
        Respetados miembros del Grupo de Trabajo:

        La Defensoría del Pueblo de Colombia remite su aporte sobre la población migrante
        en el Tapón del Darién.

        Delegada para los Derechos de la Población en Movilidad Humana
        Defensoría del Pueblo – Colombia
        Bogotá D.C.
        """,
        "",
        "nhri",
        ("Defensoría del Pueblo de Colombia", "Ombudsman's Office of Colombia"),
        "COL",
    ),
    Variation(
        "nhri-es-10",
        "INDH Chile",
        "internacional@indh.cl",
        "Aporte del INDH",
        """
        Estimados/as:

        El Instituto Nacional de Derechos Humanos (INDH) remite su aporte sobre la frontera
        norte de Chile.

        Unidad de Relaciones Internacionales
        Instituto Nacional de Derechos Humanos
        Santiago, Chile
        """,
        "",
        "nhri",
        (
            "Instituto Nacional de Derechos Humanos (INDH)",
            "Instituto Nacional de Derechos Humanos",
            "National Human Rights Institute of Chile",
        ),
        "CHL",
    ),
    Variation(
        "nhri-es-11",
        "Gabinete del Defensor del Pueblo",
        "registro@defensordelpueblo.es",
        "Contribución del Defensor del Pueblo",
        """
        Estimados señores:

        El Defensor del Pueblo de España, en su condición de institución nacional de
        derechos humanos, remite su contribución sobre las llegadas a Canarias.

        Gabinete del Defensor del Pueblo
        Paseo de Eduardo Dato 31, Madrid
        """,
        "",
        "nhri",
        ("Defensor del Pueblo", "Defensor del Pueblo de España", "Ombudsman of Spain"),
        "ESP",
    ),
    Variation(
        "nhri-es-12",
        "Procuraduría de los Derechos Humanos",
        "informacion@pdh.org.gt",
        "Informe del Procurador de los Derechos Humanos",
        """
        Estimados miembros del Grupo de Trabajo:

        El Procurador de los Derechos Humanos de Guatemala presenta su informe sobre
        personas retornadas.

        Defensoría de las Personas Migrantes
        Procuraduría de los Derechos Humanos (PDH)
        Guatemala, C.A.
        """,
        "",
        "nhri",
        (
            "Procurador de los Derechos Humanos",
            "Procurador de los Derechos Humanos de Guatemala",
            "Procuraduría de los Derechos Humanos (PDH)",
            "Procuraduría de los Derechos Humanos",
        ),
        "GTM",
    ),
    # ── state: notes verbales, missions and ministries ──
    Variation(
        "state-en-01",
        "Australian Mission Geneva",
        "geneva.mission@dfat.gov.au",
        "Note verbale - call for inputs",
        """
        Dear Secretariat,

        Please find attached a note verbale from the Permanent Mission of Australia to the
        United Nations, with Australia's response to the questionnaire.

        Kind regards,
        Human Rights Section
        Permanent Mission of Australia, Geneva
        """,
        """
        Note No. 00/2026
        The Permanent Mission of Australia to the United Nations Office and other
        international organisations in Geneva presents its compliments to the Office of the
        United Nations High Commissioner for Human Rights and has the honour to transmit
        the response of the Government of Australia.
        """,
        "member_state",
        ("Australia",),
        "AUS",
    ),
    Variation(
        "state-en-02",
        "Kenya Mission",
        "kenyamission.geneva@mfa.go.ke",
        "Response of the Republic of Kenya",
        """
        The Permanent Mission of the Republic of Kenya to the United Nations Office at
        Geneva presents its compliments to the Office of the High Commissioner for Human
        Rights and has the honour to forward herewith the response of the Government of the
        Republic of Kenya to the call for inputs.

        The Permanent Mission of the Republic of Kenya avails itself of this opportunity to
        renew to the Office the assurances of its highest consideration.
        """,
        "",
        "member_state",
        ("Kenya", "Republic of Kenya"),
        "KEN",
    ),
    Variation(
        "state-en-03",
        "Joseph Dela Cruz",
        "jdelacruz@dfa.gov.ph",
        "Input of the Philippines",
        """
        Dear colleagues,

        On behalf of the Department of Foreign Affairs, I transmit the input of the
        Philippines on the protection of migrant workers.

        Joseph Dela Cruz
        Third Secretary
        Permanent Mission of the Republic of the Philippines to the United Nations, Geneva
        """,
        "",
        "member_state",
        ("Philippines", "Republic of the Philippines"),
        "PHL",
    ),
    Variation(
        "state-fr-04",
        "Représentation permanente de la France",
        "dfra.geneve@diplomatie.gouv.fr",
        "Note verbale – réponse de la France",
        """
        Madame, Monsieur,

        Veuillez trouver ci-joint une note verbale de la Représentation permanente de la
        France, accompagnée de la réponse des autorités françaises.

        Section des droits de l'homme
        Représentation permanente de la France auprès de l'Office des Nations Unies à Genève
        """,
        """
        N° 000/2026
        La Représentation permanente de la France auprès de l'Office des Nations Unies à
        Genève présente ses compliments au Haut-Commissariat aux droits de l'homme et a
        l'honneur de lui transmettre la contribution de la France.
        """,
        "member_state",
        ("France",),
        "FRA",
    ),
    Variation(
        "state-fr-05",
        "Mission suisse",
        "gen.vertretung@eda.admin.ch",
        "Contribution de la Suisse",
        """
        La Mission permanente de la Suisse auprès de l'Office des Nations Unies et des autres
        organisations internationales à Genève présente ses compliments au Haut-Commissariat
        et a l'honneur de lui transmettre la contribution de la Confédération suisse.
        """,
        "",
        "member_state",
        ("Switzerland", "Confédération suisse", "Suisse"),
        "CHE",
    ),
    Variation(
        "state-fr-06",
        "Mission du Sénégal",
        "mission.senegal.geneve@diplomatie.gouv.sn",
        "Contribution de la République du Sénégal",
        """
        Madame, Monsieur,

        La Mission permanente de la République du Sénégal a l'honneur de transmettre, en
        pièce jointe, la contribution du Gouvernement du Sénégal.

        Le Premier Conseiller
        """,
        "",
        "member_state",
        ("Senegal", "République du Sénégal", "Sénégal"),
        "SEN",
    ),
    Variation(
        "state-fr-07",
        "Karim Bennani",
        "k.bennani@diplomatie.ma",
        "Contribution du Royaume du Maroc",
        """
        Madame, Monsieur,

        J'ai l'honneur de vous transmettre la contribution du Royaume du Maroc, préparée
        par la Délégation interministérielle aux droits de l'Homme.

        Karim Bennani
        Conseiller
        Mission permanente du Royaume du Maroc, Genève
        """,
        "",
        "member_state",
        ("Morocco", "Royaume du Maroc", "Maroc"),
        "MAR",
    ),
    Variation(
        "state-fr-08",
        "SPF Affaires étrangères",
        "droitsdelhomme@diplobel.fed.be",
        "Réponse de la Belgique",
        """
        Madame, Monsieur,

        Le Service public fédéral Affaires étrangères, Commerce extérieur et Coopération au
        Développement vous transmet la réponse de la Belgique au questionnaire.

        Direction des droits de l'homme
        SPF Affaires étrangères – Royaume de Belgique
        """,
        "",
        "member_state",
        ("Belgium", "Belgique", "Royaume de Belgique"),
        "BEL",
    ),
    Variation(
        "state-es-09",
        "Misión de México",
        "onuginebra@sre.gob.mx",
        "Nota verbal – contribución de México",
        """
        La Misión Permanente de México ante la Oficina de las Naciones Unidas y otros
        Organismos Internacionales con sede en Ginebra saluda atentamente a la Oficina del
        Alto Comisionado y tiene el honor de remitir la contribución de los Estados Unidos
        Mexicanos.
        """,
        "",
        "member_state",
        ("Mexico", "Estados Unidos Mexicanos", "México"),
        "MEX",
    ),
    Variation(
        "state-es-10",
        "Andrea Rincón",
        "andrea.rincon@cancilleria.gov.co",
        "Respuesta de Colombia al cuestionario",
        """
        Estimados señores:

        Remito la respuesta del Estado colombiano al cuestionario del Grupo de Trabajo.

        Andrea Rincón
        Dirección de Derechos Humanos y DIH
        Ministerio de Relaciones Exteriores – República de Colombia
        """,
        "",
        "member_state",
        ("Colombia", "República de Colombia"),
        "COL",
    ),
    Variation(
        "state-es-11",
        "Misión Argentina",
        "mision.ginebra@cancilleria.gob.ar",
        "Nota – contribución argentina",
        """
        Estimados:

        Se adjunta nota de la Misión Permanente de la República Argentina con la
        contribución del Gobierno argentino.

        Misión Permanente de la República Argentina ante los Organismos Internacionales en
        Ginebra
        """,
        """
        MPG N° 000/2026
        La Misión Permanente de la República Argentina ante los Organismos Internacionales
        en Ginebra saluda muy atentamente a la Oficina del Alto Comisionado y tiene el
        honor de remitirle la contribución de la República Argentina.
        """,
        "member_state",
        ("Argentina", "República Argentina"),
        "ARG",
    ),
    Variation(
        "state-es-12",
        "Ministerio del Trabajo",
        "despacho@trabajo.gob.ec",
        "Aporte del Ministerio del Trabajo del Ecuador",
        """
        Estimados miembros del Grupo de Trabajo:

        El Ministerio del Trabajo de la República del Ecuador remite, por intermedio de la
        Cancillería, el aporte del Estado ecuatoriano.

        Despacho Ministerial
        Ministerio del Trabajo
        Quito – Ecuador
        """,
        "",
        "member_state",
        ("Ecuador", "República del Ecuador"),
        "ECU",
    ),
    # ── academic: institutes, university centres, professors ──
    Variation(
        "academic-en-01",
        "Centre for Migration and Borders",
        "cmb@eastvale.example.edu",
        "Submission from the Centre for Migration and Borders",
        """
        Dear Working Group,

        The Centre for Migration and Borders at the University of Eastvale submits the
        attached research findings on border deaths.

        Best regards,
        Centre for Migration and Borders
        School of Law, University of Eastvale
        """,
        "",
        "academic",
        (
            "Centre for Migration and Borders, University of Eastvale",
            "Centre for Migration and Borders",
        ),
    ),
    Variation(
        "academic-en-02",
        "Miriam Okafor",
        "m.okafor@northbridge.example.ac.uk",
        "Submission – Prof. Miriam Okafor",
        """
        Dear members of the Working Group,

        I am a professor of international law and submit the attached paper, based on my
        research, in my academic capacity.

        Yours sincerely,
        Prof. Miriam Okafor
        Professor of International Law
        University of Northbridge
        """,
        "",
        "academic",
        (
            "Miriam Okafor",
            "Prof. Miriam Okafor",
            "Miriam Okafor, University of Northbridge",
            "Prof. Miriam Okafor, University of Northbridge",
        ),
    ),
    Variation(
        "academic-en-03",
        "HRLC Lakeshore",
        "hrlawclinic@lakeshore.example.edu",
        "Human Rights Law Clinic submission",
        """
        Dear Working Group,

        Students of the Human Rights Law Clinic at Lakeshore University School of Law
        prepared the attached submission under faculty supervision.

        Human Rights Law Clinic
        Lakeshore University School of Law
        """,
        "",
        "academic",
        (
            "Human Rights Law Clinic, Lakeshore University School of Law",
            "Human Rights Law Clinic, Lakeshore University",
            "Human Rights Law Clinic",
        ),
    ),
    Variation(
        "academic-fr-04",
        "Clinique juridique",
        "clinique.dh@montclair.example.fr",
        "Contribution de la Clinique juridique des droits humains",
        """
        Madame, Monsieur,

        La Clinique juridique des droits humains de l'Université de Montclair vous adresse
        la contribution préparée par ses étudiantes et étudiants.

        Clinique juridique des droits humains
        Faculté de droit – Université de Montclair
        """,
        "",
        "academic",
        (
            "Clinique juridique des droits humains, Université de Montclair",
            "Clinique juridique des droits humains",
        ),
    ),
    Variation(
        "academic-fr-05",
        "CReMi",
        "cremi@univ-valdor.example.fr",
        "Contribution du CReMi",
        """
        Bonjour,

        Le Centre de recherche sur les migrations (CReMi) de l'Université de Valdor
        transmet sa contribution.

        Pour le CReMi,
        la directrice
        """,
        "",
        "academic",
        (
            "Centre de recherche sur les migrations (CReMi), Université de Valdor",
            "Centre de recherche sur les migrations (CReMi)",
            "Centre de recherche sur les migrations",
        ),
    ),
    Variation(
        "academic-fr-06",
        "Hélène Marchetti",
        "helene.marchetti@univ-saintarnaud.example.fr",
        "Contribution – Pr Hélène Marchetti",
        """
        Madame, Monsieur,

        Professeure de droit public, je vous adresse une contribution issue de mes
        recherches sur les zones d'attente.

        Bien cordialement,
        Hélène Marchetti
        Professeure, Université de Saint-Arnaud
        """,
        "",
        "academic",
        (
            "Hélène Marchetti",
            "Pr Hélène Marchetti",
            "Hélène Marchetti, Université de Saint-Arnaud",
        ),
    ),
    Variation(
        "academic-fr-07",
        "Chaire mobilité humaine",
        "chaire.mobilite@ulacbrule.example.ca",
        "Contribution de la Chaire de recherche",
        """
        Madame, Monsieur,

        La Chaire de recherche sur la mobilité humaine de l'Université du Lac-Brûlé vous
        transmet le mémoire ci-joint.

        Chaire de recherche sur la mobilité humaine
        Université du Lac-Brûlé
        """,
        "",
        "academic",
        (
            "Chaire de recherche sur la mobilité humaine, Université du Lac-Brûlé",
            "Chaire de recherche sur la mobilité humaine",
        ),
    ),
    Variation(
        "academic-fr-08",
        "",
        "labo.ljm@univ-ouestrive.example.fr",
        "Contribution",
        """
        Bonjour,

        Ci-joint la contribution de notre laboratoire.

        Cordialement,
        """,
        """
        Laboratoire d'études juridiques sur les migrations (LEJM)
        Université de l'Ouest-Rive
        Contribution au Groupe de travail des Nations Unies
        """,
        "academic",
        (
            "Laboratoire d'études juridiques sur les migrations (LEJM), Université de l'Ouest-Rive",
            "Laboratoire d'études juridiques sur les migrations (LEJM)",
            "Laboratoire d'études juridiques sur les migrations",
        ),
    ),
    Variation(
        "academic-es-09",
        "Observatorio de Movilidad Humana",
        "observatorio@utierraalta.example.edu.co",
        "Aporte del Observatorio de Movilidad Humana",
        """
        Cordial saludo,

        El Observatorio de Movilidad Humana de la Universidad de Tierra Alta remite su
        aporte con datos de 2025.

        Observatorio de Movilidad Humana
        Universidad de Tierra Alta
        """,
        "",
        "academic",
        (
            "Observatorio de Movilidad Humana, Universidad de Tierra Alta",
            "Observatorio de Movilidad Humana",
        ),
    ),
    Variation(
        "academic-es-10",
        "Clínica Jurídica",
        "clinica.juridica@uvalle.example.edu.mx",
        "Contribución de la Clínica Jurídica de Derechos Humanos",
        """
        Estimados:

        La Clínica Jurídica de Derechos Humanos de la Universidad Austral del Valle presenta
        su contribución.

        Coordinación de la Clínica
        """,
        "",
        "academic",
        (
            "Clínica Jurídica de Derechos Humanos, Universidad Austral del Valle",
            "Clínica Jurídica de Derechos Humanos",
        ),
    ),
    Variation(
        "academic-es-11",
        "Carmen Ibarra Soto",
        "cibarra@usantelmo.example.edu.ar",
        "Contribución académica",
        """
        Estimados miembros del Grupo de Trabajo:

        Como investigadora en migraciones, remito una contribución basada en mi trabajo de
        campo en la triple frontera.

        Dra. Carmen Ibarra Soto
        Investigadora, Universidad de San Telmo
        """,
        "",
        "academic",
        (
            "Carmen Ibarra Soto",
            "Dra. Carmen Ibarra Soto",
            "Carmen Ibarra Soto, Universidad de San Telmo",
        ),
    ),
    Variation(
        "academic-es-12",
        "IEF",
        "ief@unriocloro.example.edu.mx",
        "Aporte del Instituto de Estudios Fronterizos",
        """
        Estimados:

        Adjuntamos el aporte del Instituto de Estudios Fronterizos (IEF) de la Universidad
        Nacional de Río Claro.

        IEF – UNRC
        """,
        "",
        "academic",
        (
            "Instituto de Estudios Fronterizos (IEF), Universidad Nacional de Río Claro",
            "Instituto de Estudios Fronterizos (IEF)",
            "Instituto de Estudios Fronterizos",
        ),
    ),
    # ── individual: a person writing for themselves ──
    Variation(
        "individual-en-01",
        "Samuel Adeyemi",
        "sam.adeyemi88@gmail.com",
        "My submission",
        """
        Dear Sir/Madam,

        I was held in immigration detention for eleven months. I attach my account and my
        recommendations.

        Samuel Adeyemi
        """,
        "",
        "individual",
        ("Samuel Adeyemi",),
    ),
    Variation(
        "individual-en-02",
        "Grace Whitfield",
        "gwhitfield@lawfirm-hollins.example.com",
        "Personal submission",
        """
        Dear Working Group,

        I write in my personal capacity, not on behalf of my employer, as an immigration
        lawyer with fifteen years of practice.

        Grace Whitfield
        Senior Associate, Hollins & Crane LLP
        """,
        "",
        "individual",
        ("Grace Whitfield",),
    ),
    Variation(
        "individual-en-03",
        "",
        "retired.judge.k@outlook.com",
        "Observations",
        """
        Dear colleagues,

        As a retired judge of the asylum tribunal, I share the following observations.

        Regards,
        Judge (ret.) Kenneth Oduya
        """,
        "",
        "individual",
        ("Kenneth Oduya", "Judge (ret.) Kenneth Oduya"),
    ),
    Variation(
        "individual-en-04",
        "Leila M.",
        "leila.m.writes@proton.me",
        "Input",
        """
        Hello,

        I am a volunteer interpreter at the border and attach my notes.

        Leila Mansour
        """,
        "",
        "individual",
        ("Leila Mansour",),
    ),
    Variation(
        "individual-fr-05",
        "Mamadou Sow",
        "mamadou.sow@gmail.com",
        "Mon témoignage",
        """
        Bonjour,

        Je suis un ancien demandeur d'asile et je voudrais partager mon témoignage sur mon
        passage en zone d'attente.

        Merci,
        Mamadou Sow
        """,
        "",
        "individual",
        ("Mamadou Sow",),
    ),
    Variation(
        "individual-fr-06",
        "Isabelle Carrère",
        "isabelle.carrere@laposte.net",
        "Contribution personnelle",
        """
        Madame, Monsieur,

        Bénévole depuis dix ans dans une permanence juridique, j'écris à titre personnel.

        Isabelle Carrère
        """,
        "",
        "individual",
        ("Isabelle Carrère",),
    ),
    Variation(
        "individual-fr-07",
        "Dr Yves Ndongo",
        "yndongo@cliniquesaintluc.example.fr",
        "Observations d'un médecin",
        """
        Madame, Monsieur,

        Médecin urgentiste, je vous écris en mon nom propre, et non au nom de mon
        établissement, sur les certificats médicaux en centre de rétention.

        Dr Yves Ndongo
        """,
        "",
        "individual",
        ("Yves Ndongo", "Dr Yves Ndongo"),
    ),
    Variation(
        "individual-fr-08",
        "",
        "amelie.b.1975@orange.fr",
        "Contribution",
        """
        Bonjour,

        Mère d'un jeune exilé disparu en mer, je souhaite contribuer à vos travaux.

        Amélie Boucher
        """,
        "",
        "individual",
        ("Amélie Boucher",),
    ),
    Variation(
        "individual-es-09",
        "María de los Ángeles Quispe",
        "mangelesquispe@hotmail.com",
        "Mi testimonio",
        """
        Buenas tardes,

        Soy madre de un joven migrante desaparecido en 2021. Les escribo para compartir mi
        testimonio.

        María de los Ángeles Quispe
        """,
        "",
        "individual",
        ("María de los Ángeles Quispe",),
    ),
    Variation(
        "individual-es-10",
        "Lic. Ernesto Salgado",
        "esalgado.abogado@gmail.com",
        "Aporte a título personal",
        """
        Estimados:

        Como abogado litigante, y a título personal, les remito algunas observaciones.

        Lic. Ernesto Salgado Ruiz
        """,
        "",
        "individual",
        ("Ernesto Salgado Ruiz", "Lic. Ernesto Salgado Ruiz"),
    ),
    Variation(
        "individual-es-11",
        "",
        "joseluis.pm@yahoo.es",
        "Contribución",
        """
        Hola,

        Les envío mi contribución como ciudadano preocupado.

        José Luis Palacios Mora
        Enviado desde mi teléfono
        """,
        "",
        "individual",
        ("José Luis Palacios Mora",),
    ),
    Variation(
        "individual-es-12",
        "Daniela Fuentes",
        "dfuentes@ong-ejemplo.example.org",
        "Contribución personal",
        """
        Estimados miembros del Grupo de Trabajo:

        Trabajo en una organización de acogida, pero escribo a título personal, como
        trabajadora social.

        Daniela Fuentes
        """,
        "",
        "individual",
        ("Daniela Fuentes",),
    ),
    # ── other: unions, parliamentarians, faith groups, municipalities, students ──
    Variation(
        "other-en-01",
        "Office of Hon. Ruth Amankwah MP",
        "ruth.amankwah.mp@parliament.example.org",
        "Submission from Hon. Ruth Amankwah, MP",
        """
        Dear Working Group,

        I submit the attached as a Member of Parliament and chair of the all-party group on
        migration.

        Hon. Ruth Amankwah, MP
        """,
        "",
        "other",
        ("Ruth Amankwah", "Hon. Ruth Amankwah, MP", "Ruth Amankwah, MP"),
    ),
    Variation(
        "other-en-02",
        "APWU General Secretary",
        "gensec@apwu.example.org",
        "Submission by the Allied Port Workers' Union",
        """
        Dear Sir/Madam,

        The Allied Port Workers' Union (APWU) represents 9,000 dock workers, many of them
        migrants.

        General Secretary
        Allied Port Workers' Union
        """,
        "",
        "other",
        ("Allied Port Workers' Union (APWU)", "Allied Port Workers' Union"),
    ),
    Variation(
        "other-en-03",
        "Eastvale Law Students' Human Rights Society",
        "hrsociety@students.eastvale.example.edu",
        "Student submission",
        """
        Dear Working Group,

        We are a student society of Eastvale University and submit the attached.

        Committee
        Eastvale Law Students' Human Rights Society
        """,
        "",
        "other",
        ("Eastvale Law Students' Human Rights Society",),
    ),
    Variation(
        "other-fr-04",
        "Mairie de Saint-Aubin-des-Marais",
        "cabinet@saintaubin-desmarais.example.fr",
        "Contribution de la Ville de Saint-Aubin-des-Marais",
        """
        Madame, Monsieur,

        La Ville de Saint-Aubin-des-Marais, commune d'accueil, vous adresse sa contribution.

        Le Cabinet du Maire
        """,
        "",
        "other",
        ("Ville de Saint-Aubin-des-Marais", "Saint-Aubin-des-Marais"),
    ),
    Variation(
        "other-fr-05",
        "STDL",
        "contact@stdl.example.org",
        "Contribution du STDL",
        """
        Bonjour,

        Le Syndicat des travailleuses domestiques du Littoral (STDL) vous transmet sa
        contribution.

        Le bureau syndical
        """,
        "",
        "other",
        (
            "Syndicat des travailleuses domestiques du Littoral (STDL)",
            "Syndicat des travailleuses domestiques du Littoral",
        ),
    ),
    Variation(
        "other-fr-06",
        "Paroisse protestante de Valcourt",
        "paroisse.valcourt@example.org",
        "Contribution de la paroisse",
        """
        Madame, Monsieur,

        Notre paroisse accueille des familles exilées depuis 2015. Voici notre contribution.

        Le conseil presbytéral
        Paroisse protestante de Valcourt
        """,
        "",
        "other",
        ("Paroisse protestante de Valcourt",),
    ),
    Variation(
        "other-fr-07",
        "Claire Fontanel",
        "claire.fontanel@deputee.example.fr",
        "Contribution de Mme Claire Fontanel, députée",
        """
        Madame, Monsieur,

        En ma qualité de députée, je vous adresse une contribution sur les visites de centres
        de rétention.

        Claire Fontanel
        Députée
        """,
        "",
        "other",
        ("Claire Fontanel", "Claire Fontanel, députée"),
    ),
    Variation(
        "other-es-08",
        "Municipalidad de San Isidro del Monte",
        "alcaldia@sanisidrodelmonte.example.gob",
        "Aporte de la Municipalidad",
        """
        Estimados:

        La Municipalidad de San Isidro del Monte remite su aporte sobre la acogida local de
        personas migrantes.

        Alcaldía Municipal
        """,
        "",
        "other",
        ("Municipalidad de San Isidro del Monte",),
    ),
    Variation(
        "other-es-09",
        "Sindicato",
        "sindicato.hogar@example.org",
        "Aporte del Sindicato de Trabajadoras del Hogar",
        """
        Compañeras y compañeros:

        El Sindicato de Trabajadoras del Hogar de Valle Verde comparte su aporte.

        Secretaría General
        """,
        "",
        "other",
        ("Sindicato de Trabajadoras del Hogar de Valle Verde",),
    ),
    Variation(
        "other-es-10",
        "Dip. Laura Méndez",
        "laura.mendez@congreso.example.gob",
        "Aporte de la diputada Laura Méndez",
        """
        Estimados miembros del Grupo de Trabajo:

        Como diputada y presidenta de la Comisión de Asuntos Migratorios, remito el
        siguiente aporte.

        Dip. Laura Méndez Ortega
        """,
        "",
        "other",
        ("Laura Méndez Ortega", "Dip. Laura Méndez Ortega"),
    ),
    Variation(
        "other-es-11",
        "Pastoral de Movilidad Humana",
        "pastoral.movilidad@diocesis-santalucia.example.org",
        "Aporte de la Pastoral",
        """
        Estimados:

        La Pastoral de Movilidad Humana de la Diócesis de Santa Lucía del Río presenta su
        aporte.

        Pastoral de Movilidad Humana
        Diócesis de Santa Lucía del Río
        """,
        "",
        "other",
        (
            "Pastoral de Movilidad Humana, Diócesis de Santa Lucía del Río",
            "Pastoral de Movilidad Humana",
        ),
    ),
    Variation(
        "other-es-12",
        "FEDLA",
        "fedla@estudiantes.llanoalto.example.edu",
        "Aporte estudiantil",
        """
        Hola,

        Somos la Federación de Estudiantes de Derecho de la Universidad de Llano Alto
        (FEDLA).

        Mesa directiva
        """,
        "",
        "other",
        (
            "Federación de Estudiantes de Derecho de la Universidad de Llano Alto (FEDLA)",
            "Federación de Estudiantes de Derecho de la Universidad de Llano Alto",
        ),
    ),
]

VARIATIONS: list[Variation] = [tidy(v) for v in _RAW]
