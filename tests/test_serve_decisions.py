"""Every decision of `wgsubmit serve`, asked over HTTP as a browser would: each form needs
its CSRF field, records the officer's name, refuses what was overtaken, and can be undone;
a file attached is read with the message; the queue filters as `list` does; the thread
shows what links a submission to its sender's other messages."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import Result

from conftest import (
    COMPANY,
    CONFIDENTIAL,
    DUPLICATE,
    LATE_ANONYMOUS,
    LINK_ONLY,
    REVISED,
    SUPERSEDED,
    text_pdf,
    write_mail,
)
from test_serve import Served, _form, listed, served  # noqa: F401 (the fixture)
from wgsubmit.store.base import now

Run = Callable[..., Result]


def decide(client: httpx.Client, number: int, field: str, value: str) -> httpx.Response:
    """Send the form deciding ``field`` as the page gave it, with ``value`` chosen."""
    page = client.get(f"/submission/{number}").text
    return client.post(f"/submission/{number}/decide", data={**_form(page, field), "value": value})


def alert(answer: httpx.Response) -> str:
    found = re.search(r'role="alert">([^<]*)<', answer.text)
    return found[1] if found else ""


def events(client: httpx.Client, number: int) -> list[str]:
    """The ids of the history's undo forms, oldest first."""
    return re.findall(r'name="event" value="(\d+)"', client.get(f"/submission/{number}").text)


def undo(client: httpx.Client, number: int, event: str) -> httpx.Response:
    page = client.get(f"/submission/{number}").text
    csrf = re.search(r'name="csrf" value="(\w+)"', page)
    assert csrf
    return client.post(f"/submission/{number}/undo", data={"csrf": csrf[1], "event": event})


FORMS = [
    ("confidentiality", "confidential", lambda m: m["confidentiality"] == "confidential"),
    ("kind", "not_submission", lambda m: m["kind"] == "not_submission"),
    ("type", "academic", lambda m: m["submitter"]["type"] == "academic"),
    ("name", "Paper Network", lambda m: m["submitter"]["name"] == "Paper Network"),
    ("country", "Mexique", lambda m: m["submitter"]["country"] == "MEX"),
    ("withhold", "sent twice", lambda m: "withheld" in m["flags"]),
    ("tag", "follow-up", lambda m: m["tags"] == ["follow-up"]),
]


@pytest.mark.parametrize(("field", "value", "holds"), FORMS, ids=[f[0] for f in FORMS])
def test_each_decision_needs_its_form_and_is_recorded_with_the_officer(
    served: Served,  # noqa: F811
    run: Run,
    field: str,
    value: str,
    holds: Callable[[dict[str, Any]], bool],
) -> None:
    from wgsubmit.triage import user

    paper = served.ids["p@paper.example.org"]
    with served.officer() as client:
        page = client.get(f"/submission/{paper}").text
        fields = _form(page, field)
        forged = {k: v for k, v in fields.items() if "csrf" not in k}
        refused = client.post(f"/submission/{paper}/decide", data={**forged, "value": value})
        assert refused.status_code == 403
        assert not holds(listed(run)[paper])
        done = decide(client, paper, field, value)
        assert done.status_code == 303, alert(done)
    assert holds(listed(run)[paper])
    history = run("show", str(paper)).output
    assert user() in history


def test_undo_and_attach_refuse_a_post_without_the_csrf_field(served: Served, run: Run) -> None:  # noqa: F811
    paper = served.ids["p@paper.example.org"]
    with served.officer() as client:
        assert decide(client, paper, "name", "Paper Network").status_code == 303
        event = events(client, paper)[-1]
        assert client.post(f"/submission/{paper}/undo", data={"event": event}).status_code == 403
        files = {"file": ("more.pdf", text_pdf("More."), "application/pdf")}
        assert client.post(f"/submission/{paper}/attach", files=files).status_code == 403
    item = listed(run)[paper]
    assert item["submitter"]["name"] == "Paper Network" and len(item["attachments"]) == 1


def test_undo_restores_the_value_and_who_had_decided_it(served: Served, run: Run) -> None:  # noqa: F811
    before = listed(run)[CONFIDENTIAL]
    assert before["confidentiality"] == "confidential"
    with served.officer() as client:
        assert decide(client, CONFIDENTIAL, "confidentiality", "publish").status_code == 303
        assert listed(run)[CONFIDENTIAL]["confidentiality"] == "publish"
        event = events(client, CONFIDENTIAL)[-1]
        assert undo(client, CONFIDENTIAL, event).status_code == 303
        again = undo(client, CONFIDENTIAL, event)
        assert again.status_code == 409 and "no change" in alert(again)
        page = client.get(f"/submission/{CONFIDENTIAL}").text
    after = listed(run)[CONFIDENTIAL]
    assert after["confidentiality"] == "confidential"
    assert after["confidentiality_evidence"] == before["confidentiality_evidence"]
    assert after["submitter"]["decided_by"] == before["submitter"]["decided_by"]
    from wgsubmit.triage import user

    undone = f"<td>{user()}</td><td>undo</td><td>confidentiality</td><td>publish</td>"
    assert undone + "<td>confidential</td>" in page
    # The rule decides again: a re-read gives the request's own value, not a stale one.
    assert run("reprocess").exit_code == 0
    assert listed(run)[CONFIDENTIAL]["confidentiality"] == "confidential"


def test_undo_of_a_value_changed_since_changes_nothing(served: Served, run: Run) -> None:  # noqa: F811
    paper = served.ids["p@paper.example.org"]
    with served.officer() as client:
        assert decide(client, paper, "name", "Mine").status_code == 303
        event = events(client, paper)[-1]
        assert run("triage", str(paper), "--name", "Theirs").exit_code == 0
        refused = undo(client, paper, event)
    assert refused.status_code == 409 and "changed since" in alert(refused)
    assert listed(run)[paper]["submitter"]["name"] == "Theirs"


def test_undo_takes_back_a_tag_a_withheld_file_and_a_note(served: Served, run: Run) -> None:  # noqa: F811
    paper = served.ids["p@paper.example.org"]
    with served.officer() as client:
        for field, value in (("tag", "check"), ("withhold_file", "1"), ("note", "Ask for Word")):
            assert decide(client, paper, field, value).status_code == 303
        page = client.get(f"/submission/{paper}").text
        assert "Ask for Word" in page.split('id="notes"')[1]
        item = listed(run)[paper]
        assert item["tags"] == ["check"]
        for event in reversed(events(client, paper)):
            assert undo(client, paper, event).status_code == 303
        page = client.get(f"/submission/{paper}").text
    assert 'id="notes"' not in page
    assert listed(run)[paper]["tags"] == []
    export = json.loads(run("export", "--format", "json").stdout)
    entries = [e for g in export["groups"] for e in g["entries"] if e["id"] == paper]
    assert entries and entries[0]["files"]  # the file is back on the page


def test_a_circle_of_replacements_or_duplicates_is_refused(served: Served, run: Run) -> None:  # noqa: F811
    assert listed(run)[SUPERSEDED]["superseded_by"] == REVISED
    with served.officer() as client:
        page = client.get(f"/submission/{SUPERSEDED}").text
        assert f'<option value="{REVISED}">' in page.split('name="field" value="replaces"')[1]
        circle = decide(client, SUPERSEDED, "replaces", str(REVISED))
        assert circle.status_code == 400 and "circle" in alert(circle)
        assert "\n" not in alert(circle)
        assert decide(client, SUPERSEDED, "duplicate", str(REVISED)).status_code == 303
        twice = decide(client, REVISED, "duplicate", str(SUPERSEDED))
        assert twice.status_code == 400 and "circle" in alert(twice)
    items = listed(run)
    assert items[SUPERSEDED]["duplicate_of"] == REVISED and items[REVISED]["duplicate_of"] is None
    assert run("reprocess").exit_code == 0  # an officer's duplicate-of outlives a re-read
    assert listed(run)[SUPERSEDED]["duplicate_of"] == REVISED


def test_replaced_by_and_replaces_nothing_decide_the_other_message(
    served: Served,  # noqa: F811
    run: Run,
) -> None:
    with served.officer() as client:
        assert decide(client, REVISED, "replaces", "").status_code == 303
        assert listed(run)[SUPERSEDED]["superseded_by"] is None
        assert decide(client, SUPERSEDED, "replaced_by", str(REVISED)).status_code == 303
    assert listed(run)[SUPERSEDED]["superseded_by"] == REVISED


def test_anonymous_publication_is_exported_without_the_name(served: Served, run: Run) -> None:  # noqa: F811
    paper = served.ids["p@paper.example.org"]
    with served.officer() as client:
        assert decide(client, paper, "confidentiality", "anonymous").status_code == 303
        page = client.get(f"/submission/{paper}").text
    assert _form(page, "confidentiality")["shown"] == "anonymous"
    assert "anonymous" in listed(run)[paper]["flags"]
    assert run("reprocess").exit_code == 0
    export = json.loads(run("export", "--format", "json").stdout)
    names = {e["id"]: e["name"] for g in export["groups"] for e in g["entries"]}
    assert names[paper] == "Anonymous submission"
    with served.officer() as client:
        assert decide(client, paper, "confidentiality", "publish").status_code == 303
    assert "anonymous" not in listed(run)[paper]["flags"]


def _attach(client: Any, message: int, document: bytes) -> None:
    """Attach a PDF to a message through its page's form, as an officer does."""
    page = client.get(f"/submission/{message}").text
    csrf = re.search(r'name="csrf" value="(\w+)"', page)
    assert csrf
    files = {"file": ("report.pdf", document, "application/pdf")}
    done = client.post(f"/submission/{message}/attach", data={"csrf": csrf[1]}, files=files)
    assert done.status_code == 303, alert(done)


def test_a_file_attached_is_read_with_the_message(served: Served, run: Run) -> None:  # noqa: F811
    assert "needs_download" in listed(run)[LINK_ONLY]["flags"]
    document = text_pdf("Our submission on private security companies at borders.")
    with served.officer() as client:
        _attach(client, LINK_ONLY, document)
        page = client.get(f"/submission/{LINK_ONLY}").text
        served_file = client.get(f"/submission/{LINK_ONLY}/file/1")
    assert served_file.content == document
    item = listed(run)[LINK_ONLY]
    assert "needs_download" not in item["flags"]
    assert [a["filename"] for a in item["attachments"]] == ["report.pdf"]
    assert item["attachments"][0]["text_chars"] > 20
    assert re.search(r"<td>attach</td><td>file</td><td></td><td>report.pdf</td>", page)
    assert run("reprocess").exit_code == 0  # read again with the message, every time
    again = listed(run)[LINK_ONLY]
    assert again["attachments"] == item["attachments"] and again["flags"] == item["flags"]
    assert run("check").exit_code == 0


def undo_of(client: httpx.Client, number: int, action: str) -> str:
    """The id of the newest change ``action`` the history offers to undo."""
    page = client.get(f"/submission/{number}").text
    rows = re.findall(r"<td>([\w-]+)</td><td>[^<]*</td><td>[^<]*</td><td>[^<]*</td><td>\s*"
                      r'<form method="post" action="/submission/\d+/undo">\s*<input[^>]*>\s*'
                      r'<input type="hidden" name="event" value="(\d+)">', page)  # fmt: skip
    found = [event for what, event in rows if what == action]
    assert found, (action, rows)
    return found[-1]


def test_undo_of_a_file_attached_takes_it_off_and_keeps_its_bytes(
    served: Served,  # noqa: F811
    run: Run,
    config_path: Path,
) -> None:
    document = text_pdf("Our submission on private security companies at borders.")
    with served.officer() as client:
        _attach(client, LINK_ONLY, document)
        attached = undo_of(client, LINK_ONLY, "attach")
        other = served.client()  # another officer, shown the same history
        assert other.get(served.address).status_code in (200, 303)
        assert undo(client, LINK_ONLY, attached).status_code == 303
        item = listed(run)[LINK_ONLY]
        assert item["attachments"] == [] and "needs_download" in item["flags"]
        assert client.get(f"/submission/{LINK_ONLY}/file/1").status_code == 404
        late = undo(other, LINK_ONLY, attached)
        assert late.status_code == 409 and listed(run)[LINK_ONLY]["attachments"] == []
        other.close()
        assert run("check").exit_code == 0  # the bytes are kept, and checked
        assert run("reprocess").exit_code == 0  # read again: still without it
        assert listed(run)[LINK_ONLY]["attachments"] == []
        # The undo undone: attached again, and read with the message.
        assert undo(client, LINK_ONLY, undo_of(client, LINK_ONLY, "detach")).status_code == 303
        served_file = client.get(f"/submission/{LINK_ONLY}/file/1")
    assert served_file.content == document
    again = listed(run)[LINK_ONLY]
    assert [a["filename"] for a in again["attachments"]] == ["report.pdf"]
    assert "needs_download" not in again["flags"]
    stored = list((config_path.parent / "store" / "files").rglob("*"))
    assert any(p.is_file() and p.read_bytes() == document for p in stored)


def test_undo_of_triage_auto_unless_its_suggestions_changed_since(
    served: Served,  # noqa: F811
    run: Run,
) -> None:
    paper = served.ids["p@paper.example.org"]
    assert run("triage", "--auto").exit_code == 0
    with served.officer() as client:
        noted = undo_of(client, COMPANY, "auto")
        assert undo(client, COMPANY, noted).status_code == 303
        page = client.get(f"/submission/{COMPANY}").text
        assert re.search(r"<td>undo</td><td>auto</td><td>[^<]+</td><td></td><td>\s*</td>", page)
        kept = undo_of(client, paper, "auto")
        assert run("triage", str(paper), "--name", "Paper Network").exit_code == 0
        refused = undo(client, paper, kept)
    assert refused.status_code == 409 and "changed since" in alert(refused)
    assert listed(run)[paper]["submitter"]["name"] == "Paper Network"


REQUEST = (
    '"SecureCorp Compliance" <compliance@securecorp.example.com>',
    "Re: SecureCorp input to the Working Group",
    "Further to our submission, please treat it as confidential and do not publish it.",
)


def _next_second() -> None:
    """Wait for the store's clock (whole seconds) to pass the time the note was stored at:
    an officer's decision in that same second is not taken as made after reading it (the
    request applies, which is the safe side), and an officer reads before deciding."""
    stored = now()
    while now() == stored:
        time.sleep(0.05)


def test_undo_of_a_later_request_applied_automatically(
    served: Served,  # noqa: F811
    run: Run,
    tmp_path: Path,
) -> None:
    before = listed(run)[COMPANY]["confidentiality"]
    write_mail(tmp_path / "note", *REQUEST, received="Mon, 16 Mar 2020 12:00:00 +0000")
    assert run("import", str(tmp_path / "note")).exit_code == 0
    _next_second()
    assert listed(run)[COMPANY]["confidentiality"] == "confidential"
    with served.officer() as client:
        applied = undo_of(client, COMPANY, "amended")
        assert undo(client, COMPANY, applied).status_code == 303
        item = listed(run)[COMPANY]
        assert item["confidentiality"] == before
        assert item["confidentiality_decided_by"] == "human"
        assert run("reprocess").exit_code == 0  # an officer's word: read again, it stands
        assert listed(run)[COMPANY]["confidentiality"] == before
        # Undone in turn: the request applies again.
        assert undo(client, COMPANY, events(client, COMPANY)[-1]).status_code == 303
        assert listed(run)[COMPANY]["confidentiality"] == "confidential"
        assert run("reprocess").exit_code == 0
        assert listed(run)[COMPANY]["confidentiality"] == "confidential"
        # Refused once the value has changed since.
        assert decide(client, COMPANY, "confidentiality", "unclear").status_code == 303
        stale = undo(client, COMPANY, undo_of(client, COMPANY, "amended"))
    assert stale.status_code == 409 and "changed since" in alert(stale)
    assert listed(run)[COMPANY]["confidentiality"] == "unclear"


def test_undo_of_a_later_request_to_leave_the_name_out(
    served: Served,  # noqa: F811
    run: Run,
    tmp_path: Path,
) -> None:
    sender, subject, _ = REQUEST
    body = "Further to our submission: you may publish it, but anonymously, without our name."
    write_mail(tmp_path / "note", sender, subject, body, received="Mon, 16 Mar 2020 12:00:00 +0000")
    assert run("import", str(tmp_path / "note")).exit_code == 0
    _next_second()
    assert "anonymous" in listed(run)[COMPANY]["flags"]
    with served.officer() as client:
        assert undo(client, COMPANY, undo_of(client, COMPANY, "amended")).status_code == 303
        assert "anonymous" not in listed(run)[COMPANY]["flags"]
        assert run("reprocess").exit_code == 0  # an officer's "with the name": it stands
        assert "anonymous" not in listed(run)[COMPANY]["flags"]
        assert undo(client, COMPANY, events(client, COMPANY)[-1]).status_code == 303
        assert "anonymous" in listed(run)[COMPANY]["flags"]
        assert run("reprocess").exit_code == 0
    assert "anonymous" in listed(run)[COMPANY]["flags"]


def test_the_queue_filters_as_list_does(served: Served, run: Run) -> None:  # noqa: F811
    def shown(client: httpx.Client, **params: str) -> set[int]:
        page = client.get("/", params=params).text
        return {int(i) for i in re.findall(r'<td><a href="/submission/(\d+)">#', page)}

    items = listed(run)
    with served.officer() as client:
        assert shown(client, late="late") == {LATE_ANONYMOUS}
        assert shown(client, flag="needs_download") == {LINK_ONLY}
        confidential = {i for i, m in items.items() if m["confidentiality"] == "confidential"}
        assert shown(client, confidentiality="confidential") == confidential
        assert run("tag", "later", str(CONFIDENTIAL)).exit_code == 0
        assert shown(client, tag="later") == {CONFIDENTIAL}
        assert shown(client, tag="later", q="paper") == set()
        page = client.get("/", params={"kind": "submission", "late": "on-time"}).text
    assert 'value="on-time" selected' in page


def test_the_queue_filtered_by_kind_lists_what_list_kind_lists(served: Served, run: Run) -> None:  # noqa: F811
    from wgsubmit.records import KINDS

    assert run("triage", str(COMPANY), "--kind", "not_submission").exit_code == 0
    found: dict[str, set[int]] = {}
    with served.officer() as client:
        for kind in KINDS:
            for late, also in (("", []), ("late", ["--late"]), ("on-time", ["--on-time"])):
                page = client.get("/", params={"kind": kind, "late": late}).text
                shown = {int(i) for i in re.findall(r'<td><a href="/submission/(\d+)">#', page)}
                listed_ = run("list", "--json", "--kind", kind, *also)
                assert shown == {i["id"] for i in json.loads(listed_.stdout)}, (kind, late)
                found.setdefault(kind, shown)
    assert COMPANY in found["not_submission"] and found["auto_reply"]  # not only submissions


def test_the_thread_shows_the_senders_other_messages_and_their_links(
    served: Served,  # noqa: F811
) -> None:
    with served.officer() as client:
        page = client.get(f"/submission/{SUPERSEDED}").text
    thread = page.split('id="thread"')[1].split("</table>")[0]
    rows = dict(re.findall(r'/submission/(\d+)">#\d+</a>.*?<td>([^<]*)</td></tr>', thread))
    assert rows[str(REVISED)] == "it replaces this one"
    assert rows[str(DUPLICATE)] == "it is a duplicate of this one"
    assert "later:" in thread


def test_terminal_triage_sets_kind_withholds_and_opens_a_file(
    samples: Path, config_path: Path
) -> None:
    import io

    from rich.console import Console

    from wgsubmit.config import load_config
    from wgsubmit.store import Store
    from wgsubmit.triage import Session, queue, run_interactive

    config = load_config(str(config_path))
    keys = iter(["k", "x", "o", "x", "q"])
    answers = iter(["not_submission", "1", "1", "a reason"])
    opened: list[Path] = []

    def prompt(text: str, **options: Any) -> Any:
        return options.get("type", str)(next(answers))  # click.prompt converts to its type

    screen = io.StringIO()
    session = Session(
        Console(file=screen, width=80),
        lambda: next(keys),
        prompt,
        launch=lambda p: opened.append(Path(p)),
    )
    with Store.open_for_writing(config.store_path) as store:
        shown = queue(store)[0]
        run_interactive(store, config, session, "officer")
        message = store.message(shown)
        assert message is not None
        stored = store.file_path(message.attachments[0].sha256).read_bytes()
        history = [(e.field, e.new) for e in store.events(shown)]
    assert message.kind.value == "not_submission"
    assert message.publication.withhold_reason == "a reason"
    assert message.attachments[0].withheld
    assert ("kind", "not_submission") in history and ("withhold_reason", "a reason") in history
    assert len(opened) == 1
    assert opened[0].read_bytes() == stored
    assert opened[0].parent.stat().st_mode & 0o077 == 0  # a folder for this user alone
    assert "[k] kind" in " ".join(screen.getvalue().split())
