"""The fifth adversarial collection: whole messages, each written on its own, balanced
across labels and languages, no two sharing a sender or a paragraph, the messages match
their labels and carry real documents, and the tool, run through the documented flow,
leaks no more than was measured when the collection was added."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "adversarial2"), str(HERE.parent / "adversarial")]

from adv5_cases import all_cases  # noqa: E402
from collection import find  # noqa: E402
from collection_checks import (  # noqa: E402
    check_balance,
    check_cases,
    check_ids,
    check_leaks,
    check_messages,
    check_own_paragraphs,
    check_senders,
)

from conftest import Scored  # noqa: E402

# Measured on the rules, tightened as they improve (the target is 0 leaks on both halves).
# Leaks count a refused, anonymous-named or cannot-tell submission on the page, or an
# author's name in an anonymous entry's file. When the collection was added: tune 10
# leaks, frozen 5, consent recall 12/17 and 18/21; since conditions, portions, holds and
# anonymity are read from their parts: tune 0, frozen 1, consent recall 14/17 and 18/21.
TUNE_LEAKS_MEASURED = 0
FROZEN_LEAKS_MEASURED = 1
TUNE_CONSENT_RECALL_MEASURED = 0.823  # 14/17
FROZEN_CONSENT_RECALL_MEASURED = 0.857  # 18/21


def test_every_case_is_labelled_and_no_two_share_a_sender() -> None:
    cases = all_cases()
    check_cases(cases, 220, "PCUASN")
    check_senders(cases)
    check_ids(cases, "c5")
    for case in cases:
        assert all(m.address == case.mails[0].address for m in case.mails), case.id


def test_the_labels_and_languages_are_balanced() -> None:
    check_balance(all_cases(), (0.06, 0.1))


def test_no_two_messages_share_a_paragraph() -> None:
    """Written one by one: no sentence template, no shared context paragraph (quoted
    lines of the call aside)."""
    check_own_paragraphs(all_cases(), lambda line: False)


def test_the_messages_match_their_labels_and_carry_real_documents(scored: Scored) -> None:
    """The collection as the scorer built it (the leak test below reads its figures)."""
    _, work = scored(5)
    labels = check_messages(find(5).build, work)
    first = [label for label in labels if label["category"] != "later_message"]
    assert len(first) == len(all_cases())
    halves = Counter(label["half"] for label in first)
    assert abs(halves["tune"] - halves["frozen"]) <= 0.15 * len(first), halves
    assert all(label["author_names"] for label in first if label["anonymous"])


def test_the_tool_leaks_no_more_than_measured(scored: Scored) -> None:
    done, _ = scored(5)
    assert done.returncode in (0, 1), done.stderr
    check_leaks(
        done.stdout,
        (TUNE_LEAKS_MEASURED, FROZEN_LEAKS_MEASURED),
        (TUNE_CONSENT_RECALL_MEASURED, FROZEN_CONSENT_RECALL_MEASURED),
    )
