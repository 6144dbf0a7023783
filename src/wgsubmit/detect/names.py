"""Where a message names its submitter, and the name as it should be published: the
signature, the display name, the subject, the letterhead; a name never cut inside a
phrase, an acronym spelled out where the message gives it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from wgsubmit.detect.sender_words import (
    ACADEMIC,
    BY_PHRASE,
    CIVIL_SOCIETY,
    COMPANY,
    JOINT,
    MUNICIPAL,
    NHRI,
    NUMBER_WORDS,
    ROLE,
    SIGN_OFF,
)
from wgsubmit.directory import find_country

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
    return "\n".join(line for line in lines[-3:] if line and len(line) < 90)


def candidates(sender: Sender, domain: str) -> list[str]:
    """Names of an organization the sender may go by, best first. Each place it can say
    who it is scores, and a name that spells the mail domain ("African Borders Lab",
    africanborderslab.org; "AMRA") scores most."""
    scored: dict[str, float] = {}

    def add(name: str, points: float, phrase: bool = True) -> None:
        name = trim(name) if phrase else name.strip(" ,;:-–—\"'()")
        spelled = bool(domain) and spells(name, domain)
        if len(name) < 3 or ROLE.match(name) or not looks_like_name(name):
            return
        if is_person(name) and not spelled:
            return
        if is_acronym(name):
            name = expand(name, sender)
            spelled = spelled or (bool(domain) and spells(name, domain))
        keyword = 1.5 if is_org_words(name) else 0.0
        scored[name] = max(scored.get(name, 0.0), points + (3.0 if spelled else 0.0) + keyword)

    # Wrapped lines joined, paragraphs kept apart: a name may run over a line end.
    said = re.sub(r"(?<!\n)\n(?!\n)", " ", sender.subject + "\n\n" + sender.body)
    for match in BY_PHRASE.finditer(said):
        add(match.group(1), 2.0)
    for line in signature(sender.body).splitlines():
        for part in name_parts(line):
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
        for match in BY_PHRASE.finditer(line):
            add(match.group(1), 1.5)
        add(line, 0.5)
    ranked = sorted(scored.items(), key=lambda item: -item[1])
    return [name for name, points in ranked if points >= 1.5]


def name_parts(line: str) -> list[str]:
    """A signature line's pieces that may name the organization: "Policy Officer |
    Border Justice Network" and "Public Affairs, Biometrix Systems AG, Zug" each hold one;
    "Human Rights Centre, University of Essex" is one name in two parts."""
    parts = [p.strip() for p in re.split(r"\s[|/–—]\s|,", line) if p.strip()]
    kept = [p for p in parts if not ROLE.match(p)]
    names = [p for p in kept if is_org_words(p) or is_acronym(p)]
    if len(names) >= 2 and all(ACADEMIC.search(p) or CIVIL_SOCIETY.search(p) for p in names):
        return [", ".join(names), *names]
    return names or kept[:1]


def is_org_words(name: str) -> bool:
    return bool(
        ACADEMIC.search(name)
        or COMPANY.search(name)
        or CIVIL_SOCIETY.search(name)
        or NHRI.search(name)
        or MUNICIPAL.search(name)
    )


def looks_like_name(text: str) -> bool:
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


def spells(name: str, domain: str) -> bool:
    """Whether the domain's own label spells the name, whole, at its end ("Asociación Pro
    Refugiados", prorefugiados.es) or by its initials ("AMRA")."""
    label = domain.split(".")[0].replace("-", "")
    if len(label) < 3:
        return False
    words = re.findall(r"[^\W\d_]+", ascii(name).lower())
    squashed = "".join(words)
    initials = "".join(w[0] for w in words if w not in _SMALL)
    return (
        label in (squashed, initials)
        or (len(label) >= 6 and squashed.endswith(label))
        or (len(initials) >= 3 and label.startswith(initials))
        or (len(squashed) >= 4 and label.startswith(squashed))
    )


def ascii(text: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_SMALL = {"of", "for", "and", "the", "on", "de", "des", "du", "la", "le", "et", "del", "y"}


def is_person(name: str) -> bool:
    """Two to four capitalised words with no word of an organization: a person."""
    words = without_title(name)
    parts = words.split()
    if not 2 <= len(parts) <= 4 or any(ch.isdigit() for ch in words):
        return False
    if is_org_words(words) or any(p.isupper() for p in parts):
        return False
    if find_country(" ".join(parts[1:])):  # "Refugee Voices Lebanon"; "Jordan Smith" is a person
        return False
    connectors = {"de", "del", "da", "van", "von", "la", "le", "di", "y", "bin", "al"}
    return all(p[0].isupper() or p.lower() in connectors for p in parts)


def without_title(name: str) -> str:
    return re.sub(
        r"^(dr|dra|prof|pr|maître|me|mr|mrs|ms|mme|sr|sra)\.?\s+", "", name.strip(" \"'"), flags=_I
    )


def person_name(sender: Sender) -> str | None:
    display = without_title(sender.display_name or "")
    if is_person(display):
        return display
    for line in signature(sender.body).splitlines()[:2]:
        for part in line.split(","):
            if is_person(without_title(part)):
                return without_title(part)
    return None


def is_acronym(name: str) -> bool:
    first = name.split()[0] if name.split() else ""
    return len(first) >= 2 and sum(c.isupper() for c in first) >= 3 and len(name.split()) <= 2


def expand(acronym: str, sender: Sender) -> str:
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


def joint(name: str, text: str) -> str:
    """ "Lead Org and N others" when the message lists (or counts) its co-signatories."""
    matches = list(JOINT.finditer(text))
    for match in matches:
        after = text[match.end() : match.end() + 600]
        listed = re.match(r"[^:\n]{0,20}:\s*(.+?)(?:\.\s*\n|\.$|\n\s*\n)", after, re.S)
        items = [i for i in listed.group(1).split(";") if i.strip()] if listed else []
        if len(items) >= 2:
            return f"{name} and {len(items)} others"
    for match in matches:
        count = re.match(
            r"\D{0,20}?\b(\d+|" + "|".join(NUMBER_WORDS) + r")\b", text[match.end() :], _I
        )
        if count:
            word = count.group(1).lower()
            number = int(word) if word.isdigit() else NUMBER_WORDS[word]
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


def trim(name: str) -> str:
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


def line_around(text: str, match: re.Match[str]) -> str:
    start = text.rfind("\n", 0, match.start()) + 1
    end = text.find("\n", match.end())
    return text[start : end if end != -1 else len(text)]


# Words that never end a name in English, French or Spanish: a name ending on one was cut
# inside a phrase ("Centre for", "Réseau des", "Asociación de").
FUNCTION_WORDS = frozenset(
    "of for and the on in at to by with from a an or "
    "de des du la le les l' d' et pour sur au aux à en dans par avec ou "
    "del el los las y e por para con sin al o u".split()
)


def is_cut(name: str) -> bool:
    """A name cut inside a phrase: it ends on a function word, or its brackets do not
    close. A UN short name whose bracket ends in "of" ("Bolivia (Plurinational State
    of)") is whole."""
    text = " ".join(name.split())
    if text.count("(") != text.count(")") or text.count("[") != text.count("]"):
        return True
    bare = re.sub(r"\([^()]*\)$", "", text).strip() if text.endswith(")") else text
    last = bare.rsplit(" ", 1)[-1].casefold() if bare else ""
    return last in FUNCTION_WORDS or last.endswith(("'", "’")) and len(last) <= 2
