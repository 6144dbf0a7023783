"""The words a refusal is read from, out of refusals.toml: verbs of publishing, negations,
consent and permission, conditions and embargoes, and what a request may be about (the
submission, a part of it, the writer, others, the report alone), each matched also
without its accents."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from wgsubmit.detect import cue_words


@dataclass(frozen=True)
class RefusalWords:
    verb: re.Pattern[str]
    determiner: re.Pattern[str]
    noun: re.Pattern[str]
    negation: re.Pattern[str]
    consent: re.Pattern[str]
    permission: re.Pattern[str]
    welcome: re.Pattern[str]
    anonymity: re.Pattern[str]
    clause_break: re.Pattern[str]
    governing: re.Pattern[str]
    past: re.Pattern[str]
    wish: re.Pattern[str]
    between: re.Pattern[str]
    after: re.Pattern[str]
    address: re.Pattern[str]
    anchor: re.Pattern[str]
    condition: re.Pattern[str]
    embargo: re.Pattern[str]
    wait: re.Pattern[str]
    others: re.Pattern[str]
    writer: re.Pattern[str]
    part: re.Pattern[str]
    portion: re.Pattern[str]
    report: re.Pattern[str]
    document: re.Pattern[str]


@cache
def refusal_words() -> RefusalWords:
    data = tomllib.loads(
        resources.files("wgsubmit.detect").joinpath("refusals.toml").read_text("utf-8")
    )
    merged = {**data["words"], **data["objects"]}
    return RefusalWords(
        **{
            key: re.compile(cue_words.unaccented(pattern), re.IGNORECASE)
            for key, pattern in merged.items()
        }
    )
