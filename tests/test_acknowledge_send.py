"""`acknowledge --send` through a real SMTP server over TLS: a password login, one message
per submitter and none to automatic senders, and a run killed between the record and the
send, which the next run names and does not send again unless asked."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import Result

from conftest import REPO
from smtpserver import PASSWORD, TOKEN, SmtpServer
from test_acknowledge import _import, _listed, _never_answered, _submission, _write

Run = Callable[..., Result]
# aiosmtpd's check of TLS before AUTH knows only STARTTLS; these connections are TLS throughout.
pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")


@pytest.fixture
def smtp(tmp_path: Path) -> Iterator[SmtpServer]:
    server = SmtpServer(tmp_path)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def sending(
    smtp: SmtpServer, write_config: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> Path:
    """A config whose [smtp] is the test server; the login and password are the IMAP
    account's, as when nothing else is set."""
    monkeypatch.setenv("WGSUBMIT_TEST_PASSWORD", PASSWORD)
    config = write_config(ca_file=str(smtp.ca_file))
    with config.open("a") as out:
        out.write(f'\n[smtp]\nhost = "127.0.0.1"\nport = {smtp.port}\nsecurity = "tls"\n')
    return config


def test_sent_once_to_each_submitter_and_never_to_automatic_senders(
    run: Run, smtp: SmtpServer, sending: Path, tmp_path: Path
) -> None:
    """GIVEN two submissions, an auto-reply, a bounce, a no-reply sender and a list's message
    WHEN acknowledge --send --yes runs twice
    THEN the server got one message for each submission, logged in with the IMAP account's
    password, and nothing the second time."""
    _never_answered(tmp_path / "in")
    _write(tmp_path / "in", _submission("en", '"Maria Lopez" <m.lopez@bw.example.org>'))
    _write(tmp_path / "in", _submission("fr", "contact@ong.example.fr"))
    _import(run, tmp_path / "in")
    result = run("acknowledge", "--send", "--yes", config=sending)
    assert result.exit_code == 0, result.output
    assert sorted(str(m["To"]) for m in smtp.bag.messages) == [
        "contact@ong.example.fr",
        "m.lopez@bw.example.org",
    ]
    assert smtp.bag.logins == [("officer@example.org", PASSWORD)]
    french = next(m for m in smtp.bag.messages if m["To"] == "contact@ong.example.fr")
    assert french["Auto-Submitted"] == "auto-replied"
    assert "Nous l'avons reçue le 16 mars 2020" in french.get_content()
    assert run("acknowledge", "--send", "--yes", config=sending).exit_code == 0
    assert len(smtp.bag.messages) == 2
    listed = _listed(run)
    assert listed[6]["acknowledged_at"] is not None and listed[1]["acknowledged_at"] is None


def test_send_asks_once_and_a_no_sends_nothing(
    run: Run, smtp: SmtpServer, sending: Path, tmp_path: Path
) -> None:
    _write(tmp_path / "in", _submission("en", "person@example.net"))
    _import(run, tmp_path / "in")
    result = run("acknowledge", "--send", config=sending, input="n\n")
    assert result.exit_code == 1 and "Send 1 acknowledgements now?" in result.output
    assert smtp.bag.messages == [] and _listed(run)[1]["acknowledged_at"] is None


def test_a_run_killed_between_record_and_send_is_named_and_not_sent_again(
    run: Run, smtp: SmtpServer, sending: Path, tmp_path: Path
) -> None:
    """GIVEN a sending run killed while the server holds its first message
    WHEN acknowledge --send runs again
    THEN it names that submission and skips it, sending the others; with
    --resend-unconfirmed it sends it."""
    _write(tmp_path / "in", _submission("en", "first@example.net"))
    _write(tmp_path / "in", _submission("en", "second@example.net"))
    _import(run, tmp_path / "in")
    smtp.bag.hold_first = True
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    command = [sys.executable, "-m", "wgsubmit", "--config", str(sending), "acknowledge"]
    process = subprocess.Popen([*command, "--send", "--yes"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        assert smtp.bag.reached.wait(120), "the first message never reached the server"
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(60)
    smtp.bag.release.set()
    assert smtp.bag.messages == []

    again = run("acknowledge", "--send", "--yes", config=sending)
    assert again.exit_code == 0, again.output
    assert "#1: recorded for sending" in again.stderr
    assert [str(m["To"]) for m in smtp.bag.messages] == ["second@example.net"]
    assert _listed(run)[1]["acknowledged_at"] is None

    resent = run("acknowledge", "--send", "--yes", "--resend-unconfirmed", config=sending)
    assert resent.exit_code == 0, resent.output
    assert [str(m["To"]) for m in smtp.bag.messages][1:] == ["first@example.net"]
    assert _listed(run)[1]["acknowledged_at"] is not None


def test_an_untrusted_certificate_or_a_wrong_password_stops_with_one_line(
    run: Run, smtp: SmtpServer, sending: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(tmp_path / "in", _submission("en", "person@example.net"))
    _import(run, tmp_path / "in")
    untrusted = tmp_path / "untrusted.toml"
    untrusted.write_text(sending.read_text().replace(f'ca_file = "{smtp.ca_file}"', 'ca_file = ""'))
    refused = run("acknowledge", "--send", "--yes", config=untrusted)
    assert refused.exit_code == 1 and "is not trusted" in refused.stderr
    monkeypatch.setenv("WGSUBMIT_TEST_PASSWORD", "wrong")
    wrong = run("acknowledge", "--send", "--yes", config=sending)
    assert wrong.exit_code == 1 and "refused the login of officer@example.org" in wrong.stderr
    assert wrong.stderr.count("\n") == 1
    assert smtp.bag.messages == [] and _listed(run)[1]["acknowledged_at"] is None


def test_with_oauth2_it_signs_in_with_the_imap_accounts_token(
    run: Run, smtp: SmtpServer, sending: Path, tmp_path: Path
) -> None:
    """GIVEN an account that signs in with OAuth2
    WHEN acknowledge --send runs
    THEN the SMTP login is XOAUTH2 with the same token, and the message goes."""
    _write(tmp_path / "in", _submission("en", "person@example.net"))
    _import(run, tmp_path / "in")
    oauth = tmp_path / "oauth.toml"
    text = sending.read_text().replace('password_env = "WGSUBMIT_TEST_PASSWORD"', 'auth = "oauth2"')
    oauth.write_text(
        text.replace("[store]", f'[imap.oauth2]\ntoken_command = "echo {TOKEN}"\n\n[store]')
    )
    result = run("acknowledge", "--send", "--yes", config=oauth)
    assert result.exit_code == 0, result.output
    assert smtp.bag.logins == [("officer@example.org", TOKEN)]
    assert [str(m["To"]) for m in smtp.bag.messages] == ["person@example.net"]


def test_starttls_is_used_when_configured(
    run: Run, tmp_path: Path, write_config: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN a server that takes mail only after STARTTLS
    WHEN acknowledge --send runs with security = "starttls"
    THEN it upgrades the connection, checks the certificate, logs in and sends."""
    server = SmtpServer(tmp_path, starttls=True)
    server.start()
    try:
        monkeypatch.setenv("WGSUBMIT_TEST_PASSWORD", PASSWORD)
        config = write_config(ca_file=str(server.ca_file))
        with config.open("a") as out:
            out.write(
                f'\n[smtp]\nhost = "127.0.0.1"\nport = {server.port}\nsecurity = "starttls"\n'
            )
        _write(tmp_path / "in", _submission("en", "person@example.net"))
        _import(run, tmp_path / "in")
        result = run("acknowledge", "--send", "--yes", config=config)
        assert result.exit_code == 0, result.output
        assert [str(m["To"]) for m in server.bag.messages] == ["person@example.net"]
    finally:
        server.stop()
