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
from indexes import wait_for_no_processes
from whoosh import index as whoosh_index

from index.build import index_paths
from index.commit import leftovers
from index.store import lock_path, open_index
from index.whoosh_write import segments as committed_segments
from search.archive import Archive

pytestmark = pytest.mark.slow

ARTICLES = 3000
# Each later run finds this many new articles too, so that it has work left to be killed
# in however fast the indexer has become.
FRESH = 1500
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


def uncommitted(index_dir: Path) -> tuple[set[str], set[str]]:
    """Return the segments with files that no table names yet, and those of them whose
    compound file is written (flushed: their commit is under way)."""
    try:
        names = os.listdir(index_dir)
    except FileNotFoundError:
        return set(), set()
    if not any(n.startswith("_MAIN_") and n.endswith(".toc") for n in names):
        return set(), set()
    files = {n.split(".")[0]: n for n in names if n.startswith("MAIN_") and "." in n}
    try:
        known = {s.segment_id() for s in committed_segments(whoosh_index.open_dir(str(index_dir)))}
    except Exception:  # noqa: BLE001 - a table replaced while it was read
        return set(), set()
    new = set(files) - known
    flushed = {s for s in new if f"{s}.seg" in names}
    return new, flushed


def kill_at(proc, when: float | str, index_dir: Path, deadline: float = 60.0) -> bool:
    """Kill -9 the process after `when` seconds, or as soon as its workers write a
    segment ("flush") or it commits the segments they wrote ("commit"); return whether
    it was still running then. Then no process of the run may be left after 2 s."""
    started = time.monotonic()
    while proc.poll() is None and time.monotonic() - started < deadline:
        if isinstance(when, float):
            if time.monotonic() - started >= when:
                break
            time.sleep(0.01)
            continue
        new, flushed = uncommitted(index_dir)
        if (when == "flush" and new - flushed) or (when == "commit" and flushed):
            break
        time.sleep(0.002)
    alive = proc.poll() is None
    if alive:
        os.kill(proc.pid, signal.SIGKILL)
    proc.communicate()
    # The run's processes are in their own process group: the workers die with it.
    assert wait_for_no_processes(proc.pid, 2.0) == [], f"left running after kill at {when}"
    return alive


@pytest.mark.parametrize("seed", [20241124])
def test_kill_9_at_random_moments_then_rerun(tmp_path: Path, seed: int) -> None:
    folder = tmp_path / "archiv"
    expected = write_archive(folder, ARTICLES)
    index_dir = tmp_path / "index"
    rng = random.Random(seed)
    killed = 0
    # Moments: while reading and writing, as the workers write their segments, and as
    # the main process commits them.
    moments = (rng.uniform(1.5, 3.0), "flush", rng.uniform(2.0, 4.0), "commit", "flush")
    for run, when in enumerate(moments):
        if run:
            expected += write_archive(folder, FRESH, start=ARTICLES + (run - 1) * FRESH)
        proc = newsarchive(
            "--index", str(index_dir), "index", "--no-progress", "--commit-every", COMMIT_EVERY,
            str(folder), start_new_session=True,
        )  # fmt: skip
        killed += kill_at(proc, when, index_dir)
        ids = committed_ids(index_dir)
        check_intact(index_dir, ids)
        assert set(ids) <= set(expected)
    assert killed >= 3, "the indexer finished before it could be killed"

    # The killed runs left no lock behind that stops the next one.
    proc = newsarchive("--index", str(index_dir), "index", "--no-progress", str(folder))
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    ids = committed_ids(index_dir)
    assert sorted(ids) == expected
    check_intact(index_dir, ids)
    assert Archive(index_dir).stats()["documents"] == len(expected)
    # Nothing the killed runs wrote is left beside the index.
    assert leftovers(open_index(index_dir)) == []


def test_kill_9_during_a_rebuild_keeps_the_old_index(tmp_path: Path) -> None:
    old = write_archive(tmp_path / "alt", 40)
    index_dir = tmp_path / "index"
    index_paths(index_dir, [tmp_path / "alt"])
    folder = tmp_path / "neu"
    new = write_archive(folder, ARTICLES, start=10000)

    proc = newsarchive(
        "--index", str(index_dir), "index", "--rebuild", "--no-progress",
        "--commit-every", COMMIT_EVERY, str(folder), start_new_session=True,
    )  # fmt: skip
    assert kill_at(proc, "flush", index_dir.with_name("index.new"))
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
