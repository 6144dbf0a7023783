"""Whose words are in a message's body: the sender's own text, the earlier messages it
quotes or forwards, and the call's text quoted back.

A request can sit anywhere the submitter wrote: below a quoted reply, after a forward
marker, in their own earlier message in the thread, or in a body that starts with a memo
header ("De: … Fecha: …"). Only the call's own text and the secretariat's messages are left
out when the request is read; the kind of message and its language still look at the
sender's own text alone.
"""

from __future__ import annotations

import itertools
import re

# Where a quoted or forwarded message starts: a separator, a header block, an attribution.
_QUOTED_FROM = re.compile(
    r"^(-{2,}\s*(original message|message d'origine|mensaje original|forwarded message|"
    r"message transféré|mensaje reenviado)[^\n]*|"
    r"[>\s]*(from|de|von)\s*:.*\n[>\s]*(sent|envoyé|enviado|date|fecha|to|à|para)\s*:.*|"
    r"[>\s]*on .{5,200}wrote:|[>\s]*le .{5,200}a écrit\s?:|[>\s]*el .{5,200}escribió:)",
    re.IGNORECASE | re.MULTILINE,
)
# Who the secretariat is, when a quoted header names it.
_SECRETARIAT = re.compile(
    r"ohchr|hcdh|acnudh|un\.org|working group|groupe de travail|grupo de trabajo|"
    r"special rapporteur|rapporteur spécial|relator especial|relatora especial|secretariat|"
    r"secrétariat|secretaría|wg-|mercenar",
    re.IGNORECASE,
)
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")


def own_text(body: str) -> str:
    """The body without the message it replies to (nor one it forwards). A body that
    starts with a header block (a memo, or a message pasted whole) is the sender's."""
    for found in _QUOTED_FROM.finditer(body):
        if body[: found.start()].strip():
            return body[: found.start()]
    return body


def submitter_text(body: str, own_addresses: tuple[str, ...] = ()) -> str:
    """Every part of the body a submitter wrote or forwarded: their own text above and
    below quotes, and quoted or forwarded messages unless they come from the secretariat
    (the call's text, an acknowledgement). Kept quotes lose their ">" markers."""
    starts = [m.start() for m in _QUOTED_FROM.finditer(body)]
    bounds = [0, *starts, len(body)]
    kept: list[str] = []
    for start, end in itertools.pairwise(bounds):
        part = body[start:end]
        if start and _from_secretariat(part, own_addresses):
            kept.append(_outside_quotes(part))  # the sender's lines below a quote stay
            continue
        kept.append(_unquoted(part) if start else part)
    return "\n".join(kept)


def secretariat_text(body: str, own_addresses: tuple[str, ...] = ()) -> str:
    """What the secretariat wrote that the body quotes or forwards (an acknowledgement of
    receipt, the call's own text), its ">" markers taken off: a reply to it answers the
    call it names."""
    starts = [m.start() for m in _QUOTED_FROM.finditer(body)]
    bounds = [*starts, len(body)]
    return "\n".join(
        _unquoted(body[start:end])
        for start, end in itertools.pairwise(bounds)
        if _from_secretariat(body[start:end], own_addresses)
    )


def _from_secretariat(part: str, own_addresses: tuple[str, ...]) -> bool:
    """Whether the quoted message's author (its From line, or the attribution) is the
    secretariat: never judged by the other addresses of its header (its To is ours)."""
    lines = [line for line in part.splitlines() if line.strip()][:3]  # a quote's blank line
    author = next(
        (line for line in lines if re.match(r"^[>\s]*(from|de|von)\s*:", line, re.I)),
        lines[0] if lines else "",
    )
    addresses = {a.group(0).lower() for a in _ADDRESS.finditer(author)}
    if addresses & {a.lower() for a in own_addresses}:
        return True
    return is_secretariat(author)


def is_secretariat(author: str) -> bool:
    """Whether a quoted message's author line names the secretariat."""
    return bool(_SECRETARIAT.search(author))


def _unquoted(part: str) -> str:
    """One level of ">" taken off each line: the quoted message becomes readable text,
    while what it quoted in turn stays quoted."""
    return "\n".join(re.sub(r"^\s*>\s?", "", line) for line in part.splitlines())


def _outside_quotes(part: str) -> str:
    """A secretariat's quoted message left out; lines the sender wrote after it (a
    bottom-posted reply) kept."""
    lines = part.splitlines()[1:]
    if not any(line.lstrip().startswith(">") for line in lines):
        return ""  # a header block: everything below is the quoted message
    return "\n".join(line for line in lines if not line.lstrip().startswith(">"))
