"""An ordinary season's mail: a coordination of communities signing under a mailbox's
team name, and a sentence that runs past the name its signature writes with an acronym.
One rule per test."""

from __future__ import annotations

import pytest

from wgsubmit.detect.names import is_shared_mailbox
from wgsubmit.detect.person_words import is_role
from wgsubmit.detect.submitter import Sender, suggest


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("Coordinadora de Pueblos Originarios del Chaco", False),
        ("Coordination des ONG du Sahel", False),
        ("Coordinación de Organizaciones Campesinas de Oriente", False),
        # a post: the coordinator of a programme or of a team
        ("Coordinadora de Proyectos", True),
        ("Coordination des programmes", True),
    ],
)
def test_a_coordination_of_its_members_is_a_body_not_a_post(line: str, role: bool) -> None:
    assert is_role(line) is role


def test_a_communications_mailbox_is_a_teams() -> None:
    assert is_shared_mailbox("comunicaciones@redsur.example.org")


def test_a_coordination_signing_from_a_teams_mailbox_is_the_submitter() -> None:
    found = suggest(
        Sender("Comunicaciones Coordinadora", "comunicaciones@cpo.example.org", "Aporte",
               "Estimadas/os:\n\nAdjuntamos nuestro aporte sobre el agua en los territorios.\n\n"
               "Coordinadora de Pueblos Originarios del Chaco\nResistencia, Chaco", "")
    )  # fmt: skip
    assert (found.type, found.name) == (
        "civil_society",
        "Coordinadora de Pueblos Originarios del Chaco",
    )


def test_a_sentence_past_the_name_signed_with_its_acronym_ends_at_the_name() -> None:
    """ "… de l'Association X sur les expulsions" said, "Association X (AX)" signed."""
    found = suggest(
        Sender("Camara Aminata", "a.camara@mopti-droit.example.org", "Contribution",
               "Madame, Monsieur,\n\nJ'ai l'honneur de vous transmettre la contribution de "
               "l'Association des\njuristes du Delta sur les expulsions forcées.\n\n"
               "Veuillez agréer mes salutations distinguées.\n\nAminata Camara\n"
               "Chargée de programme\nAssociation des juristes du Delta (AJD)\nMopti", "")
    )  # fmt: skip
    assert found.name == "Association des juristes du Delta (AJD)"


@pytest.mark.parametrize(
    ("body", "kind", "name"),
    [
        # a Peruvian or Colombian member of congress signs "Congresista"
        ("Adjunto mi aporte como congresista sobre el trabajo infantil.\n\n"
         "Julio Quispe Mamani\nCongresista de la República", "other", "Julio Quispe Mamani"),
        # a union of workers whose trade is written with a hyphen
        ("Attached is our submission on unpaid wages.\n\nIn solidarity,\n\n"
         "General Secretary\nUnion of Home-based Garment Workers (UHGW)\nDhaka",
         "other", "Union of Home-based Garment Workers (UHGW)"),
        # "el insumo del Centro …" says whose the input is, its acronym signed alone
        ("Adjunto el insumo del Centro de Estudios Laborales y Tierra sobre\n"
         "el catastro rural.\n\n"
         "Atentamente,\nMarta Rojas\nInvestigadora\nCELAT\nSucre, Bolivia",
         "civil_society", "Centro de Estudios Laborales y Tierra (CELAT)"),
    ],
)  # fmt: skip
def test_a_members_function_a_unions_trade_and_an_input_said(
    body: str, kind: str, name: str
) -> None:
    found = suggest(Sender("Oficina", "oficina@sender.example.org", "Aporte", body, ""))
    assert (found.type, found.name) == (kind, name)
