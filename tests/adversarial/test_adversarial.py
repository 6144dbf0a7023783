"""The adversarial collection itself: built the same every time, labelled completely, and
scored so that a leak is always counted. (Running the scorer against the tool is
score.py's job, not the test suite's: the current rules are expected to leak.)"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from adv_files import build as file_bytes
from adv_model import Doc
from build import all_cases, build, file_names
from score import assess, figures

# One case of each kind of attachment and place, to build twice.
SAMPLE = {
    "g-en-attached_forward-0",
    "g-fr-docx_boxes-1",
    "g-es-pdf_form-0",
    "g-en-html-0",
    "w4-zip-zip-zip",
    "w4-scan-refusal",
    "w4-encrypted-pdf",
    "w4-unreadable-doc",
    "w6-pdf-author-property",
    "w8-everything",
    "w5-d1-original",
    "w5-d2-correction",
}


def _digests(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_the_same_cases_give_the_same_bytes_and_headers_match_the_labels(tmp_path: Path) -> None:
    first = build(tmp_path / "a", only=SAMPLE)
    build(tmp_path / "b", only=SAMPLE)
    assert len(first) == len(SAMPLE)
    assert _digests(tmp_path / "a") == _digests(tmp_path / "b")
    for label in first:
        raw = (tmp_path / "a" / "messages" / label["file"]).read_bytes()
        message = email.message_from_bytes(raw, policy=email.policy.default)
        assert message["Message-ID"] == label["message_id"]
        received = email.utils.parsedate_to_datetime(message["Received"].rsplit(";", 1)[1])
        assert received == dt.datetime.fromisoformat(label["received_at"])
        assert len(max(raw.split(b"\n"), key=len)) <= 998


def test_every_case_is_labelled_and_the_halves_are_even() -> None:
    cases = all_cases()
    assert len(cases) >= 400
    assert sum(c.method == "written" for c in cases) >= 150
    assert set(Counter(c.category for c in cases)) == set(range(9))
    halves = Counter(c.half for c in cases)
    assert 0.4 < halves["tune"] / len(cases) < 0.6
    for case in cases:
        assert case.note, case.id
        if case.anonymous:
            assert case.author_names, case.id
    requests = Counter(c.request for c in cases)
    assert all(requests[r] for r in ("publish", "confidential", "silent", "cannot_tell"))


def test_a_later_message_of_a_linked_group_is_imported_first() -> None:
    cases = all_cases()
    names = file_names(cases)
    groups: dict[str, list[Any]] = {}
    for case in cases:
        if case.group:
            groups.setdefault(case.group, []).append(case)
    assert len(groups) >= 10
    for members in groups.values():
        by_time = sorted(members, key=lambda c: c.mail.received)
        by_name = sorted(members, key=lambda c: names[c.id])
        assert by_name == list(reversed(by_time))


def _label(**values: Any) -> dict[str, Any]:
    label = {
        "id": "x",
        "category": 0,
        "message_id": "<x@example.org>",
        "half": "tune",
        "submission": True,
        "request": "publish",
        "anonymous": False,
        "author_names": [],
        "on_time": True,
        "superseded": False,
        "note": "",
    }
    return label | values


def _record(n: int, confidentiality: str) -> dict[str, Any]:
    return {"id": n, "message_id": f"<{n}@example.org>", "confidentiality": confidentiality}


@pytest.mark.parametrize(
    ("label", "name", "file", "leak"),
    [
        (_label(request="confidential"), "NGO", None, "confidential on the page"),
        (_label(request="cannot_tell"), "NGO", None, "cannot-tell on the page"),
        (_label(submission=False), "Abdi", None, "non-submission on the page"),
        (_label(anonymous=True, author_names=["Oksana Melnyk"]), "Oksana", None, "named"),
        (
            _label(anonymous=True, author_names=["Oksana Melnyk"]),
            "Anonymous submission",
            Doc("pdf", "a.pdf", pages=("clean text",), author="OKSANA MELNYK"),
            "author in copied file",
        ),
        (
            _label(anonymous=True, author_names=["Nadia Belkacem"]),
            "Anonymous submission",
            Doc("docx", "a.docx", pages=("texte",), author="Nadia Belkacem"),
            "author in copied file",
        ),
        (_label(), "NGO", Doc("pdf", "a.pdf", pages=("x",), active="js"), "active content"),
        (_label(), "NGO", Doc("pdf", "a.pdf", pages=("x",), active="launch"), "active content"),
    ],
)
def test_each_kind_of_leak_is_counted(
    tmp_path: Path, label: dict[str, Any], name: str, file: Doc | None, leak: str
) -> None:
    label = label | {"message_id": "<1@example.org>"}
    files = []
    if file is not None:
        (tmp_path / file.name).write_bytes(file_bytes(file))
        files = [file.name]
    export = {"groups": [{"title": "G", "entries": [{"id": 1, "name": name, "files": files}]}]}
    [result] = assess([label], [_record(1, "publish")], export, tmp_path)
    assert any(leak in found for found in result.leaks), result.leaks
    assert figures([result])["leaks"] >= 1


def test_a_clean_page_and_what_is_left_off_count_no_leak(tmp_path: Path) -> None:
    clean = Doc("pdf", "Clean.pdf", pages=("Submission text",))
    (tmp_path / clean.name).write_bytes(file_bytes(clean))
    labels = [
        _label(message_id="<1@example.org>"),
        _label(message_id="<2@example.org>", request="confidential"),
        _label(message_id="<3@example.org>", request="silent"),
        _label(message_id="<4@example.org>", anonymous=True, author_names=["Oksana Melnyk"]),
    ]
    records = [_record(1, "publish"), _record(2, "confidential"), _record(3, "unclear")]
    records.append(_record(4, "publish"))
    entries = [
        {"id": 1, "name": "NGO", "files": [clean.name]},
        {"id": 4, "name": "Anonymous submission", "files": []},
    ]
    results = assess(labels, records, {"groups": [{"entries": entries}]}, tmp_path)
    numbers = figures(results)
    assert numbers["leaks"] == 0
    assert numbers["consent_recall"] == {"hits": 1, "total": 1, "rate": 1.0}
    assert numbers["silent_recall"] == {"hits": 0, "total": 1, "rate": 0.0}
    assert numbers["confidentiality_accuracy"]["hits"] == 3
    assert numbers["unclear_share"]["hits"] == 1
    assert json.dumps(numbers)
