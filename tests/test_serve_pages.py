"""What keeps `serve`'s pages quick without changing what they say: the queue a page at a
time, judged from brief messages; a submission judged from the messages bearing on it
(`Store.related`) as `publish.build` judges it among all."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from click.testing import Result

from conftest import (
    COMPANY,
    CONFIDENTIAL,
    DUPLICATE,
    FRANCE,
    MEXICO,
    REVISED,
    SUPERSEDED,
    mail,
)
from wgsubmit.config import load_config
from wgsubmit.publish import build, verdict, verdicts
from wgsubmit.serve_queue import QUEUE_PAGE, Attention, KeptQueue, Shown, every_message, queue
from wgsubmit.store import Store

Run = Callable[..., Result]


def test_a_submission_alone_is_judged_as_among_all(
    run: Run, samples: Path, config_path: Path
) -> None:
    # #10 replaces #1, which an officer says replaces #7: both bear on #10's verdict.
    config = load_config(str(config_path))
    assert run("triage", str(SUPERSEDED), "--supersedes", str(DUPLICATE)).exit_code == 0
    with Store.open_for_reading(samples) as store:
        messages = store.messages(include_all=True)
        among_all = {v.message.id: v for v in build(messages, config).verdicts}
        assert {m.id for m in store.related(REVISED)} == {SUPERSEDED, DUPLICATE}
        for m in messages:
            alone = verdict(m, store.related(m.id), config)
            if m.id not in among_all:
                assert alone is None
                continue
            assert alone is not None
            assert alone.reasons == among_all[m.id].reasons, m.id
            entry = among_all[m.id].entry
            assert (alone.entry and alone.entry.name) == (entry and entry.name)
        brief = store.messages(include_all=True, brief=True)
    assert all(m.body == "" and m.to == () for m in brief)
    quick = {v.message.id: v.reasons for v in verdicts(brief, config)}
    assert quick == {i: v.reasons for i, v in among_all.items()}


def test_the_queue_is_shown_a_page_at_a_time_in_its_order(samples: Path, config_path: Path) -> None:
    config = load_config(str(config_path))
    with Store.open_for_reading(samples) as store:
        messages = store.messages(include_all=True, brief=True)
    items = queue(messages, verdicts(messages, config), config) * (QUEUE_PAGE // 5)
    total, first = len(items), sum(1 for i in items if i.reasons)
    assert total > 2 * QUEUE_PAGE
    one = Shown.of(items, "", [])
    assert one.items == items[:QUEUE_PAGE] and (one.first, one.rest) == (first, total - first)
    assert one.earlier is None and one.following == f"from={QUEUE_PAGE}"
    query = [("q", "border watch"), ("flag", "late"), ("from", "7")]  # filters kept, not from
    two = Shown.of(items, str(QUEUE_PAGE + 3), query)  # any row: its page
    assert two.items == items[QUEUE_PAGE : 2 * QUEUE_PAGE]
    assert two.earlier == "q=border+watch&flag=late&from=0"
    last = Shown.of(items, "999999", [])
    assert last.following is None and last.items == items[last.start :] and last.items
    assert Shown.of(items, "-5", []).start == 0


def test_the_kept_queue_is_worked_out_again_after_any_commit(
    run: Run, samples: Path, config_path: Path
) -> None:
    """The queue is kept between requests, never past a change: a decision committed by
    another command (another connection, as `triage` or `fetch --watch` in another
    process) is in the next queue."""
    config = load_config(str(config_path))
    kept = KeptQueue(config, samples)
    with Store.open_for_reading(samples) as store:
        first = kept.items(store)
        assert kept.items(store) is first  # nothing committed: the same, not judged again
    names = {i.message.id: i.message.submitter_name for i in first}
    assert names[REVISED] != "Kept Queue Watchers"
    assert run("triage", str(REVISED), "--name", "Kept Queue Watchers").exit_code == 0
    with Store.open_for_reading(samples) as store:
        again = kept.items(store)
    assert again is not first
    assert {i.message.id: i.message.submitter_name for i in again}[REVISED] == (
        "Kept Queue Watchers"
    )


def test_the_queue_worked_out_again_is_the_queue_judged_anew(
    run: Run, samples: Path, config_path: Path, imap: Any, write_config: Callable[..., Path]
) -> None:
    """After each change only the messages changed since are read again (and those whose
    verdict they bear on judged again): the queue is still, row for row, what judging every
    stored message gives."""
    config = load_config(str(config_path))
    kept = KeptQueue(config, samples)

    def same_as_anew() -> dict[int, Attention]:
        with Store.open_for_reading(samples) as store:
            every, judged = kept.items(store, every=True), kept.items(store)
            anew = every_message(store.messages(include_all=True, brief=True), config)
            assert judged == queue(*_judged(store, config), config)
        assert every == anew
        assert judged == [i for i in anew if i.verdict is not None]
        return {i.message.id: i for i in every}

    before = first = same_as_anew()
    steps = [
        ("triage", str(REVISED), "--name", "Kept Queue Watchers"),
        ("triage", str(SUPERSEDED), "--supersedes", str(DUPLICATE)),  # #10 replaces both now
        ("triage", str(CONFIDENTIAL), "--confidentiality", "publish"),
        # #1's request now unclear: #10, which replaces it, waits for an officer too
        ("triage", str(SUPERSEDED), "--confidentiality", "unclear"),
        ("triage", str(FRANCE), "--kind", "not_submission"),
        ("tag", "follow-up", str(FRANCE)),
    ]
    for step in steps:
        assert run(*step).exit_code == 0
        after = same_as_anew()
        assert after[MEXICO] is before[MEXICO]  # untouched: not read or judged again
        before = after
    note = mail('"SecureCorp Compliance" <compliance@securecorp.example.com>',
                "Re: SecureCorp input to the Working Group",
                "Further to our submission, please treat it as confidential and do not "
                "publish it.", received="Mon, 16 Mar 2020 12:00:00 +0000")  # fmt: skip
    imap.append([(note.as_bytes(), dt.datetime(2020, 3, 16, 12, tzinfo=dt.UTC))])
    fetch = write_config(port=imap.imaps_port, ca_file=str(imap.ca_file))
    assert run("fetch", config=fetch).exit_code == 0
    after = same_as_anew()
    amending = max(after)
    assert after[amending].message.amends == COMPANY
    assert "a later message amends it" in after[COMPANY].reasons
    with Store.open_for_writing(samples) as store:
        (name,) = [e for e in store.events(REVISED) if e.field == "submitter_name"]
        store.undo(REVISED, name.id, "officer")
    undone = same_as_anew()[REVISED].message
    assert undone.submitter_name == first[REVISED].message.submitter_name


def _judged(store: Store, config: Any) -> tuple[Any, Any]:
    messages = store.messages(include_all=True, brief=True)
    return messages, verdicts(messages, config)
