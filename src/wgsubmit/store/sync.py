"""Raw messages in, and how far each mailbox has been fetched: the highest UID stored moves
only together with the messages themselves."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from wgsubmit.errors import StoreError
from wgsubmit.records import RawMessage, iso_utc
from wgsubmit.store.base import now, parse_datetime
from wgsubmit.store.files import Files, sync_files, write_file_atomic


@dataclass(frozen=True)
class MailboxState:
    uidvalidity: int
    last_uid: int


class Sync(Files):
    """The raw messages stored, the mailboxes they came from, and which are still unread."""

    def mailbox_state(self, name: str) -> MailboxState | None:
        row = self.conn.execute(
            "SELECT uidvalidity, last_uid FROM mailboxes WHERE name = ?", (name,)
        ).fetchone()
        return MailboxState(row["uidvalidity"], row["last_uid"]) if row else None

    def known_uids(self, mailbox: str, uidvalidity: int) -> set[int]:
        rows = self.conn.execute(
            "SELECT uid FROM sources WHERE mailbox = ? AND uidvalidity = ?", (mailbox, uidvalidity)
        )
        return {r["uid"] for r in rows}

    def save_raw(
        self, raws: Iterable[RawMessage], mailbox: tuple[str, MailboxState] | None = None
    ) -> list[int]:
        """Store raw messages in one transaction; return the ids of those not seen before.

        ``mailbox`` is the (name, state) to record with them, so that the
        highest UID stored moves only together with the messages themselves.
        """
        raws = list(raws)
        # The raw bytes are the only record: durable before the rows that name them.
        sync_files(
            [
                self.raw_path(raw.sha256)
                for raw in raws
                if write_file_atomic(self.raw_path(raw.sha256), raw.data)
            ]
        )
        new_ids: list[int] = []
        with self.transaction():
            for raw in raws:
                cursor = self.conn.execute(
                    "INSERT OR IGNORE INTO messages (sha256, size, origin, source, server_time,"
                    " delivery_time, stored_at) VALUES (:sha256, :size, :origin, :source,"
                    " :server_time, :delivery_time, :stored_at)",
                    {
                        "sha256": raw.sha256,
                        "size": len(raw.data),
                        "origin": raw.origin,
                        "source": raw.source,
                        "server_time": iso_utc(raw.server_time),
                        "delivery_time": iso_utc(raw.delivery_time),
                        "stored_at": now(),
                    },
                )
                if cursor.rowcount:
                    new_ids.append(int(cursor.lastrowid or 0))
                if raw.mailbox is not None and raw.uid is not None:
                    self.conn.execute(
                        "INSERT OR IGNORE INTO sources (mailbox, uidvalidity, uid, sha256)"
                        " VALUES (?, ?, ?, ?)",
                        (raw.mailbox, raw.uidvalidity, raw.uid, raw.sha256),
                    )
            if mailbox is not None:
                self._save_mailbox(*mailbox)
        return new_ids

    def _save_mailbox(self, name: str, state: MailboxState) -> None:
        # A watch and a plain fetch may save batches at once: the highest UID stored never
        # goes back while the mailbox's UIDVALIDITY stays the same.
        self.conn.execute(
            "INSERT INTO mailboxes (name, uidvalidity, last_uid, checked_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET"
            " last_uid = CASE WHEN uidvalidity = excluded.uidvalidity"
            " THEN max(last_uid, excluded.last_uid) ELSE excluded.last_uid END,"
            " uidvalidity = excluded.uidvalidity, checked_at = excluded.checked_at",
            (name, state.uidvalidity, state.last_uid, now()),
        )

    def raw_message(self, message_id: int) -> RawMessage:
        row = self.conn.execute(
            "SELECT sha256, origin, source, server_time, delivery_time FROM messages WHERE id = ?",
            (message_id,),
        ).fetchone()
        if row is None:
            raise StoreError(f"no message with id {message_id}")
        return RawMessage(
            data=self.raw_bytes(row["sha256"]),
            origin=row["origin"],
            source=row["source"],
            server_time=parse_datetime(row["server_time"]),
            delivery_time=parse_datetime(row["delivery_time"]),
        )

    def all_ids(self) -> list[int]:
        return [r["id"] for r in self.conn.execute("SELECT id FROM messages ORDER BY id")]

    def sizes(self, ids: Sequence[int]) -> dict[int, int]:
        """The raw size of each of these messages."""
        rows = self.conn.execute("SELECT id, size FROM messages")
        wanted = set(ids)
        return {r["id"]: r["size"] for r in rows if r["id"] in wanted}

    def unread(self) -> int:
        """Messages stored but not (or not yet again) read, or read but not yet linked to
        the others."""
        return int(
            self.conn.execute(
                "SELECT count(*) FROM messages WHERE processed_at IS NULL OR linked_at IS NULL"
            ).fetchone()[0]
        )

    def pending_ids(self) -> list[int]:
        rows = self.conn.execute("SELECT id FROM messages WHERE processed_at IS NULL ORDER BY id")
        return [r["id"] for r in rows]

    def first_with_message_id(self, message_id: str, before: int) -> int | None:
        row = self.conn.execute(
            "SELECT id FROM messages WHERE message_id = ? AND id < ? ORDER BY id LIMIT 1",
            (message_id, before),
        ).fetchone()
        return int(row["id"]) if row else None
