"""Write Whoosh indexes through its internals: the one place of index/ that touches them.

Everything on the index side that uses a private name of Whoosh is here: the name of the
index, the table of segments (read, written, its file), the writer's commit of that table
and its temporary files, the postings writer's block buffers, and for merging the reads
of a segment's posting blocks and length columns. The rest of index/ uses Whoosh's
public API and these functions. The internals are those of one release, checked at
import.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import itertools
import operator
import os
import pickle
import struct
import zlib
from array import array
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from isal import isal_zlib

from index.postings_format import BLOCK_POSTINGS, block_pickle
from index.versions import require

WHOOSH = "whoosh-reloaded"
WHOOSH_VERSION = "2.7.5"
require(WHOOSH, WHOOSH_VERSION, "it writes index files with Whoosh's internals")

from whoosh import index as _whoosh_index  # noqa: E402
from whoosh.codec.whoosh3 import (  # noqa: E402
    LENGTHS_COLUMN,
    WHOOSH3_HEADER_MAGIC,
    W3PostingsWriter,
    W3TermInfo,
    _lenfield,
)
from whoosh.columns import CompressedBytesColumn, PickleColumn  # noqa: E402
from whoosh.compat import dumps, loads  # noqa: E402
from whoosh.filedb import filetables  # noqa: E402
from whoosh.filedb.filestore import FileStorage  # noqa: E402
from whoosh.index import TOC, clean_files  # noqa: E402
from whoosh.system import pack_uint, pack_ushort  # noqa: E402
from whoosh.util.numeric import length_to_byte  # noqa: E402
from whoosh.writing import SegmentWriter  # noqa: E402

# A posting block starts with its length as a signed int (negative: the last block).
_BLOCK_LENGTH = struct.Struct("!i")
# What posting blocks and stored fields are compressed with: a zlib stream, as Whoosh's
# reader decompresses it (zlib.decompress), made by ISA-L's deflate at its default level,
# which takes a half to a third of zlib's time at Whoosh's level 3 for the same data
# (some 1-7 % more bytes: a posting block of 2 KB 11 µs against 26 µs, a headline's stored
# fields 11.5 µs against 25.6 µs).
FAST_LEVEL = isal_zlib.ISAL_DEFAULT_COMPRESSION

# A segment of an index (whoosh.codec.base.Segment).
Segment = Any

# The name of every index this project writes (Whoosh's default): its files start with it.
INDEX_NAME: str = _whoosh_index._DEF_INDEX_NAME


def toc_file(folder: str | os.PathLike[str], indexname: str, generation: int) -> Path:
    """Return the path of the table of segments of an index generation."""
    return Path(folder) / f"_{indexname}_{generation}.toc"


def latest_toc(folder: str | os.PathLike[str]) -> Path | None:
    """Return the newest table of segments in an index folder, None if there is none."""
    pattern = TOC._pattern(INDEX_NAME)
    generations = [int(m.group(1)) for name in os.listdir(folder) if (m := pattern.match(name))]
    return toc_file(folder, INDEX_NAME, max(generations)) if generations else None


def check_toc(folder: str | os.PathLike[str]) -> None:
    """Read the newest table of segments of an index folder; raise what reading it raises,
    having closed its file (Whoosh leaves it open when the table is damaged)."""
    files: list[Any] = []
    try:
        TOC.read(TrackedStorage(FileStorage(str(folder)), files), INDEX_NAME)
    finally:
        for f in files:
            with contextlib.suppress(Exception):
                f.close()


def read_toc(ix: Any) -> Any:
    """Read an index's current table of segments (schema, segments, generation)."""
    return ix._read_toc()


def segments(ix: Any) -> list[Segment]:
    """Return the segments of an index's current table of segments."""
    return list(read_toc(ix).segments)


def create_toc(storage: Any, schema: Any) -> None:
    """Write the first table of segments (none) of a new index into a storage."""
    TOC.create(storage, schema, INDEX_NAME)


def write_toc(
    storage: Any, indexname: str, schema: Any, segments: list[Segment], generation: int
) -> None:
    """Write a table of segments of a new generation (atomically: renamed into place)."""
    TOC(schema, segments, generation).write(storage, indexname)


def remove_unused_files(
    storage: Any, indexname: str, generation: int, segments: list[Segment]
) -> None:
    """Remove older tables of segments and the files of segments the table does not name."""
    clean_files(storage, indexname, generation, segments)


class TrackedStorage:
    """A view of a Whoosh storage that keeps the files it creates or opens, so that a
    writer failing half-way (a full disk) can close them all."""

    def __init__(self, storage: Any, files: list[Any]) -> None:
        self._storage = storage
        self._files = files

    def __getattr__(self, name: str) -> Any:
        return getattr(self._storage, name)

    def __iter__(self) -> Iterator[str]:
        return iter(self._storage)

    def create_file(self, *args: Any, **kwargs: Any) -> Any:
        """Create a file, and keep it."""
        f = self._storage.create_file(*args, **kwargs)
        self._files.append(f)
        return f

    def open_file(self, *args: Any, **kwargs: Any) -> Any:
        """Open a file, and keep it."""
        f = self._storage.open_file(*args, **kwargs)
        self._files.append(f)
        return f

    def temp_storage(self, *args: Any, **kwargs: Any) -> Any:
        """Return a temporary storage whose files are kept too."""
        return TrackedStorage(self._storage.temp_storage(*args, **kwargs), self._files)


class _TrackedIndex:
    """A view of an index whose storage keeps the files a writer creates."""

    def __init__(self, ix: Any, files: list[Any]) -> None:
        self._ix = ix
        self.storage = TrackedStorage(ix.storage, files)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._ix, name)


class Writer(SegmentWriter):  # type: ignore[misc]
    """Whoosh's segment writer, with hooks around the writing of the table of segments
    and a cleanup after a failure that leaves no file open and no segment half-written."""

    def __init__(self, ix: Any, **kwargs: Any) -> None:
        self.opened_files: list[Any] = []
        try:
            super().__init__(_TrackedIndex(ix, self.opened_files), **kwargs)
        except BaseException:
            self.abort()  # its first files may fail to be written (a full disk)
            raise

    @property
    def folder(self) -> str:
        """Return the folder of the index being written."""
        return str(self.storage.folder)

    def before_toc(self, added: list[Segment], dropped: list[Segment]) -> None:
        """Run before the new table of segments is written: it adds and drops these."""

    def after_toc(self, generation: int) -> None:
        """Run once the new table of segments (of this generation) is in place."""

    def _commit_toc(self, segments: list[Segment]) -> None:
        old = {s.segment_id() for s in self.segments}
        new = {s.segment_id() for s in segments}
        added = [s for s in segments if s.segment_id() not in old]
        dropped = [s for s in self.segments if s.segment_id() not in new]
        self.before_toc(added, dropped)
        super()._commit_toc(segments)
        self.after_toc(self.generation)

    def abort(self) -> None:
        """Give up after a failure: close every file, release the lock, and remove the
        files of the new segment unless a table of segments names it already."""
        for f in self.opened_files:
            with contextlib.suppress(Exception):
                f.close()
        tempstorage = getattr(self, "_tempstorage", None)
        if tempstorage is not None:
            with contextlib.suppress(Exception):
                tempstorage.destroy()
        lock = getattr(self, "writelock", None)
        if lock is not None and getattr(lock, "fd", None) is not None:
            with contextlib.suppress(Exception):
                lock.release()
        self.is_closed = True
        segment = getattr(self, "newsegment", None)
        folder = getattr(getattr(self, "storage", None), "folder", None)
        if segment is None or folder is None:
            return
        if toc_file(folder, self.indexname, self.generation).exists():
            return  # committed: the failure came after
        prefix = f"{segment.segment_id()}."
        for name in os.listdir(folder):
            if name.startswith(prefix):
                with contextlib.suppress(OSError):
                    os.remove(os.path.join(folder, name))

    def cancel_safely(self) -> None:
        """Cancel after a failure: Whoosh's cancel stops at the first file that fails to
        close, so whatever it leaves is cleaned up too."""
        try:
            if not self.is_closed:
                self.cancel()
        except Exception:  # noqa: BLE001 - as the failure that got us here (a full disk)
            pass
        self.abort()


def compress(data: bytes, level: int = FAST_LEVEL) -> bytes:
    """Compress a posting block or a document's stored fields into a zlib stream (FAST_LEVEL;
    Whoosh's writers pass their own level, which says only that a block is compressed)."""
    return isal_zlib.compress(data, FAST_LEVEL)


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
        if level:
            data = compress(data)
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
        postfile.write(_BLOCK_LENGTH.pack(-size if last else size) + info + data)
        self._blockcount += 1
        self._new_block()


def fast_postings(fieldwriter: Any) -> None:
    """Have a field writer's current postings writer write blocks of BLOCK_POSTINGS
    postings laid out by index.postings_format, compressed with compress()."""
    writer = fieldwriter._postwriter
    if type(writer) is W3PostingsWriter:
        writer.__class__ = _FastPostingsWriter
        writer._blocklimit = BLOCK_POSTINGS


def fast_stored(perdoc: Any) -> None:
    """Have a new per-document writer compress each document's stored fields with
    compress() (Whoosh's column pickles them and compresses the pickle on its own)."""
    writer = perdoc._colwriters["_stored"]
    child: Any = getattr(writer, "_child", None)
    if type(writer) is not PickleColumn.Writer or type(child) is not CompressedBytesColumn.Writer:
        raise TypeError("fast_stored() takes a Whoosh per-document writer of W3's columns")
    child._compress = compress


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
    postfile.write(WHOOSH3_HEADER_MAGIC + _BLOCK_LENGTH.pack(-size) + info + data)
    # W3TermInfo(weight, 1, length or None, length, maxweight, docnum, docnum) with its
    # extent, as its to_bytes() packs it.
    terminfo = _SINGLE_TERMINFO.pack(
        0, weight, 1, lbyte, lbyte, maxweight, docnum, docnum, start, 4 + _BLOCK_LENGTH.size + size
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
    add_term_postings() and finish_term() write for it (one compressed block, its term
    info), without the postings writer's per-term objects and bookkeeping."""
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
    if level:
        data = compress(data)
    minbyte, maxbyte = length_to_byte(minlength), length_to_byte(maxlength)
    last = docnums[-1]
    info = dumps((count, last, maxweight, level, minbyte, maxbyte), 2)
    postfile = writer._postfile
    start = postfile.tell()
    size = len(info) + len(data)
    postfile.write(WHOOSH3_HEADER_MAGIC + _BLOCK_LENGTH.pack(-size) + info + data)
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
        4 + _BLOCK_LENGTH.size + size,
    )
    fieldwriter._tindex.add(pack_ushort(fieldwriter._fieldid) + tbytes, terminfo)


def encode_positions(deltas: list[int]) -> bytes:
    """Return what Whoosh's Positions format encodes of a posting's positions, given as
    the differences between neighbours (the first from 0): Positions.encode() without
    its loop over the positions."""
    encoded: bytes = pack_uint(len(deltas)) + dumps(deltas, 2)
    return encoded


def md5_low32(key: bytes) -> int:
    """Return Whoosh's md5_hash of a key (the low 32 bits of its MD5) from the digest's
    last four bytes, not by parsing its hex digits."""
    return int.from_bytes(hashlib.md5(key, usedforsecurity=False).digest()[12:], "big")


class _LeanTermIndex(filetables.OrderedHashWriter):  # type: ignore[misc]
    """Whoosh's writer of a segment's term index, keeping each key's hash and position in
    arrays (12 bytes a key) instead of a tuple of two integers in a list (some 130 bytes):
    the same file, byte for byte."""

    _hashes: list[array[int]]
    _positions: list[array[int]]
    lastkey: bytes

    def add(self, key: bytes, value: bytes) -> None:
        """Add a key (keys in increasing order) and its value: OrderedHashWriter.add."""
        last: bytes = self.lastkey
        if key <= last:
            raise ValueError(f"Keys must increase: {last!r}..{key!r}")
        dbfile = self.dbfile
        pos = dbfile.tell()
        self.index.append(pos)
        dbfile.write(filetables._lengths.pack(len(key), len(value)) + key + value)
        h = md5_low32(key) if self.hashfn is filetables.md5_hash else self.hashfn(key)
        self._hashes[h & 255].append(h)
        self._positions[h & 255].append(pos)
        self.lastkey = key

    def _write_hashes(self) -> None:
        """Write the 256 hash tables: HashWriter._write_hashes, from the arrays."""
        dbfile = self.dbfile
        pack = filetables._pointer.pack
        for hashes, positions in zip(self._hashes, self._positions, strict=True):
            numslots = 2 * len(hashes)
            self.directory.append((dbfile.tell(), numslots))
            # An empty slot has position 0 (no key starts there: the header does).
            slot_hashes = array("I", bytes(4 * numslots))
            slot_positions = array("q", bytes(8 * numslots))
            for hashval, position in zip(hashes, positions, strict=True):
                slot = (hashval >> 8) % numslots
                while slot_positions[slot]:
                    slot = (slot + 1) % numslots
                slot_hashes[slot] = hashval
                slot_positions[slot] = position
            dbfile.write(b"".join(map(pack, slot_hashes, slot_positions)))
        self._hashes = self._positions = []


class _CountedFile:
    """A file written front to back that knows its position by counting what is written.

    The term index and the postings writers ask their file's position for every term;
    a buffered file asks the operating system each time (an lseek call), which took more
    than the writing of a term found once. The count is what the OS would answer: every
    write goes through write() (StructFile's own and array.tofile's) and seek() resets it.
    """

    __slots__ = ("_file", "_pos")

    def __init__(self, file: Any) -> None:
        self._file = file
        self._pos: int = file.tell()

    def write(self, data: Any) -> int:
        written: int = self._file.write(data)
        self._pos += written
        return written

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        self._pos = self._file.seek(offset, whence)
        return self._pos

    def __getattr__(self, name: str) -> Any:
        return getattr(self._file, name)


def count_position(structfile: Any) -> None:
    """Have a Whoosh StructFile being written keep its position in a count (_CountedFile)."""
    if isinstance(structfile.file, _CountedFile):
        return
    counted = _CountedFile(structfile.file)
    structfile.file = counted
    # StructFile's write_*() methods call self.write(): straight to the count.
    structfile.write = counted.write
    structfile.tell = counted.tell
    structfile.seek = counted.seek


def lean_term_index(fieldwriter: Any) -> None:
    """Have a new field writer keep its term index's keys in arrays (_LeanTermIndex) and
    its files' positions in counts (_CountedFile)."""
    tindex = fieldwriter._tindex
    if type(tindex) is not filetables.OrderedHashWriter or any(tindex.buckets):
        raise TypeError("lean_term_index() takes a new Whoosh field writer")
    count_position(tindex.dbfile)
    count_position(fieldwriter._postfile)
    tindex.__class__ = _LeanTermIndex
    tindex.buckets = []
    tindex._hashes = [array("I") for _ in range(256)]
    tindex._positions = [array("q") for _ in range(256)]


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
        (length,) = _BLOCK_LENGTH.unpack_from(data, pos)
        end = pos + _BLOCK_LENGTH.size + abs(length)
        buffer.seek(pos + _BLOCK_LENGTH.size)
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
