"""List the stopwords each analyzer drops, German ones with their ASCII spellings."""

from __future__ import annotations

from collections.abc import Iterable

from whoosh.lang import stopwords_for_language

from index.folding import german_fold


def _with_spellings(words: Iterable[str]) -> set[str]:
    """Return stopwords with their ASCII spellings too (für, fuer, fur), and with the
    spelling before the 1996 reform, ß after a short vowel (muss, muß; dass, daß)."""
    out: set[str] = set()
    for w in words:
        out.add(w)
        out.add(w.replace("ss", "ß"))
        out.add(w.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss"))
        out.add(german_fold(w))
    return out


# A preposition fused with its article ("beim" = "bei dem"): the list holds "im", "am",
# "zum", "zur", "vom" and "ins", not these.
CONTRACTIONS = (
    "ans aufs beim durchs fürs hinterm hinters übers überm ums unterm unters vorm vors".split()
)
GERMAN_STOPWORDS = frozenset(_with_spellings([*stopwords_for_language("de"), *CONTRACTIONS]))
ENGLISH_STOPWORDS = frozenset(stopwords_for_language("en"))
