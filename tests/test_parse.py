"""Parsing: headers, bodies, attachments, forwards, received time, never a crash."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from conftest import FIXTURES
from wgsubmit.parse import looks_like_message, parse_message
from wgsubmit.records import RawMessage


def fixture(name: str, **kwargs: object) -> RawMessage:
    path = FIXTURES / name
    return RawMessage(data=path.read_bytes(), origin="file", source=str(path), **kwargs)  # type: ignore[arg-type]


def test_a_submission_with_a_pdf() -> None:
    message = parse_message(fixture("01-ngo-en-pdf.eml"))
    assert message.error is None
    assert message.message_id == "<sub-01@borderwatch.example.org>"
    assert message.sender.name == "Maria Lopez"
    assert message.sender.address == "m.lopez@borderwatch.example.org"
    assert message.to[0].address == "wg-submissions@example.org"
    assert message.subject == "Submission: PMSCs in immigration and border management"
    assert "We consent to the publication" in message.body
    [pdf] = message.attachments
    assert pdf.filename == "BorderWatch_Submission.pdf"
    assert pdf.content_type == "application/pdf"
    assert pdf.data.startswith(b"%PDF-")
    # the topmost Received: header, not the Date: header
    assert message.received_at == dt.datetime(2020, 3, 10, 9, 14, 2, tzinfo=dt.UTC)
    assert message.flags == ()


def test_the_server_time_wins_over_every_header() -> None:
    server = dt.datetime(2020, 3, 17, 22, 59, tzinfo=dt.UTC)
    message = parse_message(fixture("01-ngo-en-pdf.eml", server_time=server))
    assert message.received_at == server


def test_an_rfc2231_file_name_is_decoded() -> None:
    message = parse_message(fixture("03-academic-es-confidential.eml"))
    assert [a.filename for a in message.attachments] == ["Contribución_confidencial.pdf"]
    assert message.subject is not None and message.subject.startswith("Contribución")


def test_a_forward_is_the_inner_messages_submission() -> None:
    message = parse_message(fixture("05-forwarded-es.eml"))
    assert message.sender.address == "contacto@redmigrantes.example.org"
    assert message.forwarded_by is not None
    assert message.forwarded_by.address == "wg-submissions@example.org"
    assert "forwarded" in message.flags
    assert [a.filename for a in message.attachments] == ["Contribucion_Red.docx"]
    assert "Autorizamos la publicación" in message.body
    # message id and received time stay the outer message's
    assert message.message_id == "<fwd-0312@example.org>"
    assert message.received_at == dt.datetime(2020, 3, 12, 11, 30, tzinfo=dt.UTC)


def test_without_received_header_the_date_header_is_used_and_flagged() -> None:
    message = parse_message(fixture("08-nhri-es-date-header-only.eml"))
    assert message.received_at == dt.datetime(2020, 3, 15, 23, 20, tzinfo=dt.UTC)
    assert "received_from_date_header" in message.flags


def test_an_mbox_or_maildir_time_comes_before_the_date_header() -> None:
    delivered = dt.datetime(2020, 3, 16, 8, 0, tzinfo=dt.UTC)
    message = parse_message(fixture("08-nhri-es-date-header-only.eml", delivery_time=delivered))
    assert message.received_at == delivered
    assert "received_from_date_header" not in message.flags


def test_no_time_at_all_is_null_and_flagged() -> None:
    raw = RawMessage(b"From: a@example.org\r\nSubject: x\r\n\r\nhello\r\n", "file", "x")
    message = parse_message(raw)
    assert message.received_at is None
    assert "no_received_time" in message.flags


def test_an_html_only_body_becomes_text() -> None:
    message = parse_message(fixture("09-company-en-html.eml"))
    assert "The submission may be published." in message.body
    assert "<p>" not in message.body


@pytest.mark.parametrize(
    ("data", "is_message"),
    [
        (b"From: a@example.org\nSubject: hi\n\nbody", True),
        (b"Received: from x by y; Tue, 17 Mar 2020 10:00:00 +0000\r\nX-A: b\r\n\r\n", True),
        (b"From someone@example.org Tue Mar 17 10:00:00 2020\nFrom: a@b.c\n\nx", True),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", False),
        (b"PK\x03\x04\x14\x00\x06\x00", False),
        (b"Dear colleagues: here is our text\n\nmore", False),
        (b"", False),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, False),
    ],
)
def test_a_message_is_recognised_by_its_content(data: bytes, is_message: bool) -> None:
    assert looks_like_message(data) is is_message


def test_bytes_that_are_not_a_message_are_unparseable_not_an_exception() -> None:
    message = parse_message(RawMessage(b"%PDF-1.4 not a mail", "file", "x.eml"))
    assert "unparseable" in message.flags
    assert message.error == "not an e-mail message"


def test_a_damaged_outlook_file_says_so() -> None:
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512
    message = parse_message(RawMessage(data, "file", "x.msg"))
    assert "unparseable" in message.flags
    assert message.error is not None and "Outlook file that cannot be read" in message.error


def test_every_corpus_email_parses_without_raising(corpus: Path) -> None:
    files = sorted(p for p in (corpus / "emails").rglob("*") if p.is_file())
    assert len(files) > 150
    for path in files:
        message = parse_message(RawMessage(path.read_bytes(), "file", str(path)))
        assert message.error is None or "unparseable" in message.flags, path
