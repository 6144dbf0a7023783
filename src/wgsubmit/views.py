"""What `list` and `show` print: the JSON objects of docs/json.md, and tables for people."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wgsubmit.config import Config
from wgsubmit.domain import by_officer, is_opened, language_ok, on_time, visible_flags
from wgsubmit.records import iso_utc
from wgsubmit.store import Event, Store, StoredAttachment, StoredMessage, make_private_dir
from wgsubmit.wording import written_time

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table


@dataclass(frozen=True)
class Filters:
    """`list`'s filters; each one given must hold."""

    language: str | None = None
    confidentiality: str | None = None
    kind: str | None = None
    late: bool | None = None
    flags: tuple[str, ...] = ()
    search: str | None = None
    tag: str | None = None

    def matches(
        self, message: StoredMessage, config: Config, found: set[int] | None = None
    ) -> bool:
        if self.language and message.language != self.language.lower():
            return False
        if self.confidentiality and message.publication.request != self.confidentiality:
            return False
        if self.kind and message.kind.value != self.kind:
            return False
        if self.late is not None and on_time(message, config) is not (not self.late):
            return False
        if not set(self.flags) <= set(flags(message)):
            return False
        if self.tag and self.tag not in message.tags:
            return False
        return found is None or message.id in found


def flags(message: StoredMessage) -> list[str]:
    """The flags `list` and `show` print (`domain.visible_flags`)."""
    return visible_flags(message)


def submission_json(message: StoredMessage, config: Config) -> dict[str, Any]:
    """One object of `list --json`, with at least the names and types docs/json.md gives."""
    return {
        "id": message.id,
        "message_id": message.message_id,
        "received_at": iso_utc(message.received.at),
        "on_time": on_time(message, config),
        "kind": message.kind.value,
        "from": {"name": message.sender.name, "address": message.sender.address},
        "subject": message.subject,
        "submitter": {
            "name": message.submitter.name,
            "type": message.submitter.type,
            "country": message.submitter.country,
            "decided_by": message.submitter.decided_by,
            "confidence": message.submitter.confidence,
            "reasons": list(message.submitter.reasons),
        },
        "language": message.language,
        "languages": list(message.languages),
        "language_ok": language_ok(message, config),
        "confidentiality": message.publication.request,
        "confidentiality_evidence": message.publication.evidence,
        "confidentiality_decided_by": message.publication.decided_by,
        "superseded_by": message.links.superseded_by,
        "amends": message.links.amends,
        "held_by": message.links.held_by,
        "call": message.call.answer,
        "flags": flags(message),
        "tags": list(message.tags),
        "withhold_reason": message.publication.withhold_reason,
        "acknowledged_at": message.acknowledged_at,
        "attachments": [
            {
                "filename": a.filename,
                "content_type": a.content_type,
                "size": a.size,
                "sha256": a.sha256,
                "language": a.language,
                "pages": a.pages,
                "text_chars": a.text_chars,
                "error": a.error,
                "withheld": a.withheld,
            }
            for a in message.attachments
        ],
        "forwarded_by": (
            {"name": message.forwarded_by.name, "address": message.forwarded_by.address}
            if message.forwarded_by
            else None
        ),
        "duplicate_of": message.links.duplicate_of,
        "error": message.error,
    }


def documents(message: StoredMessage) -> list[StoredAttachment]:
    """The attachments an officer would open: not inline logos."""
    return [a for a in message.attachments if is_opened(a)]


def when(value: dt.datetime | None, config: Config) -> str:
    """A time as people write it, in the call's time zone and the page's language."""
    return written_time(value, config)


def on_time_text(message: StoredMessage, config: Config) -> str:
    value = on_time(message, config)
    return "?" if value is None else ("yes" if value else "LATE")


def sender_text(message: StoredMessage) -> str:
    return message.sender.name or message.sender.address or "—"


def render_table(
    console: Console, messages: list[StoredMessage], config: Config, limit: int, total: int
) -> None:
    from rich import box
    from rich.markup import escape
    from rich.table import Table

    from wgsubmit.wording import call_deadline

    shown = messages[-limit:] if limit else messages
    table = Table(
        title=escape(config.call.title),
        title_justify="left",
        caption=f"times in {config.call.timezone}; deadline {call_deadline(config)}",
        caption_justify="left",
        box=box.SIMPLE_HEAD,
        padding=(0, 1),
        show_edge=False,
    )
    table.add_column("id", justify="right")
    table.add_column("received", no_wrap=True)
    table.add_column("on time", no_wrap=True)
    table.add_column("from", overflow="ellipsis", no_wrap=True, max_width=20)
    table.add_column("subject", overflow="fold", ratio=1)
    table.add_column("att", justify="right", no_wrap=True, min_width=3)
    for m in shown:
        subject = m.subject or ("(unreadable: " + m.error + ")" if m.error else "—")
        table.add_row(
            str(m.id),
            when(m.received.at, config),
            on_time_text(m, config),
            escape(sender_text(m)),  # a message's own words: never read as markup
            escape(subject),
            str(len(documents(m))),
        )
    console.print(table)
    if len(shown) < total:
        console.print(
            f"showing the latest {len(shown)} of {total}; --limit 0 shows all", style="dim"
        )


def _decided(value: str | None, by: str | None) -> str:
    return f"{value} ({'officer' if by_officer(by) else 'suggested'})" if value else "—"


def _submitter_text(message: StoredMessage) -> str:
    if not message.submitter.type:
        return "—"
    country = f", {message.submitter.country}" if message.submitter.country else ""
    name = message.submitter.name or "?"
    return _decided(f"{name} ({message.submitter.type}{country})", message.submitter.decided_by)


def render_history(console: Console, events: list[Event], config: Config | None = None) -> None:
    """Every change an officer (or `--auto`) made, oldest first, a line each; in the
    call's time zone when the config is given, else UTC."""
    from rich.markup import escape

    if not events:
        return
    console.print()
    console.print(f"[bold]history[/bold] ({config.call.timezone if config else 'UTC'})")
    for e in events:
        if e.field:
            change = f"{e.field}: {e.old if e.old is not None else '—'} → {e.new or '—'}"
        else:
            change = e.new or ("suggestions confirmed" if e.action == "confirm" else "")
        at = e.at.replace("T", " ")[:16]
        with contextlib.suppress(ValueError):  # a time that is no time stays as stored
            moment = dt.datetime.fromisoformat(e.at)
            if config is not None:
                at = written_time(moment.replace(tzinfo=moment.tzinfo or dt.UTC), config)
        console.print(
            f"{at}  {escape(e.user)}  {escape(e.action)}  {escape(change)}", soft_wrap=True
        )


def render_message(console: Console, message: StoredMessage, config: Config) -> None:
    from rich.markup import escape
    from rich.table import Table

    head = Table.grid(padding=(0, 2))
    head.add_column(style="bold")
    head.add_column(overflow="fold")

    def row(name: str, value: object) -> None:
        head.add_row(name, escape(str(value)) if value not in (None, "") else "—")

    row("id", message.id)
    row("subject", message.subject)
    row("from", _address(message.sender.name, message.sender.address))
    if message.forwarded_by:
        row("forwarded by", _address(message.forwarded_by.name, message.forwarded_by.address))
    row("to", ", ".join(_address(a.name, a.address) for a in message.to))
    if message.cc:
        row("cc", ", ".join(_address(a.name, a.address) for a in message.cc))
    row("message-id", message.message_id)
    row("received", f"{when(message.received.at, config)} ({config.call.timezone})")
    row("on time", on_time_text(message, config))
    row("date header", message.received.date_header)
    row("kind", message.kind.value)
    row("submitter", _submitter_text(message))
    row("publication", _decided(message.publication.request, message.publication.decided_by))
    if message.publication.evidence:
        row("evidence", message.publication.evidence)
    if message.links.superseded_by:
        row("superseded by", message.links.superseded_by)
    if message.publication.withhold_reason:
        row("withheld", message.publication.withhold_reason)
    row("flags", ", ".join(flags(message)))
    row("tags", ", ".join(message.tags))
    if message.links.duplicate_of:
        row("duplicate of", message.links.duplicate_of)
    if message.error:
        row("error", message.error)
    row("source", message.source)
    console.print(head)
    excerpt = message.body.strip()
    if len(excerpt) > 1500:
        excerpt = excerpt[:1500].rstrip() + " …"
    console.print()
    console.print("[bold]body[/bold]")
    console.print(escape(excerpt) if excerpt else "(empty)")
    if message.attachments:
        console.print()
        console.print(_attachments_table(message))


def _attachments_table(message: StoredMessage) -> Table:
    from rich.markup import escape
    from rich.table import Table

    table = Table(title="attachments", title_justify="left")
    for column in ("#", "file name", "type", "size"):
        table.add_column(column)
    for a in message.attachments:
        name = visible_name(a.filename or "") or "(no name)"
        marks = (" (inline)" if a.inline else "") + (" (withheld)" if a.withheld else "")
        if name != (a.filename or "(no name)"):  # "report\u202efdp.exe" reads "reportexe.pdf"
            marks += " (hidden marks taken out of the name)"
        table.add_row(
            str(a.position + 1), escape(name + marks), escape(a.content_type), f"{a.size:,}"
        )
    return table


def _address(name: str | None, address: str | None) -> str:
    if name and address:
        return f"{name} <{address}>"
    return name or address or "—"


# Marks that reorder or hide what a name shows ("report\u202efdp.exe" reads as
# "reportexe.pdf"), and control characters: Unicode's bidirectional formatting characters
# (UAX #9) and the C0 and C1 controls.
_HIDING = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_MAX_NAME = 120


def visible_name(name: str) -> str:
    """A file name as a person would read it aloud: without hiding marks or controls."""
    return _HIDING.sub("", name)


@dataclass(frozen=True)
class Saved:
    """What `show --save` wrote, and each file it did not write with why."""

    written: tuple[Path, ...]
    not_saved: tuple[str, ...]


def save_documents(store: Store, message: StoredMessage, folder: Path) -> Saved:
    """Copy a message's documents, told by their bytes, into folder, readable by their
    owner alone, under their own names cleaned and made unique. Each name ends in its
    format's extension, so that nothing saved runs as a program when opened."""
    if not folder.is_dir():
        make_private_dir(folder)  # an existing folder the officer chose keeps its mode
    written = []
    not_saved = []
    for a in documents(message):
        shown = visible_name(a.filename or "").strip()[:_MAX_NAME] or f"attachment {a.position + 1}"
        name = _saved_name(a)
        if name is None:
            not_saved.append(f"{shown}: {_not_a_document(a)}")
            continue
        target = _unique(folder / name)
        data = store.file_path(a.sha256).read_bytes()
        binary = getattr(os, "O_BINARY", 0)  # Windows would translate line ends
        handle = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | binary, 0o600)
        with os.fdopen(handle, "wb") as out:  # O_EXCL: never overwrite
            out.write(data)
        written.append(target)
    return Saved(tuple(written), tuple(not_saved))


def _saved_name(attachment: StoredAttachment) -> str | None:
    """The name to save a document under, ending in its format's extension; None for a
    file that is not a document."""
    from pathvalidate import sanitize_filename

    from wgsubmit.publication import DOCUMENT_FORMATS

    extension = DOCUMENT_FORMATS.get(attachment.format or "")
    if extension is None:
        return None
    name = visible_name(attachment.filename or "").strip()
    stem = name[: -len(extension)] if name.lower().endswith(extension) else name
    room = _MAX_NAME - len(extension) - 12  # and for "-2" should the name be taken
    stem = sanitize_filename(stem, platform="universal", max_len=room).strip().rstrip(" .")
    if not stem or stem.startswith("."):
        stem = f"attachment-{attachment.position + 1}{stem}"
    return stem + extension


_NOT_DOCUMENTS = {
    "archive": "an archive (the documents read from it are saved on their own)",
    "image": "a picture",
    "html": "a web page",
}


def _not_a_document(attachment: StoredAttachment) -> str:
    what = _NOT_DOCUMENTS.get(attachment.format or "", "not a document, by its content")
    return f"not saved: {what}; only PDF, Word, OpenDocument, RTF and plain text are"


def _unique(path: Path) -> Path:
    candidate = path
    number = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
        number += 1
    return candidate
