"""Index files read by position, so that one open index can serve every thread.

Whoosh opens a compound segment (`*.seg`) with mmap and then copies each file inside it
into a BytesIO: every searcher holds its own copy of the whole index in memory, and its
readers seek and read on those shared file objects, so two threads using one searcher
would move each other's file position. Here a segment is read with os.pread: nothing is
copied, nothing is mapped (the operating system's page cache keeps what is read often),
and the file position, where Whoosh's readers use one, belongs to the reading thread.
"""

from __future__ import annotations

import os
import threading
import weakref
from typing import Any

from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import BufferFile

# The stored fields of a segment: large, and read only for the hits shown.
STORED = "._stored.col"


class _Descriptor:
    """An open file descriptor, closed when nothing reads through it any more."""

    def __init__(self, path: str) -> None:
        self.fd = os.open(path, os.O_RDONLY)
        self.size = os.fstat(self.fd).st_size
        # Closed by the garbage collector, not by Whoosh's close(): another thread may
        # still be answering from a searcher that a commit has replaced.
        weakref.finalize(self, os.close, self.fd)

    def read_at(self, offset: int, length: int) -> bytes:
        return os.pread(self.fd, length, offset)


class _Memory:
    """Bytes read once, read from like a descriptor."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def read_at(self, offset: int, length: int) -> bytes:
        return self.data[offset : offset + length]


class _PositionedReader:
    """A read-only file-like window on a descriptor whose position is per thread."""

    def __init__(self, source: _Descriptor | _Memory, offset: int, length: int) -> None:
        self._source = source
        self._offset = offset
        self._length = length
        self._local = threading.local()

    def tell(self) -> int:
        return getattr(self._local, "pos", 0)

    def seek(self, pos: int, whence: int = os.SEEK_SET) -> int:
        if whence == os.SEEK_CUR:
            pos += self.tell()
        elif whence == os.SEEK_END:
            pos += self._length
        self._local.pos = pos
        return pos

    def pread(self, length: int, pos: int) -> bytes:
        length = max(0, min(length, self._length - pos))
        return self._source.read_at(self._offset + pos, length) if length else b""

    def read(self, length: int = -1) -> bytes:
        pos = self.tell()
        if length is None or length < 0:
            length = self._length - pos
        data = self.pread(length, pos)
        self._local.pos = pos + len(data)
        return data

    def readline(self) -> bytes:
        # pickle.load wants it, though Whoosh's pickles never need it.
        raise NotImplementedError

    def close(self) -> None:
        """Leave the descriptor open: its finalizer closes it once unused."""


class PositionedFile(BufferFile):
    """A Whoosh structured file over part of a descriptor: reads copy only what they read."""

    def __init__(
        self, source: _Descriptor | _Memory, offset: int, length: int, name: str | None = None
    ) -> None:
        self._source = source
        self._offset = offset
        self._length = length
        self._name = name
        self.file = _PositionedReader(source, offset, length)
        self.onclose = None
        self.is_real = False
        self.is_closed = False

    def subset(self, position: int, length: int, name: str | None = None) -> PositionedFile:
        """Return a window on part of this file, sharing the descriptor."""
        if name and name.endswith(".col") and not name.endswith(STORED):
            # Columns (field lengths for scoring, ids, dates, sources) are small and read
            # value by value, often all of them: one read, kept for all threads.
            memory = _Memory(self._source.read_at(self._offset + position, length))
            return PositionedFile(memory, 0, length, name)
        return PositionedFile(self._source, self._offset + position, length, name or self._name)

    def get(self, position: int, length: int) -> bytes:
        """Read length bytes at position, without moving anyone's file position."""
        return self.file.pread(length, position)

    def close(self) -> None:
        """Mark this window closed; the descriptor closes when nothing uses it."""
        self.is_closed = True


class SharedStorage(FileStorage):
    """A folder storage whose compound segments are read by position (see PositionedFile)."""

    def __init__(self, path: str) -> None:
        # supports_mmap=False: Whoosh then takes each file in a segment as a subset() of
        # the segment file opened here, instead of copying it out of a map.
        super().__init__(path, supports_mmap=False, readonly=True)

    def open_file(self, name: str, *args: Any, **kwargs: Any) -> Any:
        """Open a segment file for reading by position; other files as Whoosh does."""
        if not name.endswith(".seg"):
            return super().open_file(name, *args, **kwargs)
        descriptor = _Descriptor(self._fpath(name))
        return PositionedFile(descriptor, 0, descriptor.size, name=name)
