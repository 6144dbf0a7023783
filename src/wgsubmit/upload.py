"""The files to upload beside the page: each published document copied under its clean
name, as `publish.build` made it safe, into a folder that appears whole or not at all."""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from wgsubmit.errors import ValueRefused
from wgsubmit.publish import PublishedFile, PublishList


@contextlib.contextmanager
def files_copied(
    publish_list: PublishList, folder: Path, stored: Callable[[str], Path]
) -> Iterator[list[Path]]:
    """Copy the published documents under their clean names into a new or empty folder,
    which appears only when the block ends without error: never half an upload.

    A folder holding anything is refused, since a file left there from an earlier export
    may since have been made confidential.
    """
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise ValueRefused("files", f"{folder} must be a new or empty folder")
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    try:
        names = []
        for entry in publish_list.entries:
            for f in entry.files:
                target = staging / f.name
                if target.parent != staging:  # never: names are letters, digits and hyphens
                    raise ValueError(f"unsafe file name {f.name!r}")
                with target.open("xb") as out:
                    out.write(_safe_bytes(f, stored))
                names.append(f.name)
        yield [folder / name for name in names]
        if folder.exists():
            folder.rmdir()  # empty, as checked
        staging.replace(folder)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _safe_bytes(published: PublishedFile, stored: Callable[[str], Path]) -> bytes:
    """The bytes to upload, as `build` made them safe when it checked they could be."""
    if published.sha256 is None:
        return (published.text or "").encode("utf-8")
    if not published.checked:  # never: `export` builds the list with its files read
        raise ValueError(f"{published.name} was not made safe")
    if published.safe_data is not None:
        return published.safe_data
    return stored(published.sha256).read_bytes()
