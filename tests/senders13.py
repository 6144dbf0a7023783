# ruff: noqa: E501
"""A thirteenth set of sender variations for the submitter detector, written apart from its rules.

The same record as the second set (`senders2.Variation`): one e-mail as it reaches a call
for inputs, with the answer an officer would publish on the "Submissions received" page.
The cases were written from how such mail looks, without sight of the detector's rules,
in English (45 per cent), French (a quarter) and Spanish (30 per cent).

Like the twelfth set, it is a single ordinary season of a call's mailbox, this time the
call of the Special Rapporteur on the right to education on education in emergencies,
in the proportions a real call gets: about 45 per cent NGOs and networks (small and
large, national and international, many written by a staff member under their own name),
12 per cent Member States (notes verbales, ministries of education, missions), 10 per
cent academics and university units, 8 per cent individuals (teachers, parents,
students), 6 per cent NHRIs and ombudspersons, 6 per cent United Nations and regional
intergovernmental bodies, 5 per cent companies and business associations and 8 per cent
`other` (teachers' unions, parliamentarians, bar associations, faith bodies, local
authorities, foundations), with joint submissions and shared mailboxes among them as
they come. Senders come from every region: Africa, Asia and the Pacific, Latin America
and the Caribbean, Eastern Europe and the Arab region, with fewer from Western Europe.

It is as untidy as real mail is: signatures pasted from Outlook with a job title, a
department, a street address, phone and mobile numbers, web and social links, pronouns,
a confidentiality notice or a "Sent from my iPhone" under them; display names that
differ from the signature ("Info NGO", "admin", "Maria (personal)", all capitals,
surname first); names that come only from a letterhead or a title page, names in two
languages, an acronym in the mail with the full name only in the document, a shared
mailbox signed by a staff member, an NGO that names its government in diplomatic
phrasing, a university unit inside a university and coalitions submitting jointly.

Every civil society organisation, company, academic unit, union, foundation and person
here is invented, under a name no earlier set uses. States, NHRIs, intergovernmental
bodies and the two local authorities are real, under their real names; their staff and
what their mail says are invented. Every mail domain and web address
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
        "info@classroomsunderfire.example.org",
        "Submission - call for inputs on education in emergencies",
        """
        Dear Special Rapporteur,

        Please find attached our submission on attacks on schools and the military use of
        school buildings in the eastern provinces. The annex lists the 41 schools we
        visited between September and January.

        Kind regards,

        Programmes Team
        Classrooms Under Fire Initiative
        Plot 22, Lumumba Avenue, Goma, DR Congo
        T +243 81 555 0192 | M +243 99 555 4410
        www.classroomsunderfire.example.org | X: @ClassroomsUF

        CONFIDENTIALITY NOTICE: This message and any attachment are intended solely for
        the addressee and may contain confidential information. If you have received it
        in error, please delete it and notify the sender.
        """,
        """
        CLASSROOMS UNDER FIRE INITIATIVE

        Attacks on schools and the military use of school buildings in North Kivu
        Submission to the Special Rapporteur on the right to education
        """,
        "civil_society",
        ("Classrooms Under Fire Initiative",),
    ),
    Variation(
        "shared-en-02",
        "admin",
        "admin@ruralgirlsed.example.org.pk",
        "input for report",
        """
        Respected Madam,

        Kindly find attached the input of our organisation for the report on education
        in emergencies, with focus on girls' schooling after the floods.

        Thanks and regards,

        Admin Section
        Sindh Rural Girls Education Society
        House 14-B, Qasimabad Phase 2, Hyderabad, Sindh, Pakistan
        Ph: 022-555 2190 Cell: 0300-555 7712
        """,
        """
        Sindh Rural Girls Education Society
        (Registered under the Societies Registration Act 1860)

        Girls' schooling after the 2022 floods: temporary learning centres in Dadu and Jacobabad
        """,
        "civil_society",
        ("Sindh Rural Girls Education Society",),
    ),
    Variation(
        "shared-en-03",
        "Rania Khoury",
        "contact@cedarlearning.example.org.lb",
        "RE: Call for inputs - education in emergencies",
        """
        Dear OHCHR colleagues,

        Following up on the consultation last week, please find our input attached. I am
        sending from the general account as my own mailbox is having issues.

        Best,
        Rania

        Rania Khoury (she/her)
        Education Programme Manager
        Cedar Learning Network
        Mar Mikhael, Armenia Street, Bldg 7, Beirut, Lebanon
        +961 1 555 218 | WhatsApp +961 70 555 331
        cedarlearning.example.org.lb | @CedarLearningLB

        Sent from my iPhone
        """,
        """
        CEDAR LEARNING NETWORK

        Non-formal education for refugee and host-community children in Lebanon, 2024-2026
        """,
        "civil_society",
        ("Cedar Learning Network",),
    ),
    Variation(
        "shared-en-04",
        "Secretariat",
        "secretariat@seaeiec.example.net",
        "Joint submission - education in emergencies in Southeast Asia",
        """
        Dear Special Rapporteur,

        On behalf of the Southeast Asia Education in Emergencies Coalition and four of
        its members, please find attached our joint submission. The endorsing
        organisations are listed on the cover page.

        Warm regards,

        Coalition Secretariat
        Southeast Asia Education in Emergencies Coalition
        c/o 88/12 Soi Ari 4, Phaya Thai, Bangkok 10400, Thailand
        Tel: +66 2 555 0194
        """,
        """
        JOINT SUBMISSION

        Schooling for children displaced by conflict and disaster in Myanmar, the
        Philippines and Timor-Leste

        Submitted by:
        Southeast Asia Education in Emergencies Coalition (lead)
        Karenni Teachers Mutual Aid Group
        Mindanao Learners First
        Timor Schools Recovery Network
        Bangkok Migrant Learning Centres Forum
        """,
        "civil_society",
        (
            "Southeast Asia Education in Emergencies Coalition and 4 others",
            "Southeast Asia Education in Emergencies Coalition",
        ),
    ),
    Variation(
        "shared-en-05",
        "Communications | Hope Schools Fiji",
        "comms@hopeschools.example.org.fj",
        "Submission on school recovery after cyclones",
        """
        Bula vinaka,

        Attached is our short submission on how schools in the Northern Division reopen
        after tropical cyclones, and what gets lost in the months in between.

        Vinaka,

        Communications
        Hope Schools Pacific Trust
        Level 1, 33 Nasekula Road, Labasa, Fiji
        +679 881 5550
        facebook.com/HopeSchoolsPacific
        """,
        """
        Hope Schools Pacific Trust

        After the cyclone: school closures, temporary classrooms and learning loss in
        Vanua Levu
        """,
        "civil_society",
        ("Hope Schools Pacific Trust",),
    ),
    Variation(
        "shared-fr-06",
        "Secrétariat",
        "secretariat@ecolespourtous-sahel.example.org",
        "Contribution à l'appel à contributions – éducation en situation d'urgence",
        """
        Madame la Rapporteuse spéciale,

        Veuillez trouver ci-joint la contribution de notre réseau sur la fermeture des
        écoles dans les régions du Centre-Nord et du Sahel.

        Nous restons à votre disposition pour toute information complémentaire.

        Bien cordialement,

        Le Secrétariat exécutif
        Réseau Écoles pour Tous au Sahel
        Secteur 15, Ouaga 2000, 01 BP 5521 Ouagadougou 01, Burkina Faso
        Tél. : +226 25 55 01 44
        """,
        """
        RÉSEAU ÉCOLES POUR TOUS AU SAHEL

        Écoles fermées, enfants déplacés : l'éducation dans le Centre-Nord et le Sahel
        Contribution au rapport de la Rapporteuse spéciale sur le droit à l'éducation
        """,
        "civil_society",
        ("Réseau Écoles pour Tous au Sahel",),
    ),
    Variation(
        "shared-fr-07",
        "Contact APEA",
        "contact@apea-haiti.example.ht",
        "Contribution",
        """
        Bonjour,

        Ci-joint la contribution de l'Association des parents d'élèves de l'Artibonite sur
        la scolarisation des enfants déplacés par la violence des gangs.

        Cordialement,

        Jean-Robert Pierre-Louis
        Chargé de communication
        Association des parents d'élèves de l'Artibonite (APEA)
        Rue Christophe, Saint-Marc, Haïti
        +509 3755 0142

        Envoyé de mon iPhone
        """,
        """
        ASSOCIATION DES PARENTS D'ÉLÈVES DE L'ARTIBONITE

        Enfants déplacés et écoles occupées dans le département de l'Artibonite
        """,
        "civil_society",
        (
            "Association des parents d'élèves de l'Artibonite (APEA)",
            "Association des parents d'élèves de l'Artibonite",
            "Association des parents d’élèves de l’Artibonite",
        ),
    ),
    Variation(
        "shared-fr-08",
        "info",
        "info@educ-sans-frontieres-cm.example.org",
        "TR: contribution éducation crise anglophone",
        """
        Madame, Monsieur,

        Veuillez trouver en pièce jointe la contribution de notre association sur l'accès
        à l'école dans les régions du Nord-Ouest et du Sud-Ouest.

        Salutations distinguées,

        Service Plaidoyer
        Éducation Sans Barrières Cameroun
        BP 1187 Bamenda – Cameroun
        Tél. : +237 6 55 50 21 44
        www.educ-sans-frontieres-cm.example.org

        Ce courriel et ses pièces jointes sont confidentiels et destinés exclusivement à
        leur destinataire.
        """,
        """
        Éducation Sans Barrières Cameroun

        Le boycott scolaire et ses suites : la scolarisation dans les régions du
        Nord-Ouest et du Sud-Ouest
        """,
        "civil_society",
        ("Éducation Sans Barrières Cameroun",),
    ),
    Variation(
        "shared-es-09",
        "Contacto Fundación",
        "contacto@fundacionaulaabierta.example.org.co",
        "Aporte a la convocatoria de la Relatora Especial",
        """
        Estimada Relatora Especial:

        Adjuntamos el aporte de nuestra fundación sobre la educación de niñas, niños y
        adolescentes migrantes en la frontera con Venezuela.

        Cordialmente,

        Equipo de Comunicaciones
        Fundación Aula Abierta de la Frontera
        Av. 0 # 11-45, Cúcuta, Norte de Santander, Colombia
        Tel. +57 607 555 0144 · Cel. +57 315 555 2290
        Instagram: @aulaabiertafrontera
        """,
        """
        FUNDACIÓN AULA ABIERTA DE LA FRONTERA

        Niñez migrante y acceso a la escuela en Norte de Santander
        Aporte a la Relatora Especial sobre el derecho a la educación
        """,
        "civil_society",
        ("Fundación Aula Abierta de la Frontera",),
    ),
    Variation(
        "shared-es-10",
        "Administración",
        "administracion@redescuelasrurales.example.org.gt",
        "aporte",
        """
        Buenas tardes:

        Les hacemos llegar el aporte de la red sobre las escuelas dañadas por las
        tormentas en Alta Verapaz.

        Atentamente,

        Lucía Caal Pop
        Asistente administrativa
        Red de Escuelas Rurales Q'eqchi'
        3a. Calle 4-12, Zona 1, Cobán, Alta Verapaz, Guatemala
        Tel. 7955-5012
        """,
        """
        Red de Escuelas Rurales Q'eqchi'

        Escuelas dañadas y clases suspendidas tras las tormentas en Alta Verapaz
        """,
        "civil_society",
        ("Red de Escuelas Rurales Q'eqchi'", "Red de Escuelas Rurales Q’eqchi’"),
    ),
    Variation(
        "shared-es-11",
        "Secretaría Técnica",
        "secretaria@colectivoeducacionsur.example.org.mx",
        "Aporte conjunto - educación de niñez en movilidad",
        """
        Estimadas personas de la Oficina del Alto Comisionado:

        En nombre del Colectivo por la Educación en la Frontera Sur y de tres
        organizaciones aliadas, remitimos nuestro aporte conjunto.

        Saludos cordiales,

        Secretaría Técnica
        Colectivo por la Educación en la Frontera Sur
        Tapachula, Chiapas, México
        """,
        """
        APORTE CONJUNTO

        Niñas, niños y adolescentes en movilidad y su derecho a la escuela en Chiapas

        Colectivo por la Educación en la Frontera Sur (coordinación)
        Escuelita Itinerante Soconusco
        Madres Migrantes en Red
        Casa de Día Niñez en Tránsito
        """,
        "civil_society",
        (
            "Colectivo por la Educación en la Frontera Sur and 3 others",
            "Colectivo por la Educación en la Frontera Sur",
        ),
    ),
    Variation(
        "shared-es-12",
        "Educar en Calma - Info",
        "info@educarencalma.example.org.ve",
        "Aporte: educación en emergencia humanitaria compleja",
        """
        Distinguida Relatora:

        Adjuntamos nuestro aporte sobre la deserción escolar docente y estudiantil en los
        estados Zulia y Táchira.

        Atentamente,

        Coordinación General
        Asociación Civil Educar en Calma
        Av. 5 de Julio, Edif. Las Carolinas, piso 3, Maracaibo, Venezuela
        +58 261 555 0190
        """,
        """
        ASOCIACIÓN CIVIL EDUCAR EN CALMA

        Aulas sin maestros: deserción docente y estudiantil en Zulia y Táchira
        """,
        "civil_society",
        ("Asociación Civil Educar en Calma", "Educar en Calma"),
    ),
    # ── a staff member writes for the organisation ──
    Variation(
        "person-en-01",
        "Grace Achieng",
        "g.achieng@refugeelearningke.example.org",
        "Submission: education for refugee children in Kakuma and Dadaab",
        """
        Dear Special Rapporteur,

        On behalf of Refugee Learning Alliance Kenya, I am pleased to share our submission
        on secondary school access in Kakuma and Dadaab. We would welcome the chance to
        brief your team online.

        Kind regards,

        Grace Achieng (she/her)
        Head of Advocacy and Policy
        Refugee Learning Alliance Kenya
        Riverside Drive, Riverside Square, 4th Floor, Nairobi, Kenya
        Tel: +254 20 555 0418 | Mob: +254 722 555 961
        www.refugeelearningke.example.org
        LinkedIn: Refugee Learning Alliance Kenya
        """,
        """
        Refugee Learning Alliance Kenya

        Transition to secondary school in Kakuma and Dadaab: barriers and proposals
        Submission to the UN Special Rapporteur on the right to education
        """,
        "civil_society",
        ("Refugee Learning Alliance Kenya",),
    ),
    Variation(
        "person-en-02",
        "OKONKWO Chinedu",
        "chinedu.okonkwo@safeschoolsng.example.org",
        "Safe Schools Watch Nigeria - input",
        """
        Dear Sir/Madam,

        Please find attached the input of Safe Schools Watch Nigeria on mass abductions of
        pupils in the North-West and the closure of schools that followed.

        Yours faithfully,

        Chinedu Okonkwo
        Programme Officer, Monitoring and Reporting
        Safe Schools Watch Nigeria
        No. 7 Aminu Kano Crescent, Wuse II, Abuja
        +234 803 555 2187
        """,
        """
        SAFE SCHOOLS WATCH NIGERIA

        School abductions and closures in Zamfara, Katsina and Kaduna States, 2021-2025
        """,
        "civil_society",
        ("Safe Schools Watch Nigeria",),
    ),
    Variation(
        "person-en-03",
        "Maria (personal)",
        "maria.ivanenko.ua@gmail.example.com",
        "Fwd: our submission (Ukraine, schools underground)",
        """
        Dear colleagues,

        Sorry for sending from my personal account - our office server in Kharkiv has
        been down since the strike last week. Attached is the submission of our
        foundation on underground and online schooling.

        With respect,

        Maria Ivanenko
        Deputy Director
        Kharkiv Children's Education Foundation
        vul. Sumska 40, Kharkiv 61002, Ukraine
        +380 57 555 1290
        """,
        """
        Kharkiv Children's Education Foundation

        Schools in metro stations and basements: education under shelling in Kharkiv
        """,
        "civil_society",
        ("Kharkiv Children's Education Foundation", "Kharkiv Children’s Education Foundation"),
    ),
    Variation(
        "person-en-04",
        "Tenzin Dolma",
        "tdolma@himalayanschools.example.org.np",
        "Submission from Himalayan Schools Rebuild Network",
        """
        Namaste,

        I am attaching our submission on schools that remained in temporary shelters for
        years after the earthquakes. Please let me know whether anything else is needed.

        Regards,
        Tenzin

        Tenzin Dolma
        Research and Learning Lead | Himalayan Schools Rebuild Network
        Jhamsikhel, Lalitpur, Nepal
        M: +977 98 5555 0213
        Pronouns: she/her

        This email may contain confidential information. If you are not the intended
        recipient, please notify the sender and delete it.
        """,
        """
        HIMALAYAN SCHOOLS REBUILD NETWORK

        Ten years in temporary learning centres: school reconstruction after the earthquakes
        """,
        "civil_society",
        ("Himalayan Schools Rebuild Network",),
    ),
    Variation(
        "person-en-05",
        "Ahmad Al-Masri",
        "ahmad.almasri@gazalearning.example.org",
        "Submission - education in Gaza",
        """
        Dear Special Rapporteur,

        I write on behalf of the Palestinian Centre for Learning Continuity. Our
        submission covers emergency learning spaces and the destruction of schools and
        universities in the Gaza Strip.

        Best regards,

        Ahmad Al-Masri
        Field Coordinator
        Palestinian Centre for Learning Continuity
        Al-Rimal, Gaza City (currently Deir al-Balah)
        +970 59 555 0412
        """,
        """
        Palestinian Centre for Learning Continuity

        Emergency learning spaces and the destruction of schools in the Gaza Strip
        """,
        "civil_society",
        ("Palestinian Centre for Learning Continuity",),
    ),
    Variation(
        "person-en-06",
        "Priya Raman",
        "priya@lankalearning.example.lk",
        "Input on education of children affected by the economic crisis",
        """
        Dear team,

        Please find attached a short input from Lanka Children's Learning Trust on school
        dropout during the economic crisis, especially among estate-sector children.

        Best regards,

        Priya Raman
        Senior Manager - Programmes
        Lanka Children's Learning Trust
        No. 41, Dharmapala Mawatha, Colombo 07, Sri Lanka
        T: +94 11 555 0732 | M: +94 77 555 1189
        www.lankalearning.example.lk
        """,
        """
        LANKA CHILDREN'S LEARNING TRUST

        School dropout in the estate sector during the economic crisis
        """,
        "civil_society",
        ("Lanka Children's Learning Trust", "Lanka Children’s Learning Trust"),
    ),
    Variation(
        "person-en-07",
        "Hussein Abdi",
        "habdi@somaliedu.example.so",
        "Submission",
        """
        Dear Madam,

        Attached please find the submission of the Somali Education Coalition for
        Displaced Children, which brings together 23 schools and community groups in
        Baidoa and Mogadishu, on drought displacement and schooling.

        Regards,
        Hussein Abdi
        Executive Director
        Somali Education Coalition for Displaced Children (SECDC)
        KM4, Hodan District, Mogadishu, Somalia
        +252 61 555 2201

        Sent from my Samsung Galaxy
        """,
        """
        Somali Education Coalition for Displaced Children

        Drought displacement and schooling in Bay and Banadir regions
        """,
        "civil_society",
        (
            "Somali Education Coalition for Displaced Children (SECDC)",
            "Somali Education Coalition for Displaced Children",
        ),
    ),
    Variation(
        "person-fr-08",
        "Aminata Traoré",
        "a.traore@enfance-education-mali.example.org",
        "Contribution – éducation en situation d'urgence au Mali",
        """
        Madame la Rapporteuse spéciale,

        J'ai l'honneur de vous transmettre, au nom de l'Association Enfance et Éducation
        au Mali, notre contribution sur les écoles fermées dans les régions de Mopti et
        de Ségou.

        Je vous prie d'agréer, Madame, l'expression de ma haute considération.

        Aminata Traoré
        Chargée de programme Éducation
        Association Enfance et Éducation au Mali (AEEM)
        Hamdallaye ACI 2000, Rue 390, Porte 112, Bamako
        Tél. : +223 20 55 01 22 / Cell. : +223 76 55 51 09
        """,
        """
        ASSOCIATION ENFANCE ET ÉDUCATION AU MALI

        Écoles fermées et enseignants menacés dans les régions de Mopti et de Ségou
        """,
        "civil_society",
        (
            "Association Enfance et Éducation au Mali (AEEM)",
            "Association Enfance et Éducation au Mali",
        ),
    ),
    Variation(
        "person-fr-09",
        "MBAYE Ousmane",
        "ousmane.mbaye@coalition-edu-senegal.example.sn",
        "Contribution conjointe",
        """
        Chères et chers collègues,

        Au nom de la Coalition sénégalaise pour l'éducation inclusive et de cinq
        organisations membres, je vous transmets notre contribution conjointe sur
        l'éducation des enfants talibés et des enfants déplacés de Casamance.

        Bien à vous,

        Ousmane Mbaye
        Secrétaire exécutif
        Coalition sénégalaise pour l'éducation inclusive
        Sicap Liberté 6, Villa 6612, Dakar
        +221 33 555 02 18 / +221 77 555 19 40
        """,
        """
        CONTRIBUTION CONJOINTE

        Enfants talibés et enfants déplacés de Casamance : le droit à l'école

        Coalition sénégalaise pour l'éducation inclusive (chef de file)
        Association Daara Moderne Kolda
        Jeunesse pour l'école Ziguinchor
        Réseau des mères éducatrices de Pikine
        Collectif Talibés Debout
        Fondation Lire à Sédhiou
        """,
        "civil_society",
        (
            "Coalition sénégalaise pour l'éducation inclusive and 5 others",
            "Coalition sénégalaise pour l'éducation inclusive",
            "Coalition sénégalaise pour l’éducation inclusive",
        ),
    ),
    Variation(
        "person-fr-10",
        "Claire Nkurunziza",
        "claire.n@gmail.example.com",
        "contribution de Lumière pour l'École",
        """
        Bonjour Madame,

        Je vous envoie la contribution de notre association depuis mon adresse
        personnelle, notre site étant en maintenance.

        Cordialement,

        Claire Nkurunziza
        Coordinatrice
        Lumière pour l'École – Burundi
        Avenue de l'Université 14, Rohero, Bujumbura
        +257 79 55 50 21
        """,
        """
        LUMIÈRE POUR L'ÉCOLE – BURUNDI

        La scolarisation des enfants rapatriés dans les provinces de Makamba et Rutana
        """,
        "civil_society",
        (
            "Lumière pour l'École – Burundi",
            "Lumière pour l'École",
            "Lumière pour l’École – Burundi",
            "Lumière pour l'École - Burundi",
        ),
    ),
    Variation(
        "person-es-11",
        "Valentina Rojas",
        "vrojas@educacionsinfronteras-cl.example.org",
        "Aporte: educación de niñez migrante en el norte de Chile",
        """
        Estimada Relatora Especial:

        En representación de la Corporación Escuela Sin Fronteras, le hago llegar nuestro
        aporte sobre el acceso a la escuela de niñas y niños migrantes en Arica y
        Tarapacá.

        Saludos cordiales,

        Valentina Rojas Muñoz
        Coordinadora de Incidencia
        Corporación Escuela Sin Fronteras
        Baquedano 822, oficina 31, Arica, Chile
        +56 58 255 5012 | +56 9 5555 3021
        www.escuelasinfronteras.example.cl
        """,
        """
        CORPORACIÓN ESCUELA SIN FRONTERAS

        Matrícula y permanencia escolar de niñez migrante en Arica y Tarapacá
        """,
        "civil_society",
        ("Corporación Escuela Sin Fronteras",),
    ),
    Variation(
        "person-es-12",
        "GUTIÉRREZ LÓPEZ, Andrés",
        "agutierrez@ceducpaz.example.org.co",
        "Aporte CEDUCPAZ",
        """
        Respetada Relatora:

        Adjunto el aporte del Centro de Educación para la Paz del Catatumbo sobre
        escuelas rurales en zonas de confinamiento por el conflicto armado.

        Atentamente,

        Andrés Gutiérrez López
        Investigador
        Centro de Educación para la Paz del Catatumbo (CEDUCPAZ)
        Calle 10 # 5-32, Ocaña, Norte de Santander
        Cel. 310 555 4421

        AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y están
        dirigidos exclusivamente a su destinatario.
        """,
        """
        Centro de Educación para la Paz del Catatumbo

        Escuelas rurales en zonas de confinamiento: el Catatumbo 2024-2026
        """,
        "civil_society",
        (
            "Centro de Educación para la Paz del Catatumbo (CEDUCPAZ)",
            "Centro de Educación para la Paz del Catatumbo",
        ),
    ),
    Variation(
        "person-es-13",
        "Mayra Quispe",
        "mquispe@warmiyachay.example.org.pe",
        "Aporte de Warmi Yachay",
        """
        Buenos días:

        Les escribo en nombre de la Asociación Warmi Yachay para compartir nuestro aporte
        sobre la educación de niñas indígenas durante las heladas y la emergencia por
        lluvias en Puno.

        Un abrazo,

        Mayra Quispe Mamani (ella)
        Responsable de Proyectos
        Asociación Warmi Yachay
        Jr. Lima 418, Puno, Perú
        Cel. +51 951 555 204
        """,
        """
        ASOCIACIÓN WARMI YACHAY

        Niñas indígenas, heladas y lluvias: clases suspendidas en el altiplano de Puno
        """,
        "civil_society",
        ("Asociación Warmi Yachay",),
    ),
    Variation(
        "person-es-14",
        "Sofía Benítez",
        "sbenitez@redinfancia.example.org.hn",
        "RV: Aporte Red por la Infancia",
        """
        Estimados:

        Reenvío el aporte de la Red Hondureña por la Educación de la Infancia, que no
        llegó en el primer envío por el tamaño del anexo.

        Quedo atenta.

        Sofía Benítez
        Oficial de Comunicación
        Red Hondureña por la Educación de la Infancia
        Colonia Palmira, Av. República de Chile, Tegucigalpa
        Tel. +504 2232 5550

        Enviado desde mi iPhone
        """,
        """
        RED HONDUREÑA POR LA EDUCACIÓN DE LA INFANCIA

        Escuelas bajo control de maras y desplazamiento forzado de estudiantes
        """,
        "civil_society",
        ("Red Hondureña por la Educación de la Infancia",),
    ),
    # ── a free-mail address; the organisation only on the letterhead ──
    Variation(
        "letterhead-en-01",
        "Joseph Lado",
        "josephlado77@yahoo.example.com",
        "submission education",
        """
        Dear Madam,

        Please see attached letter and report.

        Joseph
        """,
        """
        SOUTH SUDAN COMMUNITY SCHOOLS ASSOCIATION
        P.O. Box 118, Juba, Republic of South Sudan

        To: The UN Special Rapporteur on the Right to Education

        Submission on community schools in Jonglei and Upper Nile during the flooding
        and conflict, 2024-2025
        """,
        "civil_society",
        ("South Sudan Community Schools Association",),
    ),
    Variation(
        "letterhead-en-02",
        "",
        "learningforall.mm@proton.example.me",
        "Submission",
        """
        Dear Special Rapporteur,

        For the security of our teachers we are writing from an anonymous address. Our
        submission is attached.

        Thank you.
        """,
        """
        Spring Teachers' Network (Myanmar)

        Education under the junta: the parallel schools of the Civil Disobedience Movement
        teachers in Sagaing and Magway
        """,
        "civil_society",
        (
            "Spring Teachers' Network (Myanmar)",
            "Spring Teachers' Network",
            "Spring Teachers’ Network (Myanmar)",
            "Spring Teachers’ Network",
        ),
    ),
    Variation(
        "letterhead-en-03",
        "Farida",
        "farida.h1990@gmail.example.com",
        "Re: call for inputs",
        """
        Hello,

        Our organisation's submission is attached, as discussed on the webinar. Sorry for
        the late sending, the electricity was off for three days.

        Farida Hashimi

        Sent from my iPhone
        """,
        """
        AFGHAN GIRLS' LEARNING CIRCLE

        Home-based and online secondary education for Afghan girls since the ban
        Submission to the Special Rapporteur on the right to education
        """,
        "civil_society",
        ("Afghan Girls' Learning Circle", "Afghan Girls’ Learning Circle"),
    ),
    Variation(
        "letterhead-en-04",
        "Ruth Banda",
        "ruthbanda@outlook.example.com",
        "Inputs",
        """
        Good afternoon,

        Find attached our inputs on school disruption by the cyclones in the Southern
        Region. Regards.

        Ruth Banda
        +265 99 555 2014
        """,
        """
        Malawi Network for Education in Crisis
        Area 47, Sector 3, Lilongwe, Malawi
        www.mneic.example.mw

        Cyclone Freddy and after: school disruption in the Southern Region
        """,
        "civil_society",
        ("Malawi Network for Education in Crisis",),
    ),
    Variation(
        "letterhead-fr-05",
        "Pascal Mugisha",
        "pmugisha@yahoo.example.fr",
        "Contribution",
        """
        Madame,

        Veuillez trouver ci-joint notre contribution.

        Pascal
        """,
        """
        Action pour l'Éducation des Enfants Déplacés au Nord-Kivu
        Avenue du Lac 22, Quartier Himbi, Goma, République démocratique du Congo

        Contribution à l'appel de la Rapporteuse spéciale sur le droit à l'éducation
        Les écoles des sites de déplacés autour de Goma
        """,
        "civil_society",
        (
            "Action pour l'Éducation des Enfants Déplacés au Nord-Kivu",
            "Action pour l’Éducation des Enfants Déplacés au Nord-Kivu",
        ),
    ),
    Variation(
        "letterhead-fr-06",
        "fatimazahra.b",
        "fatimazahra.b@hotmail.example.fr",
        "contribution séisme Al Haouz",
        """
        Bonjour,

        Ci-joint la contribution de notre association sur la rentrée scolaire dans les
        douars touchés par le séisme.

        Fatima Zahra Bennani
        """,
        """
        ASSOCIATION TIFAWIN POUR L'ÉDUCATION RURALE
        Douar Asni, Province d'Al Haouz – Maroc

        L'école sous les tentes : la scolarisation après le séisme d'Al Haouz
        """,
        "civil_society",
        (
            "Association Tifawin pour l'Éducation Rurale",
            "Association Tifawin pour l’Éducation Rurale",
        ),
    ),
    Variation(
        "letterhead-es-07",
        "Carmen",
        "carmenvillalta68@gmail.example.com",
        "envío de informe",
        """
        Buenas,

        Les envío el informe de nuestra asociación. Gracias por la oportunidad.

        Carmen Villalta
        """,
        """
        ASOCIACIÓN DE MADRES Y PADRES DE FAMILIA DEL BAJO LEMPA
        Jiquilisco, Usulután, El Salvador

        Inundaciones y escuelas albergue: el año escolar perdido en el Bajo Lempa
        """,
        "civil_society",
        ("Asociación de Madres y Padres de Familia del Bajo Lempa",),
    ),
    Variation(
        "letterhead-es-08",
        "",
        "maestrosvoluntarios.ec@gmail.example.com",
        "Aporte",
        """
        Estimados:

        Adjuntamos nuestro aporte a la convocatoria.

        Saludos.
        """,
        """
        Colectivo Maestras y Maestros Voluntarios de Esmeraldas

        Escuelas cerradas por la violencia del crimen organizado en la provincia de
        Esmeraldas, Ecuador
        """,
        "civil_society",
        ("Colectivo Maestras y Maestros Voluntarios de Esmeraldas",),
    ),
    # ── the acronym in one place, the full name in another ──
    Variation(
        "acronym-en-01",
        "GEEAN",
        "office@geean.example.org.gh",
        "GEEAN submission",
        """
        Dear Special Rapporteur,

        GEEAN is pleased to submit the attached input on schooling in the northern
        border districts affected by spill-over from the Sahel.

        Regards,

        GEEAN Secretariat
        Tamale, Ghana
        +233 37 555 0291
        """,
        """
        GHANA EDUCATION IN EMERGENCIES ACTION NETWORK (GEEAN)

        Schooling in the northern border districts: displacement from Burkina Faso and
        local insecurity
        """,
        "civil_society",
        (
            "Ghana Education in Emergencies Action Network (GEEAN)",
            "Ghana Education in Emergencies Action Network",
        ),
    ),
    Variation(
        "acronym-en-02",
        "Dilnoza Karimova",
        "d.karimova@cachrc.example.org",
        "CAEWN input on education of returnee children",
        """
        Dear colleagues,

        Please find attached the input of CAEWN on the education of children returned from
        camps in north-east Syria to Central Asia.

        Best regards,
        Dilnoza Karimova
        Programme Coordinator, CAEWN
        Almaty, Kazakhstan
        """,
        """
        Central Asian Education Watch Network (CAEWN)

        Returning children, returning to school? Reintegration of children repatriated
        from north-east Syria
        """,
        "civil_society",
        (
            "Central Asian Education Watch Network (CAEWN)",
            "Central Asian Education Watch Network",
        ),
    ),
    Variation(
        "acronym-en-03",
        "YEMENEDU",
        "info@yemenedu.example.org",
        "Submission from YEEF",
        """
        Dear Madam Special Rapporteur,

        Attached is the submission of YEEF on unpaid teachers' salaries and their effect
        on children's learning in Yemen.

        Sincerely,

        Communications Unit
        YEEF
        Sana'a / Aden
        """,
        """
        Yemen Education for Every Child Foundation (YEEF)

        Ten years without salaries: teachers and learning in Yemen
        """,
        "civil_society",
        (
            "Yemen Education for Every Child Foundation (YEEF)",
            "Yemen Education for Every Child Foundation",
        ),
    ),
    Variation(
        "acronym-en-04",
        "Bashir Rahman",
        "bashir@rohingyaedu.example.org",
        "REAP submission - Cox's Bazar learning centres",
        """
        Dear OHCHR,

        REAP submits the attached on the Myanmar curriculum in the learning centres of
        the camps and the funding cuts of this year.

        Bashir Rahman
        Coordinator
        REAP | Cox's Bazar, Bangladesh
        """,
        """
        ROHINGYA EDUCATION ACCESS PROJECT (REAP)

        Learning centres in the Cox's Bazar camps after the funding cuts
        """,
        "civil_society",
        (
            "Rohingya Education Access Project (REAP)",
            "Rohingya Education Access Project",
        ),
    ),
    Variation(
        "acronym-fr-05",
        "RAEEU",
        "raeeu.tchad@gmail.example.com",
        "Contribution du RAEEU",
        """
        Madame la Rapporteuse spéciale,

        Le RAEEU a l'honneur de vous adresser ci-joint sa contribution sur la
        scolarisation des enfants réfugiés soudanais dans l'Est du Tchad.

        Le Coordonnateur national
        RAEEU
        Abéché, Tchad
        """,
        """
        RÉSEAU D'ACTION POUR L'ÉDUCATION EN URGENCE (RAEEU)
        Coordination nationale – Tchad

        La scolarisation des enfants réfugiés soudanais dans les camps de l'Est du Tchad
        """,
        "civil_society",
        (
            "Réseau d'Action pour l'Éducation en Urgence (RAEEU)",
            "Réseau d'Action pour l'Éducation en Urgence",
            "Réseau d’Action pour l’Éducation en Urgence (RAEEU)",
        ),
    ),
    Variation(
        "acronym-fr-06",
        "Yasmine Haddad",
        "y.haddad@ofpe.example.dz",
        "Contribution de l'OFPE",
        """
        Madame,

        Vous trouverez ci-joint la contribution de l'OFPE sur l'éducation des enfants
        dans les camps de réfugiés sahraouis de Tindouf.

        Cordialement,

        Yasmine Haddad
        Responsable des programmes
        OFPE
        """,
        """
        Observatoire de la formation et de la protection de l'enfance (OFPE)

        L'éducation dans les camps de réfugiés de Tindouf : écoles, enseignants et
        bourses
        """,
        "civil_society",
        (
            "Observatoire de la formation et de la protection de l'enfance (OFPE)",
            "Observatoire de la formation et de la protection de l'enfance",
        ),
    ),
    Variation(
        "acronym-fr-07",
        "Coordination ACEC",
        "coordination@acec-centrafrique.example.cf",
        "ACEC - contribution",
        """
        Bonjour,

        Veuillez trouver ci-joint la contribution de l'Alliance centrafricaine pour
        l'éducation communautaire (ACEC) sur les écoles des parents dans les préfectures
        du Nord-Ouest.

        Salutations,

        La Coordination
        ACEC
        Bangui, République centrafricaine
        """,
        """
        ACEC

        Les « écoles des parents » : quand les communautés remplacent l'État dans
        l'Ouham et l'Ouham-Pendé
        """,
        "civil_society",
        (
            "Alliance centrafricaine pour l'éducation communautaire (ACEC)",
            "Alliance centrafricaine pour l'éducation communautaire",
            "Alliance centrafricaine pour l’éducation communautaire (ACEC)",
        ),
    ),
    Variation(
        "acronym-es-08",
        "CEDENI",
        "cedeni@cedeni.example.org.py",
        "Aporte CEDENI",
        """
        Estimados:

        CEDENI remite su aporte sobre el cierre de escuelas indígenas por la sequía en el
        Chaco.

        Atentamente,
        Equipo CEDENI
        Asunción, Paraguay
        """,
        """
        Centro de Estudios sobre Derechos de la Niñez Indígena (CEDENI)

        Sequía y cierre de escuelas en comunidades indígenas del Chaco paraguayo
        """,
        "civil_society",
        (
            "Centro de Estudios sobre Derechos de la Niñez Indígena (CEDENI)",
            "Centro de Estudios sobre Derechos de la Niñez Indígena",
        ),
    ),
    Variation(
        "acronym-es-09",
        "Ricardo Salinas",
        "rsalinas@oneduc.example.org.ar",
        "ONEDUC: aporte a la Relatoría",
        """
        Estimada Relatora:

        Le hago llegar el aporte de ONEDUC sobre las escuelas rurales afectadas por los
        incendios forestales en la Patagonia.

        Saludos,

        Lic. Ricardo Salinas
        Director Ejecutivo – ONEDUC
        Bariloche, Río Negro
        """,
        """
        OBSERVATORIO NACIONAL DE EDUCACIÓN EN CRISIS (ONEDUC)

        Escuelas rurales e incendios forestales en la Patagonia andina
        """,
        "civil_society",
        (
            "Observatorio Nacional de Educación en Crisis (ONEDUC)",
            "Observatorio Nacional de Educación en Crisis",
        ),
    ),
    Variation(
        "acronym-es-10",
        "Infancia Primero - MOVIP",
        "movip@movip.example.org.bo",
        "Aporte MOVIP",
        """
        Distinguida Relatora:

        El Movimiento por la Infancia y la Paz (MOVIP) remite su aporte sobre la
        educación de niñas y niños en las zonas afectadas por los bloqueos y las
        inundaciones en Beni.

        Coordinación Nacional
        MOVIP
        Trinidad, Beni, Bolivia
        Tel. (591-3) 462 5550
        """,
        """
        MOVIP

        Bloqueos, inundaciones y el año escolar en el Beni
        """,
        "civil_society",
        (
            "Movimiento por la Infancia y la Paz (MOVIP)",
            "Movimiento por la Infancia y la Paz",
        ),
    ),
    # ── the organisation's name in two languages ──
    Variation(
        "bilingual-en-01",
        "Olena Shevchuk",
        "o.shevchuk@osvitaforall.example.org.ua",
        "Submission: education of children in frontline communities",
        """
        Dear Special Rapporteur,

        Please find attached the submission of our foundation on the education of
        children in frontline communities of Zaporizhzhia and Kherson oblasts.

        Kind regards,

        Olena Shevchuk
        Head of Programmes
        Благодійний фонд «Освіта для всіх» / Education for All Charitable Foundation
        vul. Velyka Vasylkivska 72, Kyiv 03150, Ukraine
        +380 44 555 2901
        """,
        """
        EDUCATION FOR ALL CHARITABLE FOUNDATION (UKRAINE)

        Frontline schooling: online, underground and mixed learning in Zaporizhzhia and
        Kherson oblasts
        """,
        "civil_society",
        (
            "Education for All Charitable Foundation",
            "Education for All Charitable Foundation (Ukraine)",
            "Благодійний фонд «Освіта для всіх»",
        ),
    ),
    Variation(
        "bilingual-en-02",
        "Info - Amal Education",
        "info@amaledu.example.org.jo",
        "Submission from Amal Education Society",
        """
        Dear Madam,

        Kindly find attached our submission on double-shift schools for Syrian refugee
        children in Jordan.

        Best regards,

        Amal Education Society | جمعية أمل للتعليم
        Jabal Al-Hussein, Khaled Bin Al-Walid Street, Amman, Jordan
        Tel: +962 6 555 0712
        """,
        """
        جمعية أمل للتعليم
        Amal Education Society

        Double-shift schools and Syrian refugee children in Jordan
        """,
        "civil_society",
        ("Amal Education Society", "جمعية أمل للتعليم"),
    ),
    Variation(
        "bilingual-en-03",
        "Tsetseg Bat-Erdene",
        "tsetseg@mongoliaeduhelp.example.mn",
        "Input - dzud and nomadic children's schooling",
        """
        Dear colleagues,

        Please see our input on boarding schools and nomadic children during the winter
        dzud disasters.

        Regards,
        Tsetseg Bat-Erdene
        Project Officer
        Монголын Хүүхдийн Боловсролын Төв – Mongolian Centre for Children's Education
        Ulaanbaatar, Mongolia
        """,
        """
        Mongolian Centre for Children's Education

        Dzud, boarding schools and nomadic children
        """,
        "civil_society",
        (
            "Mongolian Centre for Children's Education",
            "Mongolian Centre for Children’s Education",
            "Монголын Хүүхдийн Боловсролын Төв",
        ),
    ),
    Variation(
        "bilingual-fr-04",
        "Rahel Tesfaye",
        "rahel.t@education-corne.example.org",
        "Contribution / Submission",
        """
        Madame la Rapporteuse spéciale, / Dear Special Rapporteur,

        Veuillez trouver ci-joint notre contribution. / Please find attached our
        submission.

        Rahel Tesfaye
        Coordinatrice régionale / Regional Coordinator
        Réseau pour l'éducation dans la Corne de l'Afrique / Horn of Africa Education Network
        Djibouti-ville, Djibouti
        """,
        """
        RÉSEAU POUR L'ÉDUCATION DANS LA CORNE DE L'AFRIQUE
        HORN OF AFRICA EDUCATION NETWORK

        Enfants réfugiés et scolarisation à Djibouti / Refugee children and schooling in
        Djibouti
        """,
        "civil_society",
        (
            "Réseau pour l'éducation dans la Corne de l'Afrique",
            "Horn of Africa Education Network",
            "Réseau pour l’éducation dans la Corne de l’Afrique",
            "Réseau pour l'éducation dans la Corne de l'Afrique / Horn of Africa Education Network",
        ),
    ),
    Variation(
        "bilingual-fr-05",
        "Association Avenir Ensemble",
        "avenirensemble@avenir-ensemble.example.org.lb",
        "Contribution – écoles publiques libanaises",
        """
        Madame, Monsieur,

        L'Association Avenir Ensemble vous transmet sa contribution sur les écoles
        publiques du Sud-Liban fermées pendant les hostilités.

        Cordialement,

        Association Avenir Ensemble – جمعية المستقبل معاً
        Rue Hamra, Immeuble Saroulla, Beyrouth, Liban
        """,
        """
        Association Avenir Ensemble
        جمعية المستقبل معاً

        Écoles publiques du Sud-Liban fermées et élèves déplacés
        """,
        "civil_society",
        ("Association Avenir Ensemble", "جمعية المستقبل معاً"),
    ),
    Variation(
        "bilingual-es-06",
        "Comunicación Kawsay",
        "comunicacion@kawsayyachay.example.org.bo",
        "Aporte de Kawsay Yachay",
        """
        Estimada Relatora:

        Compartimos el aporte de nuestra organización sobre la educación intercultural
        bilingüe durante la emergencia por incendios en la Chiquitanía.

        Saludos,

        Área de Comunicación
        Kawsay Yachay – Saberes para la Vida
        Calle Sucre 211, Cochabamba, Bolivia
        """,
        """
        KAWSAY YACHAY – SABERES PARA LA VIDA

        Educación intercultural bilingüe e incendios en la Chiquitanía
        """,
        "civil_society",
        (
            "Kawsay Yachay – Saberes para la Vida",
            "Kawsay Yachay",
            "Kawsay Yachay - Saberes para la Vida",
        ),
    ),
    Variation(
        "bilingual-es-07",
        "Junior Baptiste",
        "jbaptiste@edusinfronteras-rd.example.org.do",
        "Aporte / Contribution",
        """
        Estimada Relatora Especial:

        Adjunto el aporte de nuestra red sobre niñas y niños de ascendencia haitiana
        sin documentos y su acceso a la escuela en la República Dominicana.

        Junior Baptiste
        Coordinador
        Red Educativa Dominico-Haitiana / Rezo Edikasyon Dominiken-Ayisyen
        Santo Domingo Este, República Dominicana
        +1 809 555 0142
        """,
        """
        RED EDUCATIVA DOMINICO-HAITIANA
        REZO EDIKASYON DOMINIKEN-AYISYEN

        Sin acta, sin escuela: niñez de ascendencia haitiana y el sistema educativo
        """,
        "civil_society",
        (
            "Red Educativa Dominico-Haitiana",
            "Rezo Edikasyon Dominiken-Ayisyen",
            "Red Educativa Dominico-Haitiana / Rezo Edikasyon Dominiken-Ayisyen",
        ),
    ),
    # ── NGOs that name a State, or have State-like words in their name ──
    Variation(
        "ngostate-en-01",
        "Executive Director",
        "ed@sudaneseteachersabroad.example.org",
        "Submission on the Republic of the Sudan - education",
        """
        Excellency,

        We have the honour to transmit the submission of the Sudanese Teachers in Exile
        Forum on the collapse of schooling in the Republic of the Sudan since April 2023,
        and on the Government of the Sudan's examinations for displaced pupils.

        Please accept, Excellency, the assurances of our highest consideration.

        Office of the Executive Director
        Sudanese Teachers in Exile Forum
        Kampala, Uganda
        """,
        """
        Sudanese Teachers in Exile Forum

        The collapse of schooling in Sudan since April 2023 and the national examinations
        for displaced pupils
        """,
        "civil_society",
        ("Sudanese Teachers in Exile Forum",),
    ),
    Variation(
        "ngostate-en-02",
        "Mission Education Partners",
        "contact@missioneducation.example.org",
        "Submission - Mission Education Partners",
        """
        Dear Special Rapporteur,

        Mission Education Partners runs 60 community schools in Haiti and the Dominican
        Republic. We attach our submission on schools closed by armed violence in
        Port-au-Prince.

        Blessings,

        Pastor David Wright
        Director of Programs
        Mission Education Partners
        1420 Peachtree St NE, Atlanta, GA 30309, United States
        """,
        """
        MISSION EDUCATION PARTNERS

        Schools closed by armed violence in Port-au-Prince: our community schools' experience
        """,
        "civil_society",
        ("Mission Education Partners",),
    ),
    Variation(
        "ngostate-en-03",
        "Gulnara Ismailova",
        "g.ismailova@eurasianrights.example.org",
        "Input on the Russian Federation - education of deported Ukrainian children",
        """
        Dear Madam Special Rapporteur,

        The Eurasian Children's Rights Monitor respectfully submits the attached input
        concerning the education of Ukrainian children transferred to the Russian
        Federation, and the curriculum imposed in the temporarily occupied territories.
        We note the recent communication of the Ministry of Foreign Affairs of the
        Russian Federation on this matter.

        Respectfully,

        Gulnara Ismailova
        Legal Analyst
        Eurasian Children's Rights Monitor
        Tbilisi, Georgia
        """,
        """
        EURASIAN CHILDREN'S RIGHTS MONITOR

        Curriculum, language and identity: education of Ukrainian children transferred to
        the Russian Federation and in occupied territories
        """,
        "civil_society",
        ("Eurasian Children's Rights Monitor", "Eurasian Children’s Rights Monitor"),
    ),
    Variation(
        "ngostate-fr-04",
        "Ambassade des Élèves",
        "contact@ambassadedeseleves.example.ne",
        "Contribution de l'Ambassade des Élèves",
        """
        Madame la Rapporteuse spéciale,

        L'Ambassade des Élèves, association de jeunes déscolarisés de Tillabéri, a
        l'honneur de vous transmettre sa contribution. Nous saluons les efforts du
        Gouvernement de la République du Niger pour la réouverture des écoles, tout en
        relevant les insuffisances décrites ci-après.

        Veuillez agréer l'expression de notre haute considération.

        Le Bureau exécutif
        Ambassade des Élèves (association)
        Niamey, Niger
        """,
        """
        AMBASSADE DES ÉLÈVES – Association de jeunes

        Les écoles fermées de la région de Tillabéri vues par les élèves
        """,
        "civil_society",
        ("Ambassade des Élèves",),
    ),
    Variation(
        "ngostate-fr-05",
        "Said Benhadj",
        "s.benhadj@ltde.example.tn",
        "Note sur la République tunisienne – éducation des enfants migrants",
        """
        Madame,

        La Ligue tunisienne pour le droit à l'éducation prend acte des engagements de la
        République tunisienne et du Ministère de l'Éducation, et vous transmet sa note sur
        la scolarisation des enfants migrants subsahariens à Sfax.

        Saïd Benhadj
        Vice-président
        Ligue tunisienne pour le droit à l'éducation
        Avenue de la Liberté 18, Tunis
        """,
        """
        LIGUE TUNISIENNE POUR LE DROIT À L'ÉDUCATION

        La scolarisation des enfants migrants subsahariens à Sfax
        """,
        "civil_society",
        (
            "Ligue tunisienne pour le droit à l'éducation",
            "Ligue tunisienne pour le droit à l’éducation",
        ),
    ),
    Variation(
        "ngostate-es-06",
        "Ministerio de la Niñez Rural",
        "ministerioninezrural@gmail.example.com",
        "Aporte - escuelas rurales Nicaragua",
        """
        Estimados:

        El colectivo Ministerio de la Niñez Rural, iniciativa ciudadana sin vínculo con
        el Estado, remite su aporte sobre el cierre de escuelas comunitarias y la
        cancelación de organizaciones educativas por el Gobierno de Nicaragua.

        Atentamente,

        Coordinación
        Ministerio de la Niñez Rural (colectivo ciudadano)
        San José, Costa Rica
        """,
        """
        MINISTERIO DE LA NIÑEZ RURAL – Colectivo ciudadano

        Escuelas comunitarias cerradas y organizaciones educativas canceladas en Nicaragua
        """,
        "civil_society",
        ("Ministerio de la Niñez Rural",),
    ),
    Variation(
        "ngostate-es-07",
        "Hernán Duarte",
        "hduarte@observatorioeducativo.example.org.ve",
        "Aporte sobre la República Bolivariana de Venezuela",
        """
        Distinguida Relatora Especial:

        Tengo el honor de remitir el aporte del Observatorio Venezolano de la Escuela
        Pública sobre la situación de los docentes y la infraestructura escolar. Tomamos
        nota de la respuesta del Estado venezolano al cuestionario.

        Hernán Duarte
        Coordinador de Investigación
        Observatorio Venezolano de la Escuela Pública
        Caracas, Venezuela
        +58 212 555 0187
        """,
        """
        Observatorio Venezolano de la Escuela Pública

        Docentes con salarios de miseria y escuelas en ruinas: la emergencia educativa
        """,
        "civil_society",
        ("Observatorio Venezolano de la Escuela Pública",),
    ),
    # ── Member States: notes verbales, ministries, missions ──
    Variation(
        "state-en-01",
        "Permanent Mission of Ukraine Geneva",
        "mission.ua@mfa.example.gov.ua",
        "Note Verbale - Ukraine - education in emergencies",
        """
        Dear colleagues,

        Please find attached a Note Verbale and the information of Ukraine in response to
        the call for inputs of the Special Rapporteur on the right to education.

        Kind regards,

        Human Rights Unit
        Permanent Mission of Ukraine to the United Nations Office and other International
        Organizations in Geneva
        Rue de l'Orangerie 14, 1202 Geneva
        """,
        """
        PERMANENT MISSION OF UKRAINE
        TO THE UNITED NATIONS OFFICE AND OTHER INTERNATIONAL ORGANIZATIONS IN GENEVA

        No. 4132/28-194/501-2026

        The Permanent Mission of Ukraine to the United Nations Office and other
        International Organizations in Geneva presents its compliments to the Office of
        the United Nations High Commissioner for Human Rights and has the honour to
        transmit the information of the Ministry of Education and Science of Ukraine.
        """,
        "member_state",
        ("Ukraine",),
        "UKR",
    ),
    Variation(
        "state-en-02",
        "Al-Zoubi, Hana",
        "hana.alzoubi@moe.example.gov.jo",
        "Jordan - response to questionnaire on education in emergencies",
        """
        Dear Sir/Madam,

        Kindly find attached the response of the Hashemite Kingdom of Jordan to the
        questionnaire, prepared by the Ministry of Education in coordination with the
        Ministry of Foreign Affairs and Expatriates.

        Best regards,

        Hana Al-Zoubi
        Head, International Cooperation Section
        Directorate of Planning and Educational Research
        Ministry of Education
        Amman, Jordan
        """,
        """
        The Hashemite Kingdom of Jordan
        Ministry of Education

        Response to the questionnaire of the Special Rapporteur on the right to education
        """,
        "member_state",
        ("Jordan", "Hashemite Kingdom of Jordan"),
        "JOR",
    ),
    Variation(
        "state-en-03",
        "Office of the Permanent Secretary FME",
        "ps@education.example.gov.ng",
        "NIGERIA: Input on Safe Schools",
        """
        Sir/Madam,

        I am directed to forward herewith Nigeria's input on the implementation of the
        Safe Schools Declaration and the National Plan on Financing Safe Schools.

        Accept the assurances of the Honourable Minister's highest regards.

        FOR: PERMANENT SECRETARY
        Federal Ministry of Education
        Federal Secretariat Complex, Phase III, Shehu Shagari Way, Abuja
        """,
        """
        FEDERAL REPUBLIC OF NIGERIA
        FEDERAL MINISTRY OF EDUCATION

        Input of Nigeria on safe schools and education in emergencies
        """,
        "member_state",
        ("Nigeria", "Federal Republic of Nigeria"),
        "NGA",
    ),
    Variation(
        "state-en-04",
        "Bangladesh Mission Geneva",
        "mission.geneva@mofa.example.gov.bd",
        "Note verbale: inputs of Bangladesh",
        """
        Excellency,

        The Permanent Mission of the People's Republic of Bangladesh to the United
        Nations Office and other International Organizations in Geneva presents its
        compliments and has the honour to forward the inputs of the Government of
        Bangladesh, including on education for forcibly displaced Myanmar nationals.

        Permanent Mission of Bangladesh, Geneva
        65 rue de Lausanne, 1202 Geneva
        """,
        """
        Permanent Mission of the People's Republic of Bangladesh
        Geneva

        Inputs of the Government of Bangladesh on education in emergencies
        """,
        "member_state",
        ("Bangladesh", "People's Republic of Bangladesh"),
        "BGD",
    ),
    Variation(
        "state-en-05",
        "Karim Nassar",
        "k.nassar@mehe.example.gov.lb",
        "Lebanon - MEHE input",
        """
        Dear Special Rapporteur,

        On behalf of the Ministry of Education and Higher Education of Lebanon, please
        find attached our input on the continuity of public schooling for displaced
        pupils during the hostilities.

        Best regards,

        Karim Nassar
        Advisor to the Minister
        Ministry of Education and Higher Education (MEHE)
        UNESCO Palace Street, Beirut, Lebanon
        """,
        """
        REPUBLIC OF LEBANON
        MINISTRY OF EDUCATION AND HIGHER EDUCATION

        Continuity of public schooling for displaced pupils
        """,
        "member_state",
        ("Lebanon", "Republic of Lebanon"),
        "LBN",
    ),
    Variation(
        "state-en-06",
        "Sereana Tuivaga",
        "sereana.tuivaga@govnet.example.gov.fj",
        "Fiji submission",
        """
        Bula,

        Please find attached Fiji's submission, prepared by the Ministry of Education
        with the National Disaster Management Office. Vinaka for the extension.

        Sereana Tuivaga
        Principal Education Officer (Policy)
        Ministry of Education, Heritage and Arts
        Marela House, Thurston Street, Suva
        """,
        """
        Republic of Fiji
        Ministry of Education

        Submission on education in emergencies: climate disasters and school continuity
        """,
        "member_state",
        ("Fiji", "Republic of Fiji"),
        "FJI",
    ),
    Variation(
        "state-en-07",
        "MOGEI South Sudan",
        "dg.planning@mogei.example.gov.ss",
        "Input from the Republic of South Sudan",
        """
        Dear Madam,

        The Ministry of General Education and Instruction of the Republic of South Sudan
        hereby submits its input on education for children affected by flooding,
        conflict and the influx of returnees from Sudan.

        Director General, Planning and Budgeting
        Ministry of General Education and Instruction
        Juba, South Sudan
        """,
        """
        REPUBLIC OF SOUTH SUDAN
        MINISTRY OF GENERAL EDUCATION AND INSTRUCTION

        Education for children affected by flooding, conflict and return
        """,
        "member_state",
        ("South Sudan", "Republic of South Sudan"),
        "SSD",
    ),
    Variation(
        "state-fr-08",
        "Mission permanente du Burkina Faso",
        "mission.burkina@diplomatie.example.gov.bf",
        "Note verbale – contribution du Burkina Faso",
        """
        Madame, Monsieur,

        Veuillez trouver ci-joint la note verbale de la Mission permanente ainsi que la
        contribution du Burkina Faso à l'appel de la Rapporteuse spéciale.

        Bien cordialement,

        Le Premier Conseiller
        Mission permanente du Burkina Faso auprès de l'Office des Nations Unies à Genève
        """,
        """
        MISSION PERMANENTE DU BURKINA FASO
        AUPRÈS DE L'OFFICE DES NATIONS UNIES À GENÈVE

        N° 2026-0211/MP-BF/GE

        La Mission permanente du Burkina Faso auprès de l'Office des Nations Unies à Genève
        présente ses compliments au Haut-Commissariat aux droits de l'homme et a l'honneur
        de lui transmettre la contribution du Ministère de l'Enseignement de base.
        """,
        "member_state",
        ("Burkina Faso",),
        "BFA",
    ),
    Variation(
        "state-fr-09",
        "Cabinet MENPC",
        "cabinet@menpc.example.td",
        "Contribution du Tchad",
        """
        Madame la Rapporteuse spéciale,

        J'ai l'honneur de vous transmettre la contribution du Gouvernement de la
        République du Tchad relative à l'éducation des enfants réfugiés et déplacés dans
        les provinces de l'Est.

        Le Secrétaire général
        Ministère de l'Éducation nationale et de la Promotion civique
        N'Djamena, Tchad
        """,
        """
        RÉPUBLIQUE DU TCHAD
        Unité – Travail – Progrès
        MINISTÈRE DE L'ÉDUCATION NATIONALE ET DE LA PROMOTION CIVIQUE

        Contribution relative à l'éducation en situation d'urgence
        """,
        "member_state",
        ("Chad", "Tchad", "République du Tchad"),
        "TCD",
    ),
    Variation(
        "state-fr-10",
        "KONÉ Ibrahim",
        "ibrahim.kone@education.example.gouv.ml",
        "TR: Réponse du Mali au questionnaire",
        """
        Bonjour,

        Veuillez trouver ci-joint la réponse du Mali au questionnaire, transmise pour le
        compte du Ministère de l'Éducation nationale.

        Cordialement,

        Ibrahim Koné
        Conseiller technique
        Ministère de l'Éducation nationale
        Bamako, Mali

        ---------- Message transféré ----------
        De : Secrétariat général MEN
        """,
        """
        RÉPUBLIQUE DU MALI
        Un Peuple – Un But – Une Foi

        Réponse au questionnaire de la Rapporteuse spéciale sur le droit à l'éducation
        """,
        "member_state",
        ("Mali", "République du Mali"),
        "MLI",
    ),
    Variation(
        "state-fr-11",
        "Mission Algérie Genève",
        "mission.algerie@mae.example.dz",
        "Contribution de l'Algérie",
        """
        Madame, Monsieur,

        La Mission permanente de la République algérienne démocratique et populaire à
        Genève a l'honneur de vous transmettre ci-joint la contribution de l'Algérie.

        Haute considération.

        Mission permanente d'Algérie
        308, route de Lausanne, 1293 Bellevue
        """,
        """
        République Algérienne Démocratique et Populaire

        Contribution de l'Algérie : l'éducation en situation d'urgence
        """,
        "member_state",
        ("Algeria", "Algérie", "People's Democratic Republic of Algeria"),
        "DZA",
    ),
    Variation(
        "state-es-12",
        "Despacho Viceministra Preescolar, Básica y Media",
        "despachovpbm@mineducacion.example.gov.co",
        "Aporte de Colombia - educación en emergencias",
        """
        Estimada Relatora Especial:

        En atención a su convocatoria, el Ministerio de Educación Nacional de Colombia
        remite el aporte del Estado colombiano sobre educación en emergencias.

        Cordialmente,

        Despacho de la Viceministra de Educación Preescolar, Básica y Media
        Ministerio de Educación Nacional
        Calle 43 No. 57-14, CAN, Bogotá D.C.
        """,
        """
        MINISTERIO DE EDUCACIÓN NACIONAL
        República de Colombia

        Aporte del Estado colombiano a la convocatoria sobre educación en emergencias
        """,
        "member_state",
        ("Colombia",),
        "COL",
    ),
    Variation(
        "state-es-13",
        "Misión Permanente de Honduras",
        "misionhonduras.ginebra@sre.example.gob.hn",
        "Nota verbal - Honduras",
        """
        Estimados señores:

        Por instrucciones de la Secretaría de Relaciones Exteriores y Cooperación
        Internacional, adjunto la nota verbal y el aporte de Honduras.

        Atentamente,

        Primera Secretaria
        Misión Permanente de Honduras ante la Oficina de las Naciones Unidas en Ginebra
        """,
        """
        MISIÓN PERMANENTE DE HONDURAS

        La Misión Permanente de la República de Honduras ante la Oficina de las Naciones
        Unidas en Ginebra saluda atentamente a la Oficina del Alto Comisionado para los
        Derechos Humanos y tiene el honor de remitir el aporte de la Secretaría de
        Educación.
        """,
        "member_state",
        ("Honduras",),
        "HND",
    ),
    Variation(
        "state-es-14",
        "Lic. Patricia Hernández",
        "patricia.hernandez@sep.example.gob.mx",
        "Aporte de México",
        """
        Buen día:

        Por este medio hago llegar el aporte del Gobierno de México, coordinado por la
        Secretaría de Educación Pública con la Secretaría de Relaciones Exteriores.

        Saludos cordiales,

        Lic. Patricia Hernández Ruiz
        Directora de Asuntos Multilaterales
        Unidad de Asuntos y Cooperación Internacionales
        Secretaría de Educación Pública
        República de Argentina 28, Centro Histórico, Ciudad de México
        Tel. 55 3600 5550 ext. 52140
        """,
        """
        GOBIERNO DE MÉXICO
        Secretaría de Educación Pública

        Aporte de México sobre educación en situaciones de emergencia
        """,
        "member_state",
        ("Mexico", "México"),
        "MEX",
    ),
    Variation(
        "state-es-15",
        "Ministerio de Educación Bolivia",
        "relacionesinternacionales@minedu.example.gob.bo",
        "Aporte del Estado Plurinacional de Bolivia",
        """
        Señora Relatora:

        El Ministerio de Educación del Estado Plurinacional de Bolivia remite su aporte
        sobre la continuidad educativa durante los incendios y las inundaciones.

        Jefatura de Relaciones Internacionales
        Ministerio de Educación
        Av. Arce No. 2147, La Paz
        """,
        """
        ESTADO PLURINACIONAL DE BOLIVIA
        MINISTERIO DE EDUCACIÓN

        Continuidad educativa en emergencias: incendios e inundaciones
        """,
        "member_state",
        (
            "Bolivia",
            "Bolivia (Plurinational State of)",
            "Plurinational State of Bolivia",
            "Estado Plurinacional de Bolivia",
        ),
        "BOL",
    ),
    Variation(
        "state-es-16",
        "DDHH MRE Paraguay",
        "ddhh@mre.example.gov.py",
        "Remisión de aporte - Paraguay",
        """
        De nuestra consideración:

        La Dirección de Derechos Humanos del Ministerio de Relaciones Exteriores remite
        el aporte de la República del Paraguay, elaborado por el Ministerio de Educación
        y Ciencias.

        Dirección de Derechos Humanos
        Ministerio de Relaciones Exteriores
        Palma y 14 de Mayo, Asunción
        """,
        """
        REPÚBLICA DEL PARAGUAY
        Ministerio de Educación y Ciencias

        Aporte sobre educación en emergencias
        """,
        "member_state",
        ("Paraguay",),
        "PRY",
    ),
    # ── national human rights institutions and ombudspersons ──
    Variation(
        "nhri-en-01",
        "UHRC Directorate of Research",
        "research@uhrc.example.ug",
        "Uganda Human Rights Commission - submission",
        """
        Dear Special Rapporteur,

        The Uganda Human Rights Commission submits the attached information on the
        education of refugee children in settlements in West Nile and south-western
        Uganda.

        Yours sincerely,

        Directorate of Research, Education and Documentation
        Uganda Human Rights Commission (UHRC)
        Plot 20/22 Buganda Road, Kampala
        Tel: +256 414 555 214
        """,
        """
        UGANDA HUMAN RIGHTS COMMISSION

        Education of refugee children in Uganda's settlements
        """,
        "nhri",
        (
            "Uganda Human Rights Commission (UHRC)",
            "Uganda Human Rights Commission",
        ),
        "UGA",
    ),
    Variation(
        "nhri-en-02",
        "Mahmoud Odeh",
        "m.odeh@ichr.example.ps",
        "ICHR submission: right to education",
        """
        Dear colleagues,

        Please find attached the submission of the Independent Commission for Human
        Rights on the right to education in the occupied Palestinian territory,
        including school demolitions in Area C.

        Regards,

        Mahmoud Odeh
        Legal Researcher, Monitoring Department
        The Independent Commission for Human Rights (ICHR)
        Ramallah, Palestine
        +970 2 555 0314
        """,
        """
        The Independent Commission for Human Rights (ICHR)
        Palestine's national human rights institution

        The right to education in the occupied Palestinian territory
        """,
        "nhri",
        (
            "Independent Commission for Human Rights (ICHR)",
            "Independent Commission for Human Rights",
            "The Independent Commission for Human Rights (ICHR)",
        ),
        "PSE",
    ),
    Variation(
        "nhri-en-03",
        "Secretariat of the Ombudsman",
        "hotline@ombudsman.example.gov.ua",
        "Information of the Ukrainian Parliament Commissioner for Human Rights",
        """
        Dear Madam,

        We are sending the information of the Ukrainian Parliament Commissioner for
        Human Rights on the right to education of children during the armed aggression
        against Ukraine.

        Sincerely,

        Department for the Observance of the Rights of the Child
        Secretariat of the Ukrainian Parliament Commissioner for Human Rights
        21/8 Instytutska St., Kyiv 01008
        """,
        """
        UKRAINIAN PARLIAMENT COMMISSIONER FOR HUMAN RIGHTS

        The right to education of children during the armed aggression against Ukraine
        """,
        "nhri",
        (
            "Ukrainian Parliament Commissioner for Human Rights",
            "Ukrainian Parliament Commissioner for Human Rights (Ombudsman)",
        ),
        "UKR",
    ),
    Variation(
        "nhri-fr-04",
        "CNDH Togo",
        "cndh@cndh-togo.example.tg",
        "Contribution de la CNDH",
        """
        Madame la Rapporteuse spéciale,

        La Commission nationale des droits de l'homme du Togo a l'honneur de vous faire
        parvenir sa contribution sur la scolarisation des enfants déplacés dans la région
        des Savanes.

        Le Président
        Commission nationale des droits de l'homme (CNDH)
        Lomé, Togo
        """,
        """
        RÉPUBLIQUE TOGOLAISE
        COMMISSION NATIONALE DES DROITS DE L'HOMME

        La scolarisation des enfants déplacés dans la région des Savanes
        """,
        "nhri",
        (
            "Commission nationale des droits de l'homme (CNDH)",
            "Commission nationale des droits de l'homme",
            "Commission nationale des droits de l'homme du Togo",
        ),
        "TGO",
    ),
    Variation(
        "nhri-fr-05",
        "NGO BELLA Martine",
        "m.ngobella@cdhc.example.cm",
        "Contribution CDHC – éducation en situation de crise",
        """
        Madame,

        Je vous prie de trouver ci-joint la contribution de la Commission des droits de
        l'homme du Cameroun sur l'éducation dans les régions en crise.

        Sentiments distingués.

        Martine Ngo Bella
        Chef de service de la promotion des droits
        Commission des Droits de l'Homme du Cameroun (CDHC)
        Yaoundé, Cameroun
        """,
        """
        COMMISSION DES DROITS DE L'HOMME DU CAMEROUN
        CAMEROON HUMAN RIGHTS COMMISSION

        L'éducation dans les régions du Nord-Ouest, du Sud-Ouest et de l'Extrême-Nord
        """,
        "nhri",
        (
            "Commission des Droits de l'Homme du Cameroun (CDHC)",
            "Commission des Droits de l'Homme du Cameroun",
            "Cameroon Human Rights Commission",
        ),
        "CMR",
    ),
    Variation(
        "nhri-es-06",
        "Delegada para la Infancia",
        "delegada.infancia@defensoria.example.gov.co",
        "Aporte de la Defensoría del Pueblo de Colombia",
        """
        Estimada Relatora Especial:

        La Defensoría del Pueblo de Colombia remite su aporte sobre el derecho a la
        educación de niñas, niños y adolescentes en zonas de conflicto armado,
        con base en las alertas tempranas emitidas en 2025.

        Cordialmente,

        Delegada para los Derechos de la Infancia, la Juventud y las Personas Mayores
        Defensoría del Pueblo
        Carrera 9 No. 16-21, Bogotá D.C.
        """,
        """
        DEFENSORÍA DEL PUEBLO
        COLOMBIA

        El derecho a la educación en zonas de conflicto armado
        """,
        "nhri",
        ("Defensoría del Pueblo de Colombia", "Defensoría del Pueblo"),
        "COL",
    ),
    Variation(
        "nhri-es-07",
        "Catalina Mora",
        "cmora@dhr.example.go.cr",
        "Aporte Defensoría de los Habitantes",
        """
        Buenas tardes:

        Adjunto el aporte de la Defensoría de los Habitantes de la República de Costa
        Rica sobre la niñez migrante en tránsito y su acceso a la educación.

        Catalina Mora Solís
        Profesional de Defensa
        Dirección de Niñez y Adolescencia
        Defensoría de los Habitantes
        Barrio México, San José
        """,
        """
        DEFENSORÍA DE LOS HABITANTES
        República de Costa Rica

        Niñez migrante en tránsito y acceso a la educación
        """,
        "nhri",
        (
            "Defensoría de los Habitantes de la República de Costa Rica",
            "Defensoría de los Habitantes",
            "Defensoría de los Habitantes de Costa Rica",
        ),
        "CRI",
    ),
    Variation(
        "nhri-es-08",
        "PDH Guatemala",
        "info@pdh.example.org.gt",
        "Aporte del Procurador de los Derechos Humanos",
        """
        Respetable Relatora:

        Por instrucciones del señor Procurador de los Derechos Humanos, remito el aporte
        institucional sobre las escuelas afectadas por las lluvias y la desnutrición en
        el Corredor Seco.

        Atentamente,

        Defensoría de la Niñez y la Adolescencia
        Procuraduría de los Derechos Humanos (PDH)
        12 Avenida 12-54, Zona 1, Ciudad de Guatemala
        """,
        """
        PROCURADOR DE LOS DERECHOS HUMANOS
        GUATEMALA

        Escuelas, lluvias y desnutrición en el Corredor Seco
        """,
        "nhri",
        (
            "Procuraduría de los Derechos Humanos (PDH)",
            "Procuraduría de los Derechos Humanos",
            "Procurador de los Derechos Humanos (PDH)",
            "Procurador de los Derechos Humanos",
        ),
        "GTM",
    ),
    # ── United Nations and regional intergovernmental bodies ──
    Variation(
        "igo-en-01",
        "Layla Hassan",
        "l.hassan@unrwa.example.org",
        "UNRWA input - education in emergencies",
        """
        Dear colleagues,

        Please find attached UNRWA's input to the report, covering the Agency's
        Education in Emergencies programme in Gaza, the West Bank, Lebanon, Syria and
        Jordan.

        Best regards,

        Layla Hassan
        Policy Officer, Department of Education
        UNRWA Headquarters Amman
        Bayader Wadi Seer, PO Box 140157, Amman 11814, Jordan
        """,
        """
        United Nations Relief and Works Agency for Palestine Refugees in the Near East

        UNRWA's Education in Emergencies programme: input to the Special Rapporteur
        """,
        "international_org",
        (
            "United Nations Relief and Works Agency for Palestine Refugees in the Near East (UNRWA)",
            "United Nations Relief and Works Agency for Palestine Refugees in the Near East",
            "UNRWA",
        ),
    ),
    Variation(
        "igo-en-02",
        "EDUCATION SECTION (DRS)",
        "hqeducation@unhcr.example.org",
        "UNHCR submission - refugee education",
        """
        Dear Special Rapporteur,

        UNHCR is pleased to share its submission on the inclusion of refugee children in
        national education systems, drawing on our latest Education Report.

        Kind regards,

        Education Section
        Division of Resilience and Solutions
        Office of the United Nations High Commissioner for Refugees
        Case Postale 2500, 1211 Genève 2
        """,
        """
        UNHCR – The UN Refugee Agency

        Inclusion of refugee children in national education systems
        """,
        "international_org",
        (
            "Office of the United Nations High Commissioner for Refugees (UNHCR)",
            "United Nations High Commissioner for Refugees (UNHCR)",
            "UNHCR",
            "Office of the United Nations High Commissioner for Refugees",
        ),
    ),
    Variation(
        "igo-en-03",
        "ECW Secretariat",
        "info@educationcannotwait.example.org",
        "Education Cannot Wait - input",
        """
        Dear colleagues,

        Education Cannot Wait, the United Nations global fund for education in
        emergencies and protracted crises, hosted by UNICEF, is pleased to submit the
        attached input.

        With best regards,

        Policy and Advocacy Team
        Education Cannot Wait (ECW)
        633 Third Avenue, New York, NY 10017
        www.educationcannotwait.example.org | @EduCannotWait
        """,
        """
        EDUCATION CANNOT WAIT

        Financing education in emergencies and protracted crises: results and gaps
        """,
        "international_org",
        ("Education Cannot Wait (ECW)", "Education Cannot Wait"),
    ),
    Variation(
        "igo-en-04",
        "Kowalska Agnieszka",
        "agnieszka.kowalska@coe.example.int",
        "Contribution of the Council of Europe Commissioner for Human Rights",
        """
        Dear Special Rapporteur,

        On behalf of the Office of the Commissioner for Human Rights, I attach a short
        contribution on the education of displaced Ukrainian children in Council of
        Europe member states.

        Best regards,

        Agnieszka Kowalska
        Adviser
        Office of the Commissioner for Human Rights
        Council of Europe
        F-67075 Strasbourg Cedex
        """,
        """
        COUNCIL OF EUROPE
        COMMISSIONER FOR HUMAN RIGHTS

        Education of displaced children from Ukraine in Council of Europe member states
        """,
        "international_org",
        (
            "Council of Europe Commissioner for Human Rights",
            "Commissioner for Human Rights of the Council of Europe",
            "Council of Europe",
        ),
    ),
    Variation(
        "igo-fr-05",
        "UNESCO Dakar - Éducation",
        "dakar.education@unesco.example.org",
        "Contribution du Bureau de l'UNESCO à Dakar",
        """
        Madame la Rapporteuse spéciale,

        Veuillez trouver ci-joint la contribution du Bureau régional multisectoriel de
        l'UNESCO pour l'Afrique de l'Ouest (Sahel) sur l'éducation dans les zones
        affectées par l'insécurité.

        Bien cordialement,

        Secteur de l'Éducation
        Bureau régional multisectoriel de l'UNESCO à Dakar
        Route de la plage de Ngor, Dakar, Sénégal
        """,
        """
        Organisation des Nations Unies pour l'éducation, la science et la culture
        Bureau régional multisectoriel pour l'Afrique de l'Ouest (Sahel)

        L'éducation dans les zones affectées par l'insécurité au Sahel central
        """,
        "international_org",
        (
            "Organisation des Nations Unies pour l'éducation, la science et la culture (UNESCO)",
            "UNESCO",
            "United Nations Educational, Scientific and Cultural Organization (UNESCO)",
            "Bureau régional multisectoriel de l'UNESCO à Dakar",
        ),
    ),
    Variation(
        "igo-fr-06",
        "Secrétariat technique permanent",
        "stp@confemen.example.org",
        "Contribution de la CONFEMEN",
        """
        Madame,

        Le Secrétariat technique permanent de la CONFEMEN vous adresse ci-joint la
        contribution de la Conférence sur la continuité pédagogique en situation de crise
        dans les pays membres.

        Le Secrétariat technique permanent
        CONFEMEN
        Immeuble Kébé, Avenue Cheikh Anta Diop, Dakar, Sénégal
        """,
        """
        Conférence des ministres de l'Éducation des États et gouvernements de la
        Francophonie (CONFEMEN)

        Continuité pédagogique en situation de crise
        """,
        "international_org",
        (
            "Conférence des ministres de l'Éducation des États et gouvernements de la Francophonie (CONFEMEN)",
            "Conférence des ministres de l'Éducation des États et gouvernements de la Francophonie",
            "CONFEMEN",
        ),
    ),
    Variation(
        "igo-es-07",
        "Comunicación OEI",
        "comunicacion@oei.example.int",
        "Aporte de la OEI",
        """
        Estimada Relatora Especial:

        La Organización de Estados Iberoamericanos para la Educación, la Ciencia y la
        Cultura remite su aporte sobre la continuidad educativa ante desastres en
        Iberoamérica.

        Cordialmente,

        Dirección General de Educación
        Secretaría General de la OEI
        C/ Bravo Murillo 38, 28015 Madrid
        """,
        """
        OEI
        Organización de Estados Iberoamericanos

        Continuidad educativa ante desastres en Iberoamérica
        """,
        "international_org",
        (
            "Organización de Estados Iberoamericanos para la Educación, la Ciencia y la Cultura (OEI)",
            "Organización de Estados Iberoamericanos para la Educación, la Ciencia y la Cultura",
            "Organización de Estados Iberoamericanos (OEI)",
            "OEI",
        ),
    ),
    Variation(
        "igo-es-08",
        "Relatoría DESCA - CIDH",
        "cidh-desca@oas.example.org",
        "Aporte de la REDESCA",
        """
        Estimada Relatora:

        La Relatoría Especial sobre Derechos Económicos, Sociales, Culturales y
        Ambientales de la Comisión Interamericana de Derechos Humanos comparte su aporte
        sobre el derecho a la educación en contextos de emergencia en las Américas.

        Saludos cordiales,

        REDESCA | CIDH
        1889 F Street NW, Washington, D.C. 20006
        """,
        """
        COMISIÓN INTERAMERICANA DE DERECHOS HUMANOS
        Relatoría Especial sobre Derechos Económicos, Sociales, Culturales y Ambientales

        El derecho a la educación en contextos de emergencia en las Américas
        """,
        "international_org",
        (
            "Comisión Interamericana de Derechos Humanos (CIDH)",
            "Comisión Interamericana de Derechos Humanos",
            "Relatoría Especial sobre Derechos Económicos, Sociales, Culturales y Ambientales (REDESCA)",
            "Inter-American Commission on Human Rights (IACHR)",
        ),
    ),
    # ── academics and university units ──
    Variation(
        "academic-en-01",
        "Dr. Naledi Dlamini",
        "n.dlamini@vaalriver-uni.example.ac.za",
        "Submission from the Centre for Education Rights and Transformation",
        """
        Dear Special Rapporteur,

        Please find attached a submission from our Centre on schooling after the
        KwaZulu-Natal floods and in informal settlements.

        Best wishes,

        Dr Naledi Dlamini (she/her)
        Senior Lecturer, School of Education
        Director, Centre for Education Rights and Transformation
        Faculty of Humanities, Vaal River University
        Private Bag X021, Vanderbijlpark 1900, South Africa
        """,
        """
        Centre for Education Rights and Transformation, Vaal River University

        After the floods: schooling in KwaZulu-Natal's informal settlements
        """,
        "academic",
        (
            "Centre for Education Rights and Transformation, Vaal River University",
            "Centre for Education Rights and Transformation",
            "Vaal River University Centre for Education Rights and Transformation",
        ),
    ),
    Variation(
        "academic-en-02",
        "Prof. Samuel Mensah",
        "smensah@capecoastuni.example.edu.gh",
        "Individual expert submission",
        """
        Dear Madam,

        I attach my submission, in my personal capacity as a researcher, on teacher
        deployment to conflict-affected districts. It draws on a five-year study.

        Samuel K. Mensah, PhD
        Professor of Educational Planning
        Institute for Educational Planning and Administration
        University of the Coastal Plains, Ghana
        """,
        "",
        "academic",
        ("Samuel K. Mensah", "Samuel Mensah", "Prof. Samuel Mensah"),
    ),
    Variation(
        "academic-en-03",
        "Research Group EiE",
        "eie.research@pacificisles.example.ac.nz",
        "Submission: Pacific Education Resilience Lab",
        """
        Kia ora koutou,

        The Pacific Education Resilience Lab at Southern Cross Isles University submits
        the attached on climate disasters and school continuity in Tonga, Vanuatu and
        Tuvalu.

        Ngā mihi,

        Pacific Education Resilience Lab
        Faculty of Education and Social Work
        Southern Cross Isles University
        Auckland, New Zealand
        """,
        """
        PACIFIC EDUCATION RESILIENCE LAB
        Southern Cross Isles University

        Climate disasters and school continuity in Tonga, Vanuatu and Tuvalu
        """,
        "academic",
        (
            "Pacific Education Resilience Lab, Southern Cross Isles University",
            "Pacific Education Resilience Lab",
        ),
    ),
    Variation(
        "academic-en-04",
        "Hoang Thi Lan",
        "lan.ht@mekonguni.example.edu.vn",
        "Input from Mekong Delta Institute for Educational Research",
        """
        Dear OHCHR Team,

        Please find attached the input of the Mekong Delta Institute for Educational
        Research (MIER) on saltwater intrusion, drought and school dropout.

        Best regards,

        Dr. Hoang Thi Lan
        Deputy Director, MIER
        Mekong Delta University
        Can Tho, Viet Nam
        Tel: +84 292 555 0314
        """,
        """
        Mekong Delta Institute for Educational Research (MIER)

        Saltwater intrusion, drought and school dropout in the Mekong Delta
        """,
        "academic",
        (
            "Mekong Delta Institute for Educational Research (MIER)",
            "Mekong Delta Institute for Educational Research",
            "Mekong Delta Institute for Educational Research, Mekong Delta University",
        ),
    ),
    Variation(
        "academic-en-05",
        "Law Clinic",
        "hrclinic@tbilisi-law.example.edu.ge",
        "Submission of the Human Rights Law Clinic",
        """
        Dear Special Rapporteur,

        The students of the Human Rights Law Clinic, Faculty of Law, Kartli State
        University, under the supervision of Prof. Nino Beridze, submit the attached
        research on the education of internally displaced children from Abkhazia and
        South Ossetia.

        Human Rights Law Clinic
        Faculty of Law, Kartli State University
        Tbilisi, Georgia
        """,
        """
        Human Rights Law Clinic
        Faculty of Law, Kartli State University

        Thirty years displaced: the education of IDP children in Georgia
        """,
        "academic",
        (
            "Human Rights Law Clinic, Kartli State University",
            "Human Rights Law Clinic",
            "Human Rights Law Clinic, Faculty of Law, Kartli State University",
        ),
    ),
    Variation(
        "academic-en-06",
        "Aisha Qureshi",
        "aisha.qureshi@lahoreuni.example.edu.pk",
        "Joint academic submission - education in Khyber Pakhtunkhwa",
        """
        Dear colleagues,

        I attach a joint submission by researchers of the Centre for Peace and Education
        Studies (Lahore School of Social Sciences) and two partner departments on
        schools destroyed in militancy-affected districts.

        Regards,
        Aisha Qureshi
        Assistant Professor
        Centre for Peace and Education Studies
        Lahore School of Social Sciences
        """,
        """
        Centre for Peace and Education Studies, Lahore School of Social Sciences
        with the Department of Education, Peshawar Valley University, and the Department
        of Development Studies, Swat Institute of Technology

        Rebuilding schools in militancy-affected districts of Khyber Pakhtunkhwa
        """,
        "academic",
        (
            "Centre for Peace and Education Studies, Lahore School of Social Sciences and 2 others",
            "Centre for Peace and Education Studies, Lahore School of Social Sciences",
            "Centre for Peace and Education Studies",
        ),
    ),
    Variation(
        "academic-fr-07",
        "Pr DIALLO Mamadou",
        "mamadou.diallo@univ-fleuve.example.sn",
        "Contribution du Laboratoire",
        """
        Madame la Rapporteuse,

        J'ai le plaisir de vous transmettre la contribution du Laboratoire de recherche
        sur l'éducation et les crises (LAREC) de l'Université du Fleuve sur les écoles
        coraniques et les enfants déplacés.

        Pr Mamadou Diallo
        Directeur du LAREC
        UFR Sciences de l'éducation
        Université du Fleuve, Saint-Louis, Sénégal
        """,
        """
        Université du Fleuve
        Laboratoire de recherche sur l'éducation et les crises (LAREC)

        Écoles coraniques, daaras et enfants déplacés dans le bassin du fleuve Sénégal
        """,
        "academic",
        (
            "Laboratoire de recherche sur l'éducation et les crises (LAREC), Université du Fleuve",
            "Laboratoire de recherche sur l'éducation et les crises (LAREC)",
            "Laboratoire de recherche sur l'éducation et les crises",
        ),
    ),
    Variation(
        "academic-fr-08",
        "Chaire UNESCO - Montréal",
        "chaire.eduurgence@uqam-est.example.ca",
        "Contribution de la Chaire",
        """
        Bonjour,

        Veuillez trouver ci-joint la contribution de la Chaire de recherche sur
        l'éducation en contextes de crise de l'Université de l'Est-du-Québec, sur les
        élèves haïtiens réfugiés au Québec.

        Au plaisir,

        Sophie Tremblay (elle)
        Coordonnatrice
        Chaire de recherche sur l'éducation en contextes de crise
        Département d'éducation et pédagogie
        Université de l'Est-du-Québec
        """,
        """
        Chaire de recherche sur l'éducation en contextes de crise
        Université de l'Est-du-Québec

        Les élèves haïtiens réfugiés au Québec : accueil, classes d'intégration et
        trajectoires
        """,
        "academic",
        (
            "Chaire de recherche sur l'éducation en contextes de crise, Université de l'Est-du-Québec",
            "Chaire de recherche sur l'éducation en contextes de crise",
        ),
    ),
    Variation(
        "academic-fr-09",
        "Driss Benkirane",
        "d.benkirane@univ-atlas.example.ma",
        "contribution à titre personnel",
        """
        Madame,

        Je vous adresse à titre personnel, en tant qu'enseignant-chercheur, une note sur
        la reconstruction scolaire après le séisme d'Al Haouz.

        Cordialement,

        Driss Benkirane
        Maître de conférences habilité
        Faculté des Sciences de l'Éducation, Université de l'Atlas, Rabat
        """,
        "",
        "academic",
        ("Driss Benkirane",),
    ),
    Variation(
        "academic-es-10",
        "Observatorio Educación - UCAN",
        "observatorio@ucan-andes.example.edu.pe",
        "Aporte del Observatorio",
        """
        Estimada Relatora:

        El Observatorio de Educación y Emergencias de la Universidad Católica Andina
        remite su aporte sobre las escuelas afectadas por el Niño Costero en Piura.

        Atentamente,

        Observatorio de Educación y Emergencias
        Facultad de Educación
        Universidad Católica Andina
        Av. Grau 1020, Piura, Perú
        """,
        """
        UNIVERSIDAD CATÓLICA ANDINA
        Observatorio de Educación y Emergencias

        Escuelas afectadas por el Niño Costero en Piura, 2023-2025
        """,
        "academic",
        (
            "Observatorio de Educación y Emergencias, Universidad Católica Andina",
            "Observatorio de Educación y Emergencias",
        ),
    ),
    Variation(
        "academic-es-11",
        "Dra. Beatriz Aguilar",
        "baguilar@urps.example.edu.mx",
        "aporte académico",
        """
        Estimadas personas de la Relatoría:

        Les comparto, a título personal, un aporte basado en mi investigación sobre
        escuelas en comunidades desplazadas por la violencia en Guerrero.

        Saludos cordiales,

        Dra. Beatriz Aguilar Torres
        Profesora-Investigadora Titular
        Departamento de Educación
        Universidad Regional del Pacífico Sur
        """,
        "",
        "academic",
        ("Beatriz Aguilar Torres", "Beatriz Aguilar", "Dra. Beatriz Aguilar Torres"),
    ),
    Variation(
        "academic-es-12",
        "IIDE",
        "iide@unsur.example.edu.ar",
        "Aporte del IIDE",
        """
        De mi consideración:

        El IIDE remite su aporte a la convocatoria.

        Secretaría Académica
        IIDE – Universidad Nacional del Sur Andino
        """,
        """
        Instituto de Investigaciones en Derecho a la Educación (IIDE)
        Universidad Nacional del Sur Andino

        La escuela después de la inundación: Bahía Blanca 2025
        """,
        "academic",
        (
            "Instituto de Investigaciones en Derecho a la Educación (IIDE)",
            "Instituto de Investigaciones en Derecho a la Educación",
            "Instituto de Investigaciones en Derecho a la Educación (IIDE), Universidad Nacional del Sur Andino",
        ),
    ),
    Variation(
        "academic-es-13",
        "Clínica Jurídica",
        "clinicajuridica@uca-sv.example.edu.sv",
        "Aporte de la Clínica Jurídica de Derechos Humanos",
        """
        Estimada Relatora Especial:

        Estudiantes y docentes de la Clínica Jurídica de Derechos Humanos de la
        Universidad Centroamericana del Pacífico remitimos nuestro aporte sobre el
        régimen de excepción y la asistencia escolar.

        Clínica Jurídica de Derechos Humanos
        Departamento de Ciencias Jurídicas
        Universidad Centroamericana del Pacífico
        San Salvador, El Salvador
        """,
        """
        Clínica Jurídica de Derechos Humanos
        Universidad Centroamericana del Pacífico

        Régimen de excepción y asistencia escolar en El Salvador
        """,
        "academic",
        (
            "Clínica Jurídica de Derechos Humanos, Universidad Centroamericana del Pacífico",
            "Clínica Jurídica de Derechos Humanos",
        ),
    ),
    # ── individuals writing for themselves ──
    Variation(
        "individual-en-01",
        "AHMED YUSUF IBRAHIM",
        "ahmedyusuf.ibrahim@gmail.example.com",
        "My experience as a teacher in Borno",
        """
        Dear Sir/Madam,

        I am a primary school teacher in Maiduguri. My school was burnt in 2014 and I have
        taught in a camp since then. I am writing in my own name, not for any group, to
        share what teachers in the camps need.

        Ahmed Yusuf Ibrahim
        Maiduguri, Borno State, Nigeria
        """,
        "",
        "individual",
        ("Ahmed Yusuf Ibrahim", "Ahmed Yusuf"),
    ),
    Variation(
        "individual-en-02",
        "Nour",
        "nour.s.2004@icloud.example.com",
        "university student from Syria - my input",
        """
        Hello,

        I am a Syrian refugee studying in Türkiye. I lost two years of school after the
        earthquake in Antakya. I saw your call on Instagram and wanted to write about
        young people like me who want to continue to university.

        Thank you for reading,
        Nour Al-Sayed

        Sent from my iPhone
        """,
        "",
        "individual",
        ("Nour Al-Sayed",),
    ),
    Variation(
        "individual-en-03",
        "Kateryna M.",
        "kmelnyk.teacher@ukr.example.net",
        "Submission (teacher, Mykolaiv)",
        """
        Dear Special Rapporteur,

        I teach mathematics at a lyceum in Mykolaiv. Attached is my personal account of
        one school year taught partly in a shelter and partly online, with the
        attendance figures of my classes.

        Kateryna Melnyk
        Teacher of mathematics
        Mykolaiv, Ukraine
        (writing in a personal capacity)
        """,
        """
        Kateryna Melnyk

        A school year in the shelter: a teacher's account from Mykolaiv
        """,
        "individual",
        ("Kateryna Melnyk",),
    ),
    Variation(
        "individual-en-04",
        "Rohan & Meera Pillai",
        "pillaifamily@outlook.example.com",
        "Parents' input - schooling after the Wayanad landslides",
        """
        Dear Madam,

        We are parents of two children whose school in Wayanad was destroyed by the
        landslides. We write as a family, not for any organisation, about the nine
        months our children spent without regular classes.

        Regards,
        Meera Pillai
        Kalpetta, Kerala, India
        """,
        "",
        "individual",
        ("Meera Pillai", "Rohan and Meera Pillai", "Rohan & Meera Pillai"),
    ),
    Variation(
        "individual-fr-05",
        "Jean-Baptiste",
        "jbkabongo@yahoo.example.fr",
        "témoignage d'un enseignant déplacé",
        """
        Bonjour Madame la Rapporteuse,

        Je suis enseignant, déplacé de Rutshuru depuis 2022. Je vous écris en mon nom
        personnel pour témoigner des conditions des enseignants bénévoles dans les sites
        de déplacés.

        Jean-Baptiste Kabongo Mwamba
        Goma, RDC
        """,
        "",
        "individual",
        ("Jean-Baptiste Kabongo Mwamba", "Jean-Baptiste Kabongo"),
    ),
    Variation(
        "individual-fr-06",
        "Mariam (perso)",
        "mariam.ouedraogo.perso@gmail.example.com",
        "Contribution citoyenne",
        """
        Madame,

        Mère de trois enfants déplacés de Djibo, je souhaite partager notre expérience
        de l'école à Kaya. Je n'appartiens à aucune association.

        Mariam Ouédraogo
        Kaya, Burkina Faso
        """,
        "",
        "individual",
        ("Mariam Ouédraogo",),
    ),
    Variation(
        "individual-fr-07",
        "Élise Fontaine",
        "elise.fontaine@laposte.example.net",
        "contribution",
        """
        Madame la Rapporteuse spéciale,

        Ancienne institutrice, j'ai enseigné bénévolement pendant deux ans dans une école
        de fortune d'un camp au Liban. Je vous transmets, à titre personnel, quelques
        observations.

        Respectueusement,

        Élise Fontaine
        Lyon
        """,
        "",
        "individual",
        ("Élise Fontaine",),
    ),
    Variation(
        "individual-es-08",
        "YESENIA PAREDES",
        "yeseniaparedes1985@hotmail.example.com",
        "mi testimonio",
        """
        Buenas noches:

        Soy madre venezolana en Lima. Mi hijo estuvo un año sin matrícula porque no
        teníamos documentos. Quiero contar lo que vivimos para que no le pase a otras
        familias.

        Yesenia Paredes Rondón
        Lima, Perú
        """,
        "",
        "individual",
        ("Yesenia Paredes Rondón", "Yesenia Paredes"),
    ),
    Variation(
        "individual-es-09",
        "Prof. Julio César Mendoza",
        "juliocmendoza@gmail.example.com",
        "Aporte como docente rural",
        """
        Estimada Relatora:

        Soy docente de una escuela unidocente en la sierra de Guerrero. Le escribo a
        título personal sobre el cierre de nuestra escuela por la violencia.

        Atentamente,

        Profr. Julio César Mendoza Salgado
        Escuela Primaria Rural, Heliodoro Castillo, Guerrero
        """,
        "",
        "individual",
        ("Julio César Mendoza Salgado", "Julio César Mendoza"),
    ),
    Variation(
        "individual-es-10",
        "Camila",
        "camila.r.estudiante@gmail.example.com",
        "aporte de una estudiante",
        """
        Hola,

        Tengo 17 años y estudio en un liceo de Santiago. Después del incendio en Viña del
        Mar perdí mi casa y estuve meses sin ir a clases. Quería aportar mi experiencia.

        Camila Rivas
        """,
        "",
        "individual",
        ("Camila Rivas",),
    ),
    # ── companies and business associations ──
    Variation(
        "company-en-01",
        "Priyanka Shah",
        "priyanka.shah@edubridge.example.com",
        "EduBridge Learning - input on EdTech in emergencies",
        """
        Dear Special Rapporteur,

        Please find attached the input of EduBridge Learning Pvt. Ltd. on offline
        learning tablets deployed in flood-affected districts of Assam and Bihar.

        Best,

        Priyanka Shah
        Head of Public Policy & Partnerships
        EduBridge Learning Pvt. Ltd.
        WeWork, Embassy Golf Links, Bengaluru 560071, India
        M: +91 98 4555 0127 | edubridge.example.com

        Disclaimer: This email and any files transmitted with it are confidential and
        intended solely for the use of the individual or entity to whom they are
        addressed.
        """,
        """
        EduBridge Learning Pvt. Ltd.

        Offline learning in flood-affected districts: lessons from Assam and Bihar
        """,
        "private_sector",
        ("EduBridge Learning Pvt. Ltd.", "EduBridge Learning"),
    ),
    Variation(
        "company-en-02",
        "KAPSAL Secretariat",
        "secretariat@kapsal.example.co.ke",
        "Submission - Kenya Association of Private Schools in Arid Lands",
        """
        Dear Madam,

        The Kenya Association of Private Schools in Arid Lands (KAPSAL) submits the
        attached on low-fee private schools that host children displaced by drought.

        Regards,

        Secretariat
        KAPSAL
        Garissa, Kenya
        """,
        """
        KENYA ASSOCIATION OF PRIVATE SCHOOLS IN ARID LANDS (KAPSAL)

        Low-fee private schools and drought-displaced children
        """,
        "private_sector",
        (
            "Kenya Association of Private Schools in Arid Lands (KAPSAL)",
            "Kenya Association of Private Schools in Arid Lands",
        ),
    ),
    Variation(
        "company-en-03",
        "Nguyen, Minh",
        "minh.nguyen@solarclass.example.com.vn",
        "SolarClass Asia submission",
        """
        Hello,

        SolarClass Asia Co., Ltd. designs solar-powered prefabricated classrooms. We are
        submitting a short note on our deployment after Typhoon Yagi.

        Minh Nguyen
        Chief Operating Officer
        SolarClass Asia Co., Ltd.
        Hanoi, Viet Nam
        """,
        """
        SolarClass Asia Co., Ltd.

        Temporary solar classrooms after Typhoon Yagi
        """,
        "private_sector",
        ("SolarClass Asia Co., Ltd.", "SolarClass Asia"),
    ),
    Variation(
        "company-fr-04",
        "Direction RSE",
        "rse@groupe-sahelcom.example.sn",
        "Contribution de Sahelcom",
        """
        Madame,

        Le Groupe Sahelcom, opérateur de télécommunications, vous transmet sa
        contribution sur la radio éducative et l'enseignement à distance par SMS dans
        les zones où les écoles sont fermées.

        Direction de la Responsabilité sociétale
        Groupe Sahelcom SA
        Dakar, Sénégal
        """,
        """
        GROUPE SAHELCOM SA

        Radio éducative et enseignement par SMS dans les zones aux écoles fermées
        """,
        "private_sector",
        ("Groupe Sahelcom SA", "Groupe Sahelcom"),
    ),
    Variation(
        "company-fr-05",
        "Fédération des écoles privées",
        "federation@fepl.example.lb",
        "Contribution FEPL",
        """
        Madame,

        La Fédération des établissements privés libanais (FEPL) a l'honneur de vous
        adresser sa contribution sur l'accueil d'élèves déplacés dans les écoles privées.

        Le Secrétariat général
        FEPL
        Beyrouth, Liban
        """,
        """
        FÉDÉRATION DES ÉTABLISSEMENTS PRIVÉS LIBANAIS

        L'accueil d'élèves déplacés dans les écoles privées
        """,
        "private_sector",
        (
            "Fédération des établissements privés libanais (FEPL)",
            "Fédération des établissements privés libanais",
        ),
    ),
    Variation(
        "company-es-06",
        "Editorial Cordillera Escolar",
        "sostenibilidad@cordilleraescolar.example.com.co",
        "Aporte Editorial Cordillera Escolar S.A.S.",
        """
        Estimada Relatora:

        Editorial Cordillera Escolar S.A.S., editorial de textos escolares, remite su
        aporte sobre la dotación de materiales educativos en escuelas afectadas por el
        conflicto.

        Gerencia de Sostenibilidad
        Editorial Cordillera Escolar S.A.S.
        Medellín, Colombia
        """,
        """
        EDITORIAL CORDILLERA ESCOLAR S.A.S.

        Materiales educativos para escuelas afectadas por el conflicto
        """,
        "private_sector",
        ("Editorial Cordillera Escolar S.A.S.", "Editorial Cordillera Escolar"),
    ),
    Variation(
        "company-es-07",
        "Cámara de Centros Particulares",
        "info@cecep.example.org.ec",
        "Aporte CECEP",
        """
        Estimados:

        La Cámara Ecuatoriana de Centros Educativos Particulares (CECEP) remite su
        aporte sobre la educación a distancia durante los estados de excepción por
        inseguridad.

        Dirección Ejecutiva
        CECEP
        Guayaquil, Ecuador
        """,
        """
        CÁMARA ECUATORIANA DE CENTROS EDUCATIVOS PARTICULARES

        Educación a distancia y estados de excepción
        """,
        "private_sector",
        (
            "Cámara Ecuatoriana de Centros Educativos Particulares (CECEP)",
            "Cámara Ecuatoriana de Centros Educativos Particulares",
        ),
    ),
    # ── unions, parliamentarians, bar associations, faith bodies, local authorities ──
    Variation(
        "other-en-01",
        "General Secretary NTU",
        "gensec@ntu-sl.example.org",
        "Submission of the Union",
        """
        Dear Special Rapporteur,

        The Union submits the attached on teachers' working conditions in schools that
        host displaced and returnee children, and on unpaid volunteer teachers.

        In solidarity,

        General Secretary
        Syndicat national des enseignants / National Teachers' Union of Cameroon (SNE-NTU)
        Bamenda and Yaoundé
        """,
        """
        SYNDICAT NATIONAL DES ENSEIGNANTS
        NATIONAL TEACHERS' UNION OF CAMEROON

        Teachers in the crisis regions: pay, safety and volunteer teachers
        """,
        "other",
        (
            "National Teachers' Union of Cameroon (SNE-NTU)",
            "Syndicat national des enseignants (SNE-NTU)",
            "National Teachers' Union of Cameroon",
            "Syndicat national des enseignants",
            "Syndicat national des enseignants / National Teachers' Union of Cameroon (SNE-NTU)",
            "National Teachers’ Union of Cameroon (SNE-NTU)",
        ),
    ),
    Variation(
        "other-en-02",
        "Hon. Grace Mutale MP",
        "g.mutale@parliament.example.gov.zm",
        "Submission by a Member of Parliament",
        """
        Dear Special Rapporteur,

        As Member of Parliament for Kalabo Central and member of the Parliamentary
        Committee on Education, Science and Technology, I submit the attached on school
        closures caused by the drought.

        Hon. Grace Mutale, MP
        National Assembly of Zambia
        Parliament Buildings, Lusaka
        """,
        "",
        "other",
        ("Grace Mutale", "Hon. Grace Mutale", "Hon. Grace Mutale, MP"),
    ),
    Variation(
        "other-en-03",
        "Bar Human Rights Committee",
        "hrc@lahorebar.example.org.pk",
        "Submission - Human Rights Committee of the Punjab Lawyers' Council",
        """
        Dear Madam,

        The Human Rights Committee of the Punjab Lawyers' Council submits the attached
        on the legal protection of schools and teachers during communal violence.

        Secretary, Human Rights Committee
        Punjab Lawyers' Council
        Lahore High Court Premises, Lahore
        """,
        """
        PUNJAB LAWYERS' COUNCIL
        Human Rights Committee

        Legal protection of schools and teachers during communal violence
        """,
        "other",
        (
            "Punjab Lawyers' Council",
            "Punjab Lawyers’ Council",
            "Human Rights Committee of the Punjab Lawyers' Council",
            "Punjab Lawyers' Council, Human Rights Committee",
        ),
    ),
    Variation(
        "other-en-04",
        "Fr. Thomas Odhiambo",
        "educationdesk@catholicsecretariat.example.org",
        "Submission of the Education Commission",
        """
        Dear Special Rapporteur,

        On behalf of the Education Commission of the Catholic Bishops' Conference of the
        Horn and Great Lakes, I am pleased to submit our input on Church-run schools in
        refugee camps.

        Peace and blessings,

        Fr. Thomas Odhiambo
        Executive Secretary, Education Commission
        Catholic Bishops' Conference of the Horn and Great Lakes
        Nairobi, Kenya
        """,
        """
        CATHOLIC BISHOPS' CONFERENCE OF THE HORN AND GREAT LAKES
        Education Commission

        Church-run schools in refugee camps and settlements
        """,
        "other",
        (
            "Catholic Bishops' Conference of the Horn and Great Lakes",
            "Catholic Bishops’ Conference of the Horn and Great Lakes",
            "Education Commission of the Catholic Bishops' Conference of the Horn and Great Lakes",
        ),
    ),
    Variation(
        "other-en-05",
        "Office of the Mayor",
        "mayor@irpin-city.example.gov.ua",
        "Input of Irpin City Council",
        """
        Dear Madam Special Rapporteur,

        Irpin City Council submits information on the restoration of schools damaged
        during the occupation of 2022 and the construction of school shelters.

        Department of Education
        Irpin City Council
        Kyiv Oblast, Ukraine
        """,
        """
        IRPIN CITY COUNCIL
        Department of Education

        Restoring schools and building shelters after occupation
        """,
        "other",
        ("Irpin City Council",),
    ),
    Variation(
        "other-fr-06",
        "FENECI",
        "feneci.syndicat@gmail.example.com",
        "Contribution syndicale",
        """
        Madame la Rapporteuse spéciale,

        La FENECI vous transmet sa contribution sur la situation des enseignants
        contractuels et volontaires dans les zones d'insécurité.

        Salutations syndicales,

        Le Secrétaire général
        FENECI
        """,
        """
        FÉDÉRATION NATIONALE DES ENSEIGNANTS DU CENTRE ET DE L'EST (FENECI)
        Burkina Faso

        Enseignants contractuels et volontaires dans les zones d'insécurité
        """,
        "other",
        (
            "Fédération nationale des enseignants du Centre et de l'Est (FENECI)",
            "Fédération nationale des enseignants du Centre et de l'Est",
        ),
    ),
    Variation(
        "other-fr-07",
        "Fondation Savoirs Partagés",
        "contact@fondation-savoirs.example.org",
        "Contribution de la Fondation",
        """
        Madame,

        La Fondation Savoirs Partagés, fondation reconnue d'utilité publique, finance
        des écoles temporaires au Sahel. Vous trouverez ci-joint notre contribution.

        Cordialement,

        Hélène Garnier
        Déléguée générale
        Fondation Savoirs Partagés
        45, rue de Rennes, 75006 Paris
        """,
        """
        FONDATION SAVOIRS PARTAGÉS

        Financer l'école temporaire au Sahel : enseignements de dix ans de projets
        """,
        "other",
        ("Fondation Savoirs Partagés",),
    ),
    Variation(
        "other-es-08",
        "Secretaría de Asuntos Internacionales - SUTEB",
        "internacionales@suteb.example.org.bo",
        "Aporte del Sindicato",
        """
        Compañera Relatora:

        El Sindicato Unificado de Trabajadores de la Educación del Beni (SUTEB) remite su
        aporte sobre las maestras y maestros en zonas de incendios e inundaciones.

        Fraternalmente,

        Secretaría de Asuntos Internacionales
        SUTEB
        Trinidad, Beni
        """,
        """
        SINDICATO UNIFICADO DE TRABAJADORES DE LA EDUCACIÓN DEL BENI

        Docentes en zonas de incendios e inundaciones
        """,
        "other",
        (
            "Sindicato Unificado de Trabajadores de la Educación del Beni (SUTEB)",
            "Sindicato Unificado de Trabajadores de la Educación del Beni",
        ),
    ),
    Variation(
        "other-es-09",
        "Dip. Rosario Velásquez",
        "rvelasquez@congreso.example.gob.gt",
        "Aporte de la Comisión de Educación",
        """
        Estimada Relatora:

        En mi calidad de diputada y presidenta de la Comisión de Educación, Ciencia y
        Tecnología del Congreso de la República, remito el aporte adjunto sobre escuelas
        dañadas por las lluvias.

        Dip. Rosario Velásquez Chitay
        Congreso de la República de Guatemala
        """,
        "",
        "other",
        (
            "Rosario Velásquez Chitay",
            "Rosario Velásquez",
            "Dip. Rosario Velásquez Chitay",
        ),
    ),
    Variation(
        "other-es-10",
        "Municipalidad de Ilave",
        "alcaldia@muniilave.example.gob.pe",
        "Aporte de la municipalidad",
        """
        Cordial saludo,

        La Municipalidad Provincial de El Collao – Ilave remite el aporte solicitado
        sobre escuelas afectadas por las heladas.

        Gerencia de Desarrollo Social
        Municipalidad Provincial de El Collao – Ilave
        Puno, Perú
        """,
        """
        MUNICIPALIDAD PROVINCIAL DE EL COLLAO – ILAVE

        Escuelas afectadas por las heladas en El Collao
        """,
        "other",
        (
            "Municipalidad Provincial de El Collao – Ilave",
            "Municipalidad Provincial de El Collao - Ilave",
            "Municipalidad Provincial de El Collao",
        ),
    ),
]

VARIATIONS: list[Variation] = [tidy(v) for v in _RAW]
