"""Whatever anyone sends, a run never stops and every message is stored byte for byte."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

from click.testing import Result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hostile import message
from wgsubmit.extract import expand_archives, extract_document
from wgsubmit.parse import parse_message
from wgsubmit.records import RawMessage

Run = Callable[..., Result]


def _text_fields(m: object) -> list[str]:
    from wgsubmit.records import Message

    assert isinstance(m, Message)
    fields = [m.subject, m.body, m.message_id, m.error, m.sender.name, m.sender.address]
    fields += [a.filename for a in m.attachments]
    fields += [x for pair in m.headers for x in pair]
    return [f for f in fields if f is not None]


@given(message())
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_message_parses_and_its_parts_read_without_raising(data: bytes) -> None:
    parsed = parse_message(RawMessage(data, "file", "hostile.eml"))
    # It starts with headers: whatever is broken after them, it is read, not given up.
    assert parsed.error is None, parsed.error
    for text in _text_fields(parsed):
        text.encode("utf-8")  # what SQLite and JSON will be given: no lone surrogates
    for attachment in expand_archives(parsed.attachments):
        extraction = extract_document(attachment.data, attachment.filename, attachment.content_type)
        assert extraction.text.encode("utf-8") is not None


@given(st.lists(message(), min_size=20, max_size=20))
@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.too_slow,
          HealthCheck.function_scoped_fixture, HealthCheck.data_too_large])  # fmt: skip
def test_a_run_over_hostile_messages_stores_each_and_every_command_works(
    run: Run, tmp_path: Path, messages: list[bytes]
) -> None:
    folder = tmp_path / f"in-{hashlib.sha256(b''.join(messages)).hexdigest()[:12]}"
    folder.mkdir()
    for i, data in enumerate(messages):
        (folder / f"{i}.eml").write_bytes(data)
    result = run("-q", "import", str(folder))
    assert result.exit_code == 0, result.output
    listed = run("list", "--json", "--all")
    assert listed.exit_code == 0, listed.output
    items = json.loads(listed.stdout)
    store = tmp_path / "store"
    stored = {p.read_bytes() for p in (store / "raw").rglob("*.eml")}
    for data in messages:  # every one kept, byte for byte (files that are messages or not)
        assert data in stored
    for item in items:
        shown = run("show", str(item["id"]))
        assert shown.exit_code == 0, shown.output
        assert run("show", "--json", str(item["id"])).exit_code == 0
    for command in (["export", "--dry-run"], ["export", "--format", "html"], ["stats"],
                    ["check"], ["reprocess"]):  # fmt: skip
        outcome = run(*command)
        assert outcome.exit_code == 0, (command, outcome.output)
