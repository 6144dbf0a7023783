"""`check` and `backup`: the store is the secretariat's only record of what was sent, so
its files are verified against their sha256 and copied only as a consistent whole."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from wgsubmit.atomic import PARTIAL_PREFIX
from wgsubmit.errors import StoreError, UsageError
from wgsubmit.store import DB_NAME, Store, StoredFile, make_private_dir, sync_files

_CHUNK = 1 << 20
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Report:
    messages: int
    files: int
    size: int
    problems: tuple[str, ...]
    leftovers: int = 0  # temporary files of an interrupted run: harmless

    @property
    def ok(self) -> bool:
        return not self.problems


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as source:
        while chunk := source.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _copied(path: Path, target: Path) -> str:
    """Copy a file, reading it once; its sha256. A failure to write stops the backup."""
    digest = hashlib.sha256()
    with path.open("rb") as source:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with target.open("xb") as out:
                while chunk := source.read(_CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
        except OSError as err:
            raise _backup_failure(err) from None
    return digest.hexdigest()


def _backup_failure(err: OSError | sqlite3.Error, target: Path | None = None) -> StoreError:
    full = (isinstance(err, OSError) and err.errno == errno.ENOSPC) or "full" in str(err)
    if not full and target is not None and isinstance(err, sqlite3.Error):
        # SQLite says "disk I/O error" when the disk fills while it writes.
        full = shutil.disk_usage(target).free < 1 << 20
    if full:
        return StoreError("the backup's disk is full: the copy is incomplete and not usable")
    reason = err.strerror if isinstance(err, OSError) and err.strerror else str(err)
    return StoreError(f"cannot write the backup: {reason}")


def _each_file(
    root: Path, files: list[StoredFile], read: Callable[[StoredFile, Path], str], progress: Progress
) -> tuple[list[str], int]:
    """Read (or copy) each file the database names; what is missing or changed, and the size."""
    problems = []
    size = 0
    for done, f in enumerate(files, start=1):
        path = root / f.relative
        try:
            digest = read(f, path)
            size += path.stat().st_size
        except FileNotFoundError:
            problems.append(f"{f.owner}: its {f.kind} file is missing ({f.relative})")
            continue
        except PermissionError as err:
            problems.append(f"{f.owner}: its {f.kind} file cannot be read: {err.strerror}")
            continue
        if digest != f.sha256:
            problems.append(f"{f.owner}: its {f.kind} file has changed ({f.relative})")
        progress(done, len(files))
    return problems, size


def _leftovers(root: Path) -> int:
    partial = f"{PARTIAL_PREFIX}*"
    return sum(1 for folder in ("raw", "files") for _ in (root / folder).rglob(partial))


def check(store: Store, progress: Progress = lambda d, t: None) -> Report:
    """The database's integrity, and every file it names against its sha256."""
    problems = [f"database: {p}" for p in store.integrity()]
    files = store.stored_files()
    found, size = _each_file(store.root, files, lambda f, path: _digest(path), progress)
    messages = sum(1 for f in files if f.kind == "raw")
    return Report(messages, len(files), size, tuple(problems + found), _leftovers(store.root))


def backup(store: Store, target: Path, progress: Progress = lambda d, t: None) -> Report:
    """Copy the store into a new or empty folder: the database as it is at this moment
    (other commands may go on writing), then every file that copy names, each verified,
    all synced to the disk. The database takes its name last: a folder without it is an
    interrupted backup, never mistaken for a store. The copy is a store of its own: point
    `store.path` at it to use it."""
    if target.resolve() == store.root.resolve() or store.root.resolve() in target.resolve().parents:
        raise UsageError("backup: the copy must go outside the store's own folder")
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise UsageError(f"backup: {target} must be a new or empty folder")
    make_private_dir(target)
    partial = f".{DB_NAME}.partial"
    try:
        store.copy_database(target / partial)
    except (OSError, sqlite3.Error) as err:
        raise _backup_failure(err, target) from None
    with Store.open_for_reading(target, partial) as copy:
        files = copy.stored_files()
        problems = [f"database copy: {p}" for p in copy.integrity()]
    written: list[Path] = [target / partial]

    def copy_one(f: StoredFile, path: Path) -> str:
        written.append(target / f.relative)
        return _copied(path, target / f.relative)

    found, size = _each_file(store.root, files, copy_one, progress)
    try:
        sync_files([p for p in written if p.exists()])
        os.replace(target / partial, target / DB_NAME)
    except OSError as err:
        raise _backup_failure(err) from None
    messages = sum(1 for f in files if f.kind == "raw")
    return Report(messages, len(files), size, tuple(problems + found))
