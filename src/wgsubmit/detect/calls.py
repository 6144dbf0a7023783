"""Which of the mandate's calls a submission answers, when several share one mailbox.

A sender says it: a report's symbol ("A/HRC/45/9", or "A/HRC/60/XX" for a call keyed by
its session), the subject, the document's title, a sentence naming "the call for inputs
on …"; failing that, the submission's topic shares its words with one call's title and
keywords and the words of its subject field (call_fields.toml: "deportation", "vuelos de
expulsión", "sites aurifères"), and not the others'. Words are compared whole, as forms
of one word in English, French or Spanish ("frontière", "frontières"; "fronteras",
"frontera"): "à bord" is not "border" (call_words). What a sender sets aside ("we
usually report on the mines' guards, but this input is about something else") is not
its topic.
Words every call has ("private military and security companies") tell nothing, nor does
the frame of every call on business and human rights ("access to remedy for affected
communities", "due diligence in supply chains", though "access" to information may be a
call's), nor the words every call on the right to housing shares ("housing", "tenants",
"evictions", "informal settlements"), nor those of every call on the freedoms of peaceful
assembly and of association ("associations", "civil society", "protests"), among the
calls of that mandate (a frame is in force only where every call holds it: beside a call
on migrants and disasters, "effective remedies for migrants" is a call's subject), nor a
keyword's word apart from its term ("farm" of
"wind farm", "sending" of "sending State"), nor the names the sender signs with. A subject
line, or a report of the sender's own ("our report on …"), tells a topic rather than a
call: it holds for this call only when the submission's words clearly outweigh another
call's, and for another call only when none of its words are this call's (this call's
officer sees the rest); a call named as such ("in response to your call for inputs on …")
holds unless they weigh as much. It fails closed: a call named while the topic reads as
much another's, a few words of another call, a call named that no call's words explain, or
nothing at all while another call is open, all make "unclear"; an officer decides, and the
submission stays off the page meanwhile. Once the other calls have closed, a submission
goes by the time only when each of its sentences is the mail's formulas or the mandate's
common frame (regulation, accountability, remedy): a sentence on anything else may be a
late answer to a closed call whose words the store lacks. A reply whose own words tell
nothing answers the call its sender's earlier mail tells, or the one the secretariat's
message it quotes names (an acknowledgement of receipt of a submission "to the call for
inputs on …").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from wgsubmit.detect.call_dates import cites_note_of
from wgsubmit.detect.call_rules import Call as Call
from wgsubmit.detect.call_rules import Said as Said
from wgsubmit.detect.call_rules import call_phrasings
from wgsubmit.detect.call_vocabulary import call_terms, frames_in_force, word_scores
from wgsubmit.detect.call_vocabulary import winner as _winner
from wgsubmit.detect.call_words import matches as _matches
from wgsubmit.detect.call_words import phrase_words as _phrase_words
from wgsubmit.detect.call_words import tokens as _tokens
from wgsubmit.detect.call_words import topical as _topical
from wgsubmit.detect.call_words import written_words as _written_words
from wgsubmit.detect.sender_words import SIGN_OFF
from wgsubmit.records import CallAnswer

VALUES = ("this", "other", "unclear", "before")  # of CallAnswer.value
# A submission to another call may come late to it; it is "open" this long after its deadline.
LATE_GRACE = dt.timedelta(days=30)
TITLE_CHARS = 400  # at most this much of the document's first paragraph is its title
# A sentence of this many words that neither the calls, the mail's formulas nor the
# mandate's frame explain speaks of a topic: a greeting or a name signed does not.
UNPLACED_WORDS = 3
SIGN_OFF_CHARS = 40  # a sign-off is a short line ("Kind regards,") ...
SIGNED_LINES = 6  # ... followed by a few short lines of names and titles
SIGNED_CHARS = 90
SENTENCE = re.compile(r"(?<=[.!?:;])\s+|\n\s*\n")
ENDED = re.compile(r"[.!?](?=\s|$)")  # a sentence ends here
QUOTED_CHARS = 120  # of the sentence shown to the officer as the reason
# A topic is told by one of a call's words in a short text, by one more for each thousand
# words of a long one: a word in passing does not make a report on another topic this call's.
TOPIC_WORDS = 1000


def decide(
    said: Said,
    received_at: dt.datetime | None,
    this: Call,
    others: Sequence[Call] = (),
    opened: dt.datetime | None = None,
) -> CallAnswer:
    """The call this submission answers, and how that was told. What the sender says (a
    report's symbol, the note of the day this call `opened` on, in the call's time zone,
    else the words by which it names a call) decides, unless its topic clearly belongs to
    another call: then an officer decides."""
    if opened is not None and received_at is not None and received_at < opened:
        return CallAnswer("before", f"received before the call opened ({opened.date()})", "time")
    if not others:
        return CallAnswer("this")
    calls = [this, *others]
    said = _set_aside(_unsigned(said))
    whole = "\n".join((said.subject, said.body, said.document))
    tokens = _words(whole, calls)
    topics = word_scores(tokens, calls)
    symbol = _winner(_symbol_scores(whole, calls))
    naming = _naming_text(said)
    named = _winner(word_scores(_words(naming, calls), calls))
    if symbol is not None and named not in (None, symbol):  # a report cited beside its call
        return CallAnswer("unclear", _conflict(calls[symbol], calls[named]), "symbol")
    dated = 0 if opened is not None and cites_note_of(whole, opened.date()) else None
    # A subject or a report of the sender's own tells a topic, not a call that it names.
    called = named is not None and _leads(word_scores(_words(_calling(said), calls), calls), named)
    told = [("symbol", symbol), ("named", dated), ("called" if called else "said", named)]
    for how, best in [*told, ("topic", _winner(topics, 1 + len(tokens) // TOPIC_WORDS))]:
        if best is None:
            continue
        rival = _weighed_rival(how, topics, best)
        how = "named" if how in ("called", "said") else how
        if rival is not None:
            return CallAnswer("unclear", _conflict(calls[best], calls[rival]), how)
        if best == 0:
            return CallAnswer("this", None, how)
        return CallAnswer("other", calls[best].title, how)
    if any(topics[1:]):
        titles = "; ".join(f"“{c.title}”" for c, n in zip(others, topics[1:], strict=True) if n)
        return CallAnswer("unclear", f"a few of its words are those of {titles}", "topic")
    unknown = _unknown_call(naming, calls)
    if unknown:
        return CallAnswer("unclear", f"it names a call “{unknown}” not told apart", "named")
    earlier = _quoted(said, received_at, calls, opened)
    if earlier is not None:
        return earlier
    still_open = [c for c in others if _open(c, received_at)]
    if still_open:
        titles = "; ".join(f"“{c.title}”" for c in still_open)
        return CallAnswer("unclear", f"nothing tells this call from {titles}", "nothing")
    unplaced = _unplaced(said, calls)
    if unplaced:
        # A sentence on some topic that is no call's we know of may be a late answer to a
        # closed call whose words it does not use.
        return CallAnswer(
            "unclear", f"its topic is in none of the calls' words: “{unplaced}”", "topic"
        )
    return CallAnswer("this", None, "time")


def _quoted(
    said: Said, received_at: dt.datetime | None, calls: Sequence[Call], opened: dt.datetime | None
) -> CallAnswer | None:
    """What the sender's earlier mail that a reply quotes says of its call, if it names
    one or speaks of one's topic, else the call that the secretariat's message it replies
    to names: a reply whose own words tell nothing answers that one."""
    for text, subject, hows in (
        (said.quoted, said.subject, ("named", "symbol", "topic")),
        (said.answered, "", ("named", "symbol")),
    ):
        if not text:
            continue
        earlier = decide(Said(subject, text), received_at, calls[0], calls[1:], opened)
        if earlier.value in ("this", "other") and earlier.how in hows:
            return CallAnswer(earlier.value, earlier.evidence, "thread")
    return None


def _words(text: str, calls: Sequence[Call]) -> list[str]:
    """The words of a text, read with the frames in force among the calls: "remedies" is
    a word of its topic beside a call on migrants and disasters, not among the calls on
    business and human rights."""
    return _tokens(text, frames_in_force(tuple(calls)))


def _unplaced(said: Said, calls: Sequence[Call]) -> str | None:
    """The first sentence that speaks of something none of the calls' words, the mail's
    formulas ("please find attached", "presents its compliments") nor the mandate's frame
    explain."""
    rules = call_phrasings()
    frames = frames_in_force(tuple(calls))
    text = "\n\n".join((said.subject, _before_sign_off(said.body), said.document))
    for sentence in SENTENCE.split(text):
        tokens = _tokens(sentence, frames)
        words = [t for t in tokens if len(t) >= 4 and _topical(t, frames)]
        if any(_matches(t, w) for t in words for w in rules.frame):
            continue
        known = [*_known(tokens, calls), *rules.formulas]
        unknown = [t for t in words if not any(_matches(t, w) for w in known)]
        if len(unknown) >= UNPLACED_WORDS:
            shown = " ".join(sentence.split())
            return shown if len(shown) <= QUOTED_CHARS else shown[: QUOTED_CHARS - 1] + "…"
    return None


def _before_sign_off(body: str) -> str:
    """The body without its sign-off and the names signed below it. A "Thanks" that more
    than a signature follows is kept: what follows it may be the submission's text."""
    lines = body.rstrip().splitlines()
    for i in range(len(lines) - 1, -1, -1):
        below = [line.strip() for line in lines[i + 1 :] if line.strip()]
        if len(below) > SIGNED_LINES or not all(map(_signed_line, below)):
            break
        if len(lines[i].strip()) < SIGN_OFF_CHARS and SIGN_OFF.match(lines[i]):
            return "\n".join(lines[:i])
    return body


def _signed_line(line: str) -> bool:
    """A name or a title, not a sentence: short, and not ended as a sentence is."""
    return len(line) < SIGNED_CHARS and not line.endswith((".", "!", "?"))


def _unsigned(said: Said) -> Said:
    """The submission without the names it is signed with ("Open Borders Aid")."""
    names = [n.strip() for n in said.sender if n and len(n.strip()) >= 4]
    if not names:
        return said
    pattern = re.compile("|".join(re.escape(n) for n in names), re.IGNORECASE)
    subject, body, document, quoted = (
        pattern.sub(" ", text) for text in (said.subject, said.body, said.document, said.quoted)
    )
    return Said(subject, body, document, quoted=quoted, answered=said.answered)


def _set_aside(said: Said) -> Said:
    """The submission without what it says it is not about: the words before "but this
    input is about something else" in its sentence, or the sentence before one that
    opens so."""
    subject, body, document = (_kept(text) for text in (said.subject, said.body, said.document))
    return Said(subject, body, document, said.sender, said.quoted, said.answered)


def _kept(text: str) -> str:
    """The text without what its sender sets aside, blanked where it stands so that the
    lines and sentences around it stay as they were."""
    pattern = call_phrasings().set_aside
    breaks = list(SENTENCE.finditer(text))
    starts, ends = [0, *(m.end() for m in breaks)], [*(m.start() for m in breaks), len(text)]
    spans = list(zip(starts, ends, strict=True))
    kept = list(text)
    for i, (start, end) in enumerate(spans):
        turn = pattern.search(text[start:end])
        if turn is None:
            continue
        if turn.group("turn") is not None and text[start : start + turn.start()].strip():
            blank = (start, start + turn.start())
        else:
            blank = spans[i - 1] if i else (start, start)
        kept[blank[0] : blank[1]] = [c if c == "\n" else " " for c in kept[blank[0] : blank[1]]]
    return "".join(kept)


def _unknown_call(naming: str, calls: Sequence[Call]) -> str | None:
    """What follows "the call for inputs on" (or a title's colon) when it holds topic words
    and none of any call's: the sender names a call, and not one this store knows of."""
    frames = frames_in_force(tuple(calls))
    for found in call_phrasings().topic_of.finditer(naming):
        phrase = found.group("topic").strip()
        tokens = _tokens(phrase, frames)
        words = [t for t in tokens if len(t) >= 4 and _topical(t, frames)]
        vocabulary = _known(tokens, calls)
        unknown = [t for t in words if not any(_matches(t, w) for w in vocabulary)]
        if len(unknown) >= 2 and not any(word_scores(tokens, calls)):
            return phrase
    return None


def _known(tokens: Sequence[str], calls: Sequence[Call]) -> list[str]:
    """The calls' words that explain these: each call's own words, and the words of its
    terms of several that the text holds ("children" in "unaccompanied children", not in
    "children in armed conflict")."""
    frames = frames_in_force(tuple(calls))
    topical = [t for t in tokens if _topical(t, frames)]
    return [
        w
        for terms in call_terms(tuple(calls))
        for w in (
            *terms.words,
            *_phrase_words(topical, terms.phrases),
            *_written_words(tokens, terms.written),
        )
    ]


def _weighed_rival(how: str, topics: Sequence[int], best: int) -> int | None:
    """The other call whose words keep the submission from the call `best` that it was
    told by (`how`): any word of another call, for a topic told by the words alone or a
    subject that speaks of another call's topic; words not clearly outweighed, for a
    subject on this call's topic; words as many, for a call named, a symbol or a date."""
    if how == "topic" or (how == "said" and best != 0):
        return _any_rival(topics, best)
    return (_unclear_rival if how == "said" else _rival)(topics, best)


def _rival(topics: Sequence[int], named: int) -> int | None:
    """Another call whose words the submission uses as much as those of the call it names:
    a name read in passing (an organization called "Open Borders") must not outweigh it."""
    rivals = [i for i, n in enumerate(topics) if i != named and n and n >= topics[named]]
    return max(rivals, key=lambda i: topics[i]) if rivals else None


def _any_rival(topics: Sequence[int], best: int) -> int | None:
    """Told by its topic alone, a submission that also speaks of another call's subject
    (migrants working at a mine) is not clearly this call's: an officer decides."""
    rivals = [i for i, n in enumerate(topics) if i != best and n]
    return max(rivals, key=lambda i: topics[i]) if rivals else None


def _unclear_rival(topics: Sequence[int], said: int) -> int | None:
    """Told by a subject (or a report of the sender's own) that speaks of this call's
    topic, a submission is this call's only when its words clearly outweigh those of
    every other: migrants at the border who go on to work at a mine, not migrant workers
    whom a mine's guards threaten. (Another call's needs none of this call's words.)"""
    rivals = [i for i, n in enumerate(topics) if i != said and n]
    if not rivals or _winner(topics) == said:
        return None
    return max(rivals, key=lambda i: topics[i])


def _leads(scores: Sequence[int], call: int) -> bool:
    """Whether the call has more of the words than any other."""
    return all(n < scores[call] for i, n in enumerate(scores) if i != call)


def _conflict(said: Call, reads: Call) -> str:
    name = "this call" if said.closes is None else f"“{said.title}”"
    topic = "this call's" if reads.closes is None else f"those of “{reads.title}”"
    return f"it names {name}, but its words are as much {topic}"


def _open(call: Call, received_at: dt.datetime | None) -> bool:
    if received_at is None or call.closes is None:
        return True  # not known: fail closed
    return received_at <= call.closes + LATE_GRACE


def _symbol_scores(text: str, calls: Sequence[Call]) -> list[int]:
    """How many of each call's document symbols the text holds: its keywords' and those
    of the reports on the subject fields it takes ("A/HRC/45/9" for a call on borders set
    up from its title alone). A symbol is matched whole ("A/HRC/45/1" is not
    "A/HRC/45/10"), or as the start of a longer one: a call keyed by its session
    ("A/HRC/60") is named by "A/HRC/60/XX" or "A/HRC/60/41"."""
    symbol = call_phrasings().symbol
    scores = []
    for call, terms in zip(calls, call_terms(tuple(calls)), strict=True):
        keys = {k.strip() for k in call.keywords if symbol.match(k.strip())} | terms.reports
        found = 0
        for key in sorted(keys):
            pattern = rf"(?<![\w/]){re.escape(key)}(?!\w)"
            found += bool(re.search(pattern, text, re.IGNORECASE))
        scores.append(found)
    return scores


def _naming_text(said: Said) -> str:
    """The places where a sender names the call: the subject, the document's title (its
    first paragraph), and each sentence that speaks of a call, a questionnaire or a
    report."""
    naming = call_phrasings().naming
    sentences = SENTENCE.split(f"{said.body}\n\n{said.document}")
    named = [s for s in sentences if naming.search(s)]
    return "\n".join([said.subject, _title(said.document), *named])


def _title(document: str) -> str:
    """The document's first paragraph, up to the line where its prose begins: the text of
    a PDF has no blank line between its title and the first sentence, whose words ("les
    femmes et les enfants") are no call's name."""
    lines: list[str] = []
    for line in re.split(r"\n\s*\n", document.strip(), maxsplit=1)[0].splitlines():
        ended = ENDED.search(line)
        if ended:
            if not lines:
                lines.append(line[: ended.end()])
            break
        lines.append(line)
    return "\n".join(lines)[:TITLE_CHARS]


def _calling(said: Said) -> str:
    """The sentences of the body, the document and the subject that name a call itself
    ("in response to your call for inputs on …", "el cuestionario sobre …")."""
    calling = call_phrasings().calling
    sentences = SENTENCE.split(f"{said.subject}\n\n{said.body}\n\n{said.document}")
    return "\n".join(s for s in sentences if calling.search(s))
