"""Two calls of the Special Rapporteur on the right to adequate housing: one on housing and
the climate crisis, one on homelessness and its criminalisation. Both speak of housing,
tenants, rents, evictions and informal settlements; only the subject tells them apart, and
a message whose words are only the mandate's is for an officer, never this call's."""

from __future__ import annotations

import datetime as dt

import pytest

from wgsubmit.detect import call_words, calls

UTC = dt.UTC
CLIMATE = calls.Call(
    "Housing and the climate crisis: displacement, relocation and adaptation",
    (
        "A/HRC/58/52",
        "Le logement et la crise climatique : déplacements, réinstallation et adaptation",
        "La vivienda y la crisis climática: desplazamiento, reubicación y adaptación",
        "climate",
        "planned relocation",
    ),
)
HOMELESSNESS = calls.Call(
    "Homelessness and its criminalisation",
    ("A/80/201", "homelessness", "encampments", "sans-abri", "personas sin hogar"),
    dt.datetime(2025, 1, 31, 23, tzinfo=UTC),
)
OPENED = dt.datetime(2024, 9, 15, 22, tzinfo=UTC)
NOVEMBER = dt.datetime(2024, 11, 15, tzinfo=UTC)


def _answer(subject: str, body: str, quoted: str = "") -> str:
    said = calls.Said(subject, body, quoted=quoted)
    return calls.decide(said, NOVEMBER, CLIMATE, [HOMELESSNESS], OPENED).value


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # The words of the mandate: its title's "housing" and "crisis", and what every
        # submission to it speaks of.
        ("The housing crisis", "Rents doubled and evictions of tenants rose in 2024."),
        ("Submission", "Informal settlements and slums lack secure tenure and housing."),
        ("Contribution", "Les loyers des locataires et la crise du logement social."),
        ("Rapport annuel", "Chapitre sur le droit au logement et la crise du logement."),
        ("Aporte", "Los desalojos de inquilinos y la vivienda en los asentamientos informales."),
        ("Informe", "La crisis de vivienda y los alquileres en las casas del centro."),
    ],
)
def test_the_mandates_frame_tells_no_call(subject: str, body: str) -> None:
    assert _answer(subject, body) == "unclear"


def test_the_questionnaire_of_the_mandate_names_no_call() -> None:
    """A State answering "the questionnaire of the Special Rapporteur on the right to
    adequate housing" names the mandate, not one of its calls."""
    body = (
        "La Mission permanente a l'honneur de transmettre la réponse au questionnaire de la "
        "Rapporteuse spéciale sur le droit à un logement convenable."
    )
    assert _answer("Réponse au questionnaire", body) == "unclear"


def test_a_reply_quoting_only_the_mandates_words_tells_no_call() -> None:
    quoted = "Our union documents the evictions and rents of tenants in the city."
    assert _answer("RE: Our submission", "Please see the annex.", quoted) == "unclear"


@pytest.mark.parametrize(
    ("subject", "body", "answer"),
    [
        # The climate crisis, as tenants, mayors and engineers write of it.
        ("La riada", "La riada dejó inhabitables 600 viviendas en alquiler.", "this"),
        ("Sécheresse", "Après trois années de sécheresse, les familles ont tout perdu.", "this"),
        ("Our block", "We were renovicted after the heat pumps were installed.", "this"),
        ("Le littoral", "Le recul du trait de côte menace quarante maisons.", "this"),
        ("Deslaves", "Tras los deslaves, el reasentamiento de la comunidad.", "this"),
        ("Canicule", "Le plan canicule de la ville et les logements sous les toits.", "this"),
        # Homelessness, as shelters, outreach teams and legal clinics write of it.
        ("Albergue", "El albergue nocturno recibe 200 solicitudes cada noche.", "other"),
        ("Chiffres", "Les demandes d'hébergement d'urgence restent sans solution.", "other"),
        ("Ordinance", "The city fines rough sleepers under its camping ban.", "other"),
        ("Conteo", "El conteo nocturno halló 2.140 personas durmiendo en la calle.", "other"),
        ("La gare", "Des bancs anti-couchage : ceux qui y dormaient dorment dehors.", "other"),
        # Both subjects: an officer decides.
        ("Heat", "The heatwave struck the rough sleepers and the flats alike.", "unclear"),
        ("La crue", "Les oubliés de la crue de l'an dernier vivent à la rue.", "unclear"),
    ],
)
def test_each_call_is_told_by_the_words_of_its_field(subject: str, body: str, answer: str) -> None:
    assert _answer(subject, body) == answer


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # Words common outside their field tell it only in its terms.
        ("Trust", "Rebuilding trust with the tenants took years."),
        ("Constat", "La vérité crue : les locataires attendent."),
        ("Holidays", "The camping site by the lake closes in winter."),
        ("Calle", "La oficina está en la calle Mayor."),
    ],
)
def test_a_common_word_tells_a_field_only_in_its_terms(subject: str, body: str) -> None:
    assert _answer(subject, body) == "unclear"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("climatique", "climatic"),
        ("climatiques", "climática"),
        ("climático", "climatic"),
        ("criminalisation", "criminalization"),
        ("criminalización", "criminalisation"),
    ],
)
def test_the_endings_of_one_word_in_three_languages_are_one(a: str, b: str) -> None:
    assert call_words.matches(call_words.fold(a), call_words.fold(b))


@pytest.mark.parametrize(
    "body",
    [
        "People living in tents in the park were charged with aggravated trespass and "
        "obstructing the highway; riot police used pepper spray.",
        "La policía antimotines retiró con gases lacrimógenos a quienes dormían en la calle.",
        "Our city criminalises people who sleep in the street: riot police, pepper spray and "
        "batons every night.",
    ],
)
def test_the_policing_of_people_in_the_street_is_not_the_climate_calls(body: str) -> None:
    """A call on housing and the climate crisis does not take the field of climate
    activism, whose policing words are also those of the criminalisation of homelessness:
    "climate" alone, or a term that a frame's words reduce to it, is no field's."""
    assert _answer("Submission", body) != "this"
