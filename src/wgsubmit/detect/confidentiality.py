"""Does the submitter let us publish? Read every place they may have said so.

Publishing a confidential submission is the worst failure this tool can have, so
when signals conflict the answer is ``confidential``. The phrasings live in
``confidentiality.toml``; this module only splits text into sentences and
applies them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import partial

from wgsubmit.detect import cues, described_facts, forms, labels, refusals
from wgsubmit.detect.confidentiality_rules import (
    CONSENT,
    answered_value,
    first_rule,
    names_a_part,
    publication_rules,
    ruled_value,
)
from wgsubmit.detect.disclaimers import DISCLAIMER_GOES_ON, asks_confidentiality, is_disclaimer
from wgsubmit.records import Confidentiality

_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[\"'«¿¡(]?[A-ZÀ-ÖØ-Þ])|;\s+|\n+")
# What the call's text never says: someone will decide later ("the Ministry will confirm").
_LATER = re.compile(r"\b(will|shall|va|vont|irá|confirmará|confirmera|indiquera|indicará)\b", re.I)
RULED = ("en", "fr", "es")  # the languages the rules are written in


@dataclass(frozen=True)
class Signal:
    value: str | None  # publish, confidential, unclear, or None (said nothing about it)
    flags: tuple[str, ...]
    sentence: str
    unticked: bool = False  # boxes about publication, none ticked
    boxed: bool = False  # read from a line of boxes


def sentences(text: str) -> list[str]:
    """Sentences and lines, with quoted reply lines left out: what the submitter quotes is
    someone else's text (the call's), unless the caller has taken their markers off."""
    kept = [line for line in text.splitlines() if not line.lstrip().startswith(">")]
    field = partial(forms.is_bare_field, has_cue=cues.mentions, value_of=ruled_value)
    joined = forms.sentence_lines([forms.join_cells(line) for line in kept], field)
    parts = _SENTENCE_END.split(joined)
    return [" ".join(p.split()) for p in parts if p and p.strip()]


def read_sentence(
    sentence: str, previous: str = "", anchored: bool = False, language: str | None = None
) -> Signal:
    """What one sentence says about publication. `previous` is the line before it, where a
    form's question sits when its boxes or its answer are on a line of their own; with
    `anchored` (a document's prose), a cue counts only in a sentence about this
    submission."""
    rules = publication_rules()
    if (
        rules.call_text.search(sentence)
        and not forms.BOX.search(sentence)
        and not _LATER.search(sentence)
    ):
        return Signal(None, (), sentence)
    if forms.BOX.search(sentence):
        return _from_answer(_read_form(sentence, previous), sentence, previous)
    asked = forms.is_question(previous) or _is_label(previous)
    replying = forms.answer_line(sentence, previous) if asked else None
    if replying is not None and not (replying.value or replying.flags) and _touched(previous):
        replying = replace(replying, unclear=True)  # a yes or no to what no rule reads
    if replying is not None:
        return _from_answer(replying, sentence)
    paired = forms.label_value(sentence, answered_value, _is_form_label)
    if paired is not None:
        anonymous = bool(publication_rules().anonymous.search(sentence))
        flags = (*paired.flags, "anonymous") if anonymous else paired.flags
        return _from_answer(replace(paired, flags=flags), sentence)
    if forms.is_question(sentence):
        # A question is not an answer: if nothing answers it, it is unclear.
        touched = cues.cue(sentence) or ruled_value(sentence) or forms.asks_attribution(sentence)
        return Signal(None, ("question",) if touched else (), sentence)
    return _read_statement(sentence, anchored, language)


def _touched(question: str) -> bool:
    """A form's question about publication, or about how the submitter is to be named."""
    return cues.mentions(question) or forms.asks_attribution(question)


def _is_form_label(label: str) -> bool:
    """A form's label about publication; "Les pedimos máxima discreción: no ..." asks, as a
    sentence does."""
    return cues.mentions(label) and not cues.asks(label)


def _is_label(line: str) -> bool:
    """A form's label about publication ("Consent to publication", "Autorización de
    publicación"): a few words, no sentence."""
    return (
        0 < len(line.split()) <= 8
        and not line.rstrip().endswith(".")
        and bool(cues.mentions(line) or ruled_value(line))
    )


def _from_answer(said: forms.Answer, sentence: str, about: str | None = None) -> Signal:
    value = "unclear" if said.unclear and said.value != "confidential" else said.value
    if value == "publish" and (refusals.waits(sentence) or cues.hesitates(sentence)):
        value = "unclear"  # "Yes, after 30 June", "yes - we must first ask": a condition
    if publication_rules().anonymous.search(sentence) and "anonymous" not in said.flags:
        said = replace(said, flags=(*said.flags, "anonymous"))  # "Yes, anonymously"
    if value == "publish" and "anonymous" not in said.flags and forms.qualified(sentence):
        value = "unclear"  # "Yes, but as 'a coalition of NGOs'": a yes that says how
    unticked = said.unticked and not said.value and cues.mentions(f"{about or ''} {sentence}")
    return Signal(value, said.flags, sentence, unticked=unticked, boxed=bool(about is not None))


def _read_form(sentence: str, previous: str) -> forms.Answer:
    def value_of(label: str) -> str | None:
        heading = labels.is_confidential_heading(label)
        return answered_value(label) or ("confidential" if heading else None)

    def is_anonymous(label: str) -> bool:
        return bool(publication_rules().anonymous.search(label))

    said = forms.read_form(sentence, previous, value_of, is_anonymous)
    if said.value or said.flags or said.unclear or said.unticked:
        return said
    # A box ticked about publication that no rule reads ("☒ Publication refusée"): unclear.
    return replace(said, unclear=cues.mentions(f"{previous} {sentence}"))


def _read_statement(sentence: str, anchored: bool, language: str | None) -> Signal:
    rules = publication_rules()
    flags: list[str] = []
    plain = cues.without_topic(sentence, anchored)  # "anonymous complaints" are the topic
    anonymous = rules.anonymous.search(plain)
    # "the right of journalists to keep ...": in a document, the world
    rest = cues.without_rights(sentence) if anchored else sentence
    if anonymous:
        # "publish it, but not our names": the request about names is not one about the text.
        flags.append("anonymous")
        start = _clause_start(plain, anonymous)
        rest = plain[:start] + plain[anonymous.end() :]
    value, section, found = first_rule(rest)
    papers = cues.others_papers(sentence) and not cues.anchored(plain)
    if value == "publish" and papers and not (anonymous or ruled_value(plain)):
        value, found = None, None  # "that the contracts be published": the topic's words
    if value == "confidential" and described_facts.describes(sentence):
        value, found = None, None  # "the logs, which are not shared": a fact, no request
    if value == "confidential" and anchored and refusals.rule_of_world(sentence):
        value = "unclear"  # "the diagnosis must not be disclosed": the topic, or its findings?
    if value == "publish" and section == CONSENT and found is not None:
        value = refusals.negated_consent(rest, found) or value
    whose = " ".join(plain[: anonymous.start()].split()[-3:]) if anonymous else ""
    if (
        value == "publish"
        and anonymous
        and not cues.speaks_of_writer(f"{whose} {anonymous.group(0)}", plain[anonymous.end() :])
    ):
        value = "unclear"  # names to take out that are not the writer's (victims'): an officer
    if value == "publish" and not anonymous and rules.condition.search(rest):
        value = "unclear"  # consent on a condition (other than anonymity): an officer checks
    if value is None and labels.is_confidential_heading(rest):
        value = "confidential"
    if value == "publish" and rules.except_part.search(sentence):
        value = "confidential"
        flags.append("partial_confidential")
    if value == "publish" and not anonymous and found is not None:
        value = _contrasted(rest, found.end()) or value
    if (
        value == "publish"
        and not anonymous
        and (cues.names_identity(rest) or cues.touches_identity(rest) or cues.identity_cue(rest))
        and not cues.with_name(refusals.unnegated(rest))
    ):
        value = "unclear"  # consent that also speaks of a name no rule reads: is it kept?
    if value == "confidential" and names_a_part(sentence) and "partial_confidential" not in flags:
        flags.append("partial_confidential")
    ruled = language in (None, *RULED)
    value, asked = refusals.settle(
        value, sentence, bool(anonymous), ruled, rest if anonymous else "", prose=anchored
    )
    flags = [f for f in flags if f != "anonymous"] + ["anonymous"] * asked
    if value == "publish" and not anonymous and found is None:
        value = _contrasted(sentence, 0) or value  # a consent read from its parts, then "but"
    if value == "publish" and _unsettled(sentence, bool(asked)):
        value = "unclear"
    if value is None and not asked:
        value = _unread(sentence, anchored, language)
    return Signal(value, tuple(flags), sentence)


def _unsettled(sentence: str, asked: bool) -> bool:
    """A consent that is not one yet: no one gives it ("nobody on our board is comfortable
    with ..."), someone must first be asked, the writer is to be hidden ("it can go up
    without anything that shows it was me"), or the text is kept to a use or a protection."""
    if refusals.no_one_consents(sentence) or cues.hesitates(sentence):
        return True
    if asked:
        return False  # a consent on the condition of anonymity is one
    # "it can go up after the trial": a consent read from its parts, on a condition
    conditioned = publication_rules().condition.search(sentence)
    return bool(conditioned) or _hides_writer(sentence) or cues.guards(sentence)


def _hides_writer(sentence: str) -> bool:
    """A sentence that speaks of showing or hiding who wrote, not of publishing with the
    name ("with our name and logo" is a consent)."""
    return bool(cues.identity_cue(sentence)) and not cues.with_name(refusals.unnegated(sentence))


def _unread(sentence: str, anchored: bool, language: str | None) -> str | None:
    """A sentence no rule reads: unclear when it holds a cue, or, in a message's own text,
    asks the reader to refrain ("please keep this to yourselves") or asks anything of the
    text at hand that is not a harmless request ("could you hold it among the experts")."""
    if cues.cue(sentence, anchored) or cues.foreign_cue(sentence, language):
        return "unclear"
    if anchored:
        return None
    return "unclear" if cues.asks_restraint(sentence) or cues.asks_about_text(sentence) else None


def _clause_start(text: str, found: re.Match[str]) -> int:
    """Where a request for anonymity starts: in its own clause, not at a consent before it
    that the pattern ran over ("You may publish it, but please do so without naming ...")."""
    ends = [b.end() for b in refusals.CLAUSE_MARK.finditer(text, found.start(), found.end())]
    return max([found.start(), *(e for e in ends if e < found.end())])


def _contrasted(sentence: str, end: int) -> str | None:
    """A consent followed by "but ..." that speaks of publication again ("fine to publish,
    but my colleague would prefer it stays internal") or leaves a part out ("but not the
    full report"): what the second clause asks wins, and one the rules cannot read is for
    an officer. So is a consent beside a disagreement, or followed, with no
    "but", by a refusal ("two of us are happy for it to be public, one would rather it
    stayed confidential")."""
    if cues.disagrees(sentence) or ruled_value(sentence[end:]) == "confidential":
        return "unclear"
    turn = refusals.CONTRAST.search(sentence, end)
    if turn is None:
        return None
    tail = sentence[turn.end() :]
    if ruled_value(tail) == "confidential":
        return "confidential"
    touched = (
        cues.mentions(tail)
        or cues.cue(tail)
        or cues.names_identity(tail)
        or cues.touches_identity(tail)  # "but don't write who he is": whose name is kept?
        or cues.doubts(tail)
        or forms.NEGATION.search(tail)
        or publication_rules().removal.search(tail)
    )
    return "unclear" if ruled_value(tail) is None and touched else None


def _only_parts(signals: list[Signal], consents: bool) -> bool:
    """Does every confidential request name a part (an annex)? A request right after one
    that does ("Annex II must remain confidential; please do not publish it") is about the
    same part."""
    about_part = False
    for signal in signals:
        if signal.value != "confidential":
            about_part = False
            continue
        names_part = "partial_confidential" in signal.flags or bool(
            publication_rules().partial_part.search(signal.sentence)
            and (consents or names_a_part(signal.sentence))
        )
        if not (names_part or about_part):
            return False
        about_part = True
    return True


# --- a whole message ---


@dataclass(frozen=True)
class Place:
    """A piece of a message to read. ``unread`` is a place that could hold a request but
    could not be read (its text says which); in an ``anchored`` one (a document's prose),
    a cue counts only in a sentence about this submission."""

    where: str  # subject, body, notices, filename, document, margins, unread
    text: str
    anchored: bool = False
    language: str | None = None  # when known: a language without rules has its own cues


_REQUEST_FLAGS = ("partial_confidential", "anonymous", "disclaimer")


def decide(places: Iterable[Place]) -> Confidentiality:
    """The request a message makes, from every place read: confidential wins over unclear,
    unclear over consent, and `unspecified` only when everything was read and nothing
    touched on publication."""
    signals: list[Signal] = []
    for place in places:
        if place.where == "unread":
            signals.append(Signal("unclear", (), place.text))
        elif place.where == "filename":
            signals.append(_filename(place.text))
        else:
            signals.extend(_read_text(place.text, place.anchored, place.language))
    return _verdict(_answer_pending(signals))


def _filename(name: str) -> Signal:
    text = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", name)
    text = cues.without_topic(re.sub(r"[_\-.+]+", " ", text))
    signal = read_sentence(text, anchored=True)
    words = text.lower().split()
    if signal.value in (None, "unclear") and any(labels.CONFIDENTIAL_WORD.match(w) for w in words):
        return Signal("confidential", (), name)
    if signal.value in (None, "unclear") and labels.PUBLIC_LABELS.intersection(words):
        return Signal("publish", (), name)
    return signal


def _read_text(text: str, anchored: bool, language: str | None = None) -> list[Signal]:
    lines = sentences(text)
    read: list[Signal] = []
    footer = False  # in an e-mail disclaimer, which may run over several sentences
    asked = ""  # the last line that is not a line of boxes: the question boxes answer
    for i, line in enumerate(lines):
        footer = is_disclaimer(lines, i) or (
            footer
            and not asks_confidentiality(line)
            and bool(cues.disclaimer_marks(line) or DISCLAIMER_GOES_ON.search(line))
        )
        if footer:
            read.append(Signal(None, ("disclaimer",), line))
            continue
        boxed = bool(forms.BOX.search(line))
        previous = asked if boxed else (lines[i - 1] if i else "")
        read.append(_read_line(lines, i, previous, anchored, language))
        asked = asked if boxed else line
    return read


def _read_line(
    lines: list[str], i: int, previous: str, anchored: bool, language: str | None
) -> Signal:
    line = lines[i]
    following = lines[i + 1] if i + 1 < len(lines) else ""
    after = lines[i + 2] if i + 2 < len(lines) else ""
    if language and language not in RULED:
        return _read_unruled(line, previous, anchored, language)
    if forms.both_answers(lines, i, cues.mentions):
        return Signal("unclear", (), line)
    if _is_label(line) and forms.answer_word(following) is not None:
        # A form's label, answered on the next line; both answers listed: not answered.
        both = forms.answer_word(after) not in (None, forms.answer_word(following))
        return Signal("unclear", (), line) if both else Signal(None, (), line)
    if forms.answered_elsewhere(line, following, cues.mentions):
        return Signal("unclear", (), line)  # "Any restrictions? / see cover letter"
    if forms.unanswered(line, following, cues.mentions, ruled_value):
        # a field about publication left empty or answered by no word a rule reads ("see
        # cover letter"), or a heading over lines that say it
        return Signal(None if ruled_value(following) else "unclear", (), line)
    if (
        _is_label(line)
        and ruled_value(line) == "publish"
        and forms.open_answer(line, following, ruled_value)
    ):
        return Signal("unclear", (), line)  # "Consent to publication" / "Depends on the board"
    if forms.withheld_name(line, following):
        return Signal(None, ("anonymous",), line)  # "Name to be displayed: None"
    bare = forms.bare_answer(line, cues.mentions)
    if bare is not None:  # "answer: Sí": a form's field that answers a question elsewhere
        return Signal(None, ("yes" if bare else "no",), line)
    notice = forms.is_short_unended(line, 16)
    signal = read_sentence(line, previous, anchored and not notice, language)
    if "question" in signal.flags and not (
        forms.answer_line(following, line) or forms.BOX.search(following)
    ):
        return Signal("unclear", ("question",), line)  # asked, and not answered here
    return signal


def _read_unruled(line: str, previous: str, anchored: bool, language: str) -> Signal:
    """A text in a language the rules are not written in (or taken for one): a refusal the
    rules still read stands; anything else that touches on publication, in that language's
    words or the call's, is for an officer to read, never consent or silence."""
    signal = read_sentence(line, previous, anchored, language)
    if signal.value == "confidential" and ruled_value(line) == "confidential":
        return signal  # a refusal in the rules' own words (not a consent read as negated)
    touched = signal.value is not None or cues.foreign_cue(line, language) or cues.cue(line)
    return Signal("unclear" if touched else None, signal.flags, line)


def _answer_pending(signals: list[Signal]) -> list[Signal]:
    """A form's question whose answer is a field elsewhere (a PDF form's "answer: No"):
    one question and answers that agree decide it; anything else stays unclear."""
    pending = [s for s in signals if s.value == "unclear" and "question" in s.flags]
    answers = {f for s in signals for f in s.flags if f in ("yes", "no")}
    # A question printed on the page and again as its field's label is one question.
    asked = {" ".join(s.sentence.casefold().split()) for s in pending}
    if len(asked) != 1 or len(answers) != 1:
        return signals
    said = forms.answer(pending[0].sentence, yes=answers == {"yes"})
    if said.value is None:
        return signals
    decided = Signal(said.value, said.flags, pending[0].sentence)
    return [decided if s in pending else s for s in signals]


def _verdict(signals: list[Signal]) -> Confidentiality:
    flags = sorted({f for s in signals for f in s.flags if f in _REQUEST_FLAGS})
    confidential = [s for s in signals if s.value == "confidential"]
    publish = [s for s in signals if s.value == "publish"]
    unclear = [s for s in signals if s.value == "unclear"]
    if confidential:
        partial = _only_parts(signals, bool(publish))
        flags = sorted(
            {f for f in flags if f != "partial_confidential"}
            | ({"partial_confidential"} if partial else set())
        )
        return Confidentiality("confidential", confidential[0].sentence, tuple(flags))
    flags = [f for f in flags if f != "partial_confidential"]
    answered = any(s.boxed and (s.value or s.flags) for s in signals)
    if not answered:  # a form's publication boxes all left empty
        unclear += [s for s in signals if s.unticked]
    if unclear:
        return Confidentiality("unclear", unclear[0].sentence, tuple(flags))
    if publish:
        anonymous = next((s for s in publish if "anonymous" in s.flags), None)
        return Confidentiality("publish", (anonymous or publish[0]).sentence, tuple(flags))
    anonymous_only = next((s for s in signals if "anonymous" in s.flags), None)
    evidence = anonymous_only.sentence if anonymous_only else None
    return Confidentiality("unspecified", evidence, tuple(flags))
