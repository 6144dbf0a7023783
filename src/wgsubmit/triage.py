"""An officer confirms or corrects what was suggested about each submission: who sent it
and whether it may be published. What an officer decides is never changed by a re-run."""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from wgsubmit.config import Config
from wgsubmit.config_values import SUBMITTER_TYPES
from wgsubmit.domain import OFFICER_CALLS, TIME_FLAGS, by_officer, language_ok, on_time
from wgsubmit.errors import UsageError, ValueRefused
from wgsubmit.records import CONFIDENTIALITY, KINDS
from wgsubmit.store import Store, StoredMessage

if TYPE_CHECKING:
    from rich.console import Console

CALL_CHOICES = OFFICER_CALLS  # an officer's word on which call a submission answers
POSITION = "triage.last"  # the last submission dealt with: a new session resumes after it


@dataclass(frozen=True)
class Decision:
    """What an officer sets on one submission; None leaves a value as it is."""

    type: str | None = None
    name: str | None = None
    country: str | None = None
    confidentiality: str | None = None
    kind: str | None = None
    withhold: str | None = None
    supersedes: int | None = None
    not_superseded: bool = False
    received: str | None = None  # when the server received it, as the officer found out
    withhold_files: tuple[int, ...] = ()  # attachment numbers as `show` prints them
    keep_files: tuple[int, ...] = ()
    call: str | None = None  # this or other: which of the mandate's calls it answers
    anonymous: bool | None = None  # published without the submitter's name, or with it
    duplicate_of: int | None = None
    not_duplicate: bool = False
    tag: str | None = None
    untag: str | None = None
    note: str | None = None  # free text for the history

    def changes(self) -> dict[str, str | int | None]:
        columns = {
            "received_at": self.received,
            "submitter_type": self.type,
            "submitter_name": self.name,
            "submitter_country": self.country,
            "confidentiality": self.confidentiality,
            "kind": self.kind,
            "withhold_reason": self.withhold,
            "call_answer": self.call,
            "anonymous": None if self.anonymous is None else int(self.anonymous),
            "duplicate_of": self.duplicate_of,
        }
        return {k: v for k, v in columns.items() if v is not None}


def user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a container)
        return "unknown"


def country_code(text: str) -> str:
    """An ISO 3166-1 alpha-3 code from a code or a State's name in English, French or
    Spanish ("mex", "Mexique", "México")."""
    from wgsubmit.directory import find_country, states

    code = text.strip().upper()
    if code in states():
        return code
    found = find_country(text.strip().title()) or find_country(text.strip())
    if found is None:
        raise ValueRefused("country", f"{text.strip()!r} is not a known State or ISO code")
    return found


def valid_tag(text: str) -> str:
    """The tag as stored: one word, since `list --tag` and `untag` take one word, and
    exports join tags with commas."""
    tag = text.strip()
    if not tag or not tag.isprintable() or " " in tag or "," in tag:
        raise ValueRefused("tag", "one word, without spaces or commas (e.g. follow-up)")
    return tag


def received_time(text: str, timezone: str) -> str:
    """An instant in UTC from "2020-03-16 14:03" (the call's time zone) or RFC 3339."""
    from zoneinfo import ZoneInfo

    wrong = ValueRefused(
        "received",
        'a date and time such as "2020-03-16 14:03" (the call\'s time zone) '
        'or "2020-03-16T14:03:00+01:00"',
    )
    text = text.strip()
    if len(text) <= 10:  # a bare date: which hour would be a guess
        raise wrong
    try:
        value = dt.datetime.fromisoformat(text)
        if value.tzinfo is None:
            value = value.replace(tzinfo=ZoneInfo(timezone))
        return value.astimezone(dt.UTC).isoformat()
    except (ValueError, OverflowError):
        raise wrong from None


def check(decision: Decision, timezone: str = "UTC") -> Decision:
    """The decision with its values checked (ValueRefused naming the field of a wrong one),
    countries as codes, a received time in UTC."""
    if decision.type is not None and decision.type not in SUBMITTER_TYPES:
        raise ValueRefused("type", f"one of {', '.join(SUBMITTER_TYPES)}")
    if decision.confidentiality is not None and decision.confidentiality not in CONFIDENTIALITY:
        raise ValueRefused("confidentiality", f"one of {', '.join(CONFIDENTIALITY)}")
    if decision.kind is not None and decision.kind not in KINDS:
        raise ValueRefused("kind", f"one of {', '.join(KINDS)}")
    if decision.call is not None and decision.call not in CALL_CHOICES:
        raise ValueRefused("call", f"one of {', '.join(CALL_CHOICES)}")
    if decision.name is not None and not decision.name.strip():
        raise ValueRefused("name", "give the submitter's name")
    if decision.withhold is not None and not decision.withhold.strip():
        raise ValueRefused("withhold", "give the reason")
    if decision.supersedes is not None and decision.not_superseded:
        raise ValueRefused("supersedes", "cannot go together", together_with="not_superseded")
    if decision.duplicate_of is not None and decision.not_duplicate:
        raise ValueRefused("duplicate_of", "cannot go together", together_with="not_duplicate")
    if decision.note is not None and not decision.note.strip():
        raise ValueRefused("note", "write the note")
    if decision.tag is not None:
        decision = replace(decision, tag=valid_tag(decision.tag))
    if decision.untag is not None:
        decision = replace(decision, untag=valid_tag(decision.untag))
    if decision.received is not None:
        decision = replace(decision, received=received_time(decision.received, timezone))
    if decision.country is not None:
        decision = replace(decision, country=country_code(decision.country))
    return decision


def apply(store: Store, message_id: int, decision: Decision, who: str) -> int:
    """Record an officer's decision on one message; the number of values changed."""
    message = store.message(message_id)
    if message is None:
        raise UsageError(f"no message with id {message_id} (see `wgsubmit list --all`)")
    if decision.received is not None and not (
        set(TIME_FLAGS) & set(message.flags) or by_officer(message.received.decided_by)
    ):
        raise ValueRefused(
            "received", f"#{message_id} has the time its server received it; that is not changed"
        )
    numbers = {a.position + 1 for a in message.attachments}
    for field, chosen in (
        ("withhold_files", decision.withhold_files),
        ("keep_files", decision.keep_files),
    ):
        for number in chosen:
            if number not in numbers:
                raise ValueRefused(field, f"#{message_id} has no attachment {number}")
    _check_links(store, message_id, decision)
    # Everything checked: nothing is set unless all of it can be.
    changed = store.decide(message_id, decision.changes(), who) if decision.changes() else 0
    if decision.not_duplicate and message.links.duplicate_of is not None:
        changed += store.decide(message_id, {"duplicate_of": None}, who)
    for tag, remove in ((decision.tag, False), (decision.untag, True)):
        if tag is not None:
            changed += len(store.tag([message_id], tag, who, remove=remove))
    if decision.note is not None:
        store.add_note(message_id, decision.note.strip(), who)
        changed += 1
    for number in decision.withhold_files:
        store.withhold_file(message_id, number - 1, who)
        changed += 1
    for number in decision.keep_files:
        store.withhold_file(message_id, number - 1, who, keep=True)
        changed += 1
    if decision.supersedes is not None:
        store.supersede_by_officer(decision.supersedes, message_id, who)
        changed += 1
    if decision.not_superseded:
        store.supersede_by_officer(message_id, None, who)
        changed += 1
    return changed


def _check_links(store: Store, message_id: int, decision: Decision) -> None:
    """What a message replaces or duplicates is another stored message, and no circle:
    a submission that replaces (or duplicates) itself through others would drop silently."""
    for field, other in (
        ("supersedes", decision.supersedes),
        ("duplicate_of", decision.duplicate_of),
    ):
        if other is not None and (other == message_id or store.message(other) is None):
            raise ValueRefused(field, f"no other message with id {other}")
    if decision.supersedes is not None and _reaches(
        store, message_id, decision.supersedes, "superseded_by"
    ):
        raise ValueRefused(
            "supersedes",
            f"#{decision.supersedes} already replaces #{message_id}, directly or through "
            "others: that would make a circle",
        )
    if decision.duplicate_of is not None and _reaches(
        store, decision.duplicate_of, message_id, "duplicate_of"
    ):
        raise ValueRefused(
            "duplicate_of",
            f"#{decision.duplicate_of} is already a duplicate of #{message_id}: that would "
            "make a circle",
        )


def _reaches(store: Store, start: int, goal: int, link: str) -> bool:
    """Whether following ``link`` (superseded_by, duplicate_of) from start comes to goal."""
    seen: set[int] = set()
    current: int | None = start
    while current is not None and current not in seen:
        if current == goal:
            return True
        seen.add(current)
        found = store.message(current)
        current = getattr(found.links, link) if found else None
    return False


def apply_suggestions(store: Store, who: str) -> list[StoredMessage]:
    """`--auto`: the undecided submissions keep their suggestions, noted in their history;
    an officer's decisions stay as they are."""
    done = []
    for message_id in store.undecided():
        message = store.message(message_id)
        if message is None:
            continue
        store.note_auto(message_id, who, _summary(message))
        done.append(message)
    return done


def queue(store: Store) -> list[int]:
    """Undecided submissions: those whose request, or the call they answer, is unclear
    first, then the others oldest first, starting after the one last shown."""
    ids = store.undecided()
    asking = {
        m.id
        for m in store.messages(include_all=True, ids=ids, brief=True)
        if "unclear" in (m.publication.request, m.call.answer)
    }
    unclear = [i for i in ids if i in asking]
    rest = [i for i in ids if i not in asking]
    last = store.setting(POSITION)
    if last is None or not last.isdigit():
        return unclear + rest
    after = [i for i in rest if i > int(last)]
    return unclear + after + [i for i in rest if i <= int(last)]


def _summary(message: StoredMessage) -> str:
    country = f" ({message.submitter.country})" if message.submitter.country else ""
    return (
        f"{message.submitter.type or '?'}: {message.submitter.name or '?'}{country}; "
        f"{message.publication.request or '?'}"
    )


# --- the interactive session ---

KEYS = (
    "[Enter] accept  [t] type  [n] name  [c] country  [p] confidentiality  [k] kind  "
    "[x] withhold  [o] open a file  [w] which call  [g] tag  [s] skip  [q] quit"
)


@dataclass
class Session:
    """The terminal side of an interactive triage; the functions are click's, replaced
    in tests by scripted ones."""

    console: Console
    getchar: Callable[[], str]
    prompt: Callable[..., str]
    launch: Callable[[str], object] | None = None  # the system's opener (click.launch)


def run_interactive(store: Store, config: Config, session: Session, who: str) -> tuple[int, int]:
    """Walk the undecided submissions one by one; (decided, left)."""
    ids = queue(store)
    decided = 0
    for number, message_id in enumerate(ids, start=1):
        message = store.message(message_id)
        if message is None:
            continue
        opening = first_lines(store.document_texts(message_id), message.body)
        while True:
            show_card(session.console, message, config, (number, len(ids)), opening)
            key = session.getchar().lower()
            if key in ("\r", "\n", "y", "a"):
                store.confirm(message_id, who)
                decided += 1
                break
            if key == "q":
                return decided, len(store.undecided())
            if key == "s":
                break
            try:
                if key == "g":
                    tag = session.prompt("Tag")
                    if tag.strip():
                        store.tag([message_id], valid_tag(tag), who)
                elif key == "o":
                    _open(store, session, message)
                elif (decision := _ask(session, key, message)) is not None:
                    apply(store, message_id, check(decision), who)
            except ValueRefused as err:  # an empty name, a tag of two words: say so, stay
                _refused(session, err)
            message = store.message(message_id) or message
        store.set_setting(POSITION, str(message_id))  # done with it: a new session goes on after
    return decided, len(store.undecided())


def _ask(session: Session, key: str, message: StoredMessage) -> Decision | None:
    import click

    if key == "t":
        value = session.prompt(
            "Type", type=click.Choice(SUBMITTER_TYPES), default=message.submitter.type
        )
        return Decision(type=value)
    if key == "n":
        return Decision(name=session.prompt("Name", default=message.submitter.name or ""))
    if key == "c":
        while True:
            value = session.prompt("Country (ISO code or name)", default="")
            try:
                return Decision(country=country_code(value)) if value.strip() else None
            except ValueRefused as err:
                _refused(session, err)
    if key == "p":
        value = session.prompt(
            "Confidentiality",
            type=click.Choice(CONFIDENTIALITY),
            default=message.publication.request,
        )
        return Decision(confidentiality=value)
    if key == "w":
        value = session.prompt("This call or another", type=click.Choice(CALL_CHOICES))
        return Decision(call=value)
    if key == "k":
        return Decision(
            kind=session.prompt("Kind", type=click.Choice(KINDS), default=message.kind.value)
        )
    if key == "x":
        value = session.prompt("Withhold: a file's number, or the reason to withhold it all")
        if value.strip().isdigit():
            return Decision(withhold_files=(int(value),))
        return Decision(withhold=value) if value.strip() else None
    return None


def _open(store: Store, session: Session, message: StoredMessage) -> None:
    """One document, saved under its own name in a private temporary folder, opened with
    the system's viewer; a file that is not a document (a program) is never opened."""
    import tempfile
    from pathlib import Path

    import click

    from wgsubmit.views import save_documents

    if not message.attachments:
        raise ValueRefused("file", f"#{message.id} has no attachment")
    number: object = session.prompt("Open file number", type=int, default=1)
    item = next((a for a in message.attachments if a.position + 1 == number), None)
    if item is None:
        raise ValueRefused("file", f"#{message.id} has no attachment {number}")
    folder = Path(tempfile.mkdtemp(prefix="wgsubmit-"))  # readable by this user alone
    saved = save_documents(store, replace(message, attachments=(item,)), folder)
    if not saved.written:
        raise ValueRefused("file", saved.not_saved[0] if saved.not_saved else "not a document")
    (session.launch or click.launch)(str(saved.written[0]))


def _refused(session: Session, err: ValueRefused) -> None:
    """The refusal in the officer's words: the field as the card names it, no option."""
    from rich.markup import escape

    session.console.print(f"[red]{escape(str(err))}[/red]")


def first_lines(documents: list[str], body: str, count: int = 4) -> str:
    """The opening lines of the main document (the longest text), else of the body."""
    text = max(documents, key=len) if documents else body
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    return "\n".join(line[:200] for line in lines[:count])


def page_verdict(message: StoredMessage, config: Config) -> str:
    """What `export` would do with this submission as it now stands, by the same rule."""
    from wgsubmit.publication import Context, judge

    context = Context(
        unspecified=config.publication.unspecified,
        on_time=on_time(message, config),
        language_ok=language_ok(message, config),
    )
    verdict = judge(message, context, texts=())
    return "published" if verdict.published else "left out: " + "; ".join(verdict.reasons)


def show_card(
    console: Console,
    message: StoredMessage,
    config: Config,
    place: tuple[int, int],
    opening: str,
) -> None:
    """One submission as an officer judges it, readable at 80 columns."""
    from rich.markup import escape
    from rich.table import Table

    from wgsubmit.views import on_time_text, sender_text, when

    number, total = place
    console.print()
    console.rule(f"[bold]{number}/{total}[/bold]  #{message.id}", align="left")
    head = Table.grid(padding=(0, 1))
    head.add_column(style="bold", no_wrap=True)
    head.add_column(overflow="fold")
    head.add_row("From", escape(sender_text(message)))
    head.add_row("Subject", escape(message.subject or "—"))
    head.add_row(
        "Received", f"{when(message.received.at, config)} ({on_time_text(message, config)})"
    )
    console.print(head)
    if opening:
        console.print(escape(opening), style="dim", overflow="fold")
    suggested = Table.grid(padding=(0, 1))
    suggested.add_column(style="bold", no_wrap=True)
    suggested.add_column(overflow="fold")
    by = "officer" if by_officer(message.submitter.decided_by) else "suggested"
    confidence = (
        f" ({message.submitter.confidence:.0%})" if message.submitter.confidence is not None else ""
    )
    kind = escape(message.submitter.type or "—")
    suggested.add_row("Type", f"{kind}{confidence} [dim]{by}[/dim]")
    suggested.add_row("Name", escape(message.submitter.name or "—"))
    suggested.add_row("Country", escape(message.submitter.country or "—"))
    for reason in message.submitter.reasons[:3]:
        suggested.add_row("", f"[dim]{escape(reason)}[/dim]")
    suggested.add_row("Publication", escape(message.publication.request or "—"))
    if message.publication.evidence:
        suggested.add_row("", f"[dim]“{escape(message.publication.evidence)}”[/dim]")
    if message.call.answer not in (None, "this"):
        evidence = f" [dim]{escape(message.call.evidence or '')}[/dim]"
        suggested.add_row("Call", escape(message.call.answer or "") + evidence)
    if message.tags:
        suggested.add_row("Tags", escape(", ".join(message.tags)))
    if message.flags:
        suggested.add_row("Flags", escape(", ".join(message.flags)))
    suggested.add_row("Page", escape(page_verdict(message, config)))
    console.print(suggested)
    console.print(escape(KEYS), style="cyan")
