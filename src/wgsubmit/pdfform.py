"""A PDF's form fields (AcroForm), notes and stamps as lines of text.

What a submitter typed or ticked in a PDF form is kept in its fields, not in its pages'
text: "Publication: ☐ Yes ☒ No" is read from there. A field whose value cannot be told
becomes ⍰ with an `unread` line, never a guess. A note or a "Confidential" stamp put on a
page is an annotation, also outside the page's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdftypes import PDFObjRef, PDFStream, resolve1
from pdfminer.psparser import PSException, PSLiteral
from pdfminer.utils import decode_text

from wgsubmit.text import UNKNOWN, box

MAX_FIELDS = 2000  # a form has tens; a file with more is read this far and says so
MAX_DEPTH = 12  # fields within fields
_INHERITED = ("FT", "Ff", "V", "Opt")
MAX_NOTES = 200  # on one page
_NOT_NOTES = {"Widget", "Link", "Popup"}  # a form field's look, a link, a note's window
_RADIO = 1 << 15
_PUSHBUTTON = 1 << 16


@dataclass(frozen=True)
class FormText:
    """One line per field that holds something, and what could not be read."""

    lines: tuple[str, ...] = ()
    unread: tuple[str, ...] = ()


class _Undecodable(Exception):
    pass


def read_form(document: PDFDocument) -> FormText:
    """The lines of the document's form fields, in the form's order."""
    try:
        form = resolve1(document.catalog.get("AcroForm"))
        if not isinstance(form, dict):
            return FormText()
        fields = resolve1(form.get("Fields"))
        has_xfa = "XFA" in form
    except (PSException, ValueError, KeyError, TypeError) as err:
        return FormText(unread=(f"the PDF's form could not be read ({type(err).__name__})",))
    reader = _Fields()
    for ref in fields if isinstance(fields, list) else []:
        reader.visit(ref, "", {}, 0)
    if has_xfa and not reader.lines:
        reader.unread.append("an XFA form, whose values are not read")
    return FormText(tuple(reader.lines), tuple(dict.fromkeys(reader.unread)))


@dataclass
class _Fields:
    """The walk over a form's tree of fields, and what it found."""

    lines: list[str] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)
    seen: set[int] = field(default_factory=set)
    count: int = 0

    def visit(self, ref: Any, parent: str, inherited: dict[str, Any], depth: int) -> None:
        """A field and, for a field that groups others, the fields within it."""
        if isinstance(ref, PDFObjRef):
            if ref.objid in self.seen:
                return  # a loop in the form's tree
            self.seen.add(ref.objid)
        self.count += 1
        if depth > MAX_DEPTH or self.count > MAX_FIELDS:
            self.unread.append(f"form fields past the first {MAX_FIELDS} or nested too deeply")
            return
        try:
            node = resolve1(ref)
        except (PSException, ValueError, KeyError, TypeError):
            node = None
        if not isinstance(node, dict):
            self.unread.append("a form field could not be read")
            return
        name = _plain(node.get("T"))
        full = f"{parent}.{name}" if parent and name else parent or name
        values = inherited | {key: node[key] for key in _INHERITED if key in node}
        kids = resolve1(node.get("Kids"))
        kids = [(kid, resolve1(kid)) for kid in (kids if isinstance(kids, list) else [])]
        if any(isinstance(kid, dict) and "T" in kid for _, kid in kids):
            for ref, _ in kids:
                self.visit(ref, full, values, depth + 1)
            return
        label = _plain(node.get("TU")) or full or "unnamed"
        widgets = [kid for _, kid in kids if isinstance(kid, dict)] or [node]
        try:
            line = _line(label, values, widgets)
        except (_Undecodable, PSException, ValueError, KeyError, TypeError):
            line = f"{label}: {UNKNOWN}"
        if UNKNOWN in line:
            self.unread.append(f"form field '{label}' could not be read")
        if line:
            self.lines.append(line)


def read_notes(annotations: Any, page: int) -> FormText:
    """A page's notes and stamps: "note on page 2: …", "stamp on page 1: Confidential"."""
    lines: list[str] = []
    unread: list[str] = []
    try:
        items = resolve1(annotations)
    except (PSException, ValueError, KeyError, TypeError):
        items = None
        unread.append(f"the notes on page {page} could not be read")
    for ref in (items if isinstance(items, list) else [])[:MAX_NOTES]:
        try:
            line = _note(resolve1(ref), page)
        except (_Undecodable, PSException, ValueError, KeyError, TypeError):
            line = f"note on page {page}: {UNKNOWN}"
            unread.append(f"a note on page {page} could not be read")
        if line:
            lines.append(line)
    return FormText(tuple(lines), tuple(unread))


def _note(note: Any, page: int) -> str:
    kind = _name(resolve1(note.get("Subtype"))) if isinstance(note, dict) else ""
    if not kind or kind in _NOT_NOTES:
        return ""
    text = " ".join(_value(resolve1(note.get("Contents"))).split())
    if kind == "Stamp":
        # A stamp's name is its text when it has no other: /NotForPublicRelease.
        name = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", _name(resolve1(note.get("Name"))))
        return f"stamp on page {page}: {text or name}" if text or name else ""
    return f"note on page {page}: {text}" if text else ""


def _line(label: str, values: dict[str, Any], widgets: list[dict[str, Any]]) -> str:
    """One field as a line: "label: value", "☒ label", or "label: ☐ Yes ☒ No"."""
    kind = _name(resolve1(values.get("FT")))
    flags = resolve1(values.get("Ff"))
    flags = flags if isinstance(flags, int) else 0
    value = resolve1(values.get("V"))
    if kind == "Tx" or kind == "Ch":
        text = _value(value)
        return f"{label}: {text}" if text.strip() else ""
    if kind == "Btn":
        if flags & _PUSHBUTTON:
            return ""
        if flags & _RADIO or len(widgets) > 1:
            return _choice(label, value, widgets, resolve1(values.get("Opt")))
        return f"{_checkbox(value, widgets[0])} {label}"
    if kind == "Sig" or value is None:
        return ""
    raise _Undecodable(kind)


def _checkbox(value: Any, widget: dict[str, Any]) -> str:
    """☒ or ☐ from the field's value; ⍰ when its value and its look disagree."""
    chosen = None if value is None else _state(value)
    shown = _state(resolve1(widget.get("AS"))) if "AS" in widget else None
    if chosen is None and shown is None:
        return box(False)
    if chosen is not None and shown is not None and (chosen == "Off") != (shown == "Off"):
        return box(None)
    return box((chosen if chosen is not None else shown) != "Off")


def _choice(label: str, value: Any, widgets: list[dict[str, Any]], options: Any) -> str:
    """Radio buttons: each option with its mark, after the question."""
    chosen = None if value is None else _state(value)
    names = [_on_state(w) for w in widgets]
    if chosen is None:
        chosen = next((n for n, w in zip(names, widgets, strict=True) if _shown_on(w)), "Off")
    labels = names
    if isinstance(options, list) and len(options) == len(names):
        labels = [_value(resolve1(option)) for option in options]  # states named "0", "1"…
    marks = [f"{box(name == chosen)} {text}" for name, text in zip(names, labels, strict=True)]
    if chosen != "Off" and chosen not in names:
        marks.append(f"{box(True)} {chosen}")  # a value none of its buttons shows
    return f"{label}: {' '.join(marks)}"


def _on_state(widget: dict[str, Any]) -> str:
    """The name a widget's value takes when it is on (its appearance other than Off)."""
    appearances = resolve1(widget.get("AP"))
    normal = resolve1(appearances.get("N")) if isinstance(appearances, dict) else None
    names = [str(k) for k in normal if str(k) != "Off"] if isinstance(normal, dict) else []
    return names[0] if names else "On"


def _shown_on(widget: dict[str, Any]) -> bool:
    return "AS" in widget and _state(resolve1(widget.get("AS"))) != "Off"


def _state(value: Any) -> str:
    """A button's state: a PDF name (some writers use a string)."""
    if isinstance(value, PSLiteral):
        return _name(value)
    if isinstance(value, bytes):
        return decode_text(value)
    raise _Undecodable(type(value).__name__)


def _name(value: Any) -> str:
    if isinstance(value, PSLiteral):
        name = value.name
        return name.decode("utf-8", "replace") if isinstance(name, bytes) else str(name)
    return ""


def _value(value: Any) -> str:
    """A text or choice field's value as text."""
    if value is None:
        return ""
    if isinstance(value, bytes):
        return decode_text(value)
    if isinstance(value, PDFStream):
        return decode_text(value.get_data())
    if isinstance(value, PSLiteral):
        return _name(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, list):
        return ", ".join(_value(resolve1(item)) for item in value)
    raise _Undecodable(type(value).__name__)


def _plain(value: Any) -> str:
    """A field's name or tooltip as one line of text."""
    try:
        text = _value(resolve1(value))
    except _Undecodable:
        return ""
    return " ".join(text.split())
