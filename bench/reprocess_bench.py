"""`reprocess` of a store of realistic submissions (the eval set) against `pdftotext` over
the same PDFs, in the same run: the ratio, messages per second, and where the time goes.

    python bench/reprocess_bench.py [MESSAGES_DIR]
"""

from __future__ import annotations

import os
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


def pdfs_of(folder: Path, into: Path) -> list[Path]:
    """Every PDF attached to the messages (inside archives too), written out once."""
    found: dict[str, Path] = {}
    for path in sorted(folder.glob("*.eml")):
        message = parse_message(RawMessage(path.read_bytes(), "file", str(path)))
        for a in expand_archives(message.attachments):
            if sniff_format(a.data, a.filename, a.content_type) == "pdf":
                target = into / f"{a.sha256}.pdf"
                target.write_bytes(a.data)
                found[a.sha256] = target
    return list(found.values())


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else EVAL / "messages"
    work = Path(tempfile.mkdtemp(prefix="wgsubmit-bench-"))
    try:
        pdfs = pdfs_of(folder, work)
        started = time.perf_counter()
        for pdf in pdfs:
            subprocess.run(["pdftotext", "-q", str(pdf), "-"], capture_output=True, check=False)
        floor = time.perf_counter() - started
        config_text = (EVAL / "config.toml").read_text()
        (work / "config.toml").write_text(config_text)
        config = replace(load_config(str(work / "config.toml")), store_path=work / "store")
        with Store.open_for_writing(config.store_path, "bench") as store:
            pipeline.run_import(store, config, [folder], download_only=True)
            count = len(store.all_ids())
            timed = _timed_store(store)
            extractor = pipeline.extractor_for(config)
            started = time.perf_counter()
            with extractor:
                store.read_all_again()
                pipeline.process(store, config, store.all_ids(), _quiet, extractor)
                reading = extractor.reading
            took = time.perf_counter() - started
        print(f"{os.cpu_count()} cores; {count} messages, {len(pdfs)} distinct PDFs")
        print(f"pdftotext over the PDFs (floor): {floor:.2f} s")
        print(f"wgsubmit reprocess: {took:.2f} s ({took / floor:.1f}x the floor)")
        print(f"messages per second: {count / took:.1f}")
        print(
            f"worker CPU seconds: reading {reading:.2f}, language {extractor.detecting:.2f}; "
            f"main process in the store: {timed[0]:.2f} s"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _quiet(stage: str, done: int, total: int | None) -> None:
    pass


def _timed_store(store: Store) -> list[float]:
    """Seconds spent saving readings, counted by wrapping the store's writes."""
    spent = [0.0]
    for name in ("save_reading", "save_links", "raw_message"):
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
