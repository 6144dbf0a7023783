"""`serve`'s queue: which submissions need an officer, why, and in what order, one page
of it at a time; pure functions over stored messages and their verdicts, and the queue
kept between requests, worked out again for the messages changed since."""

from __future__ import annotations

import bisect
import threading
from collections.abc import Iterable, Mapping
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
    """One message in the queue, with what an officer must look at (empty: nothing)."""

    message: StoredMessage
    verdict: Verdict | None  # None: not judged for the page (an auto-reply, a bounce)
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


def _item(
    message: StoredMessage, verdict: Verdict | None, amended: set[int], config: Config
) -> Attention:
    if verdict is None:
        return Attention(message, None, ())
    reasons = attention(verdict, message.id in amended, language_ok(message, config))
    return Attention(message, verdict, reasons)


def _order(item: Attention) -> tuple[int, str, int]:
    """Those an officer must look at first (an unclear request before the others), then
    the rest, each oldest first."""
    rank = 0 if "publication request unclear" in item.reasons else 1 if item.reasons else 2
    received = item.message.received_at.isoformat() if item.message.received_at else ""
    return rank, received or item.message.stored_at, item.message.id


def _amended(messages: Iterable[StoredMessage]) -> set[int]:
    return {m.amends for m in messages if m.amends is not None}


def queue(
    messages: list[StoredMessage], verdicts: tuple[Verdict, ...], config: Config
) -> list[Attention]:
    """The submissions judged, in the queue's order (`_order`)."""
    amended = _amended(messages)
    return sorted((_item(v.message, v, amended, config) for v in verdicts), key=_order)


def every_message(messages: list[StoredMessage], config: Config) -> list[Attention]:
    """Every stored message in the queue's order, each submission with its verdict: what
    the queue shows filtered by kind, as `list --kind` lists every message of a kind."""
    from wgsubmit.publish import verdicts

    judged = {v.message.id: v for v in verdicts(messages, config)}
    amended = _amended(messages)
    return sorted((_item(m, judged.get(m.id), amended, config) for m in messages), key=_order)


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


def bearing_on(messages: Mapping[int, StoredMessage], message: StoredMessage) -> set[int]:
    """The messages whose verdict or reasons ``message`` bears on: those it replaces, in
    turn (it is among their earlier versions), and the one it amends."""
    chain: set[int] = set()
    later = message.superseded_by
    while later is not None and later not in chain and later != message.id:  # a circle ends
        chain.add(later)
        following = messages.get(later)
        later = following.superseded_by if following else None
    return chain | ({message.amends} if message.amends is not None else set())


Key = tuple[int, str, int]  # a message's place in the queue's order (`_order`)


@dataclass(frozen=True)
class Judged:
    """The queue as worked out after change ``seq`` (`Store.changed_since`): every stored
    message, each one's row and its key, the keys in order, and the rows in that order,
    all of them and the judged part."""

    seq: int
    messages: dict[int, StoredMessage]
    rows: dict[int, tuple[Key, Attention]]
    keys: list[Key]  # sorted
    every: list[Attention]
    judged: list[Attention]

    @classmethod
    def of(
        cls,
        seq: int,
        messages: dict[int, StoredMessage],
        rows: dict[int, tuple[Key, Attention]],
        keys: list[Key],
    ) -> Judged:
        every = [rows[key[2]][1] for key in keys]
        judged = [item for item in every if item.verdict is not None]
        return cls(seq, messages, rows, keys, every, judged)


def judge_all(store: Store, config: Config) -> Judged:
    """Every stored message read and judged."""
    seq, _ = store.changed_since(0)  # asked first: a change after it is read again
    messages = {m.id: m for m in store.messages(include_all=True, brief=True)}
    items = every_message(list(messages.values()), config)
    rows = {i.message.id: (_order(i), i) for i in items}
    return Judged.of(seq, messages, rows, [key for key, _ in rows.values()])


def judge_again(store: Store, config: Config, kept: Judged, seq: int, changed: list[int]) -> Judged:
    """``kept`` with the messages changed since read again, and those whose verdict they
    bear on judged again among all (`publish.verdicts` with ``only``): the same queue as
    `judge_all` would work out, for a few messages read instead of all."""
    from wgsubmit.publish import verdicts

    fresh = {m.id: m for m in store.messages(include_all=True, ids=changed, brief=True)}
    messages = dict(kept.messages)
    for number in changed:
        if number in fresh:
            messages[number] = fresh[number]
        else:
            messages.pop(number, None)
    affected = set(changed)
    for state in (kept.messages, messages):  # what each bore on before, and bears on now
        for number in changed:
            if number in state:
                affected |= bearing_on(state, state[number])
    if list(messages) != sorted(messages):  # judged in the order of their ids, as by all
        messages = dict(sorted(messages.items()))
    stored = list(messages.values())
    judged = {v.message.id: v for v in verdicts(stored, config, only=affected)}
    amended = _amended(stored)
    rows, keys = dict(kept.rows), list(kept.keys)
    for number in affected:  # each out of its place, and into its new one
        if number in rows:
            del keys[bisect.bisect_left(keys, rows.pop(number)[0])]
        if number in messages:
            item = _item(messages[number], judged.get(number), amended, config)
            rows[number] = (_order(item), item)
            bisect.insort(keys, rows[number][0])
    return Judged.of(seq, messages, rows, keys)


class KeptQueue:
    """The queue as last worked out, kept until something is committed to the store
    (`store.Changes`), then worked out again for the messages changed since
    (`Store.changed_since`) and those they bear on: reading and judging every stored
    message is most of a queue page's time, and a change touches a few."""

    def __init__(self, config: Config, root: Path) -> None:
        self.config = config
        self.changes = Changes(root)
        self._lock = threading.Lock()
        self._kept: tuple[int, Judged] | None = None

    def items(self, store: Store, every: bool = False) -> list[Attention]:
        """The judged messages in order; ``every``: every stored message."""
        # Asked before the store is read: a commit in between is read again next time.
        version = self.changes.version()
        with self._lock:
            if version is not None and self._kept is not None and self._kept[0] == version:
                found = self._kept[1]
            else:
                found = self._worked_out(store)
                if version is not None:
                    self._kept = (version, found)
            return found.every if every else found.judged

    def _worked_out(self, store: Store) -> Judged:
        if self._kept is None:
            return judge_all(store, self.config)
        kept = self._kept[1]
        seq, changed = store.changed_since(kept.seq)
        if changed is None or len(changed) > AGAIN_AT_MOST:
            return judge_all(store, self.config)
        return judge_again(store, self.config, kept, seq, changed)


# More changed messages than this (a `reprocess`): all are read again, in one query.
AGAIN_AT_MOST = 400
