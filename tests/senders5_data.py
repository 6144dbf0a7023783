# ruff: noqa: E501
"""The submitters of the fifth set of sender variations (`senders5`): who writes, under which
names in English, French and Spanish, from which domain, and with which staff.

NGOs, academic centres, companies, business associations, unions, faith groups,
municipalities, parliamentary groups and coalitions are invented, on example.* domains.
States, NHRIs and intergovernmental bodies are real, under the names and mail domains
their own sites use; their staff are invented.
"""

from __future__ import annotations

from dataclasses import dataclass, field

LANGS = ("en", "fr", "es")

# role: its title in English, French and Spanish
ROLES = {
    "director": ("Executive Director", "Directrice exécutive", "Directora ejecutiva"),
    "advocacy": ("Advocacy Officer", "Chargé de plaidoyer", "Responsable de incidencia"),
    "research": ("Senior Researcher", "Chercheuse principale", "Investigadora principal"),
    "legal": ("Legal Adviser", "Conseiller juridique", "Asesor jurídico"),
    "coordinator": (
        "Programme Coordinator",
        "Coordinatrice de programme",
        "Coordinador de programa",
    ),
    "counsellor": ("Counsellor", "Conseiller", "Consejero"),
    "attache": (
        "Human Rights Attaché",
        "Attachée aux droits de l'homme",
        "Agregada de derechos humanos",
    ),
    "commissioner": ("Commissioner", "Commissaire", "Comisionada"),
    "officer": (
        "Human Rights Officer",
        "Chargée des droits humains",
        "Oficial de derechos humanos",
    ),
    "professor": ("Professor of Law", "Professeur de droit", "Profesora de Derecho"),
    "policy": ("Policy Manager", "Responsable des politiques publiques", "Gerente de políticas"),
    "secretary": ("General Secretary", "Secrétaire général", "Secretario general"),
    "mayor": ("Deputy Mayor", "Adjointe au maire", "Teniente de alcalde"),
    "member": ("Member of Parliament", "Députée", "Diputada"),
}


def title(role: str, lang: str) -> str:
    return ROLES[role][LANGS.index(lang)]


@dataclass(frozen=True)
class Submitter:
    key: str
    type: str
    names: dict[str, str]  # language: full name; the first is its home language
    acronyms: dict[str, str]  # language: acronym, empty if it has none
    domain: str
    people: tuple[tuple[str, str], ...]  # (name, role)
    country: str | None = None
    # a State's (short name, "of" + short name, formal name, "of" + formal name) by language
    state: dict[str, tuple[str, str, str, str]] = field(default_factory=dict)

    @property
    def langs(self) -> tuple[str, ...]:
        """The languages it writes in."""
        return tuple(self.state or self.names)

    def name(self, lang: str) -> str:
        return self.names.get(lang) or next(iter(self.names.values()))

    def acronym(self, lang: str) -> str | None:
        if not self.acronyms:
            return None
        return self.acronyms.get(lang) or next(iter(self.acronyms.values()))


def _org(
    key: str, type_: str, domain: str, people: str, acronyms: str = "", **names: str
) -> Submitter:
    """`people` as "Name:role; Name:role", `acronyms` as "lang=ACR lang=ACR" or one acronym."""
    staff = tuple(tuple(p.strip().split(":")) for p in people.split(";"))
    acr: dict[str, str] = {}
    for a in acronyms.split():
        lang, _, value = a.rpartition("=")
        for each in [lang] if lang else list(names):
            acr[each] = value
    return Submitter(key, type_, dict(names), acr, domain, staff)  # type: ignore[arg-type]


def _real(s: Submitter, country: str) -> Submitter:
    return Submitter(s.key, s.type, s.names, s.acronyms, s.domain, s.people, country)


def _state(key: str, iso: str, domain: str, people: str, **forms: str) -> Submitter:
    """Each language's forms as "short|of short|formal|of formal"."""
    by_lang = {lang: tuple(f.split("|")) for lang, f in forms.items()}
    staff = tuple(tuple(p.strip().split(":")) for p in people.split(";"))
    short = {lang: f[0] for lang, f in by_lang.items()}
    return Submitter(key, "member_state", short, {}, domain, staff, iso, by_lang)  # type: ignore[arg-type]


CIVIL = [
    _org(
        "tidewater",
        "civil_society",
        "tidewater-rights.example.org",
        "Amara Okafor:director; Liam Brennan:advocacy",
        "TRN",
        en="Tidewater Rights Network",
    ),
    _org(
        "lanterne",
        "civil_society",
        "lanterne-asile.example.fr",
        "Camille Rousseau:coordinator; Yacine Belkacem:legal",
        "ALA",
        fr="Association La Lanterne pour le droit d'asile",
    ),
    _org(
        "caminos",
        "civil_society",
        "caminoslibres.example.org",
        "Lucía Fernández Soto:director; Mateo Quispe:advocacy",
        "CAMILI",
        es="Fundación Caminos Libres",
    ),
    _org(
        "harbour",
        "civil_society",
        "harbourwatch.example.org",
        "Priya Raman:research",
        "",
        en="Harbour Watch for Detainees",
    ),
    _org(
        "voixfemmes",
        "civil_society",
        "voixdesfemmes.example.org",
        "Aïssatou Diallo:director; Élodie Marchand:advocacy",
        "en=WVI fr=VFI",
        en="Women's Voices International",
        fr="Voix des femmes internationale",
    ),
    _org(
        "tierra",
        "civil_society",
        "tierraydignidad.example.org",
        "Rosa Mamani:coordinator",
        "en=LDC es=CTD",
        es="Colectivo Tierra y Dignidad",
        en="Land and Dignity Collective",
    ),
    _org(
        "openborders",
        "civil_society",
        "openbordersclinic.example.net",
        "Daniel Osei:legal; Hannah Weiss:coordinator",
        "OBLC",
        en="Open Borders Legal Clinic",
    ),
    _org(
        "ecoute",
        "civil_society",
        "ecoute-detenus.example.org",
        "Jean-Baptiste Kaboré:secretary",
        "",
        fr="Réseau Écoute Détenus",
    ),
    _org(
        "sentinel",
        "civil_society",
        "sentinel-rights.example.org",
        "Marta Kowalski:policy; Tomás Rivera:research",
        "SRF",
        en="Sentinel Rights Foundation",
    ),
    _org(
        "memoria",
        "civil_society",
        "memoriaactiva.example.org",
        "Gabriela Rojas:director",
        "AMA",
        es="Asociación Memoria Activa por los Desaparecidos",
    ),
    _org(
        "domestic",
        "civil_society",
        "dwsolidarity.example.org",
        "Grace Mutua:coordinator; Sofía Herrera:advocacy",
        "en=DWSA fr=ASTD es=ASTH",
        en="Domestic Workers Solidarity Alliance",
        fr="Alliance de solidarité des travailleuses domestiques",
        es="Alianza de Solidaridad de Trabajadoras del Hogar",
    ),
    _org(
        "mission",
        "civil_society",
        "missionjustice.example.org",
        "Peter Lindqvist:director",
        "MJI",
        en="Mission for Justice International",
    ),
    _org(
        "coalfair",
        "civil_society",
        "fairrecruitment.example.org",
        "Nadia Haddad:coordinator",
        "CFR",
        en="Coalition for Fair Recruitment",
    ),
    _org(
        "plateforme",
        "civil_society",
        "plateforme-migrants.example.org",
        "Sophie Lambert:coordinator",
        "PDM",
        fr="Plateforme des droits des migrants",
    ),
    _org(
        "bridges",
        "civil_society",
        "bridges-migrants.example.org",
        "Rachel Goldberg:coordinator; Esteban Mora:advocacy",
        "en=BMSN es=RAMP",
        en="Bridges Migrant Support Network",
        es="Red de Apoyo Migrante Puentes",
    ),
    _org(
        "passerelle",
        "civil_society",
        "passerelle-refugies.example.org",
        "Amélie Fontaine:director",
        "",
        fr="Passerelle Réfugiés",
        en="Refugee Gateway",
    ),
    _org(
        "redsur",
        "civil_society",
        "redsur.example.org",
        "Andrés Villalobos:secretary",
        "RSDH",
        es="Red Sur de Derechos Humanos",
    ),
]

ACADEMIC = [
    _org(
        "northfield",
        "academic",
        "northfield.example.edu",
        "Prof. Helen Carter:professor; Samuel Ade:research",
        "CMHR",
        en="Centre for Migration and Human Rights, Northfield University",
    ),
    _org(
        "sorbonne",
        "academic",
        "univ-garonne.example.fr",
        "Claire Dubois:professor",
        "CRDF",
        fr="Centre de recherche sur les droits fondamentaux de l'Université de la Garonne",
    ),
    _org(
        "andes",
        "academic",
        "uandina.example.edu",
        "Valeria Cortés:research; Diego Paredes:professor",
        "OBDH",
        es="Observatorio de Derechos Humanos de la Universidad Andina del Valle",
    ),
    _org(
        "clinic",
        "academic",
        "lakeshore-law.example.edu",
        "Michael Tanaka:professor",
        "",
        en="International Human Rights Clinic, Lakeshore School of Law",
    ),
    _org(
        "institut",
        "academic",
        "idm-montreal.example.ca",
        "Isabelle Tremblay:research",
        "en=IMS fr=IEM",
        fr="Institut d'études migratoires",
        en="Institute for Migration Studies",
    ),
]

BUSINESS = [
    _org(
        "greenway",
        "private_sector",
        "greenway-logistics.example.com",
        "Oliver Grant:policy",
        "",
        en="Greenway Logistics Ltd",
    ),
    _org(
        "textiles",
        "private_sector",
        "ftba.example.org",
        "Farah Siddiqui:policy; Karl Meier:director",
        "FTBA",
        en="Fair Textiles Business Association",
    ),
    _org(
        "cafe",
        "private_sector",
        "cafedelvalle.example.com",
        "Jorge Salinas:director",
        "",
        es="Café del Valle S.A.",
    ),
    _org(
        "patronat",
        "private_sector",
        "fed-entreprises.example.fr",
        "Hélène Girard:policy",
        "FERE",
        fr="Fédération des entreprises responsables",
    ),
    _org(
        "minerals",
        "private_sector",
        "acm-minerals.example.com",
        "Rebecca Stone:legal",
        "",
        en="Andean Copper and Minerals Corporation",
    ),
    _org(
        "camara",
        "private_sector",
        "camaracomercio-sur.example.org",
        "Ignacio Bravo:secretary",
        "CCIS",
        es="Cámara de Comercio e Industria del Sur",
    ),
]

OTHER = [
    _org(
        "union",
        "other",
        "gwu.example.org",
        "Sipho Dlamini:secretary",
        "GWU",
        en="General Workers' Union",
    ),
    _org(
        "syndicat",
        "other",
        "snta.example.org",
        "Marc Lefèvre:secretary",
        "SNTA",
        fr="Syndicat national des travailleurs agricoles",
    ),
    _org(
        "sindicato",
        "other",
        "sindicato-hogar.example.org",
        "Carmen Ortiz:secretary",
        "SITRAHO",
        es="Sindicato de Trabajadoras del Hogar",
    ),
    _org(
        "faith",
        "other",
        "sistersofmercy-rights.example.org",
        "Sr. Margaret Doyle:coordinator",
        "",
        en="Congregation of the Sisters of Compassion",
    ),
    _org(
        "pastoral",
        "other",
        "pastoralmigrante.example.org",
        "Padre Luis Arango:coordinator",
        "",
        es="Pastoral de Movilidad Humana de la Diócesis de San Telmo",
    ),
    _org(
        "lakeport", "other", "lakeport.example.gov", "Ana Petrova:mayor", "", en="City of Lakeport"
    ),
    _org(
        "villeneuve",
        "other",
        "villeneuve-sur-lys.example.fr",
        "Nathalie Morel:mayor",
        "",
        fr="Ville de Villeneuve-sur-Lys",
    ),
    _org(
        "municipio",
        "other",
        "municipiosanblas.example.gob",
        "Patricia Vega:mayor",
        "",
        es="Municipalidad de San Blas",
    ),
    _org(
        "caucus",
        "other",
        "migrantcaucus.example.org",
        "Hon. Ruth Adeyemi:member",
        "",
        en="Cross-Party Parliamentary Caucus on Migrant Rights",
    ),
    _org(
        "frente",
        "other",
        "frenteparlamentario.example.org",
        "Dip. Elena Suárez:member",
        "",
        es="Frente Parlamentario contra la Trata de Personas",
    ),
]

NHRIS = [
    _real(
        _org(
            "cncdh",
            "nhri",
            "cncdh.fr",
            "Louise Martin:officer",
            "CNCDH",
            fr="Commission nationale consultative des droits de l'homme",
        ),
        "FRA",
    ),
    _real(
        _org(
            "cndhmx",
            "nhri",
            "cndh.org.mx",
            "Alejandra Núñez:officer",
            "CNDH",
            es="Comisión Nacional de los Derechos Humanos",
        ),
        "MEX",
    ),
    _real(
        _org(
            "sahrc",
            "nhri",
            "sahrc.org.za",
            "Thandiwe Nkosi:commissioner",
            "SAHRC",
            en="South African Human Rights Commission",
        ),
        "ZAF",
    ),
    _real(
        _org(
            "ihrec",
            "nhri",
            "ihrec.ie",
            "Siobhán Kelly:policy",
            "IHREC",
            en="Irish Human Rights and Equality Commission",
        ),
        "IRL",
    ),
    _real(
        _org(
            "dihr",
            "nhri",
            "humanrights.dk",
            "Mads Jensen:research",
            "DIHR",
            en="Danish Institute for Human Rights",
        ),
        "DNK",
    ),
    _real(
        _org(
            "dimr",
            "nhri",
            "institut-fuer-menschenrechte.de",
            "Katrin Vogel:research",
            "",
            en="German Institute for Human Rights",
        ),
        "DEU",
    ),
    _real(
        _org(
            "ahrc",
            "nhri",
            "humanrights.gov.au",
            "Emily Nguyen:policy",
            "",
            en="Australian Human Rights Commission",
        ),
        "AUS",
    ),
    _real(
        _org(
            "chrc",
            "nhri",
            "chrc-ccdp.gc.ca",
            "Marie-Claude Gagnon:officer; David Singh:policy",
            "en=CHRC fr=CCDP",
            en="Canadian Human Rights Commission",
            fr="Commission canadienne des droits de la personne",
        ),
        "CAN",
    ),
    _real(
        _org(
            "dpnarg",
            "nhri",
            "dpn.gob.ar",
            "Martín Acosta:officer",
            "",
            es="Defensoría del Pueblo de la Nación Argentina",
        ),
        "ARG",
    ),
    _real(
        _org(
            "indh",
            "nhri",
            "indh.cl",
            "Francisca Muñoz:officer",
            "INDH",
            es="Instituto Nacional de Derechos Humanos",
        ),
        "CHL",
    ),
    _real(
        _org(
            "cndhma",
            "nhri",
            "cndh.ma",
            "Karim Benali:officer",
            "CNDH",
            fr="Conseil national des droits de l'Homme",
        ),
        "MAR",
    ),
    _real(
        _org(
            "ccdh",
            "nhri",
            "ccdh.public.lu",
            "Anne Schmit:officer",
            "CCDH",
            fr="Commission consultative des droits de l'Homme du Grand-Duché de Luxembourg",
        ),
        "LUX",
    ),
    _real(
        _org(
            "defpe",
            "nhri",
            "defensoria.gob.pe",
            "Rocío Huamán:officer",
            "",
            es="Defensoría del Pueblo del Perú",
        ),
        "PER",
    ),
    _real(
        _org(
            "chrph",
            "nhri",
            "chr.gov.ph",
            "Joseph Santos:commissioner",
            "CHR",
            en="Commission on Human Rights of the Philippines",
        ),
        "PHL",
    ),
    _real(
        _org(
            "defes",
            "nhri",
            "defensordelpueblo.es",
            "Pilar Gómez:officer",
            "",
            es="Defensor del Pueblo de España",
        ),
        "ESP",
    ),
]

IGOS = [
    _org(
        "iom",
        "international_org",
        "iom.int",
        "Ingrid Larsen:policy; Ahmed Saleh:officer",
        "en=IOM fr=OIM es=OIM",
        en="International Organization for Migration",
        fr="Organisation internationale pour les migrations",
        es="Organización Internacional para las Migraciones",
    ),
    _org(
        "ilo",
        "international_org",
        "ilo.org",
        "Beatriz Molina:officer",
        "en=ILO fr=OIT es=OIT",
        en="International Labour Organization",
        fr="Organisation internationale du Travail",
        es="Organización Internacional del Trabajo",
    ),
    _org(
        "oif",
        "international_org",
        "francophonie.org",
        "Fatou Ndiaye:officer",
        "OIF",
        fr="Organisation internationale de la Francophonie",
    ),
    _org(
        "oas",
        "international_org",
        "oas.org",
        "Ricardo Méndez:legal",
        "en=OAS fr=OEA es=OEA",
        en="Organization of American States",
        fr="Organisation des États américains",
        es="Organización de los Estados Americanos",
    ),
    _org(
        "iachr",
        "international_org",
        "oas.org",
        "Carolina Duarte:legal",
        "en=IACHR fr=CIDH es=CIDH",
        es="Comisión Interamericana de Derechos Humanos",
        en="Inter-American Commission on Human Rights",
        fr="Commission interaméricaine des droits de l'homme",
    ),
    _org(
        "achpr",
        "international_org",
        "achpr.au.int",
        "Moussa Traoré:legal",
        "en=ACHPR fr=CADHP",
        en="African Commission on Human and Peoples' Rights",
        fr="Commission africaine des droits de l'homme et des peuples",
    ),
    _org(
        "odihr",
        "international_org",
        "osce.org",
        "Anna Nowak:officer",
        "ODIHR",
        en="OSCE Office for Democratic Institutions and Human Rights",
    ),
    _org(
        "icmpd",
        "international_org",
        "icmpd.org",
        "Lukas Huber:research",
        "ICMPD",
        en="International Centre for Migration Policy Development",
    ),
    _org(
        "unhcr",
        "international_org",
        "unhcr.org",
        "Sara Lindgren:officer",
        "en=UNHCR fr=HCR es=ACNUR",
        en="Office of the United Nations High Commissioner for Refugees",
        fr="Haut-Commissariat des Nations Unies pour les réfugiés",
        es="Alto Comisionado de las Naciones Unidas para los Refugiados",
    ),
    _org(
        "segib",
        "international_org",
        "segib.org",
        "Javier Lozano:coordinator",
        "SEGIB",
        es="Secretaría General Iberoamericana",
    ),
    _org(
        "fra",
        "international_org",
        "fra.europa.eu",
        "Eva Schneider:research",
        "FRA",
        en="European Union Agency for Fundamental Rights",
    ),
    _org(
        "oecd",
        "international_org",
        "oecd.org",
        "Pierre Moreau:policy",
        "en=OECD fr=OCDE",
        en="Organisation for Economic Co-operation and Development",
        fr="Organisation de coopération et de développement économiques",
    ),
]

STATES = [
    _state(
        "chile",
        "CHL",
        "minrel.gob.cl",
        "Felipe Araya:counsellor",
        es="Chile|de Chile|República de Chile|de la República de Chile",
        en="Chile|of Chile|Republic of Chile|of the Republic of Chile",
    ),
    _state(
        "colombia",
        "COL",
        "cancilleria.gov.co",
        "Laura Restrepo:attache",
        es="Colombia|de Colombia|República de Colombia|de la República de Colombia",
    ),
    _state(
        "mexico",
        "MEX",
        "sre.gob.mx",
        "Diego Hernández:counsellor",
        es="México|de México|Estados Unidos Mexicanos|de los Estados Unidos Mexicanos",
        en="Mexico|of Mexico|United Mexican States|of the United Mexican States",
    ),
    _state(
        "argentina",
        "ARG",
        "mrecic.gov.ar",
        "Sofía Giménez:attache",
        es="Argentina|de la Argentina|República Argentina|de la República Argentina",
    ),
    _state(
        "spain",
        "ESP",
        "maec.es",
        "Álvaro Ruiz:counsellor",
        es="España|de España|Reino de España|del Reino de España",
    ),
    _state(
        "ecuador",
        "ECU",
        "cancilleria.gob.ec",
        "María José Andrade:attache",
        es="Ecuador|del Ecuador|República del Ecuador|de la República del Ecuador",
    ),
    _state(
        "peru",
        "PER",
        "rree.gob.pe",
        "Carlos Huertas:counsellor",
        es="Perú|del Perú|República del Perú|de la República del Perú",
    ),
    _state(
        "france",
        "FRA",
        "diplomatie.gouv.fr",
        "Julien Mercier:counsellor",
        fr="France|de la France|République française|de la République française",
    ),
    _state(
        "switzerland",
        "CHE",
        "eda.admin.ch",
        "Nicole Favre:attache",
        fr="Suisse|de la Suisse|Confédération suisse|de la Confédération suisse",
        en="Switzerland|of Switzerland|Swiss Confederation|of the Swiss Confederation",
    ),
    _state(
        "belgium",
        "BEL",
        "diplobel.fed.be",
        "Thomas Leclercq:counsellor",
        fr="Belgique|de la Belgique|Royaume de Belgique|du Royaume de Belgique",
    ),
    _state(
        "luxembourg",
        "LUX",
        "mae.etat.lu",
        "Claude Weber:attache",
        fr="Luxembourg|du Luxembourg|Grand-Duché de Luxembourg|du Grand-Duché de Luxembourg",
    ),
    _state(
        "canada",
        "CAN",
        "international.gc.ca",
        "Sarah MacDonald:counsellor",
        en="Canada|of Canada|Canada|of Canada",
        fr="Canada|du Canada|Canada|du Canada",
    ),
    _state(
        "senegal",
        "SEN",
        "diplomatie.gouv.sn",
        "Ousmane Sow:counsellor",
        fr="Sénégal|du Sénégal|République du Sénégal|de la République du Sénégal",
    ),
    _state(
        "kenya",
        "KEN",
        "mfa.go.ke",
        "Wanjiru Kamau:attache",
        en="Kenya|of Kenya|Republic of Kenya|of the Republic of Kenya",
    ),
    _state(
        "southafrica",
        "ZAF",
        "dirco.gov.za",
        "Lindiwe Zulu:counsellor",
        en="South Africa|of South Africa|Republic of South Africa|of the Republic of South Africa",
    ),
    _state(
        "ireland",
        "IRL",
        "dfa.ie",
        "Ciarán Byrne:attache",
        en="Ireland|of Ireland|Ireland|of Ireland",
    ),
    _state(
        "norway",
        "NOR",
        "mfa.no",
        "Ingrid Solberg:counsellor",
        en="Norway|of Norway|Kingdom of Norway|of the Kingdom of Norway",
    ),
    _state(
        "philippines",
        "PHL",
        "dfa.gov.ph",
        "Maria Cristina Reyes:attache",
        en="Philippines|of the Philippines|Republic of the Philippines|of the Republic of the Philippines",
    ),
    _state(
        "portugal",
        "PRT",
        "mne.pt",
        "João Ferreira:counsellor",
        en="Portugal|of Portugal|Portuguese Republic|of the Portuguese Republic",
    ),
]

SUBMITTERS = CIVIL + ACADEMIC + BUSINESS + OTHER + NHRIS + IGOS + STATES

# the State's mission, in each language: its "of" form goes after
MISSION = {
    "en": "Permanent Mission {of} to the United Nations Office at Geneva",
    "fr": "Mission permanente {of} auprès de l'Office des Nations Unies à Genève",
    "es": "Misión Permanente {of} ante la Oficina de las Naciones Unidas en Ginebra",
}

# a State's short name in English, as the page lists it
ENGLISH = {"CHL": "Chile", "COL": "Colombia", "MEX": "Mexico", "ARG": "Argentina", "ESP": "Spain",
           "ECU": "Ecuador", "PER": "Peru", "FRA": "France", "CHE": "Switzerland", "BEL": "Belgium",
           "LUX": "Luxembourg", "CAN": "Canada", "SEN": "Senegal", "KEN": "Kenya",
           "ZAF": "South Africa", "IRL": "Ireland", "NOR": "Norway", "PHL": "Philippines",
           "PRT": "Portugal"}  # fmt: skip
