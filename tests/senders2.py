# ruff: noqa: E501
"""Sender variations for the submitter detector, written apart from its rules.

Each case is one e-mail as it reaches a call for inputs of a UN Working Group: the From:
line, subject, body with its signature, and the first page of the attached document. The
expected answer is what an officer would publish on the "Submissions received" page: the
type, every exact form of the name they would accept, and the country of a State or NHRI.
The organisations and people are invented. Intergovernmental bodies, national human rights
institutions and States are real, with the names and mail domains they use on their own
sites (and, for NHRIs, GANHRI's chart of accreditation); their mailboxes and staff are
invented. Ids start with a category and the body's language,
so that a score can be broken down by either; `half` splits them into a frozen half, kept
unseen while rules are tuned, and a half to tune on.
"""

from __future__ import annotations

import hashlib
import textwrap
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Variation:
    id: str  # "<category>-<language>-<nn>"
    display_name: str  # the From: display name ("" if none)
    address: str  # the From: address
    subject: str
    body: str  # the whole e-mail body text, signature included
    document: str  # the first page's text of the attached document ("" if none)
    type: str  # expected type code
    names: tuple[str, ...]  # every published name a careful officer would accept
    country: str | None = None  # ISO 3166-1 alpha-3, for member_state and nhri


TYPES = frozenset(
    {
        "member_state",
        "nhri",
        "international_org",
        "civil_society",
        "academic",
        "private_sector",
        "individual",
        "other",
    }
)

CATEGORIES = (
    "shared",  # a shared mailbox: info@, secretariat@, "Communications Team"
    "person",  # a staff member writes for the organisation
    "letterhead",  # a free-mail address; the organisation only on the letterhead
    "acronym",  # the acronym in one place, the full name in another
    "bilingual",  # the organisation's name in two languages
    "ngostate",  # an NGO that names a State or has "Mission"-like words in its name
    "company",  # companies and business associations
    "igo",  # intergovernmental bodies
    "nhri",  # national human rights institutions
    "state",  # notes verbales, missions, ministries
    "academic",  # institutes, university centres, professors
    "individual",  # a person writing for themselves
    "other",  # unions, parliamentarians, faith groups, local authorities, students
)


def half_by_name(v: Variation) -> str:
    """A half fixed by the organisation's name alone, so an organisation is never split."""
    return "frozen" if hashlib.sha256(v.names[0].encode()).digest()[0] % 2 else "tune"


def category(v: Variation) -> str:
    return v.id.split("-", 1)[0]


def language(v: Variation) -> str:
    """The body's language: en, fr, es, or bi for a body written in two."""
    return v.id.split("-")[1]


def half(v: Variation) -> str:
    """Fixed by the id alone, so that a case never moves between halves."""
    return "frozen" if hashlib.sha256(v.id.encode()).digest()[0] % 2 else "tune"


def tidy(v: Variation) -> Variation:
    """Lets the texts below be indented like the code around them."""
    return replace(
        v,
        body=textwrap.dedent(v.body).strip("\n"),
        document=textwrap.dedent(v.document).strip("\n"),
    )


_RAW: list[Variation] = [
    # --- shared mailboxes -------------------------------------------------------------
    Variation(
        "shared-en-01",
        "Info",
        "info@riverbendrights.org",
        "Submission - call for inputs on migrant workers in agriculture",
        """
        Dear members of the Working Group,

        Please find attached our contribution to your call for inputs on the situation of
        migrant workers in the agricultural sector.

        Kind regards,

        Communications Team
        Riverbend Rights Collective
        www.riverbendrights.org
        """,
        """
        RIVERBEND RIGHTS COLLECTIVE
        Submission to the UN Working Group on Business and Human Rights
        Migrant workers in seasonal agriculture: findings from the Upper Valley
        March 2026
        """,
        "civil_society",
        ("Riverbend Rights Collective",),
    ),
    Variation(
        "shared-en-02",
        "Secretariat - Laila Haddad",
        "secretariat@harbourlightcoalition.org",
        "Input to WG report on detention of migrants",
        """
        Dear Sir/Madam,

        On behalf of the Harbour Light Coalition for Detainees' Rights, I am pleased to share
        our input for the forthcoming thematic report. Our member organisations in six port
        cities contributed the case material in section 3.

        Best wishes,
        Laila Haddad
        Secretariat officer
        ---
        Harbour Light Coalition for Detainees' Rights
        14 Quay Street, Liverpool L3 4AB | +44 151 496 0733
        """,
        """
        Harbour Light Coalition for Detainees' Rights

        Immigration detention in port cities
        Input to the Working Group on Arbitrary Detention
        """,
        "civil_society",
        ("Harbour Light Coalition for Detainees' Rights",),
    ),
    Variation(
        "shared-fr-03",
        "Secrétariat",
        "secretariat@voixdesexiles.org",
        "Contribution à l'appel à contributions du Groupe de travail",
        """
        Madame, Monsieur,

        Veuillez trouver ci-joint la contribution de notre association à l'appel du Groupe
        de travail sur la détention arbitraire.

        Nous restons à votre disposition pour toute information complémentaire.

        Bien cordialement,
        Le secrétariat
        Association Voix des Exilés (AVE)
        12, rue des Tanneurs – 69001 Lyon
        """,
        """
        Association Voix des Exilés
        Contribution au rapport thématique sur la rétention administrative
        Lyon, le 4 mars 2026
        """,
        "civil_society",
        ("Association Voix des Exilés (AVE)", "Association Voix des Exilés"),
    ),
    Variation(
        "shared-es-04",
        "Contacto Fundación",
        "contacto@fundacionsemillasdelcauca.org.co",
        "Aporte a la convocatoria del Grupo de Trabajo",
        """
        Estimadas y estimados miembros del Grupo de Trabajo:

        Adjuntamos el aporte de nuestra organización a la convocatoria sobre los derechos de
        las mujeres rurales y el acceso a la tierra.

        Cordialmente,

        Equipo de Comunicaciones
        Fundación Semillas del Cauca
        Popayán, Colombia · Tel. +57 602 820 1144
        """,
        """
        FUNDACIÓN SEMILLAS DEL CAUCA
        Mujeres rurales y acceso a la tierra en el suroccidente colombiano
        Aporte al Grupo de Trabajo sobre la discriminación contra las mujeres y las niñas
        """,
        "civil_society",
        ("Fundación Semillas del Cauca",),
    ),
    Variation(
        "shared-en-05",
        "Communications Team",
        "comms@northlightadvocacy.org",
        "Our submission on digital surveillance of human rights defenders",
        """
        Hello,

        Attached is our submission. Please confirm receipt.

        Thanks,
        The Comms Team
        """,
        """
        Northlight Advocacy Network

        Watched at home: digital surveillance of defenders in exile
        A submission to the call for inputs of the UN Working Group
        Contact: comms@northlightadvocacy.org
        """,
        "civil_society",
        ("Northlight Advocacy Network",),
    ),
    Variation(
        "shared-fr-06",
        "Bureau Cotonou",
        "office@reseau-femmes-juristes.bj",
        "Soumission – appel à contributions",
        """
        Bonjour,

        Au nom du Réseau des femmes juristes du Bénin, nous vous transmettons notre
        soumission relative à l'accès des femmes à la justice.

        Respectueusement,

        Bureau de coordination
        Réseau des femmes juristes du Bénin
        Cotonou – Tél. : +229 21 30 44 18
        """,
        "",
        "civil_society",
        ("Réseau des femmes juristes du Bénin",),
    ),
    Variation(
        "shared-es-07",
        "Oficina Lima",
        "oficina@redmigrandes.pe",
        "Envío de contribución - personas migrantes en situación de calle",
        """
        Buenas tardes:

        Les hacemos llegar la contribución de la Red Migrandes Perú. Quedamos atentas.

        Saludos,
        Rosa Quispe Mamani
        Asistente administrativa
        """,
        """
        Red Migrandes Perú
        Personas migrantes en situación de calle en Lima Metropolitana
        Contribución al llamado del Grupo de Trabajo, marzo de 2026
        """,
        "civil_society",
        ("Red Migrandes Perú",),
    ),
    Variation(
        "shared-en-08",
        "Office of the Director",
        "office@tidewaterjustice.org",
        "Fwd: submission for the WG",
        """
        Dear colleagues,

        Forwarding on behalf of our Director, Ms. Abena Owusu, who is travelling.
        The submission is attached as a PDF.

        Regards,
        Office Manager
        Tidewater Justice Initiative | Accra | @TidewaterJI
        """,
        """
        Tidewater Justice Initiative
        Pre-trial detention in Ghana's coastal regions
        Submitted by Abena Owusu, Director
        """,
        "civil_society",
        ("Tidewater Justice Initiative",),
    ),
    Variation(
        "shared-es-09",
        "Info Colectivo",
        "info@colectivotierralibre.org.mx",
        "Contribución convocatoria empresas y derechos humanos",
        """
        Estimado Grupo de Trabajo,

        Enviamos en archivo adjunto nuestra contribución.

        Atentamente,
        Área de comunicación
        Colectivo Tierra Libre A.C.
        Oaxaca de Juárez, Oaxaca
        Facebook: /ColectivoTierraLibre
        """,
        """
        Colectivo Tierra Libre A.C.
        Proyectos eólicos y consulta indígena en el Istmo de Tehuantepec
        """,
        "civil_society",
        ("Colectivo Tierra Libre A.C.", "Colectivo Tierra Libre"),
    ),
    Variation(
        "shared-fr-10",
        "Info",
        "info@maison-des-droits-kinshasa.org",
        "Contribution de la Maison des droits",
        """
        Chers membres du Groupe de travail,

        Veuillez trouver en pièce jointe la contribution de la Maison des droits de
        l'homme de Kinshasa.

        Cordialement,
        Cellule communication
        """,
        """
        MAISON DES DROITS DE L'HOMME DE KINSHASA
        Les disparitions forcées dans l'est de la République démocratique du Congo
        Contribution au Groupe de travail sur les disparitions forcées ou involontaires
        """,
        "civil_society",
        ("Maison des droits de l'homme de Kinshasa",),
    ),
    Variation(
        "shared-en-11",
        "Hayes, Martin (Secretariat)",
        "secretariat@coastalfishersforum.org",
        "Call for input: small-scale fisheries",
        """
        Dear Working Group,

        Please see attached the input of the Coastal Fishers' Forum, which brings together
        fishing communities from four countries of the Bay of Bengal.

        With regards,
        Martin Hayes
        for the Secretariat
        Coastal Fishers' Forum
        """,
        "",
        "civil_society",
        ("Coastal Fishers' Forum",),
    ),
    Variation(
        "shared-es-12",
        "Secretaría Ejecutiva",
        "secretaria@plataformadh-andina.org",
        "Aporte: defensores ambientales",
        """
        Señoras y señores:

        Por medio del presente remitimos el aporte de la Plataforma Andina de Derechos
        Humanos y Ambiente.

        Secretaría Ejecutiva
        Plataforma Andina de Derechos Humanos y Ambiente
        La Paz · Quito · Lima
        """,
        """
        Plataforma Andina de Derechos Humanos y Ambiente
        Defensoras y defensores ambientales en los Andes
        """,
        "civil_society",
        ("Plataforma Andina de Derechos Humanos y Ambiente",),
    ),
    # --- a person writing for an organisation -----------------------------------------
    Variation(
        "person-en-01",
        "Priya Raman",
        "priya.raman@domesticworkersunite.org",
        "Submission: domestic workers and heat stress",
        """
        Dear Working Group members,

        I write on behalf of Domestic Workers Unite Network to share our submission.

        Best,
        Priya Raman
        Policy Lead | Domestic Workers Unite Network
        +91 80 4112 9087 | @DWUnite
        """,
        "",
        "civil_society",
        ("Domestic Workers Unite Network",),
    ),
    Variation(
        "person-en-02",
        "Jonas Eriksen",
        "j.eriksen@arcticwatch.no",
        "Input from Arctic Indigenous Watch",
        """
        Dear Sir or Madam,

        Attached please find our input on extractive projects on Sámi land.

        Sincerely,

        Jonas Eriksen
        Senior Adviser

        Arctic Indigenous Watch
        Storgata 21, 9008 Tromsø, Norway
        """,
        """
        Arctic Indigenous Watch
        Extractive projects and reindeer herding: an input to the Working Group
        """,
        "civil_society",
        ("Arctic Indigenous Watch",),
    ),
    Variation(
        "person-fr-03",
        "Aminata Diallo",
        "a.diallo@cojed-senegal.org",
        "Contribution – enfants talibés",
        """
        Madame, Monsieur,

        Au nom de la Coalition des jeunes pour les droits de l'enfant (COJED), j'ai
        l'honneur de vous transmettre notre contribution.

        Veuillez agréer l'expression de nos salutations distinguées.

        --
        Aminata Diallo
        Chargée de plaidoyer
        Coalition des jeunes pour les droits de l'enfant – COJED
        Sicap Liberté 6, Dakar | +221 33 867 40 21
        """,
        "",
        "civil_society",
        (
            "Coalition des jeunes pour les droits de l'enfant (COJED)",
            "Coalition des jeunes pour les droits de l'enfant",
        ),
    ),
    Variation(
        "person-es-04",
        "Martín Echeverría",
        "mecheverria@centroprodh-norte.org",
        "Contribución del Centro de Derechos Humanos del Norte",
        """
        Estimados miembros del Grupo de Trabajo:

        En nombre del Centro de Derechos Humanos Paso del Norte, adjunto nuestra
        contribución sobre desapariciones de personas migrantes en la frontera.

        Saludos cordiales,

        Mtro. Martín Echeverría Sosa
        Coordinador del Área Jurídica
        Centro de Derechos Humanos Paso del Norte
        Ciudad Juárez, Chihuahua, México
        Tel. (656) 611 0394
        """,
        """
        Centro de Derechos Humanos Paso del Norte
        Desapariciones de personas migrantes en la frontera norte de México
        """,
        "civil_society",
        ("Centro de Derechos Humanos Paso del Norte",),
    ),
    Variation(
        "person-en-05",
        "Dr. Samuel Okafor",
        "sokafor@gmail.com",
        "Re: call for submissions",
        """
        Dear colleagues,

        Please see the attached submission from our organisation.

        Kind regards,
        Dr. Samuel Okafor
        Executive Director, Lagos Centre for Prison Reform
        """,
        """
        LAGOS CENTRE FOR PRISON REFORM
        Conditions of pre-trial detainees in Lagos State
        """,
        "civil_society",
        ("Lagos Centre for Prison Reform",),
    ),
    Variation(
        "person-fr-06",
        "Claire Dubois-Lemaire",
        "claire.dubois@droitsetlogement.fr",
        "Soumission au Groupe de travail",
        """
        Bonjour,

        Vous trouverez ci-joint la contribution de Droits et Logement pour tous.

        Bien à vous,

        Claire Dubois-Lemaire
        Responsable du pôle juridique
        ____________________________
        Droits et Logement pour tous
        8, boulevard Voltaire – 75011 Paris
        01 43 55 27 90
        www.droitsetlogement.fr
        """,
        "",
        "civil_society",
        ("Droits et Logement pour tous",),
    ),
    Variation(
        "person-es-07",
        "Lucía Fernández",
        "lfernandez@observatoriocarcelario.org.ar",
        "Presentación - Observatorio",
        """
        Hola,

        Adjunto la presentación.

        Lucía Fernández | Investigadora
        Observatorio Carcelario de Córdoba
        Tw: @ObsCarcelCba
        """,
        """
        Observatorio Carcelario de Córdoba
        Presentación ante el Grupo de Trabajo sobre la Detención Arbitraria
        Córdoba, marzo de 2026
        """,
        "civil_society",
        ("Observatorio Carcelario de Córdoba",),
    ),
    Variation(
        "person-en-08",
        "Tom Whitaker",
        "tom@greenledgerfoundation.org",
        "Submission on behalf of the Green Ledger Foundation",
        """
        Dear Working Group,

        On behalf of the Green Ledger Foundation, please find our submission attached.

        Tom Whitaker
        Green Ledger Foundation
        Programme Manager, Corporate Accountability
        T: +44 20 7946 0321
        """,
        "",
        "civil_society",
        ("Green Ledger Foundation",),
    ),
    Variation(
        "person-en-09",
        "Grace Mwangi",
        "grace.mwangi@yahoo.com",
        "Submission from Pwani Women's Rights Forum",
        """
        Dear Sir/Madam,

        I attach the submission of the Pwani Women's Rights Forum, Mombasa.

        Yours faithfully,
        Grace Mwangi (Ms.)
        Chairperson
        """,
        "",
        "civil_society",
        ("Pwani Women's Rights Forum",),
    ),
    Variation(
        "person-fr-10",
        "Jean-Baptiste Ngoma",
        "jb.ngoma@acat-brazzaville.org",
        "Contribution ACAT Brazzaville",
        """
        Mesdames et Messieurs les membres du Groupe de travail,

        J'ai l'honneur de vous adresser ci-joint, pour le compte de l'Action des
        chrétiens pour la défense des détenus de Brazzaville, notre contribution.

        Jean-Baptiste Ngoma, Secrétaire exécutif
        Action des chrétiens pour la défense des détenus de Brazzaville
        BP 2104 Brazzaville – République du Congo
        """,
        "",
        "civil_society",
        ("Action des chrétiens pour la défense des détenus de Brazzaville",),
    ),
    Variation(
        "person-es-11",
        "Andrea Villalobos",
        "avillalobos@mujeresfronterizas.org",
        "Re: Convocatoria - aporte",
        """
        Buen día,

        Remito, en representación de Mujeres Fronterizas por la Dignidad, el aporte de
        nuestra colectiva.

        Un abrazo,
        --
        Andrea Villalobos
        Mujeres Fronterizas por la Dignidad
        Coordinadora de incidencia
        Tapachula, Chiapas · WhatsApp +52 962 118 0042
        """,
        """
        Mujeres Fronterizas por la Dignidad
        Violencia contra mujeres migrantes en la frontera sur
        """,
        "civil_society",
        ("Mujeres Fronterizas por la Dignidad",),
    ),
    Variation(
        "person-en-12",
        "Ahmed Karimi",
        "ahmed.karimi@refugeelegalnet.org",
        "RLN submission",
        """
        Dear all,

        Attached is our submission.

        Ahmed Karimi
        Legal Officer
        ______________________
        Refugee Legal Network
        Boulevard Anspach 40, 1000 Brussels
        """,
        """
        Refugee Legal Network

        Pushbacks at the European Union's external borders
        """,
        "civil_society",
        ("Refugee Legal Network",),
    ),
    # --- letterhead or title page only -------------------------------------------------
    Variation(
        "letterhead-en-01",
        "",
        "hopebridge.malawi@gmail.com",
        "Submission",
        """
        Dear Sir/Madam,

        Please find attached our submission.

        Regards
        """,
        """
        HOPE BRIDGE MALAWI
        P.O. Box 3021, Lilongwe, Malawi | hopebridge.malawi@gmail.com

        Submission to the Working Group of Experts on People of African Descent
        """,
        "civil_society",
        ("Hope Bridge Malawi",),
    ),
    Variation(
        "letterhead-en-02",
        "Kofi",
        "kofi.asante88@yahoo.com",
        "input for report",
        """
        Hello,

        Attached is our organisation's input.

        Kofi
        """,
        """
        Northern Savannah Land Rights Alliance
        Tamale, Ghana

        INPUT TO THE CALL FOR SUBMISSIONS ON LAND AND THE RIGHTS OF PEASANTS
        """,
        "civil_society",
        ("Northern Savannah Land Rights Alliance",),
    ),
    Variation(
        "letterhead-fr-03",
        "",
        "solidarite.kivu@gmail.com",
        "Contribution",
        """
        Bonjour,

        Ci-joint notre contribution.

        Merci.
        """,
        """
        SOLIDARITÉ POUR LA PAIX AU KIVU
        Association sans but lucratif – Goma, RDC

        Contribution à l'appel du Groupe de travail sur l'utilisation de mercenaires
        """,
        "civil_society",
        ("Solidarité pour la paix au Kivu",),
    ),
    Variation(
        "letterhead-es-04",
        "Carmen",
        "carmen.r.lopez@hotmail.com",
        "aporte",
        """
        Buenas,

        Les adjunto el documento.

        Carmen
        """,
        """
        Asociación de Familiares de Personas Detenidas de Guayaquil
        Acuerdo Ministerial 0412

        Aporte a la convocatoria del Grupo de Trabajo sobre la Detención Arbitraria
        """,
        "civil_society",
        ("Asociación de Familiares de Personas Detenidas de Guayaquil",),
    ),
    Variation(
        "letterhead-en-05",
        "",
        "mzuzuwomentrust@outlook.com",
        "Submission to call for inputs",
        """
        Good day,

        Kindly find our submission attached.
        """,
        """
        Mzuzu Young Women's Empowerment Trust
        Submission to the Working Group on discrimination against women and girls
        Prepared by the programmes team, February 2026
        """,
        "civil_society",
        ("Mzuzu Young Women's Empowerment Trust",),
    ),
    Variation(
        "letterhead-es-06",
        "",
        "colectivo.raices.gt@gmail.com",
        "Envío documento",
        """
        Saludos cordiales.
        """,
        """
        Colectivo Raíces Mayas
        Santa Cruz del Quiché, Guatemala

        Contribución sobre el derecho a la tierra y los pueblos indígenas
        """,
        "civil_society",
        ("Colectivo Raíces Mayas",),
    ),
    Variation(
        "letterhead-fr-07",
        "Moussa T.",
        "moussa.traore.ml@gmail.com",
        "soumission",
        """
        Bonjour,

        Veuillez recevoir la soumission de notre association.

        Cordialement,
        Moussa
        """,
        """
        Association malienne pour la protection des migrants de retour
        Bamako – Mali

        Soumission au Groupe de travail : les migrants de retour et la réintégration
        """,
        "civil_society",
        ("Association malienne pour la protection des migrants de retour",),
    ),
    Variation(
        "letterhead-en-08",
        "",
        "shantinagar.residents@gmail.com",
        "Submission re evictions",
        """
        Please see the attached.
        """,
        """
        SHANTI NAGAR RESIDENTS' WELFARE ASSOCIATION
        Reg. No. 2231/2009 · Pune, Maharashtra

        Forced evictions for the riverfront project: a submission
        """,
        "civil_society",
        ("Shanti Nagar Residents' Welfare Association",),
    ),
    Variation(
        "letterhead-es-09",
        "Javier",
        "javi.mendoza.h@gmail.com",
        "Documento para el Grupo de Trabajo",
        """
        Hola, mando el documento de la asociación. Gracias.
        """,
        """
        ASOCIACIÓN CIVIL VOCES DEL CHACO
        Personería Jurídica N.º 1187/15 – Resistencia, Chaco, Argentina

        Informe sobre el acceso al agua de comunidades qom
        """,
        "civil_society",
        ("Asociación Civil Voces del Chaco",),
    ),
    Variation(
        "letterhead-en-10",
        "",
        "rainbowhaven.ug@protonmail.com",
        "submission - confidential contact",
        """
        Dear Working Group,

        Please find attached our submission. For safety reasons we write from this address.
        """,
        """
        Rainbow Haven Uganda
        Submission on arbitrary arrests of LGBTIQ+ persons in Uganda
        """,
        "civil_society",
        ("Rainbow Haven Uganda",),
    ),
    Variation(
        "letterhead-fr-11",
        "",
        "femmes.rurales.tchad@yahoo.fr",
        "Contribution du Tchad",
        """
        Bonjour,

        Nous vous envoyons notre contribution depuis N'Djamena.
        """,
        """
        Union des femmes rurales du Tchad
        N'Djamena, Tchad

        Contribution sur l'accès des femmes rurales à la terre
        """,
        "civil_society",
        ("Union des femmes rurales du Tchad",),
    ),
    Variation(
        "letterhead-en-12",
        "Admin",
        "pacificclimatevoices@gmail.com",
        "Climate displacement submission",
        """
        Kia ora,

        Attached.

        Admin
        """,
        """
        PACIFIC CLIMATE VOICES
        Suva, Fiji

        Climate displacement and the right to return: a submission to the Working Group
        """,
        "civil_society",
        ("Pacific Climate Voices",),
    ),
    # --- acronym and full name in different places -------------------------------------
    Variation(
        "acronym-en-01",
        "CLARA",
        "contact@clara-rights.org",
        "CLARA submission",
        """
        Dear Working Group,

        Please find attached CLARA's submission to the call for inputs.

        CLARA team
        """,
        """
        Centre for Legal Aid and Rights Advocacy (CLARA)
        Submission on access to legal aid for persons in immigration detention
        """,
        "civil_society",
        ("Centre for Legal Aid and Rights Advocacy (CLARA)",),
    ),
    Variation(
        "acronym-es-02",
        "CEDIMM",
        "cedimm@cedimm.org.hn",
        "Aporte CEDIMM",
        """
        Estimados:

        Adjuntamos el aporte del CEDIMM.

        Saludos,
        CEDIMM – Tegucigalpa
        """,
        """
        Centro de Estudios y Defensa de las Mujeres Migrantes
        CEDIMM

        Aporte a la convocatoria del Grupo de Trabajo sobre las mujeres y las niñas
        """,
        "civil_society",
        ("Centro de Estudios y Defensa de las Mujeres Migrantes (CEDIMM)",),
    ),
    Variation(
        "acronym-fr-03",
        "Olivier Mbarga",
        "o.mbarga@rapdh.cm",
        "Contribution du RAPDH",
        """
        Madame, Monsieur,

        Je vous prie de trouver ci-joint la contribution du RAPDH.

        Olivier Mbarga
        Coordonnateur national, RAPDH
        Yaoundé, Cameroun
        """,
        """
        Réseau africain pour la promotion des droits humains
        Contribution au Groupe de travail sur la détention arbitraire
        """,
        "civil_society",
        ("Réseau africain pour la promotion des droits humains (RAPDH)",),
    ),
    Variation(
        "acronym-en-04",
        "Helen Park",
        "hpark@kmwa.or.kr",
        "Submission",
        """
        Dear Sir/Madam,

        I am pleased to submit, on behalf of the Korean Migrant Women's Association
        (KMWA), the attached submission.

        Helen Park
        International Advocacy, KMWA
        """,
        "",
        "civil_society",
        (
            "Korean Migrant Women's Association (KMWA)",
            "Korean Migrant Women's Association",
        ),
    ),
    Variation(
        "acronym-es-05",
        "Equipo FUNDEPAZ",
        "equipo@fundepaz.org.sv",
        "FUNDEPAZ - contribución",
        """
        Buenas tardes,

        Enviamos nuestra contribución.

        FUNDEPAZ
        Fundación para el Desarrollo y la Paz
        San Salvador, El Salvador
        """,
        "",
        "civil_society",
        ("Fundación para el Desarrollo y la Paz (FUNDEPAZ)",),
    ),
    Variation(
        "acronym-en-06",
        "",
        "info@wlsa-zm.org",
        "WLSA Zambia input",
        """
        Dear colleagues,

        Please find attached our input.

        Regards,
        Programmes Officer
        """,
        """
        Women and Law in Southern Africa Research Trust – Zambia
        (WLSA Zambia)

        Input to the Working Group on discrimination against women and girls
        """,
        "civil_society",
        (
            "Women and Law in Southern Africa Research Trust – Zambia (WLSA Zambia)",
            "Women and Law in Southern Africa Research Trust - Zambia (WLSA Zambia)",
        ),
    ),
    Variation(
        "acronym-fr-07",
        "ADDH Guinée",
        "addh.guinee@gmail.com",
        "Contribution",
        """
        Bonjour,

        L'ADDH vous transmet sa contribution.

        Pour l'Association pour la défense des droits humains en Guinée,
        Le Président
        """,
        "",
        "civil_society",
        (
            "Association pour la défense des droits humains en Guinée (ADDH)",
            "Association pour la défense des droits humains en Guinée",
        ),
    ),
    Variation(
        "acronym-en-08",
        "Marta Kowalska",
        "marta.kowalska@empr.eu",
        "Input: EMPR",
        """
        Dear Working Group secretariat,

        Attached please find EMPR's input.

        Marta Kowalska
        Research Coordinator
        European Migrant Platform for Rights
        Rue Belliard 15, Brussels
        """,
        """
        EMPR
        Labour exploitation of third-country nationals in the EU food supply chain
        """,
        "civil_society",
        ("European Migrant Platform for Rights (EMPR)",),
    ),
    Variation(
        "acronym-es-09",
        "",
        "aprodeh.norte@gmail.com",
        "Contribución",
        """
        Adjunto contribución de APRODEN.
        """,
        """
        Asociación Pro Derechos del Norte – APRODEN
        Piura, Perú

        Contribución sobre la criminalización de la protesta social
        """,
        "civil_society",
        (
            "Asociación Pro Derechos del Norte (APRODEN)",
            "Asociación Pro Derechos del Norte",
        ),
    ),
    Variation(
        "acronym-en-10",
        "FRAN Secretariat",
        "secretariat@fran-africa.org",
        "Submission from the Forum for Refugee Advocacy Networks (FRAN)",
        """
        Dear Working Group,

        Kindly receive the attached.

        FRAN Secretariat
        Kampala, Uganda
        """,
        """
        FRAN
        Submission to the Working Group on Arbitrary Detention
        """,
        "civil_society",
        ("Forum for Refugee Advocacy Networks (FRAN)",),
    ),
    Variation(
        "acronym-fr-11",
        "Sophie Lambert",
        "sophie.lambert@ldh-belgique.org",
        "Soumission",
        """
        Madame, Monsieur,

        Veuillez trouver ci-joint la soumission de notre organisation.

        Sophie Lambert
        Chargée de projets
        LDHB – Ligue pour les droits humains en Belgique
        """,
        """
        Ligue pour les droits humains en Belgique (LDHB)
        Soumission relative aux centres fermés pour étrangers
        """,
        "civil_society",
        ("Ligue pour les droits humains en Belgique (LDHB)",),
    ),
    Variation(
        "acronym-en-12",
        "IDRN",
        "idrn@idrn.org",
        "IDRN input",
        """
        Hi,

        IDRN input attached.

        --
        IDRN | International Disability Rights Network
        Nairobi · Geneva
        """,
        """
        International Disability Rights Network
        Persons with disabilities in situations of deprivation of liberty
        """,
        "civil_society",
        ("International Disability Rights Network (IDRN)",),
    ),
    # --- names in two languages ---------------------------------------------------------
    Variation(
        "bilingual-en-01",
        "Marie-Ève Tremblay",
        "metremblay@migrantjustice-justicemigrante.ca",
        "Submission / Soumission",
        """
        Dear members of the Working Group,

        Please find attached our submission.

        Marie-Ève Tremblay
        Coordinator / Coordonnatrice
        Migrant Justice Centre / Centre de justice pour les migrants
        Montréal (Québec)
        """,
        """
        Migrant Justice Centre | Centre de justice pour les migrants
        Temporary foreign workers in Canada
        """,
        "civil_society",
        (
            "Migrant Justice Centre / Centre de justice pour les migrants",
            "Migrant Justice Centre",
            "Centre de justice pour les migrants",
        ),
    ),
    Variation(
        "bilingual-fr-02",
        "Coalition Haïti",
        "info@coalitionhaiti-droits.org",
        "Contribution de la Coalition",
        """
        Mesdames, Messieurs,

        La Coalition haïtienne pour les droits humains / Haitian Coalition for Human Rights
        a l'honneur de vous transmettre sa contribution.

        Le Secrétariat
        """,
        """
        Coalition haïtienne pour les droits humains
        Haitian Coalition for Human Rights

        Contribution sur la détention prolongée au Pénitencier national
        """,
        "civil_society",
        (
            "Coalition haïtienne pour les droits humains / Haitian Coalition for Human Rights",
            "Coalition haïtienne pour les droits humains",
            "Haitian Coalition for Human Rights",
        ),
    ),
    Variation(
        "bilingual-es-03",
        "Ana Torres",
        "atorres@borderlandscoalition.org",
        "Aporte / Submission",
        """
        Estimados miembros del Grupo de Trabajo:

        Adjunto el aporte de nuestra coalición. / Please find our submission attached.

        Ana Torres
        Directora / Director
        Coalición Fronteriza de Derechos Humanos – Borderlands Human Rights Coalition
        El Paso, Texas
        """,
        "",
        "civil_society",
        (
            "Coalición Fronteriza de Derechos Humanos – Borderlands Human Rights Coalition",
            "Coalición Fronteriza de Derechos Humanos - Borderlands Human Rights Coalition",
            "Coalición Fronteriza de Derechos Humanos",
            "Borderlands Human Rights Coalition",
        ),
    ),
    Variation(
        "bilingual-bi-04",
        "Secretariat / Secrétariat",
        "secretariat@afrique-reseau-defenseurs.org",
        "Submission / Soumission – human rights defenders",
        """
        Dear Working Group, / Cher Groupe de travail,

        Please find attached our submission. / Veuillez trouver ci-joint notre soumission.

        West African Defenders Network (WADN)
        Réseau ouest-africain des défenseurs (ROAD)
        Lomé, Togo
        """,
        """
        WEST AFRICAN DEFENDERS NETWORK
        RÉSEAU OUEST-AFRICAIN DES DÉFENSEURS
        """,
        "civil_society",
        (
            "West African Defenders Network (WADN)",
            "Réseau ouest-africain des défenseurs (ROAD)",
            "West African Defenders Network (WADN) / Réseau ouest-africain des défenseurs (ROAD)",
        ),
    ),
    Variation(
        "bilingual-en-05",
        "Iosefa Leota",
        "iosefa@pacificwomensvoice.ws",
        "Input on climate and women",
        """
        Talofa lava,

        Please find attached the input from Pacific Women's Voice.

        Iosefa Leota
        Pacific Women's Voice / Leo o Tamaitai o le Pasefika
        Apia, Samoa
        """,
        "",
        "civil_society",
        ("Pacific Women's Voice",),
    ),
    Variation(
        "bilingual-fr-06",
        "",
        "contact@ccd-bruxelles.be",
        "Contribution / Bijdrage",
        """
        Madame, Monsieur,

        Veuillez trouver ci-joint notre contribution.

        Collectif contre la discrimination – Collectief tegen discriminatie
        Bruxelles / Brussel
        """,
        """
        Collectif contre la discrimination
        Contribution au Groupe de travail d'experts sur les personnes d'ascendance africaine
        """,
        "civil_society",
        (
            "Collectif contre la discrimination",
            "Collectif contre la discrimination – Collectief tegen discriminatie",
            "Collectif contre la discrimination - Collectief tegen discriminatie",
        ),
    ),
    Variation(
        "bilingual-es-07",
        "Red Kawsay",
        "redkawsay@gmail.com",
        "Aporte de la Red",
        """
        Saludos,

        La Red de Mujeres Kichwa "Kawsay Warmikuna" envía su aporte.
        """,
        """
        Red de Mujeres Kichwa Kawsay Warmikuna
        Aporte sobre minería y derecho al agua en la Amazonía ecuatoriana
        """,
        "civil_society",
        (
            "Red de Mujeres Kichwa Kawsay Warmikuna",
            'Red de Mujeres Kichwa "Kawsay Warmikuna"',
        ),
    ),
    Variation(
        "bilingual-en-08",
        "Oliver Grant",
        "ogrant@ilrc-cirl.ca",
        "ILRC submission",
        """
        Dear Secretariat,

        Attached is the submission of the Indigenous Land Rights Council (ILRC) /
        Conseil des droits fonciers autochtones (CDFA).

        Oliver Grant
        Policy Analyst
        """,
        """
        Indigenous Land Rights Council – Conseil des droits fonciers autochtones
        Free, prior and informed consent in Canadian resource projects
        """,
        "civil_society",
        (
            "Indigenous Land Rights Council (ILRC)",
            "Indigenous Land Rights Council (ILRC) / Conseil des droits fonciers autochtones (CDFA)",
            "Indigenous Land Rights Council",
        ),
    ),
    Variation(
        "bilingual-es-09",
        "",
        "info@casaacollida.cat",
        "Aportació / Aporte",
        """
        Estimados,

        Adjuntamos el aporte de nuestra entidad.

        Casa d'Acollida del Raval – Casa de Acogida del Raval
        Barcelona
        """,
        "",
        "civil_society",
        (
            "Casa d'Acollida del Raval",
            "Casa d'Acollida del Raval – Casa de Acogida del Raval",
            "Casa d'Acollida del Raval - Casa de Acogida del Raval",
        ),
    ),
    Variation(
        "bilingual-fr-10",
        "Réseau Sahel",
        "reseausahel@orange.sn",
        "Soumission / Submission",
        """
        Bonjour,

        Le Réseau sahélien pour la mobilité humaine / Sahel Human Mobility Network vous
        adresse sa soumission.

        Cordialement
        """,
        """
        RÉSEAU SAHÉLIEN POUR LA MOBILITÉ HUMAINE
        SAHEL HUMAN MOBILITY NETWORK
        Soumission au Groupe de travail
        """,
        "civil_society",
        (
            "Réseau sahélien pour la mobilité humaine / Sahel Human Mobility Network",
            "Réseau sahélien pour la mobilité humaine",
            "Sahel Human Mobility Network",
        ),
    ),
    Variation(
        "bilingual-bi-11",
        "Comunicaciones / Communications",
        "comms@latamdigitalrights.org",
        "Aporte / Input – privacidad",
        """
        Estimado Grupo de Trabajo / Dear Working Group,

        Adjuntamos nuestro aporte. / Our input is attached.

        Derechos Digitales Latinoamérica / Latin American Digital Rights
        """,
        "",
        "civil_society",
        (
            "Derechos Digitales Latinoamérica / Latin American Digital Rights",
            "Derechos Digitales Latinoamérica",
            "Latin American Digital Rights",
        ),
    ),
    Variation(
        "bilingual-en-12",
        "Lindiwe Dube",
        "lindiwe@ubuntulegal.org.za",
        "Submission",
        """
        Dear Sir/Madam,

        On behalf of Ubuntu Legal Aid Centre, find attached our submission.

        Lindiwe Dube
        Ubuntu Legal Aid Centre | Ubuntu Senter vir Regshulp
        Cape Town
        """,
        """
        UBUNTU LEGAL AID CENTRE
        UBUNTU SENTER VIR REGSHULP
        Submission on informal settlements and evictions
        """,
        "civil_society",
        (
            "Ubuntu Legal Aid Centre",
            "Ubuntu Legal Aid Centre / Ubuntu Senter vir Regshulp",
        ),
    ),
    Variation(
        "bilingual-bi-13",
        "Grace Fon / Grâce Fon",
        "gfon@cameroonwomenlawyers.cm",
        "Submission / Soumission",
        """
        Dear Working Group, / Chers membres du Groupe de travail,

        Please find attached our submission. / Veuillez trouver ci-joint notre soumission.

        Grace Fon
        Programme Officer / Chargée de programme
        Cameroon Association of Women Lawyers
        Association camerounaise des femmes juristes
        Bamenda – Yaoundé
        """,
        "",
        "civil_society",
        (
            "Cameroon Association of Women Lawyers / Association camerounaise des femmes juristes",
            "Cameroon Association of Women Lawyers",
            "Association camerounaise des femmes juristes",
        ),
    ),
    Variation(
        "bilingual-es-14",
        "Info Centro",
        "info@centrojusticiaboricua.org",
        "Aporte / Submission",
        """
        Saludos:

        Adjuntamos el aporte del Centro de Justicia Boricua.

        Centro de Justicia Boricua | Puerto Rican Justice Center
        San Juan, Puerto Rico · @CJBoricua
        """,
        """
        CENTRO DE JUSTICIA BORICUA
        PUERTO RICAN JUSTICE CENTER
        Aporte sobre el desplazamiento tras los huracanes
        """,
        "civil_society",
        (
            "Centro de Justicia Boricua / Puerto Rican Justice Center",
            "Centro de Justicia Boricua",
            "Puerto Rican Justice Center",
        ),
    ),
    Variation(
        "bilingual-en-15",
        "",
        "fondationaccueil.quebec@gmail.com",
        "submission",
        """
        Hello,

        Attached is our submission. Thank you.
        """,
        """
        Fondation Accueil Nord – Northern Welcome Foundation
        Rouyn-Noranda, Québec

        Submission: asylum seekers housed in remote regions
        """,
        "civil_society",
        (
            "Fondation Accueil Nord – Northern Welcome Foundation",
            "Fondation Accueil Nord - Northern Welcome Foundation",
            "Fondation Accueil Nord",
            "Northern Welcome Foundation",
        ),
    ),
    # --- NGOs that name a State or carry "Mission"-like words ---------------------------
    Variation(
        "ngostate-en-01",
        "Mission for Migrant Domestic Workers",
        "info@missionmdw.org.hk",
        "Submission from the Mission for Migrant Domestic Workers",
        """
        Dear Working Group,

        The Mission for Migrant Domestic Workers, a non-governmental service centre in Hong
        Kong, submits the attached input on live-in domestic work.

        In solidarity,
        Case Management Team
        """,
        "",
        "civil_society",
        ("Mission for Migrant Domestic Workers",),
    ),
    Variation(
        "ngostate-en-02",
        "Daniel Reyes",
        "dreyes@philippinesolidarity.org",
        "Submission on the Philippines",
        """
        Dear Sir/Madam,

        The Philippine Solidarity Network presents its compliments to the Working Group and
        has the honour to submit the attached information on the Republic of the
        Philippines.

        Daniel Reyes
        Coordinator, Philippine Solidarity Network
        """,
        "",
        "civil_society",
        ("Philippine Solidarity Network",),
    ),
    Variation(
        "ngostate-es-03",
        "Embajada de la Esperanza",
        "contacto@embajadadelaesperanza.org",
        "Aporte - niñez migrante no acompañada",
        """
        Estimados:

        La Fundación Embajada de la Esperanza, organización de la sociedad civil con sede
        en Tijuana, remite su aporte sobre niñez migrante no acompañada.

        Saludos,
        Coordinación
        """,
        "",
        "civil_society",
        ("Fundación Embajada de la Esperanza",),
    ),
    Variation(
        "ngostate-fr-04",
        "Mission Solidarité Haïti",
        "contact@missionsolidarite-haiti.org",
        "Contribution",
        """
        Madame, Monsieur,

        Mission Solidarité Haïti, association loi 1901, vous transmet sa contribution sur
        les déplacés internes à Port-au-Prince. Nous appelons le Gouvernement de la
        République d'Haïti à protéger les personnes déplacées.

        Pour Mission Solidarité Haïti,
        Nadège Pierre-Louis, présidente
        """,
        "",
        "civil_society",
        ("Mission Solidarité Haïti",),
    ),
    Variation(
        "ngostate-en-05",
        "Venezuelans in Chile Association",
        "venezolanosenchile@gmail.com",
        "Input: Venezuelan migrants in Chile",
        """
        Dear Working Group,

        We write concerning the Government of Chile's new expulsion procedure. Please find
        our input attached.

        Venezuelans in Chile Association
        Santiago
        """,
        """
        Venezuelans in Chile Association / Asociación Venezolanos en Chile
        Administrative expulsions from Chile, 2024-2026
        """,
        "civil_society",
        (
            "Venezuelans in Chile Association",
            "Venezuelans in Chile Association / Asociación Venezolanos en Chile",
        ),
    ),
    Variation(
        "ngostate-es-06",
        "Observatorio Ciudadano México",
        "observatorio@ocmexico.org",
        "Nota sobre la situación en México",
        """
        Al Grupo de Trabajo sobre Desapariciones Forzadas o Involuntarias:

        El Observatorio Ciudadano México saluda atentamente al Grupo de Trabajo y tiene el
        honor de remitir información sobre las desapariciones en el Estado de Jalisco.
        Instamos al Estado mexicano a cumplir sus obligaciones internacionales.

        Observatorio Ciudadano México
        Guadalajara, Jalisco
        """,
        "",
        "civil_society",
        ("Observatorio Ciudadano México",),
    ),
    Variation(
        "ngostate-en-07",
        "Embassy of Peace Foundation",
        "office@embassyofpeace.org",
        "Submission",
        """
        Dear Working Group,

        Embassy of Peace Foundation, an NGO working with returnees in Liberia, submits the
        attached report.

        Yours sincerely,
        Rev. Joseph Kollie
        Country Director
        """,
        "",
        "civil_society",
        ("Embassy of Peace Foundation",),
    ),
    Variation(
        "ngostate-fr-08",
        "Délégation Maroc",
        "delegation.maroc@secours-solidaire.org",
        "Contribution du Secours solidaire – délégation du Maroc",
        """
        Madame, Monsieur,

        La délégation au Maroc du Secours solidaire international, ONG humanitaire, a
        l'honneur de vous transmettre sa contribution relative aux migrants bloqués à
        Oujda.

        Karim Benali
        Chef de délégation
        Secours solidaire international
        """,
        "",
        "civil_society",
        ("Secours solidaire international",),
    ),
    Variation(
        "ngostate-en-09",
        "Permanent Mission Watch",
        "team@missionwatch.org",
        "Civil society input",
        """
        Dear Working Group,

        Permanent Mission Watch is a civil-society project that monitors how States'
        missions in Geneva engage with the human-rights system. Our input is attached.

        The PMW team
        """,
        """
        Permanent Mission Watch
        Engagement of States with special procedures, 2020-2025
        """,
        "civil_society",
        ("Permanent Mission Watch",),
    ),
    Variation(
        "ngostate-es-10",
        "Ministerio de la Calle",
        "ministeriodelacalle@gmail.com",
        "Aporte sobre personas en situación de calle",
        """
        Hola,

        Somos Ministerio de la Calle, una asociación civil de voluntarios en Montevideo.
        Adjuntamos nuestro aporte.

        Saludos,
        Ministerio de la Calle
        """,
        "",
        "civil_society",
        ("Ministerio de la Calle",),
    ),
    Variation(
        "ngostate-en-11",
        "Rights Kenya",
        "info@rightskenya.or.ke",
        "Submission - Republic of Kenya",
        """
        Excellencies,

        Rights Kenya has the honour to transmit to the Working Group its submission on the
        Republic of Kenya, and avails itself of this opportunity to renew the assurances of
        its highest consideration.

        Rights Kenya
        Nairobi
        """,
        "",
        "civil_society",
        ("Rights Kenya",),
    ),
    Variation(
        "ngostate-fr-12",
        "Consulat citoyen",
        "consulatcitoyen@protonmail.com",
        "Contribution",
        """
        Bonjour,

        Le Consulat citoyen des Comores en France, collectif de la diaspora comorienne,
        vous adresse sa contribution.

        Salutations,
        Le bureau du Consulat citoyen
        """,
        "",
        "civil_society",
        ("Consulat citoyen des Comores en France",),
    ),
    # --- companies and business associations -------------------------------------------
    Variation(
        "company-en-01",
        "Hannah Moore",
        "hannah.moore@northbridge-recruitment.co.uk",
        "Input from Northbridge Recruitment",
        """
        Dear Working Group,

        Northbridge Recruitment Ltd welcomes the opportunity to contribute. Our response on
        ethical recruitment of migrant workers is attached.

        Hannah Moore
        Head of Responsible Sourcing
        Northbridge Recruitment Ltd | Company No. 08812345
        """,
        "",
        "private_sector",
        ("Northbridge Recruitment Ltd", "Northbridge Recruitment"),
    ),
    Variation(
        "company-es-02",
        "Asuntos Corporativos",
        "asuntoscorporativos@minerandina.com.pe",
        "Aporte de Minera Andina S.A.A.",
        """
        Señores del Grupo de Trabajo:

        Minera Andina S.A.A. remite su aporte sobre debida diligencia en derechos humanos.

        Gerencia de Asuntos Corporativos
        Minera Andina S.A.A.
        Av. Javier Prado Este 4200, Lima
        """,
        "",
        "private_sector",
        ("Minera Andina S.A.A.", "Minera Andina"),
    ),
    Variation(
        "company-fr-03",
        "Secrétariat général",
        "sg@federation-textile-afrique.org",
        "Contribution de la Fédération",
        """
        Madame, Monsieur,

        La Fédération des industries textiles d'Afrique de l'Ouest, qui regroupe 140
        entreprises, vous adresse sa contribution sur la diligence raisonnable.

        Le Secrétariat général
        """,
        "",
        "private_sector",
        ("Fédération des industries textiles d'Afrique de l'Ouest",),
    ),
    Variation(
        "company-en-04",
        "Sustainability",
        "sustainability@brightcoast-seafood.com",
        "BrightCoast submission",
        """
        Hello,

        Please find the submission of BrightCoast Seafood Group attached.

        Sustainability & Human Rights
        BrightCoast Seafood Group plc
        """,
        """
        BrightCoast Seafood Group plc
        Response to the call for inputs: forced labour at sea
        """,
        "private_sector",
        ("BrightCoast Seafood Group plc", "BrightCoast Seafood Group"),
    ),
    Variation(
        "company-en-05",
        "Policy Team",
        "policy@coffeetradersalliance.org",
        "Submission from the Coffee Traders Alliance",
        """
        Dear Working Group,

        The Coffee Traders Alliance, the trade association of green-coffee importers in
        Europe, submits the attached comments.

        Policy Team
        Coffee Traders Alliance
        """,
        "",
        "private_sector",
        ("Coffee Traders Alliance",),
    ),
    Variation(
        "company-es-06",
        "Cámara Agroexportadora",
        "gerencia@camaraagroexportadora.org.gt",
        "Aporte de la Cámara",
        """
        Estimados señores:

        La Cámara Agroexportadora de Guatemala tiene el agrado de remitir su aporte.

        Lic. Roberto Castañeda
        Gerente General
        Cámara Agroexportadora de Guatemala
        """,
        "",
        "private_sector",
        ("Cámara Agroexportadora de Guatemala",),
    ),
    Variation(
        "company-fr-07",
        "Julie Martin",
        "julie.martin@verdalis.fr",
        "Contribution Verdalis",
        """
        Bonjour,

        Veuillez trouver ci-joint la contribution de Verdalis SAS sur le devoir de
        vigilance.

        Julie Martin
        Directrice RSE | Verdalis SAS
        92400 Courbevoie
        """,
        "",
        "private_sector",
        ("Verdalis SAS", "Verdalis"),
    ),
    Variation(
        "company-en-08",
        "Raj Mehta",
        "raj.mehta@gmail.com",
        "Submission",
        """
        Dear Sir/Madam,

        Attached is our company's submission.

        Raj Mehta
        Director
        """,
        """
        SUNRISE GARMENTS PRIVATE LIMITED
        Tiruppur, Tamil Nadu

        Submission on worker housing in spinning mills
        """,
        "private_sector",
        ("Sunrise Garments Private Limited", "Sunrise Garments"),
    ),
    Variation(
        "company-en-09",
        "Tech Coalition for Responsible AI",
        "hello@tcrai.org",
        "TCRAI input",
        """
        Dear Working Group,

        The Tech Coalition for Responsible AI (TCRAI), an association of 30 technology
        companies, shares the attached input.

        TCRAI Secretariat
        """,
        "",
        "private_sector",
        (
            "Tech Coalition for Responsible AI (TCRAI)",
            "Tech Coalition for Responsible AI",
        ),
    ),
    Variation(
        "company-es-10",
        "Laura Giménez",
        "lgimenez@solarisenergia.es",
        "Contribución",
        """
        Buenos días:

        Adjunto la contribución de nuestra empresa.

        Laura Giménez
        Responsable de Derechos Humanos
        Solaris Energía Renovable, S.L.
        Calle de Serrano 88, Madrid
        """,
        "",
        "private_sector",
        ("Solaris Energía Renovable, S.L.", "Solaris Energía Renovable"),
    ),
    Variation(
        "company-fr-11",
        "",
        "contact@cpme-senegal.sn",
        "Contribution du patronat",
        """
        Madame, Monsieur,

        La Confédération des petites et moyennes entreprises du Sénégal vous adresse sa
        contribution.

        Le Secrétaire permanent
        """,
        "",
        "private_sector",
        ("Confédération des petites et moyennes entreprises du Sénégal",),
    ),
    Variation(
        "company-en-12",
        "Legal",
        "legal@harvestfield.com.au",
        "Submission - HarvestField",
        """
        Dear Working Group,

        HarvestField Pty Ltd is an Australian horticulture business employing seasonal
        workers from the Pacific. Our submission is attached.

        Legal & Compliance
        HarvestField Pty Ltd
        """,
        "",
        "private_sector",
        ("HarvestField Pty Ltd", "HarvestField"),
    ),
    # --- intergovernmental bodies ---------------------------------------------------------
    Variation(
        "igo-en-01",
        "Sarah Kline",
        "skline@iom.int",
        "IOM input to the call for inputs",
        """
        Dear colleagues,

        Please find attached the input of IOM to the Working Group's report on migrants in
        detention.

        Best regards,
        Sarah Kline
        Migrant Protection and Assistance Division
        International Organization for Migration (IOM)
        17 route des Morillons, 1211 Geneva 19
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
        "FUNDAMENTALS",
        "fundamentals@ilo.org",
        "ILO contribution - forced labour",
        """
        Dear Secretariat,

        On behalf of the Fundamental Principles and Rights at Work Branch, please find the
        ILO's contribution attached.

        Kind regards,
        FUNDAMENTALS Branch
        International Labour Organization
        """,
        "",
        "international_org",
        (
            "International Labour Organization (ILO)",
            "International Labour Organization",
        ),
    ),
    Variation(
        "igo-fr-03",
        "Direction des affaires politiques",
        "dapg@francophonie.org",
        "Contribution de l'OIF",
        """
        Madame, Monsieur,

        L'Organisation internationale de la Francophonie a l'honneur de transmettre au
        Groupe de travail sa contribution sur la participation des femmes à la vie publique.

        Direction des affaires politiques et de la gouvernance démocratique
        Organisation internationale de la Francophonie
        19-21 avenue Bosquet, 75007 Paris
        """,
        "",
        "international_org",
        (
            "Organisation internationale de la Francophonie (OIF)",
            "Organisation internationale de la Francophonie",
        ),
    ),
    Variation(
        "igo-es-04",
        "Departamento de Inclusión Social",
        "dis@oas.org",
        "Aporte de la OEA",
        """
        Estimados miembros del Grupo de Trabajo:

        El Departamento de Inclusión Social de la Secretaría de Acceso a Derechos y Equidad
        de la Organización de los Estados Americanos remite el aporte adjunto.

        Atentamente,
        Departamento de Inclusión Social – OEA
        Washington, D.C.
        """,
        "",
        "international_org",
        (
            "Organización de los Estados Americanos (OEA)",
            "Organization of American States (OAS)",
            "Organización de los Estados Americanos",
        ),
    ),
    Variation(
        "igo-en-05",
        "Elena Horvath",
        "elena.horvath@icmpd.org",
        "ICMPD submission",
        """
        Dear Working Group,

        Please see ICMPD's submission on return and readmission attached.

        Elena Horvath
        Policy Officer
        ICMPD | Gonzagagasse 1, 1010 Vienna
        """,
        """
        International Centre for Migration Policy Development
        Return, readmission and reintegration: a contribution to the Working Group
        """,
        "international_org",
        ("International Centre for Migration Policy Development (ICMPD)",),
    ),
    Variation(
        "igo-fr-06",
        "Secrétariat de la Commission",
        "ecri@coe.int",
        "Contribution du Conseil de l'Europe",
        """
        Madame, Monsieur,

        Le Secrétariat de la Commission européenne contre le racisme et l'intolérance
        transmet ci-joint la contribution du Conseil de l'Europe.

        Conseil de l'Europe
        F-67075 Strasbourg Cedex
        """,
        "",
        "international_org",
        (
            "Conseil de l'Europe",
            "Council of Europe",
            "Commission européenne contre le racisme et l'intolérance (ECRI)",
        ),
    ),
    Variation(
        "igo-en-07",
        "Ndeye Sow",
        "sown@africa-union.org",
        "Submission of the African Union Commission",
        """
        Dear Sir/Madam,

        The Department of Health, Humanitarian Affairs and Social Development of the African
        Union Commission submits the attached input on labour migration in Africa.

        Ndeye Sow
        Senior Policy Officer, Labour, Employment and Migration
        African Union Commission, Addis Ababa
        """,
        "",
        "international_org",
        ("African Union Commission", "African Union Commission (AUC)"),
    ),
    Variation(
        "igo-es-08",
        "Cooperación SEGIB",
        "cooperacion@segib.org",
        "Contribución de la Secretaría General Iberoamericana",
        """
        Estimados señores:

        La Secretaría General Iberoamericana (SEGIB) tiene el agrado de remitir su
        contribución sobre las personas afrodescendientes en Iberoamérica.

        Área de Cohesión Social y Cooperación Sur-Sur
        SEGIB – Paseo de Recoletos 8, Madrid
        """,
        "",
        "international_org",
        (
            "Secretaría General Iberoamericana (SEGIB)",
            "Secretaría General Iberoamericana",
            "Ibero-American General Secretariat (SEGIB)",
        ),
    ),
    Variation(
        "igo-en-09",
        "Protection Policy",
        "hqpp00@unhcr.org",
        "UNHCR input to WGAD call",
        """
        Dear colleagues,

        Please find attached UNHCR's input on the detention of asylum-seekers.

        Protection Policy and Legal Advice Section
        Division of International Protection
        UNHCR Geneva
        """,
        """
        Office of the United Nations High Commissioner for Refugees
        Input to the Working Group on Arbitrary Detention
        """,
        "international_org",
        (
            "Office of the United Nations High Commissioner for Refugees (UNHCR)",
            "United Nations High Commissioner for Refugees (UNHCR)",
        ),
    ),
    Variation(
        "igo-en-10",
        "ODIHR Human Rights Department",
        "hrd@odihr.pl",
        "ODIHR contribution",
        """
        Dear Working Group,

        The OSCE Office for Democratic Institutions and Human Rights (ODIHR) is pleased to
        share the attached contribution on the situation of human rights defenders.

        Human Rights Department
        ODIHR, ul. Miodowa 10, 00-251 Warsaw
        """,
        "",
        "international_org",
        (
            "OSCE Office for Democratic Institutions and Human Rights (ODIHR)",
            "Office for Democratic Institutions and Human Rights (ODIHR)",
        ),
    ),
    Variation(
        "igo-en-11",
        "Information",
        "information@fra.europa.eu",
        "FRA input",
        """
        Dear colleagues,

        Please find attached the input of FRA.

        Kind regards,
        Institutional Cooperation and Networks Unit
        """,
        """
        EUROPEAN UNION AGENCY FOR FUNDAMENTAL RIGHTS
        Input to the call of the Working Group of Experts on People of African Descent
        Vienna, March 2026
        """,
        "international_org",
        (
            "European Union Agency for Fundamental Rights (FRA)",
            "European Union Agency for Fundamental Rights",
        ),
    ),
    Variation(
        "igo-es-12",
        "CIDH",
        "cidhdenuncias@oas.org",
        "Aporte de la Comisión Interamericana",
        """
        Estimados:

        La Secretaría Ejecutiva de la Comisión Interamericana de Derechos Humanos (CIDH)
        remite su aporte sobre personas privadas de libertad.

        Relatoría sobre los Derechos de las Personas Privadas de Libertad
        CIDH
        """,
        "",
        "international_org",
        (
            "Comisión Interamericana de Derechos Humanos (CIDH)",
            "Inter-American Commission on Human Rights (IACHR)",
        ),
    ),
    # --- national human rights institutions ----------------------------------------------
    Variation(
        "nhri-es-01",
        "Adjuntía para la Movilidad Humana",
        "movilidadhumana@defensoria.gob.pe",
        "Aporte de la Defensoría del Pueblo del Perú",
        """
        Estimados miembros del Grupo de Trabajo:

        La Defensoría del Pueblo del Perú remite su aporte sobre personas migrantes
        venezolanas en situación de vulnerabilidad.

        Adjuntía para la Movilidad Humana, Derechos Humanos y Personas con Discapacidad
        Jr. Ucayali 394-398, Lima
        """,
        "",
        "nhri",
        ("Defensoría del Pueblo del Perú", "Defensoría del Pueblo (Perú)"),
        "PER",
    ),
    Variation(
        "nhri-es-02",
        "Karla Domínguez",
        "kdominguez@cndh.org.mx",
        "Contribución CNDH",
        """
        Estimadas y estimados:

        Por instrucciones de la Presidencia de la Comisión Nacional de los Derechos Humanos,
        adjunto la contribución de la CNDH.

        Karla Domínguez Ruiz
        Dirección General de Asuntos Internacionales
        """,
        "",
        "nhri",
        ("Comisión Nacional de los Derechos Humanos (CNDH)",),
        "MEX",
    ),
    Variation(
        "nhri-fr-03",
        "CNCDH",
        "cncdh@cncdh.fr",
        "Contribution de la CNCDH",
        """
        Madame, Monsieur,

        La Commission nationale consultative des droits de l'homme a l'honneur de vous
        adresser sa contribution.

        Secrétariat général de la CNCDH
        20 avenue de Ségur, 75007 Paris
        """,
        "",
        "nhri",
        ("Commission nationale consultative des droits de l'homme (CNCDH)",),
        "FRA",
    ),
    Variation(
        "nhri-en-04",
        "Wanjiru Kamau",
        "wkamau@knchr.org",
        "KNCHR submission",
        """
        Dear Working Group,

        Please find attached the submission of the Kenya National Commission on Human
        Rights.

        Wanjiru Kamau
        Research Officer, KNCHR
        CVS Plaza, Lenana Road, Nairobi
        """,
        "",
        "nhri",
        ("Kenya National Commission on Human Rights (KNCHR)",),
        "KEN",
    ),
    Variation(
        "nhri-en-05",
        "Info",
        "info@sahrc.org.za",
        "Submission",
        """
        Dear Sir/Madam,

        Attached please find the Commission's submission.

        Regards,
        Parliamentary and International Affairs Unit
        """,
        """
        SOUTH AFRICAN HUMAN RIGHTS COMMISSION
        Submission to the Working Group of Experts on People of African Descent
        """,
        "nhri",
        (
            "South African Human Rights Commission",
            "South African Human Rights Commission (SAHRC)",
        ),
        "ZAF",
    ),
    Variation(
        "nhri-en-06",
        "International Team",
        "international@humanrights.gov.au",
        "Australian Human Rights Commission submission",
        """
        Dear Working Group,

        The Australian Human Rights Commission welcomes the opportunity to make this
        submission.

        International Team
        Australian Human Rights Commission
        GPO Box 5218, Sydney NSW 2001
        """,
        "",
        "nhri",
        ("Australian Human Rights Commission",),
        "AUS",
    ),
    Variation(
        "nhri-fr-07",
        "Direction de la coopération",
        "cooperation@cndh.ma",
        "Contribution du CNDH",
        """
        Madame, Monsieur,

        Le Conseil national des droits de l'Homme du Royaume du Maroc a l'honneur de vous
        transmettre sa contribution.

        Direction de la coopération et des relations internationales
        CNDH, Rabat
        """,
        "",
        "nhri",
        (
            "Conseil national des droits de l'Homme (CNDH)",
            "Conseil national des droits de l'Homme",
        ),
        "MAR",
    ),
    Variation(
        "nhri-es-08",
        "Delegada para los Derechos de la Población en Movilidad Humana",
        "movilidad@defensoria.gov.co",
        "Aporte de la Defensoría del Pueblo de Colombia",
        """
        Señoras y señores:

        La Defensoría del Pueblo de Colombia presenta su aporte.

        Delegada para los Derechos de la Población en Movilidad Humana
        Defensoría del Pueblo – Bogotá D.C.
        """,
        "",
        "nhri",
        ("Defensoría del Pueblo de Colombia", "Defensoría del Pueblo (Colombia)"),
        "COL",
    ),
    Variation(
        "nhri-en-09",
        "Atty. Roberto Santos",
        "rsantos@chr.gov.ph",
        "CHR submission",
        """
        Dear Working Group,

        On behalf of the Commission on Human Rights of the Philippines, I transmit our
        submission on drug-related detentions.

        Atty. Roberto Santos
        Director, Legal Division
        Commission on Human Rights, Quezon City
        """,
        "",
        "nhri",
        (
            "Commission on Human Rights of the Philippines",
            "Commission on Human Rights (Philippines)",
        ),
        "PHL",
    ),
    Variation(
        "nhri-en-10",
        "Policy",
        "policy@ihrec.ie",
        "IHREC submission",
        """
        Dear Secretariat,

        Attached is the submission of the Irish Human Rights and Equality Commission.

        Legal and Policy Team
        """,
        "",
        "nhri",
        (
            "Irish Human Rights and Equality Commission (IHREC)",
            "Irish Human Rights and Equality Commission",
        ),
        "IRL",
    ),
    Variation(
        "nhri-es-11",
        "Registro",
        "registro@defensordelpueblo.es",
        "Contribución del Defensor del Pueblo",
        """
        Estimados señores:

        Se adjunta la contribución del Defensor del Pueblo de España al cuestionario del
        Grupo de Trabajo.

        Gabinete de Relaciones Internacionales
        Defensor del Pueblo
        Paseo de Eduardo Dato 31, Madrid
        """,
        "",
        "nhri",
        ("Defensor del Pueblo de España", "Defensor del Pueblo (España)", "Defensor del Pueblo"),
        "ESP",
    ),
    Variation(
        "nhri-fr-12",
        "CCDH",
        "info@ccdh.public.lu",
        "Contribution CCDH",
        """
        Madame, Monsieur,

        Veuillez trouver ci-joint la contribution de la Commission consultative des Droits
        de l'Homme du Grand-Duché de Luxembourg.

        Le secrétariat de la CCDH
        """,
        "",
        "nhri",
        (
            "Commission consultative des Droits de l'Homme du Grand-Duché de Luxembourg (CCDH)",
            "Commission consultative des Droits de l'Homme (CCDH)",
            "Commission consultative des Droits de l'Homme du Grand-Duché de Luxembourg",
        ),
        "LUX",
    ),
    Variation(
        "nhri-es-13",
        "",
        "despacho@dpe.gob.ec",
        "Aporte",
        """
        Estimados:

        Remitimos el aporte institucional solicitado.

        Dirección General de Política Pública
        Defensoría del Pueblo de Ecuador
        """,
        "",
        "nhri",
        ("Defensoría del Pueblo de Ecuador", "Defensoría del Pueblo (Ecuador)"),
        "ECU",
    ),
    # --- States: notes verbales, missions, ministries ------------------------------------
    Variation(
        "state-es-01",
        "Misión Permanente de México en Ginebra",
        "onuginebra@sre.gob.mx",
        "Nota verbal - respuesta al cuestionario",
        """
        Se remite nota verbal de la Misión Permanente de México con la respuesta al
        cuestionario del Grupo de Trabajo.
        """,
        """
        MISIÓN PERMANENTE DE MÉXICO
        ANTE LA OFICINA DE LAS NACIONES UNIDAS Y OTROS ORGANISMOS INTERNACIONALES
        CON SEDE EN GINEBRA

        OGE-00412

        La Misión Permanente de México ante la Oficina de las Naciones Unidas y otros
        Organismos Internacionales con sede en Ginebra saluda atentamente a la Oficina del
        Alto Comisionado de las Naciones Unidas para los Derechos Humanos y tiene el honor
        de remitir la respuesta del Gobierno de México al cuestionario.
        """,
        "member_state",
        ("Mexico", "México"),
        "MEX",
    ),
    Variation(
        "state-es-02",
        "Dirección de Derechos Humanos",
        "ddhh@cancilleria.gov.co",
        "Respuesta del Estado colombiano",
        """
        Respetados señores:

        Por instrucciones de la Dirección de Derechos Humanos y Derecho Internacional
        Humanitario del Ministerio de Relaciones Exteriores, remitimos la respuesta del
        Estado colombiano.

        Ministerio de Relaciones Exteriores de Colombia
        Bogotá D.C.
        """,
        "",
        "member_state",
        ("Colombia",),
        "COL",
    ),
    Variation(
        "state-fr-03",
        "Mission permanente de la France",
        "dfra.geneve-onu@diplomatie.gouv.fr",
        "Note verbale",
        """
        Veuillez trouver ci-joint une note verbale de la Mission permanente.
        """,
        """
        Mission permanente de la France auprès de l'Office des Nations Unies à Genève
        et des organisations internationales en Suisse

        N° 2026-0318

        La Mission permanente de la France auprès de l'Office des Nations Unies à Genève
        présente ses compliments au Haut-Commissariat des Nations Unies aux droits de
        l'homme et a l'honneur de lui transmettre la contribution de la France.
        """,
        "member_state",
        ("France",),
        "FRA",
    ),
    Variation(
        "state-fr-04",
        "GEN Mission",
        "gen.vertretung-un@eda.admin.ch",
        "Note verbale – contribution de la Suisse",
        """
        Madame, Monsieur,

        La Mission permanente de la Suisse auprès de l'Office des Nations Unies et des
        autres organisations internationales à Genève vous transmet ci-joint sa note
        verbale.
        """,
        "",
        "member_state",
        ("Switzerland", "Suisse"),
        "CHE",
    ),
    Variation(
        "state-en-05",
        "Philippine Mission Geneva",
        "geneva.pm@dfa.gov.ph",
        "Note Verbale No. 2026-114",
        """
        Dear Secretariat,

        The Permanent Mission of the Republic of the Philippines transmits the attached Note
        Verbale with the inputs of the Government of the Philippines.

        Human Rights Section
        Permanent Mission of the Philippines to the United Nations and other International
        Organizations in Geneva
        """,
        "",
        "member_state",
        ("Philippines",),
        "PHL",
    ),
    Variation(
        "state-fr-06",
        "Mission Sénégal Genève",
        "missionsenegal.geneve@gmail.com",
        "NV contribution Sénégal",
        """
        Bonjour,

        Ci-joint la note verbale de la Mission permanente de la République du Sénégal.

        Le Chargé des droits de l'homme
        """,
        """
        RÉPUBLIQUE DU SÉNÉGAL
        MISSION PERMANENTE AUPRÈS DE L'OFFICE DES NATIONS UNIES À GENÈVE

        La Mission permanente de la République du Sénégal auprès de l'Office des Nations
        Unies à Genève présente ses compliments au Haut-Commissariat aux droits de l'homme
        et a l'honneur de lui faire parvenir les réponses du Sénégal au questionnaire.
        """,
        "member_state",
        ("Senegal", "Sénégal"),
        "SEN",
    ),
    Variation(
        "state-en-07",
        "Directorate of Multilateral Affairs",
        "multilateral@mfa.go.ke",
        "Kenya's response to the questionnaire",
        """
        Dear Sir/Madam,

        The Ministry of Foreign and Diaspora Affairs of the Republic of Kenya forwards
        herewith Kenya's response to the questionnaire of the Working Group.

        Directorate of Multilateral Affairs
        Ministry of Foreign and Diaspora Affairs, Nairobi
        """,
        "",
        "member_state",
        ("Kenya",),
        "KEN",
    ),
    Variation(
        "state-es-08",
        "Misión Argentina Ginebra",
        "ginebra@mrecic.gov.ar",
        "Nota - aporte de la República Argentina",
        """
        Estimados:

        Se adjunta nota de esta Misión Permanente con el aporte de la República Argentina.

        Misión Permanente de la República Argentina ante los Organismos Internacionales en
        Ginebra
        """,
        "",
        "member_state",
        ("Argentina",),
        "ARG",
    ),
    Variation(
        "state-fr-09",
        "Direction des Nations Unies",
        "dnuoi@maec.gov.ma",
        "Contribution du Royaume du Maroc",
        """
        Madame, Monsieur,

        Le Ministère des Affaires étrangères, de la Coopération africaine et des Marocains
        résidant à l'étranger a l'honneur de transmettre la contribution du Royaume du
        Maroc.

        Direction des Nations Unies et des Organisations internationales
        """,
        "",
        "member_state",
        ("Morocco", "Maroc"),
        "MAR",
    ),
    Variation(
        "state-es-10",
        "Misión Bolivia",
        "misionbolivia.ginebra@gmail.com",
        "Nota verbal",
        """
        Adjuntamos nota verbal.
        """,
        """
        Estado Plurinacional de Bolivia
        Misión Permanente ante la Oficina de las Naciones Unidas en Ginebra

        NV-MPB-GIN-077/2026

        La Misión Permanente del Estado Plurinacional de Bolivia ante la Oficina de las
        Naciones Unidas y otros Organismos Internacionales en Ginebra saluda atentamente a
        la Oficina del Alto Comisionado y tiene el honor de remitir la información
        solicitada.
        """,
        "member_state",
        (
            "Bolivia (Plurinational State of)",
            "Estado Plurinacional de Bolivia",
            "Bolivia",
        ),
        "BOL",
    ),
    Variation(
        "state-en-11",
        "Ana Sousa",
        "ana.sousa@mne.pt",
        "Portugal - contribution",
        """
        Dear colleagues,

        Please find attached the contribution of Portugal to the report of the Working Group.

        Best regards,
        Ana Sousa
        Counsellor, Human Rights
        Permanent Mission of Portugal to the United Nations Office at Geneva
        """,
        "",
        "member_state",
        ("Portugal",),
        "PRT",
    ),
    Variation(
        "state-es-12",
        "Unidad de Asuntos Internacionales",
        "internacional@mintrab.gob.cl",
        "Respuesta del Ministerio del Trabajo",
        """
        Estimados:

        Junto con saludar, el Ministerio del Trabajo y Previsión Social de Chile remite la
        respuesta al cuestionario sobre trabajadores migrantes.

        Unidad de Asuntos Internacionales
        Ministerio del Trabajo y Previsión Social – Gobierno de Chile
        """,
        "",
        "member_state",
        ("Chile",),
        "CHL",
    ),
    Variation(
        "state-en-13",
        "PTRI Geneva",
        "ptri.geneva@gmail.com",
        "Note Verbale",
        """
        Please find attached.
        """,
        """
        PERMANENT MISSION OF THE REPUBLIC OF INDONESIA
        TO THE UNITED NATIONS, WTO AND OTHER INTERNATIONAL ORGANIZATIONS
        GENEVA

        No. 112/POL-II/III/2026

        The Permanent Mission of the Republic of Indonesia to the United Nations, WTO and
        other International Organizations in Geneva presents its compliments to the Office
        of the United Nations High Commissioner for Human Rights.
        """,
        "member_state",
        ("Indonesia",),
        "IDN",
    ),
    Variation(
        "state-es-14",
        "Oficina de Derechos Humanos",
        "odh@maec.es",
        "Contribución de España",
        """
        Estimados señores:

        La Oficina de Derechos Humanos del Ministerio de Asuntos Exteriores, Unión Europea y
        Cooperación remite la contribución de España.

        Oficina de Derechos Humanos
        Ministerio de Asuntos Exteriores, Unión Europea y Cooperación
        """,
        "",
        "member_state",
        ("Spain", "España"),
        "ESP",
    ),
    # --- academics ------------------------------------------------------------------------
    Variation(
        "academic-en-01",
        "Refugee Studies Centre Admin",
        "admin@crs.eastbridge.ac.uk",
        "Submission - Centre for Refugee Studies",
        """
        Dear Working Group,

        Please find attached the submission of the Centre for Refugee Studies, University
        of Eastbridge.

        Centre Administrator
        """,
        "",
        "academic",
        (
            "Centre for Refugee Studies, University of Eastbridge",
            "Centre for Refugee Studies",
        ),
    ),
    Variation(
        "academic-es-02",
        "María José Alvarado",
        "mjalvarado@uncuyo-fd.edu.ar",
        "Aporte académico",
        """
        Estimado Grupo de Trabajo:

        Remito mi aporte académico sobre la detención de personas migrantes.

        Prof. Dra. María José Alvarado
        Profesora Titular de Derecho Internacional Público
        Facultad de Derecho, Universidad Nacional de Cuyo
        """,
        "",
        "academic",
        ("María José Alvarado", "María José Alvarado, Universidad Nacional de Cuyo"),
    ),
    Variation(
        "academic-fr-03",
        "Secrétariat IRMS",
        "irms@univ-garonne.fr",
        "Contribution de l'IRMS",
        """
        Madame, Monsieur,

        L'Institut de recherche sur les migrations et les sociétés (IRMS) de l'Université
        de la Garonne vous adresse sa contribution.

        Le secrétariat
        """,
        "",
        "academic",
        (
            "Institut de recherche sur les migrations et les sociétés (IRMS)",
            "Institut de recherche sur les migrations et les sociétés",
        ),
    ),
    Variation(
        "academic-en-04",
        "Rebecca Stone",
        "rstone@westbrook.edu",
        "Submission - International Human Rights Clinic",
        """
        Dear Working Group members,

        The International Human Rights Clinic at Westbrook University School of Law submits
        the attached research on solitary confinement.

        Rebecca Stone
        Clinical Professor and Director
        International Human Rights Clinic
        Westbrook University School of Law
        """,
        """
        International Human Rights Clinic
        Westbrook University School of Law
        """,
        "academic",
        (
            "International Human Rights Clinic, Westbrook University School of Law",
            "International Human Rights Clinic",
        ),
    ),
    Variation(
        "academic-es-05",
        "",
        "observatorio.migraciones@unandes-sur.edu.co",
        "Aporte del Observatorio",
        """
        Cordial saludo,

        Enviamos el aporte del Observatorio de Migraciones de la Universidad del Sur Andino.
        """,
        """
        Universidad del Sur Andino
        Observatorio de Migraciones
        Aporte al Grupo de Trabajo
        """,
        "academic",
        (
            "Observatorio de Migraciones, Universidad del Sur Andino",
            "Observatorio de Migraciones de la Universidad del Sur Andino",
        ),
    ),
    Variation(
        "academic-en-06",
        "Prof. Kwame Mensah",
        "k.mensah@ucoastghana.edu.gh",
        "Academic submission",
        """
        Dear Sir/Madam,

        I submit the attached paper in my academic capacity.

        Prof. Kwame Mensah
        Department of History, University of the Gold Coast
        """,
        "",
        "academic",
        ("Kwame Mensah", "Kwame Mensah, University of the Gold Coast"),
    ),
    Variation(
        "academic-fr-07",
        "Chaire UNESCO",
        "chaire.droits@univ-saintlaurent.ca",
        "Soumission de la Chaire",
        """
        Bonjour,

        La Chaire de recherche sur les droits des peuples autochtones de l'Université
        Saint-Laurent vous transmet sa soumission.

        Coordination de la Chaire
        """,
        "",
        "academic",
        (
            "Chaire de recherche sur les droits des peuples autochtones, Université Saint-Laurent",
            "Chaire de recherche sur les droits des peuples autochtones",
        ),
    ),
    Variation(
        "academic-en-08",
        "Li Wei",
        "liwei@hkm.ac.hk",
        "Submission",
        """
        Dear Working Group,

        My colleagues and I at the Institute for Labour Studies, Harbourview University,
        submit the attached research brief.

        Li Wei
        Research Assistant Professor
        """,
        "",
        "academic",
        (
            "Institute for Labour Studies, Harbourview University",
            "Institute for Labour Studies",
        ),
    ),
    Variation(
        "academic-es-09",
        "Grupo de Investigación",
        "gidh@uvalles.edu.mx",
        "Aporte - Grupo de Investigación en Derechos Humanos",
        """
        Estimados miembros:

        El Grupo de Investigación en Derechos Humanos y Empresas (GIDHE) de la Universidad
        de los Valles presenta su aporte.

        Dr. Fernando Ibarra, coordinador
        """,
        "",
        "academic",
        (
            "Grupo de Investigación en Derechos Humanos y Empresas (GIDHE)",
            "Grupo de Investigación en Derechos Humanos y Empresas (GIDHE), Universidad de los Valles",
        ),
    ),
    Variation(
        "academic-en-10",
        "Nadia Rahman",
        "nadia.rahman@gmail.com",
        "PhD research submission",
        """
        Dear Working Group,

        I am a doctoral researcher at the Faculty of Law, University of Northmoor, and I
        submit the attached findings from my fieldwork.

        Nadia Rahman
        PhD Candidate
        """,
        "",
        "academic",
        ("Nadia Rahman", "Nadia Rahman, University of Northmoor"),
    ),
    Variation(
        "academic-fr-11",
        "",
        "cedim@univ-ouaga2.bf",
        "Contribution du CEDIM",
        """
        Madame, Monsieur,

        Le Centre d'études sur les droits et les migrations (CEDIM) de l'Université
        Ouaga II vous adresse sa contribution.

        Le Directeur du CEDIM
        """,
        "",
        "academic",
        (
            "Centre d'études sur les droits et les migrations (CEDIM)",
            "Centre d'études sur les droits et les migrations (CEDIM), Université Ouaga II",
        ),
    ),
    Variation(
        "academic-en-12",
        "Human Rights Centre",
        "hrc@lakeland.ac.nz",
        "Submission",
        """
        Kia ora,

        Attached is the submission of the Aotearoa Human Rights Research Centre, Lakeland
        University.

        Ngā mihi,
        Research Centre team
        """,
        "",
        "academic",
        (
            "Aotearoa Human Rights Research Centre, Lakeland University",
            "Aotearoa Human Rights Research Centre",
        ),
    ),
    # --- individuals writing for themselves ------------------------------------------------
    Variation(
        "individual-en-01",
        "Michael O'Brien",
        "mobrien1962@gmail.com",
        "My submission",
        """
        Dear Working Group,

        I am a retired nurse and I wish to share my own experience of caring for detained
        asylum-seekers. My submission is attached.

        Yours sincerely,
        Michael O'Brien
        """,
        "",
        "individual",
        ("Michael O'Brien",),
    ),
    Variation(
        "individual-es-02",
        "Rosa Elena de la Cruz",
        "rosaelena.delacruz@hotmail.com",
        "Testimonio sobre la desaparición de mi hijo",
        """
        Señores del Grupo de Trabajo:

        Soy madre de Luis Alberto de la Cruz, desaparecido en 2019. Les envío mi testimonio.

        Rosa Elena de la Cruz Hernández
        """,
        "",
        "individual",
        ("Rosa Elena de la Cruz Hernández", "Rosa Elena de la Cruz"),
    ),
    Variation(
        "individual-fr-03",
        "jf.morel",
        "jf.morel@free.fr",
        "Contribution personnelle",
        """
        Madame, Monsieur,

        Je vous adresse, à titre personnel, une contribution sur la vidéosurveillance
        algorithmique.

        Jean-François Morel
        """,
        "",
        "individual",
        ("Jean-François Morel",),
    ),
    Variation(
        "individual-en-04",
        "Pieter van der Berg",
        "pieter.vanderberg@ziggo.nl",
        "Submission in personal capacity",
        """
        Dear Sir/Madam,

        I write in my personal capacity; the views are mine and not those of my employer.

        Pieter van der Berg
        Senior Compliance Officer, Rotterdam Port Logistics B.V.
        """,
        "",
        "individual",
        ("Pieter van der Berg",),
    ),
    Variation(
        "individual-es-05",
        "Joaquín Ñancupil",
        "jnancupil@gmail.com",
        "Aporte personal",
        """
        Estimados:

        Como comunero mapuche de la comuna de Ercilla, les envío mi aporte personal.

        Joaquín Ñancupil Huenchullán
        """,
        "",
        "individual",
        ("Joaquín Ñancupil Huenchullán", "Joaquín Ñancupil"),
    ),
    Variation(
        "individual-en-06",
        "Fatima",
        "fatima.zahra.ali@outlook.com",
        "Submission",
        """
        Hello,

        I was held in immigration detention for 14 months. I want to tell the Working Group
        what happened. My statement is attached.

        Thank you,
        Fatima Zahra Ali
        """,
        """
        Statement of Fatima Zahra Ali
        My experience of immigration detention, 2023-2024
        """,
        "individual",
        ("Fatima Zahra Ali",),
    ),
    Variation(
        "individual-fr-07",
        "Awa Koné",
        "awakone@yahoo.fr",
        "Témoignage",
        """
        Bonjour,

        Je suis travailleuse domestique à Abidjan et je voudrais témoigner.

        Awa Koné
        """,
        "",
        "individual",
        ("Awa Koné",),
    ),
    Variation(
        "individual-en-08",
        "Dr. Elizabeth Carter",
        "ecarter.md@gmail.com",
        "Observations from a prison doctor",
        """
        Dear members of the Working Group,

        I worked for eleven years as a physician in state prisons. I send these observations
        as a private citizen.

        Dr. Elizabeth Carter, MD
        """,
        "",
        "individual",
        ("Elizabeth Carter", "Dr. Elizabeth Carter"),
    ),
    Variation(
        "individual-es-09",
        "",
        "gustavo.pereyra.abogado@gmail.com",
        "Consideraciones sobre la prisión preventiva",
        """
        Estimados:

        Soy abogado defensor en Asunción y remito, a título individual, algunas
        consideraciones sobre la prisión preventiva en el Paraguay.

        Gustavo Pereyra
        Abogado – Mat. 4412
        """,
        "",
        "individual",
        ("Gustavo Pereyra",),
    ),
    Variation(
        "individual-en-10",
        "Thandiwe Nkosi",
        "tnkosi@mweb.co.za",
        "Submission as a descendant of forced labourers",
        """
        Dear Working Group of Experts,

        I am submitting this account of my family's history as an individual.

        Warm regards,
        Thandiwe Nkosi
        Johannesburg
        """,
        "",
        "individual",
        ("Thandiwe Nkosi",),
    ),
    Variation(
        "individual-fr-11",
        "Marc Lefèvre",
        "marc.lefevre@orange.fr",
        "Soumission",
        """
        Madame, Monsieur,

        Ancien membre du Groupe d'information sur les prisons, je vous écris aujourd'hui en
        mon nom propre.

        Marc Lefèvre
        Marseille
        """,
        "",
        "individual",
        ("Marc Lefèvre",),
    ),
    Variation(
        "individual-en-12",
        "Sam",
        "s.nakamura.writes@gmail.com",
        "input",
        """
        Hi,

        Short input from me as a gig-economy courier. See attached.

        Sam Nakamura
        """,
        "",
        "individual",
        ("Sam Nakamura",),
    ),
    # --- other: unions, parliamentarians, faith groups, local authorities, students -------
    Variation(
        "other-es-01",
        "Secretaría de Relaciones Internacionales",
        "internacional@sintrahogar.org.co",
        "Aporte del Sindicato",
        """
        Compañeras y compañeros del Grupo de Trabajo:

        El Sindicato Nacional de Trabajadoras del Hogar de Colombia remite su aporte.

        Secretaría de Relaciones Internacionales
        SINTRAHOGAR – Medellín
        """,
        "",
        "other",
        (
            "Sindicato Nacional de Trabajadoras del Hogar de Colombia (SINTRAHOGAR)",
            "Sindicato Nacional de Trabajadoras del Hogar de Colombia",
        ),
    ),
    Variation(
        "other-en-02",
        "Office of Hon. Ruth Achieng, MP",
        "ruth.achieng@parliament.go.ke",
        "Submission from a Member of Parliament",
        """
        Dear Working Group,

        Please find attached the submission of Hon. Ruth Achieng, Member of Parliament for
        Kisumu Central and Chair of the Parliamentary Caucus on Migration.

        Office of Hon. Ruth Achieng, MP
        Parliament Buildings, Nairobi
        """,
        "",
        "other",
        ("Ruth Achieng", "Hon. Ruth Achieng, MP", "Ruth Achieng, Member of Parliament"),
    ),
    Variation(
        "other-fr-03",
        "Congrégation des Sœurs de la Providence",
        "justiceetpaix@soeursprovidence.org",
        "Contribution de la Congrégation",
        """
        Madame, Monsieur,

        La Congrégation des Sœurs de la Providence, par son bureau Justice et Paix, vous
        transmet sa contribution sur la traite des personnes.

        Sœur Madeleine Roy
        Bureau Justice et Paix
        """,
        "",
        "other",
        ("Congrégation des Sœurs de la Providence",),
    ),
    Variation(
        "other-es-04",
        "Alcaldía",
        "despacho@sanisidrodelarenal.gob.cr",
        "Aporte de la Municipalidad",
        """
        Estimados:

        La Municipalidad de San Isidro del Arenal remite el aporte aprobado por el Concejo
        Municipal.

        Despacho de la Alcaldía
        Municipalidad de San Isidro del Arenal, Guanacaste
        """,
        "",
        "other",
        ("Municipalidad de San Isidro del Arenal",),
    ),
    Variation(
        "other-en-05",
        "Law Students' Human Rights Society",
        "humanrights.society@su.kingsmere.ac.uk",
        "Student society submission",
        """
        Dear Working Group,

        The Human Rights Law Society of the Kingsmere Students' Union submits the attached
        research, prepared by its members.

        President, Human Rights Law Society
        """,
        "",
        "other",
        (
            "Human Rights Law Society, Kingsmere Students' Union",
            "Human Rights Law Society",
        ),
    ),
    Variation(
        "other-en-06",
        "General Secretary",
        "gs@transportworkersunion.org.ng",
        "Submission of the Union",
        """
        Dear Sir/Madam,

        The National Union of Road Transport Workers of Lagos submits the attached.

        Comrade Ibrahim Bello
        General Secretary
        """,
        "",
        "other",
        ("National Union of Road Transport Workers of Lagos",),
    ),
    Variation(
        "other-fr-07",
        "Mairie de Villeneuve-sur-Arve",
        "cabinet.maire@villeneuve-sur-arve.fr",
        "Contribution de la Ville",
        """
        Madame, Monsieur,

        La Ville de Villeneuve-sur-Arve, ville accueillante, vous adresse sa contribution.

        Pour le Maire et par délégation,
        Le Directeur de cabinet
        """,
        "",
        "other",
        ("Ville de Villeneuve-sur-Arve",),
    ),
    Variation(
        "other-es-08",
        "Diputada Paula Rivas",
        "paula.rivas@congreso.gob.gt",
        "Aporte de la diputada Paula Rivas",
        """
        Estimados:

        Remito mi aporte como diputada al Congreso de la República e integrante de la
        Comisión de Derechos Humanos.

        Paula Rivas Monzón
        Diputada al Congreso de la República de Guatemala
        """,
        "",
        "other",
        ("Paula Rivas Monzón", "Paula Rivas"),
    ),
    Variation(
        "other-en-09",
        "",
        "office@stmarksparish.org",
        "Submission from St Mark's Parish",
        """
        Dear Working Group,

        The Refugee Welcome Committee of St Mark's Anglican Parish, Leeds, shares its
        submission.

        Parish Office
        """,
        "",
        "other",
        (
            "St Mark's Anglican Parish",
            "St Mark's Anglican Parish, Leeds",
            "Refugee Welcome Committee of St Mark's Anglican Parish",
        ),
    ),
    Variation(
        "other-fr-10",
        "",
        "fesen.secretariat@gmail.com",
        "Contribution",
        """
        Bonjour,

        Voici la contribution de notre fédération syndicale.
        """,
        """
        FÉDÉRATION DES SYNDICATS DE L'ENSEIGNEMENT DU NIGER
        Niamey

        Contribution au Groupe de travail
        """,
        "other",
        ("Fédération des syndicats de l'enseignement du Niger",),
    ),
    Variation(
        "other-es-11",
        "Federación de Estudiantes",
        "feu@estudiantes.ucentral.cl",
        "Aporte estudiantil",
        """
        Hola:

        La Federación de Estudiantes de la Universidad Central Austral envía su aporte.

        Secretaría de Derechos Humanos de la FEUCA
        """,
        "",
        "other",
        (
            "Federación de Estudiantes de la Universidad Central Austral (FEUCA)",
            "Federación de Estudiantes de la Universidad Central Austral",
        ),
    ),
    Variation(
        "other-en-12",
        "Imam Yusuf Adeyemi",
        "imam@greenlanemosque.org.uk",
        "Submission from Green Lane Mosque",
        """
        Assalamu alaikum,

        On behalf of the Green Lane Mosque community, I share our submission.

        Imam Yusuf Adeyemi
        Green Lane Mosque, Bristol
        """,
        "",
        "other",
        ("Green Lane Mosque",),
    ),
    Variation(
        "other-en-13",
        "Cllr Aisha Rahman",
        "aisha.rahman@eastvale.gov.uk",
        "Eastvale Borough Council submission",
        """
        Dear Working Group,

        Eastvale Borough Council, a City of Sanctuary local authority, submits the attached.

        Cllr Aisha Rahman
        Cabinet Member for Communities
        Eastvale Borough Council
        """,
        "",
        "other",
        ("Eastvale Borough Council",),
    ),
]

VARIATIONS: list[Variation] = [tidy(v) for v in _RAW]
