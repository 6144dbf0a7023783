"""Reading attachments: real PDF, Word, OpenDocument and RTF files, archives, and files
built to hang or exhaust a reader."""

from __future__ import annotations

import io
import json
import multiprocessing
import os
import subprocess
import sys
import threading
import zipfile
import zlib
from dataclasses import replace
from pathlib import Path

import pytest
from docx import Document

from conftest import pages_pdf
from wgsubmit import extract
from wgsubmit.archive_members import expand_archives
from wgsubmit.demo import demo_config
from wgsubmit.detect import detect
from wgsubmit.extract import Extractor, Limits, extract_document, read_archive
from wgsubmit.pdftext import combine_pages, without_drawing
from wgsubmit.records import Address, Attachment, Extraction, Message
from wgsubmit.workers import start_early


def _docx() -> bytes:
    document = Document()
    document.add_paragraph("Submission of the Border Rights Network.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Publication"
    table.cell(0, 1).text = "Not for publication"
    document.sections[0].footer.paragraphs[0].text = "CONFIDENTIAL - do not circulate"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _slow_pdf(operators: int) -> bytes:
    """A valid one-page PDF whose content stream is millions of text operators: small on
    the wire, minutes of work for a reader."""
    content = zlib.compress(b"BT /F1 12 Tf 72 712 Td " + b"(a) Tj " * operators + b"ET", 9)
    return _raw_pdf(content, font=True)


def _inflating_pdf(megabytes: int) -> bytes:
    """A PDF whose one stream inflates from kilobytes to hundreds of megabytes."""
    packer = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    content = b"".join(packer.compress(chunk) for _ in range(megabytes)) + packer.flush()
    return _raw_pdf(content, font=False)


def _raw_pdf(content: bytes, font: bool) -> bytes:
    resources = b"/Resources << /Font << /F1 4 0 R >> >>" if font else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R "
        + resources
        + b" >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content)
        + content
        + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def test_pdf_pages_and_text_in_order() -> None:
    found = extract_document(
        pages_pdf("First page text.", "Second page: please publish."), "a.pdf", ""
    )
    assert (found.format, found.pages, found.error) == ("pdf", 2, None)
    first, second = found.text.split("\f")[:2]
    assert "First page text" in first and "please publish" in second


def test_drawing_is_left_out_but_never_text_that_looks_like_it() -> None:
    content = (
        b"0 0 1 RG 0.5 w 10 10 m 200 10 l S 10 20 100 50 re f q 1 0 0 1 5 5 cm Q\n"
        b"BT /F1 12 Tf 72 712 Td (Fill 2 l of water \\(2 l\\) and (nested 3 m) here) Tj "
        b"[(Kern)-250(ed)] TJ <48 69> Tj ET"
    )
    lean = without_drawing(content)
    assert b" m " not in lean and b" re " not in lean and b"RG" not in lean
    assert b"(Fill 2 l of water \\(2 l\\) and (nested 3 m) here)" in lean
    assert b"[(Kern)-250(ed)] TJ" in lean and b"<48 69> Tj" in lean and b"cm" in lean
    inline = b"q BI /W 1 /H 1 ID \x00 10 m EI Q 0 0 m"
    assert without_drawing(inline) == inline  # raw image bytes stay as they are
    read = extract_document(_raw_pdf(zlib.compress(content), font=True), "a.pdf", "")
    assert "Fill 2 l of water (2 l) and (nested 3 m) here" in read.text


def test_a_long_pdf_shared_among_workers_reads_as_one(monkeypatch: pytest.MonkeyPatch) -> None:
    pages = [f"Page {n}: the contractors at facility {n} reported incidents." for n in range(7)]
    data = pages_pdf(*pages)
    whole = extract_document(data, "long.pdf", "")
    monkeypatch.setattr(extract, "SHARED_PDF_BYTES", 1)
    with Extractor(Limits(workers=3)) as extractor:
        shared, small = extractor.extract(
            [
                Attachment("long.pdf", "application/pdf", data),
                Attachment("a.txt", "text/plain", b"hi"),
            ]
        )
    assert (shared.text, shared.pages) == (whole.text, 7)
    assert [p.split(":")[0] for p in shared.text.split("\f")[:7]] == [f"Page {n}" for n in range(7)]
    assert small.text == "hi"
    assert combine_pages([Extraction("pdf", error="encrypted", flag="encrypted")] * 2).flag == (
        "encrypted"
    )


def test_docx_reads_tables_and_keeps_footers_apart() -> None:
    found = extract_document(_docx(), "sub.docx", "application/octet-stream")
    assert found.format == "docx"
    assert "Border Rights Network" in found.text and "Not for publication" in found.text
    assert "CONFIDENTIAL" in found.margins and "CONFIDENTIAL" not in found.text


def test_a_file_is_known_by_its_bytes_not_its_name() -> None:
    assert extract_document(_docx(), "looks-like.pdf", "application/pdf").format == "docx"
    assert extract_document(b"%PDF-1.4 broken", "x.doc", "").flag == "corrupt"


def test_plain_text_html_rtf_and_unsupported() -> None:
    assert extract_document("Café à Genève".encode("cp1252"), "a.txt", "text/plain").text == (
        "Café à Genève"
    )
    html = extract_document(b"<p>Hello <b>world</b></p><script>x()</script>", None, "text/html")
    assert html.text.split() == ["Hello", "world"]
    rtf = extract_document(rb"{\rtf1\ansi Submission text\par}", "a.rtf", "")
    assert "Submission text" in rtf.text
    other = extract_document(b"\x00\x01binary", "a.bin", "application/octet-stream")
    assert other.flag == "unsupported_format" and "unsupported" in (other.error or "")


def test_zip_members_become_attachments_named_without_folders() -> None:
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr("../../etc/evil/Submission.pdf", pages_pdf("Zipped text."))
        out.writestr("folder/", b"")
    expanded = expand_archives([Attachment("bundle.zip", "application/zip", archive.getvalue())])
    assert [(a.filename, a.parent) for a in expanded] == [
        ("bundle.zip", None),
        ("Submission.pdf", 0),
    ]


def test_zip_bomb_is_refused_before_inflating() -> None:
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr("big.txt", b"0" * (50 * 1024 * 1024))
    members, problem = read_archive(archive.getvalue())
    assert members == [] and "zip bomb" in (problem or "")
    assert extract_document(archive.getvalue(), "bomb.zip", "").flag == "corrupt"


def _children() -> set[int]:
    """This process's live descendants: the workers are forked by a forkserver, a child."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if fields[0] != "Z":
                parents[int(entry.name)] = int(fields[1])
    found: set[int] = set()
    for pid in parents:
        up = parents.get(pid)
        while up is not None and up != os.getpid() and up in parents:
            up = parents.get(up)
        if up == os.getpid():
            found.add(pid)
    return found


@pytest.mark.skipif(
    not Path("/proc").is_dir() or "forkserver" not in multiprocessing.get_all_start_methods(),
    reason="reads /proc to see the workers' server",
)
def test_the_workers_are_forked_by_the_server_a_reading_command_starts_first() -> None:
    before = _children()
    start_early()  # as `reprocess`, `import` and `fetch` do before anything else
    started = _children() - before  # the server (and multiprocessing's resource tracker)
    start_early()  # again: the same server
    with Extractor(Limits(timeout=SAFETY_NET, workers=1)) as extractor:
        parent = extractor.submit(os.getppid).result(timeout=SAFETY_NET)
    # Started by the first call unless an earlier test of this process had started it.
    assert parent in started or (not started and parent in before)
    assert b"forkserver" in Path(f"/proc/{parent}/cmdline").read_bytes()


SAFETY_NET = 300.0  # seconds: only for a test that would otherwise hang


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc to see the workers")
def test_a_reader_past_its_time_is_killed_and_the_run_goes_on() -> None:
    good = Attachment("good.pdf", "application/pdf", pages_pdf("A normal submission."))
    slow = Attachment("slow.pdf", "application/pdf", _slow_pdf(3_000_000))
    # The good file is given all the time a loaded machine may need, the slow one 1 s: only
    # the slow file's limit is under test, and the same pool goes on reading after it.
    patient = Limits(timeout=600, workers=1, timeout_per_mb=0)
    results: list[Extraction] = []
    with Extractor(patient) as extractor:
        assert extractor.extract([good])[0].has_text  # the worker is up
        before = _children()
        extractor.limits = replace(patient, timeout=1.0)
        reading = threading.Thread(target=lambda: results.extend(extractor.extract([slow])))
        reading.daemon = True  # should the limit fail, minutes of work: not waited for
        reading.start()
        reading.join(SAFETY_NET)  # the result comes when the worker is stopped
        assert not reading.is_alive(), f"the slow file was still read after {SAFETY_NET:g} s"
        (slow_result,) = results
        after = _children()
        extractor.limits = patient
        (good_result,) = extractor.extract([good])
    assert slow_result.flag == "timed_out" and "longer than 1 s" in (slow_result.error or "")
    assert good_result.has_text
    # A document stopped is a place not read: the publication request is unclear.
    message = Message(
        "<m@example.org>", Address("Someone", "someone@example.org"), (), (), "Submission",
        None, None, "Our submission is attached; it may be published.", (good, slow),
    )  # fmt: skip
    detection = detect(message, (good_result, slow_result), demo_config(Path("unused")).call)
    assert "timed_out" in detection.flags
    assert detection.confidentiality.value == "unclear"
    # The worker that held the slow file is gone, not left running.
    for pid in before - after:
        assert not Path(f"/proc/{pid}").exists() or "Z" in Path(f"/proc/{pid}/stat").read_text()
    assert before != after


@pytest.mark.parametrize("workers", [1, 2])  # read by one worker, or shared among two
def test_a_large_hostile_file_gets_no_more_than_the_most_time_whatever_its_size(
    workers: int,
) -> None:
    """GIVEN a 7 MB PDF of a million text operators (hours of work for a reader) and an
    allowance per MB that would give it two hours WHEN it is read THEN it is stopped at
    the limit's ceiling, flagged timed_out, and the run goes on."""
    operators = b"BT /F1 12 Tf 72 712 Td " + b"(a) Tj " * 1_000_000 + b"ET"
    large = _raw_pdf(zlib.compress(operators, 0), font=True)  # stored, not compressed
    assert len(large) > 6 * 2**20
    limits = Limits(timeout=1.0, workers=workers, timeout_per_mb=1000, most=2.0)
    assert limits.seconds(len(large)) == 2.0
    good = Attachment("good.pdf", "application/pdf", pages_pdf("A normal submission."))
    with Extractor(limits) as extractor:
        (stopped,) = extractor.extract([Attachment("large.pdf", "application/pdf", large)])
        extractor.limits = replace(limits, timeout=600, most=600)  # the good file: all the time
        (read,) = extractor.extract([good])
    assert stopped.flag == "timed_out" and "longer than 2 s" in (stopped.error or "")
    assert read.has_text


def test_the_time_limit_grows_with_the_size_up_to_its_ceiling() -> None:
    limits = Limits(timeout=10, timeout_per_mb=4, most=25)
    assert limits.seconds(0) == 10 and limits.seconds(2**20) == 14
    assert limits.seconds(100 * 2**20) == 25
    assert Limits(timeout=60, most=25).seconds(2**30) == 60  # a base set higher stays


@pytest.mark.skipif(os.name != "posix", reason="memory limits are POSIX rlimits")
def test_a_reader_past_its_memory_is_stopped_and_flagged() -> None:
    bomb = Attachment("bomb.pdf", "application/pdf", _inflating_pdf(800))
    good = Attachment("good.pdf", "application/pdf", pages_pdf("Still read."))
    with Extractor(Limits(timeout=60, memory_mb=400, workers=1)) as extractor:
        bomb_result, good_result = extractor.extract([bomb, good])
    assert bomb_result.flag == "corrupt"
    assert "memory" in (bomb_result.error or "")
    assert good_result.has_text


def test_corpus_documents_that_have_text_give_text(corpus: Path) -> None:
    """Every PDF and DOCX of the corpus is read or gets a clear reason."""
    files = sorted((corpus / "pdf").rglob("*.pdf")) + sorted((corpus / "docx").rglob("*.docx"))
    assert len(files) > 50
    # The two largest PDFs take half a minute between them: the benchmark reads those.
    files = [f for f in files if f.stat().st_size < 900_000]
    for path in files:
        found = extract_document(path.read_bytes(), path.name, "application/octet-stream")
        assert found.has_text or found.error, path
        if "encryption" in path.parts and path.name not in ("base.pdf", "encrypted_doc_no_id.pdf"):
            assert found.flag == "encrypted", path
    strict = extract_document((corpus / "docx/mammoth/strict-format.docx").read_bytes(), None, "")
    assert strict.text == "Test"
    text_box = extract_document((corpus / "docx/mammoth/text-box.docx").read_bytes(), None, "")
    assert "Datum plane" in text_box.text
    scanned = corpus / "pdf/py-pdf-sample-files/imagemagick-CCITTFaxDecode.pdf"
    assert extract_document(scanned.read_bytes(), None, "").flag == "needs_ocr"


def test_identical_bytes_are_read_once_a_run_and_again_the_next_run() -> None:
    """GIVEN one PDF sent twice in a batch and again in a later batch of the same run
    WHEN the pool reads them THEN one reading serves all three; after the run, none."""
    sent = "The same submission, forwarded and sent again to the mailbox of the call. "
    pdf = pages_pdf(sent * 3)
    first = Attachment("a.pdf", "application/pdf", pdf)
    again = Attachment("copy.pdf", "application/pdf", pdf)
    with Extractor(Limits(workers=1)) as extractor:
        (one, two), _ = extractor.read([first, again])
        (three,), _ = extractor.read([again])
        extractor.forget()
        (four,), _ = extractor.read([first])
    assert one is two is three
    assert four is not one and four.extraction == one.extraction
    assert one.extraction.has_text and one.language.code == "en"


_LIKE_THE_CONSOLE_SCRIPT = """
import json, sys
from wgsubmit.cli import main  # what pip's `wgsubmit` script runs first
from wgsubmit.extract import Extractor, Limits
from wgsubmit.records import Attachment

if __name__ == "__main__":
    with Extractor(Limits(workers=1)) as extractor:  # the worker that read is the one asked
        extractor.extract([Attachment("a.pdf", "application/pdf", open(sys.argv[1], "rb").read())])
        print(json.dumps(extractor.submit(eval, "sorted(__import__('sys').modules)").result()))
"""


def test_a_worker_loads_what_it_reads_with_not_the_cli(tmp_path: Path) -> None:
    """GIVEN a main module that imports the CLI, as the console script does WHEN its workers
    have read a PDF THEN they hold the readers, and not the CLI, click or rich."""
    script = tmp_path / "wgsubmit_like.py"
    script.write_text(_LIKE_THE_CONSOLE_SCRIPT)
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(pages_pdf("A submission in English, long enough to tell its language. " * 4))
    done = subprocess.run(
        [sys.executable, str(script), str(pdf)], capture_output=True, text=True, check=True
    )
    modules = set(json.loads(done.stdout))
    assert {"wgsubmit.extract", "wgsubmit.pdftext", "langdetect"} <= modules
    assert not {"wgsubmit.cli", "click", "rich", "wgsubmit.store"} & modules
    if sys.platform != "win32":  # forked from a server that loaded the rules once for all
        assert "wgsubmit.preload" in modules


def test_the_workers_tell_the_languages_of_documents_and_of_texts() -> None:
    french = "La présente contribution porte sur les droits des personnes détenues. " * 8
    spanish = "Esta contribución trata de los derechos de las personas privadas de libertad. " * 8
    with Extractor(Limits(workers=2)) as extractor:
        (read,), told = extractor.read(
            [Attachment("c.pdf", "application/pdf", pages_pdf(french))], [spanish, "Hi"]
        )
    assert read.language.code == "fr"
    assert [t.code for t in told] == ["es", None]
