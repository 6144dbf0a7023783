"""An officer's decisions and their history, tags, settings, and the acknowledgements
written to submitters."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from wgsubmit.domain import CALL_FLAGS, DecidedBy
from wgsubmit.errors import StoreError
from wgsubmit.store.base import StoreBase, id_filter, now

# The decisions an officer can take, each column with the decision it belongs to.
DECIDED_BY = {
    "submitter_type": "submitter",
    "submitter_name": "submitter",
    "submitter_country": "submitter",
    "confidentiality": "confidentiality",
    "kind": "kind",
    "superseded_by": "superseded",
    "received_at": "received",
    "call_answer": "call",
    "withhold_reason": None,
}


@dataclass(frozen=True)
class Event:
    """One change to a message's record: who, when, what, from what to what."""

    at: str
    user: str
    action: str  # triage, confirm, auto, tag, untag
    field: str | None
    old: str | None
    new: str | None


@dataclass(frozen=True)
class Acknowledgement:
    """One acknowledgement written to a submitter (``done_at`` None: recorded, maybe sent)."""

    mail_id: str  # its Message-ID, derived from the submission and the understanding
    message: int
    understanding: str
    statement: dict[str, object]
    how: str  # "draft" or "sent"
    user: str
    recorded_at: str
    done_at: str | None


def with_call_flags(flags: Iterable[str], answer: object) -> list[str]:
    """The flags with other_call or before_call as ``answer`` says, and no other."""
    kept = [f for f in flags if f not in CALL_FLAGS.values()]
    flag = CALL_FLAGS.get(str(answer))
    return [*kept, flag] if flag else kept


class Decisions(StoreBase):
    def decide(self, message_id: int, changes: dict[str, str | int | None], user: str) -> int:
        """Set columns of DECIDED_BY as an officer's decision, each change an event; the
        number of values that changed."""
        unknown = set(changes) - set(DECIDED_BY)
        if unknown:
            raise ValueError(f"not a decision: {sorted(unknown)}")
        changed = 0
        with self.transaction():
            row = self.conn.execute("SELECT * FROM messages WHERE id = ?", (message_id,)).fetchone()
            if row is None:
                raise StoreError(f"no message with id {message_id}")
            for column, value in changes.items():
                decision = DECIDED_BY[column]
                by = f", {decision}_decided_by = '{DecidedBy.HUMAN}'" if decision else ""
                self.conn.execute(
                    f"UPDATE messages SET {column} = ?{by} WHERE id = ?", (value, message_id)
                )
                if column == "call_answer":
                    flags = with_call_flags(json.loads(row["flags_json"]), value)
                    self.conn.execute(
                        "UPDATE messages SET call_evidence = ?, flags_json = ? WHERE id = ?",
                        ("set by an officer", json.dumps(flags), message_id),
                    )
                if column == "confidentiality":
                    self.conn.execute(
                        "UPDATE messages SET confidentiality_evidence = ? WHERE id = ?",
                        ("set by an officer", message_id),
                    )
                if row[column] != value:
                    changed += 1
                    self._event(message_id, user, "triage", column, row[column], value)
        return changed

    def supersede_by_officer(self, earlier: int, later: int | None, user: str) -> None:
        """An officer's word on whether `earlier` is replaced (by `later`, or by none)."""
        self.decide(earlier, {"superseded_by": later}, user)

    def withhold_file(self, message_id: int, position: int, user: str, keep: bool = False) -> str:
        """Keep one attachment off the page (a confidential annex), or with ``keep`` let it
        back on; its name, for people."""
        with self.transaction():
            row = self.conn.execute(
                "SELECT sha256, filename FROM attachments WHERE message = ? AND position = ?",
                (message_id, position),
            ).fetchone()
            if row is None:
                raise StoreError(f"message {message_id} has no attachment {position + 1}")
            name = row["filename"] or f"attachment {position + 1}"
            if keep:
                sql = "DELETE FROM withheld_files WHERE message = ? AND sha256 = ?"
            else:
                sql = "INSERT OR IGNORE INTO withheld_files (message, sha256) VALUES (?, ?)"
            if self.conn.execute(sql, (message_id, row["sha256"])).rowcount:
                action = "keep-file" if keep else "withhold-file"
                self._event(message_id, user, action, "file", None, name)
        return str(name)

    def confirm(self, message_id: int, user: str) -> None:
        """The suggestions as they stand become an officer's decisions."""
        with self.transaction():
            self.conn.execute(
                "UPDATE messages SET submitter_decided_by = :by,"
                " confidentiality_decided_by = :by, kind_decided_by = :by WHERE id = :id",
                {"by": DecidedBy.HUMAN.value, "id": message_id},
            )
            self._event(message_id, user, "confirm", None, None, None)

    def note_auto(self, message_id: int, user: str, summary: str) -> None:
        with self.transaction():
            self._event(message_id, user, "auto", None, None, summary)

    def tag(self, ids: Iterable[int], tag: str, user: str, remove: bool = False) -> list[int]:
        """Add (or remove) a tag; the ids whose tags changed."""
        if remove:
            sql = "DELETE FROM tags WHERE message = ? AND tag = ?"
        else:
            sql = "INSERT OR IGNORE INTO tags (message, tag) VALUES (?, ?)"
        action, old, new = ("untag", tag, None) if remove else ("tag", None, tag)
        changed = []
        with self.transaction():
            for message_id in ids:
                if self.conn.execute(sql, (message_id, tag)).rowcount:
                    changed.append(message_id)
                    self._event(message_id, user, action, "tags", old, new)
        return changed

    def events(self, message_id: int) -> list[Event]:
        rows = self.conn.execute(
            "SELECT at, user, action, field, old, new FROM events WHERE message = ? ORDER BY id",
            (message_id,),
        )
        return [Event(**dict(r)) for r in rows]

    def undecided(self) -> list[int]:
        """Submissions whose submitter or unclear request no officer has decided: those
        whose request is unclear first, then oldest first."""
        rows = self.conn.execute(
            "SELECT id FROM messages WHERE kind = 'submission' AND duplicate_of IS NULL"
            " AND (submitter_decided_by IS NOT 'human' OR (confidentiality = 'unclear'"
            " AND confidentiality_decided_by IS NOT 'human')"
            " OR (call_answer = 'unclear' AND call_decided_by IS NOT 'human'))"
            " ORDER BY confidentiality IS NOT 'unclear', coalesce(received_at, stored_at), id"
        )
        return [r["id"] for r in rows]

    # --- acknowledgements ---

    def acknowledgements(self, message_id: int | None = None) -> list[Acknowledgement]:
        """Every acknowledgement recorded (of one submission), oldest first."""
        where, params = id_filter("message", None if message_id is None else [message_id])
        rows = self.conn.execute(
            "SELECT mail_id, message, understanding, statement_json, how, user, recorded_at,"
            f" done_at FROM acknowledgements{where} ORDER BY recorded_at, rowid",
            params,
        )
        return [
            Acknowledgement(
                **{k: v for k, v in dict(r).items() if k != "statement_json"},
                statement=json.loads(r["statement_json"]),
            )
            for r in rows
        ]

    def record_acknowledgement(self, ack: Acknowledgement) -> None:
        """Record one (again: the same Message-ID is the same acknowledgement)."""
        with self.transaction():
            self.conn.execute(
                "INSERT INTO acknowledgements (mail_id, message, understanding, statement_json,"
                " how, user, recorded_at, done_at) VALUES (:mail_id, :message, :understanding,"
                " :statement_json, :how, :user, :recorded_at, :done_at)"
                " ON CONFLICT(mail_id) DO UPDATE SET done_at = excluded.done_at,"
                " how = excluded.how, user = excluded.user",
                {
                    "mail_id": ack.mail_id,
                    "message": ack.message,
                    "understanding": ack.understanding,
                    "statement_json": json.dumps(ack.statement, ensure_ascii=False),
                    "how": ack.how,
                    "user": ack.user,
                    "recorded_at": ack.recorded_at,
                    "done_at": ack.done_at,
                },
            )

    def complete_acknowledgement(self, mail_id: str) -> None:
        with self.transaction():
            self.conn.execute(
                "UPDATE acknowledgements SET done_at = ? WHERE mail_id = ?", (now(), mail_id)
            )

    # --- settings ---

    def setting(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row["value"])

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
