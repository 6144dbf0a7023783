"""What goes on the call's web page: the publish list (written out in json, csv, md and
html by ``publish_formats``), and the files to upload under clean names, each made safe on
the way.

Whether a submission is published is `publication.judge`'s to say; this module only
groups, names and renders the entries it lets on, and each file copied comes only from
a published entry.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from wgsubmit.config import Config, Group
from wgsubmit.domain import is_listed, is_personal_case, language_ok, on_time
from wgsubmit.publication import (
    DOCUMENT_FORMATS,
    Context,
    Judgement,
    judge,
    needs_officer,
    published_name,
)
from wgsubmit.store import StoredAttachment, StoredMessage
from wgsubmit.wording import Reason, call_deadline, file_label, file_labels, word

if TYPE_CHECKING:
    from rich.console import Console

_NAME_LENGTH = 80


@dataclass(frozen=True)
class PublishedFile:
    """One file to upload: a stored attachment, or the text of a body-only submission."""

    name: str
    sha256: str | None = None
    text: str | None = None
    format: str | None = None  # what the stored bytes are, to make them safe on the way
    anonymous: bool = False  # its author's names are taken out of its properties
    label: str = ""  # its link's text: what it is and its language, "Annex 1 (Français)"
    # Set when `build` read the file and made it safe, so that copying it does not make it
    # safe again: `safe_data` is what to upload, None when the stored bytes are as safe.
    checked: bool = field(default=False, compare=False)
    safe_data: bytes | None = field(default=None, repr=False, compare=False)


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
    reasons: tuple[Reason, ...]  # empty: published
    notes: tuple[str, ...] = ()
    entry: Entry | None = None
    judgement: Judgement | None = None

    @property
    def published(self) -> bool:
        return not self.reasons


@dataclass(frozen=True)
class PublishList:
    title: str
    deadline: str  # ISO 8601, for machines
    groups: tuple[EntryGroup, ...]
    verdicts: tuple[Verdict, ...]
    deadline_text: str = ""  # as people write it, in the page's language
    language: str = "en"  # the page's

    @property
    def entries(self) -> list[Entry]:
        return [e for g in self.groups for e in g.entries]

    def unreviewed(self) -> list[StoredMessage]:
        """Submissions an officer must confirm before `--require-reviewed` publishes: the
        published ones no officer has confirmed, and those whose request is unclear."""
        return [
            v.message
            for v in self.verdicts
            if v.judgement is not None and needs_officer(v.message, v.judgement)
        ]


def _earlier_versions(
    message: StoredMessage, replaced: dict[int, list[StoredMessage]]
) -> tuple[StoredMessage, ...]:
    """Every version this one replaces, and the versions those replaced."""
    found: dict[int, StoredMessage] = {}
    todo = list(replaced.get(message.id, []))
    while todo:
        version = todo.pop()
        if version.id != message.id and version.id not in found:
            found[version.id] = version
            todo.extend(replaced.get(version.id, []))
    return tuple(found.values())


def contexts(
    messages: Sequence[StoredMessage],
    config: Config,
    include_late: bool = False,
    only: Collection[int] | None = None,
) -> dict[int, Context]:
    """Each stored message's context for `publication.judge` (or ``only`` these ones'):
    the config's policy, whether it was on time, the versions it replaces and a later
    message amending it."""
    later = {m.links.amends: m for m in messages if m.links.amends is not None}
    replaced: dict[int, list[StoredMessage]] = {}
    for m in messages:
        if m.links.superseded_by is not None:
            replaced.setdefault(m.links.superseded_by, []).append(m)
    return {
        m.id: Context(
            unspecified=config.publication.unspecified,
            on_time=on_time(m, config),
            include_late=include_late,
            language_ok=language_ok(m, config),
            earlier=_earlier_versions(m, replaced),
            amendment=later.get(m.id),
        )
        for m in messages
        if only is None or m.id in only
    }


def build(
    messages: Iterable[StoredMessage],
    config: Config,
    include_late: bool = False,
    texts: Callable[[int], Sequence[str]] = lambda message_id: (),
    read: Callable[[str], bytes] | None = None,
) -> PublishList:
    """The publish list: each submission judged, the published ones grouped as the config
    says and sorted by name, each file named cleanly and uniquely.

    ``messages`` may hold every stored message: only submissions are judged, the others
    say what replaced or amended them. ``texts`` gives a message's document texts; with
    ``read`` (a stored file's bytes by sha256), each file to publish is checked to be made
    safe, and one that cannot be is left out with a note.
    """
    stored = list(messages)
    context = contexts(stored, config, include_late)
    judged = [(m, judge(m, context[m.id], texts(m.id))) for m in stored if is_judged(m)]
    groups = config.publication.groups
    placed: list[list[tuple[StoredMessage, Judgement]]] = [[] for _ in groups]
    safe: dict[tuple[int, str], bytes | None] = {}
    if read is not None:
        judged = [(m, _made_safe(m, j, read, safe) if j.published else j) for m, j in judged]
    for m, j in judged:
        if j.published:
            placed[_group_index(m, groups)].append((m, j))
    taken: set[str] = set()
    first_with: dict[str, int] = {}
    entries: dict[int, Entry] = {}
    same: dict[int, list[str]] = {}
    result = []
    for group, members in zip(groups, placed, strict=True):
        members.sort(key=lambda mj: _order(mj[0], config.publication.language))
        made = []
        for m, j in members:
            entry = _entry(m, j, taken, config.publication.language, texts(m.id), safe)
            for f in j.files:
                earlier_id = first_with.setdefault(f.sha256, entry.id)
                if earlier_id != entry.id:
                    same.setdefault(m.id, []).append(
                        f"{f.filename or 'a file'} is the same document as #{earlier_id}'s"
                    )
            made.append(entry)
        entries.update((e.id, e) for e in made)
        result.append(EntryGroup(group.title, tuple(made)))
    verdicts = tuple(
        Verdict(m, j.reasons, j.notes + tuple(same.get(m.id, ())), entries.get(m.id), j)
        for m, j in judged
    )
    out = PublishList(config.call.title, config.call.deadline.display(), tuple(result), verdicts)
    return replace(out, deadline_text=call_deadline(config), language=config.publication.language)


def is_judged(message: StoredMessage) -> bool:
    """Judged for the page: as `list` shows them; and a personal case, for the officer to
    route."""
    return is_listed(message) or is_personal_case(message)


def verdicts(
    messages: Iterable[StoredMessage], config: Config, only: Collection[int] | None = None
) -> tuple[Verdict, ...]:
    """Each submission's verdict as `build` gives it, whether and why not, without naming
    the page's files: for a queue, which shows no file names and must be quick. ``only``:
    of these messages alone, judged among all the others."""
    stored = list(messages)
    context = contexts(stored, config, only=only)
    judged = ((m, judge(m, context[m.id], ())) for m in stored if m.id in context and is_judged(m))
    return tuple(Verdict(m, j.reasons, j.notes, None, j) for m, j in judged)


def verdict(
    message: StoredMessage,
    related: Iterable[StoredMessage],
    config: Config,
    texts: Sequence[str] = (),
) -> Verdict | None:
    """One submission's verdict from the messages that bear on it (the versions it
    replaces, a later message amending it: `Store.related`), without reading the others.
    Its entry's file names are as if it were alone on the page: `build` makes them unique
    (and notes a document another entry also publishes)."""
    if not is_judged(message):
        return None
    judged = judge(message, contexts([message, *related], config)[message.id], texts)
    entry = (
        _entry(message, judged, set(), config.publication.language, texts)
        if judged.published
        else None
    )
    return Verdict(message, judged.reasons, judged.notes, entry, judged)


def _made_safe(
    message: StoredMessage,
    judged: Judgement,
    read: Callable[[str], bytes],
    safe: dict[tuple[int, str], bytes | None],
) -> Judgement:
    """Each file as it will be copied: active content taken out (and said), an anonymous
    author's names taken out of its properties; a file that cannot be made safe withheld.
    What to upload goes in ``safe`` by (message id, sha256): None for the stored bytes."""
    from wgsubmit.sanitize import for_publication

    anonymous = "anonymous" in message.flags
    kept: list[StoredAttachment] = []
    notes: list[str] = []
    for a in judged.files:
        name = a.filename or f"attachment {a.position + 1}"
        cleaned = for_publication(read(a.sha256), a.format or "", anonymous)
        if cleaned.data is None:
            notes.append(f"{name} not copied: {cleaned.note}")
            continue
        kept.append(a)
        # Nothing to take out: the submitter's own bytes, as received.
        changed = cleaned.removed or anonymous
        safe[message.id, a.sha256] = cleaned.data if changed else None
        if cleaned.active_content:
            notes.append(f"active_content: taken out of {name}: {', '.join(cleaned.removed)}")
    return replace(judged, files=tuple(kept), notes=judged.notes + tuple(notes))


def _group_index(message: StoredMessage, groups: tuple[Group, ...]) -> int:
    """The group holding the submitter's type; one not yet known goes with `other`."""
    wanted = message.submitter.type or "other"
    return next(i for i, g in enumerate(groups) if wanted in g.types)


def _order(message: StoredMessage, language: str) -> tuple[bool, str, int]:
    """By name, and anonymous submissions last in their group."""
    anonymous = "anonymous" in message.flags
    return (anonymous, _sort_key(page_name(message, language)), message.id)


def page_name(message: StoredMessage, language: str) -> str:
    """The name on the page: as `published_name` gives it, with "Anonymous submission"
    and a listed intergovernmental body's name in the page's language."""
    from wgsubmit.directory import name_on_page

    if "anonymous" in message.flags:
        return word("anonymous", language)
    name = published_name(message)
    if message.submitter.type == "international_org":
        return name_on_page(name, language) or name
    return name


def _sort_key(name: str) -> str:
    """Names sort as a reader expects: "Équateur" with the E's, case ignored."""
    plain = unicodedata.normalize("NFKD", name)
    return "".join(c for c in plain if not unicodedata.combining(c)).casefold()


def _entry(
    message: StoredMessage,
    judged: Judgement,
    taken: set[str],
    language: str,
    texts: Sequence[str] = (),
    safe: Mapping[tuple[int, str], bytes | None] | None = None,
) -> Entry:
    name = page_name(message, language)
    stem = _stem(published_name(message), message.id)  # the file names stay the same
    own = [
        texts[a.position] if len(texts) == len(message.attachments) else "" for a in judged.files
    ]
    state = message.submitter.type in ("member_state", "observer_state")
    labels = file_labels(judged.files, own, state, language)
    published: list[PublishedFile] = []
    for attachment, label in zip(judged.files, labels, strict=True):
        extension = DOCUMENT_FORMATS[attachment.format or ""]
        clean = _unique(stem, extension, taken, first=not published)
        key = (message.id, attachment.sha256)
        published.append(
            PublishedFile(
                clean,
                sha256=attachment.sha256,
                format=attachment.format,
                anonymous="anonymous" in message.flags,
                label=label,
                checked=safe is not None and key in safe,
                safe_data=safe.get(key) if safe is not None else None,
            )
        )
    if judged.body:
        clean = _unique(stem, ".txt", taken, first=True)
        code = message.body_language or message.language
        label = file_label("submission", 0, code, language)
        published.append(PublishedFile(clean, text=message.body.strip() + "\n", label=label))
    anonymous = "anonymous" in message.flags
    country = None if anonymous else message.submitter.country  # one NHRI per country
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
        caption=f"times in {config.call.timezone}; deadline {publish_list.deadline_text}",
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
        table.add_row(str(v.message.id), when(v.message.received.at, config), escape(name), verdict)
    console.print(table)
    published = sum(1 for v in publish_list.verdicts if v.published)
    copied = sum(len(e.files) for e in publish_list.entries)
    console.print(f"{published} of {len(publish_list.verdicts)} published, {copied} files.")
