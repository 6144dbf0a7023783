"""Words as the call detector compares them: whole, as forms of one word in one of English,
French and Spanish, once spelled alike across the three ("frontière", "frontières";
"fronteras", "frontera"; "technologies", "technology"), never because they begin alike
("bord", "border"); the words that carry no topic (among them, where its frame is in
force, those every call of a mandate shares: the right to housing's "housing",
"tenants", "evictions"), and those of the frame of business and human rights that carry
one only away from that frame ("access" to information, not to remedy); the terms of
several words, as the subject fields of the mandate's calls (call_fields.toml) and a
call's keywords give them. Which frames are in force depends on the calls
(call_vocabulary.frames_in_force): each function that reads a word takes them, as a
frozenset of frame names, none by default.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib import resources
from typing import Any

# A word's forms are its inflections in one of the three languages: the word less one ending
# of number, gender or tense that language has (calls.toml), of at least this many letters.
BASE_LETTERS = 4
CAMEL_CASE = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
REPEATS = 3  # a term counts at most this many times: a long text does not outweigh a title


@dataclass(frozen=True)
class _Frame:
    """One mandate's frame (calls.toml): the bases of its words, and of those that are
    its words only beside them."""

    words: frozenset[tuple[str, str]]
    beside: frozenset[tuple[str, str]]


@dataclass(frozen=True)
class _Rules:
    stopwords: frozenset[tuple[str, str]]  # their bases, by language: every mandate's
    frames: dict[str, _Frame]  # each mandate's, by its name: a stopword only where in force
    spellings: tuple[tuple[re.Pattern[str], str], ...]
    inflections: tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]  # each language's endings


Inflections = Sequence[tuple[str, Sequence[re.Pattern[str]]]]
NO_FRAME: frozenset[str] = frozenset()


def data_file(name: str) -> dict[str, Any]:
    """One of the detector's data files, read."""
    return tomllib.loads(resources.files("wgsubmit.detect").joinpath(name).read_text("utf-8"))


@cache
def _rules() -> _Rules:
    """The rules of calls.toml. A frame's words are kept apart from the stopwords: they
    tell no topic only among calls that all share them (call_vocabulary.frames_in_force),
    and a call of another mandate may be about one of them ("effective remedies for
    migrants")."""
    data = data_file("calls.toml")
    spellings = tuple((re.compile(fold(a)), fold(b)) for a, b in data["spellings"])
    inflections = tuple(
        (language, tuple(re.compile(f"(?:{fold(e)})$") for e in endings))
        for language, endings in data["inflections"].items()
    )
    frames = {
        name: _Frame(
            _listed(mandate["words"], inflections), _listed(mandate.get("beside", {}), inflections)
        )
        for name, mandate in data["frames"].items()
    }
    return _Rules(_listed(data["stopwords"], inflections), frames, spellings, inflections)


def frame_names() -> frozenset[str]:
    """The names of calls.toml's frames, one a mandate."""
    return frozenset(_rules().frames)


def frames_held(text: str) -> frozenset[str]:
    """The frames one of whose words the text holds ("effective remedies": business's),
    compared as `topical` compares a word with the stopwords; a word that tells no topic
    in any call ("sociétés", also a frame's "société") holds none."""
    rules = _rules()
    held: set[str] = set()
    for word in tokens(text):
        bases = _bases(word, rules.inflections) if len(word) >= 3 else frozenset()
        if bases and not bases & rules.stopwords:
            held.update(n for n, frame in rules.frames.items() if bases & frame.words)
    return frozenset(held)


@lru_cache(maxsize=64)
def _stopwords(frames: frozenset[str]) -> frozenset[tuple[str, str]]:
    """The bases of the words that tell no topic where these frames are in force."""
    rules = _rules()
    return rules.stopwords.union(*(rules.frames[n].words for n in frames))


@lru_cache(maxsize=64)
def _beside(
    frames: frozenset[str],
) -> tuple[frozenset[tuple[str, str]], frozenset[tuple[str, str]]]:
    """The words of those frames in force that have words beside them, and those words."""
    rules = _rules()
    framed = [rules.frames[n] for n in sorted(frames) if rules.frames[n].beside]
    own: frozenset[tuple[str, str]] = frozenset().union(*(f.words for f in framed))
    return own, frozenset().union(*(f.beside for f in framed))


def _listed(words: dict[str, list[str]], inflections: Inflections) -> frozenset[tuple[str, str]]:
    """The bases of a table's words, each list read in its language."""
    return frozenset(
        base
        for language, endings in inflections
        for w in words.get(language, ())
        for base in _bases(fold(w), [(language, endings)])
    )


@dataclass(frozen=True)
class Terms:
    """A call's or a field's words, and its terms of several ("removal flights"), folded;
    the terms one of whose words every call has ("reporting centres", "sending State")
    are found only as written, word by word."""

    words: frozenset[str]
    phrases: tuple[tuple[str, ...], ...] = ()
    written: tuple[tuple[str, ...], ...] = ()
    reports: frozenset[str] = frozenset()  # the symbols of a field's reports ("A/HRC/45/9")
    frame: str = ""  # the frame of the mandate whose field it is (call_fields.toml), if any

    def every_word(self) -> frozenset[str]:
        return self.words.union(*self.phrases)


def fold(text: str) -> str:
    """Case and accents aside: "Frontières" and "frontieres" are one word."""
    plain = unicodedata.normalize("NFKD", text)
    return "".join(c for c in plain if not unicodedata.combining(c)).casefold()


def tokens(text: str, frames: frozenset[str] = NO_FRAME) -> list[str]:
    """The words of a text, folded; words run together in a name of a web page
    ("ImmigrationAndBorderManagement") are apart. Where the business frame is in force
    (`frames`), a word of it that also names a topic ("access", "communities", "workers",
    "supply") is blanked where the next word of substance before or after it is the
    frame's ("access to remedy", "affected communities", "supply chains"): there it tells
    no call, elsewhere ("access to information", "migrant workers") a call may be about
    it. Where it is not, they are words as any other ("access to justice")."""
    found = re.findall(r"[^\W\d_]+", fold(CAMEL_CASE.sub(" ", text)))
    if not frames:
        return found
    substance = [i for i, w in enumerate(found) if _framing(w, frames) or topical(w, frames)]
    blank = [
        i
        for n, i in enumerate(substance)
        if _framing(found[i], frames) == "beside"
        and any(
            _framing(found[substance[m]], frames) for m in (n - 1, n + 1) if 0 <= m < len(substance)
        )
    ]
    for i in blank:
        found[i] = ""
    return found


@lru_cache(maxsize=1 << 16)
def _framing(word: str, frames: frozenset[str] = NO_FRAME) -> str:
    """Whether the word is the own word of a frame in force that has words beside it
    ("remedy": "frame"), one that is that frame only beside it ("access": "beside"), or
    neither ("")."""
    own, beside = _beside(frames)
    if not beside:
        return ""
    bases = _bases(word, _rules().inflections) if len(word) >= 3 else frozenset()
    if bases & own:
        return "frame"
    return "beside" if bases & beside else ""


def phrase_score(text: Sequence[str], phrases: tuple[tuple[str, ...], ...]) -> int:
    """How often the text (its topical words) holds each of the terms: their words within
    a window one word longer than the term, in any order ("escortes privées en vol")."""
    return sum(min(n, REPEATS) for n in _phrase_counts(text, phrases).values())


def phrase_words(text: Sequence[str], phrases: tuple[tuple[str, ...], ...]) -> set[str]:
    """The words of the terms the text holds: "flights" is a field's word in "removal
    flights", not on its own."""
    return {w for p in _phrase_counts(text, phrases) for w in phrases[p]}


def written_score(text: Sequence[str], terms: tuple[tuple[str, ...], ...]) -> int:
    """How often the text (all its words) holds each of the terms as written: its words
    one after the other, in order ("reporting centres", not "the report on the centres")."""
    return sum(min(n, REPEATS) for n in _written_counts(text, terms).values())


def written_words(text: Sequence[str], terms: tuple[tuple[str, ...], ...]) -> set[str]:
    """The words of the terms the text holds as written."""
    return {w for p in _written_counts(text, terms) for w in terms[p]}


def _written_counts(text: Sequence[str], terms: tuple[tuple[str, ...], ...]) -> Counter[int]:
    found: Counter[int] = Counter()
    for p, term in enumerate(terms):
        for i in range(len(text) - len(term) + 1):
            if all(matches(t, w) for t, w in zip(text[i : i + len(term)], term, strict=True)):
                found[p] += 1
    return found


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


@lru_cache(maxsize=64)
def fields(frames: frozenset[str] = NO_FRAME) -> tuple[Terms, ...]:
    """The subject fields of call_fields.toml, each its words, its terms of several and
    the symbols of the reports written on it, read where these frames are in force: a
    frame's words are not a field's ("logements inondés" is "inondés" where the frame of
    housing is), elsewhere they are. A field of a mandate's names its frame."""
    return tuple(
        replace(
            terms(field["terms"], 0, frames),
            reports=frozenset(field.get("reports", ())),
            frame=field.get("frame", ""),
        )
        for field in data_file("call_fields.toml")["field"]
    )


def terms(given: Iterable[str], longest: int = 0, frames: frozenset[str] = NO_FRAME) -> Terms:
    """The words and terms of a field's or a call's keywords: one word counts alone; the
    words of a term of several count only together, in any order with at most one other
    word among them when two or more of them tell a topic ("removal flights", "wind farm"),
    as written when only one does ("reporting centres", "sending State", "industria de la
    moda"). A keyword with more than `longest` words that tell a topic (a call's title in
    another language) counts word by word, as the title does. Which words tell a topic
    depends on the `frames` in force."""
    words: set[str] = set()
    phrases: dict[tuple[str, ...], None] = {}
    written: dict[tuple[str, ...], None] = {}
    for term in given:
        every = tuple(tokens(term, frames))
        found = tuple(w for w in every if topical(w, frames))
        if len(every) == 1 or 0 < longest < len(found):
            words.update(found)
        elif len(found) > 1:  # a term's function words alone would not tell it
            phrases[found] = None
        elif found:  # one word is every call's ("reporting", "State"): the term is the whole
            written[every] = None
    return Terms(frozenset(words), tuple(phrases), tuple(written))


@lru_cache(maxsize=1 << 16)
def topical(word: str, frames: frozenset[str] = NO_FRAME) -> bool:
    """A word that may tell a topic: not a function word, nor one every call has, nor a
    word of a frame in force (`frames`: "remedies" among the calls on business and human
    rights, not among a mandate's on migrants), nor any of their forms in their language,
    spelled as it is ("terres" is no form of "there")."""
    return len(word) >= 3 and not _bases(word, _rules().inflections) & _stopwords(frames)


@lru_cache(maxsize=1 << 16)
def spelled(word: str) -> str:
    """The word in one spelling for the three languages, doubled consonants made single
    ("immigration", "inmigración"; "territory", "territorio"), doubled vowels kept
    ("coopère" is not "copper")."""
    return _respell(word, _rules().spellings)


def _respell(word: str, spellings: Sequence[tuple[re.Pattern[str], str]]) -> str:
    for old, new in spellings:
        word = old.sub(new, word)
    return re.sub(r"([^\W\daeiou_])\1", r"\1", word)


@lru_cache(maxsize=1 << 16)
def forms(word: str) -> frozenset[tuple[str, str]]:
    """The bases the word may be an inflection of, in each language: the word itself, and
    the word less one of that language's endings ("fronteras": "frontera" and "fronter" in
    Spanish; "frontieres": "frontiere" and "frontier" in French)."""
    return _bases(spelled(word), _rules().inflections)


def _bases(word: str, inflections: Inflections) -> frozenset[tuple[str, str]]:
    found = set()
    for language, endings in inflections:
        found.add((language, word))
        for ending in endings:
            cut = ending.search(word)
            if cut is not None and cut.start() >= BASE_LETTERS:
                found.add((language, word[: cut.start()]))
    return frozenset(found)


@lru_cache(maxsize=1 << 16)
def matches(a: str, b: str) -> bool:
    """Two words are one when they are forms of one base in one language: "migrants",
    "migrante" and "migrantes" are; "border" and "bord", "bordeaux" or "bordel" are not,
    nor "gold" and "golden", since a word is compared whole, less only an ending that one
    language inflects it with."""
    if a == b:
        return True
    return not forms(a).isdisjoint(forms(b))
