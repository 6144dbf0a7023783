"""The store: one folder with the SQLite database and the content-addressed files.

This is the only package that speaks SQL. Raw messages and attachments are written to
``raw/`` and ``files/`` under their sha256 *before* the row that names them is committed,
so a kill at any moment loses nothing and the next run, finding the bytes already there,
duplicates nothing.

| module | what it owns |
| --- | --- |
| `core` | `Store`: opening to read or to write, made of the parts below |
| `base` | the connection, transactions, the history of changes |
| `lock` | one writer at a time |
| `migrations` | the database's shape, version by version |
| `files` | the content-addressed files, written whole; checking and copying the store |
| `sync` | raw messages in, and how far each mailbox has been fetched |
| `messages` | what reading a message found, and the stored messages as commands read them |
| `rows` | the records handed out, mapped from rows by column name |
| `linking` | the links between messages, and later requests applied to their submission |
| `decisions` | an officer's decisions, tags, settings, acknowledgements |
| `officers` | the officers who sign in to `serve` in team mode, with their password hashes |
| `changes` | whether anything was committed since a reader last asked |
"""

from wgsubmit.domain import CALL_FLAGS
from wgsubmit.errors import StoreError
from wgsubmit.store.base import DB_NAME
from wgsubmit.store.changes import Changes
from wgsubmit.store.core import Store
from wgsubmit.store.decisions import DECIDED_BY, Acknowledgement, Event
from wgsubmit.store.files import StoredFile, make_private_dir, sync_files, write_file_atomic
from wgsubmit.store.lock import DEFAULT_LOCK_TIMEOUT, LOCK_NAME, LOCK_TIMEOUT_ENV
from wgsubmit.store.migrations import MIGRATIONS, SCHEMA_VERSION
from wgsubmit.store.rows import Reading, StoredAttachment, StoredMessage
from wgsubmit.store.sync import MailboxState

__all__ = [
    "CALL_FLAGS",
    "DB_NAME",
    "DECIDED_BY",
    "DEFAULT_LOCK_TIMEOUT",
    "LOCK_NAME",
    "LOCK_TIMEOUT_ENV",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "Acknowledgement",
    "Changes",
    "Event",
    "MailboxState",
    "Reading",
    "Store",
    "StoreError",
    "StoredAttachment",
    "StoredFile",
    "StoredMessage",
    "make_private_dir",
    "sync_files",
    "write_file_atomic",
]
