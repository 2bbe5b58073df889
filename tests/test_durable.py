"""Durable commits: the files of each new generation are synced before and after the
table of segments that names them is written; a locked index and failed writes."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest
from whoosh.filedb.structfile import StructFile

from index import durable
from index.build import index_paths
from index.store import IndexLocked, IndexWriteError, lock_path, run_lock
from search.archive import Archive
from web.cli import main

PAGE = "Neue Fähre verbindet die Ufer\n\nSeit Montag pendelt eine Fähre über den Fluss.\n"


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
    tmp_path: Path, fsyncs: list[str], commit_articles: int | None
) -> None:
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
    durable.sync_file(f)
    durable.sync_dir(tmp_path)
    assert fsyncs == [str(f.resolve()), str(tmp_path.resolve())]


# -- one run at a time -------------------------------------------------------------------


def test_a_second_run_is_refused_while_one_holds_the_lock(tmp_path: Path, capsys) -> None:
    index_dir = tmp_path / "index"
    folder = tmp_path / "archiv"
    folder.mkdir()
    (folder / "faehre.txt").write_text(PAGE, encoding="utf-8")
    with run_lock(index_dir):
        assert lock_path(index_dir).read_text().strip() == str(os.getpid())
        with pytest.raises(IndexLocked, match=f"pid {os.getpid()}"):
            index_paths(index_dir, [folder])
        assert main(["--index", str(index_dir), "index", "--no-progress", str(folder)]) == 1
        err = capsys.readouterr().err
        assert err.startswith("newsarchive: Another indexing run") and err.count("\n") == 1
    assert index_paths(index_dir, [folder]).indexed == 1


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
