"""Whether anything was committed to a store since a reader last asked.

SQLite's ``data_version`` changes, on one connection kept open for it, whenever another
connection commits; a reader that keeps what it worked out from the store (`serve`'s
judged queue) asks it before reading again, and reads again only when it moved.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from wgsubmit.store.base import DB_NAME


class Changes:
    """One read-only connection that only ever asks ``PRAGMA data_version``; safe to ask
    from any thread. ``None``: no store to watch (yet), so nothing may be kept."""

    def __init__(self, root: Path) -> None:
        self.path = root / DB_NAME
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    def version(self) -> int | None:
        with self._lock:
            try:
                if self._conn is None:
                    if not self.path.exists():
                        return None
                    self._conn = sqlite3.connect(
                        f"file:{self.path}?mode=ro", uri=True, check_same_thread=False
                    )
                return int(self._conn.execute("PRAGMA data_version").fetchone()[0])
            except sqlite3.Error:
                return None

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
