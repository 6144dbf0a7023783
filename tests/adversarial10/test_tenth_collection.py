"""The tenth adversarial collection itself: complete labels, even halves with both copies
of a statement in one, ids apart from the second collection's, real files, and a later
message always imported before the one it follows. (Scoring the tool against it is
tests/test_eval.py's job.)"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent)]

from adv10_build import all_cases, build  # noqa: E402
from collection_checks import check_cases, check_messages, check_senders  # noqa: E402

from conftest import Scored  # noqa: E402


def test_every_case_is_labelled_and_the_halves_are_even() -> None:
    cases = all_cases()
    check_cases(cases, at_least=250, labels_used="PCUA")
    assert all(c.id.startswith("c10-") for c in cases)  # never one of the second's ids
    assert any(c.statement for c in cases)  # statements in two copies, each in one half


def test_no_two_cases_share_a_sender() -> None:
    check_senders(all_cases())


def test_the_messages_match_their_labels_and_carry_real_documents(scored: Scored) -> None:
    """The collection as the scorer built it (tests/test_eval.py reads its figures)."""
    _, work = scored("adversarial9/adv10_score.py")
    check_messages(build, work)
