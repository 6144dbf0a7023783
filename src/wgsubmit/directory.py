"""Who is who among submitters: the UN Member and observer States under their UN names,
and the UN entities, intergovernmental organizations and NHRIs that a name or a mail
domain settles. Data files in `wgsubmit.data`, each naming its sources."""

from __future__ import annotations

import csv
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class State:
    iso3: str
    name: str  # UN English short name
    observer: bool


@dataclass(frozen=True)
class Organization:
    name: str
    type: str  # international_org, nhri or other
    country: str | None
    names: tuple[str, ...]
    domains: tuple[str, ...]
    by_name: bool = True


@cache
def _state_rows() -> tuple[dict[str, str], ...]:
    text = resources.files("wgsubmit.data").joinpath("states.tsv").read_text("utf-8")
    lines = (line for line in text.splitlines() if not line.startswith("#"))
    return tuple(csv.DictReader(lines, delimiter="\t"))


@cache
def states() -> dict[str, State]:
    return {
        r["iso3"]: State(r["iso3"], r["name"], r["status"] == "observer") for r in _state_rows()
    }


@cache
def _country_names() -> dict[str, str]:
    """Every name a State goes by, in English, French, Spanish and Portuguese (CLDR
    through Babel), folded to lower case, with its ISO code."""
    import pycountry
    from babel import Locale

    # Portuguese too: Lusophone missions write their notes in Portuguese.
    locales = [Locale(code) for code in ("en", "fr", "es", "pt")]
    names: dict[str, str] = {}
    for row in _state_rows():
        iso3 = row["iso3"]
        found = [row["name"], *_also(row)]
        country = pycountry.countries.get(alpha_3=iso3)
        if country is not None:
            found += [
                getattr(country, attr)
                for attr in ("name", "common_name", "official_name")
                if hasattr(country, attr)
            ]
            found += [
                locale.territories[country.alpha_2]
                for locale in locales
                if country.alpha_2 in locale.territories
            ]
        for name in found:
            names.setdefault(name.casefold(), iso3)
            if "," in name:  # "Bolivia, Plurinational State of"
                names.setdefault(name.split(",")[0].casefold(), iso3)
    return names


def _also(row: dict[str, str]) -> list[str]:
    return [name for name in (row["also"] or "").split("|") if name]


@cache
def _acronyms() -> frozenset[str]:
    """Short forms written in capitals ("UK", "DRC"): they count only as written."""
    return frozenset(n.casefold() for row in _state_rows() for n in _also(row) if n.isupper())


@cache
def _country_pattern() -> re.Pattern[str]:
    names = sorted(_country_names(), key=len, reverse=True)
    return re.compile(
        r"(?<!\w)(" + "|".join(re.escape(n) for n in names) + r")(?![\w'’])", re.IGNORECASE
    )


def is_country_name(text: str) -> bool:
    """Whether a text is, whole, a name a State goes by."""
    return text.strip().casefold() in _country_names()


def find_country(text: str) -> str | None:
    """The first State named in a text (a capitalised name; an acronym as written)."""
    for match in _country_pattern().finditer(text):
        word = match.group(0)
        if not word[0].isupper():
            continue
        if word.casefold() in _acronyms() and not word.isupper():  # "Uk" is not the UK
            continue
        return _country_names()[word.casefold()]
    return None


def country_of_domain(domain: str) -> str | None:
    """The country of a national mail domain: `mfa.gr`, `cancilleria.gov.co`."""
    import pycountry

    tld = domain.rsplit(".", 1)[-1].upper()
    if len(tld) != 2:
        return None
    country = pycountry.countries.get(alpha_2={"UK": "GB"}.get(tld, tld))
    return country.alpha_3 if country and country.alpha_3 in states() else None


@cache
def organizations() -> tuple[Organization, ...]:
    data = tomllib.loads(
        resources.files("wgsubmit.data").joinpath("organizations.toml").read_text("utf-8")
    )
    return tuple(
        Organization(
            entry["name"],
            kind,
            entry.get("country"),
            tuple(entry.get("names", ())),
            tuple(entry.get("domains", ())),
            entry.get("by_name", True),
        )
        for key, kind in (
            ("international", "international_org"),
            ("nhri", "nhri"),
            ("other", "other"),
        )
        for entry in data.get(key, [])
    )


def known_by_domain(domain: str) -> Organization | None:
    """The listed organization whose domain this is (the most specific one wins)."""
    best: Organization | None = None
    best_length = 0
    for org in organizations():
        for known in org.domains:
            if (domain == known or domain.endswith("." + known)) and len(known) > best_length:
                best, best_length = org, len(known)
    return best


def known_by_name(text: str) -> tuple[Organization, str] | None:
    """The listed organization a text names; the longest name found wins ("CIDH" over the
    "OEA" it belongs to)."""
    if _first_words().isdisjoint(_WORD.findall(text.lower())) or not _any_name().search(text):
        return None
    best: tuple[Organization, str] | None = None
    for org, name, pattern in _name_patterns():
        if best is not None and len(name) <= len(best[1]):
            continue
        if pattern.search(text):
            best = (org, name)
    return best


@cache
def _name_patterns() -> tuple[tuple[Organization, str, re.Pattern[str]], ...]:
    """Every name of every organization known by name, compiled once: each text is searched
    for all of them, too many for the re module's own cache."""
    return tuple(
        (org, name, _name_pattern(name))
        for org in organizations()
        if org.by_name  # not the call's own office: every message names it
        for name in (org.name, *org.names)
    )


_WORD = re.compile(r"\w+")


@cache
def _first_words() -> frozenset[str]:
    """The first word of every name: a name found in a text begins on a word of it, so a
    text without any of these words names no organization (a set lookup per word instead
    of the search of all names at every word)."""
    return frozenset(_WORD.findall(name.lower())[0] for _, name, _ in _name_patterns())


@cache
def _any_name() -> re.Pattern[str]:
    """Every name at once, in any case: a text it finds nothing in names no organization,
    and most texts name none (one search instead of one for each of some 350 names)."""
    names = sorted({name for _, name, _ in _name_patterns()}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?!\w)", re.I)


def _name_pattern(name: str) -> re.Pattern[str]:
    if len(name) <= 6:  # an acronym counts only as written, not inside a registration
        # number's code ("RCCM NE-NIM-2014-B-1021")
        return re.compile(rf"(?<![\w/])(?<!\d-){re.escape(name)}(?![\w/])(?!-[\w-]*\d)")
    return re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)


@cache
def free_mail_domains() -> frozenset[str]:
    """The mail providers anyone can use (data/free_mail.txt): a shared domain there says
    nothing about the person or the organization."""
    text = resources.files("wgsubmit.data").joinpath("free_mail.txt").read_text("utf-8")
    lines = (line.split("#", 1)[0].strip().lower() for line in text.splitlines())
    return frozenset(line for line in lines if line)


def is_free_mail(domain: str) -> bool:
    """A provider's domain, also under the label reserved for documentation and tests
    (RFC 2606: "gmail.example.com" can only stand for gmail.com)."""
    domain = domain.strip().lower()
    return domain in free_mail_domains() or domain.replace(".example.", ".") in free_mail_domains()


@cache
def _names_in_languages() -> dict[str, dict[str, str]]:
    """Each listed intergovernmental body's page name in English, French and Spanish."""
    text = resources.files("wgsubmit.data").joinpath("organization_names.tsv").read_text("utf-8")
    lines = (line for line in text.splitlines() if line and not line.startswith("#"))
    return {
        row["key"]: {language: row[language] for language in ("en", "fr", "es")}
        for row in csv.DictReader(lines, delimiter="\t")
    }


@cache
def _by_any_name() -> dict[str, str]:
    """Every name a listed intergovernmental body goes by, folded, with its key."""
    found: dict[str, str] = {}
    translated = _names_in_languages()
    for org in organizations():
        if org.type != "international_org" or org.name not in translated:
            continue
        for name in (org.name, *org.names, *translated[org.name].values()):
            found.setdefault(" ".join(name.split()).casefold(), org.name)
    return found


def name_on_page(name: str, language: str) -> str | None:
    """The name a listed intergovernmental body has on a page in that language, from the
    name it was written under ("OIM", "IOM", "Organisation internationale pour les
    migrations (OIM)"); None for any other name."""
    plain = " ".join(name.split()).casefold()
    known = _by_any_name()
    key = known.get(plain)
    whole = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", plain)
    if key is None and whole:  # "Full Name (ACRONYM)", either half
        key = known.get(whole.group(1)) or known.get(whole.group(2))
    return _names_in_languages()[key].get(language) if key else None
