"""Whoosh's own postings writer fed a term's postings a block at a time: the reference
the project's term writers (index.whoosh_write.add_term, add_single_term) are checked
against, byte for byte."""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from typing import Any


def add_term_postings(
    fieldwriter: Any,
    docnums: array[int],
    weights: Sequence[float],
    values: Sequence[bytes],
    lengths: array[int] | None,
) -> None:
    """Buffer a term's postings in Whoosh's postings writer a block at a time, with the
    block statistics its add_posting() keeps posting by posting (and writes the same).

    `lengths` holds each document's (byte-quantized) length in the field, as Whoosh
    reads it back from the length column.

    A block of one posting is written uncompressed: zlib makes it no smaller (the most
    terms of a segment have one posting) and costs more than the rest of its writing.
    Each block says whether it is compressed, and Whoosh's reader reads either.
    """
    writer = fieldwriter._postwriter
    level = writer.__dict__.setdefault("_newsarchive_level", writer._compression)
    writer._compression = 0 if len(docnums) == 1 else level
    limit = writer._blocklimit
    size = len(lengths) if lengths is not None else 0
    for start in range(0, len(docnums), limit):
        if start:
            writer._write_block()  # add_posting writes a full block before the next posting
        ids = docnums[start : start + limit]
        block_weights = weights[start : start + limit]
        writer._ids.extend(ids)
        writer._weights.extend(block_weights)
        writer._values.extend([v for v in values[start : start + limit] if v])
        top = max(block_weights)
        if top > writer._maxweight:
            writer._maxweight = top
        if size:
            assert lengths is not None
            found = [lengths[d] for d in ids if d < size and lengths[d]]
            if found:
                low, high = min(found), max(found)
                if writer._minlength is None or low < writer._minlength:
                    writer._minlength = low
                if high > writer._maxlength:
                    writer._maxlength = high
