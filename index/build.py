"""Indexing: read the archive, clean and analyze each article, write the index incrementally."""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from index import language
from index.clean import CleanedArticle, clean_article, clean_page
from index.readers import RawRecord, ReadStats, Skipped, parse_date, read_paths
from index.schema import analyzer_group, text_field
from index.store import create_or_open, read_meta, write_meta


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

    def document(self) -> dict[str, Any]:
        """Return the fields Whoosh stores and indexes for this article."""
        group = analyzer_group(self.lang)
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
        }
        if self.date is not None:
            doc["date"] = self.date
            doc["year"] = self.date.year
        for part in ("title", "caption", "body"):
            text = getattr(self, part)
            if text:
                doc[text_field(part, group)] = text
        return doc


@dataclass
class Summary:
    """What an indexing run did."""

    indexed: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: int = 0
    repeated: int = 0
    files: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        """Return the summary as plain data."""
        return {
            "indexed": self.indexed,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "duplicates": self.duplicates,
            "repeated_ids": self.repeated,
            "files": self.files,
            "skipped": [{"origin": s.origin, "reason": s.reason} for s in self.skipped],
            "seconds": round(self.seconds, 3),
        }


def body_hash(text: str) -> str:
    """Hash a body so that copies differing only in case or spacing compare equal."""
    canonical = " ".join(text.casefold().split())
    return hashlib.sha1(canonical.encode("utf-8")).hexdigest()


def extract_html(html: str) -> tuple[str, str, datetime | None]:
    """Extract title, main text and date from an HTML page with trafilatura."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if doc is None:
        return "", "", None
    return doc.title or "", doc.text or "", parse_date(doc.date)


def prepare(record: RawRecord) -> Article | Skipped:
    """Clean a raw record, detect its language and hash it."""
    date = record.date
    if record.kind == "page":
        cleaned = clean_page(record.body)
    elif record.kind == "html":
        title, text, html_date = extract_html(record.body)
        cleaned = clean_article(title, text)
        date = date or html_date
    else:
        cleaned = clean_article(record.title, record.body, record.caption)
    if not cleaned.body and not cleaned.title:
        return Skipped(record.origin, "no article text after cleaning")
    lang, prob = detect_language(cleaned, record.lang_hint)
    article = Article(
        id=record.id,
        title=cleaned.title,
        caption=cleaned.caption,
        body=cleaned.body,
        date=date,
        url=record.url or "",
        source=record.source or "",
        category=record.category or "",
        lang=lang,
        lang_prob=prob,
        extractor=record.extractor,
        origin=record.origin,
    )
    article.body_hash = body_hash(article.body or article.title)
    article.fingerprint = _fingerprint(article)
    return article


def detect_language(cleaned: CleanedArticle, hint: str | None) -> tuple[str, float]:
    """Detect an article's language from a bounded sample of its cleaned text."""
    text = language.sample(cleaned.title, cleaned.body or cleaned.caption)
    return language.detect(text, hint)


def _fingerprint(article: Article) -> str:
    """Hash everything that is indexed, to tell an unchanged article on re-runs."""
    data = [
        article.title,
        article.caption,
        article.body,
        article.date.isoformat() if article.date else "",
        article.url,
        article.source,
        article.category,
        article.lang,
        article.extractor,
    ]
    return hashlib.sha1(json.dumps(data, ensure_ascii=False).encode("utf-8")).hexdigest()


def _existing(ix: Any) -> tuple[dict[str, str], dict[str, str]]:
    """Read id → fingerprint and body hash → first id from the index's columns."""
    fingerprints: dict[str, str] = {}
    bodies: dict[str, str] = {}
    with ix.reader() as reader:
        if reader.doc_count() == 0:
            return fingerprints, bodies
        ids = reader.column_reader("id")
        prints = reader.column_reader("fingerprint")
        hashes = reader.column_reader("body_hash")
        for docnum in reader.all_doc_ids():
            article_id = ids[docnum]
            fingerprints[article_id] = prints[docnum]
            bodies.setdefault(hashes[docnum], article_id)
    return fingerprints, bodies


def _progress(enabled: bool) -> Callable[[Iterable[Any]], Iterable[Any]]:
    """Wrap an iterable in a progress bar on a terminal; pass it through otherwise."""
    if not enabled:
        return lambda it: it
    from tqdm import tqdm

    return lambda it: tqdm(it, unit=" articles", file=sys.stderr, mininterval=0.5)


def index_paths(
    index_dir: str | os.PathLike[str],
    paths: Iterable[str | os.PathLike[str]],
    *,
    rebuild: bool = False,
    progress: bool = False,
) -> Summary:
    """Index the archive files under the paths; re-running changes only what changed."""
    started = time.perf_counter()
    index_dir = Path(index_dir)
    ix = create_or_open(index_dir, rebuild=rebuild)
    fingerprints, bodies = _existing(ix)
    summary = Summary()
    read_stats = ReadStats()
    seen: set[str] = set()
    writer = ix.writer(limitmb=256)
    try:
        for item in _progress(progress)(read_paths(paths, read_stats)):
            if isinstance(item, Skipped):
                continue
            if not item.id:
                summary.skipped.append(Skipped(item.origin, "empty article id"))
                continue
            if item.id in seen:
                # The first occurrence in a run wins: a writer cannot replace a
                # document it has not committed yet.
                summary.repeated += 1
                continue
            seen.add(item.id)
            article = prepare(item)
            if isinstance(article, Skipped):
                summary.skipped.append(article)
                continue
            old = fingerprints.get(article.id)
            if old == article.fingerprint:
                summary.unchanged += 1
                continue
            first = bodies.setdefault(article.body_hash, article.id)
            if first != article.id:
                summary.duplicates += 1
            if old is None:
                writer.add_document(**article.document())
                summary.indexed += 1
            else:
                writer.update_document(**article.document())
                summary.updated += 1
            fingerprints[article.id] = article.fingerprint
    except BaseException:
        writer.cancel()
        raise
    if summary.indexed or summary.updated:
        writer.commit()
    else:
        writer.cancel()
    summary.files = read_stats.files
    summary.skipped = read_stats.skipped + summary.skipped
    summary.seconds = time.perf_counter() - started
    _record_run(index_dir, summary, read_stats.seen)
    return summary


def _record_run(index_dir: Path, summary: Summary, files_read: set[str]) -> None:
    """Remember the run and the files it skipped, for `newsarchive stats`."""
    meta = read_meta(index_dir)
    # A file read again replaces what earlier runs said of it ("file.jsonl:7" included).
    skipped = {
        origin: reason
        for origin, reason in meta.get("skipped", {}).items()
        if origin.rsplit(":", 1)[0] not in files_read and origin not in files_read
    }
    for s in summary.skipped:
        skipped[s.origin] = s.reason
    meta["skipped"] = skipped
    meta["last_indexed"] = datetime.now(UTC).isoformat(timespec="seconds")
    meta["last_run"] = {k: v for k, v in summary.as_dict().items() if k != "skipped"}
    write_meta(index_dir, meta)
