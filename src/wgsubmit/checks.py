"""What to look at before the page goes out: mistakes the publication rules let through
because nothing in them is wrong, only unlikely.

`publication.judge` says whether a submission may go on the page; these checks say what
on the page may be wrong: a State under another State's name, a person's name where an
organisation's belongs, a name cut short, a request that speaks of anonymity on an entry
published under its name, a document nobody could read. Each is a pure function of the
stored records and returns `Finding`s; `export --check` prints them and the pre-publish page
of `serve` shows them. The name rules are the detectors' own (`detect/names`,
`detect/name_edges`, `detect/acronyms`), asked of the name as it will be published.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wgsubmit.domain import STATE_TYPES
from wgsubmit.publication import published_name
from wgsubmit.store import StoredMessage

if TYPE_CHECKING:
    from wgsubmit.publish import PublishList

# Types whose name on the page is an organisation's (an academic may sign as a person; a
# State is published under its UN name; an individual is a person).
ORGANISATION_TYPES = ("nhri", "international_org", "civil_society", "private_sector", "other")


@dataclass(frozen=True)
class Finding:
    """One thing to check before publishing: the entry, which check, and why, in a line."""

    id: int
    name: str  # as the page will show it
    check: str  # state_country, cycle, person_name, cut_name, acronym, identity, unread, language
    reason: str

    def line(self) -> str:
        return f"#{self.id} {self.name}: {self.check}: {self.reason}"


def state_country(message: StoredMessage) -> str | None:
    """A State whose name says another State than its country ("Mexico" with GTM), or a
    State's name on a submission that is not a State's."""
    from wgsubmit.directory import find_country, is_country_name, states

    name = (message.submitter.name or "").strip()
    country = message.submitter.country
    if message.submitter.type in STATE_TYPES:
        if country not in states():
            return f"a State with no known country ({country or 'none'}): published as “{name}”"
        named = find_country(name) if name else None
        if named is not None and named != country:
            return (
                f"its name “{name}” is {states()[named].name} ({named}) "
                f"but its country is {states()[country].name} ({country})"
            )
    elif name and is_country_name(name):
        return f"“{name}” is a State's name, on a {message.submitter.type or 'untyped'} submission"
    return None


def person_name(message: StoredMessage) -> str | None:
    """An organisation published under what reads as a person's name (often the signer's,
    or the sender's display name when no name was found)."""
    from wgsubmit.detect.name_edges import is_cut
    from wgsubmit.detect.person_words import is_person

    name = published_name(message)
    # "Defensoría del" reads as a person's ("María del"): it is first of all cut.
    if message.submitter.type in ORGANISATION_TYPES and is_person(name) and not is_cut(name):
        return f"“{name}” looks like a person's name for {message.submitter.type}"
    return None


def cut_name(message: StoredMessage) -> str | None:
    """A name that ends inside a phrase ("Centre for the"), or a lone word that only says
    what kind of body it is ("Asociación")."""
    from wgsubmit.detect.name_edges import is_cut
    from wgsubmit.detect.person_words import is_org_words

    name = published_name(message)
    if is_cut(name):
        return f"“{name}” looks cut off"
    if len(name.split()) == 1 and is_org_words(name) and not name.isupper():
        return f"“{name}” looks cut after its first word"
    return None


def acronym(message: StoredMessage) -> str | None:
    """A name that is only an acronym: readers of the page need it spelled out."""
    from wgsubmit.detect.acronyms import is_acronym

    name = published_name(message)
    if is_acronym(name):
        return f"“{name}” is only an acronym: spell it out"
    return None


def identity(message: StoredMessage) -> str | None:
    """The sentence that decided publication speaks of anonymity or of a name, yet the entry
    goes out under its name."""
    from wgsubmit.detect.cues import identity_cue

    evidence = message.publication.evidence or ""
    word = identity_cue(evidence) if evidence else None
    if word is None or "anonymous" in message.flags:
        return None
    return f"its request speaks of “{word}” but it is not anonymous: “{evidence}”"


def unread(message: StoredMessage) -> str | None:
    """Documents that could not be read, so nothing in them was checked."""
    names = [a.filename or f"attachment {a.position + 1}" for a in message.attachments if a.error]
    if names:
        return "documents that could not be read: " + ", ".join(names)
    return None


# The checks of one published entry, in the order they are shown.
ENTRY_CHECKS: tuple[tuple[str, Callable[[StoredMessage], str | None]], ...] = (
    ("state_country", state_country),
    ("person_name", person_name),
    ("cut_name", cut_name),
    ("acronym", acronym),
    ("identity", identity),
    ("unread", unread),
)
# Those about the name do not apply to an anonymous entry or a State's (its UN name).
NAME_CHECKS = ("person_name", "cut_name", "acronym")


def entry_findings(message: StoredMessage, language_ok: bool | None) -> list[Finding]:
    """Every check of one entry that goes on the page."""
    name = published_name(message)
    skip_names = "anonymous" in message.flags or message.submitter.type in STATE_TYPES
    found = [
        Finding(message.id, name, check, reason)
        for check, rule in ENTRY_CHECKS
        if not (skip_names and check in NAME_CHECKS) and (reason := rule(message)) is not None
    ]
    if language_ok is False:
        found.append(
            Finding(
                message.id, name, "language", f"in {message.language}, not a language of the call"
            )
        )
    return found


def cycles(messages: Sequence[StoredMessage]) -> list[Finding]:
    """Submissions that supersede each other in a ring: each is superseded, so none is
    published, and nothing says so."""
    by_id = {m.id: m for m in messages}
    following = {m.id: m.links.superseded_by for m in messages if m.links.superseded_by is not None}
    seen: set[int] = set()
    found = []
    for start in sorted(following):
        path: list[int] = []
        current: int | None = start
        while current is not None and current not in seen and current not in path:
            path.append(current)
            current = following.get(current)
        if current is not None and current in path:
            ring = path[path.index(current) :]
            first = min(ring)
            turn = ring.index(first)
            ordered = ring[turn:] + ring[:turn]
            shown = " → ".join(f"#{i}" for i in [*ordered, first])
            found.append(
                Finding(
                    first,
                    published_name(by_id[first]),
                    "cycle",
                    f"supersession cycle {shown}: none of them is published",
                )
            )
        seen.update(path)
    return found


def not_read(messages: Sequence[StoredMessage]) -> list[Finding]:
    """Messages stored but not read yet: what they ask is not known."""
    return [
        Finding(m.id, published_name(m), "unread", "not read yet: run `wgsubmit reprocess`")
        for m in messages
        if not m.processed
    ]


def findings(
    publish_list: PublishList,
    messages: Sequence[StoredMessage],
    language_ok: Callable[[StoredMessage], bool | None],
) -> list[Finding]:
    """Every warning before publishing: the stored messages' (unread, cycles), then each
    published entry's, in the page's order."""
    published = {v.message.id: v.message for v in publish_list.verdicts if v.published}
    found = not_read(messages) + cycles(messages)
    for entry in publish_list.entries:
        message = published[entry.id]
        found += entry_findings(message, language_ok(message))
    return found
