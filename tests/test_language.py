"""Which language a text is in: one langdetect call per part of a text that is plainly in
one language, a vote sample by sample when languages mix, the same answer every time."""

from __future__ import annotations

from pathlib import Path

import langdetect
import pytest

from wgsubmit.detect import language
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
    real = langdetect.detect_langs

    def counted(text: str) -> list[object]:
        made.append(text)
        return real(text)  # type: ignore[no-any-return]

    monkeypatch.setattr(langdetect, "detect_langs", counted)
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
