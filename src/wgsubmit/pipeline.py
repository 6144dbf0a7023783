"""The line every message travels: raw store, then parse (and later stages), then save.

``fetch``, ``import`` and ``reprocess`` all run it; they differ only in where
the raw bytes come from.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from wgsubmit.config import Config
from wgsubmit.errors import StoreError
from wgsubmit.parse import parse_message
from wgsubmit.records import RawMessage
from wgsubmit.store import Store

log = logging.getLogger(__name__)

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
    batch: list[RawMessage] = []
    size = 0
    for raw in raws:
        batch.append(raw)
        size += len(raw.data)
        seen += 1
        if size >= IMPORT_BATCH_BYTES or len(batch) >= IMPORT_BATCH_MESSAGES:
            new_ids.extend(store.save_raw(batch))
            progress("import", seen, None)
            batch, size = [], 0
    if batch:
        new_ids.extend(store.save_raw(batch))
        progress("import", seen, None)
    return seen, new_ids


def process(store: Store, config: Config, ids: list[int], progress: Progress) -> tuple[int, int]:
    """Read each stored message (parse, ...) and save what was found; return (done, failed)."""
    failed = 0
    total = len(ids)
    for done, message_id in enumerate(ids, start=1):
        try:
            process_one(store, config, message_id)
        except StoreError:
            raise
        except Exception as err:  # one bad message never stops the run
            failed += 1
            log.warning("message %d could not be read: %s", message_id, type(err).__name__)
            log.debug("message %d", message_id, exc_info=True)
        progress("read", done, total)
    return total - failed, failed


def process_one(store: Store, config: Config, message_id: int) -> None:
    raw = store.raw_message(message_id)
    message = parse_message(raw)
    duplicate_of = None
    if message.message_id:
        duplicate_of = store.first_with_message_id(message.message_id, before=message_id)
        if duplicate_of is not None:
            message = replace(message, flags=(*message.flags, "duplicate"))
    store.save_parsed(message_id, message, duplicate_of)


def run_fetch(
    store: Store, config: Config, download_only: bool = False, progress: Progress | None = None
) -> RunReport:
    from wgsubmit import imap

    progress = progress or _no_progress

    def on_download(done: int, total: int) -> None:
        progress("download", done, total)

    reports = imap.fetch(config.imap, store, on_download)
    new_ids = [i for r in reports for i in r.new_ids]
    seen = sum(r.downloaded for r in reports)
    return _finish(store, config, seen, new_ids, download_only, progress)


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
) -> RunReport:
    if download_only:
        return RunReport(stored=len(new_ids), seen=seen, processed=0, failed=0)
    # Also whatever an earlier --download-only or interrupted run left unread.
    done, failed = process(store, config, store.pending_ids(), progress)
    return RunReport(stored=len(new_ids), seen=seen, processed=done, failed=failed)
