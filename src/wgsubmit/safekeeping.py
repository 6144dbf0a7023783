"""`check` and `backup`: the store is the secretariat's only record of what was sent, so
its files are verified against their sha256 and copied only as a consistent whole."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from wgsubmit.errors import UsageError
from wgsubmit.store import DB_NAME, Store, StoredFile, make_private_dir

_CHUNK = 1 << 20


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


def _digest(path: Path, copy_to: Path | None = None) -> str:
    """The sha256 of a file, read once, written to ``copy_to`` on the way if given."""
    digest = hashlib.sha256()
    with path.open("rb") as source:
        target = copy_to.open("xb") if copy_to is not None else None
        try:
            while chunk := source.read(_CHUNK):
                digest.update(chunk)
                if target is not None:
                    target.write(chunk)
        finally:
            if target is not None:
                target.close()
    return digest.hexdigest()


def _verify(
    root: Path, files: list[StoredFile], copy_to: Path | None, progress: Callable[[int, int], None]
) -> tuple[list[str], int]:
    problems = []
    size = 0
    for done, f in enumerate(files, start=1):
        path = root / f.relative
        target = None
        if copy_to is not None:
            target = copy_to / f.relative
            target.parent.mkdir(parents=True, exist_ok=True)
        try:
            digest = _digest(path, target)
        except FileNotFoundError:
            problems.append(f"{f.owner}: its {f.kind} file is missing ({f.relative})")
            continue
        except OSError as err:
            if copy_to is not None and err.filename and Path(err.filename) == target:
                raise  # the copy cannot be written (disk full): stop, said once
            problems.append(f"{f.owner}: its {f.kind} file cannot be read: {err.strerror}")
            continue
        if digest != f.sha256:
            problems.append(f"{f.owner}: its {f.kind} file has changed ({f.relative})")
        size += path.stat().st_size
        progress(done, len(files))
    return problems, size


def _leftovers(root: Path) -> int:
    return sum(1 for folder in ("raw", "files") for _ in (root / folder).rglob(".tmp-*"))


def check(store: Store, progress: Callable[[int, int], None] = lambda d, t: None) -> Report:
    """The database's integrity, and every file it names against its sha256."""
    problems = [f"database: {p}" for p in store.integrity()]
    files = store.stored_files()
    found, size = _verify(store.root, files, None, progress)
    messages = sum(1 for f in files if f.kind == "raw")
    return Report(messages, len(files), size, tuple(problems + found), _leftovers(store.root))


def backup(
    store: Store, target: Path, progress: Callable[[int, int], None] = lambda d, t: None
) -> Report:
    """Copy the store into a new or empty folder: the database as it is at this moment
    (other commands may go on writing), then every file that copy names, each verified.
    The copy is a store of its own: point `store.path` at it to use it."""
    if target.resolve() == store.root.resolve() or store.root.resolve() in target.resolve().parents:
        raise UsageError("backup: the copy must go outside the store's own folder")
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise UsageError(f"backup: {target} must be a new or empty folder")
    make_private_dir(target)
    partial = target / f".{DB_NAME}.partial"
    store.copy_database(partial)
    os.replace(partial, target / DB_NAME)
    with Store.open_for_reading(target) as copy:
        files = copy.stored_files()
        problems = [f"database copy: {p}" for p in copy.integrity()]
    found, size = _verify(store.root, files, target, progress)
    messages = sum(1 for f in files if f.kind == "raw")
    return Report(messages, len(files), size, tuple(problems + found))
