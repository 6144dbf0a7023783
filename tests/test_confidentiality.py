"""The confidentiality rules against a table of phrasings in English, French and Spanish.

The table (tests/data/confidentiality_cases.tsv) reads as the specification: each row
is something a submitter might write, where they wrote it, and what it means.
"""

import csv
from pathlib import Path

import pytest

from wgsubmit.detect.confidentiality import Place, decide

CASES = Path(__file__).parent / "data" / "confidentiality_cases.tsv"


def _cases() -> list[dict[str, str]]:
    with CASES.open(encoding="utf-8", newline="") as table:
        return list(csv.DictReader(table, delimiter="\t", quoting=csv.QUOTE_NONE))


def _where(where: str) -> str:
    return {"footer": "margins"}.get(where, where)


@pytest.mark.parametrize(
    "case", _cases(), ids=lambda c: f"{c['lang']}-{c['expected']}-{c['text'][:40]}"
)
def test_phrasing(case: dict[str, str]) -> None:
    text = case["text"].replace(" / ", "\n") if case["where"] != "body" else case["text"]
    where = _where(case["where"])
    found = decide([Place(where, text, anchored=where in ("document", "margins"))])
    assert found.value == case["expected"], found.evidence
    expected_flags = {f for f in case["flags"].split(",") if f}
    assert expected_flags <= set(found.flags)


def test_table_is_large_enough() -> None:
    cases = _cases()
    for lang in ("en", "fr", "es"):
        rows = [c for c in cases if c["lang"] == lang]
        assert len(rows) >= 60
        assert {c["expected"] for c in rows} >= {"publish", "confidential", "unspecified"}


def test_confidential_wins_over_consent_elsewhere() -> None:
    found = decide(
        [
            Place("body", "We consent to the publication of this submission."),
            Place("margins", "CONFIDENTIAL"),
        ]
    )
    assert found.value == "confidential"
    assert found.evidence == "CONFIDENTIAL"


def test_disclaimer_decides_nothing() -> None:
    found = decide(
        [
            Place(
                "body",
                "Please find attached our input.\n\nThis e-mail and any attachments are "
                "confidential and intended solely for the addressee.",
            )
        ]
    )
    assert (found.value, found.flags) == ("unspecified", ("disclaimer",))


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("nl", "Please do not publish this submission.", "confidential"),
        ("so", "We would rather this not go on the website.", "confidential"),
        ("so", "We are unsure about the website for this one.", "unclear"),
        ("cy", "You may publish our contribution on the website.", "unclear"),
        ("pt", "Autorizamos a publicação desta contribuição no sítio web do ACNUDH.", "unclear"),
        ("cy", "Our report covers detention conditions at the border.", "unspecified"),
    ],
)
def test_a_text_taken_for_a_language_without_rules_is_never_read_as_consent(
    language: str, text: str, expected: str
) -> None:
    """Language detection can be wrong: a refusal in the rules' words still stands, and
    anything else about publication goes to an officer, never to the page."""
    assert decide([Place("body", text, language=language)]).value == expected
