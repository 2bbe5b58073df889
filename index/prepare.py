"""Prepare a record for the index: clean it, hash it, detect its language, sketch it.

This is what the worker processes run (index.workers): prepare_item() turns a raw
record (with the fingerprint the index holds for its id) into an Article, or tells that
it is unchanged or to be skipped; work() adds the document Whoosh is to store.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from index import dropped, language, stories
from index.clean import CleanedArticle, clean_article, clean_page
from index.evidence import Evidence
from index.line_keys import kept_keys
from index.quality import quality_flags
from index.readers import RawRecord, Skipped, parse_date
from index.schema import analyzer_group, text_field

# A record to prepare with the fingerprint the index holds for its id (None: a new id),
# or a record the run already knows to skip.
Item = tuple[RawRecord, str | None] | Skipped


@dataclass
class Article:
    """A cleaned article ready to be written, with its language and hashes."""

    id: str
    title: str
    caption: str
    body: str
    date: datetime | None
    url: str
    source: str
    category: str
    lang: str
    lang_prob: float
    extractor: str
    origin: str
    body_hash: str = ""
    fingerprint: str = ""
    # MinHash signature of the body for story grouping (None: too short to compare).
    signature: Any = None
    # The lines dropped by reason (index.dropped.encode), whether the cleaning was
    # unsure, and for a page the keys of its kept lines (index.line_keys.kept_keys).
    cleaning: str = ""
    uncertain: bool = False
    suspects: list[int] | None = None

    def texts(self) -> dict[str, str]:
        """Return the searchable text fields of this article's language group."""
        group = analyzer_group(self.lang)
        return {
            text_field(part, group): text
            for part in ("title", "caption", "body")
            if (text := getattr(self, part))
        }

    def document(self) -> dict[str, Any]:
        """Return the fields Whoosh stores and indexes for this article."""
        doc: dict[str, Any] = {
            "id": self.id,
            "title": self.title,
            "caption": self.caption,
            "body": self.body,
            "url": self.url,
            "origin": self.origin,
            "lang_prob": self.lang_prob,
            "source": self.source,
            "category": self.category,
            "lang": self.lang,
            "extractor": self.extractor,
            "body_hash": self.body_hash,
            "fingerprint": self.fingerprint,
            "cleaning": self.cleaning,
        }
        if self.date is not None:
            doc["date"] = self.date
            doc["year"] = self.date.year
        flags = quality_flags(self.date, self.lang, self.lang_prob, self.uncertain)
        if flags:
            doc["flag"] = ",".join(flags)
        doc.update(self.texts())
        return doc


@dataclass
class Unchanged:
    """An article the index already holds as it is: there is nothing to write."""

    id: str
    suspects: list[int] | None = None  # as Article.suspects


class Written(NamedTuple):
    """What the books keep of an article written (index.build): its id and hashes."""

    id: str
    body_hash: str
    signature: Any
    suspects: list[int] | None


Prepared = Article | Unchanged | Skipped

# The evidence the pages of the running indexing run are cleaned with (index.build hands
# it to each process that prepares pages: use_evidence; index.evidence).
RUN_EVIDENCE: Evidence | None = None


def use_evidence(evidence: Evidence | None) -> None:
    """Clean the pages this process prepares from now on with this evidence."""
    global RUN_EVIDENCE
    RUN_EVIDENCE = evidence


def body_hash(text: str) -> str:
    """Hash a body so that copies differing only in case or spacing compare equal."""
    return folded_body_hash(text.casefold())


def folded_body_hash(folded: str) -> str:
    """Return body_hash() of a body from the body case-folded."""
    canonical = " ".join(folded.split())
    return hashlib.sha1(canonical.encode("utf-8")).hexdigest()


def extract_html(html: str) -> tuple[str, str, datetime | None]:
    """Extract title, main text and date from an HTML page with trafilatura."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, as_dict=False
    )
    if doc is None or isinstance(doc, dict):  # a dict only with as_dict=True
        return "", "", None
    return doc.title or "", doc.text or "", parse_date(doc.date)


def prepare(record: RawRecord, known: str | None = None, *, detect: bool = True) -> Prepared:
    """Clean a raw record, hash it and detect its language.

    `known` is the fingerprint the index holds for the record's id, if any. When the
    cleaned article still has it, the article is unchanged: its language is not
    detected and only its id is returned. With detect=False the language is left to
    the caller (work() detects a chunk's languages together).
    """
    date = record.date
    suspects = None
    if record.kind == "page":
        cleaned = clean_page(record.body, RUN_EVIDENCE, record.source or "", record.id)
        if cleaned.skipped:
            return Skipped(record.origin, f"no article text after cleaning: {cleaned.skipped}")
        suspects = kept_keys([cleaned.title, cleaned.caption, *cleaned.body.split("\n")])
    elif record.kind == "html":
        title, text, html_date = extract_html(record.body)
        cleaned = clean_article(title, text)
        date = date or html_date
    else:
        cleaned = clean_article(record.title, record.body, record.caption)
    if not cleaned.body and not cleaned.title:
        return Skipped(record.origin, "no article text after cleaning")
    article = Article(
        id=record.id,
        title=cleaned.title,
        caption=cleaned.caption,
        body=cleaned.body,
        date=date,
        url=record.url or "",
        source=record.source or "",
        category=record.category or "",
        lang="",
        lang_prob=0.0,
        extractor=record.extractor,
        origin=record.origin,
        cleaning=dropped.encode(dropped.counts(cleaned.dropped)),
        uncertain=bool(cleaned.uncertain),
        suspects=suspects,
    )
    article.fingerprint = fingerprint(article, record.lang_hint)
    if article.fingerprint == known:
        return Unchanged(article.id, suspects)
    # The body case-folded once, for its hash and its sketch.
    text = article.body or article.title
    folded = text.casefold()
    article.body_hash = folded_body_hash(folded)
    if detect:
        article.lang, article.lang_prob = detect_language(cleaned, record.lang_hint)
    # Sketched here, in the worker, so grouping after the commit reads no bodies back.
    article.signature = stories.sketch(text, folded)
    return article


def detect_language(cleaned: CleanedArticle, hint: str | None) -> tuple[str, float]:
    """Detect an article's language from a bounded sample of its cleaned text."""
    text = language.sample(cleaned.title, cleaned.body or cleaned.caption)
    return language.detect(text, hint)


def fingerprint(article: Article, lang_hint: str | None) -> str:
    """Hash everything that is indexed, to tell an unchanged article on re-runs.

    The language is not hashed but what decides it: the cleaned text, the hint and the
    detection method. So an unchanged article is recognised before its language is
    detected, and a change of detection method makes every language be detected again.
    """
    data = [
        article.title,
        article.caption,
        article.body,
        article.date.isoformat() if article.date else "",
        article.url,
        article.source,
        article.category,
        article.extractor,
        lang_hint or "",
        language.METHOD,
        article.cleaning,
        article.uncertain,
    ]
    return hashlib.sha1(json.dumps(data, ensure_ascii=False).encode("utf-8")).hexdigest()


def prepare_item(item: Item, *, detect: bool = True) -> Prepared:
    """Prepare a record, passing one to skip on as it is."""
    return item if isinstance(item, Skipped) else prepare(*item, detect=detect)


def work(items: list[Item]) -> list[tuple[Written | Unchanged | Skipped, dict[str, Any] | None]]:
    """Prepare records: return for each what the books need and the document to write,
    if any. The languages of the articles are detected together (language.detect_many:
    langdetect's walks side by side cost less than one after another)."""
    prepared = [prepare_item(item, detect=False) for item in items]
    articles: list[Article] = []
    hints: list[str | None] = []
    for item, p in zip(items, prepared, strict=True):
        if isinstance(p, Article) and not isinstance(item, Skipped):
            articles.append(p)
            hints.append(item[0].lang_hint)
    texts = [language.sample(a.title, a.body or a.caption) for a in articles]
    for article, (lang, prob) in zip(articles, language.detect_many(texts, hints), strict=True):
        article.lang, article.lang_prob = lang, prob
    out: list[tuple[Written | Unchanged | Skipped, dict[str, Any] | None]] = []
    for p in prepared:
        if not isinstance(p, Article):
            out.append((p, None))
            continue
        # The texts are in the document; the books need the hashes and the sketch only
        # (and the less that is passed back from a worker, the less is pickled).
        out.append((Written(p.id, p.body_hash, p.signature, p.suspects), p.document()))
    return out
