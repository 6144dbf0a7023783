"""stats: the counts over the sample messages, in the terminal, as JSON and as a report."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from conftest import COMPANY, FRANCE, copy_fixtures, golden, write_mail

Run = Callable[..., Result]


def test_counts_match_the_samples_golden_file(run: Run, samples: Path) -> None:
    result = run("stats", "--json")
    assert result.exit_code == 0, result.output
    golden("stats.json", result.stdout)
    data = json.loads(result.stdout)
    # 11 submissions stored; one duplicate and one replaced by its revision are not counted.
    assert data["messages"] == 12 and data["submissions"] == 9
    assert data["kind"] == {"submission": 11, "auto_reply": 1}
    assert data["timeliness"] == {"on time": 8, "late": 1}
    assert sum(data["type"].values()) == sum(data["language"].values()) == 9
    assert data["published"] == 7
    days = list(data["per_day"])
    # Every day from the first arrival to the last, empty ones too, in the call's time zone:
    # the confidential one came at 23:30 on the deadline day in Geneva (22:30 UTC).
    assert days[0] == "2020-03-05" and days[-1] == "2020-03-18"
    assert len(days) == 14 and data["per_day"]["2020-03-17"] == 1
    assert sum(data["per_day"].values()) == 9


def test_officers_decisions_show_in_the_counts(run: Run, samples: Path) -> None:
    before = json.loads(run("stats", "--json").stdout)
    run("triage", str(FRANCE), "--type", "nhri")
    run("triage", str(COMPANY), "--withhold", "asked to wait")
    after = json.loads(run("stats", "--json").stdout)
    assert after["type"]["member_state"] == before["type"]["member_state"] - 1
    assert after["type"]["nhri"] == before["type"]["nhri"] + 1
    assert after["published"] == before["published"] - 1


def test_terminal_tables_show_each_count(
    run: Run,
    samples: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COLUMNS", "120")
    result = run("stats")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "9 submissions to this call (7 to publish), among 12 messages" in out
    assert "deadline 17 March 2020" in out
    # Words, not codes.
    for label in ("Member States", "Civil society", "confidential", "on time", "Spanish"):
        assert label in out
    for code in ("member_state", "civil_society", "auto_reply", " es ", "unspecified"):
        assert code not in out
    assert "automatic replies" in out and "National human rights institutions" in out
    # Each table says what it counts, and those of submissions count the headline's 9.
    # (at their foot: submitter, language, publication request, on time; and the kinds of
    # every message)
    assert len(re.findall(r"submissions +9 ", out)) == 4
    assert len(re.findall(r"messages +12 ", out)) == 1
    assert "17 Mar 2020   1   █  ← deadline" in out


def test_html_report_holds_the_chart_and_the_tables(
    run: Run,
    samples: Path,
    tmp_path: Path,
) -> None:
    report = tmp_path / "report.html"
    result = run("stats", "--html", str(report))
    assert result.exit_code == 0, result.output
    page = report.read_text("utf-8")
    assert page.startswith("<!doctype html>")
    assert "<svg" in page and ">deadline<" in page  # the chart's words stay text
    # Nothing to fetch from elsewhere, nothing to run.
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "<script" not in page and "<link" not in page and "@import" not in page
    assert "deadline 17 March 2020" in page and "National human rights institutions" in page
    assert "<caption>publication request (9 submissions)</caption>" in page
    assert "<td>17 Mar 2020</td>" in page and "member_state" not in page


def test_stats_on_an_empty_store(run: Run, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run("import", str(empty)).exit_code == 0
    result = run("stats", "--json", "--html", str(tmp_path / "r.html"))
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["submissions"] == 0 and data["per_day"] == {}
    assert "<svg" not in (tmp_path / "r.html").read_text("utf-8")


def test_a_date_from_long_ago_does_not_make_years_of_days(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_mail(folder, "Someone <someone@example.org>",
               "Submission on private security at borders",
               "Our submission to the call, which may be published. " * 40,
               received=None, date="Thu, 01 Jan 1970 00:00:00 +0000")  # fmt: skip
    folder2 = tmp_path / "in2"
    copy = copy_fixtures(folder2, ["01-ngo-en-pdf.eml"])
    assert run("import", str(folder), str(copy)).exit_code == 0
    data = json.loads(run("stats", "--json").stdout)
    assert data["submissions"] == 2 and data["outside_per_day"] == 1
    assert len(data["per_day"]) == 8  # 10 March to the deadline, 17 March
    assert "1 received more than months from the deadline" in run("stats").stdout


# What each language's stats say over the samples: the headline, a type, a language, a
# publication request, a kind, a table's title, the deadline day; and words of the
# other languages that must not show.
IN_LANGUAGES = {
    "en": (
        "9 submissions to this call (7 to publish), among 12 messages received; "
        "deadline 17 March 2020",
        ["National human rights institutions", "Spanish", "may be published",
         "automatic replies", "17 Mar 2020"],
        "publication request (9 submissions)",
        ["contributions", "Espagnol", "Estados"],
    ),
    "fr": (
        "9 contributions à cet appel (7 à publier), sur 12 messages reçus ; "
        "date limite 17 mars 2020",
        ["Institutions nationales des droits de l'homme", "Espagnol", "publication acceptée",
         "réponses automatiques", "17 mars 2020", "États membres"],
        "demande de publication (9 contributions)",
        ["submissions", "Member States", "Spanish", "automatic", "deadline"],
    ),
    "es": (
        "9 contribuciones a esta convocatoria (7 para publicar), de 12 mensajes recibidos; "
        "fecha límite 17 de marzo de 2020",
        ["Instituciones nacionales de derechos humanos", "Español", "puede publicarse",
         "respuestas automáticas", "17 mar 2020", "Estados Miembros"],
        "solicitud de publicación (9 contribuciones)",
        ["submissions", "Member States", "Spanish", "automatic", "deadline"],
    ),
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_stats_speak_the_pages_language_and_the_json_keeps_its_codes(
    run: Run,
    samples: Path,
    config_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    """GIVEN the page's language set to English, French or Spanish
    WHEN stats prints its tables and writes its report
    THEN the headline, the tables' titles, types, languages, requests and kinds read in
    that language, with no code and no word of another; `stats --json` keeps the codes."""
    monkeypatch.setenv("COLUMNS", "160")
    with config_path.open("a") as config:
        config.write(f'\n[publication]\nlanguage = "{language}"\n')
    headline, words, table_title, foreign = IN_LANGUAGES[language]
    report = tmp_path / "report.html"
    out = run("stats", "--html", str(report)).stdout
    page = html.unescape(report.read_text("utf-8"))
    assert headline in out and f"{headline}." in page
    assert f'<html lang="{language}">' in page and f"<caption>{table_title}</caption>" in page
    shown = re.sub(r"<style>.*?</style>|<[^>]+>", " ", page, flags=re.DOTALL)  # no class names
    for text in (out, shown):
        for word in words:
            assert word in text, word
        for code in ("member_state", "civil_society", "auto_reply", "unspecified", *foreign):
            assert code not in text, code
    data = json.loads(run("stats", "--json").stdout)
    assert data["type"]["nhri"] == 1 and data["language"]["es"] == 4
    assert data["confidentiality"]["publish"] == 6 and data["timeliness"]["on time"] == 8
