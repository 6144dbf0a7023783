"""A request about publication read from its parts, not from a list of whole phrasings.

The phrase rules of ``confidentiality.toml`` recognise the usual ways of asking; a writer
who says it another way ("kindly refrain from quoting this submission", "en aucun cas le
rapport ci-joint ne doit être partagé") must still never be published. This module reads a
sentence the way an officer would: is there a verb of publishing or disclosing, does a
negation or a word of refusal govern it, and what is it about (the submission, the
writer's name, other people's names, an annex, the report alone)? A consent that carries a
condition or a time limit is for an officer. The words live in ``refusals.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from wgsubmit.detect import cue_words, cues, forms
from wgsubmit.detect.refusal_words import refusal_words

# How many words a negation may stand before the verb it governs ("we do not authorise
# you to circulate": four words between).
_REACH = 6


@dataclass(frozen=True)
class Reading:
    """What a sentence asks, read from its parts: ``refused`` when a negation governs a verb
    of publishing, ``consent`` when a negated objection does; ``about`` is what it speaks
    of: document, writer (the writer's name), others (other people's names), part (an
    annex alone), report (the Working Group's report alone), or unknown."""

    refused: bool
    consent: bool
    about: str
    writer: bool  # speaks of the writer's own name, whatever else it is about
    conditional: bool  # a condition or a time limit
    embargo: bool  # a time limit
    addressed: bool
    portion: bool = False  # a portion alone is let out (the summary, extracts)
    waits: bool = False  # a wait asked, and a date or an event to wait for
    welcomed: bool = False  # the consent is a welcome ("happy for it to go online"), no leave

    def value(self) -> str | None:
        """The request this reading makes: confidential, anonymous, unclear, or None."""
        if self.refused:
            if self.embargo:
                return "unclear"  # not before a date: an embargo, for an officer
            if self.about == "document":
                return "confidential"
            if self.about == "writer":
                return "anonymous"
            return "unclear"
        return None


@lru_cache(maxsize=4096)
def read(sentence: str, prose: bool = False) -> Reading | None:
    """The sentence's request read from its parts, or None when no verb of publishing is
    in it. In a document's ``prose``, which tells of the world, a refused verb that acts on
    a thing of the world is a fact told; in a message's own words it stays a request."""
    words = refusal_words()
    # Accents dropped from the words and the text alike, as hurried writers drop them.
    plain = cue_words.unaccented(cues.without_topic(sentence, prose))
    if not _verbs(plain):
        return None
    about = _about(plain)
    addressed = bool(
        words.address.search(plain) or words.anchor.search(plain) or cues.anchored(plain)
    )
    leave = bool(words.consent.search(plain) or words.permission.search(plain))
    welcomed = not leave and bool(words.welcome.search(plain))
    consent = leave or welcomed
    rest = unnegated(plain)
    governed = next((verb for verb in _verbs(rest) if _governed(rest, verb)), None)
    if prose and governed is not None and about == "unknown" and not cues.asks(plain):
        governed = None if _on_world(rest, governed) else governed
    refused = governed is not None or bool(words.after.search(rest))
    if governed is not None and about == "writer" and _refused_alone(rest, governed):
        about = "document"  # "que no lo publiquen ni lo citen con mi nombre": both refused
    if governed is not None and about == "others":
        # "in no way is this document to be made public: the victims are protected": what
        # the refused verb's own clause is about, when it says
        about = _about(_clause(rest, governed)).replace("unknown", about)
    # "only in anonymised form" is a request for anonymity, not a condition to check
    terms = words.anonymity.sub(" ", plain)
    embargo = bool(words.embargo.search(terms))
    # "the summary may be published", "vous pouvez en citer des extraits": the rest is not said
    portion = bool(words.portion.search(plain))
    conditional = embargo or bool(words.condition.search(terms))
    return Reading(
        refused,
        consent and not refused,
        about,
        bool(words.writer.search(plain)),
        conditional,
        embargo,
        addressed,
        portion,
        embargo and bool(words.wait.search(terms)),
        welcomed,
    )


def unnegated(sentence: str) -> str:
    """The sentence without its negated objections ("no objection to ..."), and without
    the "ni"/"nor" that goes on with one ("aucune objection à la publication, ni à ce
    que nous soyons cités"): what is left negates only what it refuses."""
    words = refusal_words()
    bare = cue_words.unaccented(sentence)  # the words are matched without accents
    found = words.consent.search(bare)
    if found is None:
        return sentence
    cut = [m.span() for m in words.consent.finditer(bare)]
    if _OBJECTION.search(found.group(0)):
        cut += [m.span() for m in _NOR.finditer(bare, found.end())]
    kept = list(sentence if len(bare) == len(sentence) else bare)
    for start, end in cut:
        kept[start:end] = " " * (end - start)
    return "".join(kept)


_NOR = re.compile(r"\b(ni|nor)\b", re.IGNORECASE)
_OBJECTION = re.compile(
    r"objection|objeci|inconv|problem|reparo|impediment|obst|opposition|oposici|\bmind\b",
    re.IGNORECASE,
)


def _verbs(sentence: str) -> list[re.Match[str]]:
    """The verbs (and nouns) of publishing in a sentence, not the words that only look like
    one ("its communications")."""
    words = refusal_words()
    return [
        found
        for found in words.verb.finditer(sentence)
        if (
            words.noun.match(found.group(0))
            or not words.determiner.search(sentence[: found.start()])
        )
        and not _SAYS.match(sentence, found.end())
    ]


# A verb of publishing that tells what is so ("show that", "revealed how", "montrer que"):
# a verb of saying, not of making a text public.
_SAYS = re.compile(r"\s+(that|how|whether|why|que|qu['’]|comment|como|cómo)\b", re.IGNORECASE)


def _governed(sentence: str, verb: re.Match[str]) -> bool:
    """Whether a negation in the verb's clause governs it: close before it, or one that
    governs the whole clause ("under no circumstances", "refrain from", "we object to")."""
    words = refusal_words()
    start = 0
    for stop in words.clause_break.finditer(sentence, 0, verb.start()):
        start = stop.end()
    clause = sentence[start : verb.start()]
    if words.past.search(sentence[start : verb.end()]) and not words.wish.search(clause):
        return False  # what someone did not do: an account of the past, not a request
    if words.governing.search(clause):
        return True
    negations = list(words.negation.finditer(clause))
    if negations and words.between.search(clause[negations[0].start() :]):
        return False  # "n'exigent pas la divulgation": the negation governs another verb
    return any(len(clause[negation.end() :].split()) <= _REACH for negation in negations)


# What a refused verb acts on, where the sentence names it: its object ("not able to disclose
# the locations of the systems", "refus de transmettre des demandes médicales") or, passive,
# its subject ("medical records are not transferred", "los expedientes no se envían").
_OBJECT = re.compile(
    r"^\s*(?:publicly\s+|\w+ly\s+)?(?:the|a|an|any|their|des|les|la|le|l'|leurs|los|las|el|un|"
    r"una|unos|unas|sus)\s+([a-z][\w'-]{2,})",
    re.IGNORECASE,
)
_SUBJECT = re.compile(
    r"\b([a-z][\w'-]{2,})\s+(?:(?:are|is|were|was)\s+(?:not|never)|(?:ne|n.)\s*(?:sont|est|"
    r"furent|fut)\s+(?:pas|jamais)|no\s+(?:se|son|es|fueron|fue))\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# The subject of a rule ("records must never be", "ne doivent pas être", "no debe"): said of
# the world, or of the submission's findings in words no rule knows; never a plain fact.
_RULED = re.compile(
    r"\b([a-z][\w'-]{2,})\s+(?:(?:must|should|may|can|shall)\s+(?:not|never)\s+be|"
    r"(?:cannot|mustn't|shouldn't)\s+be|(?:ne|n.)\s*(?:doit|doivent|peut|peuvent|devrait|"
    r"devraient)\s+(?:pas|jamais)(?:\s+être)?|no\s+(?:debe|deben|puede|pueden|debería|"
    r"deberían)(?:\s+ser)?)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


def _on_world(sentence: str, verb: re.Match[str], subject: re.Pattern[str] = _SUBJECT) -> bool:
    """Whether a refused verb acts on a thing of the world the submission describes, named
    by a noun that is none of the submission's words: a fact told, not a request."""
    before = sentence[: verb.start()]
    said = _OBJECT.match(sentence[verb.end() :]) or subject.search(before)
    if said is None:
        return False
    words = refusal_words()
    whose = " ".join(before[: said.start(1)].split()[-1:]) if said.re is subject else ""
    if whose and words.address.search(whose):
        return False  # "our findings are not published": the writer's own
    head = said.group(1)
    own = words.document, words.part, words.writer, words.others, words.address
    return not any(p.search(head) for p in own) and not cues.anchored(head)


def rule_of_world(sentence: str) -> bool:
    """Whether a document's refusal may be a rule it states for things of the world ("the
    records of a patient must never be published", "el diagnóstico no debe divulgarse"): a
    refused verb acting on none of the submission's words, in a sentence that asks nothing
    and says nothing of the writer, the reader or what is sent. It may as well be a request
    about the submission's findings in words no rule knows: either way, not a refusal to
    act on unseen."""
    plain = cue_words.unaccented(cues.without_topic(sentence, prose=True))
    if cues.asks(plain) or cues.anchored(plain) or cues.speaks_of_persons(plain):
        return False
    rest = unnegated(plain)
    governed = next((verb for verb in _verbs(rest) if _governed(rest, verb)), None)
    return governed is not None and _about(plain) == "unknown" and _on_world(rest, governed, _RULED)


# A turn in a sentence: what follows may take back what came before.
CONTRAST = re.compile(
    r"\b(but|however|although|though|whereas|yet|except\s+that|mais|cependant|toutefois|néanmoins|"
    r"sauf\s+que|pero|aunque|sin\s+embargo|no\s+obstante|salvo\s+que|excepto\s+que|porém|contudo)\b",
    re.IGNORECASE,
)
# Where a consent's clause begins, for a negation before it. Not every turn of `CONTRAST`:
# "not yet", "pas encore" are one negation. (A refused verb's clause, `clause_break` of
# ``refusals.toml``, is stricter: a comma there must come with a turn.)
CLAUSE_MARK = re.compile(
    r"[,;:()–—]|\b(but|however|although|though|whereas|while|mais|cependant|toutefois|"
    r"pero|aunque|sin\s+embargo|no\s+obstante|mas|porém)\b",
    re.IGNORECASE,
)
# Negations that do not negate: "n'hésitez pas à la publier", "don't hesitate to post it".
_NOT_NEGATING = re.compile(
    r"n.hésite[zr]?\s+pas|ne\s+pas\s+hésiter|sans\s+hésiter|no\s+dud(e|en|ar)|sin\s+dudar|"
    r"(don't|do\s+not)\s+hesitate|no\s+hesit\w+|não\s+hesit\w+",
    re.IGNORECASE,
)
# A clause whose subject is "nothing" or "no part", before a modal: a refusal however far.
_NONE_OF = re.compile(
    r"^\W*(nothing|none|no\s+part|rien|aucune\s+partie|nada|ninguna\s+parte)\b.*\b(may|can|"
    r"shall|should|must|is\s+to|are\s+to|peut|peuvent|doit|doivent|puede|pueden|debe|deben)\b",
    re.IGNORECASE,
)


def no_one_consents(sentence: str) -> bool:
    """Whether a consent's sentence has no one, or none of a group, for its subject (its
    negated objections aside: "none of us has any objection" is still read by the rest)."""
    return cues.no_one_subject(_NOT_NEGATING.sub(" ", unnegated(sentence)))


# A consent's words after "rather than", "instead of": what the writer sets aside ("regarded
# as a communication to the Working Group rather than as a public submission").
_INSTEAD = re.compile(
    r"\b(rather\s+than|instead\s+of|plutôt\s+que|au\s+lieu\s+de|en\s+lugar\s+de|en\s+vez\s+de)\b",
    re.I,
)


def negated_consent(sentence: str, found: re.Match[str]) -> str | None:
    """A consent phrase inside a clause that negates it: a refusal when the negation governs
    its verb ("we do not agree to its publication"), else unclear."""
    start = 0
    for stop in CLAUSE_MARK.finditer(sentence, 0, found.start()):
        start = stop.end()
    clause = _NOT_NEGATING.sub(" ", sentence[start : found.end()])
    if _NONE_OF.search(clause):
        return "confidential"  # "Nothing in this letter may be placed on the record"
    said = [*forms.NEGATION.finditer(clause), *_INSTEAD.finditer(clause)]
    negations = sorted(said, key=lambda m: m.end())
    if not negations:
        return None
    verb = clause.rfind(found.group(0)[:4]) if found.group(0)[:4] in clause else len(clause)
    close = len(clause[negations[-1].end() : verb].split()) <= 3
    return "confidential" if close else "unclear"


# A refused verb whose object is the text, and another verb joined to it by "nor": the
# name the sentence speaks of goes with the second verb, the first is refused alone.
_ITS_OBJECT = re.compile(r"\b(lo|la|los|las|le|les|l['’])\s*$", re.IGNORECASE)
_NOR_NEXT = re.compile(r"^\s+(?:(?:it|this|them)\s+)?(?:ni|nor|or|ou|o)\s", re.IGNORECASE)


def _refused_alone(sentence: str, verb: re.Match[str]) -> bool:
    after = sentence[verb.end() :]
    text = _ITS_OBJECT.search(sentence[: verb.start()]) or re.match(r"\s+(it|this|them)\b", after)
    return bool(text and _NOR_NEXT.match(after))


def _clause(sentence: str, verb: re.Match[str]) -> str:
    """The clause that holds a verb: from the break before it to the break after it."""
    breaks = list(refusal_words().clause_break.finditer(sentence))
    start = max((b.end() for b in breaks if b.end() <= verb.start()), default=0)
    end = min((b.start() for b in breaks if b.start() >= verb.end()), default=len(sentence))
    return sentence[start:end]


def _about(sentence: str) -> str:
    words = refusal_words()
    if words.others.search(sentence):
        return "others"
    if words.writer.search(sentence):
        return "writer"
    if words.part.search(sentence):
        return "part"
    if words.report.search(sentence):
        return "report"
    if words.document.search(sentence):
        return "document"
    return "unknown"


def settle(
    value: str | None,
    sentence: str,
    anonymous: bool,
    ruled: bool = True,
    rest: str = "",
    prose: bool = False,
) -> tuple[str | None, bool]:
    """The phrase rules' value for a sentence (and whether they read a request for
    anonymity), checked against its parts: a refusal they missed is a refusal, a request
    about other people's names or about a part is for an officer, and so is a consent
    that a negation or a condition goes with. Only in the languages the words are
    written in (``ruled``): "No Brasil" is no negation. ``rest`` is the sentence without
    its request for anonymity, when it makes one."""
    if (
        anonymous
        and value in (None, "publish")
        and _NOT_EVEN.search(cue_words.unaccented(sentence))
    ):
        return "confidential", False  # "ni con nuestro nombre ni de forma anónima"
    if anonymous and value is None and _EITHER_WAY.search(sentence):
        return "unclear", False  # "none of it should go online, with or without my name"
    reading = read(sentence, prose) if ruled else None
    if reading is None:
        return value, anonymous
    if value is None and anonymous and reading.about == "others" and not reading.writer:
        return "unclear", False  # names to take out that are not the writer's: an officer
    if value == "confidential":
        # "not for circulation until finalised": a time limit, for an officer
        return ("unclear" if reading.refused and reading.embargo else value), anonymous
    said = reading.value()
    if value is None and not reading.addressed:
        return value, anonymous  # about the world the submission describes
    if value is None:
        if said == "anonymous" or (anonymous and reading.about in ("unknown", "writer")):
            return None, True  # "we ask not to be identified": the request for anonymity
        if said is not None:
            return said, anonymous
        if reading.consent and _conditional(reading, anonymous):
            return "unclear", anonymous  # consent on a condition or a date: an officer
        if reading.waits:
            return "unclear", anonymous  # "publication should wait until ...": a date
        if reading.consent and reading.about == "document":
            # a welcome read from its parts that speaks of a name or turns: an officer
            turns = cues.touches_identity(sentence) or CONTRAST.search(sentence)
            qualified = reading.welcomed and bool(turns)
            return ("unclear" if qualified else "publish"), anonymous
        if reading.consent and reading.about == "writer" and cues.with_name(unnegated(sentence)):
            return "publish", anonymous  # "shared on your website, with my name"
        return value, anonymous
    if value == "publish" and said is not None and not (anonymous and said == "anonymous"):
        if anonymous and rest and not _refuses(rest):
            # the refusal is the request for anonymity itself: `rest` is the sentence without it
            return value, anonymous
        return "unclear", anonymous  # consent, and a refusal in the same sentence
    if value == "publish" and _conditional(reading, anonymous):
        return "unclear", anonymous
    return value, anonymous


# Anonymity refused with the rest: "not even anonymously", "ni de forma anónima", "pas
# même de façon anonyme", "not even with my name taken off". A request to publish
# anonymously never negates the word itself.
_NOT_EVEN = re.compile(
    r"\b(not\s+even|nor|neither|ni|ni\s+siquiera|ni\s+meme|meme\s+pas|pas\s+meme)\s+(\w+\s+){0,3}"
    r"(anonym\w*|anonim\w*|without|sans|sin|(with|avec|con)\s+(\w+\s+){0,2}(names?|noms?|nombres?)"
    r"\s+(\w+\s+)?(taken|removed|struck|blacked|cut|left|retir\w*|supprim\w*|enlev\w*|ot\w*|"
    r"borrad\w*|quitad\w*|eliminad\w*|suprimid\w*|tachad\w*))\b",
    re.IGNORECASE,
)
# Whatever the name: "with or without my name", "avec ou sans notre nom", "con o sin nombre".
# Beside a consent it is consent with the name or without; alone, what it is said of is for
# an officer.
_EITHER_WAY = re.compile(r"\b(with\s+or\s+without|avec\s+ou\s+sans|con\s+o\s+sin)\b", re.I)


def waits(sentence: str) -> bool:
    """Whether a sentence puts a condition, a date or a portion on what it says ("yes,
    after 30 June", "sí, salvo los anexos")."""
    words = refusal_words()
    plain = cue_words.unaccented(sentence)
    terms = words.anonymity.sub(" ", plain)
    return bool(
        words.embargo.search(terms) or words.condition.search(terms) or words.portion.search(plain)
    )


def _refuses(sentence: str) -> bool:
    reading = read(sentence)
    return reading is not None and reading.refused


def _conditional(reading: Reading, anonymous: bool) -> bool:
    """Whether a consent waits on something an officer must check. With a request for
    anonymity, the condition is most often that very request ("provided that our names
    are removed"): then only a date or a part left out counts."""
    if anonymous:
        return reading.embargo or reading.about == "part" or reading.portion
    return reading.conditional or reading.portion
