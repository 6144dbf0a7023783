"""A stored submission as the store hands it out, built without a store: for the tests of
what is decided from stored records alone (`publication.judge`, `checks`). A consenting
NGO's on-time submission with one PDF, named well, which each case changes."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from wgsubmit.records import Address
from wgsubmit.store import (
    StoredAttachment,
    StoredCall,
    StoredKind,
    StoredLinks,
    StoredMessage,
    StoredPublication,
    StoredReceived,
    StoredSubmitter,
)

PDF = StoredAttachment(0, "submission.pdf", "application/pdf", 1000, "a" * 64, False, "en", 3,
                       900, None, format="pdf")  # fmt: skip

BASE = StoredMessage(
    id=7, sha256="b" * 64, size=2000, source="test", stored_at="2020-03-16T10:00:00+00:00",
    processed=True, message_id="<7@ngo.example.org>",
    sender=Address("Ana Pérez", "ana.perez@ngo.example.org"), to=(), cc=(),
    subject="Submission", body="Please find attached.", forwarded_by=None, flags=(), error=None,
    language="en", languages=("en",), body_language=None, tags=(), attachments=(PDF,),
    acknowledged_at=None,
    kind=StoredKind("submission", None),
    received=StoredReceived(dt.datetime(2020, 3, 16, 10, tzinfo=dt.UTC), None, None),
    submitter=StoredSubmitter(name="Frontier Watch", type="civil_society", country=None,
                              confidence=None, reasons=(), decided_by="auto"),
    publication=StoredPublication(request="publish", evidence="It may be published.",
                                  decided_by=None, withhold_reason=None),
    call=StoredCall(None, None, None),
    links=StoredLinks(duplicate_of=None, superseded_by=None, superseded_decided_by=None,
                      amends=None, held_by=None),
)  # fmt: skip


def stored(**changes: Any) -> StoredMessage:
    """The base submission with changes; a part's changes as a mapping of its own fields:
    ``stored(id=3, publication={"request": "confidential"})``."""
    for name, value in changes.items():
        if isinstance(value, dict):
            changes[name] = dataclasses.replace(getattr(BASE, name), **value)
    return dataclasses.replace(BASE, **changes)
