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


def _decide(body: str, this: calls.Call, other: calls.Call, subject: str = "Submission") -> str:
    return calls.decide(calls.Said(subject, body), NOVEMBER, this, [other], OPENED).value


@pytest.mark.parametrize(
    ("body", "this", "answer"),
    [
        # A word common outside its field tells no call alone: a plot of land, what a camp
        # lacks, a licence renewed; a manner, plain clothes, what is in vogue, the making
        # of a report, a pledge, what one adapts.
        ("El solar junto a la escuela fue vendido a un promotor.", ENERGY, "unclear"),
        ("The camp had no electricity and no running water.", ENERGY, "unclear"),
        ("Les licences sont renouvelables tous les cinq ans.", ENERGY, "unclear"),
        ("The guards answered our letters in a timely fashion.", GARMENT, "unclear"),
        ("The guards wore plain clothes and carried no badge.", GARMENT, "unclear"),
        ("Está de moda contratar guardias privados.", GARMENT, "unclear"),
        ("La confección del informe tomó seis meses.", GARMENT, "unclear"),
        ("Dejó su casa en prenda del préstamo.", GARMENT, "unclear"),
        ("The company tailors its approach to each site.", GARMENT, "unclear"),
        # In its terms it tells its field.
        ("La granja solar ocupa nuestras tierras de pastoreo.", ENERGY, "this"),
        ("Le parc solaire occupe nos pâturages.", ENERGY, "this"),
        ("Electricity generation for export floods our valley.", ENERGY, "this"),
        ("Fast fashion brands buy from the workshops of the district.", GARMENT, "this"),
        ("La industria de la moda compra a los talleres del barrio.", GARMENT, "this"),
        ("Las prendas de vestir salen de talleres sin ventilación.", GARMENT, "this"),
        ("Les ouvrières de la confection travaillent douze heures.", GARMENT, "this"),
    ],
)
def test_a_word_common_outside_its_field_counts_only_in_its_terms(
    body: str, this: calls.Call, answer: str
) -> None:
    other = GARMENT if this is ENERGY else ENERGY
    assert _decide(body, this, other) == answer


# Calls of the Working Group on business and human rights, each holding a word of its frame
# ("due diligence", "remedy"), so that the frame is in force beside the call on garments.
ACCESS = calls.Call(
    "Access to information on the human rights due diligence of private security companies"
)
WORKERS = calls.Call(
    "Workers of private security companies and their access to remedy",
    ("travailleurs", "trabajadores"),
)


@pytest.mark.parametrize(
    ("body", "this", "answer"),
    [
        # A call about access or workers keeps its topic ...
        ("The company refused us access to its incident logs.", ACCESS, "this"),
        ("Les travailleurs de la société sont payés avec deux mois de retard.", WORKERS, "this"),
        ("Los trabajadores de la empresa no tienen contrato.", WORKERS, "this"),
        # ... which the frame of business and human rights is not.
        ("Affected communities have no access to remedy from companies.", ACCESS, "unclear"),
        ("Las comunidades afectadas no tienen acceso a la reparación.", ACCESS, "unclear"),
        ("Due diligence in supply chains: workers and communities affected.", WORKERS, "unclear"),
    ],
)  # fmt: skip
def test_the_frames_words_name_a_topic_away_from_the_frame(
    body: str, this: calls.Call, answer: str
) -> None:
    """Access, communities, workers and supply chains are the frame of every call on
    business and human rights only beside its words ("access to remedy", "affected
    communities"): elsewhere a call may be about them."""
    assert _decide(body, this, GARMENT) == answer


def test_a_keyword_of_a_few_words_with_one_word_of_substance_counts_as_written() -> None:
    """ "Sending State": "sending" is also what every sender does."""
    recruitment = calls.Call("Recruitment agencies and private security", ("sending State",))
    assert _decide("We are sending our report on the guards.", recruitment, GARMENT) == "unclear"
    assert _decide("The sending State licenses the agencies.", recruitment, GARMENT) == "this"


def test_a_title_in_another_language_with_few_words_of_a_topic_is_a_term() -> None:
    """A call's title in another language whose other words are the frame has only two
    words that tell a topic ("Le devoir de diligence … dans les ports et les aéroports"):
    they count together, as a term's, not apart."""
    title = "Le devoir de diligence en matière de droits de l'homme dans les ports et les aéroports"
    ports = calls.Call("Human rights due diligence", (title,))
    assert _decide("La sécurité des ports est privatisée.", ports, ENERGY) == "unclear"
    assert _decide("Dans les ports et aéroports, la sécurité est privée.", ports, ENERGY) == "this"
