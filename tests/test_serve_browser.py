"""`wgsubmit serve` in a real Chromium (Playwright driving Debian's chromium): an officer
decides every field with the keyboard alone, undoes, attaches a file, races another
officer, and reads a message written to run a script that never runs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from click.testing import Result

from conftest import LINK_ONLY, REVISED, SUPERSEDED, text_pdf
from test_serve import HOSTILE_FILE, HOSTILE_SUBJECT, Served, listed, served  # noqa: F401

Run = Callable[..., Result]


def signed_in(browser: Any, served: Served) -> Any:  # noqa: F811
    """A page of a browser of its own that has opened the printed address."""
    page = browser.new_context().new_page()
    page.goto(served.address)
    assert page.url == served.base + "/"
    return page


def by_keys(page: Any, key: str, *typed: str) -> None:
    """Move to a decision by its letter, choose by typing, send with Enter: wait for the
    page it leads to."""
    page.keyboard.press(key)
    for text in typed:
        if text.startswith("Control+") or text in ("Home", "End", "ArrowUp", "ArrowDown"):
            page.keyboard.press(text)
        else:
            page.keyboard.type(text)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    alert = page.locator('[role="alert"]')
    assert alert.count() == 0, alert.inner_text()


def test_every_field_is_decided_with_the_keyboard(
    browser: Any,
    served: Served,  # noqa: F811
    run: Run,
) -> None:
    paper = served.ids["p@paper.example.org"]
    page = signed_in(browser, served)
    page.goto(f"{served.base}/submission/{paper}")
    steps: list[tuple[tuple[str, ...], Callable[[dict[str, Any]], bool]]] = [
        (("p", "c"), lambda m: m["confidentiality"] == "confidential"),
        (("p", "a"), lambda m: m["confidentiality"] == "publish" and "anonymous" in m["flags"]),
        (("k", "n"), lambda m: m["kind"] == "not_submission"),
        (("k", "s"), lambda m: m["kind"] == "submission"),
        (("t", "ac"), lambda m: m["submitter"]["type"] == "academic"),
        (("n", "Control+A", "Paper Network"), lambda m: m["submitter"]["name"] == "Paper Network"),
        (("c", "MEX"), lambda m: m["submitter"]["country"] == "MEX"),
        (("f",), lambda m: m["attachments"][0]["withheld"]),
        (("e",), lambda m: not m["attachments"][0]["withheld"]),
        (("g", "follow-up"), lambda m: m["tags"] == ["follow-up"]),
        (("x",), lambda m: m["tags"] == []),
        (("w", "sent twice"), lambda m: "withheld" in m["flags"]),
    ]
    for keys, holds in steps:
        by_keys(page, *keys)
        assert holds(listed(run)[paper]), keys
    by_keys(page, "m", "Ask for the Word version")
    assert "Ask for the Word version" in page.locator("#notes").inner_text()
    history = page.get_by_role("table").last.inner_text()
    for field in ("confidentiality", "anonymous", "kind", "submitter_type", "file", "tags"):
        assert field in history
    # Replaces, replaced by and duplicate of: chosen among the sender's messages by typing.
    page.goto(f"{served.base}/submission/{SUPERSEDED}")
    by_keys(page, "d", f"#{REVISED} ")
    assert listed(run)[SUPERSEDED]["duplicate_of"] == REVISED
    by_keys(page, "y", "Home")  # "— none —", the first choice
    assert listed(run)[SUPERSEDED]["superseded_by"] is None
    page.goto(f"{served.base}/submission/{REVISED}")
    by_keys(page, "r", f"#{SUPERSEDED} ")
    assert listed(run)[SUPERSEDED]["superseded_by"] == REVISED


def test_undo_with_the_keyboard(browser: Any, served: Served, run: Run) -> None:  # noqa: F811
    paper = served.ids["p@paper.example.org"]
    page = signed_in(browser, served)
    page.goto(f"{served.base}/submission/{paper}")
    by_keys(page, "n", "Control+A", "Wrong Name")
    assert listed(run)[paper]["submitter"]["name"] == "Wrong Name"
    by_keys(page, "u")
    assert listed(run)[paper]["submitter"]["name"] != "Wrong Name"
    history = page.get_by_role("table").last.inner_text()
    assert "undone" in history and "undo" in history
    by_keys(page, "u")  # the undo undone: the officer's value again
    assert listed(run)[paper]["submitter"]["name"] == "Wrong Name"


def test_a_file_is_attached_in_the_browser(
    browser: Any,
    served: Served,  # noqa: F811
    run: Run,
    tmp_path: Path,
) -> None:
    document = tmp_path / "Submission behind the link.pdf"
    document.write_bytes(text_pdf("Our submission on private security at borders."))
    page = signed_in(browser, served)
    page.goto(f"{served.base}/submission/{LINK_ONLY}")
    page.keyboard.press("a")
    chooser = page.locator(":focus")
    assert chooser.get_attribute("type") == "file"
    chooser.set_input_files(str(document))
    page.keyboard.press("Tab")
    with page.expect_navigation(timeout=180_000):  # the document is read before the answer
        page.keyboard.press("Enter")
    assert page.url == f"{served.base}/submission/{LINK_ONLY}"
    assert "Submission behind the link.pdf" in page.get_by_role("table").nth(1).inner_text()
    item = listed(run)[LINK_ONLY]
    assert [a["filename"] for a in item["attachments"]] == [document.name]
    assert "needs_download" not in item["flags"]
    assert "attach" in page.get_by_role("table").last.inner_text()


def test_two_officers_deciding_the_same_message(
    browser: Any,
    served: Served,  # noqa: F811
    run: Run,
) -> None:
    paper = served.ids["p@paper.example.org"]
    first, second = signed_in(browser, served), signed_in(browser, served)
    for page in (first, second):
        page.goto(f"{served.base}/submission/{paper}")
    by_keys(first, "n", "Control+A", "First Officer's Name")
    second.keyboard.press("n")
    second.keyboard.press("Control+A")
    second.keyboard.type("Second Officer's Name")
    with second.expect_navigation():
        second.keyboard.press("Enter")
    said = second.get_by_role("alert").inner_text()
    assert "changed meanwhile" in said and "First Officer's Name" in said
    assert listed(run)[paper]["submitter"]["name"] == "First Officer's Name"
    # A list is refused alike: the publication changed while the second officer chose.
    second.goto(f"{served.base}/submission/{paper}")
    by_keys(first, "p", "c")
    second.keyboard.press("p")
    second.keyboard.type("u")
    with second.expect_navigation():
        second.keyboard.press("Enter")
    assert "changed meanwhile" in second.get_by_role("alert").inner_text()
    assert listed(run)[paper]["confidentiality"] == "confidential"


def test_a_script_in_a_subject_a_name_or_a_file_name_never_runs(
    browser: Any,
    served: Served,  # noqa: F811
    run: Run,
) -> None:
    hostile = served.ids["h@hostile.example.org"]
    name = "<script>alert('name')</script><img src=x onerror=alert('img')>"
    assert run("triage", str(hostile), "--name", name).exit_code == 0
    assert run("tag", "x", str(hostile)).exit_code == 0
    page = signed_in(browser, served)
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"{served.base}/?q=Submission")
    assert HOSTILE_SUBJECT in page.inner_text("main")
    page.goto(f"{served.base}/submission/{hostile}")
    text = page.inner_text("main")
    for shown in (HOSTILE_SUBJECT, name, HOSTILE_FILE):
        assert shown in text
    page.keyboard.press("n")  # the name's own form holds it as a value, not as markup
    assert page.locator(":focus").input_value() == name
    page.goto(f"{served.base}/submission/{hostile}/file/1/text")
    page.goto(f"{served.base}/submission/{hostile}")
    assert dialogs == []
    assert page.evaluate("document.querySelectorAll('img').length") == 0
