"""A long text's short paragraphs that speak to the reader or of the text sent are read as
a message's own words: a request standing alone on a document's page needs no anchor, while
the prose about the world around it still does. Documents are real PDFs (fpdf2), whose text
keeps no blank line between paragraphs."""

from __future__ import annotations

import pytest

from conftest import mail, pages_pdf
from wgsubmit.detect import request_places
from wgsubmit.detect.confidentiality import decide
from wgsubmit.detect.notices import paragraphs, standing_alone
from wgsubmit.extract import extract_document
from wgsubmit.parse import parse_message
from wgsubmit.records import RawMessage

PROSE = (
    "Des sociétés privées gèrent trois centres de rétention administrative sous contrat avec "
    "le ministère. Les personnes retenues disent que les agents limitent l'accès aux avocats "
    "et aux soins, et que les plaintes restent sans réponse pendant des mois."
)
CLOSING = (
    "Nous recommandons que les États assurent un contrôle indépendant de tous les centres "
    "gérés par des sociétés privées."
)


def _request(document: str) -> str:
    pdf = pages_pdf(document)
    sent = mail(
        "Réseau Frontières <contact@frontieres.example.org>",
        "Contribution",
        "Madame, Monsieur,\n\nVeuillez trouver ci-joint notre contribution.\n\nCordialement",
        files=(("contribution.pdf", "application/pdf", pdf),),
    )
    message = parse_message(RawMessage(sent.as_bytes(), "file", "contribution.eml"))
    extraction = extract_document(pdf, "contribution.pdf", "application/pdf")
    return decide(request_places(message, [extraction], [0], ())).value


@pytest.mark.parametrize(
    "request_",
    [
        "Nos membres ont accepté de témoigner à une seule condition : que leurs paroles ne "
        "quittent pas le Groupe de travail.",
        "Prévenez-nous avant de mettre quoi que ce soit en ligne, nous voudrions relire la "
        "version finale.",
    ],
)
def test_a_request_standing_alone_in_a_document_goes_to_an_officer(request_: str) -> None:
    assert _request(f"{PROSE}\n\n{request_}\n\n{CLOSING}") == "unclear"


def test_a_short_paragraph_about_the_world_is_still_prose() -> None:
    aside = "Les contrats ne sont pas publiés et la société civile n'est pas consultée."
    assert _request(f"{PROSE}\n\n{aside}\n\n{CLOSING}") == "unspecified"


def test_a_pdfs_wrapped_lines_are_cut_where_a_paragraph_ends() -> None:
    text = (
        "Des sociétés privées gèrent trois centres de rétention sous contrat avec le\n"
        "ministère, et les personnes retenues disent que les agents limitent l'accès\n"
        "aux avocats.\n"
        "Merci de ne pas transmettre ce document.\n"
        "Nous recommandons un contrôle indépendant de tous les centres gérés par des\n"
        "sociétés privées."
    )
    assert len(paragraphs(text)) == 3
    assert standing_alone(text) == ("Merci de ne pas transmettre ce document.")


def test_a_text_of_one_paragraph_has_no_notice_apart() -> None:
    assert standing_alone("Merci de ne pas transmettre cette annexe au Groupe de travail.") == ""
