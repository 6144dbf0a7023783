"""The short paragraphs that stand alone in a long text and speak to the reader or of the
text sent: where a writer puts a request ("We ask that annex 2 go no further than you"),
not the prose about the world that a cue must be anchored in. Found by layout alone, so
that a PDF's text, which keeps no blank line between paragraphs, is split as a DOCX's or
a message's is."""

from __future__ import annotations

import re

from wgsubmit.detect.cue_words import cue_patterns

NOTICE_WORDS = 45  # a paragraph this short is a notice, not prose
_BLANK = re.compile(r"\n\s*\n|\f")  # a blank line, or a page's end
_ENDED = re.compile(r"[.!?:;)\]»\"”]\s*$")
_SHORT_LINE = 0.8  # a paragraph's last line is shorter than the widest of its block
_READER = re.compile(
    r"\b(you|your|yours|vous|votre|vos|usted\w*|vocês|working\s+group|groupe\s+de\s+travail|"
    r"grupo\s+de\s+trabajo|grupo\s+de\s+trabalho|secretariat|secrétariat|secretaría|"
    r"ohchr|hcdh|acnudh|experts?|expert[oa]s)\b",
    re.IGNORECASE,
)


def paragraphs(text: str) -> list[str]:
    """Blocks between blank lines and pages, each cut after a line that ends a sentence and is
    shorter (by _SHORT_LINE) than the block's widest line: where a wrapped paragraph ends."""
    found: list[str] = []
    for block in _BLANK.split(text):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        widest = max((len(line) for line in lines), default=0)
        current: list[str] = []
        for line in lines:
            current.append(line)
            if _ENDED.search(line) and len(line) < _SHORT_LINE * widest:
                found.append(" ".join(current))
                current = []
        if current:
            found.append(" ".join(current))
    return found


def standing_alone(text: str) -> str:
    """A long text's short paragraphs that speak to the reader or of the text sent, to be
    read as a message's own words are: empty when the text is one paragraph."""
    parts = paragraphs(text)
    if len(parts) < 2:
        return ""
    sent = cue_patterns().sent
    return "\n\n".join(
        p for p in parts if len(p.split()) <= NOTICE_WORDS and (_READER.search(p) or sent.search(p))
    )
