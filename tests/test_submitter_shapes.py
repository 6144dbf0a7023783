"""Shapes of mail the submitter detector reads in general: a research body named for the
research it does, research joined to informing or campaigning, a mail domain under `.int`,
a name wrapped over two lines before its acronym. One case per row."""

from __future__ import annotations

import pytest

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
