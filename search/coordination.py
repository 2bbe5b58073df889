"""Coordination: a keyword query's top hits reordered by how many of its words they hold.

BM25 alone lets one rare word repeated often outweigh the article that has every word of
the query; the top hits' scores are scaled by the idf-weighted share of the query's words
each holds, to a power (measured on the dev sets, README "Relevance").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

# The top hits reranked by how many of the query's words they contain, and how strongly.
RERANK_DEPTH = 100
COORDINATION = 0.5

Hits = list[tuple[int, float]]
Groups = list[set[tuple[str, str]]]
Terms = dict[int, list[tuple[str, str]]]


def decoded(terms: Iterable[tuple[str, Any]]) -> list[tuple[str, str]]:
    """Return (field, term) pairs with the terms as text (Whoosh's collectors give bytes)."""
    return [(f, t.decode("utf-8") if isinstance(t, bytes) else t) for f, t in terms]


def weighted(
    idf: Callable[[str, str], float], groups: Groups
) -> list[tuple[set[tuple[str, str]], float]]:
    """Pair each word group's terms with its weight: the rarest of its terms' idf.

    idf: a term's idf over the index (Searcher.idf, or the same from postings read).
    """
    out = []
    for terms in groups:
        weight = max(
            (idf(f, t) for f, t in terms if f.startswith("body_")),
            default=1.0,
        )
        out.append((terms, weight))
    return out


def coordinate(
    hits: Hits,
    groups: list[tuple[set[tuple[str, str]], float]],
    terms: Mapping[int, Iterable[tuple[str, Any]]],
) -> Hits:
    """Rerank the top hits: an article with more of the query's words moves up.

    BM25 alone lets one rare word repeated often outweigh an article that has every
    word; the score is scaled by the share of query words matched, to a power. terms:
    the (field, term) pairs each of the top hits matched.
    """
    if COORDINATION <= 0 or len(groups) < 2:
        return hits
    top, rest = hits[:RERANK_DEPTH], hits[RERANK_DEPTH:]
    # Words weigh by rarity: missing a common word ("viele", "wurde") costs little.
    total = sum(w for _, w in groups) or 1.0
    scored = []
    for docnum, score in top:
        matched = {
            (f, t.decode("utf-8") if isinstance(t, bytes) else t) for f, t in terms.get(docnum, ())
        }
        share = sum(w for g, w in groups if g & matched) / total
        scored.append((score * share**COORDINATION, docnum))
    scored.sort(key=lambda x: -x[0])
    return [(docnum, new_score) for new_score, docnum in scored] + rest
