"""Messages as read: what reading one found, saved in one transaction (an officer's
decisions kept), and the stored messages as `list`, `show` and `export` read them."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from wgsubmit.domain import DecidedBy
from wgsubmit.records import Address, iso_utc
from wgsubmit.store.base import id_filter, now
from wgsubmit.store.decisions import with_call_flags
from wgsubmit.store.files import Files, write_file_atomic
from wgsubmit.store.linking import amendment_value
from wgsubmit.store.rows import (
    Reading,
    StoredAttachment,
    StoredMessage,
    address_json,
    stored_attachment,
    stored_message,
)

# What reading finds that an officer may have decided instead: each column with the
# decision that keeps it.
_KEPT = {
    "received_at": "received",
    "kind": "kind",
    "confidentiality": "confidentiality",
    "confidentiality_evidence": "confidentiality",
    "submitter_type": "submitter",
    "submitter_name": "submitter",
    "submitter_country": "submitter",
    "submitter_confidence": "submitter",
    "submitter_reasons_json": "submitter",
    "call_answer": "call",
    "call_evidence": "call",
    "duplicate_of": "duplicate",
}
# Each decision reading may make, by the column that says it made one: ``auto`` then.
_DECIDED = {
    "call": "call_answer",
    "submitter": "submitter_type",
    "kind": "kind",
    "confidentiality": "confidentiality",
}
_HUMAN = f"'{DecidedBy.HUMAN}'"
# What a brief message leaves out: its text, its headers, its recipients.
_LONG_COLUMNS = frozenset({"body", "headers_json", "to_json", "cc_json"})


def _reading_sql(columns: Iterable[str]) -> str:
    """The UPDATE that records a reading: an officer's decisions stay as they are."""
    sets = [f"{c} = :{c}" for c in columns if c not in _KEPT]
    sets += [
        f"{c} = CASE WHEN {d}_decided_by = {_HUMAN} THEN {c} ELSE :{c} END"
        for c, d in _KEPT.items()
    ]
    sets += [
        f"{d}_decided_by = CASE WHEN {d}_decided_by = {_HUMAN} THEN {_HUMAN}"
        f" WHEN :{c} IS NULL THEN NULL ELSE '{DecidedBy.AUTO}' END"
        for d, c in _DECIDED.items()
    ]
    return f"UPDATE messages SET {', '.join(sets)}, linked_at = NULL WHERE id = :id"


def _message_columns(reading: Reading) -> dict[str, object]:
    """The message's columns as this reading found them."""
    message, found = reading.message, reading.detection
    forwarded_by = message.forwarded_by or Address(None, None)
    language = found.language if found else None
    publication = found.confidentiality if found else None
    submitter = found.submitter if found else None
    amendment = found.amendment if found else None
    answer = found.call if found else None
    return {
        "processed_at": now(),
        "message_id": message.message_id,
        "from_name": message.sender.name,
        "from_address": message.sender.address,
        "to_json": address_json(message.to),
        "cc_json": address_json(message.cc),
        "subject": message.subject,
        "date_header": iso_utc(message.date_header),
        "received_at": iso_utc(message.received_at),
        "body": message.body,
        "headers_json": json.dumps(message.headers),
        "forwarded_by_name": forwarded_by.name,
        "forwarded_by_address": forwarded_by.address,
        "error": message.error,
        "duplicate_of": reading.duplicate_of,
        "language": language.code if language else None,
        "languages_json": json.dumps(list(language.languages) if language else []),
        "body_language": found.body_language.code if found else None,
        "says_revision": int(found.revision) if found else 0,
        "amendment": amendment_value(amendment),
        "amendment_evidence": amendment.evidence if amendment else None,
        "kind": found.kind if found else None,
        "confidentiality": publication.value if publication else None,
        "confidentiality_evidence": publication.evidence if publication else None,
        "submitter_type": submitter.type if submitter else None,
        "submitter_name": submitter.name if submitter else None,
        "submitter_country": submitter.country if submitter else None,
        "submitter_confidence": submitter.confidence if submitter else None,
        "submitter_reasons_json": json.dumps(list(submitter.reasons) if submitter else []),
        "call_answer": answer.value if answer else None,
        "call_evidence": answer.evidence if answer else None,
    }


def _attachment_rows(message_id: int, reading: Reading) -> list[dict[str, object]]:
    """One row per attachment, with what extracting and detecting it found."""
    found = reading.detection
    languages = found.document_languages if found else ()
    rows: list[dict[str, object]] = []
    for i, attachment in enumerate(reading.message.attachments):
        read = reading.extractions[i] if i < len(reading.extractions) else None
        lang = languages[i] if i < len(languages) else None
        rows.append(
            {
                "message": message_id,
                "position": i,
                "filename": attachment.filename,
                "content_type": attachment.content_type,
                "size": attachment.size,
                "sha256": attachment.sha256,
                "inline": int(attachment.inline),
                "parent": attachment.parent,
                "format": read.format if read else None,
                "text": read.text if read else None,
                "margins": read.margins if read else None,
                "pages": read.pages if read else None,
                "text_chars": len(read.text) if read else None,
                "words": read.words if read else None,
                "error": read.error if read else None,
                "language": lang.code if lang else None,
                "language_confidence": lang.confidence if lang else None,
            }
        )
    return rows


def _insert(table: str, columns: Sequence[str]) -> str:
    return (
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(':' + c for c in columns)})"
    )


class Messages(Files):
    def save_reading(self, message_id: int, reading: Reading) -> None:
        """Record what reading a message found, in one transaction.

        What an officer decided (``*_decided_by = 'human'``) is kept as it is.
        """
        message = reading.message
        # Attachments are derived from the (synced) raw message and rebuilt by any re-read,
        # so they are not synced one message at a time.
        for attachment in message.attachments:
            write_file_atomic(self.file_path(attachment.sha256), attachment.data)
        columns = _message_columns(reading)
        attachments = _attachment_rows(message_id, reading)
        with self.transaction():
            columns["flags_json"] = json.dumps(self._call_flags_kept(message_id, reading.flags))
            self.conn.execute(_reading_sql(columns), {**columns, "id": message_id})
            self.conn.execute("DELETE FROM attachments WHERE message = ?", (message_id,))
            if attachments:
                self.conn.executemany(_insert("attachments", list(attachments[0])), attachments)
            self.conn.execute("DELETE FROM search_index WHERE rowid = ?", (message_id,))
            search = {
                "rowid": message_id,
                "subject": message.subject or "",
                "sender": f"{message.sender.name or ''} {message.sender.address or ''}",
                "body": message.body,
                "documents": "\n".join(e.text for e in reading.extractions),
            }
            self.conn.execute(_insert("search_index", list(search)), search)

    def _call_flags_kept(self, message_id: int, flags: Sequence[str]) -> list[str]:
        """The flags read, with those of the call an officer said it answers."""
        row = self.conn.execute(
            "SELECT call_answer FROM messages WHERE id = ? AND call_decided_by = 'human'",
            (message_id,),
        ).fetchone()
        return list(flags) if row is None else with_call_flags(flags, row["call_answer"])

    def document_texts(self, message_id: int) -> list[str]:
        rows = self.conn.execute(
            "SELECT text FROM attachments WHERE message = ? AND text IS NOT NULL AND text != ''"
            " ORDER BY position",
            (message_id,),
        )
        return [r["text"] for r in rows]

    def attachment_texts(self, message_id: int) -> list[str]:
        """Each attachment's text with its margins (form fields, headers, footers), one per
        attachment in order: what an anonymous author's name is looked for in."""
        rows = self.conn.execute(
            "SELECT coalesce(text, '') || char(10) || coalesce(margins, '') AS text"
            " FROM attachments WHERE message = ? ORDER BY position",
            (message_id,),
        )
        return [r["text"] for r in rows]

    def headers(self, message_id: int) -> list[tuple[str, str]]:
        """A message's own top-level headers, as read."""
        row = self.conn.execute(
            "SELECT headers_json FROM messages WHERE id = ?", (message_id,)
        ).fetchone()
        return [(str(k), str(v)) for k, v in json.loads(row["headers_json"] if row else "[]")]

    def messages(
        self, include_all: bool = False, ids: Iterable[int] | None = None, brief: bool = False
    ) -> list[StoredMessage]:
        """Stored messages, oldest first; by default only submissions or undecided ones.
        ``brief``: without the body and the recipients (left empty), for a list of many
        that shows neither (`serve`'s queue), a fraction of the bytes to read."""
        where, params = id_filter("id", list(ids) if ids is not None else None)
        if not include_all:
            where += " AND " if where else " WHERE "
            where += "(kind IS NULL OR kind = 'submission')"
        columns = "*"
        if brief:
            names = [r[1] for r in self.conn.execute("PRAGMA table_info(messages)")]
            kept = [n for n in names if n not in _LONG_COLUMNS]
            columns = ", ".join(kept) + ", '' AS body, '[]' AS to_json, '[]' AS cc_json"
        sql = (
            f"SELECT {columns}, (SELECT max(done_at) FROM acknowledgements a WHERE a.message ="
            f" messages.id) AS acknowledged_at FROM messages{where} ORDER BY id"
        )
        rows = self.conn.execute(sql, params).fetchall()
        only = [r["id"] for r in rows] if ids is not None else None
        attachments = self._attachments_by_message(only)
        tags = self._tags_by_message(only)
        return [
            stored_message(row, attachments.get(row["id"], []), tags.get(row["id"], []))
            for row in rows
        ]

    def related(self, message_id: int) -> list[StoredMessage]:
        """The messages that bear on one's verdict: every earlier version it replaces
        (and those they replaced), and later messages amending it."""
        rows = self.conn.execute(
            "WITH RECURSIVE earlier(id) AS ("
            " SELECT id FROM messages WHERE superseded_by = :id"
            " UNION SELECT m.id FROM messages m JOIN earlier e ON m.superseded_by = e.id)"
            " SELECT id FROM earlier UNION SELECT id FROM messages WHERE amends = :id",
            {"id": message_id},
        )
        ids = [r[0] for r in rows if r[0] != message_id]
        return self.messages(include_all=True, ids=ids) if ids else []

    def neighbours(self, message_id: int) -> list[StoredMessage]:
        """The messages of one's thread: the same sender's, and any linked to it either
        way (replaces, amends, duplicates, holds), not the whole store."""
        # Each part its own query on an index (`m013_link_indexes`).
        rows = self.conn.execute(
            "SELECT o.id FROM messages m JOIN messages o"
            " ON lower(o.from_address) = lower(m.from_address)"
            " WHERE m.id = :id AND m.from_address != ''"
            " UNION SELECT id FROM messages WHERE superseded_by = :id"
            " UNION SELECT id FROM messages WHERE amends = :id"
            " UNION SELECT id FROM messages WHERE duplicate_of = :id"
            " UNION SELECT id FROM messages WHERE held_by = :id"
            " UNION SELECT value FROM messages m, json_each(json_array(m.superseded_by,"
            " m.amends, m.duplicate_of, m.held_by)) WHERE m.id = :id AND value IS NOT NULL",
            {"id": message_id},
        )
        ids = [r[0] for r in rows if r[0] != message_id]
        return self.messages(include_all=True, ids=ids) if ids else []

    def message(self, message_id: int) -> StoredMessage | None:
        found = self.messages(include_all=True, ids=[message_id])
        return found[0] if found else None

    def _attachments_by_message(self, ids: list[int] | None) -> dict[int, list[StoredAttachment]]:
        result: dict[int, list[StoredAttachment]] = {}
        where, params = id_filter("message", ids)
        rows = self.conn.execute(
            "SELECT message, position, filename, content_type, size, sha256, inline, language,"
            " pages, text_chars, error, parent, format, words, EXISTS (SELECT 1 FROM"
            " withheld_files w WHERE w.message = a.message AND w.sha256 = a.sha256) AS withheld"
            f" FROM attachments a{where} ORDER BY message, position",
            params,
        )
        for r in rows:
            result.setdefault(r["message"], []).append(stored_attachment(r))
        return result

    def _tags_by_message(self, ids: list[int] | None) -> dict[int, list[str]]:
        result: dict[int, list[str]] = {}
        where, params = id_filter("message", ids)
        sql = f"SELECT message, tag FROM tags{where} ORDER BY message, tag"
        for r in self.conn.execute(sql, params):
            result.setdefault(r["message"], []).append(r["tag"])
        return result

    def search(self, text: str) -> set[int]:
        """Ids of the messages whose subject, sender, body or documents hold every word."""
        # Each word quoted: what an officer types is words, not FTS5 query syntax.
        query = " ".join('"' + word.replace('"', '""') + '"' for word in text.split())
        if not query:
            return set()
        rows = self.conn.execute(
            "SELECT rowid FROM search_index WHERE search_index MATCH ?", (query,)
        )
        return {r["rowid"] for r in rows}

    def changed_since(self, seq: int) -> tuple[int, list[int] | None]:
        """The number of the latest change to a message, and the messages changed, added or
        deleted after change ``seq`` (`m011_changes`); None when the numbering went back (a
        store put back from a copy): every message is to be read again."""
        latest = int(self.conn.execute("SELECT coalesce(max(seq), 0) FROM message_changes")
                     .fetchone()[0])  # fmt: skip
        if latest < seq:
            return latest, None
        rows = self.conn.execute(
            "SELECT message FROM message_changes WHERE seq > ? AND seq <= ?", (seq, latest)
        )
        return latest, [r[0] for r in rows]

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM messages").fetchone()[0])
