"""A State's voice and the public bodies and people that are not it: one case per row."""

from __future__ import annotations

import pytest

from wgsubmit.detect.submitter import Sender, suggest

NOT_THE_STATE = [
    # A data-protection authority writes from the government's domain, as itself.
    Sender("AEPD Internacional", "internacional@aepd.gob.es", "Aporte a la convocatoria",
           "Estimados señores:\n\nAdjuntamos nuestro aporte.\n\nSaludos cordiales,\n\n"
           "Subdirección de Relaciones Internacionales\n"
           "Agencia Española de Protección de Datos", ""),
    # So does a regional government.
    Sender("Relaciones Internacionales", "rrii@mendoza.gov.ar", "Aporte",
           "Estimados:\n\nRemitimos el aporte de la provincia.\n\nSaludos,\n\n"
           "Dirección de Derechos Humanos\nGobierno de la Provincia de Mendoza", ""),
    # An information commissioner's letterhead over a signature that names no body.
    Sender("Policy Team", "policy@oaic.gov.au", "Submission",
           "Dear Special Rapporteur,\n\nPlease find our submission attached.\n\n"
           "Kind regards,\n\nPolicy Team",
           "Office of the Australian Information Commissioner\n\nSubmission on health data"),
    # A diplomat writing privately, in their own name.
    Sender("Aoife Byrne", "aoife.byrne.home@gmail.com", "Personal input",
           "Dear Working Group,\n\nI write in a private capacity: these views are mine "
           "alone.\n\nAoife Byrne\nFirst Secretary\nEmbassy of Ireland, Mexico City", ""),
    # A subject about an embassy, from an organization.
    Sender("Migrant Workers Forum", "info@mwf.example.org",
           "Submission on recruiters working at the Embassy of Qatar",
           "Dear colleagues,\n\nOur submission is attached.\n\nMigrant Workers Forum", ""),
    # "Has the honour to" after a State body that the sentence is about, not its subject.
    Sender("Women's Forum", "forum@wf.example.org", "Input",
           "Dear colleagues,\n\nFollowing our meeting last month with the\n"
           "Embassy of Sweden, the Forum has the honour to submit its input.\n\n"
           "Women's Forum", ""),
    # "Mission" and a State's name in an organization's own name.
    Sender("Mission Haïti Solidarité", "contact@mhs.example.org", "Contribution",
           "Bonjour,\n\nVeuillez trouver notre contribution.\n\nMission Haïti Solidarité", ""),
]  # fmt: skip


@pytest.mark.parametrize("sender", NOT_THE_STATE, ids=lambda s: s.display_name)
def test_a_public_body_or_a_person_that_is_not_the_states_voice(sender: Sender) -> None:
    assert suggest(sender).type not in ("member_state", "observer_state")


def test_a_ministry_writing_from_its_domain_is_still_the_state() -> None:
    found = suggest(
        Sender(
            "Dirección de Derechos Humanos",
            "ddhh@minjusticia.gob.cl",
            "Aporte de Chile",
            "Estimados:\n\nAdjuntamos el aporte.\n\nSaludos,\n\nDirección de Derechos Humanos\n"
            "Ministerio de Justicia y Derechos Humanos",
            "",
        )
    )
    assert (found.type, found.country) == ("member_state", "CHL")


STILL_THE_STATE = [
    # A mission's subject on a topic that names a kind of public body.
    Sender("Misión Permanente de México", "mision@sre.gob.mx",
           "Aporte de México sobre el acceso a la información y la protección de datos",
           "Estimada Relatora Especial:\n\nAdjuntamos el aporte del Gobierno de México.\n\n"
           "Atentamente,\n\nMisión Permanente de México", ""),
    # A State's text that says something is run privately.
    Sender("Permanent Mission of Ireland", "geneva@dfa.ie", "Input of Ireland",
           "Dear Special Rapporteur,\n\nPlease find attached the input of Ireland. Some "
           "reception centres are privately operated under contract.\n\nKind regards,\n\n"
           "Permanent Mission of Ireland", ""),
]  # fmt: skip


@pytest.mark.parametrize("sender", STILL_THE_STATE, ids=lambda s: s.subject)
def test_a_states_topic_does_not_make_it_another_body(sender: Sender) -> None:
    assert suggest(sender).type == "member_state"
