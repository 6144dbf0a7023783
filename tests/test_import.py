"""`wgsubmit import`, `list` and `show` on real files in a real SQLite store."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import mailbox
import os
import sqlite3
from collections.abc import Callable
from email import message_from_bytes
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

from conftest import FIXTURES, copy_fixtures, write_mail
from wgsubmit.store import Store

Run = Callable[..., Result]


def listed(run: Run, *args: str) -> list[dict[str, Any]]:
    result = run("list", "--json", *args)
    assert result.exit_code == 0, result.output
    return list(json.loads(result.stdout))


def by_subject(items: list[dict[str, Any]], start: str) -> dict[str, Any]:
    """The first message (lowest id) whose subject starts so."""
    return next(i for i in items if (i["subject"] or "").startswith(start))


def test_import_a_folder_then_list_json_has_specs_names_and_types(run: Run, tmp_path: Path) -> None:
    result = run("import", str(copy_fixtures(tmp_path / "in")))
    assert result.exit_code == 0, result.output
    samples = len(list(FIXTURES.glob("*.eml")))
    assert f"{samples} new messages stored" in result.stderr
    items = listed(run, "--all")
    assert len(items) == samples
    # The out-of-office reply is stored but is not a submission.
    assert [i["kind"] for i in listed(run)].count("auto_reply") == 0
    assert len(listed(run)) == samples - 1
    expected = {
        "id": int,
        "message_id": str,
        "received_at": str,
        "on_time": bool,
        "from": dict,
        "subject": str,
        "submitter": dict,
        "languages": list,
        "flags": list,
        "tags": list,
        "attachments": list,
    }
    for item in items:
        for name, kind in expected.items():
            assert isinstance(item[name], kind), (name, item[name])
        for name in (
            "kind",
            "language",
            "language_ok",
            "confidentiality",
            "confidentiality_evidence",
            "superseded_by",
        ):
            assert name in item
        assert set(item["submitter"]) >= {"name", "type", "country", "decided_by"}
        assert isinstance(item["submitter"]["reasons"], list)
        for attachment in item["attachments"]:
            assert set(attachment) >= {
                "filename",
                "content_type",
                "size",
                "sha256",
                "language",
                "pages",
                "text_chars",
                "error",
            }
    ngo = by_subject(items, "Submission: PMSCs")
    assert ngo["from"] == {"name": "Maria Lopez", "address": "m.lopez@borderwatch.example.org"}
    assert ngo["received_at"] == "2020-03-10T09:14:02+00:00"
    [pdf] = ngo["attachments"]
    assert pdf["filename"] == "BorderWatch_Submission.pdf" and pdf["size"] > 1000
    assert len(pdf["sha256"]) == 64
    # The deadline's edges: 22:30 UTC is on time in Geneva, 23:05 UTC is late.
    assert by_subject(items, "Contribución - empresas")["on_time"] is True
    assert by_subject(items, "My input")["on_time"] is False
    assert [i["id"] for i in items] == sorted(i["id"] for i in items)


def test_reimport_changes_nothing_and_a_resent_message_is_a_flagged_duplicate(
    run: Run, tmp_path: Path
) -> None:
    folder = copy_fixtures(tmp_path / "in")
    run("import", str(folder))
    before = listed(run)
    again = run("import", str(folder))
    assert again.exit_code == 0
    samples = len(list(FIXTURES.glob("*.eml")))
    assert f"0 new messages stored, {samples} already in the store" in again.stderr
    assert listed(run) == before
    first, resent = (i for i in before if i["message_id"] == "<sub-01@borderwatch.example.org>")
    assert "duplicate" not in first["flags"]
    assert "duplicate" in resent["flags"] and resent["duplicate_of"] == first["id"]


def test_raw_messages_are_kept_byte_for_byte_in_a_private_store(run: Run, tmp_path: Path) -> None:
    folder = copy_fixtures(tmp_path / "in")
    run("import", str(folder))
    store = tmp_path / "store"
    if os.name == "posix":
        assert store.stat().st_mode & 0o777 == 0o700
    for path in folder.iterdir():
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        assert (store / "raw" / digest[:2] / f"{digest}.eml").read_bytes() == path.read_bytes()


def test_files_are_recognised_by_content_and_junk_is_kept_flagged(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "message.txt").write_bytes((FIXTURES / "01-ngo-en-pdf.eml").read_bytes())
    (folder / "no-extension").write_bytes((FIXTURES / "04-individual-en-late.eml").read_bytes())
    (folder / "report.pdf").write_bytes(b"%PDF-1.4\n%junk that is not a message\n")
    (folder / "sub").mkdir()
    (folder / "sub" / "x.eml").write_bytes((FIXTURES / "06-auto-reply.eml").read_bytes())
    result = run("import", str(folder))
    assert result.exit_code == 0, result.output
    items = listed(run, "--all")
    assert len(items) == 4
    [junk] = [i for i in items if "unparseable" in i["flags"]]
    assert junk["error"] == "not an e-mail message"
    assert by_subject(items, "Submission")["attachments"][0]["filename"].endswith(".pdf")


def _mbox(path: Path, names: list[str], from_line: str | None = None) -> Path:
    box = mailbox.mbox(str(path))
    for name in names:
        message = mailbox.mboxMessage(message_from_bytes((FIXTURES / name).read_bytes()))
        if from_line:
            message.set_from(from_line)
        box.add(message)
    box.flush()
    box.close()
    return path


def test_import_an_mbox_file(run: Run, tmp_path: Path) -> None:
    path = _mbox(
        tmp_path / "export.mbox",
        ["01-ngo-en-pdf.eml", "08-nhri-es-date-header-only.eml", "02-state-fr-note-verbale.eml"],
        from_line="MAILER-DAEMON Mon Mar 16 08:00:00 2020",
    )
    result = run("import", str(path))
    assert result.exit_code == 0, result.output
    items = listed(run)
    assert len(items) == 3
    # With no Received: header, the mbox "From " line is the received time.
    nhri = by_subject(items, "Aporte")
    assert nhri["received_at"] == "2020-03-16T08:00:00+00:00"
    assert "received_from_date_header" not in nhri["flags"]
    assert by_subject(items, "Note verbale")["attachments"][0]["filename"] == (
        "NV_France_contribution.docx"
    )


def test_import_a_maildir(run: Run, tmp_path: Path) -> None:
    maildir = tmp_path / "Maildir"
    for sub in ("new", "cur", "tmp"):
        (maildir / sub).mkdir(parents=True)
    # Maildir names begin with the delivery time: 1584345600 is 2020-03-16 08:00 UTC.
    (maildir / "cur" / "1584345600.M1P1.mx:2,S").write_bytes(
        (FIXTURES / "08-nhri-es-date-header-only.eml").read_bytes()
    )
    (maildir / "new" / "1584000000.M2P1.mx").write_bytes(
        (FIXTURES / "03-academic-es-confidential.eml").read_bytes()
    )
    result = run("import", str(maildir))
    assert result.exit_code == 0, result.output
    items = listed(run)
    assert len(items) == 2
    nhri = by_subject(items, "Aporte")
    assert nhri["received_at"] == "2020-03-16T08:00:00+00:00"
    assert "received_from_date_header" not in nhri["flags"]
    # A Received: header comes before the delivery time.
    assert by_subject(items, "Contribución")["received_at"] == "2020-03-17T22:30:00+00:00"


def test_download_only_stores_and_a_later_run_reads(run: Run, tmp_path: Path) -> None:
    folder = copy_fixtures(tmp_path / "in", ["01-ngo-en-pdf.eml"])
    run("import", "--download-only", str(folder))
    [item] = listed(run)
    assert item["subject"] is None and item["attachments"] == []
    run("import", str(copy_fixtures(tmp_path / "in2", ["06-auto-reply.eml"])))
    items = listed(run)
    assert by_subject(items, "Submission")["attachments"][0]["filename"]


def test_every_corpus_email_is_stored_and_none_stops_the_run(
    run: Run, tmp_path: Path, corpus: Path
) -> None:
    result = run("-q", "import", str(corpus / "emails"))
    assert result.exit_code == 0, result.output
    files = [p for p in (corpus / "emails").rglob("*") if p.is_file()]
    digests = {hashlib.sha256(p.read_bytes()).hexdigest() for p in files}
    conn = sqlite3.connect(tmp_path / "store" / "wgsubmit.db")
    stored = {r[0] for r in conn.execute("SELECT sha256 FROM messages")}
    # Every file is in the store (an mbox file as the messages it holds).
    for path in files:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        assert digest in stored or path.read_bytes().startswith(b"From "), path
    assert len(stored) >= len(digests) - 1
    assert conn.execute("SELECT count(*) FROM messages WHERE processed_at IS NULL").fetchone() == (
        0,
    )
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_show_prints_headers_and_saves_documents_under_clean_names(
    run: Run, samples: Path, tmp_path: Path
) -> None:
    item = by_subject(listed(run), "Contribución - empresas")
    shown = run("show", str(item["id"]))
    assert shown.exit_code == 0
    assert "Lucía Fernández" in shown.stdout and "Contribución_confidencial.pdf" in shown.stdout
    target = tmp_path / "out"
    saved = run("show", str(item["id"]), "--save", str(target))
    assert saved.exit_code == 0, saved.output
    assert (target / "Contribución_confidencial.pdf").read_bytes().startswith(b"%PDF")
    again = run("show", str(item["id"]), "--save", str(target))
    assert again.exit_code == 0
    assert sorted(p.name for p in target.iterdir()) == [
        "Contribución_confidencial-2.pdf",
        "Contribución_confidencial.pdf",
    ]


def test_show_save_writes_only_documents_privately_named_for_what_they_are(
    run: Run, tmp_path: Path
) -> None:
    """GIVEN a message with a program whose name hides ".exe" behind a right-to-left mark
    and whose type says PDF, a PDF named like a program, text files, and a picture
    WHEN an officer saves its documents into a new folder
    THEN only the PDF and the texts are written, under names without hidden marks that end
    as their content is, readable by the officer alone; the officer is told what was not
    saved and why."""
    png = b"\x89PNG\r\n\x1a\n" + bytes(40)
    files = (
        ("invoice\u202efdp.exe", "application/pdf", b"MZ\x90\x00\x03\x00\x00\x00" + bytes(56)),
        ("report\u202efdp.exe", "application/octet-stream", b"%PDF-1.4 the report"),
        ("notes", "text/plain", b"Our notes."),
        ("run\u200f\u2066.bat", "text/plain", b"echo the script"),
        ("logo.png", "image/png", png),
    )
    write_mail(tmp_path / "in", "NGO <ngo@example.org>", "Submission", "Attached.", files=files)
    assert run("-q", "import", str(tmp_path / "in")).exit_code == 0
    target = tmp_path / "out" / "submission-1"
    result = run("show", "1", "--save", str(target))
    assert result.exit_code == 0, result.output
    written = {p.name: p.read_bytes() for p in target.iterdir()}
    assert written == {
        "reportfdp.exe.pdf": b"%PDF-1.4 the report",
        "notes.txt": b"Our notes.",
        "run.bat.txt": b"echo the script",
    }
    assert "invoicefdp.exe: not saved: not a document" in result.stderr
    assert "logo.png: not saved: a picture" in result.stderr
    assert "\u202e" not in result.stderr
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o700
        assert {p.stat().st_mode & 0o777 for p in target.iterdir()} == {0o600}


@pytest.mark.parametrize(
    "hostile",
    ["../../etc/passwd", "..\\..\\boot.ini", "CON", "a\x00b.pdf", "x" * 1000 + ".pdf", ".."],
)
def test_a_file_name_from_a_message_never_escapes_the_save_folder(
    run: Run, tmp_path: Path, hostile: str
) -> None:
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = "a@example.org"
    msg["Subject"] = "hostile"
    msg["Date"] = "Tue, 10 Mar 2020 10:00:00 +0000"
    msg.set_content("see attached")
    msg.add_attachment(
        b"%PDF-1.4 data",
        maintype="application",
        subtype="pdf",
        filename=hostile.replace("\x00", ""),
    )
    data = msg.as_bytes()
    if "\x00" in hostile:
        data = data.replace(b'filename="ab.pdf"', b'filename="a\x00b.pdf"')
    (tmp_path / "h.eml").write_bytes(data)
    assert run("import", str(tmp_path / "h.eml")).exit_code == 0
    [item] = listed(run)
    target = tmp_path / "out" / "inner"
    result = run("show", str(item["id"]), "--save", str(target))
    assert result.exit_code == 0, result.output
    [written] = list(target.iterdir())
    assert written.parent == target and written.read_bytes() == b"%PDF-1.4 data"
    assert len(written.name) <= 120
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["inner"]


def test_user_errors_are_one_line_with_their_exit_code(run: Run, tmp_path: Path) -> None:
    missing_store = run("list")
    assert missing_store.exit_code == 1
    assert (
        missing_store.output.startswith("Error: no store at")
        and missing_store.output.count("\n") == 1
    )
    missing_path = run("import", str(tmp_path / "nope"))
    assert missing_path.exit_code == 2 and "no such file or folder" in missing_path.output
    run("import", str(copy_fixtures(tmp_path / "in", ["06-auto-reply.eml"])))
    no_such_id = run("show", "999")
    assert no_such_id.exit_code == 2 and "no message with id 999" in no_such_id.output
    bad_usage = run("show", "abc")
    assert bad_usage.exit_code == 2


def test_a_second_writer_waits_then_names_the_first_and_readers_never_wait(
    run: Run, tmp_path: Path
) -> None:
    run("import", str(copy_fixtures(tmp_path / "in", ["01-ngo-en-pdf.eml"])))
    with Store.open_for_writing(tmp_path / "store", "wgsubmit fetch"):
        started = dt.datetime.now()
        blocked = run("import", str(copy_fixtures(tmp_path / "in2", ["06-auto-reply.eml"])))
        waited = (dt.datetime.now() - started).total_seconds()
        assert blocked.exit_code == 1
        assert f"pid {os.getpid()}, wgsubmit fetch" in blocked.output
        assert waited >= 1.5  # WGSUBMIT_LOCK_TIMEOUT is 2 s in the tests
        reader = run("list", "--json")
        assert reader.exit_code == 0 and len(json.loads(reader.stdout)) == 1
    assert run("import", str(tmp_path / "in2")).exit_code == 0
    assert len(listed(run, "--all")) == 2


def test_list_table_shows_the_latest_page(
    run: Run, samples: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "120")  # a subject on one line, "16 Mar 2020 16:20" beside it
    table = run("list", "--limit", "3")
    assert table.exit_code == 0
    submissions = len(list(FIXTURES.glob("*.eml"))) - 1
    assert f"showing the latest 3 of {submissions}" in table.stdout  # the auto-reply is not listed
    assert "Revised version" in table.stdout and "Maria Lopez" in table.stdout


def test_demo_runs_on_the_shipped_samples() -> None:
    from click.testing import CliRunner

    from wgsubmit.cli import cli

    result = CliRunner().invoke(cli, ["demo", "--json"])
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)
    assert len(items) == len(list(FIXTURES.glob("*.eml")))
    assert any("forwarded" in i["flags"] for i in items)


@pytest.mark.parametrize(
    ("sizes", "max_bytes", "max_items", "batches"),
    [
        ([3, 3, 3], 6, 10, [[3, 3], [3]]),  # cut before the bytes would go over
        ([3, 3], 6, 10, [[3, 3]]),  # up to the limit is within it
        ([10, 1, 1], 5, 10, [[10], [1, 1]]),  # a larger item is a batch of its own
        ([1, 10, 1], 5, 10, [[1], [10], [1]]),
        ([1, 1, 1, 1, 1], 100, 2, [[1, 1], [1, 1], [1]]),  # and never more than max_items
        ([], 5, 5, []),
    ],
)
def test_batches_are_cut_by_bytes_and_by_count(
    sizes: list[int], max_bytes: int, max_items: int, batches: list[list[int]]
) -> None:
    from wgsubmit.batching import batched_by_size

    assert list(batched_by_size(sizes, lambda s: s, max_bytes, max_items)) == batches


def test_batches_are_taken_lazily_from_a_stream() -> None:
    import itertools

    from wgsubmit.batching import batched_by_size

    endless = itertools.count()
    first = next(batched_by_size(endless, lambda _: 1, 3, 100))
    assert first == [0, 1, 2]
    assert next(endless) == 4  # only one item past the batch was taken
