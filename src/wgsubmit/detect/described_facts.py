"""A fact told about others' papers, not a request: "the logs, which are not shared with
any independent body", "los contratos no se publican"; a verb of publishing negated in
the present indicative, with no word of a request, of this submission or its parts, or of
a name."""

from __future__ import annotations

import re

from wgsubmit.detect import cue_words, cues
from wgsubmit.detect.refusal_words import refusal_words

# A fact stated about others' papers in the present indicative, not a request: "the logs,
# which are not shared with any independent body", "los contratos no se publican", "les
# contrats ne sont pas publiés". A request asks (must, should, please, a subjunctive).
_DESCRIBED = re.compile(
    r"\b(are|is)\s+(not|never)\s+(\w+\s+)?(shared|published|disclosed|made\s+public|released|"
    r"circulated)\b|\b(are|is)\s+kept\s+(confidential|secret)\b|"
    r"\bno\s+se\s+(publican?|difunden?|divulgan?|comparten?|hacen?\s+public\w+)\b|"
    r"\b(ne\s+(sont|est)|n.(est|sont))\s+(pas|jamais)\s+(\w+\s+)?(publie\w*|diffuse\w*|"
    r"rendue?s?\s+public\w*|communique\w*|partage\w*|divulgue\w*)",
    re.IGNORECASE,
)


# Words that make it one: a part of what was sent, the Working Group as its only reader.
_PART_WORDS = re.compile(
    r"\b(annex\w*|anex[oa]s?|appendi\w*|sections?|parts?|partie|parte|pages?|paginas?|"
    r"content\w*|contenu|contenido|working\s+group|wg|secretaria\w*|rapporteu\w*|relator\w*|"
    r"mandat\w*|ohchr|hcdh|acnudh|groupe\s+de\s+travail|grupo\s+de\s+trabajo|outside|beyond|"
    r"dehors|au-dela|fuera|mas\s+alla|only|solely|seulement|uniquement|solo|solamente|"
    r"unicamente|you|vous|ustedes)\b",
    re.I,
)


def describes(sentence: str) -> bool:
    """Whether a sentence only says what others keep or do not publish: a verb of
    publishing negated in the present indicative, and no word of a request, of this
    submission or its parts, or of a name."""
    plain = cue_words.unaccented(sentence)
    if not _DESCRIBED.search(plain):
        return False
    words = refusal_words()
    asked = words.address.search(plain) or words.document.search(plain) or cues.asks(plain)
    named = cues.touches_identity(sentence) or _PART_WORDS.search(plain)
    return not (asked or named or cues.anchored(plain))
