"""The submitter detector's rules for where a name sits and where it ends, each on a
message written for it: the mail's signature delimiter, a front desk before the name, an
acronym that closes a name, a team's sign-off, a chamber of companies, a students'
federation, joint submissions and forwarded mail."""

from __future__ import annotations

import pytest

from wgsubmit.detect.name_edges import trim
from wgsubmit.detect.signed import letterhead_names
from wgsubmit.detect.submitter import Sender, suggest
from wgsubmit.detect.university_units import unit_of
from wgsubmit.records import Submitter


def _suggest(
    display: str, address: str, body: str, letterhead: str = "", subject: str = ""
) -> Submitter:
    return suggest(Sender(display, address, subject or "Contribution", body, letterhead))


def test_the_signature_delimiter_starts_the_signature() -> None:
    """Below "-- ", the organization's line above the person's: the organization's."""
    found = _suggest(
        "Marc Lefèvre",
        "mlefevre@collectif-eau.example.org",
        "Bonjour,\n\nVoici notre note.\n\n--\nCollectif pour l'eau potable\n"
        "Marc Lefèvre | Chargé de plaidoyer\n12 rue des Lilas, 69003 Lyon\n"
        "Ce message est confidentiel et destiné exclusivement à son destinataire.",
    )
    assert (found.type, found.name) == ("civil_society", "Collectif pour l'eau potable")


def test_a_front_desk_before_a_dash_is_no_part_of_the_name() -> None:
    found = _suggest(
        "Accueil",
        "accueil@foyer-solidaire.example.fr",
        "Bonjour,\n\nCi-joint notre note.\n\nBonne journée,\n--\n"
        "Accueil – Foyer solidaire de Valence\nOuvert du lundi au vendredi",
    )
    assert found.name == "Foyer solidaire de Valence"


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("on behalf of Coastal Rights Forum (CRF) P.O. Box 12, Accra",
         "Coastal Rights Forum (CRF)"),
        ("input of River Defenders (RID), Forest Voices and Delta Youth",
         "River Defenders (RID)"),
        # The phrase goes on: the bracket is no end.
        ("Le Centre d'études urbaines (CEDU) de l'Université de Lomé",
         "Centre d'études urbaines (CEDU) de l'Université de Lomé"),
    ],
)  # fmt: skip
def test_an_acronym_in_brackets_closes_the_name(phrase: str, name: str) -> None:
    assert trim(phrase) == name


def test_a_teams_sign_off_gives_the_name_without_its_article() -> None:
    found = _suggest(
        "Land of Tomorrow",
        "hello@landoftomorrow.example.org",
        "Hello!\n\nHere is our contribution.\n\nLove,\nThe Land of Tomorrow team",
    )
    assert found.name == "Land of Tomorrow"


def test_a_chamber_of_companies_is_no_persons_name() -> None:
    found = _suggest(
        "Cámara",
        "info@camara-forestal.example.org",
        "Estimados señores:\n\nLa Cámara Forestal del Norte, asociación gremial que agrupa a "
        "empresas del sector, presenta la contribución adjunta.\n\nAtentamente,\n"
        "Secretaría Técnica\nCámara Forestal del Norte",
    )
    assert (found.type, found.name) == ("private_sector", "Cámara Forestal del Norte")


@pytest.mark.parametrize("name", ["Lakeside Safe Newsroom", "Radio Voz Andina", "Eastmoor Press"])
def test_a_newsrooms_name_is_no_persons_name(name: str) -> None:
    found = _suggest(name, "desk.lakeside@gmail.com", f"Please find our input.\n\nBest,\n{name}")
    assert (found.type, found.name) == ("civil_society", name)


def test_a_person_of_the_press_who_says_what_they_are_writes_as_themselves() -> None:
    found = _suggest(
        "Lucía Ortega",
        "lucia.ortega@lavozdelsur.example.mx",
        "Estimados:\n\nSoy reportera de un diario local. Les comparto la nota adjunta sobre "
        "mis fuentes.\n\nLucía Ortega\nReportera, La Voz del Sur",
    )
    assert (found.type, found.name) == ("individual", "Lucía Ortega")


def test_a_students_federation_is_other_and_not_a_universitys_unit() -> None:
    assert unit_of("Federación de Estudiantes de la Universidad del Valle") == (
        "Federación de Estudiantes de la Universidad del Valle"
    )
    found = _suggest(
        "Federación Estudiantil",
        "fe.univalle@gmail.com",
        "Hola:\n\nLa Federación de Estudiantes de la Universidad del Valle (FEUV) comparte su "
        "aporte.\n\nMesa Directiva FEUV",
    )
    assert (found.type, found.name) == (
        "other",
        "Federación de Estudiantes de la Universidad del Valle (FEUV)",
    )


@pytest.mark.parametrize(
    ("body", "letterhead", "name"),
    [
        # Partners named along with the lead, in its sentence.
        ("La Coordination Eau Vive (CEV), avec le Collectif Terre Commune et l'Association "
         "Sources Libres, vous adresse la contribution conjointe ci-jointe.\n\nLa coordination",
         "", "Coordination Eau Vive (CEV) and 2 others"),
        ("La Red Costera de Pescadores (RCP) presenta este aporte en conjunto con Casa del Mar, "
         "Pesca Viva y Mujeres del Litoral.\n\nEquipo RCP",
         "", "Red Costera de Pescadores (RCP) and 3 others"),
        # A list of signatories closing the document's first page.
        ("Adjuntamos el aporte conjunto de la Red Sierra Norte (RSN) y las organizaciones "
         "firmantes.\n\nSecretaría RSN",
         "Aporte conjunto\nRed Sierra Norte (RSN)\nOrganizaciones firmantes: Colectivo Uno; "
         "Mujeres del Valle; Observatorio\nMinero del Norte",
         "Red Sierra Norte (RSN) and 3 others"),
        # A long title over two lines: its second line is no name.
        ("Hello,\n\nAttached is the joint input.\n\nRiver Defenders Network",
         "Joint input of River Defenders Network (RDN), Forest Voices Forum, Women and Land\n"
         "Collective, Delta Youth and Coastal Peoples' Assembly",
         "River Defenders Network (RDN) and 4 others"),
    ],
)  # fmt: skip
def test_a_joint_submission_counts_the_partners_it_names(
    body: str, letterhead: str, name: str
) -> None:
    found = _suggest("Coordination", "coordination@lead.example.org", body, letterhead)
    assert (found.type, found.name) == ("civil_society", name)


@pytest.mark.parametrize(
    ("subject", "body", "letterhead", "name"),
    [
        # A title page listing the partners one a line under its title.
        ("Submission", "Dear colleagues,\n\nAttached.\n\nBest,\nDelta Migrants Network",
         "JOINT SUBMISSION\n\nDelta Migrants Network (DMN)\nRiver Women Lawyers Association\n"
         "Fishers Solidarity Union\n\nMigrant workers on the delta",
         "Delta Migrants Network (DMN) and 2 others"),
        # The names listed in the subject, read at first as one name.
        ("Joint submission: Land Rights Forum, Peasant Women Union and Rural Youth Network",
         "Hello,\n\nAttached.\n\nLand Rights Forum", "", "Land Rights Forum and 2 others"),
        # Partners signing below the lead's sign-off, after "the undersigned".
        ("Submission", "Dear Sir/Madam,\n\nWe, the undersigned organisations, submit this "
         "joint report.\n\nCoalition Against Wage Theft (CAW)\nMigrant Workers Centre\n"
         "Domestic Workers Union", "", "Coalition Against Wage Theft (CAW) and 2 others"),
        # Counted: the others ("and 15 other organisations"), or all ("of 9").
        ("Joint submission", "Please find attached the joint submission of Asia Labour Watch "
         "and 15 other organisations.\n\nBest,\nAsia Labour Watch", "",
         "Asia Labour Watch and 15 others"),
        ("Contribución conjunta", "En nombre de la Red Migrante y de 12 organizaciones "
         "miembros, adjuntamos nuestra contribución conjunta.\n\nCoordinación de la Red", "",
         "Red Migrante and 12 others"),
        ("Informe conjunto", "El Centro de Derechos Humanos del Sur y otras 7 organizaciones "
         "remitimos el informe conjunto adjunto.\n\nCentro de Derechos Humanos del Sur", "",
         "Centro de Derechos Humanos del Sur and 7 others"),
        # Co-signed by partners the sentence names, the lead signing.
        ("Submission from PDL", "Hi,\n\nAttached is our submission, co-signed by Justice "
         "Now, Bridge Legal and Open Borders Initiative.\n\nPeople's Defence League (PDL)", "",
         "People's Defence League (PDL) and 3 others"),
        # Partners in brackets, and a numbered list with the lead among them.
        ("Contribution conjointe", "Bonjour,\n\nLe Comité Droits et Frontières et ses "
         "partenaires (Amnistie Locale, Réseau Accueil et Collectif Solidarité) vous "
         "transmettent leur contribution conjointe.\n\nComité Droits et Frontières", "",
         "Comité Droits et Frontières and 3 others"),
        ("Aporte conjunto", "Hola,\n\nLes comparto el aporte conjunto de las siguientes "
         "organizaciones:\n1. Fundación Agua Viva\n2. Colectivo Ríos Libres\n3. Red de "
         "Mujeres Rurales\n\nAna Gómez\nFundación Agua Viva", "",
         "Fundación Agua Viva and 2 others"),
    ],
)  # fmt: skip
def test_a_joint_submission_lists_signs_or_counts_its_partners(
    subject: str, body: str, letterhead: str, name: str
) -> None:
    found = _suggest("Info", "info@lead.example.org", body, letterhead, subject=subject)
    assert found.name == name


def test_partners_are_counted_only_in_a_joint_submission() -> None:
    body = (
        "Dear colleagues,\n\nThe Harbour Rights Forum works with the Port Workers' Union and "
        "Seafarers Aid on these questions.\n\nHarbour Rights Forum"
    )
    assert _suggest("Info", "info@harbourrights.example.org", body).name == "Harbour Rights Forum"


@pytest.mark.parametrize(
    ("display", "address", "subject", "body", "name"),
    [
        ("Jane Cooper", "jcooper@example.org", "Fwd: Our submission",
         "Hi team – see below.\n\nBegin forwarded message:\n\n"
         'From: "Coastal Youth Forum" <hello@coastalyouthforum.example.org>\n'
         "Subject: Our submission\n\nDear Working Group,\n\nCoastal Youth Forum is proud to "
         "share our submission.\n\nThe CYF organising committee",
         "Coastal Youth Forum (CYF)"),
        ("Isabelle Marchand", "i.marchand@laposte.net", "TR: Contribution",
         "Bonjour,\n\nJe vous transfère le message ci-dessous.\n\nIsabelle\n\n"
         "-------- Message transféré --------\n"
         "De : Association Terre et Dignité <contact@terre-dignite.example.org>\n"
         "Objet : Contribution\n\nMadame, Monsieur,\nL'association Terre et Dignité vous "
         "adresse sa contribution.\nLe bureau",
         "Association Terre et Dignité"),
        # The From line on two lines, as some mail programs write it.
        ("Secrétariat du réseau", "reseau@ong-reseau.example.org", "TR : Soumission",
         "Chers collègues,\n\nNous vous faisons suivre sa soumission.\n\n"
         "---- Message d'origine ----\nDe : Ligue des droits du Sahel (LDS)\n"
         "<lds@lds-sahel.example.org>\nObjet : Soumission\n\n"
         "Veuillez trouver ci-joint notre soumission.\nLigue des droits du Sahel (LDS), Niamey",
         "Ligue des droits du Sahel (LDS)"),
    ],
)  # fmt: skip
def test_forwarded_mail_is_the_original_senders(
    display: str, address: str, subject: str, body: str, name: str
) -> None:
    found = _suggest(display, address, body, subject=subject)
    assert (found.type, found.name) == ("civil_society", name)


def test_the_call_forwarded_back_leaves_the_sender_the_submitter() -> None:
    body = (
        "Dear colleagues,\n\nPlease find attached our submission.\n\nBest regards,\n"
        "Harbour Rights Forum\n\n---------- Forwarded message ---------\n"
        "From: OHCHR Working Group <wg@ohchr.example>\nSubject: Call for inputs\n\n"
        "The Working Group invites submissions."
    )
    found = _suggest("Harbour Rights Forum", "info@harbourrights.example.org", body,
                     subject="Fwd: Call for inputs")  # fmt: skip
    assert found.name == "Harbour Rights Forum"


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("L'association Justice et Paix", "Justice et Paix"),
        ("la fundación Tierra Viva", "Tierra Viva"),
        ("Association Justice et Paix", "Association Justice et Paix"),  # its own word
    ],
)
def test_a_common_noun_before_a_name_is_no_part_of_it(phrase: str, name: str) -> None:
    assert trim(phrase) == name


def test_a_body_writing_from_its_parents_domain_is_itself() -> None:
    """The first place that names a listed body (the sender's name) over its parent's
    domain and the parent named after it in the signature."""
    found = _suggest(
        "CIDH",
        "cidhprensa@oas.org",
        "Dear Working Group,\n\nThe Inter-American Commission on Human Rights submits the "
        "attached contribution.\n\nExecutive Secretariat\nIACHR | Organization of American States",
    )
    assert (found.type, found.name) == (
        "international_org",
        "Inter-American Commission on Human Rights (IACHR)",
    )


def test_an_acronym_of_its_names_beginnings_signed_by_the_sender() -> None:
    letterhead = "Grassroots Initiative for Tenants\nEvictions in the capital: a submission"
    found = _suggest("GRIT", "grit@gmail.com", "Hello,\n\nAttached.\n\nGRIT team", letterhead)
    assert found.name == "Grassroots Initiative for Tenants (GRIT)"
    # A word of the name in capitals is no acronym of it.
    found = _suggest(
        "HOPE", "hope@gmail.com", "Hello,\n\nAttached.\n\nHOPE", "Hope for Widows Kenya\nA title"
    )
    assert found.name == "Hope for Widows Kenya"


@pytest.mark.parametrize(
    ("display", "address", "body", "name"),
    [
        ("Contact", "contact@terre-solidaire.example.fr",
         "Bonjour,\n\nCi-joint notre contribution.\n\nBien cordialement,\n"
         "L'équipe de Terre Solidaire\n12 rue de la Paix, Lyon", "Terre Solidaire"),
        ("Programs Team", "programs@bridgesforrefugees.example.org",
         "Hi,\n\nAttached.\n\nThanks,\nPrograms Team | Bridges for Refugees\n"
         "www.bridgesforrefugees.example.org", "Bridges for Refugees"),
    ],
)  # fmt: skip
def test_a_shared_mailboxs_team_and_address_lines_are_no_name(
    display: str, address: str, body: str, name: str
) -> None:
    assert _suggest(display, address, body).name == name


@pytest.mark.parametrize(
    ("display", "address", "body", "name"),
    [
        # An elected member: the house they sit in is no submitter of its own.
        ("Office of Senator Ruth Okafor", "r.okafor@senate.example.ng",
         "Dear Working Group,\n\nI submit the attached as a member of the Senate.\n\n"
         "Senator Ruth Okafor\nChair, Senate Committee on Human Rights", "Ruth Okafor"),
        # A students' union's society, written as a university's unit is.
        ("Law Society", "law.society@su.example.ac.uk",
         "Dear Working Group,\n\nPlease find attached the submission of the Human Rights "
         "Society of the Northgate Students' Union.\n\nPresident",
         "Human Rights Society, Northgate Students' Union"),
        # A congregation's team: the congregation.
        ("Justice Office", "justice@sisters.example.org",
         "Dear Working Group,\n\nThe Sisters of Charity of Nazareth Justice Team submits the "
         "attached.\n\nJustice Team", "Sisters of Charity of Nazareth"),
    ],
)  # fmt: skip
def test_parliamentarians_student_societies_and_congregations_are_other(
    display: str, address: str, body: str, name: str
) -> None:
    found = _suggest(display, address, body)
    assert (found.type, found.name) == ("other", name)


@pytest.mark.parametrize(
    ("display", "address", "body", "name"),
    [
        ("Lucía Fernández", "lucia.fernandez@gmail.com",
         "Estimados:\n\nEn mi calidad de coordinadora de Mujeres en Movimiento, les envío "
         "nuestro aporte.\n\nLucía Fernández", "Mujeres en Movimiento"),
        # After the post, a name of two words is the organization's, not a town.
        ("Nadia Benali", "nadia.benali@gmail.com",
         "Madame, Monsieur,\n\nVeuillez trouver ci-joint notre contribution.\n\nNadia Benali\n"
         "Chargée de plaidoyer | Euromed Droits", "Euromed Droits"),
    ],
)  # fmt: skip
def test_a_staff_member_writes_for_the_organization_they_name(
    display: str, address: str, body: str, name: str
) -> None:
    found = _suggest(display, address, body)
    assert (found.type, found.name) == ("civil_society", name)


@pytest.mark.parametrize(
    ("display", "address", "body", "name"),
    [
        ("Fatima Zahra", "fzahra@yahoo.com",
         "Bonjour,\n\nJe suis présidente de l'association Femmes Solidaires d'Agadir et je "
         "vous envoie notre contribution.\n\nFatima Zahra", "Femmes Solidaires d'Agadir"),
        ("Rosa Quispe", "rosa.quispe@gmail.com",
         "Buenos días:\n\nLes escribo desde la Asociación de Mujeres Aymaras, les adjunto "
         "nuestro aporte.\n\nRosa Quispe\nPresidenta", "Asociación de Mujeres Aymaras"),
        ("Olga Petrova", "olga.p@mail.ru",
         "Dear Sir/Madam,\n\nWe are Migrant Support Centre Tbilisi, a small NGO. Our "
         "submission is attached.\n\nOlga Petrova", "Migrant Support Centre Tbilisi"),
    ],
)  # fmt: skip
def test_a_person_says_which_organization_they_write_for(
    display: str, address: str, body: str, name: str
) -> None:
    found = _suggest(display, address, body)
    assert (found.type, found.name) == ("civil_society", name)


def test_a_guild_of_producers_is_private_sector() -> None:
    found = _suggest(
        "Info",
        "info@fedecafe.example.co",
        "Estimados:\n\nLa Federación Nacional de Cafeteros, gremio que reúne a productores del "
        "sector, presenta su aporte.\n\nFederación Nacional de Cafeteros",
    )
    assert (found.type, found.name) == ("private_sector", "Federación Nacional de Cafeteros")


def test_a_forwarded_reply_is_its_quoted_authors() -> None:
    body = (
        "Je transfère.\n\n> Le 3 mars 2025 à 10:14, Réseau Exil <reseau@exil.example.org> a "
        "écrit :\n>\n> Bonjour Paul,\n> Voici notre contribution.\n> Réseau Exil"
    )
    found = _suggest("Paul", "paul@hotmail.fr", body, subject="Fw: Contribution")
    assert found.name == "Réseau Exil"


@pytest.mark.parametrize(
    ("display", "address", "body", "name"),
    [
        ("John Park", "jpark@prisonreformtrust.example.org",
         "Hello,\n\nI attach my input on solitary confinement, prepared for the Prison Reform "
         "Trust.\n\nJohn Park\nResearcher", "Prison Reform Trust"),
        ("Carlos Méndez", "cmendez@fundacionpazyjusticia.example.org",
         "Estimados:\n\nLes comparto el documento que preparé en la Fundación Paz y Justicia.\n\n"
         "Carlos Méndez\nInvestigador", "Fundación Paz y Justicia"),
        # The domain's hyphenated words, first and last, in a sentence-case name.
        ("Amélie Roy", "a.roy@ligue-logement.example.org",
         "Bonjour,\n\nJe vous envoie la note que j'ai rédigée pour la Ligue pour le droit au "
         "logement.\n\nAmélie Roy\nJuriste", "Ligue pour le droit au logement"),
        # The domain spells the name's beginning; the name goes on to the line's end.
        ("Lucía Gómez", "lgomez@observatoriocarcelario.example.org",
         "Hola,\n\nComparto el informe del Observatorio Carcelario del Litoral Sur\nsobre la "
         "prisión preventiva.\n\nLucía Gómez\nInvestigadora",
         "Observatorio Carcelario del Litoral Sur"),
    ],
)  # fmt: skip
def test_a_name_the_mail_domain_spells_is_the_organizations(
    display: str, address: str, body: str, name: str
) -> None:
    found = _suggest(display, address, body)
    assert (found.type, found.name) == ("civil_society", name)


@pytest.mark.parametrize(
    ("display", "address", "subject", "body", "name"),
    [
        ("Legal", "legal@smithlaw.example.com", "Submission on behalf of our client",
         "Dear Sir/Madam,\n\nWe act for the Ogoni Fishers Association and enclose its "
         "submission.\n\nSmith & Partners LLP", "Ogoni Fishers Association"),
        ("Office", "office@martinez-abogados.example.com", "Aporte",
         "Estimados:\n\nEn nuestra calidad de apoderados de la Comunidad Indígena Wichí de El "
         "Potrillo, remitimos su aporte.\n\nMartínez & Asociados Abogados",
         "Comunidad Indígena Wichí de El Potrillo"),
    ],
)  # fmt: skip
def test_a_lawyers_client_is_the_submitter(
    display: str, address: str, subject: str, body: str, name: str
) -> None:
    found = _suggest(display, address, body, subject=subject)
    assert (found.type, found.name) == ("civil_society", name)


def test_a_name_in_two_languages_is_published_in_the_first_with_its_acronym() -> None:
    found = _suggest(
        "Association Droits Humains Haïti / Human Rights Association Haiti",
        "adhh@gmail.com",
        "Bonjour,\n\nCi-joint notre contribution.\n\nADHH",
    )
    assert found.name == "Association Droits Humains Haïti (ADHH)"


def test_our_ngo_is_no_name() -> None:
    body = (
        "Dear WG,\n\nOur NGO has the honour to transmit its note on the Republic of Chad.\n\n"
        "Réseau Tchad Libre"
    )
    found = _suggest("Amina", "amina@gmail.com", body)
    assert (found.type, found.name) == ("civil_society", "Réseau Tchad Libre")


def test_a_listed_bodys_acronym_spelled_out_as_another_name_is_not_that_body() -> None:
    found = _suggest(
        "Info",
        "info@ahrc.example.org",
        "Dear colleagues,\n\nAttached.\n\nAHRC Secretariat",
        "Asian Human Rights Collective\nSubmission on torture",
        subject="Submission from AHRC",
    )
    assert (found.type, found.name) == ("civil_society", "Asian Human Rights Collective (AHRC)")


@pytest.mark.parametrize(
    ("body", "subject", "name"),
    [
        ("Hello,\n\nPlease find attached my input.\n\nKind regards,\nHodan Farah\nMinneapolis",
         "Submission: Hodan Farah", "Hodan Farah"),
        ("I write as a lawyer based in Abuja.\n\nSincerely,\nSamuel Okon\nAbuja",
         "Contribution", "Samuel Okon"),
    ],
)  # fmt: skip
def test_a_town_under_a_persons_name_is_no_organization(body: str, subject: str, name: str) -> None:
    """From a personal mailbox, a lone town under the person's name that the message names
    nowhere else but as a place."""
    found = _suggest(name, f"{name.split()[0].lower()}@gmail.com", body, subject=subject)
    assert (found.type, found.name) == ("individual", name)


def test_a_name_the_message_uses_under_a_persons_name_stays_an_organization() -> None:
    body = "Please find attached the Oxfam submission.\n\nBest,\nJane Doe\nOxfam"
    assert _suggest("Jane Doe", "jane.doe@gmail.com", body).name == "Oxfam"


def test_a_volunteers_role_is_no_organization() -> None:
    body = (
        "Madame, Monsieur,\n\nNotre contribution figure ci-dessous.\n\nCordialement,\n"
        "Hélène Martin\nBénévole\nMigrants en danger Calais\nCalais"
    )
    found = _suggest("Hélène Martin", "mdc.calais@orange.fr", body)
    assert found.name == "Migrants en danger Calais"


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Association québécoise de défense des migrants (AQDM) accompagne des personnes",
         "Association québécoise de défense des migrants (AQDM)"),
        ("Custodia Integral S.A. de C.V.", "Custodia Integral S.A. de C.V."),
    ],
)  # fmt: skip
def test_a_name_ends_before_a_verb_and_keeps_its_legal_form(phrase: str, name: str) -> None:
    assert trim(phrase) == name
    assert trim(phrase, whole=True) == name


@pytest.mark.parametrize("post", ["Government Relations", "Field Coordinator", "Jefa de Misión"])
def test_a_post_under_the_persons_name_is_no_organization(post: str) -> None:
    body = (
        "Dear colleagues,\n\nAttached is our contribution.\n\nKind regards,\nJean Dupont\n"
        f"{post}\nInternational Catholic Migration Commission (ICMC)\nLa Paz"
    )
    found = _suggest("Jean Dupont", "jean@gmail.com", body)
    assert found.name == "International Catholic Migration Commission (ICMC)"


def test_a_letterheads_paragraph_line_is_no_name() -> None:
    """A document's first paragraph, wrapped by its page, opens on the name: a line the
    next one goes on from is prose, not a letterhead's line."""
    added: list[str] = []
    letterhead_names(
        "Input to the call for inputs on private security companies at borders\n"
        "Submission of Border Ledger (BL), Madrid, March 2020\n"
        "Border Ledger follows the money paid to private contractors for detention,\n"
        "removal flights and escorts. The contracts themselves are not public.",
        lambda name, *_, **__: added.append(name) or True,
    )
    assert added and not any("follows" in name for name in added)


@pytest.mark.parametrize(
    ("signature", "name"),
    [
        ("Prof. Ama Boateng\nCo-Director, Refugee Law Centre", "Refugee Law Centre"),
        ("Lucía Mena\nRed Mujeres de la Frontera, San Pedro Sula", "Red Mujeres de la Frontera"),
        ("Con afecto,\nLucía Mena\nRed Mujeres de la Frontera", "Red Mujeres de la Frontera"),
        ("Tomás Vera\nCasa del Caminante, Ciudad del Este", "Casa del Caminante"),
    ],
)
def test_a_post_before_and_a_town_after_are_no_part_of_the_name(signature: str, name: str) -> None:
    found = _suggest(
        "Office", "office@ngo-frontier.example.org", f"Hello,\n\nAttached.\n\n{signature}"
    )
    assert found.name == name


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "Gardemont Sécurité, empresa de seguridad privada con contratos en tres aeropuertos, "
            "responde a su convocatoria.",
            "private_sector",
        ),
        (
            "Gardemont Sécurité, entreprise de sécurité privée titulaire de marchés publics, "
            "répond à votre appel.",
            "private_sector",
        ),
        ("Gardemont Sécurité, a private security company, answers your call.", "private_sector"),
        (
            "Gardemont Sécurité, association de la société civile, répond à votre appel.",
            "civil_society",
        ),
    ],
)
def test_a_sender_that_calls_itself_a_company_is_one(sentence: str, kind: str) -> None:
    found = _suggest(
        "Gardemont Sécurité",
        "legal@gardemont-securite.example.fr",
        f"Hello,\n\n{sentence}\n\nMarta Ruiz\nLegal Director, Gardemont Sécurité",
    )
    assert (found.name, found.type) == ("Gardemont Sécurité", kind)


@pytest.mark.parametrize(
    ("organization", "kind"),
    [
        ("Federación Nacional de Trabajadores de la Seguridad Privada", "other"),
        ("Pastoral Social de la Arquidiócesis de San Mateo", "other"),
        ("Comisión Centroamericana de Directores de Migración", "international_org"),
        ("Commission de l'océan Indien", "international_org"),
    ],
)
def test_unions_archdioceses_and_regional_bodies_have_their_types(
    organization: str, kind: str
) -> None:
    found = _suggest("Secretaría", "info@org.example.org", f"Hola,\n\nAdjunto.\n\n{organization}")
    assert found.type == kind


@pytest.mark.parametrize(
    ("body", "address", "kind"),
    [
        ("We are a union of public service workers.\n\nAnn Lee\nUNISON", "ann@unison.org.uk",
         "other"),
        ("Contractor Watch is an NGO that monitors company abuses.\n\nJo Bloggs\nContractor Watch",
         "jo@contractorwatch.example.org", "civil_society"),
        ("This work was funded by our European Union partners.\n\nJo Bloggs\nBorder Rights Lab",
         "jo@borderrightslab.example.org", "civil_society"),
        ("Please find my input.\n\nJo Bloggs\nFormer staff, COI Syria", "jo.bloggs@gmail.com",
         "individual"),
    ],
)  # fmt: skip
def test_words_near_a_type_are_not_the_type(body: str, address: str, kind: str) -> None:
    """A union's domain is no university's, an NGO that watches companies is no company, the
    European Union is no union of the sender's, "COI" alone no intergovernmental body."""
    assert _suggest("Jo Bloggs", address, f"Hello,\n\n{body}").type == kind


@pytest.mark.parametrize(
    ("display", "address", "body", "country"),
    [
        ("NL Mission Geneva", "gen-pv@foreign-ministry.example",
         "Attached please find our input.\n\nSanne de Vries\nSecond Secretary\nPermanent "
         "Representation of the Kingdom of the Netherlands to the UN in Geneva", "NLD"),
        ("Prime Minister's Office", "pmo@govmu.example",
         "Le Bureau du Premier ministre de la République de Maurice a l'honneur de transmettre "
         "ci-joint la réponse du Gouvernement.\n\nPriya Doorgah\nAssistant Secretary", "MUS"),
        ("Mission permanente RDC Genève", "mission@rdc-geneve.example",
         "Veuillez trouver ci-joint notre contribution.\n\nPour la Mission permanente,\n"
         "Patrick Kalala\nPremier Conseiller", "COD"),
    ],
)  # fmt: skip
def test_a_states_own_voice_in_its_representations_words(
    display: str, address: str, body: str, country: str
) -> None:
    found = _suggest(display, address, f"Madame, Monsieur,\n\n{body}")
    assert (found.type, found.country) == ("member_state", country)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # A town and its state's postal code is an address, and a post before the name
        # vouches for it however much it looks like a person's.
        ("Gabriela Montes, Esq.\nDirector, Rio Valley Family Defense\nMcAllen, TX",
         "Rio Valley Family Defense"),
        # A governing body before its organisation's acronym: the organisation.
        ("Marc Roux\nLe Bureau national du SAPC\nSyndicat autonome des personnels côtiers (SAPC)",
         "Syndicat autonome des personnels côtiers (SAPC)"),
        # "On behalf of the Council I attach …": the writer is no part of the name.
        ("Liam Hart\nPolicy Manager", "Open Gates Refugee Council"),
    ],
)  # fmt: skip
def test_addresses_governing_bodies_and_the_writer_are_no_part_of_a_name(
    body: str, name: str
) -> None:
    found = _suggest(
        "Office",
        "office@ngo.example.org",
        "Good afternoon,\n\nOn behalf of the Open Gates Refugee Council I attach our input."
        if "Liam" in body
        else f"Hello,\n\nPlease find our input attached.\n\nRespectfully,\n{body}",
    )
    assert found.name == name


def test_a_sentence_of_a_letterhead_is_no_name() -> None:
    head = "The contracts were awarded through limited tender processes\nOpen Gates Council"
    found = _suggest(
        "Liam Hart",
        "l.hart@opengates.example.org",
        "Hello,\n\nAttached.\n\nLiam Hart\nOpen Gates Council",
        letterhead=head,
    )
    assert found.name == "Open Gates Council"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Senator Claire Whitlock has asked me to send you her submission.\n\nKind regards,\n"
         "Josh Tran\nSenior Adviser | Office of Senator Claire Whitlock\n"
         "Parliament House, Canberra ACT 2600", "Claire Whitlock"),
        ("Por instrucciones de la Diputada Marcela Quintero remito su contribución.\n\n"
         "Atentamente,\nLic. Daniel Choc\nAsesor legislativo\n"
         "Despacho de la Diputada Marcela Quintero", "Marcela Quintero"),
    ],
)  # fmt: skip
def test_an_elected_members_office_sends_for_the_member(body: str, name: str) -> None:
    found = _suggest("Office", "office@parliament.example", f"Dear Working Group,\n\n{body}")
    assert (found.type, found.name) == ("other", name)


def test_a_university_units_name_with_its_university_over_the_university() -> None:
    """The domain spells the university; the unit that writes is the submitter."""
    found = _suggest(
        "Groupe de recherche Frontières",
        "grf@ulb.example.be",
        "Madame, Monsieur,\n\nAu nom du Groupe de recherche Frontières (GRF), je vous adresse "
        "notre contribution.\n\nSophie Van Damme\nChercheuse, GRF - Université libre de Bruxelles",
        letterhead="Groupe de recherche Frontières (GRF), Université libre de Bruxelles\nNote",
    )
    assert found.name == "Groupe de recherche Frontières (GRF), Université libre de Bruxelles"
