"""The hand-labelled calls mailboxes are what their script makes of their text, and read
as mail; the fourth (all of it received while both calls are open), the fifth, the sixth,
the seventh, the other mandates' mailboxes (business, housing, education, assembly,
migrants) and this one's with its call on children are scored per half."""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import json
import mailbox
import os
import subprocess
import sys
import tomllib
import types
from collections import Counter
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data" / "calls"
MAILBOXES = ["2", "3", "4", "5", "6", "7"]
# The Working Group on business and human rights' two calls, in a mailbox of their own.
BUSINESS = Path(__file__).parent / "data" / "calls2"
# The Special Rapporteur on the right to adequate housing's two calls, in a third.
HOUSING = Path(__file__).parent / "data" / "calls3"
# The Special Rapporteur on the right to education's two calls, in a fourth.
EDUCATION = Path(__file__).parent / "data" / "calls4"
# This Working Group's call beside its call on the same companies and the rights of children.
CHILDREN = Path(__file__).parent / "data" / "calls5"
# The Special Rapporteur on the rights to freedom of peaceful assembly and of association's
# two calls, on climate and environmental activists and on the funding of civil society.
ASSEMBLY = Path(__file__).parent / "data" / "calls6"
# The Special Rapporteur on the human rights of migrants' two calls, on access to justice and
# effective remedies for migrants in an irregular situation and on migrants in the context of
# climate change and disasters.
MIGRANTS = Path(__file__).parent / "data" / "calls7"
# A scored mailbox: its messages, its labels and the calls it is read with.
SCORED = {
    number: (DATA / f"mailbox{number}.mbox", DATA / f"labels{number}.tsv", DATA / "config.toml")
    for number in ("4", "5", "6", "7")
} | {
    "business": (BUSINESS / "mailbox.mbox", BUSINESS / "labels.tsv", BUSINESS / "config.toml"),
    "housing": (HOUSING / "mailbox.mbox", HOUSING / "labels.tsv", HOUSING / "config.toml"),
    "education": (EDUCATION / "mailbox.mbox", EDUCATION / "labels.tsv", EDUCATION / "config.toml"),
    "children": (CHILDREN / "mailbox.mbox", CHILDREN / "labels.tsv", CHILDREN / "config.toml"),
    "assembly": (ASSEMBLY / "mailbox.mbox", ASSEMBLY / "labels.tsv", ASSEMBLY / "config.toml"),
    "migrants": (MIGRANTS / "mailbox.mbox", MIGRANTS / "labels.tsv", MIGRANTS / "config.toml"),
}


def _maker() -> types.ModuleType:
    spec = importlib.util.spec_from_file_location("make_mailbox2", DATA / "make_mailbox2.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _labels(number: str) -> list[dict[str, str]]:
    return _rows(DATA / f"labels{number}.tsv")


def _rows(labels: Path) -> list[dict[str, str]]:
    with labels.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_the_script_knows_every_mailbox() -> None:
    assert sorted(_maker().MAILBOXES) == MAILBOXES


@pytest.mark.parametrize("number", MAILBOXES)
def test_mailbox_and_labels_are_current(number: str, tmp_path: Path) -> None:
    maker = _maker()
    source, _, _ = maker.MAILBOXES[number]
    maker.write(tmp_path / "m.mbox", tmp_path / "l.tsv", source)
    built = (tmp_path / "m.mbox").read_bytes()
    assert built == (DATA / f"mailbox{number}.mbox").read_bytes()
    assert (tmp_path / "l.tsv").read_bytes() == (DATA / f"labels{number}.tsv").read_bytes()


@pytest.mark.parametrize("folder", ["calls2", "calls3", "calls4", "calls5", "calls6", "calls7"])
def test_a_folders_mailbox_and_labels_are_current(folder: str, tmp_path: Path) -> None:
    maker = _maker()
    assert folder in maker.MANDATES
    source, mbox, labels, to = maker.mandate(folder)
    maker.write(tmp_path / "m.mbox", tmp_path / "l.tsv", source, to)
    assert (tmp_path / "m.mbox").read_bytes() == mbox.read_bytes()
    assert (tmp_path / "l.tsv").read_bytes() == labels.read_bytes()


@pytest.mark.parametrize("number", MAILBOXES)
def test_every_message_is_labelled_once_with_a_receipt_date(number: str) -> None:
    rows = _labels(number)
    labels = {row["message_id"]: row["answers"] for row in rows}
    assert len(labels) == len(rows)
    seen = []
    for message in mailbox.mbox(DATA / f"mailbox{number}.mbox"):
        received = parsedate_to_datetime(message["Received"].rsplit(";", 1)[1])
        assert received.tzinfo is not None
        assert message["To"] == "wg-submissions@example.org"
        seen.append(message["Message-ID"])
    assert sorted(seen) == sorted(labels)
    counts = Counter(labels.values())
    assert counts["this"] >= 40 and counts["other"] >= 20 and counts["cannot"] >= 3
    if number != "4":  # the fourth is all received while both calls are open
        assert counts["before"] >= 3


def test_the_third_mailbox_mixes_calls_ways_and_languages_as_a_season_of_mail_does() -> None:
    entries = tomllib.loads((DATA / "mailbox3.toml").read_text("utf-8"))["message"]
    assert len(entries) >= 120
    answers = Counter(entry["answer"] for entry in entries)
    assert answers["this"] >= 0.5 * len(entries) and answers["other"] >= 0.2 * len(entries)
    assert answers["before"] >= 8 and answers["cannot"] >= 12
    ways = Counter(entry["how"] for entry in entries)
    assert min(ways.values()) >= 5 and set(ways) == _maker().HOWS
    languages = Counter(entry["lang"] for entry in entries)
    assert set(languages) == {"en", "fr", "es"} and min(languages.values()) >= 25
    # A reply or forward quotes a message of the mailbox received before it.
    received = {entry["id"]: datetime.fromisoformat(entry["received"]) for entry in entries}
    for entry in entries:
        if "reply_to" in entry:
            assert received[entry["reply_to"]] < received[entry["id"]], entry["id"]


def test_the_fourth_mailbox_is_told_by_topic_while_both_calls_are_open() -> None:
    entries = tomllib.loads((DATA / "mailbox4.toml").read_text("utf-8"))["message"]
    assert len(entries) >= 90
    found = Counter((entry["answer"], entry["how"]) for entry in entries)
    assert found["this", "topic"] >= 35 and found["other", "topic"] >= 20
    assert found["cannot", "topic"] + found["cannot", "neither"] >= 20
    assert sum(n for (answer, how), n in found.items() if how in {"named", "symbol"}) >= 8
    languages = Counter(entry["lang"] for entry in entries)
    assert set(languages) == {"en", "fr", "es"} and min(languages.values()) >= 20
    opened, closed = datetime(2019, 12, 10), datetime(2020, 3, 17, 23, 59)
    for entry in entries:
        received = datetime.fromisoformat(entry["received"]).replace(tzinfo=None)
        assert opened <= received <= closed, entry["id"]


def test_the_fifth_mailbox_mixes_senders_and_languages_and_tells_most_by_topic() -> None:
    entries = tomllib.loads((DATA / "mailbox5.toml").read_text("utf-8"))["message"]
    assert len(entries) >= 100
    found = Counter(entry["how"] for entry in entries)
    assert found["topic"] >= 0.5 * len(entries) and found["named"] + found["symbol"] >= 20
    languages = Counter(entry["lang"] for entry in entries)
    assert set(languages) == {"en", "fr", "es"} and min(languages.values()) >= 30
    opened = datetime(2019, 12, 10)
    for entry in entries:
        received = datetime.fromisoformat(entry["received"]).replace(tzinfo=None)
        assert (received < opened) == (entry["answer"] == "before"), entry["id"]


def test_the_sixth_mailbox_tells_most_by_paraphrase_in_three_languages() -> None:
    entries = tomllib.loads((DATA / "mailbox6.toml").read_text("utf-8"))["message"]
    assert len(entries) >= 100
    found = Counter(entry["how"] for entry in entries)
    assert found["topic"] >= 0.5 * len(entries)
    answers = Counter(entry["answer"] for entry in entries)
    assert answers["this"] >= 40 and answers["other"] >= 20 and answers["cannot"] >= 3
    languages = Counter(entry["lang"] for entry in entries)
    assert set(languages) == {"en", "fr", "es"} and min(languages.values()) >= 30
    opened = datetime(2019, 12, 10)
    for entry in entries:
        received = datetime.fromisoformat(entry["received"]).replace(tzinfo=None)
        assert (received < opened) == (entry["answer"] == "before"), entry["id"]


def _frozen(message_id: str) -> bool:
    """A scored mailbox's frozen half, fixed by a hash of the Message-ID."""
    return int(hashlib.sha256(message_id.encode()).hexdigest(), 16) % 2 == 1


@pytest.fixture(scope="module", params=sorted(SCORED))
def scored(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, dict[str, Counter[str]]]:
    """The documented flow on a scored mailbox (import, triage --auto, export), counted
    per half: `label:call` for the call each message is given, `label:page` when it is
    on this call's page."""
    number: str = request.param
    messages, labelled, calls = SCORED[number]
    work = tmp_path_factory.mktemp(f"mailbox{number}")
    config = work / "config.toml"
    text = calls.read_text("utf-8")
    config.write_text(text + '\n[store]\npath = "store"\n', "utf-8")
    env = {k: v for k, v in os.environ.items() if k != "WGSUBMIT_CONFIG"}
    base = [sys.executable, "-m", "wgsubmit", "--config", str(config), "-q"]
    page_file = work / "page.json"
    for args in (
        ["import", str(messages)],
        ["triage", "--auto"],
        ["export", "--format", "json", "-o", str(page_file)],
    ):
        subprocess.run([*base, *args], env=env, check=True, capture_output=True)
    listing = subprocess.run(
        [*base, "list", "--json", "--all"], env=env, check=True, capture_output=True
    )
    page = json.loads(page_file.read_text("utf-8"))
    on_page = {entry["id"] for group in page["groups"] for entry in group["entries"]}
    labels = {row["message_id"]: row["answers"] for row in _rows(labelled)}
    halves: dict[str, Counter[str]] = {"tune": Counter(), "frozen": Counter()}
    for record in json.loads(listing.stdout):
        label = labels[record["message_id"]]
        half = halves["frozen" if _frozen(record["message_id"]) else "tune"]
        half[f"{label}:{record['call']}"] += 1
        half[label] += 1
        if record["id"] in on_page:
            half[f"{label}:page"] += 1
    return number, halves


# This call's submissions given to this call, per half, at least as many as measured:
# tune 14/19 and frozen 20/25 when the mailbox came; 17/19 and 22/25 since a subject line
# tells a topic rather than a call and each subject field holds its subject's general terms;
# tune 16/19 since "à bord" is no form of "border" (a message that only that word placed);
# frozen 23/25 since the migration field holds sea arrivals and family detention, and 22/25
# since words that are forms of common ones ("stated", "paths", "al borde", "il vise") are
# not read as "statelessness", "pateras", "border" or "visas"; frozen 23/25 since words are
# compared whole, as forms of one word in one language, and the fields hold again the words
# that the likeness of beginnings had kept out ("visa", "pateras", "statelessness").
# The fifth, written later and apart, scored by the rules of its day before any was tuned
# on it: tune 18/19, frozen 23/25.
# Fourth tune 17/19 since "personnes reconduites" is a removal and an auxiliary does not
# part a term's words; fifth tune 19/19 since "extraction" alone (of a phone's data) is no
# extractive industry's. Frozen halves unchanged by either.
# The sixth, written later and apart, scored by the rules of its day before any was tuned
# on it: tune 24/32, frozen 14/18. Tune 30/32 and frozen 15/18 since the migration field
# holds the words in which those who work with migrants name camps, crossings, people held
# and smugglers ("personnes retenues", "casa de paso", "coyotes"), and the extractive field
# those of a mine's works and of concessions ("shafts", "concession forestière", "salar"),
# which also keeps from this call a message no one could place and one of the other call's.
# Fourth tune 18/19, fifth frozen 24/25 since the field holds children who arrive or travel
# alone ("mineurs isolés", "niños que viajan solos") as well as "unaccompanied" ones.
# The seventh, written later and apart as an ordinary season (most told by topic, some by
# name, symbol or thread), scored by the rules of its day before any was tuned on it: tune
# 20/23, frozen 20/24, and nothing of the other call's or undecidable on this call's page.
# Fourth tune 19/19, sixth tune 32/32, seventh tune 23/23 and frozen 22/24 since the
# migration field holds the stages of detention and removal ("removal dates", "processing
# centres", and as written "reporting centres", "sending State"), what a sender sets aside
# ("pero este aporte es sobre otra cosa") is not its topic, and a reply answers the call
# that the secretariat's acknowledgement it quotes names. Other frozen halves unchanged.
# The business and human rights mailbox, another mandate's two calls read with only what an
# officer would write of them (titles in three languages, symbols, eight words each), written
# apart and scored before any rule was tuned on it: tune 20/26, frozen 24/28; on its frozen
# half two of the garment call's messages and one no one could place were given to this call.
# Tune 26/26 and frozen 27/28, nothing of the other call's or undecidable given to this call
# on either half, since the frame of every call on business and human rights (access to
# remedy, grievance mechanisms, due diligence, affected communities, workers, projects,
# supply chains, in three languages) tells no call's subject, a keyword of a few words
# ("wind farm") counts only with its words together, and the fields hold the energy
# transition's words ("éoliennes", "plantas fotovoltaicas", "barrage hydroélectrique") and
# garment and textile supply chains' ("filatures de coton", "maquilas", "piece rates").
# Mailboxes 4-7 unchanged on both halves.
# Business frozen 28/28 (tune 26/26) since a word common outside its field counts only in
# its terms ("fashion", "moda", "prendas", "confección", clothes, the Spanish "solar",
# "electricity", "renouvelables"): an energy message no longer meets a garment word it
# only seemed to use. The garment call's own recall: tune 17/17, frozen 15/17 -> 14/17, the
# one it lost going to an officer. A keyword's terms follow the fields' rule, and the
# frame's access, communities, workers and supply chains tell no call only beside it.
# Mailboxes 4-7 unchanged on both halves.
# The right to housing mailbox, a third mandate's two calls read with what an officer wrote
# of them before reading the messages, held out until then and scored before any rule was
# tuned on it: tune 20/28, frozen 21/27; on its tune half two of the homelessness call's
# messages and three no one could place were given to this call (two of them on its page),
# on its frozen half one and three. Tune 27/28 and frozen 22/27, nothing of the other
# call's or undecidable given to this call on either half, since the words every call of
# the mandate shares (housing, tenants, rents, evictions, informal settlements, the housing
# crisis, in three languages) tell no call's subject, the fields hold the climate crisis's
# words ("la crue", "sécheresse", "riada", "deslaves", "renovicted") and homelessness's
# ("hébergement d'urgence", "albergue nocturno", "camping ban", "anti-couchage"), a word
# common outside its field counting only in its terms, and "climatique", "climática" and
# "criminalisation", "criminalización" are spelled alike. The homelessness call's own
# recall: tune 10/19 -> 18/19, frozen 8/16 -> 13/16. Mailboxes 4-7 and business unchanged.
# The right to education mailbox, a fourth mandate's two calls, written apart and scored
# before any rule was tuned on it: tune 20/22, frozen 29/33, and on this call's page one
# of the other call's messages and two no one could place on the tune half, one and one on
# the frozen half (three of them published). Then a word another call has in one of its
# terms ("schools" of "low-fee private schools") was read as the whole mandate's, a field
# taken only by its words or whole terms (one word of a term, "urgence" of "hébergement
# d'urgence", had given the call on emergencies the field of homelessness), and the
# mandate's frame and two subject fields, education in emergencies and privatisation in
# education, compiled from public sources by a hand that had not read the mailbox: tune
# 20/22, frozen 30/33, nothing of the other call's or undecidable on this call's page on
# either half. The other call's own recall: tune 10/15 -> 14/15, frozen 11/20 -> 18/20.
# The mailbox of this Working Group's call beside its call on the same companies and the
# rights of children, the design's own example of a neighbouring call: this call set up from
# its title and dates alone, with no keywords, the other with its two ("children", "child
# soldiers"), written apart and scored before any rule was tuned on it: tune 24/33, frozen
# 26/30. Children are migrants too: unaccompanied minors in a contractor's centre are this
# call's, children a contractor recruits or trains the other's. On its tune half one message
# no one could place (a company's migrants' centres and its training of adolescents for a
# militia) was given to this call and published; on its frozen half one of the other call's
# was given to this call, not published (ON_THIS). The tune half's was kept off since the
# field of children holds their recruitment and training as those who document it name the
# recruits ("training of adolescents", "adolescentes reclutados"). Tune 26/33 and frozen
# 30/30 since a subject field names the reports written on it: a call that takes the field
# is named by their symbols, as this call, set up without its symbol, is by "A/HRC/45/9" in
# a note verbale or a subject. The frozen half's message of the other call stays on this
# call, unpublished. Other mailboxes unchanged on both halves.
# The mailbox of the Special Rapporteur on the rights to freedom of peaceful assembly and of
# association, a fifth mandate's two calls set up from their pages before any message was
# read (this call on climate and environmental activists, the other on restrictions of the
# funding of civil society), written apart and scored before any rule was tuned on it: tune
# 20/26, frozen 25/37. The overlap is real: a foreign-agent law used against a climate group
# is either call's or both. On its tune half three of the other call's messages and two no
# one could place were given to this call (one and two of them published), on its frozen
# half two and four (one and one published): associations, peaceful assembly and the
# freedoms themselves were read as this call's, whose title names them, and the other call
# had no words of its subject but "restrictions" and "organisations", which every call of
# the mandate has. Tune 25/26 and frozen 23/37, nothing of the other call's or undecidable
# given to this call on either half, since the frame of every call of that mandate (the
# freedoms and their exercise, associations, civil society, civic space, restrictions,
# protests and marches, in three languages) tells no call's subject, and the fields hold
# climate and environmental activism as those who document it name it (land defenders,
# civil disobedience, SLAPPs, tear gas and rubber bullets, "militants écologistes",
# "procédures bâillons", "balas de goma", "comuneros") and the funding of civil society
# (donors, grants, banks that close associations' accounts, charitable status, terrorist
# financing rules, "bailleurs de fonds", "cuentas bancarias", "donantes"). The other
# call's own recall: tune 6/15 -> 15/15, frozen 7/12 -> 9/12. This call's frozen recall
# fell from 25/37 to 23/37, measured once at the end on a half no rule was tuned on.
# Other mailboxes unchanged on both halves.
# Frozen 22/37 since "climate" and "clima" alone, or in a term whose other words are the
# frame's ("climate protesters", "marchas por el clima"), are no field's words: a housing
# call on the climate crisis took the field of climate activism through them.
# The mailbox of the Special Rapporteur on the human rights of migrants, a sixth mandate's two
# calls set up from their pages before any message was written (this call on access to justice
# and effective remedies for migrants in an irregular situation, the other on migrants in the
# context of climate change and disasters), written apart: 29 of this call's messages on the
# tune half and 32 on the frozen half. As it came, scored by the rules of its day before any
# was tuned on it: tune 26/29, frozen 24/32; given to this call, none of them published, three
# of the other call's messages and three no one could place on the tune half, two and one on
# the frozen half (ON_THIS), and two no one could place given to the other call on the tune
# half. "Remedies" and "recours" were the business frame's there, every mandate's stopwords.
# Since a mandate's frame is in force only where every call holds it (the business frame is
# not this mailbox's: only this call holds "remedies"), tune 26/29 and frozen 24/32 still,
# the same messages given to this call, and one no one could place ("expulsions sans
# recours" after a cyclone) kept from the other call for an officer. Other mailboxes
# unchanged on both halves. Then a subject field that two calls' words both use enough to
# take is neither's (both calls are on migrants: the words of migration told this call's
# only because its title used more of them), and a field of access to justice (courts,
# lawyers, legal aid, complaints, appeals, compensation, impunity, in three languages) is
# known: tune 29/29 (28/29 once appeals, compensation and ombudsmen, words of every subject,
# left it), frozen 28/32; given to this call, tune one of the other call's and two
# no one could place (the "situation" of migrants in a town, a word of this call's title),
# frozen none; nothing given to the other call. Other mailboxes unchanged on both halves.
RECALL = {
    "migrants": {"tune": (28, 29), "frozen": (28, 32)},
    "assembly": {"tune": (25, 26), "frozen": (22, 37)},
    "children": {"tune": (26, 33), "frozen": (30, 30)},
    "education": {"tune": (20, 22), "frozen": (30, 33)},
    "business": {"tune": (26, 26), "frozen": (28, 28)},
    "housing": {"tune": (27, 28), "frozen": (22, 27)},
    "4": {"tune": (19, 19), "frozen": (23, 25)},
    "5": {"tune": (19, 19), "frozen": (24, 25)},
    "6": {"tune": (32, 32), "frozen": (15, 18)},
    "7": {"tune": (23, 23), "frozen": (22, 24)},
}
# Messages an officer could not place (`cannot`) that are given to the other call, at most
# as many as measured: they should be the officer's (tune 3 and frozen 2 when the mailbox
# came; tune 1 since a subject line that tells the other call's topic sends a message there
# only when none of its words are this call's).
# The fifth: tune 0, frozen 1 when it came. The sixth and the seventh: tune 0, frozen 0
# when they came. The business mailbox: tune 0, frozen 2 when it came; frozen 1 since the
# business and human rights frame tells no call's subject and the garment field is known.
# The housing mailbox: tune 0, frozen 0 when it came, and since; the education mailbox too,
# and the children mailbox. The assembly mailbox: tune 2, frozen 0 when it came (a report
# on civic space and a coalition's two pressures went to the other call by "organisations"
# and "restrictions"); tune 0 since the mandate's frame tells no call's subject. The
# migrants mailbox: tune 2, frozen 0 when it came; tune 1 since the business frame is in
# force only among calls that all hold it ("recours" is this call's word there); tune 0
# since the field of migration, which both calls' words use, is neither's.
CANNOT_ON_OTHER = {
    "migrants": {"tune": 0, "frozen": 0},
    "assembly": {"tune": 0, "frozen": 0},
    "children": {"tune": 0, "frozen": 0},
    "education": {"tune": 0, "frozen": 0},
    "business": {"tune": 0, "frozen": 1},
    "housing": {"tune": 0, "frozen": 0},
    "4": {"tune": 1, "frozen": 2},
    "5": {"tune": 0, "frozen": 1},
    "6": {"tune": 0, "frozen": 0},
    "7": {"tune": 0, "frozen": 0},
}

# Another call's or undecidable messages given to this call, never published, at most as
# many as measured where that is not none: the children mailbox's frozen half, as it came
# (one of the other call's), a half no rule is tuned on; the migrants mailbox as it came and
# since (tune three of the other call's and three no one could place, frozen two and one);
# since the field of migration is neither call's, tune one and two, frozen none. Every
# other tune half must hold none.
ON_THIS = {"children": {"frozen": 1}, "migrants": {"tune": 3}}


@pytest.mark.parametrize("half", ["tune", "frozen"])
def test_a_scored_mailbox_keeps_other_and_uncertain_mail_off_this_page(
    scored: tuple[str, dict[str, Counter[str]]], half: str
) -> None:
    number, halves = scored
    counts = halves[half]
    # Precision: nothing another call's or undecidable is published, nor given to this call
    # beyond what a frozen half was measured to give it.
    assert counts["other:page"] == 0 and counts["cannot:page"] == 0
    given = counts["other:this"] + counts["cannot:this"]
    assert given <= ON_THIS.get(number, {}).get(half, 0)
    # Recall, as measured.
    found, total = RECALL[number][half]
    assert counts["this"] == total
    assert counts["this:this"] >= found
    # Fail closed for the other call's page too: what no one could place is not its.
    assert counts["cannot:other"] <= CANNOT_ON_OTHER[number][half]
