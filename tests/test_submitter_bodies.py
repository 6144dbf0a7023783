"""Kinds of body that are neither an NGO nor an NHRI, and the names they go by: a bar, a
law society, a profession's college, order or association (type `other`), a body's own
committee that writes for it. One case per row."""

from __future__ import annotations

import pytest

from wgsubmit.detect.name_edges import without_title
from wgsubmit.detect.name_parts import body_of_committee, name_parts
from wgsubmit.detect.other_words import OTHER, PROFESSION
from wgsubmit.detect.submitter import Sender, suggest


@pytest.mark.parametrize(
    ("name", "profession"),
    [
        ("Northfield Bar Association", True),
        ("Law Society of Lakeland", True),
        ("Ordre des avocats de Valmont", True),
        ("Ilustre Colegio de Abogados de Sierra Alta", True),
        ("Colegio Oficial de Psicólogos del Norte", True),
        ("Association of Child Psychiatrists of Ruritania", True),
        # lawyers who organise as an NGO, and a students' body, are no profession's own
        ("Colectivo de Abogados por la Memoria", False),
        ("Lawyers for Migrant Justice", False),
        ("International Federation of Medical Students' Associations", False),
    ],
)
def test_a_professions_own_body_is_told_by_its_name(name: str, profession: bool) -> None:
    assert bool(PROFESSION.search(name)) is profession
    assert bool(OTHER.search(name)) is profession


def _mail(display: str, address: str, body: str) -> Sender:
    return Sender(display, address, "Submission", body, "")


@pytest.mark.parametrize(
    ("sender", "name"),
    [
        (
            _mail(
                "Comisión", "ddhh@colegio.example.org",
                "Estimados:\n\nLa Comisión de Derechos Humanos del Colegio de Abogados de Sierra "
                "Alta remite su aporte.\n\nAtentamente,\n\nPresidencia\nColegio de Abogados de "
                "Sierra Alta\nSierra Alta",
            ),
            "Colegio de Abogados de Sierra Alta",
        ),
        (
            _mail(
                "Ordre", "ddh@barreau.example.fr",
                "Madame, Monsieur,\n\nLa Commission des droits de l'homme du Barreau de Valmont "
                "vous adresse sa contribution.\n\nSalutations distinguées.\n\nLe Bâtonnier\n"
                "Ordre des avocats du Barreau de Valmont\nValmont",
            ),
            "Ordre des avocats du Barreau de Valmont",
        ),
    ],
)  # fmt: skip
def test_a_bars_committee_writes_for_the_bar(sender: Sender, name: str) -> None:
    found = suggest(sender)
    assert (found.type, found.name) == ("other", name)


def test_a_professional_body_is_other_by_what_it_says_it_is() -> None:
    found = suggest(
        _mail("Dr Lea Brandt", "l.brandt@ahp.example.org",
              "Dear colleagues,\n\nOn behalf of the Society for Humane Practice, a professional "
              "body of 400 therapists, I attach our submission.\n\nBest wishes,\n\nDr Lea Brandt\n"
              "Chair\nSociety for Humane Practice")
    )  # fmt: skip
    assert (found.type, found.name) == ("other", "Society for Humane Practice")


@pytest.mark.parametrize(
    ("name", "lines", "body"),
    [
        ("Human Rights Committee of the Northfield Bar Association",
         "Secretary\nNorthfield Bar Association", "Northfield Bar Association"),
        # no line writes the body alone: the committee's name as the message writes it
        ("Human Rights Committee of the Northfield Bar Association", "Secretary",
         "Human Rights Committee of the Northfield Bar Association"),
        # no committee: the name stays
        ("Northfield Migrant Network", "Northfield Bar Association", "Northfield Migrant Network"),
    ],
)  # fmt: skip
def test_a_committee_gives_way_to_its_body_signed_alone(name: str, lines: str, body: str) -> None:
    assert body_of_committee(name, lines) == body


def test_a_un_regional_commission_is_an_intergovernmental_body() -> None:
    found = suggest(
        _mail("División de Población", "poblacion@regional.example.org",
              "Estimados colegas:\n\nLa División de Población remite su aporte.\n\nSaludos,\n\n"
              "División de Población\nComisión Económica para América Latina y el Caribe\n"
              "Santiago de Chile")
    )  # fmt: skip
    assert found.type == "international_org"
    assert found.name == "Comisión Económica para América Latina y el Caribe"


def test_an_association_of_recruitment_agencies_is_one_of_companies() -> None:
    found = suggest(
        _mail("Secretariat", "secretariat@fra.example.org",
              "Dear Sir/Madam,\n\nThe Federation of Fair Staffing Agencies welcomes the "
              "opportunity to contribute.\n\nYours faithfully,\n\nSecretariat\n"
              "Federation of Fair Staffing Agencies")
    )  # fmt: skip
    assert (found.type, found.name) == ("private_sector", "Federation of Fair Staffing Agencies")


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Abg. Patricia Lozano", "Patricia Lozano"),
        ("Lcda. Ana Ruiz", "Ana Ruiz"),
        ("Mtro. Luis Paz", "Luis Paz"),
        ("Abigail Smith", "Abigail Smith"),
    ],
)
def test_a_professions_abbreviated_title_is_no_part_of_the_name(written: str, name: str) -> None:
    assert without_title(written) == name


def test_an_acronym_before_a_dash_and_its_name_are_one_name() -> None:
    assert name_parts("ASOMIR – Asociación de Mujeres Rurales")[0] == (
        "Asociación de Mujeres Rurales (ASOMIR)"
    )


@pytest.mark.parametrize(
    ("given", "kind"),
    [
        # a union of journalists or press workers: a voice of press freedom, civil society
        (("SJL", "bureau@sjl.example.fr", "Cordialement,\nSyndicat des journalistes de Lorvane"),
         "civil_society"),
        (("STP", "info@stp.example.ar", "Saludos,\nSindicato de Trabajadores de Prensa del Sur"),
         "civil_society"),
        (("UBJ", "info@ubj.example.org", "Regards,\nUnion of Broadcast Journalists of Eastmoor"),
         "civil_society"),
        # any other union stays a union
        (("STM", "info@stm.example.ar", "Saludos,\nSindicato de Trabajadores Migrantes"),
         "other"),
        # an association of publishers or broadcasters: companies'
        (("ABE", "info@abe.example.org", "Regards,\nAssociation of Broadcasters of Eastmoor"),
         "private_sector"),
        (("AED", "info@aed.example.org", "Saludos,\nAsociación de Editores de Diarios del Sur"),
         "private_sector"),
        # a journalists' association is no publishers' one
        (("APS", "info@aps.example.org", "Saludos,\nAsociación de Periodistas del Sur"),
         "civil_society"),
        # a media regulator or a press council: a body of its own
        (("Media Council of Westland", "info@nmc.example.org", "Regards,\nThe Secretariat"),
         "other"),
        (("HAC", "info@hac.example.org", "Cordialement,\nHaute Autorité de la communication "
          "audiovisuelle de Lorvane"), "other"),
    ],
)  # fmt: skip
def test_the_press_own_bodies_by_their_words(given: tuple[str, str, str], kind: str) -> None:
    display, address, signed = given
    body = f"Please find our input.\n\n{signed}"
    assert suggest(Sender(display, address, "Submission", body, "")).type == kind


def test_a_unit_headed_with_its_faculty_and_university_is_named_with_the_university() -> None:
    heading = (
        "Contribution to the call\nMigration Law Clinic, Faculty of Law, University of "
        "Eastmoor - Contribution\nWe reviewed 40 judgments."
    )
    sender = Sender(
        "Migration Law Clinic",
        "clinic@example.org",
        "Submission",
        "Please find our input.\n\nDr. Ana Ruiz\nDirector of the Clinic",
        heading,
    )
    assert suggest(sender).name == "Migration Law Clinic, University of Eastmoor"
