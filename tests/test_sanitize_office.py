"""Word and OpenDocument files made fit for the public page: real packages built with
python-docx and by hand, with what a submitter's program puts in them (comments, tracked
changes, macros, embedded objects), then cleaned."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from lxml import etree
from PIL import Image

from wgsubmit import sanitize_office
from wgsubmit.sanitize import for_publication

AUTHOR = "Maria Lopez"
NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
}
DECLS = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in NS.items())
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


# --- Word -------------------------------------------------------------------------------


def _rezip(data: bytes, changes: dict[str, bytes | None]) -> bytes:
    """The package with parts replaced, added or (None) left out."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for name in source.namelist():
            if name not in changes:
                target.writestr(name, source.read(name))
        for name, body in changes.items():
            if body is not None:
                target.writestr(name, body)
    return out.getvalue()


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _save(document: object) -> bytes:
    out = io.BytesIO()
    document.save(out)  # type: ignore[attr-defined]
    return out.getvalue()


def _texts(data: bytes) -> list[str]:
    return [paragraph.text for paragraph in Document(io.BytesIO(data)).paragraphs]


def _authored_docx() -> bytes:
    document = Document()
    document.core_properties.author = AUTHOR
    document.core_properties.last_modified_by = AUTHOR
    document.core_properties.title = f"Submission of {AUTHOR}"
    document.add_paragraph("Our submission to the Working Group.")
    commented = document.add_paragraph("Private security companies guard the border.")
    document.add_comment(commented.runs, text="Check the figures", author=AUTHOR, initials="ML")
    changed = document.add_paragraph("Detention is ")
    changed._p.append(
        parse_xml(
            f'<w:ins {DECLS} w:id="90" w:author="{AUTHOR}" w:date="2020-03-01T10:00:00Z">'
            "<w:r><w:t>often</w:t></w:r></w:ins>"
        )
    )
    data = _save(document)
    parts = _parts(data)
    app = parts["docProps/app.xml"].replace(
        b"</Properties>", f"<Company>{AUTHOR} Consulting</Company></Properties>".encode()
    )
    people = (
        '<w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">'
        f'<w15:person w15:author="{AUTHOR}"><w15:presenceInfo w15:providerId="AD" '
        'w15:userId="maria@example.org"/></w15:person></w15:people>'
    )
    rels = parts["word/_rels/document.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdPeople" Target="people.xml" '
        b'Type="http://schemas.microsoft.com/office/2011/relationships/people"/></Relationships>',
    )
    types = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/word/people.xml" '
        b'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.people'
        b'+xml"/></Types>',
    )
    changes = {"docProps/app.xml": app, "word/people.xml": people.encode()}
    return _rezip(
        data, changes | {"word/_rels/document.xml.rels": rels, "[Content_Types].xml": types}
    )


def test_an_anonymous_word_document_names_its_author_in_no_part() -> None:
    data = _authored_docx()
    assert any(AUTHOR.encode() in body for body in _parts(data).values())

    cleaned = for_publication(data, "docx", anonymous=True)

    assert cleaned.data is not None, cleaned.note
    assert not cleaned.active_content
    assert {"document properties", "comment authors", "revision authors"} <= set(cleaned.removed)
    parts = _parts(cleaned.data)
    for name, body in parts.items():
        assert b"Lopez" not in body and b"maria@" not in body, name
    assert "word/people.xml" not in parts and b"people.xml" not in parts["[Content_Types].xml"]
    assert b"Check the figures" in parts["word/comments.xml"]  # the comment itself stays
    assert _texts(cleaned.data) == _texts(data)


def test_a_word_document_not_anonymous_keeps_its_properties() -> None:
    data = _authored_docx()

    cleaned = for_publication(data, "docx", anonymous=False)

    assert cleaned.data is not None and cleaned.removed == () and not cleaned.active_content
    assert Document(io.BytesIO(cleaned.data)).core_properties.author == AUTHOR
    assert _texts(cleaned.data) == _texts(data)


def _macro_docx() -> bytes:
    data = _save(_document_with("A submission with a macro."))
    parts = _parts(data)
    vba = "http://schemas.microsoft.com/office/2006/relationships/"
    rels = parts["word/_rels/document.xml.rels"].replace(
        b"</Relationships>",
        f'<Relationship Id="rIdVba" Type="{vba}vbaProject" Target="vbaProject.bin"/>'
        "</Relationships>".encode(),
    )
    types = (
        parts["[Content_Types].xml"]
        .replace(
            b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            b"application/vnd.ms-word.document.macroEnabled.main+xml",
        )
        .replace(
            b"</Types>",
            b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
            b"</Types>",
        )
    )
    vba_rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{vba}wordVbaData" Target="vbaData.xml"/></Relationships>'
    )
    return _rezip(
        data,
        {
            "word/_rels/document.xml.rels": rels,
            "[Content_Types].xml": types,
            "word/vbaProject.bin": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 Sub AutoOpen() Shell",
            "word/_rels/vbaProject.bin.rels": vba_rels.encode(),
            "word/vbaData.xml": b'<wne:vbaSuppData xmlns:wne="urn:x">AutoOpen</wne:vbaSuppData>',
        },
    )


def _document_with(text: str) -> object:
    document = Document()
    document.add_paragraph(text)
    return document


def test_a_word_macro_project_is_never_shipped() -> None:
    data = _macro_docx()

    cleaned = for_publication(data, "docx", anonymous=False)

    assert cleaned.active_content and "macros" in cleaned.removed
    assert cleaned.data is not None, cleaned.note  # taken out, the rest published
    parts = _parts(cleaned.data)
    assert not any("vba" in name.lower() for name in parts)
    everything = b"".join(parts.values())
    assert b"AutoOpen" not in everything and b"vbaProject" not in everything
    assert b"macroEnabled" not in parts["[Content_Types].xml"]
    assert _texts(cleaned.data) == ["A submission with a macro."]


def _embedded_object_docx() -> bytes:
    document = _document_with("A submission with an object.")
    picture = io.BytesIO()
    Image.new("RGB", (8, 8), "navy").save(picture, "PNG")
    part = document.part  # type: ignore[attr-defined]
    image_rid, _ = part.get_or_add_image(picture)
    ole = Part(
        PackURI("/word/embeddings/oleObject1.bin"),
        "application/vnd.openxmlformats-officedocument.oleObject",
        b"\xd0\xcf\x11\xe0 Package payload.exe",
        part.package,
    )
    ole_rid = part.relate_to(ole, f"{REL}/oleObject")
    paragraph = document.add_paragraph()  # type: ignore[attr-defined]
    paragraph._p.append(
        parse_xml(
            f'<w:r {DECLS}><w:object><v:shape id="_x0000_i1025" style="width:8pt;height:8pt">'
            f'<v:imagedata r:id="{image_rid}"/></v:shape><o:OLEObject Type="Embed" '
            f'ProgID="Package" ShapeID="_x0000_i1025" r:id="{ole_rid}"/></w:object></w:r>'
        )
    )
    settings_part = part._settings_part
    settings = settings_part.element
    template_rid = settings_part.rels.get_or_add_ext_rel(
        f"{REL}/attachedTemplate", "http://templates.example.net/evil.dotm"
    )
    settings.append(parse_xml(f'<w:attachedTemplate {DECLS} r:id="{template_rid}"/>'))
    return _save(document)


def test_an_embedded_object_and_an_outside_template_are_taken_out() -> None:
    data = _embedded_object_docx()
    assert "word/embeddings/oleObject1.bin" in _parts(data)

    cleaned = for_publication(data, "docx", anonymous=False)

    assert cleaned.data is not None, cleaned.note
    assert cleaned.active_content
    assert {"embedded objects", "attached template"} <= set(cleaned.removed)
    parts = _parts(cleaned.data)
    assert not any(name.startswith("word/embeddings/") for name in parts)
    everything = b"".join(parts.values())
    assert b"payload.exe" not in everything and b"templates.example.net" not in everything
    body = etree.fromstring(parts["word/document.xml"])
    assert not body.findall(".//o:OLEObject", NS)
    assert body.findall(".//v:imagedata", NS)  # the object's picture stays on the page
    assert any(name.startswith("word/media/") for name in parts)
    assert _texts(cleaned.data) == _texts(data)


def test_a_macro_project_no_relationship_names_is_taken_out_too() -> None:
    data = _rezip(_save(_document_with("Text.")), {"word/vbaProject.bin": b"Sub AutoOpen()"})

    cleaned = for_publication(data, "docx", anonymous=False)

    assert cleaned.data is not None and cleaned.active_content
    assert cleaned.removed == ("macros",)
    assert "word/vbaProject.bin" not in _parts(cleaned.data)


def _with_relationship(kind: str, target: str, reference: str = "") -> bytes:
    """A document with one more relationship from word/document.xml, and an element of its
    body naming it (`reference`, with {rid} for its id)."""
    document = _document_with("Text.")
    if reference:
        document.add_paragraph()._p.append(  # type: ignore[attr-defined]
            parse_xml(reference.format(rid="rIdX", decls=DECLS))
        )
    data = _save(document)
    parts = _parts(data)
    rels = parts["word/_rels/document.xml.rels"].replace(
        b"</Relationships>",
        f'<Relationship Id="rIdX" Type="{REL}/{kind}" Target="{target}"/></Relationships>'.encode(),
    )
    changes = {"word/_rels/document.xml.rels": rels, f"word/{target}": b"\xd0\xcf\x11\xe0 x"}
    return _rezip(data, changes)


def test_an_object_the_text_uses_in_another_way_keeps_the_document_back() -> None:
    picture = "<w:r {decls}><w:pict><v:shape><v:imagedata r:id='{rid}'/></v:shape></w:pict></w:r>"
    data = _with_relationship("oleObject", "embeddings/oleObject1.bin", picture)

    cleaned = for_publication(data, "docx", anonymous=False)

    assert cleaned.data is None and cleaned.active_content and "imagedata" in (cleaned.note or "")


def test_a_document_inside_the_document_keeps_it_back() -> None:
    chunk = "<w:altChunk {decls} r:id='{rid}'/>"
    data = _with_relationship("aFChunk", "afchunk.docx", chunk)

    cleaned = for_publication(data, "docx", anonymous=False)

    assert cleaned.data is None and cleaned.active_content and "altChunk" in (cleaned.note or "")


def test_a_package_too_large_or_with_two_parts_of_one_name_is_withheld(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = _save(_document_with("Text."))
    twice = io.BytesIO()
    with zipfile.ZipFile(twice, "w") as archive:
        for name, body in _parts(data).items():
            archive.writestr(name, body)
        archive.writestr("word/Document.xml", b"<w:document/>")
    assert for_publication(twice.getvalue(), "docx", anonymous=False).data is None

    monkeypatch.setattr(sanitize_office, "MAX_UNPACKED", len(data))
    cleaned = for_publication(data, "docx", anonymous=False)

    assert cleaned.data is None and "unpacks to more than" in (cleaned.note or "")


def test_a_word_field_that_runs_a_program_keeps_the_document_back() -> None:
    document = _document_with("Dear Sir,")
    document.add_paragraph()._p.append(  # type: ignore[attr-defined]
        parse_xml(
            f"<w:fldSimple {DECLS} w:instr='DDEAUTO c:\\\\windows\\\\cmd.exe \"/k calc\"'>"
            "<w:r><w:t>x</w:t></w:r></w:fldSimple>"
        )
    )

    cleaned = for_publication(_save(document), "docx", anonymous=False)

    assert cleaned.data is None and cleaned.active_content and "DDE" in (cleaned.note or "")


# --- OpenDocument -----------------------------------------------------------------------

ODF = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "script": "urn:oasis:names:tc:opendocument:xmlns:script:1.0",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xlink": "http://www.w3.org/1999/xlink",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
}
ODF_DECLS = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in ODF.items())
CHANGE = (
    "<text:tracked-changes><text:changed-region text:id='ct1'><text:insertion>"
    f"<office:change-info><dc:creator>{AUTHOR}</dc:creator><dc:date>2020-03-01T10:00:00"
    "</dc:date></office:change-info></text:insertion></text:changed-region></text:tracked-changes>"
)
PARAGRAPHS = (
    "<text:p>Our submission to the Working Group.</text:p>"
    f"<text:p>Border guards<office:annotation><dc:creator>{AUTHOR}</dc:creator>"
    "<meta:creator-initials>ML</meta:creator-initials><text:p>Check the figures</text:p>"
    "</office:annotation> detain people.</text:p>"
    "<text:p>Detention is <text:change-start text:change-id='ct1'/>often"
    "<text:change-end text:change-id='ct1'/> used.</text:p>"
)
MACRO_CALL = (
    "<office:scripts><office:event-listeners><script:event-listener "
    "script:language='ooo:script' script:event-name='dom:load' xlink:href="
    "'vnd.sun.star.script:Standard.Module1.AutoOpen?language=Basic&amp;location=document'/>"
    "</office:event-listeners></office:scripts>"
)
OLE_FRAME = (
    "<text:p><draw:frame draw:name='Object1'><draw:object-ole xlink:href='./Object 1'/>"
    "<draw:image xlink:href='./ObjectReplacements/Object 1'/></draw:frame>"
    "<draw:frame draw:name='Chart'><draw:object xlink:href='./Object 2'/></draw:frame></text:p>"
)
META = (
    f"<office:document-meta {ODF_DECLS}><office:meta><meta:generator>LibreOffice</meta:generator>"
    f"<meta:initial-creator>{AUTHOR}</meta:initial-creator><dc:creator>{AUTHOR}</dc:creator>"
    f"<meta:printed-by>{AUTHOR}</meta:printed-by><dc:title>Submission</dc:title>"
    f"<meta:user-defined meta:name='Owner'>{AUTHOR}</meta:user-defined>"
    "<meta:creation-date>2020-03-01T10:00:00</meta:creation-date></office:meta>"
    "</office:document-meta>"
)


def _odt(body: str, scripts: str = "", extra: dict[str, bytes] | None = None) -> bytes:
    """An OpenDocument text as LibreOffice lays it out: the mimetype first and stored, a
    manifest listing every file."""
    content = (
        f"<office:document-content {ODF_DECLS} office:version='1.2'>{scripts}"
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    files = {"content.xml": content.encode(), "meta.xml": META.encode(), **(extra or {})}
    entries = "".join(
        f"<manifest:file-entry manifest:full-path='{name}' manifest:media-type='text/xml'/>"
        for name in files
    )
    manifest = (
        f"<manifest:manifest {ODF_DECLS}><manifest:file-entry manifest:full-path='/' "
        f"manifest:media-type='application/vnd.oasis.opendocument.text'/>{entries}"
        "</manifest:manifest>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        archive.writestr("META-INF/manifest.xml", manifest)
        for name, data in files.items():
            archive.writestr(name, data)
    return out.getvalue()


def _paragraphs(data: bytes) -> list[str]:
    """The text of the document's paragraphs, comments left aside."""
    root = etree.fromstring(_parts(data)["content.xml"])
    for note in root.findall(".//office:annotation", ODF):
        note.getparent().remove(note)
    return ["".join(p.itertext()) for p in root.find(".//office:text", ODF).iterfind("text:p", ODF)]


def test_an_anonymous_opendocument_names_its_author_in_no_part() -> None:
    data = _odt(CHANGE + PARAGRAPHS)

    cleaned = for_publication(data, "odt", anonymous=True)

    assert cleaned.data is not None, cleaned.note
    assert not cleaned.active_content
    assert {"document properties", "revision authors", "comment authors"} <= set(cleaned.removed)
    for name, body in _parts(cleaned.data).items():
        assert b"Lopez" not in body and b">ML<" not in body, name
    assert _paragraphs(cleaned.data) == _paragraphs(data)
    with zipfile.ZipFile(io.BytesIO(cleaned.data)) as archive:
        first = archive.infolist()[0]
        assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
    meta = etree.fromstring(_parts(cleaned.data)["meta.xml"])
    assert meta.find(".//meta:creation-date", ODF) is not None  # a date names nobody


def test_opendocument_macros_and_ole_objects_are_taken_out_and_the_rest_kept() -> None:
    chart = f"<office:document-content {ODF_DECLS}/>".encode()
    extra = {
        "Basic/script-lc.xml": b"<library:libraries/>",
        "Basic/Standard/Module1.xml": b'<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD'
        b' OfficeDocument 1.0//EN" "module.dtd"><script:module xmlns:script="http://openoffice'
        b'.org/2000/script" script:name="Module1">Sub AutoOpen: Shell(x)</script:module>',
        "Object 1": b"\xd0\xcf\x11\xe0 Package payload.exe",
        "ObjectReplacements/Object 1": b"picture",
        "Object 2/content.xml": chart,
    }
    data = _odt(OLE_FRAME + PARAGRAPHS, scripts=MACRO_CALL, extra=extra)

    cleaned = for_publication(data, "odt", anonymous=False)

    assert cleaned.data is not None, cleaned.note
    assert cleaned.active_content
    assert {"macros", "macro calls", "embedded objects"} <= set(cleaned.removed)
    parts = _parts(cleaned.data)
    assert not [name for name in parts if name.startswith("Basic/") or name == "Object 1"]
    assert {"ObjectReplacements/Object 1", "Object 2/content.xml"} <= set(parts)
    listed = etree.fromstring(parts["META-INF/manifest.xml"]).iterfind("manifest:file-entry", ODF)
    paths = {entry.get(f"{{{ODF['manifest']}}}full-path") for entry in listed}
    assert paths == {"/"} | (set(parts) - {"mimetype", "META-INF/manifest.xml"})
    content = etree.fromstring(parts["content.xml"])
    assert not content.findall(".//script:event-listener", ODF)
    assert not content.findall(".//draw:object-ole", ODF)
    assert content.findall(".//draw:image", ODF) and content.findall(".//draw:object", ODF)
    assert _paragraphs(cleaned.data) == _paragraphs(data)
    assert AUTHOR.encode() in parts["meta.xml"]  # not anonymous: its properties stay


def test_a_password_protected_opendocument_is_withheld() -> None:
    data = _odt(PARAGRAPHS)
    manifest = _parts(data)["META-INF/manifest.xml"].replace(
        b"media-type='text/xml'/>",
        b"media-type='text/xml'><manifest:encryption-data/></manifest:file-entry>",
    )

    cleaned = for_publication(_rezip(data, {"META-INF/manifest.xml": manifest}), "odt", False)

    assert cleaned.data is None and cleaned.note and "password" in cleaned.note


def test_the_corpus_opendocument_files_keep_their_text(corpus: Path) -> None:
    for path in sorted((corpus / "docx" / "legacy").glob("*.odt")):
        data = path.read_bytes()
        cleaned = for_publication(data, "odt", anonymous=True)
        assert cleaned.data is not None, (path.name, cleaned.note)
        assert _parts(cleaned.data)["content.xml"] == _parts(data)["content.xml"] or (
            _paragraphs(cleaned.data) == _paragraphs(data)
        )
