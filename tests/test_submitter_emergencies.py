"""A call's season on education in emergencies: UN agencies and funds by what they say
they are, associations of private schools, lawyers' councils and teachers' federations.
One rule per test."""

from __future__ import annotations

import pytest

from wgsubmit.detect.business_words import BUSINESS
from wgsubmit.detect.contact_lines import is_contact_line
from wgsubmit.detect.name_edges import LEAD
from wgsubmit.detect.name_parts import name_parts
from wgsubmit.detect.other_words import OTHER
from wgsubmit.detect.submitter import Sender, suggest


def test_an_acronym_spelled_out_as_the_start_of_a_listed_name_is_that_body() -> None:
    """ "UNRWA" said, "United Nations Relief and Works Agency" spelled out: the listed
    body's name begins with it, so it is the same body, not another of that acronym."""
    found = suggest(
        Sender("Nadia Saleh", "n.saleh@field.example.org", "UNRWA input",
               "Dear colleagues,\n\nPlease find attached UNRWA's input.\n\nBest regards,\n\n"
               "Nadia Saleh\nEducation Officer\nUnited Nations Relief and Works Agency\nAmman",
               "")
    )  # fmt: skip
    assert found.type == "international_org"


@pytest.mark.parametrize(
    "body",
    [
        "Schools in Crisis Fund, the United Nations global fund for schooling in crises, "
        "submits the attached.\n\nPolicy Team\nSchools in Crisis Fund",
        "Apprendre d'abord, un programme des Nations Unies pour l'école en crise, vous "
        "transmet sa contribution.\n\nL'équipe\nApprendre d'abord",
    ],
)
def test_a_body_that_says_it_is_a_un_fund_or_programme_is_intergovernmental(body: str) -> None:
    found = suggest(Sender("Team", "team@learning.example.org", "Input", body, ""))
    assert found.type == "international_org"


@pytest.mark.parametrize(
    ("name", "business"),
    [
        ("Kenya Association of Private Schools in Arid Lands", True),
        ("Fédération nationale des écoles privées laïques", True),
        ("Asociación de Colegios Privados del Norte", True),
        ("Private Schools Association of the Coast", True),
        # a campaign about private schools is not their owners' association
        ("Coalition against the Privatisation of Schools", False),
    ],
)
def test_an_association_of_private_schools_is_business(name: str, business: bool) -> None:
    assert bool(BUSINESS.search(name)) is business


@pytest.mark.parametrize(
    ("name", "other"),
    [
        ("Punjab Lawyers' Council", True),
        ("Conseil national de l'Ordre des avocats", True),
        ("Fédération nationale des enseignants du Nord", True),
        ("Federación Nacional de Maestros Rurales", True),
        ("National Federation of Teachers of Kivu", True),
        # lawyers who campaign, and a federation of parents and teachers, are civil society
        ("Lawyers for Children's Rights", False),
        ("Federation of Parents and Teachers Associations", False),
    ],
)
def test_a_lawyers_council_and_a_teachers_federation_are_other(name: str, other: bool) -> None:
    assert bool(OTHER.search(name)) is other


@pytest.mark.parametrize(
    ("display", "body", "name"),
    [
        # a town down to its State under the name: where the person writes from
        ("Rohan & Meera Pillai", "We write as a family about our children's school.\n\n"
         "Regards,\nMeera Pillai\nKalpetta, Kerala, India", "Meera Pillai"),
        # a person's own mailbox, so marked in the display name
        ("Mariam (perso)", "Je partage notre expérience de l'école à Kaya.\n\n"
         "Mariam Ouédraogo\nKaya, Burkina Faso", "Mariam Ouédraogo"),
    ],
)  # fmt: skip
def test_a_parent_signing_over_a_town_and_its_state_is_an_individual(
    display: str, body: str, name: str
) -> None:
    found = suggest(Sender(display, "family@mail.example.com", "Input", body, ""))
    assert (found.type, found.name) == ("individual", name)


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        # a name in two scripts: its Latin one
        ("Монголын Хүүхдийн Төв – Mongolian Children's Centre", ["Mongolian Children's Centre"]),
        ("Association Avenir Ensemble – جمعية المستقبل معاً", ["Association Avenir Ensemble"]),
        # a kind of body after a dash, in sentence case: what the name is
        ("AMBASSADE DES ÉLÈVES – Association de jeunes", ["AMBASSADE DES ÉLÈVES"]),
        ("LIGA DE LOS BARRIOS – Colectivo ciudadano", ["LIGA DE LOS BARRIOS"]),
        # what the body is, in brackets after its name
        ("Liga de los Barrios (colectivo ciudadano)", ["Liga de los Barrios"]),
        ("Ambassade des Élèves (association)", ["Ambassade des Élèves"]),
    ],
)
def test_a_second_script_and_a_kind_said_after_a_name_are_not_part_of_it(
    line: str, parts: list[str]
) -> None:
    assert name_parts(line) == parts


@pytest.mark.parametrize("mark", ["(coordination)", "(coordinación)", "(coordenação)"])
def test_a_joint_ones_coordinator_marked_as_such_is_its_lead(mark: str) -> None:
    assert LEAD.sub("", f"Colectivo del Sur {mark}") == "Colectivo del Sur"


@pytest.mark.parametrize(
    "line", ["Avenue de l'Université 14, Rohero, Bujumbura", "Calle O’Higgins 220, Osorno"]
)
def test_a_street_named_with_an_apostrophe_then_its_number_is_an_address(line: str) -> None:
    assert is_contact_line(line)


def test_a_display_name_with_an_initial_is_the_full_name_written_below() -> None:
    found = suggest(
        Sender("Olena K.", "olena.teacher@mail.example.net", "Submission (teacher)",
               "Dear Special Rapporteur,\n\nI teach history. Attached is my personal account.\n\n"
               "Olena Kovalenko\nTeacher of history\nKharkiv, Ukraine\n"
               "(writing in a personal capacity)", "")
    )  # fmt: skip
    assert (found.type, found.name) == ("individual", "Olena Kovalenko")
