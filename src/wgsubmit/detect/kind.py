"""What kind of message this is: a submission, an automatic reply, a bounce, or something
else (the secretariat's own mail, a question about the call, a newsletter, phishing, an
invitation, a media inquiry, a thank-you, or an individual writing about their own case),
and why, in words an officer can check.

The phrasings live in ``kind.toml``; this module only weighs them.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from wgsubmit.domain import Flag, Kind
from wgsubmit.records import Message

SUBMISSION = Kind.SUBMISSION
NOT_SUBMISSION = Kind.NOT_SUBMISSION
SHORT_WORDS = 60  # words below which a message with no document cannot be the submission
LONG_WORDS = 150  # words from which a body can be a submission by itself
LONG_MAILING = 3000  # characters of a mailing-list message that make it a bulletin
NEWSLETTER_SIGNS = 2  # kinds of sign that together make a newsletter
EVIDENCE = 80  # characters of a matched phrase quoted in a reason


@dataclass(frozen=True)
class KindDecision:
    """A message's kind, the flags that go with it (``personal_case``), and why."""

    kind: str
    flags: tuple[str, ...] = ()
    reason: str | None = None


@dataclass(frozen=True)
class _Reading:
    """What the rules read from one message, once."""

    message: Message
    subject: str
    body: str  # the sender's own text, without the message it replies to
    has_document: bool
    linked: bool  # links to a file-sharing service instead of attaching
    presents: str | None  # the body's words giving something for the call
    titled: str | None  # the subject's words naming a submission
    sends_work: str | None  # the body's words sending a report or a study
    asks: bool = False  # it says how a submission may be published

    @property
    def offers(self) -> str | None:
        """Words by which the message gives something for the call, or sends a piece of work
        as an organisation does: not a personal plea."""
        return self.presents or self.titled or self.sends_work

    @property
    def gives(self) -> bool:
        """Whether it carries something for the call: a document or a long body."""
        return self.has_document or self.linked or len(self.body.split()) >= LONG_WORDS


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """Each list of ``kind.toml`` as one pattern, named ``section.key``."""
    data = tomllib.loads(
        resources.files("wgsubmit.detect").joinpath("kind.toml").read_text("utf-8")
    )
    words = data.pop("words")
    patterns = {}
    for section, lists in data.items():
        for key, entries in lists.items():
            joined = "|".join(f"(?:{entry})" for entry in entries)
            for name, value in words.items():
                joined = joined.replace("{" + name + "}", value)
            patterns[f"{section}.{key}"] = re.compile(joined, re.IGNORECASE)
    return patterns


def _find(name: str, text: str) -> str | None:
    """The words of ``text`` that the list ``name`` matches first, or None."""
    found = _patterns()[name].search(text)
    if found is None:
        return None
    return " ".join(found.group(0).split())[:EVIDENCE] or found.group(0)


def _quote(evidence: str) -> str:
    return f"“{evidence}”"


def header(message: Message, name: str) -> str | None:
    name = name.lower()
    for key, value in message.headers:
        if key.lower() == name:
            return value
    return None


def is_auto_reply(message: Message) -> bool:
    auto = (header(message, "Auto-Submitted") or "no").strip().lower()
    if auto != "no":
        return True
    if header(message, "X-Autoreply") or header(message, "X-Autorespond"):
        return True
    if (header(message, "Precedence") or "").strip().lower() == "auto_reply":
        return True
    return _find("auto_reply.subject", message.subject or "") is not None


def is_bounce(message: Message) -> bool:
    content_type = (header(message, "Content-Type") or "").lower()
    if "multipart/report" in content_type and "delivery-status" in content_type:
        return True
    if _find("bounce.sender", message.sender.address or ""):
        return True
    return _find("bounce.subject", message.subject or "") is not None and (
        "multipart/report" in content_type
    )


def newsletter_signs(message: Message, body: str) -> list[str]:
    """Each kind of sign that a message is a newsletter or a mass mailing. A server's own
    marking (bulk, spam) counts twice: it decides alone."""
    signs: list[str] = []
    precedence = (header(message, "Precedence") or "").strip().lower()
    if precedence in ("bulk", "list", "junk"):
        signs += [f"sent as Precedence: {precedence}"] * 2
    if (header(message, "X-Spam-Flag") or "").strip().upper() == "YES":
        signs += ["marked as spam by the server"] * 2
    if header(message, "List-Unsubscribe") or header(message, "List-Id"):
        signs.append("mailing-list headers")
        if len(message.body) > LONG_MAILING:
            signs.append("a long mailing")
    for name, text in (
        ("newsletter.subject", message.subject or ""),
        ("newsletter.browser", body),
        ("newsletter.unsubscribe", body),
    ):
        found = _find(name, text)
        if found:
            signs.append(_quote(found))
    return signs


def is_newsletter(message: Message) -> bool:
    return len(newsletter_signs(message, message.body)) >= NEWSLETTER_SIGNS


def is_question(body: str) -> bool:
    """A short message that asks something about the call: the secretariat answers it, the
    call's page does not list it. The caller has checked that it carries no document."""
    body = body.strip()
    if "?" not in body or len(body) >= 1500:
        return False
    return len(body.split()) < SHORT_WORDS or _find("question.patterns", body) is not None


def is_too_short(body: str) -> bool:
    """A few lines with no document that neither speak of a contribution nor ask anything
    of it: a test, an invoice, a prize. A real submission in the body runs longer."""
    return len(body.split()) < SHORT_WORDS and not _find("about_submission.patterns", body)


def links_to_file_sharing(text: str) -> bool:
    return _find("file_sharing.links", text) is not None


def _phishing(r: _Reading) -> KindDecision | None:
    found = _find("phishing.patterns", f"{r.subject}\n{r.body}")
    if found is None or (r.presents and (r.has_document or r.linked)):
        return None
    return KindDecision(NOT_SUBMISSION, reason=f"looks like phishing: {_quote(found)}")


def _newsletter(r: _Reading) -> KindDecision | None:
    """A newsletter stays one even with a report attached, unless the message presents the
    attachment as a contribution to the call (in a subject that is not a bulletin's)."""
    signs = newsletter_signs(r.message, r.body)
    if len(signs) < NEWSLETTER_SIGNS:
        return None
    bulletin = _find("newsletter.subject", r.subject)
    if r.has_document and (r.presents or (r.titled and not bulletin)):
        return None
    listed = ", ".join(dict.fromkeys(signs))
    return KindDecision(NOT_SUBMISSION, reason=f"a newsletter or mass mailing: {listed}")


def _personal(r: _Reading) -> KindDecision | None:
    """Someone asking for help with their own (or a relative's) case, who sends nothing for
    the call: routed by the secretariat, never published. A testimony that presents itself
    as one for the call, or says how it may be published, is a submission."""
    if r.offers:
        return None
    text = f"{r.subject}\n{r.body}"
    found = {part: _find(f"personal.{part}", text) for part in ("help", "act", "own", "ref")}
    plea = found["help"] or found["act"]
    about_one = found["own"] or found["ref"]
    alone = not r.has_document and (found["help"] or (found["own"] and found["ref"]))
    if not ((plea and about_one) or alone):
        return None
    said = "; ".join(_quote(words) for words in found.values() if words)
    return KindDecision(
        NOT_SUBMISSION,
        ("personal_case",),
        f"a plea for help or action on one person's own case: {said}",
    )


def _event_or_media(r: _Reading) -> KindDecision | None:
    if r.offers and r.gives:
        return None
    for section, what in (
        ("invitation", "an invitation"),
        ("meeting", "a request for a meeting"),
        ("media", "a media inquiry"),
        ("application", "a job or internship application"),
        ("press", "a press release"),
    ):
        found = _find(f"{section}.subject", r.subject)
        # "I am applying for a post" given as the reason to publish a paper without one's
        # name is no application: a note (no CV attached) that says how a submission may be
        # published is read for that.
        note = r.asks and not r.has_document
        # A submission may end by asking to meet: only a note giving nothing is a request.
        sends = section == "meeting" and (r.gives or r.offers is not None)
        if not found and not sends and not (note and section == "application"):
            found = _find(f"{section}.body", r.body)
        if found:
            return KindDecision(NOT_SUBMISSION, reason=f"{what}: {_quote(found)}")
    return None


def _by_sender(message: Message, own_addresses: tuple[str, ...]) -> KindDecision | None:
    """What the headers and the sender alone decide."""
    if is_bounce(message):
        return KindDecision(Kind.BOUNCE, reason="a delivery status notification")
    if is_auto_reply(message):
        return KindDecision(Kind.AUTO_REPLY, reason="an automatic reply")
    sender = (message.sender.address or "").lower()
    if sender and sender in own_addresses and message.forwarded_by is None:
        return KindDecision(NOT_SUBMISSION, reason="sent from the secretariat's own address")
    return None


def _sent_now(name: str, body: str) -> str | None:
    """Words by which the message sends something now, not a promise to send it later
    ("we will send our contribution next week")."""
    if _find("sends.later", body):
        return None
    for found in _patterns()[name].finditer(body):
        if not _patterns()["sends.promise"].search(body[: found.start()][-30:] + found.group(0)):
            return " ".join(found.group(0).split())[:EVIDENCE]
    return None


def _without_document(r: _Reading) -> KindDecision:
    """A message with nothing attached or linked, and no request about publication."""
    words = len(r.body.split())
    if is_question(r.body):
        return KindDecision(NOT_SUBMISSION, reason="a question about the call")
    missing = _sent_now("sends.attached", r.body) or (
        _sent_now("sends.verbs", r.body) if words < SHORT_WORDS else None
    )
    if missing:
        return KindDecision(
            SUBMISSION,
            flags=(Flag.DOCUMENT_MISSING.value,),
            reason=f"says it sends a document, but none is attached: {_quote(missing)}",
        )
    thanks = _find("thanks.patterns", r.body)
    if thanks and words < SHORT_WORDS:
        return KindDecision(NOT_SUBMISSION, reason=f"a short reply: {_quote(thanks)}")
    if is_too_short(r.body) and not r.presents:
        return KindDecision(NOT_SUBMISSION, reason=f"too short to be a submission ({words} words)")
    return KindDecision(SUBMISSION, reason="a contribution written in the body of the message")


def decide_kind(
    message: Message,
    own_addresses: tuple[str, ...],
    body: str,
    has_document: bool,
    asks: bool,
) -> KindDecision:
    """`body` is the sender's own text (no quoted reply); `asks` is whether the message makes
    a confidentiality request, which a short note amending a submission does."""
    decided = _by_sender(message, own_addresses)
    if decided is not None:
        return decided
    subject = message.subject or ""
    r = _Reading(
        message,
        subject,
        body,
        has_document,
        linked=links_to_file_sharing(message.body),
        presents=_find("for_call.body", body),
        titled=_find("for_call.subject", subject),
        sends_work=_find("for_call.work", body),
        asks=asks,
    )
    for rule in (_phishing, _newsletter, _personal, _event_or_media):
        decided = rule(r)
        if decided is not None:
            return decided
    if has_document:
        return KindDecision(SUBMISSION, reason="a document is attached")
    if r.linked:
        return KindDecision(SUBMISSION, reason="links to a file-sharing service")
    if asks:
        return KindDecision(SUBMISSION, reason="says how a submission may be published")
    return _without_document(r)


def detect_kind(
    message: Message,
    own_addresses: tuple[str, ...],
    body: str,
    has_document: bool,
    asks: bool,
) -> str:
    """The kind alone; `decide_kind` says why and which flags go with it."""
    return decide_kind(message, own_addresses, body, has_document, asks).kind
