"""The words people read, in the page's language (`[publication] language`): dates as they
are written ("17 March 2020", "17 mars 2020", "17 de marzo de 2020"), the names of
languages, what each published file is, and the words for the codes (`stats`, the
register).

Machine output (`--json`, `export --format json`, csv) keeps ISO 8601; only what a person
reads goes through here.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import tomllib
from collections.abc import Sequence
from importlib import resources
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from wgsubmit.config import Config, Deadline

if TYPE_CHECKING:
    from wgsubmit.store import StoredAttachment

# "17 March 2020", not "March 17, 2020": the United Nations write the day first.
_LOCALES = {"en": "en_GB", "fr": "fr", "es": "es"}


def _locale(language: str) -> str:
    return _LOCALES.get(language, "en_GB")


def written_date(day: dt.date, language: str) -> str:
    """A date as people write it: "17 March 2020", "17 mars 2020", "17 de marzo de 2020"."""
    from babel.dates import format_date

    return str(format_date(day, "long", locale=_locale(language)))


def short_date(day: dt.date, language: str) -> str:
    """A date for a table's column: "17 Mar 2020", "17 mars 2020", "17 mar 2020"."""
    from babel.dates import format_date

    return str(format_date(day, "medium", locale=_locale(language)))


def day_month(day: dt.date, language: str) -> str:
    """A day under a chart: "17 Mar", "17 mars", "17 mar"."""
    from babel.dates import format_date

    return str(format_date(day, "d MMM", locale=_locale(language)))


def written_time(value: dt.datetime | None, config: Config) -> str:
    """A received time for a table, in the call's time zone: "16 Mar 2020 14:03"."""
    if value is None:
        return "—"
    local = value.astimezone(ZoneInfo(config.call.timezone))
    return f"{short_date(local.date(), config.publication.language)} {local:%H:%M}"


def deadline_text(deadline: Deadline, timezone: str, language: str) -> str:
    """The deadline as a person reads it: its last day ("17 March 2020"), with the time
    and the time zone when it ends at another moment than midnight."""
    local = deadline.instant.astimezone(ZoneInfo(timezone))
    if deadline.whole_day:
        return written_date((local - dt.timedelta(microseconds=1)).date(), language)
    return f"{written_date(local.date(), language)}, {local:%H:%M} ({timezone})"


def call_deadline(config: Config) -> str:
    return deadline_text(config.call.deadline, config.call.timezone, config.publication.language)


@functools.cache
def language_name(code: str | None, language: str | None = None) -> str | None:
    """A language's name, capitalised as a link or a label starts: in its own language by
    default ("Español", "Français"), else in the one given ("Portuguese"); None when the
    code is unknown."""
    from babel import Locale, UnknownLocaleError

    if not code:
        return None
    try:
        # langdetect's "zh-cn" is CLDR's "zh_CN"
        locale = Locale.parse(code.replace("-", "_"))
        name = locale.get_display_name(language or locale)
    except (UnknownLocaleError, ValueError):
        return None
    return name[:1].upper() + name[1:] if name else None


@functools.cache
def _words() -> dict[str, dict[str, str]]:
    text = resources.files("wgsubmit.data").joinpath("page.toml").read_text("utf-8")
    return tomllib.loads(text)


def word(key: str, language: str) -> str:
    """One of the page's words (data/page.toml) in its language."""
    return _words().get(language, _words()["en"])[key]


@functools.cache
def _terms() -> dict[str, dict[str, dict[str, str]]]:
    text = resources.files("wgsubmit.data").joinpath("words.toml").read_text("utf-8")
    return tomllib.loads(text)


def term(section: str, key: str, language: str) -> str:
    """A code's word, or one of the sentences of `stats` and the register
    (data/words.toml), in the page's language; a code with no word is shown as written,
    its underscores as spaces."""
    terms = _terms()
    return terms.get(language, terms["en"])[section].get(key, key.replace("_", " "))


def file_label(what: str, number: int, code: str | None, language: str) -> str:
    """A file's link text: what it is ("submission", "note_verbale", "annex" with its
    number) in the page's language, and the file's language in its own:
    "Annex 1 (Français)"."""
    label = word(what, language).format(number=number)
    name = language_name(code)
    return f"{label} ({name})" if name else label


# A file its sender names an annex: "Annex 2.pdf", "Annexe - données.docx", "Anexo.pdf".
_ANNEX_NAME = re.compile(r"\b(annex|annexe|anexo|appendix|appendice|ap[ée]ndice)", re.IGNORECASE)


def file_labels(
    files: Sequence[StoredAttachment], texts: Sequence[str], state: bool, language: str
) -> list[str]:
    """Each published file's link text, the main document told apart from its annexes:
    a State's note verbale is "Note verbale"; the submission is the longest text among
    the other files not named an annex by their sender, the rest are annexes numbered in
    their order. ``texts`` are the files' own texts (empty when not known)."""
    from wgsubmit.detect.sender_words import NOTE_VERBALE

    kinds: list[str | None] = [
        "note_verbale" if state and NOTE_VERBALE.search(text[:3000]) else None for text in texts
    ]
    rest = [i for i, kind in enumerate(kinds) if kind is None]
    named = [i for i in rest if not _ANNEX_NAME.search(files[i].filename or "")]
    if named or (rest and len(rest) == len(files)):  # a lone "Annex.pdf" is still the submission
        main = max(named or rest, key=lambda i: (files[i].text_chars or 0, -i))
        kinds[main] = "submission"
    labels = []
    annexes = 0
    for a, kind in zip(files, kinds, strict=True):
        if kind is None:
            annexes += 1
        labels.append(file_label(kind or "annex", annexes, a.language, language))
    return labels


class Reason(str):
    """Why a submission is kept off the page: a str in English, as the terminal and
    `serve` show it, that can also be said in the page's language (the register). Its
    words are data/words.toml's [LANG.reasons], filled with its fields; a ``kind`` field
    is a kind's code, said as the kind's word."""

    code: str
    fields: dict[str, str]

    def __new__(cls, code: str, **fields: object) -> Reason:
        values = {key: str(value) for key, value in fields.items()}
        reason = super().__new__(cls, _reason_text(code, values, "en"))
        reason.code, reason.fields = code, values
        return reason

    def said_in(self, language: str) -> str:
        return _reason_text(self.code, self.fields, language)

    def __getnewargs_ex__(self) -> tuple[tuple[str], dict[str, str]]:  # copied, pickled
        return (self.code,), self.fields


def _reason_text(code: str, fields: dict[str, str], language: str) -> str:
    if "kind" in fields:
        kind = term("kind", fields["kind"], language)
        fields = {**fields, "kind": kind[:1].lower() + kind[1:]}
    return term("reasons", code, language).format(**fields)
