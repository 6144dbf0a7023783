"""Whatever anyone sends, a run never stops and every message is stored byte for byte."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import mail, write_mail
from hostile import HOSTILE_NAMES, message
from wgsubmit.archive_members import expand_archives
from wgsubmit.demo import demo_config
from wgsubmit.detect import detect
from wgsubmit.extract import MAX_TEXT_CHARS, extract_document
from wgsubmit.parse import parse_message
from wgsubmit.records import Detection, RawMessage

Run = Callable[..., Result]


def _text_fields(m: object) -> list[str]:
    from wgsubmit.records import Message

    assert isinstance(m, Message)
    fields = [m.subject, m.body, m.message_id, m.error, m.sender.name, m.sender.address]
    fields += [a.filename for a in m.attachments]
    fields += [x for pair in m.headers for x in pair]
    return [f for f in fields if f is not None]


@given(message())
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_message_parses_and_its_parts_read_without_raising(data: bytes) -> None:
    parsed = parse_message(RawMessage(data, "file", "hostile.eml"))
    # It starts with headers: whatever is broken after them, it is read, not given up.
    assert parsed.error is None, parsed.error
    for text in _text_fields(parsed):
        text.encode("utf-8")  # what SQLite and JSON will be given: no lone surrogates
    for attachment in expand_archives(parsed.attachments):
        extraction = extract_document(attachment.data, attachment.filename, attachment.content_type)
        assert extraction.text.encode("utf-8") is not None


@given(st.lists(message(), min_size=20, max_size=20))
@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.too_slow,
          HealthCheck.function_scoped_fixture, HealthCheck.data_too_large])  # fmt: skip
def test_a_run_over_hostile_messages_stores_each_and_every_command_works(
    run: Run, tmp_path: Path, messages: list[bytes]
) -> None:
    folder = tmp_path / f"in-{hashlib.sha256(b''.join(messages)).hexdigest()[:12]}"
    folder.mkdir()
    for i, data in enumerate(messages):
        (folder / f"{i}.eml").write_bytes(data)
    result = run("-q", "import", str(folder))
    assert result.exit_code == 0, result.output
    listed = run("list", "--json", "--all")
    assert listed.exit_code == 0, listed.output
    items = json.loads(listed.stdout)
    store = tmp_path / "store"
    stored = {p.read_bytes() for p in (store / "raw").rglob("*.eml")}
    for data in messages:  # every one kept, byte for byte (files that are messages or not)
        assert data in stored
    for item in items:
        shown = run("show", str(item["id"]))
        assert shown.exit_code == 0, shown.output
        assert run("show", "--json", str(item["id"])).exit_code == 0
    assert run("list", "--all", "--limit", "0").exit_code == 0  # the table, not only JSON
    for command in (["export", "--dry-run"], ["export", "--format", "html"], ["stats"],
                    ["check"], ["reprocess"]):  # fmt: skip
        outcome = run(*command)
        assert outcome.exit_code == 0, (command, outcome.output)


MARKUP = "[/b] [link=https://evil.example/]open me[/link] [bold red]urgent :warning:"


def test_markup_in_a_message_is_shown_as_written_wherever_an_officer_reads_it(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN a submission whose sender's name, subject and file name are terminal markup
    WHEN it is listed, shown, triaged and judged in the dry run
    THEN each command shows the text as it was written: no failure, no link, no emoji."""
    monkeypatch.setenv("COLUMNS", "400")  # the whole subject on one line
    monkeypatch.setattr("wgsubmit.cli._interactive", lambda: True)
    write_mail(tmp_path / "in", f'"{MARKUP}" <ngo@example.org>', MARKUP,
               "Please find our submission attached. It may be published.",
               files=((f"{MARKUP}.txt", "text/plain", b"Our report on border management."),),
               )  # fmt: skip
    assert run("-q", "import", str(tmp_path / "in")).exit_code == 0
    shown_in = {
        "list": run("list"),
        "show": run("show", "1"),
        "triage": run("triage", input="q"),
        "dry run": run("export", "--dry-run"),
        "list --search": run("list", "--search", "border"),
    }
    for where, result in shown_in.items():
        assert result.exit_code == 0, (where, result.output)
        assert "[link=https://evil.example/]" in result.output, where
        assert ":warning:" in result.output, where
    for where in ("list", "show", "triage", "list --search"):
        assert MARKUP in shown_in[where].output, where
    assert f"{MARKUP}.txt" in shown_in["show"].output


def _pdf_file(objects: list[bytes]) -> bytes:
    """A PDF assembled object by object, with a correct cross-reference table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    out.write(b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets))
    out.write(
        f"trailer << /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()


def hostile_attachments() -> list[tuple[str, str, bytes]]:
    catalog = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    loop = _pdf_file(  # the page tree holds itself, the contents are a reference to themselves
        [*catalog, b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
         b"<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>", b"4 0 R"]
    )  # fmt: skip
    squeeze = zlib.compressobj(9)
    drawing = b"0 0 m 1 1 l S\n" * 70_000
    stream = b"".join(squeeze.compress(drawing) for _ in range(1000)) + squeeze.flush()
    bomb = _pdf_file(  # a 2 MB stream that inflates to 1 GB
        [*catalog, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
         b"<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>",
         f"<< /Length {len(stream)} /Filter /FlateDecode >>\nstream\n".encode() + stream
         + b"\nendstream"]
    )  # fmt: skip
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("big.txt", b"0" * (300 * 1024 * 1024))
    words = b"private security companies at the border and the rights of migrants "
    big = (words * (30 * 1024 * 1024 // len(words) + 1))[: 30 * 1024 * 1024]
    return [
        ("loop.pdf", "application/pdf", loop),
        ("bomb.pdf", "application/pdf", bomb),
        ("bomb.zip", "application/zip", archive.getvalue()),
        ("thirty-megabytes.txt", "text/plain", big),
    ] + [(name, "text/plain", b"a note") for name in HOSTILE_NAMES if name]


def test_hostile_attachments_are_stored_flagged_in_bounded_time_and_nothing_escapes(
    run: Run, tmp_path: Path, config_path: Path
) -> None:
    plain = config_path.read_text()
    # The 30 MB text is read whole, however busy the machine: it has its own run, with all
    # the time a loaded machine may need (what is under test is how much of it is kept);
    # the others are stopped by a 5 s limit.
    config_path.write_text(plain + "\n[extract]\ntimeout = 600\n")
    big = [f for f in hostile_attachments() if f[0] == "thirty-megabytes.txt"]
    write_mail(tmp_path / "big", "Someone <someone@example.org>", "Annex",
               "The annex of our submission.", received=None,
               message_id="<big@example.org>", files=tuple(big))  # fmt: skip
    assert run("-q", "import", str(tmp_path / "big")).exit_code == 0
    [annex] = json.loads(run("list", "--json").stdout)
    assert annex["attachments"][0]["text_chars"] == MAX_TEXT_CHARS + 1  # its beginning and end
    config_path.write_text(
        plain + "\n[extract]\ntimeout = 5\ntimeout_per_mb = 0\nmemory_mb = 700\n"
    )
    folder = tmp_path / "in"
    write_mail(folder, "Someone <someone@example.org>", "Submission",
               "Our submission is attached; it may be published.", received=None,
               message_id="<hostile@example.org>",
               files=tuple(f for f in hostile_attachments() if f not in big))  # fmt: skip
    before = {p for p in tmp_path.rglob("*")}
    result = run("-q", "import", str(folder))
    assert result.exit_code == 0, result.output
    [item] = [i for i in json.loads(run("list", "--json").stdout) if i["id"] != annex["id"]]
    errors = {a["filename"]: a["error"] for a in item["attachments"]}
    assert "longer than 5 s" in errors["loop.pdf"]
    assert (
        "memory" in errors["bomb.pdf"] or "longer than 5 s" in errors["bomb.pdf"]
    )  # whichever first
    assert "zip bomb" in errors["bomb.zip"]
    assert "corrupt" in item["flags"]
    assert "timed_out" in item["flags"]  # loop.pdf: stopped by the time limit
    # Every file written went into the store, under its sha256, whatever the names said.
    store = tmp_path / "store"
    new = {p for p in tmp_path.rglob("*")} - before
    assert new and all(store in p.parents or p == store for p in new)
    saved = tmp_path / "saved"
    assert run("show", str(item["id"]), "--save", str(saved)).exit_code == 0
    names = [p.name for p in saved.iterdir()]
    archives = [a for a in item["attachments"] if a["content_type"] == "application/zip"]
    assert len(names) == len(item["attachments"]) - len(archives)  # every document, no zip
    assert all(p.parent == saved for p in saved.iterdir())
    assert all(n.endswith((".pdf", ".txt")) for n in names)  # by what they are
    assert "gnp.exe.txt" in names  # "\u202egnp.exe" read "exe.png"; it is text
    assert not any(n.startswith(".") or "\x00" in n or n.upper().startswith("CON.") for n in names)
    assert max(len(n) for n in names) <= 120


def test_a_message_too_large_to_read_is_kept_whole(run: Run, tmp_path: Path) -> None:
    from wgsubmit import parse

    data = b"From: a@example.org\r\nSubject: big\r\n\r\n" + b"x" * (parse.MAX_MESSAGE_BYTES + 1)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "big.eml").write_bytes(data)
    assert run("-q", "import", str(tmp_path / "in")).exit_code == 0
    [item] = json.loads(run("list", "--json", "--all").stdout)
    assert "unparseable" in item["flags"] and "too large to read" in item["error"]
    [raw] = (tmp_path / "store" / "raw").rglob("*.eml")
    assert raw.read_bytes() == data


def test_thousands_of_parts_and_deep_nesting_are_stored_and_read(run: Run, tmp_path: Path) -> None:
    head = b"From: a@example.org\nSubject: many\nMIME-Version: 1.0\n"
    parts = b"".join(
        b'--b\nContent-Type: text/plain\nContent-Disposition: attachment; filename="f%d.txt"\n'
        b"\nnote %d\n" % (i, i)
        for i in range(5000)
    )
    many = head + b'Message-ID: <many@x>\nContent-Type: multipart/mixed; boundary="b"\n\n'
    many += parts + b"--b--\n"
    deep = head + b"Message-ID: <deep@x>\n"
    for level in range(3000):
        deep += b'Content-Type: multipart/mixed; boundary="d%d"\n\n--d%d\n' % (level, level)
    deep += b"Content-Type: text/plain\n\nhello\n"
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "many.eml").write_bytes(many)
    (folder / "deep.eml").write_bytes(deep)
    assert run("-q", "import", str(folder)).exit_code == 0
    items = {i["message_id"]: i for i in json.loads(run("list", "--json", "--all").stdout)}
    assert len(items["<many@x>"]["attachments"]) == 5000
    # Nested past what can be read: kept, flagged, said.
    [deep_item] = [i for i in items.values() if i["message_id"] is None]
    assert "unparseable" in deep_item["flags"] and "cannot be parsed" in deep_item["error"]
    stored = {p.read_bytes() for p in (tmp_path / "store" / "raw").rglob("*.eml")}
    assert stored == {many, deep}


def test_large_messages_are_read_a_few_at_a_time() -> None:
    from wgsubmit.pipeline import READ_BATCH, READ_BATCH_BYTES, _read_batches

    small = {i: 1_000 for i in range(1, 41)}
    assert [len(b) for b in _read_batches(list(small), small)] == [READ_BATCH, READ_BATCH, 8]
    large = {i: READ_BATCH_BYTES // 2 - 1 for i in range(1, 6)}
    assert [len(b) for b in _read_batches(list(large), large)] == [2, 2, 1]
    huge = {1: 1_000, 2: 10 * READ_BATCH_BYTES, 3: 1_000}
    assert list(_read_batches([1, 2, 3], huge)) == [[1], [2], [3]]  # alone, never left out


def _detected(body: str, files: tuple[tuple[str, str, bytes], ...] = ()) -> Detection:
    raw = mail("Someone <someone@example.org>", "Our submission", body, files=files).as_bytes()
    parsed = parse_message(RawMessage(raw, "file", "long.eml"))
    texts = [extract_document(a.data, a.filename, a.content_type) for a in parsed.attachments]
    return detect(parsed, texts, demo_config(Path("unused")).call)


@pytest.mark.parametrize("where", ["document", "body"])
@pytest.mark.parametrize(
    "said",
    ["", "We agree to the publication of this submission on your website. "],
    ids=["nothing", "consent in the middle"],
)
def test_a_text_too_long_to_read_whole_is_unclear_never_unspecified_or_published(
    where: str, said: str
) -> None:
    """The detectors read the beginning and the end of a very long text; what its middle
    asks nobody has seen, so the request is unclear, flagged, whatever it says there."""
    half = "Private security companies guard the border and detain migrants. " * 15_000
    prose = f"{half}{said}{half}"
    files = (("annex.txt", "text/plain", prose.encode()),) if where == "document" else ()
    found = _detected(prose if where == "body" else "Please find our annex.", files)
    assert found.confidentiality.value == "unclear"
    assert "partly_read" in found.flags


def test_a_refusal_at_the_start_of_a_text_too_long_to_read_whole_stands() -> None:
    """Confidential is stricter than unclear: a refusal that was read is kept."""
    refusal = "This submission is confidential: please do not publish it.\n\n"
    prose = refusal + "Private security companies guard the border and detain migrants. " * 30_000
    found = _detected("Please find our annex.", (("annex.txt", "text/plain", prose.encode()),))
    assert found.confidentiality.value == "confidential"
    assert "partly_read" in found.flags


def test_a_text_without_a_single_sentence_break_is_read_on_its_beginning_and_end() -> None:
    """A hostile text that is one endless sentence, 2 million characters long."""
    words = "private security companies at the border and the rights of migrants "
    big = (words * (MAX_TEXT_CHARS // len(words) + 1))[:MAX_TEXT_CHARS].encode()
    found = _detected("Our annex.", (("annex.txt", "text/plain", big),))
    assert found.confidentiality.value == "unclear"
    assert "partly_read" in found.flags
