"""check and backup: a damaged store is found out, and a copy taken while others write is
whole."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

from conftest import FIXTURES, copy_fixtures

Run = Callable[..., Result]


def items(run: Run, config: Path | None = None) -> list[dict[str, Any]]:
    result = run("list", "--json", "--all", config=config)
    assert result.exit_code == 0, result.output
    return list(json.loads(result.stdout))


def test_check_finds_a_changed_and_a_missing_file(run: Run, samples: Path) -> None:
    whole = run("check")
    assert whole.exit_code == 0, whole.output
    assert "12 messages and" in whole.stdout and "all whole" in whole.stdout
    conn = sqlite3.connect(samples / "wgsubmit.db")
    raw = conn.execute("SELECT sha256 FROM messages WHERE id = 3").fetchone()[0]
    attachment = conn.execute("SELECT sha256 FROM attachments WHERE message = 11").fetchone()[0]
    conn.close()
    changed = samples / "raw" / raw[:2] / f"{raw}.eml"
    changed.write_bytes(changed.read_bytes().replace(b"confidencial", b"CONFIDENCIAL", 1))
    (samples / "files" / attachment[:2] / attachment).unlink()
    result = run("check")
    assert result.exit_code == 1
    assert "message 3: its raw file has changed" in result.stdout
    assert "attachment 1 of message 11: its attachment file is missing" in result.stdout
    assert result.stderr.splitlines()[-1].startswith("Error:") and "2 problems" in result.stderr


def test_check_on_a_damaged_database_is_one_line(run: Run, samples: Path) -> None:
    database = samples / "wgsubmit.db"
    data = bytearray(database.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # a page of the tables overwritten
    database.write_bytes(bytes(data))
    result = run("-q", "check")
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert result.stderr.startswith("Error: the store's database cannot be used")
    assert len(result.stderr.splitlines()) == 1


def test_a_backup_is_a_store_of_its_own(
    run: Run, samples: Path, tmp_path: Path, write_config: Callable[..., Path]
) -> None:
    run("tag", "follow-up", "2")
    target = tmp_path / "copy"
    result = run("backup", str(target))
    assert result.exit_code == 0, result.output
    assert "Backed up 12 messages" in result.stdout
    assert sorted(p.name for p in target.iterdir()) == ["files", "raw", "wgsubmit.db"]
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o700
    copy_config = write_config()
    copy_config.write_text(copy_config.read_text().replace('path = "store"', 'path = "copy"'))
    assert items(run, copy_config) == items(run)
    assert run("check", config=copy_config).exit_code == 0
    # Not into a folder that holds anything, nor into the store itself.
    again = run("backup", str(target))
    assert again.exit_code == 2 and "new or empty folder" in again.stderr
    inside = run("backup", str(samples / "copy"))
    assert inside.exit_code == 2 and "outside the store" in inside.stderr


def test_a_backup_taken_while_an_import_writes_is_consistent(
    run: Run, config_path: Path, tmp_path: Path
) -> None:
    # Many distinct messages, imported by another process while backups are taken.
    source = copy_fixtures(tmp_path / "in", ["06-auto-reply.eml"])
    original = (FIXTURES / "06-auto-reply.eml").read_bytes()
    for i in range(300):
        (source / f"m{i}.eml").write_bytes(
            original.replace(b"Message-ID: <", f"Message-ID: <b{i}.".encode(), 1)
        )
    assert (
        run("import", str(copy_fixtures(tmp_path / "first", ["01-ngo-en-pdf.eml"]))).exit_code == 0
    )
    writer = subprocess.Popen(
        [sys.executable, "-m", "wgsubmit", "--config", str(config_path), "-q", "import",
         str(source)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )  # fmt: skip
    copies = []
    while writer.poll() is None or not copies:
        target = tmp_path / f"copy{len(copies)}"
        result = run("backup", str(target))
        assert result.exit_code == 0, result.output
        copies.append(target)
    assert writer.wait() == 0, writer.stderr.read() if writer.stderr else ""
    counts = set()
    for target in copies:
        conn = sqlite3.connect(target / "wgsubmit.db")
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        counts.add(conn.execute("SELECT count(*) FROM messages").fetchone()[0])
        conn.close()
        copy_config = config_path.with_name(f"{target.name}.toml")
        copy_config.write_text(
            config_path.read_text().replace('path = "store"', f'path = "{target.name}"')
        )
        assert run("check", config=copy_config).exit_code == 0
    assert max(counts) <= 302


def test_a_backup_onto_a_full_disk_says_so_and_is_never_taken_for_a_store(
    run: Run, samples: Path, tmp_path: Path
) -> None:
    target = tmp_path / "usb"
    target.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=200k", "tmpfs", str(target)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip("this machine does not let the tests mount a small file system")
    try:
        result = run("-q", "backup", str(target / "copy"))
        assert result.exit_code == 1
        assert result.stderr == (
            "Error: the backup's disk is full: the copy is incomplete and not usable\n"
        )
        assert not (target / "copy" / "wgsubmit.db").exists()
    finally:
        subprocess.run(["umount", "-l", str(target)], check=False)


def test_stats_html_into_a_missing_folder_is_a_usage_error(run: Run, samples: Path) -> None:
    result = run("stats", "--html", "/no/such/folder/report.html")
    assert result.exit_code == 2 and result.stdout == ""
