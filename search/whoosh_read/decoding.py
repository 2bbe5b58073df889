"""Decode a posting list of codec whoosh3 from its bytes, all blocks at once."""

from __future__ import annotations

import io
import pickle
import struct
from typing import Any

import numpy as np
from isal import isal_zlib
from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC

from index.postings_format import block_values as block_values_at
from index.postings_format import raw_block, read_block

# A posting block starts with its length as a signed int (negative: the last block).
_BLOCK_LENGTH = struct.Struct("!i")
# A block is a zlib stream: ISA-L inflates it some 1.5 times faster than zlib, to the
# same bytes (the most of a posting list's decoding).
_inflate = isal_zlib.decompress


def decode_postings(data: bytes) -> tuple[np.ndarray, np.ndarray]:
    """Decode a whole posting list of codec whoosh3 (W3LeafMatcher's blocks) at once."""
    ids, weights, _values = decode_postings_values(data, values=False)
    return ids, weights


# A block of Whoosh's own pickle (its writer's, and format 1 of index.postings_format)
# has its values pickled (protocol 2) as calls of _codecs.encode(text, "latin1"), one per
# posting, the function named once per block, after the ids and weights. Where
# they are not wanted, the block's pickle is cut before that name
# (_bare_block); a block that cannot be cut so names a function that makes nothing
# instead (operator.is_): the ids and weights come out the same either way.
_VALUE_MAKER = b"c_codecs\nencode\n"
_NO_VALUE = b"coperator\nis_\n"
# What ends a pickle cut where its values start: None for them, then the outer tuple. A
# tuple of 4 or more values starts with a MARK, which None and TUPLE close first.
_CUT_END = b"N\x87."
_CUT_END_MARKED = b"Nt\x87."


def decode_postings_values(
    data: bytes, values: bool = True
) -> tuple[np.ndarray, np.ndarray, list[bytes]]:
    """Decode a whole posting list of codec whoosh3: ids, weights, and (if values) each
    posting's value as stored (for a field with positions: its encoded positions)."""
    if data[:4] != WHOOSH3_HEADER_MAGIC:
        raise ValueError(f"not a posting list: {data[:4]!r}")
    buffer = io.BytesIO(data)
    # Every block's ids and weights put end to end as raw bytes and made arrays at once:
    # numpy's calls per block cost as much as their decoding.
    id_parts: list[bytes] = []
    weight_parts: list[bytes] = []
    sizes: list[int] = []
    found: list[bytes] = []
    pos = 4
    while True:
        (length,) = _BLOCK_LENGTH.unpack_from(data, pos)
        nextpos = pos + _BLOCK_LENGTH.size + abs(length)
        buffer.seek(pos + _BLOCK_LENGTH.size)
        count, _maxid, _maxweight, compression, _minlen, _maxlen = pickle.load(buffer)
        block = data[buffer.tell() : nextpos]
        stored = _inflate(block) if compression else block
        laid = read_block(stored, count)
        if laid is not None:
            # Laid out by this project's writer (index.postings_format): bytes at known
            # places, the values unpickled only if wanted.
            ids, weights, at = laid
            block_values = block_values_at(stored, at) if values else None
        else:
            ids, weights, block_values = _whooshs_block(stored, count, values)
        id_parts.append(ids)
        weight_parts.append(weights)
        sizes.append(count)
        if values and isinstance(block_values, (list, tuple)):
            found.extend(block_values)
        if length < 0:
            break
        pos = nextpos
    deltas = np.frombuffer(b"".join(id_parts), dtype="<u4")
    weights_read = np.frombuffer(b"".join(weight_parts), dtype="<f4")
    return _block_sums(deltas, sizes), weights_read.astype(np.float64), found


def _whooshs_block(stored: bytes, count: int, values: bool) -> tuple[bytes, bytes, Any]:
    """Decode a block of Whoosh's own pickle (protocol 2): its ids and weights as
    read_block() gives them, and its values if wanted (else None)."""
    if values:
        ids, weights, block_values = pickle.loads(stored)
    else:
        ids, weights = _bare_block(stored, count)
        block_values = None
    raw_ids, raw_weights = raw_block(ids, weights)
    return raw_ids, raw_weights, block_values


def _block_sums(deltas: np.ndarray, sizes: list[int]) -> np.ndarray:
    """Return the ids of blocks of the given sizes, each stored as the differences
    between neighbours from 0 (delta_encode): each block's running sum."""
    ids = np.cumsum(deltas, dtype=np.int64)
    if len(sizes) > 1:
        # The sum up to each block's start taken off its ids (exact: integers).
        ends = np.cumsum(sizes)
        before = np.concatenate(([0], ids[ends[:-1] - 1]))
        ids -= np.repeat(before, sizes)
    return ids


def _bare_block(stored: bytes, count: int) -> tuple[Any, Any]:
    """Return a block's ids and weights as pickled, its values not unpickled where they
    can be cut off (most of a block with positions)."""
    at = stored.find(_VALUE_MAKER)
    if at < 0:
        ids, weights, _values = pickle.loads(stored)  # no values to cut (None)
        return ids, weights
    # The name can only start the values: ids and weights pickle as ints and floats, whose
    # opcodes (K, M, J, G) are not among its letters and come at least every 9 bytes.
    try:
        ids, weights, _values = pickle.loads(
            stored[:at] + (_CUT_END_MARKED if count >= 4 else _CUT_END)
        )
        if len(ids) == count:
            return ids, weights
    except (pickle.UnpicklingError, EOFError, IndexError, ValueError):
        pass  # not cut where a tuple of values starts
    # Values made otherwise (one joined value): unpickled as nothing.
    ids, weights, _values = pickle.loads(stored.replace(_VALUE_MAKER, _NO_VALUE, 1))
    return ids, weights


def _weights(stored: Any, count: int) -> np.ndarray:
    """Return a block's weights as W3LeafMatcher gives them (None: all 1; one: all that)."""
    if stored is None:
        return np.ones(count, dtype=np.float64)
    if isinstance(stored, float):
        # The matcher fills an array of 32-bit floats with it.
        return np.full(count, np.float32(stored), dtype=np.float64)
    return np.array(stored, dtype=np.float64)
