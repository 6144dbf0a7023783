"""Files made fit for the public page: real PDF, Word, OpenDocument, RTF and old Word files
built here with what a submitter's program would put in them, then cleaned."""

from __future__ import annotations

import io
import struct
from collections.abc import Callable
from pathlib import Path

import pikepdf
import pytest
from fpdf import FPDF
from pdfminer.high_level import extract_text
from pikepdf import Array, Dictionary, Name, String
from striprtf.striprtf import rtf_to_text

from test_sanitize_office import CHANGE, PARAGRAPHS, _authored_docx, _odt
from wgsubmit.sanitize import AUTHOR_IN_DOC, MACROS_IN_DOC, for_publication

AUTHOR = "Maria Lopez"
PAGE_TEXT = "Submission on private security companies at borders, by a coalition."


# --- PDF --------------------------------------------------------------------------------


def _pdf(author: str | None = None) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.multi_cell(0, 8, PAGE_TEXT)
    if author:
        pdf.set_author(author)
        pdf.set_creator(f"Word for {author}")
    return bytes(pdf.output())


def _plain(data: bytes) -> bytes:
    """Every object of a PDF, streams decoded, so that a search sees all of it."""
    chunks = []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for obj in pdf.objects:
            chunks.append(obj.unparse(resolved=True))
            if isinstance(obj, pikepdf.Stream):
                chunks.append(obj.read_bytes())
    return b"\n".join(chunks)


def _script(pdf: pikepdf.Pdf, code: str) -> Dictionary:
    return pdf.make_indirect(Dictionary(S=Name.JavaScript, JS=String(code)))


def _active_pdf() -> bytes:
    with pikepdf.open(io.BytesIO(_pdf())) as pdf:
        pdf.Root.OpenAction = _script(pdf, "app.alert('opened')")
        page = pdf.pages[0].obj
        page.AA = Dictionary(O=_script(pdf, "app.alert('page')"))
        pdf.Root.Names = Dictionary(
            JavaScript=Dictionary(Names=Array([String("init"), _script(pdf, "app.alert('n')")]))
        )
        pdf.attachments["payload.exe"] = pikepdf.AttachedFileSpec(pdf, b"MZ-payload-bytes")
        clip = pikepdf.AttachedFileSpec(pdf, b"clip-payload", filename="clip.bat")
        hidden = pikepdf.AttachedFileSpec(pdf, b"hidden-payload", filename="hidden.js")
        page.PieceInfo = Dictionary(Tool=Dictionary(Private=hidden.obj))  # files anywhere go
        launch = Dictionary(S=Name.Launch, F=String("calc.exe"))
        web = Dictionary(S=Name.URI, URI=String("https://www.ohchr.org/"))
        page.Annots = pdf.make_indirect(
            Array(
                [
                    pdf.make_indirect(_annotation("Link", A=launch)),
                    pdf.make_indirect(_annotation("Link", A=web)),
                    pdf.make_indirect(_annotation("FileAttachment", FS=clip.obj)),
                ]
            )
        )
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue()


def _annotation(subtype: str, **entries: object) -> Dictionary:
    return Dictionary(Type=Name.Annot, Subtype=Name("/" + subtype), Rect=[0, 0, 90, 20], **entries)


def test_a_pdfs_scripts_actions_and_files_are_taken_out_and_its_page_kept() -> None:
    data = _active_pdf()
    assert b"app.alert" in _plain(data)
    assert b"MZ-payload" in _plain(data)

    cleaned = for_publication(data, "pdf", anonymous=False)

    assert cleaned.data is not None and cleaned.note is None
    assert cleaned.active_content
    for word in ("open action", "JavaScript", "automatic actions", "launch action"):
        assert word in cleaned.removed
    assert "embedded files" in cleaned.removed
    plain = _plain(cleaned.data)
    gone = (b"app.alert", b"MZ-payload", b"clip-payload", b"hidden-payload", b"calc.exe")
    for left in (*gone, b"/JavaScript"):
        assert left not in plain
    with pikepdf.open(io.BytesIO(cleaned.data)) as pdf:
        assert "/OpenAction" not in pdf.Root and "/AA" not in pdf.pages[0].obj
        assert len(pdf.attachments) == 0
        annotations = list(pdf.pages[0].obj.Annots)
        assert [str(a.Subtype) for a in annotations] == ["/Link", "/Link"]
        assert "/A" not in annotations[0]
        assert str(annotations[1].A.URI) == "https://www.ohchr.org/"  # a web link stays
    assert extract_text(io.BytesIO(cleaned.data)) == extract_text(io.BytesIO(data))


def test_a_clean_pdf_keeps_its_text_and_properties_when_not_anonymous() -> None:
    data = _pdf(author=AUTHOR)

    cleaned = for_publication(data, "pdf", anonymous=False)

    assert cleaned.data is not None
    assert not cleaned.active_content and cleaned.removed == ()
    assert PAGE_TEXT in extract_text(io.BytesIO(cleaned.data))
    with pikepdf.open(io.BytesIO(cleaned.data)) as pdf:
        assert str(pdf.docinfo["/Author"]) == AUTHOR


def test_a_pdf_opening_on_a_page_keeps_that_harmless_open_action() -> None:
    with pikepdf.open(io.BytesIO(_pdf())) as pdf:
        pdf.Root.OpenAction = Array([pdf.pages[0].obj, Name.Fit])
        out = io.BytesIO()
        pdf.save(out)

    cleaned = for_publication(out.getvalue(), "pdf", anonymous=False)

    assert cleaned.data is not None and not cleaned.active_content
    with pikepdf.open(io.BytesIO(cleaned.data)) as pdf:
        assert "/OpenAction" in pdf.Root


def test_an_anonymous_pdf_names_its_author_nowhere() -> None:
    with pikepdf.open(io.BytesIO(_pdf(author=AUTHOR))) as pdf:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta["dc:creator"] = [AUTHOR]
        pdf.pages[0].obj.Metadata = pdf.make_stream(f"<x:xmpmeta>{AUTHOR}</x:xmpmeta>".encode())
        note = _annotation("Text", T=String(AUTHOR), Contents=String("see paragraph 3"))
        pdf.pages[0].obj.Annots = Array([pdf.make_indirect(note)])
        out = io.BytesIO()
        pdf.save(out)
    data = out.getvalue()
    assert AUTHOR.encode() in _plain(data)

    cleaned = for_publication(data, "pdf", anonymous=True)

    assert cleaned.data is not None and not cleaned.active_content
    assert {"document properties", "XMP metadata", "comment authors"} <= set(cleaned.removed)
    assert AUTHOR.encode() not in cleaned.data
    assert AUTHOR.encode() not in _plain(cleaned.data)
    with pikepdf.open(io.BytesIO(cleaned.data)) as pdf:
        assert "/Info" not in pdf.trailer and "/Metadata" not in pdf.Root
        for number in range(1, len(pdf.objects)):
            assert AUTHOR not in repr(pdf.get_object(number, 0))
        assert str(pdf.pages[0].obj.Annots[0].Contents) == "see paragraph 3"
    assert PAGE_TEXT in extract_text(io.BytesIO(cleaned.data))


def test_a_pdf_locked_with_a_password_is_withheld() -> None:
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(_pdf())) as pdf:
        pdf.save(out, encryption=pikepdf.Encryption(user="secret", owner="secret"))

    cleaned = for_publication(out.getvalue(), "pdf", anonymous=False)

    assert cleaned.data is None and cleaned.note is not None and "password" in cleaned.note


def test_a_pdf_with_an_owner_password_only_is_published_without_it() -> None:
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(_pdf(author=AUTHOR))) as pdf:
        pdf.save(out, encryption=pikepdf.Encryption(user="", owner="secret"))

    cleaned = for_publication(out.getvalue(), "pdf", anonymous=True)

    assert cleaned.data is not None and AUTHOR.encode() not in _plain(cleaned.data)
    with pikepdf.open(io.BytesIO(cleaned.data)) as pdf:
        assert not pdf.is_encrypted


@pytest.mark.parametrize("fmt", ["pdf", "docx", "odt", "rtf", "doc"])
@pytest.mark.parametrize("garbage", [b"", b"%PDF-1.7\n garbage", b"PK\x03\x04 not a zip" * 9])
def test_garbage_is_withheld_with_a_note_and_never_raises(fmt: str, garbage: bytes) -> None:
    cleaned = for_publication(garbage, fmt, anonymous=False)

    assert cleaned.data is None and cleaned.note


def test_an_unknown_format_is_withheld() -> None:
    assert for_publication(b"<html>", "html", anonymous=False).data is None


def test_plain_text_is_published_as_it_is() -> None:
    text = f"From {AUTHOR}: our submission.".encode()

    cleaned = for_publication(text, "txt", anonymous=True)

    assert cleaned.data == text and cleaned.removed == () and not cleaned.active_content


# --- RTF --------------------------------------------------------------------------------

OBJECT = (
    r"{\object\objemb{\*\objclass Package}\objw200\objh200"
    r"{\*\objdata 0105000002000000080000005061636b616765}"
    r"{\result{\pict\pngblip\picw8\pich8 89504e470d0a1a0a}}}"
)


def _rtf(*middle: str) -> bytes:
    return (
        r"{\rtf1\ansi\deff0{\fonttbl{\f0 Arial;}}"
        + "".join(middle)
        + r"\pard Our submission to the Working Group.\par}"
    ).encode("latin-1")


def test_an_anonymous_rtf_loses_its_properties_and_authors_and_keeps_its_text() -> None:
    data = _rtf(
        rf"{{\info{{\title Submission}}{{\author {AUTHOR}}}{{\operator {AUTHOR}}}"
        r"{\*\company Lopez Consulting}}",
        rf"{{\*\revtbl {{Unknown;}}{{{AUTHOR};}}}}",
        r"\pard Detention is {\revised\revauth1\revdttm1 often} used.\par",
        rf"\pard Border guards{{\*\atnid ML}}{{\*\atnauthor {AUTHOR}}}\chatn"
        r"{\*\annotation\pard Check the figures}.\par",
    )

    cleaned = for_publication(data, "rtf", anonymous=True)

    assert cleaned.data is not None, cleaned.note
    assert not cleaned.active_content
    assert {"document properties", "revision authors", "comment authors"} <= set(cleaned.removed)
    assert b"Lopez" not in cleaned.data and b"ML}" not in cleaned.data
    assert rb"{\*\revtbl {;}{;}}" in cleaned.data  # revision 1 still has an author entry
    assert rtf_to_text(cleaned.data.decode()) == rtf_to_text(data.decode())


def test_an_rtf_not_anonymous_keeps_its_properties() -> None:
    data = _rtf(rf"{{\info{{\author {AUTHOR}}}}}")

    cleaned = for_publication(data, "rtf", anonymous=False)

    assert cleaned.data == data and not cleaned.active_content


@pytest.mark.parametrize(
    "embedded",
    [
        OBJECT,
        # raw bytes after \bin hold braces that are no group
        OBJECT.replace("0105000002000000080000005061636b616765", "\\bin6 }}{x}{"),
    ],
)
def test_an_rtf_embedded_object_is_replaced_by_its_picture(embedded: str) -> None:
    data = _rtf(r"\pard Annex: ", embedded, r"\par")

    cleaned = for_publication(data, "rtf", anonymous=False)

    assert cleaned.data is not None, cleaned.note
    assert cleaned.active_content and cleaned.removed == ("embedded objects",)
    assert b"\\obj" not in cleaned.data and b"Package" not in cleaned.data
    assert rb"{\pict\pngblip\picw8\pich8 89504e470d0a1a0a}" in cleaned.data
    text = rtf_to_text(_rtf(r"\pard Annex: ", r"\par").decode())
    assert rtf_to_text(cleaned.data.decode("latin-1")) == text


@pytest.mark.parametrize(
    "hostile",
    [
        r"{\*\objdata 0105000002}",  # object data outside an object
        r"{\field{\*\fldinst DDEAUTO c:\\windows\\system32\\cmd.exe}{\fldrslt x}}",
        r"{\field{\*\fldinst {\'44}DE{\b AUTO} cmd}{\fldrslt x}}",  # the word hidden
        r"{\b unbalanced",
    ],
)
def test_an_rtf_that_cannot_be_made_safe_is_withheld(hostile: str) -> None:
    cleaned = for_publication(_rtf(r"\pard ", hostile, r"\par"), "rtf", anonymous=False)

    assert cleaned.data is None and cleaned.note


# --- Word 97-2003 -----------------------------------------------------------------------


def _compound(paths: list[str]) -> bytes:
    """A compound file (the container of an old .doc) holding streams at `paths`
    ("Macros/VBA/dir"), written by hand as [MS-CFB] lays it out: 512-byte sectors, one FAT
    sector, each stream 4096 bytes (so none goes to the mini stream)."""
    free, end, nothing = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFF
    entries: list[tuple[str, int, list[int]]] = [("Root Entry", 5, [])]
    index = {"": 0}
    for path in paths:
        parts = path.split("/")
        for depth in range(1, len(parts) + 1):
            key = "/".join(parts[:depth])
            if key not in index:
                index[key] = len(entries)
                entries.append((parts[depth - 1], 2 if depth == len(parts) else 1, []))
                entries[index["/".join(parts[: depth - 1])]][2].append(index[key])
    directory_sectors = (len(entries) * 128 + 511) // 512
    fat = [0xFFFFFFFD] + [n + 2 for n in range(directory_sectors - 1)] + [end]
    right = {kids[n]: kids[n + 1] for _, _, kids in entries for n in range(len(kids) - 1)}
    directory, streams = b"", b""
    for number, (name, kind, kids) in enumerate(entries):
        start, size = (end, 0) if kind == 5 else (0, 0)
        if kind == 2:
            start, size = len(fat), 4096
            fat += [len(fat) + n + 1 for n in range(7)] + [end]
            streams += name.encode().ljust(4096, b"\0")
        encoded = (name + "\0").encode("utf-16-le")
        directory += struct.pack(
            "<64sHBBIII16sIQQIQ", encoded, len(encoded), kind, 1, nothing,
            right.get(number, nothing), kids[0] if kids else nothing, b"", 0, 0, 0, start, size,
        )  # fmt: skip
    empty = struct.pack("<64sHBBIII16sIQQIQ", b"", 0, 0, 0, nothing, nothing, nothing, b"",
                        0, 0, 0, 0, 0)  # fmt: skip
    directory += empty * (directory_sectors * 4 - len(entries))
    header = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII", bytes.fromhex("d0cf11e0a1b11ae1"), b"", 0x3E, 3, 0xFFFE,
        9, 6, b"", 0, 1, 1, 0, 4096, end, 0, end, 0,
    ) + struct.pack("<109I", 0, *[free] * 108)  # fmt: skip
    return header + struct.pack("<128I", *fat, *[free] * (128 - len(fat))) + directory + streams


WORD_STREAMS = ["WordDocument", "1Table", "\x05SummaryInformation"]
MACRO_STREAMS = ["Macros/PROJECT", "Macros/VBA/_VBA_PROJECT", "Macros/VBA/dir"]


def test_an_old_word_file_without_macros_is_published_as_it_is() -> None:
    data = _compound(WORD_STREAMS)

    cleaned = for_publication(data, "doc", anonymous=False)

    assert cleaned.data == data and not cleaned.active_content and cleaned.note is None


def test_an_old_word_file_with_macros_is_withheld() -> None:
    cleaned = for_publication(_compound(WORD_STREAMS + MACRO_STREAMS), "doc", anonymous=False)

    assert cleaned.data is None and cleaned.active_content
    assert cleaned.note == MACROS_IN_DOC


def test_an_anonymous_old_word_file_is_withheld() -> None:
    cleaned = for_publication(_compound(WORD_STREAMS), "doc", anonymous=True)

    assert cleaned.data is None and not cleaned.active_content
    assert cleaned.note == AUTHOR_IN_DOC


def test_the_corpus_old_word_files_are_published_as_they_are(corpus: Path) -> None:
    for path in sorted((corpus / "docx" / "legacy").glob("*.doc")):
        data = path.read_bytes()
        assert for_publication(data, "doc", anonymous=False).data == data, path.name


@pytest.mark.parametrize(
    ("fmt", "build"),
    [
        ("pdf", _active_pdf),
        ("rtf", lambda: _rtf(OBJECT)),
        ("docx", _authored_docx),
        ("odt", lambda: _odt(CHANGE + PARAGRAPHS)),
    ],
)
def test_cleaning_is_the_same_every_time_and_a_cleaned_file_stays_as_it_is(
    fmt: str, build: Callable[[], bytes]
) -> None:
    data = build()
    first = for_publication(data, fmt, anonymous=True)
    assert first.data is not None

    again = for_publication(first.data, fmt, anonymous=True)

    assert for_publication(data, fmt, anonymous=True).data == first.data
    assert again.data == first.data and again.removed == () and not again.active_content
