# ruff: noqa: E501
"""A twelfth set of sender variations for the submitter detector, written apart from its rules.

The same record as the second set (`senders2.Variation`): one e-mail as it reaches a call
for inputs, with the answer an officer would publish on the "Submissions received" page.
The cases were written from how such mail looks, without sight of the detector's rules,
in English (45 per cent), French (a quarter) and Spanish (30 per cent).

Unlike the sets built around one hard situation, this one is a single ordinary season of
a call's mailbox, in the proportions a real call gets: about 45 per cent NGOs and
networks (small and large, national and international, many written by a staff member
under their own name), 12 per cent Member States (notes verbales, ministries, missions),
10 per cent academics and university units, 8 per cent individuals, 6 per cent NHRIs and
ombudspersons, 6 per cent United Nations and regional intergovernmental bodies, 5 per
cent companies and business associations and 8 per cent `other` (parliamentarians,
unions, bar associations, faith bodies, local authorities, foundations), with joint
submissions and shared mailboxes among them as they come.

It is as untidy as real mail is: signatures pasted from Outlook with a job title, a
department, a street address, phone and mobile numbers, web and social links, pronouns,
a confidentiality notice or a "Sent from my iPhone" under them; display names that
differ from the signature ("Info NGO", "admin", "Maria (personal)", all capitals,
surname first).

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
    # ── shared mailboxes ──
    Variation(
        "shared-en-01",
        "Info NGO",
        "info@tidewaterhousing.example.org",
        "Submission: call for inputs on the right to adequate housing",
        """
        Dear colleagues,

        Please find attached our submission on evictions of informal renters in coastal
        towns. Case studies are in Annex B.

        Regards,

        Programmes Team
        Tidewater Housing Rights Network
        2nd floor, 18 Marine Parade, Durban 4001, South Africa
        T +27 31 555 0142 | M +27 82 555 7719
        www.tidewaterhousing.example.org | Facebook: /TidewaterHousing

        CONFIDENTIALITY NOTICE: This e-mail and its attachments are intended only for
        the addressee and may contain privileged information.
        """,
        """
        TIDEWATER HOUSING RIGHTS NETWORK

        Evictions of informal renters in KwaZulu-Natal coastal towns
        Submission to the Special Rapporteur on adequate housing
        """,
        "civil_society",
        ("Tidewater Housing Rights Network",),
    ),
    Variation(
        "shared-en-02",
        "admin",
        "admin@ssww.example.org.np",
        "input for report",
        """
        Dear Sir / Madam,

        Kindly find attached the input of our organisation for the report on the rights
        of older persons in rural areas.

        Thank you.

        Admin & Finance
        Sahayatri Senior Welfare Forum
        Ward No. 4, Pokhara Metropolitan City, Kaski, Nepal
        Phone: 061-555 214, 9846 555 012
        """,
        """
        Sahayatri Senior Welfare Forum
        (Registered with District Administration Office, Kaski)

        Older persons in rural Gandaki Province: pensions, care and isolation
        """,
        "civil_society",
        ("Sahayatri Senior Welfare Forum",),
    ),
    Variation(
        "shared-en-03",
        "Amira Saleh",
        "contact@levantdisability.example.org",
        "RE: Call for inputs – persons with disabilities in armed conflict",
        """
        Dear OHCHR team,

        Further to my call with your office last week, here is our input. Apologies for
        sending it from the shared account; my own inbox is full.

        Best,
        Amira

        Amira Saleh (she/her)
        Advocacy Coordinator
        Levant Disability Rights Alliance
        Hamra Street, Bldg 22, Beirut, Lebanon
        +961 1 555 340 | WhatsApp +961 3 555 118
        levantdisability.example.org | @LevantDRA

        Sent from my iPhone
        """,
        """
        LEVANT DISABILITY RIGHTS ALLIANCE

        Persons with disabilities in armed conflict and displacement: Lebanon and Syria
        """,
        "civil_society",
        ("Levant Disability Rights Alliance",),
    ),
    Variation(
        "shared-en-04",
        "Secretariat",
        "secretariat@pacwash.example.net",
        "Joint submission - water and sanitation in Pacific islands",
        """
        Dear Special Rapporteur,

        On behalf of the Pacific WASH Justice Coalition and three member organisations,
        please find attached our joint submission on water and sanitation in outer
        islands. The endorsing organisations are listed on page 1.

        Warm regards,

        Coalition Secretariat
        Pacific WASH Justice Coalition
        PO Box 15502, Suva, Fiji
        Tel: +679 331 5550
        """,
        """
        JOINT SUBMISSION

        Water and sanitation in the outer islands of Fiji, Tonga and Kiribati

        Submitted by:
        Pacific WASH Justice Coalition (lead)
        Tonga Women's Water Committee
        Kiribati Youth for Clean Water
        Lau Islands Community Health Network
        """,
        "civil_society",
        (
            "Pacific WASH Justice Coalition and 3 others",
            "Pacific WASH Justice Coalition",
        ),
    ),
    Variation(
        "shared-en-05",
        "OFFICE MANAGER",
        "office@ghrn.example.org",
        "Submission GHRN",
        """
        Hello,

        Attached please find GHRN's submission to the call on human rights defenders
        working on environmental issues.

        Kindly acknowledge receipt.

        Office Manager
        Grassroots Human Rights Network – Uganda (GHRN)
        Plot 7, Kira Road, Kampala
        Tel: +256 414 555 901
        Twitter: @GHRN_Uganda
        """,
        """
        Grassroots Human Rights Network – Uganda

        Environmental defenders in the Albertine region: threats, arrests and
        impunity
        """,
        "civil_society",
        (
            "Grassroots Human Rights Network – Uganda (GHRN)",
            "Grassroots Human Rights Network – Uganda",
            "Grassroots Human Rights Network - Uganda (GHRN)",
            "Grassroots Human Rights Network (GHRN)",
            "Grassroots Human Rights Network",
        ),
    ),
    Variation(
        "shared-fr-06",
        "Contact",
        "contact@solidarite-sahel-enfance.example.org",
        "Contribution – appel à contributions sur les enfants talibés",
        """
        Madame, Monsieur,

        Veuillez trouver ci-joint la contribution de notre association concernant la
        situation des enfants talibés dans la région de Saint-Louis.

        Nous restons à votre disposition.

        Bien cordialement,

        Le Bureau
        Solidarité Sahel Enfance
        Quartier Sor, BP 412, Saint-Louis, Sénégal
        Tél. : +221 33 555 12 40 / Port. : +221 77 555 63 08
        www.solidarite-sahel-enfance.example.org
        """,
        """
        SOLIDARITÉ SAHEL ENFANCE
        Association reconnue d'utilité publique

        Les enfants talibés de Saint-Louis : mendicité forcée et accès à l'éducation
        """,
        "civil_society",
        ("Solidarité Sahel Enfance",),
    ),
    Variation(
        "shared-fr-07",
        "Secretariat FIDEL",
        "secretariat@fidel-rdc.example.org",
        "TR: Soumission FIDEL",
        """
        Bonjour,

        ---------- Message transféré ----------
        De : Coordination FIDEL
        Objet : Soumission FIDEL

        Au nom du Forum des intervenants pour la défense des libertés (FIDEL), nous
        avons l'honneur de vous transmettre notre soumission sur les détentions au
        secret à Goma.

        Coordination
        FIDEL asbl
        Avenue du Lac n° 14, Goma, Nord-Kivu, RDC
        +243 99 555 4120
        """,
        """
        Forum des intervenants pour la défense des libertés (FIDEL)

        Détentions au secret et disparitions de courte durée au Nord-Kivu
        """,
        "civil_society",
        (
            "Forum des intervenants pour la défense des libertés (FIDEL)",
            "Forum des intervenants pour la défense des libertés",
        ),
    ),
    Variation(
        "shared-fr-08",
        "accueil",
        "accueil@maison-droits-exiles.example.fr",
        "contribution",
        """
        Bonjour,

        Vous trouverez en pièce jointe la contribution de la Maison des droits des
        exilés de Grenoble. Désolés pour le retard.

        L'équipe d'accueil

        Maison des droits des exilés
        8 rue Très-Cloîtres, 38000 Grenoble
        04 76 55 50 12
        Suivez-nous sur Instagram : @mde_grenoble

        Ce message et ses pièces jointes sont confidentiels et établis à l'intention
        exclusive de ses destinataires.
        """,
        """
        Maison des droits des exilés – Grenoble

        L'accès à l'hébergement d'urgence des personnes exilées en Isère
        """,
        "civil_society",
        (
            "Maison des droits des exilés",
            "Maison des droits des exilés de Grenoble",
            "Maison des droits des exilés – Grenoble",
        ),
    ),
    Variation(
        "shared-es-09",
        "Info",
        "info@redmujeresrurales-hn.example.org",
        "Aporte - convocatoria derecho a la alimentación",
        """
        Buenos días,

        Adjuntamos nuestro aporte para el informe sobre el derecho a la alimentación y
        las mujeres campesinas.

        Saludos cordiales,

        Equipo de Incidencia
        Red de Mujeres Rurales de Intibucá
        La Esperanza, Intibucá, Honduras
        Tel. +504 2783 5550 / Cel. +504 9555 0183
        Facebook: Red de Mujeres Rurales de Intibucá
        """,
        """
        RED DE MUJERES RURALES DE INTIBUCÁ

        Mujeres campesinas y soberanía alimentaria en el occidente de Honduras
        """,
        "civil_society",
        ("Red de Mujeres Rurales de Intibucá",),
    ),
    Variation(
        "shared-es-10",
        "Comunicaciones",
        "comunicaciones@cepaz-ve.example.org",
        "Envío de insumo – personas defensoras",
        """
        Estimados/as:

        Reciban un cordial saludo. En nombre del Centro de Promoción de la Paz y la
        Convivencia remitimos nuestro insumo sobre la situación de las personas
        defensoras en Venezuela.

        Atentamente,

        Coordinación de Comunicaciones
        Centro de Promoción de la Paz y la Convivencia
        Av. Urdaneta, Edif. Centro Plaza, piso 3, Caracas
        +58 212 555 0871
        """,
        """
        Centro de Promoción de la Paz y la Convivencia

        Criminalización de personas defensoras de derechos humanos en Venezuela
        (2024-2026)
        """,
        "civil_society",
        ("Centro de Promoción de la Paz y la Convivencia",),
    ),
    Variation(
        "shared-es-11",
        "Coordinación General",
        "coordinacion@colectivotierraviva.example.org.mx",
        "Aporte conjunto – desplazamiento interno",
        """
        Estimadas personas del equipo de la Relatoría:

        El Colectivo Tierra Viva, junto con otras cinco organizaciones de Guerrero y
        Michoacán, envía el aporte conjunto adjunto sobre desplazamiento forzado interno.

        Saludos solidarios,

        Coordinación General
        Colectivo Tierra Viva A.C.
        Chilpancingo, Guerrero, México
        Tel. (747) 555 0192
        """,
        """
        APORTE CONJUNTO

        Desplazamiento forzado interno en la Sierra de Guerrero y Tierra Caliente

        Organizaciones firmantes:
        Colectivo Tierra Viva A.C. (coordinación)
        Centro Comunitario Tlachinollan del Sur
        Mujeres Unidas de Tierra Caliente
        Red de Familias Desplazadas de Michoacán
        Colectivo Jóvenes por la Sierra
        Comité de Víctimas de Heliodoro Castillo
        """,
        "civil_society",
        (
            "Colectivo Tierra Viva A.C. and 5 others",
            "Colectivo Tierra Viva and 5 others",
            "Colectivo Tierra Viva A.C.",
            "Colectivo Tierra Viva",
        ),
    ),
    Variation(
        "shared-es-12",
        "FUNDACION LUZ DE BARRIO",
        "fundacionluzdebarrio@gmail.example.com",
        "aporte fundacion",
        """
        Buenas tardes

        Les enviamos el documento de la fundación para la convocatoria sobre niñez en
        situación de calle. Cualquier duda nos escriben por este medio.

        Gracias

        Fundación Luz de Barrio
        Barrio La Candelaria, Medellín
        Cel 300 555 4471

        Enviado desde mi Samsung Galaxy
        """,
        """
        Fundación Luz de Barrio
        NIT 900.555.218-4

        Niñas, niños y adolescentes en situación de calle en Medellín
        """,
        "civil_society",
        ("Fundación Luz de Barrio",),
    ),
    # ── a person writes for the organisation ──
    Variation(
        "person-en-01",
        "Okafor, Chiamaka",
        "c.okafor@nigerdeltaenv.example.org.ng",
        "NDEJI submission - oil spills and right to health",
        """
        Dear Special Rapporteur,

        I am pleased to submit, on behalf of my organisation, the attached report on
        oil spills and the right to health in Bayelsa State.

        Yours faithfully,

        Chiamaka Okafor
        Programme Officer, Research & Litigation
        Niger Delta Environmental Justice Initiative (NDEJI)
        No. 12 Azikoro Road, Yenagoa, Bayelsa State, Nigeria
        Office: +234 803 555 0214 | Mobile: +234 809 555 7713
        ndeji.example.org.ng
        """,
        """
        NIGER DELTA ENVIRONMENTAL JUSTICE INITIATIVE

        Oil spills and the right to health in Bayelsa State
        """,
        "civil_society",
        (
            "Niger Delta Environmental Justice Initiative (NDEJI)",
            "Niger Delta Environmental Justice Initiative",
        ),
    ),
    Variation(
        "person-en-02",
        "Tom Whitfield",
        "tom.whitfield@prisonreformtrust-ne.example.org.uk",
        "Call for input: older prisoners",
        """
        Hi there,

        Please see attached. Happy to talk through any of it.

        Tom

        --
        Tom Whitfield (he/him)
        Senior Policy Officer
        North East Prison Voices
        Suite 4, Bamburgh House, Market Street, Newcastle upon Tyne NE1 6JE
        0191 555 0387 | 07700 900 461
        LinkedIn: linkedin.com/company/ne-prison-voices

        North East Prison Voices is a charity registered in England and Wales
        (no. 1154023). This email may contain confidential information.
        """,
        """
        Growing Old Inside: older prisoners in the North East of England

        A response from North East Prison Voices
        """,
        "civil_society",
        ("North East Prison Voices",),
    ),
    Variation(
        "person-en-03",
        "Hana Kobayashi",
        "hana.k@asiasexworkjustice.example.org",
        "Submission on criminalisation and violence",
        """
        Dear OHCHR colleagues,

        Attached is our submission for the report on violence against women in the
        sex industry. It was written with our community partners in four countries.

        Warmly,

        Hana Kobayashi (she/they)
        Regional Coordinator
        Asia Sex Work Justice Network
        Bangkok office: 55/9 Sukhumvit Soi 20, Khlong Toei, Bangkok 10110
        +66 2 555 0312
        """,
        """
        Asia Sex Work Justice Network

        Criminalisation and violence: testimonies from Thailand, Cambodia, Malaysia and
        the Philippines
        """,
        "civil_society",
        ("Asia Sex Work Justice Network",),
    ),
    Variation(
        "person-en-04",
        "DAVID OTIENO",
        "dotieno@mlrc.example.or.ke",
        "Submission",
        """
        Dear Sir/Madam,

        Please find attached our submission on land evictions in Kisumu County.

        Regards,
        David Otieno
        Legal Officer
        Maseno Land Rights Centre
        P.O. Box 4418-40100, Kisumu
        Cell: 0722 555 903

        Sent from my iPhone
        """,
        """
        MASENO LAND RIGHTS CENTRE (MLRC)

        Forced evictions and compensation in Kisumu County
        """,
        "civil_society",
        ("Maseno Land Rights Centre (MLRC)", "Maseno Land Rights Centre"),
    ),
    Variation(
        "person-en-05",
        "Sarah Lindqvist",
        "sarah.lindqvist@globalchildrights.example.org",
        "Children in immigration detention – input",
        """
        Dear members of the Committee secretariat,

        On behalf of Global Child Rights Watch, please find our input attached. We
        would welcome the opportunity to brief the Working Group in June.

        Kind regards,

        Sarah Lindqvist
        Head of Advocacy | Geneva Office
        Global Child Rights Watch
        Rue de Varembé 1, 1202 Geneva, Switzerland
        T +41 22 555 08 17 | M +41 78 555 61 20
        www.globalchildrights.example.org
        Follow us: X @GCRWatch | Instagram @gcrwatch
        """,
        """
        GLOBAL CHILD RIGHTS WATCH

        Children in immigration detention: a global overview 2025-2026
        """,
        "civil_society",
        ("Global Child Rights Watch",),
    ),
    Variation(
        "person-en-06",
        "Maria (personal)",
        "maria.santos.1985@yahoo.example.com",
        "Domestic workers' union input - sending from personal email",
        """
        Dear team,

        Our office email is not working so I am sending the submission of United
        Filipino Domestic Workers in Hong Kong from my own email. Please use
        info@ufdw.example.org.hk for any reply.

        Thank you po,

        Maria Santos
        Chairperson
        United Filipino Domestic Workers in Hong Kong
        """,
        """
        United Filipino Domestic Workers in Hong Kong

        Live-in rule, rest days and the right to social security
        """,
        "civil_society",
        ("United Filipino Domestic Workers in Hong Kong",),
    ),
    Variation(
        "person-fr-07",
        "Diallo Fatoumata",
        "f.diallo@afjg.example.org.gn",
        "Contribution de l'AFJG",
        """
        Madame, Monsieur,

        J'ai l'honneur de vous transmettre la contribution de l'Association des femmes
        juristes de Guinée sur les mariages d'enfants.

        Veuillez agréer mes salutations distinguées.

        Fatoumata Diallo
        Chargée de programme
        Association des femmes juristes de Guinée (AFJG)
        Quartier Kaloum, Conakry
        Tél. : +224 622 55 50 18
        """,
        """
        ASSOCIATION DES FEMMES JURISTES DE GUINÉE

        Les mariages d'enfants en Guinée : état des lieux et recommandations
        """,
        "civil_society",
        (
            "Association des femmes juristes de Guinée (AFJG)",
            "Association des femmes juristes de Guinée",
        ),
    ),
    Variation(
        "person-fr-08",
        "Julien Marchetti",
        "j.marchetti@observatoire-prisons-corse.example.fr",
        "contribution OPC",
        """
        Bonjour,

        Ci-joint notre contribution. Bonne réception.

        Julien

        --
        Julien Marchetti
        Juriste – Pôle enquêtes
        Observatoire des prisons de Corse
        12 cours Napoléon, 20000 Ajaccio
        Tél. 04 95 55 50 31 – Port. 06 55 50 72 14
        Il/lui

        Envoyé de mon iPhone
        """,
        """
        Observatoire des prisons de Corse (OPC)

        Conditions de détention au centre pénitentiaire de Borgo
        """,
        "civil_society",
        ("Observatoire des prisons de Corse (OPC)", "Observatoire des prisons de Corse"),
    ),
    Variation(
        "person-fr-09",
        "Kouassi Yao Serge",
        "sergekouassi@ongaidej.example.ci",
        "SOUMISSION ONG AIDEJ",
        """
        Bonjour Madame, Monsieur,

        L'ONG Action pour l'insertion et le développement des jeunes (AIDEJ) vous fait
        parvenir sa contribution sur le travail des enfants dans les plantations de cacao.

        Cordialement,

        Serge Yao KOUASSI
        Directeur exécutif
        ONG AIDEJ
        Daloa, Côte d'Ivoire
        Cel. : +225 07 55 50 41 92
        """,
        """
        ACTION POUR L'INSERTION ET LE DÉVELOPPEMENT DES JEUNES (AIDEJ)

        Le travail des enfants dans les plantations de cacao du Haut-Sassandra
        """,
        "civil_society",
        (
            "Action pour l'insertion et le développement des jeunes (AIDEJ)",
            "Action pour l'insertion et le développement des jeunes",
            "ONG Action pour l'insertion et le développement des jeunes (AIDEJ)",
        ),
    ),
    Variation(
        "person-fr-10",
        "Nadia Benali",
        "nadia.benali@collectif-tunisien-migrants.example.tn",
        "Contribution conjointe – migrants subsahariens",
        """
        Chères et chers collègues,

        Au nom du Collectif tunisien pour les droits des migrants et de quatre
        associations partenaires, je vous transmets notre contribution conjointe.

        Bien à vous,

        Nadia Benali
        Coordinatrice plaidoyer
        Collectif tunisien pour les droits des migrants
        Rue d'Espagne 21, 1000 Tunis
        +216 71 555 402
        """,
        """
        CONTRIBUTION CONJOINTE

        Expulsions collectives de migrants subsahariens vers les zones frontalières

        Collectif tunisien pour les droits des migrants (chef de file)
        Association Sfax Solidarité
        Réseau Femmes Migrantes Tunisie
        Avocats pour l'accès au droit
        Association Terre d'accueil Médenine
        """,
        "civil_society",
        (
            "Collectif tunisien pour les droits des migrants and 4 others",
            "Collectif tunisien pour les droits des migrants",
        ),
    ),
    Variation(
        "person-es-11",
        "GUTIÉRREZ RAMOS, Ana Lucía",
        "alucia.gutierrez@idl-mujer.example.org.pe",
        "Aporte – violencia obstétrica",
        """
        Estimadas y estimados:

        Por encargo de la dirección, les hago llegar el aporte de nuestra institución.

        Saludos cordiales,

        Ana Lucía Gutiérrez Ramos
        Abogada | Área de Litigio Estratégico
        Instituto de Derechos de la Mujer Andina
        Jr. Huiracocha 1520, Jesús María, Lima 11
        T. (01) 555 0917 | Cel. 987 555 143
        """,
        """
        Instituto de Derechos de la Mujer Andina

        Violencia obstétrica contra mujeres quechuahablantes en Perú
        """,
        "civil_society",
        ("Instituto de Derechos de la Mujer Andina",),
    ),
    Variation(
        "person-es-12",
        "Jorge",
        "jorge.villalba@movimientocampesino-py.example.org",
        "envio aporte",
        """
        Hola,

        Les mando el aporte del Movimiento Campesino de Caaguazú para la convocatoria
        sobre tierras y pueblos rurales. Disculpen el formato.

        Abrazo,

        Jorge Villalba
        Secretario de Relaciones
        Movimiento Campesino de Caaguazú (MCC)
        Coronel Oviedo, Paraguay

        Enviado desde mi iPhone
        """,
        """
        MOVIMIENTO CAMPESINO DE CAAGUAZÚ

        Desalojos campesinos y fumigaciones en el departamento de Caaguazú
        """,
        "civil_society",
        (
            "Movimiento Campesino de Caaguazú (MCC)",
            "Movimiento Campesino de Caaguazú",
        ),
    ),
    Variation(
        "person-es-13",
        "Valeria Ríos",
        "vrios@observatoriodiversidad.example.cl",
        "Insumo Observatorio – personas trans privadas de libertad",
        """
        Estimado equipo:

        Adjunto el insumo del Observatorio de Diversidad Sexual del Biobío.

        Saludos,

        Valeria Ríos (ella)
        Investigadora
        Observatorio de Diversidad Sexual del Biobío
        Concepción, Chile
        +56 9 5550 2281
        Instagram @odsbiobio

        Este correo es confidencial y está dirigido exclusivamente a su destinatario.
        """,
        """
        Personas trans privadas de libertad en la Región del Biobío

        Observatorio de Diversidad Sexual del Biobío
        """,
        "civil_society",
        ("Observatorio de Diversidad Sexual del Biobío",),
    ),
    Variation(
        "person-es-14",
        "Esteban Morales - Amnistía Vecinal",
        "emorales@amnistiavecinal.example.org.ar",
        "Aporte sobre protesta social",
        """
        Estimadas/os:

        Les envío adjunto el aporte de Amnistía Vecinal sobre el uso de la fuerza en
        protestas en el conurbano bonaerense.

        Quedo atento.

        Esteban Morales
        Coordinador de Investigación
        Amnistía Vecinal – Asociación Civil
        Av. Mitre 850, Avellaneda, Buenos Aires
        Tel. +54 11 5555 0139
        """,
        """
        AMNISTÍA VECINAL

        Uso de la fuerza en protestas sociales en el conurbano bonaerense
        """,
        "civil_society",
        (
            "Amnistía Vecinal",
            "Amnistía Vecinal – Asociación Civil",
            "Amnistía Vecinal Asociación Civil",
        ),
    ),
    # ── letterhead: a free-mail address; the organisation only on the letterhead ──
    Variation(
        "letterhead-en-01",
        "k.mensah",
        "kofi.mensah77@gmail.example.com",
        "submission",
        """
        Dear Sir,

        Please find attached.

        Kofi
        """,
        """
        NORTHERN GHANA DISABILITY ADVOCACY FORUM
        P.O. Box TL 1182, Tamale, Northern Region
        "Nothing about us without us"

        Access to inclusive education for children with disabilities in Northern Ghana
        """,
        "civil_society",
        ("Northern Ghana Disability Advocacy Forum",),
    ),
    Variation(
        "letterhead-en-02",
        "Rashid",
        "rashid.h@outlook.example.com",
        "Rohingya women – input",
        """
        Salam,

        Our submission is attached. Thank you for the chance to contribute.

        Rashid Hossain
        Sent from Outlook for Android
        """,
        """
        Rohingya Women's Voice Initiative
        Camp 15, Jamtoli, Ukhiya, Cox's Bazar, Bangladesh

        Education, mobility and safety of Rohingya women and girls in the camps
        """,
        "civil_society",
        (
            "Rohingya Women's Voice Initiative",
            "Rohingya Women’s Voice Initiative",
        ),
    ),
    Variation(
        "letterhead-en-03",
        "",
        "pngtriballand@yahoo.example.com",
        "Submission to Special Rapporteur on Indigenous Peoples",
        """
        Dear Special Rapporteur

        Please see our attached submission about logging on customary land.

        Regards
        """,
        """
        HIGHLANDS CUSTOMARY LANDOWNERS ASSOCIATION INC.
        Mt Hagen, Western Highlands Province, Papua New Guinea

        Logging on customary land without free, prior and informed consent
        """,
        "civil_society",
        (
            "Highlands Customary Landowners Association Inc.",
            "Highlands Customary Landowners Association",
        ),
    ),
    Variation(
        "letterhead-en-04",
        "J. Reyes",
        "jreyes.lawyer@protonmail.example.com",
        "Input – red-tagging",
        """
        Good day,

        Attached is our input on red-tagging of human rights lawyers. Apologies for the
        delay; we had to clear it with our board.

        Thank you.
        """,
        """
        MINDANAO LAWYERS FOR PEOPLE'S RIGHTS
        Room 3, Juna Subdivision, Matina, Davao City 8000

        Red-tagging of human rights lawyers in Mindanao, 2023-2026
        """,
        "civil_society",
        (
            "Mindanao Lawyers for People's Rights",
            "Mindanao Lawyers for People’s Rights",
        ),
    ),
    Variation(
        "letterhead-fr-05",
        "Mamadou",
        "mamadou.kone.bko@gmail.example.com",
        "document",
        """
        Bonjour,

        Je vous envoie le document de notre association.

        Merci
        """,
        """
        ASSOCIATION MALIENNE DES EXPULSÉS (AME-Kayes)
        Antenne de Kayes – BP 215 – Tél. 21 55 50 19

        Les migrants refoulés à la frontière mauritanienne : accueil et réintégration
        """,
        "civil_society",
        (
            "Association malienne des expulsés (AME-Kayes)",
            "Association malienne des expulsés",
            "Association Malienne des Expulsés (AME-Kayes)",
        ),
    ),
    Variation(
        "letterhead-fr-06",
        "Pascale",
        "pascale.d@laposte.example.net",
        "notre contribution",
        """
        Bonjour,

        Voici notre contribution pour votre rapport sur la pauvreté.

        Cordialement,
        Pascale
        """,
        """
        COLLECTIF LES INVISIBLES DU NORD
        Maison des associations – 27 rue Jean-Jaurès – 59300 Valenciennes

        Vivre avec le RSA dans le Valenciennois : témoignages et propositions
        """,
        "civil_society",
        ("Collectif Les Invisibles du Nord", "Collectif les Invisibles du Nord"),
    ),
    Variation(
        "letterhead-es-07",
        "yolanda",
        "yolanda.chub@hotmail.example.com",
        "envio",
        """
        Buenos días les envío el documento de nuestra organización

        Saludos
        """,
        """
        ASOCIACIÓN DE MUJERES MAYAS Q'EQCHI' RAXCHE'
        Cobán, Alta Verapaz, Guatemala

        El acceso al agua de las comunidades q'eqchi' frente a los monocultivos
        """,
        "civil_society",
        (
            "Asociación de Mujeres Mayas Q'eqchi' Raxche'",
            "Asociación de Mujeres Mayas Q’eqchi’ Raxche’",
        ),
    ),
    Variation(
        "letterhead-es-08",
        "Pedro L.",
        "pedrolopez.abogado@gmail.example.com",
        "Aporte convocatoria",
        """
        Estimados,

        Adjunto aporte. Muchas gracias.

        Enviado desde mi iPhone
        """,
        """
        COMITÉ DE FAMILIARES DE PERSONAS PRIVADAS DE LIBERTAD DE GUAYAQUIL
        "Por la vida en las cárceles"

        Masacres carcelarias y respuesta estatal en Ecuador (2021-2026)
        """,
        "civil_society",
        ("Comité de Familiares de Personas Privadas de Libertad de Guayaquil",),
    ),
    # ── acronym in one place, full name in another ──
    Variation(
        "acronym-en-01",
        "CLEAR",
        "hello@clear.example.org.za",
        "CLEAR input",
        """
        Hi,

        CLEAR's input is attached. Shout if anything is unclear (pun intended).

        The CLEAR team
        Cape Town
        """,
        """
        Centre for Land, Environment and Accountability Research (CLEAR)

        Mining-affected communities on the West Coast: water, dust and consultation
        """,
        "civil_society",
        (
            "Centre for Land, Environment and Accountability Research (CLEAR)",
            "Centre for Land, Environment and Accountability Research",
        ),
    ),
    Variation(
        "acronym-en-02",
        "Priyanka Das | HRLN-K",
        "priyanka@hrlnk.example.in",
        "Submission from HRLN-K",
        """
        Dear Madam/Sir,

        Attaching HRLN-K's submission on custodial deaths.

        Regards,
        Priyanka Das
        Associate, HRLN-K
        Kolkata

        ---
        Human Rights Lawyers Network – Kolkata
        """,
        """
        HRLN-K

        Custodial deaths in West Bengal: a review of 48 cases
        """,
        "civil_society",
        (
            "Human Rights Lawyers Network – Kolkata (HRLN-K)",
            "Human Rights Lawyers Network – Kolkata",
            "Human Rights Lawyers Network - Kolkata (HRLN-K)",
            "Human Rights Lawyers Network - Kolkata",
        ),
    ),
    Variation(
        "acronym-en-03",
        "IWRAC Info",
        "info@iwrac.example.org",
        "IWRAC submission",
        """
        Dear OHCHR,

        Please find attached the submission of the Indigenous Women's Rights Action
        Circle on violence against Indigenous women in resource extraction areas.

        In solidarity,

        IWRAC Coordination Team
        Treaty 6 Territory, Edmonton, Alberta
        """,
        """
        IWRAC

        Man camps and violence against Indigenous women in resource extraction areas
        """,
        "civil_society",
        (
            "Indigenous Women's Rights Action Circle (IWRAC)",
            "Indigenous Women's Rights Action Circle",
            "Indigenous Women’s Rights Action Circle (IWRAC)",
        ),
    ),
    Variation(
        "acronym-en-04",
        "Bekele Tadesse",
        "bekele@ehrdp.example.org",
        "EHRDP - input on defenders",
        """
        Dear colleagues,

        EHRDP is pleased to share the attached input on human rights defenders in
        Ethiopia. We request that the names in section 4 be kept confidential.

        Regards,

        Bekele Tadesse
        Executive Director
        East Horn Human Rights Defenders Project (EHRDP)
        Nairobi, Kenya (in exile)
        +254 711 555 208
        """,
        """
        EAST HORN HUMAN RIGHTS DEFENDERS PROJECT

        Human rights defenders in Ethiopia: arrests, exile and transnational repression
        """,
        "civil_society",
        (
            "East Horn Human Rights Defenders Project (EHRDP)",
            "East Horn Human Rights Defenders Project",
        ),
    ),
    Variation(
        "acronym-fr-05",
        "RADHOM",
        "radhom@radhom.example.ne",
        "Contribution RADHOM",
        """
        Madame, Monsieur,

        Le RADHOM vous adresse ci-joint sa contribution.

        Salutations,

        Le Secrétaire exécutif
        Niamey
        """,
        """
        Réseau d'action pour les droits humains au Niger (RADHOM)

        Libertés d'expression et de réunion au Niger depuis juillet 2023
        """,
        "civil_society",
        (
            "Réseau d'action pour les droits humains au Niger (RADHOM)",
            "Réseau d'action pour les droits humains au Niger",
        ),
    ),
    Variation(
        "acronym-fr-06",
        "Lucie Tremblay",
        "ltremblay@cqdl.example.qc.ca",
        "Soumission – CQDL",
        """
        Bonjour,

        Vous trouverez ci-joint la soumission de la Coalition québécoise pour le droit
        au logement sur l'itinérance autochtone à Montréal.

        Cordialement,

        Lucie Tremblay
        Agente de recherche
        CQDL
        1710, rue Beaudry, Montréal (Québec) H2L 3E7
        514 555-0148
        Elle/la
        """,
        """
        CQDL

        L'itinérance autochtone à Montréal : données 2025 et recommandations
        """,
        "civil_society",
        (
            "Coalition québécoise pour le droit au logement (CQDL)",
            "Coalition québécoise pour le droit au logement",
        ),
    ),
    Variation(
        "acronym-fr-07",
        "Secrétariat ADDF",
        "addf.secretariat@gmail.example.com",
        "Soumission ADDF - Haïti",
        """
        Bonjour,

        Veuillez trouver ci-joint la soumission de l'ADDF sur les violences sexuelles
        commises par les gangs dans la zone métropolitaine de Port-au-Prince.

        Cordialement,

        Secrétariat exécutif
        Action pour la défense des droits des femmes (ADDF)
        Delmas 33, Port-au-Prince
        +509 3755 0124
        """,
        """
        ADDF – HAÏTI

        Violences sexuelles commises par les gangs à Port-au-Prince
        """,
        "civil_society",
        (
            "Action pour la défense des droits des femmes (ADDF)",
            "Action pour la défense des droits des femmes",
        ),
    ),
    Variation(
        "acronym-es-08",
        "CORDEPAZ",
        "cordepaz@cordepaz.example.org.co",
        "Aporte CORDEPAZ",
        """
        Cordial saludo,

        Remitimos el aporte de CORDEPAZ para la convocatoria.

        Atentamente,

        Dirección Ejecutiva
        CORDEPAZ
        Cúcuta, Norte de Santander
        """,
        """
        Corporación Regional para la Defensa de la Paz y los Derechos (CORDEPAZ)

        Reclutamiento de niñas, niños y adolescentes en el Catatumbo
        """,
        "civil_society",
        (
            "Corporación Regional para la Defensa de la Paz y los Derechos (CORDEPAZ)",
            "Corporación Regional para la Defensa de la Paz y los Derechos",
        ),
    ),
    Variation(
        "acronym-es-09",
        "Lucía Fernández | CEJUR",
        "lfernandez@cejur.example.org.bo",
        "Insumo del CEJUR",
        """
        Estimados señores:

        Adjunto el insumo del Centro de Estudios Jurídicos y Reforma Penal sobre
        detención preventiva.

        Atentamente,

        Lucía Fernández
        Investigadora asociada
        CEJUR
        Calle Sucre 412, Cochabamba, Bolivia
        """,
        """
        CEJUR

        La detención preventiva en Bolivia: cifras 2025
        """,
        "civil_society",
        (
            "Centro de Estudios Jurídicos y Reforma Penal (CEJUR)",
            "Centro de Estudios Jurídicos y Reforma Penal",
        ),
    ),
    Variation(
        "acronym-es-10",
        "Red DESC-CA",
        "red@desc-ca.example.org",
        "Aporte de la Red DESC-CA",
        """
        Estimadas y estimados:

        La Red Centroamericana por los Derechos Económicos, Sociales y Culturales
        (Red DESC-CA) remite su aporte sobre pobreza extrema y migración forzada.

        Saludos cordiales,

        Secretaría Técnica
        San Salvador, El Salvador
        """,
        """
        Red DESC-CA

        Pobreza extrema y migración forzada en el Triángulo Norte
        """,
        "civil_society",
        (
            "Red Centroamericana por los Derechos Económicos, Sociales y Culturales (Red DESC-CA)",
            "Red Centroamericana por los Derechos Económicos, Sociales y Culturales",
        ),
    ),
    # ── the organisation's name in two languages ──
    Variation(
        "bilingual-en-01",
        "Info - Ottawa Refugee Legal Network",
        "info@orln-rjro.example.ca",
        "ORLN submission / Soumission du RJRO",
        """
        Dear Working Group / Madame, Monsieur,

        Please find attached our submission on immigration detention in provincial jails.

        Ottawa Refugee Legal Network | Réseau juridique pour les réfugiés d'Ottawa
        251 Bank Street, Suite 300, Ottawa ON K2P 1X3
        613-555-0177
        """,
        """
        Ottawa Refugee Legal Network (ORLN)
        Réseau juridique pour les réfugiés d'Ottawa (RJRO)

        Immigration detention in provincial jails
        """,
        "civil_society",
        (
            "Ottawa Refugee Legal Network (ORLN)",
            "Ottawa Refugee Legal Network",
            "Ottawa Refugee Legal Network / Réseau juridique pour les réfugiés d'Ottawa",
        ),
    ),
    Variation(
        "bilingual-en-02",
        "Marc Janssens",
        "marc.janssens@bxl-romarights.example.be",
        "Submission on Roma evictions in Brussels",
        """
        Dear Special Rapporteur,

        Please find attached our submission on evictions of Roma families in Brussels.

        Best regards,

        Marc Janssens
        Policy officer
        Roma Rechten Brussel / Droits des Roms Bruxelles vzw-asbl
        Rue Haute 160, 1000 Brussels
        +32 2 555 04 81
        """,
        """
        Roma Rechten Brussel – Droits des Roms Bruxelles

        Evictions of Roma families in the Brussels-Capital Region
        """,
        "civil_society",
        (
            "Roma Rechten Brussel – Droits des Roms Bruxelles",
            "Roma Rechten Brussel / Droits des Roms Bruxelles",
            "Roma Rechten Brussel - Droits des Roms Bruxelles",
            "Droits des Roms Bruxelles",
            "Roma Rechten Brussel",
        ),
    ),
    Variation(
        "bilingual-en-03",
        "Aroha Walker",
        "aroha@tematauranga.example.org.nz",
        "Submission - Indigenous children in state care",
        """
        Tēnā koutou,

        Please find attached our submission on Māori children in state care.

        Ngā mihi,

        Aroha Walker
        Kaiwhakahaere | Manager
        Te Whare Tiaki Tamariki – Children's Guardianship Trust
        Rotorua, Aotearoa New Zealand
        027 555 0193
        """,
        """
        Te Whare Tiaki Tamariki – Children's Guardianship Trust

        Māori children in state care: the continuing harm
        """,
        "civil_society",
        (
            "Te Whare Tiaki Tamariki – Children's Guardianship Trust",
            "Te Whare Tiaki Tamariki - Children's Guardianship Trust",
            "Te Whare Tiaki Tamariki",
        ),
    ),
    Variation(
        "bilingual-fr-04",
        "Ligue Suisse",
        "info@ligue-droits-sans-papiers.example.ch",
        "Contribution / Beitrag",
        """
        Madame, Monsieur,

        Veuillez trouver ci-joint notre contribution sur l'accès aux soins des personnes
        sans statut légal.

        Avec nos meilleures salutations,

        Ligue suisse pour les droits des sans-papiers
        Schweizerische Liga für die Rechte der Sans-Papiers
        Case postale 1123, 1211 Genève 1
        """,
        """
        Ligue suisse pour les droits des sans-papiers

        L'accès aux soins des personnes sans statut légal en Suisse
        """,
        "civil_society",
        ("Ligue suisse pour les droits des sans-papiers",),
    ),
    Variation(
        "bilingual-fr-05",
        "Théo Ndayisaba",
        "t.ndayisaba@bmrights.example.org",
        "Contribution - Burundi",
        """
        Bonjour,

        Je vous transmets notre contribution en français et en anglais.

        Théo Ndayisaba
        Chargé de recherche
        Burundi Monitor for Rights / Observatoire burundais des droits (BMR-OBD)
        Kigali, Rwanda
        """,
        """
        Observatoire burundais des droits – Burundi Monitor for Rights

        Disparitions forcées au Burundi : 2024-2026
        """,
        "civil_society",
        (
            "Observatoire burundais des droits",
            "Burundi Monitor for Rights",
            "Observatoire burundais des droits – Burundi Monitor for Rights",
            "Burundi Monitor for Rights / Observatoire burundais des droits (BMR-OBD)",
        ),
    ),
    Variation(
        "bilingual-es-06",
        "Comunicaciones Coordinadora",
        "comunicaciones@ccpi.example.org",
        "Aporte / Contribution",
        """
        Estimadas/os – Dear colleagues,

        Adjuntamos nuestro aporte sobre consulta previa en proyectos de litio.

        Coordinadora de Comunidades Puneñas Indígenas
        Coordination of Indigenous Puna Communities
        Purmamarca, Jujuy, Argentina
        """,
        """
        Coordinadora de Comunidades Puneñas Indígenas

        Consulta previa, libre e informada y la explotación de litio en la Puna
        """,
        "civil_society",
        ("Coordinadora de Comunidades Puneñas Indígenas",),
    ),
    Variation(
        "bilingual-es-07",
        "Lisa Hernández",
        "lhernandez@borderlandsjusticia.example.org",
        "Submission / Aporte – deaths at the border",
        """
        Hola, hi,

        Attached is our submission (English) with a Spanish summary.

        Lisa Hernández (she/ella)
        Directora de Programas | Program Director
        Borderlands Justicia Project
        El Paso, Texas / Ciudad Juárez, Chihuahua
        +1 915 555 0143
        """,
        """
        Borderlands Justicia Project

        Deaths in the desert: migrant fatalities along the El Paso sector
        """,
        "civil_society",
        ("Borderlands Justicia Project",),
    ),
    # ── NGOs that name a State, or have State-like words in their name ──
    Variation(
        "ngostate-en-01",
        "Hamid Karimi",
        "hkarimi@afghanwomenembassy.example.org",
        "Submission - Afghan women's rights",
        """
        Dear Special Rapporteur,

        The Government of Afghanistan's de facto authorities continue to exclude women
        from public life. Our submission documents 212 cases of women detained for
        moral offences.

        Sincerely,

        Hamid Karimi
        Research Director
        Afghan Women's People Embassy
        (an independent civil society initiative)
        London, United Kingdom
        """,
        """
        AFGHAN WOMEN'S PEOPLE EMBASSY

        Detention of women for "moral offences" under the de facto authorities
        """,
        "civil_society",
        ("Afghan Women's People Embassy", "Afghan Women’s People Embassy"),
    ),
    Variation(
        "ngostate-en-02",
        "Standing Mission Monitor",
        "contact@smmonitor.example.org",
        "Observations on the Republic of Belarus",
        """
        Dear members of the Working Group,

        Standing Mission Monitor monitors States' engagement with UN mechanisms. Our
        attached submission concerns the Republic of Belarus's treatment of political
        prisoners.

        Respectfully,

        Standing Mission Monitor
        Vilnius, Lithuania
        """,
        """
        PERMANENT MISSION WATCH
        Independent monitoring of States at the United Nations

        Political prisoners in Belarus
        """,
        "civil_society",
        ("Standing Mission Monitor",),
    ),
    Variation(
        "ngostate-en-03",
        "Kim Soo-jin",
        "soojin.kim@nkhrdb.example.or.kr",
        "DPRK detention - submission",
        """
        Dear Sir/Madam,

        On behalf of the North Korea Human Rights Documentation Bureau, I attach our
        submission on the Democratic People's Republic of Korea's detention facilities.

        Kim Soo-jin
        Senior Researcher
        North Korea Human Rights Documentation Bureau
        Seoul, Republic of Korea
        +82 2 555 0917
        """,
        """
        North Korea Human Rights Documentation Bureau

        Forced labour in DPRK detention facilities: testimony of 60 escapees
        """,
        "civil_society",
        ("North Korea Human Rights Documentation Bureau",),
    ),
    Variation(
        "ngostate-en-04",
        "Office of the Director",
        "director@eritreanlegalaid.example.org",
        "Input: national service and arbitrary detention in Eritrea",
        """
        Excellency,

        We have the honour to transmit the input of Eritrean Legal Aid Network on
        indefinite national service and arbitrary detention in the State of Eritrea.

        Please accept the assurances of our highest consideration.

        Office of the Director
        Eritrean Legal Aid Network
        Kampala, Uganda
        """,
        """
        Eritrean Legal Aid Network

        Indefinite national service and arbitrary detention in the State of Eritrea
        """,
        "civil_society",
        ("Eritrean Legal Aid Network",),
    ),
    Variation(
        "ngostate-fr-05",
        "République des Droits",
        "contact@republiquedesdroits.example.fr",
        "Note sur la France",
        """
        Madame, Monsieur,

        L'association République des Droits a l'honneur de vous transmettre une note sur
        les contrôles d'identité discriminatoires pratiqués par la République française.

        Veuillez agréer l'expression de notre haute considération.

        Le Président
        République des Droits – association loi 1901
        Paris
        """,
        """
        RÉPUBLIQUE DES DROITS

        Contrôles d'identité discriminatoires en France
        """,
        "civil_society",
        ("République des Droits",),
    ),
    Variation(
        "ngostate-fr-06",
        "Ministère des Pauvres",
        "contact@ministeredespauvres.example.cd",
        "Contribution - extrême pauvreté",
        """
        Bonjour,

        Le Ministère des Pauvres, collectif citoyen de Kinshasa, vous transmet sa
        contribution sur l'extrême pauvreté dans les quartiers périphériques.

        Fraternellement,

        Coordination
        Ministère des Pauvres (collectif citoyen)
        Commune de Masina, Kinshasa
        """,
        """
        MINISTÈRE DES PAUVRES – Collectif citoyen

        L'extrême pauvreté dans les quartiers périphériques de Kinshasa
        """,
        "civil_society",
        ("Ministère des Pauvres",),
    ),
    Variation(
        "ngostate-es-07",
        "Embajada Ciudadana",
        "embajadaciudadana@gmail.example.com",
        "Informe sobre Nicaragua",
        """
        Estimados:

        La Embajada Ciudadana por Nicaragua, red de personas exiliadas en Costa Rica,
        remite su informe sobre la privación arbitraria de la nacionalidad por parte
        del Gobierno de Nicaragua.

        Atentamente,

        Embajada Ciudadana por Nicaragua
        San José, Costa Rica
        """,
        """
        EMBAJADA CIUDADANA POR NICARAGUA

        Privación arbitraria de la nacionalidad y apatridia de personas opositoras
        """,
        "civil_society",
        ("Embajada Ciudadana por Nicaragua",),
    ),
    Variation(
        "ngostate-es-08",
        "Rodrigo Paz",
        "rpaz@observatoriocuba.example.org",
        "Aporte sobre la República de Cuba",
        """
        Distinguidos miembros del Grupo de Trabajo:

        Tengo el honor de remitir el aporte del Observatorio Cubano de Derechos
        Laborales sobre el trabajo forzoso en las misiones médicas del Estado cubano.

        Rodrigo Paz
        Director
        Observatorio Cubano de Derechos Laborales
        Madrid, España
        +34 91 555 0213
        """,
        """
        Observatorio Cubano de Derechos Laborales

        Trabajo forzoso en las misiones médicas internacionales de Cuba
        """,
        "civil_society",
        ("Observatorio Cubano de Derechos Laborales",),
    ),
    # ── Member States: notes verbales, ministries, missions ──
    Variation(
        "state-en-01",
        "Mission of Ireland Geneva",
        "genevapmun@dfa.example.ie",
        "Note Verbale - Ireland - call for inputs",
        """
        Dear colleagues,

        Please find attached a Note Verbale and Ireland's response to the call for
        inputs on the rights of persons with disabilities to work.

        Kind regards,

        Human Rights Section
        Permanent Mission of Ireland to the United Nations at Geneva
        Rue de Moillebeau 58, 1209 Geneva
        """,
        """
        PERMANENT MISSION OF IRELAND
        GENEVA

        No. 2026/117

        The Permanent Mission of Ireland to the United Nations Office at Geneva presents
        its compliments to the Office of the United Nations High Commissioner for Human
        Rights and has the honour to transmit Ireland's response to the call for inputs.
        """,
        "member_state",
        ("Ireland",),
        "IRL",
    ),
    Variation(
        "state-en-02",
        "Santos, Ma. Cristina",
        "mcsantos@dfa.example.gov.ph",
        "PH inputs - migrant workers",
        """
        Good day,

        Attached are the inputs of the Philippines, consolidated from the Department of
        Migrant Workers and the Department of Justice.

        Respectfully,

        Ma. Cristina Santos
        Foreign Service Officer IV
        Office of United Nations and International Organizations
        Department of Foreign Affairs
        2330 Roxas Boulevard, Pasay City
        """,
        """
        Republic of the Philippines
        Department of Foreign Affairs

        Inputs of the Philippines on the protection of migrant workers
        """,
        "member_state",
        ("Philippines", "Republic of the Philippines"),
        "PHL",
    ),
    Variation(
        "state-en-03",
        "Principal Secretary - State Department for Labour",
        "ps.labour@labour.example.go.ke",
        "KENYA: Response to questionnaire",
        """
        Dear Sir/Madam,

        Kindly find attached Kenya's response to the questionnaire on informal workers
        and social protection.

        Yours faithfully,

        FOR: PRINCIPAL SECRETARY
        State Department for Labour and Skills Development
        Ministry of Labour and Social Protection
        NSSF Building, Bishops Road, Nairobi
        """,
        """
        REPUBLIC OF KENYA
        MINISTRY OF LABOUR AND SOCIAL PROTECTION

        Response to the questionnaire on informal workers and social protection
        """,
        "member_state",
        ("Kenya",),
        "KEN",
    ),
    Variation(
        "state-en-04",
        "Emma Clarke",
        "emma.clarke@mfat.example.govt.nz",
        "New Zealand input",
        """
        Kia ora,

        Please find attached New Zealand's input. Let me know if you need anything else.

        Ngā mihi,

        Emma Clarke (she/her)
        Policy Officer | Human Rights Unit
        Multilateral and Legal Affairs Group
        Manatū Aorere | Ministry of Foreign Affairs and Trade
        195 Lambton Quay, Wellington 6011

        This email may contain information that is confidential or legally privileged.
        """,
        """
        New Zealand input to the call for inputs on climate change and the rights of
        Pacific peoples
        """,
        "member_state",
        ("New Zealand",),
        "NZL",
    ),
    Variation(
        "state-en-05",
        "ghanamission",
        "ghanamission.geneva@gmail.example.com",
        "NOTE VERBALE",
        """
        Good afternoon,

        Please find attached a Note Verbale from the Permanent Mission of the Republic
        of Ghana together with Ghana's contribution.

        Thank you.

        Permanent Mission of Ghana
        Geneva
        """,
        """
        PERMANENT MISSION OF THE REPUBLIC OF GHANA TO THE UNITED NATIONS OFFICE AND
        OTHER INTERNATIONAL ORGANIZATIONS IN GENEVA

        Ref: PMG/HR/26/09

        The Permanent Mission of the Republic of Ghana presents its compliments to the
        Office of the High Commissioner for Human Rights and has the honour to forward
        Ghana's contribution.
        """,
        "member_state",
        ("Ghana",),
        "GHA",
    ),
    Variation(
        "state-en-06",
        "Dewi Lestari",
        "dewi.lestari@kemlu.example.go.id",
        "Indonesia's contribution",
        """
        Dear Secretariat,

        With reference to your call for inputs, please find attached Indonesia's
        contribution.

        Best regards,

        Dewi Lestari
        Directorate of Human Rights and Humanitarian Affairs
        Ministry of Foreign Affairs of the Republic of Indonesia
        Jl. Taman Pejambon No. 6, Jakarta
        """,
        """
        Contribution of the Government of the Republic of Indonesia on the right to
        education of children of migrant workers
        """,
        "member_state",
        ("Indonesia", "Republic of Indonesia"),
        "IDN",
    ),
    Variation(
        "state-en-07",
        "BROWN Andre",
        "andre.brown@mfaft.example.gov.jm",
        "Jamaica - response",
        """
        Good morning,

        Attached please find Jamaica's response. Kindly acknowledge receipt.

        Andre Brown
        Foreign Service Officer
        International Organisations Department
        Ministry of Foreign Affairs and Foreign Trade
        21 Dominica Drive, Kingston 5, Jamaica
        Tel: (876) 555-0178

        Sent from my iPhone
        """,
        """
        GOVERNMENT OF JAMAICA

        Response to the questionnaire on the rights of older persons
        """,
        "member_state",
        ("Jamaica",),
        "JAM",
    ),
    Variation(
        "state-fr-08",
        "Mission permanente Côte d'Ivoire",
        "mpci.geneve@diplomatie.example.gouv.ci",
        "Note verbale – contribution de la Côte d'Ivoire",
        """
        Madame, Monsieur,

        Veuillez trouver ci-joint la note verbale de la Mission permanente ainsi que la
        contribution de la Côte d'Ivoire.

        Cordialement,

        Service des droits de l'homme
        Mission permanente de la République de Côte d'Ivoire auprès de l'Office des
        Nations Unies à Genève
        """,
        """
        MISSION PERMANENTE DE LA RÉPUBLIQUE DE CÔTE D'IVOIRE

        N° 0412/MPCI/GVA/2026

        La Mission permanente de la République de Côte d'Ivoire auprès de l'Office des
        Nations Unies à Genève présente ses compliments au Haut-Commissariat aux droits
        de l'homme et a l'honneur de lui transmettre la contribution de la Côte d'Ivoire.
        """,
        "member_state",
        ("Côte d'Ivoire", "Côte d’Ivoire"),
        "CIV",
    ),
    Variation(
        "state-fr-09",
        "Sami Trabelsi",
        "s.trabelsi@diplomatie.example.gov.tn",
        "Réponse de la Tunisie au questionnaire",
        """
        Bonjour,

        Je vous prie de trouver ci-joint la réponse de la Tunisie au questionnaire.

        Cordialement,

        Sami Trabelsi
        Conseiller des affaires étrangères
        Direction des droits de l'homme
        Ministère des Affaires étrangères, de la Migration et des Tunisiens à l'étranger
        Tunis
        """,
        """
        République tunisienne

        Réponse au questionnaire sur le droit à l'eau potable
        """,
        "member_state",
        ("Tunisia", "Tunisie"),
        "TUN",
    ),
    Variation(
        "state-fr-10",
        "Weber Claude",
        "claude.weber@mae.example.etat.lu",
        "Contribution du Luxembourg",
        """
        Madame, Monsieur,

        Vous trouverez ci-joint la contribution du Grand-Duché de Luxembourg.

        Bien à vous,

        Claude Weber
        Attaché de légation
        Direction des affaires politiques – Droits de l'homme
        Ministère des Affaires étrangères et européennes
        9, rue du Palais de Justice, L-1841 Luxembourg
        Tél. +352 247-85555
        """,
        """
        Contribution du Grand-Duché de Luxembourg à l'appel à contributions sur les
        entreprises et les droits de l'homme
        """,
        "member_state",
        ("Luxembourg",),
        "LUX",
    ),
    Variation(
        "state-fr-11",
        "Jean-Robert (perso)",
        "jrobert.pierre@hotmail.example.com",
        "Haïti – contribution",
        """
        Bonjour,

        Je vous transmets depuis mon adresse personnelle la contribution d'Haïti,
        préparée par le Ministère des Affaires étrangères et des Cultes. La note
        verbale suivra.

        Cordialement,

        Jean-Robert Pierre
        Conseiller
        Mission permanente d'Haïti auprès de l'Office des Nations Unies à Genève
        """,
        """
        RÉPUBLIQUE D'HAÏTI

        Contribution d'Haïti sur les personnes déplacées internes
        """,
        "member_state",
        ("Haiti", "Haïti"),
        "HTI",
    ),
    Variation(
        "state-es-12",
        "Misión de Chile Ginebra",
        "mchile.ginebra@minrel.example.gob.cl",
        "Nota verbal - Chile",
        """
        Estimados:

        Adjunto nota verbal y aporte de Chile a la convocatoria. Saludos.

        Misión Permanente de Chile ante la Oficina de las Naciones Unidas y otros
        Organismos Internacionales en Ginebra
        Chemin de Louis-Dunant 58, 1202 Ginebra
        """,
        """
        MISIÓN PERMANENTE DE CHILE

        N.º 088/2026

        La Misión Permanente de Chile saluda atentamente a la Oficina del Alto
        Comisionado y tiene el honor de remitir el aporte del Estado de Chile.
        """,
        "member_state",
        ("Chile",),
        "CHL",
    ),
    Variation(
        "state-es-13",
        "Dirección de Derechos Humanos - Cancillería",
        "ddhh@cancilleria.example.gob.ec",
        "Respuesta del Ecuador",
        """
        De mi consideración:

        Se remite la respuesta del Ecuador al cuestionario sobre defensores ambientales.

        Atentamente,

        Dirección de Derechos Humanos y Paz
        Ministerio de Relaciones Exteriores y Movilidad Humana
        Av. 10 de Agosto y Carrión, Quito
        """,
        """
        REPÚBLICA DEL ECUADOR

        Respuesta al cuestionario sobre personas defensoras del ambiente
        """,
        "member_state",
        ("Ecuador",),
        "ECU",
    ),
    Variation(
        "state-es-14",
        "Andrea Solís Vargas",
        "asolis@rree.example.go.cr",
        "Costa Rica - insumos",
        """
        Estimados señores:

        Adjunto los insumos de Costa Rica. Quedo a sus órdenes.

        Andrea Solís Vargas
        Ministra Consejera
        Dirección General de Política Exterior
        Ministerio de Relaciones Exteriores y Culto
        San José, Costa Rica
        Tel. (506) 2539-5555

        AVISO DE CONFIDENCIALIDAD: Este mensaje es para uso exclusivo de su destinatario.
        """,
        """
        Insumos del Gobierno de la República de Costa Rica
        """,
        "member_state",
        ("Costa Rica",),
        "CRI",
    ),
    Variation(
        "state-es-15",
        "COPADEH",
        "cooperacion@copadeh.example.gob.gt",
        "Informe de Guatemala",
        """
        Estimados:

        Se adjunta el informe del Estado de Guatemala, elaborado por la Comisión
        Presidencial por la Paz y los Derechos Humanos.

        Atentamente,

        Unidad de Cooperación Internacional
        COPADEH
        Guatemala, C.A.
        """,
        """
        GOBIERNO DE GUATEMALA
        Comisión Presidencial por la Paz y los Derechos Humanos (COPADEH)

        Informe del Estado de Guatemala
        """,
        "member_state",
        ("Guatemala",),
        "GTM",
    ),
    Variation(
        "state-es-16",
        "Ignacio Ruiz",
        "ignacio.ruiz@maec.example.es",
        "Contribución de España",
        """
        Buenos días:

        Adjunto la contribución de España a la convocatoria sobre la vivienda asequible.

        Un saludo,

        Ignacio Ruiz Montero
        Consejero
        Oficina de Derechos Humanos
        Ministerio de Asuntos Exteriores, Unión Europea y Cooperación
        Plaza de la Provincia 1, 28012 Madrid
        """,
        """
        Contribución del Reino de España
        """,
        "member_state",
        ("Spain", "España"),
        "ESP",
    ),
    # ── national human rights institutions and ombudspersons ──
    Variation(
        "nhri-en-01",
        "KNCHR Complaints & Investigations",
        "haki@knchr.example.org",
        "KNCHR Submission",
        """
        Dear Sir/Madam,

        Please find attached the submission of the Kenya National Commission on Human
        Rights on enforced disappearances.

        Regards,

        Research and Advocacy Department
        Kenya National Commission on Human Rights
        CVS Plaza, Lenana Road, Nairobi
        Tel: +254 20 555 9000 | Toll free: 0800 720 627
        """,
        """
        KENYA NATIONAL COMMISSION ON HUMAN RIGHTS

        Enforced disappearances and extrajudicial killings in Kenya, 2024-2026
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
        "Rebecca Liu",
        "rebecca.liu@humanrights.example.gov.au",
        "AHRC submission",
        """
        Hi all,

        Attached is the Commission's submission. Happy to set up a call.

        Cheers,
        Rebecca

        Rebecca Liu | Senior Policy Officer
        Australian Human Rights Commission
        Level 3, 175 Pitt Street, Sydney NSW 2000
        T +61 2 9284 5555
        humanrights.example.gov.au

        I acknowledge the Traditional Owners of the lands on which I work.
        """,
        """
        Australian Human Rights Commission

        Submission on the rights of older persons in residential aged care
        """,
        "nhri",
        ("Australian Human Rights Commission (AHRC)", "Australian Human Rights Commission"),
        "AUS",
    ),
    Variation(
        "nhri-en-03",
        "CHR Philippines",
        "chr.international@chr.example.gov.ph",
        "Submission of the Commission on Human Rights",
        """
        Greetings!

        The Commission on Human Rights of the Philippines respectfully submits the
        attached input on the situation of internally displaced persons in Mindanao.

        International Cooperation Office
        Commission on Human Rights of the Philippines
        SAAC Bldg., Commonwealth Avenue, Diliman, Quezon City
        """,
        """
        COMMISSION ON HUMAN RIGHTS
        Republic of the Philippines

        Internally displaced persons in Mindanao
        """,
        "nhri",
        (
            "Commission on Human Rights of the Philippines (CHR)",
            "Commission on Human Rights of the Philippines",
            "Commission on Human Rights (CHR)",
        ),
        "PHL",
    ),
    Variation(
        "nhri-fr-04",
        "CNCDH",
        "cncdh@cncdh.example.fr",
        "Contribution de la CNCDH",
        """
        Madame, Monsieur,

        La Commission nationale consultative des droits de l'homme a l'honneur de vous
        transmettre sa contribution relative à la lutte contre le racisme.

        Le Secrétariat général
        CNCDH
        20 avenue de Ségur – TSA 40720 – 75334 Paris Cedex 07
        """,
        """
        COMMISSION NATIONALE CONSULTATIVE DES DROITS DE L'HOMME

        Contribution à l'appel sur le racisme systémique
        """,
        "nhri",
        (
            "Commission nationale consultative des droits de l'homme (CNCDH)",
            "Commission nationale consultative des droits de l'homme",
        ),
        "FRA",
    ),
    Variation(
        "nhri-fr-05",
        "Yassine El Amrani",
        "y.elamrani@cndh.example.org.ma",
        "Contribution du CNDH",
        """
        Madame, Monsieur,

        Je vous prie de trouver ci-joint la contribution du Conseil national des droits
        de l'Homme du Royaume du Maroc.

        Cordialement,

        Yassine El Amrani
        Chargé de mission – Coopération internationale
        Conseil national des droits de l'Homme
        Place Ach-Chouhada, Rabat
        """,
        """
        ROYAUME DU MAROC
        CONSEIL NATIONAL DES DROITS DE L'HOMME

        Contribution sur l'effectivité du droit à la santé
        """,
        "nhri",
        (
            "Conseil national des droits de l'Homme (CNDH)",
            "Conseil national des droits de l'Homme",
            "Conseil national des droits de l'Homme du Maroc",
        ),
        "MAR",
    ),
    Variation(
        "nhri-es-06",
        "CNDH México - Asuntos Internacionales",
        "internacional@cndh.example.org.mx",
        "Aporte de la CNDH",
        """
        Estimados:

        La Comisión Nacional de los Derechos Humanos remite su aporte sobre personas
        migrantes en estaciones migratorias.

        Atentamente,

        Dirección General de Asuntos Internacionales
        Comisión Nacional de los Derechos Humanos
        Periférico Sur 3469, Ciudad de México
        """,
        """
        COMISIÓN NACIONAL DE LOS DERECHOS HUMANOS
        MÉXICO

        Personas migrantes en estaciones migratorias
        """,
        "nhri",
        (
            "Comisión Nacional de los Derechos Humanos (CNDH)",
            "Comisión Nacional de los Derechos Humanos",
            "Comisión Nacional de los Derechos Humanos de México",
        ),
        "MEX",
    ),
    Variation(
        "nhri-es-07",
        "Milagros Quispe",
        "mquispe@defensoria.example.gob.pe",
        "Aporte Defensoría del Pueblo Perú",
        """
        Buenas tardes,

        Remito el aporte de la Defensoría del Pueblo sobre conflictos socioambientales.

        Saludos,

        Milagros Quispe
        Adjuntía para la Prevención de Conflictos Sociales
        Defensoría del Pueblo
        Jr. Ucayali 394-398, Lima
        """,
        """
        DEFENSORÍA DEL PUEBLO DEL PERÚ

        Conflictos socioambientales y derechos de los pueblos indígenas
        """,
        "nhri",
        ("Defensoría del Pueblo del Perú", "Defensoría del Pueblo"),
        "PER",
    ),
    Variation(
        "nhri-es-08",
        "PDDH El Salvador",
        "pddh.internacional@pddh.example.gob.sv",
        "Insumo PDDH",
        """
        Reciban un cordial saludo.

        Adjuntamos el insumo de la Procuraduría para la Defensa de los Derechos Humanos
        sobre el régimen de excepción.

        Atentamente,
        Unidad de Relaciones Internacionales
        PDDH
        San Salvador
        """,
        """
        PROCURADURÍA PARA LA DEFENSA DE LOS DERECHOS HUMANOS
        EL SALVADOR

        Detenciones durante el régimen de excepción
        """,
        "nhri",
        (
            "Procuraduría para la Defensa de los Derechos Humanos (PDDH)",
            "Procuraduría para la Defensa de los Derechos Humanos",
            "Procuraduría para la Defensa de los Derechos Humanos de El Salvador",
        ),
        "SLV",
    ),
    # ── United Nations and regional intergovernmental bodies ──
    Variation(
        "igo-en-01",
        "Nadia Farouk",
        "nfarouk@unicef.example.org",
        "UNICEF input - children on the move",
        """
        Dear colleagues,

        Please find attached UNICEF's input to the call on children on the move.

        Best,

        Nadia Farouk
        Child Protection Specialist (Migration)
        UNICEF Middle East and North Africa Regional Office
        Amman, Jordan
        Mobile: +962 79 555 0481

        UNICEF for every child
        """,
        """
        United Nations Children's Fund (UNICEF)

        Children on the move in the Middle East and North Africa
        """,
        "international_org",
        (
            "United Nations Children's Fund (UNICEF)",
            "United Nations Children’s Fund (UNICEF)",
            "UNICEF",
            "UNICEF Middle East and North Africa Regional Office",
        ),
    ),
    Variation(
        "igo-en-02",
        "ODIHR Human Rights Department",
        "hrd@odihr.example.pl",
        "ODIHR contribution",
        """
        Dear Sir or Madam,

        The OSCE Office for Democratic Institutions and Human Rights (ODIHR) is pleased
        to submit the attached contribution on freedom of peaceful assembly.

        Yours sincerely,

        Human Rights Department
        OSCE Office for Democratic Institutions and Human Rights
        ul. Miodowa 10, 00-251 Warsaw, Poland
        """,
        """
        OSCE/ODIHR

        Freedom of peaceful assembly: monitoring findings 2024-2026
        """,
        "international_org",
        (
            "OSCE Office for Democratic Institutions and Human Rights (ODIHR)",
            "OSCE Office for Democratic Institutions and Human Rights",
            "Office for Democratic Institutions and Human Rights (ODIHR)",
        ),
    ),
    Variation(
        "igo-en-03",
        "ACHPR Secretariat",
        "au-banjul@achpr.example.org",
        "Contribution of the African Commission",
        """
        Dear Sir/Madam,

        The Secretariat of the African Commission on Human and Peoples' Rights transmits
        the attached contribution on the rights of older persons in Africa.

        Secretariat of the African Commission on Human and Peoples' Rights
        31 Bijilo Annex Layout, Kombo North District, Banjul, The Gambia
        """,
        """
        AFRICAN COMMISSION ON HUMAN AND PEOPLES' RIGHTS

        The rights of older persons in Africa
        """,
        "international_org",
        (
            "African Commission on Human and Peoples' Rights (ACHPR)",
            "African Commission on Human and Peoples' Rights",
            "African Commission on Human and Peoples’ Rights",
        ),
    ),
    Variation(
        "igo-en-04",
        "IOM",
        "hrteam@iom.example.int",
        "IOM submission",
        """
        Dear OHCHR colleagues,

        Please find attached IOM's submission on returns and reintegration.

        With best regards,

        Migration Law and Legal Affairs
        International Organization for Migration
        17 route des Morillons, 1211 Geneva 19
        """,
        """
        IOM • UN MIGRATION

        Returns and sustainable reintegration: a rights-based approach
        """,
        "international_org",
        (
            "International Organization for Migration (IOM)",
            "International Organization for Migration",
        ),
    ),
    Variation(
        "igo-fr-05",
        "Délégation à la paix OIF",
        "dpdh@francophonie.example.org",
        "Contribution de l'OIF",
        """
        Madame, Monsieur,

        L'Organisation internationale de la Francophonie a le plaisir de vous transmettre
        sa contribution sur les institutions nationales des droits de l'homme.

        Direction des affaires politiques et de la gouvernance démocratique
        Organisation internationale de la Francophonie
        19-21 avenue Bosquet, 75007 Paris
        """,
        """
        ORGANISATION INTERNATIONALE DE LA FRANCOPHONIE

        L'appui aux institutions nationales des droits de l'homme dans l'espace
        francophone
        """,
        "international_org",
        (
            "Organisation internationale de la Francophonie (OIF)",
            "Organisation internationale de la Francophonie",
        ),
    ),
    Variation(
        "igo-fr-06",
        "Amélie Rousseau",
        "a.rousseau@unesco.example.org",
        "Contribution de l'UNESCO",
        """
        Bonjour,

        Veuillez trouver ci-joint la contribution de l'UNESCO sur la sécurité des
        journalistes.

        Bien cordialement,

        Amélie Rousseau
        Spécialiste de programme
        Section de la liberté d'expression et de la sécurité des journalistes
        UNESCO – 7, place de Fontenoy, 75352 Paris 07 SP
        """,
        """
        Organisation des Nations Unies pour l'éducation, la science et la culture

        La sécurité des journalistes : contribution de l'UNESCO
        """,
        "international_org",
        (
            "Organisation des Nations Unies pour l'éducation, la science et la culture (UNESCO)",
            "UNESCO",
            "United Nations Educational, Scientific and Cultural Organization (UNESCO)",
        ),
    ),
    Variation(
        "igo-es-07",
        "CIDH - Secretaría Ejecutiva",
        "cidhdenuncias@oas.example.org",
        "Aporte de la CIDH",
        """
        Estimados:

        La Secretaría Ejecutiva de la Comisión Interamericana de Derechos Humanos remite
        su aporte sobre personas privadas de libertad.

        Atentamente,

        Comisión Interamericana de Derechos Humanos
        1889 F Street NW, Washington, D.C. 20006
        """,
        """
        COMISIÓN INTERAMERICANA DE DERECHOS HUMANOS

        Personas privadas de libertad en las Américas
        """,
        "international_org",
        (
            "Comisión Interamericana de Derechos Humanos (CIDH)",
            "Comisión Interamericana de Derechos Humanos",
            "Inter-American Commission on Human Rights (IACHR)",
        ),
    ),
    Variation(
        "igo-es-08",
        "Carmen Aguilar",
        "aguilarc@paho.example.org",
        "Aporte OPS – salud mental",
        """
        Estimados colegas:

        Adjunto el aporte de la Organización Panamericana de la Salud sobre salud mental
        y derechos humanos.

        Saludos,

        Carmen Aguilar
        Asesora Regional, Salud Mental
        Organización Panamericana de la Salud / Organización Mundial de la Salud
        Washington, D.C.
        """,
        """
        ORGANIZACIÓN PANAMERICANA DE LA SALUD

        Salud mental y derechos humanos en las Américas
        """,
        "international_org",
        (
            "Organización Panamericana de la Salud (OPS)",
            "Organización Panamericana de la Salud",
            "Pan American Health Organization (PAHO)",
        ),
    ),
    # ── companies and business associations ──
    Variation(
        "company-en-01",
        "Corporate Affairs",
        "corporate.affairs@meridianmining.example.com",
        "Meridian Mining response to call for inputs",
        """
        Dear Working Group,

        Meridian Mining plc welcomes the opportunity to respond to the call for inputs on
        the extractive sector and Indigenous Peoples.

        Yours faithfully,

        Head of Human Rights and Social Performance
        Meridian Mining plc
        6 St James's Square, London SW1Y 4JU

        Meridian Mining plc is registered in England and Wales, no. 04412387.
        """,
        """
        Meridian Mining plc

        Response to the call for inputs on the extractive sector and Indigenous Peoples
        """,
        "private_sector",
        ("Meridian Mining plc", "Meridian Mining"),
    ),
    Variation(
        "company-en-02",
        "Jess Park",
        "jpark@loomlytech.example.com",
        "Loomly Technologies - input on AI and labour rights",
        """
        Hi,

        Sharing our input on AI in workplace monitoring.

        Thanks!
        Jess

        Jess Park (they/them)
        Trust & Safety Policy Lead
        Loomly Technologies, Inc.
        San Francisco, CA
        """,
        """
        Loomly Technologies, Inc.

        AI-enabled workplace monitoring and workers' rights: our approach
        """,
        "private_sector",
        ("Loomly Technologies, Inc.", "Loomly Technologies Inc.", "Loomly Technologies"),
    ),
    Variation(
        "company-en-03",
        "SG CAEA",
        "sg@coastalapparel.example.org",
        "Submission of the Coastal Apparel Exporters Association",
        """
        Dear Sir/Madam,

        The Coastal Apparel Exporters Association, representing 340 member factories,
        submits the attached on living wages in the garment sector.

        Regards,

        Secretary General
        Coastal Apparel Exporters Association (CAEA)
        Agrabad C/A, Chattogram, Bangladesh
        """,
        """
        COASTAL APPAREL EXPORTERS ASSOCIATION

        Living wages in the garment sector: the manufacturers' perspective
        """,
        "private_sector",
        (
            "Coastal Apparel Exporters Association (CAEA)",
            "Coastal Apparel Exporters Association",
        ),
    ),
    Variation(
        "company-fr-04",
        "Direction RSE",
        "rse@groupe-verdalis.example.fr",
        "Contribution du Groupe Verdalis",
        """
        Madame, Monsieur,

        Le Groupe Verdalis vous adresse sa contribution sur le devoir de vigilance dans
        les chaînes d'approvisionnement agricoles.

        Bien cordialement,

        Direction de la Responsabilité sociétale
        Groupe Verdalis SA
        45 quai de la Loire, 44000 Nantes
        """,
        """
        GROUPE VERDALIS

        Devoir de vigilance et chaînes d'approvisionnement agricoles
        """,
        "private_sector",
        ("Groupe Verdalis SA", "Groupe Verdalis"),
    ),
    Variation(
        "company-es-05",
        "Minera Cerro Alto",
        "relacionescomunitarias@cerroalto.example.com.pe",
        "Aporte de Minera Cerro Alto S.A.A.",
        """
        Señores:

        Adjuntamos el aporte de Minera Cerro Alto S.A.A. a la convocatoria.

        Atentamente,

        Gerencia de Relaciones Comunitarias
        Minera Cerro Alto S.A.A.
        Av. Javier Prado Este 4200, Surco, Lima
        """,
        """
        MINERA CERRO ALTO S.A.A.

        Debida diligencia en derechos humanos en nuestras operaciones en Apurímac
        """,
        "private_sector",
        ("Minera Cerro Alto S.A.A.", "Minera Cerro Alto SAA", "Minera Cerro Alto"),
    ),
    Variation(
        "company-es-06",
        "Gabriela Torres",
        "gtorres@camaraexportadores.example.org.gt",
        "Aporte de la Cámara",
        """
        Estimados:

        Comparto el aporte de la Cámara de Exportadores Agrícolas de Guatemala sobre
        trabajo agrícola temporal.

        Gabriela Torres
        Gerente de Sostenibilidad
        Cámara de Exportadores Agrícolas de Guatemala
        15 avenida 14-72, zona 13, Ciudad de Guatemala
        """,
        """
        Cámara de Exportadores Agrícolas de Guatemala

        Trabajo agrícola temporal y contratación responsable
        """,
        "private_sector",
        ("Cámara de Exportadores Agrícolas de Guatemala",),
    ),
    # ── academics and university units ──
    Variation(
        "academic-en-01",
        "Dr. Fiona McLeod",
        "f.mcleod@strathmore-uni.example.ac.uk",
        "Submission from the Centre for Disability Law and Policy",
        """
        Dear Special Rapporteur,

        Please find attached a submission from our Centre on supported decision-making.

        Best wishes,

        Dr Fiona McLeod
        Senior Lecturer in Law
        Co-Director, Centre for Disability Law and Policy
        School of Law, Strathmore University
        Glasgow G4 0RQ
        """,
        """
        Centre for Disability Law and Policy, Strathmore University

        Supported decision-making in Scotland
        """,
        "academic",
        (
            "Centre for Disability Law and Policy, Strathmore University",
            "Centre for Disability Law and Policy",
            "Strathmore University Centre for Disability Law and Policy",
        ),
    ),
    Variation(
        "academic-en-02",
        "Human Rights Clinic",
        "hrclinic@law.lakeshore.example.edu",
        "Submission – Lakeshore Human Rights Clinic",
        """
        Dear OHCHR,

        Attached is a submission prepared by students of the International Human Rights
        Clinic under faculty supervision.

        International Human Rights Clinic
        Lakeshore University School of Law
        Chicago, IL
        """,
        """
        International Human Rights Clinic
        Lakeshore University School of Law

        Solitary confinement in Illinois state prisons
        """,
        "academic",
        (
            "International Human Rights Clinic, Lakeshore University School of Law",
            "International Human Rights Clinic",
            "Lakeshore University School of Law International Human Rights Clinic",
        ),
    ),
    Variation(
        "academic-en-03",
        "Prof. Adebayo Ogunleye",
        "aogunleye@unilag-south.example.edu.ng",
        "Personal academic submission",
        """
        Dear Sir/Madam,

        I write in my personal academic capacity to submit the attached paper on the
        right to health of persons in pretrial detention.

        Prof. Adebayo Ogunleye
        Professor of Public Law
        Faculty of Law, University of Ogun Coast
        """,
        """
        The right to health of persons in pretrial detention in Nigeria

        Adebayo Ogunleye, University of Ogun Coast
        """,
        "academic",
        (
            "Adebayo Ogunleye",
            "Prof. Adebayo Ogunleye",
            "Adebayo Ogunleye, University of Ogun Coast",
        ),
    ),
    Variation(
        "academic-en-04",
        "Research Office",
        "research@hkmigration.example.edu.hk",
        "Input on migrant domestic workers",
        """
        Dear colleagues,

        Please find the attached input from the Asia Migration Policy Lab.

        Regards,

        Research Office
        Asia Migration Policy Lab
        Department of Sociology, Victoria Harbour University, Hong Kong
        """,
        """
        ASIA MIGRATION POLICY LAB
        Victoria Harbour University

        Migrant domestic workers and access to justice in Hong Kong
        """,
        "academic",
        (
            "Asia Migration Policy Lab, Victoria Harbour University",
            "Asia Migration Policy Lab",
            "Victoria Harbour University Asia Migration Policy Lab",
        ),
    ),
    Variation(
        "academic-en-05",
        "Jonas Berg",
        "jonas.berg@nordic-hri.example.no",
        "Nordic Institute for Human Rights Research - input",
        """
        Dear Sir/Madam,

        The Nordic Institute for Human Rights Research submits the attached paper on
        Sámi reindeer herding and wind power.

        Kind regards,

        Jonas Berg
        Postdoctoral Fellow
        Nordic Institute for Human Rights Research (NIHRR)
        Faculty of Law, University of Tromsø Coast
        """,
        """
        Nordic Institute for Human Rights Research

        Sámi reindeer herding and wind power development
        """,
        "academic",
        (
            "Nordic Institute for Human Rights Research (NIHRR)",
            "Nordic Institute for Human Rights Research",
        ),
    ),
    Variation(
        "academic-en-06",
        "Priya Nair",
        "priya.nair@jgls-east.example.edu.in",
        "Centre for Labour Law Studies input",
        """
        Dear OHCHR,

        Please see attached. Written with two student research assistants.

        Priya Nair
        Assistant Professor and Director
        Centre for Labour Law Studies
        Eastern Law School, Bhubaneswar
        """,
        """
        Centre for Labour Law Studies, Eastern Law School

        Platform workers and social security in India
        """,
        "academic",
        (
            "Centre for Labour Law Studies, Eastern Law School",
            "Centre for Labour Law Studies",
        ),
    ),
    Variation(
        "academic-en-07",
        "AHMED Yusuf",
        "yusuf.ahmed@ethics.example.ac.za",
        "Submission",
        """
        Dear Special Rapporteur,

        Attached is my submission on xenophobic violence, based on my doctoral research.

        Regards,
        Yusuf Ahmed
        PhD candidate, Department of Political Studies
        University of the Highveld
        """,
        """
        Xenophobic violence and policing in Gauteng townships

        Yusuf Ahmed
        """,
        "academic",
        ("Yusuf Ahmed", "Yusuf Ahmed, University of the Highveld"),
    ),
    Variation(
        "academic-fr-08",
        "Clinique juridique",
        "clinique.droit@univ-garonne.example.fr",
        "Contribution de la Clinique juridique",
        """
        Madame, Monsieur,

        Veuillez trouver ci-joint la contribution de la Clinique des droits de l'homme
        de la Faculté de droit de l'Université de Garonne.

        Cordialement,

        Clinique des droits de l'homme
        Université de Garonne
        """,
        """
        Clinique des droits de l'homme – Université de Garonne

        L'enfermement des mineurs étrangers en zone d'attente
        """,
        "academic",
        (
            "Clinique des droits de l'homme, Université de Garonne",
            "Clinique des droits de l'homme",
            "Clinique des droits de l'homme de l'Université de Garonne",
            "Clinique des droits de l'homme – Université de Garonne",
        ),
    ),
    Variation(
        "academic-fr-09",
        "Pr Ousmane Sy",
        "ousmane.sy@ucad-sud.example.sn",
        "Contribution du CREDILA",
        """
        Madame, Monsieur,

        Je vous transmets la contribution du Centre de recherche sur le droit et les
        libertés en Afrique (CREDILA).

        Pr Ousmane Sy
        Directeur du CREDILA
        Université Cheikh du Sud, Dakar
        """,
        """
        CREDILA

        La liberté de la presse en Afrique de l'Ouest
        """,
        "academic",
        (
            "Centre de recherche sur le droit et les libertés en Afrique (CREDILA)",
            "Centre de recherche sur le droit et les libertés en Afrique",
        ),
    ),
    Variation(
        "academic-es-10",
        "Observatorio Universitario",
        "observatorio.migraciones@unandes.example.edu.co",
        "Aporte Observatorio",
        """
        Estimados:

        Remitimos el aporte del Observatorio de Movilidad Humana de la Universidad
        de los Andes Orientales.

        Cordialmente,

        Observatorio de Movilidad Humana
        Facultad de Derecho
        Universidad de los Andes Orientales, Bucaramanga
        """,
        """
        Observatorio de Movilidad Humana
        Universidad de los Andes Orientales

        Migrantes venezolanos y acceso a la salud en Santander
        """,
        "academic",
        (
            "Observatorio de Movilidad Humana, Universidad de los Andes Orientales",
            "Observatorio de Movilidad Humana",
            "Observatorio de Movilidad Humana de la Universidad de los Andes Orientales",
        ),
    ),
    Variation(
        "academic-es-11",
        "Dra. Mariana Echeverría",
        "mecheverria@unam-norte.example.mx",
        "Aporte académico",
        """
        Estimados:

        Les envío mi aporte académico sobre desapariciones de personas migrantes.

        Dra. Mariana Echeverría
        Investigadora Titular
        Instituto de Investigaciones Jurídicas del Norte
        Universidad Autónoma del Norte, Monterrey
        """,
        """
        Desaparición de personas migrantes en el noreste de México

        Mariana Echeverría
        """,
        "academic",
        (
            "Mariana Echeverría",
            "Dra. Mariana Echeverría",
            "Mariana Echeverría, Universidad Autónoma del Norte",
        ),
    ),
    Variation(
        "academic-es-12",
        "Grupo GIDE",
        "gide@uncuyo-sur.example.edu.ar",
        "Aporte del Grupo de Investigación",
        """
        Estimadas y estimados:

        El Grupo de Investigación en Derecho y Envejecimiento (GIDE) remite su aporte.

        Saludos,

        GIDE – Facultad de Ciencias Jurídicas
        Universidad Nacional del Comahue Sur
        """,
        """
        Grupo de Investigación en Derecho y Envejecimiento (GIDE)

        Personas mayores y cuidados de largo plazo
        """,
        "academic",
        (
            "Grupo de Investigación en Derecho y Envejecimiento (GIDE)",
            "Grupo de Investigación en Derecho y Envejecimiento",
            "Grupo de Investigación en Derecho y Envejecimiento (GIDE), Universidad Nacional del Comahue Sur",
        ),
    ),
    Variation(
        "academic-es-13",
        "Cátedra DDHH",
        "catedra.dh@upacifico.example.edu.pe",
        "Aporte de la Cátedra",
        """
        Estimados:

        Adjuntamos el aporte de la Cátedra de Derechos Humanos de la Universidad del
        Pacífico Sur.

        Cátedra de Derechos Humanos
        Universidad del Pacífico Sur, Arequipa
        """,
        """
        Cátedra de Derechos Humanos – Universidad del Pacífico Sur

        Educación intercultural bilingüe en el sur andino
        """,
        "academic",
        (
            "Cátedra de Derechos Humanos, Universidad del Pacífico Sur",
            "Cátedra de Derechos Humanos",
            "Cátedra de Derechos Humanos de la Universidad del Pacífico Sur",
            "Cátedra de Derechos Humanos – Universidad del Pacífico Sur",
        ),
    ),
    # ── individuals ──
    Variation(
        "individual-en-01",
        "JOHN MWANGI",
        "johnmwangi1974@gmail.example.com",
        "My case - unlawful detention",
        """
        Dear Sir/Madam,

        I was held for 14 months without charge. I am writing in my own name to tell my
        story for your report. Documents attached.

        John Kamau Mwangi
        Nakuru, Kenya
        """,
        "",
        "individual",
        ("John Kamau Mwangi", "John Mwangi"),
    ),
    Variation(
        "individual-en-02",
        "Ellie",
        "ellie.b@icloud.example.com",
        "input from a carer",
        """
        Hello,

        I'm a full-time unpaid carer for my son who is autistic. I saw your call online
        and wanted to share what it's like. I'm not part of any organisation.

        Ellie Brennan
        Cork, Ireland

        Sent from my iPhone
        """,
        "",
        "individual",
        ("Ellie Brennan",),
    ),
    Variation(
        "individual-en-03",
        "Singh, Harpreet",
        "harpreet.singh.adv@outlook.example.com",
        "Submission in personal capacity",
        """
        Dear Working Group,

        I am a practising advocate but submit this note in my personal capacity, not on
        behalf of any bar or firm.

        Regards,
        Harpreet Singh
        Advocate, Punjab and Haryana High Court
        Chandigarh
        """,
        """
        Note on preventive detention laws in Punjab
        Harpreet Singh, Advocate
        """,
        "individual",
        ("Harpreet Singh",),
    ),
    Variation(
        "individual-en-04",
        "Tariq",
        "t.alnasser@proton.example.me",
        "Testimony",
        """
        Hi,

        I am a Syrian refugee in Germany. I attach my testimony about what happened to
        my brother. Please don't publish my address.

        Tariq Al-Nasser
        """,
        "",
        "individual",
        ("Tariq Al-Nasser",),
    ),
    Variation(
        "individual-fr-05",
        "Mme Lefèvre",
        "c.lefevre56@orange.example.fr",
        "Témoignage",
        """
        Bonjour,

        Je suis une citoyenne retraitée et je souhaite apporter mon témoignage sur la
        fermeture des services publics dans mon village.

        Bien à vous,

        Colette Lefèvre
        Morbihan
        """,
        "",
        "individual",
        ("Colette Lefèvre",),
    ),
    Variation(
        "individual-fr-06",
        "Abdoulaye",
        "abdoulaye.ba.nkc@yahoo.example.fr",
        "contribution personnelle",
        """
        Bonjour,

        Je vous envoie ma contribution à titre personnel, en tant qu'ancien esclave
        affranchi. Merci de la lire.

        Abdoulaye Ba
        Nouakchott, Mauritanie
        """,
        "",
        "individual",
        ("Abdoulaye Ba",),
    ),
    Variation(
        "individual-fr-07",
        "Josée Bouchard",
        "josee.bouchard@videotron.example.ca",
        "Ma contribution",
        """
        Bonjour,

        Mère d'une jeune femme vivant avec une déficience intellectuelle, je vous fais
        part de notre expérience en résidence.

        Josée Bouchard
        Sherbrooke (Québec)
        """,
        "",
        "individual",
        ("Josée Bouchard",),
    ),
    Variation(
        "individual-es-08",
        "Luis",
        "luisfer.cardenas@hotmail.example.com",
        "aporte personal",
        """
        Buenas noches,

        Soy periodista independiente y envío a título personal mi aporte sobre las
        amenazas que he recibido.

        Luis Fernando Cárdenas
        Tumaco, Nariño
        """,
        "",
        "individual",
        ("Luis Fernando Cárdenas",),
    ),
    Variation(
        "individual-es-09",
        "Marta (personal)",
        "marta.iglesias.p@gmail.example.com",
        "Mi experiencia",
        """
        Hola,

        Les escribo como particular, inquilina desahuciada en Barcelona. Adjunto mi
        relato.

        Un saludo,
        Marta Iglesias Puig
        """,
        "",
        "individual",
        ("Marta Iglesias Puig", "Marta Iglesias"),
    ),
    Variation(
        "individual-es-10",
        "QUISPE MAMANI, Edwin",
        "edwinqm@gmail.example.com",
        "Testimonio",
        """
        Señores:

        Envío mi testimonio sobre la contaminación del río en mi comunidad. No
        represento a ninguna organización.

        Edwin Quispe Mamani
        Oruro, Bolivia
        """,
        "",
        "individual",
        ("Edwin Quispe Mamani",),
    ),
    # ── other: parliamentarians, unions, bar associations, faith bodies, local authorities, foundations ──
    Variation(
        "other-en-01",
        "Office of Hon. Mercy Chelangat",
        "mchelangat.office@parliament.example.go.ke",
        "Submission by Hon. Mercy Chelangat, MP",
        """
        Dear Sir/Madam,

        Please find attached the submission of Hon. Mercy Chelangat, Member of Parliament
        for Kapsabet, on period poverty in schools.

        Regards,

        Personal Assistant to Hon. Mercy Chelangat, MP
        Parliament Buildings, Nairobi
        """,
        "",
        "other",
        ("Mercy Chelangat", "Hon. Mercy Chelangat", "Hon. Mercy Chelangat, MP"),
    ),
    Variation(
        "other-en-02",
        "NUHW General Secretary",
        "gensec@nuhw.example.org.za",
        "Union submission – health workers",
        """
        Comrades,

        Attached is the submission of the National Union of Home-based Care Workers on
        unpaid stipends.

        Aluta continua,

        General Secretary
        National Union of Home-based Care Workers (NUHCW)
        Braamfontein, Johannesburg
        """,
        """
        NATIONAL UNION OF HOME-BASED CARE WORKERS

        Unpaid stipends of community health workers
        """,
        "other",
        (
            "National Union of Home-based Care Workers (NUHCW)",
            "National Union of Home-based Care Workers",
        ),
    ),
    Variation(
        "other-en-03",
        "Law Society HR Committee",
        "hrcommittee@lawsociety-sl.example.org",
        "Submission of the Bar",
        """
        Dear Sir/Madam,

        The Human Rights Committee of the Sierra Leone Bar Association submits the
        attached on legal aid in rural districts.

        Chair, Human Rights Committee
        Sierra Leone Bar Association
        Freetown
        """,
        """
        SIERRA LEONE BAR ASSOCIATION

        Legal aid in rural districts
        """,
        "other",
        ("Sierra Leone Bar Association",),
    ),
    Variation(
        "other-en-04",
        "Rev. Samuel Tuilagi",
        "samuel.t@pacificchurches.example.org",
        "Submission from the Council of Churches",
        """
        Dear friends,

        On behalf of the Oceania Council of Churches, I attach our submission on climate
        displacement.

        Blessings,

        Rev. Samuel Tuilagi
        General Secretary
        Oceania Council of Churches
        Apia, Samoa
        """,
        """
        OCEANIA COUNCIL OF CHURCHES

        Climate displacement and the faith communities of the Pacific
        """,
        "other",
        ("Oceania Council of Churches",),
    ),
    Variation(
        "other-en-05",
        "Grants Team",
        "grants@harwoodfoundation.example.org",
        "Harwood Foundation input",
        """
        Dear colleagues,

        The Harwood Foundation, which funds community legal services, shares the
        attached observations.

        Programme Director
        The Harwood Foundation
        London
        """,
        """
        The Harwood Foundation

        Funding access to justice: lessons from ten years of grants
        """,
        "other",
        ("The Harwood Foundation", "Harwood Foundation"),
    ),
    Variation(
        "other-fr-06",
        "Mairie de Sainte-Claire",
        "cabinet.maire@sainte-claire.example.fr",
        "Contribution de la commune",
        """
        Madame, Monsieur,

        La Ville de Sainte-Claire-sur-Dordogne vous transmet sa contribution sur
        l'accueil des gens du voyage.

        Le Cabinet du Maire
        Hôtel de Ville – Place de la République
        """,
        """
        VILLE DE SAINTE-CLAIRE-SUR-DORDOGNE

        L'accueil des gens du voyage
        """,
        "other",
        ("Ville de Sainte-Claire-sur-Dordogne", "Sainte-Claire-sur-Dordogne"),
    ),
    Variation(
        "other-fr-07",
        "Ordre des avocats",
        "batonnier@barreau-lome.example.tg",
        "Contribution du Barreau",
        """
        Madame, Monsieur,

        Le Barreau du Togo vous adresse sa contribution sur la garde à vue.

        Le Bâtonnier
        Ordre des avocats du Togo
        Lomé
        """,
        """
        ORDRE DES AVOCATS DU TOGO

        La garde à vue et l'accès à l'avocat
        """,
        "other",
        ("Ordre des avocats du Togo", "Barreau du Togo"),
    ),
    Variation(
        "other-es-08",
        "Dip. Rosa Huamán",
        "rhuaman@congreso.example.gob.pe",
        "Aporte de la congresista",
        """
        Estimados:

        Adjunto mi aporte como congresista de la República sobre trabajo infantil en
        minería artesanal.

        Rosa Huamán Ccori
        Congresista de la República
        """,
        "",
        "other",
        ("Rosa Huamán Ccori", "Rosa Huamán", "Congresista Rosa Huamán Ccori"),
    ),
    Variation(
        "other-es-09",
        "Sindicato SITRAHOG",
        "sitrahog@gmail.example.com",
        "Aporte sindicato",
        """
        Compañeras y compañeros:

        El Sindicato de Trabajadoras del Hogar de Asunción remite su aporte.

        Secretaría General
        SITRAHOG
        Asunción, Paraguay
        """,
        """
        SINDICATO DE TRABAJADORAS DEL HOGAR DE ASUNCIÓN (SITRAHOG)

        Salario mínimo y trabajo doméstico
        """,
        "other",
        (
            "Sindicato de Trabajadoras del Hogar de Asunción (SITRAHOG)",
            "Sindicato de Trabajadoras del Hogar de Asunción",
        ),
    ),
    Variation(
        "other-es-10",
        "Alcaldía de San Rafael",
        "despacho@sanrafael-antioquia.example.gov.co",
        "Aporte del municipio",
        """
        Cordial saludo,

        La Alcaldía Municipal de San Rafael del Nus remite el aporte solicitado.

        Despacho del Alcalde
        Alcaldía de San Rafael del Nus, Antioquia
        """,
        """
        ALCALDÍA DE SAN RAFAEL DEL NUS

        Víctimas del conflicto y retorno al municipio
        """,
        "other",
        ("Alcaldía de San Rafael del Nus", "San Rafael del Nus"),
    ),
]

VARIATIONS: list[Variation] = [tidy(v) for v in _RAW]
