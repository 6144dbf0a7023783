"""Does a sentence touch on publication, confidentiality or the submitter's identity?

The phrase rules of ``confidentiality.toml`` will never hold every way of asking. This
module is what makes their gaps safe: a sentence about this submission that holds a cue
word and that no rule classifies is `unclear`, for an officer, never "nothing said". The
call's own vocabulary (private security companies, public procurement, identity checks) is
taken out first, so that the topic is not mistaken for a request. The words live in
``cues.toml``.
"""

from __future__ import annotations

import re
from functools import lru_cache, partial

from wgsubmit.detect import forms
from wgsubmit.detect.cue_words import cue_patterns


@lru_cache(maxsize=4096)  # a sentence is read for several rules, each without the topic
def without_topic(sentence: str, prose: bool = False) -> str:
    """The sentence with the call's own vocabulary taken out, and the words of how data
    about people is handled, unless they are said of the writer or what is sent. In a
    document's ``prose`` a right another holds is the world too; in a message's own text
    it may be what the writer asks for the people it names, and stays."""
    cues = cue_patterns()
    plain = _without_subject(cues.topic.sub(" ", sentence))
    plain = without_rights(plain) if prose else plain
    if cues.anchors.search(plain) or cues.data_handling.search(plain) is None:
        return plain
    return cues.data_handling.pattern.sub(partial(_unless_own, plain), plain)


def _without_subject(sentence: str) -> str:
    """The sentence without what a document sent is said to be about ("the attached note
    on how we decide what to publish"): the world it describes, to its clause's end, unless
    a word in it could start a request about it."""
    cues = cue_patterns()
    kept: list[str] = []
    start = 0
    head = cues.subject.pattern.search(sentence)
    while head is not None:
        stop = cues.subject_stop.pattern.search(sentence, head.end())
        end = stop.start() if stop is not None else len(sentence)
        if stop is not None and stop.group(0)[0].isalpha():
            end = head.end()  # a word that could start a request: the clause is read whole
        kept += [sentence[start : head.end()], " "]
        start = end
        head = cues.subject.pattern.search(sentence, max(start, head.end()))
    return "".join(kept) + sentence[start:]


RIGHTS_REACH = 4  # words before a right where one for the writer or the reader claims it
_CLAUSE_STOP = re.compile(r"[,;:.!?()]")


def without_rights(sentence: str) -> str:
    """The sentence without a right another holds to keep a thing to itself ("the right of
    journalists not to reveal their sources"), where no word for the writer, the reader or
    what is sent stands just before it or in the rest of its clause: "we have the right to
    keep our names confidential" is the writer's own, and stays."""
    cues = cue_patterns()
    found = cues.rights.pattern.search(sentence)
    while found is not None:
        before = " ".join(sentence[: found.start()].split()[-RIGHTS_REACH:])
        stop = _CLAUSE_STOP.search(sentence, found.end())
        after = sentence[found.end() : stop.start() if stop else len(sentence)]
        if not (cues.persons.search(f"{before} {found.group(0)} {after}")):
            sentence = f"{sentence[: found.start()]} {sentence[found.end() :]}"
            found = cues.rights.pattern.search(sentence, found.start() + 1)
        else:
            found = cues.rights.pattern.search(sentence, found.end())
    return sentence


OWN_REACH = 6  # words either side of the data's words where one for the writer counts


def _unless_own(text: str, found: re.Match[str]) -> str:
    """A match of the data's words, kept when a word for the writer stands near it."""
    before = text[: found.start()].split()[-OWN_REACH:]
    after = text[found.end() :].split()[:OWN_REACH]
    near = " ".join([*before, found.group(0), *after])
    cues = cue_patterns()
    process = _PROCESS_NOUN.search(found.group(0)) is not None  # "anonymisation": the topic
    # Beside publishing, made anonymous is how to publish: a request, whoever is named.
    own = bool(cues.own.search(near) or cues.publication.search(" ".join([*before, *after])))
    sent = not process and cues.sent.search(near) is not None
    return found.group(0) if own or sent else " "


_PROCESS_NOUN = re.compile(r"(tion|ción|cion)$", re.IGNORECASE)


# Words that speak of the writer, the reader or the thing sent: near a cue in a message's
# own text, they make the sentence about this submission.
_SENT_OR_ITS = re.compile(
    r"\b(it|them|la|le|les|lo|los|las|su|sus|its|their|they|submission|contribution|input|"
    r"document|text|soumission|texte|aporte|contribución|documento|texto|informe|rapport|"
    r"report|annex\w*|anex\w*|testimon\w*|témoignage\w*|contents?|contenus?|contenidos?)\b",
    re.IGNORECASE,
)
NEAR_WORDS = 8


def others_papers(sentence: str) -> bool:
    """Whether a sentence speaks of what States or companies are to publish ("que los
    contratos se publiquen"): the call's topic."""
    return bool(cue_patterns().papers.search(sentence))


def names_identity(text: str) -> bool:
    """Whether a text speaks of showing or hiding a name or an identity."""
    plain = without_topic(text)
    if cue_patterns().writer.search(plain):
        return True
    found = cue_patterns().identity.search(plain)
    return found is not None and bool(cue_patterns().showing.search(plain))


# Any word for who wrote it, or for telling who they are.
_WHO = re.compile(
    r"\b(identif\w*|authors?|authorship|auteurs?|autrices?|autor|autora|autores|autoras|"
    r"anonym\w*|anonim\w*|anónim\w*|initials?|initiales?|iniciales|pseudonym\w*|"
    r"seud[oó]nim\w*|pseudónim\w*|who\s+(i\s+am|we\s+are|(he|she|they)\s+(is|are|was|were))|"
    r"qui\s+(je\s+suis|nous\s+sommes|(il|elle|ils|elles)\s+(est|sont|était|étaient))|"
    r"quién\s+(soy|somos|es|son|era|eran)|quem\s+(eu\s+)?(sou|somos|é|são)|(comes?|coming)\s+from\s+an?|"
    r"(work\s+out|tell|know|find\s+out|guess|figure\s+out|savoir|deviner|sepa\w*|saber|"
    r"averigu\w*|descobr\w*)\s+(\w+\s+)?(who|qui|quién|quem)|it\s+was\s+(me|us)|"
    r"c.(était|est)\s+(moi|nous)|(fui|fuimos)\s+(yo|nosotros)|fui\s+eu)\b|"
    # "attribute it to 'an academic researcher'", "atribuyéndola a «una red ...»", "under 'a
    # network'": the writer as one of a kind, not by name
    r"\b(attribu\w*|atribu\w*|credit\w*)\s+(\S+\s+){0,3}?(to|a|à)\s+[«\"'“‘]?\s*"
    r"(an?|une?|una|um|uma)\b|\b(under|as|sous|comme|como|bajo)\s+[«\"'“‘]\s*(an?|une?|una|um|uma)\b",
    re.IGNORECASE,
)


def touches_identity(text: str) -> bool:
    """Whether a text so much as speaks of a name, an identity or who wrote it: a consent
    that does is for an officer unless it says the name goes with it."""
    plain = without_topic(text)
    return bool(cue_patterns().identity.search(plain) or _WHO.search(plain))


def mentions(text: str) -> bool:
    """Whether a short text (a form's label) speaks of publication at all."""
    return bool(cue_patterns().publication.search(without_topic(text)))


def cue(sentence: str, anchored: bool = False) -> str | None:
    """The cue word that makes this sentence touch on publication or identity, if any.

    The sentence must be about this submission, its files, its author or the Working
    Group's site: by an anchor ("this submission", "your website"), by opening on its
    status ("Confidential until ..."), by asking the reader ("we request that"), or, in a
    message's own text (not ``anchored``), by a word for the writer, the reader or the
    thing sent close to the cue. A document's prose, which speaks of the world, needs one
    of the others."""
    cues = cue_patterns()
    plain = without_topic(sentence, anchored)
    hesitation = cues.hesitation.search(plain)
    if hesitation is not None:
        return hesitation.group(0)  # not decided: whatever it is about, an officer asks
    terms = cues.terms.search(plain)
    if terms is not None:
        return terms.group(0)  # sent on terms said elsewhere, or for one use: an officer reads
    kept = _kept(plain, anchored)
    if kept is not None:
        return kept
    found = cues.publication.search(plain) or cues.exposure.search(plain)
    opening = cues.opening.search(plain)
    if found is None and opening is not None:
        return opening.group(0)
    prohibition = cues.prohibition.search(plain)
    if found is None and prohibition is not None:
        return prohibition.group(0)
    # Kept from going beyond its reader: only where the sentence is about what is sent or
    # asks the reader ("les contrats ne circulent jamais" is the topic), or, as a word of
    # publication, has a word for the writer, the reader or the thing sent near it.
    handled = None if found else cues.handling.search(plain)
    if handled is not None and (cues.anchors.search(plain) or cues.asks.search(plain)):
        return handled.group(0)
    if handled is not None and (not anchored or cues.forbidding.search(plain)):
        # the reader or the thing sent near it: "they cannot leave the station" is the topic
        near = f"{_near(plain, handled)} {handled.group(0)}"
        return handled.group(0) if cues.sent.search(near) or _READER.search(near) else None
    if (reach := _let_out_by_no_one(plain, anchored)) is not None:
        return reach
    if found is None:
        name = cues.identity.search(plain)
        if name is not None and cues.showing.search(plain):
            found = name
        if anchored and told(plain):
            return None  # "my name appeared on a list": a document's account of the past
        writer = cues.writer.search(plain)
        if found is None and writer is not None:
            return writer.group(0)  # speaks of the writer: about this submission's author
    if found is None:
        return None
    if cues.anchors.search(plain) or opening is not None or cues.asks.search(plain):
        return found.group(0)
    if anchored and not cues.forbidding.search(plain):
        return None  # a document's prose, unless it forbids: then, as a message's own text
    if not anchored and no_one_subject(plain):
        return found.group(0)  # "nadie aquí cree que sea bueno que sea publicado"
    near = _near(plain, found)
    near_own = cue_patterns().persons.search(near) or _SENT_OR_ITS.search(near)
    return found.group(0) if near_own else None


def _kept(plain: str, anchored: bool) -> str | None:
    """A short question on who wrote it, whose answer follows ("¿La firma?"); a part refused
    in a word, or a reader named as the only one; a use, a protection or a harm
    (`_guarded`): wherever they stand, an officer reads them."""
    cues = cue_patterns()
    last = re.split(r"[:;]\s+", plain)[-1]
    asked = cues.identity.search(last) or cues.authorship.search(last)
    if asked is not None and last.rstrip().endswith("?") and len(last.split()) <= 5:
        return asked.group(0)
    kept = cues.elided.search(plain) or cues.audience.search(plain)
    if kept is not None:
        return kept.group(0)
    # "please remove the signatures before it goes up"
    return authorship_taken_out(plain) or _guarded(plain, anchored)


def guards(sentence: str) -> bool:
    """Whether a sentence keeps the text to a use, a protection or a consent withdrawn, or
    fears a harm if it were seen ("we have no objection to its use internally")."""
    return _guarded(without_topic(sentence), False) is not None


def _guarded(plain: str, anchored: bool) -> str | None:
    """Kept to internal use or under a protection, or a harm if the text or its people were
    seen or known: in a message's own text wherever it stands (the harm with a word for the
    writer, the reader or the text); in a document's prose, with one of those words."""
    cues = cue_patterns()
    found = cues.guarded.search(plain)
    if found is None:
        found = cues.exposed_if.search(plain)
        if found is None or not cues.exposed_harm.search(plain):
            return None
        if not cues.persons.search(plain):
            return None
    if anchored and not (cues.persons.search(plain) or cues.anchors.search(plain)):
        return None
    return found.group(0)


def _let_out_by_no_one(plain: str, anchored: bool) -> str | None:
    """A word of the text getting out, with no one as the subject ("no one here wants it
    circulating on the web"); in a document's prose, with a word for the writer or the text."""
    if not no_one_subject(plain) or (anchored and not cue_patterns().persons.search(plain)):
        return None
    reach = cue_patterns().reach.search(plain)
    return reach.group(0) if reach is not None else None


def _near(text: str, found: re.Match[str]) -> str:
    """The words either side of a cue."""
    before = text[: found.start()].split()[-NEAR_WORDS:]
    after = text[found.end() :].split()[:NEAR_WORDS]
    return " ".join(before + after)


# No one, or none of a group, as the subject a negation stands on: "nobody on our board is
# comfortable with ...", "personne ici ne trouve que cela nous convient", "nadie considera
# oportuno que se publique". However far a consent's words stand, it is then no consent;
# and in a message's own text, a word of publishing with it is about the text sent.
NO_ONE = re.compile(
    r"\b(nobody|no[\s-]one|none\s+of|not\s+one\s+of|neither\s+of|personne\s+(\w+\s+){0,3}n[e']|"
    r"nul\s+ne|aucun(e|s|es)?\s+(de|d'|des|du)\b|nadie|ningun[oa]s?\s+de|ninguém|nenhum(a|as|os)?\s+d[oae])",
    re.IGNORECASE,
)
# What makes "no one" an object, not the subject: "sin mencionar ... ni el de ninguna de las
# personas", "without naming any of", "sauf".
_NO_ONE_OBJECT = re.compile(r"\b(sin|sans|without|ni|nor|except|salvo|sauf)\b", re.IGNORECASE)


def no_one_subject(sentence: str) -> bool:
    """Whether no one, or none of a group, is what a sentence's negation stands on."""
    return any(
        not _NO_ONE_OBJECT.search(sentence[max(0, found.start() - 40) : found.start()])
        for found in NO_ONE.finditer(sentence)
    )


# The reader (or the body it is) and the thing at hand: a text kept to them.
_READER = re.compile(
    r"\b(you|your|yours|vous|votre|vos|usted\w*|vocês|voces|working\s+group|groupe\s+de\s+travail|"
    r"grupo\s+de\s+trabajo|grupo\s+de\s+trabalho|secretariat|secrétariat|secretaría|"
    r"secretariado|experts?|expert[oa]s|it|them|this|these|ceci|cela|ça|esto|eso|isto|isso)\b",
    re.IGNORECASE,
)


def told(sentence: str) -> bool:
    """Whether a sentence tells what happened to a name or to the writer's things ("mi
    nombre aparecía en una lista"), with no wish, no negation and no word for the reader,
    what is sent or a site: an account of the past, not a request."""
    cues = cue_patterns()
    if cues.told.search(sentence) is None or cues.told_not.search(sentence):
        return False
    return not (forms.NEGATION.search(sentence) or cues.asks.search(sentence))


def hesitates(text: str) -> bool:
    """Whether a text says the writer has not decided, or has someone of theirs still to
    ask ("section 4 we must first ask our partner"): an answer beside it is not final."""
    return bool(cue_patterns().hesitation.search(without_topic(text)))


def foreign_cue(sentence: str, language: str | None = None) -> str | None:
    """The language code of a cue in a language without rules (pt, it, de, ru, ar, zh).
    In a text known to be in one of them (``language``), its broader list counts too."""
    cues = cue_patterns()
    broad = cues.broad.get(language or "")
    if broad is not None and broad.search(sentence):
        return language
    for code, pattern in cues.foreign:
        if pattern.search(sentence):
            return code
    return None


_ANONYMITY = re.compile(r"\b(anonym\w*|anónim\w*|anonim\w*)", re.IGNORECASE)


def identity_cue(sentence: str) -> str | None:
    """The word by which a sentence speaks of anonymity, or of showing or hiding a name
    ("without our name"), if it does: what a request published under the name should not
    say."""
    cues = cue_patterns()
    plain = without_topic(sentence)
    found = _ANONYMITY.search(plain)
    if found is not None:
        return found.group(0)
    name = cues.identity.search(plain)
    if name is not None and cues.showing.search(plain):
        return name.group(0)
    return authorship_taken_out(plain)


def authorship_taken_out(plain: str) -> str | None:
    """A mark of who wrote the text (a signature, the file's properties) to be taken out."""
    cues = cue_patterns()
    mark = cues.authorship.search(plain)
    return mark.group(0) if mark is not None and cues.taking_out.search(plain) else None


def anchored(sentence: str) -> bool:
    """Whether a sentence is about this submission, its files, its author or the Working
    Group's site ("the attached report", "your website")."""
    return bool(cue_patterns().anchors.search(sentence))


def asks(sentence: str) -> bool:
    """Whether the sentence asks something of its reader: a request, not a notice."""
    return bool(cue_patterns().asks.search(sentence))


def speaks_of_persons(text: str) -> bool:
    """Whether a text has a word for the writer, the reader or the thing at hand."""
    return cue_patterns().persons.search(text) is not None


RESTRAINT_REACH = 24  # characters past a restraint where "hesitate", "reply" still count


def asks_restraint(sentence: str) -> bool:
    """Whether the sentence asks the reader to refrain from something, or to keep to one
    use ("please do not …", "merci de n'utiliser que …"), other than hesitating, replying or
    counting an earlier message."""
    cues = cue_patterns()
    found = cues.restraint.search(sentence)
    if found is None:
        return False
    return not cues.restraint_not.search(sentence[: found.end() + RESTRAINT_REACH])


def asks_about_text(sentence: str) -> bool:
    """Whether the sentence asks something of the reader about the text at hand that is not
    one of the few harmless requests (receipt, contact, a version for another): what a
    writer asks about what they send, in words no rule reads, may be a restraint."""
    cues = cue_patterns()
    found = cues.request.search(sentence)
    if found is None or cues.request_harmless.search(sentence):
        return False
    return bool(cues.request_object.search(sentence[found.end() :]))


def disclaimer_marks(sentence: str) -> bool:
    """Words of an automatic e-mail disclaimer: addressees, errors, liability."""
    return bool(cue_patterns().marks.search(sentence))


# Whose name an anonymity request speaks of: the writer's own, or their organisation's.
_WRITER = re.compile(
    r"\b(our|my|we|us|i|me|author\w*|organi[sz]ation|association|notre|nos|mon|ma|mes|nous|"
    r"nuestr\w+|mi|mis|nos|autor\w*|organisation|organización|asociación|anonym\w*|anónim\w*|"
    r"anonim\w*|identif\w*|attribut\w*|atribu\w*|unnamed|unattributed|pseudonym\w*|seud\w*|"
    r"initial\w*|cit\w*|credit\w*|named|naming|nomm\w*|nombrad\w*|mencion\w*|mention\w*|"
    r"them|leave|left|by-?lines?)\b",
    re.IGNORECASE,
)
# "Publish it with my name": a consent that says the name goes with it.
_WITH_NAME = re.compile(
    r"\b(with|including|under|con|incluyendo|bajo|avec|sous|por|by|as\s+well\s+as|along\s+with|"
    r"together\s+with|ainsi\s+que|así\s+como|junto\s+con)\s+(our|my|the|its|nuestro|mi|el|su|"
    r"notre|mon|le|son)?\s*(\w+\s+)?(name|names|nombre|nombres|nom|noms|logos?|letter-?heads?|"
    r"en-têtes?|membretes?)\b|"
    r"\b(crediting|mencionando|citando|mentionnant|citant)\s+(a\s+)?(the|our|la|el|nuestr[oa]|"
    r"notre|l.)\s*\w+|\bnommément\b",
    re.IGNORECASE,
)


# What follows "without the name", when it says whose: the author's or the organisation's.
_OF_AUTHOR = re.compile(
    r"^\W*(of|de|du|del|des|for|para|pour)\s+(the\s+|l.|la\s+|el\s+|our\s+|my\s+|notre\s+|nuestr[oa]s?\s+|"
    r"mi\s+|its\s+|their\s+|sus?\s+|ses\s+|son\s+|sa\s+|leurs?\s+)?"
    r"(authors?|auteur\w*|autrices?|autor\w*|organi[sz]ation|organización|association|asociación|"
    r"ngo|ong|collecti\w+|colectivo|network|réseau|red)\b",
    re.IGNORECASE,
)


def speaks_of_writer(text: str, after: str = "") -> bool:
    """Whether an anonymity request's words (or the words `after` it: "without the name
    of the author") are about the writer's own name."""
    return bool(_WRITER.search(text) or _OF_AUTHOR.search(after))


_CLAUSE_END = re.compile(r"[,;:()–—]|\b(but|however|mais|pero|toutefois|sin\s+embargo)\b", re.I)


# A name put in quotes after "under the name": one given in place of the writer's.
_GIVEN = re.compile(r"\s*(of\s+|de\s+|d['’]\s*)?[«\"“‘']")


def with_name(text: str) -> bool:
    """ "Publish it with my name": a consent that says the name goes with it, in a clause
    that does not negate it ("but not with our name"; "je n'ai rien à cacher" is another)."""
    for found in _WITH_NAME.finditer(text):
        if _GIVEN.match(text, found.end()):
            continue  # "sous le nom de « un agent »": a name given in its place, not theirs
        start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, found.start())), default=0)
        after = _CLAUSE_END.search(text, found.end())
        if not forms.NEGATION.search(text[start : after.start() if after else len(text)]):
            return True
    return False


# Doubts beside a consent: "although our partners have doubts", "pero tenemos dudas".
_DOUBT = re.compile(
    r"\b(doubts?|reservations?|hesitat\w*|unsure|not\s+(yet\s+)?sure|second\s+thoughts?|"
    r"doutes?|réserves|hésit\w*|pas\s+(encore\s+)?sûr\w*|dudas?|reparos?|reservas|"
    r"no\s+(estamos|está|estoy|están)\s+segur\w*)\b",
    re.IGNORECASE,
)


def doubts(text: str) -> bool:
    """Whether a text voices a doubt: what follows a consent's "but" takes it back."""
    return bool(_DOUBT.search(text))


# Those who must agree do not: "my colleagues and I don't agree on this one", "estamos
# divididos", "le bureau n'est pas d'accord".
_DISAGREE = re.compile(
    r"\b(disagree\w*|(don't|do\s+not|not)\s+(all\s+)?agree|divided|split\s+(on|over|about)|désaccord|"
    r"(pas|plus)\s+(tous\s+)?d.accord|divisé\w*|desacuerdo|dividid\w*|"
    r"no\s+(\w+\s+)?(estamos|están|está|estoy)\s+de\s+acuerdo)\b",
    re.IGNORECASE,
)


def disagrees(text: str) -> bool:
    """Whether a text says those who decide are divided: a consent beside it is not one."""
    return bool(_DISAGREE.search(text))
