"""A State's own voice: a note verbale from its mission, a mission's or a ministry's name
as the sender, the signature or the letterhead, a government mail domain. A government
named in a text, or "Mission" inside an organization's name, is not it."""

from __future__ import annotations

import re

from wgsubmit.detect.name_edges import joined_lines
from wgsubmit.detect.person_words import is_role
from wgsubmit.detect.sender_words import (
    BY_PHRASE,
    GOVERNMENT_DOMAIN,
    MUNICIPAL,
    NHRI,
    NOTE_VERBALE,
    STATE_BODY,
)
from wgsubmit.detect.signed import Sender, signature
from wgsubmit.directory import country_of_domain, find_country, is_country_name, states
from wgsubmit.records import Submitter

__all__ = ["state_submitter", "voice"]
_I = re.IGNORECASE


def state_submitter(
    sender: Sender, domain: str, free: bool, own: str, text: str
) -> Submitter | None:
    """A State speaks in its own voice: a note verbale from its mission, a mission's or a
    ministry's name as the sender, the signature or the letterhead, a government domain.
    A government named in a text, or "Mission" inside an organization's name, is not it."""
    note = _note_verbale(sender.body + "\n" + sender.letterhead[:1500])
    if note is None and (NHRI.search(own) or MUNICIPAL.search(own)):
        return None
    reasons: list[str] = []
    country = None
    for place, where, whole in (
        (sender.display_name, "sender's name", True),
        (signature(sender.body), "signature", False),
        (sender.letterhead[:600], "letterhead", False),
        (sender.subject, "subject", True),
    ):
        said = voice(place, whole) or (_under_state(place) if where == "letterhead" else None)
        if said:
            country = said[0]
            reasons.append(f"{where}: {said[1]!r}")
            break
    if note:
        country = country or note[0]
        reasons.append(f"note verbale: {note[1]!r}")
    government = bool(domain) and not free and bool(GOVERNMENT_DOMAIN.search(domain))
    if government:
        reasons.append(f"government mail domain {domain}")
        country = country or country_of_domain(domain)
    if country is None or not reasons:
        return None
    if reasons == [f"government mail domain {domain}"] and _another_body(sender):
        return None  # an NHRI or a town hall on a government domain: its own name, not the State
    found = states()[country]
    return Submitter(
        "observer_state" if found.observer else "member_state",
        found.name,
        country,
        min(0.99, 0.6 + 0.15 * len(reasons)),
        tuple(reasons),
    )


def _under_state(letterhead: str) -> tuple[str, str] | None:
    """A letterhead's ministry that names no State, next to a line that is the State's own
    name: "Royaume de Belgique" over "Service public fédéral Affaires étrangères"."""
    head = [line.strip() for line in letterhead.splitlines() if line.strip()][:4]
    for i, line in enumerate(head):
        body = STATE_BODY.match(re.sub(r"^(?:the|le|la|el|l['’])\s*", "", line, flags=_I))
        if not body or body.group(0).casefold() in _BARE_MISSION or find_country(line):
            continue
        for near in [*head[max(0, i - 1) : i], *head[i + 1 : i + 2]]:
            name = _FORMAL.sub("", near)
            if is_country_name(name):
                return find_country(name) or "", f"{near} / {line}"
    return None


# A State's formal name before its short one: "Kingdom of", "République fédérale d'".
_FORMAL = re.compile(
    r"^(?:(?:the|le|la|el|l['’])\s+)?(?:(?:federal|fédérale?|united|plurinational|islamic|"
    r"democratic|socialist|arab|bolivarian|hashemite)\s+)*(?:kingdom|royaume|reino|republic|"
    r"république|república|principality|principauté|principado|grand[ -]duchy|grand-duché|"
    r"gran ducado|sultanate|sultanat|sultanato|confederation|confédération|confederación)"
    r"(?:\s+(?:fédérale|federal|federativa|démocratique|democrática|islamique|islámica))?"
    r"(?:\s+(?:of|de|du|de la|des|del|d['’])\s*|\s+)?(?:the\s+|la\s+|l['’])?",
    _I,
)


def _another_body(sender: Sender) -> bool:
    """Whether the letterhead's head names an NHRI, or the mail's "on behalf of …" an NHRI
    or a local authority: a public body of its own that writes from the government's domain."""
    head = [line for line in sender.letterhead[:600].splitlines() if line.strip()][:3]
    said = joined_lines(sender.body)
    named = [m.group(1) for m in BY_PHRASE.finditer(said)]
    return any(NHRI.search(line) for line in head) or any(
        NHRI.search(text) or MUNICIPAL.search(text) for text in named
    )


def voice(place: str, whole: bool) -> tuple[str, str] | None:
    """A State body that names itself: "Permanent Mission of Mexico", "Embajada de
    Colombia", "Ministry of Foreign Affairs of Norway", "Misión Bolivia". In a signature or
    a letterhead, a line that begins with it; elsewhere the text itself."""
    for line in [place] if whole else _signed_parts(place):
        for match in STATE_BODY.finditer(line):
            if not whole and line[: match.start()].strip(" -–\"'").casefold() not in _ARTICLES:
                continue
            after = line[match.end() : match.end() + 90]
            if match.group(0).casefold() in _BARE_MISSION:
                country = _country_next(after)  # "Misión Bolivia", not "Mission for Migrants"
            elif _LINKED.match(after):
                country = find_country(after) or (find_country(line) if whole else None)
            elif _MISSION.search(match.group(0)):
                country = _country_next(after)  # "Mission permanente RDC Genève"
            else:
                continue  # "Ambassade citoyenne du Cameroun": a word of its own, an NGO's name
            if country:
                return country, " ".join(line.split())[:120]
    return None


def _signed_parts(block: str) -> list[str]:
    """A signature's lines, and the parts of a line that joins the person, the post and
    the body ("João Ferreira | Counsellor | Permanent Mission of …", "Counsellor, Embassy
    of …"): each part may begin with the State body."""
    parts: list[str] = []
    for line in block.splitlines():
        pieces = re.split(r"\s+[|·•]\s+", line)
        parts += [line, *pieces[1:]]
        post = re.match(r"^([^,]{3,60}),\s+(.+)$", pieces[0])
        if post and is_role(post.group(1)):
            parts.append(post.group(2))
    return parts


def _country_next(text: str) -> str | None:
    """The State named right at the start of a text, after "of", "de", "permanente"."""
    rest = re.sub(
        r"^\s*(permanente?\s+)?((of|de|du|del|de la|d'|to)\s*)?(the\s+|l')?", "", text, flags=_I
    )
    words = re.findall(r"[\w'’-]+", rest)[:6]
    for k in range(len(words), 0, -1):
        if is_country_name(" ".join(words[:k])):
            return find_country(" ".join(words[:k]))
    return None


_ARTICLES = {"", "the", "la", "le", "el", "l'"}
# What joins a State body to its State: "Embassy of", "Mission permanente d'Haïti",
# "Misión Permanente del Estado …", "Ministry of Foreign Affairs, Republic of …".
_LINKED = re.compile(
    r"^\s*[,–-]?\s*(?:(?:permanente?|the|la|le|el)\s+)?(?:of|de|du|del|des|d['’]|to|in|en|à|au|aux|"
    r"auprès|ante|junto|for|pour|para|da|do|of the|de la|république|republic|república)\b|"
    r"^\s*[,–-]?\s*(?:d['’]|\(|$)",
    _I,
)
_BARE_MISSION = {"mission", "misión", "mision", "missão"}
_MISSION = re.compile(r"permanent|permanente|représentation|representaci", _I)


def _note_verbale(text: str) -> tuple[str, str] | None:
    """A note verbale's opening: "The Permanent Mission of X … presents its compliments";
    its subject must be a State body, not an organization that "has the honour to"."""
    for match in NOTE_VERBALE.finditer(text):
        sentence = text[max(0, match.start() - 250) : match.start()]
        sentence = re.split(r"[.!?]\s|\n\s*\n", sentence)[-1]
        said = voice(sentence, True)
        if said:
            return said[0], " ".join((sentence + match.group(0)).split())[-160:]
    return None
