"""The archive as the search side sees it: one open index, ranked search, articles, stats."""

from __future__ import annotations

import bisect
import functools
import os
import threading
import time
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
from whoosh import collectors, scoring
from whoosh import query as wq
from whoosh.searching import Searcher

from index import stories
from index.schema import TEXT_FIELDS, analyzer_group, text_field
from index.store import StoreError, index_size, open_index, read_meta
from search import query as qparse
from search.explain import explain as explain_hit
from search.facets import Table, column, column_date, facet_counts_of, table, timeline_of
from search.files import SharedStorage
from search.filters import Filters
from search.matches import ExactPostings, Postings, field_lengths, plain
from search.results import ArticleView, Cleaning, Hit, SearchResult
from search.snippets import mark, match_spans, snippet
from search.suggest import complete, did_you_mean
from search.titles import display_title

SORTS = ("relevance", "newest", "oldest")
EXTRAS = frozenset({"facets", "timeline"})
MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 10
# Deep pages cost a full ranking of everything before them.
MAX_RESULT_WINDOW = 10_000
# The top hits reranked by how many of the query's words they contain, and how strongly.
RERANK_DEPTH = 100
# "Ähnliche Artikel": how many, and how many of the article's key terms they are found by.
SIMILAR = 5
SIMILAR_TERMS = 12
# A similar article scores at least this (more-like-this score), and a third of the best.
SIMILAR_MIN_SCORE = 5.0
SIMILAR_RELATIVE = 0.3
# A later article counts as continuing the story only from this more-like-this score on.
THREAD_MIN_SCORE = 8.0
# ... and only within this many days after it: a story is followed, not a topic.
THREAD_DAYS = 365
COORDINATION = 0.5
# Documents whose numpy score is this close (relative) below the last of the top are
# scored by Whoosh too: numpy and Whoosh sum a document's term scores in another order.
MARGIN = 1e-6
# BM25 term saturation and length normalization, measured on the dev query sets (README,
# "Relevance"): full length normalization keeps long articles that mention the query's
# words in passing below the short text about them.
BM25_K1 = 1.6
BM25_B = 1.0
# Said when a search ran out of its time (Archive.time_limit).
TIMED_OUT = (
    "Die Suche wurde nach {seconds} s abgebrochen; es werden die bis dahin gefundenen Treffer "
    "gezeigt."
)


class BadRequest(ValueError):
    """A search parameter is out of range."""


def _date(value: Any) -> str | None:
    return value.strftime("%Y-%m-%d") if isinstance(value, (datetime, date)) else None


def _one_searcher(method: Callable[..., Any]) -> Callable[..., Any]:
    """Run an Archive method with one searcher throughout (see Archive.pinned)."""

    @functools.wraps(method)
    def wrapper(self: Archive, *args: Any, **kwargs: Any) -> Any:
        with self.pinned():
            return method(self, *args, **kwargs)

    return wrapper


class Archive:
    """An opened index, shared by all threads of a process.

    All threads search with one Whoosh searcher (its files are read by position, see
    search.files), replaced when a commit has produced a new generation: no reopening
    per query, and new articles show up without a restart. A rebuild puts a new index
    folder in the old one's place: the archive notices the new folder and opens it,
    having answered from the old one until then.
    """

    # Seconds a ranked search may collect matches before it stops and shows what it has
    # (None: no limit). The web app sets it from SEARCH_TIME_LIMIT.
    time_limit: float | None = None

    def __init__(
        self, index_dir: str | os.PathLike[str], field_boosts: dict[str, float] | None = None
    ) -> None:
        self.index_dir = Path(index_dir)
        # Weights of title, caption and body matches (default: search.query.FIELD_BOOSTS).
        self.field_boosts = dict(field_boosts or qparse.FIELD_BOOSTS)
        self._folder = _folder_identity(self.index_dir)
        self.ix = open_index(self.index_dir, SharedStorage(str(self.index_dir)))
        self.schema = self.ix.schema
        self.weighting = scoring.BM25F(B=BM25_B, K1=BM25_K1)
        self._stories_cache: tuple[int | None, stories.Stories] | None = None
        self._local = threading.local()
        self._reopen_lock = threading.Lock()
        # The searcher all threads use, with the index it reads.
        self._shared: tuple[Any, Searcher] | None = None
        self._cache_lock = threading.Lock()
        self._cache: tuple[tuple[Any, int], dict[tuple[Any, ...], Any]] | None = None

    def _current_index(self) -> Any:
        """Return the open index, reopened if a rebuild has put a new folder in place."""
        folder = _folder_identity(self.index_dir)
        if folder is not None and folder != self._folder:
            with self._reopen_lock:
                if folder != self._folder:
                    try:
                        ix = open_index(self.index_dir, SharedStorage(str(self.index_dir)))
                    except (StoreError, OSError):
                        return self.ix  # mid-swap: keep answering from the open index
                    self.ix, self.schema, self._folder = ix, ix.schema, folder
        return self.ix

    def _fresh(self, shared: tuple[Any, Searcher] | None, ix: Any) -> bool:
        """Tell whether a shared searcher still reads the index's latest commit."""
        # (-1: the folder is being swapped; the open searcher still answers.)
        return (
            shared is not None
            and shared[0] is ix
            and ix.latest_generation() in (shared[1].reader().generation(), -1)
        )

    def searcher(self) -> Searcher:
        """Return the searcher all threads share, replaced if the index has changed."""
        s = getattr(self._local, "searcher", None)
        if s is not None and getattr(self._local, "pins", 0):
            return s  # inside one request: the searcher it started with
        ix = self._current_index()
        shared = self._shared
        if not self._fresh(shared, ix):
            with self._reopen_lock:
                shared = self._shared
                if not self._fresh(shared, ix):
                    # A new searcher, not Searcher.refresh(): refresh reuses segment
                    # readers with the deletions they had, so an updated article would
                    # show twice. The old one is not closed: other threads may still be
                    # answering from it; its files close once nothing uses them.
                    shared = self._shared = (ix, ix.searcher(weighting=self.weighting))
        assert shared is not None
        return shared[1]

    def _commit_key(self) -> tuple[Any, int]:
        """Name the commit this thread's searcher reads: same key, same document numbers."""
        reader = self.searcher().reader()
        return (reader, reader.generation())

    def _per_commit(self, key: tuple[Any, ...], build: Callable[[], Any]) -> Any:
        """Return what build() makes of the current commit, made once and shared by threads.

        One commit numbers its documents alike for every searcher of it; only the newest
        commit's values are kept.
        """
        commit = self._commit_key()
        with self._cache_lock:
            cache = self._cache
            if cache is None or cache[0] != commit:
                cache = self._cache = (commit, {})
            if key in cache[1]:
                return cache[1][key]
        value = build()
        with self._cache_lock:
            if self._cache is not None and self._cache[0] == commit:
                self._cache[1][key] = value
        return value

    def column(self, name: str, translate: bool = True) -> list[Any]:
        """Return a column of the current index by document number, read once per commit."""
        reader = self.searcher().reader()
        return self._per_commit(
            ("column", name, translate), lambda: column(reader, name, translate)
        )

    @contextmanager
    def pinned(self) -> Iterator[Searcher]:
        """Use one searcher for a whole request: a commit meanwhile must not swap it."""
        searcher = self.searcher()
        pins = getattr(self._local, "pins", 0)
        self._local.searcher = searcher
        self._local.pins = pins + 1
        try:
            yield searcher
        finally:
            self._local.pins = pins
            if not pins:
                self._local.searcher = None

    def close(self) -> None:
        """Let go of the shared searcher (the next search opens a new one).

        Its files close once no thread answers from it any more (see search.files):
        closing it here could pull it from under another thread's request.
        """
        with self._reopen_lock:
            self._shared = None

    # -- search ---------------------------------------------------------------

    @_one_searcher
    def search(
        self,
        text: str,
        page: int = 1,
        size: int = DEFAULT_PAGE_SIZE,
        snippets: bool = True,
        explain: bool = False,
        *,
        filters: Filters | None = None,
        sort: str = "relevance",
        extras: Iterable[str] = (),
        collapse: bool = True,
    ) -> SearchResult:
        """Rank the articles for a user query and return one page of hits with snippets.

        filters narrow the search (combined with those typed in the query); sort is
        relevance, newest or oldest; extras ask for "facets" and "timeline"; collapse
        shows copies of one body as a single hit that says where else it ran.
        """
        if page < 1:
            raise BadRequest("page must be 1 or more")
        if not 1 <= size <= MAX_PAGE_SIZE:
            raise BadRequest(f"size must be between 1 and {MAX_PAGE_SIZE}")
        if page * size > MAX_RESULT_WINDOW:
            raise BadRequest(f"only the first {MAX_RESULT_WINDOW} results can be paged through")
        if sort not in SORTS:
            raise BadRequest(f"sort must be one of {', '.join(SORTS)}")
        extras = set(extras)
        if extras - EXTRAS:
            raise BadRequest(f"extra must be among {', '.join(sorted(EXTRAS))}")
        started = time.perf_counter()
        searcher = self.searcher()
        parsed = qparse.question_content(qparse.parse(text))
        active = (filters or Filters()).merge(parsed.filters).resolve(self._known(searcher))
        result = SearchResult(
            query=text,
            total=0,
            page=page,
            size=size,
            took_ms=0.0,
            sort=sort,
            filters=active.as_params(),
            notices=list(parsed.notices),
        )
        groups = qparse.group_queries(self.schema, parsed, self.field_boosts)
        q = qparse.build(self.schema, parsed, groups=groups)
        if q is wq.NullQuery and parsed.empty and not parsed.excluded and active.active:
            # Only filters ("quelle:weserbote", or a facet click): browse them by date.
            q = wq.Every()
            if sort == "relevance":
                sort = result.sort = "newest"
        if q is not wq.NullQuery:
            fq = active.query()
            ranked, matched = self._ranked(q, fq, parsed, groups, sort, page * size, collapse)
            if self._local.timed_out:
                result.notices.append(
                    TIMED_OUT.format(seconds=f"{self.time_limit:g}".replace(".", ","))
                )
            keys = self._group_keys() if collapse else None
            result.total = len({keys[d] for d in matched}) if keys else len(matched)
            shown = ranked[(page - 1) * size : page * size]
            terms = _terms_by_field(q)
            result.hits = [self._hit(d, score, terms, snippets) for d, score in shown]
            if collapse:
                for hit, (d, _) in zip(result.hits, shown, strict=True):
                    hit.also_in = self._copies(hit.id)
                    hit.group = keys[d] if keys else None
                    hit.group_size = 1 + len(hit.also_in)
            if explain and not isinstance(q, wq.Every):
                for hit, (d, _) in zip(result.hits, shown, strict=True):
                    hit.explain = self._explain(parsed, searcher.stored_fields(d))
            if extras:
                self._extras(result, extras, q, fq, matched, active)
        elif extras:
            result.facets = {} if "facets" in extras else None
            result.timeline = (
                {"granularity": None, "buckets": [], "undated": 0}
                if ("timeline" in extras)
                else None
            )
        if result.total == 0 and not parsed.empty:
            result.suggestion = did_you_mean(searcher, text, parsed, found_nothing=True)
            result.relaxed = self._relaxed(parsed, active)
        elif not parsed.empty and page == 1:
            result.suggestion = did_you_mean(searcher, text, parsed)
        result.took_ms = round((time.perf_counter() - started) * 1000, 2)
        return result

    def _ranked(
        self,
        q: wq.Query,
        fq: wq.Query | None,
        parsed: qparse.ParsedQuery,
        groups: list[wq.Query],
        sort: str,
        wanted: int,
        collapse: bool,
    ) -> tuple[list[tuple[int, float]], Collection[int]]:
        """Return (docnum, score) in order, copies folded in, and every matching docnum."""
        searcher = self.searcher()
        self._local.timed_out = False
        if fq is wq.NullQuery:
            return [], set()
        if sort != "relevance":
            full = q if fq is None else wq.And([q, fq])
            matched = set(searcher.docs_for_query(full))
            dates = self.column("date", translate=False)
            ids = self.column("id")
            dated = [(column_date(dates[d]), d) for d in matched]
            newest = sort == "newest"
            # Articles without a date come last either way.
            with_date = sorted(
                ((day, ids[d], d) for day, d in dated if day is not None), reverse=newest
            )
            order = [d for _, _, d in with_date] + sorted(
                (d for day, d in dated if day is None), key=lambda d: ids[d]
            )
            ranked = [(d, 0.0) for d in order]
            return self._fold_copies(ranked, wanted, collapse), matched
        depth = max(wanted, RERANK_DEPTH)
        coordinate = COORDINATION > 0 and not parsed.question
        if plain(q, phrases=True) and (fq is None or plain(fq)):
            found = self._ranked_words(q, fq, groups, wanted, depth, coordinate, collapse)
            if found is not None:
                return found
        # Other queries (phrases, prefixes): Whoosh scores every match once and so counts them.
        while True:
            top = _MatchingCollector(depth)
            collector: collectors.Collector = top
            if coordinate:
                collector = collectors.TermsCollector(collector)
            if self.time_limit:
                collector = _TimeBudget(collector, self.time_limit)
            if fq is not None:
                collector = collectors.FilterCollector(collector, fq)
            try:
                searcher.search_with_collector(q, collector)
            except collectors.TimeLimit:
                self._local.timed_out = True  # the collectors keep what they had
            found = list(collector.results())
            hits = [(h.docnum, float(h.score)) for h in found]
            if coordinate:
                terms = {h.docnum: h.matched_terms() for h in found[:RERANK_DEPTH]}
                hits = _coordinate(hits, self._weighted_groups(groups), terms)
            ranked = self._fold_copies(hits, wanted, collapse)
            # Copies folded away may leave the page short: look deeper, up to the window.
            if (
                len(ranked) >= wanted
                or len(hits) >= len(top.docset)
                or depth >= MAX_RESULT_WINDOW
                or self._local.timed_out
            ):
                return ranked, top.docset
            depth = min(depth * 4, MAX_RESULT_WINDOW)

    def _ranked_words(
        self,
        q: wq.Query,
        fq: wq.Query | None,
        groups: list[wq.Query],
        wanted: int,
        depth: int,
        coordinate: bool,
        collapse: bool,
    ) -> tuple[list[tuple[int, float]], list[int]] | None:
        """Rank a query of words: every match scored at once with numpy (None: not here).

        Where search.matches.ExactPostings copies Whoosh's matcher trees its scores are
        Whoosh's own. Otherwise numpy's differ from Whoosh's only by rounding (summed in
        another order), so the documents within MARGIN of the depth-th best hold the top;
        Whoosh scores those, giving the scores and order of scoring every match through
        Whoosh.
        """
        searcher = self.searcher()
        postings = ExactPostings(searcher, self._field_lengths)
        found = postings.exact(q)
        exact = found is not None
        if not exact and not plain(q):
            return None  # phrases only Whoosh's matchers score beyond the exact path
        matched, approx = found if found is not None else postings.scored(q)
        if fq is not None:
            keep = np.isin(matched, postings.docs(fq), assume_unique=True)
            matched, approx = matched[keep], approx[keep]
        deadline = time.perf_counter() + self.time_limit if self.time_limit else None
        while True:
            if len(matched) > depth:
                bar = np.partition(approx, len(approx) - depth)[len(approx) - depth]
                margin = 0.0 if exact else MARGIN * abs(bar)
                candidates = matched[approx >= bar - margin]
            else:
                candidates = matched
            if exact:
                # Whoosh's own sums already: nothing to score again.
                at = np.searchsorted(matched, candidates)
                scored = _until(
                    list(zip(candidates.tolist(), approx[at].tolist(), strict=True)), deadline
                )
            else:
                scored = _exact_scores(searcher, q, candidates, deadline)
            if len(scored) < len(candidates):
                self._local.timed_out = True  # the hits scored until then
                matched = np.array(sorted(d for d, _ in scored), dtype=np.int64)
            scored.sort(key=lambda h: (-h[1], h[0]))
            hits = scored[:depth]
            if coordinate:
                terms = _terms_held(postings, groups, hits[:RERANK_DEPTH])
                hits = _coordinate(hits, self._weighted_groups(groups), terms)
            ranked = self._fold_copies(hits, wanted, collapse)
            # Copies folded away may leave the page short: look deeper, up to the window.
            if (
                len(ranked) >= wanted
                or len(hits) >= len(matched)
                or depth >= MAX_RESULT_WINDOW
                or self._local.timed_out
            ):
                return ranked, matched.tolist()
            depth = min(depth * 4, MAX_RESULT_WINDOW)

    def _field_lengths(self, fieldname: str) -> np.ndarray:
        """Return the documents' lengths of a field for scoring, read once per commit."""
        searcher = self.searcher()
        return self._per_commit(("lengths", fieldname), lambda: field_lengths(searcher, fieldname))

    def _fold_copies(
        self, ranked: list[tuple[int, float]], wanted: int, collapse: bool
    ) -> list[tuple[int, float]]:
        """Keep the first of each set of copies (same cleaned body) in a ranking."""
        reader = self.searcher().reader()
        if not collapse or not reader.doc_count():
            return ranked
        keys = self._group_keys()
        seen: set[str] = set()
        out = []
        for d, score in ranked:
            key = keys[d]
            if key in seen:
                continue
            seen.add(key)
            out.append((d, score))
        return out

    def _copies(self, article_id: str) -> list[dict[str, str | None]]:
        """List the other articles of this article's story: copies and near-copies."""
        searcher = self.searcher()
        stories = self._stories()
        group = stories.group(article_id)
        if group is not None:
            others = sorted(stories.members.get(group, ()))
            docs = [searcher.document(id=i) for i in others if i != article_id]
        else:
            doc = searcher.document(id=article_id)
            if not doc or not doc.get("body_hash"):
                return []
            found = searcher.docs_for_query(wq.Term("body_hash", doc["body_hash"]))
            docs = [searcher.stored_fields(d) for d in found]
        out = [_ref(d) for d in docs if d and d.get("id") != article_id]
        return sorted(out, key=lambda r: (r["date"] or "", r["id"] or ""))

    def _stories(self) -> stories.Stories:
        """Return the story groups kept beside the index, read again when they change."""
        path = self.index_dir / stories.STORE
        try:
            stamp = path.stat().st_mtime_ns
        except OSError:
            stamp = None
        cached = self._stories_cache
        if cached is None or cached[0] != stamp:
            cached = self._stories_cache = (stamp, stories.load_groups(self.index_dir))
        return cached[1]

    def _group_keys(self) -> list[str]:
        """Map every document number to its story group (else its body hash): copies share one."""
        reader = self.searcher().reader()
        groups = self._stories()

        def build() -> list[str]:
            ids = self.column("id")
            hashes = self.column("body_hash")
            group_of = groups.group_of
            return [
                group_of.get(ids[d]) or hashes[d] or str(d) for d in range(reader.doc_count_all())
            ]

        stamp = self._stories_cache[0] if self._stories_cache else None
        return self._per_commit(("groups", stamp), build)

    def _known(self, searcher: Searcher) -> dict[str, list[str]]:
        """Return the values the index has for source, language, category, extractor, flag."""
        reader = searcher.reader()

        def build() -> dict[str, list[str]]:
            return {
                d: [v.decode("utf-8") for v in reader.lexicon(d)] if d in self.schema else []
                for d in ("source", "lang", "category", "extractor", "flag")
            }

        return self._per_commit(("known",), build)

    def _extras(
        self,
        result: SearchResult,
        extras: set[str],
        q: wq.Query,
        fq: wq.Query | None,
        matched: Collection[int],
        active: Filters,
    ) -> None:
        """Count the matches for facets (without each facet's own filter) and the timeline."""
        searcher = self.searcher()
        if fq is None:
            everything: Collection[int] = matched
        elif plain(q):
            everything = Postings(searcher, self._field_lengths).docs(q).tolist()
        else:
            everything = set(searcher.docs_for_query(q))
        docs = np.unique(np.fromiter(everything, dtype=np.int64, count=len(everything)))
        facts = self._facet_table()
        if "facets" in extras:
            result.facets = facet_counts_of(facts, docs, active)
        if "timeline" in extras:
            result.timeline = timeline_of(facts, docs, active)

    def _facet_table(self) -> Table:
        """Return every document's faceted values as codes, made once per commit."""
        reader = self.searcher().reader()
        groups = self._group_keys()
        stamp = self._stories_cache[0] if self._stories_cache else None
        return self._per_commit(
            ("facet table", stamp),
            lambda: table(self.column, reader.doc_count_all(), groups, self._flags()),
        )

    def _relaxed(self, parsed: qparse.ParsedQuery, active: Filters) -> list[dict[str, Any]]:
        """Offer easier searches that find something: a filter dropped, or the words alone."""
        offers: list[dict[str, Any]] = []
        words = " ".join(c.text for c in parsed.clauses())
        plain = qparse.parse(words)
        plain_q = qparse.build(self.schema, plain, self.field_boosts)
        searcher = self.searcher()

        def count(q: wq.Query, filters: Filters) -> int:
            if q is wq.NullQuery:
                return 0
            fq = filters.query()
            if fq is wq.NullQuery:
                return 0
            full = q if fq is None else wq.And([q, fq])
            return sum(1 for _ in searcher.docs_for_query(full))

        for dimension, value in active.describe():
            if value.startswith("-"):
                narrower = replace(active, exclude=active.exclude - {(dimension, value[1:])})
            else:
                narrower = active.without(dimension)
            n = count(plain_q, narrower)
            if n:
                offers.append(
                    {
                        "drop": dimension,
                        "value": value,
                        "q": words,
                        "filters": narrower.as_params(),
                        "total": n,
                    }
                )
        if words and _structured(parsed):
            n = count(plain_q, active)
            if n:
                offers.append(
                    {
                        "drop": "syntax",
                        "value": "",
                        "q": words,
                        "filters": active.as_params(),
                        "total": n,
                    }
                )
        return offers[:5]

    def _weighted_groups(self, groups: list[wq.Query]) -> list[tuple[set[tuple[str, str]], float]]:
        """Pair each word group's terms with its weight: the rarest of its terms' idf."""
        out = []
        for terms in qparse.group_terms(groups):
            weight = max(
                (self.searcher().idf(f, t) for f, t in terms if f.startswith("body_")),
                default=1.0,
            )
            out.append((terms, weight))
        return out

    def _hit(
        self, docnum: int, score: float, terms: dict[str, set[str]], snippets: bool = True
    ) -> Hit:
        """Turn a matching document into a result with a highlighted snippet."""
        doc = self.searcher().stored_fields(docnum)
        if not snippets:
            terms = {}
        lang = doc.get("lang", "")
        group = analyzer_group(lang)
        body_field = text_field("body", group)
        title_field = text_field("title", group)
        body = doc.get("body", "")
        analyzer = self.schema[body_field].analyzer
        spans = match_spans(analyzer, body, terms.get(body_field, ()))
        title = doc.get("title", "")
        title_spans = match_spans(analyzer, title, terms.get(title_field, ()))
        return Hit(
            id=doc["id"],
            title=title,
            date=_date(doc.get("date")),
            source=doc.get("source", ""),
            url=doc.get("url", ""),
            lang=lang,
            score=round(score, 4),
            snippet=snippet(body, spans) if body else "",
            title_html=mark(title, title_spans),
            category=doc.get("category", ""),
            display_title=display_title(title, body),
        )

    def _explain(self, parsed: qparse.ParsedQuery, doc: dict[str, Any]) -> list[dict[str, str]]:
        """Say how each query word met this article."""
        group = analyzer_group(doc.get("lang", ""))
        analyzer = self.schema[text_field("body", group)].analyzer
        return [r.as_dict() for r in explain_hit(analyzer, parsed, doc)]

    # -- articles -------------------------------------------------------------

    @_one_searcher
    def article(self, article_id: str, text: str = "", related: bool = True) -> ArticleView | None:
        """Return a cleaned article by id, its query matches marked; None if unknown.

        related: also find its copies, similar articles and its source's neighbours.
        """
        doc = self.searcher().document(id=article_id)
        if doc is None:
            return None
        group = analyzer_group(doc.get("lang", ""))
        terms: dict[str, set[str]] = {}
        if text:
            terms = _terms_by_field(
                qparse.build(self.schema, qparse.parse(text), self.field_boosts)
            )
        analyzer = self.schema[text_field("body", group)].analyzer

        def marked(part: str, value: str) -> str:
            wanted = terms.get(text_field(part, group), ())
            return mark(value, match_spans(analyzer, value, wanted))

        body = doc.get("body", "")
        view = ArticleView(
            id=doc["id"],
            title=doc.get("title", ""),
            caption=doc.get("caption", ""),
            body=body,
            date=_date(doc.get("date")),
            source=doc.get("source", ""),
            url=doc.get("url", ""),
            lang=doc.get("lang", ""),
            lang_prob=float(doc.get("lang_prob") or 0.0),
            title_html=marked("title", doc.get("title", "")),
            caption_html=marked("caption", doc.get("caption", "")),
            body_html=[marked("body", p) for p in body.split("\n") if p],
            category=doc.get("category", ""),
            extractor=doc.get("extractor", ""),
            display_title=display_title(doc.get("title", ""), body),
        )
        view.flags = sorted((doc.get("flag") or "").split(",")) if doc.get("flag") else []
        view.cleaning = Cleaning.of(doc.get("cleaning") or "")
        if related:
            view.also_in = self._copies(article_id)
            view.similar = self.similar(article_id)
            view.thread = self.thread(article_id)
            view.previous, view.next = self.neighbours(article_id)
        return view

    @_one_searcher
    def similar(self, article_id: str, limit: int = SIMILAR) -> list[dict[str, str | None]]:
        """Return articles about the same things (more like this), copies left out."""
        searcher = self.searcher()
        docnum = searcher.document_number(id=article_id)
        if docnum is None:
            return []
        doc = searcher.stored_fields(docnum)
        fieldname = text_field("body", analyzer_group(doc.get("lang", "")))
        text = " ".join(filter(None, (doc.get("title"), doc.get("body"))))
        if not text.strip():
            return []
        found = searcher.more_like(
            docnum, fieldname, text=text, top=limit * 3, numterms=SIMILAR_TERMS
        )
        keys = self._group_keys()
        out, seen = [], {keys[docnum]}
        best = None
        for hit in found:
            if keys[hit.docnum] in seen:
                continue  # of this article's story, or of one listed already
            seen.add(keys[hit.docnum])
            best = best or hit.score
            # Only articles that share much: a weak likeness is noise, not a lead.
            if hit.score < max(SIMILAR_MIN_SCORE, SIMILAR_RELATIVE * best):
                break
            out.append(_ref(hit.fields()))
            if len(out) >= limit:
                break
        return out

    def _flags(self) -> dict[int, frozenset[str]]:
        """Map each flagged document number to its quality flags, made once per commit."""
        searcher = self.searcher()

        def build() -> dict[int, frozenset[str]]:
            out: dict[int, set[str]] = {}
            if "flag" in self.schema:
                for raw in searcher.reader().lexicon("flag"):
                    value = raw.decode("utf-8")
                    for d in searcher.docs_for_query(wq.Term("flag", value)):
                        out.setdefault(d, set()).add(value)
            return {d: frozenset(v) for d, v in out.items()}

        return self._per_commit(("flags",), build)

    def _source_timelines(self) -> dict[str, list[tuple[date, str, int]]]:
        """Return each source's dated articles in date order, made once per commit."""
        reader = self.searcher().reader()

        def build() -> dict[str, list[tuple[date, str, int]]]:
            dates = self.column("date", translate=False)
            ids = self.column("id")
            sources = self.column("source")
            out: dict[str, list[tuple[date, str, int]]] = {}
            for d in reader.all_doc_ids():
                day = column_date(dates[d])
                if day is not None and sources[d]:
                    out.setdefault(sources[d], []).append((day, ids[d], d))
            for entries in out.values():
                entries.sort()
            return out

        return self._per_commit(("timelines",), build)

    @_one_searcher
    def thread(self, article_id: str, limit: int = SIMILAR) -> list[dict[str, str | None]]:
        """Return the articles that continue this one's story: like it, and later, by date."""
        searcher = self.searcher()
        docnum = searcher.document_number(id=article_id)
        if docnum is None:
            return []
        doc = searcher.stored_fields(docnum)
        day = doc.get("date")
        if day is None:
            return []
        fieldname = text_field("body", analyzer_group(doc.get("lang", "")))
        text = " ".join(filter(None, (doc.get("title"), doc.get("body"))))
        later = wq.DateRange("date", day + timedelta(seconds=1), day + timedelta(days=THREAD_DAYS))
        keys = self._group_keys()
        found = searcher.more_like(
            docnum, fieldname, text=text, top=limit * 3, numterms=SIMILAR_TERMS, filter=later
        )
        out, seen = [], {keys[docnum]}
        for hit in found:
            if keys[hit.docnum] in seen or hit.score < THREAD_MIN_SCORE:
                continue
            seen.add(keys[hit.docnum])
            out.append(_ref(hit.fields()))
            if len(out) >= limit:
                break
        return sorted(out, key=lambda r: (r["date"] or "", r["id"] or ""))

    @_one_searcher
    def neighbours(
        self, article_id: str
    ) -> tuple[dict[str, str | None] | None, dict[str, str | None] | None]:
        """Return the articles of the same source just before and just after this one."""
        searcher = self.searcher()
        docnum = searcher.document_number(id=article_id)
        if docnum is None:
            return None, None
        doc = searcher.stored_fields(docnum)
        if not doc.get("source") or doc.get("date") is None:
            return None, None
        timeline_ = self._source_timelines().get(doc["source"], [])
        at = bisect.bisect_left(
            timeline_, (column_date(self.column("date", False)[docnum]), article_id)
        )
        if at >= len(timeline_) or timeline_[at][2] != docnum:
            return None, None
        before = _ref(searcher.stored_fields(timeline_[at - 1][2])) if at > 0 else None
        after = (
            _ref(searcher.stored_fields(timeline_[at + 1][2])) if at + 1 < len(timeline_) else None
        )
        return before, after

    @_one_searcher
    def story_keys(self) -> dict[str, str]:
        """Map every article id to its story group (copies and near-copies share one)."""
        reader = self.searcher().reader()
        ids = self.column("id")
        keys = self._group_keys()
        return {ids[d]: keys[d] for d in reader.all_doc_ids()}

    @_one_searcher
    def body_hashes(self) -> dict[str, str]:
        """Map every article id to the hash of its cleaned body (equal hash: a copy)."""
        reader = self.searcher().reader()
        if not reader.doc_count():
            return {}
        ids = self.column("id")
        hashes = self.column("body_hash")
        return {ids[d]: hashes[d] for d in reader.all_doc_ids()}

    # -- stats ----------------------------------------------------------------

    # -- helpers for the search box ---------------------------------------------

    @_one_searcher
    def complete(self, text: str) -> dict[str, Any]:
        """Complete what is being typed: archive words that start so, and titles."""
        return complete(self.searcher(), text)

    @_one_searcher
    def analyze(self, text: str, group: str = "de") -> list[dict[str, Any]]:
        """Return the tokens an analyzer makes of a text, with positions and offsets."""
        analyzer = self.schema[text_field("body", group)].analyzer
        out = []
        previous = None
        for t in analyzer(text, positions=True, chars=True, removestops=True):
            kind = "part" if previous is not None and t.pos == previous else "word"
            previous = t.pos
            out.append(
                {
                    "term": t.text,
                    "surface": text[t.startchar : t.endchar],
                    "pos": t.pos,
                    "start": t.startchar,
                    "end": t.endchar,
                    "kind": kind,
                }
            )
        return out

    @_one_searcher
    def stats(self) -> dict[str, Any]:
        """Count articles, unique bodies, languages, sources and the date span."""
        reader = self.searcher().reader()
        langs: Counter[str] = Counter()
        sources: Counter[str] = Counter()
        years: Counter[str] = Counter()
        bodies: set[str] = set()
        first = last = None
        count = 0
        lang_col = self.column("lang")
        source_col = self.column("source")
        extractor_col = self.column("extractor")
        flag_map = self._flags()
        extractors: Counter[str] = Counter()
        flags: Counter[str] = Counter()
        hash_col = self.column("body_hash")
        date_col = self.column("date", translate=False)
        for docnum in reader.all_doc_ids():
            count += 1
            h = hash_col[docnum]
            if h in bodies:
                continue  # a copy of an article counted already
            bodies.add(h)
            langs[lang_col[docnum] or "unknown"] += 1
            sources[source_col[docnum] or "unknown"] += 1
            extractors[extractor_col[docnum] or "unknown"] += 1
            flags.update(flag_map.get(docnum, ()))
            d = column_date(date_col[docnum])
            if d is not None:
                years[str(d.year)] += 1
                first = d if first is None or d < first else first
                last = d if last is None or d > last else last
        meta = read_meta(self.index_dir)
        skipped = meta.get("skipped", {})
        return {
            "articles": len(bodies),
            "documents": count,
            "duplicates": count - len(bodies),
            "languages": dict(langs.most_common()),
            "sources": dict(sources.most_common()),
            "years": dict(sorted(years.items())),
            "extractors": dict(extractors.most_common()),
            "flags": dict(flags.most_common()),
            "date_span": {"first": _date(first), "last": _date(last)},
            "index_bytes": index_size(self.index_dir),
            "last_indexed": meta.get("last_indexed"),
            "skipped": skipped,
            "notes": meta.get("notes", {}),
            "skipped_by_reason": dict(
                Counter(str(r).split(":")[0] for r in skipped.values()).most_common()
            ),
        }


def _coordinate(
    hits: list[tuple[int, float]],
    groups: list[tuple[set[tuple[str, str]], float]],
    terms: dict[int, Iterable[tuple[str, Any]]],
) -> list[tuple[int, float]]:
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


def _exact_scores(
    searcher: Searcher, q: wq.Query, docnums: np.ndarray, deadline: float | None
) -> list[tuple[int, float]]:
    """Score the given documents (sorted) as Whoosh's collectors do; stop at the deadline."""
    out: list[tuple[int, float]] = []
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


def _until(scored: list[tuple[int, float]], deadline: float | None) -> list[tuple[int, float]]:
    """Keep the hits (in document order) taken before the deadline, as _exact_scores does."""
    if deadline is None:
        return scored
    for at in range(len(scored)):
        if time.perf_counter() > deadline:
            return scored[:at]
    return scored


def _terms_held(
    postings: Postings, groups: list[wq.Query], hits: list[tuple[int, float]]
) -> dict[int, list[tuple[str, str]]]:
    """Return the query's terms each hit holds (what Whoosh's TermsCollector records)."""
    docnums = np.array([d for d, _ in hits], dtype=np.int64)
    out: dict[int, list[tuple[str, str]]] = {d: [] for d, _ in hits}
    for f, t in sorted({t for g in qparse.group_terms(groups) for t in g}):
        for d in docnums[np.isin(docnums, postings.term(f, t))].tolist():
            out[d].append((f, t))
    return out


class _MatchingCollector(collectors.TopCollector):
    """Keep the top N by score, and the set of every matching document on the way.

    Whoosh's top collector forgets the documents outside the top N and would search
    again to list them; facets, the timeline and the count of copies need them all.
    """

    def __init__(self, limit: int) -> None:
        super().__init__(limit=limit, usequality=False)

    def prepare(self, top_searcher: Searcher, q: wq.Query, context: Any) -> None:
        super().prepare(top_searcher, q, context)
        self.docset = set()

    def _collect(self, global_docnum: int, score: float) -> float:
        self.docset.add(global_docnum)
        return super()._collect(global_docnum, score)

    def all_ids(self) -> set[int]:
        return self.docset

    def count(self) -> int:
        return len(self.docset)


class _TimeBudget(collectors.TimeLimitCollector):
    """Whoosh's time limit, checked against a deadline at each match.

    Whoosh's own starts a timer thread per search and may use SIGALRM, which works only
    in the main thread; the web server searches in worker threads. Inside a
    FilterCollector only collect() is called, so the deadline is checked there.
    """

    def __init__(self, child: collectors.Collector, seconds: float) -> None:
        super().__init__(child, seconds, use_alarm=False)
        self.deadline = 0.0

    def prepare(self, top_searcher: Searcher, q: wq.Query, context: Any) -> None:
        self.child.prepare(top_searcher, q, context)
        self.timedout = False
        self.deadline = time.perf_counter() + self.timelimit

    def collect_matches(self) -> None:
        for sub_docnum in self.child.matches():
            self.collect(sub_docnum)

    def collect(self, sub_docnum: int) -> Any:
        if time.perf_counter() > self.deadline:
            self.timedout = True
            raise collectors.TimeLimit
        return self.child.collect(sub_docnum)


def _ref(doc: dict[str, Any]) -> dict[str, str | None]:
    """Name an article briefly: id, title (and display title), source, date."""
    return {
        "id": doc.get("id"),
        "title": doc.get("title") or "",
        "display_title": display_title(doc.get("title") or "", doc.get("body") or ""),
        "source": doc.get("source") or "",
        "date": _date(doc.get("date")),
    }


def _structured(parsed: qparse.ParsedQuery) -> bool:
    """Tell whether a query uses more than plain words (phrases, operators, fields)."""
    if parsed.excluded:
        return True
    for group in parsed.groups:
        for node in group:
            if isinstance(node, qparse.Bool):
                return True
            if node.phrase or node.prefix or node.parts:
                return True
    return len(parsed.groups) != sum(len(g) for g in parsed.groups)


def _terms_by_field(q: wq.Query) -> dict[str, set[str]]:
    """Collect the query's terms per field, to mark them in the text."""
    terms: dict[str, set[str]] = {}
    for fieldname, text in q.iter_all_terms(phrases=True):
        if isinstance(text, bytes):
            text = text.decode("utf-8")
        if any(fieldname.startswith(p + "_") for p in TEXT_FIELDS):
            terms.setdefault(fieldname, set()).add(text)
    return terms


def _folder_identity(path: Path) -> tuple[int, int] | None:
    """Tell one index folder from another put in its place: device and inode."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino
