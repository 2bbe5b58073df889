"""Write a term's postings as Whoosh's postings writer writes them, a block at a time."""

from __future__ import annotations

import itertools
import operator
import struct
from array import array
from collections.abc import Sequence
from typing import Any

from whoosh.codec.whoosh3 import (
    WHOOSH3_HEADER_MAGIC,
    W3PostingsWriter,
    W3TermInfo,
)
from whoosh.compat import dumps
from whoosh.system import pack_uint, pack_ushort
from whoosh.util.numeric import length_to_byte

from index.postings_format import BLOCK_POSTINGS, block_pickle
from index.whoosh_write.compression import RAW_BELOW, compress

# A posting block starts with its length as a signed int (negative: the last block).
BLOCK_LENGTH = struct.Struct("!i")


class _FastPostingsWriter(W3PostingsWriter):  # type: ignore[misc]
    """Whoosh's postings writer, its blocks of BLOCK_POSTINGS postings pickled as
    index.postings_format lays them out and compressed with compress(): the same block
    info (the compression level recorded is the writer's), the same (ids, weights,
    values) unpickled, in other bytes."""

    def _write_block(self, last: bool = False) -> None:
        """Write the buffered block: W3PostingsWriter._write_block with compress()."""
        postfile = self._postfile
        if not self._blockcount:
            postfile.write(WHOOSH3_HEADER_MAGIC)
        self._terminfo.add_block(self)
        ids = self._ids
        # The ids as the differences between neighbours (Whoosh's delta_encode).
        deltas = array("I", map(operator.sub, ids, itertools.chain((0,), ids)))
        data = block_pickle(deltas, self._mini_weights(), self._mini_values())
        level = self._compression
        if level and len(data) >= RAW_BELOW:
            data = compress(data)
        else:
            level = 0
        info = dumps(
            (
                len(ids),
                ids[-1],
                self._maxweight,
                level,
                length_to_byte(self._minlength),
                length_to_byte(self._maxlength),
            ),
            2,
        )
        size = len(info) + len(data)
        postfile.write(BLOCK_LENGTH.pack(-size if last else size) + info + data)
        self._blockcount += 1
        self._new_block()


def fast_postings(fieldwriter: Any) -> None:
    """Have a field writer's current postings writer write blocks of BLOCK_POSTINGS
    postings laid out by index.postings_format, compressed with compress()."""
    writer = fieldwriter._postwriter
    if type(writer) is W3PostingsWriter:
        writer.__class__ = _FastPostingsWriter
        writer._blocklimit = BLOCK_POSTINGS


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
    terms of a segment have one posting) and costs more than the rest of its writing;
    so is any block of a pickle under RAW_BELOW bytes. Each block says whether it is
    compressed, and Whoosh's reader reads either.
    """
    fast_postings(fieldwriter)
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


# A term info of postings not inlined: W3TermInfo's struct, then its extent (offset, length).
_SINGLE_TERMINFO = struct.Struct(W3TermInfo._struct.format + "qi")


# Weights a float32 keeps as they are (a posting's weight is a count of positions).
_EXACT_WEIGHTS = frozenset(float(n) for n in range(256))


def add_single_term(
    fieldwriter: Any,
    tbytes: bytes,
    docnum: int,
    weight: float,
    vbytes: bytes,
    lengths: array[int] | None,
) -> None:
    """Write a term found in one document: the bytes start_term(), add_term_postings()
    and finish_term() write for it (one uncompressed block, its term info), without the
    postings writer's per-block bookkeeping, which costs more than the writing (most
    terms of a segment are found in one document)."""
    postfile = fieldwriter._postwriter._postfile
    if weight not in _EXACT_WEIGHTS:
        weight = array("f", (weight,))[0]  # as the block's weights array keeps it
    maxweight = weight if weight > 0 else 0
    length = lengths[docnum] if lengths is not None and docnum < len(lengths) else 0
    fixed = fieldwriter._fieldobj.format.fixed_value_size()
    if fixed is None or fixed < 0:
        values: Any = (vbytes,) if vbytes else ()
    else:
        values = None if fixed == 0 else vbytes
    data = block_pickle((docnum,), None if weight == 1.0 else weight, values)
    lbyte = length_to_byte(length)  # 0 for no length, as for length_to_byte(None)
    info = dumps((1, docnum, maxweight, 0, lbyte, lbyte), 2)
    start = postfile.tell()
    size = len(info) + len(data)
    postfile.write(WHOOSH3_HEADER_MAGIC + BLOCK_LENGTH.pack(-size) + info + data)
    # W3TermInfo(weight, 1, length or None, length, maxweight, docnum, docnum) with its
    # extent, as its to_bytes() packs it.
    terminfo = _SINGLE_TERMINFO.pack(
        0, weight, 1, lbyte, lbyte, maxweight, docnum, docnum, start, 4 + BLOCK_LENGTH.size + size
    )
    fieldwriter._tindex.add(pack_ushort(fieldwriter._fieldid) + tbytes, terminfo)


def add_block_term(
    fieldwriter: Any,
    tbytes: bytes,
    docnums: array[int],
    weights: array[float],
    values: Sequence[bytes],
    lengths: array[int] | None,
) -> None:
    """Write a term found in 2 to BLOCK_POSTINGS documents: the bytes start_term(),
    add_term_postings() and finish_term() write for it (one block, compressed from
    RAW_BELOW bytes on, its term info), without the postings writer's per-term objects
    and bookkeeping."""
    writer = fieldwriter._postwriter
    fast_postings(fieldwriter)
    level = writer.__dict__.setdefault("_newsarchive_level", writer._compression)
    count = len(docnums)
    if not 1 < count <= writer._blocklimit:
        raise ValueError(f"a block term has 2 to {writer._blocklimit} postings, not {count}")
    if weights.typecode != "f":
        weights = array("f", weights)  # as the block's weights array keeps them
    maxweight = max(weights)
    if not maxweight > 0:
        maxweight = 0  # as the postings writer starts it
    minlength: int | None = None
    maxlength = 0
    if lengths is not None:
        size = len(lengths)
        found = [lengths[d] for d in docnums if d < size and lengths[d]]
        if found:
            minlength, maxlength = min(found), max(found)
    first = weights[0]
    mini_weights: Any = weights
    if first == 1.0 and weights.count(1.0) == count:
        mini_weights = None
    elif weights.count(first) == count:
        mini_weights = first
    fixed = fieldwriter._fieldobj.format.fixed_value_size()
    kept = [v for v in values if v]
    mini_values: Any = tuple(kept) if fixed is None or fixed < 0 else None
    if fixed is not None and fixed > 0:
        mini_values = b"".join(kept)
    # The ids as the differences between neighbours (Whoosh's delta_encode).
    deltas = array("I", map(operator.sub, docnums, itertools.chain((0,), docnums)))
    data = block_pickle(deltas, mini_weights, mini_values)
    if level and len(data) >= RAW_BELOW:
        data = compress(data)
    else:
        level = 0
    minbyte, maxbyte = length_to_byte(minlength), length_to_byte(maxlength)
    last = docnums[-1]
    info = dumps((count, last, maxweight, level, minbyte, maxbyte), 2)
    postfile = writer._postfile
    start = postfile.tell()
    size = len(info) + len(data)
    postfile.write(WHOOSH3_HEADER_MAGIC + BLOCK_LENGTH.pack(-size) + info + data)
    # W3TermInfo after add_block() with its extent, as its to_bytes() packs it.
    terminfo = _SINGLE_TERMINFO.pack(
        0,
        sum(weights),
        count,
        minbyte,
        maxbyte,
        maxweight,
        docnums[0],
        last,
        start,
        4 + BLOCK_LENGTH.size + size,
    )
    fieldwriter._tindex.add(pack_ushort(fieldwriter._fieldid) + tbytes, terminfo)


def encode_positions(deltas: list[int]) -> bytes:
    """Return what Whoosh's Positions format encodes of a posting's positions, given as
    the differences between neighbours (the first from 0): Positions.encode() without
    its loop over the positions."""
    encoded: bytes = pack_uint(len(deltas)) + dumps(deltas, 2)
    return encoded
