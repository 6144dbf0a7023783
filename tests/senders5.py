# ruff: noqa: E501
"""A fifth set of sender variations for the submitter detector, generated apart from its rules.

The same record as the second set (`senders2.Variation`). Where the earlier sets were
written case by case, this one crosses a list of submitters (`senders5_data`) with the
places a mail can name them and the language of the body (English, French, Spanish),
sampled with a fixed seed, so that no case is written twice the same way. The places:
a signature with the person first, in varied orders among phone lines, pronouns, links and
addresses; a signature with the organisation first over a legal footer; a letterhead line
at the top of the body; a shared mailbox under a person's display name; a free-mail
address with the organisation only in the closing line; the acronym in the signature and
the full name in the first sentence; a bilingual name line; an "on behalf of" sentence; a
joint submission ("X, together with Y and Z"); a forwarded message whose original sender
is the submitter; and a note verbale.

The names a case accepts are built from the submitter's record and what its mail shows:
"Full Name (ACRONYM)" when both appear, the full name alone or the acronym alone when only
one does (an intergovernmental body also under its English name), a State under its
English short name, the short name its mail writes, and the formal name its note uses.

Ids are `<category>-<language>-<nn>`, numbered within a category. `half` sends each
submitter whole to one half, by a hash of its key, so that the frozen half holds
organisations the rules never saw; the sampling alternates between submitters of either
half, so that each category sits in both.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from random import Random
from typing import TypeVar

from senders2 import TYPES, Variation, category, language
from senders5_data import CIVIL, ENGLISH, MISSION, OTHER, SUBMITTERS, Submitter, title

__all__ = ["CATEGORIES", "TYPES", "VARIATIONS", "Variation", "category", "half", "language"]

SEED = 5
PER_CATEGORY = 15
STATE = "member_state"
REAL = {STATE, "nhri", "international_org"}
T = TypeVar("T")


@dataclass(frozen=True)
class Mail:
    display_name: str
    address: str
    subject: str
    body: str
    names: tuple[str, ...]


def pick(rng: Random, items: Sequence[T]) -> T:
    return items[rng.randrange(len(items))]


WG = {
    "en": (
        "Working Group on Arbitrary Detention",
        "Working Group on Business and Human Rights",
        "Working Group on Enforced or Involuntary Disappearances",
        "Working Group on discrimination against women and girls",
    ),
    "fr": (
        "Groupe de travail sur la détention arbitraire",
        "Groupe de travail sur les entreprises et les droits de l'homme",
        "Groupe de travail sur les disparitions forcées ou involontaires",
        "Groupe de travail sur la discrimination à l'égard des femmes et des filles",
    ),
    "es": (
        "Grupo de Trabajo sobre la Detención Arbitraria",
        "Grupo de Trabajo sobre las Empresas y los Derechos Humanos",
        "Grupo de Trabajo sobre las Desapariciones Forzadas o Involuntarias",
        "Grupo de Trabajo sobre la discriminación contra las mujeres y las niñas",
    ),
}
TOPIC = {
    "en": (
        "migrant workers in agriculture",
        "the detention of asylum seekers",
        "supply chains in the garment sector",
        "the search for disappeared persons",
    ),
    "fr": (
        "les travailleurs migrants saisonniers",
        "la rétention administrative",
        "le devoir de vigilance des entreprises",
        "la recherche des personnes disparues",
    ),
    "es": (
        "las trabajadoras del hogar migrantes",
        "la detención de personas migrantes",
        "la debida diligencia empresarial",
        "la búsqueda de personas desaparecidas",
    ),
}
SUBJECT = {
    "en": (
        "Submission - call for inputs on {t}",
        "Input to the {wg}",
        "Contribution: {t}",
        "Call for inputs - {t}",
    ),
    "fr": ("Contribution à l'appel sur {t}", "Contribution au {wg}", "Appel à contributions : {t}"),
    "es": ("Contribución a la convocatoria sobre {t}", "Aporte al {wg}", "Convocatoria: {t}"),
}
GREET = {
    "en": (
        "Dear members of the Working Group,",
        "Dear Sir or Madam,",
        "Dear colleagues,",
        "To the Secretariat,",
    ),
    "fr": ("Mesdames, Messieurs,", "Madame, Monsieur,", "Chers membres du Groupe de travail,"),
    "es": (
        "Estimados miembros del Grupo de Trabajo:",
        "Estimados señores:",
        "Estimadas y estimados colegas:",
    ),
}
ATTACHED = {
    "en": (
        "Please find attached our contribution to the call for inputs of the {wg} on {t}.",
        "We are pleased to share the attached input on {t} for the forthcoming report of the {wg}.",
    ),
    "fr": (
        "Veuillez trouver ci-joint notre contribution à l'appel à contributions du {wg} sur {t}.",
        "Nous avons le plaisir de vous adresser ci-joint notre contribution sur {t} pour le prochain rapport du {wg}.",
    ),
    "es": (
        "Adjuntamos nuestra contribución a la convocatoria del {wg} sobre {t}.",
        "Nos complace remitir el aporte adjunto sobre {t} para el próximo informe del {wg}.",
    ),
}
MORE = {
    "en": (
        "The document draws on interviews conducted over the past year.",
        "We would welcome the opportunity to discuss these findings.",
        "Annex 1 lists the sources we relied on.",
    ),
    "fr": (
        "Le document s'appuie sur des entretiens menés au cours de l'année écoulée.",
        "Nous restons à votre disposition pour tout complément d'information.",
        "L'annexe 1 recense nos sources.",
    ),
    "es": (
        "El documento se basa en entrevistas realizadas durante el último año.",
        "Quedamos a su disposición para cualquier consulta.",
        "El anexo 1 enumera las fuentes utilizadas.",
    ),
}
CLOSE = {
    "en": ("Kind regards,", "Best wishes,", "Yours sincerely,", "With best regards,"),
    "fr": ("Cordialement,", "Bien cordialement,", "Avec nos salutations distinguées,"),
    "es": ("Atentamente,", "Saludos cordiales,", "Un cordial saludo,"),
}
FOOTER = {
    "en": "This e-mail and any attachment are confidential and intended solely for the addressee.",
    "fr": "Ce courriel et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.",
    "es": "Este correo y sus anexos son confidenciales y están dirigidos únicamente a su destinatario.",
}
DATES = {
    "en": ("12 March 2026", "3 April 2026"),
    "fr": ("12 mars 2026", "3 avril 2026"),
    "es": ("12 de marzo de 2026", "3 de abril de 2026"),
}
PHONES = (
    "+41 22 917 12 34",
    "+1 212 555 0148",
    "+33 1 45 67 89 10",
    "+34 91 555 12 12",
    "+27 21 555 0199",
    "+57 601 555 3020",
)
STREETS = (
    "14 Quay Street",
    "27 rue des Lilas",
    "Calle Mayor 45",
    "Avenue de France 23",
    "88 Harbour Road",
)
FREE = ("gmail.com", "outlook.com", "yahoo.com", "protonmail.com", "hotmail.com")
PRONOUNS = ("(she/her)", "(he/him)", "(they/them)")
HONORIFICS = ("Prof.", "Sr.", "Hon.", "Padre", "Dip.")


def mailbox(person: str, domain: str) -> str:
    words = [w for w in person.split() if w not in HONORIFICS]
    ascii_ = unicodedata.normalize("NFKD", " ".join(words)).encode("ascii", "ignore").decode()
    parts = ascii_.lower().replace("'", "").split()
    return f"{parts[0]}.{parts[-1]}@{domain}"


def _dedupe(names: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(names))


def state_names(s: Submitter, langs: tuple[str, ...], formal: bool) -> tuple[str, ...]:
    names = [ENGLISH[s.country or ""]]
    for lang in langs:
        short, _, form, _ = s.state[lang]
        names += [short, form] if formal else [short]
    return _dedupe(names)


def org_form(s: Submitter, lang: str, full: bool, acr: bool) -> str:
    """The organisation written as the mail shows it."""
    name, acronym = s.name(lang), s.acronym(lang)
    if full and acr and acronym:
        return f"{name} ({acronym})"
    return acronym if acronym and not full else name


def org_names(s: Submitter, lang: str, full: bool, acr: bool) -> tuple[str, ...]:
    names = [org_form(s, lang, full, acr)]
    if s.type == "international_org" and "en" in s.names:
        names.append(org_form(s, "en", full, acr))
    return _dedupe(names)


def org_line(
    s: Submitter, lang: str, rng: Random, acr_only: bool = True
) -> tuple[str, tuple[str, ...]]:
    """The organisation's line in a signature, and the names it allows."""
    if s.state:
        return MISSION[lang].format(of=s.state[lang][1]), state_names(s, (lang,), False)
    styles = [(True, True), (True, False)] + ([(False, True)] if acr_only and s.acronyms else [])
    full, acr = pick(rng, styles)
    return org_form(s, lang, full, acr), org_names(s, lang, full, acr)


def opening(lang: str, rng: Random) -> tuple[str, str]:
    """A greeting and the sentence giving the document, and the mail's subject."""
    i = rng.randrange(4)
    wg, topic = WG[lang][i], TOPIC[lang][i]
    text = f"{pick(rng, GREET[lang])}\n\n{pick(rng, ATTACHED[lang]).format(wg=wg, t=topic)}"
    if rng.random() < 0.5:
        text += " " + pick(rng, MORE[lang])
    return text, pick(rng, SUBJECT[lang]).format(wg=wg, t=topic)


def staff(s: Submitter, rng: Random) -> tuple[str, str]:
    return pick(rng, s.people)


def extras(rng: Random) -> list[str]:
    lines = []
    if rng.random() < 0.5:
        lines.append(f"Tel. {pick(rng, PHONES)}")
    if rng.random() < 0.3:
        lines.append(pick(rng, STREETS))
    return lines


# ── the places ─────────────────────────────────────────────────────────────────────────


def signature(s: Submitter, lang: str, rng: Random) -> Mail:
    """A staff member signs first: name, title and organisation in varied orders."""
    person, role = staff(s, rng)
    text, subject = opening(lang, rng)
    org, names = org_line(s, lang, rng)
    who = f"{person} {pick(rng, PRONOUNS)}" if rng.random() < 0.25 else person
    layout = rng.randrange(4)
    if layout == 0:
        block = [who, title(role, lang), org]
    elif layout == 1:
        block = [who, f"{title(role, lang)}, {org}"]
    elif layout == 2:
        block = [f"{who} | {title(role, lang)} | {org}"]
    else:
        block = [who, org, title(role, lang)]
    block += extras(rng)
    if rng.random() < 0.3:
        block.append(f"www.{s.domain}")
    body = f"{text}\n\n{pick(rng, CLOSE[lang])}\n" + "\n".join(block)
    return Mail(person, mailbox(person, s.domain), subject, body, names)


def orgfirst(s: Submitter, lang: str, rng: Random) -> Mail:
    """The organisation heads the signature, over the person and a legal footer."""
    person, role = staff(s, rng)
    text, subject = opening(lang, rng)
    org, names = org_line(s, lang, rng, acr_only=False)
    if rng.random() < 0.3:
        org = org.upper()
    block = ["--", org, f"{person}, {title(role, lang)}" if rng.random() < 0.5 else person]
    block += [*extras(rng), "", FOOTER[lang]]
    body = f"{text}\n\n{pick(rng, CLOSE[lang])}\n\n" + "\n".join(block)
    display = person if rng.random() < 0.7 else ""
    return Mail(display, mailbox(person, s.domain), subject, body, names)


def letterhead(s: Submitter, lang: str, rng: Random) -> Mail:
    """The organisation on a letterhead line at the top of the body; the person signs alone."""
    person, role = staff(s, rng)
    text, subject = opening(lang, rng)
    org, names = org_line(s, lang, rng, acr_only=False)
    head = org.upper() if rng.random() < 0.4 else org
    head += f" · {pick(rng, STREETS)}" if rng.random() < 0.5 else ""
    body = f"{head}\n\n{pick(rng, DATES[lang])}\n\n{text}\n\n{pick(rng, CLOSE[lang])}\n{person}\n{title(role, lang)}"
    free = s.type not in REAL and rng.random() < 0.4
    address = mailbox(person, pick(rng, FREE) if free else s.domain)
    return Mail(person, address, subject, body, names)


def shared(s: Submitter, lang: str, rng: Random) -> Mail:
    """A shared mailbox under a person's display name; the organisation in the signature."""
    person, role = staff(s, rng)
    text, subject = opening(lang, rng)
    org, names = org_line(s, lang, rng)
    box = pick(
        rng,
        {
            "en": ("info", "secretariat", "office"),
            "fr": ("contact", "secretariat"),
            "es": ("info", "secretaria", "oficina"),
        }[lang],
    )
    block = [person, title(role, lang), org] if rng.random() < 0.6 else [person, org]
    body = f"{text}\n\n{pick(rng, CLOSE[lang])}\n" + "\n".join(block + extras(rng))
    return Mail(person, f"{box}@{s.domain}", subject, body, names)


CLOSING_LINE = {
    "en": (
        "On behalf of everyone at {org},",
        "With best wishes from the team of {org},",
        "Warm regards from all of us at {org},",
    ),
    "fr": ("Au nom de toute l'équipe de {org},", "Avec les salutations de l'équipe de {org},"),
    "es": ("En nombre de todo el equipo de {org},", "Con un saludo del equipo de {org},"),
}


def freemail(s: Submitter, lang: str, rng: Random) -> Mail:
    """A free-mail address; the organisation only in the closing line."""
    person, _ = staff(s, rng)
    text, subject = opening(lang, rng)
    full, acr = pick(rng, [(True, True), (True, False)])
    org = org_form(s, lang, full, acr)
    closing = pick(rng, CLOSING_LINE[lang]).format(org=org)
    body = f"{text}\n\n{closing}\n{person}"
    display = person if rng.random() < 0.8 else ""
    return Mail(
        display, mailbox(person, pick(rng, FREE)), subject, body, org_names(s, lang, full, acr)
    )


WELCOMES = {
    "en": "{org} welcomes the opportunity to contribute to the call for inputs of the {wg}.",
    "fr": "{org} se félicite de pouvoir contribuer à l'appel à contributions du {wg}.",
    "es": "{org} agradece la oportunidad de contribuir a la convocatoria del {wg}.",
}


def acronym(s: Submitter, lang: str, rng: Random) -> Mail:
    """The full name in the first sentence, the acronym alone in the signature."""
    person, role = staff(s, rng)
    _, subject = opening(lang, rng)
    first = WELCOMES[lang].format(org=s.name(lang), wg=pick(rng, WG[lang]))
    body = f"{pick(rng, GREET[lang])}\n\n{first} {pick(rng, MORE[lang])}\n\n{pick(rng, CLOSE[lang])}\n{person}\n{title(role, lang)}, {s.acronym(lang)}"
    return Mail(person, mailbox(person, s.domain), subject, body, org_names(s, lang, True, True))


def bilingual(s: Submitter, lang: str, rng: Random) -> Mail:
    """The organisation's name in two languages on one line."""
    person, role = staff(s, rng)
    text, subject = opening(lang, rng)
    other = next(x for x in ("en", "fr", "es") if x != lang and x in s.langs)
    if s.state:
        line = f"{MISSION[lang].format(of=s.state[lang][1])} / {MISSION[other].format(of=s.state[other][1])}"
        names = state_names(s, (lang, other), False)
    else:
        acr = bool(s.acronyms) and rng.random() < 0.5
        one, two = org_form(s, lang, True, acr), org_form(s, other, True, acr)
        line = f"{one} / {two}"
        names = _dedupe([one, two, line, *org_names(s, lang, True, acr)])
    body = f"{text}\n\n{pick(rng, CLOSE[lang])}\n{person}\n{title(role, lang)}\n{line}" + "".join(
        f"\n{e}" for e in extras(rng)
    )
    return Mail(person, mailbox(person, s.domain), subject, body, names)


BEHALF = {
    "en": "I am writing on behalf of {org} to submit the attached contribution to the call for inputs of the {wg}.",
    "fr": "Au nom de {org}, j'ai le plaisir de vous transmettre ci-joint notre contribution à l'appel à contributions du {wg}.",
    "es": "En nombre de {org}, tengo el agrado de remitirles adjunta nuestra contribución a la convocatoria del {wg}.",
}
ARTICLE = {"en": "the ", "fr": "la ", "es": "la "}


def behalf(s: Submitter, lang: str, rng: Random) -> Mail:
    """An "on behalf of" sentence names the organisation; the person signs alone."""
    person, role = staff(s, rng)
    _, subject = opening(lang, rng)
    if s.state:
        org = ARTICLE[lang] + MISSION[lang].format(of=s.state[lang][1])
        names = state_names(s, (lang,), False)
    else:
        full, acr = pick(rng, [(True, True), (True, False)])
        org, names = org_form(s, lang, full, acr), org_names(s, lang, full, acr)
    sentence = BEHALF[lang].format(org=org, wg=pick(rng, WG[lang]))
    body = f"{pick(rng, GREET[lang])}\n\n{sentence} {pick(rng, MORE[lang])}\n\n{pick(rng, CLOSE[lang])}\n{person}\n{title(role, lang)}"
    return Mail(person, mailbox(person, s.domain), subject, body, names)


TOGETHER = {
    "en": "{lead}, together with {y} and {z}, submits the attached joint contribution to the call for inputs of the {wg}.",
    "fr": "{lead}, conjointement avec {y} et {z}, soumet la contribution conjointe ci-jointe à l'appel à contributions du {wg}.",
    "es": "{lead}, junto con {y} y {z}, presenta la contribución conjunta adjunta a la convocatoria del {wg}.",
}


def joint(s: Submitter, lang: str, rng: Random) -> Mail:
    """A joint submission: the lead, together with two others."""
    person, role = staff(s, rng)
    _, subject = opening(lang, rng)
    others = [o for o in CIVIL + OTHER if o.key != s.key and o.type == "civil_society"]
    y, z = rng.sample(others, 2)
    acr = bool(s.acronyms) and rng.random() < 0.6
    lead = org_form(s, lang, True, acr)
    sentence = TOGETHER[lang].format(
        lead=lead, y=y.name(lang), z=z.name(lang), wg=pick(rng, WG[lang])
    )
    body = f"{pick(rng, GREET[lang])}\n\n{sentence}\n\n{pick(rng, CLOSE[lang])}\n{person}\n{title(role, lang)}\n{s.name(lang)}"
    names = tuple(f"{n} and 2 others" for n in org_names(s, lang, True, acr))
    return Mail(person, mailbox(person, s.domain), subject, body, names)


FORWARD = {
    "en": (
        "Forwarding our submission from my personal address, as our server rejected the attachment.",
        "---------- Forwarded message ---------",
        "From:",
        "Date:",
        "Subject:",
        "To:",
        "Fwd: ",
    ),
    "fr": (
        "Je vous transfère notre contribution depuis mon adresse personnelle, notre serveur ayant refusé la pièce jointe.",
        "---------- Message transféré ---------",
        "De :",
        "Date :",
        "Objet :",
        "À :",
        "TR : ",
    ),
    "es": (
        "Les reenvío nuestra contribución desde mi dirección personal, ya que nuestro servidor rechazó el adjunto.",
        "---------- Mensaje reenviado ---------",
        "De:",
        "Fecha:",
        "Asunto:",
        "Para:",
        "RV: ",
    ),
}


COLLEAGUE = {
    "en": "Please see below the submission my colleague sent last week; I am forwarding it in case it did not reach you.",
    "fr": "Vous trouverez ci-dessous la contribution envoyée par ma collègue la semaine dernière ; je vous la transfère au cas où elle ne vous serait pas parvenue.",
    "es": "A continuación, la contribución que mi colega envió la semana pasada; se la reenvío por si no les llegó.",
}


def forwarded(s: Submitter, lang: str, rng: Random) -> Mail:
    """A forwarded message whose original sender is the submitter."""
    person, role = staff(s, rng)
    text, subject = opening(lang, rng)
    org, names = org_line(s, lang, rng, acr_only=False)
    note, rule, frm, date, subj, to, prefix = FORWARD[lang]
    original = mailbox(person, s.domain)
    by, forwarder = person, mailbox(person, pick(rng, FREE))
    colleagues = [p for p, _ in s.people if p != person]
    if colleagues and rng.random() < 0.5:  # a colleague passes it on from the same domain
        note, by = COLLEAGUE[lang], colleagues[0]
        forwarder = mailbox(by, s.domain)
    header = f"{rule}\n{frm} {person} <{original}>\n{date} {pick(rng, DATES[lang])}\n{subj} {subject}\n{to} wg-inputs@ohchr.org"
    sent = f"{text}\n\n{pick(rng, CLOSE[lang])}\n{person}\n{title(role, lang)}\n{org}"
    body = f"{note}\n\n{header}\n\n{sent}"
    return Mail(by, forwarder, prefix + subject, body, names)


NOTE = {
    "en": ("The {m} presents its compliments to the Office of the United Nations High Commissioner for Human Rights and, with reference to the call for inputs of the {wg}, has the honour to transmit herewith the contribution of the Government {of}.",
           "The {m} avails itself of this opportunity to renew to the Office of the United Nations High Commissioner for Human Rights the assurances of its highest consideration.", "Geneva, {d}"),
    "fr": ("La {m} présente ses compliments au Haut-Commissariat des Nations Unies aux droits de l'homme et, se référant à l'appel à contributions du {wg}, a l'honneur de lui transmettre ci-joint la contribution du Gouvernement {of}.",
           "La {m} saisit cette occasion pour renouveler au Haut-Commissariat les assurances de sa très haute considération.", "Genève, le {d}"),
    "es": ("La {m} saluda atentamente a la Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos y, en relación con la convocatoria del {wg}, tiene el honor de remitir adjunta la contribución del Gobierno {of}.",
           "La {m} aprovecha la oportunidad para reiterar a la Oficina del Alto Comisionado las seguridades de su más alta consideración.", "Ginebra, {d}"),
}  # fmt: skip
CITY = {"en": "geneva", "fr": "geneve", "es": "ginebra"}


def noteverbale(s: Submitter, lang: str, rng: Random) -> Mail:
    """A note verbale's opening names the State's mission, by its short or formal name."""
    _, subject = opening(lang, rng)
    short, of_short, _, of_formal = s.state[lang]
    formal = rng.random() < 0.5
    mission = MISSION[lang].format(of=of_formal if formal else of_short)
    first, last, place = NOTE[lang]
    body = "\n\n".join(
        [
            first.format(m=mission, wg=pick(rng, WG[lang]), of=of_short),
            last.format(m=mission),
            place.format(d=pick(rng, DATES[lang])),
        ]
    )
    display = pick(
        rng,
        [
            mission.split(" ", 2)[0] + " " + mission.split(" ", 2)[1] + f" {short}",
            "",
            staff(s, rng)[0],
        ],
    )
    return Mail(
        display, f"mission.{CITY[lang]}@{s.domain}", subject, body, state_names(s, (lang,), formal)
    )


# ── the crossing ───────────────────────────────────────────────────────────────────────

Place = Callable[[Submitter, str, Random], Mail]
INVENTED = {"civil_society", "academic", "private_sector", "other"}
PLACES: dict[str, tuple[Place, Callable[[Submitter], bool]]] = {
    "signature": (signature, lambda s: True),
    "orgfirst": (orgfirst, lambda s: True),
    "letterhead": (letterhead, lambda s: True),
    "shared": (shared, lambda s: True),
    "freemail": (freemail, lambda s: s.type in INVENTED),
    "acronym": (acronym, lambda s: bool(s.acronyms)),
    "bilingual": (bilingual, lambda s: len(s.langs) > 1),
    "behalf": (behalf, lambda s: True),
    "joint": (joint, lambda s: s.type in {"civil_society", "academic", "other", "nhri"}),
    "forwarded": (forwarded, lambda s: True),
    "noteverbale": (noteverbale, lambda s: s.type == STATE),
}
CATEGORIES = tuple(PLACES)
CYCLE = ("en", "fr", "en", "es")


def half_of(key: str) -> str:
    """A submitter's half, fixed by its key alone."""
    return "frozen" if hashlib.sha256(key.encode()).digest()[0] % 2 else "tune"


def _choose(
    rng: Random, cat: str, lang: str, want: str, used: Counter[str], done: set[tuple[str, str]]
) -> Submitter:
    """A submitter the place fits, in the wanted half if one is left, among the least used."""
    fits = PLACES[cat][1]
    pool = [s for s in SUBMITTERS if fits(s) and lang in s.langs and (s.key, cat) not in done]
    pool = [s for s in pool if half_of(s.key) == want] or pool
    fewest = min(used[s.key] for s in pool)
    return pick(rng, [s for s in pool if used[s.key] == fewest])


def _cross() -> tuple[list[Variation], dict[str, str]]:
    rng = Random(SEED)
    used: Counter[str] = Counter()
    done: set[tuple[str, str]] = set()
    out, keys = [], {}
    for c, cat in enumerate(CATEGORIES):
        numbers: Counter[str] = Counter()
        for i in range(PER_CATEGORY):
            j = i + c  # languages run en, fr, en, es; halves tune, frozen by turns, swapped
            lang = CYCLE[j % 4]  # every fourth case, so that each language meets both
            s = _choose(rng, cat, lang, ("tune", "frozen")[(j + j // 4) % 2], used, done)
            used[s.key] += 1
            done.add((s.key, cat))
            mail = PLACES[cat][0](s, lang, rng)
            numbers[cat] += 1
            vid = f"{cat}-{lang}-{numbers[cat]:02d}"
            country = s.country if s.type in (STATE, "nhri") else None
            out.append(
                Variation(
                    vid,
                    mail.display_name,
                    mail.address,
                    mail.subject,
                    mail.body,
                    "",
                    s.type,
                    mail.names,
                    country,
                )
            )
            keys[vid] = s.key
    return out, keys


VARIATIONS, SUBMITTER_OF = _cross()


def half(v: Variation) -> str:
    """The half of the variation's submitter: a submitter never sits in both."""
    return half_of(SUBMITTER_OF[v.id])
