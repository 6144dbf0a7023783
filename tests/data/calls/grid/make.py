"""The crossed grid of submissions to two overlapping calls, and the truth of each.

Each case crosses how a submission names its call (in the subject, in the body, in its
document's title, by its report's symbol, as "the questionnaire", as "your call", or not
at all), which call its topic belongs to (`phrases.toml`: this call's, the other's, or
only what every call of the mandate shares), when it arrived (before this call opened,
while both were open, just after the other call closed, well after), who sent it (a
State's note verbale, an NGO, an academic) and its language (English, French, Spanish),
in two scenarios (`config_a.toml`, `config_b.toml`). The truth follows from the axes
alone, as an officer would read the message, never from the rules:

- received before this call opened: `before`;
- named (subject, body, title, symbol): the named call;
- otherwise its topic's call;
- no name and no topic: `this` once the other call has long closed, else `cannot`.

Half of the cases, chosen by a hash of their id, are frozen: the rules are never tuned on
them. Run `python make.py` to write `cases.jsonl`; the tests check that it is current.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import tomllib
from dataclasses import asdict, dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGS = ("en", "fr", "es")
SENDERS = ("state", "ngo", "academic")
EXPLICIT = ("subject", "body", "title", "symbol")  # name one call
IMPLICIT = ("questionnaire", "your_call", "nothing")  # name none
TIMINGS = ("before", "both", "just_after_other", "after_other")
UTC = dt.UTC

# When each timing falls, per scenario: [start, end) in UTC. Scenario A: this call opened
# 2019-12-10, the other closes 2020-01-31, this one 2020-03-17. B: 2026-02-01, 2026-03-31,
# 2026-05-15.
WINDOWS = {
    "A": {
        "before": ("2019-11-20", "2019-12-09"),
        "both": ("2019-12-12", "2020-01-30"),
        "just_after_other": ("2020-02-01", "2020-02-07"),
        "after_other": ("2020-03-05", "2020-03-16"),
    },
    "B": {
        "before": ("2026-01-10", "2026-01-31"),
        "both": ("2026-02-03", "2026-03-30"),
        "just_after_other": ("2026-04-01", "2026-04-07"),
        "after_other": ("2026-05-04", "2026-05-14"),
    },
}

# The sentence that names (or does not name) the call, in an e-mail's own voice; {name}
# is a paraphrase of the call's title, {symbol} its report's symbol.
SENTENCES = {
    "en": {
        "body": [
            "We write in response to the call for inputs on {name}.",
            "Please find attached our submission to the call for inputs on {name}.",
        ],
        "symbol": [
            "Please find attached our reply to the questionnaire for the report {symbol}",
            "This contribution is for the Working Group's report {symbol}",
        ],
        "questionnaire": [
            "Please find attached our replies to the questionnaire.",
            "We are pleased to answer the questionnaire.",
        ],
        "your_call": [
            "We are pleased to respond to your call for inputs.",
            "Please find attached our contribution to your call for submissions.",
        ],
        "nothing": [
            "Please find attached our submission.",
            "We are pleased to share our contribution.",
        ],
    },
    "fr": {
        "body": [
            "Nous vous écrivons en réponse à l'appel à contributions sur {name}.",
            "Veuillez trouver ci-joint notre contribution à l'appel sur {name}.",
        ],
        "symbol": [
            "Veuillez trouver ci-joint notre réponse au questionnaire pour le rapport {symbol}",
            "Cette contribution est destinée au rapport {symbol} du Groupe de travail.",
        ],
        "questionnaire": [
            "Veuillez trouver ci-joint nos réponses au questionnaire.",
            "Nous avons le plaisir de répondre au questionnaire.",
        ],
        "your_call": [
            "Nous avons le plaisir de répondre à votre appel à contributions.",
            "Veuillez trouver ci-joint notre contribution à votre appel.",
        ],
        "nothing": [
            "Veuillez trouver ci-joint notre contribution.",
            "Nous avons le plaisir de vous transmettre notre contribution.",
        ],
    },
    "es": {
        "body": [
            "Les escribimos en respuesta a la convocatoria de aportes sobre {name}.",
            "Adjuntamos nuestra contribución a la convocatoria sobre {name}.",
        ],
        "symbol": [
            "Adjuntamos nuestra respuesta al cuestionario para el informe {symbol}",
            "Esta contribución es para el informe {symbol} del Grupo de Trabajo.",
        ],
        "questionnaire": [
            "Adjuntamos nuestras respuestas al cuestionario.",
            "Tenemos el agrado de responder al cuestionario.",
        ],
        "your_call": [
            "Tenemos el agrado de responder a su convocatoria de aportes.",
            "Adjuntamos nuestra contribución a su convocatoria.",
        ],
        "nothing": [
            "Adjuntamos nuestra contribución.",
            "Tenemos el agrado de compartir nuestro aporte.",
        ],
    },
}

# The same, as the clause of a note verbale ("…and, {clause}, has the honour…").
CLAUSES = {
    "en": {
        "body": "with reference to the call for inputs of the Working Group on the use of "
        "mercenaries on {name}",
        "symbol": "with reference to the questionnaire of the Working Group for its report "
        "{symbol}",
        "questionnaire": "with reference to the questionnaire of the Working Group on the use "
        "of mercenaries",
        "your_call": "with reference to the call for inputs of the Working Group on the use "
        "of mercenaries",
    },
    "fr": {
        "body": "se référant à l'appel à contributions du Groupe de travail sur l'utilisation "
        "de mercenaires relatif à {name}",
        "symbol": "se référant au questionnaire du Groupe de travail pour son rapport {symbol}",
        "questionnaire": "se référant au questionnaire du Groupe de travail sur l'utilisation "
        "de mercenaires",
        "your_call": "se référant à l'appel à contributions du Groupe de travail sur "
        "l'utilisation de mercenaires",
    },
    "es": {
        "body": "en relación con la convocatoria de aportes del Grupo de Trabajo sobre la "
        "utilización de mercenarios relativa a {name}",
        "symbol": "en relación con el cuestionario del Grupo de Trabajo para su informe {symbol}",
        "questionnaire": "en relación con el cuestionario del Grupo de Trabajo sobre la "
        "utilización de mercenarios",
        "your_call": "en relación con la convocatoria de aportes del Grupo de Trabajo sobre la "
        "utilización de mercenarios",
    },
}

NOTE = {
    "en": "The Permanent Mission of {who} to the United Nations Office at Geneva presents its "
    "compliments to the Office of the United Nations High Commissioner for Human Rights "
    "and{clause} has the honour to transmit herewith the contribution of the Government of "
    "{who}.\n\nThe Permanent Mission of {who} avails itself of this opportunity to renew to "
    "the Office the assurances of its highest consideration.",
    "fr": "La Mission permanente de {who} auprès de l'Office des Nations Unies à Genève "
    "présente ses compliments au Haut-Commissariat des Nations Unies aux droits de l'homme "
    "et{clause} a l'honneur de lui transmettre ci-joint la contribution du Gouvernement de "
    "{who}.\n\nLa Mission permanente de {who} saisit cette occasion pour renouveler au "
    "Haut-Commissariat les assurances de sa très haute considération.",
    "es": "La Misión Permanente de {who} ante la Oficina de las Naciones Unidas en Ginebra "
    "saluda atentamente a la Oficina del Alto Comisionado de las Naciones Unidas para los "
    "Derechos Humanos y{clause} tiene el honor de remitir adjunta la contribución del "
    "Gobierno de {who}.\n\nLa Misión Permanente de {who} aprovecha la oportunidad para "
    "reiterar a la Oficina las seguridades de su más alta consideración.",
}
LETTER = {
    ("ngo", "en"): "Dear members of the Working Group,\n\n{sentence} {who} is a non-governmental "
    "organization working on human rights and accountability.\n\n{text}"
    "Kind regards,\nSam Okafor\n{who}",
    ("ngo", "fr"): "Madame, Monsieur,\n\n{sentence} {who} est une organisation non "
    "gouvernementale de défense des droits humains.\n\n{text}Cordialement,\nClaire Dubois\n{who}",
    ("ngo", "es"): "Estimados miembros del Grupo de Trabajo:\n\n{sentence} {who} es una "
    "organización no gubernamental de derechos humanos.\n\n{text}Atentamente,\nLucía Ramos\n{who}",
    ("academic", "en"): "Dear Sir or Madam,\n\nI am a researcher at the {who}. {sentence}\n\n"
    "{text}Best regards,\nDr Jane Mills\n{who}",
    ("academic", "fr"): "Madame, Monsieur,\n\nJe suis chercheuse à l'{who}. {sentence}\n\n"
    "{text}Bien cordialement,\nProf. Anne Lefèvre\n{who}",
    ("academic", "es"): "Estimados señores:\n\nSoy investigadora de la {who}. {sentence}\n\n"
    "{text}Saludos cordiales,\nDra. Marta Gil\n{who}",
}
WHO = {
    ("state", "en"): ["Norland", "Westmark", "Sierra Alta"],
    ("state", "fr"): ["Norland", "Westmark", "Sierra Alta"],
    ("state", "es"): ["Norland", "Westmark", "Sierra Alta"],
    ("ngo", "en"): ["Frontline Rights Watch", "Coalition for Accountability", "Open Borders Aid"],
    ("ngo", "fr"): ["Observatoire Citoyen", "Ligue pour la dignité", "Collectif Vigilance"],
    ("ngo", "es"): ["Centro de Estudios Sociales", "Red Solidaria", "Colectivo Memoria"],
    ("academic", "en"): [
        "University of Lakeside",
        "Institute of Peace Studies",
        "Hillview College",
    ],
    ("academic", "fr"): [
        "Université de Montclair",
        "École de droit d'Arles",
        "Institut d'études politiques",
    ],
    ("academic", "es"): [
        "Universidad del Valle",
        "Universidad Autónoma del Sur",
        "Facultad de Derecho de Lima",
    ],
}
SUBJECTS = {
    "en": {
        "named": ["Submission – {name}", "Call for inputs: {name}"],
        "state": "Note verbale No. {n}",
        "other": ["Submission", "Contribution from {who}"],
    },
    "fr": {
        "named": ["Contribution – {name}", "Appel à contributions : {name}"],
        "state": "Note verbale n° {n}",
        "other": ["Contribution", "Contribution de {who}"],
    },
    "es": {
        "named": ["Aporte – {name}", "Convocatoria: {name}"],
        "state": "Nota verbal N.º {n}",
        "other": ["Contribución", "Aporte de {who}"],
    },
}
TITLES = {
    "en": "Submission to the Working Group on the use of mercenaries: {name}",
    "fr": "Contribution au Groupe de travail sur l'utilisation de mercenaires : {name}",
    "es": "Contribución al Grupo de Trabajo sobre la utilización de mercenarios: {name}",
}
HEADINGS = {
    "en": {"state": "Reply of the Government of {who}", "other": "Contribution of {who}"},
    "fr": {"state": "Réponse du Gouvernement de {who}", "other": "Contribution de {who}"},
    "es": {"state": "Respuesta del Gobierno de {who}", "other": "Contribución de {who}"},
}


@dataclass(frozen=True)
class Case:
    id: str
    half: str  # "tune" or "frozen"
    scenario: str
    naming: str
    named: str  # "this", "other" or "" (names none)
    topic: str  # "this", "other" or "none"
    timing: str
    sender: str
    lang: str
    subject: str
    body: str
    document: str
    received_at: str
    signed: str  # the name it is signed with, as the submitter is read from it
    truth: str  # "this", "other", "before" or "cannot"


def truth(named: str, topic: str, timing: str) -> str:
    if timing == "before":
        return "before"
    if named:
        return named
    if topic != "none":
        return topic
    return "this" if timing == "after_other" else "cannot"


class Pick:
    """Deterministic choices for one case: the same id always makes the same message."""

    def __init__(self, case_id: str) -> None:
        self.case_id = case_id

    def number(self, slot: str) -> int:
        return int.from_bytes(hashlib.sha256(f"{self.case_id}/{slot}".encode()).digest()[:8])

    def one(self, slot: str, options: list[str]) -> str:
        return options[self.number(slot) % len(options)]

    def some(self, slot: str, options: list[str], count: int) -> list[str]:
        start = self.number(slot) % len(options)
        return [options[(start + i) % len(options)] for i in range(count)]


def when(scenario: str, timing: str, pick: Pick) -> str:
    start, end = (
        dt.datetime.fromisoformat(d).replace(tzinfo=UTC) for d in WINDOWS[scenario][timing]
    )
    seconds = int((end - start).total_seconds())
    return (start + dt.timedelta(seconds=pick.number("time") % seconds)).isoformat()


def make(
    scenario: str,
    naming: str,
    named: str,
    topic: str,
    timing: str,
    sender: str,
    lang: str,
    phrases: dict,
) -> Case:
    case_id = f"{scenario}-{naming}-{named or 'none'}-{topic}-{timing}-{sender}-{lang}"
    pick = Pick(case_id)
    calls = phrases[scenario]
    name = pick.one("name", calls[named][lang]["names"]) if named else ""
    symbol = pick.one("symbol", calls[named]["symbols"]) if named else ""
    filler = phrases["filler"][lang]
    if topic == "none":
        text = pick.some("filler", filler, 3)
    else:
        text = pick.some("topic", calls[topic][lang]["topics"], 2) + pick.some("filler", filler, 1)
    who = pick.one("who", WHO[(sender, lang)])
    # A State always sends a document; others now and then write their submission in the mail.
    in_body = sender != "state" and naming != "title" and pick.number("body") % 3 == 0
    key = naming if naming in SENTENCES[lang] else "nothing"
    sentence = pick.one("sentence", SENTENCES[lang][key]).format(name=name, symbol=symbol)
    if sender == "state":
        clause = CLAUSES[lang].get(naming)
        clause = f", {clause.format(name=name, symbol=symbol)}," if clause else ""
        body = NOTE[lang].format(who=who, clause=clause)
    else:
        words = " ".join(text) + "\n\n" if in_body else ""
        body = LETTER[(sender, lang)].format(who=who, sentence=sentence, text=words)
    if naming == "subject":
        subject = pick.one("subject", SUBJECTS[lang]["named"]).format(name=name)
    elif sender == "state":
        subject = SUBJECTS[lang]["state"].format(n=pick.number("n") % 900 + 100)
    else:
        subject = pick.one("subject", SUBJECTS[lang]["other"]).format(who=who)
    if in_body:
        document = ""
    else:
        heading = (
            TITLES[lang]
            if naming == "title"
            else HEADINGS[lang]["state" if sender == "state" else "other"]
        )
        document = heading.format(name=name, who=who) + "\n\n" + "\n\n".join(text)
    half = "tune" if hashlib.sha256(case_id.encode()).digest()[0] % 2 == 0 else "frozen"
    return Case(
        case_id,
        half,
        scenario,
        naming,
        named,
        topic,
        timing,
        sender,
        lang,
        subject,
        body,
        document,
        when(scenario, timing, pick),
        who,
        truth(named, topic, timing),
    )


def cases() -> list[Case]:
    with (HERE / "phrases.toml").open("rb") as f:
        phrases = tomllib.load(f)
    contents = [(n, c, t) for n in EXPLICIT for c in ("this", "other") for t in (c, "none")]
    contents += [(n, "", t) for n in IMPLICIT for t in ("this", "other", "none")]
    return [
        make(scenario, naming, named, topic, timing, sender, lang, phrases)
        for scenario in ("A", "B")
        for (naming, named, topic), timing, sender, lang in itertools.product(
            contents, TIMINGS, SENDERS, LANGS
        )
    ]


def render() -> str:
    return "".join(json.dumps(asdict(c), ensure_ascii=False) + "\n" for c in cases())


if __name__ == "__main__":
    (HERE / "cases.jsonl").write_text(render(), encoding="utf-8")
