"""Build this folder's mailbox.mbox and labels.tsv from mailbox.toml, delivered to the
first of config.toml's own addresses by the `write` of tests/data/calls/make_mailbox2.py,
in the same formats as the other mandates' mailboxes:
`python tests/data/calls7/make_mailbox.py`.
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "calls"))

from make_mailbox2 import mandate, write  # noqa: E402

if __name__ == "__main__":
    source, mbox, labels, to = mandate(HERE.name)
    write(mbox, labels, source, to)
