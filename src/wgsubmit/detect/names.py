"""Where a message names its submitter, and the name as it should be published: the
signature, the display name, the subject, the letterhead; a name never cut inside a
phrase, an acronym spelled out where the message gives it."""

from __future__ import annotations

import re
from functools import lru_cache

from wgsubmit.detect.acronyms import expand, is_acronym, loosely_fits, prefixes_fit, stands_for
from wgsubmit.detect.contact_lines import is_contact_line
from wgsubmit.detect.name_edges import (
    domain_spelled,
    fold,
    fuller,
    is_cut,
    is_sentence,
    spells,
    trim,
)
from wgsubmit.detect.name_parts import is_place
from wgsubmit.detect.name_shape import is_headed, lenient_name, looks_like_name, strict_name
from wgsubmit.detect.person_name import person_name
from wgsubmit.detect.person_words import has_org_noun, is_org_words, is_person, is_role
from wgsubmit.detect.sender_words import (
    ACADEMIC,
    ACRONYM_OFFICE,
    BY_PHRASE,
    INTRODUCES,
    REPRESENTS,
    ROLE,
    SPEAKS,
    TEAM_OF,
    WORKS_AT,
)
from wgsubmit.detect.signed import (
    GREETING,
    Sender,
    body_head,
    letterhead_names,
    signature,
    signature_lines,
)
from wgsubmit.detect.university_units import unit_of, unit_of_university

_I = re.IGNORECASE


# A mailbox shared by a team: its display name is the team's, not a person's.
SHARED_MAILBOX = re.compile(
    r"^(info|office|secretariat|secretariado|secretaria|secretariat\w*|contact|contacto|contato|"
    r"admin|"
    r"mail|general|communications?|comunicaci[oó]n(?:es)?|bureau|accueil|oficina|hello|team|"
    r"advocacy|incidencia|plaidoyer|submissions?|un|geneva|ginebra|geneve|programs?|"
    r"programmes?|director|direccion|presidencia|president|compliance|legal|juridique|"
    r"press|presse|prensa|media|policy)([._-].*)?@",
    re.IGNORECASE,
)


def is_shared_mailbox(address: str) -> bool:
    return bool(SHARED_MAILBOX.match(address or ""))


def display_name(sender: Sender) -> str:
    """The display name as an organization's: a shared mailbox's team word dropped
    ("Secretariat MFMW" is MFMW's)."""
    name = _PERSONAL_NOTE.sub("", (sender.display_name or "").strip(" \"'"))
    if _COUPLE.fullmatch(name) and is_person(_COUPLE.sub(r"\2", name)):
        return ""  # "Rohan & Meera Pillai": two people, no body
    if is_shared_mailbox(sender.address):
        bare = re.sub(r"^(?:" + ROLE.pattern.lstrip("^") + r")\s*[-–:|,]?\s*", "", name, flags=_I)
        name = name if _ROLE_OF.match(bare) else bare  # "Office of the Ombudsman": whole
        name = ACRONYM_OFFICE.sub(r"\1", name)  # "GMMA Secretariat": GMMA's mailbox
        name = "" if _TEAM_NAME.fullmatch(name) else name  # "Compliance Team": no body's name
    return _OFFICE_AFTER.sub("", name).strip()  # "Green Party - National Office": the party's


# A team's or a unit's own name in a shared mailbox, a function and its word: "Compliance
# Team", "Legal Department", "Press Desk".
_TEAM_NAME = re.compile(
    r"(compliance|legal|press|media|policy|communications?|advocacy|finance|admin|support)\s+"
    r"(team|desk|unit|department|dept\.?)",
    _I,
)


# What goes on after a role word that begins a body's name: "Office of the Ombudsman".
_ROLE_OF = re.compile(r"(of|for|on|de|du|des|del|d['’]|pour|para|sobre)\b", _I)


# An office of the body after its name: "- National Office", "| Head Office", "– Secretariat".
_OFFICE_AFTER = re.compile(
    r"\s+[-–—|]\s+(?:(?:national|head|main|central|regional|international|executive|general)\s+)?"
    r"(?:office|secretariat|headquarters|bureau|secrétariat(?: national)?|siège|oficina"
    r"(?: nacional| central)?|secretar[ií]a(?: general| ejecutiva)?|sede(?: nacional)?)\s*$",
    _I,
)


# A person's own mailbox, so marked: "Maria (personal)", "Mariam (perso)".
_PERSONAL_NOTE = re.compile(
    r"\s*\((?:perso|personal|personnel(?:le)?|private|priv[ée]e?|privado|particular|home)\)\s*$",
    _I,
)
# A couple by their first names and one surname: "Rohan & Meera Pillai", "Ana y Luis Paz".
_COUPLE = re.compile(r"([A-ZÀ-Ý][\w'’-]+)\s+(?:&|and|et|y|e)\s+([A-ZÀ-Ý].+)")


def candidates(sender: Sender, domain: str) -> list[str]:
    """Names of an organization the sender may go by, best first (see `_candidates`)."""
    return list(_candidates(sender, domain))


@lru_cache(maxsize=4)  # asked for by the NHRI's reading and the organization's, in turn
def _candidates(sender: Sender, domain: str) -> tuple[str, ...]:
    """Names of an organization the sender may go by, best first. Each place it can say
    who it is scores: a phrase ("on behalf of"), the signature's organization line, the
    display name, the subject, the letterhead; a name that spells the mail domain
    ("African Borders Lab", africanborderslab.org; "AMRA") scores most."""
    board = _Board(sender, domain)
    # Wrapped lines joined, paragraphs kept apart: a name may run over a line end.
    body = GREETING.sub("\\g<0>\n", sender.body)  # "Madame, Monsieur," no name's start
    said = _unwrapped(sender.subject + "\n\n" + body)
    for match in [*BY_PHRASE.finditer(said), *SPEAKS.finditer(said)]:
        if not _SPOKEN_BY_PERSON.search(match.group(1)):  # "En tant que …, je vous adresse"
            board.add(match.group(1), 2.0)
        known = _known_as(match.group(1), sender.body)
        if known:
            board.add(known, 2.5, phrase=False)
    for match in INTRODUCES.finditer(said):
        board.add(match.group(1), 2.0, vouched=True)
    for match in TEAM_OF.finditer(sender.body):  # "On behalf of everyone at X," to close
        # "El Equipo de Estudios … comparte su aporte sobre la\nsalud …": a sentence's start
        goes_on = re.match(r"\n[ \t]*[a-zà-ÿ]", sender.body[match.end() :])
        if not goes_on and not is_cut(match.group(1)):
            board.add(match.group(1), 2.0, vouched=True)
    for match in WORKS_AT.finditer(said):  # the person's employer
        board.add(match.group(1), 2.0, vouched=True)
    for match in REPRESENTS.finditer(said):  # above the firm's own name and domain
        board.add(match.group(1), 6.0, vouched=True)
    signature_lines(sender, board.add, board.domain)
    lined = set(board.lined)  # a display name is often a short form: it ends no name
    board.add(display_name(sender), 1.5, phrase=False, anyone=is_shared_mailbox(sender.address))
    board.lined = lined
    for part in re.split(r"\s*[–—:|]\s+|\s+-\s+", sender.subject):  # "UPDATED: Name"
        heading = _SUBJECT_NAME.match(part)
        if heading:
            board.add(heading.group(1), 1.0)
    letterhead_names(sender.letterhead, board.add)
    head, dated = body_head(sender.body)
    letterhead_names(head, board.add, headed=dated)  # a letterhead line atop the mail
    if domain and not any(spells(n, domain) for n in board.scored):
        lines = sender.subject + "\n" + sender.body  # a name ends with its line
        for name in domain_spelled(lines, domain):  # "… prepared for the Prison Reform Trust"
            board.add(name, 1.0)
    return tuple(board.ranked())


def _known_as(name: str, body: str) -> str | None:
    """ "Britain Yearly Meeting of … (Quakers in Britain)" where the signature writes the
    bracket's name alone on a line: the name with the one it goes by, whole."""
    found = re.fullmatch(r"(.+?)\s*\(([A-ZÀ-Ý][^()]{2,40}\s[^()]{2,40})\)", name.strip())
    if not found or is_acronym(found.group(2)):
        return None
    lines = {line.strip() for line in signature(body).splitlines()}
    return f"{trim(found.group(1))} ({found.group(2)})" if found.group(2) in lines else None


# A sentence whose subject is the writer, not the name before it: "…, je vous adresse".
_SPOKEN_BY_PERSON = re.compile(r"(?:^|[\s,])(?:je|j['’]|nous|I|we|yo|nosotr[oa]s)$", _I)


def _unwrapped(text: str) -> str:
    """Wrapped lines joined, paragraphs kept apart. A long line wraps; a short one is a
    signature's, and an address or a telephone starts a line of its own: each ends a name
    ("on behalf of X\nP.O. Box 12", "X\nBrussels | Nairobi")."""
    lines = text.split("\n")
    out = lines[:1]
    for line in lines[1:]:
        before = out[-1]
        wraps = len(before) >= 50 and line.strip() and before.strip()
        if wraps and not (is_contact_line(line) or _PLACES.match(line)):
            out[-1] = before + " " + line
        else:
            out.append(line)
    return "\n".join(out)


# Towns, one after another: "Brussels | Nairobi | Bogotá", "Genève - Dakar".
_PLACES = re.compile(
    r"^\s*[A-ZÀ-Ý][\w'’.-]+(?: [A-ZÀ-Ý][\w'’.-]+)?(?:\s+[|·•–-]\s+[A-ZÀ-Ý]\S+)+\s*$"
)
_SUBJECT_NAME = re.compile(
    r"^\W*(?:(?:updated|revised|final|new|joint|nueva?|nouvelle|révisée?|revisad[oa])\s+)?"
    r"(?:(?:submission|input|contribution|contribución|aporte|aportación|soumission)\s+"
    r"(?:de la |de l['’]|del |de |du |des |d['’]|of the |of |from |by )?)?"
    r"(.{3,90}?)(?:\s+(?:submission|input|contribution|response|reply|comments)\b|$)",
    re.IGNORECASE,
)


# What an organization is, not its name: "Joint NGO submission".
_GENERIC = re.compile(
    r"ngos?|ongs?|csos?|osc|civil society|société civile|sociedad civil|"
    r"(?:the|our|this|notre|cette|la|l'|nuestra|esta|mi|my|ma) (?:ngo|ong|organi[sz]ation|"
    r"organizaci[oó]n|association|asociaci[oó]n|collective|network|team)",
    re.IGNORECASE,
)
_LEGAL_FORM_ALONE = re.compile(
    r"\W*(?:limited|ltd|inc|llc|llp|plc|gmbh|ag|sarl|sas|s\.?a\.?|s\.?l\.?|ltda|pty|bhd|tbk|"
    r"corp(?:oration)?|holdings?|s\.?a\.? de c\.?v\.?)\W*",
    _I,
)
_ABBREVIATED_FORM = re.compile(r"\b(?:Inc|Ltd|Corp|Co|Pty|Bhd|Ltda)$")


class _Board:
    """The names found so far, with their points."""

    def __init__(self, sender: Sender, domain: str) -> None:
        self.sender, self.domain = sender, domain
        self.scored: dict[str, float] = {}
        self.phrased: set[str] = set()  # names read out of a sentence ("on behalf of …")
        self.lined: set[str] = set()  # names that stand alone on a line (a signature's)
        self.person = fold(person_name(sender) or "")

    def add(
        self, name: str, points: float, phrase: bool = True, anyone: bool = False,
        strict: bool = False, vouched: bool = False,
    ) -> bool:  # fmt: skip
        """``anyone``: a place where a name like a person's is the organization's (the
        signature's line after the person's, a shared mailbox's name, the letterhead);
        ``strict``: a place where a title may stand instead (the letterhead);
        ``vouched``: the message says it is an organization's ("Somos X, una asociación")."""
        written = " ".join(name.split())
        name = unit_of(trim(name, whole=not phrase))
        if not phrase and name == written + ".":
            name = written  # a line's "… A.C" as it is written, no point added
        bracket = re.fullmatch(r"(.+?)\s*\(([A-Z][\w.&-]+)\)", name) if phrase else None
        last = bracket.group(1).split(" / ")[-1] if bracket else ""  # "… / Conseil … (CDFA)"
        if bracket and not prefixes_fit(bracket.group(2), last):
            name = bracket.group(1)  # "Instituto … (UCR)": the bracket names another
        if _ABBREVIATED_FORM.search(name) and name + "." in self.sender.body:
            name += "."  # "Ardent Data Systems Inc." as written, its point not a full stop
        name = self._whole_legal_form(name) if phrase else name
        spelled = bool(self.domain) and spells(name, self.domain)
        if not self._admits(name, spelled or vouched, anyone, strict):
            return False
        if is_acronym(name):
            sender = self.sender
            name = expand(name, "\n".join((sender.subject, sender.body, sender.letterhead[:2000])))
            spelled = spelled or (bool(self.domain) and spells(name, self.domain))
        keyword = 1.5 if is_org_words(name) else 0.0
        coined = re.search(r"[a-z][A-Z]|\d", name)  # "Care4Calais", "ResqShip"
        lone = not (spelled or keyword or is_acronym(name) or coined or anyone)
        if len(name.split()) == 1 and lone:
            points = min(points, 1.0)  # a lone word may be a town
        total = points + (3.0 if spelled else 0.0) + keyword
        self.scored[name] = max(self.scored.get(name, 0.0), total)
        if phrase:
            self.phrased.add(name)
        else:
            self.lined.add(name)
        return True

    def _whole_legal_form(self, name: str) -> str:
        """A company's name read out of a sentence up to its legal form's first point ("…,
        S.A" of "…, S.A. de C.V." wrapped over a line's end): the form whole."""
        if not re.search(r"\b(?:S\.A|S\. de R\.L)\.?$", name):
            return name
        said = " ".join(f"{self.sender.subject}\n{self.sender.body}".split())
        at = said.find(name)
        rest = said[at + len(name) :] if at >= 0 else ""
        tail = re.match(r"\.?(?:\s+de\s+R\.L\.)?\s+de\s+C\.\s?V\.", rest)
        return name.rstrip(".") + "." + tail.group(0).lstrip(".") if tail else name

    def _admits(self, name: str, spelled: bool, anyone: bool, strict: bool) -> bool:
        if _LEGAL_FORM_ALONE.fullmatch(name):
            return False  # "Limited" on a footer's line: a legal form names no one
        if len(name) < 3 or is_role(name) or _GENERIC.fullmatch(name) or is_sentence(name):
            return False  # a post, a word of the call, a sentence ("The contracts were …")
        if not (looks_like_name(name) or lenient_name(name, anyone and not strict)):
            return False
        if is_place(name) and not spelled:
            return False
        if is_person(name) and not spelled and (not anyone or fold(name) == self.person):
            return False
        return not strict or spelled or strict_name(name)

    def ranked(self) -> list[str]:
        """Best first; a fuller form of the best one ("Geneva Academy of International
        Humanitarian Law and Human Rights") before it."""
        self._ended_by_lines()
        scored = self.scored
        ranked = [n for n, points in sorted(scored.items(), key=lambda i: -i[1]) if points >= 1.5]
        longer = [
            n
            for n in [*self.phrased, *ranked[1:]]
            if ranked and (fuller(n, ranked[0]) or is_headed(n, ranked[0]))
        ]
        units = [n for n in scored if ranked and unit_of_university(n, ranked[0])]
        if units:  # "Clínica Jurídica …, Universidad del Pacífico Sur" over the university
            return list(dict.fromkeys([max(units, key=len), *ranked]))
        one = ranked[0] if ranked and len(ranked[0].split()) == 1 else ""
        lone = (self._described(one) or self._spelled_out(one)) if one else None
        if lone:
            ranked.insert(0, lone)
        elif longer:
            ranked.insert(0, max(longer, key=lambda n: (len(n), not n.isupper())))
        elif ranked and is_acronym(ranked[0]):
            # "FUNDEPAZ" signed, "Fundación para el Desarrollo y la Paz" written elsewhere
            acronym = ranked[0].split()[0]
            spelled = [n for n in scored if n != ranked[0] and prefixes_fit(acronym, n)] or [
                n for n in self.lined if has_org_noun(n) and loosely_fits(acronym, n)
            ]  # "CODHES" of a title page's "Consultoría para los Derechos Humanos y el …"
            if spelled:  # "HOPE" of "Hope for Widows": a word of it in capitals, no acronym
                full = max(spelled, key=len)
                bare = full.endswith(")") or not stands_for(acronym, full)
                ranked.insert(0, full if bare else f"{full} ({acronym})")
            else:  # "Le Conseil international des agences bénévoles (ICVA) …": another language's
                ranked[:0] = self._opened_with(acronym)
        return list(dict.fromkeys(ranked))

    def _ended_by_lines(self) -> None:
        """A name read out of a sentence that runs on past the name a line writes alone
        ("… Harbour Light Refugee Network on the Government of …" over the signature's
        "Harbour Light Refugee Network"): the line's name, with the sentence's acronym."""
        for name in list(self.phrased):
            for line in sorted(self.lined, key=len, reverse=True):
                own = re.search(r"\s*\([A-Z][\w.&’'-]{1,14}\)$", line)  # "Name (ACR)" signed
                line = line[: own.start()] if own else line
                rest = name[len(line) :]
                if len(line.split()) < 2 or not name.startswith(line + " "):
                    continue
                acronym = re.match(r"\s*\([A-Z][\w.&’'-]{1,14}\)", rest)
                if not (acronym or re.match(r"\s+[a-zà-ÿ]", rest)) or _GOES_ON.match(rest):
                    break
                if ACADEMIC.search(rest) or _LOWER_FORM.match(rest):
                    break  # "… Clinic at the Law School of …": a unit and its university
                short = line + (acronym.group(0) if acronym else own.group(0) if own else "")
                after = rest[acronym.end() :] if acronym else ""
                if acronym and (not after.strip(" ,.;") or _GOES_ON.match(after)):
                    break  # "… Office (HLO)": the line's name and its acronym, whole
                points = self.scored.pop(name)
                self.phrased.discard(name)
                self.scored[short] = max(self.scored.get(short, 0.0), points)
                self.phrased.add(short)
                break

    def _opened_with(self, acronym: str) -> list[str]:
        """A sentence that opens on an organization's name and its acronym in brackets, its
        initials another language's: "Name (ACRONYM)"."""
        said = _unwrapped(self.sender.subject + "\n\n" + self.sender.body)
        opening = r"(?:^|[.!?]\s+|\n)(?:[Ll]e |[Ll]a |[Ll]['’]|[Tt]he |[Ee]l )?"
        name = rf"([A-ZÀ-Ý][^\n.;:()]{{5,100}}?)\s*\({re.escape(acronym)}\)"
        for match in re.finditer(opening + name, said):
            found = trim(match.group(1))  # "Contribution du Centre …": its name
            if has_org_noun(found) and len(found.split()) <= 10 and not is_person(found):
                return [f"{found} ({acronym})"]
        return []

    def _described(self, word: str) -> str | None:
        """A word written with what it is after a dash ("Alvéa-Centro para la Defensa de
        Derechos Humanos"), on a line of its own: the name in full."""
        fuller = [
            n
            for n in self.lined
            if re.match(rf"{re.escape(word)}\s*[-–—]\s*[A-ZÀ-Ý]", n) and is_org_words(n)
        ]
        return max(fuller, key=lambda n: self.scored[n]) if fuller else None

    def _spelled_out(self, word: str) -> str | None:
        """A word of an organization alone ("la Coalition", "el Observatorio") is how a
        message names again what it writes in full: the full name, among the names found
        (the best scored, then the longest) or in the message's own words."""
        if not is_org_words(word) or is_acronym(word):
            return None
        fuller = [n for n in self.scored if n != word and n.split()[0] == word] or [
            n for n in self.phrased if n != word and word in re.findall(r"[\w'’-]+", n)
        ]  # "Ombudsman" of "Public Defender (Ombudsman) of Georgia"
        if fuller:
            return max(fuller, key=lambda n: (self.scored[n], len(n)))
        sender = self.sender
        text = "\n".join((sender.subject, sender.body, sender.letterhead[:2000]))
        small = "|".join(re.escape(w) for w in ("de", "del", "de la", "des", "du", "of", "for"))
        run = rf"{re.escape(word)}(?:[ \t]+(?:(?:{small})[ \t]+)?[A-ZÀ-Ý][\w'’-]+)+"
        found = [m.group(0) for m in re.finditer(run, text)]
        return max(found, key=len) if found else None


# A name's own continuation after a shorter form of it: "Clínica Jurídica" of "… de
# Derechos Humanos", "Centre" of "… for Migrant Rights".
_GOES_ON = re.compile(
    r"\s+(?:(?:of|at|de|del|des|du|for|pour|para|and|y|et|à|en)\s+"
    r"(?:the |la |el |le |les |los |las |l['’])?|(?:de|à) l['’])[A-ZÀ-Ý]"
)


_LOWER_FORM = re.compile(r"\s+(?:e\.\s?V\.?|asbl|a\.s\.b\.l\.|vzw|gGmbH|onlus|ry|rf)(?!\w)")


def line_around(text: str, match: re.Match[str]) -> str:
    start = text.rfind("\n", 0, match.start()) + 1
    end = text.find("\n", match.end())
    return text[start : end if end != -1 else len(text)]
