"""Score wgsubmit against the labelled evaluation set.

    .venv/bin/python tests/eval/evaluate.py              # table of figures
    .venv/bin/python tests/eval/evaluate.py --verbose    # … and every mismatch
    .venv/bin/python tests/eval/evaluate.py --json       # figures as JSON

It copies config.toml into a temporary folder (so the store is created there), runs
`wgsubmit import` on the messages, reads `wgsubmit list --json --all`, matches each record to
its label by Message-ID and prints one accuracy figure per field, with its target. A field the
tool does not produce yet (null or missing) counts as wrong. The flow is the documented one:
`import`, `triage --auto`, `export`. Exit status 0 when every target is met, 1 when wgsubmit
itself failed or a figure is below its target.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import email
import email.policy
import email.utils
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent

# Flags the labels may carry (a subset of SPEC's closed list).
LABEL_FLAGS = [
    "needs_download",
    "needs_ocr",
    "encrypted",
    "corrupt",
    "unsupported_format",
    "format_not_accepted",
    "over_limit",
    "partial_confidential",
    "anonymous",
    "disclaimer",
    "amends",
    "forwarded",
    "received_from_date_header",
    "duplicate",
]
STATE_TYPES = {"member_state", "observer_state"}
NAME_THRESHOLD = 0.8


class ToolFailed(Exception):
    pass


@dataclass
class Metric:
    name: str
    target: float | None  # a share (0..1) to reach, or None when no target is set
    hits: int = 0
    n: int = 0
    value: float | None = None  # set directly for derived figures (F1); else hits / n
    note: str = ""

    def add(self, ok: bool) -> None:
        self.n += 1
        self.hits += bool(ok)

    @property
    def score(self) -> float | None:
        if self.value is not None:
            return self.value
        return self.hits / self.n if self.n else None

    def status(self) -> str:
        if self.target is None or self.score is None:
            return "-"
        return "ok" if self.score >= self.target - 1e-9 else "BELOW"

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "hits": self.hits,
            "n": self.n,
            "value": None if self.score is None else round(self.score, 4),
            "target": self.target,
            "status": self.status(),
            "note": self.note,
        }


@dataclass
class Report:
    metrics: list[Metric] = field(default_factory=list)
    mismatches: list[dict[str, Any]] = field(default_factory=list)
    unmatched_labels: list[str] = field(default_factory=list)
    unlabelled_records: int = 0
    records: int = 0
    expected: set[str] = field(default_factory=set)  # files SPEC's rules publish
    published: set[str] = field(default_factory=set)  # files the export published

    def metric(self, name: str, target: float | None, note: str = "") -> Metric:
        m = Metric(name, target, note=note)
        self.metrics.append(m)
        return m

    def miss(self, label: dict[str, Any], rec: dict[str, Any], fld: str, exp: Any, got: Any):
        self.mismatches.append(
            {
                "file": label["file"],
                "field": fld,
                "expected": exp,
                "got": got,
                "evidence": rec.get("confidentiality_evidence"),
            }
        )


# ------------------------------------------------------------------ running wgsubmit


def wgsubmit_command() -> list[str]:
    scripts = Path(sys.executable).parent
    for name in ("wgsubmit", "wgsubmit.exe"):
        exe = scripts / name
        if exe.exists():
            return [str(exe)]
    return [sys.executable, "-m", "wgsubmit"]


def run_tool(args: list[str]) -> str:
    env = dict(os.environ)
    env.pop("WGSUBMIT_CONFIG", None)
    done = subprocess.run(
        [*wgsubmit_command(), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=env,
        check=False,
    )
    if done.returncode != 0:
        raise ToolFailed(
            f"wgsubmit {' '.join(args[2:4])} exited with {done.returncode}:\n"
            f"{done.stderr.strip() or done.stdout.strip()}"
        )
    return done.stdout


def parse_records(stdout: str) -> list[dict[str, Any]]:
    """A JSON array, a single object, or one JSON object per line."""
    text = stdout.strip()
    if not text:
        return []
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        records = []
        for line in text.splitlines():
            line = line.strip()
            if line:
                try:
                    records.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise ToolFailed(
                        f"list --json printed a line that is not JSON: {line[:80]}"
                    ) from exc
        return records
    if isinstance(data, dict):
        return [data]
    if isinstance(data, list):
        return [r for r in data if isinstance(r, dict)]
    raise ToolFailed("list --json printed neither an array nor objects")


def collect(messages: Path, config: Path) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Every record of `list --json --all`, and `export --format json`."""
    tmp = Path(tempfile.mkdtemp(prefix="wgsubmit-eval-"))
    try:
        cfg = tmp / "config.toml"
        shutil.copyfile(config, cfg)
        run_tool(["--config", str(cfg), "-q", "import", str(messages)])
        run_tool(["--config", str(cfg), "-q", "triage", "--auto"])
        records = parse_records(run_tool(["--config", str(cfg), "list", "--json", "--all"]))
        published = json.loads(run_tool(["--config", str(cfg), "export", "--format", "json"]))
        return records, published
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ------------------------------------------------------------------ matching


def match(
    labels: list[dict[str, Any]], records: list[dict[str, Any]], report: Report
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Pair labels and records by Message-ID; several with one ID pair in order of arrival."""
    by_id: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for rec in records:
        by_id[str(rec.get("message_id") or "").strip()].append(rec)
    for recs in by_id.values():
        recs.sort(key=lambda r: (str(r.get("received_at") or ""), _int(r.get("id"))))
    pairs = []
    used: set[int] = set()
    seen: dict[str, int] = defaultdict(int)
    for label in labels:
        mid = label["message_id"].strip()
        i = seen[mid]
        seen[mid] += 1
        candidates = by_id.get(mid, [])
        if i < len(candidates):
            rec = candidates[i]
            used.add(id(rec))
        else:
            rec = {}
            report.unmatched_labels.append(label["file"])
        pairs.append((label, rec))
    report.records = len(records)
    report.unlabelled_records = sum(1 for r in records if id(r) not in used)
    return pairs


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


# ------------------------------------------------------------------ names


def _tokens(name: str | None) -> list[str]:
    if not name:
        return []
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return re.findall(r"[^\W_]+", text)


def name_similarity(expected: str | None, got: str | None) -> float:
    """Token-set similarity: the better of Jaccard and a sorted-token sequence ratio."""
    a, b = set(_tokens(expected)), set(_tokens(got))
    if not a or not b:
        return 1.0 if a == b else 0.0
    jaccard = len(a & b) / len(a | b)
    ratio = difflib.SequenceMatcher(None, " ".join(sorted(a)), " ".join(sorted(b))).ratio()
    return max(jaccard, ratio)


# ------------------------------------------------------------------ scoring


def score(pairs: list[tuple[dict[str, Any], dict[str, Any]]], report: Report) -> None:
    subs = [(lab, rec) for lab, rec in pairs if lab["kind"] == "submission"]
    rec_by_file = {lab["file"]: rec for lab, rec in pairs}

    m = report.metric("confidential recall (submissions)", 1.0)
    for lab, rec in subs:
        if lab["confidentiality"] == "confidential":
            m.add(rec.get("confidentiality") == "confidential")

    m = report.metric("confidentiality accuracy (submissions)", 0.93, "unclear counts as wrong")
    for lab, rec in subs:
        ok = rec.get("confidentiality") == lab["confidentiality"]
        m.add(ok)
        if not ok:
            report.miss(
                lab, rec, "confidentiality", lab["confidentiality"], rec.get("confidentiality")
            )

    m = report.metric("amendment requests read", None, "confidentiality of amends messages")
    for lab, rec in pairs:
        if lab["amends"]:
            ok = rec.get("confidentiality") == lab["confidentiality"]
            m.add(ok)
            if not ok:
                report.miss(
                    lab, rec, "confidentiality", lab["confidentiality"], rec.get("confidentiality")
                )

    m = report.metric("language accuracy (submissions)", 0.98)
    for lab, rec in subs:
        ok = rec.get("language") == lab["language"]
        m.add(ok)
        if not ok:
            report.miss(lab, rec, "language", lab["language"], rec.get("language"))
    m = report.metric("language accuracy (all messages)", None)
    for lab, rec in pairs:
        m.add(rec.get("language") == lab["language"])

    m = report.metric("language_ok accuracy (submissions)", 0.98)
    for lab, rec in subs:
        ok = rec.get("language_ok") == lab["language_ok"] and "language_ok" in rec
        m.add(ok)
        if not ok:
            report.miss(lab, rec, "language_ok", lab["language_ok"], rec.get("language_ok"))

    m = report.metric("kind accuracy (all messages)", 0.97)
    for lab, rec in pairs:
        ok = rec.get("kind") == lab["kind"]
        m.add(ok)
        if not ok:
            report.miss(lab, rec, "kind", lab["kind"], rec.get("kind"))

    m = report.metric("attachment text extracted", 0.98)
    for lab, rec in pairs:
        atts = rec.get("attachments") or []
        for name in lab["attachments_with_text"]:
            found = [a for a in atts if _same_name(a.get("filename"), name)]
            chars = found[0].get("text_chars") if found else None
            ok = isinstance(chars, int) and chars > 0
            m.add(ok)
            if not ok:
                got = f"text_chars={chars}" if found else "no such attachment"
                report.miss(lab, rec, f"attachment {name}", "text", got)

    m = report.metric(
        "resubmissions linked", 1.0, "from another address: held for an officer (held_by)"
    )
    for lab, rec in pairs:
        if lab["supersedes"]:
            earlier = rec_by_file.get(lab["supersedes"], {})
            # SPEC: only the same sender address supersedes by itself; a colleague's
            # revision holds the earlier version off the page until an officer links them.
            link = "superseded_by" if _address(rec) == _address(earlier) else "held_by"
            ok = bool(rec) and rec.get("id") is not None and earlier.get(link) == rec.get("id")
            m.add(ok)
            if not ok:
                report.miss(
                    lab,
                    rec,
                    "supersedes",
                    lab["supersedes"],
                    f"earlier superseded_by={earlier.get('superseded_by')}, "
                    f"this id={rec.get('id')}",
                )
    superseded = {lab["supersedes"] for lab, _ in pairs if lab["supersedes"]}
    m = report.metric("no false supersession", 1.0, "addenda, lookalikes and the rest")
    for lab, rec in pairs:
        if lab["file"] not in superseded and rec:
            ok = rec.get("superseded_by") is None
            m.add(ok)
            if not ok:
                report.miss(lab, rec, "superseded_by", None, rec.get("superseded_by"))

    m = report.metric("amendments linked", 1.0, "a record field 'amends' naming the earlier one")
    for lab, rec in pairs:
        if lab["amends"]:
            earlier = rec_by_file.get(lab["amends"], {})
            got = rec.get("amends")
            if isinstance(got, dict):
                got = got.get("id")
            targets = {earlier.get("id"), earlier.get("message_id"), lab["amends"]} - {None}
            ok = got is not None and got in targets
            m.add(ok)
            if not ok:
                report.miss(lab, rec, "amends", lab["amends"], got)

    _flags(pairs, report)
    _submitters(subs, report)


def _same_name(a: str | None, b: str) -> bool:
    return a is not None and unicodedata.normalize("NFC", a) == unicodedata.normalize("NFC", b)


def _flags(pairs: list[tuple[dict[str, Any], dict[str, Any]]], report: Report) -> None:
    used = [f for f in LABEL_FLAGS if any(f in lab["flags"] for lab, _ in pairs)]
    for flag in used:
        tp = fp = fn = 0
        for lab, rec in pairs:
            expected = flag in lab["flags"]
            got = flag in (rec.get("flags") or [])
            tp += expected and got
            fp += got and not expected
            fn += expected and not got
            if expected != got:
                report.miss(lab, rec, f"flag {flag}", expected, got)
        p = report.metric(f"flag {flag}: precision", None)
        p.hits, p.n = tp, tp + fp
        r = report.metric(f"flag {flag}: recall", None)
        r.hits, r.n = tp, tp + fn


def _submitters(subs: list[tuple[dict[str, Any], dict[str, Any]]], report: Report) -> None:
    def sub(rec: dict[str, Any]) -> dict[str, Any]:
        value = rec.get("submitter")
        return value if isinstance(value, dict) else {}

    m = report.metric("submitter type accuracy", 0.90)
    for lab, rec in subs:
        exp, got = lab["submitter"]["type"], sub(rec).get("type")
        m.add(exp == got)
        if exp != got:
            report.miss(lab, rec, "submitter.type", exp, got)

    tp = fp = fn = 0
    for lab, rec in subs:
        exp = lab["submitter"]["type"] == "member_state"
        got = sub(rec).get("type") == "member_state"
        tp += exp and got
        fp += got and not exp
        fn += exp and not got
    f1 = report.metric("member_state F1", 0.98, f"tp={tp} fp={fp} fn={fn}")
    f1.hits, f1.n = tp, tp + fn
    f1.value = 2 * tp / (2 * tp + fp + fn) if (tp + fp + fn) else None

    types = sorted({lab["submitter"]["type"] for lab, _ in subs})
    scores = []
    for kind in types:
        tp = sum(lab["submitter"]["type"] == kind == sub(rec).get("type") for lab, rec in subs)
        fp = sum(sub(rec).get("type") == kind != lab["submitter"]["type"] for lab, rec in subs)
        fn = sum(lab["submitter"]["type"] == kind != sub(rec).get("type") for lab, rec in subs)
        scores.append(2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0)
    macro = report.metric("submitter type macro-F1", None, f"over {len(types)} types")
    macro.hits, macro.n = round(sum(scores)), len(scores)
    macro.value = sum(scores) / len(scores) if scores else None

    m = report.metric("country accuracy (States)", 1.0)
    for lab, rec in subs:
        if lab["submitter"]["type"] in STATE_TYPES:
            exp, got = lab["submitter"]["country"], sub(rec).get("country")
            m.add(exp == got)
            if exp != got:
                report.miss(lab, rec, "submitter.country", exp, got)

    m = report.metric(f"name match (similarity >= {NAME_THRESHOLD})", 0.85)
    for lab, rec in subs:
        exp, got = lab["submitter"]["name"], sub(rec).get("name")
        if exp is None:
            continue
        ok = name_similarity(exp, got) >= NAME_THRESHOLD
        m.add(ok)
        if not ok:
            report.miss(lab, rec, "submitter.name", exp, got)
    _names_exactly(subs, report)


def _fold(name: str | None) -> str:
    text = unicodedata.normalize("NFKD", name or "")
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).casefold().split())


def _names_exactly(subs: list[tuple[dict[str, Any], dict[str, Any]]], report: Report) -> None:
    """The stricter figures of the submitter's name: exactly right (case and accents
    aside), never a person's name for an organization, never a name cut inside a phrase;
    and every submission said to be a Member State is one."""
    from wgsubmit.detect.name_edges import is_cut
    from wgsubmit.detect.person_words import is_person

    named = [(lab, rec) for lab, rec in subs if lab["submitter"]["name"]]
    # A name is exactly right when it is one of the label's accepted forms (`names`: "Full
    # Name (ACRONYM)" when the message writes both, a State's short or formal name), the
    # issue's target.
    exact = report.metric("name exactly right (case and accents aside)", 0.90)
    person = report.metric("no person's name for an organization", 1.0)
    cut = report.metric("no cut name", 1.0)
    for lab, rec in named:
        expected, name = lab["submitter"]["name"], (rec.get("submitter") or {}).get("name") or ""
        accepted = lab["submitter"].get("names") or [expected]
        right = _fold(name) in {_fold(form) for form in accepted}
        exact.add(right)
        if not right:
            report.miss(lab, rec, "submitter.name (exactly)", " | ".join(accepted), name)
        if lab["submitter"]["type"] != "individual" and not is_person(expected):
            person.add(not (name and is_person(name)))
        cut.add(not (name and is_cut(name)))
    states = [(lab, rec.get("submitter") or {}) for lab, rec in subs]
    said = [(lab, got) for lab, got in states if got.get("type") == "member_state"]
    precision = report.metric("Member State precision", 1.0)
    for lab, got in said:
        right = lab["submitter"]["type"] == "member_state"
        precision.add(right and lab["submitter"]["country"] == got.get("country"))


# ------------------------------------------------------------------ publication

DEFAULT_GROUPS = {
    "Member States": {"member_state", "observer_state"},
    "Other stakeholders": {
        "nhri", "international_org", "civil_society", "academic", "private_sector",
        "individual", "other",
    },
}  # fmt: skip


def received_at(path: Path) -> dt.datetime | None:
    """SPEC's received time of an imported file: the topmost Received: header's date, else
    the Date: header. Read here from the file itself, not from the tool."""
    with path.open("rb") as handle:
        message = email.message_from_binary_file(handle, policy=email.policy.compat32)
    received = message.get_all("Received") or []
    candidates = [received[0].rsplit(";", 1)[-1]] if received else []
    candidates.append(str(message.get("Date") or ""))
    for text in candidates:
        try:
            when = email.utils.parsedate_to_datetime(text.strip())
        except (TypeError, ValueError, IndexError):
            continue
        if when is not None:
            return when if when.tzinfo else when.replace(tzinfo=dt.UTC)
    return None


def should_publish(label: dict[str, Any], superseded: set[str], deadline: dt.datetime,
                   when: dt.datetime | None, unspecified: str) -> bool:  # fmt: skip
    """SPEC's publication rule applied to a label."""
    return (
        label["kind"] == "submission"
        and "duplicate" not in label["flags"]
        and label["file"] not in superseded
        and label["confidentiality"] not in ("confidential", "unclear")
        and (label["confidentiality"] == "publish" or unspecified == "publish")
        and when is not None
        and when < deadline
    )


def score_export(
    pairs: list[tuple[dict[str, Any], dict[str, Any]]],
    published: dict[str, Any],
    messages: Path,
    config: dict[str, Any],
    report: Report,
) -> None:
    """Export precision and recall against the set SPEC's rules publish, no confidential
    submission published, and each entry in its group."""
    call = config["call"]
    day = dt.date.fromisoformat(str(call["deadline"]))
    deadline = dt.datetime.combine(
        day + dt.timedelta(days=1), dt.time(), ZoneInfo(call["timezone"])
    )
    unspecified = config.get("publication", {}).get("unspecified", "publish")
    superseded = {lab["supersedes"] for lab, _ in pairs if lab["supersedes"]}  # or held
    expected = {
        lab["file"]
        for lab, _ in pairs
        if should_publish(
            lab, superseded, deadline, received_at(messages / lab["file"]), unspecified
        )
    }
    by_id = {rec.get("id"): lab for lab, rec in pairs if rec}
    got: dict[str, str] = {}
    for group in published.get("groups", []):
        for entry in group.get("entries", []):
            label = by_id.get(entry.get("id"))
            if label is not None:
                got[label["file"]] = group.get("title", "")
    report.expected, report.published = expected, set(got)
    hits = expected & set(got)
    m = report.metric("export precision", 1.0, f"{len(got)} published")
    m.hits, m.n = len(hits), len(got)
    for file in set(got) - expected:
        report.miss(by_file(pairs, file), {}, "export", "left out", "published")
    m = report.metric("export recall", 0.95, f"{len(expected)} to publish")
    m.hits, m.n = len(hits), len(expected)
    for file in expected - set(got):
        report.miss(by_file(pairs, file), {}, "export", "published", "left out")
    confidential = {lab["file"] for lab, _ in pairs if lab["confidentiality"] == "confidential"}
    m = report.metric("confidential submissions not published", 1.0)
    for file in confidential:
        m.add(file not in got)
    score_anonymous(pairs, published, got, report)
    m = report.metric("export entries in their group", 1.0)
    for file in hits:
        kind = by_file(pairs, file)["submitter"]["type"]
        m.add(kind in DEFAULT_GROUPS.get(got[file], set()))
        if kind not in DEFAULT_GROUPS.get(got[file], set()):
            report.miss(by_file(pairs, file), {}, "export group", kind, got[file])


def score_anonymous(
    pairs: list[tuple[dict[str, Any], dict[str, Any]]],
    published: dict[str, Any],
    got: dict[str, str],
    report: Report,
) -> None:
    """Every submitter who asked not to be named is known as such, and never named."""
    names = {e.get("id"): e.get("name") for g in published.get("groups", []) for e in g["entries"]}
    m = report.metric("anonymous recall", 1.0, "flagged, and never published under a name")
    for lab, rec in pairs:
        if "anonymous" not in lab["flags"]:
            continue
        named = lab["file"] in got and names.get(rec.get("id")) != "Anonymous submission"
        ok = "anonymous" in rec.get("flags", []) and not named
        m.add(ok)
        if not ok:
            report.miss(lab, rec, "anonymous", "anonymous", rec.get("flags"))


# Why a submission is unclear, from the place or sentence its evidence names.
UNCLEAR_CAUSES = (
    ("a scan", re.compile(r"needs_ocr|no text layer|perhaps a scan")),
    ("an encrypted file", re.compile(r"encrypted")),
    ("archive depth", re.compile(r"nested|archive")),
    # a field whose value could not be read, or left as it came: its label is the evidence
    ("an unreadable field", re.compile(r"form field|check box|⍰|☐|:\s*$")),
    ("an unreadable file", re.compile(r"could not be read|no reader")),
)


def unclear_cause(evidence: str | None, language_ok: bool | None) -> str:
    for cause, pattern in UNCLEAR_CAUSES:
        if evidence and pattern.search(evidence):
            return cause
    return "a cue in another language" if language_ok is False else "an unresolved cue"


def score_unclear(pairs: list[tuple[dict[str, Any], dict[str, Any]]], report: Report) -> None:
    """The cost of failing closed. The set holds on purpose submissions of each cause of
    `unclear` (five or more of a scan, an encrypted file, archive depth, an unreadable
    field, a cue in another language, an unresolved statement; five conflicts, counted with
    the unresolved statements, as the evidence quotes one side), among ordinary mail
    written apart from the rules: the share of all submissions the tool leaves unclear is
    reported with its causes, and held to at most 10% (at least 90% not left unclear); so
    is the share of those a careful officer could decide from what was sent."""
    subs = [(lab, rec) for lab, rec in pairs if lab["kind"] == "submission"]
    causes: dict[str, int] = defaultdict(int)
    m = report.metric("submissions not left unclear (all: at most 10% unclear)", 0.90)
    for _, rec in subs:
        unclear = rec.get("confidentiality") == "unclear"
        m.add(not unclear)
        if unclear:
            causes[unclear_cause(rec.get("confidentiality_evidence"), rec.get("language_ok"))] += 1
    m.note = "unclear: " + (", ".join(f"{c} {n}" for c, n in sorted(causes.items())) or "none")
    m = report.metric("decidable submissions not left unclear", 0.90)
    for lab, rec in subs:
        if lab["confidentiality"] != "unclear":
            m.add(rec.get("confidentiality") != "unclear")


# ------------------------------------------------------------------ ordinary submissions

# The fourth, fifth, seventh and eighth phases' messages (slugs "ord-…", "ord2-…", "ord3-…",
# "ord4-…"), the second call's set in tests/eval_privacy (slugs "priv-…") and the third
# call's set in tests/eval_sources (slugs "src-…"): ordinary submissions written apart from
# the rules. Half of them, by a fixed hash of the slug, are frozen: never used to tune the
# rules, scored in aggregate only (their mismatches are counted, never listed).
ORDINARY = re.compile(r"^\d{3}-((?:ord[234]?|priv|src)-[^/]+)\.eml$")


def half_of(slug: str) -> str:
    """Fixed by the slug alone: the same message is always in the same half."""
    return "frozen" if hashlib.sha256(slug.encode()).digest()[0] % 2 else "tune"


def ordinary_half(file: str) -> str | None:
    found = ORDINARY.match(file)
    return half_of(found.group(1)) if found else None


def score_ordinary(pairs: list[tuple[dict[str, Any], dict[str, Any]]], report: Report) -> None:
    """The main figures again, on the ordinary messages alone, one line per half."""
    for half in ("tune", "frozen"):
        mine = [(lab, rec) for lab, rec in pairs if ordinary_half(lab["file"]) == half]
        subs = [(lab, rec) for lab, rec in mine if lab["kind"] == "submission"]
        pre = f"ordinary ({half}): "
        m = report.metric(pre + "confidentiality accuracy", None, "unclear counts as wrong")
        for lab, rec in subs:
            m.add(rec.get("confidentiality") == lab["confidentiality"])
        m = report.metric(pre + "submissions left unclear (share)", None)
        for _, rec in subs:
            m.add(rec.get("confidentiality") == "unclear")
        files = {lab["file"] for lab, _ in mine}
        expected, got = report.expected & files, report.published & files
        m = report.metric(pre + "export precision", None, f"{len(got)} published")
        m.hits, m.n = len(expected & got), len(got)
        m = report.metric(pre + "export recall", None, f"{len(expected)} to publish")
        m.hits, m.n = len(expected & got), len(expected)
        m = report.metric(pre + "submitter type accuracy", None)
        for lab, rec in subs:
            m.add(lab["submitter"]["type"] == (rec.get("submitter") or {}).get("type"))
        m = report.metric(pre + "name exactly right", None, "case and accents aside")
        for lab, rec in subs:
            if lab["submitter"]["name"]:
                name = (rec.get("submitter") or {}).get("name") or ""
                forms = lab["submitter"].get("names") or [lab["submitter"]["name"]]
                m.add(_fold(name) in {_fold(form) for form in forms})
        m = report.metric(pre + "kind accuracy", None, "all its messages")
        for lab, rec in mine:
            m.add(rec.get("kind") == lab["kind"])


def listed_mismatches(report: Report) -> tuple[list[dict[str, Any]], int]:
    """The mismatches that may be listed, and how many of the frozen half are not."""
    shown = [mm for mm in report.mismatches if ordinary_half(mm["file"]) != "frozen"]
    return shown, len(report.mismatches) - len(shown)


def _address(record: dict[str, Any]) -> str:
    return str((record.get("from") or {}).get("address") or "").lower()


def by_file(pairs: list[tuple[dict[str, Any], dict[str, Any]]], file: str) -> dict[str, Any]:
    return next(lab for lab, _ in pairs if lab["file"] == file)


# ------------------------------------------------------------------ output


def print_table(report: Report, verbose: bool) -> None:
    width = max(len(m.name) for m in report.metrics)
    print(f"{'metric':<{width}}  {'n':>5}  {'value':>7}  {'target':>7}  status")
    print("-" * (width + 34))
    for m in report.metrics:
        value = "n/a" if m.score is None else f"{100 * m.score:.1f}%"
        target = "-" if m.target is None else f"{100 * m.target:.0f}%"
        note = f"  ({m.note})" if m.note else ""
        print(f"{m.name:<{width}}  {m.n:>5}  {value:>7}  {target:>7}  {m.status()}{note}")
    print()
    print(
        f"{report.records} records, {len(report.unmatched_labels)} labels without a record, "
        f"{report.unlabelled_records} records without a label"
    )
    if report.unmatched_labels:
        print("labels without a record:", ", ".join(report.unmatched_labels[:20]))
    if verbose:
        shown, frozen = listed_mismatches(report)
        print()
        print(f"{len(shown)} mismatches (file, field, expected, got, evidence):")
        if frozen:
            print(f"  (and {frozen} on the frozen half of the ordinary messages, not listed)")
        for mm in shown:
            evidence = mm["evidence"]
            ev = "" if evidence is None else f"  | evidence: {str(evidence)[:120]!r}"
            where = f"{mm['file']}  {mm['field']}"
            print(f"  {where}: expected {mm['expected']!r}, got {mm['got']!r}{ev}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=Path, default=HERE / "messages", help="folder of .eml")
    parser.add_argument("--labels", type=Path, default=HERE / "labels.json", help="labels file")
    parser.add_argument("--config", type=Path, default=HERE / "config.toml", help="config file")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every mismatch")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")  # Windows consoles and non-UTF-8 pipes

    labels = json.loads(args.labels.read_text(encoding="utf-8"))
    try:
        records, published = collect(args.messages.resolve(), args.config.resolve())
    except ToolFailed as exc:
        print(f"evaluate: {exc}", file=sys.stderr)
        return 1
    report = Report()
    pairs = match(labels, records, report)
    score(pairs, report)
    config = tomllib.loads(args.config.read_text(encoding="utf-8"))
    score_export(pairs, published, args.messages.resolve(), config, report)
    score_unclear(pairs, report)
    score_ordinary(pairs, report)
    if args.json:
        out: dict[str, Any] = {
            "messages": len(labels),
            "records": report.records,
            "unmatched_labels": report.unmatched_labels,
            "unlabelled_records": report.unlabelled_records,
            "metrics": [m.as_dict() for m in report.metrics],
        }
        if args.verbose:
            out["mismatches"], out["frozen_mismatches_not_listed"] = listed_mismatches(report)
        print(json.dumps(out, ensure_ascii=False, indent=1))
    else:
        print_table(report, args.verbose)
    below = [m.name for m in report.metrics if m.status() == "BELOW"]
    if below:
        print(f"evaluate: below target: {', '.join(below)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
