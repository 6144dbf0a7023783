"""`wgsubmit serve` for a team: TLS with a real certificate (trustme), officers who sign
in with a password kept as an scrypt hash, and the limit on guessing; and the officer
commands. The server runs as a real process; the client speaks real TLS (httpx)."""

from __future__ import annotations

import re
import ssl
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import Result

from conftest import COMPANY
from serving import serving
from wgsubmit.accounts import Throttle, hash_password, verify_password

Run = Callable[..., Result]
ANA, ANA_PASSWORD = "Ana Pérez", "correct horse battery"
BOB, BOB_PASSWORD = "Bob Smith", "another long password"


@dataclass(frozen=True)
class Team:
    address: str  # the first line printed: the sign-in page
    base: str
    process: subprocess.Popen[str]
    trust: ssl.SSLContext

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.base, verify=self.trust, timeout=60)


@pytest.fixture
def certificate(tmp_path: Path) -> tuple[Path, Path, ssl.SSLContext]:
    trustme = pytest.importorskip("trustme")
    ca = trustme.CA()
    issued = ca.issue_cert("127.0.0.1", "localhost")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    issued.cert_chain_pems[0].write_to_path(str(cert))
    for extra in issued.cert_chain_pems[1:]:
        extra.write_to_path(str(cert), append=True)
    issued.private_key_pem.write_to_path(str(key))
    trust = ssl.create_default_context()
    ca.configure_trust(trust)
    return cert, key, trust


def add_officer(run: Run, name: str, password: str) -> Result:
    return run("officer", "add", name, input=f"{password}\n{password}\n")


@pytest.fixture
def team(
    samples: Path, run: Run, config_path: Path, certificate: tuple[Path, Path, ssl.SSLContext]
) -> Iterator[Team]:
    cert, key, trust = certificate
    assert add_officer(run, ANA, ANA_PASSWORD).exit_code == 0
    assert add_officer(run, BOB, BOB_PASSWORD).exit_code == 0
    args = ("--host", "127.0.0.1", "--cert", str(cert), "--key", str(key))
    with serving(config_path, *args) as (first, process):
        found = re.fullmatch(r"https://127\.0\.0\.1:(\d+)/signin", first)
        assert found, (first, process.stderr.read() if process.poll() is not None else "")
        yield Team(first, f"https://127.0.0.1:{found[1]}", process, trust)


def signin_form(client: httpx.Client) -> str:
    page = client.get("/signin")
    assert page.status_code == 200
    found = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert found
    return found[1]


def sign_in(client: httpx.Client, name: str, password: str) -> httpx.Response:
    token = signin_form(client)
    return client.post("/signin", data={"csrf": token, "name": name, "password": password})


def test_a_password_is_kept_only_as_a_salted_scrypt_hash(run: Run, samples: Path) -> None:
    first, second = hash_password(ANA_PASSWORD), hash_password(ANA_PASSWORD)
    assert first.startswith("scrypt$") and first != second  # a salt each
    assert ANA_PASSWORD not in first
    assert verify_password(ANA_PASSWORD, first) and not verify_password("wrong password!", first)
    assert not verify_password(ANA_PASSWORD, "not a hash")
    added = add_officer(run, ANA, ANA_PASSWORD)
    assert added.exit_code == 0 and ANA_PASSWORD not in added.output
    assert ANA_PASSWORD.encode() not in (samples / "wgsubmit.db").read_bytes()
    listed = run("officer", "list")
    assert listed.exit_code == 0 and listed.stdout.startswith(ANA + "\t")


def test_officer_commands_refuse_what_they_cannot_do(run: Run, samples: Path) -> None:
    short = add_officer(run, ANA, "short")
    assert short.exit_code == 2 and "12 characters" in short.output
    unknown = run("officer", "remove", "Nobody")
    assert unknown.exit_code == 2 and "no officer Nobody" in unknown.output
    assert add_officer(run, ANA, ANA_PASSWORD).exit_code == 0
    assert run("officer", "remove", ANA).exit_code == 0
    assert run("officer", "list").stdout == ""


def test_serving_beyond_this_computer_needs_tls_and_officers(
    run: Run, samples: Path, certificate: tuple[Path, Path, ssl.SSLContext]
) -> None:
    cert, key, _ = certificate
    bare = run("serve", "--no-browser", "--host", "0.0.0.0")
    assert bare.exit_code == 2 and "--cert" in bare.output and "http" not in bare.stdout
    half = run("serve", "--no-browser", "--host", "0.0.0.0", "--cert", str(cert))
    assert half.exit_code == 2 and "go together" in half.output
    nobody = run("serve", "--no-browser", "--cert", str(cert), "--key", str(key))
    assert nobody.exit_code == 2 and "officer add" in nobody.output
    broken = run("serve", "--no-browser", "--cert", str(key), "--key", str(key))
    assert broken.exit_code == 2 and "--cert and --key cannot be used" in broken.output


def test_no_page_without_signing_in(team: Team) -> None:
    with team.client() as client:
        for path in ("/", f"/submission/{COMPANY}", "/publish", "/publish/page"):
            answer = client.get(path)
            assert answer.status_code == 303 and answer.headers["location"] == "/signin", path
        decide = client.post(f"/submission/{COMPANY}/decide", data={"field": "kind"})
        assert decide.status_code == 403
        client.cookies.set(f"wgsubmit_team_{team.base.rsplit(':', 1)[1]}", "x")
        forged = client.get("/")
        assert forged.status_code == 303
    # And nothing in the clear.
    with pytest.raises(httpx.HTTPError), httpx.Client(timeout=10) as clear:
        clear.get(team.base.replace("https://", "http://") + "/signin")


def test_an_officer_signs_in_and_decisions_carry_their_name(team: Team, run: Run) -> None:
    with team.client() as client:
        wrong = sign_in(client, ANA, "not the password")
        assert wrong.status_code == 403 and "Wrong name or password" in wrong.text
        unknown = sign_in(client, "Nobody", ANA_PASSWORD)
        assert unknown.status_code == 403 and "Wrong name or password" in unknown.text
        no_form = client.post("/signin", data={"name": ANA, "password": ANA_PASSWORD})
        assert no_form.status_code == 403
        done = sign_in(client, "ana pérez", ANA_PASSWORD)  # names are not case-sensitive
        assert done.status_code == 303 and done.headers["location"] == "/"
        cookie = next(c for c in done.headers.get_list("set-cookie") if "wgsubmit_team" in c)
        assert all(word in cookie.lower() for word in ("secure", "httponly", "samesite=strict"))
        assert client.get("/").status_code == 200
        page = client.get(f"/submission/{COMPANY}").text
        csrf = re.search(r'name="csrf" value="([^"]+)"', page)
        assert csrf
        shown_as = "SecureCorp Ltd"  # the name as the sample writes it
        form = {"csrf": csrf[1], "field": "name", "shown": shown_as, "value": "SecureCorp AG"}
        decided = client.post(f"/submission/{COMPANY}/decide", data=form)
        assert decided.status_code == 303
    shown = run("show", str(COMPANY))
    assert "SecureCorp AG" in shown.output and ANA in shown.output


def test_failed_sign_ins_are_limited_per_address(team: Team) -> None:
    with team.client() as client:
        for _ in range(5):
            assert sign_in(client, BOB, "a wrong guess").status_code == 403
        # The sixth attempt is refused before its password is tried, even the right one,
        # and for another name from the same address.
        assert sign_in(client, BOB, BOB_PASSWORD).status_code == 429
        assert sign_in(client, ANA, ANA_PASSWORD).status_code == 429


def test_the_limit_counts_per_name_and_per_address_for_a_minute() -> None:
    now = [0.0]
    throttle = Throttle(clock=lambda: now[0])
    for _ in range(5):
        throttle.failed(("address 10.0.0.1", "name bob"))
    assert throttle.blocked(("address 10.0.0.2", "name bob"))  # the name, from elsewhere
    assert throttle.blocked(("address 10.0.0.1", "name ana"))  # the address, another name
    assert not throttle.blocked(("address 10.0.0.2", "name ana"))
    throttle.failed(("address 10.0.0.3",))
    throttle.forgive(("address 10.0.0.3",))  # it succeeded: not a failure
    assert "address 10.0.0.3" not in throttle.failures
    now[0] = 61.0
    assert not throttle.blocked(("address 10.0.0.1", "name bob"))
    assert throttle.failures == {}  # forgotten once the minute has passed


def test_an_officer_signs_out_and_the_session_is_gone_even_replayed(team: Team) -> None:
    cookie = f"wgsubmit_team_{team.base.rsplit(':', 1)[1]}"
    with team.client() as client:
        assert sign_in(client, ANA, ANA_PASSWORD).status_code == 303
        page = client.get(f"/submission/{COMPANY}").text
        form = re.search(r'action="/signout"><input type="hidden" name="csrf" value="(\w+)"', page)
        assert form
        session = client.cookies[cookie]
        assert client.post("/signout").status_code == 403  # no CSRF field
        done = client.post("/signout", data={"csrf": form[1]})
        assert done.status_code == 303 and done.headers["location"] == "/signin"
        assert client.get("/").status_code == 303
    with team.client() as replayed:
        replayed.cookies.set(cookie, session)
        answer = replayed.get("/")
        assert answer.status_code == 303 and answer.headers["location"] == "/signin"
        assert replayed.post("/signout", data={"csrf": form[1]}).status_code == 403


def test_a_session_left_idle_ends(samples: Path, run: Run) -> None:
    from wgsubmit.accounts import Team as Sessions

    assert add_officer(run, ANA, ANA_PASSWORD).exit_code == 0
    now = [0.0]
    sessions = Sessions(samples, 1, idle=30 * 60.0, clock=lambda: now[0])
    session = sessions.sign_in(ANA, ANA_PASSWORD)
    assert session is not None and sessions.signed_in(session) == ANA
    now[0] = 29 * 60.0  # each page asked keeps it
    assert sessions.signed_in(session) == ANA
    now[0] = 58 * 60.0
    assert sessions.signed_in(session) == ANA
    now[0] = 58 * 60.0 + 30 * 60.0 + 1
    assert sessions.signed_in(session) is None
    now[0] = 0.0  # gone for good, not only too old
    assert sessions.signed_in(session) is None


def test_a_removed_officer_is_signed_out(team: Team, run: Run) -> None:
    with team.client() as client:
        assert sign_in(client, BOB, BOB_PASSWORD).status_code == 303
        assert client.get("/").status_code == 200
        assert run("officer", "remove", BOB).exit_code == 0
        assert client.get("/").status_code == 303


def test_the_team_server_logs_nothing_about_a_message_or_a_password(team: Team) -> None:
    with team.client() as client:
        sign_in(client, ANA, ANA_PASSWORD)
        client.get(f"/submission/{COMPANY}")
        client.get("/", params={"q": "SecureCorp"})
    team.process.terminate()
    _, errors = team.process.communicate(timeout=30)
    for secret in ("SecureCorp", ANA_PASSWORD, f"/submission/{COMPANY}", "signin"):
        assert secret not in errors


def test_an_officer_signs_in_with_the_keyboard_in_chromium(team: Team, browser: Any) -> None:
    # The test's own certificate authority is not the browser's: trust this one.
    page = browser.new_context(ignore_https_errors=True).new_page()
    page.goto(team.base + "/")
    assert page.url == team.address  # sent to sign in
    page.get_by_label("Name").fill(ANA)
    page.get_by_label("Password").focus()
    page.keyboard.type("wrong password")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.get_by_role("alert").inner_text() == "Wrong name or password."
    page.get_by_label("Password").fill(ANA_PASSWORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == team.base + "/"
    assert page.get_by_role("heading", name="Submissions").is_visible()
