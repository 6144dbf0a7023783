"""Which stored message replaces, amends or may replace which.

Pure: rows in, links out. Links follow the order in which the server received the
messages (never the order they were stored in), the thread's headers and subject, and
the sender's address. A shared mail domain never links two people; a later message from
another address under the same name that says it replaces an earlier one only holds that
one for an officer. Officers' decisions are fixed points that no link crosses.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from wgsubmit.directory import is_free_mail
from wgsubmit.domain import Kind
from wgsubmit.records import Confidentiality

# "Re:", "Fwd:", "RE :", "TR:", "RV:", "AW:", "WG:", "Re[2]:" ... as mail programs write them.
_REPLY_PREFIX = re.compile(
    r"^\s*((re|fwd?|tr|rv|aw|wg|sv|antw|rif|enc|res)\s*(\[\d+\])?\s*:\s*)+", re.IGNORECASE
)
_MESSAGE_ID = re.compile(r"<[^<>\s]+>")


@dataclass(frozen=True)
class LinkRow:
    """What linking needs to know of one stored message."""

    id: int
    received_at: dt.datetime | None
    address: str | None
    name: str | None  # the sender's display name
    subject: str | None
    message_id: str | None
    replies_to: str  # the In-Reply-To and References headers, as sent
    kind: str | None
    duplicate: bool
    says_revision: bool
    amendment: Confidentiality | None  # the request of a note with nothing to publish
    superseded_by: int | None
    superseded_by_officer: bool  # an officer decided whether (and by what) it is replaced


@dataclass(frozen=True)
class Links:
    """The automatic links among a set of messages; every one not named here has none."""

    superseded_by: Mapping[int, int] = field(default_factory=dict)  # earlier -> later
    held_by: Mapping[int, int] = field(default_factory=dict)  # earlier -> later, for an officer
    amends: Mapping[int, int] = field(default_factory=dict)  # note -> submission
    holding: frozenset[int] = frozenset()  # the notes that hold a submission: not their own


# (later, earlier): whether the later message's main document is mostly the earlier's text.
SameDocument = Callable[[int, int], bool]


def thread_subject(subject: str | None) -> str:
    """The subject without reply and forward prefixes, compared loosely."""
    return " ".join(_REPLY_PREFIX.sub("", subject or "").split()).casefold()


def message_ids(text: str | None) -> tuple[str, ...]:
    return tuple(_MESSAGE_ID.findall(text or ""))


@lru_cache(maxsize=65536)  # every batch's links look at every stored sender's name
def name_key(name: str | None) -> str | None:
    """A display name as a person's or organization's name, compared without accents, case
    or punctuation; None when it names nobody in particular (one word, an address)."""
    if not name or "@" in name:
        return None
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    words = re.findall(r"\w+", plain.casefold())
    return " ".join(words) if len(words) >= 2 else None


def received_order(rows: Iterable[LinkRow]) -> list[LinkRow]:
    """By received time; messages without one after those with one, then by id."""
    far = dt.datetime.max.replace(tzinfo=dt.UTC)
    return sorted(rows, key=lambda r: (r.received_at is None, r.received_at or far, r.id))


@dataclass(frozen=True)
class Sender:
    """Who sent one stored message: what decides which messages may be linked at all."""

    id: int
    address: str | None
    name: str | None


def scope(senders: Sequence[Sender], touched: Iterable[int]) -> set[int]:
    """The messages whose links may change when these were read: every message reachable
    from them through a shared sender address, display name or organisation's domain."""
    return SenderIndex(senders).scope(touched)


class SenderIndex:
    """Which stored messages share a sender address, display name or organisation's
    domain. A run keeps one and updates it with each batch it saves, instead of reading
    every stored sender again for each batch's links."""

    def __init__(self, senders: Iterable[Sender]) -> None:
        self._members: dict[str, set[int]] = {}
        self._keys: dict[int, list[str]] = {}
        self.update(senders)

    def update(self, senders: Iterable[Sender]) -> None:
        """These messages' senders as they are stored now (read again, or new)."""
        for sender in senders:
            for key in self._keys.get(sender.id, []):
                self._members[key].discard(sender.id)
            own = [f"address:{a}" for a in _address(sender)]
            own += [f"name:{n}" for n in _name(sender)]
            own += [f"domain:{d}" for d in _domains(sender)]
            self._keys[sender.id] = own
            for key in own:
                self._members.setdefault(key, set()).add(sender.id)

    def scope(self, touched: Iterable[int]) -> set[int]:
        found = set(touched)
        todo = list(found)
        seen_keys: set[str] = set()
        while todo:
            for key in self._keys.get(todo.pop(), []):
                if key in seen_keys:
                    continue
                seen_keys.add(key)
                fresh = self._members[key] - found
                found.update(fresh)
                todo.extend(fresh)
        return found


def compute(rows: Sequence[LinkRow], same_document: SameDocument) -> Links:
    """Every automatic link among these messages, taken in received order.

    A submission that says it replaces an earlier one, or whose document is mostly the
    same text, supersedes the earlier submission from the same address (the one its
    thread points at, else the latest). A note that only changes the publication request
    amends the earlier submission from the same address. From another address under the
    same name (or, failing one, at the same organisation's mail domain), a revision, or a
    note that asks for more than consent (no name, confidentiality, or something unclear),
    only holds that submission for an officer; such a note is not a submission of its own.
    """
    ordered = received_order(rows)
    chains = _Chains(ordered)
    threads = _Threads(ordered)
    by_address: dict[str, list[LinkRow]] = {}
    by_name: dict[str, list[LinkRow]] = {}
    by_domain: dict[str, list[LinkRow]] = {}
    superseded_by: dict[int, int] = {}
    held_by: dict[int, int] = {}
    amends: dict[int, int] = {}
    holding: set[int] = set()
    for i, later in enumerate(ordered):
        if later.duplicate or later.address is None or not _may_link(later):
            continue
        same_address = threads.rank(later, by_address.get(later.address, []))
        target = _replaced(later, same_address, same_document)
        if target is not None:
            head = chains.head(target, before=i)
            if later.amendment is not None:
                amends[later.id] = head
            elif not chains.fixed(head):
                chains.link(head, later.id)
                superseded_by[head] = later.id
        elif not same_address and (later.says_revision or _restricts(later)):
            key = name_key(later.name)
            namesakes = threads.rank(later, by_name.get(key, [])) if key else []
            if not namesakes and (later.says_revision or _asks_confidential(later)):
                # A colleague at the same organisation: an officer decides.
                colleagues = by_domain.get(_domain(later) or "", [])
                namesakes = threads.rank(later, [c for c in colleagues if _same_topic(later, c)])
            held = chains.head(namesakes[0].id, before=i) if namesakes else None
            if held is not None and not chains.fixed(held):
                held_by[held] = later.id
                holding.add(later.id)
        # A note with a request and nothing to amend or hold is a submission of its own.
        note = later.amendment is not None and later.id not in amends and later.id not in holding
        if _is_submission(later) or note:
            by_address.setdefault(later.address, []).append(later)
            for key in _name(later):
                by_name.setdefault(key, []).append(later)
            if _domain(later):
                by_domain.setdefault(_domain(later) or "", []).append(later)
    return Links(superseded_by, held_by, amends, frozenset(holding))


def _domain(row: LinkRow | Sender) -> str | None:
    """An organisation's own mail domain; never a free-mail provider's."""
    return _own_domain((row.address or "").rpartition("@")[2].lower())


@lru_cache(maxsize=65536)
def _own_domain(domain: str) -> str | None:
    return domain if domain and not is_free_mail(domain) else None


# Words of a subject that say nothing of whose submission it is.
_GENERIC = re.compile(
    r"^(submissions?|inputs?|contributions?|contribución|contribuciones|aportes?|aportación|"
    r"soumissions?|calls?|llamado|appel|convocatoria|version|versión|final|finale|revised|"
    r"revisada|révisée|updated|actualizada|corrected|corregida|corrigée|new|nueva|nouvelle|"
    r"working|group|grupo|groupe|trabajo|travail|mercenaries|mercenarios|mercenaires|"
    r"testimony|testimonies|témoignages?|testimonios?|depoimentos?|statements?|"
    r"the|for|and|from|our|des|del|los|las|para|pour|sur|por|with|call|wg|ohchr|un)$",
    re.IGNORECASE,
)


def _same_topic(later: LinkRow, earlier: LinkRow) -> bool:
    """Two colleagues' messages about one submission: in one thread, or with a subject
    word that names it (the organisation, the topic), not only "Submission"."""
    if set(message_ids(later.replies_to)) & set(message_ids(earlier.message_id)):
        return True

    def words(row: LinkRow) -> set[str]:
        found = re.findall(r"\w{3,}", thread_subject(row.subject).casefold())
        return {w for w in found if not _GENERIC.match(w)}

    return bool(words(later) & words(earlier))


def _domains(row: LinkRow | Sender) -> set[str]:
    domain = _domain(row)
    return {domain} if domain else set()


def _may_link(row: LinkRow) -> bool:
    return _is_submission(row) or row.amendment is not None


# What a later note may ask that holds its namesake's submission for an officer: anything
# stricter than consent (a request to leave the name out, to keep it confidential, or one
# that is unclear, such as "we may withdraw parts").
_RESTRICTING = frozenset({"confidential", "unclear", "anonymous"})


def _restricts(row: LinkRow) -> bool:
    return row.amendment is not None and row.amendment.value in _RESTRICTING


def _asks_confidential(row: LinkRow) -> bool:
    """A request that keeps a text back, or one no rule resolves ("do not publish it, and
    in the meantime ..."): either holds a colleague's submission for an officer."""
    return row.amendment is not None and row.amendment.value in ("confidential", "unclear")


def _replaced(later: LinkRow, choices: list[LinkRow], same_document: SameDocument) -> int | None:
    """The earlier submission from the same address that this message replaces or amends."""
    if not choices:
        return None
    if later.says_revision or later.amendment is not None:
        return choices[0].id
    return next((c.id for c in choices if same_document(later.id, c.id)), None)


class _Chains:
    """Which submission replaces which, so far: an officer's word, then the automatic links
    made in received order."""

    def __init__(self, ordered: Sequence[LinkRow]) -> None:
        self._position = {row.id: i for i, row in enumerate(ordered)}
        self._fixed = {r.id for r in ordered if r.superseded_by_officer}
        # Only an officer's links stand: the automatic ones are being made again.
        self._next = {
            r.id: r.superseded_by
            for r in ordered
            if r.superseded_by_officer and r.superseded_by is not None
        }

    def fixed(self, message: int) -> bool:
        return message in self._fixed

    def link(self, earlier: int, later: int) -> None:
        self._next[earlier] = later

    def head(self, start: int, before: int) -> int:
        """The latest version received before position ``before`` of ``start``'s chain."""
        current, seen = start, {start}
        while True:
            following = self._next.get(current)
            if following is None or following in seen:
                return current
            if self._position.get(following, before) >= before:
                return current
            seen.add(following)
            current = following


def _is_submission(row: LinkRow) -> bool:
    return row.kind == Kind.SUBMISSION and not row.duplicate and row.amendment is None


def _address(row: LinkRow | Sender) -> set[str]:
    return {row.address.lower()} if row.address else set()


def _name(row: LinkRow | Sender) -> set[str]:
    key = name_key(row.name)
    return {key} if key else set()


class _Threads:
    """Which messages are in one thread, by Message-ID, In-Reply-To and References."""

    def __init__(self, rows: Sequence[LinkRow]) -> None:
        self._parent: dict[str, str] = {}
        self._ids = {r.id: message_ids(r.message_id)[:1] for r in rows}
        for row in rows:
            for other in message_ids(row.replies_to):
                for own in self._ids[row.id]:
                    self._join(own, other)

    def _find(self, key: str) -> str:
        root = key
        while self._parent.get(root, root) != root:
            root = self._parent[root]
        self._parent[key] = root
        return root

    def _join(self, a: str, b: str) -> None:
        self._parent[self._find(a)] = self._find(b)

    def _thread(self, row: LinkRow) -> str | None:
        own = self._ids.get(row.id) or message_ids(row.message_id)[:1]
        return self._find(own[0]) if own else None

    def rank(self, later: LinkRow, candidates: list[LinkRow]) -> list[LinkRow]:
        """Candidates (in received order) best first: those the later message answers or
        shares a thread with, then those with its subject, then the latest."""
        thread = self._thread(later)
        answered = set(message_ids(later.replies_to))
        subject = thread_subject(later.subject)

        def rank(row: LinkRow) -> int:
            if set(message_ids(row.message_id)) & answered:
                return 0
            if thread is not None and self._thread(row) == thread:
                return 1
            return 2 if subject and thread_subject(row.subject) == subject else 3

        newest_first = list(reversed(candidates))
        return sorted(newest_first, key=rank)  # stable: the latest first within each rank
