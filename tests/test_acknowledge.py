"""Acknowledgements: what each submitter is told, to whom nothing is written, and how the
drafts and sent messages are kept once only, on a real dovecot and a real SMTP server."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

from conftest import CONFIDENTIAL, DUPLICATE, FRANCE, LATE_ANONYMOUS, SUPERSEDED, golden, mail
from wgsubmit.acknowledge import Understanding, text_of
from wgsubmit.config import load_config
from wgsubmit.store import Store

Run = Callable[..., Result]

AGREE = {
    "en": "We agree to the publication of this submission on the website.",
    "fr": "Nous acceptons la publication de cette contribution sur le site web.",
    "es": "Aceptamos la publicación de esta contribución en el sitio web.",
}
STUDY = {
    "en": "This submission describes how private security companies guard detention centres "
    "at the border, how migrants are treated there, and what oversight the States exercise.",
    "fr": "Cette contribution décrit comment les entreprises de sécurité privées gardent les "
    "centres de rétention à la frontière, comment les migrants y sont traités et quel "
    "contrôle les États exercent sur elles.",
    "es": "Esta contribución describe cómo las empresas de seguridad privadas custodian los "
    "centros de detención en la frontera, cómo se trata allí a los migrantes y qué control "
    "ejercen los Estados sobre ellas.",
}


def _pdf(text: str, pages: int = 1) -> bytes:
    from fpdf import FPDF

    doc = FPDF()
    for _ in range(pages):
        doc.add_page()
        doc.set_font("Helvetica", size=11)
        doc.multi_cell(0, 6, text.encode("latin-1", "replace").decode("latin-1"))
    return bytes(doc.output())


def _write(folder: Path, message: email.message.EmailMessage) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{len(list(folder.iterdir()))}.eml").write_bytes(message.as_bytes())


def _submission(
    language: str, sender: str, *, late: bool = False, broken: bool = False, body: str = ""
) -> email.message.EmailMessage:
    received = "18 Mar 2020 09:00:00 +0000" if late else "16 Mar 2020 10:00:05 +0000"
    files = [
        ("Submission.pdf", "application/pdf", _pdf(STUDY[language] + " " + AGREE[language], 2))
    ]
    if broken:
        files.append(("Annex 2.pdf", "application/pdf", b"%PDF-1.7\n this is not a PDF at all"))
    return mail(
        sender,
        "Submission to the call",
        body or f"{STUDY[language]}\n\n{AGREE[language]}",
        received=received,
        files=tuple(files),
    )


def _import(run: Run, folder: Path) -> None:
    result = run("-q", "import", str(folder))
    assert result.exit_code == 0, result.output


def _listed(run: Run) -> dict[int, dict[str, Any]]:
    result = run("list", "--json", "--all")
    assert result.exit_code == 0, result.output
    return {item["id"]: item for item in json.loads(result.stdout)}


def _drafted(result: Result) -> dict[int, str]:
    """`acknowledge --dry-run`'s messages, by submission id."""
    found: dict[int, str] = {}
    for chunk in result.stdout.split("=== #")[1:]:
        number, _, text = chunk.partition(" ")
        found[int(number)] = text
    return found


# --- what is said -----------------------------------------------------------------------

UNDERSTANDINGS = {
    "publish": Understanding("publish", "Borderwatch", "Other stakeholders"),
    "confidential": Understanding("confidential"),
    "partial": Understanding("publish", "Borderwatch", "Other stakeholders", without=("Annex 2",)),
    "anonymous": Understanding("publish", "Anonymous submission", "Other stakeholders", True),
    "unclear": Understanding("unclear"),
}


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_golden_texts_for_every_understanding(
    run: Run, tmp_path: Path, config_path: Path, language: str
) -> None:
    """GIVEN an on-time submission and a late one with a file that cannot be opened, in
    one language
    WHEN each understanding is written
    THEN the texts are the golden ones, and one saying "publish" never says confidential."""
    _write(tmp_path / "in", _submission(language, '"Maria Lopez" <m.lopez@bw.example.org>'))
    _write(tmp_path / "in", _submission(language, "ana@uni.example.edu", late=True, broken=True))
    _import(run, tmp_path / "in")
    config = load_config(str(config_path))
    today = dt.date(2020, 3, 20)
    with Store.open_for_reading(config.store_path) as store:
        on_time, late = store.messages()
    assert on_time.language == language
    parts = []
    for name, understanding in UNDERSTANDINGS.items():
        text = text_of(on_time, understanding, None, config, today)
        if understanding.state == "publish":
            assert "confidenti" not in text.lower(), text
        parts.append(f"--- {name}\n{text}")
    parts.append("--- late, unreadable file\n" + text_of(late, UNDERSTANDINGS["publish"], None,
                                                          config, today))  # fmt: skip
    changed = text_of(on_time, UNDERSTANDINGS["publish"], UNDERSTANDINGS["confidential"], config,
                      today)  # fmt: skip
    assert "confidenti" not in changed.lower()
    parts.append("--- changed from confidential\n" + changed)
    golden(f"acknowledge_{language}.txt", "\n".join(parts))


def test_what_is_understood_is_what_the_export_will_do(run: Run, samples: Path) -> None:
    """GIVEN the sample messages
    WHEN acknowledge --dry-run runs
    THEN each says what export would do: France published under its name among Member
    States, the confidential one kept off, the anonymous one without a name (and late);
    a superseded version and a duplicate get nothing, and nothing is written."""
    result = run("acknowledge", "--dry-run")
    assert result.exit_code == 0, result.output
    drafted = _drafted(result)
    france = drafted[FRANCE]
    assert "« France », parmi « Member States »" in france
    assert "confidenti" not in france.lower()
    assert "In-Reply-To: <nv-2020-118@diplomatie.gouv.fr>" in france
    assert "Auto-Submitted: auto-replied" in france
    assert "Subject: Re: Note verbale - Contribution de la France" in france
    assert "no se publicará" in drafted[CONFIDENTIAL]
    assert "without your name" in drafted[LATE_ANONYMOUS]
    assert "after the deadline" in drafted[LATE_ANONYMOUS]
    assert SUPERSEDED not in drafted and DUPLICATE not in drafted
    assert f"#{SUPERSEDED}: not acknowledged: superseded" in result.stderr
    assert all(item["acknowledged_at"] is None for item in _listed(run).values())


def test_a_forward_is_answered_in_the_submitters_thread(run: Run, samples: Path) -> None:
    """GIVEN a submission a colleague forwarded
    WHEN it is acknowledged
    THEN the reply goes to the submitter, and References carries the inner message's ID."""
    from conftest import FORWARDED

    text = _drafted(run("acknowledge", "--dry-run", str(FORWARDED)))[FORWARDED]
    assert "To: contacto@redmigrantes.example.org" in text
    assert "References: <fwd-0312@example.org> <red-2020-03@redmigrantes.example.org>" in text


def _never_answered(folder: Path) -> None:
    """An auto-reply, a bounce, a no-reply sender, a list's message, the secretariat's own,
    each otherwise a plain submission."""
    auto = _submission("en", "a.khan@rights.example.org")
    auto["Auto-Submitted"] = "auto-replied"
    _write(folder, auto)
    _write(folder, _submission("en", "noreply@portal.example.org"))
    listed = _submission("en", "news@network.example.org")
    listed["List-Id"] = "<migration.lists.example.org>"
    _write(folder, listed)
    _write(folder, _submission("en", "wg-submissions@example.org"))
    bounce = mail("MAILER-DAEMON@mx.example.org", "Undelivered Mail Returned to Sender",
                  "This is the mail system. I'm sorry to have to inform you that your message "
                  "could not be delivered to one or more recipients.")  # fmt: skip
    _write(folder, bounce)


def test_nobody_automatic_is_ever_answered(run: Run, tmp_path: Path) -> None:
    """GIVEN an auto-reply, a bounce, a no-reply sender, a list's message and our own
    WHEN acknowledge runs for each of them by id
    THEN none gets a message, and each says why."""
    _never_answered(tmp_path / "in")
    _write(tmp_path / "in", _submission("en", "person@example.net"))
    _import(run, tmp_path / "in")
    result = run("acknowledge", "--dry-run", *[str(i) for i in range(1, 7)])
    assert result.exit_code == 0, result.output
    assert set(_drafted(result)) == {6}
    for reason in ("auto_reply", "takes no reply", "List-Id", "not_submission", "bounce"):
        assert reason in result.stderr, result.stderr
    # An officer calling them submissions changes nothing: their headers and addresses say.
    for number in (1, 4, 5):
        assert run("triage", str(number), "--kind", "submission").exit_code == 0
    again = run("acknowledge", "--dry-run")
    assert set(_drafted(again)) == {6}
    for reason in ("Auto-Submitted: auto-replied", "own address", "MAILER-DAEMON"):
        assert reason.lower() in again.stderr.lower(), again.stderr


def test_with_no_address_to_write_from_it_says_which_key(
    run: Run, tmp_path: Path, config_path: Path
) -> None:
    text = config_path.read_text().replace(
        'own_addresses = ["wg-submissions@example.org"]', "own_addresses = []"
    )
    bare = tmp_path / "bare.toml"
    bare.write_text(text.replace('username = "officer@example.org"', 'username = "officer"'))
    result = run("acknowledge", "--dry-run", config=bare)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "[acknowledge] from" in result.stderr


# --- drafts on a real IMAP server -------------------------------------------------------


@pytest.fixture
def on_dovecot(imap: Any, write_config: Callable[..., Path], run: Run) -> Callable[..., Result]:
    imap.append([], folder="Drafts")
    config = write_config(port=imap.imaps_port, ca_file=str(imap.ca_file))

    def invoke(*args: str) -> Result:
        return run(*args, config=config)

    return invoke


def _drafts(imap: Any) -> list[tuple[tuple[bytes, ...], email.message.EmailMessage]]:
    client = imap.client()
    try:
        client.select_folder("Drafts", readonly=True)
        fetched = client.fetch(client.search(["ALL"]), ["FLAGS", "BODY.PEEK[]"])
        return [
            (tuple(data[b"FLAGS"]), email.message_from_bytes(data[b"BODY[]"],
                                                              policy=email.policy.default))
            for _uid, data in sorted(fetched.items())
        ]  # fmt: skip
    finally:
        client.logout()


def test_drafts_land_in_drafts_once(on_dovecot: Run, imap: Any, samples: Path) -> None:
    """GIVEN the sample submissions
    WHEN acknowledge writes drafts, is run again, and runs once more after a run that
    stopped between the APPEND and its record
    THEN each draft is in Drafts once, flagged \\Draft, threaded under its submission,
    and list --json says when."""
    result = on_dovecot("acknowledge")
    assert result.exit_code == 0, result.output
    drafts = _drafts(imap)
    written = len(drafts)
    assert written >= 7
    flags, france = next(d for d in drafts if d[1]["To"] == "mission.geneve@diplomatie.gouv.fr")
    assert b"\\Draft" in flags
    assert france["In-Reply-To"] == "<nv-2020-118@diplomatie.gouv.fr>"
    assert france["References"] == "<nv-2020-118@diplomatie.gouv.fr>"
    assert france["Auto-Submitted"] == "auto-replied"
    assert france["From"] == "wg-submissions@example.org"
    assert "Member States" in france.get_content()
    listed = _listed(on_dovecot)
    assert listed[FRANCE]["acknowledged_at"] is not None
    assert listed[SUPERSEDED]["acknowledged_at"] is None

    again = on_dovecot("acknowledge")
    assert again.exit_code == 0 and "Nothing to acknowledge" in again.stderr
    with sqlite3.connect(samples / "wgsubmit.db") as conn:  # as if stopped before recording
        conn.execute("DELETE FROM acknowledgements")
    after_a_stop = on_dovecot("acknowledge")
    assert after_a_stop.exit_code == 0, after_a_stop.output
    assert "(0 new)" in after_a_stop.stderr
    assert len(_drafts(imap)) == written
    assert _listed(on_dovecot)[FRANCE]["acknowledged_at"] is not None


def test_a_change_of_publication_gets_a_new_message_saying_so(
    on_dovecot: Run, imap: Any, samples: Path
) -> None:
    """GIVEN a confidential submission already acknowledged
    WHEN an officer decides it is published after all
    THEN acknowledge offers one new message, which says what changed."""
    assert on_dovecot("acknowledge").exit_code == 0
    decided = on_dovecot("triage", str(CONFIDENTIAL), "--confidentiality", "publish")
    assert decided.exit_code == 0, decided.output
    shown = _drafted(on_dovecot("acknowledge", "--dry-run"))
    assert set(shown) == {CONFIDENTIAL}
    assert (
        "sustituye a nuestro mensaje anterior, que indicaba que no se publicaría"
        in shown[CONFIDENTIAL]
    )
    before = len(_drafts(imap))
    assert on_dovecot("acknowledge").exit_code == 0
    assert len(_drafts(imap)) == before + 1


def test_a_reply_saying_keep_it_confidential_keeps_it_off_the_page(
    on_dovecot: Run, imap: Any, tmp_path: Path
) -> None:
    """GIVEN a submission we said would be published, acknowledged
    WHEN its sender answers the acknowledgement "no, keep it confidential"
    THEN the submission is confidential and export leaves it out."""
    _write(tmp_path / "a", _submission("en", '"Maria Lopez" <m.lopez@bw.example.org>'))
    _import(on_dovecot, tmp_path / "a")
    assert on_dovecot("acknowledge").exit_code == 0
    [(_flags, ack)] = _drafts(imap)
    reply = mail(
        '"Maria Lopez" <m.lopez@bw.example.org>',
        "Re: " + str(ack["Subject"]),
        "No, please keep our submission confidential and do not publish it.",
        received="19 Mar 2020 08:00:00 +0000",
    )
    reply["In-Reply-To"] = str(ack["Message-ID"])
    reply["References"] = f"{ack['References']} {ack['Message-ID']}"
    _write(tmp_path / "b", reply)
    _import(on_dovecot, tmp_path / "b")
    assert _listed(on_dovecot)[1]["confidentiality"] == "confidential"
    exported = json.loads(on_dovecot("export", "--format", "json").stdout)
    assert not [e for g in exported["groups"] for e in g["entries"]]


def test_a_part_kept_confidential_is_named_once_an_officer_withholds_it(
    run: Run, tmp_path: Path
) -> None:
    """GIVEN a submission asking to keep its annex confidential
    WHEN it is acknowledged before an officer decides, and after the annex is withheld
    THEN first it is said to stay off the page, then published without "Annex 2.pdf"."""
    body = (
        f"{STUDY['en']}\n\nThe main submission may be published on the website. Please keep "
        "Annex 2 confidential and do not publish it."
    )
    message = _submission("en", '"Maria Lopez" <m.lopez@bw.example.org>', broken=False, body=body)
    annex = _pdf("Annex 2: names of the witnesses we interviewed. " * 5)
    message.add_attachment(annex, maintype="application", subtype="pdf", filename="Annex 2.pdf")
    _write(tmp_path / "in", message)
    _import(run, tmp_path / "in")
    assert "partial_confidential" in _listed(run)[1]["flags"]
    before = _drafted(run("acknowledge", "--dry-run"))[1]
    assert "it will not be published" in before and "without the file" not in before
    decided = run("triage", "1", "--withhold-file", "2", "--confidentiality", "publish")
    assert decided.exit_code == 0, decided.output
    after = _drafted(run("acknowledge", "--dry-run"))[1]
    assert 'It will be published without the file "Annex 2.pdf".' in after
    assert "confidenti" not in after.lower()


def test_the_drafts_folder_is_found_by_its_special_use(
    on_dovecot: Run, imap: Any, tmp_path: Path
) -> None:
    """GIVEN a mailbox whose drafts folder is "Brouillons", marked \\Drafts, beside a
    folder named "Drafts"
    WHEN acknowledge writes a draft
    THEN it lands in "Brouillons"."""
    imap.append([], folder="Brouillons")
    _write(tmp_path / "in", _submission("en", "person@example.net"))
    _import(on_dovecot, tmp_path / "in")
    assert on_dovecot("acknowledge").exit_code == 0
    client = imap.client()
    try:
        assert client.folder_status("Brouillons", [b"MESSAGES"])[b"MESSAGES"] == 1
        assert client.folder_status("Drafts", [b"MESSAGES"])[b"MESSAGES"] == 0
    finally:
        client.logout()


def test_a_call_may_keep_its_own_wording(run: Run, tmp_path: Path, config_path: Path) -> None:
    """GIVEN an acknowledge/en.txt.j2 beside the call's config
    WHEN acknowledge --dry-run runs
    THEN English messages use it, and the others the shipped wording."""
    own = config_path.parent / "acknowledge"
    own.mkdir()
    (own / "en.txt.j2").write_text("Received {{ received }}: {{ u.state }}.\n", encoding="utf-8")
    _write(tmp_path / "in", _submission("en", "person@example.net"))
    _write(tmp_path / "in", _submission("fr", "contact@ong.example.fr"))
    _import(run, tmp_path / "in")
    drafted = _drafted(run("acknowledge", "--dry-run"))
    assert drafted[1].endswith("\n\nReceived 16 March 2020: publish.\n\n")
    assert "Nous l'avons reçue le 16 mars 2020" in drafted[2]


def test_nothing_is_written_while_messages_are_unread(
    on_dovecot: Run, imap: Any, tmp_path: Path
) -> None:
    """GIVEN messages stored but not read (a later one may change a request)
    WHEN acknowledge runs
    THEN it stops, saying so, and writes no draft; once read, it writes them."""
    _write(tmp_path / "in", _submission("en", "person@example.net"))
    stored = on_dovecot("-q", "import", "--download-only", str(tmp_path / "in"))
    assert stored.exit_code == 0, stored.output
    result = on_dovecot("acknowledge")
    assert result.exit_code == 1 and "not read yet" in result.stderr
    assert _drafts(imap) == []
    assert on_dovecot("-q", "reprocess").exit_code == 0
    assert on_dovecot("acknowledge").exit_code == 0
    assert len(_drafts(imap)) == 1


def test_our_acknowledgement_quoted_in_a_reply_is_not_read_as_the_submitters_words(
    run: Run, tmp_path: Path
) -> None:
    """GIVEN a submission, and its sender's reply "Thank you." above our acknowledgement,
    quoted under a blank line and "On …, <our address> wrote:"
    WHEN the reply is read
    THEN what we wrote ("will be published") is not taken as theirs."""
    _write(tmp_path / "a", _submission("en", '"Maria Lopez" <m.lopez@bw.example.org>'))
    _import(run, tmp_path / "a")
    ours = _drafted(run("acknowledge", "--dry-run"))[1].split("\n\n", 1)[1]
    assert "will be published" in ours
    quoted = "\n".join(f"> {line}".rstrip() for line in ours.splitlines())
    body = f"Thank you.\n\nOn 20 Mar 2020, at 10:00, <wg-submissions@example.org> wrote:\n{quoted}"
    reply = mail(
        '"Maria Lopez" <m.lopez@bw.example.org>',
        "Re: Submission to the call",
        body,
        received="21 Mar 2020 08:00:00 +0000",
        message_id="<r1@bw.example.org>",
    )
    _write(tmp_path / "b", reply)
    _import(run, tmp_path / "b")
    answer = _listed(run)[2]
    assert "will be published" not in (answer["confidentiality_evidence"] or "")
    assert answer["confidentiality"] != "publish"
