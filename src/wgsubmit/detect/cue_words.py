"""The words of cues.toml, read once, each pattern behind a gate of its plain branches so
that a sentence holding none of them costs one scan; a pattern matches its words also
typed without their accents (`unaccented`, `with_unaccented`, which the other rule
tables use too)."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

from wgsubmit.detect.prefilter import Gate, Lazy, alternatives


@dataclass(frozen=True)
class CuePatterns:
    publication: Gate
    identity: Gate
    writer: Gate
    showing: Gate
    anchors: Gate
    opening: Gate
    hesitation: Gate
    terms: Gate
    exposure: Gate
    elided: Gate
    audience: Gate
    forbidding: Gate
    prohibition: Gate
    handling: Gate
    reach: Gate
    topic: Gate
    subject: Gate
    subject_stop: Gate
    rights: Gate
    papers: Gate
    data_handling: Gate
    own: Gate
    sent: Gate
    foreign: tuple[tuple[str, Gate], ...]
    broad: dict[str, Gate]
    marks: Gate
    asks: Gate
    restraint: Gate
    restraint_not: Gate
    request: Gate
    request_object: Gate
    request_harmless: Gate
    told: Gate
    told_not: Gate
    persons: Gate
    guarded: Gate
    exposed_if: Gate
    exposed_harm: Gate
    authorship: Gate
    taking_out: Gate


@cache
def cue_patterns() -> CuePatterns:
    data = tomllib.loads(
        resources.files("wgsubmit.detect").joinpath("cues.toml").read_text("utf-8")
    )

    def compiled(pattern: str, bare: bool = True) -> Gate:
        branches = alternatives(pattern)
        if bare:
            branches = list(dict.fromkeys(b for each in branches for b in (each, unaccented(each))))
        whole = with_unaccented(pattern) if bare else pattern
        return Gate(Lazy(whole, re.IGNORECASE), branches)

    cues, disclaimer = data["cues"], data["disclaimer"]
    return CuePatterns(
        publication=compiled(cues["publication"]),
        identity=compiled(cues["identity"]),
        writer=compiled(cues["writer"]),
        showing=compiled(cues["showing"]),
        anchors=compiled(cues["anchors"]),
        opening=compiled(cues["opening"]),
        hesitation=compiled(cues["hesitation"]),
        terms=compiled(f"{cues['terms']}|{cues['purpose']}"),
        exposure=compiled(cues["exposure"]),
        elided=compiled(cues["elided"]),
        audience=compiled(f"{cues['audience']}|{cues['reader_only']}|{cues['within']}"),
        forbidding=compiled(cues["forbidding"]),
        prohibition=compiled(cues["prohibition"]),
        handling=compiled(cues["handling"]),
        reach=compiled(cues["reach"]),
        topic=compiled(f"{cues['topic']}|{cues['papers']}|{cues['world']}"),
        subject=compiled(cues["subject"]),
        subject_stop=compiled(cues["subject_stop"]),
        rights=compiled(cues["rights"]),
        papers=compiled(f"{cues['papers']}|{cues['world']}"),
        data_handling=compiled(cues["data_handling"]),
        own=compiled(cues["own"].replace("{writer}", data["persons"]["writer"])),
        sent=compiled(cues["sent"]),
        # Other languages' words keep their accents: "publicaç" unaccented is Spanish.
        foreign=tuple((code, compiled(p, False)) for code, p in data["foreign"].items()),
        broad={code: compiled(p, False) for code, p in data["foreign_broad"].items()},
        marks=compiled(disclaimer["marks"]),
        asks=compiled(disclaimer["asks"]),
        restraint=compiled(disclaimer["restraint"]),
        restraint_not=compiled(disclaimer["restraint_not"]),
        request=compiled(disclaimer["request"]),
        request_object=compiled(disclaimer["request_object"]),
        request_harmless=compiled(disclaimer["request_harmless"]),
        told=compiled(cues["told"]),
        told_not=compiled(cues["told_not"]),
        persons=compiled(r"\b({writer}|{reader}|{this})\b".format_map(data["persons"])),
        guarded=compiled(cues["guarded"]),
        exposed_if=compiled(cues["exposed_if"]),
        exposed_harm=compiled(cues["exposed_harm"]),
        authorship=compiled(cues["authorship"]),
        taking_out=compiled(cues["taking_out"]),
    )


def unaccented(text: str) -> str:
    """The text with its accents dropped ("publicación" -> "publicacion")."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def with_unaccented(pattern: str) -> str:
    """A pattern that also matches its words typed without their accents, as hurried
    writers and some keyboards do ("publicacion", "reserve", "no esta destinado")."""
    bare = unaccented(pattern)
    return pattern if bare == pattern else f"(?:{pattern})|(?:{bare})"
