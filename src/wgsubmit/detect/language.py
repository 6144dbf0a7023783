"""Which language a text is in, and how sure: langdetect, seeded, on a bounded sample.

langdetect costs the same for a paragraph as for a page (it draws a fixed number of
n-grams), so a text is first read once through a probe made of short pieces from all
along it. When that one call is sure of one language, that is the answer; when it is
not (the text mixes languages, or is hard to tell), each sample is read on its own and
the samples vote, as they always did.
"""

from __future__ import annotations

import re

from wgsubmit.records import Language

MIN_LETTERS = 100  # below this a guess is noise: the answer is null
SHARE = 0.20  # a language holding this share of a text is listed in `languages`
CHUNK = 600  # characters per sample
SAMPLES = 12  # samples of a long text, spread over its length
PARTS = 3  # a long text is first read as its beginning, its middle and its end
PIECE = 200  # characters a part's reading takes from each of its samples
# langdetect averages seven trials: this probability means all seven found one language.
CLEAR = 0.999

_NOISE = re.compile(r"https?://\S+|www\.\S+|\S+@\S+|[\d_]+")


def letters(text: str) -> int:
    return sum(1 for c in text if c.isalpha())


def _has_letters(text: str, count: int) -> bool:
    """Whether a text holds `count` letters, read only as far as it takes."""
    found = 0
    for c in text:
        found += c.isalpha()
        if found >= count:
            return True
    return False


def detect_language(text: str) -> Language:
    """The main language of a text, its confidence, and every language holding 20% of it."""
    text = _NOISE.sub(" ", text)
    if not _has_letters(text, MIN_LETTERS):
        return Language(None)
    samples = _samples(text)
    clear = _clear(samples) if len(samples) >= PARTS else None
    if clear is not None:
        return Language(_iso(clear), 1.0, (_iso(clear),))
    return _voted(samples)


def _clear(samples: list[str]) -> str | None:
    """The one language of every part of the text (its beginning, middle and end), each
    part read at once through short pieces of its samples; None when the parts are not
    all sure of the same one."""
    found: set[str] = set()
    for part in range(PARTS):
        share = samples[part * len(samples) // PARTS : (part + 1) * len(samples) // PARTS]
        ranked = _ranked(" ".join(sample[:PIECE] for sample in share))
        if not ranked or ranked[0][1] < CLEAR:
            return None
        found.add(ranked[0][0])
    return found.pop() if len(found) == 1 else None


def _voted(samples: list[str]) -> Language:
    """Each sample's first language, weighted by its letters and probability."""
    votes: dict[str, float] = {}
    for sample in samples:
        weight = letters(sample)
        if weight < MIN_LETTERS // 2:
            continue
        ranked = _ranked(sample)
        if ranked:
            lang, prob = ranked[0]
            votes[lang] = votes.get(lang, 0.0) + weight * prob
    if not votes:
        return Language(None)
    total = sum(votes.values())
    shares = sorted(((lang, v / total) for lang, v in votes.items()), key=lambda x: -x[1])
    main, share = shares[0]
    listed = tuple(lang for lang, part in shares if part >= SHARE)
    return Language(_iso(main), round(share, 3), tuple(_iso(lang) for lang in listed))


def _ranked(text: str) -> list[tuple[str, float]]:
    """langdetect's languages for a text, likeliest first; none when it finds no n-gram."""
    from langdetect.lang_detect_exception import LangDetectException

    from wgsubmit.detect.trials import probabilities

    try:
        return probabilities(text)
    except LangDetectException:
        return []


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
