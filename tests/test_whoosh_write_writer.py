"""The segment writer: its hooks around the new table of segments, its cleanup after a
failure."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from generated import index_in_runs

from index.store import open_index
from index.whoosh_write import (
    Writer,
    read_toc,
    segments,
    toc_file,
)


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
