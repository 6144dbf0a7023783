"""Read raw messages from files: .eml, folders of them, mbox files and Maildir folders.

A file is recognised by what it holds, not by its name: exported messages
often end in .txt or nothing at all.
"""

from __future__ import annotations

import datetime as dt
import logging
import mailbox
import os
import re
from collections.abc import Iterator
from pathlib import Path

from wgsubmit.errors import UsageError
from wgsubmit.parse import looks_like_message
from wgsubmit.records import RawMessage

log = logging.getLogger(__name__)

_MAILDIR_TIME = re.compile(r"^(\d{9,11})\.")


def read_paths(paths: list[Path]) -> Iterator[RawMessage]:
    """Every message under the given paths, in a stable order."""
    for path in paths:
        if not path.exists():
            raise UsageError(f"no such file or folder: {path}")
    for path in paths:
        yield from _read_path(path)


def _read_path(path: Path) -> Iterator[RawMessage]:
    if path.is_dir():
        if is_maildir(path):
            yield from read_maildir(path)
            return
        for child in sorted(path.iterdir()):
            if child.name.startswith("."):
                continue
            yield from _read_path(child)
        return
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError as err:
        log.warning("cannot read %s: %s", path, err.strerror)
        return
    if head.startswith(b"From ") and looks_like_message(head):
        yield from read_mbox(path)
    else:
        yield RawMessage(data=path.read_bytes(), origin="file", source=str(path))


def is_maildir(path: Path) -> bool:
    return (path / "cur").is_dir() and (path / "new").is_dir()


def read_maildir(path: Path) -> Iterator[RawMessage]:
    for sub in ("new", "cur"):
        for item in sorted((path / sub).iterdir()):
            if item.name.startswith(".") or not item.is_file():
                continue
            yield RawMessage(
                data=item.read_bytes(),
                origin="file",
                source=str(item),
                delivery_time=maildir_delivery_time(item),
            )
    # Maildir++ subfolders (".Sent", ".Archive") are folders of their own.
    for child in sorted(path.iterdir()):
        if child.name.startswith(".") and child.is_dir() and is_maildir(child):
            yield from read_maildir(child)


def maildir_delivery_time(item: Path) -> dt.datetime:
    """Maildir names start with the delivery time in seconds; else the file's mtime."""
    match = _MAILDIR_TIME.match(item.name)
    seconds = int(match.group(1)) if match else int(item.stat().st_mtime)
    return dt.datetime.fromtimestamp(seconds, dt.UTC)


def read_mbox(path: Path) -> Iterator[RawMessage]:
    box = mailbox.mbox(os.fspath(path), create=False)
    try:
        for number, key in enumerate(box.iterkeys(), start=1):
            data = box.get_bytes(key)
            from_line = box.get_message(key).get_from() if data else ""
            yield RawMessage(
                data=data,
                origin="file",
                source=f"{path} #{number}",
                delivery_time=mbox_from_time(from_line),
            )
    finally:
        box.close()


def mbox_from_time(from_line: str) -> dt.datetime | None:
    """The date of an mbox "From sender Tue Mar 17 10:00:00 2020" line, taken as UTC."""
    words = from_line.split()
    for start in range(1, len(words)):
        text = " ".join(words[start : start + 5])
        try:
            return dt.datetime.strptime(text, "%a %b %d %H:%M:%S %Y").replace(tzinfo=dt.UTC)
        except ValueError:
            continue
    return None
