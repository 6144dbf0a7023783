"""Write the labelled evaluation set: tests/eval/messages/*.eml and tests/eval/labels.json.

    .venv/bin/python tests/eval/make_eval.py

Deterministic: running it twice writes the same bytes. The messages are invented
submissions to the 2020 call for inputs of the Working Group on the use of mercenaries; the
labels say what a careful secretariat officer would decide (see SPEC.md, "Rules of the
domain"), written without looking at wgsubmit's detectors.
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import random
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _build import UTC, Spec, build_message, label, seed_of
from _catalogue import catalogue
from _catalogue_ordinary import catalogue_ordinary
from _catalogue_ordinary2 import catalogue_ordinary2
from _catalogue_ordinary3 import catalogue_ordinary3
from _catalogue_ordinary4 import catalogue_ordinary4

HERE = Path(__file__).resolve().parent

PHASE_SPANS = {
    0: (dt.datetime(2020, 2, 10, 7, 40, tzinfo=UTC), dt.datetime(2020, 3, 11, 18, 0, tzinfo=UTC)),
    1: (dt.datetime(2020, 3, 12, 7, 5, tzinfo=UTC), dt.datetime(2020, 3, 17, 20, 30, tzinfo=UTC)),
}
# Phase 3: messages added to the set later. They are numbered after all the others (late
# ones included), so that adding them leaves every earlier file's name and bytes as they were;
# their receipt times spread over the whole call.
LATER_SPAN = (
    dt.datetime(2020, 2, 11, 8, 20, tzinfo=UTC),
    dt.datetime(2020, 3, 17, 19, 45, tzinfo=UTC),
)
# Phase 4 (_catalogue_ordinary.py): ordinary submissions, numbered after phase 3 for the same
# reason, spread over the whole call as a real mailbox receives them.
ORDINARY_SPAN = (
    dt.datetime(2020, 2, 10, 9, 5, tzinfo=UTC),
    dt.datetime(2020, 3, 17, 21, 40, tzinfo=UTC),
)
# Phase 5 (_catalogue_ordinary2.py): a second set of ordinary messages, numbered after phase 4
# and spread over the whole call in the same way.
ORDINARY2_SPAN = (
    dt.datetime(2020, 2, 10, 8, 35, tzinfo=UTC),
    dt.datetime(2020, 3, 17, 21, 50, tzinfo=UTC),
)
# Phase 7 (_catalogue_ordinary3.py): a third set of ordinary messages, numbered after every
# other phase (phase 6 included) and spread over the whole call.
ORDINARY3_SPAN = (
    dt.datetime(2020, 2, 10, 8, 50, tzinfo=UTC),
    dt.datetime(2020, 3, 17, 21, 25, tzinfo=UTC),
)
# Phase 8 (_catalogue_ordinary4.py): a fourth set of ordinary messages, numbered after every
# other phase and spread over the whole call; the few that came late carry their own time.
ORDINARY4_SPAN = (
    dt.datetime(2020, 2, 10, 9, 20, tzinfo=UTC),
    dt.datetime(2020, 3, 17, 21, 35, tzinfo=UTC),
)


def schedule(specs: list[tuple[int, Spec]]) -> list[tuple[Spec, dt.datetime]]:
    """Order the messages (phase, then a fixed shuffle) and give each a receipt time."""
    ordered = sorted(specs, key=lambda ps: (ps[0], seed_of(ps[1].slug)))
    out: list[tuple[Spec, dt.datetime]] = []
    for phase, (start, end) in PHASE_SPANS.items():
        out.extend(_spread([s for p, s in ordered if p == phase], start, end))
    late = [s for p, s in ordered if p == 2]
    for spec in sorted(late, key=lambda s: s.received or dt.datetime.max.replace(tzinfo=UTC)):
        assert spec.received is not None, f"{spec.slug}: phase 2 needs an explicit time"
        out.append((spec, spec.received))
    out.extend(_spread([s for p, s in ordered if p == 3], *LATER_SPAN))
    out.extend(_spread([s for p, s in ordered if p == 4], *ORDINARY_SPAN))
    out.extend(_spread([s for p, s in ordered if p == 5], *ORDINARY2_SPAN))
    # Phase 6: cases added to the earlier phases' kinds later, numbered after all the others.
    out.extend(_spread([s for p, s in ordered if p == 6], *LATER_SPAN))
    # Phase 7: the third set of ordinary messages, numbered after all the others.
    out.extend(_spread([s for p, s in ordered if p == 7], *ORDINARY3_SPAN))
    # Phase 8: the fourth set of ordinary messages, numbered after all the others.
    out.extend(_spread([s for p, s in ordered if p == 8], *ORDINARY4_SPAN))
    return out


def _spread(
    group: list[Spec], start: dt.datetime, end: dt.datetime
) -> list[tuple[Spec, dt.datetime]]:
    """Receipt times spread evenly over a span, each moved a little by its slug."""
    step = (end - start) / max(len(group), 1)
    out = []
    for i, spec in enumerate(group):
        jitter = (seed_of(spec.slug + "t") % 1000 / 1000 - 0.5) * 0.8
        when = start + step * (i + 0.5 + jitter)
        out.append((spec, spec.received or when.replace(microsecond=0)))
    return out


def main() -> int:
    specs = (
        catalogue()
        + catalogue_ordinary()
        + catalogue_ordinary2()
        + catalogue_ordinary3()
        + catalogue_ordinary4()
    )
    plan = schedule(specs)
    files = file_names(plan)
    when = {spec.slug: t for spec, t in plan}
    for spec, _ in plan:
        for ref in (spec.supersedes, spec.amends):
            if ref:
                assert ref in files, f"{spec.slug}: unknown reference {ref}"
                assert when[ref] < when[spec.slug], f"{spec.slug} must come after {ref}"
    write_set(HERE, plan)
    return 0


def file_names(plan: list[tuple[Spec, dt.datetime]]) -> dict[str, str]:
    """Each message's file by its slug, numbered in the order of the plan."""
    slugs = [spec.slug for spec, _ in plan]
    dupes = [s for s, c in collections.Counter(slugs).items() if c > 1]
    assert not dupes, f"duplicate slugs: {dupes}"
    return {spec.slug: f"{n:03d}-{spec.slug}.eml" for n, (spec, _) in enumerate(plan, 1)}


def write_set(folder: Path, plan: list[tuple[Spec, dt.datetime]]) -> None:
    """Write `folder`/messages/*.eml and `folder`/labels.json, in the order of the plan."""
    files = file_names(plan)
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


def _message_id(data: bytes) -> str:
    from email import message_from_bytes, policy

    msg = message_from_bytes(data, policy=policy.default)
    return str(msg["Message-ID"]).strip()


def _summary(labels: list[dict], plan: list[tuple[Spec, dt.datetime]], total: int) -> None:
    def count(key: str, items: list[dict]) -> str:
        c = collections.Counter(str(key_of(i, key)) for i in items)
        return ", ".join(f"{k} {v}" for k, v in c.most_common())

    def key_of(item: dict, key: str) -> object:
        return item["submitter"]["type"] if key == "type" else item[key]

    subs = [x for x in labels if x["kind"] == "submission"]
    senders = {spec.frm[1].lower() for spec, _ in plan}
    senders |= {spec.inner.frm[1].lower() for spec, _ in plan if spec.inner}
    flags = collections.Counter(f for x in labels for f in x["flags"])
    print(f"{len(labels)} messages, {total / 1e6:.2f} MB, {len(senders)} distinct senders")
    print("kind:", count("kind", labels))
    print("language (all):", count("language", labels))
    print("language (submissions):", count("language", subs))
    print("confidentiality (submissions):", count("confidentiality", subs))
    print("submitter type:", count("type", subs))
    print("flags:", ", ".join(f"{k} {v}" for k, v in flags.most_common()))
    print("supersedes:", sum(1 for x in labels if x["supersedes"]))
    print("amends:", sum(1 for x in labels if x["amends"]))


if __name__ == "__main__":
    random.seed(0)  # belt and braces: nothing below should draw from the global generator
    sys.exit(main())
