"""The shapes of the adversarial collection: what a message holds and what a person concluded.

A case is written once, as data, and turned into bytes by adv_mail and adv_files; its
labels travel beside it so that the scorer never has to look at the tool to know the answer.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

# The call (tests/eval/config.toml): the whole of 17 March 2020 in Geneva.
CALL_TITLE = (
    "The role of private military and security companies in immigration and border management"
)
SECRETARIAT = "Working Group on the use of mercenaries <wg-mercenaries@ohchr.example>"
SECRETARIAT_ADDRESS = "wg-mercenaries@ohchr.example"
DEADLINE_END = dt.datetime(2020, 3, 18, tzinfo=ZoneInfo("Europe/Zurich"))

REQUESTS = ("publish", "confidential", "silent", "cannot_tell")
CATEGORIES = {
    0: "ordinary",
    1: "refusal read as consent",
    2: "refusal taken for a disclaimer",
    3: "wording not recognised",
    4: "place not read",
    5: "linking",
    6: "anonymity",
    7: "not a submission",
    8: "unsafe file",
}


@dataclass(frozen=True)
class Box:
    """A Word check box: legacy form field, content control, or a symbol-font glyph."""

    label: str
    checked: bool
    style: str = "legacy"


@dataclass(frozen=True)
class Doc:
    """An attachment to build. ``kind`` is pdf, docx, txt, zip, doc or png."""

    kind: str
    name: str
    pages: tuple[str, ...] = ()
    header: str = ""
    footer: str = ""
    author: str = ""
    title: str = ""
    scan: bool = False
    encrypt: bool = False
    active: str = ""
    fields: tuple[tuple[str, str], ...] = ()
    table: tuple[tuple[str, str], ...] = ()
    boxes: tuple[Box, ...] = ()
    members: tuple[Doc, ...] = ()


@dataclass(frozen=True)
class Mail:
    """One message as the mailbox received it. ``forward`` is an attached message/rfc822."""

    sender: str
    subject: str
    body: str
    received: dt.datetime
    html: str = ""
    files: tuple[Doc, ...] = ()
    forward: Mail | None = None
    in_reply_to: str = ""
    to: str = SECRETARIAT


@dataclass(frozen=True)
class Case:
    """A message and what a careful officer concludes from it."""

    id: str
    category: int
    lang: str
    method: str
    mail: Mail
    submission: bool
    request: str
    anonymous: bool = False
    author_names: tuple[str, ...] = ()
    note: str = ""
    superseded: bool = False
    group: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.request not in REQUESTS:
            raise ValueError(f"{self.id}: request {self.request!r}")
        if self.category not in CATEGORIES:
            raise ValueError(f"{self.id}: category {self.category}")

    @property
    def half(self) -> str:
        """Stable by id alone, so adding cases never moves an old one between halves."""
        return "tune" if hashlib.sha256(self.id.encode()).digest()[0] % 2 == 0 else "frozen"

    @property
    def on_time(self) -> bool:
        return self.mail.received < DEADLINE_END

    def message_id(self) -> str:
        domain = self.mail.sender.rsplit("@", 1)[-1].rstrip(">").strip() or "example.org"
        digest = hashlib.sha256(self.id.encode()).hexdigest()[:8]
        return f"<{digest}@{domain}>"


def utc(text: str) -> dt.datetime:
    """'2020-03-12 09:14' (UTC) as an aware datetime."""
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)
