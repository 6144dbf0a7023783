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

import hashlib

from senders2 import CATEGORIES, TYPES, Variation, category, language, tidy

__all__ = ["CATEGORIES", "TYPES", "VARIATIONS", "Variation", "category", "half", "language"]


def half(v: Variation) -> str:
    """Fixed by the organisation's name alone, so an organisation is never split."""
    return "frozen" if hashlib.sha256(v.names[0].encode()).digest()[0] % 2 else "tune"


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
        "Patrick Taran",
        "ptaran@gmpa.example.ch",
        "GMPA – contribution",
        """
        Chers collègues,

        Ci-joint la contribution de GMPA sur la gouvernance des migrations de travail et
        la protection des travailleurs migrants aux frontières.

        Cordialement,

        P. Taran
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
        "Gretchen Kuhner",
        "gkuhner@imumi.example.org",
        "Contribución conjunta IMUMI y otras organizaciones",
        """
        Estimadas y estimados:

        Adjunto la contribución conjunta del Instituto para las Mujeres en la Migración
        junto con la Red de Apoyo a Familias Transfronterizas y el Colectivo Madres en el
        Camino, sobre la separación de familias en la frontera norte.

        Saludos,

        Gretchen Kuhner
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
]

VARIATIONS: list[Variation] = [tidy(v) for v in _RAW]
