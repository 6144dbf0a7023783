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

import json
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from langdetect.detector import Detector
from langdetect.detector_factory import PROFILES_DIRECTORY
from langdetect.lang_detect_exception import ErrorCode, LangDetectException

SEED = 0  # the same text must always give the same answer, in every process


@dataclass(frozen=True)
class _Profiles:
    """langdetect's profiles as its Detector reads them: each n-gram's row in one matrix of
    probabilities (an n-gram by a language), in langdetect's order of languages."""

    word_lang_prob_map: dict[str, int]  # the n-gram's row
    langlist: list[str]
    matrix: Any
    seed: int = SEED


@cache
def _profiles() -> _Profiles:
    """Loaded once a process (the workers' server loads them), as langdetect's
    DetectorFactory.load_profile does, the same numbers taken in arrays."""
    names = [n for n in os.listdir(PROFILES_DIRECTORY) if not n.startswith(".")]
    found = [json.loads((Path(PROFILES_DIRECTORY) / n).read_text("utf-8")) for n in names]
    rows: dict[str, int] = {}
    for profile in found:
        for word in profile["freq"]:
            rows.setdefault(word, len(rows))
    matrix = np.zeros((len(rows), len(found)))
    for column, profile in enumerate(found):
        words = [w for w in profile["freq"] if 1 <= len(w) <= 3]
        where = np.array([rows[w] for w in words], dtype=np.intp)
        counts = np.array([profile["freq"][w] for w in words], dtype=np.float64)
        totals = np.array(profile["n_words"], dtype=np.float64)[[len(w) - 1 for w in words]]
        matrix[where, column] = counts / totals
    return _Profiles(rows, [p["name"] for p in found], matrix)


def probabilities(text: str) -> list[tuple[str, float]]:
    """langdetect's languages for a text with their probabilities, likeliest first."""
    walk = _Walk(_profiles())
    walk.append(text)
    return [(found.lang, found.prob) for found in walk.get_probabilities()]


class _Walk(Detector):  # type: ignore[misc]
    """langdetect's Detector; only its trials are taken over, each on an array."""

    def __init__(self, profiles: _Profiles) -> None:
        super().__init__(profiles)
        self._matrix = profiles.matrix

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
        rows, matrix = self.word_lang_prob_map, self._matrix
        step = 0
        while True:
            prob *= weight + matrix[rows[draw(ngrams)]]
            if step % 5 == 0:
                prob /= sum(prob.tolist())
                if prob.max() > self.CONV_THRESHOLD or step >= self.ITERATION_LIMIT:
                    return prob
            step += 1
