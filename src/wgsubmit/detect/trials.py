"""langdetect's trials, each trial's products taken on arrays.

langdetect tells a language by seven random walks over a text's n-grams: each step
multiplies the 55 languages' probabilities by one n-gram's, some hundreds of steps a walk.
Taken one Python float at a time, that loop is most of what telling a language costs.
The walk here is langdetect's own walk: its profiles, its seed, the same n-grams drawn in
the same order, the same products and quotients in the same order, each sum taken by
Python's `sum` as langdetect takes it. Only where the numbers are held changes, so the
answers are langdetect's, bit for bit (tests/test_language.py compares them on real text).
"""

from __future__ import annotations

from functools import cache
from typing import Any

import numpy as np
from langdetect.detector import Detector
from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import ErrorCode, LangDetectException

SEED = 0  # the same text must always give the same answer, in every process


@cache
def _factory() -> Any:
    """langdetect's profiles, loaded once a process (the workers' server loads them)."""
    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.set_seed(SEED)
    return factory


def probabilities(text: str) -> list[tuple[str, float]]:
    """langdetect's languages for a text with their probabilities, likeliest first."""
    walk = _Walk(_factory())
    walk.append(text)
    return [(found.lang, found.prob) for found in walk.get_probabilities()]


class _Walk(Detector):  # type: ignore[misc]
    """langdetect's Detector; only its trials are taken over, each on an array."""

    def _detect_block(self) -> None:
        self.cleaning_text()
        ngrams = self._extract_ngrams()
        if not ngrams:
            raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
        self.random.seed(self.seed)
        found = np.zeros(len(self.langlist))
        for _ in range(self.n_trial):
            found += self._trial(ngrams) / self.n_trial
        self.langprob = found.tolist()

    def _trial(self, ngrams: list[str]) -> Any:
        prob = np.array(self._init_probability())
        alpha = self.alpha + self.random.gauss(0.0, 1.0) * self.ALPHA_WIDTH
        weight = alpha / self.BASE_FREQ
        draw = self.random.choice
        step = 0
        while True:
            prob *= weight + self._row(draw(ngrams))
            if step % 5 == 0:
                prob /= sum(prob.tolist())
                if prob.max() > self.CONV_THRESHOLD or step >= self.ITERATION_LIMIT:
                    return prob
            step += 1

    def _row(self, ngram: str) -> Any:
        """An n-gram's probabilities as an array, made the first time it is drawn in this
        process (in place of the profile's list, so the profiles take no more memory)."""
        row = self.word_lang_prob_map[ngram]
        if type(row) is list:
            row = self.word_lang_prob_map[ngram] = np.array(row)
        return row
