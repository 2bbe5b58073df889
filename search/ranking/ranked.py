"""Rank a compiled query's matches, by date or by relevance, with its result set."""

from __future__ import annotations

from collections.abc import Collection

import numpy as np
from whoosh import query as wq

from index.schema import LANGUAGE_GROUPS, TEXT_FIELDS, text_field
from search import listing, matchset, querywords, rerank
from search.commit import Commit
from search.compile import Compiled
from search.ranking.by_date import by_date
from search.ranking.by_relevance import by_relevance
from search.ranking.found import Found, Ranking
from search.whoosh_read import values_wanted

# BM25 term saturation and length normalization of every searcher the archive opens,
# measured on the dev query sets (README, "Relevance"): full length normalization keeps
# long articles that mention the query's words in passing below the short text about them.
BM25_K1 = 1.6


BM25_B = 1.0


def rank(
    commit: Commit,
    compiled: Compiled,
    fq: wq.Query | None,
    sort: str,
    wanted: int,
    *,
    collapse: bool = True,
    window: int = 10_000,
    time_limit: float | None = None,
    unfiltered: bool = False,
    reranker: rerank.Model | None = None,
) -> Ranking:
    """Rank the matches of a compiled query under a filter query (None: no filter).

    wanted: how many hits the page needs (copies folded, if collapse); window: how deep
    a ranking may look; unfiltered: also list the matches without the filter; reranker:
    the model that reorders the top of a question's ranking (None: BM25F alone).
    """
    if not compiled.parsed.question or sort != "relevance":
        reranker = None
    # A reranked question reads its words' positions in its top hits after ranking: the
    # lists of those words that ranking decodes keep their values at hand (the others,
    # other forms and caption terms among them, are decoded without).
    positions = position_terms(compiled.word_groups) if reranker is not None else False
    with values_wanted(positions):
        # The documents of the query without the filter, if asked, read with its words:
        # the trip visits each module once.
        read = querywords.read(commit, compiled, whole=unfiltered and fq is not None)
        postings, words = read.postings, read.words
        if fq is wq.NullQuery:
            found = Found([], matchset.empty(), {}, False)
        elif sort != "relevance":
            found = by_date(commit, compiled, fq, sort == "newest", wanted, collapse, words)
        else:
            found = by_relevance(
                commit,
                compiled,
                fq,
                wanted,
                collapse,
                window,
                time_limit,
                reranker,
                postings,
                words,
            )
    chosen = found.chosen
    matched = chosen.docs.tolist()
    return Ranking(
        found.hits,
        matched,
        listing.stories(commit, chosen.docs, collapse),
        found.terms,
        found.timed_out,
        _unfiltered(chosen, read.docs) if unfiltered else None,
        found.reranked,
        chosen.fallback,
        found.beyond,
        # The page shows hits of the first `wanted` only.
        chosen.missing([d for d, _ in found.hits[:wanted]]) if chosen.words else {},
        tuple(w.text for w in chosen.words),
        chosen.need,
        read.marked,
    )


def position_terms(words: list[tuple[str, wq.Query]]) -> frozenset[tuple[str, bytes]]:
    """Return the (field, term) pairs whose positions a question's reranking may read
    (search.features.read_occurrences: each word's terms of a language group, in its
    title and body), or more."""
    fields = {text_field(part, g): g for g in LANGUAGE_GROUPS for part in TEXT_FIELDS}
    out: set[tuple[str, bytes]] = set()
    for _, q in words:
        for fieldname, text in q.iter_all_terms(phrases=True):
            group = fields.get(fieldname)
            if group is None:
                continue
            term = text if isinstance(text, bytes) else str(text).encode("utf-8")
            out.update((text_field(part, group), term) for part in ("title", "body"))
    return frozenset(out)


def _unfiltered(chosen: matchset.MatchSet, every: np.ndarray | None) -> Collection[int]:
    """Return the result set of the query without the filter query (the set, if none):
    of every document the query matches (None: no filter), those the set's rule takes."""
    if every is None:
        docs: list[int] = chosen.docs.tolist()
        return docs
    found: list[int] = matchset.among(chosen, every).tolist()
    return found
