"""`wgsubmit fetch` against a real dovecot: read-only, incremental, resumable."""

from __future__ import annotations

import datetime as dt
import json
import logging
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

from conftest import FIXTURES
from wgsubmit import imap as imap_module
from wgsubmit.store import Store

Run = Callable[..., Result]
GENEVA_EDGE = dt.datetime(2020, 3, 17, 22, 30, tzinfo=dt.UTC)


def sample(name: str, seq: int | None = None) -> bytes:
    data = (FIXTURES / name).read_bytes()
    if seq is not None:  # distinct bytes and Message-ID for each copy
        data = data.replace(b"Message-ID: <", f"Message-ID: <n{seq}.".encode(), 1)
    return data


@pytest.fixture
def fetch_config(imap: Any, write_config: Callable[..., Path]) -> Path:
    return write_config(port=imap.imaps_port, ca_file=str(imap.ca_file))


def listed(run: Run, config: Path) -> list[dict[str, Any]]:
    result = run("list", "--json", "--all", config=config)
    assert result.exit_code == 0, result.output
    return list(json.loads(result.stdout))


def db(config: Path) -> sqlite3.Connection:
    return sqlite3.connect(config.parent / "store" / "wgsubmit.db")


def test_first_fetch_stores_reads_and_leaves_the_server_untouched(
    imap: Any, fetch_config: Path, run: Run
) -> None:
    imap.append(
        [
            (sample("01-ngo-en-pdf.eml"), GENEVA_EDGE),
            (sample("04-individual-en-late.eml"), dt.datetime(2020, 3, 17, 23, 5, tzinfo=dt.UTC)),
            (sample("05-forwarded-es.eml"), dt.datetime(2020, 3, 12, 11, 31, tzinfo=dt.UTC)),
        ]
    )
    result = run("fetch", config=fetch_config)
    assert result.exit_code == 0, result.output
    assert "3 new messages stored" in result.stderr
    items = listed(run, fetch_config)
    assert [i["subject"][:12] for i in items] == ["Submission: ", "My input to ", "Contribución"]
    # INTERNALDATE is the received time, not the Received: or Date: headers.
    assert items[0]["received_at"] == "2020-03-17T22:30:00+00:00"
    assert items[0]["on_time"] is True
    assert items[1]["on_time"] is False
    assert items[2]["from"]["address"] == "contacto@redmigrantes.example.org"
    assert items[0]["attachments"][0]["filename"] == "BorderWatch_Submission.pdf"
    client = imap.client()
    try:
        client.select_folder("INBOX", readonly=True)
        flags = client.get_flags(client.search(["ALL"]))
    finally:
        client.logout()
    assert len(flags) == 3
    assert all(b"\\Seen" not in f for f in flags.values())


def test_incremental_fetch_takes_only_new_uids(imap: Any, fetch_config: Path, run: Run) -> None:
    imap.append([(sample("01-ngo-en-pdf.eml"), GENEVA_EDGE)])
    assert run("fetch", config=fetch_config).exit_code == 0
    imap.append(
        [
            (sample("02-state-fr-note-verbale.eml"), GENEVA_EDGE),
            (sample("03-academic-es-confidential.eml"), GENEVA_EDGE),
        ]
    )
    second = run("fetch", config=fetch_config)
    assert "2 new messages stored" in second.stderr
    assert "already in the store" not in second.stderr
    third = run("fetch", config=fetch_config)
    assert third.exit_code == 0 and "0 new messages stored" in third.stderr
    assert len(listed(run, fetch_config)) == 3
    (uidvalidity, last_uid) = (
        db(fetch_config)
        .execute("SELECT uidvalidity, last_uid FROM mailboxes WHERE name = 'INBOX'")
        .fetchone()
    )
    assert last_uid >= 3 and uidvalidity > 0


def test_a_uidvalidity_change_relists_and_stores_only_new_bytes(
    imap: Any, write_config: Callable[..., Path], run: Run
) -> None:
    config = write_config(port=imap.imaps_port, ca_file=str(imap.ca_file), mailbox="Calls")
    first = [(sample("01-ngo-en-pdf.eml"), GENEVA_EDGE), (sample("06-auto-reply.eml"), GENEVA_EDGE)]
    imap.append(first, folder="Calls")
    assert run("fetch", config=config).exit_code == 0
    before = db(config).execute("SELECT uidvalidity FROM mailboxes").fetchone()[0]
    client = imap.client()
    client.delete_folder("Calls")
    client.logout()
    time.sleep(1.1)  # dovecot's UIDVALIDITY is a timestamp
    imap.append([*first, (sample("09-company-en-html.eml"), GENEVA_EDGE)], folder="Calls")
    result = run("fetch", config=config)
    assert result.exit_code == 0, result.output
    assert "1 new message stored, 2 already in the store" in result.stderr
    after = db(config).execute("SELECT uidvalidity FROM mailboxes").fetchone()[0]
    assert after != before
    assert len(listed(run, config)) == 3


def test_the_server_gone_midway_is_one_clean_error_and_the_next_run_completes(
    imap: Any, fetch_config: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    total = 6
    imap.append([(sample("06-auto-reply.eml", seq=i), GENEVA_EDGE) for i in range(total)])
    monkeypatch.setattr(imap_module, "BATCH_BYTES", 1)
    monkeypatch.setattr(imap_module, "RETRY_WAITS", (0.05, 0.05))
    original = Store.save_raw
    calls = []

    def save_then_stop_server(self: Store, *args: Any, **kwargs: Any) -> list[int]:
        calls.append(1)
        ids = original(self, *args, **kwargs)
        if len(calls) == 2:
            imap.stop()
        return ids

    monkeypatch.setattr(Store, "save_raw", save_then_stop_server)
    result = run("fetch", config=fetch_config)
    assert result.exit_code == 1, (result.output, calls, imap.log()[-2000:])
    assert result.output.startswith("Error: ") and result.output.count("\n") == 1
    assert "gave up after 3 attempts" in result.output
    monkeypatch.setattr(Store, "save_raw", original)
    imap.start()
    again = run("fetch", config=fetch_config)
    assert again.exit_code == 0, again.output
    conn = db(fetch_config)
    assert conn.execute("SELECT count(*) FROM messages").fetchone()[0] == total
    assert conn.execute("SELECT count(*) FROM messages WHERE processed_at IS NULL").fetchone() == (
        0,
    )


def test_a_wrong_password_is_refused_without_showing_it(
    imap: Any, fetch_config: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WGSUBMIT_TEST_PASSWORD", "not-the-password-42")
    result = run("-v", "fetch", config=fetch_config)
    assert result.exit_code == 1
    assert "refused the login of officer@example.org" in result.output
    assert "not-the-password-42" not in result.output


def test_a_missing_password_variable_is_a_config_error(
    imap: Any, fetch_config: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("WGSUBMIT_TEST_PASSWORD")
    result = run("fetch", config=fetch_config)
    assert result.exit_code == 2
    assert "WGSUBMIT_TEST_PASSWORD is not set" in result.output


def test_an_untrusted_certificate_is_explained_not_bypassed(
    imap: Any, write_config: Callable[..., Path], run: Run
) -> None:
    config = write_config(port=imap.imaps_port)
    result = run("fetch", config=config)
    assert result.exit_code == 1
    assert "not trusted" in result.output and "imap.ca_file" in result.output
    assert not (config.parent / "store" / "raw").exists()


def test_starttls_works(imap: Any, write_config: Callable[..., Path], run: Run) -> None:
    imap.append([(sample("01-ngo-en-pdf.eml"), GENEVA_EDGE)])
    config = write_config(port=imap.imap_port, security="starttls", ca_file=str(imap.ca_file))
    result = run("fetch", config=config)
    assert result.exit_code == 0, result.output
    assert len(listed(run, config)) == 1


def test_an_unreachable_server_is_exit_1_after_retries(
    write_config: Callable[..., Path], run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    from imapserver import free_port

    monkeypatch.setenv("WGSUBMIT_TEST_PASSWORD", "x")
    monkeypatch.setattr(imap_module, "RETRY_WAITS", (0.01, 0.01))
    config = write_config(port=free_port())
    result = run("fetch", config=config)
    assert result.exit_code == 1
    assert result.output.startswith("Error: cannot connect to 127.0.0.1:")


def test_doctor_shows_the_mailbox(imap: Any, fetch_config: Path, run: Run) -> None:
    imap.append([(sample("01-ngo-en-pdf.eml"), GENEVA_EDGE)])
    imap.append([(sample("06-auto-reply.eml"), GENEVA_EDGE)], folder="Submissions 2020")
    assert run("fetch", "--download-only", config=fetch_config).exit_code == 0
    result = run("doctor", config=fetch_config)
    assert result.exit_code == 0, result.output
    assert "INBOX: 1 messages, UIDVALIDITY" in result.stdout
    assert "IMAP4REV1" in result.stdout.upper()
    assert "folders: " in result.stdout and "Submissions 2020" in result.stdout


def test_doctor_without_the_optional_helpers_says_so_and_succeeds(
    imap: Any, fetch_config: Path, run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN a working mailbox and store, on a machine without antiword or LibreOffice
    WHEN the officer runs doctor
    THEN it says which optional helpers are missing and exits 0; a store that cannot be
    opened still fails it."""
    assert run("fetch", config=fetch_config).exit_code == 0
    bare = tmp_path / "bin"
    bare.mkdir()
    monkeypatch.setenv("PATH", str(bare))  # none of the helpers on it
    result = run("doctor", config=fetch_config)
    assert result.exit_code == 0, result.output
    assert "antiword: not installed (optional" in result.stdout
    assert "optional helpers not installed: pdftotext, antiword, soffice" in " ".join(
        result.stdout.split()
    )
    (tmp_path / "store" / "wgsubmit.db").write_bytes(b"not a database")
    broken = run("doctor", config=fetch_config)
    assert broken.exit_code == 1
    assert "Not working: store" in broken.stdout


def test_watch_reads_a_message_appended_while_it_waits_and_stops_on_ctrl_c(
    imap: Any, fetch_config: Path, run: Run, tmp_path: Path
) -> None:
    imap.append([(sample("01-ngo-en-pdf.eml"), GENEVA_EDGE)])
    err_file = tmp_path / "watch.err"
    with err_file.open("wb") as err:
        process = subprocess.Popen(
            [sys.executable, "-m", "wgsubmit", "--config", str(fetch_config), "fetch", "--watch"],
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
    try:

        def stored(count: int, within: float) -> float:
            started = time.monotonic()
            while time.monotonic() - started < within:
                now = run("list", "--json", "--all", config=fetch_config)  # none while created
                if now.exit_code == 0 and len(json.loads(now.stdout)) == count:
                    return time.monotonic() - started
                time.sleep(0.2)
            raise AssertionError(f"not {count} messages after {within} s: {err_file.read_text()}")

        def said(line: str, times: int, within: float) -> None:
            started = time.monotonic()
            while err_file.read_text().count(line) < times:
                assert time.monotonic() - started < within, err_file.read_text()
                time.sleep(0.2)

        stored(1, 60)
        said(" 1 new, 1 read.", 1, 120)  # the round is over: it no longer holds the store
        # While it waits the store is free: an officer can work in another terminal.
        assert run("tag", "seen", "1", config=fetch_config).exit_code == 0
        imap.append([(sample("06-auto-reply.eml"), GENEVA_EDGE)])
        stored(2, 120)  # read as it arrives, with no restart
        said(" 1 new, 1 read.", 2, 120)  # and that round is over too: it waits again
        process.send_signal(signal.SIGINT)
        assert process.wait(120) in (0, 130)
    finally:
        if process.poll() is None:
            process.kill()
    said = err_file.read_text()
    assert "Traceback" not in said and "Watching INBOX" in said and "Stopped." in said


def test_an_officer_tags_while_a_watch_catches_up(
    imap: Any, fetch_config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN `fetch --watch` catching up on a mailbox, a batch at a time
    WHEN an officer runs `wgsubmit tag` in another terminal while it downloads a batch
    THEN the tag is saved at once (the lock is taken for each batch, not for the whole
    catch-up), and the watch then stores and reads every message, each once."""
    from imapclient import IMAPClient

    from wgsubmit.config import load_config
    from wgsubmit.pipeline import run_watch

    total = 5
    imap.append([(sample("06-auto-reply.eml", seq=i), GENEVA_EDGE) for i in range(total)])
    monkeypatch.setattr(imap_module, "BATCH_BYTES", 1)  # one message a batch
    real_fetch = IMAPClient.fetch
    tagged: list[subprocess.CompletedProcess[str]] = []

    def officer_tags_during_the_third_batch(
        self: IMAPClient, messages: Any, data: Any, *args: Any, **kwargs: Any
    ) -> Any:
        stored = db(fetch_config).execute("SELECT count(*) FROM messages").fetchone()[0]
        if "BODY.PEEK[]" in data and stored == 2 and not tagged:
            officer = [sys.executable, "-m", "wgsubmit", "--config", str(fetch_config)]
            tagged.append(
                subprocess.run(
                    [*officer, "tag", "seen", "1", "2"], capture_output=True, text=True, check=False
                )
            )
        return real_fetch(self, messages, data, *args, **kwargs)

    monkeypatch.setattr(IMAPClient, "fetch", officer_tags_during_the_third_batch)

    def report(result: Any) -> None:
        raise KeyboardInterrupt  # as Ctrl-C, once the first round is over

    with pytest.raises(KeyboardInterrupt):
        run_watch(load_config(str(fetch_config)), lambda *a: None, report)
    assert len(tagged) == 1, "the officer never had a turn mid-download"
    assert tagged[0].returncode == 0, tagged[0].stderr
    conn = db(fetch_config)
    assert conn.execute("SELECT count(*), count(processed_at) FROM messages").fetchone() == (
        total,
        total,
    )
    assert conn.execute("SELECT message FROM tags WHERE tag = 'seen'").fetchall() == [(1,), (2,)]


@pytest.mark.parametrize(
    ("asked", "outcome"),
    [("1500 milliseconds", 0), ("900000 milliseconds", 1)],
)
def test_a_throttling_server_is_waited_out_as_it_asks(
    imap: Any, fetch_config: Path, run: Run, monkeypatch: pytest.MonkeyPatch, asked: str,
    outcome: int,
) -> None:  # fmt: skip
    from imapclient import IMAPClient

    imap.append([(sample("06-auto-reply.eml"), GENEVA_EDGE)])
    real_fetch = IMAPClient.fetch
    calls: list[float] = []

    def throttled_once(self: IMAPClient, *args: Any, **kwargs: Any) -> Any:
        calls.append(time.monotonic())
        if len(calls) == 1:  # what Microsoft 365 answers a mailbox that is too busy
            raise IMAPClient.Error(f"Request is throttled. Suggested Backoff Time: {asked}")
        return real_fetch(self, *args, **kwargs)

    monkeypatch.setattr(IMAPClient, "fetch", throttled_once)
    result = run("fetch", config=fetch_config)
    assert result.exit_code == outcome, result.output
    if outcome == 0:
        assert calls[1] - calls[0] >= 1.5  # it waited as long as it was asked
        assert len(listed(run, fetch_config)) == 1
    else:  # a quarter of an hour is not waited out in silence
        assert result.stderr.startswith("Error: ") and "throttled" in result.stderr
        assert result.stderr.count("\n") == 1


def test_a_throttling_answer_gives_the_seconds_asked() -> None:
    from imapclient import IMAPClient

    error = IMAPClient.Error(
        "b'[THROTTLED] Request is throttled. Suggested Backoff Time: 92415 milliseconds'"
    )
    assert imap_module.suggested_backoff(error) == 92.415
    assert imap_module.suggested_backoff(IMAPClient.Error("NO [SERVERBUG] oops")) is None


class Heard(logging.Handler):
    """What wgsubmit.imap logs, line by line: events a test waits on."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []
        self.changed = threading.Condition()

    def emit(self, record: logging.LogRecord) -> None:
        with self.changed:
            self.lines.append(record.getMessage())
            self.changed.notify_all()

    def count(self, start: str) -> int:
        with self.changed:
            return sum(line.startswith(start) for line in self.lines)

    def wait(self, *starts: str, count: int = 1) -> None:
        """Until a line starting with one of ``starts`` has been logged ``count`` times
        (the timeout is a safety net: reaching it is a failure)."""
        with self.changed:
            if not self.changed.wait_for(
                lambda: sum(line.startswith(starts) for line in self.lines) >= count,
                timeout=SAFETY_NET,
            ):
                raise AssertionError(f"never logged {starts}: {self.lines}")


SAFETY_NET = 180.0  # seconds: only for a test that would otherwise hang


@pytest.fixture
def heard() -> Iterator[Heard]:
    logger = logging.getLogger("wgsubmit.imap")
    handler, level = Heard(), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    yield handler
    logger.removeHandler(handler)
    logger.setLevel(level)


def in_background(work: Callable[[], None]) -> Callable[[], None]:
    """Start work in a thread; the function returned waits until the work has returned
    (raising what it raised)."""
    raised: list[BaseException] = []

    def running() -> None:
        try:
            work()
        except BaseException as err:
            raised.append(err)

    thread = threading.Thread(target=running, daemon=True)
    thread.start()

    def returned() -> None:
        thread.join(SAFETY_NET)
        assert not thread.is_alive(), f"still waiting after {SAFETY_NET:g} s"
        if raised:
            raise raised[0]

    return returned


AN_HOUR = 3600.0  # a renewal that never comes within a test: returning means news


def test_a_message_that_came_before_the_wait_is_news_at_once(
    imap: Any, fetch_config: Path, heard: Heard
) -> None:
    from wgsubmit.config import load_config

    imap.append([(sample("06-auto-reply.eml"), GENEVA_EDGE)])
    config = load_config(str(fetch_config))
    in_background(lambda: imap_module.wait_for_news(config.imap, last_uid=0, renew=AN_HOUR))()
    assert heard.count("waiting for news") == 0  # no IDLE: it was news before the wait


def test_an_idle_is_woken_by_news_not_by_the_renewal(
    imap: Any, fetch_config: Path, heard: Heard
) -> None:
    from wgsubmit.config import load_config

    config = load_config(str(fetch_config))
    returned = in_background(
        lambda: imap_module.wait_for_news(config.imap, last_uid=0, renew=AN_HOUR)
    )
    heard.wait("waiting for news in INBOX (IDLE")
    imap.append([(sample("06-auto-reply.eml"), GENEVA_EDGE)])
    returned()
    assert heard.count("news in INBOX") == 1 and heard.count("no news") == 0


def test_an_idle_with_no_news_is_renewed(imap: Any, fetch_config: Path, heard: Heard) -> None:
    from wgsubmit.config import load_config

    imap.append([(sample("06-auto-reply.eml"), GENEVA_EDGE)])
    client = imap.client()
    client.select_folder("INBOX")
    [uid] = client.search(["ALL"])
    client.logout()
    config = load_config(str(fetch_config))
    in_background(lambda: imap_module.wait_for_news(config.imap, last_uid=uid, renew=1))()
    # Nothing new: it idled, then gave the IDLE up when the renewal came.
    assert heard.lines == [
        "waiting for news in INBOX (IDLE, renewed every 1 s)",
        "no news in 1 s: the IDLE is renewed",
    ]


def test_watch_polls_where_there_is_no_idle_and_outlives_a_server_restart(
    imap: Any, fetch_config: Path, monkeypatch: pytest.MonkeyPatch, heard: Heard
) -> None:
    from imapclient import IMAPClient

    from wgsubmit.config import load_config
    from wgsubmit.pipeline import run_watch

    real_capabilities = IMAPClient.capabilities
    monkeypatch.setattr(
        IMAPClient, "capabilities", lambda self: tuple(
            c for c in real_capabilities(self) if c != b"IDLE"
        ),
    )  # fmt: skip
    monkeypatch.setattr(imap_module, "POLL_SECONDS", 0.5)
    monkeypatch.setattr(imap_module, "WATCH_WAITS", (0.2, 0.5))
    monkeypatch.setattr(imap_module, "RETRY_WAITS", (0.2, 0.5, 1.0))
    imap.append([(sample("06-auto-reply.eml", seq=1), GENEVA_EDGE)])
    rounds: list[int] = []

    def later() -> None:
        heard.wait("the server has no IDLE")  # the watch polls
        imap.stop()  # the server restarts while the watch waits
        heard.wait("waiting for the server", "connection lost")  # the watch has seen it gone
        imap.start()
        imap.append([(sample("06-auto-reply.eml", seq=2), GENEVA_EDGE)])

    def report(result: Any) -> None:
        rounds.append(result.stored)
        if sum(rounds) == 1 and len(rounds) == 1:
            threading.Thread(target=later, daemon=True).start()
        if sum(rounds) == 2:
            raise KeyboardInterrupt  # as Ctrl-C

    with pytest.raises(KeyboardInterrupt):
        run_watch(load_config(str(fetch_config)), lambda *a: None, report)
    assert sum(rounds) == 2
    assert heard.count("waiting for news") == 0  # it never idled
    conn = db(fetch_config)
    assert conn.execute("SELECT count(*), count(processed_at) FROM messages").fetchone() == (2, 2)


def test_a_server_gone_during_idle_is_reconnected_without_spinning(
    imap: Any, fetch_config: Path, monkeypatch: pytest.MonkeyPatch, heard: Heard
) -> None:
    from wgsubmit.config import load_config

    monkeypatch.setattr(imap_module, "WATCH_WAITS", (0.5, 1.0))
    config = load_config(str(fetch_config)).imap
    returned = in_background(lambda: imap_module.wait_for_news(config, last_uid=0, renew=AN_HOUR))
    heard.wait("waiting for news in INBOX (IDLE")
    cpu = time.process_time()
    imap.stop()  # its connections die with it, as in a crash
    heard.wait("connection lost while waiting")
    heard.wait("waiting for the server", count=2)  # it keeps trying while the server is down
    imap.start()
    imap.append([(sample("06-auto-reply.eml"), GENEVA_EDGE)])
    returned()  # the new message woke it: the renewal is an hour away
    assert time.process_time() - cpu < 2  # it waited between tries, it did not spin


def test_a_server_that_closes_before_its_greeting_is_worth_a_reconnect(
    write_config: Callable[..., Path], tmp_path: Path
) -> None:
    """A server starting or stopping may finish the TLS handshake and close before its
    greeting: a dropped connection to wait out, not a fault that ends `fetch --watch`."""
    import socket
    import ssl
    import threading

    import trustme

    from wgsubmit.config import load_config

    ca = trustme.CA()
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def close_after_handshake() -> None:
        conn, _ = listener.accept()
        with context.wrap_socket(conn, server_side=True):
            pass  # handshake done, then closed: EOF where the greeting should be

    serving = threading.Thread(target=close_after_handshake)
    serving.start()
    config = load_config(str(write_config(port=port, ca_file=str(ca_file))))
    with pytest.raises(imap_module._Transient):
        imap_module.connect(config.imap)
    serving.join()
    listener.close()
