"""Durable writes: fsync what a commit wrote, so a power cut cannot undo or tear it.

Whoosh closes its files but never syncs them: after a crash of the machine (not just of
the process) a table of segments could point at segment files whose data never reached
the disk. The writers of index.build sync a new segment's files before Whoosh writes the
table of segments that names them, then the table and the folder.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any


def sync_file(path: str | os.PathLike[str]) -> None:
    """Flush a file's data and metadata to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sync_dir(path: str | os.PathLike[str]) -> None:
    """Flush a folder's entries (files created, renamed or removed in it) to the disk."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def segment_files(folder: str | os.PathLike[str], segments: Iterable[Any]) -> list[Path]:
    """Return the files of Whoosh segments in an index folder."""
    folder = Path(folder)
    prefixes = tuple(f"{segment.segment_id()}." for segment in segments)
    if not prefixes:
        return []
    return sorted(folder / name for name in os.listdir(folder) if name.startswith(prefixes))


def toc_file(folder: str | os.PathLike[str], indexname: str, generation: int) -> Path:
    """Return the path of the table of segments of an index generation."""
    return Path(folder) / f"_{indexname}_{generation}.toc"


def sync_segments(folder: str | os.PathLike[str], segments: Iterable[Any]) -> None:
    """Sync the files of the given segments and the folder holding them."""
    for path in segment_files(folder, segments):
        sync_file(path)
    sync_dir(folder)


def sync_generation(folder: str | os.PathLike[str], indexname: str, generation: int) -> None:
    """Sync the table of segments of a generation just committed, and its folder."""
    sync_file(toc_file(folder, indexname, generation))
    sync_dir(folder)
