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


def test_the_readmes_survival_table_names_tests_that_exist() -> None:
    import re

    readme = (REPO / "README.md").read_text("utf-8")
    table = readme.split("## What it survives", 1)[1].split("\n## ", 1)[0]
    cited = 0
    for row in (line for line in table.splitlines() if line.startswith("| ") and "`" in line):
        current = None
        for module, name in re.findall(r"`(test_\w+\.py)?(?:::(\w+))?`", row):
            current = module or current
            assert current is not None, row
            source = (REPO / "tests" / current).read_text("utf-8")
            if name:
                assert f"def {name}(" in source, f"{current}::{name} is not a test"
                cited += 1
    assert cited >= 15
