"""Rank a query of words with numpy over its posting lists, Whoosh scoring only what it
must.
"""

from __future__ import annotations

import time

import numpy as np
from whoosh import query as wq

from search import coordination, listing, matchset, rerank
from search.commit import Commit
from search.compile import Compiled
from search.listing import Hits
from search.matches import ExactPostings, Postings, plain
from search.ranking.found import Found
from search.ranking.whoosh_scores import exact_scores

# Documents whose numpy score is this close (relative) below the last of the top are
# scored by Whoosh too: numpy and Whoosh sum a document's term scores in another order.
MARGIN = 1e-6


def ranked_words(
    commit: Commit,
    compiled: Compiled,
    fq: wq.Query | None,
    wanted: int,
    depth: int,
    coordinate: bool,
    collapse: bool,
    window: int,
    time_limit: float | None,
    reranker: rerank.Model | None,
    postings: ExactPostings,
    words: tuple[matchset.Word, ...],
) -> Found | None:
    """Rank a query of words: every match scored at once with numpy (None: not here).

    Where search.matches.ExactPostings copies Whoosh's matcher trees its scores are
    Whoosh's own. Otherwise numpy's differ from Whoosh's only by rounding (summed in
    another order), so the documents within MARGIN of the depth-th best hold the top;
    Whoosh scores those, giving the scores and order of scoring every match through
    Whoosh.
    """
    searcher = commit.searcher
    q, groups = compiled.query, compiled.group_terms
    found = postings.exact(q)
    exact = found is not None
    if not exact and not plain(q):
        return None  # phrases only Whoosh's matchers score beyond the exact path
    matched, approx = found if found is not None else postings.scored(q)
    if fq is not None:
        keep = np.isin(matched, postings.docs(fq), assume_unique=True)
        matched, approx = matched[keep], approx[keep]
    chosen = matchset.match_set(matched, words, compiled.parsed.question)
    stories = listing.stories(commit, chosen.ahead, collapse)
    # Counted from here, where the numpy path starts its work.
    deadline = time.perf_counter() + time_limit if time_limit else None
    timed_out = False
    while True:
        if len(matched) > depth:
            bar = np.partition(approx, len(approx) - depth)[len(approx) - depth]
            margin = 0.0 if exact else MARGIN * abs(bar)
            candidates = matched[approx >= bar - margin]
        else:
            candidates = matched
        if exact:
            # Whoosh's own sums already: nothing to score again. The best first (equal
            # scores by document number), ordered with numpy.
            docs = candidates[: _in_time(len(candidates), deadline)]
            scores = approx[matched.searchsorted(docs)]
            best = np.lexsort((docs, -scores))[:depth]
            hits = list(zip(docs[best].tolist(), scores[best].tolist(), strict=True))
            done = len(docs)
        else:
            scored = exact_scores(searcher, q, candidates, deadline)
            done = len(scored)
            if done < len(candidates):
                docs = np.array(sorted(d for d, _ in scored), dtype=np.int64)
            scored.sort(key=lambda h: (-h[1], h[0]))
            hits = scored[:depth]
        if done < len(candidates):
            timed_out = True  # the hits scored until then
            matched = docs
            chosen = matchset.match_set(matched, words, compiled.parsed.question)
        terms: coordination.Terms = {}
        reranked: dict[int, list[tuple[str, float]]] = {}
        if coordinate:
            terms = _terms_held(postings, groups, hits[: coordination.RERANK_DEPTH])
            hits = coordination.coordinate(hits, coordination.weighted(commit.idf, groups), terms)
        elif reranker is not None:
            # A question's top, reordered by the model over its articles' features.
            hits, reranked = rerank.reorder(
                reranker,
                hits,
                searcher,
                compiled.word_groups,
                commit.column("lang"),
                commit.idf,
            )
        hits, beyond = listing.set_first(hits, chosen, compiled.parsed.question)
        ranked = listing.fold_copies(commit, hits, wanted, collapse)
        # Copies folded away, or the set's articles below the depth, may leave the page
        # short: look deeper, up to the window.
        if (
            (len(ranked) >= wanted and listing.enough(ranked, chosen, wanted, stories))
            or len(hits) >= len(matched)
            or depth >= window
            or timed_out
        ):
            return Found(ranked, chosen, terms, timed_out, reranked, beyond)
        depth = min(depth * 4, window)


def _in_time(count: int, deadline: float | None) -> int:
    """Return how many of count hits (in document order) are taken before the deadline,
    as exact_scores takes them."""
    if deadline is None:
        return count
    for at in range(count):
        if time.perf_counter() > deadline:
            return at
    return count


def _terms_held(postings: Postings, groups: coordination.Groups, hits: Hits) -> coordination.Terms:
    """Return the query's terms each hit holds (what Whoosh's TermsCollector records)."""
    docnums = np.array([d for d, _ in hits], dtype=np.int64)
    out: coordination.Terms = {d: [] for d, _ in hits}
    if not len(docnums):
        return out
    for f, t in sorted({t for g in groups for t in g}):
        docs = postings.term(f, t)
        if not len(docs):
            continue
        # A hundred hits looked for in a long sorted list: bisected (np.isin sorts both).
        at = np.searchsorted(docs, docnums)
        at[at == len(docs)] = 0
        for d in docnums[docs[at] == docnums].tolist():
            out[d].append((f, t))
    return out
