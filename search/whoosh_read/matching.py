"""Make the decisions Whoosh's scoring, Or matcher and top collector make internally."""

from __future__ import annotations

from typing import Any

from whoosh import collectors
from whoosh import query as wq
from whoosh.scoring import BM25F
from whoosh.searching import Searcher


def field_b(weighting: BM25F, fieldname: str) -> float:
    """Return the length normalization BM25F uses for a field (its own B, else the default)."""
    b: float = weighting._field_B.get(fieldname, weighting.B)
    return b


def or_matcher(q: wq.Or, leaf: Any) -> str | None:
    """Name the matcher Whoosh's Or builds in a segment: "union" (a tree of unions) or
    "array" (the preloaded ArrayUnionMatcher); None for one not copied (scale, others).

    Whoosh decides by its own thresholds (Or._matcher); the same decision is made here.
    """
    if q.scale or q.matcher_type not in (wq.Or.AUTO_MATCHER, wq.Or.DEFAULT_MATCHER):
        return None
    subs = len(q.subqueries)
    if (
        q.matcher_type == wq.Or.DEFAULT_MATCHER
        or subs == 2
        or (subs < wq.Or.TOO_MANY_CLAUSES and leaf.doc_count_all() > 5000)
    ):
        return "union"
    return "array"


class MatchingCollector(collectors.TopCollector):
    """Keep the top N by score, and the set of every matching document on the way.

    Whoosh's top collector forgets the documents outside the top N and would search
    again to list them; facets, the timeline and the count of copies need them all.
    """

    def __init__(self, limit: int) -> None:
        super().__init__(limit=limit, usequality=False)
        self.docset: set[int] = set()

    def prepare(self, top_searcher: Searcher, q: wq.Query, context: Any) -> None:
        super().prepare(top_searcher, q, context)
        self.docset = set()

    def _collect(self, global_docnum: int, score: float) -> float:
        self.docset.add(global_docnum)
        return float(super()._collect(global_docnum, score))

    def all_ids(self) -> set[int]:
        return self.docset

    def count(self) -> int:
        return len(self.docset)
