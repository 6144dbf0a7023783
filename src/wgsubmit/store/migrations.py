"""The database's shape: migrations are plain functions ``m001_…``, applied in order, each
in one transaction, and recorded in the ``migrations`` table; ``PRAGMA user_version`` is
the number of those applied.

Each step is a sqlite-utils table operation where sqlite-utils has one; what it has none
for (a full-text table, a partial index, a column added with its reference) is one SQL
statement.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from wgsubmit.store.base import now

if TYPE_CHECKING:
    from sqlite_utils import Database

# The tables of the first version, column by column, in order.
_MESSAGES: dict[str, Any] = {
    "id": int,
    "sha256": str,
    "size": int,
    "origin": str,
    "source": str,
    "server_time": str,
    "delivery_time": str,
    "stored_at": str,
    "processed_at": str,
    "message_id": str,
    "from_name": str,
    "from_address": str,
    "to_json": str,
    "cc_json": str,
    "subject": str,
    "date_header": str,
    "received_at": str,
    "body": str,
    "headers_json": str,
    "forwarded_by_name": str,
    "forwarded_by_address": str,
    "flags_json": str,
    "error": str,
    "duplicate_of": int,
    "kind": str,
    "kind_decided_by": str,
    "language": str,
    "languages_json": str,
    "confidentiality": str,
    "confidentiality_evidence": str,
    "confidentiality_decided_by": str,
    "submitter_name": str,
    "submitter_type": str,
    "submitter_country": str,
    "submitter_decided_by": str,
    "superseded_by": int,
}
_MESSAGES_DEFAULTS = {
    "to_json": "[]",
    "cc_json": "[]",
    "body": "",
    "headers_json": "[]",
    "flags_json": "[]",
    "languages_json": "[]",
}
_ATTACHMENTS: dict[str, Any] = {
    "id": int,
    "message": int,
    "position": int,
    "filename": str,
    "content_type": str,
    "size": int,
    "sha256": str,
    "inline": int,
    "language": str,
    "pages": int,
    "text_chars": int,
    "error": str,
}
_EVENTS: dict[str, Any] = {
    "id": int,
    "message": int,
    "at": str,
    "user": str,
    "action": str,
    "field": str,
    "old": str,
    "new": str,
}
_TO_MESSAGE = ("messages", "id")


def m001_initial(db: Database) -> None:
    db.table("messages").create(
        _MESSAGES,
        pk="id",
        not_null={"sha256", "size", "origin", "source", "stored_at", *_MESSAGES_DEFAULTS},
        defaults=_MESSAGES_DEFAULTS,
        foreign_keys=[("duplicate_of", *_TO_MESSAGE), ("superseded_by", *_TO_MESSAGE)],
    )
    db.table("messages").create_index(["sha256"], index_name="messages_sha256", unique=True)
    db.table("messages").create_index(["message_id"], index_name="messages_message_id")
    db.execute("CREATE INDEX messages_pending ON messages(processed_at) WHERE processed_at IS NULL")
    db.table("sources").create(
        {"mailbox": str, "uidvalidity": int, "uid": int, "sha256": str},
        pk=("mailbox", "uidvalidity", "uid"),
        not_null={"mailbox", "uidvalidity", "uid", "sha256"},
    )
    db.table("mailboxes").create(
        {"name": str, "uidvalidity": int, "last_uid": int, "checked_at": str},
        pk="name",
        not_null={"uidvalidity", "last_uid", "checked_at"},
    )
    db.table("attachments").create(
        _ATTACHMENTS,
        pk="id",
        not_null={"message", "position", "content_type", "size", "sha256", "inline"},
        defaults={"inline": 0},
        foreign_keys=[("message", *_TO_MESSAGE)],
    )
    db.table("attachments").create_index(
        ["message", "position"], index_name="attachments_position", unique=True
    )
    db.table("tags").create(
        {"message": int, "tag": str},
        pk=("message", "tag"),
        not_null={"message", "tag"},
        foreign_keys=[("message", *_TO_MESSAGE)],
    )
    db.table("events").create(
        _EVENTS,
        pk="id",
        not_null={"at", "user", "action"},
        foreign_keys=[("message", *_TO_MESSAGE)],
    )


def m002_reading(db: Database) -> None:
    """What reading a message finds: attachment text, links between messages, search."""
    attachments = db.table("attachments")
    for column, kind in (("parent", int), ("format", str), ("text", str), ("margins", str)):
        attachments.add_column(column, kind)
    attachments.add_column("words", int)
    attachments.add_column("language_confidence", float)
    db.table("messages").add_column("body_language", str)
    db.execute("ALTER TABLE messages ADD COLUMN amends INTEGER REFERENCES messages(id)")
    db.table("messages").add_column("superseded_decided_by", str)
    db.table("messages").create_index(["from_address"], index_name="messages_sender")
    db.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5(subject, sender, body, documents,"
        " tokenize = 'unicode61 remove_diacritics 2')"
    )
    _read_again(db)


def m003_triage(db: Database) -> None:
    """Why a submitter was suggested, and an officer's decision to withhold a submission."""
    messages = db.table("messages")
    messages.add_column("submitter_confidence", float)
    messages.add_column("submitter_reasons_json", str, not_null_default="[]")
    messages.add_column("withhold_reason", str)
    db.table("events").create_index(["message"], index_name="events_message")
    db.table("settings").create({"key": str, "value": str}, pk="key", not_null={"value"})
    _read_again(db)


def m004_received(db: Database) -> None:
    """An officer may set the received time of a message that carries none."""
    db.table("messages").add_column("received_decided_by", str)


def m005_withheld_files(db: Database) -> None:
    """Files an officer keeps off the page (a confidential annex): by content, so that a
    re-read, which rebuilds the attachment rows, keeps them."""
    db.table("withheld_files").create(
        {"message": int, "sha256": str},
        pk=("message", "sha256"),
        not_null={"message", "sha256"},
        foreign_keys=[("message", *_TO_MESSAGE)],
    )


def m006_links(db: Database) -> None:
    """What links messages, kept so that links can be made again in received order whatever
    order the messages were read in: whether one says it replaces an earlier submission,
    the request of a note that only changes one, the submission a namesake's message holds
    for an officer, and whether the links of a message read are made yet."""
    messages = db.table("messages")
    messages.add_column("says_revision", int, not_null_default=0)
    messages.add_column("amendment", str)
    messages.add_column("amendment_evidence", str)
    db.execute("ALTER TABLE messages ADD COLUMN held_by INTEGER REFERENCES messages(id)")
    messages.add_column("linked_at", str)
    _read_again(db)


def m007_calls(db: Database) -> None:
    """Which of the mandate's calls a message answers, and whether an officer said so."""
    for column in ("call_answer", "call_evidence", "call_decided_by"):
        db.table("messages").add_column(column, str)


def m008_acknowledgements(db: Database) -> None:
    """Each acknowledgement written to a submitter: the understanding it stated, as a draft
    or sent. A sent one is recorded before it goes and completed after (``done_at``), so a
    run killed in between knows which it may have sent."""
    columns = ("mail_id", "message", "understanding", "statement_json", "how", "user")
    db.table("acknowledgements").create(
        {**{c: str for c in columns}, "message": int, "recorded_at": str, "done_at": str},
        pk="mail_id",
        not_null={*columns[1:], "recorded_at"},
        foreign_keys=[("message", *_TO_MESSAGE)],
    )
    db.table("acknowledgements").create_index(["message"], index_name="acknowledgements_message")


def m009_notes(db: Database) -> None:
    """What undoing a decision needs (the change it undoes, and what else the change set
    aside), an officer's word on anonymity and on what a message duplicates, and the files
    an officer attached to a message, kept apart from the raw message so that a re-read
    reads them again."""
    db.execute("ALTER TABLE events ADD COLUMN undoes INTEGER REFERENCES events(id)")
    db.table("events").add_column("before_json", str)
    db.table("messages").add_column("anonymous", int)
    db.table("messages").add_column("duplicate_decided_by", str)
    columns = {"message": int, "sha256": str, "filename": str, "content_type": str}
    db.table("added_files").create(
        {**columns, "size": int, "user": str, "added_at": str},
        pk=("message", "sha256"),
        not_null={"message", "sha256", "content_type", "size", "user", "added_at"},
        foreign_keys=[("message", *_TO_MESSAGE)],
    )


def m010_officers(db: Database) -> None:
    """The officers who may sign in to `serve` in team mode, each with a password hash;
    a name is one officer whatever its case (sqlite-utils has no collation: one statement)."""
    db.execute(
        "CREATE TABLE officers (name TEXT PRIMARY KEY COLLATE NOCASE,"
        " password_hash TEXT NOT NULL, added_at TEXT NOT NULL)"
    )


# The tables that make up a stored message as `Store.messages` reads it, each with the
# column naming its message: any row written there marks the message changed.
_PARTS = {
    "messages": "id",
    "attachments": "message",
    "tags": "message",
    "withheld_files": "message",
    "acknowledgements": "message",
}


def m011_changes(db: Database) -> None:
    """Which messages changed, in the order of their changes: each row written to a part
    of a message gives that message the next number, so that a reader keeping what it
    worked out from the messages (`serve`'s queue) reads again only those changed since.
    Triggers, so that no writer can forget; neither statement can meet a conflict, so an
    outer ``INSERT OR IGNORE`` cannot turn one into nothing."""
    db.execute("CREATE TABLE message_changes (message INTEGER PRIMARY KEY, seq INTEGER NOT NULL)")
    db.execute("CREATE INDEX message_changes_seq ON message_changes(seq)")
    following = "(SELECT coalesce(max(seq), 0) + 1 FROM message_changes)"
    for table, column in _PARTS.items():
        for what, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
            message = f"{row}.{column}"
            db.execute(
                f"CREATE TRIGGER {table}_{what.lower()}_changes AFTER {what} ON {table} BEGIN"
                f" UPDATE message_changes SET seq = {following} WHERE message = {message};"
                f" INSERT INTO message_changes (message, seq) SELECT {message}, {following}"
                f" WHERE NOT EXISTS (SELECT 1 FROM message_changes WHERE message = {message});"
                " END"
            )


def m012_withdrawn_files(db: Database) -> None:
    """A file an officer attached and then took back: no longer read with the message, its
    bytes kept (the only copy), so that taking it back can be undone."""
    db.table("added_files").add_column("withdrawn_at", str)


def m013_link_indexes(db: Database) -> None:
    """A message's links looked up by index, both ways, so that a submission's page reads
    its thread and the versions it replaces, not the whole table; and the history's undone
    changes found the same way."""
    messages = db.table("messages")
    for column in ("superseded_by", "amends", "duplicate_of", "held_by"):
        messages.create_index([column], index_name=f"messages_{column}")
    # The sender's address as the thread compares it: whatever its case.
    db.execute("CREATE INDEX messages_sender_lower ON messages(lower(from_address))")
    db.table("events").create_index(["undoes"], index_name="events_undoes")


def _read_again(db: Database) -> None:
    """A new version reads more: every message is read again by the next run."""
    db.execute("UPDATE messages SET processed_at = NULL")


MIGRATIONS: list[Callable[[Database], None]] = [
    m001_initial,
    m002_reading,
    m003_triage,
    m004_received,
    m005_withheld_files,
    m006_links,
    m007_calls,
    m008_acknowledgements,
    m009_notes,
    m010_officers,
    m011_changes,
    m012_withdrawn_files,
    m013_link_indexes,
]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(db: Database, version: int) -> None:
    """Apply the migrations after ``version``, each with its record, in one transaction."""
    if "migrations" not in db.table_names():
        db.table("migrations").create({"name": str, "applied_at": str}, pk="name")
    for number, migration in enumerate(MIGRATIONS, start=1):
        if number <= version:
            continue
        with db.atomic():
            migration(db)
            db.table("migrations").insert({"name": migration.__name__, "applied_at": now()})
            db.execute(f"PRAGMA user_version = {number}")
