"""Raw bytes -> Message: headers, body text, attachments, and forwards opened up.

Parsing never raises: a message that cannot be read comes back with ``error``
set and the ``unparseable`` flag, and the raw bytes stay in the store.

The standard ``email`` package splits the message (so that a forward's attached message
is reached as an object, and broken encoded words are decoded by hand); mail-parser, given
each message object through its public constructor, gives the bodies, the addresses and
the attachments.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import datetime as dt
import email
import email.errors
import email.message
import email.policy
import email.utils
import logging
import mimetypes
import re
from dataclasses import replace
from email.header import decode_header, make_header
from typing import Any

from wgsubmit.records import Address, Attachment, Message, RawMessage, as_utc

log = logging.getLogger(__name__)

# Headers that RFC 5322 messages almost always carry; one of them (or an mbox
# "From " line) must be present for bytes to count as a message.
_MESSAGE_HEADERS = {
    "from",
    "to",
    "subject",
    "date",
    "message-id",
    "received",
    "return-path",
    "mime-version",
    "content-type",
    "delivered-to",
    "sender",
}
_HEADER_LINE = re.compile(rb"^([!-9;-~]{1,76})[ \t]*:")
_MAX_HEADER_VALUE = 2000


def looks_like_message(data: bytes) -> bool:
    """Whether bytes are an RFC 5322 message, judged by content, not by file name.

    Lenient on purpose: the header block ends at the first line that is not a
    header (real messages get this wrong), but it must start with a header
    and name at least one header that messages carry.
    """
    head = data[:65536].lstrip(b"\r\n\t ")
    if head.startswith(b"From "):
        head = head.split(b"\n", 1)[1] if b"\n" in head else b""
    if not _HEADER_LINE.match(head):
        return False
    names = set()
    for line in re.split(rb"\r?\n", head):
        if not line.strip():
            break
        if line[:1] in (b" ", b"\t"):
            continue
        match = _HEADER_LINE.match(line)
        if not match:
            break
        names.add(match.group(1).decode("ascii").lower())
    return bool(names & _MESSAGE_HEADERS)


OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Outlook .msg (Compound File Binary)


# Reading a message takes some ten times its size in memory: past this, it is kept but not
# read (a mail server's own limit is usually 25 to 150 MB).
MAX_MESSAGE_BYTES = 64 * 1024 * 1024


def parse_message(raw: RawMessage) -> Message:
    if len(raw.data) > MAX_MESSAGE_BYTES:
        return _unparseable(
            raw,
            f"too large to read ({len(raw.data) // 2**20} MB; the limit is "
            f"{MAX_MESSAGE_BYTES // 2**20} MB): open it from the store",
        )
    if raw.data.startswith(OLE_MAGIC):
        try:
            return _outlook_message(raw)
        except Exception as err:  # not a mail item, or a damaged file
            log.debug("msg parse failed for %s: %r", raw.source, err)
            return _unparseable(raw, f"an Outlook file that cannot be read: {type(err).__name__}")
    if not looks_like_message(raw.data):
        return _unparseable(raw, "not an e-mail message")
    try:
        return _parse(raw)
    except Exception as err:  # a hostile message must not stop a run
        log.debug("parse failed for %s: %r", raw.source, err)
        return _unparseable(raw, f"cannot be parsed: {type(err).__name__}")


def _outlook_message(raw: RawMessage) -> Message:
    """An Outlook .msg file (what an officer drags out of Outlook), read with extract-msg.

    Its transport headers, when Outlook kept them, give the received time as for any
    message; else the time Outlook says it was delivered. A mail item attached to it is a
    forward, as an attached message/rfc822 is."""
    import extract_msg

    item = extract_msg.openMsg(raw.data, delayAttachments=False)
    try:
        if not isinstance(item, extract_msg.Message):
            raise ValueError(f"not a mail item but a {type(item).__name__}")
        embedded = next(
            (a.data for a in item.attachments if isinstance(a.data, extract_msg.Message)), None
        )
        content = embedded if embedded is not None else item
        headers = _outlook_headers(item)
        date_header = _real_time(item.date)
        delivered = _real_time(getattr(item, "receivedTime", None))
        timed = raw if raw.delivery_time or not delivered else replace(raw, delivery_time=delivered)
        received_at, flags = _received_time(timed, headers, date_header)
        senders = _outlook_addresses(content.sender)
        forwarded_by = None
        if embedded is not None:
            outer = _outlook_addresses(item.sender)
            forwarded_by = outer[0] if outer else Address(None, None)
            flags.append("forwarded")
        return Message(
            message_id=(item.messageId or "").strip() or None,
            sender=senders[0] if senders else Address(None, None),
            to=tuple(_outlook_addresses(content.to)),
            cc=tuple(_outlook_addresses(content.cc)),
            subject=" ".join((content.subject or "").split()) or None,
            date_header=date_header,
            received_at=received_at,
            body=_outlook_body(content),
            attachments=tuple(_outlook_attachments(content)),
            headers=tuple(_header_pairs(headers)) if headers is not None else (),
            forwarded_by=forwarded_by,
            flags=tuple(flags),
        )
    finally:
        item.close()


def _real_time(value: Any) -> dt.datetime | None:
    """Outlook writes "no date" as a day in the year 4500."""
    moment = as_utc(value)
    return moment if moment is not None and moment.year < 3000 else None


def _outlook_headers(item: Any) -> email.message.Message | None:
    text = str(item.header or "") if getattr(item, "header", None) is not None else ""
    return email.message_from_string(text) if text.strip() else None


def _outlook_addresses(text: str | None) -> list[Address]:
    pairs = email.utils.getaddresses([(text or "").replace(";", ",")])
    return _addresses(pairs)


def _outlook_body(item: Any) -> str:
    body = item.body or ""
    if not body.strip() and item.htmlBody:
        html = item.htmlBody
        body = html_to_text(html.decode("utf-8", "replace") if isinstance(html, bytes) else html)
    return str(body).replace("\r\n", "\n")


def _outlook_attachments(item: Any) -> list[Attachment]:
    import extract_msg

    result = []
    for part in item.attachments:
        data = part.data
        if isinstance(data, extract_msg.Message) or not isinstance(data, bytes):
            continue  # an attached mail item is the forwarded message, read as such
        name = part.longFilename or part.shortFilename or None
        content_type = (part.mimetype or "").lower() or (
            mimetypes.guess_type(name or "")[0] or "application/octet-stream"
        )
        inline = bool(part.cid) and bool(getattr(part, "hidden", False))
        result.append(Attachment(name, content_type, data, inline=inline))
    return result


def _unparseable(raw: RawMessage, reason: str) -> Message:
    received_at, flags = _received_time(raw, None, None)
    return Message(
        message_id=None,
        sender=Address(None, None),
        to=(),
        cc=(),
        subject=None,
        date_header=None,
        received_at=received_at,
        body="",
        attachments=(),
        flags=("unparseable", *flags),
        error=reason,
    )


def _parse(raw: RawMessage) -> Message:
    top = email.message_from_bytes(raw.data)
    outer = _mailparser(top)
    inner_message = _forwarded_message(top)
    content = outer if inner_message is None else _mailparser(inner_message)

    senders = _addresses(content.from_)
    sender = senders[0] if senders else Address(None, None)
    forwarded_by = None
    flags: list[str] = []
    if inner_message is not None:
        outer_senders = _addresses(outer.from_)
        forwarded_by = outer_senders[0] if outer_senders else Address(None, None)
        flags.append("forwarded")

    date_header = as_utc(outer.date) if _header(top, "date") else None
    received_at, time_flags = _received_time(raw, top, date_header)
    flags.extend(time_flags)

    return Message(
        message_id=_header(top, "message-id") or None,
        sender=sender,
        to=tuple(_addresses(content.to)),
        cc=tuple(_addresses(content.cc)),
        subject=_decoded(_header(content.message, "subject")) or None,
        date_header=date_header,
        received_at=received_at,
        body=_body_text(content),
        attachments=tuple(_attachments(content)),
        headers=tuple(_header_pairs(top)),
        forwarded_by=forwarded_by,
        flags=tuple(flags),
        outer_body=_body_text(outer) if inner_message is not None else "",
    )


def _mailparser(msg: email.message.Message) -> Any:
    import mailparser

    if msg.epilogue is None:
        msg.epilogue = ""  # mail-parser reads the epilogue of a multipart with defects
    # Its public constructor takes a message the standard parser already built (the top
    # one, or the one a forward carries); nesting too deep is the caller's RecursionError.
    return mailparser.MailParser(msg)


def _header(msg: email.message.Message, name: str) -> str:
    value = msg.get(name)
    if value is None:
        return ""
    return str(value).strip()


def _decoded(value: str) -> str:
    """Decode RFC 2047 words that the parser left encoded; unfold lines."""
    if "=?" in value:
        with contextlib.suppress(
            UnicodeError, LookupError, binascii.Error, ValueError, email.errors.HeaderParseError
        ):
            value = str(make_header(decode_header(value)))
    return " ".join(value.split())


def _header_pairs(msg: email.message.Message) -> list[tuple[str, str]]:
    pairs = []
    for name, value in msg.items():
        pairs.append((str(name), _decoded(str(value))[:_MAX_HEADER_VALUE]))
    return pairs


def _addresses(pairs: Any) -> list[Address]:
    result = []
    for pair in pairs or []:
        name, address = ((*pair, "", ""))[:2] if isinstance(pair, tuple) else ("", str(pair))
        name = _decoded(str(name or "")).strip().strip('"') or None
        address = str(address or "").strip().strip("<>").lower() or None
        if name or address:
            result.append(Address(name, address))
    return result


def _parse_date(text: str) -> dt.datetime | None:
    try:
        parsed = email.utils.parsedate_to_datetime(text.strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return as_utc(parsed)


def _received_time(
    raw: RawMessage, top: email.message.Message | None, date_header: dt.datetime | None
) -> tuple[dt.datetime | None, list[str]]:
    """The received time: the server's time, never the sender's when a server time exists."""
    if raw.server_time is not None:
        return as_utc(raw.server_time), []
    if top is not None:
        received = top.get_all("received") or []
        if received:
            stamp = _parse_date(str(received[0]).rpartition(";")[2])
            if stamp is not None:
                return stamp, []
    if raw.delivery_time is not None:
        return as_utc(raw.delivery_time), []
    if date_header is not None:
        return date_header, ["received_from_date_header"]
    return None, ["no_received_time"]


def _forwarded_message(top: email.message.Message) -> email.message.Message | None:
    """The attached message/rfc822 that a forward carries, if this message is a forward."""
    if top.get_content_type() == "multipart/report":  # a bounce quotes, it does not forward
        return None
    for part in top.walk():
        if part.get_content_type() != "message/rfc822":
            continue
        payload = part.get_payload()
        if isinstance(payload, list) and payload and isinstance(payload[0], email.message.Message):
            return payload[0]
        data = part.get_payload(decode=True)
        if isinstance(data, bytes) and looks_like_message(data):
            return email.message_from_bytes(data)
        return None
    return None


def _body_text(mail: Any) -> str:
    plain = "\n".join(p for p in mail.text_plain if p)
    if plain.strip():
        return plain.strip()
    html = "\n".join(p for p in mail.text_html if p)
    return html_to_text(html) if html.strip() else ""


# HTML elements that end a line of text; every other element (b, a, span, font…) sits
# inside a sentence. Cells of a table row stay on the row's line, joined by " | ".
_BLOCK_NAMES = """address article aside blockquote body br caption dd div dl dt fieldset
figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section
table tbody tfoot thead title tr ul"""
_HTML_BLOCKS = frozenset(_BLOCK_NAMES.split())
_HTML_CELLS = frozenset({"td", "th"})
_HTML_HIDDEN = frozenset({"script", "style", "head", "template"})
_CELL_BREAK = "\ue002"  # between cells until the lines are tidied


def html_to_text(html: str) -> str:
    """The text of an HTML page or body, a line per block, inline markup not breaking a
    sentence: "<p>We <b>do not</b> consent</p>" reads "We do not consent"."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    out: list[str] = []
    # An explicit stack: a hostile message nests elements deeper than Python recurses.
    stack: list[tuple[Any, bool]] = [(soup, False)]  # and whether inside a <pre>
    while stack:
        node, pre = stack.pop()
        if type(node) is str:  # written by `_html_pieces`, not a string of the page
            out.append(node)
        else:
            pre = pre or getattr(node, "name", None) == "pre"
            stack.extend((piece, pre) for piece in reversed(_html_pieces(node, pre)))
    lines = []
    for line in "".join(out).split("\n"):
        cells = (" ".join(cell.split()) for cell in line.split(_CELL_BREAK))
        lines.append(" | ".join(cell for cell in cells if cell))
    return "\n".join(line for line in lines if line)


def _html_pieces(node: Any, pre: bool) -> list[Any]:
    """What a node stands for, in order: strings to write and elements to visit."""
    from bs4.element import Comment, Declaration, Doctype, NavigableString, ProcessingInstruction

    if isinstance(node, Comment | Declaration | Doctype | ProcessingInstruction):
        return []  # not text a reader sees
    if isinstance(node, NavigableString):
        return [str(node) if pre else re.sub(r"\s+", " ", str(node))]
    name = (node.name or "").lower()
    if name in _HTML_HIDDEN:
        return []
    children = list(node.children)
    if name == "a" and not node.get_text().strip() and node.get("href"):
        children = [f" {node.get('href')} "]  # a link with no text: its address is its text
    if name in _HTML_CELLS:
        return [_CELL_BREAK, *children, _CELL_BREAK]
    if name in _HTML_BLOCKS:
        return ["\n", *children, "\n"]
    return children


# mail-parser names an unnamed part with ten random letters; such a name is not the
# sender's and would change at every reprocess.
_INVENTED_NAME = re.compile(r"^[a-z]{10}\.(?:rtf|txt)$")


def _attachments(mail: Any) -> list[Attachment]:
    declared = {str(p.get_filename()) for p in mail.message.walk() if p.get_filename()}
    result = []
    for item in mail.attachments:
        content_type = str(item.get("mail_content_type") or "application/octet-stream").lower()
        if content_type == "message/rfc822":
            continue  # a nested message's own parts are listed on their own
        payload = item.get("payload") or ""
        if item.get("binary"):
            try:
                data = base64.b64decode(payload)
            except (binascii.Error, ValueError):
                data = payload.encode("ascii", "replace")
        else:
            data = payload.encode(item.get("charset") or "utf-8", "replace")
        disposition = str(item.get("content-disposition") or "").lower()
        inline = bool(item.get("content-id")) and not disposition.startswith("attachment")
        filename = _decoded(str(item.get("filename") or "")) or None
        if filename and filename == item.get("content-id"):
            filename = None  # mail-parser names unnamed inline parts by their Content-ID
        if filename and _INVENTED_NAME.match(filename) and filename not in declared:
            filename = None
        result.append(Attachment(filename, content_type, data, inline=inline))
    return result
