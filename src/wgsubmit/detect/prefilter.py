"""Which rules cannot match a sentence, told without running them.

Most sentences match none of the hundreds of rules they are read with, and the re module
scans the whole sentence for each. Each rule's pattern is read once for words any match
of it must contain ("anonym" for ``\\banonym``; "not" or "n't" for ``(not|n't)``): a
sentence without one of them is not searched. This only skips searches that would find
nothing, so every answer stays what the rule gives.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
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


class Patterns:
    """Patterns searched in their order, each only where the text holds a word every match
    of it needs. The text is folded once, and told once which of all the patterns' words
    it holds: a rule is then skipped on a set lookup, not on scanning the text again."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        self.patterns = tuple(patterns)
        self._needs = tuple(_needs(p) for p in self.patterns)
        self._words = tuple(sorted({w for needs in self._needs if needs for w in needs}))

    def __iter__(self) -> Iterator[re.Pattern[str]]:
        return iter(self.patterns)

    def first(self, text: str) -> tuple[int, re.Match[str]] | None:
        """The first pattern that matches, by its place in the order, and its match."""
        low = folded(text)
        present = {w for w in self._words if w in low}
        for i, (pattern, needs) in enumerate(zip(self.patterns, self._needs, strict=True)):
            if needs is not None and present.isdisjoint(needs):
                continue
            if found := pattern.search(text):
                return i, found
        return None

    def search(self, text: str) -> re.Match[str] | None:
        """The first pattern's match, in their order."""
        first = self.first(text)
        return first[1] if first else None


class Gate:
    """One pattern, searched only where the text holds a word every match of it needs: a
    long alternation of cue words costs a scan per word boundary, a word lookup far less."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._needs = _needs(pattern)

    def may_match(self, text: str) -> bool:
        if self._needs is None:
            return True
        low = folded(text)
        return any(word in low for word in self._needs)

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.may_match(text) else None

    def sub(self, replacement: str, text: str) -> str:
        return self.pattern.sub(replacement, text) if self.may_match(text) else text


@cache
def _needs(pattern: re.Pattern[str]) -> _Needs:
    try:
        from re import _parser  # type: ignore[attr-defined]

        needs = _sequence(list(_parser.parse(pattern.pattern, pattern.flags)))
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
