"""A UN entity, an intergovernmental organization or an NHRI that the directory lists, as a
submitter: settled by its mail domain or its name (an office of it before the body it is
of, a university's UNESCO chair or another body's like acronym never), and published
under the name the message writes it by, with its listed acronym."""

from __future__ import annotations

import re

from wgsubmit.detect.acronyms import expand, is_acronym
from wgsubmit.detect.name_edges import fold, function_words
from wgsubmit.detect.sender_words import ACADEMIC_DOMAIN
from wgsubmit.detect.signed import Sender, signature
from wgsubmit.directory import Organization, known_by_domain, known_by_name
from wgsubmit.records import Submitter

_I = re.IGNORECASE


def listed_body(sender: Sender, domain: str, free: bool, own: str, text: str) -> Submitter | None:
    """A UN entity, an intergovernmental organization or an NHRI that the lists name."""
    org = known_by_domain(domain) if domain and not free else None
    reasons = [f"mail domain {domain} is {org.name}'s"] if org else []
    # The first place that names one ("CIDH" as the sender's name over "IACHR | Organization
    # of American States" signed): a body writing from its parent's domain is itself.
    places = (
        known_by_name(sender.display_name),
        _named_itself(sender.subject),
        known_by_name(signature(sender.body)),
        _named_itself(sender.letterhead[:600]),
    )
    named = next(filter(None, places), None)
    if named and org is None and _topic_of_a_university(places, domain):
        named = None  # a scholar's paper on "the ECOWAS free movement protocol": the topic
    if named and _CHAIR.search(own):
        named = None  # "Chaire UNESCO": a university's chair the body names, not the body
    if named and org is None and _another_by_acronym(named, sender):
        named = None  # "AHRC", Asian Human Rights Collective: not the listed body's acronym
    if named and org and _part_of(org, named[0]):
        named = None  # "BIDDH/OSCE" from odihr.pl: the office writes, not the body it is of
    if named and (org is None or named[0].type == org.type):
        org = named[0]
        reasons.append(f"named {named[1]!r}")
    if org is None:
        return None
    office = known_by_name(sender.body)  # an office of the body, named in the message
    if office and _part_of(office[0], org):
        org = office[0]
        reasons.append(f"named {office[1]!r}")
    secretariat = _treaty_secretariat(sender) if org.type == "international_org" else None
    return Submitter(
        org.type,
        secretariat or _written_name(sender, org),
        org.country,
        0.9 if len(reasons) > 1 else 0.75,
        tuple(reasons),
    )


def _topic_of_a_university(places: tuple[object, ...], domain: str) -> bool:
    """Whether a body is named by the subject or the document's head alone while the mail
    comes from a university's domain: a university is no such body, so the body is what
    the mail is about (the sender's own name and signature do not name it)."""
    display, signed = places[0], places[2]
    return bool(domain) and bool(ACADEMIC_DOMAIN.search(domain)) and not (display or signed)


_ABOUT = r"(?:\b(?:of|within|de|del|du|des|dans|en)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’])?|\bd['’])"


def _named_itself(text: str) -> tuple[Organization, str] | None:
    """The listed body a subject line or a document's first lines name, unless each time
    only as what their words are about ("le droit de l'Union européenne", "the borders of
    the European Union"): then it is the topic, not the sender."""
    found = known_by_name(text)
    if found is None:
        return None
    places = [m.start() for m in re.finditer(re.escape(found[1]), text, re.IGNORECASE)]
    about = [p for p in places if re.search(_ABOUT + r"$", text[max(0, p - 12) : p], re.I)]
    return None if places and len(about) == len(places) else found


def _part_of(org: Organization, parent: Organization) -> bool:
    """Whether a listed body is an office of another that its own name holds ("OSCE Office
    for Democratic Institutions …" of the OSCE)."""
    return org != parent and any(
        re.search(rf"\b{re.escape(name)}\b", org.name) for name in (parent.name, *parent.names)
    )


def _another_by_acronym(named: tuple[Organization, str], sender: Sender) -> bool:
    """Whether a listed body is named by an acronym alone that the message spells out as
    another name: one that begins a listed name ("United Nations Relief and Works Agency"
    of "… for Palestine Refugees in the Near East") is the same body's."""
    if not is_acronym(named[1]) or " " in named[1]:
        return False
    said = "\n".join((sender.subject, sender.body, sender.letterhead[:2000]))
    if _written_in_full(named[0], said):
        return False  # "… (CEPAL)" beside another name, and the body's own name written too
    full = expand(named[1], said)
    listed = {fold(n) for n in (named[0].name, *named[0].names)}
    return full != named[1] and not any(n.startswith(fold(full)) for n in listed)


def _written_in_full(org: Organization, said: str) -> bool:
    """Whether a message writes a listed body's full name, not only its acronym: the
    acronym is then that body's, whatever other name stands beside it once."""
    return any(
        len(name) > 6 and re.search(_as_written(name), said, _I) for name in (org.name, *org.names)
    )


# A treaty's secretariat, which a body hosts and which writes as itself: "Secretariat of the
# Aarhus Convention", "Aarhus Convention secretariat", "Secretaría del Acuerdo de Escazú".
_TREATY = (
    r"(?:convention|agreement|protocol|treaty|convenci[oó]n|convenio|acuerdo|protocolo|"
    r"tratado|accord|protocole|trait[ée])"
)
_SECRETARIAT = re.compile(
    r"^(?:the\s+|le\s+|la\s+|el\s+)?(?:secretariat|secr[ée]tariat|secretar[ií]a)\s+(?:of\s+the|of|"
    rf"de\s+la|de\s+l['’]|du|del|de)\s*(?:[\w'’-]+\s+){{0,6}}?{_TREATY}\b[^\n,;|/]{{0,60}}$|"
    rf"^(?:the\s+)?(?:[\w'’-]+\s+){{1,4}}{_TREATY}\s+secretariat$",
    _I,
)


def _treaty_secretariat(sender: Sender) -> str | None:
    """The name of a treaty's secretariat that the sender writes as its own (its display
    name, a line of its letterhead or its signature): the secretariat, not its host body."""
    lines = [
        sender.display_name,
        *sender.letterhead[:600].splitlines()[:4],
        *signature(sender.body).splitlines(),
    ]
    return next((" ".join(ln.split()) for ln in lines if _SECRETARIAT.match(ln.strip())), None)


_CHAIR = re.compile(r"\b(chaire|chair|c[aá]tedra)\s+unesco\b|\bunesco\s+chair\b", _I)


def _written_name(sender: Sender, org: Organization) -> str:
    """The organization's name as this message writes it (in its own language), else the
    name the list gives it."""
    said = "\n".join((sender.display_name, sender.subject, sender.body, sender.letterhead[:600]))
    written = [
        found
        for name in (org.name, *org.names)
        if len(name) > 6
        for found in [re.search(_as_written(name), said, _I)]
        if found
    ]
    if not written:
        return org.name
    best = max(written, key=lambda m: len(m.group(0)))
    # Two languages' names ("African Commission … / Commission africaine …"): the first
    # written; a shorter form of the same name ("Commission on Human Rights") is no other.
    other = [m for m in written if m.start() < best.start() and _another_language(m, best)]
    best = min(other, key=lambda m: m.start()) if other else best
    return _with_listed_acronym(" ".join(best.group(0).split()), org, said)


def _another_language(one: re.Match[str], two: re.Match[str]) -> bool:
    """Whether two written names of a body are its names in two languages: long, and
    neither holding the other."""
    a, b = fold(one.group(0)), fold(two.group(0))
    return len(a.split()) >= 4 and len(b.split()) >= 4 and a not in b and b not in a


def _as_written(name: str) -> str:
    """A listed name as a message may write it, its small words changed: "Defensoría del
    Pueblo de Ecuador" for "… del Ecuador"."""
    words = [r"\w{1,4}" if w.casefold() in function_words() else re.escape(w) for w in name.split()]
    return r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)"


def _with_listed_acronym(name: str, org: Organization, said: str) -> str:
    """ "Full Name (ACRONYM)" for an intergovernmental body whose message also writes the
    acronym it is known by ("UNHCR"), unless the name holds it already."""
    if "(" in name or org.type != "international_org":
        return name
    for short in (org.name, *org.names):
        if " " in short or not is_acronym(short) or short.casefold() in name.casefold():
            continue
        if re.search(rf"\b{re.escape(short)}\b", said):
            return f"{name} ({short})"
    return name
