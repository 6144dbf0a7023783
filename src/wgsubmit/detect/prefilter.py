"""Which rules cannot match a sentence, told without running them.

Most sentences match none of the hundreds of rules they are read with, and the re module
scans the whole sentence for each. Each rule's pattern is read once for words any match
of it must contain ("anonym" for ``\\banonym``; "not" or "n't" for ``(not|n't)``): a
sentence without one of them is not searched. This only skips searches that would find
nothing, so every answer stays what the rule gives.

A text is told once which of all the rules' words it holds (`present`): one scan by a
regular expression shaped as a tree of those words, instead of a lookup per word per rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache, lru_cache
from typing import Any

# Letters whose lower case is not what the re module's IGNORECASE takes them for.
_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})
_Needs = frozenset[str] | None  # one of these (lower case) is in every match; None: unknown
_Words = tuple[str, ...] | None  # the same, in the order the pattern gives them


def folded(text: str) -> str:
    # A sentence is read with several sets of rules: a short one is folded once.
    return _folded(text) if len(text) <= _KEPT else text.translate(_FOLD).lower()


_KEPT = 2000


@lru_cache(maxsize=4096)
def _folded(text: str) -> str:
    return text.translate(_FOLD).lower()


class _Index:
    """Which of a list of rules a text admits: those whose needed words it holds, and
    those whose words are unknown, by their place in the list."""

    def __init__(self, needs: Iterable[_Needs]) -> None:
        always: list[int] = []
        self._by_word: dict[str, list[int]] = {}
        for i, each in enumerate(needs):
            if each is None:
                always.append(i)
            for word in each or ():
                self._by_word.setdefault(word, []).append(i)
        self._always = tuple(always)
        _VOCABULARY.add(self._by_word)

    def admitted(self, text: str) -> list[int]:
        by_word = self._by_word
        found = set(self._always)
        for word in _VOCABULARY.present(text):
            found.update(by_word.get(word, ()))
        return sorted(found)


class Lazy:
    """A rule's pattern, compiled the first time a text holds its words: most rules are
    never searched in a run, and compiling them all held up every worker's start."""

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def is_compiled(self) -> bool:
        return self._compiled is not None

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.compiled().search(text, pos)

    def sub(self, replacement: str | Callable[[re.Match[str]], str], text: str) -> str:
        return self.compiled().sub(replacement, text)


Rule = re.Pattern[str] | Lazy


class Patterns:
    """Patterns searched in their order, each only where the text holds a word every match
    of it needs: a rule is skipped on a set lookup, not on scanning the text again."""

    def __init__(self, patterns: Iterable[Rule]) -> None:
        self.patterns = tuple(patterns)
        self._index = _Index(_needs_of(p.pattern, p.flags) for p in self.patterns)

    @classmethod
    def of(cls, sources: Iterable[str], flags: int) -> Patterns:
        """The patterns of these sources, each compiled when first searched."""
        return cls(Lazy(source, flags) for source in sources)

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.patterns)

    def first(self, text: str) -> tuple[int, re.Match[str]] | None:
        """The first pattern that matches, by its place in the order, and its match."""
        for i in self._index.admitted(text):
            if found := self.patterns[i].search(text):
                return i, found
        return None

    def search(self, text: str) -> re.Match[str] | None:
        """The first pattern's match, in their order."""
        first = self.first(text)
        return first[1] if first else None


class Gate:
    """One pattern, searched only where the text holds a word every match of it needs: a
    long alternation of cue words costs a scan per word boundary, a word lookup far less.

    A long alternation is also searched, first, as only those of its branches whose words
    the text holds: where none matches, the whole finds nothing; else the whole pattern is
    asked from the earliest place one matched, for the match it gives."""

    def __init__(self, pattern: Rule, branches: Iterable[str] = ()) -> None:
        self.pattern = pattern
        self._branches = tuple(branches)
        each = [_needs_of(b, pattern.flags) for b in self._branches]
        # A match of the whole is a match of one of its branches: it needs one of their
        # words (reading the whole again, as long as all its branches, would tell no more).
        self._needs = _union(each) if each else _needs(pattern)
        _VOCABULARY.add(self._needs or ())
        self._index = _Index(each)

    def may_match(self, text: str) -> bool:
        return self._needs is None or not self._needs.isdisjoint(_VOCABULARY.present(text))

    def search(self, text: str) -> re.Match[str] | None:
        if not self.may_match(text):
            return None
        if not self._branches:
            return self.pattern.search(text)
        flags = self.pattern.flags
        starts = [
            found.start()
            for i in self._index.admitted(text)
            if (found := _compiled(self._branches[i], flags).search(text))
        ]
        return self.pattern.search(text, min(starts)) if starts else None

    def sub(self, replacement: str, text: str) -> str:
        return self.pattern.sub(replacement, text) if self.search(text) else text


def _union(needs: list[_Needs]) -> _Needs:
    if any(each is None for each in needs):
        return None
    return frozenset(word for each in needs for word in each or ())


@cache
def _compiled(branch: str, flags: int) -> re.Pattern[str]:
    return re.compile(branch, flags)


def alternatives(source: str) -> list[str]:
    """The branches of a pattern that is an alternation, or a word boundary before a group
    that is one (``\\b(a|b)`` gives ``\\b(?:a)`` and ``\\b(?:b)``): each matches where
    the pattern does at one of its branches. A pattern with back references or named groups
    is kept whole."""
    if re.search(r"\\[1-9]|\(\?P", source):
        return [source]
    cuts = [i for i, c, depth in _structure(source) if c == "|" and depth == 0]
    if cuts:
        parts = [source[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(source)], strict=True)]
        return [branch for part in parts for branch in alternatives(part)]
    opened = re.match(r"(\\b)?\((\?:)?", source)
    closing = next((i for i, c, depth in _structure(source) if c == ")" and depth == 0), None)
    if opened and closing == len(source) - 1:
        inner = alternatives(source[opened.end() : -1])
        if len(inner) > 1:
            return [f"{opened.group(1) or ''}(?:{branch})" for branch in inner]
    return [source]


def _structure(source: str) -> Iterator[tuple[int, str, int]]:
    """Each `(`, `)` and `|` of a pattern outside escapes and character classes, with the
    depth of groups it stands in (a `)` at its group's own depth)."""
    depth, i, klass = 0, 0, False
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 1
        elif klass:
            klass = c != "]"
        elif c == "[":
            klass = True
            i += source[i + 1 : i + 2] == "^"
            i += source[i + 1 : i + 2] == "]"  # a "]" first in a class is a character
        elif c in "()|":
            depth -= c == ")"
            yield i, c, depth
            depth += c == "("
        i += 1


class _Vocabulary:
    """Every word the rules need, and which of them a text holds.

    One expression finds, at each place of the folded text, the longest of the words that
    begins there (a tree of them: shared beginnings are tried once, longer first). Every
    word held in the text is a beginning of what is found where it begins."""

    def __init__(self) -> None:
        self.words: set[str] = set()
        self._tree: re.Pattern[str] | None = None
        self._within: dict[str, frozenset[str]] = {}

    def add(self, words: Iterable[str]) -> None:
        new = set(words) - self.words
        if new:
            self.words |= new
            self._tree = None
            self.present.cache_clear()

    @lru_cache(maxsize=4096)  # noqa: B019  (one vocabulary, for the life of the process)
    def present(self, text: str) -> frozenset[str]:
        if self._tree is None:
            self._tree = re.compile(f"(?=({_tree(sorted(self.words))}))", re.DOTALL)
            self._within = {}
        held: set[str] = set()
        for found in set(self._tree.findall(folded(text))):
            within = self._within.get(found)
            if within is None:
                within = self._within[found] = frozenset(
                    found[:n] for n in range(1, len(found) + 1) if found[:n] in self.words
                )
            held |= within
        return frozenset(held)


def _tree(words: list[str]) -> str:
    """An expression of sorted words, as a tree by their first letters; the longest match
    is tried first."""
    ends = "" in words
    heads: dict[str, list[str]] = {}
    for word in words:
        if word:
            heads.setdefault(word[0], []).append(word[1:])
    branches = [re.escape(head) + _tree(rest) for head, rest in heads.items()]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


_VOCABULARY = _Vocabulary()


def _needs(pattern: Rule) -> _Needs:
    return _needs_of(pattern.pattern, pattern.flags)


@cache
def _needs_of(source: str, flags: int) -> _Needs:
    try:
        from re import _parser  # type: ignore[attr-defined]

        needs = _sequence(list(_parser.parse(source, flags)))
    except Exception:  # a pattern this reading does not follow is always searched
        return None
    return frozenset(needs) if needs is not None else None


_MOST = 200  # a part with more words than this sifts too little to be worth it


def _safe(code: int) -> bool:
    """Characters whose lower case IGNORECASE matches as str.lower() gives it (Latin)."""
    return code < 0x80 or (0xC0 <= code <= 0xFF and code not in (0xD7, 0xF7, 0xDF))


def _sequence(items: list[tuple[Any, Any]]) -> _Words:
    """The best of what each part of a sequence needs: a run of letters, or a part's own."""
    found: list[tuple[str, ...]] = []
    run = ""
    for op, value in items:
        name = str(op)
        if name == "LITERAL" and _safe(value):
            run += chr(value)
            continue
        if run:
            found.append((folded(run),))
            run = ""
        needs = _item(name, value)
        if needs:
            found.append(needs)
    if run:
        found.append((folded(run),))
    # The part whose shortest word is longest sifts best; a part of many words sifts little.
    few = [words for words in found if len(words) <= _MOST]
    return max(few, key=lambda words: min(map(len, words)), default=None)


def _item(name: str, value: Any) -> _Words:
    if name == "SUBPATTERN":
        return _sequence(list(value[-1]))
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and value[0] >= 1:
        return _sequence(list(value[2]))
    if name == "ASSERT":  # what a lookahead or lookbehind sees is in the text too
        return _sequence(list(value[1]))
    if name == "ATOMIC_GROUP":
        return _sequence(list(value))
    if name == "BRANCH":
        branches = [_sequence(list(branch)) for branch in value[1]]
        if any(b is None for b in branches):
            return None
        return tuple(dict.fromkeys(word for b in branches if b for word in b))
    return None
