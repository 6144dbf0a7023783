"""The words that tell a submitter of type `other`: an elected member or a parliament, a
trade union, a faith congregation, a local authority, a students' body, a bar or a
profession's own body (its college, order or association), by its name or by what the
message says it is."""

from __future__ import annotations

import re

_I = re.IGNORECASE

# A profession's own body: a bar, a law society, a profession's college or order, an
# association of practitioners of one profession.
_PROFESSION = (
    r"(?:"
    r"\bbar (?:association|council)\b|\blaw society\b|"
    r"\b(?:lawyers|advocates|avocats|abogad[oa]s)['’]? council\b|\bconsejo (?:general )?de la "
    r"abogac|\bconseil (?:national )?de l['’]ordre des avocats|\bbarreau\b|\bordre des (?:avocats|"
    r"médecins|infirmi|psycholog|pharmaciens|architectes)|\b(?:ilustre )?colegio (?:oficial )?"
    r"de (?:(?:la )?abogac|abogad|médic|medic|psicólog|psicolog|enfermer|trabajo social|"
    r"trabajador[ae]s sociales|periodistas|notari)|\b(?:medical|nursing|dental|psychological|"
    r"psychiatric) association\b|\bassociation of (?:[\w-]+\s+){0,5}(?:practitioners|"
    r"psychologists|psychiatrists|physicians|social workers)\b|\bprofessional (?:body|"
    r"order|college)\b|\bordre professionnel|\b(?:colegio|orden) profesional"
    r")"
)
PROFESSION = re.compile(_PROFESSION, _I)
# Submitters of type `other`: elected members and parliaments, trade unions, faith
# congregations, local authorities, student societies, bars and professional bodies.
OTHER = re.compile(
    r"(\bmember of (the )?(european )?parliament\b|\bparliamentarian|\bMP\b|\bsenator\b|"
    r"\bsenador[a]?\b|\bdiputad[oa]\b|\bdéputée?\b|\bsénat(eur|rice)\b|\bcongress(wo)?man\b|\bcongresista\b|"
    r"\bparliamentary (group|committee|caucus|forum|network|front|alliance|assembly|coalition|"
    r"commission)\b|\bcaucus\b|\b(?:groupe|réseau|forum|alliance|front|intergroupe) parlementaire|"
    r"\b(?:grupo|frente|foro|red|alianza|bancada|comisi[oó]n) parlamentari[oa]|\bbancada\b|"
    r"\btrade union|\blabou?r union|\bunion of [\w\s'’-]{0,40}workers|workers'? union|"
    r"\b(fishers|fishermen|miners|teachers|drivers|nurses|dockers|farmworkers|employees)['’]? "
    r"union\b|"
    r"\bsyndica|\bsindica|"
    # teachers' own federation, as their unions call themselves: "Fédération nationale des
    # enseignants du …", "Federación de Maestros …", "Federation of Teachers of …"
    r"\b(?:con)?f[ée]d[ée]rations? (?:nationale |générale )?des (?:enseignant|instituteur|"
    r"professeur)|\b(?:con)?federaci[oó]n (?:nacional |general )?de (?:maestr|docentes|"
    r"profesor|educador|trabajadores de la educaci)|\b(?:con)?federations? of (?:[\w-]+\s+)?"
    r"(?:teachers|educators)\b|\bteachers['’]? (?:federation|confederation)\b|"
    r"confederation of (trade|labou?r)|confédération (générale )?du travail|"
    r"central (única|unitaria) de trabajadores|"
    r"\bcongregation\b|\bcongrégation\b|\bcongregaci[oó]n\b|\bsisters of\b|\bsœurs de\b|"
    r"\bsoeurs de\b|\bhermanas de\b|\bbrothers of\b|\bfrères de\b|\bdioce|\bdiocè|\bdióces|"
    r"\barchdioce|\bparish\b|\bparoisse\b|\bparroquia\b|religious (order|institute)|"
    r"\bstudents?(?:['’]|\b)[\w\s]{0,30}\b(society|association|union|club|council|federation)\b|"
    r"association (des |d['’])?étudiant|asociaci[oó]n (de )?estudiantes|\bcentro de estudiantes|"
    r"\bfédération (des )?étudiant|\bfederaci[oó]n (de )?estudiantes|"
    r"\b(federaci[oó]n|centro|uni[oó]n) estudiantil|\bstudent union|\bunion étudiante|"
    r"\bsyndicat étudiant|"
    r"\bmosques?\b|\bmosquée|\bmezquita|\bsynagogue|\bsinagoga|\bgurdwara|"
    r"\bislamic (?:centre|center|cultural cent(?:re|er))\b|\bcentre islamique|"
    r"\bcentro isl[aá]mico|"
    # a conference of religious orders: "Conferencia Española de Religiosos"
    r"\bconferen(?:ce|cia)\b[\w\s]{0,20}\b(?:of|de|des) (?:(?:women|major) )?"
    r"religio(?:us|sos|sas)\b|"
    r"\bconférence des religieu|\bglobal union federation|\bfédération syndicale|"
    r"\bfederaci[oó]n sindical|"
    r"\b(borough|county|district|town|parish|regional|municipal) council\b|\blocal authorit|"
    r"\bconseil (régional|départemental)|\bdiputaci[oó]n provincial|\bintendencia\b|"
    r"\bayuntamiento\b|\bmunicipalidad\b|\bmunicipio\b|\balcald[ií]a\b|\bmunicipality\b|"
    r"\bcity council\b|\bcity of\b|\bmairie\b|\bcommune de\b|\bville de\b|\bconseil municipal|"
    r"\bregional (government|council)|\bconseil (régional|départemental)|\bgobierno regional|"
    r"\bparliament\b|\bparlement\b|\bparlamento\b|\bcongreso\b|"
    # more of the same kinds: a workers' confederation, a town's own office, students' bodies
    r"\bgewerkschaft|\b(?:con)?federaci[oó]n (?:general |nacional )?de(?:l)? trabajador|"
    r"\b(?:con)?fédération (?:générale |nationale )?des travailleu|\barquidióces|\barchidiocè|"
    r"\bcentral (?:general )?de trabajador|\bworkers['’]? (?:federation|confederation)\b|"
    r"\bgobierno (?:municipal|local)\b|\bconcejo municipal\b|\bcabildo\b|\bmunicipalité\b|"
    r"\bmunicipal government\b|\b(?:office of the|mayor['’]s) (?:mayor|office)\b|\bcity hall\b|"
    r"\bhôtel de ville\b|\bcomune di\b|\bgemeente\b|"
    # a city's own corporation, a network of cities or of mayors, a church's synod
    r"\b(?:city|municipal|metropolitan) corporation\b|"
    r"\b(?:network|alliance|coalition|league|union|r[ée]seau|red|rede) (?:of|de|des|d[eo]) "
    r"(?:(?!(?:en|in|de|of|for|para)\b)[\w-]+\s+)?(?:cities|villes|ciudades|cidades|"
    r"municipalit\w+|municipios)\b|"
    r"\bsynod\b|\bsynode\b|\bs[ií]nodo\b|"
    r"\b(?:consejo|gremio|centro|federaci[oó]n) (?:de )?estudiant|\bbureau des étudiants|"
    # a people's own authority: "Tribal Council of Elders", "Consejo de Ancianos", "Autorité
    # coutumière", "Gobierno Territorial Autónomo …"; a political party
    r"\btribal council\b|\bcouncil of elders\b|\bconsejo de (?:ancianos|mayores)\b|"
    r"\bconseil des (?:anciens|sages)\b|\btraditional (?:authority|council)\b|"
    r"\bhereditary chiefs\b|\bautoridad(?:es)? (?:tradicional|ancestral)|"
    r"\bautorit[ée]s? (?:coutumi[eè]re|traditionnelle)|\bchefferie\b|"
    r"\bgobierno (?:territorial|aut[oó]nomo|comunal)(?: aut[oó]nomo)? (?:ind[ií]gena|originario|"
    r"de la naci[oó]n)|\bpolitical party\b|\bparti(?:do)? pol[ií]tic|"
    r"(?<!working )(?<!third )(?<!tea )\bparty\b(?! (?:of the|to the) (?:convention|covenant))|"
    r"^(?:le |el )?parti(?:do)? (?!pris)[A-ZÀ-Ýa-zà-ÿ]|"
    rf"{_PROFESSION}|"
    r"\bassociation générale des étudiants)",
    _I,
)

# A union of journalists or of press and media workers: a voice of press freedom, counted
# with civil society as the mandates on expression list it, not with the trade unions of
# type `other` ("Syndicat des journalistes …", "Sindicato de Trabajadores de Prensa",
# "Union of Broadcast and Print Journalists").
PRESS_UNION = re.compile(
    r"\b(?:syndicats?|sindicatos?|unions?|uni[oó]n|federations?|fédération|federaci[oó]n)\b"
    r"[\w\s'’-]{0,40}?\b(?:journalist\w*|periodist\w*|reporters?|press|presse|prensa|"
    r"media|médias?|medios|broadcast\w*|newspaper\w*)\b",
    _I,
)

# What a sender says it is, read as a union's, a congregation's or a profession's body: "a
# union of migrant caretakers", "un sindicato de …", "a professional body of 900 …".
SAID_OTHER = re.compile(
    r"^(?:[\w-]+\s+){0,2}?(?:unions?|syndicats?|sindicatos?|congregations?|congrégations?|"
    r"congregaci[oó]n(?:es)?|professional bod(?:y|ies))\b",
    _I,
)

# A faith body by its name ("Interfaith Climate Covenant", "Council of Churches"), or one
# that speaks for its places of worship or congregations: a body of faith communities.
FAITH_BODY = re.compile(
    r"\binter-?faith\b|\binter-?religio|\binterconfessionn|\binterreligios|"
    r"\bcouncil of churches\b|\bconseil (?:œcuménique )?des églises\b|\bconsejo de iglesias\b",
    _I,
)
FOR_CONGREGATIONS = re.compile(
    r"\b(?:on behalf of|for|au nom de|en nombre de)\s+(?:its|our|ses|nos|sus|nuestras?)\s+"
    r"(?:\d+\s+)?(?:member\s+)?(?:churches|mosques|synagogues|temples|parishes|congregations|"
    r"églises|mosquées|paroisses|iglesias|mezquitas|parroquias|congregaciones)\b",
    _I,
)
# A foundation that funds others' work, as the message says right after its name ("…, qui
# finance des projets", "…, which supports grassroots groups", "…, que financia …"): a
# donor, of type `other`, not the civil society it funds.
GRANT_MAKER = re.compile(
    r"^(?:\s*\([^()]{1,20}\))?,\s+(?:qui|which|that|que|a foundation that|une fondation qui|"
    r"una fundaci[oó]n que)\s+(?:(?:finance|funds|financia|subvenciona|grants)\b|"
    r"(?:soutient|supports|apoya|accompagne)\s+(?:(?:des|les|the|local|grassroots|las|los|"
    r"[\w-]+)\s+){0,2}(?:associations|organi[sz]ations|organizaciones|projets|projects|proyectos|"
    r"groups|groupes|grupos|partners|partenaires|socios|collectifs|initiatives|iniciativas)\b)",
    _I,
)
