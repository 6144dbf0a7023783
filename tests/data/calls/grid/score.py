"""How `wgsubmit.detect.calls` answers the crossed grid (`cases.jsonl`), half by half.

`python score.py` prints the table; `--json` the figures. A "leak" is a message put on
this call's page (answered `this`) that is not this call's: another call's, one from
before this call opened, or one nobody could tell.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from wgsubmit.config import load_config
from wgsubmit.detect import calls

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Figures:
    cases: int
    this_total: int  # truth "this"
    said_this: int
    this_right: int
    other_on_page: int  # truth "other" answered "this"
    before_on_page: int
    cannot_on_page: int
    unclear: int  # answered "unclear", of every case
    this_unclear: int  # this call's, answered "unclear"
    other_right: int  # truth "other" answered "other"
    other_total: int

    @property
    def precision(self) -> float:
        return self.this_right / self.said_this if self.said_this else 1.0

    @property
    def recall(self) -> float:
        return self.this_right / self.this_total


def _setups() -> dict[str, tuple[calls.Call, list[calls.Call], dt.datetime | None]]:
    setups = {}
    for scenario in ("A", "B"):
        call = load_config(str(HERE / f"config_{scenario.lower()}.toml")).call
        this = calls.Call(call.title, call.keywords)
        others = [calls.Call(o.title, o.keywords, o.deadline.instant) for o in call.other_calls]
        opened = call.opened.astimezone(ZoneInfo(call.timezone)) if call.opened else None
        setups[scenario] = (this, others, opened)
    return setups


def answers() -> list[tuple[dict[str, str], str]]:
    """Each case with the detector's answer, as the pipeline asks it."""
    setups = _setups()
    done = []
    with (HERE / "cases.jsonl").open(encoding="utf-8") as f:
        for line in f:
            case = json.loads(line)
            this, others, opened = setups[case["scenario"]]
            said = calls.Said(case["subject"], case["body"], case["document"], (case["signed"],))
            received = dt.datetime.fromisoformat(case["received_at"])
            done.append((case, calls.decide(said, received, this, others, opened).value))
    return done


def figures(done: list[tuple[dict[str, str], str]]) -> Figures:
    pairs = Counter((case["truth"], answer) for case, answer in done)
    return Figures(
        cases=len(done),
        this_total=sum(n for (t, _), n in pairs.items() if t == "this"),
        said_this=sum(n for (_, a), n in pairs.items() if a == "this"),
        this_right=pairs[("this", "this")],
        other_on_page=pairs[("other", "this")],
        before_on_page=pairs[("before", "this")],
        cannot_on_page=pairs[("cannot", "this")],
        unclear=sum(n for (_, a), n in pairs.items() if a == "unclear"),
        this_unclear=pairs[("this", "unclear")],
        other_right=pairs[("other", "other")],
        other_total=sum(n for (t, _), n in pairs.items() if t == "other"),
    )


def by_half() -> dict[str, Figures]:
    done = answers()
    return {half: figures([d for d in done if d[0]["half"] == half]) for half in ("tune", "frozen")}


def main(argv: list[str]) -> None:
    halves = by_half()
    if "--json" in argv:
        print(
            json.dumps(
                {
                    h: asdict(f) | {"precision": f.precision, "recall": f.recall}
                    for h, f in halves.items()
                },
                indent=1,
            )
        )
        return
    print(
        f"{'half':8}{'cases':>7}{'precision':>11}{'recall':>8}{'other→this':>12}"
        f"{'before→this':>13}{'cannot→this':>13}{'unclear':>9}{'this unclear':>14}{'other ok':>10}"
    )
    for half, f in halves.items():
        print(
            f"{half:8}{f.cases:>7}{f.precision:>11.1%}{f.recall:>8.1%}{f.other_on_page:>12}"
            f"{f.before_on_page:>13}{f.cannot_on_page:>13}{f.unclear / f.cases:>9.1%}"
            f"{f.this_unclear:>14}{f.other_right / f.other_total:>10.1%}"
        )
    if "--misses" in argv:
        for case, answer in answers():
            if case["half"] == "tune" and (case["truth"] == "this") != (answer == "this"):
                print(case["truth"], answer, case["id"])


if __name__ == "__main__":
    main(sys.argv[1:])
