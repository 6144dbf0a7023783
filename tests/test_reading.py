"""Reading the sample messages end to end: the detectors' decisions as `list` shows them,
the filters, search, and `reprocess` keeping what an officer decided."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from click.testing import Result

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
