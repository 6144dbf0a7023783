"""Triage in a real terminal (tmux, 80 columns): the screen reads whole, and keys work."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import Result

from conftest import need

Run = Callable[..., Result]
WIDTH = 80


@pytest.fixture
def tmux(tmp_path: Path) -> Iterator[Callable[..., str]]:
    need(shutil.which("tmux") is not None, "tmux is not installed (Debian: tmux)")
    socket = tmp_path / "tmux.sock"

    def call(*args: str) -> str:
        done = subprocess.run(
            ["tmux", "-S", str(socket), *args], capture_output=True, text=True, check=False
        )
        return done.stdout

    yield call
    call("kill-server")


def wait_for(tmux: Callable[..., str], text: str, times: int = 1, timeout: float = 30.0) -> str:
    """The screen once `text` shows `times` times, and a moment more: a terminal put into
    raw mode to read a key drops what was typed before it."""
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = tmux("capture-pane", "-p", "-t", "triage")
        if screen.count(text) >= times:
            time.sleep(0.5)
            return screen
        time.sleep(0.2)
    raise AssertionError(f"{text!r} never appeared; screen:\n{screen}")


def test_triage_screen_at_80_columns(
    run: Run, config_path: Path, samples: Path, tmux: Callable[..., str]
) -> None:
    command = f"{sys.executable} -m wgsubmit --config {config_path} triage; sleep 30"
    tmux("new-session", "-d", "-s", "triage", "-x", str(WIDTH), "-y", "40", command)
    screen = wait_for(tmux, "[Enter] accept")
    lines = screen.splitlines()
    assert all(len(line) <= WIDTH for line in lines)
    for label in ("From", "Subject", "Received", "Type", "Name", "Country", "Publication"):
        assert any(line.startswith(label) for line in lines), label
    # The key help is whole, not cut at the edge of the screen.
    help_text = " ".join(line.strip() for line in lines if "[" in line and "]" in line)
    for key in ("[Enter] accept", "[t] type", "[c] country", "[s] skip", "[q] quit"):
        assert key in help_text
    tmux("send-keys", "-t", "triage", "Enter")
    wait_for(tmux, "[q] quit", times=2)
    tmux("send-keys", "-t", "triage", "q")
    wait_for(tmux, "1 decided")
    listed = json.loads(run("list", "--json").stdout)
    assert sum(i["submitter"]["decided_by"] == "human" for i in listed) == 1
