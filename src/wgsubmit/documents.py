"""Readers for the documents that are not PDF or Word's own: OpenDocument, RTF, HTML, plain
text, and Word 97–2003 .doc (through antiword or LibreOffice, when installed)."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import replace
from xml.etree import ElementTree

from wgsubmit.records import Extraction
from wgsubmit.text import decode_text, reason, tidy

DOC_TIMEOUT = 120.0  # seconds for antiword or LibreOffice on one .doc


def read_odt(data: bytes) -> Extraction:
    """Body as text; the styles part (page headers and footers) as margins."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            body = xml_paragraphs(package.read("content.xml"))
            styles = (
                xml_paragraphs(package.read("styles.xml"))
                if "styles.xml" in package.namelist()
                else ""
            )
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, OSError, ValueError) as err:
        return _corrupt("odt", f"corrupt OpenDocument ({reason(err)})")
    result = Extraction("odt", text=tidy(body), margins=tidy(styles))
    return result if result.has_text else replace(result, error="no text in the document")


# Paragraph-like elements of ODF (text:p, text:h); tabs and breaks become white space; a
# frame's paragraphs are lines of their own.
_PARAGRAPH = {"p", "h"}
_SPACE = {"tab", "s", "line-break"}


def xml_paragraphs(xml: bytes) -> str:
    """Every paragraph's text of an OpenDocument part, in document order."""
    root = ElementTree.fromstring(xml)
    lines: list[str] = []

    def paragraph(element: ElementTree.Element) -> None:
        parts: list[str] = [element.text or ""]
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
            else:
                parts.append(" " if local in _SPACE else child.text or "")
                inline(child, parts, nested)
            if child.tail:
                parts.append(child.tail)

    def blocks(element: ElementTree.Element) -> None:
        for child in element:
            if child.tag.rsplit("}", 1)[-1] in _PARAGRAPH:
                paragraph(child)
            else:
                blocks(child)

    blocks(root)
    return "\n".join(lines)


def read_rtf(data: bytes) -> Extraction:
    from striprtf.striprtf import rtf_to_text

    try:
        text = str(rtf_to_text(data.decode("latin-1"), errors="ignore"))  # type: ignore[no-untyped-call]
    except (ValueError, IndexError) as err:
        return _corrupt("rtf", f"corrupt RTF ({reason(err)})")
    result = Extraction("rtf", text=tidy(text))
    return result if result.has_text else replace(result, error="no text in the document")


def read_html(data: bytes) -> Extraction:
    from wgsubmit.parse import html_to_text

    result = Extraction("html", text=tidy(html_to_text(decode_text(data))))
    return result if result.has_text else replace(result, error="no text in the page")


def read_txt(data: bytes) -> Extraction:
    result = Extraction("txt", text=tidy(decode_text(data)))
    return result if result.has_text else replace(result, error="an empty text file")


def read_doc(data: bytes) -> Extraction:
    """Word 97–2003: antiword if installed, else LibreOffice; else say what to install."""
    tool = legacy_word_tool()
    if tool is None:
        return Extraction(
            "doc",
            error="unsupported format: an old Word .doc file needs antiword or LibreOffice "
            "(see `wgsubmit doctor`)",
            flag="unsupported_format",
            unread=("no reader for old Word .doc installed",),
        )
    with tempfile.TemporaryDirectory(prefix="wgsubmit-") as folder:
        source = os.path.join(folder, "document.doc")
        with open(source, "wb") as out:
            out.write(data)
        if os.path.basename(tool).startswith("antiword"):
            done = subprocess.run(
                [tool, "-w", "0", source], capture_output=True, timeout=DOC_TIMEOUT
            )
            text = done.stdout.decode("utf-8", "replace") if done.returncode == 0 else ""
        else:
            command = [tool, "--headless", "--convert-to", "txt:Text", "--outdir", folder, source]
            done = subprocess.run(command, capture_output=True, timeout=DOC_TIMEOUT)
            converted = os.path.join(folder, "document.txt")
            text = ""
            if os.path.exists(converted):
                with open(converted, "rb") as converted_file:
                    text = decode_text(converted_file.read())
    if done.returncode != 0 and not text:
        return _corrupt("doc", "corrupt Word .doc file")
    result = Extraction("doc", text=tidy(text))
    if result.has_text:
        return result
    return replace(
        result, error="no text in the document", unread=("the old Word .doc gave no text",)
    )


def legacy_word_tool() -> str | None:
    """The program that reads old .doc files here, if any."""
    return shutil.which("antiword") or shutil.which("soffice") or shutil.which("libreoffice")


def _corrupt(fmt: str, error: str) -> Extraction:
    """A file that could not be read at all: flagged, and an `unread` line for detection."""
    return Extraction(fmt, error=error, flag="corrupt", unread=(f"{error}: not read",))
