"""Two calls of the Working Group on Business and Human Rights: one on the energy
transition, one on garment and textile supply chains. Both speak of companies, due
diligence, remedy and affected communities; only the subject tells them apart, and a
message whose words are only the mandate's frame is for an officer, never this call's."""

from __future__ import annotations

import datetime as dt

import pytest

from wgsubmit.detect import calls

UTC = dt.UTC
ENERGY = calls.Call(
    "Business and human rights in the energy transition: access to remedy for communities "
    "affected by renewable energy projects",
    ("A/HRC/56/48", "renewable energy", "transición energética", "wind farm", "lithium"),
)
GARMENT = calls.Call(
    "Human rights due diligence in the garment and textile supply chains",
    ("A/79/155", "garment", "habillement", "prendas de vestir"),
    dt.datetime(2024, 2, 29, 23, tzinfo=UTC),
)
OPENED = dt.datetime(2023, 10, 1, 22, tzinfo=UTC)
NOVEMBER = dt.datetime(2023, 11, 15, tzinfo=UTC)


def _answer(subject: str, body: str, this: calls.Call = ENERGY) -> str:
    return calls.decide(calls.Said(subject, body), NOVEMBER, this, [GARMENT], OPENED).value


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # The words of the frame that both titles hold or that every submission uses.
        ("Access to remedy", "Affected communities have no access to remedy from companies."),
        ("Submission", "Our grievance mechanism answered 300 complaints from workers."),
        (
            "Due diligence",
            "Investors should ask how projects carry out human rights due diligence.",
        ),
        ("Contribution", "Les communautés touchées par les projets n'ont pas accès aux recours."),
        ("Aporte", "Las comunidades afectadas no tienen acceso a mecanismos de reparación."),
        (
            "Aporte",
            "La diligencia debida en materia de derechos humanos en la cadena de suministro.",
        ),
    ],
)
def test_the_mandates_frame_tells_no_call(subject: str, body: str) -> None:
    assert _answer(subject, body) == "unclear"


def test_a_keyword_of_a_few_words_tells_its_call_only_together() -> None:
    """A wind farm is the energy call's; a farm alone is anyone's."""
    assert _answer("Our farm", "The farm was sold without asking the families.") == "unclear"
    assert _answer("Our land", "The wind farm was built without asking the families.") == "this"


def test_the_frame_does_not_take_another_field_for_a_call() -> None:
    """The energy call's title holds "communities", "affected" and "projects", which the
    extractive industry's field uses too: they do not make a gold mine the energy call's."""
    assert _answer("Report", "Guards at the gold mine shot at protesters.") == "unclear"


@pytest.mark.parametrize(
    ("subject", "body", "answer"),
    [
        # The energy transition, as those who live beside its works write of it.
        ("Monts-Pelés", "Nous écrivons au sujet des 97 éoliennes sur notre territoire.", "this"),
        (
            "Resettlement",
            "The reservoir of the dam flooded 4,000 hectares of our villages.",
            "this",
        ),
        ("Expropiación", "Catorce plantas fotovoltaicas ocuparían nuestras tierras.", "this"),
        ("Valcrose", "La ligne à très haute tension passe à 80 mètres de l'école.", "this"),
        ("Salar", "La extracción de litio seca los humedales del salar.", "this"),
        # Garment and textile supply chains, as unions, brands and homeworkers write of them.
        ("Seva", "The embroiderers are paid piece rates by middlemen.", "other"),
        ("Filatures", "Les ouvrières des filatures de coton travaillent douze heures.", "other"),
        ("Maquila", "Las costureras de la maquila no cobran las horas extra.", "other"),
        ("Audit", "Our audit programme covers 400 garment factories.", "other"),
        # Both subjects: an officer decides.
        ("Portfolio", "We hold renewables developers and clothing retailers.", "unclear"),
    ],
)
def test_a_subject_field_reaches_its_words_in_three_languages(
    subject: str, body: str, answer: str
) -> None:
    assert _answer(subject, body) == answer
