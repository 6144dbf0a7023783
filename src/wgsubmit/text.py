"""Text helpers every reader shares: decoding, tidying, and the marks a check box leaves.

Its own module so that the readers (``extract``, ``documents``, ``wordml``, ``pdftext``)
import it and never each other.
"""

from __future__ import annotations

import re

PAGE_BREAK = "\f"  # between pages, where the format has pages (as pdftotext writes)

# A check box in a document's text: what detection reads as a form ("Publication: ☐ Yes ☒ No").
TICKED = "☒"
UNTICKED = "☐"
UNKNOWN = "⍰"  # a box whose state could not be read: never taken for either answer

# How far after a box its label is quoted in an `unread` line, for a person to find it.
LABEL_CHARS = 40


def box(ticked: bool | None) -> str:
    """The mark for a box: ticked, not ticked, or (None) could not be told."""
    if ticked is None:
        return UNKNOWN
    return TICKED if ticked else UNTICKED


def unclear_box(label: str) -> str:
    """The `unread` line for a box whose state could not be read."""
    if not label:
        return "a check box whose state could not be read"
    return f"a check box whose state could not be read, before '{label}'"


def label_after(text: str, start: int) -> str:
    """The words that follow a box on its line (a table row's cells read on), shortened."""
    line = text[start:].split("\n", 1)[0].replace(" | ", " ")
    words = " ".join(line.split()).lstrip(" |")
    if len(words) <= LABEL_CHARS:
        return words
    return words[:LABEL_CHARS].rsplit(" ", 1)[0] + "…"


def decode_text(data: bytes) -> str:
    """Text of unknown encoding: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def tidy(text: str) -> str:
    """One space between words, at most one blank line, no NULs or stray controls."""
    text = re.sub(r"[\x00-\x08\x0b\x0e-\x1f\x7f]", "", text.replace("\r\n", "\n"))
    # A substitution is run only where it changes something: a text of single spaces and
    # bare line breaks (a 30 MB one has millions) is not rewritten at each of them.
    if "  " in text or "\t" in text or "\u00a0" in text:
        text = re.sub(r"[ \t\u00a0]+", " ", text)
    if " \n" in text or "\n " in text:
        text = re.sub(r" ?\n ?", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip(" \n")


def reason(err: BaseException) -> str:
    """An exception as a short line for a person."""
    return (str(err) or type(err).__name__).splitlines()[0][:120]
