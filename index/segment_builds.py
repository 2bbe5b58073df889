"""Build a process's segments within a memory budget, and hand them over at a flush."""

from __future__ import annotations

from typing import Any

from index.schema import REPEATED_FIELDS
from index.segment import SegmentBuilder, remove_segment_files
from index.terms import save_learned

# What a process's segment may hold in memory (SegmentBuilder.buffered_bytes) before its
# postings go to disk, to be merged back when it is written (SegmentBuilder.spill): a
# worker writes one segment per commit, its memory bounded. What its documents keep
# besides (their ids, lengths, columns) grows with the segment: once that takes half the
# budget, the segment is written and the next begun.
SEGMENT_BYTES = 96 * 2**20


class Builds:
    """The segments a process builds from the documents it is given: one at a time in
    memory, written out when its data passes SEGMENT_BYTES (SegmentBuilder's estimate),
    and handed over together at a flush."""

    def __init__(self, storage: Any, indexname: str, schema: Any) -> None:
        self._storage = storage
        self._indexname = indexname
        self._schema = schema
        self._builder: SegmentBuilder | None = None
        self.written: list[Any] = []
        self.ids: list[str] = []

    def add(self, fields: dict[str, Any]) -> None:
        """Add a document to the segment being built."""
        if self._builder is None:
            self._builder = SegmentBuilder(
                self._storage, self._indexname, self._schema, REPEATED_FIELDS
            )
        self._builder.add(fields)

    def bound(self) -> None:
        """Keep the segment being built within the budget: put its postings on disk once
        its data passes it (SegmentBuilder.spill), and write it once what its documents
        keep besides takes half of it."""
        builder = self._builder
        if builder is not None and builder.buffered_bytes() >= SEGMENT_BYTES:
            if 2 * builder.kept_bytes() >= SEGMENT_BYTES:
                self._write()
            else:
                builder.spill()

    def _write(self) -> None:
        builder, self._builder = self._builder, None
        assert builder is not None
        try:
            segment = builder.finish()
        except BaseException:
            builder.abort()
            raise
        self.written.append(segment)
        self.ids += builder.ids

    def flush(self) -> tuple[list[Any], list[str]]:
        """Write the segment being built; return the segments written since the last
        flush and the ids they hold."""
        if self._builder is not None:
            self._write()
        # The words analyzed for these segments are kept for the other workers and runs;
        # once per flush, not per segment: keeping them reads the whole cache file.
        save_learned()
        segments, ids = self.written, self.ids
        self.written, self.ids = [], []
        return segments, ids

    def abort(self) -> None:
        """Remove the segment being built and those written since the last flush."""
        if self._builder is not None:
            self._builder.abort()
            self._builder = None
        remove_segment_files(self._storage.folder, self.written)
        self.written, self.ids = [], []
