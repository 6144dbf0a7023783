"""The detectors: pure functions from a message and its documents' text to decisions.

Each rule that reads text lives in the module named for
it: ``kind``, ``language``, ``confidentiality``, ``resubmission``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from wgsubmit import domain
from wgsubmit.config import CallConfig
from wgsubmit.detect import confidentiality, forwarded, kind, language, resubmission, submitter
from wgsubmit.detect.confidentiality import Place
from wgsubmit.detect.notices import standing_alone
from wgsubmit.detect.thread import own_text, submitter_text
from wgsubmit.records import (
    Attachment,
    Confidentiality,
    Detection,
    Extraction,
    Language,
    Message,
    Submitter,
)

WORD_OR_PDF = ("pdf", "docx", "doc")
BODY_SUBMISSION_WORDS = 150  # a body this long can be the submission itself, with no file
LETTERHEAD = 3000  # characters of the main document's first page read for who wrote it
PROSE_WORDS = 300  # a body this long is read as prose: a cue counts only about the submission
# The detectors read at most this many characters of a place (a call's limit of 10,000
# words is some 70,000; a 120-page report some 300,000): its beginning and its end. A
# longer text is not read whole, so its publication request is unclear (fail closed).
# Every rule is a pass over the text: some 10 microseconds a character in all.
READ_CHARS = 300_000
# A picture attached beside no document may be a scanned letter; these names are not.
_DECORATION = re.compile(r"(logo|image\d*|signature|banner|icon|outlook|pic\d*)[\w-]*\.", re.I)

__all__ = ["detect", "is_document", "main_document", "own_text"]


class _Read(NamedTuple):
    """An attachment as read: where it sat and what its bytes are."""

    inline: bool
    format: str | None
    content_type: str


def is_document(attachment: Attachment, extraction: Extraction) -> bool:
    """A file the submitter sent as their submission, not a logo or a signature image."""
    return domain.is_document(_Read(attachment.inline, extraction.format, attachment.content_type))


def main_document(extractions: Sequence[Extraction]) -> int | None:
    """The attachment with the longest text: the "main document"."""
    best = max(range(len(extractions)), key=lambda i: len(extractions[i].text), default=None)
    if best is None or not extractions[best].has_text:
        return None
    return best


def detect(
    message: Message,
    extractions: Sequence[Extraction],
    call: CallConfig,
    told: Sequence[Language] | None = None,
) -> Detection:
    """``told``: the body's language and then each attachment's, when the workers that
    read the attachments told them already."""
    attachments = message.attachments
    body = bounded(own_text(message.body))
    documents = [
        i
        for i, (a, e) in enumerate(zip(attachments, extractions, strict=True))
        if is_document(a, e)
    ]
    has_document = any(extractions[i].has_text or extractions[i].flag for i in documents)

    body_language, *rest = told or _languages(body, extractions)
    document_languages = tuple(rest)
    main = main_document(extractions)
    main_language = document_languages[main] if main is not None else body_language

    languages = [body_language.code, *(d.code for d in document_languages)]
    places = request_places(message, extractions, documents, call.own_addresses, languages)
    request = confidentiality.decide(places)

    flags = [*request.flags, *_file_flags(message, extractions, documents, main, call)]
    flags += _partly_read_flag(places)
    if not has_document and kind.links_to_file_sharing(body):
        flags.append("needs_download")

    decided = kind.decide_kind(
        message,
        call.own_addresses,
        body,
        has_document,
        asks=request.value != "unspecified" or "anonymous" in request.flags,
    )
    message_kind = decided.kind
    flags.extend(decided.flags)
    said = f"{bounded(message.subject or '')}\n{body}"
    carries_text = has_document or len(body.split()) >= BODY_SUBMISSION_WORDS
    submission = message_kind == domain.Kind.SUBMISSION
    revision = submission and carries_text and resubmission.says_revision(said)
    amendment = None
    if submission and not has_document and not revision:
        amendment = _amendment(request, said, carries_text)
    return Detection(
        kind=message_kind,
        language=main_language,
        body_language=body_language,
        document_languages=document_languages,
        confidentiality=request,
        flags=tuple(dict.fromkeys(flags)),
        revision=revision,
        amendment=amendment,
        main_document=main,
        # An auto-reply or a question has no submitter to suggest.
        submitter=_submitter(message, body, extractions, main) if submission else None,
    )


def _languages(body: str, extractions: Sequence[Extraction]) -> list[Language]:
    return [language.detect_language(body)] + [
        language.detect_language(e.text) if e.has_text else Language(None) for e in extractions
    ]


def _file_flags(
    message: Message,
    extractions: Sequence[Extraction],
    documents: Sequence[int],
    main: int | None,
    call: CallConfig,
) -> list[str]:
    """What the attachments say of themselves: unread, over the limit, not Word or PDF."""
    flags = [
        e.flag
        for a, e in zip(message.attachments, extractions, strict=True)
        if e.flag and not a.inline
    ]
    if documents and not any(extractions[i].format in WORD_OR_PDF for i in documents):
        flags.append("format_not_accepted")
    if main is not None and documents and _over_limit(extractions[main], call):
        flags.append("over_limit")
    return [f for f in flags if f]


def _amendment(request: Confidentiality, said: str, carries_text: bool) -> Confidentiality | None:
    """A note that sends nothing new and only changes its submission's request (a short
    one, or one that refers back to the submission): the later request."""
    changes = request.value != "unspecified" or "anonymous" in request.flags
    if changes and (not carries_text or resubmission.refers_back(said)):
        return request
    return None


def _submitter(
    message: Message, body: str, extractions: Sequence[Extraction], main: int | None
) -> Submitter:
    letterhead = extractions[main].text.split("\f", 1)[0][:LETTERHEAD] if main is not None else ""
    if forwarded.original(message.subject or "", message.body) is not None:
        body = bounded(message.body)  # the forwarded message's sender is the submitter
    return submitter.suggest(
        submitter.Sender(
            message.sender.name or "",
            message.sender.address or "",
            message.subject or "",
            body,
            letterhead,
        )
    )


def request_places(
    message: Message,
    extractions: Sequence[Extraction],
    documents: Sequence[int],
    own_addresses: tuple[str, ...],
    languages: Sequence[str | None] = (),
) -> list[Place]:
    """Every place a publication request may sit: the subject, everything the submitter
    wrote (around quotes and forwards too), each document's file name, every page with its
    margins and form fields; and each place that could not be read. ``languages`` are the
    body's and then each attachment's, where known."""
    said = list(languages) or [None]
    said += [None] * (len(extractions) + 1 - len(said))
    body = submitter_text(message.body, own_addresses)
    if message.outer_body:
        body += "\n" + submitter_text(message.outer_body, own_addresses)
    read = bounded(body)
    prose = len(read.split()) > PROSE_WORDS
    places = [
        Place("subject", bounded(message.subject or "")),
        Place("body", read, anchored=prose, language=said[0]),
        Place("notices", standing_alone(read) if prose else "", language=said[0]),
        *_partly_read("the message", message.subject or "", body),
    ]
    attachments = message.attachments
    for i in documents:
        extraction = extractions[i]
        name = attachments[i].filename or f"attachment {i + 1}"
        text, margins = bounded(extraction.text), bounded(extraction.margins)
        places.append(Place("filename", attachments[i].filename or ""))
        places.append(Place("document", text, anchored=True, language=said[i + 1]))
        places.append(Place("notices", standing_alone(text), language=said[i + 1]))
        # Headers and footers are short notices, not prose: a cue there needs no anchor.
        places.append(Place("margins", margins, language=said[i + 1]))
        places.extend(_partly_read(name, extraction.text, extraction.margins))
        if extraction.flag:
            places.append(Place("unread", f"{name}: could not be read ({extraction.flag})"))
        places.extend(Place("unread", f"{name}: {line}") for line in _unread(extraction))
    for i, (a, e) in enumerate(zip(attachments, extractions, strict=True)):
        if i in documents or a.inline:
            continue
        name = a.filename or "an archive"
        if e.format == "archive" and e.flag:  # its members could not be read
            places.append(Place("unread", f"{name}: could not be read ({e.error or e.flag})"))
        places.extend(Place("unread", f"{name}: {line}") for line in e.unread)
    if not any(extractions[i].has_text for i in documents):
        places.extend(_pictures(message, extractions))
    return places


_PARTLY_READ = f"only its first and last {READ_CHARS:,} characters were read"


def bounded(text: str) -> str:
    """A text as the detectors read it: whole, or its beginning and end when it is longer
    than ``READ_CHARS`` (so that one hostile text cannot hold a worker for minutes)."""
    if len(text) <= READ_CHARS:
        return text
    head = READ_CHARS * 3 // 4
    return f"{text[:head]}\f{text[len(text) - (READ_CHARS - head) :]}"


def _partly_read_flag(places: Sequence[Place]) -> list[str]:
    said = any(p.where == "unread" and p.text.endswith(_PARTLY_READ) for p in places)
    return ["partly_read"] if said else []


def _partly_read(name: str, *texts: str) -> list[Place]:
    """A place not read whole: what it may ask in its middle nobody has seen."""
    if all(len(t) <= READ_CHARS for t in texts):
        return []
    return [Place("unread", f"{name}: {_PARTLY_READ}")]


def _unread(extraction: Extraction) -> tuple[str, ...]:
    return extraction.unread


def _pictures(message: Message, extractions: Sequence[Extraction]) -> list[Place]:
    """Pictures sent as files beside no readable document: a scanned letter, perhaps."""
    return [
        Place("unread", f"{a.filename or 'a picture'}: a picture, perhaps a scan, not read")
        for a, e in zip(message.attachments, extractions, strict=True)
        if not a.inline
        and e.format == "image"
        and a.size > 20_000
        and not _DECORATION.match(a.filename or "image0.")
    ]


def _over_limit(extraction: Extraction, call: CallConfig) -> bool:
    return extraction.words > call.max_words or (extraction.pages or 0) > call.max_pages
