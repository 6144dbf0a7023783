"""Build the adversarial collection of messages to a call for inputs, with their labels.

    python tests/adversarial/build.py OUT_DIR

writes OUT_DIR/messages/*.eml (real messages with real PDF, DOCX and zip attachments) and
OUT_DIR/labels.json (what a careful officer concludes from each). Same bytes every run.
File names are a seeded shuffle, so import order is not received order; within a linked
group (a submission and its later correction or amendment) the later one is imported first.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from adv_grammar import grammar_cases
from adv_mail import eml_bytes
from adv_model import CATEGORIES, Case
from adv_written import written_cases

SEED = 17032020


def all_cases() -> list[Case]:
    cases = grammar_cases() + written_cases()
    seen: set[str] = set()
    for case in cases:
        if case.id in seen:
            raise ValueError(f"two cases named {case.id}")
        seen.add(case.id)
    return cases


def file_names(cases: list[Case]) -> dict[str, str]:
    """A shuffled numbering; in each linked group the latest-received gets the lowest."""
    numbers = list(range(1, len(cases) + 1))
    random.Random(SEED).shuffle(numbers)
    given = {case.id: number for case, number in zip(cases, numbers, strict=True)}
    groups: dict[str, list[Case]] = defaultdict(list)
    for case in cases:
        if case.group:
            groups[case.group].append(case)
    for members in groups.values():
        by_time = sorted(members, key=lambda c: c.mail.received)
        lowest_first = sorted(given[c.id] for c in members)
        for case, number in zip(reversed(by_time), lowest_first, strict=True):
            given[case.id] = number
    return {case_id: f"msg-{number:04d}.eml" for case_id, number in given.items()}


def label(case: Case, file: str) -> dict[str, Any]:
    return {
        "id": case.id,
        "file": file,
        "message_id": case.message_id(),
        "category": case.category,
        "category_name": CATEGORIES[case.category],
        "lang": case.lang,
        "half": case.half,
        "method": case.method,
        "submission": case.submission,
        "request": case.request,
        "anonymous": case.anonymous,
        "author_names": list(case.author_names),
        "on_time": case.on_time,
        "superseded": case.superseded,
        "group": case.group,
        "received_at": case.mail.received.isoformat(),
        "note": case.note,
    }


def build(out: Path, only: set[str] | None = None) -> list[dict[str, Any]]:
    """Write the messages and labels.json under out (only some ids, for tests)."""
    cases = all_cases()
    names = file_names(cases)
    cases = [case for case in cases if only is None or case.id in only]
    folder = out / "messages"
    folder.mkdir(parents=True, exist_ok=True)
    labels = []
    for case in sorted(cases, key=lambda c: names[c.id]):
        (folder / names[case.id]).write_bytes(eml_bytes(case))
        labels.append(label(case, names[case.id]))
    text = json.dumps(labels, ensure_ascii=False, indent=1)
    (out / "labels.json").write_text(text + "\n", encoding="utf-8")
    return labels


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder to write messages/ and labels.json into")
    args = parser.parse_args(argv)
    labels = build(args.out)
    halves = defaultdict(int)
    for entry in labels:
        halves[entry["half"]] += 1
    print(f"{len(labels)} messages in {args.out / 'messages'} ({dict(sorted(halves.items()))})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
