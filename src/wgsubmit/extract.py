"""Attachment → text: telling what a file is, opening archives, and reading every document
in a worker process. The readers themselves live in ``pdftext`` (PDF), ``wordml`` (Word)
and ``documents`` (the rest).

Anyone in the world can send the mailbox a file, so every document is read in a
worker process with a time and a memory limit: a file past either is killed
with its worker and flagged, and the run goes on.
"""

from __future__ import annotations

import concurrent.futures
import io
import logging
import os
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import PurePosixPath
from types import TracebackType
from typing import Any
from xml.etree import ElementTree

from wgsubmit.archives import TNEF_MAGIC, ZIP_MAX_MEMBERS, ZIP_MAX_TOTAL, read_archive
from wgsubmit.documents import read_doc, read_html, read_odt, read_rtf, read_txt
from wgsubmit.records import Attachment, Extraction
from wgsubmit.text import PAGE_BREAK, reason
from wgsubmit.wordml import read_docx

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 120.0  # seconds for one document
DEFAULT_MEMORY_MB = 1024  # address space of one worker

# An archive inside an archive is opened this many levels down (a zip in a zip in a zip);
# a deeper one is listed, not opened, and says so.
ARCHIVE_DEPTH = 3
# Set on the content type of an archive member that is itself an archive but was not
# opened, with why: its reading then says so instead of "its files are read one by one".
NOT_OPENED = "x-not-opened"
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


# --- telling what a file is ---


def sniff_format(data: bytes, filename: str | None, content_type: str) -> str:
    """The document format, from the bytes first: names and types sent by mail lie."""
    head = data[:8]
    suffix = PurePosixPath((filename or "").lower()).suffix
    if data.lstrip()[:5] == b"%PDF-":
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_format(data)
    if head.startswith(TNEF_MAGIC):
        return "archive"  # Outlook's winmail.dat: files wrapped like a zip's
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "doc" if suffix not in (".xls", ".ppt", ".msg") else "other"
    if data.lstrip()[:5] == b"{\\rtf":
        return "rtf"
    if content_type.startswith("image/") or suffix in (".png", ".jpg", ".jpeg", ".gif", ".tif"):
        return "image"
    if content_type == "text/html" or suffix in (".html", ".htm"):
        return "html"
    if content_type.startswith("text/") or suffix in (".txt", ".md", ".csv"):
        return "txt"
    return "txt" if _looks_like_text(data) else "other"


def _looks_like_text(data: bytes) -> bool:
    """A file with no name to go by ("README" in a winmail.dat) that is plainly UTF-8 text."""
    sample = data[:4096]
    if not sample or b"\x00" in sample:
        return False
    try:
        text = sample.decode("utf-8")
    except UnicodeDecodeError as err:
        if err.start < len(sample) - 3:
            return False
        text = sample[: err.start].decode("utf-8")  # a character cut at the sample's end
    return sum(c.isprintable() or c in "\n\r\t" for c in text) >= 0.98 * len(text)


def _zip_format(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if _word_main_part(archive) is not None:
                return "docx"
            if "mimetype" in names:
                mimetype = archive.read("mimetype")[:100]
                return "odt" if b"opendocument.text" in mimetype else "other"
            if "[Content_Types].xml" in names:
                return "other"  # a spreadsheet or a presentation
    except (zipfile.BadZipFile, OSError, ValueError):
        return "archive"  # corrupt: reported when opened as an archive
    return "archive"


def _word_main_part(package: zipfile.ZipFile) -> str | None:
    """The part holding a Word document's body: usually word/document.xml, but the
    package's content types say."""
    try:
        types = ElementTree.fromstring(package.read("[Content_Types].xml"))
    except (KeyError, ElementTree.ParseError):
        return "word/document.xml" if "word/document.xml" in package.namelist() else None
    for override in types:
        content_type = override.get("ContentType", "")
        if "wordprocessingml.document.main" in content_type or (
            "ms-word." in content_type and content_type.endswith(".main+xml")
        ):
            return override.get("PartName", "").lstrip("/") or None
    return None


# --- archives: each member becomes an attachment of its own ---


def expand_archives(attachments: Sequence[Attachment]) -> tuple[Attachment, ...]:
    """The attachments, each archive followed by its members, an archive among those by
    its own members in turn, down to ARCHIVE_DEPTH levels.

    Every member names the top archive as its `parent`, however deep it was found: so an
    archive an officer withholds withholds everything in it. A deeper archive, or one
    past the limits counted over all the archives in the top one, is listed, not opened."""
    result: list[Attachment] = []
    for attachment in attachments:
        result.append(attachment)
        if attachment.parent is None and _is_archive(attachment):
            members, _ = read_archive(attachment.data)
            budget = _Budget(
                ZIP_MAX_MEMBERS - len(members), ZIP_MAX_TOTAL - sum(m.size for m in members)
            )
            result.extend(_opened(members, len(result) - 1, 1, budget))
    return tuple(result)


@dataclass
class _Budget:
    """What is left of the limits on files and bytes for the archives inside a top one."""

    files: int
    size: int


def _opened(
    members: list[Attachment], parent: int, depth: int, budget: _Budget
) -> Iterator[Attachment]:
    """An archive's members (found `depth` levels down), the archives among them opened."""
    for member in members:
        member = replace(member, parent=parent)
        if not _is_archive(member):
            yield member
            continue
        name = member.filename or "unnamed"
        if depth >= ARCHIVE_DEPTH:
            yield _not_opened(member, f"archive nested deeper than {ARCHIVE_DEPTH} levels: {name}")
            continue
        inner, _ = read_archive(member.data)
        size = sum(m.size for m in inner)
        if len(inner) > budget.files or size > budget.size:
            yield _not_opened(
                member,
                f"archive past the limits of {ZIP_MAX_MEMBERS} files and "
                f"{ZIP_MAX_TOTAL // 2**20} MB for all the archives around it: {name}",
            )
            continue
        budget.files -= len(inner)
        budget.size -= size
        yield member
        yield from _opened(inner, parent, depth + 1, budget)


def _is_archive(attachment: Attachment) -> bool:
    return sniff_format(attachment.data, attachment.filename, attachment.content_type) == (
        "archive"
    )


def _not_opened(member: Attachment, why: str) -> Attachment:
    """The member, marked so that its reading says why it was not opened."""
    why = " ".join(why.replace('"', "'").split())
    return replace(member, content_type=f'{member.content_type}; {NOT_OPENED}="{why}"')


def not_opened(content_type: str) -> str | None:
    """Why an archive member was not opened, if `expand_archives` left it closed."""
    marker = f'; {NOT_OPENED}="'
    if marker not in content_type:
        return None
    return content_type.split(marker, 1)[1].rstrip('"')


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


def _failed(fmt: str, error: str) -> Extraction:
    """A document no reader could finish: flagged, and said to detection as not read."""
    line = error if error.startswith("not read") else f"not read: {error}"
    return Extraction(fmt, error=error, flag="corrupt", unread=(line,))


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


def _limit_memory(megabytes: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: no rlimits; the time limit still holds
        return
    limit = megabytes * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


class Extractor:
    """A pool of worker processes reading documents in parallel, each within its limits.

    Started on first use: a run with nothing to read starts no process.
    """

    def __init__(self, limits: Limits | None = None) -> None:
        self.limits = limits or Limits()
        self._pool: Any = None

    def __enter__(self) -> Extractor:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.stop()
            self._pool.join()
            self._pool = None

    def _start(self) -> Any:
        if self._pool is None:
            import multiprocessing

            from pebble import ProcessPool

            self._pool = ProcessPool(
                max_workers=self._workers(),
                initializer=_limit_memory,
                initargs=(self.limits.memory_mb,),
                # spawn: a fresh interpreter, same on every OS, never a copy of the store's state
                context=multiprocessing.get_context("spawn"),
            )
        return self._pool

    def extract(self, attachments: Iterable[Attachment]) -> list[Extraction]:
        """Read each attachment (results in their order), all at once on every core.

        The largest files go first, and a long PDF is shared among the workers by pages:
        otherwise the one long document of a batch starts last and runs on alone."""
        items = list(attachments)
        formats = [sniff_format(a.data, a.filename, a.content_type) for a in items]
        read: dict[int, Extraction] = {}
        jobs: dict[int, list[concurrent.futures.Future[Extraction]]] = {}
        for i in sorted(range(len(items)), key=lambda i: -len(items[i].data)):
            fmt, data = formats[i], items[i].data
            if fmt not in _READERS:
                read[i] = _no_reader(fmt, data, items[i].content_type)
                continue
            pool = self._start()
            parts = self._workers() if fmt == "pdf" and len(data) >= SHARED_PDF_BYTES else 1
            jobs[i] = [
                pool.schedule(read_as, args=(fmt, data, part, parts), timeout=self.limits.timeout)
                for part in range(parts)
            ]
        for i, futures in jobs.items():
            outcomes = [self._outcome(future, formats[i]) for future in futures]
            read[i] = capped(outcomes[0] if len(outcomes) == 1 else _combined(outcomes))
        return [read[i] for i in range(len(items))]

    def _workers(self) -> int:
        return self.limits.workers or os.cpu_count() or 1

    def _outcome(self, future: concurrent.futures.Future[Extraction], fmt: str) -> Extraction:
        from pebble import ProcessExpired

        try:
            return future.result()
        except concurrent.futures.TimeoutError:
            # pebble has killed the worker and started a new one.
            return _failed(fmt, f"not read: took longer than {self.limits.timeout:g} s (stopped)")
        except ProcessExpired:
            return _failed(
                fmt,
                f"not read: needed more than {self.limits.memory_mb} MB or crashed the "
                "reader (stopped)",
            )
        except Exception as err:  # a reader's bug on a hostile file: flag it, go on
            log.debug("reading %s failed", fmt, exc_info=True)
            return _failed(fmt, f"corrupt: {reason(err)}")


def _combined(shares: Sequence[Extraction]) -> Extraction:
    from wgsubmit.pdftext import combine_pages

    return combine_pages(shares)
