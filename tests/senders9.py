# ruff: noqa: E501
"""A ninth set of sender variations for the submitter detector, written apart from its rules.

The same record as the second set (`senders2.Variation`): one e-mail as it reaches a call
for inputs, with the answer an officer would publish on the "Submissions received" page.
The cases were written from how such mail looks, without sight of the detector's rules,
in English (45 per cent), French (a quarter) and Spanish (30 per cent), ten in each of the
thirteen categories of `senders2.CATEGORIES`. Like the eighth set it is an ordinary
season's mail, but untidier: signatures pasted from Outlook with a job title, a
department, a street address, phone and mobile numbers, web and social links, pronouns, a
confidentiality notice or a "Sent from my iPhone" under them; display names that differ
from the signature ("Info NGO", "admin", "Maria (personal)", all capitals, surname first);
first pages that are a title page with the organisation under the title, a letterhead
with a logo caption, the signatories of a joint submission or a ministry's header; staff
who write for their organisation and people who write for themselves from a work address;
names in two languages, with and without acronyms, or an acronym only in the mail domain;
university centres, clinics and institutes; national human rights institutions and
ombudspersons under their own names; United Nations agencies and regional bodies;
companies and industry associations; Permanent Missions, ministries and embassies; and
NGOs that name a State in their name or their text.

A few civil society cases use real organisation names, each once and exactly as the
organisations write them in a public joint letter, none of them used by the earlier sets;
the letter's unused names run out well before the categories do, so the other
organisations, companies, academics, people and small bodies are invented. States,
NHRIs and intergovernmental bodies are real, under their real names; their staff are
invented. Every mail domain and web address is invented, under an `example` label.

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
        "info@accss.example.org",
        "Input - call for inputs on pushbacks at sea",
        """
        Dear colleagues,

        Please find attached ACCSS's written input to your call on pushbacks and
        interceptions at sea. Apologies for sending it on the last day.

        Best,

        The ACCSS team
        Advocacy & Research Desk
        www.accss.example.org | X: @ACCSS_example

        This message and any attachment are confidential. If you have received it in
        error, please notify the sender and delete it.
        """,
        """
        [logo: ACCSS]

        PUSHBACKS AND INTERCEPTIONS AT SEA
        Written input to the United Nations call for inputs

        ACCSS
        May 2026
        """,
        "civil_society",
        ("ACCSS",),
    ),
    Variation(
        "shared-en-02",
        "admin",
        "admin@coastalshelters.example.org",
        "Fw: Submission re. shelters for migrant women",
        """
        Hello,

        Forwarding on behalf of our director, who is travelling this week. Our submission
        on access to shelters for undocumented women is attached (PDF, 6 pages).

        Thanks so much,

        Priya Raman (she/her)
        Office Administrator
        Coastal Women's Shelter Network
        22 Bayview Road, Durban 4001, South Africa
        T +27 31 555 0142 | M +27 82 555 0199
        www.coastalshelters.example.org
        Follow us on Facebook and Instagram @coastalshelters
        """,
        """
        Coastal Women's Shelter Network

        No door to knock on: undocumented women and access to shelters
        Submission to the Special Rapporteur on violence against women and girls
        """,
        "civil_society",
        ("Coastal Women's Shelter Network", "Coastal Women’s Shelter Network"),
    ),
    Variation(
        "shared-en-03",
        "Communications",
        "comms@oblat.example.org",
        "OBLAT submission",
        """
        Dear Secretariat,

        Attached is OBLAT's submission for the upcoming report on access to legal aid at
        borders. Happy to provide any further information.

        Warm regards,
        Communications | OBLAT
        Tel: +30 21 0555 3311
        """,
        """
        OPEN BORDERS LEGAL AID TRUST

        Access to legal aid at land borders:
        evidence from 312 cases, 2024–2025

        Submission to the Office of the High Commissioner for Human Rights
        """,
        "civil_society",
        ("Open Borders Legal Aid Trust (OBLAT)", "Open Borders Legal Aid Trust"),
    ),
    Variation(
        "shared-en-04",
        "SECRETARIAT",
        "secretariat@ecmsf.example.org.za",
        "Joint submission - call for inputs on xenophobic violence",
        """
        Dear Working Group members,

        Please find attached a joint submission on xenophobic violence against migrants in
        informal settlements, coordinated by our Forum with three partner organisations.

        Regards,

        Secretariat
        Eastern Cape Migrant Support Forum
        PO Box 1187, Gqeberha 6000
        +27 41 555 2290
        """,
        """
        JOINT SUBMISSION

        Xenophobic violence in informal settlements

        Submitted by:
        Eastern Cape Migrant Support Forum (lead)
        Nelson Mandela Bay Refugee Women's Circle
        Khanyisa Paralegal Advice Office
        Siyakhana Community Trust
        """,
        "civil_society",
        (
            "Eastern Cape Migrant Support Forum",
            "Eastern Cape Migrant Support Forum and 3 others",
        ),
    ),
    Variation(
        "shared-en-05",
        "office",
        "office@drypyouth.example.eu",
        "Contribution: Roma youth and statelessness",
        """
        Dear Madam, dear Sir,

        We are pleased to send you our contribution on statelessness among Roma young
        people in the Danube region.

        With kind regards,

        Office of the Board
        Danube Roma Youth Platform
        Tel. +36 1 555 4480
        ----------------------------------------
        Sent from Outlook
        """,
        """
        [Logo caption: DANUBE ROMA YOUTH PLATFORM – together for equal citizenship]

        Statelessness among Roma young people in the Danube region
        Contribution to the call for inputs
        """,
        "civil_society",
        ("Danube Roma Youth Platform",),
    ),
    Variation(
        "shared-fr-06",
        "Contact CLAE",
        "contact@clae-lyon.example.fr",
        "Contribution à l'appel à contributions – accès aux soins",
        """
        Madame, Monsieur,

        Veuillez trouver ci-joint la contribution de notre collectif relative à l'accès
        aux soins des personnes exilées dans la métropole lyonnaise.

        Bien cordialement,

        L'équipe du CLAE
        Collectif Lyonnais d'Aide aux Exilés
        17 rue des Capucins – 69001 Lyon
        Tél. : 04 72 55 01 20
        www.clae-lyon.example.fr
        """,
        """
        Collectif Lyonnais d'Aide aux Exilés (CLAE)

        L'accès aux soins des personnes exilées dans la métropole de Lyon
        Contribution à l'appel du Rapporteur spécial sur le droit à la santé
        """,
        "civil_society",
        (
            "Collectif Lyonnais d'Aide aux Exilés (CLAE)",
            "Collectif Lyonnais d'Aide aux Exilés",
            "Collectif Lyonnais d’Aide aux Exilés (CLAE)",
        ),
    ),
    Variation(
        "shared-fr-07",
        "Secrétariat général",
        "secretariat@femmesdroitssahel.example.org",
        "Envoi contribution AFDS",
        """
        Bonjour,

        Au nom de l'Association Femmes et Droits du Sahel, nous vous transmettons notre
        contribution sur les mariages d'enfants dans les zones de déplacement.

        Salutations distinguées,

        Le Secrétariat général
        AFDS – Niamey
        +227 20 55 61 14

        Envoyé de mon iPhone
        """,
        """
        ASSOCIATION FEMMES ET DROITS DU SAHEL

        Mariages d'enfants dans les zones de déplacement
        Contribution écrite
        """,
        "civil_society",
        (
            "Association Femmes et Droits du Sahel (AFDS)",
            "Association Femmes et Droits du Sahel",
        ),
    ),
    Variation(
        "shared-es-08",
        "Justicia y Dignidad",
        "contacto@justiciaydignidad.example.org.mx",
        "Aporte a la convocatoria - personas migrantes en tránsito",
        """
        Estimadas personas del Grupo de Trabajo:

        Les compartimos nuestro aporte sobre las condiciones de las personas migrantes en
        tránsito por la región de las Altas Montañas de Veracruz.

        Saludos cordiales,

        Equipo de Justicia y dignidad Cordoba-Orizaba
        Córdoba, Veracruz, México
        Tel. 271 555 0932
        """,
        """
        Justicia y dignidad Cordoba-Orizaba

        Personas migrantes en tránsito por las Altas Montañas de Veracruz
        Aporte a la convocatoria de Naciones Unidas
        """,
        "civil_society",
        (
            "Justicia y dignidad Cordoba-Orizaba",
            "Justicia y Dignidad Córdoba-Orizaba",
            "Justicia y dignidad Córdoba-Orizaba",
        ),
    ),
    Variation(
        "shared-es-09",
        "Administración",
        "administracion@modeteab.example.org",
        "Envío de aporte",
        """
        Buenas tardes,

        Adjuntamos el aporte de Modeteab para la convocatoria. Cualquier consulta estamos
        a disposición.

        Atte.

        Administración
        Modeteab
        --
        Este correo y sus anexos son confidenciales y para uso exclusivo del destinatario.
        """,
        """
        MODETEAB

        Aporte a la convocatoria del Relator Especial
        Mayo de 2026
        """,
        "civil_society",
        ("Modeteab", "MODETEAB"),
    ),
    Variation(
        "shared-es-10",
        "Info",
        "info@fronterasur.example.org.mx",
        "Aporte Colectivo Frontera Sur",
        """
        Estimado equipo:

        En nombre del Colectivo Frontera Sur por los Derechos de las Personas Migrantes,
        remitimos nuestro aporte sobre detenciones en estaciones migratorias de Chiapas.

        Un saludo,

        Área de Incidencia
        Colectivo Frontera Sur por los Derechos de las Personas Migrantes
        Av. Central Oriente 45, Tapachula, Chiapas
        Tel. +52 962 555 1180 | Cel. +52 962 555 7723
        fb.com/colectivofronterasur
        """,
        """
        Colectivo Frontera Sur por los Derechos de las Personas Migrantes

        Detenciones en estaciones migratorias de Chiapas
        Aporte a la convocatoria
        """,
        "civil_society",
        ("Colectivo Frontera Sur por los Derechos de las Personas Migrantes",),
    ),
    # ── person: a staff member writes for the organisation ──
    Variation(
        "person-en-01",
        "Mokoena, Thandi",
        "thandi.mokoena@lrc.example.org.za",
        "LRC submission: documentation and birth registration",
        """
        Dear Secretariat,

        I attach the submission of the Legal Resources Centre on late birth registration
        and access to documentation for children of migrant parents.

        Kind regards,

        Thandi Mokoena
        Attorney | Constitutional Litigation Unit
        The Legal Resources Centre
        15th Floor, Bram Fischer Towers, 20 Albert Street, Marshalltown, Johannesburg
        Tel: +27 11 555 8434 | Cell: +27 72 555 1190
        www.lrc.example.org.za

        DISCLAIMER: This e-mail and its attachments may contain privileged information
        and are intended only for the addressee. The Legal Resources Centre accepts no
        liability for any damage caused by this e-mail.
        """,
        """
        LEGAL RESOURCES CENTRE

        Late birth registration and access to documentation for children of migrant parents
        Submission to the UN call for inputs
        """,
        "civil_society",
        ("The Legal Resources Centre", "Legal Resources Centre", "Legal Resources Centre (LRC)"),
    ),
    Variation(
        "person-en-02",
        "Maria (personal)",
        "maria.reyes.ph78@gmail.com",
        "Submission from our centre",
        """
        Dear Sir / Madam,

        I am writing on behalf of the Kowloon Helpers' Solidarity Centre, where I work as
        caseworker. Our office server is down so I am sending from my personal account.
        Our submission on recruitment debt among domestic workers is attached.

        Thank you,
        Maria Reyes
        Caseworker, Kowloon Helpers' Solidarity Centre
        """,
        """
        KOWLOON HELPERS' SOLIDARITY CENTRE

        Recruitment debt and passport retention among migrant domestic workers
        Submission, May 2026
        """,
        "civil_society",
        ("Kowloon Helpers' Solidarity Centre", "Kowloon Helpers’ Solidarity Centre"),
    ),
    Variation(
        "person-en-03",
        "JAMES O'CONNOR",
        "j.oconnor@midlandsrefugee.example.ie",
        "Call for inputs - reception conditions",
        """
        Hi,

        Please see attached input from the Midlands Refugee Advocacy Project on reception
        conditions for international protection applicants.

        Regards
        James

        James O'Connor
        Programme Manager
        Midlands Refugee Advocacy Project
        Unit 4, Church Street, Athlone, Co. Westmeath, N37 XY12
        M: +353 87 555 2106

        Sent from my iPhone
        """,
        """
        Reception conditions for international protection applicants in the Midlands

        Input to the Special Rapporteur on the human rights of migrants

        Midlands Refugee Advocacy Project
        """,
        "civil_society",
        ("Midlands Refugee Advocacy Project",),
    ),
    Variation(
        "person-en-04",
        "Dr Aisha Bello",
        "aisha.bello@sahelpeace.example.org",
        "Submission – climate displacement in the Lake Chad basin",
        """
        Dear members of the Working Group,

        On behalf of the Sahel Peacebuilding Network, I am pleased to share our submission
        on climate-related displacement in the Lake Chad basin.

        Best regards,

        Dr Aisha Bello (she/her)
        Policy Lead, Climate and Mobility
        Sahel Peacebuilding Network
        Abuja | Niamey | N'Djamena
        +234 9 555 0172
        LinkedIn: linkedin.com/company/sahelpeace-example
        """,
        """
        Climate-related displacement in the Lake Chad basin

        A submission by the Sahel Peacebuilding Network
        May 2026
        """,
        "civil_society",
        ("Sahel Peacebuilding Network",),
    ),
    Variation(
        "person-en-05",
        "Navjot Kaur",
        "n.kaur@wrlc.example.org",
        "WRLC input",
        """
        Dear OHCHR colleagues,

        Please find our input attached. Let me know if you need a Word version.

        Navjot Kaur
        Senior Policy Officer
        WRLC
        t: +44 20 5550 1834
        """,
        """
        Women's Rights Law Collective

        Gender-based violence against women in immigration detention
        Input to the call for inputs
        """,
        "civil_society",
        (
            "Women's Rights Law Collective (WRLC)",
            "Women's Rights Law Collective",
            "Women’s Rights Law Collective (WRLC)",
            "Women’s Rights Law Collective",
        ),
    ),
    Variation(
        "person-fr-06",
        "DIALLO Mamadou",
        "m.diallo@roapm.example.org",
        "Contribution du ROAPM",
        """
        Madame, Monsieur,

        Je vous prie de trouver ci-joint la contribution du Réseau Ouest-Africain de
        Protection des Migrants (ROAPM) sur les expulsions collectives aux frontières.

        Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

        Mamadou Diallo
        Chargé de plaidoyer
        Réseau Ouest-Africain de Protection des Migrants
        Sicap Liberté 6, Dakar – Sénégal
        Tél. : +221 33 555 42 10 / Port. : +221 77 555 81 36
        """,
        """
        RÉSEAU OUEST-AFRICAIN DE PROTECTION DES MIGRANTS (ROAPM)

        Les expulsions collectives aux frontières terrestres
        Contribution écrite
        """,
        "civil_society",
        (
            "Réseau Ouest-Africain de Protection des Migrants (ROAPM)",
            "Réseau Ouest-Africain de Protection des Migrants",
        ),
    ),
    Variation(
        "person-fr-07",
        "Claire Dubois",
        "claire.dubois@maisonfemmesexilees.example.fr",
        "Contribution – femmes exilées et logement",
        """
        Bonjour,

        Je coordonne la Maison des Femmes Exilées de Marseille. Vous trouverez en pièce
        jointe notre contribution sur l'hébergement des femmes exilées avec enfants.

        Bien à vous,

        Claire Dubois (elle)
        Coordinatrice
        Maison des Femmes Exilées de Marseille
        8 boulevard National, 13001 Marseille
        06 55 12 48 30

        Ce message et ses pièces jointes sont confidentiels. Si vous n'en êtes pas le
        destinataire, merci de le supprimer et d'en avertir l'expéditrice.
        """,
        """
        Maison des Femmes Exilées de Marseille

        L'hébergement des femmes exilées avec enfants
        Contribution à l'appel à contributions
        """,
        "civil_society",
        ("Maison des Femmes Exilées de Marseille",),
    ),
    Variation(
        "person-es-08",
        "Raquel Goldberg",
        "rgoldberg@fundacionemet.example.org.ar",
        "Aporte Fundación Emet",
        """
        Estimados/as:

        Les hago llegar el aporte de Fundación Emet a la convocatoria sobre discursos de
        odio contra personas migrantes y refugiadas.

        Cordialmente,

        Lic. Raquel Goldberg
        Coordinadora de Programas
        Fundación Emet
        Tel. (+54 11) 5555-0291
        Enviado desde mi iPhone
        """,
        """
        Fundación Emet

        Discursos de odio contra personas migrantes y refugiadas
        Aporte a la convocatoria de Naciones Unidas
        """,
        "civil_society",
        ("Fundación Emet",),
    ),
    Variation(
        "person-es-09",
        "Lucía Paredes",
        "lucia.paredes@ammpo.example.org",
        "Envío de aporte AMMPO",
        """
        Buen día,

        En nombre de AMMPO comparto nuestro aporte sobre mujeres migrantes trabajadoras
        del hogar. Quedo atenta a la confirmación de recepción.

        Saludos,

        Lucía Paredes
        Coordinadora General
        AMMPO
        Cel. +52 55 5555 3170
        """,
        """
        AMMPO

        Mujeres migrantes trabajadoras del hogar
        Aporte a la convocatoria
        """,
        "civil_society",
        ("AMMPO",),
    ),
    Variation(
        "person-es-10",
        "GUTIERREZ RAMOS, Ana",
        "agutierrez@caminosderetorno.example.org.co",
        "RV: Aporte convocatoria retorno",
        """
        Estimado equipo de la Oficina:

        Envío el aporte de la Corporación Caminos de Retorno sobre la reintegración de
        personas retornadas en el área metropolitana de Cúcuta.

        Atentamente,

        Ana Gutiérrez Ramos
        Oficial de Programas | Área de Protección
        Corporación Caminos de Retorno
        Calle 10 # 4-32, Cúcuta, Norte de Santander
        PBX (607) 555 2211 | Móvil 315 555 6620
        www.caminosderetorno.example.org.co
        """,
        """
        Corporación Caminos de Retorno

        Reintegración de personas retornadas en el área metropolitana de Cúcuta
        Aporte a la convocatoria
        """,
        "civil_society",
        ("Corporación Caminos de Retorno",),
    ),
    # ── letterhead: a free-mail address, the organisation only on the letterhead ──
    Variation(
        "letterhead-en-01",
        "Eleni K.",
        "babelcay.athens@gmail.com",
        "submission",
        """
        Hello,

        Please find attached our submission on mental health care for refugees and
        asylum seekers in Athens.

        Best,
        Eleni

        Sent from my iPhone
        """,
        """
        [logo] Babel Cay Centre, Athens – GR

        Mental health care for refugees and asylum seekers in Athens
        Submission to the Special Rapporteur on the right to health
        """,
        "civil_society",
        ("Babel Cay Centre", "Babel Cay Centre, Athens – GR", "Babel Cay Centre, Athens"),
    ),
    Variation(
        "letterhead-en-02",
        "kwame mensah",
        "kwame.mensah1981@yahoo.com",
        "RE: call for inputs",
        """
        Dear Sir/Madam,

        Kindly find attached our input. We apologise for the delay, we had no internet at
        the office.

        Yours faithfully,
        Kwame Mensah
        Secretary
        """,
        """
        TAMALE MIGRANTS' WELFARE ASSOCIATION
        P.O. Box TL 1142, Tamale, Northern Region, Ghana
        Tel: +233 37 555 2210

        INPUT ON THE SITUATION OF RETURNED MIGRANTS IN NORTHERN GHANA
        """,
        "civil_society",
        ("Tamale Migrants' Welfare Association", "Tamale Migrants’ Welfare Association"),
    ),
    Variation(
        "letterhead-en-03",
        "Sam",
        "sam.ortiz.aid@hotmail.com",
        "Water stations and deaths in the desert - our input",
        """
        Hi there,

        Our volunteer group put together the attached report on deaths in the desert and
        the removal of water stations. Thank you for doing this call.

        Sam Ortiz
        (volunteer coordinator)
        """,
        """
        [logo caption: Sonoran Borderlands Aid Collective · water · care · solidarity]

        Water stations and deaths in the desert
        Input to the call for inputs on missing migrants
        """,
        "civil_society",
        ("Sonoran Borderlands Aid Collective",),
    ),
    Variation(
        "letterhead-en-04",
        "Petrovic Jelena",
        "jelena.petrovic.bg@outlook.com",
        "Input on violent pushbacks",
        """
        Dear all,

        Attached please find our input on violent pushbacks along the route, with
        testimony collected in 2025.

        Kind regards,
        Jelena Petrović
        """,
        """
        Balkan Route Solidarity Network
        Reg. no. 28173645 · Belgrade · Serbia

        Violent pushbacks along the Balkan route
        Testimony collected in 2025
        """,
        "civil_society",
        ("Balkan Route Solidarity Network",),
    ),
    Variation(
        "letterhead-en-05",
        "Achieng Otieno",
        "achieng.otieno.nrb@gmail.com",
        "Joint submission - urban refugees",
        """
        Dear Secretariat,

        Please find attached a joint submission on the livelihoods of urban refugees in
        Nairobi. I am sending it on behalf of the three organisations listed.

        Thank you,
        Achieng Otieno
        """,
        """
        NAIROBI URBAN REFUGEE FORUM

        Joint submission on the livelihoods of urban refugees in Nairobi

        Endorsed by:
        1. Nairobi Urban Refugee Forum
        2. Eastleigh Women Traders' Group
        3. Kasarani Youth Legal Desk
        """,
        "civil_society",
        ("Nairobi Urban Refugee Forum", "Nairobi Urban Refugee Forum and 2 others"),
    ),
    Variation(
        "letterhead-fr-06",
        "amtm oujda",
        "amtm.oujda@gmail.com",
        "contribution",
        """
        Bonjour,

        Ci-joint notre contribution concernant la situation des migrants subsahariens
        dans la région de l'Oriental.

        Cordialement,
        Le bureau
        """,
        """
        Association Main Tendue aux Migrants – AMTM
        Quartier Al Qods, Oujda
        Tél. : +212 5 36 55 71 09

        Situation des migrants subsahariens dans la région de l'Oriental
        """,
        "civil_society",
        (
            "Association Main Tendue aux Migrants (AMTM)",
            "Association Main Tendue aux Migrants",
            "Association Main Tendue aux Migrants – AMTM",
        ),
    ),
    Variation(
        "letterhead-fr-07",
        "Fatou N.",
        "fatou.ndiaye.bxl@yahoo.fr",
        "Contribution des travailleuses domestiques",
        """
        Madame, Monsieur,

        Je vous envoie la contribution de notre collectif. Nous sommes des travailleuses
        domestiques sans papiers à Bruxelles.

        Merci beaucoup,
        Fatou Ndiaye
        """,
        """
        Collectif des Travailleuses Domestiques Sans Papiers de Bruxelles

        Nos droits, notre travail : contribution à l'appel du Rapporteur spécial
        """,
        "civil_society",
        ("Collectif des Travailleuses Domestiques Sans Papiers de Bruxelles",),
    ),
    Variation(
        "letterhead-es-08",
        "Yolanda M",
        "yolanda.mosquera.afro@gmail.com",
        "aporte",
        """
        Hola,

        Les envío nuestro aporte sobre racismo contra personas afrodescendientes
        migrantes. Gracias por la oportunidad.

        Yolanda Mosquera
        """,
        """
        AfroDiccionario

        Racismo contra personas afrodescendientes migrantes
        Aporte a la convocatoria del Grupo de Trabajo de Expertos sobre los
        Afrodescendientes
        """,
        "civil_society",
        ("AfroDiccionario",),
    ),
    Variation(
        "letterhead-es-09",
        "Jorge Ruelas",
        "jorge_ruelas_tj@hotmail.com",
        "Aporte convocatoria",
        """
        Buenas noches,

        Adjunto el aporte de la asociación. Disculpen que lo envíe desde mi correo
        personal.

        Saludos,
        Jorge
        """,
        """
        [logo] MEXIRO A.C.
        Tijuana, Baja California

        Aporte sobre personas retornadas y deportadas en Tijuana
        """,
        "civil_society",
        ("Mexiro A.C.", "Mexiro", "MEXIRO A.C."),
    ),
    Variation(
        "letterhead-es-10",
        "Hna. Carmen",
        "hnacarmen.albergue@gmail.com",
        "Envío aporte albergue",
        """
        Estimados señores:

        Por este medio envío el aporte del albergue sobre la situación de las familias
        que llegan a la frontera. Quedamos a sus órdenes.

        Bendiciones,
        Hna. Carmen López
        Enviado desde mi Android
        """,
        """
        Asociación Albergue Camino Seguro
        Tecún Umán, San Marcos, Guatemala

        Familias migrantes en la frontera: aporte a la convocatoria
        """,
        "civil_society",
        ("Asociación Albergue Camino Seguro",),
    ),
    # ── acronym: the acronym in one place, the full name in another ──
    Variation(
        "acronym-en-01",
        "ADW Office",
        "office@adw.example.org",
        "ADW input - domestic workers",
        """
        Dear Special Rapporteur,

        ADW is pleased to submit the attached input on the working conditions of live-in
        domestic workers.

        In solidarity,

        ADW Office
        Tel: +961 1 555 402 | WhatsApp +961 70 555 118
        """,
        """
        Association of Domestic workers (ADW)

        Live-in domestic workers: hours, rest and the kafala system
        Input to the call for inputs
        """,
        "civil_society",
        (
            "Association of Domestic workers (ADW)",
            "Association of Domestic Workers (ADW)",
            "Association of Domestic workers",
            "Association of Domestic Workers",
        ),
    ),
    Variation(
        "acronym-en-02",
        "Rukhsana Ali",
        "rukhsana.ali@sawtn.example.org",
        "Submission on women cross-border traders",
        """
        Dear colleagues,

        Please find attached our submission on harassment of women cross-border traders
        at land ports.

        Regards,

        Rukhsana Ali
        Research Coordinator
        South Asian Women Traders Network
        House 14, Road 7, Dhanmondi, Dhaka 1205
        +880 2 5550 1187
        """,
        """
        South Asian Women Traders Network

        Harassment of women cross-border traders at land ports
        A submission to the Working Group on discrimination against women and girls
        """,
        "civil_society",
        (
            "South Asian Women Traders Network",
            "South Asian Women Traders Network (SAWTN)",
        ),
    ),
    Variation(
        "acronym-en-03",
        "Tevita Fonua",
        "tfonua@pcma.example.org",
        "Input: climate mobility in the Pacific",
        """
        Kia ora, Mālō e lelei,

        Attached is our input on planned relocation and climate mobility.

        Ngā mihi,
        Tevita Fonua
        Coordinator
        Pacific Climate Mobility Alliance
        Suva, Fiji | +679 555 3021
        """,
        """
        PCMA

        Planned relocation and climate mobility in the Pacific
        Input to the Special Rapporteur on climate change and human rights
        """,
        "civil_society",
        (
            "Pacific Climate Mobility Alliance (PCMA)",
            "Pacific Climate Mobility Alliance",
        ),
    ),
    Variation(
        "acronym-en-04",
        "CRLN Admin",
        "admin@crln.example.org",
        "Submission",
        """
        Dear Sir or Madam,

        Please see the attached submission on age assessment of unaccompanied children.

        Many thanks,
        CRLN
        """,
        """
        Children's Rights Legal Network

        Age assessment of unaccompanied children: practice and safeguards
        Submission to the call for inputs
        """,
        "civil_society",
        (
            "Children's Rights Legal Network (CRLN)",
            "Children's Rights Legal Network",
            "Children’s Rights Legal Network (CRLN)",
            "Children’s Rights Legal Network",
        ),
    ),
    Variation(
        "acronym-en-05",
        "Joseph Banda",
        "jbanda@rwlac.example.org.mw",
        "RWLAC - submission on seasonal farm workers",
        """
        Dear Working Group,

        On behalf of the Rural Workers Legal Aid Centre, I attach our submission on
        seasonal farm workers on tea estates.

        Yours sincerely,

        Joseph Banda
        Executive Director
        Area 47, Sector 3, Lilongwe, Malawi
        Phone: +265 1 555 762 / +265 999 555 410
        """,
        """
        Seasonal farm workers on tea estates
        Submission to the Working Group on Business and Human Rights

        Rural Workers Legal Aid Centre (RWLAC), Lilongwe
        """,
        "civil_society",
        ("Rural Workers Legal Aid Centre (RWLAC)", "Rural Workers Legal Aid Centre"),
    ),
    Variation(
        "acronym-fr-06",
        "GRADIM",
        "gradim.bamako@gradim.example.org",
        "Contribution GRADIM",
        """
        Mesdames, Messieurs,

        Le GRADIM a l'honneur de vous transmettre sa contribution sur la situation des
        migrants de retour au Mali.

        Cordialement,

        Le Coordinateur
        GRADIM
        Hamdallaye ACI 2000, Bamako
        """,
        """
        Groupe de Recherche et d'Action pour les Droits des Migrants

        La situation des migrants de retour au Mali
        Contribution à l'appel à contributions
        """,
        "civil_society",
        (
            "Groupe de Recherche et d'Action pour les Droits des Migrants (GRADIM)",
            "Groupe de Recherche et d'Action pour les Droits des Migrants",
            "Groupe de Recherche et d’Action pour les Droits des Migrants (GRADIM)",
        ),
    ),
    Variation(
        "acronym-fr-07",
        "Hélène Martin",
        "h.martin@ade-geneve.example.ch",
        "Contribution de l'Association pour la Défense des Étrangers",
        """
        Madame, Monsieur,

        Au nom de l'Association pour la Défense des Étrangers, je vous adresse notre
        contribution relative à la détention administrative.

        Meilleures salutations,

        Hélène Martin
        Juriste
        ADE
        Rue du Grand-Pré 9, 1202 Genève
        Tél. +41 22 555 18 40
        """,
        """
        ADE – Association pour la Défense des Étrangers

        La détention administrative des personnes étrangères
        """,
        "civil_society",
        (
            "Association pour la Défense des Étrangers (ADE)",
            "Association pour la Défense des Étrangers",
        ),
    ),
    Variation(
        "acronym-es-08",
        "CODEMI",
        "codemi@codemi.example.org.gt",
        "Aporte CODEMI",
        """
        Estimados:

        Compartimos el aporte de CODEMI a la convocatoria sobre personas migrantes
        desaparecidas.

        Atentamente,

        Equipo CODEMI
        Quetzaltenango, Guatemala
        """,
        """
        Comité de Defensa de las Personas Migrantes

        Personas migrantes desaparecidas: búsqueda y acompañamiento a familias
        """,
        "civil_society",
        (
            "Comité de Defensa de las Personas Migrantes (CODEMI)",
            "Comité de Defensa de las Personas Migrantes",
        ),
    ),
    Variation(
        "acronym-es-09",
        "Rosa Quispe",
        "rquispe@amma.example.org.pe",
        "Aporte de la Asociación de Mujeres Migrantes Andinas",
        """
        Estimados miembros del Comité:

        Les hago llegar el aporte de nuestra asociación sobre el acceso a la salud de
        mujeres migrantes andinas.

        Saludos cordiales,

        Rosa Quispe Mamani
        Presidenta
        AMMA
        Jr. Huancavelica 320, Lima
        Cel. 987 555 310
        """,
        """
        AMMA – Asociación de Mujeres Migrantes Andinas

        Acceso a la salud de mujeres migrantes andinas
        """,
        "civil_society",
        (
            "Asociación de Mujeres Migrantes Andinas (AMMA)",
            "Asociación de Mujeres Migrantes Andinas",
        ),
    ),
    Variation(
        "acronym-es-10",
        "Mariana Vélez",
        "mvelez@cedemh.example.org.ec",
        "Aporte - movilidad humana",
        """
        Buenos días,

        Adjunto el aporte del Centro de Estudios y Defensa de la Movilidad Humana sobre
        regularización migratoria.

        Saludos,

        Mariana Vélez
        Investigadora
        Quito, Ecuador
        """,
        """
        Regularización migratoria: avances y pendientes
        Aporte a la convocatoria

        Centro de Estudios y Defensa de la Movilidad Humana
        """,
        "civil_society",
        (
            "Centro de Estudios y Defensa de la Movilidad Humana",
            "Centro de Estudios y Defensa de la Movilidad Humana (CEDEMH)",
        ),
    ),
    # ── bilingual: the organisation's name in two languages ──
    Variation(
        "bilingual-en-01",
        "MMJC - Centre de justice",
        "info@mmjc.example.ca",
        "Submission / Contribution – temporary foreign workers",
        """
        Dear members of the Working Group,

        Please find attached our submission on closed work permits for temporary foreign
        workers in Quebec.

        Best regards / Cordialement,

        Advocacy Team | Équipe de défense des droits
        Montreal Migrant Justice Centre | Centre de justice pour les migrants de Montréal
        6000 ch. de la Côte-des-Neiges, Montréal (QC) H3S 1Z8
        514-555-0177
        Pronouns: they/them | iel
        """,
        """
        MONTREAL MIGRANT JUSTICE CENTRE
        CENTRE DE JUSTICE POUR LES MIGRANTS DE MONTRÉAL

        Closed work permits for temporary foreign workers in Quebec
        """,
        "civil_society",
        (
            "Montreal Migrant Justice Centre",
            "Centre de justice pour les migrants de Montréal",
            "Montreal Migrant Justice Centre / Centre de justice pour les migrants de Montréal",
            "Montreal Migrant Justice Centre (MMJC)",
        ),
    ),
    Variation(
        "bilingual-en-02",
        "Gwen Jones",
        "gwen@wrv.example.cymru",
        "Submission from Wales Refugee Voices",
        """
        Dear Secretariat,

        Bore da. Please find attached our submission on the experience of refugees in
        dispersal accommodation in Wales.

        Diolch / Thank you,

        Gwen Jones
        Project Officer | Swyddog Prosiect
        Wales Refugee Voices | Lleisiau Ffoaduriaid Cymru
        Cardiff CF10 | 029 5550 1244
        We welcome correspondence in Welsh. Rydym yn croesawu gohebiaeth yn Gymraeg.
        """,
        """
        Lleisiau Ffoaduriaid Cymru
        Wales Refugee Voices

        Refugees in dispersal accommodation in Wales
        """,
        "civil_society",
        (
            "Wales Refugee Voices",
            "Lleisiau Ffoaduriaid Cymru",
            "Wales Refugee Voices / Lleisiau Ffoaduriaid Cymru",
            "Lleisiau Ffoaduriaid Cymru / Wales Refugee Voices",
        ),
    ),
    Variation(
        "bilingual-en-03",
        "Familias Fronterizas Unidas",
        "contact@bfu.example.org",
        "Input on family separation at the border",
        """
        Hello,

        Attached is the input of Border Families United on family separation at ports of
        entry. A Spanish version is available on request.

        Thank you / Gracias,

        Luis Ramírez
        Organizer
        Border Families United / Familias Fronterizas Unidas (BFU)
        El Paso, TX · (915) 555-0143
        """,
        """
        Border Families United
        Familias Fronterizas Unidas

        Family separation at ports of entry
        """,
        "civil_society",
        (
            "Border Families United (BFU)",
            "Border Families United",
            "Familias Fronterizas Unidas",
            "Border Families United / Familias Fronterizas Unidas (BFU)",
            "Border Families United / Familias Fronterizas Unidas",
        ),
    ),
    Variation(
        "bilingual-en-04",
        "MWFI",
        "hello@mwfi.example.ie",
        "MWFI input",
        """
        Dear OHCHR,

        Please find our input on the situation of migrant women in direct provision
        centres attached.

        Le meas / With respect,
        The MWFI team
        Migrant Women's Forum Ireland | Fóram Mná Imirceacha Éireann
        """,
        """
        Fóram Mná Imirceacha Éireann – Migrant Women's Forum Ireland

        Migrant women in direct provision centres
        """,
        "civil_society",
        (
            "Migrant Women's Forum Ireland (MWFI)",
            "Migrant Women's Forum Ireland",
            "Migrant Women’s Forum Ireland",
            "Fóram Mná Imirceacha Éireann",
        ),
    ),
    Variation(
        "bilingual-fr-05",
        "Plateforme Accueil / Platform Opvang",
        "info@parb-povb.example.be",
        "Contribution – accueil des demandeurs de protection internationale",
        """
        Madame, Monsieur,
        Geachte heer, mevrouw,

        Veuillez trouver ci-joint notre contribution concernant la crise de l'accueil des
        demandeurs de protection internationale en Belgique.

        Cordialement / Met vriendelijke groeten,

        Plateforme Accueil Réfugiés Bruxelles – Platform Opvang Vluchtelingen Brussel
        Rue Royale 55 / Koningsstraat 55, 1000 Bruxelles / Brussel
        """,
        """
        Plateforme Accueil Réfugiés Bruxelles
        Platform Opvang Vluchtelingen Brussel

        La crise de l'accueil – De opvangcrisis
        """,
        "civil_society",
        (
            "Plateforme Accueil Réfugiés Bruxelles",
            "Platform Opvang Vluchtelingen Brussel",
            "Plateforme Accueil Réfugiés Bruxelles – Platform Opvang Vluchtelingen Brussel",
            "Plateforme Accueil Réfugiés Bruxelles / Platform Opvang Vluchtelingen Brussel",
        ),
    ),
    Variation(
        "bilingual-fr-06",
        "Rezo Fanm",
        "rezofanm@rfmh.example.ht",
        "Contribution du Réseau des Femmes Migrantes Haïtiennes",
        """
        Bonjou, bonjour,

        Nous vous faisons parvenir la contribution de notre réseau sur les rapatriements
        de femmes haïtiennes depuis les pays voisins.

        Mèsi anpil / Merci beaucoup,

        Rezo Fanm Migran Ayisyen / Réseau des Femmes Migrantes Haïtiennes
        Port-au-Prince, Haïti
        WhatsApp : +509 3555 2187
        """,
        """
        REZO FANM MIGRAN AYISYEN
        RÉSEAU DES FEMMES MIGRANTES HAÏTIENNES

        Les rapatriements de femmes haïtiennes
        """,
        "civil_society",
        (
            "Réseau des Femmes Migrantes Haïtiennes",
            "Rezo Fanm Migran Ayisyen",
            "Rezo Fanm Migran Ayisyen / Réseau des Femmes Migrantes Haïtiennes",
        ),
    ),
    Variation(
        "bilingual-fr-07",
        "Geneviève Tremblay",
        "gtremblay@tcor.example.qc.ca",
        "Contribution de la TCOR",
        """
        Bonjour,

        Au nom de la Table de concertation des organismes pour les réfugiés, je vous
        transmets notre contribution sur les délais de traitement des demandes d'asile.

        Cordialement,

        Geneviève Tremblay
        Agente de recherche et de plaidoyer / Research and Advocacy Officer
        Table de concertation des organismes pour les réfugiés (TCOR)
        Refugee Organisations Roundtable
        514 555-0162, poste 224
        """,
        """
        TCOR – Table de concertation des organismes pour les réfugiés
        Refugee Organisations Roundtable

        Les délais de traitement des demandes d'asile
        """,
        "civil_society",
        (
            "Table de concertation des organismes pour les réfugiés (TCOR)",
            "Table de concertation des organismes pour les réfugiés",
            "Refugee Organisations Roundtable",
        ),
    ),
    Variation(
        "bilingual-es-08",
        "Kuña Aty",
        "kunaaty@kunaaty.example.org.py",
        "Aporte - Kuña Aty",
        """
        Mba'éichapa, estimadas y estimados:

        Les enviamos el aporte de nuestra asamblea sobre desalojos de comunidades
        indígenas y campesinas.

        Aguyje / Gracias,

        Kuña Aty – Asamblea de Mujeres Indígenas y Campesinas
        Asunción, Paraguay
        """,
        """
        Kuña Aty
        Asamblea de Mujeres Indígenas y Campesinas

        Desalojos de comunidades indígenas y campesinas
        """,
        "civil_society",
        (
            "Kuña Aty – Asamblea de Mujeres Indígenas y Campesinas",
            "Kuña Aty",
            "Asamblea de Mujeres Indígenas y Campesinas",
            "Kuña Aty - Asamblea de Mujeres Indígenas y Campesinas",
        ),
    ),
    Variation(
        "bilingual-es-09",
        "Red Binacional",
        "coordinacion@redbinacional.example.org",
        "Aporte / Input – jornaleros agrícolas",
        """
        Estimados/as, Dear all,

        Adjuntamos nuestro aporte en español e inglés sobre las condiciones de los
        jornaleros agrícolas con visas temporales.

        Saludos,

        Coordinación
        Red Binacional de Jornaleros Agrícolas / Binational Farmworkers Network
        San Quintín, B.C. – Salinas, CA
        """,
        """
        Red Binacional de Jornaleros Agrícolas
        Binational Farmworkers Network

        Jornaleros agrícolas con visas temporales
        Farmworkers on temporary visas
        """,
        "civil_society",
        (
            "Red Binacional de Jornaleros Agrícolas",
            "Binational Farmworkers Network",
            "Red Binacional de Jornaleros Agrícolas / Binational Farmworkers Network",
        ),
    ),
    Variation(
        "bilingual-es-10",
        "Montse Puig",
        "montse.puig@xarxaacollida.example.cat",
        "Aporte convocatoria acogida",
        """
        Bon dia, buenos días:

        Os hago llegar el aporte de nuestra red sobre el sinhogarismo de jóvenes extutelados.

        Salut,

        Montse Puig i Ferrer
        Coordinadora | Coordinadora
        Xarxa d'Acollida de Barcelona / Red de Acogida de Barcelona
        C/ de la Riera Alta 8, 08001 Barcelona
        T. 93 555 21 90
        """,
        """
        Xarxa d'Acollida de Barcelona
        Red de Acogida de Barcelona

        Sinhogarismo de jóvenes extutelados
        """,
        "civil_society",
        (
            "Xarxa d'Acollida de Barcelona",
            "Red de Acogida de Barcelona",
            "Xarxa d'Acollida de Barcelona / Red de Acogida de Barcelona",
            "Xarxa d’Acollida de Barcelona",
        ),
    ),
    # ── ngostate: an NGO that names a State or has "Mission"-like words in its name ──
    Variation(
        "ngostate-en-01",
        "NMWRF Kathmandu",
        "info@nmwrf.example.org.np",
        "Submission: recruitment fees and the Government of Nepal",
        """
        Dear Special Rapporteur,

        Please find attached the submission of the Nepal Migrant Workers' Rights Forum.
        It reviews the Government of Nepal's "free visa, free ticket" policy and the
        Ministry of Labour's enforcement record.

        Kind regards,

        Programme Unit
        Nepal Migrant Workers' Rights Forum
        Baluwatar, Kathmandu, Nepal
        Tel: +977 1 555 4421 | www.nmwrf.example.org.np
        """,
        """
        Nepal Migrant Workers' Rights Forum

        Recruitment fees and the "free visa, free ticket" policy
        A review of the Government of Nepal's enforcement, 2019–2025
        """,
        "civil_society",
        (
            "Nepal Migrant Workers' Rights Forum",
            "Nepal Migrant Workers’ Rights Forum",
            "Nepal Migrant Workers' Rights Forum (NMWRF)",
        ),
    ),
    Variation(
        "ngostate-en-02",
        "Filipino Migrant Workers Mission",
        "geneva@fmwm.example.ch",
        "Submission of the Filipino Migrant Workers Mission",
        """
        Dear Secretariat,

        The Filipino Migrant Workers Mission, a community organisation of Filipino
        domestic workers in Geneva, submits the attached input. We are not affiliated
        with the Permanent Mission of the Philippines.

        Salamat po,

        Rowena dela Cruz
        Chairperson
        Filipino Migrant Workers Mission – Geneva
        Rue de Lausanne 44, 1201 Genève
        +41 78 555 21 06
        """,
        """
        FILIPINO MIGRANT WORKERS MISSION – GENEVA

        Undeclared domestic work in international Geneva
        """,
        "civil_society",
        (
            "Filipino Migrant Workers Mission",
            "Filipino Migrant Workers Mission – Geneva",
            "Filipino Migrant Workers Mission - Geneva",
        ),
    ),
    Variation(
        "ngostate-en-03",
        "Oyunaa B.",
        "oyuna@mwrc.example.mn",
        "Mongolia - submission on herders and mining",
        """
        Dear members of the Working Group,

        I am pleased to send you the submission of the Mongolia Women's Rights Coalition
        on the situation of women herders displaced by mining in the South Gobi.

        Respectfully,

        Oyunaa Batbayar
        Director
        Mongolia Women's Rights Coalition
        Sükhbaatar District, Ulaanbaatar
        +976 11 555 302

        This e-mail is intended for the named recipient only.
        """,
        """
        Mongolia Women's Rights Coalition

        Women herders displaced by mining in the South Gobi
        Submission to the Working Group on Business and Human Rights
        """,
        "civil_society",
        (
            "Mongolia Women's Rights Coalition",
            "Mongolia Women’s Rights Coalition",
        ),
    ),
    Variation(
        "ngostate-en-04",
        "Tirana Legal Aid Society",
        "office@tlas.example.al",
        "Input - Republic of Albania - readmission",
        """
        Dear OHCHR,

        We attach our input concerning returns to the Republic of Albania under the
        readmission agreements, including the replies we received from the Ministry of
        Interior of Albania and the State Police.

        Best regards,

        Arben Hoxha
        Lawyer
        Tirana Legal Aid Society
        Rruga e Durrësit 112, Tirana
        Mob: +355 69 555 3140
        """,
        """
        TIRANA LEGAL AID SOCIETY

        Returns to the Republic of Albania under readmission agreements
        Annex: correspondence with the Ministry of Interior
        """,
        "civil_society",
        ("Tirana Legal Aid Society",),
    ),
    Variation(
        "ngostate-fr-05",
        "Mauritanie Solidarité",
        "contact@cmsm.example.mr",
        "Contribution du Collectif Mauritanie Solidarité Migrants",
        """
        Madame, Monsieur,

        Le Collectif Mauritanie Solidarité Migrants vous transmet sa contribution sur les
        interceptions en mer au large de Nouadhibou et les refoulements vers le Mali.

        Veuillez agréer nos salutations respectueuses.

        Le Bureau exécutif
        Collectif Mauritanie Solidarité Migrants
        Tevragh Zeina, Nouakchott
        """,
        """
        Collectif Mauritanie Solidarité Migrants

        Interceptions en mer au large de Nouadhibou
        Contribution à l'appel à contributions
        """,
        "civil_society",
        ("Collectif Mauritanie Solidarité Migrants",),
    ),
    Variation(
        "ngostate-fr-06",
        "Pasteur Jean-Baptiste Kouassi",
        "jb.kouassi@meam.example.org",
        "Contribution de la Mission Évangélique d'Accueil des Migrants",
        """
        Chers membres du Groupe de travail,

        La Mission Évangélique d'Accueil des Migrants, association d'entraide fondée par
        des Églises d'Abidjan, vous adresse sa contribution.

        Fraternellement,

        Pasteur Jean-Baptiste Kouassi
        Président
        Mission Évangélique d'Accueil des Migrants (MEAM)
        Cocody, Abidjan – Côte d'Ivoire
        """,
        """
        Mission Évangélique d'Accueil des Migrants

        L'accueil des migrants en transit à Abidjan
        """,
        "civil_society",
        (
            "Mission Évangélique d'Accueil des Migrants (MEAM)",
            "Mission Évangélique d'Accueil des Migrants",
            "Mission Évangélique d’Accueil des Migrants (MEAM)",
        ),
    ),
    Variation(
        "ngostate-fr-07",
        "Plateforme Burundi",
        "secretariat@pbdr.example.org",
        "Contribution – rapatriement volontaire",
        """
        Madame, Monsieur,

        Veuillez trouver en annexe la contribution de la Plateforme Burundi Droits des
        Réfugiés sur le rapatriement volontaire des réfugiés burundais depuis la
        République-Unie de Tanzanie.

        Cordialement,

        Secrétariat
        Plateforme Burundi Droits des Réfugiés
        Bujumbura
        """,
        """
        Plateforme Burundi Droits des Réfugiés

        Le rapatriement volontaire des réfugiés burundais
        """,
        "civil_society",
        ("Plateforme Burundi Droits des Réfugiés",),
    ),
    Variation(
        "ngostate-es-08",
        "Fe y Alegría",
        "comunicaciones@feyalegria.example.org.ve",
        "Aporte de Fe y Alegría Venezuela",
        """
        Estimados miembros del Comité:

        Fe y Alegría Venezuela remite su aporte sobre el derecho a la educación de niñas,
        niños y adolescentes en familias con miembros migrantes.

        Atentamente,

        Dirección de Comunicaciones
        Fe y Alegría Venezuela
        Caracas, Venezuela
        www.feyalegria.example.org.ve | IG @feyalegria_example
        """,
        """
        Fe y Alegría Venezuela

        Niñas, niños y adolescentes que se quedan: educación y migración familiar
        """,
        "civil_society",
        ("Fe y Alegría Venezuela", "Fe y Alegría"),
    ),
    Variation(
        "ngostate-es-09",
        "Fray Andrés",
        "fray.andres@redfranciscana.example.org.co",
        "Aporte Red Franciscana",
        """
        Paz y bien.

        Les compartimos el aporte de la Red Franciscana para Migrantes, Colombia, sobre
        las personas migrantes que cruzan el Tapón del Darién.

        Fraternalmente,

        Fray Andrés Molina, OFM
        Red Franciscana para Migrantes, Colombia
        Bogotá D.C.
        """,
        """
        Red Franciscana para Migrantes, Colombia

        Personas migrantes en el Tapón del Darién
        """,
        "civil_society",
        (
            "Red Franciscana para Migrantes, Colombia",
            "Red Franciscana para Migrantes",
            "Red Franciscana para Migrantes Colombia",
            "Red Franciscana para Migrantes - Colombia",
        ),
    ),
    Variation(
        "ngostate-es-10",
        "Bolivia Migrante",
        "bolivia.migrante.chile@gmail.com",
        "Aporte - Estado Plurinacional de Bolivia y Chile",
        """
        Estimados:

        La Asociación Bolivia Migrante en Chile envía su aporte sobre el acceso a
        documentos de las personas bolivianas en Chile y la atención consular que brinda
        el Estado Plurinacional de Bolivia.

        Saludos,

        Directiva
        Asociación Bolivia Migrante en Chile
        Antofagasta
        """,
        """
        Asociación Bolivia Migrante en Chile

        Acceso a documentos y atención consular
        """,
        "civil_society",
        ("Asociación Bolivia Migrante en Chile",),
    ),
    # ── company: companies and business associations ──
    Variation(
        "company-en-01",
        "Okafor, Ngozi (Group Human Rights)",
        "ngozi.okafor@harvestridgefoods.example.com",
        "Harvest Ridge Foods - response to call for inputs",
        """
        Dear Working Group,

        Please find attached Harvest Ridge Foods' response to your call for inputs on
        migrant workers in agricultural supply chains.

        Kind regards,

        Ngozi Okafor
        Head of Human Rights | Group Sustainability
        Harvest Ridge Foods plc
        1 Granary Square, London N1C 4AA
        D: +44 20 5550 7731 | M: +44 7700 555 214
        harvestridgefoods.example.com

        Harvest Ridge Foods plc is registered in England and Wales (No. 01234567). This
        e-mail is confidential and may be legally privileged. Please consider the
        environment before printing.
        """,
        """
        Harvest Ridge Foods plc

        Response to the call for inputs: migrant workers in agricultural supply chains
        """,
        "private_sector",
        ("Harvest Ridge Foods plc", "Harvest Ridge Foods"),
    ),
    Variation(
        "company-en-02",
        "GFSEA Secretariat",
        "secretariat@gfsea.example.ae",
        "Submission by the Gulf Facility Services Employers' Association",
        """
        Dear Sir/Madam,

        On behalf of our member companies, the Gulf Facility Services Employers'
        Association submits the attached note on worker accommodation standards.

        Best regards,

        Secretariat
        Gulf Facility Services Employers' Association (GFSEA)
        Office 1204, Business Bay, Dubai
        +971 4 555 0119
        """,
        """
        GFSEA

        Worker accommodation standards in the facility services sector
        A note from the Gulf Facility Services Employers' Association
        """,
        "private_sector",
        (
            "Gulf Facility Services Employers' Association (GFSEA)",
            "Gulf Facility Services Employers' Association",
            "Gulf Facility Services Employers’ Association (GFSEA)",
        ),
    ),
    Variation(
        "company-en-03",
        "Sustainability",
        "sustainability@koralink.example.com",
        "Koralink input",
        """
        Dear colleagues,

        Attached is Koralink Mining's input on resettlement of communities near our
        operations.

        Regards,
        Sustainability & Community Relations
        Koralink Mining Ltd
        Level 9, 100 Collins Street, Melbourne VIC 3000
        Sent from my iPhone
        """,
        """
        [logo: KORALINK]

        Community resettlement: policy and practice
        Koralink Mining Ltd
        """,
        "private_sector",
        ("Koralink Mining Ltd", "Koralink Mining", "Koralink Mining Limited"),
    ),
    Variation(
        "company-en-04",
        "Daniel Whitcombe",
        "dwhitcombe@whitcombereyes.example.com",
        "Submission - Whitcombe & Reyes LLP",
        """
        Dear Special Rapporteur,

        Whitcombe & Reyes LLP is a law firm advising employers on labour migration. We
        submit the attached observations in the firm's own name.

        Yours faithfully,

        Daniel Whitcombe
        Partner, Employment & Immigration
        Whitcombe & Reyes LLP
        200 Park Avenue, New York, NY 10166
        T +1 212 555 0180

        CONFIDENTIALITY NOTICE: This communication may contain attorney-client privileged
        information. If you are not the intended recipient, please delete it.
        """,
        """
        WHITCOMBE & REYES LLP

        Observations on employer-sponsored visas and worker mobility
        """,
        "private_sector",
        ("Whitcombe & Reyes LLP", "Whitcombe & Reyes"),
    ),
    Variation(
        "company-fr-05",
        "RSE – Groupe Sucrier du Littoral",
        "rse@gsl.example.re",
        "Contribution du Groupe Sucrier du Littoral",
        """
        Madame, Monsieur,

        Le Groupe Sucrier du Littoral SA vous transmet sa contribution relative aux
        conditions d'emploi des travailleurs saisonniers dans la filière canne.

        Bien cordialement,

        Direction de la Responsabilité sociétale
        Groupe Sucrier du Littoral SA
        Zone industrielle du Port, 97420 Le Port
        Standard : 02 62 55 40 00
        """,
        """
        GROUPE SUCRIER DU LITTORAL

        Les travailleurs saisonniers de la filière canne
        """,
        "private_sector",
        ("Groupe Sucrier du Littoral SA", "Groupe Sucrier du Littoral"),
    ),
    Variation(
        "company-fr-06",
        "FESP",
        "contact@fesp.example.fr",
        "Contribution FESP",
        """
        Madame, Monsieur,

        La Fédération des Entreprises de Sécurité Privée a l'honneur de vous adresser sa
        contribution sur le recours aux agents de sécurité privée dans les centres de
        rétention.

        Le Délégué général
        FESP
        14 rue de la Pépinière, 75008 Paris
        """,
        """
        Fédération des Entreprises de Sécurité Privée (FESP)

        Les agents de sécurité privée dans les centres de rétention
        """,
        "private_sector",
        (
            "Fédération des Entreprises de Sécurité Privée (FESP)",
            "Fédération des Entreprises de Sécurité Privée",
        ),
    ),
    Variation(
        "company-fr-07",
        "LACROIX Paul",
        "p.lacroix@transportslacroix.example.fr",
        "Contribution – conducteurs routiers détachés",
        """
        Bonjour,

        Je vous transmets la contribution de notre entreprise sur les conditions de
        travail des conducteurs routiers détachés.

        Cordialement,

        Paul Lacroix
        Directeur général
        Transports Lacroix & Fils SAS
        ZA des Grands Champs, 59200 Tourcoing
        Tél. 03 20 55 18 72 – Port. 06 55 71 20 14
        """,
        """
        Transports Lacroix & Fils

        Les conducteurs routiers détachés
        """,
        "private_sector",
        ("Transports Lacroix & Fils SAS", "Transports Lacroix & Fils"),
    ),
    Variation(
        "company-es-08",
        "Gerencia de Sostenibilidad",
        "sostenibilidad@agropacifico.example.pe",
        "Aporte de Agroexportadora del Pacífico",
        """
        Estimados señores:

        Agroexportadora del Pacífico S.A.C. remite su aporte sobre las condiciones de
        contratación de trabajadores agrícolas venezolanos en Ica.

        Atentamente,

        Gerencia de Sostenibilidad
        Agroexportadora del Pacífico S.A.C.
        Panamericana Sur km 301, Ica
        Tel. (056) 555 210
        AVISO DE CONFIDENCIALIDAD: la información contenida en este correo es reservada.
        """,
        """
        Agroexportadora del Pacífico S.A.C.

        Contratación de trabajadores agrícolas migrantes en Ica
        """,
        "private_sector",
        ("Agroexportadora del Pacífico S.A.C.", "Agroexportadora del Pacífico"),
    ),
    Variation(
        "company-es-09",
        "ANETT - Presidencia",
        "presidencia@anett.example.es",
        "Aporte ANETT",
        """
        Estimado/a Sr./Sra.:

        Adjunto remitimos el aporte de la Asociación Nacional de Empresas de Trabajo
        Temporal sobre la contratación en origen de trabajadoras temporeras.

        Reciba un cordial saludo,

        Presidencia
        ANETT
        Paseo de la Castellana 120, 28046 Madrid
        """,
        """
        ANETT
        Asociación Nacional de Empresas de Trabajo Temporal

        Contratación en origen de trabajadoras temporeras
        """,
        "private_sector",
        (
            "Asociación Nacional de Empresas de Trabajo Temporal (ANETT)",
            "Asociación Nacional de Empresas de Trabajo Temporal",
        ),
    ),
    Variation(
        "company-es-10",
        "RRHH",
        "rrhh@textilesandinos.example.com.mx",
        "aporte empresa",
        """
        Buenas tardes,

        Por instrucciones de la Dirección General, adjuntamos el aporte de Textiles
        Andinos sobre la contratación de personas refugiadas en la planta de Puebla.

        Saludos cordiales,

        Lic. Verónica Salinas
        Gerente de Recursos Humanos
        Textiles Andinos, S.A. de C.V.
        Tel. 222 555 0318 ext. 112
        """,
        """
        TEXTILES ANDINOS, S.A. DE C.V.

        Contratación de personas refugiadas en la planta de Puebla
        """,
        "private_sector",
        (
            "Textiles Andinos, S.A. de C.V.",
            "Textiles Andinos S.A. de C.V.",
            "Textiles Andinos",
        ),
    ),
    # ── igo: intergovernmental bodies ──
    Variation(
        "igo-en-01",
        "Shrestha, Bikash",
        "bikash.shrestha@undp.example.org",
        "UNDP Nepal - input to call for inputs",
        """
        Dear colleagues at OHCHR,

        Please find attached the input of the UNDP Country Office in Nepal on the
        reintegration of returnee migrant workers.

        Best regards,

        Bikash Shrestha
        Programme Analyst, Inclusive Growth
        United Nations Development Programme (UNDP) | Nepal
        UN House, Pulchowk, Lalitpur
        T: +977 1 555 3020 | M: +977 98 5555 1207
        www.undp.example.org/nepal
        """,
        """
        United Nations Development Programme
        Nepal Country Office

        Reintegration of returnee migrant workers
        """,
        "international_org",
        (
            "United Nations Development Programme (UNDP)",
            "United Nations Development Programme",
            "UNDP",
            "UNDP Nepal",
            "United Nations Development Programme (UNDP) Nepal",
        ),
    ),
    Variation(
        "igo-en-02",
        "Karen SMITH",
        "karen.smith@unodc.example.org",
        "UNODC contribution - smuggling of migrants",
        """
        Dear Secretariat,

        The United Nations Office on Drugs and Crime is pleased to contribute the attached
        note on the protection of smuggled migrants.

        With best regards,

        Karen Smith
        Crime Prevention and Criminal Justice Officer
        Human Trafficking and Migrant Smuggling Section
        UNODC | Vienna International Centre, PO Box 500, 1400 Vienna
        """,
        """
        UNITED NATIONS
        Office on Drugs and Crime

        The protection of the rights of smuggled migrants
        """,
        "international_org",
        (
            "United Nations Office on Drugs and Crime (UNODC)",
            "United Nations Office on Drugs and Crime",
            "UNODC",
        ),
    ),
    Variation(
        "igo-en-03",
        "APRO Gender",
        "apro.gender@unfpa.example.org",
        "Input from UNFPA Asia-Pacific Regional Office",
        """
        Dear OHCHR team,

        Please find attached the input of UNFPA's Asia-Pacific Regional Office on sexual
        and reproductive health services for women migrant workers.

        Kind regards,

        Gender and Human Rights Unit
        UNFPA Asia-Pacific Regional Office
        Bangkok, Thailand
        """,
        """
        United Nations Population Fund
        Asia-Pacific Regional Office

        Sexual and reproductive health services for women migrant workers
        """,
        "international_org",
        (
            "United Nations Population Fund (UNFPA)",
            "United Nations Population Fund",
            "UNFPA",
            "UNFPA Asia-Pacific Regional Office",
        ),
    ),
    Variation(
        "igo-en-04",
        "OSR/CTHB",
        "info-cthb@osce.example.org",
        "Contribution of the OSCE Special Representative on trafficking",
        """
        Dear Madam, Dear Sir,

        Please find attached the contribution of the Office of the OSCE Special
        Representative and Co-ordinator for Combating Trafficking in Human Beings.

        Yours sincerely,

        Office of the Special Representative and Co-ordinator for Combating
        Trafficking in Human Beings
        Organization for Security and Co-operation in Europe
        Wallnerstrasse 6, 1010 Vienna
        """,
        """
        Organization for Security and Co-operation in Europe
        Office of the Special Representative and Co-ordinator for Combating Trafficking in
        Human Beings

        Trafficking for forced labour in supply chains
        """,
        "international_org",
        (
            "Organization for Security and Co-operation in Europe (OSCE)",
            "Organization for Security and Co-operation in Europe",
            "OSCE",
            "Office of the OSCE Special Representative and Co-ordinator for Combating Trafficking in Human Beings",
        ),
    ),
    Variation(
        "igo-en-05",
        "Human & Social Development",
        "hsd@caricom.example.org",
        "CARICOM Secretariat - input",
        """
        Good day,

        The CARICOM Secretariat submits the attached input on free movement of skilled
        nationals within the Community.

        Regards,

        Directorate of Human and Social Development
        Caribbean Community (CARICOM) Secretariat
        Turkeyen, Greater Georgetown, Guyana
        Tel: +592 222 0001-0075
        """,
        """
        CARIBBEAN COMMUNITY SECRETARIAT

        Free movement of skilled nationals in the Caribbean Community
        """,
        "international_org",
        (
            "Caribbean Community (CARICOM) Secretariat",
            "CARICOM Secretariat",
            "Caribbean Community Secretariat",
            "Caribbean Community (CARICOM)",
            "CARICOM",
        ),
    ),
    Variation(
        "igo-fr-06",
        "Direction Libre circulation",
        "libre.circulation@ecowas.example.int",
        "Contribution de la Commission de la CEDEAO",
        """
        Madame, Monsieur,

        La Commission de la Communauté économique des États de l'Afrique de l'Ouest
        (CEDEAO) a l'honneur de transmettre sa contribution sur la libre circulation des
        personnes dans l'espace communautaire.

        Direction de la Libre circulation et du Tourisme
        Commission de la CEDEAO
        Abuja, Nigeria
        """,
        """
        COMMUNAUTÉ ÉCONOMIQUE DES ÉTATS DE L'AFRIQUE DE L'OUEST
        COMMISSION

        La libre circulation des personnes dans l'espace CEDEAO
        """,
        "international_org",
        (
            "Communauté économique des États de l'Afrique de l'Ouest (CEDEAO)",
            "Communauté économique des États de l'Afrique de l'Ouest",
            "Commission de la CEDEAO",
            "CEDEAO",
            "Economic Community of West African States (ECOWAS)",
            "ECOWAS",
            "Commission de la Communauté économique des États de l'Afrique de l'Ouest",
        ),
    ),
    Variation(
        "igo-fr-07",
        "FAYE Aminata",
        "faye@unhcr.example.org",
        "Contribution du HCR – Bureau régional pour l'Afrique de l'Ouest et du Centre",
        """
        Madame, Monsieur,

        Je vous prie de trouver ci-joint la contribution du Bureau régional du HCR pour
        l'Afrique de l'Ouest et du Centre sur l'apatridie.

        Bien cordialement,

        Aminata Faye
        Chargée de protection (apatridie)
        HCR – Bureau régional, Dakar
        Tél. : +221 33 555 03 90
        """,
        """
        Haut-Commissariat des Nations Unies pour les réfugiés
        Bureau régional pour l'Afrique de l'Ouest et du Centre

        L'apatridie en Afrique de l'Ouest et du Centre
        """,
        "international_org",
        (
            "Haut-Commissariat des Nations Unies pour les réfugiés (HCR)",
            "Haut-Commissariat des Nations Unies pour les réfugiés",
            "HCR",
            "Office of the United Nations High Commissioner for Refugees (UNHCR)",
            "UNHCR",
            "United Nations High Commissioner for Refugees (UNHCR)",
        ),
    ),
    Variation(
        "igo-es-08",
        "Dr. Felipe Aranda",
        "arandaf@paho.example.org",
        "Aporte de la OPS",
        """
        Estimados/as colegas:

        Adjunto el aporte de la Organización Panamericana de la Salud sobre el acceso a
        servicios de salud de personas migrantes en las Américas.

        Saludos cordiales,

        Dr. Felipe Aranda
        Asesor, Salud y Migración
        Organización Panamericana de la Salud / Organización Mundial de la Salud
        525 23rd St NW, Washington, D.C.
        """,
        """
        OPS
        Organización Panamericana de la Salud

        Acceso a servicios de salud de personas migrantes en las Américas
        """,
        "international_org",
        (
            "Organización Panamericana de la Salud (OPS)",
            "Organización Panamericana de la Salud",
            "OPS",
            "Pan American Health Organization (PAHO)",
            "Pan American Health Organization",
            "PAHO",
        ),
    ),
    Variation(
        "igo-es-09",
        "Depto. Inclusión Social",
        "inclusionsocial@oas.example.org",
        "Aporte de la Secretaría General de la OEA",
        """
        Estimados señores:

        El Departamento de Inclusión Social de la Secretaría General de la Organización
        de los Estados Americanos remite su aporte a la convocatoria.

        Atentamente,

        Departamento de Inclusión Social
        Secretaría de Acceso a Derechos y Equidad
        Organización de los Estados Americanos
        1889 F Street NW, Washington, D.C. 20006
        """,
        """
        ORGANIZACIÓN DE LOS ESTADOS AMERICANOS
        Secretaría General

        Inclusión social de personas migrantes
        """,
        "international_org",
        (
            "Organización de los Estados Americanos (OEA)",
            "Organización de los Estados Americanos",
            "OEA",
            "Secretaría General de la OEA",
            "Organization of American States (OAS)",
            "OAS",
        ),
    ),
    Variation(
        "igo-es-10",
        "SG-SICA",
        "comunicacion@sica.example.int",
        "Aporte SG-SICA",
        """
        Estimados/as:

        La Secretaría General del Sistema de la Integración Centroamericana remite su
        aporte sobre la movilidad humana en la región.

        Saludos,

        Dirección de Cooperación
        SG-SICA
        Final Bulevar Cancillería, Distrito El Espino, Antiguo Cuscatlán, El Salvador
        """,
        """
        Sistema de la Integración Centroamericana
        Secretaría General

        Movilidad humana en la región centroamericana
        """,
        "international_org",
        (
            "Sistema de la Integración Centroamericana (SICA)",
            "Sistema de la Integración Centroamericana",
            "SICA",
            "Secretaría General del Sistema de la Integración Centroamericana",
            "SG-SICA",
        ),
    ),
    # ── nhri: national human rights institutions ──
    Variation(
        "nhri-en-01",
        "Weber, Katharina",
        "weber@institut-fuer-menschenrechte.example.de",
        "Input of the German Institute for Human Rights",
        """
        Dear Sir or Madam,

        Please find attached the input of the German Institute for Human Rights on
        reception centres and the rights of children seeking protection.

        Kind regards

        Dr. Katharina Weber
        Senior Researcher | Wissenschaftliche Mitarbeiterin
        Department of Human Rights Policy: Germany and Europe
        Deutsches Institut für Menschenrechte / German Institute for Human Rights
        Zimmerstraße 26/27, 10969 Berlin
        Tel.: +49 30 555 93 59-0
        """,
        """
        DEUTSCHES INSTITUT FÜR MENSCHENRECHTE

        Reception centres and the rights of children seeking protection
        Input to the call for inputs
        """,
        "nhri",
        (
            "German Institute for Human Rights",
            "Deutsches Institut für Menschenrechte",
            "German Institute for Human Rights (Deutsches Institut für Menschenrechte)",
        ),
        "DEU",
    ),
    Variation(
        "nhri-en-02",
        "NHRC Nepal",
        "complaints@nhrc.example.org.np",
        "Submission by the National Human Rights Commission, Nepal",
        """
        Dear Special Rapporteur,

        The National Human Rights Commission of Nepal submits the attached report on
        monitoring of labour migration and the protection of migrant workers' rights.

        With regards,

        Secretary
        National Human Rights Commission, Nepal
        Harihar Bhawan, Pulchowk, Lalitpur
        Hotline: 1660 01 33333
        """,
        """
        National Human Rights Commission
        Nepal

        Monitoring of labour migration
        """,
        "nhri",
        (
            "National Human Rights Commission of Nepal",
            "National Human Rights Commission, Nepal",
            "National Human Rights Commission (Nepal)",
            "National Human Rights Commission",
        ),
        "NPL",
    ),
    Variation(
        "nhri-en-03",
        "Uwase Diane",
        "d.uwase@cndp.example.rw",
        "NCHR Rwanda - input",
        """
        Dear Secretariat,

        Attached please find the input of the National Commission for Human Rights on
        the situation of refugees in camps in Rwanda.

        Best regards,

        Diane Uwase
        Human Rights Officer, Monitoring Unit
        National Commission for Human Rights (NCHR)
        Kigali, Rwanda
        Toll free: 3888
        """,
        """
        REPUBLIC OF RWANDA
        NATIONAL COMMISSION FOR HUMAN RIGHTS

        Situation of refugees in camps in Rwanda
        """,
        "nhri",
        (
            "National Commission for Human Rights (NCHR)",
            "National Commission for Human Rights",
            "National Commission for Human Rights of Rwanda",
            "National Commission for Human Rights, Rwanda",
            "National Commission for Human Rights (Rwanda)",
        ),
        "RWA",
    ),
    Variation(
        "nhri-en-04",
        "Staff of the Human Rights Defender",
        "international@ombuds.example.am",
        "Input of the Human Rights Defender of the Republic of Armenia",
        """
        Dear Madam/Sir,

        The Human Rights Defender of the Republic of Armenia presents the attached input
        on the situation of displaced persons from Nagorno-Karabakh.

        Respectfully,

        Department of International Cooperation
        Staff of the Human Rights Defender of the Republic of Armenia
        56a Pushkin St., Yerevan 0002
        """,
        """
        HUMAN RIGHTS DEFENDER OF THE REPUBLIC OF ARMENIA

        The situation of displaced persons
        """,
        "nhri",
        (
            "Human Rights Defender of the Republic of Armenia",
            "Human Rights Defender of Armenia",
            "Human Rights Defender (Ombudsman) of the Republic of Armenia",
        ),
        "ARM",
    ),
    Variation(
        "nhri-fr-05",
        "CNDH-CI Secrétariat",
        "secretariat@cndh.example.ci",
        "Contribution de la CNDH-CI",
        """
        Madame, Monsieur,

        Le Conseil national des droits de l'homme de Côte d'Ivoire (CNDH) vous adresse sa
        contribution sur la prévention de l'apatridie.

        Veuillez agréer l'expression de notre haute considération.

        Le Secrétaire général
        Conseil national des droits de l'homme
        Abidjan-Cocody, II Plateaux
        """,
        """
        RÉPUBLIQUE DE CÔTE D'IVOIRE
        CONSEIL NATIONAL DES DROITS DE L'HOMME (CNDH)

        La prévention de l'apatridie
        """,
        "nhri",
        (
            "Conseil national des droits de l'homme de Côte d'Ivoire (CNDH)",
            "Conseil national des droits de l'homme de Côte d'Ivoire",
            "Conseil national des droits de l'homme (CNDH)",
            "Conseil national des droits de l'homme",
            "Conseil National des Droits de l'Homme de Côte d'Ivoire (CNDH-CI)",
        ),
        "CIV",
    ),
    Variation(
        "nhri-fr-06",
        "NDAYISHIMIYE Éric",
        "eric.ndayishimiye@cnidh.example.bi",
        "Contribution de la CNIDH",
        """
        Madame, Monsieur,

        J'ai l'honneur de vous transmettre, au nom de la Commission Nationale
        Indépendante des Droits de l'Homme, sa contribution sur le retour des réfugiés.

        Éric Ndayishimiye
        Commissaire
        CNIDH – Burundi
        Boulevard de l'Uprona, Bujumbura
        Envoyé de mon iPhone
        """,
        """
        COMMISSION NATIONALE INDÉPENDANTE DES DROITS DE L'HOMME
        CNIDH

        Le retour des réfugiés burundais
        """,
        "nhri",
        (
            "Commission Nationale Indépendante des Droits de l'Homme (CNIDH)",
            "Commission Nationale Indépendante des Droits de l'Homme",
            "Commission nationale indépendante des droits de l'homme du Burundi",
        ),
        "BDI",
    ),
    Variation(
        "nhri-fr-07",
        "Office de la Protection du Citoyen",
        "opc@opc.example.ht",
        "Contribution de l'OPC",
        """
        Madame, Monsieur,

        L'Office de la Protection du Citoyen (OPC), institution nationale des droits
        humains d'Haïti, vous transmet sa contribution sur les déplacés internes de la zone
        métropolitaine.

        Cordialement,

        Direction des Affaires juridiques
        Office de la Protection du Citoyen
        Port-au-Prince
        """,
        """
        Office de la Protection du Citoyen
        Protecteur du Citoyen

        Les personnes déplacées internes de la zone métropolitaine
        """,
        "nhri",
        (
            "Office de la Protection du Citoyen (OPC)",
            "Office de la Protection du Citoyen",
            "Office de la Protection du Citoyen d'Haïti",
        ),
        "HTI",
    ),
    Variation(
        "nhri-es-08",
        "Dirección Nacional de Movilidad Humana",
        "movilidadhumana@dpe.example.gob.ec",
        "Aporte Defensoría del Pueblo - Ecuador",
        """
        Estimados/as:

        La Defensoría del Pueblo de Ecuador remite su aporte sobre la situación de las
        personas en movilidad humana en la frontera norte.

        Atentamente,

        Dirección Nacional del Mecanismo de Protección de Personas en Movilidad Humana
        Defensoría del Pueblo de Ecuador
        Av. de la Prensa N54-97 y Jorge Piedra, Quito
        """,
        """
        DEFENSORÍA DEL PUEBLO
        ECUADOR

        Personas en movilidad humana en la frontera norte
        """,
        "nhri",
        (
            "Defensoría del Pueblo de Ecuador",
            "Defensoría del Pueblo del Ecuador",
            "Defensoría del Pueblo (Ecuador)",
        ),
        "ECU",
    ),
    Variation(
        "nhri-es-09",
        "Licda. Marta Hernández",
        "mhernandez@pddh.example.gob.sv",
        "Aporte de la PDDH",
        """
        Estimados señores:

        Remito el aporte de la Procuraduría para la Defensa de los Derechos Humanos sobre
        las personas retornadas con necesidades de protección.

        Atentamente,

        Licda. Marta Hernández
        Procuradora Adjunta para la Defensa de los Derechos de la Niñez
        PDDH – El Salvador
        Tel. (503) 2555-1020
        """,
        """
        PROCURADURÍA PARA LA DEFENSA DE LOS DERECHOS HUMANOS
        República de El Salvador

        Personas retornadas con necesidades de protección
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
        "nhri-es-10",
        "CONADEH Honduras",
        "central@conadeh.example.hn",
        "Aporte del Comisionado Nacional de los Derechos Humanos",
        """
        Estimados:

        El Comisionado Nacional de los Derechos Humanos (CONADEH) de Honduras remite su
        aporte sobre desplazamiento forzado interno por violencia.

        Saludos,

        Unidad de Desplazamiento Forzado Interno
        CONADEH
        Tegucigalpa, M.D.C.
        """,
        """
        COMISIONADO NACIONAL DE LOS DERECHOS HUMANOS
        HONDURAS

        Desplazamiento forzado interno por violencia
        """,
        "nhri",
        (
            "Comisionado Nacional de los Derechos Humanos (CONADEH)",
            "Comisionado Nacional de los Derechos Humanos",
            "Comisionado Nacional de los Derechos Humanos de Honduras",
            "CONADEH",
        ),
        "HND",
    ),
    # ── state: notes verbales, missions, ministries ──
    Variation(
        "state-en-01",
        "Registry Mission Geneva",
        "registry.gen@formin.example.fi",
        "Note verbale - Finland - call for inputs",
        """
        Dear Madam/Sir,

        Please find attached a note verbale from the Permanent Mission of Finland together
        with Finland's reply to the questionnaire.

        Best regards,

        Registry
        Permanent Mission of Finland to the United Nations Office and other
        international organizations in Geneva
        Avenue de France 23, 1202 Geneva
        """,
        """
        PERMANENT MISSION OF FINLAND
        GENEVA

        No. GEN-2026-0412

        The Permanent Mission of Finland to the United Nations Office and other
        international organizations in Geneva presents its compliments to the Office of
        the United Nations High Commissioner for Human Rights and has the honour to
        transmit herewith the reply of the Government of Finland to the questionnaire.
        """,
        "member_state",
        ("Finland", "Republic of Finland"),
        "FIN",
    ),
    Variation(
        "state-en-02",
        "MOFA Mauritius - UN Division",
        "mfa.un@govmu.example.org",
        "Reply of the Republic of Mauritius",
        """
        Dear Sir/Madam,

        I am directed to forward herewith the reply of the Government of the Republic of
        Mauritius to the call for inputs.

        Kind regards,

        P. Ramgoolam (Ms)
        Second Secretary
        United Nations and Human Rights Division
        Ministry of Foreign Affairs, Regional Integration and International Trade
        Newton Tower, Sir William Newton Street, Port Louis
        Tel: +230 405 5555
        """,
        """
        MINISTRY OF FOREIGN AFFAIRS, REGIONAL INTEGRATION AND INTERNATIONAL TRADE
        REPUBLIC OF MAURITIUS

        Reply of the Government of the Republic of Mauritius
        """,
        "member_state",
        ("Mauritius", "Republic of Mauritius"),
        "MUS",
    ),
    Variation(
        "state-en-03",
        "BATBOLD Enkhjargal",
        "geneva@mfa.example.gov.mn",
        "Note verbale of the Permanent Mission of Mongolia",
        """
        Dear colleagues,

        Please find attached the note verbale of the Permanent Mission of Mongolia with
        the inputs of the relevant ministries.

        Best regards,

        Enkhjargal Batbold
        First Secretary
        Permanent Mission of Mongolia to the United Nations Office at Geneva
        Chemin des Mollies 4, 1293 Bellevue
        Sent from my iPhone
        """,
        """
        No. 2026/117

        The Permanent Mission of Mongolia to the United Nations Office at Geneva and other
        international organizations in Switzerland presents its compliments to the Office
        of the United Nations High Commissioner for Human Rights and has the honour to
        submit the information of the Government of Mongolia.
        """,
        "member_state",
        ("Mongolia",),
        "MNG",
    ),
    Variation(
        "state-en-04",
        "Hysa Elona",
        "elona.hysa@mb.example.gov.al",
        "Albania - contribution to the report",
        """
        Dear Sir/Madam,

        On behalf of the Ministry of Interior of the Republic of Albania, please find
        attached our contribution on measures against trafficking in persons.

        Sincerely,

        Elona Hysa
        Specialist, Directorate of Anti-Trafficking and Migration Policies
        Ministry of Interior
        Sheshi Skënderbej 3, Tirana
        """,
        """
        REPUBLIC OF ALBANIA
        MINISTRY OF INTERIOR

        Contribution of the Republic of Albania on measures against trafficking in persons
        """,
        "member_state",
        ("Albania", "Republic of Albania"),
        "ALB",
    ),
    Variation(
        "state-fr-05",
        "Mission permanente de Djibouti",
        "mission.djibouti@mae.example.dj",
        "Note verbale – contribution de la République de Djibouti",
        """
        Madame, Monsieur,

        Veuillez trouver ci-joint la note verbale de la Mission permanente de la
        République de Djibouti ainsi que la contribution du Gouvernement.

        Le Secrétariat
        Mission permanente de la République de Djibouti auprès de l'Office des Nations
        Unies à Genève
        """,
        """
        MISSION PERMANENTE DE LA RÉPUBLIQUE DE DJIBOUTI
        AUPRÈS DE L'OFFICE DES NATIONS UNIES À GENÈVE

        N° 0087/MPD/GVA/2026

        La Mission permanente de la République de Djibouti auprès de l'Office des Nations
        Unies à Genève présente ses compliments au Haut-Commissariat des Nations Unies aux
        droits de l'homme et a l'honneur de lui transmettre la contribution du
        Gouvernement djiboutien.
        """,
        "member_state",
        ("Djibouti", "République de Djibouti", "Republic of Djibouti"),
        "DJI",
    ),
    Variation(
        "state-fr-06",
        "MOUSSAVOU Ingrid",
        "i.moussavou@diplomatie.example.ga",
        "Contribution du Gabon",
        """
        Madame, Monsieur,

        J'ai l'honneur de vous faire parvenir la contribution du Gouvernement de la
        République gabonaise à l'appel à contributions.

        Ingrid Moussavou
        Conseiller
        Direction des Droits de l'Homme
        Ministère des Affaires étrangères
        Libreville
        """,
        """
        RÉPUBLIQUE GABONAISE
        Union – Travail – Justice

        MINISTÈRE DES AFFAIRES ÉTRANGÈRES
        Direction des Droits de l'Homme

        Contribution du Gouvernement de la République gabonaise
        """,
        "member_state",
        ("Gabon", "République gabonaise", "Gabonese Republic"),
        "GAB",
    ),
    Variation(
        "state-fr-07",
        "Ambassade du Tchad",
        "ambatchad.berne@example.td",
        "Réponse du Tchad au questionnaire",
        """
        Madame, Monsieur,

        L'Ambassade de la République du Tchad, chargée des relations avec l'Office des
        Nations Unies à Genève, vous transmet la réponse de N'Djamena au questionnaire.

        Cordialement,

        Premier Conseiller
        Ambassade de la République du Tchad
        """,
        """
        RÉPUBLIQUE DU TCHAD
        Unité – Travail – Progrès

        Ministère des Affaires étrangères, de l'Intégration africaine et des Tchadiens de
        l'étranger

        Réponse au questionnaire
        """,
        "member_state",
        ("Chad", "Tchad", "République du Tchad", "Republic of Chad"),
        "TCD",
    ),
    Variation(
        "state-es-08",
        "Misión RD Ginebra",
        "misionrd.ginebra@mirex.example.gob.do",
        "Nota verbal - República Dominicana",
        """
        Estimados señores:

        Adjunto remitimos la nota verbal de la Misión Permanente de la República
        Dominicana y el aporte del Estado dominicano.

        Atentamente,

        Sección de Derechos Humanos
        Misión Permanente de la República Dominicana ante la Oficina de las Naciones
        Unidas en Ginebra
        Tel. +41 22 555 49 00
        """,
        """
        MISIÓN PERMANENTE DE LA REPÚBLICA DOMINICANA
        ANTE LA OFICINA DE LAS NACIONES UNIDAS Y OTROS ORGANISMOS INTERNACIONALES EN
        GINEBRA

        MPRD-GIN-0311-2026

        La Misión Permanente de la República Dominicana saluda atentamente a la Oficina
        del Alto Comisionado de las Naciones Unidas para los Derechos Humanos y tiene el
        honor de remitir el aporte del Estado dominicano.
        """,
        "member_state",
        ("Dominican Republic", "República Dominicana"),
        "DOM",
    ),
    Variation(
        "state-es-09",
        "Dirección General de Derechos Humanos SRE",
        "dgdhd@sre.example.gob.mx",
        "Respuesta de México al cuestionario",
        """
        Estimados/as:

        Por instrucciones de la Dirección General, se remite la respuesta del Gobierno de
        México al cuestionario, integrada con información de la Secretaría de Gobernación
        y del Instituto Nacional de Migración.

        Saludos cordiales,

        Mtra. Laura Cisneros
        Subdirectora de Asuntos Multilaterales
        Dirección General de Derechos Humanos y Democracia
        Secretaría de Relaciones Exteriores
        Av. Juárez 20, Col. Centro, CDMX
        """,
        """
        SECRETARÍA DE RELACIONES EXTERIORES
        ESTADOS UNIDOS MEXICANOS

        Respuesta del Gobierno de México al cuestionario
        """,
        "member_state",
        ("Mexico", "México", "Estados Unidos Mexicanos", "United Mexican States"),
        "MEX",
    ),
    Variation(
        "state-es-10",
        "Obiang Nsue, Salvador",
        "mision.gnq.ginebra@example.gq",
        "Aporte de la República de Guinea Ecuatorial",
        """
        Señores:

        La Misión Permanente de la República de Guinea Ecuatorial tiene el honor de
        remitir adjunta la nota verbal con el aporte del Gobierno.

        Atentamente,

        Salvador Obiang Nsue
        Consejero
        Misión Permanente de la República de Guinea Ecuatorial en Ginebra
        """,
        """
        REPÚBLICA DE GUINEA ECUATORIAL
        Misión Permanente en Ginebra

        La Misión Permanente de la República de Guinea Ecuatorial saluda atentamente a la
        Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos.
        """,
        "member_state",
        (
            "Equatorial Guinea",
            "Guinea Ecuatorial",
            "República de Guinea Ecuatorial",
            "Republic of Equatorial Guinea",
        ),
        "GNQ",
    ),
    # ── academic: institutes, university centres, professors ──
    Variation(
        "academic-en-01",
        "HR Clinic",
        "hrclinic@law.lakeshore.example.edu",
        "Submission from the Human Rights Clinic",
        """
        Dear Working Group,

        The Human Rights Clinic at Lakeshore University School of Law submits the attached
        report, prepared by clinic students under faculty supervision.

        Best,

        Human Rights Clinic
        Lakeshore University School of Law
        500 Lake Shore Drive, Room 214, Chicago, IL
        (312) 555-0148
        The views expressed are those of the Clinic and not of the University.
        """,
        """
        Immigration detention in county jails
        A report by the Human Rights Clinic
        Lakeshore University School of Law
        May 2026
        """,
        "academic",
        (
            "Human Rights Clinic, Lakeshore University School of Law",
            "Human Rights Clinic, Lakeshore University",
            "Lakeshore University School of Law Human Rights Clinic",
            "Human Rights Clinic",
        ),
    ),
    Variation(
        "academic-en-02",
        "Menon, Rahul (Prof.)",
        "r.menon@westhaven.example.ac.uk",
        "Research submission - climate and labour migration",
        """
        Dear Special Rapporteur,

        I write in my personal capacity as a researcher. Attached is a short paper
        drawing on my fieldwork with construction workers from Kerala in the Gulf.

        With best wishes,

        Prof. Rahul Menon
        Professor of Development Studies
        School of Global Studies | University of Westhaven
        he/him
        Office: Arts Building B2.17 | +44 1632 555 410
        Twitter/X: @rmenon_example
        """,
        """
        Heat, debt and labour migration: evidence from Kerala
        Prof. Rahul Menon, University of Westhaven
        """,
        "academic",
        (
            "Rahul Menon",
            "Prof. Rahul Menon",
            "Professor Rahul Menon",
            "Rahul Menon, University of Westhaven",
            "Prof. Rahul Menon, University of Westhaven",
        ),
    ),
    Variation(
        "academic-en-03",
        "Joanna Pike",
        "j.pike@harrowgate.example.ac.uk",
        "ISBS input",
        """
        Dear colleagues,

        Please find attached the input of the Institute for Statelessness and Belonging
        Studies to the call.

        Kind regards,

        Dr Joanna Pike
        Research Fellow
        ISBS, Harrowgate University
        """,
        """
        Statelessness and access to nationality for children born in exile

        Institute for Statelessness and Belonging Studies (ISBS)
        Harrowgate University
        """,
        "academic",
        (
            "Institute for Statelessness and Belonging Studies (ISBS), Harrowgate University",
            "Institute for Statelessness and Belonging Studies, Harrowgate University",
            "Institute for Statelessness and Belonging Studies (ISBS)",
            "Institute for Statelessness and Belonging Studies",
        ),
    ),
    Variation(
        "academic-en-04",
        "CLMD Enquiries",
        "clmd@kinross.example.ac.ke",
        "CLMD submission",
        """
        Dear Sir/Madam,

        Attached is the submission of the Centre for Labour Mobility and Development on
        the regulation of private recruitment agencies.

        Regards,
        CLMD Secretariat
        Kinross College, P.O. Box 30197-00100, Nairobi
        """,
        """
        Centre for Labour Mobility and Development
        Kinross College

        Regulating private recruitment agencies
        """,
        "academic",
        (
            "Centre for Labour Mobility and Development (CLMD), Kinross College",
            "Centre for Labour Mobility and Development, Kinross College",
            "Centre for Labour Mobility and Development (CLMD)",
            "Centre for Labour Mobility and Development",
        ),
    ),
    Variation(
        "academic-fr-05",
        "Clinique juridique",
        "clinique.df@droit.beaulac.example.fr",
        "Contribution de la Clinique juridique des droits fondamentaux",
        """
        Madame, Monsieur,

        La Clinique juridique des droits fondamentaux de l'Université de Beaulac vous
        adresse la contribution rédigée par ses étudiantes et étudiants de master.

        Cordialement,

        Clinique juridique des droits fondamentaux
        Faculté de droit et de science politique
        Université de Beaulac
        """,
        """
        Université de Beaulac – Faculté de droit
        Clinique juridique des droits fondamentaux

        Les mineurs non accompagnés et l'évaluation de la minorité
        """,
        "academic",
        (
            "Clinique juridique des droits fondamentaux, Université de Beaulac",
            "Clinique juridique des droits fondamentaux",
            "Clinique juridique des droits fondamentaux de l'Université de Beaulac",
        ),
    ),
    Variation(
        "academic-fr-06",
        "Sow Aminata",
        "aminata.sow@lem.kerouane.example.sn",
        "Contribution du LEM",
        """
        Madame, Monsieur,

        Au nom du Laboratoire d'études migratoires (LEM) de l'Université de Kérouane,
        je vous transmets notre contribution sur les migrations saisonnières.

        Bien cordialement,

        Pr Aminata Sow
        Directrice du LEM
        Université de Kérouane
        Tél. : +221 33 555 20 71
        """,
        """
        Laboratoire d'études migratoires
        Université de Kérouane

        Les migrations saisonnières dans le bassin arachidier
        """,
        "academic",
        (
            "Laboratoire d'études migratoires (LEM), Université de Kérouane",
            "Laboratoire d'études migratoires, Université de Kérouane",
            "Laboratoire d'études migratoires (LEM)",
            "Laboratoire d'études migratoires",
        ),
    ),
    Variation(
        "academic-fr-07",
        "Marc-Antoine Lefebvre",
        "marc-antoine.lefebvre@umontclair.example.ca",
        "Contribution – recherche sur la détention",
        """
        Bonjour,

        Je suis chercheur postdoctoral et vous soumets à titre personnel une note de
        recherche sur la détention des demandeurs d'asile dans les centres provinciaux.

        Cordialement,

        Marc-Antoine Lefebvre, Ph. D.
        Chercheur postdoctoral
        Département de criminologie, Université de Montclair
        il/lui
        """,
        """
        La détention des demandeurs d'asile dans les centres provinciaux
        Note de recherche

        Marc-Antoine Lefebvre, Université de Montclair
        """,
        "academic",
        (
            "Marc-Antoine Lefebvre",
            "Marc-Antoine Lefebvre, Université de Montclair",
            "Dr Marc-Antoine Lefebvre",
        ),
    ),
    Variation(
        "academic-es-08",
        "Unitierra Puebla",
        "unitierrapuebla@gmail.com",
        "Aporte Universidad de la Tierra en Puebla",
        """
        Estimadas, estimados:

        Les compartimos el aporte de la Universidad de la Tierra en Puebla sobre
        comunidades campesinas y migración de retorno.

        Un abrazo,

        Colectivo de Unitierra Puebla
        Universidad de la Tierra en Puebla, AC
        """,
        """
        Universidad de la Tierra en Puebla, AC

        Comunidades campesinas y migración de retorno
        """,
        "academic",
        (
            "Universidad de la Tierra en Puebla, AC",
            "Universidad de la Tierra en Puebla",
            "Universidad de la Tierra en Puebla A.C.",
        ),
    ),
    Variation(
        "academic-es-09",
        "Clínica Jurídica",
        "clinicajuridica@uvaustral.example.cl",
        "Aporte Clínica Jurídica de Migrantes y Refugiados",
        """
        Estimados/as:

        La Clínica Jurídica de Migrantes y Refugiados de la Universidad del Valle Austral
        remite su aporte sobre expulsiones administrativas.

        Saludos cordiales,

        Prof. Catalina Fuentes
        Directora
        Clínica Jurídica de Migrantes y Refugiados
        Facultad de Derecho, Universidad del Valle Austral
        """,
        """
        Universidad del Valle Austral
        Facultad de Derecho
        Clínica Jurídica de Migrantes y Refugiados

        Expulsiones administrativas de personas extranjeras
        """,
        "academic",
        (
            "Clínica Jurídica de Migrantes y Refugiados, Universidad del Valle Austral",
            "Clínica Jurídica de Migrantes y Refugiados",
            "Clínica Jurídica de Migrantes y Refugiados de la Universidad del Valle Austral",
        ),
    ),
    Variation(
        "academic-es-10",
        "OMH - UNSC",
        "omh@unsierraclara.example.edu.co",
        "Aporte del Observatorio",
        """
        Buenos días,

        Adjuntamos el aporte del Observatorio de Movilidad Humana sobre integración
        socioeconómica de personas venezolanas.

        Cordialmente,

        Equipo de investigación
        Observatorio de Movilidad Humana (OMH)
        Universidad Nacional de Sierra Clara
        """,
        """
        Integración socioeconómica de personas venezolanas
        Observatorio de Movilidad Humana
        Universidad Nacional de Sierra Clara
        """,
        "academic",
        (
            "Observatorio de Movilidad Humana (OMH), Universidad Nacional de Sierra Clara",
            "Observatorio de Movilidad Humana, Universidad Nacional de Sierra Clara",
            "Observatorio de Movilidad Humana (OMH)",
            "Observatorio de Movilidad Humana",
        ),
    ),
    # ── individual: a person writing for themselves ──
    Variation(
        "individual-en-01",
        "Hamid",
        "hamid.rahimi.2019@gmail.com",
        "my story for the report",
        """
        Hello,

        I am a refugee from Afghanistan living in Germany since 2019. I want to share my
        experience with family reunification, my wife and children are still waiting. I
        attached my statement.

        Thank you
        Hamid Rahimi

        Sent from my iPhone
        """,
        """
        Statement of Hamid Rahimi

        Family reunification: five years of waiting
        """,
        "individual",
        ("Hamid Rahimi",),
    ),
    Variation(
        "individual-en-02",
        "PETER VAN DER BERG",
        "peter.vanderberg@nordbank.example.com",
        "Personal submission",
        """
        Dear Sir/Madam,

        I am submitting the attached in a personal capacity. The views are my own and do
        not represent my employer.

        Regards,

        Peter van der Berg
        Senior Analyst, Compliance
        NordBank N.V. | Zuidas, Amsterdam
        +31 20 555 7812

        This e-mail may contain confidential information. NordBank N.V. accepts no
        liability for personal views expressed by its staff.
        """,
        """
        Debanking of refugees and asylum seekers: a personal view
        Peter van der Berg
        """,
        "individual",
        ("Peter van der Berg", "Peter Van Der Berg"),
    ),
    Variation(
        "individual-en-03",
        "Nguyen Van Minh",
        "minh.nguyen.vn@outlook.com",
        "Submission - workers in Taiwan",
        """
        Dear OHCHR,

        I worked four years in a factory in Taiwan as a migrant worker. Here is my
        submission about broker fees and my contract.

        Best regards,
        Minh
        """,
        """
        Submission by Nguyen Van Minh, former migrant worker

        Broker fees and contract substitution
        """,
        "individual",
        ("Nguyen Van Minh", "Van Minh Nguyen", "Minh Nguyen"),
    ),
    Variation(
        "individual-en-04",
        "Margaret Ellison",
        "mellison.home@btinternet.example.com",
        "Input from a volunteer befriender",
        """
        Dear Working Group,

        I have volunteered for eight years visiting people held in immigration removal
        centres. I write only for myself, not for the visitors' group I belong to, which
        may send its own input.

        Yours sincerely,

        Margaret Ellison (she/her)
        Retired teacher, Crawley, West Sussex
        07700 555 631
        """,
        """
        Eight years of visits to immigration removal centres
        Personal submission by Margaret Ellison
        """,
        "individual",
        ("Margaret Ellison",),
    ),
    Variation(
        "individual-en-05",
        "Tom (home)",
        "tomasz.kowalczyk.home@gmail.com",
        "Personal input on seasonal work",
        """
        Hi,

        I work for a union but this is NOT an official submission, just my own
        experience as a Polish seasonal worker in the UK before I started there.

        Cheers,
        Tomasz Kowalczyk
        """,
        """
        My experience on the Seasonal Worker visa
        Tomasz Kowalczyk
        """,
        "individual",
        ("Tomasz Kowalczyk",),
    ),
    Variation(
        "individual-fr-06",
        "Awa",
        "awa.traore91@gmail.com",
        "Mon témoignage",
        """
        Bonjour,

        Je m'appelle Awa Traoré. Je vous envoie mon témoignage sur ce que j'ai vécu en
        Libye et en Tunisie avant d'arriver en Italie.

        Merci de m'avoir lue.
        Awa Traoré

        Envoyé depuis mon téléphone
        """,
        """
        Témoignage d'Awa Traoré
        """,
        "individual",
        ("Awa Traoré", "Awa Traore"),
    ),
    Variation(
        "individual-fr-07",
        "Dr BERNARD Sophie",
        "sophie.bernard@chu-rivesud.example.fr",
        "Contribution à titre personnel",
        """
        Madame, Monsieur,

        Médecin urgentiste, je vous adresse à titre personnel quelques observations sur
        l'accès aux soins des personnes sans titre de séjour. Elles n'engagent pas mon
        établissement.

        Dr Sophie Bernard
        Praticienne hospitalière – Service des urgences
        CHU Rive-Sud
        Tél. : 04 55 81 22 00 – poste 4312

        Ce courriel et ses pièces jointes sont strictement confidentiels.
        """,
        """
        Observations sur l'accès aux soins des personnes sans titre de séjour
        Dr Sophie Bernard
        """,
        "individual",
        ("Sophie Bernard", "Dr Sophie Bernard"),
    ),
    Variation(
        "individual-es-08",
        "Doña Rosa",
        "rosaelena.cifuentes@yahoo.com",
        "Mi hijo desaparecido",
        """
        Buenas tardes señores:

        Soy madre de un joven migrante desaparecido en México en 2021. Les mando mi
        testimonio para que se sepa lo que vivimos las familias.

        Que Dios les bendiga,
        Rosa Elena Cifuentes
        Huehuetenango, Guatemala
        """,
        """
        Testimonio de Rosa Elena Cifuentes, madre de un migrante desaparecido
        """,
        "individual",
        ("Rosa Elena Cifuentes",),
    ),
    Variation(
        "individual-es-09",
        "SÁNCHEZ PÉREZ, José Luis",
        "jlsanchez@ayto-valdemora.example.es",
        "Aportación personal",
        """
        Estimados/as:

        Trabajo como técnico de servicios sociales, pero envío esta aportación a título
        personal, no en nombre del Ayuntamiento.

        Un saludo,

        José Luis Sánchez Pérez
        Técnico de Servicios Sociales
        Ayuntamiento de Valdemora
        Tel. 91 555 03 40
        """,
        """
        Aportación a título personal sobre el empadronamiento de personas migrantes
        José Luis Sánchez Pérez
        """,
        "individual",
        ("José Luis Sánchez Pérez", "José Luis Sánchez"),
    ),
    Variation(
        "individual-es-10",
        "Pao",
        "pao.rincon.93@gmail.com",
        "aporte personal",
        """
        Hola,

        Soy venezolana y vivo en Lima desde 2018. Adjunto mi aporte sobre las barreras
        para convalidar títulos profesionales.

        Gracias,
        Paola Andrea Rincón
        Enviado desde mi Samsung Galaxy
        """,
        """
        Barreras para convalidar títulos profesionales
        Aporte de Paola Andrea Rincón
        """,
        "individual",
        ("Paola Andrea Rincón", "Paola Rincón"),
    ),
    # ── other: unions, parliamentarians, faith groups, local authorities, students ──
    Variation(
        "other-en-01",
        "Gareth Lloyd",
        "g.lloyd@protectunion.example.org.uk",
        "PROTECT Union submission - security officers",
        """
        Dear Working Group,

        PROTECT Union, which organises security officers and cleaners, submits the
        attached evidence on outsourced workers in immigration detention facilities.

        In solidarity,

        Gareth Lloyd
        National Organiser
        PROTECT Union
        Unit 3, Canal Wharf, Leeds LS11 5PS
        M: 07700 555 902
        """,
        """
        PROTECT Union

        Outsourced workers in immigration detention facilities
        Evidence to the call for inputs
        """,
        "other",
        ("PROTECT Union", "Protect Union"),
    ),
    Variation(
        "other-en-02",
        "Office of Hon. Grace Wanjiru",
        "gwanjiru.office@parliament.example.go.ke",
        "Submission by Hon. Grace Wanjiru, MP",
        """
        Dear Sir/Madam,

        Please find attached the submission of Hon. Grace Wanjiru, Member of Parliament
        and member of the Departmental Committee on Labour, on the protection of Kenyan
        domestic workers abroad.

        Regards,

        Personal Assistant to Hon. Grace Wanjiru, MP
        Parliament Buildings, Nairobi
        """,
        """
        Hon. Grace Wanjiru, MP
        National Assembly

        Protection of Kenyan domestic workers abroad
        """,
        "other",
        ("Grace Wanjiru", "Hon. Grace Wanjiru", "Hon. Grace Wanjiru, MP", "Grace Wanjiru, MP"),
    ),
    Variation(
        "other-en-03",
        "St Brigid's Welcome Group",
        "welcome@stbrigids-parish.example.org.uk",
        "Submission from our parish group",
        """
        Dear friends,

        Our parish refugee welcome group has written the attached submission on the
        experience of families we have sponsored under community sponsorship.

        Every blessing,

        Anne Fitzgerald
        Coordinator, St Brigid's Parish Refugee Welcome Group
        St Brigid's Presbytery, 12 Church Lane, Bristol
        """,
        """
        St Brigid's Parish Refugee Welcome Group

        Community sponsorship: what families told us
        """,
        "other",
        (
            "St Brigid's Parish Refugee Welcome Group",
            "St Brigid’s Parish Refugee Welcome Group",
        ),
    ),
    Variation(
        "other-en-04",
        "Office of New Americans",
        "newamericans@westbrook.example.gov",
        "City of Westbrook - input",
        """
        Dear OHCHR staff,

        On behalf of Mayor Linda Carrow, the City of Westbrook's Office of New Americans
        submits the attached input on municipal ID cards and access to services.

        Sincerely,

        Office of New Americans
        City of Westbrook
        City Hall, 100 Main Street, Westbrook
        (555) 555-0120
        """,
        """
        CITY OF WESTBROOK
        Office of New Americans

        Municipal ID cards and access to services
        """,
        "other",
        (
            "City of Westbrook",
            "City of Westbrook Office of New Americans",
            "City of Westbrook – Office of New Americans",
            "Office of New Americans, City of Westbrook",
        ),
    ),
    Variation(
        "other-fr-05",
        "CSTS Secrétariat",
        "csts@csts.example.org",
        "Contribution de la CSTS",
        """
        Camarades, Madame, Monsieur,

        La Confédération Syndicale des Travailleurs du Sahel vous adresse sa contribution
        sur les travailleurs migrants dans les sites d'orpaillage.

        Salutations syndicales,

        Le Secrétaire général
        CSTS
        Bourse du Travail, Niamey
        """,
        """
        Confédération Syndicale des Travailleurs du Sahel (CSTS)

        Les travailleurs migrants dans les sites d'orpaillage
        """,
        "other",
        (
            "Confédération Syndicale des Travailleurs du Sahel (CSTS)",
            "Confédération Syndicale des Travailleurs du Sahel",
        ),
    ),
    Variation(
        "other-fr-06",
        "AEJDH Beaulac",
        "aejdh.beaulac@gmail.com",
        "Contribution étudiante",
        """
        Bonjour,

        L'Association des Étudiants Juristes pour les Droits Humains (AEJDH) vous envoie
        la contribution préparée par ses membres.

        Cordialement,

        Léa Morel, présidente
        AEJDH
        """,
        """
        Association des Étudiants Juristes pour les Droits Humains

        Les étudiants étrangers face aux titres de séjour
        """,
        "other",
        (
            "Association des Étudiants Juristes pour les Droits Humains (AEJDH)",
            "Association des Étudiants Juristes pour les Droits Humains",
        ),
    ),
    Variation(
        "other-fr-07",
        "Mairie Saint-Aubin",
        "cabinet.maire@saint-aubin-sur-loire.example.fr",
        "Contribution de la Ville de Saint-Aubin-sur-Loire",
        """
        Madame, Monsieur,

        Vous trouverez ci-joint la contribution de la Ville de Saint-Aubin-sur-Loire sur
        l'accueil des personnes exilées dans les communes moyennes.

        Le Cabinet du Maire
        Hôtel de Ville, Place de la République
        49170 Saint-Aubin-sur-Loire
        """,
        """
        VILLE DE SAINT-AUBIN-SUR-LOIRE

        L'accueil des personnes exilées dans les communes moyennes
        """,
        "other",
        (
            "Ville de Saint-Aubin-sur-Loire",
            "Saint-Aubin-sur-Loire",
            "Mairie de Saint-Aubin-sur-Loire",
        ),
    ),
    Variation(
        "other-es-08",
        "Sindicato Jornaleras",
        "sujjv.valle@gmail.com",
        "Aporte del sindicato",
        """
        Compañeras y compañeros:

        El Sindicato Único de Jornaleras y Jornaleros del Valle remite su aporte sobre
        las condiciones de las personas jornaleras migrantes.

        Saludos,

        Comité Ejecutivo
        SUJJV
        """,
        """
        Sindicato Único de Jornaleras y Jornaleros del Valle (SUJJV)

        Condiciones de las personas jornaleras migrantes
        """,
        "other",
        (
            "Sindicato Único de Jornaleras y Jornaleros del Valle (SUJJV)",
            "Sindicato Único de Jornaleras y Jornaleros del Valle",
        ),
    ),
    Variation(
        "other-es-09",
        "Pastoral Movilidad Humana",
        "pmh@diocesissancristobaldelvalle.example.org",
        "Aporte de la Pastoral de Movilidad Humana",
        """
        Estimados hermanos y hermanas:

        La Pastoral de Movilidad Humana de la Diócesis de San Cristóbal del Valle
        comparte su aporte sobre el acompañamiento a familias desplazadas.

        Fraternalmente,

        P. Ignacio Rueda
        Secretario Diocesano
        Pastoral de Movilidad Humana
        Diócesis de San Cristóbal del Valle
        """,
        """
        Diócesis de San Cristóbal del Valle
        Pastoral de Movilidad Humana

        Acompañamiento a familias desplazadas
        """,
        "other",
        (
            "Pastoral de Movilidad Humana, Diócesis de San Cristóbal del Valle",
            "Pastoral de Movilidad Humana de la Diócesis de San Cristóbal del Valle",
            "Pastoral de Movilidad Humana",
            "Diócesis de San Cristóbal del Valle",
        ),
    ),
    Variation(
        "other-es-10",
        "Sen. María Fernanda Olmos",
        "mf.olmos@senado.example.gob.ar",
        "Aporte de la senadora María Fernanda Olmos",
        """
        De mi mayor consideración:

        Tengo el agrado de dirigirme a ustedes para remitir mi aporte, en mi carácter de
        senadora nacional, sobre el proyecto de reforma de la ley de migraciones.

        Saludo a ustedes atentamente.

        María Fernanda Olmos
        Senadora Nacional
        Honorable Senado de la Nación
        """,
        """
        Senadora Nacional María Fernanda Olmos

        Observaciones al proyecto de reforma de la ley de migraciones
        """,
        "other",
        (
            "María Fernanda Olmos",
            "Senadora María Fernanda Olmos",
            "Sen. María Fernanda Olmos",
        ),
    ),
]

VARIATIONS: list[Variation] = [tidy(v) for v in _RAW]
