"""Read and write an index's table of segments, and find its file."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from whoosh import index as _whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.index import TOC, clean_files

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
