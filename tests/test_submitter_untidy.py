"""Untidy signatures and first pages: pronouns after a name, a name with a bare initial,
a logo's place and caption in a document's first page. One case per row."""

from __future__ import annotations

import pytest

from wgsubmit.detect.name_edges import without_title
from wgsubmit.detect.name_parts import name_parts
from wgsubmit.detect.person_words import is_org_words, is_person
from wgsubmit.detect.submitter import Sender, suggest


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Claire Dubois (elle)", "Claire Dubois"),
        ("Sam Ortiz (they/them)", "Sam Ortiz"),
        ("Ana Ruiz, ella/ella", "Ana Ruiz"),
        # A country's code and a first name that is also a title stay.
        ("Yael Cohen (IL)", "Yael Cohen (IL)"),
        ("Dona Reed", "Dona Reed"),
        ("Dona Maria Silva", "Maria Silva"),
    ],
)
def test_pronouns_after_a_name_are_not_the_name(written: str, name: str) -> None:
    assert without_title(written) == name


def test_an_honorific_and_a_first_name_give_way_to_the_signed_name() -> None:
    found = suggest(
        Sender("Doña Marta", "martacruz@yahoo.com", "Mi testimonio",
               "Buenas tardes:\n\nLes mando mi testimonio.\n\nQue Dios les bendiga,\n"
               "Marta Lucía Cruz\nQuetzaltenango, Guatemala", "")
    )  # fmt: skip
    assert (found.type, found.name) == ("individual", "Marta Lucía Cruz")


def test_a_personal_capacity_wrapped_over_two_lines_is_still_said() -> None:
    found = suggest(
        Sender("RUIZ GIL, Ana", "aruiz@ayto-villaverde.example.es", "Aportación personal",
               "Estimados/as:\n\nTrabajo en servicios sociales, pero envío esta aportación a "
               "título\npersonal, no en nombre del Ayuntamiento.\n\nUn saludo,\n\nAna Ruiz Gil\n"
               "Técnica de Servicios Sociales\nAyuntamiento de Villaverde", "")
    )  # fmt: skip
    assert (found.type, found.name) == ("individual", "Ana Ruiz Gil")


def test_a_union_that_organises_workers_is_a_union() -> None:
    found = suggest(
        Sender("Owen Price", "o.price@shieldunion.example.org.uk", "Evidence",
               "Dear Working Group,\n\nSHIELD Union, which organises security officers and "
               "cleaners, submits the attached evidence.\n\nIn solidarity,\n\nOwen Price\n"
               "National Organiser\nSHIELD Union", "")
    )  # fmt: skip
    assert (found.type, found.name) == ("other", "SHIELD Union")


def test_a_first_name_and_a_bare_initial_are_a_person() -> None:
    assert is_person("Yolanda M")
    assert not is_person("Groupe URD")


CASES = [
    # A pronoun after the person's name: the organization under it is the submitter.
    (Sender("Claire Dubois", "claire@maisonfemmes.example.fr", "Contribution",
            "Bonjour,\n\nVous trouverez notre contribution.\n\nBien à vous,\n\n"
            "Claire Dubois (elle)\nCoordinatrice\nMaison des Femmes Exilées de Marseille", ""),
     "Maison des Femmes Exilées de Marseille"),
    # A logo's place before the name on the first page.
    (Sender("Eleni K.", "eleni.athens@gmail.com", "submission",
            "Hello,\n\nPlease find attached our submission.\n\nBest,\nEleni",
            "[logo] Kyma Refugee Centre, Athens – GR\n\nMental health care for refugees"),
     "Kyma Refugee Centre"),
    # A logo's caption holding the name and a tagline.
    (Sender("Sam", "sam.aid@hotmail.com", "Our input",
            "Hi there,\n\nOur volunteer group put together the attached report.\n\n"
            "Sam Ortiz\n(volunteer coordinator)",
            "[logo caption: Desert Water Aid Collective · water · care · solidarity]\n\n"
            "Water stations in the desert"),
     "Desert Water Aid Collective"),
    # A civil association's legal form on the first page: the association, not its sender.
    (Sender("Luis Pérez", "luis_perez_tj@hotmail.com", "Aporte convocatoria",
            "Buenas noches,\n\nAdjunto el aporte de la asociación.\n\nSaludos,\nLuis",
            "ALBERGUE NORTE A.C.\nTijuana, Baja California\n\nAporte sobre retornados"),
     "ALBERGUE NORTE A.C."),
    # A joint submission's lead marked "(lead)" among its partners.
    (Sender("SECRETARIAT", "secretariat@kmf.example.org", "Joint submission",
            "Dear Working Group,\n\nPlease find attached a joint submission coordinated by "
            "our Forum with two partner organisations.\n\nRegards,\n\nSecretariat\n"
            "Karoo Migrant Forum",
            "JOINT SUBMISSION\n\nSubmitted by:\nKaroo Migrant Forum (lead)\n"
            "Karoo Women's Circle\nSiyakhula Community Trust"),
     "Karoo Migrant Forum and 2 others"),
    # Traders named with who they are: their network, not an association of companies.
    (Sender("Amina Bello", "amina@wawtn.example.org", "Submission",
            "Dear colleagues,\n\nPlease find attached our submission.\n\nRegards,\n\n"
            "Amina Bello\nResearch Coordinator\nWest African Women Traders Network", ""),
     "West African Women Traders Network"),
]  # fmt: skip


@pytest.mark.parametrize(("sender", "name"), CASES, ids=lambda c: getattr(c, "subject", c))
def test_the_organization_behind_untidy_lines(sender: Sender, name: str) -> None:
    found = suggest(sender)
    assert (found.type, found.name) == ("civil_society", name)


@pytest.mark.parametrize("name", ["Mexiro A.C.", "Les Amis du Quartier asbl"])
def test_a_civil_associations_legal_form_is_an_organizations_word(name: str) -> None:
    assert is_org_words(name)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            "Harbour Patients Forum - Hospital data and commercial partners",
            "Harbour Patients Forum",
        ),
        (
            "Collectif Données Sociales - Le score de risque des allocataires",
            "Collectif Données Sociales",
        ),
        ("Open Archives Watch - Public registers, open data and patients", "Open Archives Watch"),
        ("Harbour Patients Forum - Youth Network", "Harbour Patients Forum - Youth Network"),
        # a name closed by its acronym: what follows the dash is a title, capitals or not
        (
            "Lakeside Media Watch (LMW) - Shield laws in Nine Commonwealth States",
            "Lakeside Media Watch (LMW)",
        ),
    ],
)
def test_a_title_after_a_dash_is_no_part_of_the_name(line: str, name: str) -> None:
    assert name_parts(line)[0] == name


TYPES = [
    # An authority of its own, not the State and not an NGO.
    (Sender("Commission d'accès", "info@cai.example.qc.ca", "Contribution",
            "Bonjour,\n\nVoici notre contribution.\n\nCommission d'accès à l'information", ""),
     "other"),
    (Sender("Data Protection Office", "info@dpo.example.mt", "Input",
            "Dear Special Rapporteur,\n\nOur input is attached.\n\nData Protection Office", ""),
     "other"),
    # An association of insurers is one of companies.
    (Sender("Alliance of Care Insurers", "office@careinsurers.example.org", "Submission",
            "Dear Special Rapporteur,\n\nOur paper is attached.\n\nAlliance of Care Insurers", ""),
     "private_sector"),
    # An NGO working on access to information is an NGO.
    (Sender("Access to Information Programme", "office@aip.example.org", "Input",
            "Dear colleagues,\n\nOur input is attached.\n\nAccess to Information Programme", ""),
     "civil_society"),
]  # fmt: skip


@pytest.mark.parametrize(("sender", "kind"), TYPES, ids=lambda c: getattr(c, "display_name", c))
def test_authorities_of_their_own_and_associations_of_insurers(sender: Sender, kind: str) -> None:
    assert suggest(sender).type == kind
