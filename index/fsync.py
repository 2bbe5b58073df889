"""Flush files and folders to the disk, so that a power cut cannot undo or tear a write.

Whoosh closes its files but never syncs them; the commits of index.commit and the
metadata writes of index.store sync what they wrote, in an order that keeps every state
on the disk a whole one.
"""

from __future__ import annotations

import os


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
