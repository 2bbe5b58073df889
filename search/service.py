"""A search from the query typed to the page of results, one step after the other.

Each step is a module of its own and is visited once: the query is read (search.syntax)
and compiled (search.compile) once, and what they make is handed on to ranking, the
page of hits, the facet counts and the suggestions.
"""

from __future__ import annotations

import time

from whoosh import query as wq

from search import facets, hits, ranking, suggest, syntax
from search.commit import Commit
from search.compile import compile_search
from search.matchset import FALLBACK_NOTICE
from search.request import SearchLimits, SearchRequest, check
from search.rerank import Model
from search.results import SearchResult

# Said of a page beyond the result window (SearchLimits.result_window).
BEYOND = (
    "Nur die ersten {window} Treffer lassen sich durchblättern; "
    "grenzen Sie die Suche ein, um weitere zu sehen."
)
# Said when a search ran out of its time (SearchLimits.time_limit).
TIMED_OUT = (
    "Die Suche wurde nach {seconds} s abgebrochen; es werden die bis dahin gefundenen Treffer "
    "gezeigt."
)


def search(
    commit: Commit,
    request: SearchRequest,
    limits: SearchLimits,
    boosts: dict[str, float] | None = None,
    reranker: Model | None = None,
) -> SearchResult:
    """Rank the articles for a user query and return one page of hits with snippets.

    reranker: the model that reorders the top of a question's ranking (search.rerank).
    """
    started = time.perf_counter()
    check(request, limits)

    # The query, read and compiled once; the filters typed in it join those given.
    query = syntax.read(request.text, limits.query_chars)
    parsed = query.parsed
    active = request.filters.merge(parsed.filters).resolve(commit.known())
    compiled = compile_search(commit.schema, query, boosts, browse=active.active)
    # Only filters ("quelle:weserbote", or a facet click): browse them by date.
    sort = "newest" if compiled.browse and request.sort == "relevance" else request.sort
    result = SearchResult(
        query=request.text,
        total=0,
        page=request.page,
        size=request.size,
        took_ms=0.0,
        sort=sort,
        filters=active.as_params(),
        notices=list(parsed.notices),
    )

    if compiled.query is not wq.NullQuery:
        # The ranking, as deep as the page needs.
        found = ranking.rank(
            commit,
            compiled,
            active.query(),
            sort,
            # A page past the window shows what is left of it: deep pages cost a ranking
            # of everything before them.
            min(request.page * request.size, limits.result_window),
            collapse=request.collapse,
            window=limits.result_window,
            time_limit=limits.time_limit,
            unfiltered=bool(request.extras),
            reranker=reranker,
        )
        if found.timed_out:
            seconds = f"{limits.time_limit:g}".replace(".", ",")
            result.notices.append(TIMED_OUT.format(seconds=seconds))
        result.total = found.total
        result.words, result.need = list(found.words), found.need
        if found.fallback:
            result.notices.append(FALLBACK_NOTICE)
        if request.page * request.size > limits.result_window:
            result.notices.append(
                BEYOND.format(window=f"{limits.result_window:,}".replace(",", "."))
            )

        # The page of hits: snippets, copies, how each matched.
        start = (request.page - 1) * request.size
        end = min(start + request.size, limits.result_window)
        result.hits = hits.page(
            commit,
            compiled,
            found.hits[start:end],
            snippets=request.snippets,
            explain=request.explain,
            marked=found.marked,
            collapse=request.collapse,
        )
        for hit, (d, _) in zip(result.hits, found.hits[start:end], strict=True):
            hit.missing = found.missing.get(d, [])
            hit.fallback = d in found.beyond
            if request.explain:
                hit.ranked_by = [
                    {"input": name, "gain": gain} for name, gain in found.reranked.get(d, [])
                ]

        # Facets and timeline over every match (each facet without its own filter).
        if request.extras and found.unfiltered is not None:
            result.facets, result.timeline = facets.counts(
                commit.facet_table(), found.unfiltered, active, request.extras
            )
    elif request.extras:
        result.facets = {} if "facets" in request.extras else None
        result.timeline = (
            {"granularity": None, "buckets": [], "undated": 0}
            if "timeline" in request.extras
            else None
        )

    # Help on: a better spelling; easier searches when nothing was found.
    if result.total == 0 and not parsed.empty:
        result.suggestion = suggest.did_you_mean(
            commit.searcher,
            request.text,
            parsed,
            found_nothing=True,
            memo=commit.memo,
            df=commit.doc_frequency,
        )
        result.relaxed = suggest.relaxed(commit.searcher, compiled, active)
    elif not parsed.empty and request.page == 1:
        result.suggestion = suggest.did_you_mean(
            commit.searcher, request.text, parsed, memo=commit.memo, df=commit.doc_frequency
        )
    result.took_ms = round((time.perf_counter() - started) * 1000, 2)
    return result
