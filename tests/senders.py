"""Sender variations, generated from a table of bodies and a table of ways to write to the
Office: a shared mailbox, a person writing for an organization, a letterhead only, a
bilingual name, an acronym beside its full name, an NGO naming a State, a State's note.

The cases were written from how submissions arrive, not from the rules; every other case
is kept apart (``frozen``) and only its score is looked at."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from wgsubmit.detect.submitter import Sender


@dataclass(frozen=True)
class Body:
    full: str
    acronym: str | None
    type: str
    domain: str
    lang: str  # en, fr, es
    other_name: str | None = None  # the same name in a second language
    country: str | None = None


@dataclass(frozen=True)
class Case:
    id: str
    sender: Sender
    type: str
    names: tuple[str, ...]  # any of these is right
    country: str | None = None
    frozen: bool = False


BODIES = [
    Body("Centro de Apoyo al Migrante Fronterizo", "CAMF", "civil_society", "camf.org.mx", "es"),
    Body("Réseau Solidarité Exilés du Nord", "RSEN", "civil_society", "rsen-nord.fr", "fr"),
    Body("Borderlands Legal Aid Project", "BLAP", "civil_society", "blap.org", "en"),
    Body("Coalition for the Rights of People on the Move", "CRPM", "civil_society",
         "crpm.org", "en"),
    Body("Mission for Migrant Workers", "MFMW", "civil_society", "mfmw.org.hk", "en"),
    Body("Ligue pour la défense des droits des migrants", "LDDM", "civil_society",
         "lddm.org", "fr", "League for the Defence of Migrants' Rights"),
    Body("Asociación por los Derechos de las Personas Refugiadas", "ADPR", "civil_society",
         "adpr.org.ar", "es"),
    Body("Women on the Move Network", None, "civil_society", "womenonthemove.net", "en"),
    Body("Centre for Migration Law, University of Northbridge", None, "academic",
         "northbridge.ac.uk", "en"),
    Body("Instituto de Estudios Fronterizos", "IEF", "academic", "ief.unam.mx", "es"),
    Body("Sentinel Perimeter Solutions Ltd", None, "private_sector", "sentinelperimeter.com",
         "en"),
    Body("International Association of Private Security Providers", "IAPSP",
         "private_sector", "iapsp.org", "en"),
    Body("Cámara Nacional de Empresas de Seguridad Privada", "CANESP", "private_sector",
         "canesp.org.mx", "es"),
    Body("International Centre for Migration Policy Development", "ICMPD",
         "international_org", "icmpd.org", "en"),
    Body("Organisation internationale de la Francophonie", "OIF", "international_org",
         "francophonie.org", "fr", "International Organisation of La Francophonie"),
    Body("Human Rights Commission of Sri Lanka", "HRCSL", "nhri", "hrcsl.lk", "en",
         country="LKA"),
    Body("Commission nationale des droits de l'homme de Côte d'Ivoire", "CNDH-CI", "nhri",
         "cndh.ci", "fr", country="CIV"),
    Body("General Union of Domestic Workers", "GUDW", "other", "gudw.org", "en"),
    Body("Congregation of the Sisters of Mercy", None, "other", "sistersofmercy.org", "en"),
    Body("Ayuntamiento de Ceuta", None, "other", "ceuta.es", "es"),
    Body("Student Human Rights Society, University of Westmoor", None, "other",
         "westmoor.ac.uk", "en"),
]  # fmt: skip

PEOPLE = ["Maria Lopez", "Jean Dupont", "Amina Yusuf", "Carlos Ruiz Ortega", "Sarah O'Neill",
          "Nadia Benali", "Tomás Herrera", "Claire Martin"]  # fmt: skip
ROLES = {"en": "Programme Officer", "fr": "Chargée de plaidoyer", "es": "Coordinadora"}
SHARED = {"en": ("Secretariat", "secretariat"), "fr": ("Secrétariat", "secretariat"),
          "es": ("Oficina", "info")}  # fmt: skip
ATTACHED = {
    "en": "Please find attached our submission to the call for inputs.",
    "fr": "Veuillez trouver ci-joint notre contribution à l'appel.",
    "es": "Adjuntamos nuestro aporte a la convocatoria.",
}
SIGN = {"en": "Best regards,", "fr": "Cordialement,", "es": "Atentamente,"}
TITLE = {
    "en": "Submission to the Working Group on the use of mercenaries",
    "fr": "Contribution au Groupe de travail sur l'utilisation de mercenaires",
    "es": "Aporte al Grupo de Trabajo sobre la utilización de mercenarios",
}


def _both(body: Body) -> tuple[str, ...]:
    return (f"{body.full} ({body.acronym})",) if body.acronym else (body.full,)


def _variations(body: Body, person: str) -> list[tuple[str, Sender, tuple[str, ...]]]:
    lang, full, acr = body.lang, body.full, body.acronym
    user = person.split()[0].lower()
    shared_name, shared_user = SHARED[lang]
    sign, attached = SIGN[lang], ATTACHED[lang]
    both = f"{full} ({acr})" if acr else full
    out = [
        ("shared-mailbox",
         Sender(f"{shared_name} {acr or ''}".strip(), f"{shared_user}@{body.domain}",
                TITLE[lang], f"{attached}\n\n{sign}\n{shared_name}\n{both}", ""),
         _both(body)),
        ("person-over-org",
         Sender(person, f"{user}@{body.domain}", TITLE[lang],
                f"{attached}\n\n{sign}\n{person}\n{ROLES[lang]}\n{full}", ""),
         (full,)),
        ("letterhead-only",
         Sender(person, f"{user}.{body.domain.split('.')[0]}@gmail.com", TITLE[lang],
                f"{attached}\n\n{person}", f"{both}\n\n{TITLE[lang]}\n\n1. Introduction"),
         _both(body)),
        ("acronym-and-full",
         Sender(acr or full, f"contact@{body.domain}", f"{acr or full} – {TITLE[lang]}",
                f"{attached}\n\n{sign}\n{acr or full}",
                f"{TITLE[lang]}\n\n{both}\n\nGeneva, March 2020"),
         _both(body)),
    ]  # fmt: skip
    if body.other_name:
        bilingual = f"{full} / {body.other_name}"
        out.append((
            "bilingual",
            Sender(person, f"{user}@{body.domain}", TITLE[lang],
                   f"{attached}\n\n{sign}\n{person}\n{bilingual}", ""),
            (full, bilingual, body.other_name),
        ))  # fmt: skip
    if body.type == "civil_society":
        out.append((
            "names-a-state",
            Sender(person, f"{user}@{body.domain}", TITLE["en"],
                   "We have the honour to submit our contribution on the situation in "
                   "Mexico. We are concerned that the Government of Mexico has contracted "
                   "private companies at its borders, and we urge the Permanent Mission of "
                   f"Mexico to respond.\n\nBest regards,\n{person}\n{full}", ""),
            (full,),
        ))  # fmt: skip
    return out


STATE_NOTES = [
    ("MEX", "Mexico", "Misión Permanente de México", "mission@sre.gob.mx", "es"),
    ("SEN", "Senegal", "Mission permanente du Sénégal", "senegal.geneve@gmail.com", "fr"),
    ("PHL", "Philippines", "Permanent Mission of the Philippines", "geneva.pm@dfa.gov.ph", "en"),
    ("NOR", "Norway", "Permanent Mission of Norway", "delgen@mfa.no", "en"),
]  # fmt: skip


def _states() -> list[tuple[str, Sender, str, str]]:
    verbs = {"en": "presents its compliments to the Office of the High Commissioner",
             "fr": "présente ses compliments au Haut-Commissariat",
             "es": "saluda atentamente a la Oficina del Alto Comisionado"}  # fmt: skip
    return [
        (iso3, Sender(mission, address, "Note verbale", "Please find attached.",
                      f"{mission} {verbs[lang]}."), name, iso3)
        for iso3, name, mission, address, lang in STATE_NOTES
    ]  # fmt: skip


def cases() -> list[Case]:
    """Every variation; every other one, in a fixed order, frozen."""
    found: list[Case] = []
    for i, body in enumerate(BODIES):
        person = PEOPLE[i % len(PEOPLE)]
        for kind, sender, names in _variations(body, person):
            found.append(Case(f"{kind}:{body.full[:30]}", sender, body.type, names,
                              body.country))  # fmt: skip
    for iso3, sender, name, country in _states():
        found.append(Case(f"state:{iso3}", sender, "member_state", (name,), country))
    return [
        Case(c.id, c.sender, c.type, c.names, c.country, frozen=i % 2 == 1)
        for i, c in enumerate(found)
    ]


# A later set's case id: "<category>-<language>-<nn>".
CASE_ID = re.compile(r"^([a-z]+)-(en|fr|es|bi)-(\d{2})$")


def case_text(v: object) -> str:
    """A later set's case as one folded text: where a name it expects must be written."""
    fields = ("display_name", "address", "subject", "body", "document")
    return " ".join(" ".join(getattr(v, f) for f in fields).split()).casefold()


def fold(name: str | None) -> str:
    """A name with case and accents aside."""
    text = unicodedata.normalize("NFKD", name or "")
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).casefold().split())


@dataclass(frozen=True)
class Score:
    n: int
    type_ok: int
    name_ok: int
    person_for_org: int
    cut: int
    state_fp: int
    misses: tuple[str, ...]


def score(frozen: bool) -> Score:
    """The half's figures: right type, exactly right name, a person named for an
    organization, a cut name, an organization taken for a State."""
    from wgsubmit.detect.name_edges import is_cut
    from wgsubmit.detect.person_words import is_person
    from wgsubmit.detect.submitter import suggest

    chosen = [c for c in cases() if c.frozen == frozen]
    type_ok = name_ok = person = cut = state_fp = 0
    misses: list[str] = []
    for case in chosen:
        got = suggest(case.sender)
        right_name = fold(got.name) in {fold(n) for n in case.names}
        type_ok += got.type == case.type
        name_ok += right_name
        person += case.type != "individual" and bool(got.name) and is_person(got.name or "")
        cut += bool(got.name) and is_cut(got.name or "")
        state_fp += got.type == "member_state" and case.type != "member_state"
        if got.type != case.type or not right_name:
            misses.append(f"{case.id}: {got.type} {got.name!r}, expected {case.type} "
                          f"{case.names[0]!r}")  # fmt: skip
    return Score(len(chosen), type_ok, name_ok, person, cut, state_fp, tuple(misses))


if __name__ == "__main__":
    import sys

    half = len(sys.argv) > 1 and sys.argv[1] == "frozen"
    s = score(half)
    print(f"{'frozen' if half else 'tune'}: n={s.n} type={s.type_ok / s.n:.1%} "
          f"name={s.name_ok / s.n:.1%} person_for_org={s.person_for_org} cut={s.cut} "
          f"state_fp={s.state_fp}")  # fmt: skip
    if not half:
        print("\n".join(s.misses))
