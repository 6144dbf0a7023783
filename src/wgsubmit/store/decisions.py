"""An officer's decisions and their history, tags, settings, and the acknowledgements
written to submitters."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from wgsubmit.domain import CALL_FLAGS, DecidedBy
from wgsubmit.errors import Changed, StoreError
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
    "duplicate_of": "duplicate",
    "anonymous": None,  # 1: published without the name; 0: with it (an officer's word)
}
# Columns that hold a message id or a number, and what each decision also sets aside
# (kept in the event, so that undoing it restores them).
_NUMBERS = {"superseded_by", "duplicate_of", "anonymous"}
_SET_ASIDE = {
    "confidentiality": ("confidentiality_evidence",),
    "call_answer": ("call_evidence", "flags_json"),
}
# What `triage --auto` keeps, noted with it: undoing it is refused once any has changed.
_AUTO = ("submitter_type", "submitter_name", "submitter_country", "confidentiality")
# Changes an officer undoes by doing the other one.
_REVERSE = {
    "tag": "untag",
    "untag": "tag",
    "withhold-file": "keep-file",
    "keep-file": "withhold-file",
}


@dataclass(frozen=True)
class Event:
    """One change to a message's record: who, when, what, from what to what."""

    at: str
    user: str
    action: str  # triage, confirm, auto, tag, untag, note, attach, undo, ...
    field: str | None
    old: str | None
    new: str | None
    id: int = 0
    undoes: int | None = None  # the event this one undid
    undone: bool = False  # a later event undid this one


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
                    before = {c: row[c] for c in _SET_ASIDE.get(column, ())}
                    if decision is not None:
                        before[f"{decision}_decided_by"] = row[f"{decision}_decided_by"]
                    self._event(
                        message_id, user, "triage", column, row[column], value, before=before
                    )
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
                self._event(message_id, user, action, "file", None, name, {"sha256": row["sha256"]})
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
        """`triage --auto`: the suggestions kept, noted with the values they were, so that
        undoing the note can tell whether they changed since."""
        with self.transaction():
            row = self.conn.execute(
                f"SELECT {', '.join(_AUTO)} FROM messages WHERE id = ?", (message_id,)
            ).fetchone()
            before = dict(row) if row is not None else {}
            self._event(message_id, user, "auto", None, None, summary, before)

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
            "SELECT at, user, action, field, old, new, id, undoes,"
            " EXISTS (SELECT 1 FROM events u WHERE u.undoes = e.id) AS undone"
            " FROM events e WHERE message = ? ORDER BY id",
            (message_id,),
        )
        return [Event(**{**dict(r), "undone": bool(r["undone"])}) for r in rows]

    def replaced(self, message_id: int) -> list[int]:
        """The messages this one replaces (whose ``superseded_by`` it is)."""
        rows = self.conn.execute(
            "SELECT id FROM messages WHERE superseded_by = ? ORDER BY id", (message_id,)
        )
        return [r["id"] for r in rows]

    def add_note(self, message_id: int, text: str, user: str) -> None:
        """An officer's free-text note, kept in the history."""
        with self.transaction():
            self._event(message_id, user, "note", "note", None, text)

    def undo(self, message_id: int, event_id: int, user: str) -> Event:
        """Undo one event of this message's history, itself recorded as an event: the value
        it changed goes back, unless it has changed since (StoreError, nothing done)."""
        with self.transaction():
            row = self.conn.execute(
                "SELECT at, user, action, field, old, new, id, undoes, before_json FROM events e"
                " WHERE id = ? AND message = ? AND NOT EXISTS"
                " (SELECT 1 FROM events u WHERE u.undoes = e.id)",
                (event_id, message_id),
            ).fetchone()
            if row is None:
                raise Changed(f"#{message_id} has no change {event_id} left to undo")
            event = Event(**{k: v for k, v in dict(row).items() if k != "before_json"})
            before = json.loads(row["before_json"] or "{}")
            if event.action in _REVERSE:
                self._undo_set(message_id, event, before, user)
            elif event.action in ("attach", "detach"):
                self._undo_attach(message_id, event, before, user)
            elif event.action == "auto":
                self._undo_auto(message_id, event, before, user)
            elif event.action == "amended":
                self._undo_request(message_id, event, before, user)
            elif event.action == "note":
                self._event(message_id, user, "undo", "note", event.new, None, undoes=event.id)
            elif event.field in DECIDED_BY and event.action in ("triage", "undo"):
                self._undo_decision(message_id, event, before, user)
            else:
                raise Changed(f"a change of kind {event.action!r} cannot be undone")
        return event

    def _undo_set(
        self, message_id: int, event: Event, before: dict[str, object], user: str
    ) -> None:
        """A tag put or taken off, a file withheld or let back: the other way round."""
        if event.field == "tags":
            tag, add = event.new or event.old, event.action == "untag"
            sql = "INSERT OR IGNORE INTO tags (message, tag) VALUES (?, ?)"
            if not add:
                sql = "DELETE FROM tags WHERE message = ? AND tag = ?"
            done = self.conn.execute(sql, (message_id, tag)).rowcount
            old, new = (None, tag) if add else (tag, None)
        else:
            keep = event.action == "withhold-file"
            sql = "DELETE FROM withheld_files WHERE message = ? AND sha256 = ?"
            if not keep:
                sql = "INSERT OR IGNORE INTO withheld_files VALUES (?, ?)"
            done = self.conn.execute(sql, (message_id, before.get("sha256"))).rowcount
            old, new = None, event.new
        if not done:
            raise Changed(f"#{message_id}'s {event.field} changed since: nothing undone")
        self._event(
            message_id, user, _REVERSE[event.action], event.field, old, new, before, event.id
        )

    def _undo_attach(
        self, message_id: int, event: Event, before: dict[str, object], user: str
    ) -> None:
        """A file an officer attached, taken back: no longer read with the message, its
        bytes kept; or one taken back, attached again. The message is to be read again."""
        name = event.new or event.old
        sha256 = before.get("sha256")
        if sha256 is None:  # noted before the file's sha256 was: found by its name
            found = self.conn.execute(
                "SELECT sha256 FROM added_files WHERE message = ? AND filename = ?"
                " ORDER BY added_at DESC LIMIT 1",
                (message_id, name),
            ).fetchone()
            sha256 = found["sha256"] if found else None
        attach = event.action == "detach"
        sql = "UPDATE added_files SET withdrawn_at = ? WHERE message = ? AND sha256 = ?"
        sql += " AND withdrawn_at IS NOT NULL" if attach else " AND withdrawn_at IS NULL"
        if not self.conn.execute(sql, (None if attach else now(), message_id, sha256)).rowcount:
            raise Changed(f"#{message_id}'s file {name} changed since: nothing undone")
        action, old, new = ("attach", None, name) if attach else ("detach", name, None)
        self._event(message_id, user, action, "file", old, new, {"sha256": sha256}, event.id)

    def _undo_auto(
        self, message_id: int, event: Event, before: dict[str, object], user: str
    ) -> None:
        """`triage --auto`'s note taken back: the suggestions are again only suggestions
        (as they were in the store all along), unless they changed since."""
        row = self.conn.execute(
            f"SELECT {', '.join(_AUTO)} FROM messages WHERE id = ?", (message_id,)
        ).fetchone()
        if not before or any(row[k] != before.get(k) for k in _AUTO):
            raise Changed(
                f"#{message_id}'s suggestions changed since `triage --auto` kept them (or were "
                "not noted with it): nothing undone"
            )
        self._event(message_id, user, "undo", "auto", event.new, None, undoes=event.id)

    def _undo_request(
        self, message_id: int, event: Event, before: dict[str, object], user: str
    ) -> None:
        """A submitter's later request, applied automatically, set aside: the value before
        it comes back as an officer's decision, which a later reading keeps (the request
        applies again only once this is undone in turn)."""
        row = self.conn.execute("SELECT * FROM messages WHERE id = ?", (message_id,)).fetchone()
        if event.field == "flags":  # a request to leave the name out: published with it
            flags = json.loads(row["flags_json"] or "[]")
            if event.new not in flags or row["anonymous"] == 0:
                raise Changed(f"#{message_id}'s anonymity was changed since: nothing undone")
            kept = json.dumps([f for f in flags if f != event.new])
            self.conn.execute(
                "UPDATE messages SET anonymous = 0, flags_json = ? WHERE id = ?", (kept, message_id)
            )
            aside = {"flags_json": row["flags_json"]}
            self._event(message_id, user, "undo", "anonymous", "1", "0", aside, event.id)
            return
        if row["confidentiality"] != event.new:
            raise Changed(
                f"#{message_id}'s confidentiality was changed since (it is now "
                f"“{row['confidentiality'] or '—'}”): nothing undone"
            )
        evidence = before.get("confidentiality_evidence") or "set by an officer"
        self.conn.execute(
            "UPDATE messages SET confidentiality = ?, confidentiality_evidence = ?,"
            " confidentiality_decided_by = 'human' WHERE id = ?",
            (event.old, evidence, message_id),
        )
        aside = {k: row[k] for k in ("confidentiality_evidence", "confidentiality_decided_by")}
        self._event(
            message_id, user, "undo", "confidentiality", event.new, event.old, aside, event.id
        )

    def _undo_decision(
        self, message_id: int, event: Event, before: dict[str, object], user: str
    ) -> None:
        """The value an officer's decision replaced, with who had decided it, unless another
        decision of the same kind still stands (then it stays an officer's)."""
        column = str(event.field)
        row = self.conn.execute("SELECT * FROM messages WHERE id = ?", (message_id,)).fetchone()
        current = None if row[column] is None else str(row[column])
        if current != event.new:
            raise Changed(
                f"#{message_id}'s {column} was changed since (it is now “{current or '—'}”):"
                " nothing undone"
            )
        value: object = event.old
        if value is not None and column in _NUMBERS:
            value = int(str(value))
        columns = set(row.keys())  # (a Row's "in" looks at its values)
        restore = {column: value, **{k: v for k, v in before.items() if k in columns}}
        decision = DECIDED_BY[column]
        if decision is not None:
            group = [c for c, d in DECIDED_BY.items() if d == decision]
            confirmed = decision in ("submitter", "confidentiality", "kind")
            standing = self.conn.execute(
                "SELECT 1 FROM events e WHERE message = ? AND id != ? AND NOT EXISTS"
                " (SELECT 1 FROM events u WHERE u.undoes = e.id) AND ((action = 'confirm'"
                f" AND ?) OR (action IN ('triage', 'undo') AND field IN"
                f" ({','.join('?' * len(group))})))",
                (message_id, event.id, confirmed, *group),
            ).fetchone()
            if standing or f"{decision}_decided_by" not in restore:
                restore[f"{decision}_decided_by"] = "human"
        undone = {k: row[k] for k in restore if k != column}
        sets = ", ".join(f"{k} = ?" for k in restore)
        self.conn.execute(
            f"UPDATE messages SET {sets} WHERE id = ?", (*restore.values(), message_id)
        )
        self._event(message_id, user, "undo", column, event.new, event.old, undone, event.id)

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
