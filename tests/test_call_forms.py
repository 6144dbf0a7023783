"""Words as the call detector compares them: a word is a topic word's only when both are
forms of one base in one language (an ending of number, gender or tense apart), never
because they begin alike. Checked on the words of public dictionaries of English, French
and Spanish (pyspellchecker's word lists), not on any mailbox's."""

from __future__ import annotations

from collections import defaultdict
from functools import cache

import pytest
from spellchecker import SpellChecker

from wgsubmit.detect import call_words

DICTIONARY_WORDS = 60_000  # the most frequent of each language's list
ENDING_LETTERS = 3  # the longest ending of any language's inflections (calls.toml)
# The topic words of the test data's calls, beside their subject fields'.
KEYWORDS = (
    "migration migrants border asylum migrantes fronteras asilo frontières asile "
    "extractive mining mine oil extractivas minería minera petróleo extractives minière pétrole"
)


@cache
def _topic_words() -> frozenset[str]:
    words = set(call_words.tokens(KEYWORDS))
    for field in call_words.fields():
        words.update(field.every_word())
    return frozenset(w for w in words if call_words.topical(w))


@cache
def _dictionary() -> frozenset[str]:
    words: set[str] = set()
    for language in ("en", "fr", "es"):
        counts = SpellChecker(language=language).word_frequency.dictionary
        frequent = sorted(counts, key=lambda w: -counts[w])[:DICTIONARY_WORDS]
        words.update(t for w in frequent for t in call_words.tokens(w) if len(t) >= 3)
    return frozenset(words)


@cache
def _pairs() -> tuple[tuple[str, str], ...]:
    """Each topic word with every dictionary word that begins with its first three
    letters and is not the word itself: "border" and "bordeaux", "bordel", "bord"."""
    by_start: dict[str, list[str]] = defaultdict(list)
    for word in _topic_words():
        by_start[word[:3]].append(word)
    return tuple(
        sorted(
            (topic, word)
            for word in _dictionary()
            for topic in by_start.get(word[:3], ())
            if topic != word
        )
    )


def _one_word_but_an_ending(a: str, b: str) -> bool:
    """Whether the two, once spelled alike, are one, or differ only in a short ending."""
    a, b = call_words.spelled(a), call_words.spelled(b)
    if a == b:
        return True
    common = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), None)
    common = min(len(a), len(b)) if common is None else common
    return common >= call_words.BASE_LETTERS and max(len(a), len(b)) - common <= ENDING_LETTERS


def test_dictionary_words_that_only_begin_as_a_topic_word_does_are_not_its() -> None:
    pairs = _pairs()
    assert len(pairs) > 50_000
    for pair in [("border", "bordeaux"), ("border", "bordel"), ("border", "bord")]:
        assert pair in pairs
    counted = [(t, w) for t, w in pairs if call_words.matches(t, w)]
    assert counted, "forms of a topic word are still its"
    wrong = [(t, w) for t, w in counted if not _one_word_but_an_ending(t, w)]
    assert wrong == []


@pytest.mark.parametrize(
    ("topic", "word"),
    [
        # A short word that begins a topic word, or a longer one that a topic word
        # begins, is another word.
        *[("border", w) for w in ("bord", "bords", "borde", "bordel", "bordeaux", "borderline")],
        ("copper", "cope"),
        ("copper", "copenhagen"),
        # Nor is a word that only one of the spellings made alike across the languages
        # would make one ("ch" is "c" before a consonant only: "technology", "tecnología").
        ("copper", "choppers"),
        ("coal", "koala"),
        ("copper", "coopère"),  # only doubled consonants are made single
        ("gold", "golden"),
        ("gold", "goldman"),
        ("frontera", "frontline"),
        ("frontalier", "frontal"),
        ("deportados", "deportivo"),
        ("extracción", "extracto"),
        ("passagers", "passage"),
        ("visas", "vise"),
        ("nickel", "nice"),
        ("cobre", "cobra"),
        ("cobre", "cobro"),
        ("mining", "minute"),
        ("migrants", "migraine"),
        ("oil", "oiled"),
    ],
)
def test_a_word_that_shares_a_start_with_a_topic_word_is_not_its(topic: str, word: str) -> None:
    topic, word = call_words.fold(topic), call_words.fold(word)
    assert not call_words.matches(topic, word)
    assert not call_words.matches(word, topic)


@pytest.mark.parametrize(
    ("topic", "word"),
    [
        ("migrants", "migrant"),
        ("migrantes", "migrante"),
        ("frontières", "frontière"),
        ("fronteras", "frontera"),
        ("fronterizas", "fronteriza"),
        ("border", "borders"),
        ("deported", "deport"),
        ("countries", "country"),
        ("nacionales", "nacional"),
        # Spelled alike in the three languages: "deportación", "deportation".
        ("deportaciones", "deportations"),
        ("inmigración", "immigration"),
    ],
)
def test_the_forms_of_a_word_in_one_language_are_one(topic: str, word: str) -> None:
    assert call_words.matches(call_words.fold(topic), call_words.fold(word))


def test_a_function_word_is_one_only_in_its_own_language() -> None:
    # "Terres" ends as "there" once spelled in one way: it is no English word.
    assert call_words.topical("terres")
    assert not call_words.topical("there")
    assert not call_words.topical("droit")  # a form of the French "droits"


def test_words_run_together_in_a_web_pages_name_are_apart() -> None:
    words = call_words.tokens("Pages/ImmigrationAndBorderManagement.aspx")
    assert words == ["pages", "immigration", "and", "border", "management", "aspx"]
    assert call_words.tokens("McDonald") == ["mc", "donald"]
