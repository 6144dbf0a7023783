"""The words wgsubmit decides in, and the rules about one record that several stages ask.

Each closed list is a ``StrEnum``: a member is the plain string that the database stores
and the JSON prints, so ``message.kind == Kind.SUBMISSION`` and ``message.kind ==
"submission"`` say the same. The predicates read one stored message (or attachment)
and nothing else; ``list``, ``export``, ``stats``, triage and acknowledgements all ask
them, so that a rule such as "a submission that counts" has one wording.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import StrEnum
from typing import Any, Protocol


class Kind(StrEnum):
    """What a message is (docs/json.md, ``kind``)."""

    SUBMISSION = "submission"
    AUTO_REPLY = "auto_reply"
    BOUNCE = "bounce"
    NOT_SUBMISSION = "not_submission"


class Publication(StrEnum):
    """A submitter's publication request (``confidentiality``): ``unclear`` when the tool
    cannot tell, which keeps the submission off the page until an officer decides."""

    PUBLISH = "publish"
    CONFIDENTIAL = "confidential"
    UNSPECIFIED = "unspecified"
    UNCLEAR = "unclear"


class SubmitterType(StrEnum):
    MEMBER_STATE = "member_state"
    OBSERVER_STATE = "observer_state"
    NHRI = "nhri"
    INTERNATIONAL_ORG = "international_org"
    CIVIL_SOCIETY = "civil_society"
    ACADEMIC = "academic"
    PRIVATE_SECTOR = "private_sector"
    INDIVIDUAL = "individual"
    OTHER = "other"


# The submitters published under their State's UN name.
STATE_TYPES = (SubmitterType.MEMBER_STATE, SubmitterType.OBSERVER_STATE)


class DecidedBy(StrEnum):
    """Who made a decision: an officer's (``human``) stands against any later reading."""

    HUMAN = "human"
    AUTO = "auto"


class CallValue(StrEnum):
    """Which of the mandate's calls a submission answers (``call``)."""

    THIS = "this"
    OTHER = "other"
    UNCLEAR = "unclear"
    BEFORE = "before"


# What an officer may say of the call a submission answers.
OFFICER_CALLS = (CallValue.THIS.value, CallValue.OTHER.value)


class Flag(StrEnum):
    """The closed list of flags (docs/flags.md): ``flags`` holds only these."""

    RECEIVED_FROM_DATE_HEADER = "received_from_date_header"
    NO_RECEIVED_TIME = "no_received_time"
    FORWARDED = "forwarded"
    DUPLICATE = "duplicate"
    UNPARSEABLE = "unparseable"
    NEEDS_DOWNLOAD = "needs_download"
    DOCUMENT_MISSING = "document_missing"
    NEEDS_OCR = "needs_ocr"
    ENCRYPTED = "encrypted"
    CORRUPT = "corrupt"
    TIMED_OUT = "timed_out"
    PARTLY_READ = "partly_read"
    UNSUPPORTED_FORMAT = "unsupported_format"
    FORMAT_NOT_ACCEPTED = "format_not_accepted"
    OVER_LIMIT = "over_limit"
    PARTIAL_CONFIDENTIAL = "partial_confidential"
    ANONYMOUS = "anonymous"
    DISCLAIMER = "disclaimer"
    AMENDS = "amends"
    WITHHELD = "withheld"
    PERSONAL_CASE = "personal_case"
    OTHER_CALL = "other_call"
    BEFORE_CALL = "before_call"


# The flags about a received time, moot once an officer has set it.
TIME_FLAGS = (Flag.NO_RECEIVED_TIME, Flag.RECEIVED_FROM_DATE_HEADER)
# The flag each answer about the call raises.
CALL_FLAGS: dict[str, str] = {CallValue.OTHER: Flag.OTHER_CALL, CallValue.BEFORE: Flag.BEFORE_CALL}

# The publish list's sections when the config names none.
DEFAULT_GROUPS: list[dict[str, Any]] = [
    {"title": "Member States", "types": [str(t) for t in STATE_TYPES]},
    {
        "title": "Other stakeholders",
        "types": [str(t) for t in SubmitterType if t not in STATE_TYPES],
    },
]

# What an attachment is, read from its bytes, when it can be a submitter's document.
DOCUMENT_FORMATS = ("pdf", "docx", "doc", "odt", "rtf", "txt", "html", "other")
# Parts of a message that are never a document to publish, whatever their format.
NOT_DOCUMENTS = frozenset(
    {
        "application/pkcs7-signature",
        "application/x-pkcs7-signature",
        "application/pgp-signature",
        "text/calendar",
        "text/vcard",
        "text/x-vcard",
        "message/delivery-status",
    }
)


def choices(values: type[StrEnum]) -> list[str]:
    """A closed list as the plain strings a command line takes, in declared order."""
    return [member.value for member in values]


# --- what the predicates read: a stored message's fields (wgsubmit.store.StoredMessage) ---


class _Message(Protocol):
    @property
    def kind(self) -> str | None: ...
    @property
    def duplicate_of(self) -> int | None: ...
    @property
    def superseded_by(self) -> int | None: ...
    @property
    def flags(self) -> tuple[str, ...]: ...
    @property
    def received_at(self) -> dt.datetime | None: ...
    @property
    def received_decided_by(self) -> str | None: ...
    @property
    def language(self) -> str | None: ...
    @property
    def withhold_reason(self) -> str | None: ...


class _Part(Protocol):
    @property
    def inline(self) -> bool: ...
    @property
    def format(self) -> str | None: ...
    @property
    def content_type(self) -> str: ...


class _Deadline(Protocol):
    def is_met(self, received_at: dt.datetime) -> bool: ...


class _Call(Protocol):
    @property
    def deadline(self) -> _Deadline: ...
    @property
    def languages(self) -> Sequence[str]: ...


class _Config(Protocol):
    @property
    def call(self) -> _Call: ...


def by_officer(decided_by: str | None) -> bool:
    """Whether a decision is an officer's: it stands against any later reading."""
    return decided_by == DecidedBy.HUMAN


def is_submission(message: _Message) -> bool:
    return message.kind == Kind.SUBMISSION


def is_listed(message: _Message) -> bool:
    """What `list` shows by default: a submission, or a message not read yet."""
    return message.kind is None or message.kind == Kind.SUBMISSION


def is_current_submission(message: _Message) -> bool:
    """A submission that counts: not a duplicate, not replaced by a later one."""
    return is_submission(message) and message.duplicate_of is None and message.superseded_by is None


def is_personal_case(message: _Message) -> bool:
    return Flag.PERSONAL_CASE in message.flags


def on_time(message: _Message, config: _Config) -> bool | None:
    """Whether it came before the deadline; None when its received time is not known."""
    if message.received_at is None:
        return None
    return config.call.deadline.is_met(message.received_at)


def language_ok(message: _Message, config: _Config) -> bool | None:
    """Whether the call accepts its language; None when no language was told."""
    if message.language is None:
        return None
    return message.language in config.call.languages


def visible_flags(message: _Message) -> list[str]:
    """The stored flags, `withheld` once an officer withholds the submission, and none
    about the received time once an officer has set it."""
    kept = [
        f
        for f in message.flags
        if not (by_officer(message.received_decided_by) and f in TIME_FLAGS)
    ]
    return [*kept, *([Flag.WITHHELD.value] if message.withhold_reason else [])]


def is_document(part: _Part) -> bool:
    """A file the submitter sent as their submission, not a logo or a signature image."""
    return not part.inline and part.format in DOCUMENT_FORMATS


def is_opened(part: _Part) -> bool:
    """A file an officer would open, and an acknowledgement names: not inline in the text."""
    return not part.inline


def may_be_published(part: _Part) -> bool:
    """A part that may go on the page when its format is a document's: not a picture shown
    in the text, not a signature, a calendar entry or a delivery report."""
    return not (part.inline and part.format in (None, "image")) and (
        part.content_type not in NOT_DOCUMENTS
    )


def is_picture(part: _Part) -> bool:
    """A picture beside the text (a logo sent as a file), or a part that is no document."""
    return part.format == "image" or part.inline or part.content_type in NOT_DOCUMENTS
