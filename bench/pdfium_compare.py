"""PDF text by pdfminer.six (wgsubmit's reader) against pypdfium2 and pdftotext, on the
eval set's PDFs, one process, one file after another: CPU seconds, and how alike the texts
are. For information: pypdfium2 is not a dependency (install it beside to run this).

    python bench/pdfium_compare.py
"""

from __future__ import annotations

import platform
import resource
import subprocess
import tempfile
import time
from collections import Counter
from pathlib import Path

from reprocess_bench import EVAL, pdfs_of
from wgsubmit.extract import extract_document


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def pdftotext(pdfs: list[Path]) -> tuple[float, list[str]]:
    started = _children_cpu()
    texts = [
        subprocess.run(["pdftotext", "-q", str(p), "-"], capture_output=True, check=False).stdout
        for p in pdfs
    ]
    return _children_cpu() - started, [t.decode("utf-8", "replace") for t in texts]


def pdfminer(pdfs: list[Path]) -> tuple[float, list[str]]:
    started = time.process_time()
    texts = [extract_document(p.read_bytes(), p.name, "application/pdf").text for p in pdfs]
    return time.process_time() - started, texts


def pdfium(pdfs: list[Path]) -> tuple[float, list[str]]:
    import pypdfium2

    started = time.process_time()
    texts = []
    for p in pdfs:
        try:
            document = pypdfium2.PdfDocument(p.read_bytes())
        except pypdfium2.PdfiumError:  # encrypted or broken: no text, as pdfminer finds
            texts.append("")
            continue
        pages = [document[i].get_textpage().get_text_range() for i in range(len(document))]
        texts.append("\f".join(pages))
        document.close()
    return time.process_time() - started, texts


def alike(a: str, b: str) -> float:
    """The share of words the two texts have in common (as multisets)."""
    x, y = Counter(a.split()), Counter(b.split())
    total = max(sum(x.values()), sum(y.values()))
    return sum((x & y).values()) / total if total else 1.0


def main() -> None:
    with tempfile.TemporaryDirectory() as work:
        pdfs = pdfs_of(EVAL / "messages", Path(work))
        print(f"{platform.platform()}, Python {platform.python_version()}; {len(pdfs)} PDFs")
        ours = pdfminer(pdfs)
        print("| reader | CPU s | x pdftotext | same words as pdfminer | identical words |")
        print("| --- | ---: | ---: | ---: | ---: |")
        floor = pdftotext(pdfs)
        for name, (cpu, texts) in (("pdftotext", floor), ("pdfminer.six", ours),
                                   ("pypdfium2", pdfium(pdfs))):  # fmt: skip
            same = [alike(t, o) for t, o in zip(texts, ours[1], strict=True)]
            identical = sum(t.split() == o.split() for t, o in zip(texts, ours[1], strict=True))
            print(f"| {name} | {cpu:.2f} | {cpu / floor[0]:.1f} | "
                  f"{sum(same) / len(same):.1%} | {identical}/{len(pdfs)} |")  # fmt: skip


if __name__ == "__main__":
    main()
