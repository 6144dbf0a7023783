"""Extraction throughput on the shared corpus against pdftotext, language detection per
document, and `reprocess` over the eval set.

    python bench/extract_bench.py
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from wgsubmit.detect.language import detect_language
from wgsubmit.extract import Extractor, Limits
from wgsubmit.records import Attachment

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"


def main() -> None:
    pdfs = sorted((CORPUS / "pdf").rglob("*.pdf"))
    docx = sorted((CORPUS / "docx").rglob("*.docx"))
    if not pdfs or not shutil.which("pdftotext"):
        sys.exit("needs ../shared/corpus and pdftotext (Debian: poppler-utils)")
    cpu = (
        next(
            (
                line.split(":", 1)[1].strip()
                for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")
            ),
            platform.processor(),
        )
        if Path("/proc/cpuinfo").exists()
        else platform.processor()
    )
    print(
        f"machine: {platform.system()} {platform.machine()}, {cpu}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}"
    )

    started = time.perf_counter()
    for path in pdfs:
        subprocess.run(["pdftotext", "-q", str(path), "-"], capture_output=True, check=False)
    floor = time.perf_counter() - started

    rows = []
    for name, files in (("pdf", pdfs), ("docx", docx)):
        attachments = [
            Attachment(p.name, "application/octet-stream", p.read_bytes()) for p in files
        ]
        with Extractor(Limits(workers=os.cpu_count() or 1)) as extractor:
            extractor.extract(attachments[:1])  # workers started
            started = time.perf_counter()
            found = extractor.extract(attachments)
            took = time.perf_counter() - started
        pages = sum(f.pages or 0 for f in found)
        rows.append((name, len(files), pages, took, found))

    print(f"\n{'what':38} {'docs':>5} {'pages':>6} {'seconds':>8} {'docs/s':>8} {'pages/s':>8}")
    pdf_pages = rows[0][2]
    print(
        f"{'pdftotext, 1 process (floor)':38} {len(pdfs):5} {pdf_pages:6} {floor:8.2f} "
        f"{len(pdfs) / floor:8.1f} {pdf_pages / floor:8.1f}"
    )
    for name, count, pages, took, _ in rows:
        print(
            f"{f'wgsubmit extract {name}, all cores':38} {count:5} {pages:6} {took:8.2f} "
            f"{count / took:8.1f} {pages / took if pages else 0:8.1f}"
        )
    print(f"\nPDF throughput against the floor: {floor / rows[0][3]:.2f} (target >= 0.33)")

    texts = [f.text for row in rows for f in row[4] if f.has_text]
    started = time.perf_counter()
    for text in texts:
        detect_language(text)
    took = time.perf_counter() - started
    print(
        f"language detection: {len(texts)} documents in {took:.2f} s, "
        f"{1000 * took / len(texts):.1f} ms per document"
    )

    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder) / "config.toml"
        shutil.copy(REPO / "tests" / "eval" / "config.toml", config)
        wgsubmit = [sys.executable, "-m", "wgsubmit", "-q", "--config", str(config)]
        subprocess.run([*wgsubmit, "import", str(REPO / "tests" / "eval" / "messages")], check=True)
        started = time.perf_counter()
        subprocess.run([*wgsubmit, "reprocess"], check=True)
        took = time.perf_counter() - started
        count = len(list((REPO / "tests" / "eval" / "messages").glob("*.eml")))
        print(f"reprocess of the eval set: {count} messages in {took:.2f} s")


if __name__ == "__main__":
    main()
