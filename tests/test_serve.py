"""`wgsubmit serve`: the store as a local web page, started as an officer starts it (a real
process on a real port) and asked over HTTP as a browser would."""

from __future__ import annotations

import contextlib
import html
import json
import re
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import Result

from conftest import CONFIDENTIAL, LATE_ANONYMOUS, LINK_ONLY, text_pdf, write_mail
from serving import serving

Run = Callable[..., Result]
HOSTILE_SUBJECT = "<script>alert('subject')</script> Submission"
HOSTILE_FILE = "<script>alert(1)</script>.exe"


@dataclass(frozen=True)
class Served:
    address: str  # the first line printed: with the token
    base: str
    port: int
    process: subprocess.Popen[str]
    ids: dict[str, int]  # the added messages' ids, by sender address

    def client(self, **kwargs: Any) -> httpx.Client:
        return httpx.Client(base_url=self.base, timeout=30, **kwargs)

    @contextlib.contextmanager
    def officer(self) -> Iterator[httpx.Client]:
        """A client holding the session cookie, as a browser after opening the address."""
        with self.client() as client:
            assert client.get(self.address).status_code in (200, 303)
            yield client


def listed(run: Run) -> dict[int, dict[str, Any]]:
    result = run("list", "--json", "--all")
    assert result.exit_code == 0, result.output
    return {item["id"]: item for item in json.loads(result.stdout)}


@pytest.fixture
def served(samples: Path, run: Run, config_path: Path, tmp_path: Path) -> Iterator[Served]:
    """The sample store, with a message whose request is unclear (a program attached)
    and a hostile subject and file name, and one with a PDF; served on a free port."""
    folder = tmp_path / "more"
    consent = "We agree to the publication of our submission.\n\n"
    program = (HOSTILE_FILE, "application/octet-stream", b"MZ\x90\x00binary")
    write_mail(
        folder, "Hostile <h@hostile.example.org>", HOSTILE_SUBJECT, consent, files=(program,)
    )
    write_mail(folder, "Paper <p@paper.example.org>", "Submission with a paper", consent,
               files=(("paper.pdf", "application/pdf", text_pdf("A paper.")),))  # fmt: skip
    assert run("import", str(folder)).exit_code == 0
    items = listed(run)
    ids = {i["from"]["address"]: i["id"] for i in items.values()}
    with serving(config_path) as (first, process):
        found = re.fullmatch(r"http://127\.0\.0\.1:(\d+)/\?token=[\w-]+", first)
        assert found, (first, process.stderr.read() if process.poll() is not None else "")
        port = int(found[1])
        yield Served(first, f"http://127.0.0.1:{port}", port, process, ids)


def test_the_printed_address_sets_one_strict_session_cookie(served: Served) -> None:
    with served.client() as client:
        answer = client.get(served.address)
        assert answer.status_code == 303 and answer.headers["location"] == "/"
        cookies = answer.headers.get_list("set-cookie")
        assert len(cookies) == 1
        assert "httponly" in cookies[0].lower() and "samesite=strict" in cookies[0].lower()
        queue = client.get("/")
        assert queue.status_code == 200 and "Submissions" in queue.text


def test_another_host_name_or_no_token_is_refused(served: Served) -> None:
    with served.client() as client:
        assert client.get("/").status_code == 403
        assert client.get("/?token=wrong").status_code == 403
        assert client.get("/submission/1/file/1").status_code == 403
        rebound = client.get(served.address, headers={"Host": f"evil.example:{served.port}"})
        assert rebound.status_code == 400 and "set-cookie" not in rebound.headers
    with served.officer() as client:
        assert client.get("/", headers={"Host": f"localhost:{served.port}"}).status_code == 200
        assert client.get("/", headers={"Host": "localhost:1"}).status_code == 400


def test_the_queue_puts_unclear_requests_first_with_their_reason(served: Served, run: Run) -> None:
    hostile = served.ids["h@hostile.example.org"]
    assert listed(run)[hostile]["confidentiality"] == "unclear"
    with served.officer() as client:
        page = client.get("/").text
    first, rest = page.split('id="rest"')
    assert f'href="/submission/{hostile}"' in first
    rows = re.findall(r'<td><a href="/submission/(\d+)">', first)
    assert rows[0] == str(hostile)
    assert "publication request unclear" in first
    assert f'href="/submission/{CONFIDENTIAL}"' in rest  # decided by its sentence: not first
    # Each with its reason, in its row.
    reasons = dict(
        re.findall(r'/submission/(\d+)">#\d+</a>.*?class="reasons">([^<]*)<', first, re.S)
    )
    assert reasons[str(LATE_ANONYMOUS)] == "late; anonymous"
    assert reasons[str(LINK_ONLY)].startswith("needs_download")
    with served.officer() as client:
        found = client.get("/", params={"q": "paper"}).text
    assert f'href="/submission/{served.ids["p@paper.example.org"]}"' in found
    assert f'href="/submission/{hostile}"' not in found


def test_a_pdf_is_served_as_itself_with_restrictive_headers(
    served: Served, samples: Path, run: Run
) -> None:
    paper = served.ids["p@paper.example.org"]
    with served.officer() as client:
        answer = client.get(f"/submission/{paper}/file/1")
        text = client.get(f"/submission/{paper}/file/1/text")
        download = client.get(f"/submission/{paper}/file/1", params={"download": "1"})
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/pdf"
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert "default-src 'none'" in answer.headers["content-security-policy"]
    sha256 = listed(run)[paper]["attachments"][0]["sha256"]
    stored = next(samples.rglob(sha256 + "*"))
    assert answer.content == stored.read_bytes() and answer.content.startswith(b"%PDF")
    assert text.headers["content-type"] == "text/plain; charset=utf-8"
    assert "A paper." in text.text
    assert download.headers["content-disposition"].startswith("attachment")


def test_a_program_is_never_served_as_a_page(served: Served) -> None:
    hostile = served.ids["h@hostile.example.org"]
    with served.officer() as client:
        answer = client.get(f"/submission/{hostile}/file/1")
    assert answer.headers["content-type"] == "application/octet-stream"
    assert answer.headers["content-security-policy"].startswith("sandbox")


def _form(page: str, field: str) -> dict[str, str]:
    """The hidden fields of the form deciding ``field``, as the page gave them."""
    start = page.index(f'<input type="hidden" name="field" value="{field}">')
    block = page[page.rindex("<form", 0, start) : page.index("</form>", start)]
    return dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)">', block))


def test_a_decision_needs_the_form_and_is_recorded(served: Served, run: Run) -> None:
    paper = served.ids["p@paper.example.org"]
    with served.officer() as client:
        page = client.get(f"/submission/{paper}").text
        fields = _form(page, "confidentiality")
        assert any("csrf" in name for name in fields)
        assert fields["shown"] == "publish"
        forged = {k: v for k, v in fields.items() if "csrf" not in k}
        refused = client.post(
            f"/submission/{paper}/decide", data={**forged, "value": "confidential"}
        )
        assert refused.status_code == 403
        wrong = {**fields, "csrf": "0" * 64, "value": "confidential"}
        assert client.post(f"/submission/{paper}/decide", data=wrong).status_code == 403
        assert listed(run)[paper]["confidentiality"] == "publish"
        done = client.post(f"/submission/{paper}/decide", data={**fields, "value": "confidential"})
        assert done.status_code == 303 and done.headers["location"] == f"/submission/{paper}"
        after = client.get(f"/submission/{paper}").text
    assert listed(run)[paper]["confidentiality"] == "confidential"
    from wgsubmit.triage import user

    history = run("show", str(paper))
    assert "confidentiality" in history.output and user() in history.output
    row = r"<td>{}</td><td>triage</td><td>confidentiality</td><td>publish</td><td>confidential</td>"
    assert re.search(row.format(re.escape(user())), after)


def test_a_stale_decision_changes_nothing(served: Served, run: Run) -> None:
    paper = served.ids["p@paper.example.org"]
    with served.officer() as client:
        page = client.get(f"/submission/{paper}").text
        mine = _form(page, "name")
        # Another officer names the submitter meanwhile.
        assert run("triage", str(paper), "--name", "Paper Network").exit_code == 0
        stale = client.post(f"/submission/{paper}/decide", data={**mine, "value": "Mine"})
    assert stale.status_code == 409
    assert "changed meanwhile" in stale.text and "Paper Network" in stale.text
    assert listed(run)[paper]["submitter"]["name"] == "Paper Network"


def _sign_out_form(page: str) -> dict[str, str]:
    block = page[page.index('action="/signout"') : page.index("</form>", page.index("/signout"))]
    return dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)">', block))


def test_signing_out_ends_the_session_even_for_its_cookie_sent_again(served: Served) -> None:
    paper = served.ids["p@paper.example.org"]
    cookie = f"wgsubmit_{served.port}"
    with served.officer() as client:
        page = client.get(f"/submission/{paper}").text
        form, decision = _sign_out_form(page), _form(page, "name")
        assert any("csrf" in name for name in form)
        assert client.post("/signout").status_code == 403  # no CSRF field
        assert client.get("/").status_code == 200
        session = client.cookies[cookie]
        done = client.post("/signout", data=form)
        assert done.status_code == 200 and "Signed out" in done.text
        assert f'{cookie}=""' in done.headers["set-cookie"]  # the browser forgets it
        assert client.get("/").status_code == 403
    with served.client() as replayed:
        replayed.cookies.set(cookie, session)
        assert replayed.get("/").status_code == 403
        posted = replayed.post(f"/submission/{paper}/decide", data={**decision, "value": "X"})
        assert posted.status_code == 403
    with served.officer() as client:  # the printed address opens a new session
        page = client.get(f"/submission/{paper}").text
        assert client.cookies[cookie] != session
        stale = client.post(f"/submission/{paper}/decide", data={**decision, "value": "X"})
        assert stale.status_code == 403  # a form of the page shown before signing out
        assert _sign_out_form(page) != form


def test_a_hostile_subject_and_file_name_are_shown_escaped(served: Served) -> None:
    hostile = served.ids["h@hostile.example.org"]
    with served.officer() as client:
        pages = [client.get("/").text, client.get(f"/submission/{hostile}").text]
    for page in pages:
        assert "<script>alert" not in page.lower()  # the page's own script is /keys.js
        assert "&lt;script&gt;alert(" in page


def test_the_server_log_says_nothing_about_a_message(served: Served) -> None:
    hostile = served.ids["h@hostile.example.org"]
    with served.officer() as client:
        client.get(f"/submission/{hostile}")
        client.get("/", params={"q": "paper"})
    served.process.terminate()
    _, errors = served.process.communicate(timeout=30)
    assert "hostile" not in errors.lower() and "paper" not in errors.lower()
    assert f"/submission/{hostile}" not in errors


def test_an_officer_opens_the_queue_and_decides_with_the_keyboard_in_chromium(
    served: Served, run: Run, browser: Any
) -> None:
    paper = served.ids["p@paper.example.org"]
    page = browser.new_page()
    page.goto(served.address)
    assert page.url == served.base + "/"  # the token is gone from the address bar
    assert page.get_by_role("heading", name="Submissions").is_visible()
    page.get_by_role("link", name="Submission with a paper").click()
    page.wait_for_url(f"**/submission/{paper}")
    page.get_by_label("Submitter name").focus()
    page.keyboard.press("Control+A")
    page.keyboard.type("Paper <b>Network</b>")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == f"{served.base}/submission/{paper}"
    history = page.get_by_role("table").last.inner_text()
    assert "submitter_name" in history and "Paper <b>Network</b>" in history
    assert listed(run)[paper]["submitter"]["name"] == "Paper <b>Network</b>"


def test_the_sentence_that_decided_publication_is_marked(served: Served, run: Run) -> None:
    evidence = listed(run)[CONFIDENTIAL]["confidentiality_evidence"]
    assert evidence
    with served.officer() as client:
        page = client.get(f"/submission/{CONFIDENTIAL}").text
    assert f"<mark>{html.escape(evidence, quote=False)}</mark>" in page
    assert re.search(r'id="verdict">Left out:</p>\s*<ul><li>confidential</li>', page)


def test_a_port_in_use_is_said_and_nothing_is_served(samples: Path, run: Run) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run("serve", "--no-browser", "--port", str(port))
    assert result.exit_code == 2
    assert f"127.0.0.1:{port}" in result.output and "http://" not in result.stdout
