"""Whether a text has the shape of an organization's name: short, capitalised, no sentence
in it; leniently where only a name can stand, strictly on a letterhead; a longer name
under a head word of an organization."""

from __future__ import annotations

import re

from wgsubmit.detect.name_edges import fold, function_words
from wgsubmit.detect.name_parts import HEADING, PRONOUN, ends_on_legal_form
from wgsubmit.detect.person_words import is_org_words, is_role
from wgsubmit.detect.sender_words import SIGN_OFF


def lenient_name(name: str, anyone: bool) -> bool:
    """Where only a name can stand (a shared mailbox's display name, the signature's line
    after the person's), a name in sentence case: "Observatoire citoyen de la commande
    publique"."""
    words = name.split()
    return (
        anyone
        and name[0].isupper()
        and 2 <= len(words) <= 12
        and not re.search(r"[!?:@]|\d{4}", name)
    )


def strict_name(name: str) -> bool:
    """A letterhead's line read as a name where no phrase says so: a word of an
    organization in it, or two thirds of its words capitalised (not "Migrants held")."""
    content = [w for w in name.split() if w.casefold() not in function_words()]
    upper = [w for w in content if w[0].isupper() or not w[0].isalpha()]
    return is_org_words(name) or ends_on_legal_form(name) or 3 * len(upper) >= 2 * len(content)


def is_headed(name: str, short: str) -> bool:
    """Whether a name is a shorter one under its head word ("Asociación Camino Seguro" of
    the "Camino Seguro" a mail domain spells, "Red de Mujeres …", "National Employers'
    Council"), not under a title ("Statement of …") or a post ("Coordinación …")."""
    bare = re.sub(r"\s*\([^()]*\)$", "", name)  # "… Camino Seguro (ACS)"
    at = fold(bare).find(" " + fold(short))
    if len(short.split()) < 2 or at < 0:
        return False
    # "Colectivo Luna Nueva por la Memoria" of "Luna Nueva": the rest goes on
    tail = bare[at + 1 + len(short) :]
    if tail and not re.match(r"\s+(?:y|and|et|e|de|del|des|du|of|for|pour|para|por)\s+\S", tail):
        return False
    head = bare[:at].strip()
    if not 1 <= len(head.split()) <= 3 or re.search(r"[,/:|(]", head) or not head[0].isupper():
        return False
    if _TEAM_HEAD.fullmatch(head):
        return True  # "Equipo de Estudios Campesinos …": a team's name, not a post
    if HEADING.match(head) or is_role(head):
        return False
    return is_org_words(head) or bool(_NATIONAL.fullmatch(head))


_TEAM_HEAD = re.compile(r"(?:equipo|équipe|grupo|groupe|group|team)\s+(?:de|del|d['’]|of)", re.I)


_NATIONAL = re.compile(
    r"(?:national|international|regional|global|nacional|internacional|regional|"
    r"nationale?|internationale?|régionale?|mondiale?|mundial)",
    re.IGNORECASE,
)


def looks_like_name(text: str) -> bool:
    """A name, not a sentence: short, mostly capitalised, no sentence inside it."""
    words = text.split()
    if not 1 <= len(words) <= 14 or "@" in text or re.search(r"https?://|www\.|\d{4,}", text):
        return False
    # a point inside a name: "Sr. X", a legal form's "S.A. de C.V.", "Pvt. Ltd."
    if re.search(
        r"(?<!\b[A-Z][a-z])(?<!\bS\.A)(?<!\bR\.L)(?<!\bPvt)(?<!\bCorp)(?<!\bIntl)[.!?]\s+\w|[!?]$",
        text,
    ) or SIGN_OFF.match(text):
        return False
    if text.endswith(".") and words[-1][:-1].islower() and len(words[-1]) > 4:
        return False  # a sentence: "Merci beaucoup."
    if (
        _SENTENCE_START.match(text)
        or PRONOUN.match(text)
        or (len(words) >= 6 and re.search(r"[^\W\d_]{4}\.$", text) and "(" not in words[-1])
    ):
        return False  # "Please find attached the submission of … Georgia."
    small = {"of", "for", "and", "the", "on", "in", "de", "des", "du", "la", "le", "les", "et",
             "sur", "pour", "del", "los", "las", "y", "en", "sin", "por", "para", "a", "à", "al",
             "&", "d'", "l'", "-", "–"}  # fmt: skip
    capitalised = [w for w in words if w[0].isupper() or w[0].isdigit() or w[0] in '#(«"“']
    content = [w for w in words if w.lower() not in small]
    if not content or not capitalised:
        return False
    # French and Spanish names are written in sentence case: "Ligue pour la défense des
    # droits des migrants"; a word of an organization vouches for them.
    first_up = words[0][0].isupper() or words[0][0] in '#(«"“'
    return len(capitalised) >= max(1, len(content) // 2) or (first_up and is_org_words(text))


_SENTENCE_START = re.compile(
    r"^(please|kindly|attached|find|enclosed|herewith|veuillez|ci-joint|vous trouverez|"
    r"en ma qualité|en mi calidad|in my capacity|en tant que|as an?|como|"
    r"adjunto|adjuntamos|anexo|les env[ií]o|le env[ií]o|por favor)\b",
    re.IGNORECASE,
)
