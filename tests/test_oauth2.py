"""OAuth2 (SASL XOAUTH2) against a real dovecot that accepts only access tokens and checks
each with a token-introspection endpoint on loopback, as Microsoft 365 and Gmail do."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

from conftest import FIXTURES, need

Run = Callable[..., Result]
TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.e30.valid-for-the-tests"


@pytest.fixture(scope="module")
def oauth2_server() -> Iterator[Any]:
    from imapserver import USER, Dovecot, Introspection, dovecot_available

    need(dovecot_available(), "dovecot is not installed (apt-get install dovecot-imapd)")
    endpoint = Introspection({TOKEN: USER})
    server = Dovecot.create(introspection_url=endpoint.url, token=TOKEN)
    server.start()
    server.endpoint = endpoint
    yield server
    server.cleanup()
    endpoint.close()


def oauth2_config(write_config: Callable[..., Path], server: Any, command: str) -> Path:
    config = write_config(port=server.imaps_port, ca_file=str(server.ca_file))
    text = config.read_text().replace('password_env = "WGSUBMIT_TEST_PASSWORD"\n', "")
    text = text.replace(
        "[store]",
        f'auth = "oauth2"\n\n[imap.oauth2]\ntoken_command = {json.dumps(command)}\n\n[store]',
    )
    config.write_text(text)
    return config


def _printing(token: str) -> str:
    """A command that prints a token, run through the shell as ICT's helper would be."""
    return f"{sys.executable} -c \"print('{token}')\""


def test_fetch_signs_in_with_a_token_from_token_command(
    oauth2_server: Any, write_config: Callable[..., Path], run: Run
) -> None:
    when = dt.datetime(2020, 3, 16, 10, 0, tzinfo=dt.UTC)
    oauth2_server.append([((FIXTURES / "01-ngo-en-pdf.eml").read_bytes(), when)])
    config = oauth2_config(write_config, oauth2_server, _printing(TOKEN))
    result = run("fetch", config=config)
    assert result.exit_code == 0, result.output + oauth2_server.log()[-2000:]
    assert TOKEN in oauth2_server.endpoint.asked  # the server asked the provider about it
    [item] = json.loads(run("list", "--json", config=config).stdout)
    assert item["message_id"] == "<sub-01@borderwatch.example.org>"


def test_a_refused_token_is_one_loud_line_that_never_shows_it(
    oauth2_server: Any, write_config: Callable[..., Path], run: Run
) -> None:
    expired = "expired-token-0123456789"
    config = oauth2_config(write_config, oauth2_server, _printing(expired))
    result = run("-v", "fetch", config=config)
    assert result.exit_code == 1
    assert "refused the login of officer@example.org" in result.stderr
    assert "wgsubmit login" in result.stderr
    assert expired not in result.output
    assert expired in oauth2_server.endpoint.asked


def test_a_failing_token_command_is_one_line(
    oauth2_server: Any, write_config: Callable[..., Path], run: Run
) -> None:
    config = oauth2_config(
        write_config, oauth2_server, f"{sys.executable} -c 'raise SystemExit(3)'"
    )
    result = run("fetch", config=config)
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: imap.oauth2.token_command: the command failed (exit status 3) or printed nothing\n"
    )
