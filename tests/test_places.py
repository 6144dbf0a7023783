"""Every place a document can hold a publication request is read, or said to be unread:
PDF form fields, notes and scanned pages, nested archives, old .doc files, HTML. (Word's
check boxes and form fields: test_word_forms.py.) Files are built here with fpdf2, pikepdf
and Pillow."""

from __future__ import annotations

import io
import zipfile
from typing import Any

import pikepdf
import pytest
from fpdf import FPDF
from pikepdf import Array, Dictionary, Name, String
from PIL import Image

from conftest import pages_pdf
from wgsubmit import archive_members
from wgsubmit.archive_members import expand_archives
from wgsubmit.extract import Extractor, extract_document
from wgsubmit.parse import html_to_text
from wgsubmit.pdftext import DRAWN_ONLY, NO_TEXT_LAYER, combine_pages, read_pdf
from wgsubmit.records import Attachment

# --- PDF ---


def _png(width: int = 200, height: int = 280) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), "white").save(out, "PNG")
    return out.getvalue()


def _with_form(base: bytes, fields: list[Any]) -> bytes:
    """The PDF with an AcroForm of these fields (dictionaries built on the open PDF)."""
    with pikepdf.open(io.BytesIO(base)) as pdf:
        pdf.Root.AcroForm = Dictionary(Fields=Array([pdf.make_indirect(f) for f in fields]))
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue()


def _box(value: str, look: str | None = None, **entries: Any) -> Dictionary:
    """A check box field merged with its widget: its value, and the state it shows."""
    appearance = Dictionary(N=Dictionary({"/Yes": Dictionary(), "/Off": Dictionary()}))
    look = value if look is None else look
    return Dictionary(
        FT=Name.Btn, V=Name("/" + value), AS=Name("/" + look), AP=appearance, **entries
    )


def _radio_option(state: str, chosen: bool) -> Dictionary:
    appearance = Dictionary(N=Dictionary({f"/{state}": Dictionary(), "/Off": Dictionary()}))
    return Dictionary(AP=appearance, AS=Name(f"/{state}" if chosen else "/Off"))


def test_pdf_form_fields_are_read_into_the_margins() -> None:
    fields = [
        Dictionary(
            FT=Name.Tx,
            T=String("org"),
            TU=String("Organisation"),
            V=String("Border Rights Network"),
        ),
        Dictionary(FT=Name.Tx, T=String("empty")),
        _box("Yes", T=String("pub"), TU=String("I consent to the publication of this submission")),
        _box("Off", T=String("conf"), TU=String("Please keep it confidential")),
        Dictionary(
            FT=Name.Btn,
            Ff=1 << 15,
            T=String("Publication"),
            V=Name("/No"),
            Kids=Array([_radio_option("Yes", False), _radio_option("No", True)]),
        ),
        Dictionary(T=String("consent"), Kids=Array([_box("Off", T=String("anonymous"))])),
        Dictionary(FT=Name.Tx, T=String("remarks"), V=Dictionary(Unexpected=1)),
        _box("Yes", "Off", T=String("name"), TU=String("Publish with our name")),
    ]
    found = extract_document(_with_form(pages_pdf("Questionnaire."), fields), "form.pdf", "")
    assert found.text.strip("\f") == "Questionnaire."
    assert found.margins.splitlines() == [
        "Organisation: Border Rights Network",
        "☒ I consent to the publication of this submission",
        "☐ Please keep it confidential",
        "Publication: ☐ Yes ☒ No",
        "☐ consent.anonymous",
        "remarks: ⍰",
        "⍰ Publish with our name",
    ]
    assert found.unread == (
        "form field 'remarks' could not be read",
        "form field 'Publish with our name' could not be read",
    )


def test_pdf_notes_and_stamps_on_pages_are_read_into_the_margins() -> None:
    with pikepdf.open(io.BytesIO(pages_pdf("First page.", "Second page."))) as pdf:
        box = Array([0, 0, 50, 50])
        pdf.pages[0].Annots = pdf.make_indirect(
            Array(
                [
                    Dictionary(Subtype=Name.Stamp, Name=Name("/NotForPublicRelease"), Rect=box),
                    Dictionary(Subtype=Name.Link, Rect=box, Contents=String("a link")),
                ]
            )
        )
        pdf.pages[1].Annots = Array(
            [
                Dictionary(
                    Subtype=Name.Text, Rect=box, Contents=String("Please leave out annex 2")
                ),
                Dictionary(Subtype=Name.FreeText, Rect=box, Contents=Dictionary(Odd=1)),
            ]
        )
        out = io.BytesIO()
        pdf.save(out)
    found = extract_document(out.getvalue(), "annotated.pdf", "")
    assert found.margins.splitlines() == [
        "stamp on page 1: Not For Public Release",
        "note on page 2: Please leave out annex 2",
        "note on page 2: ⍰",
    ]
    assert found.unread == ("a note on page 2 could not be read",)
    shared = combine_pages([read_pdf(out.getvalue(), part, 2) for part in range(2)])
    assert (shared.margins, shared.unread) == (found.margins, found.unread)


def _scanned_pdf() -> bytes:
    """Page 1 text; 2 a scan; 3 blank; 4 a scan with a page number stamped on it; 5 text
    under a small logo."""
    page = Image.new("RGB", (200, 280), "white")
    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.set_font("helvetica", size=12)
    pdf.add_page()
    pdf.multi_cell(0, 8, "Submission of the Border Rights Network.")
    pdf.add_page()
    pdf.image(page, x=0, y=0, w=210, h=297)
    pdf.add_page()
    pdf.add_page()
    pdf.image(page, x=0, y=0, w=210, h=297)
    pdf.set_xy(90, 285)
    pdf.cell(0, 8, "Page 4 of 5")
    pdf.add_page()
    pdf.image(page, x=10, y=10, w=20, h=28)
    pdf.set_xy(10, 40)
    pdf.multi_cell(0, 8, "Our closing words, under our logo.")
    return bytes(pdf.output())


def test_pdf_pages_without_a_text_layer_are_named_and_blank_ones_are_not() -> None:
    found = extract_document(_scanned_pdf(), "scan.pdf", "")
    assert (found.pages, found.flag) == (5, None)
    assert found.unread == (
        "page 2 has no text layer (a scan?)",
        "page 4 has no text layer (a scan?)",
    )


def test_pdf_read_in_shares_names_the_same_pages_and_fields() -> None:
    fields = [_box("Yes", T=String("pub"), TU=String("Publish"))]
    data = _with_form(_scanned_pdf(), fields)
    whole = read_pdf(data)
    shared = combine_pages([read_pdf(data, part, 3) for part in range(3)])
    assert (shared.text, shared.margins, shared.unread) == (whole.text, whole.margins, whole.unread)
    assert whole.margins == "☒ Publish" and len(whole.unread) == 2


def test_pdf_of_only_scans_or_drawing_needs_ocr_and_says_so() -> None:
    pdf = FPDF()
    for _ in range(2):
        pdf.add_page()
        pdf.image(Image.new("L", (100, 140), "white"), x=0, y=0, w=210, h=297)
    scanned = extract_document(bytes(pdf.output()), "scan.pdf", "")
    assert (scanned.flag, scanned.unread) == ("needs_ocr", (NO_TEXT_LAYER,))
    shares = combine_pages([read_pdf(bytes(pdf.output()), part, 2) for part in range(2)])
    assert (shares.flag, shares.unread) == ("needs_ocr", (NO_TEXT_LAYER,))

    with pikepdf.new() as drawn:
        drawn.add_blank_page()
        drawn.pages[0].Contents = drawn.make_stream(b"0 0 m 10 10 l 20 5 l S\n" * 300)
        out = io.BytesIO()
        drawn.save(out)
    outlines = extract_document(out.getvalue(), "outlined.pdf", "")
    assert (outlines.flag, outlines.unread) == ("needs_ocr", (DRAWN_ONLY,))

    with pikepdf.new() as blank:
        blank.add_blank_page()
        out = io.BytesIO()
        blank.save(out)
    empty = extract_document(out.getvalue(), "blank.pdf", "")
    assert (empty.flag, empty.unread) == (None, ())


def test_an_encrypted_pdf_is_flagged_and_unread() -> None:
    with pikepdf.open(io.BytesIO(pages_pdf("Secret."))) as pdf:
        out = io.BytesIO()
        pdf.save(out, encryption=pikepdf.Encryption(owner="owner", user="user"))
    found = extract_document(out.getvalue(), "locked.pdf", "")
    assert (found.flag, found.unread) == ("encrypted", ("encrypted: the PDF needs a password",))


# --- archives, old Word files, images ---


def _zip(**members: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name.replace("_", "."), data)
    return out.getvalue()


def test_archives_in_archives_are_opened_three_levels_down_and_no_further() -> None:
    level4 = _zip(deep_txt=b"Please keep this confidential.")
    level3 = _zip(level4_zip=level4, three_txt=b"Three.")
    level2 = _zip(level3_zip=level3)
    outer = _zip(level2_zip=level2, one_txt=b"One.")
    expanded = expand_archives([Attachment("outer.zip", "application/zip", outer)])
    assert [(a.filename, a.parent) for a in expanded] == [
        ("outer.zip", None),
        ("level2.zip", 0),
        ("level3.zip", 0),
        ("level4.zip", 0),
        ("three.txt", 0),
        ("one.txt", 0),
    ]
    archives = [a for a in expanded if a.filename and a.filename.endswith(".zip")]
    with Extractor() as extractor:  # archives are read in this process: no worker starts
        read = extractor.extract(archives)
    assert [r.unread for r in read] == [
        (),
        (),
        (),
        ("archive nested deeper than 3 levels: level4.zip",),
    ]
    assert read[3].format == "archive" and "not opened" in (read[3].error or "")
    again = extract_document(archives[3].data, archives[3].filename, archives[3].content_type)
    assert again.unread == read[3].unread


def test_archives_past_the_limits_over_all_levels_are_not_opened(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(archive_members, "ZIP_MAX_MEMBERS", 4)
    outer = _zip(a_zip=_zip(a1_txt=b"1", a2_txt=b"2"), b_zip=_zip(b1_txt=b"1", b2_txt=b"2"))
    expanded = expand_archives([Attachment("outer.zip", "application/zip", outer)])
    assert [a.filename for a in expanded] == ["outer.zip", "a.zip", "a1.txt", "a2.txt", "b.zip"]
    closed = extract_document(expanded[4].data, "b.zip", expanded[4].content_type)
    assert closed.unread == (
        "archive past the limits of 4 files and 200 MB for all the archives around it: b.zip",
    )


def test_an_old_word_file_without_a_reader_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("wgsubmit.documents.shutil.which", lambda name: None)
    found = extract_document(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024, "old.doc", "")
    assert (found.format, found.flag, found.text) == ("doc", "unsupported_format", "")
    assert found.unread == ("no reader for old Word .doc installed",)


def test_an_image_is_not_an_unread_place_but_a_broken_file_is() -> None:
    assert extract_document(_png(), "logo.png", "image/png").unread == ()
    signature = b"0\x82\x06\x1f\x06\t*\x86H\x86\xf7\r\x01\x07\x02\xa0"
    signed = extract_document(signature, "smime.p7s", "application/pkcs7-signature")
    assert (signed.flag, signed.unread) == ("unsupported_format", ())
    other = extract_document(b"\x00\x01binary", "a.bin", "application/octet-stream")
    assert other.flag == "unsupported_format" and other.unread
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr("big.txt", b"0" * (5 * 1024 * 1024))
    zipped = extract_document(bomb.getvalue(), "bomb.zip", "")
    assert zipped.flag == "corrupt" and zipped.unread == (
        "a zip archive that inflates too much (a zip bomb?)",
    )


# --- HTML ---


@pytest.mark.parametrize(
    ("html", "text"),
    [
        (
            "<p>We <b>do not</b> consent to the <a href='https://x.org'>publication</a> of "
            "<span style='color:red'>our</span> <font face=Arial>submission</font>.</p>",
            "We do not consent to the publication of our submission.",
        ),
        (
            "<div>Publication<br>Not for publication</div><h2>Annex</h2><ul><li>One</li>"
            "<li>Two</li></ul><blockquote>Quoted</blockquote>",
            "Publication\nNot for publication\nAnnex\nOne\nTwo\nQuoted",
        ),
        (
            "<table><tr><td>Publication</td><td><i>No</i>, keep it confidential</td></tr>"
            "<tr><th>Name</th><td></td><td>Anonymous</td></tr></table>",
            "Publication | No, keep it confidential\nName | Anonymous",
        ),
        (
            "<p>The file: <a href='https://wetransfer.com/d/1'></a> and <a href='#'>here</a></p>",
            "The file: https://wetransfer.com/d/1 and here",
        ),
        (
            "<head><title>T</title><style>p{}</style></head><p>H<sup>2</sup>O <small>and"
            "</small>\n<u>more</u><!-- a comment --></p><script>x()</script>",
            "H2O and more",
        ),
    ],
)
def test_html_inline_markup_never_breaks_a_sentence(html: str, text: str) -> None:
    assert html_to_text(html) == text
    assert extract_document(html.encode(), "page.html", "text/html").text == text
