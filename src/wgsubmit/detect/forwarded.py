"""A message forwarded by someone who is not its author: the original sender, its subject
and its text, read from the forwarded message's header block ("From: … Subject: …", "De :
… Objet : …", "De: … Asunto: …"). The submitter is who wrote the forwarded message, not
who passed it on; the call's text or the secretariat's own message forwarded back is not."""

from __future__ import annotations

import email.utils
import re

from wgsubmit.detect.thread import is_secretariat

_I = re.IGNORECASE
# "Fwd:", "FW:", "TR :", "RV:", "WG:", "Reenv:": the sender says it forwards.
_FORWARD_SUBJECT = re.compile(r"^\s*(?:re:\s*)?(?:fwd?|tr|rv|wg|reenv\w*|enc)\s*:", _I)
_HEADER = re.compile(
    r"^[ \t>]*(from|de|von|sent|envoyé|enviado|date|fecha|datum|to|à|para|a|an|cc|"
    r"subject|objet|asunto|betreff)[ \t]*:[ \t]*(.*)$",
    _I,
)
_FROM = {"from", "de", "von"}
_SUBJECT = {"subject", "objet", "asunto", "betreff"}


def original(subject: str, body: str) -> tuple[str, str, str, str] | None:
    """The forwarded message's display name, address, subject and text, when the subject
    says the message forwards one and the body holds its header block; not when the
    forwarded message is the secretariat's."""
    if not _FORWARD_SUBJECT.match(subject):
        return None
    lines = body.splitlines()
    for i, line in enumerate(lines):
        header = _HEADER.match(line)
        if header and header.group(1).casefold() in _FROM:
            found = _read_header(lines, i)
            if found is not None:
                return found
    return _attributed(body)


# "On 3 March, Réseau Exil <reseau@…> wrote:", "Le … a écrit :", "El … escribió:"
_ATTRIBUTION = re.compile(
    r"^[ \t>]*(?:on|le|el)\s[^\n]{0,160}?[,\s]([^,<>\n]{2,80}?)\s*<([^<>\s]+@[^<>\s]+)>"
    r"[^\n]{0,20}?(?:wrote|a écrit|escribió)\s*:[ \t]*$",
    _I | re.MULTILINE,
)


def _attributed(body: str) -> tuple[str, str, str, str] | None:
    """A forwarded reply's attribution line, and the quoted message below it."""
    found = _ATTRIBUTION.search(body)
    if found is None or is_secretariat(found.group(0)):
        return None
    below = body[found.end() :].splitlines()
    text = "\n".join(re.sub(r"^[ \t]*>[ \t]?", "", line) for line in below)
    return found.group(1).strip(" \"'"), found.group(2), "", text


def _read_header(lines: list[str], start: int) -> tuple[str, str, str, str] | None:
    """The header block from its From line on, and the text below it."""
    fields: dict[str, str] = {}
    i = start
    while i < len(lines):
        header = _HEADER.match(lines[i])
        if header:
            key = header.group(1).casefold()
            key = "from" if key in _FROM else "subject" if key in _SUBJECT else key
            fields.setdefault(key, header.group(2).strip())
        elif i > start and re.match(r"^[ \t>]*<[^>\s]+@[^>\s]+>\s*$", lines[i]):
            fields["from"] = fields.get("from", "") + " " + lines[i].strip(" \t>")
        else:
            break
        i += 1
    if len(fields) < 2 or not fields.get("from") or is_secretariat(fields["from"]):
        return None  # a line that begins "De:" in a sentence; the call forwarded back
    name, address = email.utils.parseaddr(fields["from"])
    if not address or "@" not in address:
        name, address = fields["from"].strip(" \"'"), ""
    text = "\n".join(re.sub(r"^[ \t]*>[ \t]?", "", line) for line in lines[i:])
    return name.strip(" \"'"), address, fields.get("subject", ""), text
