"""Reading the sample messages end to end: the detectors' decisions as `list` shows them,
the filters, search, and `reprocess` keeping what an officer decided."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

from wgsubmit import pipeline
from wgsubmit.records import Message
from wgsubmit.store import Store

Run = Callable[..., Result]


def listed(run: Run, *args: str) -> list[dict[str, Any]]:
    result = run("list", "--json", *args)
    assert result.exit_code == 0, result.output
    return list(json.loads(result.stdout))


def by_id(items: list[dict[str, Any]]) -> dict[int, dict[str, Any]]:
    return {i["id"]: i for i in items}


def test_samples_are_read(run: Run, samples: Path) -> None:
    items = by_id(listed(run, "--all"))
    assert items[6]["kind"] == "auto_reply"
    assert items[3]["confidentiality"] == "confidential"
    assert "confidencial" in items[3]["confidentiality_evidence"]
    assert (items[4]["confidentiality"], items[4]["flags"]) == ("publish", ["anonymous"])
    assert items[2]["language"] == "fr" and items[3]["language"] == "es"
    assert all(a["text_chars"] for a in items[1]["attachments"])
    assert items[1]["superseded_by"] == 10  # "Revised version" from the same sender


def test_list_filters_and_search(run: Run, samples: Path) -> None:
    assert {i["language"] for i in listed(run, "--language", "es")} == {"es"}
    confidential = listed(run, "--confidentiality", "confidential")
    assert confidential and all(i["confidentiality"] == "confidential" for i in confidential)
    assert [i["kind"] for i in listed(run, "--kind", "auto_reply")] == ["auto_reply"]
    late = listed(run, "--late")
    assert late and all(i["on_time"] is False for i in late)
    assert all(i["on_time"] for i in listed(run, "--on-time"))
    assert all("anonymous" in i["flags"] for i in listed(run, "--flag", "anonymous"))
    # Words found only inside an attachment's text.
    found = listed(run, "--search", "frontières")
    assert [i["language"] for i in found] == ["fr"]
    assert listed(run, "--search", 'no "such words') == []
    bad = run("list", "--flag", "nonsense")
    assert bad.exit_code == 2 and "unknown flag" in bad.output


def test_reprocess_keeps_an_officers_decision_and_ids(run: Run, samples: Path) -> None:
    before = by_id(listed(run, "--all"))
    with sqlite3.connect(samples / "wgsubmit.db") as db:
        db.execute(
            "UPDATE messages SET confidentiality = 'confidential',"
            " confidentiality_decided_by = 'human', language = 'xx' WHERE id = 1"
        )
    result = run("reprocess")
    assert result.exit_code == 0, result.output
    after = by_id(listed(run, "--all"))
    assert after.keys() == before.keys()
    assert after[1]["confidentiality"] == "confidential"  # the officer's
    assert after[1]["language"] == "en"  # the detector's, read again
    assert after[9] == before[9]


def test_messages_are_parsed_ahead_while_the_workers_start_and_only_then(
    samples: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Until the workers are up, batches are parsed ahead, to a bound of bytes; once they
    are, a batch is parsed when its turn comes. Every batch comes out whole and in order."""
    starting, up = threading.Event(), threading.Event()
    up.set()
    with Store.open_for_writing(samples, "test") as store:
        ids = store.all_ids()
        sizes = store.sizes(ids)
        reached: list[int] = []  # how far the batches were taken

        def parsed(ready: threading.Event) -> Iterator[tuple[list[int], list[Any]]]:
            reached.clear()

            def batches() -> Iterator[list[int]]:
                for i in ids:
                    reached.append(i)
                    yield [i]

            return pipeline._parsed_ahead(store, batches(), sizes, ready)

        def parsed_before_the_first(ready: threading.Event) -> list[int]:
            batches = parsed(ready)
            first = next(batches)
            taken = list(reached)
            everything = [first, *batches]
            assert [batch for batch, _ in everything] == [[i] for i in ids]
            assert all(isinstance(m, Message) for _, each in everything for _, m in each)
            return taken

        assert len(ids) > 3
        assert parsed_before_the_first(up) == ids[:1]
        assert parsed_before_the_first(starting) == ids  # the samples are under the bound
        monkeypatch.setattr(pipeline, "AHEAD_BYTES", sizes[ids[0]] + sizes[ids[1]])
        assert parsed_before_the_first(starting) == ids[:2]
