"""A signature's or a letterhead's line read for the organization it names: the post
before it and the place after it dropped ("Policy Officer | Border Justice Network",
"Casa del Migrante Frontera Sur, Ciudad Hidalgo, Chiapas") and the title after a dash
("… - Hospital data and commercial partners") dropped; a heading, a sentence or a place is
no name."""

from __future__ import annotations

import re

from wgsubmit.detect.acronyms import is_acronym, loosely_fits
from wgsubmit.detect.name_edges import LEAD, fold, function_words
from wgsubmit.detect.person_words import has_org_noun, is_org_words, is_person, is_role
from wgsubmit.directory import is_country_name

# The document's own title or a heading, not its author's name.
HEADING = re.compile(
    r"^\W*(joint\s|submission|input|contribution|contribuci[oó]n|aporte|aportaci[oó]n|soumission|"
    r"report|rapport|informe|note|nota|re:|to:|date|fecha|subject|objet|asunto|call for|"
    r"appel|convocatoria|questionnaire|cuestionario|response|réponse|respuesta|"
    r"working group|groupe de travail|grupo de trabajo|special rapporteur|"
    r"\d+[.)]\s|introduction|introducci|summary|résumé|resumen|table of contents)",
    re.IGNORECASE,
)


def _sentence_case(part: str) -> bool:
    """A title after a dash, written as a sentence ("Hospital data and commercial partners",
    "Le score de risque des allocataires"): its words after the first lowercase, not small
    words only."""
    words = re.findall(r"[^\W\d][\w'’-]*", part)[1:]
    lower = [w for w in words if w[0].islower() and w.casefold() not in function_words()]
    return len(lower) >= 2 and not any(w[0].isupper() for w in words)


def _kind_only(part: str) -> bool:
    """A kind of body after a dash, in sentence case ("Association de jeunes", "Colectivo
    ciudadano"): what the name before it is, not more of it."""
    words = part.split()
    return (
        1 <= len(words) <= 4
        and (has_org_noun(words[0]) or is_org_words(words[0]))
        and all(w[0].islower() for w in words[1:])
        and any(w.casefold() not in function_words() for w in words[1:])
    )


def in_other_script(line: str) -> bool:
    """A line written mostly in letters that are not Latin (Greek, Cyrillic, Arabic …)."""
    letters = [c for c in line if c.isalpha()]
    other = [c for c in letters if not ("a" <= c.casefold() <= "z" or "à" <= c.casefold() <= "ÿ")]
    return len(letters) >= 6 and 2 * len(other) > len(letters)


def _in_latin(parts: list[str], seps: list[str]) -> tuple[list[str], list[str]]:
    """A name in two scripts ("Монголын … Төв – Mongolian Centre …"): its Latin one, as the
    page is written."""
    keep = [i for i, p in enumerate(parts) if not in_other_script(p)]
    if not keep or len(keep) == len(parts):
        return parts, seps
    return [parts[i] for i in keep], [seps[i] for i in keep[:-1]]


def is_place(name: str) -> bool:
    """A State, or a "Town, State" line."""
    parts = [p.strip() for p in re.split(r",|\s[–—-]\s", name)]
    return is_country_name(parts[-1]) and all(len(p.split()) <= 2 for p in parts)


def name_parts(line: str) -> list[str]:
    """A signature line's organization: the line without the role before it and the
    place after it ("Policy Officer | Border Justice Network", "Public Affairs,
    Biometrix Systems AG, Zug", "Casa del Migrante Frontera Sur, Ciudad Hidalgo,
    Chiapas"), kept whole between ("Transitional Justice Institute, Ulster University",
    "Sdružení pro integraci a migraci / Association for Integration and Migration");
    then its pieces that hold a word of an organization."""
    words = line.split()
    sentence_end = words and words[-1][-1:] in ".!?" and words[-1][:1].islower()
    if (sentence_end and not _LEGAL_FORM.match(words[-1])) or PRONOUN.match(line):
        return []  # a sentence: "I am happy for this to be published."
    pieces = re.split(r"(\s[|/–—·•-]\s|,\s*)", line.strip())
    parts, seps = _in_latin([_after_role(p) for p in pieces[::2]], pieces[1::2])
    for i in range(len(parts) - 1, 0, -1):  # "Coordinadora de … del Paraguay - CODEHUPY"
        if seps[i - 1].strip() in "-–—" and _spells_loosely(parts[i].strip(), parts[i - 1]):
            parts[i - 1 : i + 1] = [f"{parts[i - 1].strip()} ({parts[i].strip()})"]
            del seps[i - 1]
        elif seps[i - 1].strip() in "-–—" and _stands_for(parts[i - 1].strip(), parts[i]):
            parts[i - 1 : i + 1] = [f"{parts[i].strip()} ({parts[i - 1].strip()})"]
            del seps[i - 1]  # "ASOJUMI – Asociación de Jóvenes Migrantes": the acronym first
    start, end = 0, len(parts)
    while start < end:
        if is_role(parts[start]) or (start and _UNIT.match(parts[start])):
            start += 1  # "Abogada Senior | Programa Centroamérica": a unit after the post
        elif is_person(parts[start]) and start + 1 < end and is_role(parts[start + 1]):
            start += 2  # "Ana Pérez, Advocacy Officer, Red Acoge"
        else:
            break
    for i in range(start + 1, end):  # "… - input to the Working Group": a description
        rest = "".join(p + x for p, x in zip(parts[i:], [*seps[i:], ""], strict=False))
        # "Press Shield Watch (PSW) - Shield laws in …": a name closed by its acronym
        closed = _CLOSED.search(parts[i - 1])
        titled = seps[i - 1].strip() in "-–—" and (
            _sentence_case(rest)
            or bool(closed)
            or (_kind_only(rest) and len(parts[i - 1].split()) >= 2)
        )
        if parts[i][:1].islower() or HEADING.match(parts[i]) or titled:
            end = i
            break
    while end > start + 1 and _is_place_part(parts[end - 1]):
        end -= 1
    if start and end == start + 1 and _is_place_part(parts[start]):
        return []  # "Coordenação da Rede, Boa Vista (RR)": a post and a place
    if start >= end:
        return []
    whole = "".join(
        p + s for p, s in zip(parts[start:end], [*seps[start : end - 1], ""], strict=True)
    )
    # "Passeurs de droits (Nice)": a town in brackets after the name, not an acronym
    whole = re.sub(r"\s*\((?:[A-ZÀ-Ý][a-zà-ÿ'’-]+\s?){1,2}\)$", "", whole.strip())
    # "Ambassade des Élèves (association)", "… (colectivo ciudadano)": what it is, said
    whole = re.sub(r"\s*\([a-zà-ÿ][a-zà-ÿ'’ -]{2,40}\)$", "", whole)
    whole = LEAD.sub("", whole)  # "Forum X (lead)": its part in a joint submission
    organ = _ORGAN.match(whole)
    if organ and is_acronym(whole[organ.end() :].strip()):
        whole = whole[organ.end() :].strip()  # "Le Bureau national du SAASP": the SAASP
    inner = [p.strip() for p in parts[start:end] if is_org_words(p) or is_acronym(p.strip())]
    return list(dict.fromkeys([whole, *(inner if len(inner) > 1 else [])]))


# A name that ends with its acronym in brackets: whatever follows a dash is not its own.
_CLOSED = re.compile(r"\s\([A-ZÀ-Ý][A-ZÀ-Ý&.-]{1,11}\)\s*$")

# An organisation's governing body named before it: "Comité Ejecutivo del SUVA".
_ORGAN = re.compile(
    r"^(?:le |la |el |the |l['’])?(?:bureau|comité|comite|conseil|secrétariat|direction|junta|"
    r"consejo|executive|board|national|central)(?:\s+(?:national|nationale|exécutif|exécutive|"
    r"directeur|directrice|ejecutivo|ejecutiva|directivo|directiva|nacional|central|fédéral|"
    r"confédéral|general|général|générale|executive|board|committee|council|"
    r"d['’]administration))*\s+(?:du|de la|de l['’]|des|del|de|of the|of)\s+",
    re.IGNORECASE,
)
_UNIT = re.compile(
    r"^(?:program(?:me|a)?|department|departamento|département|division|divisi[oó]n|unit|"
    r"unidad|unité|pôle|desk|área|area)\b",
    re.IGNORECASE,
)


def _spells_loosely(acronym: str, name: str) -> bool:
    """An acronym after a dash made of its name's letters, in order, from its first:
    "CODEHUPY" of "Coordinadora de Derechos Humanos del Paraguay"."""
    if not (is_acronym(acronym) and " " not in acronym and len(name.split()) >= 2):
        return False
    letters, folded = fold(acronym).replace(".", ""), fold(name)
    if not folded.startswith(letters[:1]):
        return False
    found = iter(folded)
    return all(c in found for c in letters)


def _stands_for(acronym: str, name: str) -> bool:
    """An acronym before a dash that its name's letters or its content words' initials
    make: "ASOJUMI – Asociación de Jóvenes Migrantes"."""
    return _spells_loosely(acronym, name) or (
        is_acronym(acronym) and " " not in acronym and loosely_fits(acronym, name)
    )


def _after_role(part: str) -> str:
    """A person's function and where it is held: "Policy Officer at Border Justice
    Network", "Responsable de incidencia en Red Acoge" are the organization's."""
    held = re.match(
        r"^(.+?)\s+(?:at|with|of the|en|chez|à|au sein de|auprès de|de la|de l'|del)\s+"
        r"([A-ZÀ-Ý].+)$",
        part.strip(),
    )
    # "Coordinación de la Red": a lone word after the function is no name on its own
    whole = held is not None and len(held.group(2).split()) >= 2
    return held.group(2) if held and whole and is_role(held.group(1)) else part


PRONOUN = re.compile(r"^(I|We|My|Our|Je|Nous|Notre|Yo|Nosotr[oa]s|Nuestr[oa]|Mi)\s+[a-zà-ÿ]")
_LEGAL_FORM = re.compile(r"^(A\.?C\.?|e\.?V\.?|S\.?A\.?|asbl|ONLUS|Ltd\.?|Inc\.?|g?GmbH)$", re.I)


def ends_on_legal_form(name: str) -> bool:
    """Whether a name ends on a legal form ("… en busca de sus hijos A.C", "… e.V."): an
    organization's, however its words are written."""
    words = name.split()
    return len(words) >= 2 and bool(_LEGAL_FORM.match(words[-1]))


def _is_place_part(part: str) -> bool:
    """A town, a region or a State after a name ("…, Zug", "…, Ciudad Hidalgo, Chiapas",
    "…, Boa Vista (RR)")."""
    part = re.sub(r"\s*\([A-Z]{2}\)$", "", part.strip())
    if _LEGAL_FORM.match(part) or is_org_words(part) or is_acronym(part) or has_org_noun(part):
        return bool(is_country_name(part))  # "Euromed Droits" is no town
    words = part.split()
    named = [w for w in words if w.lower() not in _PLACE_LINKS]  # "Ciudad del Este"
    return is_country_name(part) or (
        1 <= len(words) <= 3
        and bool(named)
        and all(w[0].isupper() for w in named)
        and "(" not in part
    )


_PLACE_LINKS = {"de", "del", "la", "el", "sur", "upon", "on", "do", "da", "das", "dos"}


# A body's own committee or section, named before the body: "Human Rights Committee of …",
# "Commission des droits de l'homme du …", "Comisión de Derechos Humanos del …".
_COMMITTEE = re.compile(
    r"^(?:the |la |le |el |l['’])?(?:[\w'’-]+\s+){0,5}?(?:committee|commission|comité|"
    r"comisi[oó]n|section|secci[oó]n|working group|groupe de travail|grupo de trabajo)\b",
    re.IGNORECASE,
)
_OF = re.compile(r"\s(?:of the|of|du|de la|de l['’]|del|de|des|d['’])\s*", re.IGNORECASE)


def body_of_committee(name: str, lines: str) -> str:
    """A committee of a body whose own name a line writes alone ("Comisión de Derechos
    Humanos del Colegio de Abogados del Valle" over the signature's "Colegio de Abogados
    del Valle"): the body, for whom its committee writes."""
    committee = _COMMITTEE.match(name)
    if committee is None:
        return name
    tails = [fold(name[m.end() :]) for m in _OF.finditer(name) if m.start() >= committee.end()]
    for line in (line.strip() for line in lines.splitlines()):
        if len(line.split()) < 2 or line.isupper() or _COMMITTEE.match(line):
            continue
        if has_org_noun(line) and any(
            len(t.split()) >= 2 and (fold(line) == t or fold(line).endswith(" " + t)) for t in tails
        ):
            return line
    return name


def headed_with_university(name: str, letterhead: str) -> str:
    """A unit whose document heads it with its faculty and university after commas
    ("Clínica …, Facultad de Derecho, Universidad Andina del Sur - Contribución"): "Unit,
    University", as a unit signing over its university's line is."""
    if _UNIVERSITY.search(name):
        return name
    for line in letterhead.splitlines():
        if not line.strip().startswith(name + ","):
            continue
        parts = re.split(r",\s*|\s[-–—|]\s", line.strip()[len(name) + 1 :])
        university = [p.strip() for p in parts[:3] if _UNIVERSITY.match(p.strip())]
        if university and len(university[0].split()) <= 8:
            return f"{name}, {university[0]}"
    return name


_UNIVERSITY = re.compile(r"universit[yéàä]|universidad|universidade|universiteit", re.I)


# A body's office that a mailbox is named for: its secretariat, a unit, a division.
_OFFICE = re.compile(
    r"^(?:secretar[ií]a|secretariat|secrétariat|office|bureau|oficina|unit|unité|unidad|"
    r"division|divisi[oó]n|department|d[ée]partement|departamento|direction|direcci[oó]n)\b",
    re.IGNORECASE,
)


def body_of_office(name: str, said: str) -> str:
    """An office of a body named with the body's short name ("Secretaría de Comisiones
    PARLATINO") where the message writes the body's full name with it ("Parlamento
    Latinoamericano y Caribeño (Parlatino)"): the body, for whom its office writes."""
    short = next((w for w in name.split() if len(w) >= 3 and w.isupper() and w.isalpha()), "")
    rest = " ".join(w for w in name.split() if w != short)
    if not short or not _OFFICE.match(rest):
        return name
    written = re.search(rf"([^\n.;:()]{{6,120}}?)\s*\(({re.escape(short)})\)", said, re.I)
    if written is None:
        return name
    run: list[str] = []
    for word in reversed(written.group(1).split()):  # the name's words, back from the bracket
        if not (word[:1].isupper() or word.casefold() in function_words()):
            break
        run.insert(0, word)
    while run and run[0].casefold() in function_words():
        run.pop(0)
    return f"{' '.join(run)} ({written.group(2)})" if len(run) >= 2 else name
