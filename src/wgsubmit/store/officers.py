"""The officers who may sign in to `serve` in team mode, each with a password hash (never
the password: `accounts` makes and checks it)."""

from __future__ import annotations

from wgsubmit.store.base import StoreBase, now


class Officers(StoreBase):
    def set_officer(self, name: str, password_hash: str) -> bool:
        """Add an officer, or change their password; True when they are new."""
        with self.transaction():
            known = self.conn.execute("SELECT 1 FROM officers WHERE name = ?", (name,)).fetchone()
            self.conn.execute(
                "INSERT INTO officers (name, password_hash, added_at) VALUES (?, ?, ?)"
                " ON CONFLICT(name) DO UPDATE SET password_hash = excluded.password_hash",
                (name, password_hash, now()),
            )
        return known is None

    def remove_officer(self, name: str) -> bool:
        with self.transaction():
            gone = self.conn.execute("DELETE FROM officers WHERE name = ?", (name,)).rowcount
        return gone > 0

    def officers(self) -> list[tuple[str, str]]:
        """Each officer's name and when they were added, by name."""
        rows = self.conn.execute("SELECT name, added_at FROM officers ORDER BY name")
        return [(r[0], r[1]) for r in rows]

    def officer_hash(self, name: str) -> tuple[str, str] | None:
        """An officer's name as stored and their password hash; None for no such officer."""
        row = self.conn.execute(
            "SELECT name, password_hash FROM officers WHERE name = ?", (name,)
        ).fetchone()
        return (row[0], row[1]) if row else None
