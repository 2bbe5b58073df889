"""Write a segment's term index lean: keys kept in arrays, file positions counted."""

from __future__ import annotations

import hashlib
import os
from array import array
from typing import Any

from whoosh.filedb import filetables


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

    def add_many(self, keys: list[bytes], values: list[bytes]) -> None:
        """Add keys (in increasing order, after those added before) and their values:
        add() for each, written at once."""
        if not keys:
            return
        last: bytes = self.lastkey
        pos = self.dbfile.tell()
        hashes = self._hashes
        positions = self._positions
        pack = filetables._lengths.pack
        md5 = hashlib.md5
        from_bytes = int.from_bytes
        whoosh_md5 = self.hashfn is filetables.md5_hash
        out: list[bytes] = []
        starts: list[int] = []
        for key, value in zip(keys, values, strict=True):
            if key <= last:
                raise ValueError(f"Keys must increase: {last!r}..{key!r}")
            starts.append(pos)
            record = pack(len(key), len(value)) + key + value
            out.append(record)
            if whoosh_md5:
                h = from_bytes(md5(key, usedforsecurity=False).digest()[12:], "big")
            else:
                h = self.hashfn(key)
            hashes[h & 255].append(h)
            positions[h & 255].append(pos)
            pos += len(record)
            last = key
        self.dbfile.write(b"".join(out))
        _extend(self.index, starts)
        self.lastkey = last

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


def _extend(grown: Any, numbers: list[int]) -> None:
    """Append increasing numbers to a Whoosh GrowableArray: its append() for each (the
    array's type widened first where the last number needs it)."""
    values = grown.array
    if isinstance(values, array):
        try:
            array(values.typecode, numbers[-1:])
        except OverflowError:
            grown._retype(numbers[-1])
    grown.array.extend(numbers)


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
