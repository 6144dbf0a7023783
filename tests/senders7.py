"""A seventh set of sender variations for the submitter detector, written apart from its rules.

The same record as the second set (`senders2.Variation`): one e-mail as it reaches a call
for inputs, with the answer an officer would publish on the "Submissions received" page.
The cases were written from how such mail looks, without sight of the detector's rules,
in English, French and Spanish (a few bodies in two languages) and over the thirteen
categories of `senders2.CATEGORIES`. They lean on what makes real mail hard to read: a
person's name as the display name of a shared mailbox, display names in capitals or as
"Surname, Firstname", signatures on one line with commas or pipes, the organisation only
on the document's first page, acronym-only signatures, names with articles, brackets,
curly quotes, "A.C." or "e.V.", NGOs whose names sound like States or ministries,
forwards sent on by someone who is not the submitter, joint submissions (the lead
organisation is the name), and staff who write in a private capacity.

Civil society cases use real organisation names, each once and exactly as the
organisations write them in a public joint letter, none of them used by the earlier sets;
their mail domains and staff are invented. Companies, academics, people, unions,
parliamentarians, faith groups, municipalities and student societies are invented. States,
NHRIs and intergovernmental bodies are real, under their real names; their staff and
mailboxes are invented.

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
        "Refugees International",
        "info@refugeesinternational.example.org",
        "Refugees International – input to the call on border governance",
        """
        Dear Working Group Secretariat,

        Please find attached Refugees International's input to your call. It draws on our
        field missions to the Darién, southern Mexico and the Greek islands in 2025 and 2026.

        We would be glad to brief the Working Group in person.

        Best regards,

        Refugees International
        1800 M Street NW, Suite 405N | Washington, DC
        www.refugeesinternational.example.org

        You are receiving this message because you corresponded with Refugees International.
        """,
        "",
        "civil_society",
        ("Refugees International",),
    ),
    Variation(
        "shared-en-02",
        "Hannah Kessler",
        "team@mobileinfoteam.example.org",
        "MIT submission - access to asylum on the Greek mainland",
        """
        Hi,

        On behalf of the whole team, I'm sending you the attached submission. It covers what
        we see on our helpline: people who cannot register an asylum claim for months and
        are detained in the meantime.

        Thank you for the opportunity,

        --
        Mobile Info Team
        Thessaloniki, Greece
        team@mobileinfoteam.example.org | Signal/WhatsApp helpline +30 690 000 0000
        """,
        "",
        "civil_society",
        ("Mobile Info Team", "Mobile Info Team (MIT)"),
    ),
    Variation(
        "shared-en-03",
        "Joanna Pettit",
        "hello@climate-refugees.example.org",
        "Re: Call for inputs – displacement in the context of climate change",
        """
        Dear colleagues,

        Following up on our earlier message: the final version of our submission is now
        attached. Please disregard the draft sent last week.

        Warmly,
        The Climate Refugees team

        Climate Refugees
        Advocating for the rights of people displaced by climate change
        New York | Geneva
        """,
        """
        CLIMATE REFUGEES
        Submission to the United Nations Working Group
        Border closures and people displaced by disasters: evidence from three regions
        """,
        "civil_society",
        ("Climate Refugees",),
    ),
    Variation(
        "shared-en-04",
        "KANLUNGAN ADMIN",
        "admin@kanlungan.example.org.uk",
        "Submission from Kanlungan",
        """
        Good afternoon,

        Kanlungan is a consortium of Filipino community organisations in the UK. Please
        find attached our evidence on migrant domestic workers who left abusive employers
        and lost their status.

        Salamat po,

        Admin Team
        Kanlungan Filipino Consortium
        Unit 3, 1 Thane Villas, London N7
        Registered charity no. 0000000
        """,
        "",
        "civil_society",
        ("Kanlungan Filipino Consortium", "Kanlungan"),
    ),
    Variation(
        "shared-fr-05",
        "Communication EuroMed",
        "communication@euromedrights.example.org",
        "Contribution d'EuroMed Droits – appel à contributions",
        """
        Madame, Monsieur,

        Nous avons le plaisir de vous adresser, en pièce jointe, la contribution d'EuroMed
        Rights sur les accords de coopération migratoire entre l'Union européenne et les pays
        de la rive sud de la Méditerranée.

        Avec nos salutations les meilleures,

        L'équipe communication
        EuroMed Rights | EuroMed Droits
        Vestergade 16, 1456 Copenhague – Rue de Namur 72, 1000 Bruxelles
        """,
        "",
        "civil_society",
        ("EuroMed Rights", "EuroMed Droits"),
    ),
    Variation(
        "shared-fr-06",
        "Secrétariat JRS Belgium",
        "secretariat@jrsbelgium.example.be",
        "Contribution du JRS Belgique – détention des familles",
        """
        Madame, Monsieur,

        Veuillez trouver ci-joint la contribution du Service Jésuite des Réfugiés en
        Belgique sur la détention des familles avec enfants et l'accès aux centres fermés.

        Nos visiteurs se rendent chaque semaine dans les centres de Merksplas, Vottem et
        Steenokkerzeel ; la contribution s'appuie sur leurs observations.

        Cordialement,

        Le secrétariat
        JRS (Jesuit Refugee Service) Belgium asbl
        Rue Maurice Liétart 31, 1150 Bruxelles
        """,
        "",
        "civil_society",
        (
            "JRS (Jesuit Refugee Service) Belgium",
            "JRS Belgium",
            "Jesuit Refugee Service Belgium",
            "Service Jésuite des Réfugiés Belgique",
        ),
    ),
    Variation(
        "shared-fr-07",
        "Geneva Office",
        "geneva@franciscansinternational.example.org",
        "Contribution de Franciscans International",
        """
        Madame, Monsieur,

        Franciscans International a l'honneur de transmettre au Groupe de travail une
        contribution préparée avec nos partenaires franciscains au Mexique, au Guatemala et
        en République démocratique du Congo.

        Restant à votre disposition,

        Bureau de Genève
        Franciscans International
        37-39 rue de Vermont, Case postale 104, CH-1211 Genève 20
        """,
        "",
        "civil_society",
        ("Franciscans International",),
    ),
    Variation(
        "shared-fr-08",
        "Child Circle",
        "info@childcircle.example.eu",
        "Contribution – enfants aux frontières de l'UE",
        """
        Bonjour,

        Vous trouverez en annexe la contribution de Child Circle sur les procédures
        frontalières et l'évaluation de l'âge des enfants non accompagnés dans l'Union
        européenne.

        Bien cordialement,

        Child Circle
        Bruxelles
        """,
        """
        Child Circle
        Contribution au Groupe de travail des Nations Unies
        Les enfants dans les procédures à la frontière : garanties et lacunes
        """,
        "civil_society",
        ("Child Circle",),
    ),
    Variation(
        "shared-es-09",
        "Fundación Alboan",
        "info@alboan.example.org",
        "Aportación de Fundación Alboan",
        """
        Estimadas y estimados miembros del Grupo de Trabajo:

        Desde Fundación Alboan, organización de la Compañía de Jesús en Euskadi y Navarra,
        les hacemos llegar nuestra aportación sobre el acceso a la protección internacional
        en la frontera sur.

        Un saludo cordial,

        Fundación Alboan
        Padre Lojendio 2, 2º – 48008 Bilbao
        """,
        "",
        "civil_society",
        ("Fundación Alboan", "Alboan"),
    ),
    Variation(
        "shared-es-10",
        "Albergue",
        "albergue@casaarcoiris.example.org.mx",
        "Insumos – personas LGBTI en movilidad",
        """
        Buenas tardes:

        Les enviamos los insumos de nuestra casa sobre la situación de las personas LGBTI
        solicitantes de asilo que esperan en Tijuana.

        Un abrazo,

        Equipo de Casa Arcoíris
        Casa Arcoíris, Albergue Temporal
        Tijuana, Baja California
        """,
        "",
        "civil_society",
        ("Casa Arcoíris, Albergue Temporal", "Casa Arcoíris"),
    ),
    Variation(
        "shared-es-11",
        "CENCOS Comunicación",
        "comunicacion@cencos.example.org",
        "Contribución – periodistas y defensores de personas migrantes",
        """
        Estimado Grupo de Trabajo:

        El Centro Nacional de Comunicación Social remite la contribución adjunta sobre
        agresiones a periodistas que cubren la migración en la frontera sur de México.

        Atentamente,

        Área de Comunicación
        Centro Nacional de Comunicación Social A.C (CENCOS)
        Ciudad de México
        """,
        "",
        "civil_society",
        (
            "Centro Nacional de Comunicación Social A.C",
            "Centro Nacional de Comunicación Social A.C (CENCOS)",
            "Centro Nacional de Comunicación Social",
        ),
    ),
    Variation(
        "shared-es-12",
        "Casa del Migrante Saltillo",
        "contacto@cdmsaltillo.example.org",
        "Aporte de Frontera con Justicia",
        """
        Estimados integrantes del Grupo de Trabajo:

        Adjuntamos nuestro aporte sobre las personas migrantes que llegan a la casa tras
        ser detenidas y devueltas en el norte de Coahuila.

        Saludos fraternos,

        Coordinación
        Frontera con Justicia AC [Casa del Migrante Saltillo]
        Saltillo, Coahuila
        """,
        "",
        "civil_society",
        (
            "Frontera con Justicia AC [Casa del Migrante Saltillo]",
            "Frontera con Justicia AC (Casa del Migrante Saltillo)",
            "Frontera con Justicia AC",
            "Frontera con Justicia",
        ),
    ),
    # ── person: a staff member writes for the organisation ──
    Variation(
        "person-en-01",
        "Mansour, Nadia",
        "n.mansour@cihrs.example.org",
        "CIHRS submission on migrants and refugees in North Africa",
        """
        Dear Working Group members,

        Please find attached the submission of the Cairo Institute for Human Rights Studies
        on interceptions at sea and collective expulsions in Libya, Tunisia and Egypt.

        Kind regards,

        Nadia Mansour
        Programme Officer, International Advocacy
        Cairo Institute for Human Rights Studies
        Geneva office
        """,
        "",
        "civil_society",
        (
            "Cairo Institute for Human Rights Studies",
            "Cairo Institute for Human Rights Studies (CIHRS)",
        ),
    ),
    Variation(
        "person-en-02",
        "Eleni Papadaki",
        "eleni@legalcentrelesvos.example.org",
        "Submission – Legal Center Lesvos",
        """
        Dear Sir or Madam,

        Attached is our submission documenting pushbacks from Lesvos between January 2025
        and June 2026, based on the testimonies of our clients.

        Best,
        Eleni Papadaki | Staff Attorney | Legal Center Lesvos | Mytilene, Greece
        """,
        "",
        "civil_society",
        ("Legal Center Lesvos", "Legal Centre Lesvos"),
    ),
    Variation(
        "person-en-03",
        "Suda Wongsakul",
        "suda@gaatw.example.org",
        "Joint submission: GAATW and member organisations",
        """
        Dear colleagues,

        On behalf of the Global Alliance Against Traffic in Women and four of our member
        organisations, I am sending the attached joint submission on anti-trafficking
        raids that end in the detention and deportation of migrant women.

        With best regards,

        Suda Wongsakul
        Programme Coordinator
        Global Alliance Against Traffic in Women (GAATW) International Secretariat
        Bangkok, Thailand
        """,
        """
        JOINT SUBMISSION
        Global Alliance against Traffic in Women (GAATW)
        with Harbour Women's Collective, Riverside Migrant Workers' Centre,
        Saltmarsh Legal Aid and the Eastgate Domestic Workers' Association
        """,
        "civil_society",
        (
            "Global Alliance against Traffic in Women",
            "Global Alliance against Traffic in Women (GAATW)",
            "Global Alliance Against Traffic in Women",
            "Global Alliance Against Traffic in Women (GAATW)",
            "Global Alliance against Traffic in Women and 4 others",
            "Global Alliance against Traffic in Women (GAATW) and 4 others",
        ),
    ),
    Variation(
        "person-en-04",
        "Tom Ashdown",
        "tom.ashdown@forcedtoflee.example.org",
        "Submission",
        """
        Dear Working Group,

        Please see our submission attached, on the search and rescue work of our
        volunteers on the central Mediterranean.

        Thanks,
        Tom Ashdown, Director, Forced To Flee, Bristol, UK
        """,
        "",
        "civil_society",
        ("Forced To Flee",),
    ),
    Variation(
        "person-fr-05",
        "Léa Fontaine",
        "lea.fontaine@courriel.example.fr",
        "TR: Contribution SOS Humanity",
        """
        Bonjour,

        Je suis bénévole et je vous transfère le message ci-dessous à la demande de
        l'équipe de SOS Humanity, dont l'envoi vers votre adresse a échoué.

        Léa

        -------- Message d'origine --------
        De : Policy Team <policy@sos-humanity.example.org>
        Envoyé : mardi 10 novembre 2026 16:02
        Objet : Contribution SOS Humanity

        Madame, Monsieur,

        SOS Humanity vous soumet sa contribution sur les entraves au sauvetage en mer et
        le débarquement dans des ports éloignés.

        Cordialement,
        Équipe plaidoyer
        SOS Humanity e.V.
        Berlin
        """,
        "",
        "civil_society",
        ("SOS Humanity", "SOS Humanity e.V."),
    ),
    Variation(
        "person-fr-06",
        "AÏSSATA DIALLO",
        "a.diallo@aiwhrd.example.org",
        "Contribution – défenseuses des droits des migrantes",
        """
        Madame, Monsieur,

        J'ai l'honneur de vous faire parvenir la contribution de notre organisation sur la
        situation des femmes défenseures des droits humains qui accompagnent les migrantes
        sur les routes du Sahel.

        Veuillez agréer l'expression de ma haute considération.

        Aïssata Diallo
        Coordinatrice régionale
        African Initiative of Women Human Rights Defenders
        Dakar, Sénégal
        """,
        "",
        "civil_society",
        ("African Initiative of Women Human Rights Defenders",),
    ),
    Variation(
        "person-fr-07",
        "Giulia Moretti",
        "g.moretti@borderline-europe.example.de",
        "Contribution – criminalisation des capitaines",
        """
        Madame, Monsieur,

        Je vous prie de trouver ci-joint la contribution de Borderline Europe sur la
        criminalisation des personnes accusées d'avoir piloté des embarcations.

        Bien à vous,
        Giulia Moretti, chargée de recherche, Borderline Europe, Palerme
        """,
        "",
        "civil_society",
        ("Borderline Europe", "borderline-europe"),
    ),
    Variation(
        "person-fr-08",
        "Marc-André Perrin",
        "maperrin@gmpa.example.ch",
        "GMPA – contribution",
        """
        Chers collègues,

        Ci-joint la contribution de GMPA sur la gouvernance des migrations de travail et
        la protection des travailleurs migrants aux frontières.

        Cordialement,

        M.-A. Perrin
        Président
        GMPA
        Genève
        """,
        """
        Global Migration Policy Associates (GMPA)
        Contribution au Groupe de travail des Nations Unies
        """,
        "civil_society",
        (
            "Global Migration Policy Associates (GMPA)",
            "Global Migration Policy Associates",
        ),
    ),
    Variation(
        "person-bi-09",
        "Ana Beatriz Cordeiro",
        "acordeiro@simn.example.org",
        "SIMN contribution / Contribución de la SIMN",
        """
        Dear members of the Working Group,
        Estimados miembros del Grupo de Trabajo:

        Please find attached the contribution of the Scalabrini International Migration
        Network, prepared with our shelters in Mexico, Guatemala and Colombia.
        Adjuntamos la contribución de la Red Internacional de Migración Scalabrini,
        preparada con nuestras casas en México, Guatemala y Colombia.

        Ana Beatriz Cordeiro
        Advocacy Officer | Oficial de incidencia
        Scalabrini International Migration Network (SIMN)
        New York – Ciudad de México
        """,
        "",
        "civil_society",
        (
            "Scalabrini International Migration Network (SIMN)",
            "Scalabrini International Migration Network",
            "Red Internacional de Migración Scalabrini",
        ),
    ),
    Variation(
        "person-es-10",
        "Marisol Quintero",
        "marisol.q@tierramatria.example.org",
        "Aporte – mujeres migrantes trabajadoras del hogar",
        """
        Buenos días,

        Les comparto el aporte de nuestra asociación sobre mujeres migrantes trabajadoras
        del hogar en situación irregular.

        Saludos cordiales,
        Marisol Quintero | Coordinadora de proyectos | Asociación Tierramatria
        """,
        "",
        "civil_society",
        ("Asociación Tierramatria", "Tierramatria"),
    ),
    Variation(
        "person-es-11",
        "Rebeca Salmerón",
        "rsalmeron@imumi.example.org",
        "Contribución conjunta IMUMI y otras organizaciones",
        """
        Estimadas y estimados:

        Adjunto la contribución conjunta del Instituto para las Mujeres en la Migración
        junto con la Red de Apoyo a Familias Transfronterizas y el Colectivo Madres en el
        Camino, sobre la separación de familias en la frontera norte.

        Saludos,

        Rebeca Salmerón
        Directora
        Instituto para las Mujeres en la Migración, AC. (IMUMI)
        Ciudad de México
        """,
        "",
        "civil_society",
        (
            "Instituto para las Mujeres en la Migración, AC.",
            "Instituto para las Mujeres en la Migración, AC. (IMUMI)",
            "Instituto para las Mujeres en la Migración",
            "Instituto para las Mujeres en la Migración, AC. and 2 others",
            "Instituto para las Mujeres en la Migración and 2 others",
        ),
    ),
    Variation(
        "person-es-12",
        "Hernández Ruiz, Jacinto",
        "jhernandez@vocesmesoamericanas.example.org",
        "Aporte Voces Mesoamericanas",
        """
        Estimado Grupo de Trabajo:

        Envío el aporte de nuestra organización sobre las comunidades indígenas de Chiapas
        afectadas por la migración y el retorno forzado.

        Atentamente,

        Jacinto Hernández Ruiz
        Área de Defensa
        Voces Mesoamericanas, Acción con Pueblos Migrantes A.C.
        San Cristóbal de Las Casas, Chiapas
        """,
        "",
        "civil_society",
        (
            "Voces Mesoamericanas, Acción con Pueblos Migrantes A.C.",
            "Voces Mesoamericanas, Acción con Pueblos Migrantes",
            "Voces Mesoamericanas",
        ),
    ),
    Variation(
        "person-es-13",
        "Daniela Orozco",
        "dorozco@latinasenpoder.example.org",
        "Contribución de Latinas en Poder",
        """
        Hola,

        Les escribo desde Latinas en Poder para compartir nuestra contribución sobre las
        mujeres latinas detenidas en centros de inmigración de Nueva York y Nueva Jersey.

        Con cariño,
        Daniela Orozco
        Organizadora comunitaria, Latinas en Poder
        Nueva York
        """,
        "",
        "civil_society",
        ("Latinas en Poder",),
    ),
    # ── letterhead: a free-mail address; the organisation on the letterhead or title page ──
    Variation(
        "letterhead-en-01",
        "Siobhan",
        "siobhan.rss@gmail.com",
        "Submission attached",
        """
        Hello,

        Please find our submission attached. Apologies for sending from my personal
        address, our office e-mail is down this week.

        Kind regards,
        Siobhan
        """,
        """
        REFUGEE SOCIAL SERVICES
        Submission to the UN Working Group
        Family reunification and the detention of applicants at ports of entry
        """,
        "civil_society",
        ("Refugee Social Services",),
    ),
    Variation(
        "letterhead-en-02",
        "Emmanuel Kollie",
        "ekollie.peace@yahoo.com",
        "Input for call",
        """
        Dear Sir/Madam,

        We are a community organisation working with returnees and deportees. Our input
        is in the attached letter.

        Thank you.
        Emmanuel Kollie
        Executive Director
        """,
        """
        Poverty Elimination and Community Education (PEACE) Foundation
        Monrovia, Liberia
        Ref: PEACE/UN/026/2026

        To: The United Nations Working Group
        Subject: Input on the reintegration of returned migrants
        """,
        "civil_society",
        (
            "Poverty Elimination and Community Education (PEACE) Foundation",
            "Poverty Elimination and Community Education Foundation",
            "PEACE Foundation",
        ),
    ),
    Variation(
        "letterhead-en-03",
        "ADEBAYO O.",
        "adebayo.csac@outlook.com",
        "Call for input - submission",
        """
        Good day,

        Kindly find attached our submission. Acknowledge receipt.

        Regards
        Adebayo
        """,
        """
        CIVIL SOCIETY ACTION COMMITTEE
        Plot 00, Independence Layout, Enugu, Nigeria
        Memorandum to the United Nations Working Group on the treatment of Nigerian
        migrants stranded in transit countries
        """,
        "civil_society",
        ("Civil Society Action Committee",),
    ),
    Variation(
        "letterhead-en-04",
        "",
        "gc.input.2026@protonmail.com",
        "our input",
        """
        hi, our input is attached. thanks for reading.
        """,
        """
        Groundation
        Input to the United Nations Working Group
        Racial profiling in border checks on trains and buses
        """,
        "civil_society",
        ("Groundation",),
    ),
    Variation(
        "letterhead-fr-05",
        "Mariam Traoré",
        "mariam.traore94@gmail.com",
        "Contribution à l'appel",
        """
        Bonjour,

        Je vous fais parvenir la contribution de notre réseau en pièce jointe.

        Cordialement,
        Mariam
        """,
        """
        Politics4Her
        Contribution au Groupe de travail des Nations Unies
        Les jeunes femmes migrantes face aux contrôles aux frontières en Afrique de l'Ouest
        """,
        "civil_society",
        ("Politics4Her",),
    ),
    Variation(
        "letterhead-fr-06",
        "Chantal Mukeshimana",
        "c.mukeshimana@yahoo.fr",
        "Contribution",
        """
        Madame, Monsieur,

        Veuillez trouver en pièce jointe notre contribution à votre appel.

        Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

        Chantal Mukeshimana
        Chargée de protection
        """,
        """
        CENTRE FOR WOMEN HUMAN RIGHTS DEFENDERS IN AFRICA
        Contribution à l'appel du Groupe de travail
        Protection des défenseures qui accompagnent les personnes migrantes
        """,
        "civil_society",
        ("Centre for Women Human Rights Defenders in Africa",),
    ),
    Variation(
        "letterhead-fr-07",
        "Contact",
        "ril.voices.2026@proton.me",
        "Témoignages – contribution",
        """
        Bonjour,

        Nous sommes un mouvement de personnes réfugiées. Nos témoignages sont dans le
        document joint. Pour des raisons de sécurité, nous ne signons pas de nos noms.

        Merci.
        """,
        """
        Refugees in Libya
        Contribution au Groupe de travail des Nations Unies
        Interceptions, détention et expulsions : nos témoignages
        """,
        "civil_society",
        ("Refugees in Libya",),
    ),
    Variation(
        "letterhead-fr-08",
        "Jean-Baptiste K.",
        "jbk.wecare@hotmail.fr",
        "Contribution de notre association",
        """
        Madame, Monsieur,

        Nous vous soumettons notre contribution (pièce jointe). Nous accompagnons des
        personnes exilées à la rue.

        Bien à vous,
        Jean-Baptiste
        Coordinateur bénévole
        """,
        """
        WE CARE
        Association d'aide aux personnes exilées
        Contribution au Groupe de travail des Nations Unies
        """,
        "civil_society",
        ("We Care",),
    ),
    Variation(
        "letterhead-es-09",
        "Patricio Mamani",
        "patricio.mamani.c@gmail.com",
        "Aporte desde Iquique",
        """
        Estimados:

        Adjunto el aporte de nuestra asamblea sobre las expulsiones en la frontera de
        Colchane.

        Saludos,
        Patricio Mamani
        Vocero
        """,
        """
        Asamblea Abierta de Migrantes y Promigrantes de TARAPACA
        Aporte al Grupo de Trabajo de las Naciones Unidas
        Iquique, noviembre de 2026
        """,
        "civil_society",
        (
            "Asamblea Abierta de Migrantes y Promigrantes de TARAPACA",
            "Asamblea Abierta de Migrantes y Promigrantes de Tarapacá",
        ),
    ),
    Variation(
        "letterhead-es-10",
        "Rocío",
        "rocio.buscadora.pue@hotmail.com",
        "Contribución",
        """
        Buenas noches,

        Somos madres que buscamos a nuestros hijos e hijas desaparecidos en el camino.
        Adjunto nuestra contribución.

        Rocío
        """,
        """
        Con Amor y Esperanza Hasta Encontrarles Puebla
        Contribución al Grupo de Trabajo de la ONU
        Personas migrantes desaparecidas en su paso por Puebla
        """,
        "civil_society",
        ("Con Amor y Esperanza Hasta Encontrarles Puebla",),
    ),
    Variation(
        "letterhead-es-11",
        "LETICIA RAMOS",
        "leticia.ramos.gto@gmail.com",
        "Aporte del colectivo",
        """
        Buen día:

        Les mando el aporte de nuestro colectivo, en el documento adjunto.

        Atte.
        Leticia Ramos
        """,
        """
        COLECTIVO BUSCADORAS GUANAJUATO
        Aporte al Grupo de Trabajo de las Naciones Unidas
        """,
        "civil_society",
        ("Colectivo Buscadoras Guanajuato",),
    ),
    Variation(
        "letterhead-es-12",
        "Yolanda Quispe",
        "yquispe.huellas@yahoo.es",
        "Insumos",
        """
        Estimado Grupo de Trabajo:

        Adjuntamos nuestros insumos sobre los pueblos indígenas en zonas de frontera.

        Atentamente,
        Yolanda Quispe
        Presidenta
        """,
        """
        Huellas Ancestrales
        Insumos para el Grupo de Trabajo de las Naciones Unidas
        Pueblos indígenas transfronterizos y controles migratorios
        """,
        "civil_society",
        ("Huellas Ancestrales",),
    ),
    # ── acronym: the acronym in one place, the full name in another ──
    Variation(
        "acronym-en-01",
        "R-SEAT",
        "contact@r-seat.example.org",
        "R-SEAT input",
        """
        Dear colleagues,

        Please find attached our input, written by refugee leaders from eleven countries.

        In solidarity,
        R-SEAT
        """,
        """
        Refugees Seeking Equal Access at the Table (R-SEAT)
        Input to the United Nations Working Group
        Refugee leadership in the governance of borders
        """,
        "civil_society",
        (
            "Refugees Seeking Equal Access at the Table (R-SEAT)",
            "Refugees Seeking Equal Access at the Table",
        ),
    ),
    Variation(
        "acronym-en-02",
        "Marisa Lopez",
        "mlopez@democracyinamericas.example.org",
        "CDA submission",
        """
        Hello,

        Attached please find CDA's submission on the return of Cuban and Haitian migrants
        intercepted at sea.

        Best,
        Marisa Lopez
        Senior Associate, CDA
        Washington, DC
        """,
        """
        Center for Democracy in the Americas
        Submission to the UN Working Group
        Interdiction at sea and returns to Cuba and Haiti
        """,
        "civil_society",
        (
            "Center for Democracy in the Americas (CDA)",
            "Center for Democracy in the Americas",
        ),
    ),
    Variation(
        "acronym-en-03",
        "IBAHRI",
        "hri@int-bar.example.org",
        "IBAHRI submission – call for inputs",
        """
        Dear Working Group,

        The IBAHRI is pleased to submit the attached paper on access to lawyers for
        people held at borders.

        IBAHRI
        Chancery House, 53-64 Chancery Lane, London WC2A 1QS
        """,
        "",
        "civil_society",
        (
            "International Bar Association’s Human Rights Institute (IBAHRI)",
            "International Bar Association's Human Rights Institute (IBAHRI)",
            "International Bar Association’s Human Rights Institute",
            "International Bar Association's Human Rights Institute",
        ),
    ),
    Variation(
        "acronym-en-04",
        "Rami Haddad",
        "r.haddad@scm.example.org",
        "Submission by SCM",
        """
        Dear Working Group members,

        Please find attached SCM's submission on Syrian refugees forcibly returned from
        neighbouring countries, and on the journalists who report on them.

        Regards,
        Rami Haddad | Legal Unit | SCM
        """,
        """
        The Syrian Center for Media and Freedom of Expression (SCM)
        Submission to the UN Working Group
        """,
        "civil_society",
        (
            "The Syrian Center for Media and Freedom of Expression (SCM)",
            "Syrian Center for Media and Freedom of Expression (SCM)",
            "The Syrian Center for Media and Freedom of Expression",
            "Syrian Center for Media and Freedom of Expression",
        ),
    ),
    Variation(
        "acronym-en-05",
        "Clerk, QARN",
        "clerk@qarn.example.org.uk",
        "QARN evidence",
        """
        Dear Friends,

        QARN sends you the attached evidence on the use of former military sites to
        accommodate people seeking asylum.

        In friendship,
        Convenor, on behalf of QARN
        """,
        """
        Quaker Asylum and Refugee Network – QARN
        Evidence to the UN Working Group
        """,
        "civil_society",
        (
            "Quaker Asylum and Refugee Network – QARN",
            "Quaker Asylum and Refugee Network (QARN)",
            "Quaker Asylum and Refugee Network",
        ),
    ),
    Variation(
        "acronym-fr-06",
        "Ibrahim Sow",
        "isow@cddwestafrica.example.org",
        "Contribution du CDD",
        """
        Madame, Monsieur,

        Le CDD vous transmet sa contribution sur la libre circulation dans l'espace CEDEAO
        et les refoulements aux frontières terrestres.

        Cordialement,
        Ibrahim Sow
        Chargé de recherche, CDD – bureau de Dakar
        """,
        """
        Centre for Democracy and Development (CDD)
        Contribution au Groupe de travail des Nations Unies
        """,
        "civil_society",
        (
            "Centre for Democracy and Development (CDD)",
            "Centre for Democracy and Development",
        ),
    ),
    Variation(
        "acronym-fr-07",
        "MOSCTHA",
        "mosctha.direction@example.org.do",
        "Contribution du MOSCTHA",
        """
        Madame, Monsieur,

        Le MOSCTHA a l'honneur de vous transmettre sa contribution sur les expulsions
        collectives de personnes d'ascendance haïtienne depuis la République dominicaine.

        La Direction
        MOSCTHA
        Santo Domingo
        """,
        """
        Movimiento Socio Cultural de trabajadores haitianos (MOSCTHA)
        Contribution au Groupe de travail
        """,
        "civil_society",
        (
            "Movimiento Socio Cultural de trabajadores haitianos’ (MOSCTHA)",
            "Movimiento Socio Cultural de trabajadores haitianos (MOSCTHA)",
            "Movimiento Socio Cultural de trabajadores haitianos",
            "Movimiento Socio Cultural de Trabajadores Haitianos (MOSCTHA)",
        ),
    ),
    Variation(
        "acronym-es-08",
        "CEPAD",
        "contacto@cepad.example.org.mx",
        "Aporte del CEPAD",
        """
        Estimadas/os:

        El CEPAD comparte su aporte sobre desaparición de personas migrantes en Jalisco.

        Saludos,
        Equipo CEPAD
        Guadalajara, Jalisco
        """,
        """
        Centro de Justicia para la Paz y el Desarrollo A.C (CEPAD)
        Aporte al Grupo de Trabajo de las Naciones Unidas
        """,
        "civil_society",
        (
            "Centro de Justicia para la Paz y el Desarrollo A.C (CEPAD)",
            "Centro de Justicia para la Paz y el Desarrollo A.C",
            "Centro de Justicia para la Paz y el Desarrollo",
        ),
    ),
    Variation(
        "acronym-es-09",
        "Verónica Andrade",
        "vandrade@csmm.example.org.ec",
        "Contribución del CSMM",
        """
        Estimado Grupo de Trabajo:

        Remito la contribución del CSMM sobre la población venezolana y colombiana en la
        frontera norte del Ecuador.

        Atentamente,
        Verónica Andrade
        Investigadora – CSMM
        Quito
        """,
        """
        Centro de Documentación en Derechos Humanos “Segundo Montes Mozo SJ” (CSMM)
        Contribución al Grupo de Trabajo
        """,
        "civil_society",
        (
            "Centro de Documentación en Derechos Humanos “Segundo Montes Mozo SJ” (CSMM)",
            'Centro de Documentación en Derechos Humanos "Segundo Montes Mozo SJ" (CSMM)',
            "Centro de Documentación en Derechos Humanos “Segundo Montes Mozo SJ”",
            'Centro de Documentación en Derechos Humanos "Segundo Montes Mozo SJ"',
        ),
    ),
    Variation(
        "acronym-es-10",
        "ONC",
        "contacto@onc.example.org.mx",
        "Aporte del ONC",
        """
        Buenas tardes,

        Adjuntamos el aporte del ONC con datos sobre delitos contra personas migrantes
        en México.

        Saludos,
        Observatorio Nacional Ciudadano
        """,
        """
        Observatorio Nacional Ciudadano de Seguridad, Justicia y Legalidad (ONC)
        Aporte al Grupo de Trabajo de las Naciones Unidas
        """,
        "civil_society",
        (
            "Observatorio Nacional Ciudadano de Seguridad, Justicia y Legalidad (ONC)",
            "Observatorio Nacional Ciudadano de Seguridad, Justicia y Legalidad",
        ),
    ),
    Variation(
        "acronym-es-11",
        "BUSCAME",
        "buscame.mx@example.org",
        "Contribución BUSCAME",
        """
        Hola,

        Les compartimos nuestra contribución sobre la búsqueda de personas migrantes
        desaparecidas.

        BUSCAME
        """,
        """
        Buscando Desaparecidos México BUSCAME
        Contribución al Grupo de Trabajo
        """,
        "civil_society",
        (
            "Buscando Desaparecidos México BUSCAME",
            "Buscando Desaparecidos México (BUSCAME)",
            "Buscando Desaparecidos México",
        ),
    ),
    Variation(
        "acronym-es-12",
        "Oficina CASM",
        "oficina@casm.example.org.hn",
        "Aporte de la CASM",
        """
        Estimados señores:

        La CASM presenta su aporte sobre las personas hondureñas retornadas y la
        atención que reciben en los centros de recepción.

        Atentamente,
        Dirección Ejecutiva
        CASM
        San Pedro Sula, Honduras
        """,
        """
        Comisión de Acción Social Menonita (CASM)
        Aporte al Grupo de Trabajo de las Naciones Unidas
        """,
        "civil_society",
        (
            "Comision de Accion Social Menonita CASM",
            "Comisión de Acción Social Menonita (CASM)",
            "Comision de Accion Social Menonita",
            "Comisión de Acción Social Menonita",
        ),
    ),
    Variation(
        "acronym-es-13",
        "Rivera, Karla",
        "krivera@ocdih.example.org",
        "OCDIH – aporte",
        """
        Buenos días,

        Adjunto el aporte del OCDIH.

        Karla Rivera
        Técnica de Incidencia | OCDIH | Tegucigalpa
        """,
        """
        Organismo Cristiano de Desarrollo Integral de Honduras (OCDIH)
        Aporte sobre niñez migrante retornada
        """,
        "civil_society",
        (
            "OCDIH",
            "Organismo Cristiano de Desarrollo Integral de Honduras (OCDIH)",
            "Organismo Cristiano de Desarrollo Integral de Honduras",
        ),
    ),
    # ── bilingual: the organisation's name in two languages ──
    Variation(
        "bilingual-en-01",
        "Andreas Hadjipetrou",
        "a.hadjipetrou@kisa.example.org.cy",
        "KISA submission",
        """
        Dear Working Group,

        Please find attached KISA's submission on pushbacks along the Green Line and at sea
        off the coast of Cyprus.

        Best regards,
        Andreas Hadjipetrou
        KISA – Κίνηση για Ισότητα, Στήριξη, Αντιρατσισμό
        KISA – Equality, Support, Antiracism
        Nicosia, Cyprus
        """,
        "",
        "civil_society",
        (
            "KISA – Equality, Support, Antiracism",
            "KISA - Equality, Support, Antiracism",
            "KISA",
        ),
    ),
    Variation(
        "bilingual-en-02",
        "Stichting LOS",
        "info@stichtinglos.example.nl",
        "Submission – undocumented people in the Netherlands",
        """
        Dear members of the Working Group,

        Attached is our submission on the detention of undocumented people in the
        Netherlands.

        Kind regards,

        Stichting LOS
        Landelijk Ondersteuningspunt Ongedocumenteerden
        (National Support Point for Undocumented People)
        Rotterdam
        """,
        "",
        "civil_society",
        ("Stichting LOS", "LOS Foundation"),
    ),
    Variation(
        "bilingual-en-03",
        "Legal Advocacy Unit",
        "legal@badil.example.org",
        "BADIL submission to the call for inputs",
        """
        Dear Working Group,

        BADIL submits the attached paper on Palestinian refugees denied entry and held at
        international borders.

        Legal Advocacy Unit
        بديل - المركز الفلسطيني لمصادر حقوق المواطنة واللاجئين
        BADIL Resource Center for Palestinian Residency and Refugee Rights
        Bethlehem
        """,
        "",
        "civil_society",
        (
            "BADIL Resource Center for Palestinian Residency and Refugee Rights",
            "BADIL",
        ),
    ),
    Variation(
        "bilingual-fr-04",
        "IFOR Secrétariat",
        "office@ifor.example.org",
        "Contribution de l'IFOR / MIR",
        """
        Madame, Monsieur,

        Le Mouvement International de la Réconciliation vous adresse sa contribution sur la
        militarisation des frontières et l'objection de conscience.

        Salutations pacifiques,

        Secrétariat international
        International Fellowship of Reconciliation (IFOR)
        Mouvement International de la Réconciliation (MIR)
        Utrecht – Genève
        """,
        "",
        "civil_society",
        (
            "International Fellowship of Reconciliation",
            "International Fellowship of Reconciliation (IFOR)",
            "Mouvement International de la Réconciliation",
            "Mouvement International de la Réconciliation (MIR)",
        ),
    ),
    Variation(
        "bilingual-fr-05",
        "Lena Vogt",
        "lena@compasscollective.example.de",
        "Contribution de CompassCollective",
        """
        Bonjour,

        Je vous envoie la contribution de notre association, qui travaille avec de jeunes
        réfugiés à Berlin et sur l'île de Lesbos.

        Bien à vous,
        Lena Vogt
        CompassCollective
        (Grenzenlos – People in Motion e.V.)
        Berlin
        """,
        "",
        "civil_society",
        (
            "CompassCollective (Grenzenlos – People in Motion e.V.)",
            "CompassCollective",
            "Grenzenlos – People in Motion e.V.",
        ),
    ),
    Variation(
        "bilingual-fr-06",
        "Emergency",
        "milano@emergency.example.it",
        "Contribution d'EMERGENCY",
        """
        Madame, Monsieur,

        Veuillez trouver ci-joint la contribution d'EMERGENCY sur l'assistance médicale aux
        personnes secourues en Méditerranée centrale.

        Cordialement,

        Ufficio Advocacy / Service plaidoyer
        EMERGENCY ONG Onlus
        Via Santa Croce 19, 20122 Milano
        """,
        "",
        "civil_society",
        ("Emergency ONG Onlus", "EMERGENCY ONG Onlus", "Emergency"),
    ),
    Variation(
        "bilingual-bi-07",
        "Intermón Incidencia",
        "incidencia@oxfamintermon.example.org",
        "Contribution of Oxfam Intermón / Contribución de Oxfam Intermón",
        """
        Dear members of the Working Group / Estimados miembros del Grupo de Trabajo:

        Please find attached our contribution on migrant agricultural workers in southern
        Spain. / Adjuntamos nuestra contribución sobre las personas migrantes que trabajan
        en el campo en el sur de España.

        Equipo de Incidencia | Advocacy Team
        Oxfam Intermón
        Roger de Llúria 15, 08010 Barcelona
        """,
        "",
        "civil_society",
        ("Oxfam Intermón", "Oxfam Intermon"),
    ),
    Variation(
        "bilingual-es-08",
        "Nuria Gallego",
        "ngallego@cepaim.example.org",
        "Aportación de CONVIVE – Fundación Cepaim",
        """
        Estimadas/os:

        Os remitimos la aportación de nuestra fundación sobre la acogida de personas
        llegadas a Canarias y Ceuta.

        Un saludo,
        Nuria Gallego
        Área de Incidencia
        CONVIVE – Fundación Cepaim
        Fundació Cepaim Comunitat Valenciana · Murcia
        """,
        "",
        "civil_society",
        (
            "CONVIVE – Fundación Cepaim",
            "CONVIVE - Fundación Cepaim",
            "Fundación Cepaim",
        ),
    ),
    Variation(
        "bilingual-es-09",
        "Rede de Mulheres Negras",
        "contato@redemulheresnegraspe.example.org.br",
        "Aporte de la Rede de Mulheres Negras de Pernambuco",
        """
        Estimadas y estimados:

        Les enviamos nuestro aporte sobre las mujeres negras migrantes en la frontera
        norte de Brasil. Pedimos disculpas por nuestro español.

        Atentamente,
        Rede de Mulheres Negras de Pernambuco
        (Red de Mujeres Negras de Pernambuco)
        Recife, Brasil
        """,
        "",
        "civil_society",
        (
            "Rede de Mulheres Negras de Pernambuco",
            "Red de Mujeres Negras de Pernambuco",
        ),
    ),
    Variation(
        "bilingual-es-10",
        "Junax Ko’tantik",
        "junax@example.org.mx",
        "Aporte – Junax Ko’tantik",
        """
        Buenos días:

        Compartimos el aporte de nuestra organización. Junax Ko’tantik quiere decir «un
        solo corazón» en tseltal.

        Atentamente,
        Junax Ko’tantik
        Organización de mujeres en Chiapas
        """,
        "",
        "civil_society",
        ("Junax Ko’tantik", "Junax Ko'tantik"),
    ),
    Variation(
        "bilingual-es-11",
        "Wilmer Huamán",
        "whuaman@marqay.example.org.pe",
        "Contribución ONG Marq’ay",
        """
        Señores del Grupo de Trabajo:

        Reciban la contribución de nuestra ONG sobre las personas migrantes en la
        frontera de Tumbes. Marq’ay significa «abrazar» en quechua.

        Atentamente,
        Wilmer Huamán
        Coordinador, ONG Marq’ay, Lima – Perú
        """,
        "",
        "civil_society",
        ("ONG Marq’ay", "ONG Marq'ay", "Marq’ay"),
    ),
    Variation(
        "bilingual-bi-12",
        "Voice in Bulgaria",
        "office@voiceinbulgaria.example.bg",
        "Submission / Contribution – Bulgaria",
        """
        Dear colleagues, chers collègues,

        Please find attached our submission on pushbacks at the Bulgarian-Turkish border.
        Vous trouverez ci-joint notre contribution sur les refoulements à la frontière
        bulgaro-turque.

        Best regards / Bien cordialement,
        Център за правна помощ – Глас в България
        Center for legal aid – Voice in Bulgaria
        Sofia
        """,
        "",
        "civil_society",
        (
            "Center for legal aid – Voice in Bulgaria",
            "Center for Legal Aid – Voice in Bulgaria",
            "Voice in Bulgaria",
        ),
    ),
    # ── ngostate: NGOs that name a State or have State-like words in their names ──
    Variation(
        "ngostate-en-01",
        "Cyprus Refugee Council",
        "info@cyrefugeecouncil.example.org",
        "Submission of the Cyprus Refugee Council",
        """
        Dear Working Group,

        The Cyprus Refugee Council, a non-governmental organisation, submits the attached
        report on the Pournara reception centre and on returns at sea.

        Kind regards,
        Policy and Advocacy Unit
        Cyprus Refugee Council
        Nicosia
        """,
        "",
        "civil_society",
        ("Cyprus Refugee Council",),
    ),
    Variation(
        "ngostate-en-02",
        "GCR Legal Unit",
        "legal@gcr.example.gr",
        "GCR submission – Evros and the islands",
        """
        Dear colleagues,

        Please find attached the submission of the Greek Council for Refugees on the
        situation at the Evros land border and on the Eastern Aegean islands.

        Best regards,
        Legal Unit
        Greek Council for Refugees (GCR)
        Solomou 25, 106 82 Athens
        """,
        "",
        "civil_society",
        ("Greek Council for Refugees (GCR)", "Greek Council for Refugees"),
    ),
    Variation(
        "ngostate-en-03",
        "Dilnur Abdurehim",
        "d.abdurehim@uyghurcongress.example.org",
        "Submission – World Uyghur Congress",
        """
        Dear members of the Working Group,

        The World Uyghur Congress submits the attached information on Uyghurs detained in
        third countries and deported to China.

        Sincerely,
        Dilnur Abdurehim, Advocacy Manager, World Uyghur Congress, Munich
        """,
        "",
        "civil_society",
        ("World Uyghur Congress", "World Uyghur Congress (WUC)"),
    ),
    Variation(
        "ngostate-en-04",
        "UUSC",
        "advocacy@uusc.example.org",
        "Unitarian Universalist Service Committee – submission",
        """
        Dear Working Group,

        On behalf of the Unitarian Universalist Service Committee (UUSC), please accept the
        attached submission on asylum seekers expelled at the US-Mexico border.

        Advocacy Department
        UUSC
        Cambridge, Massachusetts
        """,
        "",
        "civil_society",
        (
            "Unitarian Universalist Service Committee",
            "Unitarian Universalist Service Committee (UUSC)",
        ),
    ),
    Variation(
        "ngostate-en-05",
        "Public Affairs",
        "publicaffairs@quaker.example.org.uk",
        "Quakers in Britain: submission",
        """
        Dear Friends,

        Britain Yearly Meeting of the Religious Society of Friends (Quakers in Britain)
        submits the attached on the treatment of people arriving by small boat.

        Public Affairs team
        Quakers in Britain
        Friends House, 173 Euston Road, London
        """,
        "",
        "civil_society",
        (
            "Quakers in Britain",
            "Britain Yearly Meeting of the Religious Society of Friends (Quakers in Britain)",
        ),
    ),
    Variation(
        "ngostate-fr-06",
        "Bureau de Genève CIJ",
        "geneve@icj.example.org",
        "Contribution de la Commission internationale de juristes",
        """
        Madame, Monsieur,

        La Commission internationale de juristes (CIJ) a l'honneur de soumettre au Groupe
        de travail la contribution ci-jointe sur le contrôle juridictionnel de la
        détention aux frontières.

        Veuillez agréer, Madame, Monsieur, l'assurance de notre considération distinguée.

        Commission internationale de juristes
        International Commission of Jurists
        Rue des Buis 3, 1202 Genève
        """,
        "",
        "civil_society",
        (
            "International Commission of Jurists",
            "International Commission of Jurists (ICJ)",
            "Commission internationale de juristes",
            "Commission internationale de juristes (CIJ)",
        ),
    ),
    Variation(
        "ngostate-fr-07",
        "Henrike Vossberg",
        "h.vossberg@ccme.example.eu",
        "Contribution de la CCME",
        """
        Madame, Monsieur,

        Au nom de la Commission des Églises auprès des Migrants en Europe, je vous
        transmets notre contribution.

        Bien cordialement,
        Henrike Vossberg
        Secrétaire général
        Churches´ Commission for Migrants in Europe (CCME)
        Rue Joseph II 174, 1000 Bruxelles
        """,
        "",
        "civil_society",
        (
            "Churches´ Commission for Migrants in Europe (CCME)",
            "Churches' Commission for Migrants in Europe (CCME)",
            "Churches’ Commission for Migrants in Europe (CCME)",
            "Churches´ Commission for Migrants in Europe",
            "Churches' Commission for Migrants in Europe",
            "Commission des Églises auprès des Migrants en Europe",
        ),
    ),
    Variation(
        "ngostate-fr-08",
        "Benoît Lavergne",
        "benoit.lavergne@icvanetwork.example.org",
        "Contribution de l'ICVA",
        """
        Madame, Monsieur,

        Le Conseil international des agences bénévoles (ICVA), réseau mondial d'ONG, vous
        adresse sa contribution, préparée avec ses membres.

        Cordialement,
        Benoît Lavergne | Responsable de la protection | ICVA
        Humanitarian Hub, La Voie-Creuse 16, Genève
        """,
        "",
        "civil_society",
        (
            "International Council of Voluntary Agencies (ICVA)",
            "International Council of Voluntary Agencies",
            "Conseil international des agences bénévoles (ICVA)",
        ),
    ),
    Variation(
        "ngostate-es-09",
        "CAREF",
        "caref@caref.example.org.ar",
        "Aporte de CAREF",
        """
        Estimados:

        La Comisión Argentina para Refugiados y Migrantes, organización de la sociedad
        civil fundada por iglesias, presenta su aporte.

        Saludos,
        CAREF – Comision Argentina para refugiados y migrantes
        Buenos Aires
        """,
        "",
        "civil_society",
        (
            "CAREF – Comision Argentina para refugiados y migrantes",
            "CAREF - Comision Argentina para refugiados y migrantes",
            "Comisión Argentina para Refugiados y Migrantes (CAREF)",
            "Comision Argentina para refugiados y migrantes",
        ),
    ),
    Variation(
        "ngostate-es-10",
        "Equipo Decenio",
        "equipo@decenioafro.example.es",
        "Aportación del Equipo del Decenio Afrodescendiente",
        """
        Estimados miembros del Grupo de Trabajo:

        Os enviamos nuestra aportación sobre los controles de identidad por perfil racial
        en España.

        Un saludo afectuoso,
        Equipo del Decenio Afrodescendiente – España
        Madrid
        """,
        "",
        "civil_society",
        (
            "Equipo del Decenio Afrodescendiente – España",
            "Equipo del Decenio Afrodescendiente - España",
            "Equipo del Decenio Afrodescendiente",
        ),
    ),
    Variation(
        "ngostate-es-11",
        "Ramírez, Luis Enrique",
        "lramirez@sjrmexico.example.org",
        "Contribución del Servicio Jesuita a Refugiados México",
        """
        Estimado Grupo de Trabajo:

        En nombre del Servicio Jesuita a Refugiados en México, remito nuestra contribución
        sobre la detención de solicitantes de asilo en Tapachula.

        Fraternalmente,
        Luis Enrique Ramírez
        Director Nacional
        Servicio Jesuita a Refugiados (JRS) México
        """,
        "",
        "civil_society",
        (
            "Servicio Jesuita a Refugiados (JRS) México",
            "Servicio Jesuita a Refugiados México",
            "JRS México",
        ),
    ),
    Variation(
        "ngostate-es-12",
        "Red Nacional Chile",
        "rednacional.migrantes@example.cl",
        "Aporte de la Red Nacional de Organizaciones Migrantes y Promigrantes",
        """
        Estimadas/os:

        Adjuntamos el aporte de nuestra red sobre las expulsiones administrativas y los
        vuelos de expulsión desde Chile.

        Saludos,
        Vocería
        Red Nacional de Organizaciones Migrantes y promigrantes de Chile
        """,
        "",
        "civil_society",
        (
            "Red Nacional de Organizaciones Migrantes y promigrantes de Chile",
            "Red Nacional de Organizaciones Migrantes y Promigrantes de Chile",
        ),
    ),
    Variation(
        "ngostate-es-13",
        "Colectivo sin Fronteras",
        "colectivo@sinfronteras.example.cl",
        "Contribución – niñez migrante en Chile",
        """
        Estimados:

        La Corporación Colectivo sin Fronteras, que trabaja con niñas y niños migrantes en
        Santiago, comparte su contribución.

        Saludos cordiales,
        Corporación Colectivo sin Fronteras – Chile
        """,
        "",
        "civil_society",
        (
            "Corporación Colectivo sin Fronteras – Chile",
            "Corporación Colectivo sin Fronteras - Chile",
            "Corporación Colectivo sin Fronteras",
        ),
    ),
    # ── igo: intergovernmental bodies ──
    Variation(
        "igo-en-01",
        "Wanjiru Mbeki-Otieno",
        "mbekiotienow@africa-union.org",
        "Input of the African Union Commission",
        """
        Dear colleagues,

        Please find attached the input of the African Union Commission, Department of
        Health, Humanitarian Affairs and Social Development, on the implementation of the
        Protocol on Free Movement of Persons.

        Best regards,

        Wanjiru Mbeki-Otieno
        Migration Policy Officer
        Department of Health, Humanitarian Affairs and Social Development
        African Union Commission | Addis Ababa, Ethiopia
        """,
        "",
        "international_org",
        ("African Union Commission", "African Union Commission (AUC)", "African Union"),
    ),
    Variation(
        "igo-en-02",
        "MIGRANT Branch",
        "labourmigration.input@ilo.org",
        "ILO contribution – fair recruitment and borders",
        """
        Dear Secretariat,

        The International Labour Office is pleased to share the attached contribution
        on the recruitment of migrant workers and their treatment at borders.

        Labour Migration Branch (MIGRANT)
        Conditions of Work and Equality Department
        International Labour Office, Geneva
        """,
        "",
        "international_org",
        (
            "International Labour Organization (ILO)",
            "International Labour Organization",
            "International Labour Office",
            "ILO",
        ),
    ),
    Variation(
        "igo-en-03",
        "Kowalczyk, Agnieszka",
        "agnieszka.kowalczyk@odihr.pl",
        "ODIHR input",
        """
        Dear Working Group,

        Attached is the input of the OSCE Office for Democratic Institutions and Human
        Rights (ODIHR) on human rights-compliant border management.

        Kind regards,
        Agnieszka Kowalczyk | Adviser on Migration and Freedom of Movement | OSCE/ODIHR
        ul. Miodowa 10, 00-251 Warsaw
        """,
        "",
        "international_org",
        (
            "OSCE Office for Democratic Institutions and Human Rights (ODIHR)",
            "OSCE Office for Democratic Institutions and Human Rights",
            "OSCE/ODIHR",
        ),
    ),
    Variation(
        "igo-fr-04",
        "Direction des affaires politiques",
        "dapg.migrations@francophonie.org",
        "Contribution de l'Organisation internationale de la Francophonie",
        """
        Madame, Monsieur,

        L'Organisation internationale de la Francophonie (OIF) a l'honneur de transmettre
        au Groupe de travail sa contribution sur la mobilité dans l'espace francophone.

        Direction des Affaires politiques et de la Gouvernance démocratique
        Organisation internationale de la Francophonie
        19-21 avenue Bosquet, 75007 Paris
        """,
        "",
        "international_org",
        (
            "Organisation internationale de la Francophonie (OIF)",
            "Organisation internationale de la Francophonie",
            "International Organisation of La Francophonie",
        ),
    ),
    Variation(
        "igo-fr-05",
        "Bureau du Commissaire",
        "commhr.migration@coe.int",
        "Contribution de la Commissaire aux droits de l'homme",
        """
        Madame, Monsieur,

        Veuillez trouver ci-joint la contribution du Bureau de la Commissaire aux droits de
        l'homme du Conseil de l'Europe sur les refoulements aux frontières des États
        membres.

        Bureau de la Commissaire aux droits de l'homme
        Conseil de l'Europe
        F-67075 Strasbourg Cedex
        """,
        "",
        "international_org",
        (
            "Commissaire aux droits de l'homme du Conseil de l'Europe",
            "Council of Europe Commissioner for Human Rights",
            "Conseil de l'Europe",
            "Council of Europe",
        ),
    ),
    Variation(
        "igo-fr-06",
        "Koffi Agbodjan",
        "k.agbodjan@ecowas.int",
        "Contribution de la Commission de la CEDEAO",
        """
        Madame, Monsieur,

        La Commission de la Communauté économique des États de l'Afrique de l'Ouest
        (CEDEAO) vous transmet sa contribution sur la libre circulation des personnes.

        Koffi Agbodjan
        Direction de la libre circulation et du tourisme
        Commission de la CEDEAO, Abuja
        """,
        "",
        "international_org",
        (
            "Commission de la CEDEAO",
            "Commission de la Communauté économique des États de l'Afrique de l'Ouest",
            "ECOWAS Commission",
            "CEDEAO",
            "ECOWAS",
        ),
    ),
    Variation(
        "igo-fr-07",
        "Secrétariat CADHP",
        "achpr.secretariat.input@africa-union.org",
        "Contribution de la Commission africaine",
        """
        Madame, Monsieur,

        Le Secrétariat de la Commission africaine des droits de l'homme et des peuples
        transmet ci-joint la contribution du Rapporteur spécial sur les réfugiés,
        demandeurs d'asile, migrants et personnes déplacées internes en Afrique.

        Secrétariat
        Commission africaine des droits de l'homme et des peuples
        Banjul, Gambie
        """,
        "",
        "international_org",
        (
            "Commission africaine des droits de l'homme et des peuples",
            "Commission africaine des droits de l'homme et des peuples (CADHP)",
            "African Commission on Human and Peoples' Rights",
            "African Commission on Human and Peoples' Rights (ACHPR)",
        ),
    ),
    Variation(
        "igo-fr-08",
        "UNICEF Afrique de l'Ouest",
        "wcaro.cp.input@unicef.org",
        "Contribution de l'UNICEF – enfants en déplacement",
        """
        Madame, Monsieur,

        Le Bureau régional de l'UNICEF pour l'Afrique de l'Ouest et du Centre partage sa
        contribution sur les enfants en déplacement le long des routes du Sahel.

        Section Protection de l'enfance
        UNICEF – Bureau régional pour l'Afrique de l'Ouest et du Centre
        Dakar
        """,
        "",
        "international_org",
        (
            "UNICEF",
            "Fonds des Nations Unies pour l'enfance (UNICEF)",
            "United Nations Children's Fund (UNICEF)",
        ),
    ),
    Variation(
        "igo-es-09",
        "CIDH Relatoría",
        "cidh-movilidad@oas.org",
        "Aporte de la CIDH – Relatoría sobre los Derechos de las Personas Migrantes",
        """
        Estimados miembros del Grupo de Trabajo:

        La Relatoría sobre los Derechos de las Personas Migrantes de la Comisión
        Interamericana de Derechos Humanos remite el aporte adjunto.

        Secretaría Ejecutiva
        Comisión Interamericana de Derechos Humanos
        Organización de los Estados Americanos
        1889 F Street NW, Washington, D.C.
        """,
        "",
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
        "Secretaría General CAN",
        "movilidad.sg@comunidadandina.org",
        "Aporte de la Secretaría General de la Comunidad Andina",
        """
        Señoras y señores:

        La Secretaría General de la Comunidad Andina tiene el agrado de remitir su aporte
        sobre el Estatuto Migratorio Andino y la movilidad en las zonas de frontera.

        Secretaría General de la Comunidad Andina
        Av. Aramburú cuadra 4, esquina con Paseo de la República, Lima
        """,
        "",
        "international_org",
        (
            "Secretaría General de la Comunidad Andina",
            "Comunidad Andina",
            "Andean Community",
        ),
    ),
    Variation(
        "igo-es-11",
        "Méndez Alvarado, Carlos",
        "cmendez@sica.int",
        "Contribución – SG-SICA",
        """
        Estimado Grupo de Trabajo:

        Por instrucciones del Secretario General, remito la contribución de la Secretaría
        General del Sistema de la Integración Centroamericana (SG-SICA).

        Carlos Méndez Alvarado
        Dirección de Seguridad Democrática | SG-SICA | San Salvador
        """,
        "",
        "international_org",
        (
            "Secretaría General del Sistema de la Integración Centroamericana (SG-SICA)",
            "Secretaría General del Sistema de la Integración Centroamericana",
            "Sistema de la Integración Centroamericana (SICA)",
            "SICA",
        ),
    ),
    Variation(
        "igo-es-12",
        "IPPDH",
        "aporte.ninez@ippdh.mercosur.int",
        "Aporte del IPPDH del MERCOSUR",
        """
        Estimados:

        El Instituto de Políticas Públicas en Derechos Humanos del MERCOSUR comparte su
        aporte sobre niñez migrante en las fronteras de la región.

        IPPDH
        Av. del Libertador 8151, Buenos Aires
        """,
        "",
        "international_org",
        (
            "Instituto de Políticas Públicas en Derechos Humanos del MERCOSUR (IPPDH)",
            "Instituto de Políticas Públicas en Derechos Humanos del MERCOSUR",
            "MERCOSUR",
        ),
    ),
    Variation(
        "igo-bi-13",
        "ICMPD",
        "bmsp.input@icmpd.org",
        "ICMPD contribution / contribution de l'ICMPD",
        """
        Dear colleagues, chers collègues,

        Please find attached the contribution of the International Centre for Migration
        Policy Development. Veuillez trouver ci-joint la contribution du Centre
        international pour le développement des politiques migratoires.

        Border Management and Security Programme
        ICMPD – International Centre for Migration Policy Development
        Gonzagagasse 1, 1010 Vienna
        """,
        "",
        "international_org",
        (
            "International Centre for Migration Policy Development (ICMPD)",
            "International Centre for Migration Policy Development",
            "Centre international pour le développement des politiques migratoires",
        ),
    ),
    # ── nhri: national human rights institutions ──
    Variation(
        "nhri-en-01",
        "Okello, Brian",
        "b.okello@uhrc.ug",
        "Submission of the Uganda Human Rights Commission",
        """
        Dear Sir/Madam,

        Attached please find the submission of the Uganda Human Rights Commission on the
        situation of refugees and asylum seekers at the borders with South Sudan and the
        Democratic Republic of the Congo.

        Yours faithfully,

        Brian Okello
        For: Secretary to the Commission
        UGANDA HUMAN RIGHTS COMMISSION
        Plot 4 Kampala Road, Kampala
        """,
        "",
        "nhri",
        (
            "Uganda Human Rights Commission",
            "Uganda Human Rights Commission (UHRC)",
        ),
        "UGA",
    ),
    Variation(
        "nhri-en-02",
        "SHRC Policy",
        "policy.team@scottishhumanrights.com",
        "SHRC submission",
        """
        Dear colleagues,

        Please find attached the submission of the Scottish Human Rights Commission on
        asylum accommodation and detention in Scotland.

        Kind regards,
        Policy & Research Team
        SHRC
        Bridgeside House, 99 McDonald Road, Edinburgh
        """,
        "",
        "nhri",
        (
            "Scottish Human Rights Commission",
            "Scottish Human Rights Commission (SHRC)",
        ),
        "GBR",
    ),
    Variation(
        "nhri-en-03",
        "Mette Kjærgaard",
        "mkj@humanrights.dk",
        "Input from the Danish Institute for Human Rights",
        """
        Dear members of the Working Group,

        The Danish Institute for Human Rights, Denmark's national human rights
        institution, submits the attached on departure centres and the use of electronic
        monitoring.

        Best regards,
        Mette Kjærgaard, Chief Adviser
        Institut for Menneskerettigheder | The Danish Institute for Human Rights
        Wilders Plads 8K, 1403 Copenhagen K
        """,
        "",
        "nhri",
        (
            "Danish Institute for Human Rights",
            "The Danish Institute for Human Rights",
            "Institut for Menneskerettigheder",
        ),
        "DNK",
    ),
    Variation(
        "nhri-fr-04",
        "CNDH Niger",
        "cndh.niger@cndhniger.ne",
        "Contribution de la CNDH du Niger",
        """
        Madame, Monsieur,

        La Commission Nationale des Droits Humains du Niger a l'honneur de vous transmettre
        sa contribution sur les expulsions de personnes migrantes depuis l'Algérie vers
        Assamaka.

        Le Président
        Commission Nationale des Droits Humains (CNDH)
        Niamey, République du Niger
        """,
        "",
        "nhri",
        (
            "Commission Nationale des Droits Humains (CNDH)",
            "Commission Nationale des Droits Humains",
            "Commission Nationale des Droits Humains du Niger",
            "National Human Rights Commission of Niger",
        ),
        "NER",
    ),
    Variation(
        "nhri-fr-05",
        "Amavi Kodjo",
        "a.kodjo@cndh-togo.org",
        "Contribution CNDH-Togo",
        """
        Madame, Monsieur,

        Je vous prie de trouver ci-joint la contribution de la Commission nationale des
        droits de l'homme du Togo, en sa qualité de mécanisme national de prévention de la
        torture, sur la rétention des personnes migrantes.

        Amavi Kodjo
        Chef de division – Protection
        CNDH-Togo, Lomé
        """,
        "",
        "nhri",
        (
            "Commission nationale des droits de l'homme (CNDH-Togo)",
            "Commission nationale des droits de l'homme",
            "Commission nationale des droits de l'homme du Togo",
            "CNDH-Togo",
        ),
        "TGO",
    ),
    Variation(
        "nhri-fr-06",
        "OPC Haïti",
        "opc.haiti@opchaiti.org",
        "Contribution de l'Office de la Protection du Citoyen",
        """
        Madame, Monsieur,

        L'Office de la Protection du Citoyen (OPC), institution nationale des droits de
        l'homme d'Haïti, vous soumet sa contribution sur les rapatriements forcés depuis la
        République dominicaine et par voie maritime.

        Le Protecteur du Citoyen
        Office de la Protection du Citoyen
        Port-au-Prince, Haïti
        """,
        "",
        "nhri",
        (
            "Office de la Protection du Citoyen (OPC)",
            "Office de la Protection du Citoyen",
            "Office for the Protection of Citizens",
        ),
        "HTI",
    ),
    Variation(
        "nhri-fr-07",
        "COULIBALY Mamadou",
        "sg.secretariat@cndhmali.org",
        "Contribution de la CNDH du Mali",
        """
        Madame, Monsieur,

        La Commission Nationale des Droits de l'Homme du Mali présente sa contribution sur
        la situation des migrants refoulés à la frontière nord.

        Pour le Président et par délégation,
        Mamadou Coulibaly
        Secrétaire général
        CNDH – Bamako
        """,
        "",
        "nhri",
        (
            "Commission Nationale des Droits de l'Homme (CNDH)",
            "Commission Nationale des Droits de l'Homme",
            "Commission Nationale des Droits de l'Homme du Mali",
            "National Human Rights Commission of Mali",
        ),
        "MLI",
    ),
    Variation(
        "nhri-fr-08",
        "CNDH Mauritanie",
        "secretariat.permanent@cndh.mr",
        "Contribution de la Commission nationale des droits de l'Homme",
        """
        Madame, Monsieur,

        Nous avons l'honneur de vous adresser la contribution de la Commission nationale
        des droits de l'Homme de Mauritanie sur l'accueil des personnes migrantes à
        Nouadhibou.

        Le Secrétariat permanent
        Commission nationale des droits de l'Homme
        Nouakchott – République islamique de Mauritanie
        """,
        "",
        "nhri",
        (
            "Commission nationale des droits de l'Homme",
            "Commission nationale des droits de l'Homme (CNDH)",
            "Commission nationale des droits de l'Homme de Mauritanie",
            "National Human Rights Commission of Mauritania",
        ),
        "MRT",
    ),
    Variation(
        "nhri-es-09",
        "Defensoría de las Personas Migrantes",
        "defensoria.migrantes@pdh.org.gt",
        "Aporte del Procurador de los Derechos Humanos",
        """
        Estimados miembros del Grupo de Trabajo:

        La Defensoría de las Personas Migrantes de la Procuraduría de los Derechos
        Humanos de Guatemala remite el aporte institucional adjunto.

        Atentamente,
        Defensoría de las Personas Migrantes
        Procurador de los Derechos Humanos – Guatemala
        12 avenida 12-54, zona 1
        """,
        "",
        "nhri",
        (
            "Procurador de los Derechos Humanos (PDH)",
            "Procurador de los Derechos Humanos",
            "Procuraduría de los Derechos Humanos",
            "Procurador de los Derechos Humanos de Guatemala",
        ),
        "GTM",
    ),
    Variation(
        "nhri-es-10",
        "Itzel Batista",
        "ibatista@defensoria.gob.pa",
        "Aporte – Defensoría del Pueblo de Panamá",
        """
        Estimado Grupo de Trabajo:

        Adjunto el aporte de la Defensoría del Pueblo de la República de Panamá sobre las
        estaciones de recepción migratoria en Darién.

        Saludos cordiales,
        Itzel Batista | Dirección de Protección de los Derechos Humanos | Defensoría del
        Pueblo de la República de Panamá
        """,
        "",
        "nhri",
        (
            "Defensoría del Pueblo de la República de Panamá",
            "Defensoría del Pueblo de Panamá",
            "Defensoría del Pueblo",
        ),
        "PAN",
    ),
    Variation(
        "nhri-es-11",
        "PDDH El Salvador",
        "despacho.aportes@pddh.gob.sv",
        "Aporte institucional PDDH",
        """
        Señoras y señores:

        La PDDH remite su aporte sobre la atención a personas salvadoreñas retornadas.

        Despacho
        PDDH
        San Salvador
        """,
        """
        PROCURADURÍA PARA LA DEFENSA DE LOS DERECHOS HUMANOS
        República de El Salvador
        Aporte al Grupo de Trabajo de las Naciones Unidas
        """,
        "nhri",
        (
            "Procuraduría para la Defensa de los Derechos Humanos (PDDH)",
            "Procuraduría para la Defensa de los Derechos Humanos",
            "Procuraduría para la Defensa de los Derechos Humanos de El Salvador",
        ),
        "SLV",
    ),
    Variation(
        "nhri-es-12",
        "Unidad de Movilidad Humana",
        "unidad.movilidad@conadeh.hn",
        "Aporte del CONADEH",
        """
        Estimados:

        El Comisionado Nacional de los Derechos Humanos de Honduras (CONADEH) presenta su
        aporte sobre las caravanas y la población migrante en tránsito por Danlí.

        Unidad de Movilidad Humana
        CONADEH
        Tegucigalpa, M.D.C.
        """,
        "",
        "nhri",
        (
            "Comisionado Nacional de los Derechos Humanos (CONADEH)",
            "Comisionado Nacional de los Derechos Humanos",
            "Comisionado Nacional de los Derechos Humanos de Honduras",
        ),
        "HND",
    ),
    # ── state: notes verbales, missions, ministries ──
    Variation(
        "state-en-01",
        "Bangladesh Mission Geneva",
        "hrwing.geneva@mofa.gov.bd",
        "Note Verbale: Response of Bangladesh to the call for inputs",
        """
        Dear Sir/Madam,

        Please find attached a Note Verbale of this Permanent Mission along with the
        response of the Government of the People's Republic of Bangladesh.

        With regards,
        Human Rights Wing
        Permanent Mission of Bangladesh, Geneva
        """,
        """
        No. PMBG/HR/00/2026
        The Permanent Mission of the People's Republic of Bangladesh to the United Nations
        Office and other International Organizations in Geneva presents its compliments to
        the Office of the United Nations High Commissioner for Human Rights and has the
        honour to transmit herewith the response of the Government of Bangladesh.
        """,
        "member_state",
        ("Bangladesh", "People's Republic of Bangladesh"),
        "BGD",
    ),
    Variation(
        "state-en-02",
        "Wibowo, Rizky",
        "rizky.wibowo@kemlu.go.id",
        "Indonesia's input",
        """
        Dear colleagues,

        On behalf of the Directorate of Human Rights and Humanitarian Affairs, I am pleased
        to share Indonesia's input to the call. A note verbale from our Mission in Geneva
        will follow.

        Best regards,
        Rizky Wibowo
        Directorate of Human Rights and Humanitarian Affairs
        Ministry of Foreign Affairs of the Republic of Indonesia
        Jakarta
        """,
        "",
        "member_state",
        ("Indonesia", "Republic of Indonesia"),
        "IDN",
    ),
    Variation(
        "state-en-03",
        "Passport, Immigration and Citizenship Agency",
        "policy.research@pica.gov.jm",
        "Jamaica – submission",
        """
        Good afternoon,

        Further to the call, please see the attached submission of the Government of
        Jamaica, prepared by the Passport, Immigration and Citizenship Agency with the
        Ministry of Foreign Affairs and Foreign Trade.

        Regards,
        Policy, Planning and Research Unit
        Passport, Immigration and Citizenship Agency
        25 Constant Spring Road, Kingston 10, Jamaica
        """,
        "",
        "member_state",
        ("Jamaica",),
        "JAM",
    ),
    Variation(
        "state-fr-04",
        "Mission permanente de Tunisie",
        "mission.tunisie@diplomatie.gov.tn",
        "Note verbale – contribution de la Tunisie",
        """
        Madame, Monsieur,

        Veuillez trouver ci-joint la note verbale de la Mission permanente de la Tunisie
        ainsi que la contribution du Gouvernement tunisien.

        Mission permanente de la Tunisie auprès de l'Office des Nations Unies à Genève
        """,
        """
        N° 00/2026
        La Mission permanente de la République tunisienne auprès de l'Office des Nations
        Unies à Genève présente ses compliments au Haut-Commissariat des Nations Unies aux
        droits de l'homme et a l'honneur de lui transmettre la contribution de la Tunisie.
        """,
        "member_state",
        ("Tunisia", "République tunisienne", "Tunisie"),
        "TUN",
    ),
    Variation(
        "state-fr-05",
        "KOUAMÉ Aya Sandrine",
        "a.kouame@diplomatie.gouv.ci",
        "Contribution de la Côte d'Ivoire",
        """
        Madame, Monsieur,

        Je vous transmets, au nom de la Direction des droits de l'homme du Ministère des
        Affaires étrangères, la contribution de la République de Côte d'Ivoire.

        Aya Sandrine Kouamé
        Sous-directrice des Droits de l'Homme
        Ministère des Affaires étrangères, de l'Intégration africaine et des Ivoiriens de
        l'Extérieur
        Abidjan
        """,
        "",
        "member_state",
        ("Côte d'Ivoire", "République de Côte d'Ivoire", "Ivory Coast"),
        "CIV",
    ),
    Variation(
        "state-fr-06",
        "Ambassade de Madagascar",
        "ambamadgeneve@diplomatie.gov.mg",
        "Réponse de Madagascar",
        """
        Madame, Monsieur,

        La Mission permanente de la République de Madagascar auprès de l'Office des
        Nations Unies à Genève présente ses compliments au Haut-Commissariat aux droits de
        l'homme et a l'honneur de lui faire parvenir, ci-joint, la réponse du Gouvernement
        malagasy au questionnaire.

        La Mission permanente saisit cette occasion pour renouveler au Haut-Commissariat
        les assurances de sa haute considération.
        """,
        "",
        "member_state",
        ("Madagascar", "République de Madagascar"),
        "MDG",
    ),
    Variation(
        "state-fr-07",
        "Secrétariat DGMAE",
        "secretariat.dgmae@mae.gov.bf",
        "Contribution du Burkina Faso",
        """
        Madame, Monsieur,

        J'ai l'honneur de vous faire parvenir la contribution du Gouvernement du Burkina
        Faso, élaborée par le Ministère de la Justice et des Droits humains.

        Le Secrétariat
        Direction générale des Burkinabè de l'extérieur
        Ministère des Affaires étrangères
        Ouagadougou
        """,
        "",
        "member_state",
        ("Burkina Faso",),
        "BFA",
    ),
    Variation(
        "state-fr-08",
        "Mission de Monaco",
        "mission.geneve.ddh@gouv.mc",
        "Contribution de la Principauté de Monaco",
        """
        Madame, Monsieur,

        La Mission permanente de la Principauté de Monaco a l'honneur de transmettre la
        contribution du Gouvernement Princier à l'appel du Groupe de travail.

        Mission permanente de la Principauté de Monaco auprès de l'Office des Nations
        Unies à Genève
        """,
        "",
        "member_state",
        ("Monaco", "Principauté de Monaco", "Principality of Monaco"),
        "MCO",
    ),
    Variation(
        "state-es-09",
        "Dirección de Derechos Humanos",
        "dirddhh.aportes@cancilleria.gob.ec",
        "Respuesta del Ecuador al cuestionario",
        """
        Estimados señores:

        Por disposición de la Dirección de Derechos Humanos y Paz, adjunto sírvase encontrar
        la respuesta del Estado ecuatoriano al cuestionario del Grupo de Trabajo.

        Atentamente,
        Dirección de Derechos Humanos y Paz
        Ministerio de Relaciones Exteriores y Movilidad Humana
        Quito – Ecuador
        """,
        "",
        "member_state",
        ("Ecuador", "República del Ecuador"),
        "ECU",
    ),
    Variation(
        "state-es-10",
        "Misión Permanente del Paraguay",
        "mision.ginebra.ddhh@mre.gov.py",
        "Nota verbal – contribución del Paraguay",
        """
        La Misión Permanente de la República del Paraguay ante la Oficina de las Naciones
        Unidas y otros Organismos Internacionales con sede en Ginebra saluda muy
        atentamente a la Oficina del Alto Comisionado de las Naciones Unidas para los
        Derechos Humanos y tiene el honor de remitir adjunta la contribución del Gobierno
        paraguayo.

        La Misión Permanente hace propicia la oportunidad para reiterar las seguridades de
        su más alta y distinguida consideración.
        """,
        "",
        "member_state",
        ("Paraguay", "República del Paraguay"),
        "PRY",
    ),
    Variation(
        "state-es-11",
        "Solano Vargas, Melissa",
        "msolano@migracion.go.cr",
        "Aporte de Costa Rica",
        """
        Buenos días:

        Por encargo del Ministerio de Relaciones Exteriores y Culto, remito el aporte de
        la Dirección General de Migración y Extranjería de Costa Rica.

        Saludos,
        Melissa Solano Vargas
        Unidad de Refugio
        Dirección General de Migración y Extranjería
        """,
        "",
        "member_state",
        ("Costa Rica", "República de Costa Rica"),
        "CRI",
    ),
    Variation(
        "state-es-12",
        "Misión RD Ginebra",
        "ddhh.ginebra@mirex.gob.do",
        "Nota verbal – República Dominicana",
        """
        Estimados:

        Se remite adjunta la nota verbal de esta Misión con la contribución del Gobierno
        dominicano.

        Sección de Derechos Humanos
        Misión Permanente de la República Dominicana ante las Naciones Unidas en Ginebra
        """,
        """
        MPRD/00/2026
        La Misión Permanente de la República Dominicana saluda atentamente a la Oficina
        del Alto Comisionado y tiene a bien remitir la contribución del Gobierno de la
        República Dominicana.
        """,
        "member_state",
        ("Dominican Republic", "República Dominicana"),
        "DOM",
    ),
    # ── academic: institutes, university centres, professors ──
    Variation(
        "academic-en-01",
        "CSFM Admin",
        "csfm-admin@harrowgate.example.ac.uk",
        "Submission – Centre for the Study of Forced Migration",
        """
        Dear Working Group,

        The Centre for the Study of Forced Migration at the University of Harrowgate
        submits the attached research brief on deaths at the English Channel.

        Best wishes,
        Centre Administrator
        Centre for the Study of Forced Migration (CSFM)
        Department of Politics, University of Harrowgate
        """,
        "",
        "academic",
        (
            "Centre for the Study of Forced Migration, University of Harrowgate",
            "Centre for the Study of Forced Migration (CSFM), University of Harrowgate",
            "Centre for the Study of Forced Migration (CSFM)",
            "Centre for the Study of Forced Migration",
        ),
    ),
    Variation(
        "academic-en-02",
        "Lindqvist, Per",
        "per.lindqvist@kallmar.example.edu",
        "Research submission on biometric border checks",
        """
        Dear colleagues,

        I submit the attached paper in my academic capacity. It summarises a three-year
        study of biometric data collection at external borders.

        Sincerely,
        Per Lindqvist, PhD, Associate Professor of Criminology, Kallmar University
        """,
        "",
        "academic",
        (
            "Per Lindqvist",
            "Per Lindqvist, Kallmar University",
            "Dr Per Lindqvist",
            "Dr Per Lindqvist, Kallmar University",
        ),
    ),
    Variation(
        "academic-en-03",
        "Border Justice Clinic",
        "clinic@law.westmoor.example.edu",
        "Joint submission – law clinic and students",
        """
        Dear Working Group,

        The Border Justice Clinic of Westmoor Law School submits the attached, drafted by
        our clinical students under faculty supervision, with the Humanitarian Law Society
        of the same school.

        Border Justice Clinic
        Westmoor Law School
        """,
        "",
        "academic",
        (
            "Border Justice Clinic, Westmoor Law School",
            "Border Justice Clinic",
            "Border Justice Clinic, Westmoor Law School and 1 other",
            "Border Justice Clinic and 1 other",
        ),
    ),
    Variation(
        "academic-fr-04",
        "Institut de recherche",
        "irmd@univ-valmont.example.fr",
        "Contribution de l'IRMD",
        """
        Madame, Monsieur,

        L'Institut de recherche sur les migrations et le droit (IRMD) de l'Université de
        Valmont vous transmet sa contribution sur la rétention en zone d'attente.

        Cordialement,
        Le secrétariat de l'IRMD
        Faculté de droit, Université de Valmont
        """,
        "",
        "academic",
        (
            "Institut de recherche sur les migrations et le droit (IRMD), Université de Valmont",
            "Institut de recherche sur les migrations et le droit, Université de Valmont",
            "Institut de recherche sur les migrations et le droit (IRMD)",
            "Institut de recherche sur les migrations et le droit",
        ),
    ),
    Variation(
        "academic-fr-05",
        "BERTHOLET Anne-Sophie",
        "as.bertholet@unimontrive.example.ch",
        "Contribution – Prof. Bertholet",
        """
        Madame, Monsieur,

        Je vous adresse, à titre académique, une note fondée sur mes recherches relatives
        au contrôle juridictionnel des renvois Dublin.

        Veuillez agréer mes salutations distinguées,

        Anne-Sophie Bertholet
        Professeure ordinaire, Faculté de droit
        Université de Montrive
        """,
        "",
        "academic",
        (
            "Anne-Sophie Bertholet",
            "Prof. Anne-Sophie Bertholet",
            "Anne-Sophie Bertholet, Université de Montrive",
            "Prof. Anne-Sophie Bertholet, Université de Montrive",
        ),
    ),
    Variation(
        "academic-fr-06",
        "Chaire Mobilités",
        "chaire.mobilites@ulaurentides.example.ca",
        "Contribution de la Chaire",
        """
        Bonjour,

        La Chaire de recherche sur les mobilités et les frontières de l'Université des
        Laurentides vous fait parvenir sa contribution.

        Bien cordialement,
        L'équipe de la Chaire
        """,
        """
        Chaire de recherche sur les mobilités et les frontières
        Université des Laurentides
        Contribution au Groupe de travail des Nations Unies
        """,
        "academic",
        (
            "Chaire de recherche sur les mobilités et les frontières, Université des Laurentides",
            "Chaire de recherche sur les mobilités et les frontières",
        ),
    ),
    Variation(
        "academic-fr-07",
        "Moussa Ndiaye",
        "mndiaye@uto-lab.example.sn",
        "Contribution du Laboratoire d'études sur les migrations",
        """
        Madame, Monsieur,

        Le Laboratoire d'études sur les migrations et la mobilité en Afrique de l'Ouest
        (LEMMAO), de l'Université de Thiès-Océan, soumet la contribution jointe.

        Dr Moussa Ndiaye
        Maître de conférences | Directeur du LEMMAO | Université de Thiès-Océan
        """,
        "",
        "academic",
        (
            "Laboratoire d'études sur les migrations et la mobilité en Afrique de l'Ouest "
            "(LEMMAO), Université de Thiès-Océan",
            "Laboratoire d'études sur les migrations et la mobilité en Afrique de l'Ouest (LEMMAO)",
            "Laboratoire d'études sur les migrations et la mobilité en Afrique de l'Ouest",
        ),
    ),
    Variation(
        "academic-fr-08",
        "Clinique juridique",
        "clinique.droits@ulb-sud.example.be",
        "Contribution de la Clinique des droits des étrangers",
        """
        Madame, Monsieur,

        La Clinique des droits des étrangers de la Faculté de droit de l'Université libre
        du Sud (asbl Clinique DE) vous adresse la contribution rédigée par ses
        étudiantes et étudiants.

        Pour la Clinique,
        Prof. Hélène Van Damme
        """,
        "",
        "academic",
        (
            "Clinique des droits des étrangers, Université libre du Sud",
            "Clinique des droits des étrangers",
        ),
    ),
    Variation(
        "academic-es-09",
        "Observatorio de Movilidad Humana",
        "observatorio@unisierra.example.edu.mx",
        "Aporte del Observatorio",
        """
        Estimado Grupo de Trabajo:

        El Observatorio de Movilidad Humana de la Universidad de la Sierra Norte remite su
        aporte sobre las detenciones en la frontera sur de México.

        Atentamente,
        Coordinación del Observatorio de Movilidad Humana
        Universidad de la Sierra Norte
        """,
        "",
        "academic",
        (
            "Observatorio de Movilidad Humana, Universidad de la Sierra Norte",
            "Observatorio de Movilidad Humana",
        ),
    ),
    Variation(
        "academic-es-10",
        "Dra. Pilar Ezquerra",
        "pezquerra@uvalleoro.example.es",
        "Aportación académica",
        """
        Estimados:

        Adjunto una aportación basada en mi investigación sobre los rechazos en frontera
        en Ceuta y Melilla.

        Un saludo,
        Dra. Pilar Ezquerra Lasheras, Profesora Titular de Derecho Internacional Público,
        Universidad de Valle del Oro
        """,
        "",
        "academic",
        (
            "Pilar Ezquerra Lasheras",
            "Dra. Pilar Ezquerra Lasheras",
            "Pilar Ezquerra Lasheras, Universidad de Valle del Oro",
            "Dra. Pilar Ezquerra Lasheras, Universidad de Valle del Oro",
        ),
    ),
    Variation(
        "academic-es-11",
        "Instituto de Estudios",
        "ieddhh@uandina.example.edu.co",
        "Contribución del Instituto",
        """
        Buenas tardes:

        Compartimos la contribución del Instituto de Estudios sobre Derechos Humanos y
        Migración de la Universidad Andina del Pacífico.

        Cordialmente,
        Dirección del Instituto
        """,
        """
        INSTITUTO DE ESTUDIOS SOBRE DERECHOS HUMANOS Y MIGRACIÓN
        Universidad Andina del Pacífico – Cali, Colombia
        """,
        "academic",
        (
            "Instituto de Estudios sobre Derechos Humanos y Migración, Universidad Andina "
            "del Pacífico",
            "Instituto de Estudios sobre Derechos Humanos y Migración",
        ),
    ),
    Variation(
        "academic-es-12",
        "Grupo de Investigación",
        "gi.fronteras@unlitoral.example.edu.ar",
        "Aporte del Grupo de Investigación en Fronteras",
        """
        Estimadas y estimados:

        El Grupo de Investigación en Fronteras, Migraciones y Derechos de la Universidad
        Nacional del Litoral Sur presenta su aporte.

        Saludos cordiales,
        Dr. Esteban Rossi | Director del Grupo
        """,
        "",
        "academic",
        (
            "Grupo de Investigación en Fronteras, Migraciones y Derechos, Universidad "
            "Nacional del Litoral Sur",
            "Grupo de Investigación en Fronteras, Migraciones y Derechos",
        ),
    ),
    # ── company: companies and business associations ──
    Variation(
        "company-en-01",
        "Fiona McAllister",
        "compliance@harrier-security.example.com",
        "Response from Harrier Secure Services Ltd",
        """
        Dear Working Group,

        Harrier Secure Services Ltd operates escort and custody services under contract
        and wishes to respond to the call. Our response is attached.

        Regards,
        Fiona McAllister
        Group Compliance Director | Harrier Secure Services Ltd | Reg. no. 00000000
        """,
        "",
        "private_sector",
        ("Harrier Secure Services Ltd", "Harrier Secure Services"),
    ),
    Variation(
        "company-en-02",
        "ESG Team",
        "esg@pelagos-shipping.example.com",
        "Submission – rescue at sea by merchant vessels",
        """
        Dear Sir/Madam,

        Please find attached the submission of Pelagos Shipping Company S.A. on the
        obligations of merchant vessels that rescue people at sea.

        ESG Team
        Pelagos Shipping Company S.A.
        Piraeus, Greece
        """,
        "",
        "private_sector",
        ("Pelagos Shipping Company S.A.", "Pelagos Shipping Company", "Pelagos Shipping"),
    ),
    Variation(
        "company-en-03",
        "Kumar, Anil",
        "anil.kumar@brightpath-recruit.example.com",
        "Ethical recruitment – input",
        """
        Hello,

        I'm attaching our company's input on the recruitment of migrant workers.

        Anil Kumar
        Head of Ethical Recruitment, BrightPath Manpower Pvt. Ltd., Kochi, India
        """,
        "",
        "private_sector",
        ("BrightPath Manpower Pvt. Ltd.", "BrightPath Manpower"),
    ),
    Variation(
        "company-en-04",
        "Policy Desk",
        "policy@travel-industry-council.example.org",
        "Submission of the Council of Passenger Carriers",
        """
        Dear Working Group,

        The Council of Passenger Carriers, which represents airlines and coach operators,
        submits the attached on carrier sanctions and document checks at boarding.

        Policy Desk
        Council of Passenger Carriers
        Brussels
        """,
        "",
        "private_sector",
        ("Council of Passenger Carriers",),
    ),
    Variation(
        "company-fr-05",
        "Service juridique",
        "juridique@veillon-surete.example.fr",
        "Contribution de Veillon Sûreté SAS",
        """
        Madame, Monsieur,

        La société Veillon Sûreté SAS, prestataire de services de sûreté aéroportuaire,
        vous transmet sa contribution.

        Service juridique
        Veillon Sûreté SAS – capital de 000 000 € – RCS Lyon 000 000 000
        """,
        "",
        "private_sector",
        ("Veillon Sûreté SAS", "Veillon Sûreté"),
    ),
    Variation(
        "company-fr-06",
        "Martine Dubreuil",
        "mdubreuil@agrimarne.example.fr",
        "Contribution – travailleurs saisonniers",
        """
        Bonjour,

        En tant que directrice des ressources humaines, je vous adresse la contribution de
        notre groupement sur l'emploi de travailleurs saisonniers étrangers.

        Cordialement,
        Martine Dubreuil
        DRH
        Groupement des Producteurs de la Vallée de la Marne
        """,
        "",
        "private_sector",
        ("Groupement des Producteurs de la Vallée de la Marne",),
    ),
    Variation(
        "company-fr-07",
        "Direction RSE",
        "rse@batimentsdulac.example.ch",
        "Contribution de Bâtiments du Lac SA",
        """
        Madame, Monsieur,

        Bâtiments du Lac SA, entreprise générale de construction, répond à votre appel
        concernant les travailleurs détachés et frontaliers.

        Direction RSE
        Bâtiments du Lac SA
        Lausanne
        """,
        "",
        "private_sector",
        ("Bâtiments du Lac SA", "Bâtiments du Lac"),
    ),
    Variation(
        "company-fr-08",
        "Contact",
        "contact@cabinet-aubry.example.fr",
        "Contribution du cabinet",
        """
        Madame, Monsieur,

        Notre cabinet d'avocats, qui assiste des personnes placées en zone d'attente,
        vous adresse ses observations.

        Aubry & Nkemdirim Avocats Associés
        Barreau de Paris
        """,
        "",
        "private_sector",
        ("Aubry & Nkemdirim Avocats Associés", "Aubry & Nkemdirim"),
    ),
    Variation(
        "company-fr-09",
        "Chambre de commerce",
        "international@ccifrontaliere.example.fr",
        "Contribution de la Chambre de commerce transfrontalière",
        """
        Madame, Monsieur,

        La Chambre de commerce et d'industrie transfrontalière du Haut-Jura, qui
        représente les entreprises employant des travailleurs frontaliers, vous adresse sa
        contribution.

        Service international
        CCI transfrontalière du Haut-Jura
        """,
        "",
        "private_sector",
        (
            "Chambre de commerce et d'industrie transfrontalière du Haut-Jura",
            "CCI transfrontalière du Haut-Jura",
        ),
    ),
    Variation(
        "company-es-10",
        "Responsabilidad Social",
        "rsc@frutasdelsur.example.es",
        "Aportación de Frutas del Sur S.L.",
        """
        Estimados:

        Frutas del Sur S.L. remite su aportación sobre la contratación en origen de
        trabajadoras temporeras.

        Departamento de Responsabilidad Social Corporativa
        Frutas del Sur S.L. – Huelva
        """,
        "",
        "private_sector",
        ("Frutas del Sur S.L.", "Frutas del Sur"),
    ),
    Variation(
        "company-es-11",
        "Andrés Palacios",
        "apalacios@transportesandinos.example.com.co",
        "Aporte – Transportes Andinos S.A.S.",
        """
        Buenas tardes:

        Remito el aporte de la empresa sobre el transporte terrestre de pasajeros
        migrantes en la frontera colombo-venezolana.

        Cordialmente,
        Andrés Palacios, Gerente Jurídico, Transportes Andinos S.A.S., Cúcuta
        """,
        "",
        "private_sector",
        ("Transportes Andinos S.A.S.", "Transportes Andinos"),
    ),
    Variation(
        "company-es-12",
        "Cámara Empresarial",
        "cem@camaraempresarial.example.mx",
        "Aporte de la Cámara Empresarial de la Maquila del Norte",
        """
        Estimados miembros del Grupo de Trabajo:

        La Cámara Empresarial de la Maquila del Norte, A.C. presenta su aporte sobre la
        contratación de personas migrantes en la industria maquiladora.

        Atentamente,
        Presidencia
        Cámara Empresarial de la Maquila del Norte, A.C.
        """,
        "",
        "private_sector",
        (
            "Cámara Empresarial de la Maquila del Norte, A.C.",
            "Cámara Empresarial de la Maquila del Norte",
        ),
    ),
    # ── individual: a person writing for themselves ──
    Variation(
        "individual-en-01",
        "OSEI, KWAME",
        "kwame.osei.1979@gmail.com",
        "submission",
        """
        Dear Sir or Madam,

        I was turned back at the border three times with my two children. I write my
        story in the attached so the Working Group knows.

        Kwame Osei
        """,
        "",
        "individual",
        ("Kwame Osei",),
    ),
    Variation(
        "individual-en-02",
        "Helen Marsh",
        "h.marsh@refugee-aid-network.example.org",
        "Personal submission – not on behalf of my organisation",
        """
        Dear Working Group,

        I work for a refugee support charity, but I am writing in a purely personal
        capacity: the views in the attached are my own and have not been approved by my
        employer.

        Helen Marsh
        (Caseworker, Refugee Aid Network – writing personally)
        """,
        "",
        "individual",
        ("Helen Marsh",),
    ),
    Variation(
        "individual-en-03",
        "Daniel Haile",
        "dhaile@mailbox.example.net",
        "Fwd: my father's account",
        """
        Hello,

        My father does not use e-mail, so I am sending his account for him. He is the
        author; I only typed it.

        Daniel

        ---------- Forwarded message ----------
        From: Daniel Haile <dhaile@mailbox.example.net>
        To: Daniel Haile <dhaile@mailbox.example.net>
        Subject: dad

        I am Tesfaye Haile. I was held for four months at the border camp before I was
        allowed to apply for asylum. This is what happened.

        Tesfaye Haile
        """,
        "",
        "individual",
        ("Tesfaye Haile",),
    ),
    Variation(
        "individual-en-04",
        "Ruth Abernethy",
        "ruth.abernethy@outlook.com",
        "Observations from a volunteer interpreter",
        """
        Dear members of the Working Group,

        I have volunteered as an interpreter at the port for six years and would like to
        share my observations, attached.

        With thanks,
        Ruth Abernethy
        Volunteer interpreter (Arabic–English)
        """,
        "",
        "individual",
        ("Ruth Abernethy",),
    ),
    Variation(
        "individual-fr-05",
        "Dupré-Mbaye, Corinne",
        "corinne.dupre.mbaye@orange.fr",
        "Contribution personnelle",
        """
        Madame, Monsieur,

        Enseignante à la retraite, j'accompagne des jeunes exilés à Briançon. Je vous
        adresse à titre personnel les observations ci-jointes.

        Corinne Dupré-Mbaye
        """,
        "",
        "individual",
        ("Corinne Dupré-Mbaye",),
    ),
    Variation(
        "individual-fr-06",
        "Youssouf",
        "youssouf.c@gmail.com",
        "mon témoignage",
        """
        Bonjour,

        Je m'appelle Youssouf Camara, j'ai 19 ans. Je vous envoie mon témoignage sur ce
        qui s'est passé à la frontière.

        Merci
        Youssouf Camara
        """,
        "",
        "individual",
        ("Youssouf Camara",),
    ),
    Variation(
        "individual-fr-07",
        "Me Laurent Gaspard",
        "l.gaspard@avocat-gaspard.example.fr",
        "Observations à titre personnel",
        """
        Madame, Monsieur,

        Avocat au barreau de Nice, je vous fais part, en mon nom propre et non au nom de
        l'Ordre, de mes observations sur les refus d'entrée à la frontière franco-italienne.

        Me Laurent Gaspard
        Avocat à la Cour
        """,
        "",
        "individual",
        ("Laurent Gaspard", "Me Laurent Gaspard"),
    ),
    Variation(
        "individual-fr-08",
        "Nadia B.",
        "nadia.benali@fai.example.fr",
        "TR: Témoignage de ma sœur",
        """
        Bonjour,

        Je transmets le témoignage de ma sœur, Samira Benali, qui n'a pas d'adresse
        électronique. C'est elle qui en est l'autrice.

        Nadia

        -------- Message transféré --------
        Témoignage de Samira Benali

        J'ai été placée en zone d'attente pendant quatre jours avec mon fils de trois ans.

        Samira Benali
        """,
        "",
        "individual",
        ("Samira Benali",),
    ),
    Variation(
        "individual-es-09",
        "Carmen Rosa Villalobos",
        "crvillalobos@hotmail.com",
        "Mi testimonio",
        """
        Buenas tardes:

        Soy madre de un joven migrante desaparecido en 2023. Les envío mi testimonio.

        Carmen Rosa Villalobos
        """,
        "",
        "individual",
        ("Carmen Rosa Villalobos",),
    ),
    Variation(
        "individual-es-10",
        "Julián Echeverri",
        "jecheverri@fundacionpuentes.example.org",
        "Aporte a título personal",
        """
        Estimado Grupo de Trabajo:

        Aunque trabajo en una fundación de apoyo a personas migrantes, este aporte lo
        envío a título estrictamente personal; no representa la posición de la fundación.

        Julián Echeverri
        Abogado
        Fundación Puentes del Norte
        """,
        "",
        "individual",
        ("Julián Echeverri",),
    ),
    Variation(
        "individual-es-11",
        "ALEJANDRO TORRES",
        "atorres.periodista@gmail.com",
        "Aporte de un periodista",
        """
        Hola,

        Soy periodista independiente y cubro la frontera de Chiapas desde 2018. Adjunto
        mis observaciones.

        Alejandro Torres Ibarra
        Periodista independiente
        """,
        "",
        "individual",
        ("Alejandro Torres Ibarra", "Alejandro Torres"),
    ),
    Variation(
        "individual-es-12",
        "Mendoza Quispe, Rosa Elena",
        "rosaelena.mq@yahoo.com",
        "Testimonio",
        """
        Señores:

        Les escribo para contar lo que viví en la frontera con Chile en el año 2025.

        Atentamente,
        Rosa Elena Mendoza Quispe
        """,
        "",
        "individual",
        ("Rosa Elena Mendoza Quispe",),
    ),
    # ── other: unions, parliamentarians, faith groups, local authorities, students ──
    Variation(
        "other-en-01",
        "Office of Senator Ng",
        "office.ng@senate.example.gov",
        "Submission of Senator Alicia Ng",
        """
        Dear Working Group,

        On behalf of Senator Alicia Ng, I attach her submission on offshore processing.
        Please direct any questions to this office.

        Kind regards,
        Tom Ellery
        Senior Adviser to Senator Alicia Ng
        """,
        "",
        "other",
        ("Alicia Ng", "Senator Alicia Ng"),
    ),
    Variation(
        "other-en-02",
        "GENERAL SECRETARY",
        "gensec@portworkers-union.example.org",
        "Union submission – port workers and stowaways",
        """
        Dear colleagues,

        The Amalgamated Port and Dock Workers' Union submits the attached on the treatment
        of stowaways found by our members in container terminals.

        In solidarity,
        General Secretary
        Amalgamated Port and Dock Workers' Union (APDWU)
        """,
        "",
        "other",
        (
            "Amalgamated Port and Dock Workers' Union (APDWU)",
            "Amalgamated Port and Dock Workers' Union",
        ),
    ),
    Variation(
        "other-en-03",
        "Revd Sarah Pembroke",
        "diocesan.office@woldandfen.example.org.uk",
        "Submission from the Diocese's Refugee Task Group",
        """
        Dear Working Group,

        I write as chair of the Refugee Task Group of the Diocese of Wold and Fen, which
        submits the attached.

        Revd Sarah Pembroke
        Chair, Refugee Task Group
        Diocese of Wold and Fen
        """,
        "",
        "other",
        (
            "Refugee Task Group, Diocese of Wold and Fen",
            "Diocese of Wold and Fen",
        ),
    ),
    Variation(
        "other-en-04",
        "Migration Law Society",
        "mls.committee@students.harrowgate.example.ac.uk",
        "Student submission",
        """
        Hi,

        We are the student-run Migration Law Society at the University of Harrowgate and
        we'd like to share our research, attached.

        Best,
        The MLS Committee
        """,
        "",
        "other",
        (
            "Migration Law Society, University of Harrowgate",
            "Migration Law Society",
        ),
    ),
    Variation(
        "other-fr-05",
        "Cabinet du Maire",
        "cabinet.maire@ville-portmer.example.fr",
        "Contribution de la Ville de Port-sur-Mer",
        """
        Madame, Monsieur,

        Le maire de Port-sur-Mer, ville littorale confrontée aux campements de personnes
        exilées, vous adresse la contribution de la commune.

        Le Cabinet du Maire
        Hôtel de Ville de Port-sur-Mer
        """,
        "",
        "other",
        ("Ville de Port-sur-Mer", "Commune de Port-sur-Mer", "Port-sur-Mer"),
    ),
    Variation(
        "other-fr-06",
        "Assistante parlementaire",
        "assistante.lefort@assemblee.example.fr",
        "Contribution de Mme la députée Lefort",
        """
        Madame, Monsieur,

        Je vous transmets, à sa demande, la contribution de Mme Isabelle Lefort, députée,
        sur les conditions de la rétention administrative.

        Camille Roux
        Assistante parlementaire de Mme Isabelle Lefort
        """,
        "",
        "other",
        ("Isabelle Lefort", "Mme Isabelle Lefort"),
    ),
    Variation(
        "other-fr-07",
        "Syndicat SBTB",
        "sbtb.bureau@syndicat-btp.example.be",
        "Contribution syndicale",
        """
        Madame, Monsieur,

        Le Syndicat bruxellois des travailleurs du bâtiment (SBTB) asbl vous transmet sa
        contribution sur les travailleurs migrants sans papiers sur les chantiers.

        Salutations syndicales,
        Le Bureau fédéral
        SBTB asbl – Bruxelles
        """,
        "",
        "other",
        (
            "Syndicat bruxellois des travailleurs du bâtiment (SBTB)",
            "Syndicat bruxellois des travailleurs du bâtiment",
            "Syndicat bruxellois des travailleurs du bâtiment (SBTB) asbl",
        ),
    ),
    Variation(
        "other-fr-08",
        "Amicale étudiante",
        "bureau@aejm.example.de",
        "Contribution des étudiantes et étudiants",
        """
        Bonjour,

        Nous sommes une association d'étudiantes et d'étudiants en droit de Strasbourg et
        de Kehl. Notre contribution est jointe.

        Le bureau
        Association européenne des juristes en mobilité e.V. (AEJM)
        """,
        "",
        "other",
        (
            "Association européenne des juristes en mobilité e.V. (AEJM)",
            "Association européenne des juristes en mobilité e.V.",
            "Association européenne des juristes en mobilité (AEJM)",
            "Association européenne des juristes en mobilité",
        ),
    ),
    Variation(
        "other-es-09",
        "Concejalía de Derechos Sociales",
        "derechossociales@ayto-villaluz.example.es",
        "Aportación del Ayuntamiento de Villaluz de la Frontera",
        """
        Estimados miembros del Grupo de Trabajo:

        El Ayuntamiento de Villaluz de la Frontera, municipio que recibe a personas
        llegadas por mar, remite su aportación.

        Concejalía de Derechos Sociales
        Ayuntamiento de Villaluz de la Frontera
        """,
        "",
        "other",
        (
            "Ayuntamiento de Villaluz de la Frontera",
            "Villaluz de la Frontera",
        ),
    ),
    Variation(
        "other-es-10",
        "Sen. Óscar Valdivia",
        "oscar.valdivia@senado.example.gob",
        "Aporte del senador Valdivia",
        """
        Estimados:

        En mi calidad de senador y presidente de la Comisión de Relaciones Exteriores y
        Migración, remito el aporte adjunto.

        Sen. Óscar Valdivia Cortés
        """,
        "",
        "other",
        ("Óscar Valdivia Cortés", "Sen. Óscar Valdivia Cortés"),
    ),
    Variation(
        "other-es-11",
        "Sindicato de Jornaleras",
        "sindicato.jornaleras@example.org",
        "Aporte del sindicato",
        """
        Hola:

        El Sindicato de Jornaleras y Jornaleros Agrícolas del Valle de Santa Inés comparte
        su aporte sobre las trabajadoras migrantes indígenas.

        Secretaría General
        Sindicato de Jornaleras y Jornaleros Agrícolas del Valle de Santa Inés
        """,
        "",
        "other",
        ("Sindicato de Jornaleras y Jornaleros Agrícolas del Valle de Santa Inés",),
    ),
    Variation(
        "other-es-12",
        "Parroquia San Benito",
        "parroquia.sanbenito@example.org.gt",
        "Aporte de la Pastoral Social",
        """
        Estimados señores:

        La Pastoral Social de la Parroquia San Benito del Puente de Tecún Umán, en la frontera
        con México, les hace llegar su aporte.

        P. Rigoberto Juárez
        Párroco
        Pastoral Social – Parroquia San Benito del Puente, Tecún Umán
        """,
        "",
        "other",
        (
            "Pastoral Social, Parroquia San Benito del Puente de Tecún Umán",
            "Parroquia San Benito del Puente de Tecún Umán",
            "Pastoral Social de la Parroquia San Benito del Puente",
        ),
    ),
]

VARIATIONS: list[Variation] = [tidy(v) for v in _RAW]
