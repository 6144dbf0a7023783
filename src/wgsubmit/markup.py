"""Plain text in Markdown: a value (a submitter's name, a call's title) shown as written,
never read as markup, and not cluttered with escapes where none is needed."""

from __future__ import annotations

import re

# Only what Markdown (CommonMark and GitHub's) would read as markup is escaped, so that
# "Data & Borders" stays as written: emphasis, code, links, html, strikethrough, an
# entity ("&amp;"), and at the start of a line a heading, a list or a quote.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<~])")
_MD_ENTITY = re.compile(r"&(?=#?\w+;)")
_MD_LINE_START = re.compile(r"^(\d+(?=[.)])|(?=[-+=>#]))(.)")  # "- …", "1. …", "2) …"
_MD_CLOSING = re.compile(r"#$")  # a heading's closing "#" would be taken off


def markdown_text(value: str) -> str:
    """Plain text that Markdown shows as it is: no emphasis, link, html or list."""
    escaped = _MD_SPECIAL.sub(r"\\\1", " ".join(value.split()))
    escaped = _MD_ENTITY.sub(r"\\&", escaped)
    escaped = _MD_LINE_START.sub(r"\1\\\2", escaped)
    return _MD_CLOSING.sub(r"\\#", escaped)
