"""The words that tell a company and business at large: a company's legal form, employers'
and trade associations, an organization that says it is one of companies, a law firm, a
sender saying it is a company; and an advocate's words, which tell a watchdog of business
from business itself."""

from __future__ import annotations

import re

_I = re.IGNORECASE

COMPANY = re.compile(
    r"((?<!\()\b(inc|ltd|limited|llc|llp|plc|corp|corporation|gmbh|ag|sarl|sas|s\.a\.s|s\.a|"
    r"s\.a\. de c\.v|s\. de r\.l|s\.r\.l|s\.l|b\.v|n\.v|pty|co|ltda|s\.p\.a|spa|s\.a\.c|"
    r"s\.a\.b|pte|bhd|oyj|kgaa|tbk|holdings?)\b\.?(?![\w-])|(?-i:\b(?:SA|PT)\b)(?![\w-])|"
    r"\bcapital social\b|\bRCS [A-Z0-9]|registre du commerce|registro mercantil|"
    r"\bour company\b|notre (société|entreprise)|nuestra (empresa|compañía)|"
    r"\bsecurity (services|solutions|group)\b|\bsystems\b)",
    _I,
)


# Companies and their associations: employers, chambers, an industry's association.
BUSINESS = re.compile(
    r"(chamber of commerce|chambre de commerce|c[aá]mara (nacional |de comercio|de la )|"
    r"\bbusiness\b(?! (and|&) human rights)|\bemployers'?\b|\bemployeurs\b|\bempleadores\b|"
    r"\bempregadores\b|\bpatronal(?:es?)?\b|\bpatronat\b|"
    r"\bindustry\b|"
    r"\bindustries\b|\bindustria\b|"
    r"association of [\w\s]{0,40}(providers|companies|contractors|employers|firms|"
    r"operators|manufacturers)|(providers|companies|contractors|employers|firms) "
    r"association|\bempresas\b|\bentreprises\b|\bcompanies\b|\bempresarial|\bcorporate\b|"
    # an association of a trade's people: "Coffee Exporters Association", "Fédération des
    # producteurs …", "Asociación de Exportadores de Café"
    r"\b(?:exporters|importers|manufacturers|traders|retailers|merchants|shipowners|"
    r"industrialists|exportadores|importadores|fabricantes|empresarios|comerciantes|"
    r"industriales|exportateurs|importateurs|fabricants|industriels|commerçants|armateurs|"
    r"producteurs|productores|producers|growers|insurers|reinsurers|aseguradoras|assureurs|"
    r"mutuelles|publishers|broadcasters|radiodiffuseurs|télédiffuseurs|éditeurs de (?:presse|"
    r"journaux)|editores de (?:diarios|peri[oó]dicos|prensa|revistas)|newspaper owners)\b|"
    # private recruiters: "Federation of … Recruitment Agencies", "agencias de colocación"
    r"\b(?:recruitment|staffing|placement|manning) agenc(?:y|ies)\b|\bagences? (?:de "
    r"recrutement|de placement|d['’]intérim)|\bagencias? de (?:reclutamiento|colocaci[oó]n)|"
    # the owners of private schools or clinics together: "Association of Private Schools",
    # "Fédération des écoles privées laïques", "Asociación de Colegios Privados"
    r"\b(?:associations?|federations?|unions?|councils?|alliance|consortium|chamber) of "
    r"(?:[\w-]+\s+){0,2}?private (?:schools|hospitals|clinics|universities|colleges|"
    r"providers|operators|(?:educational|health) (?:institutions|facilities))\b|"
    r"\bprivate (?:schools?|hospitals?|clinics?|universities) (?:association|federation)\b|"
    r"\b(?:association|fédération|union|conseil)s? (?:nationale? )?des (?:écoles|"
    r"établissements|cliniques|universités) (?:[\w-]+ ){0,2}?privé(?:e)?s\b|"
    r"\b(?:asociaci[oó]n|federaci[oó]n|c[aá]mara|uni[oó]n|consejo) (?:nacional )?de (?:colegios|"
    r"escuelas|instituciones educativas|centros educativos|universidades|cl[ií]nicas) "
    r"(?:[\w-]+ ){0,2}?privad[oa]s\b)",
    _I,
)


# An organization that says it is one of companies: "…, the trade association of green-coffee
# importers", "an association of 30 technology companies", "el gremio de …".
BUSINESS_SELF = re.compile(
    r"(\b(trade|industry|business|employers'?) (association|federation|body)\b|"
    r"\b(association|federation|alliance|coalition|organi[sz]ation|network|forum) of "
    r"[\w\s-]{0,40}?(companies|firms|importers|exporters|producers|manufacturers|employers|"
    r"businesses|operators|enterprises|retailers|brands|corporations)\b|"
    r"\bassociation (professionnelle|patronale)|organisation patronale|\bpatronat\b|"
    r"\bgremio (empresarial|de empresas|que (agrupa|reúne|representa))|"
    r"\b(un|el) gremio\b|asociaci[oó]n (gremial|empresarial)|"
    r"organizaci[oó]n empresarial|"
    r"^\s*(?:,|is\b)?\s*(?:an?\s+)?(?:(?!(?:that|which|who|ngo|network|organi[sz]ation|"
    r"association|coalition|group|watchdog|monitor\w*|track\w*|against)\b)[\w-]+\s+){0,2}?"
    r"(?:company|firm|contractor)\b(?![\w-])|"
    r"^\s*(?:,|est\b|es\b)?\s*(?:une\s+|una\s+)?(?:entreprise|société|empresa|compañía|"
    r"prestataire|contratista)\b(?![\w-]|\s+civil)|"
    r"\b(regroupe|représente|rassemble|agrupa|reúne|representa|brings together|represents|"
    r"unites)\s+[\w\s-]{0,40}?\b(entreprises|empresas|companies|firms|employers|employeurs|"
    r"empleadores)\b)",
    _I,
)


# A law firm is a company: "Cabinet Ndiaye & Associés", "Estudio Jurídico …", "… LLP".
LAW_FIRM = re.compile(
    r"(^cabinet\b|\bbufete\b|\bestudio jur[ií]dico\b|\blaw (firm|offices?)\b|"
    r"\battorneys at law\b|\bsoci[eé]t[eé] d'avocats\b|\bfirma de abogados\b|"
    r"& (associ[eé]s|asociados|associates|partners|abogados|avocats)\b|"
    r"\bavocats associ[ée]s\b|\babogados asociados\b)",
    _I,
)


# A sender saying it is a company: "We are a recruitment agency", "Nous sommes une
# entreprise de …", "nuestra empresa".
WE_COMPANY = re.compile(
    r"(\bwe are an? (?:[\w-]+ ){0,3}(?:company|firm|agency|business|consultancy|corporation|"
    r"manufacturer|contractor)\b(?! (?:and|&) human rights)|\bour company\b|"
    r"notre (?:société|entreprise)\b|"
    r"nous sommes une (?:[\w-]+ ){0,2}(?:entreprise|société)\b|"
    r"somos una (?:[\w-]+ ){0,2}(?:empresa|compañía)\b|nuestra (?:empresa|compañía)\b)",
    _I,
)


# Words of an advocate, not of a trade: "Observatorio de Empresas y Derechos Humanos".
# People of a trade named with who they are ("South Asian Women Traders Network",
# "Asociación de Mujeres Productoras"): their organization, not their companies'.
ADVOCACY = re.compile(
    r"(\brights\b|\bderechos\b|\bdroits\b|\bwatch\b|\bobservator\w*|\bmonitor\w*|\bjustice\b|"
    r"\bjusticia\b|\bwomen\b|"
    r"\bmujeres\b|\bfemmes\b|\bmulheres\b|\binformal\b|\bmigrant|\bindigenous\b|"
    r"\bind[ií]genas?\b|\bautochtones?\b|\bpeasant|\bcampesin|\bpaysan|\bsmall-scale\b)",
    _I,
)
