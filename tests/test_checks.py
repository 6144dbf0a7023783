"""What `export --check` and the pre-publish page warn about: each check on stored records
that would go on the page, then the command on the samples with an officer's mistakes."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

from conftest import COMPANY, MEXICO, NHRI, REVISED, SUPERSEDED
from stored import PDF, stored
from wgsubmit import checks
from wgsubmit.store import DB_NAME, StoredMessage

Run = Callable[..., Result]


def found(message: StoredMessage, language_ok: bool | None = True) -> list[str]:
    return [f.check for f in checks.entry_findings(message, language_ok)]


def test_a_well_named_consenting_submission_has_nothing_to_check() -> None:
    assert found(stored()) == []
    assert found(stored(submitter_name="Red de Organizaciones Migrantes")) == []


STATE = {"submitter_type": "member_state"}


@pytest.mark.parametrize(
    ("changes", "warned"),
    [
        ({**STATE, "submitter_name": "Guatemala", "submitter_country": "MEX"}, True),
        ({**STATE, "submitter_name": "Permanent Mission of Mexico", "submitter_country": "MEX"},
         False),
        ({**STATE, "submitter_name": "Mexique", "submitter_country": "MEX"}, False),
        ({**STATE, "submitter_name": "Bolivia (Plurinational State of)",
          "submitter_country": "BOL"}, False),
        ({**STATE, "submitter_name": "Ministry of Foreign Affairs", "submitter_country": None},
         True),
        ({"submitter_name": "Mexico", "submitter_type": "civil_society"}, True),
        ({"submitter_name": "Mexico Migrant Forum", "submitter_type": "civil_society"}, False),
    ],
)  # fmt: skip
def test_a_states_name_must_match_its_country(changes: dict[str, Any], warned: bool) -> None:
    message = stored(**changes)
    assert (checks.state_country(message) is not None) is warned
    assert ("state_country" in found(message)) is warned


@pytest.mark.parametrize(
    ("name", "kind", "warned"),
    [
        ("Jordan Smith", "civil_society", "person_name"),
        ("Dr. María José Fernández", "nhri", "person_name"),
        ("Jordan Smith", "individual", None),
        ("Frontier Watch", "civil_society", None),
        ("Centre for the", "civil_society", "cut_name"),
        ("Coalition contre la", "civil_society", "cut_name"),
        ("Asociación", "civil_society", "cut_name"),
        ("Institute of Human Rights (Geneva", "academic", "cut_name"),
        ("CNDH", "nhri", "acronym"),
        ("AFAMIDE", "civil_society", "acronym"),
        ("Amnesty International", "civil_society", None),
    ],
)
def test_names_that_look_wrong_for_the_page(name: str, kind: str, warned: str | None) -> None:
    checked = found(stored(submitter_name=name, submitter_type=kind))
    names = [c for c in checked if c in checks.NAME_CHECKS]
    assert names == ([warned] if warned else [])


def test_an_anonymous_or_state_entry_is_not_checked_for_its_name() -> None:
    assert found(stored(submitter_name="Jordan Smith", flags=("anonymous",))) == []
    state = stored(submitter_name="CNDH", submitter_type="member_state", submitter_country="MEX")
    assert "acronym" not in found(state)


@pytest.mark.parametrize(
    ("evidence", "flags", "warned"),
    [
        ("We agree to publication but please do not mention our names.", (), True),
        ("Please publish it anonymously.", (), True),
        ("Puede publicarse de forma anónima.", (), True),
        ("Please publish it anonymously.", ("anonymous",), False),
        ("It may be published.", (), False),
        ("It may be published; it lists the names of companies involved.", (), False),
    ],
)
def test_a_request_about_anonymity_or_names_on_a_named_entry(
    evidence: str, flags: tuple[str, ...], warned: bool
) -> None:
    message = stored(confidentiality_evidence=evidence, flags=flags)
    assert ("identity" in found(message)) is warned


def test_unread_documents_and_languages_the_call_does_not_take() -> None:
    broken = dataclasses.replace(PDF, error="encrypted PDF")
    finding = checks.entry_findings(stored(attachments=(broken,)), True)
    assert [f.check for f in finding] == ["unread"] and "submission.pdf" in finding[0].reason
    german = checks.entry_findings(stored(language="de"), False)
    assert [f.check for f in german] == ["language"] and "de" in german[0].reason
    assert found(stored(language=None), None) == []
    late_read = checks.not_read([stored(processed=False, kind=None), stored(id=8)])
    assert [(f.id, f.check) for f in late_read] == [(7, "unread")]


def test_a_supersession_cycle_is_found_once_whatever_it_starts_from() -> None:
    ring = [stored(id=3, superseded_by=1), stored(id=1, superseded_by=2),
            stored(id=2, superseded_by=3), stored(id=4, superseded_by=5), stored(id=5),
            stored(id=6, superseded_by=6 + 1), stored(id=7, superseded_by=1)]  # fmt: skip
    found = checks.cycles(ring)
    assert len(found) == 1
    assert found[0].id == 1 and "#1 → #2 → #3 → #1" in found[0].reason
    assert checks.cycles([stored(id=1, superseded_by=2), stored(id=2)]) == []


def test_each_finding_is_one_line() -> None:
    finding = checks.Finding(3, "Mexico", "state_country", "its name is Guatemala")
    assert finding.line() == "#3 Mexico: state_country: its name is Guatemala"


def test_export_check_is_quiet_and_exits_0_on_the_samples(run: Run, samples: Path) -> None:
    result = run("export", "--check")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""


def test_export_check_prints_an_officers_mistakes_and_exits_1(run: Run, samples: Path) -> None:
    for args in (
        (str(MEXICO), "--name", "Guatemala"),
        (str(COMPANY), "--name", "Jordan Smith"),
        (str(NHRI), "--name", "Defensoría del"),
    ):
        assert run("triage", *args).exit_code == 0
    # triage refuses a ring of replacements; a store an earlier version wrote may hold one.
    assert run("triage", str(SUPERSEDED), "--supersedes", str(REVISED)).exit_code == 2
    with sqlite3.connect(samples / DB_NAME) as conn:
        conn.execute("UPDATE messages SET superseded_by = ? WHERE id = ?", (SUPERSEDED, REVISED))
    conn.close()
    result = run("export", "--check")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 4, lines
    assert lines[0].startswith(f"#{SUPERSEDED} ") and f"#{REVISED} → #{SUPERSEDED}" in lines[0]
    assert any(line.startswith(f"#{MEXICO} Mexico: state_country:") for line in lines)
    assert any(line.startswith(f"#{COMPANY} Jordan Smith: person_name:") for line in lines)
    assert any(line.startswith(f"#{NHRI} Defensoría del: cut_name:") for line in lines)
    assert "4 things to check" in result.stderr


def test_export_check_writes_nothing_and_says_so(run: Run, samples: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    for extra in (("--output", str(out / "page.html")), ("--files", str(out / "up"))):
        refused = run("export", "--check", *extra)
        assert refused.exit_code == 2 and "--check writes nothing" in refused.output
    assert not list(out.iterdir())
