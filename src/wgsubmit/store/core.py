"""``Store``: a store folder opened to read (never waits) or to write (holds the lock, and
brings the database up to this version first). Its parts each own one concern: the files,
the raw messages and mailboxes, the messages as read, the links, the decisions."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from wgsubmit.errors import StoreError
from wgsubmit.store.base import DB_NAME, connect
from wgsubmit.store.decisions import Decisions
from wgsubmit.store.files import make_private_dir
from wgsubmit.store.linking import Linking
from wgsubmit.store.lock import write_lock
from wgsubmit.store.messages import Messages
from wgsubmit.store.migrations import SCHEMA_VERSION, migrate
from wgsubmit.store.sync import Sync


class Store(Sync, Messages, Linking, Decisions):
    """A store folder, opened either to read (never waits) or to write (holds the lock)."""

    @classmethod
    @contextlib.contextmanager
    def open_for_writing(cls, root: Path, command: str = "wgsubmit") -> Iterator[Store]:
        make_private_dir(root)
        with write_lock(root, command):
            conn = connect(root / DB_NAME)
            store = cls(root, conn, writable=True)
            try:
                store._migrate()
                yield store
            finally:
                conn.close()

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
        migrate(db, version)
