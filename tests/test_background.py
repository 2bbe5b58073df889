"""Merges beside a run: articles replaced while a merge runs stay replaced, a run ends
with the policy's outcome, and killing a run in the middle of a merge leaves no process,
the index at its last commit and files the next run removes. Real indexes and processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from generated import write_archive
from indexes import wait_for_no_processes
from test_crash import check_intact, committed_ids
from test_merge import QUERIES, copy_of, ids, segmented

from index import background, merge, tiers
from index.build import index_paths
from index.commit import carry_deletions, commit_segments, leftovers, merge_segments
from index.schema import REPEATED_FIELDS
from index.segment import SegmentBuilder
from index.store import IndexWriteError, open_index
from index.whoosh_write import segments
from search.archive import Archive

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def fixture_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return segmented(tmp_path_factory.mktemp("background") / "index")


def live(index_dir: Path) -> list[tuple[str, str]]:
    """Return (id, body) of the live documents in the order of the index."""
    with open_index(index_dir).reader() as reader:
        return [(f["id"], f.get("body", "")) for _, f in reader.iter_docs()]


def replace(ix: Any, docs: list[dict[str, Any]], commit_with: Any) -> None:
    """Write new versions of documents in a segment of their own and commit it."""
    builder = SegmentBuilder(ix.storage, ix.indexname, ix.schema, REPEATED_FIELDS)
    for doc in docs:
        builder.add(doc)
    commit_with([builder.finish()], [doc["id"] for doc in docs])


def new_versions(index_dir: Path, picks: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """Return new versions of the documents at (segment, live position) of the index."""
    found = []
    with open_index(index_dir).reader() as reader:
        for n, position in picks:
            docs = [fields for _, fields in reader.leaf_readers()[n][0].iter_docs()]
            found.append({**docs[position], "body": f"{docs[position].get('body', '')} Ersetzt."})
    return found


class Gate:
    """Hold a merge (in the merging process) after its first field until let go, so that
    a commit falls while it runs: files say when it started and when it may go on."""

    def __init__(self, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self._started, self._go = folder / "started", folder / "go"
        real = merge._write_field
        started, go = self._started, self._go

        def held(*args: Any) -> None:
            real(*args)
            started.touch()
            while not go.exists():
                time.sleep(0.01)

        monkeypatch.setattr(merge, "_write_field", held)

    def wait_started(self) -> bool:
        deadline = time.monotonic() + 30
        while not self._started.exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        return self._started.exists()

    def open(self) -> None:
        self._go.touch()


@pytest.mark.parametrize(
    "picks",
    [
        [],  # nothing replaced meanwhile
        [(0, 0)],  # the first document of the first part
        [(1, -1), (2, 3)],  # the last of a part, and one in the middle of another
        [(0, 1), (0, 2), (3, 0)],  # several in a part that had deletions before
        [(3, n) for n in range(31)],  # every live document of a part
    ],
)
def test_articles_replaced_while_a_merge_runs_stay_replaced(
    fixture_index: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, picks: list[Any]
) -> None:
    ours = copy_of(fixture_index, tmp_path / "ours")
    theirs = copy_of(fixture_index, tmp_path / "theirs")
    docs = new_versions(ours, picks)
    # In the main thread, one after the other: the replacement, then the merge.
    replace(open_index(theirs), docs, lambda new, r: commit_segments(open_index(theirs), new, r))
    merge_segments(open_index(theirs), ids(theirs)[:4])

    monkeypatch.setattr(tiers, "FLOOR_DOCS", 10**6)  # the first four of one tier
    gate = Gate(tmp_path, monkeypatch)
    ix = open_index(ours)
    merges = background.Merges(ix)
    merges.commit([], [])
    assert gate.wait_started()
    replace(ix, docs, merges.commit)
    gate.open()
    assert merges.finish() == 1

    assert len(ids(ours)) == len(ids(theirs)) == 3
    assert live(ours) == live(theirs)
    assert len({i for i, _ in live(ours)}) == len(live(ours))
    assert sum(body.endswith("Ersetzt.") for _, body in live(ours)) == len(docs)
    # The same matches (scores differ: the replaced documents stay in the statistics of
    # the merged segment until it is merged again, as after any deletion).
    queries = [*QUERIES, "Ersetzt"]
    want = [{h.id for h in Archive(theirs).search(q, size=100).hits} for q in queries]
    assert [{h.id for h in Archive(ours).search(q, size=100).hits} for q in queries] == want
    assert leftovers(open_index(ours)) == []


@pytest.mark.parametrize(
    ("parts", "then", "now", "merged"),
    [
        ([3, 2], [set(), set()], [set(), set()], set()),
        ([3, 2], [set(), set()], [{1}, {0}], {1, 3}),
        # Documents deleted before the merge are not in it: the later ones move down.
        ([4, 3], [{0, 2}, {1}], [{0, 2, 3}, {1, 2}], {1, 3}),
        ([4], [{1}], [{0, 1, 2, 3}], {0, 1, 2}),
    ],
)
def test_deletions_made_during_a_merge_land_on_the_merged_documents(
    fixture_index: Path, parts: list[int], then: list[set[int]], now: list[set[int]], merged: Any
) -> None:
    ix = open_index(fixture_index)

    def made(count: int, deleted: set[int]) -> Any:
        segment = merge.new_segment(ix)
        segment.set_doc_count(count)
        for docnum in deleted:
            segment.delete_document(docnum)
        return segment

    before = [made(c, d) for c, d in zip(parts, then, strict=True)]
    after = [made(c, d) for c, d in zip(parts, now, strict=True)]
    result = made(sum(parts) - sum(map(len, then)), set())
    assert carry_deletions(before, after, result) == len(merged)
    assert set(result.deleted_docs()) == merged


def test_a_run_ends_with_no_merge_due(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tiers, "FLOOR_DOCS", 100)
    folder = tmp_path / "archiv"
    expected = write_archive(folder, 1200)
    index_dir = tmp_path / "index"
    index_paths(index_dir, [folder], workers=2, commit_articles=60)
    sizes = [s.doc_count() for s in segments(open_index(index_dir))]
    assert tiers.choose(sizes) is None
    assert 1 < len(sizes) <= tiers.MAX_SEGMENTS
    assert sorted(committed_ids(index_dir)) == expected
    assert committed_ids(index_dir) == [i for i, _ in live(index_dir)]
    assert leftovers(open_index(index_dir)) == []


def test_a_failed_merge_fails_the_run_and_keeps_its_last_commit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tiers, "FLOOR_DOCS", 100)
    # A merge is due whenever two segments stand: how the workers' segments fall varies.
    monkeypatch.setattr(tiers, "MAX_SEGMENTS", 1)
    folder = tmp_path / "archiv"
    write_archive(folder, 800)

    def failing(*args: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(merge, "_write_field", failing)
    index_dir = tmp_path / "index"
    with pytest.raises(IndexWriteError, match="No space"):
        index_paths(index_dir, [folder], workers=2, commit_articles=60)
    ids_left = committed_ids(index_dir)
    check_intact(index_dir, ids_left)
    assert leftovers(open_index(index_dir)) == []


# A run committing every 60 articles whose merges take long: every merged term waits.
# Past one segment a merge is always due, so one starts however the workers' segments
# come out in size.
SLOW_RUN = """
import sys, time
from index import build, merge, tiers
tiers.FLOOR_DOCS = 100
tiers.MAX_SEGMENTS = 1
real = merge._merged_terms
def slow(*args):
    print("merging", flush=True)
    for item in real(*args):
        time.sleep(0.002)
        yield item
merge._merged_terms = slow
build.index_paths(sys.argv[1], [sys.argv[2]], workers=2, commit_articles=60)
"""


@pytest.mark.slow
@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGTERM, signal.SIGINT])
def test_a_run_killed_while_merging_leaves_no_process_and_its_last_commit(
    tmp_path: Path, signum: int
) -> None:
    folder = tmp_path / "archiv"
    expected = write_archive(folder, 1500)
    index_dir = tmp_path / "index"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, "-c", SLOW_RUN, str(index_dir), str(folder)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    assert proc.stdout is not None
    try:
        line = proc.stdout.readline()
        assert line == b"merging\n", proc.stderr.read().decode() if proc.stderr else ""
        time.sleep(0.3)
        # A merged segment is being written: files no table names yet.
        assert leftovers(open_index(index_dir))
    finally:
        os.kill(proc.pid, signum)
        proc.communicate(timeout=60)
    assert wait_for_no_processes(proc.pid, 2.0) == []
    ids_left = committed_ids(index_dir)
    assert ids_left and set(ids_left) <= set(expected)
    check_intact(index_dir, ids_left)
    if signum == signal.SIGINT:
        # Interrupted, the run removes what it was writing itself.
        assert leftovers(open_index(index_dir)) == []

    index_paths(index_dir, [folder], workers=2)
    assert sorted(committed_ids(index_dir)) == expected
    check_intact(index_dir, committed_ids(index_dir))
    assert leftovers(open_index(index_dir)) == []
