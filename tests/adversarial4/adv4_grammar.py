# ruff: noqa: E501 - the phrase parts are data, kept one to a line
"""The fourth adversarial collection's grammar: phrase parts in English, French and
Spanish, crossed into statements about publication and labelled by what an officer would
decide.

A statement has an owner (we, our organisation, the Mission, I, the authors), a form of
consent or refusal (said by the owner, in the passive, or with no subject at all), a verb
of publishing or disclosing, an object (the submission, the annex, the report, this
message, the owner's name, the names of victims or staff), sometimes a scope (on the
website, outside the Working Group, to the State concerned) and, for consent, sometimes a
condition (a date, an anonymised form, a summary only, a director's approval). Two
sentences may be put together: consent then a refusal about the name (anonymous), about
the same document (a contradiction) or about the victims' names. Sentences about the
topic that request nothing are the `silent` statements.

Every part that carries meaning (verbs, forms, objects, conditions, silent sentences)
belongs to family A or B. A statement with any part of family B is in the frozen half;
one with parts of family A only is in the tune half. The combinations are drawn with a
fixed seed, so every run yields the same statements.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass

LANGS = ("en", "fr", "es")
PERSONS = ("1pl", "1sg", "3sg", "3pl")
# Per language and half: how many statements of each label.
QUOTA = {"publish": 20, "confidential": 20, "anonymous": 12, "cannot_tell": 16, "silent": 12}
SHORT = {"publish": "P", "confidential": "C", "anonymous": "A", "cannot_tell": "U", "silent": "S"}


@dataclass(frozen=True)
class Verb:
    key: str
    family: str
    objects: str  # the object kinds it takes: d(ocument) n(ame) p(erson) v(ictims)
    forms: dict[str, str]  # inf, subj, pp, ger, noun (with its article and "of")
    scopes: str = "w"  # w(ebsite, publicly) a(udience: outside, the State) r(eport)
    consent: bool = True  # reads as consent in "you may ..."


@dataclass(frozen=True)
class Obj:
    key: str
    family: str
    kind: str  # d n p v, and "annex" objects are kind d with key "annex"
    text: str
    gender: str = "m"  # m f (FR, ES)
    plural: bool = False


@dataclass(frozen=True)
class Form:
    key: str
    family: str
    polarity: str  # "refuse" or "consent"
    needs: str  # the verb form it uses: inf subj pp ger noun
    text: str | dict[str, str]  # by person when conjugated


@dataclass(frozen=True)
class Owner:
    key: str
    person: str
    text: str  # the subject as written at the start of a sentence
    names: tuple[Obj, Obj]  # the owner's name (family A), identity (family B)
    pronoun: str  # as an object of "identify", "name"; "" when it needs a clitic


@dataclass(frozen=True)
class Statement:
    lang: str
    label: str  # publish confidential anonymous cannot_tell silent
    half: str  # tune frozen
    text: str
    recipe: str
    parts: tuple[str, ...]  # "slot:key:family" of each part that carries meaning


# -- the parts ---------------------------------------------------------------------------


def _verb(
    lang: str, key: str, family: str, objects: str, scopes: str, consent: bool = True, **forms: str
) -> Verb:
    if lang == "en":
        forms.setdefault("subj", forms["inf"])
    return Verb(key, family, objects, forms, scopes, consent)


def _owner(
    key: str,
    person: str,
    text: str,
    name: tuple[str, str, bool],
    identity: tuple[str, str, bool],
    pronoun: str,
) -> Owner:
    parts = (Obj("name", "A", "n", *name), Obj("identity", "B", "n", *identity))
    return Owner(key, person, text, parts, pronoun)


# fmt: off
M, F = "m", "f"

OWNERS: dict[str, list[Owner]] = {
    "en": [
        _owner("we", "1pl", "We", ("our name", M, False), ("the identity of our organisation", F, False), "us"),
        _owner("org", "3sg", "Our organisation", ("its name", M, False), ("the organisation's identity", F, False), "it"),
        _owner("mission", "3sg", "The Mission", ("its name", M, False), ("the identity of the Government", F, False), ""),
        _owner("i", "1sg", "I", ("my name", M, False), ("my identity", F, False), "me"),
        _owner("authors", "3pl", "The authors", ("their names", M, True), ("their identities", F, True), "them"),
    ],
    "fr": [
        _owner("we", "1pl", "Nous", ("notre nom", M, False), ("l'identité de notre organisation", F, False), "notre organisation"),
        _owner("org", "3sg", "Notre organisation", ("son nom", M, False), ("son identité", F, False), ""),
        _owner("mission", "3sg", "La Mission", ("son nom", M, False), ("l'identité de l'État", F, False), ""),
        _owner("i", "1sg", "Je", ("mon nom", M, False), ("mon identité", F, False), ""),
        _owner("authors", "3pl", "Les auteurs", ("leurs noms", M, True), ("leur identité", F, False), ""),
    ],
    "es": [
        _owner("we", "1pl", "", ("nuestro nombre", M, False), ("la identidad de nuestra organización", F, False), "nuestra organización"),
        _owner("org", "3sg", "Nuestra organización", ("su nombre", M, False), ("su identidad", F, False), ""),
        _owner("mission", "3sg", "La Misión", ("su nombre", M, False), ("la identidad del Estado", F, False), ""),
        _owner("i", "1sg", "", ("mi nombre", M, False), ("mi identidad", F, False), ""),
        _owner("authors", "3pl", "Los autores", ("sus nombres", M, True), ("su identidad", F, False), ""),
    ],
}

# Verbs: d(ocument) n(ame) p(erson) v(ictims' or staff's names) objects; scopes w(ebsite)
# a(udience) r(eport).
VERBS: dict[str, list[Verb]] = {
    "en": [
        _verb("en", "publish", "A", "dnv", "wr", inf="publish", pp="published", ger="publishing", noun="publication of"),
        _verb("en", "post", "A", "d", "w", inf="post", pp="posted", ger="posting"),
        _verb("en", "share", "A", "dnv", "a", inf="share", pp="shared", ger="sharing"),
        _verb("en", "circulate", "A", "d", "a", inf="circulate", pp="circulated", ger="circulating", noun="circulation of"),
        _verb("en", "quote", "A", "d", "r", False, inf="quote", pp="quoted", ger="quoting"),
        _verb("en", "mention", "A", "nv", "wr", inf="mention", pp="mentioned", ger="mentioning"),
        _verb("en", "identify", "A", "p", "w", inf="identify", ger="identifying"),
        _verb("en", "disclose", "A", "dnv", "a", inf="disclose", pp="disclosed", ger="disclosing", noun="disclosure of"),
        _verb("en", "put_online", "B", "d", "", inf="put {O} online", pp="put online", ger="putting {O} online"),
        _verb("en", "make_public", "B", "d", "", inf="make {O} public", pp="made public", ger="making {O} public"),
        _verb("en", "disseminate", "B", "d", "a", inf="disseminate", pp="disseminated", ger="disseminating", noun="dissemination of"),
        _verb("en", "reproduce", "B", "d", "w", inf="reproduce", pp="reproduced", ger="reproducing", noun="reproduction of"),
        _verb("en", "upload", "B", "d", "w", inf="upload", pp="uploaded", ger="uploading"),
        _verb("en", "release", "B", "dv", "a", inf="release", pp="released", ger="releasing", noun="release of"),
        _verb("en", "cite", "B", "dn", "r", False, inf="cite", pp="cited", ger="citing"),
        _verb("en", "reveal", "B", "nv", "a", False, inf="reveal", pp="revealed", ger="revealing"),
        _verb("en", "name", "B", "p", "w", inf="name", ger="naming"),
        _verb("en", "credit", "B", "p", "r", inf="credit", ger="crediting"),
        _verb("en", "attribute", "B", "p", "", inf="attribute this submission to", ger="attributing this submission to", noun="attribution of this submission to"),
    ],
    "fr": [
        _verb("fr", "publish", "A", "dnv", "wr", inf="publier", subj="publiiez", pp="publié{e}", noun="publication de"),
        _verb("fr", "disseminate", "A", "d", "a", inf="diffuser", subj="diffusiez", pp="diffusé{e}", noun="diffusion de"),
        _verb("fr", "share", "A", "dnv", "a", inf="partager", subj="partagiez", pp="partagé{e}"),
        _verb("fr", "quote", "A", "dn", "r", False, inf="citer", subj="citiez", pp="cité{e}"),
        _verb("fr", "mention", "A", "nv", "wr", inf="mentionner", subj="mentionniez", pp="mentionné{e}"),
        _verb("fr", "identify", "A", "p", "w", inf="identifier", subj="identifiiez"),
        _verb("fr", "disclose", "A", "dnv", "a", inf="divulguer", subj="divulguiez", pp="divulgué{e}", noun="divulgation de"),
        _verb("fr", "put_online", "B", "d", "", inf="mettre en ligne", subj="mettiez en ligne", pp="mis{e} en ligne", noun="mise en ligne de"),
        _verb("fr", "make_public", "B", "d", "", inf="rendre {public}", subj="rendiez {public}", pp="rendu{e} {public}"),
        _verb("fr", "reproduce", "B", "d", "w", inf="reproduire", subj="reproduisiez", pp="reproduit{e}", noun="reproduction de"),
        _verb("fr", "circulate", "B", "d", "a", inf="faire circuler", subj="fassiez circuler", noun="circulation de"),
        _verb("fr", "communicate", "B", "dv", "a", False, inf="communiquer", subj="communiquiez", pp="communiqué{e}", noun="communication de"),
        _verb("fr", "upload", "B", "d", "w", inf="téléverser", subj="téléversiez", pp="téléversé{e}"),
        _verb("fr", "reveal", "B", "nv", "a", False, inf="révéler", subj="révéliez", pp="révélé{e}"),
        _verb("fr", "name", "B", "p", "w", inf="nommer", subj="nommiez"),
        _verb("fr", "attribute", "B", "p", "", inf="attribuer cette contribution à", subj="attribuiez cette contribution à", noun="attribution de cette contribution à"),
    ],
    "es": [
        _verb("es", "publish", "A", "dnv", "wr", inf="publicar", subj="publiquen", pp="publicad{o}", noun="publicación de"),
        _verb("es", "disseminate", "A", "d", "a", inf="difundir", subj="difundan", pp="difundid{o}", noun="difusión de"),
        _verb("es", "share", "A", "dnv", "a", inf="compartir", subj="compartan", pp="compartid{o}"),
        _verb("es", "quote", "A", "dn", "r", False, inf="citar", subj="citen", pp="citad{o}"),
        _verb("es", "mention", "A", "nv", "wr", inf="mencionar", subj="mencionen", pp="mencionad{o}"),
        _verb("es", "identify", "A", "p", "w", inf="identificar a", subj="identifiquen a"),
        _verb("es", "disclose", "A", "dnv", "a", inf="divulgar", subj="divulguen", pp="divulgad{o}", noun="divulgación de"),
        _verb("es", "upload", "B", "d", "", inf="subir {O} a internet", subj="suban {O} a internet", pp="subid{o} a internet"),
        _verb("es", "make_public", "B", "d", "", inf="hacer {público}", subj="hagan {público}", pp="hech{o} {público}"),
        _verb("es", "reproduce", "B", "d", "w", inf="reproducir", subj="reproduzcan", pp="reproducid{o}", noun="reproducción de"),
        _verb("es", "circulate", "B", "d", "a", inf="hacer circular", subj="hagan circular", noun="circulación de"),
        _verb("es", "communicate", "B", "dv", "a", False, inf="comunicar", subj="comuniquen", pp="comunicad{o}", noun="comunicación de"),
        _verb("es", "put_online", "B", "d", "", inf="poner en línea", subj="pongan en línea", pp="puest{o} en línea"),
        _verb("es", "reveal", "B", "nv", "a", False, inf="revelar", subj="revelen", pp="revelad{o}"),
        _verb("es", "name", "B", "p", "w", inf="nombrar a", subj="nombren a"),
        _verb("es", "attribute", "B", "p", "", inf="atribuir este aporte a", subj="atribuyan este aporte a", noun="atribución de este aporte a"),
    ],
}

OBJECTS: dict[str, list[Obj]] = {
    "en": [
        Obj("submission", "A", "d", "this submission"),
        Obj("attached", "A", "d", "the attached document"),
        Obj("report", "A", "d", "the enclosed report"),
        Obj("annex", "A", "d", "the annex"),
        Obj("victims", "A", "v", "the names of the victims", M, True),
        Obj("staff", "A", "v", "the names of our staff", M, True),
        Obj("contribution", "B", "d", "this contribution"),
        Obj("email", "B", "d", "this e-mail"),
        Obj("annex", "B", "d", "Annex 2"),
        Obj("witnesses", "B", "v", "the names of the witnesses", M, True),
        Obj("researchers", "B", "v", "the identities of our field researchers", F, True),
    ],
    "fr": [
        Obj("submission", "A", "d", "cette contribution", F),
        Obj("attached", "A", "d", "le document ci-joint", M),
        Obj("report", "A", "d", "le rapport ci-joint", M),
        Obj("annex", "A", "d", "l'annexe", F),
        Obj("victims", "A", "v", "les noms des victimes", M, True),
        Obj("staff", "A", "v", "les noms de nos collaborateurs", M, True),
        Obj("contribution", "B", "d", "la présente soumission", F),
        Obj("email", "B", "d", "ce courriel", M),
        Obj("annex", "B", "d", "l'annexe 2", F),
        Obj("witnesses", "B", "v", "les noms des témoins", M, True),
        Obj("researchers", "B", "v", "l'identité de nos enquêteurs", F),
    ],
    "es": [
        Obj("submission", "A", "d", "este aporte", M),
        Obj("attached", "A", "d", "el documento adjunto", M),
        Obj("report", "A", "d", "el informe adjunto", M),
        Obj("annex", "A", "d", "el anexo", M),
        Obj("victims", "A", "v", "los nombres de las víctimas", M, True),
        Obj("staff", "A", "v", "los nombres de nuestro personal", M, True),
        Obj("contribution", "B", "d", "la presente contribución", F),
        Obj("email", "B", "d", "este correo", M),
        Obj("annex", "B", "d", "el anexo 2", M),
        Obj("witnesses", "B", "v", "los nombres de los testigos", M, True),
        Obj("researchers", "B", "v", "la identidad de nuestros investigadores", F),
    ],
}

# {S} the owner, {V} the verb's form that `needs` names, {NV} the same negated with "pas"
# (FR), {O} the object, {X} the scope; the rest are conjugations (CONJ, BE).
FORMS: dict[str, list[Form]] = {
    "en": [
        Form("please_not", "A", "refuse", "inf", "Please do not {V} {O}{X}."),
        Form("not_authorise", "A", "refuse", "inf", "{S} {do} not authorise you to {V} {O}{X}."),
        Form("not_to_be", "A", "refuse", "pp", "{O} {is} not to be {V}{X}."),
        Form("no_circumstances", "A", "refuse", "pp", "Under no circumstances should {O} be {V}{X}."),
        Form("object_to", "A", "refuse", "noun", "{S} object{s} to the {V} {O}{X}."),
        Form("rather_not", "A", "refuse", "subj", "{S} would rather you did not {V} {O}{X}."),
        Form("refrain", "A", "refuse", "ger", "Kindly refrain from {V} {O}{X}."),
        Form("never", "B", "refuse", "pp", "{O} must never be {V}{X}."),
        Form("not_consent", "B", "refuse", "noun", "{S} {do} not consent to the {V} {O}{X}."),
        Form("avoid", "B", "refuse", "ger", "Kindly avoid {V} {O}{X}."),
        Form("prefer_not", "B", "refuse", "subj", "{S} would prefer that you not {V} {O}{X}."),
        Form("no_noun", "B", "refuse", "noun", "There is to be no {V} {O}{X}."),
        Form("understanding", "B", "refuse", "pp", "This information is sent on the understanding that {O} will not be {V}{X}."),
        Form("not_wish", "B", "refuse", "pp", "{S} {do} not wish {O} to be {V}{X}."),
        Form("may", "A", "consent", "inf", "You may {V} {O}{X}."),
        Form("no_objection", "A", "consent", "noun", "{S} {have} no objection to the {V} {O}{X}."),
        Form("can_be", "A", "consent", "pp", "{O} can be {V}{X}."),
        Form("nothing_prevents", "B", "consent", "ger", "Nothing prevents you from {V} {O}{X}."),
        Form("hereby", "B", "consent", "inf", "{S} hereby authorise{s} you to {V} {O}{X}."),
        Form("not_object", "B", "consent", "noun", "{S} {do} not object to the {V} {O}{X}."),
        Form("happy", "B", "consent", "pp", "{S} {are} happy for {O} to be {V}{X}."),
    ],
    "fr": [
        Form("please_not", "A", "refuse", "inf", "Merci de ne pas {V} {O}{X}."),
        Form("not_authorise", "A", "refuse", "inf", "{S} ne vous autoris{er} pas à {V} {O}{X}."),
        Form("not_to_be", "A", "refuse", "pp", "{O} ne {doit} pas être {V}{X}."),
        Form("no_circumstances", "A", "refuse", "pp", "En aucun cas {O} ne {doit} être {V}{X}."),
        Form("object_to", "A", "refuse", "noun", "{S} {se}oppos{er} à la {V} {O}{X}."),
        Form("rather_not", "A", "refuse", "subj", "{S} préférer{ait} que vous ne {NV} {O}{X}."),
        Form("refrain", "A", "refuse", "inf", "Nous vous prions de vous abstenir de {V} {O}{X}."),
        Form("never", "B", "refuse", "pp", "{O} ne {doit} jamais être {V}{X}."),
        Form("not_consent", "B", "refuse", "noun", "{S} ne {consent} pas à la {V} {O}{X}."),
        Form("avoid", "B", "refuse", "inf", "Nous vous saurions gré d'éviter de {V} {O}{X}."),
        Form("wish_not", "B", "refuse", "pp", "{S} souhait{er} que {O} ne {soit} pas {V}{X}."),
        Form("no_noun", "B", "refuse", "noun", "Aucune {V} {O} n'est autorisée{X}."),
        Form("understanding", "B", "refuse", "pp", "Nous transmettons ces informations étant entendu que {O} ne {sera} pas {V}{X}."),
        Form("not_wish", "B", "refuse", "subj", "{S} ne souhait{er} pas que vous {V} {O}{X}."),
        Form("may", "A", "consent", "inf", "Vous pouvez {V} {O}{X}."),
        Form("no_objection", "A", "consent", "noun", "{S} n'{avoir} aucune objection à la {V} {O}{X}."),
        Form("can_be", "A", "consent", "pp", "{O} {peut} être {V}{X}."),
        Form("nothing_prevents", "B", "consent", "inf", "Rien ne vous empêche de {V} {O}{X}."),
        Form("hereby", "B", "consent", "inf", "{S} vous autoris{er} à {V} {O}{X}."),
        Form("not_object", "B", "consent", "noun", "{S} ne {se}oppos{er} pas à la {V} {O}{X}."),
    ],
    "es": [
        Form("please_not", "A", "refuse", "inf", "Les rogamos no {V} {O}{X}."),
        Form("not_authorise", "A", "refuse", "inf", "{S} no les autoriz{ar} a {V} {O}{X}."),
        Form("not_to_be", "A", "refuse", "pp", "{O} no {debe} ser {V}{X}."),
        Form("no_circumstances", "A", "refuse", "pp", "Bajo ninguna circunstancia {O} {debe} ser {V}{X}."),
        Form("object_to", "A", "refuse", "noun", "{S} {oponer} a la {V} {O}{X}."),
        Form("rather_not", "A", "refuse", "subj", "{S} preferir{ia} que no {V} {O}{X}."),
        Form("refrain", "A", "refuse", "inf", "Les pedimos que se abstengan de {V} {O}{X}."),
        Form("never", "B", "refuse", "pp", "{O} jamás {debe} ser {V}{X}."),
        Form("not_consent", "B", "refuse", "noun", "{S} no {consentir} la {V} {O}{X}."),
        Form("avoid", "B", "refuse", "inf", "Les agradeceríamos evitar {V} {O}{X}."),
        Form("wish_not", "B", "refuse", "pp", "{S} dese{ar} que {O} no {sea} {V}{X}."),
        Form("no_noun", "B", "refuse", "noun", "No se autoriza la {V} {O}{X}."),
        Form("understanding", "B", "refuse", "pp", "Remitimos esta información en el entendido de que {O} no {será} {V}{X}."),
        Form("not_wish", "B", "refuse", "subj", "{S} no dese{ar} que {V} {O}{X}."),
        Form("may", "A", "consent", "inf", "Pueden {V} {O}{X}."),
        Form("no_objection", "A", "consent", "noun", "{S} no {tener} objeción alguna a la {V} {O}{X}."),
        Form("can_be", "A", "consent", "pp", "{O} {puede} ser {V}{X}."),
        Form("nothing_prevents", "B", "consent", "inf", "Nada les impide {V} {O}{X}."),
        Form("hereby", "B", "consent", "inf", "{S} les autoriz{ar} a {V} {O}{X}."),
        Form("not_object", "B", "consent", "noun", "{S} no {oponer} a la {V} {O}{X}."),
    ],
}

# Scopes by kind; a dict chooses the preposition by verb ("*" for the others).
SCOPES: dict[str, dict[str, list[str | dict[str, str]]]] = {
    "en": {
        "w": [" on your website", " publicly", " on the OHCHR website", " online"],
        "a": [" outside the Working Group", " beyond the OHCHR", {"share": " with the State concerned", "*": " to the State concerned"}, {"share": " with third parties", "*": " to third parties"}],
        "r": [" in the report", " in the Working Group's report"],
    },
    "fr": {
        "w": [" sur votre site web", " publiquement", " sur le site du HCDH", " en ligne"],
        "a": [" en dehors du Groupe de travail", " au-delà du HCDH", {"share": " avec l'État concerné", "*": " à l'État concerné"}, {"share": " avec des tiers", "*": " à des tiers"}],
        "r": [" dans le rapport", " dans le rapport du Groupe de travail"],
    },
    "es": {
        "w": [" en su sitio web", " públicamente", " en el sitio web del ACNUDH", " en internet"],
        "a": [" fuera del Grupo de Trabajo", " más allá del ACNUDH", {"share": " con el Estado concernido", "*": " al Estado concernido"}, {"share": " con terceros", "*": " a terceros"}],
        "r": [" en el informe", " en el informe del Grupo de Trabajo"],
    },
}

# Conditions put after consent: family, text, what they make of it (U or A).
CONDITIONS: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        ("A", ", but only after 1 June 2020", "U"),
        ("A", ", provided that the names of the witnesses are removed", "U"),
        ("A", ", but only in anonymised form", "A"),
        ("B", ", subject to the approval of our director", "U"),
        ("B", ", but only the executive summary", "U"),
        ("B", ", on condition that no reference is made to its authors", "A"),
    ],
    "fr": [
        ("A", ", mais seulement après le 1er juin 2020", "U"),
        ("A", ", à condition que les noms des témoins soient supprimés", "U"),
        ("A", ", mais uniquement sous une forme anonymisée", "A"),
        ("B", ", sous réserve de l'accord de notre directrice", "U"),
        ("B", ", mais seulement le résumé analytique", "U"),
        ("B", ", à condition qu'aucune référence ne soit faite à ses auteurs", "A"),
    ],
    "es": [
        ("A", ", pero solo después del 1 de junio de 2020", "U"),
        ("A", ", siempre que se supriman los nombres de los testigos", "U"),
        ("A", ", pero únicamente de forma anonimizada", "A"),
        ("B", ", previa aprobación de nuestra directora", "U"),
        ("B", ", pero solo el resumen ejecutivo", "U"),
        ("B", ", a condición de que no se haga referencia alguna a sus autores", "A"),
    ],
}

# Sentences about the topic that request nothing, and what may lead them in.
SILENT: dict[str, tuple[list[str], list[tuple[str, str]]]] = {
    "en": (
        ["", "It should be recalled that ", "As documented in our research, "],
        [
            ("A", "The Ministry of the Interior published a report on the use of private security companies at border crossings in 2019."),
            ("A", "The contracts between the border agency and the company remain confidential, which prevents any public scrutiny."),
            ("A", "A confidential informant told the investigating judge that the guards had been recruited abroad."),
            ("A", "The new law on private security was published in the Official Gazette on 3 March 2019."),
            ("A", "Public procurement rules do not require the disclosure of subcontractors."),
            ("A", "The names of the companies involved were revealed by the press in 2018."),
            ("B", "Civil society organisations have called for the publication of all detention contracts."),
            ("B", "Several witnesses asked journalists not to publish their names, fearing reprisals."),
            ("B", "The company's annual report, made public last year, does not mention its operations at the border."),
            ("B", "The parliamentary inquiry held its hearings in private and its findings were never released."),
            ("B", "Under the 2017 decree, private guards may not share detainees' data with third parties."),
            ("B", "The court did not authorise the publication of the judgment, which remains under seal."),
        ],
    ),
    "fr": (
        ["", "Il convient de rappeler que ", "Comme le montrent nos recherches, "],
        [
            ("A", "Le ministère de l'Intérieur a publié en 2019 un rapport sur le recours aux sociétés de sécurité privées aux postes-frontières."),
            ("A", "Les contrats entre l'agence des frontières et la société restent confidentiels, ce qui empêche tout contrôle public."),
            ("A", "Un informateur confidentiel a déclaré au juge d'instruction que les gardes avaient été recrutés à l'étranger."),
            ("A", "La nouvelle loi sur la sécurité privée a été publiée au Journal officiel le 3 mars 2019."),
            ("A", "Les règles des marchés publics n'exigent pas la divulgation des sous-traitants."),
            ("A", "Les noms des entreprises concernées ont été révélés par la presse en 2018."),
            ("B", "Les organisations de la société civile réclament la publication de tous les contrats de détention."),
            ("B", "Plusieurs témoins ont demandé aux journalistes de ne pas publier leur nom, par crainte de représailles."),
            ("B", "Le rapport annuel de la société, rendu public l'an dernier, ne mentionne pas ses activités à la frontière."),
            ("B", "La commission d'enquête parlementaire a siégé à huis clos et ses conclusions n'ont jamais été diffusées."),
            ("B", "En vertu du décret de 2017, les agents privés ne peuvent pas communiquer à des tiers les données des personnes détenues."),
            ("B", "Le tribunal n'a pas autorisé la publication du jugement, qui reste sous scellés."),
        ],
    ),
    "es": (
        ["", "Cabe recordar que ", "Como muestran nuestras investigaciones, "],
        [
            ("A", "El Ministerio del Interior publicó en 2019 un informe sobre el uso de empresas de seguridad privada en los pasos fronterizos."),
            ("A", "Los contratos entre la agencia de fronteras y la empresa siguen siendo confidenciales, lo que impide todo control público."),
            ("A", "Un informante confidencial declaró ante el juez de instrucción que los guardias habían sido reclutados en el extranjero."),
            ("A", "La nueva ley de seguridad privada fue publicada en el Diario Oficial el 3 de marzo de 2019."),
            ("A", "Las normas de contratación pública no exigen la divulgación de los subcontratistas."),
            ("A", "Los nombres de las empresas implicadas fueron revelados por la prensa en 2018."),
            ("B", "Las organizaciones de la sociedad civil exigen la publicación de todos los contratos de detención."),
            ("B", "Varios testigos pidieron a los periodistas que no publicaran sus nombres por temor a represalias."),
            ("B", "El informe anual de la empresa, hecho público el año pasado, no menciona sus actividades en la frontera."),
            ("B", "La comisión parlamentaria sesionó a puerta cerrada y sus conclusiones nunca se difundieron."),
            ("B", "En virtud del decreto de 2017, los guardias privados no pueden compartir con terceros los datos de las personas detenidas."),
            ("B", "El tribunal no autorizó la publicación de la sentencia, que sigue bajo reserva."),
        ],
    ),
}
# fmt: on


# -- writing a sentence ------------------------------------------------------------------


def agree(lang: str, text: str, obj: Obj) -> str:
    """Fill the agreement marks: {e} (FR past participle), {o} (ES), {public} (FR, ES)."""
    fem, pl = obj.gender == "f", obj.plural
    if lang == "fr":
        public = "publique" if fem else "public"
        text = text.replace("{public}", public + ("s" if pl else ""))
        for match in re.finditer(r"(\w)\{e\}", text):
            ending = ("e" if fem else "") + (
                "s" if pl and not (match.group(1) == "s" and not fem) else ""
            )
            text = text.replace(match.group(0), match.group(1) + ending, 1)
        return text
    if lang == "es":
        text = text.replace("{público}", ("pública" if fem else "público") + ("s" if pl else ""))
        return text.replace("{o}", ("a" if fem else "o") + ("s" if pl else ""))
    return text


BE = {
    "en": {"is": ("is", "are"), "can": ("can", "can"), "must": ("must", "must")},
    "fr": {
        "doit": ("doit", "doivent"),
        "peut": ("peut", "peuvent"),
        "soit": ("soit", "soient"),
        "sera": ("sera", "seront"),
    },
    "es": {
        "debe": ("debe", "deben"),
        "puede": ("puede", "pueden"),
        "sea": ("sea", "sean"),
        "será": ("será", "serán"),
    },
}

CONJ: dict[str, dict[str, tuple[str, str, str, str]]] = {
    # 1pl 1sg 3sg 3pl
    "en": {
        "do": ("do", "do", "does", "do"),
        "have": ("have", "have", "has", "have"),
        "s": ("", "", "s", ""),
        "are": ("are", "am", "is", "are"),
    },
    "fr": {
        "er": ("ons", "e", "e", "ent"),
        "se": ("nous ", "m'", "s'", "s'"),
        "consent": ("consentons", "consens", "consent", "consentent"),
        "avoir": ("avons", "ai", "a", "ont"),
        "ait": ("ions", "ais", "ait", "aient"),
    },
    "es": {
        "ar": ("amos", "o", "a", "an"),
        "oponer": ("nos oponemos", "me opongo", "se opone", "se oponen"),
        "consentir": ("consentimos", "consiento", "consiente", "consienten"),
        "tener": ("tenemos", "tengo", "tiene", "tienen"),
        "ia": ("íamos", "ía", "ía", "ían"),
    },
}


def tidy(lang: str, text: str) -> str:
    """Elisions and contractions, a capital at the start, single spaces."""
    text = re.sub(r"\s+", " ", text).strip()
    if lang == "fr":
        text = re.sub(
            r"\b([dDnNjJ]e|[qQ]ue) ([aeiouéèêh])",
            lambda m: m.group(1)[:-1] + "'" + m.group(2),
            text,
        )
        text = re.sub(r"\bde le ", "du ", text)
        text = re.sub(r"\bde les ", "des ", text)
        text = re.sub(r"\bà les ", "aux ", text)
        text = re.sub(r"\bà le ", "au ", text)
    if lang == "es":
        text = re.sub(r"\bde el ", "del ", text)
        text = re.sub(r"\ba el ", "al ", text)
    return text[0].upper() + text[1:]


def sentence(lang: str, owner: Owner, form: Form, verb: Verb, obj: Obj, scope: str) -> str:
    template = form.text if isinstance(form.text, str) else form.text[owner.person]
    person = PERSONS.index(owner.person)
    out = template.replace("{S}", owner.text)
    for token, forms in CONJ[lang].items():
        out = out.replace("{" + token + "}", forms[person])
    for token, (one, many) in BE[lang].items():
        out = out.replace("{" + token + "}", many if obj.plural else one)
    written = verb.forms[form.needs]
    if "{NV}" in out:  # "ne publiiez pas", "ne mettiez pas en ligne"
        first, _, rest = written.partition(" ")
        written = f"{first} pas {rest}".strip()
        out = out.replace("{NV}", "{V}")
    if "{O}" in written:  # "put this submission online"
        out = out.replace("{V} {O}", written)
    out = out.replace("{V}", written).replace("{O}", obj.text)
    return tidy(lang, agree(lang, out.replace("{X}", scope), obj))


# -- labels ------------------------------------------------------------------------------


def refusal_label(obj: Obj, scope_kind: str) -> str:
    if obj.kind in ("n", "p"):
        return "anonymous"
    if obj.kind == "v" or obj.key == "annex" or scope_kind == "r":
        return "cannot_tell"  # names inside the document, a part, or only the report
    return "confidential"


# -- drawing -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Drawn:
    text: str
    label: str
    parts: tuple[str, ...]
    recipe: str


def fits(form: Form, verb: Verb, obj: Obj) -> bool:
    if form.needs not in verb.forms or obj.kind not in verb.objects:
        return False
    if obj.kind == "p" and form.needs == "pp":
        return False
    consent = form.polarity == "consent"
    return not consent or (verb.consent and obj.kind != "v" and obj.key != "annex")


ADVERBS = {" publicly", " publiquement", " públicamente"}
FIRST_PLURAL = re.compile(r"^(Nous|Les rogamos|Les pedimos|Les agradeceríamos|Remitimos)\b")


def persons_of(form: Form) -> tuple[str, ...]:
    """Who may be the owner: anyone when the sentence names its subject; otherwise the
    writer (whose name "our name" or "my name" is), "we" when the form says "we"."""
    if "{S}" in str(form.text):
        return PERSONS
    return ("1pl",) if FIRST_PLURAL.match(str(form.text)) else ("1pl", "1sg")


def objects_of(lang: str, owner: Owner) -> list[Obj]:
    own = list(owner.names)
    if owner.pronoun:
        own.append(Obj("pronoun", "A", "p", owner.pronoun, "f" if owner.key == "mission" else "m"))
    return [*OBJECTS[lang], *own]


def one(
    rng: random.Random, lang: str, polarity: str, kinds: str, owner: Owner | None = None
) -> tuple[str, Obj, str, tuple[str, ...], Owner]:
    """A sentence of this polarity about an object of these kinds (by `owner`, or anyone):
    its text, object, scope kind, parts and owner."""
    while True:
        form = rng.choice([f for f in FORMS[lang] if f.polarity == polarity])
        owners = [o for o in OWNERS[lang] if o.person in persons_of(form)]
        if owner is not None and owner not in owners:
            continue
        who = owner or rng.choice(owners)
        verb = rng.choice(VERBS[lang])
        obj = rng.choice([o for o in objects_of(lang, who) if o.kind in kinds])
        if not fits(form, verb, obj):
            continue
        allowed = [k for k in verb.scopes if polarity == "refuse" or k == "w"]
        kind = rng.choice(["", "", *allowed])
        scope = rng.choice(SCOPES[lang][kind]) if kind else ""
        if isinstance(scope, dict):
            scope = scope.get(verb.key, scope["*"])
        if scope in ADVERBS and form.needs in ("pp", "noun"):
            continue  # "published publicly", "the publication of ... publicly"
        if obj.key == "report" and kind == "r":
            continue  # "the enclosed report in the report"
        if who.key == "mission" and re.search(r"State|État|Estado", scope):
            continue  # a State does not keep its own note from "the State concerned"
        text = sentence(lang, who, form, verb, obj, scope)
        parts = (f"form:{form.key}:{form.family}", f"verb:{verb.key}:{verb.family}")
        return text, obj, kind, (*parts, f"object:{obj.key}:{obj.family}"), who


def draw(rng: random.Random, lang: str, label: str) -> Drawn:
    """One statement meant to carry `label`; its label is what its parts mean."""
    recipes: dict[str, list[Callable[[], Drawn]]] = {
        "publish": [lambda: _consent(rng, lang)],
        "confidential": [lambda: _refusal(rng, lang, "d")],
        "anonymous": [
            lambda: _refusal(rng, lang, "np"),
            lambda: _refusal(rng, lang, "np"),
            lambda: _pair(rng, lang, "np", "consent+name"),
            lambda: _condition(rng, lang),
        ],
        "cannot_tell": [
            lambda: _condition(rng, lang),
            lambda: _condition(rng, lang),
            lambda: _refusal(rng, lang, "v"),
            lambda: _refusal(rng, lang, "d"),
            lambda: _pair(rng, lang, "v", "consent+victims"),
            lambda: _pair(rng, lang, "d", "contradiction"),
        ],
        "silent": [lambda: _silent(rng, lang)],
    }
    return rng.choice(recipes[label])()


def _consent(rng: random.Random, lang: str) -> Drawn:
    text, _, _, fam, _ = one(rng, lang, "consent", "d")
    return Drawn(text, "publish", fam, "consent")


def _refusal(rng: random.Random, lang: str, kinds: str) -> Drawn:
    text, obj, kind, fam, _ = one(rng, lang, "refuse", kinds)
    return Drawn(text, refusal_label(obj, kind), fam, "refusal")


def _pair(rng: random.Random, lang: str, kinds: str, recipe: str) -> Drawn:
    first, _, _, fam1, owner = one(rng, lang, "consent", "d")
    second, obj, _, fam2, _ = one(rng, lang, "refuse", kinds, owner)
    label = "anonymous" if obj.kind in "np" else "cannot_tell"
    return Drawn(f"{first} {second}", label, fam1 + fam2, recipe)


def _condition(rng: random.Random, lang: str) -> Drawn:
    text, _, _, fam, _ = one(rng, lang, "consent", "d")
    number = rng.randrange(len(CONDITIONS[lang]))
    family, words, meaning = CONDITIONS[lang][number]
    label = "anonymous" if meaning == "A" else "cannot_tell"
    part = f"condition:{number}:{family}"
    return Drawn(text[:-1] + words + ".", label, (*fam, part), "condition")


def _silent(rng: random.Random, lang: str) -> Drawn:
    lead, sentences = SILENT[lang]
    number = rng.randrange(len(sentences))
    family, text = sentences[number]
    start = rng.choice(lead)
    written = tidy(lang, start + (text[0].lower() + text[1:] if start else text))
    return Drawn(written, "silent", (f"silent:{number}:{family}",), "silent")


def statements() -> list[Statement]:
    """Every statement of the collection, in a fixed order: per language, per half, the
    quota of each label."""
    rng = random.Random(4)
    out: list[Statement] = []
    seen: set[str] = set()
    for lang in LANGS:
        for label, count in QUOTA.items():
            for half in ("tune", "frozen"):
                got = 0
                while got < count:
                    drawn = draw(rng, lang, label)
                    frozen = any(p.endswith(":B") for p in drawn.parts)
                    if drawn.label != label or frozen != (half == "frozen") or drawn.text in seen:
                        continue
                    seen.add(drawn.text)
                    out.append(
                        Statement(lang, SHORT[label], half, drawn.text, drawn.recipe, drawn.parts)
                    )
                    got += 1
    return out
