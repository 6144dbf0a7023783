"""The fourth adversarial collection: the grammar's statements are balanced, well formed and
halved by their parts (the frozen half holds parts the tune half never shows), the messages
match their labels, and the tool, run through the documented flow, leaks no more than was
measured when the collection was added."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "adversarial2"), str(HERE.parent / "adversarial")]

from adv4_cases import all_cases  # noqa: E402
from adv4_grammar import LANGS, statements  # noqa: E402
from collection import find  # noqa: E402
from collection_checks import check_leaks, check_messages  # noqa: E402

from conftest import Scored  # noqa: E402

# Measured on the rules, tightened as they improve (the target is 0 leaks on both
# halves; 26 and 38 when the collection was added). Leaks count a refused,
# anonymous-named or cannot-tell submission on the page, or an author's name in an
# anonymous entry's file.
TUNE_LEAKS_MEASURED = 0
FROZEN_LEAKS_MEASURED = 1  # 3 until a text kept from going beyond its reader counted, 2
# until a reader named as the only one in other words did
TUNE_CONSENT_RECALL_MEASURED = 0.95  # 57/60
FROZEN_CONSENT_RECALL_MEASURED = 0.916  # 55/60


def test_the_statements_are_balanced_across_languages_labels_and_halves() -> None:
    drawn = statements()
    assert len(drawn) == 480
    assert len({s.text for s in drawn}) == len(drawn)
    cells = Counter((s.lang, s.half) for s in drawn)
    assert set(cells.values()) == {80} and len(cells) == 2 * len(LANGS)
    for half in ("tune", "frozen"):
        labels = Counter(s.label for s in drawn if s.half == half)
        total = sum(labels.values())
        assert labels["P"] / total < 0.3, labels
        assert (labels["C"] + labels["A"]) / total >= 0.35, labels
        assert labels["U"] / total >= 0.15, labels
        assert 0.1 <= labels["S"] / total <= 0.2, labels


def test_the_frozen_half_holds_parts_the_tune_half_never_shows() -> None:
    drawn = statements()
    tune = {p for s in drawn if s.half == "tune" for p in s.parts}
    frozen = {p for s in drawn if s.half == "frozen" for p in s.parts}
    assert all(p.endswith(":A") for p in tune)
    assert all(any(p.endswith(":B") for p in s.parts) for s in drawn if s.half == "frozen")
    for slot in ("form", "verb", "object", "condition", "silent"):
        unseen = {p for p in frozen - tune if p.startswith(slot + ":")}
        assert len(unseen) >= 3, slot


def test_the_statements_are_written_out_and_the_same_on_every_run() -> None:
    drawn = statements()
    assert drawn == statements()
    for s in drawn:
        assert "{" not in s.text and "  " not in s.text, s.text
        assert s.text[0].isupper() and s.text.endswith("."), s.text


def test_every_case_is_labelled_and_no_two_share_a_sender() -> None:
    cases = all_cases()
    assert len(cases) == 480
    assert len({c.id for c in cases}) == len(cases)
    assert all(c.id.startswith("c4-") for c in cases)
    halves = Counter(c.half for c in cases)
    assert halves["tune"] == halves["frozen"] == 240
    for case in cases:
        assert case.note, case.id
        assert case.label != "A" or case.author_names, case.id
    first = [c.mails[0].address for c in cases]
    assert len(first) == len(set(first))


def test_the_messages_match_their_labels_and_carry_real_documents(scored: Scored) -> None:
    """The collection as the scorer built it (the leak test below reads its figures)."""
    _, work = scored(4)
    labels = check_messages(find(4).build, work)
    first = [label for label in labels if label["category"] != "later_message"]
    assert Counter(label["half"] for label in first) == {"tune": 240, "frozen": 240}


def test_the_tool_leaks_no_more_than_measured(scored: Scored) -> None:
    done, _ = scored(4)
    assert done.returncode in (0, 1), done.stderr
    check_leaks(
        done.stdout,
        (TUNE_LEAKS_MEASURED, FROZEN_LEAKS_MEASURED),
        (TUNE_CONSENT_RECALL_MEASURED, FROZEN_CONSENT_RECALL_MEASURED),
    )
