"""Archive members: a zip's files, or the files an Outlook winmail.dat (TNEF) wraps.

Archives are opened in the main process, so their limits are checked before a byte is
inflated: a zip bomb is refused on its own declaration and again while reading.
"""

from __future__ import annotations

import io
import mimetypes
import zipfile
from pathlib import PurePosixPath, PureWindowsPath

from wgsubmit.records import Attachment
from wgsubmit.text import reason

ZIP_MAX_MEMBERS = 200
ZIP_MAX_TOTAL = 200 * 1024 * 1024
ZIP_MAX_RATIO = 200

TNEF_MAGIC = b"\x78\x9f\x3e\x22"


def read_archive(data: bytes) -> tuple[list[Attachment], str | None]:
    """The members of a zip (or a winmail.dat) within the limits, and why reading stopped,
    if it did."""
    if data.startswith(TNEF_MAGIC):
        return _read_tnef(data)
    members: list[Attachment] = []
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as err:
        return [], f"a corrupt zip archive ({err})"
    with archive:
        infos = [i for i in archive.infolist() if not i.is_dir()]
        if len(infos) > ZIP_MAX_MEMBERS:
            return [], f"a zip archive of {len(infos)} files (at most {ZIP_MAX_MEMBERS} are read)"
        total = 0
        for info in infos:
            if info.flag_bits & 0x1:
                return members, "an encrypted zip archive"
            if info.file_size > ZIP_MAX_RATIO * max(info.compress_size, 1):
                return members, "a zip archive that inflates too much (a zip bomb?)"
            try:
                content = _read_capped(archive, info, ZIP_MAX_TOTAL - total)
            except (zipfile.BadZipFile, OSError, ValueError, EOFError) as err:
                return members, f"a corrupt zip archive ({err})"
            except _TooLarge:
                return members, "a zip archive larger than 200 MB when unpacked"
            total += len(content)
            name = _member_name(info.filename)
            guessed = mimetypes.guess_type(name)[0] or "application/octet-stream"
            members.append(Attachment(filename=name, content_type=guessed, data=content))
    return members, None


def _read_tnef(data: bytes) -> tuple[list[Attachment], str | None]:
    """The files an Outlook winmail.dat (TNEF) wraps, and the text of the message when it is
    there only: as a document of its own, so that it is read like the others."""
    import tnefparse

    try:
        tnef = tnefparse.TNEF(data)
        files = tnef.attachments
        html, rtf = tnef.htmlbody, tnef.rtfbody
    except Exception as err:  # a hostile or broken file: say so, go on
        return [], f"a corrupt winmail.dat ({reason(err)})"
    if len(files) > ZIP_MAX_MEMBERS:
        return [], f"a winmail.dat of {len(files)} files (at most {ZIP_MAX_MEMBERS} are read)"
    members: list[Attachment] = []
    total = 0
    for item in files:
        content = bytes(item.data or b"")
        total += len(content)
        if total > ZIP_MAX_TOTAL:
            return members, "a winmail.dat larger than 200 MB"
        name = _member_name(_text(item.long_filename()) or _text(item.name))
        guessed = mimetypes.guess_type(name)[0] or "application/octet-stream"
        members.append(Attachment(filename=name, content_type=guessed, data=content))
    if html:
        text = html.encode("utf-8") if isinstance(html, str) else bytes(html)
        members.append(Attachment("message.html", "text/html", text))
    elif rtf:
        members.append(Attachment("message.rtf", "application/rtf", bytes(rtf)))
    return members, None


def _text(value: object) -> str:
    """A TNEF property as text, whatever type the file gave it."""
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace").rstrip("\x00")
    if isinstance(value, list):
        return _text(value[0]) if value else ""
    return str(value or "")


class _TooLarge(Exception):
    pass


def _read_capped(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int) -> bytes:
    """Inflate a member, stopping as soon as it passes the budget: sizes in a zip can lie."""
    chunks: list[bytes] = []
    size = 0
    with archive.open(info) as member:
        while chunk := member.read(1 << 20):
            size += len(chunk)
            if size > budget or size > ZIP_MAX_RATIO * max(info.compress_size, 1):
                raise _TooLarge
            chunks.append(chunk)
    return b"".join(chunks)


def _member_name(path: str) -> str:
    """Only the last part of a member's path: never a folder taken from a message."""
    name = PureWindowsPath(PurePosixPath(path).name).name
    return name.replace("\x00", "") or "unnamed"
