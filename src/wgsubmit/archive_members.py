"""A message's archives opened: each member becomes an attachment of its own, an archive
among them opened in turn down to ARCHIVE_DEPTH levels, within limits on files and bytes
counted over the whole top archive; a member left closed says why."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from wgsubmit.archives import ZIP_MAX_MEMBERS, ZIP_MAX_TOTAL, read_archive
from wgsubmit.formats import sniff_format
from wgsubmit.records import Attachment

# An archive inside an archive is opened this many levels down (a zip in a zip in a zip);
# a deeper one is listed, not opened, and says so.
ARCHIVE_DEPTH = 3


# Set on the content type of an archive member that is itself an archive but was not
# opened, with why: its reading then says so instead of "its files are read one by one".
NOT_OPENED = "x-not-opened"


def expand_archives(attachments: Sequence[Attachment]) -> tuple[Attachment, ...]:
    """The attachments, each archive followed by its members, an archive among those by
    its own members in turn, down to ARCHIVE_DEPTH levels.

    Every member names the top archive as its `parent`, however deep it was found: so an
    archive an officer withholds withholds everything in it. A deeper archive, or one
    past the limits counted over all the archives in the top one, is listed, not opened."""
    result: list[Attachment] = []
    for attachment in attachments:
        result.append(attachment)
        if attachment.parent is None and _is_archive(attachment):
            members, _ = read_archive(attachment.data)
            budget = _Budget(
                ZIP_MAX_MEMBERS - len(members), ZIP_MAX_TOTAL - sum(m.size for m in members)
            )
            result.extend(_opened(members, len(result) - 1, 1, budget))
    return tuple(result)


@dataclass
class _Budget:
    """What is left of the limits on files and bytes for the archives inside a top one."""

    files: int
    size: int


def _opened(
    members: list[Attachment], parent: int, depth: int, budget: _Budget
) -> Iterator[Attachment]:
    """An archive's members (found `depth` levels down), the archives among them opened."""
    for member in members:
        member = replace(member, parent=parent)
        if not _is_archive(member):
            yield member
            continue
        name = member.filename or "unnamed"
        if depth >= ARCHIVE_DEPTH:
            yield _not_opened(member, f"archive nested deeper than {ARCHIVE_DEPTH} levels: {name}")
            continue
        inner, _ = read_archive(member.data)
        size = sum(m.size for m in inner)
        if len(inner) > budget.files or size > budget.size:
            yield _not_opened(
                member,
                f"archive past the limits of {ZIP_MAX_MEMBERS} files and "
                f"{ZIP_MAX_TOTAL // 2**20} MB for all the archives around it: {name}",
            )
            continue
        budget.files -= len(inner)
        budget.size -= size
        yield member
        yield from _opened(inner, parent, depth + 1, budget)


def _is_archive(attachment: Attachment) -> bool:
    return sniff_format(attachment.data, attachment.filename, attachment.content_type) == (
        "archive"
    )


def _not_opened(member: Attachment, why: str) -> Attachment:
    """The member, marked so that its reading says why it was not opened."""
    why = " ".join(why.replace('"', "'").split())
    return replace(member, content_type=f'{member.content_type}; {NOT_OPENED}="{why}"')


def not_opened(content_type: str) -> str | None:
    """Why an archive member was not opened, if `expand_archives` left it closed."""
    marker = f'; {NOT_OPENED}="'
    if marker not in content_type:
        return None
    return content_type.split(marker, 1)[1].rstrip('"')
