"""The crossed grid of submissions to two overlapping calls (`tests/data/calls/grid/`):
how each names its call x its topic x when it came x who sent it x its language, each
labelled from its axes alone. The rules are tuned on half of it; the other half is
frozen, never looked at case by case, and holds these targets."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

GRID = Path(__file__).parent / "data" / "calls" / "grid"


def _module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"calls_grid_{name}", GRID / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_the_grid_file_is_what_its_generator_writes() -> None:
    make = _module("make")
    assert (GRID / "cases.jsonl").read_text(encoding="utf-8") == make.render()
    assert len(make.cases()) >= 200


# Recall of this call, measured when these bounds were set: tune 98.1%, frozen 99.1%, the
# misses submissions whose topic was in none of the calls' words ("autonomous weapons",
# "algorithmic profiling" for a call on new technologies); 100% on both halves since the
# calls take the words of their subject fields. The bounds only keep it from getting worse.
RECALL_MEASURED = {"tune": 1.0, "frozen": 1.0}


def test_no_other_calls_submission_reaches_this_page_on_either_half() -> None:
    """Nothing that is not this call's (another call's, one from before it opened, one
    nobody could tell) is answered "this"; and this call's own still are, mostly."""
    halves = _module("score").by_half()
    for half, found in halves.items():
        assert found.other_on_page == 0, (half, found)
        assert found.before_on_page == 0, (half, found)
        assert found.cannot_on_page == 0, (half, found)
        assert found.precision == 1.0, (half, found)
        assert found.recall >= RECALL_MEASURED[half], (half, found)
