"""What a query found: the ranking handed on, and what each way of ranking finds."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from search import coordination, matchset
from search.listing import Hits


@dataclass
class Ranking:
    """What a query found: the hits in order, the result set, and how the search went."""

    # (document number, score) best first, copies folded into their first; as deep as
    # the page asked for needs (or the whole set, sorted by date). In relevance order the
    # result set comes first; matches outside it (beyond) may follow.
    hits: Hits = field(default_factory=list)
    # The result set's document numbers (found before the time ran out).
    matched: Collection[int] = field(default_factory=set)
    # Articles of the result set, copies counted once.
    total: int = 0
    # The query's (field, term) pairs each reranked hit holds.
    terms: coordination.Terms = field(default_factory=dict)
    timed_out: bool = False
    # The query's matches without the filters (asked for by facet counts), else None.
    unfiltered: Collection[int] | None = None
    # A question's hits reordered by the reranking model: for each, the model's inputs
    # that lifted it most above the reranked top's average (input, gain).
    reranked: dict[int, list[tuple[str, float]]] = field(default_factory=dict)
    # No article matched the query as a whole: the set is the articles with the most
    # of its words (search.matchset.FALLBACK_NOTICE).
    fallback: bool = False
    # Hits listed after the result set, not in it.
    beyond: frozenset[int] = frozenset()
    # The content words (as typed) each hit the page may show lacks (the first `wanted`).
    missing: dict[int, list[str]] = field(default_factory=dict)
    # The query's content words, and how many of them an article of the set holds.
    words: tuple[str, ...] = ()
    need: int = 0
    # The terms to mark per text field: the query's and its words' other forms (None:
    # the query's alone).
    marked: dict[str, set[str]] | None = None


@dataclass
class Found:
    hits: Hits
    chosen: matchset.MatchSet
    terms: coordination.Terms
    timed_out: bool
    reranked: dict[int, list[tuple[str, float]]] = field(default_factory=dict)
    beyond: frozenset[int] = frozenset()
