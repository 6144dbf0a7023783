"""The text of a PDF, read with pdfminer.six but without its layout analysis: a submission
is read for its words, not its columns, and the analysis doubles the time.

Every page is accounted for: a page that shows only an image (a scan) is named in `unread`,
and the values of the PDF's form fields go to the margins (see `pdfform`).
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from pdfminer.pdfdevice import PDFTextDevice
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdffont import PDFUnicodeNotDefined
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser, PDFSyntaxError
from pdfminer.pdftypes import PDFStream, stream_value
from pdfminer.psexceptions import PSException

from wgsubmit.pdfform import read_form, read_notes
from wgsubmit.records import Extraction
from wgsubmit.text import PAGE_BREAK, reason, tidy

log = logging.getLogger(__name__)

# In a content stream, a path or a colour with its operands ("0 0 m", "449 0 l",
# "1 0 0 RG"): drawing, which holds no text. String literals (one level of nested
# parentheses) and hex strings are matched first, so nothing inside them is taken for it.
_DRAWING = re.compile(
    rb"(\((?:[^()\\]|\\.|\((?:[^()\\]|\\.)*\))*\)|<[0-9A-Fa-f\s]*>)"
    rb"|(?<![^\s])(?:[-+]?(?:\d+\.?\d*|\.\d+)\s+)*"
    rb"(?:re|[mlcvyhSsfFBbnW]\*?|[wJjMiGgKk]|RG|rg)(?=[\s\[\]()<>/%]|\Z)",
    re.DOTALL,
)
_INLINE_IMAGE = re.compile(rb"(?<![^\s])ID\s")

NO_TEXT_LAYER = "no text layer on any page (a scan?)"
DRAWN_ONLY = "no text layer: the pages are drawn as shapes (text turned into outlines?)"
_WHOLE = (NO_TEXT_LAYER, DRAWN_ONLY)
_PAGE_LINE = re.compile(r"^(?:page|note on page|stamp on page) (\d+)\b")
# A page showing an image and fewer letters and digits than this, over at least
# SCAN_COVER of its area, is a scan: a page number stamped on a scan is no text layer.
SCAN_MAX_CHARS = 25
SCAN_COVER = 0.3
DRAWN_MIN_OPS = 200  # a PDF with no text but this much drawing may be text as outlines


def read_pdf(data: bytes, part: int = 0, parts: int = 1) -> Extraction:
    """The text of every page; with `parts` > 1, only pages `part`, `part + parts`, …
    (the others left empty between their page breaks), so that workers can share a long
    document and `combine_pages` join their texts. Share 0 reads the form fields."""
    device = _TextDevice(PDFResourceManager(caching=True))
    interpreter = _TextInterpreter(device.rsrcmgr, device)
    pages = 0
    said: list[str] = []  # form fields, notes and stamps: the margins
    unread: list[str] = []
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
        if part == 0:
            form = read_form(document)
            said, unread = list(form.lines), list(form.unread)
        for number, page in enumerate(PDFPage.create_pages(document)):
            if number % parts == part:
                interpreter.process_page(page)
                notes = read_notes(page.annots, number + 1)
                said += notes.lines
                unread += notes.unread
            else:
                device.end_page(page)
            pages += 1
    except (PDFPasswordIncorrect, PDFEncryptionError):
        return Extraction(
            "pdf",
            error="encrypted: the PDF needs a password",
            flag="encrypted",
            unread=("encrypted: the PDF needs a password",),
        )
    except (PDFSyntaxError, PSException, ValueError, KeyError, TypeError, AssertionError) as err:
        if not pages:
            error = f"corrupt PDF ({reason(err)})"
            return Extraction("pdf", error=error, flag="corrupt", unread=(f"{error}: not read",))
        log.debug("PDF read only up to page %d: %s", pages, err)
        unread.append(f"pages after page {pages} could not be read ({reason(err)})")
    unread += [f"page {n} has no text layer (a scan?)" for n in device.scans]
    return _result(device, pages, said, unread, whole=parts == 1)


def _result(
    device: _TextDevice, pages: int, said: list[str], unread: list[str], whole: bool
) -> Extraction:
    """The text and what could not be read; a share of the pages (not `whole`) keeps its
    pages' lines even with no text, for `combine_pages` to settle."""
    result = Extraction(
        "pdf",
        text=device.text(),
        margins="\n".join(_in_page_order(said)),
        pages=pages,
        unread=_in_page_order(unread),
    )
    if result.has_text:
        return result
    kept = tuple(line for line in result.unread if not (whole and _PAGE_LINE.match(line)))
    if pages and device.images:
        error = "no text: the PDF holds only images"
        return replace(result, error=error, flag="needs_ocr", unread=(NO_TEXT_LAYER, *kept))
    if pages and device.drawing >= DRAWN_MIN_OPS:
        error = "no text: the PDF holds only drawing"
        return replace(result, error=error, flag="needs_ocr", unread=(DRAWN_ONLY, *kept))
    return replace(result, error="no text in the PDF", unread=kept)


def _in_page_order(lines: Iterable[str]) -> tuple[str, ...]:
    """Lines once each, those about no page first, then by page: the same order whether
    the document was read whole or in shares."""
    return tuple(sorted(dict.fromkeys(lines), key=_page_of))


def _page_of(line: str) -> int:
    numbered = _PAGE_LINE.match(line)
    return int(numbered.group(1)) if numbered else 0


def combine_pages(shares: Sequence[Extraction]) -> Extraction:
    """One PDF read in shares of its pages (page i by share i % n) made whole again; a
    share that failed outright makes the whole document fail the same way."""
    failed = next((s for s in shares if s.flag in ("encrypted", "corrupt") and not s.pages), None)
    if failed is not None:
        return failed
    texts = [s.text.split(PAGE_BREAK) for s in shares]
    pages = max(s.pages or 0 for s in shares)
    text = tidy(
        "".join(
            (texts[i % len(shares)][i] if i < len(texts[i % len(shares)]) else "") + PAGE_BREAK
            for i in range(pages)
        )
    )
    lines = _in_page_order(line for s in shares for line in s.unread)
    others = tuple(line for line in lines if not _PAGE_LINE.match(line) and line not in _WHOLE)
    said = _in_page_order(line for s in shares for line in s.margins.splitlines())
    result = Extraction("pdf", text=text, margins="\n".join(said), pages=pages)
    if result.has_text:
        return replace(result, unread=tuple(line for line in lines if line not in _WHOLE))
    whole = next((line for line in _WHOLE if line in lines), None)
    if whole is not None and any(s.flag == "needs_ocr" for s in shares):
        error = "no text: the PDF holds only images"
        return replace(result, error=error, flag="needs_ocr", unread=(whole, *others))
    return replace(result, error="no text in the PDF", unread=others)


def without_drawing(content: bytes) -> bytes:
    """A content stream with its vector drawing taken out. A page of charts holds far more
    drawing than text, and pdfminer parses every operand in Python. Inline images carry
    raw bytes a pattern must not touch: a stream with one is left whole."""
    return _strip_drawing(content)[0]


def _strip_drawing(content: bytes) -> tuple[bytes, int]:
    """The stream without drawing, and how many drawing operators were taken out."""
    if _INLINE_IMAGE.search(content):
        return content, 0
    drawn = 0

    def keep(match: re.Match[bytes]) -> bytes:
        nonlocal drawn
        if match.group(1):
            return match.group(1)
        drawn += 1
        return b" "

    return _DRAWING.sub(keep, content), drawn


class _TextInterpreter(PDFPageInterpreter):
    """pdfminer's interpreter, given each page's (and form's) content without drawing."""

    def execute(self, streams: Sequence[object]) -> None:
        try:
            lean: list[object] = []
            for stream in streams:
                lean_stream, drawn = _lean(stream_value(stream))
                lean.append(lean_stream)
                if isinstance(self.device, _TextDevice):
                    self.device.drawing += drawn
        except Exception:  # a broken stream: pdfminer meets it and reports it as usual
            lean = list(streams)
        super().execute(lean)


def _lean(stream: PDFStream) -> tuple[PDFStream, int]:
    """The same stream (its object number kept, which pdfminer's loop guard needs)."""
    content, drawn = _strip_drawing(stream.get_data())
    lean = PDFStream({}, content)
    if stream.objid is not None:
        lean.set_objid(stream.objid, stream.genno or 0)
    return lean, drawn


def _unicode(font: Any, cid: int) -> str:
    try:
        return str(font.to_unichr(cid))
    except (PDFUnicodeNotDefined, KeyError, IndexError, ValueError):
        return ""


class _TextDevice(PDFTextDevice):
    """Keeps only the characters, with spaces and line ends guessed from their positions,
    and which pages show an image and (almost) no text."""

    def __init__(self, rsrcmgr: PDFResourceManager) -> None:
        super().__init__(rsrcmgr)
        self.parts: list[str] = []
        self.images = 0
        self.drawing = 0  # drawing operators taken out of the content
        self.scans: list[int] = []  # pages (from 1) that are images without a text layer
        self._end: tuple[float, float] | None = None  # where the last character ended
        self._page = 0
        self._page_start = 0  # where this page's characters start in `parts`
        self._page_area = 0.0
        self._covered = 0.0  # of this page's area, by images
        self._page_images = 0

    def begin_page(self, page: Any, ctm: Any) -> None:
        x0, y0, x1, y1 = (float(v) for v in page.mediabox)
        self._page_area = abs((x1 - x0) * (y1 - y0))

    def render_image(self, name: str, stream: Any) -> None:
        self.images += 1
        self._page_images += 1
        a, b, c, d, _e, _f = self.ctm or (0, 0, 0, 0, 0, 0)
        self._covered += abs(a * d - b * c)  # the image's unit square, as placed

    def render_string_horizontal(
        self,
        seq: Iterable[int | float | bytes],
        matrix: tuple[float, float, float, float, float, float],
        pos: tuple[float, float],
        font: Any,
        fontsize: float,
        scaling: float,
        charspace: float,
        wordspace: float,
        rise: float,
        dxscale: float,
        ncs: Any,
        graphicstate: Any,
    ) -> tuple[float, float]:
        """pdfminer's loop over a string's characters, with each character placed here
        rather than through a matrix and a call of its own: most pages are horizontal text,
        and this loop is where their time goes."""
        x, y = pos
        a, b, c, d, e, f = matrix
        size = max(abs(d), abs(b), 1e-3) * max(fontsize, 1.0)
        width = fontsize * scaling
        spaced = False
        for obj in seq:
            if isinstance(obj, int | float):
                x -= obj * dxscale
                spaced = True
            elif isinstance(obj, bytes):
                for cid in font.decode(obj):
                    if spaced:
                        x += charspace
                    adv = float(font.char_width(cid)) * width
                    at_x, at_y = x * a + y * c + e, x * b + y * d + f
                    self._put(_unicode(font, cid), at_x, at_y, size)
                    self._end = (at_x + a * adv, at_y + b * adv)
                    x += adv
                    if cid == 32 and wordspace:
                        x += wordspace
                    spaced = True
        return (x, y)

    def render_char(
        self,
        matrix: tuple[float, float, float, float, float, float],
        font: Any,
        fontsize: float,
        scaling: float,
        rise: float,
        cid: int,
        ncs: Any,
        graphicstate: Any,
    ) -> float:
        """Vertical text (the horizontal kind goes through the loop above)."""
        adv = float(font.char_width(cid)) * fontsize * scaling
        a, b, _c, d, x, y = matrix
        self._put(_unicode(font, cid), x, y, max(abs(d), abs(b), 1e-3) * max(fontsize, 1.0))
        self._end = (x + a * adv, y + b * adv)
        return adv

    def _put(self, char: str, x: float, y: float, size: float) -> None:
        """A character starting at (x, y), after a space or a line end when that is far from
        where the last one ended; the caller then records where this one ends."""
        if self._end is not None:
            end_x, end_y = self._end
            if abs(y - end_y) > size * 0.6:
                self.parts.append("\n")
            elif abs(x - end_x) > size * 0.2:
                self.parts.append(" ")
        self.parts.append(char)

    def end_page(self, page: object) -> None:
        self._page += 1
        if self._page_images and self._is_scan():
            self.scans.append(self._page)
        self.parts.append(PAGE_BREAK)
        self._end = None
        self._page_start = len(self.parts)
        self._page_images = 0
        self._covered = 0.0

    def _is_scan(self) -> bool:
        """An image and no text, or a stamp of text (a page number) over a large image."""
        chars = sum(c.isalnum() for part in self.parts[self._page_start :] for c in part)
        if chars == 0:
            return True
        return chars < SCAN_MAX_CHARS and self._covered >= SCAN_COVER * self._page_area > 0

    def text(self) -> str:
        return tidy("".join(self.parts))
