"""Every read of Whoosh's internals on the search side, checked against one Whoosh version.

Search is fast because it reads some of Whoosh's structures at once instead of a value at
a time through its public API: a posting list's blocks of ids and weights, a segment's
column of field lengths, a column of variable-length values, and files read by position.
Those structures are private to Whoosh and may change in any release, so they are read
here only, and this module refuses to load with a Whoosh other than the one it was
written against. Everything else on the search side uses Whoosh's public API.
"""

from __future__ import annotations

import os
import threading
from typing import Any, Protocol

import numpy as np

from index.versions import require

require(
    "whoosh-reloaded",
    "2.7.5",
    "its search reads Whoosh's posting blocks, length and var-bytes columns and files",
)

from whoosh import collectors  # noqa: E402
from whoosh import query as wq  # noqa: E402
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3PerDocReader, _lenfield  # noqa: E402
from whoosh.columns import VarBytesColumn  # noqa: E402
from whoosh.fields import FieldType  # noqa: E402
from whoosh.filedb.filestore import FileStorage  # noqa: E402
from whoosh.filedb.structfile import BufferFile  # noqa: E402
from whoosh.matching.wrappers import FilterMatcher  # noqa: E402
from whoosh.scoring import BM25F  # noqa: E402
from whoosh.searching import Searcher  # noqa: E402
from whoosh.util.numeric import byte_to_length  # noqa: E402

_EMPTY = np.empty(0, dtype=np.int64)
_NONE = np.empty(0, dtype=np.float64)


# -- posting lists ----------------------------------------------------------------


def leaf_postings(reader: Any, fieldname: str, text: Any) -> tuple[np.ndarray, np.ndarray]:
    """Return the document numbers and term frequencies of a term in one segment."""
    if (fieldname, text) not in reader:
        return _EMPTY, _NONE
    m = reader.postings(fieldname, text)
    if isinstance(m, FilterMatcher):
        m = m.child  # deletions left out by the caller, a block at a time
    # Whoosh's own segment matchers (codec whoosh3) hold a block's ids and weights at
    # once; other matchers are walked one by one.
    if not hasattr(m, "_read_ids") or not hasattr(m, "_lastblock"):
        ids, weights = [], []
        while m.is_active():
            ids.append(m.id())
            weights.append(m.weight())
            m.next()
        return np.array(ids, dtype=np.int64), np.array(weights, dtype=np.float64)
    ids_blocks, weight_blocks = [], []
    while True:
        m._read_ids()
        m._read_weights()
        ids_blocks.append(np.asarray(m._ids, dtype=np.int64))
        weight_blocks.append(np.asarray(m._weights, dtype=np.float64))
        if m._lastblock:
            break
        m._next_block()
    return np.concatenate(ids_blocks), np.concatenate(weight_blocks)


def leaf_positions(leaf: Any, fieldname: str, text: Any, wanted: list[int]) -> dict[int, list[int]]:
    """Return the token positions of a term in the wanted documents of one segment.

    wanted: local document numbers, sorted. Only the posting blocks that may hold one of
    them are decoded (a block's highest id is in its header); deleted documents are the
    caller's to leave out.
    """
    out: dict[int, list[int]] = {}
    if not wanted or (fieldname, text) not in leaf:
        return out
    m = leaf.postings(fieldname, text)
    if isinstance(m, FilterMatcher):
        m = m.child
    if not hasattr(m, "_read_ids") or not hasattr(m, "_maxid"):
        for d in wanted:
            if not m.is_active():
                break
            if m.id() < d:
                m.skip_to(d)
            if m.is_active() and m.id() == d:
                out[d] = list(m.value_as("positions"))
        return out
    decode = m.format.decode_positions
    at = 0
    while at < len(wanted):
        if m._maxid >= wanted[at]:
            m._read_ids()
            m._read_values()
            ids, values = m._ids, m._values
            i = 0
            while at < len(wanted) and wanted[at] <= m._maxid:
                d = wanted[at]
                while i < len(ids) and ids[i] < d:
                    i += 1
                if i < len(ids) and ids[i] == d:
                    out[d] = list(decode(values[i]))
                at += 1
        if m._lastblock:
            break
        m._next_block()
    return out


def field_b(weighting: BM25F, fieldname: str) -> float:
    """Return the length normalization BM25F uses for a field (its own B, else the default)."""
    b: float = weighting._field_B.get(fieldname, weighting.B)
    return b


def or_matcher(q: wq.Or, leaf: Any) -> str | None:
    """Name the matcher Whoosh's Or builds in a segment: "union" (a tree of unions) or
    "array" (the preloaded ArrayUnionMatcher); None for one not copied (scale, others).

    Whoosh decides by its own thresholds (Or._matcher); the same decision is made here.
    """
    if q.scale or q.matcher_type not in (wq.Or.AUTO_MATCHER, wq.Or.DEFAULT_MATCHER):
        return None
    subs = len(q.subqueries)
    if (
        q.matcher_type == wq.Or.DEFAULT_MATCHER
        or subs == 2
        or (subs < wq.Or.TOO_MANY_CLAUSES and leaf.doc_count_all() > 5000)
    ):
        return "union"
    return "array"


class MatchingCollector(collectors.TopCollector):
    """Keep the top N by score, and the set of every matching document on the way.

    Whoosh's top collector forgets the documents outside the top N and would search
    again to list them; facets, the timeline and the count of copies need them all.
    """

    def __init__(self, limit: int) -> None:
        super().__init__(limit=limit, usequality=False)
        self.docset: set[int] = set()

    def prepare(self, top_searcher: Searcher, q: wq.Query, context: Any) -> None:
        super().prepare(top_searcher, q, context)
        self.docset = set()

    def _collect(self, global_docnum: int, score: float) -> float:
        self.docset.add(global_docnum)
        return float(super()._collect(global_docnum, score))

    def all_ids(self) -> set[int]:
        return self.docset

    def count(self) -> int:
        return len(self.docset)


# -- columns ----------------------------------------------------------------------

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


# -- files read by position -------------------------------------------------------

# The stored fields of a segment: large, and read only for the hits shown.
STORED = "._stored.col"


class Source(Protocol):
    """Where a file's bytes come from: read length bytes at an offset."""

    def read_at(self, offset: int, length: int) -> bytes: ...


class Memory:
    """Bytes read once, read from like a descriptor."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def read_at(self, offset: int, length: int) -> bytes:
        return self.data[offset : offset + length]


class _PositionedReader:
    """A read-only file-like window on a source whose position is per thread."""

    def __init__(self, source: Source, offset: int, length: int) -> None:
        self.source = source
        self.offset = offset
        self.length = length
        self.local = threading.local()

    def tell(self) -> int:
        return int(getattr(self.local, "pos", 0))

    def seek(self, pos: int, whence: int = os.SEEK_SET) -> int:
        if whence == os.SEEK_CUR:
            pos += self.tell()
        elif whence == os.SEEK_END:
            pos += self.length
        self.local.pos = pos
        return pos

    def pread(self, length: int, pos: int) -> bytes:
        length = max(0, min(length, self.length - pos))
        return self.source.read_at(self.offset + pos, length) if length else b""

    def read(self, length: int = -1) -> bytes:
        pos = self.tell()
        if length is None or length < 0:
            length = self.length - pos
        data = self.pread(length, pos)
        self.local.pos = pos + len(data)
        return data

    def readline(self) -> bytes:
        # pickle.load wants it, though Whoosh's pickles never need it.
        raise NotImplementedError

    def close(self) -> None:
        """Leave the source open: a descriptor's finalizer closes it once unused."""


class PositionedFile(BufferFile):
    """A Whoosh structured file over part of a source: reads copy only what they read.

    BufferFile's own __init__ would take the whole file as a buffer; only the attributes
    Whoosh's StructFile reads are set.
    """

    def __init__(self, source: Source, offset: int, length: int, name: str | None = None) -> None:
        self.source = source
        self.offset = offset
        self.length = length
        self._name = name
        self.file = _PositionedReader(source, offset, length)
        self.onclose = None
        self.is_real = False
        self.is_closed = False

    def subset(self, position: int, length: int, name: str | None = None) -> PositionedFile:
        """Return a window on part of this file, sharing the source."""
        if name and name.endswith(".col") and not name.endswith(STORED):
            # Columns (field lengths for scoring, ids, dates, sources) are small and read
            # value by value, often all of them: one read, kept for all threads.
            memory = Memory(self.source.read_at(self.offset + position, length))
            return PositionedFile(memory, 0, length, name)
        return PositionedFile(self.source, self.offset + position, length, name or self._name)

    def get(self, position: int, length: int) -> bytes:
        """Read length bytes at position, without moving anyone's file position."""
        return self.file.pread(length, position)

    def close(self) -> None:
        """Mark this window closed; the source closes when nothing uses it."""
        self.is_closed = True


def storage_path(storage: FileStorage, name: str) -> str:
    """Return the path of a file in a folder storage."""
    return str(storage._fpath(name))
