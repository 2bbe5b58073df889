"""Read a segment's terms, posting lists and field lengths at once, for merging."""

from __future__ import annotations

import io
import itertools
import pickle
import zlib
from array import array
from collections.abc import Iterator
from typing import Any

from whoosh.codec.whoosh3 import (
    LENGTHS_COLUMN,
    WHOOSH3_HEADER_MAGIC,
    _lenfield,
)
from whoosh.compat import loads
from whoosh.util.numeric import length_to_byte

from index.whoosh_write.postings import BLOCK_LENGTH


def leaf_terms(reader: Any, fieldname: str) -> Iterator[tuple[bytes, Any]]:
    """Yield a field's terms in one segment in increasing order, each with its term info,
    read in one pass over the segment's terms table (no look-up per term)."""
    for (found, tbytes), info in reader._terms.items_from(fieldname, b""):
        if found != fieldname:
            return
        yield tbytes, info


def leaf_postings(reader: Any, fieldname: str, info: Any) -> tuple[Any, Any, list[bytes]]:
    """Return a term's postings in one segment, given its term info (deleted documents
    included): document numbers, weights and values (b"" where the format keeps none),
    the posting list read at once and its blocks decoded from memory, as W3LeafMatcher
    decodes them a posting at a time."""
    if info.is_inlined():
        inlined = info.inlined_postings()
        return array("I", inlined[0]), array("f", inlined[1]), [v or b"" for v in inlined[2]]
    offset, size = info.extent()
    if isinstance(size, tuple):  # W3TermInfo.from_bytes keeps the length as unpacked
        size = size[0]
    data = reader._terms._postfile.get(offset, size)
    if data[:4] != WHOOSH3_HEADER_MAGIC:
        raise ValueError(f"not a posting list: {data[:4]!r}")
    fixed = reader.schema[fieldname].format.fixed_value_size()
    buffer = io.BytesIO(data)
    ids = array("I")
    weights = array("f")
    values: list[bytes] = []
    pos = 4
    while True:
        (length,) = BLOCK_LENGTH.unpack_from(data, pos)
        end = pos + BLOCK_LENGTH.size + abs(length)
        buffer.seek(pos + BLOCK_LENGTH.size)
        count, _, _, compression, _, _ = pickle.load(buffer)
        block = data[buffer.tell() : end]
        block_ids, block_weights, block_values = loads(
            zlib.decompress(block) if compression else block
        )
        # Ids are kept as the differences between neighbours.
        ids.extend(itertools.accumulate(block_ids))
        if block_weights is None:
            weights.extend([1.0] * count)
        elif isinstance(block_weights, float):
            weights.extend([block_weights] * count)
        else:
            weights.extend(block_weights)
        if fixed is None or fixed < 0:
            values.extend(block_values)
        elif fixed == 0:
            values.extend([b""] * count)
        else:
            values.extend(block_values[i : i + fixed] for i in range(0, len(block_values), fixed))
        if length < 0:
            return ids, weights, values
        pos = end


def length_bytes(reader: Any, fieldname: str) -> bytes:
    """Return a segment's field lengths as Whoosh keeps them, a byte per document (0: no
    length), read at once from its length column."""
    count = reader.doc_count_all()
    perdoc = reader._perdoc
    column = perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
    if column is None:
        return bytes(count)
    if getattr(column, "_fixedlen", None) != 1:
        return bytes(length_to_byte(reader.doc_field_length(d, fieldname)) for d in range(count))
    found = min(column._count, count)
    return bytes(column._dbfile.get(column._basepos, found)) + bytes(count - found)
