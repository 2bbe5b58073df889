"""Worker processes: the index they write equals the one written in process, and a failing
or dying worker leaves the index as it was (a worker ends with its run: test_parent_watch)."""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from indexes import Archive, postings, segment_count, stored

import index.build
import index.segment
import index.segment_builds
import index.tiers
import index.workers
from index.build import index_paths
from index.prepare import Article
from index.run_record import Summary
from index.whoosh_write import INDEX_NAME
from index.workers import WorkerFailed

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "demo" / "archive"
BEZAHLKARTE = "rheinblick/2024-02-20_bezahlkarte-asyl"


def summary_without_time(summary: Summary) -> dict[str, Any]:
    data = summary.as_dict()
    del data["seconds"], data["grouping_seconds"]
    return data


def _edit_bezahlkarte(archive_dir: Path) -> None:
    """Copy the demo archive and change one word of one article."""
    shutil.copytree(DEMO, archive_dir)
    page = archive_dir / f"{BEZAHLKARTE}.txt"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("Sozialdezernent", "Stadtkämmerer"), encoding="utf-8")


# -- the parallel path gives the index the in-process path gives ---------------------------


def test_parallel_index_equals_in_process_index(tmp_path: Path) -> None:
    serial = index_paths(tmp_path / "serial", [DEMO], workers=1)
    parallel = index_paths(tmp_path / "parallel", [DEMO], workers=2)
    assert summary_without_time(parallel) == summary_without_time(serial)
    assert serial.indexed == 45

    # Each worker writes a segment of its own; the index is whole anyway.
    assert segment_count(tmp_path / "serial") == 1
    assert segment_count(tmp_path / "parallel") == 2
    serial_docs, parallel_docs = stored(tmp_path / "serial"), stored(tmp_path / "parallel")
    assert sorted(parallel_docs) == sorted(serial_docs)
    for article_id, doc in serial_docs.items():
        assert parallel_docs[article_id] == doc, article_id
    # The terms the workers analyzed are the ones this process would have written.
    serial_postings = postings(tmp_path / "serial")
    assert len(serial_postings) > 5_000
    assert postings(tmp_path / "parallel") == serial_postings
    # The folder the workers handed each other their words through goes with the run.
    assert index.segment.temp_files(tmp_path / "parallel", INDEX_NAME) == []

    for query in ("Bezahlkarte", "Waffenlieferungen Nordkorea", "rail strike", "München"):
        a = Archive(tmp_path / "serial").search(query, size=50)
        b = Archive(tmp_path / "parallel").search(query, size=50)
        assert a.total == b.total > 0, query
        assert {h.id for h in a.hits} == {h.id for h in b.hits}, query
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize(
    ("kept_per_document", "segments_per_worker"),
    [
        # The postings go to disk past the budget: one segment per worker still.
        (index.segment.BYTES_KEPT_PER_DOCUMENT, (1, 1)),
        # What the documents keep besides their postings passes half the budget: the
        # segment is written and another begun.
        (20_000, (3, 45)),
    ],
    ids=["postings-spilled", "segments-written"],
)
@pytest.mark.parametrize("workers", [1, 2], ids=["in-process", "workers"])
def test_a_segment_past_its_budget_answers_the_same(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    workers: int,
    kept_per_document: int,
    segments_per_worker: tuple[int, int],
) -> None:
    # Chunks of 4 records: each worker's segment is checked against its budget often.
    monkeypatch.setattr(index.workers, "FIRST_CHUNK_RECORDS", 4)
    # The segments the workers write, counted before the tiered policy merges them.
    monkeypatch.setattr(index.tiers, "MERGE_FACTOR", 10**9)
    monkeypatch.setattr(index.tiers, "MAX_SEGMENTS", 10**9)
    monkeypatch.setattr(index.workers, "CHUNK_RECORDS", 4)
    whole = index_paths(tmp_path / "whole", [DEMO], workers=workers)
    monkeypatch.setattr(index.segment_builds, "SEGMENT_BYTES", 100_000)
    monkeypatch.setattr(index.segment, "BYTES_KEPT_PER_DOCUMENT", kept_per_document)
    spill = index.segment.SegmentBuilder.spill

    def spied(self: Any) -> None:  # a file: the workers are processes of their own
        (tmp_path / "spilled").touch()
        spill(self)

    monkeypatch.setattr(index.segment.SegmentBuilder, "spill", spied)
    split = index_paths(tmp_path / "split", [DEMO], workers=workers)

    assert summary_without_time(split) == summary_without_time(whole)
    assert segment_count(tmp_path / "whole") == workers
    low, high = segments_per_worker
    assert low * workers <= segment_count(tmp_path / "split") <= high * workers
    assert (tmp_path / "spilled").exists()
    assert stored(tmp_path / "split") == stored(tmp_path / "whole")
    assert postings(tmp_path / "split") == postings(tmp_path / "whole")
    for query in ("Bezahlkarte", "Waffenlieferungen Nordkorea", "rail strike", "München"):
        a = Archive(tmp_path / "whole").search(query, size=50)
        b = Archive(tmp_path / "split").search(query, size=50)
        assert a.total == b.total > 0, query
        assert {h.id for h in a.hits} == {h.id for h in b.hits}, query
    assert multiprocessing.active_children() == []


def test_parallel_rerun_then_edit_updates_in_place(tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    assert index_paths(index_dir, [DEMO], workers=2).indexed == 45

    again = index_paths(index_dir, [DEMO], workers=2)
    assert (again.indexed, again.updated, again.unchanged) == (0, 0, 45)

    _edit_bezahlkarte(archive_dir := tmp_path / "archive")
    edited = index_paths(index_dir, [archive_dir], workers=2)
    assert (edited.indexed, edited.updated, edited.unchanged) == (0, 1, 44)

    archive = Archive(index_dir)
    assert [h.id for h in archive.search("Stadtkämmerer").hits] == [BEZAHLKARTE]
    assert archive.search("Sozialdezernent").total == 0
    assert archive.stats()["documents"] == 45
    assert stored(index_dir)[BEZAHLKARTE]["lang"] == "de"


def test_skips_and_repeats_are_reported_alike_in_parallel(tmp_path: Path) -> None:
    path = tmp_path / "k.jsonl"
    body = "Der Stadtrat tagt am Dienstag im Ratssaal und berät über den Haushalt."
    lines = [
        {"id": "a", "body": body},
        {"id": "b", "body": "   "},
        {"id": "a", "body": "Eine Wiederholung derselben Kennung mit anderem Text."},
        {"id": "c", "body": body.upper()},
        {"id": "d", "title": "Nur ein Titel"},
        {"id": "e", "body": "Das Freibad öffnet im Mai, sofern das Wetter mitspielt."},
    ]
    path.write_text("".join(json.dumps(x) + "\n" for x in lines) + "{kaputt\n", "utf-8")
    serial = index_paths(tmp_path / "serial", [path], workers=1)
    parallel = index_paths(tmp_path / "parallel", [path], workers=2)
    assert summary_without_time(parallel) == summary_without_time(serial)
    assert (serial.indexed, serial.duplicates, serial.repeated) == (3, 1, 1)
    assert len(serial.skipped) == 3


# -- how many workers -------------------------------------------------------------------


def _spy_on_workers(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Record how many workers each run prepares its articles with."""
    used: list[int] = []
    start = index.build._start_writers

    def spy(ix: Any, workers: int) -> Any:
        used.append(workers)
        return start(ix, workers)

    monkeypatch.setattr(index.build, "_start_writers", spy)
    return used


def test_auto_workers_work_in_process_for_a_small_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    used = _spy_on_workers(monkeypatch)
    index_paths(tmp_path / "index", [DEMO])
    assert used == [1]
    assert segment_count(tmp_path / "index") == 1


@pytest.mark.parametrize(
    ("articles", "chars"), [(10, 10**9), (10**9, 20_000)], ids=["articles", "chars"]
)
def test_auto_workers_go_parallel_above_a_threshold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, articles: int, chars: int
) -> None:
    monkeypatch.setattr(index.build, "PARALLEL_MIN_ARTICLES", articles)
    monkeypatch.setattr(index.build, "PARALLEL_MIN_CHARS", chars)
    monkeypatch.setattr(index.build, "_cpu_count", lambda: 2)
    used = _spy_on_workers(monkeypatch)
    assert index_paths(tmp_path / "index", [DEMO]).indexed == 45
    assert used == [2]
    assert segment_count(tmp_path / "index") == 2


# -- a worker that fails or dies ---------------------------------------------------------


def _broken_document(article: Article, good: Any = Article.document) -> dict[str, Any]:
    doc: dict[str, Any] = good(article)
    if article.id == BEZAHLKARTE:
        doc["body_de"] = 12345  # not text: the worker analyzing it fails
    return doc


def _dying_work(items: list[Any], good: Any = index.build.work) -> Any:
    if not any(isinstance(item, tuple) and item[0].id == BEZAHLKARTE for item in items):
        return good(items)
    os._exit(3)  # as if killed for memory


@pytest.mark.parametrize(
    ("target", "name", "replacement", "error"),
    [
        (Article, "document", _broken_document, TypeError),
        (index.build, "work", _dying_work, WorkerFailed),
    ],
    ids=["fails", "dies"],
)
@pytest.mark.parametrize(
    "split", [None, "written", "spilled"], ids=["one-segment", "segments-written", "spilled"]
)
def test_a_failing_or_dying_worker_leaves_the_index_unchanged(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    target: Any,
    name: str,
    replacement: Any,
    error: type[Exception],
    split: str | None,
) -> None:
    index_dir = tmp_path / "index"
    # With split, the failing run has new articles to write before the one it fails on.
    first = index_paths(index_dir, [DEMO / "alpenpost" if split else DEMO], workers=2)
    before, files = stored(index_dir), sorted(os.listdir(index_dir))
    _edit_bezahlkarte(archive_dir := tmp_path / "archive")

    if split:
        # Small chunks and a small budget: the workers have written segments of the new
        # articles before one of them fails or dies.
        monkeypatch.setattr(index.workers, "FIRST_CHUNK_RECORDS", 2)
        monkeypatch.setattr(index.workers, "CHUNK_RECORDS", 2)
        monkeypatch.setattr(index.segment_builds, "SEGMENT_BYTES", 1)
        if split == "spilled":  # postings on disk, in a segment not yet written
            monkeypatch.setattr(index.segment, "BYTES_KEPT_PER_DOCUMENT", 0)
    monkeypatch.setattr(target, name, replacement)
    with pytest.raises(error):
        index_paths(index_dir, [archive_dir], workers=2)
    assert multiprocessing.active_children() == []
    assert stored(index_dir) == before
    # No segment of the failed run is left behind (the metadata file is rewritten only).
    assert sorted(os.listdir(index_dir)) == files

    monkeypatch.undo()
    summary = index_paths(index_dir, [archive_dir], workers=2)
    if split:
        assert summary.indexed == 45  # the first run's ids were relative to alpenpost/
    else:
        assert (first.indexed, summary.updated, summary.unchanged) == (45, 1, 44)
    assert "Stadtkämmerer" in stored(index_dir)[BEZAHLKARTE]["body"]


@pytest.mark.parametrize(("n", "size"), [(0, 32), (1, 64), (2, 128), (3, 128), (1000, 128)])
def test_chunks_grow_from_small_to_their_size(n: int, size: int) -> None:
    from index.workers import chunk_size

    assert chunk_size(n) == size
