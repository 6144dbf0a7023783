"""Writing a file whole or not at all.

The bytes go to a new file beside the target, which then takes the target's name:
a reader sees the old file or the new one, never half of one, and an interrupted
write leaves no file under the final name.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

PARTIAL_PREFIX = ".tmp-"  # what an interrupted write can leave behind, to be found and said


def write_atomically(path: Path, data: bytes, private: bool = True) -> None:
    """Write ``data`` to ``path`` through a fresh temporary file. A private file is the
    owner's alone (0600), whatever a file left there before allowed; any other gets the
    mode a new file gets (the umask's). Durability is the caller's (fsync or sync)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # mkstemp makes a new file, 0600: never one an interrupted write or someone else left.
    descriptor, partial = tempfile.mkstemp(prefix=PARTIAL_PREFIX, dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as out:
            out.write(data)
        if not private:
            os.chmod(partial, 0o666 & ~_umask())
        os.replace(partial, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(partial)
        raise


def _umask() -> int:
    mask = os.umask(0o077)
    os.umask(mask)
    return mask
