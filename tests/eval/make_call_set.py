"""Write the evaluation set of another mandate's call: its messages/*.eml and labels.json.

Each such set (tests/eval_privacy, tests/eval_sources) has a catalogue of its own and a
season of its own; everything else is done here, with the blocks of tests/eval (messages,
labels, receipt times, the writing of a set). Deterministic: running it twice writes the
same bytes.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import _build
from _build import Spec
from make_eval import _spread, write_set


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
    write_set(folder, schedule(specs, season))
