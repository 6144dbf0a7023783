"""The confidentiality rules against a table of phrasings in English, French and Spanish.

The table (tests/data/confidentiality_cases.tsv) reads as the specification: each row
is something a submitter might write, where they wrote it, and what it means.
"""

import csv
from pathlib import Path

import pytest

from wgsubmit.detect.confidentiality import Place, decide

CASES = Path(__file__).parent / "data" / "confidentiality_cases.tsv"


def _cases() -> list[dict[str, str]]:
    with CASES.open(encoding="utf-8", newline="") as table:
        return list(csv.DictReader(table, delimiter="\t", quoting=csv.QUOTE_NONE))


def _where(where: str) -> str:
    return {"footer": "margins"}.get(where, where)


@pytest.mark.parametrize(
    "case", _cases(), ids=lambda c: f"{c['lang']}-{c['expected']}-{c['text'][:40]}"
)
def test_phrasing(case: dict[str, str]) -> None:
    text = case["text"].replace(" / ", "\n") if case["where"] != "body" else case["text"]
    where = _where(case["where"])
    found = decide([Place(where, text, anchored=where in ("document", "margins"))])
    assert found.value == case["expected"], found.evidence
    expected_flags = {f for f in case["flags"].split(",") if f}
    assert expected_flags <= set(found.flags)


def test_table_is_large_enough() -> None:
    cases = _cases()
    for lang in ("en", "fr", "es"):
        rows = [c for c in cases if c["lang"] == lang]
        assert len(rows) >= 60
        assert {c["expected"] for c in rows} >= {"publish", "confidential", "unspecified"}


def test_confidential_wins_over_consent_elsewhere() -> None:
    found = decide(
        [
            Place("body", "We consent to the publication of this submission."),
            Place("margins", "CONFIDENTIAL"),
        ]
    )
    assert found.value == "confidential"
    assert found.evidence == "CONFIDENTIAL"


def test_disclaimer_decides_nothing() -> None:
    found = decide(
        [
            Place(
                "body",
                "Please find attached our input.\n\nThis e-mail and any attachments are "
                "confidential and intended solely for the addressee.",
            )
        ]
    )
    assert (found.value, found.flags) == ("unspecified", ("disclaimer",))


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("nl", "Please do not publish this submission.", "confidential"),
        ("so", "We would rather this not go on the website.", "confidential"),
        ("so", "We are unsure about the website for this one.", "unclear"),
        ("cy", "You may publish our contribution on the website.", "unclear"),
        ("pt", "Autorizamos a publicação desta contribuição no sítio web do ACNUDH.", "unclear"),
        ("cy", "Our report covers detention conditions at the border.", "unspecified"),
    ],
)
def test_a_text_taken_for_a_language_without_rules_is_never_read_as_consent(
    language: str, text: str, expected: str
) -> None:
    """Language detection can be wrong: a refusal in the rules' words still stands, and
    anything else about publication goes to an officer, never to the page."""
    assert decide([Place("body", text, language=language)]).value == expected


# A request read from its parts (detect/refusals): a verb of publishing, what governs it,
# what it is about. Each row: a sentence in a message's body, its value, and whether it
# asks for anonymity.
_PARTS = [
    # A negation or a word of refusal governing the verb, about the submission: refused.
    ("Kindly refrain from quoting this submission.", "confidential", False),
    ("Under no circumstances should the attached report be uploaded.", "confidential", False),
    ("We object to the circulation of this submission beyond the OHCHR.", "confidential", False),
    ("The authors do not authorise you to reproduce this contribution.", "confidential", False),
    ("This e-mail must never be forwarded to third parties.", "confidential", False),
    ("The present note verbale is not to be reproduced.", "confidential", False),
    ("En aucun cas le document ci-joint ne doit être partagé.", "confidential", False),
    ("Je préférerais que vous ne citiez pas cette contribution.", "confidential", False),
    ("Ce courriel ne doit jamais être transféré.", "confidential", False),
    ("No les autorizamos a citar el informe adjunto.", "confidential", False),
    (
        "Les agradeceríamos que se abstuvieran de reproducir el documento adjunto.",
        "confidential",
        False,
    ),
    ("We would rather you did not disclose the attached report.", "confidential", False),
    ("Kindly avoid sharing this e-mail.", "confidential", False),
    # About the writer's own name or the writer: anonymous.
    ("Please refrain from identifying our organisation.", "unspecified", True),
    ("Preferiríamos que no identifiquen a nuestra organización.", "unspecified", True),
    ("Bajo ninguna circunstancia mi nombre debe ser compartido con terceros.", "unspecified", True),
    # About other people's names, a part, the report alone, or with a time limit: an officer.
    ("Les noms des victimes ne doivent pas être partagés.", "unclear", False),
    ("Please refrain from naming the witnesses in the report.", "unclear", False),
    (
        "Les pedimos que se abstengan de compartir los nombres de nuestro personal.",
        "unclear",
        False,
    ),
    (
        "The report may be shared, provided that the names of the witnesses are removed.",
        "unclear",
        False,
    ),
    ("Draft - not for circulation until finalised", "unclear", False),
    # Consent with a condition or a time limit: an officer.
    ("Pueden difundir el documento adjunto, pero solo después del 1 de junio.", "unclear", False),
    ("You may disclose this submission once the trial has ended.", "unclear", False),
    (
        "Cette contribution peut être publiée sous réserve de l'accord du directeur.",
        "unclear",
        False,
    ),
    ("We agree to publication, although our lawyer still has to look at it.", "unclear", False),
    ("Vous pouvez la publier dès que nous aurons envoyé la version finale.", "unclear", False),
    ("Pueden publicarlo, aunque preferiríamos que esperaran a la sentencia.", "unclear", False),
    # An answer that carries a condition, a date or an exception: an officer.
    ("Consent to publication: yes, after 30 June.", "unclear", False),
    ("Publicación: sí, salvo los anexos.", "unclear", False),
    # Care asked of the reader, or the text said to be sensitive: an officer.
    ("Please use this information with care.", "unclear", False),
    ("Ce document est sensible.", "unclear", False),
    # For the reader alone, or kept from a third party: refused.
    ("Esto es solo para ustedes.", "confidential", False),
    ("C'est uniquement pour vous.", "confidential", False),
    ("No queremos que la empresa vea este documento.", "confidential", False),
    # A consent that someone disagrees with, a hold, a draft: an officer.
    ("Publication is fine by us, though one of our partners disagrees.", "unclear", False),
    ("You may publish it. Actually, on reflection, please wait.", "unclear", False),
    ("Nuestros compañeros correrían peligro si esto se publica.", "unclear", False),
    ("Les compartimos esta información en confianza.", "unclear", False),
    # Consent put with a negation: consent.
    ("La Mission n'a aucune objection à la divulgation de cette contribution.", "publish", False),
    ("Nothing prevents you from uploading the attached document.", "publish", False),
    ("Esta información no es confidencial y puede difundirse.", "publish", False),
    ("As before, it may be published.", "publish", False),
    # Consent to a portion only (the summary, extracts): the rest is not said, an officer.
    ("The executive summary of our paper can be published.", "unclear", False),
    ("Vous pouvez en citer des extraits dans le rapport.", "unclear", False),
    ("Se puede publicar el resumen ejecutivo.", "unclear", False),
    # An audience of the Working Group alone, or what is to stay with the reader: refused.
    ("The full paper should stay with you.", "confidential", False),
    ("El resto del documento es solo para el Grupo.", "confidential", False),
    ("Ce rapport est uniquement destiné aux membres du Groupe de travail.", "confidential", False),
    ("This note is only for the experts of the Working Group.", "confidential", False),
    # A named organisation to be left out of it: anonymous.
    (
        "Pueden publicarlo, pero dejen a la Asociación Vecinal San Rafael fuera de esto.",
        "publish",
        True,
    ),
    ("Publish it, but please leave Frontier Watch out of it.", "publish", True),
    # "Si publican ..." is "if you publish", no "Sí": a condition about other people.
    ("Si publican, las personas entrevistadas no deben poder ser reconocidas.", "unclear", False),
    # A hold or a doubt about what was sent: an officer.
    ("Could you wait before doing anything with it?", "unclear", False),
    ("A board member has raised concerns about the input we sent.", "unclear", False),
    # The writer's own name or identity and a word that keeps it hidden, whatever the
    # phrasing: consent with anonymity.
    ("You may use and publish it, but for my safety I must not be identified.", "publish", True),
    ("I am happy for it to be published as long as my identity stays out of it.", "publish", True),
    (
        "Pueden usarlo y publicarlo, pero por mi seguridad no quiero que aparezca mi nombre.",
        "publish",
        True,
    ),
    (
        "Puede publicarse, pero solicitamos reserva de identidad para la asociación.",
        "publish",
        True,
    ),
    ("Nous demandons que l'identité de l'association demeure réservée.", "unspecified", True),
    ("Si publican mi aporte, les ruego que quiten mi nombre.", "unspecified", True),
    ("Je vous demande de ne pas faire figurer mon nom.", "unspecified", True),
    (
        'No objection to publication, but please refer to us as "a logistics provider".',
        "publish",
        True,
    ),
    # A refusal about the submission, whatever its reason says of other people.
    (
        "De ninguna manera este documento debe hacerse público: las víctimas están protegidas.",
        "confidential",
        False,
    ),
    (
        "Je vous écris pour que vous sachiez, mais rien de ceci ne doit être publié.",
        "confidential",
        False,
    ),
    ("We would prefer that this stays between the Working Group and us.", "confidential", False),
    ("We'd rather you didn't put this on the web.", "confidential", False),
    # "No lo ..." is a request, not an account of the past ("no publicó").
    ("No lo suban a la web, por favor.", "confidential", False),
    ("El ministerio no publicó el informe.", "unspecified", False),
    ("Nous n'avons pas mis le rapport sur internet.", "unspecified", False),
    # A check or an approval still to come, a draft: an officer.
    ("We are happy for it to be published. Let me check it with my director.", "unclear", False),
    ("Je dois encore confirmer avec notre conseil.", "unclear", False),
    # A request put before a colon is a sentence, not a form's "label: value".
    ("Les pedimos máxima discreción: no los hagan públicos.", "confidential", False),
    ("Queremos que nuestro aporte se difunda lo más posible.", "publish", False),
    (
        "Our contribution can be published, but without any reference to our organisation.",
        "publish",
        True,
    ),
    ("Publiez-le, mais ne mettez pas mon nom.", "publish", True),
    ("Por mi seguridad, prefiero que mi nombre no figure.", "unspecified", True),
    ("Il peut être publié, mais notre association ne doit pas être nommée.", "publish", True),
    # The writer's name with a negation no rule reads: an officer, never the page as is.
    ("I don't want my name anywhere near this.", "unclear", False),
    # A prohibition addressed to the reader, in words no rule lists: an officer.
    ("Les pido que no hagan nada todavía con nuestro aporte.", "unclear", False),
    # Consent with the name: a negation elsewhere in the sentence does not take it back.
    ("Vous pouvez la publier avec mon nom, je n'ai rien à cacher.", "publish", False),
    # The world the submission describes, not a request: nothing said.
    ("La loi n° 2020-15 a été publiée au Journal officiel en mars.", "unspecified", False),
    ("Nous recommandons que les contrats soient publiés.", "unspecified", False),
    ("Notre contribution porte sur la circulation des armes légères.", "unspecified", False),
    ("Un informante confidencial nos describió los contratos reservados.", "unspecified", False),
    ("El tribunal denegó la publicación de su sentencia de 2020.", "unspecified", False),
    ("Our research shows that the Ministry did not publish the report.", "unspecified", False),
    (
        "It should be recalled that public procurement rules do not require the disclosure "
        "of subcontractors.",
        "unspecified",
        False,
    ),
    ("The government refused to publish the audit report in 2019.", "unspecified", False),
]


def test_a_form_answered_yes_anonymously_asks_for_anonymity() -> None:
    form = "Acceptez-vous que votre contribution soit publiée ?\nOui, de manière anonyme"
    found = decide([Place("document", form)])
    assert (found.value, found.flags) == ("publish", ("anonymous",))


@pytest.mark.parametrize(("text", "expected", "anonymous"), _PARTS, ids=lambda v: str(v)[:40])
def test_a_request_is_read_from_its_parts(text: str, expected: str, anonymous: bool) -> None:
    found = decide([Place("body", text)])
    assert (found.value, "anonymous" in found.flags) == (expected, anonymous), found.evidence


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("Publication on the website (yes/no): no", "confidential"),
        ("Publication on the website (yes/no): yes", "publish"),
        ("Do you consent to publication?: No", "confidential"),
        ("May the Working Group publish this submission?: Yes", "publish"),
        ("Publication autorisée (oui/non) : non", "confidential"),
        ("¿Autoriza la publicación? (Sí/No): No", "confidential"),
        ("Do you object to publication (yes/no): no", "publish"),
    ],
)
def test_a_fields_value_answers_its_label_and_its_choices_negate_nothing(
    field: str, expected: str
) -> None:
    """A text field's value answers the question that labels it; "(Yes/No)" in the
    question is the choice offered, not a negation."""
    assert decide([Place("margins", field)]).value == expected


@pytest.mark.parametrize(("value", "expected"), [("No", "confidential"), ("Sí", "publish")])
def test_a_question_printed_on_the_page_and_answered_in_its_field_is_decided(
    value: str, expected: str
) -> None:
    """A PDF form prints its question on the page; the field under it holds the answer,
    labelled with the same question: one question, answered."""
    question = "¿Puede el Grupo de Trabajo publicar este aporte? (Sí/No)"
    page = f"Formulario de aporte\nAporte: leyes de seguridad privada.\f{question}\f"
    field = Place("margins", f"{question}: {value}")
    found = decide([Place("document", page, anchored=True), field])
    assert found.value == expected


def test_two_different_questions_with_one_answer_stay_unclear() -> None:
    page = "May we publish your input?\nMay we cite your organisation by name?"
    found = decide([Place("document", page, anchored=True), Place("margins", "Answer: Yes")])
    assert found.value == "unclear"


@pytest.mark.parametrize(
    "note",
    [
        "We may need to withdraw parts of the document we sent. I will come back to you.",
        "Nous devrons peut-être retirer une partie du document envoyé. Je reviens vers vous.",
        "Quizá debamos retirar una parte del documento enviado. Les escribo pronto.",
    ],
)
def test_a_possible_withdrawal_of_part_of_what_was_sent_is_for_an_officer(note: str) -> None:
    assert decide([Place("body", note)]).value == "unclear"


@pytest.mark.parametrize(
    "text",
    [
        "Please find the final version of our input, which replaces the draft Owen sent last "
        "week. You may publish it.",
        "Voici la version finale, qui remplace le brouillon envoyé par Owen. Vous pouvez la "
        "publier.",
        "Adjunto la versión final, que reemplaza el borrador que envió Owen. Pueden publicarla.",
    ],
)
def test_the_draft_a_final_version_replaces_is_not_this_one(text: str) -> None:
    """ "Replaces the draft" speaks of the earlier version: the consent stands."""
    assert decide([Place("body", text)]).value == "publish"


def test_a_draft_still_marked_so_stays_for_an_officer() -> None:
    assert decide([Place("body", "Here is a draft of our input.")]).value == "unclear"


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ("☐ J'autorise la publication\n☒ Je n'autorise pas la publication", "confidential"),
        ("☒ J'autorise la publication\n☐ Je n'autorise pas la publication", "publish"),
        ("☐ Autorizo a publicação desta contribuição\n☒ Não autorizo a publicação", "confidential"),
        ("☒ Nous ne nous opposons pas à la publication", "publish"),
    ],
)
def test_a_ticked_label_that_negates_consent_is_a_refusal(form: str, expected: str) -> None:
    assert decide([Place("margins", form)]).value == expected


@pytest.mark.parametrize(
    "form",
    ["☒ Publication refused", "☒ Publication refusée", "☒ Publicación rechazada"],
)
def test_a_box_ticked_about_publication_that_no_rule_reads_is_unclear(form: str) -> None:
    """Fail closed: what is ticked about publication and not understood is never silence."""
    assert decide([Place("margins", form)]).value == "unclear"


def test_a_box_ticked_about_something_else_says_nothing() -> None:
    assert decide([Place("margins", "Type of submitter: ☒ NGO ☐ State")]).value == "unspecified"


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ("Permission to publish | ✓ granted", "publish"),
        ("Permission to publish | ✓ refused", "confidential"),
        ("Publication : ☐ autorisée ☒ refusée", "confidential"),
        ("Publicación: ☐ concedida ☒ denegada", "confidential"),
    ],
)
def test_a_ticked_granted_or_refused_answers_its_question(form: str, expected: str) -> None:
    assert decide([Place("margins", form)]).value == expected


# Rules written for ordinary cover letters and papers (one row per rule, its three languages
# where the rule has them): a negated objection is consent; a cue about what States or
# companies should publish, or about the Working Group's own report, is the topic; a word
# of anonymity about other people's complaints is no request; "au nom de" names no name.
_ORDINARY = [
    ("We have no objection to our input appearing on the OHCHR website.", "publish", False),
    ("We do not object to our submission appearing on your website.", "publish", False),
    ("We have nothing against the publication of our submission.", "publish", False),
    ("Nous n'avons rien contre la publication de notre contribution.", "publish", False),
    ("No tenemos nada en contra de que se publique nuestro aporte.", "publish", False),
    ("Nous n'avons aucune objection à ce que notre contribution figure sur le site du HCDH.",
     "publish", False),
    ("We see no reason why this input should not appear on the OHCHR website.", "publish",
     False),
    ("We are fine with our input appearing on the OHCHR website.", "publish", False),
    ("Our submission may appear on your website.", "publish", False),
    ("Our submission may not appear on your website.", "confidential", False),
    ("We are not fine with our input appearing on the website.", "confidential", False),
    ("Recomendamos que los contratos con empresas privadas se publiquen y estén sujetos a "
     "supervisión independiente.", "unspecified", False),
    ("Recomendamos que se publiquen todos los contratos con empresas privadas.", "unspecified",
     False),
    ("Les rapports d'inspection devraient être rendus publics.", "unspecified", False),
    ("Pedimos que los contratos no se publiquen.", "confidential", False),
    ("Their staff draft parts of the technical specifications for the next tender.",
     "unspecified", False),
    ("Our grievance mechanism is open to detainees, visitors and staff, and complaints may be "
     "made anonymously.", "unspecified", False),
    ("Detainees can file complaints anonymously through the hotline.", "unspecified", False),
    ("Les personnes retenues peuvent déposer plainte de manière anonyme.", "unspecified", False),
    ("We submit this anonymously.", "unspecified", True),
    ("Au nom de la Ligue marocaine pour les droits des migrants (LMDM), j'ai le plaisir de vous "
     "transmettre notre contribution en vue de votre prochain rapport.", "unspecified", False),
    ("Nous serons heureux de relayer le rapport une fois publié.", "unspecified", False),
    ("Difundiremos el informe entre nuestras redes.", "unspecified", False),
    ("We look forward to reading the report once it is published.", "unspecified", False),
    ("Please do not allow the publication of the report.", "confidential", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected", "anonymous"), _ORDINARY, ids=lambda v: str(v)[:40])
def test_ordinary_letters_consent_topic_and_others_anonymity(
    text: str, expected: str, anonymous: bool
) -> None:
    found = decide([Place("body", text)])
    assert (found.value, "anonymous" in found.flags) == (expected, anonymous), found.evidence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Restraint is recorded in the contractor's own logs, which are not shared with any "
         "independent body.", "unspecified"),
        ("Los contratos no se publican y sus cláusulas son confidenciales.", "unspecified"),
        ("Medical records are kept confidential and are not shared with detainees.",
         "unspecified"),
        # A request, or this submission, its parts, its reader: still a refusal.
        ("This document is not shared with anyone.", "confidential"),
        ("The content is not shared outside the Working Group.", "confidential"),
        ("Our data is not shared.", "confidential"),
        ("Ce rapport n'est pas publié.", "confidential"),
        ("Los datos no se comparten fuera del Grupo.", "confidential"),
    ],
)  # fmt: skip
def test_a_fact_about_others_papers_is_no_refusal(text: str, expected: str) -> None:
    assert decide([Place("body", text)]).value == expected


@pytest.mark.parametrize(
    ("text", "expected", "anonymous"),
    [
        # "Intended for public circulation" names no addressee: no e-mail disclaimer.
        ("The enclosed paper is privileged and not intended for public circulation.",
         "confidential", False),
        # An audience named with a plural possessive; the Web refused mid-sentence.
        ("These notes are for the members' eyes only.", "confidential", False),
        ("The list of sites is for your files, not for the internet.", "confidential", False),
        # "Nothing ... may be" negates the verbs after it; "nothing here is secret" does not.
        ("Nothing in this letter may be quoted or published.", "confidential", False),
        ("Nothing here is secret, you may publish it.", "publish", False),
        ("I would like this to remain only between me and the Working Group.",
         "confidential", False),
        # Not to leave the reader's office, whatever the verb's place.
        ("Ces éléments ne doivent jamais sortir de votre bureau.", "confidential", False),
        ("Nous comptons sur vous pour que ce texte ne sorte pas de vos services.",
         "confidential", False),
        ("Les pedimos que este informe no salga de su oficina.", "confidential", False),
        ("Please make sure this paper does not leave the secretariat.", "confidential", False),
        # Made available to the public, put on the internet: verbs of publishing.
        ("Sous aucun prétexte ce rapport ne doit être mis à la disposition du public.",
         "confidential", False),
        ("Queremos que este aporte quede fuera del dominio público.", "confidential", False),
        ("Nous souhaitons que ce texte reste hors du domaine public.", "confidential", False),
        ("Por favor, no lo suban a internet.", "confidential", False),
        ("Ne le mettez pas sur internet, s'il vous plaît.", "confidential", False),
        # The writer's name taken out while publishing (a gerund), or the writer left out.
        ("Pueden difundirlo suprimiendo el nombre de nuestra asociación.", "publish", True),
        ("Vous pouvez la publier en retirant le nom de notre association.", "publish", True),
        ("Diffusez-le si vous voulez, mais laissez-nous en dehors.", "publish", True),
        ("Publíquenlo si quieren, pero déjennos al margen.", "unclear", True),
        # A wait asked before publishing, second thoughts, an approval still awaited.
        ("Please hold off on posting it until our board meets.", "unclear", False),
        ("Nous vous prions d'attendre la décision du tribunal avant de le publier.",
         "unclear", False),
        ("Les pedimos esperar hasta el 10 de mayo antes de difundirlo.", "unclear", False),
        ("You may publish it. On second thoughts, let me confirm with the director.",
         "unclear", False),
        ("Pueden publicarlo. Pensándolo mejor, déjenme consultar con la junta.",
         "unclear", False),
        ("Vous pouvez le publier. À la réflexion, laissez-moi vérifier avec le bureau.",
         "unclear", False),
        ("We are still awaiting the board's green light to authorise publication.",
         "unclear", False),
        ("Seguimos a la espera del visto bueno de la junta para autorizar la publicación.",
         "unclear", False),
        # A status that opens the sentence: "Public, but ...", "Embargada ...".
        ("Public, but leave out the photographs of the site.", "unclear", False),
        ("Embargada hasta nuevo aviso.", "unclear", False),
    ],
)  # fmt: skip
def test_families_of_wording_are_read_in_a_message_and_in_a_document(
    text: str, expected: str, anonymous: bool
) -> None:
    for place in (Place("body", text), Place("document", text, anchored=True)):
        found = decide([place])
        assert (found.value, "anonymous" in found.flags) == (expected, anonymous), place


@pytest.mark.parametrize(
    "text",
    [
        # A negated objection and the "ni"/"nor" that goes on with it: no refusal.
        "Pas d'objection à la mise en ligne, ni à ce que nous soyons cités nommément.",
        "Ningún inconveniente en que se difunda ni en que se nos mencione por nuestro nombre.",
        "Nous ne voyons aucune raison de ne pas diffuser ce texte.",
        "No vemos ningún motivo para no difundirlo.",
        # The name said to go with the consent: "with my name", "ainsi que le nom".
        "I don't mind if my statement is shared on your website, with my name.",
        "Vous pouvez publier ce texte ainsi que le nom de notre réseau.",
        "Pueden difundirlo, mencionando a nuestra red como autora.",
        # Consent in other words: a page to be listed on, "está bien que", "tenons à ce que".
        "We would be glad for our paper to be listed on the submissions page.",
        "Por nuestra parte está bien que lo difundan, con nombre y todo.",
        "Nous tenons vivement à ce que notre contribution soit publiée.",
        "Ce texte peut figurer sur votre site.",
        "Nothing in this note is sensitive.",
    ],
)
def test_consent_in_ordinary_words_is_read_as_consent(text: str) -> None:
    found = decide([Place("body", text)])
    assert (found.value, found.flags) == ("publish", ()), found.evidence


def test_a_refusal_after_a_negated_objection_still_counts() -> None:
    refused = "No objection to publishing the report, but do not publish nor share annex 2."
    assert decide([Place("body", refused)]).value in ("confidential", "unclear")
    nameless = "Pas d'objection à la publication, mais notre nom ne doit pas apparaître."
    found = decide([Place("body", nameless)])
    assert (found.value, found.flags) == ("publish", ("anonymous",)), found


@pytest.mark.parametrize(
    "text",
    [
        # The writer's own name kept off, in the ways people say it beside a consent.
        "You can post it, but leave our network's name off the page.",
        "The Institute agrees to publication, provided the paper is not credited to the Institute.",
        "Notre nom ne doit pas être associé à cette note ; vous êtes libres de la publier.",
        "Nuestro nombre no debe asociarse a este aporte; pueden darle la difusión que quieran.",
        "Autorizamos la difusión, con nuestras iniciales nada más.",
        "Feel free to post it, but attribute it to 'a civil society group' and not to us by name.",
        "We are fine with the account being public but we do not want to be named.",
        "This input can be released, though not under our name.",
    ],
)
def test_consent_that_keeps_the_writers_name_off_is_consent_without_the_name(text: str) -> None:
    found = decide([Place("body", text)])
    assert found.value in ("publish", "unspecified") and "anonymous" in found.flags, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Kept from going beyond its reader, by verbs no rule lists: for an officer.
        ("Please make sure these findings go no further than the experts.", "unclear"),
        ("Merci de veiller à ce que notre note ne franchisse pas les murs du secrétariat.",
         "unclear"),
        ("Merci de veiller à ce que ce récit ne s'ébruite pas.", "unclear"),
        ("Les pedimos que esta información no trascienda fuera de su oficina.", "unclear"),
        ("Kindly see that the attached testimony is not handed on to anyone.", "unclear"),
        # The same verbs about the world the submission describes: nothing said.
        ("Detainees are not allowed to leave the centre after dark.", "unspecified"),
        ("Les gardes ne quittent jamais le centre pendant la nuit.", "unspecified"),
    ],
)  # fmt: skip
def test_keeping_the_text_from_going_further_is_for_an_officer(text: str, expected: str) -> None:
    assert decide([Place("body", text)]).value == expected


def test_privately_run_centres_are_the_topic_and_keeping_it_private_a_refusal() -> None:
    about = "Trips to see a son held in privately run centres take a whole day."
    assert decide([Place("document", about, anchored=True)]).value == "unspecified"
    asked = "We would ask that the annex be kept private."
    assert decide([Place("body", asked)]).value == "confidential"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A refused verb that acts on a thing of the world, named: a fact told.
        ("Our volunteers find that medical records are not transferred between centres.",
         "unspecified"),
        ("We are therefore not able to disclose the locations of the cameras we installed.",
         "unspecified"),
        ("Nous avons reçu des plaintes : refus de transmettre des demandes médicales, insultes.",
         "unspecified"),
        # The same verbs on what is sent, or asked of the reader: a request.
        ("Our report is not to be shared.", "confidential"),
        ("Our findings are not published yet.", "unclear"),
        ("We are not able to share the annex publicly.", "unclear"),
        ("Please do not transfer the photographs to anyone.", "unclear"),
    ],
)  # fmt: skip
def test_a_refused_verb_on_a_thing_of_the_world_is_a_fact_not_a_request(
    text: str, expected: str
) -> None:
    assert decide([Place("document", text, anchored=True)]).value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A sentence wrapped after a word no sentence ends on, the next line capitalised.
        ("The summary is public. Annex B, with the incidents, is for the\nWorking Group only.",
         "confidential"),
        ("We are happy for the document to be published on the\nWorking Group's webpage.",
         "publish"),
        # A form's field answered by no word a rule reads.
        ("Publication\nsee cover letter\nAna Ruiz, Border Rights Watch", "unclear"),
        ("Publication\nYes", "publish"),
        # "Nothing in …" or "no part of …" before a modal refuses, however far the verb.
        ("Nothing in this letter or in its attachments may be placed on the public record.",
         "confidential"),
        ("Aucune partie de ce document ne peut être publiée.", "confidential"),
        ("Nothing prevents you from publishing it.", "publish"),
        # A part of the submission by its name: a consent to it alone is for an officer.
        ("The executive summary may be published.", "unclear"),
    ],
)  # fmt: skip
def test_wrapped_lines_fields_and_nothing_may(text: str, expected: str) -> None:
    assert decide([Place("document", text, anchored=True)]).value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A welcome of a publication named as such, read from its parts.
        ("We are delighted for the paper to be posted on your website.", "publish"),
        ("Estamos encantados de que el informe se difunda en la web.", "publish"),
        # A transmittal is no welcome of a publication.
        ("The Mission is pleased to transmit herewith the contribution of the Government.",
         "unspecified"),
        # A welcome beside a name no rule reads: an officer.
        ("We are delighted for the paper to be posted on your website, not the identity of the "
         "families.", "unclear"),
        # Consents in words of their own.
        ("We can see no reason to keep this paper off your website.", "publish"),
        ("Aucune information contenue dans ce document n'est confidentielle.", "publish"),
        ("Nos parece bien que aparezca así en la web del ACNUDH.", "publish"),
        ("The submission can go on the OHCHR page.", "publish"),
        ("Le collectif consent à ce que ce texte figure, avec les autres, sur la page de l'appel.",
         "publish"),
        ("Nous n'acceptons pas que ce texte figure sur le site.", "confidential"),
        # A consent whose condition is the writer's name kept off: anonymous.
        ("You may publish my testimony as long as my name is not on it.", "publish+anonymous"),
        ("Le syndicat ne s'oppose pas à la publication, pour autant que ses délégués n'y soient "
         "pas nommés.", "publish+anonymous"),
    ],
)  # fmt: skip
def test_consents_in_words_of_their_own(text: str, expected: str) -> None:
    found = decide([Place("body", text)])
    said = found.value + ("+anonymous" if "anonymous" in found.flags else "")
    assert said == expected


@pytest.mark.parametrize(
    "text",
    [
        "We are delighted to present this submission, which draws on our earlier publications.",
        "Our submission is attached and we are delighted that the Working Group publishes its "
        "findings.",
        "We are pleased to submit this document on public procurement.",
        "I agree with the public outcry over the deportation flights.",
    ],
)
def test_a_welcome_of_something_else_is_no_consent(text: str) -> None:
    assert decide([Place("body", text)]).value != "publish"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # People who may not go out, a practice of sharing, a verb of saying: the topic.
        ("Las personas nos dicen que no pueden salir de la estación.", "unspecified"),
        ("On nous disait de ne pas leur parler et de ne pas les laisser sortir.", "unspecified"),
        ("Its findings are shared confidentially with the detaining authorities.", "unspecified"),
        ("Operators are not fined when they can show that they took precautions.",
         "unspecified"),
        # The same verbs said of what is sent: a refusal.
        ("Merci de veiller à ce que ce récit ne sorte pas du secrétariat.", "confidential"),
        ("Ces éléments ne doivent jamais sortir de votre bureau.", "confidential"),
        ("Que este documento no salga de su oficina.", "confidential"),
        ("L'annexe 2 contient des témoignages et ne doit pas sortir.", "confidential"),
    ],
)  # fmt: skip
def test_going_out_and_showing_said_of_the_world_are_the_topic(text: str, expected: str) -> None:
    assert decide([Place("document", text, anchored=True)]).value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bonjour,\n\nCi-joint notre note.\n\nMarc\n--\nAVERTISSEMENT : ce courriel et les "
         "fichiers qui y sont attachés sont strictement réservés à l'usage de leurs "
         "destinataires et peuvent contenir des informations confidentielles.", "unspecified"),
        ("Le Groupe X souhaite apporter sa contribution à la réflexion du Groupe de travail.",
         "unspecified"),
        ("À la réflexion, nous préférons attendre avant toute publication.", "unclear"),
        # A line that goes on below, though the next holds a colon further on.
        ("Les ruego que no lo\npubliquen ni lo citen con mi nombre: lo envío para el Grupo.",
         "confidential"),
    ],
)  # fmt: skip
def test_disclaimers_reflection_and_long_lines(text: str, expected: str) -> None:
    found = decide([Place("body", text)])
    assert found.value + ("+anonymous" if "anonymous" in found.flags else "") == expected


@pytest.mark.parametrize(
    "text",
    [
        "We are glad for it to be posted online, although our partners have doubts.",
        "Pueden publicarlo, aunque tenemos algunas dudas.",
        "Vous pouvez la publier, mais nous avons encore des doutes.",
    ],
)
def test_a_consent_taken_back_by_a_doubt_is_for_an_officer(text: str) -> None:
    assert decide([Place("body", text)]).value == "unclear"


def test_a_thing_of_the_world_refused_in_a_message_stays_for_an_officer() -> None:
    """Told in a document's prose, a fact; said in the writer's own message, a request."""
    text = "Our volunteers find that medical records are not transferred between centres."
    assert decide([Place("document", text, anchored=True)]).value == "unspecified"
    assert decide([Place("body", text)]).value == "unclear"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # How data about people is made anonymous, and whose consent it needs: the topic.
        ("Aggregated and anonymised data is shared with public health authorities.",
         "unspecified"),
        ("Des données présentées comme anonymisées ont permis de cibler des patients.",
         "unspecified"),
        ("Los datos se comparten de forma anonimizada con la autoridad sanitaria.",
         "unspecified"),
        ("Agencies often describe pseudonymised data as anonymous.", "unspecified"),
        ("Submission: anonymisation and re-identification of health datasets", "unspecified"),
        # The same words said of the writer or what is sent: a request about the name.
        ("We would like our testimony to be anonymised before it goes online.",
         "unspecified+anonymous"),
        ("Please publish an anonymised version of our submission.", "publish+anonymous"),
        ("Publiez-la sous forme anonymisée, sans notre nom.", "publish+anonymous"),
        # Beside publishing, made anonymous is how to publish, whoever is named.
        ("We agree to publication in anonymised form.", "publish+anonymous"),
        ("Nous acceptons la publication sous forme anonymisée.", "publish+anonymous"),
        ("Acepto la publicación de forma anonimizada.", "publish+anonymous"),
        ("Publication is fine if anonymised.", "publish+anonymous"),
        ("Merci d'anonymiser avant publication.", "unspecified+anonymous"),
    ],
)  # fmt: skip
def test_data_made_anonymous_is_the_topic_of_a_privacy_call(text: str, expected: str) -> None:
    found = decide([Place("document", text, anchored=True)])
    assert found.value + ("+anonymous" if "anonymous" in found.flags else "") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A rule the document states for things of the world, or a request about its own
        # findings in words no rule knows: an officer reads it.
        ("The records of a patient must never be published, sold or passed to insurers.",
         "unclear"),
        ("El diagnóstico de VIH no debe divulgarse sin el consentimiento de la persona.",
         "unclear"),
        ("The findings must not be published.", "unclear"),
        ("The interview transcripts should not be published.", "unclear"),
        ("The locations of the safe houses must never be disclosed.", "unclear"),
        ("The statistics must not be published until June.", "unclear"),
        ("Les entretiens ne doivent pas être publiés.", "unclear"),
        # Said of what is sent, or of a part of it, it stays a refusal.
        ("This document must not be published.", "confidential"),
        ("Annex 2 must not be published.", "confidential"),
        # A fact told of the world is no request.
        ("Medical records are not published.", "unspecified"),
    ],
)  # fmt: skip
def test_a_rule_stated_for_the_world_goes_to_an_officer(text: str, expected: str) -> None:
    assert decide([Place("document", text, anchored=True)]).value == expected


@pytest.mark.parametrize(
    "text",
    [
        "You may publish it, but please do so without naming the clinic: we are the only one.",
        "Vous pouvez le publier et le citer, mais à condition que mon nom n'apparaisse nulle part.",
        "Pueden publicarlo, siempre que mi nombre no aparezca en ninguna parte.",
        "Me dirijo a usted: publíquenlo sin mi nombre.",
    ],
)
def test_consent_with_the_name_left_out_is_anonymous_publication(text: str) -> None:
    found = decide([Place("body", text)])
    assert (found.value, "anonymous" in found.flags) == ("publish", True)


def test_an_authorisation_is_no_author() -> None:
    """ "sin mi autorización" speaks of consent, not of the author's name."""
    text = "El hospital entregó mi historia clínica a la empresa, sin mi autorización."
    assert "anonymous" not in decide([Place("document", text, anchored=True)]).flags


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        # A recommendation or a demand that others publish a thing of the world: the topic.
        ("We recommend publishing the inspection criteria for every region.", "body",
         "unspecified"),
        ("Recomendamos que las autoridades publiquen el registro de sanciones.", "document",
         "unspecified"),
        ("Nous demandons la publication des critères d'attribution des bourses.", "document",
         "unspecified"),
        ("We urge ministries to make public the list of approved suppliers.", "document",
         "unspecified"),
        # A heading or a phrase whose subject is confidentiality or an identity of the world.
        ("Aporte sobre la confidencialidad de las fuentes periodísticas", "document",
         "unspecified"),
        ("Contribution on the confidentiality of arbitration awards", "body", "unspecified"),
        ("Contribution : identité numérique et protection des retraités", "subject",
         "unspecified"),
        ("Aporte: identidad digital y protección de los jubilados", "body", "unspecified"),
        # The same verbs said of what is sent or its parts stay requests.
        ("We recommend that this submission not be made public.", "body", "confidential"),
        ("We recommend that it not be published.", "document", "confidential"),
        ("Recomendamos que no se publique.", "body", "confidential"),
        ("We urge you not to publish the annex.", "body", "confidential"),
        ("Nous demandons de publier le résumé mais pas l'annexe.", "body", "unclear"),
        ("We recommend publishing the annex only after 1 May.", "body", "unclear"),
        ("Nous demandons la publication de notre contribution après le 2 avril.", "body",
         "unclear"),
    ],
)  # fmt: skip
def test_a_recommendation_for_the_world_is_the_topic(text: str, where: str, expected: str) -> None:
    anchored = where == "document"
    assert decide([Place(where, text, anchored=anchored)]).value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What happened to a name or the writer's things, told in the past: no request.
        ("A clerk later mentioned my diagnosis to my landlord.", "unspecified"),
        ("My name appeared on a notice board at the depot.", "unspecified"),
        ("Mon nom figurait sur un tableau affiché dans le couloir de la mairie.", "unspecified"),
        ("Mi nombre aparecía en una lista colgada en la entrada de la oficina.", "unspecified"),
        # With a wish, a negation, the reader or what is sent, it stays for an officer.
        ("Mi nombre aparecía en una lista; no quiero que aparezca en su sitio.", "unclear"),
        ("Our names appeared in the annex.", "unclear"),
        ("My name appeared on your website last year.", "unclear"),
        ("If my name appeared, I would lose my job.", "unclear"),
    ],
)  # fmt: skip
def test_an_account_of_the_past_in_a_document_is_no_request(text: str, expected: str) -> None:
    assert decide([Place("document", text, anchored=True)]).value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A wish that the reader refrain, or keep to one use, that no rule reads: an officer.
        ("Please use this solely to inform the report.", "unclear"),
        ("Merci de n'utiliser ce texte que pour le rapport.", "unclear"),
        ("Por favor úsenlo solo para el informe.", "unclear"),
        # Not a wish about what is sent.
        ("Please do not hesitate to contact us.", "unspecified"),
        ("Please let me know if the link does not work.", "unspecified"),
        ("Merci de ne pas tenir compte du premier envoi.", "unspecified"),
        ("Please note that we do not have data for 2019.", "unspecified"),
    ],
)  # fmt: skip
def test_a_request_to_refrain_that_no_rule_reads_goes_to_an_officer(
    text: str, expected: str
) -> None:
    assert decide([Place("body", text)]).value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A request about the text at hand, in words no rule reads: an officer reads it.
        ("Could you hold this among the experts who draft the report?", "unclear"),
        ("We would ask that the annex stay with your office.", "unclear"),
        ("Je vous prie de réserver ce texte aux membres du Groupe.", "unclear"),
        ("Les rogamos que este documento se quede en su oficina.", "unclear"),
        ("Kindly treat it the way you treat individual complaints.", "unclear"),
        # The harmless requests about a text, and requests about the world: nothing said.
        ("Please find the document attached.", "unspecified"),
        ("Could you confirm that this arrived?", "unspecified"),
        ("Kindly disregard the earlier version and use this one.", "unspecified"),
        ("Veuillez agréer l'expression de notre haute considération.", "unspecified"),
        ("Nous vous prions d'excuser le retard de notre contribution.", "unspecified"),
        ("Pedimos que en estos centros haya intérpretes.", "unspecified"),
        ("We would ask the Group to recommend that States license escort firms.", "unspecified"),
    ],
)  # fmt: skip
def test_a_request_about_the_text_that_no_rule_reads_goes_to_an_officer(
    text: str, expected: str
) -> None:
    assert decide([Place("body", text)]).value == expected
    prose = decide([Place("document", text, anchored=True)]).value
    assert prose in ("unspecified", expected)  # in a document's prose the net is not cast


@pytest.mark.parametrize(
    ("text", "expected", "flags"),
    [
        # A request in French that elides "de" ("merci d'…") is a request all the same.
        ("Merci d'utiliser ce texte avec la plus grande retenue.", "unclear", ""),
        # The text put under a description: published without the writer's name.
        ("Vous pouvez la publier. Merci d'attribuer la note à une association de juristes.",
         "publish", "anonymous"),
        ("Pueden publicarlo. Les pedimos atribuir el texto a una red de albergues.",
         "publish", "anonymous"),
        # The byline is the writer's name.
        ("Fine to publish it on the website, but without a byline.", "publish", "anonymous"),
        ("You may post it, with the byline dropped.", "publish", "anonymous"),
        # "The confidential nature of the contracts" is the topic; of this text, a request.
        ("Confidential nature of the submission | Partly (see e-mail)", "unclear", ""),
        ("Carácter confidencial del aporte | Parcialmente, ver correo", "unclear", ""),
        # Kept inside the body that reads it.
        ("Le dossier doit rester interne au secrétariat.", "confidential", ""),
        ("The whole file should remain internal to the Working Group.", "confidential", ""),
        ("Este material debe quedar interno a la Secretaría.", "confidential", ""),
    ],
)  # fmt: skip
def test_requests_in_elided_french_bylines_and_attributions(
    text: str, expected: str, flags: str
) -> None:
    found = decide([Place("body", text)])
    assert found.value == expected, found.evidence
    assert {f for f in flags.split(",") if f} <= set(found.flags)


@pytest.mark.parametrize(
    "text",
    [
        # A consent beside a disagreement, or followed with no "but" by a refusal.
        "We're split on it: some of us are fine with it going online, others disagree.",
        "Une partie du bureau veut bien la publier, l'autre préfère qu'elle reste confidentielle.",
        "Estamos divididos: algunos aceptan que se publique, otros no están de acuerdo.",
        # A consent whose decision is someone else's.
        "Happy in principle for it to be posted, but the decision rests with our trustees.",
        "Nous sommes d'accord pour la mise en ligne, mais c'est notre conseil qui décidera.",
        "Aceptamos la publicación, aunque la decisión corresponde a nuestra junta directiva.",
    ],
)
def test_a_consent_others_may_overrule_is_for_an_officer(text: str) -> None:
    assert decide([Place("body", text)]).value in ("unclear", "confidential")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A form's yes or no to a question about publication that no rule reads.
        ("3. Should your input go on the call's web page?\nNo", "confidential"),
        ("Is this for the Working Group only?\nNo", "unclear"),
    ],
)
def test_a_no_to_a_question_about_publication_is_never_silence(text: str, expected: str) -> None:
    assert decide([Place("body", text)]).value == expected


@pytest.mark.parametrize(
    "text",
    [
        # Anonymity refused with the rest, the name said to be removed.
        "We do not want any of it published, not even with our names removed.",
        "Rien ne doit être diffusé, pas même avec nos noms retirés.",
        "No queremos que se publique nada, ni siquiera con los nombres borrados.",
    ],
)
def test_not_even_with_the_name_removed_is_a_refusal(text: str) -> None:
    assert decide([Place("body", text)]).value == "confidential"


@pytest.mark.parametrize(
    "text",
    [
        # The Office's own site named, with no word for the writer or the text.
        "Under no circumstances should these pages appear on the website of the OHCHR.",
        "Ces pages ne doivent pas apparaître sur le portail du Haut-Commissariat.",
        "Estas páginas no deben aparecer en la página del ACNUDH.",
        # The Working Group as the only reader, in French and Spanish word order.
        "Le réseau adresse ces récits au seul Groupe de travail.",
        "La red dirige estos relatos al solo grupo de trabajo.",
        # Kept in a state of not being out, whatever the verb.
        "We'd like our report to stay offline for now.",
        "Nous voudrions que notre rapport reste hors ligne pour l'instant.",
        "Queremos que nuestro informe quede sin publicar por ahora.",
        # An organisation's letterhead or logo is its name.
        "The contents may go up, but the logo may not.",
    ],
)
def test_a_site_a_sole_reader_offline_or_a_letterhead_goes_to_an_officer(text: str) -> None:
    assert decide([Place("body", text)]).value in ("unclear", "confidential")


@pytest.mark.parametrize(
    "text",
    [
        "Publication: yes\nName: no",
        "Nom de l'organisation\nAucun, merci",
        "Nombre a mostrar\nNinguno, por favor",
        "Credit to be given\nNone - describe us as a local group",
    ],
)
def test_a_name_field_answered_by_a_refusal_asks_for_anonymity(text: str) -> None:
    assert "anonymous" in decide([Place("body", text)]).flags


def test_a_name_field_with_a_name_is_no_request() -> None:
    decided = decide([Place("body", "Name: Ana Ruiz\nAutorización de publicación: No")])
    assert "anonymous" not in decided.flags


def test_a_consent_with_the_logo_is_a_consent() -> None:
    text = "We're happy for our report to appear on your website with our letterhead."
    assert decide([Place("body", text)]).value == "publish"


@pytest.mark.parametrize(
    "text",
    [
        # Kept from going around or appearing anywhere, in words no publication list holds.
        "I'm sending it so you understand what happened, not so that it gets passed around.",
        "Just so you know, I don't want this going anywhere.",
        "My mother wants you to know what happened, but she begs that none of it be put anywhere.",
        "Our legal team has advised that the statements cannot leave the Working Group's hands.",
        "Nos membres demandent que leurs paroles ne quittent pas le Groupe de travail.",
        "Il serait préférable que ce document ne soit pas repris ailleurs.",
        "We would not like this to appear before the debate in parliament.",
        "I'd prefer nobody else sees this.",
        "Please keep the map to yourselves.",
        # Kept to one use, or passed on in the trust it came in.
        "The Ministry requests that this information be used solely for the report.",
        "El Ministerio solicita que la información se utilice únicamente para el informe.",
        "These documents were given to us in trust and we pass them on in the same trust.",
        "Ces documents nous ont été confiés et nous vous les confions de la même manière.",
        "Estos documentos nos fueron confiados y se los confiamos del mismo modo.",
        # A question answered in a word.
        "Regarding your question about putting our input up with the others: better not.",
        "En cuanto a su pregunta sobre subir nuestra respuesta a la página: mejor no.",
        # Meant for the reader alone.
        "Ceci est juste pour vous.",
    ],
)
def test_a_text_kept_from_going_around_goes_to_an_officer(text: str) -> None:
    assert decide([Place("body", text)]).value in ("unclear", "confidential")


@pytest.mark.parametrize(
    "text",
    [
        # The writer put as one of a kind, or by initials: a request about the name.
        "You can put my account with the others, but sign it only with the initials R.M.",
        "Consentimos en la publicación, atribuyéndola a «una red de organizaciones».",
        "Vous pouvez la publier en l'attribuant à une mère.",
        "Publish under 'a network of legal aid providers'.",
        "You can publish it, just say it comes from a mother whose son was deported.",
        "Vous pouvez publier, mais sans que l'on sache qui je suis.",
        "It can go up signed 'a former escort officer'.",
        "Vous pouvez la mettre en ligne, signée « une mère ».",
        "You can publish it, but nobody must be able to tell it was me.",
        "Fine to publish, but leave out anything that would point to me.",
        # A yes with a part taken out.
        "Acceptez-vous la publication de votre contribution ?\nOui, hors annexe 3.",
        "Can we publish your submission?\nyes, minus annex 2",
        # Not decided, or waiting for another's clearance.
        "I haven't made up my mind about whether this should go up.",
        "Nous attendons le feu vert du ministère.",
        # A consent with advice to wait.
        "Je suis d'accord pour la publication, mais mon avocat me conseille d'attendre.",
        "You may publish it, but our counsel has advised us to wait.",
        # A question about limits on use answered by a pointer elsewhere.
        "Any restrictions we should know about?\nsee cover letter",
        "¿Alguna restricción sobre el uso?\nver carta adjunta",
        "Conditions of use\nsee cover letter",
        "The submission can be published, but his details must be removed.",
        "It can be published, just not in a way that lets the operator work out who talked to you.",
    ],
)
def test_a_consent_that_says_how_the_writer_is_named_or_waits_is_never_plain(text: str) -> None:
    assert decide([Place("body", text)]).value in ("unclear", "confidential")


def test_a_question_on_something_else_answered_elsewhere_is_no_request() -> None:
    assert decide([Place("body", "Who can we contact?\nsee cover letter")]).value == "unspecified"
