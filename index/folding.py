"""Fold a word's umlauts, ß and accents to the one form a search matches."""

from __future__ import annotations

import functools
import unicodedata


def fold_umlauts(word: str) -> str:
    """Fold umlauts, ß and their ae/oe/ue/ss spellings to one form."""
    # ae/oe/ue count as umlauts only after a consonant or at the start, as in
    # "Muenchen" or "Oel", not in "Frauen", "neue", "Quelle", "Mauer".
    out: list[str] = []
    prev = ""
    for ch in word:
        if ch == "e" and prev in ("a", "o", "u") and _umlaut_digraph(out):
            prev = "e"
            continue
        folded = GERMAN_CHARS.get(ch)
        if folded is not None:
            out.append(folded)
            prev = ""
            continue
        out.append(ch)
        prev = ch
    return "".join(out)


def _umlaut_digraph(out: list[str]) -> bool:
    """Tell whether the vowel just written begins an ae/oe/ue umlaut spelling."""
    before = out[-2] if len(out) >= 2 else ""
    return before not in VOWELS and before != "q"


VOWELS = frozenset("aeiouy")
GERMAN_CHARS = {"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "ẞ": "ss"}


def fold_accents(word: str) -> str:
    """Strip diacritics and fold ß, for languages without German spelling rules."""
    word = word.replace("ß", "ss")
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def german_fold(word: str) -> str:
    """Fold a lower-cased German word: ä/ae→a, ö/oe→o, ü/ue→u, ß→ss, other accents off."""
    # Most words are ASCII without an ae/oe/ue spelling: nothing to fold (ASCII is its
    # own normal form), told by a few scans in C instead of a loop over the letters.
    if word.isascii() and "ae" not in word and "oe" not in word and "ue" not in word:
        return word
    return fold_accents(fold_umlauts(word))


@functools.lru_cache(maxsize=50_000)
def cached_german_fold(word: str) -> str:
    return german_fold(word)
