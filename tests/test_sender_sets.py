"""The third, fourth, fifth and sixteenth sets of sender variations hold together: their
scores mean something only if every case is well formed, each category has enough cases,
and both halves hold every category."""

from __future__ import annotations

import importlib
import re
from collections import Counter
from types import ModuleType

import pytest

from senders import CASE_ID, case_text
from senders2 import TYPES, category, language

JOINT = re.compile(r" and \d+ others?$")
# each set, the fewest cases it holds, and the fewest it holds in a category
SETS = {
    "senders3": (150, 8),
    "senders4": (150, 10),
    "senders5": (150, 12),
    "senders16": (130, 4),
}


@pytest.fixture(params=list(SETS))
def written(request: pytest.FixtureRequest) -> ModuleType:
    return importlib.import_module(request.param)


def test_there_are_enough_cases_with_unique_ids_numbered_within_their_category(
    written: ModuleType,
) -> None:
    ids = [v.id for v in written.VARIATIONS]
    assert len(ids) >= SETS[written.__name__][0]
    assert len(set(ids)) == len(ids)
    assert all(CASE_ID.match(i) for i in ids), [i for i in ids if not CASE_ID.match(i)]
    for c in written.CATEGORIES:
        numbers = sorted(int(v.id[-2:]) for v in written.VARIATIONS if category(v) == c)
        assert numbers == list(range(1, len(numbers) + 1)), c


def test_every_category_has_its_fewest_cases_and_sits_in_both_halves(written: ModuleType) -> None:
    counts = Counter(category(v) for v in written.VARIATIONS)
    assert set(counts) == set(written.CATEGORIES)
    assert min(counts.values()) >= SETS[written.__name__][1], counts
    for c in written.CATEGORIES:
        halves = Counter(written.half(v) for v in written.VARIATIONS if category(v) == c)
        assert abs(halves["tune"] - halves["frozen"]) <= 1, (c, halves)


def test_the_bodies_are_about_half_english_and_a_quarter_each_french_and_spanish(
    written: ModuleType,
) -> None:
    share = Counter(language(v) for v in written.VARIATIONS)
    n = len(written.VARIATIONS)
    assert 0.4 <= share["en"] / n <= 0.6, share
    assert 0.18 <= share["fr"] / n <= 0.32, share
    assert 0.18 <= share["es"] / n <= 0.32, share


def test_joint_submissions_are_named_after_their_lead_and_the_others(written: ModuleType) -> None:
    for v in written.VARIATIONS:
        if category(v) == "joint":
            assert JOINT.search(v.names[0]), v.id


def test_types_and_countries_are_valid(written: ModuleType) -> None:
    for v in written.VARIATIONS:
        assert v.type in TYPES, v.id
        if v.type in ("member_state", "nhri"):
            assert v.country is not None and re.fullmatch(r"[A-Z]{3}", v.country), v.id
        else:
            assert v.country is None, v.id


def test_invented_organisations_write_from_example_domains_or_free_mail(
    written: ModuleType,
) -> None:
    """Real bodies (States, NHRIs, intergovernmental ones) keep their own domains; no other
    case may borrow a real organisation's domain."""
    real = {"member_state", "nhri", "international_org"}
    for v in written.VARIATIONS:
        domain = v.address.rsplit("@", 1)[1]
        if v.type in real:
            continue
        invented = ".example." in f".{domain}" or domain.startswith("example.")
        free = domain in {"gmail.com", "yahoo.com", "yahoo.es", "hotmail.com", "outlook.com",
                          "protonmail.com", "laposte.net"}  # fmt: skip
        assert invented or free, (v.id, domain)


def test_names_are_whole_distinct_and_balanced(written: ModuleType) -> None:
    for v in written.VARIATIONS:
        assert v.names and len(set(v.names)) == len(v.names), v.id
        for name in v.names:
            assert name == name.strip() and name, v.id
            assert name.count("(") == name.count(")"), (v.id, name)


def test_the_first_name_can_be_read_from_the_mail(written: ModuleType) -> None:
    """Guards against typos: apart from a State's short name, the preferred form is built
    from words the mail itself contains (a full name and an acronym may sit apart; a joint
    submission's "and N others" is the officer's)."""
    missing = []
    for v in written.VARIATIONS:
        if v.type == "member_state":
            continue
        text = case_text(v)
        pieces = re.split(r" \(|\) / |\)$|, | / ", JOINT.sub("", v.names[0]))
        missing += [(v.id, p) for p in pieces if p.strip() and p.strip().casefold() not in text]
    assert not missing
