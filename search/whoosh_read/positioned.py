"""Give Whoosh structured files that read their source by position, shared by threads."""

from __future__ import annotations

import os
import threading
from typing import Protocol

from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import BufferFile

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
