"""Joint submissions, published as "Lead Org and N others": the partners a joint
submission names after its lead in a sentence ("by A, B and C", "avec le Collectif … et
l'Association …", "en conjunto con A, B y C"), lists under a heading ("Organizaciones
firmantes:" and one a line, or separated by semicolons), counts ("and 15 other
organisations", "et quatre organisations partenaires") or signs below it, one a line."""

from __future__ import annotations

import re

from wgsubmit.detect.name_edges import fold, function_words, without_title
from wgsubmit.detect.name_shape import looks_like_name
from wgsubmit.detect.other_words import OTHER
from wgsubmit.detect.person_words import is_org_words, is_person, is_role
from wgsubmit.detect.prefilter import Gate
from wgsubmit.detect.sender_words import JOINT, NUMBER_WORDS
from wgsubmit.directory import is_country_name

_I = re.IGNORECASE
_SAYS_JOINT = Gate(JOINT)  # most texts hold none of its words: no scan of the whole text


def joint(name: str, text: str, signed: str = "", letterhead: str = "") -> str:
    """ "Lead Org and N others" when the message says it is a joint submission and names,
    lists or counts its partners; ``signed``: the signature, where partners may sign;
    ``letterhead``: the title page, where they may be listed under its title."""
    matches = list(JOINT.finditer(text)) if _SAYS_JOINT.may_match(text) else []
    if not matches:
        return name
    listed = _as_list(name)
    name = listed[0] if listed else name  # "Joint submission: A, B and C" read as one name
    others = (
        _in_sentence(name, text, matches)
        or _listed(name, text, matches)
        or _listed(name, letterhead, list(JOINT.finditer(letterhead)), titled=True)
        or _counted(text, matches)
        or _signed_below(name, signed)
        or max(len(listed) - 1, 0)
    )
    return f"{name} and {others} others" if others else name


def _as_list(name: str) -> list[str]:
    """The organizations a name lists ("Land Rights Forum, Peasant Women Union and Rural
    Youth Network"), or none: a name with no comma, a unit of a university."""
    if ", " not in name or re.search(r",\s*(?:Inc\b|Ltd\b|S\.A)", name):
        return []
    items: list[str] = []
    for item in re.split(r",\s*(?:(?:and|et|y|e|&)\s+)?", name):
        place = _UNIVERSITY_ITEM.match(item)
        if items and place:  # "Centre …, Lakeside University": the unit's, no partner
            items[-1] += ", " + place.group(0).strip()
            item = re.sub(r"^\s*(?:and|et|y|e)\s+", "", item[place.end() :])
        if item.strip():
            items.append(item.strip())
    items[-1:] = re.split(rf"\s+(?:and|et|y|e)\s+(?={_ARTICLE}[A-ZÀ-Ý])", items[-1])
    if len(items) < 2 or not all(_org_like(i) for i in items):
        return []
    return items


def lead_of(name: str, text: str) -> str:
    """The lead of a joint submission whose name lists its partners ("A, B and C")."""
    listed = _as_list(name) if JOINT.search(text) else []
    return listed[0] if listed else name


def _org_like(item: str) -> bool:
    """An organization's name on a line of its own: a word of an organization, an acronym
    in brackets, or every word but the small ones capitalised ("Peasant Women Union"), not
    a title ("The right to water in the Sahel") nor a person or a post."""
    item = _ENUMERATOR.sub("", item).strip(" -•*·–.")
    if (
        not item
        or item.endswith((",", ":"))
        or not looks_like_name(item)
        or is_role(item)
        or is_person(without_title(item))
    ):
        return False
    if is_country_name(item) or re.search(r"@|www\.|\d{3,}", item):
        return False
    words = [w for w in re.findall(r"[\w'’-]+", item) if w.casefold() not in function_words()]
    titled = all(w[0].isupper() or w[0].isdigit() for w in words)
    return bool(
        is_org_words(item) or OTHER.search(item) or re.search(r"\([A-Z]{2,}", item) or titled
    )


_ENUMERATOR = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-z][.)]|[-•*·–])\s*")


def _sentence(text: str, at: int) -> str:
    """The sentence around a position: from the last full stop or blank line before it
    to the next, its lines joined."""
    starts = [m.end() for m in re.finditer(r"[.!?]\s|\n\s*\n", text[:at])]
    start = starts[-1] if starts else 0
    end = re.search(r"[.!?](?:\s|$)|\n\s*\n", text[at:])
    return " ".join(text[start : at + end.start() if end else len(text)].split())


def _in_sentence(lead: str, text: str, matches: list[re.Match[str]]) -> int:
    """The partners named right after the lead in the sentence that says it is joint: "by
    Open Doors, Tenants United and the Street Law Project" names two, "La PMC, avec le
    Collectif … et l'Association …" two."""
    for match in matches:
        sentence = _sentence(text, match.start())
        found = [m.end() for m in re.finditer(re.escape(lead.casefold()), sentence.casefold())]
        if not found:
            by = _BY.search(match.group(0))  # "co-signed by A, B and C": the partners
            after = text[match.end() :].split("\n\n", 1)[0] if by else ""
            count = _partners(" ".join(after.split())) if after.strip() else 0
            # "el oficio firmado por la Comisionada": one that signs is no partner
            alone = not re.search(r"co-?|also|también|également|endorsed|avalad", match.group(0))
            if count >= (2 if alone else 1):
                return count
        for end in found:
            count = _after_lead(sentence[end:])
            if count:
                return count
    return 0


def _after_lead(rest: str) -> int:
    """The partners a sentence names right after its lead, "with" them or in a list."""
    rest = re.sub(r"^\s*\([^()]{1,20}\)", "", rest)  # "… Lakeside University (MRC), with"
    along = _ALONG.match(rest) or _THEIR_PARTNERS.match(rest)
    if along:
        return _partners(rest[along.end() :])
    if re.match(r"\s*,|\s+(?:and|et|y|e)\s", rest):
        count = _partners(re.sub(r"^\s*,?\s*(?:(?:and|et|y|e)\s+)?", "", rest))
        return count if count >= 2 else 0
    return 0


# Between the lead and its partners: a comma or "and" (read by the caller), or "with".
_ALONG = re.compile(
    r"^\s*,?\s*(?:[^,.;]{0,60}?\s)?(?:avec|with|together with|along with|junto (?:a|con)|"
    r"co-?signed by|signed (?:also )?by|also signed by|firmad[oa] (?:también )?por|"
    r"sign[ée]e? (?:également )?par|cosign[ée]e? par|endorsed by|avalad[oa] por|"
    r"en conjunto con|conjuntamente con|jointly with|conjointement avec|"
    r"en collaboration avec|in partnership with)\s+",
    _I,
)
_BY = re.compile(r"\b(?:by|par|por)$", _I)
# "… et ses partenaires (A, B et C)", "and its partners: A, B and C"
_THEIR_PARTNERS = re.compile(
    r"^\s*,?\s*(?:and|et|y|e)\s+(?:its|ses|sus|their|leurs|our|nos|nuestr[oa]s)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:partners|partenaires|socios|aliad[oa]s|organi[sz]ations|"
    r"organizaciones|members|membres|miembros)"
    r"(?:\s*[(:]\s*|\s+(?=[A-ZÀ-Ý]|the |la |le |el |l['’]))",
    _I,
)
_ARTICLE = r"(?:(?:the|la|le|les|l['’]|el|los|las|du|de la|de l['’]|des|de|del|of)\s*)*"
# A university after a comma is the place of the unit before it, no partner.
_UNIVERSITY_ITEM = re.compile(
    r"^\s*(?:(?:Pontificia |Pontifical )?Universi\w+\b[^,]*?|(?:[\w'’-]+\s+){1,4}University)"
    rf"(?=$|\s+(?:and|et|y|e)\s+{_ARTICLE}[A-ZÀ-Ý]|\s*\()"
)
_NAMED = re.compile(rf"^\s*(?:\d{{1,2}}[.)]\s*|[-•*·–]\s*)?{_ARTICLE}[A-ZÀ-Ý]")


def _partners(rest: str) -> int:
    """How many names a list opens with: "A, B and C, les hacemos llegar …" three; the
    list ends at its first item not a name."""
    named: list[str] = []
    for item in re.split(r",\s*(?:(?:and|et|y|e|&)\s+)?", rest):  # "B, and C" too
        if not _NAMED.match(item) or is_country_name(item.strip()):
            break
        named.append(item)
    if named:  # "… y la Casa Refugio": the last conjunction before a name
        last = re.split(rf"\s+(?:and|et|y|e)\s+(?={_ARTICLE}[A-ZÀ-Ý])", named.pop())
        # "Harbour Watch and Land and Dignity Collective": a list joins its last two with
        # one conjunction; another is inside a name ("Justice and Peace")
        named += last[:2]
    return len(named)


def _listed(lead: str, text: str, matches: list[re.Match[str]], titled: bool = False) -> int:
    """Partners listed under the words that say so: "Organizaciones firmantes: A; B; C",
    "endorsed by the following organisations:" and one a line, or (``titled``, a title
    page) one a line under its title ("JOINT SUBMISSION"); the lead among them not
    counted."""
    for match in matches:
        after = text[match.end() : match.end() + 800]
        ends = r"(:[ \t]*\n?|[ \t]*\n)" if titled else r"(:[ \t]*\n?)"
        heading = re.match(r"[^:\n.]{0,45}" + ends, after)
        if heading is None:
            continue
        block = re.split(r"\n\s*\n", after[heading.end() :], maxsplit=1)[0].strip()
        colon = ":" in heading.group(1)
        if colon and ";" in block:
            items = block.split(";")
        elif "\n" in block:  # one a line: each an organization's name, not a title
            items = block.splitlines() if all(map(_org_like, block.splitlines())) else []
        elif colon:
            items = re.split(rf",\s*|\s+(?:and|et|y)\s+(?={_ARTICLE}[A-ZÀ-Ý])", block)
        else:
            items = []
        names = [i.strip(" -•*·–.") for i in items if _NAMED.match(i)]
        if len(names) >= 2 and len(names) == len([i for i in items if i.strip()]):
            return len([n for n in names if fold(lead) not in fold(n)])
    return 0


_PARTNER_WORDS = (
    r"(?:organi[sz]ations?|partners?|partenaires|organismes|associations?|asociaciones|"
    r"organizaciones|groups|groupes|grupos|ONGs?|NGOs|CSOs|OSC|colectivos|collectifs|"
    r"networks|réseaux|redes)"
)
_COUNT = re.compile(
    r"\b(?:(and|et|y|with|avec|con|plus|(?:endorsed|co-?signed|signed|supported|avalad[oa]|"
    r"firmad[oa]|sign[ée]e?|soutenue?)\s+(?:by|par|por))\s+(?:of\s+|de\s+|des\s+)?"
    r"(?:other\s+|otr[ao]s\s+|autres\s+)?)?"
    r"(\d+|"
    + "|".join(NUMBER_WORDS)
    + r")\s+((?:other|more|autres|otras|otros)\s+)?(?:\w+\s+){0,2}?"
    + _PARTNER_WORDS
    + r"(\s+(?:más|partenaires|partners))?\b",
    _I,
)


def _counted(text: str, matches: list[re.Match[str]]) -> int:
    """A count in the sentence that says it is joint: "and 15 other organisations" (the
    others), "a joint submission of 6 organizations" (the lead among them), "co-signed
    by four"."""
    for match in matches:
        found = _COUNT.search(_sentence(text, match.start()))
        if found:
            number = _number(found.group(2))
            besides = found.group(1) or found.group(3) or found.group(4)
            others = number if besides else number - 1
            if others >= 1:
                return others
    for match in matches:
        count = re.match(
            r"\D{0,20}?\b(\d+|" + "|".join(NUMBER_WORDS) + r")\b", text[match.end() :], _I
        )
        if count:
            number = _number(count.group(1))
            # "a joint submission of 6 organizations" counts the lead; "co-signed by four" not.
            counts_lead = re.match(r"joint|contrib|soumission|aporte", match.group(0), _I)
            others = number - 1 if counts_lead else number
            if others >= 1:
                return others
    return 0


def _number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def _signed_below(lead: str, signed: str) -> int:
    """Partners signing under the lead, one organization a line: "Coalition Against Wage
    Theft (CAW)\\nMigrant Workers Centre\\nDomestic Workers Union"."""
    lines = [line.strip() for line in signed.splitlines() if line.strip()]
    if not any(fold(lead) in fold(line) for line in lines):
        return 0
    return len([line for line in lines if fold(lead) not in fold(line) and _org_like(line)])
