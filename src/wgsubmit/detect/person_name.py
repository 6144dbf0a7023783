"""The person who writes a message, by name: the display name's or the signature's, the
fuller form of the same name first, "Last, First" turned as it is published."""

from __future__ import annotations

import re

from wgsubmit.detect.name_edges import without_title
from wgsubmit.detect.person_words import is_person
from wgsubmit.detect.signed import Sender, signature


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
    # "I am Tesfaye Haile … Tesfaye Haile" typed by his son: the one who says who he is
    said = " ".join(sender.body.split())
    introduced = [p for p in signed if re.search(_INTRODUCED + re.escape(p) + r"\b", said)]
    if introduced:
        return introduced[0]
    if is_person(display):
        fuller = [p for p in signed if p.startswith(display + " ") or _abbreviates(display, p)]
        # "Kateryna M." sending, "Kateryna Melnyk" on a line of its own over the signature
        lines = (line.strip() for line in f"{sender.body}\n{sender.letterhead[:600]}".splitlines())
        fuller = fuller or [line for line in lines if _abbreviates(display, line)]
        return fuller[0] if fuller else display
    return signed[0] if signed else None


_INTRODUCED = (
    r"(?i:\bI am|\bI'm|\bmy name is|\bje m['’]appelle|\bje suis|\bme llamo|\bsoy|\bmi nombre es)\s+"
)


def _abbreviates(short: str, name: str) -> bool:
    """Whether a name with initials ("Julia P.", "Jake T") is the short form of another
    ("Julia Paz"): each word the other's, or its initial."""
    words, full = short.split(), name.split()
    return (
        len(words) == len(full)
        and all(
            w == f or (_INITIAL.fullmatch(w) is not None and f.startswith(w[0]))
            for w, f in zip(words, full, strict=True)
        )
        and short != name
    )


_INITIAL = re.compile(r"\w\.|[A-ZÀ-ÖØ-Ý]")  # "P." or a bare capital ("×" is no letter)


def _first_last(name: str) -> str:
    """ "Last, First" as it is published, "First Last": "GONZÁLEZ PÉREZ, María José" is
    María José González Pérez; a surname in capitals written as a name."""
    parts = [p.strip() for p in name.split(",")]
    if len(parts) != 2 or not all(parts) or not is_person(f"{parts[1]} {parts[0].title()}"):
        return name
    last = parts[0].title() if parts[0].isupper() else parts[0]
    return f"{parts[1]} {last}"
