"""Each call's own vocabulary, and how often a text uses it: the words of its title and
keywords that no other call has, its keywords' terms, and those of the subject fields it
takes (call_fields.toml)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache

from wgsubmit.detect.call_rules import Call, call_phrasings
from wgsubmit.detect.call_words import REPEATS
from wgsubmit.detect.call_words import Terms as _Terms
from wgsubmit.detect.call_words import fields as _fields
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
    """For each call, how often the text uses the words and terms only that call has."""
    counts = Counter(tokens)
    together = [t for t in tokens if _topical(t)]
    scores = []
    for own, terms in zip(_own_words(tuple(calls)), call_terms(tuple(calls)), strict=True):
        # Each word of the text counts once, however many of the call's words (its
        # translations: "migrants", "migrantes") it is a form of; a word that tells no
        # topic ("à bord") counts for none.
        words = sum(
            min(n, REPEATS)
            for t, n in counts.items()
            if _topical(t) and any(_matches(t, w) for w in own.get(_spelled(t)[:3], ()))
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
    given = [_own_terms(c).every_word() | t.words for c, t in zip(calls, terms, strict=True)]
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
def call_terms(calls: tuple[Call, ...]) -> list[_Terms]:
    """Each call's words and its keywords' terms, with those of the subject fields it takes
    (call_fields.toml): a field whose words or whole terms its title and keywords use at
    least twice, and clearly more than any other call's do ("children" of "unaccompanied
    children" does not give a call on children the field of migration). One word of a
    field's term is not the field: "urgence" of "hébergement d'urgence" is no call on
    homelessness. A call that takes a field is named by the symbols of its reports."""
    owns = [_own_terms(c) for c in calls]
    vocabularies = [t.every_word().union(*(filter(_topical, w) for w in t.written)) for t in owns]
    taken: list[list[_Terms]] = [[] for _ in calls]
    for field in _fields():
        touched = [_field_uses(field.every_word(), vocabulary) for vocabulary in vocabularies]
        taker = winner(touched)
        if taker is not None and _takes(field, vocabularies[taker]):
            taken[taker].append(field)
    return [
        _Terms(
            own.words.union(*(f.words for f in fields)),
            (*own.phrases, *(p for f in fields for p in f.phrases)),
            (*own.written, *(p for f in fields for p in f.written)),
            frozenset().union(*(f.reports for f in fields)),
        )
        for own, fields in zip(owns, taken, strict=True)
    ]


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


def _takes(field: _Terms, vocabulary: frozenset[str]) -> bool:
    """Whether a call's words use at least FIELD_WORDS of a field's words or whole terms
    (their words that tell a topic: "sans-abri" is a whole "sans abri")."""
    terms = [[w for w in t if _topical(w)] for t in (*field.phrases, *field.written)]
    whole = [t for t in terms if t and _field_uses(t, vocabulary) == len(t)]
    return _field_uses(field.words, vocabulary) + len(whole) >= FIELD_WORDS


@cache
def _own_terms(call: Call) -> _Terms:
    """The words of the call's title, each telling the call alone, and its keywords' words
    and terms (call_words.terms): a keyword of a few words ("wind farm", "prendas de
    vestir", "sending State") tells it only with its words together ("farm" is also a
    cotton farm's), while one with more than TERM_WORDS words that tell a topic (its title
    in another language) counts word by word, as the title does."""
    symbol = call_phrasings().symbol
    keywords = [k for k in call.keywords if not symbol.match(k.strip())]
    own = _terms_of(keywords, TERM_WORDS)
    title = frozenset(w for w in _tokens(call.title) if _topical(w))
    return _Terms(title | own.words, own.phrases, own.written)
