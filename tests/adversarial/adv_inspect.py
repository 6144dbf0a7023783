"""What a copied file really holds: its words and metadata (to look for an author's name)
and, for a PDF, any active content. Read with pikepdf and pdfminer.six directly, never with
the tool's own readers, so that the scorer does not share the tool's blind spots."""

from __future__ import annotations

import html
import io
import re
import unicodedata
import zipfile

import pikepdf
from pdfminer.high_level import extract_text

TAG = re.compile(r"<[^>]+>")
ACTIONS = {"/JavaScript": "JavaScript", "/Launch": "Launch action"}


def normal(text: str) -> str:
    """Case, accents and spacing folded, so 'Belkacem' matches 'BELKACEM' and 'Solidarite'."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return " ".join(plain.casefold().split())


def words_of(name: str, data: bytes, depth: int = 0) -> str:
    """Every word a reader or a metadata viewer could see in the file, folded by normal()."""
    parts = [name]
    if data.startswith(b"%PDF"):
        parts.append(_pdf_words(data))
    elif data.startswith(b"PK") and depth < 4:
        parts.append(_zip_words(data, depth))
    else:
        parts.append(data.decode("utf-8", "ignore"))
        parts.append(
            data.decode("utf-16", "ignore") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ""
        )
    return normal("\n".join(parts))


def _pdf_words(data: bytes) -> str:
    parts = []
    try:
        parts.append(extract_text(io.BytesIO(data)))
    except Exception as err:
        parts.append(f"[text unreadable: {type(err).__name__}]")
    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            parts.extend(str(value) for value in pdf.docinfo.values())
            parts.extend(_visible_values(pdf))
            metadata = pdf.Root.get("/Metadata")
            if isinstance(metadata, pikepdf.Stream):
                parts.append(metadata.read_bytes().decode("utf-8", "ignore"))
    except (pikepdf.PasswordError, pikepdf.PdfError) as err:
        parts.append(f"[metadata unreadable: {err}]")
    return "\n".join(parts)


def _visible_values(pdf: pikepdf.Pdf) -> list[str]:
    """Form field values and annotation texts: a reader sees them, a text extractor does not."""
    found = []
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Dictionary):
            for key in ("/V", "/Contents", "/TU"):
                value = obj.get(key)
                if isinstance(value, pikepdf.String):
                    found.append(str(value))
    return found


def _zip_words(data: bytes, depth: int) -> str:
    """A DOCX, ODT or zip: every member's text, XML tags removed both ways (runs split words)."""
    parts = []
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for info in archive.infolist():
                member = archive.read(info)
                if info.filename.endswith((".xml", ".rels", ".txt", ".html")):
                    text = member.decode("utf-8", "ignore")
                    parts.append(html.unescape(TAG.sub("", text)))
                    parts.append(html.unescape(TAG.sub(" ", text)))
                else:
                    parts.append(words_of(info.filename, member, depth + 1))
    except zipfile.BadZipFile:
        parts.append(data.decode("utf-8", "ignore"))
    return "\n".join(parts)


def names_found(words: str, names: list[str]) -> list[str]:
    return [name for name in names if normal(name) and normal(name) in words]


def unreadable(words: str) -> bool:
    return "[text unreadable" in words or "[metadata unreadable" in words


def active_content(data: bytes, depth: int = 0) -> list[str]:
    """JavaScript, an open action that does more than show a page, Launch actions, additional
    actions, embedded files; a PDF that cannot be opened cannot be shown clean."""
    if data.startswith(b"PK") and depth < 4:
        found: list[str] = []
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                for info in archive.infolist():
                    found += active_content(archive.read(info), depth + 1)
        except zipfile.BadZipFile:
            pass
        return found
    if not data.startswith(b"%PDF"):
        return []
    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            return sorted(_pdf_active(pdf))
    except (pikepdf.PasswordError, pikepdf.PdfError) as err:
        return [f"cannot be opened to check ({type(err).__name__})"]


def _dictionaries(pdf: pikepdf.Pdf) -> list[pikepdf.Dictionary]:
    """Every dictionary of the file, the direct ones nested in others too (an annotation's
    action is often written inline, and pdf.objects lists only numbered objects)."""
    found: list[pikepdf.Dictionary] = []
    stack: list[object] = list(pdf.objects)
    seen: set[tuple[int, int]] = set()
    while stack:
        obj = stack.pop()
        if isinstance(obj, pikepdf.Object) and obj.is_indirect:
            if obj.objgen in seen:
                continue
            seen.add(obj.objgen)
        if isinstance(obj, pikepdf.Stream):
            obj = obj.stream_dict
        if isinstance(obj, pikepdf.Dictionary):
            found.append(obj)
            stack.extend(obj[key] for key in obj if key != "/Parent")
        elif isinstance(obj, pikepdf.Array):
            stack.extend(obj)
    return found


def _pdf_active(pdf: pikepdf.Pdf) -> set[str]:
    found: set[str] = set()
    opening = pdf.Root.get("/OpenAction")
    # A bare destination (page and zoom) is a view setting; an action dictionary acts.
    if isinstance(opening, pikepdf.Dictionary) and opening.get("/S") != pikepdf.Name.GoTo:
        found.add("OpenAction")
    names = pdf.Root.get("/Names")
    if isinstance(names, pikepdf.Dictionary):
        if "/JavaScript" in names:
            found.add("JavaScript")
        if "/EmbeddedFiles" in names:
            found.add("embedded files")
    for entries in _dictionaries(pdf):
        if "/JS" in entries:
            found.add("JavaScript")
        if "/AA" in entries:
            found.add("additional actions")
        action = entries.get("/S")
        if isinstance(action, pikepdf.Name) and str(action) in ACTIONS:
            found.add(ACTIONS[str(action)])
        if entries.get("/Type") == pikepdf.Name.EmbeddedFile or "/EF" in entries:
            found.add("embedded files")
    return found
