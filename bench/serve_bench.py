"""`wgsubmit serve` on a store of 2,000 realistic messages: the queue, a submission's page
and a decision, each against a bare SQLite query of the same rows measured in the same run.

    python bench/serve_bench.py                  # 2,000 messages, 60 requests of each
    python bench/serve_bench.py --messages 500 --rounds 20

The messages are the labelled evaluation set's and the samples' (tests/eval/messages,
fixtures/), again and again, each copy with a Message-ID and a sender domain of its own so
that none is a duplicate or a revision of another. They are imported as `wgsubmit import`
does (read, every attachment extracted); the server is a real `wgsubmit serve` process and
each time is a whole request as a client sees it (connection kept), so it includes the
server's time and a loopback round trip.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import httpx

from copies import copies
from wgsubmit.demo import config_text

REPO = Path(__file__).resolve().parent.parent
SOURCES = [REPO / "tests" / "eval" / "messages", REPO / "fixtures"]
# The samples' call, read from a local mailbox that is never reached (serve needs none).
CONFIG = config_text(
    {
        "host": "127.0.0.1",
        "username": "officer@example.org",
        "password_env": "WGSUBMIT_BENCH_PASSWORD",
    }
)
TARGET_MS = 100.0


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        cpu = next(
            (
                line.split(":", 1)[1].strip()
                for line in cpuinfo.read_text().splitlines()
                if line.startswith("model name")
            ),
            cpu,
        )
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, load average {load:.1f}"
    )


def messages(count: int, into: Path) -> Path:
    """``count`` messages made of the sources', each copy its own Message-ID and domain."""
    return copies(
        [p.read_bytes() for folder in SOURCES for p in sorted(folder.glob("*.eml"))], count, into
    )


def timed(
    action: Callable[[], object], rounds: int, before: Callable[[], object] = lambda: None
) -> list[float]:
    """Milliseconds of each of ``rounds`` calls, after one not counted (caches warm);
    ``before`` runs ahead of each call, not counted."""
    before()
    action()
    took = []
    for _ in range(rounds):
        before()
        started = time.perf_counter()
        action()
        took.append((time.perf_counter() - started) * 1000)
    return took


def p(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


class Served:
    """A `wgsubmit serve` process and a client holding its session."""

    def __init__(self, folder: Path) -> None:
        env = {**os.environ, "WGSUBMIT_CONFIG": str(folder / "config.toml")}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "wgsubmit", "serve", "--no-browser", "--port", "0"],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert self.process.stdout is not None
        address = self.process.stdout.readline().strip()
        self.client = httpx.Client(base_url=address.split("/?", 1)[0], timeout=60)
        self.forms: dict[int, dict[str, str]] = {}
        assert self.client.get(address).status_code == 303

    def get(self, path: str) -> httpx.Response:
        answer = self.client.get(path)
        assert answer.status_code == 200, (path, answer.status_code)
        return answer

    def decide(self, number: int, value: str) -> None:
        """Set the submitter's name as the page's form does (its csrf and shown value)."""
        page = self.get(f"/submission/{number}").text
        form = page[page.index('name="field" value="name"') - 400 :]
        csrf = re.search(r'name="csrf" value="([^"]+)"', form)
        shown = re.search(r'name="shown" value="([^"]*)"', form)
        assert csrf and shown
        if shown[1] == value:  # left so by an earlier run: each decision must change it
            value = f"{value} (again)"
        self.forms[number] = {"csrf": csrf[1], "field": "name", "shown": shown[1], "value": value}

    def post(self, number: int) -> None:
        """The form read last (`decide`), sent; the next one sets the value back."""
        form = self.forms[number]
        answer = self.client.post(f"/submission/{number}/decide", data=form)
        assert answer.status_code == 303, answer.text[-300:]
        # The next decision is shown the value this one set.
        self.forms[number] = {**form, "shown": form["value"], "value": form["shown"]}

    def close(self) -> None:
        self.client.close()
        self.process.terminate()
        self.process.wait(timeout=30)


def floors(database: Path, ids: list[int], rounds: int) -> dict[str, list[float]]:
    """The same rows read (and one field written) by bare SQLite, as the floor."""
    conn = sqlite3.connect(database, isolation_level=None)
    conn.execute("PRAGMA synchronous = NORMAL")  # as the store's own connections
    picked = iter(ids * (rounds + 1))
    names = iter(["Floor Organisation", "Floor Network"] * (rounds + 1))

    def queue() -> None:
        conn.execute(
            "SELECT id, received_at, from_name, from_address, subject, kind, confidentiality,"
            " submitter_name, flags_json FROM messages ORDER BY id"
        ).fetchall()

    def submission() -> None:
        number = next(picked)
        conn.execute("SELECT * FROM messages WHERE id = ?", (number,)).fetchall()
        conn.execute("SELECT * FROM attachments WHERE message = ?", (number,)).fetchall()
        conn.execute("SELECT * FROM events WHERE message = ?", (number,)).fetchall()

    def decision() -> None:
        conn.execute("BEGIN IMMEDIATE")
        # A value that changes: an update that changes nothing writes nothing.
        conn.execute("UPDATE messages SET submitter_name = ? WHERE id = ?", (next(names), ids[0]))
        conn.execute("COMMIT")

    try:
        return {
            "queue": timed(queue, rounds),
            "submission": timed(submission, rounds),
            "decision": timed(decision, rounds),
        }
    finally:
        conn.close()


def build(folder: Path, count: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.toml").write_text(CONFIG)
    started = time.perf_counter()
    env = {**os.environ, "WGSUBMIT_CONFIG": str(folder / "config.toml")}
    source = messages(count, folder / "in")
    subprocess.run([sys.executable, "-m", "wgsubmit", "-q", "import", str(source)],
                   check=True, env=env)  # fmt: skip
    print(f"store of {count} messages made in {time.perf_counter() - started:.0f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=60)
    parser.add_argument(
        "--keep", type=Path, help="Make the store in this folder, or use the one made there."
    )
    args = parser.parse_args()
    print(f"machine: {machine()}")
    with tempfile.TemporaryDirectory(prefix="serve-bench-") as work:
        folder = args.keep or Path(work)
        if not (folder / "store").exists():
            build(folder, args.messages)
        database = folder / "store" / "wgsubmit.db"
        with sqlite3.connect(database) as conn:
            ids = [r[0] for r in conn.execute("SELECT id FROM messages WHERE kind = 'submission'")]
        random.Random(14).shuffle(ids)
        sample = ids[: max(args.rounds, 1)]
        floor = floors(database, sample, args.rounds)
        served = Served(folder)
        try:
            pages = iter(sample * 2)
            measured = {
                "queue": timed(lambda: served.get("/"), args.rounds),
                "submission": timed(lambda: served.get(f"/submission/{next(pages)}"), args.rounds),
            }
            served.decide(sample[0], "Bench Organisation")
            measured["decision"] = timed(lambda: served.post(sample[0]), args.rounds)
            served.decide(sample[1], "Bench Network")
            # The queue kept is worked out again after each change: a decision first.
            measured["queue after a change"] = timed(
                lambda: served.get("/"), args.rounds, lambda: served.post(sample[1])
            )
            measured["decision and its page"] = timed(
                lambda: (served.post(sample[0]), served.get(f"/submission/{sample[0]}")),
                args.rounds,
            )
        finally:
            served.close()
    floor["queue after a change"] = floor["queue"]
    floor["decision and its page"] = [
        a + b for a, b in zip(floor["decision"], floor["submission"], strict=True)
    ]
    report(measured, floor, f"{args.messages:,} messages ({len(ids):,} submissions)")


def report(measured: dict[str, list[float]], floor: dict[str, list[float]], store: str) -> None:
    print()
    print(f"| {store} | p50 ms | p95 ms | floor p50 ms | floor p95 ms | p95 target |")
    print("| --- | ---: | ---: | ---: | ---: | --- |")
    for name, took in measured.items():
        target = f"< {TARGET_MS:.0f}: " + ("met" if p(took, 0.95) < TARGET_MS else "MISSED")
        print(
            f"| {name} | {p(took, 0.5):.1f} | {p(took, 0.95):.1f} | "
            f"{p(floor[name], 0.5):.2f} | {p(floor[name], 0.95):.2f} | {target} |"
        )


if __name__ == "__main__":
    main()
