"""`wgsubmit doctor`: what works, what does not, and what to do about it."""

from __future__ import annotations

import shutil
from typing import TYPE_CHECKING

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
    ok = True

    def line(good: bool, what: str, detail: str) -> None:
        mark = "[green]ok[/green]  " if good else "[red]FAIL[/red]"
        console.print(f"{mark} {what}: {detail}")

    line(True, "config", str(config.path))
    try:
        with Store.open_for_reading(config.store_path) as store:
            line(True, "store", f"{config.store_path} ({store.count()} messages)")
    except WgsubmitError as err:
        line(False, "store", str(err))
        ok = False
    if not offline:
        from wgsubmit.imap import check_connection

        where = f"{config.imap.host}:{config.imap.port} ({config.imap.security})"
        try:
            capabilities, mailboxes = check_connection(config.imap)
        except WgsubmitError as err:
            line(False, "mail server", str(err))
            ok = False
        else:
            line(True, "mail server", f"{where}, logged in as {config.imap.username}")
            console.print("      capabilities: " + " ".join(capabilities))
            for box in mailboxes:
                console.print(
                    f"      {box.name}: {box.messages} messages, UIDVALIDITY {box.uidvalidity}"
                )
    for tool, why in HELPERS.items():
        found = shutil.which(tool)
        if found:
            console.print(f"[green]ok[/green]   {tool}: {found}")
        else:
            console.print(f"[yellow]--[/yellow]   {tool}: not installed (optional; {why})")
    return ok
