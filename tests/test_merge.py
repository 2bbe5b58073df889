"""A bounded merge writes what Whoosh's merge writes, answers searches as before, and a
merge killed half-way leaves the index as it was."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from indexes import Archive, contents
from test_segment import documents
from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage

from index import commit, merge, tiers
from index.commit import commit_segments, leftovers, merge_segments, merge_with_whoosh
from index.schema import REPEATED_FIELDS
from index.segment import SegmentBuilder
from index.store import create_or_open, open_index
from index.whoosh_write import segments

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ["Bundesverfassungsgericht", "München", "Regierung", "the government", "Москва", "Die"]


def segmented(folder: Path, parts: int = 4) -> Path:
    """Write the demo documents (German, English and others; copies so that common terms
    fill several blocks) in `parts` segments, then every seventh again in a segment of
    its own, so that its old copy is deleted."""
    docs = documents()
    docs += [{**doc, "id": f"{doc['id']}#{n}"} for n in (2, 3) for doc in docs]
    ix = create_or_open(folder)
    storage = FileStorage(str(folder))
    size = -(-len(docs) // parts)
    batches = [docs[i : i + size] for i in range(0, len(docs), size)]
    again = [{**doc, "body": f"{doc.get('body', '')} Neu."} for doc in docs[::7]]
    for n, batch in enumerate([*batches, again]):
        builder = SegmentBuilder(storage, ix.indexname, ix.schema, REPEATED_FIELDS)
        for doc in batch:
            builder.add(doc)
        replaced = [doc["id"] for doc in batch] if n == len(batches) else []
        commit_segments(ix, [builder.finish()], replaced)
    return folder


@pytest.fixture(scope="module")
def fixture_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return segmented(tmp_path_factory.mktemp("merge") / "index")


def copy_of(folder: Path, to: Path) -> Path:
    shutil.copytree(folder, to)
    return to


def ids(index_dir: Path) -> list[str]:
    return [s.segment_id() for s in segments(open_index(index_dir))]


def answers(index_dir: Path) -> list[Any]:
    archive = Archive(index_dir)
    found = [archive.search(q, size=20).as_dict() for q in QUERIES]
    for result in found:
        del result["took_ms"]
    return found


@pytest.mark.parametrize(("start", "end"), [(0, 5), (0, 2), (1, 4), (3, 5)])
def test_bounded_merge_writes_what_whoosh_merge_writes(
    fixture_index: Path, tmp_path: Path, start: int, end: int
) -> None:
    ours, theirs = copy_of(fixture_index, tmp_path / "ours"), copy_of(fixture_index, tmp_path / "w")
    chosen = ids(fixture_index)[start:end]
    merged = merge_segments(open_index(ours), chosen)
    merge_with_whoosh(open_index(theirs), chosen)
    assert merged is not None and merged.segment_id() in ids(ours)
    assert len(ids(ours)) == 5 - (end - start) + 1
    ix_ours, ix_theirs = open_index(ours), open_index(theirs)
    mine = segments(ix_ours)[start]
    whoosh_one = segments(ix_theirs)[-1]  # Whoosh puts the merged segment last
    assert mine.doc_count() == whoosh_one.doc_count() == mine.doc_count_all()
    got = contents(_single(ix_ours, mine))
    want = contents(_single(ix_theirs, whoosh_one))
    assert len(want["postings"]) > 3_000
    for key in ("count", "stored", "columns", "lengths", "totals"):
        assert got[key] == want[key], key
    assert got["postings"].keys() == want["postings"].keys()
    for term, posts in want["postings"].items():
        assert got["postings"][term] == posts, term


def _single(ix: Any, segment: Any) -> Any:
    """Return an index over one segment of an index (same storage and schema)."""
    from whoosh.index import FileIndex
    from whoosh.reading import SegmentReader

    class One(FileIndex):  # type: ignore[misc]
        def reader(self, reuse: Any = None) -> Any:
            return SegmentReader(ix.storage, ix.schema, segment)

    return One(ix.storage, ix.schema, ix.indexname)


@pytest.mark.parametrize(("start", "end"), [(0, 5), (3, 5)])
def test_a_merged_index_answers_as_one_merged_by_whoosh(
    fixture_index: Path, tmp_path: Path, start: int, end: int
) -> None:
    # Where Whoosh puts its merged segment (last) is where ours goes: the same documents
    # in the same places. Scores change with any merge: the deleted documents leave the
    # statistics, and the field lengths are summed as kept (a byte per document).
    ours, theirs = copy_of(fixture_index, tmp_path / "ours"), copy_of(fixture_index, tmp_path / "w")
    chosen = ids(fixture_index)[start:end]
    merge_segments(open_index(ours), chosen)
    merge_with_whoosh(open_index(theirs), chosen)
    assert len(ids(ours)) == len(ids(theirs)) < 5
    got, want = answers(ours), answers(theirs)
    assert sum(a["total"] for a in want) > 20
    assert got == want
    assert leftovers(open_index(ours)) == []


def test_the_policy_merges_while_segments_of_a_tier_are_due(
    fixture_index: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index_dir = copy_of(fixture_index, tmp_path / "index")
    total = open_index(index_dir).doc_count()
    monkeypatch.setattr(commit.tiers, "MERGE_FACTOR", 2)
    # Five small segments, all of the lowest tier: pairs merged until one is left.
    assert commit.merge_small(open_index(index_dir)) == 4
    assert len(ids(index_dir)) == 1
    assert open_index(index_dir).doc_count() == total
    assert commit.merge_small(open_index(index_dir)) == 0


def test_merging_segments_without_live_documents_drops_them(tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    ix = create_or_open(index_dir)
    storage = FileStorage(str(index_dir))
    for body in ("Erste Fassung.", "Zweite Fassung."):
        builder = SegmentBuilder(storage, ix.indexname, ix.schema, REPEATED_FIELDS)
        builder.add({"id": "a", "body": body, "body_de": body})
        commit_segments(ix, [builder.finish()], ["a"])
    first = ids(index_dir)[0]
    assert merge_segments(open_index(index_dir), [first]) is None
    assert len(ids(index_dir)) == 1
    assert [h["id"] for h in answers(index_dir)[0]["hits"]] == []
    assert Archive(index_dir).search("Fassung").total == 1


def test_only_neighbours_are_merged(fixture_index: Path, tmp_path: Path) -> None:
    index_dir = copy_of(fixture_index, tmp_path / "index")
    found = ids(index_dir)
    with pytest.raises(ValueError, match="neighbouring"):
        merge_segments(open_index(index_dir), [found[0], found[2]])
    assert ids(index_dir) == found


def test_a_failed_merge_leaves_the_index_and_no_files(
    fixture_index: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index_dir = copy_of(fixture_index, tmp_path / "index")
    files = sorted(p.name for p in index_dir.iterdir())
    calls = 0

    def failing(*args: Any) -> None:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise OSError(28, "No space left on device")
        real(*args)

    real = merge._write_field
    monkeypatch.setattr(merge, "_write_field", failing)
    with pytest.raises(OSError, match="No space"):
        merge_segments(open_index(index_dir), ids(index_dir))
    assert sorted(p.name for p in index_dir.iterdir()) == files


KILLED = """
import sys, time
from index import commit, merge, tiers
from index.store import open_index
from index.whoosh_write import segments
real = merge._write_field
def slow(*args):
    real(*args)
    print("writing", flush=True)
    time.sleep(60)
merge._write_field = slow
ix = open_index(sys.argv[1])
commit.merge_segments(ix, [s.segment_id() for s in segments(ix)])
"""


def test_a_killed_merge_leaves_the_index_unchanged(fixture_index: Path, tmp_path: Path) -> None:
    index_dir = copy_of(fixture_index, tmp_path / "index")
    before_ids, before = ids(index_dir), contents(open_index(index_dir))
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLED, str(index_dir)], cwd=ROOT, stdout=subprocess.PIPE
    )
    assert proc.stdout is not None
    try:
        assert proc.stdout.readline() == b"writing\n"
        # The merged segment's files are being written: none of them is named yet.
        assert leftovers(open_index(index_dir))
    finally:
        proc.kill()
        proc.wait()
        proc.stdout.close()
    ix = whoosh_index.open_dir(str(index_dir))
    assert ids(index_dir) == before_ids
    assert contents(ix) == before
    commit.remove_leftovers(open_index(index_dir))
    assert leftovers(open_index(index_dir)) == []
    assert contents(open_index(index_dir)) == before


@pytest.mark.parametrize(
    ("sizes", "due"),
    [
        ([], None),
        ([100, 100, 100], None),
        ([100, 100, 100, 100], (0, 4)),
        ([100, 100, 100, 100, 100], (0, 4)),
        # The lowest tier first: the large neighbours wait.
        ([9000, 9000, 9000, 9000, 10, 10, 10, 10], (4, 8)),
        # Neighbours only: a segment of another tier between them breaks the run.
        ([100, 100, 5000, 100, 100], None),
        ([50_000, 100, 100, 100, 100, 3000], (1, 5)),
        # Past MAX_SEGMENTS the neighbours with the fewest documents, whatever their tier.
        ([10, 3000, 10, 3000, 10, 3000, 10, 3000, 10], (0, 2)),
        ([9000, 3000, 10, 3000, 10, 3000, 10, 3000, 10, 3000, 5], (7, 11)),
    ],
)
def test_the_policy_chooses_neighbours_of_one_tier(
    sizes: list[int], due: tuple[int, int] | None
) -> None:
    assert tiers.choose(sizes) == due


@pytest.mark.parametrize(
    ("documents", "level"), [(0, 0), (1999, 0), (2000, 1), (7999, 1), (8000, 2), (10**6, 5)]
)
def test_tiers_grow_by_the_merge_factor(documents: int, level: int) -> None:
    assert tiers.tier(documents) == level
