"""Which documents a query matches, and about how well, read from its posting lists at once.

Ranking and counting the matches of a broad query through Whoosh walks its matcher tree
document by document in Python. For queries of words (Term, Or, And, AndNot) the same
set comes from the posting lists' document numbers, united and intersected with numpy,
and the same BM25F scores, summed in another order (so equal only to rounding), from
their term frequencies and the field lengths. The engine then lets Whoosh score exactly
the few documents that can be among the top.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Hashable
from math import log
from typing import Any

import numpy as np
from whoosh import query as wq
from whoosh.scoring import BM25F, WeightingModel
from whoosh.searching import Searcher
from whoosh.util import make_binary_tree

from search.lru import Lru
from search.whoosh_read import field_b, leaf_lengths, leaf_postings, or_matcher

_EMPTY = np.empty(0, dtype=np.int64)
_NONE = np.empty(0, dtype=np.float64)


def plain(q: wq.Query, phrases: bool = False) -> bool:
    """Tell whether a query is made of words only: terms (or phrases) joined by Or, And, AndNot."""
    if isinstance(q, wq.Term) or (phrases and type(q) is wq.Phrase):
        return True
    if isinstance(q, (wq.Or, wq.And)):
        return all(plain(s, phrases) for s in q.subqueries)
    if isinstance(q, wq.AndNot):
        return plain(q.a, phrases) and plain(q.b, phrases)
    return q is wq.NullQuery


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
            k1, b = weighting.K1, field_b(weighting, q.fieldname)
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
        key = ("docs", self.shape(q)) if self.memo is not None else None
        if key is None or key[1] is None:
            return self._docs(q)
        assert self.memo is not None
        found = self.memo.get(key)
        if found is None:
            found = _shared(self._docs(q))
            self.memo.put(key, found, found.nbytes + _ENTRY_COST)
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


def union(parts: list[np.ndarray]) -> np.ndarray:
    """Return the sorted document numbers in any of the sorted arrays, each once.

    np.unique() hashes its input and then sorts what is left, some 30 times slower than a
    sort on lists of tens of thousands of documents; a stable sort of sorted lists put
    end to end is a merge of their runs.
    """
    if not parts:
        return _EMPTY
    if len(parts) == 1:
        return parts[0]
    ids = np.concatenate(parts)
    ids.sort(kind="stable")
    keep = np.empty(len(ids), dtype=np.bool_)
    keep[:1] = True
    np.not_equal(ids[1:], ids[:-1], out=keep[1:])
    return ids[keep]


class _Node:
    """A matcher as Whoosh would build it for one segment: its kind, documents and scores.

    Whoosh orders equally weighted matchers in its weighted trees by class alone (a
    matcher is "less" than any of its own class), so the kind stands in for the class.
    """

    __slots__ = ("kind", "ids", "scores", "size")

    def __init__(self, kind: str, ids: np.ndarray, scores: np.ndarray) -> None:
        self.kind, self.ids, self.scores = kind, ids, scores

    def __lt__(self, other: _Node) -> bool:
        return other.kind == self.kind

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Node) and other.kind == self.kind

    __hash__ = None  # type: ignore[assignment]


def _union(a: _Node, b: _Node) -> _Node:
    """Add two matchers' scores where both match, as Whoosh's UnionMatcher does."""
    # A side without documents adds nothing: the other's scores as they are.
    if not len(a.ids):
        return _Node("union", b.ids, b.scores)
    if not len(b.ids):
        return _Node("union", a.ids, a.scores)
    ids = union([a.ids, b.ids])
    scores = np.zeros(len(ids), dtype=np.float64)
    scores[np.searchsorted(ids, a.ids)] = a.scores
    # a + b in this order; a document one side lacks gets the other's score alone.
    scores[np.searchsorted(ids, b.ids)] += b.scores
    return _Node("union", ids, scores)


def _intersection(a: _Node, b: _Node) -> _Node:
    """Add two matchers' scores on the documents both match (IntersectionMatcher)."""
    if not len(a.ids) or not len(b.ids):
        return _Node("intersection", _EMPTY, _NONE)
    ids, mine, theirs = np.intersect1d(a.ids, b.ids, assume_unique=True, return_indices=True)
    return _Node("intersection", ids, a.scores[mine] + b.scores[theirs])


def _wrapped(node: _Node, boost: float) -> _Node:
    """Multiply a matcher's scores by a boost (WrappingMatcher)."""
    return _Node("wrapping", node.ids, node.scores * boost)


def _weighted_tree(
    fn: Callable[[_Node, _Node], _Node], weights: list[int], built: list[tuple[_Node, int]]
) -> _Node:
    """Combine matchers as whoosh.util.make_weighted_tree does, comparing weights alone.

    It sorts (weight, matcher) pairs and inserts each pair it makes with insort; two
    matchers of equal weight compare neither less nor greater (equal if of one class,
    else not less), so equal weights keep their order: a stable sort by weight and a
    bisection to the right of the equal weights give the very same tree, without a
    comparison of matchers in Python for each tie.
    """
    order = sorted(range(len(weights)), key=weights.__getitem__)
    keys = [weights[i] for i in order]
    nodes = [built[i][0] for i in order]
    while len(nodes) > 1:
        weight = keys[0] + keys[1]
        node = fn(nodes[0], nodes[1])
        del keys[:2], nodes[:2]
        at = bisect_right(keys, weight)
        keys.insert(at, weight)
        nodes.insert(at, node)
    return nodes[0]


def _union_tree(
    fn: Callable[[_Node, _Node], _Node], weights: list[int], built: list[tuple[_Node, int]]
) -> _Node:
    """Return _weighted_tree(fn, weights, built) for unions (fn(a, b) holds what b holds
    where a holds nothing, and the reverse) without joining the parts of weight 0.

    Most of a word's terms are in no field of a segment: parts of weight 0 and without
    documents. In the weighted tree they are joined with each other first and then with
    the lightest other part, whose arrays come out as they are but which is put back
    behind the other parts of its weight; so the same tree is built from the other parts
    alone with the lightest one moved there.
    """
    if all(weights) or any(not w and len(n.ids) for (n, _), w in zip(built, weights, strict=True)):
        return _weighted_tree(fn, weights, built)
    kept = sorted((i for i, w in enumerate(weights) if w), key=weights.__getitem__)
    if not kept:
        return _Node("union", _EMPTY, _NONE)
    lightest = weights[kept[0]]
    ties = 1
    while ties < len(kept) and weights[kept[ties]] == lightest:
        ties += 1
    kept = kept[1:ties] + kept[:1] + kept[ties:]
    return _weighted_tree(fn, [weights[i] for i in kept], [built[i] for i in kept])


class _Unsupported(Exception):
    """Whoosh would score this query in a way the exact path does not copy."""


class ExactPostings(Postings):
    """Postings that also score word queries exactly as Whoosh's matchers sum them.

    Whoosh adds a document's term scores along the matcher tree it builds per segment
    (weighted by each part's estimated size); the same tree over numpy arrays gives the
    same floating-point sums, so no document needs scoring through Whoosh afterwards.
    """

    def __init__(
        self,
        searcher: Searcher,
        lengths: Callable[[str], np.ndarray],
        memo: Lru[Any] | None = None,
    ) -> None:
        super().__init__(searcher, lengths, memo)
        self._leaf_terms: dict[tuple[int, str, Any], tuple[np.ndarray, np.ndarray, int]] = {}
        self._empty_fields: dict[tuple[int, str], bool] = {}
        self._bytes: dict[tuple[str, Any], bytes | None] = {}
        self._constants: dict[tuple[str, bytes], tuple[float, float, float, float]] = {}
        self._doc_counts: dict[int, int] = {}

    def _read(self, fieldname: str, text: Any) -> tuple[np.ndarray, np.ndarray]:
        key = (fieldname, text)
        found = self._terms.get(key)
        if found is None:
            found = (_EMPTY, _NONE)
            if fieldname in self.searcher.schema:
                try:
                    btext = self.searcher.schema[fieldname].to_bytes(text)
                except ValueError:
                    btext = None
                if btext is not None:
                    # The segments' postings the exact scoring has read already.
                    parts = [
                        self._leaf_term(i, leaf, fieldname, btext)[:2] + (offset,)
                        for i, (leaf, offset) in enumerate(self.searcher.reader().leaf_readers())
                    ]
                    parts = [p for p in parts if len(p[0])]
                    if parts:
                        found = (
                            np.concatenate([ids + offset for ids, _, offset in parts]),
                            np.concatenate([tf for _, tf, _ in parts]),
                        )
            self._terms[key] = found
        return found

    def exact(self, q: wq.Query) -> tuple[np.ndarray, np.ndarray] | None:
        """Return the documents a word query matches (sorted) and Whoosh's very scores.

        None if the query takes a matcher the exact path does not copy (a small segment's
        preloaded Or with a score of zero or below, Or with scale, unscorable fields).
        """
        ids_parts, score_parts = [], []
        self._subsearchers = [s for s, _ in self.searcher.leaf_searchers()]
        terms = _leaf_queries(q)
        try:
            for i, (leaf, offset) in enumerate(self.searcher.reader().leaf_readers()):
                if not leaf.doc_count_all():
                    continue
                # A segment holding none of the query's terms matches nothing: its tree
                # of matchers (all empty) is not built.
                if terms is not None and not any(self._in_segment(t, i, leaf) for t in terms):
                    continue
                node = self._node(q, i, leaf, offset)[0]
                ids_parts.append(node.ids + offset)
                score_parts.append(node.scores)
        except _Unsupported:
            return None
        if not ids_parts:
            return _EMPTY, _NONE
        return np.concatenate(ids_parts), np.concatenate(score_parts)

    def sizes(self, q: wq.Query) -> list[int]:
        """Return Whoosh's estimate of a word query's size in each segment (what it weighs
        the query by in a tree of matchers), as the exact scoring reckons it."""
        self._subsearchers = [s for s, _ in self.searcher.leaf_searchers()]
        return [
            self._node(q, i, leaf, offset)[1]
            for i, (leaf, offset) in enumerate(self.searcher.reader().leaf_readers())
        ]

    def _leaf_term(self, i: int, leaf: Any, fieldname: str, text: Any) -> tuple[Any, ...]:
        """Return a term's local document numbers (deletions left out), tfs and doc frequency."""
        key = (i, fieldname, text)
        found = self._leaf_terms.get(key)
        if found is None and self._empty(i, leaf, fieldname):
            found = self._leaf_terms[key] = (_EMPTY, _NONE, 0)
        if found is None:
            ids, tf = leaf_postings(leaf, fieldname, text)
            df = len(ids)
            if len(ids) and leaf.has_deletions():
                keep = ~np.isin(ids, np.fromiter(leaf.segment().deleted_docs(), dtype=np.int64))
                ids, tf = ids[keep], tf[keep]
            found = self._leaf_terms[key] = (ids, tf, df)
        return found

    def _empty(self, i: int, leaf: Any, fieldname: str) -> bool:
        """Tell whether a field has no words at all in a segment (no term to look up).

        A headline archive has titles only: two thirds of a query's terms are in fields
        no article of it has. A posting means a length of 1 or more, so a scorable field
        of length 0 holds no terms.
        """
        key = (i, fieldname)
        found = self._empty_fields.get(key)
        if found is None:
            schema = self.searcher.schema
            scorable = fieldname in schema and schema[fieldname].scorable
            found = self._empty_fields[key] = bool(scorable and not leaf.field_length(fieldname))
        return found

    def _term_bytes(self, fieldname: str, text: Any) -> bytes | None:
        """Return a term as its field stores it; None if the field cannot hold it."""
        key = (fieldname, text)
        if key not in self._bytes:
            btext = None
            if fieldname in self.searcher.schema:
                try:
                    btext = self.searcher.schema[fieldname].to_bytes(text)
                except ValueError:
                    btext = None
            self._bytes[key] = btext
        return self._bytes[key]

    def _in_segment(self, term: tuple[str, Any], i: int, leaf: Any) -> bool:
        """Tell whether a segment has postings of a (field, text) term of the query."""
        btext = self._term_bytes(*term)
        return btext is not None and bool(self._leaf_term(i, leaf, term[0], btext)[2])

    def _node(self, q: wq.Query, i: int, leaf: Any, offset: int) -> tuple[_Node, int]:
        """Build the matcher Whoosh would build for a query in one segment, as arrays,
        with Whoosh's estimate of its size there (what its trees are weighted by).

        A word group's matcher is the same in every query of the commit (its scores
        depend on the term statistics of the commit alone): kept in the memo, as a plain
        tuple (the garbage collector stops tracking it; a _Node it would walk at each
        full collection).
        """
        if self.memo is None or isinstance(q, wq.Term) or q is wq.NullQuery:
            return self._build(q, i, leaf, offset)
        key = self.shape(q)
        if key is None:
            return self._build(q, i, leaf, offset)
        found = self.memo.get(("node", i, key))
        if found is None:
            node, size = self._build(q, i, leaf, offset)
            found = (node.kind, _shared(node.ids), _shared(node.scores), size)
            self.memo.put(("node", i, key), found, node.ids.nbytes * 2 + _ENTRY_COST)
        kind, ids, scores, size = found
        return _Node(kind, ids, scores), size

    def _build(self, q: wq.Query, i: int, leaf: Any, offset: int) -> tuple[_Node, int]:
        if isinstance(q, wq.Term):
            return self._term(q, i, leaf, offset)
        if q is wq.NullQuery:
            return _NULL, 0
        if type(q) is wq.Phrase:
            return self._phrase(q, i, leaf, offset), self._phrase_size(q, i, leaf)
        if isinstance(q, wq.AndNot):
            a, a_size = self._node(q.a, i, leaf, offset)
            b, b_size = self._node(q.b, i, leaf, offset)
            # CompoundQuery.estimate_size: both parts' sizes summed.
            size = min(a_size + b_size, self._doc_count(i, leaf))
            if not len(a.ids) or not len(b.ids):
                return _Node("andnot", a.ids, a.scores), size
            keep = ~np.isin(a.ids, b.ids, assume_unique=True)
            return _Node("andnot", a.ids[keep], a.scores[keep]), size
        if type(q) not in (wq.Or, wq.And):
            raise _Unsupported(type(q).__name__)
        subs = q.subqueries
        if not subs:
            return _NULL, 0
        # A term straight to its scoring (most of a word's terms are in no field of the
        # segment: what is left is the calls).
        built = [
            self._term(s, i, leaf, offset)
            if isinstance(s, wq.Term)
            else self._node(s, i, leaf, offset)
            for s in subs
        ]
        sizes = [size for _, size in built]
        if type(q) is wq.And:
            size = min(sizes)
        else:
            size = min(sum(sizes), self._doc_count(i, leaf))
        if len(subs) == 1:
            return built[0][0], size  # Whoosh drops the boost here too
        if type(q) is wq.And:
            node = _weighted_tree(_intersection, [0 - w for w in sizes], built)
        elif (kind := or_matcher(q, leaf)) is None:
            raise _Unsupported("Or matcher")
        elif kind == "union":
            node = _union_tree(_union, sizes, built)
        else:
            # A small segment: Whoosh's ArrayUnionMatcher.
            return _preloaded([n for n, _ in built], q.boost), size
        return (_wrapped(node, q.boost) if q.boost != 1.0 else node), size

    def _phrase_size(self, q: wq.Phrase, i: int, leaf: Any) -> int:
        """Return Whoosh's estimate of a phrase's size in a segment (Phrase.estimate_size:
        its rarest word's document frequency) from the postings read here."""
        if not q.words or q.fieldname not in self.searcher.schema:
            size: int = q.estimate_size(leaf)
            return size
        found = []
        for word in q.words:
            text = self._term_bytes(q.fieldname, word)
            found.append(0 if text is None else self._leaf_term(i, leaf, q.fieldname, text)[2])
        return min(found)

    def _doc_count(self, i: int, leaf: Any) -> int:
        """Return a segment's documents but the deleted ones (cached)."""
        found = self._doc_counts.get(i)
        if found is None:
            found = self._doc_counts[i] = leaf.doc_count()
        return found

    def _phrase(self, q: wq.Phrase, i: int, leaf: Any, offset: int) -> _Node:
        """Match a phrase in one segment as Whoosh does: its words' scores summed along
        Whoosh's binary tree of intersections, the documents where they stand in a row
        found by Whoosh's own span matcher walking only the documents holding all words.
        """
        schema = self.searcher.schema
        if q.fieldname not in schema:
            return _NULL
        field = schema[q.fieldname]
        if not field.format or not field.format.supports("positions"):
            raise _Unsupported("phrase without positions")
        terms = []
        for word in q.words:
            text = self._term_bytes(q.fieldname, word)
            if text is None:
                return _NULL
            if not self._leaf_term(i, leaf, q.fieldname, text)[2]:
                return _NULL  # Whoosh's shortcut: a word is missing
            terms.append(wq.Term(q.fieldname, text))
        if not terms:
            raise _Unsupported("empty phrase")
        words = make_binary_tree(_intersection, [self._term(t, i, leaf, offset)[0] for t in terms])
        matcher = q.matcher(self._subsearchers[i], self.searcher.context())
        found = np.fromiter(matcher.all_ids(), dtype=np.int64) if matcher.is_active() else _EMPTY
        keep = np.isin(words.ids, found, assume_unique=True)
        # SpanNear2's matcher wraps the intersection with a boost of 1.0.
        node = _Node("spannear", words.ids[keep], words.scores[keep] * 1.0)
        return _wrapped(node, q.boost) if q.boost != 1.0 else node

    def _term(self, q: wq.Term, i: int, leaf: Any, offset: int) -> tuple[_Node, int]:
        """Score a term's postings in one segment as BM25FScorer does, boost applied after;
        with its document frequency there."""
        text = self._term_bytes(q.fieldname, q.text)
        if text is None:
            return _NULL, 0
        ids, tf, df = self._leaf_term(i, leaf, q.fieldname, text)
        if not df:
            return _NULL, 0  # not in this segment
        idf, avgfl, k1, b = self._bm25(q, text)
        fl = self.lengths(q.fieldname)[ids + offset]
        # whoosh.scoring.bm25, operation for operation.
        scores = idf * ((tf * (k1 + 1)) / (tf + k1 * ((1 - b) + b * fl / avgfl)))
        node = _Node("filter" if leaf.has_deletions() else "leaf", ids, scores)
        return (_wrapped(node, q.boost) if q.boost != 1.0 else node), df

    def _idf(self, fieldname: str, text: bytes) -> float:
        """Return a term's idf as the searcher's weighting reckons it (WeightingModel.idf),
        from the document frequencies of the segments' postings read here: Whoosh would
        look the term up in every segment's table again."""
        searcher = self.searcher
        if (
            type(searcher.weighting).idf is not WeightingModel.idf
            or searcher.get_parent() is not searcher
        ):
            return float(searcher.idf(fieldname, text))
        leaves = searcher.reader().leaf_readers()
        n = sum(self._leaf_term(i, leaf, fieldname, text)[2] for i, (leaf, _) in enumerate(leaves))
        return log(searcher.doc_count_all() / (n + 1)) + 1

    def _bm25(self, q: wq.Term, text: bytes) -> tuple[float, float, float, float]:
        """Return a term's idf and its field's BM25F constants (the whole index's)."""
        key = (q.fieldname, text)
        found = self._constants.get(key)
        if found is None:
            field = self.searcher.schema[q.fieldname]
            weighting = self.searcher.weighting
            if not isinstance(weighting, BM25F) or not field.scorable or q.minquality:
                raise _Unsupported("weighting")
            found = self._constants[key] = (
                self._idf(q.fieldname, text),
                self.searcher.avg_field_length(q.fieldname) or 1,
                weighting.K1,
                field_b(weighting, q.fieldname),
            )
        elif q.minquality:
            raise _Unsupported("weighting")
        return found


_NULL = _Node("null", _EMPTY, _NONE)
# What a kept entry costs besides its arrays (the key, the tuple, the array headers).
_ENTRY_COST = 400


def _shared(a: np.ndarray) -> np.ndarray:
    """Mark an array kept for other queries read-only (a change would be a bug)."""
    a.flags.writeable = False
    return a


def shape(
    q: wq.Query, seen: dict[int, tuple[wq.Query, Hashable | None]] | None = None
) -> Hashable | None:
    """Return a key telling a word query from every other: what its matcher, documents
    and scores depend on (kinds, fields, terms, boosts, slops); None if it holds a query
    of another kind. seen: the shapes worked out already, by query object id (with the
    query, so that no other query takes its id while seen is kept)."""
    if seen is not None and id(q) in seen:
        return seen[id(q)][1]
    key: Hashable | None
    if q is wq.NullQuery:
        key = ("null",)
    elif type(q) is wq.Term:
        key = ("term", q.fieldname, q.text, q.boost, q.minquality)
    elif type(q) is wq.Phrase:
        key = ("phrase", q.fieldname, tuple(q.words), q.slop, q.boost)
    elif type(q) is wq.AndNot:
        a, b = shape(q.a, seen), shape(q.b, seen)
        key = None if a is None or b is None else ("andnot", a, b, q.boost)
    elif type(q) in (wq.Or, wq.And):
        subs = tuple(shape(s, seen) for s in q.subqueries)
        if any(s is None for s in subs):
            key = None
        elif type(q) is wq.Or:
            key = ("or", subs, q.boost, q.scale, q.matcher_type)
        else:
            key = ("and", subs, q.boost)
    else:
        key = None
    if seen is not None:
        seen[id(q)] = (q, key)
    return key


def _leaf_queries(q: wq.Query) -> list[tuple[str, Any]] | None:
    """Return the (field, text) of every term and phrase word that can make a query match
    (None: it holds a query of another kind, which may match without any of them)."""
    if isinstance(q, wq.Term):
        return [(q.fieldname, q.text)]
    if type(q) is wq.Phrase:
        return [(q.fieldname, w) for w in q.words]
    if isinstance(q, wq.AndNot):
        return _leaf_queries(q.a)  # what the b part holds only takes matches away
    if q is wq.NullQuery:
        return []
    if type(q) not in (wq.Or, wq.And):
        return None
    out: list[tuple[str, Any]] = []
    for s in q.subqueries:
        found = _leaf_queries(s)
        if found is None:
            return None
        out += found
    return out


def _preloaded(nodes: list[_Node], boost: float) -> _Node:
    """Sum the parts' scores one part after another, as Whoosh's ArrayUnionMatcher does."""
    if not nodes:
        return _Node("arrayunion", _EMPTY, _NONE)
    ids = union([n.ids for n in nodes])
    scores = np.zeros(len(ids), dtype=np.float64)
    for n in nodes:
        scores[np.searchsorted(ids, n.ids)] += n.scores * boost
    if len(scores) and scores.min() <= 0:
        raise _Unsupported("ArrayUnionMatcher skips documents scored 0 or less")
    return _Node("arrayunion", ids, scores)
