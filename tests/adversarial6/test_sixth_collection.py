"""The sixth adversarial collection: requests in places and links a submission's first
message body does not hold (forwards, bottom-posted replies, memo headers, middle pages,
Word and PDF form fields, HTML split by markup, an archive in an archive, threads),
balanced across kinds, labels and languages, no two sharing a sender or a paragraph,
with real files, threads imported out of received order, and the tool, run through the
documented flow, leaking no more than was measured when the collection was added."""

from __future__ import annotations

import email
import email.policy
import email.utils
import io
import json
import sys
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "adversarial2")]

from adv6_build import build  # noqa: E402
from adv6_cases import KINDS, WROTE, all_cases  # noqa: E402
from collection_checks import (  # noqa: E402
    check_balance,
    check_cases,
    check_ids,
    check_leaks,
    check_own_paragraphs,
    check_senders,
)

from conftest import Scored  # noqa: E402

# Measured on the rules, tightened as they improve (the target is 0 leaks on both halves).
# Leaks count a refused, anonymous-named or cannot-tell submission on the page, a message
# that is not a submission on the page, or an author's name in an anonymous entry's file.
# When the collection was added: tune 11 leaks (all in threads), frozen 4; consent recall
# 18/22 and 10/14. With later notes from the same person holding or restricting the
# earlier submission in any import order, and form fields' values and ticked labels
# answering their questions: tune 0, frozen 3; consent recall 20/22 and 12/14. Frozen 2
# since the seventh collection's families of wording.
TUNE_LEAKS_MEASURED = 0
FROZEN_LEAKS_MEASURED = 2
TUNE_CONSENT_RECALL_MEASURED = 0.909  # 20/22
FROZEN_CONSENT_RECALL_MEASURED = 0.857  # 12/14


def test_every_case_is_labelled_and_no_two_share_a_sender() -> None:
    cases = all_cases()
    check_cases(cases, 160, "PCUASN")
    check_senders(cases)
    check_ids(cases, "c6")


def test_the_kinds_labels_and_languages_are_balanced() -> None:
    cases = all_cases()
    check_balance(cases, (0.03, 0.08))
    kinds = Counter(c.category for c in cases)
    assert set(kinds) == set(KINDS.values()), kinds
    assert max(kinds.values()) <= 1.5 * min(kinds.values()), kinds


def test_no_two_messages_share_a_paragraph() -> None:
    """Written one by one: no sentence template, no shared context paragraph (quoted
    lines and the line that introduces them aside)."""
    heads = {line.split(",")[0] for line in WROTE.values()}
    check_own_paragraphs(all_cases(), lambda line: line.split(",")[0] in heads)


def _opens(name: str, data: bytes) -> str:
    """What the file is, after opening it as the libraries that read it do."""
    if data.startswith(b"%PDF"):
        import pikepdf
        from pdfminer.high_level import extract_text

        assert extract_text(io.BytesIO(data)).strip(), name
        with pikepdf.open(io.BytesIO(data)) as pdf:
            return "pdf-form" if "/AcroForm" in pdf.Root else "pdf"
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        if name.endswith(".zip"):
            (inner,) = archive.namelist()
            return "zip>" + _opens(inner, archive.read(inner))
        xml = archive.read("word/document.xml")
    import docx

    assert docx.Document(io.BytesIO(data)).paragraphs, name
    boxes = (b"FORMCHECKBOX", b"w14:checkbox", b"w:sym ", "\u2612".encode(), "\u2610".encode())
    if any(box in xml for box in boxes):
        return "docx-form"
    return "docx"


def test_the_messages_match_their_labels_and_carry_real_files(scored: Scored) -> None:
    """The collection as the scorer built it (the leak test below reads its figures)."""
    _, work = scored(6)
    kept = work / "labels.json"
    labels: list[dict[str, Any]] = (
        json.loads(kept.read_text("utf-8")) if kept.is_file() else build(work)
    )
    names = sorted(p.name for p in (work / "messages").iterdir())
    assert names == sorted(label["file"] for label in labels)
    files: Counter[str] = Counter()
    received: dict[str, list[tuple[object, str]]] = {}
    for label in labels:
        raw = (work / "messages" / label["file"]).read_bytes()
        message = email.message_from_bytes(raw, policy=email.policy.default)
        assert message["Message-ID"] == label["message_id"]
        when = email.utils.parsedate_to_datetime(str(message["Date"]))
        received.setdefault(label["id"].split(".")[0], []).append((when, label["file"]))
        for part in message.iter_attachments():
            data = part.get_payload(decode=True)
            if isinstance(data, bytes):
                files[_opens(part.get_filename() or "", data)] += 1
    assert files["pdf-form"] >= 8 and files["docx-form"] >= 12, files
    assert files["zip>zip>pdf"] + files["zip>zip>docx"] >= 15 and files["pdf"] >= 40, files
    threads = [sorted(mails) for mails in received.values() if len(mails) > 1]
    out_of_order = [t for t in threads if [f for _, f in t] != sorted(f for _, f in t)]
    assert len(threads) >= 20 and len(out_of_order) >= 8, (len(threads), len(out_of_order))
    first = [label for label in labels if "." not in label["id"]]
    assert len(first) == len(all_cases())
    halves = Counter(label["half"] for label in first)
    assert abs(halves["tune"] - halves["frozen"]) <= 0.15 * len(first), halves
    assert all(label["author_names"] for label in labels if label["anonymous"])


def test_the_tool_leaks_no_more_than_measured(scored: Scored) -> None:
    done, _ = scored(6)
    assert done.returncode in (0, 1), done.stderr
    check_leaks(
        done.stdout,
        (TUNE_LEAKS_MEASURED, FROZEN_LEAKS_MEASURED),
        (TUNE_CONSENT_RECALL_MEASURED, FROZEN_CONSENT_RECALL_MEASURED),
    )
