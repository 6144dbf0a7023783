"""ruff and mypy are part of the test run: a lint or type error fails the suite."""

from __future__ import annotations

import subprocess
import sys

from conftest import REPO


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=REPO, capture_output=True, text=True, check=False
    )


def test_ruff_is_clean() -> None:
    done = _run("ruff", "check", "src", "tests", "bench", "scripts")
    assert done.returncode == 0, done.stdout + done.stderr
    formatted = _run("ruff", "format", "--check", "src", "tests", "bench", "scripts")
    assert formatted.returncode == 0, formatted.stdout + formatted.stderr


def test_mypy_is_clean() -> None:
    done = _run("mypy")
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_command_has_help() -> None:
    from wgsubmit.cli import cli

    for name, command in cli.commands.items():
        assert command.help and len(command.help) > 20, f"{name} has no help text"
        assert "Example:" in command.help, f"{name} has no example"
