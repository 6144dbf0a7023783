"""Requests made without the words an obvious list holds: a reader named as the only one,
the sender's own terms applied to what is sent, a use it is kept to, the internet kept out,
where it came from left unsaid, a consent set aside by "rather than", a "but" after a
consent read from its parts, a consent label answered in words no rule reads.
"""

import pytest

from wgsubmit.detect.confidentiality import Place, decide


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The reader named as the only one, in other words.
        ("We are giving these notes to you and to no one else.", "unclear"),
        ("Our replies to such calls are shared with the addressee alone.", "unclear"),
        ("The memo goes to the Secretariat and stops there.", "unclear"),
        ("Le mémo est destiné aux seuls experts du Groupe.", "unclear"),
        ("We would like these pages to be just for the Working Group.", "unclear"),
        # The sender's own terms, stated elsewhere, applied to what is sent.
        ("The attached paper is provided on the same footing.", "unclear"),
        ("The figures are shared on the understanding that they stay in the office.", "unclear"),
        ("La note jointe est transmise au Secrétariat dans ce même cadre.", "unclear"),
        ("El estudio se remite a la Relatoría con ese mismo carácter.", "unclear"),
        # A use it is kept to.
        ("This paper is for your information.", "unclear"),
        ("Ce dossier vous est envoyé pour information.", "unclear"),
        ("Esta nota es de carácter informativo.", "unclear"),
        ("It is only so that you know what happened.", "unclear"),
        # The internet kept out, whatever the verb.
        ("It is a note that we cannot have turn up on the internet.", "unclear"),
        ("We do not want that our text is visible on the web.", "unclear"),
        # Not a request: the framework of the call, a fact about access.
        ("Nuestro aporte se remite en el marco de la convocatoria.", "unspecified"),
        ("Notre contribution est transmise dans le cadre de l'appel.", "unspecified"),
        ("Many detainees do not have access to the internet.", "unspecified"),
    ],
)  # fmt: skip
def test_a_request_in_other_words_goes_to_an_officer(text: str, expected: str) -> None:
    assert decide([Place("body", text)]).value == expected


@pytest.mark.parametrize(
    "text",
    [
        "The report attached is sent to the Working Group on that basis.",
        "Ce rapport est communiqué au Groupe de travail au même titre.",
        "Our staff are still there, and we do not want that this report is visible in internet.",
        "This testimony must not go on internet, it is only so you know.",
        "Within the board, opinions are divided: some want publication, others fear for them.",
        "Au sein du bureau, les avis sont partagés sur la publication.",
    ],
)
def test_a_request_in_a_document_s_prose_goes_to_an_officer(text: str) -> None:
    assert decide([Place("document", text, anchored=True)]).value == "unclear"


@pytest.mark.parametrize(
    "text",
    [
        "Vous pouvez publier ce texte, mais sans dire qu'il vient de nous.",
        "You may post it, but please do not mention that it came from us.",
        "Pueden publicarlo, sin indicar que proviene de nosotros.",
    ],
)
def test_where_it_came_from_left_unsaid_is_anonymity(text: str) -> None:
    found = decide([Place("body", text)])
    assert found.value in ("publish", "unclear") and "anonymous" in found.flags


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A consent's words after "rather than", "instead of": set aside.
        ("Treat it as a letter to the Group rather than as a public submission.", "confidential"),
        # A consent read from its parts, then a "but" that takes something back.
        ("I can share my notes, but the paper cannot go up on a public site.", "unclear"),
    ],
)  # fmt: skip
def test_a_consent_set_aside_or_taken_back_is_no_consent(text: str, expected: str) -> None:
    assert decide([Place("body", text)]).value == expected


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ("Consent to publication\nTo be decided by our board", "unclear"),
        ("Autorización de publicación\nSegún lo que diga la dirección", "unclear"),
        ("Consent to publication\nYes", "publish"),
    ],
)
def test_a_consent_label_answered_in_words_no_rule_reads_is_unclear(
    form: str, expected: str
) -> None:
    assert decide([Place("document", form, anchored=True)]).value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What the document sent is about: the world it describes, no request.
        ("Les comparto la nota adjunta sobre cómo decidimos qué publicar y qué reservar.", None),
        ("Attached is our paper on reporters who publish leaked files.", None),
        ("Veuillez trouver notre contribution sur les médias qui diffusent des fuites.", None),
        # A word in the clause that could start a request: read whole, as before.
        ("Attached is our submission on the case, which must not be published.", "confidential"),
        ("Our note on the protests should not be published.", "confidential"),
        ("Nuestro aporte sobre el caso no debe publicarse con nuestro nombre.", "confidential"),
    ],
)  # fmt: skip
def test_what_a_document_is_about_is_no_request(text: str, expected: str | None) -> None:
    said = decide([Place("body", text)])
    got = "anonymous" if "anonymous" in said.flags else said.value
    assert got == (expected or "unspecified")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A right another holds to keep a thing to itself: the law of the world.
        ("La ley reconoce el derecho de los médicos a mantener en reserva sus fuentes.", None),
        ("Few States give auditors a statutory privilege not to reveal a confidential file.", None),
        ("La loi garantit le droit des avocats de ne pas révéler le secret professionnel.", None),
        # The writer's own right, or the reader asked: a request, as before.
        ("We have the right to keep our names confidential.", "confidential"),
        ("Nous exerçons notre droit de ne pas révéler ce document.", "confidential"),
    ],
)  # fmt: skip
def test_a_right_another_holds_is_no_request(text: str, expected: str | None) -> None:
    said = decide([Place("document", text, anchored=True)])
    got = "anonymous" if "anonymous" in said.flags else said.value
    assert got == (expected or "unspecified")


@pytest.mark.parametrize(
    "text",
    [
        "La ley reconoce el derecho de los médicos a mantener en reserva sus fuentes.",
        "In the annex we describe two doctors, who have the right to keep their sources "
        "confidential.",
    ],
)
def test_a_right_in_the_messages_own_text_is_not_set_aside(text: str) -> None:
    """In a document a right another holds is the topic; in the message's own text it may
    be what the writer asks for the people it names: it is read, never taken out."""
    assert decide([Place("body", text)]).value != "unspecified"
