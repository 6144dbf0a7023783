"""Who sent a submission: a suggested type, name and country, each with its reasons, for
an officer to confirm. A State writes through its mission and says so; an organization
signs with its name; a mail domain tells a ministry, a university or a UN entity apart.
Free-mail senders are judged on what they write alone."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from wgsubmit.detect.acronyms import is_acronym, prefixes_fit, with_acronym
from wgsubmit.detect.business_words import (
    ADVOCACY,
    BUSINESS,
    BUSINESS_SELF,
    COMPANY,
    LAW_FIRM,
    WE_COMPANY,
)
from wgsubmit.detect.forwarded import original
from wgsubmit.detect.joint import joint, lead_of
from wgsubmit.detect.listed_bodies import listed_body
from wgsubmit.detect.name_edges import (
    ascii,
    fold,
    joined_lines,
    spells,
    trim,
    without_title,
)
from wgsubmit.detect.name_parts import (
    body_of_committee,
    body_of_office,
    headed_with_university,
    name_parts,
)
from wgsubmit.detect.names import candidates, display_name, line_around
from wgsubmit.detect.other_words import (
    FAITH_BODY,
    FOR_CONGREGATIONS,
    GRANT_MAKER,
    OTHER,
    PRESS_UNION,
    PROFESSION,
    SAID_OTHER,
)
from wgsubmit.detect.person_name import person_name
from wgsubmit.detect.person_words import elected_for, has_org_noun, is_org_words, is_role
from wgsubmit.detect.sender_words import (
    ACADEMIC,
    ACADEMIC_DOMAIN,
    ACADEMIC_PERSON,
    AS_SCHOLAR,
    BY_PHRASE,
    CIVIL_SOCIETY,
    INDEPENDENT,
    INTERGOVERNMENTAL,
    MEDIA_REGULATOR,
    NHRI,
    ORGANISES_WORKERS,
    PARLIAMENTARIAN,
    PERSONAL,
    PRESS_PERSON,
    PUBLIC_NOT_STATE,
    REGIONAL_BODY,
    REPRESENTS,
    SAID_UN_BODY,
    SAYS_IT_IS,
    SPEAKS,
)
from wgsubmit.detect.signed import Sender, signature, tidied
from wgsubmit.detect.state_voice import state_submitter
from wgsubmit.directory import (
    country_of_domain,
    find_country,
    is_free_mail,
)
from wgsubmit.records import Submitter

__all__ = ["Sender", "suggest"]
_I = re.IGNORECASE


def suggest(sender: Sender) -> Submitter:
    """The lists first (a UN entity's domain settles it), then a State's voice, an NHRI's
    name, and else an organization, a researcher or a person by how they sign."""
    forwarded = original(sender.subject, sender.body)
    if forwarded is not None:  # the original sender is the submitter, not who forwards
        inner = suggest(Sender(*forwarded, sender.letterhead))
        if inner.name:
            return replace(inner, reasons=(*inner.reasons, "forwarded: the original sender"))
    sender = tidied(sender)
    domain = sender.address.rsplit("@", 1)[-1].lower() if "@" in sender.address else ""
    free = not domain or is_free_mail(domain)
    signed = signature(sender.body)
    own = "\n".join((sender.display_name, sender.subject, signed))
    everything = "\n".join((own, sender.body, sender.letterhead))
    for decide in (listed_body, state_submitter, _nhri):
        found = decide(sender, domain, free, own, everything)
        if decide is listed_body and found and not found.reasons[0].startswith("mail domain"):
            # Named, not writing from its domain: a State's own voice comes first.
            found = state_submitter(sender, domain, free, own, everything) or found
        if (
            found is not None
            and found.type in ("nhri", "international_org", "other")
            and found.name
        ):
            name = with_acronym(found.name, everything)  # a joint one's lead, too
            name = joint(name, everything, signed, sender.letterhead[:1500])
            return replace(found, name=name)
        if found is not None:
            return found
    return _organization_or_person(sender, domain, free, own, everything)


def _nhri(sender: Sender, domain: str, free: bool, own: str, text: str) -> Submitter | None:
    named = [c for c in candidates(sender, "" if free else domain) if NHRI.search(c)]
    match = NHRI.search(own) or NHRI.search(sender.letterhead[:600])
    match = match or (NHRI.search(named[0]) if named else None)  # "la contribution de …"
    if match is None:
        return None
    name = named[0] if named else trim(line_around(own, match) if NHRI.search(own) else "")
    if PROFESSION.search(name):
        return None  # "Commission des droits de l'homme du Barreau …": the bar's own committee
    country = (
        find_country(name)
        or (country_of_domain(domain) if domain and not free else None)
        or find_country(own)
    )
    reasons = [f"named {match.group(0)!r}"] + ([f"country {country}"] if country else [])
    return Submitter("nhri", name or None, country, 0.8, tuple(reasons))


def _organization_or_person(
    sender: Sender, domain: str, free: bool, own: str, text: str
) -> Submitter:
    member = elected_for(sender.subject + "\n\n" + sender.body)
    if member:  # an office writing for its member: the member is the submitter
        return Submitter("other", member, None, 0.6, (f"for {member!r}",))
    found = candidates(sender, "" if free else domain)
    org = found[0] if found else _company_of(person_name(sender), text)
    if org and (PARLIAMENTARIAN.match(org) or _LEGISLATURE.match(org)):
        org = None  # "Diputada al Congreso de la República", "the Senate": the person's function
    person = person_name(sender)
    by_person = _person(sender, org, person, domain, free, own, text) if person else None
    if by_person is not None:
        return by_person
    name = org or person or without_title(display_name(sender)) or None
    name = _of_university(name, signature(sender.body)) if name and org else name
    name = headed_with_university(name, sender.letterhead[:1500]) if name and org else name
    name = body_of_committee(name, signature(sender.body)) if name and org else name
    said = joined_lines(sender.body)
    name = body_of_office(name, said) if name and org else name
    if org and any(org in m.group(1) for m in REPRESENTS.finditer(said)):
        own, domain, free = "", "", True  # a client's: the signature and domain are its lawyer's
    lead = _spelled_out(lead_of(name or "", text), said)  # a joint one's type is its lead's
    kind, reason = _kind_of(lead, org is not None, own, domain if not free else "")
    if kind == "civil_society" and name:
        kind, reason = _kind_by_words(name, text, said) or (kind, reason)
    elif kind == "academic" and name:  # students at a university: their own society
        by_words = _kind_by_words(name, text, said)
        kind, reason = by_words if by_words and by_words[0] == "other" else (kind, reason)
    if name and kind != "individual":
        signed = sender.display_name + "\n" + signature(sender.body)
        # an acronym in the display name alone ("TRF Communications") labels a mailbox: the
        # name the message writes goes without it
        written = "\n".join((sender.subject, sender.body, sender.letterhead))
        name = with_acronym(name, written, signed)
        # a name in two languages ("EuroMed Rights / EuroMed Droits"): the first, as written
        first = name.split(" / ")[0]
        name = first if len(first.split()) >= 2 or is_acronym(first) else name
        name = joint(name, text, signature(sender.body), sender.letterhead[:1500])
    return Submitter(kind, name, None, 0.7 if org else 0.5, (f"{reason}: {name!r}",))


def _of_university(name: str, signed: str) -> str:
    """A unit signing on the line over its university's ("Transitional Justice Institute" /
    "Ulster University, Belfast"): "Unit, University", the unit with its acronym if the name
    gives it, whichever of the two the name is; a unit after its writer's post
    ("Coordinator, Centre for …") when the name is the university's alone."""
    lines = [line.strip() for line in signed.splitlines() if line.strip()]
    for line, below in itertools.pairwise(lines):
        post = re.match(r"^([^,]{3,60}),\s+(.+)$", line)
        posted = bool(post) and is_role(post.group(1) if post else "")
        unit = post.group(2) if post and posted else line
        parts = name_parts(below)
        university = parts[0] if parts else ""
        if not _UNIVERSITY.search(university) or "," in university or _UNIVERSITY.search(unit):
            continue
        if is_role(unit) or not has_org_noun(unit) or "|" in unit or "," in unit:
            continue
        own = re.fullmatch(rf"{re.escape(unit)}(?:\s*\([A-Z][\w.&-]+\))?", name)
        # "Clínica … de la Facultad de Derecho" said, the clinic's line signed
        faculty = name.startswith(unit + " ") and ACADEMIC.search(name[len(unit) :])
        if ((own or faculty) and not posted) or fold(name) == fold(university):
            return f"{name if own else unit}, {university}"
    return name


_UNIVERSITY = re.compile(r"universit[yéàä]|universidad|universidade|universiteit", _I)
_BYLINE = re.compile(r"^\W*(by|par|por|author|auteure?|autora?)\b", _I)


def _spelled_out(acronym: str, said: str) -> str:
    """An acronym alone as the name the message says it writes for, the acronym made of its
    words ("En nombre de la Conferencia Española de Religiosos" for "CONFER"): the words
    that tell its type."""
    if not is_acronym(acronym) or " " in acronym.strip():
        return acronym
    for match in BY_PHRASE.finditer(said):
        named = re.split(r",|\s+(?:is|est|es)\s", match.group(1))[0].strip()
        if len(named.split()) <= 10 and prefixes_fit(acronym, named):
            return named
    return acronym


def _person(
    sender: Sender, org: str | None, person: str, domain: str, free: bool, own: str, text: str
) -> Submitter | None:
    """A person who writes alone, in their own name: a researcher, an elected member or an
    individual; None when they write for the organization they name."""
    academic_domain = bool(domain) and not free and bool(ACADEMIC_DOMAIN.search(domain))
    told = bool(PRESS_PERSON.search(sender.body))  # "Soy editor de un periódico": themselves
    unquoted = _QUOTED.sub("", sender.body)  # "Save Our Rivers" marches: a slogan's words
    speaks_alone = (told or bool(_I_ALONE.search(unquoted))) and not _WE.search(unquoted)
    titled = PARLIAMENTARIAN.search(sender.display_name + "\n" + signature(sender.body)[:80])
    if org and speaks_alone and titled:
        org = None  # "En mi calidad de senador y presidente de la Comisión …": a function
    # "in my personal capacity … not those of my employer": the employer is not the submitter
    # … and "I write as a scholar": their own work, not their university's
    in_person = speaks_alone and (
        told
        or bool(PERSONAL.search(sender.subject + "\n" + sender.body))
        or bool(AS_SCHOLAR.search(sender.body))
    )
    # An organization heading the document (its letterhead) speaks through whoever sends
    # it; a line that opens on the person's name, or on "by", is an author's byline, not a
    # letterhead ("Centre X | Director: Jane Doe" is still the Centre's).
    name = org or ""
    headed = (
        bool(name)
        and is_org_words(name)
        and any(
            name in line and (person not in line or not _byline(line, person))
            for line in sender.letterhead[:600].splitlines()
        )
    )
    alone = (
        speaks_alone
        and (free or academic_domain or in_person or _nameless(sender, name, domain))
        and not _said_by(sender, name)
        and (in_person or not headed)
    )
    if not (org is None or alone):
        return None
    independent = INDEPENDENT.search(own + "\n" + sender.body)  # of no institution
    if (academic_domain or ACADEMIC_PERSON.search(own)) and not independent:
        return Submitter("academic", person, None, 0.6, ("a researcher writing alone",))
    elected = PARLIAMENTARIAN.search(signature(sender.body))
    if elected:
        return Submitter("other", person, None, 0.6, (f"signed {elected.group(0)!r}",))
    if free or org is None or PERSONAL.search(text) or speaks_alone:
        return Submitter("individual", person, None, 0.6, ("signed by a person",))
    return None


def _nameless(sender: Sender, org: str, domain: str) -> bool:
    """A line under the person's name that holds no word of an organization ("Kampala",
    "Retired teacher, Shrewsbury"): where or what the person is, not for whom they write."""
    return bool(org) and not (
        has_org_noun(org)
        or is_org_words(org)
        or is_acronym(org)
        or re.search(r"\([A-Z]{2,}\)", org)  # "Kids in Need of Defense (KIND)"
        or _MY_BODY.search(sender.body)
        or (domain and spells(org, domain))
    )


def _kind_by_words(name: str, text: str, said: str) -> tuple[str, str] | None:
    """An organization's type by what the message says it is: an association of companies,
    a company, a union, congregation, local authority or students."""
    if _says_business(name, text):
        return "private_sector", "an association of companies, by its own words"
    if WE_COMPANY.search(said) and not ADVOCACY.search(name):
        return "private_sector", "a company, by its own words"
    described = [m.group("said") or m.group("own") for m in SAYS_IT_IS.finditer(said)]
    described += _described_as(name, said)
    if any(SAID_UN_BODY.match(d) for d in described):
        return "international_org", "a fund, programme or agency of the UN, by its words"
    if PRESS_UNION.search(name):
        return None  # a journalists' union: civil society, whatever it says it organises
    if any(OTHER.search(d) or SAID_OTHER.match(d) for d in described):
        return "other", "a union, congregation, local authority or students, by its words"
    if re.search(r"\bunion\b", name, _I) and ORGANISES_WORKERS.search(said):
        return "other", "a union that organises workers, by its words"
    return _faith_or_donor(name, said)


def _faith_or_donor(name: str, said: str) -> tuple[str, str] | None:
    """A body of faith communities (by its name, or speaking for its congregations) whose
    name holds no word of an association; a foundation that funds others' work."""
    faith = FAITH_BODY.search(name) or FOR_CONGREGATIONS.search(said)
    if faith and not CIVIL_SOCIETY.search(name):
        return "other", "a body of faith communities"
    base = re.sub(r"\s*\([^()]*\)$", "", name)
    if re.search(r"foundation|fondation|fundaci[oó]n|stiftung", base, _I) and any(
        GRANT_MAKER.match(said[m.end() :]) for m in re.finditer(re.escape(base), said)
    ):
        return "other", "a foundation that funds others' work, by its words"
    return None


def _byline(line: str, person: str) -> bool:
    """A line that gives a text's author: "By Jane Doe", "Jane Doe, Department of Law"."""
    return bool(_BYLINE.match(line)) or line.lstrip(" -–—*").startswith(person)


def _described_as(name: str, said: str) -> list[str]:
    """What the message says the organization is, between commas after its name: "The
    United Domestic Workers of the Philippines, a union of Filipino domestic workers, …";
    a unit of a university by the unit's name ("X, a student society at Y University")."""
    base = re.sub(r"\s*\([^()]*\)$", "", name)
    unit, _, university = base.partition(", ")
    heads = dict.fromkeys(
        (base, unit if _UNIVERSITY.search(university) else base)
    )  # "X, Y University": X
    after = r"(?:\s*\([^()]{1,20}\))?,\s+(?:an?|une?|una|the)\s+([^,.;:\n]{3,90})"
    return [m.group(1) for head in heads for m in re.finditer(re.escape(head) + after, said)]


def _kind_of(name: str, organization: bool, own: str, domain: str) -> tuple[str, str]:
    """An organization's type from its name's words, then its signature's, then its
    mail domain's."""
    academic_domain = bool(domain) and bool(ACADEMIC_DOMAIN.search(domain))
    if is_acronym(name) and " " not in name.strip():
        # An acronym alone ("SNTR", "SPA") tells nothing, nor is it a legal form: the words
        # its mail domain spells may ("sindicato-rural", "employers-council").
        own = re.sub(rf"\b{re.escape(name.strip())}\b", "", own)
        name = " ".join(re.split(r"[-_]", domain.split(".")[0])) if domain else ""
    trade = BUSINESS.search(name) and not ADVOCACY.search(name)
    signed_as_company = COMPANY.search(own) and not (
        CIVIL_SOCIETY.search(name) or ADVOCACY.search(name)
    )
    company = COMPANY.search(name) or trade or signed_as_company or LAW_FIRM.search(name)
    if REGIONAL_BODY.search(name) and not CIVIL_SOCIETY.search(name):
        return "international_org", "a body of a region's States: its bank, parliament, commission"
    if OTHER.search(name) and not PRESS_UNION.search(name):
        return "other", "a parliament, union, congregation, local authority or students"
    if PUBLIC_NOT_STATE.search(name) and not CIVIL_SOCIETY.search(name):
        return "other", "a public authority of its own (data protection, elections, a court)"
    if MEDIA_REGULATOR.search(name) and not CIVIL_SOCIETY.search(name):
        return "other", "a media regulator or a press council"
    # ".int" is given to bodies set up by a treaty between States, and to no one else
    if INTERGOVERNMENTAL.search(name) or INTERGOVERNMENTAL.search(own) or domain.endswith(".int"):
        return "international_org", "an intergovernmental organization"
    if company:
        return "private_sector", "a company or an association of companies"
    if ACADEMIC.search(name) or (academic_domain and not COMPANY.search(own)):
        return "academic", "university or research centre"
    first = re.sub(r"\W", "", ascii(name.split()[0]).lower()) if name.split() else ""
    named_domain = spells(name, domain) or (len(first) >= 4 and domain.startswith(first))
    if organization and domain.endswith(".com") and named_domain:
        return (
            ("civil_society", "organization name")
            if CIVIL_SOCIETY.search(name)
            else (
                "private_sector",
                "company name",
            )
        )
    if organization:
        return "civil_society", "organization name"
    return "individual", "no organization named"


def _says_business(name: str, text: str) -> bool:
    """Whether the message describes the organization, right after its name, as one of
    companies: "The Coffee Traders Alliance, the trade association of … importers"."""
    base = re.sub(r"\s*\([^()]*\)$", "", name)
    for match in re.finditer(re.escape(base), text):
        after = re.sub(r"^\s*\([^()]{1,20}\)", "", text[match.end() : match.end() + 140])
        described = re.match(r"\s*(,|\bis\b|\best\b|\bes\b)", after)
        if described and BUSINESS_SELF.search(re.split(r"[.;]|\n\s*\n", after)[0]):
            return True
    return False


def _company_of(name: str | None, text: str) -> str | None:
    """A name like a person's that a legal form follows is a company's: "Seguridad
    Integral del Pacífico, S.A. de C.V. presenta …"."""
    if not name:
        return None
    form = re.search(rf"{re.escape(name)},?\s+{_LEGAL_FORM}", text)
    return form.group(0) if form else None


# A house of a legislature is where an elected member sits, not a submitter of its own.
_LEGISLATURE = re.compile(
    r"^(?:the\s+|le\s+|la\s+|el\s+)?(?:senate|sénat|senado|parliament|parlement|parlamento|"
    r"congress|congreso|national assembly|assemblée nationale|asamblea nacional|"
    r"chamber of deputies|chambre des députés|c[aá]mara de diputad[oa]s|"
    r"house of (?:commons|representatives|lords))(?:\s+(?:of|de|du|del)\s+.*)?$",
    _I,
)
_LEGAL_FORM = (
    r"(?:S\.A\. de C\.V\.|S\. de R\.L\.(?: de C\.V\.)?|S\.A\.S\.?|S\.A\.|S\.L\.|S\.R\.L\.|"
    r"SARL|SAS|Ltd\.?|Limited|Inc\.?|LLC|LLP|PLC|GmbH|AG|B\.V\.|N\.V\.|Pty\.? Ltd\.?)"
)
_I_ALONE = re.compile(
    r"\b(I|my|me|je|Je|mon|ma|mes|yo|mi|mis|envío|adjunto|(?i:comparto|escribo|remito))\b|"
    r"\bJ['’]"
)
_QUOTED = re.compile(r"[\"“«][^\"“”«»\n]{1,80}[\"”»]")
_WE = re.compile(
    r"\b(we|our|nous|notre|nos|nosotros|nuestr[oa]s?|adjuntamos|enviamos|remitimos)\b", _I
)


# A person who writes for the body they work in: "on behalf of my organization".
_MY_BODY = re.compile(
    r"\b(?:my|mon|ma|mi) (?:organi[sz]ation|organizaci[oó]n|association|asociaci[oó]n|ong|ngo|"
    r"team|équipe|equipo|colleagues|collègues|colegas)\b",
    _I,
)


def _said_by(sender: Sender, name: str) -> bool:
    """Whether the message presents the submission as the organization's own ("on behalf
    of X", "X respectfully submits")."""
    said = sender.subject + "\n" + joined_lines(sender.body)
    head = name.split(", ")[0]  # "X, University": "X at the University" as said
    return any(
        name.casefold() in trim(m.group(1)).casefold()
        or trim(m.group(1)).casefold() in name.casefold()
        or (len(head.split()) >= 2 and trim(m.group(1)).casefold().startswith(head.casefold()))
        for m in [*BY_PHRASE.finditer(said), *SPEAKS.finditer(said)]
    )
