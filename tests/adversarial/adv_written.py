"""The free-written half: messages in the voice of real submitters, kept as TOML in cases/.

A page text may say ``{doc:en}`` (or fr, es, pt, it, de): it becomes one of the topic
paragraphs of grammar.toml, chosen by the case's id, so that documents are long enough to
read without every case repeating the same filler.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from pathlib import Path
from typing import Any

from adv_model import Box, Case, Doc, Mail, utc

HERE = Path(__file__).resolve().parent
FILLER = re.compile(r"\{doc:(\w\w)\}")
CASE_KEYS = {
    "id",
    "category",
    "lang",
    "from",
    "to",
    "received",
    "subject",
    "body",
    "html",
    "in_reply_to",
    "files",
    "forward",
    "submission",
    "request",
    "anonymous",
    "author_names",
    "note",
    "superseded",
    "group",
}


def written_cases() -> list[Case]:
    grammar = tomllib.loads((HERE / "grammar.toml").read_text("utf-8"))
    cases: list[Case] = []
    for path in sorted((HERE / "cases").glob("*.toml")):
        for entry in tomllib.loads(path.read_text("utf-8"))["case"]:
            unknown = set(entry) - CASE_KEYS
            if unknown:
                raise ValueError(f"{path.name} {entry.get('id')}: unknown keys {sorted(unknown)}")
            cases.append(_case(entry, Filler(entry["id"], grammar)))
    return cases


class Filler:
    """Expands {doc:xx} with topic paragraphs, differently for each case and page."""

    def __init__(self, seed: str, grammar: dict[str, Any]) -> None:
        self.seed, self.grammar, self.count = seed, grammar, 0

    def __call__(self, text: str) -> str:
        return FILLER.sub(self._paragraph, text)

    def _paragraph(self, match: re.Match[str]) -> str:
        paragraphs = self.grammar[match.group(1)]["doc"]
        self.count += 1
        digest = hashlib.sha256(f"{self.seed}/{self.count}".encode()).digest()
        return str(paragraphs[digest[0] % len(paragraphs)])


def _case(entry: dict[str, Any], fill: Filler) -> Case:
    return Case(
        id=entry["id"],
        category=entry["category"],
        lang=entry["lang"],
        method="written",
        mail=_mail(entry, fill),
        submission=entry.get("submission", True),
        request=entry["request"],
        anonymous=entry.get("anonymous", False),
        author_names=tuple(entry.get("author_names", ())),
        note=entry["note"],
        superseded=entry.get("superseded", False),
        group=entry.get("group", ""),
    )


def _mail(entry: dict[str, Any], fill: Filler) -> Mail:
    forward = entry.get("forward")
    return Mail(
        sender=entry["from"],
        subject=entry["subject"],
        body=fill(entry.get("body", "")),
        received=utc(entry["received"]),
        html=fill(entry.get("html", "")),
        files=tuple(_doc(spec, fill) for spec in entry.get("files", ())),
        forward=_mail(forward, fill) if forward else None,
        in_reply_to=entry.get("in_reply_to", ""),
        to=entry.get("to", Mail.__dataclass_fields__["to"].default),
    )


def _doc(spec: dict[str, Any], fill: Filler) -> Doc:
    return Doc(
        kind=spec["kind"],
        name=spec["name"],
        pages=tuple(fill(page) for page in spec.get("pages", ())),
        header=spec.get("header", ""),
        footer=spec.get("footer", ""),
        author=spec.get("author", ""),
        title=spec.get("title", ""),
        scan=spec.get("scan", False),
        encrypt=spec.get("encrypt", False),
        active=spec.get("active", ""),
        fields=tuple((str(a), str(b)) for a, b in spec.get("fields", ())),
        table=tuple((str(a), str(b)) for a, b in spec.get("table", ())),
        boxes=tuple(Box(**box) for box in spec.get("boxes", ())),
        members=tuple(_doc(member, fill) for member in spec.get("members", ())),
    )
