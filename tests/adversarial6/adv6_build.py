"""Build the sixth adversarial collection: every case as an .eml file (with real PDF,
DOCX and ZIP attachments, Word and PDF form fields) and labels.json.

    .venv/bin/python tests/adversarial/collection.py build 6 OUT_DIR

The second collection's messages and documents, and what that collection lacks: Word
forms (legacy check boxes, content-control check boxes, symbol-font boxes), PDF forms
(AcroForm check boxes and text fields), an archive inside an archive, and threads whose
messages are received days apart and imported in an order of their own. Half of the
cases are frozen by a fixed hash of their id: never tune the rules on them."""

from __future__ import annotations

import copy
import datetime as dt
import io
import json
import zipfile
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from adv2_build import LATIN1, REQUEST, START, Case, Doc, docx_bytes, eml, pdf_bytes

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
DOCX_TYPE = "vnd.openxmlformats-officedocument.wordprocessingml.document"
# How each Word form writes a box, ticked and empty.
DOCX_FORMS = ("docx-legacy", "docx-sdt", "docx-glyph", "docx-wingdings")
PDF_FORMS = ("pdf-check", "pdf-text")


@dataclass
class Box:
    """A form's answer: a check box with its label, or a text field with its value."""

    label: str
    ticked: bool = False
    value: str = ""  # a text field's value (pdf-text); empty for a check box


@dataclass
class FormDoc(Doc):
    """A document whose last page ends with form fields of one `style`."""

    style: str = "docx-legacy"
    boxes: list[Box] = field(default_factory=list)


@dataclass
class ZipDoc(Doc):
    """`inner` (a document) inside an archive named `through`, inside this archive."""

    through: str = "annexes.zip"
    inner: Doc | None = None


@dataclass
class Thread(Case):
    """A case of several messages: days after the first each was received, the order in
    which the files are imported (indices of `mails`), and a label for each later
    message that is a submission in its own right ("N" when it is not)."""

    received: list[float] = field(default_factory=list)
    order: list[int] = field(default_factory=list)
    later_labels: list[str] = field(default_factory=list)
    superseded: bool = False  # the labelled submission is replaced by a later one


# -- Word forms --------------------------------------------------------------------------


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{_escape(text)}</w:t></w:r>'


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _box_xml(style: str, box: Box, n: int) -> str:
    label = _run(" " + box.label)
    if style == "docx-legacy":
        state = '<w:default w:val="0"/><w:checked/>' if box.ticked else '<w:default w:val="0"/>'
        return (
            f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check{n}"/>'
            f'<w:enabled/><w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/>{state}'
            "</w:checkBox></w:ffData></w:fldChar></w:r>"
            '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r><w:fldChar w:fldCharType="end"/></w:r>{label}'
        )
    if style == "docx-sdt":
        glyph = "\u2612" if box.ticked else "\u2610"
        return (
            f'<w:sdt><w:sdtPr><w:id w:val="{1000 + n}"/><w14:checkbox>'
            f'<w14:checked w14:val="{int(box.ticked)}"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
            '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
            "</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr>"
            '<w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/>'
            f"</w:rPr><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>{label}"
        )
    if style == "docx-glyph":
        return _run(("\u2612" if box.ticked else "\u2610") + " " + box.label)
    # Wingdings: F0FE a box with a tick, F0A8 an empty box.
    char = "F0FE" if box.ticked else "F0A8"
    return f'<w:r><w:sym w:font="Wingdings" w:char="{char}"/></w:r>{label}'


def form_docx_bytes(doc: FormDoc) -> bytes:
    """A Word file: `docx_bytes`'s pages, then one paragraph a box, in the form's style."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document(io.BytesIO(docx_bytes(doc)))
    body = document.element.body
    for n, box in enumerate(doc.boxes):
        xml = f'<w:p xmlns:w="{W}" xmlns:w14="{W14}">{_box_xml(doc.style, box, n + 1)}</w:p>'
        body.insert(len(body) - 1, parse_xml(xml))  # before the section properties
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# -- PDF forms ---------------------------------------------------------------------------


def form_pdf_bytes(doc: FormDoc) -> bytes:
    """`pdf_bytes`'s pages, a last page with each box's label, and an AcroForm field
    beside each label: a check box (/Yes or /Off) or a text field holding its value."""
    from fpdf import FPDF

    paper = FPDF()
    paper.set_creation_date(dt.datetime(2020, 3, 1, tzinfo=dt.UTC))
    paper.add_page()
    paper.set_font("helvetica", size=11)
    places = []
    for box in doc.boxes:
        places.append(paper.get_y())
        paper.set_x(30)
        paper.multi_cell(0, 7, box.label.translate(LATIN1))
        paper.ln(2)
    form_page = bytes(paper.output())
    return _with_fields(pdf_bytes(doc), form_page, doc.boxes, places)


def _with_fields(main: bytes, form_page: bytes, boxes: list[Box], places: list[float]) -> bytes:
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String

    pdf = pikepdf.open(io.BytesIO(main))
    extra = pikepdf.open(io.BytesIO(form_page))
    pdf.pages.append(extra.pages[0])
    page = pdf.pages[-1]
    fields = []
    for n, (box, top) in enumerate(zip(boxes, places, strict=True)):
        y = (297 - top) * 72 / 25.4
        common = {
            "Type": Name.Annot,
            "Subtype": Name.Widget,
            "F": 4,
            "P": page.obj,
            "T": String(f"field{n + 1}"),
            "TU": String(box.label),
        }
        if box.value:
            rect = Array([300, y - 18, 420, y - 2])
            spec = Dictionary(
                FT=Name.Tx, V=String(box.value), DA=String("/Helv 10 Tf 0 g"), Rect=rect, **common
            )
        else:
            state = Name.Yes if box.ticked else Name.Off
            on = pdf.make_stream(b"q 0 g BT /ZaDb 10 Tf 1 2 Td (4) Tj ET Q")
            off = pdf.make_stream(b"")
            rect = Array([40, y - 16, 52, y - 4])
            spec = Dictionary(
                FT=Name.Btn,
                V=state,
                AS=state,
                Rect=rect,
                AP=Dictionary(N=Dictionary(Yes=on, Off=off)),
                **common,
            )
        fields.append(pdf.make_indirect(spec))
    page.obj.Annots = pdf.make_indirect(Array(fields))
    pdf.Root.AcroForm = pdf.make_indirect(
        Dictionary(Fields=Array(fields), NeedAppearances=True, DA=String("/Helv 0 Tf 0 g"))
    )
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


# -- attachments and messages ------------------------------------------------------------


def doc_bytes(doc: Doc) -> tuple[bytes, str]:
    """A document's bytes and its MIME subtype."""
    if isinstance(doc, FormDoc):
        if doc.style in PDF_FORMS:
            return form_pdf_bytes(doc), "pdf"
        return form_docx_bytes(doc), DOCX_TYPE
    if isinstance(doc, ZipDoc):
        assert doc.inner is not None
        data, _ = doc_bytes(doc.inner)
        inside = io.BytesIO()
        with zipfile.ZipFile(inside, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(doc.inner.name, data)
        outer = io.BytesIO()
        with zipfile.ZipFile(outer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(doc.through, inside.getvalue())
        return outer.getvalue(), "zip"
    if doc.kind == "pdf":
        return pdf_bytes(doc), "pdf"
    return docx_bytes(doc), DOCX_TYPE


def eml6(mail: Any, case_id: str, n: int, when: dt.datetime) -> EmailMessage:
    """The second collection's message, with this collection's documents attached."""
    plain = copy.copy(mail)
    plain.docs = []
    message = eml(plain, case_id, n, when)
    for doc in mail.docs:
        data, subtype = doc_bytes(doc)
        message.add_attachment(data, maintype="application", subtype=subtype, filename=doc.name)
    return message


def _label(case: Case, n: int, name: str) -> dict[str, Any]:
    thread = case if isinstance(case, Thread) else None
    label = case.label if n == 0 else (thread.later_labels[n - 1] if thread else "N")
    later = n > 0 and label == "N"
    return {
        "id": case.id if n == 0 else f"{case.id}.{n}",
        "category": "later_message" if later else case.category,
        "message_id": f"<{case.id}.{n}@adv2.example>",
        "file": name,
        "half": case.half,
        "submission": label != "N",
        "request": REQUEST.get(label, "silent"),
        "label": label,
        "anonymous": label == "A",
        "author_names": case.author_names if label == "A" else [],
        "on_time": True,
        "superseded": bool(thread and thread.superseded and n == 0),
        "note": case.note if n == 0 else f"message {n + 1} of {case.id}",
    }


def write(out: Path, cases: list[Case]) -> list[dict[str, Any]]:
    """Write the cases to OUT/messages/*.eml and OUT/labels.json; return the labels. A
    message's file name starts with its case's id and then a letter for its place in the
    import order, so a thread can be imported in another order than it was received."""
    folder = out / "messages"
    folder.mkdir(parents=True, exist_ok=True)
    labels = []
    for number, case in enumerate(cases):
        when = START + dt.timedelta(hours=number)
        thread = case if isinstance(case, Thread) else None
        days = thread.received if thread else [3.0 * n for n in range(len(case.mails))]
        order = thread.order if thread and thread.order else list(range(len(case.mails)))
        for n, mail in enumerate(case.mails):
            message = eml6(mail, case.id, n, when + dt.timedelta(days=days[n]))
            name = f"{case.id}-{'abcdef'[order.index(n)]}{n}.eml"
            (folder / name).write_bytes(message.as_bytes())
            labels.append(_label(case, n, name))
    (out / "labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), "utf-8")
    return labels


def build(out: Path) -> list[dict[str, Any]]:
    """Write OUT/messages/*.eml and OUT/labels.json; return the labels."""
    from adv6_cases import all_cases

    return write(out, all_cases())
