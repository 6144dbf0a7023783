"""What Outlook sends and what officers drag out of it: winmail.dat (TNEF) attachments,
unpacked wherever they appear, with the real files of the shared corpus."""

from __future__ import annotations

import email.policy
import json
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from click.testing import Result

from conftest import mail

Run = Callable[..., Result]


def _with_winmail(data: bytes, message_id: str) -> EmailMessage:
    return mail("Officer <officer@ministry.example.org>", "Contribution", "See the attachment.",
                received=None, date="Mon, 16 Mar 2020 10:00:00 +0000", message_id=message_id,
                files=(("winmail.dat", "application/ms-tnef", data),))  # fmt: skip


def _attachments(run: Run) -> dict[str, list[dict[str, Any]]]:
    listed = json.loads(run("list", "--json", "--all").stdout)
    return {i["message_id"]: i["attachments"] for i in listed}


def test_every_winmail_dat_of_the_corpus_is_unpacked(
    run: Run, tmp_path: Path, corpus: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    samples = sorted((corpus / "emails" / "tnef").glob("*.tnef"))
    assert len(samples) >= 9
    for sample in samples:
        message = _with_winmail(sample.read_bytes(), f"<{sample.stem}@tnef>")
        (folder / f"{sample.stem}.eml").write_bytes(message.as_bytes())
    # One forwarded: the winmail.dat is in the inner message.
    outer = EmailMessage(policy=email.policy.SMTP)
    outer["From"] = "Desk <wg-submissions@example.org>"
    outer["To"] = "wg-submissions@example.org"
    outer["Subject"] = "Fwd: Contribution"
    outer["Message-ID"] = "<forward@tnef>"
    outer.set_content("Forwarding.")
    outer.add_attachment(_with_winmail((corpus / "emails/tnef/two-files.tnef").read_bytes(),
                                       "<inner@tnef>"))  # fmt: skip
    (folder / "forward.eml").write_bytes(outer.as_bytes())
    result = run("-q", "import", str(folder))
    assert result.exit_code == 0, result.output
    found = _attachments(run)
    names = {mid: [a["filename"] for a in atts] for mid, atts in found.items()}
    assert names["<two-files@tnef>"] == ["winmail.dat", "AUTHORS", "README"]
    assert names["<forward@tnef>"] == ["winmail.dat", "AUTHORS", "README"]
    assert "UmlautAnhang-äüö.txt" in names["<umlaut@tnef>"]
    assert "allproductsmar2000.dat" in names["<long-filename@tnef>"]
    # The message's own text, when only the winmail.dat holds it, is read as a document.
    body = {a["filename"]: a for a in found["<body@tnef>"]}
    assert body["message.html"]["text_chars"] > 0
    rtf = {a["filename"]: a for a in found["<rtf@tnef>"]}
    assert rtf["message.rtf"]["text_chars"] > 0
    readme = next(a for a in found["<two-files@tnef>"] if a["filename"] == "README")
    assert readme["text_chars"] > 100 and readme["error"] is None
    assert all(
        a["error"] is None or "archive" in a["error"] or "winmail" in a["error"]
        for atts in found.values()
        for a in atts
        if a["filename"] == "winmail.dat"
    )


def test_an_outlook_msg_file_is_read_like_any_message(
    run: Run, tmp_path: Path, corpus: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    original = (corpus / "emails" / "mail-parser" / "mail_outlook_1.msg").read_bytes()
    (folder / "dragged from Outlook.msg").write_bytes(original)
    result = run("-q", "import", str(folder))
    assert result.exit_code == 0, result.output
    [item] = json.loads(run("list", "--json", "--all").stdout)
    assert item["error"] is None and "unparseable" not in item["flags"]
    assert item["message_id"] == "<20170918100018.6AE0948009C@www.w-vwa.de>"
    assert item["from"]["address"] == "nueblingv@w-vwa.de"
    assert item["subject"] == "Newsletter Prüfung Personalwesen / Prüfung Eröffnungsbilanz"
    # The topmost Received: header Outlook kept (12:00:28 +0200), not the sender's Date:.
    assert item["received_at"] == "2017-09-18T10:00:28+00:00"
    assert item["language"] == "de"
    assert [a["filename"] for a in item["attachments"]][:2] == ["newsletter.png", "spacer.gif"]
    # The file itself is kept byte for byte.
    [raw] = (tmp_path / "store" / "raw").rglob("*.eml")
    assert raw.read_bytes() == original
