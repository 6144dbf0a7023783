"""A university's unit (a centre, a clinic, a chair, a research group) written as it is
listed, the unit and then its university; a city's department as the city it speaks for."""

from __future__ import annotations

import re

from wgsubmit.detect.other_words import OTHER, PROFESSION

UNIVERSITY_NAME = (
    # "Columbia Law School", "Ulster University": capitalised words, not "… at the University"
    r"(?:Pontificia |Pontifical )?(?:Universi\w+|(?:[A-ZÀ-Ý][\w'’-]* )+Law School|"
    r"(?:[A-ZÀ-Ý][\w'’-]* )+University|"
    r"(?:\w[\w ]* )?Students['’]? Union|(?:\w[\w ]* )?Student Union)"
)


def unit_of(name: str) -> str:
    """A university's centre written as it is listed: "Centro de Derechos Humanos de la
    Universidad Diego Portales" and "… at Columbia Law School" as "Centro …, Universidad
    …" and "…, Columbia Law School"; a city's department as the city ("Dirección … del
    Ayuntamiento de Tijuana" as "Ayuntamiento de Tijuana")."""
    authority = _OF_AUTHORITY.match(name)
    if authority:  # a city's department speaks for the city
        return authority.group(1)
    if re.match(r"(Pontificia |Pontifical )?Universi", name):
        return name
    held = _OF_UNIVERSITY.match(name)
    # a "Law Society" of a university is its students', not a profession's body
    if held and OTHER.search(held.group(1)) and not PROFESSION.search(held.group(1)):
        return name  # "Federación de Estudiantes de la Universidad del Sur": its students'
    name = _FACULTY.sub("", name)  # "Clínica …, Facultad de Derecho, Universidad de los Andes"
    return _OF_UNIVERSITY.sub(r"\1, \2", name)


_OF_AUTHORITY = re.compile(
    r"^.+?\s+(?:del|de la|de l'|of the|of)\s+((?:Ayuntamiento|Municipalidad|Alcald[ií]a|Mairie|"
    r"Municipality|City Council|Commune|Ville)\b.+)$"
)


_FACULTY = re.compile(
    r",\s*(?:Facultad|Faculty|Faculté|Facoltà|School|Escuela|Department|Departamento|"
    rf"Département)\b[^,]*(?=,\s*{UNIVERSITY_NAME})"
)


_OF_UNIVERSITY = re.compile(
    rf"^(.{{6,}}?)\s+(?:de la|de l'|del|de|at the|at|of the|of|à l'|à la)\s*({UNIVERSITY_NAME}.*)$"
)


_UNIVERSITY_WORD = re.compile(r"\b(universit\w*|universidad|college|collège|facult\w*)\b", re.I)


# A unit's own word: "Groupe de recherche …", "Clínica Jurídica …", "Human Rights Centre".
_UNIT_WORD = re.compile(
    r"\b(group\w*|grupo|groupe|clinic\w*|clínica|centre|center|centro|institut\w*|chair|"
    r"chaire|cátedra|observator\w*|laborator\w*|programme|program|programa|unit|unité|unidad)\b",
    re.IGNORECASE,
)


def unit_of_university(name: str, best: str) -> bool:
    """Whether a name is a unit's followed by the university ranked best ("Groupe de
    recherche … (GRMC), Université libre de Bruxelles"): the unit is the submitter."""
    unit, _, rest = name.rpartition(", ")
    return bool(unit and rest == best and _UNIVERSITY_WORD.search(best) and _UNIT_WORD.search(unit))
