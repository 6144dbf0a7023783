"""The checkers of config.toml's values: each returns the clean value or raises
ValueError(reason), the reason written for the person who edits the file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from wgsubmit.config_records import Group
from wgsubmit.domain import SubmitterType, choices

SUBMITTER_TYPES = tuple(choices(SubmitterType))


def string(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("must be a string")
    return value


def nonempty_string(value: Any) -> str:
    if not string(value).strip():
        raise ValueError("must not be empty")
    return str(value).strip()


def positive_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValueError("must be a positive whole number")
    return value


def nonnegative_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError("must be a whole number, 0 or more")
    return value


def positive_number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise ValueError("must be a positive number")
    return float(value)


def nonnegative_number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise ValueError("must be a number, 0 or more")
    return float(value)


def string_list(value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError("must be a list of strings")
    return value


def string_or_list(value: Any) -> list[str]:
    items = [value] if isinstance(value, str) else string_list(value)
    if not items or not all(v.strip() for v in items):
        raise ValueError("must name at least one folder")
    return items


def one_of(*choices: str) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if value not in choices:
            raise ValueError("must be one of " + ", ".join(f'"{c}"' for c in choices))
        return str(value)

    return check


def timezone_name(value: Any) -> str:
    try:
        ZoneInfo(nonempty_string(value))
    except (ZoneInfoNotFoundError, ValueError) as err:
        raise ValueError(f'"{value}" is not a known time zone (e.g. "Europe/Zurich")') from err
    return str(value)


def deadline_value(value: Any) -> dt.date | dt.datetime:
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            raise ValueError("a datetime needs its UTC offset, e.g. 2020-03-17T23:59:59+01:00")
        return value
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
        try:
            parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError as err:
            raise ValueError(
                'must be a date "YYYY-MM-DD" or an RFC 3339 datetime with its offset'
            ) from err
        return deadline_value(parsed)
    raise ValueError('must be a date "YYYY-MM-DD" or an RFC 3339 datetime')


def date_value(value: Any) -> dt.date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    try:
        return dt.date.fromisoformat(string(value).strip())
    except ValueError:
        raise ValueError('must be a date "YYYY-MM-DD"') from None


def group_list(value: Any) -> list[Group]:
    if not isinstance(value, list) or not value:
        raise ValueError("must be a list of { title = …, types = […] }")
    groups: list[Group] = []
    seen: dict[str, str] = {}
    for item in value:
        if not isinstance(item, dict) or set(item) != {"title", "types"}:
            raise ValueError("each group needs exactly a title and a list of types")
        title = nonempty_string(item["title"])
        if any(g.title == title for g in groups):
            raise ValueError(f'two groups are titled "{title}"')
        types = string_list(item["types"])
        for t in types:
            if t not in SUBMITTER_TYPES:
                raise ValueError(f'"{t}" is not a submitter type ({", ".join(SUBMITTER_TYPES)})')
            if t in seen:
                raise ValueError(f'"{t}" is in both "{seen[t]}" and "{title}"')
            seen[t] = title
        groups.append(Group(title, tuple(types)))
    missing = [t for t in SUBMITTER_TYPES if t not in seen]
    if missing:
        raise ValueError("every submitter type must be in a group; missing: " + ", ".join(missing))
    return groups
