"""Who sent a submission: a suggested type, name and country, each with its reasons, for
an officer to confirm. A State writes through its mission and says so; an organization
signs with its name; a mail domain tells a ministry, a university or a UN entity apart.
Free-mail senders are judged on what they write alone."""

from __future__ import annotations

import csv
import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from wgsubmit.detect.resubmission import is_free_mail
from wgsubmit.records import Submitter

# --- the data: States, UN entities and other organizations, NHRIs ---


@dataclass(frozen=True)
class State:
    iso3: str
    name: str  # UN English short name
    observer: bool


@dataclass(frozen=True)
class Organization:
    name: str
    type: str  # international_org or nhri
    country: str | None
    names: tuple[str, ...]
    domains: tuple[str, ...]
    by_name: bool = True


@cache
def _state_rows() -> tuple[dict[str, str], ...]:
    text = resources.files("wgsubmit.data").joinpath("states.tsv").read_text("utf-8")
    lines = (line for line in text.splitlines() if not line.startswith("#"))
    return tuple(csv.DictReader(lines, delimiter="\t"))


@cache
def states() -> dict[str, State]:
    return {
        r["iso3"]: State(r["iso3"], r["name"], r["status"] == "observer") for r in _state_rows()
    }


@cache
def _country_names() -> dict[str, str]:
    """Every name a State goes by, in English, French and Spanish (CLDR through Babel),
    folded to lower case, with its ISO code."""
    import pycountry
    from babel import Locale

    locales = [Locale(code) for code in ("en", "fr", "es")]
    names: dict[str, str] = {}
    for row in _state_rows():
        iso3 = row["iso3"]
        found = [row["name"], *_also(row)]
        country = pycountry.countries.get(alpha_3=iso3)
        if country is not None:
            found += [
                getattr(country, attr)
                for attr in ("name", "common_name", "official_name")
                if hasattr(country, attr)
            ]
            found += [
                locale.territories[country.alpha_2]
                for locale in locales
                if country.alpha_2 in locale.territories
            ]
        for name in found:
            names.setdefault(name.casefold(), iso3)
            if "," in name:  # "Bolivia, Plurinational State of"
                names.setdefault(name.split(",")[0].casefold(), iso3)
    return names


def _also(row: dict[str, str]) -> list[str]:
    return [name for name in (row["also"] or "").split("|") if name]


@cache
def _acronyms() -> frozenset[str]:
    """Short forms written in capitals ("UK", "DRC"): they count only as written."""
    return frozenset(n.casefold() for row in _state_rows() for n in _also(row) if n.isupper())


@cache
def _country_pattern() -> re.Pattern[str]:
    names = sorted(_country_names(), key=len, reverse=True)
    return re.compile(
        r"(?<!\w)(" + "|".join(re.escape(n) for n in names) + r")(?![\w'’])", re.IGNORECASE
    )


def find_country(text: str) -> str | None:
    """The first State named in a text (a capitalised name; an acronym as written)."""
    for match in _country_pattern().finditer(text):
        word = match.group(0)
        if not word[0].isupper():
            continue
        if word.casefold() in _acronyms() and not word.isupper():  # "Uk" is not the UK
            continue
        return _country_names()[word.casefold()]
    return None


def country_of_domain(domain: str) -> str | None:
    """The country of a national mail domain: `mfa.gr`, `cancilleria.gov.co`."""
    import pycountry

    tld = domain.rsplit(".", 1)[-1].upper()
    if len(tld) != 2:
        return None
    country = pycountry.countries.get(alpha_2={"UK": "GB"}.get(tld, tld))
    return country.alpha_3 if country and country.alpha_3 in states() else None


@cache
def organizations() -> tuple[Organization, ...]:
    data = tomllib.loads(
        resources.files("wgsubmit.data").joinpath("organizations.toml").read_text("utf-8")
    )
    return tuple(
        Organization(
            entry["name"],
            kind,
            entry.get("country"),
            tuple(entry.get("names", ())),
            tuple(entry.get("domains", ())),
            entry.get("by_name", True),
        )
        for key, kind in (("international", "international_org"), ("nhri", "nhri"))
        for entry in data.get(key, [])
    )


def _known_by_domain(domain: str) -> Organization | None:
    """The listed organization whose domain this is (the most specific one wins)."""
    best: Organization | None = None
    best_length = 0
    for org in organizations():
        for known in org.domains:
            if (domain == known or domain.endswith("." + known)) and len(known) > best_length:
                best, best_length = org, len(known)
    return best


def _known_by_name(text: str) -> tuple[Organization, str] | None:
    """The listed organization a text names; the longest name found wins ("CIDH" over the
    "OEA" it belongs to)."""
    best: tuple[Organization, str] | None = None
    for org in organizations():
        if not org.by_name:  # the call's own office: every message names it
            continue
        for name in (org.name, *org.names):
            if best is not None and len(name) <= len(best[1]):
                continue
            if len(name) <= 6:  # an acronym counts only as written
                found = re.search(rf"(?<![\w/]){re.escape(name)}(?![\w/])", text)
            else:
                found = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE)
            if found:
                best = (org, name)
    return best


# --- the words that tell a type ---

_I = re.IGNORECASE
# A State's voice: its mission, embassy, government or foreign ministry.
_STATE_BODY = re.compile(
    r"(permanent (observer )?mission|mission permanente|représentation permanente|"
    r"délégation permanente|misi[oó]n permanente|representaci[oó]n permanente|"
    r"missão permanente|rappresentanza permanente|\bembassy\b|\bambassade\b|\bembajada\b|"
    r"\bmission\b|\bmisi[oó]n\b|\bmissão\b|ministry of foreign affairs|"
    r"ministère des affaires étrangères|ministerio de (relaciones|asuntos) exteriores|"
    r"\bcanciller[ií]a\b|\bgovernment of\b|\bgouvernement (du|de|des)\b|\bgobierno de\b)",
    _I,
)
_NOTE_VERBALE = re.compile(
    r"(presents its compliments|présente ses compliments|saluda atentamente|"
    r"apresenta os seus cumprimentos|has the honou?r to|a l'honneur de|tiene el honor de|"
    r"\bnote verbale\b|\bnota verbal\b|avails itself of this opportunity|"
    r"saisit cette occasion|aprovecha la oportunidad)",
    _I,
)
# A foreign ministry's or a government's mail domain.
_GOVERNMENT_DOMAIN = re.compile(
    r"(^|\.)(gov|gob|gouv|govt|gv|go|gub|mfa|mofa|mae|maec|mrecic|mre|mire|rree|mrree|sre|"
    r"minrel|cancilleria|diplomatie|fco|fcdo|dfa|dfat|eda|itamaraty|esteri|"
    r"auswaertiges-amt|diplo|minbuza|mzv|mid|mea|exteriores|international\.gc)\.",
    _I,
)
_MUNICIPAL = re.compile(
    r"(ayuntamiento|municipalidad|municipio|alcald[ií]a|municipal|municipality|city council|"
    r"city of|mairie|commune de|ville de|parliament|parlement|parlamento|congreso)",
    _I,
)
_NHRI = re.compile(
    r"(human rights commission|commission (on|for) human rights|national (human rights )?"
    r"(commission|council|institution|institute|centre|center) (on|for) human rights|"
    r"institute for human rights|(?<!high )commissioner for human rights|"
    r"human rights commissioner|"
    r"ombuds(man|person|office)|public defender|people'?s advocate|"
    r"defensor[ií]a del pueblo|defensor del pueblo|defensor[ií]a de los habitantes|"
    r"procuradur[ií]a (para la defensa )?de (los )?derechos humanos|"
    r"procurador de (los )?derechos humanos|comisi[oó]n nacional de (los )?derechos humanos|"
    r"comisionado nacional de (los )?derechos humanos|"
    r"instituci[oó]n nacional de derechos humanos|instituto nacional de derechos humanos|"
    r"commission nationale (consultative )?des droits (de l'homme|humains|de la personne)|"
    r"conseil national des droits (de l'homme|humains)|commission des droits de la personne|"
    r"commission canadienne des droits|institution nationale des droits|"
    r"défenseur des droits|protecteur du citoyen|\bmédiateur de la république\b|"
    r"national human rights institution|\bnhri\b)",
    _I,
)
_ACADEMIC = re.compile(
    r"(universit[yéàä]|universidad|universidade|universiteit|\bcollege\b|law school|"
    r"school of law|faculty of|faculté|facultad|\bacademy\b|académie|academia\b|"
    r"research (centre|center|group|institute|unit|chair)|centre de recherche|"
    r"centro de investigaci[oó]n|grupo de investigaci[oó]n|instituto de investigaci|"
    r"laboratoire|\bchaire\b|cátedra|legal clinic|law clinic|rights clinic|"
    r"clínica jurídica|clinique juridique|\bseminario\b|institute of .{0,40}studies|"
    r"graduate institute|global studies institute)",
    _I,
)
_ACADEMIC_DOMAIN = re.compile(
    r"(\.edu(\.[a-z]{2})?$|\.ac\.[a-z]{2}$|(^|[.-])univ|(^|\.)uni[a-z-]*\.)"
)
_ACADEMIC_PERSON = re.compile(
    r"(\bprof(essor|esseur|esora?)?\b\.?|\bpr\.|\bph\.?d\b|lecturer|"
    r"researcher|chercheu[rs]|investigador|maître de conférences|catedrátic)",
    _I,
)
_COMPANY = re.compile(
    r"(\b(inc|ltd|limited|llc|llp|plc|corp|corporation|gmbh|ag|sarl|sas|s\.a\.s|s\.a|"
    r"s\.a\. de c\.v|s\. de r\.l|s\.r\.l|s\.l|b\.v|n\.v|pty|co)\b\.?(?!\w)|"
    r"\bour company\b|notre (société|entreprise)|nuestra (empresa|compañía)|"
    r"\bsecurity (services|solutions|group)\b|\bsystems\b)",
    _I,
)
_CIVIL_SOCIETY = re.compile(
    r"(associa|asocia|network|\bred\b|réseau|coalition|coalici|collecti|colectiv|alliance|"
    r"alianza|\bforum\b|\bforo\b|foundation|fundaci|fondation|project|projet|proyecto|"
    r"initiative|iniciativa|\bwatch\b|observator|centre|center|centro|ligue|league|movement|"
    r"movimiento|mouvement|\bong\b|\bngo\b|non-governmental|non gouvernement|"
    r"no gubernamental|platform|plataforma|plateforme|committee|comité|pastoral|\btrust\b|"
    r"\baction\b|clínica|clinic|\bsociety\b|société civile|sociedad civil|defenders|"
    r"defensoras|ministries|caritas|amnesty|secours|solidari|programa|programme|collective|"
    r"\blab\b|monitor|\bunit\b)",
    _I,
)
_PERSONAL = re.compile(
    r"(personal capacity|in my own name|à titre personnel|en mon nom|a título personal|"
    r"en mi nombre|as an individual|my (own )?(experience|testimony|submission|input)|"
    r"mon témoignage|mi testimonio|mi aporte|ma contribution)",
    _I,
)
_JOINT = re.compile(
    r"(joint submission|joint contribution|contribution conjointe|soumission conjointe|"
    r"contribuci[oó]n conjunta|aporte conjunto|co-?signed by|cosigned by|co-signatories|"
    r"signataires|firmantes|suscrita por|con la adhesi[oó]n de|endorsed by|avec le soutien de)",
    _I,
)
_SIGN_OFF = re.compile(
    r"^\s*(best|kind|warm)?\s*(regards|wishes)|^\s*(sincerely|yours|respectfully|thank you|"
    r"thanks|best)\b|^\s*(cordialement|bien à vous|salutations|sincères salutations|"
    r"meilleures salutations|respectueusement)|^\s*(atentamente|saludos|cordialmente|"
    r"un saludo|reciba|quedo|gracias)",
    _I,
)
_ROLE = re.compile(
    r"^(the |le |la |el |l')?(service|public affairs|policy officer|lecturer|professor|área|"
    r"area|equipo|team|équipe|programme officer|program officer|coordinator|"
    r"coordinadora?|coordination|secretariat|secrétariat|secretaría|incidencia|advocacy|"
    r"research unit|info|contact|office|admin|communications?|director|directora?|"
    r"directeur|directrice|head of|chief|senior|legal|juridique|jurídica|presidente?|"
    r"présidente?|executive|membre|member|on behalf)\b",
    _I,
)
# "on behalf of X", "submission from X", "contribution de X", "aporte de X".
_BY_PHRASE = re.compile(
    r"(?:on behalf of|submitted by|submission (?:of|from|by)|contribution (?:of|from|by)|"
    r"input (?:of|from|by)|comments (?:of|from)|au nom de|de la part de|"
    r"contribution (?:de|du|des)|soumission (?:de|du|des)|en nombre de|de parte de|"
    r"contribuci[oó]n (?:de|del)|aporte (?:de|del)|aportaci[oó]n (?:de|del)|led by|"
    r"encabezada por|menée par|researchers at|investigadores de)\s+"
    r"(?:the |la |le |l'|les |el |los |las )?"
    r"([A-ZÀ-Ý][^\n.;:()]{2,120})",
)
_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
    "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
}  # fmt: skip


# --- reading a message ---


@dataclass(frozen=True)
class Sender:
    """What a message says about who sent it."""

    display_name: str
    address: str
    subject: str
    body: str  # the sender's own text, without the quoted reply
    letterhead: str  # the first page of the main document


def suggest(sender: Sender) -> Submitter:
    """The lists first (a UN entity's domain settles it), then a State's voice, an NHRI's
    name, and else an organization, a researcher or a person by how they sign."""
    domain = sender.address.rsplit("@", 1)[-1].lower() if "@" in sender.address else ""
    free = not domain or is_free_mail(domain)
    signature = _signature(sender.body)
    own = "\n".join((sender.display_name, sender.subject, signature))
    everything = "\n".join((own, sender.body, sender.letterhead))
    for decide in (_listed, _state, _nhri):
        found = decide(sender, domain, free, own, everything)
        if found is not None:
            return found
    return _organization_or_person(sender, domain, free, own, everything)


def _state(sender: Sender, domain: str, free: bool, own: str, text: str) -> Submitter | None:
    if _NHRI.search(own) or _MUNICIPAL.search(own):
        return None
    reasons: list[str] = []
    country = None
    for place, where in (
        (sender.display_name, "sender's name"),
        (sender.letterhead[:1500], "document"),
        (sender.subject, "subject"),
        (sender.body, "message"),
    ):
        for match in _STATE_BODY.finditer(place):
            nearby = place[max(0, match.start() - 40) : match.end() + 90]
            country = find_country(nearby)
            if country:
                reasons.append(f"{where}: {' '.join(nearby.split())!r}")
                break
        if country:
            break
    note = _NOTE_VERBALE.search(text)
    if note:
        reasons.append(f"note verbale wording: {note.group(0)!r}")
    government = bool(domain) and not free and bool(_GOVERNMENT_DOMAIN.search(domain))
    if government:
        reasons.append(f"government mail domain {domain}")
        country = country or country_of_domain(domain)
    if country is None and note:
        country = find_country(sender.letterhead[:1500]) or find_country(sender.subject)
    # A mission's name alone is enough when the sender goes by it; else a second sign.
    speaks_as_mission = bool(_STATE_BODY.search(sender.display_name or ""))
    enough = note or government or len(reasons) > 1 or speaks_as_mission
    if country is None or not (reasons and enough):
        return None
    state = states()[country]
    confidence = min(0.99, 0.6 + 0.15 * len(reasons))
    return Submitter(
        "observer_state" if state.observer else "member_state",
        state.name,
        country,
        confidence,
        tuple(reasons),
    )


def _listed(sender: Sender, domain: str, free: bool, own: str, text: str) -> Submitter | None:
    """A UN entity, an intergovernmental organization or an NHRI that the lists name."""
    org = _known_by_domain(domain) if domain and not free else None
    reasons = [f"mail domain {domain} is {org.name}'s"] if org else []
    named = _known_by_name(own) or _known_by_name(sender.letterhead[:600])
    if named and (org is None or named[0].type == org.type):
        org = named[0]
        reasons.append(f"named {named[1]!r}")
    if org is None:
        return None
    return Submitter(
        org.type,
        _written_name(sender, org),
        org.country,
        0.9 if len(reasons) > 1 else 0.75,
        tuple(reasons),
    )


def _written_name(sender: Sender, org: Organization) -> str:
    """The organization's name as this message writes it (in its own language), else the
    name the list gives it."""
    said = "\n".join((sender.display_name, sender.subject, sender.body))
    for name in sorted((org.name, *org.names), key=len, reverse=True):
        if len(name) > 6 and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", said, _I):
            return name
    return org.name


def _nhri(sender: Sender, domain: str, free: bool, own: str, text: str) -> Submitter | None:
    match = _NHRI.search(own) or _NHRI.search(sender.letterhead[:600])
    if match is None:
        return None
    named = [c for c in _candidates(sender, domain) if _NHRI.search(c)]
    name = named[0] if named else _trim(_line_around(own, match) if _NHRI.search(own) else "")
    country = (
        find_country(name)
        or (country_of_domain(domain) if domain and not free else None)
        or find_country(own)
    )
    reasons = [f"named {match.group(0)!r}"] + ([f"country {country}"] if country else [])
    return Submitter("nhri", name or None, country, 0.8, tuple(reasons))


def _organization_or_person(
    sender: Sender, domain: str, free: bool, own: str, text: str
) -> Submitter:
    candidates = _candidates(sender, "" if free else domain)
    org = candidates[0] if candidates else None
    academic_domain = bool(domain) and not free and bool(_ACADEMIC_DOMAIN.search(domain))
    person = _person_name(sender)
    speaks_alone = bool(_I_ALONE.search(sender.body)) and not _WE.search(sender.body)
    personal_domain = free or academic_domain
    if person and (org is None or (speaks_alone and personal_domain and not _said_by(sender, org))):
        if academic_domain or _ACADEMIC_PERSON.search(own):
            return Submitter("academic", person, None, 0.6, ("a researcher writing alone",))
        if free or org is None or _PERSONAL.search(text) or speaks_alone:
            return Submitter("individual", person, None, 0.6, ("signed by a person",))
    name = org or person or sender.display_name or None
    subject = name or ""
    company = _COMPANY.search(subject) or _COMPANY.search(own)
    if _ACADEMIC.search(subject) or (academic_domain and not company):
        kind, reason = "academic", "university or research centre"
    elif company or (
        org is not None
        and domain.endswith(".com")
        and not free
        and _spells(org, domain)
        and not _CIVIL_SOCIETY.search(org)
    ):
        kind, reason = "private_sector", "company name"
    elif _MUNICIPAL.search(subject):
        kind, reason = "other", "local authority"
    elif org is not None:
        kind, reason = "civil_society", "organization name"
    else:
        kind, reason = "individual", "no organization named"
    if name and kind != "individual":
        name = _joint(name, text)
    return Submitter(kind, name, None, 0.7 if org else 0.5, (f"{reason}: {name!r}",))


_I_ALONE = re.compile(r"\b(I|my|me|je|mon|ma|mes|yo|mi|mis|envío|adjunto)\b")
_WE = re.compile(
    r"\b(we|our|nous|notre|nos|nosotros|nuestr[oa]s?|adjuntamos|enviamos|remitimos)\b", _I
)


def _said_by(sender: Sender, name: str) -> bool:
    """Whether the message presents the submission as the organization's own."""
    return any(
        name.casefold() in _trim(m.group(1)).casefold()
        or _trim(m.group(1)).casefold() in name.casefold()
        for m in _BY_PHRASE.finditer(sender.subject + "\n" + sender.body)
    )


# --- names ---


@lru_cache(maxsize=4)  # asked for by several readers of the same message
def _signature(body: str) -> str:
    """The lines after the sign-off ("Best regards,"), or the last few lines."""
    lines = [line.strip() for line in body.strip().splitlines()]
    for i in range(len(lines) - 1, -1, -1):
        if _SIGN_OFF.match(lines[i]) and len(lines[i]) < 40:
            return "\n".join(line for line in lines[i + 1 : i + 8] if line)
    return "\n".join(line for line in lines[-3:] if line and len(line) < 90)


def _candidates(sender: Sender, domain: str) -> list[str]:
    """Names of an organization the sender may go by, best first. Each place it can say
    who it is scores, and a name that spells the mail domain ("African Borders Lab",
    africanborderslab.org; "AMRA") scores most."""
    scored: dict[str, float] = {}

    def add(name: str, points: float, phrase: bool = True) -> None:
        name = _trim(name) if phrase else name.strip(" ,;:-–—\"'()")
        spelled = bool(domain) and _spells(name, domain)
        if len(name) < 3 or _ROLE.match(name) or not _looks_like_name(name):
            return
        if _is_person(name) and not spelled:
            return
        if _is_acronym(name):
            name = _expand(name, sender)
            spelled = spelled or (bool(domain) and _spells(name, domain))
        keyword = 1.5 if _is_org_words(name) else 0.0
        scored[name] = max(scored.get(name, 0.0), points + (3.0 if spelled else 0.0) + keyword)

    # Wrapped lines joined, paragraphs kept apart: a name may run over a line end.
    said = re.sub(r"(?<!\n)\n(?!\n)", " ", sender.subject + "\n\n" + sender.body)
    for match in _BY_PHRASE.finditer(said):
        add(match.group(1), 2.0)
    for line in _signature(sender.body).splitlines():
        for part in _name_parts(line):
            add(part, 1.0, phrase=False)
    add((sender.display_name or "").strip(" \"'"), 1.5, phrase=False)
    heading = re.match(
        r"^\W*(?:(?:submission|input|contribution|contribución|aporte|aportación|"
        r"soumission)\s+(?:de la |de l'|del |de |du |des |of the |of |from |by )?)?"
        r"(.{3,90}?)(?:\s+(?:submission|input|contribution)\b|\s*[–—:|-]\s|$)",
        sender.subject,
        _I,
    )
    if heading:
        add(heading.group(1), 1.0)
    for line in sender.letterhead[:600].splitlines()[:4]:
        for match in _BY_PHRASE.finditer(line):
            add(match.group(1), 1.5)
        add(line, 0.5)
    ranked = sorted(scored.items(), key=lambda item: -item[1])
    return [name for name, points in ranked if points >= 1.5]


def _name_parts(line: str) -> list[str]:
    """A signature line's pieces that may name the organization: "Policy Officer |
    Border Justice Network" and "Public Affairs, Biometrix Systems AG, Zug" each hold one;
    "Human Rights Centre, University of Essex" is one name in two parts."""
    parts = [p.strip() for p in re.split(r"\s[|/–—]\s|,", line) if p.strip()]
    kept = [p for p in parts if not _ROLE.match(p)]
    names = [p for p in kept if _is_org_words(p) or _is_acronym(p)]
    if len(names) >= 2 and all(_ACADEMIC.search(p) or _CIVIL_SOCIETY.search(p) for p in names):
        return [", ".join(names), *names]
    return names or kept[:1]


def _is_org_words(name: str) -> bool:
    return bool(
        _ACADEMIC.search(name)
        or _COMPANY.search(name)
        or _CIVIL_SOCIETY.search(name)
        or _NHRI.search(name)
        or _MUNICIPAL.search(name)
    )


def _looks_like_name(text: str) -> bool:
    """A name, not a sentence: short, mostly capitalised, no sentence inside it."""
    words = text.split()
    if not 1 <= len(words) <= 14 or "@" in text or re.search(r"https?://|www\.|\d{4,}", text):
        return False
    if re.search(r"[.!?]\s+\w|[!?]$", text):
        return False
    small = {"of", "for", "and", "the", "on", "in", "de", "des", "du", "la", "le", "les", "et",
             "sur", "pour", "del", "los", "las", "y", "en", "sin", "por", "para", "a", "à", "al",
             "&", "d'", "l'", "-", "–"}  # fmt: skip
    capitalised = [w for w in words if w[0].isupper() or w[0].isdigit()]
    content = [w for w in words if w.lower() not in small]
    return bool(content) and len(capitalised) >= max(1, len(content) // 2)


def _spells(name: str, domain: str) -> bool:
    """Whether the domain's own label spells the name, whole, at its end ("Asociación Pro
    Refugiados", prorefugiados.es) or by its initials ("AMRA")."""
    label = domain.split(".")[0].replace("-", "")
    if len(label) < 3:
        return False
    words = re.findall(r"[^\W\d_]+", _ascii(name).lower())
    squashed = "".join(words)
    initials = "".join(w[0] for w in words if w not in _SMALL)
    return (
        label in (squashed, initials)
        or (len(label) >= 6 and squashed.endswith(label))
        or (len(initials) >= 3 and label.startswith(initials))
        or (len(squashed) >= 4 and label.startswith(squashed))
    )


def _ascii(text: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_SMALL = {"of", "for", "and", "the", "on", "de", "des", "du", "la", "le", "et", "del", "y"}


def _is_person(name: str) -> bool:
    """Two to four capitalised words with no word of an organization: a person."""
    words = _without_title(name)
    parts = words.split()
    if not 2 <= len(parts) <= 4 or any(ch.isdigit() for ch in words):
        return False
    if _is_org_words(words) or any(p.isupper() for p in parts):
        return False
    if find_country(" ".join(parts[1:])):  # "Refugee Voices Lebanon"; "Jordan Smith" is a person
        return False
    connectors = {"de", "del", "da", "van", "von", "la", "le", "di", "y", "bin", "al"}
    return all(p[0].isupper() or p.lower() in connectors for p in parts)


def _without_title(name: str) -> str:
    return re.sub(
        r"^(dr|dra|prof|pr|maître|me|mr|mrs|ms|mme|sr|sra)\.?\s+", "", name.strip(" \"'"), flags=_I
    )


def _person_name(sender: Sender) -> str | None:
    display = _without_title(sender.display_name or "")
    if _is_person(display):
        return display
    for line in _signature(sender.body).splitlines()[:2]:
        for part in line.split(","):
            if _is_person(_without_title(part)):
                return _without_title(part)
    return None


def _is_acronym(name: str) -> bool:
    first = name.split()[0] if name.split() else ""
    return len(first) >= 2 and sum(c.isupper() for c in first) >= 3 and len(name.split()) <= 2


def _expand(acronym: str, sender: Sender) -> str:
    """An acronym's full name where the message spells it out, else the acronym."""
    short = acronym.split()[0].strip(" -–")
    letters = [c for c in short if c.isupper()]
    text = "\n".join((sender.subject, sender.body, sender.letterhead[:2000]))
    for match in re.finditer(r"[A-ZÀ-Ý][\w'’-]*(?:[ \t]+[\w'’-]+){1,12}", text):
        words = match.group(0).split()
        for start in range(len(words)):
            if not words[start][0].isupper():
                continue
            capitals = [w[0] for w in words[start:] if w[0].isupper()]
            if capitals[: len(letters)] != letters:
                continue
            end, count = start, 0
            while end < len(words) and count < len(letters):
                count += words[end][0].isupper()
                end += 1
            return " ".join(words[start:end])
    return acronym


def _joint(name: str, text: str) -> str:
    """ "Lead Org and N others" when the message lists (or counts) its co-signatories."""
    matches = list(_JOINT.finditer(text))
    for match in matches:
        after = text[match.end() : match.end() + 600]
        listed = re.match(r"[^:\n]{0,20}:\s*(.+?)(?:\.\s*\n|\.$|\n\s*\n)", after, re.S)
        items = [i for i in listed.group(1).split(";") if i.strip()] if listed else []
        if len(items) >= 2:
            return f"{name} and {len(items)} others"
    for match in matches:
        count = re.match(
            r"\D{0,20}?\b(\d+|" + "|".join(_NUMBER_WORDS) + r")\b", text[match.end() :], _I
        )
        if count:
            word = count.group(1).lower()
            number = int(word) if word.isdigit() else _NUMBER_WORDS[word]
            # "a joint submission of 6 organizations" counts the lead; "co-signed by four" not.
            others = (
                number - 1
                if re.match(r"joint|contrib|soumission|aporte", match.group(0), _I)
                else number
            )
            if others >= 1:
                return f"{name} and {others} others"
    return name


_CUT = re.compile(
    r"\s+(?:(?:on|sobre|about|regarding|concerning|to|au|aux|à|a|al|ante|auprès|with|con|"
    r"avec|that|which|qui|que|who|is|are|est|sont|es|son|has|have|prepared|submitted|sent|"
    r"for|pour|para|in|dans|en)\s+(?:the |la |le |les |el |los |las |l'|a |an |un |una |une )?"
    r"[a-zà-ÿ]|(?:and|y|et)\s+[a-zà-ÿ]|(?:research |legal )?(?:team|équipe|equipo)\b)"
)


def _trim(name: str) -> str:
    """A name cut where the sentence around it goes on."""
    name = " ".join(name.split())
    name = re.sub(r"^(?:for|pour|por|de la part)\s+(?:the |la |le |el |l')?", "", name, flags=_I)
    name = re.sub(r"^(?:the|la|le|el|les|los|las|l')\s+", "", name, flags=_I)
    cut = _CUT.search(name)
    if cut:
        name = name[: cut.start()]
    name = re.split(r"\s[-–—|]\s|\s\(", name)[0]
    name = re.split(r",\s+(?=[a-zà-ÿ])", name)[0]
    name = re.sub(r"'s$", "", name)
    return name.strip(" ,;:-–—\"'()")


def _line_around(text: str, match: re.Match[str]) -> str:
    start = text.rfind("\n", 0, match.start()) + 1
    end = text.find("\n", match.end())
    return text[start : end if end != -1 else len(text)]
