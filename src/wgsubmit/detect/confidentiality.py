"""Does the submitter let us publish? Read every place they may have said so.

Publishing a confidential submission is the worst failure this tool can have, so
when signals conflict the answer is ``confidential``. The phrasings live in
``confidentiality.toml``; this module only splits text into sentences and
applies them.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from wgsubmit.records import Confidentiality

# A box in a form: ticked or not.
_TICKED = r"\[\s*[xX✓✔]\s*\]|\(\s*[xX✓✔]\s*\)|[☒☑✅✓✔]"
_UNTICKED = r"\[\s*\]|\(\s*\)|[☐□◻❏]"
_BOX = re.compile(f"({_TICKED}|{_UNTICKED})")
_IS_TICKED = re.compile(f"^(?:{_TICKED})$")
_CONFIDENTIAL_WORD = re.compile(
    r"^(strictly\s+|highly\s+|estrictamente\s+|strictement\s+)?"
    r"(confidential|confidentiel|confidentielle|confidencial|restricted|privileged)$",
    re.IGNORECASE,
)
# In a file name, a label that says the file is the public version.
_PUBLIC_LABELS = {
    "publico",
    "público",
    "publica",
    "pública",
    "publique",
    "publicable",
    "publishable",
}
_YES = {"yes", "oui", "sí", "si", "y"}
_NO = {"no", "non", "n"}
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[\"'«¿¡(]?[A-ZÀ-ÖØ-Þ])|;\s+|\n+")


@dataclass(frozen=True)
class Signal:
    value: str | None  # publish, confidential, or None (said nothing about publication)
    flags: tuple[str, ...]
    sentence: str


@dataclass(frozen=True)
class _Rules:
    disclaimer: tuple[re.Pattern[str], ...]
    call_text: tuple[re.Pattern[str], ...]
    anonymous: tuple[re.Pattern[str], ...]
    partial_part: re.Pattern[str]
    partial_except: re.Pattern[str]
    except_part: re.Pattern[str]
    ordered: tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]

    def saying(self, value: str) -> tuple[re.Pattern[str], ...]:
        return tuple(p for v, patterns in self.ordered if v == value for p in patterns)


@cache
def _rules() -> _Rules:
    data = tomllib.loads(
        resources.files("wgsubmit.detect").joinpath("confidentiality.toml").read_text("utf-8")
    )
    doc = data["words"]["doc"]

    def compile_all(patterns: Iterable[str]) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(p.replace("{doc}", doc), re.IGNORECASE) for p in patterns)

    part, exception = data["partial"]["patterns"]
    return _Rules(
        disclaimer=compile_all(data["skip"]["disclaimer"]),
        call_text=compile_all(data["skip"]["call_text"]),
        anonymous=compile_all(data["anonymous"]["patterns"]),
        partial_part=re.compile(part, re.IGNORECASE),
        partial_except=re.compile(exception, re.IGNORECASE),
        except_part=re.compile(data["partial"]["except_part"], re.IGNORECASE),
        ordered=tuple((r["value"], compile_all(r["patterns"])) for r in data["rules"]),
    )


def sentences(text: str) -> list[str]:
    """Sentences and lines, with quoted reply lines (the call's own text) left out."""
    kept = [line for line in text.splitlines() if not line.lstrip().startswith(">")]
    # A line break before a lowercase word only wraps a sentence (plain-text mail).
    joined = re.sub(r"\n[ \t]*(?=[a-zà-ÿ])", " ", "\n".join(kept))
    parts = _SENTENCE_END.split(joined)
    return [" ".join(p.split()) for p in parts if p and p.strip()]


def read_sentence(sentence: str, previous: str = "") -> Signal:
    """What one sentence says about publication; `previous` is the line before it, where a
    form's question sits when its boxes are on a line (or in a table cell) of their own."""
    rules = _rules()
    if any(p.search(sentence) for p in rules.disclaimer):
        return Signal(None, ("disclaimer",), sentence)
    if any(p.search(sentence) for p in rules.call_text) and not _BOX.search(sentence):
        return Signal(None, (), sentence)
    if _BOX.search(sentence):
        return _read_form(sentence, previous)
    flags: list[str] = []
    anonymous = next((m for p in rules.anonymous if (m := p.search(sentence))), None)
    if anonymous:
        # "publish it, but not our names": the request about names is not one about the text.
        flags.append("anonymous")
        sentence_rest = sentence[: anonymous.start()] + sentence[anonymous.end() :]
        value = _value(sentence_rest)
    else:
        value = _value(sentence)
    if value == "publish" and rules.except_part.search(sentence):
        value = "confidential"
        flags.append("partial_confidential")
    if value == "confidential" and _is_partial(sentence) and "partial_confidential" not in flags:
        flags.append("partial_confidential")
    return Signal(value, tuple(flags), sentence)


def _value(sentence: str) -> str | None:
    for value, patterns in _rules().ordered:
        if any(p.search(sentence) for p in patterns):
            return value
    if _is_confidential_heading(sentence):
        return "confidential"
    return None


def _is_confidential_heading(line: str) -> bool:
    """'CONFIDENTIAL', 'Confidential submission', 'Strictly confidential – do not circulate':
    a short line (or a part of a title) that starts or ends with the word, not a sentence
    about the topic."""
    return any(_is_heading_part(part) for part in re.split(r"\s[–—-]\s|[:|()\[\]]", line))


def _is_heading_part(line: str) -> bool:
    words = re.findall(r"[\wÀ-ÿ']+", line)
    if not words or len(words) > 6:
        return False
    first = " ".join(words[:2]) if len(words) > 1 else words[0]
    return bool(
        _CONFIDENTIAL_WORD.match(words[0])
        or _CONFIDENTIAL_WORD.match(first)
        or _CONFIDENTIAL_WORD.match(words[-1])
    )


def _is_partial(sentence: str) -> bool:
    rules = _rules()
    part = rules.partial_part.search(sentence)
    if part is None:
        return False
    named = bool(part.group(2) and part.group(2).strip())
    consents = any(p.search(sentence) for p in rules.saying("publish"))
    return named or consents or bool(rules.partial_except.search(sentence))


def _read_form(sentence: str, previous: str = "") -> Signal:
    """A form with boxes: only what is ticked counts; a bare Yes/No answers the question
    the form asks."""
    pieces = _BOX.split(sentence)
    # pieces: text, box, text, box, text...
    before = pieces[0].strip()
    labels_follow = not before or before.endswith((":", "/", "-", "?"))
    ticked: list[str] = []
    for i in range(1, len(pieces), 2):
        if not _IS_TICKED.match(pieces[i].strip()):
            continue
        label = pieces[i + 1] if labels_follow else pieces[i - 1]
        ticked.append(_strip_stem(label, before if not labels_follow else ""))
    if not ticked:
        return Signal(None, (), sentence)
    stem = before if labels_follow else _question(before)
    values: list[str] = []
    flags: list[str] = []
    for label in ticked:
        label = label.strip(" /|-:,")
        first = re.split(r"[\s,.:;]+", label.lower(), maxsplit=1)[0] if label else ""
        value = _value(label)
        if value is None and first in _YES | _NO:
            value = _answer(stem, yes=first in _YES) or _answer(previous, yes=first in _YES)
        if value is None and _is_confidential_heading(label):
            value = "confidential"
        if value:
            values.append(value)
        if any(p.search(label) for p in _rules().anonymous):
            flags.append("anonymous")
    value = "confidential" if "confidential" in values else (values[0] if values else None)
    return Signal(value, tuple(flags), sentence)


def _question(before: str) -> str:
    """In 'Publication: Yes ☐ No ☒' the question is what comes before the first answer."""
    return re.split(r"[:?]", before)[0] if re.search(r"[:?]", before) else before


def _strip_stem(label: str, before: str) -> str:
    """With answers before their boxes, the first answer's text still holds the question."""
    if before and label == before and re.search(r"[:?]", before):
        return re.split(r"[:?]", before)[-1]
    return label


def _answer(question: str, yes: bool) -> str | None:
    asks_publish = re.search(
        r"publi|public|website|site web|sitio web|online|en ligne", question, re.I
    )
    asks_confidential = re.search(r"confiden|reserv", question, re.I)
    if asks_confidential:
        return "confidential" if yes else "publish"
    if asks_publish:
        return "publish" if yes else "confidential"
    return None


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
            _rules().partial_part.search(signal.sentence)
            and (consents or _is_partial(signal.sentence))
        )
        if not (names_part or about_part):
            return False
        about_part = True
    return True


# --- a whole message ---


@dataclass(frozen=True)
class Place:
    """A piece of a message to read, and whether a bare heading there counts."""

    where: str  # subject, body, filename, document, margins
    text: str


def decide(places: Iterable[Place]) -> Confidentiality:
    """The request a message makes, from every place read: confidential wins."""
    signals: list[Signal] = []
    for place in places:
        text = place.text
        if place.where == "filename":
            text = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", text)
            text = re.sub(r"[_\-.+]+", " ", text)
            signal = read_sentence(text)
            words = text.lower().split()
            if signal.value is None and any(_CONFIDENTIAL_WORD.match(w) for w in words):
                signal = Signal("confidential", (), place.text)
            elif signal.value is None and _PUBLIC_LABELS.intersection(words):
                signal = Signal("publish", (), place.text)
            signals.append(signal)
            continue
        lines = sentences(text)
        signals.extend(read_sentence(s, lines[i - 1] if i else "") for i, s in enumerate(lines))
    flags = sorted({f for s in signals for f in s.flags})
    confidential = [s for s in signals if s.value == "confidential"]
    publish = [s for s in signals if s.value == "publish"]
    if confidential:
        partial = _only_parts(signals, bool(publish))
        flags = sorted(
            {f for f in flags if f != "partial_confidential"}
            | ({"partial_confidential"} if partial else set())
        )
        return Confidentiality("confidential", confidential[0].sentence, tuple(flags))
    flags = [f for f in flags if f != "partial_confidential"]
    if publish:
        anonymous = next((s for s in publish if "anonymous" in s.flags), None)
        return Confidentiality("publish", (anonymous or publish[0]).sentence, tuple(flags))
    anonymous_only = next((s for s in signals if "anonymous" in s.flags), None)
    evidence = anonymous_only.sentence if anonymous_only else None
    return Confidentiality("unspecified", evidence, tuple(flags))
