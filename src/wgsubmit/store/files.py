"""The content-addressed files beside the database: raw messages in ``raw/``, attachments in
``files/``, each under its sha256, written whole or not at all."""

from __future__ import annotations

import errno
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from wgsubmit.atomic import write_atomically
from wgsubmit.errors import StoreError
from wgsubmit.store.base import StoreBase, now


@dataclass(frozen=True)
class StoredFile:
    """A file the database names: a raw message, or an attachment (the first that has it)."""

    kind: str  # "raw" or "attachment"
    sha256: str
    size: int
    owner: str  # for people: "message 12", "attachment 2 of message 12"
    relative: Path  # under the store's folder


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


class Files(StoreBase):
    """Where each file lives, and the store checked and copied as a whole."""

    def raw_path(self, sha256: str) -> Path:
        return self.root / "raw" / sha256[:2] / f"{sha256}.eml"

    def file_path(self, sha256: str) -> Path:
        return self.root / "files" / sha256[:2] / sha256

    def raw_bytes(self, sha256: str) -> bytes:
        return self.raw_path(sha256).read_bytes()

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
                "raw",
                r["sha256"],
                r["size"],
                f"message {r['id']}",
                self.raw_path(r["sha256"]).relative_to(self.root),
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
                r["sha256"],
                r["size"],
                f"attachment {r['position'] + 1} of message {r['message']}",
                self.file_path(r["sha256"]).relative_to(self.root),
            )
            for r in rows
        ]
        # A file an officer attached is the only copy: kept even while no reading names it.
        added = self.conn.execute(
            "SELECT message, sha256, size FROM added_files WHERE sha256 NOT IN"
            " (SELECT sha256 FROM attachments) GROUP BY sha256 ORDER BY message"
        )
        files += [
            StoredFile(
                "attachment",
                r["sha256"],
                r["size"],
                f"a file attached to message {r['message']}",
                self.file_path(r["sha256"]).relative_to(self.root),
            )
            for r in added
        ]
        return files

    def add_file(
        self, message_id: int, filename: str, content_type: str, data: bytes, user: str
    ) -> str:
        """A document an officer attaches (the one behind a download link), stored by its
        sha256 like any attachment; the message is to be read again (`pipeline.process`)."""
        import hashlib

        sha256 = hashlib.sha256(data).hexdigest()
        path = self.file_path(sha256)
        if write_file_atomic(path, data):
            sync_files([path])  # the only copy: durable before the row that names it
        with self.transaction():
            # Attached again after it was taken back: read with the message again.
            if self.conn.execute(
                "INSERT INTO added_files (message, sha256, filename, content_type, size, user,"
                " added_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (message, sha256) DO UPDATE"
                " SET withdrawn_at = NULL, filename = excluded.filename, user = excluded.user,"
                " added_at = excluded.added_at WHERE withdrawn_at IS NOT NULL",
                (message_id, sha256, filename, content_type, len(data), user, now()),
            ).rowcount:
                before: dict[str, object] = {"sha256": sha256}
                self._event(message_id, user, "attach", "file", None, filename, before)
        return sha256

    def added_files(self, message_id: int) -> list[tuple[str | None, str, bytes]]:
        """The files officers attached to a message and did not take back: (name, type,
        bytes), oldest first."""
        rows = self.conn.execute(
            "SELECT filename, content_type, sha256 FROM added_files WHERE message = ?"
            " AND withdrawn_at IS NULL ORDER BY added_at, rowid",
            (message_id,),
        ).fetchall()
        return [
            (r["filename"], r["content_type"], self.file_path(r["sha256"]).read_bytes())
            for r in rows
        ]

    def copy_database(self, target: Path) -> None:
        """A consistent copy of the database as it is now, whoever is writing (SQLite's
        online backup)."""
        copy = sqlite3.connect(target)
        try:
            self.conn.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")  # one file, nothing beside it
        finally:
            copy.close()
