"""What every part of the store stands on: the connection, one transaction at a time, the
history of changes, and the small conversions between rows and Python values."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from wgsubmit.errors import StoreError

DB_NAME = "wgsubmit.db"


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def parse_datetime(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


def id_filter(column: str, ids: list[int] | None) -> tuple[str, list[int]]:
    """A WHERE clause restricting column to ids (none when ids is None)."""
    if ids is None:
        return "", []
    return f" WHERE {column} IN ({','.join('?' * len(ids))})", ids


def connect(path: Path) -> sqlite3.Connection:
    try:
        # isolation_level=None: transactions are explicit (Store.transaction).
        conn = sqlite3.connect(path, timeout=30, isolation_level=None)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.DatabaseError as err:
        raise StoreError(f"cannot open the store {path}: {err}") from None
    return conn


class StoreBase:
    """A store folder's database, opened to read or to write; the parts of ``Store`` add
    what each owns."""

    def __init__(self, root: Path, conn: sqlite3.Connection, writable: bool) -> None:
        self.root = root
        self.conn = conn
        self.writable = writable

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
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

    def _event(
        self, message_id: int, user: str, action: str, field: str | None, old: object, new: object
    ) -> None:
        self.conn.execute(
            "INSERT INTO events (message, at, user, action, field, old, new)"
            " VALUES (:message, :at, :user, :action, :field, :old, :new)",
            {
                "message": message_id,
                "at": now(),
                "user": user,
                "action": action,
                "field": field,
                "old": None if old is None else str(old),
                "new": None if new is None else str(new),
            },
        )

    def _rows_of(self, ids: Iterable[int], select: str) -> list[sqlite3.Row]:
        """``select`` (with no WHERE) for these messages, a few hundred ids at a time: SQLite
        takes only so many parameters in one statement."""
        wanted = sorted(set(ids))
        rows: list[sqlite3.Row] = []
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            where, params = id_filter("id", chunk)
            rows.extend(self.conn.execute(select + where, params))
        return rows
