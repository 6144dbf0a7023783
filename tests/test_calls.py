"""One mailbox, several calls: each submission is judged against the call it answers.

The mailbox `tests/data/calls/mailbox.mbox` holds two overlapping calls of one mandate on
different topics (immigration and border management; the extractive industry), in
English, French and Spanish; `labels.tsv` says which call each message answers, as its
sender meant it.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner, Result

from wgsubmit import mailfile
from wgsubmit.cli import cli
from wgsubmit.config import load_config, parse_config
from wgsubmit.detect import call_words, calls
from wgsubmit.detect.call_vocabulary import frames_in_force as calls_frames
from wgsubmit.detect.thread import own_text, secretariat_text, submitter_text
from wgsubmit.errors import ConfigError
from wgsubmit.parse import parse_message

DATA = Path(__file__).parent / "data" / "calls"
UTC = dt.UTC

BORDERS = calls.Call(
    "The role of private military and security companies in immigration and border management",
    ("A/HRC/45/9", "migrants", "migrantes", "frontières", "asylum"),
)
MINES = calls.Call(
    "Private military and security companies in the extractive industry",
    ("A/HRC/45/10", "mining", "minería", "minière", "extractives"),
    dt.datetime(2020, 4, 30, 22, tzinfo=UTC),
)
OPENED = dt.datetime(2019, 12, 9, 23, tzinfo=UTC)
MARCH = dt.datetime(2020, 3, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("subject", "body", "answer"),
    [
        ("Submission to the call for inputs on PMSCs in the extractive industry", "", "other"),
        ("Contribution", "En réponse à l'appel à contributions : industrie extractive.", "other"),
        ("Aporte", "Respuesta al cuestionario sobre migrantes en la frontera.", "this"),
        ("Note verbale", "with reference to the questionnaire, for report A/HRC/45/10", "other"),
        ("Note verbale", "with reference to the questionnaire, for report A/HRC/45/9", "this"),
        ("Our submission", "Guards at the gold mining site shot at miners; mining firms.", "other"),
        ("Contribution", "Les migrants retenus à la frontière n'ont pas accès à l'asile.", "this"),
        ("Submission", "Please find our submission attached.", "unclear"),
        # Both topics, neither clearly: an officer decides.
        ("Submission", "Migrants work in mining.", "unclear"),
        (
            "Our contribution",
            "Guards detain migrants at the border and hand them to immigration police for "
            "deportation; some of them came to work at the mine.",
            "unclear",
        ),
        # What every call of the mandate shares tells nothing.
        ("Submission", "Private military and security companies must be regulated.", "unclear"),
    ],
)
def test_the_call_a_submission_answers(subject: str, body: str, answer: str) -> None:
    said = calls.Said(subject, body)
    assert calls.decide(said, MARCH, BORDERS, [MINES], OPENED).value == answer


@pytest.mark.parametrize(
    ("subject", "body", "answer"),
    [
        # Forms of a word across the three languages: "frontières", "fronterizas"; the
        # keyword "mining" and "miniers", "mineras".
        ("Aporte", "Personas migrantes retenidas en zonas fronterizas.", "this"),
        ("Contribution", "Des gardes armés protègent les sites miniers.", "other"),
        ("Aporte", "Guardias armados en las concesiones mineras.", "other"),
        # "Front" is no form of "frontière": the word in passing tells nothing.
        ("Submission", "On the front line of the debate, as always.", "unclear"),
        # Named, but its topic is as much another call's: an officer decides.
        ("Submission – migrants at the border", "Mining guards shot at miners.", "unclear"),
        # Told by its topic alone, any word of another call's subject leaves it to an
        # officer, however many of this call's words surround it.
        ("Submission", "Migrants, migrants and migrants in mining.", "unclear"),
        ("Submission", "Migrants and migrants in mining.", "unclear"),
    ],
)
def test_word_forms_and_conflicts(subject: str, body: str, answer: str) -> None:
    said = calls.Said(subject, body)
    assert calls.decide(said, MARCH, BORDERS, [MINES], OPENED).value == answer


@pytest.mark.parametrize(
    ("subject", "body", "answer"),
    [
        # A call takes the words of its subject field (call_fields.toml), in the three
        # languages, beyond its keywords: the topics of its questionnaire.
        ("Contribution", "Des agents privés gardent les centres de rétention.", "this"),
        ("Nuestro aporte", "Escoltas privados en vuelos de expulsión.", "this"),
        ("Submission", "Private escorts on removal flights and carrier sanctions.", "this"),
        ("Aporte", "Devoluciones en caliente y centros de internamiento.", "this"),
        ("Submission", "Guards escort the gold convoys from the site.", "other"),
        ("Contribution", "Des vigiles armés gardent les sites aurifères.", "other"),
        ("Aporte", "Guardias privados en el oleoducto y los yacimientos.", "other"),
        # A field's term is found only whole: "expulsión" alone is also an eviction from
        # land, "rétention" also a tailings pond's.
        ("Aporte", "La expulsión de las comunidades de sus tierras.", "unclear"),
        ("Contribution", "Les bassins de rétention ont cédé.", "unclear"),
        # The other call's field keeps a message on both subjects off this page, even when
        # its other subject is in words no call's keywords hold.
        ("Submission", "Migrants are detained at the border by guards of gold convoys.", "unclear"),
        ("Contribution", "Des migrants travaillent sur les sites aurifères.", "unclear"),
    ],
)
def test_a_call_is_told_by_the_words_of_its_field(subject: str, body: str, answer: str) -> None:
    said = calls.Said(subject, body)
    assert calls.decide(said, MARCH, BORDERS, [MINES], OPENED).value == answer


@pytest.mark.parametrize(
    ("subject", "body", "answer"),
    [
        # A subject line tells the submission's topic, not a call it names: its call holds
        # only when the words of the whole clearly outweigh another call's.
        ("Guards at the gold mines", "They threaten migrant workers.", "unclear"),
        ("Trabajadores en las minas de oro", "Los guardias amenazan a los migrantes.", "unclear"),
        (
            "Contribución sobre trabajadores migrantes",
            "Migrantes cruzan la frontera para trabajar en las minas; en el paso fronterizo "
            "los guardias les niegan el asilo.",
            "this",
        ),
        # A subject that tells another call's topic sends the submission there only when
        # none of its words are this call's: the officer of this call sees the rest.
        (
            "Trabajadores sin papeles en las minas de oro",
            "Los guardias de la mina amenazan con entregarlos a la autoridad migratoria.",
            "unclear",
        ),
        ("Guards at the gold mines", "They beat the miners who protested.", "other"),
        # So does a report of the sender's own ("our report on …").
        ("Submission", "Our report on the gold mines: guards threaten migrant workers.", "unclear"),
        # "We call on States" names no call.
        (
            "Submission",
            "We call on States to shut the gold mines' guard posts. Migrants are held there.",
            "unclear",
        ),
        # A call named as such ("the call for inputs on …") holds unless the topic is as
        # much another call's.
        (
            "Submission to the call for inputs on the extractive industry",
            "Guards at the gold mines threaten migrant workers.",
            "other",
        ),
        (
            "Contribution",
            "En réponse à l'appel à contributions sur les migrants aux frontières : les "
            "gardes du site minier retiennent des migrants.",
            "this",
        ),
    ],
)
def test_a_subject_tells_a_topic_a_named_call_holds(subject: str, body: str, answer: str) -> None:
    said = calls.Said(subject, body)
    assert calls.decide(said, MARCH, BORDERS, [MINES], OPENED).value == answer


@pytest.mark.parametrize(
    ("subject", "body", "answer"),
    [
        # The terms of migration governance in general (IOM's Glossary on Migration, the
        # EMN glossary, the IMO's guidelines on persons rescued at sea) ...
        ("Submission", "Armed guards hand people rescued at sea to a patrol vessel.", "this"),
        ("Submission", "A contractor runs the alternatives to detention scheme.", "this"),
        ("Submission", "Guards at the holding centre for foreigners at the airport.", "this"),
        ("Contribution", "Des mineurs non accompagnés sont gardés par une société privée.", "this"),
        ("Aporte", "Vigilantes privados en las zonas de tránsito del aeropuerto.", "this"),
        ("Submission", "Contractors staff the offshore processing centres.", "this"),
        ("Aporte", "Vigilantes privados reciben a los cayucos en el puerto.", "this"),
        # Words once left out for their likeness to common ones ("visant", "front", "pata"):
        # a word is now compared whole.
        ("Aporte", "Vigilantes privados interceptan pateras frente a la costa.", "this"),
        ("Submission", "Contractors run the visa centre that Frontex funds.", "this"),
        ("Contribution", "Les passeurs sont remis aux vigiles privés.", "this"),
        ("Submission", "Guards at the family detention centre.", "this"),
        # ... and of the extractive industry's commodities and works (EITI, OECD, USGS).
        ("Submission", "Armed guards on the sand dredging barges beat fishermen.", "other"),
        ("Aporte", "Guardias privados reprimieron tras los derrames de petróleo.", "other"),
        ("Contribution", "Des gardes privés protègent les plateformes pétrolières.", "other"),
        ("Submission", "Private guards at the gas plant beat the herders.", "other"),
        # Their words that are forms of common ones are given only in terms: "States" is
        # not "stateless", "están" not "estaño", a foreign company not a foreigner, a
        # return to work not a returnee, "paths" not "pateras".
        ("Submission", "States must regulate security providers.", "unclear"),
        # "À bord" and "au bord de la route" are not "border", "passage" not "passagers".
        ("Contribution", "Les vigiles au bord de la route ont frappé des passants.", "unclear"),
        ("Contribution", "Le passage de la loi sur les vigiles a été retardé.", "unclear"),
        ("Submission", "Frontline workers of the security firm face borderline cases.", "unclear"),
        ("Aporte", "Los vigilantes del centro deportivo; adjuntamos un extracto.", "unclear"),
        ("Aporte", "Los vigilantes, al borde de la huelga.", "unclear"),
        ("Aporte", "Los migrantes pagan el cobro que les cobra la empresa.", "this"),
        ("Submission", "Asylum seekers cannot cope; a golden rule is broken.", "this"),
        ("Contribution", "La loi vise les vigiles.", "unclear"),
        ("Submission", "It would be nice if, as stated, guards were trained.", "unclear"),
        ("Aporte", "Los guardias están armados.", "unclear"),
        ("Submission", "A foreign security company returns to work.", "unclear"),
        ("Submission", "Paths to accountability for the security company.", "unclear"),
        # Data extracted from a phone is no extractive industry's; a mineral's is.
        (
            "Submission",
            "The contractor's extraction of data from phones of asylum seekers.",
            "this",
        ),
        ("Aporte", "La extracción de datos de los teléfonos de solicitantes de asilo.", "this"),
        ("Submission", "Guards at sites of mineral extraction beat the protesters.", "other"),
        ("Contribution", "Les vigiles d'un site d'extraction minière.", "other"),
        # People sent back are; a contract renewed or lands given back are not.
        ("Contribution", "Des centaines de personnes ont été reconduites par avion.", "this"),
        ("Contribution", "Le contrat des vigiles a été reconduit.", "unclear"),
        ("Aporte", "Las personas devueltas al país vecino por los guardias.", "this"),
        ("Aporte", "Las tierras devueltas a la comunidad por los guardias.", "unclear"),
    ],
)
def test_the_general_terms_of_each_subject(subject: str, body: str, answer: str) -> None:
    said = calls.Said(subject, body)
    assert calls.decide(said, MARCH, BORDERS, [MINES], OPENED).value == answer


@pytest.mark.parametrize(
    ("subject", "body", "answer"),
    [
        # The stages of detention and removal as those who visit or bail people held name
        # them: the date and directions of a removal, offshore processing centres ...
        ("Submission", "Custody staff tell the men their removal dates at 5 a.m.", "this"),
        ("Submission", "Guards set the removal directions before a lawyer is called.", "this"),
        ("Submission", "A consortium runs the processing centre on the atoll.", "this"),
        ("Aporte", "Guardias privados custodian el centro de procesamiento.", "this"),
        ("Contribution", "La date d'éloignement est fixée par les escortes privées.", "this"),
        # ... and the terms one of whose words every call has, found as written:
        ("Submission", "People sign in each week at reporting centres staffed by guards.", "this"),
        ("Submission", "The sending State's officials blame the island's police.", "this"),
        # Their words apart are not the term; a removal alone is also an eviction's.
        ("Submission", "The report says the centres are guarded by a contractor.", "unclear"),
        ("Submission", "The State keeps sending more guards to the town.", "unclear"),
        ("Submission", "The guards oversaw the removal of the villagers.", "unclear"),
    ],
)
def test_the_stages_of_detention_and_removal(subject: str, body: str, answer: str) -> None:
    said = calls.Said(subject, body)
    assert calls.decide(said, MARCH, BORDERS, [MINES], OPENED).value == answer


@pytest.mark.parametrize(
    ("body", "answer"),
    [
        (
            "Solemos denunciar a los vigilantes de las minas, pero este aporte es sobre otra "
            "cosa: los migrantes retenidos en la frontera.",
            "this",
        ),
        (
            "We usually write about the guards at the gold mine. This submission is about "
            "something else: the guards at the border crossing.",
            "this",
        ),
        (
            "Nous parlons d'habitude des migrants, mais cette contribution porte sur autre "
            "chose : les vigiles de la mine d'or.",
            "other",
        ),
        # Both topics told, neither set aside: an officer decides.
        ("We write about the guards at the gold mine and the migrants at the border.", "unclear"),
        ("Guards at the gold mine, but also migrants at the border.", "unclear"),
        # Another matter as the subject of what follows is no matter set aside.
        ("We write about the guards at the gold mine. However, another issue is the migrants "
         "held at the border.", "unclear"),
    ],
)  # fmt: skip
def test_what_a_sender_sets_aside_is_not_its_topic(body: str, answer: str) -> None:
    said = calls.Said("Submission", body)
    assert calls.decide(said, MARCH, BORDERS, [MINES], OPENED).value == answer


def test_the_words_of_a_term_are_a_calls_only_in_the_term() -> None:
    """The word "children" is the migration field's in "unaccompanied children", not in
    "children in armed conflict": a call named on that topic is no call the store knows."""
    migration = next(f for f in call_words.fields() if ("unaccompanied", "children") in f.phrases)
    held = call_words.phrase_words(call_words.tokens("unaccompanied children"), migration.phrases)
    assert "children" in held
    alone = call_words.tokens("children in armed conflict")
    assert "children" not in call_words.phrase_words(alone, migration.phrases)
    said = calls.Said(
        "Submission", "In response to the call for inputs on children and armed conflict."
    )
    found = calls.decide(said, dt.datetime(2020, 7, 1, tzinfo=UTC), BORDERS, [MINES], OPENED)
    assert (found.value, found.how) == ("unclear", "named")


@pytest.mark.parametrize(
    ("body", "answer"),
    [
        ("Autonomous weapon systems built by private firms escape accountability.", "this"),
        ("Les contractants utilisent le profilage algorithmique aux points de contrôle.", "this"),
        ("Violencia sexual y acoso sexual por parte de guardias privados.", "other"),
        ("Des femmes et filles ont subi des violences sexuelles.", "other"),
        # "Rappelé" is no form of "rape", nor "general" of "género".
        ("Comme le Groupe de travail l'a rappelé, le cadre général est insuffisant.", "unclear"),
    ],
)
def test_the_fields_of_technologies_and_gender(body: str, answer: str) -> None:
    council = calls.Call("New technologies and mercenaries", ("A/HRC/60", "drones", "cyber"))
    assembly = calls.Call("Gender and mercenaries", ("A/81", "women"), MINES.closes)
    said = calls.Said("Contribution", body)
    assert calls.decide(said, MARCH, council, [assembly], OPENED).value == answer


@pytest.mark.parametrize(
    ("body", "answer"),
    [
        # Words common outside their field tell no call alone: outsourcing, a case in the
        # pipeline, a carbon footprint, crafts, the logging of data ...
        ("L'externalisation de la sécurité des sites à des sociétés privées progresse.", "unclear"),
        ("Migrants held at the border: more cases are in the pipeline.", "this"),
        ("The border wall's carbon footprint is never counted.", "this"),
        ("Migrants sell artisanal crafts at the border market.", "this"),
        ("Border guards' logging of migrants' phone data has no legal basis.", "this"),
        # ... and do in their terms.
        ("L'externalisation des frontières confie les contrôles à des sociétés privées.", "this"),
        ("Guards of the oil pipeline shot at protesters.", "other"),
        ("Las minas de carbón contratan escoltas privados.", "other"),
        ("Guards drive artisanal miners off the concession.", "other"),
        ("Illegal logging camps hire armed guards.", "other"),
    ],
)  # fmt: skip
def test_a_word_common_outside_its_field_counts_only_in_its_terms(body: str, answer: str) -> None:
    said = calls.Said("Submission", body)
    assert calls.decide(said, MARCH, BORDERS, [MINES], OPENED).value == answer


def test_autonomy_is_a_machines_only_in_its_terms() -> None:
    """A people's, a region's or a woman's autonomy is no weapon's."""
    council = calls.Call("New technologies and mercenaries", ("A/HRC/60", "drones", "cyber"))
    assembly = calls.Call("Gender and mercenaries", ("A/81", "women"), MINES.closes)
    for body, answer in [
        ("The autonomy of the region was suspended by decree.", "unclear"),
        ("Autonomous systems guard the perimeter of the site.", "this"),
    ]:
        said = calls.Said("Contribution", body)
        assert calls.decide(said, MARCH, council, [assembly], OPENED).value == answer, body


def test_a_field_goes_only_to_the_one_call_whose_words_are_its_own() -> None:
    council = calls.Call("New technologies and mercenaries", ("A/HRC/60", "drones"))
    assembly = calls.Call("Gender and mercenaries", ("A/81", "sexual violence"), MINES.closes)
    said = calls.Said("Submission", "Private escorts on removal flights.")
    # No call of these is on borders: the field's words tell nothing.
    assert calls.decide(said, MARCH, council, [assembly], OPENED).value == "unclear"
    # Two calls on one field: its words are neither's.
    both = calls.Call(
        "Private military and security companies, migrants and borders",
        ("migration", "asylum"),
        MINES.closes,
    )
    assert calls.decide(said, MARCH, BORDERS, [both], OPENED).value == "unclear"


def test_a_field_goes_to_the_call_that_clearly_uses_more_of_its_words() -> None:
    """A call on children whose keyword is one word of the migration field's "unaccompanied
    children" does not keep that field from a call on borders; one whose keywords use as
    many of its words as the call on borders does keeps it from both."""
    borders = calls.Call(BORDERS.title, ())
    children = calls.Call(
        "Private military and security companies and the rights of children",
        ("children", "child soldiers"),
        MINES.closes,
    )
    deported = calls.Said("Submission", "Private escorts on removal flights.")
    assert calls.decide(deported, MARCH, borders, [children], OPENED).value == "this"
    recruited = calls.Said("Submission", "The company recruited child soldiers.")
    assert calls.decide(recruited, MARCH, borders, [children], OPENED).value == "other"
    # in the words of the field of children, whichever language
    for said in ("Des enfants soldats recrutés par la société.", "Reclutamiento de menores."):
        found = calls.decide(calls.Said("Contribution", said), MARCH, borders, [children], OPENED)
        assert found.value == "other", said
    # migrant children: both calls' words, an officer decides
    for said in (
        "Migrant children are held in detention centres.",
        "Les enfants migrants sont retenus à la frontière.",
        "Niños migrantes detenidos en la frontera.",
    ):
        found = calls.decide(calls.Said("Contribution", said), MARCH, borders, [children], OPENED)
        assert found.value == "unclear", said
    migrants = calls.Call(children.title, ("migrants", "asylum", "children"), MINES.closes)
    assert calls.decide(deported, MARCH, borders, [migrants], OPENED).value == "unclear"


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        # held at a border and trained by a militia's contractor: both calls', an officer decides
        (
            "It runs holding centres for migrants at the border, and trains adolescents for a"
            " militia.",
            "unclear",
        ),
        (
            "Elle gère la rétention des migrants et recrute des adolescents pour une milice.",
            "unclear",
        ),
        ("Vigila a los migrantes en la frontera y entrena a adolescentes reclutados.", "unclear"),
        # adolescents held with their families are only migrants
        ("Adolescents are held with their families in the migrants' holding centres.", "this"),
    ],
)
def test_the_field_of_children_holds_the_recruitment_and_training_of_adolescents(
    said: str, answer: str
) -> None:
    borders = calls.Call(BORDERS.title, ())
    children = calls.Call(
        "Private military and security companies and the rights of children",
        ("children", "child soldiers"),
        MINES.closes,
    )
    found = calls.decide(calls.Said("Dossier", said), MARCH, borders, [children], OPENED)
    assert found.value == answer


def test_a_documents_title_ends_where_its_prose_begins() -> None:
    """A PDF's text has no blank line after its title: the first sentence is not the title,
    so a child named there does not make a call on children's rights rival the call the
    title names."""
    borders = calls.Call(BORDERS.title, ())
    children = calls.Call(
        "Private military and security companies and the rights of children",
        ("children",),
        MINES.closes,
    )
    document = (
        "Input on private security companies\n"
        "at the border\n"
        "Women and children are most at risk.\n\n"
        "We visited detention centres run by contractors. The guards of the reception centre\n"
        "confiscated the asylum seekers' phones.\n"
    )
    found = calls.decide(calls.Said("Contribution", "", document), MARCH, borders, [children])
    assert found.value == "this"


@pytest.mark.parametrize(
    "word",
    [
        *("front", "visant", "passe", "external", "guardias", "transport", "states", "defense"),
        *("bords", "rappelé", "general", "file", "nine", "transit", "hacinamiento"),
    ],
)
def test_no_field_word_is_a_form_of_a_common_word(word: str) -> None:
    """Words compared by their forms: a field's word must not take a common one."""
    for field in call_words.fields():
        assert not [w for w in field.words if call_words.matches(word, w)], word


def test_every_term_of_several_words_is_found_together() -> None:
    """A term of several words counts only with its words together: in any order when two
    or more of them tell a topic ("removal flights"), as written when one does and the
    others are words every call has or function words ("reporting centres", "sending
    State", "industria de la moda"); none is dropped, none is found as one word alone,
    whether the frames' words are words of a topic or, every frame in force, none."""
    for frames in (frozenset(), call_words.frame_names()):
        for field in call_words.data_file("call_fields.toml")["field"]:
            for term in field["terms"]:
                found = call_words.terms([term], 0, frames)
                words = call_words.tokens(term, frames)
                if len(words) == 1:
                    assert found.words and not found.phrases and not found.written, term
                else:
                    assert not found.words and len(found.phrases) + len(found.written) == 1, term


def _calls_of(folder: str) -> tuple[calls.Call, ...]:
    """The calls of a scored mailbox's config, as wgsubmit reads them (call_answer)."""
    call = load_config(str(DATA.parent / folder / "config.toml")).call
    others = [calls.Call(o.title, o.keywords, o.deadline.instant) for o in call.other_calls]
    return (calls.Call(call.title, call.keywords), *others)


@pytest.mark.parametrize(
    ("folder", "frames"),
    [
        # Both calls of the Working Group on business and human rights hold its frame
        # ("access to remedy", "due diligence"); both of the housing mandate's, the one on
        # homelessness by the field of homelessness it takes.
        ("calls2", {"business"}),
        ("calls3", {"housing"}),
        ("calls4", {"education"}),
        ("calls6", {"assembly"}),
        # The mercenaries' calls share none: their "sociétés" (the assembly frame's
        # "société civile") is a word no call's topic has, and "business" of "a business and
        # human rights perspective" a word every call's. Nor do the migrants' calls: only
        # one holds "remedies", only the other a field of the housing mandate.
        ("calls", set()),
        ("calls5", set()),
        ("calls7", set()),
    ],
)
def test_a_frame_is_in_force_only_where_every_call_holds_it(folder: str, frames: set[str]) -> None:
    assert calls_frames(_calls_of(folder)) == frames


def test_a_fields_frame_is_one_of_the_frames() -> None:
    """A subject field of a mandate's names that mandate's frame (call_fields.toml)."""
    framed = {field.frame for field in call_words.fields()} - {""}
    assert framed == call_words.frame_names()


def test_a_frames_word_tells_no_call_only_where_the_frame_is_in_force() -> None:
    """ "Remedies" is the business frame's among the calls on business and human rights;
    beside a call on migrants and disasters, "effective remedies for migrants in an
    irregular situation" is a call's subject, and a submission on it is that call's."""
    business = calls_frames(_calls_of("calls2"))
    assert not call_words.topical("remedies", business)
    assert not call_words.topical("remedy", business)
    migrants = _calls_of("calls7")
    assert call_words.topical("remedies", calls_frames(migrants))
    said = calls.Said("Submission", "Effective remedies are out of reach without legal aid.")
    received = dt.datetime(2026, 3, 1, tzinfo=UTC)
    assert calls.decide(said, received, migrants[0], migrants[1:]).value == "this"
    # A call on the policing of protests beside one on mines keeps "protests".
    protests = calls.Call("Private security companies policing protests")
    frames = calls_frames((protests, MINES))
    assert call_words.topical("protests", frames)
    said = calls.Said("Submission", "Guards hired by the city broke up the protests.")
    assert calls.decide(said, MARCH, protests, [MINES]).value == "this"


@pytest.mark.parametrize(
    ("body", "answer"),
    [
        # A State's note cites the call by the date of OHCHR's note that issued it: the
        # day this call opened.
        ("with reference to the Office's note dated 10 December 2019, has the honour", "this"),
        ("se référant à la note du Haut-Commissariat en date du 10 décembre 2019", "this"),
        ("en atención a su nota de fecha 10 de diciembre de 2019, tiene el honor", "this"),
        ("with reference to the letter of December 10, 2019", "this"),
        # A note of another day names another call, or none this store knows.
        ("with reference to the Office's note of 20 December 2019, has the honour", "unclear"),
        # A date is a note's only when the note is dated by it.
        ("We note that on 10 December 2019 the guards were armed.", "unclear"),
        # Dated by this call's note, but on the other call's subject: an officer decides.
        ("en réponse à la note du 10 décembre 2019 : gardes armés des sites miniers", "unclear"),
    ],
)
def test_a_note_of_the_day_the_call_opened_names_it(body: str, answer: str) -> None:
    opened = dt.datetime(2019, 12, 10, tzinfo=ZoneInfo("Europe/Zurich"))
    said = calls.Said("Note verbale", body)
    found = calls.decide(said, MARCH, BORDERS, [MINES], opened)
    assert found.value == answer


def test_a_reply_is_told_by_the_earlier_mail_it_quotes_when_its_own_words_tell_nothing() -> None:
    own = "Por un error se omitió el anexo de la respuesta remitida el 27 de febrero."
    quoted = "respuesta de Valdoria al cuestionario relativo al informe A/HRC/45/9."
    found = calls.decide(calls.Said("RE: Nota verbal", own, quoted=quoted), MARCH, BORDERS, [MINES])
    assert (found.value, found.how) == ("this", "thread")
    mines = quoted.replace("A/HRC/45/9", "A/HRC/45/10")
    found = calls.decide(calls.Said("RE: Nota verbal", own, quoted=mines), MARCH, BORDERS, [MINES])
    assert (found.value, found.how) == ("other", "thread")
    # What the reply itself says comes first: here, the other call's subject.
    said = calls.Said(
        "RE: Contribution", "Guards shot at miners near the gold mine.", quoted=quoted
    )
    assert calls.decide(said, MARCH, BORDERS, [MINES]).value == "other"
    # A quote that tells nothing either leaves it to an officer.
    vague = calls.Said("RE: Submission", own, quoted="Please find our submission attached.")
    assert calls.decide(vague, MARCH, BORDERS, [MINES]).value == "unclear"


ACKNOWLEDGED = """Thank you. May one of our members add a short statement next week?

-----Original Message-----
From: Working Group on the use of mercenaries
Sent: Tuesday, 11 February 2020 17:40
Subject: Acknowledgement of receipt

The secretariat acknowledges with thanks receipt of your submission to the call for
inputs on private military and security companies in {topic}.
"""


@pytest.mark.parametrize(
    ("topic", "answer"),
    [
        ("immigration and border management", "this"),
        ("the extractive industry", "other"),
        # The secretariat's words name no call, or only a topic: an officer decides.
        ("general", "unclear"),
    ],
)
def test_a_reply_to_the_secretariat_answers_the_call_its_message_names(
    topic: str, answer: str
) -> None:
    body = ACKNOWLEDGED.format(topic=topic)
    said = calls.Said(
        "RE: Acknowledgement of receipt",
        own_text(body),
        quoted=submitter_text(body),
        answered=secretariat_text(body),
    )
    found = calls.decide(said, MARCH, BORDERS, [MINES], OPENED)
    assert found.value == answer
    assert found.how == ("thread" if answer != "unclear" else "nothing")
    # The secretariat's text that only speaks of a topic names no call.
    topical = calls.Said("RE: Receipt", own_text(body), answered="Your input on the mines.")
    assert calls.decide(topical, MARCH, BORDERS, [MINES], OPENED).value == "unclear"


def test_the_french_uel_is_the_english_and_spanish_ual() -> None:
    council = calls.Call("New technologies and mercenaries", ("A/HRC/60", "drones"))
    assembly = calls.Call("Gender and mercenaries", ("A/81", "sexual violence"), MINES.closes)
    for text in ("Des gardes armés ont commis des abus sexuels.", "Abusos sexuales de guardias."):
        said = calls.Said("Contribution", text)
        assert calls.decide(said, MARCH, council, [assembly], OPENED).value == "other", text


def test_the_names_a_submission_is_signed_with_are_not_its_topic() -> None:
    body = "Guards at the gold mine shot at protesters.\n\nOpen Borders Aid"
    signed = calls.Said("Submission from Open Borders Aid", body, "", ("Open Borders Aid",))
    assert calls.decide(signed, MARCH, BORDERS, [MINES], OPENED).value == "other"
    # Read as words, the name would outweigh the topic.
    unsigned = calls.Said("Submission from Open Borders Aid", body)
    assert calls.decide(unsigned, MARCH, BORDERS, [MINES], OPENED).value != "other"


def test_a_call_keyed_by_its_session_is_named_by_any_of_its_symbols() -> None:
    council = calls.Call("New technologies and mercenaries", ("A/HRC/60",))
    assembly = calls.Call("Gender and mercenaries", ("A/81",), MINES.closes)
    for text, answer in [
        ("Reply to the questionnaire for report A/HRC/60/XX.", "this"),
        ("Reply to the questionnaire for report A/81/XXX.", "other"),
        ("As recalled in A/HRC/600/1 and A/810/2.", "unclear"),
    ]:
        said = calls.Said("Note verbale", text)
        assert calls.decide(said, MARCH, council, [assembly], OPENED).value == answer, text


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Contribution de la CNDH en vue du rapport A/HRC/45/9.", "this"),
        ("Con referencia al cuestionario relativo al informe A/HRC/45/9.", "this"),
        ("With reference to the questionnaire, for report A/HRC/45/10.", "other"),
        # a symbol of no field that either call takes
        ("With reference to the questionnaire, for report A/HRC/45/19.", "unclear"),
    ],
)
def test_a_call_set_up_from_its_title_is_named_by_the_reports_on_its_field(
    text: str, answer: str
) -> None:
    borders = calls.Call(BORDERS.title, ())
    mines = calls.Call(MINES.title, ("mining", "minería"), MINES.closes)
    said = calls.Said("Note verbale", text)
    assert calls.decide(said, MARCH, borders, [mines], OPENED).value == answer


def test_once_the_other_call_closed_only_the_mail_and_the_mandates_frame_go_by_the_time() -> None:
    june = dt.datetime(2020, 7, 1, tzinfo=UTC)

    def answer(subject: str, body: str, document: str = "") -> calls.CallAnswer:
        said = calls.Said(subject, body, document, ("Lakeside Legal Clinic",))
        return calls.decide(said, june, BORDERS, [MINES], OPENED)

    bare = answer("Submission", "Please find our submission attached. Best regards")
    assert bare.value == "this"
    # What any call of the mandate speaks of (regulation, oversight, remedy), in a cover
    # letter whose greeting, sign-off and signed names say nothing of a topic.
    letter = (
        "Madame, Monsieur,\n\nVeuillez trouver ci-joint notre contribution.\n\n"
        "Cordialement,\nMarie Durand\nLakeside Legal Clinic"
    )
    frame = (
        "La législation nationale ignore les prestataires privés.\n\n"
        "Les victimes n'obtiennent aucune réparation."
    )
    assert answer("Contribution", letter, frame).value == "this"
    note = (
        "La Misión Permanente de Norland saluda atentamente a la Oficina y tiene el honor "
        "de remitir su respuesta.\n\nLa Misión Permanente de Norland aprovecha la "
        "oportunidad para reiterar las seguridades de su más alta consideración."
    )
    assert answer("Nota verbal", note, "Pedimos una supervisión independiente.").value == "this"
    # The national law a sentence on the frame names is the frame's.
    law = "Ils restent mal encadrés par le droit national."
    assert answer("Contribution", letter, law).value == "this"
    # A sentence on a topic that no call's words explain may be a late answer to the other:
    # an officer is shown it.
    topic = "Female employees of contractors face discrimination and unequal pay."
    found = answer("Contribution", letter, f"{frame}\n\n{topic}")
    assert (found.value, found.how) == ("unclear", "topic")
    assert found.evidence is not None and topic in found.evidence
    # A "Thanks" is a sign-off only when names, not sentences, follow it.
    thanks = f"Thanks for the call.\n\n{topic}\n\nMarie Durand"
    assert answer("Contribution", thanks, frame).value == "unclear"
    # So may a message naming a call that none of the calls' words explain.
    named = answer(
        "Submission", "In response to the call for inputs on children in armed conflict."
    )
    assert named.value == "unclear"


def test_another_call_is_named_by_its_title_as_evidence() -> None:
    said = calls.Said("Submission: mining companies and their guards", "")
    found = calls.decide(said, MARCH, BORDERS, [MINES], OPENED)
    assert (found.value, found.evidence, found.flags) == ("other", MINES.title, ("other_call",))


def test_before_the_call_opened_and_the_time_window() -> None:
    said = calls.Said("Submission on migrants at the border", "")
    early = calls.decide(said, OPENED - dt.timedelta(days=3), BORDERS, [MINES], OPENED)
    assert (early.value, early.flags) == ("before", ("before_call",))
    vague = calls.Said("Submission", "Please find our submission attached.")
    # The other call closed months ago: nothing says it is not this call's.
    june = dt.datetime(2020, 7, 1, tzinfo=UTC)
    assert calls.decide(vague, june, BORDERS, [MINES], OPENED).value == "this"
    # With no received time, the other call may have been open: fail closed.
    assert calls.decide(vague, None, BORDERS, [MINES], OPENED).value == "unclear"
    # No other call: nothing to tell apart.
    assert calls.decide(vague, MARCH, BORDERS).value == "this"


@dataclass(frozen=True)
class Figures:
    this_right: int  # this call's submissions answered "this"
    this_total: int  # this call's submissions
    said_this: int  # every message answered "this"
    wrong: tuple[str, ...]  # another call's, or from before it opened, answered "this"
    cannot_other: int = 0  # nobody could place, answered "other": the officer was not asked

    @property
    def precision(self) -> float:
        return self.this_right / self.said_this

    @property
    def recall(self) -> float:
        return self.this_right / self.this_total


def _labels(name: str = "labels.tsv") -> dict[str, str]:
    with (DATA / name).open(encoding="utf-8") as f:
        rows = csv.DictReader(f, delimiter="\t")
        return {r["message_id"].strip("<>"): r["answers"] for r in rows}


def half_of(message_id: str) -> str:
    """Fixed by the id alone, as the collections' halves are."""
    return "frozen" if hashlib.sha256(message_id.encode()).digest()[0] % 2 else "tune"


def figures(
    mailbox: str = "mailbox.mbox", labels_file: str = "labels.tsv", half: str = ""
) -> Figures:
    """Precision and recall of "this call" over a labelled mailbox (or one half of it)."""
    call = load_config(str(DATA / "config.toml")).call
    this = calls.Call(call.title, call.keywords)
    others = [calls.Call(o.title, o.keywords, o.deadline.instant) for o in call.other_calls]
    opened = call.opened.astimezone(ZoneInfo(call.timezone)) if call.opened else None
    labels = _labels(labels_file)
    if half:
        labels = {k: v for k, v in labels.items() if half_of(k) == half}
    right = said = cannot_other = 0
    wrong: list[str] = []
    for raw in mailfile.read_paths([DATA / mailbox]):
        message = parse_message(raw)
        label = labels.get((message.message_id or "").strip("<>"))
        if label is None:
            continue
        body = message.body
        quoted = submitter_text(body, call.own_addresses)
        said_of_it = calls.Said(message.subject or "", own_text(body), quoted=quoted)
        answer = calls.decide(said_of_it, message.received_at, this, others, opened)
        said += answer.value == "this"
        right += answer.value == "this" and label == "this"
        if answer.value == "this" and label != "this":
            wrong.append(message.message_id or "")
        cannot_other += answer.value == "other" and label == "cannot"
    total = sum(1 for v in labels.values() if v == "this")
    return Figures(right, total, said, tuple(wrong), cannot_other)


def test_no_submission_to_another_call_is_taken_for_this_ones() -> None:
    found = figures()
    assert found.wrong == ()
    assert found.precision == 1.0
    # Recall of this call, as the labelled mailbox measures it (20/21 when set): the miss
    # names no call and no topic, and is left for an officer while the other call is open.
    assert found.recall >= 0.95, found


# The second mailbox (`mailbox2.mbox`), written apart from these rules, in halves by a
# hash of the Message-ID; the frozen half is only ever counted. Measured when set: recall
# tune 33/33, frozen 31/32; on the frozen half one message that speaks of both calls'
# subjects (a label of "cannot", not another call's) is read as this call's. The tune
# half's such message, whose other topic is in words no call's keywords hold ("gold
# sites"), is left to an officer since the calls take the words of their fields. Since
# the fields hold their subjects' general terms: tune 33/33, frozen 32/32.
SECOND_RECALL = {"tune": 1.0, "frozen": 1.0}


@pytest.mark.parametrize("half", ["tune", "frozen"])
def test_the_second_mailbox_puts_no_other_call_on_this_page(half: str) -> None:
    found = figures("mailbox2.mbox", "labels2.tsv", half)
    labels = _labels("labels2.tsv")
    wrong = [labels[m.strip("<>")] for m in found.wrong]
    assert "other" not in wrong and "before" not in wrong, wrong
    assert len(wrong) <= 1, wrong
    assert found.recall >= SECOND_RECALL[half], found
    assert found.cannot_other == 0, found


# The third mailbox (`mailbox3.mbox`), written apart from these rules and from the first
# two: long cover letters, questionnaires answered in the body, notes verbales citing the
# call by the date of OHCHR's note or by its questionnaire's title, replies, forwards,
# corrections and late mail. Measured when set: recall tune 30/38, frozen 23/33; since the
# calls take the words of their fields, a note of the day the call opened names it, and a
# reply is told by the sender's mail it quotes: tune 38/38, frozen 33/33, nothing but this
# call's submissions answered "this".
THIRD_RECALL = {"tune": 1.0, "frozen": 1.0}


@pytest.mark.parametrize("half", ["tune", "frozen"])
def test_the_third_mailbox_puts_only_this_calls_submissions_on_its_page(half: str) -> None:
    found = figures("mailbox3.mbox", "labels3.tsv", half)
    labels = _labels("labels3.tsv")
    wrong = [labels[m.strip("<>")] for m in found.wrong]
    # Another call's, or from before this one opened: a leak. A "cannot" taken as this
    # call's: the officer was not asked.
    assert "other" not in wrong and "before" not in wrong, wrong
    assert "cannot" not in wrong, wrong
    assert found.precision == 1.0, found
    assert found.recall >= THIRD_RECALL[half], found
    # Nor is what nobody could place given to the other call (frozen: 1 when words were
    # compared by their first letters, 0 since they are compared whole).
    assert found.cannot_other == 0, found


Run = Callable[..., Result]


def _call_config(folder: Path) -> Path:
    config = folder / "config.toml"
    shutil.copy(DATA / "config.toml", config)
    with config.open("a", encoding="utf-8") as f:
        f.write('\n[store]\npath = "store"\n')
    return config


def _runner(config: Path) -> Run:
    def invoke(*args: str) -> Result:
        result = CliRunner().invoke(cli, ["--config", str(config), *args], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result

    return invoke


@pytest.fixture(scope="module")
def imported_calls(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The labelled mailbox imported once for the module, in a store set up for both
    calls; each test works on its own copy."""
    folder = tmp_path_factory.mktemp("calls")
    _runner(_call_config(folder))("import", str(DATA / "mailbox.mbox"))
    return folder / "store"


@pytest.fixture
def call_store(imported_calls: Path, tmp_path: Path) -> Run:
    """The labelled mailbox imported into a store set up for both calls (a copy)."""
    config = _call_config(tmp_path)
    shutil.copytree(imported_calls, tmp_path / "store")
    return _runner(config)


def _by_message_id(run: Run) -> dict[str, dict[str, Any]]:
    listed = json.loads(run("list", "--json", "--all").stdout)
    return {str(m["message_id"]).strip("<>"): m for m in listed}


def test_only_this_calls_submissions_reach_its_page(call_store: Run) -> None:
    records = _by_message_id(call_store)
    exported = json.loads(call_store("export", "--format", "json").stdout)
    published = {e["id"] for g in exported["groups"] for e in g["entries"]}
    labels = _labels()
    for message_id, label in labels.items():
        record = records[message_id]
        if label != "this":
            assert record["id"] not in published, message_id
    flags = {m: set(r["flags"]) for m, r in records.items()}
    assert "other_call" in flags["o01@miningwatch-like.example"]
    assert "before_call" in flags["b02@borderline-ngo.example"]
    assert not {"other_call", "before_call"} & flags["c01@fronterasjustas.example"]
    dry_run = call_store("export", "--dry-run").stdout
    assert "answers another call" in " ".join(dry_run.split())
    counted = json.loads(call_store("stats", "--json").stdout)
    assert counted["calls"]["other_call"] >= 1 and counted["calls"]["before_call"] >= 1
    this_calls = [counted["calls"].get(k, 0) for k in ("this call", "unclear")]
    assert counted["submissions"] == sum(this_calls)


def test_an_officer_says_which_call_and_a_reprocess_keeps_it(call_store: Run) -> None:
    records = _by_message_id(call_store)
    vague = int(records["n01@mailbox.example"]["id"])
    mines = int(records["o01@miningwatch-like.example"]["id"])
    dry_run = " ".join(call_store("export", "--dry-run").stdout.split())
    assert "which call it answers is unclear" in dry_run
    call_store("triage", str(vague), "--call", "other")
    call_store("triage", str(mines), "--call", "this")
    call_store("reprocess")
    records = _by_message_id(call_store)
    assert "other_call" in records["n01@mailbox.example"]["flags"]
    assert "other_call" not in records["o01@miningwatch-like.example"]["flags"]
    shown = call_store("show", str(mines)).stdout
    assert "call_answer" in shown and "this" in shown
    exported = json.loads(call_store("export", "--format", "json").stdout)
    published = {e["id"] for g in exported["groups"] for e in g["entries"]}
    assert mines in published and vague not in published


def test_with_no_other_call_nothing_changes(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    text = (DATA / "config.toml").read_text("utf-8")
    config.write_text(
        text.split("[[other_calls]]")[0].replace('opened = "2019-12-10"\n', "")
        + '\n[imap]\nhost = "imap.example.org"\nusername = "u@example.org"\n'
        'password_env = "P"\n[store]\npath = "store"\n',
        "utf-8",
    )
    runner = CliRunner()
    base = ["--config", str(config)]
    assert runner.invoke(cli, [*base, "import", str(DATA / "mailbox.mbox")]).exit_code == 0
    listed = json.loads(runner.invoke(cli, [*base, "list", "--json", "--all"]).stdout)
    assert not any({"other_call", "before_call"} & set(m["flags"]) for m in listed)
    counted = json.loads(runner.invoke(cli, [*base, "stats", "--json"]).stdout)
    assert "calls" not in counted


@pytest.mark.parametrize(
    ("table", "error"),
    [
        ({"call": {"opened": "10 December"}}, "call.opened:"),
        ({"other_calls": [{"title": "Children"}]}, "other_calls.deadline: required"),
        ({"other_calls": [{"title": "C", "deadline": "2020-04-30", "words": []}]}, "words"),
        ({"other_calls": {"title": "C"}}, "other_calls:"),
    ],
)
def test_wrong_call_keys_are_named(table: dict[str, object], error: str) -> None:
    data: dict[str, object] = {
        "call": {"title": "T", "deadline": "2020-03-17", "timezone": "Europe/Zurich"},
        "imap": {"host": "h", "username": "u", "password_env": "P"},
    }
    for key, value in table.items():
        if key == "call":
            data["call"] = {**data["call"], **value}
        else:
            data[key] = value
    with pytest.raises(ConfigError, match=error):
        parse_config(data, None)


def test_interactive_triage_asks_which_call(call_store: Run, tmp_path: Path) -> None:
    import io

    from rich.console import Console

    from wgsubmit.store import Store
    from wgsubmit.triage import Session, queue, run_interactive

    config = load_config(str(tmp_path / "config.toml"))
    keys = iter(["w", "q"])
    asked: list[str] = []

    def prompt(text: str, **options: object) -> str:
        asked.append(text)
        return "other"

    screen = io.StringIO()
    session = Session(Console(file=screen, width=80), lambda: next(keys), prompt)
    with Store.open_for_writing(config.store_path) as store:
        first = queue(store)[0]
        run_interactive(store, config, session, "officer")
        message = store.message(first)
        assert message is not None
        assert (message.call.answer, message.call.decided_by) == ("other", "human")
        assert "other_call" in message.flags
        assert [e.field for e in store.events(first)] == ["call_answer"]
    assert asked == ["This call or another"]
    assert "[w] which call" in " ".join(screen.getvalue().split())


def test_what_is_set_aside_is_blanked_where_it_stands() -> None:
    """The lines around it stay lines: a title line is still read as one."""
    text = "Title: Guards at the border.\nWe also watch the mines, but that is another matter."
    kept = calls._kept(text)
    assert kept.splitlines()[0] == "Title: Guards at the border."
    assert "mines" not in kept and kept.endswith("but that is another matter.")


_EMERGENCIES = calls.Call(
    "Education in emergencies: attacks on schools and displaced learners",
    ("L'éducation dans les situations d'urgence : attaques contre les écoles",),
)
_PRIVATE = calls.Call(
    "Privatisation in education",
    ("low-fee private schools", "écoles privées"),
    dt.datetime(2025, 5, 15, tzinfo=dt.UTC),
)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # "schools" is in the other call's terms: the whole mandate's word, no call's own.
        ("Our schools", "Our schools have had no textbooks since 2023."),
        ("Nos écoles", "Nos écoles manquent de manuels depuis 2023."),
        # "urgence" of "hébergement d'urgence" does not give this call the field of
        # homelessness: begging and street outreach are no call's here.
        ("Maraudes", "Les maraudes et la mendicité dans le centre-ville."),
        # "contre" is a word of no topic, though the title holds it.
        ("Lettre", "Nous luttons contre cela depuis dix ans."),
    ],
)
def test_a_word_the_mandate_shares_tells_no_call(subject: str, body: str) -> None:
    said = calls.Said(subject, body)
    received = dt.datetime(2025, 3, 1, tzinfo=dt.UTC)
    assert calls.decide(said, received, _EMERGENCIES, [_PRIVATE]).value == "unclear"


def test_a_report_cited_beside_another_call_it_names_goes_to_an_officer() -> None:
    """ "As noted in A/HRC/45/9" in a report sent on child soldiers: the symbol is cited, not
    the call answered."""
    borders = calls.Call(BORDERS.title, ("A/HRC/45/9",))
    children = calls.Call(
        "Private military and security companies and the rights of children",
        ("children", "child soldiers"),
        MINES.closes,
    )
    said = calls.Said(
        "Our report on child soldiers",
        "Our report on the recruitment of child soldiers by a contractor is attached. As"
        " noted in A/HRC/45/9, migrants held in detention face similar abuses.",
    )
    assert calls.decide(said, MARCH, borders, [children], OPENED).value == "unclear"


# The two calls of a mandate on the freedoms of peaceful assembly and of association, set
# up as an officer would: titles, a symbol, a few plain words.
_ACTIVISTS = calls.Call(
    "Protecting climate and environmental activists: the exercise of the rights to freedom"
    " of peaceful assembly and of association in the context of the climate crisis",
    ("climate activists", "environmental defenders", "défenseurs de l'environnement"),
)
_FUNDING = calls.Call(
    "Access to resources: restrictions on the funding of civil society organisations",
    ("access to resources", "foreign funding", "foreign agent", "financiamiento extranjero"),
    dt.datetime(2025, 4, 30, tzinfo=dt.UTC),
)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # The mandate's own name, its associations and its protests are every call's.
        ("Our association", "Our association was founded in 1998 to defend peaceful assembly."),
        ("Réponse", "Notre association organise des marches pacifiques depuis dix ans."),
        (
            "Informe anual sobre el espacio cívico",
            "Nuestro informe documenta restricciones a las organizaciones y a la protesta.",
        ),
        # A note verbale answering "the questionnaire" of the Special Rapporteur on both
        # freedoms names no call.
        (
            "Respuesta al cuestionario",
            "La Misión tiene el honor de remitir la respuesta al cuestionario del Relator"
            " Especial sobre los derechos a la libertad de reunión pacífica y de asociación.",
        ),
    ],
)
def test_the_words_of_a_mandate_on_assembly_and_association_tell_no_call(
    subject: str, body: str
) -> None:
    said = calls.Said(subject, body)
    received = dt.datetime(2025, 3, 1, tzinfo=dt.UTC)
    assert calls.decide(said, received, _ACTIVISTS, [_FUNDING]).value == "unclear"


@pytest.mark.parametrize(
    ("body", "answer"),
    [
        # The words in which those who work on a subject speak of it: the policing of
        # environmental protest and the silencing of its activists ...
        ("Police used tear gas and rubber bullets against the coal mine blockade.", "this"),
        ("Les militants écologistes poursuivis par des procédures bâillons.", "this"),
        ("La policía antimotines disparó balas de goma contra los comuneros.", "this"),
        # ... and the funding of associations: donors, banks and tax status.
        ("Our bank closed our accounts because we receive donations from abroad.", "other"),
        ("La banque centrale bloque les subventions de nos donateurs.", "other"),
        ("Los bancos retienen las donaciones extranjeras de nuestros donantes.", "other"),
        # Both at once go to an officer.
        (
            "The climate strike group lost its charitable status after foreign donations.",
            "unclear",
        ),
    ],
)
def test_the_fields_of_climate_activism_and_of_funding_tell_the_calls_apart(
    body: str, answer: str
) -> None:
    said = calls.Said("Contribution", body)
    received = dt.datetime(2025, 3, 1, tzinfo=dt.UTC)
    assert calls.decide(said, received, _ACTIVISTS, [_FUNDING]).value == answer
