"""Score wgsubmit's publication decisions against the second adversarial collection.

    .venv/bin/python tests/adversarial2/adv2_score.py            # figures of both halves
    .venv/bin/python tests/adversarial2/adv2_score.py --verbose  # ... each leak and miss (tune)
    .venv/bin/python tests/adversarial2/adv2_score.py --json

It runs the documented flow as an officer would, with the default config of the eval
(import, triage --auto, export --format json --files upload/, list --json --all), the same
way as tests/adversarial/score.py, and reads every expectation from labels.json. A leak
is a refused or cannot-tell submission on the page, an anonymous one named or its author
in a copied file, or a non-submission on the page. Exit 1 when the tune half leaks.
Details are printed for the tune half only: the frozen half is reported in aggregate.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "adversarial")]

from adv2_build import SECOND, Texts, build  # noqa: E402
from score import ToolFailed, assess, figures, misses, run_tool  # noqa: E402

HALVES = ("tune", "frozen", "all")


def measure(work: Path, texts: Texts = SECOND) -> tuple[dict[str, dict[str, Any]], list[Any]]:
    """Build the collection in `work`, run the tool, and the figures of each half."""
    labels = build(work, texts)
    records, export, upload = run_tool(work, work / "messages")
    results = assess(labels, records, export, upload)
    by_half = {h: figures([r for r in results if h in ("all", r.label["half"])]) for h in HALVES}
    return by_half, results


def table(by_half: dict[str, dict[str, Any]]) -> str:
    rows: list[tuple[str, list[str]]] = [
        ("messages", [str(f["messages"]) for f in by_half.values()]),
        ("LEAKS (must be 0)", [str(f["leaks"]) for f in by_half.values()]),
    ]
    kinds = sorted({k for f in by_half.values() for k in f["leak_kinds"]})
    rows += [(f"  {k}", [str(f["leak_kinds"].get(k, 0)) for f in by_half.values()]) for k in kinds]
    rows.append(("messages leaking", [str(f["messages_leaking"]) for f in by_half.values()]))
    for c in sorted({c for f in by_half.values() for c in f["leaking_by_category"]}):
        cells = [str(f["leaking_by_category"].get(c, 0)) for f in by_half.values()]
        rows.append((f"  of category {c}", cells))
    for key, title in (
        ("consent_recall", "consent recall"),
        ("silent_recall", "silent recall"),
        ("confidentiality_accuracy", "confidentiality accuracy"),
        ("unclear_share", "share marked unclear"),
    ):
        rows.append((title, [_cell(f[key]) for f in by_half.values()]))
    width = max(len(title) for title, _ in rows) + 2
    lines = ["".ljust(width) + "".join(h.rjust(18) for h in by_half)]
    lines += [title.ljust(width) + "".join(c.rjust(18) for c in cells) for title, cells in rows]
    return "\n".join(lines)


def _cell(share: dict[str, Any]) -> str:
    rate = "-" if share["rate"] is None else f"{100 * share['rate']:.1f}%"
    return f"{share['hits']}/{share['total']} {rate}"


def main(argv: list[str] | None = None, texts: Texts = SECOND, doc: str | None = None) -> int:
    parser = argparse.ArgumentParser(description=(doc or __doc__).split("\n\n")[0])
    parser.add_argument("--verbose", action="store_true", help="each leak and miss (tune half)")
    parser.add_argument("--json", action="store_true", help="the figures as JSON")
    parser.add_argument("--work", type=Path, help="build and run here, and keep it")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="wgsubmit-adversarial-") as temporary:
        work = args.work or Path(temporary)
        work.mkdir(parents=True, exist_ok=True)
        try:
            by_half, results = measure(work, texts)
        except ToolFailed as err:
            print(f"wgsubmit failed: {err}", file=sys.stderr)
            return 1
    print(json.dumps(by_half, indent=1) if args.json else table(by_half))
    tune = [r for r in results if r.label["half"] == "tune"]
    if args.verbose:
        print("\nLeaks (tune):")
        for r in tune:
            for leak in r.leaks:
                print(f"  {r.label['id']}: {leak}\n    {r.label['note']}\n    tool: {r.said}")
        print("\nMisses (tune):")
        for what, r in misses(tune):
            print(f"  {r.label['id']}: {what}\n    {r.label['note']}\n    tool: {r.said}")
    return 1 if any(r.leaks for r in tune) else 0


if __name__ == "__main__":
    sys.exit(main())
