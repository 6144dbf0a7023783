"""Triage: an officer confirms or corrects the suggestions, by keystrokes or by options,
and nothing automatic undoes it."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

Run = Callable[..., Result]


def listed(run: Run, *args: str) -> dict[int, dict[str, Any]]:
    result = run("list", "--json", *args)
    assert result.exit_code == 0, result.output
    return {item["id"]: item for item in json.loads(result.stdout)}


def undecided_in_order(items: dict[int, dict[str, Any]]) -> list[int]:
    return [
        i["id"]
        for i in sorted(items.values(), key=lambda i: (i["received_at"], i["id"]))
        if i["kind"] == "submission" and i["duplicate_of"] is None
        and i["submitter"]["decided_by"] != "human"
    ]  # fmt: skip


@pytest.fixture
def imported(run: Run, samples: Path) -> dict[int, dict[str, Any]]:
    """The samples as `import` stores them (imported once a session, copied per test)."""
    return listed(run)


def test_keystrokes_accept_skip_correct_and_quit(
    run: Run, imported: dict[int, dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("wgsubmit.cli._interactive", lambda: True)
    first, second, third, fourth, *_ = undecided_in_order(imported)
    # Accept the first; skip the second; on the third pick a type and a country, tag it,
    # then accept; quit on the fourth.
    keys = (
        "\n" + "s" + "t" + "member_state\n" + "c" + "Mexique\n" + "g" + "follow-up\n" + "\n" + "q"
    )
    result = run("triage", input=keys)
    assert result.exit_code == 0, result.output
    assert f"#{first}" in result.output and "[Enter] accept" in result.output
    # Each card says what export would do with it, by the same rule.
    assert re.search(r"Page\s+(published|left out: )", result.output)
    after = listed(run)
    assert after[first]["submitter"]["decided_by"] == "human"
    assert after[first]["submitter"]["name"] == imported[first]["submitter"]["name"]
    assert after[second]["submitter"]["decided_by"] == "auto"
    assert (after[third]["submitter"]["type"], after[third]["submitter"]["country"]) == (
        "member_state",
        "MEX",
    )
    assert after[third]["submitter"]["decided_by"] == "human"
    assert after[third]["tags"] == ["follow-up"]
    assert after[fourth]["submitter"]["decided_by"] == "auto"
    # The next session starts where this one stopped, then comes back to the skipped one.
    again = run("triage", input="q")
    shown = re.search(r"1/(\d+)\s+#(\d+)", again.output)
    assert shown is not None and int(shown.group(2)) == fourth
    assert int(shown.group(1)) == len(undecided_in_order(after))  # the skipped one still due


def test_a_wrong_country_or_an_empty_name_is_refused_and_triage_goes_on(
    run: Run, imported: dict[int, dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("wgsubmit.cli._interactive", lambda: True)
    first = undecided_in_order(imported)[0]
    result = run("triage", input="c" + "Atlantis\n" + "CHL\n" + "n" + " \n" + "q")
    assert result.exit_code == 0
    # In the officer's words: the field as the card names it, no command-line option.
    assert "country: 'Atlantis' is not a known State or ISO code" in result.output
    assert "name: give the submitter's name" in result.output
    assert "--country" not in result.output and "--name" not in result.output
    after = listed(run)[first]["submitter"]
    assert (after["country"], after["name"]) == ("CHL", imported[first]["submitter"]["name"])


def test_without_a_terminal_it_says_to_use_auto(run: Run, imported: dict[int, Any]) -> None:
    result = run("triage")
    assert result.exit_code == 2
    assert "--auto" in result.output and "Traceback" not in result.output


def test_values_set_directly_are_kept_by_reprocess_and_auto(
    run: Run, imported: dict[int, dict[str, Any]]
) -> None:
    target = 4
    before = imported[target]["submitter"]
    result = run(
        "triage", str(target), "--type", "academic", "--name", "Jordan Smith, PhD",
        "--confidentiality", "confidential",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert run("reprocess").exit_code == 0
    assert run("triage", "--auto").exit_code == 0
    after = listed(run)[target]
    assert after["submitter"] == {
        **before,
        "type": "academic",
        "name": "Jordan Smith, PhD",
        "decided_by": "human",
        "confidence": after["submitter"]["confidence"],
        "reasons": after["submitter"]["reasons"],
    }
    assert (after["confidentiality"], after["confidentiality_decided_by"]) == (
        "confidential",
        "human",
    )
    shown = run("show", str(target)).output
    assert "history" in shown and f"submitter_type: {before['type']} → academic" in shown
    assert "confidentiality: publish → confidential" in shown


def test_supersession_and_withholding_by_an_officer(
    run: Run, imported: dict[int, dict[str, Any]]
) -> None:
    assert imported[1]["superseded_by"] == 10
    assert run("triage", "1", "--not-superseded").exit_code == 0
    assert run("triage", "7", "--supersedes", "5").exit_code == 0
    assert run("triage", "9", "--withhold", "sent on behalf of a client").exit_code == 0
    assert run("reprocess").exit_code == 0
    after = listed(run)
    assert after[1]["superseded_by"] is None
    assert after[5]["superseded_by"] == 7
    assert "withheld" in after[9]["flags"]
    assert after[9]["withhold_reason"] == "sent on behalf of a client"
    assert list(listed(run, "--flag", "withheld")) == [9]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["4", "--type", "ngo"], "--type: one of"),
        (["4", "--country", "Atlantis"], "--country: 'Atlantis' is not a known State"),
        (["4", "--confidentiality", "secret"], "--confidentiality: one of"),
        (["999", "--type", "academic"], "no message with id 999"),
        (["--type", "academic"], "give the ID"),
        (["4", "--auto"], "--auto applies"),
        (["4", "--supersedes", "4"], "--supersedes"),
        (["4", "--supersedes", "1", "--not-superseded"], "--supersedes and --not-superseded"),
        (["4", "--withhold-file", "9"], "--withhold-file: #4 has no attachment 9"),
        (["4", "--received", "2020-03-16"], '--received: a date and time such as "2020-03-16'),
        (["4", "--kind", "spam"], "--kind: one of"),
    ],
)
def test_wrong_values_exit_2_with_one_line(
    run: Run, imported: dict[int, Any], args: list[str], message: str
) -> None:
    result = run("triage", *args)
    assert result.exit_code == 2
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_tags_filter_and_history(run: Run, imported: dict[int, Any]) -> None:
    assert run("tag", "follow-up", "1", "3").exit_code == 0
    assert run("tag", "follow-up", "3").exit_code == 0  # already there: no second event
    assert sorted(listed(run, "--tag", "follow-up")) == [1, 3]
    assert run("untag", "follow-up", "1").exit_code == 0
    assert sorted(listed(run, "--tag", "follow-up")) == [3]
    assert listed(run)[3]["tags"] == ["follow-up"]
    shown = run("show", "3").output
    assert shown.count("tags: — → follow-up") == 1
    assert "tags: follow-up → —" in run("show", "1").output
    assert run("tag", "two words", "1").exit_code == 2
    missing = run("tag", "x", "999")
    assert missing.exit_code == 2 and "999" in missing.output


def test_one_rule_for_a_tag_in_interactive_triage_and_on_the_command_line(
    run: Run, imported: dict[int, Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """GIVEN tags with a comma or a space
    WHEN an officer gives them in interactive triage or to `tag`
    THEN both refuse them alike, and a good tag is kept; a tag stored before the rule can
    still be taken off."""
    from wgsubmit.store import Store

    monkeypatch.setattr("wgsubmit.cli._interactive", lambda: True)
    first = undecided_in_order(imported)[0]
    keys = "g" + "legal,urgent\n" + "g" + "two words\n" + "g" + " follow-up \n" + "q"
    result = run("triage", input=keys)
    assert result.exit_code == 0, result.output
    assert result.output.count("tag: one word, without spaces or commas") == 2
    assert listed(run)[first]["tags"] == ["follow-up"]
    for bad in ("legal,urgent", "two words", "tab\tinside", "rtl\u202emark", " "):
        refused = run("tag", bad, str(first))
        assert refused.exit_code == 2, bad
        assert "TAG: one word, without spaces or commas" in refused.output
    assert listed(run)[first]["tags"] == ["follow-up"]
    with Store.open_for_writing(tmp_path / "store") as store:  # as an earlier version did
        store.tag([first], "legal,urgent", "officer")
    assert run("untag", "legal,urgent", str(first)).exit_code == 0
    assert listed(run)[first]["tags"] == ["follow-up"]
    assert run("untag", "not,there", str(first)).exit_code == 2


def test_auto_keeps_suggestions_and_notes_them(run: Run, imported: dict[int, Any]) -> None:
    result = run("triage", "--auto")
    assert result.exit_code == 0
    after = listed(run)
    assert all(i["submitter"]["decided_by"] == "auto" for i in after.values())
    assert "France" in result.output
    assert "auto" in run("show", "2").output
    auto_reply = listed(run, "--all")[6]
    assert auto_reply["kind"] == "auto_reply"
    assert (auto_reply["submitter"]["type"], auto_reply["submitter"]["name"]) == (None, None)


def test_the_queue_shows_unclear_requests_first_then_resumes_after_the_last_shown(
    run: Run, samples: Path
) -> None:
    from conftest import FRANCE, MEXICO
    from wgsubmit.store import Store
    from wgsubmit.triage import POSITION, queue

    for unclear in (FRANCE, MEXICO):
        assert run("triage", str(unclear), "--confidentiality", "unclear").exit_code == 0
    with Store.open_for_writing(samples) as store:
        undecided = store.undecided()
        first = [i for i in undecided if i in (FRANCE, MEXICO)]
        rest = [i for i in undecided if i not in first]
        assert len(first) == 2 and queue(store) == first + rest
        last = rest[2]
        store.set_setting(POSITION, str(last))
        later = [i for i in rest if i > last]  # those that came in after it, first
        assert later and queue(store) == first + later + [i for i in rest if i <= last]
