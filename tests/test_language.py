"""Which language a text is in: one langdetect call per part of a text that is plainly in
one language, a vote sample by sample when languages mix, the same answer every time."""

from __future__ import annotations

from pathlib import Path

import langdetect
import pytest
from langdetect import DetectorFactory

from wgsubmit.detect import language, trials
from wgsubmit.extract import Extractor, Limits, tell_languages

CORPUS = Path(__file__).parent / "data" / "corpus"

ENGLISH = (
    "Private security companies now run immigration detention centres in several countries "
    "of the region, escort deportation flights and guard reception facilities at borders. "
)
FRENCH = (
    "Des entreprises privées gèrent désormais des centres de rétention dans plusieurs pays "
    "de la région, escortent les vols de renvoi et gardent les centres d'accueil aux frontières. "
)


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    made: list[str] = []
    real = trials.probabilities

    def counted(text: str) -> list[tuple[str, float]]:
        made.append(text)
        return real(text)

    monkeypatch.setattr(trials, "probabilities", counted)
    return made


def test_a_long_text_in_one_language_takes_one_call_a_part(calls: list[str]) -> None:
    found = language.detect_language(ENGLISH * 40)
    assert (found.code, found.languages) == ("en", ("en",))
    assert len(calls) == language.PARTS
    assert all(len(text) < language.SAMPLES * language.PIECE for text in calls)  # bounded


def test_languages_that_mix_are_voted_on_and_both_listed(calls: list[str]) -> None:
    found = language.detect_language(ENGLISH * 28 + FRENCH * 12)
    assert found.code == "en" and found.languages == ("en", "fr")
    assert len(calls) > language.PARTS  # the parts disagreed: every sample was read


def test_a_short_text_is_one_sample_and_too_short_a_text_none(calls: list[str]) -> None:
    assert language.detect_language(FRENCH * 2).code == "fr"
    assert len(calls) == 1
    assert language.detect_language("Merci.").code is None


def test_the_same_text_gives_the_same_answer_in_every_worker() -> None:
    """A text on the edge between two languages: langdetect draws at random, seeded."""
    texts = [ENGLISH * 3 + FRENCH * 3] * 4
    here = [language.detect_language(t) for t in texts]
    with Extractor(Limits(workers=2)) as extractor:
        _, told = extractor.read([], texts)
        again = extractor.submit(tell_languages, texts).result()[0]
    assert told == here == again


def _stock(text: str) -> list[tuple[str, float]] | None:
    try:
        return [(found.lang, found.prob) for found in langdetect.detect_langs(text)]
    except langdetect.LangDetectException:
        return None


def _ours(text: str) -> list[tuple[str, float]] | None:
    try:
        return trials.probabilities(text)
    except langdetect.LangDetectException:
        return None


def test_the_trials_on_arrays_give_langdetects_own_answers_bit_for_bit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Real mail in many languages, cut into the pieces the detector reads, and pieces on
    the edge (a few words, two languages, digits only) where the walks run long."""
    monkeypatch.setattr(DetectorFactory, "seed", trials.SEED)
    bodies = [p.read_text(errors="replace") for p in sorted((CORPUS / "emails").rglob("*.eml"))]
    pieces = [b[i : i + language.CHUNK] for b in bodies for i in range(0, len(b), 1500)]
    pieces += [ENGLISH[:40], FRENCH[:25] + ENGLISH[:25], "12 345 678", "Bonjour Madame", ""]
    assert len(pieces) > 200
    differ = [p for p in pieces if _stock(p) != _ours(p)]
    assert not differ, differ[:3]
