"""`serve`'s queue: which submissions need an officer, why, and in what order, one page
of it at a time. Pure functions over stored messages and their verdicts."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from wgsubmit.config import Config
from wgsubmit.domain import Publication, by_officer, language_ok
from wgsubmit.store import Changes, Store, StoredMessage

if TYPE_CHECKING:
    from wgsubmit.publish import Verdict

QUEUE_PAGE = 200  # rows on one page of the queue


@dataclass(frozen=True)
class Attention:
    """One submission in the queue, with what an officer must look at (empty: nothing)."""

    message: StoredMessage
    verdict: Verdict
    reasons: tuple[str, ...]


def attention(verdict: Verdict, amended: bool, language: bool | None) -> tuple[str, ...]:
    """Why a submission needs an officer before the page is right, in the queue's words;
    ``language`` is whether the call accepts its language (`domain.language_ok`)."""
    message = verdict.message
    checks = [
        (
            message.confidentiality == Publication.UNCLEAR
            and not by_officer(message.confidentiality_decided_by),
            "publication request unclear",
        ),
        (message.call_answer == "unclear", "which call it answers is unclear"),
        (message.kind is None, "not read yet"),
        (any(a.error for a in message.attachments), "documents that could not be read"),
        ("needs_download" in message.flags, "needs_download: its document is behind a link"),
        ("document_missing" in message.flags, "document_missing: its document is not attached"),
        (language is False, "in a language the call does not accept"),
        ("late" in verdict.reasons, "late"),
        ("anonymous" in message.flags, "anonymous"),
        ("personal_case" in message.flags, "personal_case"),
        (amended, "a later message amends it"),
    ]
    return tuple(reason for holds, reason in checks if holds)


def queue(
    messages: list[StoredMessage], verdicts: tuple[Verdict, ...], config: Config
) -> list[Attention]:
    """Those an officer must look at first (an unclear request before the others), then
    the rest, each oldest first."""

    amended = {m.amends for m in messages if m.amends is not None}
    items = [
        Attention(
            v.message,
            v,
            attention(v, v.message.id in amended, language_ok(v.message, config)),
        )
        for v in verdicts
    ]

    def order(item: Attention) -> tuple[int, str, int]:
        rank = 0 if "publication request unclear" in item.reasons else 1 if item.reasons else 2
        received = item.message.received_at.isoformat() if item.message.received_at else ""
        return rank, received or item.message.stored_at, item.message.id

    return sorted(items, key=order)


@dataclass(frozen=True)
class Shown:
    """One page of the queue, in its order: a few hundred rows are all a browser shows
    quickly, and an officer reads. ``first``/``rest``: how many in each part, in all."""

    items: list[Attention]
    start: int
    first: int
    rest: int
    following: str | None  # the next page's query string
    earlier: str | None

    @classmethod
    def of(cls, items: list[Attention], start_text: str, query: list[tuple[str, str]]) -> Shown:
        """``query``: the filters and search shown, which every page's link keeps."""
        from urllib.parse import urlencode

        kept = [(k, v) for k, v in query if k != "from"]

        start = int(start_text) if start_text.isdigit() else 0
        start = min(start, max(0, len(items) - 1)) // QUEUE_PAGE * QUEUE_PAGE

        def page(at: int) -> str:
            return urlencode([*kept, ("from", str(at))])

        first = sum(1 for i in items if i.reasons)
        end = start + QUEUE_PAGE
        return cls(
            items[start:end],
            start,
            first,
            len(items) - first,
            page(end) if end < len(items) else None,
            page(start - QUEUE_PAGE) if start else None,
        )


def judged(store: Store, config: Config) -> tuple[list[StoredMessage], tuple[Verdict, ...]]:
    """Every stored message, brief (neither body nor recipients), and each submission's
    verdict as `export --dry-run` gives it: whether and why not; its notes and files, which
    the queue does not show, are not `build`'s."""
    from wgsubmit.publish import verdicts

    messages = store.messages(include_all=True, brief=True)  # neither body nor recipients
    return messages, verdicts(messages, config)


class KeptQueue:
    """The queue as last worked out, kept until something is committed to the store
    (`store.Changes`): judging every stored message is most of a queue page's time, and
    most requests follow no change."""

    def __init__(self, config: Config, root: Path) -> None:
        self.config = config
        self.changes = Changes(root)
        self._lock = threading.Lock()
        self._kept: tuple[int, list[Attention]] | None = None

    def items(self, store: Store) -> list[Attention]:
        # Asked before the store is read: a commit in between is read again next time.
        version = self.changes.version()
        with self._lock:
            if version is not None and self._kept is not None and self._kept[0] == version:
                return self._kept[1]
            messages, verdicts = judged(store, self.config)
            items = queue(messages, verdicts, self.config)
            if version is not None:
                self._kept = (version, items)
            return items
