"""Telling what a file is from its bytes first: names and types sent by mail lie."""

from __future__ import annotations

import io
import zipfile
from pathlib import PurePosixPath
from xml.etree import ElementTree

from wgsubmit.archives import TNEF_MAGIC


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
