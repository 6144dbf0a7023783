"""The small typed records that pass from one stage of the pipeline to the next."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any


def as_utc(value: Any) -> dt.datetime | None:
    """A datetime in UTC (naive ones are taken as UTC); anything else is None."""
    if not isinstance(value, dt.datetime):
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)


def iso_utc(value: dt.datetime | None) -> str | None:
    return value.astimezone(dt.UTC).isoformat() if value is not None else None


@dataclass(frozen=True)
class RawMessage:
    """A message's bytes exactly as received, and what its source says about its arrival.

    ``server_time`` is the IMAP INTERNALDATE (authoritative); ``delivery_time``
    is an mbox ``From `` line or a Maildir delivery time, used only when the
    message has no ``Received:`` header.
    """

    data: bytes
    origin: str  # "imap" or "file"
    source: str  # where it came from, for people: "INBOX uid 12" or a path
    server_time: dt.datetime | None = None
    delivery_time: dt.datetime | None = None
    mailbox: str | None = None
    uidvalidity: int | None = None
    uid: int | None = None

    @cached_property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class Address:
    name: str | None
    address: str | None


@dataclass(frozen=True)
class Attachment:
    filename: str | None
    content_type: str
    data: bytes
    inline: bool = False

    @property
    def size(self) -> int:
        return len(self.data)

    @cached_property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class Message:
    """A parsed message; for a forward, the inner message's content under the outer's id."""

    message_id: str | None
    sender: Address
    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    subject: str | None
    date_header: dt.datetime | None
    received_at: dt.datetime | None
    body: str
    attachments: tuple[Attachment, ...]
    headers: tuple[tuple[str, str], ...] = ()
    forwarded_by: Address | None = None
    flags: tuple[str, ...] = field(default=())
    error: str | None = None
