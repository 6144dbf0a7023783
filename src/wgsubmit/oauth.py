"""Signing in to Microsoft 365 for IMAP (SASL XOAUTH2) with Microsoft's MSAL library.

A person signs in once with the device-code flow (`wgsubmit login`); the tokens are kept in
the operating system's keyring, or in a file readable by its owner alone, and refreshed
silently: a refresh token the provider rotates is saved at once. An app registration
limited to the one mailbox signs in with its own secret (client credentials). No token
ever goes into an error or a log.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from wgsubmit.atomic import write_atomically
from wgsubmit.config import ImapConfig
from wgsubmit.credentials import run_secret_command, secret
from wgsubmit.errors import ConfigError, MailServerError, WgsubmitError

# What IMAP needs: a person's own mailbox access, or the app's (granted by ICT).
DELEGATED_SCOPES = ("https://outlook.office365.com/IMAP.AccessAsUser.All",)
APP_SCOPES = ("https://outlook.office365.com/.default",)
KEYRING_SERVICE = "wgsubmit"


def _scopes(imap: ImapConfig) -> list[str]:
    default = APP_SCOPES if imap.oauth2.flow == "client_credentials" else DELEGATED_SCOPES
    chosen = [s for s in imap.oauth2.scopes if s not in RESERVED_SCOPES]
    return chosen or list(default)


def _options(imap: ImapConfig) -> dict[str, Any]:
    options: dict[str, Any] = {"authority": imap.oauth2.authority}
    if imap.oauth2.ca_file is not None:
        options["http_client"] = _trusting(imap.oauth2.ca_file)
    if not imap.oauth2.authority.startswith("https://login.microsoftonline.com/"):
        options["instance_discovery"] = False  # a provider MSAL does not know by name
    return options


def _trusting(ca_file: Path) -> Any:
    """An HTTP session that trusts this CA bundle, even where REQUESTS_CA_BUNDLE is set
    (requests lets the environment win over a session's own setting)."""
    import requests

    class Session(requests.Session):
        def merge_environment_settings(self, *args: Any, **kwargs: Any) -> Any:
            settings = super().merge_environment_settings(*args, **kwargs)
            settings["verify"] = str(ca_file)
            return settings

    session = Session()
    session.verify = str(ca_file)
    return session


class _Cache:
    """MSAL's token cache, kept in the keyring or a private file."""

    def __init__(self, imap: ImapConfig) -> None:
        import msal

        self.path = imap.oauth2.token_cache
        self.key = f"{imap.oauth2.authority}|{imap.oauth2.client_id}|{imap.username}"
        self.cache = msal.SerializableTokenCache()
        text = self._read()
        if text:
            self.cache.deserialize(text)

    def _read(self) -> str | None:
        if self.path is None:
            import keyring

            return keyring.get_password(KEYRING_SERVICE, self.key)
        return self.path.read_text("utf-8") if self.path.exists() else None

    def save(self) -> None:
        if not self.cache.has_state_changed:
            return
        text = self.cache.serialize()
        if self.path is None:
            import keyring

            keyring.set_password(KEYRING_SERVICE, self.key, text)
            return
        # A new file each time, 0600: one left by an interrupted save, or put there by
        # someone else, would keep its own mode and owner.
        write_atomically(self.path, text.encode("utf-8"))
        # What an interrupted save of an earlier version left: tokens, maybe readable by all.
        self.path.with_name(f".{self.path.name}.partial").unlink(missing_ok=True)


def _public_app(imap: ImapConfig, cache: _Cache) -> Any:
    import msal

    return msal.PublicClientApplication(
        imap.oauth2.client_id, token_cache=cache.cache, **_options(imap)
    )


def _refused(result: dict[str, Any], what: str) -> MailServerError:
    # The provider's own words (never a token), for ICT to act on.
    reason = str(result.get("error_description") or result.get("error") or "no answer")
    return MailServerError(f"{what} was refused: {reason.splitlines()[0][:200]}")


def _said(imap: ImapConfig, err: Exception) -> WgsubmitError:
    """One line for what went wrong while signing in, and what to do about it."""
    from keyring.errors import KeyringError

    if isinstance(err, WgsubmitError):
        return err
    if isinstance(err, KeyringError):
        return ConfigError(
            "imap.oauth2.token_cache: the operating system's keyring cannot be used here "
            f"({type(err).__name__}); set token_cache to a file path"
        )
    if isinstance(err, ValueError):  # MSAL refusing a setting
        return ConfigError(f"imap.oauth2: {str(err).splitlines()[0][:200]}")
    if isinstance(err, OSError) and not isinstance(err, ConnectionError):
        return ConfigError(f"imap.oauth2.token_cache: {err.strerror or err}: {err.filename}")
    return MailServerError(
        f"cannot reach the sign-in service {imap.oauth2.authority}: {type(err).__name__}"
    )


def access_token(imap: ImapConfig) -> str:
    """A valid access token for IMAP, refreshed silently when it is due."""
    try:
        return _access_token(imap)
    except Exception as err:
        raise _said(imap, err) from None


def _access_token(imap: ImapConfig) -> str:
    if imap.oauth2.flow == "client_credentials":
        import msal

        app = msal.ConfidentialClientApplication(
            imap.oauth2.client_id, client_credential=oauth2_client_secret(imap), **_options(imap)
        )
        result = app.acquire_token_for_client(scopes=_scopes(imap))
        if "access_token" not in result:
            raise _refused(result, "the app's sign-in (client credentials)")
        return str(result["access_token"])
    cache = _Cache(imap)
    app = _public_app(imap, cache)
    accounts = app.get_accounts(username=imap.username) or app.get_accounts()
    result = app.acquire_token_silent(_scopes(imap), account=accounts[0]) if accounts else None
    cache.save()  # a rotated refresh token is kept at once
    if not result or "access_token" not in result:
        raise MailServerError(
            f"no valid sign-in for {imap.username}: run `wgsubmit login`"
            + (f" ({result.get('error')})" if result and result.get("error") else "")
        )
    return str(result["access_token"])


def login(imap: ImapConfig, say: Callable[[str], None]) -> str:
    """The device-code flow: the person opens a page and types a code; the account name."""
    try:
        return _login(imap, say)
    except Exception as err:
        raise _said(imap, err) from None


def _login(imap: ImapConfig, say: Callable[[str], None]) -> str:
    if imap.oauth2.flow != "device" or imap.oauth2.token_command:
        raise MailServerError(
            'wgsubmit login is for imap.oauth2.flow = "device" (without token_command)'
        )
    cache = _Cache(imap)
    app = _public_app(imap, cache)
    flow = app.initiate_device_flow(scopes=_scopes(imap))
    if "user_code" not in flow:
        raise _refused(flow, "starting the sign-in")
    say(str(flow["message"]))
    result = app.acquire_token_by_device_flow(flow)
    if "access_token" not in result:
        raise _refused(result, "the sign-in")
    cache.save()
    claims = result.get("id_token_claims") or {}
    return str(claims.get("preferred_username") or imap.username)


def expiry(imap: ImapConfig) -> dt.datetime | None:
    """When the kept access token expires (for `doctor`), None when none is kept."""
    if imap.oauth2.token_command or imap.oauth2.flow != "device":
        return None
    state = json.loads(_Cache(imap).cache.serialize() or "{}")
    stamps = [int(t.get("expires_on", 0)) for t in state.get("AccessToken", {}).values()]
    return dt.datetime.fromtimestamp(max(stamps), dt.UTC) if stamps else None


RESERVED_SCOPES = {"offline_access", "openid", "profile"}  # MSAL adds these itself


def cache_location(imap: ImapConfig) -> str:
    path: Path | None = imap.oauth2.token_cache
    return str(path) if path is not None else f"the keyring ({KEYRING_SERVICE})"


def oauth2_token(imap: ImapConfig) -> str:
    """An access token: printed by token_command when set, else from a sign-in kept by
    `wgsubmit login` (device flow) or the app's own secret (client credentials)."""
    if imap.oauth2.token_command:
        return run_secret_command(imap.oauth2.token_command, "imap.oauth2.token_command")
    return access_token(imap)


def oauth2_client_secret(imap: ImapConfig) -> str:
    oauth2 = imap.oauth2
    return secret(
        oauth2.client_secret_env, oauth2.client_secret_command, "imap.oauth2.client_secret"
    )
