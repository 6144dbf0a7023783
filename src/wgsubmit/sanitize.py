"""Documents made fit for the call's public page: bytes in, bytes out. Whatever acts on its
own when a reader opens the file (PDF JavaScript, open and launch actions, embedded files,
macros, embedded objects) is taken out; for an anonymous submission, so is every name of
its author kept in the file's properties, comments and revisions. What cannot be made safe
is not published (`Cleaned.data` is None) and the officer is told why: the tool fails
closed. Word and OpenDocument packages are handled in `sanitize_office`."""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

import olefile
import pikepdf
from pikepdf import Array, Dictionary, Name, Stream

from wgsubmit.sanitize_office import (
    Findings,
    Stripped,
    Unsafe,
    active_field,
    clean_docx,
    clean_odt,
    rules,
)

log = logging.getLogger(__name__)

MACROS_IN_DOC = "an old Word .doc cannot be checked for macros: convert it and attach the new file"
AUTHOR_IN_DOC = (
    "an anonymous submission's old Word file keeps its author in its properties: convert it"
)
# Actions chained one after another (/Next) beyond this are not followed: taken out whole.
_MAX_CHAIN = 256


@dataclass(frozen=True)
class Cleaned:
    """A document as it may go on the public page, or why it may not."""

    data: bytes | None  # the bytes to publish; None: cannot be made safe, withhold it
    removed: tuple[str, ...]  # what was taken out, in words ("JavaScript", "open action")
    active_content: bool  # something active was found (the export flags `active_content`)
    note: str | None  # why it is withheld, when data is None, for the officer


def for_publication(data: bytes, fmt: str, anonymous: bool) -> Cleaned:
    """The document `data` (of format `fmt`: "pdf", "docx", "odt", "rtf", "doc" or "txt")
    without active content and, when `anonymous`, without its author's names. Never raises:
    a file that cannot be checked is withheld with a note."""
    cleaner = _CLEANERS.get(fmt)
    if cleaner is None:
        return Cleaned(None, (), False, f"a file of format {fmt!r} cannot be checked")
    try:
        done = cleaner(data, anonymous)
    except Unsafe as err:
        return Cleaned(None, (), err.active_content, err.note)
    except Exception as err:  # fail closed: what nothing could check is not published
        log.warning("a %s file could not be checked for publication (%s)", fmt, type(err).__name__)
        log.debug("checking a %s file failed", fmt, exc_info=True)
        reason = f"{type(err).__name__}: {err}"
        return Cleaned(None, (), False, f"the file could not be checked ({reason})")
    return Cleaned(done.data, done.removed, done.active_content, None)


def _as_is(data: bytes, anonymous: bool) -> Stripped:
    """Plain text holds nothing active and no properties."""
    return Stripped(data, (), False)


# --- PDF --------------------------------------------------------------------------------


def _clean_pdf(data: bytes, anonymous: bool) -> Stripped:
    """The PDF written anew by qpdf: only what the document still reaches is kept, so
    earlier revisions and the objects taken out are gone from the bytes as well."""
    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except pikepdf.PasswordError as err:
        raise Unsafe("the PDF needs a password to open: ask for an unprotected copy") from err
    except pikepdf.PdfError as err:
        raise Unsafe(f"the PDF cannot be read ({err})") from err
    found = Findings()
    with pdf:
        pages = len(pdf.pages)
        _strip_catalog(pdf.Root, found)
        if anonymous and "/Info" in pdf.trailer:
            del pdf.trailer["/Info"]
            found.took("document properties", active=False)
        for node in _dictionaries(pdf.trailer):
            _strip_actions(node, found)
            if anonymous:
                _strip_names(node, found)
        out = io.BytesIO()
        try:
            pdf.save(out, encryption=False, fix_metadata_version=False, deterministic_id=True)
        except pikepdf.PdfError as err:
            raise Unsafe(f"the PDF cannot be written once cleaned ({err})", found.active) from err
    try:
        with pikepdf.open(io.BytesIO(out.getvalue())) as again:
            if len(again.pages) != pages:
                raise Unsafe("the PDF lost pages once cleaned", found.active)
    except pikepdf.PdfError as err:
        raise Unsafe(f"the PDF no longer opens once cleaned ({err})", found.active) from err
    return found.stripped(out.getvalue())


def _strip_catalog(root: pikepdf.Object, found: Findings) -> None:
    """The document-wide entries: what runs on opening, scripts and files kept by name,
    and an XFA form (a form program the viewer runs)."""
    opening = root.get("/OpenAction")
    if opening is not None and not isinstance(opening, Array):  # an Array: a page to show
        words = _unsafe_actions(opening)
        if words:
            del root["/OpenAction"]
            for word in ("open action", *words):
                found.took(word, active=True)
    names = root.get("/Names")
    if isinstance(names, Dictionary):
        for key, word in (("/JavaScript", "JavaScript"), ("/EmbeddedFiles", "embedded files")):
            if key in names:
                del names[key]
                found.took(word, active=True)
    if "/Collection" in root and not (isinstance(names, Dictionary) and "/EmbeddedFiles" in names):
        del root["/Collection"]  # a portfolio's layout, with no files left to show
    form = root.get("/AcroForm")
    if isinstance(form, Dictionary) and "/XFA" in form:
        del form["/XFA"]
        found.took("XFA form", active=True)
        if "/NeedsRendering" in root:
            del root["/NeedsRendering"]


def _dictionaries(start: pikepdf.Object) -> Iterator[Dictionary | Stream]:
    """Every dictionary (and stream) reachable from `start`, each once. A caller may take
    entries out of one before the walk goes on: what it took out is not visited."""
    seen: set[tuple[int, int]] = set()
    todo: list[pikepdf.Object] = [start]
    while todo:
        node = todo.pop()
        if not isinstance(node, (Dictionary, Stream, Array)):  # numbers, names, strings
            continue
        if node.is_indirect:
            if node.objgen in seen:
                continue
            seen.add(node.objgen)
        if isinstance(node, (Dictionary, Stream)):
            yield node
            todo.extend(node.values())
        elif isinstance(node, Array):
            todo.extend(node)


def _strip_actions(node: Dictionary | Stream, found: Findings) -> None:
    """Actions of pages, annotations, fields and bookmarks; scripts and embedded files
    wherever they are; annotations that carry files or media."""
    if "/AA" in node:  # actions run on an event (page opened, field left...), not a click
        triggers = node["/AA"]
        words = []
        if isinstance(triggers, Dictionary):
            words = [word for action in triggers.values() for word in _unsafe_actions(action)]
        del node["/AA"]
        for word in ("automatic actions", *words):
            found.took(word, active=True)
    action = node.get("/A")
    if isinstance(action, Dictionary) and "/S" in action:  # (a structure's /A has no /S)
        words = _unsafe_actions(action)
        if words:
            del node["/A"]
            for word in words:
                found.took(word, active=True)
    for key, word in (("/JS", "JavaScript"), ("/EF", "embedded files"), ("/AF", "embedded files")):
        if key in node:
            del node[key]
            found.took(word, active=True)
    annotations = node.get("/Annots")
    if isinstance(annotations, Array):
        taken = rules()["pdf"]["annotations"]
        kept = [a for a in annotations if _subtype(a) not in taken]
        for annotation in annotations:
            if _subtype(annotation) in taken:
                found.took(taken[_subtype(annotation)], active=True)
        if len(kept) != len(annotations):
            node["/Annots"] = Array(kept)


def _unsafe_actions(first: pikepdf.Object) -> list[str]:
    """The actions of a chain (an action and those it runs next) that are not a jump
    inside the document, a web link or a viewer command, in words; [] when all are."""
    pdf = rules()["pdf"]
    words: list[str] = []
    todo, seen = [first], 0
    while todo:
        action = todo.pop()
        seen += 1
        if seen > _MAX_CHAIN:
            return [*words, "chain of actions"]
        if not isinstance(action, Dictionary):
            continue
        kind = _name(action.get("/S"))
        if kind not in pdf["safe_actions"] or (kind == "URI" and not _web(action.get("/URI"))):
            words.append(pdf["action_words"].get(kind, f"{kind or 'unnamed'} action"))
        following = action.get("/Next")
        if isinstance(following, Array):
            todo.extend(following)
        elif following is not None:
            todo.append(following)
    return words


def _web(uri: pikepdf.Object | None) -> bool:
    if not isinstance(uri, pikepdf.String):
        return False
    scheme = urlsplit(str(uri).strip()).scheme.lower()
    return scheme in rules()["pdf"]["web_schemes"]


def _name(value: pikepdf.Object | None) -> str:
    return str(value)[1:] if isinstance(value, Name) else ""


def _subtype(annotation: pikepdf.Object) -> str:
    return _name(annotation.get("/Subtype")) if isinstance(annotation, Dictionary) else ""


def _strip_names(node: Dictionary | Stream, found: Findings) -> None:
    """What names the author: XMP metadata (of the document, a page or an image), the
    private data of the program that made it, comment authors, and a digital signature
    (its certificate names the signer; the signature's look on the page stays)."""
    for key, word in (("/Metadata", "XMP metadata"), ("/PieceInfo", "application data")):
        if key in node:
            del node[key]
            found.took(word, active=False)
    markup = _name(node.get("/Subtype")) in rules()["pdf"]["markup_annotations"]
    if markup and "/Rect" in node and "/T" in node:
        del node["/T"]
        found.took("comment authors", active=False)
    if _name(node.get("/FT")) == "Sig" and "/V" in node:
        del node["/V"]
        found.took("digital signature", active=False)
    if "/Perms" in node:
        del node["/Perms"]


# --- RTF --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Group:
    """A {…} group of an RTF file: where it is and the control word it opens with."""

    start: int
    end: int  # one past its closing brace
    depth: int
    word: str  # its first control word ("\\*" passed over); "" when it opens with text


# A token that matters for groups: \binN and its N raw bytes, an escaped character (so
# that "\{" is no brace), a brace.
_RTF_TOKEN = re.compile(rb"\\bin(-?\d{1,10}) ?|\\.|[{}]", re.DOTALL)
_RTF_OPENING = re.compile(rb"\{\s*(?:\\\*\s*)?\\([a-zA-Z]+)")
_RTF_CONTROL = re.compile(rb"\\[a-zA-Z]+-?\d* ?|[{}]")
_RTF_HEX = re.compile(rb"\\'([0-9a-fA-F]{2})")


def _clean_rtf(data: bytes, anonymous: bool) -> Stripped:
    """Embedded objects replaced by their picture; anonymous, the properties, comment
    authors and revision authors taken out. The result is read again: an object left
    behind, or a DDE field, keeps the file from going."""
    if data.lstrip()[:5] != b"{\\rtf":
        raise Unsafe("the file is not an RTF document")
    groups = _rtf_groups(data)
    found = Findings()
    edits = [edit for group in groups if (edit := _rtf_edit(data, group, groups, anonymous, found))]
    kept, last = [], 0
    for start, end, replacement in sorted(edits):
        if start >= last:  # a group inside one already replaced is gone with it
            kept += [data[last:start], replacement]
            last = end
    out = b"".join([*kept, data[last:]])
    active = "|".join(rules()["rtf"]["active_words"])
    if re.search(rb"\\(?:" + active.encode() + rb")(?![a-zA-Z])", out):
        raise Unsafe("an embedded object of the RTF file cannot be taken out reliably", True)
    for group in _rtf_groups(out):
        if group.word == "fldinst" and active_field(_rtf_text(out[group.start : group.end])):
            raise Unsafe("the RTF file holds a DDE field, which can run a program", True)
    return found.stripped(out)


def _rtf_text(group: bytes) -> str:
    """A group's characters, its control words and braces left out."""
    chars = _RTF_HEX.sub(lambda m: bytes.fromhex(m.group(1).decode("ascii")), group)
    return _RTF_CONTROL.sub(b"", chars).decode("latin-1")


def _rtf_groups(data: bytes) -> list[_Group]:
    groups: list[_Group] = []
    opened: list[int] = []
    position = 0
    while match := _RTF_TOKEN.search(data, position):
        position = match.end()
        if match.group(1) is not None:
            position += max(int(match.group(1)), 0)
        elif match.group() == b"{":
            opened.append(match.start())
        elif match.group() == b"}":
            if not opened:
                raise Unsafe("the RTF file's groups do not balance")
            start = opened.pop()
            opening = _RTF_OPENING.match(data, start)
            word = opening.group(1).decode("ascii") if opening else ""
            groups.append(_Group(start, position, len(opened), word))
    if opened:
        raise Unsafe("the RTF file's groups do not balance")
    return groups


def _rtf_edit(
    data: bytes, group: _Group, groups: list[_Group], anonymous: bool, found: Findings
) -> tuple[int, int, bytes] | None:
    """What replaces `group`, or None to keep it."""
    rtf = rules()["rtf"]
    word = group.word
    if word in rtf["active_groups"]:
        found.took(rtf["active_groups"][word], active=True)
        inner = [g for g in groups if group.start < g.start < group.end]
        picture = [g for g in inner if g.depth == group.depth + 1 and g.word == "result"]
        shown = b"".join(data[g.start : g.end].replace(b"\\result", b"", 1) for g in picture)
        return group.start, group.end, shown
    if not anonymous:
        return None
    personal = rtf["anonymous"]
    if word in personal["removed_groups"]:
        found.took(personal["removed_groups"][word], active=False)
        return group.start, group.end, b""
    if word in personal["emptied_groups"]:
        found.took(personal["emptied_groups"][word], active=False)
        return group.start, group.end, b"{\\*\\" + word.encode() + b" }"
    if word in personal["blanked_tables"]:
        found.took(personal["blanked_tables"][word], active=False)
        inner = [g for g in groups if group.start < g.start < group.end]
        entries = sum(1 for g in inner if g.depth == group.depth + 1)
        return group.start, group.end, b"{\\*\\" + word.encode() + b" " + b"{;}" * entries + b"}"
    return None


# --- Word 97-2003 -----------------------------------------------------------------------


def _check_doc(data: bytes, anonymous: bool) -> Stripped:
    """An old Word file is published as it is, unless it holds macros or must be anonymous:
    no kept library can take either out of it."""
    if not data.startswith(olefile.MAGIC):
        raise Unsafe("the file is not an old Word document")
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            entries = ole.listdir(streams=True, storages=True)
    except Exception as err:  # olefile raises OSError, ValueError and others on a bad file
        raise Unsafe(f"the old Word document cannot be read ({err})") from err
    names = {part.lower() for entry in entries for part in entry}
    if names & {name.lower() for name in rules()["doc"]["macro_storages"]}:
        raise Unsafe(MACROS_IN_DOC, active_content=True)
    if anonymous:
        raise Unsafe(AUTHOR_IN_DOC)
    return Stripped(data, (), False)


_CLEANERS: dict[str, Callable[[bytes, bool], Stripped]] = {
    "pdf": _clean_pdf,
    "docx": clean_docx,
    "odt": clean_odt,
    "rtf": _clean_rtf,
    "doc": _check_doc,
    "txt": _as_is,
}
