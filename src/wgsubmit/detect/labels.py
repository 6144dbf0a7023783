"""A label that says what a submission is: "CONFIDENTIAL", "Internal use only",
"Confidential submission" as a heading of its own, or "público" in a file's name."""

from __future__ import annotations

import re

CONFIDENTIAL_WORD = re.compile(
    r"^(strictly\s+|highly\s+|estrictamente\s+|strictement\s+)?"
    r"(confidential|confidentiel|confidentielle|confidencial|restricted|privileged|"
    r"reservad[oa]|réservée?|restreinte?|restringid[oa]|confidenciales|confidentiels)$",
    re.IGNORECASE,
)
# "Internal", "Interne – uniquement" as a label of its own (not "Internal displacement").
_INTERNAL = re.compile(
    r"^(for\s+)?(internal|interne|interno|interna)(\s+(use|document|usage|uso))?(\s+(only|uniquement|"
    r"seulement|solamente|únicamente|solo|sólo))?$",
    re.IGNORECASE,
)
# In a file name, a label that says the file is the public version.
PUBLIC_LABELS = {
    "publico",
    "público",
    "publica",
    "pública",
    "publique",
    "publicable",
    "publishable",
}


def is_confidential_heading(line: str) -> bool:
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
        _INTERNAL.match(" ".join(words))
        or CONFIDENTIAL_WORD.match(words[0])
        or CONFIDENTIAL_WORD.match(first)
        or CONFIDENTIAL_WORD.match(words[-1])
    )
