"""Build the hand-labelled mailbox of the right to education calls from its text:
mailbox.toml makes mailbox.mbox and labels.tsv.

The messages are kept as text in the TOML file so that they read as mail; the headers a
real mail server would have written are given by tests/data/calls/make_mailbox2.py, in
the formats of its mailboxes, so the mailbox can be rebuilt byte for byte:
`python tests/data/calls4/make_mailbox.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "calls"))

from make_mailbox2 import write  # noqa: E402

# The Special Rapporteur on the right to education's mailbox, where the messages are
# delivered.
TO = "sr-education@example.org"

if __name__ == "__main__":
    write(HERE / "mailbox.mbox", HERE / "labels.tsv", HERE / "mailbox.toml", to=TO)
