"""A stored submission as the store hands it out, built without a store: for the tests of
what is decided from stored records alone (`publication.judge`, `checks`)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from wgsubmit.records import Address
from wgsubmit.store import StoredAttachment, StoredMessage

PDF = StoredAttachment(0, "submission.pdf", "application/pdf", 1000, "a" * 64, False, "en", 3,
                       900, None, format="pdf")  # fmt: skip


def stored(**changes: Any) -> StoredMessage:
    """A consenting NGO's on-time submission with one PDF, named well; each case changes
    what it says."""
    base = StoredMessage(
        id=7, sha256="b" * 64, size=2000, source="test", stored_at="2020-03-16T10:00:00+00:00",
        processed=True, message_id="<7@ngo.example.org>",
        sender=Address("Ana Pérez", "ana.perez@ngo.example.org"), to=(), cc=(),
        subject="Submission", date_header=None,
        received_at=dt.datetime(2020, 3, 16, 10, tzinfo=dt.UTC), body="Please find attached.",
        forwarded_by=None, flags=(), error=None, duplicate_of=None, kind="submission",
        language="en", languages=("en",), confidentiality="publish",
        confidentiality_evidence="It may be published.", submitter_name="Frontier Watch",
        submitter_type="civil_society", submitter_country=None, submitter_decided_by="auto",
        superseded_by=None, tags=(), attachments=(PDF,),
    )  # fmt: skip
    return dataclasses.replace(base, **changes)
