"""Requests that limit how far a text goes, whom it names or when it may appear, written
without the words of publishing: each is a refusal, an anonymity request, or for an
officer; never a plain consent."""

import pytest

from wgsubmit.detect.confidentiality import Place, decide


@pytest.mark.parametrize(
    "text",
    [
        # A reach cut short: to the reader and no further.
        "The nurses told us what they saw on the understanding that it would reach the experts "
        "and no further.",
        "Ces témoignages sont destinés au Groupe de travail, et pas plus loin.",
        "Los relatos son para el Grupo de Trabajo y para ningún otro lado, y no más allá.",
        # A text, or a part of it, kept out of what goes public.
        "Chapter 2 has to be kept out of anything that goes on the website.",
        "Kindly leave our second annex out of the published compilation.",
        "Merci de laisser cette page en dehors de la publication.",
        "Les pedimos dejar el cuadro 4 fuera de la versión pública.",
        # Not to appear in any document, whatever the verb.
        "Nous souhaitons que la liste des agents ne figure dans aucun document.",
        "Les rogamos que el mapa no figure en ningún informe abierto.",
        # Testimony given on terms.
        "The guards spoke to our researchers on the understanding that their words stay with "
        "the mandate.",
    ],
)
def test_a_text_kept_to_its_reader_is_never_a_consent(text: str) -> None:
    assert decide([Place("body", text)]).value in ("unclear", "confidential")
    assert decide([Place("docx_cover", text)]).value in ("unclear", "confidential")


@pytest.mark.parametrize(
    "text",
    [
        "I would like this letter to stay between you and me.",
        "Je souhaite que ce courrier demeure entre vous et nous.",
        "Les pido que este mensaje quede entre ustedes y yo.",
    ],
)
def test_what_stays_between_writer_and_reader_is_confidential(text: str) -> None:
    assert decide([Place("body", text)]).value == "confidential"


@pytest.mark.parametrize(
    "text",
    [
        "You may post it online, but without my contact details please.",
        "Vous pouvez la publier, sans nos coordonnées.",
        "Pueden subirlo a la web, pero sin mis datos personales.",
        "Se autoriza su difusión, sin nombrar a la institución.",
        "You may publish the report, without naming the organisation.",
    ],
)
def test_a_consent_without_the_writers_details_is_anonymous(text: str) -> None:
    decided = decide([Place("body", text)])
    assert decided.value in ("publish", "unclear")
    assert "anonymous" in decided.flags or decided.value == "unclear"


@pytest.mark.parametrize(
    "text",
    [
        # A consent whose "but" speaks of who someone is.
        "Her account can be published on your website, but do not say who she is.",
        "Vous pouvez le diffuser, mais sans dire qui il est.",
        # A consent on a proviso.
        "Publication is authorised, on the understanding that the figures are not quoted.",
        "Se autoriza la publicación, con la reserva de que se revise el anexo.",
        # A consent in other words, with a date after it.
        "Nos parece bien que se difunda, pero solo a partir de marzo.",
    ],
)
def test_a_consent_with_a_proviso_or_a_who_is_for_an_officer(text: str) -> None:
    assert decide([Place("body", text)]).value in ("unclear", "confidential")


@pytest.mark.parametrize(
    "form",
    [
        "Should any part of your submission be withheld from the web page?\n[x] Yes, all of it",
        "Faut-il exclure votre contribution de la page ?\n[x] Oui",
        "¿Debe omitirse su aporte de la página web?\n[x] Sí",
    ],
)
def test_a_yes_to_a_question_that_keeps_the_text_back_is_a_refusal(form: str) -> None:
    assert decide([Place("body", form)]).value == "confidential"


@pytest.mark.parametrize(
    "form",
    [
        "Do you consent to the publication of your submission in full, omitting nothing?\nNo",
        "May we publish your submission, including the annexes we would otherwise exclude?\n[x] No",
        "¿Autoriza la publicación íntegra de su contribución, sin ocultar ninguna parte?\nNo",
    ],
)
def test_a_question_of_publishing_and_of_leaving_out_is_for_an_officer(form: str) -> None:
    """Its "No" may refuse the publication or only the leaving out: it cannot be told."""
    assert decide([Place("body", form)]).value == "unclear"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Il nous convient que le document soit publié sur votre site.", "publish"),
        ("Cela ne nous convient guère que le document soit diffusé sur votre site.", "unclear"),
        ("Cela ne nous va plus que le texte soit publié sur votre site.", "unclear"),
        ("No nos parece bien que se publique en su sitio web.", "confidential"),
    ],
)
def test_a_welcome_negated_where_it_stands_is_no_consent(text: str, value: str) -> None:
    body = f"Madame, Monsieur,\n\nVeuillez trouver notre contribution.\n\n{text}\n\nAna"
    assert decide([Place("body", body)]).value == value


@pytest.mark.parametrize(
    "text",
    [
        "La junta me va a indicar si acepta la publicación en línea.",
        "Le conseil nous dira s'il accepte la publication en ligne.",
        "La junta me va a indicar si autoriza que se publique.",
    ],
)
def test_whether_someone_else_accepts_is_a_consent_still_to_come(text: str) -> None:
    body = f"Estimados:\n\nAdjuntamos nuestra contribución.\n\n{text}\n\nSaludos,\nAna"
    assert decide([Place("body", body)]).value == "unclear"


@pytest.mark.parametrize(
    "text",
    [
        "Personne ici ne trouve que cela nous convient qu'il soit publié.",
        "Nobody on our board is comfortable with the submission being posted on your website.",
        "Nadie en nuestra organización considera oportuno que el documento se publique.",
        "None of the families we work with would be happy to see their letter published.",
    ],
)
def test_a_consent_with_no_one_for_its_subject_is_no_consent(text: str) -> None:
    body = f"Dear colleagues,\n\nPlease find our submission attached.\n\n{text}\n\nBest,\nAna"
    assert decide([Place("body", body)]).value in ("unclear", "confidential")


def test_a_word_of_publishing_with_no_one_is_about_the_text_sent() -> None:
    body = (
        "Estimados:\n\nAdjuntamos el informe.\n\nNadie aquí cree que sea bueno que sea publicado."
    )
    assert decide([Place("body", body)]).value == "unclear"


def test_a_consent_whose_no_one_is_elsewhere_stays_a_consent() -> None:
    text = "We agree to the publication of this submission on your website."
    assert decide([Place("body", f"Dear colleagues,\n\n{text}\n\nBest,\nAna")]).value == "publish"


def test_no_one_named_is_no_subject_that_refuses() -> None:
    text = (
        "Pueden publicarla, pero les pedimos que lo hagan sin mencionar el nombre de la "
        "Plataforma ni el de ninguna de las personas entrevistadas."
    )
    said = decide([Place("body", f"Estimados:\n\n{text}\n\nSaludos,\nAna")])
    assert (said.value, "anonymous" in said.flags) == ("publish", True)
