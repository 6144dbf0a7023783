"""Whether a name is a person's or an organization's: the words of an organization, a
person's function ("Senior Policy Officer"), a person's name ("Ana Pérez", not "Irish
Refugee Council")."""

from __future__ import annotations

import re

from wgsubmit.detect.business_words import COMPANY
from wgsubmit.detect.name_edges import joined_lines, without_title
from wgsubmit.detect.sender_words import (
    ACADEMIC,
    CIVIL_SOCIETY,
    ELECTED_FOR,
    MUNICIPAL,
    NHRI,
    ROLE,
    ROLE_HEAD,
)
from wgsubmit.directory import find_country


def is_role(part: str) -> bool:
    """A person's function ("Senior Policy Officer", "Área Jurídica"), not an
    organization that starts with a role's word ("Legal Center Lesvos")."""
    role = ROLE.match(part.strip())
    if role is None and ROLE_HEAD.match(part.strip()):
        # "Policy Manager", "Research Associate", "Project Officer" (the post's head word and
        # a project's are no organization's); "Research Centre Director" no
        qualifier = part.strip().rsplit(None, 1)[0]
        return not ORG_NOUN.search(qualifier) or bool(_PROJECT.fullmatch(qualifier))
    if role is None or re.search(r"\([A-Z]{2,}[\w.-]*\)$", part.strip()):
        return False  # "Coordinadora de … (CODEHUPY)": a post has no acronym
    rest = part.strip()[role.end() :]
    # "Le Président de la Commission" is a person's function; "Legal Center Lesvos" a name.
    of = re.match(r"\s+(of|de|du|del|des|of the|de la|de l')\b", rest)
    named = re.findall(r"\b[A-ZÀ-Ý][\w'’-]+", rest[of.end() :]) if of else []
    if len(named) >= 3 and re.match(
        r"(el |la |the )?(equipo|équipe|team|área|area)$", role.group(0), re.I
    ):
        return False  # "Equipo de Estudios Campesinos y Acción Solidaria": a team's name
    if of and _COORDINATION.match(role.group(0)) and _MEMBERS.match(rest[of.end() :]):
        return False  # "Coordinadora de Comunidades …": a body its members form, no post
    # "Associate Professor": the post's own words are no organization's
    return bool(of and _FUNCTION.match(role.group(0))) or not ORG_NOUN.search(rest)


# A coordination of communities, peoples or organizations is a body of its own ("Coordinadora
# de Comunidades …", "Coordination des ONG …", "Coordinating Committee of Indigenous
# Organisations"): a person coordinates a programme, not the members a body is made of.
_COORDINATION = re.compile(
    r"^(the |la |el |l')?(coordinadora|coordination|coordinaci[oó]n|coordena[cç][aã]o)$", re.I
)
_MEMBERS = re.compile(
    r"\s*(?:the |les |las |los )?(?:comunidades|communities|communautés|pueblos|peoples|peuples|"
    r"organi[sz]ations|organizaciones|ong|ngos|associations|asociaciones|mujeres|femmes|women|"
    r"collectifs|colectivos|collectives|groups|groupes|grupos|movements|mouvements|movimientos|"
    r"networks|réseaux|redes)\b",
    re.I,
)


_PROJECT = re.compile(r"(?:projects?|programmes?|programs?)", re.IGNORECASE)
_FUNCTION = re.compile(
    r"^(the |le |la |el |l')?(president|présidente?|presidente?|director|directora?|directeur|"
    r"directrice|head|chief|coordinator|coordinadora?|coordinaci[oó]n|coordination|member|"
    r"coordena[cç][aã]o|coordenador[a]?|diretor[a]?|"
    r"membre|executive|secretar[iy]|secrétari)",
    re.IGNORECASE,
)
ORG_NOUN = re.compile(
    r"\b(cent(er|re|ro)|network|red|réseau|coalition|associa\w*|asocia\w*|foundation|"
    r"fundaci\w+|fondation|institut\w*|universi\w+|commission|comisi[oó]n(?:es)?|council|conseil|consejo|conselho|ligue|"
    r"league|alliance|alianza|forum|foro|observator\w*|clinic|cl[ií]nica|project|proyecto|"
    r"society|sociedad|société|services|servicio|servicios)\b",
    re.IGNORECASE,
)


def has_org_noun(name: str) -> bool:
    """A word no person's name nor place's holds: "Droits", "Rights", "Network"."""
    return bool(ORG_NOUN.search(name) or _NO_PERSON.search(name))


def is_org_words(name: str) -> bool:
    return bool(
        ACADEMIC.search(name)
        or COMPANY.search(name)
        or CIVIL_SOCIETY.search(name)
        or NHRI.search(name)
        or MUNICIPAL.search(name)
    )


def is_person(name: str) -> bool:
    """Two to four capitalised words with no word of an organization: a person."""
    words = without_title(name)
    parts = words.split()
    connectors = {"de", "del", "da", "van", "von", "der", "den", "ter", "la", "le", "di", "y",
                  "bin", "ibn", "al", "dos", "das", "du", "los", "las"}  # fmt: skip
    named = [p for p in parts if p.lower() not in connectors]  # "María de los Ángeles Quispe"
    if not 2 <= len(named) <= 4 or len(parts) > 6 or any(ch.isdigit() for ch in words):
        return False
    if parts[0].casefold() in ("the", "la", "le", "el", "les", "los", "las"):
        return False  # "La Cimade": an article opens no person's name
    capitals = [p for p in parts if p.isupper() and not re.fullmatch(r"[A-Z]\.?", p)]  # "R.", "M"
    if is_org_words(words) or capitals or ROLE.match(words):
        return False
    if ORG_NOUN.search(words) or _NO_PERSON.search(words):  # "Irish Refugee Council"
        return False
    if find_country(" ".join(parts[1:])):  # "Refugee Voices Lebanon"; "Jordan Smith" is a person
        return False
    return all(p[0].isupper() or p.lower() in connectors for p in parts)


# Words in no person's name: "Irish Refugee Council", "Pacific Women's Voice", a
# newsroom's.
_NO_PERSON = re.compile(
    r"\b(council|committee|union|group|trust|fund|watch|voice|action|aid|rights|justice|"
    r"united|unid[oa]s|tenants?|inquilinos|locataires|"
    r"refugees?|migrants?|women|children|youth|peace|freedom|liberty|solidarity|human|"
    r"humanos|derechos|droits|mujeres|femmes|migrantes|refugiados|réfugiés|casa|maison|"
    r"house|mulher(?:es)?|direitos|workers?|trabajador\w*|trabalhador\w*|travailleu\w*|"
    r"pueblos?|povos?|peoples?|parish|church|mosque|temple|synagogue|diocese|"
    r"congregation|parroquia|paroisse|église|iglesia|labou?r|desk|team|voices|agency|agencia|agence|"
    r"c[aá]mara(?=\s+(?:de|del|d['’]|nacional|oficial|of|[a-zà-ÿ]))|chamber|chambre|"
    r"colegio|barreau|ordre|abogad[oa]s|avocats|lawyers|"
    # the press's own words: "Safe Newsroom", "Radio Voz del Valle", "Diario del Norte"
    r"newsrooms?|press|presse|prensa|media|médias|medios|radios?|television|télévision|"
    r"televisi[oó]n|broadcast\w*|newspapers?|journalists?|journalistes|periodistas|"
    r"reporters|gazette|gaceta|diario|peri[oó]dico|magazine|revista|news|noticias|"
    # the words of a cause or of help given: "Kettle Creek Water Protectors", "… Legal Support"
    r"protectors|guardians|guardianes|gardiens|climate|climat|"
    r"clima|water|agua|earth|environment\w*|environnement\w*|ambiental\w*|protests?|"
    r"extinction|rebellion|bank|banque|partido|party|chiefs|elders|covenant)\b",
    re.IGNORECASE,
)


def elected_for(text: str) -> str | None:
    """An elected member a mail is sent for, named with the title ("on behalf of Senator
    Alicia Ng"): the member's name."""
    said = joined_lines(text)
    for match in ELECTED_FOR.finditer(said):
        words = match.group(1).split()
        for k in range(len(words), 1, -1):  # "… Claire Whitlock Parliament House": her name
            if is_person(" ".join(words[:k])):
                return " ".join(words[:k])
    return None
