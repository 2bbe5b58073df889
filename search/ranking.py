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
"""

from __future__ import annotations

import time
from collections.abc import Collection
from dataclasses import dataclass, field

import numpy as np
from whoosh import collectors
from whoosh import query as wq
from whoosh.searching import Searcher

from index.schema import LANGUAGE_GROUPS, TEXT_FIELDS, text_field
from search import budget, coordination, listing, matchset, querywords, rerank
from search.commit import Commit
from search.compile import Compiled
from search.listing import Hits
from search.matches import ExactPostings, Postings, plain
from search.whoosh_read import MatchingCollector, values_wanted

# Documents whose numpy score is this close (relative) below the last of the top are
# scored by Whoosh too: numpy and Whoosh sum a document's term scores in another order.
MARGIN = 1e-6
# BM25 term saturation and length normalization of every searcher the archive opens,
# measured on the dev query sets (README, "Relevance"): full length normalization keeps
# long articles that mention the query's words in passing below the short text about them.
BM25_K1 = 1.6
BM25_B = 1.0


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


@dataclass
class _Found:
    hits: Hits
    chosen: matchset.MatchSet
    terms: coordination.Terms
    timed_out: bool
    reranked: dict[int, list[tuple[str, float]]] = field(default_factory=dict)
    beyond: frozenset[int] = frozenset()


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
            found = _Found([], matchset.empty(), {}, False)
        elif sort != "relevance":
            found = _by_date(commit, compiled, fq, sort == "newest", wanted, collapse, words)
        else:
            found = _by_relevance(
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
    )


def _by_date(
    commit: Commit,
    compiled: Compiled,
    fq: wq.Query | None,
    newest: bool,
    wanted: int,
    collapse: bool,
    words: tuple[matchset.Word, ...],
) -> _Found:
    """Order the result set by date (articles without one last, by id)."""
    q = compiled.query
    full = q if fq is None else wq.And([q, fq])
    every = np.array(sorted(commit.searcher.docs_for_query(full)), dtype=np.int64)
    chosen = matchset.match_set(every, words, compiled.parsed.question)
    days = commit.days()
    ids = commit.column("id")
    # A keyword query no article holds whole: the articles with the most of its words
    # first, then the rest of the set (a date sort of a set of any three of five words
    # would show mostly articles about something else).
    lead = chosen.most_first()
    tiers = [lead] if len(lead) == len(chosen.docs) else [lead, np.setdiff1d(chosen.docs, lead)]
    order: list[int] = []
    for tier in tiers:
        dated = [(days[d], d) for d in tier.tolist()]
        with_date = sorted(
            ((day, ids[d], d) for day, d in dated if day is not None), reverse=newest
        )
        order += [d for _, _, d in with_date]
        order += sorted((d for day, d in dated if day is None), key=lambda d: ids[d])
    ranked = [(d, 0.0) for d in order]
    return _Found(listing.fold_copies(commit, ranked, wanted, collapse), chosen, {}, False)


def _by_relevance(
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
) -> _Found:
    """Rank by score: words with numpy where it can, other queries through Whoosh."""
    q = compiled.query
    depth = max(wanted, coordination.RERANK_DEPTH)
    coordinate = coordination.COORDINATION > 0 and not compiled.parsed.question
    groups = compiled.group_terms
    question = compiled.parsed.question
    if plain(q, phrases=True) and (fq is None or plain(fq)):
        found = _ranked_words(
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
            return _Found(ranked, chosen, terms, timed_out, beyond=beyond)
        depth = min(depth * 4, window)


def _ranked_words(
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
) -> _Found | None:
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
            return _Found(ranked, chosen, terms, timed_out, reranked, beyond)
        depth = min(depth * 4, window)


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


def exact_scores(
    searcher: Searcher, q: wq.Query, docnums: np.ndarray, deadline: float | None
) -> Hits:
    """Score the given documents (sorted) as Whoosh's collectors do; stop at the deadline."""
    out: Hits = []
    context = searcher.context()
    wanted = docnums.tolist()
    at = 0
    for subsearcher, offset in searcher.leaf_searchers():
        end = offset + subsearcher.reader().doc_count_all()
        if at >= len(wanted) or wanted[at] >= end:
            continue
        m = q.matcher(subsearcher, context)
        while at < len(wanted) and wanted[at] < end:
            if deadline is not None and time.perf_counter() > deadline:
                return out
            local = wanted[at] - offset
            if m.is_active() and m.id() < local:
                m.skip_to(local)
            if m.is_active() and m.id() == local:
                out.append((wanted[at], float(m.score())))
            at += 1
    return out


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
