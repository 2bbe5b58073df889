"""Read a segment's columns at once: field lengths and variable-length values."""

from __future__ import annotations

from typing import Any

import numpy as np
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3PerDocReader, _lenfield
from whoosh.columns import VarBytesColumn
from whoosh.fields import FieldType
from whoosh.util.numeric import byte_to_length

# Whoosh keeps a field length in one byte (whoosh.util.numeric.length_to_byte).
_LENGTH_OF_BYTE = np.array([1] + [byte_to_length(b) for b in range(1, 256)], dtype=np.float64)


def leaf_lengths(leaf: Any, fieldname: str) -> np.ndarray:
    """Return a segment's field lengths, read at once from its length column if it can."""
    n = leaf.doc_count_all()
    perdoc = getattr(leaf, "_perdoc", None)
    col = None
    if isinstance(perdoc, W3PerDocReader):
        col = perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        if col is None:
            return np.ones(n, dtype=np.float64)
    if col is None or getattr(col, "_fixedlen", None) != 1:
        return np.array([leaf.doc_field_length(d, fieldname, 1) for d in range(n)], np.float64)
    # One byte per document, as many as were written; the rest have no length.
    count = min(col._count, n)
    raw = np.zeros(n, dtype=np.uint8)
    raw[:count] = np.frombuffer(col._dbfile.get(col._basepos, count), dtype=np.uint8)
    return _LENGTH_OF_BYTE[raw]


def column_translation(col: Any) -> Any:
    """Return the function a column reader turns a stored value into a field value with."""
    return getattr(col, "_translate", None)


def var_bytes(col: Any, n: int) -> list[bytes] | list[str] | None:
    """Read a variable-length bytes column of n documents at once; None if it is another kind.

    Whoosh reads such a column a value (a file read) at a time: some 0.25 s for the ids
    of a few hundred thousand articles, the first search of a new commit waiting on it.
    Values of a text column (translated by UTF-8 decoding) in plain ASCII come decoded,
    as str.
    """
    reader = col.raw_column() if hasattr(col, "raw_column") else col
    if not isinstance(reader, VarBytesColumn.Reader) or len(reader._lengths) < n:
        return None
    if not n:
        return []
    offsets, lengths = reader._offsets[:n], reader._lengths[:n]
    end = max(o + ln for o, ln in zip(offsets, lengths, strict=True))
    data = reader._dbfile.get(reader._basepos, end) if end else b""
    translate = column_translation(col)
    # Offsets in bytes are offsets in characters only when every byte is one character.
    if translate is not None and _decodes_utf8(translate) and data.isascii():
        text = data.decode("ascii")
        return [text[o : o + ln] for o, ln in zip(offsets, lengths, strict=True)]
    return [data[o : o + ln] for o, ln in zip(offsets, lengths, strict=True)]


def _decodes_utf8(translate: Any) -> bool:
    """Tell whether a column's translation is the text fields' UTF-8 decoding."""
    func = getattr(translate, "__func__", None)
    return func is FieldType.from_column_value and (
        type(translate.__self__).from_bytes is FieldType.from_bytes
    )
