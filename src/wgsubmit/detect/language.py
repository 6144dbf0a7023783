"""Which language a text is in, and how sure: langdetect, seeded, voting over samples."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from wgsubmit.records import Language

MIN_LETTERS = 100  # below this a guess is noise: the answer is null
SHARE = 0.20  # a language holding this share of a text is listed in `languages`
CHUNK = 600  # characters per sample
SAMPLES = 12  # samples of a long text, spread over its length

_NOISE = re.compile(r"https?://\S+|www\.\S+|\S+@\S+|[\d_]+")


@cache
def _factory() -> None:
    from langdetect import DetectorFactory

    DetectorFactory.seed = 0  # repeatable results


def letters(text: str) -> int:
    return sum(1 for c in text if c.isalpha())


def detect_language(text: str) -> Language:
    """The main language of a text, its confidence, and every language holding 20% of it."""
    text = _NOISE.sub(" ", text)
    if letters(text) < MIN_LETTERS:
        return Language(None)
    from langdetect import detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    _factory()
    votes: Counter[str] = Counter()
    for sample in _samples(text):
        weight = letters(sample)
        if weight < MIN_LETTERS // 2:
            continue
        try:
            best = detect_langs(sample)[0]
        except LangDetectException:
            continue
        votes[best.lang] += weight * best.prob
    if not votes:
        return Language(None)
    total = sum(votes.values())
    ranked = [(lang, weight / total) for lang, weight in votes.most_common()]
    main, share = ranked[0]
    listed = tuple(lang for lang, part in ranked if part >= SHARE)
    return Language(_iso(main), round(share, 3), tuple(_iso(lang) for lang in listed))


def _samples(text: str) -> list[str]:
    """Whole paragraphs-sized samples, evenly spread: a long report's language is the
    language of most of it, not of its first page."""
    if len(text) <= CHUNK * 2:
        return [text]
    count = min(SAMPLES, len(text) // CHUNK)
    step = (len(text) - CHUNK) / max(count - 1, 1)
    return [text[int(i * step) : int(i * step) + CHUNK] for i in range(count)]


def _iso(code: str) -> str:
    """langdetect says zh-cn / zh-tw; ISO 639-1 says zh."""
    return code.split("-")[0]
