"""Every read of Whoosh's internals on the search side, checked against one Whoosh version.

Search is fast because it reads some of Whoosh's structures at once instead of a value at
a time through its public API: a posting list's blocks of ids and weights, a segment's
column of field lengths, a column of variable-length values, and files read by position.
Those structures are private to Whoosh and may change in any release, so they are read
here only, and this module refuses to load with a Whoosh other than the one it was
written against. Everything else on the search side uses Whoosh's public API.
"""

from __future__ import annotations

import io
import os
import pickle
import struct
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Protocol

import numpy as np

from index.versions import require
from search.lru import Lru

require(
    "whoosh-reloaded",
    "2.7.5",
    "its search reads Whoosh's posting blocks, length and var-bytes columns and files",
)

from whoosh import collectors  # noqa: E402
from whoosh import query as wq  # noqa: E402
from whoosh.codec.whoosh3 import (  # noqa: E402
    LENGTHS_COLUMN,
    WHOOSH3_HEADER_MAGIC,
    W3PerDocReader,
    W3TermInfo,
    W3TermsReader,
    _lenfield,
)
from whoosh.columns import VarBytesColumn  # noqa: E402
from whoosh.fields import FieldType  # noqa: E402
from whoosh.filedb.filestore import FileStorage  # noqa: E402
from whoosh.filedb.structfile import BufferFile  # noqa: E402
from whoosh.matching.wrappers import FilterMatcher  # noqa: E402
from whoosh.scoring import BM25F  # noqa: E402
from whoosh.searching import Searcher  # noqa: E402
from whoosh.system import pack_ushort  # noqa: E402
from whoosh.util.numeric import byte_to_length  # noqa: E402

_EMPTY = np.empty(0, dtype=np.int64)
_NONE = np.empty(0, dtype=np.float64)


# -- posting lists ----------------------------------------------------------------

# A posting block starts with its length as a signed int (negative: the last block).
_BLOCK_LENGTH = struct.Struct("!i")
# A slot of an on-disk hash table (hash, position of the item) and the lengths before an
# item's key and value (whoosh.filedb.filetables).
_SLOT = struct.Struct("!Iq")
_ITEM_LENGTHS = struct.Struct("!ii")
# Enough bytes after an item's key to hold a term's info when its postings are not
# inlined (W3TermInfo: flags and statistics, then the offset and length of its postings).
_TERM_INFO_BYTES = W3TermInfo._struct.size + 12


def _terms_reader(reader: Any) -> W3TermsReader | None:
    """Return a segment's terms reader of codec whoosh3 (None: another kind of reader)."""
    terms = getattr(reader, "_terms", None)
    return terms if type(terms) is W3TermsReader else None


def _lookup(table: Any, key: bytes) -> bytes | None:
    """Return the value of a key in an on-disk hash table, None if it has none.

    HashReader.ranges_for_key() reads a slot, the item's lengths, its key and its value
    each with a read of its own; here the item is read at once (a term's info is small).
    """
    keyhash = table.hashfn(key)
    tablestart, numslots = table.tables[keyhash & 255]
    if not numslots:
        return None
    dbfile = table.dbfile
    end = tablestart + numslots * _SLOT.size
    slotpos = tablestart + ((keyhash >> 8) % numslots) * _SLOT.size
    for _ in range(numslots):
        slothash, itempos = _SLOT.unpack(dbfile.get(slotpos, _SLOT.size))
        if not itempos:
            return None
        if slothash == keyhash:
            head = dbfile.get(itempos, _ITEM_LENGTHS.size + len(key) + _TERM_INFO_BYTES)
            keylen, datalen = _ITEM_LENGTHS.unpack(head[: _ITEM_LENGTHS.size])
            keystart = _ITEM_LENGTHS.size
            if keylen == len(key) and head[keystart : keystart + keylen] == key:
                datastart = keystart + keylen
                value: bytes = head[datastart : datastart + datalen]
                if len(value) < datalen:
                    value = bytes(dbfile.get(itempos + datastart, datalen))
                return value
        slotpos += _SLOT.size
        if slotpos == end:
            slotpos = tablestart
    return None


# Decoded posting lists, process-wide: a segment's postings never change once written (a
# deletion is recorded beside them), so they are keyed by the segment's id and shared by
# every searcher and commit that reads the segment. Bounded by the bytes they hold: with
# the commit's memo (search.commit.MEMO_BUDGET) full too, a process searching 280,717
# articles stays under 400 MB (bench/cache_memory.py).
POSTINGS_BUDGET = 48 * 1024 * 1024
POSTINGS: Lru[tuple[np.ndarray, np.ndarray, tuple[bytes, ...] | None]] = Lru(POSTINGS_BUDGET)
# What a kept position value costs besides its bytes (a bytes object and a tuple slot).
_VALUE_OVERHEAD = 41


def leaf_postings(reader: Any, fieldname: str, text: Any) -> tuple[np.ndarray, np.ndarray]:
    """Return the document numbers and term frequencies of a term in one segment.

    Deleted documents are the caller's to leave out; the arrays are shared (read-only).
    A segment of codec whoosh3 is read with one look-up of the term and one read of its
    whole posting list, decoded block by block in memory (Whoosh's matcher reads each
    block's header with reads of a few bytes), and kept in POSTINGS; other segments are
    walked posting by posting.
    """
    found = _postings(reader, fieldname, text, values=False)
    if found is None:
        return _walked(reader, fieldname, text)
    return found[0], found[1]


def _postings(
    reader: Any, fieldname: str, text: Any, values: bool
) -> tuple[np.ndarray, np.ndarray, tuple[bytes, ...] | None] | None:
    """Return a term's ids, tfs and (if values) its postings' values in a segment of codec
    whoosh3, kept in POSTINGS; None for a segment of another codec."""
    terms = _terms_reader(reader)
    if terms is None:
        return None
    if not isinstance(text, bytes):
        text = reader._text_to_bytes(fieldname, text)
    segment = reader.segment().segment_id()
    key = (segment, fieldname, text)
    found = POSTINGS.get(key)
    if found is not None and (found[2] is not None or not values):
        return found
    recent = _recent_values().pop(key, None) if values and found is not None else None
    kept: tuple[bytes, ...] | None
    if found is not None and recent is not None and len(recent) == len(found[0]):
        # Read without values moments ago in this thread: their values, not a decoding.
        ids, tf, kept = found[0], found[1], recent
    else:
        vocabulary = _vocabulary(terms, segment, fieldname)
        if vocabulary is not None and text not in vocabulary:
            return _EMPTY, _NONE, ()  # not in the segment: nothing looked up, nothing kept
        remember = not values and getattr(_RECENT, "wanted", False)
        ids, tf, vals = _read_postings(terms, fieldname, text, values or remember)
        ids.flags.writeable = False
        tf.flags.writeable = False
        # A tuple, not a list: the garbage collector stops tracking a tuple of bytes (a
        # list it walks at every full collection).
        kept = tuple(vals) if values else None
        if remember and len(vals) == len(ids):
            _remember_values(key, tuple(vals))
    cost = ids.nbytes + tf.nbytes + 200
    if kept is not None:
        cost += sum(len(v) for v in kept) + _VALUE_OVERHEAD * len(kept)
    POSTINGS.put(key, (ids, tf, kept), cost)
    return ids, tf, kept


# The values of the posting lists a thread decoded last without keeping them (what ranking
# reads), while values_wanted(): a question's reranking asks for the positions of the same
# words in its top hits right after, which would decode the same lists again. Per thread,
# at most RECENT_VALUES values (a few MB), forgotten when full. Otherwise a list decoded
# without its values makes none (decode_postings_values).
RECENT_VALUES = 100_000
_RECENT = threading.local()


@contextmanager
def values_wanted(wanted: bool = True) -> Iterator[None]:
    """Within, keep the values of the posting lists this thread decodes at hand for it."""
    before = getattr(_RECENT, "wanted", False)
    _RECENT.wanted = wanted
    try:
        yield
    finally:
        _RECENT.wanted = before


def _recent_values() -> dict[tuple[str, str, bytes], tuple[bytes, ...]]:
    """Return this thread's recently decoded values by (segment, field, term)."""
    found: dict[tuple[str, str, bytes], tuple[bytes, ...]] | None = getattr(_RECENT, "values", None)
    if found is None:
        found = _RECENT.values = {}
        _RECENT.count = 0
    return found


def _remember_values(key: tuple[str, str, bytes], values: tuple[bytes, ...]) -> None:
    """Keep the values of a posting list just decoded for this thread's next steps."""
    recent = _recent_values()
    if _RECENT.count + len(values) > RECENT_VALUES:
        recent.clear()
        _RECENT.count = 0
    if len(values) <= RECENT_VALUES:
        recent[key] = values
        _RECENT.count += len(values)


def leaf_doc_frequency(reader: Any, fieldname: str, text: bytes) -> int:
    """Return how many documents of a segment hold a term (deleted ones too), as its
    doc_frequency() counts them: from its posting list if it is kept in POSTINGS, else from
    the term's info, looked up only if the field's terms (if small) have it."""
    terms = _terms_reader(reader)
    if terms is None:
        return int(reader.doc_frequency(fieldname, text))
    segment = reader.segment().segment_id()
    found = POSTINGS.get((segment, fieldname, text))
    if found is not None:
        return len(found[0])
    vocabulary = _vocabulary(terms, segment, fieldname)
    fieldnum = terms._fieldmap.get(fieldname)
    if fieldnum is None or (vocabulary is not None and text not in vocabulary):
        return 0
    raw = _lookup(terms._tindex, pack_ushort(fieldnum) + text)
    return 0 if raw is None else int(W3TermInfo.from_bytes(raw).doc_frequency())


# The terms of each segment's small fields (a headline archive's few English and other
# titles; a field with no text at all is told by its length), kept process-wide like
# POSTINGS: a query's word is looked for in every text field of every language group, and
# most of those look-ups, each a search of the segment's on-disk hash table, find nothing.
# A field's terms are kept if their part of the terms file is at most VOCABULARY_BYTES
# (read in one go); the answer "too large" is kept too.
VOCABULARY_BYTES = 256 * 1024
VOCABULARIES_BUDGET = 8 * 1024 * 1024
VOCABULARIES: Lru[tuple[frozenset[bytes] | None]] = Lru(VOCABULARIES_BUDGET)
# What a kept term costs besides its bytes (a bytes object and a set slot).
_TERM_OVERHEAD = 90


def _vocabulary(terms: W3TermsReader, segment: str, fieldname: str) -> frozenset[bytes] | None:
    """Return the terms of a small field of a segment of codec whoosh3 (None: too large)."""
    key = (segment, fieldname)
    found = VOCABULARIES.get(key)
    if found is None:
        made = _field_terms(terms, fieldname)
        cost = 200 + (sum(len(t) + _TERM_OVERHEAD for t in made) if made is not None else 0)
        found = (made,)
        VOCABULARIES.put(key, found, cost)
    return found[0]


def field_terms(reader: Any, fieldname: str) -> frozenset[bytes] | None:
    """Return a field's terms in one segment read at once (None: a field too large, or a
    segment of another codec)."""
    terms = _terms_reader(reader)
    return _field_terms(terms, fieldname) if terms is not None else None


def _field_terms(terms: W3TermsReader, fieldname: str) -> frozenset[bytes] | None:
    fieldnum = terms._fieldmap.get(fieldname)
    if fieldnum is None:
        return frozenset()
    # The hash file keeps its items ordered by key (the field's number, then the term):
    # a field's items lie between the first key of its number and the first of the next.
    table = terms._tindex
    start = table.closest_key_pos(pack_ushort(fieldnum))
    if start is None:
        return frozenset()
    end = table.closest_key_pos(pack_ushort(fieldnum + 1)) if fieldnum < 65535 else None
    if end is None:
        end = table.endofdata
    if end - start > VOCABULARY_BYTES:
        return None
    data = table.dbfile.get(start, end - start)
    out = []
    pos, prefix = 0, _ITEM_LENGTHS.size
    while pos < len(data):
        keylen, datalen = _ITEM_LENGTHS.unpack_from(data, pos)
        out.append(data[pos + prefix + 2 : pos + prefix + keylen])
        pos += prefix + keylen + datalen
    return frozenset(out)


def _read_postings(
    terms: W3TermsReader, fieldname: str, text: bytes, values: bool = True
) -> tuple[np.ndarray, np.ndarray, list[bytes]]:
    """Read and decode a term's whole posting list in a segment of codec whoosh3 (values:
    also its postings' values, else none)."""
    fieldnum = terms._fieldmap.get(fieldname)
    if fieldnum is None:
        return _EMPTY, _NONE, []
    raw = _lookup(terms._tindex, pack_ushort(fieldnum) + text)
    if raw is None:
        return _EMPTY, _NONE, []
    info = W3TermInfo.from_bytes(raw)
    if info.is_inlined():
        ids, weights, stored = info.inlined_postings()
        return (
            np.array(ids, dtype=np.int64),
            _weights(weights, len(ids)),
            list(stored) if stored is not None and values else [],
        )
    offset, length = info.extent()
    if isinstance(length, tuple):
        (length,) = length  # W3TermInfo.from_bytes leaves it unpacked
    return decode_postings_values(terms._postfile.get(offset, length), values)


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


def _walked(reader: Any, fieldname: str, text: Any) -> tuple[np.ndarray, np.ndarray]:
    """Return a term's postings in a segment walked through its matcher."""
    if (fieldname, text) not in reader:
        return _EMPTY, _NONE
    m = reader.postings(fieldname, text)
    if isinstance(m, FilterMatcher):
        m = m.child  # deletions left out by the caller
    ids, weights = [], []
    while m.is_active():
        ids.append(m.id())
        weights.append(m.weight())
        m.next()
    return np.array(ids, dtype=np.int64), np.array(weights, dtype=np.float64)


def leaf_positions(leaf: Any, fieldname: str, text: Any, wanted: list[int]) -> dict[int, list[int]]:
    """Return the token positions of a term in the wanted documents of one segment.

    wanted: local document numbers, sorted; deleted documents are the caller's to leave
    out. A segment of codec whoosh3 has its whole list decoded once and kept in POSTINGS
    (the next question with the word reads no file); otherwise only the posting blocks
    that may hold a wanted document are decoded (a block's highest id is in its header).
    """
    out: dict[int, list[int]] = {}
    if not wanted:
        return out
    fmt = leaf.schema[fieldname].format if fieldname in leaf.schema else None
    size = fmt.fixed_value_size() if fmt is not None else 0
    found = _postings(leaf, fieldname, text, values=True) if size is None or size < 0 else None
    if (
        fmt is not None
        and found is not None
        and found[2] is not None
        and len(found[2]) == len(found[0])
    ):
        # The whole list, decoded once and kept: each wanted document found by bisection.
        ids, values = found[0], found[2]
        if not len(ids):
            return out
        at = np.searchsorted(ids, wanted).tolist()
        decode = fmt.decode_positions
        for d, i in zip(wanted, at, strict=True):
            if i < len(ids) and ids[i] == d:
                out[d] = list(decode(values[i]))
        return out
    if (fieldname, text) not in leaf:
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
