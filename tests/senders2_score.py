"""The submitter detector scored on a set of sender variations (`senders2` unless told,
or `senders3`, `senders4`, `senders5`, `senders6`, `senders7`, `senders8`, `senders9`,
`senders10`, `senders11`, `senders12`, `senders13`, `senders14`, `senders15` or `senders16`),
each half apart.

    .venv/bin/python tests/senders2_score.py            # the figures of both halves
    .venv/bin/python tests/senders2_score.py --misses   # … and the tune half's misses
    .venv/bin/python tests/senders2_score.py --set senders3
    .venv/bin/python tests/senders2_score.py --set senders4
    .venv/bin/python tests/senders2_score.py --set senders5
    .venv/bin/python tests/senders2_score.py --set senders6
    .venv/bin/python tests/senders2_score.py --set senders7
    .venv/bin/python tests/senders2_score.py --set senders8
    .venv/bin/python tests/senders2_score.py --set senders9
    .venv/bin/python tests/senders2_score.py --set senders10
    .venv/bin/python tests/senders2_score.py --set senders11
    .venv/bin/python tests/senders2_score.py --set senders12
    .venv/bin/python tests/senders2_score.py --set senders13
    .venv/bin/python tests/senders2_score.py --set senders14
    .venv/bin/python tests/senders2_score.py --set senders15
    .venv/bin/python tests/senders2_score.py --set senders16

A set is a module holding `VARIATIONS` and its own `half`, each case a `Variation`.

Only the tune half's cases are ever shown one by one; the frozen half gives its figures
alone, so that it stays a measure of rules not written for it.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from senders import fold
from senders2 import Variation, category

SETS = (
    "senders2",
    "senders3",
    "senders4",
    "senders5",
    "senders6",
    "senders7",
    "senders8",
    "senders9",
    "senders10",
    "senders11",
    "senders12",
    "senders13",
    "senders14",
    "senders15",
    "senders16",
)

STATES = ("member_state", "observer_state")


@dataclass(frozen=True)
class Found:
    """What the detector says of one variation, and how it fares."""

    variation: Variation
    type: str
    name: str | None
    country: str | None
    type_ok: bool
    name_ok: bool
    person_for_org: bool  # a person's name where the answer is an organization's
    cut: bool  # a name cut inside a phrase, or its brackets left open
    state: bool  # published as a State


def found(v: Variation) -> Found:
    from wgsubmit.detect.name_edges import is_cut
    from wgsubmit.detect.person_words import is_person
    from wgsubmit.detect.submitter import Sender, suggest

    got = suggest(Sender(v.display_name, v.address, v.subject, v.body, v.document))
    name = got.name or ""
    return Found(
        v,
        got.type,
        got.name,
        got.country,
        type_ok=got.type == v.type,
        name_ok=fold(name) in {fold(n) for n in v.names} or _with_acronym(name, v),
        person_for_org=bool(name) and is_person(name) and not any(is_person(n) for n in v.names),
        cut=bool(name) and is_cut(name),
        state=got.type in STATES,
    )


_WITH_ACRONYM = re.compile(r"^(?P<name>.+) \((?P<acronym>[A-ZÀ-Ý][A-Za-zÀ-ÿ&\-]{1,11})\)$")


def _with_acronym(name: str, v: Variation) -> bool:
    """An accepted name followed by its acronym, as the page writes one when both are
    known ("Full Name (ACRONYM)"), when the mail itself gives that acronym."""
    found = _WITH_ACRONYM.match(name)
    if found is None or fold(found["name"]) not in {fold(n) for n in v.names}:
        return False
    mail = " ".join((v.display_name, v.address, v.subject, v.body, v.document))
    return re.search(rf"(?<![\w]){re.escape(found['acronym'])}(?![\w])", mail) is not None


@dataclass(frozen=True)
class Score:
    n: int
    type_ok: int
    name_ok: int
    person_for_org: int
    cut: int
    states_said: int  # published as a State
    states_right: int  # … that are that State
    countries: int  # cases with a country (States and NHRIs)
    country_ok: int  # … given that country
    by_category: dict[str, tuple[int, int, int]]  # category: cases, right type, right name

    @property
    def state_precision(self) -> float:
        return self.states_right / self.states_said if self.states_said else 1.0

    def line(self, half_name: str) -> str:
        return (
            f"{half_name:6} n={self.n:3} type={self.type_ok / self.n:6.1%} "
            f"exact name={self.name_ok / self.n:6.1%} person for org={self.person_for_org} "
            f"cut={self.cut} Member State precision={self.state_precision:.0%} "
            f"({self.states_right}/{self.states_said}) country={self.country_ok}/{self.countries}"
        )


def score(results: list[Found]) -> Score:
    categories: Counter[str] = Counter()
    types: Counter[str] = Counter()
    names: Counter[str] = Counter()
    for f in results:
        c = category(f.variation)
        categories[c] += 1
        types[c] += f.type_ok
        names[c] += f.name_ok
    return Score(
        n=len(results),
        type_ok=sum(f.type_ok for f in results),
        name_ok=sum(f.name_ok for f in results),
        person_for_org=sum(f.person_for_org for f in results),
        cut=sum(f.cut for f in results),
        states_said=sum(f.state for f in results),
        states_right=sum(
            f.state and f.variation.type in STATES and f.country == f.variation.country
            for f in results
        ),
        countries=sum(f.variation.country is not None for f in results),
        country_ok=sum(
            f.variation.country is not None and f.country == f.variation.country for f in results
        ),
        by_category={c: (categories[c], types[c], names[c]) for c in sorted(categories)},
    )


def _cases(set_name: str) -> list[tuple[Variation, str]]:
    """Each variation of the set with its half."""
    if set_name not in SETS:
        raise ValueError(f"no set of sender variations named {set_name!r}")
    module = importlib.import_module(set_name)
    return [(v, module.half(v)) for v in module.VARIATIONS]


def by_half(set_name: str = "senders2") -> dict[str, Score]:
    results = [(found(v), h) for v, h in _cases(set_name)]
    return {h: score([f for f, fh in results if fh == h]) for h in ("tune", "frozen")}


# A half's bounds: type, exact names, persons for organizations at most, State precision,
# countries right.
Bounds = tuple[float, float, int, float, int]


def check_holds(set_name: str, measured: dict[str, Bounds]) -> None:
    """Assert that each half of a set scores at least its measured figures, with no cut
    name."""
    for half, score in by_half(set_name).items():
        types, names, persons, precision, countries = measured[half]
        assert score.type_ok / score.n >= types, (half, score.line(half))
        assert score.name_ok / score.n >= names, (half, score.line(half))
        assert score.person_for_org <= persons, score.line(half)
        assert score.cut == 0, score.line(half)
        assert score.state_precision >= precision, score.line(half)
        assert score.country_ok >= countries, score.line(half)


def misses(set_name: str = "senders2") -> list[str]:
    """The tune half's cases the detector gets wrong, one a line."""
    out = []
    for v, h in _cases(set_name):
        if h != "tune":
            continue
        f = found(v)
        if not (f.type_ok and f.name_ok) or f.cut or f.person_for_org:
            out.append(f"{v.id}: {f.type} {f.name!r}, expected {v.type} {v.names[0]!r}")
    return out


def _set_name(argv: list[str]) -> str:
    if "--set" not in argv:
        return "senders2"
    at = argv.index("--set") + 1
    if at >= len(argv) or argv[at] not in SETS:
        print(f"Error: --set takes one of {', '.join(SETS)}", file=sys.stderr)
        sys.exit(2)
    return argv[at]


def main() -> None:
    set_name = _set_name(sys.argv)
    halves = by_half(set_name)
    for name, s in halves.items():
        print(s.line(name))
    print("\nby category (cases, right type, right name):")
    for c in halves["tune"].by_category:
        cells = "  ".join(f"{h} {halves[h].by_category.get(c, (0, 0, 0))}" for h in halves)
        print(f"  {c:11} {cells}")
    if "--misses" in sys.argv:
        print("\ntune misses:")
        print("\n".join(misses(set_name)))


if __name__ == "__main__":
    main()
