"""Words as the call detector compares them: one spelling for their forms in English,
French and Spanish ("frontière", "fronteras"; "technology", "tecnologías"; "mining",
"minières"), the words that carry no topic, and the subject fields of the mandate's calls
(call_fields.toml) with their terms of several words.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

STEM_LETTERS = 5  # stems this long in common make two words one ...
ENDING_LETTERS = 2  # ... when the shorter one goes on for no more than this
ROOT_LETTERS = 3  # a word cut of its derivation ("mining", "minier", "minera") to this or more
REPEATS = 3  # a term counts at most this many times: a long text does not outweigh a title


@dataclass(frozen=True)
class _Rules:
    stopwords: frozenset[str]
    spellings: tuple[tuple[str, str], ...]
    endings: tuple[str, ...]
    derivations: tuple[str, ...]


def data_file(name: str) -> dict[str, Any]:
    """One of the detector's data files, read."""
    return tomllib.loads(resources.files("wgsubmit.detect").joinpath(name).read_text("utf-8"))


@cache
def _rules() -> _Rules:
    data = data_file("calls.toml")
    spellings = tuple((fold(a), fold(b)) for a, b in data["spellings"])
    endings = tuple(sorted((fold(e) for e in data["endings"]), key=len, reverse=True))
    words = [fold(w) for w in data["stopwords"]]
    derived = {*endings, *(fold(e) for e in data["derivations"])}
    return _Rules(
        frozenset(words + [_cut(_respell(w, spellings), endings) for w in words]),
        spellings,
        endings,
        tuple(sorted(derived, key=len, reverse=True)),
    )


@dataclass(frozen=True)
class Terms:
    """A call's or a field's words, and its terms of several ("removal flights"), folded."""

    words: frozenset[str]
    phrases: tuple[tuple[str, ...], ...] = ()

    def every_word(self) -> frozenset[str]:
        return self.words.union(*self.phrases)


def fold(text: str) -> str:
    """Case and accents aside: "Frontières" and "frontieres" are one word."""
    plain = unicodedata.normalize("NFKD", text)
    return "".join(c for c in plain if not unicodedata.combining(c)).casefold()


def tokens(text: str) -> list[str]:
    """The words of a text, folded."""
    return re.findall(r"[^\W\d_]+", fold(text))


def phrase_score(text: Sequence[str], phrases: tuple[tuple[str, ...], ...]) -> int:
    """How often the text (its topical words) holds each of the terms: their words within
    a window one word longer than the term, in any order ("escortes privées en vol")."""
    return sum(min(n, REPEATS) for n in _phrase_counts(text, phrases).values())


def phrase_words(text: Sequence[str], phrases: tuple[tuple[str, ...], ...]) -> set[str]:
    """The words of the terms the text holds: "flights" is a field's word in "removal
    flights", not on its own."""
    return {w for p in _phrase_counts(text, phrases) for w in phrases[p]}


def _phrase_counts(text: Sequence[str], phrases: tuple[tuple[str, ...], ...]) -> Counter[int]:
    index = _phrase_index(phrases)
    hits = {
        t: {(p, k) for p, k, w in index.get(spelled(t)[:3], ()) if matches(t, w)} for t in set(text)
    }
    found: Counter[int] = Counter()
    until: dict[int, int] = {}
    for i, token in enumerate(text):
        for p in {p for p, _ in hits[token]}:
            size = len(phrases[p])
            if until.get(p, 0) > i:
                continue
            window = {k for u in text[i : i + size + 1] for q, k in hits[u] if q == p}
            if len(window) == size:
                found[p] += 1
                until[p] = i + size + 1
    return found


@lru_cache(maxsize=16)
def _phrase_index(phrases: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[int, int, str]]]:
    index: dict[str, list[tuple[int, int, str]]] = {}
    for p, phrase in enumerate(phrases):
        for k, word in enumerate(phrase):
            index.setdefault(spelled(word)[:3], []).append((p, k, word))
    return index


@cache
def fields() -> tuple[Terms, ...]:
    """The subject fields of call_fields.toml, each its words and its terms of several."""
    found_fields = []
    for field in data_file("call_fields.toml")["field"]:
        words: set[str] = set()
        phrases: dict[tuple[str, ...], None] = {}
        for term in field["terms"]:
            found = tuple(w for w in tokens(term) if topical(w))
            if len(tokens(term)) == 1:
                words.update(found)
            elif len(found) > 1:  # a term's function words alone would not tell it
                phrases[found] = None
        found_fields.append(Terms(frozenset(words), tuple(phrases)))
    return tuple(found_fields)


def topical(word: str) -> bool:
    """A word that may tell a topic: not a function word, nor one every call has."""
    stop = _rules().stopwords
    return len(word) >= 3 and word not in stop and stem(word) not in stop


@lru_cache(maxsize=1 << 16)
def spelled(word: str) -> str:
    """The word in one spelling for the three languages, doubled letters made single."""
    return _respell(word, _rules().spellings)


def _respell(word: str, spellings: Sequence[tuple[str, str]]) -> str:
    for old, new in spellings:
        word = word.replace(old, new)
    return re.sub(r"(\w)\1", r"\1", word)


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """One spelling for a word's forms and its cognates in English, French and Spanish:
    "technologies", "tecnologías" and "technology" are "tecnologi"; "inmigración" and
    "immigration" are "imigration"."""
    return _cut(spelled(word), _rules().endings)


def _cut(word: str, endings: Sequence[str]) -> str:
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= STEM_LETTERS:
            return word[: -len(ending)]
    return word


@lru_cache(maxsize=1 << 16)
def matches(a: str, b: str) -> bool:
    """Two words are one when one's stem begins the other's ("mine", "miner"), when their
    stems differ only in a short ending past a long common start ("migrant", "migratoir"),
    or when both are derived from one root ("mining", "minières", "minera")."""
    if a == b:
        return True
    short, long = sorted((stem(a), stem(b)), key=len)
    if long.startswith(short):
        # A short word begins many longer ones ("front", "frontière", "frontera"): only its
        # own forms, a short ending past the word itself and not only past its stem.
        return (
            short == long
            or len(short) > STEM_LETTERS
            or (
                len(short) >= 4
                and len(long) - len(short) <= ENDING_LETTERS
                and abs(len(spelled(a)) - len(spelled(b))) <= ENDING_LETTERS
            )
        )
    common = next((i for i, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), 0)
    if common >= STEM_LETTERS and len(short) - common <= ENDING_LETTERS:
        return True
    root_a, root_b = _root(a), _root(b)
    return root_a is not None and root_a == root_b


@lru_cache(maxsize=1 << 16)
def _root(word: str) -> str | None:
    """The word cut of a derivation's ending, or None when it has none: "front" is no
    form of "frontière"."""
    word = spelled(word)
    for ending in _rules().derivations:
        if word.endswith(ending) and len(word) - len(ending) >= ROOT_LETTERS:
            return word[: -len(ending)]
    return None
