"""An organisation's e-mail footer ("This message is confidential and intended solely for
the addressee…"): it says the mail is confidential, speaks of addressees, errors or
liability, and asks nothing, so it is no request about publication; it may run over
several sentences."""

from __future__ import annotations

import re

from wgsubmit.detect import cues
from wgsubmit.detect.confidentiality_rules import publication_rules, ruled_value

# What follows an e-mail disclaimer and belongs to it ("Any unauthorised use is prohibited").
DISCLAIMER_GOES_ON = re.compile(
    r"\b(use|copy|copying|distribut\w*|disclos\w*|dissemina\w*|utilisation|diffusion|copie|"
    r"uso|copia|distribuci\w+|divulgaci\w+|reproducci\w+|reproduction)\b",
    re.IGNORECASE,
)


def is_disclaimer(lines: list[str], i: int) -> bool:
    """An organisation's footer: it says its e-mail is confidential and speaks of addressees,
    errors or liability (here or within two sentences), and asks nothing. A sentence asking
    that "this message and its attachment" be kept confidential is a request."""
    line = lines[i]
    if not publication_rules().disclaimer.search(line) or asks_confidentiality(line):
        return False
    return any(cues.disclaimer_marks(s) for s in lines[max(i - 2, 0) : i + 3])


def asks_confidentiality(line: str) -> bool:
    """A request in the message's own words ("please treat this message and its attachment
    as confidential"), which a disclaimer never makes ("please notify the sender")."""
    return cues.asks(line) and ruled_value(line) == "confidential"
