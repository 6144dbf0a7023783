"""The prefilter only skips searches that would find nothing: every answer is the one the
patterns give when each is searched in turn, whatever words the text holds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from wgsubmit.detect.prefilter import Gate, Lazy, Patterns, alternatives

# Words that begin, end or hold one another, in several cases and with letters whose
# lower case is not what IGNORECASE takes them for.
WORDS = ["not", "nothing", "no", "n't", "publi", "publish", "anonym", "ſecret", "İd", "no one"]
PATTERNS = [
    re.compile(r"\bnot\s+(?:to\s+)?publish", re.I),
    re.compile(r"\bnothing\b", re.I),
    re.compile(r"(?:anonym|secret)\w*", re.I),
    re.compile(r"n't\s+\w+", re.I),
    re.compile(r"\bno\s+one\b", re.I),
    re.compile(r"id\w+", re.I),
    re.compile(r"\bno\w*", re.I),  # needs "no", which "not" and "nothing" begin with
    re.compile(r"publi(?:c|sh)", re.I),
    re.compile(r"\b\w+ed\b"),  # no word it needs: always searched
]
pieces = st.lists(st.sampled_from([*WORDS, " ", "ing", "ed ", "to ", "PUBLISH", "x"]), max_size=12)


def naive_first(text: str) -> tuple[int, str] | None:
    for i, pattern in enumerate(PATTERNS):
        if found := pattern.search(text):
            return i, found.group()
    return None


@settings(max_examples=300)
@given(pieces)
def test_patterns_give_the_first_match_of_searching_each_in_turn(parts: list[str]) -> None:
    text = "".join(parts)
    found = Patterns(PATTERNS).first(text)
    assert (None if found is None else (found[0], found[1].group())) == naive_first(text)


@settings(max_examples=300)
@given(pieces)
def test_a_gate_finds_what_its_pattern_finds(parts: list[str]) -> None:
    text = "".join(parts)
    for pattern in PATTERNS:
        gate = Gate(pattern)
        assert bool(gate.search(text)) == bool(pattern.search(text)), (pattern, text)
        assert gate.sub("_", text) == pattern.sub("_", text)


@settings(max_examples=200)
@given(pieces)
def test_rules_compiled_when_first_searched_give_the_same_first_match(parts: list[str]) -> None:
    text = "".join(parts)
    lazy = Patterns.of([p.pattern for p in PATTERNS[:-1]], re.I)
    found = lazy.first(text)
    expected = Patterns(PATTERNS[:-1]).first(text)
    assert (found and (found[0], found[1].span())) == (
        expected and (expected[0], expected[1].span())
    )


def test_a_rule_is_compiled_only_once_a_text_holds_its_words() -> None:
    rules = Patterns.of([r"\bzyxwv\s+clause", r"\bqwertz\b"], re.I)
    first, second = rules
    assert isinstance(first, Lazy) and isinstance(second, Lazy)
    assert rules.search("A text that holds neither word.") is None
    assert not first.is_compiled and not second.is_compiled
    found = rules.first("The ZYXWV  clause.")
    assert found is not None and found[0] == 0
    assert first.is_compiled and not second.is_compiled


def test_words_added_later_are_looked_for_in_texts_already_seen() -> None:
    text = "The Zorbl clause applies."
    assert Patterns([re.compile("clause")]).search(text)
    assert Gate(re.compile("zorbl", re.I)).search(text)  # a new word, after `text` was read


# A cue list as cues.toml writes one: a word boundary before one long alternation, whose
# branches hold groups, gaps of words, classes with "|" and ")" in them, and lookarounds.
CUES = (
    r"\b(publi\w*|(not|n't|no)\s+(\w+\s+)?(share|cite)\s+(it|this)\b|on\s+hold|"
    r"[|)]x|(?<!if\s)was\s+published|private(?!\s+security)|no\s+one|anonym\w*|"
    r"(this|it)\s+(is|are)\s+(very\s+)?sensitive\b)"
)
cue_pieces = st.lists(
    st.sampled_from(
        ["publish", "not", "n't", "no", "share", "cite", "it", "this", "on", "hold", "|x",
         ")x", "if", "was", "published", "private", "security", "one", "anonymous", "is",
         "very", "sensitive", " ", " ", "x"]
    ),
    max_size=14,
)  # fmt: skip


def test_a_cue_list_is_cut_into_its_branches_each_with_the_word_boundary() -> None:
    branches = alternatives(CUES)
    assert len(branches) == 9
    assert all(b.startswith(r"\b(?:") for b in branches)
    assert r"\b(?:[|)]x)" in branches
    assert alternatives(r"(a|b)c") == [r"(a|b)c"]  # not an alternation as a whole
    assert alternatives(r"(a|b)\1") == [r"(a|b)\1"]  # a back reference keeps it whole
    assert alternatives(r"(?:x|y)|(?:\b(p|q))") == [
        "(?:x)",
        "(?:y)",
        r"(?:\b(?:p))",
        r"(?:\b(?:q))",
    ]


@settings(max_examples=400)
@given(cue_pieces)
def test_a_gate_read_by_its_branches_finds_what_the_whole_pattern_finds(parts: list[str]) -> None:
    text = "".join(parts)
    pattern = re.compile(CUES, re.IGNORECASE)
    gate = Gate(pattern, alternatives(CUES))
    found, expected = gate.search(text), pattern.search(text)
    assert (found and (found.span(), found.groups())) == (
        expected and (expected.span(), expected.groups())
    )
    assert gate.sub("_", text) == pattern.sub("_", text)
