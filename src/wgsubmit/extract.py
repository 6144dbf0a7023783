"""Attachment → text: PDF, Word, OpenDocument, RTF, HTML, plain text, and zip archives.

Anyone in the world can send the mailbox a file, so every document is read in a
worker process with a time and a memory limit: a file past either is killed
with its worker and flagged, and the run goes on.
"""

from __future__ import annotations

import concurrent.futures
import io
import logging
import mimetypes
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import PurePosixPath, PureWindowsPath
from types import TracebackType
from typing import Any
from xml.etree import ElementTree

from wgsubmit.records import Attachment, Extraction

log = logging.getLogger(__name__)

PAGE_BREAK = "\f"  # between pages, where the format has pages (as pdftotext writes)
DEFAULT_TIMEOUT = 120.0  # seconds for one document
DEFAULT_MEMORY_MB = 1024  # address space of one worker

# Archives are opened in the main process, so their limits are checked before a byte is
# inflated: a zip bomb is refused on its own declaration and again while reading.
ZIP_MAX_MEMBERS = 200
ZIP_MAX_TOTAL = 200 * 1024 * 1024
ZIP_MAX_RATIO = 200


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


# --- zip archives: each member becomes an attachment of its own ---


def expand_archives(attachments: Sequence[Attachment]) -> tuple[Attachment, ...]:
    """The attachments, each zip followed by its members (one level deep)."""
    result: list[Attachment] = []
    for attachment in attachments:
        result.append(attachment)
        if attachment.parent is not None:
            continue
        fmt = sniff_format(attachment.data, attachment.filename, attachment.content_type)
        if fmt == "archive":
            position = len(result) - 1
            members, _ = read_archive(attachment.data)
            result.extend(replace(m, parent=position) for m in members)
    return tuple(result)


TNEF_MAGIC = b"\x78\x9f\x3e\x22"


def read_archive(data: bytes) -> tuple[list[Attachment], str | None]:
    """The members of a zip (or a winmail.dat) within the limits, and why reading stopped,
    if it did."""
    if data.startswith(TNEF_MAGIC):
        return _read_tnef(data)
    members: list[Attachment] = []
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as err:
        return [], f"a corrupt zip archive ({err})"
    with archive:
        infos = [i for i in archive.infolist() if not i.is_dir()]
        if len(infos) > ZIP_MAX_MEMBERS:
            return [], f"a zip archive of {len(infos)} files (at most {ZIP_MAX_MEMBERS} are read)"
        total = 0
        for info in infos:
            if info.flag_bits & 0x1:
                return members, "an encrypted zip archive"
            if info.file_size > ZIP_MAX_RATIO * max(info.compress_size, 1):
                return members, "a zip archive that inflates too much (a zip bomb?)"
            try:
                content = _read_capped(archive, info, ZIP_MAX_TOTAL - total)
            except (zipfile.BadZipFile, OSError, ValueError, EOFError) as err:
                return members, f"a corrupt zip archive ({err})"
            except _TooLarge:
                return members, "a zip archive larger than 200 MB when unpacked"
            total += len(content)
            name = _member_name(info.filename)
            guessed = mimetypes.guess_type(name)[0] or "application/octet-stream"
            members.append(Attachment(filename=name, content_type=guessed, data=content))
    return members, None


def _read_tnef(data: bytes) -> tuple[list[Attachment], str | None]:
    """The files an Outlook winmail.dat (TNEF) wraps, and the text of the message when it is
    there only: as a document of its own, so that it is read like the others."""
    import tnefparse

    try:
        tnef = tnefparse.TNEF(data)
        files = tnef.attachments
        html, rtf = tnef.htmlbody, tnef.rtfbody
    except Exception as err:  # a hostile or broken file: say so, go on
        return [], f"a corrupt winmail.dat ({_reason(err)})"
    if len(files) > ZIP_MAX_MEMBERS:
        return [], f"a winmail.dat of {len(files)} files (at most {ZIP_MAX_MEMBERS} are read)"
    members: list[Attachment] = []
    total = 0
    for item in files:
        content = bytes(item.data or b"")
        total += len(content)
        if total > ZIP_MAX_TOTAL:
            return members, "a winmail.dat larger than 200 MB"
        name = _member_name(_text(item.long_filename()) or _text(item.name))
        guessed = mimetypes.guess_type(name)[0] or "application/octet-stream"
        members.append(Attachment(filename=name, content_type=guessed, data=content))
    if html:
        text = html.encode("utf-8") if isinstance(html, str) else bytes(html)
        members.append(Attachment("message.html", "text/html", text))
    elif rtf:
        members.append(Attachment("message.rtf", "application/rtf", bytes(rtf)))
    return members, None


def _text(value: object) -> str:
    """A TNEF property as text, whatever type the file gave it."""
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace").rstrip("\x00")
    if isinstance(value, list):
        return _text(value[0]) if value else ""
    return str(value or "")


class _TooLarge(Exception):
    pass


def _read_capped(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int) -> bytes:
    """Inflate a member, stopping as soon as it passes the budget: sizes in a zip can lie."""
    chunks: list[bytes] = []
    size = 0
    with archive.open(info) as member:
        while chunk := member.read(1 << 20):
            size += len(chunk)
            if size > budget or size > ZIP_MAX_RATIO * max(info.compress_size, 1):
                raise _TooLarge
            chunks.append(chunk)
    return b"".join(chunks)


def _member_name(path: str) -> str:
    """Only the last part of a member's path: never a folder taken from a message."""
    name = PureWindowsPath(PurePosixPath(path).name).name
    return name.replace("\x00", "") or "unnamed"


# --- reading one document (runs inside a worker) ---


def extract_document(data: bytes, filename: str | None, content_type: str) -> Extraction:
    """Read the text of one attachment; never raises for a bad file, says what is wrong."""
    return capped(read_as(sniff_format(data, filename, content_type), data))


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
            from wgsubmit.pdftext import read_pdf  # pdfminer loads only where PDFs are read

            return read_pdf(data, part, parts)
        reader = _READERS.get(fmt)
        if reader is None:
            return _no_reader(fmt, data)
        return reader(data)
    except MemoryError:
        return Extraction(fmt, error="too large to read within the memory limit", flag="corrupt")
    except RecursionError:
        return Extraction(fmt, error="corrupt: nested too deeply to read", flag="corrupt")


def combine_pages(shares: Sequence[Extraction]) -> Extraction:
    """One PDF read in shares of its pages (page i by share i % n) made whole again; a
    share that failed outright makes the whole document fail the same way."""
    failed = next((s for s in shares if s.flag in ("encrypted", "corrupt") and not s.pages), None)
    if failed is not None:
        return failed
    texts = [s.text.split(PAGE_BREAK) for s in shares]
    pages = max(s.pages or 0 for s in shares)
    text = _tidy(
        "".join(
            (texts[i % len(shares)][i] if i < len(texts[i % len(shares)]) else "") + PAGE_BREAK
            for i in range(pages)
        )
    )
    result = Extraction("pdf", text=text, pages=pages)
    if result.has_text:
        return result
    if any(s.flag == "needs_ocr" for s in shares):
        return replace(result, error="no text: the PDF holds only images", flag="needs_ocr")
    return replace(result, error="no text in the PDF")


def _no_reader(fmt: str, data: bytes) -> Extraction:
    if fmt == "image":
        return Extraction(fmt, error="an image: its text is not read (no OCR)")
    if fmt == "archive":
        members, problem = read_archive(data)
        if problem:
            return Extraction(fmt, error=problem, flag="corrupt")
        return Extraction(fmt, error=f"an archive: its {len(members)} files are read one by one")
    return Extraction(
        fmt,
        error="unsupported format: not PDF, Word, OpenDocument, RTF, HTML or text",
        flag="unsupported_format",
    )


def _pdf(data: bytes) -> Extraction:
    return read_as("pdf", data)


def _docx(data: bytes) -> Extraction:
    """Body, tables and text boxes in document order; headers, footers, footnotes apart."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = package.namelist()
            body = _xml_paragraphs(package.read(_word_main_part(package) or "word/document.xml"))
            margins = [
                _xml_paragraphs(package.read(name))
                for name in sorted(names)
                if re.fullmatch(r"word/(header\d*|footer\d*|footnotes|endnotes)\.xml", name)
            ]
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, OSError, ValueError) as err:
        return Extraction("docx", error=f"corrupt Word document ({_reason(err)})", flag="corrupt")
    text = _tidy(body)
    result = Extraction("docx", text=text, margins=_tidy("\n".join(margins)))
    return result if result.has_text else replace(result, error="no text in the document")


def _odt(data: bytes) -> Extraction:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            body = _xml_paragraphs(package.read("content.xml"))
            styles = (
                _xml_paragraphs(package.read("styles.xml"))
                if "styles.xml" in package.namelist()
                else ""
            )
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, OSError, ValueError) as err:
        return Extraction("odt", error=f"corrupt OpenDocument ({_reason(err)})", flag="corrupt")
    result = Extraction("odt", text=_tidy(body), margins=_tidy(styles))
    return result if result.has_text else replace(result, error="no text in the document")


# Paragraph-like elements of WordprocessingML (w:p, also Strict OOXML) and ODF (text:p,
# text:h); tabs and breaks become white space; a text box's paragraphs are lines of their own.
_PARAGRAPH = {"p", "h"}
_SPACE = {"tab", "br", "cr", "s", "line-break"}
_SKIP = {"Fallback", "instrText", "delText"}  # a text box's copy; field codes; deletions


def _xml_paragraphs(xml: bytes) -> str:
    """Every paragraph's text, in document order, whatever the namespace."""
    root = ElementTree.fromstring(xml)
    # In OOXML only <w:t> holds text (the rest is markup); in ODF text sits between tags.
    odf = root.tag.startswith("{urn:oasis:names:tc:opendocument")
    lines: list[str] = []

    def paragraph(element: ElementTree.Element) -> None:
        parts: list[str] = [element.text or ""] if odf else []
        nested: list[ElementTree.Element] = []
        inline(element, parts, nested)
        lines.append("".join(parts))
        for inner in nested:
            paragraph(inner)

    def inline(
        element: ElementTree.Element, parts: list[str], nested: list[ElementTree.Element]
    ) -> None:
        for child in element:
            local = child.tag.rsplit("}", 1)[-1]
            if local in _PARAGRAPH:
                nested.append(child)
            elif local not in _SKIP:
                if local in _SPACE:
                    parts.append(" ")
                elif odf or local == "t":
                    parts.append(child.text or "")
                inline(child, parts, nested)
            if odf and child.tail:
                parts.append(child.tail)

    def blocks(element: ElementTree.Element) -> None:
        for child in element:
            local = child.tag.rsplit("}", 1)[-1]
            if local in _PARAGRAPH:
                paragraph(child)
            elif local not in _SKIP:
                blocks(child)

    blocks(root)
    return "\n".join(lines)


def _rtf(data: bytes) -> Extraction:
    from striprtf.striprtf import rtf_to_text

    try:
        text = str(rtf_to_text(data.decode("latin-1"), errors="ignore"))  # type: ignore[no-untyped-call]
    except (ValueError, IndexError) as err:
        return Extraction("rtf", error=f"corrupt RTF ({_reason(err)})", flag="corrupt")
    result = Extraction("rtf", text=_tidy(text))
    return result if result.has_text else replace(result, error="no text in the document")


def _html(data: bytes) -> Extraction:
    from wgsubmit.parse import html_to_text

    result = Extraction("html", text=_tidy(html_to_text(decode_text(data))))
    return result if result.has_text else replace(result, error="no text in the page")


def _txt(data: bytes) -> Extraction:
    result = Extraction("txt", text=_tidy(decode_text(data)))
    return result if result.has_text else replace(result, error="an empty text file")


def _doc(data: bytes) -> Extraction:
    """Word 97–2003: antiword if installed, else LibreOffice; else say what to install."""
    tool = legacy_word_tool()
    if tool is None:
        return Extraction(
            "doc",
            error="unsupported format: an old Word .doc file needs antiword or LibreOffice "
            "(see `wgsubmit doctor`)",
            flag="unsupported_format",
        )
    with tempfile.TemporaryDirectory(prefix="wgsubmit-") as folder:
        source = os.path.join(folder, "document.doc")
        with open(source, "wb") as out:
            out.write(data)
        if os.path.basename(tool).startswith("antiword"):
            command = [tool, "-w", "0", source]
            done = subprocess.run(command, capture_output=True, timeout=DEFAULT_TIMEOUT)
            text = done.stdout.decode("utf-8", "replace") if done.returncode == 0 else ""
        else:
            command = [tool, "--headless", "--convert-to", "txt:Text", "--outdir", folder, source]
            done = subprocess.run(command, capture_output=True, timeout=DEFAULT_TIMEOUT)
            converted = os.path.join(folder, "document.txt")
            text = ""
            if os.path.exists(converted):
                with open(converted, "rb") as converted_file:
                    text = decode_text(converted_file.read())
    if done.returncode != 0 and not text:
        return Extraction("doc", error="corrupt Word .doc file", flag="corrupt")
    result = Extraction("doc", text=_tidy(text))
    return result if result.has_text else replace(result, error="no text in the document")


def legacy_word_tool() -> str | None:
    """The program that reads old .doc files here, if any."""
    return shutil.which("antiword") or shutil.which("soffice") or shutil.which("libreoffice")


_READERS = {
    "pdf": _pdf,
    "docx": _docx,
    "odt": _odt,
    "rtf": _rtf,
    "html": _html,
    "txt": _txt,
    "doc": _doc,
}


def decode_text(data: bytes) -> str:
    """Text of unknown encoding: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def _tidy(text: str) -> str:
    """One space between words, at most one blank line, no NULs or stray controls."""
    text = re.sub(r"[\x00-\x08\x0b\x0e-\x1f\x7f]", "", text.replace("\r\n", "\n"))
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    text = re.sub(r" ?\n ?", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip(" \n")


def _reason(err: BaseException) -> str:
    return (str(err) or type(err).__name__).splitlines()[0][:120]


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
                read[i] = _no_reader(fmt, data)
                continue
            pool = self._start()
            parts = self._workers() if fmt == "pdf" and len(data) >= SHARED_PDF_BYTES else 1
            jobs[i] = [
                pool.schedule(read_as, args=(fmt, data, part, parts), timeout=self.limits.timeout)
                for part in range(parts)
            ]
        for i, futures in jobs.items():
            outcomes = [self._outcome(future, formats[i]) for future in futures]
            read[i] = capped(outcomes[0] if len(outcomes) == 1 else combine_pages(outcomes))
        return [read[i] for i in range(len(items))]

    def _workers(self) -> int:
        return self.limits.workers or os.cpu_count() or 1

    def _outcome(self, future: concurrent.futures.Future[Extraction], fmt: str) -> Extraction:
        from pebble import ProcessExpired

        try:
            return future.result()
        except concurrent.futures.TimeoutError:
            # pebble has killed the worker and started a new one.
            return Extraction(
                fmt,
                error=f"not read: took longer than {self.limits.timeout:g} s (stopped)",
                flag="corrupt",
            )
        except ProcessExpired:
            return Extraction(
                fmt,
                error=f"not read: needed more than {self.limits.memory_mb} MB or crashed the "
                "reader (stopped)",
                flag="corrupt",
            )
        except Exception as err:  # a reader's bug on a hostile file: flag it, go on
            log.debug("reading %s failed", fmt, exc_info=True)
            return Extraction(fmt, error=f"corrupt: {_reason(err)}", flag="corrupt")
