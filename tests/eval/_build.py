"""Building blocks for make_eval.py: documents (PDF, DOCX, ODT, …), messages, labels.

Everything here is deterministic: fixed dates, fixed MIME boundaries, fixed zip timestamps.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import random
import re
import textwrap
import zipfile
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from typing import Any

import docx
from docx.shared import Pt
from fpdf import FPDF

# The submitter types the labels use (SPEC's), short for the catalogues.
CS, AC, PS, IND, IO, NHRI, MS, OBS, OTH = (
    "civil_society",
    "academic",
    "private_sector",
    "individual",
    "international_org",
    "nhri",
    "member_state",
    "observer_state",
    "other",
)
WG = "wg-mercenaries@ohchr.example"
WG_NAME = "WG Mercenaries (OHCHR)"
UTC = dt.UTC
FIXED = dt.datetime(2020, 3, 1, 9, 30, tzinfo=UTC)
DEADLINE_UTC = dt.datetime(2020, 3, 17, 23, 0, tzinfo=UTC)

TITLE = {
    "en": "Input to the call of the Working Group on the use of mercenaries: the role of "
    "private military and security companies in immigration and border management",
    "fr": "Contribution à l'appel du Groupe de travail sur l'utilisation de mercenaires : le "
    "rôle des sociétés militaires et de sécurité privées dans la gestion de l'immigration "
    "et des frontières",
    "es": "Contribución a la convocatoria del Grupo de Trabajo sobre la utilización de "
    "mercenarios: el papel de las empresas militares y de seguridad privadas en la gestión "
    "de la inmigración y las fronteras",
}

CALL_SUBJECT = (
    "Call for inputs: The role of private military and security companies in immigration "
    "and border management"
)


def T(text: str) -> str:
    """A hand-wrapped block of text: dedented, no leading blank line, one final newline."""
    return textwrap.dedent(text).strip("\n") + "\n"


def P(text: str) -> str:
    """A paragraph written over several source lines: whitespace collapsed."""
    return " ".join(text.split())


def letters(text: str) -> int:
    return sum(1 for ch in text if ch.isalpha())


def seed_of(name: str) -> int:
    return int(hashlib.sha256(name.encode()).hexdigest()[:8], 16)


# ---------------------------------------------------------------- documents


@dataclass
class Att:
    filename: str
    data: bytes
    maintype: str
    subtype: str
    text: str | None  # text a reader should extract (None: no extractable text)
    lang: str | None
    inline: bool = False
    cid: str | None = None


_PDF_SUBST = {
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "–": "-",
    "—": "-",
    "…": "...",
    "•": "-",
    "☐": "[ ]",
    "☒": "[X]",
    "œ": "oe",
    "Œ": "OE",
}


def latin1(text: str) -> str:
    for a, b in _PDF_SUBST.items():
        text = text.replace(a, b)
    text.encode("latin-1")  # core PDF fonts: fail loudly rather than write garbage
    return text


class _Pdf(FPDF):
    head: str | None = None
    foot: str | None = None

    def header(self) -> None:
        if self.head:
            self.set_font("Helvetica", "B", 9)
            self.cell(0, 6, latin1(self.head), align="C")
            self.ln(10)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", "I", 8)
        line = f"{self.foot} - " if self.foot else ""
        self.cell(0, 8, latin1(f"{line}{self.page_no()}"), align="C")


def pdf_bytes(
    paragraphs: list[str],
    *,
    title: str | None = None,
    header: str | None = None,
    footer: str | None = None,
    breaks: tuple[int, ...] = (),
) -> bytes:
    """A text PDF (core fonts). A page break goes before each paragraph index in breaks."""
    pdf = _Pdf()
    pdf.head, pdf.foot = header, footer
    pdf.set_creation_date(FIXED)
    pdf.set_author("")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    if title:
        pdf.set_font("Helvetica", "B", 13)
        pdf.multi_cell(0, 7, latin1(title))
        pdf.ln(4)
    pdf.set_font("Helvetica", size=11)
    for i, para in enumerate(paragraphs):
        if i in breaks:
            pdf.add_page()
        pdf.multi_cell(0, 5.5, latin1(para))
        pdf.ln(3)
    return bytes(pdf.output())


def pdf(
    filename: str,
    lang: str,
    paragraphs: list[str],
    *,
    title: str | None = None,
    header: str | None = None,
    footer: str | None = None,
    breaks: tuple[int, ...] = (),
) -> Att:
    data = pdf_bytes(paragraphs, title=title, header=header, footer=footer, breaks=breaks)
    text = "\n".join([title or "", header or "", footer or "", *paragraphs])
    return Att(filename, data, "application", "pdf", text, lang)


def scanned_pdf(filename: str, seed: int = 7) -> Att:
    """A 'scan': one page holding only a grey image of text-like bars; no text layer."""
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    img = Image.new("L", (620, 860), 246)
    draw = ImageDraw.Draw(img)
    y = 70
    while y < 780:
        x = 60
        while x < 560:
            w = rng.randint(14, 60)
            draw.rectangle((x, y, min(x + w, 560), y + 9), fill=rng.randint(40, 90))
            x += w + rng.randint(6, 10)
        y += rng.choice((20, 20, 20, 34))
    draw.line((360, 800, 520, 792), fill=30, width=3)  # a signature stroke
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=True)
    pdf = FPDF()
    pdf.set_creation_date(FIXED)
    pdf.add_page()
    pdf.image(io.BytesIO(buf.getvalue()), x=5, y=5, w=200)
    return Att(filename, bytes(pdf.output()), "application", "pdf", None, None)


def encrypted_pdf(filename: str, paragraphs: list[str]) -> Att:
    pdf = FPDF()
    pdf.set_creation_date(FIXED)
    pdf.set_encryption(owner_password="owner-2020", user_password="Geneva2020")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for para in paragraphs:
        pdf.multi_cell(0, 5.5, latin1(para))
        pdf.ln(3)
    return Att(filename, bytes(pdf.output()), "application", "pdf", None, None)


def corrupt_pdf(filename: str, paragraphs: list[str]) -> Att:
    """A PDF cut short in transit: the header is there, the body and xref are not."""
    data = pdf_bytes(paragraphs)
    return Att(filename, data[: len(data) // 3], "application", "pdf", None, None)


def nested_zip(names: tuple[str, ...], inner: Att) -> Att:
    """A zip in a zip …: names[0] is the attached archive, each next name the archive inside
    the previous one, and the last archive holds the document."""
    data, member = inner.data, inner.filename
    for name in reversed(names):
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as archive:
            info = zipfile.ZipInfo(member, date_time=(2020, 3, 1, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
        data, member = out.getvalue(), name
    return Att(names[0], data, "application", "zip", None, None)


@dataclass(frozen=True)
class FormField:
    """A PDF form field: a "radio" group (choices; value one of them or "Off"), a "text"
    field, or a "combo" drop-down (choices; value the entry shown)."""

    name: str
    kind: str
    value: str = ""
    choices: tuple[str, ...] = ()
    line: int = 0  # the printed line of the form it stands beside


def pdf_form(
    filename: str,
    lang: str,
    paragraphs: list[str],
    form: list[str],
    fields: list[FormField],
    *,
    title: str | None = None,
) -> Att:
    """A PDF whose last page is a form: the printed questions (form) and real AcroForm
    fields beside them, as a word processor's or Acrobat's form export leaves them."""
    import pikepdf

    data = pdf_bytes([*paragraphs, *form], title=title, breaks=(len(paragraphs),))
    doc = pikepdf.open(io.BytesIO(data))
    page = doc.pages[-1].obj
    widgets, top = pikepdf.Array(), pikepdf.Array()
    for spec in fields:
        y = 798 - round(24.1 * spec.line)  # one printed line is 24.1 pt (11 pt text, A4)
        field = _form_field(doc, spec, y, widgets)
        top.append(field)
        for widget in field.get("/Kids", [field]):
            widget.P = page
    page.Annots = widgets
    helv = pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica
    )
    doc.Root.AcroForm = pikepdf.Dictionary(
        Fields=top, NeedAppearances=True, DA=pikepdf.String("/Helv 10 Tf 0 g"),
        DR=pikepdf.Dictionary(Font=pikepdf.Dictionary({"/Helv": helv})),
    )  # fmt: skip
    out = io.BytesIO()
    doc.save(out, static_id=True)
    text = "\n".join([title or "", *paragraphs, *form])
    return Att(filename, out.getvalue(), "application", "pdf", text, lang)


def _form_field(doc: Any, spec: FormField, y: int, widgets: Any) -> Any:
    import pikepdf

    name, da = pikepdf.Name, pikepdf.String("/Helv 10 Tf 0 g")
    border = pikepdf.Dictionary(BC=pikepdf.Array([0, 0, 0]))
    widget = {"/Type": name.Annot, "/Subtype": name.Widget, "/F": 4, "/MK": border}
    if spec.kind != "radio":
        own: dict[str, Any] = {"/FT": name.Tx, "/V": pikepdf.String(spec.value)}
        if spec.kind == "combo":
            options = pikepdf.Array([pikepdf.String(c) for c in spec.choices])
            own |= {"/FT": name.Ch, "/Ff": 1 << 17, "/Opt": options}  # a drop-down
        rect = {"/Rect": pikepdf.Array([380, y - 2, 560, y + 14]), "/DA": da}
        field = doc.make_indirect(
            pikepdf.Dictionary({"/T": pikepdf.String(spec.name)} | widget | own | rect)
        )
        widgets.append(field)
        return field
    parent = doc.make_indirect(
        pikepdf.Dictionary(
            {
                "/T": pikepdf.String(spec.name),
                "/FT": name.Btn,
                "/Ff": (1 << 15) | (1 << 14),  # a radio group, one choice always kept
                "/V": name("/" + spec.value),
            }
        )
    )
    box = {"/Type": name.XObject, "/Subtype": name.Form, "/BBox": pikepdf.Array([0, 0, 12, 12])}
    on = pikepdf.Stream(doc, b"0 G 0.5 0.5 11 11 re S 0 g 3 3 6 6 re f", pikepdf.Dictionary(box))
    off = pikepdf.Stream(doc, b"0 G 0.5 0.5 11 11 re S", pikepdf.Dictionary(box))
    kids = pikepdf.Array()
    for i, choice in enumerate(spec.choices):
        state = choice if choice == spec.value else "Off"
        kid = widget | {
            "/Parent": parent,
            "/Rect": pikepdf.Array([380 + 60 * i, y, 392 + 60 * i, y + 12]),
            "/AS": name("/" + state),
            "/AP": pikepdf.Dictionary(N=pikepdf.Dictionary({"/" + choice: on, "/Off": off})),
        }
        kids.append(doc.make_indirect(pikepdf.Dictionary(kid)))
        widgets.append(kids[-1])
    parent.Kids = kids
    return parent


def _fixed_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps so that the bytes do not depend on the clock."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2020, 3, 1, 10, 0, 0))
            fixed.compress_type = (
                zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            )
            fixed.external_attr = info.external_attr
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def docx_file(
    filename: str,
    lang: str,
    paragraphs: list[str],
    *,
    title: str | None = None,
    table: list[list[str]] | None = None,
    table_at: int = 0,
    header: str | None = None,
    footer: str | None = None,
    author: str = "",
) -> Att:
    """A DOCX; the table (rows of cells) goes before paragraph index table_at."""
    doc = docx.Document()
    props = doc.core_properties
    props.created = props.modified = props.last_printed = FIXED.replace(tzinfo=None)
    props.author = props.last_modified_by = author
    props.revision = 1
    doc.styles["Normal"].font.size = Pt(11)
    section = doc.sections[0]
    if header:
        section.header.paragraphs[0].text = header
    if footer:
        section.footer.paragraphs[0].text = footer
    if title:
        doc.add_heading(title, level=1)
    cells: list[str] = []
    for i, para in enumerate(paragraphs):
        if table and i == table_at:
            _add_table(doc, table)
        doc.add_paragraph(para)
    if table and table_at >= len(paragraphs):
        _add_table(doc, table)
    for row in table or []:
        cells.extend(row)
    buf = io.BytesIO()
    doc.save(buf)
    text = "\n".join([title or "", header or "", footer or "", *paragraphs, *cells])
    return Att(
        filename,
        _fixed_zip(buf.getvalue()),
        "application",
        "vnd.openxmlformats-officedocument.wordprocessingml.document",
        text,
        lang,
    )


def _add_table(doc: Any, rows: list[list[str]]) -> None:
    table = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value


def odt_file(filename: str, paragraphs: list[str]) -> Att:
    """A minimal OpenDocument text file (LibreOffice's format, not one the call accepts)."""
    body = "".join(f"<text:p>{_xml(p)}</text:p>" for p in paragraphs)
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f"<office:body><office:text>{body}</office:text></office:body>"
        "</office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        stored = zipfile.ZipInfo("mimetype", date_time=(2020, 3, 1, 10, 0, 0))
        z.writestr(stored, "application/vnd.oasis.opendocument.text")
        for name, data in (("content.xml", content), ("META-INF/manifest.xml", manifest)):
            info = zipfile.ZipInfo(name, date_time=(2020, 3, 1, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    # Text is there, but whether a reader extracts ODT is not what this item tests.
    return Att(filename, out.getvalue(), "application", "vnd.oasis.opendocument.text", None, None)


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def txt_file(filename: str, lang: str, text: str) -> Att:
    return Att(filename, text.encode("utf-8"), "text", "plain", text, lang)


def png_logo(filename: str = "image001.png") -> Att:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (120, 40), (255, 255, 255))
    draw = ImageDraw.Draw(img)
    draw.rectangle((4, 4, 36, 36), fill=(0, 92, 150))
    draw.rectangle((44, 14, 116, 24), fill=(120, 120, 120))
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=True)
    return Att(filename, buf.getvalue(), "image", "png", None, None, True, "<image001@logo>")


# ---------------------------------------------------------------- messages


@dataclass
class Spec:
    slug: str
    frm: tuple[str, str]
    subject: str
    body: str
    lang: str | None  # language of the body text
    kind: str = "submission"
    conf: str = "unspecified"
    flags: list[str] = field(default_factory=list)
    submitter: tuple[str | None, str | None, str | None] = (None, None, None)
    names: tuple[str, ...] = ()  # the forms of the name the page may give (default: the name)
    trap: str = ""
    atts: list[Att] = field(default_factory=list)
    to: str = WG
    cc: str | None = None
    html: str | None = None  # an HTML alternative (or the only body when body == "")
    headers: list[tuple[str, str]] = field(default_factory=list)
    received: dt.datetime | None = None
    no_received: bool = False
    tz: int = 0  # sender's UTC offset in hours, for the Date header
    charset: str = "utf-8"
    supersedes: str | None = None
    amends: str | None = None
    inner: Spec | None = None  # a forwarded message, attached as message/rfc822
    raw: str | None = None  # a message written by hand (bounces)
    msgid: str | None = None
    language: str | bool | None = False  # False: computed from the texts
    in_reply_to: str | None = None
    sent: dt.datetime | None = None  # the Date header (default: shortly before receipt)


def strip_html(html: str) -> str:
    html = re.sub(r"(?is)<(style|script|head).*?</\1>", " ", html)
    return re.sub(r"<[^>]+>", " ", html)


def main_language(spec: Spec) -> str | None:
    """The label rule: the longest extracted attachment text, else the body; < 100 letters: None."""
    source = spec.inner or spec
    texts = [a for a in source.atts if a.text is not None]
    if texts:
        best = max(texts, key=lambda a: letters(a.text or ""))
        return best.lang
    body = source.body or strip_html(source.html or "")
    n = letters(body)
    if 70 <= n < 150:
        raise ValueError(f"{spec.slug}: body of {n} letters is too close to the 100 threshold")
    return source.lang if n >= 100 else None


def _domain(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def build_message(spec: Spec, n: int, received: dt.datetime, *, outer: bool = True) -> bytes:
    sent = spec.sent or received - dt.timedelta(seconds=17 + seed_of(spec.slug) % 240)
    if spec.raw is not None:
        raw = spec.raw.replace("{DATE}", format_datetime(sent)).replace("{N}", f"{n:03d}")
        return _with_trace(raw.encode("utf-8"), spec, received)
    msg = EmailMessage(policy=policy.default)
    msg["From"] = formataddr(spec.frm)
    msg["To"] = spec.to
    if spec.cc:
        msg["Cc"] = spec.cc
    msg["Subject"] = spec.subject
    msg["Date"] = format_datetime(sent.astimezone(dt.timezone(dt.timedelta(hours=spec.tz))))
    prefix = "eval" if outer else "orig"
    domain = _domain(spec.frm[1])
    msg["Message-ID"] = spec.msgid or f"<{prefix}{n:03d}.{sent:%Y%m%d%H%M%S}@{domain}>"
    if spec.in_reply_to:
        msg["In-Reply-To"] = spec.in_reply_to
        msg["References"] = spec.in_reply_to
    msg["MIME-Version"] = "1.0"
    for name, value in spec.headers:
        msg[name] = value
    if spec.body:
        msg.set_content(spec.body, charset=spec.charset)
        if spec.html:
            msg.add_alternative(spec.html, subtype="html")
    else:
        msg.set_content(spec.html or "", subtype="html")
    for att in spec.atts:
        msg.add_attachment(
            att.data,
            maintype=att.maintype,
            subtype=att.subtype,
            filename=att.filename,
            disposition="inline" if att.inline else "attachment",
            cid=att.cid,
        )
    if spec.inner is not None:
        inner_received = received - dt.timedelta(hours=26, minutes=13)
        inner_bytes = build_message(spec.inner, n, inner_received, outer=False)
        msg.add_attachment(message_from_bytes(inner_bytes, policy=policy.default))
    for i, part in enumerate(msg.walk()):
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"=_eval{n:03d}_{i}_{seed_of(spec.slug) % 99991:05d}")
    data = msg.as_bytes(policy=policy.default.clone(max_line_length=78))
    if not outer:
        hop = (
            f"Received: from {_mx(spec.frm[1])} by mail.{_domain(spec.frm[1])}; "
            f"{format_datetime(received)}\n"
        )
        return hop.encode("ascii") + data
    return _with_trace(data, spec, received)


def _mx(addr: str) -> str:
    domain = _domain(addr)
    if domain in {"gmail.com", "googlemail.com"}:
        return "mail-wr1-f54.google.com"
    if domain.startswith(("hotmail.", "outlook.", "live.")):
        return "mail-db8eur05on2091.outbound.protection.outlook.com"
    if domain.startswith("yahoo."):
        return "sonic301-21.consmr.mail.ir2.yahoo.com"
    return f"mail.{domain}"


def _with_trace(data: bytes, spec: Spec, received: dt.datetime) -> bytes:
    if spec.no_received:
        return data
    ip = f"203.0.113.{seed_of(spec.slug) % 250 + 2}"
    qid = hashlib.sha1(spec.slug.encode()).hexdigest()[:12].upper()
    mx = _mx(spec.frm[1])
    inner_hop = received - dt.timedelta(seconds=4 + seed_of(spec.slug) % 9)
    top = (
        f"Return-Path: <{spec.frm[1]}>\n"
        f"Received: from {mx} ({mx} [{ip}])\n"
        f"\tby mx.ohchr.example (Postfix) with ESMTPS id {qid}\n"
        f"\tfor <{WG}>; {format_datetime(received)}\n"
        f"Received: from [10.1.{seed_of(spec.slug) % 200}.7] by {mx}\n"
        f"\twith ESMTPSA; {format_datetime(inner_hop)}\n"
    )
    return top.encode("ascii") + data


def _submitter(spec: Spec) -> dict[str, Any]:
    """type, name and country; with a name, every form of it the page may give."""
    out: dict[str, Any] = dict(zip(("type", "name", "country"), spec.submitter, strict=True))
    if out["name"]:
        out["names"] = list(spec.names or (out["name"],))
    return out


def label(spec: Spec, files: dict[str, str], n: int, message_id: str) -> dict[str, Any]:
    source = spec.inner or spec
    language = main_language(spec) if spec.language is False else spec.language
    return {
        "file": files[spec.slug],
        "message_id": message_id,
        "kind": spec.kind,
        "language": language,
        "language_ok": None if language is None else language in {"en", "fr", "es"},
        "confidentiality": spec.conf,
        "flags": sorted(spec.flags),
        "supersedes": files[spec.supersedes] if spec.supersedes else None,
        "amends": files[spec.amends] if spec.amends else None,
        "attachments_with_text": [a.filename for a in source.atts if a.text is not None],
        "submitter": _submitter(spec),
        "trap": spec.trap,
    }
