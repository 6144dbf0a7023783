"""The third adversarial collection itself: complete labels, even halves with both copies
of a statement in one, ids apart from the second collection's, real files, and a later
message always imported before the one it follows. (Scoring the tool against it is
tests/test_eval.py's job.)"""

from __future__ import annotations

import email
import email.policy
import sys
from collections import Counter
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent)]

from adv3_build import all_cases, build  # noqa: E402


def test_every_case_is_labelled_and_the_halves_are_even() -> None:
    cases = all_cases()
    assert len(cases) >= 300
    assert len({c.id for c in cases}) == len(cases)
    assert all(c.id.startswith("c3-") for c in cases)  # never one of the second's ids
    labels = Counter(c.label for c in cases)
    assert all(labels[x] >= 5 for x in "PCUA"), labels
    halves = Counter(c.half for c in cases)
    assert 0.4 < halves["tune"] / len(cases) < 0.6
    by_statement: dict[str, set[str]] = {}
    for case in cases:
        assert case.note, case.id
        assert case.label != "A" or case.author_names, case.id
        if case.statement:
            by_statement.setdefault(case.statement, set()).add(case.half)
    assert by_statement and all(len(h) == 1 for h in by_statement.values())


def test_no_two_cases_share_a_sender() -> None:
    """A shared address would link unrelated cases as revisions of one another."""
    first = [c.mails[0].address for c in all_cases()]
    assert len(first) == len(set(first))


def test_the_messages_match_their_labels_and_carry_real_documents(tmp_path: Path) -> None:
    labels = build(tmp_path)
    names = sorted(p.name for p in (tmp_path / "messages").iterdir())
    assert names == sorted(label["file"] for label in labels)
    kinds: Counter[str] = Counter()
    for label in labels:
        raw = (tmp_path / "messages" / label["file"]).read_bytes()
        message = email.message_from_bytes(raw, policy=email.policy.default)
        assert message["Message-ID"] == label["message_id"]
        for part in message.iter_attachments():
            data = part.get_payload(decode=True) or b""
            kinds["pdf" if data.startswith(b"%PDF") else "zip" if data[:2] == b"PK" else "?"] += 1
    assert kinds["pdf"] >= 60 and kinds["zip"] >= 60, kinds
    later = [label for label in labels if label["category"] == "later_message"]
    assert len(later) >= 10
    for label in later:
        first = label["file"].replace("-a1.eml", "-b0.eml")
        assert label["file"] < first  # imported first, received later
