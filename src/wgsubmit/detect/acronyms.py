"""Acronyms and the names they stand for: "AFAMIDE" spelled out where the message writes
it, and "Full Name (ACRONYM)" published when both are known."""

from __future__ import annotations

import re
from functools import cache

from wgsubmit.detect.name_edges import ascii, clean, fuller, function_words, joined_lines
from wgsubmit.directory import is_country_name


def is_acronym(name: str) -> bool:
    first = name.split()[0] if name.split() else ""
    return len(first) >= 2 and sum(c.isupper() for c in first) >= 3 and len(name.split()) <= 2


def expand(acronym: str, text: str) -> str:
    """An acronym's full name where the message spells it out ("… Desaparecidos
    (AFAMIDE)", or words whose initials it is), else the acronym. A national section's
    ("DCI Greece") keeps its State: "Defence for Children International Greece"."""
    short = acronym.split()[0].strip(" -–")
    place = acronym.split(None, 1)[1] if len(acronym.split()) > 1 else ""
    full = _spelled(short, text) or acronym
    if full == acronym or not is_country_name(place):
        return full
    # the section's name written out with its State: "Defence for Children International
    # Greece", "JRS (Jesuit Refugee Service) Portugal"; else the State is the body's own
    written = re.search(rf"{re.escape(full)}\)?\s+{re.escape(place)}(?!\w)", text)
    return f"{full} {place}" if written else full


def _spelled(short: str, text: str) -> str | None:
    """The name an acronym stands for, written with it or as the words it is made of."""
    before = _written_before(short, text) or _written_after(short, text) or _dashed(short, text)
    if before:
        return re.sub(r"^[Ll]['’](?=[A-ZÀ-Ý])", "", before)  # "L'Institut … (IRMS)"
    letters = [c for c in short if c.isupper()]
    for match in re.finditer(r"[A-ZÀ-Ý][\w'’-]*(?:[ \t]+[\w'’-]+){1,12}", text):
        words = match.group(0).split()
        for start in range(len(words)):
            if not words[start][0].isupper():
                continue
            capitals = [w[0] for w in words[start:] if w[0].isupper()]
            if capitals[: len(letters)] != letters:
                continue
            end, count = start, 0
            while end < len(words) and count < len(letters):
                count += words[end][0].isupper()
                end += 1
            return clean(" ".join(words[start:end]))
    return None


_ELIDED = re.compile(r"^[LlDd]['’](?=[A-ZÀ-Ý])")


def _written_before(acronym: str, text: str) -> str | None:
    """The name written just before "(ACRONYM)": the words whose initials it is, else the
    run of capitalised words (and small words between them)."""
    if f"({acronym})" not in text:  # what the pattern needs, found without it
        return None
    # a name wrapped over a line's end ("… des Femmes et des\nEnfants de Maradi (ADEFEM)"):
    # the words whose initials the acronym is, read across it
    wrapped = joined_lines(text)
    for match in re.finditer(rf"([^\n.;:()]{{3,200}}?)\s*\({re.escape(acronym)}\)", wrapped):
        fitting = _fitting_end(acronym, match.group(1).split()[-15:])
        span = text[match.end(1) - len(fitting or "") - 1 : match.end(1)]
        if fitting and "\n" in span and _wrapped_mid_phrase(span):
            return fitting
    for match in re.finditer(rf"([^\n.;:()]{{3,200}}?)\s*\({re.escape(acronym)}\)", text):
        words = match.group(1).split()[-15:]
        fitting = _fitting_end(acronym, words)
        if fitting:
            return fitting
        run: list[str] = []
        for word in reversed(words):
            if not (_ELIDED.sub("", word)[:1].isupper() or word.casefold() in function_words()):
                break
            run.insert(0, word)
        while run and run[0].casefold() in function_words():
            run.pop(0)
        if len(run) >= 2:
            return clean(" ".join([_ELIDED.sub("", run[0]), *run[1:]]))
    return None


def _wrapped_mid_phrase(span: str) -> bool:
    """Whether each line's end in a stretch of text falls after a small word ("des"), inside
    a phrase, not after a name of its own."""
    ends = [line.split()[-1] for line in span.split("\n")[:-1] if line.split()]
    return bool(ends) and all(w.casefold() in function_words() for w in ends)


def _fitting_end(acronym: str, words: list[str]) -> str | None:
    """The last words whose initials an acronym is, from the first that fits: "de
    l'Institut fédéral …" begins after the article, which stays inside it ("… des États de
    l'Afrique centrale")."""
    for k in range(1, len(words) + 1):
        first = _ELIDED.sub("", words[-k])
        named = " ".join([first, *words[len(words) - k + 1 :]])
        if first[:1].isupper() and prefixes_fit(acronym, named):
            return clean(named)
    return None


def _written_after(acronym: str, text: str) -> str | None:
    """The name written in brackets just after the acronym, before any translation of it:
    "AGMI (Associazione Giuristi per le Migrazioni – Association of Jurists for …)"."""
    for match in re.finditer(rf"(?<![\w-]){re.escape(acronym)}\s*\(([^()]{{6,240}})\)", text):
        first = re.split(r"\s+[–—/-]\s+|;", " ".join(match.group(1).split()))[0]
        first = re.sub(r"^(?:the|la|le|el|les|los|las)\s+", "", first)
        if prefixes_fit(acronym, first):
            return clean(first)
    return None


def _dashed(acronym: str, text: str) -> str | None:
    """A name in two parts, a dash between them, for an acronym in two ("RFM-CA", Red
    Franciscana de Movilidad – Centro América)."""
    parts = acronym.split("-")
    if len(parts) != 2 or min(map(len, parts)) < 2:
        return None
    for match in re.finditer(r"([^\n.;:()–—]{3,120}?)\s+([–—-])\s+([^\n.;:()–—]{3,120})", text):
        left, right = match.group(1).split(), match.group(3).split()
        starts = [k for k in range(2, len(left) + 1) if left[-k][0].isupper()]
        ends = [j for j in range(1, len(right) + 1) if right[j - 1][0].isupper()]
        head = next((k for k in starts if prefixes_fit(parts[0], " ".join(left[-k:]))), 0)
        tail = next((j for j in ends if prefixes_fit(parts[1], " ".join(right[:j]))), 0)
        if head and tail:
            return f"{' '.join(left[-head:])} {match.group(2)} {' '.join(right[:tail])}"
    return None


def dash_fits(acronym: str, name: str) -> bool:
    """Whether an acronym in two parts is a two-part name's ("RFM-CA")."""
    parts, halves = acronym.split("-"), re.split(r"\s+[–—-]\s+", name)
    return len(parts) == len(halves) == 2 and all(map(prefixes_fit, parts, halves))


def loosely_fits(acronym: str, name: str) -> bool:
    """Whether an acronym of syllables ("CODHES", COnsultoría … Derechos Humanos … dEsplazamiento)
    holds, in order, the initials of all but one of a name's content words, the first among
    them."""
    letters = "".join(c for c in ascii(acronym).lower() if c.isalpha())
    words = re.findall(r"[^\W\d_]+", ascii(name).lower())
    initials = [w[0] for w in words if w not in function_words() and len(w) > 1]
    if len(letters) < 4 or len(initials) < 3 or not letters.startswith(initials[0]):
        return False
    at, found = 0, 0
    for c in initials:
        hit = letters.find(c, at)
        if hit >= 0:
            at, found = hit + 1, found + 1
    return found >= len(initials) - 1 and len(initials) <= len(letters) + 1


def initials_fit(acronym: str, name: str) -> bool:
    """Whether an acronym is the initials of a name, its small words counted or not
    ("MFMW", Mission for Migrant Workers; "CRPM", Coalition for the Rights of People on
    the Move)."""
    letters = "".join(c for c in ascii(acronym).lower() if c.isalpha())
    words = re.findall(r"[^\W\d_]+", ascii(name).lower())
    if len(letters) < 2 or len(words) < 2:
        return False
    every = "".join(w[0] for w in words)
    content = "".join(w[0] for w in words if w not in function_words() and len(w) > 1)
    return letters in (every, content)


def with_acronym(name: str, text: str, own: str = "") -> str:
    """ "Full Name (ACRONYM)" when the message gives both; else the name as it is. ``own``:
    where the sender names itself (its display name, its signature), where an acronym
    may also be made of its words' beginnings."""
    if " / " in name and "(" not in name:  # two languages: the acronym follows the first
        first, second = name.split(" / ", 1)
        return f"{with_acronym(first, text, own)} / {second}"
    if "(" in name or is_acronym(name) or len(name.split()) < 2:
        return name
    inner = _acronym_before_place(name, text)
    if inner:
        return inner
    pattern = rf"{re.escape(name)}\s*\(([A-Z][\w.&’'-]{{1,14}})\)"
    written = re.search(pattern, text) if name in text else None  # no pattern made in vain
    if written and prefixes_fit(written.group(1), name):
        return f"{name} ({written.group(1)})"
    forms = [name, _without_place(name)]
    tokens = re.findall(r"(?<![\w-])[A-Z][A-Za-z&.-]{1,11}(?![\w-])", text)
    for token in tokens:
        fits = any(initials_fit(token, f) for f in forms) or dash_fits(token, name)
        if sum(c.isupper() for c in token) >= 2 and fits:
            national = forms[1] != name and forms[1].split()[-1] not in function_words()
            place = " ".join(name.split()[len(forms[1].split()) :])
            section = f"{token} {place}"  # "DCI Greece", as written
            if national and not initials_fit(token, name) and (section in text or section in own):
                return f"{name} ({section})"
            return _written_in_full(name, token, text)
    for token in re.findall(r"(?<![\w-])[A-Z]{4,12}(?![\w-])", own):  # "GRIP", Grassroots
        syllables = len(token) >= 5 and loosely_fits(token, name)  # "CODHES"
        if _spells_to_the_end(token, name) or syllables:  # Initiative for Prisoners
            return f"{name} ({token})"
    return name


def _written_in_full(name: str, acronym: str, text: str) -> str:
    """ "Name (ACRONYM)", or the fuller name the message writes before the acronym ("Institut
    fédéral pour la protection … (IFDH)" of the signature's "Institut fédéral …")."""
    before = _written_before(acronym, joined_lines(text))
    if before and fuller(before, name) and prefixes_fit(acronym, before):
        return f"{before} ({acronym})"
    return f"{name} ({acronym})"


def _spells_to_the_end(token: str, name: str) -> bool:
    """An acronym of four letters or more, made of its name's words' beginnings down to
    its last word ("GRIP", Grassroots Initiative for Prisoners), that is no word of it
    ("HOPE" of "Hope for Widows")."""
    words = ascii(name).casefold().split()
    if len(token) < 4 or not (token.isupper() and token.isalpha()) or not words:
        return False
    return words[-1][:1] == token[-1].casefold() and stands_for(token, name)


def stands_for(acronym: str, name: str) -> bool:
    """Whether an acronym is made of a name's words' beginnings and is not one of its
    words in capitals ("HOPE" of "Hope for Widows")."""
    folded = ascii(acronym).casefold()
    own_word = any(w.startswith(folded) for w in ascii(name).casefold().split())
    return not own_word and prefixes_fit(acronym, name)


def prefixes_fit(acronym: str, name: str) -> bool:
    """Whether an acronym is made of the beginnings of a name's words, in order, some
    words left out ("CONADEH", COmisionado NAcional DE los derechos Humanos; "AFAMIDE");
    the first word always counts."""
    letters = "".join(c for c in ascii(acronym).lower() if c.isalpha())
    words = [w for w in re.findall(r"[^\W\d_]+", ascii(name).lower()) if len(w) > 1]
    while words and words[0] in ("the", "la", "le", "el", "les", "los", "las"):
        words.pop(0)
    if len(letters) < 2 or len(words) < 2 or sum(c.isupper() for c in acronym) < 2:
        return False

    @cache
    def fits(i: int, j: int) -> bool:  # letters[i:] from words[j:]
        if i == len(letters):
            return True
        for k in range(j, len(words)):
            word = words[k]
            n = 1
            while n <= len(word) and i + n <= len(letters) and word[:n] == letters[i : i + n]:
                if fits(i + n, k + 1):
                    return True
                n += 1
            if k == 0:
                return False  # the first word cannot be left out
        return False

    return initials_fit(acronym, name) or fits(0, 0)


def _without_place(name: str) -> str:
    """A name without the State it ends on: "CNIDH" is the initials of "Commission
    nationale indépendante des droits de l'homme", not of "… du Burundi"."""
    words = name.split()
    for k in (3, 2, 1):
        if len(words) > k + 1 and is_country_name(" ".join(words[-k:])):
            return " ".join(words[:-k])
    return name


def _acronym_before_place(name: str, text: str) -> str | None:
    """ "Commission … (CNDH) du Togo" written for "Commission … du Togo": the name with its
    acronym as the message writes them, the State after the acronym left out."""
    base = re.sub(r"\s+(?:du|de la|de|des|del|of the|of|in)$", "", _without_place(name))
    if base == name:
        return None
    written = re.search(rf"{re.escape(base)}\s*\(([A-Z][\w.&’'-]{{1,14}})\)\s+\w", text)
    if written and prefixes_fit(written.group(1), base):
        return f"{base} ({written.group(1)})"
    return None
