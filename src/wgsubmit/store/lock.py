"""One writer at a time: a lock file beside the database, and who holds it."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from wgsubmit.errors import StoreError
from wgsubmit.store.base import now

LOCK_NAME = "write.lock"
LOCK_TIMEOUT_ENV = "WGSUBMIT_LOCK_TIMEOUT"
DEFAULT_LOCK_TIMEOUT = 30.0


def lock_timeout() -> float:
    try:
        return float(os.environ.get(LOCK_TIMEOUT_ENV, DEFAULT_LOCK_TIMEOUT))
    except ValueError:
        return DEFAULT_LOCK_TIMEOUT


@contextlib.contextmanager
def write_lock(root: Path, command: str) -> Iterator[None]:
    """One writer at a time; the second waits, then names the first."""
    from filelock import FileLock, Timeout

    lock = FileLock(root / LOCK_NAME)
    owner_file = root / (LOCK_NAME + ".owner")
    timeout = lock_timeout()
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
        owner_file.write_text(f"pid {os.getpid()}, {command}, since {now()}\n")
        yield
    finally:
        with contextlib.suppress(OSError):
            owner_file.unlink()
        lock.release()
