"""Attachment → text: telling what a file is and reading every document in a worker
process. The readers themselves live in ``pdftext`` (PDF), ``wordml`` (Word) and
``documents`` (the rest); ``formats`` tells which one a file needs, and
``archive_members`` opens archives into attachments first.

Anyone in the world can send the mailbox a file, so every document is read in a
worker process with a time and a memory limit: a file past either is killed
with its worker and flagged, and the run goes on. The worker that reads a document
also tells its language, so that the main process only waits.
"""

from __future__ import annotations

import concurrent.futures
import logging
import os
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from wgsubmit.archive_members import not_opened
from wgsubmit.archives import read_archive
from wgsubmit.documents import read_doc, read_html, read_odt, read_rtf, read_txt
from wgsubmit.formats import sniff_format
from wgsubmit.records import Attachment, Extraction, Language
from wgsubmit.text import PAGE_BREAK, reason
from wgsubmit.wordml import read_docx

log = logging.getLogger(__name__)
T = TypeVar("T")

DEFAULT_TIMEOUT = 10.0  # seconds for one document, whatever its size ...
DEFAULT_TIMEOUT_PER_MB = 4.0  # ... and this many more for each MB of it
# ... but never more than this in all, however large the file: with the wait for a worker
# and its restart, no document holds the line 30 s.
MOST_SECONDS = 25.0
DEFAULT_MEMORY_MB = 1024  # address space of one worker
# Texts read once in a run are kept for identical bytes met again in the same run, up to
# this many characters of text in all: memory stays flat however large the store.
SEEN_CHARS = 16_000_000

# Content types of a message's cryptographic signature: not read, and nothing unread.
_SIGNATURES = frozenset(
    {
        "application/pkcs7-signature",
        "application/x-pkcs7-signature",
        "application/pgp-signature",
    }
)

SHARED_PDF_BYTES = 512 * 1024  # a PDF this large is read by all workers, a share of pages each


@dataclass(frozen=True)
class Limits:
    timeout: float = DEFAULT_TIMEOUT
    memory_mb: int = DEFAULT_MEMORY_MB
    workers: int = 0  # 0: one per core
    timeout_per_mb: float = DEFAULT_TIMEOUT_PER_MB
    most: float = MOST_SECONDS  # the allowance per MB stops here (a base set above stays)

    def seconds(self, size: int) -> float:
        """The time all reading of one document of `size` bytes gets, together."""
        allowed = self.timeout + self.timeout_per_mb * size / 2**20
        return min(allowed, max(self.timeout, self.most))


@dataclass(frozen=True)
class Read:
    """An attachment's text, its language, and a worker's CPU seconds on each."""

    extraction: Extraction
    language: Language = Language(None)  # noqa: RUF009 (frozen: one shared value is safe)
    reading: float = 0.0
    detecting: float = 0.0


# --- reading one document (runs inside a worker) ---


def extract_document(data: bytes, filename: str | None, content_type: str) -> Extraction:
    """Read the text of one attachment; never raises for a bad file, says what is wrong."""
    fmt = sniff_format(data, filename, content_type)
    if fmt not in _READERS:
        return _no_reader(fmt, data, content_type)
    return capped(read_as(fmt, data))


# A document's text is kept up to this many characters (a call's limit of 10,000 words is
# some 70,000): its beginning and its end, where requests about publication are written.
MAX_TEXT_CHARS = 2_000_000


def capped(extraction: Extraction) -> Extraction:
    """The extraction with a hostile length of text cut in the middle, so that one file
    cannot make the detectors, the store and the search index take gigabytes."""
    text = extraction.text
    if len(text) <= MAX_TEXT_CHARS:
        return extraction
    head = MAX_TEXT_CHARS * 3 // 4
    tail = MAX_TEXT_CHARS - head
    return replace(extraction, text=text[:head] + PAGE_BREAK + text[-tail:])


def read_as(fmt: str, data: bytes, part: int = 0, parts: int = 1) -> Extraction:
    """Read a document of a known format (what each worker runs); a long PDF may be read
    in `parts` shares of its pages."""
    try:
        if fmt == "pdf":
            return _pdf(data, part, parts)
        reader = _READERS.get(fmt)
        if reader is None:
            return _no_reader(fmt, data)
        return reader(data)
    except MemoryError:
        return _failed(fmt, "too large to read within the memory limit")
    except RecursionError:
        return _failed(fmt, "corrupt: nested too deeply to read")


def _failed(fmt: str, error: str, flag: str = "corrupt") -> Extraction:
    """A document no reader could finish: flagged, and said to detection as not read."""
    line = error if error.startswith("not read") else f"not read: {error}"
    return Extraction(fmt, error=error, flag=flag, unread=(line,))


def _no_reader(fmt: str, data: bytes, content_type: str = "") -> Extraction:
    """What is said of a file no reader opens: an image, an archive (whose members are read
    as attachments of their own), or a format not supported."""
    if fmt == "image":
        return Extraction(fmt, error="an image: its text is not read (no OCR)")
    if fmt == "archive":
        return _archive(data, content_type)
    unsupported = Extraction(
        fmt,
        error="unsupported format: not PDF, Word, OpenDocument, RTF, HTML or text",
        flag="unsupported_format",
    )
    if content_type.split(";")[0].strip().lower() in _SIGNATURES:
        return unsupported  # a message's signature: it holds no words
    return replace(unsupported, unread=("unsupported format: not read",))


def _archive(data: bytes, content_type: str) -> Extraction:
    why = not_opened(content_type)
    if why is not None:
        return Extraction("archive", error=f"not opened: {why}", unread=(why,))
    members, problem = read_archive(data)
    if problem:
        return Extraction("archive", error=problem, flag="corrupt", unread=(problem,))
    return Extraction("archive", error=f"an archive: its {len(members)} files are read one by one")


def _pdf(data: bytes, part: int = 0, parts: int = 1) -> Extraction:
    from wgsubmit.pdftext import read_pdf  # pdfminer loads only where PDFs are read

    return read_pdf(data, part, parts)


_READERS: dict[str, Callable[[bytes], Extraction]] = {
    "pdf": _pdf,
    "docx": read_docx,
    "odt": read_odt,
    "rtf": read_rtf,
    "html": read_html,
    "txt": read_txt,
    "doc": read_doc,
}


# --- the workers ---


def read_and_tell(fmt: str, data: bytes, part: int = 0, parts: int = 1) -> Read:
    """What a worker runs for one document: read it and tell its language, both within
    the document's one time limit; a share of a long PDF's pages is only read."""
    started = time.process_time()
    extraction = read_as(fmt, data, part, parts)
    if parts > 1:
        return Read(extraction, reading=time.process_time() - started)
    extraction = capped(extraction)
    read = time.process_time()
    return Read(extraction, _language(extraction), read - started, time.process_time() - read)


def tell_languages(texts: Sequence[str]) -> tuple[list[Language], float]:
    """What a worker runs for messages' own words: their languages, and the time taken."""
    from wgsubmit.detect.language import detect_language

    started = time.process_time()
    return [detect_language(text) for text in texts], time.process_time() - started


def _language(extraction: Extraction) -> Language:
    from wgsubmit.detect.language import detect_language

    return detect_language(extraction.text) if extraction.has_text else Language(None)


@dataclass
class Pending:
    """A batch given to the workers: keys (sha256, format), sizes, what needed no worker."""

    keys: list[tuple[str, str]]
    sizes: dict[tuple[str, str], int]
    found: dict[int, Read] = field(default_factory=dict)
    jobs: dict[tuple[str, str], list[concurrent.futures.Future[Read]]] = field(default_factory=dict)
    told: list[concurrent.futures.Future[Any]] = field(default_factory=list)
    count: int = 0


class Extractor:
    """A pool of worker processes reading documents in parallel, each within its limits.

    Started on first use (a run with nothing to read starts no process), kept for the run
    or every round of a watch; identical bytes are read once a run (`forget` ends one)."""

    def __init__(self, limits: Limits | None = None) -> None:
        self.limits = limits or Limits()
        self._pool: Any = None
        self._seen: OrderedDict[tuple[str, str], Read] = OrderedDict()
        self._reading: dict[tuple[str, str], list[concurrent.futures.Future[Read]]] = {}
        self._seen_chars = 0
        self._starting = threading.Lock()
        self.detecting = 0.0  # seconds the workers spent telling languages, for benchmarks
        self.reading = 0.0  # ... and reading documents

    def __enter__(self) -> Extractor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.stop()
            self._pool.join()
            self._pool = None
        self.forget()

    def forget(self) -> None:
        """Keep nothing read so far: the next run reads every document again."""
        self._seen.clear()
        self._seen_chars = 0
        self._reading.clear()

    def _start(self) -> Any:
        with self._starting:  # the pool may be started early, from another thread
            if self._pool is None:
                from pebble import ProcessPool

                from wgsubmit.workers import limit_memory, worker_context

                self._pool = ProcessPool(
                    max_workers=self._workers(),
                    initializer=limit_memory,
                    initargs=(self.limits.memory_mb,),
                    # never a copy of this process, with the store's state (see workers.py)
                    context=worker_context(),
                )
            return self._pool

    def extract(self, attachments: Iterable[Attachment]) -> list[Extraction]:
        """Read each attachment (results in their order), all at once on every core."""
        reads, _ = self.read(attachments)
        return [r.extraction for r in reads]

    def read(
        self, attachments: Iterable[Attachment], texts: Sequence[str] = ()
    ) -> tuple[list[Read], list[Language]]:
        """Read each attachment and tell its language, and tell the language of each text
        (a message's own words), all at once on every core; results in their order."""
        return self.finish(self.start(attachments, texts))

    def start(self, attachments: Iterable[Attachment], texts: Sequence[str] = ()) -> Pending:
        """Give the workers these attachments and texts, and return at once: the caller
        works on an earlier batch meanwhile, then calls `finish`.

        The largest files go first, and a long PDF is shared among the workers by pages:
        otherwise the one long document of a batch starts last and runs on alone. A file
        whose bytes were read (or are being read) already in this run is not read again."""
        items = list(attachments)
        keys = [(a.sha256, sniff_format(a.data, a.filename, a.content_type)) for a in items]
        pending = Pending(keys, {k: len(a.data) for k, a in zip(keys, items, strict=True)})
        pending.told = self._tell(texts)
        pending.count = len(texts)
        for i in sorted(range(len(items)), key=lambda i: -len(items[i].data)):
            key, data = keys[i], items[i].data
            if key[1] not in _READERS:
                pending.found[i] = Read(_no_reader(key[1], data, items[i].content_type))
            elif key in self._seen:
                pending.found[i] = self._seen[key]
                self._seen.move_to_end(key)
            elif key not in pending.jobs:
                if key not in self._reading:
                    self._reading[key] = self._schedule(key[1], data)
                pending.jobs[key] = self._reading[key]
        return pending

    def finish(self, pending: Pending) -> tuple[list[Read], list[Language]]:
        """Wait for what `start` gave the workers; batches are finished in their order."""
        done: dict[tuple[str, str], Read] = {}
        for key, futures in pending.jobs.items():
            kept = self._seen.get(key)  # finished with an earlier batch
            done[key] = kept or self._collect(futures, key[1], pending.sizes[key])
            self._keep(key, done[key])
            self._reading.pop(key, None)
        found = pending.found
        reads = [found[i] if i in found else done[key] for i, key in enumerate(pending.keys)]
        return reads, self._told(pending.told, pending.count)

    def submit(self, job: Callable[..., T], *args: Any) -> concurrent.futures.Future[T]:
        """Run a pure function of picklable values on a worker (detection, for one)."""
        future: concurrent.futures.Future[T] = self._start().schedule(job, args=args)
        return future

    def _schedule(self, fmt: str, data: bytes) -> list[concurrent.futures.Future[Read]]:
        pool = self._start()
        parts = self._workers() if fmt == "pdf" and len(data) >= SHARED_PDF_BYTES else 1
        timeout = self.limits.seconds(len(data))
        return [
            pool.schedule(read_and_tell, args=(fmt, data, part, parts), timeout=timeout)
            for part in range(parts)
        ]

    def _collect(self, futures: list[concurrent.futures.Future[Read]], fmt: str, size: int) -> Read:
        outcomes = [self._outcome(future, fmt, size) for future in futures]
        if len(outcomes) == 1:
            return outcomes[0]
        stopped = next((o for o in outcomes if o.extraction.flag == "timed_out"), None)
        if stopped is not None:
            return stopped
        extraction = capped(_combined([o.extraction for o in outcomes]))
        reading = sum(o.reading for o in outcomes)
        if not extraction.has_text:
            return Read(extraction, reading=reading)
        # Its shares had the document's time; a language is told on a bounded sample (of
        # at most 2 million characters), whatever the file: the base time is enough.
        future = self._start().schedule(
            tell_languages, args=([extraction.text],), timeout=self.limits.timeout
        )
        languages = self._told([future], 1)
        return Read(extraction, languages[0], reading)

    def _keep(self, key: tuple[str, str], read: Read) -> None:
        """Kept for the rest of the run, the oldest let go past SEEN_CHARS."""
        if key in self._seen:
            self._seen.move_to_end(key)
            return
        self._seen[key] = read
        self._seen_chars += len(read.extraction.text)
        while self._seen_chars > SEEN_CHARS and len(self._seen) > 1:
            _, old = self._seen.popitem(last=False)
            self._seen_chars -= len(old.extraction.text)

    def _tell(self, texts: Sequence[str]) -> list[concurrent.futures.Future[Any]]:
        """Messages' own words, shared among the workers in one job each."""
        if not texts:
            return []
        pool = self._start()
        share = -(-len(texts) // self._workers())
        return [
            pool.schedule(tell_languages, args=(list(texts[i : i + share]),))
            for i in range(0, len(texts), share)
        ]

    def _told(self, futures: list[concurrent.futures.Future[Any]], count: int) -> list[Language]:
        languages: list[Language] = []
        for future in futures:
            try:
                found, seconds = future.result()
            except Exception:  # a worker lost: the languages are not known, not guessed
                log.debug("telling languages failed", exc_info=True)
                continue
            languages.extend(found)
            self.detecting += seconds
        if len(languages) != count:
            return [Language(None)] * count
        return languages

    def _workers(self) -> int:
        return self.limits.workers or os.cpu_count() or 1

    def _outcome(self, future: concurrent.futures.Future[Read], fmt: str, size: int) -> Read:
        from pebble import ProcessExpired

        try:
            read: Read = future.result()
        except concurrent.futures.TimeoutError:
            # pebble has killed the worker and started a new one.
            seconds = self.limits.seconds(size)
            return Read(
                _failed(fmt, f"not read: took longer than {seconds:.3g} s (stopped)", "timed_out")
            )
        except ProcessExpired:
            return Read(
                _failed(
                    fmt,
                    f"not read: needed more than {self.limits.memory_mb} MB or crashed the "
                    "reader (stopped)",
                )
            )
        except Exception as err:  # a reader's bug on a hostile file: flag it, go on
            log.debug("reading %s failed", fmt, exc_info=True)
            return Read(_failed(fmt, f"corrupt: {reason(err)}"))
        self.detecting += read.detecting
        self.reading += read.reading
        return read


def _combined(shares: Sequence[Extraction]) -> Extraction:
    from wgsubmit.pdftext import combine_pages

    return combine_pages(shares)
