"""The store: one folder with the SQLite database and the content-addressed files.

This is the only module that speaks SQL. Raw messages and attachments are
written to ``raw/`` and ``files/`` under their sha256 *before* the row that
names them is committed, so a kill at any moment loses nothing and the next
run, finding the bytes already there, duplicates nothing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from wgsubmit.atomic import write_atomically
from wgsubmit.errors import StoreError
from wgsubmit.links import LinkRow, Links, Sender
from wgsubmit.records import (
    Address,
    Confidentiality,
    Detection,
    Extraction,
    Message,
    RawMessage,
    iso_utc,
)

DB_NAME = "wgsubmit.db"
LOCK_NAME = "write.lock"
LOCK_TIMEOUT_ENV = "WGSUBMIT_LOCK_TIMEOUT"
DEFAULT_LOCK_TIMEOUT = 30.0


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


@dataclass(frozen=True)
class Event:
    """One change to a message's record: who, when, what, from what to what."""

    at: str
    user: str
    action: str  # triage, confirm, auto, tag, untag
    field: str | None
    old: str | None
    new: str | None


# The decisions an officer can take, each column with the decision it belongs to.
DECIDED_BY = {
    "submitter_type": "submitter",
    "submitter_name": "submitter",
    "submitter_country": "submitter",
    "confidentiality": "confidentiality",
    "kind": "kind",
    "superseded_by": "superseded",
    "received_at": "received",
    "call_answer": "call",
    "withhold_reason": None,
}
# The flags that say which call a message answers, from the answer.
CALL_FLAGS = {"other": "other_call", "before": "before_call"}


@dataclass(frozen=True)
class Acknowledgement:
    """One acknowledgement written to a submitter (``done_at`` None: recorded, maybe sent)."""

    mail_id: str  # its Message-ID, derived from the submission and the understanding
    message: int
    understanding: str
    statement: dict[str, object]
    how: str  # "draft" or "sent"
    user: str
    recorded_at: str
    done_at: str | None


@dataclass(frozen=True)
class StoredFile:
    """A file the database names: a raw message, or an attachment (the first that has it)."""

    kind: str  # "raw" or "attachment"
    sha256: str
    size: int
    owner: str  # for people: "message 12", "attachment 2 of message 12"
    relative: Path  # under the store's folder


@dataclass(frozen=True)
class MailboxState:
    uidvalidity: int
    last_uid: int


# --- schema: migrations are plain functions, applied in order and recorded ---


def _execute_all(conn: sqlite3.Connection, script: str) -> None:
    # Not executescript(): it commits first, and a migration must be one transaction.
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def m001_initial(conn: sqlite3.Connection) -> None:
    _execute_all(
        conn,
        """
        CREATE TABLE messages (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            sha256 TEXT NOT NULL UNIQUE,
            size INTEGER NOT NULL,
            origin TEXT NOT NULL,
            source TEXT NOT NULL,
            server_time TEXT,
            delivery_time TEXT,
            stored_at TEXT NOT NULL,
            processed_at TEXT,
            message_id TEXT,
            from_name TEXT,
            from_address TEXT,
            to_json TEXT NOT NULL DEFAULT '[]',
            cc_json TEXT NOT NULL DEFAULT '[]',
            subject TEXT,
            date_header TEXT,
            received_at TEXT,
            body TEXT NOT NULL DEFAULT '',
            headers_json TEXT NOT NULL DEFAULT '[]',
            forwarded_by_name TEXT,
            forwarded_by_address TEXT,
            flags_json TEXT NOT NULL DEFAULT '[]',
            error TEXT,
            duplicate_of INTEGER REFERENCES messages(id),
            kind TEXT,
            kind_decided_by TEXT,
            language TEXT,
            languages_json TEXT NOT NULL DEFAULT '[]',
            confidentiality TEXT,
            confidentiality_evidence TEXT,
            confidentiality_decided_by TEXT,
            submitter_name TEXT,
            submitter_type TEXT,
            submitter_country TEXT,
            submitter_decided_by TEXT,
            superseded_by INTEGER REFERENCES messages(id)
        );
        CREATE INDEX messages_message_id ON messages(message_id);
        CREATE INDEX messages_pending ON messages(processed_at) WHERE processed_at IS NULL;
        CREATE TABLE sources (
            mailbox TEXT NOT NULL,
            uidvalidity INTEGER NOT NULL,
            uid INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            PRIMARY KEY (mailbox, uidvalidity, uid)
        );
        CREATE TABLE mailboxes (
            name TEXT PRIMARY KEY,
            uidvalidity INTEGER NOT NULL,
            last_uid INTEGER NOT NULL,
            checked_at TEXT NOT NULL
        );
        CREATE TABLE attachments (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            message INTEGER NOT NULL REFERENCES messages(id),
            position INTEGER NOT NULL,
            filename TEXT,
            content_type TEXT NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            inline INTEGER NOT NULL DEFAULT 0,
            language TEXT,
            pages INTEGER,
            text_chars INTEGER,
            error TEXT,
            UNIQUE (message, position)
        );
        CREATE TABLE tags (
            message INTEGER NOT NULL REFERENCES messages(id),
            tag TEXT NOT NULL,
            PRIMARY KEY (message, tag)
        );
        CREATE TABLE events (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            message INTEGER REFERENCES messages(id),
            at TEXT NOT NULL,
            user TEXT NOT NULL,
            action TEXT NOT NULL,
            field TEXT,
            old TEXT,
            new TEXT
        );
        """,
    )


def m002_reading(conn: sqlite3.Connection) -> None:
    """What reading a message finds: attachment text, links between messages, search."""
    _execute_all(
        conn,
        """
        ALTER TABLE attachments ADD COLUMN parent INTEGER;
        ALTER TABLE attachments ADD COLUMN format TEXT;
        ALTER TABLE attachments ADD COLUMN text TEXT;
        ALTER TABLE attachments ADD COLUMN margins TEXT;
        ALTER TABLE attachments ADD COLUMN words INTEGER;
        ALTER TABLE attachments ADD COLUMN language_confidence REAL;
        ALTER TABLE messages ADD COLUMN body_language TEXT;
        ALTER TABLE messages ADD COLUMN amends INTEGER REFERENCES messages(id);
        ALTER TABLE messages ADD COLUMN superseded_decided_by TEXT;
        CREATE INDEX messages_sender ON messages(from_address);
        CREATE VIRTUAL TABLE search_index USING fts5(
            subject, sender, body, documents, tokenize = 'unicode61 remove_diacritics 2'
        );
        UPDATE messages SET processed_at = NULL
        """,
    )


def m003_triage(conn: sqlite3.Connection) -> None:
    """Why a submitter was suggested, and an officer's decision to withhold a submission."""
    _execute_all(
        conn,
        """
        ALTER TABLE messages ADD COLUMN submitter_confidence REAL;
        ALTER TABLE messages ADD COLUMN submitter_reasons_json TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE messages ADD COLUMN withhold_reason TEXT;
        CREATE INDEX events_message ON events(message);
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        UPDATE messages SET processed_at = NULL
        """,
    )


def m004_received(conn: sqlite3.Connection) -> None:
    """An officer may set the received time of a message that carries none."""
    _execute_all(conn, "ALTER TABLE messages ADD COLUMN received_decided_by TEXT")


def m005_withheld_files(conn: sqlite3.Connection) -> None:
    """Files an officer keeps off the page (a confidential annex): by content, so that a
    re-read, which rebuilds the attachment rows, keeps them."""
    _execute_all(
        conn,
        """
        CREATE TABLE withheld_files (
            message INTEGER NOT NULL REFERENCES messages(id),
            sha256 TEXT NOT NULL,
            PRIMARY KEY (message, sha256)
        )
        """,
    )


def m006_links(conn: sqlite3.Connection) -> None:
    """What links messages, kept so that links can be made again in received order whatever
    order the messages were read in: whether one says it replaces an earlier submission,
    the request of a note that only changes one, the submission a namesake's message holds
    for an officer, and whether the links of a message read are made yet."""
    _execute_all(
        conn,
        """
        ALTER TABLE messages ADD COLUMN says_revision INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE messages ADD COLUMN amendment TEXT;
        ALTER TABLE messages ADD COLUMN amendment_evidence TEXT;
        ALTER TABLE messages ADD COLUMN held_by INTEGER REFERENCES messages(id);
        ALTER TABLE messages ADD COLUMN linked_at TEXT;
        UPDATE messages SET processed_at = NULL
        """,
    )


def m007_calls(conn: sqlite3.Connection) -> None:
    """Which of the mandate's calls a message answers, and whether an officer said so."""
    _execute_all(
        conn,
        """
        ALTER TABLE messages ADD COLUMN call_answer TEXT;
        ALTER TABLE messages ADD COLUMN call_evidence TEXT;
        ALTER TABLE messages ADD COLUMN call_decided_by TEXT;
        """,
    )


def m008_acknowledgements(conn: sqlite3.Connection) -> None:
    """Each acknowledgement written to a submitter: the understanding it stated, as a draft
    or sent. A sent one is recorded before it goes and completed after (``done_at``), so a
    run killed in between knows which it may have sent."""
    _execute_all(
        conn,
        """
        CREATE TABLE acknowledgements (
            mail_id TEXT PRIMARY KEY,
            message INTEGER NOT NULL REFERENCES messages(id),
            understanding TEXT NOT NULL,
            statement_json TEXT NOT NULL,
            how TEXT NOT NULL,
            user TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            done_at TEXT
        );
        CREATE INDEX acknowledgements_message ON acknowledgements(message)
        """,
    )


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    m001_initial,
    m002_reading,
    m003_triage,
    m004_received,
    m005_withheld_files,
    m006_links,
    m007_calls,
    m008_acknowledgements,
]
SCHEMA_VERSION = len(MIGRATIONS)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _address_json(addresses: Iterable[Address]) -> str:
    return json.dumps([{"name": a.name, "address": a.address} for a in addresses])


def _addresses(text: str) -> tuple[Address, ...]:
    return tuple(Address(a.get("name"), a.get("address")) for a in json.loads(text or "[]"))


def make_private_dir(path: Path) -> None:
    """The store holds personal data of human rights defenders: only its owner may read it."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        path.chmod(0o700)


def write_file_atomic(path: Path, data: bytes) -> bool:
    """Write a content-addressed file whole (`atomic.write_atomically`). Returns whether
    anything was written: a file of the right size is already these bytes. Durability is
    the caller's, a batch at a time."""
    if path.exists() and path.stat().st_size == len(data):
        return False
    try:
        write_atomically(path, data)
    except OSError as err:
        raise _write_failure(err) from None
    return True


def sync_files(paths: list[Path]) -> None:
    """Make freshly written files durable; one sync for a batch costs far less than one
    fsync per file."""
    if not paths:
        return
    if hasattr(os, "sync"):
        os.sync()
        return
    for path in paths:  # Windows: no global sync
        with path.open("rb+") as handle:
            os.fsync(handle.fileno())


def _write_failure(err: OSError) -> StoreError:
    if err.errno == errno.ENOSPC:
        return StoreError("the disk is full: free some space and run the command again")
    return StoreError(f"cannot write to the store: {err.strerror or err}")


# A later request applies to its submission when it is stricter than what stands: the
# values it sets aside nothing of. "anonymous" (publish, but without the name) adds the flag.
_STRICTER = {
    "confidential": ("confidential",),
    "unclear": ("confidential", "unclear"),
    "anonymous": ("confidential", "unclear"),
}


def _amendment_value(amendment: Confidentiality | None) -> str | None:
    """What a later request asks, as stored: its publication value, or "anonymous" for a
    consent (or silence) that asks to leave the name out."""
    if amendment is None:
        return None
    if amendment.value in ("publish", "unspecified") and "anonymous" in amendment.flags:
        return "anonymous"
    return amendment.value


class Store:
    """A store folder, opened either to read (never waits) or to write (holds the lock)."""

    def __init__(
        self, root: Path, conn: sqlite3.Connection, writable: bool, turns: str | None = None
    ) -> None:
        self.root = root
        self.conn = conn
        self.writable = writable
        self.turns = turns  # the command that takes the lock for each write, if not held

    # --- opening ---

    @classmethod
    @contextlib.contextmanager
    def open_for_writing(
        cls, root: Path, command: str = "wgsubmit", hold_lock: bool = True
    ) -> Iterator[Store]:
        """The store, its lock held until it is closed; or, with ``hold_lock=False`` (for
        a long run beside officers' commands, `fetch --watch`), the lock taken only for
        each write, so that a `tag` waits for one transaction, not for the run."""
        make_private_dir(root)
        with _write_lock(root, command) if hold_lock else contextlib.nullcontext():
            turns = None if hold_lock else command
            store = cls(root, _connect(root / DB_NAME), writable=True, turns=turns)
            try:
                with store.write_turn():
                    store._migrate()
                yield store
            finally:
                store.conn.close()

    def write_turn(self) -> contextlib.AbstractContextManager[None]:
        """The lock for one write, where it is not held throughout."""
        if self.turns is None:
            return contextlib.nullcontext()
        return _write_lock(self.root, self.turns)

    @classmethod
    @contextlib.contextmanager
    def open_for_reading(cls, root: Path, database: str = DB_NAME) -> Iterator[Store]:
        path = root / database
        if not path.exists():
            raise StoreError(f"no store at {root}: run `wgsubmit fetch` or `wgsubmit import` first")
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
            conn.row_factory = sqlite3.Row
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as err:
            raise StoreError(f"cannot read the store {path}: {err}") from None
        if version < SCHEMA_VERSION:
            conn.close()
            raise StoreError(
                f"the store at {root} is from an older version: run `wgsubmit fetch` or "
                "`wgsubmit import` (any command that writes) once to upgrade it"
            )
        if version > SCHEMA_VERSION:
            conn.close()
            raise StoreError(f"the store at {root} is from a newer wgsubmit: upgrade wgsubmit")
        try:
            yield cls(root, conn, writable=False)
        finally:
            conn.close()

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(f"the store at {self.root} is from a newer wgsubmit: upgrade wgsubmit")
        if version == SCHEMA_VERSION:
            return
        import sqlite_utils  # slow to import: only when there is something to migrate

        db = sqlite_utils.Database(self.conn)
        db.enable_wal()
        if "migrations" not in db.table_names():
            db.table("migrations").create({"name": str, "applied_at": str}, pk="name")
        for number, migration in enumerate(MIGRATIONS, start=1):
            if number <= version:
                continue
            with db.atomic():
                migration(self.conn)
                db.table("migrations").insert({"name": migration.__name__, "applied_at": _now()})
                self.conn.execute(f"PRAGMA user_version = {number}")

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        with self.write_turn():
            yield from self._transaction()

    def _transaction(self) -> Iterator[None]:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as err:
            if "full" in str(err):
                raise StoreError(
                    "the disk is full: free some space and run the command again"
                ) from None
            raise StoreError(f"cannot write to the store: {err}") from None

    # --- files ---

    def raw_path(self, sha256: str) -> Path:
        return self.root / "raw" / sha256[:2] / f"{sha256}.eml"

    def file_path(self, sha256: str) -> Path:
        return self.root / "files" / sha256[:2] / sha256

    def raw_bytes(self, sha256: str) -> bytes:
        return self.raw_path(sha256).read_bytes()

    # --- raw messages ---

    def mailbox_state(self, name: str) -> MailboxState | None:
        row = self.conn.execute(
            "SELECT uidvalidity, last_uid FROM mailboxes WHERE name = ?", (name,)
        ).fetchone()
        return MailboxState(row[0], row[1]) if row else None

    def known_uids(self, mailbox: str, uidvalidity: int) -> set[int]:
        rows = self.conn.execute(
            "SELECT uid FROM sources WHERE mailbox = ? AND uidvalidity = ?", (mailbox, uidvalidity)
        )
        return {r[0] for r in rows}

    def save_raw(
        self, raws: Iterable[RawMessage], mailbox: tuple[str, MailboxState] | None = None
    ) -> list[int]:
        """Store raw messages in one transaction; return the ids of those not seen before.

        ``mailbox`` is the (name, state) to record with them, so that the
        highest UID stored moves only together with the messages themselves.
        """
        raws = list(raws)
        # The raw bytes are the only record: durable before the rows that name them.
        sync_files(
            [
                self.raw_path(raw.sha256)
                for raw in raws
                if write_file_atomic(self.raw_path(raw.sha256), raw.data)
            ]
        )
        new_ids: list[int] = []
        with self.transaction():
            for raw in raws:
                cursor = self.conn.execute(
                    "INSERT OR IGNORE INTO messages (sha256, size, origin, source, server_time,"
                    " delivery_time, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        raw.sha256,
                        len(raw.data),
                        raw.origin,
                        raw.source,
                        iso_utc(raw.server_time),
                        iso_utc(raw.delivery_time),
                        _now(),
                    ),
                )
                if cursor.rowcount:
                    new_ids.append(int(cursor.lastrowid or 0))
                if raw.mailbox is not None and raw.uid is not None:
                    self.conn.execute(
                        "INSERT OR IGNORE INTO sources VALUES (?, ?, ?, ?)",
                        (raw.mailbox, raw.uidvalidity, raw.uid, raw.sha256),
                    )
            if mailbox is not None:
                name, state = mailbox
                self.conn.execute(
                    "INSERT INTO mailboxes VALUES (?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET"
                    " uidvalidity = excluded.uidvalidity, last_uid = excluded.last_uid,"
                    " checked_at = excluded.checked_at",
                    (name, state.uidvalidity, state.last_uid, _now()),
                )
        return new_ids

    def raw_message(self, message_id: int) -> RawMessage:
        row = self.conn.execute(
            "SELECT sha256, origin, source, server_time, delivery_time FROM messages WHERE id = ?",
            (message_id,),
        ).fetchone()
        if row is None:
            raise StoreError(f"no message with id {message_id}")
        return RawMessage(
            data=self.raw_bytes(row[0]),
            origin=row[1],
            source=row[2],
            server_time=_datetime(row[3]),
            delivery_time=_datetime(row[4]),
        )

    def all_ids(self) -> list[int]:
        return [r[0] for r in self.conn.execute("SELECT id FROM messages ORDER BY id")]

    def sizes(self, ids: Sequence[int]) -> dict[int, int]:
        """The raw size of each of these messages."""
        rows = self.conn.execute("SELECT id, size FROM messages")
        wanted = set(ids)
        return {r[0]: r[1] for r in rows if r[0] in wanted}

    def unread(self) -> int:
        """Messages stored but not (or not yet again) read, or read but not yet linked to
        the others."""
        return int(
            self.conn.execute(
                "SELECT count(*) FROM messages WHERE processed_at IS NULL OR linked_at IS NULL"
            ).fetchone()[0]
        )

    def pending_ids(self) -> list[int]:
        rows = self.conn.execute("SELECT id FROM messages WHERE processed_at IS NULL ORDER BY id")
        return [r[0] for r in rows]

    def first_with_message_id(self, message_id: str, before: int) -> int | None:
        row = self.conn.execute(
            "SELECT id FROM messages WHERE message_id = ? AND id < ? ORDER BY id LIMIT 1",
            (message_id, before),
        ).fetchone()
        return int(row[0]) if row else None

    def save_reading(self, message_id: int, reading: Reading) -> None:
        """Record what reading a message found, in one transaction.

        What an officer decided (``*_decided_by = 'human'``) is kept as it is.
        """
        message = reading.message
        # Attachments are derived from the (synced) raw message and rebuilt by any re-read,
        # so they are not synced one message at a time.
        for attachment in message.attachments:
            write_file_atomic(self.file_path(attachment.sha256), attachment.data)
        forwarded_by = message.forwarded_by or Address(None, None)
        detection = reading.detection
        kind = detection.kind if detection else None
        language = detection.language if detection else None
        confidentiality = detection.confidentiality if detection else None
        submitter = detection.submitter if detection else None
        amendment = detection.amendment if detection else None
        answer = detection.call if detection else None
        with self.transaction():
            flags = self._call_flags_kept(message_id, reading.flags)
            self.conn.execute(
                "UPDATE messages SET processed_at = ?, message_id = ?, from_name = ?,"
                " from_address = ?, to_json = ?, cc_json = ?, subject = ?, date_header = ?,"
                f" {_unless_human('received_at', 'received')}, body = ?, headers_json = ?,"
                " forwarded_by_name = ?,"
                " forwarded_by_address = ?, flags_json = ?, error = ?, duplicate_of = ?,"
                " language = ?, languages_json = ?, body_language = ?, linked_at = NULL,"
                " says_revision = ?, amendment = ?, amendment_evidence = ?,"
                f" {_unless_human('kind', 'kind')},"
                f" {_unless_human('confidentiality', 'confidentiality')},"
                f" {_unless_human('confidentiality_evidence', 'confidentiality')},"
                f" {_unless_human('submitter_type', 'submitter')},"
                f" {_unless_human('submitter_name', 'submitter')},"
                f" {_unless_human('submitter_country', 'submitter')},"
                f" {_unless_human('submitter_confidence', 'submitter')},"
                f" {_unless_human('submitter_reasons_json', 'submitter')},"
                f" {_unless_human('call_answer', 'call')},"
                f" {_unless_human('call_evidence', 'call')},"
                " call_decided_by = CASE WHEN call_decided_by = 'human' THEN 'human'"
                "   WHEN ? IS NULL THEN NULL ELSE 'auto' END,"
                " submitter_decided_by = CASE WHEN submitter_decided_by = 'human' THEN 'human'"
                "   WHEN ? IS NULL THEN NULL ELSE 'auto' END,"
                " kind_decided_by = CASE WHEN kind_decided_by = 'human' THEN 'human'"
                "   WHEN ? IS NULL THEN NULL ELSE 'auto' END,"
                " confidentiality_decided_by = CASE WHEN confidentiality_decided_by = 'human'"
                "   THEN 'human' WHEN ? IS NULL THEN NULL ELSE 'auto' END"
                " WHERE id = ?",
                (
                    _now(),
                    message.message_id,
                    message.sender.name,
                    message.sender.address,
                    _address_json(message.to),
                    _address_json(message.cc),
                    message.subject,
                    iso_utc(message.date_header),
                    iso_utc(message.received_at),
                    message.body,
                    json.dumps(message.headers),
                    forwarded_by.name,
                    forwarded_by.address,
                    json.dumps(flags),
                    message.error,
                    reading.duplicate_of,
                    language.code if language else None,
                    json.dumps(list(language.languages) if language else []),
                    detection.body_language.code if detection else None,
                    int(detection.revision) if detection else 0,
                    _amendment_value(amendment),
                    amendment.evidence if amendment else None,
                    kind,
                    confidentiality.value if confidentiality else None,
                    confidentiality.evidence if confidentiality else None,
                    submitter.type if submitter else None,
                    submitter.name if submitter else None,
                    submitter.country if submitter else None,
                    submitter.confidence if submitter else None,
                    json.dumps(list(submitter.reasons) if submitter else []),
                    answer.value if answer else None,
                    answer.evidence if answer else None,
                    answer.value if answer else None,
                    submitter.type if submitter else None,
                    kind,
                    confidentiality.value if confidentiality else None,
                    message_id,
                ),
            )
            self.conn.execute("DELETE FROM attachments WHERE message = ?", (message_id,))
            languages = detection.document_languages if detection else ()
            rows = []
            for i, attachment in enumerate(message.attachments):
                found = reading.extractions[i] if i < len(reading.extractions) else None
                lang = languages[i] if i < len(languages) else None
                rows.append(
                    (
                        message_id,
                        i,
                        attachment.filename,
                        attachment.content_type,
                        attachment.size,
                        attachment.sha256,
                        int(attachment.inline),
                        attachment.parent,
                        found.format if found else None,
                        found.text if found else None,
                        found.margins if found else None,
                        found.pages if found else None,
                        len(found.text) if found else None,
                        found.words if found else None,
                        found.error if found else None,
                        lang.code if lang else None,
                        lang.confidence if lang else None,
                    )
                )
            self.conn.executemany(
                "INSERT INTO attachments (message, position, filename, content_type, size,"
                " sha256, inline, parent, format, text, margins, pages, text_chars, words, error,"
                " language, language_confidence)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            self.conn.execute("DELETE FROM search_index WHERE rowid = ?", (message_id,))
            self.conn.execute(
                "INSERT INTO search_index (rowid, subject, sender, body, documents)"
                " VALUES (?, ?, ?, ?, ?)",
                (
                    message_id,
                    message.subject or "",
                    f"{message.sender.name or ''} {message.sender.address or ''}",
                    message.body,
                    "\n".join(e.text for e in reading.extractions),
                ),
            )

    def _call_flags_kept(self, message_id: int, flags: Sequence[str]) -> list[str]:
        """The flags read, with those of the call an officer said it answers."""
        row = self.conn.execute(
            "SELECT call_answer FROM messages WHERE id = ? AND call_decided_by = 'human'",
            (message_id,),
        ).fetchone()
        return list(flags) if row is None else _with_call_flags(flags, row[0])

    # --- links between messages ---

    def read_all_again(self) -> None:
        """Before reading every message again: forget the automatic links between them, and
        mark them all unread in the same transaction, so that a run killed half-way is
        finished by the next one (and `export` waits for it) instead of leaving links lost."""
        with self.transaction():
            self.conn.execute(
                "UPDATE messages SET superseded_by = NULL"
                " WHERE superseded_decided_by IS NOT 'human'"
            )
            self.conn.execute(
                "UPDATE messages SET amends = NULL, held_by = NULL, processed_at = NULL,"
                " linked_at = NULL"
            )

    def senders(self) -> list[Sender]:
        rows = self.conn.execute("SELECT id, lower(from_address), from_name FROM messages")
        return [Sender(*r) for r in rows]

    def unlinked_ids(self) -> list[int]:
        """Messages read whose links to the others are not made yet (a run was killed)."""
        rows = self.conn.execute(
            "SELECT id FROM messages WHERE processed_at IS NOT NULL AND linked_at IS NULL"
        )
        return [r[0] for r in rows]

    def link_rows(self, ids: Iterable[int]) -> list[LinkRow]:
        rows = self._rows_of(
            ids,
            "SELECT id, received_at, lower(from_address), from_name, subject, message_id,"
            " (SELECT group_concat(json_extract(h.value, '$[1]'), ' ')"
            "   FROM json_each(headers_json) h"
            "   WHERE lower(json_extract(h.value, '$[0]')) IN ('in-reply-to', 'references')),"
            " kind, duplicate_of IS NOT NULL, says_revision, amendment, amendment_evidence,"
            " superseded_by, superseded_decided_by IS 'human' FROM messages",
        )
        return [
            LinkRow(
                id=r[0],
                received_at=_datetime(r[1]),
                address=r[2],
                name=r[3],
                subject=r[4],
                message_id=r[5],
                replies_to=r[6] or "",
                kind=r[7],
                duplicate=bool(r[8]),
                says_revision=bool(r[9]),
                amendment=Confidentiality(r[10], r[11]) if r[10] else None,
                superseded_by=r[12],
                superseded_by_officer=bool(r[13]),
            )
            for r in rows
        ]

    def document_texts(self, message_id: int) -> list[str]:
        rows = self.conn.execute(
            "SELECT text FROM attachments WHERE message = ? AND text IS NOT NULL AND text != ''"
            " ORDER BY position",
            (message_id,),
        )
        return [r[0] for r in rows]

    def attachment_texts(self, message_id: int) -> list[str]:
        """Each attachment's text with its margins (form fields, headers, footers), one per
        attachment in order: what an anonymous author's name is looked for in."""
        rows = self.conn.execute(
            "SELECT coalesce(text, '') || char(10) || coalesce(margins, '') FROM attachments"
            " WHERE message = ? ORDER BY position",
            (message_id,),
        )
        return [r[0] for r in rows]

    def save_links(self, ids: Iterable[int], links: Links) -> None:
        """Make the links of these messages what ``links`` says, in one transaction; an
        officer's decision on what replaces a submission stays."""
        with self.transaction():
            rows = self._rows_of(
                ids,
                "SELECT id, superseded_by, superseded_decided_by, held_by, amends, amendment,"
                " amendment_evidence FROM messages",
            )
            for row in rows:
                self._link(row, links)
            requests = {r[0]: (r[5], r[6]) for r in rows if r[5] in _STRICTER}
            for note, target in links.amends.items():
                if note in requests:
                    self._apply_request(note, target, *requests[note])
            self.conn.executemany(
                "UPDATE messages SET linked_at = ?"
                " WHERE id = ? AND linked_at IS NULL AND processed_at IS NOT NULL",
                [(_now(), r[0]) for r in rows],
            )

    def _rows_of(self, ids: Iterable[int], select: str) -> list[sqlite3.Row]:
        """``select`` (with no WHERE) for these messages, a few hundred ids at a time: SQLite
        takes only so many parameters in one statement."""
        wanted = sorted(set(ids))
        rows: list[sqlite3.Row] = []
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            where, params = _id_filter("id", chunk)
            rows.extend(self.conn.execute(select + where, params))
        return rows

    def _link(self, row: sqlite3.Row, links: Links) -> None:
        message_id, officer = row[0], row[2] == "human"
        later = links.superseded_by.get(message_id)
        if not officer and (row[1], row[2]) != (later, "auto" if later else None):
            self.conn.execute(
                "UPDATE messages SET superseded_by = ?, superseded_decided_by = ? WHERE id = ?",
                (later, "auto" if later else None, message_id),
            )
        held = None if officer else links.held_by.get(message_id)
        amends = links.amends.get(message_id)
        if (row[3], row[4]) != (held, amends):
            self.conn.execute(
                "UPDATE messages SET held_by = ?, amends = ? WHERE id = ?",
                (held, amends, message_id),
            )
        if row[5] is not None:
            # A note that only changes a request is no submission once it has one to amend.
            self.conn.execute(
                "UPDATE messages SET flags_json = (SELECT json_group_array(value) FROM ("
                "   SELECT value FROM json_each(flags_json) WHERE value != 'amends'"
                "   UNION ALL SELECT 'amends' WHERE ?)),"
                f" {_unless_human('kind', 'kind')} WHERE id = ?",
                (amends is not None, "not_submission" if amends else "submission", message_id),
            )

    def _apply_request(
        self, message_id: int, target: int, value: str, evidence: str | None
    ) -> None:
        """A later request for confidentiality (or one that is unclear) applies to its
        submission at once, when it is stricter than what stands; a consent to publish
        waits for an officer."""
        # An officer's decision made before this request does not stand against it; one
        # made after it (having read it) does.
        row = self.conn.execute(
            "SELECT confidentiality, confidentiality_decided_by IS 'human', EXISTS ("
            "  SELECT 1 FROM events WHERE message = ? AND field = 'confidentiality'"
            "  AND at > (SELECT stored_at FROM messages WHERE id = ?))"
            " FROM messages WHERE id = ?",
            (target, message_id, target),
        ).fetchone()
        if row is None or row[0] in _STRICTER[value] or (row[1] and row[2]):
            return
        if value == "anonymous":
            self._add_flag(target, "anonymous")
            return
        self.conn.execute(
            "UPDATE messages SET confidentiality = ?,"
            " confidentiality_evidence = ?, confidentiality_decided_by = 'auto' WHERE id = ?",
            (value, evidence, target),
        )
        if row[1]:  # an officer's earlier decision set aside: said in the history
            self._event(target, "wgsubmit", "amended", "confidentiality", row[0], value)

    def _add_flag(self, message_id: int, flag: str) -> None:
        row = self.conn.execute(
            "SELECT flags_json FROM messages WHERE id = ?", (message_id,)
        ).fetchone()
        flags = json.loads(row[0] or "[]") if row else []
        if flag not in flags:
            self.conn.execute(
                "UPDATE messages SET flags_json = ? WHERE id = ?",
                (json.dumps([*flags, flag]), message_id),
            )
            self._event(message_id, "wgsubmit", "amended", "flags", None, flag)

    # --- an officer's decisions ---

    def decide(self, message_id: int, changes: dict[str, str | int | None], user: str) -> int:
        """Set columns of DECIDED_BY as an officer's decision, each change an event; the
        number of values that changed."""
        unknown = set(changes) - set(DECIDED_BY)
        if unknown:
            raise ValueError(f"not a decision: {sorted(unknown)}")
        changed = 0
        with self.transaction():
            row = self.conn.execute("SELECT * FROM messages WHERE id = ?", (message_id,)).fetchone()
            if row is None:
                raise StoreError(f"no message with id {message_id}")
            for column, value in changes.items():
                decision = DECIDED_BY[column]
                if decision is not None:
                    self.conn.execute(
                        f"UPDATE messages SET {column} = ?, {decision}_decided_by = 'human'"
                        " WHERE id = ?",
                        (value, message_id),
                    )
                else:
                    self.conn.execute(
                        f"UPDATE messages SET {column} = ? WHERE id = ?", (value, message_id)
                    )
                if column == "call_answer":
                    flags = _with_call_flags(json.loads(row["flags_json"]), value)
                    self.conn.execute(
                        "UPDATE messages SET call_evidence = ?, flags_json = ? WHERE id = ?",
                        ("set by an officer", json.dumps(flags), message_id),
                    )
                if column == "confidentiality":
                    self.conn.execute(
                        "UPDATE messages SET confidentiality_evidence = ? WHERE id = ?",
                        ("set by an officer", message_id),
                    )
                if row[column] != value:
                    changed += 1
                    self._event(message_id, user, "triage", column, row[column], value)
        return changed

    def supersede_by_officer(self, earlier: int, later: int | None, user: str) -> None:
        """An officer's word on whether `earlier` is replaced (by `later`, or by none)."""
        self.decide(earlier, {"superseded_by": later}, user)

    def withhold_file(self, message_id: int, position: int, user: str, keep: bool = False) -> str:
        """Keep one attachment off the page (a confidential annex), or with ``keep`` let it
        back on; its name, for people."""
        with self.transaction():
            row = self.conn.execute(
                "SELECT sha256, filename FROM attachments WHERE message = ? AND position = ?",
                (message_id, position),
            ).fetchone()
            if row is None:
                raise StoreError(f"message {message_id} has no attachment {position + 1}")
            name = row[1] or f"attachment {position + 1}"
            if keep:
                sql = "DELETE FROM withheld_files WHERE message = ? AND sha256 = ?"
            else:
                sql = "INSERT OR IGNORE INTO withheld_files VALUES (?, ?)"
            if self.conn.execute(sql, (message_id, row[0])).rowcount:
                action = "keep-file" if keep else "withhold-file"
                self._event(message_id, user, action, "file", None, name)
        return str(name)

    def confirm(self, message_id: int, user: str) -> None:
        """The suggestions as they stand become an officer's decisions."""
        with self.transaction():
            self.conn.execute(
                "UPDATE messages SET submitter_decided_by = 'human',"
                " confidentiality_decided_by = 'human', kind_decided_by = 'human' WHERE id = ?",
                (message_id,),
            )
            self._event(message_id, user, "confirm", None, None, None)

    def note_auto(self, message_id: int, user: str, summary: str) -> None:
        with self.transaction():
            self._event(message_id, user, "auto", None, None, summary)

    def tag(self, ids: Iterable[int], tag: str, user: str, remove: bool = False) -> list[int]:
        """Add (or remove) a tag; the ids whose tags changed."""
        changed = []
        with self.transaction():
            for message_id in ids:
                if remove:
                    done = self.conn.execute(
                        "DELETE FROM tags WHERE message = ? AND tag = ?", (message_id, tag)
                    ).rowcount
                else:
                    done = self.conn.execute(
                        "INSERT OR IGNORE INTO tags (message, tag) VALUES (?, ?)", (message_id, tag)
                    ).rowcount
                if done:
                    changed.append(message_id)
                    self._event(
                        message_id,
                        user,
                        "untag" if remove else "tag",
                        "tags",
                        tag if remove else None,
                        None if remove else tag,
                    )
        return changed

    def events(self, message_id: int) -> list[Event]:
        rows = self.conn.execute(
            "SELECT at, user, action, field, old, new FROM events WHERE message = ? ORDER BY id",
            (message_id,),
        )
        return [Event(*r) for r in rows]

    def _event(
        self, message_id: int, user: str, action: str, field: str | None, old: object, new: object
    ) -> None:
        self.conn.execute(
            "INSERT INTO events (message, at, user, action, field, old, new)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                message_id,
                _now(),
                user,
                action,
                field,
                None if old is None else str(old),
                None if new is None else str(new),
            ),
        )

    def undecided(self) -> list[int]:
        """Submissions whose submitter or unclear request no officer has decided: those
        whose request is unclear first, then oldest first."""
        rows = self.conn.execute(
            "SELECT id FROM messages WHERE kind = 'submission' AND duplicate_of IS NULL"
            " AND (submitter_decided_by IS NOT 'human' OR (confidentiality = 'unclear'"
            " AND confidentiality_decided_by IS NOT 'human')"
            " OR (call_answer = 'unclear' AND call_decided_by IS NOT 'human'))"
            " ORDER BY confidentiality IS NOT 'unclear', coalesce(received_at, stored_at), id"
        )
        return [r[0] for r in rows]

    # --- acknowledgements ---

    def acknowledgements(self, message_id: int | None = None) -> list[Acknowledgement]:
        """Every acknowledgement recorded (of one submission), oldest first."""
        where, params = _id_filter("message", None if message_id is None else [message_id])
        rows = self.conn.execute(
            "SELECT mail_id, message, understanding, statement_json, how, user, recorded_at,"
            f" done_at FROM acknowledgements{where} ORDER BY recorded_at, rowid",
            params,
        )
        return [
            Acknowledgement(r[0], r[1], r[2], json.loads(r[3]), r[4], r[5], r[6], r[7])
            for r in rows
        ]

    def record_acknowledgement(self, ack: Acknowledgement) -> None:
        """Record one (again: the same Message-ID is the same acknowledgement)."""
        with self.transaction():
            self.conn.execute(
                "INSERT INTO acknowledgements VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(mail_id) DO UPDATE SET done_at = excluded.done_at,"
                " how = excluded.how, user = excluded.user",
                (
                    ack.mail_id,
                    ack.message,
                    ack.understanding,
                    json.dumps(ack.statement, ensure_ascii=False),
                    ack.how,
                    ack.user,
                    ack.recorded_at,
                    ack.done_at,
                ),
            )

    def complete_acknowledgement(self, mail_id: str) -> None:
        with self.transaction():
            self.conn.execute(
                "UPDATE acknowledgements SET done_at = ? WHERE mail_id = ?", (_now(), mail_id)
            )

    def headers(self, message_id: int) -> list[tuple[str, str]]:
        """A message's own top-level headers, as read."""
        row = self.conn.execute(
            "SELECT headers_json FROM messages WHERE id = ?", (message_id,)
        ).fetchone()
        return [(str(k), str(v)) for k, v in json.loads(row[0] if row else "[]")]

    def setting(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    # --- reading ---

    def messages(
        self, include_all: bool = False, ids: Iterable[int] | None = None
    ) -> list[StoredMessage]:
        """Stored messages, oldest first; by default only submissions or undecided ones."""
        where, params = _id_filter("id", list(ids) if ids is not None else None)
        if not include_all:
            where += " AND " if where else " WHERE "
            where += "(kind IS NULL OR kind = 'submission')"
        sql = (
            "SELECT *, (SELECT max(done_at) FROM acknowledgements a WHERE a.message ="
            f" messages.id) AS acknowledged_at FROM messages{where} ORDER BY id"
        )
        rows = self.conn.execute(sql, params).fetchall()
        only = [r["id"] for r in rows] if ids is not None else None
        attachments = self._attachments_by_message(only)
        tags = self._tags_by_message(only)
        return [_stored_message(row, attachments, tags) for row in rows]

    def message(self, message_id: int) -> StoredMessage | None:
        found = self.messages(include_all=True, ids=[message_id])
        return found[0] if found else None

    def _attachments_by_message(self, ids: list[int] | None) -> dict[int, list[StoredAttachment]]:
        result: dict[int, list[StoredAttachment]] = {}
        where, params = _id_filter("message", ids)
        rows = self.conn.execute(
            "SELECT message, position, filename, content_type, size, sha256, inline, language,"
            " pages, text_chars, error, parent, format, words, EXISTS (SELECT 1 FROM"
            " withheld_files w WHERE w.message = a.message AND w.sha256 = a.sha256)"
            f" FROM attachments a{where} ORDER BY message, position",
            params,
        )
        for r in rows:
            result.setdefault(r[0], []).append(
                StoredAttachment(
                    r[1],
                    r[2],
                    r[3],
                    r[4],
                    r[5],
                    bool(r[6]),
                    r[7],
                    r[8],
                    r[9],
                    r[10],
                    r[11],
                    r[12],
                    r[13],
                    bool(r[14]),
                )
            )
        return result

    def _tags_by_message(self, ids: list[int] | None) -> dict[int, list[str]]:
        result: dict[int, list[str]] = {}
        where, params = _id_filter("message", ids)
        sql = f"SELECT message, tag FROM tags{where} ORDER BY message, tag"
        for r in self.conn.execute(sql, params):
            result.setdefault(r[0], []).append(r[1])
        return result

    def search(self, text: str) -> set[int]:
        """Ids of the messages whose subject, sender, body or documents hold every word."""
        # Each word quoted: what an officer types is words, not FTS5 query syntax.
        query = " ".join('"' + word.replace('"', '""') + '"' for word in text.split())
        if not query:
            return set()
        rows = self.conn.execute(
            "SELECT rowid FROM search_index WHERE search_index MATCH ?", (query,)
        )
        return {r[0] for r in rows}

    # --- checking and copying the store ---

    def integrity(self) -> list[str]:
        """What SQLite finds wrong with the database file and its references; empty when whole."""
        found = [str(r[0]) for r in self.conn.execute("PRAGMA integrity_check")]
        problems = [] if found == ["ok"] else found
        for table, rowid, parent, _ in self.conn.execute("PRAGMA foreign_key_check"):
            problems.append(f"{table} row {rowid} names a missing {parent} row")
        return problems

    def stored_files(self) -> list[StoredFile]:
        """Every file the database names, each once."""
        files = [
            StoredFile(
                "raw", r[1], r[2], f"message {r[0]}", self.raw_path(r[1]).relative_to(self.root)
            )
            for r in self.conn.execute("SELECT id, sha256, size FROM messages ORDER BY id")
        ]
        rows = self.conn.execute(
            "SELECT message, position, sha256, size FROM attachments"
            " WHERE id IN (SELECT min(id) FROM attachments GROUP BY sha256)"
            " ORDER BY message, position"
        )
        files += [
            StoredFile(
                "attachment",
                r[2],
                r[3],
                f"attachment {r[1] + 1} of message {r[0]}",
                self.file_path(r[2]).relative_to(self.root),
            )
            for r in rows
        ]
        return files

    def copy_database(self, target: Path) -> None:
        """A consistent copy of the database as it is now, whoever is writing (SQLite's
        online backup)."""
        copy = sqlite3.connect(target)
        try:
            self.conn.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")  # one file, nothing beside it
        finally:
            copy.close()

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM messages").fetchone()[0])


def _unless_human(column: str, decision: str) -> str:
    """``column = …`` that keeps the value when an officer made the decision."""
    return f"{column} = CASE WHEN {decision}_decided_by = 'human' THEN {column} ELSE ? END"


def _with_call_flags(flags: Iterable[str], answer: object) -> list[str]:
    """The flags with other_call or before_call as ``answer`` says, and no other."""
    kept = [f for f in flags if f not in CALL_FLAGS.values()]
    flag = CALL_FLAGS.get(str(answer))
    return [*kept, flag] if flag else kept


def _id_filter(column: str, ids: list[int] | None) -> tuple[str, list[int]]:
    """A WHERE clause restricting column to ids (none when ids is None)."""
    if ids is None:
        return "", []
    return f" WHERE {column} IN ({','.join('?' * len(ids))})", ids


def _datetime(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


def _stored_message(
    row: sqlite3.Row,
    attachments: dict[int, list[StoredAttachment]],
    tags: dict[int, list[str]],
) -> StoredMessage:
    forwarded = None
    if row["forwarded_by_name"] or row["forwarded_by_address"]:
        forwarded = Address(row["forwarded_by_name"], row["forwarded_by_address"])
    return StoredMessage(
        id=row["id"],
        sha256=row["sha256"],
        size=row["size"],
        source=row["source"],
        stored_at=row["stored_at"],
        processed=row["processed_at"] is not None,
        message_id=row["message_id"],
        sender=Address(row["from_name"], row["from_address"]),
        to=_addresses(row["to_json"]),
        cc=_addresses(row["cc_json"]),
        subject=row["subject"],
        date_header=row["date_header"],
        received_at=_datetime(row["received_at"]),
        body=row["body"],
        forwarded_by=forwarded,
        flags=tuple(json.loads(row["flags_json"])),
        error=row["error"],
        duplicate_of=row["duplicate_of"],
        kind=row["kind"],
        language=row["language"],
        languages=tuple(json.loads(row["languages_json"])),
        confidentiality=row["confidentiality"],
        confidentiality_evidence=row["confidentiality_evidence"],
        submitter_name=row["submitter_name"],
        submitter_type=row["submitter_type"],
        submitter_country=row["submitter_country"],
        submitter_decided_by=row["submitter_decided_by"],
        superseded_by=row["superseded_by"],
        kind_decided_by=row["kind_decided_by"],
        submitter_confidence=row["submitter_confidence"],
        submitter_reasons=tuple(json.loads(row["submitter_reasons_json"] or "[]")),
        withhold_reason=row["withhold_reason"],
        superseded_decided_by=row["superseded_decided_by"],
        received_decided_by=row["received_decided_by"],
        confidentiality_decided_by=row["confidentiality_decided_by"],
        amends=row["amends"],
        held_by=row["held_by"],
        call_answer=row["call_answer"],
        call_evidence=row["call_evidence"],
        call_decided_by=row["call_decided_by"],
        body_language=row["body_language"],
        acknowledged_at=row["acknowledged_at"],
        tags=tuple(tags.get(row["id"], [])),
        attachments=tuple(attachments.get(row["id"], [])),
    )


def _connect(path: Path) -> sqlite3.Connection:
    try:
        # isolation_level=None: transactions are explicit (Store.transaction).
        conn = sqlite3.connect(path, timeout=30, isolation_level=None)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.DatabaseError as err:
        raise StoreError(f"cannot open the store {path}: {err}") from None
    return conn


def _lock_timeout() -> float:
    try:
        return float(os.environ.get(LOCK_TIMEOUT_ENV, DEFAULT_LOCK_TIMEOUT))
    except ValueError:
        return DEFAULT_LOCK_TIMEOUT


@contextlib.contextmanager
def _write_lock(root: Path, command: str) -> Iterator[None]:
    """One writer at a time; the second waits, then names the first."""
    from filelock import FileLock, Timeout

    lock = FileLock(root / LOCK_NAME)
    owner_file = root / (LOCK_NAME + ".owner")
    timeout = _lock_timeout()
    try:
        lock.acquire(timeout=timeout)
    except Timeout:
        try:
            owner = owner_file.read_text().strip()
        except OSError:
            owner = "unknown process"
        raise StoreError(
            f"the store {root} is in use by another wgsubmit ({owner}) for over "
            f"{timeout:g} s; try again when it has finished"
        ) from None
    try:
        owner_file.write_text(f"pid {os.getpid()}, {command}, since {_now()}\n")
        yield
    finally:
        with contextlib.suppress(OSError):
            owner_file.unlink()
        lock.release()
