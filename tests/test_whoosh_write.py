"""Whoosh's internals used for writing: the table of segments, the writer's hooks around
it, its cleanup after a failure, and the index's name."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from generated import index_in_runs
from indexes import truncate

from index.store import open_index
from index.whoosh_write import (
    INDEX_NAME,
    TrackedStorage,
    Writer,
    check_toc,
    latest_toc,
    read_toc,
    segments,
    toc_file,
)


def test_the_table_of_segments_is_found_and_read(tmp_path: Path) -> None:
    index_dir, _ = index_in_runs(tmp_path, 2, 5)
    ix = open_index(index_dir)
    toc = read_toc(ix)
    assert INDEX_NAME == ix.indexname == "MAIN"
    assert latest_toc(index_dir) == toc_file(index_dir, INDEX_NAME, toc.generation)
    assert [s.segment_id() for s in segments(ix)] == [s.segment_id() for s in toc.segments]
    assert len(toc.segments) == 2
    check_toc(index_dir)
    assert latest_toc(tmp_path) is None


@pytest.mark.filterwarnings("error::ResourceWarning")
def test_a_damaged_table_raises_and_leaves_no_file_open(tmp_path: Path) -> None:
    index_dir, _ = index_in_runs(tmp_path, 1, 5)
    toc = latest_toc(index_dir)
    assert toc is not None
    truncate(toc, 0.5)
    before = set(os.listdir("/proc/self/fd"))
    with pytest.raises(Exception):  # noqa: B017 - whatever Whoosh raises on a torn table
        check_toc(index_dir)
    assert set(os.listdir("/proc/self/fd")) <= before


class Recording(Writer):
    """A writer that records what its hooks are told."""

    calls: list[tuple[str, Any]]

    def before_toc(self, added: list[Any], dropped: list[Any]) -> None:
        self.calls = [("before", (len(added), sorted(s.segment_id() for s in dropped)))]
        assert not toc_file(self.folder, self.indexname, self.generation).exists()

    def after_toc(self, generation: int) -> None:
        self.calls.append(("after", generation))
        assert toc_file(self.folder, self.indexname, generation).exists()


def test_the_writer_hooks_surround_the_new_table(tmp_path: Path) -> None:
    index_dir, _ = index_in_runs(tmp_path, 3, 5)
    ix = open_index(index_dir)
    old = read_toc(ix)
    writer = Recording(ix)
    writer.commit(optimize=True)
    merged = sorted(s.segment_id() for s in old.segments)
    assert writer.calls == [("before", (1, merged)), ("after", old.generation + 1)]
    assert len(segments(open_index(index_dir))) == 1


def test_an_aborted_writer_leaves_no_file_open_and_no_segment(tmp_path: Path) -> None:
    index_dir, _ = index_in_runs(tmp_path, 1, 5)
    before = sorted(os.listdir(index_dir))
    writer = Writer(open_index(index_dir))
    writer.add_document(id="neu", body="Neuer Text", body_de="Neuer Text")
    assert writer.opened_files and not writer.is_closed
    writer.cancel_safely()
    assert writer.is_closed
    assert all(getattr(f, "is_closed", True) for f in writer.opened_files)
    assert sorted(os.listdir(index_dir)) == before
    # The lock is released: another writer can start.
    Writer(open_index(index_dir)).cancel_safely()


def test_tracked_storage_keeps_what_it_opens(tmp_path: Path) -> None:
    from whoosh.filedb.filestore import FileStorage

    files: list[Any] = []
    storage = TrackedStorage(FileStorage(str(tmp_path)), files)
    storage.create_file("a").close()
    storage.open_file("a").close()
    temp = storage.temp_storage("t.tmp")
    temp.create_file("b").close()
    assert len(files) == 3
    assert sorted(storage) == ["a", "t.tmp"]
