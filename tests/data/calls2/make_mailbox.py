"""Build the hand-labelled mailbox of the business and human rights calls from its
text: mailbox.toml makes mailbox.mbox and labels.tsv.

The messages are kept as text in the TOML file so that they read as mail; this script
only gives them the headers a real mail server would have written, so the mailbox can
be rebuilt byte for byte: `python tests/data/calls2/make_mailbox.py`. The formats are
those of tests/data/calls/make_mailbox2.py.
"""

from __future__ import annotations

import csv
import hashlib
import mailbox
import tomllib
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).parent
SOURCE = HERE / "mailbox.toml"
MBOX = HERE / "mailbox.mbox"
LABELS = HERE / "labels.tsv"
TO = "wg-business@example.org"
ANSWERS = {"this", "other", "before", "cannot"}
HOWS = {"named", "symbol", "topic", "thread", "before", "neither"}
LANGS = {"en", "fr", "es"}


def token(entry: dict[str, str]) -> str:
    """An opaque id: the TOML's names say the label and must not reach the mail."""
    return hashlib.sha256(entry["id"].encode()).hexdigest()[:12].upper()


def message_id(entry: dict[str, str]) -> str:
    received = datetime.fromisoformat(entry["received"])
    return f"<{received:%Y%m%d%H%M%S}.{token(entry)}@{entry['domain']}>"


def build(entry: dict[str, str], ids: dict[str, str]) -> mailbox.mboxMessage:
    """One message as the server stored it: its receipt time in `Received:`."""
    received = datetime.fromisoformat(entry["received"])
    sent = received - timedelta(minutes=2, seconds=17)
    msg = EmailMessage()
    msg["Received"] = (
        f"from mail.{entry['domain']} (mail.{entry['domain']} [192.0.2.25])"
        f" by mx.example.org with ESMTPS id {token(entry)}"
        f" for <{TO}>; {format_datetime(received)}"
    )
    msg["Date"] = format_datetime(sent)
    msg["From"] = entry["from"]
    msg["To"] = TO
    msg["Subject"] = entry["subject"]
    msg["Message-ID"] = message_id(entry)
    if "reply_to" in entry:
        msg["In-Reply-To"] = ids[entry["reply_to"]]
        msg["References"] = ids[entry["reply_to"]]
    msg.set_content(entry["body"].lstrip("\n"), cte="8bit")
    stored = mailbox.mboxMessage(msg)
    stored.set_from("MAILER-DAEMON", received.utctimetuple())
    return stored


def write(mbox: Path = MBOX, labels: Path = LABELS, source: Path = SOURCE) -> None:
    entries = tomllib.loads(source.read_text(encoding="utf-8"))["message"]
    entries.sort(key=lambda entry: datetime.fromisoformat(entry["received"]))
    ids = {entry["id"]: message_id(entry) for entry in entries}
    assert len(ids) == len(entries), "duplicate id"
    mbox.unlink(missing_ok=True)
    box = mailbox.mbox(mbox)
    box.lock()
    try:
        for entry in entries:
            assert entry["answer"] in ANSWERS and entry["how"] in HOWS, entry["id"]
            assert entry["lang"] in LANGS, entry["id"]
            if "reply_to" in entry:
                replied = datetime.fromisoformat(entry["received"])
                original = next(e for e in entries if e["id"] == entry["reply_to"])
                assert datetime.fromisoformat(original["received"]) < replied, entry["id"]
            box.add(build(entry, ids))
        box.flush()
    finally:
        box.unlock()
        box.close()
    with labels.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter="\t", lineterminator="\n")
        writer.writerow(["message_id", "answers", "how"])
        for entry in entries:
            writer.writerow([ids[entry["id"]], entry["answer"], entry["how"]])


if __name__ == "__main__":
    write()
