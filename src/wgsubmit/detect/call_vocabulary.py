"""Each call's own vocabulary, and how often a text uses it: the words of its title and
keywords that no other call has, its keywords' terms, and those of the subject fields it
takes (call_fields.toml); and the frames in force among the calls (calls.toml), whose
words tell none of them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

from wgsubmit.detect.call_rules import Call, call_phrasings
from wgsubmit.detect.call_words import NO_FRAME, REPEATS
from wgsubmit.detect.call_words import Terms as _Terms
from wgsubmit.detect.call_words import fields as _fields
from wgsubmit.detect.call_words import frame_names as _frame_names
from wgsubmit.detect.call_words import frames_held as _frames_held
from wgsubmit.detect.call_words import matches as _matches
from wgsubmit.detect.call_words import phrase_score as _phrase_score
from wgsubmit.detect.call_words import spelled as _spelled
from wgsubmit.detect.call_words import terms as _terms_of
from wgsubmit.detect.call_words import tokens as _tokens
from wgsubmit.detect.call_words import topical as _topical
from wgsubmit.detect.call_words import written_score as _written_score

FIELD_WORDS = 2  # a call takes a subject field whose words its title and keywords use this often
SHARE = 2.0  # one call's evidence must be at least twice the next one's ...
MARGIN = 2  # ... and this much more, unless the others have none


# A keyword of several words is a term, unless more than this many of its words tell a
# topic: then it is a title in another language.
TERM_WORDS = 3


def word_scores(tokens: Sequence[str], calls: Sequence[Call]) -> list[int]:
    """For each call, how often the text uses the words and terms only that call has
    (`tokens`: the text's, read with the calls' frames in force)."""
    frames = frames_in_force(tuple(calls))
    counts = Counter(tokens)
    together = [t for t in tokens if _topical(t, frames)]
    scores = []
    for own, terms in zip(_own_words(tuple(calls)), call_terms(tuple(calls)), strict=True):
        # Each word of the text counts once, however many of the call's words (its
        # translations: "migrants", "migrantes") it is a form of; a word that tells no
        # topic ("à bord") counts for none.
        words = sum(
            min(n, REPEATS)
            for t, n in counts.items()
            if _topical(t, frames) and any(_matches(t, w) for w in own.get(_spelled(t)[:3], ()))
        )
        phrases = _phrase_score(together, terms.phrases) + _written_score(tokens, terms.written)
        scores.append(words + phrases)
    return scores


@lru_cache(maxsize=16)
def _own_words(calls: tuple[Call, ...]) -> list[dict[str, list[str]]]:
    """Each call's words that no other call has, by their first letters: two words are
    forms of one only when they begin alike."""
    terms = call_terms(calls)
    # A call's words: its single words (its own and its fields') and the words of its own
    # keywords' terms. A word another call has among them is its word too ("schools" of
    # "low-fee private schools"): the whole mandate's, it tells neither call. A field's
    # terms take no word ("enfants" of "enfants non accompagnés" still tells a call on
    # children).
    frames = frames_in_force(calls)
    given = [
        _own_terms(c, frames).every_word() | t.words for c, t in zip(calls, terms, strict=True)
    ]
    owns = []
    for i, words in enumerate(t.words for t in terms):
        theirs = [w for j, g in enumerate(given) if j != i for w in g]
        own: dict[str, list[str]] = {}
        for w in sorted(words):
            if not any(_matches(w, t) for t in theirs):
                own.setdefault(_spelled(w)[:3], []).append(w)
        owns.append(own)
    return owns


@lru_cache(maxsize=16)
def frames_in_force(calls: tuple[Call, ...]) -> frozenset[str]:
    """The frames (calls.toml) that every one of the calls, two at least, holds: one of a
    frame's words in its title or keywords ("access to remedy …", "due diligence in …"),
    or a subject field of its mandate among those it takes ("Homelessness and its
    criminalisation" takes the field of homelessness, the right to housing's). There its
    words are every call's and tell none; elsewhere they are a topic's as any word is:
    "effective remedies for migrants" beside a call on migrants and disasters, a call on
    policing protests beside one on mines."""
    if len(calls) < 2:
        return NO_FRAME
    fields = _fields(NO_FRAME)
    held = [
        _frames_held("\n".join((c.title, *c.keywords)))
        | {fields[f].frame for f in taken if fields[f].frame}
        for c, taken in zip(calls, _taken(calls), strict=True)
    ]
    return frozenset.intersection(*held)


@lru_cache(maxsize=16)
def call_terms(calls: tuple[Call, ...]) -> list[_Terms]:
    """Each call's words and its keywords' terms, with those of the subject fields it takes
    (`_taken`), read with the calls' frames in force. A call that takes a field is named
    by the symbols of its reports."""
    frames = frames_in_force(calls)
    every = _fields(frames)
    owns = [_own_terms(c, frames) for c in calls]
    taken = [[every[f] for f in fields] for fields in _taken(calls)]
    return [
        _Terms(
            own.words.union(*(f.words for f in fields)),
            (*own.phrases, *(p for f in fields for p in f.phrases)),
            (*own.written, *(p for f in fields for p in f.written)),
            frozenset().union(*(f.reports for f in fields)),
        )
        for own, fields in zip(owns, taken, strict=True)
    ]


@lru_cache(maxsize=16)
def _taken(calls: tuple[Call, ...]) -> list[list[int]]:
    """The subject fields (call_fields.toml) each call takes, by their place: a field
    whose words or whole terms its title and keywords use at least twice, and clearly more
    than any other call's do ("children" of "unaccompanied children" does not give a call
    on children the field of migration). One word of a field's term is not the field:
    "urgence" of "hébergement d'urgence" is no call on homelessness. Every frame's words
    are aside here, in force or not: a mandate's own words ("housing", "casa", "remedies")
    run through the terms of many of its fields ("housing first", "casa del migrante") and
    tell none of them. A field that two calls' words both use enough to take is the
    subject they share (two calls on migrants: the words of migration), and neither's."""
    frames = _frame_names()
    owns = [_own_terms(c, frames) for c in calls]
    vocabularies = [
        t.every_word().union(*((w for w in term if _topical(w, frames)) for term in t.written))
        for t in owns
    ]
    taken: list[list[int]] = [[] for _ in calls]
    for f, field in enumerate(_fields(frames)):
        touched = [_field_uses(field.every_word(), vocabulary) for vocabulary in vocabularies]
        taker = winner(touched)
        shared = any(_takes(field, v, frames) for i, v in enumerate(vocabularies) if i != taker)
        if taker is not None and _takes(field, vocabularies[taker], frames) and not shared:
            taken[taker].append(f)
    return taken


def winner(scores: Sequence[int], floor: int = 1) -> int | None:
    """The call whose evidence clearly outweighs every other's, if one does."""
    ranked = sorted(range(len(scores)), key=lambda i: scores[i], reverse=True)
    best = scores[ranked[0]]
    runner = scores[ranked[1]] if len(ranked) > 1 else 0
    if best < floor:
        return None
    if runner == 0 or (best >= SHARE * runner and best - runner >= MARGIN):
        return ranked[0]
    return None


def _field_uses(words: Iterable[str], vocabulary: frozenset[str]) -> int:
    return sum(any(_matches(w, v) for v in vocabulary) for w in words)


def _takes(field: _Terms, vocabulary: frozenset[str], frames: frozenset[str]) -> bool:
    """Whether a call's words use at least FIELD_WORDS of a field's words or whole terms
    (their words that tell a topic: "sans-abri" is a whole "sans abri")."""
    terms = [[w for w in t if _topical(w, frames)] for t in (*field.phrases, *field.written)]
    whole = [t for t in terms if t and _field_uses(t, vocabulary) == len(t)]
    return _field_uses(field.words, vocabulary) + len(whole) >= FIELD_WORDS


@lru_cache(maxsize=256)
def _own_terms(call: Call, frames: frozenset[str]) -> _Terms:
    """The words of the call's title, each telling the call alone, and its keywords' words
    and terms (call_words.terms): a keyword of a few words ("wind farm", "prendas de
    vestir", "sending State") tells it only with its words together ("farm" is also a
    cotton farm's), while one with more than TERM_WORDS words that tell a topic (its title
    in another language) counts word by word, as the title does; with the `frames` in
    force among the calls it is read with."""
    symbol = call_phrasings().symbol
    keywords = [k for k in call.keywords if not symbol.match(k.strip())]
    own = _terms_of(keywords, TERM_WORDS, frames)
    title = frozenset(w for w in _tokens(call.title, frames) if _topical(w, frames))
    return _Terms(title | own.words, own.phrases, own.written)
