"""The records the store hands out for stored messages, and how a row becomes one: by
column name, never by position.

A stored message is its headers and texts, and beside them its parts, each a small record
holding what was decided together and who decided it (``human``: an officer, whose word
every later reading keeps; ``auto``: the detectors; None: nothing decided yet)."""

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
class StoredKind:
    """What the message is: submission, auto_reply, bounce or not_submission; None when
    it could not be read."""

    value: str | None
    decided_by: str | None


@dataclass(frozen=True)
class StoredReceived:
    """When the server received it, as the mail's headers (or an officer) tell; the
    ``Date:`` header its sender wrote is kept apart, since a sender's clock may lie."""

    at: dt.datetime | None
    date_header: str | None
    decided_by: str | None


@dataclass(frozen=True)
class StoredSubmitter:
    """Who sent it, as suggested with how sure and why, or as an officer decided."""

    name: str | None
    type: str | None
    country: str | None  # ISO 3166-1 alpha-3, for States and NHRIs
    confidence: float | None
    reasons: tuple[str, ...]
    decided_by: str | None


@dataclass(frozen=True)
class StoredPublication:
    """The submitter's publication request (publish, confidential, unspecified or
    unclear) with the words that made it, and an officer's reason to keep the whole
    submission off the page whatever it asks."""

    request: str | None
    evidence: str | None
    decided_by: str | None
    withhold_reason: str | None


@dataclass(frozen=True)
class StoredCall:
    """Which of the mandate's calls it answers (this, other, unclear, before), when the
    config names other calls or the day this one opened; None otherwise."""

    answer: str | None
    evidence: str | None
    decided_by: str | None


@dataclass(frozen=True)
class StoredLinks:
    """The other messages this one is tied to, by id."""

    duplicate_of: int | None  # the same bytes, or the same documents, sent before
    superseded_by: int | None  # a later version replaces it
    superseded_decided_by: str | None  # who said whether (and by what) it is replaced
    amends: int | None  # a note changing an earlier submission's request
    # A later message from another address, under the same name, says it replaces (or asks
    # to keep confidential) this one: off the page until an officer decides whether it is
    # superseded (``superseded_decided_by == 'human'``).
    held_by: int | None


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
    body: str
    forwarded_by: Address | None
    flags: tuple[str, ...]
    error: str | None
    language: str | None
    languages: tuple[str, ...]
    body_language: str | None
    tags: tuple[str, ...]
    attachments: tuple[StoredAttachment, ...]
    acknowledged_at: str | None  # the last acknowledgement written or sent
    kind: StoredKind
    received: StoredReceived
    submitter: StoredSubmitter
    publication: StoredPublication
    call: StoredCall
    links: StoredLinks


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


# The columns a message's own fields read as they are stored, under the same name.
_AS_STORED = (
    "id", "sha256", "size", "source", "stored_at", "message_id", "subject", "body", "error",
    "language", "body_language", "acknowledged_at",
)  # fmt: skip


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
        forwarded_by=forwarded,
        flags=_officer_flags(json.loads(row["flags_json"]), row["anonymous"]),
        languages=tuple(json.loads(row["languages_json"])),
        tags=tuple(tags),
        attachments=tuple(attachments),
        kind=StoredKind(row["kind"], row["kind_decided_by"]),
        received=StoredReceived(
            at=parse_datetime(row["received_at"]),
            date_header=row["date_header"],
            decided_by=row["received_decided_by"],
        ),
        submitter=StoredSubmitter(
            name=row["submitter_name"],
            type=row["submitter_type"],
            country=row["submitter_country"],
            confidence=row["submitter_confidence"],
            reasons=tuple(json.loads(row["submitter_reasons_json"] or "[]")),
            decided_by=row["submitter_decided_by"],
        ),
        publication=StoredPublication(
            request=row["confidentiality"],
            evidence=row["confidentiality_evidence"],
            decided_by=row["confidentiality_decided_by"],
            withhold_reason=row["withhold_reason"],
        ),
        call=StoredCall(row["call_answer"], row["call_evidence"], row["call_decided_by"]),
        links=StoredLinks(
            duplicate_of=row["duplicate_of"],
            superseded_by=row["superseded_by"],
            superseded_decided_by=row["superseded_decided_by"],
            amends=row["amends"],
            held_by=row["held_by"],
        ),
    )


def _officer_flags(flags: list[str], anonymous: int | None) -> tuple[str, ...]:
    """The flags read, with an officer's word on anonymity over the detectors'."""
    kept = [f for f in flags if f != "anonymous" or anonymous is None]
    return tuple([*kept, "anonymous"] if anonymous else kept)
