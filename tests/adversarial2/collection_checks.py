"""What every adversarial collection built by `adv2_build` must be: complete labels, even
halves with both copies of a statement in one, one sender a case, real files, and a later
message always imported before the one it follows. Each collection's test calls these
with its own cases and builder."""

from __future__ import annotations

import email
import email.policy
import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from adv2_build import Case


def check_cases(cases: list[Case], at_least: int, labels_used: str) -> None:
    assert len(cases) >= at_least
    assert len({c.id for c in cases}) == len(cases)
    labels = Counter(c.label for c in cases)
    assert all(labels[x] >= 5 for x in labels_used), labels
    halves = Counter(c.half for c in cases)
    assert 0.4 < halves["tune"] / len(cases) < 0.6
    by_statement: dict[str, set[str]] = {}
    for case in cases:
        assert case.note, case.id
        assert case.label != "A" or case.author_names, case.id
        if case.statement:
            by_statement.setdefault(case.statement, set()).add(case.half)
    assert all(len(h) == 1 for h in by_statement.values())


def check_senders(cases: list[Case]) -> None:
    """A shared address would link unrelated cases as revisions of one another (a
    non-submission, "N", may come from anyone)."""
    first = [c.mails[0].address for c in cases if c.label != "N"]
    assert len(first) == len(set(first))


def check_messages(
    build: Callable[[Path], list[dict[str, Any]]], out: Path
) -> list[dict[str, Any]]:
    """The collection ``build`` writes to ``out`` (or wrote there already, its
    labels.json kept): every message is labelled, carries its Message-ID and real
    documents, and a later message sorts before the one it follows. The labels."""
    kept = out / "labels.json"
    labels = json.loads(kept.read_text("utf-8")) if kept.is_file() else build(out)
    names = sorted(p.name for p in (out / "messages").iterdir())
    assert names == sorted(label["file"] for label in labels)
    kinds: Counter[str] = Counter()
    for label in labels:
        raw = (out / "messages" / label["file"]).read_bytes()
        message = email.message_from_bytes(raw, policy=email.policy.default)
        assert message["Message-ID"] == label["message_id"]
        for part in message.iter_attachments():
            data = part.get_payload(decode=True) or b""
            kinds["pdf" if data.startswith(b"%PDF") else "zip" if data[:2] == b"PK" else "?"] += 1
    assert kinds["pdf"] >= 60 and kinds["zip"] >= 60, kinds
    later = [label for label in labels if label["category"] == "later_message"]
    assert len(later) >= 10
    for label in later:
        first = label["file"].replace("-a1.eml", "-b0.eml")
        assert label["file"] < first  # imported first, received later
    return labels


def check_leaks(stdout: str, leaks: tuple[int, int], consent_recall: tuple[float, float]) -> None:
    """The scorer's figures (its `--json`) within a collection's measured bounds: leaks at
    most, consent recall at least, for the tune half and then the frozen one."""
    figures = json.loads(stdout)
    for half, most, least in zip(("tune", "frozen"), leaks, consent_recall, strict=True):
        assert figures[half]["leaks"] <= most, stdout
        assert figures[half]["consent_recall"]["rate"] >= least, stdout


def check_ids(cases: list[Case], prefix: str) -> None:
    """Ids `<prefix>-<kind>-<language>-<nn>`, the kind being the case's category; every
    mail with a text."""
    for case in cases:
        kind, lang = case.id.split("-")[1:3]
        assert case.id.startswith(f"{prefix}-") and kind == case.category, case.id
        assert lang in ("en", "fr", "es", "pt"), case.id
        assert all(m.body or m.html for m in case.mails), case.id


def check_balance(cases: list[Case], not_submissions: tuple[float, float]) -> None:
    """Refusals and anonymity at least 35%, cannot-tell and consent 15% each, silence 10%,
    not-submissions within the given shares; English, French and Spanish 28% each at
    least, and some Portuguese."""
    labels = Counter(c.label for c in cases)
    share = {label: n / len(cases) for label, n in labels.items()}
    assert share["C"] + share["A"] >= 0.35, labels
    assert share["U"] >= 0.15 and share["P"] >= 0.15 and share["S"] >= 0.1, labels
    assert not_submissions[0] <= share["N"] <= not_submissions[1], labels
    langs = Counter(c.id.split("-")[2] for c in cases)
    assert all(langs[lang] >= 0.28 * len(cases) for lang in ("en", "fr", "es")), langs
    assert langs["pt"] >= 5, langs


def check_own_paragraphs(cases: list[Case], aside: Callable[[str], bool]) -> None:
    """No paragraph of 60 characters or more in two cases: each written on its own.
    Quoted lines, and those `aside` says so, are not counted."""
    seen: dict[str, str] = {}
    for case in cases:
        for mail in case.mails:
            texts = [mail.body or mail.html] + [
                p for d in mail.docs for page in d.pages for p in page
            ]
            for text in texts:
                for paragraph in text.split("\n\n"):
                    lines = [
                        line
                        for line in paragraph.splitlines()
                        if not line.startswith(">") and not aside(line)
                    ]
                    key = " ".join(lines).strip()
                    if len(key) >= 60:
                        assert seen.setdefault(key, case.id) == case.id, (case.id, key)
