"""Which of the mandate's calls a message answers: its subject, its own words, its main
document and who signed it, read against the config's call and its other calls by
`detect.calls`."""

from __future__ import annotations

from collections.abc import Sequence
from zoneinfo import ZoneInfo

from wgsubmit.config import Config
from wgsubmit.records import CallAnswer, Detection, Extraction, Message


def which_call(
    message: Message, extractions: Sequence[Extraction], detection: Detection, config: Config
) -> CallAnswer | None:
    """Which of the mandate's calls a submission answers; None when the config names no
    other call and no opening day, so that a store of one call reads as it always did.
    A message not taken for a submission is answered too: an officer may make it one."""
    from wgsubmit.detect import calls
    from wgsubmit.detect.thread import own_text, secretariat_text, submitter_text

    call = config.call
    if detection.kind in ("auto_reply", "bounce") or not (call.opened or call.other_calls):
        return None
    main = detection.main_document
    signed = (message.sender.name, detection.submitter.name if detection.submitter else None)
    said = calls.Said(
        message.subject or "",
        f"{own_text(message.body)}\n\n{own_text(message.outer_body)}",
        extractions[main].text if main is not None else "",
        tuple(name for name in signed if name),
        submitter_text(message.body, call.own_addresses),
        secretariat_text(message.body, call.own_addresses),
    )
    others = [calls.Call(o.title, o.keywords, o.deadline.instant) for o in call.other_calls]
    this = calls.Call(call.title, call.keywords)
    opened = call.opened.astimezone(ZoneInfo(call.timezone)) if call.opened else None
    return calls.decide(said, message.received_at, this, others, opened)
