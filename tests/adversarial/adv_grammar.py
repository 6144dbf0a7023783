"""The grammar half: phrasings crossed with the places a request can sit in a message.

Each case takes one meaning (publish, confidential, anonymous, silent), writes it with the
phrase data of grammar.toml (subject x verb x negation x object, or a fixed phrasing), and
puts it in one place: the subject, the body, below a quoted reply, after a forward marker,
around an attached forward, an HTML body split by tags, a memo header, a Word paragraph,
table or check box, a PDF's middle page, footer or form fields, a file name.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import tomllib
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from adv_model import SECRETARIAT, Box, Case, Doc, Mail
from babel.dates import format_datetime

HERE = Path(__file__).resolve().parent
MAIN_LANGS = ("en", "fr", "es")
OTHER_LANGS = ("pt", "it", "de")
MEANINGS = ("confidential", "publish", "confidential", "anonymous", "publish", "silent")
OTHER_MEANINGS = ("confidential", "publish")
PLACES = (
    "subject",
    "body",
    "quoted_reply",
    "forward_marker",
    "attached_forward",
    "html",
    "memo",
    "docx_paragraph",
    "docx_table",
    "docx_boxes",
    "pdf_middle",
    "pdf_footer",
    "pdf_form",
    "filename",
)
OTHER_PLACES = ("body", "html", "docx_paragraph", "pdf_middle", "forward_marker")
HARD_PLACES = {
    "quoted_reply",
    "forward_marker",
    "attached_forward",
    "memo",
    "docx_table",
    "docx_boxes",
    "pdf_middle",
    "pdf_form",
}
SHORT_PLACES = {"subject", "pdf_footer", "filename"}
BOX_STYLES = ("legacy", "sdt", "glyph")
FORWARD_PREFIX = {
    "en": "Fwd: ",
    "fr": "TR : ",
    "es": "RV: ",
    "pt": "Enc: ",
    "it": "I: ",
    "de": "WG: ",
}
GENEVA = ZoneInfo("Europe/Zurich")
START = dt.datetime(2020, 2, 3, 8, 0, tzinfo=dt.UTC)


@dataclass(frozen=True)
class Phrase:
    """A request written out, and how it was made (for the case's category and note)."""

    text: str
    meaning: str
    family: str


@dataclass(frozen=True)
class Voice:
    person: str
    colleague: str
    org: str
    domain: str

    def address(self, person: str) -> str:
        return f"{_ascii(person).replace(' ', '.')}@{self.domain}"

    def sender(self, person: str | None = None) -> str:
        who = person or self.person
        return f"{who} <{self.address(who)}>"


@dataclass(frozen=True)
class Draft:
    """What one place makes of a phrase: the message's parts."""

    subject: str
    body: str
    files: tuple[Doc, ...] = ()
    html: str = ""
    forward: Mail | None = None
    in_reply_to: str = ""
    sender: str = ""
    said: str = ""


def _ascii(text: str) -> str:
    """Lower-case ASCII letters, digits and single spaces, for addresses and domains."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return " ".join("".join(c if c.isalnum() else " " for c in plain).split())


class Writer:
    """Writes the cases of one language, drawing every choice from one seeded generator."""

    def __init__(self, lang: str, data: dict[str, Any], rng: random.Random) -> None:
        self.lang, self.d, self.rng = lang, data, rng
        self.now = START
        self.used: set[str] = set()

    def earlier(self, days: int) -> str:
        """A date some days before the case's own, as the sender's mail program writes it."""
        when = (self.now - dt.timedelta(days=days)).astimezone(GENEVA)
        return format_datetime(when, "EEE d MMM y HH:mm", locale=self.lang)

    def pick(self, key: str) -> Any:
        return self.rng.choice(self.d[key])

    def phrase(self, meaning: str) -> Phrase:
        if meaning == "silent":
            return Phrase(self.pick("neutral"), meaning, "neutral")
        if meaning == "anonymous":
            return Phrase(self.pick("anonymous"), meaning, "anonymous")
        if "verbs" in self.d and self.rng.random() < 0.5:
            return self._crossed(meaning)
        return Phrase(self.pick(meaning), meaning, "fixed")

    def _crossed(self, meaning: str) -> Phrase:
        subject, form = self.pick("subjects")
        verb = self.pick("verbs")
        wanted = 1 if meaning == "publish" else -1
        negated = verb["pol"] != wanted
        words = f"{subject} {verb['neg' if negated else 'pos'][form]} {self.pick('objects')}."
        text = re.sub(r"^Je ([aeiouéh])", r"J'\1", words.strip())
        return Phrase(text[0].upper() + text[1:], meaning, "negated" if negated else "crossed")

    def voice(self) -> Voice:
        """A sender no other case uses: one address sending many submissions would be a
        resubmission question, which is not what these cases test."""
        person, colleague = self._fresh("first", "last"), self._fresh("first", "last")
        org = self._fresh("org_a", "org_b")
        return Voice(person, colleague, org, f"{_ascii(org).replace(' ', '-')}.{self.d['tld']}")

    def _fresh(self, head: str, tail: str) -> str:
        while True:
            name = f"{self.pick(head)} {self.pick(tail)}"
            if name not in self.used:
                self.used.add(name)
                return name

    def frame(self, voice: Voice, sentence: str = "", signer: str = "") -> str:
        lines = [self.pick("greeting"), "", self.pick("intro")]
        if sentence:
            lines += ["", sentence]
        lines += ["", self.pick("neutral"), "", self.pick("closing"), signer or voice.person]
        return "\n".join([*lines, voice.org, ""])

    def document(self, voice: Voice, kind: str, name: str, signed: bool) -> Doc:
        paragraphs = self.rng.sample(self.d["doc"], 2)
        title = self.pick("doc_title") if "doc_title" in self.d else self.d["subject"][0]
        sign = f"\n\n{voice.org}" if signed else ""
        return Doc(
            kind, f"{name}.{kind}", pages=(f"{title}\n\n{paragraphs[0]}\n\n{paragraphs[1]}{sign}",)
        )

    def pages(self, count: int) -> list[str]:
        return [
            self.rng.choice(self.d["doc"]) + "\n\n" + self.rng.choice(self.d["doc"])
            for _ in range(count)
        ]


def grammar_cases(seed: int = 2020) -> list[Case]:
    data = tomllib.loads((HERE / "grammar.toml").read_text("utf-8"))
    rng = random.Random(seed)
    cases: list[Case] = []
    for lang in MAIN_LANGS:
        writer = Writer(lang, data[lang], rng)
        for place in PLACES:
            for n, meaning in enumerate(MEANINGS):
                cases.append(_case(writer, place, meaning, n))
    for lang in OTHER_LANGS:
        writer = Writer(lang, data[lang], rng)
        for place in OTHER_PLACES:
            for n, meaning in enumerate(OTHER_MEANINGS):
                cases.append(_case(writer, place, meaning, n))
    return cases


def _case(writer: Writer, place: str, meaning: str, n: int) -> Case:
    voice = writer.voice()
    phrase = writer.phrase(meaning)
    received = START + dt.timedelta(minutes=writer.rng.randrange(0, 60 * 24 * 43))
    writer.now = received
    draft = PLACE_MAKERS[place](writer, voice, phrase, n)
    mail = Mail(
        sender=draft.sender or voice.sender(),
        subject=draft.subject,
        body=draft.body,
        received=received,
        html=draft.html,
        files=draft.files,
        forward=replace(draft.forward, received=received - dt.timedelta(days=4))
        if draft.forward
        else None,
        in_reply_to=draft.in_reply_to,
    )
    names = (voice.person, voice.colleague, voice.org) if meaning == "anonymous" else ()
    return Case(
        id=f"g-{writer.lang}-{place}-{n}",
        category=_category(writer.lang, place, phrase),
        lang=writer.lang,
        method="grammar",
        mail=mail,
        submission=True,
        request="publish" if meaning == "anonymous" else meaning,
        anonymous=meaning == "anonymous",
        author_names=names,
        note=f"{writer.lang} {place}, {meaning}: {draft.said or phrase.text}",
    )


def _category(lang: str, place: str, phrase: Phrase) -> int:
    if place in HARD_PLACES:
        return 4
    if place == "html" or lang in OTHER_LANGS:
        return 3
    if phrase.meaning == "anonymous":
        return 6
    if place in SHORT_PLACES:
        return 3 if phrase.meaning == "confidential" else 0
    if phrase.family == "negated":
        return 1
    return 3 if phrase.meaning == "confidential" else 0


def _submission(w: Writer, v: Voice, n: int, name: str = "", signed: bool = False) -> Doc:
    kind = "pdf" if n % 2 == 0 else "docx"
    name = name or (w.pick("file_silent") if "file_silent" in w.d else "Submission")
    return w.document(v, kind, name, signed)


def _signed(phrase: Phrase, w: Writer) -> bool:
    """Half the anonymous requests come with a document that still signs with the name."""
    return phrase.meaning == "anonymous" and w.rng.random() < 0.5


def _short(w: Writer, meaning: str, key: str) -> str:
    return w.pick(f"{key}_{meaning}") if meaning != "silent" else ""


def place_subject(w: Writer, v: Voice, p: Phrase, n: int) -> Draft:
    short = _short(w, p.meaning, "short")
    subject = f"{short.upper()} - {w.pick('subject')}" if short else w.pick("subject")
    body = w.frame(v)
    files = (_submission(w, v, n, signed=_signed(p, w)),)
    return Draft(subject, body, files, said=f"subject {subject!r}")


def place_body(w: Writer, v: Voice, p: Phrase, n: int) -> Draft:
    return Draft(
        w.pick("subject"), w.frame(v, p.text), (_submission(w, v, n, signed=_signed(p, w)),)
    )


def place_quoted_reply(w: Writer, v: Voice, p: Phrase, n: int) -> Draft:
    """Bottom-posted: the secretariat's question quoted first, the answer under it."""
    header = w.d["quote_header"].format(date=w.earlier(2), who=SECRETARIAT)
    quoted = "\n".join("> " + line for line in w.d["quote"])
    body = (
        f"{header}\n{quoted}\n\n{w.d['reply_text']} {p.text}\n\n{w.pick('closing')}\n{v.person}\n"
    )
    ack = f"<ack-{w.rng.randrange(10**8)}@ohchr.example>"
    return Draft("Re: " + w.pick("subject"), body, (_submission(w, v, n),), in_reply_to=ack)


def place_forward_marker(w: Writer, v: Voice, p: Phrase, n: int) -> Draft:
    """A colleague resends the submission inline; the request sits after the marker."""
    keys = w.d["forward_keys"]
    subject = w.pick("subject")
    values = (v.sender(v.colleague), w.earlier(3), subject, SECRETARIAT)
    header = "\n".join(f"{key}: {value}" for key, value in zip(keys, values, strict=True))
    original = w.frame(v, p.text, signer=v.colleague)
    intro = f"{w.pick('forward_intro')}\n\n{v.person}"
    body = f"{intro}\n\n{w.pick('forward_marker')}\n{header}\n\n{original}"
    files = (_submission(w, v, n, signed=_signed(p, w)),)
    return Draft(FORWARD_PREFIX[w.lang] + subject, body, files)


def place_attached_forward(w: Writer, v: Voice, p: Phrase, n: int) -> Draft:
    """The outer text of a message that carries the submission as an attached message."""
    subject = w.pick("subject")
    inner = Mail(
        sender=v.sender(),
        subject=subject,
        body=w.frame(v),
        received=START,
        files=(_submission(w, v, n, signed=_signed(p, w)),),
    )
    text = f"{w.pick('outer_intro')} {p.text}"
    outer = f"{w.pick('greeting')}\n\n{text}\n\n{w.pick('closing')}\n{v.person}\n"
    return Draft(FORWARD_PREFIX[w.lang] + subject, outer, forward=inner)


def place_html(w: Writer, v: Voice, p: Phrase, n: int) -> Draft:
    """An HTML-only body in which bold or a link cuts the sentence in two."""
    words = p.text.split()
    cut = max(1, len(words) // 2 - 1)
    inner = " ".join(words[cut : cut + 2])
    tag = f"<b>{inner}</b>" if n % 2 == 0 else f'<a href="https://www.ohchr.org/">{inner}</a>'
    split = " ".join(words[:cut]) + "\n" + tag + "\n" + " ".join(words[cut + 2 :])
    paragraphs = w.frame(v, "@@").split("\n\n")
    html = "".join(
        f"<p>{split if chunk == '@@' else chunk.replace(chr(10), '<br>')}</p>\n"
        for chunk in paragraphs
    )
    page = f'<html><body><div style="font-family:Calibri">\n{html}</div></body></html>\n'
    return Draft(w.pick("subject"), "", (_submission(w, v, n, signed=_signed(p, w)),), html=page)


def place_memo(w: Writer, v: Voice, p: Phrase, n: int) -> Draft:
    """A body that opens with a memo's own header lines, as letters pasted into mail do."""
    keys = w.d["memo_keys"]
    subject = w.pick("subject")
    values = (v.org, "Working Group on the use of mercenaries", w.earlier(1)[:-6], subject)
    header = "\n".join(f"{key}: {value}" for key, value in zip(keys, values, strict=True))
    body = f"{header}\n\n{w.frame(v, p.text)}"
    return Draft(subject, body, (_submission(w, v, n, signed=_signed(p, w)),))


def place_docx_paragraph(w: Writer, v: Voice, p: Phrase, n: int) -> Draft:
    letter = Doc("docx", "Cover_letter.docx", pages=(w.frame(v, p.text).replace("\n", "\n\n"),))
    return Draft(
        w.pick("subject"), w.frame(v), (letter, _submission(w, v, 0, signed=_signed(p, w)))
    )


def place_docx_table(w: Writer, v: Voice, p: Phrase, n: int) -> Draft:
    label, value, _ = w.rng.choice([row for row in w.d["labels"] if row[2] == p.meaning])
    rows = (("Name / Nom / Nombre", v.org), ("E-mail", v.address(v.person)), (label, value))
    pages = (w.pick("doc_title"), *w.pages(1))
    form = Doc("docx", "Submission_form.docx", pages=pages, table=rows)
    return Draft(w.pick("subject"), w.frame(v), (form,), said=f"table cells {label!r} | {value!r}")


def place_docx_boxes(w: Writer, v: Voice, p: Phrase, n: int) -> Draft:
    style = BOX_STYLES[n % 3]
    yes, no = w.d["yes_no"]
    if p.meaning == "silent":
        question, ticked = w.d["silent_question"], no
        extra: tuple[Box, ...] = ()
    else:
        question, polarity = w.rng.choice(w.d["questions"])
        grants = p.meaning in ("publish", "anonymous")
        ticked = yes if grants == (polarity == "publish") else no
        extra = (Box(w.pick("short_anonymous"), True, style),) if p.meaning == "anonymous" else ()
    boxes = (Box(yes, ticked == yes, style), Box(no, ticked == no, style), *extra)
    pages = (f"{w.pick('doc_title')}\n\n{v.org}\n\n{question}", *w.pages(1))
    form = Doc("docx", "Submission_form.docx", pages=pages, boxes=boxes)
    ticks = ", ".join(f"[{'x' if b.checked else ' '}] {b.label}" for b in boxes)
    return Draft(w.pick("subject"), w.frame(v), (form,), said=f"{style} boxes: {question} {ticks}")


def place_pdf_middle(w: Writer, v: Voice, p: Phrase, n: int) -> Draft:
    pages = w.pages(4)
    middle = 1 + n % 2
    pages[middle] = pages[middle].replace("\n\n", f" {p.text}\n\n", 1)
    doc = Doc("pdf", "Submission.pdf", pages=tuple(pages))
    return Draft(w.pick("subject"), w.frame(v), (doc,))


def place_pdf_footer(w: Writer, v: Voice, p: Phrase, n: int) -> Draft:
    footer = _short(w, p.meaning, "short") or w.pick("doc_title")
    doc = Doc("pdf", "Submission.pdf", pages=tuple(w.pages(3)), footer=footer)
    return Draft(w.pick("subject"), w.frame(v), (doc,), said=f"footer {footer!r}")


def place_pdf_form(w: Writer, v: Voice, p: Phrase, n: int) -> Draft:
    """The answers live only in the PDF's form fields; the page shows the questions."""
    yes, no = w.d["yes_no"]
    if p.meaning == "silent":
        question, answer = w.d["silent_question"], no
    else:
        question, polarity = w.rng.choice(w.d["questions"])
        grants = p.meaning in ("publish", "anonymous")
        answer = yes if grants == (polarity == "publish") else no
    fields = [("organisation", v.org), ("answer", answer)]
    page = f"{w.pick('doc_title')}\n\nName:\n\n{question} ({yes}/{no})\n"
    if p.meaning == "anonymous":
        page += f"\n{w.pick('short_anonymous')}\n"
        fields.append(("anonymous", "/Yes"))
    doc = Doc("pdf", "Form.pdf", pages=(page, *w.pages(1)), fields=tuple(fields))
    return Draft(w.pick("subject"), w.frame(v), (doc,), said=f"form fields: {question} {fields}")


def place_filename(w: Writer, v: Voice, p: Phrase, n: int) -> Draft:
    name = w.pick(f"file_{p.meaning}")
    doc = _submission(w, v, n, name=name)
    return Draft(w.pick("subject"), w.frame(v), (doc,), said=f"file name {doc.name!r}")


PLACE_MAKERS: dict[str, Callable[[Writer, Voice, Phrase, int], Draft]] = {
    name: globals()[f"place_{name}"] for name in PLACES
}
