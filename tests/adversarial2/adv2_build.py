# ruff: noqa: E501 - the sentences and messages are data, kept one to a line
"""Build the second adversarial collection: every case as an .eml file (with real PDF and
DOCX attachments where the request sits in a document) and labels.json.

    .venv/bin/python tests/adversarial/collection.py build 2 OUT_DIR

Half of the cases are frozen by a fixed hash of their id: never tune the rules on them.
Another collection's statements (`Texts`) are put in the same places of the same mails."""

from __future__ import annotations

import datetime as dt
import email.policy
import email.utils
import hashlib
import io
import json
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from adv2_mail import (
    CALL_QUOTE,
    CLOSING,
    DISCLAIMERS,
    INTRO_ATTACHED,
    INTRO_BODY,
    NOT_SUBMISSIONS,
    OPENING,
    STATES,
    SUBJECTS,
    SUBSTANCE,
    TITLE,
    Sender,
    sender_for,
)
from adv2_text import ANONYMOUS, CONSENT, FORMS, MIXED, REFUSALS

WG = "wg-mercenaries@ohchr.example"
REQUEST = {"P": "publish", "C": "confidential", "U": "cannot_tell", "A": "publish", "S": "silent"}
START = dt.datetime(2020, 2, 20, 8, 0, tzinfo=dt.UTC)
DOC_PLACES = {
    "docx_footer",
    "docx_cover",
    "docx_last",
    "pdf_cover",
    "pdf_last",
    "pdf_middle",
    "pdf_footer",
}


def half_of(case_id: str) -> str:
    """Fixed by the id alone: the same case is always in the same half."""
    return "frozen" if hashlib.sha256(case_id.encode()).digest()[0] % 2 else "tune"


@dataclass
class Doc:
    kind: str  # "pdf" or "docx"
    name: str
    pages: list[list[str]]
    footer: str = ""
    author: str = ""
    table: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Mail:
    sender_name: str
    address: str
    subject: str
    body: str
    html: str = ""
    docs: list[Doc] = field(default_factory=list)
    inner: Mail | None = None
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Case:
    id: str
    category: str
    label: str  # P C U A S N
    note: str
    mails: list[Mail]  # first is the labelled one; the others are later non-submissions
    author_names: list[str] = field(default_factory=list)
    statement: str = ""  # the id of its statement, when its half is the statement's

    @property
    def half(self) -> str:
        return half_of(self.statement or self.id)


Statement = tuple[str, str, str]  # language, label, text
FormLines = tuple[str, str, list[str]]  # language, label, the form's lines


@dataclass(frozen=True)
class Texts:
    """A collection's statements, and how its cases are named and halved."""

    refusals: list[Statement]
    anonymous: list[Statement]
    consent: list[Statement]
    mixed: list[Statement]
    forms: list[FormLines]
    prefix: str = ""  # before every case id, so two collections never share one
    # Both copies of a statement in the same half: tuning on one copy would tune the other.
    whole_statements: bool = False
    others: bool = True  # with the silent, not-submission and conflict cases


SECOND = Texts(REFUSALS, ANONYMOUS, CONSENT, MIXED, FORMS)


# -- documents ---------------------------------------------------------------------------

LATIN1 = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "☐": "[ ]",
        "☒": "[X]",
        # Past Latin-1, where helvetica has no glyph: the nearest a typed form would show.
        "☑": "[X]",
        "✓": "X",
        "•": "x",
    }
)


def pdf_bytes(doc: Doc) -> bytes:
    from fpdf import FPDF

    footer = doc.footer.translate(LATIN1)

    class Paper(FPDF):
        def footer(self) -> None:
            if footer:
                self.set_y(-15)
                self.set_font("helvetica", size=8)
                self.cell(0, 10, footer, align="C")

    pdf = Paper()
    pdf.set_creation_date(dt.datetime(2020, 3, 1, tzinfo=dt.UTC))
    if doc.author:
        pdf.set_author(doc.author)
    pdf.set_title(doc.pages[0][0].translate(LATIN1))
    for page in doc.pages:
        pdf.add_page()
        pdf.set_font("helvetica", size=11)
        for paragraph in page:
            pdf.multi_cell(0, 6, paragraph.translate(LATIN1))
            pdf.ln(3)
        for left, right in doc.table if page is doc.pages[-1] else []:
            pdf.multi_cell(0, 6, f"{left}    {right}".translate(LATIN1))
    return bytes(pdf.output())


def docx_bytes(doc: Doc) -> bytes:
    import docx

    document = docx.Document()
    document.core_properties.author = doc.author or "User"
    document.core_properties.last_modified_by = doc.author or "User"
    for number, page in enumerate(doc.pages):
        for paragraph in page:
            document.add_paragraph(paragraph)
        if number < len(doc.pages) - 1:
            document.add_page_break()
    if doc.table:
        table = document.add_table(rows=0, cols=2)
        for left, right in doc.table:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = left, right
    if doc.footer:
        document.sections[0].footer.paragraphs[0].text = doc.footer
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# -- messages ----------------------------------------------------------------------------


def eml(mail: Mail, case_id: str, n: int, when: dt.datetime) -> EmailMessage:
    message = EmailMessage(policy=email.policy.SMTP)
    stamp = email.utils.format_datetime(when)
    message["Received"] = f"from mx.example.net by mail.ohchr.example; {stamp}"
    message["From"] = email.utils.formataddr((mail.sender_name, mail.address))
    message["To"] = WG
    message["Subject"] = mail.subject
    message["Date"] = stamp
    message["Message-ID"] = f"<{case_id}.{n}@adv2.example>"
    for key, value in mail.headers.items():
        message[key] = value
    if mail.html and not mail.body:
        message.set_content(mail.html, subtype="html")
    else:
        message.set_content(mail.body)
        if mail.html:
            message.add_alternative(mail.html, subtype="html")
    for doc in mail.docs:
        if doc.kind == "pdf":
            message.add_attachment(
                pdf_bytes(doc), maintype="application", subtype="pdf", filename=doc.name
            )
        else:
            message.add_attachment(
                docx_bytes(doc),
                maintype="application",
                subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                filename=doc.name,
            )
    if mail.inner is not None:
        inner = eml(mail.inner, case_id, n + 50, when - dt.timedelta(days=2))
        del inner["Received"]
        message.add_attachment(inner)
    return message


# -- composing cases ---------------------------------------------------------------------


def pick(items: list[Any], i: int) -> Any:
    return items[i % len(items)]


def signature(s: Sender) -> str:
    lines = [s.person]
    if s.org:
        lines.append(s.org)
    return "\n".join(lines)


def document(s: Sender, i: int, kind: str, extra: dict[str, str], author: bool = True) -> Doc:
    """A three-page submission: the statement on the cover, a middle page, the last page or
    every footer, as `extra` says."""
    lang = s.lang
    paras = SUBSTANCE[lang]
    cover = [TITLE[lang], s.org or s.person, "Geneva, March 2020"]
    if "cover" in extra:
        cover.append(extra["cover"])
    middle = [pick(paras, i), pick(paras, i + 1)]
    if "middle" in extra:
        middle.insert(1, extra["middle"])
    last = [pick(paras, i + 2), pick(paras, i + 3)]
    if "last" in extra:
        last.append(extra["last"])
    last.append(f"{s.person}, {s.org}" if s.org else s.person)
    stem = (s.acronym or s.org or s.person).replace(" ", "_")[:30]
    return Doc(
        kind,
        f"{stem}_submission.{kind}",
        [cover, middle, last],
        footer=extra.get("footer", ""),
        author=s.person if author else "",
        table=[],
    )


def body_text(
    s: Sender, i: int, *, attached: bool, top: str = "", end: str = "", sig: str = ""
) -> str:
    lang = s.lang
    parts = [pick(OPENING[lang], i), INTRO_ATTACHED[lang] if attached else INTRO_BODY[lang]]
    if top:
        parts.append(top)
    if not attached:
        parts += [
            pick(SUBSTANCE[lang], i),
            pick(SUBSTANCE[lang], i + 1),
            pick(SUBSTANCE[lang], i + 2),
        ]
    if end:
        parts.append(end)
    parts.append(pick(CLOSING[lang], i) + "\n" + signature(s) + (f"\n{sig}" if sig else ""))
    return "\n\n".join(parts)


def html_split(text: str) -> str:
    words = text.split()
    if len(words) >= 4:
        words[1] = f"<b>{words[1]}</b>"
        words[-2] = f'<a href="https://example.org/x">{words[-2]}</a>'
    return " ".join(words)


def placed(s: Sender, i: int, statement: str, place: str) -> list[Mail]:
    """The statement of a submitter at one place of their message(s)."""
    subject = pick(SUBJECTS[s.lang], i)
    kind = "pdf" if place.startswith("pdf") or i % 2 else "docx"
    if place in DOC_PLACES:
        where = {"docx": "", "pdf": ""}
        key = place.split("_")[1]
        where_key = {"footer": "footer", "cover": "cover", "last": "last", "middle": "middle"}[key]
        del where
        doc = document(s, i, "pdf" if place.startswith("pdf") else "docx", {where_key: statement})
        return [Mail(s.person, s.address, subject, body_text(s, i, attached=True), docs=[doc])]
    doc = document(s, i, kind, {})
    if place == "body":
        return [
            Mail(
                s.person,
                s.address,
                subject,
                body_text(s, i, attached=True, top=statement),
                docs=[doc],
            )
        ]
    if place == "body_only":
        return [Mail(s.person, s.address, subject, body_text(s, i, attached=False, end=statement))]
    if place == "signature":
        return [
            Mail(
                s.person,
                s.address,
                subject,
                body_text(s, i, attached=True, sig=statement),
                docs=[doc],
            )
        ]
    if place == "subject":
        return [
            Mail(
                s.person,
                s.address,
                f"{subject} - {statement}",
                body_text(s, i, attached=True),
                docs=[doc],
            )
        ]
    if place == "html":
        body = body_text(s, i, attached=False, end="@@")
        html = "".join(f"<p>{p}</p>" for p in body.split("\n\n")).replace(
            "@@", html_split(statement)
        )
        return [Mail(s.person, s.address, subject, "", html=html.replace("\n", "<br>"))]
    if place == "bottom_reply":
        quote = "\n".join(f"> {line}" for line in CALL_QUOTE)
        head = f"On Tue, 10 Dec 2019 at 10:02, WG Mercenaries <{WG}> wrote:\n{quote}\n\n"
        return [
            Mail(
                s.person,
                s.address,
                "Re: Call for inputs",
                head + body_text(s, i, attached=True, end=statement),
                docs=[doc],
            )
        ]
    if place == "forward_inline":
        earlier = body_text(s, i, attached=True, top=statement)
        outer = {
            "en": "Resending below in case the first one did not arrive.",
            "fr": "Je vous renvoie ci-dessous le message, au cas où.",
            "es": "Reenvío el mensaje por si no llegó.",
            "pt": "Reenvio abaixo, caso não tenha chegado.",
        }[s.lang]
        fwd = f"---------- Forwarded message ---------\nFrom: {s.person} <{s.address}>\nDate: Mon, 2 Mar 2020 at 09:14\nSubject: {subject}\nTo: <{WG}>\n\n"
        return [
            Mail(
                s.person,
                s.address,
                f"Fwd: {subject}",
                f"{outer}\n\n{s.person}\n\n{fwd}{earlier}",
                docs=[doc],
            )
        ]
    if place == "attached_forward":
        inner = Mail(s.person, s.address, subject, body_text(s, i, attached=True), docs=[doc])
        colleague = "office@" + s.address.split("@")[1] if s.org else s.address
        outer = {
            "en": "Forwarding our organisation's submission, sent by my colleague last week.",
            "fr": "Je transfère la contribution de notre organisation envoyée par ma collègue.",
            "es": "Reenvío el aporte de nuestra organización enviado por mi colega.",
            "pt": "Encaminho a contribuição da nossa organização.",
        }[s.lang]
        return [
            Mail(
                "Office",
                colleague,
                f"Fwd: {subject}",
                f"{outer}\n{statement}\n\nOffice",
                inner=inner,
            )
        ]
    if place == "second_message":
        first = Mail(s.person, s.address, subject, body_text(s, i, attached=True), docs=[doc])
        later_intro = {
            "en": "One more thing about the document I sent you last week:",
            "fr": "Une précision concernant le document envoyé la semaine dernière :",
            "es": "Una precisión sobre el documento que les envié la semana pasada:",
            "pt": "Uma observação sobre o documento enviado na semana passada:",
        }[s.lang]
        later_subject = {
            "en": "our input",
            "fr": "notre contribution",
            "es": "nuestro aporte",
            "pt": "nossa contribuição",
        }[s.lang]
        later = Mail(
            s.person,
            s.address,
            later_subject,
            f"{pick(OPENING[s.lang], i)}\n\n{later_intro} {statement}\n\n{signature(s)}",
        )
        return [first, later]
    raise ValueError(place)


PLACES_C = [
    "body",
    "docx_footer",
    "signature",
    "pdf_cover",
    "forward_inline",
    "pdf_last",
    "bottom_reply",
    "html",
    "docx_last",
    "second_message",
    "pdf_middle",
    "attached_forward",
    "body_only",
    "pdf_footer",
    "docx_cover",
]
PLACES_P = [
    "body",
    "pdf_last",
    "signature",
    "html",
    "docx_cover",
    "bottom_reply",
    "body_only",
    "forward_inline",
]
PLACES_A = [
    "body",
    "docx_cover",
    "body_only",
    "second_message",
    "pdf_last",
    "html",
    "bottom_reply",
    "signature",
]


_USED: dict[str, int] = {}


def fresh(lang: str) -> Sender:
    """The next sender of this language never used before in the collection."""
    _USED[lang] = _USED.get(lang, -1) + 1
    return sender_for(lang, _USED[lang])


def statement_cases(
    items: list[Statement], tag: str, places: list[str], copies: int, texts: Texts = SECOND
) -> list[Case]:
    cases = []
    for n, (lang, label, text) in enumerate(items):
        for copy in range(copies):
            i = n * copies + copy
            place = pick(places, n * 7 + copy * 5)
            state = (
                next((st for st in STATES if st[0] == lang), None)
                if ("Mission" in text or "Misión" in text)
                else None
            )
            if state is not None:
                mails = note_verbale(_state_once(state, copy), text, copy, i)
                place = "note_verbale_" + ("body" if copy == 0 else "pdf")
                names = [state[1]]
            else:
                s = fresh(lang)
                if place == "subject" and len(text) > 40:
                    place = "body"
                mails = placed(s, i, text, place)
                names = [s.person] + ([s.org] if s.org else [])
            stem = f"{texts.prefix}{tag}-{lang}-{n:02d}"
            note = f"{label} at {place}: {text}"
            named = names if label == "A" else []
            whole = stem if texts.whole_statements else ""
            cases.append(Case(f"{stem}-{copy}", tag, label, note, mails, named, whole))
    return cases


_STATES_USED: dict[tuple[str, int], int] = {}


def _state_once(state: tuple[str, str, str, str], copy: int) -> tuple[str, str, str, str]:
    """The State's mission the first time; another State's for each later note verbale of
    the same language, so no two cases share a sender."""
    seen = _STATES_USED.get((state[0], copy), 0)
    _STATES_USED[(state[0], copy)] = seen + 1
    if not seen:
        return state
    lang, mission, address, country = state
    return (
        lang,
        f"{mission} {seen + 1}",
        f"{address.split('@')[0]}@{seen + 1}.{address.split('@')[1]}",
        f"{country} {seen + 1}",
    )


def note_verbale(state: tuple[str, str, str, str], text: str, copy: int, i: int) -> list[Mail]:
    lang, mission, address, country = state
    if copy:  # another State's mission: each case has its own sender
        mission, address, country = (
            f"{mission} del Norte" if lang == "es" else f"{mission}-Nord",
            f"nord.{address}",
            f"{country}-Nord",
        )
    nv = {
        "en": f"The {mission} to the United Nations Office at Geneva presents its compliments to the Office of the United Nations High Commissioner for Human Rights and, with reference to the call for inputs of the Working Group on the use of mercenaries, has the honour to transmit the information of the Government of {country}.",
        "fr": f"La {mission} auprès de l'Office des Nations Unies à Genève présente ses compliments au Haut-Commissariat des Nations Unies aux droits de l'homme et, se référant à l'appel à contributions du Groupe de travail sur l'utilisation de mercenaires, a l'honneur de lui transmettre la contribution du Gouvernement de {country}.",
        "es": f"La {mission} ante la Oficina de las Naciones Unidas en Ginebra saluda atentamente a la Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos y, en relación con la convocatoria del Grupo de Trabajo sobre la utilización de mercenarios, tiene el honor de remitir la información del Gobierno de {country}.",
    }[lang]
    closing = {
        "en": f"The {mission} avails itself of this opportunity to renew to the Office the assurances of its highest consideration.",
        "fr": f"La {mission} saisit cette occasion pour renouveler au Haut-Commissariat les assurances de sa très haute considération.",
        "es": f"La {mission} aprovecha la oportunidad para reiterar a la Oficina las seguridades de su más alta consideración.",
    }[lang]
    paragraphs = [nv, pick(SUBSTANCE[lang], i), text, closing]
    subject = {
        "en": "Note verbale - call for inputs",
        "fr": "Note verbale - appel à contributions",
        "es": "Nota verbal - convocatoria",
    }[lang]
    if copy == 0:
        return [Mail(mission, address, subject, "\n\n".join(paragraphs))]
    doc = Doc("pdf", "Note_verbale.pdf", [[TITLE[lang], *paragraphs[:2]], [*paragraphs[2:]]])
    cover = {
        "en": "Please find attached a note verbale.",
        "fr": "Veuillez trouver ci-joint une note verbale.",
        "es": "Se adjunta una nota verbal.",
    }[lang]
    return [Mail(mission, address, subject, cover, docs=[doc])]


def form_cases(texts: Texts = SECOND) -> list[Case]:
    cases = []
    for n, (lang, label, lines) in enumerate(texts.forms):
        s = fresh(lang)
        where = n % 3
        if where == 0:  # a Word form: the question and the answer in two cells, or lines
            doc = document(s, n, "docx", {})
            doc.table = (
                [(line, "") for line in lines] if len(lines) == 1 else [(lines[0], lines[1])]
            )
            if len(lines) == 1 and ":" in lines[0] and "?" not in lines[0]:
                left, right = lines[0].split(":", 1)
                doc.table = [(left.strip() + ":", right.strip())]
            mails = [
                Mail(
                    s.person,
                    s.address,
                    pick(SUBJECTS[lang], n),
                    body_text(s, n, attached=True),
                    docs=[doc],
                )
            ]
        elif where == 1:  # the form's lines at the end of a PDF
            doc = document(s, n, "pdf", {"last": "\n".join(lines)})
            mails = [
                Mail(
                    s.person,
                    s.address,
                    pick(SUBJECTS[lang], n),
                    body_text(s, n, attached=True),
                    docs=[doc],
                )
            ]
        else:  # typed into the e-mail
            mails = [
                Mail(
                    s.person,
                    s.address,
                    pick(SUBJECTS[lang], n),
                    body_text(s, n, attached=False, end="\n".join(lines)),
                )
            ]
        names = [s.person] + ([s.org] if s.org else []) if label == "A" else []
        cases.append(
            Case(
                f"{texts.prefix}form-{lang}-{n:02d}",
                "form",
                label,
                f"{label} form ({['docx', 'pdf', 'body'][where]}): {' / '.join(lines)}",
                mails,
                names,
            )
        )
    return cases


def mixed_cases(texts: Texts = SECOND) -> list[Case]:
    cases = []
    places = ["body", "body_only", "pdf_last", "signature", "docx_cover"]
    for n, (lang, label, text) in enumerate(texts.mixed):
        s = fresh(lang)
        place = pick(places, n)
        cases.append(
            Case(
                f"{texts.prefix}mixed-{lang}-{n:02d}",
                "mixed",
                label,
                f"{label} at {place}: {text}",
                placed(s, n, text, place),
            )
        )
    return cases


def silent_cases() -> list[Case]:
    cases = []
    for n in range(24):
        lang = ["en", "en", "fr", "es", "en", "es", "fr", "en"][n % 8]
        s = fresh(lang)
        variant = n % 6
        subject = pick(SUBJECTS[lang], n)
        if variant == 0:
            mails = [
                Mail(
                    s.person,
                    s.address,
                    subject,
                    body_text(s, n, attached=True),
                    docs=[document(s, n, "pdf", {})],
                )
            ]
        elif variant == 1:
            mails = [Mail(s.person, s.address, subject, body_text(s, n, attached=False))]
        elif variant == 2:  # an organisation's footer disclaimer after the signature
            sig = "\n\n" + DISCLAIMERS.get(lang, DISCLAIMERS["en"])
            mails = [
                Mail(
                    s.person,
                    s.address,
                    subject,
                    body_text(s, n, attached=True) + sig,
                    docs=[document(s, n, "docx", {})],
                )
            ]
        elif variant == 3:  # a reply quoting the call's own text, saying nothing
            quote = "\n".join(f"> {line}" for line in CALL_QUOTE)
            body = (
                body_text(s, n, attached=True)
                + f"\n\nOn 10 Dec 2019, WG Mercenaries <{WG}> wrote:\n{quote}"
            )
            mails = [
                Mail(
                    s.person,
                    s.address,
                    "Re: Call for inputs",
                    body,
                    docs=[document(s, n, "docx", {})],
                )
            ]
        elif variant == 4:  # the topic's own vocabulary in the body
            extra = {
                "en": "Much of the problem lies in confidential contracts and in the lack of public oversight of private security providers.",
                "fr": "Le problème tient aux contrats confidentiels et à l'absence de contrôle public des prestataires privés.",
                "es": "El problema radica en los contratos confidenciales y en la falta de control público de las empresas privadas.",
            }[lang]
            mails = [Mail(s.person, s.address, subject, body_text(s, n, attached=False, end=extra))]
        else:
            mails = [
                Mail(
                    s.person,
                    s.address,
                    subject,
                    body_text(s, n, attached=True),
                    docs=[document(s, n, "docx", {}), document(s, n + 1, "pdf", {})],
                )
            ]
            mails[0].docs[1].name = "Annex_1_cases." + "pdf"
        cases.append(
            Case(
                f"silent-{lang}-{n:02d}",
                "silent",
                "S",
                f"nothing said about publication (variant {variant})",
                mails,
            )
        )
    return cases


def not_submission_cases() -> list[Case]:
    cases = []
    for case_id, _lang, (name, address), subject, body, headers in NOT_SUBMISSIONS:
        cases.append(
            Case(
                f"ns-{case_id}",
                "not_submission",
                "N",
                f"not a submission: {case_id}",
                [Mail(name, address, subject, body, headers=dict(headers))],
            )
        )
    return cases


def conflict_cases() -> list[Case]:
    """Two places that disagree, written case by case."""
    out = []

    def add(case_id: str, label: str, note: str, mails: list[Mail]) -> None:
        out.append(Case(f"conflict-{case_id}", "conflict", label, note, mails))

    s = fresh("en")
    doc = document(s, 1, "docx", {"footer": "CONFIDENTIAL - NOT FOR DISTRIBUTION"})
    add(
        "body-yes-footer-no",
        "U",
        "consent in body, confidential footer in the docx",
        [
            Mail(
                s.person,
                s.address,
                SUBJECTS["en"][0],
                body_text(s, 1, attached=True, top="We are happy for this to be published."),
                docs=[doc],
            )
        ],
    )
    s = fresh("en")
    doc = document(s, 2, "pdf", {"cover": "DRAFT - please do not circulate"})
    add(
        "body-yes-draft",
        "U",
        "consent in body, cover says draft do not circulate",
        [
            Mail(
                s.person,
                s.address,
                SUBJECTS["en"][1],
                body_text(s, 2, attached=True, top="The submission may be published."),
                docs=[doc],
            )
        ],
    )
    s = fresh("en")
    add(
        "subject-conf-body-yes",
        "U",
        "subject says confidential, body consents",
        [
            Mail(
                s.person,
                s.address,
                "CONFIDENTIAL submission - PMSCs",
                body_text(s, 3, attached=True, top="This can be published on your website."),
                docs=[document(s, 3, "pdf", {})],
            )
        ],
    )
    s = fresh("en")
    doc = document(s, 4, "docx", {})
    doc.table = [("May we publish your input on our website?", "[X] Yes   [ ] No")]
    add(
        "form-yes-body-no",
        "U",
        "form ticked yes, body says do not publish",
        [
            Mail(
                s.person,
                s.address,
                SUBJECTS["en"][2],
                body_text(
                    s, 4, attached=True, top="Please note that we do not want this published."
                ),
                docs=[doc],
            )
        ],
    )
    s = fresh("es")
    doc = document(s, 5, "pdf", {"last": "Autorizamos la publicación de este documento."})
    later = Mail(
        s.person,
        s.address,
        "aporte - aclaración",
        "Estimados:\n\nLes pedimos por favor no publicar todavía el aporte que enviamos, hasta nuevo aviso.\n\n"
        + signature(s),
    )
    add(
        "es-yes-then-hold",
        "C",
        "consent in the doc, then a later message: hold publication",
        [
            Mail(
                s.person, s.address, SUBJECTS["es"][0], body_text(s, 5, attached=True), docs=[doc]
            ),
            later,
        ],
    )
    s = fresh("fr")
    add(
        "fr-filename",
        "C",
        "attachment named confidential, nothing in the body",
        [
            Mail(
                s.person,
                s.address,
                SUBJECTS["fr"][0],
                body_text(s, 6, attached=True),
                docs=[
                    Doc("pdf", "Contribution_CONFIDENTIELLE.pdf", document(s, 6, "pdf", {}).pages)
                ],
            )
        ],
    )
    s = fresh("en")
    two = [
        document(s, 7, "pdf", {}),
        Doc(
            "docx",
            "Annex_testimonies_CONFIDENTIAL.docx",
            [["Annex: testimonies", "Testimony 1: I was held for nine days by the guards."]],
        ),
    ]
    add(
        "annex-conf",
        "C",
        "a second file named confidential (partial)",
        [
            Mail(
                s.person,
                s.address,
                SUBJECTS["en"][3],
                body_text(s, 7, attached=True, top="The main report may be published."),
                docs=two,
            )
        ],
    )
    s = fresh("en")
    colleague = Mail(
        "Director",
        "director@" + s.address.split("@")[1],
        "Submission by our organisation",
        "Dear colleagues,\n\nI understand my colleague sent you our paper last week. Please treat it as confidential; it was sent before our board reviewed it.\n\nDirector, "
        + s.org,
    )
    add(
        "colleague-later-conf",
        "C",
        "a colleague at the same organisation later asks confidentiality",
        [
            Mail(
                s.person,
                s.address,
                SUBJECTS["en"][0],
                body_text(s, 8, attached=True),
                docs=[document(s, 8, "pdf", {})],
            ),
            colleague,
        ],
    )
    s = fresh("en")
    add(
        "pdf-yes-sig-private",
        "U",
        "consent in the PDF, signature says for the WG only",
        [
            Mail(
                s.person,
                s.address,
                SUBJECTS["en"][1],
                body_text(s, 9, attached=True, sig="Shared with the Working Group only."),
                docs=[
                    document(
                        s, 9, "pdf", {"last": "We consent to the publication of this submission."}
                    )
                ],
            )
        ],
    )
    s = fresh("es")
    add(
        "es-no-form-yes",
        "U",
        "Spanish refusal in body, ticked yes in the pdf form",
        [
            Mail(
                s.person,
                s.address,
                SUBJECTS["es"][1],
                body_text(
                    s, 10, attached=True, top="No queremos que el documento aparezca en internet."
                ),
                docs=[document(s, 10, "pdf", {"last": "¿Autoriza la publicación? (x) Sí  ( ) No"})],
            )
        ],
    )
    return out


def all_cases(texts: Texts = SECOND) -> list[Case]:
    _USED.clear()
    _STATES_USED.clear()
    cases = [
        *statement_cases(texts.refusals, "refusal", PLACES_C, 2, texts),
        *statement_cases(texts.anonymous, "anonymity", PLACES_A, 2, texts),
        *statement_cases(texts.consent, "consent", PLACES_P, 2, texts),
        *form_cases(texts),
        *mixed_cases(texts),
    ]
    if texts.others:
        cases += [*silent_cases(), *not_submission_cases(), *conflict_cases()]
    return cases


def build(out: Path, texts: Texts = SECOND) -> list[dict[str, Any]]:
    """Write OUT/messages/*.eml and OUT/labels.json; return the labels."""
    return write(out, all_cases(texts))


def write(out: Path, cases: list[Case]) -> list[dict[str, Any]]:
    """Write the cases to OUT/messages/*.eml and OUT/labels.json; return the labels. A later
    message of a case sorts before its first one, so import order is never received order."""
    folder = out / "messages"
    folder.mkdir(parents=True, exist_ok=True)
    labels = []
    for number, case in enumerate(cases):
        when = START + dt.timedelta(hours=number)
        for n, mail in enumerate(case.mails):
            message = eml(mail, case.id, n, when + dt.timedelta(days=3 * n))
            prefix = "a" if n else "b"
            name = f"{case.id}-{prefix}{n}.eml"
            (folder / name).write_bytes(message.as_bytes())
            labels.append(
                {
                    "id": case.id if n == 0 else f"{case.id}.{n}",
                    "category": case.category if n == 0 else "later_message",
                    "message_id": f"<{case.id}.{n}@adv2.example>",
                    "file": name,
                    "half": case.half,
                    "submission": case.label != "N" and n == 0,
                    "request": REQUEST.get(case.label, "silent") if n == 0 else "silent",
                    "label": case.label if n == 0 else "N",
                    "anonymous": case.label == "A" and n == 0,
                    "author_names": case.author_names if n == 0 else [],
                    "on_time": True,
                    "superseded": False,
                    "note": case.note if n == 0 else f"later message of {case.id}",
                }
            )
    (out / "labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), "utf-8")
    return labels
