"""Where a message signs: its signature block, the parts of the signature's lines, a
letterhead atop the mail or the document; and the lines its programs add, which sign
nothing (a device's line, a logo's place)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from wgsubmit.detect.contact_lines import is_contact_line, is_town_line
from wgsubmit.detect.name_edges import without_title
from wgsubmit.detect.name_parts import HEADING, in_other_script, is_place, name_parts
from wgsubmit.detect.person_words import has_org_noun, is_org_words, is_person, is_role
from wgsubmit.detect.sender_words import BY_PHRASE, SIGN_OFF

_I = re.IGNORECASE


@dataclass(frozen=True)
class Sender:
    """What a message says about who sent it."""

    display_name: str
    address: str
    subject: str
    body: str  # the sender's own text, without the quoted reply
    letterhead: str  # the first page of the main document


def tidied(sender: Sender) -> Sender:
    """A message without what its programs add: a device's line ("Sent from my iPhone"),
    a logo's place ("[logo]"), a picture's caption kept as the text it is."""
    return replace(
        sender,
        body=_PICTURE.sub(_caption, _DEVICE_LINE.sub("", sender.body)),
        letterhead=_PICTURE.sub(_caption, sender.letterhead),
    )


# A mail program's line, not the sender's words: "Sent from my iPhone" is no "I" or "my".
_DEVICE_LINE = re.compile(
    r"^[ \t]*(?:sent from my|sent from (?:outlook|mail) for|get outlook for|enviado desde mi|"
    r"enviado desde (?:outlook|correo)|envoyé de mon|envoyé depuis mon|"
    r"obtenir outlook pour|obtener outlook para)\b.*$",
    _I | re.MULTILINE,
)


# A picture's place in a text read from a document or a mail ("[logo]", "[image: …]",
# "[logo caption: X · tagline]"): its caption, if it has one, is the text.
_PICTURE = re.compile(
    r"\[(?:logo(?:tipo)?|image[n]?|img|picture|photo|cid)\b(?:[^\]\n:]*:\s*([^\]\n]*))?\][ \t]*",
    _I,
)


def _caption(match: re.Match[str]) -> str:
    caption = match.group(1) or ""
    return "" if re.fullmatch(r"[\w.-]+\.(?:png|jpe?g|gif)(?:@[\w.]+)?", caption) else caption


@lru_cache(maxsize=4)  # asked for by several readers of the same message
def signature(body: str) -> str:
    """The lines after the sign-off ("Best regards,"), or the last few lines."""
    lines = [line.strip() for line in body.strip().splitlines()]
    for i in range(len(lines) - 1, -1, -1):
        # "Buen día," opening a mail whose paragraph follows greets; it signs off nothing
        greets = i == 0 and any(len(line) >= 60 for line in lines[1:8])
        if (SIGN_OFF.match(lines[i]) and len(lines[i]) < 40 and not greets) or _closes(lines, i):
            return "\n".join(line for line in lines[i + 1 : i + 8] if line)
    if "--" in lines:  # the mail's own signature delimiter ("-- ")
        after = lines[len(lines) - 1 - lines[::-1].index("--") + 1 :]
        return "\n".join(line for line in after[:7] if line and len(line) < 90)
    return "\n".join(line for line in lines[-3:] if line and len(line) < 90)


def _closes(lines: list[str], i: int) -> bool:
    """A closing word of any language over a person's name ("Mahalo,", "Salamat po,",
    "Shukran,"): a short line ending on a comma, the next line a person's."""
    after = [line for line in lines[i + 1 : i + 3] if line]
    return (
        i >= len(lines) - 8  # near the end, where a mail closes
        and bool(re.fullmatch(r"[^\W\d][\w'’ -]{1,24},", lines[i]))
        and len(lines[i].split()) <= 3
        and bool(after)
        and is_person(without_title(after[0]))
    )


# A greeting's line: "Madame, Monsieur," opens no name.
GREETING = re.compile(
    r"^[ \t]*(?:dear|madame|monsieur|mesdames|messieurs|estimad[oa]s?|señor[ae]s|señora|"
    r"hello|hi|bonjour|hola|to whom)\b[^\n]{0,60}[,:][ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def signature_lines(sender: Sender, add: Callable[..., bool], domain: str) -> None:
    """The signature split into the person's line, role lines and the organization's,
    each name in it given to ``add``."""
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
            add(name, 1.5, phrase=False, vouched=True)
            if team.group(2) and _named_team(line, sender):
                add(re.sub(r"^(?:el |l[ae] |l['’])", "", line, flags=_I), 1.5, phrase=False)
            continue
        if _UNIT_LINE.match(line) and i + 1 < len(signed):
            continue  # "Policy and Advocacy Unit", "Le Bureau fédéral": its body's line follows
        if in_other_script(line) and i + 1 < len(signed):
            continue  # "KISA – Κίνηση για Ισότητα …" over "KISA – Equality, Support …"
        if i and re.fullmatch(r"\([^()]{6,}\)", line):
            continue  # "(Red de Mujeres …)" under "Rede de Mulheres …": a translation
        if not seen_person and is_person(without_title(line)):
            seen_person = True  # the person's own line; the organization's comes after
            alone = not domain and i == len(signed) - 2  # and one line under it
            continue
        text = f"{sender.subject}\n{sender.body}\n{sender.letterhead[:2000]}"
        last = seen_person and i == len(signed) - 1 and not has_org_noun(line)
        # "Kaya, Burkina Faso", "Kalpetta, Kerala, India": a town down to its State says
        # itself it is a place, named elsewhere or not
        town = line.split(",")[0].strip() if "," in line and is_place(line) else line
        placed = first and not alone and town == line
        if last and not is_org_words(line) and is_town_line(town, text, placed):
            continue  # "Hodan Farah / Minneapolis", "… / Red Sur / Buenos Aires": the town
        posted = is_role(line)  # "Director, Rio Valley Family Defense": what follows the post
        for part in name_parts(line):
            held = posted and part != line.strip()
            added = add(part, 1.5 if first else 1.0, phrase=False, anyone=seen_person, vouched=held)
            first = first and not added


# A unit of an organization or its office on a line of its own, over the organization's:
# "Policy and Advocacy Unit", "Centre Administrator", "Le Bureau fédéral", "Service
# international", "Oficina de prensa" (the unit's word, then no name of its own).
_UNIT_LINE = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w’'-]*\s+(?:(?:and|&)\s+)?){0,4}(?i:unit|department|division|desk|"
    r"secretariat|administrator|programme|program)$|"
    r"^(?:[Ll]e |[Ll]a |[Ll]['’]|[Ee]l )?(?i:bureau|service|secrétariat|département|pôle|"
    r"cellule|unidad|departamento|área|oficina|secretaría|direction|dirección)(?:\s+[a-zà-ÿ][\w'’-]*)*$"
)


def _named_team(line: str, sender: Sender) -> bool:
    """Whether a team's line is a name the message writes, capitalised, apart from the
    signature ("Aportación del Equipo del Decenio Afrodescendiente"): the team is who sends."""
    words = re.sub(r"^(?:el |l[ae] |l['’])", "", line, flags=_I).split()[:4]
    said = sender.subject + "\n" + sender.body.replace(signature(sender.body), "")
    return words[0][:1].isupper() and " ".join(words[:3]) in " ".join(said.split())


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


def body_head(body: str) -> tuple[str, bool]:
    """A letterhead written atop the mail: its first paragraph, when it is one to three
    short lines that are no greeting nor sentence ("MIGRANT JUSTICE CENTRE · 14 Quay
    Street"), without its contact parts; and whether an address or a date goes with it,
    as under a letter's head."""
    paragraphs = re.split(r"\n\s*\n", body.strip(), maxsplit=2)
    lines = [ln.strip() for ln in paragraphs[0].splitlines() if ln.strip()]
    if len(paragraphs) < 2 or not 1 <= len(lines) <= 3:
        return "", False
    if any(len(ln) > 120 or ln.endswith((",", ":", ".")) or GREETING.match(ln) for ln in lines):
        return "", False
    kept = [
        " | ".join(p for p in re.split(r"\s+[·|•]\s+", ln) if not is_contact_line(p))
        for ln in lines
    ]
    addressed = any(is_contact_line(p) for ln in lines for p in re.split(r"\s+[·|•]\s+", ln))
    dated = bool(_DATE_LINE.match(paragraphs[1].strip()))
    return "\n".join(ln for ln in kept if ln), addressed or dated


# A letter's date on its own line: "3 April 2026", "12 de marzo de 2026", "April 3, 2026".
_DATE_LINE = re.compile(
    r"^(?:[\w ,.'’-]{0,30}, )?(?:le )?"
    r"(?:\d{1,2}(?:er|º)?\.? (?:de )?[^\W\d_]{3,10}\.? (?:de )?\d{4}|"
    r"[^\W\d_]{3,10}\.? \d{1,2},? \d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})$"
)


def letterhead_names(letterhead: str, add: Callable[..., bool], headed: bool = False) -> None:
    """The letterhead's first line that names someone (not the title) counts as a
    signature would; the next lines a little. ``headed``: an address or a date goes with
    it, so its first line is a name however it is written."""
    first = True
    every = [ln for ln in letterhead[:600].splitlines() if ln.strip()]
    lines = every[:4]
    for i, line in enumerate(lines):
        following = every[i + 1].lstrip() if i + 1 < len(every) else ""
        if (
            len(line.split()) > 14
            or _wrapped_title(lines[i - 1] if i else "")
            or (len(line.split()) > 8 and following[:1].islower())
        ):
            continue  # a paragraph's line (the next goes on with it), or a long title's
        for match in BY_PHRASE.finditer(line):
            add(match.group(1), 1.5)
        if HEADING.match(line) or is_contact_line(line):
            continue
        if not first and re.fullmatch(r"\S+(?:\s+[a-zà-ÿ][\w'’-]*)+", line.strip()):
            continue  # "Colectiva feminista" under the name: what it is, not who
        # A letterhead's first line over its address ("N'Djamena, Tchad") is a name,
        # however it is capitalised.
        addressed = first and (headed or (i + 1 < len(lines) and is_place(lines[i + 1].strip())))
        for part in name_parts(line) if first else [line]:
            points = 1.5 if first else 0.5
            added = add(part, points, phrase=False, anyone=first, strict=not addressed)
            first = first and not added


def _wrapped_title(line: str) -> bool:
    """A title too long for its line, that goes on below it ("Joint input of A (SWJ), B,
    C and\nD, E and F")."""
    return bool(HEADING.match(line)) and len(line.strip()) >= 75 and line.strip()[-1:] not in ".:"
