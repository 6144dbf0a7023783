"""The fourth adversarial collection's cases: the statements of `adv4_grammar` put in the
places of the second collection's mails and documents, by the second collection's builder.

Its case ids start with `c4-`. A case's half is its statement's: frozen when any part of
the statement comes from the grammar's family B. Never tune the rules on the frozen half."""

from __future__ import annotations

from dataclasses import dataclass, fields
from itertools import chain, zip_longest

from adv2_build import _STATES_USED, _USED, PLACES_C, Case, Texts, statement_cases
from adv4_grammar import LANGS, Statement, statements

# Only the prefix and the halving of statements are used: the lists come from the grammar.
FOURTH = Texts([], [], [], [], [], prefix="c4-", whole_statements=True, others=False)
TAGS = {"C": "refusal", "A": "anonymity", "P": "consent", "U": "mixed", "S": "silent"}
# Every label in the same fifteen places; the halves alternate, so both get each place.
PLACES = PLACES_C


@dataclass
class GrammarCase(Case):
    """A case whose half is fixed by its statement's parts, not by a hash."""

    fixed_half: str = "tune"

    @property
    def half(self) -> str:
        return self.fixed_half


def _alternating(items: list[Statement]) -> list[Statement]:
    tune = [s for s in items if s.half == "tune"]
    frozen = [s for s in items if s.half == "frozen"]
    return [s for s in chain.from_iterable(zip_longest(tune, frozen)) if s is not None]


def all_cases() -> list[Case]:
    """One case per statement, in the places of the second collection's statements."""
    _USED.clear()
    _STATES_USED.clear()
    drawn = statements()
    cases: list[Case] = []
    for label, tag in TAGS.items():
        items = [
            s
            for lang in LANGS
            for s in _alternating([s for s in drawn if s.lang == lang and s.label == label])
        ]
        texts = [(s.lang, s.label, s.text) for s in items]
        made = statement_cases(texts, tag, PLACES, 1, FOURTH)
        for statement, case in zip(items, made, strict=True):
            values = {f.name: getattr(case, f.name) for f in fields(Case)}
            values["note"] = f"{case.note} [{statement.recipe}]"
            cases.append(GrammarCase(**values, fixed_half=statement.half))
    return cases
