"""The office's register: one row per stored message, as `list --all` lists them, for the
officers who keep their registers in Excel (xlsx) or another spreadsheet (csv).

The first sheet is the register and nothing else: one header row, then one row per
message, no title and no totals, so that filters and pivot tables work on it as it is.
Its cells are words in the page's language ("Member State", "Confidential", "Spanish"),
as an officer filters on them; the id is the key back to `list --json`, which keeps the
codes, and times and countries stay ISO (8601, 3166 alpha-3), the same in every language.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Sequence
from dataclasses import astuple, dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from wgsubmit.config import Config
from wgsubmit.domain import on_time, visible_flags
from wgsubmit.publish import PublishList, Verdict
from wgsubmit.publish_formats import spreadsheet_safe
from wgsubmit.store import Event, StoredMessage
from wgsubmit.wording import language_name, term

FORMATS = {".xlsx": "xlsx", ".csv": "csv"}
# The events in which an officer decided something about a message (not `--auto`, not a
# tag, which decides nothing).
_DECISIONS = ("triage", "confirm", "withhold-file", "keep-file")


@dataclass(frozen=True)
class Row:
    """One message of the register, its columns in order."""

    id: int
    received: dt.datetime | None  # in the call's time zone
    on_time: str  # yes, no, or empty when there is no received time
    sender: str
    submitter: str
    type: str
    country: str
    language: str
    publication: str
    evidence: str
    kind: str
    flags: str
    status: str
    decided_by: str
    tags: str


def headers(config: Config) -> tuple[str, ...]:
    """The columns' names in the page's language, the received time's with its zone."""
    language = config.publication.language
    names = [term("register", key, language) for key in Row.__dataclass_fields__]
    names[1] = names[1].format(zone=config.call.timezone)
    return tuple(names)


def _word(section: str, code: str | None, language: str) -> str:
    return term(section, code, language) if code else ""


def rows(
    messages: Sequence[StoredMessage],
    config: Config,
    publish_list: PublishList,
    events: Callable[[int], list[Event]],
) -> list[Row]:
    """Each message's row: what was found and decided, and what `export` does with it."""
    zone = ZoneInfo(config.call.timezone)
    language = config.publication.language
    verdicts = {v.message.id: v for v in publish_list.verdicts}
    result = []
    for m in messages:
        timely = on_time(m, config)
        result.append(
            Row(
                id=m.id,
                received=m.received.at.astimezone(zone) if m.received.at else None,
                on_time="" if timely is None else _word("register", _YES_NO[timely], language),
                sender=m.sender.address or "",
                submitter=m.submitter.name or "",
                type=_word("type", m.submitter.type, language),
                country=m.submitter.country or "",
                language=language_name(m.language, language) or m.language or "",
                publication=_word("publication", m.publication.request, language),
                evidence=m.publication.evidence or "",
                kind=_word("kind", m.kind.value, language),
                flags=", ".join(term("flags", f, language) for f in visible_flags(m)),
                status=_status(m, verdicts.get(m.id), language),
                decided_by=_decider(events(m.id)),
                tags=", ".join(m.tags),
            )
        )
    return result


_YES_NO = {True: "yes", False: "no"}


def _status(message: StoredMessage, verdict: Verdict | None, language: str) -> str:
    """What `export` does with the message: published, or why not (the reasons are
    `publication`'s own, in the page's language)."""
    if verdict is None:
        kind = term("kind", message.kind.value, language) if message.kind.value else None
        kind = kind[:1].lower() + kind[1:] if kind else term("register", "not_read", language)
        return term("register", "not_published", language).format(kind=kind)
    if verdict.published:
        return term("register", "published", language)
    return "; ".join(reason.said_in(language) for reason in verdict.reasons)


def _decider(events: list[Event]) -> str:
    """The officer who last decided something about the message, if any did."""
    decided = [e.user for e in events if e.action in _DECISIONS]
    return decided[-1] if decided else ""


def format_of(path: Path) -> str | None:
    return FORMATS.get(path.suffix.lower())


def as_csv(register: Sequence[Row], config: Config) -> bytes:
    """UTF-8 with a byte order mark, so that Excel opens accents right; times in ISO 8601
    with the call's offset; no cell that a spreadsheet would run as a formula."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(headers(config))
    for row in register:
        cells = list(astuple(row))
        cells[1] = row.received.isoformat() if row.received else ""
        writer.writerow([spreadsheet_safe(str(c)) for c in cells])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def as_xlsx(register: Sequence[Row], config: Config) -> bytes:
    """One sheet, "Register": a frozen header row with filters, received times as Excel
    dates, every other cell text (never a formula)."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    assert sheet is not None  # a new workbook has its sheet
    sheet.title = "Register"
    sheet.append(headers(config))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in register:
        cells: list[object] = list(astuple(row))
        # Excel has no time zones: the call's local time, as the header says.
        cells[1] = row.received.replace(tzinfo=None) if row.received else None
        cells[2:] = [ILLEGAL_CHARACTERS_RE.sub("", str(c)) or None for c in cells[2:]]
        sheet.append(cells)
    for line in sheet.iter_rows(min_row=2):
        line[1].number_format = "yyyy-mm-dd hh:mm"
        for cell in line[2:]:
            if cell.value is not None:
                cell.data_type = "s"  # "=HYPERLINK(…)" in a subject stays text
    widths = (6, 18, 8, 30, 30, 16, 8, 9, 12, 40, 14, 24, 30, 14, 16)
    for number, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
