"""What goes on the call's web page: SPEC's publication rules, the publish list in json,
csv, md and html, and the files to upload under clean names.

Every rule that keeps a submission off the page lives in `left_out`: the worst failure
of this tool is publishing a confidential submission, so a submission whose request is
not known is left out too, and each file to copy comes only from a published entry.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from wgsubmit.config import Config, Group
from wgsubmit.errors import UsageError
from wgsubmit.store import StoredAttachment, StoredMessage
from wgsubmit.views import on_time

if TYPE_CHECKING:
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
# What is copied, by what the bytes are (never by the name or type a message gives).
_DOCUMENT_FORMATS = {
    "pdf": ".pdf",
    "docx": ".docx",
    "doc": ".doc",
    "odt": ".odt",
    "rtf": ".rtf",
    "txt": ".txt",
}
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


def left_out(
    message: StoredMessage,
    config: Config,
    include_late: bool = False,
    earlier: Sequence[StoredMessage] = (),
) -> list[str]:
    """Every reason SPEC's rules keep this submission off the page; none means it is
    published. ``earlier`` are the versions it replaces."""
    reasons = []
    if message.kind is None:
        reasons.append("not read yet" + (f" ({message.error})" if message.error else ""))
    elif message.kind != "submission":
        reasons.append(f"not a submission ({message.kind.replace('_', ' ')})")
    if message.duplicate_of is not None:
        reasons.append(f"duplicate of #{message.duplicate_of}")
    if message.superseded_by is not None:
        reasons.append(f"superseded by #{message.superseded_by}")
    if message.held_by is not None and message.superseded_decided_by != "human":
        later, this = message.held_by, message.id
        reasons.append(
            f"held: #{later}, from another address, may replace it (`wgsubmit triage "
            f"{later} --supersedes {this}` or `wgsubmit triage {this} --not-superseded`)"
        )
    if message.confidentiality == "confidential":
        part = " (part of it)" if "partial_confidential" in message.flags else ""
        reasons.append(f"confidential{part}")
    elif message.confidentiality is None and message.kind is not None:
        reasons.append("publication request not known")
    elif message.confidentiality == "unspecified" and config.publication.unspecified == "withhold":
        reasons.append("no publication request, and publication.unspecified is withhold")
    elif message.confidentiality_decided_by != "human":
        before = [f"#{e.id}" for e in earlier if e.confidentiality == "confidential"]
        if before:
            reasons.append(
                f"an earlier version ({', '.join(before)}) is confidential: an officer decides"
            )
    if (
        "partial_confidential" in message.flags
        and message.confidentiality != "confidential"
        and not any(a.withheld for a in message.attachments)
    ):
        reasons.append(
            f"partly confidential: keep its confidential files out first "
            f"(`wgsubmit triage {message.id} --withhold-file N`)"
        )
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
    if "anonymous" in message.flags:
        return ANONYMOUS
    state = _state_name(message)
    if state is not None:
        return state
    return (
        (message.submitter_name or "").strip()
        or (message.sender.name or "").strip()
        or f"Submission {message.id}"
    )


def _state_name(message: StoredMessage) -> str | None:
    from wgsubmit.detect.submitter import states

    state = states().get(message.submitter_country or "")
    return state.name if message.submitter_type in STATE_TYPES and state else None


def choose_files(message: StoredMessage) -> tuple[list[StoredAttachment], list[str]]:
    """The documents to copy, and the parts not copied with why, for the officer.

    Only documents (PDF, Word, OpenDocument, RTF, plain text) are copied, whatever their
    names say; an archive's members instead of the archive; never an inline logo, a
    signature, or a file an officer withheld.
    """
    parts = [
        a
        for a in message.attachments
        if not (a.inline and a.format in (None, "image")) and a.content_type not in _NOT_DOCUMENTS
    ]
    archives = {a.parent for a in parts if a.parent is not None}
    withheld = {a.position for a in message.attachments if a.withheld}
    chosen: list[StoredAttachment] = []
    skipped: list[str] = []
    for a in parts:
        name = a.filename or f"attachment {a.position + 1}"
        if a.position in withheld or a.parent in withheld:  # an archive withholds its files
            skipped.append(f"{name} (withheld)")
        elif a.format == "txt" and not name.lower().endswith(".txt"):
            skipped.append(f"{name} (text that is not a document)")
        elif a.format in _DOCUMENT_FORMATS:
            if a.position not in archives:
                chosen.append(a)
        elif a.format == "archive":
            if a.position not in archives:
                skipped.append(f"{name} (an archive with no document read from it)")
        else:
            skipped.append(f"{name} ({a.format or 'unknown'} file)")
    return chosen, skipped


def _only_pictures(message: StoredMessage) -> bool:
    """Nothing but pictures beside the text (a logo sent as a file): the text is the
    submission."""
    return all(
        (a.format == "image" or a.inline or a.content_type in _NOT_DOCUMENTS) and not a.withheld
        for a in message.attachments
    )


@dataclass(frozen=True)
class _Judged:
    message: StoredMessage
    reasons: list[str]
    notes: list[str]
    files: list[StoredAttachment]
    body: bool  # the message's text is published as a file


def _judge(
    message: StoredMessage,
    config: Config,
    include_late: bool,
    earlier: list[StoredMessage],
    amendment: StoredMessage | None,
    texts: Callable[[int], Sequence[str]],
) -> _Judged:
    reasons = left_out(message, config, include_late, earlier)
    files, skipped = choose_files(message)
    notes = []
    if amendment is not None:
        notes.append(f"#{amendment.id} later asks: {amendment.confidentiality}")
    body = not files and _only_pictures(message) and bool(message.body.strip())
    if "needs_download" in message.flags:
        body = False
        if not files:
            notes.append("needs_download: its document is behind a link")
    if skipped:
        notes.append("not copied: " + ", ".join(skipped))
    anonymous = "anonymous" in message.flags
    if anonymous and body:
        body = False
        notes.append("anonymous, sent in the message's signed text: make a file without the name")
    if anonymous and files and _names_author(message, texts(message.id)):
        files = []
        notes.append("anonymous, but its documents name the author: not copied")
    if not reasons:
        notes += _checks(message)
    return _Judged(message, reasons, notes, files, body)


def _names_author(message: StoredMessage, texts: Sequence[str]) -> bool:
    """Whether the documents carry the author's name or address."""
    names = {message.submitter_name, message.sender.name, message.sender.address}
    wanted = [" ".join(n.split()).casefold() for n in names if n and len(n.split()[0]) > 1]
    text = " ".join(" ".join(texts).split()).casefold()
    return any(w in text for w in wanted if len(w) >= 5)


def _checks(message: StoredMessage) -> list[str]:
    """What an officer should look at before a published submission goes up."""
    notes = []
    if "anonymous" in message.flags:
        notes.append("anonymous: check that its documents do not name the author")
    if message.submitter_type in STATE_TYPES and _state_name(message) is None:
        notes.append("a State without a country: published under the name it gave")
    if not message.submitter_name and "anonymous" not in message.flags:
        notes.append(
            "no submitter name" + (": the sender's is used" if message.sender.name else "")
        )
    if message.submitter_type is None:
        notes.append("no submitter type")
    unread = [a.filename or f"attachment {a.position + 1}" for a in message.attachments if a.error]
    if unread:
        notes.append("could not be read, so not checked: " + ", ".join(unread))
    if message.confidentiality_decided_by != "human" and message.confidentiality == "unspecified":
        notes.append("no publication request")
    if "over_limit" in message.flags:
        notes.append("over the call's limit")
    if "format_not_accepted" in message.flags:
        notes.append("in a format the call does not accept")
    return notes


def _earlier_versions(
    message: StoredMessage, replaced: dict[int, list[StoredMessage]]
) -> list[StoredMessage]:
    """Every version this one replaces, and the versions those replaced."""
    found: dict[int, StoredMessage] = {}
    todo = list(replaced.get(message.id, []))
    while todo:
        version = todo.pop()
        if version.id != message.id and version.id not in found:
            found[version.id] = version
            todo.extend(replaced.get(version.id, []))
    return list(found.values())


def build(
    messages: Iterable[StoredMessage],
    config: Config,
    include_late: bool = False,
    texts: Callable[[int], Sequence[str]] = lambda message_id: (),
) -> PublishList:
    """The publish list: each submission judged, the published ones grouped as the config
    says and sorted by name, each file named cleanly and uniquely.

    ``messages`` may hold every stored message: only submissions are judged, the others
    say what replaced or amended them. ``texts`` gives a message's document texts.
    """
    stored = list(messages)
    later = {m.amends: m for m in stored if m.amends is not None}
    replaced: dict[int, list[StoredMessage]] = {}
    for m in stored:
        if m.superseded_by is not None:
            replaced.setdefault(m.superseded_by, []).append(m)
    judged = [
        _judge(m, config, include_late, _earlier_versions(m, replaced), later.get(m.id), texts)
        for m in stored
        if m.kind in (None, "submission")  # as `list` shows them
    ]
    groups = config.publication.groups
    placed: list[list[_Judged]] = [[] for _ in groups]
    for j in judged:
        if not j.reasons:
            placed[_group_index(j.message, groups)].append(j)
    taken: set[str] = set()
    first_with: dict[str, int] = {}
    entries: dict[int, Entry] = {}
    result = []
    for group, members in zip(groups, placed, strict=True):
        members.sort(key=lambda j: (_sort_key(published_name(j.message)), j.message.id))
        made = []
        for j in members:
            entry = _entry(j, taken)
            for f in j.files:
                earlier_id = first_with.setdefault(f.sha256, entry.id)
                if earlier_id != entry.id:
                    j.notes.append(
                        f"{f.filename or 'a file'} is the same document as #{earlier_id}'s"
                    )
            made.append(entry)
        entries.update((e.id, e) for e in made)
        result.append(EntryGroup(group.title, tuple(made)))
    verdicts = tuple(
        Verdict(j.message, tuple(j.reasons), tuple(j.notes), entries.get(j.message.id))
        for j in judged
    )
    return PublishList(config.call.title, config.call.deadline.display(), tuple(result), verdicts)


def _group_index(message: StoredMessage, groups: tuple[Group, ...]) -> int:
    """The group holding the submitter's type; one not yet known goes with `other`."""
    wanted = message.submitter_type or "other"
    return next(i for i, g in enumerate(groups) if wanted in g.types)


def _sort_key(name: str) -> str:
    """Names sort as a reader expects: "Équateur" with the E's, case ignored."""
    plain = unicodedata.normalize("NFKD", name)
    return "".join(c for c in plain if not unicodedata.combining(c)).casefold()


def _entry(judged: _Judged, taken: set[str]) -> Entry:
    message = judged.message
    name = published_name(message)
    stem = _stem(name, message.id)
    published: list[PublishedFile] = []
    for attachment in judged.files:
        extension = _DOCUMENT_FORMATS[attachment.format or ""]
        clean = _unique(stem, extension, taken, first=not published)
        published.append(PublishedFile(clean, sha256=attachment.sha256))
    if judged.body:
        clean = _unique(stem, ".txt", taken, first=True)
        published.append(PublishedFile(clean, text=message.body.strip() + "\n"))
    anonymous = "anonymous" in message.flags
    country = None if anonymous else message.submitter_country  # one NHRI per country
    return Entry(message.id, name, country, tuple(published))


def _stem(name: str, message_id: int) -> str:
    """A file name's stem from the published name: letters, digits and hyphens only, so it
    is the same on every system and web server ("Bolivia-Plurinational-State-of")."""
    from slugify import slugify

    stem = slugify(name, lowercase=False, max_length=_NAME_LENGTH, word_boundary=True)
    return stem or f"submission-{message_id}"


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
    from wgsubmit.pages import page_template

    return page_template("publish.html.j2").render(publish_list=publish_list) + "\n"


# --- the files ---


@contextlib.contextmanager
def files_copied(
    publish_list: PublishList, folder: Path, stored: Callable[[str], Path]
) -> Iterator[list[Path]]:
    """Copy the published documents under their clean names into a new or empty folder,
    which appears only when the block ends without error: never half an upload.

    A folder holding anything is refused, since a file left there from an earlier export
    may since have been made confidential.
    """
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise UsageError(f"--files: {folder} must be a new or empty folder")
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    try:
        names = []
        for entry in publish_list.entries:
            for f in entry.files:
                target = staging / f.name
                if target.parent != staging:  # never: names are letters, digits and hyphens
                    raise ValueError(f"unsafe file name {f.name!r}")
                with target.open("xb") as out:
                    if f.sha256 is not None:
                        with stored(f.sha256).open("rb") as source:
                            shutil.copyfileobj(source, out)
                    else:
                        out.write((f.text or "").encode("utf-8"))
                names.append(f.name)
        yield [folder / name for name in names]
        if folder.exists():
            folder.rmdir()  # empty, as checked
        staging.replace(folder)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


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
            name = v.entry.name
        else:
            verdict = escape("; ".join(v.reasons))
            name = published_name(v.message)
        if v.notes:
            verdict += f"\n[yellow]check: {escape('; '.join(v.notes))}[/yellow]"
        table.add_row(str(v.message.id), when(v.message.received_at, config), escape(name), verdict)
    console.print(table)
    published = sum(1 for v in publish_list.verdicts if v.published)
    copied = sum(len(e.files) for e in publish_list.entries)
    console.print(f"{published} of {len(publish_list.verdicts)} published, {copied} files.")
