"""The records the store hands out for stored messages, and how a row becomes one: by
column name, never by position."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from wgsubmit.records import Address, Detection, Extraction, Message
from wgsubmit.store.base import parse_datetime


@dataclass(frozen=True)
class StoredAttachment:
    position: int
    filename: str | None
    content_type: str
    size: int
    sha256: str
    inline: bool
    language: str | None
    pages: int | None
    text_chars: int | None
    error: str | None
    parent: int | None = None
    format: str | None = None
    words: int | None = None
    withheld: bool = False  # an officer keeps this file off the page


@dataclass(frozen=True)
class StoredMessage:
    """A message row as list/show/export read it."""

    id: int
    sha256: str
    size: int
    source: str
    stored_at: str
    processed: bool
    message_id: str | None
    sender: Address
    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    subject: str | None
    date_header: str | None
    received_at: dt.datetime | None
    body: str
    forwarded_by: Address | None
    flags: tuple[str, ...]
    error: str | None
    duplicate_of: int | None
    kind: str | None
    language: str | None
    languages: tuple[str, ...]
    confidentiality: str | None
    confidentiality_evidence: str | None
    submitter_name: str | None
    submitter_type: str | None
    submitter_country: str | None
    submitter_decided_by: str | None
    superseded_by: int | None
    tags: tuple[str, ...]
    attachments: tuple[StoredAttachment, ...]
    kind_decided_by: str | None = None
    confidentiality_decided_by: str | None = None
    amends: int | None = None
    body_language: str | None = None
    submitter_confidence: float | None = None
    submitter_reasons: tuple[str, ...] = ()
    withhold_reason: str | None = None
    superseded_decided_by: str | None = None
    received_decided_by: str | None = None
    # A later message from another address, under the same name, says it replaces (or asks
    # to keep confidential) this one: off the page until an officer decides whether it is
    # superseded (``superseded_decided_by == 'human'``).
    held_by: int | None = None
    # Which of the mandate's calls it answers (this, other, unclear, before), when the
    # config names other calls or the day this one opened; None otherwise.
    call_answer: str | None = None
    call_evidence: str | None = None
    call_decided_by: str | None = None
    acknowledged_at: str | None = None  # the last acknowledgement written or sent


@dataclass(frozen=True)
class Reading:
    """One message as read: parsed, its documents extracted, the detectors run."""

    message: Message
    extractions: tuple[Extraction, ...]
    detection: Detection | None
    flags: tuple[str, ...]
    duplicate_of: int | None = None


def address_json(addresses: Iterable[Address]) -> str:
    return json.dumps([{"name": a.name, "address": a.address} for a in addresses])


def _addresses(text: str) -> tuple[Address, ...]:
    return tuple(Address(a.get("name"), a.get("address")) for a in json.loads(text or "[]"))


# The columns read as they are stored, under the same name.
_AS_STORED = {f.name for f in dataclasses.fields(StoredMessage)} & {
    "id", "sha256", "size", "source", "stored_at", "message_id", "subject", "date_header",
    "body", "error", "duplicate_of", "kind", "language", "confidentiality",
    "confidentiality_evidence", "submitter_name", "submitter_type", "submitter_country",
    "submitter_decided_by", "superseded_by", "kind_decided_by", "submitter_confidence",
    "withhold_reason", "superseded_decided_by", "received_decided_by",
    "confidentiality_decided_by", "amends", "held_by", "call_answer", "call_evidence",
    "call_decided_by", "body_language", "acknowledged_at",
}  # fmt: skip


def stored_attachment(row: sqlite3.Row) -> StoredAttachment:
    fields = {f.name for f in dataclasses.fields(StoredAttachment)}
    values = {k: v for k, v in dict(row).items() if k in fields}
    return StoredAttachment(
        **values | {"inline": bool(row["inline"]), "withheld": bool(row["withheld"])}
    )


def stored_message(
    row: sqlite3.Row, attachments: list[StoredAttachment], tags: list[str]
) -> StoredMessage:
    forwarded = None
    if row["forwarded_by_name"] or row["forwarded_by_address"]:
        forwarded = Address(row["forwarded_by_name"], row["forwarded_by_address"])
    return StoredMessage(
        **{name: row[name] for name in _AS_STORED},
        processed=row["processed_at"] is not None,
        sender=Address(row["from_name"], row["from_address"]),
        to=_addresses(row["to_json"]),
        cc=_addresses(row["cc_json"]),
        received_at=parse_datetime(row["received_at"]),
        forwarded_by=forwarded,
        flags=tuple(json.loads(row["flags_json"])),
        languages=tuple(json.loads(row["languages_json"])),
        submitter_reasons=tuple(json.loads(row["submitter_reasons_json"] or "[]")),
        tags=tuple(tags),
        attachments=tuple(attachments),
    )
