"""The adversarial collections built from written statements by the second collection's
builder (the third, seventh, eighth, ninth and tenth), each checked itself: complete
labels, even halves with both copies of a statement in one, ids apart from the second
collection's, no two cases from one sender, real files, and a later message always
imported before the one it follows. (Scoring the tool against them is tests/test_eval.py's
job.)"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conftest import Scored

TESTS = Path(__file__).resolve().parent
sys.path[:0] = [str(TESTS / "adversarial2"), str(TESTS / "adversarial")]

from collection import find  # noqa: E402
from collection_checks import check_cases, check_messages, check_senders  # noqa: E402

# number: the fewest cases the collection holds
COLLECTIONS = {3: 300, 7: 300, 8: 250, 9: 250, 10: 250}


@pytest.mark.parametrize("number", sorted(COLLECTIONS))
def test_every_case_is_labelled_and_the_halves_are_even(number: int) -> None:
    cases = find(number).all_cases()
    check_cases(cases, at_least=COLLECTIONS[number], labels_used="PCUA")
    assert all(c.id.startswith(f"c{number}-") for c in cases)  # never one of the second's
    assert any(c.statement for c in cases)  # statements in two copies, each in one half


@pytest.mark.parametrize("number", sorted(COLLECTIONS))
def test_no_two_cases_share_a_sender(number: int) -> None:
    check_senders(find(number).all_cases())


@pytest.mark.parametrize("number", sorted(COLLECTIONS))
def test_the_messages_match_their_labels_and_carry_real_documents(
    number: int, scored: Scored
) -> None:
    """The collection as its scorer built it (tests/test_eval.py reads its figures)."""
    _, work = scored(number)
    assert (work / "labels.json").is_file()  # the scorer built it there
    check_messages(find(number).build, work)
