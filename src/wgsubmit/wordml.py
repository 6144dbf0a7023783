"""Word documents (.docx, also Strict OOXML, templates and macro-enabled files).

python-docx opens the package and hands over its parts; the text is read from its element
tree, because python-docx's paragraph text leaves out the places a publication request sits
in forms: content controls, form fields, check boxes, text boxes and tracked insertions.
Every check box becomes ☒, ☐ or ⍰ in the text at its place, before its label.
"""

from __future__ import annotations

import io
import re
import tomllib
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from typing import Any

from wgsubmit.records import Extraction
from wgsubmit.text import TICKED, UNKNOWN, UNTICKED, box, label_after, reason, tidy, unclear_box

# Parts of a Word package, by content type: the body, and what is read as its margins.
_MAIN = re.compile(r"(wordprocessingml\.(document|template)|ms-word\.[\w.]+)\.main\+xml$")
_MARGINS = re.compile(r"wordprocessingml\.(header|footer|footnotes|endnotes)\+xml$")
_MARGIN_ORDER = ("header", "footnotes", "footer", "endnotes")  # as on a page, then the end

# Marks the walk leaves in the text, settled once the text after each is known.
_SYMBOL = "\ue000"  # a symbol-font character not known: a box if a yes/no label follows
_UNREAD_BOX = "\ue001"  # a box whose state could not be read
_MARKS = re.compile(f"[{_SYMBOL}{_UNREAD_BOX}]")

_SPACE = {"tab", "br", "cr", "ptab"}
# No text to read: properties, a text box's copy for old readers, field codes, deletions.
_SKIP = {
    "Fallback",
    "instrText",
    "delText",
    "del",
    "moveFrom",
    "pPr",
    "rPr",
    "sectPr",
    "tblPr",
    "tblGrid",
    "trPr",
    "tcPr",
    "sdtPr",
    "sdtEndPr",
}
_WRAPPERS = {"sdt", "sdtContent", "customXml", "ins", "moveTo"}  # around a row or a cell
_ON = {"1", "true", "on"}
_OFF = {"0", "false", "off"}


def read_docx(data: bytes) -> Extraction:
    """Body, tables and text boxes in document order; headers, footers, footnotes and
    endnotes apart, as margins."""
    from docx.opc.exceptions import OpcError

    try:
        main, margins = _parts(data)
    except (OpcError, zipfile.BadZipFile, KeyError, ValueError, OSError, SyntaxError) as err:
        return Extraction(
            "docx",
            error=f"corrupt Word document ({reason(err)})",
            flag="corrupt",
            unread=("corrupt Word document: not read",),
        )
    body, side = _Story(), _Story()
    body.blocks(main)
    for part in margins:
        side.blocks(part)
    text, text_unread = _settle("\n".join(body.lines))
    margin_text, margin_unread = _settle("\n".join(side.lines))
    unread = body.unread + text_unread + side.unread + margin_unread
    result = Extraction("docx", text=text, margins=margin_text, unread=tuple(dict.fromkeys(unread)))
    if result.has_text:
        return result
    if body.images:
        return replace(
            result,
            error="no text: the document holds only images",
            flag="needs_ocr",
            unread=(*result.unread, "the document holds only images (a scan?)"),
        )
    return replace(result, error="no text in the document")


def _parts(data: bytes) -> tuple[Any, list[Any]]:
    """The body's element tree and the margins' (headers, footers, notes)."""
    from docx.oxml.parser import parse_xml
    from docx.package import Package

    main = None
    margins = []
    for part in Package.open(io.BytesIO(data)).iter_parts():
        margin = _MARGINS.search(part.content_type)
        if main is None and _MAIN.search(part.content_type):
            main = part
        elif margin is not None:
            margins.append((_MARGIN_ORDER.index(margin[1]), str(part.partname), part))
    if main is None:
        raise ValueError("no document part in the package")

    def tree(part: Any) -> Any:
        element = getattr(part, "element", None)
        return element if element is not None else parse_xml(part.blob)

    return tree(main), [tree(part) for _, _, part in sorted(margins, key=lambda m: m[:2])]


def _settle(text: str) -> tuple[str, list[str]]:
    """The text with the walk's marks settled: a box that could not be read becomes ⍰ with
    an `unread` line; so does an unknown symbol before a yes/no label, else it is left out
    (an ornament)."""
    out: list[str] = []
    unread: list[str] = []
    last = 0
    for mark in _MARKS.finditer(text):
        out.append(text[last : mark.start()])
        last = mark.end()
        if mark.group() == _UNREAD_BOX or _before_choice(text[last : last + 200]):
            out.append(f" {UNKNOWN} ")
            unread.append(unclear_box(_MARKS.sub("", label_after(text, last))))
    out.append(text[last:])
    return tidy("".join(out)), unread


def _before_choice(after: str) -> bool:
    label = _MARKS.sub("", after).lstrip(" |\u00a0\t")
    return any(p.match(label) for p in _symbols().choice)


@dataclass
class _Story:
    """The lines of one part (the body, a header, the footnotes) as the walk finds them."""

    lines: list[str] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)
    images: int = 0

    def blocks(self, element: Any) -> None:
        for child in _children(element):
            local = _local(child)
            if local == "p":
                self.paragraph(child)
            elif local == "tbl":
                self.table(child)
            elif local not in _SKIP:
                self.blocks(child)

    def paragraph(self, element: Any) -> None:
        """A paragraph's text on a line; a text box it anchors on lines after it."""
        parts: list[str] = []
        nested: list[Any] = []
        self.inline(element, parts, nested, None)
        self.lines.append("".join(parts))
        for inner in nested:
            if _local(inner) == "p":
                self.paragraph(inner)
            elif _local(inner) == "tbl":
                self.table(inner)
            else:
                self.blocks(inner)

    def inline(self, element: Any, parts: list[str], nested: list[Any], font: str | None) -> None:
        for child in _children(element):
            local = _local(child)
            if local == "t":
                parts.append(_in_font(child.text or "", font))
            elif local in _SPACE:
                parts.append(" ")
            elif local == "noBreakHyphen":
                parts.append("-")
            elif local == "r":
                self.inline(child, parts, nested, _run_font(child))
            elif local == "sym":
                parts.append(_symbol(child))
            elif local == "fldChar":
                parts.append(self.form_field(child))
            elif local == "sdt":
                self.control(child, parts, nested, font)
            elif local in ("p", "tbl", "txbxContent"):
                nested.append(child)
            elif local in ("blip", "imagedata"):
                self.images += 1
            elif local not in _SKIP:
                self.inline(child, parts, nested, font)

    def table(self, element: Any) -> None:
        """A row on a line, its cells joined by " | ": a "label | value" row stays together."""
        for row in _within(element, "tr"):
            cells = [self.cell(cell) for cell in _within(row, "tc")]
            line = " | ".join(cell for cell in cells if cell)
            if line:
                self.lines.append(line)

    def cell(self, element: Any) -> str:
        inner = _Story()
        inner.blocks(element)
        self.unread.extend(inner.unread)
        self.images += inner.images
        return " ".join(" ".join(line.split()) for line in inner.lines if line.strip())

    def form_field(self, element: Any) -> str:
        """A legacy form field's check box or drop-down (a text field's typed text follows
        as the field's result)."""
        data = _child(element, "ffData")
        if data is None or _attr(element, "fldCharType") != "begin":
            return ""
        checkbox = _child(data, "checkBox")
        if checkbox is not None:
            state = _checkbox_state(checkbox)
            return f" {_UNREAD_BOX if state is None else box(state)} "
        choices = _child(data, "ddList")
        return "" if choices is None else self.dropdown(data, choices)

    def dropdown(self, data: Any, choices: Any) -> str:
        entries = [_attr(e, "val") or "" for e in _children(choices) if _local(e) == "listEntry"]
        chosen = _child(choices, "result")
        if chosen is None:
            chosen = _child(choices, "default")
        value = "0" if chosen is None else (_attr(chosen, "val") or "")
        if not entries:
            return ""
        if value.isdigit() and int(value) < len(entries):
            return entries[int(value)]
        name = _attr(_child(data, "name"), "val") or "a drop-down list"
        self.unread.append(f"form field '{name}' could not be read")
        return f" {UNKNOWN} "

    def control(self, element: Any, parts: list[str], nested: list[Any], font: str | None) -> None:
        """A content control; a check box one becomes its mark, without the glyph it shows."""
        props = _child(element, "sdtPr")
        content = _child(element, "sdtContent")
        checkbox = None if props is None else _child(props, "checkbox")
        if checkbox is None:
            if content is not None:
                self.inline(content, parts, nested, font)
            return
        checked = _child(checkbox, "checked")
        state = False if checked is None else _on_off(checked)
        shown: list[str] = []
        if content is not None:
            self.inline(content, shown, nested, font)
        glyphs = {TICKED, UNTICKED, "☑", _SYMBOL, _UNREAD_BOX} | _state_glyphs(checkbox)
        rest = "".join(c for c in "".join(shown) if c not in glyphs)
        parts.append(f" {_UNREAD_BOX if state is None else box(state)} {rest}")


def _checkbox_state(checkbox: Any) -> bool | None:
    """A legacy check box: its `checked` if set, else its `default`, else not ticked."""
    for name in ("checked", "default"):
        element = _child(checkbox, name)
        if element is not None:
            return _on_off(element)
    return False


def _on_off(element: Any) -> bool | None:
    """An on/off property (no value means on); None for a value that is neither."""
    value = _attr(element, "val")
    if value is None:
        return True
    value = value.strip().lower()
    return True if value in _ON else False if value in _OFF else None


def _state_glyphs(checkbox: Any) -> set[str]:
    """The characters a check box content control shows for its two states."""
    glyphs = set()
    for name in ("checkedState", "uncheckedState"):
        state = _child(checkbox, name)
        value = _attr(state, "val") if state is not None else None
        try:
            glyph = chr(int(value or "", 16))
        except (ValueError, OverflowError):
            continue
        if not glyph.isalnum():
            glyphs.add(glyph)
    return glyphs


def _symbol(element: Any) -> str:
    """A w:sym: a character of a symbol font, or (another font) a Unicode character."""
    font = _attr(element, "font") or ""
    try:
        character = chr(int(_attr(element, "char") or "", 16))
    except (ValueError, OverflowError):
        return _SYMBOL
    if _font_key(font) in _symbols().fonts:
        return _in_font(character, font)
    return _SYMBOL if 0xE000 <= ord(character) <= 0xF8FF else character


def _in_font(text: str, font: str | None) -> str:
    """Text as it shows in its font: in a symbol font, boxes and marks become ☐ and ☒,
    other symbols a mark settled later, spaces and known bullets what they are."""
    table = _symbols().fonts.get(_font_key(font)) if font else None
    if table is None:
        return text
    shown = []
    for character in text:
        code = ord(character)
        code = code - 0xF000 if 0xF000 <= code <= 0xF0FF else code
        shown.append(table.get(code, _SYMBOL))
    return "".join(shown)


def _run_font(run: Any) -> str | None:
    props = _child(run, "rPr")
    fonts = None if props is None else _child(props, "rFonts")
    if fonts is None:
        return None
    return _attr(fonts, "ascii") or _attr(fonts, "hAnsi") or _attr(fonts, "cs")


@dataclass(frozen=True)
class _Symbols:
    fonts: dict[str, dict[int, str]]  # font (lowercase, no spaces) -> code -> what it shows
    choice: tuple[re.Pattern[str], ...]


@cache
def _symbols() -> _Symbols:
    data = tomllib.loads(
        resources.files("wgsubmit.data").joinpath("checkboxes.toml").read_text("utf-8")
    )
    fonts: dict[str, dict[int, str]] = {}
    for name, codes in data["fonts"].items():
        table = {code: "" for code in codes["plain"]}
        table.update({code: f" {UNTICKED} " for code in codes["unticked"]})
        table.update({code: f" {TICKED} " for code in codes["ticked"]})
        table[0x20] = " "
        fonts[_font_key(name)] = table
    choice = tuple(re.compile(p, re.IGNORECASE) for p in data["choice"]["labels"])
    return _Symbols(fonts, choice)


def _font_key(font: str | None) -> str:
    return "".join((font or "").lower().split())


# --- the element tree, whatever the namespace (transitional or Strict OOXML) ---


def _local(element: Any) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(element: Any) -> Iterator[Any]:
    return (child for child in element if isinstance(child.tag, str))


def _child(element: Any, name: str) -> Any:
    return next((c for c in _children(element) if _local(c) == name), None)


def _within(element: Any, name: str) -> Iterator[Any]:
    """The `name` children of an element, also inside content controls and insertions."""
    for child in _children(element):
        local = _local(child)
        if local == name:
            yield child
        elif local in _WRAPPERS:
            yield from _within(child, name)


def _attr(element: Any, name: str) -> str | None:
    if element is None:
        return None
    for key, value in element.attrib.items():
        if key.rsplit("}", 1)[-1] == name:
            return str(value)
    return None
