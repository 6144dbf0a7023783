"""OAuth2 (SASL XOAUTH2) against a real dovecot that accepts only access tokens and checks
each with a token-introspection endpoint on loopback, as Microsoft 365 and Gmail do."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest
from click.testing import Result

from conftest import FIXTURES, need

Run = Callable[..., Result]
TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.e30.valid-for-the-tests"


@pytest.fixture(scope="module")
def oauth2_server() -> Iterator[Any]:
    from imapserver import USER, Dovecot, Introspection, dovecot_available

    need(dovecot_available(), "dovecot is not installed (apt-get install dovecot-imapd)")
    tokens = {TOKEN: USER}  # what the identity provider issued, as introspection knows it
    endpoint = Introspection(tokens)
    server = Dovecot.create(introspection_url=endpoint.url, token=TOKEN)
    server.start()
    server.endpoint = endpoint
    server.tokens = tokens
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


def signed_in_config(
    write_config: Callable[..., Path], server: Any, provider: Any, flow: str, **extra: str
) -> Path:
    from identity import CLIENT_ID

    config = write_config(port=server.imaps_port, ca_file=str(server.ca_file))
    settings = {
        "flow": flow,
        "client_id": CLIENT_ID,
        "authority": provider.authority,
        "ca_file": str(provider.ca_file),
        **extra,
    }
    table = "".join(f"{key} = {json.dumps(value)}\n" for key, value in settings.items())
    text = config.read_text().replace('password_env = "WGSUBMIT_TEST_PASSWORD"\n', "")
    config.write_text(
        text.replace("[store]", f'auth = "oauth2"\n\n[imap.oauth2]\n{table}\n[store]')
    )
    return config


@pytest.fixture
def provider(oauth2_server: Any, tmp_path: Path) -> Iterator[Any]:
    from identity import IdentityProvider
    from imapserver import USER

    # Access tokens that live a minute: MSAL renews those due within five, so every run
    # goes through the refresh.
    idp = IdentityProvider(tmp_path, USER, oauth2_server.tokens, lifetime=60)
    yield idp
    idp.close()


def test_login_once_then_fetch_renews_and_keeps_the_rotated_token(
    oauth2_server: Any, provider: Any, write_config: Callable[..., Path], run: Run,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setenv("COLUMNS", "300")
    cache = tmp_path / "tokens.json"
    config = signed_in_config(write_config, oauth2_server, provider, "device",
                              token_cache=str(cache))  # fmt: skip
    before = run("fetch", config=config)
    assert before.exit_code == 1 and "run `wgsubmit login`" in before.stderr
    unsigned = run("doctor", "--offline", config=config)
    assert unsigned.exit_code == 1 and "Not working: sign-in" in unsigned.stdout
    signed = run("login", config=config)
    assert signed.exit_code == 0, signed.output
    assert "WGSB-TEST" in signed.stderr  # the code the person types
    assert "Signed in as officer@example.org" in signed.stdout
    assert cache.stat().st_mode & 0o777 == 0o600
    assert "refresh-1" in cache.read_text()
    when = dt.datetime(2020, 3, 16, 10, 0, tzinfo=dt.UTC)
    oauth2_server.append([((FIXTURES / "06-auto-reply.eml").read_bytes(), when)])
    for _ in range(2):  # the second run works only if the first kept the rotated token
        result = run("fetch", config=config)
        assert result.exit_code == 0, result.output + oauth2_server.log()[-1500:]
    assert provider.grants.count("refresh_token") == 2
    assert "refresh-1" not in cache.read_text()
    listed = json.loads(run("list", "--json", "--all", config=config).stdout)
    assert "<auto-7781@rights-first.example.org>" in {i["message_id"] for i in listed}
    doctor = run("doctor", "--offline", config=config)
    assert "the access token expires" in doctor.stdout and str(cache) in doctor.stdout
    for token in provider.tokens:
        assert token not in before.output + signed.output + result.output + doctor.output


def test_an_app_signs_in_with_its_secret(
    oauth2_server: Any, provider: Any, write_config: Callable[..., Path], run: Run,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from identity import SECRET

    config = signed_in_config(write_config, oauth2_server, provider, "client_credentials",
                              client_secret_env="WGSUBMIT_TEST_SECRET")  # fmt: skip
    monkeypatch.setenv("WGSUBMIT_TEST_SECRET", "not-the-secret")
    refused = run("fetch", config=config)
    assert refused.exit_code == 1
    assert "the app's sign-in (client credentials) was refused: AADSTS7000215" in refused.stderr
    assert "not-the-secret" not in refused.output
    monkeypatch.setenv("WGSUBMIT_TEST_SECRET", SECRET)
    result = run("fetch", config=config)
    assert result.exit_code == 0, result.output
    assert provider.grants[-1] == "client_credentials"


def test_tokens_go_to_the_keyring_when_asked(
    oauth2_server: Any, provider: Any, write_config: Callable[..., Path], run: Run
) -> None:
    import keyring
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        """The operating system's keyring, as the test sees it."""

        priority = 1  # type: ignore[assignment]
        kept: ClassVar[dict[tuple[str, str], str]] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.kept.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.kept[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.kept.pop((service, username), None)

    previous = keyring.get_keyring()
    keyring.set_keyring(Memory())
    try:
        config = signed_in_config(write_config, oauth2_server, provider, "device",
                                  token_cache="keyring")  # fmt: skip
        assert run("login", config=config).exit_code == 0
        [(service, key)] = Memory.kept
        assert service == "wgsubmit" and key.endswith("|officer@example.org")
        assert "refresh-" in Memory.kept[(service, key)]
        result = run("fetch", config=config)
        assert result.exit_code == 0, result.output
        assert "the keyring" in run("doctor", "--offline", config=config).stdout
    finally:
        keyring.set_keyring(previous)


def test_no_keyring_and_wrong_settings_are_one_line(
    oauth2_server: Any, provider: Any, write_config: Callable[..., Path], run: Run
) -> None:
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        config = signed_in_config(write_config, oauth2_server, provider, "device",
                                  token_cache="keyring")  # fmt: skip
        for command in ("login", "fetch"):
            result = run(command, config=config)
            assert result.exit_code == 2, result.output
            assert (
                "keyring cannot be used here" in result.stderr and "Traceback" not in result.output
            )
    finally:
        keyring.set_keyring(previous)
    wrong = signed_in_config(write_config, oauth2_server, provider, "device",
                             authority="http://127.0.0.1/tenant")  # fmt: skip
    assert run("fetch", config=wrong).exit_code == 2
    # The scope the issue names with IMAP's, which MSAL adds by itself, is accepted.
    with_reserved = signed_in_config(write_config, oauth2_server, provider, "device",
                                     scopes=["https://outlook.office365.com/IMAP.AccessAsUser.All",
                                             "offline_access"])  # fmt: skip
    assert run("login", config=with_reserved).exit_code == 0


def test_the_token_cache_is_its_owners_alone_even_over_a_stale_partial_file(
    oauth2_server: Any, provider: Any, write_config: Callable[..., Path], run: Run,
    tmp_path: Path,
) -> None:  # fmt: skip
    """GIVEN what an interrupted save left beside the cache, readable by everyone
    WHEN the officer signs in
    THEN the cache is 0600 all the same, and the leftover is gone."""
    cache = tmp_path / "tokens.json"
    stale = tmp_path / ".tokens.json.partial"
    stale.write_text('{"RefreshToken": {}}')
    stale.chmod(0o644)
    config = signed_in_config(write_config, oauth2_server, provider, "device",
                              token_cache=str(cache))  # fmt: skip
    signed = run("login", config=config)
    assert signed.exit_code == 0, signed.output
    assert cache.stat().st_mode & 0o777 == 0o600
    assert "refresh-1" in cache.read_text()
    assert sorted(p.name for p in tmp_path.iterdir() if "tokens" in p.name) == ["tokens.json"]
