"""The page of hits: each ranked match shown with its snippet, its copies and how it matched."""

from __future__ import annotations

from typing import Any

from index.schema import analyzer_group, text_field
from search.commit import Commit
from search.compile import Compiled
from search.explain import explain as explain_hit
from search.parsed import ParsedQuery
from search.related import copies
from search.results import Hit, iso_date
from search.snippets import mark, match_spans, snippet
from search.titles import display_title


def page(
    commit: Commit,
    compiled: Compiled,
    shown: list[tuple[int, float]],
    *,
    snippets: bool = True,
    explain: bool = False,
    collapse: bool = True,
    marked: dict[str, set[str]] | None = None,
) -> list[Hit]:
    """Turn the (document number, score) pairs of a page into hits.

    snippets: mark the query's words (else the article's lead is shown); explain: say how
    each query word met the article; collapse: name each hit's copies and story group;
    marked: the terms to mark per text field (None: the query's).
    """
    if marked is None:
        marked = compiled.terms_by_field
    terms = marked if snippets else {}
    hits = [_hit(commit, d, score, terms) for d, score in shown]
    if collapse:
        keys = commit.group_keys()
        for hit, (d, _) in zip(hits, shown, strict=True):
            hit.also_in = copies(commit, hit.id)
            hit.group = keys[d] if keys else None
            hit.group_size = 1 + len(hit.also_in)
    if explain and not compiled.browse:
        for hit, (d, _) in zip(hits, shown, strict=True):
            hit.explain = _explain(commit, compiled.parsed, commit.searcher.stored_fields(d))
    return hits


def _hit(commit: Commit, docnum: int, score: float, terms: dict[str, set[str]]) -> Hit:
    """Turn a matching document into a result with a highlighted snippet."""
    doc = commit.searcher.stored_fields(docnum)
    lang = doc.get("lang", "")
    group = analyzer_group(lang)
    body_field = text_field("body", group)
    title_field = text_field("title", group)
    body = doc.get("body", "")
    analyzer = commit.schema[body_field].analyzer
    spans = match_spans(analyzer, body, terms.get(body_field, ()))
    title = doc.get("title", "")
    title_spans = match_spans(analyzer, title, terms.get(title_field, ()))
    return Hit(
        id=doc["id"],
        title=title,
        date=iso_date(doc.get("date")),
        source=doc.get("source", ""),
        url=doc.get("url", ""),
        lang=lang,
        score=round(score, 4),
        snippet=snippet(body, spans) if body else "",
        title_html=mark(title, title_spans),
        category=doc.get("category", ""),
        display_title=display_title(title, body),
    )


def _explain(commit: Commit, parsed: ParsedQuery, doc: dict[str, Any]) -> list[dict[str, str]]:
    """Say how each query word met this article."""
    group = analyzer_group(doc.get("lang", ""))
    analyzer = commit.schema[text_field("body", group)].analyzer
    return [r.as_dict() for r in explain_hit(analyzer, parsed, doc)]
