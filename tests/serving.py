"""`wgsubmit serve` started as an officer starts it: a real process on a free port."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def serving(config_path: Path, *args: str) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """`wgsubmit serve ARGS` as a process; its first line, once printed (or its exit)."""
    env = {**os.environ, "WGSUBMIT_CONFIG": str(config_path)}
    process = subprocess.Popen(
        [sys.executable, "-m", "wgsubmit", "serve", "--no-browser", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        yield process.stdout.readline().strip(), process
    finally:
        process.terminate()
        process.wait(timeout=30)
