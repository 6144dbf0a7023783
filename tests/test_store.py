"""Stores that earlier versions wrote: opened, brought up to date, and read as before."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

from click.testing import Result

from conftest import FIXTURES, REPO
from wgsubmit.store import DB_NAME, MIGRATIONS, SCHEMA_VERSION, Store

Run = Callable[..., Result]
STORES = REPO / "tests" / "data" / "stores"


def _load(root: Path, dump: str, fixtures: list[str]) -> Path:
    """A store folder from a text dump of its database, with the raw messages it names."""
    root.mkdir(mode=0o700)
    conn = sqlite3.connect(root / DB_NAME)
    conn.executescript((STORES / dump).read_text("utf-8"))
    conn.close()
    for name in fixtures:
        data = (FIXTURES / name).read_bytes()
        sha256 = hashlib.sha256(data).hexdigest()
        path = root / "raw" / sha256[:2] / f"{sha256}.eml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return root


def _shape(path: Path) -> dict[str, object]:
    """Each table's columns (name, type, not null, default, key) and each index's columns
    and uniqueness, whatever the tables and indexes are called inside; the triggers."""
    conn = sqlite3.connect(path)
    tables = [
        r[0]
        for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if not r[0].startswith(("sqlite_", "search_index_"))
    ]
    shape: dict[str, object] = {}
    for table in sorted(tables):
        shape[table] = [tuple(r[1:]) for r in conn.execute(f"PRAGMA table_info('{table}')")]
        shape[f"{table} foreign keys"] = sorted(
            (r[3], r[2], r[4]) for r in conn.execute(f"PRAGMA foreign_key_list('{table}')")
        )
        indexes = set()
        for index in conn.execute(f"PRAGMA index_list('{table}')"):
            info = conn.execute(f"PRAGMA index_info('{index[1]}')")
            columns = [r[2] or "(an expression)" for r in info]
            indexes.add((tuple(columns), bool(index[2]), bool(index[4])))
        shape[f"{table} indexes"] = sorted(indexes)
    triggers = conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    shape["triggers"] = sorted(r[0] for r in triggers)
    conn.close()
    return shape


def test_a_new_store_has_the_shape_that_earlier_versions_gave_theirs(tmp_path: Path) -> None:
    with Store.open_for_writing(tmp_path / "new"):
        pass
    old = _load(tmp_path / "old", "v8-main.sql", [])
    with Store.open_for_writing(old):  # brought up to date by the migrations since
        pass
    assert _shape(tmp_path / "new" / DB_NAME) == _shape(old / DB_NAME)
    first = _load(tmp_path / "first", "v1.sql", ["01-ngo-en-pdf.eml"])
    with Store.open_for_writing(first):
        pass
    assert _shape(first / DB_NAME) == _shape(old / DB_NAME)


def test_a_store_of_the_first_version_is_brought_up_to_date_keeping_the_officers_work(
    run: Run, tmp_path: Path
) -> None:
    store = _load(tmp_path / "store", "v1.sql", ["01-ngo-en-pdf.eml"])
    refused = run("list", "--json")
    assert refused.exit_code == 1
    assert "older version" in refused.stderr
    assert run("-q", "reprocess").exit_code == 0
    conn = sqlite3.connect(store / DB_NAME)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    applied = [r[0] for r in conn.execute("SELECT name FROM migrations ORDER BY rowid")]
    assert applied == [m.__name__ for m in MIGRATIONS]
    conn.close()
    [item] = json.loads(run("list", "--json").stdout)
    assert item["submitter"]["name"] == "Officer Named"
    assert (item["submitter"]["type"], item["submitter"]["decided_by"]) == (
        "civil_society",
        "human",
    )
    assert item["tags"] == ["kept"]
    assert item["subject"] == "Submission: PMSCs in immigration and border management"
    assert [a["filename"] for a in item["attachments"]] == ["BorderWatch_Submission.pdf"]
    with Store.open_for_reading(store) as opened:
        assert [e.new for e in opened.events(1)] == ["Officer Named"]
        assert opened.search("border management") == {1}


def test_a_store_that_the_last_version_wrote_reads_as_it_did(run: Run, tmp_path: Path) -> None:
    fixtures = ["01-ngo-en-pdf.eml", "02-state-fr-note-verbale.eml"]
    store = _load(tmp_path / "store", "v8-main.sql", fixtures)
    with Store.open_for_writing(store):  # brought up to date: tables added since, no rows
        pass
    listed = json.loads(run("list", "--all", "--json").stdout)
    assert listed == json.loads((STORES / "v8-main-list.json").read_text("utf-8"))
    # Read again by this version, nothing an officer decided or tagged changes.
    assert run("-q", "reprocess").exit_code == 0
    again = json.loads(run("list", "--all", "--json").stdout)
    assert again == listed


def test_the_highest_uid_stored_never_goes_back_within_one_uidvalidity(tmp_path: Path) -> None:
    """A watch and a plain fetch saving batches at once: an older batch saved last does not
    make the next fetch download again what is stored; a new UIDVALIDITY starts afresh."""
    from wgsubmit.store import MailboxState

    with Store.open_for_writing(tmp_path / "store") as store:
        store.save_raw([], ("INBOX", MailboxState(7, 40)))
        store.save_raw([], ("INBOX", MailboxState(7, 25)))  # an older batch, saved after
        assert store.mailbox_state("INBOX") == MailboxState(7, 40)
        store.save_raw([], ("INBOX", MailboxState(8, 3)))  # the mailbox was rebuilt
        assert store.mailbox_state("INBOX") == MailboxState(8, 3)
