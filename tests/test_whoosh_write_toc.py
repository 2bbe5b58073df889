"""The table of segments: found, read (a damaged one leaving no file open), its storage
keeping the files it opens; the index's name."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from generated import index_in_runs
from indexes import truncate
from whoosh.filedb.filestore import FileStorage

from index.store import open_index
from index.whoosh_write import (
    INDEX_NAME,
    TrackedStorage,
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


def test_tracked_storage_keeps_what_it_opens(tmp_path: Path) -> None:

    files: list[Any] = []
    storage = TrackedStorage(FileStorage(str(tmp_path)), files)
    storage.create_file("a").close()
    storage.open_file("a").close()
    temp = storage.temp_storage("t.tmp")
    temp.create_file("b").close()
    assert len(files) == 3
    assert sorted(storage) == ["a", "t.tmp"]
