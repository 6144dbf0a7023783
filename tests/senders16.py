# ruff: noqa: E501
"""A sixteenth set of sender variations for the submitter detector, written apart from its rules.

The same record as the second set (`senders2.Variation`): one e-mail as it reaches a call
for inputs, with the answer an officer would publish on the "Submissions received" page.
The cases were written from how such mail looks, without sight of the detector's rules,
in English (45 per cent), French (a quarter) and Spanish (30 per cent).

It is a single ordinary season of one call's mailbox: the call of the Special Rapporteur
on the human rights of migrants, for a report on migrants' rights in the context of
climate change and disasters, with inputs due by 30 April 2026. About 25 per cent of the
senders are NGOs, networks and diaspora associations; 10 per cent Member States (notes
verbales, ministries, missions in Geneva and New York, a State's migration agency), with
four senders beside them that write about a State in diplomatic phrasing or carry
"Mission" in their own names (a diaspora council, a shelter network, a mission to
migrant domestic workers and a church mission); 10 per cent academics and university
units; 12 per cent individuals (migrants, a lawyer writing in her own name from her
firm's address, journalists, retired officials); 7 per cent NHRIs and ombudspersons,
from their country-code domains; 10 per cent United Nations and intergovernmental bodies
(among them two regional consultative processes on migration, a regional economic
community's migration directorate, a disaster-displacement platform, a development bank,
a francophone and an Ibero-American body); 12 per cent companies and business
associations (recruitment agencies, airlines, remittance companies, employers'
federations, a law firm writing for a client, insurers, a crewing agency); and 14 per
cent `other` (parliamentarians, trade unions, bar associations, faith bodies,
municipalities and a city network, a foundation, student unions, an indigenous
authority, a political party). Senders come from every region.

It is as untidy as real mail is: signatures pasted from Outlook with a job title, a
department, a street address, phone numbers, pronouns, a confidentiality notice or a
"Sent from my iPhone" under them; display names that differ from the signature ("Info",
"admin", all capitals, surname first); names that come only from a letterhead or a title
page, names in two languages, an acronym in the mail with the full name only in the
document, shared mailboxes signed by a staff member, companies whose names carry
"Group", "S.A.", "GmbH" or "Ltd", people who write in their own name from an
organisation's address, replies in a thread and forwarded mail.

The civil society organisations, companies, academic units, unions, foundations, parties
and people here are invented, under names no earlier set uses. States, NHRIs,
intergovernmental bodies and municipalities are real, under their real names; their staff
and what their mail says are invented. Every mail domain and web address is invented,
under an `example` label.

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
        "info@coastalbeltfamilies.example.org.bd",
        "Submission: call for inputs - migrants, climate change and disasters",
        """
        Dear Special Rapporteur,

        Please find attached our submission to your call for inputs on the human rights of
        migrants in the context of climate change and disasters (deadline 30 April 2026).
        It draws on interviews with 212 households from Satkhira and Khulna who moved to
        Dhaka and to brick kilns after Cyclones Amphan and Remal.

        With kind regards,

        Programme Team
        Coastal Belt Migrant Families Forum
        House 41, Road 9/A, Dhanmondi, Dhaka 1209, Bangladesh
        Tel: +880 2 5555 8812 | www.coastalbeltfamilies.example.org.bd

        This e-mail and any files transmitted with it are confidential and intended solely
        for the use of the individual or entity to whom they are addressed.
        """,
        """
        COASTAL BELT MIGRANT FAMILIES FORUM

        From the embankment to the brick kiln:
        climate-induced migration from south-west Bangladesh
        Submission to the UN Special Rapporteur on the human rights of migrants
        April 2026
        """,
        "civil_society",
        ("Coastal Belt Migrant Families Forum",),
    ),
    Variation(
        "shared-en-02",
        "admin",
        "admin@oceaniamobility.example.org.fj",
        "OCMN input - SR migrants call (climate change & disasters)",
        """
        Bula vinaka,

        I am writing from our network's general mailbox. Attached is the joint input of the
        member groups of OCMN on planned relocation, labour mobility and the situation of
        Pacific Islanders who move after cyclones. Our members in Kiribati, Tuvalu, Vanuatu
        and Fiji each reviewed the draft.

        Please do let us know if anything does not open.

        Vinaka,
        Salote Veikune
        Programme Officer (on behalf of the Secretariat)
        ____________________________
        Level 2, Dominion House Annex, Suva, Fiji
        M: +679 555 3021
        """,
        """
        Oceania Climate Mobility Network (OCMN)

        Moving with dignity: Pacific perspectives on climate mobility and human rights
        Joint input to the Special Rapporteur on the human rights of migrants
        """,
        "civil_society",
        ("Oceania Climate Mobility Network", "Oceania Climate Mobility Network (OCMN)"),
    ),
    Variation(
        "shared-en-03",
        "Communications Team",
        "comms@gedodiaspora.example.org.uk",
        "Fwd: Our input on drought displacement and the diaspora",
        """
        Dear colleagues at OHCHR,

        Forwarding below on behalf of our Chair, who drafted it on the train. The PDF is
        attached as well.

        Communications Team

        ---------- Forwarded message ---------
        From: Abdirahman Yusuf Hirsi
        Date: Tue, 21 Apr 2026 at 08:14
        Subject: Our input on drought displacement and the diaspora
        To: comms

        Dear Special Rapporteur,

        Our association brings together families from the Gedo region now living in the UK,
        Kenya and Ethiopia. Since the 2021-2023 drought, our members have supported over
        900 relatives who left Bardhere and Luuq for Dollo Ado and Nairobi. The attached
        paper describes remittance closures, detention at the border and how relatives
        are treated when they arrive without papers.

        Abdirahman Yusuf Hirsi
        Chair, Gedo Diaspora Association for Drought Response
        Unit 4, 18 Cable Street, London E1 8JG
        Sent from my iPhone
        """,
        """
        Gedo Diaspora Association for Drought Response
        Registered charity in England and Wales

        When the rain fails: displacement from Gedo and the role of the diaspora
        """,
        "civil_society",
        ("Gedo Diaspora Association for Drought Response",),
    ),
    Variation(
        "shared-fr-04",
        "Contact",
        "contact@sahelmobilites.example.ne",
        "Contribution à l'appel à contributions - migrants et changements climatiques",
        """
        Monsieur le Rapporteur spécial,

        Veuillez trouver ci-joint la contribution de notre réseau à votre appel sur les
        droits humains des migrants dans le contexte des changements climatiques et des
        catastrophes. Elle porte sur les éleveurs et les familles d'agriculteurs qui
        quittent les régions de Tillabéri et de Tahoua vers Niamey, Agadez et l'Algérie.

        Nous restons à votre disposition pour tout complément.

        Le Secrétariat exécutif
        Réseau Sahel Mobilités Solidaires
        Quartier Terminus, BP 11 482, Niamey, Niger
        Tél. : +227 20 55 55 41
        """,
        """
        RÉSEAU SAHEL MOBILITÉS SOLIDAIRES

        Partir quand la terre ne nourrit plus
        Contribution au rapport du Rapporteur spécial sur les droits humains des migrants
        Niamey, avril 2026
        """,
        "civil_society",
        ("Réseau Sahel Mobilités Solidaires",),
    ),
    Variation(
        "shared-es-05",
        "Secretaría Técnica",
        "secretaria@redfamiliasclima.example.org.gt",
        "Aporte a la convocatoria del Relator Especial - movilidad climática",
        """
        Estimado Relator Especial:

        Por encargo de la Secretaría Técnica, le remito el aporte de nuestra red sobre las
        familias del Corredor Seco que migraron tras los huracanes Eta e Iota y las
        sequías de 2023 y 2024. Incluye testimonios recogidos en Guatemala, Honduras y
        El Salvador, y en los albergues de Tapachula.

        Atentamente,

        Lucía Ixcot Chen
        Por la Secretaría Técnica
        Red Centroamericana de Familias Desplazadas por el Clima
        6a. Avenida 3-22, Zona 1, Ciudad de Guatemala
        Tel. (502) 5555 0193
        """,
        """
        Red Centroamericana de Familias Desplazadas por el Clima

        Entre la sequía y la frontera
        Aporte al Relator Especial sobre los derechos humanos de los migrantes
        """,
        "civil_society",
        ("Red Centroamericana de Familias Desplazadas por el Clima",),
    ),
    Variation(
        "shared-es-06",
        "info",
        "info@amircos.example.hn",
        "RE: RE: aporte AMIRCOS",
        """
        Buenas tardes,

        Disculpen, en el correo anterior se fue el borrador. Ahora sí les adjunto la
        versión final de nuestro aporte.

        Saludos cordiales,
        Equipo AMIRCOS

        -----Mensaje original-----
        De: info
        Enviado el: lunes, 27 de abril de 2026 16:02
        Asunto: RE: aporte AMIRCOS

        Estimado Relator:

        Como Asociación de Migrantes Retornados del Corredor Seco (AMIRCOS) queremos
        compartir lo que viven las personas deportadas que vuelven a comunidades sin agua
        ni cosecha en Choluteca y El Paraíso.

        Saludos,
        Equipo AMIRCOS
        Barrio El Centro, Choluteca, Honduras
        """,
        """
        AMIRCOS
        Asociación de Migrantes Retornados del Corredor Seco

        Volver a una tierra seca: aporte sobre retorno, deportación y clima
        """,
        "civil_society",
        (
            "Asociación de Migrantes Retornados del Corredor Seco (AMIRCOS)",
            "Asociación de Migrantes Retornados del Corredor Seco",
        ),
    ),
    # ── a staff member writes for the organisation ──
    Variation(
        "person-en-01",
        "Okonkwo, Adaeze",
        "adaeze.okonkwo@waterfrontdisplaced.example.org.ng",
        "Submission on coastal evictions and flood displacement in Lagos",
        """
        Dear Special Rapporteur,

        On behalf of the Lagos Waterfront Displaced Communities Alliance, I attach our
        submission. It covers the 2024 and 2025 flood seasons, the demolition of
        waterfront settlements presented as "flood-risk clearance", and what happened to
        the migrant fishing families from Benin and Togo who lived there.

        Best regards,

        Adaeze Okonkwo
        Research and Advocacy Lead
        Lagos Waterfront Displaced Communities Alliance
        22B Herbert Macaulay Way, Yaba, Lagos
        +234 809 555 4410
        """,
        """
        LAGOS WATERFRONT DISPLACED COMMUNITIES ALLIANCE

        Cleared for the water: flood-risk evictions and migrant fishing families in Lagos
        """,
        "civil_society",
        ("Lagos Waterfront Displaced Communities Alliance",),
    ),
    Variation(
        "person-en-02",
        "Mahmoud Haddad (he/him)",
        "m.haddad@mashreqmigrantjustice.example.org",
        "Input: heat stress, agricultural migrant workers and the Jordan Valley",
        """
        Dear Special Rapporteur, dear OHCHR colleagues,

        Please find attached the contribution of the Mashreq Migrant Justice Project to the
        call for inputs on migrants and climate change. We focus on Egyptian and Syrian
        agricultural workers in the Jordan Valley during the summer heat of 2024 and 2025,
        and on the absence of work-stoppage rules above 40 degrees.

        I would be happy to arrange a call with the workers' committee.

        Kind regards,

        Mahmoud Haddad (he/him)
        Senior Legal Officer | Labour Migration Programme
        Mashreq Migrant Justice Project
        Jabal Al-Weibdeh, Amman, Jordan
        Office: +962 6 555 7719 | Mobile: +962 79 555 0286
        www.mashreqmigrantjustice.example.org

        CONFIDENTIALITY: This message may contain privileged information. If you are not
        the intended recipient, please delete it and inform the sender.
        """,
        """
        Mashreq Migrant Justice Project

        Too hot to work, too poor to stop:
        migrant agricultural workers and extreme heat in the Jordan Valley
        """,
        "civil_society",
        ("Mashreq Migrant Justice Project",),
    ),
    Variation(
        "person-en-03",
        "Priya N.",
        "priya.nambiar@gulfreturnees.example.org.in",
        "Re: Kerala returnees - submission",
        """
        Hi,

        Sorry for the delay - attaching now. This is from our forum, based on the
        helpline calls we received from workers in the Gulf during the 2025 heatwave and
        from families affected by the Wayanad landslide who had relatives abroad.

        Priya

        Priya Nambiar
        Kerala Gulf Returnees Welfare Forum, Kozhikode

        Sent from my iPhone

        > On 24 Apr 2026, at 10:02, Priya Nambiar wrote:
        > Will send the final version of the KGRWF paper tonight.
        """,
        """
        Kerala Gulf Returnees Welfare Forum

        Heat abroad, landslides at home: Keralite migrant workers and climate risk
        """,
        "civil_society",
        (
            "Kerala Gulf Returnees Welfare Forum",
            "Kerala Gulf Returnees Welfare Forum (KGRWF)",
        ),
    ),
    Variation(
        "person-fr-04",
        "Jean-Baptiste Mérisier",
        "jb.merisier@dignite-rapatries.example.ht",
        "Contribution - rapatriés haïtiens et catastrophes",
        """
        Monsieur le Rapporteur spécial,

        Au nom du Collectif haïtien pour la dignité des rapatriés, j'ai l'honneur de vous
        transmettre notre contribution. Elle décrit la situation des personnes
        refoulées depuis la République dominicaine vers Ouanaminthe et Belladère, souvent
        originaires de zones touchées par le séisme de 2021 et les inondations de 2023.

        Veuillez agréer, Monsieur le Rapporteur spécial, l'expression de ma haute
        considération.

        Jean-Baptiste Mérisier
        Coordonnateur
        Collectif haïtien pour la dignité des rapatriés
        Rue Capois, Ouanaminthe, Haïti
        +509 3755 5528
        """,
        """
        Collectif haïtien pour la dignité des rapatriés

        Refoulés vers des terres sinistrées
        """,
        "civil_society",
        ("Collectif haïtien pour la dignité des rapatriés",),
    ),
    Variation(
        "person-fr-05",
        "Mame Diarra Sarr",
        "md.sarr@jappo-langue.example.sn",
        "Contribution de l'Association Jappo - érosion côtière à Saint-Louis",
        """
        Bonjour,

        Je suis chargée de programme à l'Association Jappo pour les familles déplacées de
        la Langue de Barbarie. Vous trouverez en pièce jointe notre contribution sur les
        familles de pêcheurs relogées à Khar Yalla et sur les jeunes qui partent en
        pirogue vers les Canaries faute de pouvoir pêcher.

        Bien cordialement,

        Mame Diarra Sarr (elle)
        Chargée de programme
        Association Jappo pour les familles déplacées de la Langue de Barbarie
        Guet Ndar, Saint-Louis, Sénégal
        Tél. +221 77 555 31 09
        """,
        """
        Association Jappo pour les familles déplacées de la Langue de Barbarie

        La mer a pris nos maisons
        """,
        "civil_society",
        ("Association Jappo pour les familles déplacées de la Langue de Barbarie",),
    ),
    Variation(
        "person-es-06",
        "Rocío Alvarado M.",
        "ralvarado@caminantesdesierto.example.cl",
        "Aporte: migrantes en campamentos del norte de Chile",
        """
        Estimado Relator Especial:

        Le escribo en representación del Colectivo Caminantes del Desierto, que acompaña a
        familias venezolanas, colombianas y bolivianas que viven en campamentos de
        Antofagasta y Alto Hospicio. Adjuntamos nuestro aporte sobre las marejadas, los
        aluviones de 2025 y las olas de calor en los campamentos.

        Quedo atenta a cualquier consulta.

        Rocío Alvarado Muñoz
        Coordinadora de Incidencia
        Colectivo Caminantes del Desierto
        Antofagasta, Chile
        +56 9 5555 2874
        """,
        """
        Colectivo Caminantes del Desierto

        Calor, aluvión y desalojo: vivir en campamento en el norte de Chile
        """,
        "civil_society",
        ("Colectivo Caminantes del Desierto",),
    ),
    Variation(
        "person-es-07",
        "Ernesto Quispe Huanca",
        "ernesto.quispe@altoandinas.example.org.pe",
        "Aporte de comunidades altoandinas",
        """
        Señor Relator Especial:

        Saludo a usted en nombre de la Asociación de Comunidades Altoandinas frente al
        Cambio Climático, de Puno. Nuestros jóvenes migran a Juliaca, Arequipa y a las
        minas informales porque las heladas y la sequía acabaron con los pastos. Le
        enviamos nuestro aporte.

        Atentamente,

        Ernesto Quispe Huanca
        Presidente
        Asociación de Comunidades Altoandinas frente al Cambio Climático
        Jr. Lima 318, Puno, Perú
        """,
        "",
        "civil_society",
        ("Asociación de Comunidades Altoandinas frente al Cambio Climático",),
    ),
    # ── the organisation only on the letterhead ──
    Variation(
        "letterhead-en-01",
        "T Muthoni",
        "tmuthoni22@gmail.example.com",
        "submission",
        """
        Good morning,

        Please see attached our submission for the Special Rapporteur on the human rights
        of migrants. Apologies that it is a scan, our printer only scans.

        Teresia
        """,
        """
        TURKANA PASTORALIST MOBILITY FORUM
        P.O. Box 114, Lodwar, Kenya | turkanamobility@gmail.example.com

        Submission to the UN Special Rapporteur on the human rights of migrants
        Drought, cross-border herding and the Kenya-South Sudan-Ethiopia borderlands

        Prepared by: Teresia Muthoni Ekai, Programme Coordinator
        """,
        "civil_society",
        ("Turkana Pastoralist Mobility Forum",),
    ),
    Variation(
        "letterhead-en-02",
        "Ruma Mondal",
        "ruma.mondal.ghoramara@yahoo.example.com",
        "Input for report on migrants and climate",
        """
        Respected Sir,

        I am sending the attached letter from our women's group on the island. Our
        husbands and sons go to Kerala and Chennai for construction work every year after
        the embankments break. Please read our letter.

        Thanking you,
        Ruma Mondal
        """,
        """
        GHORAMARA ISLAND WOMEN'S COLLECTIVE
        Ghoramara, Sagar Block, South 24 Parganas, West Bengal

        To,
        The Special Rapporteur on the human rights of migrants
        United Nations, Geneva

        Subject: The women who stay behind when the island sinks

        Signed on behalf of the Collective,
        Ruma Mondal (Secretary)
        """,
        "civil_society",
        ("Ghoramara Island Women's Collective",),
    ),
    Variation(
        "letterhead-fr-03",
        "Fatoumata",
        "fatou.sissoko.kayes@hotmail.example.fr",
        "contribution",
        """
        Bonjour,

        Je vous envoie la lettre de notre association en pièce jointe.

        Merci,
        Fatoumata Sissoko
        """,
        """
        ASSOCIATION DES FEMMES RAPATRIÉES DE LA RÉGION DE KAYES (AFRRK)
        Récépissé n° 0412/MATD-DNI — Kayes, Mali

        À l'attention du Rapporteur spécial sur les droits humains des migrants

        Objet : contribution sur le retour des femmes migrantes dans un Sahel en
        sécheresse
        """,
        "civil_society",
        (
            "Association des Femmes Rapatriées de la Région de Kayes (AFRRK)",
            "Association des Femmes Rapatriées de la Région de Kayes",
        ),
    ),
    Variation(
        "letterhead-es-04",
        "Yamileth",
        "yamileth.bilwi84@gmail.example.com",
        "Carta para el relator de migrantes",
        """
        Buenos días, le mando la carta del comité. Dios le bendiga.

        Enviado desde mi iPhone
        """,
        """
        COMITÉ DE FAMILIAS DAMNIFICADAS DE BILWI
        Barrio Pancasán, Bilwi (Puerto Cabezas), Región Autónoma de la Costa Caribe Norte

        Al Relator Especial sobre los derechos humanos de los migrantes

        Asunto: Lo que pasó después de los huracanes Eta e Iota

        Firmado: Yamileth Bushey Cornelio, coordinadora del Comité
        """,
        "civil_society",
        ("Comité de Familias Damnificadas de Bilwi",),
    ),
    Variation(
        "letterhead-es-05",
        "Coordinadora Inmigrantes",
        "coord.inmigrantes.nortegrande@outlook.example.com",
        "Aporte convocatoria migrantes y cambio climático",
        """
        Estimados:

        Adjunto el documento. Cualquier cosa me escriben a este mismo correo.

        Saludos,
        Wilmer
        """,
        """
        Coordinadora de Inmigrantes del Norte Grande
        Iquique – Arica – Calama

        Aporte al Relator Especial sobre los derechos humanos de los migrantes
        Cambio climático, desastres y personas migrantes en el norte de Chile
        """,
        "civil_society",
        ("Coordinadora de Inmigrantes del Norte Grande",),
    ),
    # ── the acronym in one place, the full name in another ──
    Variation(
        "acronym-en-01",
        "MDMAN",
        "mdman@mekongmigrants.example.org.vn",
        "MDMAN submission - SR migrants, climate change and disasters",
        """
        Dear Special Rapporteur,

        MDMAN is pleased to submit the attached input on salinity intrusion in the Mekong
        Delta and the movement of young workers from Ca Mau, Ben Tre and Soc Trang to the
        industrial parks of Binh Duong and Dong Nai.

        Best,
        MDMAN Coordination Office
        Can Tho, Viet Nam
        """,
        """
        Mekong Delta Migrant Advocacy Network

        Salt in the fields, debt in the city:
        internal migrants from the Mekong Delta
        """,
        "civil_society",
        (
            "Mekong Delta Migrant Advocacy Network (MDMAN)",
            "Mekong Delta Migrant Advocacy Network",
        ),
    ),
    Variation(
        "acronym-en-02",
        "GOWHS Network",
        "network@gowhs.example.org",
        "Submission from GOWHS",
        """
        Dear Special Rapporteur,

        Attached is the GOWHS submission on heat-related deaths and illness among
        outdoor migrant workers in the Gulf, with data from hospital records and repatriation
        certificates collected by our members in Nepal, Bangladesh and India.

        Regards,
        Deepak Gurung
        GOWHS Steering Group
        Kathmandu
        """,
        """
        Gulf Outdoor Workers Heat Safety Network

        Dying of "natural causes": heat, migrant workers and unexplained deaths in the Gulf
        Submission to the Special Rapporteur on the human rights of migrants, April 2026
        """,
        "civil_society",
        (
            "Gulf Outdoor Workers Heat Safety Network (GOWHS)",
            "Gulf Outdoor Workers Heat Safety Network",
        ),
    ),
    Variation(
        "acronym-fr-03",
        "ADDC-BC",
        "addcbc@droitsdeplaces.example.cd",
        "Contribution de l'ADDC-BC",
        """
        Monsieur le Rapporteur spécial,

        L'ADDC-BC a l'avantage de vous faire parvenir sa contribution sur les personnes
        déplacées par les crues du fleuve Congo et du lac Tanganyika qui franchissent la
        frontière vers la Zambie et la Tanzanie.

        Pour l'ADDC-BC,
        Me Patrick Kalonji Mbuyi
        Secrétaire exécutif
        Kinshasa/Gombe
        """,
        """
        ALLIANCE POUR LES DROITS DES DÉPLACÉS CLIMATIQUES DU BASSIN DU CONGO

        Crues, exode et frontières : contribution sur les migrants et les catastrophes
        dans le Bassin du Congo
        """,
        "civil_society",
        (
            "Alliance pour les droits des déplacés climatiques du Bassin du Congo (ADDC-BC)",
            "Alliance pour les droits des déplacés climatiques du Bassin du Congo",
        ),
    ),
    Variation(
        "acronym-fr-04",
        "CODMOI",
        "codmoi@gmail.example.com",
        "Contribution CODMOI – appel du Rapporteur spécial",
        """
        Bonjour,

        Veuillez trouver ci-joint la contribution du CODMOI sur les Comoriens qui quittent
        Anjouan après les cyclones et les pénuries d'eau, et sur leur traitement à Mayotte
        après le cyclone Chido.

        Salutations militantes,
        Le bureau du CODMOI
        Mutsamudu / Mamoudzou
        """,
        """
        Collectif pour les droits des migrants de l'océan Indien

        Après Chido : migrants comoriens, cyclones et expulsions
        """,
        "civil_society",
        (
            "Collectif pour les droits des migrants de l'océan Indien (CODMOI)",
            "Collectif pour les droits des migrants de l'océan Indien",
        ),
    ),
    Variation(
        "acronym-es-05",
        "AMUDEBA",
        "amudeba.atrato@gmail.example.com",
        "Aporte AMUDEBA",
        """
        Cordial saludo,

        Desde AMUDEBA le hacemos llegar nuestro aporte sobre las mujeres que salieron del
        Bajo Atrato por las inundaciones y que hoy viven en Quibdó, Turbo y Necoclí, junto
        a las personas migrantes que cruzan hacia el Darién.

        Con respeto,
        Junta Directiva AMUDEBA
        Riosucio, Chocó
        """,
        """
        Asociación de Mujeres Desplazadas del Bajo Atrato

        El río nos sacó: mujeres, inundaciones y movilidad en el Bajo Atrato
        """,
        "civil_society",
        (
            "Asociación de Mujeres Desplazadas del Bajo Atrato (AMUDEBA)",
            "Asociación de Mujeres Desplazadas del Bajo Atrato",
        ),
    ),
    # ── the organisation's name in two languages ──
    Variation(
        "bilingual-en-01",
        "CMWN / RAMC",
        "hello@climatewelcome.example.ca",
        "Submission / Contribution - SR on the human rights of migrants",
        """
        Dear Special Rapporteur,

        (Le français suit / French follows in the attachment)

        We attach our submission on how Canada's temporary and humanitarian pathways
        respond to people displaced by climate-related disasters, drawing on our work
        with families from Haiti, the Philippines and Pakistan in Montréal and Winnipeg.

        Best regards / Cordialement,

        Olivia Brassard-Nkemelu (she/her | elle)
        Policy Lead / Responsable des politiques
        Climate Migrants Welcome Network | Réseau d'accueil des migrants climatiques
        1200, rue Saint-Denis, Montréal (Québec)
        """,
        """
        Climate Migrants Welcome Network
        Réseau d'accueil des migrants climatiques

        Submission to the UN Special Rapporteur on the human rights of migrants
        """,
        "civil_society",
        (
            "Climate Migrants Welcome Network",
            "Réseau d'accueil des migrants climatiques",
            "Climate Migrants Welcome Network / Réseau d'accueil des migrants climatiques",
        ),
    ),
    Variation(
        "bilingual-en-02",
        "SAMAMI",
        "samahan.mangingisda@yahoo.example.com",
        "Submission of migrant fishers association",
        """
        Dear Sir,

        Magandang araw po. We are an association of fishers from Eastern Samar who now
        work on fishing boats in Taiwan and Indonesia after Typhoon Haiyan and later
        typhoons destroyed our bancas. Attached is our submission.

        Samahan ng mga Mangingisdang Migrante (Association of Migrant Fishers)
        Guiuan, Eastern Samar, Philippines
        """,
        """
        SAMAHAN NG MGA MANGINGISDANG MIGRANTE
        Association of Migrant Fishers

        After the typhoon, the sea far from home
        """,
        "civil_society",
        (
            "Samahan ng mga Mangingisdang Migrante",
            "Association of Migrant Fishers",
            "Samahan ng mga Mangingisdang Migrante (Association of Migrant Fishers)",
        ),
    ),
    Variation(
        "bilingual-fr-03",
        "Fanmi Deplase Ansanm",
        "fanmideplase@gmail.example.com",
        "Kontribisyon / Contribution",
        """
        Bonjou, bonjour,

        Nous sommes Fanmi Deplase Ansanm (Familles déplacées ensemble), une organisation de
        base des familles déplacées du Grand Sud après le séisme du 14 août 2021 et
        l'ouragan Matthew. Beaucoup de nos membres sont partis vers le Chili, le Brésil
        puis la frontière mexicaine. Voici notre contribution.

        Mèsi anpil / Merci beaucoup,
        Roseline Désir, koòdonatris
        Les Cayes, Haïti
        """,
        """
        FANMI DEPLASE ANSANM – FAMILLES DÉPLACÉES ENSEMBLE

        Kote nou prale ? Où irons-nous ?
        """,
        "civil_society",
        (
            "Fanmi Deplase Ansanm",
            "Familles déplacées ensemble",
            "Fanmi Deplase Ansanm (Familles déplacées ensemble)",
        ),
    ),
    Variation(
        "bilingual-fr-04",
        "Réseau RCDC / CCDN",
        "secretariat@rcdc-ccdn.example.cm",
        "Contribution du Réseau camerounais des déplacés climatiques",
        """
        Monsieur le Rapporteur spécial,

        Le Réseau camerounais des déplacés climatiques / Cameroon Climate Displacement
        Network vous adresse sa contribution, préparée avec nos membres de l'Extrême-Nord
        (bassin du lac Tchad) et du Sud-Ouest.

        Recevez nos salutations distinguées.

        Pour le Secrétariat / For the Secretariat
        Ngo Biyong Clarisse
        Yaoundé – Buea
        """,
        """
        Réseau camerounais des déplacés climatiques
        Cameroon Climate Displacement Network

        Du lac Tchad aux villes : déplacement, migration et droits
        """,
        "civil_society",
        (
            "Réseau camerounais des déplacés climatiques",
            "Cameroon Climate Displacement Network",
            "Réseau camerounais des déplacés climatiques / Cameroon Climate Displacement Network",
        ),
    ),
    Variation(
        "bilingual-es-05",
        "CTAV",
        "ctav@valleyfarmworker.example.org",
        "Aporte del Centro de Trabajadores Agrícolas del Valle / Valley Farmworker Center",
        """
        Estimado Relator Especial:

        Le enviamos nuestro aporte sobre los trabajadores agrícolas migrantes del valle de
        San Joaquín y de Oxnard que siguen trabajando bajo humo de incendios y calor
        extremo, muchos sin papeles y con miedo a pedir ayuda después de los desastres.

        Un saludo solidario,

        Guadalupe Tzintzun Ruiz
        Organizadora
        Centro de Trabajadores Agrícolas del Valle | Valley Farmworker Center
        Fresno, California
        (559) 555-0148
        """,
        """
        Centro de Trabajadores Agrícolas del Valle
        Valley Farmworker Center

        Humo, calor y miedo: trabajadores agrícolas migrantes ante los desastres
        """,
        "civil_society",
        (
            "Centro de Trabajadores Agrícolas del Valle",
            "Valley Farmworker Center",
            "Centro de Trabajadores Agrícolas del Valle / Valley Farmworker Center",
        ),
    ),
    Variation(
        "bilingual-es-06",
        "Xarxa d'Acollida Climàtica",
        "info@xarxaacollida.example.cat",
        "Aportación a la convocatoria del Relator Especial",
        """
        Estimado Relator Especial:

        Desde la Xarxa d'Acollida Climàtica (Red de Acogida Climática) le enviamos
        nuestra aportación sobre personas migrantes que llegan a Cataluña desde zonas
        afectadas por sequías y desastres, y sobre los trabajadores temporeros que
        sufrieron la DANA de 2024 en Valencia.

        Salutacions / Saludos,
        Jordi Puigvert i Soler
        Coordinació
        Carrer de la Riera Alta 12, Barcelona
        """,
        """
        Xarxa d'Acollida Climàtica
        Red de Acogida Climática

        Acollir després del desastre / Acoger después del desastre
        """,
        "civil_society",
        (
            "Xarxa d'Acollida Climàtica",
            "Red de Acogida Climática",
            "Xarxa d'Acollida Climàtica (Red de Acogida Climática)",
        ),
    ),
    # ── NGOs that name a State or carry "Mission" in their names ──
    Variation(
        "ngostate-en-01",
        "Tuvalu Diaspora Council - Aotearoa",
        "council@tuvaludiaspora.example.org.nz",
        "Tuvalu Diaspora Council of Aotearoa - submission",
        """
        The Tuvalu Diaspora Council of Aotearoa presents its compliments to the Special
        Rapporteur on the human rights of migrants and has the honour to transmit herewith
        its contribution to the call for inputs on the human rights of migrants in the
        context of climate change and disasters.

        The Council, which represents Tuvaluan community associations in Auckland and
        Wellington, avails itself of this opportunity to renew to the Special Rapporteur
        the assurances of its highest consideration.

        Auckland, 28 April 2026

        Taulima Seluka
        Secretary, Tuvalu Diaspora Council of Aotearoa
        """,
        """
        TUVALU DIASPORA COUNCIL OF AOTEAROA

        Te Fenua: Tuvaluan families, the Falepili visa and climate mobility
        """,
        "civil_society",
        ("Tuvalu Diaspora Council of Aotearoa",),
    ),
    Variation(
        "ngostate-en-02",
        "Kowloon Bay Mission",
        "office@kbmission.example.org.hk",
        "Submission - Kowloon Bay Mission to Migrant Domestic Workers",
        """
        Dear Special Rapporteur,

        Please find attached a short submission from the Kowloon Bay Mission to Migrant
        Domestic Workers. Our shelter and legal clinic serve women from Indonesia, the
        Philippines and Sri Lanka, many of whom migrated after floods and typhoons at
        home and who are sent home during typhoon signal 8 without pay.

        Grace and peace,

        Sister Marites Galvez
        Case Manager
        Kowloon Bay Mission to Migrant Domestic Workers
        Tel: +852 5555 6120
        """,
        """
        Kowloon Bay Mission to Migrant Domestic Workers

        Storms at home, storms at work
        """,
        "civil_society",
        ("Kowloon Bay Mission to Migrant Domestic Workers",),
    ),
    Variation(
        "ngostate-fr-03",
        "Mission chrétienne haïtienne de Laval",
        "secretariat@mchl.example.ca",
        "Contribution de la Mission chrétienne haïtienne de Laval",
        """
        Monsieur le Rapporteur spécial,

        La Mission chrétienne haïtienne de Laval a l'honneur de vous transmettre sa
        contribution. Notre communauté accueille depuis 2021 des familles arrivées par le
        chemin Roxham après le séisme, et nous souhaitons témoigner de leur situation
        depuis la fermeture de ce passage.

        Dans la paix du Christ,

        Pasteur Wilner Jean-Louis
        Mission chrétienne haïtienne de Laval
        Laval (Québec)
        """,
        "",
        "other",
        ("Mission chrétienne haïtienne de Laval",),
    ),
    Variation(
        "ngostate-es-04",
        "Misión Migrante Frontera Sur",
        "direccion@misionmigrante.example.org.mx",
        "Aporte de Misión Migrante Frontera Sur, A.C.",
        """
        Estimado Relator Especial:

        Misión Migrante Frontera Sur, A.C., red de albergues laicos en Chiapas y Tabasco,
        saluda atentamente a la Relatoría y se permite remitir su aporte sobre las
        personas que llegan a la frontera sur tras huracanes y sequías en Centroamérica y
        el Caribe. Hacemos notar al Gobierno de México la falta de una visa humanitaria
        por desastres.

        Atentamente,
        Mtra. Itzel Coutiño Gordillo
        Directora
        Misión Migrante Frontera Sur, A.C.
        Tapachula, Chiapas
        """,
        """
        Misión Migrante Frontera Sur, A.C.

        Llegar después del huracán: la frontera sur de México
        """,
        "civil_society",
        ("Misión Migrante Frontera Sur, A.C.", "Misión Migrante Frontera Sur"),
    ),
    # ── notes verbales, missions, ministries, a State agency ──
    Variation(
        "state-en-01",
        "Bangladesh PM Geneva",
        "mission.geneva@mofa.example.gov.bd",
        "Note Verbale - Input of Bangladesh to the call for inputs of the SR on migrants",
        """
        Please find attached a Note Verbale from the Permanent Mission of Bangladesh,
        together with the input of the Government.

        Regards,
        Human Rights Wing
        Permanent Mission of the People's Republic of Bangladesh to the United Nations
        Office and other International Organizations in Geneva
        65, rue de Lausanne, 1202 Geneva
        """,
        """
        PERMANENT MISSION OF THE PEOPLE'S REPUBLIC OF BANGLADESH
        GENEVA

        No. BDPMG/HR/2026/117

        The Permanent Mission of the People's Republic of Bangladesh to the United Nations
        Office and other International Organizations in Geneva presents its compliments to
        the Office of the United Nations High Commissioner for Human Rights and, with
        reference to the call for inputs of the Special Rapporteur on the human rights of
        migrants, has the honour to transmit herewith the input of the Government of
        Bangladesh.
        """,
        "member_state",
        ("Bangladesh", "People's Republic of Bangladesh"),
        "BGD",
    ),
    Variation(
        "state-en-02",
        "DMW Policy and International Cooperation",
        "pic@dmw.example.gov.ph",
        "Philippine input - SR migrants call on climate change and disasters",
        """
        Dear Special Rapporteur,

        The Department of Migrant Workers, through its Policy and International
        Cooperation Bureau, respectfully submits the attached input of the Philippines. It
        covers the repatriation and assistance of Overseas Filipino Workers affected by
        disasters abroad and the support to families in typhoon-hit provinces.

        Very truly yours,

        ATTY. Rowena D. Pacquiao-Lim
        Director IV, Policy and International Cooperation Bureau
        Department of Migrant Workers
        Blas F. Ople Building, Ortigas Avenue, Mandaluyong City
        Republic of the Philippines
        """,
        """
        Republic of the Philippines
        DEPARTMENT OF MIGRANT WORKERS

        Input to the Special Rapporteur on the human rights of migrants
        """,
        "member_state",
        ("Philippines", "Republic of the Philippines"),
        "PHL",
    ),
    Variation(
        "state-en-03",
        "Koroi, Ana",
        "ana.koroi@climatechange.example.gov.fj",
        "Fiji input - planned relocation and climate mobility",
        """
        Bula Special Rapporteur,

        On behalf of the Climate Change Division, Ministry of Environment and Climate
        Change, please find attached Fiji's input, including our experience with the
        Planned Relocation Guidelines and the Standard Operating Procedures for planned
        relocation.

        Vinaka vakalevu,

        Ana Koroi
        Principal Climate Change Officer (Adaptation)
        Climate Change Division | Ministry of Environment and Climate Change
        Government of the Republic of Fiji
        Level 8, Suvavou House, Suva
        """,
        """
        Government of the Republic of Fiji

        Input to the call of the Special Rapporteur on the human rights of migrants:
        climate change, disasters and planned relocation
        """,
        "member_state",
        ("Fiji", "Republic of Fiji"),
        "FJI",
    ),
    Variation(
        "state-en-04",
        "Tuvalu Mission to the UN",
        "tuvalu.un@mfa.example.tv",
        "Tuvalu - response to call for inputs",
        """
        Excellency,

        Attached please find a note from the Permanent Mission of Tuvalu to the United
        Nations in New York transmitting Tuvalu's response to the Special Rapporteur's
        call for inputs.

        With best regards,
        Second Secretary
        Permanent Mission of Tuvalu to the United Nations
        685 Third Avenue, New York, NY 10017
        """,
        """
        PERMANENT MISSION OF TUVALU TO THE UNITED NATIONS

        The Permanent Mission of Tuvalu to the United Nations presents its compliments to
        the Special Rapporteur on the human rights of migrants and has the honour to
        submit Tuvalu's response on statehood, the Falepili Union and mobility with
        dignity.
        """,
        "member_state",
        ("Tuvalu",),
        "TUV",
    ),
    Variation(
        "state-en-05",
        "Menges, Katrin",
        "pol-3-hr@genf.diplo.example.de",
        "Germany: contribution to SR Migrants call for inputs",
        """
        Dear colleagues,

        Please find attached the contribution of Germany to the call for inputs of the
        Special Rapporteur on the human rights of migrants on climate change and
        disasters, prepared by the Federal Foreign Office with the Federal Ministry of the
        Interior.

        Kind regards,

        Katrin Menges
        First Secretary, Human Rights
        Permanent Mission of the Federal Republic of Germany to the Office of the United
        Nations and to the other International Organizations Geneva
        Chemin du Petit-Saconnex 28c, 1209 Genève
        """,
        """
        Contribution of the Federal Republic of Germany

        Human rights of migrants in the context of climate change and disasters
        """,
        "member_state",
        ("Germany", "Federal Republic of Germany"),
        "DEU",
    ),
    Variation(
        "state-en-06",
        "PS Diaspora Affairs Office",
        "ps.office@diaspora.example.go.ke",
        "KENYA: Input to SR on the human rights of migrants",
        """
        Dear Sir,

        RE: CALL FOR INPUTS - HUMAN RIGHTS OF MIGRANTS IN THE CONTEXT OF CLIMATE CHANGE AND
        DISASTERS

        The State Department for Diaspora Affairs, Ministry of Foreign and Diaspora
        Affairs, forwards herewith the Government of Kenya's input, which addresses
        labour mobility, protection of Kenyans abroad during disasters and drought-related
        displacement in the Arid and Semi-Arid Lands.

        Yours faithfully,

        For: PRINCIPAL SECRETARY
        State Department for Diaspora Affairs
        Old Treasury Building, Harambee Avenue, Nairobi
        """,
        """
        REPUBLIC OF KENYA
        MINISTRY OF FOREIGN AND DIASPORA AFFAIRS
        STATE DEPARTMENT FOR DIASPORA AFFAIRS
        """,
        "member_state",
        ("Kenya", "Republic of Kenya"),
        "KEN",
    ),
    Variation(
        "state-fr-07",
        "Mission permanente du Sénégal Genève",
        "mpsenegal.geneve@diplomatie.example.gouv.sn",
        "Note verbale - contribution du Sénégal",
        """
        Bonjour,

        Veuillez trouver ci-joint la note verbale de la Mission permanente de la
        République du Sénégal transmettant la contribution du Gouvernement.

        Cordialement,
        Le Secrétariat
        Mission permanente de la République du Sénégal auprès de l'Office des Nations
        Unies à Genève
        """,
        """
        MISSION PERMANENTE DE LA RÉPUBLIQUE DU SÉNÉGAL
        AUPRÈS DE L'OFFICE DES NATIONS UNIES À GENÈVE

        N° 0387/MPS/G/DH

        La Mission permanente de la République du Sénégal auprès de l'Office des Nations
        Unies à Genève présente ses compliments au Haut-Commissariat des Nations Unies aux
        droits de l'homme et a l'honneur de lui faire parvenir la contribution du
        Gouvernement du Sénégal à l'appel du Rapporteur spécial sur les droits humains des
        migrants.
        """,
        "member_state",
        ("Sénégal", "République du Sénégal", "Senegal"),
        "SEN",
    ),
    Variation(
        "state-fr-08",
        "SEM - Section Affaires internationales",
        "international@sem.example.admin.ch",
        "Contribution de la Suisse – migrants, changements climatiques et catastrophes",
        """
        Monsieur le Rapporteur spécial,

        Le Secrétariat d'État aux migrations (SEM), en concertation avec le Département
        fédéral des affaires étrangères, vous transmet ci-joint la contribution de la
        Suisse, qui porte notamment sur l'Agenda pour la protection de l'Initiative
        Nansen et sur l'admission provisoire.

        Avec nos meilleures salutations,

        Mathias Zbinden
        Collaborateur scientifique
        Section Affaires internationales
        Secrétariat d'État aux migrations SEM
        Quellenweg 6, 3003 Berne-Wabern
        """,
        """
        Confédération suisse
        Secrétariat d'État aux migrations SEM

        Contribution de la Suisse
        """,
        "member_state",
        ("Switzerland", "Suisse", "Confédération suisse"),
        "CHE",
    ),
    Variation(
        "state-fr-09",
        "DACS - MAECAMRE",
        "dacs@diplomatie.example.ma",
        "Contribution du Royaume du Maroc",
        """
        Monsieur le Rapporteur spécial,

        J'ai l'honneur de vous faire parvenir ci-joint la contribution du Royaume du Maroc,
        préparée par la Direction des Affaires consulaires et sociales du Ministère des
        Affaires étrangères, de la Coopération africaine et des Marocains résidant à
        l'étranger, en lien avec la Stratégie nationale d'immigration et d'asile.

        Veuillez agréer l'expression de ma haute considération.

        Le Directeur des Affaires consulaires et sociales
        Rabat
        """,
        """
        ROYAUME DU MAROC
        Ministère des Affaires étrangères, de la Coopération africaine
        et des Marocains résidant à l'étranger
        """,
        "member_state",
        ("Maroc", "Royaume du Maroc", "Morocco"),
        "MAR",
    ),
    Variation(
        "state-es-10",
        "DGDHD SRE",
        "dgdhd@sre.example.gob.mx",
        "Contribución de México - llamado del Relator Especial sobre migrantes",
        """
        Estimado Relator Especial:

        Por instrucciones de la Dirección General de Derechos Humanos y Democracia de la
        Secretaría de Relaciones Exteriores, se remite la contribución del Gobierno de
        México, integrada con información del Instituto Nacional de Migración, la COMAR y
        la Coordinación Nacional de Protección Civil.

        Sin otro particular, reciba un cordial saludo.

        Subdirección de Temas Migratorios
        Dirección General de Derechos Humanos y Democracia
        Secretaría de Relaciones Exteriores
        Plaza Juárez 20, Ciudad de México
        """,
        """
        GOBIERNO DE MÉXICO
        SECRETARÍA DE RELACIONES EXTERIORES

        Contribución de los Estados Unidos Mexicanos
        """,
        "member_state",
        ("México", "Estados Unidos Mexicanos", "Mexico"),
        "MEX",
    ),
    Variation(
        "state-es-11",
        "Relaciones Internacionales IGM",
        "rrii@igm.example.gob.gt",
        "Aporte del Instituto Guatemalteco de Migración",
        """
        Estimado Relator Especial:

        Reciba un cordial saludo del Instituto Guatemalteco de Migración. Adjunto el aporte
        del Estado de Guatemala sobre la atención a personas guatemaltecas retornadas
        procedentes de zonas afectadas por la sequía y las tormentas tropicales, y sobre
        los centros de recepción de retornados.

        Atentamente,

        Lic. Byron Estuardo Sosa Pineda
        Departamento de Relaciones Internacionales
        Instituto Guatemalteco de Migración
        6a. Avenida 3-11, Zona 4, Guatemala
        """,
        """
        INSTITUTO GUATEMALTECO DE MIGRACIÓN
        República de Guatemala

        Aporte del Estado de Guatemala
        """,
        "member_state",
        ("Guatemala", "República de Guatemala"),
        "GTM",
    ),
    Variation(
        "state-es-12",
        "Viceministerio de Movilidad Humana",
        "vmh.dpm@cancilleria.example.gob.ec",
        "Aporte del Ecuador",
        """
        Señor Relator Especial:

        El Viceministerio de Movilidad Humana del Ministerio de Relaciones Exteriores y
        Movilidad Humana remite el aporte de la República del Ecuador, que recoge la Ley
        Orgánica de Movilidad Humana y la respuesta al terremoto de 2016.

        Atentamente,

        Dirección de Política Migratoria
        Viceministerio de Movilidad Humana
        Quito, Ecuador

        --
        Aviso de confidencialidad: este mensaje es para uso exclusivo del destinatario.
        """,
        """
        REPÚBLICA DEL ECUADOR
        Ministerio de Relaciones Exteriores y Movilidad Humana
        """,
        "member_state",
        ("Ecuador", "República del Ecuador"),
        "ECU",
    ),
    Variation(
        "state-es-13",
        "Misión España Ginebra - DDHH",
        "mision.ginebra.ddhh@maec.example.es",
        "Nota verbal - contribución de España",
        """
        Buenos días,

        Se adjunta nota verbal de la Misión Permanente de España ante la Oficina de las
        Naciones Unidas y otros Organismos Internacionales con sede en Ginebra, con la
        contribución de España.

        Un saludo,
        Consejería de Derechos Humanos
        Misión Permanente de España en Ginebra
        Av. Blanc 53, 1202 Ginebra
        """,
        """
        MISIÓN PERMANENTE DE ESPAÑA
        GINEBRA

        NV nº 214/2026

        La Misión Permanente de España ante la Oficina de las Naciones Unidas y otros
        Organismos Internacionales con sede en Ginebra saluda atentamente a la Oficina del
        Alto Comisionado para los Derechos Humanos y tiene el honor de remitir la
        contribución del Reino de España.
        """,
        "member_state",
        ("España", "Reino de España", "Spain"),
        "ESP",
    ),
    # ── national human rights institutions ──
    Variation(
        "nhri-en-01",
        "CHR Philippines - Center for Crisis, Conflict and Humanitarian Protection",
        "cchp@chr.example.gov.ph",
        "CHRP submission to SR on migrants - climate change and disasters",
        """
        Dear Special Rapporteur,

        The Commission on Human Rights of the Philippines respectfully submits its
        input to your call. It draws on our monitoring of evacuation centres after
        Typhoons Kristine and Pepito and on complaints from families of Overseas Filipino
        Workers who could not reach relatives during disasters.

        Respectfully,

        Center for Crisis, Conflict and Humanitarian Protection
        Commission on Human Rights of the Philippines
        SAAC Building, Commonwealth Avenue, UP Complex, Diliman, Quezon City
        """,
        """
        COMMISSION ON HUMAN RIGHTS OF THE PHILIPPINES

        Submission to the UN Special Rapporteur on the human rights of migrants
        """,
        "nhri",
        (
            "Commission on Human Rights of the Philippines",
            "Commission on Human Rights of the Philippines (CHR)",
            "Commission on Human Rights (Philippines)",
        ),
        "PHL",
    ),
    Variation(
        "nhri-en-02",
        "Rokotuiloma, Vasiti",
        "vasiti.r@fhradc.example.org.fj",
        "FHRADC input - climate mobility",
        """
        Dear Special Rapporteur,

        Please find attached the input of the Fiji Human Rights and Anti-Discrimination
        Commission on the relocation of villages such as Vunidogoloa and Narikoso and on
        the rights of Pacific labour mobility workers.

        Kind regards,

        Vasiti Rokotuiloma
        Senior Investigations and Advocacy Officer
        Fiji Human Rights and Anti-Discrimination Commission
        Level 2, Civic Tower, Suva
        """,
        """
        FIJI HUMAN RIGHTS AND ANTI-DISCRIMINATION COMMISSION

        Relocation, labour mobility and human rights in Fiji
        """,
        "nhri",
        (
            "Fiji Human Rights and Anti-Discrimination Commission",
            "Fiji Human Rights and Anti-Discrimination Commission (FHRADC)",
        ),
        "FJI",
    ),
    Variation(
        "nhri-en-03",
        "NHRC Bangladesh",
        "info@nhrc.example.org.bd",
        "Input from National Human Rights Commission, Bangladesh",
        """
        Dear Sir,

        With reference to your call for inputs, the National Human Rights Commission,
        Bangladesh is pleased to forward its submission on climate-induced internal and
        international migration from coastal and char areas.

        Sincerely,

        Md. Tanvir Hasan Chowdhury
        Deputy Director (Complaints and Investigation)
        National Human Rights Commission, Bangladesh
        Gulfesha Plaza, Maghbazar, Dhaka-1217
        """,
        """
        National Human Rights Commission, Bangladesh

        Climate-induced migration and human rights: submission to the Special Rapporteur
        """,
        "nhri",
        (
            "National Human Rights Commission, Bangladesh",
            "National Human Rights Commission of Bangladesh",
            "National Human Rights Commission (NHRC), Bangladesh",
        ),
        "BGD",
    ),
    Variation(
        "nhri-en-04",
        "Research & Compliance Dept",
        "research@knchr.example.or.ke",
        "KNCHR submission: drought displacement and Kenyan migrant workers",
        """
        Dear Special Rapporteur,

        KNCHR submits the attached input, which covers drought-related displacement in
        Marsabit and Mandera and the situation of Kenyan domestic workers in the Gulf
        during heat waves.

        Regards,

        Research & Compliance Department
        Kenya National Commission on Human Rights
        CVS Plaza, Kasuku Road, off Lenana Road, Nairobi
        """,
        """
        KENYA NATIONAL COMMISSION ON HUMAN RIGHTS (KNCHR)

        Submission to the UN Special Rapporteur on the human rights of migrants
        """,
        "nhri",
        (
            "Kenya National Commission on Human Rights (KNCHR)",
            "Kenya National Commission on Human Rights",
        ),
        "KEN",
    ),
    Variation(
        "nhri-fr-05",
        "CNDH Maroc - Migration",
        "migration@cndh.example.ma",
        "Contribution du CNDH",
        """
        Monsieur le Rapporteur spécial,

        Le Conseil national des droits de l'Homme a l'honneur de vous adresser sa
        contribution sur la situation des migrants subsahariens au Maroc dont les pays
        d'origine sont touchés par la sécheresse, et sur les personnes sinistrées du
        séisme d'Al Haouz.

        Département de la protection des droits des migrants
        Conseil national des droits de l'Homme
        Place Achouhada, Rabat
        """,
        """
        المجلس الوطني لحقوق الإنسان
        CONSEIL NATIONAL DES DROITS DE L'HOMME

        Contribution au rapport du Rapporteur spécial sur les droits humains des migrants
        """,
        "nhri",
        (
            "Conseil national des droits de l'Homme",
            "Conseil national des droits de l'Homme (CNDH)",
            "Conseil national des droits de l'Homme du Maroc",
        ),
        "MAR",
    ),
    Variation(
        "nhri-fr-06",
        "Valcourt Guerline",
        "g.valcourt@opc.example.ht",
        "Contribution OPC – migrants haïtiens et catastrophes",
        """
        Monsieur le Rapporteur spécial,

        Je vous transmets, au nom de l'Office de la Protection du Citoyen, la contribution de
        l'institution sur les rapatriements de ressortissants haïtiens vers des zones
        sinistrées et sur les personnes déplacées internes du Grand Sud.

        Guerline Valcourt
        Directrice des Affaires juridiques
        Office de la Protection du Citoyen (OPC)
        Port-au-Prince, Haïti
        """,
        """
        RÉPUBLIQUE D'HAÏTI
        OFFICE DE LA PROTECTION DU CITOYEN
        """,
        "nhri",
        (
            "Office de la Protection du Citoyen (OPC)",
            "Office de la Protection du Citoyen",
        ),
        "HTI",
    ),
    Variation(
        "nhri-es-07",
        "Quinta Visitaduría CNDH",
        "quintavisitaduria@cndh.example.org.mx",
        "Contribución de la CNDH México",
        """
        Estimado Relator Especial:

        La Quinta Visitaduría General de la Comisión Nacional de los Derechos Humanos,
        encargada de los asuntos de personas migrantes, remite la contribución de la
        CNDH sobre la situación de las personas en contexto de movilidad en la frontera sur
        y en Acapulco después del huracán Otis.

        Atentamente,
        Quinta Visitaduría General
        Comisión Nacional de los Derechos Humanos
        """,
        """
        COMISIÓN NACIONAL DE LOS DERECHOS HUMANOS
        MÉXICO
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
        "nhri-es-08",
        "Unidad de Movilidad Humana CONADEH",
        "movilidadhumana@conadeh.example.hn",
        "CONADEH - aporte",
        """
        Señor Relator:

        Por instrucciones de la Comisionada Nacional, remito el aporte del CONADEH sobre
        desplazamiento por desastres, retorno de hondureños deportados al Corredor Seco y
        la atención en los Centros de Atención al Migrante Retornado.

        Atentamente,

        Unidad de Movilidad Humana
        Comisionado Nacional de los Derechos Humanos
        Tegucigalpa, M.D.C., Honduras
        """,
        """
        CONADEH
        Comisionado Nacional de los Derechos Humanos
        Honduras, C.A.
        """,
        "nhri",
        (
            "Comisionado Nacional de los Derechos Humanos (CONADEH)",
            "Comisionado Nacional de los Derechos Humanos",
            "Comisionado Nacional de los Derechos Humanos de Honduras",
        ),
        "HND",
    ),
    Variation(
        "nhri-es-09",
        "Defensoría de la Persona Migrante - PDH",
        "personamigrante@pdh.example.org.gt",
        "Aporte del Procurador de los Derechos Humanos",
        """
        Estimado Relator Especial:

        Por este medio remitimos el aporte del Procurador de los Derechos Humanos de
        Guatemala, elaborado por la Defensoría de la Persona Migrante, sobre la niñez y
        las familias que migran desde el Corredor Seco.

        Saludos cordiales,

        Licda. Ingrid Maribel Tuyuc
        Defensora de la Persona Migrante
        Procuraduría de los Derechos Humanos
        12 Avenida 12-54, Zona 1, Guatemala
        """,
        """
        PROCURADOR DE LOS DERECHOS HUMANOS
        GUATEMALA, C.A.
        """,
        "nhri",
        (
            "Procurador de los Derechos Humanos de Guatemala",
            "Procuraduría de los Derechos Humanos de Guatemala",
            "Procurador de los Derechos Humanos (PDH)",
            "Procuraduría de los Derechos Humanos",
        ),
        "GTM",
    ),
    # ── intergovernmental bodies ──
    Variation(
        "igo-en-01",
        "Tanaka, Hiroshi",
        "htanaka@iom.example.int",
        "IOM Asia-Pacific input to SR migrants call for inputs",
        """
        Dear colleagues,

        On behalf of the IOM Regional Office for Asia and the Pacific, please find attached
        IOM's input to the Special Rapporteur's call on the human rights of migrants in the
        context of climate change and disasters, covering planned relocation, labour
        mobility pathways and the Migrants in Countries in Crisis guidelines.

        Best regards,

        Hiroshi Tanaka
        Regional Thematic Specialist, Migration, Environment and Climate Change
        International Organization for Migration (IOM)
        Regional Office for Asia and the Pacific
        18th Floor, Rajanakarn Building, Bangkok 10120
        """,
        """
        IOM - UN MIGRATION

        Input to the Special Rapporteur on the human rights of migrants
        """,
        "international_org",
        (
            "International Organization for Migration (IOM)",
            "International Organization for Migration",
            "IOM",
        ),
    ),
    Variation(
        "igo-en-02",
        "PDD Secretariat",
        "info@disasterdisplacement.example.org",
        "Platform on Disaster Displacement - input",
        """
        Dear Special Rapporteur,

        The Platform on Disaster Displacement (PDD) welcomes the call for inputs and is
        pleased to share the attached contribution, focusing on humanitarian visas,
        temporary protection and the implementation of the Nansen Protection Agenda.

        With best regards,

        Coordination Unit
        Platform on Disaster Displacement
        c/o UNOPS, Maison de la Paix, Geneva
        """,
        """
        PLATFORM ON DISASTER DISPLACEMENT
        Follow-up to the Nansen Initiative

        Contribution to the report of the Special Rapporteur on the human rights of migrants
        """,
        "international_org",
        (
            "Platform on Disaster Displacement (PDD)",
            "Platform on Disaster Displacement",
        ),
    ),
    Variation(
        "igo-en-03",
        "ADD Permanent Secretariat",
        "secretariat@abudhabidialogue.example.org.ae",
        "Input of the Abu Dhabi Dialogue Permanent Secretariat",
        """
        Dear Special Rapporteur,

        The Permanent Secretariat of the Abu Dhabi Dialogue among the Asian Labour Sending
        and Receiving Countries (ADD) is pleased to share an input on the regional
        consultative process's work on heat stress, worker welfare and the Abu Dhabi
        Dialogue's thematic programme on the future of work.

        Kind regards,
        ADD Permanent Secretariat
        Abu Dhabi, United Arab Emirates
        """,
        """
        ABU DHABI DIALOGUE
        Among the Asian Labour Sending and Receiving Countries

        Input to the Special Rapporteur on the human rights of migrants
        """,
        "international_org",
        (
            "Abu Dhabi Dialogue (ADD)",
            "Abu Dhabi Dialogue",
            "Abu Dhabi Dialogue among the Asian Labour Sending and Receiving Countries",
            "Permanent Secretariat of the Abu Dhabi Dialogue",
        ),
    ),
    Variation(
        "igo-en-04",
        "Ayele, Meron",
        "meron.ayele@igad.example.int",
        "IGAD Migration Programme - input",
        """
        Dear Special Rapporteur,

        Please find attached the input of the IGAD Secretariat, prepared by the Migration
        Programme within the Health and Social Development Division. It covers the IGAD
        Free Movement Protocol, its provisions on disaster-affected persons and the
        Kampala Ministerial Declaration on Migration, Environment and Climate Change.

        Best regards,

        Meron Ayele
        Programme Officer, Migration
        Intergovernmental Authority on Development (IGAD)
        Avenue Georges Clemenceau, Djibouti
        """,
        """
        INTERGOVERNMENTAL AUTHORITY ON DEVELOPMENT
        IGAD Secretariat

        Free movement and climate mobility in the IGAD region
        """,
        "international_org",
        (
            "Intergovernmental Authority on Development (IGAD)",
            "Intergovernmental Authority on Development",
            "IGAD Secretariat",
        ),
    ),
    Variation(
        "igo-en-05",
        "Climate Change and DRM Division - ADB",
        "climatedrm@adb.example.org",
        "ADB input on migration, climate change and disasters",
        """
        Dear Special Rapporteur,

        Thank you for the opportunity to contribute. Attached is a short note from the
        Climate Change and Disaster Risk Management Division of the Asian Development Bank
        on labour mobility, remittances and disaster risk finance in Asia and the Pacific.
        The note does not necessarily reflect the views of ADB's Board of Directors.

        Regards,

        Climate Change and Disaster Risk Management Division
        Climate Change and Sustainable Development Department
        Asian Development Bank
        6 ADB Avenue, Mandaluyong City 1550, Metro Manila
        """,
        """
        ASIAN DEVELOPMENT BANK

        Migration, remittances and disaster resilience: note to the Special Rapporteur
        """,
        "international_org",
        ("Asian Development Bank (ADB)", "Asian Development Bank"),
    ),
    Variation(
        "igo-en-06",
        "UNDRR Geneva - Stakeholder Engagement",
        "undrr-stakeholders@un.example.org",
        "UNDRR contribution - SR on human rights of migrants",
        """
        Dear colleagues at OHCHR,

        Please find attached the contribution of the United Nations Office for Disaster
        Risk Reduction to the Special Rapporteur's call, on the inclusion of migrants in
        disaster risk reduction under the Sendai Framework and in early warning systems.

        Best,
        UNDRR Geneva
        """,
        """
        UNDRR
        United Nations Office for Disaster Risk Reduction

        Leaving no migrant behind in disaster risk reduction
        """,
        "international_org",
        (
            "United Nations Office for Disaster Risk Reduction (UNDRR)",
            "United Nations Office for Disaster Risk Reduction",
        ),
    ),
    Variation(
        "igo-fr-07",
        "Direction Libre Circulation - Commission CEDEAO",
        "librecirculation@ecowas.example.int",
        "Contribution de la Commission de la CEDEAO",
        """
        Monsieur le Rapporteur spécial,

        La Direction de la Libre Circulation des Personnes et de la Migration de la
        Commission de la CEDEAO a l'honneur de vous transmettre sa contribution sur le
        Protocole sur la libre circulation, la transhumance et les déplacements liés aux
        inondations de 2024 en Afrique de l'Ouest.

        Haute considération,

        Dr Kouamé Anoh
        Chargé de programme principal
        Commission de la CEDEAO, Abuja
        """,
        """
        COMMUNAUTÉ ÉCONOMIQUE DES ÉTATS DE L'AFRIQUE DE L'OUEST
        ECONOMIC COMMUNITY OF WEST AFRICAN STATES

        Contribution de la Commission de la CEDEAO
        """,
        "international_org",
        (
            "Communauté économique des États de l'Afrique de l'Ouest (CEDEAO)",
            "Communauté économique des États de l'Afrique de l'Ouest",
            "Commission de la CEDEAO",
            "Economic Community of West African States (ECOWAS)",
            "Economic Community of West African States",
        ),
    ),
    Variation(
        "igo-fr-08",
        "OIF - DAPG",
        "dapg@francophonie.example.org",
        "Contribution de l'OIF",
        """
        Monsieur le Rapporteur spécial,

        L'Organisation internationale de la Francophonie (OIF) vous transmet, par
        l'intermédiaire de sa Direction des Affaires politiques et de la gouvernance
        démocratique, une contribution sur les migrations climatiques dans l'espace
        francophone, notamment au Sahel, en Haïti et dans les petits États insulaires.

        Bien à vous,

        Direction des Affaires politiques et de la gouvernance démocratique
        Organisation internationale de la Francophonie
        19-21, avenue Bosquet, Paris
        """,
        """
        ORGANISATION INTERNATIONALE DE LA FRANCOPHONIE
        """,
        "international_org",
        (
            "Organisation internationale de la Francophonie (OIF)",
            "Organisation internationale de la Francophonie",
        ),
    ),
    Variation(
        "igo-fr-09",
        "MIGRANT - BIT",
        "migrant@ilo.example.org",
        "Contribution du BIT",
        """
        Monsieur le Rapporteur spécial,

        Veuillez trouver ci-joint la contribution du Bureau international du Travail,
        préparée par le Service des migrations de main-d'œuvre (MIGRANT), sur le travail
        décent des travailleurs migrants face à la chaleur extrême et aux catastrophes.

        Cordialement,

        Service des migrations de main-d'œuvre
        Département des conditions de travail et de l'égalité
        Bureau international du Travail
        Route des Morillons 4, Genève
        """,
        """
        Organisation internationale du Travail
        Bureau international du Travail

        Contribution au rapport du Rapporteur spécial sur les droits humains des migrants
        """,
        "international_org",
        (
            "Organisation internationale du Travail",
            "Bureau international du Travail",
            "Organisation internationale du Travail (OIT)",
            "Bureau international du Travail (BIT)",
            "International Labour Organization (ILO)",
            "International Labour Organization",
        ),
    ),
    Variation(
        "igo-es-10",
        "Secretaría Técnica CRM",
        "stcrm@crmsv.example.org",
        "Aporte de la Conferencia Regional sobre Migración",
        """
        Estimado Relator Especial:

        La Secretaría Técnica de la Conferencia Regional sobre Migración (CRM), también
        conocida como Proceso Puebla, le remite el aporte de este proceso consultivo
        regional sobre las Guías de Protección para Personas que se Desplazan a través de
        Fronteras en el Contexto de Desastres.

        Saludos cordiales,

        Secretaría Técnica
        Conferencia Regional sobre Migración
        San José, Costa Rica
        """,
        """
        CONFERENCIA REGIONAL SOBRE MIGRACIÓN
        Proceso Puebla

        Aporte al Relator Especial sobre los derechos humanos de los migrantes
        """,
        "international_org",
        (
            "Conferencia Regional sobre Migración (CRM)",
            "Conferencia Regional sobre Migración",
            "Conferencia Regional sobre Migración (Proceso Puebla)",
        ),
    ),
    Variation(
        "igo-es-11",
        "Área Cohesión Social SEGIB",
        "cohesionsocial@segib.example.org",
        "Contribución de la SEGIB",
        """
        Estimado Relator Especial:

        Adjunto la contribución de la Secretaría General Iberoamericana (SEGIB) sobre el
        Convenio Multilateral Iberoamericano de Seguridad Social y la portabilidad de
        derechos de las personas migrantes afectadas por desastres.

        Un saludo,

        Alejandra Ruiz de Velasco
        Área de Cohesión Social y Cooperación Sur-Sur
        Secretaría General Iberoamericana
        Paseo de Recoletos 8, Madrid
        """,
        """
        SEGIB
        Secretaría General Iberoamericana
        """,
        "international_org",
        (
            "Secretaría General Iberoamericana (SEGIB)",
            "Secretaría General Iberoamericana",
        ),
    ),
    Variation(
        "igo-es-12",
        "SGCAN Migración",
        "migracion@comunidadandina.example.org",
        "Aporte de la Secretaría General de la Comunidad Andina",
        """
        Señor Relator Especial:

        Tengo el agrado de dirigirme a usted para remitirle el aporte de la Secretaría
        General de la Comunidad Andina sobre el Estatuto Migratorio Andino y la gestión del
        riesgo de desastres en la subregión.

        Atentamente,

        Coordinación de Migración y Movilidad
        Secretaría General de la Comunidad Andina
        Av. Paseo de la República 3895, Lima
        """,
        """
        COMUNIDAD ANDINA
        Secretaría General
        """,
        "international_org",
        (
            "Secretaría General de la Comunidad Andina",
            "Comunidad Andina",
            "Comunidad Andina (CAN)",
        ),
    ),
    Variation(
        "igo-es-13",
        "CSM - Presidencia Pro Tempore",
        "ppt.csm@csmigraciones.example.org",
        "Aporte de la Conferencia Suramericana sobre Migraciones",
        """
        Estimado Relator Especial:

        Por encargo de la Presidencia Pro Tempore, la Secretaría Técnica de la Conferencia
        Suramericana sobre Migraciones (CSM) remite el aporte de este proceso consultivo
        regional sobre migración, ambiente y cambio climático en América del Sur.

        Cordialmente,

        Secretaría Técnica
        Conferencia Suramericana sobre Migraciones
        Buenos Aires, Argentina
        """,
        """
        CONFERENCIA SURAMERICANA SOBRE MIGRACIONES
        """,
        "international_org",
        (
            "Conferencia Suramericana sobre Migraciones (CSM)",
            "Conferencia Suramericana sobre Migraciones",
        ),
    ),
    # ── institutes, university centres, professors ──
    Variation(
        "academic-en-01",
        "Climate Mobility Law Clinic",
        "cmlc@law.mereside.example.edu",
        "Submission: SR on the human rights of migrants (climate change & disasters)",
        """
        Dear Special Rapporteur,

        Please find attached a submission from the Climate Mobility Law Clinic at Mereside
        University School of Law. Student attorneys prepared it under faculty supervision;
        it examines Temporary Protected Status, humanitarian parole and the gaps for people
        displaced by hurricanes in the Caribbean and Central America.

        Respectfully,

        Jonah Whitfield-Baptiste, J.D. Candidate 2026
        Student Attorney, Climate Mobility Law Clinic
        Mereside University School of Law
        410 Harbor Street, Mereside
        """,
        """
        CLIMATE MOBILITY LAW CLINIC
        MERESIDE UNIVERSITY SCHOOL OF LAW

        After the Storm: Temporary Protection and Disaster Displacement
        """,
        "academic",
        (
            "Climate Mobility Law Clinic, Mereside University School of Law",
            "Climate Mobility Law Clinic",
        ),
    ),
    Variation(
        "academic-en-02",
        "Margit Haraldsen",
        "margit.haraldsen.prof@gmail.example.com",
        "research input - Sahel pastoral mobility",
        """
        Dear Special Rapporteur,

        I am a professor of human geography and have worked for twenty years on
        pastoralist mobility in the Sahel. I write in my own name, from my personal
        account, as my university is closed for the Easter break. The attached note
        summarises findings that may be useful for your report.

        With best wishes,
        Prof. Margit Haraldsen
        """,
        """
        Mobility as adaptation: evidence from twenty years of fieldwork in the Sahel
        Note to the Special Rapporteur on the human rights of migrants
        Margit Haraldsen, Professor of Human Geography
        """,
        "academic",
        ("Margit Haraldsen", "Prof. Margit Haraldsen"),
    ),
    Variation(
        "academic-en-03",
        "CPMCJ Admin",
        "cpmcj@tasmanpacific.example.ac.nz",
        "Submission of CPMCJ",
        """
        Kia ora, talofa lava,

        Please find attached the submission of the Centre for Pacific Mobility and Climate
        Justice on the rights of Pacific migrants under seasonal work schemes and on
        relocation within and between Pacific states.

        Ngā mihi,
        Centre Administrator
        Centre for Pacific Mobility and Climate Justice (CPMCJ)
        Tasman Pacific University, Private Bag 3105, Hamilton
        """,
        """
        Centre for Pacific Mobility and Climate Justice
        Tasman Pacific University

        Submission to the UN Special Rapporteur on the human rights of migrants
        """,
        "academic",
        (
            "Centre for Pacific Mobility and Climate Justice (CPMCJ)",
            "Centre for Pacific Mobility and Climate Justice, Tasman Pacific University",
            "Centre for Pacific Mobility and Climate Justice",
        ),
    ),
    Variation(
        "academic-en-04",
        "Oyelaran, Tobi",
        "t.oyelaran@aldermoor.example.ac.uk",
        "Input from the Heat, Work and Migration Research Group",
        """
        Dear Special Rapporteur,

        I am a doctoral researcher in the Heat, Work and Migration Research Group at
        Aldermoor University. On behalf of the group (PI: Dr Helen Strachan), I attach our
        input on occupational heat exposure among migrant workers in construction and
        agriculture, with evidence from Qatar, Spain and California.

        Best wishes,

        Tobi Oyelaran (they/them)
        PhD Researcher | Heat, Work and Migration Research Group
        School of Geography and Environment, Aldermoor University
        """,
        """
        Heat, Work and Migration Research Group
        Aldermoor University

        Occupational heat and migrant workers: evidence for the Special Rapporteur
        """,
        "academic",
        (
            "Heat, Work and Migration Research Group",
            "Heat, Work and Migration Research Group, Aldermoor University",
        ),
    ),
    Variation(
        "academic-en-05",
        "IDDS Northbank",
        "idds@northbank.example.edu.au",
        "IDDS contribution to call for inputs",
        """
        Dear Special Rapporteur,

        The IDDS welcomes your call and attaches its contribution on disaster
        displacement, immigration detention in the region and the Pacific Engagement Visa.

        Regards,
        IDDS Executive Committee
        Northbank University, Brisbane
        """,
        """
        Institute for Displacement and Disaster Studies
        Northbank University

        Submission to the UN Special Rapporteur on the human rights of migrants
        """,
        "academic",
        (
            "Institute for Displacement and Disaster Studies, Northbank University",
            "Institute for Displacement and Disaster Studies (IDDS), Northbank University",
            "Institute for Displacement and Disaster Studies (IDDS)",
            "Institute for Displacement and Disaster Studies",
        ),
    ),
    Variation(
        "academic-en-06",
        "Dr. Anjum Siddiqa Chowdhury",
        "anjum.chowdhury@geog.jamunariver.example.ac.bd",
        "Research evidence on char-land displacement",
        """
        Dear Special Rapporteur,

        I share with you, in my capacity as a researcher, a short paper on riverbank
        erosion and seasonal migration from the char lands of the Jamuna. The views are my
        own and not those of my department.

        Regards,

        Dr. Anjum Siddiqa Chowdhury
        Associate Professor, Department of Geography and Environment
        Jamuna River University, Sirajganj
        """,
        """
        Riverbank erosion and seasonal migration from the Jamuna char lands
        Anjum Siddiqa Chowdhury
        """,
        "academic",
        ("Anjum Siddiqa Chowdhury", "Dr. Anjum Siddiqa Chowdhury"),
    ),
    Variation(
        "academic-fr-07",
        "Chaire MobiClim",
        "chaire.mobiclim@uriviere-haute.example.ca",
        "Contribution de la Chaire de recherche sur les mobilités climatiques",
        """
        Monsieur le Rapporteur spécial,

        La Chaire de recherche sur les mobilités climatiques de l'Université de
        Rivière-Haute vous soumet sa contribution, consacrée aux programmes de
        réinstallation et de parrainage communautaire au Canada et aux personnes
        déplacées par les ouragans dans les Caraïbes.

        Cordialement,

        Pr Étienne Bouchard-Lainé, titulaire
        Chaire de recherche sur les mobilités climatiques (MobiClim)
        Université de Rivière-Haute
        """,
        """
        Chaire de recherche sur les mobilités climatiques
        Université de Rivière-Haute
        """,
        "academic",
        (
            "Chaire de recherche sur les mobilités climatiques (MobiClim)",
            "Chaire de recherche sur les mobilités climatiques, Université de Rivière-Haute",
            "Chaire de recherche sur les mobilités climatiques",
        ),
    ),
    Variation(
        "academic-fr-08",
        "Secrétariat LEMS",
        "lems@univ-tenere.example.ne",
        "Contribution du LEMS",
        """
        Monsieur le Rapporteur spécial,

        Veuillez trouver en annexe la contribution du LEMS, fondée sur nos enquêtes auprès
        des migrants de retour à Agadez et Arlit et des éleveurs transhumants.

        Bien cordialement,
        Le secrétariat du LEMS
        """,
        """
        UNIVERSITÉ DU TÉNÉRÉ
        Laboratoire d'études des mobilités sahéliennes (LEMS)

        Migrations, retours et sécheresse dans le nord du Niger
        """,
        "academic",
        (
            "Laboratoire d'études des mobilités sahéliennes (LEMS), Université du Ténéré",
            "Laboratoire d'études des mobilités sahéliennes (LEMS)",
            "Laboratoire d'études des mobilités sahéliennes",
        ),
    ),
    Variation(
        "academic-fr-09",
        "Clinique juridique Migrations & Environnement",
        "clinique.migrenv@univ-cotedopale.example.fr",
        "Contribution – Clinique juridique",
        """
        Bonjour,

        Les étudiants de la Clinique juridique Migrations et Environnement de la Faculté de
        droit de l'Université Côte-d'Opale ont le plaisir de vous adresser leur
        contribution sur la protection des personnes déplacées par les catastrophes en
        droit français et européen.

        Pour la clinique,
        Lucie Van Daele, étudiante en M2 droit des étrangers
        Sous la supervision de Mme Sandrine Poulain-Ibarra, maîtresse de conférences
        """,
        """
        Université Côte-d'Opale – Faculté de droit
        Clinique juridique Migrations et Environnement
        """,
        "academic",
        (
            "Clinique juridique Migrations et Environnement, Université Côte-d'Opale",
            "Clinique juridique Migrations et Environnement",
        ),
    ),
    Variation(
        "academic-es-10",
        "OMHC",
        "omhc@uavs.example.edu.mx",
        "Aporte del OMHC",
        """
        Estimado Relator Especial:

        El OMHC remite su aporte sobre la movilidad humana tras el huracán Otis en
        Guerrero y sobre las personas jornaleras que migran entre Oaxaca, Sinaloa y Baja
        California.

        Saludos,
        Coordinación del OMHC
        """,
        """
        Universidad Autónoma de Valle Serrano
        Observatorio de Movilidad Humana y Clima

        Aporte al Relator Especial sobre los derechos humanos de los migrantes
        """,
        "academic",
        (
            "Observatorio de Movilidad Humana y Clima, Universidad Autónoma de Valle Serrano",
            "Observatorio de Movilidad Humana y Clima (OMHC), Universidad Autónoma de Valle Serrano",
            "Observatorio de Movilidad Humana y Clima (OMHC)",
            "Observatorio de Movilidad Humana y Clima",
        ),
    ),
    Variation(
        "academic-es-11",
        "Clínica de Derechos de las Personas en Movilidad",
        "clinicamovilidad@derecho.unpunaaustral.example.edu.ar",
        "Aporte de la Clínica de Derechos de las Personas en Movilidad",
        """
        Estimado Relator Especial:

        Desde la Clínica de Derechos de las Personas en Movilidad de la Facultad de
        Derecho de la Universidad Nacional de la Puna Austral le enviamos nuestro aporte
        sobre el visado humanitario por desastres socionaturales y su aplicación a
        personas haitianas y bolivianas.

        Un cordial saludo,
        Prof. Dra. Verónica Lassalle Etcheverry
        Directora de la Clínica
        """,
        "",
        "academic",
        (
            "Clínica de Derechos de las Personas en Movilidad, Universidad Nacional de la Puna Austral",
            "Clínica de Derechos de las Personas en Movilidad",
        ),
    ),
    Variation(
        "academic-es-12",
        "Inés Zubiría",
        "ines.zubiria.olaechea@gmail.example.com",
        "Aporte académico",
        """
        Estimado Relator Especial:

        Soy catedrática de Derecho Internacional Público y le hago llegar, a título
        personal, un breve estudio sobre la protección complementaria de las personas
        desplazadas por desastres en los ordenamientos de América Latina.

        Atentamente,

        Dra. Inés Zubiría Olaechea
        Catedrática de Derecho Internacional Público
        """,
        """
        La protección complementaria por desastres en América Latina
        Inés Zubiría Olaechea
        """,
        "academic",
        ("Inés Zubiría Olaechea", "Dra. Inés Zubiría Olaechea"),
    ),
    Variation(
        "academic-es-13",
        "GIDA - Universidad Pedagógica del Caribe Sur",
        "gida@upcs.example.edu.co",
        "Aporte del Grupo de Investigación en Desplazamiento Ambiental",
        """
        Estimado Relator Especial:

        El Grupo de Investigación en Desplazamiento Ambiental (GIDA) de la Universidad
        Pedagógica del Caribe Sur le envía su aporte sobre la erosión costera en La
        Guajira, la migración wayuu entre Colombia y Venezuela y el acceso al agua.

        Atentamente,
        Andrés Felipe Mindiola, investigador principal
        """,
        """
        Grupo de Investigación en Desplazamiento Ambiental (GIDA)
        Universidad Pedagógica del Caribe Sur
        """,
        "academic",
        (
            "Grupo de Investigación en Desplazamiento Ambiental (GIDA), Universidad Pedagógica del Caribe Sur",
            "Grupo de Investigación en Desplazamiento Ambiental (GIDA)",
            "Grupo de Investigación en Desplazamiento Ambiental",
        ),
    ),
    # ── a person writing for themselves ──
    Variation(
        "individual-en-01",
        "Shahnur Alam",
        "shahnur.alam.talukder@gmail.example.com",
        "my story for the UN report",
        """
        Dear Sir,

        My name is Shahnur Alam Talukder. I am from Shyamnagar, Satkhira. After Cyclone
        Amphan our land became salty and I went to Malaysia with a recruitment loan of
        4,50,000 taka. I worked in a palm oil estate and my passport was kept by the
        employer. I am now back home with debt. A volunteer helped me write this. I want
        the UN to know.

        Shahnur Alam Talukder
        """,
        "",
        "individual",
        ("Shahnur Alam Talukder",),
    ),
    Variation(
        "individual-en-02",
        "Niamh Carberry",
        "ncarberry@delaneycarberry.example.ie",
        "Personal submission - disaster displacement and Irish immigration law",
        """
        Dear Special Rapporteur,

        I am an immigration solicitor in Dublin. I write in my personal capacity and not on
        behalf of my firm or its clients. The attached short submission sets out how
        permission to remain on humanitarian grounds has been applied to people from
        Pakistan and the Philippines whose homes were destroyed by floods and typhoons.

        Yours faithfully,

        Niamh Carberry
        Partner
        Delaney Carberry Solicitors
        14 Ormond Quay Upper, Dublin 7
        T: +353 1 555 0932

        This email and any attachments are confidential and may be legally privileged.
        """,
        """
        Submission of Niamh Carberry, Solicitor
        (in a personal capacity)
        """,
        "individual",
        ("Niamh Carberry",),
    ),
    Variation(
        "individual-en-03",
        "Tomasi Vakaloloma",
        "tvakaloloma.news@gmail.example.com",
        "Journalist's input - Pacific seasonal workers after Cyclone Yasa",
        """
        Hello,

        I'm a freelance journalist based in Labasa. Over the past three years I have
        reported on workers from Vanua Levu who joined seasonal work schemes after Cyclone
        Yasa destroyed their farms. Attached are summaries of the cases I documented,
        shared with the workers' consent. I write as an individual.

        Tomasi Vakaloloma
        Freelance reporter
        +679 555 8820
        """,
        "",
        "individual",
        ("Tomasi Vakaloloma",),
    ),
    Variation(
        "individual-en-04",
        "Gordon Ashby-Price",
        "g.ashbyprice@btinternet.example.com",
        "Submission from a former official",
        """
        Dear Special Rapporteur,

        I retired in 2022 after thirty years in the UK Home Office and the Foreign Office,
        the last six as a senior adviser on returns. I offer, in a purely personal capacity,
        some observations on returns to countries affected by disasters and on the
        practice of suspending removals after a disaster.

        Yours sincerely,
        Gordon Ashby-Price OBE
        Little Hadham, Hertfordshire
        """,
        """
        Returns to disaster-affected countries: observations of a former official
        Gordon Ashby-Price
        """,
        "individual",
        ("Gordon Ashby-Price", "Gordon Ashby-Price OBE"),
    ),
    Variation(
        "individual-en-05",
        "Abdi Family",
        "abdifamily.eastleigh@yahoo.example.com",
        "Halima Warsame Abdi - statement",
        """
        To the Special Rapporteur,

        This is my mother's statement. I typed it for her because she does not write
        English. She left Beledweyne after the 2023 floods and now lives with us in
        Eastleigh without documents.

        -- Statement of Halima Warsame Abdi --

        I am Halima Warsame Abdi. The river took our house twice. We paid a man to bring us
        to Nairobi. The police stop us and ask money. My grandchildren cannot go to school
        because we have no papers. I ask the United Nations to help women like me.

        Typed by her son, Mahad
        """,
        "",
        "individual",
        ("Halima Warsame Abdi",),
    ),
    Variation(
        "individual-en-06",
        "Sereana Tuilau",
        "sereana.tuilau@outlook.example.com",
        "Testimony: relocation of my village",
        """
        Dear Special Rapporteur,

        I am a primary school teacher from a coastal village in Ra Province that was
        relocated inland in 2023. I want to share how relocation affected our women, our
        graves and the young men who now go to Australia for seasonal work. I write as a
        member of the village, not for the school.

        Vinaka,
        Sereana Tuilau
        """,
        "",
        "individual",
        ("Sereana Tuilau",),
    ),
    Variation(
        "individual-en-07",
        "MOHAMMED IDRIS KHALIL",
        "m.idris.khalil@gmail.example.com",
        "Sudanese in Chad - climate and war",
        """
        Dear Special Rapporteur,

        I am a Sudanese agronomist from Geneina, now living in Adré camp in Chad. Drought
        had already pushed many farmers to the towns before the war. I attach my notes about
        water, land and how refugees and migrants compete with host communities for
        pasture.

        Mohammed Idris Khalil

        Sent from my iPhone
        """,
        "",
        "individual",
        ("Mohammed Idris Khalil",),
    ),
    Variation(
        "individual-fr-08",
        "Wisline D.",
        "wisline.dorvilus@gmail.example.com",
        "témoignage",
        """
        Bonjour Monsieur,

        Je m'appelle Wisline Dorvilus. Après le tremblement de terre de 2021 aux Cayes,
        j'ai quitté Haïti avec mes deux enfants. Nous avons traversé le Chili, le Pérou et
        la jungle du Darién. Aujourd'hui nous sommes à Tijuana et nous attendons un
        rendez-vous. Je voudrais que mon témoignage soit lu.

        Merci,
        Wisline Dorvilus
        """,
        "",
        "individual",
        ("Wisline Dorvilus",),
    ),
    Variation(
        "individual-fr-09",
        "Me Hélène Castagnède",
        "h.castagnede@castagnede-avocats.example.fr",
        "Contribution à titre personnel",
        """
        Monsieur le Rapporteur spécial,

        Avocate au barreau de Bordeaux, je vous adresse, à titre personnel et non au nom de
        mon cabinet, quelques observations sur la jurisprudence française relative à
        l'éloignement d'étrangers vers des pays frappés par des catastrophes.

        Je vous prie d'agréer, Monsieur le Rapporteur spécial, l'expression de ma
        considération distinguée.

        Hélène Castagnède
        Avocate associée
        Castagnède & Rivoire Avocats
        17, cours de l'Intendance, 33000 Bordeaux
        Tél. 05 55 55 12 40
        """,
        """
        Observations de Me Hélène Castagnède, avocate
        """,
        "individual",
        ("Hélène Castagnède", "Me Hélène Castagnède"),
    ),
    Variation(
        "individual-fr-10",
        "Issoufou Garba Maïga",
        "igmaiga.journaliste@yahoo.example.fr",
        "Contribution d'un journaliste – migrants à Agadez",
        """
        Monsieur le Rapporteur spécial,

        Journaliste indépendant à Niamey, je couvre depuis dix ans les routes migratoires
        vers Agadez et l'Algérie. Je vous transmets des extraits de mes reportages sur les
        jeunes ruraux partis après les mauvaises récoltes, publiés avec l'accord des
        personnes interrogées.

        Respectueusement,
        Issoufou Garba Maïga
        """,
        "",
        "individual",
        ("Issoufou Garba Maïga",),
    ),
    Variation(
        "individual-fr-11",
        "LECLERCQ Bernard",
        "bernard.leclercq-vautrin@orange.example.fr",
        "Contribution d'un ancien fonctionnaire",
        """
        Monsieur le Rapporteur spécial,

        Ancien officier de protection, aujourd'hui retraité, je souhaite vous faire part
        de mon expérience personnelle de l'examen des demandes de personnes invoquant des
        catastrophes naturelles, et des limites de la protection subsidiaire.

        Bernard Leclercq-Vautrin
        Retraité
        Montreuil
        """,
        "",
        "individual",
        ("Bernard Leclercq-Vautrin",),
    ),
    Variation(
        "individual-es-12",
        "Marleny Xol",
        "marleny.xol.caal@gmail.example.com",
        "Testimonio de mi mamá Cipriana",
        """
        Buenas,

        Le escribo por mi mamá, Doña Cipriana Xol Caal, que no sabe escribir. Ella es de
        Alta Verapaz. Después de las tormentas Eta e Iota se perdió la milpa y mi hermano se
        fue para Estados Unidos y lo deportaron. Ella dice:

        "Yo, Cipriana Xol Caal, quiero que sepan que no nos fuimos porque queríamos. El
        agua se llevó todo."

        Gracias,
        Marleny (hija)
        """,
        "",
        "individual",
        ("Cipriana Xol Caal",),
    ),
    Variation(
        "individual-es-13",
        "Ximena Arbeláez Toro",
        "xarbelaez@arbelaezrestrepo.example.com.co",
        "Aporte a título personal",
        """
        Estimado Relator Especial:

        Soy abogada litigante en Bogotá. Le envío, a título personal y no en nombre de la
        firma, un breve análisis de las tutelas que he presentado en favor de familias
        venezolanas afectadas por inundaciones en La Mojana.

        Cordialmente,

        Ximena Arbeláez Toro
        Socia
        Arbeláez & Restrepo Abogados
        Calle 93 #12-35, Bogotá D.C.
        """,
        """
        Ximena Arbeláez Toro
        Abogada
        """,
        "individual",
        ("Ximena Arbeláez Toro", "Lcda. Ximena Arbeláez Toro"),
    ),
    Variation(
        "individual-es-14",
        "Kenia M.",
        "kenia.maradiaga.periodista@proton.example.me",
        "Aporte periodístico",
        """
        Estimado Relator Especial:

        Soy periodista hondureña. Desde 2020 he seguido a familias del Valle de Sula que
        migraron tras Eta e Iota. Le comparto mis notas de campo, a título personal.

        Kenia Maradiaga Flores
        San Pedro Sula
        """,
        "",
        "individual",
        ("Kenia Maradiaga Flores",),
    ),
    Variation(
        "individual-es-15",
        "Gustavo Irarrázaval",
        "gustavo.irarrazaval.p@vtr.example.net",
        "Aporte de un exfuncionario consular",
        """
        Señor Relator Especial:

        Fui funcionario consular durante veintiocho años y me jubilé en 2021. Le hago
        llegar, a título estrictamente personal, algunas reflexiones sobre la asistencia
        consular a nacionales afectados por desastres en el extranjero.

        Lo saluda atentamente,
        Gustavo Irarrázaval Peña
        Viña del Mar
        """,
        "",
        "individual",
        ("Gustavo Irarrázaval Peña",),
    ),
    Variation(
        "individual-es-16",
        "yohandry",
        "yohandry.castellanos91@hotmail.example.com",
        "soy migrante venezolano en piura",
        """
        buenas tardes señor relator

        soy Yohandry Castellanos, venezolano, vivo en Piura desde 2019. con el ciclón Yaku
        en 2023 se inundó el cuarto donde vivíamos y no nos dieron el bono porque no
        teníamos carnet. le escribo para que sepa como estamos los migrantes aca

        gracias
        Yohandry Castellanos

        Enviado desde mi Galaxy
        """,
        "",
        "individual",
        ("Yohandry Castellanos",),
    ),
    # ── companies and business associations ──
    Variation(
        "company-en-01",
        "Compliance Team",
        "compliance@himshikharmanpower.example.com.np",
        "Input from a licensed recruitment agency",
        """
        Dear Special Rapporteur,

        Himshikhar Overseas Manpower Services Pvt. Ltd. is a licensed foreign employment
        agency in Kathmandu. We attach our input on the employer-pays principle, on the
        recruitment of workers from flood- and landslide-affected districts and on our
        protocol for workers stranded abroad during disasters.

        Regards,

        Compliance Team
        Himshikhar Overseas Manpower Services Pvt. Ltd.
        Licence No. 1187/064/065
        Baneshwor, Kathmandu, Nepal
        """,
        """
        Himshikhar Overseas Manpower Services Pvt. Ltd.

        Responsible recruitment in a changing climate
        """,
        "private_sector",
        (
            "Himshikhar Overseas Manpower Services Pvt. Ltd.",
            "Himshikhar Overseas Manpower Services",
        ),
    ),
    Variation(
        "company-en-02",
        "Government & Industry Affairs",
        "gia@coralskyairways.example.com.fj",
        "Coral Sky Airways - input on evacuation and repatriation flights",
        """
        Dear Special Rapporteur,

        Coral Sky Airways Ltd is pleased to share its experience of operating evacuation
        and repatriation flights after Cyclones Winston, Harold and Kevin, including the
        carriage of seasonal workers and of passengers without travel documents.

        Yours sincerely,

        Losana Qarase-Whyte
        Manager, Government & Industry Affairs
        Coral Sky Airways Ltd
        Nadi International Airport, Fiji
        """,
        """
        CORAL SKY AIRWAYS LTD

        Flying after the storm: an airline's experience of disaster evacuation in the Pacific
        """,
        "private_sector",
        ("Coral Sky Airways Ltd", "Coral Sky Airways"),
    ),
    Variation(
        "company-en-03",
        "Public Policy",
        "publicpolicy@swifthomeremit.example.co.uk",
        "SwiftHome - remittances after disasters",
        """
        Dear Special Rapporteur,

        SwiftHome Remit Group operates remittance corridors from the UK, the Gulf and
        Malaysia to South Asia and East Africa. The attached note describes our fee waivers
        after disasters, the effect of bank de-risking on remittances to Somalia, and the
        identity checks that exclude undocumented senders.

        Best,

        Farhan Qureshi
        Head of Public Policy
        SwiftHome Remit Group
        One Canada Square, London E14

        SwiftHome Remit Group is a trading name of SwiftHome Payments Ltd, authorised by the
        Financial Conduct Authority.
        """,
        """
        SwiftHome Remit Group

        Remittances after disasters: a money transfer operator's view
        """,
        "private_sector",
        ("SwiftHome Remit Group", "SwiftHome Payments Ltd"),
    ),
    Variation(
        "company-en-04",
        "Quayle, Edmund",
        "equayle@harrowquayle.example.co.uk",
        "Submission on behalf of Meridian Seafoods Processing Ltd",
        """
        Dear Special Rapporteur,

        We act for Meridian Seafoods Processing Ltd, which operates processing plants in
        Samut Sakhon, Thailand, employing some 3,200 migrant workers from Myanmar and
        Cambodia. On our client's instructions, we attach its submission on the measures
        it took during the 2024 floods.

        Yours faithfully,

        Edmund Quayle
        Partner
        Harrow & Quayle LLP
        7 Bishopsgate Court, London EC2
        """,
        """
        MERIDIAN SEAFOODS PROCESSING LTD

        Submission to the UN Special Rapporteur on the human rights of migrants
        """,
        "private_sector",
        ("Meridian Seafoods Processing Ltd", "Meridian Seafoods Processing"),
    ),
    Variation(
        "company-en-05",
        "TEHEA Executive Officer",
        "eo@tehea.example.com.au",
        "Submission of TEHEA",
        """
        Dear Special Rapporteur,

        Please find attached TEHEA's submission on the Pacific Australia Labour Mobility
        scheme. Our members employ more than 1,400 PALM workers on mango, melon and banana
        farms in the Northern Territory.

        Regards,
        Brett Callaghan
        Executive Officer
        Darwin NT 0800
        """,
        """
        Top End Horticulture Employers Association

        Submission on Pacific labour mobility and climate resilience
        """,
        "private_sector",
        (
            "Top End Horticulture Employers Association (TEHEA)",
            "Top End Horticulture Employers Association",
        ),
    ),
    Variation(
        "company-en-06",
        "Wellenbrecher Risk Solutions",
        "info@wellenbrecher-risk.example.de",
        "Input: parametric insurance and disaster displacement",
        """
        Dear Special Rapporteur,

        Wellenbrecher Risk Solutions GmbH designs parametric insurance for governments
        and microfinance institutions in the Caribbean and South Asia. We submit a short
        note on how payouts reach migrant and displaced households, and where they do not.

        Kind regards,

        Dr. Lena Hofstätter
        Managing Director
        Wellenbrecher Risk Solutions GmbH
        Am Sandtorkai 48, 20457 Hamburg
        Geschäftsführerin: Dr. Lena Hofstätter | Amtsgericht Hamburg HRB 155512
        """,
        "",
        "private_sector",
        ("Wellenbrecher Risk Solutions GmbH", "Wellenbrecher Risk Solutions"),
    ),
    Variation(
        "company-en-07",
        "Capt. Rolf Halvorsen",
        "rolf.halvorsen@halvorsencrewing.example.no",
        "seafarers stranded after typhoons",
        """
        Dear Sir/Madam,

        Our company manages crews for bulk carriers, mostly Filipino and Indonesian
        seafarers. I attach Halvorsen Maritime Crewing AS's brief input on crew changes and
        repatriation when typhoons close ports and airports at home.

        Best regards,
        Capt. Rolf Halvorsen
        Crewing Director
        Halvorsen Maritime Crewing AS, Bergen

        Sent from my iPhone
        """,
        "",
        "private_sector",
        ("Halvorsen Maritime Crewing AS", "Halvorsen Maritime Crewing"),
    ),
    Variation(
        "company-fr-08",
        "Direction Conformité TSE",
        "conformite@transfertsahel.example.sn",
        "Contribution de Transfert Sahel Express",
        """
        Monsieur le Rapporteur spécial,

        Transfert Sahel Express S.A., établissement de paiement agréé par la BCEAO, vous
        adresse sa contribution sur les transferts de la diaspora vers les zones touchées
        par les inondations de 2024 au Sénégal, au Mali et au Niger.

        Salutations distinguées,

        Direction de la Conformité
        Transfert Sahel Express S.A.
        Avenue Cheikh Anta Diop, Dakar
        """,
        """
        TRANSFERT SAHEL EXPRESS S.A.
        """,
        "private_sector",
        ("Transfert Sahel Express S.A.", "Transfert Sahel Express"),
    ),
    Variation(
        "company-fr-09",
        "UEAS Secrétariat général",
        "sg@ueas.example.ma",
        "Contribution de l'UEAS",
        """
        Monsieur le Rapporteur spécial,

        L'UEAS regroupe les exploitations maraîchères et agrumicoles de la plaine du Souss.
        Vous trouverez ci-joint notre contribution sur l'emploi de travailleurs migrants
        et saisonniers face à la sécheresse et à la réduction des quotas d'eau.

        Le Secrétaire général
        Agadir
        """,
        """
        UNION DES EMPLOYEURS AGRICOLES DU SOUSS

        Contribution au Rapporteur spécial sur les droits humains des migrants
        """,
        "private_sector",
        (
            "Union des employeurs agricoles du Souss (UEAS)",
            "Union des employeurs agricoles du Souss",
        ),
    ),
    Variation(
        "company-fr-10",
        "Direction générale ALC",
        "dg@airlagoncomores.example.km",
        "Contribution d'Air Lagon Comores",
        """
        Monsieur le Rapporteur spécial,

        Air Lagon Comores S.A. vous transmet une note sur les vols entre les îles après le
        cyclone Chido et sur les passagers refusés à l'embarquement faute de documents.

        La Direction générale
        Air Lagon Comores S.A.
        Aéroport international Prince Saïd Ibrahim, Moroni
        """,
        "",
        "private_sector",
        ("Air Lagon Comores S.A.", "Air Lagon Comores"),
    ),
    Variation(
        "company-fr-11",
        "Vauzelle, Marc",
        "m.vauzelle@groupe-vauzelle.example.fr",
        "Contribution du Groupe Vauzelle",
        """
        Monsieur le Rapporteur spécial,

        Le Groupe Vauzelle, entreprise de bâtiment et de travaux publics employant de
        nombreux salariés étrangers et intérimaires, vous adresse sa contribution sur
        l'adaptation des chantiers aux vagues de chaleur et sur les travailleurs
        détachés.

        Marc Vauzelle
        Directeur des ressources humaines
        Groupe Vauzelle S.A.S.
        ZI des Chartreux, Lyon
        """,
        """
        GROUPE VAUZELLE
        Bâtiment – Travaux publics
        """,
        "private_sector",
        ("Groupe Vauzelle", "Groupe Vauzelle S.A.S."),
    ),
    Variation(
        "company-es-12",
        "Jornaleros del Sur ETT",
        "rrhh@jornalerosdelsur.example.es",
        "Aportación de una agencia de contratación en origen",
        """
        Estimado Relator Especial:

        Agencia de Colocación Temporal Jornaleros del Sur S.L. gestiona la contratación en
        origen de temporeras marroquíes y hondureñas para la campaña de la fresa en Huelva.
        Adjuntamos nuestra aportación sobre el calor extremo en los invernaderos y la
        sequía en Doñana.

        Un saludo,

        Departamento de RR.HH.
        Agencia de Colocación Temporal Jornaleros del Sur S.L.
        Polígono El Lirio, Moguer (Huelva)
        """,
        """
        Jornaleros del Sur
        Agencia de Colocación Temporal
        """,
        "private_sector",
        (
            "Agencia de Colocación Temporal Jornaleros del Sur S.L.",
            "Jornaleros del Sur S.L.",
            "Jornaleros del Sur",
        ),
    ),
    Variation(
        "company-es-13",
        "Remesas Puente Azul",
        "cumplimiento@puenteazul.example.com.mx",
        "Aporte de Remesas Puente Azul",
        """
        Estimado Relator Especial:

        Remesas Puente Azul, S.A. de C.V. envía su aporte sobre el flujo de remesas hacia
        comunidades de El Salvador y Guatemala tras desastres, y sobre las dificultades de
        las personas migrantes en tránsito para recibir dinero sin identificación.

        Atentamente,
        Gerencia de Cumplimiento
        Remesas Puente Azul, S.A. de C.V.
        Monterrey, N.L.
        """,
        "",
        "private_sector",
        (
            "Remesas Puente Azul, S.A. de C.V.",
            "Remesas Puente Azul S.A. de C.V.",
            "Remesas Puente Azul",
        ),
    ),
    Variation(
        "company-es-14",
        "ASECAFO - Dirección Ejecutiva",
        "direccion@asecafo.example.org.gt",
        "Aporte de ASECAFO",
        """
        Estimado Relator Especial:

        La Asociación de Empresarios Cafetaleros de Occidente (ASECAFO) le hace llegar su
        aporte sobre la migración de cortadores de café entre Guatemala y México y el
        impacto de la roya y las sequías en el empleo rural.

        Saludos cordiales,
        Ing. Rodolfo Herrarte Mazariegos
        Director Ejecutivo
        Quetzaltenango, Guatemala
        """,
        "",
        "private_sector",
        (
            "Asociación de Empresarios Cafetaleros de Occidente",
            "Asociación de Empresarios Cafetaleros de Occidente (ASECAFO)",
        ),
    ),
    Variation(
        "company-es-15",
        "Larraín & Ocampo Abogados",
        "mocampo@larrainocampo.example.cl",
        "Aporte en representación de Constructora Andina del Norte S.A.",
        """
        Estimado Relator Especial:

        En representación de nuestra cliente, Constructora Andina del Norte S.A., empresa
        que emplea a más de 900 trabajadores extranjeros en obras de reconstrucción tras
        los incendios de Viña del Mar, adjuntamos su aporte.

        Atentamente,

        Matías Ocampo Reyes
        Socio
        Larraín & Ocampo Abogados
        Av. Apoquindo 3000, Las Condes, Santiago
        """,
        """
        CONSTRUCTORA ANDINA DEL NORTE S.A.

        Aporte al Relator Especial sobre los derechos humanos de los migrantes
        """,
        "private_sector",
        ("Constructora Andina del Norte S.A.", "Constructora Andina del Norte"),
    ),
    Variation(
        "company-es-16",
        "GRUPO ASEGURADOR ISTMEÑO",
        "sostenibilidad@grupoistmeno.example.com.pa",
        "Aporte de Grupo Asegurador Istmeño",
        """
        Estimado Relator Especial:

        Grupo Asegurador Istmeño, S.A. ofrece microseguros climáticos en Panamá, Costa Rica
        y Nicaragua. Le enviamos un aporte sobre la cobertura de trabajadores migrantes
        nicaragüenses y de comunidades guna desplazadas por el aumento del nivel del mar.

        Gerencia de Sostenibilidad
        Grupo Asegurador Istmeño, S.A.
        Ciudad de Panamá
        """,
        "",
        "private_sector",
        (
            "Grupo Asegurador Istmeño, S.A.",
            "Grupo Asegurador Istmeño S.A.",
            "Grupo Asegurador Istmeño",
        ),
    ),
    # ── unions, parliamentarians, faith groups, local authorities, students ──
    Variation(
        "other-en-01",
        "TAVITA, Ruth",
        "ruth.tavita@parliament.example.govt.nz",
        "Submission from Ruth Tavita MP",
        """
        Dear Special Rapporteur,

        As a Member of Parliament and spokesperson for Pacific Peoples, I am pleased to
        share a short submission on the Pacific Access Category, seasonal employment and
        the need for a humanitarian visa for people displaced by disasters in the Pacific.

        Ngā mihi nui,

        Ruth Tavita MP
        List Member of Parliament
        Parliament Buildings, Wellington 6160
        """,
        "",
        "other",
        ("Ruth Tavita", "Ruth Tavita MP"),
    ),
    Variation(
        "other-en-02",
        "SPWU HQ",
        "hq@spwu.example.org.my",
        "SPWU submission - plantation workers and floods",
        """
        Dear Special Rapporteur,

        The Sarawak Plantation Workers' Union (SPWU) submits the attached on the situation
        of Indonesian and Bangladeshi plantation workers during the floods of 2025, when
        workers were left in flooded lines without food for days.

        In solidarity,
        General Secretary
        Sarawak Plantation Workers' Union
        Sibu, Sarawak
        """,
        "",
        "other",
        (
            "Sarawak Plantation Workers' Union (SPWU)",
            "Sarawak Plantation Workers' Union",
        ),
    ),
    Variation(
        "other-en-03",
        "Hon. General Secretary",
        "gensec.cdba@gmail.example.com",
        "Submission of Coastal Districts Bar Association",
        """
        Respected Special Rapporteur,

        The Coastal Districts Bar Association, a body of advocates practising in Khulna,
        Bagerhat and Satkhira, submits the attached on legal aid for climate migrants,
        land claims after erosion and the prosecution of trafficking victims.

        Yours faithfully,
        Advocate Rezaul Karim Mollah
        Hon. General Secretary
        """,
        """
        COASTAL DISTRICTS BAR ASSOCIATION
        Khulna, Bangladesh
        """,
        "other",
        ("Coastal Districts Bar Association",),
    ),
    Variation(
        "other-en-04",
        "Synod Office",
        "synod.office@outerislandsmethodist.example.org.ki",
        "Submission - Methodist Synod of the Outer Islands",
        """
        Dear Special Rapporteur,

        Greetings in the name of our Lord. The Methodist Synod of the Outer Islands shares
        the attached reflection of our congregations on sea-level rise, the families who
        have moved to South Tarawa and abroad, and what it means to leave the land of our
        ancestors.

        Rev. Teburoro Kaitu
        Synod Secretary
        """,
        "",
        "other",
        ("Methodist Synod of the Outer Islands",),
    ),
    Variation(
        "other-en-05",
        "Mayor's Office DNCC",
        "mayor.office@dncc.example.gov.bd",
        "Input of Dhaka North City Corporation",
        """
        Dear Special Rapporteur,

        Dhaka North City Corporation, host to hundreds of thousands of people who arrive
        from the coast and river islands each year, is pleased to share its input on
        informal settlements, access to services and urban heat.

        With regards,
        Office of the Mayor
        Dhaka North City Corporation
        Gulshan-2, Dhaka
        """,
        "",
        "other",
        ("Dhaka North City Corporation",),
    ),
    Variation(
        "other-en-06",
        "ARCCM Secretariat",
        "secretariat@arccm.example.org",
        "City network input: receiving cities and climate mobility",
        """
        Dear Special Rapporteur,

        On behalf of our 38 member cities, the ARCCM Secretariat attaches our joint input on
        how cities receive people who move because of climate change and disasters.

        Kind regards,
        ARCCM Secretariat
        Rotterdam / Dhaka / Accra
        """,
        """
        Alliance of Receiving Cities on Climate Mobility (ARCCM)

        Cities first: receiving people on the move in a changing climate
        """,
        "other",
        (
            "Alliance of Receiving Cities on Climate Mobility (ARCCM)",
            "Alliance of Receiving Cities on Climate Mobility",
        ),
    ),
    Variation(
        "other-en-07",
        "Grants Team",
        "grants@lowellmarsh.example.org",
        "Lowell-Marsh Foundation - submission",
        """
        Dear Special Rapporteur,

        The Lowell-Marsh Foundation has funded community-led responses to disaster
        displacement since 2015. We share a short note on lessons from our grantees in the
        Caribbean and the Sahel.

        Warm regards,
        Deborah Lowell-Nkosi
        Program Director, Climate and Mobility
        Lowell-Marsh Foundation
        """,
        "",
        "other",
        ("Lowell-Marsh Foundation",),
    ),
    Variation(
        "other-en-08",
        "Eastmarsh SU International Officer",
        "international.officer@eastmarshsu.example.ac.uk",
        "Students' Union submission",
        """
        Dear Special Rapporteur,

        Eastmarsh Students' Union represents over 2,000 international students, some of
        whom cannot return home after floods in Pakistan and Nigeria and face visa expiry.
        Attached is our submission.

        Best,
        Chidinma Obi (she/her)
        International Students' Officer, Eastmarsh Students' Union
        """,
        "",
        "other",
        ("Eastmarsh Students' Union",),
    ),
    Variation(
        "other-fr-09",
        "PSC Bureau politique",
        "bureau@solidariteclimat.example.be",
        "Contribution du Parti Solidarité Climat",
        """
        Monsieur le Rapporteur spécial,

        Le Parti Solidarité Climat (PSC) vous adresse sa contribution, qui plaide pour un
        statut européen de protection des personnes déplacées par les catastrophes.

        Pour le Bureau politique,
        Amandine Coppens, co-présidente
        Rue du Marché-aux-Herbes 61, Bruxelles
        """,
        "",
        "other",
        ("Parti Solidarité Climat (PSC)", "Parti Solidarité Climat"),
    ),
    Variation(
        "other-fr-10",
        "Cabinet du Maire - Saint-Louis",
        "cabinet.maire@villesaintlouis.example.sn",
        "Contribution de la Ville de Saint-Louis",
        """
        Monsieur le Rapporteur spécial,

        La Ville de Saint-Louis vous transmet sa contribution sur la relocalisation des
        familles de la Langue de Barbarie et sur l'accueil des pêcheurs migrants venus de
        Mauritanie et de Guinée.

        Le Chef de Cabinet
        Hôtel de Ville, Saint-Louis, Sénégal
        """,
        "",
        "other",
        ("Ville de Saint-Louis", "Commune de Saint-Louis"),
    ),
    Variation(
        "other-fr-11",
        "STSAP",
        "stsap.syndicat@gmail.example.com",
        "Contribution STSAP",
        """
        Bonjour,

        Le STSAP vous transmet sa contribution sur les saisonniers agricoles étrangers dans
        les vergers et les serres de Provence pendant les canicules.

        Salutations syndicales,
        Le bureau du STSAP
        """,
        """
        Syndicat des travailleurs saisonniers agricoles de Provence (STSAP)

        Canicule et saisonniers étrangers
        """,
        "other",
        (
            "Syndicat des travailleurs saisonniers agricoles de Provence (STSAP)",
            "Syndicat des travailleurs saisonniers agricoles de Provence",
        ),
    ),
    Variation(
        "other-fr-12",
        "Conférence des bâtonniers du Sahel central",
        "secretariat@batonnierssahel.example.bf",
        "Contribution de la Conférence des bâtonniers",
        """
        Monsieur le Rapporteur spécial,

        La Conférence des bâtonniers des barreaux du Sahel central a l'honneur de vous
        transmettre ses observations sur l'assistance juridique aux migrants interceptés
        et aux déplacés climatiques au Burkina Faso, au Mali et au Niger.

        Le Secrétaire permanent
        Ouagadougou
        """,
        "",
        "other",
        ("Conférence des bâtonniers des barreaux du Sahel central",),
    ),
    Variation(
        "other-fr-13",
        "UCMT",
        "ucmt.tillaberi@yahoo.example.fr",
        "Contribution de l'Union des communautés musulmanes de Tillabéri",
        """
        Au nom d'Allah, le Tout Miséricordieux,

        Monsieur le Rapporteur spécial,

        L'Union des communautés musulmanes de Tillabéri vous transmet son message sur les
        familles que nos mosquées accueillent après les inondations du fleuve Niger.

        Imam Oumarou Dan Baba
        Président
        """,
        "",
        "other",
        ("Union des communautés musulmanes de Tillabéri",),
    ),
    Variation(
        "other-es-14",
        "Consejo Autoridades Wayuu Uribia",
        "autoridadeswayuu.uribianorte@gmail.example.com",
        "Palabra de las autoridades tradicionales wayuu",
        """
        Señor Relator Especial:

        El Consejo de Autoridades Tradicionales Wayuu de Uribia Norte, en nombre de sus
        comunidades, le hace llegar su palabra sobre la sequía, la muerte de nuestros
        animales y el paso de familias wayuu entre Colombia y Venezuela, que son un solo
        territorio para nosotros.

        Autoridad tradicional
        Consejo de Autoridades Tradicionales Wayuu de Uribia Norte
        La Guajira
        """,
        "",
        "other",
        ("Consejo de Autoridades Tradicionales Wayuu de Uribia Norte",),
    ),
    Variation(
        "other-es-15",
        "Presidencia Municipal Tapachula",
        "presidencia@tapachula.example.gob.mx",
        "Aporte del H. Ayuntamiento de Tapachula",
        """
        Estimado Relator Especial:

        El H. Ayuntamiento de Tapachula remite su aporte sobre la atención municipal a
        personas migrantes en la ciudad y las afectaciones por lluvias torrenciales en los
        albergues.

        Atentamente,
        Dirección de Atención al Migrante
        H. Ayuntamiento de Tapachula, Chiapas
        """,
        "",
        "other",
        ("Ayuntamiento de Tapachula", "H. Ayuntamiento de Tapachula"),
    ),
    Variation(
        "other-es-16",
        "Dip. María Fernanda Solórzano",
        "mfsolorzano@congresonacional.example.hn",
        "Aporte de la diputada María Fernanda Solórzano",
        """
        Estimado Relator Especial:

        Como diputada al Congreso Nacional por el departamento de Choluteca y presidenta
        de la comisión de migración, le comparto mi aporte sobre el retorno de personas
        deportadas a municipios del Corredor Seco.

        Atentamente,
        María Fernanda Solórzano
        Diputada
        """,
        "",
        "other",
        ("María Fernanda Solórzano", "Dip. María Fernanda Solórzano"),
    ),
    Variation(
        "other-es-17",
        "FEUAS",
        "feuas.soconusco@gmail.example.com",
        "Aporte de la Federación Estudiantil",
        """
        Estimado Relator:

        La Federación Estudiantil de la Universidad Autónoma del Soconusco (FEUAS) le
        envía su aporte sobre estudiantes migrantes centroamericanos y caribeños en
        Tapachula.

        Saludos estudiantiles,
        Comité Ejecutivo FEUAS
        """,
        "",
        "other",
        (
            "Federación Estudiantil de la Universidad Autónoma del Soconusco (FEUAS)",
            "Federación Estudiantil de la Universidad Autónoma del Soconusco",
        ),
    ),
]

VARIATIONS: list[Variation] = [tidy(v) for v in _RAW]
