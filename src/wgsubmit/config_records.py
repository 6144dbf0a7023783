"""The call's configuration as typed records: what `config` builds from the TOML file, and
what every other module reads."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo


@dataclass(frozen=True)
class Deadline:
    """The call's deadline as an instant; a date deadline ends at the next midnight."""

    instant: dt.datetime
    whole_day: bool

    def is_met(self, received_at: dt.datetime) -> bool:
        if self.whole_day:
            return received_at < self.instant
        return received_at <= self.instant

    def display(self) -> str:
        """The last moment still on time, as `export --format json` shows it."""
        if self.whole_day:
            last = self.instant - dt.timedelta(milliseconds=1)
            return last.isoformat(timespec="milliseconds")
        return self.instant.isoformat()


@dataclass(frozen=True)
class CallConfig:
    title: str
    deadline: Deadline
    timezone: str
    languages: tuple[str, ...]
    own_addresses: tuple[str, ...]
    max_words: int
    max_pages: int
    opened: dt.datetime | None = None  # the call was issued: earlier mail is before_call
    keywords: tuple[str, ...] = ()  # words and phrases (and its report's symbol) naming it
    other_calls: tuple[OtherCall, ...] = ()  # the mandate's other calls, same mailbox


@dataclass(frozen=True)
class OtherCall:
    """Another call of the mandate whose submissions arrive in the same mailbox."""

    title: str
    deadline: Deadline
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class OAuth2Config:
    flow: str
    token_command: str | None
    client_id: str | None = None
    authority: str = "https://login.microsoftonline.com/organizations"
    scopes: tuple[str, ...] = ()  # default: what IMAP needs for the flow
    client_secret_env: str | None = None
    client_secret_command: str | None = None
    token_cache: Path | None = None  # None: the operating system's keyring
    ca_file: Path | None = None  # to trust a sign-in server with a private certificate


@dataclass(frozen=True)
class ImapConfig:
    host: str
    port: int
    security: str
    username: str
    password_env: str | None
    password_command: str | None
    mailboxes: tuple[str, ...]
    ca_file: Path | None
    auth: str
    timeout: float
    oauth2: OAuth2Config


@dataclass(frozen=True)
class Group:
    title: str
    types: tuple[str, ...]


@dataclass(frozen=True)
class PublicationConfig:
    unspecified: str
    groups: tuple[Group, ...]
    language: str = "en"  # the page's: its dates, its words, the names of organizations


@dataclass(frozen=True)
class AcknowledgeConfig:
    """How submitters are told what was received and understood."""

    reply_by_days: int = 7
    drafts_folder: str = "Drafts"  # where no folder has the SPECIAL-USE \\Drafts attribute
    sender: str | None = None  # `from`: else the call's first own address, else the login


@dataclass(frozen=True)
class SmtpConfig:
    """Where `acknowledge --send` sends; each key not set is the IMAP account's."""

    host: str | None = None
    port: int | None = None
    security: str | None = None
    username: str | None = None
    password_env: str | None = None
    password_command: str | None = None


@dataclass(frozen=True)
class ServeConfig:
    """`wgsubmit serve`: how long an officer's session may be left idle in team mode."""

    session_idle_minutes: int = 30


@dataclass(frozen=True)
class Config:
    path: Path | None
    call: CallConfig
    imap: ImapConfig
    store_path: Path
    publication: PublicationConfig
    extract: ExtractConfig = field(default_factory=lambda: ExtractConfig())
    acknowledge: AcknowledgeConfig = field(default_factory=lambda: AcknowledgeConfig())
    smtp: SmtpConfig = field(default_factory=lambda: SmtpConfig())
    serve: ServeConfig = field(default_factory=lambda: ServeConfig())


@dataclass(frozen=True)
class ExtractConfig:
    """Limits of the workers that read attachments: one hostile file must not hang a run."""

    timeout: float = 10.0  # seconds for one document, whatever its size ...
    memory_mb: int = 1024  # per worker process
    workers: int = 0  # 0: one per core
    timeout_per_mb: float = 4.0  # ... and this many more for each MB of it


def make_deadline(value: dt.date | dt.datetime, timezone: str) -> Deadline:
    if isinstance(value, dt.datetime):
        return Deadline(value.astimezone(dt.UTC), whole_day=False)
    next_midnight = dt.datetime.combine(
        value + dt.timedelta(days=1), dt.time(0), tzinfo=ZoneInfo(timezone)
    )
    return Deadline(next_midnight, whole_day=True)
