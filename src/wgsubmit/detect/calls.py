"""Which of the mandate's calls a submission answers, when several share one mailbox.

A sender says it: the subject, a sentence naming "the call for inputs on …" or "the
questionnaire", a report's symbol; failing that, the submission's topic shares its words
with one call's title and keywords and not the others'. Words every call has ("private
military and security companies") tell nothing and are left out. When nothing tells and
another call was open at the time, the answer is "unclear": an officer decides, and the
submission stays off the page meanwhile.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from wgsubmit.records import CallAnswer

VALUES = ("this", "other", "unclear", "before")  # of CallAnswer.value
# A submission to another call may come late to it; it is "open" this long after its deadline.
LATE_GRACE = dt.timedelta(days=30)
SHARE = 2.0  # one call's evidence must be at least twice the next one's ...
MARGIN = 2  # ... and this much more, unless the others have none
REPEATS = 3  # a word counts at most this many times: a long text does not outweigh a title
TITLE_CHARS = 400  # the start of the document read as its title


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


@dataclass(frozen=True)
class _Rules:
    stopwords: frozenset[str]
    naming: re.Pattern[str]
    symbol: re.Pattern[str]


@cache
def _rules() -> _Rules:
    data = tomllib.loads(
        resources.files("wgsubmit.detect").joinpath("calls.toml").read_text("utf-8")
    )
    return _Rules(
        frozenset(fold(w) for w in data["stopwords"]),
        re.compile("|".join(f"(?:{p})" for p in data["naming"]), re.IGNORECASE),
        re.compile(data["symbol"]),
    )


def fold(text: str) -> str:
    """Case and accents aside: "Frontières" and "frontieres" are one word."""
    plain = unicodedata.normalize("NFKD", text)
    return "".join(c for c in plain if not unicodedata.combining(c)).casefold()


def _tokens(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", fold(text))


def decide(
    said: Said,
    received_at: dt.datetime | None,
    this: Call,
    others: Sequence[Call] = (),
    opened: dt.datetime | None = None,
) -> CallAnswer:
    """The call this submission answers, and how that was told."""
    if opened is not None and received_at is not None and received_at < opened:
        return CallAnswer("before", f"received before the call opened ({opened.date()})", "time")
    if not others:
        return CallAnswer("this")
    calls = [this, *others]
    whole = "\n".join((said.subject, said.body, said.document))
    for how, scores in (
        ("symbol", _symbol_scores(whole, calls)),
        ("named", _word_scores(_naming_text(said), calls)),
        ("topic", _word_scores(whole, calls)),
    ):
        best = _winner(scores)
        if best == 0:
            return CallAnswer("this", None, how)
        if best is not None:
            return CallAnswer("other", calls[best].title, how)
    still_open = [c for c in others if _open(c, received_at)]
    if still_open:
        titles = "; ".join(f"“{c.title}”" for c in still_open)
        return CallAnswer("unclear", f"nothing tells this call from {titles}", "nothing")
    return CallAnswer("this")


def _open(call: Call, received_at: dt.datetime | None) -> bool:
    if received_at is None or call.closes is None:
        return True  # not known: fail closed
    return received_at <= call.closes + LATE_GRACE


def _winner(scores: Sequence[int]) -> int | None:
    """The call whose evidence clearly outweighs every other's, if one does."""
    ranked = sorted(range(len(scores)), key=lambda i: scores[i], reverse=True)
    best, runner = scores[ranked[0]], scores[ranked[1]]
    if best == 0:
        return None
    if runner == 0 or (best >= SHARE * runner and best - runner >= MARGIN):
        return ranked[0]
    return None


def _symbol_scores(text: str, calls: Sequence[Call]) -> list[int]:
    """How many of each call's document symbols the text holds, each one whole."""
    symbol = _rules().symbol
    scores = []
    for call in calls:
        found = 0
        for keyword in call.keywords:
            if symbol.match(keyword.strip()):
                pattern = rf"(?<![\w/]){re.escape(keyword.strip())}(?![\w/])"
                found += bool(re.search(pattern, text, re.IGNORECASE))
        scores.append(found)
    return scores


def _naming_text(said: Said) -> str:
    """The places where a sender names the call: the subject, the document's title, and
    each sentence that speaks of a call, a questionnaire or a report."""
    naming = _rules().naming
    sentences = re.split(r"(?<=[.!?:;])\s+|\n\s*\n", f"{said.body}\n\n{said.document}")
    named = [s for s in sentences if naming.search(s)]
    return "\n".join([said.subject, said.document[:TITLE_CHARS], *named])


def _word_scores(text: str, calls: Sequence[Call]) -> list[int]:
    """For each call, how often the text uses the words only that call has."""
    counts = Counter(_tokens(text))
    vocabularies = [_vocabulary(c) for c in calls]
    scores = []
    for i, words in enumerate(vocabularies):
        theirs = [w for j, v in enumerate(vocabularies) if j != i for w in v]
        own = [w for w in words if not any(_same(w, t) for t in theirs)]
        # Each word of the text counts once, however many of the call's words (its
        # translations: "migrants", "migrantes") it is a form of.
        scores.append(
            sum(min(n, REPEATS) for t, n in counts.items() if any(_matches(t, w) for w in own))
        )
    return scores


def _vocabulary(call: Call) -> frozenset[str]:
    stop = _rules().stopwords
    symbol = _rules().symbol
    text = " ".join([call.title, *(k for k in call.keywords if not symbol.match(k.strip()))])
    return frozenset(w for w in _tokens(text) if len(w) >= 3 and w not in stop)


def _matches(token: str, word: str) -> bool:
    """A text's word is a call's word, or a form of it ("migrants", "migrantes";
    "frontière", "frontières"; "mine", "mines", "minera")."""
    if token == word:
        return True
    if len(word) >= 4 and token.startswith(word):
        return True
    return len(word) >= 6 and len(token) >= 6 and token[:6] == word[:6]


def _same(a: str, b: str) -> bool:
    return _matches(a, b) or _matches(b, a)
