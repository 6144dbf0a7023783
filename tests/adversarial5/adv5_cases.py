"""The fifth adversarial collection: whole messages, each written on its own in the voice
of one sender, with no shared template. The texts live in `adv5_en.py`, `adv5_fr.py` and
`adv5_es.py` (the Spanish file also holds the Portuguese requests) in a plain layout that
this module reads into `Case` records:

    ### kind LABEL | note                 one case; "kind/pt" sets the id's language
    names: Full Name; F. Name              every form of the name an anonymous entry hides
    From: Full Name <address>
    Subject: the subject

    the body, as sent (HTML when it starts with "<")
    @@ pdf File_name.pdf | footer          an attachment (pdf or docx), its footer optional
    paragraphs of the first page, blank lines between them
    %%                                     the next page
    >>>                                    a later message from the same sender
    From: ...

Ids are `c5-<kind>-<lang>-<nn>`, numbered per kind and language in the order written."""

from __future__ import annotations

import email.utils
import re
from collections import Counter

from adv2_build import Case, Doc, Mail

HEAD = re.compile(
    r"^### (?P<kind>[a-z_]+)(?:/(?P<lang>[a-z]{2}))? (?P<label>[PCUASN]) \| (?P<note>.+)$"
)


def _paragraphs(lines: list[str]) -> list[str]:
    return [p.strip() for p in "\n".join(lines).split("\n\n") if p.strip()]


def _doc(head: str, lines: list[str], author: str) -> Doc:
    spec, _, footer = head[3:].partition(" | ")
    kind, name = spec.split(" ", 1)
    pages: list[list[str]] = [[]]
    chunk: list[str] = []
    for line in [*lines, "%%"]:
        if line.strip() == "%%":
            pages[-1] = _paragraphs(chunk)
            pages.append([])
            chunk = []
        else:
            chunk.append(line)
    return Doc(kind, name.strip(), [p for p in pages if p], footer=footer.strip(), author=author)


def _mail(block: str) -> Mail:
    lines = block.strip("\n").split("\n")
    sender = email.utils.parseaddr(lines[0].removeprefix("From: "))
    subject = lines[1].removeprefix("Subject: ")
    assert lines[0].startswith("From: ") and lines[1].startswith("Subject: "), block[:80]
    rest = lines[3:]
    starts = [n for n, line in enumerate(rest) if line.startswith("@@ ")]
    body = "\n".join(rest[: starts[0]] if starts else rest).strip() + "\n"
    docs = [
        _doc(rest[a], rest[a + 1 : b], sender[0])
        for a, b in zip(starts, [*starts[1:], len(rest)], strict=False)
    ]
    if body.startswith("<"):  # an HTML-only message
        return Mail(sender[0], sender[1], subject, "", html=body, docs=docs)
    return Mail(sender[0], sender[1], subject, body, docs=docs)


def read(text: str, lang: str, numbers: Counter[tuple[str, str]] | None = None) -> list[Case]:
    """The cases written in one file, in order; `numbers` counts the ids already given
    (shared by the files, so that a Portuguese case of two files never repeats an id)."""
    cases = []
    numbers = Counter() if numbers is None else numbers
    for block in text.split("\n### ")[1:]:
        head, _, rest = block.partition("\n")
        found = HEAD.match("### " + head)
        assert found, head
        names: list[str] = []
        if rest.startswith("names: "):
            first, _, rest = rest.partition("\n")
            names = [n.strip() for n in first.removeprefix("names: ").split(";")]
        kind, case_lang = found["kind"], found["lang"] or lang
        numbers[kind, case_lang] += 1
        cases.append(
            Case(
                f"c5-{kind}-{case_lang}-{numbers[kind, case_lang]:02d}",
                kind,
                found["label"],
                found["note"],
                [_mail(part) for part in rest.split("\n>>>\n")],
                names,
            )
        )
    return cases


def all_cases() -> list[Case]:
    from adv5_en import TEXT as EN
    from adv5_es import TEXT as ES
    from adv5_fr import TEXT as FR

    numbers: Counter[tuple[str, str]] = Counter()
    return [*read(EN, "en", numbers), *read(FR, "fr", numbers), *read(ES, "es", numbers)]
