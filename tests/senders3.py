# ruff: noqa: E501
"""A third set of sender variations for the submitter detector, written apart from its rules.

The same record as the second set (`senders2.Variation`): one e-mail as it reaches a call
for inputs, with the answer an officer would publish on the "Submissions received" page.
Beside the second set's ways of writing, this one holds notes verbales naming the mission
only in their body, ministries writing directly, NHRIs under their local names, the
regional offices of intergovernmental bodies, university centres and clinics, joint
submissions, lawyers writing for a client, "Last, First" and all-caps display names,
signatures cluttered with titles, phone lines and "Sent from my iPhone", and names with
apostrophes, hyphens, accents and inner "of", "de" or "for".

NGOs, companies and people are invented, on example.* domains or free-mail addresses.
States, NHRIs and intergovernmental bodies are real, under the names and mail domains
their own sites use (each named in a comment by the case; NHRIs as on GANHRI's chart of
accreditation); their staff and mailboxes are invented.

Ids are `<category>-<language>-<nn>`, numbered within a category. `half` splits each
category's cases two by two: of cases 01 and 02, 03 and 04…, a hash of the category and
the pair picks the one kept frozen, so that every category sits in both halves and no
case ever moves between them.
"""

from __future__ import annotations

import hashlib

from senders2 import TYPES, Variation, category, language, tidy

__all__ = ["CATEGORIES", "TYPES", "VARIATIONS", "Variation", "category", "half", "language"]

CATEGORIES = (
    "shared",  # a shared mailbox: info@, contact@, "Equipo de comunicación"
    "person",  # a staff member writes for the organisation
    "letterhead",  # a free-mail address; the organisation only on the letterhead
    "bilingual",  # the organisation's name in two languages
    "acronym",  # the acronym in one place, the full name in another
    "ngostate",  # an NGO that names a State, or a State-like word in its name
    "verbale",  # a note verbale whose mission is named only in its body
    "ministry",  # a ministry or State agency writing directly, not through its mission
    "nhri",  # a national human rights institution under its local name
    "regional",  # a regional office or bureau of an intergovernmental body
    "clinic",  # a university research centre, institute or legal clinic
    "company",  # companies and business associations
    "coalition",  # coalitions and joint submissions
    "individual",  # a person writing for themselves from a personal address
    "lawyer",  # a lawyer or law firm writing for a client
    "display",  # "Last, First" or all-caps display names
    "signature",  # titles, phone lines, addresses, disclaimers, "Sent from my iPhone"
    "punctuation",  # apostrophes, hyphens, accents, inner "of", "de", "for"
    "ending",  # names ending in Network, Initiative, Watch, Centre…
)


def half(v: Variation) -> str:
    """Of each pair of a category's cases (01 and 02, 03 and 04…), one is frozen: which one
    a hash of the category and the pair decides, so the id alone fixes the half."""
    number = int(v.id.rsplit("-", 1)[1]) - 1
    pair = f"{category(v)}-{number // 2}"
    frozen_first = hashlib.sha256(pair.encode()).digest()[0] % 2 == 0
    return "frozen" if (number % 2 == 0) == frozen_first else "tune"


_RAW: list[Variation] = [
    # --- shared mailboxes -------------------------------------------------------------
    Variation(
        "shared-en-01",
        "Info Desk",
        "info@tidewatersolidarity.example.org",
        "Submission: call for inputs on climate displacement",
        """
        Dear Working Group members,

        Attached is our submission on planned relocation of coastal communities.

        With thanks,
        Info Desk
        Tidewater Solidarity Trust
        """,
        """
        Tidewater Solidarity Trust
        Planned relocation and the right to housing: lessons from three deltas
        """,
        "civil_society",
        ("Tidewater Solidarity Trust",),
    ),
    Variation(
        "shared-en-02",
        "Admin",
        "admin@kestrelrights.example.org",
        "Re: Call for inputs - deadline 15 March",
        """
        Hello,

        Kindly find our input attached. Please confirm receipt.

        Regards,
        The Admin Team | Kestrel Rights Foundation
        """,
        "",
        "civil_society",
        ("Kestrel Rights Foundation",),
    ),
    Variation(
        "shared-fr-03",
        "Contact",
        "contact@maisondesfemmesdusahel.example.org",
        "Contribution – appel à contributions",
        """
        Bonjour,

        Nous vous transmettons ci-joint la contribution de la Maison des femmes du Sahel
        sur les mariages d'enfants dans la région de Tillabéri.

        L'équipe de la Maison des femmes du Sahel
        Niamey, Niger
        """,
        "",
        "civil_society",
        ("Maison des femmes du Sahel",),
    ),
    Variation(
        "shared-es-04",
        "Equipo de comunicación",
        "comunicacion@colectivoraicesvivas.example.org",
        "Aporte a la convocatoria",
        """
        Buenas tardes:

        Compartimos nuestro aporte sobre la criminalización de defensoras ambientales.

        Saludos cordiales,
        Equipo de comunicación
        Colectivo Raíces Vivas
        Tegucigalpa, Honduras
        """,
        """
        COLECTIVO RAÍCES VIVAS
        Criminalización de defensoras ambientales en Honduras
        """,
        "civil_society",
        ("Colectivo Raíces Vivas",),
    ),
    Variation(
        "shared-en-05",
        "Office",
        "office@silverbirchalliance.example.org",
        "Input from the Silver Birch Alliance for Older Persons",
        """
        Dear Sir or Madam,

        The Silver Birch Alliance for Older Persons (SBA) welcomes the opportunity to
        contribute. Our submission is attached.

        Office of the Secretariat
        SBA
        """,
        "",
        "civil_society",
        (
            "Silver Birch Alliance for Older Persons (SBA)",
            "Silver Birch Alliance for Older Persons",
        ),
    ),
    Variation(
        "shared-en-06",
        "noreply",
        "noreply@lanternlegal.example.org",
        "Form submission: call for inputs",
        """
        A new contribution was sent from our website on behalf of Lantern Legal Empowerment.

        Organisation: Lantern Legal Empowerment
        Country: Uganda
        File: submission_WG_2026.pdf
        """,
        "",
        "civil_society",
        ("Lantern Legal Empowerment",),
    ),
    Variation(
        "shared-fr-07",
        "Secrétariat général",
        "sg@ligueivoiriennedesdroits.example.org",
        "Soumission de la LIDD",
        """
        Madame, Monsieur,

        La Ligue ivoirienne pour la défense des droits (LIDD) a l'honneur de vous faire
        parvenir sa contribution.

        Le Secrétariat général
        """,
        "",
        "civil_society",
        (
            "Ligue ivoirienne pour la défense des droits (LIDD)",
            "Ligue ivoirienne pour la défense des droits",
        ),
    ),
    Variation(
        "shared-es-08",
        "Info",
        "info@redmujeresandinas.example.org",
        "Contribución",
        """
        Estimado equipo:

        Remitimos adjunto el documento de la Red de Mujeres Andinas por la Tierra.

        Atentamente,
        Coordinación general
        """,
        """
        Red de Mujeres Andinas por la Tierra
        Contribución al Grupo de Trabajo
        """,
        "civil_society",
        ("Red de Mujeres Andinas por la Tierra",),
    ),
    # --- a person writing for an organisation -----------------------------------------
    Variation(
        "person-en-01",
        "Grace Mwangi",
        "grace.mwangi@sautiyawafugaji.example.org",
        "Submission on pastoralist land rights",
        """
        Dear colleagues,

        I am writing on behalf of Sauti ya Wafugaji to share the attached submission.

        Kind regards,
        Grace Mwangi
        Programme Coordinator
        Sauti ya Wafugaji
        """,
        "",
        "civil_society",
        ("Sauti ya Wafugaji",),
    ),
    Variation(
        "person-en-02",
        "Daniel Okafor",
        "d.okafor@brightwaterfoundation.example.org",
        "Input - right to water",
        """
        Dear Working Group,

        Please see attached. I led the research for this report together with community
        monitors in Lagos State.

        Daniel Okafor
        Head of Research, Brightwater Foundation
        """,
        """
        Brightwater Foundation
        Water kiosks and informal settlements in Lagos State
        Author: Daniel Okafor
        """,
        "civil_society",
        ("Brightwater Foundation",),
    ),
    Variation(
        "person-fr-03",
        "Aïssatou Diallo",
        "adiallo@collectifjuristesguinee.example.org",
        "Contribution du Collectif des juristes de Guinée",
        """
        Bonjour,

        Je vous prie de trouver ci-joint la contribution du Collectif des juristes de
        Guinée.

        Aïssatou Diallo
        Chargée de programme
        """,
        "",
        "civil_society",
        ("Collectif des juristes de Guinée",),
    ),
    Variation(
        "person-es-04",
        "Martín Quispe",
        "mquispe@centroamazonico.example.org",
        "Aporte sobre pueblos en aislamiento",
        """
        Estimados:

        En nombre del Centro Amazónico de Derechos Indígenas (CADI), adjunto nuestro
        aporte.

        Martín Quispe Huamán
        Área de incidencia
        """,
        "",
        "civil_society",
        (
            "Centro Amazónico de Derechos Indígenas (CADI)",
            "Centro Amazónico de Derechos Indígenas",
        ),
    ),
    Variation(
        "person-en-05",
        "Priya Raman",
        "priya@openroadsmigrants.example.org",
        "Our input",
        """
        Hi,

        Sharing our input on behalf of the team. Let me know if anything is missing.

        Thanks,
        Priya

        Priya Raman (she/her)
        Policy Lead | Open Roads Migrant Support
        """,
        "",
        "civil_society",
        ("Open Roads Migrant Support",),
    ),
    Variation(
        "person-en-06",
        "Thomas Becker",
        "t.becker@fairtracelabour.example.org",
        "Fair Trace Labour Monitor - submission",
        """
        Dear Secretariat,

        I attach the submission of Fair Trace Labour Monitor on audits in garment supply
        chains. I am the author and remain available for questions.

        Best,
        Thomas Becker
        Senior Researcher
        """,
        "",
        "civil_society",
        ("Fair Trace Labour Monitor",),
    ),
    Variation(
        "person-fr-07",
        "Jean-Baptiste Mukendi",
        "jb.mukendi@actionpaixkivu.example.org",
        "Contribution",
        """
        Madame, Monsieur,

        Au nom d'Action pour la paix au Kivu, je vous adresse notre contribution sur les
        disparitions forcées dans le Nord-Kivu.

        Jean-Baptiste Mukendi
        Coordonnateur
        Action pour la paix au Kivu
        Goma, RDC
        """,
        "",
        "civil_society",
        ("Action pour la paix au Kivu",),
    ),
    Variation(
        "person-es-08",
        "Lucía Fernández",
        "lfernandez@observatoriocarcelario.example.org",
        "Aporte del Observatorio",
        """
        Hola,

        Les escribo para compartir el informe del Observatorio Carcelario del Litoral
        sobre la prisión preventiva.

        Un saludo,
        Lucía Fernández
        Investigadora
        """,
        "",
        "civil_society",
        ("Observatorio Carcelario del Litoral",),
    ),
    # --- letterhead or title page only -------------------------------------------------
    Variation(
        "letterhead-en-01",
        "Samuel Banda",
        "samuelbanda77@gmail.com",
        "submission",
        """
        Please find attached.

        Samuel
        """,
        """
        ZAMBEZI YOUTH FOR ACCOUNTABILITY
        Plot 14, Kabulonga Road, Lusaka

        Submission to the Working Group on the right to development
        """,
        "civil_society",
        ("Zambezi Youth for Accountability",),
    ),
    Variation(
        "letterhead-en-02",
        "",
        "harbourwomen.collective@yahoo.com",
        "Input for the report",
        """
        Dear Sir/Madam,

        Our input is attached.

        Regards
        """,
        """
        Harbour Women's Collective
        Input to the call on women in informal work
        Chittagong, Bangladesh
        """,
        "civil_society",
        ("Harbour Women's Collective",),
    ),
    Variation(
        "letterhead-fr-03",
        "Moussa Traoré",
        "moussa.traore.bko@gmail.com",
        "Contribution",
        """
        Bonjour,

        Ci-joint notre document.

        Cordialement
        Moussa
        """,
        """
        ASSOCIATION MALIENNE DES FAMILLES DE DISPARUS (AMFD)
        BP 2231 Bamako

        Contribution à l'appel du Groupe de travail sur les disparitions forcées
        """,
        "civil_society",
        (
            "Association malienne des familles de disparus (AMFD)",
            "Association malienne des familles de disparus",
        ),
    ),
    Variation(
        "letterhead-es-04",
        "Rosa Elena",
        "rosaelena.ch@hotmail.com",
        "Documento",
        """
        Buen día, envío el documento.

        Rosa Elena
        """,
        """
        Asociación de Trabajadoras del Hogar de Chiapas
        Aporte sobre el trabajo doméstico remunerado
        San Cristóbal de las Casas, marzo de 2026
        """,
        "civil_society",
        ("Asociación de Trabajadoras del Hogar de Chiapas",),
    ),
    Variation(
        "letterhead-en-05",
        "K. Perera",
        "kperera.lk@gmail.com",
        "Call for inputs",
        """
        Dear Working Group,

        I am sending this for our organisation; the letter is attached.

        K. Perera
        """,
        """
        Lanka Tea Estate Workers' Rights Forum (LTEWRF)
        Hatton, Sri Lanka

        To: the Working Group on contemporary forms of slavery
        """,
        "civil_society",
        (
            "Lanka Tea Estate Workers' Rights Forum (LTEWRF)",
            "Lanka Tea Estate Workers' Rights Forum",
        ),
    ),
    Variation(
        "letterhead-en-06",
        "Mobile User",
        "m.user2019@outlook.com",
        "fwd",
        """
        Sent from my Samsung Galaxy smartphone.
        """,
        """
        Northern Plains Disability Advocacy
        Submission on inclusive emergency planning
        """,
        "civil_society",
        ("Northern Plains Disability Advocacy",),
    ),
    Variation(
        "letterhead-fr-07",
        "",
        "collectif.tanafrica@gmail.com",
        "Contribution",
        """
        Madame, Monsieur,

        Vous trouverez ci-joint notre contribution.

        Bien à vous
        """,
        """
        Collectif pour la justice foncière à Madagascar
        Lot II J 45, Antananarivo

        Accaparement des terres et droits des paysans
        """,
        "civil_society",
        ("Collectif pour la justice foncière à Madagascar",),
    ),
    Variation(
        "letterhead-es-08",
        "Pedro",
        "pedro.mz1980@gmail.com",
        "aporte",
        """
        Adjunto.
        """,
        """
        FUNDACIÓN TIERRA Y DIGNIDAD
        Personería jurídica 0432-2011 · Cochabamba, Bolivia

        Aporte a la convocatoria sobre el derecho a la alimentación
        """,
        "civil_society",
        ("Fundación Tierra y Dignidad",),
    ),
    # --- names in two languages ---------------------------------------------------------
    Variation(
        "bilingual-en-01",
        "Communications",
        "comms@clearwaterinitiative.example.org",
        "Submission / Soumission",
        """
        Please find our submission attached. / Veuillez trouver ci-joint notre soumission.

        Clearwater Rights Initiative / Initiative Clearwater pour les droits
        Montréal, Canada
        """,
        "",
        "civil_society",
        (
            "Clearwater Rights Initiative",
            "Clearwater Rights Initiative / Initiative Clearwater pour les droits",
        ),
    ),
    Variation(
        "bilingual-fr-02",
        "Hélène Gagnon",
        "hgagnon@liguesolidarite.example.org",
        "Contribution / Submission",
        """
        Madame, Monsieur,

        Au nom de la Ligue québécoise de solidarité internationale (Quebec League for
        International Solidarity), je vous transmets notre contribution.

        Hélène Gagnon
        """,
        "",
        "civil_society",
        (
            "Ligue québécoise de solidarité internationale",
            "Ligue québécoise de solidarité internationale / Quebec League for International Solidarity",
        ),
    ),
    Variation(
        "bilingual-es-03",
        "Ana Morales",
        "amorales@redfronteriza.example.org",
        "Aporte / Input",
        """
        Estimados / Dear colleagues,

        Adjuntamos nuestro aporte. / Please find our input attached.

        Ana Morales
        Red Fronteriza de Derechos Humanos / Border Human Rights Network
        El Paso – Ciudad Juárez
        """,
        "",
        "civil_society",
        (
            "Red Fronteriza de Derechos Humanos",
            "Red Fronteriza de Derechos Humanos / Border Human Rights Network",
            "Border Human Rights Network",
        ),
    ),
    Variation(
        "bilingual-en-04",
        "Secretariat",
        "secretariat@caribbeanlgbtcoalition.example.org",
        "Input on SOGI and access to justice",
        """
        Dear Working Group,

        The Caribbean Coalition for Equality (Coalition caribéenne pour l'égalité) submits
        the attached input on behalf of its members in 11 countries.

        Secretariat
        Caribbean Coalition for Equality
        """,
        "",
        "civil_society",
        (
            "Caribbean Coalition for Equality",
            "Caribbean Coalition for Equality / Coalition caribéenne pour l'égalité",
        ),
    ),
    Variation(
        "bilingual-en-05",
        "Yusuf Ibrahim",
        "yibrahim@sahelpeace.example.org",
        "Submission",
        """
        Dear colleagues,

        Please find attached our submission.

        Yusuf Ibrahim
        Director
        """,
        """
        SAHEL PEACE NETWORK
        RÉSEAU SAHEL PAIX

        Submission to the Working Group on mercenaries
        """,
        "civil_society",
        ("Sahel Peace Network", "Sahel Peace Network / Réseau Sahel Paix"),
    ),
    Variation(
        "bilingual-fr-06",
        "Info",
        "info@femmesjuristesbenin.example.org",
        "Contribution de l'AFJB",
        """
        Bonjour,

        L'Association des femmes juristes du Bénin (AFJB) / Association of Women Lawyers
        of Benin vous transmet sa contribution.

        Cordialement,
        AFJB
        """,
        "",
        "civil_society",
        (
            "Association des femmes juristes du Bénin (AFJB)",
            "Association des femmes juristes du Bénin",
            "Association des femmes juristes du Bénin / Association of Women Lawyers of Benin",
        ),
    ),
    Variation(
        "bilingual-es-07",
        "Centro Maya",
        "contacto@centromaya.example.org",
        "Aporte",
        """
        Buenas tardes,

        Compartimos el aporte del Centro Maya Saqb'e / Saqb'e Mayan Centre.

        Atentamente,
        Centro Maya Saqb'e
        Quetzaltenango, Guatemala
        """,
        "",
        "civil_society",
        ("Centro Maya Saqb'e", "Centro Maya Saqb'e / Saqb'e Mayan Centre"),
    ),
    Variation(
        "bilingual-en-08",
        "Legal Team",
        "legal@nordicsamirights.example.org",
        "Input to the call",
        """
        Dear Working Group,

        Attached is the input of the Sámi Rights Council (Sámi Vuoigatvuođaid Ráđđi).

        Legal Team
        Sámi Rights Council
        Kárášjohka, Norway
        """,
        "",
        "civil_society",
        ("Sámi Rights Council", "Sámi Rights Council / Sámi Vuoigatvuođaid Ráđđi"),
    ),
    # --- acronym and full name in different places -------------------------------------
    Variation(
        "acronym-en-01",
        "HRDN",
        "contact@hrdn.example.org",
        "HRDN submission",
        """
        Dear Working Group,

        HRDN is pleased to share its input.

        HRDN Secretariat
        """,
        """
        Human Rights Defenders Network of the Great Lakes (HRDN)
        Submission on reprisals against defenders
        """,
        "civil_society",
        (
            "Human Rights Defenders Network of the Great Lakes (HRDN)",
            "Human Rights Defenders Network of the Great Lakes",
        ),
    ),
    Variation(
        "acronym-en-02",
        "Mary Tan",
        "mary.tan@awam.example.org",
        "AWAM input",
        """
        Dear colleagues,

        On behalf of the Asian Women's Action Movement, I attach our contribution.

        Mary Tan
        AWAM | Kuala Lumpur
        """,
        "",
        "civil_society",
        ("Asian Women's Action Movement (AWAM)", "Asian Women's Action Movement"),
    ),
    Variation(
        "acronym-fr-03",
        "RADDHO-Est",
        "raddhoest@example.org",
        "Contribution",
        """
        Bonjour,

        Veuillez trouver ci-joint notre contribution.

        Le Bureau exécutif du RADDHO-Est
        """,
        """
        Réseau africain des défenseurs des droits humains de l'Est (RADDHO-Est)
        Contribution sur la liberté d'association
        """,
        "civil_society",
        (
            "Réseau africain des défenseurs des droits humains de l'Est (RADDHO-Est)",
            "Réseau africain des défenseurs des droits humains de l'Est",
        ),
    ),
    Variation(
        "acronym-es-04",
        "CEDIR",
        "cedir@example.org.pe",
        "Aporte del CEDIR",
        """
        Estimados:

        El Centro de Estudios para el Desarrollo Inclusivo y Rural remite su aporte.

        Saludos,
        CEDIR – Lima
        """,
        "",
        "civil_society",
        (
            "Centro de Estudios para el Desarrollo Inclusivo y Rural (CEDIR)",
            "Centro de Estudios para el Desarrollo Inclusivo y Rural",
        ),
    ),
    Variation(
        "acronym-en-05",
        "PRAXIS team",
        "team@praxis-rights.example.org",
        "Input",
        """
        Hello,

        Input from PRAXIS attached.

        The PRAXIS team
        Promoting Rights and Accountability in Extractive Industries (PRAXIS)
        """,
        "",
        "civil_society",
        (
            "Promoting Rights and Accountability in Extractive Industries (PRAXIS)",
            "Promoting Rights and Accountability in Extractive Industries",
        ),
    ),
    Variation(
        "acronym-en-06",
        "Jonas Lind",
        "jonas.lind@ecoj.example.org",
        "ECOJ contribution",
        """
        Dear Working Group,

        Attached is ECOJ's contribution. ECOJ (the European Centre for Ocean Justice) works
        with fishing communities in six countries.

        Jonas Lind
        """,
        "",
        "civil_society",
        ("European Centre for Ocean Justice (ECOJ)", "European Centre for Ocean Justice"),
    ),
    Variation(
        "acronym-fr-07",
        "APDH Tchad",
        "apdh.tchad@example.org",
        "Soumission APDH",
        """
        Madame, Monsieur,

        L'APDH vous fait parvenir sa soumission.

        Association pour la promotion des droits humains au Tchad
        N'Djamena
        """,
        "",
        "civil_society",
        (
            "Association pour la promotion des droits humains au Tchad (APDH)",
            "Association pour la promotion des droits humains au Tchad",
        ),
    ),
    Variation(
        "acronym-es-08",
        "Oficina FUNDAR-Sur",
        "oficina@fundarsur.example.org",
        "FUNDAR-Sur: aporte",
        """
        Estimadas y estimados:

        Adjuntamos el aporte de FUNDAR-Sur.

        Fundación para el Desarrollo y los Derechos del Sur (FUNDAR-Sur)
        Neuquén, Argentina
        """,
        "",
        "civil_society",
        (
            "Fundación para el Desarrollo y los Derechos del Sur (FUNDAR-Sur)",
            "Fundación para el Desarrollo y los Derechos del Sur",
        ),
    ),
    # --- NGOs that name a State or carry State-like words --------------------------------
    Variation(
        "ngostate-en-01",
        "Fatima Noor",
        "fnoor@pakistanlegalaid.example.org",
        "Submission on blasphemy laws in Pakistan",
        """
        Dear Working Group,

        We submit the attached on the situation in Pakistan. We call on the Government of
        Pakistan and its Permanent Mission in Geneva to respond to the cases documented.

        Fatima Noor
        Pakistan Legal Aid Society
        """,
        "",
        "civil_society",
        ("Pakistan Legal Aid Society",),
    ),
    Variation(
        "ngostate-en-02",
        "Mission Office",
        "office@missionforrefugees.example.org",
        "Mission for Refugees in Kenya - input",
        """
        Dear colleagues,

        The Mission for Refugees in Kenya shares its input on encampment policies of the
        Republic of Kenya.

        Mission Office
        Mission for Refugees in Kenya
        Nairobi
        """,
        "",
        "civil_society",
        ("Mission for Refugees in Kenya",),
    ),
    Variation(
        "ngostate-fr-03",
        "Comité Tunisie",
        "contact@comitelibertestunisie.example.org",
        "Contribution sur la Tunisie",
        """
        Madame, Monsieur,

        Le Comité pour le respect des libertés en Tunisie présente ses compliments au
        Groupe de travail et lui transmet sa contribution sur la situation en Tunisie.

        Comité pour le respect des libertés en Tunisie
        Paris
        """,
        "",
        "civil_society",
        ("Comité pour le respect des libertés en Tunisie",),
    ),
    Variation(
        "ngostate-es-04",
        "Comisión Colombiana",
        "info@comisionjuristascolombianos.example.org",
        "Aporte sobre Colombia",
        """
        Estimados:

        Adjuntamos nuestro informe sobre Colombia, en el que el Estado colombiano no ha
        respondido a las recomendaciones del Grupo de Trabajo.

        Comisión de Juristas por la Paz en Colombia
        Bogotá
        """,
        "",
        "civil_society",
        ("Comisión de Juristas por la Paz en Colombia",),
    ),
    Variation(
        "ngostate-en-05",
        "Friends of Myanmar",
        "hello@friendsofmyanmar.example.org",
        "Myanmar: input on arbitrary detention",
        """
        Dear Working Group,

        Friends of Myanmar Democracy is an association of the diaspora in the United
        Kingdom. Our input on detentions by the military in Myanmar is attached.

        Friends of Myanmar Democracy
        London
        """,
        "",
        "civil_society",
        ("Friends of Myanmar Democracy",),
    ),
    Variation(
        "ngostate-en-06",
        "Sophie Wright",
        "swright@republicwatchuk.example.org",
        "Submission",
        """
        Dear Secretariat,

        On behalf of the Commonwealth Prisoners' Trust, I attach our submission on
        prison conditions in the United Kingdom of Great Britain and Northern Ireland.

        Sophie Wright
        Commonwealth Prisoners' Trust
        """,
        "",
        "civil_society",
        ("Commonwealth Prisoners' Trust",),
    ),
    Variation(
        "ngostate-fr-07",
        "Ambassade citoyenne",
        "ambassade@ambassadecitoyenne.example.org",
        "Contribution",
        """
        Madame, Monsieur,

        L'Ambassade citoyenne du Cameroun, association de la société civile camerounaise,
        vous transmet sa contribution sur la crise dans les régions anglophones.

        Ambassade citoyenne du Cameroun
        Douala
        """,
        "",
        "civil_society",
        ("Ambassade citoyenne du Cameroun",),
    ),
    Variation(
        "ngostate-es-08",
        "Venezuela Justa",
        "contacto@venezuelajusta.example.org",
        "Aporte sobre Venezuela",
        """
        Estimados señores:

        Venezuela Justa, asociación civil, remite su aporte sobre las detenciones en la
        República Bolivariana de Venezuela, que el Gobierno de Venezuela no ha investigado.

        Atentamente,
        Venezuela Justa A.C.
        """,
        "",
        "civil_society",
        ("Venezuela Justa", "Venezuela Justa A.C."),
    ),
    # --- notes verbales naming the mission in the body only ----------------------------
    # Domains: the foreign ministries' own (diplomatie.gouv.fr, cancilleria.gob.ar, maec.es,
    # dfat.gov.au, mofa.go.jp, diplomatie.ma, international.gc.ca); Ghana's is free mail.
    Variation(
        "verbale-en-01",
        "GVA Registry",
        "gva.registry@dfat.gov.au",
        "NV 26/114",
        """
        The Permanent Mission of Australia to the United Nations in Geneva presents its
        compliments to the Office of the United Nations High Commissioner for Human Rights
        and has the honour to transmit Australia's response to the call for inputs.

        The Permanent Mission of Australia avails itself of this opportunity to renew to
        the Office the assurances of its highest consideration.

        Geneva, 10 March 2026
        """,
        "",
        "member_state",
        ("Australia",),
        "AUS",
    ),
    Variation(
        "verbale-en-02",
        "Registry",
        "registry.geneva@mofa.go.jp",
        "Note verbale",
        """
        Note No. JMG/2026/088

        The Permanent Mission of Japan to the International Organizations in Geneva
        presents its compliments to the Office of the United Nations High Commissioner for
        Human Rights and, with reference to the latter's note of 12 January 2026, has the
        honour to transmit herewith the response of the Government of Japan.
        """,
        "",
        "member_state",
        ("Japan",),
        "JPN",
    ),
    Variation(
        "verbale-fr-03",
        "Courrier",
        "courrier.geneve@diplomatie.ma",
        "NV",
        """
        La Mission permanente du Royaume du Maroc auprès de l'Office des Nations Unies à
        Genève présente ses compliments au Haut-Commissariat des Nations Unies aux droits de
        l'homme et a l'honneur de lui faire parvenir, ci-joint, la contribution du Royaume
        du Maroc.
        """,
        "",
        "member_state",
        ("Morocco", "Maroc"),
        "MAR",
    ),
    Variation(
        "verbale-es-04",
        "Mesa de partes",
        "mesadepartes.ginebra@cancilleria.gob.ar",
        "Nota",
        """
        NOTA N° 112/2026

        La Misión Permanente de la República Argentina ante la Oficina de las Naciones
        Unidas en Ginebra saluda muy atentamente a la Oficina del Alto Comisionado y tiene el
        agrado de remitir la contribución argentina al cuestionario.
        """,
        "",
        "member_state",
        ("Argentina",),
        "ARG",
    ),
    Variation(
        "verbale-en-05",
        "",
        "genev-gr@international.gc.ca",
        "Canada - response to questionnaire",
        """
        Dear colleagues,

        Please find attached a note from the Permanent Mission of Canada to the Office of
        the United Nations at Geneva, together with Canada's response.
        """,
        """
        Note No. 0214

        The Permanent Mission of Canada presents its compliments to the Office of the High
        Commissioner for Human Rights and has the honour to submit the response of Canada.
        """,
        "member_state",
        ("Canada",),
        "CAN",
    ),
    Variation(
        "verbale-en-06",
        "Political Section",
        "politicalsection.gva@gmail.com",
        "Response to call for inputs",
        """
        The Permanent Mission of the Republic of Ghana to the United Nations Office at
        Geneva presents its compliments to the Office of the United Nations High
        Commissioner for Human Rights and has the honour to forward the contribution of the
        Government of Ghana, attached.
        """,
        "",
        "member_state",
        ("Ghana",),
        "GHA",
    ),
    Variation(
        "verbale-fr-07",
        "Secrétariat MP",
        "secretariat.mp@diplomatie.gouv.fr",
        "Note verbale 2026-0412",
        """
        Madame, Monsieur,

        Veuillez trouver ci-joint la note verbale de la Mission permanente de la France
        auprès de l'Office des Nations Unies à Genève, accompagnée de la contribution
        française.

        Le secrétariat
        """,
        "",
        "member_state",
        ("France",),
        "FRA",
    ),
    Variation(
        "verbale-es-08",
        "Registro",
        "registro.ginebra@maec.es",
        "Nota verbal",
        """
        La Misión Permanente de España ante la Oficina de las Naciones Unidas y los
        Organismos Internacionales con sede en Ginebra saluda atentamente a la Oficina del
        Alto Comisionado de las Naciones Unidas para los Derechos Humanos y tiene el honor
        de remitirle la respuesta de España al cuestionario.
        """,
        "",
        "member_state",
        ("Spain", "España"),
        "ESP",
    ),
    # --- a ministry or State agency writing directly ------------------------------------
    # Domains: the ministries' own sites (minjus.gob.pe, justice.gouv.fr, justice.gov.za,
    # mjusticia.es, minrel.gob.cl, justice.govt.nz, homeoffice.gov.uk, justice.gouv.sn).
    Variation(
        "ministry-es-01",
        "Dirección General de Derechos Humanos",
        "dgdh@minjus.gob.pe",
        "Respuesta del Estado peruano",
        """
        Señores:

        Por encargo del Viceministerio de Derechos Humanos y Acceso a la Justicia,
        remitimos la información del Estado peruano solicitada por el Grupo de Trabajo.

        Dirección General de Derechos Humanos
        Ministerio de Justicia y Derechos Humanos del Perú
        Lima
        """,
        "",
        "member_state",
        ("Peru", "Perú"),
        "PER",
    ),
    Variation(
        "ministry-fr-02",
        "Bureau des affaires internationales",
        "bai.dacg@justice.gouv.fr",
        "Contribution du ministère de la Justice",
        """
        Madame, Monsieur,

        Le bureau des affaires internationales du ministère de la Justice vous adresse la
        contribution de la France au questionnaire du Groupe de travail.

        Ministère de la Justice
        13, place Vendôme, 75001 Paris
        """,
        "",
        "member_state",
        ("France",),
        "FRA",
    ),
    Variation(
        "ministry-en-03",
        "Adv. N. Dlamini",
        "ndlamini@justice.gov.za",
        "South Africa: input",
        """
        Dear Secretariat,

        The Department of Justice and Constitutional Development of the Republic of South
        Africa submits the attached input of the Government.

        Adv. Nomsa Dlamini
        Chief Director: International Legal Relations
        Department of Justice and Constitutional Development
        """,
        "",
        "member_state",
        ("South Africa",),
        "ZAF",
    ),
    Variation(
        "ministry-es-04",
        "Subdirección General de Derechos Humanos",
        "sgdh@mjusticia.es",
        "Contribución de España",
        """
        Estimados:

        Adjuntamos la contribución del Reino de España, preparada por el Ministerio de la
        Presidencia, Justicia y Relaciones con las Cortes.

        Subdirección General de Cooperación Jurídica Internacional
        """,
        "",
        "member_state",
        ("Spain", "España"),
        "ESP",
    ),
    Variation(
        "ministry-en-05",
        "Human Rights Unit",
        "humanrights@justice.govt.nz",
        "New Zealand response",
        """
        Kia ora,

        Please find attached New Zealand's response to the questionnaire, coordinated by
        the Ministry of Justice with other government agencies.

        Human Rights Unit
        Ministry of Justice | Tāhū o te Ture
        Wellington, New Zealand
        """,
        "",
        "member_state",
        ("New Zealand",),
        "NZL",
    ),
    Variation(
        "ministry-en-06",
        "Immigration Policy",
        "immigration.policy@homeoffice.gov.uk",
        "UK Government input",
        """
        Dear Working Group,

        The Home Office, on behalf of the Government of the United Kingdom, provides the
        attached input on immigration detention.

        Immigration Policy Directorate
        Home Office
        2 Marsham Street, London
        """,
        "",
        "member_state",
        (
            "United Kingdom of Great Britain and Northern Ireland",
            "United Kingdom",
        ),
        "GBR",
    ),
    Variation(
        "ministry-fr-07",
        "Direction des droits humains",
        "ddh@justice.gouv.sn",
        "Contribution du Sénégal",
        """
        Madame, Monsieur,

        La Direction des droits humains du ministère de la Justice de la République du
        Sénégal a l'honneur de vous transmettre la contribution du Gouvernement.

        Direction des droits humains
        Ministère de la Justice, Dakar
        """,
        "",
        "member_state",
        ("Senegal", "Sénégal"),
        "SEN",
    ),
    Variation(
        "ministry-es-08",
        "Dirección de Derechos Humanos",
        "ddhh@minrel.gob.cl",
        "Respuesta de Chile",
        """
        Estimados:

        La Dirección de Derechos Humanos del Ministerio de Relaciones Exteriores de Chile
        remite la respuesta del Estado de Chile.

        Dirección de Derechos Humanos
        Ministerio de Relaciones Exteriores
        Santiago
        """,
        "",
        "member_state",
        ("Chile",),
        "CHL",
    ),
    # --- NHRIs under their local names -------------------------------------------------
    # Names and domains: the institutions' own sites and GANHRI's chart of accreditation
    # (dhr.go.cr, cndh.ma, ombudsman.ge, provedor-jus.pt, chr.gov.ph, ombudsman.org.na,
    # ccdh.public.lu, inddhh.gub.uy).
    Variation(
        "nhri-es-01",
        "Dirección de Protección Especial",
        "proteccion@dhr.go.cr",
        "Aporte de la Defensoría de los Habitantes",
        """
        Estimados señores:

        La Defensoría de los Habitantes de la República de Costa Rica remite su aporte a la
        convocatoria del Grupo de Trabajo.

        Dirección de Protección Especial
        Defensoría de los Habitantes
        San José, Costa Rica
        """,
        "",
        "nhri",
        (
            "Defensoría de los Habitantes de la República de Costa Rica",
            "Defensoría de los Habitantes (Costa Rica)",
            "Defensoría de los Habitantes de Costa Rica",
        ),
        "CRI",
    ),
    Variation(
        "nhri-fr-02",
        "CNDH",
        "contact@cndh.ma",
        "Contribution du CNDH",
        """
        Madame, Monsieur,

        Le Conseil national des droits de l'Homme (CNDH) a l'honneur de vous transmettre sa
        contribution.

        Conseil national des droits de l'Homme
        Rabat, Maroc
        """,
        "",
        "nhri",
        (
            "Conseil national des droits de l'Homme (CNDH)",
            "Conseil national des droits de l'Homme",
            "Conseil national des droits de l'Homme du Maroc",
            "Conseil national des droits de l'Homme (Maroc)",
        ),
        "MAR",
    ),
    Variation(
        "nhri-en-03",
        "Nino Beridze",
        "n.beridze@ombudsman.ge",
        "Input of the Public Defender of Georgia",
        """
        Dear colleagues,

        Please find attached the input of the Public Defender (Ombudsman) of Georgia.

        Nino Beridze
        Head of the Equality Department
        Public Defender (Ombudsman) of Georgia
        Tbilisi
        """,
        "",
        "nhri",
        ("Public Defender (Ombudsman) of Georgia", "Public Defender of Georgia"),
        "GEO",
    ),
    Variation(
        "nhri-en-04",
        "Provedoria",
        "provedor@provedor-jus.pt",
        "Contribution of the Portuguese Ombudsman",
        """
        Dear Working Group,

        The Provedor de Justiça, Portugal's Ombudsman and national human rights
        institution, submits the attached contribution.

        Provedor de Justiça
        Rua do Pau de Bandeira, 9, Lisboa
        """,
        "",
        "nhri",
        ("Provedor de Justiça", "Provedor de Justiça (Portugal)"),
        "PRT",
    ),
    Variation(
        "nhri-en-05",
        "CHR Strategic Management",
        "strategic@chr.gov.ph",
        "Submission of the CHR",
        """
        Dear Sir/Madam,

        The Commission on Human Rights of the Philippines, an A-status national human
        rights institution, respectfully submits the attached.

        Strategic Management Office
        Commission on Human Rights
        Quezon City
        """,
        "",
        "nhri",
        (
            "Commission on Human Rights of the Philippines",
            "Commission on Human Rights of the Philippines (CHR)",
            "Commission on Human Rights (Philippines)",
        ),
        "PHL",
    ),
    Variation(
        "nhri-en-06",
        "Office of the Ombudsman",
        "ombuds@ombudsman.org.na",
        "Namibia Ombudsman - input",
        """
        Dear colleagues,

        The Office of the Ombudsman of Namibia, as the national human rights institution,
        is pleased to share its input.

        Office of the Ombudsman
        Windhoek, Namibia
        """,
        "",
        "nhri",
        (
            "Office of the Ombudsman of Namibia",
            "Ombudsman of Namibia",
            "Office of the Ombudsman (Namibia)",
        ),
        "NAM",
    ),
    Variation(
        "nhri-fr-07",
        "Secrétariat CCDH",
        "info@ccdh.public.lu",
        "Contribution de la CCDH",
        """
        Madame, Monsieur,

        La Commission consultative des droits de l'Homme du Grand-Duché de Luxembourg
        (CCDH) vous adresse sa contribution.

        Le secrétariat de la CCDH
        """,
        "",
        "nhri",
        (
            "Commission consultative des droits de l'Homme du Grand-Duché de Luxembourg (CCDH)",
            "Commission consultative des droits de l'Homme du Grand-Duché de Luxembourg",
            "Commission consultative des droits de l'Homme (CCDH)",
            "Commission consultative des droits de l'Homme (Luxembourg)",
        ),
        "LUX",
    ),
    Variation(
        "nhri-es-08",
        "Secretaría INDDHH",
        "secretaria@inddhh.gub.uy",
        "Aporte de la INDDHH",
        """
        De nuestra consideración:

        La Institución Nacional de Derechos Humanos y Defensoría del Pueblo remite su aporte.

        Saluda atentamente,
        Secretaría
        INDDHH – Montevideo, Uruguay
        """,
        "",
        "nhri",
        (
            "Institución Nacional de Derechos Humanos y Defensoría del Pueblo (INDDHH)",
            "Institución Nacional de Derechos Humanos y Defensoría del Pueblo",
            "Institución Nacional de Derechos Humanos y Defensoría del Pueblo (Uruguay)",
        ),
        "URY",
    ),
    # --- regional offices of intergovernmental bodies ------------------------------------
    # Names and domains: the organisations' own sites (unhcr.org, iom.int, unicef.org,
    # unwomen.org, ilo.org, unfpa.org, francophonie.org, unesco.org).
    Variation(
        "regional-en-01",
        "Protection Unit RBA",
        "rbaprot@unhcr.org",
        "UNHCR input",
        """
        Dear colleagues,

        Please find attached the input of the UNHCR Regional Bureau for the Americas.

        Protection Unit
        UNHCR Regional Bureau for the Americas
        Panama City
        """,
        "",
        "international_org",
        (
            "UNHCR Regional Bureau for the Americas",
            "Office of the United Nations High Commissioner for Refugees (UNHCR)",
            "United Nations High Commissioner for Refugees (UNHCR)",
            "Office of the United Nations High Commissioner for Refugees",
            "United Nations High Commissioner for Refugees",
            "UNHCR",
        ),
    ),
    Variation(
        "regional-en-02",
        "Aminata Sow",
        "asow@iom.int",
        "Contribution - IOM Dakar",
        """
        Dear Secretariat,

        On behalf of the IOM Regional Office for West and Central Africa, please find our
        contribution attached.

        Aminata Sow
        Regional Migrant Protection Specialist
        International Organization for Migration (IOM)
        Regional Office for West and Central Africa, Dakar
        """,
        "",
        "international_org",
        (
            "International Organization for Migration (IOM)",
            "International Organization for Migration",
            "IOM Regional Office for West and Central Africa",
        ),
    ),
    Variation(
        "regional-fr-03",
        "Bureau régional UNICEF",
        "wcaro@unicef.org",
        "Contribution de l'UNICEF",
        """
        Madame, Monsieur,

        Le Bureau régional de l'UNICEF pour l'Afrique de l'Ouest et du Centre vous
        transmet sa contribution.

        Bureau régional pour l'Afrique de l'Ouest et du Centre
        Fonds des Nations Unies pour l'enfance (UNICEF)
        Dakar
        """,
        "",
        "international_org",
        (
            "Fonds des Nations Unies pour l'enfance (UNICEF)",
            "Fonds des Nations Unies pour l'enfance",
            "United Nations Children's Fund (UNICEF)",
            "United Nations Children's Fund",
            "UNICEF",
            "Bureau régional de l'UNICEF pour l'Afrique de l'Ouest et du Centre",
        ),
    ),
    Variation(
        "regional-es-04",
        "Oficina Regional ONU Mujeres",
        "lac.info@unwomen.org",
        "Aporte de ONU Mujeres",
        """
        Estimados:

        La Oficina Regional de ONU Mujeres para las Américas y el Caribe remite su aporte.

        Oficina Regional para las Américas y el Caribe
        ONU Mujeres – Ciudad de Panamá
        """,
        "",
        "international_org",
        (
            "ONU Mujeres",
            "UN Women",
            "Oficina Regional de ONU Mujeres para las Américas y el Caribe",
            "United Nations Entity for Gender Equality and the Empowerment of Women (UN Women)",
            "United Nations Entity for Gender Equality and the Empowerment of Women",
        ),
    ),
    Variation(
        "regional-en-05",
        "ROAP Labour Migration",
        "roap-migration@ilo.org",
        "ILO input",
        """
        Dear colleagues,

        The ILO Regional Office for Asia and the Pacific shares the attached input.

        Labour Migration Team
        ILO Regional Office for Asia and the Pacific
        Bangkok
        """,
        "",
        "international_org",
        (
            "ILO Regional Office for Asia and the Pacific",
            "International Labour Organization (ILO)",
            "International Labour Organization",
            "ILO",
        ),
    ),
    Variation(
        "regional-en-06",
        "Tendai Moyo",
        "tmoyo@unfpa.org",
        "UNFPA ESARO submission",
        """
        Dear Working Group,

        Attached is the submission of the UNFPA East and Southern Africa Regional Office
        (ESARO).

        Tendai Moyo
        Gender and Human Rights Adviser
        UNFPA ESARO, Johannesburg
        """,
        "",
        "international_org",
        (
            "UNFPA East and Southern Africa Regional Office (ESARO)",
            "UNFPA East and Southern Africa Regional Office",
            "United Nations Population Fund (UNFPA)",
            "United Nations Population Fund",
            "UNFPA",
        ),
    ),
    Variation(
        "regional-fr-07",
        "BRAO",
        "brao@francophonie.org",
        "Contribution OIF – BRAO",
        """
        Madame, Monsieur,

        Le Bureau régional pour l'Afrique de l'Ouest de l'Organisation internationale de la
        Francophonie vous adresse la contribution ci-jointe.

        Bureau régional pour l'Afrique de l'Ouest (BRAO)
        Organisation internationale de la Francophonie
        Lomé, Togo
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
        "regional-es-08",
        "OREALC",
        "santiago@unesco.org",
        "Aporte de la UNESCO",
        """
        Estimados:

        La Oficina Regional de Educación para América Latina y el Caribe (OREALC/UNESCO
        Santiago) remite el aporte de la Organización de las Naciones Unidas para la
        Educación, la Ciencia y la Cultura.

        OREALC/UNESCO Santiago
        """,
        "",
        "international_org",
        (
            "Organización de las Naciones Unidas para la Educación, la Ciencia y la Cultura (UNESCO)",
            "Organización de las Naciones Unidas para la Educación, la Ciencia y la Cultura",
            "United Nations Educational, Scientific and Cultural Organization (UNESCO)",
            "United Nations Educational, Scientific and Cultural Organization",
            "UNESCO",
            "OREALC/UNESCO Santiago",
        ),
    ),
    # --- university centres, institutes and clinics ----------------------------------------
    Variation(
        "clinic-en-01",
        "IHRC Westbrook",
        "ihrc@law.westbrook.example.edu",
        "Submission from the International Human Rights Clinic",
        """
        Dear Working Group,

        The International Human Rights Clinic at Westbrook University School of Law submits
        the attached, prepared by clinic students under faculty supervision.

        International Human Rights Clinic
        Westbrook University School of Law
        """,
        "",
        "academic",
        (
            "International Human Rights Clinic, Westbrook University School of Law",
            "International Human Rights Clinic, Westbrook University",
            "International Human Rights Clinic at Westbrook University School of Law",
        ),
    ),
    Variation(
        "clinic-en-02",
        "Prof. Helen Achebe",
        "h.achebe@ashford.example.ac.uk",
        "Input from the Centre for Disability Law and Policy",
        """
        Dear colleagues,

        I attach the input of the Centre for Disability Law and Policy, University of
        Ashford.

        Professor Helen Achebe
        Director, Centre for Disability Law and Policy
        University of Ashford
        """,
        "",
        "academic",
        (
            "Centre for Disability Law and Policy, University of Ashford",
            "Centre for Disability Law and Policy",
        ),
    ),
    Variation(
        "clinic-fr-03",
        "Clinique juridique",
        "clinique@droit.univ-garonne.example.fr",
        "Contribution de la Clinique juridique",
        """
        Madame, Monsieur,

        La Clinique juridique des droits fondamentaux de l'Université de Garonne vous
        transmet sa contribution, rédigée par ses étudiantes et étudiants.

        Clinique juridique des droits fondamentaux
        Faculté de droit, Université de Garonne
        """,
        "",
        "academic",
        (
            "Clinique juridique des droits fondamentaux de l'Université de Garonne",
            "Clinique juridique des droits fondamentaux, Université de Garonne",
            "Clinique juridique des droits fondamentaux",
        ),
    ),
    Variation(
        "clinic-es-04",
        "Observatorio de Derechos",
        "observatorio@unisur.example.edu.co",
        "Aporte académico",
        """
        Estimados:

        El Observatorio de Derechos Humanos y Empresas de la Universidad del Sur remite su
        aporte.

        Observatorio de Derechos Humanos y Empresas
        Facultad de Derecho – Universidad del Sur, Cali
        """,
        "",
        "academic",
        (
            "Observatorio de Derechos Humanos y Empresas de la Universidad del Sur",
            "Observatorio de Derechos Humanos y Empresas, Universidad del Sur",
            "Observatorio de Derechos Humanos y Empresas",
        ),
    ),
    Variation(
        "clinic-en-05",
        "Research Centre",
        "migration.centre@northgate.example.edu",
        "Submission",
        """
        Dear Working Group,

        Our submission is attached.

        Best regards,
        Migration and Mobility Research Centre
        Northgate University
        """,
        """
        Migration and Mobility Research Centre, Northgate University
        Submission to the Working Group on Arbitrary Detention
        Authors: L. Chen, R. Osei
        """,
        "academic",
        (
            "Migration and Mobility Research Centre, Northgate University",
            "Migration and Mobility Research Centre",
        ),
    ),
    Variation(
        "clinic-en-06",
        "Dr Farah Siddiqui",
        "fsiddiqui@hartwell.example.edu.au",
        "Input: Refugee Law Initiative",
        """
        Dear colleagues,

        On behalf of the Hartwell Institute for Refugee Law (HIRL), I attach our input.

        Dr Farah Siddiqui
        Senior Lecturer and Deputy Director
        Hartwell Institute for Refugee Law, Hartwell University
        """,
        "",
        "academic",
        (
            "Hartwell Institute for Refugee Law (HIRL)",
            "Hartwell Institute for Refugee Law",
            "Hartwell Institute for Refugee Law, Hartwell University",
        ),
    ),
    Variation(
        "clinic-fr-07",
        "Chaire UNESCO",
        "chaire.dh@univ-atlas.example.ma",
        "Contribution académique",
        """
        Madame, Monsieur,

        La Chaire de recherche sur les migrations et les droits humains de l'Université de
        l'Atlas vous adresse sa contribution.

        Chaire de recherche sur les migrations et les droits humains
        Université de l'Atlas, Fès
        """,
        "",
        "academic",
        (
            "Chaire de recherche sur les migrations et les droits humains de l'Université de l'Atlas",
            "Chaire de recherche sur les migrations et les droits humains, Université de l'Atlas",
            "Chaire de recherche sur les migrations et les droits humains",
        ),
    ),
    Variation(
        "clinic-es-08",
        "Clínica Jurídica",
        "clinica.juridica@upacifico.example.edu.pe",
        "Aporte de la Clínica Jurídica",
        """
        Estimadas y estimados:

        La Clínica Jurídica de Acciones de Interés Público de la Universidad del Pacífico
        Sur presenta su aporte.

        Clínica Jurídica de Acciones de Interés Público
        Universidad del Pacífico Sur
        """,
        "",
        "academic",
        (
            "Clínica Jurídica de Acciones de Interés Público de la Universidad del Pacífico Sur",
            "Clínica Jurídica de Acciones de Interés Público, Universidad del Pacífico Sur",
            "Clínica Jurídica de Acciones de Interés Público",
        ),
    ),
    # --- companies and business associations ---------------------------------------------
    Variation(
        "company-en-01",
        "Corporate Affairs",
        "corporate.affairs@meridianfreight.example.com",
        "Meridian Freight Logistics - input",
        """
        Dear Working Group,

        Meridian Freight Logistics plc welcomes the call and encloses its input on human
        rights due diligence in port operations.

        Corporate Affairs
        Meridian Freight Logistics plc
        Registered in England and Wales No. 04411223
        """,
        "",
        "private_sector",
        ("Meridian Freight Logistics plc", "Meridian Freight Logistics"),
    ),
    Variation(
        "company-en-02",
        "Policy Team",
        "policy@coastalmanufacturers.example.org",
        "Input from the Coastal Manufacturers' Association",
        """
        Dear Secretariat,

        The Coastal Manufacturers' Association represents 340 member companies. Our input
        is attached.

        Policy Team
        Coastal Manufacturers' Association
        """,
        "",
        "private_sector",
        ("Coastal Manufacturers' Association",),
    ),
    Variation(
        "company-fr-03",
        "Direction RSE",
        "rse@sahelmines.example.com",
        "Contribution de Sahel Mines SA",
        """
        Madame, Monsieur,

        Sahel Mines SA vous transmet sa contribution relative à la diligence raisonnable en
        matière de droits humains.

        Direction de la responsabilité sociétale
        Sahel Mines SA
        Ouagadougou, Burkina Faso
        """,
        "",
        "private_sector",
        ("Sahel Mines SA", "Sahel Mines"),
    ),
    Variation(
        "company-es-04",
        "Cámara de Comercio",
        "gerencia@camaravalle.example.org.co",
        "Aporte del sector empresarial",
        """
        Estimados:

        La Cámara de Comercio e Industria del Valle del Cauca remite su aporte en nombre de
        sus empresas afiliadas.

        Gerencia de Asuntos Públicos
        Cámara de Comercio e Industria del Valle del Cauca
        """,
        "",
        "private_sector",
        ("Cámara de Comercio e Industria del Valle del Cauca",),
    ),
    Variation(
        "company-en-05",
        "Rebecca Holt",
        "rebecca.holt@ardentdata.example.com",
        "Ardent Data Systems submission",
        """
        Dear Working Group,

        Please find attached the submission of Ardent Data Systems Inc. on facial
        recognition in public spaces.

        Rebecca Holt
        Director, Human Rights and Responsible AI
        Ardent Data Systems Inc.

        CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain information
        that is privileged. If you are not the intended recipient, please delete it.
        """,
        "",
        "private_sector",
        ("Ardent Data Systems Inc.", "Ardent Data Systems"),
    ),
    Variation(
        "company-en-06",
        "RCBC Secretariat",
        "secretariat@rcbc.example.org",
        "RCBC input",
        """
        Dear colleagues,

        The Responsible Cobalt Business Council (RCBC), an industry association of
        refiners and manufacturers, submits the attached.

        RCBC Secretariat
        """,
        "",
        "private_sector",
        (
            "Responsible Cobalt Business Council (RCBC)",
            "Responsible Cobalt Business Council",
        ),
    ),
    Variation(
        "company-fr-07",
        "Patronat togolais",
        "secretariat@cpet.example.tg",
        "Contribution du CPET",
        """
        Madame, Monsieur,

        Le Conseil patronal des entreprises du Togo (CPET) a l'honneur de vous adresser sa
        contribution.

        Le Secrétariat exécutif
        """,
        "",
        "private_sector",
        (
            "Conseil patronal des entreprises du Togo (CPET)",
            "Conseil patronal des entreprises du Togo",
        ),
    ),
    Variation(
        "company-es-08",
        "Sostenibilidad",
        "sostenibilidad@agrosanisidro.example.com.pe",
        "Aporte Agroexportadora San Isidro",
        """
        Estimados:

        Agroexportadora San Isidro S.A.C. comparte su aporte sobre condiciones laborales en
        la agroexportación.

        Área de Sostenibilidad
        Agroexportadora San Isidro S.A.C.
        Ica, Perú
        """,
        "",
        "private_sector",
        ("Agroexportadora San Isidro S.A.C.", "Agroexportadora San Isidro"),
    ),
    # --- coalitions and joint submissions ------------------------------------------------
    Variation(
        "coalition-en-01",
        "Ruth Adeyemi",
        "ruth@opendoorshousing.example.org",
        "Joint submission on forced evictions",
        """
        Dear Working Group,

        Please find attached a joint submission by Open Doors Housing Rights, Tenants
        United Network and the Street Law Project. Open Doors coordinated the drafting.

        Ruth Adeyemi
        Open Doors Housing Rights
        """,
        """
        JOINT SUBMISSION
        Open Doors Housing Rights · Tenants United Network · Street Law Project
        Forced evictions in informal settlements
        """,
        "civil_society",
        (
            "Open Doors Housing Rights and 2 others",
            "Open Doors Housing Rights, Tenants United Network and Street Law Project",
            "Open Doors Housing Rights, Tenants United Network and the Street Law Project",
        ),
    ),
    Variation(
        "coalition-en-02",
        "CAFESA Coordinator",
        "coordinator@cafesa.example.org",
        "CAFESA submission",
        """
        Dear colleagues,

        The Coalition Against Forced Evictions in Southern Africa (CAFESA), a network of 31
        community organisations, submits the attached.

        Coordinator
        CAFESA
        """,
        "",
        "civil_society",
        (
            "Coalition Against Forced Evictions in Southern Africa (CAFESA)",
            "Coalition Against Forced Evictions in Southern Africa",
        ),
    ),
    Variation(
        "coalition-fr-03",
        "Plateforme DH Burundi",
        "plateforme@pfdhburundi.example.org",
        "Contribution de la Plateforme",
        """
        Madame, Monsieur,

        La Plateforme des ONG de droits humains du Burundi, qui regroupe 23 organisations,
        vous transmet sa contribution.

        Le Secrétariat de la Plateforme des ONG de droits humains du Burundi
        """,
        "",
        "civil_society",
        ("Plateforme des ONG de droits humains du Burundi",),
    ),
    Variation(
        "coalition-es-04",
        "Colectivo de Abogados Sur",
        "contacto@abogadossur.example.org",
        "Informe conjunto",
        """
        Estimados:

        Remitimos el informe conjunto presentado por el Colectivo de Abogados Sur, la
        Fundación Mar Abierto y la Red de Madres Buscadoras del Norte.

        Atentamente,
        Colectivo de Abogados Sur
        """,
        "",
        "civil_society",
        (
            "Colectivo de Abogados Sur and 2 others",
            "Colectivo de Abogados Sur, Fundación Mar Abierto and Red de Madres Buscadoras del Norte",
        ),
    ),
    Variation(
        "coalition-en-05",
        "Asia Forum DW",
        "info@asiaforumdw.example.org",
        "Joint input on domestic workers",
        """
        Dear Working Group,

        This input is submitted by the Asia Forum for Domestic Workers and endorsed by 12
        other organisations, listed in the annex.

        Asia Forum for Domestic Workers
        Hong Kong
        """,
        "",
        "civil_society",
        ("Asia Forum for Domestic Workers and 12 others",),
    ),
    Variation(
        "coalition-en-06",
        "Secretariat",
        "secretariat@seafarerswelfare.example.org",
        "Submission: seafarers abandoned in port",
        """
        Dear colleagues,

        The Global Alliance for Seafarers' Welfare, which brings together unions, chaplains
        and NGOs in 40 ports, submits the attached on behalf of its members.

        Secretariat
        Global Alliance for Seafarers' Welfare
        """,
        "",
        "civil_society",
        ("Global Alliance for Seafarers' Welfare",),
    ),
    Variation(
        "coalition-fr-07",
        "Awa Koné",
        "akone@femmesetdroits.example.org",
        "Contribution conjointe",
        """
        Madame, Monsieur,

        Veuillez trouver ci-joint la contribution conjointe de Femmes et Droits Mali, de
        l'Association des juristes de Kayes et du Réseau des radios communautaires du Sahel.

        Awa Koné
        Femmes et Droits Mali
        """,
        "",
        "civil_society",
        (
            "Femmes et Droits Mali and 2 others",
            "Femmes et Droits Mali, Association des juristes de Kayes and Réseau des radios communautaires du Sahel",
        ),
    ),
    Variation(
        "coalition-es-08",
        "Mesa Nacional",
        "mesa@mesamigrantes.example.org",
        "Aporte de la Mesa Nacional",
        """
        Estimados:

        La Mesa Nacional por los Derechos de las Personas Migrantes, espacio que articula a
        18 organizaciones, presenta su aporte.

        Secretaría técnica
        Mesa Nacional por los Derechos de las Personas Migrantes
        """,
        "",
        "civil_society",
        ("Mesa Nacional por los Derechos de las Personas Migrantes",),
    ),
    # --- individuals writing from a personal address -------------------------------------
    Variation(
        "individual-en-01",
        "Margaret O'Connell",
        "maggie.oconnell@gmail.com",
        "My views on the call for inputs",
        """
        Dear Working Group,

        I am a retired teacher and I would like to share my views on the use of restraint
        in schools. My short submission is attached.

        Yours sincerely,
        Margaret O'Connell
        Cork, Ireland
        """,
        "",
        "individual",
        ("Margaret O'Connell",),
    ),
    Variation(
        "individual-en-02",
        "Kwame Asante",
        "kwame.asante.research@gmail.com",
        "Submission - independent researcher",
        """
        Dear Sir/Madam,

        I submit the attached paper in my personal capacity as an independent researcher on
        artisanal mining.

        Dr. Kwame Asante
        Kumasi, Ghana
        """,
        "",
        "individual",
        ("Kwame Asante", "Dr. Kwame Asante", "Dr Kwame Asante"),
    ),
    Variation(
        "individual-fr-03",
        "Élodie Marchand",
        "elodie.marchand@laposte.net",
        "Contribution à titre personnel",
        """
        Madame, Monsieur,

        Doctorante en droit, je vous adresse à titre personnel une contribution sur la
        rétention des mineurs. Elle n'engage pas mon université.

        Élodie Marchand
        """,
        "",
        "individual",
        ("Élodie Marchand",),
    ),
    Variation(
        "individual-es-04",
        "José Luis Paredes",
        "jlparedes1968@yahoo.es",
        "Aporte personal",
        """
        Estimados señores:

        Como abogado laboralista jubilado, les envío a título personal algunas reflexiones
        sobre la subcontratación.

        Atentamente,
        José Luis Paredes Ruiz
        """,
        "",
        "individual",
        ("José Luis Paredes Ruiz", "José Luis Paredes"),
    ),
    Variation(
        "individual-en-05",
        "Arjun Mehta",
        "arjun.mehta@protonmail.com",
        "Input",
        """
        Hi,

        Attached is my input on algorithmic hiring. I work as an independent consultant; the
        views are my own and not those of any employer.

        Arjun Mehta
        """,
        "",
        "individual",
        ("Arjun Mehta",),
    ),
    Variation(
        "individual-en-06",
        "Linda Park",
        "lindapark58@yahoo.com",
        "submission",
        """
        Hello, here is my submission on long-term care. I am a carer for my mother.

        Linda
        """,
        """
        Submission by Linda Park
        Long-term care and the rights of older persons
        """,
        "individual",
        ("Linda Park",),
    ),
    Variation(
        "individual-fr-07",
        "Mamadou Coulibaly",
        "m.coulibaly.abj@gmail.com",
        "Contribution",
        """
        Madame, Monsieur,

        Ancien magistrat, je souhaite apporter une contribution personnelle sur la
        détention provisoire.

        Veuillez agréer mes salutations distinguées.

        Mamadou Coulibaly
        Abidjan
        """,
        "",
        "individual",
        ("Mamadou Coulibaly",),
    ),
    Variation(
        "individual-es-08",
        "Carmen Ríos",
        "carmenrios.mx@gmail.com",
        "Aporte",
        """
        Buenas tardes, les comparto mi aporte como maestra rural sobre la educación de
        niñas indígenas.

        Carmen Ríos

        Enviado desde mi iPhone
        """,
        "",
        "individual",
        ("Carmen Ríos",),
    ),
    # --- lawyers writing for a client ------------------------------------------------------
    Variation(
        "lawyer-en-01",
        "Oliver Grant",
        "ogrant@harrowpike.example.com",
        "Submission on behalf of Riverside Tenants Association",
        """
        Dear Working Group,

        We act for the Riverside Tenants Association and, on its instructions, submit the
        attached.

        Oliver Grant
        Partner
        Harrow & Pike LLP
        """,
        "",
        "civil_society",
        ("Riverside Tenants Association",),
    ),
    Variation(
        "lawyer-en-02",
        "Pro Bono Practice",
        "probono@whitfieldlane.example.com",
        "Whitfield Lane LLP - research submission",
        """
        Dear colleagues,

        Whitfield Lane LLP, through its pro bono practice, submits the attached comparative
        study of laws on conscientious objection.

        Pro Bono Practice
        Whitfield Lane LLP
        """,
        "",
        "private_sector",
        ("Whitfield Lane LLP", "Whitfield Lane"),
    ),
    Variation(
        "lawyer-fr-03",
        "Me Claire Dubois",
        "cdubois.avocat@example.fr",
        "Contribution pour l'association Droit au logement Rhône",
        """
        Madame, Monsieur,

        Avocate au barreau de Lyon, j'interviens pour le compte de l'association Droit au
        logement Rhône, dont je vous transmets la contribution.

        Me Claire Dubois
        Avocate
        """,
        "",
        "civil_society",
        ("Droit au logement Rhône", "Association Droit au logement Rhône"),
    ),
    Variation(
        "lawyer-es-04",
        "Estudio Paredes & Asociados",
        "estudio@paredesasociados.example.com.co",
        "Aporte en representación de AFADET",
        """
        Estimados:

        En representación de la Asociación de Familiares de Detenidos de Tumaco (AFADET),
        remitimos su aporte.

        Estudio Jurídico Paredes & Asociados
        Abogados
        """,
        "",
        "civil_society",
        (
            "Asociación de Familiares de Detenidos de Tumaco (AFADET)",
            "Asociación de Familiares de Detenidos de Tumaco",
        ),
    ),
    Variation(
        "lawyer-en-05",
        "Chidi Nwosu",
        "chidi@nwosuchambers.example.com",
        "Submission",
        """
        Dear Working Group,

        I am counsel to the Ogoni Women's Forum and submit, with its authority, the attached
        submission on oil spills and the right to health.

        Chidi Nwosu, Esq.
        Nwosu Chambers, Port Harcourt
        """,
        "",
        "civil_society",
        ("Ogoni Women's Forum",),
    ),
    Variation(
        "lawyer-en-06",
        "Legal Department",
        "legal@brightlinemining.example.com",
        "Brightline Mining - input",
        """
        Dear Secretariat,

        The Legal Department of Brightline Mining Ltd submits the company's input on
        grievance mechanisms.

        Office of the General Counsel
        Brightline Mining Ltd
        """,
        "",
        "private_sector",
        ("Brightline Mining Ltd", "Brightline Mining"),
    ),
    Variation(
        "lawyer-fr-07",
        "Cabinet Ndiaye",
        "contact@cabinetndiaye.example.sn",
        "Contribution du Cabinet Ndiaye & Associés",
        """
        Madame, Monsieur,

        Le Cabinet Ndiaye & Associés, avocats à Dakar, vous adresse sa contribution sur
        l'accès à la justice des travailleurs migrants.

        Cabinet Ndiaye & Associés
        """,
        "",
        "private_sector",
        ("Cabinet Ndiaye & Associés",),
    ),
    Variation(
        "lawyer-es-08",
        "Lic. Verónica Sáenz",
        "vsaenz.abogada@gmail.com",
        "Aporte del Colectivo de Mujeres Jornaleras del Sur",
        """
        Estimados:

        Como abogada del Colectivo de Mujeres Jornaleras del Sur, les remito el aporte del
        Colectivo.

        Lic. Verónica Sáenz
        """,
        "",
        "civil_society",
        ("Colectivo de Mujeres Jornaleras del Sur",),
    ),
    # --- "Last, First" and all-caps display names -----------------------------------------
    Variation(
        "display-en-01",
        "OKONKWO, Chinedu",
        "c.okonkwo@ndejf.example.org",
        "Submission",
        """
        Dear colleagues,

        Please find attached the submission of the Niger Delta Environmental Justice Forum.

        Chinedu Okonkwo
        Niger Delta Environmental Justice Forum
        """,
        "",
        "civil_society",
        ("Niger Delta Environmental Justice Forum",),
    ),
    Variation(
        "display-en-02",
        "JOHNSON Emily",
        "emily.johnson@prairieaccess.example.org",
        "Input on rural broadband",
        """
        Dear Working Group,

        I attach the input of Prairie Access Coalition.

        Emily Johnson
        Prairie Access Coalition
        """,
        "",
        "civil_society",
        ("Prairie Access Coalition",),
    ),
    Variation(
        "display-fr-03",
        "DUPUIS Marie-Claire",
        "mc.dupuis@solidaritepaysans.example.fr",
        "Contribution",
        """
        Madame, Monsieur,

        Je vous transmets la contribution de Solidarité Paysans Bretagne.

        Marie-Claire Dupuis
        Solidarité Paysans Bretagne
        """,
        "",
        "civil_society",
        ("Solidarité Paysans Bretagne",),
    ),
    Variation(
        "display-es-04",
        "GONZÁLEZ PÉREZ, María José",
        "mjgonzalezperez@gmail.com",
        "Aporte a título personal",
        """
        Estimados:

        Les envío, a título personal, mi aporte como enfermera sobre la salud mental en
        prisiones.

        María José González Pérez
        """,
        "",
        "individual",
        ("María José González Pérez",),
    ),
    Variation(
        "display-en-05",
        "THE WATERKEEPERS TRUST",
        "trust@waterkeeperstrust.example.org",
        "Submission",
        """
        Dear Working Group,

        Our submission on river pollution is attached.

        The Waterkeepers Trust
        """,
        "",
        "civil_society",
        ("The Waterkeepers Trust", "Waterkeepers Trust"),
    ),
    Variation(
        "display-en-06",
        "Nguyen, Thi Lan",
        "thilan.nguyen@gmail.com",
        "Personal input",
        """
        Dear Working Group,

        I am writing in my own name, as a garment worker who moved to Malaysia in 2019, to
        share my views on recruitment fees. I was helped to write this by my sister.

        Nguyen Thi Lan
        """,
        "",
        "individual",
        ("Nguyen Thi Lan", "Thi Lan Nguyen"),
    ),
    Variation(
        "display-fr-07",
        "MOREAU Pierre",
        "pierre.moreau@justiceclimatoc.example.fr",
        "Contribution du Collectif",
        """
        Bonjour,

        Au nom du Collectif Justice Climatique Occitanie, je vous transmets notre
        contribution.

        Pierre Moreau
        Porte-parole
        """,
        "",
        "civil_society",
        ("Collectif Justice Climatique Occitanie",),
    ),
    Variation(
        "display-es-08",
        "FUNDACION PASOS LIBRES",
        "fundacionpasoslibres@gmail.com",
        "APORTE",
        """
        Estimados:

        Adjuntamos nuestro aporte.

        Fundación Pasos Libres
        Asunción, Paraguay
        """,
        "",
        "civil_society",
        ("Fundación Pasos Libres",),
    ),
    # --- signatures with titles, phone lines, disclaimers, "Sent from my iPhone" ---------
    Variation(
        "signature-en-01",
        "Nomvula Khumalo",
        "nomvula@lakesidelegal.example.org",
        "Re: submission",
        """
        Sent from my iPhone

        > On 10 Mar 2026, at 09:12, Nomvula Khumalo wrote:
        >
        > Dear Working Group, please find our submission attached.
        >
        > Nomvula Khumalo (Ms) | Senior Paralegal
        > Lakeside Legal Advice Centre
        > Tel: +27 31 555 0100 | Mob: +27 82 555 0199
        > 12 Smith Street, Durban 4001
        """,
        "",
        "civil_society",
        ("Lakeside Legal Advice Centre",),
    ),
    Variation(
        "signature-en-02",
        "Dr. Sarah Kim, PhD",
        "skim@voicesforinclusion.example.org",
        "Voices for Inclusion - input",
        """
        Dear colleagues,

        Our input on inclusive education is attached.

        Warmly,

        Dr. Sarah Kim, PhD (she/her)
        Executive Director | Voices for Inclusion
        T: +1 202 555 0143 | M: +1 202 555 0188
        www.voicesforinclusion.example.org
        Please consider the environment before printing this e-mail.
        """,
        "",
        "civil_society",
        ("Voices for Inclusion",),
    ),
    Variation(
        "signature-fr-03",
        "Patrick Ilunga",
        "p.ilunga@lumieredesenfants.example.cd",
        "Contribution",
        """
        Madame, Monsieur,

        Ci-joint la contribution de notre association.

        Patrick Ilunga
        Secrétaire exécutif
        Association Lumière des enfants de Kinshasa
        Tél. : +243 81 555 0134 – Port. : +243 99 555 0121
        Avenue de la Libération n° 42, Kinshasa-Gombe

        Envoyé de mon iPhone
        """,
        "",
        "civil_society",
        ("Association Lumière des enfants de Kinshasa",),
    ),
    Variation(
        "signature-es-04",
        "Mg. Abog. Raúl Ortiz",
        "rortiz@defensacomunitaria.example.org.ar",
        "Aporte",
        """
        Estimados:

        Adjunto el aporte institucional.

        Mg. Abog. Raúl Ortiz
        Director Ejecutivo
        Centro de Defensa Comunitaria de Rosario
        Cel. +54 9 341 555 0101
        Enviado desde mi teléfono Huawei
        """,
        "",
        "civil_society",
        ("Centro de Defensa Comunitaria de Rosario",),
    ),
    Variation(
        "signature-en-05",
        "Thabo Mokoena",
        "thabo@ecruraltrust.example.org",
        "Input on torture in police custody",
        """
        Dear Working Group,

        Please find our input attached.

        Thabo Mokoena
        Litigation Coordinator
        Eastern Cape Rural Legal Trust
        Member of the Global Network Against Torture
        Proudly supported by the Rights Futures Fund

        DISCLAIMER: This message is confidential and intended only for the addressee.
        """,
        "",
        "civil_society",
        ("Eastern Cape Rural Legal Trust",),
    ),
    Variation(
        "signature-en-06",
        "Tom Ellis MBE",
        "tom@harbourside-welcome.example.org.uk",
        "Harbourside Refugee Welcome: submission",
        """
        Dear Secretariat,

        Attached is our submission.

        Tom Ellis MBE, FRSA
        Chair of Trustees
        Harbourside Refugee Welcome
        22 Mill Lane, Bristol BS1 4QT
        Registered charity No. 1123456
        """,
        "",
        "civil_society",
        ("Harbourside Refugee Welcome",),
    ),
    Variation(
        "signature-fr-07",
        "Sophie Lefèvre",
        "slefevre@observatoirefrontieres.example.fr",
        "Contribution",
        """
        Madame, Monsieur,

        Veuillez trouver ci-joint notre contribution.

        Bien cordialement,

        Sophie Lefèvre
        Docteure en droit, avocate au barreau de Paris
        Responsable du pôle juridique
        Observatoire citoyen des frontières
        06 55 55 01 23
        """,
        "",
        "civil_society",
        ("Observatoire citoyen des frontières",),
    ),
    Variation(
        "signature-es-08",
        "Yolanda Castillo",
        "ycastillo@manosunidaschiriqui.example.org",
        "Aporte",
        """
        Saludos,

        Adjunto aporte.

        Atte.
        Lic. Yolanda Castillo
        Coordinadora de Proyectos
        Fundación Manos Unidas por Chiriquí
        Cel. 6555-0123 | David, Panamá

        Enviado desde mi Samsung Galaxy
        """,
        "",
        "civil_society",
        ("Fundación Manos Unidas por Chiriquí",),
    ),
    # --- apostrophes, hyphens, accents and inner "of", "de", "for" -------------------------
    Variation(
        "punctuation-en-01",
        "St Brigid's",
        "office@stbrigids.example.ie",
        "Submission on Travellers' accommodation",
        """
        Dear Working Group,

        St. Brigid's Society for Travellers' Rights submits the attached.

        Office
        St. Brigid's Society for Travellers' Rights
        Galway
        """,
        "",
        "civil_society",
        (
            "St. Brigid's Society for Travellers' Rights",
            "St Brigid's Society for Travellers' Rights",
        ),
    ),
    Variation(
        "punctuation-en-02",
        "Desmond Clarke",
        "d.clarke@afrocaribbeanelders.example.org.uk",
        "Input on older persons",
        """
        Dear colleagues,

        I share the input of the Afro-Caribbean Elders' Association of Leeds.

        Desmond Clarke
        Trustee
        """,
        "",
        "civil_society",
        ("Afro-Caribbean Elders' Association of Leeds",),
    ),
    Variation(
        "punctuation-fr-03",
        "Comité d'entraide",
        "comite@entraidehaitiens.example.org",
        "Contribution du Comité",
        """
        Madame, Monsieur,

        Le Comité d'entraide des familles d'Haïtiens à l'étranger vous transmet sa
        contribution.

        Comité d'entraide des familles d'Haïtiens à l'étranger
        Port-au-Prince
        """,
        "",
        "civil_society",
        ("Comité d'entraide des familles d'Haïtiens à l'étranger",),
    ),
    Variation(
        "punctuation-es-04",
        "Asociación Pro Niñez",
        "contacto@proninezuble.example.cl",
        "Aporte",
        """
        Estimados:

        La Asociación Pro Derechos de la Niñez de Ñuble remite el aporte adjunto.

        Asociación Pro Derechos de la Niñez de Ñuble
        Chillán, Chile
        """,
        "",
        "civil_society",
        ("Asociación Pro Derechos de la Niñez de Ñuble",),
    ),
    Variation(
        "punctuation-en-05",
        "Secretariat",
        "info@crpdpacific.example.org",
        "Input from the Pacific",
        """
        Dear Working Group,

        The Centre for the Rights of Persons with Disabilities of the Pacific submits the
        attached input, prepared with members in Fiji, Samoa and Vanuatu.

        Secretariat
        Centre for the Rights of Persons with Disabilities of the Pacific
        Suva
        """,
        "",
        "civil_society",
        ("Centre for the Rights of Persons with Disabilities of the Pacific",),
    ),
    Variation(
        "punctuation-en-06",
        "Grants",
        "grants@obrienndlovu.example.org",
        "Submission",
        """
        Dear colleagues,

        The O'Brien-Ndlovu Foundation for Children is pleased to submit the attached.

        The O'Brien-Ndlovu Foundation for Children
        Johannesburg · Dublin
        """,
        "",
        "civil_society",
        (
            "O'Brien-Ndlovu Foundation for Children",
            "The O'Brien-Ndlovu Foundation for Children",
        ),
    ),
    Variation(
        "punctuation-fr-07",
        "Fédération accès au droit",
        "federation@accesdroit-idf.example.fr",
        "Contribution",
        """
        Madame, Monsieur,

        La Fédération des associations d'Île-de-France pour l'accès au droit vous adresse
        sa contribution.

        Fédération des associations d'Île-de-France pour l'accès au droit
        """,
        "",
        "civil_society",
        ("Fédération des associations d'Île-de-France pour l'accès au droit",),
    ),
    Variation(
        "punctuation-es-08",
        "Fundación María Auxiliadora",
        "fundacion@mariaauxiliadora.example.org.ve",
        "Aporte",
        """
        Estimados:

        La Fundación María Auxiliadora de los Ángeles para la Niñez remite su aporte.

        Fundación María Auxiliadora de los Ángeles para la Niñez
        Maracaibo
        """,
        "",
        "civil_society",
        ("Fundación María Auxiliadora de los Ángeles para la Niñez",),
    ),
    # --- names ending in Network, Initiative, Watch, Centre… --------------------------------
    Variation(
        "ending-en-01",
        "Research",
        "research@borderlinewatch.example.org",
        "Submission on immigration detention",
        """
        Dear Working Group,

        Borderline Detention Watch submits the attached.

        Research team
        Borderline Detention Watch
        """,
        "",
        "civil_society",
        ("Borderline Detention Watch",),
    ),
    Variation(
        "ending-en-02",
        "Losa Tupou",
        "losa@pcjn.example.org",
        "Input",
        """
        Dear colleagues,

        On behalf of the Pacific Climate Justice Network, I attach our input.

        Losa Tupou
        Regional Coordinator
        Pacific Climate Justice Network
        """,
        "",
        "civil_society",
        ("Pacific Climate Justice Network",),
    ),
    Variation(
        "ending-fr-03",
        "Sahel Femmes",
        "contact@sahelfemmes.example.org",
        "Contribution",
        """
        Madame, Monsieur,

        Sahel Femmes Initiative vous transmet sa contribution sur l'accès des femmes à la
        justice.

        Sahel Femmes Initiative
        Niamey
        """,
        "",
        "civil_society",
        ("Sahel Femmes Initiative",),
    ),
    Variation(
        "ending-es-04",
        "Andes Mining Watch",
        "info@andesminingwatch.example.org",
        "Aporte sobre minería",
        """
        Estimados:

        Andes Mining Watch remite su aporte sobre consultas previas en proyectos mineros.

        Saludos,
        Andes Mining Watch
        La Paz, Bolivia
        """,
        "",
        "civil_society",
        ("Andes Mining Watch",),
    ),
    Variation(
        "ending-en-05",
        "Advice Line",
        "advice@lakeshorelegal.example.org",
        "Submission",
        """
        Dear Working Group,

        Attached is the submission of our Centre.

        Lakeshore Community Legal Centre
        """,
        "",
        "civil_society",
        ("Lakeshore Community Legal Centre",),
    ),
    Variation(
        "ending-en-06",
        "Ines Varga",
        "ines@safepassage.example.org",
        "Safe Passage Initiative - input",
        """
        Dear colleagues,

        Please see attached the input of the Safe Passage Initiative.

        Ines Varga
        Safe Passage Initiative
        """,
        "",
        "civil_society",
        ("Safe Passage Initiative",),
    ),
    Variation(
        "ending-fr-07",
        "Familles de détenus",
        "contact@familles-detenus-centre.example.fr",
        "Contribution",
        """
        Madame, Monsieur,

        L'Association des familles de détenus du Centre vous transmet sa contribution.

        Association des familles de détenus du Centre
        Orléans
        """,
        "",
        "civil_society",
        ("Association des familles de détenus du Centre",),
    ),
    Variation(
        "ending-es-08",
        "Gente del Centro",
        "fundacion@gentedelcentro.example.org.hn",
        "Aporte",
        """
        Estimados:

        La Fundación Gente del Centro remite su aporte.

        Fundación Gente del Centro
        Comayagua, Honduras
        """,
        "",
        "civil_society",
        ("Fundación Gente del Centro",),
    ),
]

VARIATIONS: list[Variation] = [tidy(v) for v in _RAW]
