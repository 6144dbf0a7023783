"""A mailbox of any size made of real messages: each copy with a Message-ID of its own,
and from the second round on a sender domain of its own (c1.ngo.example, c2.ngo.example...),
as a store grows with new senders, not with one sender writing again and again."""

from __future__ import annotations

import re
from pathlib import Path

_MESSAGE_ID = re.compile(rb"^(Message-ID:\s*<)", re.I | re.M)
_FROM = re.compile(rb"^(From:[^\r\n]*@)", re.I | re.M)


def copies(found: list[bytes], count: int, into: Path) -> Path:
    """``count`` messages made of ``found``, written into a new folder ``into``."""
    into.mkdir()
    for i in range(count):
        copy = i // len(found)
        data = _MESSAGE_ID.sub(rb"\g<1>copy" + str(i).encode() + b".", found[i % len(found)])
        if copy:  # the first round as written, the others from copies of each domain
            data = _FROM.sub(rb"\g<1>c" + str(copy).encode() + b".", data, count=1)
        (into / f"{i:05}.eml").write_bytes(data)
    return into
