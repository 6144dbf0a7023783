"""What goes on the page, decided by `publication.judge` alone: a table of stored
submissions and the verdict each must get. The rule behind every row is in
docs/publication.md; the worst failure is a row that says "published" for a submission that
asked not to be, or that nobody could read."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from stored import PDF, stored
from wgsubmit.publication import Context, judge, names_author, needs_officer, published_name
from wgsubmit.store import StoredMessage


def context(**changes: Any) -> Context:
    return dataclasses.replace(Context(unspecified="publish", on_time=True), **changes)


EARLIER_CONFIDENTIAL = stored(id=3, publication={"request": "confidential"})


@pytest.mark.parametrize(
    ("message", "ctx", "reason"),
    [
        (stored(), context(), None),
        (stored(publication={"request": "unspecified"}), context(), None),
        (stored(publication={"request": "confidential"}), context(), "confidential"),
        (stored(publication={"request": "unclear"}), context(), "publication request unclear"),
        (stored(publication={"request": None}), context(), "publication request not known"),
        (stored(publication={"request": "unspecified"}), context(unspecified="withhold"),
         "withhold"),
        (stored(kind={"value": "not_submission"}), context(), "not a submission"),
        (stored(kind={"value": None}), context(), "not read yet"),
        (stored(kind={"value": "not_submission"}, flags=("personal_case",)), context(),
         "personal case"),
        (stored(links={"duplicate_of": 2}), context(), "duplicate of #2"),
        (stored(links={"superseded_by": 9}), context(), "superseded by #9"),
        (stored(links={"held_by": 9}), context(), "may replace it"),
        (stored(links={"held_by": 9, "superseded_decided_by": "human"}), context(), None),
        (stored(publication={"withhold_reason": "asked by phone"}), context(),
         "withheld: asked by phone"),
        (stored(flags=("partial_confidential",)), context(), "partly confidential"),
        (stored(), context(on_time=False), "late"),
        (stored(), context(on_time=False, include_late=True), None),
        (stored(), context(on_time=None), "no received time"),
        (stored(), context(earlier=(EARLIER_CONFIDENTIAL,)), "earlier version (#3)"),
        (stored(publication={"decided_by": "human"}), context(earlier=(EARLIER_CONFIDENTIAL,)),
         None),
    ],
)  # fmt: skip
def test_each_rule_keeps_a_submission_off_the_page(
    message: StoredMessage, ctx: Context, reason: str | None
) -> None:
    verdict = judge(message, ctx, texts=())
    if reason is None:
        assert verdict.published, verdict.reasons
    else:
        assert not verdict.published
        assert any(reason in r for r in verdict.reasons), verdict.reasons


def test_an_unclear_request_names_what_to_look_at_and_asks_for_an_officer() -> None:
    message = stored(publication={"request": "unclear", "evidence": "scan.pdf: a scan"})
    verdict = judge(message, context(), texts=())
    assert "scan.pdf: a scan" in verdict.reasons[0]
    assert needs_officer(message, verdict)
    decided = stored(publication={"request": "publish", "decided_by": "human"},
                     submitter={"decided_by": "human"})  # fmt: skip
    assert not needs_officer(decided, judge(decided, context(), texts=()))


@pytest.mark.parametrize(
    "text",
    [
        "Prepared by Ana Pérez for the call.",
        "Prepared by A. Pérez.",
        "Contact: ana.perez@ngo.example.org",
        "Pérez, A. (2020) Private guards at the border.",
        "Frontier Watch, Geneva",
        "ana perez",
        "PREPARED BY ANA PEREZ",
    ],
)
def test_an_anonymous_document_naming_its_author_in_any_form_is_not_copied(text: str) -> None:
    message = stored(flags=("anonymous",))
    assert names_author(message, text)
    verdict = judge(message, context(), texts=(text,))
    assert verdict.published and verdict.files == ()
    assert published_name(message) == "Anonymous submission"


@pytest.mark.parametrize(
    ("signature", "text"),
    [
        ("Mónica Salazar\nColectivo Tierra Viva (CTV)", "Aporte del Colectivo Tierra Viva."),
        ("Mónica Salazar\nColectivo Tierra Viva (CTV)", "Informe de la CTV, 2021."),
        ("Kind regards,\nGrace Okafor\nProgramme Lead, Lagos Security Watch",
         "Lagos Security Watch recorded 41 incidents."),
        ("Cordialement,\nDidier Mukendi\n12, avenue de la Paix, Goma",
         "Contact : 12 avenue de la Paix, Goma."),
        ("Saludos,\nRosa Paz\nCalle 45 # 12-30, Bogotá", "Sede: Calle 45 # 12-30."),
    ],
)  # fmt: skip
def test_an_anonymous_document_naming_the_signed_organisation_or_address_is_not_copied(
    signature: str, text: str
) -> None:
    message = stored(flags=("anonymous",), body=f"Please find our input attached.\n\n{signature}")
    assert names_author(message, text)
    assert judge(message, context(), texts=(text,)).files == ()


def test_a_job_title_in_the_signature_is_not_taken_for_a_name() -> None:
    message = stored(
        flags=("anonymous",), body="Attached.\n\nBest regards,\nExecutive Director, Frontier Watch"
    )
    assert not names_author(message, "The Executive Director of the company was not reached.")


def test_an_anonymous_document_that_names_nobody_is_copied() -> None:
    message = stored(flags=("anonymous",))
    text = "Guards employed by private companies held migrants for days."
    assert not names_author(message, text)
    assert judge(message, context(), texts=(text,)).files == (PDF,)


def test_a_language_the_call_does_not_accept_is_said() -> None:
    verdict = judge(stored(language="pt"), context(language_ok=False), texts=())
    assert any("language the call does not accept (pt)" in n for n in verdict.notes)
