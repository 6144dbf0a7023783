"""Write the third evaluation set: tests/eval_sources/messages/*.eml and labels.json.

    .venv/bin/python tests/eval_sources/make_sources.py

The messages are invented inputs to a call of the Special Rapporteur on the promotion and
protection of the right to freedom of opinion and expression (see _catalogue_sources.py and
README.md); the labels say what a careful secretariat officer would decide. Built with the
same blocks as tests/eval (messages, labels, receipt times), and deterministic: running it
twice writes the same bytes.
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import random
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "eval"))
sys.path.insert(0, str(HERE))

import _build  # noqa: E402
from _build import UTC, Spec, build_message, label  # noqa: E402
from _catalogue_sources import SR, catalogue_sources  # noqa: E402
from make_eval import _message_id, _spread, _summary  # noqa: E402

OUT = HERE / "messages"
LABELS = HERE / "labels.json"

# The call went out on 24 January 2020; inputs arrive from the end of January until the
# deadline (17 March, 23:00 UTC); the few late ones carry their own receipt time.
SEASON = (
    dt.datetime(2020, 1, 30, 9, 40, tzinfo=UTC),
    dt.datetime(2020, 3, 17, 21, 50, tzinfo=UTC),
)


def schedule(specs: list[Spec]) -> list[tuple[Spec, dt.datetime]]:
    """Receipt times spread over the season (a fixed shuffle), then in the order received."""
    on_time = sorted((s for s in specs if s.received is None), key=lambda s: _build.seed_of(s.slug))
    late = [(s, s.received) for s in specs if s.received is not None]
    plan = _spread(on_time, *SEASON) + late
    return sorted(plan, key=lambda pair: pair[1])


def main() -> int:
    _build.WG = SR  # the mailbox the trace headers deliver to
    specs = catalogue_sources()
    slugs = [s.slug for s in specs]
    dupes = [s for s, c in collections.Counter(slugs).items() if c > 1]
    assert not dupes, f"duplicate slugs: {dupes}"
    plan = schedule(specs)
    files = {spec.slug: f"{n:03d}-{spec.slug}.eml" for n, (spec, _) in enumerate(plan, 1)}

    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    labels = []
    total = 0
    for n, (spec, received) in enumerate(plan, 1):
        data = build_message(spec, n, received)
        (OUT / files[spec.slug]).write_bytes(data)
        total += len(data)
        labels.append(label(spec, files, n, _message_id(data)))
    LABELS.write_text(json.dumps(labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    _summary(labels, plan, total)
    return 0


if __name__ == "__main__":
    random.seed(0)  # belt and braces: nothing below should draw from the global generator
    sys.exit(main())
