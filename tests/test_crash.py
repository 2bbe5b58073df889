"""Killing the indexer (kill -9) at any moment: the index opens, keeps every article it
committed, and a re-run finishes the job without duplicates. Real processes, real files."""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

import pytest
from generated import article, kennziffer, newsarchive, write_archive
from whoosh import index as whoosh_index

from index.build import index_paths
from index.store import lock_path, open_index
from index.whoosh_write import segments as committed_segments
from search.engine import Archive

pytestmark = pytest.mark.slow

ARTICLES = 3000
COMMIT_EVERY = "250"


def committed_ids(index_dir: Path) -> list[str]:
    """Return the ids of the live documents of the index's last commit (with repeats)."""
    if not whoosh_index.exists_in(str(index_dir)):
        return []
    ix = open_index(index_dir)
    with ix.reader() as reader:
        return [fields["id"] for _, fields in reader.iter_docs()]


def check_intact(index_dir: Path, ids: list[str], sample: int = 25) -> None:
    """Every committed article is stored whole; a sample is found by its number."""
    assert len(ids) == len(set(ids)), "an article is in the index twice"
    if not ids:
        return
    archive = Archive(index_dir)
    for article_id in ids:
        n = int(article_id.split("-")[1])
        view = archive.article(article_id, related=False)
        assert view is not None
        assert (view.title, view.body) == (article(n)["title"], article(n)["body"])
    for article_id in random.Random(len(ids)).sample(ids, min(sample, len(ids))):
        n = int(article_id.split("-")[1])
        assert [h.id for h in archive.search(kennziffer(n)).hits] == [article_id]
    archive.close()


def new_segment_files(index_dir: Path) -> bool:
    """Tell whether a commit is under way: segment files that no table names yet."""
    try:
        names = os.listdir(index_dir)
    except FileNotFoundError:
        return False
    tocs = [n for n in names if n.startswith("_MAIN_") and n.endswith(".toc")]
    if not tocs:
        return False
    segments = {n.split(".")[0] for n in names if n.startswith("MAIN_") and "." in n}
    ix = whoosh_index.open_dir(str(index_dir))
    try:
        known = {s.segment_id() for s in committed_segments(ix)}
    except Exception:  # noqa: BLE001 - a table replaced while it was read
        return False
    return bool(segments - known)


def kill_at(proc, when: float | None, index_dir: Path, deadline: float = 60.0) -> bool:
    """Kill -9 the process after `when` seconds, or (None) as soon as it writes a
    segment; return whether it was still running then."""
    started = time.monotonic()
    while proc.poll() is None and time.monotonic() - started < deadline:
        if when is not None and time.monotonic() - started >= when:
            break
        if when is None and new_segment_files(index_dir):
            break
        time.sleep(0.002 if when is None else 0.01)
    alive = proc.poll() is None
    if alive:
        os.kill(proc.pid, signal.SIGKILL)
    proc.communicate()
    return alive


def test_kill_9_at_random_moments_then_rerun(tmp_path: Path) -> None:
    folder = tmp_path / "archiv"
    expected = write_archive(folder, ARTICLES)
    index_dir = tmp_path / "index"
    rng = random.Random(20241124)
    killed = 0
    # Moments: while reading and writing, and twice as a commit writes its segment.
    for when in (rng.uniform(1.5, 3.0), None, rng.uniform(2.0, 4.0), None):
        proc = newsarchive(
            "--index", str(index_dir), "index", "--no-progress", "--commit-every", COMMIT_EVERY,
            str(folder),
        )  # fmt: skip
        killed += kill_at(proc, when, index_dir)
        ids = committed_ids(index_dir)
        check_intact(index_dir, ids)
        assert set(ids) <= set(expected)
    assert killed >= 2, "the indexer finished before it could be killed"

    # The killed runs left no lock behind that stops the next one.
    proc = newsarchive("--index", str(index_dir), "index", "--no-progress", str(folder))
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    ids = committed_ids(index_dir)
    assert sorted(ids) == expected
    check_intact(index_dir, ids)
    assert Archive(index_dir).stats()["documents"] == ARTICLES


def test_kill_9_during_a_rebuild_keeps_the_old_index(tmp_path: Path) -> None:
    old = write_archive(tmp_path / "alt", 40)
    index_dir = tmp_path / "index"
    index_paths(index_dir, [tmp_path / "alt"])
    folder = tmp_path / "neu"
    new = write_archive(folder, ARTICLES, start=10000)

    proc = newsarchive(
        "--index", str(index_dir), "index", "--rebuild", "--no-progress",
        "--commit-every", COMMIT_EVERY, str(folder),
    )  # fmt: skip
    assert kill_at(proc, None, index_dir.with_name("index.new"))
    assert sorted(committed_ids(index_dir)) == old

    args = ["--index", str(index_dir), "index", "--rebuild", "--no-progress", str(folder)]
    proc = newsarchive(*args)
    proc.communicate(timeout=120)
    assert proc.returncode == 0
    assert sorted(committed_ids(index_dir)) == new
    assert not index_dir.with_name("index.new").exists()


def test_lock_file_of_a_dead_process_does_not_block(tmp_path: Path) -> None:
    folder = tmp_path / "archiv"
    write_archive(folder, 20)
    index_dir = tmp_path / "index"
    # What a killed run leaves: the lock file with its pid, but no lock on it.
    lock_path(index_dir).write_text("999999\n")
    assert index_paths(index_dir, [folder]).indexed == 20
