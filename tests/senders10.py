# ruff: noqa: E501
"""A tenth set of sender variations for the submitter detector, written apart from its rules.

The same record as the second set (`senders2.Variation`): one e-mail as it reaches a call
for inputs, with the answer an officer would publish on the "Submissions received" page.
The cases were written from how such mail looks, without sight of the detector's rules,
in English (45 per cent), French (a quarter) and Spanish (30 per cent). Unlike the ninth
set, the categories of `senders2.CATEGORIES` are not equal: the set leans towards the
harder ones, with more shared mailboxes (joint submissions among them), letterheads and
title pages, acronyms, names in two languages, university centres and institutes,
national human rights institutions and `other` bodies (parliamentarians, bar and
professional associations, faith bodies, foundations, local authorities), and fewer
companies, intergovernmental bodies and NGOs that name a State.

It is an ordinary season's mail, as untidy as real mail is: signatures pasted from
Outlook with a job title, a department, a street address, phone and mobile numbers, web
and social links, pronouns, a confidentiality notice or a "Sent from my iPhone" under
them; display names that differ from the signature ("Info NGO", "admin",
"Maria (personal)", all capitals, surname first); first pages that are a title page with
the organisation under the title, a letterhead with a logo caption, the signatories of a
joint submission or a ministry's header; staff who write for their organisation and
people who write for themselves from a work address.

The public joint letter whose signatories the earlier sets drew on has no organisation
left that they have not used, so every civil society organisation, company, academic
unit, person and small body here is invented. States, NHRIs and intergovernmental bodies
are real, under their real names; their staff are invented. Every mail domain and web
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
    # ── shared: a shared mailbox over an organisation's signature ──
    Variation(
        "shared-en-01",
        "Info NGO",
        "info@tidewatermjp.example.org",
        "Submission – call for inputs on climate displacement",
        """
        Hi,

        Please see attached our submission for the call for inputs on displacement in the
        context of slow-onset climate events. Let us know if anything is missing.

        Thanks!

        The Team
        Tidewater Migrant Justice Project
        1200 Harbor Blvd, Suite 4, Norfolk, VA 23510
        Office: (757) 555-0164
        www.tidewatermjp.example.org | Instagram @tidewatermjp
        """,
        """
        When the Water Stays: Coastal Displacement and Migrant Farmworkers
        in the Lower Chesapeake

        Submission to the Special Rapporteur on the human rights of migrants

        Tidewater Migrant Justice Project
        Norfolk, Virginia
        June 2026
        """,
        "civil_society",
        ("Tidewater Migrant Justice Project",),
    ),
    Variation(
        "shared-en-02",
        "Secretariat",
        "secretariat@mmrf.example.org",
        "Joint submission – MMRF and partners – labour migration corridors",
        """
        Dear OHCHR colleagues,

        On behalf of the Mekong Migration Rights Forum and four partner organisations,
        please find attached our joint submission on recruitment fees in the
        Cambodia–Thailand and Myanmar–Thailand corridors.

        The list of signatories is on the cover page.

        Best regards,

        MMRF Secretariat
        Mekong Migration Rights Forum
        88/12 Soi Ari 4, Phaya Thai, Bangkok 10400
        Tel: +66 2 555 0417
        E: secretariat@mmrf.example.org
        """,
        """
        JOINT SUBMISSION

        Recruitment fees and debt bondage in Mekong labour migration corridors

        Submitted by:
        1. Mekong Migration Rights Forum (MMRF) – lead
        2. Battambang Returnee Workers Association
        3. Mae Sot Migrant Legal Clinic
        4. Shan Women Workers Collective
        5. Lao Youth for Safe Migration

        Contact: secretariat@mmrf.example.org
        """,
        "civil_society",
        (
            "Mekong Migration Rights Forum (MMRF) and 4 others",
            "Mekong Migration Rights Forum and 4 others",
            "Mekong Migration Rights Forum (MMRF)",
            "Mekong Migration Rights Forum",
        ),
    ),
    Variation(
        "shared-en-03",
        "Joseph Mwangi",
        "info@krlai.example.or.ke",
        "KRLAI input: refugees' access to work permits",
        """
        Dear Sir/Madam,

        I am sending, on behalf of the Kibera Refugee Legal Aid Initiative, our input on
        urban refugees' access to class M work permits. The paper was prepared by our
        legal team and approved by the Board.

        Kindly acknowledge receipt.

        Regards,
        Joseph Mwangi
        Programme Officer – Legal Aid
        Kibera Refugee Legal Aid Initiative (KRLAI)
        Olympic Estate, off Kibera Drive | P.O. Box 21470-00100 Nairobi
        Tel: +254 20 555 7781 | Mob: +254 722 555 301
        """,
        """
        [Logo: KRLAI – scales over an open door]

        KIBERA REFUGEE LEGAL AID INITIATIVE

        Urban refugees and the right to work: class M permits in practice
        Input to the call for inputs
        """,
        "civil_society",
        (
            "Kibera Refugee Legal Aid Initiative (KRLAI)",
            "Kibera Refugee Legal Aid Initiative",
        ),
    ),
    Variation(
        "shared-en-04",
        "admin",
        "admin@npiwa.example.org",
        "Fwd: NPIWA submission (final)",
        """
        Good afternoon,

        Forwarding our final submission on the right to safe drinking water on reserve
        lands. Apologies for the two earlier drafts you may have received in error.

        Regards,

        Shawna Littlechild (she/her)
        Operations Coordinator
        NORTHERN PLAINS INDIGENOUS WATER ALLIANCE
        Treaty 4 Territory | 2205 Victoria Ave, Regina SK S4P 0S4
        P: 306-555-0182 | C: 306-555-0913

        CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole
        use of the intended recipient(s) and may contain confidential information.
        """,
        """
        Northern Plains Indigenous Water Alliance

        "Boil Water for Twenty Years": Drinking Water on Reserve Lands
        Submission to the Special Rapporteur on the human rights to safe drinking water
        and sanitation
        """,
        "civil_society",
        ("Northern Plains Indigenous Water Alliance",),
    ),
    Variation(
        "shared-en-05",
        "Communications Team",
        "comms@greyfieldhousing.example.org.uk",
        "Joint input – evictions of asylum seekers from initial accommodation",
        """
        Dear Special Rapporteur,

        Please find attached a joint input by Greyfield Housing Action and Open Hands
        Legal Centre on evictions from asylum initial accommodation.

        Best,
        Comms Team

        Sent from my iPhone
        """,
        """
        Evictions from asylum initial accommodation in the West Midlands

        A joint input by
        Greyfield Housing Action
        and
        Open Hands Legal Centre

        May 2026
        """,
        "civil_society",
        (
            "Greyfield Housing Action and Open Hands Legal Centre",
            "Greyfield Housing Action and 1 other",
            "Greyfield Housing Action",
        ),
    ),
    Variation(
        "shared-en-06",
        "Office",
        "office@wbrmn.example.org",
        "Submission: chain pushbacks on the Balkan route",
        """
        Dear members of the Working Group,

        The Western Balkans Route Monitoring Network submits the attached report on chain
        pushbacks from Slovenia and Croatia to Bosnia and Herzegovina, based on 214
        testimonies collected between January and December 2025.

        Kind regards,

        Board of Directors
        WBRMN
        Ljubljana · Zagreb · Bihać
        www.wbrmn.example.org
        Twitter/X: @WBRMN_example | Facebook: /wbroutemonitoring
        """,
        """
        WBRMN – Western Balkans Route Monitoring Network

        CHAIN PUSHBACKS ON THE BALKAN ROUTE
        Testimonies, 2025
        """,
        "civil_society",
        (
            "Western Balkans Route Monitoring Network (WBRMN)",
            "Western Balkans Route Monitoring Network",
        ),
    ),
    Variation(
        "shared-fr-07",
        "Contact",
        "contact@cadm-marseille.example.fr",
        "Contribution – mineurs non accompagnés à Marseille",
        """
        Bonjour,

        Vous trouverez ci-joint la contribution du Collectif Accueil Digne Marseille sur
        la prise en charge des mineurs non accompagnés dans les Bouches-du-Rhône.

        Bien à vous,

        Pour le CADM,
        la coordination
        Collectif Accueil Digne Marseille
        Maison des Associations – 93 La Canebière, 13001 Marseille
        06 55 41 20 87
        """,
        """
        Collectif Accueil Digne Marseille

        La prise en charge des mineurs non accompagnés dans les Bouches-du-Rhône
        Contribution à l'appel à contributions du Rapporteur spécial
        """,
        "civil_society",
        (
            "Collectif Accueil Digne Marseille (CADM)",
            "Collectif Accueil Digne Marseille",
        ),
    ),
    Variation(
        "shared-fr-08",
        "Secrétariat PODEM",
        "secretariat@podem.example.org",
        "Contribution conjointe – enfants en mobilité en Afrique de l'Ouest",
        """
        Madame, Monsieur,

        La Plateforme des ONG pour les droits des enfants en mobilité (PODEM) vous
        transmet, au nom de ses membres signataires, une contribution conjointe sur la
        protection des enfants en mobilité le long des routes ouest-africaines.

        La liste des sept organisations signataires figure en première page.

        Cordialement,

        Le Secrétariat exécutif
        PODEM
        Ouagadougou – Bamako – Niamey
        """,
        """
        CONTRIBUTION CONJOINTE

        Les enfants en mobilité sur les routes d'Afrique de l'Ouest

        Organisations signataires :
        – Plateforme des ONG pour les droits des enfants en mobilité (PODEM)
        – Association Enfance Solidaire du Sahel
        – Réseau des Éducateurs de Rue de Bamako
        – Groupe d'Action pour l'Enfance de Zinder
        – Maison d'Accueil Les Petits Pas
        – Collectif Jeunesse et Frontières
        – Comité Villageois de Veille de Gao
        """,
        "civil_society",
        (
            "Plateforme des ONG pour les droits des enfants en mobilité (PODEM) and 6 others",
            "Plateforme des ONG pour les droits des enfants en mobilité and 6 others",
            "Plateforme des ONG pour les droits des enfants en mobilité (PODEM)",
            "Plateforme des ONG pour les droits des enfants en mobilité",
        ),
    ),
    Variation(
        "shared-fr-09",
        "Fatou Ndiaye",
        "info@astt.example.sn",
        "Contribution ASTT",
        """
        Bonjour Madame, Monsieur,

        Je vous transmets au nom de notre association la contribution de l'ASTT sur les
        enfants talibés contraints à la mendicité dans la région de Thiès.

        Merci de bien vouloir en accuser réception.

        Fatou Ndiaye
        Chargée de programmes
        Association Solidarité Talibés de Thiès
        Quartier Randoulène, Thiès
        Tél. : +221 33 555 18 42 / +221 77 555 09 61

        Envoyé depuis mon appareil Android
        """,
        """
        ASSOCIATION SOLIDARITÉ TALIBÉS DE THIÈS (ASTT)
        Récépissé n° 0231/GRT/AA

        Les enfants talibés contraints à la mendicité dans la région de Thiès
        """,
        "civil_society",
        (
            "Association Solidarité Talibés de Thiès (ASTT)",
            "Association Solidarité Talibés de Thiès",
        ),
    ),
    Variation(
        "shared-es-10",
        "INFO",
        "info@redalberguesnoreste.example.org.mx",
        "Aporte Red de Albergues del Noreste",
        """
        Buen día,

        Por este medio compartimos el aporte de la Red de Albergues del Noreste sobre
        las personas solicitantes de asilo que esperan en Reynosa y Matamoros.

        Quedamos atentas.

        Área de Comunicación
        Red de Albergues del Noreste
        Calle Hidalgo 410, Zona Centro, Reynosa, Tamaulipas
        Tel. (899) 555 2210 · WhatsApp 899 555 8841
        www.redalberguesnoreste.example.org.mx
        """,
        """
        RED DE ALBERGUES DEL NORESTE

        En la espera: personas solicitantes de asilo en Reynosa y Matamoros
        Aporte a la convocatoria del Relator Especial sobre los derechos humanos de los
        migrantes
        """,
        "civil_society",
        ("Red de Albergues del Noreste",),
    ),
    Variation(
        "shared-es-11",
        "Mesa Migración Bajío",
        "mesa@migracionbajio.example.org.mx",
        "Aporte conjunto – trabajo agrícola temporal",
        """
        Estimadas y estimados:

        La Mesa de Trabajo sobre Migración Laboral del Bajío, junto con otras tres
        organizaciones, remite el aporte conjunto sobre el trabajo agrícola temporal en
        Guanajuato y Querétaro.

        Saludos cordiales,

        Secretaría Técnica
        Mesa de Trabajo sobre Migración Laboral del Bajío
        León, Guanajuato
        """,
        """
        APORTE CONJUNTO

        Trabajo agrícola temporal en el Bajío: condiciones y riesgos

        Organizaciones firmantes:
        Mesa de Trabajo sobre Migración Laboral del Bajío
        Jornaleros en Movimiento, A.C.
        Centro de Apoyo al Trabajador Agrícola de Celaya
        Colectivo Mujeres del Surco
        """,
        "civil_society",
        (
            "Mesa de Trabajo sobre Migración Laboral del Bajío and 3 others",
            "Mesa de Trabajo sobre Migración Laboral del Bajío",
        ),
    ),
    Variation(
        "shared-es-12",
        "Recepción",
        "recepcion@puentederegreso.example.cl",
        "Envío aporte convocatoria – retorno de personas migrantes",
        """
        Estimados:

        Junto con saludar, adjunto el aporte de nuestra corporación a la convocatoria
        sobre el retorno de personas migrantes. Lo envío por encargo de la directora
        ejecutiva, que se encuentra en terreno.

        Saludos,

        Recepción
        Corporación Puente de Regreso
        Av. Libertador Bernardo O'Higgins 1302, of. 51, Santiago
        +56 2 2555 4410

        AVISO DE CONFIDENCIALIDAD: Este mensaje y sus adjuntos son para uso exclusivo de
        su destinatario.
        """,
        """
        Corporación Puente de Regreso

        El retorno de personas migrantes desde Chile: obstáculos y buenas prácticas
        Santiago, junio de 2026
        """,
        "civil_society",
        ("Corporación Puente de Regreso",),
    ),
    # ── person: a staff member writes for the organisation ──
    Variation(
        "person-en-01",
        "Okonkwo, Chidi",
        "c.okonkwo@lagoslabourwatch.example.org.ng",
        "Input – recruitment of Nigerian care workers",
        """
        Dear Secretariat,

        Please find attached the input of Lagos Labour Migration Watch on the
        recruitment of care workers for employment abroad.

        Kind regards,

        Chidi Okonkwo (he/him)
        Senior Research Officer
        Research & Advocacy Department
        Lagos Labour Migration Watch
        14B Adeola Odeku Street, Victoria Island, Lagos
        T: +234 1 555 2291 | M: +234 803 555 4410
        www.lagoslabourwatch.example.org.ng | LinkedIn: /company/lagoslabourwatch

        This e-mail and any files transmitted with it are confidential and intended
        solely for the use of the addressee.
        """,
        """
        Lagos Labour Migration Watch

        Recruited to care: Nigerian care workers and international recruitment
        Input to the call for inputs
        """,
        "civil_society",
        ("Lagos Labour Migration Watch",),
    ),
    Variation(
        "person-en-02",
        "ANNA KOWALSKI",
        "anna.kowalski@balticcare.example.eu",
        "Submission - Baltic Care Workers Network",
        """
        Dear colleagues,

        On behalf of the Baltic Care Workers Network I am pleased to submit the attached
        paper on live-in care workers from third countries.

        With best regards,

        Anna Kowalski
        Policy Coordinator
        Baltic Care Workers Network
        ul. Długa 44, 80-827 Gdańsk
        +48 58 555 31 20
        """,
        """
        BALTIC CARE WORKERS NETWORK

        Live-in care workers from third countries in the Baltic Sea region
        """,
        "civil_society",
        ("Baltic Care Workers Network",),
    ),
    Variation(
        "person-en-03",
        "Ruth (personal)",
        "ruthabebe.home@gmail.com",
        "Submission from HRWA",
        """
        Dear Sir or Madam,

        I am the coordinator of the Horn Returnee Women's Association. Our office e-mail
        is not working this week, so I send our submission from my personal address.
        Please use coordinator@hrwa.example.org for any reply.

        With thanks,
        Ruth Abebe
        Coordinator, Horn Returnee Women's Association (HRWA)
        """,
        """
        HORN RETURNEE WOMEN'S ASSOCIATION

        Coming home with nothing: women returnees from the Gulf
        Submission, June 2026
        """,
        "civil_society",
        (
            "Horn Returnee Women's Association (HRWA)",
            "Horn Returnee Women's Association",
            "Horn Returnee Women’s Association (HRWA)",
            "Horn Returnee Women’s Association",
        ),
    ),
    Variation(
        "person-en-04",
        "Daniel Cho",
        "dcho@pswc.example.org",
        "call for inputs - seafarers",
        """
        Hello,

        Attached is our submission on seafarers abandoned in port. I'm the centre's
        welfare officer and drafted it with our chaplaincy team.

        Cheers,
        Dan

        --
        Daniel Cho
        Welfare Officer
        Pacific Seafarers' Welfare Centre
        Pier 9, Port of Busan | +82 51 555 0192
        """,
        """
        Abandoned in Port:
        Seafarers Left Without Wages or Repatriation

        A submission by the Pacific Seafarers' Welfare Centre
        Busan, 2026
        """,
        "civil_society",
        ("Pacific Seafarers' Welfare Centre", "Pacific Seafarers’ Welfare Centre"),
    ),
    Variation(
        "person-fr-05",
        "DIALLO Mamadou",
        "m.diallo@ofa-alpes.example.fr",
        "Contribution de l'Observatoire des Frontières Alpines",
        """
        Madame, Monsieur,

        Au nom de l'Observatoire des Frontières Alpines, je vous prie de trouver ci-joint
        notre contribution sur les refoulements à la frontière franco-italienne.

        Je reste à votre disposition.

        Mamadou Diallo
        Chargé de plaidoyer
        Pôle Observation et Plaidoyer
        Observatoire des Frontières Alpines (OFA)
        8 rue Alsace-Lorraine, 05100 Briançon
        Tél. : 04 92 55 18 03 – Port. : 06 55 72 41 90
        """,
        """
        OBSERVATOIRE DES FRONTIÈRES ALPINES

        Refoulements à la frontière franco-italienne : observations 2025
        """,
        "civil_society",
        (
            "Observatoire des Frontières Alpines (OFA)",
            "Observatoire des Frontières Alpines",
        ),
    ),
    Variation(
        "person-fr-06",
        "Claire M.",
        "claire.morel@accueil-refugies-bzh.example.fr",
        "contribution ARB",
        """
        Bonjour,

        Ci-joint la contribution d'Accueil Réfugiés Bretagne à votre appel sur
        l'hébergement des demandeurs d'asile.

        Belle journée,

        Claire Morel (elle)
        Coordinatrice
        Accueil Réfugiés Bretagne
        02 99 55 40 12 – 07 55 10 33 26

        Envoyé de mon iPhone
        """,
        """
        Accueil Réfugiés Bretagne

        L'hébergement des demandeurs d'asile en Bretagne
        Contribution à l'appel à contributions
        """,
        "civil_society",
        ("Accueil Réfugiés Bretagne",),
    ),
    Variation(
        "person-es-07",
        "Lic. Gómez",
        "rgomez@tierraytecho.example.org.mx",
        "Aporte Centro Comunitario Tierra y Techo",
        """
        Estimados miembros del Grupo de Trabajo:

        En representación del Centro Comunitario Tierra y Techo, A.C., adjunto nuestro
        aporte sobre desalojos forzosos en asentamientos periurbanos de Oaxaca.

        Atentamente,

        Lic. Rodrigo Gómez Cruz
        Coordinador Jurídico
        Centro Comunitario Tierra y Techo, A.C.
        Calle Morelos 118, Col. Centro, Oaxaca de Juárez
        Tel. 951 555 3021 · Cel. 951 555 7764
        """,
        """
        Centro Comunitario Tierra y Techo, A.C.

        Desalojos forzosos en asentamientos periurbanos de Oaxaca
        """,
        "civil_society",
        (
            "Centro Comunitario Tierra y Techo, A.C.",
            "Centro Comunitario Tierra y Techo A.C.",
            "Centro Comunitario Tierra y Techo",
        ),
    ),
    Variation(
        "person-es-08",
        "Ana Lucía (personal)",
        "analu.vargas@hotmail.com",
        "aporte fundación",
        """
        Buenas noches,

        Les escribo desde mi correo personal porque no tengo acceso al institucional.
        Adjunto el aporte de la Fundación Rutas Seguras sobre niñas, niños y adolescentes
        no acompañados en tránsito por Colombia.

        Gracias,

        Ana Lucía Vargas
        Directora de Programas
        Fundación Rutas Seguras
        Bogotá D.C.
        """,
        """
        FUNDACIÓN RUTAS SEGURAS

        Niñas, niños y adolescentes no acompañados en tránsito
        """,
        "civil_society",
        ("Fundación Rutas Seguras",),
    ),
    Variation(
        "person-es-09",
        "PEREZ QUISPE JUAN",
        "jperez@apthc.example.org.pe",
        "Aporte – trabajadoras del hogar migrantes",
        """
        Señores:

        Tengo el agrado de dirigirme a ustedes, en nombre de la Asociación Pro Derechos
        de las Trabajadoras del Hogar del Cusco, para hacerles llegar nuestro aporte.

        Atentamente,

        Juan Pérez Quispe
        Asesor legal
        Asociación Pro Derechos de las Trabajadoras del Hogar del Cusco (APTHC)
        Av. El Sol 612, Cusco
        Tel. 084 555 190
        """,
        """
        ASOCIACIÓN PRO DERECHOS DE LAS TRABAJADORAS DEL HOGAR DEL CUSCO

        Trabajadoras del hogar migrantes internas en el Cusco
        """,
        "civil_society",
        (
            "Asociación Pro Derechos de las Trabajadoras del Hogar del Cusco (APTHC)",
            "Asociación Pro Derechos de las Trabajadoras del Hogar del Cusco",
        ),
    ),
    # ── letterhead: a free-mail address; the organisation only on the letterhead ──
    Variation(
        "letterhead-en-01",
        "Kofi Asante",
        "kofi.asante1982@gmail.com",
        "Submission",
        """
        Dear Sir/Madam,

        Please find attached our submission to the call for inputs.

        Thank you.
        Kofi
        """,
        """
        [Logo: a canoe and a net]
        VOLTA FISHERFOLK RIGHTS ASSOCIATION
        P.O. Box KA 1187, Keta, Volta Region | Tel. +233 24 555 6012

        Child labour and trafficking in Lake Volta fisheries
        Submission to the Special Rapporteur on contemporary forms of slavery
        """,
        "civil_society",
        ("Volta Fisherfolk Rights Association",),
    ),
    Variation(
        "letterhead-en-02",
        "nimmi",
        "nimmi.perera77@yahoo.com",
        "Re: call for inputs",
        """
        Dear Madam/Sir,

        Attached is our paper. Sorry for the delay.

        Best regards,
        Nimmi Perera
        """,
        """
        INVISIBLE HANDS
        Domestic workers returning from the Middle East

        A submission by
        Sunrise Domestic Workers' Collective
        Colombo
        """,
        "civil_society",
        (
            "Sunrise Domestic Workers' Collective",
            "Sunrise Domestic Workers’ Collective",
        ),
    ),
    Variation(
        "letterhead-en-03",
        "Moses",
        "moses.t@outlook.com",
        "Our input on trafficking",
        """
        Good morning,

        I attach our input. We are a small charity and hope it is useful.

        Moses Tembo
        """,
        """
        [Logo caption: a dove over a broken chain – "Every person free"]
        FREEDOM PATHWAYS TRUST
        Registered charity no. 1190442

        Survivors of trafficking and the National Referral Mechanism: delays and gaps
        """,
        "civil_society",
        ("Freedom Pathways Trust",),
    ),
    Variation(
        "letterhead-en-04",
        "Lin Mei",
        "linmei.pamwa@gmail.com",
        "PAMWA submission on domestic work",
        """
        Dear OHCHR,

        Please see the attached submission. Thank you for the opportunity.

        Warm regards,
        Lin Mei
        Regional Coordinator
        """,
        """
        PAMWA
        Pan-Asian Migrant Women's Alliance
        Hong Kong · Kuala Lumpur · Singapore

        Migrant domestic workers and the right to a weekly rest day
        """,
        "civil_society",
        (
            "Pan-Asian Migrant Women's Alliance (PAMWA)",
            "Pan-Asian Migrant Women's Alliance",
            "Pan-Asian Migrant Women’s Alliance (PAMWA)",
            "Pan-Asian Migrant Women’s Alliance",
        ),
    ),
    Variation(
        "letterhead-en-05",
        "W. Chebet",
        "wchebet@protonmail.com",
        "submission - land and forest evictions",
        """
        To the Special Rapporteur,

        Kindly receive our submission on evictions from the Mount Elgon forest.

        Yours faithfully,
        Wilson Chebet
        Chairperson
        """,
        """
        MOUNT ELGON LAND DEFENDERS NETWORK
        "Our land, our life"
        P.O. Box 402, Kapsokwony | meldn.example.org

        Evictions from the Mount Elgon forest and the rights of forest peoples
        """,
        "civil_society",
        (
            "Mount Elgon Land Defenders Network",
            "Mount Elgon Land Defenders Network (MELDN)",
        ),
    ),
    Variation(
        "letterhead-fr-06",
        "Espoir Déplacés",
        "espoirdeplaces.nk@gmail.com",
        "Contribution",
        """
        Bonjour,

        Veuillez trouver en pièce jointe notre contribution.

        Merci.
        """,
        """
        ASSOCIATION ESPOIR DES DÉPLACÉS DU NORD-KIVU (AEDNK)
        Siège : Avenue du Lac n° 27, Quartier Himbi, Goma
        Tél. : +243 99 555 4102

        Les personnes déplacées internes autour de Goma : accès à l'eau et à la santé
        """,
        "civil_society",
        (
            "Association Espoir des Déplacés du Nord-Kivu (AEDNK)",
            "Association Espoir des Déplacés du Nord-Kivu",
        ),
    ),
    Variation(
        "letterhead-fr-07",
        "Karim B.",
        "karim.benali62@yahoo.fr",
        "Contribution appel ONU",
        """
        Madame, Monsieur,

        Je vous transmets ci-joint la contribution de notre ligue.

        Cordialement,
        Karim Benali
        Président
        """,
        """
        [Logo : LCDM – deux mains autour d'un globe]
        Ligue Citoyenne pour la Dignité des Migrants
        Association loi 1901 – 4 impasse des Lilas, 31200 Toulouse

        Les expulsions de squats et de campements à Toulouse
        """,
        "civil_society",
        (
            "Ligue Citoyenne pour la Dignité des Migrants (LCDM)",
            "Ligue Citoyenne pour la Dignité des Migrants",
        ),
    ),
    Variation(
        "letterhead-fr-08",
        "Aminata Sarr",
        "aminatasarr.kaolack@hotmail.fr",
        "Contribution",
        """
        Bonsoir,

        Ci-joint notre document.

        Aminata
        """,
        """
        LES FEMMES QUI RESTENT
        Épouses et mères de migrants dans le bassin arachidier

        Contribution présentée par
        Femmes Solidaires de Kaolack
        Kaolack, Sénégal
        """,
        "civil_society",
        ("Femmes Solidaires de Kaolack",),
    ),
    Variation(
        "letterhead-es-09",
        "Colectivo Mujeres",
        "mujeresjornaleras.sq@gmail.com",
        "Aporte",
        """
        Buenas tardes,

        Les mandamos nuestro aporte.

        Saludos.
        """,
        """
        [Logo: una mano con una fresa]
        COLECTIVO DE MUJERES JORNALERAS DE SAN QUINTÍN
        Valle de San Quintín, Baja California

        Acoso sexual y salud reproductiva en los campos agrícolas
        """,
        "civil_society",
        ("Colectivo de Mujeres Jornaleras de San Quintín",),
    ),
    Variation(
        "letterhead-es-10",
        "Martha Elena Ríos",
        "marthaelena.rios@hotmail.com",
        "Envío documento",
        """
        Estimados señores:

        Adjunto documento para la convocatoria.

        Atentamente,
        Martha Elena Ríos
        Presidenta
        """,
        """
        Niñez que cruza:
        niñas y niños migrantes en la frontera norte de Chile

        Documento elaborado por
        Asociación Civil Manos Abiertas por la Niñez
        Arica, junio de 2026
        """,
        "civil_society",
        (
            "Asociación Civil Manos Abiertas por la Niñez",
            "Manos Abiertas por la Niñez",
        ),
    ),
    Variation(
        "letterhead-es-11",
        "pcfd",
        "frontera.digna@yahoo.es",
        "Aporte PCFD",
        """
        Hola,

        Os enviamos el aporte de la plataforma. Un saludo.
        """,
        """
        [Logotipo: PCFD – una valla con una puerta abierta]
        Plataforma Ciudadana Frontera Digna
        Ceuta – Melilla

        Devoluciones en caliente y menores en las ciudades autónomas
        """,
        "civil_society",
        (
            "Plataforma Ciudadana Frontera Digna (PCFD)",
            "Plataforma Ciudadana Frontera Digna",
        ),
    ),
    # ── acronym: the acronym in one place, the full name in another ──
    Variation(
        "acronym-en-01",
        "Programmes",
        "programmes@wrnsa.example.org",
        "Input on refugee women's livelihoods",
        """
        Dear Working Group,

        The Women Refugees Network of Southern Africa is pleased to submit the attached
        input on refugee women's access to livelihoods in Zambia, Malawi and Mozambique.

        Regards,

        Programmes Team
        Women Refugees Network of Southern Africa
        Plot 2214, Kabulonga Road, Lusaka
        Tel +260 211 555 430
        """,
        """
        Women Refugees Network of Southern Africa

        Refugee women's livelihoods in three countries of asylum
        """,
        "civil_society",
        (
            "Women Refugees Network of Southern Africa",
            "Women Refugees Network of Southern Africa (WRNSA)",
        ),
    ),
    Variation(
        "acronym-en-02",
        "CLEAR",
        "advocacy@clear.example.org",
        "CLEAR submission – wage theft",
        """
        Dear colleagues,

        Please find CLEAR's submission on wage theft in the construction sector attached.

        Best,
        CLEAR Advocacy
        """,
        """
        Centre for Labour Equity and Rights (CLEAR)

        Wage theft among migrant construction workers
        Submission to the Working Group on Business and Human Rights
        """,
        "civil_society",
        (
            "Centre for Labour Equity and Rights (CLEAR)",
            "Centre for Labour Equity and Rights",
        ),
    ),
    Variation(
        "acronym-en-03",
        "KASAMA Secretariat",
        "kasama.sec@kasama.example.org.ph",
        "KASAMA input – OFW deployment bans",
        """
        Dear Madam/Sir,

        KASAMA respectfully submits the attached input on deployment bans and their
        effects on Filipino migrant workers and their families.

        Mabuhay,

        KASAMA Secretariat
        Quezon City, Philippines
        +63 2 8555 0417

        KASAMA (Kapisanan ng mga Manggagawang Migrante) is a non-stock, non-profit
        organisation registered with the SEC.
        """,
        """
        KASAMA

        Deployment bans and the rights of migrant workers and their families
        """,
        "civil_society",
        (
            "Kapisanan ng mga Manggagawang Migrante (KASAMA)",
            "Kapisanan ng mga Manggagawang Migrante",
            "KASAMA",
        ),
    ),
    Variation(
        "acronym-en-04",
        "Rosa Ibekwe | MiDRAN",
        "rosa@midran.example.org",
        "MiDRAN input: biometric data at borders",
        """
        Dear OHCHR team,

        Attached is the input of MiDRAN on the collection of biometric data from
        migrants at borders and in reception centres.

        Kind regards,

        Rosa Ibekwe (she/her)
        Research Lead | MiDRAN
        Migrants' Digital Rights Action Network
        www.midran.example.org | Mastodon: @midran@social.example
        """,
        """
        MiDRAN

        Biometric data collection from migrants: consent, retention and redress
        """,
        "civil_society",
        (
            "Migrants' Digital Rights Action Network (MiDRAN)",
            "Migrants' Digital Rights Action Network",
            "Migrants’ Digital Rights Action Network (MiDRAN)",
            "Migrants’ Digital Rights Action Network",
        ),
    ),
    Variation(
        "acronym-en-05",
        "NCDR",
        "hello@ncdr.example.org",
        "Submission from NCDR",
        """
        Hello,

        NCDR is delighted to contribute to your report on children's rights in the
        digital environment. Our submission is attached.

        All the best,
        The NCDR team
        """,
        """
        NETWORK FOR CHILDREN'S DIGITAL RIGHTS

        Children on the move and online safety
        Submission, June 2026
        """,
        "civil_society",
        (
            "Network for Children's Digital Rights (NCDR)",
            "Network for Children's Digital Rights",
            "Network for Children’s Digital Rights (NCDR)",
            "Network for Children’s Digital Rights",
        ),
    ),
    Variation(
        "acronym-fr-06",
        "GAPEL",
        "contact@gapel.example.fr",
        "Contribution GAPEL",
        """
        Bonjour,

        Le GAPEL vous adresse sa contribution sur la situation des personnes exilées
        sur le littoral de la Manche.

        Cordialement,

        L'équipe du GAPEL
        Calais
        """,
        """
        Groupe d'Appui aux Personnes Exilées du Littoral

        Expulsions de lieux de vie et accès à l'eau sur le littoral de la Manche
        """,
        "civil_society",
        (
            "Groupe d'Appui aux Personnes Exilées du Littoral (GAPEL)",
            "Groupe d'Appui aux Personnes Exilées du Littoral",
            "Groupe d’Appui aux Personnes Exilées du Littoral (GAPEL)",
        ),
    ),
    Variation(
        "acronym-fr-07",
        "C.E.D.R.E.",
        "cedre@cedre-refugies.example.be",
        "Contribution du C.E.D.R.E.",
        """
        Madame, Monsieur,

        Le C.E.D.R.E. a le plaisir de vous transmettre sa contribution relative à la
        détention des demandeurs d'asile dans les centres fermés.

        Bien cordialement,

        Pour le C.E.D.R.E. asbl,
        Sophie Vandamme
        Juriste
        Rue de la Loi 155 – 1040 Bruxelles
        """,
        """
        C.E.D.R.E. asbl
        Centre d'Études et de Défense des Réfugiés

        La détention des demandeurs d'asile en centres fermés
        """,
        "civil_society",
        (
            "Centre d'Études et de Défense des Réfugiés (C.E.D.R.E.)",
            "Centre d'Études et de Défense des Réfugiés (CEDRE)",
            "Centre d'Études et de Défense des Réfugiés",
            "C.E.D.R.E.",
        ),
    ),
    Variation(
        "acronym-fr-08",
        "META",
        "meta.bureau@meta-agri.example.org",
        "Contribution META – travailleurs agricoles",
        """
        Madame, Monsieur,

        Veuillez trouver ci-joint la contribution du META sur les conditions de travail
        des saisonniers agricoles étrangers.

        Salutations,

        Le bureau du META
        """,
        """
        Mouvement pour l'Égalité des Travailleurs Agricoles

        Saisonniers agricoles étrangers : logement, salaires et santé
        """,
        "civil_society",
        (
            "Mouvement pour l'Égalité des Travailleurs Agricoles (META)",
            "Mouvement pour l'Égalité des Travailleurs Agricoles",
            "Mouvement pour l’Égalité des Travailleurs Agricoles (META)",
        ),
    ),
    Variation(
        "acronym-es-09",
        "CODEMI Istmo",
        "codemi@codemi.example.org.mx",
        "Aporte del CODEMI",
        """
        Estimadas personas:

        El CODEMI hace llegar su aporte sobre las detenciones de personas migrantes en
        el Istmo de Tehuantepec.

        Saludos,

        CODEMI
        Ciudad Ixtepec, Oaxaca
        """,
        """
        Comité de Defensa de las Personas Migrantes del Istmo (CODEMI)

        Detenciones de personas migrantes en el Istmo de Tehuantepec
        """,
        "civil_society",
        (
            "Comité de Defensa de las Personas Migrantes del Istmo (CODEMI)",
            "Comité de Defensa de las Personas Migrantes del Istmo",
        ),
    ),
    Variation(
        "acronym-es-10",
        "Coordinación",
        "coordinacion@redcam.example.org",
        "Aporte convocatoria",
        """
        Estimados y estimadas:

        La Red Centroamericana de Acompañamiento a Migrantes comparte su aporte sobre
        personas retornadas con necesidades de protección.

        Saludos fraternos,

        Coordinación Regional
        Red Centroamericana de Acompañamiento a Migrantes
        San Salvador · Tegucigalpa · Ciudad de Guatemala
        """,
        """
        Red Centroamericana de Acompañamiento a Migrantes

        Personas retornadas con necesidades de protección internacional
        """,
        "civil_society",
        (
            "Red Centroamericana de Acompañamiento a Migrantes",
            "Red Centroamericana de Acompañamiento a Migrantes (REDCAM)",
        ),
    ),
    Variation(
        "acronym-es-11",
        "ASOJUMI",
        "asojumi@gmail.com",
        "ASOJUMI – aporte jóvenes migrantes",
        """
        Hola, buenos días:

        Desde ASOJUMI les enviamos nuestro aporte sobre jóvenes migrantes y acceso a la
        educación superior.

        Un abrazo,
        Equipo ASOJUMI
        """,
        """
        ASOJUMI – Asociación de Jóvenes Migrantes
        Madrid

        Jóvenes migrantes y acceso a la educación superior
        """,
        "civil_society",
        (
            "Asociación de Jóvenes Migrantes (ASOJUMI)",
            "Asociación de Jóvenes Migrantes",
        ),
    ),
    # ── bilingual: the organisation's name in two languages ──
    Variation(
        "bilingual-en-01",
        "RRNO-RDRO",
        "info@rrno-rdro.example.ca",
        "Submission / Contribution – RRNO",
        """
        Dear Special Rapporteur,

        Please find attached the submission of the Refugee Rights Network of Ottawa on
        delays in family reunification for protected persons.

        Best regards / Salutations,

        Policy Team / Équipe des politiques
        Refugee Rights Network of Ottawa | Réseau des droits des réfugiés d'Ottawa
        RRNO | RDRO
        613-555-0177
        """,
        """
        Refugee Rights Network of Ottawa
        Réseau des droits des réfugiés d'Ottawa

        Family reunification delays for protected persons in Canada
        """,
        "civil_society",
        (
            "Refugee Rights Network of Ottawa (RRNO)",
            "Refugee Rights Network of Ottawa",
            "Refugee Rights Network of Ottawa / Réseau des droits des réfugiés d'Ottawa",
            "Réseau des droits des réfugiés d'Ottawa",
        ),
    ),
    Variation(
        "bilingual-en-02",
        "Cymorth Ffoaduriaid",
        "post@cffgc.example.cymru",
        "Submission – North Wales Refugee Support",
        """
        Dear colleagues,

        North Wales Refugee Support submits the attached evidence on asylum seekers'
        access to primary health care in rural north Wales.

        Diolch / Thank you,

        Gwen Pritchard
        Swyddog Polisi / Policy Officer
        Cymorth Ffoaduriaid Gogledd Cymru / North Wales Refugee Support
        Ffordd y Castell, Bangor LL57 1AA
        Croesewir gohebiaeth yn Gymraeg / Correspondence welcomed in Welsh
        """,
        """
        Cymorth Ffoaduriaid Gogledd Cymru
        North Wales Refugee Support

        Asylum seekers' access to primary health care in rural north Wales
        """,
        "civil_society",
        (
            "North Wales Refugee Support",
            "Cymorth Ffoaduriaid Gogledd Cymru",
            "Cymorth Ffoaduriaid Gogledd Cymru / North Wales Refugee Support",
            "North Wales Refugee Support (Cymorth Ffoaduriaid Gogledd Cymru)",
        ),
    ),
    Variation(
        "bilingual-en-03",
        "Al-Amal",
        "contact@alamal-women.example.org.lb",
        "Al-Amal Association submission",
        """
        Dear Sir/Madam,

        On behalf of Al-Amal Association for Refugee Women, please find attached our
        submission on early marriage among refugee girls in the Bekaa.

        Regards,

        Communications Officer
        Al-Amal Association for Refugee Women | جمعية الأمل للنساء اللاجئات
        Zahle, Bekaa | +961 8 555 402
        """,
        """
        جمعية الأمل للنساء اللاجئات
        Al-Amal Association for Refugee Women

        Early marriage among refugee girls in the Bekaa valley
        """,
        "civil_society",
        (
            "Al-Amal Association for Refugee Women",
            "Al-Amal Association",
        ),
    ),
    Variation(
        "bilingual-en-04",
        "MHW Info",
        "info@mhw.example.or.tz",
        "Submission by Mtandao wa Haki za Wakimbizi",
        """
        Dear Working Group,

        Mtandao wa Haki za Wakimbizi (Refugee Rights Network) submits the attached paper
        on freedom of movement for refugees in the north-western camps.

        Asante,

        Programme Team
        Mtandao wa Haki za Wakimbizi – Refugee Rights Network (MHW)
        Kigoma
        """,
        """
        MTANDAO WA HAKI ZA WAKIMBIZI
        REFUGEE RIGHTS NETWORK

        Freedom of movement for refugees in the north-western camps
        """,
        "civil_society",
        (
            "Mtandao wa Haki za Wakimbizi (MHW)",
            "Mtandao wa Haki za Wakimbizi",
            "Mtandao wa Haki za Wakimbizi – Refugee Rights Network (MHW)",
            "Mtandao wa Haki za Wakimbizi (Refugee Rights Network)",
            "Mtandao wa Haki za Wakimbizi – Refugee Rights Network",
        ),
    ),
    Variation(
        "bilingual-fr-05",
        "Plateforme Accueil Bruxelles",
        "info@accueil-onthaal.example.be",
        "Contribution / Bijdrage – accueil des demandeurs de protection",
        """
        Madame, Monsieur,

        La Plateforme Accueil Bruxelles – Platform Onthaal Brussel vous transmet sa
        contribution sur la crise de l'accueil des demandeurs de protection
        internationale.

        Cordialement / Met vriendelijke groeten,

        Le secrétariat / Het secretariaat
        Plateforme Accueil Bruxelles – Platform Onthaal Brussel
        Rue Haute 98, 1000 Bruxelles / Hoogstraat 98, 1000 Brussel
        """,
        """
        Plateforme Accueil Bruxelles
        Platform Onthaal Brussel

        La crise de l'accueil des demandeurs de protection internationale
        """,
        "civil_society",
        (
            "Plateforme Accueil Bruxelles – Platform Onthaal Brussel",
            "Plateforme Accueil Bruxelles",
            "Plateforme Accueil Bruxelles / Platform Onthaal Brussel",
            "Plateforme Accueil Bruxelles - Platform Onthaal Brussel",
        ),
    ),
    Variation(
        "bilingual-fr-06",
        "Sekretariat / Secrétariat RSMV",
        "info@rsmv-nsmw.example.ch",
        "Contribution – renvois Dublin",
        """
        Madame, Monsieur,

        Le Réseau Solidarité Migrants Valais vous adresse sa contribution concernant les
        renvois Dublin de personnes vulnérables.

        Meilleures salutations / Freundliche Grüsse

        Réseau Solidarité Migrants Valais
        Netzwerk Solidarität Migranten Wallis
        Case postale 112, 1950 Sion
        """,
        """
        RÉSEAU SOLIDARITÉ MIGRANTS VALAIS
        NETZWERK SOLIDARITÄT MIGRANTEN WALLIS

        Renvois Dublin de personnes vulnérables
        """,
        "civil_society",
        (
            "Réseau Solidarité Migrants Valais",
            "Réseau Solidarité Migrants Valais (RSMV)",
            "Réseau Solidarité Migrants Valais / Netzwerk Solidarität Migranten Wallis",
            "Réseau Solidarité Migrants Valais – Netzwerk Solidarität Migranten Wallis",
        ),
    ),
    Variation(
        "bilingual-fr-07",
        "FVDH Ayiti",
        "fanmvanyan@fvdh.example.ht",
        "Contribution FVDH – femmes déplacées",
        """
        Bonjour,

        L'organisation Fanm Vanyan pou Dwa Moun – Femmes Vaillantes pour les Droits
        Humains (FVDH) vous fait parvenir sa contribution sur la situation des femmes
        déplacées dans les sites de Port-au-Prince.

        Mèsi anpil / Merci beaucoup,

        Coordination FVDH
        Delmas 33, Port-au-Prince
        """,
        """
        Fanm Vanyan pou Dwa Moun
        Femmes Vaillantes pour les Droits Humains

        Les femmes déplacées dans les sites de Port-au-Prince
        """,
        "civil_society",
        (
            "Fanm Vanyan pou Dwa Moun (FVDH)",
            "Fanm Vanyan pou Dwa Moun",
            "Femmes Vaillantes pour les Droits Humains (FVDH)",
            "Femmes Vaillantes pour les Droits Humains",
            "Fanm Vanyan pou Dwa Moun – Femmes Vaillantes pour les Droits Humains (FVDH)",
        ),
    ),
    Variation(
        "bilingual-es-08",
        "Warmi Kallpa",
        "warmikallpa@warmikallpa.example.org.pe",
        "Aporte Warmi Kallpa",
        """
        Estimadas y estimados:

        Warmi Kallpa – Fuerza de Mujer comparte su aporte sobre mujeres indígenas
        desplazadas por la minería en Apurímac.

        Sulpayki / Gracias,

        Equipo de Warmi Kallpa
        Abancay, Apurímac
        """,
        """
        WARMI KALLPA
        Fuerza de Mujer

        Mujeres indígenas desplazadas por la minería en Apurímac
        """,
        "civil_society",
        (
            "Warmi Kallpa",
            "Warmi Kallpa – Fuerza de Mujer",
            "Warmi Kallpa - Fuerza de Mujer",
            "Warmi Kallpa (Fuerza de Mujer)",
        ),
    ),
    Variation(
        "bilingual-es-09",
        "Frontera Unida | United Border Project",
        "info@fronteraunida.example.org",
        "Aporte – personas solicitantes de asilo en la frontera",
        """
        Estimado equipo:

        Frontera Unida / United Border Project remite su aporte sobre la situación de
        las personas solicitantes de asilo en Ciudad Juárez y El Paso.

        Saludos / Best,

        Luz Armendáriz (ella/she)
        Directora de Incidencia / Advocacy Director
        Frontera Unida | United Border Project
        El Paso, TX – Ciudad Juárez, Chih.
        +1 915 555 0148
        """,
        """
        Frontera Unida
        United Border Project

        Personas solicitantes de asilo en Ciudad Juárez y El Paso
        """,
        "civil_society",
        (
            "Frontera Unida / United Border Project",
            "Frontera Unida",
            "United Border Project",
            "Frontera Unida – United Border Project",
            "Frontera Unida (United Border Project)",
        ),
    ),
    Variation(
        "bilingual-es-10",
        "Xarxa d'Acollida",
        "info@xarxaacollidamaresme.example.cat",
        "Aportació / Aporte a la convocatoria",
        """
        Benvolguts, estimados:

        La Red de Acogida del Maresme os remite su aporte sobre los asentamientos de
        temporeros en la comarca.

        Salutacions / Saludos,

        Secretaria tècnica
        Xarxa d'Acollida del Maresme / Red de Acogida del Maresme
        Mataró (Barcelona)
        """,
        """
        Xarxa d'Acollida del Maresme
        Red de Acogida del Maresme

        Asentamientos de temporeros en el Maresme
        """,
        "civil_society",
        (
            "Xarxa d'Acollida del Maresme",
            "Red de Acogida del Maresme",
            "Xarxa d'Acollida del Maresme / Red de Acogida del Maresme",
            "Xarxa d’Acollida del Maresme",
        ),
    ),
    Variation(
        "bilingual-es-11",
        "Tekoha",
        "tekoharekavo@tekoha.example.org.py",
        "Aporte de la asociación",
        """
        Mba'éichapa, buenas tardes:

        La Asociación Tekoha Rekávo – Buscando la Tierra les hace llegar su aporte sobre
        los desalojos de comunidades indígenas en el Chaco.

        Aguyje / Gracias,

        Comisión Directiva
        Asociación Tekoha Rekávo
        Filadelfia, Boquerón
        """,
        """
        ASOCIACIÓN TEKOHA REKÁVO
        Buscando la Tierra

        Desalojos de comunidades indígenas en el Chaco
        """,
        "civil_society",
        (
            "Asociación Tekoha Rekávo",
            "Tekoha Rekávo",
            "Asociación Tekoha Rekávo – Buscando la Tierra",
            "Asociación Tekoha Rekávo (Buscando la Tierra)",
        ),
    ),
    # ── ngostate: an NGO that names a State or has "Mission"-like words in its name ──
    Variation(
        "ngostate-en-01",
        "NRMF Kathmandu",
        "info@nrmf.example.org.np",
        "Input from Nepal Returnee Migrants Forum",
        """
        Dear Sir/Madam,

        Nepal Returnee Migrants Forum submits the attached input on the deaths of Nepali
        migrant workers in the Gulf and the compensation owed to their families. We
        urge the Government of Nepal to act on it.

        Regards,

        Secretariat
        Nepal Returnee Migrants Forum
        Baneshwor, Kathmandu, Nepal
        +977 1 555 4481
        """,
        """
        Nepal Returnee Migrants Forum

        Deaths of migrant workers abroad and compensation for their families
        """,
        "civil_society",
        (
            "Nepal Returnee Migrants Forum",
            "Nepal Returnee Migrants Forum (NRMF)",
        ),
    ),
    Variation(
        "ngostate-en-02",
        "Revd. Tomás Alvarado",
        "chaplain@harbourmission.example.org.uk",
        "Submission – Harbour Mission for Migrant Fishers",
        """
        Dear Secretariat,

        The Harbour Mission for Migrant Fishers presents its compliments and submits the
        attached evidence on migrant fishers working on transit visas in UK waters.

        With every good wish,

        Revd. Tomás Alvarado
        Port Chaplain
        Harbour Mission for Migrant Fishers
        The Mission House, Fish Quay, North Shields NE30 1HJ
        """,
        """
        HARBOUR MISSION FOR MIGRANT FISHERS

        Migrant fishers on transit visas: evidence from north-east ports
        """,
        "civil_society",
        ("Harbour Mission for Migrant Fishers",),
    ),
    Variation(
        "ngostate-en-03",
        "ZDRF",
        "zdrf.uk@zdrf.example.org",
        "ZDRF submission - Zimbabweans in the UK asylum system",
        """
        Dear colleagues,

        The Zimbabwe Diaspora Rights Forum submits the attached paper on Zimbabwean
        nationals refused asylum and unable to return. We have also shared it with the
        Embassy of the Republic of Zimbabwe in London.

        Yours sincerely,

        Tendai Moyo
        Chair, Zimbabwe Diaspora Rights Forum (ZDRF)
        Leicester, United Kingdom
        """,
        """
        Zimbabwe Diaspora Rights Forum

        Refused and stranded: Zimbabwean nationals in the UK asylum system
        """,
        "civil_society",
        (
            "Zimbabwe Diaspora Rights Forum (ZDRF)",
            "Zimbabwe Diaspora Rights Forum",
        ),
    ),
    Variation(
        "ngostate-en-04",
        "Penang Migrant Care",
        "care@penangmigrantcare.example.org.my",
        "Submission on immigration depots in Malaysia",
        """
        Dear Working Group,

        We refer to the reply of the Permanent Mission of Malaysia to your communication
        of last year. Our submission on conditions in immigration depots in Malaysia is
        attached.

        Best regards,

        Penang Migrant Care Collective
        George Town, Penang
        """,
        """
        Penang Migrant Care Collective

        Conditions in immigration depots in Malaysia, 2024–2026
        """,
        "civil_society",
        ("Penang Migrant Care Collective",),
    ),
    Variation(
        "ngostate-fr-05",
        "AGSR Conakry",
        "agsr.conakry@agsr.example.org.gn",
        "Contribution de l'Association Guinée Solidarité Retour",
        """
        Madame, Monsieur,

        L'Association Guinée Solidarité Retour (AGSR) vous transmet sa contribution sur
        la réintégration des migrants guinéens de retour de Libye et du Niger.

        Nous appelons le Gouvernement de la République de Guinée à renforcer son
        dispositif d'accueil.

        Le Bureau exécutif
        AGSR – Conakry, Guinée
        """,
        """
        ASSOCIATION GUINÉE SOLIDARITÉ RETOUR

        La réintégration des migrants guinéens de retour de Libye et du Niger
        """,
        "civil_society",
        (
            "Association Guinée Solidarité Retour (AGSR)",
            "Association Guinée Solidarité Retour",
        ),
    ),
    Variation(
        "ngostate-fr-06",
        "Ambassade Citoyenne",
        "contact@ambassadecitoyenne.example.fr",
        "Contribution de l'Ambassade Citoyenne des Exilés",
        """
        Madame, Monsieur,

        L'Ambassade Citoyenne des Exilés, association de solidarité née dans le
        XVIIIe arrondissement de Paris, a l'honneur de vous transmettre sa contribution
        sur l'accès à la domiciliation des personnes exilées.

        Bien solidairement,

        L'Ambassade Citoyenne des Exilés
        Association loi 1901
        """,
        """
        AMBASSADE CITOYENNE DES EXILÉS

        L'accès à la domiciliation des personnes exilées à Paris
        """,
        "civil_society",
        ("Ambassade Citoyenne des Exilés",),
    ),
    Variation(
        "ngostate-es-07",
        "RAVE Ecuador",
        "rave@rave-ecuador.example.org.ec",
        "Aporte RAVE – personas venezolanas en Ecuador",
        """
        Estimados señores:

        La Red de Apoyo a Venezolanos en Ecuador (RAVE) remite su aporte sobre la
        regularización de personas venezolanas en el Ecuador.

        Atentamente,

        María Gabriela Useche
        Coordinadora General
        Red de Apoyo a Venezolanos en Ecuador
        Quito
        """,
        """
        Red de Apoyo a Venezolanos en Ecuador

        Regularización de personas venezolanas en el Ecuador
        """,
        "civil_society",
        (
            "Red de Apoyo a Venezolanos en Ecuador (RAVE)",
            "Red de Apoyo a Venezolanos en Ecuador",
        ),
    ),
    Variation(
        "ngostate-es-08",
        "Misión Humanitaria Darién",
        "contacto@misiondarien.example.org.pa",
        "Aporte de la Misión Humanitaria Cruce del Darién",
        """
        Estimadas personas del equipo:

        La Misión Humanitaria Cruce del Darién, organización de voluntariado con sede en
        Metetí, remite su aporte sobre la atención a personas migrantes que cruzan la
        selva del Darién hacia Panamá.

        Saludos,

        Coordinación de la Misión
        """,
        """
        Misión Humanitaria Cruce del Darién

        Atención a personas migrantes en la selva del Darién
        """,
        "civil_society",
        ("Misión Humanitaria Cruce del Darién",),
    ),
    # ── company: companies and business associations ──
    Variation(
        "company-en-01",
        "Hartley, Sophie",
        "sophie.hartley@marloweapparel.example.com",
        "Marlowe Apparel Group plc – response to call for inputs",
        """
        Dear Working Group,

        Please find attached Marlowe Apparel Group's response to your call for inputs on
        responsible recruitment in supply chains.

        Kind regards,

        Sophie Hartley
        Head of Human Rights & Responsible Sourcing
        Sustainability Department
        Marlowe Apparel Group plc
        1 Canal Wharf, Leeds LS11 5PS
        T +44 113 555 0820 | M +44 7700 900 412
        marloweapparel.example.com

        Marlowe Apparel Group plc is registered in England and Wales, no. 04411873. This
        e-mail is confidential and may be legally privileged.
        """,
        """
        Marlowe Apparel Group plc

        Responsible recruitment in our supply chain: response to the call for inputs
        """,
        "private_sector",
        (
            "Marlowe Apparel Group plc",
            "Marlowe Apparel Group",
            "Marlowe Apparel Group PLC",
        ),
    ),
    Variation(
        "company-en-02",
        "FERA Secretariat",
        "secretariat@fera.example.org",
        "FERA input – recruitment fees",
        """
        Dear Sir/Madam,

        The Federation of Ethical Recruitment Agencies, representing 140 licensed
        agencies in 11 countries, welcomes the opportunity to contribute.

        Yours faithfully,

        Secretariat
        Federation of Ethical Recruitment Agencies (FERA)
        """,
        """
        FERA
        Federation of Ethical Recruitment Agencies

        The employer-pays principle in practice
        """,
        "private_sector",
        (
            "Federation of Ethical Recruitment Agencies (FERA)",
            "Federation of Ethical Recruitment Agencies",
        ),
    ),
    Variation(
        "company-en-03",
        "Sustainability",
        "sustainability@brightwaterfoods.example.com",
        "Input from Brightwater Foods",
        """
        Hello,

        Brightwater Foods Ltd is pleased to share the attached input on worker welfare
        in our seasonal packhouses.

        Thanks,
        Sustainability Team
        Brightwater Foods Ltd
        Unit 4, Fenland Business Park, Wisbech PE13 2RN
        """,
        """
        Brightwater Foods Ltd

        Worker welfare in seasonal packhouses
        """,
        "private_sector",
        ("Brightwater Foods Ltd", "Brightwater Foods", "Brightwater Foods Limited"),
    ),
    Variation(
        "company-en-04",
        "Priya Nair",
        "pnair@lumendata.example.com",
        "Lumen Data Systems – input on biometrics",
        """
        Dear OHCHR,

        On behalf of Lumen Data Systems, Inc., I enclose our input on the use of
        biometric identity systems in humanitarian settings.

        Best,

        Priya Nair (she/her)
        Associate General Counsel, Privacy & Human Rights
        Legal Department
        Lumen Data Systems, Inc.
        500 Mission Street, San Francisco, CA 94105
        """,
        """
        LUMEN DATA SYSTEMS, INC.

        Biometric identity systems in humanitarian settings
        """,
        "private_sector",
        (
            "Lumen Data Systems, Inc.",
            "Lumen Data Systems Inc.",
            "Lumen Data Systems",
        ),
    ),
    Variation(
        "company-fr-05",
        "RSE Groupe Solvane",
        "rse@solvane.example.fr",
        "Contribution du Groupe Solvane",
        """
        Madame, Monsieur,

        Le Groupe Solvane SA a le plaisir de vous adresser sa contribution relative au
        devoir de vigilance dans ses chantiers à l'international.

        Cordialement,

        Direction de la Responsabilité sociétale
        Groupe Solvane SA
        12 avenue de la Grande Armée, 75017 Paris
        """,
        """
        GROUPE SOLVANE

        Devoir de vigilance et droits des travailleurs sur nos chantiers internationaux
        """,
        "private_sector",
        ("Groupe Solvane SA", "Groupe Solvane"),
    ),
    Variation(
        "company-fr-06",
        "UPIA",
        "upia@upia.example.org",
        "Contribution de l'UPIA",
        """
        Madame, Monsieur,

        L'Union patronale des industries agroalimentaires (UPIA) vous transmet sa
        contribution sur le recours aux travailleurs saisonniers étrangers.

        Veuillez agréer l'expression de nos salutations distinguées.

        Le Délégué général
        UPIA
        """,
        """
        Union patronale des industries agroalimentaires

        Le recours aux travailleurs saisonniers étrangers
        """,
        "private_sector",
        (
            "Union patronale des industries agroalimentaires (UPIA)",
            "Union patronale des industries agroalimentaires",
        ),
    ),
    Variation(
        "company-es-07",
        "Gerencia RSE",
        "rse@agrocostaverde.example.com.pe",
        "Aporte Agroindustrial Costa Verde",
        """
        Estimados:

        Adjuntamos el aporte de Agroindustrial Costa Verde S.A.C. sobre las
        condiciones laborales en nuestros fundos de Ica.

        Saludos cordiales,

        Gerencia de Responsabilidad Social
        Agroindustrial Costa Verde S.A.C.
        Panamericana Sur km 301, Ica
        """,
        """
        AGROINDUSTRIAL COSTA VERDE S.A.C.

        Condiciones laborales en nuestros fundos de Ica
        """,
        "private_sector",
        (
            "Agroindustrial Costa Verde S.A.C.",
            "Agroindustrial Costa Verde SAC",
            "Agroindustrial Costa Verde",
        ),
    ),
    Variation(
        "company-es-08",
        "AETTA",
        "aetta@aetta.example.es",
        "Aportación AETTA",
        """
        Estimados señores:

        La Asociación de Empresas de Trabajo Temporal de Andalucía remite su aportación
        sobre la contratación en origen de temporeras.

        Un cordial saludo,

        Secretaría General
        AETTA
        Avda. de la Constitución 20, Sevilla
        """,
        """
        Asociación de Empresas de Trabajo Temporal de Andalucía (AETTA)

        La contratación en origen de temporeras
        """,
        "private_sector",
        (
            "Asociación de Empresas de Trabajo Temporal de Andalucía (AETTA)",
            "Asociación de Empresas de Trabajo Temporal de Andalucía",
        ),
    ),
    # ── igo: intergovernmental bodies ──
    Variation(
        "igo-en-01",
        "Achieng, Grace",
        "gachieng@iom.example.int",
        "IOM Regional Office Nairobi – input",
        """
        Dear colleagues,

        Please find attached the input of the IOM Regional Office for East and Horn of
        Africa on mixed migration along the Eastern Route.

        Best regards,

        Grace Achieng
        Regional Protection Officer
        IOM – UN Migration | Regional Office for East and Horn of Africa
        Sri Aurobindo Avenue, off Mzima Springs Road, Lavington, Nairobi
        """,
        """
        International Organization for Migration
        Regional Office for East and Horn of Africa

        Mixed migration along the Eastern Route
        """,
        "international_org",
        (
            "International Organization for Migration (IOM)",
            "International Organization for Migration",
            "IOM",
            "IOM Regional Office for East and Horn of Africa",
        ),
    ),
    Variation(
        "igo-en-02",
        "DWT Bangkok",
        "dwt-bangkok@ilo.example.org",
        "ILO contribution",
        """
        Dear Sir/Madam,

        The ILO Decent Work Technical Support Team for East and South-East Asia and the
        Pacific is pleased to share the attached contribution on fishers' working
        conditions.

        Best regards,

        ILO DWT/CO-Bangkok
        United Nations Building, Rajdamnern Nok Avenue, Bangkok 10200
        """,
        """
        International Labour Organization

        Fishers' working conditions in South-East Asia
        """,
        "international_org",
        (
            "International Labour Organization (ILO)",
            "International Labour Organization",
            "ILO",
        ),
    ),
    Variation(
        "igo-en-03",
        "UN Women Jordan",
        "jordan.co@unwomen.example.org",
        "UN Women Jordan Country Office input",
        """
        Dear OHCHR team,

        Please find attached UN Women's input on Syrian refugee women's economic
        participation in Jordan.

        Kind regards,

        UN Women Jordan Country Office
        Amman
        """,
        """
        UN WOMEN
        Jordan Country Office

        Refugee women's economic participation in Jordan
        """,
        "international_org",
        (
            "UN Women",
            "United Nations Entity for Gender Equality and the Empowerment of Women (UN Women)",
            "United Nations Entity for Gender Equality and the Empowerment of Women",
            "UN Women Jordan",
        ),
    ),
    Variation(
        "igo-en-04",
        "DSA-AUC",
        "socialaffairs@au.example.int",
        "African Union Commission – input on free movement",
        """
        Dear Sir/Madam,

        The African Union Commission, through the Department of Health, Humanitarian
        Affairs and Social Development, submits the attached input on the Free Movement
        of Persons Protocol.

        Regards,

        Migration Unit
        African Union Commission
        Roosevelt Street, Addis Ababa, Ethiopia
        """,
        """
        AFRICAN UNION COMMISSION

        The Free Movement of Persons Protocol: status and obstacles
        """,
        "international_org",
        (
            "African Union Commission",
            "African Union",
            "African Union Commission (AUC)",
            "African Union (AU)",
        ),
    ),
    Variation(
        "igo-fr-05",
        "Direction Affaires politiques OIF",
        "dapg@francophonie.example.org",
        "Contribution de l'OIF",
        """
        Madame, Monsieur,

        L'Organisation internationale de la Francophonie a l'honneur de transmettre sa
        contribution sur l'enregistrement des naissances et la prévention de
        l'apatridie dans l'espace francophone.

        Direction des affaires politiques et de la gouvernance démocratique
        Organisation internationale de la Francophonie
        19-21 avenue Bosquet, 75007 Paris
        """,
        """
        ORGANISATION INTERNATIONALE DE LA FRANCOPHONIE

        Enregistrement des naissances et prévention de l'apatridie
        """,
        "international_org",
        (
            "Organisation internationale de la Francophonie (OIF)",
            "Organisation internationale de la Francophonie",
            "OIF",
        ),
    ),
    Variation(
        "igo-fr-06",
        "KONÉ Issouf",
        "ikone@unicef.example.org",
        "Contribution UNICEF – Bureau régional",
        """
        Madame, Monsieur,

        Veuillez trouver ci-joint la contribution du Bureau régional de l'UNICEF pour
        l'Afrique de l'Ouest et du Centre sur les enfants en déplacement.

        Cordialement,

        Issouf Koné
        Spécialiste Protection de l'enfance
        UNICEF – Bureau régional pour l'Afrique de l'Ouest et du Centre
        Dakar, Sénégal
        """,
        """
        Fonds des Nations Unies pour l'enfance
        Bureau régional pour l'Afrique de l'Ouest et du Centre

        Les enfants en déplacement en Afrique de l'Ouest et du Centre
        """,
        "international_org",
        (
            "Fonds des Nations Unies pour l'enfance (UNICEF)",
            "UNICEF",
            "United Nations Children's Fund (UNICEF)",
            "Fonds des Nations Unies pour l'enfance",
        ),
    ),
    Variation(
        "igo-es-07",
        "CELADE",
        "celade@cepal.example.org",
        "Aporte de la CEPAL",
        """
        Estimados colegas:

        El Centro Latinoamericano y Caribeño de Demografía (CELADE) – División de
        Población de la CEPAL remite su aporte sobre migración intrarregional.

        Saludos cordiales,

        CELADE – División de Población
        Comisión Económica para América Latina y el Caribe
        Av. Dag Hammarskjöld 3477, Vitacura, Santiago de Chile
        """,
        """
        COMISIÓN ECONÓMICA PARA AMÉRICA LATINA Y EL CARIBE
        CEPAL

        Migración intrarregional en América Latina y el Caribe
        """,
        "international_org",
        (
            "Comisión Económica para América Latina y el Caribe (CEPAL)",
            "Comisión Económica para América Latina y el Caribe",
            "CEPAL",
            "Economic Commission for Latin America and the Caribbean (ECLAC)",
            "ECLAC",
        ),
    ),
    Variation(
        "igo-es-08",
        "SGCAN",
        "movilidad@comunidadandina.example.org",
        "Aporte Secretaría General de la Comunidad Andina",
        """
        Estimados señores:

        La Secretaría General de la Comunidad Andina tiene el agrado de remitir su
        aporte sobre el Estatuto Migratorio Andino.

        Atentamente,

        Secretaría General de la Comunidad Andina
        Av. Paseo de la República 3895, San Isidro, Lima
        """,
        """
        COMUNIDAD ANDINA
        Secretaría General

        El Estatuto Migratorio Andino
        """,
        "international_org",
        (
            "Comunidad Andina (CAN)",
            "Comunidad Andina",
            "Secretaría General de la Comunidad Andina",
            "Andean Community",
        ),
    ),
    # ── nhri: national human rights institutions ──
    Variation(
        "nhri-en-01",
        "HRCSL Info",
        "info@hrcsl.example.org.sl",
        "Input of the Human Rights Commission of Sierra Leone",
        """
        Dear Sir/Madam,

        The Human Rights Commission of Sierra Leone presents its compliments and submits
        the attached input on the rights of persons deported to Sierra Leone.

        Regards,

        Directorate of Complaints, Investigations and Legal Services
        Human Rights Commission of Sierra Leone
        Lotto Building, Wilberforce Street, Freetown
        """,
        """
        HUMAN RIGHTS COMMISSION OF SIERRA LEONE

        Deportations to Sierra Leone and the rights of returnees
        """,
        "nhri",
        (
            "Human Rights Commission of Sierra Leone (HRCSL)",
            "Human Rights Commission of Sierra Leone",
        ),
        "SLE",
    ),
    Variation(
        "nhri-en-02",
        "Banda, Chikondi",
        "cbanda@mhrc.example.mw",
        "MHRC submission – trafficking in persons",
        """
        Dear colleagues,

        Please find attached the submission of the Malawi Human Rights Commission on
        trafficking of Malawian women for domestic work abroad.

        Best regards,

        Chikondi Banda
        Senior Human Rights Officer
        Malawi Human Rights Commission
        Private Bag 378, Lilongwe 3
        Tel: +265 1 555 750 | Cell: +265 99 555 1204
        """,
        """
        MALAWI HUMAN RIGHTS COMMISSION

        Trafficking of Malawian women for domestic work abroad
        """,
        "nhri",
        (
            "Malawi Human Rights Commission (MHRC)",
            "Malawi Human Rights Commission",
        ),
        "MWI",
    ),
    Variation(
        "nhri-en-03",
        "International Relations Department",
        "international@ombudsman.example.ge",
        "Public Defender of Georgia – contribution",
        """
        Dear Madam/Sir,

        Please find attached the contribution of the Public Defender (Ombudsman) of
        Georgia on the situation of internally displaced persons.

        Respectfully,

        International Relations Department
        Office of the Public Defender of Georgia
        11 Ketevan Dedofali Ave., Tbilisi 0144
        """,
        """
        PUBLIC DEFENDER (OMBUDSMAN) OF GEORGIA

        Internally displaced persons: housing and livelihoods
        """,
        "nhri",
        (
            "Public Defender (Ombudsman) of Georgia",
            "Public Defender of Georgia",
            "Office of the Public Defender of Georgia",
        ),
        "GEO",
    ),
    Variation(
        "nhri-en-04",
        "Aishath Shareef",
        "aishath.shareef@hrcm.example.gov.mv",
        "HRCM submission – migrant workers",
        """
        Dear OHCHR,

        On behalf of the Human Rights Commission of the Maldives, please find attached
        our submission on the living conditions of migrant workers in Malé.

        Kind regards,

        Aishath Shareef
        Assistant Director, Monitoring and Investigation
        Human Rights Commission of the Maldives (HRCM)
        Malé, Republic of Maldives
        Sent from my iPhone
        """,
        """
        HUMAN RIGHTS COMMISSION OF THE MALDIVES

        Living conditions of migrant workers in Malé
        """,
        "nhri",
        (
            "Human Rights Commission of the Maldives (HRCM)",
            "Human Rights Commission of the Maldives",
        ),
        "MDV",
    ),
    Variation(
        "nhri-fr-05",
        "CDHC Yaoundé",
        "cdhc@cdhc.example.cm",
        "Contribution de la Commission des Droits de l'Homme du Cameroun",
        """
        Madame, Monsieur,

        La Commission des Droits de l'Homme du Cameroun (CDHC) a l'honneur de vous
        transmettre sa contribution sur la situation des personnes déplacées internes
        dans les régions du Nord-Ouest et du Sud-Ouest.

        Le Secrétaire Général
        Commission des Droits de l'Homme du Cameroun
        B.P. 20317 Yaoundé
        """,
        """
        RÉPUBLIQUE DU CAMEROUN
        Paix – Travail – Patrie

        COMMISSION DES DROITS DE L'HOMME DU CAMEROUN

        Les personnes déplacées internes dans les régions du Nord-Ouest et du Sud-Ouest
        """,
        "nhri",
        (
            "Commission des Droits de l'Homme du Cameroun (CDHC)",
            "Commission des Droits de l'Homme du Cameroun",
            "Commission des droits de l'homme du Cameroun",
        ),
        "CMR",
    ),
    Variation(
        "nhri-fr-06",
        "PEETERS Lien",
        "lien.peeters@firm-ifdh.example.be",
        "Contribution de l'Institut fédéral des droits humains",
        """
        Madame, Monsieur,

        Je vous prie de trouver ci-joint la contribution de l'Institut fédéral pour la
        protection et la promotion des droits humains (IFDH) sur l'accueil des
        demandeurs de protection internationale en Belgique.

        Bien à vous,

        Lien Peeters
        Collaboratrice juridique / Juridisch medewerker
        Institut fédéral des droits humains – Federaal Instituut voor de rechten van de mens
        Rue de Louvain 48, 1000 Bruxelles
        """,
        """
        INSTITUT FÉDÉRAL DES DROITS HUMAINS
        FEDERAAL INSTITUUT VOOR DE RECHTEN VAN DE MENS

        L'accueil des demandeurs de protection internationale en Belgique
        """,
        "nhri",
        (
            "Institut fédéral pour la protection et la promotion des droits humains (IFDH)",
            "Institut fédéral pour la protection et la promotion des droits humains",
            "Institut fédéral des droits humains (IFDH)",
            "Institut fédéral des droits humains",
            "Federal Institute for Human Rights (FIRM-IFDH)",
            "Federaal Instituut voor de rechten van de mens (FIRM)",
        ),
        "BEL",
    ),
    Variation(
        "nhri-fr-07",
        "Secrétariat CNDH Togo",
        "secretariat@cndh.example.tg",
        "Contribution CNDH",
        """
        Madame, Monsieur,

        La Commission nationale des droits de l'homme (CNDH) du Togo vous fait parvenir
        sa contribution relative aux conditions de détention des personnes étrangères.

        Veuillez agréer l'expression de notre haute considération.

        Le Président
        Commission nationale des droits de l'homme
        Lomé, Togo
        """,
        """
        COMMISSION NATIONALE DES DROITS DE L'HOMME
        République Togolaise

        Conditions de détention des personnes étrangères
        """,
        "nhri",
        (
            "Commission nationale des droits de l'homme (CNDH)",
            "Commission nationale des droits de l'homme",
            "Commission nationale des droits de l'homme du Togo",
            "Commission nationale des droits de l'homme (CNDH) du Togo",
            "Commission Nationale des Droits de l'Homme du Togo (CNDH)",
        ),
        "TGO",
    ),
    Variation(
        "nhri-es-08",
        "Despacho Defensora",
        "despacho@dhr.example.go.cr",
        "Aporte de la Defensoría de los Habitantes",
        """
        Estimados señores:

        Por instrucción de la señora Defensora, se remite el aporte de la Defensoría de
        los Habitantes de la República de Costa Rica sobre la situación de las personas
        solicitantes de refugio.

        Atentamente,

        Despacho de la Defensora de los Habitantes
        Barrio México, San José
        Tel. (506) 4000-8500
        """,
        """
        DEFENSORÍA DE LOS HABITANTES
        REPÚBLICA DE COSTA RICA

        Personas solicitantes de refugio en Costa Rica
        """,
        "nhri",
        (
            "Defensoría de los Habitantes de la República de Costa Rica",
            "Defensoría de los Habitantes de Costa Rica",
            "Defensoría de los Habitantes",
        ),
        "CRI",
    ),
    Variation(
        "nhri-es-09",
        "Mamani, Roxana",
        "rmamani@defensoria.example.gob.bo",
        "Aporte Defensoría del Pueblo de Bolivia",
        """
        Señores:

        Remito el aporte de la Defensoría del Pueblo del Estado Plurinacional de Bolivia
        sobre las personas migrantes en tránsito por Pisiga y Desaguadero.

        Saludos,

        Roxana Mamani Condori
        Profesional Defensorial
        Unidad de Movilidad Humana
        Defensoría del Pueblo
        Calle Colombia 440, La Paz
        """,
        """
        DEFENSORÍA DEL PUEBLO
        ESTADO PLURINACIONAL DE BOLIVIA

        Personas migrantes en tránsito por Pisiga y Desaguadero
        """,
        "nhri",
        (
            "Defensoría del Pueblo del Estado Plurinacional de Bolivia",
            "Defensoría del Pueblo de Bolivia",
            "Defensoría del Pueblo (Bolivia)",
        ),
        "BOL",
    ),
    Variation(
        "nhri-es-10",
        "Delegada para la Movilidad Humana",
        "movilidadhumana@defensoria.example.gov.co",
        "Aporte – Defensoría del Pueblo de Colombia",
        """
        Estimados:

        La Defensoría del Pueblo de Colombia, a través de la Delegada para los Derechos
        de la Población en Movilidad Humana, remite el aporte solicitado.

        Cordialmente,

        Delegada para los Derechos de la Población en Movilidad Humana
        Defensoría del Pueblo – Colombia
        Calle 55 n.º 10-32, Bogotá D.C.
        """,
        """
        DEFENSORÍA DEL PUEBLO
        COLOMBIA

        Personas en movilidad humana en la frontera colombo-venezolana
        """,
        "nhri",
        (
            "Defensoría del Pueblo de Colombia",
            "Defensoría del Pueblo (Colombia)",
            "Defensoría del Pueblo de la República de Colombia",
        ),
        "COL",
    ),
    Variation(
        "nhri-es-11",
        "INDDHH",
        "secretaria@inddhh.example.gub.uy",
        "Aporte INDDHH",
        """
        Estimados/as:

        Se adjunta el aporte del Consejo Directivo de la INDDHH sobre la situación de
        las personas migrantes privadas de libertad.

        Saludos cordiales,

        Secretaría del Consejo Directivo
        Institución Nacional de Derechos Humanos y Defensoría del Pueblo
        Bartolomé Mitre 1488, Montevideo
        """,
        """
        INSTITUCIÓN NACIONAL DE DERECHOS HUMANOS Y DEFENSORÍA DEL PUEBLO
        URUGUAY

        Personas migrantes privadas de libertad
        """,
        "nhri",
        (
            "Institución Nacional de Derechos Humanos y Defensoría del Pueblo (INDDHH)",
            "Institución Nacional de Derechos Humanos y Defensoría del Pueblo",
            "Institución Nacional de Derechos Humanos y Defensoría del Pueblo de Uruguay",
            "INDDHH",
        ),
        "URY",
    ),
    # ── state: notes verbales, missions, ministries ──
    Variation(
        "state-en-01",
        "Ireland Mission Geneva",
        "genevapmun@dfa.example.ie",
        "Note verbale – Ireland – reply to call for inputs",
        """
        Dear colleagues,

        Please find attached a note verbale from the Permanent Mission of Ireland and
        Ireland's reply to the call for inputs.

        Kind regards,

        Human Rights Section
        Permanent Mission of Ireland to the United Nations in Geneva
        Rue de Moillebeau 58, 1209 Geneva
        """,
        """
        PERMANENT MISSION OF IRELAND
        TO THE UNITED NATIONS AND OTHER INTERNATIONAL ORGANISATIONS AT GENEVA

        Ref: PMG/HR/2026/48

        The Permanent Mission of Ireland to the United Nations and other International
        Organisations at Geneva presents its compliments to the Office of the United
        Nations High Commissioner for Human Rights and has the honour to transmit the
        reply of Ireland to the call for inputs.
        """,
        "member_state",
        ("Ireland",),
        "IRL",
    ),
    Variation(
        "state-en-02",
        "Rahman Md. Kamrul",
        "kamrul.rahman@probashi.example.gov.bd",
        "Inputs of the Government of Bangladesh",
        """
        Dear Sir/Madam,

        With reference to the call for inputs, please find attached the inputs of the
        Ministry of Expatriates' Welfare and Overseas Employment of the Government of
        the People's Republic of Bangladesh.

        Regards,

        Md. Kamrul Rahman
        Senior Assistant Secretary (Labour Wing)
        Ministry of Expatriates' Welfare and Overseas Employment
        Probashi Kallyan Bhaban, Eskaton Garden, Dhaka-1000
        """,
        """
        Government of the People's Republic of Bangladesh
        Ministry of Expatriates' Welfare and Overseas Employment

        Inputs on the protection of Bangladeshi migrant workers
        """,
        "member_state",
        ("Bangladesh", "People's Republic of Bangladesh"),
        "BGD",
    ),
    Variation(
        "state-en-03",
        "MFA TT",
        "multilateral@foreign.example.gov.tt",
        "Trinidad and Tobago – response to questionnaire",
        """
        Good day,

        The Ministry of Foreign and CARICOM Affairs of the Republic of Trinidad and
        Tobago submits the attached response to the questionnaire.

        Regards,

        Multilateral Relations Division
        Ministry of Foreign and CARICOM Affairs
        Tower C, International Waterfront Complex, Port of Spain
        """,
        """
        REPUBLIC OF TRINIDAD AND TOBAGO
        MINISTRY OF FOREIGN AND CARICOM AFFAIRS

        Response of the Government of the Republic of Trinidad and Tobago
        """,
        "member_state",
        ("Trinidad and Tobago", "Republic of Trinidad and Tobago"),
        "TTO",
    ),
    Variation(
        "state-en-04",
        "Thai Mission Geneva",
        "thaimission.gva@mfa.example.go.th",
        "Note verbale from the Permanent Mission of Thailand",
        """
        Dear Sir/Madam,

        The Permanent Mission of Thailand wishes to transmit the attached note verbale
        together with the information of the Royal Thai Government.

        Best regards,

        Siriporn Wongsa
        First Secretary
        Permanent Mission of Thailand to the United Nations Office and other
        international organizations in Geneva
        """,
        """
        No. 52101/418

        The Permanent Mission of Thailand to the United Nations Office and other
        international organizations in Geneva presents its compliments to the Office of
        the United Nations High Commissioner for Human Rights and has the honour to
        transmit herewith the information of the Royal Thai Government.
        """,
        "member_state",
        ("Thailand", "Kingdom of Thailand"),
        "THA",
    ),
    Variation(
        "state-fr-05",
        "Mission permanente du Canada",
        "genev-hr@international.example.gc.ca",
        "Note verbale – Canada – contribution",
        """
        Madame, Monsieur,

        Veuillez trouver ci-joint la note verbale de la Mission permanente du Canada
        ainsi que la contribution du Gouvernement du Canada.

        Cordialement,

        Section des droits de la personne
        Mission permanente du Canada auprès de l'Office des Nations Unies à Genève
        Avenue de l'Ariana 5, 1202 Genève
        """,
        """
        MISSION PERMANENTE DU CANADA
        PERMANENT MISSION OF CANADA

        N° 2026-0219

        La Mission permanente du Canada auprès de l'Office des Nations Unies à Genève
        présente ses compliments au Haut-Commissariat des Nations Unies aux droits de
        l'homme et a l'honneur de lui transmettre la contribution du Canada.
        """,
        "member_state",
        ("Canada",),
        "CAN",
    ),
    Variation(
        "state-fr-06",
        "HOUNKPÈ Gildas",
        "g.hounkpe@diplomatie.example.bj",
        "Contribution du Bénin",
        """
        Madame, Monsieur,

        J'ai l'honneur de vous transmettre, au nom du Ministère des Affaires étrangères
        et de la Coopération, la contribution de la République du Bénin.

        Gildas Hounkpè
        Chef Service Droits de l'Homme
        Direction des Affaires juridiques et des Droits de l'Homme
        Ministère des Affaires étrangères et de la Coopération
        Cotonou
        """,
        """
        RÉPUBLIQUE DU BÉNIN
        Fraternité – Justice – Travail

        MINISTÈRE DES AFFAIRES ÉTRANGÈRES ET DE LA COOPÉRATION

        Contribution de la République du Bénin
        """,
        "member_state",
        ("Benin", "Bénin", "République du Bénin", "Republic of Benin"),
        "BEN",
    ),
    Variation(
        "state-es-07",
        "Misión Paraguay Ginebra",
        "mision.ginebra@mre.example.gov.py",
        "Nota verbal – Paraguay",
        """
        Estimados señores:

        Se remite adjunta la nota verbal de la Misión Permanente de la República del
        Paraguay con la respuesta del Estado paraguayo.

        Atentamente,

        Misión Permanente del Paraguay ante la Oficina de las Naciones Unidas y otros
        Organismos Internacionales con sede en Ginebra
        """,
        """
        MISIÓN PERMANENTE DE LA REPÚBLICA DEL PARAGUAY
        GINEBRA

        MPP/ONU/N.V. N° 214/2026

        La Misión Permanente de la República del Paraguay saluda muy atentamente a la
        Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos y
        tiene el honor de remitir la respuesta del Estado paraguayo.
        """,
        "member_state",
        ("Paraguay", "República del Paraguay", "Republic of Paraguay"),
        "PRY",
    ),
    Variation(
        "state-es-08",
        "Dirección de Derechos Humanos – Cancillería",
        "ddhh@minrel.example.gob.cl",
        "Respuesta de Chile",
        """
        Estimados/as:

        Junto con saludar, la Dirección de Derechos Humanos del Ministerio de Relaciones
        Exteriores remite la respuesta del Estado de Chile, elaborada con el Servicio
        Nacional de Migraciones.

        Saludos cordiales,

        Dirección de Derechos Humanos
        Ministerio de Relaciones Exteriores
        Teatinos 180, Santiago
        """,
        """
        MINISTERIO DE RELACIONES EXTERIORES
        GOBIERNO DE CHILE

        Respuesta del Estado de Chile
        """,
        "member_state",
        ("Chile", "República de Chile", "Republic of Chile"),
        "CHL",
    ),
    Variation(
        "state-es-09",
        "Torres Aguilar, Inés",
        "ines.torres@maec.example.es",
        "Contribución de España",
        """
        Estimados señores:

        Les remito la contribución del Reino de España, coordinada por la Oficina de
        Derechos Humanos del Ministerio de Asuntos Exteriores, Unión Europea y
        Cooperación.

        Un saludo,

        Inés Torres Aguilar
        Consejera Técnica
        Oficina de Derechos Humanos
        Ministerio de Asuntos Exteriores, Unión Europea y Cooperación
        Plaza de la Provincia 1, 28012 Madrid
        """,
        """
        MINISTERIO DE ASUNTOS EXTERIORES, UNIÓN EUROPEA Y COOPERACIÓN
        GOBIERNO DE ESPAÑA

        Contribución del Reino de España
        """,
        "member_state",
        ("Spain", "España", "Reino de España", "Kingdom of Spain"),
        "ESP",
    ),
    # ── academic: institutes, university centres, professors ──
    Variation(
        "academic-en-01",
        "Prof. Helen Achterberg",
        "h.achterberg@northvale.example.ac.uk",
        "Submission – Centre for Migration and Refugee Law",
        """
        Dear Special Rapporteur,

        I am pleased to send the submission of the Centre for Migration and Refugee Law
        at the University of Northvale on the use of age assessments for
        unaccompanied children.

        Best wishes,

        Professor Helen Achterberg
        Director, Centre for Migration and Refugee Law
        School of Law, University of Northvale
        Room 3.12, Garth Building, Northvale NV2 8QT
        +44 1632 555 019
        """,
        """
        CENTRE FOR MIGRATION AND REFUGEE LAW
        UNIVERSITY OF NORTHVALE

        Age assessments of unaccompanied children: law and practice
        """,
        "academic",
        (
            "Centre for Migration and Refugee Law, University of Northvale",
            "Centre for Migration and Refugee Law",
            "University of Northvale Centre for Migration and Refugee Law",
            "Centre for Migration and Refugee Law (University of Northvale)",
        ),
    ),
    Variation(
        "academic-en-02",
        "IJC",
        "immigrantjustice.clinic@harlowlaw.example.edu",
        "Immigrant Justice Clinic submission",
        """
        Dear Working Group,

        The Immigrant Justice Clinic at Harlow Law School respectfully submits the
        attached report. It was prepared by student attorneys under the supervision of
        clinic faculty.

        Sincerely,

        Immigrant Justice Clinic
        Harlow Law School
        210 College Street, New Haven, CT
        (203) 555-0173
        Pronouns: they/them (clinic coordinator)
        """,
        """
        Locked Out of Counsel:
        Access to Lawyers in Remote Immigration Detention

        Immigrant Justice Clinic
        Harlow Law School
        """,
        "academic",
        (
            "Immigrant Justice Clinic, Harlow Law School",
            "Immigrant Justice Clinic",
            "Harlow Law School Immigrant Justice Clinic",
            "Immigrant Justice Clinic at Harlow Law School",
        ),
    ),
    Variation(
        "academic-en-03",
        "ILMS Admin",
        "admin@ilms.example.org",
        "ILMS submission",
        """
        Dear colleagues,

        The Institute for Labour Mobility Studies is pleased to submit the attached
        research brief on skills recognition for migrant health workers.

        Kind regards,

        Research Administration
        Institute for Labour Mobility Studies (ILMS)
        An independent research institute affiliated with Eastmoor University
        """,
        """
        INSTITUTE FOR LABOUR MOBILITY STUDIES

        Skills recognition for migrant health workers
        Research brief no. 14
        """,
        "academic",
        (
            "Institute for Labour Mobility Studies (ILMS)",
            "Institute for Labour Mobility Studies",
        ),
    ),
    Variation(
        "academic-en-04",
        "Sato, Kenji",
        "k.sato@border-lives.example.ac.jp",
        "Submission from the Border Lives research project",
        """
        Dear Sir or Madam,

        On behalf of the Border Lives research project, a three-year study funded by the
        national research council and based at Kanto Metropolitan University, I attach
        our submission on technical intern trainees.

        Best regards,

        Kenji Sato, PhD
        Principal Investigator, Border Lives Project
        Graduate School of Social Sciences
        Kanto Metropolitan University
        """,
        """
        Border Lives Project
        Kanto Metropolitan University

        Technical intern trainees and the right to change employer
        """,
        "academic",
        (
            "Border Lives Project, Kanto Metropolitan University",
            "Border Lives Project",
            "Border Lives research project, Kanto Metropolitan University",
        ),
    ),
    Variation(
        "academic-en-05",
        "Human Rights Centre",
        "hrc@eastmoor.example.ac.za",
        "Submission: Human Rights Centre, University of Eastmoor",
        """
        Dear Secretariat,

        Please find attached the submission of the Human Rights Centre, Faculty of Law,
        University of Eastmoor.

        Regards,

        Centre Manager
        Human Rights Centre | Faculty of Law
        University of Eastmoor
        Private Bag X17, Eastmoor 7535
        Disclaimer: the views expressed are those of the Centre and not necessarily of
        the University.
        """,
        """
        Statelessness among children of migrant farmworkers

        Submission by the Human Rights Centre
        Faculty of Law, University of Eastmoor
        June 2026
        """,
        "academic",
        (
            "Human Rights Centre, University of Eastmoor",
            "Human Rights Centre, Faculty of Law, University of Eastmoor",
            "Human Rights Centre",
            "University of Eastmoor Human Rights Centre",
        ),
    ),
    Variation(
        "academic-fr-06",
        "Chaire Migrations",
        "chaire.migrations@ulaurentides.example.ca",
        "Contribution de la Chaire de recherche sur les migrations",
        """
        Madame, Monsieur,

        La Chaire de recherche sur les migrations et la citoyenneté de l'Université des
        Laurentides vous soumet sa contribution sur les travailleurs étrangers
        temporaires agricoles.

        Cordialement,

        Geneviève Tremblay
        Coordonnatrice
        Chaire de recherche sur les migrations et la citoyenneté
        Université des Laurentides, pavillon Morin, local 2.204
        """,
        """
        Chaire de recherche sur les migrations et la citoyenneté
        Université des Laurentides

        Les travailleurs étrangers temporaires agricoles au Québec
        """,
        "academic",
        (
            "Chaire de recherche sur les migrations et la citoyenneté, Université des Laurentides",
            "Chaire de recherche sur les migrations et la citoyenneté",
            "Chaire de recherche sur les migrations et la citoyenneté de l'Université des Laurentides",
        ),
    ),
    Variation(
        "academic-fr-07",
        "Clinique DH",
        "clinique.dh@univ-garonne.example.fr",
        "Contribution – Clinique juridique",
        """
        Bonjour,

        Veuillez trouver ci-joint la contribution de la Clinique du droit des étrangers
        de la Faculté de droit de l'Université de Garonne, rédigée par nos
        étudiantes et étudiants de master.

        Bien cordialement,

        Clinique du droit des étrangers
        Faculté de droit – Université de Garonne
        """,
        """
        Université de Garonne – Faculté de droit
        Clinique du droit des étrangers

        L'accès au séjour des mineurs devenus majeurs
        """,
        "academic",
        (
            "Clinique du droit des étrangers, Université de Garonne",
            "Clinique du droit des étrangers",
            "Clinique du droit des étrangers de l'Université de Garonne",
            "Clinique du droit des étrangers, Faculté de droit, Université de Garonne",
        ),
    ),
    Variation(
        "academic-fr-08",
        "IEMA",
        "iema@univ-sahel.example.ne",
        "Contribution de l'IEMA",
        """
        Madame, Monsieur,

        L'Institut d'études des mobilités africaines (IEMA) de l'Université du Sahel a
        l'honneur de vous adresser sa contribution.

        Pr Abdoulaye Maïga
        Directeur de l'IEMA
        """,
        """
        UNIVERSITÉ DU SAHEL
        Institut d'études des mobilités africaines (IEMA)

        Mobilités saisonnières et pastoralisme transfrontalier
        """,
        "academic",
        (
            "Institut d'études des mobilités africaines (IEMA), Université du Sahel",
            "Institut d'études des mobilités africaines (IEMA)",
            "Institut d'études des mobilités africaines",
            "Institut d'études des mobilités africaines, Université du Sahel",
        ),
    ),
    Variation(
        "academic-es-09",
        "Dra. Valeria Ortiz",
        "vortiz@uandina.example.edu.ec",
        "Aporte del Centro de Estudios sobre Movilidad y Derechos",
        """
        Estimados/as:

        En nombre del Centro de Estudios sobre Movilidad y Derechos (CEMD) de la
        Universidad Andina del Pacífico, remito nuestro aporte.

        Saludos cordiales,

        Dra. Valeria Ortiz
        Directora
        Centro de Estudios sobre Movilidad y Derechos – CEMD
        Universidad Andina del Pacífico
        Guayaquil
        """,
        """
        Universidad Andina del Pacífico
        Centro de Estudios sobre Movilidad y Derechos

        Niñez venezolana en el sistema escolar ecuatoriano
        """,
        "academic",
        (
            "Centro de Estudios sobre Movilidad y Derechos (CEMD), Universidad Andina del Pacífico",
            "Centro de Estudios sobre Movilidad y Derechos (CEMD)",
            "Centro de Estudios sobre Movilidad y Derechos",
            "Centro de Estudios sobre Movilidad y Derechos, Universidad Andina del Pacífico",
        ),
    ),
    Variation(
        "academic-es-10",
        "Clínica Jurídica",
        "clinica.migracion@derecho.usanmarcial.example.edu.ar",
        "Aporte Clínica Jurídica de Migración y Asilo",
        """
        Estimados:

        Les hacemos llegar el aporte de la Clínica Jurídica de Migración y Asilo de la
        Facultad de Derecho de la Universidad de San Marcial.

        Saludos,

        Clínica Jurídica de Migración y Asilo
        Facultad de Derecho – Universidad de San Marcial
        Av. Pellegrini 250, Rosario
        """,
        """
        CLÍNICA JURÍDICA DE MIGRACIÓN Y ASILO
        Facultad de Derecho – Universidad de San Marcial

        Acceso a la justicia de personas migrantes
        """,
        "academic",
        (
            "Clínica Jurídica de Migración y Asilo, Universidad de San Marcial",
            "Clínica Jurídica de Migración y Asilo",
            "Clínica Jurídica de Migración y Asilo de la Universidad de San Marcial",
            "Clínica Jurídica de Migración y Asilo, Facultad de Derecho, Universidad de San Marcial",
        ),
    ),
    Variation(
        "academic-es-11",
        "Dr. Ernesto Valdivia",
        "evaldivia@unam-norte.example.edu.mx",
        "Aporte a título de investigador",
        """
        Estimados:

        Remito, a título personal y como investigador, un aporte basado en mi trabajo de
        campo sobre retorno forzado en Zacatecas. No representa la posición de la
        universidad.

        Atentamente,

        Dr. Ernesto Valdivia
        Profesor-Investigador Titular
        Unidad Académica de Estudios del Desarrollo
        Universidad Autónoma del Norte
        """,
        """
        Retorno forzado y reinserción en Zacatecas
        Ernesto Valdivia, Universidad Autónoma del Norte
        """,
        "academic",
        (
            "Ernesto Valdivia",
            "Dr. Ernesto Valdivia",
            "Ernesto Valdivia, Universidad Autónoma del Norte",
        ),
    ),
    # ── individual: a person writing for themselves ──
    Variation(
        "individual-en-01",
        "Farah Siddiqui",
        "farah.siddiqui@northbridgehealth.example.nhs.uk",
        "Personal submission – no recourse to public funds",
        """
        Dear Special Rapporteur,

        I am a GP and write in a personal capacity, not on behalf of my employer. I
        attach a short account of what I see among patients with no recourse to public
        funds.

        Regards,
        Dr Farah Siddiqui
        General Practitioner
        Northbridge Health Centre

        This e-mail is confidential and intended for the addressee only.
        """,
        """
        No recourse to public funds: a GP's observations
        Dr Farah Siddiqui (personal capacity)
        """,
        "individual",
        ("Farah Siddiqui", "Dr Farah Siddiqui"),
    ),
    Variation(
        "individual-en-02",
        "OYELARAN ADEBAYO",
        "adebayo.oyelaran@gmail.com",
        "My experience as a seafarer",
        """
        Dear Sir,

        I was abandoned on a ship in the Gulf for 14 months with 18 other crew members
        and was not paid. I want to share my story for your report. My statement is
        attached.

        Thank you,
        Adebayo Oyelaran
        """,
        "",
        "individual",
        ("Adebayo Oyelaran",),
    ),
    Variation(
        "individual-en-03",
        "Jen (personal)",
        "jen.whitford.h@icloud.com",
        "submission",
        """
        Hi there,

        I volunteer at a weekend drop-in for asylum seekers and wanted to share some
        observations. Writing for myself only.

        Jennifer Whitford

        Sent from my iPhone
        """,
        """
        Observations from a weekend drop-in
        Jennifer Whitford
        """,
        "individual",
        ("Jennifer Whitford",),
    ),
    Variation(
        "individual-en-04",
        "Ramirez, Carlos (Legal)",
        "carlos.ramirez@mirandafirm.example.com",
        "Individual input – immigration bond hearings",
        """
        Dear Working Group,

        I submit the attached input in my individual capacity as an immigration
        practitioner. It does not represent the views of my firm or its clients.

        Best,

        Carlos Ramirez
        Associate | Immigration Practice Group
        Miranda & Holt LLP
        1700 Main Street, Houston, TX 77002
        D: (713) 555-0139 | M: (832) 555-0172
        """,
        """
        Immigration bond hearings: a practitioner's view
        Carlos Ramirez
        """,
        "individual",
        ("Carlos Ramirez",),
    ),
    Variation(
        "individual-en-05",
        "Meera",
        "meera.krishnan.1990@gmail.com",
        "Testimony – my brother's detention",
        """
        Dear OHCHR,

        My brother has been held in immigration detention for 19 months. I attach my
        statement about his case and our family's attempts to reach him.

        Meera Krishnan
        """,
        "",
        "individual",
        ("Meera Krishnan",),
    ),
    Variation(
        "individual-fr-06",
        "M. LEBLANC Olivier",
        "o.leblanc@mairie-valcourt.example.fr",
        "Témoignage personnel",
        """
        Madame, Monsieur,

        Je vous écris à titre personnel, en tant que bénévole dans un dispositif
        d'hébergement citoyen, et non au nom de mon employeur.

        Cordialement,

        Olivier Leblanc
        Agent administratif – Service État civil
        Mairie de Valcourt
        """,
        """
        Héberger chez soi : témoignage d'un bénévole
        Olivier Leblanc
        """,
        "individual",
        ("Olivier Leblanc",),
    ),
    Variation(
        "individual-fr-07",
        "Kouadio",
        "kouadio.yao.ahou@gmail.com",
        "Ma contribution",
        """
        Bonjour,

        Je m'appelle Ahou Kouadio Yao. Je suis ancienne travailleuse domestique au Liban
        et je voudrais témoigner de ce que j'ai vécu.

        Merci.
        Ahou Kouadio Yao
        """,
        "",
        "individual",
        ("Ahou Kouadio Yao", "Kouadio Yao Ahou"),
    ),
    Variation(
        "individual-es-08",
        "GUTIÉRREZ LÓPEZ MARÍA DEL CARMEN",
        "mcgutierrez@hospitalsur.example.gob.mx",
        "Aporte personal",
        """
        Buenas tardes:

        Les comparto, a título personal, mis observaciones como enfermera sobre la
        atención a mujeres migrantes embarazadas.

        Saludos,

        Lic. Enf. María del Carmen Gutiérrez López
        Jefa de Piso – Ginecoobstetricia
        Hospital General del Sur
        """,
        """
        Atención a mujeres migrantes embarazadas: observaciones de una enfermera
        María del Carmen Gutiérrez López
        """,
        "individual",
        (
            "María del Carmen Gutiérrez López",
            "María del Carmen Gutiérrez",
        ),
    ),
    Variation(
        "individual-es-09",
        "Jhon Fredy",
        "jhonfredy.ospina@hotmail.com",
        "mi caso",
        """
        buenas

        soy colombiano y trabajé en una finca en españa sin contrato, quiero contar mi
        caso. adjunto mi escrito.

        Jhon Fredy Ospina Restrepo
        """,
        "",
        "individual",
        ("Jhon Fredy Ospina Restrepo", "Jhon Fredy Ospina"),
    ),
    Variation(
        "individual-es-10",
        "Abg. Patricia Lozano",
        "plozano.abogada@gmail.com",
        "Aporte individual",
        """
        Estimados señores:

        Como abogada litigante en materia de refugio, remito a título individual el
        aporte adjunto.

        Atentamente,

        Abg. Patricia Lozano Mendieta
        Abogada en libre ejercicio
        Quito, Ecuador
        """,
        """
        El procedimiento de refugio en la práctica
        Patricia Lozano Mendieta, abogada
        """,
        "individual",
        (
            "Patricia Lozano Mendieta",
            "Patricia Lozano",
        ),
    ),
    # ── other: parliamentarians, bar and professional associations, faith bodies,
    #    foundations, local authorities ──
    Variation(
        "other-en-01",
        "Office of Sen. Rachel Tan",
        "rachel.tan.office@aph.example.gov.au",
        "Submission from Senator Rachel Tan",
        """
        Dear Special Rapporteur,

        Please find attached a submission from Senator Rachel Tan on offshore
        processing.

        Kind regards,

        Liam O'Brien
        Adviser to Senator Rachel Tan
        Parliament House, Canberra ACT 2600
        """,
        """
        Senator Rachel Tan

        Offshore processing: a parliamentarian's submission
        """,
        "other",
        ("Rachel Tan", "Senator Rachel Tan", "Sen. Rachel Tan"),
    ),
    Variation(
        "other-en-02",
        "Human Rights Committee",
        "hrc@eastmoorbar.example.org.za",
        "Submission of the Eastmoor Bar Association",
        """
        Dear Secretariat,

        The Human Rights Committee of the Eastmoor Bar Association submits the attached
        comments on legal representation in deportation proceedings.

        Regards,

        Committee Secretary
        Eastmoor Bar Association
        Advocates' Chambers, 8 Court Lane, Eastmoor
        """,
        """
        EASTMOOR BAR ASSOCIATION
        Human Rights Committee

        Legal representation in deportation proceedings
        """,
        "other",
        (
            "Eastmoor Bar Association",
            "Eastmoor Bar Association Human Rights Committee",
            "Human Rights Committee, Eastmoor Bar Association",
        ),
    ),
    Variation(
        "other-en-03",
        "Dr Amira Haddad",
        "a.haddad@armhp.example.org",
        "Submission – Association of Refugee Mental Health Practitioners",
        """
        Dear colleagues,

        On behalf of the Association of Refugee Mental Health Practitioners, a
        professional body of 900 psychiatrists, psychologists and therapists, I attach
        our submission on the mental health effects of prolonged detention.

        Best wishes,

        Dr Amira Haddad
        Chair, Policy Committee
        Association of Refugee Mental Health Practitioners (ARMHP)
        """,
        """
        ASSOCIATION OF REFUGEE MENTAL HEALTH PRACTITIONERS

        The mental health effects of prolonged immigration detention
        """,
        "other",
        (
            "Association of Refugee Mental Health Practitioners (ARMHP)",
            "Association of Refugee Mental Health Practitioners",
        ),
    ),
    Variation(
        "other-en-04",
        "Grants",
        "grants@elmstonefoundation.example.org",
        "Elmstone Foundation – input",
        """
        Dear OHCHR,

        The Elmstone Foundation, which funds community legal services for migrants in
        eleven countries, shares the attached input drawn from its grantees' reports.

        Kind regards,

        Programme Team
        The Elmstone Foundation
        Registered charity no. 1102336
        """,
        """
        THE ELMSTONE FOUNDATION

        Community legal services for migrants: what our grantees tell us
        """,
        "other",
        ("The Elmstone Foundation", "Elmstone Foundation"),
    ),
    Variation(
        "other-fr-05",
        "Ordre des avocats",
        "droitsdelhomme@barreau-rivenord.example.fr",
        "Contribution du Barreau de Rivenord",
        """
        Madame, Monsieur,

        La Commission des droits de l'homme du Barreau de Rivenord vous adresse sa
        contribution relative à l'assistance juridique en zone d'attente.

        Veuillez agréer nos salutations distinguées.

        Le Bâtonnier
        Ordre des avocats du Barreau de Rivenord
        Palais de justice, 59000 Rivenord
        """,
        """
        ORDRE DES AVOCATS DU BARREAU DE RIVENORD
        Commission des droits de l'homme

        L'assistance juridique en zone d'attente
        """,
        "other",
        (
            "Ordre des avocats du Barreau de Rivenord",
            "Barreau de Rivenord",
            "Ordre des avocats de Rivenord",
        ),
    ),
    Variation(
        "other-fr-06",
        "Conférence épiscopale – Pastorale des migrants",
        "migrants@eglise-sahel.example.org",
        "Contribution de la Commission épiscopale pour les migrants",
        """
        Madame, Monsieur,

        La Commission épiscopale pour les migrants et les réfugiés de la Conférence
        épiscopale Burkina-Niger vous adresse sa contribution.

        Fraternellement,

        Abbé Jean-Baptiste Ouédraogo
        Secrétaire exécutif
        Commission épiscopale pour les migrants et les réfugiés
        """,
        """
        CONFÉRENCE ÉPISCOPALE BURKINA-NIGER
        Commission épiscopale pour les migrants et les réfugiés

        Accompagner les personnes déplacées internes
        """,
        "other",
        (
            "Commission épiscopale pour les migrants et les réfugiés, Conférence épiscopale Burkina-Niger",
            "Commission épiscopale pour les migrants et les réfugiés",
            "Conférence épiscopale Burkina-Niger",
        ),
    ),
    Variation(
        "other-fr-07",
        "Cabinet du Maire",
        "cabinet@ville-pontlevoy.example.fr",
        "Contribution de la Ville de Pontlevoy-sur-Cher",
        """
        Madame, Monsieur,

        La Ville de Pontlevoy-sur-Cher, ville accueillante, a l'honneur de vous
        transmettre sa contribution sur l'accueil des personnes réfugiées par les
        collectivités locales.

        Pour le Maire et par délégation,
        Le Directeur de cabinet
        Hôtel de Ville – Place de la République
        """,
        """
        VILLE DE PONTLEVOY-SUR-CHER

        L'accueil des personnes réfugiées par les collectivités locales
        """,
        "other",
        (
            "Ville de Pontlevoy-sur-Cher",
            "Pontlevoy-sur-Cher",
            "Mairie de Pontlevoy-sur-Cher",
        ),
    ),
    Variation(
        "other-es-08",
        "Dip. Lucía Benítez",
        "lbenitez@diputados.example.gob.ar",
        "Aporte de la diputada Lucía Benítez",
        """
        De mi consideración:

        Tengo el agrado de dirigirme a ustedes para hacerles llegar mi aporte, como
        diputada nacional e integrante de la Comisión de Población y Desarrollo Humano.

        Saludo atentamente.

        Lucía Benítez
        Diputada Nacional
        Honorable Cámara de Diputados de la Nación
        """,
        """
        Diputada Nacional Lucía Benítez

        Aporte sobre el acceso a la documentación de personas migrantes
        """,
        "other",
        (
            "Lucía Benítez",
            "Diputada Lucía Benítez",
            "Dip. Lucía Benítez",
        ),
    ),
    Variation(
        "other-es-09",
        "Colegio de Abogados",
        "ddhh@colabogadosvalle.example.org.co",
        "Aporte Colegio de Abogados del Valle",
        """
        Estimados:

        La Comisión de Derechos Humanos del Colegio de Abogados del Valle remite su
        aporte sobre la defensa técnica de personas migrantes.

        Atentamente,

        Presidencia
        Colegio de Abogados del Valle
        Cali, Colombia
        """,
        """
        COLEGIO DE ABOGADOS DEL VALLE
        Comisión de Derechos Humanos

        La defensa técnica de personas migrantes
        """,
        "other",
        ("Colegio de Abogados del Valle",),
    ),
    Variation(
        "other-es-10",
        "Fundación Horizonte Común",
        "programas@horizontecomun.example.org",
        "Aporte Fundación Horizonte Común",
        """
        Estimados:

        La Fundación Horizonte Común, entidad donante que apoya proyectos de integración
        de personas migrantes, comparte su aporte.

        Un saludo,

        Área de Programas
        Fundación Horizonte Común
        Madrid
        """,
        """
        FUNDACIÓN HORIZONTE COMÚN

        Lo que aprendimos financiando la integración de personas migrantes
        """,
        "other",
        ("Fundación Horizonte Común",),
    ),
    Variation(
        "other-es-11",
        "Oficina Municipal de Migrantes",
        "migrantes@municipalidadsanfelipe.example.cl",
        "Aporte Municipalidad de San Felipe del Norte",
        """
        Estimados:

        La Oficina Municipal de Migrantes de la Municipalidad de San Felipe del Norte
        remite su aporte sobre la inclusión de personas migrantes a nivel local.

        Atentamente,

        Oficina Municipal de Migrantes
        Municipalidad de San Felipe del Norte
        """,
        """
        MUNICIPALIDAD DE SAN FELIPE DEL NORTE
        Oficina Municipal de Migrantes

        La inclusión de personas migrantes a nivel local
        """,
        "other",
        (
            "Municipalidad de San Felipe del Norte",
            "Oficina Municipal de Migrantes, Municipalidad de San Felipe del Norte",
            "San Felipe del Norte",
        ),
    ),
]

VARIATIONS: list[Variation] = [tidy(v) for v in _RAW]
