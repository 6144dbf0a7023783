"""Fetch benchmark: wgsubmit against a bare imapclient loop, on a real local dovecot.

    python bench/fetch_bench.py [--messages 2000] [--large 10000] [--quick]

Fills a throwaway dovecot Maildir with N sample messages, then measures in one
run: the baseline (imapclient, BODY.PEEK[] in chunks, each message written to
disk), `wgsubmit fetch --download-only`, a full `wgsubmit fetch`, a second
fetch with nothing new, the same at the large size for memory, and the start-up
time of `wgsubmit --help` and `wgsubmit list --json` over 1,000 messages.
Every timed command is a whole process; peak memory is that process's max RSS.
"""

from __future__ import annotations

import argparse
import os
import platform
import pwd
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from imapserver import PASSWORD, USER, Dovecot  # noqa: E402
from wgsubmit.demo import config_text  # noqa: E402

FIXTURES = REPO / "fixtures"
WGSUBMIT = [sys.executable, "-m", "wgsubmit"]


@dataclass
class Row:
    what: str
    seconds: float
    peak_mb: float | None = None
    note: str = ""


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (
        f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores, "
        f"{memory:.0f} GiB, Python {platform.python_version()}"
    )


def fill(server: Dovecot, count: int) -> int:
    """Deliver count distinct messages straight into the Maildir; return total bytes."""
    samples = [p.read_bytes() for p in sorted(FIXTURES.glob("*.eml"))]
    mail_user = "nobody" if os.geteuid() == 0 else pwd.getpwuid(os.geteuid()).pw_name
    entry = pwd.getpwnam(mail_user)
    maildir = server.root / "mail" / USER
    for sub in ("new", "cur", "tmp"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    total = 0
    base = 1584000000
    for i in range(count):
        data = samples[i % len(samples)].replace(b"Message-ID: <", f"Message-ID: <b{i}.".encode())
        path = maildir / "new" / f"{base + i}.M{i}P1.bench"
        path.write_bytes(data)
        os.utime(path, (base + i, base + i))
        total += len(data)
    for path in [maildir, *maildir.rglob("*")]:
        os.chown(path, entry.pw_uid, entry.pw_gid)
    return total


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one whole process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        error = process.stderr.read().decode() if process.stderr else ""
        raise SystemExit(f"{' '.join(command)} failed: {error}")
    return elapsed, usage.ru_maxrss / 1024


def best_of(command: list[str], env: dict[str, str], runs: int = 5) -> float:
    return min(timed(command, env)[0] for _ in range(runs))


BASELINE = """
import ssl, sys
from pathlib import Path
from imapclient import IMAPClient
host, port, ca, user, password, out = sys.argv[1:7]
client = IMAPClient(host, port=int(port), ssl=True,
                    ssl_context=ssl.create_default_context(cafile=ca))
client.login(user, password)
client.select_folder("INBOX", readonly=True)
uids = client.search(["ALL"])
folder = Path(out)
for start in range(0, len(uids), 500):
    chunk = uids[start:start + 500]
    for uid, data in client.fetch(chunk, ["BODY.PEEK[]", "INTERNALDATE"]).items():
        (folder / f"{uid}.eml").write_bytes(data[b"BODY[]"])
client.logout()
"""


def bench_config(server: Dovecot, store: Path) -> str:
    imap = {
        "host": "127.0.0.1",
        "port": server.imaps_port,
        "username": USER,
        "password_env": "BENCH_PASSWORD",
        "ca_file": str(server.ca_file),
    }
    return config_text(imap, str(store), title="Benchmark")


def measure(server: Dovecot, count: int, work: Path, env: dict[str, str]) -> list[Row]:
    rows = []
    out = work / f"baseline-{count}"
    out.mkdir()
    seconds, peak = timed(
        [
            sys.executable,
            "-c",
            BASELINE,
            "127.0.0.1",
            str(server.imaps_port),
            str(server.ca_file),
            USER,
            PASSWORD,
            str(out),
        ],
        env,
    )
    rows.append(Row(f"baseline: bare imapclient fetch to disk, {count} msgs", seconds, peak))
    baseline = seconds

    config = work / f"download-{count}.toml"
    config.write_text(bench_config(server, work / f"store-dl-{count}"))
    seconds, peak = timed(
        [*WGSUBMIT, "--config", str(config), "-q", "fetch", "--download-only"], env
    )
    rows.append(
        Row(
            f"wgsubmit fetch --download-only, {count} msgs",
            seconds,
            peak,
            f"{seconds / baseline:.2f}x baseline (target <= 1.5x)",
        )
    )

    config = work / f"full-{count}.toml"
    config.write_text(bench_config(server, work / f"store-full-{count}"))
    seconds, peak = timed([*WGSUBMIT, "--config", str(config), "-q", "fetch"], env)
    rows.append(
        Row(
            f"wgsubmit fetch (download + read), {count} msgs",
            seconds,
            peak,
            f"{count / seconds:.0f} msgs/s",
        )
    )
    seconds, peak = timed([*WGSUBMIT, "--config", str(config), "-q", "fetch"], env)
    rows.append(Row(f"second fetch, nothing new, {count} msgs", seconds, peak, "target < 1 s"))
    return rows


def startup(server: Dovecot, work: Path, env: dict[str, str]) -> list[Row]:
    config = work / "full-1000.toml"
    if not config.exists():
        raise SystemExit("internal: the 1,000-message store is missing")
    return [
        Row(
            "wgsubmit --help (best of 5)",
            best_of([*WGSUBMIT, "--help"], env),
            None,
            "target < 0.25 s",
        ),
        Row(
            "wgsubmit list --json, 1,000 msgs (best of 5)",
            best_of([*WGSUBMIT, "--config", str(config), "list", "--json"], env),
            None,
            "target < 0.4 s",
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--large", type=int, default=10000)
    parser.add_argument("--quick", action="store_true", help="skip the large mailbox")
    args = parser.parse_args()

    env = {**os.environ, "BENCH_PASSWORD": PASSWORD}
    work = Path(tempfile.mkdtemp(prefix="wgsubmit-bench-"))
    rows: list[Row] = []
    sizes = [1000, args.messages] + ([] if args.quick else [args.large])
    try:
        for count in sizes:
            server = Dovecot.create()
            try:
                volume = fill(server, count)
                server.start()
                print(f"{count} messages, {volume / 2**20:.1f} MiB ...", file=sys.stderr)
                measured = measure(server, count, work, env)
                if count != 1000:
                    rows.extend(measured)
                else:
                    rows.extend(startup(server, work, env))
            finally:
                server.cleanup()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print(f"\nMachine: {machine()}\n")
    print(f"| {'measure':<55} | {'seconds':>8} | {'peak MB':>8} | note")
    print(f"|{'-' * 57}|{'-' * 10}|{'-' * 10}|------")
    for row in rows:
        peak = f"{row.peak_mb:.0f}" if row.peak_mb is not None else ""
        print(f"| {row.what:<55} | {row.seconds:>8.2f} | {peak:>8} | {row.note}")
    full = [r for r in rows if r.what.startswith("wgsubmit fetch (download")]
    if len(full) == 2 and full[0].peak_mb and full[1].peak_mb:
        growth = full[1].peak_mb / full[0].peak_mb - 1
        print(
            f"\npeak memory, {sizes[-1]} vs {sizes[1]} messages: {growth:+.0%} (target within 10%)"
        )


if __name__ == "__main__":
    main()
