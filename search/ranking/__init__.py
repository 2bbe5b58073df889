"""Matching and scoring: which articles a query finds, and in which order.

A query of words is matched and scored at once over its posting lists with numpy
(search.matches); other queries (phrases inside operators, prefixes) go through Whoosh's
collectors. Either way the top hits are reranked by how many of the query's words they
hold (coordination; a question's by the reranking model), copies of one story are folded
into their first (search.listing), and a search that runs out of its time budget returns
what it found until then, saying so. The result set (search.matchset: the articles that
match the query as a whole, by the content words search.querywords reads) is what is
counted and sorted by date; in relevance order it comes first, and the other matches
follow it, marked.

found          what a query found (Ranking), handed on to the page
ranked         a compiled query's matches ranked by date or by relevance, with its set
by_date        the result set in date order
by_relevance   by score: words with numpy (word_ranking), other queries through Whoosh
word_ranking   a query of words ranked with numpy, Whoosh scoring only what it must
whoosh_scores  chosen documents scored as Whoosh's collectors score them
"""

from __future__ import annotations

from search.ranking.found import Ranking
from search.ranking.ranked import BM25_B, BM25_K1, position_terms, rank
from search.ranking.whoosh_scores import exact_scores

__all__ = ["BM25_B", "BM25_K1", "Ranking", "exact_scores", "position_terms", "rank"]
