"""What the call detector reads: a call as it sees it (`Call`), what a submission says of
itself (`Said`), and the phrasings of calls.toml that name a call, a symbol or a topic,
or set words aside."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from wgsubmit.detect.call_words import data_file
from wgsubmit.detect.call_words import tokens as _tokens


@dataclass(frozen=True)
class Call:
    """One call as the detector sees it: what names it, and when it closes."""

    title: str
    keywords: tuple[str, ...] = ()
    closes: dt.datetime | None = None  # its deadline; None for the store's own call


@dataclass(frozen=True)
class Said:
    """What a submission says of itself: its subject, the sender's own text, its document."""

    subject: str
    body: str
    document: str = ""
    sender: tuple[str, ...] = ()  # the names it is signed with: they say who, not which call
    # What it quotes or forwards of the sender's own earlier mail ("RE: Nota verbal …"):
    # read only when its own words tell nothing.
    quoted: str = ""
    # What the secretariat wrote that a reply quotes (an acknowledgement of receipt of a
    # submission "to the call for inputs on …"): read only when that names a call.
    answered: str = ""


@dataclass(frozen=True)
class CallPhrasings:
    naming: re.Pattern[str]
    calling: re.Pattern[str]  # of those, the phrases that name a call itself
    symbol: re.Pattern[str]
    topic_of: re.Pattern[str]
    set_aside: re.Pattern[str]
    formulas: tuple[str, ...]
    frame: tuple[str, ...]


@cache
def call_phrasings() -> CallPhrasings:
    """The phrasings of calls.toml. The mail's formulas and the mercenaries mandate's
    frame are read with no mandate's frame in force: they are the wording of any mail
    and of one mandate's every call, one word each, which no frame blanks, and a word of
    them that a frame also holds ("remedy") is theirs all the same."""
    data = data_file("calls.toml")
    return CallPhrasings(
        re.compile("|".join(f"(?:{p})" for p in data["naming"]), re.IGNORECASE),
        re.compile("|".join(f"(?:{p})" for p in data["calling"]), re.IGNORECASE),
        re.compile(data["symbol"]),
        re.compile(data["topic_of"], re.IGNORECASE | re.MULTILINE),
        re.compile(data["set_aside"], re.IGNORECASE),
        tuple(w for f in data["formulas"] for w in _tokens(f)),
        tuple(w for f in data["frame"] for w in _tokens(f)),
    )
