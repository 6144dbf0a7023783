"""The fifth adversarial collection: whole messages, each written on its own, balanced
across labels and languages, no two sharing a sender or a paragraph, the messages match
their labels and carry real documents, and the tool, run through the documented flow,
leaks no more than was measured when the collection was added."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "adversarial2")]

from adv5_build import build  # noqa: E402
from adv5_cases import all_cases  # noqa: E402
from collection_checks import check_cases, check_leaks, check_messages, check_senders  # noqa: E402

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
    for case in cases:
        kind, lang = case.id.split("-")[1:3]
        assert case.id.startswith("c5-") and kind == case.category, case.id
        assert lang in ("en", "fr", "es", "pt"), case.id
        assert all(m.body or m.html for m in case.mails), case.id
        assert all(m.address == case.mails[0].address for m in case.mails), case.id


def test_the_labels_and_languages_are_balanced() -> None:
    cases = all_cases()
    labels = Counter(c.label for c in cases)
    share = {label: n / len(cases) for label, n in labels.items()}
    assert share["C"] + share["A"] >= 0.35, labels
    assert share["U"] >= 0.15 and share["P"] >= 0.15 and share["S"] >= 0.1, labels
    assert 0.06 <= share["N"] <= 0.1, labels
    langs = Counter(c.id.split("-")[2] for c in cases)
    assert all(langs[lang] >= 0.28 * len(cases) for lang in ("en", "fr", "es")), langs
    assert langs["pt"] >= 5, langs


def test_no_two_messages_share_a_paragraph() -> None:
    """Written one by one: no sentence template, no shared context paragraph (quoted
    lines of the call aside)."""
    seen: dict[str, str] = {}
    for case in all_cases():
        for mail in case.mails:
            texts = [mail.body or mail.html] + [
                p for d in mail.docs for page in d.pages for p in page
            ]
            for text in texts:
                for paragraph in text.split("\n\n"):
                    lines = [line for line in paragraph.splitlines() if not line.startswith(">")]
                    key = " ".join(lines).strip()
                    if len(key) >= 60:
                        assert seen.setdefault(key, case.id) == case.id, (case.id, key)


def test_the_messages_match_their_labels_and_carry_real_documents(scored: Scored) -> None:
    """The collection as the scorer built it (the leak test below reads its figures)."""
    _, work = scored("adversarial5/adv5_score.py")
    labels = check_messages(build, work)
    first = [label for label in labels if label["category"] != "later_message"]
    assert len(first) == len(all_cases())
    halves = Counter(label["half"] for label in first)
    assert abs(halves["tune"] - halves["frozen"]) <= 0.15 * len(first), halves
    assert all(label["author_names"] for label in first if label["anonymous"])


def test_the_tool_leaks_no_more_than_measured(scored: Scored) -> None:
    done, _ = scored("adversarial5/adv5_score.py")
    assert done.returncode in (0, 1), done.stderr
    check_leaks(
        done.stdout,
        (TUNE_LEAKS_MEASURED, FROZEN_LEAKS_MEASURED),
        (TUNE_CONSENT_RECALL_MEASURED, FROZEN_CONSENT_RECALL_MEASURED),
    )
