"""Indexing: read the archive, clean and analyze each article, write the index incrementally."""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import multiprocessing
import os
import sys
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from whoosh.multiproc import MpWriter
from whoosh.writing import SegmentWriter

from index import dropped, language, stories
from index.clean import CleanedArticle, clean_article, clean_page
from index.durable import sync_generation, sync_segments, toc_file
from index.evidence import Evidence, kept_keys
from index.quality import quality_flags
from index.readers import Note, RawRecord, ReadStats, Skipped, parse_date, read_paths
from index.recleaning import RunEvidence
from index.schema import analyzer_group, text_field
from index.segment import commit_segments
from index.store import (
    IndexWriteError,
    TrackedStorage,
    create_or_open,
    live_columns,
    read_meta,
    release_inherited_locks,
    remove_tree,
    run_lock,
    staging_dir,
    swap_in,
    write_meta,
)
from index.workers import InProcess, Workers

# Inputs smaller than this (articles, or characters of raw text, which is what an HTML
# page costs) are indexed in this process: starting worker processes (and loading
# langdetect's profiles in each) would cost more than it saves.
PARALLEL_MIN_ARTICLES = 500
PARALLEL_MIN_CHARS = 1_000_000
# Articles a preparing worker takes at a time, and how many such chunks may be on their
# way at once per worker: enough to keep the workers busy, few enough to bound memory.
CHUNK_ARTICLES = 32
CHUNKS_IN_FLIGHT = 4
# Segments an index may have before a commit merges the small ones (Whoosh's merge
# policy): each is searched on its own, and each run adds one per worker.
MAX_SEGMENTS = 8
# Memory each Whoosh writer may fill with postings (by Whoosh's estimate) before it sorts
# them out to a file, all of which it merges back at commit: the 1.7 million postings of
# the evaluation corpus make some 330 MB, and spilling them cost 9 s of 39.
WRITER_LIMIT_MB = 512
# At most this many worker processes (with parallel_writer, each adds a segment per run).
MAX_WORKERS = 4
# Documents the parallel writer hands a sub-writer at a time (Whoosh's default).
WRITER_BATCH_ARTICLES = 100
# A run commits what it has written every so many seconds (and, if set, articles), so
# that a run that is killed (or whose machine fails) loses little; a re-run does the rest.
# Each commit costs time and leaves a segment, which slows searches until merged: the
# evaluation corpus (6,039 articles) took 40-47 s with one commit, 65 s committing every
# 2,000 articles (4 segments). By time alone, a run under a minute commits once.
COMMIT_ARTICLES: int | None = None
COMMIT_SECONDS = 60.0


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
    # unsure, and for a page the keys of its kept lines (index.evidence.kept_keys).
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
class Summary:
    """What an indexing run did."""

    indexed: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: int = 0
    repeated: int = 0
    files: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    # Files and records indexed, but repaired or cut on the way.
    notes: list[Note] = field(default_factory=list)
    seconds: float = 0.0
    # Story groups of more than one article after the run, and the time grouping took.
    stories: int = 0
    grouping_seconds: float = 0.0
    # With optimize: the segments merged into one, and the time that took.
    merged_segments: int = 0
    optimize_seconds: float = 0.0
    # Pages of earlier runs cleaned again (the evidence grew, or the cleaner changed).
    recleaned: int = 0

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
            "notes": [{"origin": n.origin, "reason": n.reason} for n in self.notes],
            "seconds": round(self.seconds, 3),
            "stories": self.stories,
            "grouping_seconds": round(self.grouping_seconds, 3),
            "merged_segments": self.merged_segments,
            "optimize_seconds": round(self.optimize_seconds, 3),
            "recleaned": self.recleaned,
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


@dataclass
class Unchanged:
    """An article the index already holds as it is: there is nothing to write."""

    id: str
    suspects: list[int] | None = None  # as Article.suspects


# The evidence the pages of the running indexing run are cleaned with (set before its
# worker processes start, which inherit it).
_RUN_EVIDENCE: Evidence | None = None


def prepare(record: RawRecord, known: str | None = None) -> Article | Unchanged | Skipped:
    """Clean a raw record, hash it and detect its language.

    `known` is the fingerprint the index holds for the record's id, if any. When the
    cleaned article still has it, the article is unchanged: its language is not
    detected and only its id is returned.
    """
    date = record.date
    suspects = None
    if record.kind == "page":
        cleaned = clean_page(record.body, _RUN_EVIDENCE, record.source or "", record.id)
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
    article.fingerprint = _fingerprint(article, record.lang_hint)
    if article.fingerprint == known:
        return Unchanged(article.id, suspects)
    article.body_hash = body_hash(article.body or article.title)
    article.lang, article.lang_prob = detect_language(cleaned, record.lang_hint)
    # Sketched here, in the worker, so grouping after the commit reads no bodies back.
    article.signature = stories.sketch(article.body or article.title)
    return article


def detect_language(cleaned: CleanedArticle, hint: str | None) -> tuple[str, float]:
    """Detect an article's language from a bounded sample of its cleaned text."""
    text = language.sample(cleaned.title, cleaned.body or cleaned.caption)
    return language.detect(text, hint)


def _fingerprint(article: Article, lang_hint: str | None) -> str:
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


def _existing(ix: Any) -> tuple[dict[str, str], dict[str, str]]:
    """Read id → fingerprint and body hash → first id from the index's columns."""
    fingerprints: dict[str, str] = {}
    bodies: dict[str, str] = {}
    with ix.reader() as reader:
        for article_id, fingerprint, body in live_columns(
            reader, ("id", "fingerprint", "body_hash")
        ):
            fingerprints[article_id] = fingerprint
            bodies.setdefault(body, article_id)
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
    workers: int | None = None,
    parallel_writer: bool = False,
    commit_articles: int | None = COMMIT_ARTICLES,
    commit_seconds: float | None = COMMIT_SECONDS,
    optimize: bool = False,
) -> Summary:
    """Index the archive files under the paths; re-running changes only what changed.

    `workers` processes prepare the articles (cleaning, hashing, language detection,
    analysis of their text) and each writes its articles into a new segment of its own,
    which this process commits (index.workers, index.segment). None takes
    one per CPU (at most MAX_WORKERS) for an input of PARALLEL_MIN_ARTICLES articles or
    PARALLEL_MIN_CHARS characters and works in this process for less; 1 always works in
    this process.

    With `parallel_writer` (and more than one worker) Whoosh's parallel writer analyzes
    and writes in `workers` sub-processes instead, each into a segment of its own: a fresh
    index of the evaluation corpus is done in about 0.8 of the time on two cores, but
    searching it takes twice as long (median query 28 → 60 ms), as each segment is
    searched on its own, and Whoosh's merge policy never merges two large segments.

    What is written is committed every `commit_articles` articles or `commit_seconds`
    seconds (None: only at the end; the parallel writer always commits at the end), so
    a killed run keeps what it committed and a re-run goes on from there. A rebuild
    writes a new index beside the old one and puts it in its place when it is complete:
    until then, searches are answered from the old index.

    With `optimize`, the index is merged into one segment after the run (on a rebuild,
    before it is put in place): searches are faster, the run slower.

    Only one run at a time writes an index (IndexLocked otherwise). A failure to write
    (disk full, no permission) raises IndexWriteError; the index keeps its last commit.
    """
    started = time.perf_counter()
    index_dir = Path(index_dir)
    if parallel_writer:
        commit_articles = commit_seconds = None
    options = {
        "progress": progress,
        "workers": workers,
        "parallel_writer": parallel_writer,
        "commit_articles": commit_articles,
        "commit_seconds": commit_seconds,
    }
    target = staging_dir(index_dir) if rebuild else index_dir
    try:
        with run_lock(index_dir):
            # A rebuild that did not finish leaves its folder behind.
            remove_tree(staging_dir(index_dir))
            if rebuild and index_dir.exists():
                # The old index is removed at the end: find out now that it cannot be.
                with tempfile.TemporaryFile(dir=index_dir):
                    pass
            try:
                summary = _index_into(target, paths, rebuild=rebuild, **options)
                if optimize:
                    merging = time.perf_counter()
                    summary.merged_segments = _optimize(create_or_open(target))
                    summary.optimize_seconds = time.perf_counter() - merging
                if rebuild:
                    swap_in(target, index_dir)
            except BaseException:
                if rebuild:
                    remove_tree(target)
                raise
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        raise IndexWriteError(
            f"Cannot write the index in {index_dir}: {exc.strerror or exc}{where}; "
            "it keeps what was committed before."
        ) from exc
    summary.seconds = time.perf_counter() - started
    return summary


def _index_into(
    index_dir: Path,
    paths: Iterable[str | os.PathLike[str]],
    *,
    rebuild: bool,
    progress: bool,
    workers: int | None,
    parallel_writer: bool,
    commit_articles: int | None,
    commit_seconds: float | None,
) -> Summary:
    """Index the paths into the index in index_dir (created anew on rebuild)."""
    global _RUN_EVIDENCE
    started = time.perf_counter()
    paths = list(paths)  # read twice: for the evidence, then for the articles
    ix = create_or_open(index_dir, rebuild=rebuild)
    fingerprints, bodies = _existing(ix)
    summary = Summary()
    read_stats = ReadStats()
    # Evidence over the whole input first, so every page is cleaned with all of it.
    run = RunEvidence(index_dir)
    run.gather(paths)
    _RUN_EVIDENCE = run.evidence
    records = itertools.chain(
        _progress(progress)(read_paths(paths, read_stats)), _counted(run.again(), summary)
    )
    items = _new_records(records, fingerprints, summary)
    if workers is None:
        # Look ahead: a small input is done before worker processes would have started.
        head, large = _look_ahead(items)
        workers = _cpu_count() if large else 1
        items = itertools.chain(head, items)
    workers = max(1, workers)
    signatures: dict[str, Any] = {}
    books = _Books(summary, fingerprints, bodies, signatures, run)
    try:
        if parallel_writer:
            _write_with_whoosh(ix, items, workers, books, commit_articles, commit_seconds)
        else:
            _write_segments(ix, items, workers, books, commit_articles, commit_seconds)
    finally:
        _RUN_EVIDENCE = None
    run.save()
    summary.files = read_stats.files
    summary.skipped = read_stats.skipped + summary.skipped
    summary.notes = read_stats.notes
    grouped = time.perf_counter()
    groups = stories.refresh(index_dir, signatures)
    summary.stories = len(groups.sizes())
    summary.grouping_seconds = time.perf_counter() - grouped
    summary.seconds = time.perf_counter() - started
    _record_run(index_dir, summary, read_stats.seen)
    return summary


@dataclass
class _Books:
    """What a run keeps track of while it writes: counts, fingerprints, body hashes."""

    summary: Summary
    fingerprints: dict[str, str]
    bodies: dict[str, str]
    signatures: dict[str, Any]
    run: RunEvidence | None = None

    def __post_init__(self) -> None:
        self.existing = set(self.fingerprints)

    def enter(self, article: Article | Unchanged | Skipped) -> bool:
        """Count a prepared record; True if it is an article to write."""
        summary = self.summary
        if isinstance(article, Skipped):
            summary.skipped.append(article)
            return False
        if article.suspects is not None and self.run is not None:
            self.run.kept(article.id, article.suspects)
        if isinstance(article, Unchanged):
            summary.unchanged += 1
            return False
        first = self.bodies.setdefault(article.body_hash, article.id)
        if first != article.id:
            summary.duplicates += 1
        if article.id in self.existing:
            summary.updated += 1
        else:
            summary.indexed += 1
        self.fingerprints[article.id] = article.fingerprint
        self.signatures[article.id] = article.signature
        return True


def _commit_due(
    written: int, last_commit: float, commit_articles: int | None, commit_seconds: float | None
) -> bool:
    return (commit_articles is not None and written >= commit_articles) or (
        commit_seconds is not None and time.monotonic() - last_commit >= commit_seconds
    )


def _write_segments(
    ix: Any,
    items: Iterable[tuple[RawRecord, str | None] | Skipped],
    workers: int,
    books: _Books,
    commit_articles: int | None,
    commit_seconds: float | None,
) -> None:
    """Prepare the records and write them as new segments, one per worker and commit.

    The workers (or this process, with one) prepare the records and write the articles
    into segments of their own; this process keeps the books and commits: the new
    segments go into a new table of segments, the old versions of updated articles
    marked deleted in theirs.
    """
    folder = ix.storage.folder
    if workers > 1:
        writers: Any = Workers(workers, folder, ix.indexname, ix.schema, _work)
    else:
        writers = InProcess(folder, ix.indexname, ix.schema, _work)
    written = 0
    last_commit = time.monotonic()

    def commit() -> None:
        segments, ids = writers.flush()
        if segments:
            replaced = [i for i in ids if i in books.existing]
            commit_segments(ix, segments, replaced)
            _merge_small(ix)
        writers.committed()

    try:
        for article in writers.run(items):
            if not books.enter(article):
                continue
            written += 1
            if _commit_due(written, last_commit, commit_articles, commit_seconds):
                commit()
                written, last_commit = 0, time.monotonic()
        commit()
    except BaseException:
        writers.abort()
        raise
    writers.close()


def _optimize(ix: Any) -> int:
    """Merge every segment of the index into one; return how many there were.

    Each segment is searched on its own, so one segment answers fastest; Whoosh's merge
    rewrites every posting, which takes longer than the indexing run that wrote them.
    """
    count = len(ix._read_toc().segments)
    if count <= 1:
        return 0
    writer = _DurableWriter(ix, limitmb=WRITER_LIMIT_MB)
    try:
        writer.commit(optimize=True)
    except BaseException:
        _cancel(writer)
        raise
    return count


def _merge_small(ix: Any) -> None:
    """Merge the small segments of the index, as Whoosh's writer does at each commit,
    once there are more than MAX_SEGMENTS: each is searched on its own."""
    if len(ix._read_toc().segments) <= MAX_SEGMENTS:
        return
    writer = _DurableWriter(ix, limitmb=WRITER_LIMIT_MB)
    try:
        writer.commit(merge=True)
    except BaseException:
        _cancel(writer)
        raise


def _work(item: tuple[RawRecord, str | None] | Skipped) -> tuple[Any, dict[str, Any] | None]:
    """Prepare a record: return what the books need and the document to write, if any."""
    prepared = _prepare_item(item)
    if not isinstance(prepared, Article):
        return prepared, None
    fields = prepared.document()
    # The texts are in the document; the books need the hashes and the sketch only.
    return replace(prepared, title="", caption="", body=""), fields


def _write_with_whoosh(
    ix: Any,
    items: Iterable[tuple[RawRecord, str | None] | Skipped],
    workers: int,
    books: _Books,
    commit_articles: int | None,
    commit_seconds: float | None,
) -> None:
    """Prepare the records (in a worker pool) and write them with Whoosh's writer: its
    parallel writer with more than one worker, each sub-writer a segment of its own."""
    prepared = _prepare_all(items, workers)
    # The writer (and its lock) is taken when there is something to write, after the
    # worker processes have started: they must not inherit the lock.
    writer: Any = None
    written = 0
    last_commit = time.monotonic()
    try:
        for article in prepared:
            old = article.id in books.existing if isinstance(article, Article) else False
            if not books.enter(article):
                continue
            if writer is None:
                writer = _open_writer(ix, workers)
            if old:
                writer.update_document(**article.document())
            else:
                writer.add_document(**article.document())
            written += 1
            if _commit_due(written, last_commit, commit_articles, commit_seconds):
                _commit(writer)
                writer, written, last_commit = None, 0, time.monotonic()
        prepared.close()
        if writer is not None:
            _commit(writer)
    except BaseException:
        prepared.close()
        if writer is not None:
            _cancel(writer)
        raise


def _counted(records: Iterable[RawRecord], summary: Summary) -> Iterator[RawRecord]:
    """Yield the pages cleaned again, counting them."""
    for record in records:
        summary.recleaned += 1
        yield record


def _new_records(
    items: Iterable[RawRecord | Skipped], fingerprints: dict[str, str], summary: Summary
) -> Iterator[tuple[RawRecord, str | None] | Skipped]:
    """Yield each record to prepare with the fingerprint the index has for its id.

    Files and lines the readers skipped are left out (the readers record them); a record
    without id is passed on as skipped, in its place; a repeated id is counted and dropped.
    """
    seen: set[str] = set()
    for item in items:
        if isinstance(item, Skipped):
            continue
        if not item.id:
            yield Skipped(item.origin, "empty article id")
            continue
        if item.id in seen:
            # The first occurrence in a run wins: a writer cannot replace a
            # document it has not committed yet.
            summary.repeated += 1
            continue
        seen.add(item.id)
        yield item, fingerprints.get(item.id)


def _look_ahead(
    items: Iterator[tuple[RawRecord, str | None] | Skipped],
) -> tuple[list[tuple[RawRecord, str | None] | Skipped], bool]:
    """Read records until the input proves large enough for worker processes, or ends."""
    head: list[tuple[RawRecord, str | None] | Skipped] = []
    chars = 0
    for item in items:
        head.append(item)
        if not isinstance(item, Skipped):
            chars += len(item[0].body) + len(item[0].title or "")
        if len(head) >= PARALLEL_MIN_ARTICLES or chars >= PARALLEL_MIN_CHARS:
            return head, True
    return head, False


def _prepare_item(item: tuple[RawRecord, str | None] | Skipped) -> Article | Unchanged | Skipped:
    return item if isinstance(item, Skipped) else prepare(*item)


def _prepare_chunk(
    items: list[tuple[RawRecord, str | None] | Skipped],
) -> list[Article | Unchanged | Skipped]:
    """Prepare a chunk of records: the work of a pool worker."""
    return [_prepare_item(item) for item in items]


def _prepare_all(
    items: Iterable[tuple[RawRecord, str | None] | Skipped], workers: int
) -> Iterator[Article | Unchanged | Skipped]:
    """Prepare the records in order: in this process, or chunk-wise in a worker pool."""
    if workers <= 1:
        yield from map(_prepare_item, items)
        return
    it = iter(items)
    context = multiprocessing.get_context()
    with context.Pool(workers, initializer=release_inherited_locks) as pool:
        pending: deque[Any] = deque()
        while chunk := list(itertools.islice(it, CHUNK_ARTICLES)):
            pending.append(pool.apply_async(_prepare_chunk, (chunk,)))
            if len(pending) >= workers * CHUNKS_IN_FLIGHT:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


def _cpu_count() -> int:
    """Return the CPUs this process may run on, at most MAX_WORKERS."""
    try:
        count = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        count = os.cpu_count() or 1
    return max(1, min(count, MAX_WORKERS))


def _open_writer(ix: Any, procs: int) -> Any:
    """Open Whoosh's writer: in this process, or its parallel writer with sub-writers.

    Each sub-writer analyzes its share of the articles and writes it as a segment of its
    own (multisegment: merging the sub-writers' postings into one segment takes this
    process longer than writing them all itself, 37-46 s against 35 s for the corpus).
    """
    if procs <= 1:
        return _DurableWriter(ix, limitmb=WRITER_LIMIT_MB)
    return _CheckedMpWriter(
        ix,
        procs=procs,
        multisegment=True,
        batchsize=WRITER_BATCH_ARTICLES,
        limitmb=WRITER_LIMIT_MB,
    )


class _DurableCommit:
    """Commit durably: sync the segments before the table of segments naming them is
    written, then the table itself (Whoosh syncs nothing)."""

    def _commit_toc(self, segments: list[Any]) -> None:
        folder = self.storage.folder  # type: ignore[attr-defined]
        sync_segments(folder, segments)
        super()._commit_toc(segments)  # type: ignore[misc]
        sync_generation(folder, self.indexname, self.generation)  # type: ignore[attr-defined]


class _TrackedIndex:
    """A view of an index whose storage keeps the files a writer creates."""

    def __init__(self, ix: Any, files: list[Any]) -> None:
        self._ix = ix
        self.storage = TrackedStorage(ix.storage, files)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._ix, name)


class _DurableWriter(_DurableCommit, SegmentWriter):
    """Whoosh's writer, committing durably and cleaning up after a failure."""

    def __init__(self, ix: Any, **kwargs: Any) -> None:
        self.opened_files: list[Any] = []
        try:
            super().__init__(_TrackedIndex(ix, self.opened_files), **kwargs)
        except BaseException:
            self.abort()  # its first files may fail to be written (a full disk)
            raise

    def abort(self) -> None:
        """Give up after a failure: close every file, release the lock, and remove the
        files of the new segment unless a table of segments names it already."""
        for f in self.opened_files:
            with contextlib.suppress(Exception):
                f.close()
        tempstorage = getattr(self, "_tempstorage", None)
        if tempstorage is not None:
            with contextlib.suppress(Exception):
                tempstorage.destroy()
        lock = getattr(self, "writelock", None)
        if lock is not None and getattr(lock, "fd", None) is not None:
            with contextlib.suppress(Exception):
                lock.release()
        self.is_closed = True
        segment = getattr(self, "newsegment", None)
        folder = getattr(getattr(self, "storage", None), "folder", None)
        if segment is None or folder is None:
            return
        if os.path.exists(toc_file(folder, self.indexname, self.generation)):
            return  # committed: the failure came after
        prefix = f"{segment.segment_id()}."
        for name in os.listdir(folder):
            if name.startswith(prefix):
                with contextlib.suppress(OSError):
                    os.remove(os.path.join(folder, name))


class SubWriterFailed(RuntimeError):
    """A sub-process of the parallel writer failed; the index was left as it was."""


class _CheckedMpWriter(_DurableCommit, MpWriter):
    """Whoosh's parallel writer, refusing to commit when a sub-writer failed.

    MpWriter commits whatever segments its sub-writers returned: one that crashed (say,
    killed for memory) would silently lose its articles. The check runs when all have
    ended, just before the new table of segments would be written.
    """

    def _commit_toc(self, segments: list[Any]) -> None:
        failed = [task for task in self.tasks if task.exitcode != 0]
        if failed:
            self._finish()  # release the lock; the old table of segments stays
            raise SubWriterFailed(_failure(self.tasks))
        super()._commit_toc(segments)


def _failure(tasks: list[Any]) -> str:
    codes = ", ".join(f"{task.name} exit code {task.exitcode}" for task in tasks)
    return f"a process writing the index failed ({codes}); the index was not changed"


def _commit(writer: Any) -> None:
    """Commit, first making sure no sub-writer has ended before its time."""
    tasks = getattr(writer, "tasks", [])
    if any(task.exitcode is not None for task in tasks):
        raise SubWriterFailed(_failure(tasks))
    writer.commit()


def _cancel(writer: Any) -> None:
    """Cancel a writer, stopping its sub-writer processes (Whoosh's cancel leaves them)."""
    for task in getattr(writer, "tasks", []):
        if task.is_alive():
            task.terminate()
        task.join()
    try:
        if not writer.is_closed:
            writer.cancel()
    except Exception:  # noqa: BLE001 - as the failure that got us here (a full disk)
        pass
    # Whoosh's cancel stops at the first file that fails to close.
    if isinstance(writer, _DurableWriter):
        writer.abort()


def _record_run(index_dir: Path, summary: Summary, files_read: set[str]) -> None:
    """Remember the run and the files it skipped, for `newsarchive stats`."""
    meta = read_meta(index_dir)
    # A file read again replaces what earlier runs said of it ("file.jsonl:7" included).
    for key, items in (("skipped", summary.skipped), ("notes", summary.notes)):
        said = {
            origin: reason
            for origin, reason in meta.get(key, {}).items()
            if origin.rsplit(":", 1)[0] not in files_read and origin not in files_read
        }
        for item in items:
            said[item.origin] = item.reason
        meta[key] = said
    meta["last_indexed"] = datetime.now(UTC).isoformat(timespec="seconds")
    meta["last_run"] = {k: v for k, v in summary.as_dict().items() if k not in ("skipped", "notes")}
    write_meta(index_dir, meta)
