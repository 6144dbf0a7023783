"""Attachments as real files: PDF (text, scanned, encrypted, with form fields or active
content), DOCX (paragraphs, tables, the three kinds of check box), zip, a broken .doc.

Every builder is deterministic: fixed dates, fixed ids, fixed zip times, so the collection
is the same bytes on every run and on every machine.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import textwrap
import zipfile

import pikepdf
from adv_model import Box, Doc
from docx import Document
from docx.oxml import parse_xml
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

FIXED = dt.datetime(2020, 3, 1, 9, 0, tzinfo=dt.UTC)
ZIP_TIME = (2020, 3, 1, 9, 0, 0)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
# The PDF core fonts hold Latin-1 only: typographic marks become their plain forms.
PLAIN = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "..."})


def build(doc: Doc) -> bytes:
    """The bytes of one attachment."""
    makers = {"pdf": pdf_bytes, "docx": docx_bytes, "zip": zip_bytes, "doc": doc_bytes}
    if doc.kind in makers:
        return makers[doc.kind](doc)
    if doc.kind == "png":
        return png_bytes("\n".join(doc.pages) or doc.name)
    return "\n\n".join(doc.pages).encode("utf-8")


def latin(text: str) -> str:
    return text.translate(PLAIN).replace("œ", "oe").encode("latin-1", "replace").decode("latin-1")


class _Pdf(FPDF):
    """A page with an optional running header and footer, as word processors print them."""

    def __init__(self, head: str, foot: str) -> None:
        super().__init__(format="A4")
        self.head, self.foot = latin(head), latin(foot)

    def header(self) -> None:
        if self.head:
            self.set_font("Helvetica", size=8)
            self.cell(0, 6, self.head, align="C")
            self.ln(10)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", size=8)
        self.cell(0, 6, f"{self.foot}   {self.page_no()}" if self.foot else str(self.page_no()))


def pdf_bytes(doc: Doc) -> bytes:
    if doc.scan:
        data = _scan_pdf(doc)
    else:
        pdf = _Pdf(doc.header, doc.footer)
        pdf.set_creation_date(FIXED)
        if doc.author:
            pdf.set_author(latin(doc.author))
        if doc.title:
            pdf.set_title(latin(doc.title))
        for page in doc.pages:
            pdf.add_page()
            pdf.set_font("Helvetica", size=11)
            pdf.multi_cell(0, 6, latin(page))
        data = bytes(pdf.output())
    if doc.fields or doc.active or doc.encrypt or doc.author:
        data = _finish_pdf(data, doc)
    return data


def _scan_pdf(doc: Doc) -> bytes:
    """Pages that are pictures only, as a photocopier makes them: no text layer at all."""
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED)
    for text in doc.pages:
        pdf.add_page()
        pdf.image(io.BytesIO(png_bytes(text, size=(1240, 1754))), x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


def png_bytes(text: str, size: tuple[int, int] = (600, 200)) -> bytes:
    image = Image.new("L", size, color=250)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=26)
    y = 60
    for paragraph in text.split("\n"):
        for line in textwrap.wrap(paragraph, 70) or [""]:
            draw.text((80, y), line, fill=20, font=font)
            y += 36
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=False)
    return out.getvalue()


def _finish_pdf(data: bytes, doc: Doc) -> bytes:
    pdf = pikepdf.open(io.BytesIO(data))
    if doc.author:
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
            meta["dc:creator"] = [doc.author]
    if doc.fields:
        _add_fields(pdf, doc.fields)
    for kind in filter(None, doc.active.split(",")):
        _add_active(pdf, kind)
    out = io.BytesIO()
    if doc.encrypt:
        lock = pikepdf.Encryption(
            user="frontera2020", owner="owner2020", R=4, aes=False, metadata=False
        )
        pdf.save(out, encryption=lock, static_id=True)
    else:
        pdf.save(out, static_id=True)
    return out.getvalue()


def _add_fields(pdf: pikepdf.Pdf, fields: tuple[tuple[str, str], ...]) -> None:
    """AcroForm fields on the first page: a value starting with '/' is a check box state."""
    page = pdf.pages[0].obj
    widgets = pikepdf.Array()
    for n, (name, value) in enumerate(fields):
        y = 640 - 28 * n
        common = {
            "/Type": pikepdf.Name.Annot,
            "/Subtype": pikepdf.Name.Widget,
            "/T": pikepdf.String(name),
            "/F": 4,
            "/P": page,
        }
        if value.startswith("/"):
            box = pdf.make_stream(b"0 g 1 1 10 10 re f")
            empty = pdf.make_stream(b"0 G 1 1 10 10 re S")
            own = {
                "/FT": pikepdf.Name.Btn,
                "/V": pikepdf.Name(value),
                "/AS": pikepdf.Name(value),
                "/Rect": [400, y, 412, y + 12],
                "/AP": pikepdf.Dictionary(N=pikepdf.Dictionary(Yes=box, Off=empty)),
            }
        else:
            own = {
                "/FT": pikepdf.Name.Tx,
                "/V": pikepdf.String(value),
                "/Rect": [300, y, 540, y + 16],
                "/DA": pikepdf.String("/Helv 10 Tf 0 g"),
            }
        widgets.append(pdf.make_indirect(pikepdf.Dictionary(common | own)))
    page.Annots = widgets
    helv = pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica
    )
    pdf.Root.AcroForm = pikepdf.Dictionary(
        Fields=widgets, NeedAppearances=True, DR=pikepdf.Dictionary(Font={"/Helv": helv})
    )


def _add_active(pdf: pikepdf.Pdf, kind: str) -> None:
    """The active content a malicious or careless sender leaves in a PDF."""
    script = pikepdf.String("app.alert('Loading submission...'); this.submitForm('http://x');")
    if kind == "openaction":
        pdf.Root.OpenAction = pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=script)
    elif kind == "js":
        action = pdf.make_indirect(pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=script))
        tree = pikepdf.Dictionary(Names=[pikepdf.String("init"), action])
        pdf.Root.Names = pikepdf.Dictionary(JavaScript=tree)
    elif kind == "launch":
        launch = pikepdf.Dictionary(
            S=pikepdf.Name.Launch, F=pikepdf.String("cmd.exe"), NewWindow=True
        )
        link = pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=[72, 72, 300, 90], A=launch
        )
        page = pdf.pages[0].obj
        annots = page.get("/Annots", pikepdf.Array())
        annots.append(pdf.make_indirect(link))
        page.Annots = annots
    elif kind == "embedded":
        spec = pikepdf.AttachedFileSpec(
            pdf,
            b"MZ\x90\x00 not really a program",
            filename="annex_viewer.exe",
            mime_type="application/octet-stream",
            creation_date="D:20200301090000Z",
            mod_date="D:20200301090000Z",
        )
        pdf.attachments["annex_viewer.exe"] = spec
    else:
        raise ValueError(kind)


def docx_bytes(doc: Doc) -> bytes:
    """pages[0], then the label|value table, then the check boxes, then pages[1:]."""
    document = Document()
    props = document.core_properties
    props.author = doc.author
    props.last_modified_by = doc.author
    props.title = doc.title
    props.comments = ""
    props.created = props.modified = FIXED.replace(tzinfo=None)
    section = document.sections[0]
    if doc.header:
        section.header.paragraphs[0].text = doc.header
    if doc.footer:
        section.footer.paragraphs[0].text = doc.footer
    pages = doc.pages or ("",)
    _paragraphs(document, pages[0])
    if doc.table:
        table = document.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        for label, value in doc.table:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = label, value
    for n, box in enumerate(doc.boxes):
        paragraph = document.add_paragraph()
        paragraph._p.append(parse_xml(_box_xml(box, n)))
        paragraph.add_run(" " + box.label)
    for page in pages[1:]:
        _paragraphs(document, page)
    out = io.BytesIO()
    document.save(out)
    return _fixed_zip(out.getvalue())


def _paragraphs(document: object, text: str) -> None:
    for chunk in text.split("\n\n"):
        if chunk.strip():
            document.add_paragraph(chunk.strip())  # type: ignore[attr-defined]


def _box_xml(box: Box, n: int) -> str:
    if box.style == "legacy":
        ticked = "<w:checked/>" if box.checked else ""
        return (
            f'<w:r xmlns:w="{W_NS}"><w:fldChar w:fldCharType="begin"><w:ffData>'
            f'<w:name w:val="Check{n + 1}"/><w:enabled/><w:calcOnExit w:val="0"/>'
            f'<w:checkBox><w:sizeAuto/><w:default w:val="0"/>{ticked}</w:checkBox>'
            "</w:ffData></w:fldChar>"
            '<w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText>'
            '<w:fldChar w:fldCharType="end"/></w:r>'
        )
    if box.style == "sdt":
        state, glyph = ("1", "☒") if box.checked else ("0", "☐")
        font = 'w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"'
        return (
            f'<w:sdt xmlns:w="{W_NS}" xmlns:w14="{W14_NS}"><w:sdtPr>'
            f'<w14:checkbox><w14:checked w14:val="{state}"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
            '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>'
            f"</w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts {font}/></w:rPr>"
            f"<w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>"
        )
    if box.style == "glyph":
        char = "F0FE" if box.checked else "F0A8"
        return f'<w:r xmlns:w="{W_NS}"><w:sym w:font="Wingdings" w:char="{char}"/></w:r>'
    raise ValueError(box.style)


def _fixed_zip(data: bytes) -> bytes:
    """The same archive with fixed member times (python-docx stamps the current time)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def zip_bytes(doc: Doc) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for member in doc.members:
            info = zipfile.ZipInfo(member.name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, build(member))
    return out.getvalue()


def doc_bytes(doc: Doc) -> bytes:
    """An old Word file that starts like one and then is not: damaged in transit."""
    seed = hashlib.sha256(doc.name.encode()).digest()
    noise = b"".join(hashlib.sha256(seed + bytes([i % 256, i // 256])).digest() for i in range(192))
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00" + noise
