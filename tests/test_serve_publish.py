"""`serve`'s "Before publishing" page against the commands it stands for: the framed page
is `export --format html`'s output byte for byte, the files listed are those `--files`
copies, and the warnings are `export --check`'s."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import Result

from conftest import COMPANY, MEXICO, NHRI, write_mail
from serving import serving

Run = Callable[..., Result]


@pytest.fixture
def officer(samples: Path, config_path: Path) -> Iterator[httpx.Client]:
    """A client of `wgsubmit serve` on the samples, holding its session cookie."""
    with serving(config_path) as (first, process):
        found = re.fullmatch(r"http://127\.0\.0\.1:(\d+)/\?token=[\w-]+", first)
        assert found, (first, process.stderr.read() if process.poll() is not None else "")
        with httpx.Client(base_url=f"http://127.0.0.1:{found[1]}", timeout=60) as client:
            assert client.get(first).status_code == 303
            yield client


def test_the_framed_page_is_exactly_what_export_prints(officer: httpx.Client, run: Run) -> None:
    for late in (False, True):
        exported = run("export", "--format", "html", *(["--include-late"] if late else []))
        assert exported.exit_code == 0
        framed = officer.get("/publish/page", params={"late": "1"} if late else {})
        assert framed.status_code == 200
        assert framed.content == exported.stdout_bytes
        assert framed.headers["content-type"] == "text/html; charset=utf-8"
        assert framed.headers["content-security-policy"].startswith("sandbox;")
        assert "frame-ancestors 'self'" in framed.headers["content-security-policy"]
        assert framed.headers["x-content-type-options"] == "nosniff"
    page = officer.get("/publish")
    assert page.status_code == 200
    assert '<iframe id="page"' in page.text and 'src="/publish/page"' in page.text
    assert "frame-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["x-frame-options"] == "DENY"


def test_beside_it_the_files_to_copy_and_the_warnings(
    officer: httpx.Client, run: Run, tmp_path: Path
) -> None:
    assert run("triage", str(MEXICO), "--name", "Guatemala").exit_code == 0
    assert run("triage", str(NHRI), "--name", "Defensoría del").exit_code == 0
    page = officer.get("/publish").text
    upload = tmp_path / "upload"
    assert run("export", "--files", str(upload)).exit_code == 0
    files = page.split('id="files"', 1)[1].split("</table>", 1)[0]
    listed = re.findall(r"<tr><td>([^<]+)</td>", files)
    assert sorted(listed) == sorted(p.name for p in upload.iterdir())
    assert "Defensoria-del.pdf" in listed  # named as the officer's name now says
    checked = run("export", "--check")
    assert checked.exit_code == 1
    warnings = page.split('id="checks"', 1)[1].split("</ul>", 1)[0]
    shown = [
        html.unescape(re.sub(r"<[^>]+>", "", i)) for i in re.findall(r"<li>(.*?)</li>", warnings)
    ]
    assert shown == checked.stdout.splitlines()
    assert f'href="/submission/{MEXICO}"' in warnings


def test_a_withheld_submission_and_unread_messages(
    officer: httpx.Client, run: Run, tmp_path: Path
) -> None:
    assert "SecureCorp-Ltd.docx" in officer.get("/publish").text
    assert run("triage", str(COMPANY), "--withhold", "asked by phone").exit_code == 0
    assert "SecureCorp-Ltd.docx" not in officer.get("/publish").text
    # A message stored but not read: export refuses, and so does the framed page.
    write_mail(tmp_path / "new", "New <n@new.example.org>", "Submission", "Attached.")
    assert run("import", "--download-only", str(tmp_path / "new")).exit_code == 0
    assert run("export", "--format", "html").exit_code == 1
    framed = officer.get("/publish/page")
    assert framed.status_code == 409 and "not read yet" in framed.text
    assert "1 stored messages are not read yet" in officer.get("/publish").text


def test_the_framed_page_in_chromium_is_the_exported_bytes(
    officer: httpx.Client, run: Run, browser: Any
) -> None:
    exported = run("export", "--format", "html").stdout_bytes
    base = str(officer.base_url).rstrip("/")
    cookies = [
        {"name": c.name, "value": c.value or "", "url": base + "/"} for c in officer.cookies.jar
    ]
    context = browser.new_context()
    context.add_cookies(cookies)  # type: ignore[arg-type]
    page = context.new_page()
    with page.expect_response(base + "/publish/page") as framed:
        page.goto(base + "/publish")
    assert framed.value.status == 200 and framed.value.body() == exported
    frame = page.frame_locator("#page")
    assert frame.get_by_role("heading", name="Member States").is_visible()
    assert frame.get_by_role("link", name="Note verbale (Español)").is_visible()
