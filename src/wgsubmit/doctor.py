"""`wgsubmit doctor`: what works, what does not, and what to do about it."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from typing import TYPE_CHECKING

from rich.markup import escape

from wgsubmit.config import Config
from wgsubmit.errors import WgsubmitError
from wgsubmit.store import Store

if TYPE_CHECKING:
    from rich.console import Console

# Optional Debian/Homebrew tools: wgsubmit works without them, with less.
HELPERS = {
    "pdftotext": "poppler-utils: the reference the extraction benchmark compares against",
    "antiword": "antiword: reads legacy Word .doc attachments",
    "soffice": "libreoffice: reads legacy .doc attachments when antiword is missing",
}


def run_doctor(config: Config, console: Console, offline: bool = False) -> bool:
    """Whether everything wgsubmit needs works; a missing optional helper is said, and
    is no failure."""
    failed: list[str] = []

    def line(good: bool, what: str, detail: str) -> None:
        mark = "[green]ok[/green]  " if good else "[red]FAIL[/red]"
        console.print(f"{mark} {what}: {escape(detail)}")
        if not good:
            failed.append(what)

    line(True, "config", str(config.path))
    try:
        with Store.open_for_reading(config.store_path) as store:
            line(True, "store", f"{config.store_path} ({store.count()} messages)")
    except WgsubmitError as err:
        line(False, "store", str(err))
    if config.imap.auth == "oauth2":
        _sign_in(config, line)
    if not offline:
        from wgsubmit.imap import check_connection

        where = f"{config.imap.host}:{config.imap.port} ({config.imap.security})"
        try:
            capabilities, mailboxes, folders = check_connection(config.imap)
        except WgsubmitError as err:
            line(False, "mail server", str(err))
        else:
            line(True, "mail server", f"{where}, logged in as {config.imap.username}")
            console.print("      capabilities: " + " ".join(capabilities), markup=False)
            console.print("      folders: " + ", ".join(folders), markup=False)
            for box in mailboxes:
                console.print(
                    f"      {box.name}: {box.messages} messages, UIDVALIDITY {box.uidvalidity}",
                    markup=False,
                )
    missing = _helpers(console)
    if failed:
        console.print(f"[red]Not working[/red]: {', '.join(failed)} (see above).")
    elif missing:
        console.print(
            f"Everything wgsubmit needs works; optional helpers not installed: "
            f"{', '.join(missing)} (it works without them, with less)."
        )
    else:
        console.print("Everything works.")
    return not failed


def _helpers(console: Console) -> list[str]:
    """Each optional tool, found or not; the names of those not installed."""
    missing = []
    for tool, why in HELPERS.items():
        found = shutil.which(tool)
        if found:
            console.print(f"[green]ok[/green]   {tool}: {escape(found)}")
        else:
            console.print(f"[yellow]--[/yellow]   {tool}: not installed (optional; {why})")
            missing.append(tool)
    return missing


def _sign_in(config: Config, line: Callable[[bool, str, str], None]) -> None:
    """How wgsubmit signs in with OAuth2, and until when the kept token lasts."""
    oauth2 = config.imap.oauth2
    if oauth2.token_command:
        line(True, "sign-in", "an access token from imap.oauth2.token_command")
        return
    if oauth2.flow == "client_credentials":
        line(True, "sign-in", f"the app {oauth2.client_id} with its secret (client credentials)")
        return
    from wgsubmit.oauth import cache_location, expiry

    try:
        until = expiry(config.imap)
    except Exception as err:  # a keyring that cannot be opened
        line(False, "sign-in", f"tokens cannot be read from {cache_location(config.imap)}: {err}")
        return
    if until is None:
        line(False, "sign-in", "nobody has signed in yet: run `wgsubmit login`")
        return
    line(
        True,
        "sign-in",
        f"tokens in {cache_location(config.imap)}; the access token expires "
        f"{until:%Y-%m-%d %H:%M} UTC and is renewed by itself",
    )
