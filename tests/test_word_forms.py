"""Word documents: every check box (legacy form fields, content controls, symbol-font
glyphs), form field, table, text box and margin read, each box as ☒, ☐ or ⍰ before its
label. Files are built with python-docx, with raw WordprocessingML where it has no API."""

from __future__ import annotations

import io
import zipfile

from docx import Document
from docx.oxml import parse_xml
from PIL import Image

from wgsubmit.extract import extract_document

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def _word(*blocks: str) -> bytes:
    """A .docx whose body is these paragraphs and tables, written as WordprocessingML."""
    document = Document()
    body = document.element.body
    for block in parse_xml(f"<w:body {NS}>{''.join(blocks)}</w:body>"):
        body[-1].addprevious(block)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _p(*runs: str) -> str:
    return f"<w:p>{''.join(runs)}</w:p>"


def _r(text: str, font: str | None = None) -> str:
    props = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr>' if font else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>'


def _legacy_box(state: str, name: str = "Check1") -> str:
    """A legacy form check box (Word 97's FORMCHECKBOX): `state` is its w:checked value,
    or "default:<value>" for a box with only a default."""
    if state.startswith("default:"):
        inner = f'<w:default w:val="{state.split(":")[1]}"/>'
    else:
        inner = f'<w:default w:val="0"/><w:checked w:val="{state}"/>'
    return (
        '<w:r><w:fldChar w:fldCharType="begin"><w:ffData>'
        f'<w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/>'
        f"<w:checkBox><w:sizeAuto/>{inner}</w:checkBox></w:ffData></w:fldChar></w:r>"
        '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def _control_box(checked: str) -> str:
    """A check box content control, showing its state as an MS Gothic glyph."""
    glyph = "☒" if checked == "1" else "☐"
    return (
        "<w:sdt><w:sdtPr><w14:checkbox>"
        f'<w14:checked w14:val="{checked}"/>'
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
        "</w14:checkbox></w:sdtPr><w:sdtContent>"
        f"{_r(glyph, 'MS Gothic')}</w:sdtContent></w:sdt>"
    )


def _sym(font: str, char: str) -> str:
    return f'<w:r><w:sym w:font="{font}" w:char="{char}"/></w:r>'


def _field(data: str, instruction: str, result: str = "") -> str:
    """A legacy form field: its ffData, its field code, and the result Word shows."""
    return (
        f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData>{data}</w:ffData></w:fldChar></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"{_r(result) if result else ''}"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def _read_word(*blocks: str) -> tuple[list[str], tuple[str, ...]]:
    found = extract_document(_word(*blocks), "form.docx", "")
    assert found.format == "docx" and found.flag is None, found
    return found.text.splitlines(), found.unread


def test_word_legacy_check_boxes_read_as_ticked_or_not() -> None:
    lines, unread = _read_word(
        _p(_r("Publication:"), _legacy_box("0"), _r(" Yes "), _legacy_box("1"), _r(" No")),
        _p(_legacy_box("default:1"), _r(" Anonymously")),
        _p(_legacy_box("true"), _r(" We agree")),
        _p(_legacy_box("maybe", "Consent"), _r(" Yes, publish our name")),
    )
    assert lines == [
        "Publication: ☐ Yes ☒ No",
        "☒ Anonymously",
        "☒ We agree",
        "⍰ Yes, publish our name",
    ]
    assert unread == ("a check box whose state could not be read, before 'Yes, publish our name'",)


def test_word_content_control_check_boxes_without_their_glyph() -> None:
    lines, unread = _read_word(
        _p(_control_box("1"), _r(" I consent to the publication of this submission")),
        _p(_control_box("0"), _r(" I do not consent")),
        _p(_control_box("yes?"), _r(" Publish without our name")),
    )
    assert lines == [
        "☒ I consent to the publication of this submission",
        "☐ I do not consent",
        "⍰ Publish without our name",
    ]
    assert unread == (
        "a check box whose state could not be read, before 'Publish without our name'",
    )


def test_word_symbol_font_boxes_become_marks() -> None:
    lines, unread = _read_word(
        _p(
            _r("Publication:"),
            _sym("Wingdings", "F0A8"),
            _r(" Yes "),
            _sym("Wingdings", "F0FE"),
            _r(" No"),
        ),
        _p(
            _sym("Wingdings 2", "F054"), _r(" Anonymous"), _sym("Wingdings 2", "F0A3"), _r(" Named")
        ),
        _p(_sym("Webdings", "F061"), _r(" Publish on the website")),
        _p(_r("þ", "Wingdings"), _r(" Yes, in full")),
        _p(_sym("MS Gothic", "2612"), _r(" Confidential annex")),
        _p(_sym("Wingdings", "F04A"), _r(" Yes, you may publish it")),
        _p(_sym("Wingdings", "F028"), _r(" +41 22 917 9000")),
        _p(_r("Typed: ☐ a ☒ b ☑ c ✓ d ✔ e")),
    )
    assert lines == [
        "Publication: ☐ Yes ☒ No",
        "☒ Anonymous ☐ Named",
        "☒ Publish on the website",
        "☒ Yes, in full",
        "☒ Confidential annex",
        "⍰ Yes, you may publish it",
        "+41 22 917 9000",
        "Typed: ☐ a ☒ b ☑ c ✓ d ✔ e",
    ]
    assert unread == (
        "a check box whose state could not be read, before 'Yes, you may publish it'",
    )


def test_word_form_fields_keep_typed_text_and_chosen_entries() -> None:
    entries = '<w:listEntry w:val="Publish"/><w:listEntry w:val="Do not publish"/>'
    lines, unread = _read_word(
        _p(
            _r("Organisation: "),
            _field('<w:name w:val="Org"/><w:textInput/>', "FORMTEXT", "Border Rights Network"),
        ),
        _p(
            _r("Publication: "),
            _field(
                f'<w:name w:val="Pub"/><w:ddList><w:result w:val="1"/>{entries}</w:ddList>',
                "FORMDROPDOWN",
            ),
        ),
        _p(
            _r("Name: "),
            _field(
                f'<w:name w:val="Consent"/><w:ddList><w:result w:val="7"/>{entries}</w:ddList>',
                "FORMDROPDOWN",
            ),
        ),
    )
    assert lines == [
        "Organisation: Border Rights Network",
        "Publication: Do not publish",
        "Name: ⍰",
    ]
    assert unread == ("form field 'Consent' could not be read",)


def _with_notes(docx: bytes) -> bytes:
    """The document with a footnotes and an endnotes part, which python-docx cannot add."""
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    notes = {
        "footnotes": f'<w:footnotes {ns}><w:footnote w:id="1"><w:p><w:r><w:t>Footnote: not for '
        "publication.</w:t></w:r></w:p></w:footnote></w:footnotes>",
        "endnotes": f'<w:endnotes {ns}><w:endnote w:id="1"><w:p><w:r><w:t>Endnote: sources on '
        "file.</w:t></w:r></w:p></w:endnote></w:endnotes>",
    }
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    b"".join(
                        b'<Override PartName="/word/%s.xml" ContentType="application/vnd.'
                        b'openxmlformats-officedocument.wordprocessingml.%s+xml"/>'
                        % (n.encode(), n.encode())
                        for n in notes
                    )
                    + b"</Types>",
                )
            if item.filename == "word/_rels/document.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    b"".join(
                        b'<Relationship Id="rIdN%d" Type="http://schemas.openxmlformats.org/'
                        b'officeDocument/2006/relationships/%s" Target="%s.xml"/>'
                        % (i, n.encode(), n.encode())
                        for i, n in enumerate(notes)
                    )
                    + b"</Relationships>",
                )
            target.writestr(item, data)
        for name, xml in notes.items():
            target.writestr(f"word/{name}.xml", xml)
    return out.getvalue()


_TEXT_BOX = (
    '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
    '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
    'wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent>'
    f"{_p(_r('Boxed: please keep our names confidential.'))}"
    "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
    "</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>"
    f"{_p(_r('Boxed: please keep our names confidential.'))}"
    "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
)


def test_word_tables_text_boxes_and_margins_in_order() -> None:
    row = "<w:tr>{}</w:tr>"
    cell = "<w:tc><w:tcPr/>{}</w:tc>"
    table = (
        "<w:tbl><w:tblPr/><w:tblGrid/>"
        + row.format(
            cell.format(_p(_r("Publication"))) + cell.format(_p(_r("Not for publication")))
        )
        + row.format(
            cell.format(_p(_r("Consent")))
            + cell.format(_p(_legacy_box("1"), _r(" Yes")) + _p(_r("(ticked)")))
        )
        + row.format(cell.format(_p()) + cell.format(_p()))
        + "</w:tbl>"
    )
    document = Document(
        io.BytesIO(_word(_p(_r("Submission of the Border Rights Network.")), table))
    )
    document.add_paragraph().add_run("Closing words.")
    document.sections[0].header.paragraphs[0].text = "Header: Border Rights Network"
    document.sections[0].footer.paragraphs[0].text = "CONFIDENTIAL - do not circulate"
    document.element.body[-1].addprevious(parse_xml(f"<w:p {NS}>{_r('Anchor.')}{_TEXT_BOX}</w:p>"))
    out = io.BytesIO()
    document.save(out)
    found = extract_document(_with_notes(out.getvalue()), "sub.docx", "")
    assert found.text.splitlines() == [
        "Submission of the Border Rights Network.",
        "Publication | Not for publication",
        "Consent | ☒ Yes (ticked)",
        "Closing words.",
        "Anchor.",
        "Boxed: please keep our names confidential.",
    ]
    assert found.margins.splitlines() == [
        "Header: Border Rights Network",
        "Footnote: not for publication.",
        "CONFIDENTIAL - do not circulate",
        "Endnote: sources on file.",
    ]
    assert found.unread == ()


def _png(width: int = 200, height: int = 280) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), "white").save(out, "PNG")
    return out.getvalue()


def test_word_of_only_a_pasted_scan_says_so() -> None:
    document = Document()
    document.add_picture(io.BytesIO(_png()))
    out = io.BytesIO()
    document.save(out)
    found = extract_document(out.getvalue(), "letter.docx", "")
    assert (found.flag, found.unread) == (
        "needs_ocr",
        ("the document holds only images (a scan?)",),
    )


def test_a_broken_word_document_is_corrupt_and_unread() -> None:
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(_word(_p(_r("Text."))))) as source,
        zipfile.ZipFile(out, "w") as target,
    ):
        for item in source.infolist():
            broken = item.filename == "word/document.xml"
            target.writestr(item, b"<w:document" if broken else source.read(item))
    found = extract_document(out.getvalue(), "broken.docx", "")
    assert found.flag == "corrupt" and found.unread and "corrupt Word document" in found.unread[0]
