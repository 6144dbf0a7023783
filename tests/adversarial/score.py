"""Score wgsubmit's publication decisions against the adversarial collection.

    .venv/bin/python tests/adversarial/score.py                 # table, both halves
    .venv/bin/python tests/adversarial/score.py --half frozen   # one half only
    .venv/bin/python tests/adversarial/score.py --verbose       # ... and every leak and miss
    .venv/bin/python tests/adversarial/score.py --json          # figures as JSON

It builds the collection into a temporary folder, writes a config (tests/eval/config.toml
with the store inside that folder) and runs the real command line as an officer would:
import, triage --auto, export --format json --files upload/, list --json --all. Every
expectation comes from labels.json alone. Exit 1 when anything leaked (or wgsubmit failed),
0 otherwise, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from adv_inspect import active_content, names_found, unreadable, words_of
from adv_model import CATEGORIES
from build import build

HERE = Path(__file__).resolve().parent
EVAL_CONFIG = HERE.parent / "eval" / "config.toml"
EXPECTED = {
    "publish": "publish",
    "confidential": "confidential",
    "silent": "unspecified",
    "cannot_tell": "unclear",
}
ANONYMOUS_NAME = "Anonymous submission"
HALVES = {"tune": ("tune",), "frozen": ("frozen",), "both": ("tune", "frozen", "all")}


class ToolFailed(Exception):
    """wgsubmit exited with an error: nothing can be said about what it would publish."""


@dataclass(frozen=True)
class Result:
    """One labelled message and what the tool made of it."""

    label: dict[str, Any]
    record: dict[str, Any] | None
    entry: dict[str, Any] | None
    leaks: tuple[str, ...]

    @property
    def published(self) -> bool:
        return self.entry is not None

    @property
    def said(self) -> str:
        if self.record is None:
            return "not in `list --json --all`"
        r = self.record
        evidence = (r.get("confidentiality_evidence") or "")[:90]
        page = f"on the page as {self.entry['name']!r}" if self.entry else "not on the page"
        return (
            f"kind={r.get('kind')} confidentiality={r.get('confidentiality')} "
            f"flags={','.join(r.get('flags') or []) or '-'} superseded_by={r.get('superseded_by')} "
            f"{page}; evidence: {evidence!r}"
        )


def run_tool(work: Path, messages: Path) -> tuple[list[dict[str, Any]], dict[str, Any], Path]:
    config = work / "config.toml"
    text = EVAL_CONFIG.read_text("utf-8")
    text, found = re.subn(r"(?m)^path\s*=.*$", 'path = "store"', text)
    config.write_text(text if found else text + '\n[store]\npath = "store"\n', "utf-8")
    out, upload = work / "out.json", work / "upload"
    base = [sys.executable, "-m", "wgsubmit", "--config", str(config), "-q"]
    _run([*base, "import", str(messages)])
    _run([*base, "triage", "--auto"])
    _run([*base, "export", "--format", "json", "-o", str(out), "--files", str(upload)])
    listing = json.loads(_run([*base, "list", "--json", "--all"]))
    return listing, json.loads(out.read_text("utf-8")), upload


def _run(command: list[str]) -> str:
    env = {k: v for k, v in os.environ.items() if k != "WGSUBMIT_CONFIG"}
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise ToolFailed(f"{' '.join(command[3:])}: exit {done.returncode}: {done.stderr[-800:]}")
    return done.stdout


def assess(
    labels: list[dict[str, Any]],
    records: list[dict[str, Any]],
    export: dict[str, Any],
    upload: Path,
) -> list[Result]:
    """Each label with its record, its page entry and every leak it caused."""
    by_message = {r["message_id"]: r for r in records}
    by_id = {r["id"]: r for r in records}
    entries = {e["id"]: e for g in export.get("groups", []) for e in g.get("entries", [])}
    results = []
    for label in labels:
        record = by_message.get(label["message_id"])
        entry = entries.get(record["id"]) if record else None
        results.append(Result(label, record, entry, tuple(_leaks(label, entry, upload))))
    unknown = [
        i
        for i in entries
        if by_id.get(i, {}).get("message_id") not in {label["message_id"] for label in labels}
    ]
    if unknown:
        print(f"warning: page entries with no label: {unknown}", file=sys.stderr)
    return results


def _leaks(label: dict[str, Any], entry: dict[str, Any] | None, upload: Path) -> list[str]:
    if entry is None:
        return []
    leaks = []
    if label["request"] == "confidential":
        leaks.append("confidential on the page")
    if label["request"] == "cannot_tell":
        leaks.append("cannot-tell on the page")
    if not label["submission"]:
        leaks.append("non-submission on the page")
    if label["anonymous"] and entry.get("name") != ANONYMOUS_NAME:
        leaks.append("anonymous entry named")
    for name in entry.get("files", []):
        path = upload / name
        data = path.read_bytes() if path.is_file() else b""
        if label["anonymous"]:
            words = words_of(name, data)
            found = names_found(words, label["author_names"])
            if found or unreadable(words) or not path.is_file():
                leaks.append(f"author in copied file: {name} ({', '.join(found) or 'unreadable'})")
        active = active_content(data)
        if active:
            leaks.append(f"active content in copied file: {name} ({', '.join(active)})")
    return leaks


def figures(results: list[Result]) -> dict[str, Any]:
    submissions = [r for r in results if r.label["submission"]]
    consent = _eligible(submissions, "publish")
    silent = _eligible(submissions, "silent")
    right = [r for r in submissions if _confidentiality(r) == EXPECTED[r.label["request"]]]
    unclear = [r for r in submissions if _confidentiality(r) == "unclear"]
    kinds: dict[str, int] = {}
    for r in results:
        for leak in r.leaks:
            kind = leak.split(":")[0]
            kinds[kind] = kinds.get(kind, 0) + 1
    return {
        "messages": len(results),
        "leaks": sum(kinds.values()),
        "messages_leaking": sum(1 for r in results if r.leaks),
        "leaking_by_category": {
            str(c): sum(1 for r in results if r.leaks and r.label["category"] == c)
            for c in sorted({r.label["category"] for r in results})
        },
        "leak_kinds": dict(sorted(kinds.items())),
        "consent_recall": _share(sum(r.published for r in consent), len(consent)),
        "silent_recall": _share(sum(r.published for r in silent), len(silent)),
        "confidentiality_accuracy": _share(len(right), len(submissions)),
        "unclear_share": _share(len(unclear), len(submissions)),
        "superseded_on_page": sum(1 for r in submissions if r.label["superseded"] and r.published),
    }


def _eligible(submissions: list[Result], request: str) -> list[Result]:
    return [
        r
        for r in submissions
        if r.label["request"] == request
        and not r.label["anonymous"]
        and r.label["on_time"]
        and not r.label["superseded"]
    ]


def _confidentiality(result: Result) -> str | None:
    return result.record.get("confidentiality") if result.record else None


def _share(hits: int, total: int) -> dict[str, Any]:
    return {"hits": hits, "total": total, "rate": round(hits / total, 3) if total else None}


def misses(results: list[Result]) -> list[tuple[str, Result]]:
    """Consent or silence not published, and every confidentiality value that is wrong."""
    found = []
    for r in results:
        label = r.label
        if not label["submission"]:
            continue
        counted = _eligible([r], "publish") or _eligible([r], "silent")
        if counted and not r.published:
            found.append(("not published", r))
        want = EXPECTED[label["request"]]
        if _confidentiality(r) != want:
            found.append((f"confidentiality {_confidentiality(r)} (label: {want})", r))
    return found


def measure(build: Callable[[Path], list[dict[str, Any]]], work: Path) -> list[Result]:
    """Build a collection in `work` with `build`, run the tool on it, assess every label."""
    labels = build(work)
    records, export, upload = run_tool(work, work / "messages")
    return assess(labels, records, export, upload)


def table(by_half: dict[str, dict[str, Any]], category: Callable[[str], str] = lambda c: c) -> str:
    rows: list[tuple[str, list[str]]] = [
        ("messages", [str(f["messages"]) for f in by_half.values()]),
        ("LEAKS (must be 0)", [str(f["leaks"]) for f in by_half.values()]),
    ]
    kinds = sorted({k for f in by_half.values() for k in f["leak_kinds"]})
    rows += [(f"  {k}", [str(f["leak_kinds"].get(k, 0)) for f in by_half.values()]) for k in kinds]
    rows.append(("messages leaking", [str(f["messages_leaking"]) for f in by_half.values()]))
    for c in sorted({c for f in by_half.values() for c in f["leaking_by_category"]}):
        cells = [str(f["leaking_by_category"].get(c, 0)) for f in by_half.values()]
        rows.append((f"  of category {category(c)}", cells))
    for key, title in (
        ("consent_recall", "consent recall"),
        ("silent_recall", "silent recall"),
        ("confidentiality_accuracy", "confidentiality accuracy"),
        ("unclear_share", "share marked unclear"),
    ):
        rows.append((title, [_cell(f[key]) for f in by_half.values()]))
    rows.append(
        ("superseded on the page", [str(f["superseded_on_page"]) for f in by_half.values()])
    )
    width = max(len(title) for title, _ in rows) + 2
    lines = ["".ljust(width) + "".join(h.rjust(18) for h in by_half)]
    lines += [title.ljust(width) + "".join(c.rjust(18) for c in cells) for title, cells in rows]
    return "\n".join(lines)


def _cell(share: dict[str, Any]) -> str:
    rate = "-" if share["rate"] is None else f"{100 * share['rate']:.1f}%"
    return f"{share['hits']}/{share['total']} {rate}"


def main(argv: list[str] | None = None) -> int:
    return scorer(argv, __doc__, build, category=lambda c: f"{c} ({CATEGORIES[int(c)]})")


def scorer(
    argv: list[str] | None,
    doc: str,
    build: Callable[[Path], list[dict[str, Any]]],
    category: Callable[[str], str] = lambda c: c,
    detailed: str | None = None,
) -> int:
    """A collection's scorer: its options, the figures of each half, and exit 1 when the
    half shown leaks. `detailed` names the only half a collection details and fails on
    (its other half is frozen: looked at in aggregate); otherwise `--half` chooses."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    if detailed is None:
        parser.add_argument("--half", choices=sorted(HALVES), default="both")
    parser.add_argument("--verbose", action="store_true", help="print every leak and miss")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--work", type=Path, help="build and run here, and keep it (debugging)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="wgsubmit-adversarial-") as temporary:
        work = args.work or Path(temporary)
        work.mkdir(parents=True, exist_ok=True)
        try:
            results = measure(build, work)
        except ToolFailed as err:
            print(f"wgsubmit failed: {err}", file=sys.stderr)
            return 1
    half = detailed or args.half
    chosen = HALVES["both" if detailed else half]
    by_half = {h: figures([r for r in results if h in ("all", r.label["half"])]) for h in chosen}
    shown = [r for r in results if half == "both" or r.label["half"] == half]
    print(json.dumps(by_half, indent=1) if args.json else table(by_half, category))
    if args.verbose:
        _details(shown)
    return 1 if any(r.leaks for r in shown) else 0


def _details(results: list[Result]) -> None:
    print("\nLeaks:")
    for r in results:
        for leak in r.leaks:
            print(
                f"  {r.label['id']} [{r.label['half']}]: {leak}\n    {r.label['note']}\n"
                f"    tool: {r.said}"
            )
    print("\nMisses:")
    for what, r in misses(results):
        print(
            f"  {r.label['id']} [{r.label['half']}]: {what}\n    {r.label['note']}\n"
            f"    tool: {r.said}"
        )


if __name__ == "__main__":
    sys.exit(main())
