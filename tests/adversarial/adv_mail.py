"""A case's Mail as the bytes a mail server stores: headers, bodies, attachments and an
attached forward, with fixed MIME boundaries so that the same case gives the same bytes."""

from __future__ import annotations

import datetime as dt
import email.policy
import email.utils
import hashlib
from email.message import EmailMessage
from zoneinfo import ZoneInfo

from adv_files import build
from adv_model import Case, Mail

GENEVA = ZoneInfo("Europe/Zurich")
TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "zip": "application/zip",
    "doc": "application/msword",
    "txt": "text/plain",
    "png": "image/png",
}


def eml_bytes(case: Case) -> bytes:
    message = _message(case.mail, case.message_id(), case.id)
    for n, part in enumerate(message.walk()):
        if part.is_multipart():
            part.set_boundary(f"=_adv_{hashlib.sha256(case.id.encode()).hexdigest()[:10]}_{n}")
    return message.as_bytes()


def _message(mail: Mail, message_id: str, seed: str) -> EmailMessage:
    message = EmailMessage(policy=email.policy.SMTP)
    digest = hashlib.sha256(seed.encode()).hexdigest()
    domain = email.utils.parseaddr(mail.sender)[1].rsplit("@", 1)[-1] or "example.org"
    received = email.utils.format_datetime(mail.received.astimezone(GENEVA))
    message["Received"] = (
        f"from mail.{domain} (mail.{domain} [192.0.2.{int(digest[:2], 16) % 250 + 1}]) "
        f"by mx1.ohchr.example with ESMTPS id {digest[:12].upper()}; {received}"
    )
    message["From"] = mail.sender
    message["To"] = mail.to
    message["Subject"] = mail.subject
    sent = mail.received.replace(second=0) - dt.timedelta(minutes=int(digest[2:4], 16) % 7 + 1)
    message["Date"] = email.utils.format_datetime(sent.astimezone(GENEVA))
    message["Message-ID"] = message_id
    if mail.in_reply_to:
        message["In-Reply-To"] = mail.in_reply_to
        message["References"] = mail.in_reply_to
    if mail.html and not mail.body:
        message.set_content(mail.html, subtype="html")
    else:
        message.set_content(mail.body)
        if mail.html:
            message.add_alternative(mail.html, subtype="html")
    if mail.forward is not None:
        inner_id = f"<fwd.{digest[:16]}@{domain}>"
        message.add_attachment(_message(mail.forward, inner_id, seed + "/inner"))
    for doc in mail.files:
        maintype, subtype = TYPES[doc.kind].split("/")
        message.add_attachment(build(doc), maintype=maintype, subtype=subtype, filename=doc.name)
    return message
