"""What kind of message it is, and whether it revises an earlier one, read from whole
messages as they arrive."""

from __future__ import annotations

from pathlib import Path

import pytest

from wgsubmit.demo import demo_config
from wgsubmit.detect import detect
from wgsubmit.detect.resubmission import says_revision
from wgsubmit.extract import extract_document
from wgsubmit.parse import parse_message
from wgsubmit.records import RawMessage

CALL = demo_config(Path("unused")).call

LONG_BODY = (
    "Private security companies now run immigration detention centres in several "
    "countries of the region, escort deportation flights and guard reception facilities. "
) * 8


def _read(subject: str, body: str, sender: str = "someone@example.org") -> tuple[str, bool]:
    raw = (
        f"From: Someone <{sender}>\r\nTo: wg@ohchr.example\r\nSubject: {subject}\r\n"
        "Date: Tue, 10 Mar 2020 10:00:00 +0000\r\nMessage-ID: <x@example.org>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
    ).encode() + body.encode("utf-8")
    message = parse_message(RawMessage(raw, "file", "test"))
    extractions = tuple(
        extract_document(a.data, a.filename, a.content_type) for a in message.attachments
    )
    detection = detect(message, extractions, CALL)
    return detection.kind, detection.revision


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("test", "test"),
        (
            "Invoice #INV-20931 overdue",
            "Please find your overdue invoice at the link below. https://pay.example.net/view?id=1",
        ),
        (
            "¡¡¡FELICIDADES!!!",
            "Su dirección ha resultado ganadora. Para reclamar su premio, "
            "envíe una copia de su pasaporte a nuestro agente.",
        ),
        ("pregunta", "¿A qué correo se envía la contribución? Gracias"),
        ("Question", "Can we send our input in Portuguese?"),
        ("Délai", "Bonjour, serait-il possible d'envoyer notre contribution lundi ?"),
    ],
)
def test_short_notes_without_a_document_are_not_submissions(subject: str, body: str) -> None:
    assert _read(subject, body)[0] == "not_submission"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Submission", LONG_BODY),
        ("Our input", "Our input is at https://www.dropbox.com/s/abc/input.pdf"),
        # A short note amending an earlier submission still counts: it asks something.
        ("Re: our submission", "Further to our submission, please treat it as confidential."),
        ("Contribución", "Adjuntamos nuestra contribución."),
    ],
)
def test_what_stays_a_submission(subject: str, body: str) -> None:
    assert _read(subject, body)[0] == "submission"


def _flags(subject: str, body: str) -> tuple[str, tuple[str, ...]]:
    raw = (
        f"From: Someone <someone@example.org>\r\nTo: wg@ohchr.example\r\nSubject: {subject}\r\n"
        "Date: Tue, 10 Mar 2020 10:00:00 +0000\r\nMessage-ID: <x@example.org>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
    ).encode() + body.encode("utf-8")
    detection = detect(parse_message(RawMessage(raw, "file", "test")), (), CALL)
    return detection.kind, detection.flags


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Note verbale - A/HRC/45/9",
            "La Mission permanente de Kandoria présente ses compliments au Haut-Commissariat "
            "et a l'honneur de lui faire tenir ci-joint les éléments de réponse.",
        ),
        ("Aporte", "Hola, les compartimos nuestro informe sobre los vuelos. Gracias, Inés"),
        ("Submission", "Hi, sending our submission just before the deadline. Thanks, Tom"),
        ("Our contribution", "Please find attached our contribution. " + LONG_BODY),
    ],
)
def test_a_message_that_sends_a_missing_document_is_held_for_it(subject: str, body: str) -> None:
    """Its cover note is not the submission: it waits for the document, flagged."""
    kind, flags = _flags(subject, body)
    assert kind == "submission" and "document_missing" in flags


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for your reminder. We will send our contribution next week.",
        "Nous enverrons notre contribution la semaine prochaine. Merci.",
        "Envíe una copia de su pasaporte a nuestro agente.",
    ],
)
def test_a_promise_to_send_is_no_missing_document(body: str) -> None:
    assert "document_missing" not in _flags("Re: call for inputs", body)[1]


def test_a_body_only_final_version_revises_the_first() -> None:
    kind, revision = _read(
        "submission - final version",
        "Sorry, here is the final version of my submission; please disregard the previous "
        "one.\n\n" + LONG_BODY,
    )
    assert (kind, revision) == ("submission", True)
    # The same words with no text to replace the first one with revise nothing.
    assert (
        _read("final version", "Here is the final version; please disregard the previous one.")[1]
        is False
    )


@pytest.mark.parametrize(
    "text",
    [
        "Apologies, I attached the wrong file. Here is the corrected\nversion.",
        "Veuillez trouver la version finale ; merci de ne pas tenir compte de l'envoi précédent.",
        "Adjuntamos la versión revisada, que sustituye a la anterior.",
    ],
)
def test_revision_wording(text: str) -> None:
    assert says_revision(text)


@pytest.mark.parametrize(
    "text",
    [
        "El anexo complementa la contribución enviada y no la sustituye.",
        "This annex completes our submission and does not replace it.",
        "Cette annexe complète notre contribution et ne la remplace pas.",
        "Please find attached our submission.",
    ],
)
def test_additions_are_not_revisions(text: str) -> None:
    assert not says_revision(text)
