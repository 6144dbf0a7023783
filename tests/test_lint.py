"""ruff and mypy are part of the test run: a lint or type error fails the suite."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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


def _imports(path: Path, module: str) -> set[str]:
    """Every wgsubmit module this one imports, at the top or inside a function."""
    import ast

    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("wgsubmit"))
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            if base.startswith("wgsubmit"):
                found.update(f"{base}.{a.name}" for a in node.names)
                found.add(base)
    return found


def test_no_import_cycle_counting_imports_inside_functions() -> None:
    """A module imported lazily still depends on its importer: no cycle either way."""
    modules: dict[str, Path] = {}
    for path in (REPO / "src" / "wgsubmit").rglob("*.py"):
        name = ".".join(path.relative_to(REPO / "src").with_suffix("").parts)
        modules[name.removesuffix(".__init__")] = path
    graph = {m: {t for t in _imports(p, m) if t in modules and t != m} for m, p in modules.items()}
    # A package's __init__ importing its own submodules is not a dependency back.
    for m in graph:
        graph[m] = {t for t in graph[m] if not (m.startswith(t + ".") and t in modules)}

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        for nxt in graph[start]:
            if nxt == goal or (nxt not in seen and not seen.add(nxt) and reaches(nxt, goal, seen)):
                return True
        return False

    cycles = sorted(m for m in graph if reaches(m, m, set()))
    assert not cycles, f"import cycles through {cycles}"


def test_every_module_and_function_is_short_enough_to_hold_in_mind() -> None:
    """No module over 500 lines (the command line's wiring aside), no function over 60."""
    import ast

    long: list[str] = []
    for path in sorted((REPO / "src" / "wgsubmit").rglob("*.py")):
        text = path.read_text("utf-8")
        name = path.relative_to(REPO / "src").as_posix()
        lines = len(text.splitlines())
        if lines > 500 and name != "wgsubmit/cli.py":
            long.append(f"{name}: {lines} lines")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > 60:
                    long.append(f"{name}:{node.lineno} {node.name}: {length} lines")
    assert not long, "too long:\n" + "\n".join(long)
