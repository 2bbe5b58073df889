"""Index an archive incrementally: read it, have the workers prepare and write it, commit.

This is the top of a run (index_paths): the run lock, the records to prepare with the
fingerprints the index holds, the books (counts, duplicates, story sketches), commits
every so often (index.commit), story grouping and the run's record in the metadata
(index.run_record). The workers' side is index.workers and index.prepare.
"""

from __future__ import annotations

import functools
import itertools
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from index import commit, datasketch_lsh, prepare, stories
from index.background import Merges
from index.prepare import Item, Unchanged, Written, work
from index.readers import RawRecord, ReadStats, Skipped, read_paths
from index.recleaning import RunEvidence
from index.run_record import Summary, record_run
from index.store import (
    IndexWriteError,
    create_or_open,
    live_columns,
    run_lock,
)
from index.workers import InProcess, Workers

# Inputs smaller than this (articles, or characters of raw text, which is what an HTML
# page costs) are indexed in this process: starting worker processes (and loading
# langdetect's profiles in each) would cost more than it saves.
PARALLEL_MIN_ARTICLES = 500
PARALLEL_MIN_CHARS = 1_000_000
# At most this many worker processes (each adds a segment per commit).
MAX_WORKERS = 4
# A run commits what it has written every so many seconds (and, if set, articles), so
# that a run that is killed (or whose machine fails) loses little; a re-run does the rest.
# Each commit costs time and leaves a segment, which slows searches until merged: the
# evaluation corpus (6,039 articles) took 40-47 s with one commit, 65 s committing every
# 2,000 articles (4 segments). By time alone, a run under a minute commits once.
COMMIT_ARTICLES: int | None = None
COMMIT_SECONDS = 60.0


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
    this process. The workers end with the run, however it ends (index.workers).

    What is written is committed every `commit_articles` articles or `commit_seconds`
    seconds (None: only at the end; index.commit), so
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
    target = commit.staging_dir(index_dir) if rebuild else index_dir
    try:
        with run_lock(index_dir):
            # A rebuild that did not finish leaves its folder behind.
            commit.remove_tree(commit.staging_dir(index_dir))
            if rebuild and index_dir.exists():
                # The old index is removed at the end: find out now that it cannot be.
                with tempfile.TemporaryFile(dir=index_dir):
                    pass
            try:
                summary = _index_into(
                    target,
                    paths,
                    rebuild=rebuild,
                    progress=progress,
                    workers=workers,
                    commit_articles=commit_articles,
                    commit_seconds=commit_seconds,
                )
                if optimize:
                    merging = time.perf_counter()
                    summary.merged_segments = commit.optimize(create_or_open(target))
                    summary.optimize_seconds = time.perf_counter() - merging
                if rebuild:
                    commit.swap_in(target, index_dir)
            except BaseException:
                if rebuild:
                    commit.remove_tree(target)
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
    commit_articles: int | None,
    commit_seconds: float | None,
) -> Summary:
    """Index the paths into the index in index_dir (created anew on rebuild)."""
    started = time.perf_counter()
    paths = list(paths)  # pages are read twice: for the cleaning evidence, then to clean
    ix = create_or_open(index_dir, rebuild=rebuild)
    commit.remove_leftovers(ix)
    summary = Summary()
    read_stats = ReadStats()
    records: Iterator[RawRecord | Skipped] = read_paths(paths, read_stats)
    if workers is None:
        # Look ahead: a small input is done before worker processes would have started.
        head, large = _look_ahead(records)
        workers = _cpu_count() if large else 1
        records = itertools.chain(head, records)
    # The workers are forked before this process reads the ids the index holds and gathers
    # the evidence (together some 200 MB at 280,717 articles), so that none of it is in
    # them; the evidence is sent to them once gathered, if the run has pages to clean.
    writers = _start_writers(ix, max(1, workers))
    # Started after the workers are forked: a fork copies no thread but its own.
    merges = Merges(ix)
    # While the workers begin: grouping the stories at the end needs it (no fork follows).
    importing = datasketch_lsh.preload()
    try:
        fingerprints, bodies = _existing(ix)
        run = RunEvidence(index_dir)

        # The evidence is gathered as the records go to the workers; every page waits for
        # all of it, and pages of earlier runs it says more about are cleaned again
        # (index.recleaning).
        records = itertools.chain(
            _progress(progress)(
                run.stream(records, paths, functools.partial(_hand_over, run, writers))
            ),
            _counted(run.again(), summary),
        )
        items = _new_records(records, fingerprints, summary)
        signatures: dict[str, Any] = {}
        books = _Books(summary, fingerprints, bodies, signatures, run)
        _write_segments(items, writers, merges, books, commit_articles, commit_seconds)
    except BaseException:
        merges.abort()
        writers.abort()
        # Segments a dying worker wrote before it could hand them over.
        commit.remove_leftovers(ix)
        raise
    finally:
        prepare.use_evidence(None)
    writers.close()
    run.save()
    summary.files = read_stats.files
    summary.skipped = read_stats.skipped + summary.skipped
    summary.notes = read_stats.notes
    files_read = read_stats.seen
    # Grouping's peak would add to what the books and the evidence hold (some 160 MB
    # each at 280,717 articles): they are let go first, only the sketches are kept.
    del books, run, fingerprints, bodies, items, records, read_stats
    grouped = time.perf_counter()
    importing.join()
    groups = stories.refresh(index_dir, signatures)
    summary.stories = len(groups.sizes())
    summary.grouping_seconds = time.perf_counter() - grouped
    summary.seconds = time.perf_counter() - started
    record_run(index_dir, summary, files_read, paths)
    return summary


@dataclass
class _Books:
    """What a run keeps track of while it writes: counts, fingerprints, body hashes."""

    summary: Summary
    fingerprints: dict[str, str]
    bodies: dict[str, str]
    signatures: dict[str, Any]
    run: RunEvidence | None = None

    def enter(self, article: Written | Unchanged | Skipped) -> bool:
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
        # The fingerprints are those the index held before the run: a repeated id was
        # dropped before it was prepared, so what this run writes is not looked up again.
        if article.id in self.fingerprints:
            summary.updated += 1
        else:
            summary.indexed += 1
        self.signatures[article.id] = article.signature
        return True


def _hand_over(run: RunEvidence, writers: Workers | InProcess) -> None:
    """Give the workers the run's evidence, once gathered, if they clean pages with it."""
    if run.cleans_pages():
        writers.call(prepare.use_evidence, run.evidence)
    # The workers have their copy now: this process no longer needs it, and it is the
    # largest thing it holds (some 50 MB at 280k).
    run.handed_over()


def _commit_due(
    written: int, last_commit: float, commit_articles: int | None, commit_seconds: float | None
) -> bool:
    return (commit_articles is not None and written >= commit_articles) or (
        commit_seconds is not None and time.monotonic() - last_commit >= commit_seconds
    )


def _start_writers(ix: Any, workers: int) -> Workers | InProcess:
    """Start `workers` worker processes to prepare and write the articles (this process
    does it with one)."""
    folder = ix.storage.folder
    if workers > 1:
        return Workers(workers, folder, ix.indexname, ix.schema, work)
    return InProcess(folder, ix.indexname, ix.schema, work)


def _write_segments(
    items: Iterable[Item],
    writers: Workers | InProcess,
    merges: Merges,
    books: _Books,
    commit_articles: int | None,
    commit_seconds: float | None,
) -> None:
    """Prepare the records and write them as new segments, one per worker and commit
    (more where a worker's segment passes its budget, index.segment_builds.SEGMENT_BYTES).

    The workers (or this process, with one) prepare the records and write the articles
    into segments of their own; this process keeps the books and commits: the new
    segments go into a new table of segments, the old versions of updated articles
    marked deleted in theirs; neighbouring segments are merged meanwhile (index.background).
    A failure leaves the aborting to the caller.
    """
    written = 0
    last_commit = time.monotonic()

    def commit_written() -> None:
        segments, ids = writers.flush()
        if segments:
            replaced = [i for i in ids if i in books.fingerprints]
            merges.commit(segments, replaced)
        writers.committed()

    for article in writers.run(items):
        if not books.enter(article):
            continue
        written += 1
        if _commit_due(written, last_commit, commit_articles, commit_seconds):
            commit_written()
            written, last_commit = 0, time.monotonic()
    commit_written()
    # The last merges, until the policy finds none due.
    merges.finish()


def _counted(records: Iterable[RawRecord], summary: Summary) -> Iterator[RawRecord]:
    """Yield the pages cleaned again, counting them."""
    for record in records:
        summary.recleaned += 1
        yield record


def _new_records(
    items: Iterable[RawRecord | Skipped], fingerprints: dict[str, str], summary: Summary
) -> Iterator[Item]:
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
    records: Iterator[RawRecord | Skipped],
) -> tuple[list[RawRecord | Skipped], bool]:
    """Read records until the input proves large enough for worker processes, or ends."""
    head: list[RawRecord | Skipped] = []
    chars = articles = 0
    for record in records:
        head.append(record)
        if not isinstance(record, Skipped):
            articles += 1
            chars += len(record.body) + len(record.title or "")
        if articles >= PARALLEL_MIN_ARTICLES or chars >= PARALLEL_MIN_CHARS:
            return head, True
    return head, False


def _cpu_count() -> int:
    """Return the CPUs this process may run on, at most MAX_WORKERS."""
    try:
        count = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        count = os.cpu_count() or 1
    return max(1, min(count, MAX_WORKERS))
