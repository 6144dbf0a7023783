"""Acknowledgements: tell each submitter what was received and what we understood about
publication, so that a misreading is corrected by the one person who knows.

What is said about publication comes from `publish.build` (and so from
`publication.judge`): an acknowledgement states what the export would do, never a rule of
its own. Its Message-ID is derived from the submission and the understanding, so a run
killed half-way and run again finds what it wrote instead of writing it twice.
"""

from __future__ import annotations

import datetime as dt
import email
import email.message
import email.policy
import functools
import hashlib
import json
import re
import tomllib
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from email.message import EmailMessage
from email.utils import format_datetime
from importlib import resources
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from wgsubmit.config import Config
from wgsubmit.domain import is_listed, is_opened, is_submission
from wgsubmit.errors import UsageError
from wgsubmit.publication import choose_files
from wgsubmit.publish import PublishList, Verdict, build
from wgsubmit.store import Acknowledgement, Store, StoredMessage
from wgsubmit.wording import written_date

LANGUAGES = ("en", "fr", "es")
TEMPLATE_FOLDER = "acknowledge"  # beside the config, a call's own wording


@dataclass(frozen=True)
class Understanding:
    """What we understood about publication, as the export would do it now."""

    state: str  # publish, confidential or unclear
    name: str | None = None  # the name it is published under
    group: str | None = None  # the page's group title ("Other stakeholders")
    anonymous: bool = False  # published without the submitter's name
    without: tuple[str, ...] = ()  # files kept off the page

    def key(self) -> str:
        """The same key for the same statement: what "never twice" compares."""
        return json.dumps(asdict(self), sort_keys=True, ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Understanding:
        return cls(
            str(data["state"]),
            data.get("name"),
            data.get("group"),
            bool(data.get("anonymous")),
            tuple(data.get("without") or ()),
        )


@dataclass(frozen=True)
class Draft:
    """One acknowledgement to write: to whom, what it states, and the mail itself."""

    submission: int
    mail_id: str
    understanding: Understanding
    before: Understanding | None  # what an earlier acknowledgement stated, when it changed
    to: str
    mail: EmailMessage


@dataclass(frozen=True)
class Skipped:
    submission: int
    reason: str


@dataclass(frozen=True)
class Plan:
    drafts: tuple[Draft, ...]
    skipped: tuple[Skipped, ...]
    unconfirmed: tuple[Acknowledgement, ...]  # recorded for sending, not known to be sent


def understanding_of(verdict: Verdict, publish_list: PublishList) -> Understanding:
    """The statement for one judged submission: published (under which name, in which
    group, without which files), not published, or not known."""
    message = verdict.message
    if verdict.published and verdict.entry is not None:
        group = next((g.title for g in publish_list.groups if verdict.entry in g.entries), None)
        copied = verdict.judgement.files if verdict.judgement is not None else ()
        documents, _others = choose_files(message)
        left = [a for a in message.attachments if a.withheld and a.parent is None]
        left += [a for a in documents if a not in copied]  # e.g. it names an anonymous author
        without = tuple(a.filename or f"attachment {a.position + 1}" for a in left)
        return Understanding(
            "publish", verdict.entry.name, group, "anonymous" in message.flags, without
        )
    if message.publication.request in ("unclear", None):
        return Understanding("unclear")
    return Understanding("confidential")


@functools.cache
def _rules() -> dict[str, Any]:
    text = resources.files("wgsubmit.data").joinpath("acknowledge.toml").read_text("utf-8")
    return tomllib.loads(text)


def never_answered(
    message: StoredMessage, headers: Sequence[tuple[str, str]], config: Config
) -> str | None:
    """Why this message must get no acknowledgement, or None (RFC 3834's cautions)."""
    if not is_submission(message):
        return f"not a submission ({message.kind.value or 'not read yet'})"
    if message.links.duplicate_of is not None:
        return f"duplicate of #{message.links.duplicate_of}"
    if message.links.superseded_by is not None:
        return f"superseded by #{message.links.superseded_by}"
    if message.received.at is None:
        return "no received time: an officer sets one first"
    address = (message.sender.address or "").strip().lower()
    if "@" not in address:
        return "no sender address"
    if address in config.call.own_addresses:
        return "sent from the secretariat's own address"
    local = address.rsplit("@", 1)[0]
    rules = _rules()
    if any(re.fullmatch(p, local, re.IGNORECASE) for p in rules["no_reply_local_parts"]):
        return f"{address} takes no reply"
    for name, value in headers:
        lowered = name.lower()
        if lowered == "auto-submitted" and value.strip().lower() != "no":
            return f"an automatic message (Auto-Submitted: {value.strip()})"
        if lowered in rules["automatic_headers"] and lowered != "auto-submitted":
            return f"an automatic message ({name})"
        if lowered in rules["list_headers"]:
            return f"a mailing list's message ({name})"
        if lowered == "precedence" and value.strip().lower() in rules["bulk_precedence"]:
            return f"a bulk or list message (Precedence: {value.strip()})"
    return None


def sender_address(config: Config) -> str:
    """Whom acknowledgements are from: `[acknowledge] from`, else the call's first own
    address, else the IMAP login when it is an address."""
    chosen = config.acknowledge.sender or next(iter(config.call.own_addresses), None)
    if chosen is None and "@" in config.imap.username:
        chosen = config.imap.username
    if not chosen:
        raise UsageError(
            "[acknowledge] from: no address to send acknowledgements from; set it, "
            "or call.own_addresses"
        )
    return chosen


def language_of(message: StoredMessage, config: Config) -> str:
    """The submission's language when there is a text for it, else the call's first."""
    for code in (message.language, *config.call.languages):
        if code in LANGUAGES:
            return code
    return "en"


def _environment(config: Config) -> Any:
    from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PackageLoader, StrictUndefined

    loaders: list[Any] = []
    if config.path is not None:
        loaders.append(FileSystemLoader(config.path.parent / TEMPLATE_FOLDER))
    loaders.append(PackageLoader("wgsubmit", f"templates/{TEMPLATE_FOLDER}"))
    return Environment(
        loader=ChoiceLoader(loaders),
        autoescape=False,  # plain text mail: nothing is markup
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def package_templates() -> Path:
    """Where the shipped wording is, for `init` to say what a call may copy."""
    return Path(str(resources.files("wgsubmit").joinpath("templates", TEMPLATE_FOLDER)))


def text_of(
    message: StoredMessage,
    understanding: Understanding,
    before: Understanding | None,
    config: Config,
    today: dt.date,
) -> str:
    """The acknowledgement's text, in the submission's language."""
    language = language_of(message, config)
    zone = ZoneInfo(config.call.timezone)
    assert message.received.at is not None
    received = message.received.at.astimezone(zone).date()
    files = [
        {
            "name": a.filename or f"attachment {a.position + 1}",
            "pages": a.pages,
            "unreadable": a.error is not None,
        }
        for a in message.attachments
        if is_opened(a)
    ]
    template = _environment(config).get_template(f"{language}.txt.j2")
    return str(
        template.render(
            call_title=config.call.title,
            name=(message.sender.name or "").strip() or None,
            received=written_date(received, language),
            late=not config.call.deadline.is_met(message.received.at),
            files=files,
            u=asdict(understanding),
            before=asdict(before) if before is not None else None,
            reply_by=written_date(
                today + dt.timedelta(days=config.acknowledge.reply_by_days), language
            ),
        )
    )


def mail_id(message: StoredMessage, understanding: Understanding, earlier: int, domain: str) -> str:
    """The same Message-ID for the same submission, understanding and place in its history."""
    seed = f"{message.sha256}\n{understanding.key()}\n{earlier}".encode()
    return f"<ack-{hashlib.sha256(seed).hexdigest()[:32]}@{domain}>"


def _inner_message_id(store: Store, message: StoredMessage) -> str | None:
    """A forward's inner message's Message-ID, so the reply joins the submitter's thread."""
    if "forwarded" not in message.flags:
        return None
    parsed = email.message_from_bytes(store.raw_bytes(message.sha256), policy=email.policy.default)
    for part in parsed.walk():
        if part.get_content_type() == "message/rfc822":
            payload = part.get_payload()
            inner = payload[0] if isinstance(payload, list) and payload else None
            if isinstance(inner, email.message.Message) and inner.get("Message-ID"):
                return str(inner["Message-ID"]).strip()
    return None


def compose(
    store: Store,
    message: StoredMessage,
    understanding: Understanding,
    before: Understanding | None,
    config: Config,
    now: dt.datetime,
    earlier: int,
) -> Draft:
    """The reply itself: threaded under the submission, marked as automatic."""
    sender = sender_address(config)
    to = str(message.sender.address)
    identity = mail_id(message, understanding, earlier, sender.rsplit("@", 1)[-1])
    mail = EmailMessage(policy=email.policy.SMTP)
    mail["From"] = sender
    mail["To"] = to
    subject = (message.subject or "").strip()
    mail["Subject"] = subject if subject.lower().startswith("re:") else f"Re: {subject}".strip()
    mail["Date"] = format_datetime(now)
    mail["Message-ID"] = identity
    references = [r for r in (message.message_id, _inner_message_id(store, message)) if r]
    if message.message_id:
        mail["In-Reply-To"] = message.message_id
    if references:
        mail["References"] = " ".join(references)
    mail["Auto-Submitted"] = "auto-replied"
    today = now.astimezone(ZoneInfo(config.call.timezone)).date()
    mail.set_content(text_of(message, understanding, before, config, today))
    return Draft(message.id, identity, understanding, before, to, mail)


def plan(
    store: Store,
    config: Config,
    ids: Sequence[int] = (),
    now: dt.datetime | None = None,
    resend_unconfirmed: bool = False,
) -> Plan:
    """Every acknowledgement due: to each submission (or those asked) not yet told what
    we now understand; those recorded for sending but never confirmed are listed apart."""
    now = now or dt.datetime.now(dt.UTC)
    messages = store.messages(include_all=True)
    publish_list = build(
        messages,
        config,
        include_late=True,
        texts=store.attachment_texts,
        read=lambda sha256: store.file_path(sha256).read_bytes(),
    )
    verdicts = {v.message.id: v for v in publish_list.verdicts}
    wanted = list(ids) or [m.id for m in messages if is_listed(m)]
    by_id = {m.id: m for m in messages}
    drafts: list[Draft] = []
    skipped: list[Skipped] = []
    unconfirmed: list[Acknowledgement] = []
    for number in wanted:
        message = by_id.get(number)
        if message is None:
            raise UsageError(f"ID: no message #{number}")
        reason = never_answered(message, store.headers(number), config)
        verdict = verdicts.get(number)
        if reason is None and verdict is None:
            reason = "not judged"
        if reason is not None or verdict is None:
            skipped.append(Skipped(number, reason or "not judged"))
            continue
        understanding = understanding_of(verdict, publish_list)
        history = store.acknowledgements(number)
        same = [a for a in history if a.understanding == understanding.key()]
        pending = [a for a in same if a.done_at is None]
        if pending and not resend_unconfirmed:
            unconfirmed.extend(pending)
            continue
        if same and not pending:
            skipped.append(Skipped(number, f"already acknowledged ({same[-1].done_at})"))
            continue
        earlier = [a for a in history if a.done_at is not None]
        before = Understanding.from_dict(earlier[-1].statement) if earlier else None
        count = len(history) - len(pending)
        drafts.append(compose(store, message, understanding, before, config, now, count))
    return Plan(tuple(drafts), tuple(skipped), tuple(unconfirmed))


def record(draft: Draft, how: str, user: str, done: bool) -> Acknowledgement:
    """What the store keeps of an acknowledgement."""
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    return Acknowledgement(
        mail_id=draft.mail_id,
        message=draft.submission,
        understanding=draft.understanding.key(),
        statement=asdict(draft.understanding),
        how=how,
        user=user,
        recorded_at=now,
        done_at=now if done else None,
    )


def shown(draft: Draft) -> str:
    """A draft as `--dry-run` prints it: its headers, then its text as the submitter reads it."""
    mail = draft.mail
    names = ("From", "To", "Subject", "In-Reply-To", "References", "Message-ID", "Auto-Submitted")
    lines = [f"{name}: {mail[name]}" for name in names if mail[name] is not None]
    body = mail.get_content() if isinstance(mail, EmailMessage) else ""
    return "\n".join(lines) + "\n\n" + str(body).replace("\r\n", "\n")


def write_drafts(store: Store, config: Config, drafts: Sequence[Draft], user: str) -> int:
    """Each draft into the mailbox's Drafts folder, each recorded as soon as it is there;
    how many were new (the others were found from a run that was stopped)."""
    from wgsubmit.imap import append_drafts

    by_id = {d.mail_id: d for d in drafts}
    new = 0

    def written(identity: str, appended: bool) -> None:
        nonlocal new
        new += appended
        store.record_acknowledgement(record(by_id[identity], "draft", user, done=True))

    items = [(d.mail_id, d.mail.as_bytes()) for d in drafts]
    append_drafts(config.imap, config.acknowledge.drafts_folder, items, written)
    return new


def send_all(store: Store, config: Config, drafts: Sequence[Draft], user: str) -> int:
    """Send each through SMTP: recorded before it goes, completed once the server took it,
    so that a run killed in between knows which it may have sent."""
    from wgsubmit.smtp import connection, send

    if not drafts:
        return 0
    sent = 0
    with connection(config) as client:
        for draft in drafts:
            store.record_acknowledgement(record(draft, "sent", user, done=False))
            send(client, draft.mail)
            store.complete_acknowledgement(draft.mail_id)
            sent += 1
    return sent
