"""A compound by its parts: "Impfdosen" held by an article with "Impfstoff-Dosen".

A reader's compound is often not the article's word but one with a part more or a
part inflected otherwise: "Impfdosen" for "Impfstoff-Dosen" or "Impfstoffdosis",
"Impfstudie" for "Impfstoff-Studie". An article holds such a compound (for the result
set only, search.holding) when it holds a compound of the index that starts with the
word's first part and ends with its last part, with at most a word of the lexicon
between them (a hyphenated compound is a joined term as well: index.analysis).

Only words the word list does not hold and the compound lexicon cannot split are split
here ("senkrechte" is a word, no "Senk|rechte"; the lexicon's compounds match by their
parts already, search.compile), at least COMPOUND_MIN_CHARS letters long, with a last
part of PART_MIN_CHARS letters: shorter words and parts split into words that are not
theirs ("über|gab", "Inter|pol"). Parts held apart anywhere in an article say little
("Impfungen" and a "Studie" of anything), so they do not count.
"""

from __future__ import annotations

from whoosh.fields import Schema
from whoosh.reading import IndexReader

from index.compounds import COMPOUND_MIN_CHARS, LINKS, PART_MIN_CHARS, PART_MIN_ZIPF, split_compound
from index.folding import german_fold
from index.wordlist import SUFFIXES, folded_lexicon, stemmed_lexicon
from search.analyzed import query_term
from search.holding import GERMAN_FIELDS, Terms
from search.whoosh_read import prefixed_terms

# The first part this long at least ("Impf"), the last a word of the lexicon this long.
MODIFIER_MIN_CHARS = 4
HEAD_MIN_CHARS = PART_MIN_CHARS
# What may follow the last part's stem in a term ("Dosis" of "Dosen": "dos" + "is").
MAX_TAIL_CHARS = 2
# The shortest part between the first and the last (a word of the lexicon, as a term).
MIDDLE_MIN_CHARS = 3


def split_terms(reader: IndexReader, schema: Schema, word: str) -> Terms:
    """Return the (field, term) pairs of the index's compounds that start with a typed
    compound's first part and end with its last; none for a word that is no compound
    or that the word list holds."""
    folded = german_fold(word.lower())
    if not word.isalpha() or len(folded) < COMPOUND_MIN_CHARS or split_compound(folded):
        return []
    if folded in folded_lexicon():
        return []
    cut = _cut(reader, folded)
    if not cut:
        return []
    out: Terms = []
    for fieldname in GERMAN_FIELDS:
        if fieldname not in schema:
            continue
        head = query_term(schema[fieldname].analyzer, folded[cut:])
        modifier = _modifier(folded, cut)
        if head is None:
            continue
        found = prefixed_terms(reader, fieldname, modifier)
        out.extend((fieldname, t) for t in sorted(found) if _joins(t, modifier, head))
    return out


def _modifier(folded: str, cut: int) -> str:
    """Return a compound's first part without its linking element."""
    for link in sorted(LINKS, key=len, reverse=True):
        if link and folded.endswith(link, 0, cut) and cut - len(link) >= MODIFIER_MIN_CHARS:
            if folded[: cut - len(link)] in folded_lexicon():
                return folded[: cut - len(link)]
    return folded[:cut]


def _joins(term: str, modifier: str, head: str) -> bool:
    """Tell whether a term is a compound of the first part, at most a word, and the last
    part's stem (with a short tail: "impf|stoff|dos|is")."""
    at = term.rfind(head, len(modifier))
    if at < 0 or len(term) - at - len(head) > MAX_TAIL_CHARS:
        return False
    middle = term[len(modifier) : at]
    if not middle or middle in LINKS:
        return True
    for link in LINKS:
        if middle.endswith(link):
            word = middle[: len(middle) - len(link)]
            if len(word) >= MIDDLE_MIN_CHARS and word in stemmed_lexicon():
                return True
    return False


def _cut(reader: IndexReader, folded: str) -> int:
    """Return where a compound the lexicon cannot split has its last part (0: none),
    the split whose rarer part is most frequent (index.compounds' rule)."""
    best, best_zipf = 0, 0.0
    words = folded_lexicon()
    for cut in range(MODIFIER_MIN_CHARS, len(folded) - HEAD_MIN_CHARS + 1):
        head = folded[cut:]
        head_zipf = words.get(head, 0.0)
        if not head_zipf or head in SUFFIXES:
            continue
        for link in LINKS:
            end = cut - len(link)
            if end < MODIFIER_MIN_CHARS or not folded.startswith(link, end):
                continue
            zipf = min(_modifier_zipf(reader, folded[:end]), head_zipf)
            if zipf > best_zipf:
                best, best_zipf = cut, zipf
    return best


def _modifier_zipf(reader: IndexReader, modifier: str) -> float:
    """Return how frequent a compound's first part is as a word: the lexicon's, a verb's
    stem's (its infinitive's) or, for a term the index holds, the lexicon's floor."""
    words = folded_lexicon()
    zipf = max(words.get(modifier, 0.0), words.get(modifier + "en", 0.0))
    if zipf:
        return zipf
    body = GERMAN_FIELDS[1]
    return PART_MIN_ZIPF if (body, modifier) in reader else 0.0
