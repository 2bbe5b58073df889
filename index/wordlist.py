"""The compound lexicon's words as the index's terms and spellings, for the query side.

The index folds umlauts and ß and stems its German terms; the query side asks whether a
string is a word of the lexicon in those forms (search.holding, search.parts,
search.clipped, search.derived), and whether what follows a word in a term makes a
compound of it.
"""

from __future__ import annotations

import functools

from index.analysis import SnowballFilter
from index.compounds import LINKS, PART_MIN_CHARS, lexicon
from index.folding import german_fold

# What a compound's rest may not be: suffixes that make another word of the first part
# ("Wissenschaft", "Freiheit"), which the word list holds as strings too.
SUFFIXES = frozenset(
    "ung heit keit lich isch schaft los bar haft sam chen lein ig in innen er ern".split()
)
# The shortest rest of a compound, as a term: the stem of a part ("Blutregenalge": "alg"
# of "Alge"; the part itself has the compound lexicon's PART_MIN_CHARS letters or more).
HEAD_MIN_CHARS = 3


@functools.lru_cache(maxsize=1)
def stemmed_lexicon() -> frozenset[str]:
    """Return the compound lexicon's words that can be a compound's part (PART_MIN_CHARS
    letters or more) as German terms (stemmed, folded), once."""
    stemmer = SnowballFilter("german")
    return frozenset(german_fold(stemmer.stem(w)) for w in lexicon() if len(w) >= PART_MIN_CHARS)


@functools.lru_cache(maxsize=1)
def folded_lexicon() -> dict[str, float]:
    """Return the compound lexicon's words folded (umlauts and ß), not stemmed, with
    their Zipf frequencies (the most frequent spelling's), once."""
    out: dict[str, float] = {}
    for w, zipf in lexicon().items():
        folded = german_fold(w)
        out[folded] = max(zipf, out.get(folded, 0.0))
    return out


def is_compound_of(rest: str) -> bool:
    """Tell whether what follows a word in a term makes it a compound of that word: a
    linking element, then a word of the lexicon that is no suffix."""
    words = stemmed_lexicon()
    for link in LINKS:
        if rest.startswith(link):
            head = rest[len(link) :]
            if len(head) >= HEAD_MIN_CHARS and head not in SUFFIXES and head in words:
                return True
    return False
