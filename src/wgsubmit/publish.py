"""What goes on the call's web page: SPEC's publication rules, the publish list in json,
csv, md and html, and the files to upload under clean names.

Every rule that keeps a submission off the page lives in `left_out`: the worst failure
of this tool is publishing a confidential submission, so a submission whose request is
not known is left out too, and each file to copy comes only from a published entry.
"""

from __future__ import annotations

import csv
import io
import json
import mimetypes
import re
import shutil
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from wgsubmit.config import Config, Group
from wgsubmit.errors import UsageError
from wgsubmit.store import StoredAttachment, StoredMessage
from wgsubmit.views import on_time

if TYPE_CHECKING:
    from jinja2 import Template
    from rich.console import Console

ANONYMOUS = "Anonymous submission"
STATE_TYPES = ("member_state", "observer_state")
FORMATS = ("json", "csv", "md", "html")

# Parts of a message that are not a document to publish.
_NOT_DOCUMENTS = {
    "application/pkcs7-signature",
    "application/x-pkcs7-signature",
    "application/pgp-signature",
    "text/calendar",
    "text/vcard",
    "text/x-vcard",
    "message/delivery-status",
}
# The extension a file gets from what its bytes are, not from the name it was sent with.
_EXTENSIONS = {
    "pdf": ".pdf",
    "docx": ".docx",
    "doc": ".doc",
    "odt": ".odt",
    "rtf": ".rtf",
    "html": ".html",
    "txt": ".txt",
}
_SAFE_SUFFIX = re.compile(r"\.[a-z0-9]{1,5}")
_NAME_LENGTH = 80


@dataclass(frozen=True)
class PublishedFile:
    """One file to upload: a stored attachment, or the text of a body-only submission."""

    name: str
    sha256: str | None = None
    text: str | None = None


@dataclass(frozen=True)
class Entry:
    id: int
    name: str
    country: str | None
    type: str | None
    files: tuple[PublishedFile, ...]


@dataclass(frozen=True)
class EntryGroup:
    title: str
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class Verdict:
    """Whether one stored submission is published, why not, and what an officer should check."""

    message: StoredMessage
    reasons: tuple[str, ...]  # empty: published
    notes: tuple[str, ...] = ()
    entry: Entry | None = None

    @property
    def published(self) -> bool:
        return not self.reasons


@dataclass(frozen=True)
class PublishList:
    title: str
    deadline: str
    groups: tuple[EntryGroup, ...]
    verdicts: tuple[Verdict, ...]

    @property
    def entries(self) -> list[Entry]:
        return [e for g in self.groups for e in g.entries]

    def unreviewed(self) -> list[StoredMessage]:
        """Published submissions whose submitter or publication no officer has confirmed."""
        return [
            v.message
            for v in self.verdicts
            if v.published
            and (
                v.message.submitter_decided_by != "human"
                or v.message.confidentiality_decided_by != "human"
            )
        ]


# --- the rules ---


def left_out(message: StoredMessage, config: Config, include_late: bool = False) -> list[str]:
    """Every reason SPEC's rules keep this message off the page; none means it is published."""
    reasons = []
    if message.kind is None:
        reasons.append("not read yet" + (f" ({message.error})" if message.error else ""))
    elif message.kind != "submission":
        reasons.append(f"not a submission ({message.kind.replace('_', ' ')})")
    if message.duplicate_of is not None:
        reasons.append(f"duplicate of #{message.duplicate_of}")
    if message.superseded_by is not None:
        reasons.append(f"superseded by #{message.superseded_by}")
    if message.confidentiality == "confidential":
        part = " (part of it)" if "partial_confidential" in message.flags else ""
        reasons.append(f"confidential{part}")
    elif message.confidentiality is None and message.kind is not None:
        reasons.append("publication request not known")
    elif message.confidentiality == "unspecified" and config.publication.unspecified == "withhold":
        reasons.append("no publication request, and publication.unspecified is withhold")
    if message.withhold_reason:
        reasons.append(f"withheld: {message.withhold_reason}")
    timely = on_time(message, config)
    if timely is None:
        reasons.append("no received time")
    elif not timely and not include_late:
        reasons.append("late")
    return reasons


def published_name(message: StoredMessage) -> str:
    """The name shown on the page: "Anonymous submission", a State's UN short name, or the
    submitter's own."""
    from wgsubmit.detect.submitter import states

    if "anonymous" in message.flags:
        return ANONYMOUS
    state = states().get(message.submitter_country or "")
    if message.submitter_type in STATE_TYPES and state is not None:
        return state.name
    return (
        (message.submitter_name or "").strip()
        or (message.sender.name or "").strip()
        or f"Submission {message.id}"
    )


def _notes(message: StoredMessage, files: list[StoredAttachment]) -> list[str]:
    notes = []
    if "anonymous" in message.flags:
        notes.append("anonymous: check that its documents do not name the author")
    if "needs_download" in message.flags and not files:
        notes.append("needs_download: its document is behind a link")
    if not message.submitter_name and "anonymous" not in message.flags:
        notes.append("no submitter name")
    if message.submitter_type is None:
        notes.append("no submitter type")
    unread = [a.filename or f"attachment {a.position + 1}" for a in files if a.error]
    if unread:
        notes.append("could not be read, so not checked: " + ", ".join(unread))
    if message.confidentiality_decided_by != "human" and message.confidentiality == "unspecified":
        notes.append("no publication request")
    if "over_limit" in message.flags:
        notes.append("over the call's limit")
    if "format_not_accepted" in message.flags:
        notes.append("in a format the call does not accept")
    return notes


def files_to_publish(message: StoredMessage) -> list[StoredAttachment]:
    """The documents of a submission: not inline logos, signatures or calendar parts; an
    archive's members instead of the archive; images only when there is nothing else.
    A document some mail programs send inline (a PDF shown in the body) is still one."""
    candidates = [
        a
        for a in message.attachments
        if (not a.inline or a.format not in (None, "image"))
        and a.content_type not in _NOT_DOCUMENTS
    ]
    archives = {a.parent for a in candidates if a.parent is not None}
    files = [a for a in candidates if a.position not in archives]
    real = [a for a in files if a.format not in ("image", "archive")]
    return real or [a for a in files if a.format != "archive"]


def build(
    messages: Iterable[StoredMessage], config: Config, include_late: bool = False
) -> PublishList:
    """The publish list: each submission judged, the published ones grouped as the config
    says and sorted by name, each file named cleanly and uniquely. ``messages`` may hold
    every stored message: the others are not judged, but an amendment is noted."""
    stored = list(messages)
    later = {m.amends: m for m in stored if m.amends is not None}
    judged: list[tuple[StoredMessage, list[str], list[str], list[StoredAttachment]]] = []
    for message in stored:
        if message.kind not in (None, "submission"):
            continue  # `list` leaves them out too; an amendment is noted on its submission
        reasons = left_out(message, config, include_late)
        files = files_to_publish(message)
        notes = _notes(message, files) if not reasons else []
        amendment = later.get(message.id)
        if amendment is not None:
            notes.append(f"#{amendment.id} later asks: {amendment.confidentiality}")
        judged.append((message, reasons, notes, files))
    groups = config.publication.groups
    placed: dict[str, list[tuple[StoredMessage, list[StoredAttachment]]]] = {
        g.title: [] for g in groups
    }
    for message, reasons, _, files in judged:
        if not reasons:
            placed[_group_of(message, groups).title].append((message, files))
    taken: set[str] = set()
    entries: dict[int, Entry] = {}
    result = []
    for group in groups:
        chosen = sorted(
            placed[group.title], key=lambda mf: (_sort_key(published_name(mf[0])), mf[0].id)
        )
        made = tuple(_entry(m, f, taken) for m, f in chosen)
        entries.update((e.id, e) for e in made)
        result.append(EntryGroup(group.title, made))
    verdicts = tuple(
        Verdict(m, tuple(reasons), tuple(notes), entries.get(m.id))
        for m, reasons, notes, _ in judged
    )
    return PublishList(config.call.title, config.call.deadline.display(), tuple(result), verdicts)


def _group_of(message: StoredMessage, groups: tuple[Group, ...]) -> Group:
    """The group holding the submitter's type; one not yet known goes with `other`."""
    wanted = message.submitter_type or "other"
    return next(g for g in groups if wanted in g.types)


def _sort_key(name: str) -> str:
    """Names sort as a reader expects: "Équateur" with the E's, case ignored."""
    plain = unicodedata.normalize("NFKD", name)
    return "".join(c for c in plain if not unicodedata.combining(c)).casefold()


def _entry(message: StoredMessage, files: list[StoredAttachment], taken: set[str]) -> Entry:
    name = published_name(message)
    stem = _stem(name, message.id)
    published: list[PublishedFile] = []
    if files:
        for attachment in files:
            clean = _unique(stem, _extension(attachment), taken, first=not published)
            published.append(PublishedFile(clean, sha256=attachment.sha256))
    elif "needs_download" not in message.flags and message.body.strip():
        clean = _unique(stem, ".txt", taken, first=True)
        published.append(PublishedFile(clean, text=message.body.strip() + "\n"))
    return Entry(
        message.id, name, message.submitter_country, message.submitter_type, tuple(published)
    )


def _stem(name: str, message_id: int) -> str:
    """A file name's stem from the published name: letters, digits and hyphens only, so it
    is the same on every system and web server ("Bolivia-Plurinational-State-of")."""
    from slugify import slugify

    stem = slugify(name, lowercase=False, max_length=_NAME_LENGTH, word_boundary=True)
    return stem or f"submission-{message_id}"


def _extension(attachment: StoredAttachment) -> str:
    known = _EXTENSIONS.get(attachment.format or "")
    if known:
        return known
    suffix = PurePosixPath((attachment.filename or "").lower()).suffix
    if _SAFE_SUFFIX.fullmatch(suffix):
        return suffix
    return mimetypes.guess_extension(attachment.content_type) or ".bin"


def _unique(stem: str, extension: str, taken: set[str], first: bool) -> str:
    """ "Mexico.pdf", then "Mexico-2.docx" for its second file or another Mexico; unique
    whatever the case, since Windows and macOS ignore it."""
    from pathvalidate import sanitize_filename

    number = 1 if first else 2
    while True:
        name = f"{stem}{extension}" if number == 1 else f"{stem}-{number}{extension}"
        name = sanitize_filename(name, platform="universal")  # "CON.pdf" is no file on Windows
        if name.casefold() not in taken:
            taken.add(name.casefold())
            return name
        number += 1


# --- the formats ---


def as_json(publish_list: PublishList) -> dict[str, object]:
    """SPEC's shape, exactly."""
    return {
        "call": {"title": publish_list.title, "deadline": publish_list.deadline},
        "groups": [
            {
                "title": g.title,
                "entries": [
                    {
                        "id": e.id,
                        "name": e.name,
                        "country": e.country,
                        "files": [f.name for f in e.files],
                    }
                    for e in g.entries
                ],
            }
            for g in publish_list.groups
        ],
    }


def render(publish_list: PublishList, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(as_json(publish_list), ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        return render_csv(publish_list)
    if fmt == "md":
        return render_md(publish_list)
    if fmt == "html":
        return render_html(publish_list)
    raise UsageError(f"--format: one of {', '.join(FORMATS)}")


def spreadsheet_safe(value: str) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula (CSV injection)."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def render_csv(publish_list: PublishList) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["group", "id", "name", "country", "files"])
    for group in publish_list.groups:
        for e in group.entries:
            row = [
                group.title,
                str(e.id),
                e.name,
                e.country or "",
                "; ".join(f.name for f in e.files),
            ]
            writer.writerow([spreadsheet_safe(cell) for cell in row])
    return out.getvalue()


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|#~&!])")
_MD_LINE_START = re.compile(r"^([-+=>]|\d+[.)])")


def markdown_text(value: str) -> str:
    """Plain text that Markdown shows as it is: no emphasis, link, html or list."""
    escaped = _MD_SPECIAL.sub(r"\\\1", " ".join(value.split()))
    return _MD_LINE_START.sub(r"\\\1", escaped)


def render_md(publish_list: PublishList) -> str:
    lines = [f"# {markdown_text(publish_list.title)}", "", f"Deadline: {publish_list.deadline}"]
    for group in publish_list.groups:
        if not group.entries:
            continue
        lines += ["", f"## {markdown_text(group.title)}", ""]
        for e in group.entries:
            links = ", ".join(f"[{f.name}]({f.name})" for f in e.files) or "no file"
            lines.append(f"- {markdown_text(e.name)}: {links}")
    return "\n".join(lines) + "\n"


def render_html(publish_list: PublishList) -> str:
    """A fragment to paste into the call's page: no script, no style, every value escaped."""
    return template("publish.html.j2").render(publish_list=publish_list) + "\n"


def template(name: str) -> Template:
    """One of the package's Jinja templates, every value escaped unless marked safe."""
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    env = Environment(
        loader=PackageLoader("wgsubmit", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    return env.get_template(name)


# --- the files ---


def write_files(
    publish_list: PublishList, folder: Path, stored: Callable[[str], Path]
) -> list[Path]:
    """Copy the published documents into a new or empty folder under their clean names.

    A folder holding anything is refused: a file left there from an earlier export may
    since have been made confidential.
    """
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise UsageError(f"--files: {folder} must be a new or empty folder")
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for entry in publish_list.entries:
        for f in entry.files:
            target = folder / f.name
            if target.parent != folder:  # never: names are built from letters and hyphens
                raise ValueError(f"unsafe file name {f.name!r}")
            with target.open("xb") as out:
                if f.sha256 is not None:
                    with stored(f.sha256).open("rb") as source:
                        shutil.copyfileobj(source, out)
                else:
                    out.write((f.text or "").encode("utf-8"))
            written.append(target)
    return written


# --- for the officer ---


def render_dry_run(
    console: Console, publish_list: PublishList, config: Config, title: str = "export --dry-run"
) -> None:
    """Every stored submission, "published" (with its group and files) or why it is not."""
    from rich import box
    from rich.markup import escape
    from rich.table import Table

    from wgsubmit.views import when

    group_of = {e.id: g.title for g in publish_list.groups for e in g.entries}
    table = Table(
        title=title,
        title_justify="left",
        caption=f"times in {config.call.timezone}; deadline {publish_list.deadline}",
        caption_justify="left",
        box=box.SIMPLE_HEAD,
        show_edge=False,
    )
    table.add_column("id", justify="right")
    table.add_column("received", no_wrap=True)
    table.add_column("published as", overflow="fold", ratio=2)
    table.add_column("verdict", overflow="fold", ratio=3)
    for v in publish_list.verdicts:
        if v.entry is not None:
            files = ", ".join(f.name for f in v.entry.files) or "no file"
            verdict = f"[green]published[/green] in {escape(group_of[v.entry.id])}: {escape(files)}"
            if v.notes:
                verdict += f"\n[yellow]check: {escape('; '.join(v.notes))}[/yellow]"
            name = v.entry.name
        else:
            verdict = escape("; ".join(v.reasons))
            if v.notes:
                verdict += f"\n[yellow]{escape('; '.join(v.notes))}[/yellow]"
            name = published_name(v.message)
        table.add_row(str(v.message.id), when(v.message.received_at, config), escape(name), verdict)
    console.print(table)
    published = sum(1 for v in publish_list.verdicts if v.published)
    copied = sum(len(e.files) for e in publish_list.entries)
    console.print(f"{published} of {len(publish_list.verdicts)} published, {copied} files.")
