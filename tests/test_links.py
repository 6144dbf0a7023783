"""Links between messages (revisions, amendments, holds) follow the time the server received
them and their thread, whatever order they are imported in, and never a shared domain.

Every test goes through the real CLI on `.eml` files with `Received:` times, into a real
SQLite store.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import mail, text_pdf
from wgsubmit.directory import is_free_mail
from wgsubmit.links import (
    LinkRow,
    Sender,
    SenderIndex,
    compute,
    name_key,
    received_order,
    scope,
    thread_subject,
)
from wgsubmit.records import Confidentiality

Run = Callable[..., Result]

AGREE = "We agree to the publication of this submission on the website."


_VOCABULARY = (
    "states companies guards migrants detention border contracts oversight training weapons "
    "rights asylum deportation flights centres reports victims courts remedies licences "
    "audits abuses standards procurement accountability transparency monitoring staff "
    "violence complaints inspections regulation sanctions policies"
)
_WORDS = _VOCABULARY.split()


def _study(topic: str) -> bytes:
    """A document of its own on a topic: two topics share almost none of their wording."""
    rng = random.Random(topic)
    words = " ".join(rng.choice(_WORDS) for _ in range(400))
    return text_pdf(f"A study on {topic} for the Working Group. {words}.")


MARIA = '"Maria Lopez" <m.lopez@borderwatch.example.org>'
ANA = '"Ana Ruiz" <ana.ruiz@uni.example.edu>'


def _write(
    folder: Path,
    sender: str,
    subject: str,
    body: str,
    day: int,
    hour: int = 9,
    doc: str | None = None,
    **headers: str,
) -> None:
    """A message received on ``day`` March 2020 at ``hour`` UTC, with a PDF on ``doc`` if
    given; ``headers`` are Message_ID, In_Reply_To, References."""
    files = ((f"{doc}.pdf", "application/pdf", _study(doc)),) if doc else ()
    received = f"{day:02d} Mar 2020 {hour:02d}:00:00 +0000"
    message = mail(sender, subject, body, received=received, files=files)
    for name, value in headers.items():
        del message[name.replace("_", "-")]
        message[name.replace("_", "-")] = value
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{len(list(folder.iterdir()))}.eml").write_bytes(message.as_bytes())


def _import(run: Run, folder: Path) -> None:
    result = run("-q", "import", str(folder))
    assert result.exit_code == 0, result.output


def _send(run: Run, folder: Path, *args: Any, **kwargs: Any) -> int:
    """One message imported on its own, so that the test sets the import order; its id."""
    _write(folder, *args, **kwargs)
    _import(run, folder)
    return max(item["id"] for item in _all(run))


def _all(run: Run) -> list[dict[str, Any]]:
    result = run("list", "--json", "--all")
    assert result.exit_code == 0, result.output
    return list(json.loads(result.stdout))


def _by_id(run: Run) -> dict[int, dict[str, Any]]:
    return {item["id"]: item for item in _all(run)}


def _published(run: Run) -> set[int]:
    result = run("export", "--format", "json")
    assert result.exit_code == 0, result.output
    return {e["id"] for g in json.loads(result.stdout)["groups"] for e in g["entries"]}


def _links(run: Run) -> list[tuple[Any, ...]]:
    return [
        (
            i["id"],
            i["kind"],
            i["superseded_by"],
            i["amends"],
            i["held_by"],
            i["confidentiality"],
            tuple(i["flags"]),
        )
        for i in _all(run)
    ]


def test_a_revision_imported_before_its_original_supersedes_it(run: Run, tmp_path: Path) -> None:
    """GIVEN a revised version received on 16 March and the original received on 10 March
    WHEN the revision is imported first
    THEN the original is superseded by the revision, and only the revision is published."""
    revision = _send(run, tmp_path / "a", MARIA, "Revised submission",
                     "Please find the revised version of our submission. " + AGREE, 16,
                     doc="detention")  # fmt: skip
    original = _send(run, tmp_path / "b", MARIA, "Submission", "Our submission. " + AGREE, 10,
                     doc="detention")  # fmt: skip
    assert revision < original  # stored first, received later
    items = _by_id(run)
    assert items[original]["superseded_by"] == revision
    assert items[revision]["superseded_by"] is None
    assert _published(run) == {revision}


def test_an_amendment_imported_before_its_submission_applies_when_the_submission_comes(
    run: Run, tmp_path: Path
) -> None:
    sender = '"SecureCorp Compliance" <compliance@securecorp.example.com>'
    note = _send(run, tmp_path / "a", sender, "Re: SecureCorp input",
                 "Further to our submission of 5 March, please treat it as confidential and "
                 "do not publish it.", 15)  # fmt: skip
    assert _by_id(run)[note]["amends"] is None  # alone, it has nothing to amend yet
    submission = _send(run, tmp_path / "b", sender, "SecureCorp input", AGREE, 5, doc="contracts")
    items = _by_id(run)
    assert items[note]["amends"] == submission
    assert items[note]["kind"] == "not_submission"
    assert "amends" in items[note]["flags"]
    assert items[submission]["confidentiality"] == "confidential"
    assert submission not in _published(run) and note not in _published(run)


def test_a_request_with_no_re_and_no_reference_amends_the_latest_submission_of_its_address(
    run: Run, tmp_path: Path
) -> None:
    first = _send(run, tmp_path / "a", ANA, "Submission", "My submission. " + AGREE, 9,
                  doc="deportation flights")  # fmt: skip
    second = _send(run, tmp_path / "b", ANA, "Another input", "A second paper. " + AGREE, 11,
                   doc="reception centres")  # fmt: skip
    # A colleague at the same university: the request touches no one else.
    colleague = _send(run, tmp_path / "c", '"Ben Cole" <ben.cole@uni.example.edu>', "Paper",
                      "Attached. " + AGREE, 11, hour=10, doc="border walls")  # fmt: skip
    note = _send(run, tmp_path / "d", ANA, "Confidentiality",
                 "Hello, please keep the document confidential and do not put it on the "
                 "website.\n\nThank you,\nAna", 12)  # fmt: skip
    items = _by_id(run)
    assert items[note]["amends"] == second
    assert items[note]["kind"] == "not_submission"
    assert items[second]["confidentiality"] == "confidential"
    assert items[first]["confidentiality"] == "publish"
    assert items[colleague]["confidentiality"] == "publish"
    assert _published(run) == {first, colleague}


def test_a_shared_university_domain_or_free_mail_provider_never_links(
    run: Run, tmp_path: Path
) -> None:
    """Two people at one university, and two gmail users: one of each pair sends a "final
    version" of the very same text after the other's submission; nothing is linked."""
    people = [
        (ANA, '"Ben Cole" <ben.cole@uni.example.edu>'),
        ('"Carla Diaz" <carla.diaz@gmail.com>', '"Dan Evans" <dan.evans@gmail.com>'),
    ]
    ids = []
    for n, (first, second) in enumerate(people):
        ids.append(_send(run, tmp_path / f"{n}a", first, "Submission", "Attached. " + AGREE,
                         2 + n, doc=f"topic {n}"))  # fmt: skip
        ids.append(_send(run, tmp_path / f"{n}b", second, "Submission - final version",
                         "Here is the final version of my submission; please disregard the "
                         "previous one. " + AGREE, 6 + n, doc=f"topic {n}"))  # fmt: skip
    items = _by_id(run)
    assert [(items[i]["superseded_by"], items[i]["held_by"]) for i in ids] == [(None, None)] * 4
    assert _published(run) == set(ids)


def test_a_reply_through_in_reply_to_revises_the_submission_it_answers(
    run: Run, tmp_path: Path
) -> None:
    """GIVEN two different submissions from one address
    WHEN a corrected version replies (In-Reply-To) to the first, under a subject of its own
    THEN it supersedes the first, not the latest."""
    sender = '"Samuel Okoro" <s.okoro@migrant-rights.example.org>'
    first = _send(run, tmp_path / "a", sender, "Submission on detention", "Attached. " + AGREE,
                  2, doc="detention", Message_ID="<s1@mr.example.org>")  # fmt: skip
    joint = _send(run, tmp_path / "b", sender, "Joint submission on borders",
                  "Attached. " + AGREE, 4, doc="borders")  # fmt: skip
    corrected = _send(run, tmp_path / "c", sender, "Corrections",
                      "Apologies, here is the corrected version. " + AGREE, 6,
                      doc="detention centres", In_Reply_To="<s1@mr.example.org>",
                      References="<s1@mr.example.org>")  # fmt: skip
    items = _by_id(run)
    assert items[first]["superseded_by"] == corrected
    assert items[joint]["superseded_by"] is None
    assert _published(run) == {joint, corrected}


def test_a_namesake_from_another_address_holds_the_earlier_one_for_an_officer(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = _send(run, tmp_path / "a", '"Lucía Fernández" <lfernandez@derecho.uni-ejemplo.es>',
                 "Contribución", "Adjunto mi contribución. Autorizo su publicación.", 9,
                 doc="fronteras")  # fmt: skip
    personal = _send(run, tmp_path / "b", '"Lucia Fernandez" <lucia.fernandez@gmail.com>',
                     "Versión final", "Adjunto la versión final, que reemplaza la enviada "
                     "desde la universidad. Autorizo su publicación.", 12,
                     doc="fronteras y migrantes")  # fmt: skip
    items = _by_id(run)
    assert items[work]["held_by"] == personal
    assert items[work]["superseded_by"] is None
    assert _published(run) == {personal}
    monkeypatch.setenv("COLUMNS", "400")
    held = f"held: #{personal}, from another address, may replace it (`wgsubmit triage {personal}"
    assert held in run("export", "--dry-run").stdout
    # The officer decides; a later run keeps that decision and the hold no longer stands.
    assert run("triage", str(work), "--not-superseded").exit_code == 0
    assert run("-q", "reprocess").exit_code == 0
    items = _by_id(run)
    assert (items[work]["held_by"], items[work]["superseded_by"]) == (None, None)
    assert _published(run) == {work, personal}


def test_a_namesake_asking_for_confidentiality_holds_the_submission_too(
    run: Run, tmp_path: Path
) -> None:
    """A request from another address under the same name is not applied on its own word,
    but the submission waits for an officer rather than going up."""
    work = _send(run, tmp_path / "a", ANA, "Submission", "Attached. " + AGREE, 9, doc="walls")
    note = _send(run, tmp_path / "b", '"Ana Ruiz" <anaruiz@gmail.com>', "My submission",
                 "Further to my submission, please treat it as confidential.", 12)  # fmt: skip
    items = _by_id(run)
    assert (items[work]["held_by"], items[work]["confidentiality"]) == (note, "publish")
    assert items[note]["amends"] is None
    assert _published(run) == set()


def test_a_namesake_asking_from_free_mail_to_leave_her_name_out_holds_the_submission(
    run: Run, tmp_path: Path
) -> None:
    """GIVEN a paper sent from a work address that "may be published"
    WHEN the same person, days later and from a free-mail address, asks that it be published
    without her name (giving a job as the reason), and that note is imported first
    THEN the paper is held for an officer, and the note, which sends nothing, is no
    submission of its own: nothing goes on the page."""
    note = _send(run, tmp_path / "a", '"Miriam Solberg" <miriam.solberg@gmail.com>',
                 "my paper", "I am writing from my private address. On reflection, please "
                 "publish my paper without my name: I am applying for a post in one of the "
                 "missions.\n\nMiriam", 12)  # fmt: skip
    paper = _send(run, tmp_path / "b", '"Miriam Solberg" <m.solberg@opi.example.org>',
                  "Submission", "Attached is my paper. It may be published.", 9,
                  doc="peace operations")  # fmt: skip
    items = _by_id(run)
    assert items[paper]["held_by"] == note
    assert items[note]["kind"] == "not_submission"
    assert _published(run) == set()


def test_a_later_note_that_parts_may_be_withdrawn_makes_the_submission_unclear(
    run: Run, tmp_path: Path
) -> None:
    """A later message from the same address, with no "Re:", says parts may be withdrawn
    and that they will come back: the submission waits for an officer."""
    submission = _send(run, tmp_path / "a", MARIA, "Our submission", "Our submission is "
                       "attached.", 9, doc="border posts")  # fmt: skip
    note = _send(run, tmp_path / "b", MARIA, "about our document", "Dear all,\n\nWe may need "
                 "to withdraw parts of the document we sent, as one source has raised "
                 "concerns. I will come back to you.\n\nMaria", 11)  # fmt: skip
    items = _by_id(run)
    assert items[note]["amends"] == submission
    assert items[submission]["confidentiality"] == "unclear"
    assert _published(run) == set()


def test_a_colleagues_note_asking_for_anonymity_holds_nothing() -> None:
    """A request to leave a name out holds a submission from another address only under
    the same person's name; a colleague at the same domain is someone else."""
    note = Confidentiality("anonymous", "Please publish it without my name.")
    rows = [
        _row(1, "2020-03-10T00:00:00+00:00", address="ana@ngo.example", name="Ana Ruiz"),
        _row(
            2,
            "2020-03-12T00:00:00+00:00",
            address="bo@ngo.example",
            name="Bo Lind",
            subject="Submission",
            amendment=note,
        ),
        _row(
            3,
            "2020-03-13T00:00:00+00:00",
            address="ana.ruiz@gmail.com",
            name="Ana Ruiz",
            subject="my paper",
            amendment=note,
        ),
    ]
    links = compute(rows, lambda later, earlier: False)
    assert links.held_by == {1: 3}
    assert links.holding == {3}


@pytest.mark.parametrize(
    ("value", "held"), [("confidential", {1: 2}), ("unclear", {1: 2}), ("publish", {})]
)
def test_a_colleagues_note_that_keeps_the_text_back_or_is_unclear_holds_it(
    value: str, held: dict[int, int]
) -> None:
    """A colleague at the same organisation asks in the thread that "our submission" not be
    published, in words no rule resolves ("..., and in the meantime feel free to contact
    me"): the submission waits for an officer as it does for a plain refusal."""
    note = Confidentiality(value, "Please do not publish our submission, and in the meantime ...")
    rows = [
        _row(1, "2020-03-10T00:00:00+00:00", address="ana@ngo.example", name="Ana Ruiz",
             subject="Submission of Rights NGO"),
        _row(2, "2020-03-12T00:00:00+00:00", address="bea@ngo.example", name="Bea Ortiz",
             subject="Re: Submission of Rights NGO", amendment=note),
    ]  # fmt: skip
    assert compute(rows, lambda later, earlier: False).held_by == held


def test_an_addendum_is_its_own_submission(run: Run, tmp_path: Path) -> None:
    first = _send(run, tmp_path / "a", MARIA, "Submission", "Attached. " + AGREE, 10,
                  doc="detention")  # fmt: skip
    annex = _send(run, tmp_path / "b", MARIA, "Re: Submission",
                  "Please find an additional annex to our submission; it does not replace it. "
                  + AGREE, 11, doc="statistics")  # fmt: skip
    items = _by_id(run)
    assert items[first]["superseded_by"] is None and items[annex]["kind"] == "submission"
    assert _published(run) == {first, annex}


def test_links_are_the_same_after_a_second_import_and_a_reprocess(run: Run, tmp_path: Path) -> None:
    """Imported in this order: a revision, a request, then the submission they follow up;
    the links made by that read, by importing it all again and by a reprocess are the same,
    and so are the ids."""
    folder = tmp_path / "in"
    _write(folder, MARIA, "Revised submission", "The revised version. " + AGREE, 16, doc="v")
    _write(folder, MARIA, "Our submission", "Further to our submission, please treat it as "
           "confidential.", 17)  # fmt: skip
    _write(folder, MARIA, "Submission", "Attached. " + AGREE, 10, doc="v")
    _write(folder, ANA, "Input", "Attached. " + AGREE, 10, hour=10, doc="flights")
    _import(run, folder)
    first = _links(run)
    [revision, note, original, _] = first
    assert original[2] == revision[0]  # superseded by the revision
    assert note[3] == revision[0] and "amends" in note[6]  # amends the latest version
    assert revision[5] == "confidential"
    _import(run, folder)
    assert _links(run) == first
    assert run("-q", "reprocess").exit_code == 0
    assert _links(run) == first


def test_a_run_killed_before_it_linked_is_finished_by_the_next(
    run: Run, tmp_path: Path, config_path: Path
) -> None:
    folder = tmp_path / "in"
    _write(folder, MARIA, "Submission", "Attached. " + AGREE, 10, doc="detention")
    _write(folder, MARIA, "Revised submission", "The revised version. " + AGREE, 16, doc="v2")
    _import(run, folder)
    linked = _links(run)
    assert linked[0][2] == linked[1][0]
    # As a run killed after it read the messages, before it linked them.
    with sqlite3.connect(config_path.parent / "store" / "wgsubmit.db") as db:
        db.execute("UPDATE messages SET superseded_by = NULL, linked_at = NULL")
    refused = run("export")
    assert refused.exit_code == 1 and "not read yet" in refused.stderr
    _import(run, folder)  # nothing new: it links what the killed run left
    assert _links(run) == linked
    assert _published(run) == {linked[1][0]}


# --- the rules underneath, as tables ---


@pytest.mark.parametrize(
    ("subject", "thread"),
    [
        ("Re: Submission", "submission"),
        ("RE: Fwd: TR: Submission", "submission"),
        ("RV:  Contribución", "contribución"),
        ("AW: Re[2]: Input", "input"),
        ("Submission: Re-thinking borders", "submission: re-thinking borders"),
        (None, ""),
    ],
)
def test_thread_subject(subject: str | None, thread: str) -> None:
    assert thread_subject(subject) == thread


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("Lucía Fernández", "lucia  fernandez", True),
        ("Maria Lopez", "María López (Border Watch)", False),
        ("Info", "Info", False),  # one word names nobody in particular
        ("ana@example.org", "ana@example.org", False),
    ],
)
def test_display_names_compared(first: str, second: str, same: bool) -> None:
    assert (name_key(first) is not None and name_key(first) == name_key(second)) is same


@pytest.mark.parametrize(
    ("domain", "free"),
    [
        ("gmail.com", True),
        ("googlemail.com", True),
        ("hotmail.fr", True),
        ("outlook.es", True),
        ("live.com.mx", True),
        ("yahoo.com.ar", True),
        ("Yahoo.co.uk", True),
        ("gmx.de", True),
        ("proton.me", True),
        ("uol.com.br", True),
        ("uni-ejemplo.es", False),
        ("ohchr.org", False),
    ],
)
def test_free_mail_providers(domain: str, free: bool) -> None:
    assert is_free_mail(domain) is free


def _row(id: int, received: str | None, **values: Any) -> LinkRow:
    fields: dict[str, Any] = {
        "id": id,
        "received_at": dt.datetime.fromisoformat(received) if received else None,
        "address": "a@example.org",
        "name": "A Person",
        "subject": "Submission",
        "message_id": f"<{id}@example.org>",
        "replies_to": "",
        "kind": "submission",
        "duplicate": False,
        "says_revision": False,
        "amendment": None,
        "superseded_by": None,
        "superseded_by_officer": False,
    }
    fields.update(values)
    return LinkRow(**fields)


def test_received_order_puts_messages_without_a_time_last() -> None:
    rows = [
        _row(1, None),
        _row(2, "2020-03-12T00:00:00+00:00"),
        _row(3, "2020-03-10T00:00:00+00:00"),
    ]
    assert [r.id for r in received_order(rows)] == [3, 2, 1]


def test_an_officers_decision_is_never_crossed() -> None:
    """The officer said #1 is not replaced: a later revision neither supersedes it nor
    reaches past it to an older one."""
    rows = [
        _row(1, "2020-03-10T00:00:00+00:00", superseded_by_officer=True),
        _row(2, "2020-03-12T00:00:00+00:00", says_revision=True),
    ]
    assert compute(rows, lambda later, earlier: True).superseded_by == {}


def test_a_colleagues_revision_holds_the_earlier_version_for_an_officer(
    run: Run, tmp_path: Path
) -> None:
    """GIVEN an organisation's submission from one address
    WHEN a colleague at the same domain sends "an updated version" of it, under its subject
    THEN the earlier one is held (not superseded) until an officer links them."""
    first = _send(run, tmp_path / "a", '"Migration Law" <iml@iom.example.int>',
                  "IOM input - call for inputs", "Attached. " + AGREE, 2, doc="iom")  # fmt: skip
    updated = _send(run, tmp_path / "b", '"Sara Lind" <slind@iom.example.int>',
                    "IOM input - updated version",
                    "Please find the updated version of our input. " + AGREE, 5,
                    doc="iom revised")  # fmt: skip
    items = _by_id(run)
    assert (items[first]["superseded_by"], items[first]["held_by"]) == (None, updated)
    assert _published(run) == {updated}
    run("triage", str(updated), "--supersedes", str(first))
    assert _by_id(run)[first]["superseded_by"] == updated
    assert _published(run) == {updated}


_SENDER = st.builds(
    Sender,
    st.integers(0, 30),
    st.sampled_from([None, "ana@ngo.example", "bo@ngo.example", "cy@gmail.com", "di@uni.example"]),
    st.sampled_from([None, "Ana Pérez", "ANA PEREZ", "Bo Li", "Secretariat", "Di Ros"]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_SENDER, max_size=25), st.lists(_SENDER, max_size=10), st.sets(st.integers(0, 30)))
def test_a_runs_index_of_senders_kept_up_to_date_gives_the_scope_read_afresh(
    stored: list[Sender], read_again: list[Sender], touched: set[int]
) -> None:
    """A run keeps one index and updates it with each batch it saves: the messages it
    then links are those a reading of every stored sender would give."""
    now = {s.id: s for s in stored} | {s.id: s for s in read_again}
    index = SenderIndex({s.id: s for s in stored}.values())
    index.update({s.id: s for s in read_again}.values())
    assert index.scope(touched) == scope(list(now.values()), touched)
