"""A short form by its long one: "Demo" held by an article with "Demonstration".

German clips words ("Demo", "Uni", "Abi", "Promi"); a reader types the short form and
the article writes the long one. A short word is taken as a clipping of the words that
start with it (not its compounds) when the index says so: of the articles holding the
short word, a large share (MIN_SHARE) holds one group of those words (the terms that
share their next letters: "demonstr…"), far more than any other group (MIN_LEAD) and
far more than chance (MIN_LIFT), and the word list (index.compounds) holds a word of
the group. "Demo" is not "Demokratie": an article with "Demo" holds "Demonstration"
three times as often.
"""

from __future__ import annotations

import numpy as np
from whoosh.fields import Schema
from whoosh.reading import IndexReader

from index.folding import german_fold
from index.wordlist import folded_lexicon, is_compound_of
from search.analyzed import query_term
from search.holding import GERMAN_FIELDS, Terms
from search.whoosh_read import prefixed_doc_frequencies, term_docs

# Short words of these lengths (letters) may be clippings.
MIN_CHARS, MAX_CHARS = 3, 5
# A long form has this many letters more at least; its group is named by this many
# letters after the short word.
MIN_EXTRA, GROUP_CHARS = 4, 3
# A clipping is a noun's: its long form's terms leave out a verb's forms ("demonstri",
# "demonstriert" of "demonstrieren"); as rivals, every group counts ("demokrati").
VERB_ENDINGS = ("i", "ier", "iert", "ierst")
# The share of the short word's articles holding the group, its lead over the next
# group, and its ratio to the share of all articles holding the group.
MIN_SHARE, MIN_LEAD, MIN_LIFT = 0.3, 2.0, 3.0
# The groups whose postings are read (the most frequent), and the terms of a group
# read and taken at most (the most frequent of the shortest candidates).
MAX_GROUPS, MAX_TERMS, MAX_CANDIDATES = 3, 32, 256


def clipped_terms(reader: IndexReader, schema: Schema, word: str) -> Terms:
    """Return the (field, term) pairs of a short word's long form, none if it is no
    clipping the index confirms."""
    folded = german_fold(word.lower())
    if not word.isalpha() or not MIN_CHARS <= len(folded) <= MAX_CHARS:
        return []
    body = GERMAN_FIELDS[1]
    own = query_term(schema[body].analyzer, word) if body in schema else None
    if own is None or not (folded in folded_lexicon() or own in folded_lexicon()):
        return []
    group = _group(reader, body, own, folded)
    if group is None:
        return []
    return [
        (fieldname, t)
        for fieldname in GERMAN_FIELDS
        if fieldname in schema
        for t in _terms(prefixed_doc_frequencies(reader, fieldname, group), folded)
        if not t.endswith(VERB_ENDINGS)
    ]


def _terms(df: dict[str, int], folded: str) -> list[str]:
    """Return the long-form terms among a field's terms starting with a prefix (df: each
    with its document frequency), the most frequent."""
    found = [
        t for t in df if len(t) >= len(folded) + MIN_EXTRA and not is_compound_of(t[len(folded) :])
    ]
    found.sort(key=lambda t: (len(t), t))
    found = found[:MAX_CANDIDATES]
    found.sort(key=lambda t: -df[t])
    return sorted(found[:MAX_TERMS])


def _group(reader: IndexReader, fieldname: str, own: str, folded: str) -> str | None:
    """Return the prefix of the group of long forms the short word clips, None if no
    group leads."""
    # The terms and their document frequencies from one scan of the terms tables.
    freq = prefixed_doc_frequencies(reader, fieldname, folded)
    groups: dict[str, list[str]] = {}
    for t in _terms(freq, folded):
        groups.setdefault(t[: len(folded) + GROUP_CHARS], []).append(t)
    if not groups:
        return None
    df = {g: sum(freq[t] for t in ts) for g, ts in groups.items()}
    read = sorted(groups, key=lambda g: -df[g])[:MAX_GROUPS]
    held = _docs(reader, fieldname, [own])
    docs = max(1, reader.doc_count())
    if not len(held) or not any(_may_lead(df[g], len(held), docs) for g in read):
        return None
    overlap = {g: len(np.intersect1d(_docs(reader, fieldname, groups[g]), held)) for g in read}
    best = max(read, key=lambda g: overlap[g])
    share = overlap[best] / len(held)
    lead = overlap[best] / max(1, max((overlap[g] for g in read if g != best), default=0))
    lift = share / (df[best] / docs)
    if share < MIN_SHARE or lead < MIN_LEAD or lift < MIN_LIFT:
        return None
    # Last: the word list is scanned, which costs more than the figures above.
    words = folded_lexicon()
    if any(w.startswith(best) and len(w) >= len(folded) + MIN_EXTRA for w in words):
        return best
    return None


def _may_lead(df: int, held: int, docs: int) -> bool:
    """Tell whether a group of df documents (deleted ones too) may reach MIN_SHARE and
    MIN_LIFT among the held articles of the short word (of docs): it holds at most as
    many of them as it has, so most groups are ruled out before their postings are read."""
    share = min(df, held) / held
    return share >= MIN_SHARE and share / (max(1, df) / docs) >= MIN_LIFT


def _docs(reader: IndexReader, fieldname: str, terms: list[str]) -> np.ndarray:
    """Return the sorted document numbers holding any of a field's terms (the posting
    lists kept for ranking: a query's own word is read once)."""
    found = [term_docs(reader, fieldname, t) for t in terms]
    return np.unique(np.concatenate(found)) if found else np.empty(0, dtype=np.int64)
