"""The links between messages as the store keeps them: what replaces, amends or holds
which, and a later request applied to its submission when it is stricter."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from wgsubmit.domain import DecidedBy, Flag, Kind, Publication, by_officer
from wgsubmit.links import LinkRow, Links, Sender
from wgsubmit.records import Confidentiality
from wgsubmit.store.base import StoreBase, now, parse_datetime

ANONYMOUS = "anonymous"  # a stored request: publish, but without the name
# A later request applies to its submission when it is stricter than what stands: the
# values it sets aside nothing of. "anonymous" (publish, but without the name) adds the flag.
_STRICTER = {
    Publication.CONFIDENTIAL.value: (Publication.CONFIDENTIAL,),
    Publication.UNCLEAR.value: (Publication.CONFIDENTIAL, Publication.UNCLEAR),
    ANONYMOUS: (Publication.CONFIDENTIAL, Publication.UNCLEAR),
}


def amendment_value(amendment: Confidentiality | None) -> str | None:
    """What a later request asks, as stored: its publication value, or "anonymous" for a
    consent (or silence) that asks to leave the name out."""
    if amendment is None:
        return None
    said = amendment.value in (Publication.PUBLISH, Publication.UNSPECIFIED)
    if said and Flag.ANONYMOUS in amendment.flags:
        return ANONYMOUS
    return amendment.value


class Linking(StoreBase):
    def read_all_again(self) -> None:
        """Before reading every message again: forget the automatic links between them, and
        mark them all unread in the same transaction, so that a run killed half-way is
        finished by the next one (and `export` waits for it) instead of leaving links lost."""
        with self.transaction():
            self.conn.execute(
                "UPDATE messages SET superseded_by = NULL"
                " WHERE superseded_decided_by IS NOT 'human'"
            )
            self.conn.execute(
                "UPDATE messages SET amends = NULL, held_by = NULL, processed_at = NULL,"
                " linked_at = NULL"
            )

    def senders(self, ids: Iterable[int] | None = None) -> list[Sender]:
        """Every stored message's sender, or these messages' only."""
        query = "SELECT id, lower(from_address) AS address, from_name AS name FROM messages"
        rows = self.conn.execute(query) if ids is None else self._rows_of(ids, query)
        return [Sender(r["id"], r["address"], r["name"]) for r in rows]

    def unlinked_ids(self) -> list[int]:
        """Messages read whose links to the others are not made yet (a run was killed)."""
        rows = self.conn.execute(
            "SELECT id FROM messages WHERE processed_at IS NOT NULL AND linked_at IS NULL"
        )
        return [r["id"] for r in rows]

    def link_rows(self, ids: Iterable[int]) -> list[LinkRow]:
        rows = self._rows_of(
            ids,
            "SELECT id, received_at, lower(from_address) AS address, from_name, subject,"
            " message_id, (SELECT group_concat(json_extract(h.value, '$[1]'), ' ')"
            "   FROM json_each(headers_json) h"
            "   WHERE lower(json_extract(h.value, '$[0]')) IN ('in-reply-to', 'references'))"
            " AS replies_to, kind, duplicate_of IS NOT NULL AS duplicate, says_revision,"
            " amendment, amendment_evidence, superseded_by,"
            " superseded_decided_by IS 'human' AS by_officer FROM messages",
        )
        return [
            LinkRow(
                id=r["id"],
                received_at=parse_datetime(r["received_at"]),
                address=r["address"],
                name=r["from_name"],
                subject=r["subject"],
                message_id=r["message_id"],
                replies_to=r["replies_to"] or "",
                kind=r["kind"],
                duplicate=bool(r["duplicate"]),
                says_revision=bool(r["says_revision"]),
                amendment=(
                    Confidentiality(r["amendment"], r["amendment_evidence"])
                    if r["amendment"]
                    else None
                ),
                superseded_by=r["superseded_by"],
                superseded_by_officer=bool(r["by_officer"]),
            )
            for r in rows
        ]

    def save_links(self, ids: Iterable[int], links: Links) -> None:
        """Make the links of these messages what ``links`` says, in one transaction; an
        officer's decision on what replaces a submission stays."""
        with self.transaction():
            rows = self._rows_of(
                ids,
                "SELECT id, superseded_by, superseded_decided_by, held_by, amends, amendment,"
                " amendment_evidence FROM messages",
            )
            for row in rows:
                self._link(row, links)
            requests = {
                r["id"]: (r["amendment"], r["amendment_evidence"])
                for r in rows
                if r["amendment"] in _STRICTER
            }
            for note, target in links.amends.items():
                if note in requests:
                    self._apply_request(note, target, *requests[note])
            self.conn.executemany(
                "UPDATE messages SET linked_at = ?"
                " WHERE id = ? AND linked_at IS NULL AND processed_at IS NOT NULL",
                [(now(), r["id"]) for r in rows],
            )

    def _link(self, row: sqlite3.Row, links: Links) -> None:
        message_id, officer = row["id"], by_officer(row["superseded_decided_by"])
        later = links.superseded_by.get(message_id)
        auto = DecidedBy.AUTO.value if later else None
        if not officer and (row["superseded_by"], row["superseded_decided_by"]) != (later, auto):
            self.conn.execute(
                "UPDATE messages SET superseded_by = ?, superseded_decided_by = ? WHERE id = ?",
                (later, auto, message_id),
            )
        held = None if officer else links.held_by.get(message_id)
        amends = links.amends.get(message_id)
        if (row["held_by"], row["amends"]) != (held, amends):
            self.conn.execute(
                "UPDATE messages SET held_by = ?, amends = ? WHERE id = ?",
                (held, amends, message_id),
            )
        if row["amendment"] is not None:
            # A note that only changes a request is no submission once it has one to amend.
            kind = Kind.NOT_SUBMISSION if amends else Kind.SUBMISSION
            self.conn.execute(
                "UPDATE messages SET flags_json = (SELECT json_group_array(value) FROM ("
                "   SELECT value FROM json_each(flags_json) WHERE value != 'amends'"
                "   UNION ALL SELECT 'amends' WHERE :amends)),"
                " kind = CASE WHEN kind_decided_by = 'human' THEN kind ELSE :kind END"
                " WHERE id = :id",
                {"amends": amends is not None, "kind": kind.value, "id": message_id},
            )

    def _apply_request(
        self, message_id: int, target: int, value: str, evidence: str | None
    ) -> None:
        """A later request for confidentiality (or one that is unclear) applies to its
        submission at once, when it is stricter than what stands; a consent to publish
        waits for an officer."""
        # An officer's decision made before this request does not stand against it; one
        # made after it (having read it) does.
        row = self.conn.execute(
            "SELECT confidentiality, confidentiality_evidence, confidentiality_decided_by,"
            " confidentiality_decided_by IS 'human' AS by_officer,"
            " EXISTS (SELECT 1 FROM events WHERE message = :target"
            "  AND field = 'confidentiality' AND action != 'amended'"
            "  AND at > (SELECT stored_at FROM messages WHERE id = :note)) AS decided_after,"
            # An officer's "with the name" that stands, decided having read the request.
            " anonymous IS 0 AND EXISTS (SELECT 1 FROM events e WHERE message = :target"
            "  AND field = 'anonymous' AND action IN ('triage', 'undo')"
            "  AND NOT EXISTS (SELECT 1 FROM events u WHERE u.undoes = e.id)"
            "  AND at > (SELECT stored_at FROM messages WHERE id = :note)) AS named_after"
            " FROM messages WHERE id = :target",
            {"target": target, "note": message_id},
        ).fetchone()
        if row is None or row["confidentiality"] in _STRICTER[value]:
            return
        if row["by_officer"] and row["decided_after"]:
            return
        if value == ANONYMOUS:
            if row["named_after"]:
                return
            # A later request to be anonymous stands over an officer's earlier "named".
            self.conn.execute(
                "UPDATE messages SET anonymous = NULL WHERE id = ? AND anonymous = 0", (target,)
            )
            self._add_flag(target, Flag.ANONYMOUS)
            return
        self.conn.execute(
            "UPDATE messages SET confidentiality = ?,"
            " confidentiality_evidence = ?, confidentiality_decided_by = 'auto' WHERE id = ?",
            (value, evidence, target),
        )
        # In the history, with what it set aside, so that an officer can undo it.
        aside = {k: row[k] for k in ("confidentiality_evidence", "confidentiality_decided_by")}
        self._applied(target, "confidentiality", row["confidentiality"], value, aside)

    def _applied(
        self, target: int, field: str, old: str | None, new: str, aside: dict[str, object]
    ) -> None:
        """A later request applied, in the history once: read again, it applies again,
        which is not news while its first application stands."""
        standing = self.conn.execute(
            "SELECT 1 FROM events e WHERE message = ? AND action = 'amended' AND field = ?"
            " AND new = ? AND NOT EXISTS (SELECT 1 FROM events u WHERE u.undoes = e.id)",
            (target, field, new),
        ).fetchone()
        if standing is None:
            self._event(target, "wgsubmit", "amended", field, old, new, aside)

    def _add_flag(self, message_id: int, flag: str) -> None:
        row = self.conn.execute(
            "SELECT flags_json FROM messages WHERE id = ?", (message_id,)
        ).fetchone()
        flags = json.loads(row["flags_json"] or "[]") if row else []
        if flag not in flags:
            self.conn.execute(
                "UPDATE messages SET flags_json = ? WHERE id = ?",
                (json.dumps([*flags, flag]), message_id),
            )
            self._applied(message_id, "flags", None, flag, {})
