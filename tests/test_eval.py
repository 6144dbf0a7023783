"""The measured targets, enforced by the test command: the realistic eval (`tests/eval/`)
and the adversarial collections (`tests/adversarial*/`), each run through the documented
flow (import, `triage --auto`, export with the files to upload) as a user would."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import Scored

HERE = Path(__file__).resolve().parent


def _run(script: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(script), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def _leaks_nothing_on_the_tuned_half(scored: Scored, number: int, frozen_at_most: int) -> None:
    """Score adversarial collection `number`: no leak on the tuned half, on the frozen half
    no more than measured (its figures in aggregate only)."""
    done, _ = scored(number)
    assert done.returncode in (0, 1), done.stderr
    figures = json.loads(done.stdout)
    assert figures["tune"]["leaks"] == 0, done.stdout
    assert figures["frozen"]["leaks"] <= frozen_at_most, done.stdout


def test_the_realistic_eval_meets_every_target() -> None:
    """Confidential and anonymous recall 100%, export precision 100% and recall >= 95%,
    confidentiality accuracy >= 93% with unclear counted as wrong, unclear <= 10%."""
    done = _run(HERE / "eval" / "evaluate.py")
    assert done.returncode == 0, done.stdout + done.stderr


# The first adversarial collection (tests/adversarial/): its frozen half is never used to
# tune the rules, so its leaks are not fixed one by one:
# the target is 0, and this bound (the count measured when it was set; the rules before
# the fail-closed reading leaked 91 there) only keeps it from getting worse.
FROZEN_LEAKS_MEASURED = 2


# The second adversarial collection (tests/adversarial2/), written by hand before the rules
# were read, frozen the same way: its frozen half bounded at the count measured when the
# bound was set (the rules before it leaked 30 there). It went from 6 to 7 when the call's
# own vocabulary in a body ("States should publish their contracts") stopped being read as
# a request: a refusal that no rule reads, in such a body, had been kept off the page by
# that misreading alone (no statement of the collection reads worse on its own). It went
# to 6 when requests began to be read from their parts (detect/refusals), and to 5 with the
# structural cues of the eighth and ninth collections, and to 4 when "for the Working
# Group's understanding only" was read as a reader named as the only one.
SECOND_FROZEN_LEAKS_MEASURED = 4


# The third adversarial collection (tests/adversarial3/), statements written by hand by
# another writer before the rules were read, both copies of a statement in one half: its
# frozen half bounded at the count measured when the bound was set (the rules before it
# leaked 23 there; 15 before requests were read from their parts; 12 before conditions,
# portions and anonymity were read from their parts for the fifth collection; 9 before the
# structural cues of the eighth and ninth collections; 7 before a request about the text
# at hand that no rule reads was left to an officer).
# With the fourteenth collection's rules (a text kept from going around, and the rest), 4;
# none once a consent with no one for its subject ("nobody on our board is comfortable
# with ...") was no consent, a rule written from sentences of its own, not from this half.
THIRD_FROZEN_LEAKS_MEASURED = 0


# The seventh adversarial collection (tests/adversarial7/), statements written by hand by
# people who never read the rules, put in every place of a message and its documents: its
# frozen half bounded at the count measured when the bound was set. When it was added:
# tune 35 leaks, frozen 32; with cue families read wherever they stand (a wait, second
# thoughts, a refusal to let it leave the reader's office): tune 0, frozen 28; with the
# structural cues of the eighth and ninth collections, 25; with a wrapped line read whole,
# "nothing in … may" read as the refusal it is and consents read from their parts, 22;
# with a request about the text at hand that no rule reads left to an officer, 21.
# With the fourteenth collection's rules (a text kept from going around, and the rest), 17.
SEVENTH_FROZEN_LEAKS_MEASURED = 17


# The eighth adversarial collection (tests/adversarial8/), statements written by hand by yet
# another writer who never read the rules. It was held out whole until the ninth came: 29
# leaks when it came (17 and 12 by half), 27 once the rules were tuned on the seventh
# collection, 26 with a text kept from going beyond its reader read as a cue. Since then its
# tune half is tuned on (16 leaks there, now 0) and its frozen half is bounded at the count
# measured: 10 before, 6 after; 4 with a request about the text at hand that no rule reads
# left to an officer.
EIGHTH_FROZEN_LEAKS_MEASURED = 4


# The ninth adversarial collection (tests/adversarial9/), statements written by hand by a
# fourth writer asked for structure rather than keywords (requests with no word of
# publishing, split over two sentences, by reference to an earlier call or "the usual
# terms"). When it came the rules leaked 109 times (52 tune, 57 frozen); with the
# structural cues tuned on the eighth's tune half, 48 and 48; tuned on its own tune half,
# 0 and 34; with the tenth collection's tune half read, 33; with the eleventh's (a reader
# named as the only one in other words, terms applied to what is sent), 31.
# With the fourteenth collection's rules (a text kept from going around, and the rest), 25.
# With a document's short paragraphs that stand alone and speak to the reader or of the
# text read as a message's own words, 24.
NINTH_FROZEN_LEAKS_MEASURED = 24


# The tenth adversarial collection (tests/adversarial10/), statements written by hand by a
# fifth writer asked for real mail rather than riddles (formal requests, parts, safety,
# the call's own options, plain consents). When it came the rules leaked 7 times (4 tune,
# 3 frozen), and read only 47.1% of its consents as consent; tuned on its tune half (a
# line wrapped after "the", a form's field answered "see cover letter", "nothing in this
# letter may", a welcome of a publication read as consent), 0 and 3, consent recall tune
# 19 -> 25 of 36 and frozen 21 -> 23 of 49; with a consent taken back by a doubt ("although
# our partners have doubts") read as the officer's, frozen 2.
TENTH_FROZEN_LEAKS_MEASURED = 2


# The eleventh adversarial collection (tests/adversarial11/), statements written by hand by a
# sixth writer, as real mail, most refusals without the words an obvious list holds (the
# organisation's standing practice, "for your information", "to you and to nobody else",
# "not on the internet", a refusal after a sentence sounding like consent). When it came the
# rules leaked 49 times (31 tune, 18 frozen), consent recall 18/31 and 31/54, 42.2% and
# 35.9% unclear; tuned on its tune half (a reader named as the only one, the sender's terms
# applied to what is sent, a use it is kept to, the internet kept out, "rather than" a public
# submission, where it came from left unsaid), 0 and 18, consent recall unchanged, 54.6% and
# 35.9% unclear; with a request about the text at hand that no rule reads left to an
# officer ("could you keep it among the experts"), frozen 14, 38.2% unclear; with the
# Office's site named and the Working Group as sole reader in French word order (tuned on
# the thirteenth), frozen 12, 40.6% unclear.
# With the fourteenth collection's rules (a text kept from going around, and the rest), 8.
# With the seventeenth's (signatures and authorship as identity, duties of secrecy, consent
# withdrawn or limited, harms if a third party reads it, and the rest), 6; 8 once a review
# narrowed them (a footer's data-protection notice, an ethics committee, a witness
# protection scheme, "internally" in a report's prose are no request).
ELEVENTH_FROZEN_LEAKS_MEASURED = 8


# The twelfth adversarial collection (tests/adversarial12/), statements written by hand by a
# seventh writer as the mail of one season by sixty writers (notes verbales, statutes, an
# ethics approval, a byline, "attribute it to a group of lawyers", colleagues who disagree,
# a board still to decide). When it came the rules leaked 26 times (13 tune, 13 frozen),
# consent recall 34/45 and 20/40, 30.2% and 47.4% unclear; with a request about the text at
# hand that no rule reads left to an officer, 13 and 9, consent recall 32/45 and 20/40, 31.3%
# and 48.6% unclear. Tuned on its tune half (a French request that elides "de", the text put
# under a description, a byline as the writer's name, the confidential nature of this text
# no topic, kept internal to the Working Group, a consent beside a disagreement or a refusal
# or whose decision is another's, a no to a question about publication no rule reads): 0 and
# 9, consent recall unchanged, 32.4% and 47.4% unclear. With a document's short paragraphs
# that stand alone and speak to the reader or of the text read as a message's own words, 6;
# with a form's question that speaks both of publishing and of leaving out read as
# unclear, 5.
TWELFTH_FROZEN_LEAKS_MEASURED = 5


# The thirteenth adversarial collection (tests/adversarial13/), statements written by hand by
# an eighth writer as the mail of one season, weighted to anonymity (requests to publish
# without the writer's or the organisation's name, a form's name field, a letterhead to
# drop, the Office's own site named, a text to stay offline). When it came the rules leaked
# 28 times (15 tune, 13 frozen), consent recall 16/39 and 24/35, 33.5% and 37.6% unclear;
# tuned on its tune half (the Office's site named, the Working Group as the only reader in
# French and Spanish word order, a text to stay offline, a letterhead or logo kept off,
# "not even with my name taken off", a form's name field answered by a refusal): 0 and 9,
# consent recall 16/39 and 22/35, 36.8% and 39.0% unclear.
THIRTEENTH_FROZEN_LEAKS_MEASURED = 9


# The fourteenth adversarial collection (tests/adversarial14/), statements written by hand by
# a ninth writer as the mail of one season, weighted to refusals that do not sound like
# refusals (65 of its 90 without publish, public, confidential, website or private). When it
# came the rules leaked 39 times (20 tune, 19 frozen), consent recall 23/37 and 28/35, 36.3%
# and 38.7% unclear; tuned on its tune half (a text kept from going around or showing up
# beside the reader or the text, sent so the reader understands, "better not", the writer
# put as one of a kind or by initials, advice to wait, a clearance awaited, a consent
# followed by something to take out, a yes with a part left out, a question about limits
# answered by a pointer elsewhere, a text kept to one use or passed on in trust): 0 and
# 16, consent recall 23/37 and 28/35, 44.7% and 41.4% unclear (the third's frozen half 5 -> 4,
# the seventh's 21 -> 17, the ninth's 31 -> 25, the eleventh's 12 -> 8). With a document's
# short paragraphs that stand alone and speak to the reader or of the text read as a
# message's own words, 13. With the seventeenth collection's rules, 9.
FOURTEENTH_FROZEN_LEAKS_MEASURED = 9


# The fifteenth adversarial collection (tests/adversarial15/), statements written by hand by
# a tenth writer as the mail of one season, weighted to refusals (53 of its 90 without
# publish, public, confidential, website or private) and anonymity requests (31 of its 50
# without anonymous or name). When it came the rules leaked 25 times (21 tune, 4 frozen),
# consent recall 17/30 and 18/32, 44.7% and 44.5% unclear; tuned on its tune half (a reach
# cut short, a text kept out of what goes public, not to appear in any document, testimony
# given on terms, what stays between writer and reader, a consent on a proviso or whose
# "but" speaks of who someone is, without the writer's personal details or the
# institution's name, a form's question whose yes keeps the text back): 0 and 4, consent
# recall 17/30 and 18/32, 49.2% and 44.5% unclear. With a document's short paragraphs that
# stand alone and speak to the reader or of the text read as a message's own words (a rule
# chosen without this collection), frozen 3, 45.1% unclear.
FIFTEENTH_FROZEN_LEAKS_MEASURED = 3


# The sixteenth adversarial collection (tests/adversarial16/), statements written by hand by
# an eleventh writer as the mail of one season, weighted to refusals and anonymity requests
# in shapes the others used little (a negation far from what it governs, no one as the
# subject, hedged wishes, a restriction of use or audience, terms said elsewhere, lines at a
# document's edges). When it came the rules leaked 57 times (25 tune, 32 frozen), consent
# recall 11/38 and 14/24, 49.7% and 45.8% unclear; tuned on its tune half (a text kept
# within or let beyond the experts, no one else to see it, no one as the subject of a text
# getting out, who wrote it kept from being known, a name given in quotes, a hedged wish, an
# open name question or someone still to ask, "until then" before a consent): 0 and 28,
# consent recall 11/38 and 14/24, 61.1% and 47.8% unclear. Then, with rules chosen without
# it (a text kept to internal use or under a court's protection, a TLP label, a harm if the
# text were seen or known): 0 and 24, 48.8% unclear on the frozen half. With the
# seventeenth collection's rules, 20; 22 once a review narrowed them.
SIXTEENTH_FROZEN_LEAKS_MEASURED = 22


# The seventeenth adversarial collection (tests/adversarial17/), statements written by hand
# by a twelfth writer in shapes the others used little: labels of restricted circulation,
# duties and laws left to the reader, harms if the text were seen, requests split over two
# sentences, what may be done with the text, anonymity without its words (signatures,
# initials, file properties, who wrote it), consent withdrawn or limited in time. When it
# came, with the rules chosen without it, the rules leaked 98 times (48 tune, 50 frozen),
# consent recall 7/19 and 20/43, 48.3% and 44.8% unclear; tuned on its tune half: 0 and 48,
# consent recall 7/19 and 18/43, 68.5% and 47.9% unclear; once a review narrowed the rules
# that fired on ordinary prose (signatures count only when taken out, the laws and duties
# only where they bind the text sent), 0 and 50, consent recall 7/19 and 20/43, 68.5% and
# 45.8% unclear.
SEVENTEENTH_FROZEN_LEAKS_MEASURED = 50


# Each collection's frozen half, bounded at the count measured (above); 4, 5 and 6 are
# bounded in their own folders' tests.
FROZEN_BOUNDS = {
    1: FROZEN_LEAKS_MEASURED,
    2: SECOND_FROZEN_LEAKS_MEASURED,
    3: THIRD_FROZEN_LEAKS_MEASURED,
    7: SEVENTH_FROZEN_LEAKS_MEASURED,
    8: EIGHTH_FROZEN_LEAKS_MEASURED,
    9: NINTH_FROZEN_LEAKS_MEASURED,
    10: TENTH_FROZEN_LEAKS_MEASURED,
    11: ELEVENTH_FROZEN_LEAKS_MEASURED,
    12: TWELFTH_FROZEN_LEAKS_MEASURED,
    13: THIRTEENTH_FROZEN_LEAKS_MEASURED,
    14: FOURTEENTH_FROZEN_LEAKS_MEASURED,
    15: FIFTEENTH_FROZEN_LEAKS_MEASURED,
    16: SIXTEENTH_FROZEN_LEAKS_MEASURED,
    17: SEVENTEENTH_FROZEN_LEAKS_MEASURED,
}


@pytest.mark.parametrize("number", sorted(FROZEN_BOUNDS))
def test_the_adversarial_collection_leaks_nothing_on_the_tuned_half(
    scored: Scored, number: int
) -> None:
    """No refused or anonymous submission on the page (nor its name or files), no
    non-submission, no active content: none on the half the rules were tuned on, and on
    the frozen half no more than measured."""
    _leaks_nothing_on_the_tuned_half(scored, number, FROZEN_BOUNDS[number])
