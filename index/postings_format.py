"""Lay out a posting block's pickle so that its ids and weights are read without unpickling.

Whoosh's reader unpickles each block into (ids, weights, values): the ids as differences
between neighbours from 0, the weights as None (all 1), one float (all the same) or one
per posting, the values as its format keeps them. Any sequences do: in a block of
ARRAY_MIN postings or more the ids and the weights are arrays, pickled (protocol 3) as
their raw bytes in a fixed frame, so that the search side finds those bytes at known
places in the block and makes them numpy arrays at once, and unpickles the values (a
posting's positions) only where it wants them. A smaller block (most terms have one
posting) is the tuple Whoosh pickles, in protocol 3 (a value's bytes as they are, not a
call of _codecs.encode): the frame would cost more bytes than its postings. Whoosh
reads either as any other pickle.

POSTINGS_FORMAT is recorded with the index (index.store): an index of another format is
to be re-indexed. Format 1 was Whoosh's own pickle (protocol 2: a tuple of ints and one
of floats, a call of _codecs.encode per value) in blocks of 128 postings.
"""

from __future__ import annotations

import pickle
import struct
import sys
from array import array
from collections.abc import Sequence
from typing import Any

POSTINGS_FORMAT = 2
# Postings per block. Decoding a list costs some fixed work per block; a larger block
# costs Whoosh's own matchers more where they skip through a list (phrases).
BLOCK_POSTINGS = 512
# The fewest postings of a block whose ids and weights are arrays: in a smaller one the
# frame's names (some 50 bytes) cost more than unpickling a few numbers saves.
ARRAY_MIN = 16

# The frame of an array of 32-bit values: array._array_reconstructor(array.array,
# typecode, machine format, raw bytes) with the bytes' length as 4 bytes, little-endian.
# Machine formats (arraymodule.c): 6 unsigned 32-bit little-endian, 14 IEEE 754 float
# little-endian.
_IDS_HEAD = (
    b"\x80\x03"  # PROTO 3
    b"carray\n_array_reconstructor\nq\x00"  # GLOBAL, BINPUT 0
    b"(carray\narray\nq\x01"  # MARK, GLOBAL, BINPUT 1
    b"X\x01\x00\x00\x00I"  # BINUNICODE "I"
    b"K\x06"  # BININT1 6
    b"B"  # BINBYTES (length, then the bytes)
)
_WEIGHTS_HEAD = b"h\x00(h\x01X\x01\x00\x00\x00fK\x0eB"  # BINGET 0, MARK, BINGET 1, …
_ARRAY_END = b"tR"  # TUPLE, REDUCE
_NO_WEIGHTS = b"N"  # None: every weight 1
_ONE_WEIGHT = b"G"  # BINFLOAT (8 bytes, big-endian): every weight the same
_END = b"\x87."  # TUPLE3, STOP
_LENGTH = struct.Struct("<I")
_DOUBLE = struct.Struct(">d")
_FLOAT = struct.Struct("<f")
ONE = _FLOAT.pack(1.0)
_BIG_ENDIAN = sys.byteorder == "big"


def _raw(values: array[Any]) -> bytes:
    """Return an array's values as little-endian bytes."""
    if _BIG_ENDIAN:
        values = array(values.typecode, values)
        values.byteswap()
    return values.tobytes()


def raw_block(ids: Sequence[int], weights: float | Sequence[float] | None) -> tuple[bytes, bytes]:
    """Return a block's ids and weights as Whoosh unpickles them (weights None: all 1;
    one float: all that) as the bytes read_block() gives for them."""
    count = len(ids)
    if weights is None:
        raw_weights = ONE * count
    elif isinstance(weights, float):
        raw_weights = _FLOAT.pack(weights) * count
    else:
        raw_weights = _raw(array("f", weights))
    return _raw(array("I", ids)), raw_weights


def block_pickle(
    deltas: Sequence[int], weights: float | Sequence[float] | None, values: Any
) -> bytes:
    """Return the pickle of a block's (ids, weights, values) as Whoosh unpickles it, laid
    out for read_block(): deltas, the ids as differences between neighbours from 0;
    weights, None (all 1), one float or one per posting; values, as Whoosh's writer
    minifies them (a tuple of bytes, joined bytes, or None)."""
    if len(deltas) < ARRAY_MIN:
        if weights is not None and not isinstance(weights, float):
            weights = tuple(weights)
        return pickle.dumps((tuple(deltas), weights, values), 3)
    ids = _raw(array("I", deltas))
    parts = [_IDS_HEAD, _LENGTH.pack(len(ids)), ids, _ARRAY_END]
    if weights is None:
        parts.append(_NO_WEIGHTS)
    elif isinstance(weights, float):
        parts += [_ONE_WEIGHT, _DOUBLE.pack(weights)]
    else:
        raw = _raw(array("f", weights))
        parts += [_WEIGHTS_HEAD, _LENGTH.pack(len(raw)), raw, _ARRAY_END]
    # The values' own pickle without its protocol and stop: the memo slots it writes are
    # its own (it overwrites 0 and 1, used by then).
    parts += [pickle.dumps(values, 3)[2:-1], _END]
    return b"".join(parts)


_IDS_AT = len(_IDS_HEAD)
_WEIGHTS_AT = len(_WEIGHTS_HEAD)


def read_block(stored: bytes, count: int) -> tuple[bytes, bytes, int] | None:
    """Return a block's ids (differences from 0) and weights as little-endian bytes of
    32-bit unsigned ints and floats, and where its values start (for block_values());
    None for a block laid out otherwise (a small block, or Whoosh's own pickle)."""
    if not stored.startswith(_IDS_HEAD):
        return None
    (size,) = _LENGTH.unpack_from(stored, _IDS_AT)
    at = _IDS_AT + _LENGTH.size
    ids = stored[at : at + size]
    at += size + len(_ARRAY_END)
    kind = stored[at : at + 1]
    if kind == _NO_WEIGHTS:
        return ids, ONE * count, at + 1
    if kind == _ONE_WEIGHT:
        (weight,) = _DOUBLE.unpack_from(stored, at + 1)
        return ids, _FLOAT.pack(weight) * count, at + 1 + _DOUBLE.size
    if not stored.startswith(_WEIGHTS_HEAD, at):
        return None
    (size,) = _LENGTH.unpack_from(stored, at + _WEIGHTS_AT)
    at += _WEIGHTS_AT + _LENGTH.size
    return ids, stored[at : at + size], at + size + len(_ARRAY_END)


def block_values(stored: bytes, at: int) -> Any:
    """Return the values of a block laid out by block_pickle(), which start at `at`."""
    return pickle.loads(stored[:2] + stored[at : -len(_END)] + b".")
