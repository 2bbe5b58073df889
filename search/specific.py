"""What makes a query word specific: a number or date, a name, a rare word.

A question about one article shares its topic words ("Corona", "Impfung", "Berlin") with
every article of the story; the words that single the article out are its numbers and
dates ("17 Jahren", "5. Januar", "2020", "91-Jährigen"), its names ("Parker Campbell",
"Nußdorf-Debant", "NHS") and its rare words. Ranking weighs them apart.
"""

from __future__ import annotations

import re

from index.compounds import lexicon

# A digit anywhere: 2020, 91-Jährigen, F-22, 1.500, 9,2.
_DIGIT = re.compile(r"\d")
# Months and written numbers a date or count is often spelled with.
NUMBER_WORDS = frozenset(
    "januar februar märz maerz april mai juni juli august september oktober november "
    "dezember zwei drei vier fünf fuenf sechs sieben acht neun zehn elf zwölf zwoelf "
    "zwanzig dreißig dreissig hundert tausend million millionen milliarde milliarden "
    "prozent".split()
)
# A word German text uses less often than this (Zipf frequency) and written with a
# capital is taken for a name ("Soriano", "Traiskirchen") or a rare compound.
PROPER_MAX_ZIPF = 3.5
_EDGES = re.compile(r"^\W+|\W+$")


def is_number(word: str) -> bool:
    """Tell whether a typed word is a number, a date part or a count word."""
    w = _EDGES.sub("", word)
    return bool(_DIGIT.search(w)) or w.casefold() in NUMBER_WORDS


def is_proper(word: str, first: bool = False) -> bool:
    """Tell whether a typed word looks like a name: an acronym, inner capitals, or a
    capitalised word that German text seldom uses. The query's first word is capitalised
    anyway and counts only by its inner capitals or as an acronym.
    """
    w = _EDGES.sub("", word)
    if len(w) < 2 or not w[0].isupper():
        return False
    letters = [c for c in w if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return True  # NHS, ORF, BND
    if any(c.isupper() for c in w[1:] if c.isalpha()):
        return True  # GameStop, BioNTech, Jay-Jay, Nußdorf-Debant
    if first:
        return False
    parts = [p for p in re.split(r"[-\u2010\u2011]", w.casefold()) if p]
    words = lexicon()
    return any(words.get(p, 0.0) < PROPER_MAX_ZIPF for p in parts)
