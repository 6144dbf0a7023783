"""The hand-labelled calls mailboxes are what their script makes of their text, and read
as mail."""

from __future__ import annotations

import csv
import importlib.util
import mailbox
import tomllib
import types
from collections import Counter
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data" / "calls"
MAILBOXES = ["2", "3"]


def _maker() -> types.ModuleType:
    spec = importlib.util.spec_from_file_location("make_mailbox2", DATA / "make_mailbox2.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _labels(number: str) -> list[dict[str, str]]:
    with (DATA / f"labels{number}.tsv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_the_script_knows_every_mailbox() -> None:
    assert sorted(_maker().MAILBOXES) == MAILBOXES


@pytest.mark.parametrize("number", MAILBOXES)
def test_mailbox_and_labels_are_current(number: str, tmp_path: Path) -> None:
    maker = _maker()
    source, _, _ = maker.MAILBOXES[number]
    maker.write(tmp_path / "m.mbox", tmp_path / "l.tsv", source)
    built = (tmp_path / "m.mbox").read_bytes()
    assert built == (DATA / f"mailbox{number}.mbox").read_bytes()
    assert (tmp_path / "l.tsv").read_bytes() == (DATA / f"labels{number}.tsv").read_bytes()


@pytest.mark.parametrize("number", MAILBOXES)
def test_every_message_is_labelled_once_with_a_receipt_date(number: str) -> None:
    rows = _labels(number)
    labels = {row["message_id"]: row["answers"] for row in rows}
    assert len(labels) == len(rows)
    seen = []
    for message in mailbox.mbox(DATA / f"mailbox{number}.mbox"):
        received = parsedate_to_datetime(message["Received"].rsplit(";", 1)[1])
        assert received.tzinfo is not None
        assert message["To"] == "wg-submissions@example.org"
        seen.append(message["Message-ID"])
    assert sorted(seen) == sorted(labels)
    counts = Counter(labels.values())
    assert counts["this"] >= 60 and counts["other"] >= 20
    assert counts["before"] >= 3 and counts["cannot"] >= 3


def test_the_third_mailbox_mixes_calls_ways_and_languages_as_a_season_of_mail_does() -> None:
    entries = tomllib.loads((DATA / "mailbox3.toml").read_text("utf-8"))["message"]
    assert len(entries) >= 120
    answers = Counter(entry["answer"] for entry in entries)
    assert answers["this"] >= 0.5 * len(entries) and answers["other"] >= 0.2 * len(entries)
    assert answers["before"] >= 8 and answers["cannot"] >= 12
    ways = Counter(entry["how"] for entry in entries)
    assert min(ways.values()) >= 5 and set(ways) == _maker().HOWS
    languages = Counter(entry["lang"] for entry in entries)
    assert set(languages) == {"en", "fr", "es"} and min(languages.values()) >= 25
    # A reply or forward quotes a message of the mailbox received before it.
    received = {entry["id"]: datetime.fromisoformat(entry["received"]) for entry in entries}
    for entry in entries:
        if "reply_to" in entry:
            assert received[entry["reply_to"]] < received[entry["id"]], entry["id"]
