"""Forms: check boxes, "label: value" pairs and questions with their answers.

A form's question is never evidence on its own ("May we publish your input?" says nothing
until it is answered); only what is ticked or answered counts. A box whose state could not
be read (``⍰``, as the document reader writes it) makes the answer unclear.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_TICKED = r"\[\s*[xX✓✔]\s*\]|\(\s*[xX✓✔]\s*\)|[☒☑✅✓✔]"
_UNTICKED = r"\[\s*\]|\(\s*\)|[☐□◻❏]"
UNREADABLE_BOX = "⍰"
BOX = re.compile(f"({_TICKED}|{_UNTICKED}|{UNREADABLE_BOX})")
_IS_TICKED = re.compile(f"^(?:{_TICKED})$")
_YES = {"yes", "oui", "sí", "si", "y", "sim", "ja"}
_NO = {"no", "non", "n", "não", "nein"}
# A ticked answer that grants or refuses what its question asks ("Permission: ☒ granted").
_GRANTED = {"granted", "given", "accordée", "accordé", "concedido", "concedida"}
_GRANTED |= {"otorgado", "otorgada", "dado", "dada"}
_REFUSED = {"refused", "denied", "declined", "refusée", "refusé", "rechazado", "rechazada"}
_REFUSED |= {"denegado", "denegada", "negado", "negada", "recusado", "recusada"}
_ANSWER_LINE = re.compile(
    r"^\s*(?P<word>yes|no|oui|non|sí|si|sim|não)\b[\s.,;:!-]*(?P<rest>(\S+\s*){0,6})$", re.I
)
# "Publication: no", "Publish this input?: No" (a question as a field's label).
_LABEL_VALUE = re.compile(
    r"^(?P<label>[^:|?]{3,90}?)\s*(\?\s*[:|]|[:|?])\s*(?P<value>[^:|]{1,60})$"
)
# The answers a form offers, written in its question: "(Yes/No)", "oui / non", "(S/N)".
_CHOICES = re.compile(r"[(\[]?\s*\b(yes|oui|sí|si|sim|y|s|o)\s*/\s*(no|non|não|n)\b\s*[)\]]?", re.I)
# "Autorisation de publication non": a table's two cells run together.
_LABEL_ANSWER = re.compile(
    r"^(?P<label>[^:|?]{3,90}?)\s+(?P<value>yes|no|oui|non|sí|si|sim|não)\s*[.!]?$", re.I
)
_ASKS_PUBLISH = re.compile(
    r"publi|public|website|web\s*page|site\s+web|sitio\s+web|página\s+web|internet|online|"
    r"en\s+ligne|en\s+línea|disseminat|"
    r"diffus|difund|difusi|divulg|disclos|post|upload|shar|consent|autoris|authori[sz]|autoriz",
    re.I,
)
_ASKS_CONFIDENTIAL = re.compile(r"confiden|reserv|réserv|restrict|restreint|restring|privat", re.I)
# A question whose "yes" keeps the text back: "Should any part be withheld from the page?"
# Beside a verb of publishing ("publish it in full, omitting nothing?") a yes or a no to it
# cannot be told: an officer reads it.
_ASKS_TO_PUBLISH = re.compile(
    r"publi(?!c\b)|disseminat|diffus|difund|difusi|divulg|disclos|\bpost|upload|shar|consent|"
    r"autoris|authori[sz]|autoriz",
    re.I,
)
_ASKS_KEPT_BACK = re.compile(
    r"withh[eo]ld|kept\s+(back|out|off)|\bexclu|\bomit|\bomis|excluid|retenu|retenid|"
    r"(left|leave)\s+out|écart|ocult|cach[eé]",
    re.I,
)
_ASKS_ANONYMOUS = re.compile(
    r"anonym|anónim|anonim|(withh[eo]ld|omit|remov|hide|ocult|cacher|retir|suprim)\w*\b.{0,30}"
    r"\b(name|nom|nombre|identity|identité|identidad)",
    re.I,
)
_ASKS_NAME = re.compile(
    r"\b(name|names|nom|noms|nombre|nombres|identity|identité|identidad|organi[sz]ation|"
    r"organisation|organización)\b",
    re.I,
)
# Words that negate what follows them in a clause, in the three languages (and Portuguese).
NEGATION = re.compile(
    r"\b(not|no|never|cannot|neither|nor|refuse\w*|object\w*|oppos\w*|opon\w*|disagree\w*|"
    r"against|reject\w*|ne|pas|jamais|aucun\w*|ni|refus\w*|nunca|jamás|tampoco|rechaz\w*|"
    r"niega\w*|negamos|não|nem|nenhum\w*)\b|n't\b|\bn'",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Answer:
    """What a form says: a publication value (or None), flags, and whether something could
    not be read or understood there (``unclear``)."""

    value: str | None
    flags: tuple[str, ...] = ()
    unclear: bool = False
    unticked: bool = False  # a line of boxes, none ticked: unclear if no other line is


def answer(question: str, yes: bool) -> Answer:
    """A Yes or No to a question about publication, confidentiality or the name. The
    choices a question offers ("(Yes/No)") negate nothing."""
    question = _CHOICES.sub(" ", question)
    if _ASKS_ANONYMOUS.search(question):
        return Answer(None, ("anonymous",) if yes else ())
    negative = bool(NEGATION.search(question))
    if _ASKS_KEPT_BACK.search(question):
        if _ASKS_TO_PUBLISH.search(question):
            return Answer(None, unclear=True)
        return Answer("confidential" if yes != negative else "publish")
    if _ASKS_CONFIDENTIAL.search(question):
        return Answer("confidential" if yes != negative else "publish")
    if _ASKS_PUBLISH.search(question):
        if _ASKS_NAME.search(question) and not re.search(r"submission|input|contribu", question):
            return Answer(None, () if yes != negative else ("anonymous",))
        return Answer("publish" if yes != negative else "confidential")
    return Answer(None)


def _stands_alone(line: str, found: re.Match[str]) -> bool:
    """ "No, thank you" answers; "No incluyan el nombre" is a sentence that opens on a
    negation: a word followed by more words needs a stop between them."""
    rest = line[found.end("word") :]
    return not rest.strip() or bool(re.match(r"\s*[.,;:!)(/–—-]", rest))


def _opposite(line: str, following: str) -> bool:
    first, second = _ANSWER_LINE.match(line), _ANSWER_LINE.match(following)
    if first is None or second is None:
        return False
    return (first.group("word").lower() in _YES) != (second.group("word").lower() in _YES)


def both_answers(lines: list[str], i: int, has_cue: Callable[[str], bool]) -> bool:
    """ "Yes" with "No (delete as appropriate)" on the next line, under a question about
    publication: line `i` is one of two choices listed, none made."""
    for j in (i - 1, i):
        if 1 <= j < len(lines) - 1 and _opposite(lines[j], lines[j + 1]) and has_cue(lines[j - 1]):
            return True
    return False


def answer_word(line: str) -> bool | None:
    """True for a line that is only "Yes" (in a call's languages), False for "No"."""
    found = _ANSWER_LINE.match(line)
    if found is None or found.group("rest").strip():
        return None
    return found.group("word").lower() in _YES


def empty_label(line: str, has_cue: Callable[[str], bool]) -> bool:
    """A form's field about publication with nothing filled in ("Consent to publication:")."""
    text = line.strip()
    return text.endswith(":") and len(text.split()) <= 8 and has_cue(text)


def is_bare_field(
    line: str, has_cue: Callable[[str], bool], value_of: Callable[[str], str | None]
) -> bool:
    """A form's field about publication that says nothing itself ("Publication")."""
    short = 0 < len(line.split()) <= 4 and not line.rstrip().endswith((".", ",", ";"))
    return short and has_cue(line) and value_of(line) is None


def unanswered(
    line: str, following: str, has_cue: Callable[[str], bool], value_of: Callable[[str], str | None]
) -> bool:
    """A form's field about publication ("Consent to publication:", "Publication") whose
    next line holds no answer: nothing, or a short value no yes or no ("see cover letter")."""
    if answer_word(following) is not None or BOX.search(following):
        return False
    if empty_label(line, has_cue):
        return True
    value = 0 < len(following.split()) <= 6 and not following.rstrip().endswith((".", "!", "?"))
    return value and is_bare_field(line, has_cue, value_of)


# An answer that points elsewhere ("see cover letter", "voir la lettre", "ver nota adjunta",
# "as per our e-mail"): the answer is in a text the form does not hold.
_ELSEWHERE = re.compile(
    r"^\W*(see|refer\s+to|as\s+per|per|cf\.?|voir|se\s+reporter|ver|véase|vease|consultar|"
    r"según|segun|conforme)\b",
    re.IGNORECASE,
)
_POINTER = re.compile(r"\s(see|voir|ver|véase|cf\.?)\s", re.IGNORECASE)
# A question about limits on what is sent: restrictions, conditions, reservations, its use.
_LIMITS = re.compile(
    r"\b(restrict\w*|restrictions?|conditions?|limit\w*|reserv\w*|caveats?|réserves?|"
    r"restricci\w+|condici\w+|límites?|reservas?|condiç\w+|restriç\w+|us(e|ed|age)|utilis\w*|"
    r"uso|usad\w*|utiliz\w*)\b",
    re.IGNORECASE,
)


def answered_elsewhere(line: str, following: str, has_cue: Callable[[str], bool]) -> bool:
    """A form's question about publication or about limits on the text's use, answered by
    a pointer to another text ("Any restrictions? / see cover letter"): no answer here."""
    asked, mark, answer = line.rpartition("?")
    pointer = None if mark else _POINTER.search(line)  # "Conditions of use see cover letter"
    if pointer is not None:
        asked, answer = line[: pointer.start()], line[pointer.start() :]
    question = f"{asked}{mark}" if mark or pointer else line
    answer = answer if answer.strip() else following  # on the question's line, or the next
    about = has_cue(question) or bool(_LIMITS.search(question))
    label = 0 < len(question.split()) <= 6 and not question.rstrip().endswith((".", ";", ","))
    field = is_question(question) or label  # "Any restrictions?", "Conditions of use"
    return about and field and bool(_ELSEWHERE.search(answer))


def open_answer(label: str, following: str, value_of: Callable[[str], str | None]) -> bool:
    """A field's value in words no rule reads and no yes or no ("Depends on what the board
    decides"): under a label that reads as consent, the label is no answer."""
    words = len(following.split())
    if not 0 < words <= 10 or following.rstrip().endswith((".", "!", "?")) or is_question(label):
        return False
    if answer_word(following) is not None or answer_line(following, label) is not None:
        return False
    return not BOX.search(following) and not value_of(following)


def bare_answer(line: str, has_cue: Callable[[str], bool]) -> bool | None:
    """A form field holding only Yes or No under a label that says nothing of publication
    ("answer: Sí"): it answers a question asked elsewhere in the form."""
    found = _LABEL_VALUE.match(line.strip())
    if found is None or has_cue(found.group("label")):
        return None
    return answer_word(found.group("value"))


# "Could you please make sure it does not go online?": a request put as a question.
_POLITE = re.compile(
    r"^\W*(could|would|can|will)\s+(you|the\s+\w+(\s+\w+)?)\s+(please|kindly)\b|"
    r"^\W*(pourriez|pouvez|voudriez)-vous\s+(s.il\s+vous\s+pla[iî]t|svp|bien|je\s+vous\s+prie)|"
    r"^\W*(podr[ií]an|podr[ií]a|pueden|puede)\s+(ustedes\s+|usted\s+)?(por\s+favor|amablemente)",
    re.I,
)


def is_question(sentence: str) -> bool:
    """A question a form asks (or the writer asks): never evidence until it is answered. A
    polite request put as a question is a request."""
    bare = _HINT.sub("", sentence)  # "… attributed? (drop-down)": a form's hint after it
    asked = bare.rstrip().endswith("?") or bare.lstrip().startswith("¿")
    return asked and not _POLITE.search(sentence)


_HINT = re.compile(r"\s*[(\[][^()\[\]]{1,30}[)\]]\s*$")


def answer_line(line: str, question: str) -> Answer | None:
    """A line that only answers the question before it ("Yes", "No, thank you")."""
    found = _ANSWER_LINE.match(line)
    if found is None or not question or not _stands_alone(line, found):
        return None
    words = set(re.findall(r"\w+", line.lower()))
    if words & _YES and words & _NO:
        return Answer(None, unclear=True)  # "Oui / Non (rayer la mention inutile)": not made
    return answer(question, found.group("word").lower() in _YES)


# A yes that goes on to say how ("Yes, but as 'a coalition of NGOs'", "oui, au nom d'un
# collectif", "sí, solo el resumen"): the answer is the officer's to read.
_QUALIFIED = re.compile(
    r"\b(yes|oui|s[ií]|ok|okay|d'accord|de\s+acuerdo)\b[\s,;:.!–—-]*(but|mais|pero|sauf|salvo|except\w*|as|comme|como|"
    r"au\s+nom|en\s+(el\s+)?nombre|under|sous|bajo|only|seulement|uniquement|solo|sólo|únicamente|"
    r"provided|pourvu|siempre\s+que|if|si)\b",
    re.IGNORECASE,
)


def qualified(answer_text: str) -> bool:
    """Whether a form's yes goes on to qualify itself."""
    return bool(_QUALIFIED.search(answer_text))


def label_value(
    sentence: str, value_of: Callable[[str], str | None], has_cue: Callable[[str], bool]
) -> Answer | None:
    """ "Publication authorised: no", "Confidentiality | Yes", a table row's two cells. None
    when the sentence is not such a pair about publication."""
    found = _LABEL_VALUE.match(sentence.strip()) or _LABEL_ANSWER.match(sentence.strip())
    if found is None:
        return None
    label, value = found.group("label").strip(), found.group("value").strip(" .;")
    if not has_cue(label):
        return None
    first = re.split(r"[\s,.;:]+", value.lower(), maxsplit=1)[0]
    words = set(re.findall(r"\w+", value.lower()))
    if words & _YES and words & _NO:
        return Answer(None, unclear=True)  # "Yes / No": both choices, none made
    said_value = value_of(value)
    if first in _YES | _NO:
        said = answer(label, yes=first in _YES)
        if said.value is None and not said.flags:
            return Answer(None, unclear=True)
        if said_value is not None and said_value != said.value:
            # "Uso restringido: no publicar": the value is a request of its own, not a "No".
            return Answer(said_value if said_value == "confidential" else None, unclear=True)
        return said
    if said_value is not None:
        return Answer(said_value)
    if len(value.split()) <= 3 and not re.search(r"\d", value):
        return Answer(None, unclear=True)  # "Publication: Select": a choice left unmade
    return None


def read_form(
    sentence: str,
    previous: str,
    value_of: Callable[[str], str | None],
    is_anonymous: Callable[[str], bool],
) -> Answer:
    """A form with boxes: only what is ticked counts; a bare Yes/No answers the question
    the form asks (in the sentence, or on the line before)."""
    pieces = BOX.split(sentence)  # text, box, text, box, text...
    before = pieces[0].strip()
    labels_follow = not before or before.endswith((":", "/", "-", "?", "|"))
    ticked: list[str] = []
    unreadable = False
    for i in range(1, len(pieces), 2):
        box = pieces[i].strip()
        label = pieces[i + 1] if labels_follow else pieces[i - 1]
        if box == UNREADABLE_BOX:
            unreadable = True
        elif _IS_TICKED.match(box):
            ticked.append(_strip_stem(label, before if not labels_follow else ""))
    stem = before if labels_follow else _question(before)
    values: list[str] = []
    flags: list[str] = []
    for label in ticked:
        said = _read_label(label.strip(" /|-:,"), stem, previous, value_of)
        if said.value:
            values.append(said.value)
        flags.extend(said.flags)
        if is_anonymous(label):
            flags.append("anonymous")
    value = "confidential" if "confidential" in values else (values[0] if values else None)
    return Answer(value, tuple(flags), unclear=unreadable, unticked=not ticked)


def _read_label(
    label: str, stem: str, previous: str, value_of: Callable[[str], str | None]
) -> Answer:
    first = re.split(r"[\s,.:;]+", label.lower(), maxsplit=1)[0] if label else ""
    value = value_of(label)
    if value is not None:
        return Answer(value)
    if first in _YES | _NO | _GRANTED | _REFUSED:
        yes = first in _YES | _GRANTED
        said = answer(stem, yes=yes)
        if said.value is None and not said.flags and not said.unclear:
            said = answer(previous, yes=yes)
        return said
    return Answer(None)


def _question(before: str) -> str:
    """In 'Publication: Yes ☐ No ☒' the question is what comes before the first answer."""
    return re.split(r"[:?]", before)[0] if re.search(r"[:?]", before) else before


def _strip_stem(label: str, before: str) -> str:
    """With answers before their boxes, the first answer's text still holds the question."""
    if before and label == before and re.search(r"[:?]", before):
        return re.split(r"[:?]", before)[-1]
    return label


_CELLS = re.compile(r"[ \t]*([:?])[ \t]*\|[ \t]*")
_CELL_END = re.compile(r"[ \t]*\|[ \t]*$")


def join_cells(line: str) -> str:
    """A table row's cells ("Publication authorised: | No") read as the pair they are."""
    return _CELL_END.sub("", _CELLS.sub(r"\1 ", line))


# A word no sentence ends on: the line goes on below, whatever case the next one starts
# in ("… Annex B is for the\nWorking Group only").
_GOES_ON = re.compile(
    r"\b(the|a|an|of|to|for|on|in|by|with|and|or|our|your|its|their|de|la|le|les|du|des|el|"
    r"los|las|del|en|et|y|que|à|au|aux|notre|votre|nuestr[oa]s?|su|sus)\s*$",
    re.IGNORECASE,
)


def sentence_lines(lines: list[str], is_label: Callable[[str], bool]) -> str:
    """Lines joined where they only wrap a sentence: before a lowercase word (plain-text
    mail), unless that line is a form's "field: value" or the one before is a form's label
    (`is_label`: "Publication" over "see cover letter"); and after a word no sentence ends
    on."""
    out: list[str] = []
    for line in lines:
        if out and out[-1].strip() and _wraps(out[-1], line.lstrip(), is_label):
            out[-1] = f"{out[-1]} {line.lstrip()}"
        else:
            out.append(line)
    return "\n".join(out)


def _wraps(before: str, line: str, is_label: Callable[[str], bool]) -> bool:
    if not line:
        return False
    if _GOES_ON.search(before) and not BOX.search(line):
        return True
    lowercase = line[0].isalpha() and line[0].islower()
    field = re.match(r"[\w.'’-]+(?: [\w.'’-]+){0,3}:\s", line)  # "value: …", a form's field
    return lowercase and not field and not is_label(before)


# A field for the writer's name or how they are credited ("Name to be displayed", "Nom",
# "Nombre de la organización", "Attribution"), and an answer that refuses it ("No", "None,
# please list as ...", "Aucun", "Anónimo"): a request for anonymity, whatever the form calls it.
_NAME_FIELD = re.compile(
    r"\b(names?|noms?|nombres?|identity|identité|identidad|by-?lines?|attribution|credit\w*|"
    r"authors?|authorship|auteurs?|autor(a|es|as)?|autoría|signature|firma)\b",
    re.I,
)
_NAME_REFUSED = re.compile(
    r"^\W*(no|non|não|not|none|nobody|aucun\w*|personne|ningun[oa]?|ningún|nadie|nada|anonym\w*|"
    r"anonim\w*|anónim\w*|withh[eo]ld|omit\w*|without|sans|sin)\b",
    re.I,
)


_LINE_ENDS = (".", "!", "?", ";", ",")  # a sentence's or a clause's end


def is_short_unended(line: str, most_words: int, least_words: int = 0) -> bool:
    """A line of a few words not ended as a sentence or a clause is: a label, a field's
    value, a notice ("Name to be displayed", "Confidential"), not a sentence."""
    words = len(line.split())
    return least_words <= words <= most_words and not line.rstrip().endswith(_LINE_ENDS)


def withheld_name(line: str, following: str) -> bool:
    """A form's name field answered by a refusal, on its own line or the next."""
    pair = _LABEL_VALUE.match(line.strip())
    if pair is not None:
        label, value = pair.group("label"), pair.group("value")
    elif is_short_unended(line, 10, least_words=1):
        label, value = line, following
    else:
        return False
    return bool(_NAME_FIELD.search(label) and _NAME_REFUSED.match(value))


# A form's question on how the submitter is to be named or credited ("How should your
# contribution be attributed?", "¿Cómo desea que se mencione a su organización?").
_ATTRIBUTION = re.compile(
    r"\b(attribut\w*|credit\w*|acknowledg\w*|atribu\w*|crédit\w*|mencion\w*|mentionn\w*|"
    r"named|nommée?s?|nombrad\w*|identifi\w*|cited|cité\w*|citad\w*|referred\s+to|désign\w*)\b",
    re.IGNORECASE,
)
_YOURS = re.compile(
    r"\b(your|votre|vos|su|sus|seu|sua)\s+(\w+\s+)?(contribution|submission|input|organi[sz]ation|"
    r"name|nom|nombre|nome|aporte|contribución|organización|entidad|entité|contributo|"
    r"organização|entidade|institution|institución)s?\b",
    re.IGNORECASE,
)


def asks_attribution(question: str) -> bool:
    """How the submitter's input or organisation is to be named or credited."""
    return bool(_ATTRIBUTION.search(question)) and bool(_YOURS.search(question))
