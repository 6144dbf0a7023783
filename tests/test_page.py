"""The call's page as people read it: dates in the page's language, each file's link
saying what it is and its language, names shown as written in Markdown, anonymous
entries last, and intergovernmental bodies under their names in the page's language."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from conftest import COMPANY, FRANCE, LATE_ANONYMOUS, NHRI
from wgsubmit.config import make_deadline
from wgsubmit.markup import markdown_text
from wgsubmit.store import StoredAttachment
from wgsubmit.wording import deadline_text, file_labels, language_name, written_date

Run = Callable[..., Result]


def set_language(config_path: Path, language: str) -> None:
    with config_path.open("a") as config:
        config.write(f'\n[publication]\nlanguage = "{language}"\n')


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "17 March 2020"), ("fr", "17 mars 2020"), ("es", "17 de marzo de 2020")],
)
def test_dates_are_written_as_people_write_them(language: str, expected: str) -> None:
    assert written_date(dt.date(2020, 3, 17), language) == expected
    whole_day = make_deadline(dt.date(2020, 3, 17), "Europe/Zurich")
    assert deadline_text(whole_day, "Europe/Zurich", language) == expected
    moment = make_deadline(dt.datetime.fromisoformat("2020-03-17T12:00:00+00:00"), "UTC")
    assert deadline_text(moment, "Europe/Zurich", language) == f"{expected}, 13:00 (Europe/Zurich)"


def test_languages_are_named_in_their_own_language_or_the_one_asked() -> None:
    assert [language_name(c) for c in ("en", "fr", "es")] == ["English", "Français", "Español"]
    assert language_name("pt", "en") == "Portuguese"
    assert language_name(None) is None and language_name("xx-not-a-language") is None


def attachment(position: int, name: str, chars: int, language: str | None) -> StoredAttachment:
    return StoredAttachment(
        position, name, "application/pdf", 1000, "0" * 64, False, language, 1, chars, None
    )


NOTE = "La Mission permanente de la France présente ses compliments au Haut-Commissariat."


@pytest.mark.parametrize(
    ("files", "state", "language", "expected"),
    [
        # One document: the submission, in its language.
        ([("Contribution.pdf", 9000, "en", "")], False, "en", ["Submission (English)"]),
        # The longest is the submission, the others annexes numbered in their order.
        (
            [("a.pdf", 300, "fr", ""), ("b.pdf", 9000, "en", ""), ("c.docx", 500, "es", "")],
            False,
            "en",
            ["Annex 1 (Français)", "Submission (English)", "Annex 2 (Español)"],
        ),
        # A file its sender names an annex stays one, however long.
        (
            [("Submission.pdf", 900, "en", ""), ("Annex - data.pdf", 9000, "en", "")],
            False,
            "en",
            ["Submission (English)", "Annex 1 (English)"],
        ),
        # A State's note verbale, then its contribution; words in the page's language.
        (
            [("NV.pdf", 400, "fr", NOTE), ("Contribution.docx", 9000, "fr", "")],
            True,
            "es",
            ["Nota verbal (Français)", "Contribución (Français)"],
        ),
        # The same words from an organization are no note verbale.
        ([("Lettre.pdf", 400, "fr", NOTE)], False, "fr", ["Contribution (Français)"]),
        # A language not known: the file says what it is, nothing more.
        ([("x.pdf", 10, None, "")], False, "fr", ["Contribution"]),
    ],
)
def test_each_file_says_what_it_is_and_its_language(
    files: list[tuple[str, int, str | None, str]], state: bool, language: str, expected: list[str]
) -> None:
    stored = [attachment(i, name, chars, code) for i, (name, chars, code, _) in enumerate(files)]
    texts = [text for *_, text in files]
    assert file_labels(stored, texts, state, language) == expected


HOSTILE = [
    "*Bold* Coalition",
    "_Under_ Watch",
    "Network [see](http://evil.example)",
    "![img](http://evil.example/x.png)",
    "<script>alert(1)</script>",
    "<b>Bold</b> & Co",
    "`code` Foundation",
    "# Heading Org",
    "## Two",
    "- Dash Org",
    "+ Plus",
    "1. First Org",
    "2) Second",
    "> Quote Org",
    "Back\\slash \\*",
    "~~Struck~~",
    "Org &amp; entity &#42; &copy;",
    "Trailing hash #",
    "Centre for Data_Protection_Law",
]


@pytest.mark.parametrize("name", HOSTILE)
def test_markdown_shows_a_hostile_name_as_written(name: str) -> None:
    """GIVEN a name full of what Markdown reads as markup
    WHEN it is a list item of the page
    THEN CommonMark (and GitHub's strikethrough) shows it as plain text, as written."""
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark").enable("strikethrough")
    html = parser.render(f"- {markdown_text(name)}: [Submission (English)](x.pdf)\n")
    tokens = parser.parse(f"- {markdown_text(name)}\n")
    inline = next(t for t in tokens if t.type == "inline")
    assert [c.type for c in inline.children or []] == ["text"], html
    assert (inline.children or [])[0].content == name
    assert html.count("<a ") == 1 and "<li>" in html and "<h" not in html


@pytest.mark.parametrize(
    "name",
    ["Data & Borders", "O'Neil (Ltd.)", "A+B Rights", "Save the Children!", "50% more", "{x}"],
)
def test_markdown_leaves_alone_what_needs_no_escaping(name: str) -> None:
    assert markdown_text(name) == name


def export(run: Run, *args: str) -> Result:
    result = run("export", *args)
    assert result.exit_code == 0, result.output
    return result


def test_anonymous_entries_come_last_in_their_group(run: Run, samples: Path) -> None:
    """GIVEN an anonymous submission among named ones of its group
    THEN it is listed after them, although "Anonymous" sorts first by name."""
    run("triage", str(LATE_ANONYMOUS), "--type", "civil_society")
    data = json.loads(export(run, "--include-late", "--format", "json").stdout)
    names = [e["name"] for e in data["groups"][1]["entries"]]
    assert names[-1] == "Anonymous submission" and len(names) > 2
    assert names[:-1] == sorted(names[:-1], key=str.casefold)
    md = export(run, "--include-late", "--format", "md").stdout
    assert md.rstrip().splitlines()[-1].startswith("- Anonymous submission")


def test_an_intergovernmental_bodys_name_is_the_pages_in_the_export_only(
    run: Run, samples: Path, config_path: Path
) -> None:
    """GIVEN a submission from the IOM, named as written in French ("OIM")
    WHEN the page is in English, then in Spanish
    THEN the export names it in the page's language from the data, while `list`,
    `show` and submitter.name keep "OIM"."""
    run("triage", str(COMPANY), "--type", "international_org", "--name", "OIM")
    entry = next(
        e
        for g in json.loads(export(run, "--format", "json").stdout)["groups"]
        for e in g["entries"]
        if e["id"] == COMPANY
    )
    assert entry["name"] == "International Organization for Migration (IOM)"
    set_language(config_path, "es")
    html = export(run, "--format", "html").stdout
    assert "Organización Internacional para las Migraciones (OIM)" in html
    listed = json.loads(run("list", "--json").stdout)
    assert next(m for m in listed if m["id"] == COMPANY)["submitter"]["name"] == "OIM"
    assert "OIM (international_org)" in run("show", str(COMPANY)).stdout
    # An organization the data does not list keeps its own name.
    run("triage", str(NHRI), "--type", "international_org", "--name", "Unlisted Union")
    assert "Unlisted Union" in export(run, "--format", "md").stdout


def test_every_name_in_a_language_is_of_a_listed_intergovernmental_body() -> None:
    import csv
    from importlib import resources

    from wgsubmit.directory import name_on_page, organizations

    text = resources.files("wgsubmit.data").joinpath("organization_names.tsv").read_text("utf-8")
    rows = list(csv.DictReader((x for x in text.splitlines() if x and x[0] != "#"), delimiter="\t"))
    listed = {o.name for o in organizations() if o.type == "international_org"}
    assert {r["key"] for r in rows} == listed  # each listed body named in every language
    for row in rows:
        assert all(row[c].strip() for c in ("en", "fr", "es", "source")), row["key"]
        for language in ("en", "fr", "es"):  # each name leads back to the same body
            assert name_on_page(row[language], "en") == row["en"]


def test_tables_and_the_dry_run_write_dates_in_the_pages_language(
    run: Run, samples: Path, config_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "250")
    set_language(config_path, "fr")
    listed = run("list").stdout
    assert "date limite" not in listed and "deadline 17 mars 2020" in listed
    assert "mars 2020" in listed and "2020-03-" not in listed
    dry = export(run, "--dry-run").stdout
    assert "17 mars 2020" in dry and "2020-03-" not in dry
    shown = run("show", str(FRANCE)).stdout
    assert "mars 2020" in shown


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_html_fragment_and_the_markdown_say_the_same_deadline(
    run: Run, samples: Path, config_path: Path, language: str
) -> None:
    """GIVEN the page in English, French or Spanish
    THEN the html fragment opens with the deadline line the Markdown has under its title,
    written as people write it, never in ISO 8601."""
    set_language(config_path, language)
    line = export(run, "--format", "md").stdout.splitlines()[2]
    html = export(run, "--format", "html").stdout
    assert html.splitlines()[1] == f"  <p>{line}</p>"
    assert "2020-03-17" not in html and line.endswith("2020")
