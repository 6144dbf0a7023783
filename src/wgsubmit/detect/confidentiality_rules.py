"""The rules of confidentiality.toml, read once: each section's patterns in their order with
its value, the patterns that skip a disclaimer or the call's own text, and those of
anonymity, of a part kept back and of a condition; which section a sentence matches
first, and what a form's ticked label says."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from wgsubmit.detect import cue_words, prefilter, refusals

CONSENT = 3  # the section of plain consent, whose matches a negation turns around


@dataclass(frozen=True)
class PublicationRules:
    disclaimer: prefilter.Patterns
    call_text: prefilter.Patterns
    anonymous: prefilter.Patterns
    partial_part: re.Pattern[str]
    partial_except: re.Pattern[str]
    except_part: re.Pattern[str]
    condition: re.Pattern[str]
    removal: re.Pattern[str]  # something to take out before it goes up, after a consent's "but"
    ordered: prefilter.Patterns  # every section's patterns, the sections in their order
    sections: tuple[tuple[str, int], ...]  # each of those patterns' value and section
    consent: prefilter.Patterns  # the patterns whose value is "publish"


@cache
def publication_rules() -> PublicationRules:
    data = tomllib.loads(
        resources.files("wgsubmit.detect").joinpath("confidentiality.toml").read_text("utf-8")
    )
    doc, subject = data["words"]["doc"], data["words"]["subject"]

    def compile_all(patterns: Iterable[str]) -> prefilter.Patterns:
        filled = (p.replace("{doc}", doc).replace("{subject}", subject) for p in patterns)
        sources = (cue_words.with_unaccented(p) for p in filled)
        return prefilter.Patterns.of(sources, re.IGNORECASE)

    part, exception = data["partial"]["patterns"]
    sections = [(r["value"], compile_all(r["patterns"])) for r in data["rules"]]
    return PublicationRules(
        disclaimer=compile_all(data["skip"]["disclaimer"]),
        call_text=compile_all(data["skip"]["call_text"]),
        anonymous=compile_all(data["anonymous"]["patterns"]),
        partial_part=re.compile(part, re.IGNORECASE),
        partial_except=re.compile(exception, re.IGNORECASE),
        except_part=re.compile(data["partial"]["except_part"], re.IGNORECASE),
        condition=re.compile(data["condition"]["pattern"], re.IGNORECASE),
        removal=re.compile(data["condition"]["removal"], re.IGNORECASE),
        ordered=prefilter.Patterns(p for _, patterns in sections for p in patterns),
        sections=tuple((v, i) for i, (v, patterns) in enumerate(sections) for _ in patterns),
        consent=prefilter.Patterns(p for v, ps in sections if v == "publish" for p in ps),
    )


@lru_cache(maxsize=4096)  # a line is asked about as a label, a value and a statement
def first_rule(sentence: str) -> tuple[str | None, int, re.Match[str] | None]:
    """The first section of rules matching the sentence: its value, its place, the match."""
    rules = publication_rules()
    first = rules.ordered.first(sentence)
    if first is None:
        return None, -1, None
    value, section = rules.sections[first[0]]
    return value, section, first[1]


def ruled_value(sentence: str) -> str | None:
    return first_rule(sentence)[0]


def answered_value(label: str) -> str | None:
    """What a form's ticked label or a field's value says, a negated consent read as the
    refusal it is ("☒ Je n'autorise pas la publication")."""
    value, section, found = first_rule(label)
    if value == "publish" and section == CONSENT and found is not None:
        return refusals.negated_consent(label, found) or value
    return value


def names_a_part(sentence: str) -> bool:
    rules = publication_rules()
    part = rules.partial_part.search(sentence)
    if part is None:
        return False
    named = bool(part.group(2) and part.group(2).strip())
    consents = bool(rules.consent.search(sentence))
    return named or consents or bool(rules.partial_except.search(sentence))
