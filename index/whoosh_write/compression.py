"""Compress posting blocks and stored fields fast, as Whoosh's reader decompresses them."""

from __future__ import annotations

from typing import Any

from isal import isal_zlib
from whoosh.columns import CompressedBytesColumn, PickleColumn

# What posting blocks and stored fields are compressed with: a zlib stream, as Whoosh's
# reader decompresses it (zlib.decompress), made by ISA-L's deflate at its default level,
# which takes a half to a third of zlib's time at Whoosh's level 3 for the same data
# (some 1-7 % more bytes: a posting block of 2 KB 11 µs against 26 µs, a headline's stored
# fields 11.5 µs against 25.6 µs).
FAST_LEVEL = isal_zlib.ISAL_DEFAULT_COMPRESSION
# Posting blocks whose pickle is shorter are written as they are (their block info says
# so, and Whoosh's reader reads either): deflate makes them no smaller (on the evaluation
# corpus, blocks under 32 bytes 8 bytes larger, from 32 to 63 the same) and costs more
# than the rest of their writing, and their reading.
RAW_BELOW = 64


def compress(data: bytes, level: int = FAST_LEVEL) -> bytes:
    """Compress a posting block or a document's stored fields into a zlib stream (FAST_LEVEL;
    Whoosh's writers pass their own level, which says only that a block is compressed)."""
    return isal_zlib.compress(data, FAST_LEVEL)


def fast_stored(perdoc: Any) -> None:
    """Have a new per-document writer compress each document's stored fields with
    compress() (Whoosh's column pickles them and compresses the pickle on its own)."""
    writer = perdoc._colwriters["_stored"]
    child: Any = getattr(writer, "_child", None)
    if type(writer) is not PickleColumn.Writer or type(child) is not CompressedBytesColumn.Writer:
        raise TypeError("fast_stored() takes a Whoosh per-document writer of W3's columns")
    child._compress = compress
