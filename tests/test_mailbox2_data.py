"""The second calls mailbox is what its script makes of its text, and reads as mail."""

from __future__ import annotations

import csv
import importlib.util
import mailbox
import types
from email.utils import parsedate_to_datetime
from pathlib import Path

DATA = Path(__file__).parent / "data" / "calls"


def _maker() -> types.ModuleType:
    spec = importlib.util.spec_from_file_location("make_mailbox2", DATA / "make_mailbox2.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_mailbox_and_labels_are_current(tmp_path: Path) -> None:
    _maker().write(tmp_path / "m.mbox", tmp_path / "l.tsv")
    assert (tmp_path / "m.mbox").read_bytes() == (DATA / "mailbox2.mbox").read_bytes()
    assert (tmp_path / "l.tsv").read_bytes() == (DATA / "labels2.tsv").read_bytes()


def test_every_message_is_labelled_once_with_a_receipt_date() -> None:
    with (DATA / "labels2.tsv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    labels = {row["message_id"]: row["answers"] for row in rows}
    assert len(labels) == len(rows)
    seen = []
    for message in mailbox.mbox(DATA / "mailbox2.mbox"):
        received = parsedate_to_datetime(message["Received"].rsplit(";", 1)[1])
        assert received.tzinfo is not None
        assert message["To"] == "wg-submissions@example.org"
        seen.append(message["Message-ID"])
    assert sorted(seen) == sorted(labels)
    counts = {answer: list(labels.values()).count(answer) for answer in set(labels.values())}
    assert counts["this"] >= 60 and counts["other"] >= 20
    assert counts["before"] >= 3 and counts["cannot"] >= 3
