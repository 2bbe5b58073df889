"""Other forms of a typed word that German stemming keeps apart from it.

The Snowball stemmer strips an "s" only after some consonants and never a participle's
"t": "Chinas", "Warschaus" or "Autos" keep their "s" ("china", "warschau", "auto"
are other terms), and "klassifiziert", "verdrängt" or "erhöhte" do not meet the
infinitive's stem ("klassifizi", "verdrang", "erhoh"). Folding keeps an umlaut written
out after a vowel apart ("geuebt", "geübt"). A question asks in one form what the
article says in another, so a question's word also matches these forms, weighted lower
(search.compile).
"""

from __future__ import annotations

import re

_VOWEL_S = re.compile(r"^(\w{3,}[aeiouy])s$", re.IGNORECASE)
# A participle or past form ending in t (with an inflection ending) and its infinitive:
# "-iert" -> "-ieren", "-ert" -> "-ern", "-elt" -> "-eln", "-et" -> "-en" ("meldete"),
# else "-t" -> "-en".
_PARTICIPLE = re.compile(r"^(\w{3,}?)(iert|ert|elt|et|t)(e|en|er|es|em|et)?$")
_INFINITIVE = {"iert": "ieren", "ert": "ern", "elt": "eln", "et": "en", "t": "en"}
# Consonants a "-t" form ends on after its stem: not "st" or "ßt" (superlatives, "Angst"),
# not a doubled t ("statt", "Stadt").
_NOT_BEFORE_T = frozenset("stß")


# An ASCII word's "ae", "oe" or "ue" after a vowel: the index folds such a pair to an
# umlaut's letter only after a consonant ("neue", "Feuer" and "Frauen" keep theirs,
# index.folding), so a word written out there ("geuebt", "Videoueberwachung") is also
# read with the umlaut.
_DIGRAPH_AFTER_VOWEL = re.compile(r"(?<=[aeiouy])([aou])e", re.IGNORECASE)
_UMLAUTS = {"a": "ä", "o": "ö", "u": "ü"}


def umlaut_readings(word: str) -> list[str]:
    """Return an ASCII word read with an umlaut where it writes one out after a vowel
    ("geuebt": "geübt"), one reading per such pair; none for most words."""
    if not word.isascii():
        return []
    return [
        word[: m.start()] + _UMLAUTS[m.group(1).lower()] + word[m.end() :]
        for m in _DIGRAPH_AFTER_VOWEL.finditer(word)
    ]


# An adjective in "-isch" (the "i" merged into a "y": "libysch") with its endings, and the
# endings a place's or a thing's name takes where the adjective has "-isch": "Italien"
# (italienisch), "Schweden", "Syrien", "Kanada", "Türkei", "Russland", or none ("Iran",
# "Japan"; "Kritik", whose stem is "krit").
_ADJECTIVE = re.compile(r"^(\w{3,}?)(?:isch|(?<=y)sch)(?:e|en|er|es|em)?$", re.IGNORECASE)
_NAME_ENDINGS = ("", "en", "ien", "a", "ei", "land")


def place_names(word: str) -> list[str]:
    """Return the names an adjective in "-isch" may be made of ("italienischen":
    "Italien", "libysche": "Libyen"), each capitalised; they may not exist."""
    m = _ADJECTIVE.match(word)
    if m is None or not word.isalpha():
        return []
    base = m.group(1)
    return [base[0].upper() + base[1:] + ending for ending in _NAME_ENDINGS]


def other_forms(word: str) -> list[str]:
    """Return the other forms of a typed word to search besides it (none for most).

    A capitalised word (a name, a noun) may carry a genitive or plural "s" after a
    vowel; a lowercase word (a verb or adjective, as German writes them) may be a
    participle or past form of a verb ending in "t".
    """
    if not word.isalpha() or len(word) < 5:
        return []
    return [*_inflected(word), *umlaut_readings(word)]


def _inflected(word: str) -> list[str]:
    """Return the form of a word that stemming keeps apart: a name's without its "s",
    a verb's infinitive."""
    if word[0].isupper():
        m = _VOWEL_S.match(word)
        return [m.group(1)] if m else []
    m = _PARTICIPLE.match(word)
    if not m:
        return []
    stem, suffix = m.group(1), m.group(2)
    if suffix == "t" and (stem[-1] in _NOT_BEFORE_T or stem[-1] in "aeiouäöü"):
        return []
    return [stem + _INFINITIVE[suffix]]
