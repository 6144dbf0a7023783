"""The day of the note by which a sender cites a call: "with reference to the Office's note
dated 10 December 2019", "se référant à la note du Haut-Commissariat en date du 10 décembre
2019", "en atención a su nota de fecha 10 de diciembre de 2019". OHCHR issues a call by a
note verbale to the States on the day it opens, and a State's reply cites that note by its
date: a note of the day this call opened names this call.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from wgsubmit.detect.call_words import data_file, fold

# The date follows the note's name within this many characters of its sentence
# ("la note du Haut-Commissariat aux droits de l'homme en date du …").
NOTE_TO_DATE = 100
_DAY = r"(?P<d>\d{1,2})(?:er|st|nd|rd|th|o)?(?:\s+de)?\s+(?P<m>MONTH)(?:\s+de|,)?\s+(?P<y>\d{4})"
_MONTH_FIRST = r"\b(?P<m2>MONTH)\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{4})"
_NUMERIC = (
    r"(?P<d3>\d{1,2})[./](?P<m3>\d{1,2})[./](?P<y3>\d{4})|(?P<y4>\d{4})-(?P<m4>\d{2})-(?P<d4>\d{2})"
)


@dataclass(frozen=True)
class _Patterns:
    date: re.Pattern[str]  # any date
    note: re.Pattern[str]  # a note's name in what comes before it ...
    dated: re.Pattern[str]  # ... and the word that dates the note, just before it
    months: dict[str, int]


@cache
def _patterns() -> _Patterns:
    data = data_file("calls.toml")["dated_note"]
    months = {fold(name): i + 1 for i, names in enumerate(data["months"]) for name in names}
    names = "|".join(sorted(months, key=len, reverse=True))
    date = "|".join(p.replace("MONTH", names) for p in (_DAY, _MONTH_FIRST, _NUMERIC))
    notes = "|".join(fold(n) for n in data["notes"])
    dated = "|".join(fold(d) for d in data["dated"])
    return _Patterns(
        re.compile(date),
        re.compile(rf"\b(?:{notes})\b[^.;\n]*$"),
        re.compile(rf"\b(?:{dated})\s+$"),
        months,
    )


def cites_note_of(text: str, day: dt.date) -> bool:
    """Whether the text cites a note (or letter) of that day: the day, dated as a note's
    ("dated", "du", "de fecha") that its sentence names just before."""
    if str(day.year) not in text:  # every date it reads is written with its year
        return False
    patterns = _patterns()
    text = fold(text)
    for found in patterns.date.finditer(text):
        if _day_of(found, patterns.months) != day:
            continue
        before = text[max(0, found.start() - NOTE_TO_DATE) : found.start()]
        if patterns.dated.search(before) and patterns.note.search(before):
            return True
    return False


def _day_of(found: re.Match[str], months: dict[str, int]) -> dt.date | None:
    for d, m, y in (("d", "m", "y"), ("d2", "m2", "y2"), ("d3", "m3", "y3"), ("d4", "m4", "y4")):
        if found.group(d) is None:
            continue
        month = found.group(m)
        number = int(month) if month.isdigit() else months.get(month)
        try:
            return dt.date(int(found.group(y)), number or 0, int(found.group(d)))
        except ValueError:
            return None
    return None
