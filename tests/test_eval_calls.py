"""The realistic evals of other mandates' calls, each run through the documented flow by the
first eval's scorer: the privacy call (`tests/eval_privacy/`: patients' consent,
confidential records, anonymised data, leaks) and the call on journalists' sources
(`tests/eval_sources/`: confidential sources, whistle-blowers, leaked documents, court
orders not to publish), whose own subjects are what submitters also say about publication;
and the first eval's mailbox with a neighbouring call of the mandate configured beside this
one, whose submissions must still reach this call's page. What must never happen is held at
zero; the rest may not fall below what was measured."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

HERE = Path(__file__).resolve().parent

# Never: a refused, anonymous or undecided submission on the page, a person's name for an
# organisation, a cut name, an organisation published as a State.
PRIVACY_NEVER_LESS = (
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
PRIVACY_MEASURED = {
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


# The sources call's set was held out whole until the figures below were measured: no rule
# had been tuned on any of its messages, in either half. Never, as on the privacy call's set
# (each of those holds here), nor a false supersession.
SOURCES_NEVER_LESS = (*PRIVACY_NEVER_LESS, "no false supersession")
# At least as measured when the set came: confidentiality accuracy 67.6% (69/102; tune
# 27/42, frozen 42/60), export recall 46/76 (tune 18/31, frozen 28/45), 19.6% of
# submissions unclear (20/102; 18 of the 100 decidable ones), type 87.3%, names exactly
# right 88.2% (near enough 89.2%), kind 108/109 (a newsletter read as a submission), one
# of the 15 States not read as a Member State (countries 14/15), one published entry
# outside its group; every language and every attachment's text right. 17 submissions
# flagged anonymous that are not (all ten that are, flagged). Then its tune half was tuned
# on (the frozen half never): what a document sent is said to be about ("la nota adjunta
# sobre cómo decidimos qué publicar") and a right another holds to keep a thing to itself
# ("el derecho de los periodistas a mantener en reserva sus fuentes") read as the world:
# confidentiality accuracy 70.6% (72/102; tune 30/42, frozen 42/60), export recall 49/76
# (tune 21/31, frozen 28/45), 17.6% unclear (18/102; tune 16.7%, frozen 18.3%), anonymous
# still 27 flagged for the ten (all ten flagged). Then a text kept from going around, the
# writer put as one of a kind, a consent followed by something to take out (tuned on the
# fourteenth adversarial collection) sent one consent of the frozen half to an officer:
# confidentiality accuracy 71/102, export recall 48/76 (frozen 27/45), 19/102 unclear.
# The sixteenth collection's rules (a text kept within or let beyond the experts, a hedged
# wish, a name question left open, a consent no one gives) left these unchanged.
SOURCES_MEASURED = {
    "confidentiality accuracy (submissions)": 71 / 102,
    "export recall": 48 / 76,
    "submissions not left unclear (all: at most 10% unclear)": 83 / 102,
    "decidable submissions not left unclear": 83 / 100,
    # submitter and kind rules then tuned on the tune half only (a journalists' union, a
    # publishers' or broadcasters' association, a media regulator, a newsroom's name, a
    # person of the press in the first person, a newsletter's contents, an acronym written
    # before the State): type 89 -> 95/102 (tune 38 -> 41/42, frozen 51 -> 54/60), names
    # exactly 90 -> 93/102 (tune 38 -> 41/42, frozen 52 -> 52/60), near enough 91 -> 94/102,
    # kind 108 -> 109/109, countries 14/15
    "submitter type accuracy": 95 / 102,
    "name exactly right (case and accents aside)": 93 / 102,
    "name match (similarity >= 0.8)": 94 / 102,
    "kind accuracy (all messages)": 109 / 109,
    "country accuracy (States)": 14 / 15,
    "export entries in their group": 45 / 46,
    "language accuracy (all messages)": 1.0,
    "attachment text extracted": 1.0,
}

# The first eval's mailbox, all of it this call's, with the mandate's other call of the same
# season configured beside it: a call on the same companies and the rights of children, whose
# keyword "children" is also one word of the migration field's "unaccompanied children", or
# the call on the extractive industry of config.example.toml. When first measured with the
# call on children, 204 of the 791 messages were left unclear ("nothing tells this call
# from …": the field of migration was taken by neither call) and export recall fell from
# 95.6% to 73.4%. Since a field goes to the call that clearly uses more of its words: export
# recall 565/597 with the call on the extractive industry (the six lost have no words to
# tell: a link to download, a note verbale in Russian or Arabic), 561/597 with the call on
# children (four more speak of migrant children: either call's, an officer decides). Then
# the call on children was given its field ("enfants", "niños", "enfants soldats", …): 551/597,
# ten more speaking of children who cross borders, in French and Spanish too.
NEIGHBOURS = {
    "children": (
        "Private military and security companies and the rights of children",
        ["children", "child soldiers"],
        551,
    ),
    "extractive": (
        "Private military and security companies in the extractive industry",
        ["A/HRC/45/10", "extractive", "mining", "extractivas", "minería", "extractives", "minière"],
        565,
    ),
}


def _to_publish() -> int:
    """How many of the first eval's messages SPEC's rules publish, as its scorer counts them."""
    sys.path.insert(0, str(HERE / "eval"))
    import evaluate

    config = tomllib.loads((HERE / "eval" / "config.toml").read_text("utf-8"))
    labels = json.loads((HERE / "eval" / "labels.json").read_text("utf-8"))
    call = config["call"]
    deadline = dt.datetime.combine(
        dt.date.fromisoformat(str(call["deadline"])) + dt.timedelta(days=1),
        dt.time(),
        ZoneInfo(call["timezone"]),
    )
    superseded = {label["supersedes"] for label in labels if label["supersedes"]}
    messages = HERE / "eval" / "messages"
    return sum(
        evaluate.should_publish(
            label, superseded, deadline, evaluate.received_at(messages / label["file"]), "publish"
        )
        for label in labels
    )


TO_PUBLISH = _to_publish()

# Each set's folder is tests/eval_<name> (a neighbour's is tests/eval with the other call
# added to its config): what must never happen there, and what it measured.
BOUNDS = {
    "privacy": (PRIVACY_NEVER_LESS, PRIVACY_MEASURED),
    "sources": (SOURCES_NEVER_LESS, SOURCES_MEASURED),
    **{
        f"neighbour-{name}": (
            SOURCES_NEVER_LESS,
            {
                "export recall": published / TO_PUBLISH,
                "confidentiality accuracy (submissions)": 0.95,
            },
        )
        for name, (_, _, published) in NEIGHBOURS.items()
    },
}


@dataclass(frozen=True)
class Evaluated:
    """One set's figures by metric name, and its bounds."""

    figures: dict[str, float]
    never_less: tuple[str, ...]
    measured: dict[str, float]


def _config(name: str, tmp: Path) -> Path:
    """The set's config: its own, or the first eval's with the neighbouring call added."""
    if not name.startswith("neighbour-"):
        return HERE / f"eval_{name}" / "config.toml"
    title, keywords, _ = NEIGHBOURS[name.removeprefix("neighbour-")]
    other = f'\n[[other_calls]]\ntitle = {json.dumps(title)}\ndeadline = "2020-04-30"\n'
    config = tmp / "config.toml"
    config.write_text(
        (HERE / "eval" / "config.toml").read_text("utf-8")
        + other
        + f"keywords = {json.dumps(keywords, ensure_ascii=False)}\n",
        "utf-8",
    )
    return config


@pytest.fixture(scope="session")
def evaluations(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Evaluated]:
    """Each set evaluated once a session, whatever order its tests run in."""
    done: dict[str, Evaluated] = {}

    def evaluate(name: str) -> Evaluated:
        if name not in done:
            done[name] = _evaluate(name, tmp_path_factory)
        return done[name]

    return evaluate


@pytest.fixture(scope="module", params=sorted(BOUNDS))
def evaluated(request: pytest.FixtureRequest, evaluations: Callable[[str], Evaluated]) -> Evaluated:
    """The set a test is run on."""
    return evaluations(request.param)


def _evaluate(name: str, tmp_path_factory: pytest.TempPathFactory) -> Evaluated:
    """The documented eval run on a set with its config, read from its --json."""
    folder = HERE / ("eval" if name.startswith("neighbour-") else f"eval_{name}")
    config = _config(name, tmp_path_factory.mktemp(name))
    done = subprocess.run(
        [
            sys.executable,
            str(HERE / "eval" / "evaluate.py"),
            "--json",
            "--messages",
            str(folder / "messages"),
            "--labels",
            str(folder / "labels.json"),
            "--config",
            str(config),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert done.returncode in (0, 1), done.stderr
    report = json.loads(done.stdout)
    assert not report["unmatched_labels"] and not report["unlabelled_records"]
    figures = {m["name"]: m["hits"] / m["n"] for m in report["metrics"] if m["n"]}
    return Evaluated(figures, *BOUNDS[name])


def test_what_must_never_happen_does_not_happen_on_another_call(evaluated: Evaluated) -> None:
    figures = evaluated.figures
    happened = [
        f"{name}: {figures[name]:.1%}" for name in evaluated.never_less if figures[name] < 1
    ]
    assert not happened, "; ".join(happened)


def test_another_call_is_read_at_least_as_well_as_measured(evaluated: Evaluated) -> None:
    figures = evaluated.figures
    below = [
        f"{name}: {figures[name]:.1%} (measured {bound:.1%})"
        for name, bound in sorted(evaluated.measured.items())
        if figures[name] < bound - 1e-9
    ]
    assert not below, "; ".join(below)
