# ruff: noqa: E501
"""A fifteenth set of sender variations for the submitter detector, written apart from its rules.

The same record as the second set (`senders2.Variation`): one e-mail as it reaches a call
for inputs, with the answer an officer would publish on the "Submissions received" page.
The cases were written from how such mail looks, without sight of the detector's rules,
in English (45 per cent), French (a quarter) and Spanish (30 per cent).

It is a single ordinary season of one call's mailbox: the call of the Special Rapporteur
on the rights to freedom of peaceful assembly and of association on the protection of
climate and environmental activists and their associations. Its proportions lean
towards the senders that are hardest to type and name: about 25 per cent NGOs, networks
and movements (small and large, informal collectives, a coalition writing for fifty
members, many with a person's name on the mail), 8 per cent Member States (notes
verbales, ministries, missions, a State's environment agency) with two NGOs beside them
that write about a State in diplomatic phrasing, 10 per cent academics and university
units (a clinic, a centre, a doctoral student, a professor writing from a free-mail
address), 15 per cent individuals (an activist, a lawyer writing in her own name from
her firm's address, a journalist, a relative, a farmer, a retired judge), 7 per cent
NHRIs and ombudspersons (some in French and Spanish, with country-code domains), 7 per
cent United Nations and intergovernmental bodies (among them a regional environmental
agreement's secretariat, a regional organisation's parliamentary assembly and a
development bank's accountability mechanism), 13 per cent companies and business
associations (an energy company, a mining company, an industry association, a law firm
answering for a client company, a PR agency, a cooperative bank) and 15 per cent
`other` (parliamentarians, trade unions, bar associations, faith bodies, municipalities
and their networks, foundations, student unions, indigenous peoples' own authorities,
political parties). Senders come from every region.

It is as untidy as real mail is: signatures pasted from Outlook with a job title, a
department, a street address, phone numbers, web and social links, pronouns, a
confidentiality notice or a "Sent from my iPhone" under them; display names that differ
from the signature ("Info", "admin", "Compliance Team", all capitals, surname first);
names that come only from a letterhead or a title page, names in two languages, an
acronym in the mail with the full name only in the document, a shared mailbox signed by
a staff member, companies whose names carry "Group", "Holdings", "S.A.", "GmbH" or
"Ltd", and people who write in their own name from an address at a company or an NGO.

The civil society organisations, companies, academic units, unions, foundations, parties
and people here are invented, under names no earlier set uses (every real name of the
public civil-society letter the earlier sets drew on is already used by one of them).
States, NHRIs, intergovernmental bodies and municipalities are real, under their real
names; their staff and what their mail says are invented. Every mail domain and web
address is invented, under an `example` label.

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
        "info@mangrovedefenders.example.org.ng",
        "Submission - call for inputs on climate and environmental activists",
        """
        Dear Special Rapporteur,

        Please find attached our submission to your call for inputs on the protection of
        climate and environmental activists. It documents the arrest of eleven of our
        volunteers at the Bonny jetty protest and the closure of our community radio.

        Kind regards,

        Programme Team
        Delta Mangrove Defenders Initiative
        7 Aggrey Road, Port Harcourt, Rivers State, Nigeria
        T +234 803 555 0172 | www.mangrovedefenders.example.org.ng
        X/Twitter: @MangroveDefendNG

        DISCLAIMER: This message and any attachment are confidential and intended solely
        for the addressee. If you have received it in error, please notify the sender and
        delete it.
        """,
        """
        DELTA MANGROVE DEFENDERS INITIATIVE

        Arrests, raids and a silenced radio: protest in the Niger Delta, 2024-2026
        Submission to the UN Special Rapporteur on the rights to freedom of peaceful
        assembly and of association
        """,
        "civil_society",
        ("Delta Mangrove Defenders Initiative",),
    ),
    Variation(
        "shared-en-02",
        "Secretariat - Anjali Rao",
        "secretariat@sacdc.example.org",
        "SACDC joint submission on behalf of 50 member organisations",
        """
        Dear Special Rapporteur,

        On behalf of the South Asian Climate Defenders Coalition (SACDC) and its fifty
        member organisations in Bangladesh, India, Nepal, Pakistan and Sri Lanka, I am
        pleased to share our joint submission. The list of members who endorsed it is in
        Annex 1; each member has agreed to be named.

        Warm regards,
        Anjali Rao (she/her)
        Coordinator, Secretariat
        ---
        South Asian Climate Defenders Coalition
        C-14 Lajpat Nagar II, New Delhi 110024
        +91 11 5555 2290 | sacdc.example.org
        """,
        """
        South Asian Climate Defenders Coalition (SACDC)

        Joint submission of fifty member organisations
        Shrinking space for climate and environmental activism in South Asia
        """,
        "civil_society",
        (
            "South Asian Climate Defenders Coalition (SACDC)",
            "South Asian Climate Defenders Coalition",
        ),
    ),
    Variation(
        "shared-en-03",
        "contact",
        "contact@kettlecreekwater.example.ca",
        "input from the Kettle Creek camp",
        """
        hi there,

        we're a small group that has held a camp by the river crossing since the pipeline
        route was approved. attached is a short account of the injunction, the exclusion
        zone and the arrests last fall. we don't have staff so forgive the format.

        in solidarity,
        Jess, for the collective

        Kettle Creek Water Protectors
        Treaty 8 territory
        """,
        """
        KETTLE CREEK WATER PROTECTORS

        Injunctions, exclusion zones and arrests at the river crossing
        """,
        "civil_society",
        ("Kettle Creek Water Protectors",),
    ),
    Variation(
        "shared-en-04",
        "ADMIN SMFGN",
        "admin@sierramadreguardians.example.org.ph",
        "Submission: red-tagging of forest defenders",
        """
        Dear Special Rapporteur,

        Attached is the submission of our network on the red-tagging, surveillance and
        killing of forest defenders in the Sierra Madre range, with 14 case summaries.

        Thank you very much.

        Joy Dela Cruz (she/her)
        Documentation Officer
        Sierra Madre Forest Guardians Network
        #12 Sampaguita St., Infanta, Quezon
        Mobile: +63 917 555 0143

        Sent from my iPhone
        """,
        """
        SIERRA MADRE FOREST GUARDIANS NETWORK

        Red-tagging, surveillance and killings of forest defenders: 14 cases
        """,
        "civil_society",
        ("Sierra Madre Forest Guardians Network",),
    ),
    Variation(
        "shared-fr-05",
        "Secrétariat",
        "secretariat@collectifsclimat-wallonie.example.be",
        "Contribution à l'appel du Rapporteur spécial - liberté de réunion et militants du climat",
        """
        Madame la Rapporteuse spéciale,

        Veuillez trouver ci-joint la contribution de notre coordination sur les
        poursuites engagées contre des militantes et militants après les actions de
        désobéissance civile à l'aéroport de Liège et sur les interdictions de
        manifester prises par les communes.

        Pour le secrétariat,
        Manon Dufour
        Chargée de coordination

        Coordination des Collectifs Climat de Wallonie
        Rue Lambert-le-Bègue 21, 4000 Liège
        +32 4 555 18 40
        """,
        """
        Coordination des Collectifs Climat de Wallonie

        Poursuites et interdictions de manifester : la désobéissance civile climatique en
        Wallonie
        """,
        "civil_society",
        ("Coordination des Collectifs Climat de Wallonie",),
    ),
    Variation(
        "shared-fr-06",
        "CONTACT ALERTE FORETS",
        "contact@alerteforets.example.cm",
        "Contribution AFC",
        """
        Bonjour,

        Alerte Forêts Cameroun vous transmet sa contribution sur les menaces et
        arrestations visant les observateurs indépendants des forêts dans l'Est et le
        Sud du pays.

        Bien à vous,

        Service communication
        Alerte Forêts Cameroun (AFC)
        BP 3120 Yaoundé – Bastos
        Tél. : +237 6 99 55 12 30
        Facebook : Alerte Forêts Cameroun
        """,
        """
        ALERTE FORÊTS CAMEROUN

        Observateurs indépendants des forêts : menaces et arrestations, 2023-2026
        """,
        "civil_society",
        ("Alerte Forêts Cameroun (AFC)", "Alerte Forêts Cameroun"),
    ),
    Variation(
        "shared-es-07",
        "Info Red",
        "info@defensorasbajolempa.example.org.sv",
        "Aporte convocatoria Relator Especial - defensoras ambientales",
        """
        Estimado Relator Especial:

        Le hacemos llegar el aporte de nuestra red sobre la criminalización de mujeres
        defensoras del agua y del manglar en el Bajo Lempa, y sobre los obstáculos para
        inscribir a las asociaciones comunitarias.

        Saludos cordiales,

        Equipo de coordinación
        Red de Defensoras Ambientales del Bajo Lempa
        Cantón La Canoa, Jiquilisco, Usulután, El Salvador
        Tel. (503) 2555-0193 · WhatsApp 7555-0312
        """,
        """
        RED DE DEFENSORAS AMBIENTALES DEL BAJO LEMPA

        Criminalización de defensoras del agua y del manglar
        Aporte al Relator Especial sobre los derechos a la libertad de reunión pacífica y
        de asociación
        """,
        "civil_society",
        ("Red de Defensoras Ambientales del Bajo Lempa",),
    ),
    Variation(
        "shared-es-08",
        "Comunicaciones",
        "comunicaciones@riosvivosbiobio.example.cl",
        "Aporte - Movimiento Ríos Vivos del Biobío",
        """
        Hola, buenas tardes:

        Adjuntamos el aporte del movimiento a la convocatoria, con la cronología de la
        aplicación de la ley antibarricadas a nuestras marchas y de las querellas de la
        empresa hidroeléctrica contra dos voceras.

        Cualquier consulta la pueden dirigir a Camila, que lo redactó.

        Un abrazo,
        Camila Sepúlveda Rivas
        Área de Comunicaciones
        Movimiento Ríos Vivos del Biobío
        Los Ángeles, Región del Biobío
        +56 9 5555 2140 · IG @riosvivosbiobio
        """,
        """
        MOVIMIENTO RÍOS VIVOS DEL BIOBÍO

        Ley antibarricadas y querellas contra voceras del movimiento
        """,
        "civil_society",
        ("Movimiento Ríos Vivos del Biobío",),
    ),
    # ── a staff member writes for the organisation ──
    Variation(
        "person-en-01",
        "Olusegun Adeyemi",
        "o.adeyemi@gulfguineaclimate.example.org",
        "Gulf of Guinea Climate Justice Network - submission",
        """
        Dear Special Rapporteur,

        I am writing on behalf of the Gulf of Guinea Climate Justice Network to share our
        submission on the use of cybercrime and public order laws against fisherfolk and
        youth who protest gas flaring and oil spills.

        Best regards,

        Olusegun Adeyemi
        Head of Advocacy
        Policy & Campaigns Department
        Gulf of Guinea Climate Justice Network
        22 Awolowo Road, Ikoyi, Lagos
        Office: +234 1 555 0190 | Mobile: +234 802 555 7781
        www.gulfguineaclimate.example.org | LinkedIn | X: @GoGClimateNet
        """,
        """
        GULF OF GUINEA CLIMATE JUSTICE NETWORK

        Cybercrime and public order laws against fisherfolk and youth protesters
        """,
        "civil_society",
        ("Gulf of Guinea Climate Justice Network",),
    ),
    Variation(
        "person-en-02",
        "Kowalczyk, Marta",
        "marta.kowalczyk@silesiancleanair.example.pl",
        "RE: call for inputs - climate activists",
        """
        Dear Sir or Madam,

        Following our call with your office last month, I attach the input of the
        Silesian Clean Air Alliance on the ban on assemblies near the mine expansion and
        the SLAPP suits brought against our board members.

        With best regards,

        Marta Kowalczyk
        Legal Officer
        Silesian Clean Air Alliance
        ul. Mariacka 12/4, 40-014 Katowice
        tel. +48 32 555 01 77

        ________________________________
        From: SR Assembly and Association <hrc-sr-freeassembly@ohchr.example.org>
        Sent: 2 March 2026 10:14
        Subject: call for inputs - climate activists
        """,
        """
        Silesian Clean Air Alliance

        Assembly bans and SLAPP suits around the mine expansion in Upper Silesia
        """,
        "civil_society",
        ("Silesian Clean Air Alliance",),
    ),
    Variation(
        "person-en-03",
        "Ellie Hart (she/her)",
        "ellie@greenprotestlegal.example.org.uk",
        "Submission from Green Protest Legal Support",
        """
        Hi,

        Please find attached our submission on the Public Order Act 2023, the use of
        "locking on" and "interference with key national infrastructure" offences
        against climate protesters, and the bail conditions our clients receive.

        Thanks so much,
        Ellie

        Ellie Hart (she/her)
        Casework Coordinator
        Green Protest Legal Support
        Unit 5, 88 Mare Street, London E8 4RT
        07700 900 412
        Working days: Mon-Thu
        """,
        """
        GREEN PROTEST LEGAL SUPPORT

        Public order offences and bail conditions imposed on climate protesters in
        England and Wales
        """,
        "civil_society",
        ("Green Protest Legal Support",),
    ),
    Variation(
        "person-en-04",
        "Tenzin Norbu",
        "tnorbu@frontlineclimatedefenders.example.org",
        "FCDI submission - global trends",
        """
        Dear Special Rapporteur,

        Frontline Climate Defenders International (FCDI) welcomes your call. I attach our
        submission, drawn from our protection grants to 312 activists and groups in 41
        countries in 2025, with a section on emergency relocation.

        With best regards,

        Tenzin Norbu
        Senior Protection Advisor | Asia-Pacific Desk
        Frontline Climate Defenders International
        Rue de Lausanne 45, 1201 Geneva, Switzerland
        +41 22 555 03 18 | Secure line via Signal on request

        This e-mail and any attachments may contain confidential information about
        people at risk. Please do not forward it without the sender's consent.
        """,
        """
        FRONTLINE CLIMATE DEFENDERS INTERNATIONAL

        Global trends in attacks on climate and environmental activists: lessons from
        312 protection grants
        """,
        "civil_society",
        (
            "Frontline Climate Defenders International (FCDI)",
            "Frontline Climate Defenders International",
        ),
    ),
    Variation(
        "person-fr-05",
        "Aïssatou Diallo",
        "a.diallo@amisdelanature.example.org.gn",
        "Contribution de l'AGAN",
        """
        Madame, Monsieur,

        Au nom de l'Association Guinéenne des Amis de la Nature (AGAN), je vous prie de
        trouver ci-joint notre contribution sur la suspension de notre agrément et
        l'interdiction de nos réunions publiques dans la région de Boké, après nos
        dénonciations de la pollution liée à la bauxite.

        Veuillez recevoir, Madame, Monsieur, mes salutations distinguées.

        Aïssatou Diallo
        Chargée de plaidoyer
        AGAN – Conakry, Guinée
        +224 622 55 01 44
        """,
        """
        ASSOCIATION GUINÉENNE DES AMIS DE LA NATURE (AGAN)

        Suspension d'agrément et interdiction de réunions dans la région de Boké
        """,
        "civil_society",
        (
            "Association Guinéenne des Amis de la Nature (AGAN)",
            "Association Guinéenne des Amis de la Nature",
        ),
    ),
    Variation(
        "person-fr-06",
        "JEAN-BAPTISTE MOREL",
        "jb.morel@eaucommunepoitou.example.fr",
        "contribution collectif",
        """
        Bonjour,

        Je vous envoie, pour le Collectif Eau Commune du Poitou, notre contribution sur
        le maintien de l'ordre lors des rassemblements contre les retenues d'eau, les
        interdictions préfectorales et la dissolution administrative qui nous a été
        notifiée puis annulée.

        Jean-Baptiste Morel
        membre du bureau
        Collectif Eau Commune du Poitou

        Envoyé depuis mon téléphone
        """,
        """
        Collectif Eau Commune du Poitou

        Rassemblements contre les retenues d'eau : interdictions, maintien de l'ordre et
        dissolution
        """,
        "civil_society",
        ("Collectif Eau Commune du Poitou",),
    ),
    Variation(
        "person-es-07",
        "Yolanda Quispe",
        "yquispe@defensoresambientalescaj.example.org.pe",
        "Aporte de ADAC - Cajamarca",
        """
        Señor Relator Especial:

        Por medio del presente le remito el aporte de la Asociación de Defensores
        Ambientales de Cajamarca sobre las denuncias penales contra ronderos y
        dirigentes que se movilizaron contra la ampliación minera.

        Atentamente,

        Yolanda Quispe Chávez
        Coordinadora de Incidencia
        Asociación de Defensores Ambientales de Cajamarca – ADAC
        Jr. Amalia Puga 540, Cajamarca, Perú
        Cel. 976 555 210
        """,
        """
        ASOCIACIÓN DE DEFENSORES AMBIENTALES DE CAJAMARCA

        Denuncias penales contra ronderos y dirigentes ambientales
        """,
        "civil_society",
        (
            "Asociación de Defensores Ambientales de Cajamarca (ADAC)",
            "Asociación de Defensores Ambientales de Cajamarca",
        ),
    ),
    Variation(
        "person-es-08",
        "Gómez Herrera, Diego",
        "dgomez@tierrayagua.example.org.co",
        "Aporte Corporación Jurídica Tierra y Agua",
        """
        Respetado Relator:

        Remitimos el aporte de la Corporación Jurídica Tierra y Agua sobre las
        estigmatizaciones, seguimientos y homicidios de líderes ambientales en el
        Magdalena Medio, y sobre la aplicación del Acuerdo de Escazú en Colombia.

        Cordial saludo,

        Diego Gómez Herrera
        Abogado – Área de Litigio Estratégico
        Corporación Jurídica Tierra y Agua
        Calle 49 # 50-21, of. 702, Medellín
        PBX (604) 555 2210
        www.tierrayagua.example.org.co

        Antes de imprimir este mensaje, piense en el medio ambiente.
        """,
        """
        CORPORACIÓN JURÍDICA TIERRA Y AGUA

        Estigmatización, seguimientos y homicidios de líderes ambientales en el
        Magdalena Medio
        """,
        "civil_society",
        ("Corporación Jurídica Tierra y Agua",),
    ),
    Variation(
        "person-es-09",
        "Lucía",
        "lucia.ferreyra@asambleaaguauco.example.org.ar",
        "aporte asamblea",
        """
        Hola, ¿qué tal?

        Les mando el aporte de la Asamblea por el Agua del Valle de Uco, que armamos
        entre varias compañeras, sobre la represión del corte de ruta y las causas
        abiertas a 23 vecinos y vecinas.

        Saludos,
        Lucía Ferreyra
        Asamblea por el Agua del Valle de Uco
        Tunuyán, Mendoza
        """,
        """
        ASAMBLEA POR EL AGUA DEL VALLE DE UCO

        Represión del corte de ruta y causas penales contra vecinos y vecinas
        """,
        "civil_society",
        ("Asamblea por el Agua del Valle de Uco",),
    ),
    # ── the organisation only on the letterhead ──
    Variation(
        "letterhead-en-01",
        "kwame.boateng",
        "kwame.boateng.atewa@gmail.example.com",
        "Submission",
        """
        Dear Sir/Madam,

        Please find attached our submission to the call for inputs on climate and
        environmental activists. We are sorry it is late.

        Kwame
        """,
        """
        ATEWA FOREST YOUTH ALLIANCE
        P.O. Box 41, Kibi, Eastern Region, Ghana

        Submission to the UN Special Rapporteur on the rights to freedom of peaceful
        assembly and of association
        Arrests of young people opposing mining in the Atewa forest
        """,
        "civil_society",
        ("Atewa Forest Youth Alliance",),
    ),
    Variation(
        "letterhead-en-02",
        "Rosa M.",
        "rosamendoza_palawan@yahoo.example.com",
        "input for the special rapporteur (small fishers)",
        """
        Good day po,

        Attached is our letter and the report of our alliance about the fishers who were
        charged after the sea protest against the reclamation project. Thank you and God
        bless.

        Rosa Mendoza
        """,
        """
        PALAWAN SMALL FISHERS CLIMATE ALLIANCE
        Brgy. San Jose, Puerto Princesa City, Palawan

        To: The Special Rapporteur on the rights to freedom of peaceful assembly and of
        association

        Charges against small fishers after the sea protest of 9 August 2025
        """,
        "civil_society",
        ("Palawan Small Fishers Climate Alliance",),
    ),
    Variation(
        "letterhead-fr-03",
        "Patrice",
        "patrice.bahati78@gmail.example.com",
        "contribution",
        """
        Bonjour,

        Ci-joint notre contribution. Merci de confirmer la réception.

        Patrice B.
        """,
        """
        ONG TERRE VIVANTE KIVU
        Avenue du Lac n° 14, Goma, Nord-Kivu, RDC

        Contribution à l'appel du Rapporteur spécial sur les droits à la liberté de
        réunion pacifique et d'association
        Défenseurs des parcs et des tourbières face aux groupes armés et aux poursuites
        """,
        "civil_society",
        ("ONG Terre Vivante Kivu", "Terre Vivante Kivu"),
    ),
    Variation(
        "letterhead-es-04",
        "marisol_r",
        "marisol_r82@hotmail.example.com",
        "carta",
        """
        Buenas,

        Les adjunto la carta de nuestro colectivo. Disculpen si no está en el formato.

        Marisol
        """,
        """
        COLECTIVO MUJERES DEL MAÍZ Y EL AGUA
        San Marcos, Guatemala

        Al Relator Especial de las Naciones Unidas
        Desalojos, órdenes de captura y prohibición de reuniones en nuestras comunidades
        """,
        "civil_society",
        ("Colectivo Mujeres del Maíz y el Agua",),
    ),
    Variation(
        "letterhead-es-05",
        "Frente Humedal",
        "frentehumedal.laesperanza@gmail.example.com",
        "Envío de aporte",
        """
        Estimados:

        Adjunto el documento con nuestro aporte para la convocatoria.

        Saludos.
        """,
        """
        FRENTE CIUDADANO EN DEFENSA DEL HUMEDAL LA ESPERANZA
        Barranquilla, Colombia

        Aporte a la convocatoria del Relator Especial sobre los derechos a la libertad de
        reunión pacífica y de asociación
        Amenazas y vigilancia contra quienes defendemos el humedal
        """,
        "civil_society",
        ("Frente Ciudadano en Defensa del Humedal La Esperanza",),
    ),
    # ── the acronym in one place, the full name in another ──
    Variation(
        "acronym-en-01",
        "CEJA Kenya",
        "ceja@ceja.example.or.ke",
        "CEJA input - SR FoAA call",
        """
        Dear Special Rapporteur,

        CEJA is pleased to submit the attached input on the deregistration threats and
        police raids faced by environmental groups in Lamu and Kilifi after the
        protests against the coal plant and the port expansion.

        Regards,

        Mwanaisha Said
        Programmes Manager
        CEJA
        Malindi, Kenya
        """,
        """
        COAST ENVIRONMENTAL JUSTICE ADVOCATES

        Deregistration threats and police raids against environmental groups in Lamu and
        Kilifi
        """,
        "civil_society",
        (
            "Coast Environmental Justice Advocates (CEJA)",
            "Coast Environmental Justice Advocates",
        ),
    ),
    Variation(
        "acronym-en-02",
        "MYCA",
        "hello@myca.example.org",
        "MYCA submission",
        """
        Hello,

        MYCA's submission is attached. It covers youth climate strikes in Cambodia, Laos,
        Thailand and Viet Nam, and the permits we were refused.

        Best,
        MYCA regional team
        """,
        """
        Mekong Youth for Climate Action (MYCA)

        Permits refused: youth climate strikes in the Mekong region
        """,
        "civil_society",
        ("Mekong Youth for Climate Action (MYCA)", "Mekong Youth for Climate Action"),
    ),
    Variation(
        "acronym-fr-03",
        "FODEM Secrétariat exécutif",
        "se.fodem@fodem.example.ml",
        "Contribution FODEM",
        """
        Monsieur le Rapporteur spécial,

        Le FODEM a l'honneur de vous faire parvenir sa contribution relative aux
        entraves à la liberté d'association des défenseurs de l'environnement au Mali,
        notamment l'exigence d'autorisations préalables pour les réunions dans les
        zones aurifères.

        Le Secrétaire exécutif
        Boubacar Traoré
        FODEM, Bamako – Hamdallaye ACI 2000
        """,
        """
        FORUM DES DÉFENSEURS DE L'ENVIRONNEMENT DU MALI (FODEM)

        Liberté d'association des défenseurs de l'environnement dans les zones aurifères
        """,
        "civil_society",
        (
            "Forum des Défenseurs de l'Environnement du Mali (FODEM)",
            "Forum des Défenseurs de l'Environnement du Mali",
        ),
    ),
    Variation(
        "acronym-es-04",
        "Dirección CEDAM",
        "direccion@cedam.example.org.gt",
        "Aporte del CEDAM",
        """
        Estimado señor Relator:

        En nombre del CEDAM remito nuestro aporte sobre el uso de los estados de
        prevención y de la figura de usurpación agravada contra comunidades que se
        oponen a proyectos extractivos en Guatemala y Honduras.

        Atentamente,

        Ana Lucía Pérez Ajú
        Directora Ejecutiva
        CEDAM
        6a. Avenida 3-22, Zona 1, Ciudad de Guatemala
        """,
        """
        CENTRO DE ESTUDIOS Y DEFENSA AMBIENTAL DE MESOAMÉRICA (CEDAM)

        Estados de prevención y usurpación agravada contra comunidades en resistencia
        """,
        "civil_society",
        (
            "Centro de Estudios y Defensa Ambiental de Mesoamérica (CEDAM)",
            "Centro de Estudios y Defensa Ambiental de Mesoamérica",
        ),
    ),
    Variation(
        "acronym-es-05",
        "REDAS Bolivia",
        "redas.bolivia@gmail.example.com",
        "REDAS - aporte",
        """
        Estimadas y estimados:

        Desde REDAS les hacemos llegar el aporte sobre la ley de personas jurídicas sin
        fines de lucro y la revocatoria de personería a organizaciones ambientales.

        Saludos desde La Paz,
        Coordinación Nacional REDAS
        """,
        """
        Red de Abogadas y Abogados Socioambientales (REDAS)

        Revocatoria de personería jurídica a organizaciones ambientales en Bolivia
        """,
        "civil_society",
        (
            "Red de Abogadas y Abogados Socioambientales (REDAS)",
            "Red de Abogadas y Abogados Socioambientales",
        ),
    ),
    # ── names in two languages ──
    Variation(
        "bilingual-en-01",
        "NWDF / FDBVN",
        "info@nwdf-fdbvn.example.ca",
        "Submission / Contribution - Northern Watersheds Defence Fund",
        """
        Dear Special Rapporteur,

        The Northern Watersheds Defence Fund / Fonds de défense des bassins versants du
        Nord is pleased to provide the attached submission on injunctions and
        surveillance against land defenders in northern British Columbia and Quebec.

        Sincerely / Cordialement,

        Legal Director | Directrice juridique
        Northern Watersheds Defence Fund | Fonds de défense des bassins versants du Nord
        300-1 Nicholas St., Ottawa ON K1N 7B7
        """,
        """
        NORTHERN WATERSHEDS DEFENCE FUND
        FONDS DE DÉFENSE DES BASSINS VERSANTS DU NORD

        Injunctions and surveillance against land defenders
        """,
        "civil_society",
        (
            "Northern Watersheds Defence Fund",
            "Fonds de défense des bassins versants du Nord",
            "Northern Watersheds Defence Fund / Fonds de défense des bassins versants du Nord",
        ),
    ),
    Variation(
        "bilingual-fr-02",
        "REJEC - Cameroon Youth Climate Network",
        "rejec.cameroun@rejec.example.cm",
        "Contribution du REJEC / REJEC submission",
        """
        Madame, Monsieur,

        Le Réseau des Jeunes pour le Climat du Cameroun (REJEC) vous prie de trouver
        ci-joint sa contribution sur les arrestations de jeunes lors des marches pour le
        climat à Douala et à Bamenda.

        Salutations,

        Le Coordonnateur national
        REJEC – Cameroon Youth Climate Network
        Douala, Akwa
        """,
        """
        RÉSEAU DES JEUNES POUR LE CLIMAT DU CAMEROUN (REJEC)
        CAMEROON YOUTH CLIMATE NETWORK

        Arrestations de jeunes lors des marches pour le climat
        """,
        "civil_society",
        (
            "Réseau des Jeunes pour le Climat du Cameroun (REJEC)",
            "Réseau des Jeunes pour le Climat du Cameroun",
            "Cameroon Youth Climate Network",
        ),
    ),
    Variation(
        "bilingual-fr-03",
        "Réseau Défenseurs du Climat - Netwerk Klimaatverdedigers",
        "info@rdc-nkv.example.be",
        "Contribution / Bijdrage",
        """
        Madame la Rapporteuse spéciale,

        Notre réseau bilingue vous transmet sa contribution sur les arrestations
        administratives préventives lors des actions climat à Bruxelles et à Anvers.

        Bien à vous / Met vriendelijke groeten,

        Sarah Peeters
        Coordinatrice / Coördinator
        Réseau Défenseurs du Climat – Netwerk Klimaatverdedigers
        Rue de la Loi 155 / Wetstraat 155, 1040 Bruxelles / Brussel
        """,
        """
        Réseau Défenseurs du Climat
        Netwerk Klimaatverdedigers

        Arrestations administratives préventives lors des actions climat
        """,
        "civil_society",
        (
            "Réseau Défenseurs du Climat – Netwerk Klimaatverdedigers",
            "Réseau Défenseurs du Climat",
            "Netwerk Klimaatverdedigers",
            "Réseau Défenseurs du Climat - Netwerk Klimaatverdedigers",
        ),
    ),
    Variation(
        "bilingual-es-04",
        "Coordinadora Guardianes del Páramo",
        "coordinacion@guardianesparamo.example.org.ec",
        "Aporte / Submission - Coordinadora Guardianes del Páramo",
        """
        Estimado Relator Especial:

        La Coordinadora Guardianes del Páramo (Páramo Guardians Coalition) presenta su
        aporte, en español con un resumen en inglés, sobre la judicialización de
        comuneros que se oponen a concesiones mineras en las fuentes de agua de Azuay.

        Atentamente,

        Coordinadora Guardianes del Páramo / Páramo Guardians Coalition
        Cuenca, Ecuador
        """,
        """
        COORDINADORA GUARDIANES DEL PÁRAMO
        PÁRAMO GUARDIANS COALITION

        Judicialización de comuneros defensores del agua en Azuay
        """,
        "civil_society",
        (
            "Coordinadora Guardianes del Páramo",
            "Páramo Guardians Coalition",
            "Coordinadora Guardianes del Páramo (Páramo Guardians Coalition)",
        ),
    ),
    # ── NGOs writing about a State ──
    Variation(
        "ngostate-en-01",
        "Uganda - Albertine Rift Coalition",
        "secretariat@albertineriftdefenders.example.org.ug",
        "Respectful communication concerning the Republic of Uganda",
        """
        Excellency,

        The Albertine Rift Climate Defenders Coalition presents its compliments to the
        Special Rapporteur and has the honour to transmit information concerning the
        obligations of the Republic of Uganda with regard to students and activists
        arrested while protesting the crude oil pipeline.

        The Coalition avails itself of this opportunity to renew to the Special
        Rapporteur the assurances of its highest consideration.

        Permanent Secretariat
        Albertine Rift Climate Defenders Coalition
        Plot 8, Kira Road, Kampala
        """,
        """
        ALBERTINE RIFT CLIMATE DEFENDERS COALITION

        Information concerning the Republic of Uganda: arrests of students and activists
        protesting the crude oil pipeline
        """,
        "civil_society",
        ("Albertine Rift Climate Defenders Coalition",),
    ),
    Variation(
        "ngostate-es-02",
        "Guatemala - Consejo Ciudadano del Agua",
        "consejo@consejociudadanoagua.example.org.gt",
        "Comunicación respetuosa relativa al Estado de Guatemala",
        """
        Señor Relator Especial:

        El Consejo Ciudadano del Agua de Guatemala saluda atentamente al Relator
        Especial y tiene el honor de remitirle información relativa al cumplimiento,
        por parte del Estado de Guatemala, de sus obligaciones respecto de las
        autoridades comunitarias detenidas durante el paro por el agua.

        El Consejo aprovecha la oportunidad para reiterarle las muestras de su más alta
        y distinguida consideración.

        Junta Directiva
        Consejo Ciudadano del Agua de Guatemala
        Quetzaltenango, Guatemala
        """,
        """
        CONSEJO CIUDADANO DEL AGUA DE GUATEMALA

        Información relativa al Estado de Guatemala: autoridades comunitarias detenidas
        durante el paro por el agua
        """,
        "civil_society",
        ("Consejo Ciudadano del Agua de Guatemala",),
    ),
    # ── Member States: notes verbales, ministries, missions, an environment agency ──
    Variation(
        "state-en-01",
        "Norway Mission Geneva",
        "emb.geneva@mfa.example.no",
        "Note verbale - Norway - input to SR FoAA call for inputs",
        """
        Dear colleagues,

        Please find attached a note verbale from the Permanent Mission of Norway with
        Norway's input to the Special Rapporteur's call on climate and environmental
        activists.

        Best regards,

        Human Rights Section
        Permanent Mission of Norway to the United Nations Office and other international
        organisations in Geneva
        Rue de Lausanne 35, 1201 Geneva
        """,
        """
        PERMANENT MISSION OF NORWAY
        TO THE UNITED NATIONS OFFICE AT GENEVA

        Ref.: 26/00412-3

        The Permanent Mission of Norway to the United Nations Office at Geneva presents
        its compliments to the Office of the United Nations High Commissioner for Human
        Rights and has the honour to transmit the input of Norway to the call of the
        Special Rapporteur on the rights to freedom of peaceful assembly and of
        association.
        """,
        "member_state",
        ("Norway", "Kingdom of Norway"),
        "NOR",
    ),
    Variation(
        "state-en-02",
        "EPA Ghana - Legal Unit",
        "legal@epa.example.gov.gh",
        "Submission of the Environmental Protection Agency, Ghana",
        """
        Dear Special Rapporteur,

        On behalf of the Government of Ghana, the Environmental Protection Agency submits
        the attached information on public hearings, the participation of community
        associations in environmental assessment, and the measures taken to protect
        persons who report illegal mining.

        Yours faithfully,

        Head, Legal Unit
        Environmental Protection Agency
        Starlets '91 Road, Accra
        P.O. Box M326, Ministries, Accra
        """,
        """
        REPUBLIC OF GHANA
        ENVIRONMENTAL PROTECTION AGENCY

        Public participation and the protection of persons reporting illegal mining
        """,
        "member_state",
        ("Ghana", "Republic of Ghana"),
        "GHA",
    ),
    Variation(
        "state-en-03",
        "Wulandari, Sri",
        "sri.wulandari@kemlu.example.go.id",
        "Indonesia's input - call for inputs on environmental activists",
        """
        Dear OHCHR colleagues,

        With reference to the call for inputs, please find attached the input of the
        Government of the Republic of Indonesia, compiled with the Ministry of
        Environment and the Ministry of Law.

        Best regards,

        Sri Wulandari
        Directorate of Human Rights and Humanitarian Affairs
        Ministry of Foreign Affairs of the Republic of Indonesia
        Jl. Taman Pejambon No. 6, Jakarta 10110
        """,
        """
        MINISTRY OF FOREIGN AFFAIRS
        REPUBLIC OF INDONESIA

        Input of the Government of Indonesia
        """,
        "member_state",
        ("Indonesia", "Republic of Indonesia"),
        "IDN",
    ),
    Variation(
        "state-en-04",
        "Climate Change Dept Vanuatu",
        "dgcc@climate.example.gov.vu",
        "Vanuatu response",
        """
        Dear Sir/Madam,

        Attached is the response of the Government of the Republic of Vanuatu on the
        protection of climate activists and community associations, in particular the
        youth groups who campaigned for the advisory opinion on climate change.

        Regards,

        Office of the Director General
        Ministry of Climate Change Adaptation, Meteorology, Geo-Hazards, Environment,
        Energy and Disaster Management
        PMB 9054, Port Vila, Vanuatu
        """,
        """
        GOVERNMENT OF THE REPUBLIC OF VANUATU

        Response to the call for inputs of the Special Rapporteur on the rights to
        freedom of peaceful assembly and of association
        """,
        "member_state",
        ("Vanuatu", "Republic of Vanuatu"),
        "VUT",
    ),
    Variation(
        "state-fr-05",
        "Mission Belgique Genève",
        "geneve.dh@diplobel.example.be",
        "Note verbale - contribution de la Belgique",
        """
        Madame, Monsieur,

        La Mission permanente de la Belgique a l'honneur de vous transmettre ci-joint sa
        note verbale et la contribution de la Belgique à l'appel du Rapporteur spécial.

        Avec nos salutations distinguées,

        Section Droits de l'homme
        Mission permanente de la Belgique auprès de l'Office des Nations Unies et des
        institutions spécialisées à Genève
        Rue de Moillebeau 58, 1209 Genève
        """,
        """
        MISSION PERMANENTE DE LA BELGIQUE
        AUPRÈS DE L'OFFICE DES NATIONS UNIES À GENÈVE

        N° 2026/0187

        La Mission permanente de la Belgique présente ses compliments au Haut-Commissariat
        des Nations Unies aux droits de l'homme et a l'honneur de lui transmettre la
        contribution du Royaume de Belgique.
        """,
        "member_state",
        ("Belgique", "Royaume de Belgique", "Belgium"),
        "BEL",
    ),
    Variation(
        "state-fr-06",
        "Rakotomalala Hery - MEDD",
        "hery.rakotomalala@environnement.example.gov.mg",
        "Contribution de Madagascar",
        """
        Madame, Monsieur,

        J'ai l'honneur de vous transmettre les éléments de réponse de Madagascar,
        préparés par le Ministère de l'Environnement et du Développement Durable en
        liaison avec le Ministère des Affaires étrangères.

        Veuillez agréer l'expression de ma considération distinguée.

        Rakotomalala Hery
        Chef du Service des affaires juridiques
        Ministère de l'Environnement et du Développement Durable
        Rue Toto Radona, Antsahavola, Antananarivo
        """,
        """
        REPOBLIKAN'I MADAGASIKARA
        Fitiavana – Tanindrazana – Fandrosoana
        MINISTÈRE DE L'ENVIRONNEMENT ET DU DÉVELOPPEMENT DURABLE

        Éléments de réponse à l'appel à contributions
        """,
        "member_state",
        ("Madagascar", "République de Madagascar"),
        "MDG",
    ),
    Variation(
        "state-fr-07",
        "Direction des droits de la personne | Human Rights Division",
        "dh.hr@international.example.gc.ca",
        "Contribution du Canada / Canada's contribution",
        """
        Bonjour,

        Veuillez trouver ci-joint la contribution du gouvernement du Canada à l'appel du
        Rapporteur spécial, coordonnée avec les provinces et territoires.

        Cordialement,

        Direction des droits de la personne et de l'inclusion
        Affaires mondiales Canada | Global Affairs Canada
        125, promenade Sussex, Ottawa (Ontario) K1A 0G2
        """,
        """
        Gouvernement du Canada | Government of Canada

        Contribution du Canada à l'appel à contributions du Rapporteur spécial sur les
        droits à la liberté de réunion pacifique et d'association
        """,
        "member_state",
        ("Canada",),
        "CAN",
    ),
    Variation(
        "state-es-08",
        "Dirección de Derechos Humanos y DIH - Cancillería",
        "ddhh@cancilleria.example.gov.co",
        "Respuesta de Colombia a la convocatoria del Relator Especial",
        """
        Estimados señores:

        De manera atenta, remitimos la respuesta del Estado colombiano, consolidada con
        el Ministerio de Ambiente y Desarrollo Sostenible, el Ministerio del Interior y
        la Unidad Nacional de Protección.

        Cordialmente,

        Dirección de Derechos Humanos y Derecho Internacional Humanitario
        Ministerio de Relaciones Exteriores
        Calle 10 # 5-51, Palacio de San Carlos, Bogotá D.C.
        """,
        """
        REPÚBLICA DE COLOMBIA
        MINISTERIO DE RELACIONES EXTERIORES

        Respuesta del Estado colombiano
        """,
        "member_state",
        ("Colombia", "República de Colombia"),
        "COL",
    ),
    Variation(
        "state-es-09",
        "Misión Costa Rica Ginebra",
        "mision.ginebra@rree.example.go.cr",
        "Nota verbal - aporte de Costa Rica",
        """
        Estimados:

        Se adjunta nota verbal con el aporte de Costa Rica.

        Saludos cordiales,

        Misión Permanente de Costa Rica ante la Oficina de las Naciones Unidas en Ginebra
        """,
        """
        MISIÓN PERMANENTE DE COSTA RICA
        GINEBRA

        MPCR-ONUG-118-2026

        La Misión Permanente de Costa Rica ante la Oficina de las Naciones Unidas en
        Ginebra saluda atentamente a la Oficina del Alto Comisionado de las Naciones
        Unidas para los Derechos Humanos y tiene el honor de remitir el aporte de la
        República de Costa Rica a la convocatoria del Relator Especial.
        """,
        "member_state",
        ("Costa Rica", "República de Costa Rica"),
        "CRI",
    ),
    Variation(
        "state-es-10",
        "Coordinación General de Asesoría Jurídica MAATE",
        "asesoria.juridica@ambiente.example.gob.ec",
        "Ecuador - aporte Ministerio del Ambiente",
        """
        Buenos días:

        Por disposición de la autoridad, se remite el aporte del Ecuador sobre los
        mecanismos de participación ciudadana y de protección de personas defensoras
        ambientales, conforme al Acuerdo de Escazú.

        Atentamente,

        Coordinación General de Asesoría Jurídica
        Ministerio del Ambiente, Agua y Transición Ecológica
        Calle Madrid 1159 y Andalucía, Quito
        """,
        """
        REPÚBLICA DEL ECUADOR
        MINISTERIO DEL AMBIENTE, AGUA Y TRANSICIÓN ECOLÓGICA

        Participación ciudadana y protección de personas defensoras ambientales
        """,
        "member_state",
        ("Ecuador", "República del Ecuador"),
        "ECU",
    ),
    # ── national human rights institutions and ombudspersons ──
    Variation(
        "nhri-en-01",
        "UHRC Research Directorate",
        "research@uhrc.example.ug",
        "UHRC submission - environmental activists",
        """
        Dear Special Rapporteur,

        The Uganda Human Rights Commission submits the attached information on
        complaints it received from environmental activists and students arrested in
        Kampala and Hoima, and on its monitoring of their detention.

        Yours faithfully,

        Directorate of Research, Education and Documentation
        Uganda Human Rights Commission
        Plot 20/22 Buganda Road, Kampala
        """,
        """
        THE REPUBLIC OF UGANDA
        UGANDA HUMAN RIGHTS COMMISSION

        Complaints from environmental activists and students
        """,
        "nhri",
        ("Uganda Human Rights Commission (UHRC)", "Uganda Human Rights Commission"),
        "UGA",
    ),
    Variation(
        "nhri-en-02",
        "Sophie Tran",
        "sophie.tran@humanrights.example.gov.au",
        "AHRC input to the Special Rapporteur",
        """
        Dear Special Rapporteur,

        Please find attached the input of the Australian Human Rights Commission on
        state anti-protest laws, including those applied to climate protesters at the
        Port of Newcastle and in Sydney.

        Kind regards,

        Sophie Tran (she/her)
        Senior Policy Officer | Human Rights Policy Team
        Australian Human Rights Commission
        Level 3, 175 Pitt Street, Sydney NSW 2000
        T +61 2 5555 9012

        The Commission acknowledges the Traditional Custodians of Country throughout
        Australia.
        """,
        """
        AUSTRALIAN HUMAN RIGHTS COMMISSION

        Anti-protest laws and climate protesters in Australia
        """,
        "nhri",
        ("Australian Human Rights Commission (AHRC)", "Australian Human Rights Commission"),
        "AUS",
    ),
    Variation(
        "nhri-en-03",
        "Te Kāhui Tika Tangata",
        "policy@tikatangata.example.org.nz",
        "Submission - Human Rights Commission (New Zealand)",
        """
        Tēnā koe,

        Te Kāhui Tika Tangata, the Human Rights Commission of New Zealand, attaches its
        submission on the rights of tangata whenua and climate activists to assemble and
        associate.

        Ngā mihi,

        Policy Team
        Te Kāhui Tika Tangata | Human Rights Commission
        Level 1, 44-52 The Terrace, Wellington
        """,
        """
        TE KĀHUI TIKA TANGATA
        HUMAN RIGHTS COMMISSION

        Assembly and association of tangata whenua and climate activists
        """,
        "nhri",
        (
            "New Zealand Human Rights Commission",
            "Human Rights Commission of New Zealand",
            "Te Kāhui Tika Tangata Human Rights Commission",
            "Te Kāhui Tika Tangata",
        ),
        "NZL",
    ),
    Variation(
        "nhri-fr-04",
        "Défenseur des droits - Relations internationales",
        "international@defenseurdesdroits.example.fr",
        "Contribution du Défenseur des droits",
        """
        Madame la Rapporteuse spéciale,

        Le Défenseur des droits a l'honneur de vous adresser sa contribution relative à
        la déontologie des forces de sécurité lors des rassemblements de militants
        écologistes, établie à partir des réclamations qu'il a instruites.

        Veuillez agréer, Madame, l'expression de sa haute considération.

        Pôle Relations européennes et internationales
        Défenseur des droits
        TSA 90716, 75334 Paris Cedex 07
        """,
        """
        DÉFENSEUR DES DROITS
        RÉPUBLIQUE FRANÇAISE

        Contribution à l'appel du Rapporteur spécial
        """,
        "nhri",
        ("Défenseur des droits",),
        "FRA",
    ),
    Variation(
        "nhri-fr-05",
        "CNDP Rwanda",
        "info@cndp.example.org.rw",
        "Contribution de la Commission nationale des droits de la personne",
        """
        Madame, Monsieur,

        La Commission nationale des droits de la personne du Rwanda vous transmet
        ci-joint sa contribution sur l'enregistrement des associations
        environnementales et les consultations publiques.

        Cordialement,

        Secrétariat exécutif
        Commission nationale des droits de la personne
        B.P. 269 Kigali
        """,
        """
        REPUBLIKA Y'U RWANDA
        COMMISSION NATIONALE DES DROITS DE LA PERSONNE
        NATIONAL COMMISSION FOR HUMAN RIGHTS

        Enregistrement des associations environnementales
        """,
        "nhri",
        (
            "Commission nationale des droits de la personne (CNDP)",
            "Commission nationale des droits de la personne",
            "National Commission for Human Rights (Rwanda)",
        ),
        "RWA",
    ),
    Variation(
        "nhri-fr-06",
        "Houngbo Gisèle",
        "g.houngbo@cbdh.example.bj",
        "CBDH - contribution",
        """
        Bonjour,

        Je vous prie de trouver ci-joint la contribution de la Commission Béninoise des
        Droits de l'Homme sur les manifestations contre l'exploitation des carrières et
        les gardes à vue qui ont suivi.

        Bien cordialement,

        Gisèle Houngbo
        Chargée des études et de la recherche
        Commission Béninoise des Droits de l'Homme (CBDH)
        Cotonou, Bénin
        Tél. : +229 01 55 21 30 40
        """,
        """
        COMMISSION BÉNINOISE DES DROITS DE L'HOMME

        Manifestations contre l'exploitation des carrières
        """,
        "nhri",
        (
            "Commission Béninoise des Droits de l'Homme (CBDH)",
            "Commission Béninoise des Droits de l'Homme",
        ),
        "BEN",
    ),
    Variation(
        "nhri-es-07",
        "Defensoría del Pueblo de la Nación - Ambiente",
        "ambiente@dpn.example.gob.ar",
        "Aporte de la Defensoría del Pueblo de la Nación Argentina",
        """
        De nuestra mayor consideración:

        La Defensoría del Pueblo de la Nación Argentina remite su aporte sobre la
        actuación policial en las protestas contra la minería de litio en Jujuy y sobre
        las asambleas socioambientales.

        Saludos cordiales,

        Área de Medio Ambiente y Desarrollo Sustentable
        Defensoría del Pueblo de la Nación
        Suipacha 365, C1008AAG, Ciudad Autónoma de Buenos Aires
        """,
        """
        DEFENSORÍA DEL PUEBLO DE LA NACIÓN
        REPÚBLICA ARGENTINA

        Protestas contra la minería de litio y asambleas socioambientales
        """,
        "nhri",
        (
            "Defensoría del Pueblo de la Nación Argentina",
            "Defensoría del Pueblo de la Nación",
        ),
        "ARG",
    ),
    Variation(
        "nhri-es-08",
        "Adjuntía para el Medio Ambiente",
        "adjuntia.ambiente@defensoria.example.gob.pe",
        "Informe de la Defensoría del Pueblo - conflictos socioambientales",
        """
        Señor Relator Especial:

        Tengo el agrado de dirigirme a usted para remitirle el informe de la Defensoría
        del Pueblo sobre los conflictos socioambientales y la protección de defensores
        ambientales en la Amazonía peruana.

        Atentamente,

        Adjuntía para el Medio Ambiente, Servicios Públicos y Pueblos Indígenas
        Defensoría del Pueblo
        Jr. Ucayali 394-398, Lima
        """,
        """
        DEFENSORÍA DEL PUEBLO
        PERÚ

        Conflictos socioambientales y defensores ambientales en la Amazonía
        """,
        "nhri",
        ("Defensoría del Pueblo del Perú", "Defensoría del Pueblo"),
        "PER",
    ),
    Variation(
        "nhri-es-09",
        "Relaciones Internacionales DP",
        "internacional@defensordelpueblo.example.es",
        "Aportación del Defensor del Pueblo de España",
        """
        Estimados señores:

        Adjuntamos la aportación del Defensor del Pueblo sobre las quejas tramitadas por
        sanciones impuestas con arreglo a la Ley de Seguridad Ciudadana a activistas
        climáticos.

        Un cordial saludo,

        Área de Relaciones Internacionales
        Defensor del Pueblo
        Paseo de Eduardo Dato 31, 28010 Madrid
        """,
        """
        DEFENSOR DEL PUEBLO

        Sanciones a activistas climáticos con arreglo a la Ley de Seguridad Ciudadana
        """,
        "nhri",
        ("Defensor del Pueblo", "Defensor del Pueblo de España"),
        "ESP",
    ),
    # ── United Nations and intergovernmental bodies ──
    Variation(
        "igo-en-01",
        "Aarhus Convention secretariat",
        "aarhus.conv@unece.example.org",
        "Input from the Aarhus Convention secretariat",
        """
        Dear colleagues,

        Please find attached the input of the secretariat of the Convention on Access to
        Information, Public Participation in Decision-making and Access to Justice in
        Environmental Matters (Aarhus Convention), including information on the rapid
        response mechanism for environmental defenders under article 3(8).

        Best regards,

        Aarhus Convention secretariat
        Environment Division
        United Nations Economic Commission for Europe
        Palais des Nations, 1211 Geneva 10
        """,
        """
        UNITED NATIONS ECONOMIC COMMISSION FOR EUROPE
        Secretariat of the Aarhus Convention

        Input to the call of the Special Rapporteur on the rights to freedom of peaceful
        assembly and of association
        """,
        "international_org",
        (
            "Secretariat of the Aarhus Convention",
            "Aarhus Convention secretariat",
            "UNECE Aarhus Convention secretariat",
            "United Nations Economic Commission for Europe (UNECE)",
        ),
    ),
    Variation(
        "igo-en-02",
        "PACE Committee Secretariat",
        "pace.envcttee@coe.example.int",
        "Contribution of PACE committee secretariat",
        """
        Dear Special Rapporteur,

        On behalf of the secretariat of the Committee on Social Affairs, Health and
        Sustainable Development of the Parliamentary Assembly of the Council of Europe
        (PACE), I attach a note on the Assembly's recent resolutions on climate
        activism and on the right to peaceful assembly.

        Kind regards,

        Secretary of the Committee
        Parliamentary Assembly of the Council of Europe
        Avenue de l'Europe, 67075 Strasbourg Cedex
        """,
        """
        PARLIAMENTARY ASSEMBLY OF THE COUNCIL OF EUROPE

        Note on Assembly resolutions on climate activism and peaceful assembly
        """,
        "international_org",
        (
            "Parliamentary Assembly of the Council of Europe (PACE)",
            "Parliamentary Assembly of the Council of Europe",
        ),
    ),
    Variation(
        "igo-en-03",
        "CAO Communications",
        "cao@cao-ombudsman.example.org",
        "CAO input: reprisals against complainants",
        """
        Dear Special Rapporteur,

        The Office of the Compliance Advisor Ombudsman (CAO), the independent
        accountability mechanism of IFC and MIGA, shares the attached note on reprisal
        risks faced by communities and environmental groups who bring complaints about
        projects financed by the World Bank Group's private sector arms.

        Best regards,

        CAO Communications
        Office of the Compliance Advisor Ombudsman
        2121 Pennsylvania Avenue NW, Washington, DC 20433
        """,
        """
        OFFICE OF THE COMPLIANCE ADVISOR OMBUDSMAN (CAO)
        for the International Finance Corporation and the Multilateral Investment
        Guarantee Agency

        Reprisal risks in complaints about private sector projects
        """,
        "international_org",
        (
            "Office of the Compliance Advisor Ombudsman (CAO)",
            "Compliance Advisor Ombudsman (CAO)",
            "Office of the Compliance Advisor Ombudsman",
        ),
    ),
    Variation(
        "igo-en-04",
        "Faleolo, Iosefa",
        "iosefaf@sprep.example.org",
        "SPREP input",
        """
        Talofa,

        Please find attached a short input from the Secretariat of the Pacific Regional
        Environment Programme (SPREP) on community participation and youth climate
        groups in Pacific island countries.

        Kind regards,

        Iosefa Faleolo
        Environmental Governance Officer
        Environmental Monitoring and Governance Programme
        SPREP, PO Box 240, Apia, Samoa
        """,
        """
        SECRETARIAT OF THE PACIFIC REGIONAL ENVIRONMENT PROGRAMME

        Community participation and youth climate groups in the Pacific
        """,
        "international_org",
        (
            "Secretariat of the Pacific Regional Environment Programme (SPREP)",
            "Secretariat of the Pacific Regional Environment Programme",
        ),
    ),
    Variation(
        "igo-fr-05",
        "MII - BAD",
        "mii@afdb.example.org",
        "Contribution du Mécanisme indépendant d'inspection",
        """
        Madame, Monsieur,

        Le Mécanisme indépendant d'inspection (MII) de la Banque africaine de
        développement a le plaisir de vous transmettre sa note sur la protection des
        requérants et des associations locales contre les représailles dans les projets
        énergétiques et miniers financés par la Banque.

        Cordialement,

        Unité de vérification de la conformité et de médiation
        Mécanisme indépendant d'inspection
        Groupe de la Banque africaine de développement
        Abidjan, Côte d'Ivoire
        """,
        """
        GROUPE DE LA BANQUE AFRICAINE DE DÉVELOPPEMENT
        MÉCANISME INDÉPENDANT D'INSPECTION (MII)

        Protection des requérants contre les représailles
        """,
        "international_org",
        (
            "Mécanisme indépendant d'inspection (MII) de la Banque africaine de développement",
            "Mécanisme indépendant d'inspection (MII)",
            "Mécanisme indépendant d'inspection",
        ),
    ),
    Variation(
        "igo-fr-06",
        "COMIFAC SE",
        "secretariat@comifac.example.org",
        "Contribution de la COMIFAC",
        """
        Monsieur le Rapporteur spécial,

        Le Secrétariat exécutif de la COMIFAC vous transmet sa contribution sur la
        participation des organisations de la société civile et des communautés aux
        processus de gestion des forêts d'Afrique centrale.

        Haute considération,

        Le Secrétaire exécutif
        Commission des forêts d'Afrique centrale
        BP 20818 Yaoundé, Cameroun
        """,
        """
        COMMISSION DES FORÊTS D'AFRIQUE CENTRALE (COMIFAC)
        Secrétariat exécutif

        Participation de la société civile à la gestion des forêts
        """,
        "international_org",
        (
            "Commission des forêts d'Afrique centrale (COMIFAC)",
            "Commission des forêts d'Afrique centrale",
        ),
    ),
    Variation(
        "igo-es-07",
        "Secretaría Acuerdo de Escazú",
        "escazu.secretaria@cepal.example.org",
        "Aporte de la Secretaría del Acuerdo de Escazú (CEPAL)",
        """
        Estimado Relator Especial:

        En calidad de Secretaría del Acuerdo Regional sobre el Acceso a la Información,
        la Participación Pública y el Acceso a la Justicia en Asuntos Ambientales en
        América Latina y el Caribe (Acuerdo de Escazú), la CEPAL remite el aporte
        adjunto sobre el Plan de Acción sobre Defensoras y Defensores de los Derechos
        Humanos en Asuntos Ambientales.

        Atentamente,

        División de Desarrollo Sostenible y Asentamientos Humanos
        Comisión Económica para América Latina y el Caribe (CEPAL)
        Av. Dag Hammarskjöld 3477, Vitacura, Santiago de Chile
        """,
        """
        COMISIÓN ECONÓMICA PARA AMÉRICA LATINA Y EL CARIBE (CEPAL)
        Secretaría del Acuerdo de Escazú

        Plan de Acción sobre Defensoras y Defensores de los Derechos Humanos en Asuntos
        Ambientales
        """,
        "international_org",
        (
            "Comisión Económica para América Latina y el Caribe (CEPAL)",
            "Comisión Económica para América Latina y el Caribe",
            "Secretaría del Acuerdo de Escazú",
            "CEPAL - Secretaría del Acuerdo de Escazú",
        ),
    ),
    Variation(
        "igo-es-08",
        "MICI BID",
        "mici@iadb.example.org",
        "Aporte del MICI",
        """
        Estimado Relator Especial:

        El Mecanismo Independiente de Consulta e Investigación (MICI) del Banco
        Interamericano de Desarrollo remite su aporte sobre los riesgos de represalias
        contra personas y organizaciones que presentan solicitudes relacionadas con
        proyectos hidroeléctricos y de infraestructura.

        Saludos cordiales,

        Gabriela Ortiz
        Especialista de Verificación de la Observancia
        MICI – Banco Interamericano de Desarrollo
        1300 New York Ave. NW, Washington, D.C. 20577
        """,
        """
        MECANISMO INDEPENDIENTE DE CONSULTA E INVESTIGACIÓN
        BANCO INTERAMERICANO DE DESARROLLO

        Riesgos de represalias contra solicitantes
        """,
        "international_org",
        (
            "Mecanismo Independiente de Consulta e Investigación (MICI)",
            "Mecanismo Independiente de Consulta e Investigación",
            "Mecanismo Independiente de Consulta e Investigación (MICI) del Banco Interamericano de Desarrollo",
        ),
    ),
    Variation(
        "igo-es-09",
        "Secretaría de Comisiones PARLATINO",
        "comisiones@parlatino.example.org",
        "Aporte del Parlamento Latinoamericano y Caribeño",
        """
        Estimado señor Relator:

        Por encargo de la Comisión de Medio Ambiente y Turismo, remito el aporte del
        Parlamento Latinoamericano y Caribeño (Parlatino), con la ley modelo sobre
        defensores ambientales aprobada por su Asamblea.

        Atentamente,

        Secretaría de Comisiones
        Parlamento Latinoamericano y Caribeño
        Avenida Principal de Amador, Edificio 1111, Ciudad de Panamá
        """,
        """
        PARLAMENTO LATINOAMERICANO Y CARIBEÑO
        PARLATINO

        Ley modelo sobre personas defensoras de derechos humanos en asuntos ambientales
        """,
        "international_org",
        (
            "Parlamento Latinoamericano y Caribeño (Parlatino)",
            "Parlamento Latinoamericano y Caribeño",
            "Parlamento Latinoamericano y Caribeño (PARLATINO)",
        ),
    ),
    # ── academics and university units ──
    Variation(
        "academic-en-01",
        "EDLC Clinic",
        "edlc@law.riverside.example.edu",
        "Submission of the Environmental Defenders Legal Clinic",
        """
        Dear Special Rapporteur,

        The Environmental Defenders Legal Clinic at Riverside School of Law submits the
        attached memorandum on state "critical infrastructure" laws and their use against
        pipeline protesters in the United States. It was drafted by clinic students under
        faculty supervision.

        Respectfully,

        Clinic Director
        Environmental Defenders Legal Clinic
        Riverside School of Law
        410 College Ave, Riverside Hall 2F
        (555) 014-2233 | law.riverside.example.edu/edlc
        """,
        """
        ENVIRONMENTAL DEFENDERS LEGAL CLINIC
        RIVERSIDE SCHOOL OF LAW

        "Critical infrastructure" laws and pipeline protest: a memorandum
        """,
        "academic",
        (
            "Environmental Defenders Legal Clinic, Riverside School of Law",
            "Environmental Defenders Legal Clinic",
            "Environmental Defenders Legal Clinic (EDLC), Riverside School of Law",
        ),
    ),
    Variation(
        "academic-en-02",
        "Climate & Civic Space Centre",
        "ccsc@westmoor.example.ac.uk",
        "CCSC submission - SR FoAA",
        """
        Dear Special Rapporteur,

        Please find attached the submission of the Centre for Climate and Civic Space at
        the University of Westmoor, based on our dataset of 1,400 climate protest events
        in 22 countries and the state responses to them.

        Best wishes,

        Dr Fiona MacLeod
        Co-Director, Centre for Climate and Civic Space
        School of Politics and International Relations
        University of Westmoor
        She/her | Twitter @fmacleod_ccsc

        Please note my working days are Tuesday to Friday.
        """,
        """
        Centre for Climate and Civic Space
        University of Westmoor

        State responses to climate protest: evidence from 1,400 events in 22 countries
        """,
        "academic",
        (
            "Centre for Climate and Civic Space, University of Westmoor",
            "Centre for Climate and Civic Space",
        ),
    ),
    Variation(
        "academic-en-03",
        "MENSAH Abena",
        "abena.mensah@geog.capecoast.example.edu.gh",
        "Submission (doctoral research)",
        """
        Dear Special Rapporteur,

        I am a PhD candidate and I attach a short paper drawn from my doctoral
        fieldwork with galamsey-affected river communities and the youth groups that
        organised the "Save Our Rivers" marches. The views are my own.

        Kind regards,
        Abena Mensah
        PhD Candidate, Department of Geography and Regional Planning
        University of the Coast, Ghana
        """,
        """
        Marching for rivers: youth mobilisation against illegal mining in Ghana
        Abena Mensah
        """,
        "academic",
        ("Abena Mensah",),
    ),
    Variation(
        "academic-en-04",
        "Henrik Lindqvist",
        "prof.h.lindqvist@gmail.example.com",
        "Academic input - climate protest and criminal law",
        """
        Dear Special Rapporteur,

        I am writing from my personal address as I am on research leave. Attached is a
        short paper on sentencing of climate protesters in the Nordic countries.

        With kind regards,

        Henrik Lindqvist
        Professor of Environmental Law
        Faculty of Law, Norrland University
        """,
        """
        Sentencing climate protesters in the Nordic countries
        Prof. Henrik Lindqvist, Norrland University
        """,
        "academic",
        ("Henrik Lindqvist", "Prof. Henrik Lindqvist"),
    ),
    Variation(
        "academic-en-05",
        "PPRU Eastbrook",
        "ppru@eastbrook.example.edu.au",
        "PPRU submission",
        """
        Hello,

        The PPRU is pleased to submit the attached research brief on police use of
        move-on powers and "pain compliance" against climate protesters in Queensland
        and New South Wales.

        Regards,

        Dr Liam O'Connor
        Research Fellow
        Protest and Policing Research Unit
        School of Criminology, Eastbrook University
        Brisbane QLD 4000

        CRICOS Provider No. 00555X. This email may contain confidential information.
        """,
        """
        PROTEST AND POLICING RESEARCH UNIT (PPRU)
        EASTBROOK UNIVERSITY

        Move-on powers and pain compliance against climate protesters
        """,
        "academic",
        (
            "Protest and Policing Research Unit (PPRU), Eastbrook University",
            "Protest and Policing Research Unit, Eastbrook University",
            "Protest and Policing Research Unit (PPRU)",
        ),
    ),
    Variation(
        "academic-en-06",
        "Dr. Rahul Varghese",
        "rahul.varghese@nls.deccan.example.ac.in",
        "Submission - environmental defenders and the FCRA",
        """
        Dear Special Rapporteur,

        I write as an academic in my own name, not on behalf of my institution, to share
        a note on the cancellation of foreign contribution licences of environmental
        organisations in India.

        Regards,

        Dr. Rahul Varghese
        Assistant Professor of Law
        Deccan National Law School, Hyderabad
        """,
        """
        Foreign funding licences and environmental organisations in India
        Dr. Rahul Varghese
        """,
        "academic",
        ("Rahul Varghese", "Dr. Rahul Varghese"),
    ),
    Variation(
        "academic-fr-07",
        "Clinique droit environnement",
        "clinique.env@univ-valleedufleuve.example.sn",
        "Contribution de la Clinique du droit de l'environnement",
        """
        Monsieur le Rapporteur spécial,

        La Clinique du droit de l'environnement de l'Université de la Vallée du Fleuve
        vous transmet une note sur les arrêtés d'interdiction de manifester pris contre
        les collectifs opposés aux projets de sable minéralisé sur la Grande Côte.

        Cordialement,

        Pour la Clinique,
        Pr Mamadou Ndiaye, responsable scientifique
        UFR Sciences juridiques et politiques
        Université de la Vallée du Fleuve, Saint-Louis, Sénégal
        """,
        """
        CLINIQUE DU DROIT DE L'ENVIRONNEMENT
        Université de la Vallée du Fleuve

        Interdictions de manifester et collectifs de la Grande Côte
        """,
        "academic",
        (
            "Clinique du droit de l'environnement, Université de la Vallée du Fleuve",
            "Clinique du droit de l'environnement",
        ),
    ),
    Variation(
        "academic-fr-08",
        "Secrétariat CRME",
        "crme@univ-hautesavoie.example.fr",
        "Contribution du CRME",
        """
        Madame, Monsieur,

        Veuillez trouver ci-joint la contribution du Centre de recherche sur les
        mobilisations environnementales (CRME) sur la dissolution administrative
        d'associations écologistes et le contentieux qui a suivi.

        Bien cordialement,

        Claire Bonnet
        Gestionnaire administrative
        CRME – Université de Haute-Savoie
        1 place de l'Université, 74000 Annecy
        """,
        """
        CENTRE DE RECHERCHE SUR LES MOBILISATIONS ENVIRONNEMENTALES (CRME)
        UNIVERSITÉ DE HAUTE-SAVOIE

        Dissolutions administratives d'associations écologistes
        """,
        "academic",
        (
            "Centre de recherche sur les mobilisations environnementales (CRME), Université de Haute-Savoie",
            "Centre de recherche sur les mobilisations environnementales (CRME)",
            "Centre de recherche sur les mobilisations environnementales",
        ),
    ),
    Variation(
        "academic-fr-09",
        "Léa Marchal",
        "lea.marchal@etu.univ-valdeloire.example.fr",
        "contribution - doctorante",
        """
        Bonjour,

        Doctorante en science politique, je vous envoie à titre personnel une note tirée
        de ma thèse sur la surveillance des militants écologistes par les services de
        renseignement.

        Bien à vous,
        Léa Marchal
        Doctorante, Laboratoire Politiques et Territoires
        Université du Val de Loire
        """,
        """
        La surveillance des militants écologistes : éléments tirés d'une thèse en cours
        Léa Marchal
        """,
        "academic",
        ("Léa Marchal",),
    ),
    Variation(
        "academic-es-10",
        "Clínica Jurídica Ambiental",
        "clinica.ambiental@upsur.example.edu.pe",
        "Aporte - Clínica Jurídica Ambiental UPSUR",
        """
        Estimado Relator Especial:

        La Clínica Jurídica Ambiental de la Universidad del Pacífico Sur remite su aporte
        sobre la criminalización de defensores indígenas en Loreto y Ucayali.

        Atentamente,

        Clínica Jurídica Ambiental
        Facultad de Derecho y Ciencia Política
        Universidad del Pacífico Sur
        Arequipa, Perú
        """,
        """
        CLÍNICA JURÍDICA AMBIENTAL
        UNIVERSIDAD DEL PACÍFICO SUR

        Criminalización de defensores indígenas en Loreto y Ucayali
        """,
        "academic",
        (
            "Clínica Jurídica Ambiental, Universidad del Pacífico Sur",
            "Clínica Jurídica Ambiental",
        ),
    ),
    Variation(
        "academic-es-11",
        "OPSA",
        "opsa@unas.example.edu.bo",
        "Aporte OPSA",
        """
        Buenas tardes:

        Enviamos el aporte del OPSA sobre los bloqueos y marchas contra la minería
        aurífera en los ríos amazónicos y la respuesta del Estado.

        Saludos,
        Equipo OPSA
        """,
        """
        OBSERVATORIO DE PROTESTA SOCIOAMBIENTAL (OPSA)
        Universidad Nacional del Altiplano Sur

        Bloqueos y marchas contra la minería aurífera
        """,
        "academic",
        (
            "Observatorio de Protesta Socioambiental (OPSA), Universidad Nacional del Altiplano Sur",
            "Observatorio de Protesta Socioambiental (OPSA)",
            "Observatorio de Protesta Socioambiental",
        ),
    ),
    Variation(
        "academic-es-12",
        "Patricia Echeverría",
        "patricia.echeverria.luna@gmail.example.com",
        "Aporte académico",
        """
        Estimado Relator:

        Le escribo desde mi correo personal. Soy profesora de derecho constitucional y
        adjunto un artículo breve sobre las leyes de protesta y las personas defensoras
        ambientales en México.

        Saludos cordiales,

        Dra. Patricia Echeverría Luna
        Profesora investigadora, Facultad de Derecho
        Universidad Autónoma del Golfo
        """,
        """
        Leyes de protesta y personas defensoras ambientales en México
        Dra. Patricia Echeverría Luna
        """,
        "academic",
        ("Patricia Echeverría Luna", "Dra. Patricia Echeverría Luna"),
    ),
    Variation(
        "academic-es-13",
        "Tomás Ibarra",
        "tibarra@doctorado.uchaco.example.edu.ar",
        "aporte de investigación doctoral",
        """
        Estimados/as:

        Soy doctorando en antropología. Adjunto, a título personal, un resumen de mi
        investigación sobre las asambleas contra los desmontes en el Chaco salteño.

        Saludos,
        Tomás Ibarra
        Doctorando, Instituto de Investigaciones Antropológicas
        Universidad Nacional del Chaco Austral
        """,
        "",
        "academic",
        ("Tomás Ibarra",),
    ),
    # ── individuals writing for themselves ──
    Variation(
        "individual-en-01",
        "Saoirse",
        "saoirse.byrne.climate@gmail.example.com",
        "my experience - arrested at a climate protest",
        """
        Hi,

        I'm a climate activist from Cork. I was arrested twice last year at sit-ins at
        the gas terminal and I am still on bail conditions that stop me going to any
        protest in the county. I want to tell you what that is like. I'm writing just
        for myself, not for any group.

        Saoirse Byrne
        """,
        "",
        "individual",
        ("Saoirse Byrne",),
    ),
    Variation(
        "individual-en-02",
        "Rebecca Okafor",
        "r.okafor@whitlockbarnes.example.co.uk",
        "Personal submission - defending climate protesters",
        """
        Dear Special Rapporteur,

        I am a criminal defence solicitor. I write in my own name, not on behalf of my
        firm or any client, about what I have seen representing some 60 climate
        protesters charged with public nuisance offences.

        Kind regards,

        Rebecca Okafor
        Senior Associate
        Whitlock Barnes LLP
        4 Gray's Inn Square, London WC1R 5AH
        DD +44 20 7555 0381

        Whitlock Barnes LLP is authorised and regulated by the Solicitors Regulation
        Authority. This email is confidential and may be legally privileged.
        """,
        "",
        "individual",
        ("Rebecca Okafor",),
    ),
    Variation(
        "individual-en-03",
        "Arjun Bhattacharya",
        "arjun.bhattacharya@proton.example.me",
        "Journalist's input - reporting on coal protests",
        """
        Dear Special Rapporteur,

        I am an independent journalist. I have reported for five years on protests
        against coal mining in central India and was twice detained while covering
        them. I send the attached account in a personal capacity.

        Best,
        Arjun Bhattacharya
        Freelance journalist, Raipur
        """,
        """
        Covering coal protests: detentions of reporters in central India
        Arjun Bhattacharya
        """,
        "individual",
        ("Arjun Bhattacharya",),
    ),
    Variation(
        "individual-en-04",
        "Corazon Villanueva",
        "corazonvillanueva1961@yahoo.example.com",
        "about my son",
        """
        Dear Sir/Madam,

        My son Rodel was a leader of our farmers' association who opposed the dam. He was
        shot in front of our house in 2024 and no one has been charged. I write as his
        mother to ask that his case is not forgotten.

        Respectfully,
        Corazon Villanueva
        Rizal, Philippines
        """,
        "",
        "individual",
        ("Corazon Villanueva",),
    ),
    Variation(
        "individual-en-05",
        "Joseph Mwansa",
        "josephmwansa.farm@yahoo.example.com",
        "from a farmer in Chingola",
        """
        Dear Sir,

        I am a small farmer near Chingola. Our fields were spoiled by the acid spill
        from the mine and when we gathered at the district office to complain the police
        dispersed us and took six of us to the cells. I am writing for myself.

        Yours,
        Joseph Mwansa
        Farmer, Chingola, Zambia
        """,
        "",
        "individual",
        ("Joseph Mwansa",),
    ),
    Variation(
        "individual-en-06",
        "Eleanor Whitcombe",
        "eleanor.whitcombe@btinternet.example.com",
        "Submission from a retired judge",
        """
        Dear Special Rapporteur,

        I sat for eighteen years as a judge and retired in 2021. I offer, in a wholly
        personal capacity, some reflections on how courts should weigh the right of
        peaceful assembly when sentencing climate protesters.

        Yours sincerely,

        Eleanor Whitcombe
        (formerly a Circuit Judge)
        """,
        """
        Peaceful assembly and the sentencing of climate protesters: a judge's reflections
        Eleanor Whitcombe
        """,
        "individual",
        ("Eleanor Whitcombe", "Judge Eleanor Whitcombe"),
    ),
    Variation(
        "individual-en-07",
        "Laura Schmidt",
        "l.schmidt@klimawatchbayern.example.de",
        "personal submission (not on behalf of my organisation)",
        """
        Dear Special Rapporteur,

        Although I work for an environmental NGO, I am writing in my own name about my
        preventive detention for 30 days under the Bavarian police law before a climate
        action I never took part in. My employer has no part in this submission.

        Best regards,

        Laura Schmidt
        Campaigner
        Klima Watch Bayern e.V.
        Schwanthalerstraße 12, 80336 München
        """,
        "",
        "individual",
        ("Laura Schmidt",),
    ),
    Variation(
        "individual-en-08",
        "Freya L",
        "freya.lindahl2009@outlook.example.com",
        "school strike",
        """
        Hello,

        I am 16 and I organise school strikes for climate in my town. My school
        suspended me and the municipality refused us a place for our strike. My mum
        helped me with the English. This is only from me.

        Freya Lindahl
        """,
        "",
        "individual",
        ("Freya Lindahl",),
    ),
    Variation(
        "individual-en-09",
        "B. Omarov",
        "b.omarov.eco@proton.example.me",
        "submission from an environmental activist in exile",
        """
        Dear Special Rapporteur,

        I led a registered environmental association until it was liquidated by court
        order in 2023. I now live in exile. I write in my personal capacity because
        the association no longer exists.

        Bakhyt Omarov
        """,
        """
        Liquidation of an environmental association: a personal account
        Bakhyt Omarov
        """,
        "individual",
        ("Bakhyt Omarov",),
    ),
    Variation(
        "individual-en-10",
        "TRAN QUOC HUNG",
        "tranquochung.env@gmail.example.com",
        "my case",
        """
        Dear Special Rapporteur,

        I was sentenced to 3 years for "tax evasion" after I campaigned against the
        coal power plant. I was released in 2025. I send my story as one person.

        Tran Quoc Hung
        """,
        "",
        "individual",
        ("Tran Quoc Hung",),
    ),
    Variation(
        "individual-fr-11",
        "Camille R.",
        "camille.perrin@laposte.example.net",
        "témoignage",
        """
        Bonjour,

        Militante pour le climat, j'ai été placée en garde à vue 48 heures après une
        action pacifique devant le siège d'une banque. Je vous écris en mon nom propre.

        Camille Perrin
        """,
        "",
        "individual",
        ("Camille Perrin",),
    ),
    Variation(
        "individual-fr-12",
        "Me Sandrine Lefebvre",
        "s.lefebvre@lefebvre-dumas-avocats.example.fr",
        "Contribution à titre personnel",
        """
        Madame la Rapporteuse spéciale,

        Avocate au barreau de Nantes, je vous adresse à titre strictement personnel, et
        non au nom de mon cabinet ni de mes clients, quelques observations sur les
        poursuites engagées contre des militants écologistes.

        Je vous prie d'agréer, Madame, l'expression de ma considération distinguée.

        Sandrine Lefebvre
        Avocate associée
        Lefebvre Dumas Avocats
        12 quai de la Fosse, 44000 Nantes
        Tél. : 02 55 55 18 90

        Ce message et ses pièces jointes sont confidentiels et couverts par le secret
        professionnel.
        """,
        "",
        "individual",
        ("Sandrine Lefebvre", "Me Sandrine Lefebvre"),
    ),
    Variation(
        "individual-fr-13",
        "Moussa Koné",
        "moussa.kone.journaliste@gmail.example.com",
        "contribution d'un journaliste",
        """
        Monsieur le Rapporteur spécial,

        Journaliste indépendant à Bobo-Dioulasso, j'ai été interpellé en couvrant une
        manifestation de riverains contre une mine d'or. Je vous transmets mon
        témoignage à titre personnel.

        Moussa Koné
        Journaliste, Burkina Faso
        """,
        "",
        "individual",
        ("Moussa Koné",),
    ),
    Variation(
        "individual-fr-14",
        "Fatima Zahra El Idrissi",
        "fz.elidrissi@menara.example.ma",
        "au sujet de mon frère",
        """
        Madame, Monsieur,

        Mon frère Youssef a été condamné à un an de prison après les sit-in des habitants
        contre le détournement de l'eau de la source par une exploitation agricole. Je
        vous écris en tant que sœur.

        Fatima Zahra El Idrissi
        Tinghir, Maroc
        """,
        "",
        "individual",
        ("Fatima Zahra El Idrissi",),
    ),
    Variation(
        "individual-fr-15",
        "Gérard Pichon",
        "earl.pichon@orange.example.fr",
        "contribution d'un agriculteur",
        """
        Bonjour,

        Agriculteur dans le Morbihan, je suis poursuivi en diffamation par un groupe
        agro-industriel pour avoir dénoncé publiquement les algues vertes. J'écris pour
        moi, pas pour mon exploitation.

        Gérard Pichon
        EARL Pichon, Pontivy
        """,
        "",
        "individual",
        ("Gérard Pichon",),
    ),
    Variation(
        "individual-es-16",
        "Valentina Ríos",
        "vale.rios.ambiental@gmail.example.com",
        "mi testimonio",
        """
        Hola:

        Soy activista ambiental en Sonora. Después de las protestas por el agua recibí
        amenazas y me abrieron una carpeta por "ataques a las vías de comunicación".
        Escribo por mí misma.

        Valentina Ríos Montaño
        Hermosillo, Sonora
        """,
        "",
        "individual",
        ("Valentina Ríos Montaño", "Valentina Ríos"),
    ),
    Variation(
        "individual-es-17",
        "Elena Marchetti",
        "elena.marchetti@fibertel.example.com.ar",
        "Aporte a título personal - jueza jubilada",
        """
        Estimado señor Relator:

        Fui jueza de cámara durante veinte años y me jubilé en 2022. Le hago llegar, a
        título estrictamente personal, unas reflexiones sobre la protesta ambiental y el
        derecho penal.

        Con mi mayor consideración,

        Dra. Elena Marchetti
        Jueza de Cámara (jubilada)
        Rosario, Santa Fe
        """,
        """
        Protesta ambiental y derecho penal: reflexiones de una jueza jubilada
        Elena Marchetti
        """,
        "individual",
        ("Elena Marchetti", "Dra. Elena Marchetti"),
    ),
    Variation(
        "individual-es-18",
        "Aurelio Mamani",
        "aurelio.mamani.q@gmail.example.com",
        "campesino de Achacachi",
        """
        Señores de Naciones Unidas:

        Soy agricultor del lago Titicaca. La contaminación de la minería nos quitó los
        peces y cuando marchamos nos apresaron. Escribo yo mismo, con ayuda de mi nieta
        para el correo.

        Aurelio Mamani Quispe
        Achacachi, La Paz, Bolivia
        """,
        "",
        "individual",
        ("Aurelio Mamani Quispe", "Aurelio Mamani"),
    ),
    Variation(
        "individual-es-19",
        "Andrés Castillo",
        "andres.castillo.periodista@proton.example.me",
        "Testimonio de periodista",
        """
        Estimado Relator Especial:

        Soy periodista en el Bajo Aguán, Honduras. Fui agredido y mi equipo destruido
        mientras cubría un desalojo de comunidades que defienden el río. Envío mi
        testimonio a título personal.

        Andrés Castillo
        Periodista independiente
        Tocoa, Colón
        """,
        "",
        "individual",
        ("Andrés Castillo",),
    ),
    Variation(
        "individual-es-20",
        "Marcela Tapia",
        "mtapia@humedalesdelsur.example.cl",
        "aporte personal (no institucional)",
        """
        Estimados:

        Trabajo en una ONG, pero este aporte lo envío a título personal y no
        representa a mi organización. Relato la vigilancia policial que sufrí tras
        organizar una vigilia por los humedales de Valdivia.

        Saludos,

        Marcela Tapia
        Coordinadora de proyectos
        Fundación Humedales del Sur
        Valdivia, Chile
        """,
        "",
        "individual",
        ("Marcela Tapia",),
    ),
    # ── companies and business associations ──
    Variation(
        "company-en-01",
        "Group Communications",
        "media@northgateenergy.example.co.uk",
        "Northgate Energy Group response to the Special Rapporteur's call",
        """
        Dear Special Rapporteur,

        Please find attached the response of Northgate Energy Group plc to your call for
        inputs, setting out our approach to protest at our terminals and our commitment
        not to bring strategic lawsuits against public participation.

        Kind regards,

        Group Communications
        Northgate Energy Group plc
        1 Cathedral Square, Aberdeen AB10 1AA
        Registered in Scotland No. SC555123

        This e-mail and any attachments are confidential and may be privileged. If you
        are not the intended recipient, please delete it and notify the sender.
        """,
        """
        NORTHGATE ENERGY GROUP PLC

        Response to the call for inputs of the UN Special Rapporteur on the rights to
        freedom of peaceful assembly and of association
        """,
        "private_sector",
        ("Northgate Energy Group plc", "Northgate Energy Group"),
    ),
    Variation(
        "company-en-02",
        "Sustainability Team",
        "sustainability@kestrelmining.example.com.au",
        "Kestrel Mining - input",
        """
        Hi,

        Attached is Kestrel Mining Holdings' input on community engagement and protest
        at our iron ore operations in the Pilbara and our human rights defenders
        statement.

        Cheers,

        Jack Donovan
        Manager, Sustainability & Social Performance
        Kestrel Mining Holdings Ltd | ABN 55 555 123 456
        Level 18, 240 St Georges Terrace, Perth WA 6000
        M +61 455 555 019
        """,
        """
        KESTREL MINING HOLDINGS LTD

        Community engagement and protest at our Pilbara operations
        """,
        "private_sector",
        ("Kestrel Mining Holdings Ltd", "Kestrel Mining Holdings"),
    ),
    Variation(
        "company-en-03",
        "OEPA Policy",
        "policy@oepa.example.org.uk",
        "OEPA submission",
        """
        Dear Special Rapporteur,

        OEPA, on behalf of its 40 member companies, submits the attached paper on the
        safety of offshore installations and the right to protest at sea.

        Yours faithfully,

        Policy Director
        OEPA
        Union Plaza, Aberdeen
        """,
        """
        OFFSHORE ENERGY PRODUCERS ASSOCIATION (OEPA)

        Safety of offshore installations and the right to protest at sea
        """,
        "private_sector",
        (
            "Offshore Energy Producers Association (OEPA)",
            "Offshore Energy Producers Association",
        ),
    ),
    Variation(
        "company-en-04",
        "Daniel Rourke",
        "drourke@maddoxrourke.example.com",
        "Submission on behalf of Brightwater Pipelines Ltd",
        """
        Dear Sirs,

        We act for Brightwater Pipelines Ltd and, on its instructions, enclose its
        submission to the Special Rapporteur's call for inputs, concerning the
        injunctions it obtained against persons obstructing construction works.

        Yours faithfully,

        Daniel Rourke
        Partner, Litigation & Regulatory
        Maddox Rourke LLP
        25 Canada Square, London E14 5LQ
        T +44 20 7555 0640

        Maddox Rourke LLP is a limited liability partnership registered in England and
        Wales. This email is confidential and may be subject to legal privilege.
        """,
        """
        BRIGHTWATER PIPELINES LTD

        Submission to the Special Rapporteur on the rights to freedom of peaceful
        assembly and of association
        """,
        "private_sector",
        ("Brightwater Pipelines Ltd", "Brightwater Pipelines"),
    ),
    Variation(
        "company-en-05",
        "Calloway Comms",
        "hello@callowaystrategic.example.com",
        "Calloway Strategic Communications - response",
        """
        Dear Special Rapporteur,

        Calloway Strategic Communications Ltd is a public affairs and PR agency. As our
        name has been mentioned in reports on campaigns against climate activists, we
        attach a statement on our work for energy clients and our ethics policy.

        Best,

        Olivia Grant
        Managing Director
        Calloway Strategic Communications Ltd
        14 Buckingham Gate, London SW1E 6LB
        www.callowaystrategic.example.com | @CallowayComms
        """,
        """
        CALLOWAY STRATEGIC COMMUNICATIONS LTD

        Statement on our work for energy clients and our ethics policy
        """,
        "private_sector",
        (
            "Calloway Strategic Communications Ltd",
            "Calloway Strategic Communications",
        ),
    ),
    Variation(
        "company-en-06",
        "Fairfield Co-op Bank - Ethics",
        "ethics@fairfieldcoop.example.co.uk",
        "Input from Fairfield Co-operative Bank",
        """
        Dear Special Rapporteur,

        As a customer-owned co-operative bank with an ethical policy, we attach our
        input on how we assess the treatment of environmental defenders before we
        finance energy and infrastructure projects.

        Kind regards,

        Ethics & Sustainability Team
        Fairfield Co-operative Bank
        PO Box 101, Manchester M60 4EP
        Fairfield Co-operative Bank is a trading name of Fairfield Co-operative Bank
        Limited, authorised by the Prudential Regulation Authority.
        """,
        """
        FAIRFIELD CO-OPERATIVE BANK

        Environmental defenders in our financing decisions
        """,
        "private_sector",
        (
            "Fairfield Co-operative Bank",
            "Fairfield Co-operative Bank Limited",
        ),
    ),
    Variation(
        "company-en-07",
        "Vantage Risk Advisory",
        "info@vantagerisk.example.de",
        "Input - Vantage Risk Advisory GmbH",
        """
        Dear Sir or Madam,

        Vantage Risk Advisory GmbH advises energy and mining companies on security and
        stakeholder risk. We attach our input, including our position on monitoring of
        activists' social media.

        Best regards,

        Dr. Katharina Vogt
        Head of Human Rights & Compliance
        Vantage Risk Advisory GmbH
        Maximilianstraße 35, 80539 München
        Geschäftsführer: Stefan Brandt | HRB 255555 Amtsgericht München
        """,
        "",
        "private_sector",
        ("Vantage Risk Advisory GmbH", "Vantage Risk Advisory"),
    ),
    Variation(
        "company-en-08",
        "Compliance Team",
        "compliance@sawitnusantara.example.co.id",
        "Response - Sawit Nusantara Group",
        """
        Dear Special Rapporteur,

        Please find attached the response of Sawit Nusantara Group regarding community
        protests in our plantation areas in West Kalimantan and our grievance mechanism.

        Regards,

        Group Compliance & Sustainability
        PT Sawit Nusantara Tbk
        Menara Sudirman Lt. 21, Jakarta 12190
        """,
        """
        SAWIT NUSANTARA GROUP

        Community protests and our grievance mechanism in West Kalimantan
        """,
        "private_sector",
        ("Sawit Nusantara Group", "PT Sawit Nusantara Tbk"),
    ),
    Variation(
        "company-en-09",
        "Vikram Desai",
        "vikram.desai@solarisgreen.example.co.in",
        "Solaris Green Power - submission",
        """
        Dear Special Rapporteur,

        On behalf of Solaris Green Power Pvt Ltd I attach our submission on protests
        by pastoralist communities at our solar parks in Rajasthan and how we engage
        with community associations.

        Warm regards,

        Vikram Desai
        Head - ESG & Community Relations
        Solaris Green Power Pvt Ltd
        Tower B, Cyber City, Gurugram 122002
        +91 124 555 0190

        Please consider the environment before printing this e-mail.
        """,
        """
        SOLARIS GREEN POWER PVT LTD

        Protests by pastoralist communities at our solar parks
        """,
        "private_sector",
        ("Solaris Green Power Pvt Ltd", "Solaris Green Power"),
    ),
    Variation(
        "company-fr-10",
        "Direction Communication ES",
        "communication@energiessahel.example.sn",
        "Contribution d'Énergies Sahel S.A.",
        """
        Madame, Monsieur,

        Énergies Sahel S.A. vous transmet sa contribution sur le dialogue avec les
        associations de pêcheurs et les manifestations autour de son terminal gazier.

        Sincères salutations,

        Direction de la Communication et des Relations institutionnelles
        Énergies Sahel S.A.
        Immeuble Horizon, Route de Ngor, Dakar
        Capital social : 5 000 000 000 FCFA – RCCM SN DKR 2015 B 5555
        """,
        """
        ÉNERGIES SAHEL S.A.

        Dialogue avec les associations de pêcheurs autour du terminal gazier
        """,
        "private_sector",
        ("Énergies Sahel S.A.", "Énergies Sahel"),
    ),
    Variation(
        "company-fr-11",
        "Direction RSE",
        "rse@smf-mines.example.sn",
        "Contribution SMF",
        """
        Madame, Monsieur,

        La Société Minière de la Falémé S.A. (SMF) vous adresse sa contribution relative
        aux relations avec les communautés et aux manifestations de riverains autour de
        son site aurifère.

        Cordialement,

        Aminata Sow
        Directrice RSE
        SMF – Kédougou, Sénégal
        """,
        """
        SOCIÉTÉ MINIÈRE DE LA FALÉMÉ S.A.

        Relations avec les communautés riveraines
        """,
        "private_sector",
        (
            "Société Minière de la Falémé S.A. (SMF)",
            "Société Minière de la Falémé S.A.",
            "Société Minière de la Falémé",
        ),
    ),
    Variation(
        "company-fr-12",
        "FEMAO",
        "secretariat@femao.example.ci",
        "Contribution de la FEMAO",
        """
        Madame, Monsieur,

        La FEMAO, au nom de ses entreprises membres, vous transmet sa contribution sur
        la sécurité des sites miniers et le droit de manifester des communautés.

        Le Secrétaire permanent
        FEMAO
        Abidjan – Plateau
        """,
        """
        FÉDÉRATION DES ENTREPRISES MINIÈRES D'AFRIQUE DE L'OUEST (FEMAO)

        Sécurité des sites miniers et droit de manifester
        """,
        "private_sector",
        (
            "Fédération des Entreprises Minières d'Afrique de l'Ouest (FEMAO)",
            "Fédération des Entreprises Minières d'Afrique de l'Ouest",
        ),
    ),
    Variation(
        "company-fr-13",
        "BCL Durabilité",
        "durabilite@bcleman.example.ch",
        "Contribution de la Banque Coopérative du Léman",
        """
        Madame la Rapporteuse spéciale,

        En tant que banque coopérative, nous vous adressons notre contribution sur la
        prise en compte des défenseurs de l'environnement dans nos critères de
        financement.

        Meilleures salutations,

        Nicolas Favre
        Responsable Durabilité
        Banque Coopérative du Léman société coopérative
        Place de la Gare 3, 1003 Lausanne
        """,
        "",
        "private_sector",
        (
            "Banque Coopérative du Léman",
            "Banque Coopérative du Léman société coopérative",
        ),
    ),
    Variation(
        "company-es-14",
        "Asuntos Corporativos MCA",
        "asuntoscorporativos@mineracordillera.example.cl",
        "Aporte de Minera Cordillera Andina S.A.",
        """
        Estimado Relator Especial:

        Minera Cordillera Andina S.A. remite su aporte sobre el diálogo con comunidades
        y organizaciones ambientales en la región de Atacama y sobre las manifestaciones
        en el acceso a la faena.

        Saludos cordiales,

        Gerencia de Asuntos Corporativos y Sostenibilidad
        Minera Cordillera Andina S.A.
        Av. Apoquindo 3500, piso 12, Las Condes, Santiago
        """,
        """
        MINERA CORDILLERA ANDINA S.A.

        Diálogo con comunidades y organizaciones ambientales
        """,
        "private_sector",
        ("Minera Cordillera Andina S.A.", "Minera Cordillera Andina"),
    ),
    Variation(
        "company-es-15",
        "Lic. Javier Arriaga",
        "jarriaga@arriagasolis.example.com.mx",
        "Aporte en representación de Hidroeléctrica Río Verde, S.A. de C.V.",
        """
        Estimados señores:

        En nuestro carácter de apoderados legales de Hidroeléctrica Río Verde, S.A. de
        C.V., y por instrucciones de nuestra representada, remitimos su aporte a la
        convocatoria del Relator Especial.

        Atentamente,

        Lic. Javier Arriaga
        Socio
        Arriaga & Solís Abogados, S.C.
        Paseo de la Reforma 295, piso 8, Ciudad de México

        Este correo es confidencial y puede contener información privilegiada.
        """,
        """
        HIDROELÉCTRICA RÍO VERDE, S.A. DE C.V.

        Aporte a la convocatoria del Relator Especial
        """,
        "private_sector",
        (
            "Hidroeléctrica Río Verde, S.A. de C.V.",
            "Hidroeléctrica Río Verde S.A. de C.V.",
            "Hidroeléctrica Río Verde",
        ),
    ),
    Variation(
        "company-es-16",
        "APERCA",
        "info@aperca.example.org.cr",
        "Aporte APERCA",
        """
        Buenos días:

        APERCA, gremio que agrupa a productores de energía renovable de la región,
        comparte su aporte sobre la consulta y el diálogo con comunidades en proyectos
        eólicos e hidroeléctricos.

        Saludos,
        Dirección Ejecutiva
        """,
        """
        ASOCIACIÓN DE PRODUCTORES DE ENERGÍA RENOVABLE DE CENTROAMÉRICA (APERCA)

        Consulta y diálogo con comunidades
        """,
        "private_sector",
        (
            "Asociación de Productores de Energía Renovable de Centroamérica (APERCA)",
            "Asociación de Productores de Energía Renovable de Centroamérica",
        ),
    ),
    Variation(
        "company-es-17",
        "GRUPO PALMAS DEL NORTE",
        "rrpp@palmasdelnorte.example.hn",
        "Aporte Grupo Agroindustrial Palmas del Norte",
        """
        Estimados:

        El Grupo Agroindustrial Palmas del Norte, S.A. remite su aporte sobre la
        seguridad en sus fincas y las protestas de cooperativas campesinas en el Aguán.

        Atentamente,

        Relaciones Públicas
        Grupo Agroindustrial Palmas del Norte, S.A.
        San Pedro Sula, Honduras

        Enviado desde mi iPhone
        """,
        "",
        "private_sector",
        (
            "Grupo Agroindustrial Palmas del Norte, S.A.",
            "Grupo Agroindustrial Palmas del Norte S.A.",
            "Grupo Agroindustrial Palmas del Norte",
        ),
    ),
    # ── parliamentarians, unions, bar associations, faith bodies, municipalities, foundations, students, indigenous authorities, parties ──
    Variation(
        "other-en-01",
        "ELLISON, Tom",
        "tom.ellison.mp@parliament.example.uk",
        "Submission from Tom Ellison MP",
        """
        Dear Special Rapporteur,

        As a Member of Parliament who voted against the last public order bill, I
        submit the attached observations on its effect on climate protest.

        Yours sincerely,

        Tom Ellison MP
        Member of Parliament for Kendal and Lakes
        House of Commons, London SW1A 0AA
        """,
        "",
        "other",
        ("Tom Ellison", "Tom Ellison MP"),
    ),
    Variation(
        "other-en-02",
        "JTWU Head Office",
        "info@jtwu.example.org.za",
        "Just Transition Workers' Union submission",
        """
        Comrades,

        The Just Transition Workers' Union (JTWU), representing coal and power station
        workers in Mpumalanga, submits its input on the right of workers and
        communities to march and organise for a just energy transition.

        Aluta continua,

        Sipho Mahlangu
        General Secretary
        JTWU, Witbank
        """,
        """
        JUST TRANSITION WORKERS' UNION (JTWU)

        The right to march and organise for a just energy transition
        """,
        "other",
        ("Just Transition Workers' Union (JTWU)", "Just Transition Workers' Union"),
    ),
    Variation(
        "other-en-03",
        "Hon. Secretary",
        "secretary@emba.example.org.ph",
        "Eastern Mindanao Bar Association - submission",
        """
        Dear Special Rapporteur,

        The Eastern Mindanao Bar Association submits its observations on the filing of
        criminal complaints against environmental lawyers and defenders in Caraga.

        Respectfully,

        Atty. Ramon Villareal
        Hon. Secretary
        Eastern Mindanao Bar Association
        Butuan City
        """,
        "",
        "other",
        ("Eastern Mindanao Bar Association",),
    ),
    Variation(
        "other-en-04",
        "Rev. Dr. Anne Howarth",
        "ahowarth@interfaithclimatecovenant.example.org.uk",
        "Submission of the Interfaith Climate Covenant",
        """
        Dear friends,

        I enclose the submission of the Interfaith Climate Covenant of Greater
        Manchester, on behalf of its churches, mosques, synagogues and gurdwaras, on
        the arrest of faith leaders at peaceful vigils.

        With every blessing,

        Rev. Dr. Anne Howarth (she/her)
        Convenor
        Interfaith Climate Covenant of Greater Manchester
        """,
        "",
        "other",
        ("Interfaith Climate Covenant of Greater Manchester",),
    ),
    Variation(
        "other-en-05",
        "PCMCN Secretariat",
        "secretariat@pacificmayors.example.org",
        "Submission - Pacific Coastal Mayors Climate Network",
        """
        Dear Special Rapporteur,

        The Pacific Coastal Mayors Climate Network, which brings together 37 cities and
        towns, submits the attached note on how local governments can facilitate climate
        assemblies and protests.

        Kind regards,

        Secretariat
        Pacific Coastal Mayors Climate Network
        Suva, Fiji
        """,
        """
        PACIFIC COASTAL MAYORS CLIMATE NETWORK

        Local governments and climate assemblies
        """,
        "other",
        ("Pacific Coastal Mayors Climate Network",),
    ),
    Variation(
        "other-en-06",
        "LUSU VP Campaigns",
        "vp.campaigns@lakelandsu.example.ac.uk",
        "Students' Union submission",
        """
        Hi,

        Attached is the submission of Lakeland University Students' Union on the
        university's injunction against student climate encampments and the
        disciplinary cases that followed.

        Thanks,

        Priya Shah (she/her)
        Vice-President Campaigns
        Lakeland University Students' Union
        """,
        "",
        "other",
        ("Lakeland University Students' Union",),
    ),
    Variation(
        "other-en-07",
        "Datu Lumandas",
        "tagakaulo.elders@gmail.example.com",
        "from the council of elders",
        """
        To the Special Rapporteur,

        We, the Tagakaulo Tribal Council of Elders, the traditional authority of our
        ancestral domain, send this letter about soldiers and company guards stopping
        our gatherings against the open-pit mine.

        Datu Ernesto Lumandas
        Chairman
        Tagakaulo Tribal Council of Elders
        Sarangani Province
        """,
        "",
        "other",
        ("Tagakaulo Tribal Council of Elders",),
    ),
    Variation(
        "other-en-08",
        "Green Horizon Party - National Office",
        "national@greenhorizon.example.org.au",
        "Submission of the Green Horizon Party",
        """
        Dear Special Rapporteur,

        The Green Horizon Party submits its views on the anti-protest laws passed in
        several states and their effect on climate activism.

        Regards,

        National Office
        Green Horizon Party
        Authorised by J. Parker, Canberra ACT
        """,
        "",
        "other",
        ("Green Horizon Party",),
    ),
    Variation(
        "other-fr-09",
        "Cabinet du Maire",
        "cabinet.maire@grenoble.example.fr",
        "Contribution de la Ville de Grenoble",
        """
        Madame la Rapporteuse spéciale,

        La Ville de Grenoble vous adresse sa contribution sur l'accueil des
        rassemblements pour le climat dans l'espace public et le soutien aux associations
        environnementales locales.

        Cabinet du Maire
        Ville de Grenoble
        11 boulevard Jean Pain, 38000 Grenoble
        """,
        """
        VILLE DE GRENOBLE

        Rassemblements pour le climat dans l'espace public
        """,
        "other",
        ("Ville de Grenoble",),
    ),
    Variation(
        "other-fr-10",
        "SYNTRAMEN",
        "syntramen@gmail.example.com",
        "Contribution du SYNTRAMEN",
        """
        Camarades,

        Le Syndicat National des Travailleurs des Mines et de l'Énergie du Niger
        (SYNTRAMEN) transmet sa contribution sur les entraves aux réunions des
        travailleurs et des riverains des sites d'uranium.

        Le Secrétaire général
        SYNTRAMEN, Arlit
        """,
        "",
        "other",
        (
            "Syndicat National des Travailleurs des Mines et de l'Énergie du Niger (SYNTRAMEN)",
            "Syndicat National des Travailleurs des Mines et de l'Énergie du Niger",
        ),
    ),
    Variation(
        "other-fr-11",
        "Bâtonnier Kolwezi",
        "batonnier@barreaukolwezi.example.cd",
        "Contribution de l'Ordre des avocats",
        """
        Monsieur le Rapporteur spécial,

        L'Ordre des avocats du barreau de Kolwezi vous adresse ses observations sur les
        poursuites contre des défenseurs de l'environnement et leurs avocats dans la
        province du Lualaba.

        Le Bâtonnier
        Ordre des avocats du barreau de Kolwezi
        """,
        "",
        "other",
        ("Ordre des avocats du barreau de Kolwezi", "Barreau de Kolwezi"),
    ),
    Variation(
        "other-fr-12",
        "CISC Togo",
        "cisc.togo@cisc.example.tg",
        "Contribution du Conseil Interreligieux",
        """
        Madame, Monsieur,

        Le Conseil Interreligieux pour la Sauvegarde de la Création du Togo vous
        transmet sa contribution sur les marches pacifiques contre l'érosion côtière.

        Père Emmanuel Kodjo
        Président
        """,
        """
        CONSEIL INTERRELIGIEUX POUR LA SAUVEGARDE DE LA CRÉATION DU TOGO

        Marches pacifiques contre l'érosion côtière
        """,
        "other",
        ("Conseil Interreligieux pour la Sauvegarde de la Création du Togo",),
    ),
    Variation(
        "other-fr-13",
        "Fondation Terre Partagée",
        "contact@terrepartagee.example.ch",
        "Contribution de la Fondation",
        """
        Madame, Monsieur,

        La Fondation Terre Partagée, qui soutient des associations de défense de
        l'environnement en Afrique de l'Ouest, vous adresse sa contribution sur les
        restrictions de financement étranger qu'elles subissent.

        Meilleures salutations,

        Julie Rochat
        Responsable des programmes
        Fondation Terre Partagée
        Rue du Stand 20, 1204 Genève
        """,
        "",
        "other",
        ("Fondation Terre Partagée",),
    ),
    Variation(
        "other-es-14",
        "Dip. Rosa Elvira Cáceres",
        "rcaceres@diputados.example.gov.py",
        "Aporte de la diputada Rosa Elvira Cáceres",
        """
        Estimado Relator:

        En mi calidad de diputada nacional y presidenta de la Comisión de Ecología,
        remito mis observaciones sobre el proyecto de ley que penaliza las
        manifestaciones ambientales.

        Dip. Rosa Elvira Cáceres
        Honorable Cámara de Diputados
        Asunción, Paraguay
        """,
        "",
        "other",
        ("Rosa Elvira Cáceres", "Dip. Rosa Elvira Cáceres"),
    ),
    Variation(
        "other-es-15",
        "SINTRAPESUR",
        "sintrapesur@sintrapesur.example.org.co",
        "Aporte sindical",
        """
        Compañeros y compañeras:

        El Sindicato de Trabajadores de la Industria Petrolera del Sur (SINTRAPESUR)
        remite su aporte sobre las amenazas a trabajadores que denunciaron derrames y
        participaron en marchas con las comunidades.

        Junta Directiva Nacional
        SINTRAPESUR
        Neiva, Huila
        """,
        "",
        "other",
        (
            "Sindicato de Trabajadores de la Industria Petrolera del Sur (SINTRAPESUR)",
            "Sindicato de Trabajadores de la Industria Petrolera del Sur",
        ),
    ),
    Variation(
        "other-es-16",
        "Colegio de Abogados Tarapacá",
        "presidencia@colegioabogadostarapaca.example.cl",
        "Aporte del Colegio de Abogados y Abogadas de Tarapacá",
        """
        Estimado Relator:

        El Colegio de Abogados y Abogadas de Tarapacá A.G. remite su aporte sobre la
        defensa de dirigentes detenidos en protestas contra la extracción de agua en
        el salar.

        Presidencia
        Colegio de Abogados y Abogadas de Tarapacá A.G.
        Iquique
        """,
        "",
        "other",
        (
            "Colegio de Abogados y Abogadas de Tarapacá A.G.",
            "Colegio de Abogados y Abogadas de Tarapacá",
        ),
    ),
    Variation(
        "other-es-17",
        "Pastoral Social Alto Chocó",
        "pastoralsocial@diocesisaltochoco.example.org.co",
        "Aporte de la Pastoral Social",
        """
        Estimado Relator Especial:

        La Pastoral Social de la Diócesis del Alto Chocó le remite su aporte sobre las
        amenazas a líderes comunitarios que defienden los ríos frente a la minería ilegal.

        Paz y bien,

        P. Hernando Mosquera
        Director
        Pastoral Social – Diócesis del Alto Chocó
        """,
        "",
        "other",
        ("Pastoral Social de la Diócesis del Alto Chocó",),
    ),
    Variation(
        "other-es-18",
        "Intendencia Andalgalá",
        "intendencia@andalgala.example.gob.ar",
        "Aporte de la Municipalidad de Andalgalá",
        """
        De nuestra consideración:

        La Municipalidad de Andalgalá remite su aporte sobre las caminatas por el agua y
        las medidas municipales para garantizar el derecho de reunión.

        Intendencia
        Municipalidad de Andalgalá
        Catamarca, Argentina
        """,
        """
        MUNICIPALIDAD DE ANDALGALÁ

        Caminatas por el agua y derecho de reunión
        """,
        "other",
        ("Municipalidad de Andalgalá",),
    ),
    Variation(
        "other-es-19",
        "Autoridad Tradicional Nasa Kiwe Alto",
        "cabildo.nasakiwealto@gmail.example.com",
        "Palabra del Cabildo",
        """
        Al señor Relator Especial:

        La Autoridad Tradicional del Resguardo Indígena Nasa Kiwe Alto, en ejercicio de
        su gobierno propio, le comparte su palabra sobre las asambleas comunitarias en
        defensa del territorio y la estigmatización de la guardia indígena.

        Gobernadora del Cabildo
        Resguardo Indígena Nasa Kiwe Alto
        Cauca, Colombia
        """,
        "",
        "other",
        (
            "Autoridad Tradicional del Resguardo Indígena Nasa Kiwe Alto",
            "Resguardo Indígena Nasa Kiwe Alto",
            "Cabildo del Resguardo Indígena Nasa Kiwe Alto",
        ),
    ),
]

VARIATIONS: list[Variation] = [tidy(v) for v in _RAW]
