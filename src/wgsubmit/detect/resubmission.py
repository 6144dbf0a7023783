"""Is this a revised version of an earlier submission, or a change of its request?"""

from __future__ import annotations

import re

# Kept here too for those who look for it beside the rules that use it.
from wgsubmit.directory import free_mail_domains as free_mail_domains
from wgsubmit.directory import is_free_mail as is_free_mail

_REVISION = re.compile(
    r"(\brevised\b|\brevision\b|updated version|\bupdated\b.{0,30}\b(submission|input|version|"
    r"document|contribution)|corrected version|new version|replac(es|ing|ement)|supersed|"
    r"\bv(ersion)?\s?2\b|version (révisée|corrigée|mise à jour|actualisée|modifiée)|"
    r"nouvelle version|remplace|annule et remplace|versión (revisada|corregida|actualizada|"
    r"modificada)|nueva versión|reemplaza|sustituye|en sustitución|"
    # "Please disregard the previous one", "the wrong file", "the final version".
    r"final version|\bdisregard\b|ignore (the|my|our) (previous|earlier|first)|wrong (file|"
    r"document|version|attachment)|use this one|version (finale|définitive)|mauvais (fichier|"
    r"document)|ne pas tenir compte|versión (final|definitiva)|archivo equivocado|"
    r"(documento|archivo) (erróneo|incorrecto)|no tener en cuenta|haga caso omiso)",
    re.IGNORECASE,
)
# "The annex completes the contribution and does not replace it": an addition, not a revision.
_NOT_REPLACING = re.compile(
    r"(does not|doesn't|do not|don't|is not meant to|without) (replac|supersed)\w*|"
    r"\bne (la |le |les |l')?(remplace|annule|modifie)\w* pas|"
    r"\bno (la |lo |las |los |le |les )?(sustituye|reemplaza|modifica|anula)\w*",
    re.IGNORECASE,
)
_ADDENDUM = re.compile(
    r"(addendum|additional (annex|information|document)|in addition to our|complément|"
    r"annexe supplémentaire|anexo adicional|anexo complementario|información adicional|adenda|"
    r"en complemento|complementa)",
    re.IGNORECASE,
)
# A later message about an earlier submission ("further to our submission of 10 March").
_REFERS_BACK = re.compile(
    r"(further to|following (up on )?our|with reference to|regarding our|re:|our (earlier |"
    r"previous )?(submission|input|contribution)|(we )?(sent|submitted) (on|last)|"
    r"suite à|en référence à|notre (contribution|soumission)|(envoyée?|transmise?) le|"
    r"en relación con|con relación a|nuestr[ao] (aporte|contribución|envío)|(enviad[ao]|"
    r"remitid[ao]) el)",
    re.IGNORECASE,
)


SAME_DOCUMENT = 0.5  # trigram overlap above which two documents are versions of one text


def says_revision(text: str) -> bool:
    text = _NOT_REPLACING.sub(" ", " ".join(text.split()))
    return bool(_REVISION.search(text)) and not (
        _ADDENDUM.search(text) and not re.search(r"replac|remplace|reemplaza|sustituye", text, re.I)
    )


def refers_back(text: str) -> bool:
    return bool(_REFERS_BACK.search(text))


def similarity(a: str, b: str) -> float:
    """Share of word trigrams two texts have in common (Jaccard): a corrected document
    keeps most of them, a different one almost none."""
    first, second = _shingles(a), _shingles(b)
    if not first or not second:
        return 0.0
    return len(first & second) / len(first | second)


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + 3]) for i in range(max(len(words) - 2, 0))}
