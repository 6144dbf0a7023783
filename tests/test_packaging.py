"""The repository as its users get it: the wheel carries the example config and the
sample messages, and nothing that only one machine made is tracked."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import zipfile
from pathlib import Path

from click.testing import CliRunner

from conftest import FIXTURES, REPO, need
from wgsubmit.cli import cli
from wgsubmit.shipped import EXAMPLE_CONFIG, SAMPLES, shipped


def test_the_wheel_carries_the_example_config_and_every_sample(tmp_path: Path) -> None:
    need(importlib.util.find_spec("hatchling") is not None, "hatchling is not installed")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--no-index", "-q", "-w", str(tmp_path), str(REPO)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    [wheel] = tmp_path.glob("wgsubmit-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        inside = {name: archive.read(name) for name in archive.namelist()}
    assert inside["wgsubmit/config.example.toml"] == (REPO / "config.example.toml").read_bytes()
    samples = sorted(FIXTURES.glob("*.eml"))
    assert len(samples) >= 12
    for sample in samples:
        assert inside[f"wgsubmit/fixtures/{sample.name}"] == sample.read_bytes(), sample.name
    assert "wgsubmit/shipped.py" in inside
    for language in ("en", "fr", "es"):  # the acknowledgements' wording
        assert f"wgsubmit/templates/acknowledge/{language}.txt.j2" in inside
    assert "wgsubmit/data/acknowledge.toml" in inside
    assert not [n for n in inside if n.endswith((".pyc", ".log", ".pid"))]


def test_the_shipped_files_are_found_from_the_source_tree() -> None:
    assert shipped(EXAMPLE_CONFIG).read_bytes() == (REPO / "config.example.toml").read_bytes()
    names = sorted(p.name for p in shipped(SAMPLES).iterdir())
    assert names == sorted(p.name for p in FIXTURES.iterdir())


def test_init_writes_the_example_config(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["init", str(tmp_path / "call")])
    assert result.exit_code == 0, result.output
    written = (tmp_path / "call" / "config.toml").read_bytes()
    assert written.replace(b"\r\n", b"\n") == (REPO / "config.example.toml").read_bytes()
    assert (tmp_path / "call" / "wgsubmit-data" / "wgsubmit.db").is_file()


def test_no_tracked_file_is_a_pid_log_or_compiled_file() -> None:
    need((REPO / ".git").exists(), "not a git checkout")
    done = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True)
    tracked = [name for name in done.stdout.decode("utf-8").split("\0") if name]
    assert len(tracked) > 50
    stray = [n for n in tracked if n.endswith((".pid", ".log", ".pyc")) or "__pycache__/" in n]
    assert stray == []


def test_the_corpus_is_in_the_repository_as_its_manifest_lists_it() -> None:
    import csv
    import hashlib

    from conftest import CORPUS

    assert CORPUS.is_relative_to(REPO)
    with (CORPUS / "MANIFEST.tsv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    listed = {row["path"]: row for row in rows}
    present = {
        p.relative_to(CORPUS).as_posix()
        for p in CORPUS.rglob("*")
        if p.is_file() and p.name not in ("MANIFEST.tsv", "README.md")
    }
    assert present == set(listed)
    for path, row in listed.items():
        data = (CORPUS / path).read_bytes()
        assert (len(data), hashlib.sha256(data).hexdigest()) == (
            int(row["bytes"]),
            row["sha256"],
        ), path
        assert row["source_repo"] and row["licence"], path
    licences = [p for p in listed if p.startswith("LICENSES/")]
    assert len(licences) >= 10
    assert len(present) - len(licences) > 250


def test_help_loads_no_reader_store_or_rules() -> None:
    """`wgsubmit --help` starts fast: the command line imports what a command uses when the
    command runs, never the readers, the store, the config's records or the rules."""
    heavy = [
        "wgsubmit.config", "wgsubmit.records", "wgsubmit.store", "wgsubmit.pipeline",
        "wgsubmit.detect", "wgsubmit.extract", "rich", "pdfminer", "docx", "numpy",
    ]  # fmt: skip
    code = (
        "import sys; from wgsubmit.cli import cli\n"
        "try:\n    cli(['--help'])\nexcept SystemExit:\n    pass\n"
        f"print([m for m in {heavy!r} if m in sys.modules])"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
