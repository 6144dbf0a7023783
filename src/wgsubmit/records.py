"""The small typed records that pass from one stage of the pipeline to the next."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from wgsubmit.domain import Flag, Kind, Publication, choices


def as_utc(value: Any) -> dt.datetime | None:
    """A datetime in UTC (naive ones are taken as UTC); anything else is None."""
    if not isinstance(value, dt.datetime):
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)


def iso_utc(value: dt.datetime | None) -> str | None:
    return value.astimezone(dt.UTC).isoformat() if value is not None else None


# The closed lists, as plain tuples and sets (their members are the strings stored).
KINDS = tuple(choices(Kind))
CONFIDENTIALITY = tuple(choices(Publication))
FLAGS = frozenset(choices(Flag))


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
    parent: int | None = None  # position of the zip archive it was found in

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
    outer_body: str = ""  # a forward's own text, around the message it carries


@dataclass(frozen=True)
class Extraction:
    """What could be read from one attachment."""

    format: str  # pdf, docx, doc, odt, rtf, html, txt, image, archive, or other
    text: str = ""  # pages separated by form feeds where the format has pages
    margins: str = ""  # page headers, footers and footnotes, where the format keeps them apart
    pages: int | None = None
    error: str | None = None
    flag: str | None = None  # needs_ocr, encrypted, corrupt or unsupported_format
    # One line per place that could not be read and could hold a publication request ("page 3
    # has no text layer (a scan?)"): detection answers "unclear" rather than "nothing said".
    unread: tuple[str, ...] = ()

    @property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def has_text(self) -> bool:
        return any(c.isalnum() for c in self.text)


@dataclass(frozen=True)
class Language:
    code: str | None  # ISO 639-1; None when the text is too short to judge
    confidence: float | None = None
    languages: tuple[str, ...] = ()  # every language holding 20% of the text, main first


@dataclass(frozen=True)
class Confidentiality:
    value: str  # publish, confidential, unspecified or unclear
    evidence: str | None = None
    flags: tuple[str, ...] = ()  # partial_confidential, anonymous, disclaimer


@dataclass(frozen=True)
class CallAnswer:
    """Which call a submission answers: ``this``, ``other`` (``evidence`` is that call's
    title), ``unclear`` or ``before`` (it came before the call opened); ``how`` it was told:
    symbol, named, topic, thread (what the sender's earlier mail it quotes says), time or
    nothing."""

    value: str
    evidence: str | None = None
    how: str = "nothing"

    @property
    def flags(self) -> tuple[str, ...]:
        return {"other": ("other_call",), "before": ("before_call",)}.get(self.value, ())


@dataclass(frozen=True)
class Submitter:
    """Who sent a submission, as suggested (or as an officer decided), and why."""

    type: str  # member_state, observer_state, nhri, international_org, civil_society, ...
    name: str | None
    country: str | None  # ISO 3166-1 alpha-3, for States and NHRIs
    confidence: float = 0.0
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class Detection:
    """What the detectors decided about one message, before relations to other messages."""

    kind: str
    language: Language
    body_language: Language
    document_languages: tuple[Language, ...]  # one per attachment, in order
    confidentiality: Confidentiality
    flags: tuple[str, ...] = ()  # needs_download, over_limit, format_not_accepted, needs_ocr, ...
    revision: bool = False  # says it replaces an earlier submission
    amendment: Confidentiality | None = None  # a later change of the publication request
    main_document: int | None = None  # position of the attachment with the longest text
    submitter: Submitter | None = None
    call: CallAnswer | None = None  # None: not a submission, or no other call to tell apart
