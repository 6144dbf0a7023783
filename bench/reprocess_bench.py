"""`wgsubmit reprocess` of a store of realistic submissions (the eval set) against
`pdftotext` over the same PDFs, in the same run: the ratio, messages per second, CPU
seconds, peak memory, and where the time goes (language, reading, detection, the store).

    python bench/reprocess_bench.py                       # the eval set
    python bench/reprocess_bench.py --src OLD/src         # and another version, in turn
    python bench/reprocess_bench.py --copies 2000 10000   # peak memory as the store grows

The floor and each version are run in turn, round after round (`--rounds`), and the
medians are reported: on a shared machine the floor moves as much as the subject.

`--copies N` stores N messages: the eval set again and again, each copy with a Message-ID
of its own (so none is a duplicate; their attachments are the same bytes, read once a run),
and each round after the first from senders of its own domain (bench/copies.py), as a store
grows with new senders rather than with the same ones writing 30 times.
"""

from __future__ import annotations

import argparse
import logging
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from statistics import median
from typing import Any, TypeVar

from copies import copies
from wgsubmit import links, pipeline, relink
from wgsubmit.archive_members import expand_archives
from wgsubmit.config import load_config
from wgsubmit.detect import detect, own_text
from wgsubmit.extract import extract_document
from wgsubmit.formats import sniff_format
from wgsubmit.parse import parse_message
from wgsubmit.records import Extraction, Language, Message, RawMessage
from wgsubmit.store import Store

REPO = Path(__file__).resolve().parent.parent
EVAL = REPO / "tests" / "eval"
USAGE = Path(__file__).resolve().parent / "session_usage.py"
T = TypeVar("T")


def pdfs_of(folder: Path, into: Path) -> list[Path]:
    """Every PDF attached to the messages (inside archives too), written out once."""
    found: dict[str, Path] = {}
    for path in sorted(folder.glob("*.eml")):
        message = parse_message(RawMessage(path.read_bytes(), "file", str(path)))
        for a in expand_archives(message.attachments):
            if sniff_format(a.data, a.filename, a.content_type) == "pdf":
                found[a.sha256] = into / f"{a.sha256}.pdf"
                found[a.sha256].write_bytes(a.data)
    return list(found.values())


def cli(args: list[str], src: str | None) -> tuple[float, float, int]:
    """Run wgsubmit as a whole process: its wall seconds, CPU seconds (with its workers)
    and peak memory in MB (the largest of its processes), by `session_usage.py`."""
    env = dict(os.environ, PYTHONPATH=src) if src else None
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, str(USAGE), sys.executable, "-m", "wgsubmit", "-q", *args],
        check=True,
        env=env,
        capture_output=True,
        text=True,
    )
    took = time.perf_counter() - started
    cpu, peak = done.stdout.split()[-2:]
    return took, float(cpu), int(peak) // 1024


def stored(folder: Path, work: Path, src: str | None) -> Path:
    """A new store of the folder's messages (by that version), not read yet: its config."""
    store = work / "store"
    shutil.rmtree(store, ignore_errors=True)
    config = work / "config.toml"
    config.write_text((EVAL / "config.toml").read_text().replace("eval-store", str(store)))
    cli(["--config", str(config), "import", "--download-only", str(folder)], src)
    return config


def floor(pdfs: list[Path]) -> float:
    """pdftotext over every PDF, one process after another: wall seconds."""
    started = time.perf_counter()
    for pdf in pdfs:
        subprocess.run(["pdftotext", "-q", str(pdf), "-"], capture_output=True, check=False)
    return time.perf_counter() - started


def rounds(folder: Path, work: Path, pdfs: list[Path], versions: dict[str, str | None], n: int):
    """The floor and `reprocess` of each version, in turn, `n` times: the medians."""
    count = len(list(folder.glob("*.eml")))
    runs: dict[str, list[tuple[float, float, float, int]]] = {v: [] for v in versions}
    for _ in range(n):
        for name, src in versions.items():
            config = stored(folder, work, src)
            bottom = floor(pdfs)
            took, cpu, peak = cli(["--config", str(config), "reprocess"], src)
            runs[name].append((bottom, took, cpu, peak))
    print(f"| version | pdftotext (floor) | reprocess, {count} msgs | ratio | msgs/s | CPU s | "
          "peak MB |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |")  # fmt: skip
    for name, measured in runs.items():
        bottom, took = median(m[0] for m in measured), median(m[1] for m in measured)
        ratio = median(m[1] / m[0] for m in measured)
        cpu, peak = median(m[2] for m in measured), median(m[3] for m in measured)
        print(f"| {name} | {bottom:.2f} s | {took:.2f} s | {ratio:.1f}x | {count / took:.1f} | "
              f"{cpu:.1f} | {peak:.0f} |")  # fmt: skip


def measure(folder: Path, work: Path, src: str | None) -> None:
    config = stored(folder, work, src)
    count = len(list(folder.glob("*.eml")))
    took, cpu, peak = cli(["--config", str(config), "reprocess"], src)
    print(
        f"reprocess, {count} messages: {took:.2f} s, {count / took:.1f} msgs/s, "
        f"{cpu:.1f} CPU s, peak {peak} MB"
    )


def shares(folder: Path, work: Path) -> None:
    """Where the CPU time goes: each stage of reading the stored messages run in turn, in
    this process (no workers), each timed: parsing, reading documents (identical bytes
    once), telling languages, detection, and the store (saving and linking)."""
    (work / "config.toml").write_text((EVAL / "config.toml").read_text())
    config = replace(load_config(str(work / "config.toml")), store_path=work / "shares")
    spent = dict.fromkeys(("parsing", "reading", "language", "detection", "store"), 0.0)

    def timed(stage: str, job: Callable[..., T], *args: Any) -> T:
        started = time.process_time()
        try:
            return job(*args)
        finally:
            spent[stage] += time.process_time() - started

    with Store.open_for_writing(config.store_path, "bench") as store:
        pipeline.run_import(store, config, [folder], download_only=True)
        store.read_all_again()
        seen: dict[str, Extraction] = {}
        said: dict[str, Language] = {}
        senders = links.SenderIndex(store.senders())  # as a run keeps it
        for message_id in store.all_ids():
            message = timed("parsing", _parsed, store, message_id)
            texts = timed("reading", _reads, message, seen)
            told = timed("language", _languages, message, texts, said)
            found = timed("detection", detect, message, texts, config.call, told)
            timed("store", pipeline._save, store, config, message_id, message, texts, found)
            timed("store", relink.link, store, [message_id], senders)
    total = sum(spent.values())
    print("| " + " | ".join(spent) + " |\n|" + " ---: |" * len(spent))
    print("| " + " | ".join(f"{s:.1f} CPU s ({s / total:.0%})" for s in spent.values()) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, nargs="*", default=[])
    parser.add_argument("--src", help="PYTHONPATH of another wgsubmit to measure beside")
    parser.add_argument("--rounds", type=int, default=3, help="runs of each, in turn (0: none)")
    parser.add_argument("--folder", type=Path, default=EVAL / "messages", help="the messages")
    args = parser.parse_args()
    if args.rounds and not shutil.which("pdftotext"):
        sys.exit("needs pdftotext, the floor (Debian: poppler-utils)")
    logging.getLogger("mailparser").setLevel(logging.ERROR)  # as the command line does
    folder = args.folder
    work = Path(tempfile.mkdtemp(prefix="wgsubmit-bench-"))
    try:
        pdfs = pdfs_of(folder, work)
        print(f"{platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}"
              f", load average {os.getloadavg()[0]:.1f}; {len(pdfs)} PDFs")  # fmt: skip
        versions = {"this": None, **({"other": args.src} if args.src else {})}
        if args.rounds:
            rounds(folder, work, pdfs, versions, args.rounds)
        shares(folder, work)
        for count in args.copies:
            mailbox = [p.read_bytes() for p in sorted(folder.glob("*.eml"))]
            measure(copies(mailbox, count, work / f"copies-{count}"), work, args.src)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _parsed(store: Store, message_id: int) -> Message:
    message = parse_message(store.raw_message(message_id))
    return replace(message, attachments=expand_archives(message.attachments))


def _reads(message: Message, seen: dict[str, Extraction]) -> tuple[Extraction, ...]:
    """The attachments' text, identical bytes read once (as a run does)."""
    for a in message.attachments:
        if a.sha256 not in seen:
            seen[a.sha256] = extract_document(a.data, a.filename, a.content_type)
    return tuple(seen[a.sha256] for a in message.attachments)


def _languages(
    message: Message, texts: tuple[Extraction, ...], said: dict[str, Language]
) -> list[Language]:
    """The body's language and each attachment's, identical bytes told once (as a run
    does: the workers tell a document's language as they read it)."""
    from wgsubmit.detect.language import detect_language

    for a, e in zip(message.attachments, texts, strict=True):
        if a.sha256 not in said:
            said[a.sha256] = detect_language(e.text) if e.has_text else Language(None)
    documents = [said[a.sha256] for a in message.attachments]
    return [detect_language(own_text(message.body)), *documents]


if __name__ == "__main__":
    main()
