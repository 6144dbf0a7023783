"""A season of mail on private security at borders: a ministry signing under its State's
formal name, a scholar's paper whose subject names an intergovernmental body, a company's
registration number that spells a listed acronym. One rule per test."""

from __future__ import annotations

from wgsubmit.detect.submitter import Sender, suggest


def test_a_ministry_of_a_state_named_in_full_is_that_state() -> None:
    """A department's line over the ministry's is a post's, not an organization's."""
    found = suggest(
        Sender("Ana Mendes", "ana.mendes@mai.example.pt", "Questionnaire",
               "Please find attached the answers to the questionnaire.\n\nSincerely,\n\n"
               "Ana Mendes\nSenior Adviser, Border Policy Unit\n"
               "Ministry of Internal Administration of the Portuguese Republic\nLisbon", "")
    )  # fmt: skip
    assert (found.type, found.name, found.country) == ("member_state", "Portugal", "PRT")


def test_a_ministry_named_in_a_signature_without_its_state_is_no_state() -> None:
    found = suggest(
        Sender("Ana Mendes", "ana@borderwatch.example.org", "Submission",
               "Please find attached our submission.\n\nAna Mendes\nBorder Watch Collective\n"
               "Former adviser to the Ministry of the Interior of the Republic of Portugal", "")
    )  # fmt: skip
    assert found.type == "civil_society"


def test_a_body_in_a_scholars_subject_from_a_university_is_the_topic() -> None:
    found = suggest(
        Sender("Prof. Amina Bello", "amina.bello@law.example.edu.ng",
               "Paper on the ECOWAS free movement protocol",
               "Dear Members of the Working Group,\n\nI attach my paper on private security "
               "at land borders.\n\nYours faithfully,\n\nProf. Amina Bello\n"
               "Professor of Law\nNorthern Plains University", "")
    )  # fmt: skip
    assert (found.type, found.name) == ("academic", "Amina Bello")


def test_an_acronym_inside_a_registration_number_names_no_body() -> None:
    found = suggest(
        Sender("Direction", "dg@gardiens.example.ne", "Contribution",
               "Madame, Monsieur,\n\nVeuillez trouver ci-joint notre contribution.\n\n"
               "Gardiens du Fleuve S.A.\nRCCM NE-NIM-2016-B-2030\nNiamey, Niger", "")
    )  # fmt: skip
    assert (found.type, found.name) == ("private_sector", "Gardiens du Fleuve S.A.")


def test_a_display_name_with_a_bare_initial_takes_the_signed_full_name() -> None:
    found = suggest(
        Sender("Liam R", "liam.r@post.example.com", "my account",
               "Hi,\n\nI worked two years as a guard at a removal centre. I write for myself.\n\n"
               "Liam Roberts", "")
    )  # fmt: skip
    assert (found.type, found.name) == ("individual", "Liam Roberts")


def test_a_unit_signed_after_its_post_over_its_university_is_unit_and_university() -> None:
    found = suggest(
        Sender("Centre for Coastal Studies", "ccs@mvu.example.ac.in", "Input",
               "Dear Sir/Madam,\n\nThe Centre for Coastal Studies is glad to share its input.\n\n"
               "With regards,\nDr. Anil Rao\nCoordinator, Centre for Coastal Studies\n"
               "Malabar Valley University, Kochi", "")
    )  # fmt: skip
    assert (found.type, found.name) == (
        "academic",
        "Centre for Coastal Studies, Malabar Valley University",
    )


def test_students_who_say_they_are_a_society_at_a_university_are_other() -> None:
    found = suggest(
        Sender("RJN", "rightsjustice@post.example.com", "student submission",
               "Hi,\n\nWe are Rights Justice Now, a student society at Eastfield University. "
               "Attached is our project.\n\nThanks!\nMaya, president\n"
               "Rights Justice Now, Eastfield University", "")
    )  # fmt: skip
    assert (found.type, found.name) == ("other", "Rights Justice Now, Eastfield University")


def test_a_scholar_who_writes_as_one_is_the_submitter_not_the_faculty() -> None:
    """ "J'écris à titre d'universitaire", wrapped over two lines, from a faculty's domain."""
    found = suggest(
        Sender("Pr Awa Traoré", "atraore@udk.example.ml", "Contribution",
               "Madame, Monsieur,\n\nVeuillez trouver ci-joint une note. J'écris à titre\n"
               "d'universitaire.\n\nRespectueusement,\n\nPr Awa Traoré\n"
               "Professeure de droit public\nFaculté de droit\nUniversité du Djoliba, Bamako", "")
    )  # fmt: skip
    assert (found.type, found.name) == ("academic", "Awa Traoré")


def test_a_papers_byline_with_the_authors_name_is_no_letterhead() -> None:
    found = suggest(
        Sender("Lim Wei Ling", "weiling.lim@ku.example.edu.my", "research note",
               "Dear colleagues,\n\nPlease find attached a note from my fieldwork.\n\n"
               "Best regards,\n\nDr Lim Wei Ling\nSenior Lecturer, Department of Law\n"
               "Klang Valley University",
               "Private guards at ports of entry\nLim Wei Ling, Department of Law, "
               "Klang Valley University")
    )  # fmt: skip
    assert (found.type, found.name) == ("academic", "Lim Wei Ling")


def test_an_independent_researcher_is_an_individual() -> None:
    found = suggest(
        Sender("Dr Anna Kowalska", "anna.k.research@mail.example.me", "Research input",
               "Dear Members,\n\nI am an independent researcher with no institutional "
               "affiliation. Attached is my paper.\n\nBest regards,\nDr Anna Kowalska\n"
               "Independent researcher\nGdańsk, Poland", "")
    )  # fmt: skip
    assert (found.type, found.name) == ("individual", "Anna Kowalska")


def test_a_ministry_line_written_in_lower_case_is_read_and_does_not_fail() -> None:
    """A State's formal name that no capital marks is not a country found: no State, and
    no error."""
    found = suggest(
        Sender("Ana Mendes", "ana.mendes@mai.example.lt", "Questionnaire",
               "Please find attached the answers.\n\nSincerely,\n\nAna Mendes\n"
               "ministry of the interior of the republic of lithuania\nVilnius", "")
    )  # fmt: skip
    assert found.type != "member_state" or found.country == "LTU"


def test_a_scholar_at_a_body_or_of_no_union_is_not_writing_alone() -> None:
    from wgsubmit.detect.sender_words import AS_SCHOLAR, INDEPENDENT

    assert AS_SCHOLAR.search("I write as a scholar of international law.")
    assert AS_SCHOLAR.search("Le escribo como investigadora, y no en nombre de nadie.")
    for said in (
        "as a researcher working at the Centre for Law",
        "en tant que chercheuse du CNRS",
        "como profesora titular en la Facultad",
    ):
        assert not AS_SCHOLAR.search(said), said
    assert INDEPENDENT.search("I have no institutional affiliation.")
    for said in ("Son trabajadores sin afiliación sindical.", "It has no affiliation with them."):
        assert not INDEPENDENT.search(said), said
