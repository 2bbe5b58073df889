"""Which documents a query matches, and about how well, read from its posting lists at once.

Ranking and counting the matches of a broad query through Whoosh walks its matcher tree
document by document in Python. For queries of words (Term, Or, And, AndNot) the same
set comes from the posting lists' document numbers, united and intersected with numpy,
and the same BM25F scores, summed in another order (so equal only to rounding), from
their term frequencies and the field lengths. The engine then lets Whoosh score exactly
the few documents that can be among the top.

word_queries  queries of words told from others; their keys (what their matches depend on)
sorted_ids    sorted arrays of document numbers: the empty ones, their union
postings      the documents word queries match and their BM25F scores (Postings)
trees         Whoosh's matcher trees for a segment built over arrays
exact         word queries scored exactly as Whoosh's matchers sum them (ExactPostings)
"""

from __future__ import annotations

from search.matches.exact import ExactPostings
from search.matches.postings import Postings, field_lengths
from search.matches.sorted_ids import union
from search.matches.word_queries import plain, shape

__all__ = ["ExactPostings", "Postings", "field_lengths", "plain", "shape", "union"]
