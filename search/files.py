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
import weakref
from typing import Any

from whoosh.filedb.filestore import FileStorage

from search.whoosh_read import PositionedFile, storage_path


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
        descriptor = _Descriptor(storage_path(self, name))
        return PositionedFile(descriptor, 0, descriptor.size, name=name)
