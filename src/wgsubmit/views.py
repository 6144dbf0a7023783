"""What `list` and `show` print: SPEC's JSON objects, and tables for people."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wgsubmit.config import Config
from wgsubmit.records import iso_utc
from wgsubmit.store import Store, StoredAttachment, StoredMessage

if TYPE_CHECKING:
    from rich.console import Console


def on_time(message: StoredMessage, config: Config) -> bool | None:
    if message.received_at is None:
        return None
    return config.call.deadline.is_met(message.received_at)


def language_ok(message: StoredMessage, config: Config) -> bool | None:
    if message.language is None:
        return None
    return message.language in config.call.languages


@dataclass(frozen=True)
class Filters:
    """`list`'s filters; each one given must hold."""

    language: str | None = None
    confidentiality: str | None = None
    kind: str | None = None
    late: bool | None = None
    flags: tuple[str, ...] = ()
    search: str | None = None

    def matches(
        self, message: StoredMessage, config: Config, found: set[int] | None = None
    ) -> bool:
        if self.language and message.language != self.language.lower():
            return False
        if self.confidentiality and message.confidentiality != self.confidentiality:
            return False
        if self.kind and message.kind != self.kind:
            return False
        if self.late is not None and on_time(message, config) is not (not self.late):
            return False
        if not set(self.flags) <= set(message.flags):
            return False
        return found is None or message.id in found


def submission_json(message: StoredMessage, config: Config) -> dict[str, Any]:
    """One object of `list --json`, with at least SPEC's names and types."""
    return {
        "id": message.id,
        "message_id": message.message_id,
        "received_at": iso_utc(message.received_at),
        "on_time": on_time(message, config),
        "kind": message.kind,
        "from": {"name": message.sender.name, "address": message.sender.address},
        "subject": message.subject,
        "submitter": {
            "name": message.submitter_name,
            "type": message.submitter_type,
            "country": message.submitter_country,
            "decided_by": message.submitter_decided_by,
        },
        "language": message.language,
        "languages": list(message.languages),
        "language_ok": language_ok(message, config),
        "confidentiality": message.confidentiality,
        "confidentiality_evidence": message.confidentiality_evidence,
        "superseded_by": message.superseded_by,
        "amends": message.amends,
        "flags": list(message.flags),
        "tags": list(message.tags),
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
            }
            for a in message.attachments
        ],
        "forwarded_by": (
            {"name": message.forwarded_by.name, "address": message.forwarded_by.address}
            if message.forwarded_by
            else None
        ),
        "duplicate_of": message.duplicate_of,
        "error": message.error,
    }


def documents(message: StoredMessage) -> list[StoredAttachment]:
    """The attachments an officer would open: not inline logos."""
    return [a for a in message.attachments if not a.inline]


def _when(value: dt.datetime | None, config: Config) -> str:
    if value is None:
        return "—"
    from zoneinfo import ZoneInfo

    return value.astimezone(ZoneInfo(config.call.timezone)).strftime("%Y-%m-%d %H:%M")


def _on_time_text(message: StoredMessage, config: Config) -> str:
    value = on_time(message, config)
    return "?" if value is None else ("yes" if value else "LATE")


def _sender(message: StoredMessage) -> str:
    return message.sender.name or message.sender.address or "—"


def render_table(
    console: Console, messages: list[StoredMessage], config: Config, limit: int, total: int
) -> None:
    from rich import box
    from rich.table import Table

    shown = messages[-limit:] if limit else messages
    table = Table(
        title=config.call.title,
        title_justify="left",
        caption=f"times in {config.call.timezone}; deadline {config.call.deadline.display()}",
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
            _when(m.received_at, config),
            _on_time_text(m, config),
            _sender(m),
            subject,
            str(len(documents(m))),
        )
    console.print(table)
    if len(shown) < total:
        console.print(
            f"showing the latest {len(shown)} of {total}; --limit 0 shows all", style="dim"
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
    row("received", f"{_when(message.received_at, config)} ({config.call.timezone})")
    row("on time", _on_time_text(message, config))
    row("date header", message.date_header)
    row("kind", message.kind)
    row("flags", ", ".join(message.flags))
    row("tags", ", ".join(message.tags))
    if message.duplicate_of:
        row("duplicate of", message.duplicate_of)
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
        table = Table(title="attachments", title_justify="left")
        for column in ("#", "file name", "type", "size"):
            table.add_column(column)
        for a in message.attachments:
            name = a.filename or "(no name)"
            table.add_row(
                str(a.position + 1),
                escape(name + (" (inline)" if a.inline else "")),
                a.content_type,
                f"{a.size:,}",
            )
        console.print(table)


def _address(name: str | None, address: str | None) -> str:
    if name and address:
        return f"{name} <{address}>"
    return name or address or "—"


def save_documents(store: Store, message: StoredMessage, folder: Path) -> list[Path]:
    """Copy a message's documents into folder under their own names, cleaned and unique."""
    from pathvalidate import sanitize_filename

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for a in documents(message):
        name = sanitize_filename(a.filename or "", platform="universal", max_len=120).strip()
        if not name or name.startswith("."):
            name = f"attachment-{a.position + 1}{name}"
        target = _unique(folder / name)
        data = store.file_path(a.sha256).read_bytes()
        with target.open("xb") as out:  # never overwrite
            out.write(data)
        written.append(target)
    return written


def _unique(path: Path) -> Path:
    candidate = path
    number = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
        number += 1
    return candidate
