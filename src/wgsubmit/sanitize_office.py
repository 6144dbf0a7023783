"""Word (DOCX) and OpenDocument (ODT) packages made fit for the call's public page: macros,
embedded objects and links to outside templates taken out, and for an anonymous
submission every name of its author. A package is a zip of XML parts that point at each
other; whatever cannot be taken out while keeping those pointers whole is refused rather
than shipped broken (`Unsafe`). What each format holds is listed in data/publication.toml."""

from __future__ import annotations

import functools
import io
import posixpath
import re
import tomllib
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from typing import Any
from urllib.parse import unquote

import docx
from lxml import etree

# A package that unpacks to more than this is not read: a zip bomb, not a submission.
MAX_UNPACKED = 300 * 1024 * 1024

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
_CONTENT_TYPES = "[Content_Types].xml"
_DC = "http://purl.org/dc/elements/1.1/"
_BLANK = b"\xef\xbb\xbf \t\r\n"  # before an XML declaration: a byte-order mark, spaces
_NAMES = ("author", "initials")  # attributes that name a person in a Word part


@dataclass(frozen=True)
class Stripped:
    """A file made safe: the bytes to publish and what was taken out of them, in words."""

    data: bytes
    removed: tuple[str, ...]
    active_content: bool


class Unsafe(Exception):
    """The file cannot be made safe to publish; `note` says why, for the officer."""

    def __init__(self, note: str, active_content: bool = False) -> None:
        super().__init__(note)
        self.note = note
        self.active_content = active_content


class Findings:
    """What a cleaner took out, gathered as it goes."""

    def __init__(self) -> None:
        self._words: dict[str, None] = {}
        self.active = False

    def took(self, word: str, active: bool) -> None:
        self._words[word] = None
        self.active = self.active or active

    def stripped(self, data: bytes) -> Stripped:
        return Stripped(data, tuple(self._words), self.active)


@functools.cache
def rules() -> dict[str, Any]:
    """What each format holds that is active or names its author (data/publication.toml)."""
    text = resources.files("wgsubmit.data").joinpath("publication.toml").read_text("utf-8")
    return tomllib.loads(text)


def active_field(instruction: str) -> bool:
    """Whether a field instruction runs a program or fetches data (DDE)."""
    return re.search(rules()["fields"]["active"], instruction, re.IGNORECASE) is not None


class Package:
    """A zip package read whole; parts are changed in place and written anew in their order."""

    def __init__(self, data: bytes, what: str) -> None:
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                infos = [info for info in archive.infolist() if not info.is_dir()]
                if len({info.filename.lower() for info in infos}) != len(infos):
                    raise Unsafe(f"the {what} holds two parts of the same name")
                if sum(info.file_size for info in infos) > MAX_UNPACKED:
                    raise Unsafe(f"the {what} unpacks to more than {MAX_UNPACKED >> 20} MB")
                self.parts = {info.filename: archive.read(info) for info in infos}
        except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError,
                OSError, EOFError, zlib.error, ValueError) as err:  # fmt: skip
            raise Unsafe(f"the file cannot be read as a {what} ({err})") from err
        self._dates = {info.filename: info.date_time for info in infos}
        self._stored = {i.filename for i in infos if i.compress_type == zipfile.ZIP_STORED}

    def xml(self, name: str) -> etree._Element:
        try:
            return etree.fromstring(self.parts[name], _PARSER)
        except etree.XMLSyntaxError as err:
            raise Unsafe(f"the part {name} is not well-formed XML ({err})") from err

    def put(self, name: str, root: etree._Element) -> None:
        standalone = root.getroottree().docinfo.standalone
        self.parts[name] = etree.tostring(
            root, xml_declaration=True, encoding="UTF-8", standalone=standalone
        )

    def xml_parts(self, *markers: bytes) -> Iterator[tuple[str, etree._Element]]:
        """The XML parts whose bytes hold one of `markers`, parsed (the rest need no look).
        A part the caller changed in between is written back when it asks for the next."""
        for name, body in list(self.parts.items()):
            xml = name.endswith((".xml", ".rels")) or body.lstrip(_BLANK)[:5] == b"<?xml"
            if xml and any(m in body for m in markers):
                root = self.xml(name)
                before = etree.tostring(root)
                yield name, root
                if etree.tostring(root) != before:
                    self.put(name, root)

    def write(self) -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as archive:
            for name, body in self.parts.items():
                info = zipfile.ZipInfo(name, self._dates[name])
                stored = name in self._stored
                info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
                archive.writestr(info, body)
        return out.getvalue()


def local(node: etree._Element | str) -> str:
    """A tag's or attribute's name without its namespace."""
    tag = node if isinstance(node, str) else node.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def drop(element: etree._Element) -> None:
    parent = element.getparent()
    if parent is not None:
        parent.remove(element)


# --- Word -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Relationship:
    holder: str  # the .rels part that lists it
    source: str  # the part it belongs to ("" for the package itself), lower case
    rid: str
    kind: str  # the last segment of its type
    target: str | None  # the part it points at, lower case; None when outside the package


def clean_docx(data: bytes, anonymous: bool) -> Stripped:
    """A Word document without macros, embedded objects, ActiveX controls or an outside
    template; anonymous, without any name of its author."""
    package = Package(data, "Word document")
    if _CONTENT_TYPES not in package.parts:
        raise Unsafe("the file is not a Word document (no [Content_Types].xml)")
    _refuse_dde(package)
    every = _relationships(package)
    refused = rules()["docx"]["refused_relationships"]
    for rel in every:
        if rel.kind in refused:
            raise Unsafe(
                f"the Word document holds {refused[rel.kind]}, which cannot be checked: "
                "ask the submitter for a PDF",
                active_content=True,
            )
    found = Findings()
    kinds = dict(rules()["docx"]["active_relationships"])
    if anonymous:
        kinds |= rules()["docx"]["anonymous_relationships"]
    _drop_relationships(package, every, kinds, found)
    if anonymous:
        _anonymize_docx(package, found)
    result = package.write()
    _check_opens(result, data, found)
    return found.stripped(result)


def _refuse_dde(package: Package) -> None:
    for name, root in package.xml_parts(b"instr"):
        codes = []
        for node in root.iter():
            if local(node) == "instrText":
                codes.append(node.text or "")
            codes.extend(value for key, value in node.attrib.items() if local(key) == "instr")
        if active_field(" ".join(codes)):
            raise Unsafe(
                f"{name} holds a DDE field, which can run a program when the document "
                "opens: ask the submitter for a copy without it",
                active_content=True,
            )


def _relationships(package: Package) -> list[_Relationship]:
    found = []
    for name, root in package.xml_parts(b"Relationship"):
        folder, _, file = name.rpartition("_rels/")
        if not file.endswith(".rels") or (folder and not folder.endswith("/")):
            continue
        source = (folder + file[: -len(".rels")]).lower()
        for node in root:
            if local(node) != "Relationship":
                continue
            target = None
            if node.get("TargetMode") != "External":
                target = _resolve(source, node.get("Target", ""))
            kind = node.get("Type", "").rstrip("/").rsplit("/", 1)[-1]
            found.append(_Relationship(name, source, node.get("Id", ""), kind, target))
    return found


def _resolve(source: str, target: str) -> str:
    path = unquote(target.split("#", 1)[0])
    if not path.startswith("/"):
        path = posixpath.join(posixpath.dirname(source), path)
    return posixpath.normpath(path).lstrip("/").lower()


def _drop_relationships(
    package: Package, every: list[_Relationship], kinds: dict[str, str], found: Findings
) -> None:
    """Take out the relationships of `kinds`, the elements that point at them and every part
    no kept relationship reaches any more."""
    dropped = [rel for rel in every if rel.kind in kinds]
    active = rules()["docx"]["active_relationships"]
    for rel in dropped:
        found.took(kinds[rel.kind], active=rel.kind in active)
    reached = _reached([rel for rel in every if rel.kind not in kinds])
    if any(rel.target in reached for rel in dropped):
        raise Unsafe("an embedded part is also used by the document: it cannot be taken out")
    gone = _unreached(package, reached, _reached(every), found)
    for holder in sorted({rel.holder for rel in dropped} - gone):
        rids = {rel.rid for rel in dropped if rel.holder == holder}
        root = package.xml(holder)
        for node in [n for n in root if n.get("Id") in rids]:
            root.remove(node)
        package.put(holder, root)
        source = next(rel.source for rel in dropped if rel.holder == holder)
        _drop_references(package, source, rids)
    _fix_content_types(package, gone)
    for name in gone:
        del package.parts[name]


def _reached(kept: list[_Relationship]) -> set[str]:
    """The parts (lower case) that the package's kept relationships lead to."""
    by_source: dict[str, list[str]] = {}
    for rel in kept:
        if rel.target is not None:
            by_source.setdefault(rel.source, []).append(rel.target)
    reached: set[str] = set()
    todo = [""]
    while todo:
        for target in by_source.get(todo.pop(), []):
            if target not in reached:
                reached.add(target)
                todo.append(target)
    return reached


def _unreached(package: Package, reached: set[str], before: set[str], found: Findings) -> set[str]:
    """The parts nothing reaches, which Word never shows: taken out. Those that no
    relationship reached `before` any was taken out are said what they were."""
    docx = rules()["docx"]
    sources = reached | {""}
    gone = set()
    for name in package.parts:
        folder, _, file = name.rpartition("_rels/")
        rels = file.endswith(".rels")
        if name == _CONTENT_TYPES or name.lower() in reached:
            continue
        if rels and (folder + file[: -len(".rels")]).lower() in sources:
            continue
        gone.add(name)
        if rels or name.lower() in before:
            continue
        segments = name.split("/")
        folders = [docx["orphan_folders"][s] for s in segments[:-1] if s in docx["orphan_folders"]]
        word = docx["orphan_names"].get(segments[-1]) or next(iter(folders), None)
        found.took(word or "unused parts", active=word is not None)
    return gone


def _drop_references(package: Package, source: str, rids: set[str]) -> None:
    """Take out the elements of `source` that point at relationships taken out: only those
    listed as removable (the object's picture stays); any other keeps the file from going."""
    name = next((n for n in package.parts if n.lower() == source), None)
    if name is None or not name.endswith(".xml"):
        return
    removable = set(rules()["docx"]["removable_references"])
    root = package.xml(name)
    for node in list(root.iter()):
        if not any(_points_at(key, value, rids) for key, value in node.attrib.items()):
            continue
        if local(node) not in removable:
            raise Unsafe(
                f"{name} uses an embedded object in a way that cannot be taken out cleanly "
                f"(<{local(node)}>): ask the submitter for a PDF",
                active_content=True,
            )
        drop(node)
    package.put(name, root)


def _points_at(key: str, value: str, rids: set[str]) -> bool:
    """An attribute naming a relationship (r:id, r:embed...) among `rids`."""
    return key.split("}")[0].endswith("relationships") and value in rids


def _fix_content_types(package: Package, gone: set[str]) -> None:
    """Forget the parts taken out; a macro-enabled document becomes a plain one."""
    root = package.xml(_CONTENT_TYPES)
    gone_names = {"/" + name.lower() for name in gone}
    main_types = rules()["docx"]["main_types"]
    for node in list(root):
        kind = node.get("ContentType", "")
        if (node.get("PartName") or "").lower() in gone_names or "vbaProject" in kind:
            root.remove(node)
        elif kind in main_types:
            node.set("ContentType", main_types[kind])
    package.put(_CONTENT_TYPES, root)


def _anonymize_docx(package: Package, found: Findings) -> None:
    """Core and application properties cut down, authors of comments and revisions blanked
    in every part (their attribute is required, so it stays, empty), initials removed."""
    anonymous = rules()["docx"]["anonymous"]
    for _, root in package.xml_parts(b"coreProperties", b"<Properties"):
        drops = []
        if local(root) == "coreProperties":
            drops = [n for n in root if local(n) not in anonymous["core_kept"]]
        elif local(root) == "Properties":
            drops = [n for n in root if local(n) in anonymous["app_removed"]]
        for node in drops:
            root.remove(node)
            found.took("document properties", active=False)
    removed: dict[str, str] = anonymous["removed_elements"]
    for name, root in package.xml_parts(b"author", b"initials", *map(str.encode, removed)):
        who = "comment authors" if "comments" in name else "revision authors"
        for node in list(root.iter()):
            if local(node) in removed:
                drop(node)
                found.took(removed[local(node)], active=False)
            for key in [k for k, v in node.attrib.items() if v and local(k) in _NAMES]:
                if local(key) == "initials":
                    del node.attrib[key]
                else:
                    node.set(key, "")
                found.took(who, active=False)


def _check_opens(data: bytes, original: bytes, found: Findings) -> None:
    """Word documents are checked by opening them again, so a broken one is never shipped."""
    error = _open_error(data)
    if error is None:
        return
    if _open_error(original) is not None:  # (Strict Open XML, which python-docx does not read)
        raise Unsafe(f"the Word document cannot be opened to check it ({error}): ask for a PDF")
    raise Unsafe(
        f"the Word document no longer opens once cleaned ({error}): ask for a PDF",
        active_content=found.active,
    )


def _open_error(data: bytes) -> str | None:
    try:
        document = docx.Document(io.BytesIO(data))
        sum(1 for _ in document.paragraphs)
    except Exception as err:  # python-docx raises many kinds on a package it cannot read
        return f"{type(err).__name__}: {err}"
    return None


# --- OpenDocument -----------------------------------------------------------------------


def clean_odt(data: bytes, anonymous: bool) -> Stripped:
    """An OpenDocument text without macros, macro calls or embedded OLE objects; anonymous,
    without its author's names."""
    package = Package(data, "OpenDocument file")
    if "content.xml" not in package.parts or "META-INF/manifest.xml" not in package.parts:
        raise Unsafe("the file is not an OpenDocument text (no content.xml or manifest)")
    manifest = package.xml("META-INF/manifest.xml")
    if any(local(node) == "encryption-data" for node in manifest.iter()):
        raise Unsafe("the OpenDocument file is password-protected: ask for an open copy")
    found = Findings()
    odt = rules()["odt"]
    macros = {name for name in package.parts if name.split("/")[0] in odt["macro_folders"]}
    for name in macros:
        del package.parts[name]
        found.took("macros", active=True)
    objects = _drop_odt_elements(package, odt["active_elements"], found)
    gone = macros | {name for name in package.parts if name in objects or _ole_object(name)}
    for name in gone - macros:
        del package.parts[name]
        found.took("embedded objects", active=True)
    for node in list(manifest):
        path = next((v for k, v in node.attrib.items() if local(k) == "full-path"), "")
        if path.rstrip("/") in gone or path.split("/")[0] in odt["macro_folders"]:
            manifest.remove(node)
    if gone:
        package.put("META-INF/manifest.xml", manifest)
    if anonymous:
        _anonymize_odt(package, odt["anonymous"], found)
    return found.stripped(package.write())


def _ole_object(name: str) -> bool:
    """An embedded OLE object: a binary file "Object N" at the top (a chart or a formula is
    a folder of XML, kept)."""
    return "/" not in name and name.startswith("Object ")


def _drop_odt_elements(package: Package, elements: dict[str, str], found: Findings) -> set[str]:
    """Take out the active elements of every part; the files inside the package they
    pointed at (an OLE object's data) are returned, to go too."""
    pointed = set()
    for _, root in package.xml_parts(*(e.encode() for e in elements)):
        for node in list(root.iter()):
            if local(node) in elements:
                href = next((v for k, v in node.attrib.items() if local(k) == "href"), "")
                pointed.add(unquote(href.removeprefix("./")))
                frame = node.getparent()
                drop(node)
                found.took(elements[local(node)], active=True)
                if frame is not None and local(frame) == "frame" and len(frame) == 0:
                    drop(frame)
    return pointed


def _anonymize_odt(package: Package, anonymous: dict[str, Any], found: Findings) -> None:
    for name, root in package.xml_parts(b""):
        for node in list(root.iter()):
            parent = node.getparent()
            if parent is not None and local(parent) == "meta" and name.endswith("meta.xml"):
                if local(node) in anonymous["meta_removed"]:
                    drop(node)
                    found.took("document properties", active=False)
            elif local(node) in anonymous["initials"]:
                drop(node)
                found.took("comment authors", active=False)
            elif node.tag == f"{{{_DC}}}creator" and (len(node) or (node.text or "").strip()):
                for child in list(node):
                    node.remove(child)
                node.text = ""
                changes = any(local(a) == "change-info" for a in node.iterancestors())
                found.took("revision authors" if changes else "comment authors", active=False)
