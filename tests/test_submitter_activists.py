"""A season of a call on climate and environmental activists: bodies of a region's States,
a treaty's secretariat, a people's own authority, a party, a faith body, a donor, and the
lines of an untidy signature. One rule per test."""

from __future__ import annotations

import pytest

from wgsubmit.detect.contact_lines import is_contact_line
from wgsubmit.detect.name_edges import spells
from wgsubmit.detect.person_words import is_person, is_role
from wgsubmit.detect.submitter import Sender, suggest


@pytest.mark.parametrize(
    ("signed", "name"),
    [
        # a regional development bank's office, its bank named after it
        ("Compliance Review Unit\nAsian Development Bank\nManila",
         "Asian Development Bank"),
        ("Bureau d'évaluation\nBanque ouest-africaine de développement\nLomé",
         "Banque ouest-africaine de développement"),
        # a region's parliament; a commission of a region's States
        ("Secretaría General\nParlamento Andino\nBogotá", "Parlamento Andino"),
        ("Executive Secretariat\nEconomic Community of Central African States\nLibreville",
         "Economic Community of Central African States"),
    ],
)  # fmt: skip
def test_a_body_of_a_regions_states_is_intergovernmental(signed: str, name: str) -> None:
    found = suggest(
        Sender(
            "Office", "office@body.example.org", "Input", f"Please find our input.\n\n{signed}", ""
        )
    )
    assert (found.type, found.name) == ("international_org", name)


def test_a_regions_network_of_associations_stays_civil_society() -> None:
    found = suggest(
        Sender("Red", "red@redclima.example.org", "Aporte",
               "Adjuntamos el aporte.\n\nRed de Comisiones Ciudadanas de América Latina\nLima", "")
    )  # fmt: skip
    assert found.type == "civil_society"


def test_a_listed_bodys_acronym_beside_another_name_is_the_body_when_its_name_is_written() -> None:
    """ "… del Acuerdo de Escazú (CEPAL)" in the subject, the Commission's name signed."""
    found = suggest(
        Sender("Unidad", "unidad@body.example.org", "Aporte del Observatorio del Acuerdo (CEPAL)",
               "Adjuntamos el aporte.\n\nComisión Económica para América Latina y el Caribe\n"
               "Santiago", "")
    )  # fmt: skip
    assert found.type == "international_org"
    assert found.name == "Comisión Económica para América Latina y el Caribe (CEPAL)"


@pytest.mark.parametrize(
    ("display", "letterhead", "name"),
    [
        ("Espoo Convention secretariat", "", "Espoo Convention secretariat"),
        ("UNECE", "UNITED NATIONS ECONOMIC COMMISSION FOR EUROPE\n"
         "Secretariat of the Protocol on Water and Health\n\nInput",
         "Secretariat of the Protocol on Water and Health"),
    ],
)  # fmt: skip
def test_a_treatys_secretariat_names_itself_not_its_host(
    display: str, letterhead: str, name: str
) -> None:
    body = "Please find attached our input.\n\nEnvironment Division\nEconomic Commission for Europe"
    found = suggest(Sender(display, "secretariat@unece.example.org", "Input", body, letterhead))
    assert (found.type, found.name) == ("international_org", name)


def test_an_office_named_with_its_bodys_short_name_is_the_body() -> None:
    found = suggest(
        Sender("Secretaría de Comisiones FUNDAMAR", "comisiones@fundamar.example.org", "Aporte",
               "Por encargo de la Comisión de Pesca, remito el aporte de la\n"
               "Fundación Mar Abierto (Fundamar), con la ley modelo.\n\nAtentamente,\n\n"
               "Secretaría de Comisiones\nFundación Mar Abierto\nMontevideo", "")
    )  # fmt: skip
    assert (found.name or "").casefold() == "fundación mar abierto (fundamar)"


@pytest.mark.parametrize(
    ("signed", "said"),
    [
        # a people's own authority
        ("Consejo de Ancianos del Pueblo Awajún", "Enviamos nuestra carta."),
        ("Wet'suwet'en Hereditary Chiefs", "We send our letter."),
        # a political party
        ("Ecology Party of Freedonia", "We send our views."),
        ("Partido Verde Ecologista", "Enviamos nuestra opinión."),
        # a faith body, by its name or speaking for its congregations
        ("Interreligious Council for the Earth", "We send our views."),
        ("Riverside Covenant", "We write on behalf of our 20 member churches."),
    ],
)  # fmt: skip
def test_an_authority_a_party_and_a_faith_body_are_other(signed: str, said: str) -> None:
    found = suggest(Sender("Office", "office@body.example.org", "Input", f"{said}\n\n{signed}", ""))
    assert found.type == "other"


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("La Fondation Aube, qui finance des projets de reboisement, vous écrit.", "other"),
        ("The Alder Foundation, which supports grassroots groups, writes to you.", "other"),
        # a foundation that does the work itself is civil society
        ("The Alder Foundation, which defends activists in court, writes to you.",
         "civil_society"),
    ],
)  # fmt: skip
def test_a_foundation_that_funds_others_work_is_other(said: str, kind: str) -> None:
    name = "Fondation Aube" if "Aube" in said else "Alder Foundation"
    found = suggest(Sender(name, "info@donor.example.org", "Input", f"{said}\n\n{name}", ""))
    assert (found.type, found.name) == (kind, name)


def test_an_indonesian_public_company_is_private_sector() -> None:
    found = suggest(
        Sender("Legal", "legal@tambang.example.co.id", "Response",
               "Please find our response.\n\nPT Tambang Raya Tbk\nJakarta", "")
    )  # fmt: skip
    assert found.type == "private_sector"


def test_a_unit_of_a_building_is_an_address() -> None:
    assert is_contact_line("Suite 12, 40 Harbour Road, Leith")
    assert is_contact_line("Unit 3B, 9 Canal Street")
    assert not is_contact_line("Unit for Climate Litigation")


def test_a_coordination_of_collectives_is_a_body_not_a_post() -> None:
    assert not is_role("Coordination des collectifs du Hainaut")
    assert is_role("Chargée de coordination")


@pytest.mark.parametrize(
    "name", ["Blue River Water Protectors", "Forest Guardians Collective", "Coastal Climate Voices"]
)
def test_the_words_of_a_cause_are_in_no_persons_name(name: str) -> None:
    assert not is_person(name)


def test_a_domain_of_a_names_words_but_its_last_spells_it() -> None:
    assert spells("Lake Shore Water Protectors", "lakeshorewater.example.org")
    assert not spells("Lake Shore Water", "lakeshore.example.org")


@pytest.mark.parametrize(
    "display",
    ["Green Mission Uganda", "Misión Honduras Verde"],
)
def test_an_ngo_named_mission_and_a_state_is_no_state(display: str) -> None:
    found = suggest(
        Sender(display, "info@mission.example.org", "Submission",
               f"Please find our submission.\n\n{display}", "")
    )  # fmt: skip
    assert found.type not in ("member_state", "observer_state")


@pytest.mark.parametrize("display", ["Misión Costa Rica Ginebra", "Norway Mission Geneva"])
def test_a_states_mission_by_its_bare_name_is_the_state(display: str) -> None:
    found = suggest(
        Sender(display, "mission@example.org", "Input", "Please find our input.", "")
    )  # fmt: skip
    assert found.type == "member_state"


def test_canadas_foreign_ministry_domain_is_the_governments() -> None:
    found = suggest(
        Sender("Human Rights Division", "hrd@international.gc.ca", "Input",
               "Please find attached the contribution.\n\nHuman Rights Division", "")
    )  # fmt: skip
    assert (found.type, found.country) == ("member_state", "CAN")


@pytest.mark.parametrize(
    ("display", "address"),
    [
        ("Marie Tremblay", "marie.tremblay@nrc-cnrc.gc.ca"),
        ("Statistics Canada", "info@statcan.gc.ca"),
        ("Canadian Human Rights Tribunal", "registry@chrt-tcdp.gc.ca"),
    ],
)
def test_another_federal_body_or_its_staff_is_not_the_state(display: str, address: str) -> None:
    """Every federal body writes from gc.ca: a researcher, a statistics office or a court
    is no Member State's voice."""
    found = suggest(Sender(display, address, "Input", "I attach my submission.", ""))
    assert found.type not in ("member_state", "observer_state")


@pytest.mark.parametrize(
    ("display", "address"),
    [
        ("Haiti Mission", "contact@haitimission.example.org"),
        ("Kenya Mission", "office@kenyamission.example.org"),
        ("Sudan Mission", "sudanmission@gmail.com"),
    ],
)
def test_a_countrys_name_before_mission_is_no_state_without_the_uns_city(
    display: str, address: str
) -> None:
    """ "Haiti Mission" is as often a church's or an NGO's name as a State's mission."""
    body = f"Dear Working Group,\n\nOur mission has worked there for 20 years.\n\n{display}"
    found = suggest(Sender(display, address, "Submission on PMSCs", body, ""))
    assert found.type not in ("member_state", "observer_state")


def test_an_office_after_the_display_names_body_goes() -> None:
    found = suggest(
        Sender("Blue Dawn Party - National Office", "national@bluedawn.example.org", "Views",
               "The Blue Dawn Party submits its views.\n\nRegards,\nNational Office", "")
    )  # fmt: skip
    assert found.name == "Blue Dawn Party"


def test_a_free_mail_provider_under_the_documentation_label_is_free_mail() -> None:
    from wgsubmit.directory import is_free_mail

    assert is_free_mail("gmail.example.com")
    assert not is_free_mail("riverbend.example.org")


def test_a_slogans_words_in_quotes_are_not_the_writers_voice() -> None:
    found = suggest(
        Sender("Kofi Boateng", "k.boateng@law.coastal.example.edu.gh", "Submission",
               'I attach a paper on the "Protect Our Forests" marches. The views are my own.\n\n'
               "Kofi Boateng\nLecturer\nUniversity of the Savannah", "")
    )  # fmt: skip
    assert (found.type, found.name) == ("academic", "Kofi Boateng")


def test_a_legal_form_alone_on_a_footers_line_names_no_one() -> None:
    from wgsubmit.detect.names import candidates

    sender = Sender("Ethics", "ethics@harbourmutual.example.co.uk", "Input",
                    "Please find our input.\n\nEthics Team\nHarbour Mutual Bank\n"
                    "Harbour Mutual Bank is a trading name of Harbour Mutual Bank\n"
                    "Limited, authorised by the regulator.", "")  # fmt: skip
    assert "Limited" not in candidates(sender, "harbourmutual.example.co.uk")


def test_a_legal_form_read_out_of_a_sentence_is_read_whole() -> None:
    """ "… en representación de X, S.A. de C.V.": not cut at the form's first point."""
    found = suggest(
        Sender("Lic. Ana Ruiz", "aruiz@ruizabogados.example.com.mx",
               "Aporte en representación de Minera Cerro Alto, S.A. de C.V.",
               "Por instrucciones de nuestra representada, remitimos su aporte.\n\n"
               "Atentamente,\nLic. Ana Ruiz\nSocia\nRuiz Abogados, S.C.", "")
    )  # fmt: skip
    assert found.name == "Minera Cerro Alto, S.A. de C.V."


@pytest.mark.parametrize(
    ("display", "address", "name"),
    [
        ("Office of the Privacy Commissioner of Canada", "info@priv.example.ca",
         "Office of the Privacy Commissioner of Canada"),
        ("Office of the Ombudsman", "info@ombuds.example.org", "Office of the Ombudsman"),
        ("Secretariat MFMW", "info@mfmw.example.org", "MFMW"),
    ],
)  # fmt: skip
def test_a_shared_mailboxs_role_word_that_begins_the_bodys_name_stays(
    display: str, address: str, name: str
) -> None:
    """A shared mailbox's team word goes ("Secretariat MFMW"), but not one that begins the
    body's name ("Office of the Ombudsman"): "of the Ombudsman" would be a cut name."""
    body = "Please find attached our submission.\n\nBest regards"
    assert suggest(Sender(display, address, "Input", body, "")).name == name
