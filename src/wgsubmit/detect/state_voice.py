"""A State's own voice: a note verbale from its mission, a mission's or a ministry's name
as the sender, the signature or the letterhead, a government mail domain. A government
named in a text, or "Mission" inside an organization's name, is not it; nor is a public
body that is not the government's voice (an NHRI, a parliament, a data-protection
authority, a court, a regional government), even from the government's domain, nor an
official writing privately."""

from __future__ import annotations

import re

from wgsubmit.detect.name_edges import joined_lines
from wgsubmit.detect.person_words import is_role
from wgsubmit.detect.sender_words import (
    BY_PHRASE,
    CIVIL_SOCIETY,
    GOVERNMENT_DOMAIN,
    MUNICIPAL,
    NHRI,
    NOTE_VERBALE,
    PERSONAL,
    PUBLIC_NOT_STATE,
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
    ministry's name as the sender, the signature, the letterhead or as whose the subject
    says it is, a government domain. A government named in a text, "Mission" inside an
    organization's name, a public body that is not the government's voice (an NHRI, a
    court, a data-protection authority) and an official writing privately are not it."""
    note = _note_verbale(sender.body + "\n" + sender.letterhead[:1500])
    named = f"{sender.display_name}\n{signature(sender.body)}"
    other = _not_the_state(named) or _not_the_state(sender.subject, as_sender=True)
    if note is None and (other or _another_body(sender, head_only=True)):
        return None
    if note is None and PERSONAL.search(sender.subject + "\n" + sender.body):
        return None  # a diplomat or an official writing privately, in their own name
    reasons: list[str] = []
    country = None
    for place, where, whole in (
        (sender.display_name, "sender's name", True),
        (_without_prose(signature(sender.body)), "signature", False),
        (sender.letterhead[:600], "letterhead", False),
        (sender.subject, "subject", True),
    ):
        if where == "subject":
            place = _as_sender(place)  # a subject's embassy may be what the mail is about
        said = voice(place, whole) or (_under_state(place) if where == "letterhead" else None)
        said = said or (_ministry_of_state(place) if where in ("signature", "letterhead") else None)
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


def _without_prose(block: str) -> str:
    """A signature's lines without a sentence the mail's last lines may be ("Embassy of
    X, the Forum has the honour to submit …")."""
    lines = block.splitlines()
    return "\n".join(x for x in lines if not (len(x.split()) >= 8 and x.rstrip()[-1:] in ".!?"))


def _as_sender(subject: str) -> str:
    """A subject's part that may name the sender: what follows "from", "by", "of" or a
    dash, not "on the Embassy of X's recruiters" or "our mission to X"."""
    for match in STATE_BODY.finditer(subject):
        before = subject[: match.start()]
        if not _BY_SENDER.search(before) or match.group(0).casefold() in _BARE_MISSION:
            continue
        return subject[match.start() :]
    return ""


_BY_SENDER = re.compile(
    r"(?:^|[:|/(–—-]|\b(?:from|by|of|de|del|du|des|par|por|d['’]))\s*"
    r"(?:the\s+|la\s+|le\s+|el\s+|l['’])?$",
    _I,
)


def _under_state(letterhead: str) -> tuple[str, str] | None:
    """A letterhead's ministry that names no State, next to a line that is the State's own
    name: "Royaume de Belgique" over "Service public fédéral Affaires étrangères", or over
    it with the State's motto between ("République du Cameroun / Paix – Travail – Patrie")."""
    head = [line.strip() for line in letterhead.splitlines() if line.strip()][:4]
    for i, line in enumerate(head):
        bare = re.sub(r"^(?:the|le|la|el|l['’])\s*", "", line, flags=_I)
        body = STATE_BODY.match(bare)
        bare_mission = body is not None and body.group(0).casefold() in _BARE_MISSION
        if not (body or _MINISTRY.match(bare)) or bare_mission or find_country(line):
            continue
        for near in [*head[:i], *head[i + 1 : i + 2]]:
            name = _FORMAL.sub("", near)
            # any ministry under the State's formal name: "République du Cameroun /
            # Ministère de la Justice"; a foreign ministry under its short name too
            country = find_country(name)
            if country and is_country_name(name) and (body or name != near):
                return country, f"{near} / {line}"
    return None


def _ministry_of_state(block: str) -> tuple[str, str] | None:
    """A line that is a ministry of a State named in full at its end: "Ministry of the
    Interior of the Republic of Lithuania", "Ministerio del Interior de la República de
    Chile" (a State's formal name, not an adjective or a topic after it)."""
    for line in block.splitlines()[:8]:
        bare = re.sub(r"^(?:the|le|la|el|l['’])\s*", "", line.strip(), flags=_I)
        if not _MINISTRY.match(bare):
            continue
        for of in re.finditer(
            r"\s(?:of|de|du|des|del|d['’])\s*(?=(?:the|la|le|l['’])?\s*\w)", bare
        ):
            state = re.sub(
                r"^(?:the|la|le|el|l['’])\s*", "", bare[of.end() :].strip(" .,"), flags=_I
            )
            name = _FORMAL.sub("", state)
            formal = name != state or _STATE_WORD.search(state)  # "the Portuguese Republic"
            country = find_country(name)
            if formal and country and is_country_name(name):
                return country, " ".join(line.split())[:120]
    return None


_STATE_WORD = re.compile(
    r"\b(?:republic|république|república|kingdom|royaume|reino|principality|principauté|"
    r"principado|sultanate|sultanat|sultanato|confederation|confédération|confederación)\b",
    _I,
)
# A ministry's line in a letterhead: "Ministère de la Justice", "Ministry of Health".
_MINISTRY = re.compile(
    r"(?:ministry|minist[eè]re|ministerio|minist[eé]rio|secretar[ií]a de estado)\s+"
    r"(?:of|for|de|du|des|del|da|do|d['’])\b",
    _I,
)


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


def _not_the_state(text: str, as_sender: bool = False) -> bool:
    """Whether a text names a public body that is not the government's voice: an NHRI or
    an ombudsperson, a town hall or a parliament, a data-protection authority, a court, a
    regional government. In a subject, only as whose it is ("Submission of the Commission
    on Human Rights"), not what it is about ("input on the data protection authority")."""
    found = (m for words in (NHRI, MUNICIPAL, PUBLIC_NOT_STATE) for m in words.finditer(text))
    return any(not as_sender or _BY_SENDER.search(text[: m.start()]) for m in found)


def _another_body(sender: Sender, head_only: bool = False) -> bool:
    """Whether the letterhead's head names a public body of its own (an NHRI, a
    data-protection authority), or the mail's "on behalf of …" one: it writes from the
    government's domain, but not as the State."""
    head = [line for line in sender.letterhead[:600].splitlines() if line.strip()][:3]
    head = [line for line in head if len(line.split()) <= 12]  # a heading, not prose
    if any(NHRI.search(line) or PUBLIC_NOT_STATE.search(line) for line in head):
        return True
    said = joined_lines(sender.body)
    named = [m.group(1) for m in BY_PHRASE.finditer(said)]
    return not head_only and any(_not_the_state(text) for text in named)


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
                before = line[: match.start()].strip(" -–\"'")
                if CIVIL_SOCIETY.search(after) or not _mission_alone(before, after):
                    continue  # "Mission Haïti Solidarité", "Green Mission Uganda": an NGO
                # "Misión Bolivia", "Norway Mission Geneva"; not "Mission for Migrants"
                # Its State before it only with the UN's city after: "Haiti Mission" is
                # also a church's or an NGO's name.
                at_un = before and _AT_UN.search(after)
                country = _country_next(after) or (find_country(before) if at_un else None)
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
    lines = block.splitlines()
    for before, line in zip(["", *lines], lines, strict=False):
        if _RUNS_ON.search(before):
            continue  # "… with the" / "Embassy of X, the Forum …": prose, not a signature
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


def _mission_alone(before: str, after: str) -> bool:
    """Whether a bare "Mission" is a State's: nothing before it but its State ("Norway
    Mission Geneva"), nothing after its State but the city of the UN it sits in ("Misión
    Costa Rica Ginebra"); "Green Mission Uganda", "Misión Honduras Verde" are names."""
    if before.casefold() not in _ARTICLES and not is_country_name(before):
        return False
    rest = re.sub(
        r"^\s*(permanente?\s+)?((of|de|du|del|de la|d'|to)\s*)?(the\s+|l')?", "", after, flags=_I
    )
    words = re.findall(r"[\w'’-]+", rest)[:6]
    k = next((k for k in range(len(words), 0, -1) if is_country_name(" ".join(words[:k]))), 0)
    tail = rest
    for word in words[:k]:
        tail = tail[tail.index(word) + len(word) :]
    return bool(_MISSION_TAIL.match(tail))


# What may follow a mission's State: nothing, a separator, the UN city where it sits.
# The cities where the UN's offices are, where a State's mission sits.
_UN_CITIES = r"geneva|genève|geneve|ginebra|new york|nueva york|vienna|vienne|viena|nairobi"
_MISSION_TAIL = re.compile(
    r"^\s*(?:$|[|/,;:–—(-]|(?:(?:en|in|à|a|to|at|auprès de|ante|de|in)\s+)?(?:the\s+|l['’]|la\s+)?"
    rf"(?:{_UN_CITIES}|un|onu|united nations|nations unies|naciones unidas)\b)",
    _I,
)
_AT_UN = re.compile(rf"\b({_UN_CITIES})\b", _I)
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


def _opening(sentence: str) -> tuple[str, str] | None:
    """The State body a note verbale's sentence begins with, as one of its lines begins: in
    "following our meeting with the / Embassy of X, the Forum has the honour to" the
    Embassy's line is where a phrase runs on to (`_signed_parts` skips it), what the
    sentence is about, not who speaks."""
    return voice(sentence, False)


# A line that ends inside a phrase: the next line's State body is what the phrase is about.
_RUNS_ON = re.compile(
    r"\b(?:with|the|of|to|by|from|and|at|avec|la|le|les|de|du|des|à|au|et|con|el|los|las|"
    r"por|y|al|del|ante)\s*$",
    _I,
)


def _note_verbale(text: str) -> tuple[str, str] | None:
    """A note verbale's opening: "The Permanent Mission of X … presents its compliments";
    its subject must be a State body, not an organization that "has the honour to"."""
    for match in NOTE_VERBALE.finditer(text):
        sentence = text[max(0, match.start() - 250) : match.start()]
        sentence = re.split(r"[.!?]\s|\n\s*\n", sentence)[-1]
        said = _opening(sentence)
        if said:
            return said[0], " ".join((sentence + match.group(0)).split())[-160:]
    return None
