"""Write the evaluation set of another mandate's call: its messages/*.eml and labels.json.

Each such set (tests/eval_privacy, tests/eval_sources) has a catalogue of its own and a
season of its own; everything else is done here, with the blocks of tests/eval (messages,
labels, receipt times). Deterministic: running it twice writes the same bytes.
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import shutil
from pathlib import Path

import _build
from _build import Spec, build_message, label
from make_eval import _message_id, _spread, _summary


def schedule(
    specs: list[Spec], season: tuple[dt.datetime, dt.datetime]
) -> list[tuple[Spec, dt.datetime]]:
    """Receipt times spread over the season (a fixed shuffle), then in the order received."""
    on_time = sorted((s for s in specs if s.received is None), key=lambda s: _build.seed_of(s.slug))
    late = [(s, s.received) for s in specs if s.received is not None]
    plan = _spread(on_time, *season) + late
    return sorted(plan, key=lambda pair: pair[1])


def write_call_set(
    folder: Path, specs: list[Spec], season: tuple[dt.datetime, dt.datetime], mailbox: str
) -> None:
    """Write `folder`/messages/*.eml and `folder`/labels.json, delivered to `mailbox`."""
    _build.WG = mailbox  # the mailbox the trace headers deliver to
    slugs = [s.slug for s in specs]
    dupes = [s for s, c in collections.Counter(slugs).items() if c > 1]
    assert not dupes, f"duplicate slugs: {dupes}"
    plan = schedule(specs, season)
    files = {spec.slug: f"{n:03d}-{spec.slug}.eml" for n, (spec, _) in enumerate(plan, 1)}

    out = folder / "messages"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    labels = []
    total = 0
    for n, (spec, received) in enumerate(plan, 1):
        data = build_message(spec, n, received)
        (out / files[spec.slug]).write_bytes(data)
        total += len(data)
        labels.append(label(spec, files, n, _message_id(data)))
    text = json.dumps(labels, ensure_ascii=False, indent=1) + "\n"
    (folder / "labels.json").write_text(text, encoding="utf-8")
    _summary(labels, plan, total)
