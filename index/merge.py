"""Merge segments of an index into one, term by term, with memory that does not grow with them.

Whoosh's writer merges segments by putting every posting of them through its sorting
pool (hundreds of megabytes, then files sorted on disk, at the size of the archive). The
segments' terms are already sorted, each segment's postings too: this merge reads the
segments' documents in order (their stored fields, columns, lengths and vectors written
again under new numbers, deleted documents left out), then each field's terms from all
segments at once in increasing order, each term's postings one segment after the other,
renumbered, and writes them with the lean segment writer's codec calls (index.segment):
memory holds a term's postings and the new documents' field lengths, not the segments.

The merged segment holds the documents in the order of the segments given; merging
neighbouring segments of the table and putting the merged one in their place
(index.commit.merge_segments) keeps every document's place in the index, so searches
answer the same, ties included. Which segments to merge is the policy's job
(index.tiers).
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import os
import shutil
from array import array
from collections.abc import Callable, Iterator
from typing import Any

from whoosh.codec import default_codec
from whoosh.reading import SegmentReader
from whoosh.util.numeric import byte_to_length

from index.segment import SegmentStorage, remove_segment_files
from index.whoosh_write import (
    Segment,
    add_single_term,
    add_term_postings,
    leaf_postings,
    leaf_terms,
    lean_term_index,
    length_bytes,
)

# How often a merge looks whether it is to be given up: every so many terms.
_CHECK_TERMS = 256
# A document's length in a field from the byte Whoosh keeps it in.
_LENGTH_OF_BYTE = array("I", [byte_to_length(b) for b in range(256)])


class _Source:
    """A segment being merged: its reader, and where its live documents go."""

    def __init__(self, reader: Any, base: int) -> None:
        self.reader = reader
        self.base = base
        # old document number → new one (-1: deleted); None: no deletions, base + old.
        self.docmap: array[int] | None = None
        self.live = reader.doc_count()

    def renumbered(self, fieldname: str, info: Any) -> tuple[Any, Any, list[bytes]]:
        """Return a term's postings in this segment (given its term info) under the new
        document numbers, those of deleted documents left out."""
        ids, weights, values = leaf_postings(self.reader, fieldname, info)
        base = self.base
        docmap = self.docmap
        if docmap is None:
            return array("I", [base + d for d in ids]), weights, values
        kept = [n for n, d in enumerate(ids) if docmap[d] >= 0]
        if len(kept) == len(ids):
            return array("I", [docmap[d] for d in ids]), weights, values
        return (
            array("I", [docmap[ids[n]] for n in kept]),
            array("f", [weights[n] for n in kept]),
            [values[n] for n in kept],
        )


class Cancelled(Exception):
    """A merge was given up before it was complete (its files removed)."""


def new_segment(ix: Any) -> Segment:
    """Return a new, empty segment of the index, to merge into (its id known before any
    of its files is written)."""
    return default_codec().new_segment(ix.storage, ix.indexname)


def merge(
    ix: Any,
    chosen: list[Segment],
    segment: Segment | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Segment:
    """Write the live documents of the chosen segments, in their order, as one new
    segment of the index (`segment`, or a new one; its files not yet synced, no table of
    segments names it yet) and return it. The documents deleted in the chosen segments
    (as given: a copy of a table's segments) are left out. A failure, or `cancelled()`
    turning true (Cancelled raised), removes what was written."""
    storage = ix.storage
    schema = ix.schema
    codec = default_codec()
    if segment is None:
        segment = new_segment(ix)
    check = cancelled or _never
    files: list[Any] = []
    # A temporary folder of its own (for the columns), as a builder's: leftovers() knows it.
    tempname = f".{segment.segment_id()}.tmp"
    tracked = SegmentStorage(storage, files, tempname)
    sources: list[_Source] = []
    try:
        perdoc = codec.per_document_writer(tracked, segment)
        lengths: dict[str, array[int]] = {}
        count = 0
        for part in chosen:
            source = _Source(SegmentReader(storage, schema, part), count)
            sources.append(source)
            count = _write_documents(perdoc, schema, source, lengths, check)
        perdoc.close()
        fieldwriter = codec.field_writer(tracked, segment)
        lean_term_index(fieldwriter)
        names: set[str] = set()
        for source in sources:
            names.update(n for n in source.reader.indexed_field_names() if n in schema)
        for name in sorted(names):
            _write_field(fieldwriter, schema[name], name, sources, lengths.get(name), check)
        fieldwriter.close()
        segment.set_doc_count(count)
        segment.create_compound_file(tracked)
    except BaseException:
        for f in files:
            with contextlib.suppress(Exception):
                f.close()
        remove_segment_files(storage.folder, [segment])
        raise
    finally:
        for source in sources:
            source.reader.close()
        shutil.rmtree(os.path.join(storage.folder, tempname), ignore_errors=True)
    return segment


def _never() -> bool:
    return False


def _write_documents(
    perdoc: Any,
    schema: Any,
    source: _Source,
    lengths: dict[str, array[int]],
    cancelled: Callable[[], bool],
) -> int:
    """Write a segment's live documents after those written so far, as Whoosh's merge
    does (SegmentWriter.write_per_doc); return the count of documents written."""
    reader = source.reader
    total = reader.doc_count_all()
    if reader.has_deletions():
        source.docmap = array("i", [-1]) * total
    fields = [(name, schema[name]) for name in sorted(schema.names())]
    old_lengths = {name: length_bytes(reader, name) for name, field in fields if field.scorable}
    for name in old_lengths:
        kept = lengths.setdefault(name, array("I"))
        kept.extend([0] * (source.base - len(kept)))
    columns = {
        name: reader.column_reader(name, field.column_type, translate=False)
        for name, field in fields
        if field.column_type and reader.has_column(name)
    }
    docnum = source.base
    docmap = source.docmap
    for old, stored in reader.iter_docs():
        if cancelled():
            raise Cancelled
        if docmap is not None:
            docmap[old] = docnum
        perdoc.start_doc(docnum)
        for name, field in fields:
            found = old_lengths.get(name)
            length = _LENGTH_OF_BYTE[found[old]] if found is not None else 0
            perdoc.add_field(name, field, stored.get(name), length)
            if found is not None:
                lengths[name].append(length)
            if field.vector and reader.has_vector(old, name):
                perdoc.add_vector_matcher(name, field, reader.vector(old, name, field.vector))
            column = columns.get(name)
            if column is not None:
                perdoc.add_column_value(name, field.column_type, column[old])
        perdoc.finish_doc()
        docnum += 1
    return docnum


def _write_field(
    fieldwriter: Any,
    field: Any,
    name: str,
    sources: list[_Source],
    lengths: array[int] | None,
    cancelled: Callable[[], bool],
) -> None:
    """Write a field's terms from every segment, in increasing order; a term left without
    postings (all its documents deleted) is left out, and a field without terms too."""
    started = False
    for n, (tbytes, parts) in enumerate(_merged_terms(sources, name)):
        if not n % _CHECK_TERMS and cancelled():
            raise Cancelled
        docnums: Any = None
        for source, info in parts:
            ids, weights, values = source.renumbered(name, info)
            if not ids:
                continue
            if docnums is None:
                docnums, all_weights, all_values = ids, array("f", weights), values
            else:
                docnums.extend(ids)
                all_weights.extend(weights)
                all_values.extend(values)
        if docnums is None:
            continue
        if not started:
            fieldwriter.start_field(name, field)
            started = True
        if len(docnums) == 1:
            add_single_term(fieldwriter, tbytes, docnums[0], all_weights[0], all_values[0], lengths)
            continue
        fieldwriter.start_term(tbytes)
        add_term_postings(fieldwriter, docnums, all_weights, all_values, lengths)
        fieldwriter.finish_term()
    if started:
        fieldwriter.finish_field()


def _merged_terms(
    sources: list[_Source], name: str
) -> Iterator[tuple[bytes, list[tuple[_Source, Any]]]]:
    """Yield each term of a field in increasing order with the segments that hold it, in
    their order, each with the term's info there."""
    lexicons = [
        _numbered(n, leaf_terms(source.reader, name))
        for n, source in enumerate(sources)
        if name in source.reader.indexed_field_names()
    ]
    for tbytes, group in itertools.groupby(heapq.merge(*lexicons), key=_first):
        yield tbytes, [(sources[n], info) for _, n, info in group]


def _numbered(n: int, terms: Iterator[tuple[bytes, Any]]) -> Iterator[tuple[bytes, int, Any]]:
    """Yield a segment's terms with its number, which orders a term's segments (the term
    and the number are never the same twice: the infos are never compared)."""
    for tbytes, info in terms:
        yield tbytes, n, info


def _first(item: tuple[bytes, int, Any]) -> bytes:
    return item[0]
