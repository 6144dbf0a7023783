"""The second set of sender variations holds together: the scores drawn from it mean something
only if every case is well formed and each category has enough cases in both halves."""

from __future__ import annotations

import re
from collections import Counter

from senders import CASE_ID, case_text
from senders2 import CATEGORIES, TYPES, VARIATIONS, category, half


def test_there_are_enough_cases_with_unique_well_formed_ids() -> None:
    ids = [v.id for v in VARIATIONS]
    assert len(ids) >= 140
    assert len(set(ids)) == len(ids)
    assert all(CASE_ID.match(i) for i in ids), [i for i in ids if not CASE_ID.match(i)]


def test_every_category_has_at_least_ten_cases() -> None:
    counts = Counter(category(v) for v in VARIATIONS)
    assert set(counts) == set(CATEGORIES)
    assert min(counts.values()) >= 10, counts


def test_the_frozen_half_is_between_forty_and_sixty_percent() -> None:
    frozen = sum(half(v) == "frozen" for v in VARIATIONS)
    assert 0.4 <= frozen / len(VARIATIONS) <= 0.6


def test_types_and_countries_are_valid() -> None:
    for v in VARIATIONS:
        assert v.type in TYPES, v.id
        if v.type in ("member_state", "nhri"):
            assert v.country is not None and re.fullmatch(r"[A-Z]{3}", v.country), v.id
        else:
            assert v.country is None, v.id


def test_names_are_whole_distinct_and_balanced() -> None:
    for v in VARIATIONS:
        assert v.names and len(set(v.names)) == len(v.names), v.id
        for name in v.names:
            assert name == name.strip() and name, v.id
            assert name.count("(") == name.count(")"), (v.id, name)


def test_the_first_name_can_be_read_from_the_mail() -> None:
    """Guards against typos: apart from a State's short name, the preferred form is built
    from words the mail itself contains (a full name and an acronym may sit apart)."""
    missing = []
    for v in VARIATIONS:
        if v.type == "member_state":
            continue
        text = case_text(v)
        pieces = re.split(r" \(|\) / |\)$|, | / ", v.names[0])
        missing += [(v.id, p) for p in pieces if p.strip() and p.strip().casefold() not in text]
    assert not missing
