"""`wgsubmit stats`: what came in, counted, for the officers and for the report.

Submissions are counted once: a duplicate is not counted, and a submission replaced by a
later version counts as the later one. Days are the call's days (its time zone), so the
deadline day holds everything received before its midnight.
"""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from wgsubmit.config import Config
from wgsubmit.config_values import SUBMITTER_TYPES
from wgsubmit.domain import CallValue, is_current_submission, on_time
from wgsubmit.records import CONFIDENTIALITY, KINDS
from wgsubmit.store import StoredMessage
from wgsubmit.wording import call_deadline, day_month, language_name, short_date, term

if TYPE_CHECKING:
    from rich.console import Console

UNKNOWN = "not known"


@dataclass(frozen=True)
class Count:
    label: str
    count: int


@dataclass(frozen=True)
class Table:
    title: str
    counts: tuple[Count, ...]


@dataclass(frozen=True)
class Stats:
    title: str
    deadline: str
    deadline_at: dt.datetime  # the first instant too late, in the call's time zone
    messages: int
    submissions: int
    published: int
    tables: tuple[Table, ...]
    per_day: tuple[Count, ...]  # label: the day, YYYY-MM-DD in the call's time zone
    no_time: int
    outside: int = 0  # received long before or after the deadline: not drawn day by day
    deadline_text: str = ""  # as people write it, in the page's language
    language: str = "en"  # the page's, for dates
    received: int = 0  # submissions received, this call's or not (the calls table)

    @property
    def deadline_day(self) -> dt.date:
        return _last_day(self.deadline_at)

    def as_json(self) -> dict[str, object]:
        return {
            "call": {"title": self.title, "deadline": self.deadline},
            "messages": self.messages,
            "submissions": self.submissions,
            "published": self.published,
            **{t.title: {c.label: c.count for c in t.counts} for t in self.tables},
            "per_day": {c.label: c.count for c in self.per_day},
            "outside_per_day": self.outside,
        }


def _ordered(counter: Counter[str], order: tuple[str, ...]) -> tuple[Count, ...]:
    """Known values in their usual order, any other after them by count, zeros left out."""
    rest = sorted((v for v in counter if v not in order), key=lambda v: (-counter[v], v))
    return tuple(Count(v, counter[v]) for v in (*order, *rest) if counter[v])


def compute(messages: list[StoredMessage], config: Config) -> Stats:
    """The counts over every stored message (`messages` holds them all, of every kind)."""
    from wgsubmit.publish import build

    zone = ZoneInfo(config.call.timezone)
    received = [m for m in messages if is_current_submission(m)]
    # A submission to another call, or from before this one opened, is not this call's.
    counted = [m for m in received if m.call.answer not in (CallValue.OTHER, CallValue.BEFORE)]
    timeliness: Counter[str] = Counter()
    days: Counter[dt.date] = Counter()
    for m in counted:
        value = on_time(m, config)
        timeliness["no received time" if value is None else "on time" if value else "late"] += 1
        if m.received.at is not None:
            days[m.received.at.astimezone(zone).date()] += 1
    deadline_at = config.call.deadline.instant.astimezone(zone)
    if not config.call.deadline.whole_day:
        deadline_at += dt.timedelta(microseconds=1)
    tables: tuple[Table, ...] = (
        Table(
            "type",
            _ordered(Counter(m.submitter.type or UNKNOWN for m in counted), SUBMITTER_TYPES),
        ),
        Table(
            "language",
            _ordered(Counter(m.language or UNKNOWN for m in counted), config.call.languages),
        ),
        Table(
            "confidentiality",
            _ordered(Counter(m.publication.request or UNKNOWN for m in counted), CONFIDENTIALITY),
        ),
        Table("timeliness", _ordered(timeliness, ("on time", "late", "no received time"))),
        Table("kind", _ordered(Counter(m.kind.value or "not read yet" for m in messages), KINDS)),
    )
    if config.call.opened or config.call.other_calls:
        tables += (_calls(received),)
    published = sum(1 for v in build(messages, config).verdicts if v.published)
    per_day, outside = _every_day(days, _last_day(deadline_at))
    return Stats(
        title=config.call.title,
        deadline=config.call.deadline.display(),
        deadline_at=deadline_at,
        messages=len(messages),
        submissions=len(counted),
        published=published,
        tables=tables,
        per_day=per_day,
        no_time=timeliness["no received time"],
        outside=outside,
        deadline_text=call_deadline(config),
        language=config.publication.language,
        received=len(received),
    )


CALLS = ("this call", "other_call", "before_call", "unclear")


def _calls(received: list[StoredMessage]) -> Table:
    """Which call the submissions answer: this one, another, none yet (before it opened)."""
    names = {"this": "this call", "other": "other_call", "before": "before_call"}
    counter = Counter(names.get(m.call.answer or "this", "unclear") for m in received)
    return Table("calls", _ordered(counter, CALLS))


def _last_day(deadline_at: dt.datetime) -> dt.date:
    """The last day still on time."""
    return (deadline_at - dt.timedelta(microseconds=1)).date()


# Arrivals are drawn day by day from half a year before the deadline to three months
# after it: a Date: header of 1970 must not make ten thousand empty days.
DAYS_BEFORE, DAYS_AFTER = 183, 92


def _every_day(days: Counter[dt.date], deadline_day: dt.date) -> tuple[tuple[Count, ...], int]:
    """One count per day from the first arrival to the last or the deadline, empty days
    too, within the window; and how many arrived outside it."""
    start = deadline_day - dt.timedelta(DAYS_BEFORE)
    end = deadline_day + dt.timedelta(DAYS_AFTER)
    inside = [d for d in days if start <= d <= end]
    outside = sum(n for d, n in days.items() if not start <= d <= end)
    if not inside:
        return (), outside
    first, last = min(inside), max(*inside, deadline_day)
    counts = tuple(
        Count((first + dt.timedelta(d)).isoformat(), days[first + dt.timedelta(d)])
        for d in range((last - first).days + 1)
    )
    return counts, outside


# --- rendering ---

# What each table counts (data/words.toml, [LANG.stats]).
_COUNTS = {"kind": "messages", "calls": "received"}


def _say(stats: Stats, key: str) -> str:
    return term("stats", key, stats.language)


def counted(stats: Stats, table: Table) -> str:
    """What a table counts, with how many: "9 submissions", "12 messages"."""
    n = stats.messages if table.title == "kind" else sum(c.count for c in table.counts)
    return f"{n} {_say(stats, _COUNTS.get(table.title, 'submissions'))}"


def title(stats: Stats, table: Table) -> str:
    """A table's title: its topic, and what it counts."""
    return f"{_say(stats, table.title)} ({counted(stats, table)})"


def column(stats: Stats, table: Table) -> str:
    if table.title in ("confidentiality", "timeliness"):
        return _say(stats, f"column_{table.title}")
    return _say(stats, table.title)


def label(stats: Stats, table: Table, code: str) -> str:
    """The words for a count's code, in the page's language: "National human rights
    institutions", "Portuguese"; `stats --json` keeps the codes."""
    if table.title == "language" and code != UNKNOWN:
        return language_name(code, stats.language) or code
    return term("counts", code, stats.language)


def day_label(stats: Stats, day: str) -> str:
    return short_date(dt.date.fromisoformat(day), stats.language)


def headline(stats: Stats) -> str:
    return _say(stats, "headline").format(
        submissions=stats.submissions,
        published=stats.published,
        messages=stats.messages,
        deadline=stats.deadline_text,
    )


def render(console: Console, stats: Stats) -> None:
    from rich import box
    from rich.columns import Columns
    from rich.markup import escape
    from rich.table import Table as RichTable

    console.print(f"[bold]{escape(stats.title)}[/bold]", soft_wrap=True)
    console.print(headline(stats))
    tables = []
    for table in stats.tables:
        # What it counts at its foot, where a narrow table has room: "9 submissions".
        n, what = counted(stats, table).split(" ", 1)
        rich_table = RichTable(box=box.SIMPLE_HEAD, show_footer=True)
        rich_table.add_column(column(stats, table), footer=what)
        rich_table.add_column(_say(stats, "n"), justify="right", footer=n)
        for c in table.counts:
            rich_table.add_row(escape(label(stats, table, c.label)), str(c.count))
        tables.append(rich_table)
    console.print(Columns(tables))
    if not stats.per_day:
        return
    days = RichTable(
        title=_say(stats, "per_day"),
        box=box.SIMPLE_HEAD,
        title_justify="left",
    )
    days.add_column(_say(stats, "day"))
    days.add_column(_say(stats, "n"), justify="right")
    days.add_column("")
    deadline = stats.deadline_day.isoformat()
    for c in stats.per_day:
        mark = f"  ← {_say(stats, 'deadline')}" if c.label == deadline else ""
        days.add_row(day_label(stats, c.label), str(c.count), "█" * min(c.count, 40) + mark)
    console.print(days)
    if stats.outside:
        console.print(_say(stats, "outside").format(n=stats.outside))


_NO_METADATA = {"Date": None, "Creator": None, "Format": None, "Type": None}


def chart_svg(stats: Stats) -> str:
    """Arrivals per day and their running total, with the deadline marked: an inline SVG
    whose words stay text, so the page can be read and searched."""
    from matplotlib import rc_context
    from matplotlib.dates import date2num, num2date
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    # A day's bar stands at its noon, so that the deadline's midnight falls between bars.
    days = [dt.datetime.combine(dt.date.fromisoformat(c.label), dt.time(12)) for c in stats.per_day]
    noons = date2num(days)  # type: ignore[no-untyped-call]
    counts = [c.count for c in stats.per_day]
    totals = [sum(counts[: i + 1]) for i in range(len(counts))]
    figure = Figure(figsize=(8, 3.2), layout="constrained")
    axes = figure.add_subplot()
    axes.bar(noons, counts, width=0.8, color="#4a78b5")
    axes.set_ylabel(_say(stats, "chart_day"))
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    running = axes.twinx()
    running.plot(noons, totals, color="#333333", linewidth=1.5)
    running.set_ylabel(_say(stats, "chart_total"))
    running.set_ylim(bottom=0)
    running.yaxis.set_major_locator(MaxNLocator(integer=True))
    line = date2num(stats.deadline_at.replace(tzinfo=None))  # type: ignore[no-untyped-call]
    axes.axvline(line, color="#c0392b", linestyle="--", linewidth=1.2)
    axes.annotate(
        _say(stats, "deadline"),
        xy=(line, 1),
        xycoords=("data", "axes fraction"),
        xytext=(4, -4),
        textcoords="offset points",
        va="top",
        color="#c0392b",
    )
    axes.xaxis_date()

    def tick(x: float, _: object) -> str:
        return day_month(num2date(x).date(), stats.language)  # type: ignore[no-untyped-call]

    ticks = FuncFormatter(tick)
    axes.xaxis.set_major_formatter(ticks)
    figure.autofmt_xdate()
    out = io.StringIO()
    with rc_context({"svg.fonttype": "none", "svg.hashsalt": "wgsubmit"}):
        figure.savefig(out, format="svg", metadata=_NO_METADATA)
    svg = out.getvalue()
    return svg[svg.index("<svg") :]


def report_html(stats: Stats) -> str:
    """A one-page report, with nothing to fetch from elsewhere."""
    from wgsubmit.pages import page_template

    chart = chart_svg(stats) if stats.per_day else ""
    page = page_template("stats.html.j2")
    words = {"title": title, "column": column, "label": label, "day": day_label}
    return page.render(stats=stats, chart=chart, headline=headline, say=_say, **words) + "\n"
