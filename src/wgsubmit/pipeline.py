"""The line every message travels: raw store, then parse, extract, detect, and save.

``fetch``, ``import`` and ``reprocess`` all run it; they differ only in where
the raw bytes come from.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from wgsubmit import links
from wgsubmit.batching import batched_by_size
from wgsubmit.call_answer import which_call
from wgsubmit.config import Config
from wgsubmit.errors import StoreError
from wgsubmit.parse import parse_message
from wgsubmit.records import (
    Attachment,
    Detection,
    Extraction,
    Language,
    Message,
    RawMessage,
)
from wgsubmit.relink import link
from wgsubmit.store import MailboxState, Reading, Store

if TYPE_CHECKING:
    from concurrent.futures import Future

    from wgsubmit.extract import Extractor, Pending
    from wgsubmit.imap import Batch

log = logging.getLogger(__name__)
T = TypeVar("T")

IMPORT_BATCH_BYTES = 8 * 1024 * 1024
IMPORT_BATCH_MESSAGES = 200

# (stage, done, total): "download", "import" or "read"; total is None when unknown.
Progress = Callable[[str, int, int | None], None]


@dataclass(frozen=True)
class RunReport:
    stored: int  # messages new to the store
    seen: int  # messages downloaded or read from files
    processed: int
    failed: int


def _no_progress(stage: str, done: int, total: int | None) -> None:
    pass


def store_raw(
    store: Store, raws: Iterable[RawMessage], progress: Progress
) -> tuple[int, list[int]]:
    """Store raw messages in byte-sized transactions; return (seen, new ids)."""
    seen = 0
    new_ids: list[int] = []
    for batch in batched_by_size(
        raws, lambda raw: len(raw.data), IMPORT_BATCH_BYTES, IMPORT_BATCH_MESSAGES
    ):
        new_ids.extend(store.save_raw(batch))
        seen += len(batch)
        progress("import", seen, None)
    return seen, new_ids


def save_batches(
    store: Store, batches: Iterable[Batch], progress: Progress
) -> tuple[int, list[int]]:
    """Store each batch a mailbox yields, its messages and where the mailbox then stands in
    one transaction, before the next is fetched; return (seen, new ids)."""
    seen = 0
    new_ids: list[int] = []
    for batch in batches:
        state = MailboxState(batch.uidvalidity, batch.last_uid)
        new_ids.extend(store.save_raw(batch.raws, mailbox=(batch.mailbox, state)))
        seen += len(batch.raws)
        progress("download", batch.done, batch.total)
    return seen, new_ids


def extractor_for(config: Config) -> Extractor:
    """The worker pool of a run (or of every round of a watch), with the config's limits."""
    from wgsubmit.extract import Extractor, Limits

    limits = config.extract
    return Extractor(
        Limits(limits.timeout, limits.memory_mb, limits.workers, limits.timeout_per_mb)
    )


def process(
    store: Store,
    config: Config,
    ids: list[int],
    progress: Progress,
    extractor: Extractor | None = None,
) -> tuple[int, int]:
    """Read each stored message (parse, extract, detect) and save what was found, oldest
    first, then link it to the others; return (done, failed). A given `extractor` (a
    watch's) is left running, with nothing of this run kept in it."""
    pool = extractor or extractor_for(config)
    try:
        failed = _process(store, config, ids, progress, pool)
    finally:
        pool.forget()  # no text is kept from one run to the next
        if extractor is None:
            pool.close()
    link(store, store.unlinked_ids())  # and what a run killed before it linked left unlinked
    return len(ids) - failed, failed


def _process(
    store: Store, config: Config, ids: list[int], progress: Progress, extractor: Extractor
) -> int:
    """Three batches at once, so that the workers never wait for this process: it parses
    one and gives it to them to read, gives them the detection (pure, and most of the work
    after reading) of the one read before, and saves the one before that, in order."""
    if not ids:
        return 0  # and no worker started
    failed = done = 0
    reading: _Started | None = None
    detecting: _Detecting | None = None
    sizes = store.sizes(ids)
    senders = links.SenderIndex(store.senders())
    parsed = _parsed_ahead(store, _read_batches(ids, sizes), sizes, _warm(extractor))
    for batch in chain(parsed, (None, None)):  # lazily: a batch is parsed when its turn comes
        started = _Started(*batch, extractor.start(*_work(batch[1]))) if batch else None
        read = (
            _Detecting(reading.ids, _detect_batch(extractor, config, reading)) if reading else None
        )
        if detecting is not None:
            for message_id, outcome, detection in detecting.outcomes:
                failed += not _saved(store, config, message_id, outcome, detection)
                done += 1
                progress("read", done, len(ids))
            link(store, detecting.ids, senders)
        reading, detecting = started, read
    return failed


@dataclass(frozen=True)
class _Detecting:
    """A batch read, its messages' detection given to the workers."""

    ids: list[int]
    outcomes: list[tuple[int, Outcome | BaseException, Future[Detection] | None]]


def _detect_batch(
    extractor: Extractor, config: Config, started: _Started
) -> list[tuple[int, Outcome | BaseException, Future[Detection] | None]]:
    """Each message read, with its detection given to the workers (none when unparseable)."""
    from wgsubmit.detect import detect

    return [
        (message_id, outcome, None)
        if isinstance(outcome, BaseException) or "unparseable" in outcome[0].flags
        else (message_id, outcome, extractor.submit(detect, *outcome[:2], config.call, outcome[2]))
        for message_id, outcome in _finish_batch(extractor, started)
    ]


def _saved(
    store: Store,
    config: Config,
    message_id: int,
    outcome: Outcome | BaseException,
    detecting: Future[Detection] | None,
) -> bool:
    try:
        if isinstance(outcome, BaseException):
            raise outcome
        detection = detecting.result() if detecting is not None else None
        _save(store, config, message_id, outcome[0], outcome[1], detection)
    except StoreError:
        raise
    except Exception as err:  # one bad message never stops the run
        log.warning("message %d could not be read: %s", message_id, type(err).__name__)
        log.debug("message %d", message_id, exc_info=err)
        return False
    return True


READ_BATCH = 16  # messages whose attachments are read at once, on every core
# ... or fewer, when they are large: a batch is held in memory while it is read, several
# times its size (decoded parts, their text), so large messages go a few at a time.
READ_BATCH_BYTES = 24 * 1024 * 1024


def _read_batches(ids: list[int], sizes: dict[int, int]) -> Iterable[list[int]]:
    return batched_by_size(ids, lambda i: sizes.get(i, 0), READ_BATCH_BYTES, READ_BATCH)


# A message read: it, its attachments' text, and the languages of its body and then of
# each attachment.
Outcome = tuple[Message, tuple[Extraction, ...], tuple[Language, ...]]


@dataclass(frozen=True)
class _Started:
    """A batch parsed and given to the workers."""

    ids: list[int]
    parsed: list[tuple[int, Message | BaseException]]
    pending: Pending


AHEAD_BYTES = 32 * 1024 * 1024  # messages parsed ahead while the workers start


def _warm(extractor: Extractor) -> threading.Event:
    """Start the workers now, in the background (their process loads every reader and
    rule first, on one core): this process parses meanwhile. Set when they are up."""
    ready = threading.Event()

    def start() -> None:
        try:
            extractor.submit(int)  # nothing to do: the pool starts its workers first
        except Exception:  # the run's own first use of the pool says what is wrong
            log.debug("workers not started early", exc_info=True)
        finally:
            ready.set()

    threading.Thread(target=start, name="wgsubmit-workers", daemon=True).start()
    return ready


def _parsed_ahead(
    store: Store, batches: Iterable[list[int]], sizes: dict[int, int], ready: threading.Event
) -> Iterator[tuple[list[int], list[tuple[int, Message | BaseException]]]]:
    """Each batch parsed, in order; while the workers start, batches are parsed ahead
    (up to AHEAD_BYTES of stored mail) instead of waiting for them."""
    ahead: deque[tuple[list[int], list[tuple[int, Message | BaseException]]]] = deque()
    held = 0
    for ids in batches:
        ahead.append((ids, _parse_batch(store, ids)))
        held += sum(sizes.get(i, 0) for i in ids)
        if ready.is_set() or held >= AHEAD_BYTES:
            yield from _drained(ahead)
            held = 0
    yield from _drained(ahead)


def _drained(items: deque[T]) -> Iterator[T]:
    while items:
        yield items.popleft()


def _parse_batch(store: Store, ids: list[int]) -> list[tuple[int, Message | BaseException]]:
    """Each message parsed, with its attachments and archives' members (or what went wrong)."""
    from wgsubmit.archive_members import expand_archives

    parsed: list[tuple[int, Message | BaseException]] = []
    for message_id in ids:
        try:
            message = parse_message(store.raw_message(message_id))
            attached = (*message.attachments, *added_files(store, message_id))
            parsed.append((message_id, replace(message, attachments=expand_archives(attached))))
        except StoreError:
            raise
        except Exception as err:
            parsed.append((message_id, err))
    return parsed


def _work(
    parsed: list[tuple[int, Message | BaseException]],
) -> tuple[list[Attachment], list[str]]:
    """What the workers read of a parsed batch: every attachment, and each message's own
    words (to tell their language)."""
    from wgsubmit.detect import own_text

    messages = [m for _, m in parsed if isinstance(m, Message)]
    return [a for m in messages for a in m.attachments], [own_text(m.body) for m in messages]


def added_files(store: Store, message_id: int) -> tuple[Attachment, ...]:
    """The documents an officer attached to a message, read after its own."""
    return tuple(
        Attachment(name, content_type, data)
        for name, content_type, data in store.added_files(message_id)
    )


def _finish_batch(
    extractor: Extractor, started: _Started
) -> list[tuple[int, Outcome | BaseException]]:
    reads, body_languages = extractor.finish(started.pending)
    found = iter(reads)
    bodies = iter(body_languages)
    results: list[tuple[int, Outcome | BaseException]] = []
    for message_id, outcome in started.parsed:
        if isinstance(outcome, BaseException):
            results.append((message_id, outcome))
            continue
        mine = [next(found) for _ in outcome.attachments]
        languages = (next(bodies), *(r.language for r in mine))
        results.append((message_id, (outcome, tuple(r.extraction for r in mine), languages)))
    return results


def _save(
    store: Store,
    config: Config,
    message_id: int,
    message: Message,
    extractions: tuple[Extraction, ...],
    detection: Detection | None,
) -> None:
    flags = list(message.flags)
    duplicate_of = None
    if message.message_id:
        duplicate_of = store.first_with_message_id(message.message_id, before=message_id)
        if duplicate_of is not None:
            flags.append("duplicate")
    if detection is not None:
        detection = replace(detection, call=which_call(message, extractions, detection, config))
        flags.extend(detection.flags)
        flags.extend(detection.call.flags if detection.call else ())
    store.save_reading(
        message_id,
        Reading(message, extractions, detection, tuple(dict.fromkeys(flags)), duplicate_of),
    )


def reprocess(store: Store, config: Config, progress: Progress | None = None) -> RunReport:
    """Read every stored message again with the current rules; decisions by an officer stay."""
    store.read_all_again()
    ids = store.all_ids()
    done, failed = process(store, config, ids, progress or _no_progress)
    return RunReport(stored=0, seen=len(ids), processed=done, failed=failed)


def run_fetch(
    store: Store,
    config: Config,
    download_only: bool = False,
    progress: Progress | None = None,
    extractor: Extractor | None = None,
) -> RunReport:
    from wgsubmit import imap

    progress = progress or _no_progress
    seen, new_ids = save_batches(store, imap.fetch(config.imap, store), progress)
    return _finish(store, config, seen, new_ids, download_only, progress, extractor)


def run_watch(config: Config, progress: Progress, report: Callable[[RunReport], None]) -> None:
    """`fetch --watch`: fetch and read, then wait for news (IMAP IDLE) and again, until
    interrupted. The store is locked only for each write (a batch stored, a message's
    reading saved), so that officers can tag and triage even during a long catch-up; a
    dropped connection is waited out, not fatal."""
    with extractor_for(config) as extractor:  # its workers start once, for every round
        while True:
            _watch_round(config, progress, report, extractor)


def _watch_round(
    config: Config,
    progress: Progress,
    report: Callable[[RunReport], None],
    extractor: Extractor,
) -> None:
    from wgsubmit import imap
    from wgsubmit.errors import ConnectionLost

    last_uid = 0
    try:
        with Store.open_for_writing(
            config.store_path, "wgsubmit fetch --watch", hold_lock=False
        ) as store:
            report(run_fetch(store, config, progress=progress, extractor=extractor))
            state = store.mailbox_state(config.imap.mailboxes[0])
            last_uid = state.last_uid if state else 0
    except (ConnectionLost, StoreError) as err:  # a server gone, a store busy or full
        log.warning("%s; trying again at the next news", err)
    imap.wait_for_news(config.imap, last_uid)


def run_import(
    store: Store,
    config: Config,
    paths: list[Path],
    download_only: bool = False,
    progress: Progress | None = None,
) -> RunReport:
    from wgsubmit import mailfile

    progress = progress or _no_progress
    seen, new_ids = store_raw(store, mailfile.read_paths(paths), progress)
    return _finish(store, config, seen, new_ids, download_only, progress)


def _finish(
    store: Store,
    config: Config,
    seen: int,
    new_ids: list[int],
    download_only: bool,
    progress: Progress,
    extractor: Extractor | None = None,
) -> RunReport:
    if download_only:
        return RunReport(stored=len(new_ids), seen=seen, processed=0, failed=0)
    # Also whatever an earlier --download-only or interrupted run left unread.
    done, failed = process(store, config, store.pending_ids(), progress, extractor)
    return RunReport(stored=len(new_ids), seen=seen, processed=done, failed=failed)
