"""What kind of message this is: a submission, an automatic reply, a bounce, or something
else (the secretariat's own mail, a question about the call, a newsletter)."""

from __future__ import annotations

import re

from wgsubmit.records import Message

_AUTO_SUBJECT = re.compile(
    r"^\s*(out of (the )?office|automatic reply|auto(matic)?[- ]?reply|auto:|absence du bureau|"
    r"réponse automatique|absent|respuesta automática|fuera de la oficina|ausencia|"
    r"i am (currently )?away|je suis absent)",
    re.IGNORECASE,
)
_BOUNCE_SUBJECT = re.compile(
    r"(undeliver|delivery (status )?notification|delivery (has )?failed|mail delivery failed|"
    r"returned mail|failure notice|non remis|échec de (la )?remise|no se puede entregar|"
    r"no entregado|message not delivered)",
    re.IGNORECASE,
)
_BOUNCE_SENDER = re.compile(r"^(mailer-daemon|postmaster|mail-daemon)@", re.IGNORECASE)
_FILE_SHARING = re.compile(
    r"https?://(\S*\.)?(wetransfer\.com|we\.tl|dropbox\.com|db\.tt|drive\.google\.com|"
    r"docs\.google\.com|onedrive\.live\.com|1drv\.ms|sharepoint\.com|box\.com|mega\.nz|"
    r"icloud\.com|swisstransfer\.com|filesender\.\S+|smash\.gg|transfernow\.net)",
    re.IGNORECASE,
)
# A question to the secretariat about the call, rather than an answer to it.
_QUESTION = re.compile(
    r"(\bextend|extension|deadline|postpone|word limit|page limit|format|clarif|"
    r"\bcould you|\bcan you|\bis it possible|\bwould it be possible|"
    r"délai|prolong|report(er)? la date|pourriez-vous|est-il possible|serait-il possible|"
    r"plazo|prórroga|ampliar|extender|podrían|sería posible|es posible)",
    re.IGNORECASE,
)
# A message about a contribution, in a call's three languages.
_SUBMISSION_WORD = re.compile(
    r"\b(submi|contribu|input|annex|attach|soumission|pièce jointe|aporte|"
    r"aportación|adjunt|anex)",
    re.IGNORECASE,
)
SHORT_WORDS = 60  # words below which a message with no document cannot be the submission
_NEWSLETTER_SUBJECT = re.compile(r"(newsletter|bulletin|boletín|webinar|digest)", re.IGNORECASE)


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
    return bool(_AUTO_SUBJECT.search(message.subject or ""))


def is_bounce(message: Message) -> bool:
    content_type = (header(message, "Content-Type") or "").lower()
    if "multipart/report" in content_type and "delivery-status" in content_type:
        return True
    if _BOUNCE_SENDER.match(message.sender.address or ""):
        return True
    return bool(_BOUNCE_SUBJECT.search(message.subject or "")) and "multipart/report" in (
        content_type
    )


def is_newsletter(message: Message) -> bool:
    precedence = (header(message, "Precedence") or "").strip().lower()
    if precedence in ("bulk", "list", "junk"):
        return True
    if (header(message, "X-Spam-Flag") or "").strip().upper() == "YES":
        return True
    return bool(header(message, "List-Unsubscribe") or header(message, "List-Id")) and bool(
        _NEWSLETTER_SUBJECT.search(message.subject or "") or len(message.body) > 3000
    )


def is_question(body: str) -> bool:
    """A short message that asks something about the call: the secretariat answers it, the
    call's page does not list it. The caller has checked that it carries no document."""
    body = body.strip()
    if "?" not in body or len(body) >= 1500:
        return False
    return len(body.split()) < SHORT_WORDS or bool(_QUESTION.search(body))


def is_too_short(body: str) -> bool:
    """A few lines with no document that neither speak of a contribution nor ask anything
    of it: a test, an invoice, a prize. A real submission in the body runs longer."""
    return len(body.split()) < SHORT_WORDS and not _SUBMISSION_WORD.search(body)


def links_to_file_sharing(text: str) -> bool:
    return bool(_FILE_SHARING.search(text))


def detect_kind(
    message: Message,
    own_addresses: tuple[str, ...],
    body: str,
    has_document: bool,
    asks: bool,
) -> str:
    """`body` is the sender's own text (no quoted reply); `asks` is whether the message makes
    a confidentiality request, which a short note amending a submission does."""
    if is_bounce(message):
        return "bounce"
    if is_auto_reply(message):
        return "auto_reply"
    sender = (message.sender.address or "").lower()
    if sender and sender in own_addresses and message.forwarded_by is None:
        return "not_submission"
    if is_newsletter(message):
        return "not_submission"
    if has_document or asks or _FILE_SHARING.search(message.body):
        return "submission"
    if is_question(body) or is_too_short(body):
        return "not_submission"
    return "submission"
