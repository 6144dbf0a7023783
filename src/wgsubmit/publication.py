"""Whether one stored submission goes on the call's page: the publication rules, in one
place.

`export`, its `--dry-run`, `stats` and triage all ask `judge`. The rule that matters most:
nothing goes on the page that was not read and understood. A request that is confidential,
`unclear` or not known keeps a submission off, and so does anything an officer must decide
first (a revision of a confidential submission, a part kept confidential, a later message
under the same name saying it replaces this one).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from wgsubmit.domain import (
    STATE_TYPES,
    by_officer,
    is_personal_case,
    is_picture,
    is_submission,
    may_be_published,
)
from wgsubmit.store import StoredAttachment, StoredMessage
from wgsubmit.wording import Reason

ANONYMOUS = "Anonymous submission"
# What is copied, by what the bytes are (never by the name or type a message gives).
DOCUMENT_FORMATS = {
    "pdf": ".pdf",
    "docx": ".docx",
    "doc": ".doc",
    "odt": ".odt",
    "rtf": ".rtf",
    "txt": ".txt",
}


@dataclass(frozen=True)
class Context:
    """What `judge` needs beyond the message itself: the policy, whether it was on time,
    the versions it replaces and a later message that amends it."""

    unspecified: str
    on_time: bool | None
    include_late: bool = False
    language_ok: bool | None = None  # its language is one the call accepts
    earlier: tuple[StoredMessage, ...] = ()
    amendment: StoredMessage | None = None


@dataclass(frozen=True)
class Judgement:
    """Published (no reasons) or not, what an officer should check, and what to copy."""

    reasons: tuple[Reason, ...]
    notes: tuple[str, ...]
    files: tuple[StoredAttachment, ...]
    body: bool  # the message's text is published as a file

    @property
    def published(self) -> bool:
        return not self.reasons


def judge(message: StoredMessage, context: Context, texts: Sequence[str]) -> Judgement:
    """The verdict on one submission. ``texts`` are its documents' texts, read to check
    that an anonymous submission's files do not name their author."""
    reasons = left_out(message, context)
    files, skipped = choose_files(message)
    notes: list[str] = []
    if context.amendment is not None:
        notes.append(f"#{context.amendment.id} later asks: {context.amendment.publication.request}")
    body = not files and _only_pictures(message) and bool(message.body.strip())
    if "needs_download" in message.flags:
        body = False
        if not files:
            notes.append("needs_download: its document is behind a link")
    if skipped:
        notes.append("not copied: " + ", ".join(skipped))
    anonymous = "anonymous" in message.flags
    if anonymous and body:
        body = False
        notes.append("anonymous, sent in the message's signed text: make a file without the name")
    if anonymous and files:
        named = [
            a
            for a, t in zip(files, _texts_of(files, message, texts), strict=True)
            if names_author(message, t)
        ]
        if named:
            files = [a for a in files if a not in named]
            notes.append(
                "anonymous, but these documents name the author, not copied: "
                + ", ".join(a.filename or f"attachment {a.position + 1}" for a in named)
            )
    if context.language_ok is False:
        notes.append(f"in a language the call does not accept ({message.language})")
    if not reasons:
        notes += checks(message)
    return Judgement(tuple(reasons), tuple(notes), tuple(files), body)


def _texts_of(
    files: Sequence[StoredAttachment], message: StoredMessage, texts: Sequence[str]
) -> list[str]:
    """Each file's own text when ``texts`` has one per attachment, else all of them."""
    if len(texts) == len(message.attachments):
        return [texts[a.position] for a in files]
    everything = " ".join(texts)
    return [everything for _ in files]


def left_out(message: StoredMessage, context: Context) -> list[Reason]:
    """Every reason the rules keep this submission off the page; none means it is
    published."""
    reasons = _kind_reasons(message) + _request_reasons(message, context)
    if (
        "partial_confidential" in message.flags
        and message.publication.request != "confidential"
        and not any(a.withheld for a in message.attachments)
    ):
        reasons.append(Reason("partial", id=message.id))
    if message.publication.withhold_reason:
        reasons.append(Reason("withheld", reason=message.publication.withhold_reason))
    if context.on_time is None:
        reasons.append(Reason("no_received_time"))
    elif not context.on_time and not context.include_late:
        reasons.append(Reason("late"))
    return reasons


def _kind_reasons(message: StoredMessage) -> list[Reason]:
    reasons = []
    if message.kind.value is None:
        reasons.append(
            Reason("not_read_because", error=message.error) if message.error else Reason("not_read")
        )
    elif not is_submission(message) and not is_personal_case(message):
        reasons.append(Reason("not_submission", kind=message.kind.value))
    if message.links.duplicate_of is not None:
        reasons.append(Reason("duplicate_of", id=message.links.duplicate_of))
    if message.links.superseded_by is not None:
        reasons.append(Reason("superseded_by", id=message.links.superseded_by))
    if message.links.held_by is not None and not by_officer(message.links.superseded_decided_by):
        reasons.append(Reason("held", later=message.links.held_by, this=message.id))
    if "document_missing" in message.flags:
        reasons.append(Reason("document_missing"))
    if is_personal_case(message) and not is_submission(message):
        reasons.append(Reason("personal_case"))
    if is_submission(message):
        reasons += _call_reasons(message)
    return reasons


def _call_reasons(message: StoredMessage) -> list[Reason]:
    """A submission to another of the mandate's calls goes on that call's page; one that
    came before this call opened, or could answer either, waits for an officer."""
    answer, evidence = message.call.answer, message.call.evidence or ""
    if answer == "other":
        if evidence and evidence != "set by an officer":
            return [Reason("other_call_said", evidence=evidence)]
        return [Reason("other_call")]
    if answer == "before":
        if evidence:
            return [Reason("before_call_said", evidence=evidence, id=message.id)]
        return [Reason("before_call", id=message.id)]
    if answer == "unclear":
        return [Reason("call_unclear", evidence=evidence, id=message.id)]
    return []


def _request_reasons(message: StoredMessage, context: Context) -> list[Reason]:
    value = message.publication.request
    evidence = message.publication.evidence
    if value == "confidential":
        part = "partial_confidential" in message.flags
        return [Reason("confidential_part" if part else "confidential")]
    if value == "unclear":
        return [Reason("unclear_said", evidence=evidence) if evidence else Reason("unclear")]
    if value is None:
        return [Reason("not_known")] if message.kind.value is not None else []
    if value == "unspecified" and context.unspecified == "withhold":
        return [Reason("unspecified_withheld")]
    if value not in ("publish", "unspecified"):
        return [Reason("request_unknown", value=repr(value))]
    if not by_officer(message.publication.decided_by):
        before = [
            f"#{e.id}"
            for e in context.earlier
            if e.publication.request in ("confidential", "unclear")
        ]
        if before:
            return [Reason("earlier", ids=", ".join(before))]
    return []


def published_name(message: StoredMessage) -> str:
    """The name shown on the page: "Anonymous submission", a State's UN short name, or the
    submitter's own."""
    if "anonymous" in message.flags:
        return ANONYMOUS
    state = state_name(message)
    if state is not None:
        return state
    return (
        (message.submitter.name or "").strip()
        or (message.sender.name or "").strip()
        or f"Submission {message.id}"
    )


def state_name(message: StoredMessage) -> str | None:
    from wgsubmit.directory import states

    state = states().get(message.submitter.country or "")
    return state.name if message.submitter.type in STATE_TYPES and state else None


def choose_files(message: StoredMessage) -> tuple[list[StoredAttachment], list[str]]:
    """The documents to copy, and the parts not copied with why, for the officer.

    Only documents (PDF, Word, OpenDocument, RTF, plain text) are copied, whatever their
    names say; an archive's members instead of the archive; never an inline logo, a
    signature, or a file an officer withheld.
    """
    parts = [a for a in message.attachments if may_be_published(a)]
    archives = {a.parent for a in parts if a.parent is not None}
    withheld = {a.position for a in message.attachments if a.withheld}
    chosen: list[StoredAttachment] = []
    skipped: list[str] = []
    for a in parts:
        name = a.filename or f"attachment {a.position + 1}"
        if a.position in withheld or a.parent in withheld:  # an archive withholds its files
            skipped.append(f"{name} (withheld)")
        elif a.format == "txt" and not name.lower().endswith(".txt"):
            skipped.append(f"{name} (text that is not a document)")
        elif a.format in DOCUMENT_FORMATS:
            if a.position not in archives:
                chosen.append(a)
        elif a.format == "archive":
            if a.position not in archives:
                skipped.append(f"{name} (an archive with no document read from it)")
        else:
            skipped.append(f"{name} ({a.format or 'unknown'} file)")
    return chosen, skipped


def _only_pictures(message: StoredMessage) -> bool:
    """Nothing but pictures beside the text (a logo sent as a file): the text is the
    submission."""
    return all(is_picture(a) and not a.withheld for a in message.attachments)


def author_forms(message: StoredMessage) -> list[str]:
    """The ways a document may name its author: each name in full, initials with the
    surname ("J. Smith", "J Smith", "Smith, J."), the mail address and its local part when
    it spells a name, an organisation's acronym."""
    names = {message.submitter.name, message.sender.name, *_signed(message.body)}
    forms: set[str] = set()
    for name in filter(None, names):
        words = re.findall(r"[\w'’-]+", name)
        if not words:
            continue
        full = " ".join(words)
        if len(full) >= 5:
            forms.update({full, name.strip()})  # "Calle 45 # 12-30" as written, too
        if len(words) >= 2 and len(words[-1]) >= 3:
            initials = " ".join(w[0] + "." for w in words[:-1])
            surname = words[-1]
            forms.update(
                {
                    f"{initials} {surname}",
                    f"{initials.replace('.', '')} {surname}",
                    f"{surname}, {initials}",
                    f"{words[0]} {surname}",
                }
            )
        acronym = "".join(w[0] for w in words if w[0].isupper())
        if len(acronym) >= 3 and len(words) >= 3:
            forms.add(acronym)
        if len(words) == 1 and words[0].isupper() and len(words[0]) >= 3:
            forms.add(words[0])  # an acronym as the name
    address = (message.sender.address or "").strip()
    if address:
        forms.add(address)
        local = address.split("@", 1)[0]
        if re.fullmatch(r"[a-zA-Z]{2,}[._-][a-zA-Z]{3,}", local):
            forms.add(re.sub(r"[._-]", " ", local))
    return sorted(forms)


def _folded(text: str) -> str:
    """Compared as a reader reads: case, accents and spacing aside ("Jose Perez")."""
    plain = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in plain if not unicodedata.combining(c)).split()).casefold()


_SIGN_OFF = re.compile(
    r"^\s*(best|kind|warm)?\s*(regards|wishes|sincerely|yours|thanks|thank you|cordialement|"
    r"bien cordialement|salutations|atentamente|saludos|cordialmente|un saludo|merci)\b",
    re.IGNORECASE,
)
_PERSON_LINE = re.compile(r"^(Dr\.?|Dra\.?|Prof\.?|Mr\.?|Ms\.?|Mrs\.?|Mme|M\.)?\s*"
                          r"([A-ZÀ-Þ][\w'’-]+\.?\s+){1,3}[A-ZÀ-Þ][\w'’-]+$")  # fmt: skip


# An organisation's name in a signature: capitalised words and their small joining words,
# with its acronym after it ("Colectivo Tierra Viva (CTV)"); a job title is not one.
_JOINING = {"de", "del", "la", "las", "los", "y", "e", "of", "the", "for", "and", "on", "et",
            "des", "du", "pour", "en", "à", "d", "l", "para", "por", "sur"}  # fmt: skip
_TITLE = re.compile(
    r"\b(director\w*|directeur\w*|directrice\w*|lead|officer|coordinat\w+|coordinad\w+|"
    r"manager|president\w*|présidente?|presidente?|chair\w*|secretary|secretari[oa]|"
    r"secrétaire|head|researcher|professor|profesor\w*|professeur\w*|advis[eo]r|counsel|"
    r"programme|program|programa|responsable|chargée?|associate|assistant\w*|fellow|"
    r"member|miembro|membre|founder|fundador\w*|fondat\w+|lawyer|abogad\w+|avocat\w*)\b",
    re.IGNORECASE,
)


def _organisation(part: str) -> list[str]:
    """The organisation a signature line names, and its acronym in brackets, if it does."""
    acronym = re.search(r"\(([A-Z][A-Z0-9&-]{1,9})\)\s*$", part)
    name = part[: acronym.start()].strip() if acronym else part.strip()
    words = re.findall(r"[\w'’&-]+", name)
    capitalised = [w for w in words if w[0].isupper()]
    if len(capitalised) < 2 or len(words) > 8 or _TITLE.search(name):
        return [acronym.group(1)] if acronym else []
    if any(w not in capitalised and w.lower() not in _JOINING for w in words):
        return [acronym.group(1)] if acronym else []
    return [name] + ([acronym.group(1)] if acronym else [])


# A street address in a signature: a number and a word for a street, before the town.
_STREET = re.compile(
    r"^(?=.*\d)(?=.*\b(rue|avenue|av|boulevard|bd|street|st|road|rd|lane|calle|carrera|cra|"
    r"avenida|jirón|jr|pasaje|rua|chemin|route|place|plaza|piso|apartado|p\.?\s*o\.?\s*box|"
    r"b\.?p|casilla)\b).{6,}$",
    re.IGNORECASE,
)


def _address(line: str) -> list[str]:
    """The street of a postal address in a signature line ("12 rue des Lilas, Goma")."""
    parts = [p.strip() for p in re.split(r",\s", line)]
    if parts[0].isdigit() and len(parts) > 1:  # "12, avenue de la Paix"
        parts[:2] = [f"{parts[0]}, {parts[1]}", f"{parts[0]} {parts[1]}"]
    return [p for p in parts[:2] if _STREET.match(p)]


def _signed(body: str) -> list[str]:
    """The names a message is signed with: lines after its sign-off that read as a person's
    name or an organisation's (with its acronym)."""
    lines = [line.strip() for line in body.strip().splitlines()]
    start = next((i for i in range(len(lines) - 1, -1, -1) if _SIGN_OFF.match(lines[i])), None)
    after = lines[start + 1 : start + 6] if start is not None else lines[-4:]
    names = [line for line in after if len(line) <= 40 and _PERSON_LINE.match(line)]
    for line in after:
        if len(line) <= 90:
            names += [n for part in re.split(r",\s|\s[–—|-]\s", line) for n in _organisation(part)]
            names += _address(line)
    return names


def names_author(message: StoredMessage, text: str) -> bool:
    """Whether a document's text names its author in any of the forms above."""
    flat = _folded(re.sub(r"[._-]", " ", text))
    dotted = _folded(text)
    for form in author_forms(message):
        plain = _folded(re.sub(r"[._-]", " ", form))
        if form.isupper() and len(form) <= 8:  # an acronym: a whole word, case kept
            if re.search(rf"\b{re.escape(form)}\b", text):
                return True
        elif re.search(rf"(?<!\w){re.escape(plain)}(?!\w)", flat) or _folded(form) in dotted:
            return True
    return False


def checks(message: StoredMessage) -> list[str]:
    """What an officer should look at before a published submission goes up."""
    notes = []
    if "anonymous" in message.flags:
        notes.append("anonymous: check that its documents do not name the author")
    if message.submitter.type in STATE_TYPES and state_name(message) is None:
        notes.append("a State without a country: published under the name it gave")
    if not message.submitter.name and "anonymous" not in message.flags:
        notes.append(
            "no submitter name" + (": the sender's is used" if message.sender.name else "")
        )
    if message.submitter.type is None:
        notes.append("no submitter type")
    unread = [a.filename or f"attachment {a.position + 1}" for a in message.attachments if a.error]
    if unread:
        notes.append("could not be read, so not checked: " + ", ".join(unread))
    if (
        not by_officer(message.publication.decided_by)
        and message.publication.request == "unspecified"
    ):
        notes.append("no publication request")
    if "over_limit" in message.flags:
        notes.append("over the call's limit")
    if "format_not_accepted" in message.flags:
        notes.append("in a format the call does not accept")
    return notes


def needs_officer(message: StoredMessage, judgement: Judgement) -> bool:
    """`--require-reviewed`: published but not confirmed by an officer, or left out only
    because its request is unclear."""
    if judgement.published:
        return not by_officer(message.submitter.decided_by) or not by_officer(
            message.publication.decided_by
        )
    return is_submission(message) and (
        message.publication.request == "unclear" or message.call.answer == "unclear"
    )
