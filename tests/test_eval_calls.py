"""The second realistic eval (`tests/eval_privacy/`): another mandate's call, whose own
subject is what submitters also say about publication (patients' consent, confidential
records, anonymised data, leaks), run through the documented flow by the first eval's
scorer. What must never happen is held at zero; the rest may not fall below what was
measured."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
PRIVACY = HERE / "eval_privacy"

# Never: a refused, anonymous or undecided submission on the page, a person's name for an
# organisation, a cut name, an organisation published as a State.
NEVER_LESS = (
    "confidential recall (submissions)",
    "confidential submissions not published",
    "export precision",
    "anonymous recall",
    "no person's name for an organization",
    "no cut name",
    "Member State precision",
    "ordinary (tune): export precision",
    "ordinary (frozen): export precision",
)
# At least as measured. When the set came, before any rule was tuned on it: confidentiality
# accuracy 66.0%, export recall 65.4% (tune 66.7%, frozen 63.0%), 21% of submissions
# unclear, type 90.0%, names exactly right 91.0%; one refused submission of the tune half
# published, and one of the ten anonymous ones named. Then a meeting request read as one
# (not a submission), how data is made anonymous and whose consent it needs read as the
# topic, rules stated for the world no refusal, a consent without the name read in its own
# clause: none published that should not be, all ten anonymous ones flagged (12 flagged, was
# 24), confidentiality accuracy 68.0% (tune 70.1%, frozen 63.6%), export recall 66.7% (tune
# 68.6%, frozen 63.0%), 21% still unclear. Then a recommendation or a demand that others
# publish a thing of the world, confidentiality or a kind of identity as a subject, and a
# document's account of the past read as the world: confidentiality accuracy 74.0% (tune
# 79.1%, frozen 63.6%), export recall 57/78 (tune 40/51, frozen 17/27), 16% unclear (tune
# 16.4%, frozen 15.2%). Then a rule a document states in a modal ("the records of a patient
# must never be published") went to an officer, since it may as well be said of its own
# findings, and data made anonymous beside publishing kept as a request: accuracy 72.0%,
# export recall 55/78, 18% unclear (all in the tune half).
MEASURED = {
    "confidentiality accuracy (submissions)": 0.72,
    "export recall": 55 / 78,
    "submissions not left unclear (all: at most 10% unclear)": 0.82,
    # type and names after the submitter rules tuned on the ninth sender set's and this
    # set's tune halves: type 96.0% (tune 95.5%, frozen 97.0%), names 95.0% (tune 97.0%,
    # frozen 90.9%)
    "submitter type accuracy": 0.96,
    "name exactly right (case and accents aside)": 0.95,
    "kind accuracy (all messages)": 0.99,
    "ordinary (frozen): export recall": 17 / 27,
    "ordinary (frozen): confidentiality accuracy": 21 / 33,
}


@pytest.fixture(scope="module")
def figures() -> dict[str, float]:
    done = subprocess.run(
        [
            sys.executable,
            str(HERE / "eval" / "evaluate.py"),
            "--json",
            "--messages",
            str(PRIVACY / "messages"),
            "--labels",
            str(PRIVACY / "labels.json"),
            "--config",
            str(PRIVACY / "config.toml"),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert done.returncode in (0, 1), done.stderr
    report = json.loads(done.stdout)
    assert not report["unmatched_labels"] and not report["unlabelled_records"]
    return {m["name"]: m["hits"] / m["n"] for m in report["metrics"] if m["n"]}


@pytest.mark.parametrize("name", NEVER_LESS)
def test_what_must_never_happen_does_not_happen_on_another_call(
    figures: dict[str, float], name: str
) -> None:
    assert figures[name] == 1.0, f"{name}: {figures[name]:.1%}"


@pytest.mark.parametrize("name", sorted(MEASURED))
def test_another_call_is_read_at_least_as_well_as_measured(
    figures: dict[str, float], name: str
) -> None:
    assert figures[name] >= MEASURED[name] - 1e-9, f"{name}: {figures[name]:.1%}"
