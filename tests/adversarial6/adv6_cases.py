"""The sixth collection's cases, read from the texts in `adv6_en.py`, `adv6_fr.py` and
`adv6_es.py` (the last holds the Portuguese ones too).

Each case is a block that starts `=== KIND LANG LABEL` and holds `key: value` lines;
paragraphs are separated by " // ". Keys: `note`, `from` (person | organisation |
address), `subject`, `body`, `names` (for A: every form of the name that must not be
published, separated by ";"), `outer` (the text above a forward), `inner` (person |
address of a forwarded message's sender), `quote` (lines quoted in a reply, " // "
between them), `doc` (kind and file name), `page` (one page of the current document),
`box` ("[x] label", "[ ] label" or "label = value"), `form` (the form's style),
`through` (the archive inside the attached archive), `mail` (a later message: days after
the first | address | person | subject), `order` (the import order, indices of the
mails), `labels` (each later message's label), `superseded`."""

from __future__ import annotations

from dataclasses import dataclass, field

from adv2_build import WG, Case, Doc, Mail
from adv6_build import Box, FormDoc, Thread, ZipDoc
from adv6_en import EN
from adv6_es import ES
from adv6_fr import FR

CASE_KEYS = ("note", "names", "order", "labels", "superseded")
KINDS = {
    "fwd": "forward",
    "fwdatt": "attached",
    "bottom": "bottom",
    "memo": "memo",
    "middle": "middle",
    "form": "form",
    "html": "html",
    "zip": "zip",
    "thread": "thread",
}
FORWARD = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "fr": ("-------- Message transféré --------", "De", "Date", "Objet", "À"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
    "pt": ("---------- Mensagem encaminhada ---------", "De", "Data", "Assunto", "Para"),
}
MEMO = {
    "en": ("From", "Date", "To", "Subject"),
    "fr": ("De", "Date", "À", "Objet"),
    "es": ("De", "Fecha", "Para", "Asunto"),
    "pt": ("De", "Data", "Para", "Assunto"),
}
WROTE = {
    "en": "On Tue, 10 Dec 2019 at 10:02, WG Mercenaries <{wg}> wrote:",
    "fr": "Le mar. 10 déc. 2019 à 10:02, WG Mercenaries <{wg}> a écrit :",
    "es": "El mar., 10 dic. 2019 a las 10:02, WG Mercenaries (<{wg}>) escribió:",
    "pt": "Em ter., 10 de dez. de 2019 às 10:02, WG Mercenaries <{wg}> escreveu:",
}


@dataclass
class Block:
    kind: str
    lang: str
    label: str
    keys: dict[str, str] = field(default_factory=dict)
    docs: list[list[Doc]] = field(default_factory=lambda: [[]])  # a list for each mail
    mails: list[dict[str, str]] = field(default_factory=list)  # the later mails' keys


def paragraphs(text: str) -> str:
    return text.replace(" // ", "\n\n")


def parse(text: str) -> list[Block]:
    blocks: list[Block] = []
    for chunk in text.split("\n=== ")[1:]:
        head, *lines = chunk.strip().splitlines()
        kind, lang, label = head.split()
        block = Block(kind, lang, label)
        keys = block.keys
        for line in lines:
            key, _, value = line.partition(":")
            value = value.strip()
            docs = block.docs[-1]
            if key == "mail":
                keys = {"mail": value}
                block.mails.append(keys)
                block.docs.append([])
            elif key == "doc":
                kind_, name = value.split(maxsplit=1)
                style = keys.get("form", "")
                made: Doc = FormDoc(kind_, name, [], style=style) if style else Doc(kind_, name, [])
                docs.append(made)
            elif key == "page":
                docs[-1].pages.append(value.split(" // "))
            elif key == "box":
                doc = docs[-1]
                assert isinstance(doc, FormDoc), head
                doc.boxes.append(box(value))
            else:
                where = block.keys if key in CASE_KEYS else keys
                assert key not in where, (head, key)
                where[key] = value
        blocks.append(block)
    return blocks


def box(value: str) -> Box:
    if value.startswith("["):
        return Box(value[3:].strip(), ticked=value[1] in "xX")
    label, _, answer = value.rpartition(" = ")
    return Box(label, value=answer)


def signed(text: str, person: str, org: str) -> str:
    return paragraphs(text) + "\n\n" + "\n".join(x for x in (person, org) if x)


def compose(block: Block) -> list[Mail]:
    """The case's messages, each kind framing its texts the way a mail program does."""
    k = block.keys
    person, org, address = (x.strip() for x in k["from"].split("|"))
    lang = block.lang
    docs = block.docs[0]
    for doc in docs:
        doc.author = doc.author or person
    body = signed(k.get("body", ""), person, org)
    subject = k["subject"]
    if block.kind == "fwd":
        marker, frm, date, subj, to = FORWARD[lang]
        sent = k.get("date", "Mon, 2 Mar 2020 09:14")
        head = (
            f"{marker}\n{frm}: {person} <{address}>\n{date}: {sent}\n"
            f"{subj}: {subject}\n{to}: <{WG}>"
        )
        text = f"{signed(k['outer'], person, '')}\n\n{head}\n\n{body}"
        return [Mail(person, address, f"Fwd: {subject}", text, docs=docs)]
    if block.kind == "fwdatt":
        who, where = (x.strip() for x in k.get("inner", f"{person}|{address}").split("|"))
        inner = Mail(who, where, subject, signed(k["body"], who, org), docs=docs)
        outer = signed(k["outer"], person, org)
        return [Mail(person, address, f"Fwd: {subject}", outer, inner=inner)]
    if block.kind == "bottom":
        quote = "\n".join("> " + line for line in k["quote"].split(" // "))
        head = WROTE[lang].format(wg=WG)
        return [Mail(person, address, subject, f"{head}\n{quote}\n\n{body}", docs=docs)]
    if block.kind == "memo":
        frm, date, to, subj = MEMO[lang]
        stamp = k.get("date", "2 March 2020")
        memo = f"{frm}: {person}\n{date}: {stamp}\n{to}: {WG}\n{subj}: {subject}"
        return [Mail(person, address, subject, f"{memo}\n\n{body}", docs=docs)]
    if block.kind == "html":
        return [Mail(person, address, subject, "", html=k["html"])]
    if block.kind == "zip":
        inner = docs[0]
        outer = ZipDoc("zip", k["zip"], [], through=k["through"], inner=inner)
        return [Mail(person, address, subject, body, docs=[outer])]
    mails = [Mail(person, address, subject, body, docs=docs)]
    for later, later_docs in zip(block.mails, block.docs[1:], strict=True):
        _, where, who, about = (x.strip() for x in later["mail"].split("|"))
        for doc in later_docs:
            doc.author = doc.author or who
        text = signed(later["body"], who, later.get("org", org))
        mails.append(Mail(who, where or address, about, text, docs=later_docs))
    return mails


def to_case(block: Block, number: int) -> Case:
    k = block.keys
    case_id = f"c6-{KINDS[block.kind]}-{block.lang}-{number:02d}"
    person, org, _ = (x.strip() for x in k["from"].split("|"))
    names = [n.strip() for n in k.get("names", "").split(";") if n.strip()]
    if block.label == "A" and not names:
        names = [person] + ([org] if org else [])
    mails = compose(block)
    if block.kind != "thread":
        return Case(case_id, KINDS[block.kind], block.label, k["note"], mails, names)
    days = [0.0] + [float(m["mail"].split("|")[0]) for m in block.mails]
    order = [int(x) for x in k.get("order", "").split()] or list(range(len(mails)))
    labels = k.get("labels", " ".join("N" for _ in block.mails)).split()
    superseded = k.get("superseded", "") == "yes"
    return Thread(
        case_id, "thread", block.label, k["note"], mails, names, "", days, order, labels, superseded
    )


def all_cases() -> list[Case]:
    cases: list[Case] = []
    counts: dict[tuple[str, str], int] = {}
    for block in parse(EN + FR + ES):
        key = (block.kind, block.lang)
        counts[key] = counts.get(key, 0) + 1
        cases.append(to_case(block, counts[key]))
    return cases
