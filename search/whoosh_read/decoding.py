"""Decode a posting list of codec whoosh3 from its bytes, all blocks at once."""

from __future__ import annotations

import io
import pickle
import struct
import zlib
from typing import Any

import numpy as np
from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC

# A posting block starts with its length as a signed int (negative: the last block).
_BLOCK_LENGTH = struct.Struct("!i")


def decode_postings(data: bytes) -> tuple[np.ndarray, np.ndarray]:
    """Decode a whole posting list of codec whoosh3 (W3LeafMatcher's blocks) at once."""
    ids, weights, _values = decode_postings_values(data, values=False)
    return ids, weights


# A block's values are pickled (protocol 2) as calls of _codecs.encode(text, "latin1"),
# one per posting, the function named once per block. Where they are not wanted, the
# pickle names a function that makes nothing instead (operator.is_): the ids and weights
# come out the same, at half the unpickling.
_VALUE_MAKER = b"c_codecs\nencode\n"
_NO_VALUE = b"coperator\nis_\n"


def decode_postings_values(
    data: bytes, values: bool = True
) -> tuple[np.ndarray, np.ndarray, list[bytes]]:
    """Decode a whole posting list of codec whoosh3: ids, weights, and (if values) each
    posting's value as stored (for a field with positions: its encoded positions)."""
    if data[:4] != WHOOSH3_HEADER_MAGIC:
        raise ValueError(f"not a posting list: {data[:4]!r}")
    buffer = io.BytesIO(data)
    ids_blocks, weight_blocks = [], []
    found: list[bytes] = []
    pos = 4
    while True:
        (length,) = _BLOCK_LENGTH.unpack_from(data, pos)
        nextpos = pos + _BLOCK_LENGTH.size + abs(length)
        buffer.seek(pos + _BLOCK_LENGTH.size)
        count, _maxid, _maxweight, compression, _minlen, _maxlen = pickle.load(buffer)
        block = data[buffer.tell() : nextpos]
        stored = zlib.decompress(block) if compression else block
        if not values:
            # The first occurrence: the function's name comes before any value.
            stored = stored.replace(_VALUE_MAKER, _NO_VALUE, 1)
        ids, weights, block_values = pickle.loads(stored)
        # Ids are stored as the differences between neighbours (delta_encode).
        ids_blocks.append(np.cumsum(np.array(ids, dtype=np.int64)))
        weight_blocks.append(_weights(weights, count))
        if values and isinstance(block_values, (list, tuple)):
            found.extend(block_values)
        if length < 0:
            break
        pos = nextpos
    if len(ids_blocks) == 1:
        return ids_blocks[0], weight_blocks[0], found
    return np.concatenate(ids_blocks), np.concatenate(weight_blocks), found


def _weights(stored: Any, count: int) -> np.ndarray:
    """Return a block's weights as W3LeafMatcher gives them (None: all 1; one: all that)."""
    if stored is None:
        return np.ones(count, dtype=np.float64)
    if isinstance(stored, float):
        # The matcher fills an array of 32-bit floats with it.
        return np.full(count, np.float32(stored), dtype=np.float64)
    return np.array(stored, dtype=np.float64)
