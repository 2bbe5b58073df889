"""The archive as the search side sees it: one open index, ranked search, articles, stats."""

from __future__ import annotations

import os
import threading
import time
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any

from whoosh import query as wq
from whoosh import scoring
from whoosh.searching import Searcher
from whoosh.util.times import long_to_datetime

from index.schema import TEXT_FIELDS, analyzer_group, text_field
from index.store import index_size, open_index, read_meta
from search import query as qparse
from search.explain import explain as explain_hit
from search.results import ArticleView, Hit, SearchResult
from search.snippets import mark, match_spans, snippet

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 10
# Deep pages cost a full ranking of everything before them.
MAX_RESULT_WINDOW = 10_000
# The top hits reranked by how many of the query's words they contain, and how strongly.
RERANK_DEPTH = 100
COORDINATION = 0.5
# BM25 term saturation and length normalization, measured on the dev query sets (README,
# "Relevance"): full length normalization keeps long articles that mention the query's
# words in passing below the short text about them.
BM25_K1 = 1.6
BM25_B = 1.0


class BadRequest(ValueError):
    """A search parameter is out of range."""


def _date(value: Any) -> str | None:
    return value.strftime("%Y-%m-%d") if isinstance(value, datetime) else None


class Archive:
    """An opened index, shared by all threads of a process.

    Whoosh searchers are not safe to share between threads, so each thread keeps its
    own and refreshes it when a commit has produced a new generation: no reopening
    per query, and new articles show up without a restart.
    """

    def __init__(
        self, index_dir: str | os.PathLike[str], field_boosts: dict[str, float] | None = None
    ) -> None:
        self.index_dir = Path(index_dir)
        # Weights of title, caption and body matches (default: search.query.FIELD_BOOSTS).
        self.field_boosts = dict(field_boosts or qparse.FIELD_BOOSTS)
        self.ix = open_index(self.index_dir)
        self.schema = self.ix.schema
        self.weighting = scoring.BM25F(B=BM25_B, K1=BM25_K1)
        self._local = threading.local()

    def searcher(self) -> Searcher:
        """Return this thread's searcher, refreshed if the index has changed."""
        s = getattr(self._local, "searcher", None)
        if s is None or self.ix.latest_generation() != s.reader().generation():
            # A new searcher, not Searcher.refresh(): refresh reuses segment readers
            # with the deletions they had, so an updated article would show twice.
            if s is not None:
                s.close()
            s = self.ix.searcher(weighting=self.weighting)
            self._local.searcher = s
        return s

    def close(self) -> None:
        """Close this thread's searcher."""
        s = getattr(self._local, "searcher", None)
        if s is not None:
            s.close()
            self._local.searcher = None

    # -- search ---------------------------------------------------------------

    def search(
        self,
        text: str,
        page: int = 1,
        size: int = DEFAULT_PAGE_SIZE,
        snippets: bool = True,
        explain: bool = False,
    ) -> SearchResult:
        """Rank the articles for a user query and return one page of hits with snippets."""
        if page < 1:
            raise BadRequest("page must be 1 or more")
        if not 1 <= size <= MAX_PAGE_SIZE:
            raise BadRequest(f"size must be between 1 and {MAX_PAGE_SIZE}")
        if page * size > MAX_RESULT_WINDOW:
            raise BadRequest(f"only the first {MAX_RESULT_WINDOW} results can be paged through")
        started = time.perf_counter()
        result = SearchResult(query=text, total=0, page=page, size=size, took_ms=0.0)
        parsed = qparse.question_content(qparse.parse(text))
        groups = qparse.group_queries(self.schema, parsed, self.field_boosts)
        q = qparse.build(self.schema, parsed, groups=groups)
        if q is not wq.NullQuery:
            # Unoptimized collection scores every match once and so counts them exactly;
            # measured faster than the optimized run plus Whoosh's second, counting pass.
            found = self.searcher().search(
                q,
                limit=max(page * size, RERANK_DEPTH),
                optimize=False,
                terms=COORDINATION > 0 and not parsed.question,
            )
            result.total = len(found)
            ranked = list(found)
            if not parsed.question:
                ranked = _coordinate(ranked, self._weighted_groups(groups))
            hits = ranked[(page - 1) * size : page * size]
            terms = _terms_by_field(q)
            result.hits = [self._hit(h, terms, snippets) for h in hits]
            if explain:
                for hit, h in zip(result.hits, hits, strict=True):
                    hit.explain = self._explain(parsed, h.fields())
        result.took_ms = round((time.perf_counter() - started) * 1000, 2)
        return result

    def _weighted_groups(self, groups: list[wq.Query]) -> list[tuple[set[tuple[str, str]], float]]:
        """Pair each word group's terms with its weight: the rarest of its terms' idf."""
        searcher = self.searcher()
        out = []
        for terms in qparse.group_terms(groups):
            weight = max(
                (searcher.idf(f, t) for f, t in terms if f.startswith("body_")), default=1.0
            )
            out.append((terms, weight))
        return out

    def _hit(self, h: Any, terms: dict[str, set[str]], snippets: bool = True) -> Hit:
        """Turn a Whoosh hit into a result with a highlighted snippet."""
        doc = h.fields()
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
            score=round(float(h.score), 4),
            snippet=snippet(body, spans) if body else "",
            title_html=mark(title, title_spans),
        )

    def _explain(self, parsed: qparse.ParsedQuery, doc: dict[str, Any]) -> list[dict[str, str]]:
        """Say how each query word met this article."""
        group = analyzer_group(doc.get("lang", ""))
        analyzer = self.schema[text_field("body", group)].analyzer
        return [r.as_dict() for r in explain_hit(analyzer, parsed, doc)]

    # -- articles -------------------------------------------------------------

    def article(self, article_id: str, text: str = "") -> ArticleView | None:
        """Return a cleaned article by id, its query matches marked; None if unknown."""
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
        return ArticleView(
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
        )

    def body_hashes(self) -> dict[str, str]:
        """Map every article id to the hash of its cleaned body (equal hash: a copy)."""
        reader = self.searcher().reader()
        if not reader.doc_count():
            return {}
        ids = reader.column_reader("id")
        hashes = reader.column_reader("body_hash")
        return {ids[d]: hashes[d] for d in reader.all_doc_ids()}

    # -- stats ----------------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        """Count articles, unique bodies, languages, sources and the date span."""
        reader = self.searcher().reader()
        langs: Counter[str] = Counter()
        sources: Counter[str] = Counter()
        years: Counter[str] = Counter()
        bodies: set[str] = set()
        first = last = None
        count = 0
        if reader.doc_count():
            lang_col = reader.column_reader("lang")
            source_col = reader.column_reader("source")
            hash_col = reader.column_reader("body_hash")
            date_col = reader.column_reader("date", translate=False)
            for docnum in reader.all_doc_ids():
                count += 1
                h = hash_col[docnum]
                if h in bodies:
                    continue  # a copy of an article counted already
                bodies.add(h)
                langs[lang_col[docnum] or "unknown"] += 1
                sources[source_col[docnum] or "unknown"] += 1
                d = _column_date(date_col[docnum])
                if d is not None:
                    years[str(d.year)] += 1
                    first = d if first is None or d < first else first
                    last = d if last is None or d > last else last
        meta = read_meta(self.index_dir)
        return {
            "articles": len(bodies),
            "documents": count,
            "duplicates": count - len(bodies),
            "languages": dict(langs.most_common()),
            "sources": dict(sources.most_common()),
            "years": dict(sorted(years.items())),
            "date_span": {"first": _date(first), "last": _date(last)},
            "index_bytes": index_size(self.index_dir),
            "last_indexed": meta.get("last_indexed"),
            "skipped": meta.get("skipped", {}),
        }


def _coordinate(hits: list[Any], groups: list[tuple[set[tuple[str, str]], float]]) -> list[Any]:
    """Rerank the top hits: an article with more of the query's words moves up.

    BM25 alone lets one rare word repeated often outweigh an article that has every
    word; the score is scaled by the share of query words matched, to a power.
    """
    if COORDINATION <= 0 or len(groups) < 2:
        return hits
    top, rest = hits[:RERANK_DEPTH], hits[RERANK_DEPTH:]
    # Words weigh by rarity: missing a common word ("viele", "wurde") costs little.
    total = sum(w for _, w in groups) or 1.0
    scored = []
    for h in top:
        matched = {
            (f, t.decode("utf-8") if isinstance(t, bytes) else t) for f, t in h.matched_terms()
        }
        share = sum(w for g, w in groups if g & matched) / total
        scored.append((h.score * share**COORDINATION, h))
    scored.sort(key=lambda x: -x[0])
    for new_score, h in scored:
        h.score = new_score
    return [h for _, h in scored] + rest


def _column_date(value: Any) -> datetime | None:
    """Turn a raw date column value into a datetime; None for articles without a date."""
    try:
        d = long_to_datetime(value)
    except (OverflowError, TypeError, ValueError):
        return None  # the column's filler for a missing date lies outside datetime's range
    return d if d.year > 1 else None


def _terms_by_field(q: wq.Query) -> dict[str, set[str]]:
    """Collect the query's terms per field, to mark them in the text."""
    terms: dict[str, set[str]] = {}
    for fieldname, text in q.iter_all_terms(phrases=True):
        if isinstance(text, bytes):
            text = text.decode("utf-8")
        if any(fieldname.startswith(p + "_") for p in TEXT_FIELDS):
            terms.setdefault(fieldname, set()).add(text)
    return terms
