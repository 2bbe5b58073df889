"""Which documents a query matches, and about how well, read from its posting lists at once.

Ranking and counting the matches of a broad query through Whoosh walks its matcher tree
document by document in Python. For queries of words (Term, Or, And, AndNot) the same
set comes from the posting lists' document numbers, united and intersected with numpy,
and the same BM25F scores, summed in another order (so equal only to rounding), from
their term frequencies and the field lengths. The engine then lets Whoosh score exactly
the few documents that can be among the top.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
from whoosh import query as wq
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3PerDocReader, _lenfield
from whoosh.matching.wrappers import FilterMatcher
from whoosh.searching import Searcher
from whoosh.util.numeric import byte_to_length

_EMPTY = np.empty(0, dtype=np.int64)


def plain(q: wq.Query) -> bool:
    """Tell whether a query is made of words only: terms joined by Or, And and AndNot."""
    if isinstance(q, wq.Term):
        return True
    if isinstance(q, (wq.Or, wq.And)):
        return all(plain(s) for s in q.subqueries)
    if isinstance(q, wq.AndNot):
        return plain(q.a) and plain(q.b)
    return q is wq.NullQuery


_NONE = np.empty(0, dtype=np.float64)


def _leaf_postings(reader: Any, fieldname: str, text: Any) -> tuple[np.ndarray, np.ndarray]:
    """Return the document numbers and term frequencies of a term in one segment."""
    if (fieldname, text) not in reader:
        return _EMPTY, _NONE
    m = reader.postings(fieldname, text)
    if isinstance(m, FilterMatcher):
        m = m.child  # deletions left out by the caller, a block at a time
    # Whoosh's own segment matchers (codec whoosh3) hold a block's ids and weights at
    # once; other matchers are walked one by one.
    if not hasattr(m, "_read_ids") or not hasattr(m, "_lastblock"):
        ids, weights = [], []
        while m.is_active():
            ids.append(m.id())
            weights.append(m.weight())
            m.next()
        return np.array(ids, dtype=np.int64), np.array(weights, dtype=np.float64)
    ids_blocks, weight_blocks = [], []
    while True:
        m._read_ids()
        m._read_weights()
        ids_blocks.append(np.asarray(m._ids, dtype=np.int64))
        weight_blocks.append(np.asarray(m._weights, dtype=np.float64))
        if m._lastblock:
            break
        m._next_block()
    return np.concatenate(ids_blocks), np.concatenate(weight_blocks)


def field_lengths(searcher: Searcher, fieldname: str) -> np.ndarray:
    """Return each document's length of a field as BM25F reads it (1 where none)."""
    reader = searcher.reader()
    out = np.ones(reader.doc_count_all(), dtype=np.float64)
    for leaf, offset in reader.leaf_readers():
        n = leaf.doc_count_all()
        if n:
            out[offset : offset + n] = _leaf_lengths(leaf, fieldname)
    return out


# Whoosh keeps a field length in one byte (whoosh.util.numeric.length_to_byte).
_LENGTH_OF_BYTE = np.array([1] + [byte_to_length(b) for b in range(1, 256)], dtype=np.float64)


def _leaf_lengths(leaf: Any, fieldname: str) -> np.ndarray:
    """Return a segment's field lengths, read at once from its length column if it can."""
    n = leaf.doc_count_all()
    perdoc = getattr(leaf, "_perdoc", None)
    col = None
    if isinstance(perdoc, W3PerDocReader):
        col = perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        if col is None:
            return np.ones(n, dtype=np.float64)
    if col is None or getattr(col, "_fixedlen", None) != 1:
        return np.array([leaf.doc_field_length(d, fieldname, 1) for d in range(n)], np.float64)
    # One byte per document, as many as were written; the rest have no length.
    count = min(col._count, n)
    raw = np.zeros(n, dtype=np.uint8)
    raw[:count] = np.frombuffer(col._dbfile.get(col._basepos, count), dtype=np.uint8)
    return _LENGTH_OF_BYTE[raw]


class Postings:
    """The matching documents of word queries over one searcher, each term read once.

    lengths(fieldname) returns field_lengths() of the searcher (kept by the caller).
    """

    def __init__(self, searcher: Searcher, lengths: Callable[[str], np.ndarray]) -> None:
        self.searcher = searcher
        self.lengths = lengths
        self._terms: dict[tuple[str, Any], tuple[np.ndarray, np.ndarray]] = {}

    def _read(self, fieldname: str, text: Any) -> tuple[np.ndarray, np.ndarray]:
        key = (fieldname, text)
        found = self._terms.get(key)
        if found is None:
            ids_parts, weight_parts = [], []
            for leaf, offset in self.searcher.reader().leaf_readers():
                ids, weights = _leaf_postings(leaf, fieldname, text)
                if len(ids) and leaf.has_deletions():
                    deleted = np.fromiter(leaf.segment().deleted_docs(), dtype=np.int64)
                    keep = ~np.isin(ids, deleted)
                    ids, weights = ids[keep], weights[keep]
                ids_parts.append(ids + offset)
                weight_parts.append(weights)
            found = self._terms[key] = (
                (np.concatenate(ids_parts), np.concatenate(weight_parts))
                if ids_parts
                else (_EMPTY, _NONE)
            )
        return found

    def term(self, fieldname: str, text: Any) -> np.ndarray:
        """Return the sorted document numbers (of the whole index) that hold a term."""
        return self._read(fieldname, text)[0]

    def scored(self, q: wq.Query) -> tuple[np.ndarray, np.ndarray]:
        """Return the documents a word query matches (sorted) and their BM25F scores."""
        if isinstance(q, wq.Term):
            ids, tf = self._read(q.fieldname, q.text)
            if not len(ids):
                return _EMPTY, _NONE
            weighting = self.searcher.weighting
            idf = self.searcher.idf(q.fieldname, q.text)
            avgfl = self.searcher.avg_field_length(q.fieldname) or 1
            fl = self.lengths(q.fieldname)[ids]
            k1, b = weighting.K1, weighting._field_B.get(q.fieldname, weighting.B)
            scores = idf * ((tf * (k1 + 1)) / (tf + k1 * ((1 - b) + b * fl / avgfl)))
            return ids, scores * q.boost if q.boost != 1.0 else scores
        if isinstance(q, wq.Or):
            parts = [self.scored(s) for s in q.subqueries]
            if not parts:
                return _EMPTY, _NONE
            ids, at = np.unique(np.concatenate([p[0] for p in parts]), return_inverse=True)
            scores = np.bincount(at, weights=np.concatenate([p[1] for p in parts]))
            return ids, scores * q.boost if q.boost != 1.0 else scores
        if isinstance(q, wq.And):
            if not q.subqueries:
                return _EMPTY, _NONE
            ids, scores = self.scored(q.subqueries[0])
            for s in q.subqueries[1:]:
                other_ids, other_scores = self.scored(s)
                ids, mine, theirs = np.intersect1d(
                    ids, other_ids, assume_unique=True, return_indices=True
                )
                scores = scores[mine] + other_scores[theirs]
            return ids, scores * q.boost if q.boost != 1.0 else scores
        if isinstance(q, wq.AndNot):
            ids, scores = self.scored(q.a)
            keep = ~np.isin(ids, self.docs(q.b))
            return ids[keep], scores[keep]
        if q is wq.NullQuery:
            return _EMPTY, _NONE
        raise TypeError(f"not a word query: {q!r}")

    def docs(self, q: wq.Query) -> np.ndarray:
        """Return the sorted document numbers a word query (see plain()) matches."""
        if isinstance(q, wq.Term):
            return self.term(q.fieldname, q.text)
        if isinstance(q, wq.Or):
            parts = [self.docs(s) for s in q.subqueries]
            return np.unique(np.concatenate(parts)) if parts else _EMPTY
        if isinstance(q, wq.And):
            if not q.subqueries:
                return _EMPTY
            found = self.docs(q.subqueries[0])
            for s in q.subqueries[1:]:
                found = np.intersect1d(found, self.docs(s), assume_unique=True)
            return found
        if isinstance(q, wq.AndNot):
            return np.setdiff1d(self.docs(q.a), self.docs(q.b), assume_unique=True)
        if q is wq.NullQuery:
            return _EMPTY
        raise TypeError(f"not a word query: {q!r}")
