"""The submitter detector's rules for the parts of a mail that name an organization,
each on a string written for it: a sign-off, a closing line that speaks for a team, a
person's post, a letterhead line atop the mail, a line that joins person, post and body,
and the words that make a body of parliamentarians `other`; a State's voice and what is not
one, a person writing alone, unions and faith bodies by their own words, national
sections, and a unit over its university's line."""

from __future__ import annotations

import pytest

from wgsubmit.detect.contact_lines import is_contact_line
from wgsubmit.detect.joint import joint, lead_of
from wgsubmit.detect.name_shape import is_headed
from wgsubmit.detect.names import _unwrapped, candidates
from wgsubmit.detect.other_words import OTHER
from wgsubmit.detect.person_words import is_role
from wgsubmit.detect.sender_words import ACADEMIC_DOMAIN, SIGN_OFF, SPEAKS, TEAM_OF
from wgsubmit.detect.signed import body_head as _body_head
from wgsubmit.detect.signed import signature
from wgsubmit.detect.state_voice import voice as _voice
from wgsubmit.detect.submitter import Sender, _kind_of, suggest
from wgsubmit.records import Submitter


@pytest.mark.parametrize(
    "line",
    ["With best regards,", "Un cordial saludo,", "Con un saludo,", "Warmest regards",
     "Avec nos salutations distinguées,", "Avec mes meilleures salutations",
     "Veuillez agréer, Madame, …"],
)  # fmt: skip
def test_a_sign_off_is_told(line: str) -> None:
    assert SIGN_OFF.match(line)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("On behalf of everyone at Harbour Rights Forum,", "Harbour Rights Forum"),
        ("With best wishes from the team of Open Doors Network (ODN),", "Open Doors Network (ODN)"),
        ("Warm regards from all of us at Tidal Justice,", "Tidal Justice"),
        ("Au nom de toute l'équipe de Ligue des droits des marins,", "Ligue des droits des marins"),
        ("Avec les salutations de l'équipe de Maison des Exilés,", "Maison des Exilés"),
        ("Con un saludo del equipo de Red Andina de Mujeres,", "Red Andina de Mujeres"),
        ("En nombre de todo el equipo de Fundación Camino Libre,", "Fundación Camino Libre"),
    ],
)
def test_a_closing_line_speaks_for_its_team(line: str, name: str) -> None:
    found = TEAM_OF.search(line)
    assert found and found.group(1) == name


@pytest.mark.parametrize(
    ("part", "role"),
    [
        ("Policy Manager", True),
        ("Senior Legal Adviser", True),
        ("Migrant Rights Programme Coordinator", True),
        ("Counsellor", True),
        ("Coordinatrice de programme", True),
        ("Professeur de droit", True),
        ("Research Associate", True),  # the post's own word is no association's
        ("Project Manager", True),  # nor a project's
        ("Associate Professor", True),
        ("Clinical Professor of Law and Director", True),
        ("Convenor", True),
        ("Research Centre Director", False),  # a centre's word: a name's
        ("Fair Trade Business Association", False),
        ("Harbour Watch", False),
    ],
)
def test_a_post_is_told_by_its_head_word(part: str, role: bool) -> None:
    assert is_role(part) is role


@pytest.mark.parametrize(
    ("body", "head"),
    [
        ("COASTAL RIGHTS FORUM · 14 Quay Street\n\n3 April 2026\n\nDear colleagues,\n\nText.",
         "COASTAL RIGHTS FORUM"),
        ("Maison des Exilés (MDE)\n\n12 mars 2026\n\nMadame, Monsieur,\n\nTexte.",
         "Maison des Exilés (MDE)"),
        ("Dear colleagues,\n\nPlease find attached our input.", ""),  # a greeting
        ("Please find attached our input.\n\nBest,\nAna", ""),  # a sentence
        ("One paragraph only, no head", ""),
    ],
)  # fmt: skip
def test_a_letterhead_line_atop_the_mail(body: str, head: str) -> None:
    assert _body_head(body)[0] == head


def test_a_letterhead_line_atop_the_mail_names_the_organization() -> None:
    found = suggest(
        Sender(
            "Ana Ruiz",
            "ana.ruiz@gmail.com",
            "Contribution",
            "TIDAL JUSTICE NETWORK (TJN) · 88 Harbour Road\n\n3 April 2026\n\nDear colleagues,"
            "\n\nPlease find attached our contribution.\n\nKind regards,\nAna Ruiz\nDirector",
            "",
        )
    )
    assert (found.type, found.name) == ("civil_society", "TIDAL JUSTICE NETWORK (TJN)")


@pytest.mark.parametrize(
    "block",
    [
        "João Ferreira | Counsellor | Permanent Mission of Portugal to the United Nations",
        "João Ferreira\nCounsellor, Permanent Mission of Portugal to the United Nations",
    ],
)
def test_a_mission_after_the_person_and_post_on_one_line_is_the_states_voice(block: str) -> None:
    voice = _voice(block, False)
    assert voice and voice[0] == "PRT"


@pytest.mark.parametrize(
    ("name", "other"),
    [
        ("Cross-Party Parliamentary Caucus on Migrant Rights", True),
        ("Frente Parlamentario contra la Trata de Personas", True),
        ("Groupe parlementaire d'amitié", True),
        ("Parliamentary Watch Initiative", False),
    ],
)
def test_a_body_of_parliamentarians_is_other(name: str, other: bool) -> None:
    assert bool(OTHER.search(name)) is other


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name with "and" inside it is one partner
        ("Tidal Institute, together with Harbour Watch and Land and Dignity Collective, "
         "submits the attached joint contribution.", "Tidal Institute and 2 others"),
        # one who signs the letter is no partner
        ("Adjunto remitimos el oficio firmado por la Comisionada Nacional de Honduras con "
         "la contribución de la institución.", "Tidal Institute"),
    ],
)  # fmt: skip
def test_the_partners_of_a_joint_submission(text: str, name: str) -> None:
    assert joint("Tidal Institute", text) == name


def test_a_joint_submission_led_by_an_nhri() -> None:
    found = suggest(
        Sender(
            "Mads Holm",
            "mads.holm@humanrights.dk",
            "Contribution",
            "Dear colleagues,\n\nDanish Institute for Human Rights, together with Open Doors "
            "and Sea Watchers Network, submits the attached joint contribution.\n\n"
            "Kind regards,\nMads Holm\nSenior Researcher\nDanish Institute for Human Rights",
            "",
        )
    )
    assert (found.type, found.name) == ("nhri", "Danish Institute for Human Rights and 2 others")


def test_a_listed_body_written_in_two_languages_is_named_as_first_written() -> None:
    found = suggest(
        Sender(
            "Awa Diallo",
            "awa.diallo@achpr.au.int",
            "Contribution",
            "Dear colleagues,\n\nPlease find attached our input.\n\nBest regards,\nAwa Diallo\n"
            "Legal Adviser\nAfrican Commission on Human and Peoples' Rights (ACHPR) / "
            "Commission africaine des droits de l'homme et des peuples (CADHP)",
            "",
        )
    )
    assert found.name == "African Commission on Human and Peoples' Rights (ACHPR)"


@pytest.mark.parametrize("post", ["Diputada", "Member of Parliament", "Sénatrice"])
def test_an_elected_members_function_is_a_post(post: str) -> None:
    assert is_role(post)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Tidal Justice Network welcomes the opportunity to contribute.", "Tidal Justice Network"),
        ("Maison des Exilés se félicite de pouvoir contribuer à l'appel.", "Maison des Exilés"),
        ("Red Andina de Mujeres agradece la oportunidad de contribuir.", "Red Andina de Mujeres"),
    ],
)
def test_a_sentence_whose_subject_is_the_submitter(sentence: str, name: str) -> None:
    found = SPEAKS.search(sentence)
    assert found and found.group(1) == name


@pytest.mark.parametrize(
    ("name", "short", "headed"),
    [
        ("Asociación Camino Seguro (ACS)", "Camino Seguro", True),
        ("Red de Mujeres en Movimiento", "Mujeres en Movimiento", True),
        ("National Employers' Council", "Employers' Council", True),
        ("Statement of Harbour Watch", "Harbour Watch", False),  # a title
        ("Coordinación Red Migrante del Sur", "Red Migrante del Sur", False),  # a post
        ("Submitting entity / Atlas Services", "Atlas Services", False),
    ],
)
def test_a_name_under_its_head_word(name: str, short: str, headed: bool) -> None:
    assert is_headed(name, short) is headed


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Coffee Exporters Association", "private_sector"),
        ("Asociación de Exportadores de Café", "private_sector"),
        ("Safe Path Association (SPA)", "civil_society"),  # an acronym is no legal form
    ],
)
def test_an_association_of_a_trade_is_private_sector(name: str, kind: str) -> None:
    assert _kind_of(name, True, "", "")[0] == kind


@pytest.mark.parametrize(
    ("name", "domain", "kind"),
    [
        ("SNTR", "sindicato-rural.example.org", "other"),
        ("NEC", "employers-council.example.org", "private_sector"),
        ("SPA", "safepath.example.org", "civil_society"),  # no legal form
    ],
)
def test_an_acronym_alone_is_typed_by_the_words_its_domain_spells(
    name: str, domain: str, kind: str
) -> None:
    assert _kind_of(name, True, f"Ana Ruiz\nDirector, {name}", domain)[0] == kind


def test_a_letterhead_line_over_a_date_is_a_name_however_it_is_written() -> None:
    head, dated = _body_head("Abri pour les personnes exilées\n\n3 avril 2026\n\nMadame,\n\nTexte.")
    assert (head, dated) == ("Abri pour les personnes exilées", True)


@pytest.mark.parametrize(
    ("text", "lead", "name"),
    [
        ("We attach the joint input of Tidal Institute and its partners Harbour Watch and "
         "the Coalition for Decent Work.", "Tidal Institute", "Tidal Institute and 2 others"),
        ("Please find attached a joint submission by Migration Centre, Lakeside University, "
         "Harbour Watch and Open Doors.", "Migration Centre, Lakeside University",
         "Migration Centre, Lakeside University and 2 others"),
        ("Migration Centre, Lakeside University (MC), together with Harbour Watch, Open Doors "
         "and Sea Aid, submits the attached joint contribution.",
         "Migration Centre, Lakeside University",
         "Migration Centre, Lakeside University and 3 others"),
    ],
)  # fmt: skip
def test_the_partners_after_a_lead_a_university_or_an_acronym(
    text: str, lead: str, name: str
) -> None:
    assert joint(lead, text) == name


def test_a_joint_submissions_type_is_its_leads() -> None:
    name = "Coffee Exporters Association, Harbour Rights Forum and Open Doors Network"
    assert lead_of(name, "a joint submission by " + name) == "Coffee Exporters Association"


@pytest.mark.parametrize(
    "line", ["14 Harbour Street, Portsmouth", "Permanence du lundi au vendredi, 9h-17h"]
)
def test_an_address_or_opening_hours_is_a_contact_line(line: str) -> None:
    assert is_contact_line(line)


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        # a long line wraps: its next line goes on
        ("Please find attached the contribution of the Red Andina de Derechos\nHumanos.", 1),
        # a short one, an address or a row of towns ends it
        ("Admin\non behalf of Harbour Rights Forum\nP.O. Box 2231, Gaborone", 3),
        ("en nombre de la Pastoral Social de la Diócesis del Norte de Chile\n"
         "Brussels | Nairobi | Bogotá", 2),
    ],
)  # fmt: skip
def test_wrapped_lines_are_joined_a_signatures_are_not(text: str, lines: int) -> None:
    assert len(_unwrapped(text).splitlines()) == lines


def _sent(
    display: str, address: str, body: str, letterhead: str = "", subject: str = "Contribution"
) -> Submitter:
    return suggest(Sender(display, address, subject, body, letterhead))


@pytest.mark.parametrize(
    ("body", "letterhead"),
    [
        ("Dear colleagues,\n\nPlease find attached our submission.\n\nKind regards,\n\n"
         "Policy Team", "Eastland Human Rights Commission\n\nImmigration detention"),
        ("Estimados/as:\n\nEn nombre de la Defensoría del Pueblo, les hago llegar nuestro "
         "aporte.\n\nSaludos cordiales,\n\nMarta Gil\nÁrea de Movilidad", ""),
    ],
)  # fmt: skip
def test_an_nhri_writing_from_a_government_domain_is_no_state(body: str, letterhead: str) -> None:
    found = _sent("Policy Team", "policy@rights.example.gov.au", body, letterhead)
    assert found.type == "nhri"


def test_a_government_domain_over_a_text_naming_congress_is_still_the_state() -> None:
    found = _sent(
        "Government of Eastland",
        "humanrights@mfa.example.gov.ar",
        "Dear members,\n\nPlease find attached the reply.\n\nDirector of Human Rights",
        "Reply to the call\nDear members,\nThe Government is pleased to answer.\n"
        "Congress receives a report each year.",
    )
    assert found.type == "member_state"


def test_an_institute_for_human_rights_no_state_names_is_an_ngo() -> None:
    found = _sent(
        "Lena Park",
        "lpark@tihr.example.org",
        "Dear Working Group,\n\nPlease find attached our submission.\n\nBest regards,\n\n"
        "Lena Park\nResearch Associate\nTidewater Institute for Human Rights",
    )
    assert (found.type, found.name) == ("civil_society", "Tidewater Institute for Human Rights")


@pytest.mark.parametrize("closing", ["Mahalo,", "Salamat po,", "Shukran,"])
def test_a_closing_word_of_any_language_over_a_persons_name_signs_off(closing: str) -> None:
    body = (
        "Dear members,\n\nPlease find attached our submission.\n\n"
        f"{closing}\n\nKeala Kahananui\nResearch Associate\nPacific Seafarers Network\n"
        "Honolulu\nPhone 555 0100"
    )
    assert signature(body).splitlines()[0] == "Keala Kahananui"


@pytest.mark.parametrize(
    ("letterhead", "country"),
    [
        ("Royaume de Belgique\nService public fédéral Affaires étrangères\n\nContribution",
         "BEL"),
        ("Ministry of Foreign Affairs\nRepublic of Ghana\n\nReply to the call", "GHA"),
        ("Reino de España\nMinisterio de Asuntos Exteriores\n\nAportación", "ESP"),
    ],
)  # fmt: skip
def test_a_ministry_that_names_no_state_is_the_states_by_the_letterheads_line(
    letterhead: str, country: str
) -> None:
    found = _sent(
        "Sophie Martin",
        "s.martin@diplo-service.example.org",
        "Madame, Monsieur,\n\nVeuillez trouver ci-joint la contribution.\n\nBien à vous,\n\n"
        "Sophie Martin\nAttachée",
        letterhead,
    )
    assert (found.type, found.country) == ("member_state", country)


def test_a_ministry_line_next_to_a_non_state_is_no_states_voice() -> None:
    found = _sent(
        "Sophie Martin",
        "s.martin@ligue.example.org",
        "Madame, Monsieur,\n\nVeuillez trouver ci-joint notre contribution.\n\nBien à vous,\n\n"
        "Sophie Martin\nLigue des droits des exilés",
        "Ligue des droits des exilés\nMinistère des affaires étrangères : un bilan\n\nNote",
    )
    assert found.type != "member_state"


@pytest.mark.parametrize("under", ["Kampala", "Retired teacher, Shrewsbury", "Liège"])
def test_a_person_writing_alone_over_a_town_or_an_occupation_is_an_individual(under: str) -> None:
    found = _sent(
        "James Okello",
        "james.okello77@mailbox.example.net",
        "Dear Sir/Madam,\n\nI attach my statement about how my passport was kept by my "
        f"employer.\n\nYours faithfully,\nJames Okello\n{under}",
    )
    assert (found.type, found.name) == ("individual", "James Okello")


@pytest.mark.parametrize(
    ("opening", "under"),
    [
        ("I attach my statement.", "Policy Counsel | Kids in Need of Defense (KIND)"),
        ("I write on behalf of my organization.", "Counsel | Doctors of the World"),
    ],
)
def test_a_person_writing_for_their_body_is_not_an_individual(opening: str, under: str) -> None:
    found = _sent(
        "Daniel Ferreira",
        "dferreira@supportkind.example.org",
        f"Dear colleagues,\n\n{opening}\n\nSincerely,\nDaniel Ferreira\n{under}",
    )
    assert found.type == "civil_society"


def test_a_deputy_signing_with_the_abbreviated_title_is_an_elected_member() -> None:
    found = _sent(
        "Dip. Karla Beltrán Ochoa",
        "karla.beltran@congreso.example.gob.mx",
        "Estimados:\n\nComo diputada local, remito un aporte sobre las reformas.\n\n"
        "Atentamente,\n\nDip. Karla Beltrán Ochoa\nCongreso del Estado",
    )
    assert (found.type, found.name) == ("other", "Karla Beltrán Ochoa")


@pytest.mark.parametrize(
    ("signed", "letterhead", "name"),
    [
        ("DCI Greece", "Defence for Children International Greece\n\nLa détention",
         "Defence for Children International Greece (DCI Greece)"),
        ("JRS Portugal", "JRS (Jesuit Refugee Service) Portugal\n\nLogement",
         "Jesuit Refugee Service Portugal (JRS Portugal)"),
    ],
)  # fmt: skip
def test_a_national_section_signed_by_its_acronym_keeps_its_state(
    signed: str, letterhead: str, name: str
) -> None:
    found = _sent(
        "Nikos Papadopoulos",
        "n.papadopoulos@section.example.gr",
        "Madame, Monsieur,\n\nVeuillez trouver ci-joint la contribution de notre section.\n\n"
        f"Cordialement,\n\nNikos Papadopoulos\nAvocat\n{signed}\nAthènes",
        letterhead,
    )
    assert found.name == name


def test_a_state_in_a_bodys_own_name_is_no_section() -> None:
    found = _sent(
        "Mamadou Bah",
        "contact@addh-guinee.example.org",
        "Madame, Monsieur,\n\nL'Association pour la défense des droits humains en Guinée "
        "(ADDH) vous transmet sa contribution.\n\nCordialement,\n\nMamadou Bah\nADDH Guinée",
    )
    assert found.name == "Association pour la défense des droits humains en Guinée (ADDH)"


@pytest.mark.parametrize(
    ("sentence", "signed", "kind"),
    [
        ("We are a union of migrant caretakers working in private homes.",
         "Domestic Caretakers Union in Taiwan", "other"),
        ("The Harbour Domestic Workers of Manila, a union of Filipino domestic workers, is "
         "pleased to send the attached.", "Harbour Domestic Workers of Manila", "other"),
        ("Please find attached the contribution of our global union federation.",
         "Public Services Alliance International", "other"),
        ("Our centre runs a weekly advice session for refugees.", "Eastfield Islamic Centre",
         "other"),
        ("We are a network of shelters.", "Harbour Shelters Network", "civil_society"),
    ],
)  # fmt: skip
def test_unions_and_faith_bodies_are_told_by_what_they_say_they_are(
    sentence: str, signed: str, kind: str
) -> None:
    found = _sent(
        "Secretariat",
        "office@members.example.org",
        f"Dear Working Group,\n\n{sentence}\n\nIn solidarity,\n\nThe Secretary\n{signed}",
    )
    assert (found.name, found.type) == (signed, kind)


def test_an_acronym_alone_has_the_type_of_the_name_it_is_written_for() -> None:
    found = _sent(
        "Área Justicia",
        "justicia@confer.example.es",
        "Estimados/as:\n\nEn nombre de la Conferencia Española de Religiosos, os hacemos "
        "llegar nuestra aportación.\n\nUn cordial saludo,\n\nÁrea de Justicia\nCONFER\nMadrid",
    )
    assert (found.name, found.type) == ("CONFER", "other")


@pytest.mark.parametrize(
    ("organization", "kind"),
    [
        ("Confédération des employeurs agricoles du Sud-Ouest", "private_sector"),
        ("Asociación de Empleadores del Valle", "private_sector"),
    ],
)
def test_employers_in_french_and_spanish_are_business(organization: str, kind: str) -> None:
    found = _sent(
        "Bertrand Castagné",
        "b.castagne@employeurs.example.fr",
        f"Madame, Monsieur,\n\nVoici notre contribution.\n\nCordialement,\n\nBertrand Castagné\n"
        f"Délégué général\n{organization}",
    )
    assert found.type == kind


@pytest.mark.parametrize(
    ("address", "academic"),
    [
        ("r.mendoza@uniendocristales.example.org", False),
        ("m.santos@united-dw.example.org", False),
        ("a.rossi@unibo.it", True),
        ("k.weber@uni-heidelberg.de", True),
    ],
)
def test_a_university_domain_is_a_short_uni_label(address: str, academic: bool) -> None:
    assert bool(ACADEMIC_DOMAIN.search(address.split("@")[1])) is academic


def test_a_programme_line_over_the_organizations_is_its_unit() -> None:
    found = _sent(
        "PSI Migration",
        "migration@world-psi.example.org",
        "Dear Secretariat,\n\nPlease find attached our contribution.\n\nIn solidarity,\n\n"
        "Migration and Refugees Programme\nPSI\nFerney-Voltaire, France",
        "Public Services International\n\nPublic services, not border guards",
    )
    assert found.name == "Public Services International (PSI)"


def test_a_subjects_name_after_an_elided_de_goes_without_it() -> None:
    sender = Sender(
        "Claire Moreau",
        "claire.moreau@droits.example.org",
        "Contribution d'Action Exilés International",
        "Madame, Monsieur,\n\nVoici la contribution.\n\nBien cordialement,\n\nClaire Moreau",
        "",
    )
    assert candidates(sender, "droits.example.org") == ["Action Exilés International"]


@pytest.mark.parametrize(
    ("unit", "university", "name"),
    [
        ("Transitional Justice Institute", "Ulster University, Belfast",
         "Transitional Justice Institute, Ulster University"),
        ("Clínica Jurídica de Movilidad Humana", "Universidad del Río Chico",
         "Clínica Jurídica de Movilidad Humana, Universidad del Río Chico"),
        ("Observatoire des migrations et des droits", "Université de Haute-Sambre",
         "Observatoire des migrations et des droits, Université de Haute-Sambre"),
    ],
)  # fmt: skip
def test_a_unit_signing_over_its_universitys_line_is_the_universitys_unit(
    unit: str, university: str, name: str
) -> None:
    found = _sent(
        "Admin",
        "admin@unit.example.ac.uk",
        f"Dear Working Group,\n\nPlease find attached a submission of the {unit}.\n\n"
        f"Best wishes,\n\nCentre Administrator\n{unit}\n{university}",
    )
    assert (found.type, found.name) == ("academic", name)


def test_a_clinic_that_respectfully_submits_is_the_submitter_not_its_director() -> None:
    found = _sent(
        "Webb, Marcus",
        "mwebb@law.brookhaven.example.edu",
        "Dear Working Group,\n\nThe International Human Rights Clinic at Brookhaven "
        "University School of Law\nrespectfully submits the attached report, prepared by "
        "students under my supervision.\n\nSincerely,\nMarcus Webb\n"
        "Clinical Professor of Law and Director\nInternational Human Rights Clinic\n"
        "Brookhaven University School of Law",
    )
    assert found.name == "International Human Rights Clinic, Brookhaven University School of Law"


def test_a_town_with_a_comma_high_in_a_long_mail_closes_nothing() -> None:
    """A closing word over a name is taken only near the mail's end: "Kampala," at the
    head of a long mail, over the writer's name, is a dateline, not a sign-off."""
    from wgsubmit.detect.signed import signature

    body = "Kampala,\nAmos Okello\n" + "\n".join(f"Paragraph {i} of our input." for i in range(12))
    body += "\n\nAmos Okello\nBorder Watch Uganda"
    assert signature(body).splitlines()[-2:] == ["Amos Okello", "Border Watch Uganda"]
