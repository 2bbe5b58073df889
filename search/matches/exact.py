"""Score word queries exactly as Whoosh's matchers sum them, over numpy arrays."""

from __future__ import annotations

from collections.abc import Callable
from math import log
from typing import Any

import numpy as np
from whoosh import query as wq
from whoosh.scoring import BM25F, WeightingModel
from whoosh.searching import Searcher
from whoosh.util import make_binary_tree

from search.lru import Lru
from search.matches.postings import ENTRY_COST, Postings, shared
from search.matches.sorted_ids import EMPTY, NONE
from search.matches.trees import (
    NULL,
    Node,
    Unsupported,
    intersect_nodes,
    preloaded,
    union_nodes,
    union_tree,
    weighted_tree,
    wrapped,
)
from search.matches.word_queries import leaf_queries
from search.whoosh_read import field_b, leaf_postings, or_matcher


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
            found = (EMPTY, NONE)
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
        terms = leaf_queries(q)
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
        except Unsupported:
            return None
        if not ids_parts:
            return EMPTY, NONE
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
            found = self._leaf_terms[key] = (EMPTY, NONE, 0)
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

    def _node(self, q: wq.Query, i: int, leaf: Any, offset: int) -> tuple[Node, int]:
        """Build the matcher Whoosh would build for a query in one segment, as arrays,
        with Whoosh's estimate of its size there (what its trees are weighted by).

        A word group's matcher is the same in every query of the commit (its scores
        depend on the term statistics of the commit alone): kept in the memo, as a plain
        tuple (the garbage collector stops tracking it; a Node it would walk at each
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
            found = (node.kind, shared(node.ids), shared(node.scores), size)
            self.memo.put(("node", i, key), found, node.ids.nbytes * 2 + ENTRY_COST)
        kind, ids, scores, size = found
        return Node(kind, ids, scores), size

    def _build(self, q: wq.Query, i: int, leaf: Any, offset: int) -> tuple[Node, int]:
        if isinstance(q, wq.Term):
            return self._term(q, i, leaf, offset)
        if q is wq.NullQuery:
            return NULL, 0
        if type(q) is wq.Phrase:
            return self._phrase(q, i, leaf, offset), self._phrase_size(q, i, leaf)
        if isinstance(q, wq.AndNot):
            a, a_size = self._node(q.a, i, leaf, offset)
            b, b_size = self._node(q.b, i, leaf, offset)
            # CompoundQuery.estimate_size: both parts' sizes summed.
            size = min(a_size + b_size, self._doc_count(i, leaf))
            if not len(a.ids) or not len(b.ids):
                return Node("andnot", a.ids, a.scores), size
            keep = ~np.isin(a.ids, b.ids, assume_unique=True)
            return Node("andnot", a.ids[keep], a.scores[keep]), size
        if type(q) not in (wq.Or, wq.And):
            raise Unsupported(type(q).__name__)
        subs = q.subqueries
        if not subs:
            return NULL, 0
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
            node = weighted_tree(intersect_nodes, [0 - w for w in sizes], built)
        elif (kind := or_matcher(q, leaf)) is None:
            raise Unsupported("Or matcher")
        elif kind == "union":
            node = union_tree(union_nodes, sizes, built)
        else:
            # A small segment: Whoosh's ArrayUnionMatcher.
            return preloaded([n for n, _ in built], q.boost), size
        return (wrapped(node, q.boost) if q.boost != 1.0 else node), size

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

    def _phrase(self, q: wq.Phrase, i: int, leaf: Any, offset: int) -> Node:
        """Match a phrase in one segment as Whoosh does: its words' scores summed along
        Whoosh's binary tree of intersections, the documents where they stand in a row
        found by Whoosh's own span matcher walking only the documents holding all words.
        """
        schema = self.searcher.schema
        if q.fieldname not in schema:
            return NULL
        field = schema[q.fieldname]
        if not field.format or not field.format.supports("positions"):
            raise Unsupported("phrase without positions")
        terms = []
        for word in q.words:
            text = self._term_bytes(q.fieldname, word)
            if text is None:
                return NULL
            if not self._leaf_term(i, leaf, q.fieldname, text)[2]:
                return NULL  # Whoosh's shortcut: a word is missing
            terms.append(wq.Term(q.fieldname, text))
        if not terms:
            raise Unsupported("empty phrase")
        words = make_binary_tree(
            intersect_nodes, [self._term(t, i, leaf, offset)[0] for t in terms]
        )
        matcher = q.matcher(self._subsearchers[i], self.searcher.context())
        found = np.fromiter(matcher.all_ids(), dtype=np.int64) if matcher.is_active() else EMPTY
        keep = np.isin(words.ids, found, assume_unique=True)
        # SpanNear2's matcher wraps the intersection with a boost of 1.0.
        node = Node("spannear", words.ids[keep], words.scores[keep] * 1.0)
        return wrapped(node, q.boost) if q.boost != 1.0 else node

    def _term(self, q: wq.Term, i: int, leaf: Any, offset: int) -> tuple[Node, int]:
        """Score a term's postings in one segment as BM25FScorer does, boost applied after;
        with its document frequency there."""
        text = self._term_bytes(q.fieldname, q.text)
        if text is None:
            return NULL, 0
        ids, tf, df = self._leaf_term(i, leaf, q.fieldname, text)
        if not df:
            return NULL, 0  # not in this segment
        idf, avgfl, k1, b = self._bm25(q, text)
        fl = self.lengths(q.fieldname)[ids + offset]
        # whoosh.scoring.bm25, operation for operation.
        scores = idf * ((tf * (k1 + 1)) / (tf + k1 * ((1 - b) + b * fl / avgfl)))
        node = Node("filter" if leaf.has_deletions() else "leaf", ids, scores)
        return (wrapped(node, q.boost) if q.boost != 1.0 else node), df

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
                raise Unsupported("weighting")
            found = self._constants[key] = (
                self._idf(q.fieldname, text),
                self.searcher.avg_field_length(q.fieldname) or 1,
                weighting.K1,
                field_b(weighting, q.fieldname),
            )
        elif q.minquality:
            raise Unsupported("weighting")
        return found
