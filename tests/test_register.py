"""export --register: the office's register of every message, opened back as Excel and
a spreadsheet would open it."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from click.testing import Result

from conftest import (
    COMPANY,
    CONFIDENTIAL,
    DUPLICATE,
    FORWARDED,
    FRANCE,
    LATE_ANONYMOUS,
    MEXICO,
    NHRI,
)

Run = Callable[..., Result]


@pytest.fixture
def headers(config_path: Path) -> list[str]:
    """The register's columns, as the register names them for the test config's call."""
    from wgsubmit.config import load_config
    from wgsubmit.register import headers

    return list(headers(load_config(str(config_path))))


KINDS = {"submission": "Submission", "auto_reply": "Automatic reply"}


def _english_columns() -> list[str]:
    """The columns' English names, which say which column a test means in any language."""
    from wgsubmit.register import Row
    from wgsubmit.wording import term

    return [term("register", key, "en") for key in Row.__dataclass_fields__]


HEADERS = _english_columns()
FORMULA = '=HYPERLINK("http://evil.example","click")'


def decided(run: Run) -> list[dict[str, Any]]:
    """The samples with an officer's decisions and tags; every message `list --all` lists."""
    assert run("triage", str(COMPANY), "--name", FORMULA).exit_code == 0
    assert run("triage", str(FRANCE), "--confidentiality", "confidential").exit_code == 0
    assert run("tag", "follow-up", str(NHRI), str(MEXICO)).exit_code == 0
    listed: list[dict[str, Any]] = json.loads(run("list", "--all", "--json").stdout)
    return listed


def test_the_xlsx_register_has_one_row_per_message_with_filters_and_real_dates(
    run: Run, samples: Path, tmp_path: Path, headers: list[str]
) -> None:
    """GIVEN the samples, an officer's decisions and tags
    WHEN the register is written as xlsx and opened back with openpyxl
    THEN its first sheet is the register: one header row, frozen, with filters, then
    exactly one row per message `list --all` lists, in its order, with received times
    as dates in the call's time zone and no cell a formula."""
    from openpyxl import load_workbook

    listed = decided(run)
    target = tmp_path / "register.xlsx"
    result = run("export", "--register", "-o", str(target))
    assert result.exit_code == 0, result.output
    book = load_workbook(target)
    sheet = book.worksheets[0]
    assert sheet.title == "Register"
    values = list(sheet.iter_rows(values_only=True))
    assert list(values[0]) == headers
    assert sheet.max_row == len(listed) + 1 and len(listed) == 12
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:O{len(listed) + 1}"
    rows = {row[0]: dict(zip(headers, row, strict=True)) for row in values[1:]}
    assert list(rows) == [m["id"] for m in listed]
    zone = ZoneInfo("Europe/Zurich")
    for message in listed:
        row = rows[message["id"]]
        received = dt.datetime.fromisoformat(message["received_at"]).astimezone(zone)
        assert row["received (Europe/Zurich)"] == received.replace(tzinfo=None)
        assert row["sender address"] == message["from"]["address"]
        assert row["kind"] == KINDS[message["kind"]]  # words, not codes
        assert row["on time"] == ("yes" if message["on_time"] else "no")
    # An officer's decision is named; `--auto` and tags decide nothing.
    assert rows[FRANCE]["decided by"] and rows[FRANCE]["publication"] == "Confidential"
    assert rows[FRANCE]["status"] == "confidential"
    assert rows[NHRI]["decided by"] is None and rows[NHRI]["tags"] == "follow-up"
    assert rows[MEXICO]["status"] == "published" and rows[MEXICO]["country"] == "MEX"
    assert rows[MEXICO]["type"] == "Member State" and rows[MEXICO]["language"] == "Spanish"
    assert rows[NHRI]["type"] == "National human rights institution"
    assert rows[DUPLICATE]["flags"] == "duplicate" and rows[FORWARDED]["flags"] == "forwarded"
    assert rows[DUPLICATE]["status"] == "duplicate of #1"
    assert "confidencial" in rows[CONFIDENTIAL]["evidence"].lower()
    # A name that looks like a formula stays text.
    cell = sheet.cell(row=list(rows).index(COMPANY) + 2, column=headers.index("submitter name") + 1)
    assert cell.value == FORMULA and cell.data_type == "s"
    assert all(c.data_type != "f" for line in sheet.iter_rows() for c in line)


def test_the_csv_register_is_utf8_with_a_bom_and_never_a_formula(
    run: Run, samples: Path, tmp_path: Path, headers: list[str]
) -> None:
    listed = decided(run)
    target = tmp_path / "register.csv"
    assert run("export", "--register", "-o", str(target)).exit_code == 0
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == headers and len(rows) == len(listed) + 1
    by_id = {int(r[0]): dict(zip(headers, r, strict=True)) for r in rows[1:]}
    assert by_id[COMPANY]["submitter name"] == "'" + FORMULA
    assert by_id[MEXICO]["received (Europe/Zurich)"].endswith("+01:00")  # ISO 8601, local
    assert "Universidad" in by_id[CONFIDENTIAL]["submitter name"]  # accents and all


# The register in each of the page's languages: its headers, then a Member State's row
# (type, language, kind, publication, on time, status) and two flags.
IN_LANGUAGES = {
    "fr": (
        ["id", "reçu (Europe/Zurich)", "dans les délais", "adresse de l'expéditeur",
         "nom de l'auteur", "type", "pays", "langue", "publication", "justification",
         "nature", "signalements", "statut", "décidé par", "étiquettes"],
        ["État membre", "Espagnol", "Contribution", "Publication acceptée", "oui", "publié"],
        ("anonyme", "doublon"),
    ),
    "es": (
        ["id", "recibido (Europe/Zurich)", "dentro del plazo", "dirección del remitente",
         "nombre del autor", "tipo", "país", "idioma", "publicación", "justificación",
         "tipo de mensaje", "avisos", "estado", "decidido por", "etiquetas"],
        ["Estado Miembro", "Español", "Contribución", "Puede publicarse", "sí", "publicado"],
        ("anónimo", "duplicado"),
    ),
}  # fmt: skip
# The status of the duplicate, and one of the reasons the late anonymous one is left out.
LEFT_OUT = {"fr": ("doublon de #1", "hors délai"), "es": ("duplicado de #1", "fuera de plazo")}


@pytest.mark.parametrize("language", ["fr", "es"])
@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_the_register_speaks_the_pages_language_and_keeps_iso_dates(
    run: Run, samples: Path, tmp_path: Path, config_path: Path, language: str, suffix: str
) -> None:
    """GIVEN the page in French or Spanish
    WHEN the register is written as xlsx or csv
    THEN its headers and its types, languages, kinds, requests, flags and statuses are
    words of that language, while ids, countries (ISO 3166) and times (dates in Excel,
    ISO 8601 in the csv) stay as in every language."""
    from openpyxl import load_workbook

    with config_path.open("a") as config:
        config.write(f'\n[publication]\nlanguage = "{language}"\n')
    headers, mexico, flags = IN_LANGUAGES[language]
    target = tmp_path / f"register{suffix}"
    assert run("export", "--register", "-o", str(target)).exit_code == 0
    if suffix == ".csv":
        lines = list(csv.reader(io.StringIO(target.read_text("utf-8-sig"), newline="")))
    else:
        lines = [list(r) for r in load_workbook(target).worksheets[0].iter_rows(values_only=True)]
    assert lines[0] == headers
    rows = {int(r[0]): dict(zip(headers, r, strict=True)) for r in lines[1:]}
    row = rows[MEXICO]
    columns = ("type", "language", "kind", "publication", "on time", "status")
    assert [row[headers[HEADERS.index(c)]] for c in columns] == mexico
    assert row[headers[6]] == "MEX"
    received = row[headers[1]]
    if suffix == ".csv":
        assert dt.datetime.fromisoformat(received).utcoffset() == dt.timedelta(hours=1)
    else:
        assert isinstance(received, dt.datetime)
    assert flags[0] in rows[LATE_ANONYMOUS][headers[11]].split(", ")
    assert rows[DUPLICATE][headers[11]] == flags[1]
    # Why a message is not published is said in the page's language too.
    duplicate, late = LEFT_OUT[language]
    assert rows[DUPLICATE][headers[12]] == duplicate
    assert late in rows[LATE_ANONYMOUS][headers[12]].split("; ")


@pytest.mark.parametrize(
    "args",
    [
        ["export", "--register"],
        ["export", "--register", "-o", "register.json"],
        ["export", "--register", "-o", "register.xlsx", "--dry-run"],
        ["export", "--register", "-o", "register.csv", "--files", "upload"],
    ],
)
def test_a_register_without_its_file_is_a_usage_error(
    run: Run, samples: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run(*args)
    assert result.exit_code == 2 and "--register" in result.output
    assert "Traceback" not in result.output
    assert not any(tmp_path.glob("register.*"))
