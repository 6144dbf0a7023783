"""The detectors: pure functions from a message and its documents' text to decisions.

Each rule of SPEC's "Rules of the domain" that reads text lives in the module named for
it: ``kind``, ``language``, ``confidentiality``, ``resubmission``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from wgsubmit.config import CallConfig
from wgsubmit.detect import confidentiality, kind, language, resubmission, submitter
from wgsubmit.detect.confidentiality import Place
from wgsubmit.records import Attachment, Detection, Extraction, Language, Message, Submitter

WORD_OR_PDF = ("pdf", "docx", "doc")
DOCUMENT_FORMATS = ("pdf", "docx", "doc", "odt", "rtf", "txt", "html", "other")
FIRST_AND_LAST = 4000  # characters read at each end of a long document's text
BODY_SUBMISSION_WORDS = 150  # a body this long can be the submission itself, with no file
LETTERHEAD = 3000  # characters of the main document's first page read for who wrote it
# The point where a reply's quoted message starts: the call's own text is never a request.
_QUOTED_FROM = re.compile(
    r"^(-{2,}\s*(original message|message d'origine|mensaje original|forwarded message)|"
    r"(from|de|von)\s*:.*\n(sent|envoyé|enviado|date|fecha)\s*:|"
    r"on .{5,80} wrote:|le .{5,80} a écrit\s?:|el .{5,80} escribió:)",
    re.IGNORECASE | re.MULTILINE,
)


def own_text(body: str) -> str:
    """The body without the message it replies to."""
    found = _QUOTED_FROM.search(body)
    return body[: found.start()] if found else body


def is_document(attachment: Attachment, extraction: Extraction) -> bool:
    """A file the submitter sent as their submission, not a logo or a signature image."""
    return not attachment.inline and extraction.format in DOCUMENT_FORMATS


def main_document(extractions: Sequence[Extraction]) -> int | None:
    """The attachment with the longest text: SPEC's "main document"."""
    best = max(range(len(extractions)), key=lambda i: len(extractions[i].text), default=None)
    if best is None or not extractions[best].has_text:
        return None
    return best


def detect(message: Message, extractions: Sequence[Extraction], call: CallConfig) -> Detection:
    attachments = message.attachments
    body = own_text(message.body)
    documents = [
        i
        for i, (a, e) in enumerate(zip(attachments, extractions, strict=True))
        if is_document(a, e)
    ]
    has_document = any(extractions[i].has_text or extractions[i].flag for i in documents)

    body_language = language.detect_language(body)
    document_languages = tuple(
        language.detect_language(e.text) if e.has_text else Language(None) for e in extractions
    )
    main = main_document(extractions)
    main_language = document_languages[main] if main is not None else body_language

    places = [Place("subject", message.subject or ""), Place("body", body)]
    for i in documents:
        extraction = extractions[i]
        places.append(Place("filename", attachments[i].filename or ""))
        places.extend(Place("document", part) for part in _ends(extraction.text))
        places.append(Place("margins", extraction.margins))
    request = confidentiality.decide(places)

    flags: list[str] = list(request.flags)
    for i, extraction in enumerate(extractions):
        if extraction.flag and not attachments[i].inline:
            flags.append(extraction.flag)
    if not has_document and kind.links_to_file_sharing(body):
        flags.append("needs_download")
    if documents:
        if not any(extractions[i].format in WORD_OR_PDF for i in documents):
            flags.append("format_not_accepted")
        if main is not None and _over_limit(extractions[main], call):
            flags.append("over_limit")

    decided = kind.decide_kind(
        message, call.own_addresses, body, has_document, asks=request.value != "unspecified"
    )
    message_kind = decided.kind
    flags.extend(decided.flags)
    said = f"{message.subject or ''}\n{body}"
    carries_text = has_document or len(body.split()) >= BODY_SUBMISSION_WORDS
    revision = message_kind == "submission" and carries_text and resubmission.says_revision(said)
    amendment = None
    if (
        message_kind == "submission"
        and not has_document
        and not revision
        and request.value != "unspecified"
        and resubmission.refers_back(said)
    ):
        amendment = request
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
        submitter=_submitter(message, body, extractions, main)
        if message_kind == "submission"
        else None,
    )


def _submitter(
    message: Message, body: str, extractions: Sequence[Extraction], main: int | None
) -> Submitter:
    letterhead = extractions[main].text.split("\f", 1)[0][:LETTERHEAD] if main is not None else ""
    return submitter.suggest(
        submitter.Sender(
            message.sender.name or "",
            message.sender.address or "",
            message.subject or "",
            body,
            letterhead,
        )
    )


def _ends(text: str) -> list[str]:
    """Where a request sits in a document: its first and last pages (or, without pages,
    the first and last few thousand characters); a short document is read whole."""
    if len(text) <= 3 * FIRST_AND_LAST:
        return [text]
    pages = text.rstrip("\f").split("\f")
    if len(pages) > 2:
        return [pages[0][: 3 * FIRST_AND_LAST], pages[-1][-3 * FIRST_AND_LAST :]]
    return [text[:FIRST_AND_LAST], text[-FIRST_AND_LAST:]]


def _over_limit(extraction: Extraction, call: CallConfig) -> bool:
    return extraction.words > call.max_words or (extraction.pages or 0) > call.max_pages
