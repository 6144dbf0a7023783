"""The content-addressed files beside the database: raw messages in ``raw/``, attachments in
``files/``, each under its sha256, written whole or not at all."""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from wgsubmit.errors import StoreError
from wgsubmit.store.base import StoreBase


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
    """Write bytes under a temporary name, then rename: no half-written file ever has the
    final name. Returns whether anything was written (content-addressed: a file of the
    right size is already these bytes). Durability is the caller's, a batch at a time.
    """
    if path.exists() and path.stat().st_size == len(data):
        return False
    tmp = None
    try:
        if not path.parent.is_dir():
            path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except BaseException as err:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        if isinstance(err, OSError):
            raise _write_failure(err) from None
        raise
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
