"""Shapes of mail the submitter detector reads in general: a research body named for the
research it does, research joined to informing or campaigning, a mail domain under `.int`,
a name wrapped over two lines before its acronym. One case per row."""

from __future__ import annotations

import pytest

from wgsubmit.detect.name_edges import trim
from wgsubmit.detect.names import display_name
from wgsubmit.detect.sender_words import ACADEMIC
from wgsubmit.detect.submitter import Sender, suggest


@pytest.mark.parametrize(
    ("name", "academic"),
    [
        ("Centre for Urban Mobility Research", True),
        ("Institute for Water and Climate Research", True),
        ("Groupe de recherche sur les villes côtières", True),
        ("Équipe de recherche en droit social", True),
        # research joined to informing or campaigning: an association's name
        ("Centre de recherche et d'information sur les sans-abri", False),
        ("Centro de Investigación y Promoción Campesina", False),
        ("Centre for Research and Advocacy on Housing", False),
    ],
)
def test_a_research_body_by_its_name(name: str, academic: bool) -> None:
    assert bool(ACADEMIC.search(name)) is academic


def test_a_mail_domain_under_int_is_an_intergovernmental_body() -> None:
    found = suggest(
        Sender("OCRN Secretariat", "secretariat@ocrn.example.int", "Input",
               "Dear colleagues,\n\nPlease find attached our input.\n\nRegards,\n\n"
               "Secretariat\nOcean Coast Regional Network", "")
    )  # fmt: skip
    assert found.type == "international_org"


def test_a_name_wrapped_over_a_small_word_is_read_whole_before_its_acronym() -> None:
    found = suggest(
        Sender("AJEVAL", "ajeval@ajeval.example.sn", "Contribution AJEVAL",
               "Madame, Monsieur,\n\nVeuillez trouver ci-joint notre contribution.\n\n"
               "Cordialement,\n\nLa Coordinatrice\nAJEVAL",
               "Contribution de l'Association des Jeunes pour l'Environnement et la\n"
               "Vie Associative Locale (AJEVAL)")
    )  # fmt: skip
    assert found.name == (
        "Association des Jeunes pour l'Environnement et la Vie Associative Locale (AJEVAL)"
    )


def test_a_ministry_under_the_states_formal_name_and_motto_is_the_states_voice() -> None:
    found = suggest(
        Sender("Ibrahim Moussa", "i.moussa@minsante.example.ne", "Réponse au questionnaire",
               "Bonjour,\n\nCi-joint notre réponse.\n\nCordialement,\n\nIbrahim Moussa\n"
               "Chef de Division\nDirection de la Santé Publique",
               "RÉPUBLIQUE DU NIGER\nFraternité – Travail – Progrès\nMINISTÈRE DE LA SANTÉ\n\n"
               "Réponse au questionnaire")
    )  # fmt: skip
    assert (found.type, found.country) == ("member_state", "NER")


def test_a_ministry_under_a_bare_country_name_is_not_taken_for_the_state() -> None:
    found = suggest(
        Sender("Réseau Santé Niger", "contact@reseausante.example.org", "Contribution",
               "Bonjour,\n\nCi-joint notre contribution.\n\nRéseau Santé Niger",
               "NIGER\nMinistère de la Santé : un bilan citoyen\n\nContribution")
    )  # fmt: skip
    assert found.type != "member_state"


@pytest.mark.parametrize(
    ("said", "name"),
    [
        (
            "Chaire Justice sociale de l'Université de Haute-Savoie sur le logement étudiant",
            "Chaire Justice sociale de l'Université de Haute-Savoie",
        ),
        (
            "Migration Lab of the University of Eastmoor on the rights of seasonal workers",
            "Migration Lab of the University of Eastmoor",
        ),
        # a unit's own "sur", before its university, is its name
        (
            "Groupe de recherche sur les villes, Université de Lorraine",
            "Groupe de recherche sur les villes, Université de Lorraine",
        ),
    ],
)
def test_a_universitys_name_ends_before_its_topic(said: str, name: str) -> None:
    assert trim(said) == name


@pytest.mark.parametrize(
    ("display", "address", "name"),
    [
        ("KWDA Secretariat", "secretariat@kwda.example.org", "KWDA"),
        ("FNTP Secrétariat", "info@fntp.example.fr", "FNTP"),
        # not a shared mailbox: the display name is as written
        ("KWDA Secretariat", "j.mwangi@kwda.example.org", "KWDA Secretariat"),
    ],
)
def test_an_acronyms_office_on_a_shared_mailbox_is_the_acronyms(
    display: str, address: str, name: str
) -> None:
    assert display_name(Sender(display, address, "", "", "")) == name


def test_an_acronym_signed_over_a_line_of_a_name_it_loosely_stands_for_gives_that_name() -> None:
    found = suggest(
        Sender("KWSA Secretariat", "secretariat@kwsa.example.org", "KWSA response",
               "Dear Working Group,\n\nPlease find attached the response of KWSA.\n\n"
               "Regards,\n\nGrace Mwangi\nHead of Policy\nKWSA Secretariat\n\n"
               "Kenya Water Distributors Association\nNairobi", "KWSA\n\nWater and rights")
    )  # fmt: skip
    assert found.name in (
        "Kenya Water Distributors Association",
        "Kenya Water Distributors Association (KWSA)",
    )
