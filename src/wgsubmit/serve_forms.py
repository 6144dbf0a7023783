"""What the forms of `wgsubmit serve` decide, and what the submission page shows beside
them: each form's field and key, the choices it offers, the value it was shown with (so
that a form another officer has overtaken changes nothing), the `triage.Decision` it
makes, and the thread of messages around a submission. Plain functions, no web server:
the page and the terminal decide through the same `triage.check` and `triage.apply`."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from wgsubmit.config_values import SUBMITTER_TYPES
from wgsubmit.errors import ValueRefused
from wgsubmit.records import CONFIDENTIALITY, KINDS
from wgsubmit.store import Event, StoredMessage
from wgsubmit.triage import Decision
from wgsubmit.views import Filters

# Publication as an officer decides it: the request, or consent without the name.
PUBLICATION = ("publish", "anonymous", *[v for v in CONFIDENTIALITY if v != "publish"])


@dataclass(frozen=True)
class Form:
    """One decision on the page: its field, its label, and the key that reaches it."""

    field: str
    label: str
    key: str
    checked: bool = True  # refused when the value shown has changed meanwhile


FORMS = (
    Form("confidentiality", "Publication", "p"),
    Form("kind", "Kind", "k"),
    Form("type", "Submitter type", "t"),
    Form("name", "Submitter name", "n"),
    Form("country", "Country", "c"),
    Form("withhold", "Withhold (the reason)", "w"),
    Form("withhold_file", "Withhold file", "f"),
    Form("keep_file", "Keep file", "e"),
    Form("replaces", "Replaces", "r"),
    Form("replaced_by", "Replaced by", "y"),
    Form("duplicate", "Duplicate of", "d"),
    Form("tag", "Add tag", "g", checked=False),
    Form("untag", "Remove tag", "x", checked=False),
    Form("note", "Note", "m", checked=False),
)
FORM = {f.field: f for f in FORMS}
# The forms that set one plain value, each with where a stored message holds it.
PLAIN: dict[str, Callable[[StoredMessage], str | None]] = {
    "kind": lambda m: m.kind.value,
    "type": lambda m: m.submitter.type,
    "name": lambda m: m.submitter.name,
    "country": lambda m: m.submitter.country,
    "withhold": lambda m: m.publication.withhold_reason,
}
LINKS = ("replaces", "replaced_by", "duplicate")  # chosen among the thread's messages


def publication(message: StoredMessage) -> str:
    """The publication value as the page shows it: anonymous is a consent without name."""
    if "anonymous" in message.flags and message.publication.request in ("publish", "unspecified"):
        return "anonymous"
    return message.publication.request or ""


def shown(message: StoredMessage, field: str, replaced: Sequence[int]) -> str:
    """The value a form is shown with; ``replaced`` are the ids this message replaces."""
    if field == "confidentiality":
        return publication(message)
    if field in PLAIN:
        value = PLAIN[field](message)
        return "" if value is None else value
    if field == "replaces":
        return ",".join(str(i) for i in sorted(replaced))
    if field == "replaced_by":
        return "" if message.links.superseded_by is None else str(message.links.superseded_by)
    if field == "duplicate":
        return "" if message.links.duplicate_of is None else str(message.links.duplicate_of)
    if field in ("withhold_file", "keep_file"):
        return ",".join(str(a.position + 1) for a in message.attachments if a.withheld)
    return ""


def choices(message: StoredMessage, thread: Sequence[Related]) -> dict[str, list[tuple[str, str]]]:
    """The options of each form that offers a closed list: (value, label)."""
    others = [("", "— none —")] + [(str(r.message.id), r.label) for r in thread]
    files = [
        (str(a.position + 1), f"{a.position + 1}: {a.filename or 'no name'}")
        for a in message.attachments
    ]
    return {
        "confidentiality": [(v, v) for v in PUBLICATION],
        "kind": [(v, v) for v in KINDS],
        "type": [(v, v) for v in SUBMITTER_TYPES],
        "withhold_file": [f for f in files if not _withheld(message, f[0])],
        "keep_file": [f for f in files if _withheld(message, f[0])],
        "untag": [(t, t) for t in message.tags],
        **{field: others for field in LINKS},
    }


def _withheld(message: StoredMessage, number: str) -> bool:
    return any(a.withheld and str(a.position + 1) == number for a in message.attachments)


def decisions(
    message: StoredMessage, field: str, value: str, replaced: Sequence[int]
) -> list[tuple[int, Decision]]:
    """What a form decides, on which message: most on this one; "replaced by" on the one
    that replaces it, "replaces nothing" on each it replaced."""
    if field == "confidentiality":
        if value == "anonymous":
            return [(message.id, Decision(confidentiality="publish", anonymous=True))]
        named = value == "publish" and "anonymous" in message.flags
        return [(message.id, Decision(confidentiality=value, anonymous=False if named else None))]
    chosen: dict[str, Any] = {field: value}  # each one a Decision's
    if field in PLAIN or field in ("tag", "untag", "note"):
        return [(message.id, Decision(**chosen))]
    if field in ("withhold_file", "keep_file"):
        chosen = {f"{field}s": (_number(field, value),)}
        return [(message.id, Decision(**chosen))]
    if field == "replaces":
        if not value:
            return [(i, Decision(not_superseded=True)) for i in replaced]
        return [(message.id, Decision(supersedes=_number(field, value)))]
    if field == "replaced_by":
        if not value:
            return [(message.id, Decision(not_superseded=True))]
        return [(_number(field, value), Decision(supersedes=message.id))]
    if field == "duplicate":
        if not value:
            return [(message.id, Decision(not_duplicate=True))]
        return [(message.id, Decision(duplicate_of=_number(field, value)))]
    raise ValueRefused("field", "choose what to decide")


def _number(field: str, value: str) -> int:
    if not value.strip().isdigit():
        raise ValueRefused(field, "choose one from the list")
    return int(value)


@dataclass(frozen=True)
class Related:
    """A message in a submission's thread, and what links the two."""

    message: StoredMessage
    earlier: bool
    links: tuple[str, ...]

    @property
    def label(self) -> str:
        subject = (self.message.subject or "(no subject)")[:60]
        return f"#{self.message.id} {subject}"


def thread(message: StoredMessage, messages: Sequence[StoredMessage]) -> list[Related]:
    """The same sender's other messages, and any other message linked to this one, in
    received order, each with what links it to this one."""
    address = (message.sender.address or "").lower()
    found = []
    for other in messages:
        if other.id == message.id:
            continue
        said = _links(message, other)
        same = bool(address) and (other.sender.address or "").lower() == address
        if said or same:
            found.append(Related(other, _before(other, message), tuple(said) or ("same sender",)))
    return sorted(found, key=lambda r: (not r.earlier, _when(r.message), r.message.id))


def _links(this: StoredMessage, other: StoredMessage) -> list[str]:
    pairs = [
        (other.links.superseded_by == this.id, "this one replaces it"),
        (this.links.superseded_by == other.id, "it replaces this one"),
        (other.links.amends == this.id, "it amends this one"),
        (this.links.amends == other.id, "this one amends it"),
        (other.links.duplicate_of == this.id, "it is a duplicate of this one"),
        (this.links.duplicate_of == other.id, "this one is a duplicate of it"),
        (other.links.held_by == this.id, "this one may replace it (held for an officer)"),
        (this.links.held_by == other.id, "it may replace this one (held for an officer)"),
    ]
    return [text for holds, text in pairs if holds]


def _when(message: StoredMessage) -> str:
    return message.received.at.isoformat() if message.received.at else message.stored_at


def _before(other: StoredMessage, message: StoredMessage) -> bool:
    return (_when(other), other.id) < (_when(message), message.id)


def notes(events: Sequence[Event]) -> list[Event]:
    """The officers' notes that stand (not undone)."""
    return [e for e in events if e.action == "note" and not e.undone]


UNDOABLE = {
    "triage", "undo", "tag", "untag", "withhold-file", "keep-file", "note", "attach", "detach",
    "auto", "amended",
}  # fmt: skip


def undoable(event: Event) -> bool:
    """Whether the history offers to undo this event (an undo of a note, or of `triage
    --auto`'s note, stays)."""
    return (
        event.action in UNDOABLE
        and not event.undone
        and not (event.action == "undo" and event.field in ("note", "auto"))
    )


def filters(params: Mapping[str, str], flags: Sequence[str]) -> Filters:
    """`list`'s filters from the queue's address (``?kind=…&late=1&flag=…``); ``flags``
    are the flag values given (the parameter may repeat)."""
    late = {"late": True, "on-time": False}.get(params.get("late", ""))
    return Filters(
        language=params.get("language") or None,
        confidentiality=params.get("confidentiality") or None,
        kind=params.get("kind") or None,
        late=late,
        flags=tuple(f for f in flags if f),
        search=params.get("q", "").strip() or None,
        tag=params.get("tag") or None,
    )


@cache
def completions() -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """Names to complete a submitter's name (States and listed organizations), and the
    States' codes with their names for the country."""
    from wgsubmit.directory import organizations, states

    known = states().values()
    names = sorted({s.name for s in known} | {o.name for o in organizations()})
    countries = sorted(((s.iso3, s.name) for s in known), key=lambda c: c[1])
    return tuple(names), tuple(countries)
