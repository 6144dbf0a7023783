"""`wgsubmit reprocess` of a store of realistic submissions (the eval set) against
`pdftotext` over the same PDFs, in the same run: the ratio, messages per second, CPU
seconds, peak memory, and where the time goes (language, reading, the store).

    python bench/reprocess_bench.py                       # the eval set
    python bench/reprocess_bench.py --copies 2000 10000   # peak memory as the store grows
    python bench/reprocess_bench.py --src OLD/src         # the same, for another version

`--copies N` stores N messages: the eval set again and again, each copy with a Message-ID
of its own (so none is a duplicate; their attachments are the same bytes, read once a run).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from wgsubmit import pipeline
from wgsubmit.config import load_config
from wgsubmit.extract import expand_archives
from wgsubmit.formats import sniff_format
from wgsubmit.parse import parse_message
from wgsubmit.records import RawMessage
from wgsubmit.store import Store

REPO = Path(__file__).resolve().parent.parent
EVAL = REPO / "tests" / "eval"
_MESSAGE_ID = re.compile(rb"^(Message-ID:\s*<)", re.I | re.M)


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


def copies(folder: Path, count: int, into: Path) -> Path:
    """`count` messages made of the eval set's, each with a Message-ID of its own."""
    into.mkdir()
    messages = [p.read_bytes() for p in sorted(folder.glob("*.eml"))]
    for i in range(count):
        data = _MESSAGE_ID.sub(rb"\g<1>copy" + str(i).encode() + b".", messages[i % len(messages)])
        (into / f"{i:05}.eml").write_bytes(data)
    return into


def cli(args: list[str], src: str | None) -> tuple[float, float, int]:
    """Run wgsubmit as a whole process: its wall seconds, CPU seconds (with its workers)
    and peak memory in MB (the largest of its processes)."""
    env = dict(os.environ, PYTHONPATH=src) if src else None
    started = time.perf_counter()
    # Through a process of its own: a peak of children is kept for all of them, so each
    # measure needs a parent that has waited for nothing else.
    done = subprocess.run(
        [sys.executable, "-c", _MEASURED, sys.executable, "-m", "wgsubmit", "-q", *args],
        check=True,
        env=env,
        capture_output=True,
        text=True,
    )
    took = time.perf_counter() - started
    cpu, peak = done.stdout.split()[-2:]
    return took, float(cpu), int(peak) // 1024


_MEASURED = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True); "
    "u = resource.getrusage(resource.RUSAGE_CHILDREN); "
    "print(u.ru_utime + u.ru_stime, u.ru_maxrss)"
)


def measure(folder: Path, work: Path, src: str | None) -> None:
    store = work / "store"
    shutil.rmtree(store, ignore_errors=True)
    config = work / "config.toml"
    config.write_text((EVAL / "config.toml").read_text().replace("eval-store", str(store)))
    cli(["--config", str(config), "import", "--download-only", str(folder)], src)
    count = len(list(folder.glob("*.eml")))
    took, cpu, peak = cli(["--config", str(config), "reprocess"], src)
    print(
        f"reprocess, {count} messages: {took:.2f} s, {count / took:.1f} msgs/s, "
        f"{cpu:.1f} CPU s, peak {peak} MB"
    )


def shares(folder: Path, work: Path) -> None:
    """The same reprocess in this process, its parts timed: the workers' CPU seconds in
    reading and in detecting language, and this process's seconds in the store."""
    (work / "config.toml").write_text((EVAL / "config.toml").read_text())
    config = replace(load_config(str(work / "config.toml")), store_path=work / "shares")
    with Store.open_for_writing(config.store_path, "bench") as store:
        pipeline.run_import(store, config, [folder], download_only=True)
        spent = _timed_store(store)
        started = time.perf_counter()
        with pipeline.extractor_for(config) as extractor:
            store.read_all_again()
            pipeline.process(store, config, store.all_ids(), _quiet, extractor)
            reading, language = extractor.reading, extractor.detecting
        took = time.perf_counter() - started
    print(
        f"in one process: {took:.2f} s; workers' CPU: reading {reading:.2f} s, language "
        f"{language:.2f} s; the store: {spent[0]:.2f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, nargs="*", default=[])
    parser.add_argument("--src", help="PYTHONPATH of the wgsubmit to measure")
    args = parser.parse_args()
    folder = EVAL / "messages"
    work = Path(tempfile.mkdtemp(prefix="wgsubmit-bench-"))
    try:
        pdfs = pdfs_of(folder, work)
        started = time.perf_counter()
        for pdf in pdfs:
            subprocess.run(["pdftotext", "-q", str(pdf), "-"], capture_output=True, check=False)
        floor = time.perf_counter() - started
        print(f"{os.cpu_count()} cores; pdftotext over {len(pdfs)} PDFs (floor): {floor:.2f} s")
        measure(folder, work, args.src)
        if not args.src:
            shares(folder, work)
        for count in args.copies:
            measure(copies(folder, count, work / f"copies-{count}"), work, args.src)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _quiet(stage: str, done: int, total: int | None) -> None:
    pass


def _timed_store(store: Store) -> list[float]:
    """Seconds spent in the store's reads and writes of a run, counted by wrapping them."""
    spent = [0.0]
    for name in ("save_reading", "save_links", "raw_message", "link_rows", "document_texts"):
        real = getattr(store, name)

        def timed(*args: object, _real: object = real) -> object:
            started = time.perf_counter()
            try:
                return _real(*args)  # type: ignore[operator]
            finally:
                spent[0] += time.perf_counter() - started

        setattr(store, name, timed)
    return spent


if __name__ == "__main__":
    main()
