"""Phase 4: ordinary submissions, as a real call's mailbox holds them.

Written apart from the detectors and from the other phases: NGOs, universities, States,
national human rights institutions, international organizations, companies, individuals and
others, in English, French and Spanish, most with a document naming the sender, most saying
nothing about publication or plainly consenting, a few refusing or asking to stay anonymous,
and a few messages that are not submissions. Numbered after every other message (see
make_eval.py). Half of them, by a fixed hash of the slug (evaluate.half_of), are frozen.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from _build import (
    AC,
    CALL_SUBJECT,
    CS,
    IND,
    IO,
    MS,
    NHRI,
    OTH,
    PS,
    Spec,
    T,
    docx_file,
    odt_file,
    pdf,
    seed_of,
)
from _ordinary_texts import (
    ANON,
    ANON_MORE,
    COMPANY,
    CONSENT,
    DISCLAIMER,
    REFUSE,
    STATE,
    TOPIC,
    split,
    take,
)
from evaluate import half_of


@dataclass
class Who:
    """One sender: the body's language, type, name (as signed), acronym, country (States,
    NHRIs), the person who writes, their role, the address, the city; the format of the
    document ("pdf", "docx", "odt", or "body" for none); publication ("" silent, "c"
    consent in the body, "cd" consent in the document, "r"/"rd" refusal, "a" anonymous);
    a mail disclaimer; the document's language when it differs from the body's."""

    key: str
    lang: str
    type: str
    name: str
    acr: str
    country: str | None
    person: str
    role: str
    addr: str
    city: str
    fmt: str = "pdf"
    pub: str = ""
    disc: bool = False
    doclang: str = ""
    tz: int = 0


def slug_of(w: Who) -> str:
    return f"ord-{w.type.split('_')[0][:5]}-{w.lang}-{w.key}"


def W(*args: object, **kw: object) -> Who:
    return Who(*args, **kw)  # type: ignore[arg-type]


# ---------------------------------------------------------------- senders

# fmt: off
NGO_EN = [
    W("cms", "en", CS, "Coastal Migrant Solidarity", "CMS", None, "Fiona Gallagher",
      "Coordinator", "fiona@coastalsolidarity.example", "Dover", pub="c"),
    W("dfs", "en", CS, "Detention Forum Scotland", "", None, "Callum Reid", "Policy Lead",
      "callum.reid@detentionforumscot.example", "Glasgow", fmt="docx"),
    W("blcn", "en", CS, "Borderlands Legal Clinic Network", "BLCN", None, "Maria Esposito",
      "Staff Attorney", "mesposito@blcn.example", "El Paso", pub="c", tz=-6),
    W("spc", "en", CS, "Safe Passage Coalition", "", None, "Daniel Brooks", "Advocacy Manager",
      "advocacy@safepassagecoalition.example", "London"),
    W("wmi", "en", CS, "Women on the Move Initiative", "WMI", None, "Grace Mensah",
      "Programme Officer", "g.mensah@womenonthemove.example", "Accra", pub="c"),
    W("paw", "en", CS, "Pacific Asylum Watch", "PAW", None, "Liam Tupou", "Researcher",
      "liam@pacificasylumwatch.example", "Auckland", disc=True, tz=13),
    W("ogf", "en", CS, "Open Gates Foundation", "", None, "Sarah Lindqvist", "Executive Director",
      "director@opengates.example", "Stockholm", fmt="docx", pub="c", tz=1),
    W("hnc", "en", CS, "Humans Not Cargo", "", None, "Jamal Idris", "Campaigner",
      "jamal@humansnotcargo.example", "Manchester", fmt="body"),
    W("cma", "en", CS, "Centre for Migration Accountability", "CMA", None, "Helen Park",
      "Legal Director", "hpark@migrationaccountability.example", "Washington, DC", pub="cd",
      tz=-5),
    W("krf", "en", CS, "Kenyan Refugee Advocates Forum", "KRAF", None, "Peter Otieno",
      "Chairperson", "info@kraforum.example", "Nairobi", tz=3),
    W("mro", "en", CS, "Mediterranean Rescue Observatory", "MRO", None, "Chiara Bellini",
      "Research Coordinator", "c.bellini@medrescueobs.example", "Palermo", pub="c", tz=1),
    W("brmg", "en", CS, "Balkan Route Monitoring Group", "BRMG", None, "Ana Petrovic",
      "Field Coordinator", "ana.petrovic@balkanroute.example", "Belgrade", pub="r", tz=1),
    W("ffdn", "en", CS, "Freedom from Detention Network", "", None, "Rachel Green",
      "Network Coordinator", "rachel@freedomfromdetention.example", "Leeds", fmt="docx"),
    W("rbp", "en", CS, "Rights at the Border Project", "RBP", None, "Omar Haddad", "Director",
      "omar@rightsattheborder.example", "Beirut", pub="c", disc=True, tz=2),
    W("lmjc", "en", CS, "Lagos Migration and Justice Centre", "LMJC", None, "Ngozi Adeyemi",
      "Executive Secretary", "lmjc.lagos@gmail.com", "Lagos", tz=1),
    W("salmw", "en", CS, "South Asia Labour Migration Watch", "SALMW", None, "Ravi Kumar",
      "Senior Researcher", "ravi.kumar@salmw.example", "Kathmandu", pub="c", tz=5),
    W("adra", "en", CS, "Australian Detention Rights Alliance", "ADRA", None, "Emma Walsh",
      "Campaigns Director", "emma.walsh@adra.example", "Sydney", pub="c", tz=11),
    W("fasm", "en", CS, "Friends of Asylum Seekers Malta", "", None, "Joseph Camilleri",
      "Volunteer Coordinator", "friendsasylummalta@gmail.com", "Valletta", fmt="body", tz=1),
    W("gdti", "en", CS, "Global Detention Transparency Initiative", "GDTI", None,
      "Anouk de Vries", "Programme Director", "a.devries@gdti.example", "The Hague", pub="c",
      tz=1),
    W("cbb", "en", CS, "Children Beyond Borders", "", None, "Laura Stein", "Child Rights Lead",
      "lstein@childrenbeyondborders.example", "Berlin", fmt="docx", pub="rd", tz=1),
    W("cbla", "en", CS, "Cross-Border Legal Aid Society", "CBLAS", None, "Thomas Mwale",
      "Managing Lawyer", "tmwale@cblas.example", "Lusaka", tz=2),
    W("sanct", "en", CS, "The Sanctuary Trust", "", None, "Imogen Hart", "Trustee",
      "imogen@sanctuarytrust.example", "Bristol", pub="c"),
    W("mwrc", "en", CS, "Migrant Workers Rights Centre Jordan", "MWRC", None, "Lina Khoury",
      "Coordinator", "lina@mwrcjordan.example", "Amman", disc=True, doclang="en", tz=2),
    W("fho", "en", CS, "Frontline Humanitarian Observers", "FHO", None, "Marco Rossi",
      "Head of Research", "marco.rossi@frontlineobservers.example", "Rome", fmt="docx", pub="c",
      tz=1),
    W("ssap", "en", CS, "Security Sector Accountability Project", "SSAP", None, "Kate Morgan",
      "Director", "kmorgan@ssap.example", "Cape Town", pub="a", tz=2),
    W("rha", "en", CS, "Refugee Health Alliance", "RHA", None, "Dr Amina Yusuf",
      "Medical Coordinator", "amina.yusuf@refugeehealth.example", "Athens", tz=2),
    W("ccw", "en", CS, "Corporate Conduct Watch", "", None, "Ben Carter", "Researcher",
      "ben@corporateconductwatch.example", "New York", pub="c", tz=-5),
    W("nirn", "en", CS, "Northern Ireland Refugee Network", "NIRN", None, "Siobhan Kelly",
      "Policy Officer", "siobhan@nirn.example", "Belfast", fmt="body", pub="c"),
    W("gmj", "en", CS, "Gulf Migrant Justice", "", None, "Ahmed Saleh", "Researcher",
      "contact@gulfmigrantjustice.example", "Doha", pub="r", tz=3),
    W("lasn", "en", CS, "LGBTI Asylum Support Network", "LASN", None, "Alex Jordan",
      "Coordinator", "alex@lgbtiasylum.example", "Amsterdam", pub="c", tz=1),
    W("alac", "en", CS, "Aegean Legal Aid Collective", "ALAC", None, "Eleni Papadaki", "Lawyer",
      "eleni@aegeanlegalaid.example", "Lesvos", fmt="docx", tz=2),
    W("tibc", "en", CS, "Transparency in Border Contracts", "TiBC", None, "Nadia Ferreira",
      "Lead Researcher", "nadia@tibc.example", "Lisbon", pub="c"),
    W("hrds", "en", CS, "Human Rights Defenders at Sea", "", None, "Jonas Weber", "Spokesperson",
      "jonas.weber@defendersatsea.example", "Hamburg", tz=1),
    W("idva", "en", CS, "Immigration Detention Visitors Association", "IDVA", None,
      "Margaret Hughes", "Chair", "chair@idva.example", "Brighton", pub="c", disc=True),
    W("samp", "en", CS, "Southern Africa Migration Project Trust", "SAMP Trust", None,
      "Sipho Ndlovu", "Director", "sipho@samptrust.example", "Johannesburg", tz=2),
    W("ccdm", "en", CS, "Canadian Council for Detained Migrants", "CCDM", None, "Julie Tremblay",
      "Policy Analyst", "jtremblay@ccdm.example", "Toronto", pub="c", tz=-5),
    W("drim", "en", CS, "Disability Rights in Migration", "", None, "Hannah Schultz",
      "Coordinator", "hannah@disabilityrightsmigration.example", "Vienna", fmt="body", tz=1),
    W("bvdh", "en", CS, "Border Violence Documentation Hub", "BVDH", None, "Luka Horvat",
      "Researcher", "luka@bvdh.example", "Zagreb", pub="a", tz=1),
    W("psm", "en", CS, "Private Security Monitor", "PSM", None, "David Osei", "Editor",
      "editor@privatesecuritymonitor.example", "Denver", pub="c", tz=-7),
    W("aaea", "en", CS, "Asylum Access East Africa", "", None, "Faith Wanjiru", "Legal Officer",
      "faith.wanjiru@asylumaccessea.example", "Kampala", disc=True, tz=3),
    W("mpwi", "en", CS, "Migration Policy Watch Ireland", "MPWI", None, "Conor Byrne", "Director",
      "conor@mpwi.example", "Dublin", fmt="docx", pub="r"),
    W("tlp", "en", CS, "Tijuana Legal Project", "", None, "Rosa Martínez", "Coordinator",
      "rosa@tijuanalegal.example", "Tijuana", doclang="es", tz=-8),
]
# fmt: on

# fmt: off
NGO_FR = [
    W("aaer", "fr", CS, "Association d'aide aux étrangers retenus", "AAER", None, "Claire Dubois",
      "Chargée de plaidoyer", "c.dubois@aaer.example", "Paris", pub="c", tz=1),
    W("cfs", "fr", CS, "Collectif Frontières Solidaires", "", None, "Julien Moreau",
      "Coordinateur", "contact@frontieres-solidaires.example", "Briançon", tz=1),
    W("lmdm", "fr", CS, "Ligue marocaine pour les droits des migrants", "LMDM", None,
      "Youssef Benali", "Président", "lmdm.rabat@gmail.com", "Rabat", pub="c"),
    W("oee", "fr", CS, "Observatoire de l'enfermement des étrangers", "OEE", None,
      "Nathalie Petit", "Secrétaire générale", "n.petit@oee.example", "Paris", fmt="docx", tz=1),
    W("rsm", "fr", CS, "Réseau sahélien pour la mobilité", "RSM", None, "Amadou Diallo",
      "Coordinateur régional", "a.diallo@reseau-sahel-mobilite.example", "Niamey", pub="c", tz=1),
    W("ade", "fr", CS, "Accueil et Droits des Exilés", "", None, "Sophie Laurent", "Juriste",
      "sophie.laurent@accueil-droits-exiles.example", "Lille", fmt="body", tz=1),
    W("lbpm", "fr", CS, "Ligue belge pour la protection des migrants", "LBPM", None,
      "Marc Janssens", "Directeur", "marc.janssens@lbpm.example", "Bruxelles", disc=True, tz=1),
    W("ftdm", "fr", CS, "Forum tunisien pour la dignité des migrants", "FTDM", None,
      "Leïla Trabelsi", "Chargée de recherche", "leila.trabelsi@ftdm.example", "Tunis", pub="r",
      tz=1),
    W("ajda", "fr", CS, "Association des juristes pour le droit d'asile", "AJDA", None,
      "Pierre Lefort", "Avocat, membre du bureau", "bureau@ajda-asile.example", "Lyon",
      fmt="docx", pub="c", tz=1),
    W("ascd", "fr", CS, "Alliance sénégalaise contre la détention", "ASCD", None, "Fatou Ndiaye",
      "Coordinatrice", "fatou.ndiaye@ascd.example", "Dakar"),
    W("mdc", "fr", CS, "Migrants en danger Calais", "", None, "Hélène Martin", "Bénévole",
      "migrantsendanger.calais@orange.fr", "Calais", fmt="body", pub="c", tz=1),
    W("cvfa", "fr", CS, "Comité de vigilance des frontières alpines", "CVFA", None,
      "Jean-Luc Bernard", "Porte-parole", "jl.bernard@cvfa.example", "Gap", doclang="en", tz=1),
    W("csr", "fr", CS, "Coordination suisse pour les réfugiés", "CSR", None, "Anne Favre",
      "Responsable juridique", "anne.favre@coordination-refugies.example", "Lausanne", pub="c",
      tz=1),
    W("rcam", "fr", CS, "Réseau Euro-Afrique Mobilités", "REAM", None, "Ibrahima Sow",
      "Chargé de programme", "i.sow@euroafrique-mobilites.example", "Bamako", pub="cd"),
    W("aqdm", "fr", CS, "Association québécoise de défense des migrants", "AQDM", None,
      "Geneviève Roy", "Directrice générale", "groy@aqdm.example", "Montréal", pub="c", disc=True,
      tz=-5),
    W("slm", "fr", CS, "Solidarité Lampedusa-Marseille", "", None, "Karim Haddad", "Trésorier",
      "solidarite.lampedusa.marseille@laposte.net", "Marseille", fmt="odt", pub="c", tz=1),
    W("ocf", "fr", CS, "Observatoire citoyen des frontières", "OCF", None, "Camille Girard",
      "Chargée d'études", "camille.girard@ocf.example", "Nice", pub="a", tz=1),
    W("cadm", "fr", CS, "Centre africain pour les droits des migrants", "CADM", None,
      "Aïcha Koné", "Directrice exécutive", "aicha.kone@cadm.example", "Abidjan", fmt="docx"),
    W("gicf", "fr", CS, "Groupe d'information sur les centres fermés", "GICF", None,
      "Thomas Lambert", "Chercheur", "thomas.lambert@gicf.example", "Liège", pub="c", tz=1),
    W("fmd", "fr", CS, "Femmes migrantes debout", "", None, "Mariam Traoré", "Présidente",
      "femmesmigrantesdebout@gmail.com", "Paris", fmt="body", tz=1),
    W("ahdr", "fr", CS, "Association haïtienne pour les droits des rapatriés", "AHDR", None,
      "Jean-Robert Pierre", "Coordonnateur", "jr.pierre@ahdr.example", "Port-au-Prince", pub="rd",
      tz=-5),
]
# fmt: on

# fmt: off
NGO_ES = [
    W("rdmn", "es", CS, "Red de Defensa de Migrantes del Norte", "RDMN", None, "Lucía Hernández",
      "Coordinadora", "lucia.hernandez@rdmn.example", "Monterrey", pub="c", tz=-6),
    W("cfd", "es", CS, "Colectivo Frontera Viva", "", None, "Andrés Gómez", "Vocero",
      "colectivofronteraviva@gmail.com", "Ciudad Juárez", fmt="body", tz=-7),
    W("cdhm", "es", CS, "Centro de Derechos Humanos del Migrante", "CDHM", None, "Carmen Ruiz",
      "Directora", "direccion@cdhm.example", "Tapachula", pub="c", tz=-6),
    W("fts", "es", CS, "Fundación Tránsito Seguro", "", None, "Jorge Salazar",
      "Director ejecutivo", "jsalazar@transitoseguro.example", "Bogotá", fmt="docx", tz=-5),
    W("apdim", "es", CS, "Asociación Pro Derechos de la Infancia Migrante", "APDIM", None,
      "Elena Navarro", "Responsable de incidencia", "elena.navarro@apdim.example", "Madrid",
      pub="c", disc=True, tz=1),
    W("ofs", "es", CS, "Observatorio de Fronteras del Sur", "OFS", None, "Pablo Ortega",
      "Investigador", "pablo.ortega@ofs.example", "Málaga", tz=1),
    W("cmsi", "es", CS, "Casa del Migrante San Isidro", "", None, "Hna. Teresa Morales",
      "Directora", "casamigrantesanisidro@yahoo.com", "Saltillo", pub="c", tz=-6),
    W("caprr", "es", CS, "Coordinadora de Apoyo a Personas Refugiadas", "CAPR", None,
      "Miguel Torres", "Coordinador", "miguel.torres@capr.example", "Valencia", pub="r", tz=1),
    W("mmr", "es", CS, "Mujeres Migrantes en Resistencia", "", None, "Gabriela Castillo",
      "Integrante", "mujeresmigrantesresistencia@gmail.com", "Guatemala", fmt="body", pub="c",
      tz=-6),
    W("cjmh", "es", CS, "Clínica Jurídica de Movilidad Humana", "CJMH", None, "Diego Ramírez",
      "Abogado", "dramirez@cjmh.example", "Quito", tz=-5),
    W("pca", "es", CS, "Plataforma Canaria de Acogida", "", None, "Nuria Santana", "Portavoz",
      "nuria@plataformacanaria.example", "Las Palmas", fmt="docx", pub="c"),
    W("sama", "es", CS, "Servicio de Acompañamiento al Migrante Andino", "SAMA", None,
      "Rocío Quispe", "Coordinadora", "rocio.quispe@sama.example", "Lima", doclang="en", tz=-5),
    W("ccsf", "es", CS, "Colectivo Ceuta Sin Fronteras", "", None, "Hamid El Amrani", "Miembro",
      "ceutasinfronteras@gmail.com", "Ceuta", pub="c", tz=1),
    W("fcmh", "es", CS, "Foro Ciudadano por la Movilidad Humana", "FCMH", None, "Valeria Pérez",
      "Secretaria técnica", "vperez@fcmh.example", "San José", pub="cd", tz=-6),
    W("avar", "es", CS, "Asociación Venezolana de Apoyo al Refugiado", "AVAR", None,
      "Luis Mendoza", "Presidente", "luis.mendoza@avar.example", "Cúcuta", disc=True, tz=-5),
    W("ceam", "es", CS, "Centro de Estudios y Acción Migratoria", "CEAM", None, "Sofía Herrera",
      "Investigadora", "sherrera@ceam.example", "Buenos Aires", pub="c", tz=-3),
    W("rrad", "es", CS, "Red Regional de Albergues del Darién", "", None, "Ernesto Batista",
      "Enlace", "albergues.darien@gmail.com", "Panamá", fmt="docx", pub="r", tz=-5),
    W("drs", "es", CS, "Defensores del Río Suchiate", "", None, "Marta López", "Fundadora",
      "defensoresriosuchiate@hotmail.com", "Ciudad Hidalgo", fmt="body", tz=-6),
    W("ifa", "es", CS, "Iniciativa Paso Seguro", "IPS", None, "Raúl Vargas", "Coordinador",
      "raul.vargas@pasoseguro.example", "Tucson", pub="c", tz=-7),
    W("fdsf", "es", CS, "Fundación Derechos sin Fronteras", "FDSF", None, "Ana Belén Ríos",
      "Directora jurídica", "abrios@fdsf.example", "Santiago", pub="a", tz=-3),
    W("cfmd", "es", CS, "Comité de Familiares de Migrantes Desaparecidos", "COFAMIDE", None,
      "Doña Rosa Aguilar", "Presidenta", "cofamide@gmail.com", "San Salvador", pub="c", tz=-6),
]
# fmt: on

# fmt: off
ACADEMICS = [
    W("rli", "en", AC, "Refugee Law Initiative, University of Westbrook", "", None,
      "Prof. Sarah Whitman", "Director", "s.whitman@westbrook.ac.example", "London", pub="c"),
    W("bsc", "en", AC, "Border Studies Centre, University of Eastmoor", "BSC", None,
      "Dr James Holloway", "Senior Lecturer", "j.holloway@eastmoor.ac.example", "York"),
    W("hrcr", "en", AC, "Human Rights Clinic, Ridgeview Law School", "", None,
      "Prof. Michael Chen", "Clinic Director", "mchen@ridgeview.edu.example", "Chicago",
      fmt="docx", pub="c", tz=-6),
    W("isms", "en", AC, "Institute for Security and Migration Studies", "ISMS", None,
      "Dr Priya Natarajan", "Research Fellow", "p.natarajan@isms.example", "Singapore", tz=8),
    W("dcun", "en", AC, "Department of Criminology, University of Northvale", "", None,
      "Dr Eilidh Fraser", "Lecturer", "e.fraser@northvale.ac.example", "Aberdeen", pub="c"),
    W("ilch", "en", AC, "International Law Clinic, University of Harbourside", "", None,
      "Dr Kwame Asante", "Supervisor", "k.asante@harbourside.edu.example", "Cape Coast",
      fmt="docx"),
    W("mmrg", "en", AC, "Migration and Mobility Research Group, Kestrel University", "MMRG", None,
      "Dr Laura Bianchi", "Convenor", "l.bianchi@kestrel.ac.example", "Leicester", pub="c"),
    W("csps", "en", AC, "Centre for the Study of Private Security, University of Lakeshore",
      "CSPS", None, "Prof. Robert Klein", "Director", "rklein@lakeshore.edu.example", "Toronto",
      pub="c", tz=-5),
    W("fluk", "en", AC, "Faculty of Law, University of Port Elland", "", None, "Dr Mei Ling Tan",
      "Associate Professor", "ml.tan@portelland.edu.example", "Perth", pub="r", tz=8),
    W("ggi", "en", AC, "Global Governance Institute, Marlow College", "GGI", None,
      "Dr Nicholas Ward", "Fellow", "n.ward@marlow.ac.example", "Oxford", fmt="body"),
    W("ctb", "en", AC, "Centre on Technology and Borders, Brightwater University", "CTB", None,
      "Dr Aisha Rahman", "Co-director", "a.rahman@brightwater.ac.example", "Cardiff", pub="c",
      disc=True),
    W("alc", "en", AC, "Asylum Law Clinic, Eastgate University", "", None, "Prof. Hannah Levi",
      "Professor of Law", "hlevi@eastgate.edu.example", "Boston", tz=-5),
    W("bcu", "en", AC, "Border Criminology Unit, University of Southmere", "", None,
      "Dr Tomás Duarte", "Researcher", "t.duarte@southmere.ac.example", "Coimbra", pub="c",
      doclang="es"),
    W("crf", "fr", AC, "Centre de recherche sur les frontières, Université de Lorvenne", "CRF",
      None, "Pr Isabelle Fournier", "Directrice", "isabelle.fournier@univ-lorvenne.example",
      "Lorvenne", pub="c", tz=1),
    W("cjdh", "fr", AC, "Clinique juridique des droits humains, Université de Montval", "", None,
      "Me Olivier Roche", "Responsable pédagogique", "olivier.roche@univ-montval.example",
      "Montval", fmt="docx", tz=1),
    W("iem", "fr", AC, "Institut d'études des migrations, Université de Saint-Aubin", "IEM", None,
      "Dr Samia Belkacem", "Maîtresse de conférences", "samia.belkacem@univ-saint-aubin.example",
      "Saint-Aubin", tz=1),
    W("crsp", "fr", AC,
      "Chaire de recherche sur la sécurité privée, Université du Littoral québécois", "", None,
      "Pr François Gagnon", "Titulaire de la chaire", "francois.gagnon@ulq.example", "Rimouski",
      pub="c", tz=-5),
    W("lmd", "fr", AC, "Laboratoire Mobilités et Droit, Université Cheikh Ahmadou", "LMD", None,
      "Pr Ousmane Fall", "Directeur", "ousmane.fall@uca.example", "Dakar", pub="r"),
    W("cudih", "fr", AC, "Centre universitaire de droit international humanitaire", "CUDIH", None,
      "Dr Anne-Sophie Keller", "Chargée de recherche", "as.keller@cudih.example", "Genève",
      fmt="docx", pub="c", tz=1),
    W("cjdh2", "es", AC, "Clínica Jurídica de Derechos Humanos, Universidad de Valdemora", "",
      None, "Dra. Inés Calderón", "Directora", "icalderon@uvaldemora.example", "Valdemora",
      pub="c", tz=1),
    W("ief", "es", AC, "Instituto de Estudios Fronterizos, Universidad del Pacífico Norte", "IEF",
      None, "Dr. Héctor Montoya", "Investigador titular", "hmontoya@upn.example", "Mexicali",
      tz=-8),
    W("osp", "es", AC, "Observatorio de Seguridad Privada, Universidad de San Ramón", "OSP", None,
      "Dra. Patricia Solís", "Coordinadora", "psolis@usanramon.example", "Medellín", fmt="docx",
      pub="c", tz=-5),
    W("gimd", "es", AC, "Grupo de Investigación Migraciones y Derechos, Universidad de Alcaraz",
      "GIMD", None, "Dr. Javier Molina", "Investigador principal", "jmolina@ualcaraz.example",
      "Alcaraz", tz=1),
    W("cem", "es", AC, "Centro de Estudios Migratorios, Universidad Austral de Tierra Alta",
      "CEM", None, "Dra. Carolina Fuentes", "Directora", "cfuentes@uata.example", "Valdivia",
      pub="c", tz=-3),
    W("ddi", "es", AC,
      "Departamento de Derecho Internacional, Universidad Nacional de Cordillera", "", None,
      "Dr. Martín Aguirre", "Profesor", "maguirre@unc-cordillera.example", "Mendoza", fmt="body",
      tz=-3),
]
# fmt: on

# States: (UN short name, ISO code, "of X" / "de X" as the mission writes it, mail domain)
STATES = [
    ("en", "Australia", "AUS", "Australia", "dfat.gov.au", 1),
    ("en", "Canada", "CAN", "Canada", "international.gc.ca", 1),
    ("en", "Ireland", "IRL", "Ireland", "dfa.ie", 0),
    ("en", "Kenya", "KEN", "the Republic of Kenya", "mfa.go.ke", 1),
    ("en", "Philippines", "PHL", "the Philippines", "dfa.gov.ph", 1),
    ("en", "Nigeria", "NGA", "the Federal Republic of Nigeria", "foreignaffairs.gov.ng", 0),
    ("en", "Germany", "DEU", "the Federal Republic of Germany", "diplo.de", 1),
    ("en", "Sweden", "SWE", "Sweden", "gov.se", 0),
    ("en", "Greece", "GRC", "Greece", "mfa.gr", 1),
    ("en", "Malta", "MLT", "Malta", "gov.mt", 0),
    ("en", "Qatar", "QAT", "the State of Qatar", "mofa.gov.qa", 1),
    ("en", "Georgia", "GEO", "Georgia", "mfa.gov.ge", 0),
    ("en", "Japan", "JPN", "Japan", "mofa.go.jp", 1),
    ("en", "South Africa", "ZAF", "the Republic of South Africa", "dirco.gov.za", 0),
    ("fr", "France", "FRA", "de la France", "diplomatie.gouv.fr", 1),
    ("fr", "Belgium", "BEL", "de la Belgique", "diplobel.fed.be", 0),
    ("fr", "Switzerland", "CHE", "de la Suisse", "eda.admin.ch", 1),
    ("fr", "Morocco", "MAR", "du Royaume du Maroc", "diplomatie.ma", 1),
    ("fr", "Senegal", "SEN", "du Sénégal", "diplomatie.gouv.sn", 0),
    ("fr", "Tunisia", "TUN", "de la Tunisie", "diplomatie.gov.tn", 1),
    ("fr", "Luxembourg", "LUX", "du Grand-Duché de Luxembourg", "mae.etat.lu", 0),
    ("fr", "Côte d'Ivoire", "CIV", "de la Côte d'Ivoire", "diplomatie.gouv.ci", 1),
    ("fr", "Haiti", "HTI", "d'Haïti", "mae.gouv.ht", 0),
    ("es", "Mexico", "MEX", "de México", "sre.gob.mx", 1),
    ("es", "Colombia", "COL", "de Colombia", "cancilleria.gov.co", 0),
    ("es", "Spain", "ESP", "de España", "maec.es", 1),
    ("es", "Argentina", "ARG", "de la República Argentina", "mrecic.gov.ar", 1),
    ("es", "Chile", "CHL", "de Chile", "minrel.gob.cl", 0),
    ("es", "Ecuador", "ECU", "del Ecuador", "cancilleria.gob.ec", 1),
    ("es", "Peru", "PER", "del Perú", "rree.gob.pe", 0),
    ("es", "Guatemala", "GTM", "de Guatemala", "minex.gob.gt", 1),
    (
        "es",
        "Bolivia (Plurinational State of)",
        "BOL",
        "del Estado Plurinacional de Bolivia",
        "rree.gob.bo",
        0,
    ),
]
# The formal names a page may also give.
STATE_FORMAL = {
    "BOL": ("Bolivia (Plurinational State of)", "Bolivia"),
    "KEN": ("Kenya", "Republic of Kenya"),
    "NGA": ("Nigeria", "Federal Republic of Nigeria"),
    "DEU": ("Germany", "Federal Republic of Germany"),
    "QAT": ("Qatar", "State of Qatar"),
    "ZAF": ("South Africa", "Republic of South Africa"),
    "MAR": ("Morocco", "Kingdom of Morocco"),
    "ARG": ("Argentina", "Argentine Republic"),
}

# fmt: off
NHRIS = [
    W("nzhrc", "en", NHRI, "New Zealand Human Rights Commission", "", "NZL", "Paul Hunt",
      "Chief Commissioner", "international@hrc.co.nz", "Wellington", pub="c", tz=13),
    W("chraj", "en", NHRI, "Commission on Human Rights and Administrative Justice", "CHRAJ",
      "GHA", "Joseph Whittal", "Commissioner", "info@chraj.gov.gh", "Accra"),
    W("ihrec", "en", NHRI, "Irish Human Rights and Equality Commission", "IHREC", "IRL",
      "Sinéad Gibney", "Chief Commissioner", "info@ihrec.ie", "Dublin", pub="c", disc=True),
    W("hrcsl", "en", NHRI, "Human Rights Commission of Sierra Leone", "HRCSL", "SLE",
      "Patricia Narsu Ndanema", "Chairperson", "info@hrcsl.gov.sl", "Freetown"),
    W("suhakam", "en", NHRI, "Human Rights Commission of Malaysia", "SUHAKAM", "MYS",
      "Othman Hashim", "Chairman", "humanrights@suhakam.org.my", "Kuala Lumpur", fmt="docx",
      tz=8),
    W("cbdh", "fr", NHRI, "Commission béninoise des droits de l'homme", "CBDH", "BEN",
      "Isidore Clément Capo-Chichi", "Président", "contact@cbdh.bj", "Cotonou", pub="c", tz=1),
    W("cndpr", "fr", NHRI, "Commission nationale des droits de la personne du Rwanda", "CNDP",
      "RWA", "Marie-Claire Mukasine", "Présidente", "info@cndp.org.rw", "Kigali", tz=2),
    W("cdhc", "fr", NHRI, "Commission des droits de l'homme du Cameroun", "CDHC", "CMR",
      "James Mouangue Kobila", "Président", "cdhc.cameroun@gmail.com", "Yaoundé", fmt="docx",
      tz=1),
    W("dhcr", "es", NHRI, "Defensoría de los Habitantes de la República de Costa Rica", "", "CRI",
      "Catalina Crespo", "Defensora de los Habitantes", "internacional@dhr.go.cr", "San José",
      pub="c", tz=-6),
    W("dpec", "es", NHRI, "Defensoría del Pueblo de Ecuador", "", "ECU", "Freddy Carrión",
      "Defensor del Pueblo", "internacional@dpe.gob.ec", "Quito", tz=-5),
]
# fmt: on

# fmt: off
IGOS = [
    W("unodc", "en", IO, "United Nations Office on Drugs and Crime", "UNODC", None,
      "Kristina Hansen", "Crime Prevention Officer", "kristina.hansen@un.org", "Geneva", tz=1),
    W("undp", "en", IO, "United Nations Development Programme", "UNDP", None, "Marta Kowalska",
      "Governance Specialist", "marta.kowalska@undp.org", "Istanbul", pub="c", tz=1),
    W("oecd", "en", IO, "Organisation for Economic Co-operation and Development", "OECD", None,
      "Adriano Silvestri", "Policy Analyst", "migration@oecd.org", "Paris", pub="c", tz=1),
    W("ilo", "en", IO, "International Labour Organization", "ILO", None, "Naomi Clarke",
      "Labour Migration Specialist", "migrant@ilo.org", "Geneva", fmt="docx", tz=1),
    W("unicef", "en", IO, "United Nations Children's Fund", "UNICEF", None, "Paula Schmidt",
      "Child Protection Specialist", "pschmidt@unicef.org", "New York", tz=-5),
    W("comsec", "en", IO, "Commonwealth Secretariat", "", None, "Victor Ansah",
      "Human Rights Adviser", "hru@commonwealth.int", "London", pub="c"),
    W("oif", "fr", IO, "Organisation internationale de la Francophonie", "OIF", None, "Hugo Sada",
      "Délégué aux droits de l'Homme", "ddhdp@francophonie.org", "Paris", pub="c", tz=1),
    W("uemoa", "fr", IO, "Commission de l'UEMOA", "", None, "Sani Adamu",
      "Directeur, libre circulation", "libre.circulation@uemoa.int", "Ouagadougou", tz=1),
    W("ocam", "es", IO, "Comisión Centroamericana de Directores de Migración", "OCAM", None,
      "María Claudia Pulido", "Secretaria Técnica", "secretaria@ocam.int", "San Salvador",
      pub="c", tz=-6),
    W("sica", "es", IO, "Secretaría General del Sistema de la Integración Centroamericana",
      "SG-SICA", None, "Werner Vargas", "Secretario General", "info@sica.int", "San Salvador",
      tz=-6),
]
# fmt: on

# fmt: off
COMPANIES = [
    W("scs", "en", PS, "Sentinel Custody Services Ltd", "", None, "Mark Davies",
      "Head of Compliance", "compliance@sentinelcustody.example", "Reading", pub="c"),
    W("mbs", "en", PS, "Meridian Border Solutions plc", "", None, "Susan Clarke",
      "Corporate Affairs Director", "s.clarke@meridianborder.example", "London", disc=True),
    W("hms", "en", PS, "Harbourline Maritime Security Ltd", "", None, "Captain Ian Morris",
      "Managing Director", "ian.morris@harbourline.example", "Limassol", pub="r", tz=2),
    W("vas", "en", PS, "Vigil Aerial Systems Inc.", "", None, "Kevin Lee", "Government Relations",
      "klee@vigilaerial.example", "Arlington", fmt="docx", pub="r", tz=-5),
    W("apsp", "en", PS, "Association of Private Security Providers", "APSP", None, "Gareth Evans",
      "Chief Executive", "ceo@apsp.example", "London", pub="c"),
    W("nes", "en", PS, "Northgate Escort Services Ltd", "", None, "Paula Grant",
      "Contracts Manager", "pgrant@northgate-escort.example", "Birmingham", disc=True),
    W("astg", "en", PS, "Atlas Secure Transport Group", "", None, "Richard Owens",
      "Director of Operations", "r.owens@atlassecure.example", "Dubai", pub="c", tz=4),
    W("cpb", "en", PS, "ClearPath Biometrics Ltd", "", None, "Nina Patel", "Legal Counsel",
      "legal@clearpathbiometrics.example", "Dublin", fmt="docx"),
    W("gss", "fr", PS, "Gardienne Sécurité SAS", "", None, "Philippe Garnier",
      "Directeur général", "direction@gardienne-securite.example", "Marseille", tz=1),
    W("fesp", "fr", PS, "Fédération des entreprises de sécurité privée", "FESP", None,
      "Catherine Roux", "Déléguée générale", "c.roux@fesp.example", "Paris", pub="c", tz=1),
    W("aps", "fr", PS, "Alpes Protection SA", "", None, "Daniel Meyer", "Administrateur",
      "d.meyer@alpesprotection.example", "Genève", pub="r", tz=1),
    W("cisa", "es", PS, "Custodia Integral S.A. de C.V.", "", None, "Ing. Fernando Ibarra",
      "Director de Operaciones", "fibarra@custodiaintegral.example", "Ciudad de México", tz=-6),
    W("canesp", "es", PS, "Cámara Nacional de Empresas de Seguridad Privada", "CANESP", None,
      "Lic. Alejandra Cortés", "Presidenta", "presidencia@canesp.example", "Santiago", pub="c",
      tz=-3),
]
# fmt: on

# fmt: off
INDIVIDUALS = [
    W("i-moss", "en", IND, "Eleanor Moss", "", None, "Eleanor Moss", "independent researcher",
      "eleanor.moss@gmail.com", "Edinburgh", pub="c"),
    W("i-okon", "en", IND, "Samuel Okon", "", None, "Samuel Okon", "immigration lawyer",
      "samuel.okon@outlook.com", "Abuja", fmt="body", tz=1),
    W("i-harris", "en", IND, "Daniel Harris", "", None, "Daniel Harris",
      "former detention custody officer", "dharris1978@yahoo.co.uk", "Gatwick", fmt="body",
      pub="a"),
    W("i-nguyen", "en", IND, "Linh Nguyen", "", None, "Linh Nguyen", "PhD candidate",
      "linh.nguyen.research@gmail.com", "Melbourne", pub="c", tz=11),
    W("i-farah", "en", IND, "Hodan Farah", "", None, "Hodan Farah", "community interpreter",
      "hodanfarah@hotmail.com", "Minneapolis", fmt="docx", tz=-6),
    W("i-walker", "en", IND, "Peter Walker", "", None, "Peter Walker", "retired police officer",
      "pwalker.retired@btinternet.com", "Kent", fmt="body", pub="c"),
    W("i-singh", "en", IND, "Gurpreet Singh", "", None, "Gurpreet Singh", "journalist",
      "gsingh.journalist@protonmail.com", "Vancouver", pub="r", tz=-8),
    W("i-adams", "en", IND, "Rebecca Adams", "", None, "Rebecca Adams", "volunteer visitor",
      "rebecca.adams@gmail.com", "Brisbane", fmt="body", tz=10),
    W("i-costa", "en", IND, "Miguel Costa", "", None, "Miguel Costa", "security consultant",
      "miguel.costa@gmail.com", "Porto", pub="c"),
    W("i-mercier", "fr", IND, "Sylvie Mercier", "", None, "Sylvie Mercier", "avocate",
      "sylvie.mercier.avocate@gmail.com", "Toulouse", pub="c", tz=1),
    W("i-diop", "fr", IND, "Moussa Diop", "", None, "Moussa Diop", "doctorant en droit",
      "moussa.diop@gmail.com", "Dakar", fmt="body"),
    W("i-lefebvre", "fr", IND, "Antoine Lefebvre", "", None, "Antoine Lefebvre",
      "ancien agent de sécurité", "antoine.lefebvre@free.fr", "Calais", fmt="body", tz=1),
    W("i-benali", "fr", IND, "Nadia Benali", "", None, "Nadia Benali", "travailleuse sociale",
      "nadia.benali@hotmail.fr", "Marseille", fmt="docx", pub="c", tz=1),
    W("i-rojas", "es", IND, "Carlos Rojas", "", None, "Carlos Rojas", "periodista",
      "carlosrojas.periodista@gmail.com", "Tijuana", pub="c", tz=-8),
    W("i-paredes", "es", IND, "Lucía Barrenechea", "", None, "Lucía Barrenechea", "abogada",
      "luciaparedes.abogada@gmail.com", "Lima", fmt="body", tz=-5),
    W("i-gil", "es", IND, "Alberto Gil", "", None, "Alberto Gil", "antropólogo",
      "alberto.gil@yahoo.es", "Melilla", tz=1),
    W("i-mora", "es", IND, "Verónica Mora", "", None, "Verónica Mora", "voluntaria",
      "veronica.mora@outlook.com", "Tapachula", fmt="body", pub="c", tz=-6),
]
# fmt: on

# fmt: off
OTHERS = [
    W("tswu", "en", OTH, "Transport and Security Workers' Union", "TSWU", None, "Mike Flynn",
      "General Secretary", "gensec@tswu.example", "London", pub="c"),
    W("appg", "en", OTH, "All-Party Parliamentary Group on Immigration Detention", "APPG", None,
      "Janet Holmes MP", "Co-chair", "appg.detention@parliament.example", "London"),
    W("qcm", "en", OTH, "Quaker Council for Migration Concerns", "", None, "Ruth Penn", "Clerk",
      "clerk@quakermigration.example", "Philadelphia", pub="c", tz=-5),
    W("cityls", "en", OTH, "City of Lakeside Council", "", None, "Councillor Amy Ross",
      "Chair, Community Safety Committee", "amy.ross@lakeside.gov.example", "Lakeside",
      fmt="docx"),
    W("snas", "fr", OTH, "Syndicat national des agents de sûreté", "SNAS", None, "Éric Blanc",
      "Secrétaire général", "e.blanc@snas.example", "Paris", tz=1),
    W("fpee", "fr", OTH, "Fédération protestante d'entraide aux exilés", "FPEE", None,
      "Pasteur Daniel Muller", "Président", "president@fpee.example", "Strasbourg", pub="c",
      tz=1),
    W("cvf", "fr", OTH, "Commune de Val-Frontière", "", None, "Martine Chevalier", "Maire",
      "mairie@val-frontiere.example", "Val-Frontière", tz=1),
    W("fetsp", "es", OTH, "Federación de Trabajadores de la Seguridad Privada", "FETSP", None,
      "José Ramírez", "Secretario General", "secretaria@fetsp.example", "Bogotá", pub="c", tz=-5),
    W("psmh", "es", OTH, "Pastoral de Movilidad Humana, Diócesis de San Marcos", "", None,
      "P. Julio Estrada", "Coordinador", "movilidad.sanmarcos@gmail.com", "San Marcos", tz=-6),
]
# fmt: on

# ---------------------------------------------------------------- composing a message

DESCR = {
    CS: {
        "en": "{n} works with migrants and refugees in and around {c}. This input draws on "
        "our casework and monitoring and answers the questions of the call closest to it.",
        "fr": "{N} accompagne des personnes exilées à {c} et dans sa région. Cette "
        "contribution s'appuie sur nos permanences et notre travail d'observation.",
        "es": "{N} acompaña a personas migrantes y refugiadas en {c} y sus alrededores. Esta "
        "contribución se basa en nuestro trabajo de acompañamiento y monitoreo.",
    },
    AC: {
        "en": "This input is submitted by the {n}. It summarises research carried out since "
        "2017, including interviews with former detainees, guards and officials.",
        "fr": "{N} soumet la présente contribution. Elle résume des recherches "
        "menées depuis 2017, fondées sur des entretiens avec d'anciens retenus et des agents.",
        "es": "{N} presenta esta contribución, que resume investigaciones realizadas desde "
        "2017, con entrevistas a personas detenidas, guardias y funcionarios.",
    },
    NHRI: {
        "en": "The {n} welcomes the opportunity to contribute to the Working Group's report. "
        "As the national human rights institution, it monitors places of immigration "
        "detention and receives complaints from the people held there.",
        "fr": "{N} se félicite de pouvoir contribuer au rapport du Groupe de travail. En "
        "tant qu'institution nationale des droits de l'homme, elle visite les lieux de "
        "rétention et reçoit les plaintes des personnes qui y sont retenues.",
        "es": "{N} agradece la oportunidad de contribuir al informe del Grupo de Trabajo. "
        "Como institución nacional de derechos humanos, supervisa los lugares de detención "
        "migratoria y recibe quejas de las personas detenidas.",
    },
    IO: {
        "en": "The {n} is pleased to contribute to the Working Group's study. The "
        "observations below draw on our programmes and on the reports of our field offices.",
        "fr": "{N} a le plaisir de contribuer à l'étude du Groupe de travail. Les observations "
        "ci-dessous s'appuient sur nos programmes et sur les rapports de nos bureaux.",
        "es": "{N} tiene el agrado de contribuir al estudio del Grupo de Trabajo. Las "
        "observaciones siguientes se basan en nuestros programas y oficinas en el terreno.",
    },
    PS: {
        "en": "{n} welcomes the Working Group's call and sets out below how it works with "
        "public authorities in immigration settings.",
        "fr": "{N} salue l'appel du Groupe de travail et présente ci-dessous la manière dont "
        "elle travaille avec les autorités publiques.",
        "es": "{N} celebra la convocatoria del Grupo de Trabajo y expone a continuación cómo "
        "trabaja con las autoridades públicas.",
    },
    IND: {
        "en": "I am writing as {r} based in {c}, in my own name. What follows comes from "
        "what I have seen in my work over several years.",
        "fr": "J'écris en mon nom propre, en tant que {r} à {c}. Ce qui suit vient de ce que "
        "j'ai observé au fil de plusieurs années.",
        "es": "Escribo a título personal, como {r} en {c}. Lo que sigue proviene de lo que he "
        "observado en mi trabajo durante varios años.",
    },
    OTH: {
        "en": "The {n} is grateful for the chance to contribute. Our members and partners "
        "have direct experience of the issues raised by the call.",
        "fr": "{N} remercie le Groupe de travail de cette occasion de contribuer. Nos "
        "membres connaissent directement les questions soulevées par l'appel.",
        "es": "{N} agradece la oportunidad de contribuir. Nuestros miembros conocen de "
        "primera mano las cuestiones planteadas en la convocatoria.",
    },
}

DOC_TITLE = {
    "en": "Submission to the UN Working Group on the use of mercenaries: private military "
    "and security companies in immigration and border management",
    "fr": "Contribution au Groupe de travail des Nations Unies sur l'utilisation de "
    "mercenaires : sociétés militaires et de sécurité privées et gestion des frontières",
    "es": "Contribución al Grupo de Trabajo de la ONU sobre la utilización de mercenarios: "
    "empresas militares y de seguridad privadas en la gestión de las fronteras",
}

COVER = {
    "en": [
        "Dear Secretariat,\n\nPlease find attached the submission of {n} to the call for "
        "inputs on private military and security companies in immigration and border "
        "management.",
        "Dear Members of the Working Group,\n\nOn behalf of {n}, I am pleased to send you "
        "our input for your forthcoming report to the Human Rights Council.",
        "Dear colleagues,\n\nAttached is our contribution to the Working Group's call for "
        "inputs. We hope it is useful and would be glad to provide further information.",
        "Hello,\n\nI am sending, on behalf of {n}, our response to the questionnaire of the "
        "Working Group on the use of mercenaries.",
    ],
    "fr": [
        "Madame, Monsieur,\n\nVeuillez trouver ci-joint la contribution {dn} à l'appel du "
        "Groupe de travail sur l'utilisation de mercenaires.",
        "Chers membres du Groupe de travail,\n\nAu nom {dn}, j'ai le plaisir de vous "
        "transmettre notre contribution en vue de votre prochain rapport.",
        "Bonjour,\n\nVous trouverez en pièce jointe notre réponse à l'appel à contributions "
        "sur les sociétés militaires et de sécurité privées aux frontières.",
    ],
    "es": [
        "Estimada Secretaría:\n\nAdjuntamos la contribución {dn} a la convocatoria del "
        "Grupo de Trabajo sobre la utilización de mercenarios.",
        "Estimados miembros del Grupo de Trabajo:\n\nEn nombre {dn}, me complace enviarles "
        "nuestro aporte para su próximo informe al Consejo de Derechos Humanos.",
        "Buenos días:\n\nLes hacemos llegar en archivo adjunto nuestra respuesta a la "
        "convocatoria sobre empresas militares y de seguridad privadas en las fronteras.",
    ],
}

BODY_OPEN = {
    "en": "Dear Secretariat,\n\nWe do not have a formal document, so our input to the call "
    "on private military and security companies in border management is set out below.",
    "fr": "Madame, Monsieur,\n\nNous n'avons pas de document formel : notre contribution à "
    "l'appel du Groupe de travail figure ci-dessous.",
    "es": "Estimada Secretaría:\n\nNo contamos con un documento formal, por lo que nuestra "
    "contribución a la convocatoria va en el cuerpo de este correo.",
}
BODY_OPEN_IND = {
    "en": "Dear Working Group,\n\nI would like to contribute to your call for inputs. I have "
    "no formal paper, so I write my points here.",
    "fr": "Madame, Monsieur,\n\nJe souhaite contribuer à votre appel. Je n'ai pas de document "
    "formel, j'écris donc mes observations ici.",
    "es": "Estimados miembros del Grupo de Trabajo:\n\nQuisiera contribuir a su convocatoria. "
    "No tengo un documento formal, así que escribo mis observaciones aquí.",
}
CLOSE = {
    "en": ["Kind regards,", "Best regards,", "With thanks and best wishes,", "Sincerely,"],
    "fr": ["Bien cordialement,", "Avec nos salutations distinguées,", "Cordialement,"],
    "es": ["Saludos cordiales,", "Atentamente,", "Un cordial saludo,"],
}
SUBJECT = {
    "en": [
        "Submission: {n}",
        "Input to the call for inputs - {n}",
        "{a} submission - PMSCs in border management",
        "Re: " + CALL_SUBJECT,
    ],
    "fr": [
        "Contribution de {n}",
        "Appel à contributions - {a}",
        "Contribution {a} - SMSP et frontières",
    ],
    "es": [
        "Contribución de {n}",
        "Convocatoria Grupo de Trabajo - aporte {a}",
        "Aporte de {a} sobre empresas de seguridad privadas y fronteras",
    ],
}


FEM = {
    "Association",
    "Alliance",
    "Ligue",
    "Coordination",
    "Commission",
    "Organisation",
    "Fédération",
    "Commune",
    "Chaire",
    "Clinique",
    "Red",
    "Fundación",
    "Asociación",
    "Coordinadora",
    "Casa",
    "Clínica",
    "Plataforma",
    "Iniciativa",
    "Defensoría",
    "Comisión",
    "Secretaría",
    "Cámara",
    "Federación",
    "Pastoral",
}
MASC = {
    "Collectif",
    "Réseau",
    "Comité",
    "Forum",
    "Centre",
    "Groupe",
    "Conseil",
    "Syndicat",
    "Laboratoire",
    "Observatoire",
    "Institut",
    "Colectivo",
    "Centro",
    "Observatorio",
    "Servicio",
    "Foro",
    "Grupo",
    "Instituto",
    "Departamento",
}


def _article(name: str, lang: str, of: bool) -> str:
    """The name with its article ("l'Association …", "del Centro …"); with of, after "de"."""
    first = name.split()[0]
    if lang == "en" or (first not in FEM and first not in MASC):
        return f"de {name}" if of and lang != "en" else name
    if lang == "fr":
        art = "l'" if first[0] in "AEIOUÉ" else "la " if first in FEM else "le "
        if of:
            return ("du " if art == "le " else "de " + art) + name
    else:
        art = "la " if first in FEM else "el "
        if of:
            return ("del " if art == "el " else "de la ") + name
    return art + name


def _full(w: Who) -> str:
    return f"{w.name} ({w.acr})" if w.acr else w.name


def _names(w: Who) -> tuple[str, ...]:
    return (f"{w.name} ({w.acr})", w.name) if w.acr else (w.name,)


def _pick(items: list[str], w: Who, salt: str) -> str:
    return random.Random(seed_of(w.key + salt)).choice(items)


ANON_PERSON = {
    "en": "I am happy for this to be published, but please leave my name out of it.",
    "fr": "Ce texte peut être publié, mais sans mon nom, s'il vous plaît.",
    "es": "Pueden publicar este texto, pero sin mi nombre, por favor.",
}


def _pub_sentence(w: Who, lang: str) -> str:
    if w.pub in ("c", "cd"):
        return _pick(split(CONSENT[lang], half_of(slug_of(w))), w, "c")
    if w.pub in ("r", "rd"):
        return _pick(split(REFUSE[lang], half_of(slug_of(w))), w, "r")
    if w.pub == "a" and w.type == IND:
        return ANON_PERSON[lang]
    if w.pub == "a":
        return (ANON if half_of(slug_of(w)) == "tune" else ANON_MORE)[lang]
    return ""


def _signature(w: Who, lang: str) -> str:
    lines = [_pick(CLOSE[lang], w, "close"), w.person]
    if w.type != IND:
        lines += [w.role, _full(w)]
    lines.append(w.city)
    return "\n".join(lines)


def _paragraphs(w: Who, lang: str) -> list[str]:
    full = _full(w)
    subject = _article(full, lang, False)
    role = w.role if lang != "en" else ("an " if w.role[0] in "aeiou" else "a ") + w.role
    intro = DESCR[w.type][lang].format(n=full, N=subject[0].upper() + subject[1:], c=w.city, r=role)
    if w.type == PS:
        body = take(COMPANY, lang, 3, slug_of(w)) + take(TOPIC, lang, 2, slug_of(w))
    else:
        body = take(TOPIC, lang, 4 + seed_of(w.key) % 3, slug_of(w))
    return [intro, *body]


def _document(w: Who, lang: str, pub: str) -> list:
    paras = _paragraphs(w, lang)
    sign = f"{w.person}, {w.role}" if w.type != IND else w.person
    end = [
        *([pub] if pub else []),
        sign,
        f"{_full(w) if w.type != IND else w.city}, "
        f"{'March' if lang == 'en' else 'mars' if lang == 'fr' else 'marzo de'} 2020",
    ]
    stem = (w.acr or w.name.split(",")[0]).replace(" ", "_").replace("'", "")
    title = DOC_TITLE[lang]
    if w.fmt == "docx":
        return [
            docx_file(
                f"{stem} - contribution.docx",
                lang,
                [*paras, *end],
                title=title,
                header=_full(w) if w.type != IND else None,
            )
        ]
    if w.fmt == "odt":
        return [odt_file(f"{stem}_contribution.odt", [*paras, *end])]
    return [
        pdf(
            f"{stem}_submission_2020.pdf",
            lang,
            [*paras, *end],
            title=title,
            header=_full(w) if w.type != IND else None,
        )
    ]


def compose(w: Who) -> Spec:
    lang, doclang = w.lang, w.doclang or w.lang
    flags = []
    if w.fmt == "body":
        opening = (BODY_OPEN_IND if w.type == IND else BODY_OPEN)[lang]
        text = "\n\n".join(_paragraphs(w, lang))
        parts = [opening, text]
        atts: list = []
    else:
        cover = _pick(COVER[lang], w, "cover").format(n=_full(w), dn=_article(_full(w), lang, True))
        parts = [cover]
        pub_in_doc = w.pub in ("cd", "rd")
        atts = _document(w, doclang, _pub_sentence(w, doclang) if pub_in_doc else "")
        if w.fmt == "odt":
            flags.append("format_not_accepted")
    if w.pub in ("c", "r", "a") or (w.fmt == "body" and w.pub):
        parts.append(_pub_sentence(w, lang))
    body = "\n\n".join([*parts, _signature(w, lang)]) + "\n"
    if w.disc:
        body += "\n--\n" + DISCLAIMER[lang] + "\n"
        flags.append("disclaimer")
    if w.pub == "a":
        flags.append("anonymous")
    conf = {"": "unspecified", "c": "publish", "cd": "publish", "a": "publish"}.get(
        w.pub, "confidential"
    )
    subject = _pick(SUBJECT[lang], w, "subject").format(n=w.name, a=w.acr or w.name)
    return Spec(
        slug=slug_of(w),
        frm=(w.person, w.addr),
        subject=subject,
        body=body,
        lang=lang,
        conf=conf,
        flags=flags,
        submitter=(w.type, w.name, w.country),
        names=_names(w),
        trap="ordinary submission",
        atts=atts,
        tz=w.tz,
    )


NV_OPEN = {
    "en": "The Permanent Mission of {of} to the United Nations Office and other international "
    "organizations in Geneva presents its compliments to the Office of the United Nations "
    "High Commissioner for Human Rights (Working Group on the use of mercenaries) and has the "
    "honour to refer to the Working Group's call for inputs on private military and security "
    "companies in immigration and border management. The Mission is pleased to transmit "
    "herewith the contribution of the Government of {of}.",
    "fr": "La Mission permanente {of} auprès de l'Office des Nations Unies à Genève présente "
    "ses compliments au Haut-Commissariat des Nations Unies aux droits de l'homme et, en "
    "réponse à l'appel à contributions du Groupe de travail sur l'utilisation de mercenaires, "
    "a l'honneur de lui faire parvenir ci-après les informations communiquées par les "
    "autorités compétentes.",
    "es": "La Misión Permanente {of} ante la Oficina de las Naciones Unidas en Ginebra saluda "
    "muy atentamente a la Oficina del Alto Comisionado para los Derechos Humanos y, en "
    "respuesta a la convocatoria del Grupo de Trabajo sobre la utilización de mercenarios, "
    "tiene el honor de transmitir la información proporcionada por las autoridades "
    "nacionales competentes.",
}
NV_CLOSE = {
    "en": "The Permanent Mission of {of} avails itself of this opportunity to renew to the "
    "Office of the High Commissioner the assurances of its highest consideration.",
    "fr": "La Mission permanente {of} saisit cette occasion pour renouveler au "
    "Haut-Commissariat les assurances de sa haute considération.",
    "es": "La Misión Permanente {of} aprovecha la ocasión para reiterar a la Oficina del Alto "
    "Comisionado las seguridades de su más alta consideración.",
}
NV_BODY = {
    "en": "Dear Sir or Madam,\n\nThe Permanent Mission of {of} presents its compliments and "
    "has the honour to transmit the attached note verbale, containing the reply of the "
    "Government to the call for inputs of the Working Group on the use of mercenaries.",
    "fr": "Madame, Monsieur,\n\nLa Mission permanente {of} a l'honneur de vous transmettre "
    "ci-joint une note verbale contenant la réponse de son Gouvernement à l'appel du Groupe de "
    "travail sur l'utilisation de mercenaires.",
    "es": "Estimados señores:\n\nLa Misión Permanente {of} tiene el honor de remitir adjunta "
    "una nota verbal con la respuesta del Gobierno a la convocatoria del Grupo de Trabajo "
    "sobre la utilización de mercenarios.",
}
NV_TITLE = {"en": "NOTE VERBALE", "fr": "NOTE VERBALE", "es": "NOTA VERBAL"}
MISSION = {
    "en": "Permanent Mission of {of}",
    "fr": "Mission permanente {of}",
    "es": "Misión Permanente {of}",
}
NV_SUBJECT = {
    "en": "Note verbale - {s} - reply to the call for inputs (WG on mercenaries)",
    "fr": "Note verbale - Mission permanente {of} - appel à contributions",
    "es": "Nota verbal - Misión Permanente {of} - convocatoria Grupo de Trabajo",
}
NV_PUB = {
    "en": "The Government has no objection to the publication of this reply.",
    "fr": "Le Gouvernement ne voit pas d'objection à la publication de la présente réponse.",
    "es": "El Gobierno no tiene objeción a que esta respuesta se publique.",
}
NV_REFUSE = {
    "en": "The Government requests that this reply not be published and be treated as "
    "confidential.",
    "fr": "Le Gouvernement demande que la présente réponse ne soit pas publiée et soit "
    "traitée de manière confidentielle.",
    "es": "El Gobierno solicita que esta respuesta no se publique y se trate como confidencial.",
}


NV_PUB2 = {
    "en": "The present reply may be made public.",
    "fr": "La présente réponse peut être rendue publique.",
    "es": "La presente respuesta puede hacerse pública.",
}
NV_REFUSE2 = {
    "en": "The Government kindly asks that this information be kept confidential.",
    "fr": "Le Gouvernement prie le Haut-Commissariat de garder ces informations confidentielles.",
    "es": "El Gobierno ruega que esta información se mantenga confidencial.",
}
LETTER = {
    "en": (
        "Government of {of}",
        "Dear Members of the Working Group,",
        "In reply to your call for inputs on the role of private military and security "
        "companies in immigration and border management, the Government of {of} is pleased "
        "to provide the following information, prepared with the ministries concerned.",
        "Yours sincerely,",
        "Director, Human Rights and Humanitarian Affairs",
        "Reply of the Government of {of} to the call for inputs",
        "Please find attached the reply of the Government of {of} to the call for inputs of "
        "the Working Group on the use of mercenaries. We remain at your disposal.",
    ),
    "fr": (
        "Gouvernement {of}",
        "Mesdames et Messieurs les membres du Groupe de travail,",
        "En réponse à votre appel à contributions sur le rôle des sociétés militaires et de "
        "sécurité privées dans la gestion de l'immigration et des frontières, le Gouvernement "
        "{of} a le plaisir de vous communiquer les informations suivantes.",
        "Veuillez agréer l'expression de notre haute considération.",
        "Directeur des droits de l'homme et des affaires humanitaires",
        "Réponse du Gouvernement {of} à l'appel à contributions",
        "Veuillez trouver ci-joint la réponse du Gouvernement {of} à l'appel du Groupe de "
        "travail sur l'utilisation de mercenaires. Nous restons à votre disposition.",
    ),
    "es": (
        "Gobierno {of}",
        "Estimados miembros del Grupo de Trabajo:",
        "En respuesta a su convocatoria sobre el papel de las empresas militares y de "
        "seguridad privadas en la gestión de la inmigración y las fronteras, el Gobierno {of} "
        "tiene el agrado de remitir la siguiente información.",
        "Atentamente,",
        "Director de Derechos Humanos y Asuntos Humanitarios",
        "Respuesta del Gobierno {of} a la convocatoria",
        "Adjuntamos la respuesta del Gobierno {of} a la convocatoria del Grupo de Trabajo "
        "sobre la utilización de mercenarios. Quedamos a su disposición.",
    ),
}


def letter(row: tuple, slug: str, paras: list[str], pub: str, conf: str) -> Spec:
    """A State's reply sent by a ministry as a signed letter, not a note verbale."""
    lang, short, iso, of, domain, docx = row
    head, dear, opening, close, signer, title, cover = LETTER[lang]
    of_en = of
    text = [dear, opening.format(of=of_en), *paras, *([pub] if pub else []), close, signer]
    header = head.format(of=of_en)
    stem = f"{iso}_reply_call_PMSC_borders"
    if docx:
        att = docx_file(f"{stem}.docx", lang, text, title=title.format(of=of_en), header=header)
    else:
        att = pdf(f"{stem}.pdf", lang, text, title=title.format(of=of_en), header=header)
    greeting = {"en": "Dear Secretariat,", "fr": "Madame, Monsieur,", "es": "Estimados señores:"}
    body = f"{greeting[lang]}\n\n{cover.format(of=of_en)}\n\n{signer}\n{header}\n"
    return Spec(
        slug=slug,
        frm=(head.format(of=of_en), f"humanrights@{domain}"),
        subject=title.format(of=of_en),
        body=body,
        lang=lang,
        conf=conf,
        submitter=(MS, short, iso),
        names=STATE_FORMAL.get(iso, (short,)),
        trap="ordinary submission",
        atts=[att],
        tz=1,
    )


def state(i: int, row: tuple) -> Spec:
    lang, short, iso, of, domain, docx = row
    of_en = of
    slug = f"ord-state-{lang}-{iso.lower()}"
    paras = take(STATE, lang, 3 + seed_of(slug) % 3, slug)
    pub = ""
    conf = "unspecified"
    frozen = half_of(slug) == "frozen"
    if i % 5 == 1:
        pub, conf = (NV_PUB2 if frozen else NV_PUB)[lang], "publish"
    elif i in (7, 20, 28):
        pub, conf = (NV_REFUSE2 if frozen else NV_REFUSE)[lang], "confidential"
    if i % 3 == 2:
        return letter(row, slug, paras, pub, conf)
    nv = [
        NV_OPEN[lang].format(of=of_en),
        *paras,
        *([pub] if pub else []),
        NV_CLOSE[lang].format(of=of_en),
        {
            "en": "Geneva, 10 March 2020",
            "fr": "Genève, le 10 mars 2020",
            "es": "Ginebra, 10 de marzo de 2020",
        }[lang],
    ]
    header = MISSION[lang].format(of=of_en)
    name = f"NV_{iso}_{'call_PMSC' if docx else 'WG_mercenaries'}"
    if docx:
        att = docx_file(f"{name}.docx", lang, nv, title=NV_TITLE[lang], header=header)
    else:
        att = pdf(f"{name}.pdf", lang, nv, title=NV_TITLE[lang], header=header)
    body = (
        NV_BODY[lang].format(of=of_en)
        + "\n\n"
        + _pick(CLOSE[lang], Who(slug, lang, MS, "", "", None, "", "", "", ""), "close")
        + "\n"
        + header
        + "\n"
    )
    mailbox = {"en": "mission.geneva", "fr": "mission.geneve", "es": "mision.ginebra"}[lang]
    return Spec(
        slug=slug,
        frm=(header, f"{mailbox}@{domain}"),
        subject=NV_SUBJECT[lang].format(s=short, of=of_en),
        body=body,
        lang=lang,
        conf=conf,
        submitter=(MS, short, iso),
        names=STATE_FORMAL.get(iso, (short,)),
        trap="ordinary submission",
        atts=[att],
        tz=1,
    )


def not_submissions() -> list[Spec]:
    ooo = [("Auto-Submitted", "auto-replied")]
    return [
        Spec(
            slug="ord-nots-en-thanks-no-input",
            frm=("Helen Ward", "hward@asylumlawforum.example"),
            subject="Re: " + CALL_SUBJECT,
            body=T("""
                Dear colleagues,

                Many thanks for sharing the call. Unfortunately our team is fully taken up
                with casework this month and we will not be able to prepare an input before
                the deadline. We look forward to reading the report and wish you every success
                with it.

                Best wishes,
                Helen Ward
                Asylum Law Forum
                """),
            lang="en",
            kind="not_submission",
            trap="thanks, no input",
        ),
        Spec(
            slug="ord-nots-en-webinar-invitation",
            frm=("Events Team", "events@migrationdialogue.example"),
            subject="Invitation: webinar on border technologies and human rights, 26 March",
            body=T("""
                Dear colleagues,

                The Migration Dialogue Platform is pleased to invite members of the Working
                Group and the secretariat to an online discussion on border technologies and
                human rights, on Thursday 26 March 2020 from 14:00 to 15:30 CET. Speakers
                include researchers, practitioners and a representative of a surveillance
                company. Registration is free on our website.

                With best regards,
                Events Team, Migration Dialogue Platform
                """),
            lang="en",
            kind="not_submission",
            trap="invitation to an event",
        ),
        Spec(
            slug="ord-nots-en-journalist",
            frm=("Tom Becker", "tom.becker@dailyledger.example"),
            subject="Media enquiry: report on private security at borders",
            body=T("""
                Hello,

                I am a reporter with the Daily Ledger, working on a story about private
                contractors in immigration detention. Could you tell me when the Working
                Group expects to present its report to the Human Rights Council, and whether
                a member of the Working Group would be available for a short interview next
                week?

                Many thanks,
                Tom Becker
                """),
            lang="en",
            kind="not_submission",
            tz=-5,
            trap="media question",
        ),
        Spec(
            slug="ord-nots-en-newsletter",
            frm=("Border Rights Digest", "newsletter@borderrightsdigest.example"),
            subject="Border Rights Digest - February 2020",
            body=T("""
                BORDER RIGHTS DIGEST - FEBRUARY 2020

                In this issue: a new report on deaths at sea in the central Mediterranean; a
                court ruling on detention conditions in privately run centres; three job
                openings in our partner organisations; and upcoming events in Brussels and
                Geneva.

                You receive this newsletter because you subscribed on our website. To
                unsubscribe, reply with the word STOP.
                """),
            lang="en",
            kind="not_submission",
            headers=[("List-Unsubscribe", "<mailto:newsletter@borderrightsdigest.example>")],
            trap="newsletter",
        ),
        Spec(
            slug="ord-nots-en-ooo",
            frm=("Jonathan Price", "j.price@refugeecouncil.example"),
            subject="Automatic reply: " + CALL_SUBJECT,
            body=T("""
                Thank you for your email. I am out of the office until 9 March with limited
                access to email. For urgent matters please contact my colleague Ama Boateng at
                a.boateng@refugeecouncil.example.
                """),
            lang="en",
            kind="auto_reply",
            headers=ooo,
            trap="out-of-office",
        ),
        Spec(
            slug="ord-nots-fr-absence",
            frm=("Delphine Morel", "delphine.morel@droits-etrangers.example"),
            subject="Réponse automatique : " + CALL_SUBJECT,
            body=T("""
                Bonjour, je suis absente du bureau jusqu'au lundi 2 mars et n'aurai qu'un
                accès limité à ma messagerie. En cas d'urgence, merci de contacter le
                secrétariat de l'association à l'adresse habituelle.
                """),
            lang="fr",
            kind="auto_reply",
            tz=1,
            headers=ooo,
            trap="out-of-office",
        ),
        Spec(
            slug="ord-nots-es-ausencia",
            frm=("Ricardo Soto", "rsoto@derechoshumanos-norte.example"),
            subject="Respuesta automática: " + CALL_SUBJECT,
            body=T("""
                Gracias por su mensaje. Me encuentro fuera de la oficina hasta el 16 de marzo
                con acceso limitado al correo electrónico. Para asuntos urgentes, por favor
                escriba a la coordinación general de la organización.
                """),
            lang="es",
            kind="auto_reply",
            tz=-6,
            headers=ooo,
            trap="out-of-office",
        ),
        Spec(
            slug="ord-nots-fr-merci-accuse",
            frm=("Bénédicte Roussel", "b.roussel@cimade-nord.example"),
            subject="Re: accusé de réception",
            body=T("""
                Bonjour,

                Merci beaucoup pour votre accusé de réception. Nous restons à votre
                disposition si le Groupe de travail souhaite des précisions ou des exemples
                supplémentaires, et nous serons heureux de relayer le rapport une fois publié.

                Bien cordialement,
                Bénédicte Roussel
                """),
            lang="fr",
            kind="not_submission",
            tz=1,
            trap="thanks for the acknowledgement",
        ),
        Spec(
            slug="ord-nots-fr-lettre-info",
            frm=("Lettre d'information", "lettre@observatoire-migrations.example"),
            subject="La lettre de l'Observatoire des migrations - mars 2020",
            body=T("""
                LA LETTRE DE L'OBSERVATOIRE - MARS 2020

                Au sommaire : la publication de notre rapport annuel sur les lieux
                d'enfermement, un entretien avec une avocate spécialisée en droit des
                étrangers, et l'agenda des rencontres du printemps à Paris et à Lyon.

                Pour ne plus recevoir cette lettre, cliquez sur le lien de désinscription.
                """),
            lang="fr",
            kind="not_submission",
            tz=1,
            headers=[("List-Unsubscribe", "<mailto:lettre@observatoire-migrations.example>")],
            trap="newsletter",
        ),
        Spec(
            slug="ord-nots-es-periodista",
            frm=("Daniela Fuentes", "dfuentes@diariofrontera.example"),
            subject="Consulta de prensa sobre el informe del Grupo de Trabajo",
            body=T("""
                Buenas tardes:

                Soy periodista del Diario Frontera y preparo un reportaje sobre empresas de
                seguridad privada en las estaciones migratorias. Quisiera saber cuándo se
                publicará el informe del Grupo de Trabajo y si sería posible conversar con
                alguno de sus miembros.

                Muchas gracias,
                Daniela Fuentes
                """),
            lang="es",
            kind="not_submission",
            tz=-6,
            trap="media question",
        ),
        Spec(
            slug="ord-nots-es-gracias",
            frm=("Mauricio León", "mleon@redpacifico.example"),
            subject="Agradecimiento por la invitación",
            body=T("""
                Estimada Secretaría:

                Agradecemos mucho la invitación a participar en la convocatoria. Por razones
                de calendario no podremos enviar un aporte esta vez, pero seguiremos con
                interés el trabajo del Grupo y difundiremos el informe entre nuestras redes.

                Atentamente,
                Mauricio León
                """),
            lang="es",
            kind="not_submission",
            tz=-5,
            trap="thanks, no input",
        ),
    ]


def catalogue_ordinary() -> list[tuple[int, Spec]]:
    senders = [
        *NGO_EN,
        *NGO_FR,
        *NGO_ES,
        *ACADEMICS,
        *NHRIS,
        *IGOS,
        *COMPANIES,
        *INDIVIDUALS,
        *OTHERS,
    ]
    specs = [compose(w) for w in senders]
    specs += [state(i, row) for i, row in enumerate(STATES)]
    specs += not_submissions()
    return [(4, spec) for spec in specs]
