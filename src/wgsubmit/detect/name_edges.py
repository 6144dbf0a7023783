"""Where a name ends: cut where the sentence around it goes on, never inside the name
("Ligue pour la défense des droits des migrants" is whole), its edges tidied, and a name
cut inside a phrase told apart; whether a mail domain spells a name, and whether one
name is a fuller form of another; a person's name without its titles."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources

_I = re.IGNORECASE


def ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# Where a sentence goes on past a name: "… to the Working Group", "… which was
# prepared", "… and its partners". A small word inside a name ("Ligue pour la défense
# des droits") does not end it.
_DET = (  # atomic: "for the Rights" does not end at "t"
    r"(?>(?:the |la |le |les |l'|el |los |las |du |des |del |de la |a |an |our |its |their |"
    r"notre |nuestr[oa] )?)"
)
# English names capitalise their words: in a sentence, a small word before a lowercase
# one ends the name ("… for the call"); a line holding only a name may not ("Center for
# legal aid").
_CUT_LOWER = re.compile(
    r"\s+(?:to|for|on|about|regarding|concerning|with|in|at|sobre)\s+" + _DET + r"[a-z]"
)
_CUT = re.compile(
    # In any language, a small word before the call, its office or "this" ends it.
    r"\s+(?:to|au|aux|à|a|al|ante|auprès de|auprès du|for|pour|para|in|dans|en|on|sobre|"
    r"about|regarding|concerning|sur|with|con|avec)\s+" + _DET + r"(?:UN\b|United Nations|"
    r"Nations Unies|Naciones Unidas|Office|Oficina|Working Group|Groupe de travail|"
    r"Grupo de Trabajo|Special Rapporteur|Rapporteur|Relator|OHCHR|HCDH|ACNUDH|"
    r"High Commissioner|Haut-Commissa|Alto Comisionad|call\b|appel\b|convocatoria|"
    r"consultation|consulta\b|report\b|rapport\b|informe\b|questionnaire|cuestionario|"
    r"this\b|ce\b|cette\b|cet\b|este\b|esta\b|your\b|votre\b|vos\b|su\b|sus\b|theme|thème|"
    r"tema\b|topic\b|question\b|cuesti[oó]n\b|use of|utilisation|utilizaci[oó]n|archive|"
    r"fichier|document|pièce|anexo|archivo|attach|file\b|annex)"
    r"|\s+(?:concernant|relatif|relative|relativa|relativo|acerca|regarding|concerning|"
    r"that|which|qui|que|who|is|are|est|sont|has|have|ont|ha|han|prepared|"
    r"submitted|sent|wishes|would|hereby|submits|presents|présente|soumet|presenta|"
    r"remite|envía|welcomes|salue|saluda)\b"
    r"|\s+(?:and|y|et|e)\s+(?:de\s+|of\s+|des\s+)?(?:its|their|ses|leurs|sus|partners|partenaires|socios|"
    r"others?|autres|otr[oa]s|several|various|plusieurs|varias|\d|co-?sign|cosign|"
    r"endors|support|firmad|signé|avalad|respaldad|(?:two|three|four|five|six|seven|eight|"
    r"nine|ten|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|dos|tres|cuatro|cinco|seis|"
    r"siete|ocho|nueve|diez)\b)"
    r"|\s+(?:research |legal )?(?:team|équipe|equipo)\b"
    r"|\s+(?:Justice|Advocacy|Policy|Research|Legal|Communications?|Programs?|Programmes?|"
    r"Media|Campaigns?)\s+Team\b"
    # "On behalf of the Green Lane Mosque community, I share …": the sentence goes on.
    r"|,\s+(?:I|[Ww]e|[Jj]e|[Nn]ous|[Yy]o|[Mm]y|[Oo]ur|[Nn]otre|[Nn]uestr[oa])\b"
    r"|\s+(?:and|et|y)\s+(?:I|je|j'|yo)\b"  # "… Abri Solidaire et je vous …"
    r"|\s+(?:I|[Ww]e|[Jj]e|[Nn]ous)\s+(?:attach|send|submit|share|enclose|am\b|are\b|have\b|"
    r"would|hereby|write|present|vous\b|transmet|soumet)"
    r"|\s+(?:community|members|staff|family)(?=,|$)"
    # "… Union and submit the attached": a verb after "and" goes on with the sentence
    r"|\s+(?:and|et|y)\s+(?:(?:we|nous|hereby|les|le|vous)\s+)?(?:submit|send|attach|present|share|"
    r"transmet|soumet|adress|env[ií]|present|remit|adjunt|compart|enclos|forward|transmit)\w*\b"
    # "… con dos anexos", "… avec ses partenaires", "… with the support of"
    r"|\s+(?:con|avec|with)\s+(?:dos|tres|cuatro|deux|trois|quatre|two|three|four|\d|sus?\b|"
    r"ses\b|son\b|sa\b|leurs?\b|its\b|their\b|our\b|nuestr|notre\b|nos\b|annex|anex|"
    r"el apoyo|le soutien|the support)"
)


_ACRONYM = r"(?=[^()]*[A-Z][^()]*[A-Z])[A-Z][\w.&’'-]{1,14}"  # two capitals at least
_SUBMISSION_OF = re.compile(
    r"^(?:joint )?(?:submission|contribution|input|comments?|aporte|aportación|contribución|"
    r"soumission)\s+(?:of|from|by|de la|de l'|del|de|du|des)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_COMMON_NOUN = re.compile(
    r"^(?:[LlDd]['’]|[Ll]a |[Ll]e |[Tt]he |[Ee]l |[Oo]ur |[Nn]otre |[Nn]uestra )?"
    r"(?:association|asociaci[oó]n|organi[sz]ation|organizaci[oó]n|ong|ngo|collectif|"
    r"colectivo|fondation|fundaci[oó]n|foundation|network|réseau|red)\s+(?=[A-ZÀ-Ý])"
)
_ARTICLE_HEAD = re.compile(
    r"^(?:the|la|le|les|el|los|las|l['’])\s*(?=(?:réseau|collectif|centre|center|centro|red|"
    r"coalition|coalici[oó]n|association|asociaci[oó]n|fondation|fundaci[oó]n|foundation|"
    r"observatoire|observatorio|ligue|league|comité|committee|plateforme|plataforma|"
    r"mouvement|movimiento|institut|instituto|institute|alliance|alianza|forum|foro|"
    r"network|collective|colectivo|coordination|coordinadora|fédération|federaci[oó]n|"
    r"conseil|consejo|council|programme|programa|clinique|cl[ií]nica|clinic)\b)",
    re.IGNORECASE,
)
_LEGAL_END = re.compile(
    r"^(.*?\b(?:Ltd|Limited|Inc|LLC|LLP|PLC|plc|GmbH|AG|S\.A\.S|S\.A|SARL|B\.V|N\.V|Pty|"
    r"A\.C|e\.V)\.?)\s+(?!de\s+[A-Z]\.)[a-zà-ÿ].*$"  # "S.A. de C.V." is one form
)


_ON_BEHALF = re.compile(r"^(?:on behalf of|au nom (?:du|des|de)|en nombre (?:del|de))\s+", _I)


# A co-signatory's part in a joint submission, in brackets after its name.
LEAD = re.compile(
    r"\s*\((?:lead|lead (?:organi[sz]ation|author|submitter)|coordinat(?:or|ing organi[sz]ation)|"
    r"convenor|chef de file|coordinat(?:eur|rice)|porteur|l[ií]der|coordinadora?|"
    r"coordination|coordinaci[oó]n|coordena[çc][ãa]o|"
    r"organizaci[oó]n (?:l[ií]der|coordinadora))\)$",
    re.IGNORECASE,
)


def trim(name: str, whole: bool = False) -> str:
    """A name cut where the sentence around it goes on. ``whole``: a line that holds only
    a name, perhaps with a description after it, whose dashes and brackets are its own."""
    name = LEAD.sub("", " ".join(name.split()))  # "Forum X (lead)"
    name = _ON_BEHALF.sub("", name)  # "Au nom de l'association …": its name follows
    name = _SUBMISSION_OF.sub("", name)  # "Submission of Red Acoge"
    name = _COMMON_NOUN.sub("", name)  # "l'association Justice et Dignité": its name follows
    name = _ARTICLE_HEAD.sub("", name)  # "Le Réseau Migrations Sahel"; "La Cimade" stays
    name = re.sub(r"^(?:for|pour|por|on behalf of|au nom de|en nombre de)\s+(?:the\s+)?", "", name)
    # "Pour l'Association …," signed on its behalf; "Pour la Solidarité" alone is a name.
    name = re.sub(
        r"^(?:for|pour|por|para)\s+(?:the |la |le |les |el |l'|l’)?(?=[A-ZÀ-Ý]\S*\s+\S+\s+\S)",
        "",
        name,
        flags=_I,
    )
    # "Centre d'études … (Université Grenoble Alpes)": the university is part of the name.
    name = re.sub(r"\s\(((?:Pontificia )?Universi[^()]+)\)", r", \1", name)
    if not whole:
        name = re.sub(
            r"^(?:for|pour|por|de la part)\s+(?:the |la |le |el |l')?", "", name, flags=_I
        )
        name = re.sub(r"^(?:the|la|le|el|les|los|las|l')\s+", "", name, flags=_I)
    for pattern in (_CUT,) if whole else (_CUT, _CUT_LOWER):
        cut = pattern.search(name)
        if cut:
            name = name[: cut.start()]
    name = name.split(": ")[0]  # "European Platform on Border Watch: contribution"
    name = _AFTER_UNIVERSITY.sub(r"\1", name)
    # A legal form ends a company's name: "Sentinel Border Solutions Ltd provides …".
    name = re.sub(_LEGAL_END, r"\1", name)
    # "… (AQDM) accompagne des personnes": a verb after the acronym, the sentence goes on
    after = re.match(rf"^(.+?\s\({_ACRONYM}\))\s+([a-zà-ÿ]+)\b", name)
    if after and after.group(2) not in function_words():
        name = after.group(1)
    if whole:
        return clean(re.split(r",\s+(?=[a-zà-ÿ])", name)[0])
    name = re.split(r"\s[-–—|]\s", name)[0]
    # "Kalahari Land Watch (KLW) P.O. Box …", "A (SWJ), B, C": the acronym closes the
    # name, unless the phrase goes on ("… (CEDIM) de l'Université …", "… (ILRC) / Conseil …")
    name = re.sub(rf"^(.+?\s\({_ACRONYM}\))(?:,|\s+(?=[A-ZÀ-Ý0-9])).*$", r"\1", name)
    bracket = re.search(r"\s\((?![A-Z][\w.&’'-]{1,14}\))", name)  # "(ACRONYM)" stays
    if bracket:
        name = name[: bracket.start()]
    name = re.split(r",\s+(?=[a-zà-ÿ])", name)[0]
    name = re.sub(r"\s+I$", "", name)  # "On behalf of the Council I attach …": the writer
    return clean(name)


# A university's name ends at its town: what it is "sur" or "about" after it is the topic
# ("… de l'Université de Loire-Atlantique sur l'habitat informel"), as a unit's "sur" before
# it is its name ("Groupe de recherche sur les migrations, Université …").
_AFTER_UNIVERSITY = re.compile(
    r"^(.*\b(?:Universit[éy]|Universidad|Universidade)\b[^,()]*?[A-ZÀ-Ý][\w'’-]*)\s+"
    r"(?:sur|on|about|sobre|concerning|regarding|concernant)\s+" + _DET + r"[a-zà-ÿ].*$"
)


def clean(name: str) -> str:
    """Edges tidied: stray punctuation, a bracket left open, a trailing small word; an
    acronym after a dash put in brackets ("Coalition … – COJED"), a bar between a name's
    two languages written as a slash."""
    name = " ".join(name.split()).strip(" ,;:-–—'*•·|/")
    quoted = name.strip('"')
    # A quote that closes one inside the name stays: Red … "Kawsay Warmikuna".
    name = quoted + '"' if quoted.count('"') % 2 and name.endswith('"') else quoted
    name = re.sub(r"^(.{6,}?)\s[-–—]\s([A-Z][A-Z&.-]{1,11})$", r"\1 (\2)", name)
    name = re.sub(r"\s\|\s", " / ", name)
    while name.endswith(")") and name.count(")") > name.count("("):
        name = name[:-1].rstrip(" ,;:-–—")
    while name.startswith("(") and name.count("(") > name.count(")"):
        name = name[1:].lstrip()
    if name.count("(") > name.count(")"):
        name = name[: name.rfind("(")].rstrip(" ,;:-–—")
    name = re.sub(r"['’]s$", "", name)  # "Sea Rescue Alliance's"
    words = name.split()
    while len(words) > 1 and words[-1].islower() and words[-1] in function_words():
        words.pop()
    name = " ".join(words).strip(" ,;:-–—'")
    if re.search(r"\b[A-Z](?:\.[A-Z])+$|\b[A-Z]\.[a-z](?:\.[a-z])+$", name):
        name += "."  # "Minera Andina S.A.A.", "Tessil S.r.l."
    return name if name.count('"') % 2 == 0 else name.strip('"')


@cache
def function_words() -> frozenset[str]:
    """Words that never end a name (data/function_words.txt)."""
    text = resources.files("wgsubmit.data").joinpath("function_words.txt").read_text("utf-8")
    lines = (line for line in text.splitlines() if not line.startswith("#"))
    return frozenset(word.casefold() for line in lines for word in line.split())


def is_cut(name: str) -> bool:
    """A name cut inside a phrase: it ends on a function word, or its brackets do not
    close. A UN short name whose bracket ends in "of" ("Bolivia (Plurinational State
    of)") is whole."""
    text = " ".join(name.split())
    if text.count("(") != text.count(")") or text.count("[") != text.count("]"):
        return True
    bare = re.sub(r"\([^()]*\)$", "", text).strip() if text.endswith(")") else text
    last = bare.rsplit(" ", 1)[-1] if bare else ""  # "Frontera Sur" ends on a name
    return last in function_words() or (last.endswith(("'", "’")) and len(last) <= 2)


def fold(name: str) -> str:
    """A name with case, accents and spacing aside, to compare two writings of it."""
    return " ".join(ascii(name).casefold().split())


def spells(name: str, domain: str) -> bool:
    """Whether the domain's own label spells the name, whole, at its end ("Asociación Pro
    Refugiados", prorefugiados.es) or by its initials ("AMRA")."""
    label = domain.split(".")[0].replace("-", "")
    if len(label) < 3:
        return False
    bracket = re.search(r"\(([^()]{2,15})\)$", name)  # "… (CEJIL)", cejil.org
    if bracket and re.sub(r"\W", "", ascii(bracket.group(1)).lower()) == label:
        return True
    words = re.findall(r"[^\W\d_]+", ascii(name).lower())
    squashed = "".join(words)
    initials = "".join(w[0] for w in words if w not in _SMALL)
    return (
        label in (squashed, initials)
        or (len(label) >= 6 and squashed.endswith(label))
        # "Colectivo Tierra Libre A.C." of colectivotierralibre: a legal form after it
        or (len(label) >= 8 and squashed.startswith(label) and len(squashed) - len(label) <= 4)
        or (len(initials) >= 3 and label.startswith(initials))
        # all its words but the last, whole: "Kettle Creek Water Protectors", kettlecreekwater
        or (len(words) >= 4 and label == "".join(words[:-1]))
        # most of the label: "Care4Calais", not "Colectivo" of colectivotierralibre
        or (
            len(squashed) >= 4
            and label.startswith(squashed)
            and (4 * len(squashed) >= 3 * len(label) or name.strip().isupper())  # "CPSM"
        )
    )


_SMALL = {"of", "for", "and", "the", "on", "de", "des", "du", "la", "le", "et", "del", "y"}


def fuller(name: str, short: str) -> bool:
    """Whether a name is a fuller form of another, holding its words in order: "Cámara
    Nacional de Empresas de Seguridad Privada" of "Cámara de Empresas de Seguridad"."""
    words, want = re.findall(r"\w+", fold(name)), re.findall(r"\w+", fold(short))
    if name.startswith("The ") and want[:1] != ["the"]:
        words = words[1:]  # "The Nordic Harbour Alliance in Bergen (NHA Bergen)"
    if len(want) < 2 or len(words) <= len(want) or words[0] != want[0]:
        return False
    capitals = {w.casefold() for w in short.split() if len(w) >= 2 and w.isupper()}
    at = 0
    for w in want:
        # a word may be shortened ("Coalition Haïti" of "Coalition haïtienne pour les …"),
        # or be the initials of the words it stands for ("Asia Forum DW" of "… for
        # Domestic Workers")
        while at < len(words) and not (w == words[at] or (len(w) >= 4 and words[at].startswith(w))):
            if w in capitals and _initials_at(w, words, at):
                at += len(w) - 1
                break
            at += 1
        if at >= len(words):
            return False
        at += 1
    return True


def _initials_at(acronym: str, words: list[str], at: int) -> bool:
    """Whether the words from ``at`` on begin with the acronym's letters, one each."""
    run = words[at : at + len(acronym)]
    return len(run) == len(acronym) and all(x[0] == c for x, c in zip(run, acronym, strict=True))


def without_title(name: str) -> str:
    """A person's name without honorifics before it or letters after it ("Prof. Dr. Anna
    Kovács", "Hon. Maria Santos MP"): an honorific alone is no name."""
    name = _PRONOUNS.sub("", name).strip(" \"'")
    while True:
        shorter = _HONORIFIC.sub("", name)
        shorter = re.sub(r",?\s+(MP|MEP|PhD|Ph\.D\.|Esq\.?|LLM|JD|MSc)$", "", shorter)
        if shorter == name:
            return name
        name = shorter.strip()


# "(she/her)", "(elle)", ", ella/ella": the pronouns a signature gives after the name
_PRONOUNS = re.compile(
    r"\s*\((?:she|he|they|elle|il|iel|ella|él)\s*/\s*\w+(?:\s*/\s*\w+)?\)|"
    r"\s*\((?:she|he|they|elle|iel|ella|él)\)|"
    r",?\s+(?:she|he|they|elle|iel|ella|él)/\w+(?:/\w+)?\s*$",
    re.I,
)
_HONORIFIC = re.compile(
    r"^(dr|dra|prof|pr|maître|me|mr|mrs|ms|mme|mlle|sr|sra|srta|hon|rev|fr|sister|father|"
    r"mgr|dña|doña|dona(?=\s+\w+\s+\w)|señora|madame|lic|licd[oa]|lcd[oa]|ing|abog|abg|mtr[oa]|mgtr|arq|h\.e|s\.e|cllr|councillor|diputad[oa]|senador[a]?|senator|sen(?=\.)|dip(?=\.)|"
    r"député[e]?|sénat(?:eur|rice)|imam|rabbi|pastor|padre|père)\.?(\s+|$)",
    re.IGNORECASE,
)


# A run of words that may hold a name: a capitalised word and the words after it, to the
# next punctuation ("… preparé en la Fundación Paz y Justicia.", "… for the Prison Reform
# Trust").
_RUN = re.compile(r"[A-ZÀ-Ý][\w'’&-]*(?:[ \t]+[\w'’&-]+)*")


def domain_spelled(text: str, domain: str) -> list[str]:
    """The names a text writes that the mail domain spells ("Prison Reform Trust",
    prisonreformtrust.org), or whose words its own words are ("Ligue pour le droit au
    logement", ligue-logement.org): the longest from each capitalised word."""
    label = domain.split(".")[0].lower() if domain else ""
    if len(label) < 4:
        return []
    found: list[str] = []
    for run in _RUN.finditer(text):
        words = run.group(0).split()
        for i, first in enumerate(words):
            if not first[0].isupper():
                continue
            span = next(
                (" ".join(words[i:j]) for j in range(min(len(words), i + 12), i + 1, -1)
                 if _fits_domain(words[i:j], label)),
                None,
            )  # fmt: skip
            if span:
                rest = " ".join(words[i + len(span.split()) :])
                more = re.match(rf"(?:\s*(?:{_SMALL_RUN}\s+)?[A-ZÀ-Ý][\w'’&-]*)+", " " + rest)
                found.append(span + (more.group(0).rstrip() if more else ""))  # "… del Litoral"
                break
    return found


_SMALL_RUN = r"(?:of the|of|de la|de l['’]|del|de|des|du|for|pour|para)"


def _fits_domain(words: list[str], label: str) -> bool:
    """Whether the words are the name a mail domain's label spells, whole or by the words
    it joins with hyphens, from the first word to the last."""
    if words[-1].casefold() in function_words() or len(words) < 2:
        return False
    folded = [re.sub(r"\W", "", ascii(w).casefold()) for w in words]
    if "".join(folded) == label.replace("-", ""):  # the whole name, its words joined
        return True
    parts = [p for p in label.split("-") if len(p) >= 3]
    return (
        len(parts) >= 2
        and folded[0] == parts[0]
        and folded[-1] == parts[-1]
        and all(p in folded for p in parts)
    )


# A verb that makes a sentence of a line: "The contracts were awarded", "Le centre est géré".
_FINITE = re.compile(
    r"\s(?:is|are|was|were|has|have|had|est|sont|était|étaient|ont|es|son|fue|fueron|han)"
    r"\s+(?:not\s+|pas\s+|no\s+)?[a-zà-ÿ]"
)


def is_sentence(name: str) -> bool:
    """Whether a line holds a finite verb, and so says something rather than names."""
    return bool(_FINITE.search(name))


def joined_lines(text: str) -> str:
    """A mail's wrapped lines joined, its paragraphs kept apart: a phrase may run over a
    line's end ("on behalf of\nSenator …")."""
    return re.sub(r"(?<!\n)\n(?!\n)", " ", text)
