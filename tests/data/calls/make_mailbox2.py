"""Build the hand-labelled calls mailboxes from their text: mailboxN.toml makes
mailboxN.mbox and labelsN.tsv, for mailbox2 to mailbox7.

The messages are kept as text in the TOML files so that they read as mail; this
script only gives them the headers a real mail server would have written, so the
mailboxes can be rebuilt byte for byte: `python tests/data/calls/make_mailbox2.py`.
The mailboxes in folders of their own (tests/data/calls2/ to calls7/: mailbox.toml makes
mailbox.mbox and labels.tsv), other mandates' and this one's with its call on children, are
written by the same `write`, each delivered to the first of its config's own addresses,
and rebuilt with these.
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
SOURCE = HERE / "mailbox2.toml"
MBOX = HERE / "mailbox2.mbox"
LABELS = HERE / "labels2.tsv"
# Each mailbox's text, and the mailbox and labels it makes.
MAILBOXES = {
    "2": (SOURCE, MBOX, LABELS),
    "3": (HERE / "mailbox3.toml", HERE / "mailbox3.mbox", HERE / "labels3.tsv"),
    "4": (HERE / "mailbox4.toml", HERE / "mailbox4.mbox", HERE / "labels4.tsv"),
    "5": (HERE / "mailbox5.toml", HERE / "mailbox5.mbox", HERE / "labels5.tsv"),
    "6": (HERE / "mailbox6.toml", HERE / "mailbox6.mbox", HERE / "labels6.tsv"),
    "7": (HERE / "mailbox7.toml", HERE / "mailbox7.mbox", HERE / "labels7.tsv"),
}
TO = "wg-submissions@example.org"
# The mailboxes with a folder each beside this one: other mandates', and calls5.
MANDATES = ("calls2", "calls3", "calls4", "calls5", "calls6", "calls7")


def mandate(folder: str) -> tuple[Path, Path, Path, str]:
    """A mandate's folder: its text, its mailbox, its labels and the address it is sent to."""
    where = HERE.parent / folder
    config = tomllib.loads((where / "config.toml").read_text(encoding="utf-8"))
    to = config["call"]["own_addresses"][0]
    return where / "mailbox.toml", where / "mailbox.mbox", where / "labels.tsv", to


ANSWERS = {"this", "other", "before", "cannot"}
LANGS = {"en", "fr", "es"}
HOWS = {"named", "symbol", "topic", "thread", "before", "neither"}


def token(entry: dict[str, str]) -> str:
    """An opaque id: the TOML's names say the label and must not reach the mail."""
    return hashlib.sha256(entry["id"].encode()).hexdigest()[:12].upper()


def message_id(entry: dict[str, str]) -> str:
    received = datetime.fromisoformat(entry["received"])
    return f"<{received:%Y%m%d%H%M%S}.{token(entry)}@{entry['domain']}>"


def build(entry: dict[str, str], ids: dict[str, str], to: str = TO) -> mailbox.mboxMessage:
    """One message as the server stored it for `to`: its receipt time in `Received:`."""
    received = datetime.fromisoformat(entry["received"])
    sent = received - timedelta(minutes=2, seconds=17)
    msg = EmailMessage()
    msg["Received"] = (
        f"from mail.{entry['domain']} (mail.{entry['domain']} [192.0.2.25])"
        f" by mx.example.org with ESMTPS id {token(entry)}"
        f" for <{to}>; {format_datetime(received)}"
    )
    msg["Date"] = format_datetime(sent)
    msg["From"] = entry["from"]
    msg["To"] = to
    msg["Subject"] = entry["subject"]
    msg["Message-ID"] = message_id(entry)
    if "reply_to" in entry:
        msg["In-Reply-To"] = ids[entry["reply_to"]]
        msg["References"] = ids[entry["reply_to"]]
    msg.set_content(entry["body"].lstrip("\n"), cte="8bit")
    stored = mailbox.mboxMessage(msg)
    stored.set_from("MAILER-DAEMON", received.utctimetuple())
    return stored


def write(mbox: Path, labels: Path, source: Path = SOURCE, to: str = TO) -> None:
    """The mailbox and the labels of the messages in `source`, delivered to `to`."""
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
            box.add(build(entry, ids, to))
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
    for source, mbox, labels in MAILBOXES.values():
        write(mbox, labels, source)
    for folder in MANDATES:
        source, mbox, labels, to = mandate(folder)
        write(mbox, labels, source, to)
