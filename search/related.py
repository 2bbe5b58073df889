"""One article and what relates to it: its copies, similar articles, its story's sequel, and
the articles of its source just before and after it."""

from __future__ import annotations

import bisect
from datetime import timedelta
from typing import Any

from whoosh import query as wq

from index.schema import analyzer_group, text_field
from search.commit import Commit
from search.compile import compile_query
from search.querywords import marked_terms
from search.results import ArticleView, Cleaning, iso_date
from search.snippets import mark, match_spans
from search.syntax import parse
from search.titles import display_title

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

Ref = dict[str, str | None]


def ref(doc: dict[str, Any]) -> Ref:
    """Name an article briefly: id, title (and display title), source, date."""
    return {
        "id": doc.get("id"),
        "title": doc.get("title") or "",
        "display_title": display_title(doc.get("title") or "", doc.get("body") or ""),
        "source": doc.get("source") or "",
        "date": iso_date(doc.get("date")),
    }


def article(
    commit: Commit,
    article_id: str,
    text: str = "",
    boosts: dict[str, float] | None = None,
    related: bool = True,
    query_chars: int = 1000,
) -> ArticleView | None:
    """Return a cleaned article by id, the query's matches marked; None if unknown.

    related: also find its copies, similar articles, its story's sequel and its source's
    neighbours.
    """
    doc = commit.searcher.document(id=article_id)
    if doc is None:
        return None
    group = analyzer_group(doc.get("lang", ""))
    terms: dict[str, set[str]] = {}
    if text:
        terms = marked_terms(commit, compile_query(commit.schema, parse(text, query_chars), boosts))
    analyzer = commit.schema[text_field("body", group)].analyzer

    def marked(part: str, value: str) -> str:
        wanted = terms.get(text_field(part, group), ())
        return mark(value, match_spans(analyzer, value, wanted))

    body = doc.get("body", "")
    view = ArticleView(
        id=doc["id"],
        title=doc.get("title", ""),
        caption=doc.get("caption", ""),
        body=body,
        date=iso_date(doc.get("date")),
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
        view.also_in = copies(commit, article_id)
        view.similar = similar(commit, article_id)
        view.thread = thread(commit, article_id)
        view.previous, view.next = neighbours(commit, article_id)
    return view


def copies(commit: Commit, article_id: str) -> list[Ref]:
    """List the other articles of this article's story: copies and near-copies."""
    searcher = commit.searcher
    stories = commit.stories()
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
    out = [ref(d) for d in docs if d and d.get("id") != article_id]
    return sorted(out, key=lambda r: (r["date"] or "", r["id"] or ""))


def similar(commit: Commit, article_id: str, limit: int = SIMILAR) -> list[Ref]:
    """Return articles about the same things (more like this), copies left out."""
    searcher = commit.searcher
    docnum = searcher.document_number(id=article_id)
    if docnum is None:
        return []
    doc = searcher.stored_fields(docnum)
    fieldname = text_field("body", analyzer_group(doc.get("lang", "")))
    text = " ".join(filter(None, (doc.get("title"), doc.get("body"))))
    if not text.strip():
        return []
    found = searcher.more_like(docnum, fieldname, text=text, top=limit * 3, numterms=SIMILAR_TERMS)
    keys = commit.group_keys()
    out: list[Ref] = []
    seen = {keys[docnum]}
    best = None
    for hit in found:
        if keys[hit.docnum] in seen:
            continue  # of this article's story, or of one listed already
        seen.add(keys[hit.docnum])
        best = best or hit.score
        # Only articles that share much: a weak likeness is noise, not a lead.
        if hit.score < max(SIMILAR_MIN_SCORE, SIMILAR_RELATIVE * best):
            break
        out.append(ref(hit.fields()))
        if len(out) >= limit:
            break
    return out


def thread(commit: Commit, article_id: str, limit: int = SIMILAR) -> list[Ref]:
    """Return the articles that continue this one's story: like it, and later, by date."""
    searcher = commit.searcher
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
    keys = commit.group_keys()
    found = searcher.more_like(
        docnum, fieldname, text=text, top=limit * 3, numterms=SIMILAR_TERMS, filter=later
    )
    out: list[Ref] = []
    seen = {keys[docnum]}
    for hit in found:
        if keys[hit.docnum] in seen or hit.score < THREAD_MIN_SCORE:
            continue
        seen.add(keys[hit.docnum])
        out.append(ref(hit.fields()))
        if len(out) >= limit:
            break
    return sorted(out, key=lambda r: (r["date"] or "", r["id"] or ""))


def neighbours(commit: Commit, article_id: str) -> tuple[Ref | None, Ref | None]:
    """Return the articles of the same source just before and just after this one."""
    searcher = commit.searcher
    docnum = searcher.document_number(id=article_id)
    if docnum is None:
        return None, None
    doc = searcher.stored_fields(docnum)
    if not doc.get("source") or doc.get("date") is None:
        return None, None
    timeline = commit.source_timelines().get(doc["source"], ())
    at = bisect.bisect_left(timeline, (commit.days()[docnum], article_id))
    if at >= len(timeline) or timeline[at][2] != docnum:
        return None, None
    before = ref(searcher.stored_fields(timeline[at - 1][2])) if at > 0 else None
    after = ref(searcher.stored_fields(timeline[at + 1][2])) if at + 1 < len(timeline) else None
    return before, after


def story_keys(commit: Commit) -> dict[str, str]:
    """Map every article id to its story group (copies and near-copies share one)."""
    ids = commit.column("id")
    keys = commit.group_keys()
    return {ids[d]: keys[d] for d in commit.reader.all_doc_ids()}


def body_hashes(commit: Commit) -> dict[str, str]:
    """Map every article id to the hash of its cleaned body (equal hash: a copy)."""
    if not commit.reader.doc_count():
        return {}
    ids = commit.column("id")
    hashes = commit.column("body_hash")
    return {ids[d]: hashes[d] for d in commit.reader.all_doc_ids()}
