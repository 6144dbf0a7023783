"""The text of a PDF, read with pdfminer.six but without its layout analysis: a submission
is read for its words, not its columns, and the analysis doubles the time."""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from pdfminer.pdfdevice import PDFTextDevice
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdffont import PDFUnicodeNotDefined
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.pdftypes import PDFStream, stream_value
from pdfminer.psexceptions import PSException

from wgsubmit.extract import PAGE_BREAK, _reason, _tidy
from wgsubmit.records import Extraction

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


def read_pdf(data: bytes, part: int = 0, parts: int = 1) -> Extraction:
    """The text of every page; with `parts` > 1, only pages `part`, `part + parts`, …
    (the others left empty between their page breaks), so that workers can share a long
    document and `extract.combine_pages` join their texts."""
    device = _TextDevice(PDFResourceManager(caching=True))
    interpreter = _TextInterpreter(device.rsrcmgr, device)
    pages = 0
    try:
        for number, page in enumerate(
            PDFPage.get_pages(io.BytesIO(data), caching=True, check_extractable=False)
        ):
            if number % parts == part:
                interpreter.process_page(page)
            else:
                device.end_page(page)
            pages += 1
    except (PDFPasswordIncorrect, PDFEncryptionError):
        return Extraction("pdf", error="encrypted: the PDF needs a password", flag="encrypted")
    except (PDFSyntaxError, PSException, ValueError, KeyError, TypeError, AssertionError) as err:
        if not pages:
            return Extraction("pdf", error=f"corrupt PDF ({_reason(err)})", flag="corrupt")
        log.debug("PDF read only up to page %d: %s", pages, err)
    result = Extraction("pdf", text=device.text(), pages=pages)
    if not result.has_text:
        if pages and device.images:
            return replace(result, error="no text: the PDF holds only images", flag="needs_ocr")
        return replace(result, error="no text in the PDF")
    return result


def without_drawing(content: bytes) -> bytes:
    """A content stream with its vector drawing taken out. A page of charts holds far more
    drawing than text, and pdfminer parses every operand in Python. Inline images carry
    raw bytes a pattern must not touch: a stream with one is left whole."""
    if _INLINE_IMAGE.search(content):
        return content
    return _DRAWING.sub(lambda m: m.group(1) or b" ", content)


class _TextInterpreter(PDFPageInterpreter):
    """pdfminer's interpreter, given each page's (and form's) content without drawing."""

    def execute(self, streams: Sequence[object]) -> None:
        try:
            lean: Sequence[object] = [_lean(stream_value(s)) for s in streams]
        except Exception:  # a broken stream: pdfminer meets it and reports it as usual
            lean = streams
        super().execute(lean)


def _lean(stream: PDFStream) -> PDFStream:
    """The same stream (its object number kept, which pdfminer's loop guard needs)."""
    lean = PDFStream({}, without_drawing(stream.get_data()))
    if stream.objid is not None:
        lean.set_objid(stream.objid, stream.genno or 0)
    return lean


def _unicode(font: Any, cid: int) -> str:
    try:
        return str(font.to_unichr(cid))
    except (PDFUnicodeNotDefined, KeyError, IndexError, ValueError):
        return ""


class _TextDevice(PDFTextDevice):
    """Keeps only the characters, with spaces and line ends guessed from their positions."""

    def __init__(self, rsrcmgr: PDFResourceManager) -> None:
        super().__init__(rsrcmgr)
        self.parts: list[str] = []
        self.images = 0
        self._end: tuple[float, float] | None = None  # where the last character ended

    def render_image(self, name: str, stream: Any) -> None:
        self.images += 1

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
        self.parts.append(PAGE_BREAK)
        self._end = None

    def text(self) -> str:
        return _tidy("".join(self.parts))
