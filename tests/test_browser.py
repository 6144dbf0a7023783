"""The html export and the stats report opened in a real browser (headless Chromium): what a
reader of the call's page sees, and that nothing confidential is among it."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from click.testing import Result

from conftest import COMPANY, need

Run = Callable[..., Result]

# Chromium as root needs --no-sandbox; the rest keep it off a network it cannot reach.
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


@pytest.fixture
def chromium(tmp_path: Path) -> Callable[..., str]:
    binary = next(
        (
            shutil.which(n)
            for n in ("chromium", "chromium-browser", "google-chrome")
            if shutil.which(n)
        ),
        None,
    )
    need(binary is not None, "Chromium is not installed (apt-get install chromium)")
    assert binary is not None

    def open_page(page: Path, screenshot: Path) -> str:
        """Render the page, save a screenshot, and return the text a reader sees."""
        profile = tmp_path / f"profile-{screenshot.stem}"
        common = [binary, *FLAGS, f"--user-data-dir={profile}", "--window-size=1100,900"]
        url = page.resolve().as_uri()
        shot = subprocess.run(
            [*common, f"--screenshot={screenshot}", url], capture_output=True, timeout=120
        )
        assert shot.returncode == 0, shot.stderr.decode(errors="replace")[-2000:]
        dom = subprocess.run([*common, "--dump-dom", url], capture_output=True, timeout=120)
        assert dom.returncode == 0, dom.stderr.decode(errors="replace")[-2000:]
        return dom.stdout.decode("utf-8")

    return open_page


def not_blank(png: Path) -> None:
    from PIL import Image

    with Image.open(png) as image:
        assert image.size == (1100, 900)
        colours = image.convert("RGB").getcolors(maxcolors=1_000_000) or []
    assert len(colours) > 20, "the screenshot is (nearly) one colour"


def visible_text(dom: str) -> str:
    soup = BeautifulSoup(dom, "html.parser")
    for hidden in soup(["style", "title"]):
        hidden.decompose()
    return " ".join(soup.get_text(" ").split())


def test_the_published_list_in_a_browser_shows_no_confidential_submission(
    run: Run, samples: Path, tmp_path: Path, chromium: Callable[..., str]
) -> None:
    run("triage", str(COMPANY), "--name", "<script>document.title='x'</script>SecureCorp")
    fragment = run("export", "--format", "html", "--include-late")
    assert fragment.exit_code == 0, fragment.output
    # The fragment as it will be pasted into a page.
    page = tmp_path / "call.html"
    page.write_text(
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Call</title>'
        f"</head><body><h2>Inputs received</h2>\n{fragment.stdout}</body></html>",
        encoding="utf-8",
    )
    dom = chromium(page, tmp_path / "export.png")
    not_blank(tmp_path / "export.png")
    text = visible_text(dom)
    for shown in ("Member States", "Other stakeholders", "Mexico", "Annex 1 (Español)",
                  "France", "Defensoría del Pueblo", "Anonymous submission",
                  "<script>document.title='x'</script>SecureCorp"):  # fmt: skip
        assert shown in text
    # The confidential one, and the real name behind the anonymous one, are nowhere.
    for hidden in ("Facultad de Derecho", "Fernández", "confidencial", "Jordan"):
        assert hidden not in dom
    soup = BeautifulSoup(dom, "html.parser")
    assert soup.title is not None and soup.title.string == "Call"  # the name's script never ran
    links = [a["href"] for a in soup.find_all("a")]
    assert "Mexico.pdf" in links and "Mexico-2.docx" in links
    assert all("/" not in link for link in links)


def test_the_stats_report_in_a_browser(
    run: Run, samples: Path, tmp_path: Path, chromium: Callable[..., str]
) -> None:
    report = tmp_path / "report.html"
    assert run("stats", "--html", str(report)).exit_code == 0
    dom = chromium(report, tmp_path / "stats.png")
    not_blank(tmp_path / "stats.png")
    text = visible_text(dom)
    assert "9 submissions to this call (7 to publish), among 12 messages received" in text
    assert "deadline 17 March 2020" in text and "Member States" in text
    assert "confidential" in text and "member_state" not in text
    soup = BeautifulSoup(dom, "html.parser")
    svg = soup.find("svg")
    assert svg is not None and len(svg.find_all("path")) > 10  # the chart was drawn
    for hidden in ("Facultad de Derecho", "Fernández", "Jordan"):
        assert hidden not in dom
