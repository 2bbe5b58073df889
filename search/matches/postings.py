"""The documents word queries match and their BM25F scores, from posting lists read once."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

import numpy as np
from whoosh import query as wq
from whoosh.searching import Searcher

from search.lru import Lru
from search.matches.sorted_ids import EMPTY, NONE, union
from search.matches.word_queries import shape
from search.whoosh_read import field_b, leaf_lengths, leaf_postings


def field_lengths(searcher: Searcher, fieldname: str) -> np.ndarray:
    """Return each document's length of a field as BM25F reads it (1 where none)."""
    reader = searcher.reader()
    out = np.ones(reader.doc_count_all(), dtype=np.float64)
    for leaf, offset in reader.leaf_readers():
        n = leaf.doc_count_all()
        if n:
            out[offset : offset + n] = leaf_lengths(leaf, fieldname)
    return out


class Postings:
    """The matching documents of word queries over one searcher, each term read once.

    lengths(fieldname) returns field_lengths() of the searcher (kept by the caller);
    memo: a store kept for the searcher's commit (search.commit.Commit.memo) in which what
    is worked out per word group is kept for the next query with the same words (None:
    worked out anew for each query).
    """

    def __init__(
        self,
        searcher: Searcher,
        lengths: Callable[[str], np.ndarray],
        memo: Lru[Any] | None = None,
    ) -> None:
        self.searcher = searcher
        self.lengths = lengths
        self.memo = memo
        self._terms: dict[tuple[str, Any], tuple[np.ndarray, np.ndarray]] = {}
        # Each query's shape (shape()), by the id of the query object (alive while this is).
        self._shapes: dict[int, tuple[wq.Query, Hashable | None]] = {}

    def shape(self, q: wq.Query) -> Hashable | None:
        """Return a key telling a word query from every other (None: not a word query)."""
        return shape(q, self._shapes)

    def _read(self, fieldname: str, text: Any) -> tuple[np.ndarray, np.ndarray]:
        key = (fieldname, text)
        found = self._terms.get(key)
        if found is None:
            ids_parts, weight_parts = [], []
            for leaf, offset in self.searcher.reader().leaf_readers():
                ids, weights = leaf_postings(leaf, fieldname, text)
                if len(ids) and leaf.has_deletions():
                    deleted = np.fromiter(leaf.segment().deleted_docs(), dtype=np.int64)
                    keep = ~np.isin(ids, deleted)
                    ids, weights = ids[keep], weights[keep]
                ids_parts.append(ids + offset)
                weight_parts.append(weights)
            found = self._terms[key] = (
                (np.concatenate(ids_parts), np.concatenate(weight_parts))
                if ids_parts
                else (EMPTY, NONE)
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
                return EMPTY, NONE
            weighting = self.searcher.weighting
            idf = self.searcher.idf(q.fieldname, q.text)
            avgfl = self.searcher.avg_field_length(q.fieldname) or 1
            fl = self.lengths(q.fieldname)[ids]
            k1, b = weighting.K1, field_b(weighting, q.fieldname)
            scores = idf * ((tf * (k1 + 1)) / (tf + k1 * ((1 - b) + b * fl / avgfl)))
            return ids, scores * q.boost if q.boost != 1.0 else scores
        if isinstance(q, wq.Or):
            parts = [self.scored(s) for s in q.subqueries]
            if not parts:
                return EMPTY, NONE
            ids, at = np.unique(np.concatenate([p[0] for p in parts]), return_inverse=True)
            scores = np.bincount(at, weights=np.concatenate([p[1] for p in parts]))
            return ids, scores * q.boost if q.boost != 1.0 else scores
        if isinstance(q, wq.And):
            if not q.subqueries:
                return EMPTY, NONE
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
            return EMPTY, NONE
        raise TypeError(f"not a word query: {q!r}")

    def docs(self, q: wq.Query) -> np.ndarray:
        """Return the sorted document numbers a word query (see plain()) matches."""
        if isinstance(q, wq.Term):
            return self.term(q.fieldname, q.text)
        key = ("docs", self.shape(q)) if self.memo is not None else None
        if key is None or key[1] is None:
            return self._docs(q)
        assert self.memo is not None
        found = self.memo.get(key)
        if found is None:
            found = shared(self._docs(q))
            self.memo.put(key, found, found.nbytes + ENTRY_COST)
        return found

    def _docs(self, q: wq.Query) -> np.ndarray:
        if isinstance(q, wq.Term):
            return self.term(q.fieldname, q.text)
        if isinstance(q, wq.Or):
            # Most of a word's forms and fields hold nothing (other languages' fields): a
            # single list that does is the answer as it is (sorted, each document once).
            parts = [p for p in (self.docs(s) for s in q.subqueries) if len(p)]
            return union(parts)
        if isinstance(q, wq.And):
            if not q.subqueries:
                return EMPTY
            found = self.docs(q.subqueries[0])
            for s in q.subqueries[1:]:
                found = np.intersect1d(found, self.docs(s), assume_unique=True)
            return found
        if isinstance(q, wq.AndNot):
            return np.setdiff1d(self.docs(q.a), self.docs(q.b), assume_unique=True)
        if q is wq.NullQuery:
            return EMPTY
        raise TypeError(f"not a word query: {q!r}")


# What a kept entry costs besides its arrays (the key, the tuple, the array headers).
ENTRY_COST = 400


def shared(a: np.ndarray) -> np.ndarray:
    """Mark an array kept for other queries read-only (a change would be a bug)."""
    a.flags.writeable = False
    return a
