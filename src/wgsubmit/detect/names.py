"""Where a message names its submitter, and the name as it should be published: the
signature, the display name, the subject, the letterhead; a name never cut inside a
phrase, an acronym spelled out where the message gives it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from wgsubmit.detect.acronyms import expand, is_acronym, prefixes_fit, stands_for
from wgsubmit.detect.name_edges import (
    domain_spelled,
    fold,
    fuller,
    function_words,
    is_contact_line,
    is_town_line,
    spells,
    trim,
    unit_of,
    without_title,
)
from wgsubmit.detect.person_words import has_org_noun, is_org_words, is_person, is_role
from wgsubmit.detect.sender_words import (
    BY_PHRASE,
    INTRODUCES,
    REPRESENTS,
    ROLE,
    SIGN_OFF,
    SPEAKS,
    WORKS_AT,
)
from wgsubmit.directory import is_country_name

_I = re.IGNORECASE


@dataclass(frozen=True)
class Sender:
    """What a message says about who sent it."""

    display_name: str
    address: str
    subject: str
    body: str  # the sender's own text, without the quoted reply
    letterhead: str  # the first page of the main document


@lru_cache(maxsize=4)  # asked for by several readers of the same message
def signature(body: str) -> str:
    """The lines after the sign-off ("Best regards,"), or the last few lines."""
    lines = [line.strip() for line in body.strip().splitlines()]
    for i in range(len(lines) - 1, -1, -1):
        if SIGN_OFF.match(lines[i]) and len(lines[i]) < 40:
            return "\n".join(line for line in lines[i + 1 : i + 8] if line)
    if "--" in lines:  # the mail's own signature delimiter ("-- ")
        after = lines[len(lines) - 1 - lines[::-1].index("--") + 1 :]
        return "\n".join(line for line in after[:7] if line and len(line) < 90)
    return "\n".join(line for line in lines[-3:] if line and len(line) < 90)


# A mailbox shared by a team: its display name is the team's, not a person's.
SHARED_MAILBOX = re.compile(
    r"^(info|office|secretariat|secretariado|secretaria|secretariat\w*|contact|contacto|contato|"
    r"admin|"
    r"mail|general|communications?|comunicaci[oó]n|bureau|accueil|oficina|hello|team|"
    r"advocacy|incidencia|plaidoyer|submissions?|un|geneva|ginebra|geneve|programs?|"
    r"programmes?|director|direccion|presidencia|president)([._-].*)?@",
    re.IGNORECASE,
)
# The document's own title or a heading, not its author's name.
_HEADING = re.compile(
    r"^\W*(joint\s|submission|input|contribution|contribuci[oó]n|aporte|aportaci[oó]n|soumission|"
    r"report|rapport|informe|note|nota|re:|to:|date|fecha|subject|objet|asunto|call for|"
    r"appel|convocatoria|questionnaire|cuestionario|response|réponse|respuesta|"
    r"working group|groupe de travail|grupo de trabajo|special rapporteur|"
    r"\d+[.)]\s|introduction|introducci|summary|résumé|resumen|table of contents)",
    re.IGNORECASE,
)


def is_shared_mailbox(address: str) -> bool:
    return bool(SHARED_MAILBOX.match(address or ""))


def display_name(sender: Sender) -> str:
    """The display name as an organization's: a shared mailbox's team word dropped
    ("Secretariat MFMW" is MFMW's)."""
    name = (sender.display_name or "").strip(" \"'")
    if is_shared_mailbox(sender.address):
        name = re.sub(r"^(?:" + ROLE.pattern.lstrip("^") + r")\s*[-–:|,]?\s*", "", name, flags=_I)
    return name.strip()


def _lenient(name: str, anyone: bool) -> bool:
    """Where only a name can stand (a shared mailbox's display name, the signature's line
    after the person's), a name in sentence case: "Observatoire citoyen de la commande
    publique"."""
    words = name.split()
    return (
        anyone
        and name[0].isupper()
        and 2 <= len(words) <= 12
        and not re.search(r"[!?:@]|\d{4}", name)
    )


def _strict_name(name: str) -> bool:
    """A letterhead's line read as a name where no phrase says so: a word of an
    organization in it, or two thirds of its words capitalised (not "Migrants held")."""
    content = [w for w in name.split() if w.casefold() not in function_words()]
    upper = [w for w in content if w[0].isupper() or not w[0].isalpha()]
    return is_org_words(name) or 3 * len(upper) >= 2 * len(content)


def candidates(sender: Sender, domain: str) -> list[str]:
    """Names of an organization the sender may go by, best first. Each place it can say
    who it is scores: a phrase ("on behalf of"), the signature's organization line, the
    display name, the subject, the letterhead; a name that spells the mail domain
    ("African Borders Lab", africanborderslab.org; "AMRA") scores most."""
    board = _Board(sender, domain)
    # Wrapped lines joined, paragraphs kept apart: a name may run over a line end.
    body = _GREETING.sub("\\g<0>\n", sender.body)  # "Madame, Monsieur," no name's start
    said = re.sub(r"(?<!\n)\n(?!\n)", " ", sender.subject + "\n\n" + body)
    for match in [*BY_PHRASE.finditer(said), *SPEAKS.finditer(said)]:
        board.add(match.group(1), 2.0)
    for match in INTRODUCES.finditer(said):
        board.add(match.group(1), 2.0, vouched=True)
    for match in WORKS_AT.finditer(said):  # the person's employer
        board.add(match.group(1), 2.0, vouched=True)
    for match in REPRESENTS.finditer(said):  # above the firm's own name and domain
        board.add(match.group(1), 6.0, vouched=True)
    _signature_lines(sender, board)
    board.add(display_name(sender), 1.5, phrase=False, anyone=is_shared_mailbox(sender.address))
    for part in re.split(r"\s*[–—:|]\s+|\s+-\s+", sender.subject):  # "UPDATED: Name"
        heading = _SUBJECT_NAME.match(part)
        if heading:
            board.add(heading.group(1), 1.0)
    _letterhead(sender, board.add)
    if domain and not any(spells(n, domain) for n in board.scored):
        lines = sender.subject + "\n" + sender.body  # a name ends with its line
        for name in domain_spelled(lines, domain):  # "… prepared for the Prison Reform Trust"
            board.add(name, 1.0)
    return board.ranked()


_GREETING = re.compile(
    r"^[ \t]*(?:dear|madame|monsieur|mesdames|messieurs|estimad[oa]s?|señor[ae]s|señora|"
    r"hello|hi|bonjour|hola|to whom)\b[^\n]{0,60}[,:][ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_SUBJECT_NAME = re.compile(
    r"^\W*(?:(?:updated|revised|final|new|joint|nueva?|nouvelle|révisée?|revisad[oa])\s+)?"
    r"(?:(?:submission|input|contribution|contribución|aporte|aportación|soumission)\s+"
    r"(?:de la |de l'|del |de |du |des |of the |of |from |by )?)?"
    r"(.{3,90}?)(?:\s+(?:submission|input|contribution)\b|$)",
    re.IGNORECASE,
)


# What an organization is, not its name: "Joint NGO submission".
_GENERIC = re.compile(
    r"ngos?|ongs?|csos?|osc|civil society|société civile|sociedad civil|"
    r"(?:the|our|this|notre|cette|la|l'|nuestra|esta|mi|my|ma) (?:ngo|ong|organi[sz]ation|"
    r"organizaci[oó]n|association|asociaci[oó]n|collective|network|team)",
    re.IGNORECASE,
)
_ABBREVIATED_FORM = re.compile(r"\b(?:Inc|Ltd|Corp|Co|Pty|Bhd|Ltda)$")


class _Board:
    """The names found so far, with their points."""

    def __init__(self, sender: Sender, domain: str) -> None:
        self.sender, self.domain = sender, domain
        self.scored: dict[str, float] = {}
        self.phrased: set[str] = set()  # names read out of a sentence ("on behalf of …")
        self.person = fold(person_name(sender) or "")

    def add(
        self, name: str, points: float, phrase: bool = True, anyone: bool = False,
        strict: bool = False, vouched: bool = False,
    ) -> bool:  # fmt: skip
        """``anyone``: a place where a name like a person's is the organization's (the
        signature's line after the person's, a shared mailbox's name, the letterhead);
        ``strict``: a place where a title may stand instead (the letterhead);
        ``vouched``: the message says it is an organization's ("Somos X, una asociación")."""
        name = unit_of(trim(name, whole=not phrase))
        bracket = re.fullmatch(r"(.+?)\s*\(([A-Z][\w.&-]+)\)", name) if phrase else None
        last = bracket.group(1).split(" / ")[-1] if bracket else ""  # "… / Conseil … (CDFA)"
        if bracket and not prefixes_fit(bracket.group(2), last):
            name = bracket.group(1)  # "Instituto … (UCR)": the bracket names another
        if _ABBREVIATED_FORM.search(name) and name + "." in self.sender.body:
            name += "."  # "Ardent Data Systems Inc." as written, its point not a full stop
        spelled = bool(self.domain) and spells(name, self.domain)
        if not self._admits(name, spelled or vouched, anyone, strict):
            return False
        if is_acronym(name):
            sender = self.sender
            name = expand(name, "\n".join((sender.subject, sender.body, sender.letterhead[:2000])))
            spelled = spelled or (bool(self.domain) and spells(name, self.domain))
        keyword = 1.5 if is_org_words(name) else 0.0
        coined = re.search(r"[a-z][A-Z]|\d", name)  # "Care4Calais", "ResqShip"
        lone = not (spelled or keyword or is_acronym(name) or coined or anyone)
        if len(name.split()) == 1 and lone:
            points = min(points, 1.0)  # a lone word may be a town
        total = points + (3.0 if spelled else 0.0) + keyword
        self.scored[name] = max(self.scored.get(name, 0.0), total)
        if phrase:
            self.phrased.add(name)
        return True

    def _admits(self, name: str, spelled: bool, anyone: bool, strict: bool) -> bool:
        if len(name) < 3 or is_role(name) or _GENERIC.fullmatch(name):
            return False
        if not (looks_like_name(name) or _lenient(name, anyone and not strict)):
            return False
        if _is_place(name) and not spelled:
            return False
        if is_person(name) and not spelled and (not anyone or fold(name) == self.person):
            return False
        return not strict or spelled or _strict_name(name)

    def ranked(self) -> list[str]:
        """Best first; a fuller form of the best one ("Geneva Academy of International
        Humanitarian Law and Human Rights") before it."""
        scored = self.scored
        ranked = [n for n, points in sorted(scored.items(), key=lambda i: -i[1]) if points >= 1.5]
        longer = [n for n in [*self.phrased, *ranked[1:]] if ranked and fuller(n, ranked[0])]
        lone = self._spelled_out(ranked[0]) if ranked and len(ranked[0].split()) == 1 else None
        if lone:
            ranked.insert(0, lone)
        elif longer:
            ranked.insert(0, max(longer, key=len))
        elif ranked and is_acronym(ranked[0]):
            # "FUNDEPAZ" signed, "Fundación para el Desarrollo y la Paz" written elsewhere
            acronym = ranked[0].split()[0]
            spelled = [n for n in scored if n != ranked[0] and prefixes_fit(acronym, n)]
            if spelled:  # "HOPE" of "Hope for Widows": a word of it in capitals, no acronym
                full = max(spelled, key=len)
                bare = full.endswith(")") or not stands_for(acronym, full)
                ranked.insert(0, full if bare else f"{full} ({acronym})")
        return list(dict.fromkeys(ranked))

    def _spelled_out(self, word: str) -> str | None:
        """A word of an organization alone ("la Coalition", "el Observatorio") is how a
        message names again what it writes in full: the full name, among the names found
        (the best scored, then the longest) or in the message's own words."""
        if not is_org_words(word) or is_acronym(word):
            return None
        fuller = [n for n in self.scored if n != word and n.split()[0] == word] or [
            n for n in self.phrased if n != word and word in re.findall(r"[\w'’-]+", n)
        ]  # "Ombudsman" of "Public Defender (Ombudsman) of Georgia"
        if fuller:
            return max(fuller, key=lambda n: (self.scored[n], len(n)))
        sender = self.sender
        text = "\n".join((sender.subject, sender.body, sender.letterhead[:2000]))
        small = "|".join(re.escape(w) for w in ("de", "del", "de la", "des", "du", "of", "for"))
        run = rf"{re.escape(word)}(?:[ \t]+(?:(?:{small})[ \t]+)?[A-ZÀ-Ý][\w'’-]+)+"
        found = [m.group(0) for m in re.finditer(run, text)]
        return max(found, key=len) if found else None


def _signature_lines(sender: Sender, board: _Board) -> None:
    """The signature split into the person's line, role lines and the organization's."""
    first, seen_person, alone = True, False, False
    signed = signature(sender.body).splitlines()
    for i, line in enumerate(signed):
        # "Safer Seas Foundation | www.saferseas.org": the name stays, the address goes
        line = " | ".join(p for p in re.split(r"\s+\|\s+", line) if not is_contact_line(p))
        if not line:
            continue
        team = _TEAM.match(line)
        if team:  # "Open Hands team", "El equipo de Red Sur": a team's is an organization
            # "MWA Policy Team", "Open Contracts Watch research team": the team's unit goes
            name = team.group(2) or _TEAM_UNIT.sub("", team.group(1))
            board.add(name, 1.5, phrase=False, vouched=True)
            continue
        if not seen_person and is_person(without_title(line)):
            seen_person = True  # the person's own line; the organization's comes after
            alone = not board.domain and i == len(signed) - 2  # and one line under it
            continue
        text = f"{sender.subject}\n{sender.body}\n{sender.letterhead[:2000]}"
        last = seen_person and i == len(signed) - 1 and not has_org_noun(line)
        if last and not is_org_words(line) and is_town_line(line, text, first and not alone):
            continue  # "Hodan Farah / Minneapolis", "… / Red Sur / Buenos Aires": the town
        for part in name_parts(line):
            added = board.add(part, 1.5 if first else 1.0, phrase=False, anyone=seen_person)
            first = first and not added


_TEAM_UNIT = re.compile(
    r"\s+(?:policy|communications?|advocacy|research|legal|media|press|programmes?|"
    r"programs?|campaigns?|coordination|organi[sz]ing|secretariat)$",
    re.IGNORECASE,
)
_TEAM = re.compile(
    r"^(?:the\s+)?(.{3,60}?)\s+team$|"
    r"^(?:el |l[ae] |l['’])?(?:equipo|équipe)\s+(?:de\s+la\s+|de\s+l'|del\s+|de\s+|d')(.{3,60})$",
    re.IGNORECASE,
)


def _letterhead(sender: Sender, add: Callable[..., bool]) -> None:
    """The letterhead's first line that names someone (not the title) counts as a
    signature would; the next lines a little."""
    first = True
    lines = [ln for ln in sender.letterhead[:600].splitlines() if ln.strip()][:4]
    for i, line in enumerate(lines):
        if len(line.split()) > 14 or _wrapped_title(lines[i - 1] if i else ""):
            continue  # a paragraph's line, or a long title's second line
        for match in BY_PHRASE.finditer(line):
            add(match.group(1), 1.5)
        if _HEADING.match(line) or is_contact_line(line):
            continue
        # A letterhead's first line over its address ("N'Djamena, Tchad") is a name,
        # however it is capitalised.
        addressed = first and i + 1 < len(lines) and _is_place(lines[i + 1].strip())
        for part in name_parts(line) if first else [line]:
            points = 1.5 if first else 0.5
            added = add(part, points, phrase=False, anyone=first, strict=not addressed)
            first = first and not added


def _wrapped_title(line: str) -> bool:
    """A title too long for its line, that goes on below it ("Joint input of A (SWJ), B,
    C and\nD, E and F")."""
    return bool(_HEADING.match(line)) and len(line.strip()) >= 75 and line.strip()[-1:] not in ".:"


def _is_place(name: str) -> bool:
    """A State, or a "Town, State" line."""
    parts = [p.strip() for p in re.split(r",|\s[–—-]\s", name)]
    return is_country_name(parts[-1]) and all(len(p.split()) <= 2 for p in parts)


def name_parts(line: str) -> list[str]:
    """A signature line's organization: the line without the role before it and the
    place after it ("Policy Officer | Border Justice Network", "Public Affairs,
    Biometrix Systems AG, Zug", "Casa del Migrante Frontera Sur, Ciudad Hidalgo,
    Chiapas"), kept whole between ("Transitional Justice Institute, Ulster University",
    "Sdružení pro integraci a migraci / Association for Integration and Migration");
    then its pieces that hold a word of an organization."""
    words = line.split()
    sentence_end = words and words[-1][-1:] in ".!?" and words[-1][:1].islower()
    if (sentence_end and not _LEGAL_FORM.match(words[-1])) or _PRONOUN.match(line):
        return []  # a sentence: "I am happy for this to be published."
    pieces = re.split(r"(\s[|/–—-]\s|,\s*)", line.strip())
    parts, seps = [_after_role(p) for p in pieces[::2]], pieces[1::2]
    for i in range(len(parts) - 1, 0, -1):  # "Coordinadora de … del Paraguay - CODEHUPY"
        if seps[i - 1].strip() in "-–—" and _spells_loosely(parts[i].strip(), parts[i - 1]):
            parts[i - 1 : i + 1] = [f"{parts[i - 1].strip()} ({parts[i].strip()})"]
            del seps[i - 1]
    start, end = 0, len(parts)
    while start < end:
        if is_role(parts[start]) or (start and _UNIT.match(parts[start])):
            start += 1  # "Abogada Senior | Programa Centroamérica": a unit after the post
        elif is_person(parts[start]) and start + 1 < end and is_role(parts[start + 1]):
            start += 2  # "Ana Pérez, Advocacy Officer, Red Acoge"
        else:
            break
    for i in range(start + 1, end):  # "… - input to the Working Group": a description
        if parts[i][:1].islower() or _HEADING.match(parts[i]):
            end = i
            break
    while end > start + 1 and _is_place_part(parts[end - 1]):
        end -= 1
    if start and end == start + 1 and _is_place_part(parts[start]):
        return []  # "Coordenação da Rede, Boa Vista (RR)": a post and a place
    if start >= end:
        return []
    whole = "".join(
        p + s for p, s in zip(parts[start:end], [*seps[start : end - 1], ""], strict=True)
    )
    # "Passeurs de droits (Nice)": a town in brackets after the name, not an acronym
    whole = re.sub(r"\s*\((?:[A-ZÀ-Ý][a-zà-ÿ'’-]+\s?){1,2}\)$", "", whole.strip())
    inner = [p.strip() for p in parts[start:end] if is_org_words(p) or is_acronym(p.strip())]
    return list(dict.fromkeys([whole, *(inner if len(inner) > 1 else [])]))


_UNIT = re.compile(
    r"^(?:program(?:me|a)?|department|departamento|département|division|divisi[oó]n|unit|"
    r"unidad|unité|pôle|desk|área|area)\b",
    re.IGNORECASE,
)


def _spells_loosely(acronym: str, name: str) -> bool:
    """An acronym after a dash made of its name's letters, in order, from its first:
    "CODEHUPY" of "Coordinadora de Derechos Humanos del Paraguay"."""
    if not (is_acronym(acronym) and " " not in acronym and len(name.split()) >= 2):
        return False
    letters, folded = fold(acronym).replace(".", ""), fold(name)
    if not folded.startswith(letters[:1]):
        return False
    found = iter(folded)
    return all(c in found for c in letters)


def _after_role(part: str) -> str:
    """A person's function and where it is held: "Policy Officer at Border Justice
    Network", "Responsable de incidencia en Red Acoge" are the organization's."""
    held = re.match(
        r"^(.+?)\s+(?:at|with|of the|en|chez|à|au sein de|auprès de|de la|de l'|del)\s+"
        r"([A-ZÀ-Ý].+)$",
        part.strip(),
    )
    # "Coordinación de la Red": a lone word after the function is no name on its own
    whole = held is not None and len(held.group(2).split()) >= 2
    return held.group(2) if held and whole and is_role(held.group(1)) else part


_PRONOUN = re.compile(r"^(I|We|My|Our|Je|Nous|Notre|Yo|Nosotr[oa]s|Nuestr[oa]|Mi)\s+[a-zà-ÿ]")
_LEGAL_FORM = re.compile(r"^(A\.?C\.?|e\.?V\.?|S\.?A\.?|asbl|ONLUS|Ltd\.?|Inc\.?|g?GmbH)$", re.I)


def _is_place_part(part: str) -> bool:
    """A town, a region or a State after a name ("…, Zug", "…, Ciudad Hidalgo, Chiapas",
    "…, Boa Vista (RR)")."""
    part = re.sub(r"\s*\([A-Z]{2}\)$", "", part.strip())
    if _LEGAL_FORM.match(part) or is_org_words(part) or is_acronym(part) or has_org_noun(part):
        return bool(is_country_name(part))  # "Euromed Droits" is no town
    words = part.split()
    return is_country_name(part) or (
        1 <= len(words) <= 2 and all(w[0].isupper() for w in words) and "(" not in part
    )


def looks_like_name(text: str) -> bool:
    """A name, not a sentence: short, mostly capitalised, no sentence inside it."""
    words = text.split()
    if not 1 <= len(words) <= 14 or "@" in text or re.search(r"https?://|www\.|\d{4,}", text):
        return False
    if re.search(r"(?<!\b[A-Z][a-z])[.!?]\s+\w|[!?]$", text) or SIGN_OFF.match(text):
        return False
    if text.endswith(".") and words[-1][:-1].islower() and len(words[-1]) > 4:
        return False  # a sentence: "Merci beaucoup."
    if (
        _SENTENCE_START.match(text)
        or _PRONOUN.match(text)
        or (len(words) >= 6 and re.search(r"[^\W\d_]{4}\.$", text) and "(" not in words[-1])
    ):
        return False  # "Please find attached the submission of … Georgia."
    small = {"of", "for", "and", "the", "on", "in", "de", "des", "du", "la", "le", "les", "et",
             "sur", "pour", "del", "los", "las", "y", "en", "sin", "por", "para", "a", "à", "al",
             "&", "d'", "l'", "-", "–"}  # fmt: skip
    capitalised = [w for w in words if w[0].isupper() or w[0].isdigit() or w[0] in '#(«"“']
    content = [w for w in words if w.lower() not in small]
    if not content or not capitalised:
        return False
    # French and Spanish names are written in sentence case: "Ligue pour la défense des
    # droits des migrants"; a word of an organization vouches for them.
    first_up = words[0][0].isupper() or words[0][0] in '#(«"“'
    return len(capitalised) >= max(1, len(content) // 2) or (first_up and is_org_words(text))


_SENTENCE_START = re.compile(
    r"^(please|kindly|attached|find|enclosed|herewith|veuillez|ci-joint|vous trouverez|"
    r"adjunto|adjuntamos|anexo|les env[ií]o|le env[ií]o|por favor)\b",
    re.IGNORECASE,
)


def person_name(sender: Sender) -> str | None:
    """The display name's person, or the signature's; the signature's fuller form of the
    same name ("Paula Rivas Monzón" signing as "Paula Rivas") first."""
    display = _first_last(without_title(sender.display_name or ""))
    signed = [
        without_title(part)
        for line in signature(sender.body).splitlines()[:2]
        for part in line.split(",")
        if is_person(without_title(part))
    ]
    if is_person(display):
        fuller = [p for p in signed if p.startswith(display + " ")]
        return fuller[0] if fuller else display
    return signed[0] if signed else None


def _first_last(name: str) -> str:
    """ "Last, First" as it is published, "First Last": "GONZÁLEZ PÉREZ, María José" is
    María José González Pérez; a surname in capitals written as a name."""
    parts = [p.strip() for p in name.split(",")]
    if len(parts) != 2 or not all(parts) or not is_person(f"{parts[1]} {parts[0].title()}"):
        return name
    last = parts[0].title() if parts[0].isupper() else parts[0]
    return f"{parts[1]} {last}"


def line_around(text: str, match: re.Match[str]) -> str:
    start = text.rfind("\n", 0, match.start()) + 1
    end = text.find("\n", match.end())
    return text[start : end if end != -1 else len(text)]
