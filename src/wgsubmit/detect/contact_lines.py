"""A signature's lines that name no one: a postal address, opening hours, a telephone, a mail
or web address, and a town standing alone under a person's name."""

from __future__ import annotations

import re

_I = re.IGNORECASE

# A postal address: "12 rue de la Paix", "Calle 45 # 12-30", "P.O. Box 2231", "B.P. 120"
_STREET = re.compile(
    # "McAllen, TX", "Austin, TX 78701": a town and its state's postal code
    r"(?-i:^\s*(?:[A-ZÀ-Ý][\w'’.-]+\s+){0,2}[A-ZÀ-Ý][\w'’.-]+,\s*(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|"
    r"HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])"
    r"(?:\s+\d{5}(?:-\d{4})?)?\s*$)|"
    r"^\s*\d+[a-z]?,?\s+(?:rue|avenue|av\.?|boulevard|bd|chemin|place|impasse|allée|calle|"
    r"avenida|carrera|jir[oó]n|paseo|street|st\.?|road|rd\.?|lane|way|drive)\b|"
    r"^\s*(?:calle|avenida|av\.|carrera|rue|avenue|boulevard)\s+[\w '’]{1,30}\d|"
    # "14 Quay Street", "88 Harbour Road": the number, the street's name, its kind
    r"^\s*\d+[a-z]?,?\s+(?:[A-ZÀ-Ý][\w'’-]+\s+){1,3}(?:street|st\.|road|rd\.|avenue|lane|"
    r"drive|square|place|terrace|crescent|close|way)\s*(?:$|,)|"
    # "Unit 5, 88 Mare Street", "Suite 300, …", "Oficina 402, …": a unit of a building first
    r"^\s*(?:unit|suite|flat|apt\.?|apartment|floor|room|oficina|piso|local|bureau)\s+#?\d+[a-z]?,|"
    # opening hours: "du lundi au vendredi, 9h-17h", "9:00-17:00"
    r"\b\d{1,2}(?:h|:)\d{0,2}\s*[-–]\s*\d{1,2}(?:h|:)\d{0,2}\b|"
    r"\b(?:p\.?\s?o\.? box|b\.?p\.? \d|apartado postal|casilla \d|postfach)",
    re.IGNORECASE,
)


def is_contact_line(line: str) -> bool:
    """An address, a telephone number, a web or mail address."""
    return bool(
        re.search(
            r"@|https?://|www\.|\+?\d[\d ().-]{6,}|^(tel|phone|fax|t|m|e)\b\s*[.:]",
            line,
            re.IGNORECASE,
        )
        or _STREET.search(line)
    )


# Words before a town in a sentence: "based in Abuja", "à Calais", "desde Tijuana".
_LOCATIVE = re.compile(
    r"\b(?:in|at|from|near|to|à|au|en|dans|depuis|près de|de|desde|cerca de|hacia)\s+$", _I
)


def is_town_line(line: str, text: str, placed: bool = False) -> bool:
    """A signature's last line of one or two capitalised words, no word of an organization
    in it, that the message names nowhere else but as a place ("Minneapolis" under a
    person's name; "based in Abuja"): a town, not who sent it. With ``placed``, the message
    must name it as a place at least once ("… works with migrants in Buenos Aires")."""
    words = line.split()
    if not 1 <= len(words) <= 2 or not all(w[:1].isupper() for w in words):
        return False
    if re.search(r"[\d@()&]|[a-z][A-Z]", line) or any(w.isupper() for w in words):
        return False  # an acronym, a coined name ("Care4Calais")
    own = rf"(?<![\w-]){re.escape(line)}(?![\w-])"
    for found in re.finditer(own, text):
        around = text[text.rfind("\n", 0, found.start()) + 1 : found.start()]
        if around.strip() and not _LOCATIVE.search(around):
            return False  # named in a sentence or a heading: perhaps the organization
        placed = placed and not around.strip()
    return not placed
