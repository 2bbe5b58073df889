"""Rank by score: a query of words with numpy where it can, other queries through
Whoosh's collectors.
"""

from __future__ import annotations

import numpy as np
from whoosh import collectors
from whoosh import query as wq

from search import budget, coordination, listing, matchset, rerank
from search.commit import Commit
from search.compile import Compiled
from search.matches import ExactPostings, plain
from search.ranking.found import Found
from search.ranking.word_ranking import ranked_words
from search.whoosh_read import MatchingCollector


def by_relevance(
    commit: Commit,
    compiled: Compiled,
    fq: wq.Query | None,
    wanted: int,
    collapse: bool,
    window: int,
    time_limit: float | None,
    reranker: rerank.Model | None,
    postings: ExactPostings,
    words: tuple[matchset.Word, ...],
) -> Found:
    """Rank by score: words with numpy where it can, other queries through Whoosh."""
    q = compiled.query
    depth = max(wanted, coordination.RERANK_DEPTH)
    coordinate = coordination.COORDINATION > 0 and not compiled.parsed.question
    groups = compiled.group_terms
    question = compiled.parsed.question
    if plain(q, phrases=True) and (fq is None or plain(fq)):
        found = ranked_words(
            commit,
            compiled,
            fq,
            wanted,
            depth,
            coordinate,
            collapse,
            window,
            time_limit,
            reranker,
            postings,
            words,
        )
        if found is not None:
            return found
    # Other queries (phrases, prefixes): Whoosh scores every match once and so counts them.
    searcher = commit.searcher
    while True:
        top = MatchingCollector(depth)
        collector: collectors.Collector = top
        if coordinate:
            collector = collectors.TermsCollector(collector)
        if time_limit:
            collector = budget.TimeBudget(collector, time_limit)
        if fq is not None:
            collector = collectors.FilterCollector(collector, fq)
        timed_out = False
        try:
            searcher.search_with_collector(q, collector)
        except collectors.TimeLimit:
            timed_out = True  # the collectors keep what they had
        results = list(collector.results())
        hits = [(h.docnum, float(h.score)) for h in results]
        terms: coordination.Terms = {}
        if coordinate:
            terms = {
                h.docnum: coordination.decoded(h.matched_terms())
                for h in results[: coordination.RERANK_DEPTH]
            }
            hits = coordination.coordinate(hits, coordination.weighted(commit.idf, groups), terms)
        every = np.array(sorted(top.docset), dtype=np.int64)
        chosen = matchset.match_set(every, words, question)
        hits, beyond = listing.set_first(hits, chosen, compiled.parsed.question)
        ranked = listing.fold_copies(commit, hits, wanted, collapse)
        stories = listing.stories(commit, chosen.ahead, collapse)
        # Copies folded away, or the set's articles below the depth, may leave the page
        # short: look deeper, up to the window.
        if (
            (len(ranked) >= wanted and listing.enough(ranked, chosen, wanted, stories))
            or len(hits) >= len(top.docset)
            or depth >= window
            or timed_out
        ):
            return Found(ranked, chosen, terms, timed_out, beyond=beyond)
        depth = min(depth * 4, window)
