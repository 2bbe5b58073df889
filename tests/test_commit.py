"""Commits: each new generation's files synced before and after the table of segments
that names them, replaced articles marked deleted, merges and drops that keep every
segment described, a rebuilt index swapped in, and failed writes that change nothing."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path
from typing import Any

import pytest
from generated import index_in_runs, write_archive
from indexes import Archive, segment_count
from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import StructFile

from index import commit, fsync, manifest
from index.build import index_paths
from index.commit import commit_segments, staging_dir, swap_in
from index.segment import SegmentBuilder
from index.store import IndexWriteError, create_or_open, live_columns, open_index
from index.whoosh_write import segments
from web.cli import main


def write_jsonl(path: Path, ids: range) -> Path:
    lines = [
        json.dumps({"id": f"a{i}", "body": f"Die Fähre Nummer {i} fährt ab Montag über den Rhein."})
        for i in ids
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture()
def fsyncs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record the path of every file or folder os.fsync is called on, in order."""
    synced: list[str] = []
    real = os.fsync

    def record(fd: int) -> None:
        synced.append(os.readlink(f"/proc/self/fd/{fd}"))
        real(fd)

    if not Path("/proc/self/fd").exists():
        pytest.skip("needs /proc to name the synced files")
    monkeypatch.setattr(os, "fsync", record)
    return synced


def toc_generation(name: str) -> int:
    return int(name.rsplit("_", 1)[1].split(".")[0])


@pytest.mark.parametrize("commit_articles", [None, 3])
def test_each_commit_syncs_its_segment_then_its_table_and_folder(
    tmp_path: Path, fsyncs: list[str], commit_articles: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(commit.tiers, "MERGE_FACTOR", 100)  # no merges: commits only
    index_dir = tmp_path / "index"
    index_paths(index_dir, [write_jsonl(tmp_path / "a.jsonl", range(2))])
    fsyncs.clear()
    before = set(os.listdir(index_dir))
    more = write_jsonl(tmp_path / "b.jsonl", range(10, 17))
    index_paths(index_dir, [more], commit_articles=commit_articles)
    folder = str(index_dir.resolve())
    tocs = [p for p in fsyncs if p.startswith(folder + "/_MAIN_") and p.endswith(".toc")]
    commits = 1 if commit_articles is None else 3  # 7 articles, 3 at a time
    assert [toc_generation(p) for p in tocs] == list(range(2, 2 + commits))
    names = sorted(os.listdir(index_dir))
    # The last generation's table and every file of the segments this run wrote were
    # synced (the first run's segment was synced by its own commit) ...
    last_toc = f"{folder}/_MAIN_{1 + commits}.toc"
    assert last_toc in fsyncs and f"{folder}/{names[0]}" != last_toc
    segment_files = [
        f"{folder}/{n}" for n in names if n.startswith("MAIN_") and "." in n and n not in before
    ]
    assert segment_files and set(segment_files) <= set(fsyncs)
    # ... each segment file before the table naming it, the folder after the table.
    for path in segment_files:
        assert fsyncs.index(path) < fsyncs.index(last_toc)
    assert fsyncs[fsyncs.index(last_toc) + 1] == folder
    # The metadata file is synced, and the folder after it is replaced.
    assert fsyncs[-1] == folder
    assert Archive(index_dir).stats()["documents"] == 9


def test_sync_helpers_sync_what_they_name(tmp_path: Path, fsyncs: list[str]) -> None:
    f = tmp_path / "x"
    f.write_text("x")
    fsync.sync_file(f)
    fsync.sync_dir(tmp_path)
    assert fsyncs == [str(f.resolve()), str(tmp_path.resolve())]


# -- replaced articles -----------------------------------------------------------------


def _document(n: int, body: str) -> dict[str, Any]:
    return {
        "id": f"a{n}",
        "body": body,
        "body_de": body,
        "body_hash": f"h{n}-{len(body)}",
        "origin": f"archiv/teil.jsonl:{n}",
        "lang": "de",
    }


DOCS = [_document(n, f"Die Fähre Nummer {n} fährt ab Montag über den Rhein.") for n in range(5)]


def _builder_index(folder: Path, docs: list[dict[str, Any]]) -> Any:
    ix = create_or_open(folder)
    builder = SegmentBuilder(FileStorage(str(folder)), ix.indexname, ix.schema)
    for doc in docs:
        builder.add(doc)
    commit_segments(ix, [builder.finish()], [])
    return whoosh_index.open_dir(str(folder))


def test_commit_marks_replaced_ids_deleted(tmp_path: Path) -> None:
    folder = tmp_path / "index"
    ix = _builder_index(folder, DOCS)
    builder = SegmentBuilder(FileStorage(str(folder)), ix.indexname, ix.schema)
    changed = {**DOCS[1], "body": "neu", "body_de": "Ganz neuer Text", "body_hash": "neu"}
    builder.add(changed)
    commit_segments(ix, [builder.finish()], [changed["id"]])
    ix = whoosh_index.open_dir(str(folder))
    with ix.searcher() as searcher:
        assert searcher.doc_count() == 5
        assert searcher.document(id=changed["id"])["body"] == "neu"
        assert len(list(searcher.documents(id=changed["id"]))) == 1
        # The columns of the live documents, read segment by segment, skip the old one.
        live = list(live_columns(searcher.reader(), ("id", "body_hash")))
    assert sorted(i for i, _ in live) == sorted(doc["id"] for doc in DOCS)
    assert dict(live)[changed["id"]] == "neu"


# -- merges and drops keep every segment described -----------------------------------------


def _manifests(index_dir: Path) -> dict[str, manifest.Manifest | None]:
    ix = open_index(index_dir)
    return {s.segment_id(): manifest.read(index_dir, s.segment_id()) for s in segments(ix)}


def _sources(parts: list[Path]) -> set[str]:
    return {str(p) for part in parts for p in part.iterdir()}


@pytest.mark.parametrize(
    ("how", "runs", "per_run", "left"), [("optimize", 3, 40, 1), ("merge_small", 6, 4, 2)]
)
def test_a_merged_segment_is_described_by_the_segments_it_merged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str, runs: int, per_run: int, left: int
) -> None:
    monkeypatch.setattr(commit.tiers, "MERGE_FACTOR", 100)  # merged past the bound alone
    index_dir, parts = index_in_runs(tmp_path, runs, per_run)
    before = _manifests(index_dir)
    assert len(before) == runs
    assert set().union(*(m.sources for m in before.values() if m)) == _sources(parts)
    if how == "optimize":
        assert commit.optimize(open_index(index_dir)) == runs
    else:
        monkeypatch.setattr(commit.tiers, "MAX_SEGMENTS", 2)
        commit.merge_small(open_index(index_dir))
    after = _manifests(index_dir)
    assert len(after) == left
    merged = [m for key, m in after.items() if key not in before]
    assert len(merged) == 1 and merged[0] is not None and merged[0].complete
    gone = [m for key, m in before.items() if key not in after]
    assert set(merged[0].sources) == set().union(*(m.sources for m in gone if m))
    assert sum(m.documents for m in after.values() if m) == runs * per_run
    for described in after.values():
        assert described is not None
        assert manifest.damage(index_dir, described) == []
    # The merged segments' files and manifests are gone with them.
    assert not [n for n in os.listdir(index_dir) if n.split(".")[0] in set(before) - set(after)]


def test_dropping_a_segment_keeps_the_others_searchable(tmp_path: Path) -> None:
    index_dir, parts = index_in_runs(tmp_path, 3, 20)
    ix = open_index(index_dir)
    first, *rest = segments(ix)
    commit.drop_segments(ix, [first.segment_id()])
    assert [s.segment_id() for s in segments(open_index(index_dir))] == [
        s.segment_id() for s in rest
    ]
    assert not [n for n in os.listdir(index_dir) if n.startswith(first.segment_id())]
    assert Archive(index_dir).stats()["documents"] == 40


def test_what_a_killed_run_left_is_removed_by_the_next(tmp_path: Path) -> None:
    index_dir, parts = index_in_runs(tmp_path, 1, 10)
    ix = open_index(index_dir)
    # A worker's segment written but not committed, and a builder's temporary folder.
    builder = SegmentBuilder(FileStorage(str(index_dir)), ix.indexname, ix.schema)
    builder.add(DOCS[0])
    orphan = builder.finish().segment_id()
    (index_dir / f".{ix.indexname}_abc123.tmp").mkdir()
    left = commit.leftovers(ix)
    assert f"{orphan}.seg" in left and f"{orphan}.manifest.json" in left
    assert f".{ix.indexname}_abc123.tmp" in left

    assert index_paths(index_dir, parts, workers=1).unchanged == 10
    assert commit.leftovers(open_index(index_dir)) == []
    assert segment_count(index_dir) == 1


# -- a rebuilt index swapped in ---------------------------------------------------------


@pytest.mark.parametrize("exchange", [True, False], ids=["exchange", "two-renames"])
def test_swap_in_replaces_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, exchange: bool
) -> None:
    index_dir = tmp_path / "index"
    write_archive(tmp_path / "a", 3)
    index_paths(index_dir, [tmp_path / "a"])
    archive = Archive(index_dir)
    assert archive.stats()["documents"] == 3
    new_dir = staging_dir(index_dir)
    write_archive(tmp_path / "b", 7, start=100)
    index_paths(new_dir, [tmp_path / "b"])
    if not exchange:
        monkeypatch.setattr("index.commit._exchange", lambda a, b: False)
    swap_in(new_dir, index_dir)
    assert not new_dir.exists() and not index_dir.with_name("index.old").exists()
    assert archive.stats()["documents"] == 7


# -- disk full ---------------------------------------------------------------------------


def _fill_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every write to an index file fail as on a full disk."""

    def no_space(self, data) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(StructFile, "write", no_space)


@pytest.mark.parametrize("rebuild", [False, True])
def test_disk_full_leaves_the_index_as_it_was(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys,
    rebuild: bool,
) -> None:
    index_dir = tmp_path / "index"
    index_paths(index_dir, [write_jsonl(tmp_path / "a.jsonl", range(3))])
    before = sorted(os.listdir(index_dir))
    more = write_jsonl(tmp_path / "b.jsonl", range(10, 14))

    _fill_disk(monkeypatch)
    with pytest.raises(IndexWriteError, match="No space left on device"):
        index_paths(index_dir, [more], rebuild=rebuild)
    args = ["--index", str(index_dir), "index", "--no-progress", str(more)]
    assert main(args + (["--rebuild"] if rebuild else [])) == 1
    err = capsys.readouterr().err
    assert err.startswith("newsarchive: Cannot write the index") and err.count("\n") == 1
    monkeypatch.undo()

    assert sorted(os.listdir(index_dir)) == before
    assert not index_dir.with_name("index.new").exists()
    archive = Archive(index_dir)
    assert archive.stats()["documents"] == 3
    assert archive.search("Fähre").total == 3
    assert index_paths(index_dir, [more]).indexed == 4
