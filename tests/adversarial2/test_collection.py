"""The second adversarial collection itself: complete labels, even halves, real files, and
a later message always imported before the one it follows. (Scoring the tool against it
is tests/test_eval.py's job.)"""

from __future__ import annotations

from adv2_build import all_cases, build
from collection_checks import check_cases, check_messages, check_senders

from conftest import Scored


def test_every_case_is_labelled_and_the_halves_are_even() -> None:
    check_cases(all_cases(), at_least=240, labels_used="PCUASN")


def test_no_two_cases_share_a_sender() -> None:
    check_senders(all_cases())


def test_the_messages_match_their_labels_and_carry_real_documents(scored: Scored) -> None:
    """The collection as the scorer built it (tests/test_eval.py reads its figures)."""
    _, work = scored(2)
    check_messages(build, work)
