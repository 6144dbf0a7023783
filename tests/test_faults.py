"""Faults: a run killed at any moment, a full disk, a secret kept out of every output. After
each, the store is whole and every message is in it exactly once."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

from conftest import FIXTURES, IN_CI, copy_fixtures, write_mail

Run = Callable[..., Result]
RECEIVED = dt.datetime(2020, 3, 16, 10, 0, tzinfo=dt.UTC)
# wgsubmit in a process of its own, downloading one message per batch so that a kill
# falls between batches as often as inside one.
SCRIPT = (
    "import sys, wgsubmit.imap as m; m.BATCH_BYTES = 1; "
    "from wgsubmit.cli import main; sys.argv[0] = 'wgsubmit'; main()"
)


def variant(name: str, seq: int) -> bytes:
    data = (FIXTURES / name).read_bytes()
    return data.replace(b"Message-ID: <", f"Message-ID: <k{seq}.".encode(), 1)


def start(config: Path, *args: str) -> subprocess.Popen[bytes]:
    """wgsubmit in its own process group, so that a kill takes its readers with it."""
    return subprocess.Popen(
        [sys.executable, "-c", SCRIPT, "--config", str(config), "-q", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def progress(config: Path) -> tuple[int, int] | None:
    """What the store holds: messages stored, messages read (None before it exists)."""
    database = config.parent / "store" / "wgsubmit.db"
    if not database.exists():
        return None
    try:
        with contextlib.closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as conn:
            stored, read = conn.execute(
                "SELECT count(*), count(processed_at) FROM messages"
            ).fetchone()
            return int(stored), int(read)
    except sqlite3.Error:  # being created, or locked for a moment
        return None


def killed_again_and_again(
    config: Path, command: str, seed: int, most: int, after_each: Callable[[], None]
) -> int:
    """Start the command and kill it (SIGKILL, with its readers) once it has moved the store
    on (a message stored or read) between one and `most` times, several times over; the
    number of kills that landed before it finished. Waiting on the store, not on the clock,
    the kills land mid-way however fast or busy the machine is."""
    chance = random.Random(seed)
    kills = 0
    for _ in range(12):
        seen = progress(config)
        process = start(config, command)
        started = time.monotonic()
        moves = chance.randint(1, most)
        while process.poll() is None and moves:
            assert time.monotonic() - started < 300, f"{command} made no progress in 300 s"
            now = progress(config)
            if now is not None and now != seen:
                seen, moves = now, moves - 1
            else:
                time.sleep(0.005)
        if process.poll() is not None:
            continue
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        kills += 1
        after_each()
    return kills


def assert_whole(run: Run, config: Path) -> sqlite3.Connection:
    """SQLite's integrity check passes, each message is stored once, `check` finds every
    file the database names, whole."""
    conn = sqlite3.connect(config.parent / "store" / "wgsubmit.db")
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute("SELECT count(*) = count(DISTINCT sha256) FROM messages").fetchone() == (1,)
    assert conn.execute(
        "SELECT count(*) = count(DISTINCT mailbox || uidvalidity || uid) FROM sources"
    ).fetchone() == (1,)
    checked = run("-q", "check", config=config)
    assert checked.exit_code == 0, checked.output
    return conn


@pytest.fixture
def fetch_config(imap: Any, write_config: Callable[..., Path]) -> Path:
    return write_config(port=imap.imaps_port, ca_file=str(imap.ca_file))


def test_fetch_killed_at_many_points_loses_and_repeats_nothing(
    imap: Any, fetch_config: Path, run: Run
) -> None:
    names = ["01-ngo-en-pdf.eml", "02-state-fr-note-verbale.eml", "06-auto-reply.eml"]
    total = 90
    imap.append([(variant(names[i % 3], i), RECEIVED) for i in range(total)])
    database = fetch_config.parent / "store" / "wgsubmit.db"

    def whole_if_started() -> None:
        if database.exists():
            assert_whole(run, fetch_config)

    kills = killed_again_and_again(fetch_config, "fetch", 20260323, 3, whole_if_started)
    assert kills >= 5, "the fetch finished before it could be killed often enough"
    result = run("fetch", config=fetch_config)
    assert result.exit_code == 0, result.output
    conn = assert_whole(run, fetch_config)
    assert conn.execute("SELECT count(*) FROM messages").fetchone() == (total,)
    assert conn.execute("SELECT count(*) FROM messages WHERE processed_at IS NULL").fetchone() == (
        0,
    )


def test_reprocess_killed_at_many_points_keeps_every_record_and_id(
    run: Run, config_path: Path, tmp_path: Path
) -> None:
    folder = copy_fixtures(tmp_path / "in")
    for i in range(30):
        (folder / f"extra-{i}.eml").write_bytes(variant("02-state-fr-note-verbale.eml", i))
    assert run("-q", "import", str(folder)).exit_code == 0
    run("triage", "2", "--name", "République française")
    before = json.loads(run("list", "--json", "--all").stdout)

    def same_records() -> None:
        assert_whole(run, config_path)
        assert len(json.loads(run("list", "--json", "--all").stdout)) == len(before)

    kills = killed_again_and_again(config_path, "reprocess", 7, 2, same_records)
    assert kills >= 5
    assert run("-q", "reprocess").exit_code == 0
    assert_whole(run, config_path)
    assert json.loads(run("list", "--json", "--all").stdout) == before


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 12 MB file system of its own, where the machine lets the tests mount one."""
    where = tmp_path / "disk"
    where.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=12m", "tmpfs", str(where)], capture_output=True
    )
    if mounted.returncode != 0:
        reason = "this machine does not let the tests mount a small file system"
        if IN_CI and os.geteuid() == 0:
            pytest.fail(f"{reason}: {mounted.stderr.decode()}")
        pytest.skip(f"{reason}; test_the_disk_filling_up_at_the_write_layer covers it")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def _big_messages(folder: Path, count: int) -> None:
    """Messages of some 200 KB each: a few fill the small disk."""
    for i in range(count):
        annex = random.Random(i).randbytes(150_000)
        write_mail(folder, f"Sender {i} <s{i}@org{i}.example.org>", f"Submission {i}",
                   "Our submission is attached.", received=None,
                   date="Mon, 16 Mar 2020 10:00:00 +0000", message_id=f"<full-{i}@example.org>",
                   files=((f"annex-{i}.bin", "application/octet-stream", annex),))  # fmt: skip


def test_a_full_disk_is_a_clear_error_and_the_store_stays_whole(
    run: Run, write_config: Callable[..., Path], small_disk: Path, tmp_path: Path
) -> None:
    config = write_config()
    config.write_text(config.read_text().replace('path = "store"', f'path = "{small_disk}"'))
    _big_messages(tmp_path / "in", 80)
    result = run("-q", "import", str(tmp_path / "in"), config=config)
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith("Error: the disk is full") and result.stderr.count("\n") == 1
    conn = sqlite3.connect(small_disk / "wgsubmit.db")
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    stored = conn.execute("SELECT count(*) FROM messages").fetchone()[0]
    conn.close()
    assert 0 < stored < 80
    assert not list(small_disk.rglob(".tmp-*"))  # no half-written file left
    assert run("-q", "check", config=config).exit_code == 0
    # Room is made; the next run completes, each message once.
    subprocess.run(["mount", "-o", "remount,size=64m", str(small_disk)], check=True)
    again = run("-q", "import", str(tmp_path / "in"), config=config)
    assert again.exit_code == 0, again.output
    conn = sqlite3.connect(small_disk / "wgsubmit.db")
    assert conn.execute("SELECT count(*), count(processed_at) FROM messages").fetchone() == (80, 80)
    conn.close()
    assert run("-q", "check", config=config).exit_code == 0


def test_the_disk_filling_up_at_the_write_layer(
    run: Run, config_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import wgsubmit.atomic as atomic_module

    _big_messages(tmp_path / "in", 20)
    budget = [12]
    real_fdopen = os.fdopen

    class FullDisk:
        """os for the one module that writes files, with a disk that fills after a few."""

        def __getattr__(self, name: str) -> Any:
            return getattr(os, name)

        @staticmethod
        def fdopen(fd: int, *args: Any, **kwargs: Any) -> Any:
            budget[0] -= 1
            if budget[0] < 0:
                os.close(fd)
                raise OSError(errno.ENOSPC, "No space left on device")
            return real_fdopen(fd, *args, **kwargs)

    monkeypatch.setattr(atomic_module, "os", FullDisk())
    result = run("-q", "import", str(tmp_path / "in"))
    assert result.exit_code == 1
    assert result.stderr == "Error: the disk is full: free some space and run the command again\n"
    monkeypatch.setattr(atomic_module, "os", os)
    assert not list((tmp_path / "store").rglob(".tmp-*"))  # no half-written file left
    assert_whole(run, config_path)
    assert run("-q", "import", str(tmp_path / "in")).exit_code == 0
    conn = assert_whole(run, config_path)
    assert conn.execute("SELECT count(*), count(processed_at) FROM messages").fetchone() == (20, 20)


def test_a_write_interrupted_before_its_rename_leaves_the_old_file_and_no_other(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN a file written before (an export, a token cache)
    WHEN writing it again is interrupted (Ctrl-C) once the new bytes are written
    THEN the old file is whole under its name and no partial file is left."""
    import wgsubmit.atomic as atomic_module

    target = tmp_path / "list.json"
    target.write_bytes(b"old")

    def interrupted(*args: Any) -> None:
        raise KeyboardInterrupt

    with monkeypatch.context() as patch, pytest.raises(KeyboardInterrupt):
        patch.setattr(atomic_module.os, "replace", interrupted)
        atomic_module.write_atomically(target, b"new" * 1000)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["list.json"]
    atomic_module.write_atomically(target, b"new")
    assert target.read_bytes() == b"new"


def test_a_file_written_whole_is_private_unless_it_is_for_publishing(tmp_path: Path) -> None:
    from wgsubmit.atomic import write_atomically

    mask = os.umask(0o022)
    try:
        for name, private in (("tokens.json", True), ("list.json", False)):
            target = tmp_path / name
            target.write_bytes(b"left before")
            target.chmod(0o644 if private else 0o600)  # the old file's mode is not kept
            write_atomically(target, b"{}", private=private)
            assert target.stat().st_mode & 0o777 == (0o600 if private else 0o644), name
    finally:
        os.umask(mask)


def test_the_password_is_in_no_output_and_no_process_list(
    imap: Any, fetch_config: Path, tmp_path: Path
) -> None:
    from imapserver import PASSWORD

    imap.append([(variant("01-ngo-en-pdf.eml", i), RECEIVED) for i in range(20)])
    out_file, err_file = tmp_path / "out", tmp_path / "err"
    with out_file.open("wb") as out_handle, err_file.open("wb") as err_handle:
        process = subprocess.Popen(
            [sys.executable, "-m", "wgsubmit", "--config", str(fetch_config), "--verbose",
             "fetch"],
            stdout=out_handle,
            stderr=err_handle,
            env={**os.environ, "WGSUBMIT_TEST_PASSWORD": PASSWORD},
        )  # fmt: skip
    seen = 0
    while process.poll() is None:
        for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
            try:
                arguments = cmdline.read_bytes()
            except OSError:
                continue
            seen += 1
            assert PASSWORD.encode() not in arguments
        time.sleep(0.05)
    out, err = out_file.read_bytes(), err_file.read_bytes()
    assert process.returncode == 0, err.decode()
    assert seen > 0
    assert b"DEBUG" in err and b"LOGIN" in err  # --verbose was on: the login was logged
    assert PASSWORD.encode() not in out + err


def test_the_server_restarted_mid_fetch_is_survived(
    imap: Any, fetch_config: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wgsubmit import imap as imap_module
    from wgsubmit.store import Store

    total = 8
    imap.append([(variant("06-auto-reply.eml", i), RECEIVED) for i in range(total)])
    monkeypatch.setattr(imap_module, "BATCH_BYTES", 1)
    monkeypatch.setattr(imap_module, "RETRY_WAITS", (0.5, 1.0, 2.0))
    original = Store.save_raw
    batches = []

    def save_then_restart_server(self: Store, *args: Any, **kwargs: Any) -> list[int]:
        ids = original(self, *args, **kwargs)
        batches.append(ids)
        if len(batches) == 3:
            imap.stop()
            imap.start()
        return ids

    monkeypatch.setattr(Store, "save_raw", save_then_restart_server)
    result = run("fetch", config=fetch_config)
    # The connection drops with the restart; the run reconnects and goes on, or says so in
    # one line. Either way, the next run leaves every message stored once.
    assert result.exit_code in (0, 1), result.output
    if result.exit_code == 1:
        assert result.output.startswith("Error: ") and result.output.count("\n") == 1
    else:  # what the first connection stored is counted too
        assert f"fetch: {total} new messages stored" in result.stderr
    monkeypatch.setattr(Store, "save_raw", original)
    assert run("fetch", config=fetch_config).exit_code == 0
    conn = assert_whole(run, fetch_config)
    assert conn.execute("SELECT count(*), count(processed_at) FROM messages").fetchone() == (
        total,
        total,
    )
