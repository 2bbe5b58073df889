"""Commit to an index durably: new segments, merges, drops, and a rebuilt index put in place.

Every change of an index goes through a new table of segments, written in the same
order: the new segments' files (and manifests) are synced, then the table naming them is
written and synced, then the folder. A power cut leaves either the old table and all its
files or the new one and all of its.
"""

from __future__ import annotations

import bisect
import contextlib
import ctypes
import errno
import os
import re
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from whoosh.reading import SegmentReader

from index import manifest, merge, tiers
from index.fsync import sync_dir, sync_file
from index.segment import remove_segment_files, remove_temp_folders, temp_files
from index.whoosh_write import (
    Segment,
    Writer,
    read_toc,
    remove_unused_files,
    segments,
    toc_file,
    write_toc,
)

# Memory each Whoosh writer may fill with postings (by Whoosh's estimate) before it sorts
# them out to a file, all of which it merges back at commit: the 1.7 million postings of
# the evaluation corpus make some 330 MB, and spilling them cost 9 s of 39.
WRITER_LIMIT_MB = 512


def sync_segments(folder: str | os.PathLike[str], new: Iterable[Segment]) -> None:
    """Sync the files of the given segments (their manifests too) and their folder."""
    prefixes = tuple(f"{segment.segment_id()}." for segment in new)
    if prefixes:
        for name in sorted(os.listdir(folder)):
            if name.startswith(prefixes):
                sync_file(Path(folder) / name)
    sync_dir(folder)


def sync_generation(folder: str | os.PathLike[str], indexname: str, generation: int) -> None:
    """Sync the table of segments of a generation just committed, and its folder."""
    sync_file(toc_file(folder, indexname, generation))
    sync_dir(folder)


def commit_segments(
    ix: Any, new: list[Segment], replaced: Iterable[str], keep: Iterable[str] = ()
) -> None:
    """Add new segments to an index in a new table of segments, durably.

    The documents of the index whose ids are in `replaced` are marked deleted (the new
    segments hold their new versions). The files of the segments with ids in `keep`
    (being merged into, index.background) are not removed with the unused ones.
    """
    replaced = list(replaced)
    change = lambda old, schema: _replace(ix.storage, schema, old, replaced) + new  # noqa: E731
    _commit(ix, change, new, keep)


def leftovers(ix: Any) -> list[str]:
    """Return the files that runs killed before their commit left in an index folder:
    files of segments that no table of segments names, and temporary files."""
    folder = ix.storage.folder
    live = {segment.segment_id() for segment in segments(ix)}
    found = temp_files(folder, ix.indexname)
    for name in os.listdir(folder):
        segment_id = name.split(".", 1)[0]
        if name.startswith(f"{ix.indexname}_") and "." in name and segment_id not in live:
            if not name.endswith("WRITELOCK"):
                found.append(name)
    return sorted(found)


def remove_leftovers(ix: Any) -> None:
    """Remove what runs killed before their commit left (the run lock must be held)."""
    toc = read_toc(ix)
    remove_unused_files(ix.storage, ix.indexname, toc.generation, toc.segments)
    remove_temp_folders(ix.storage.folder, ix.indexname)


def drop_segments(ix: Any, ids: Iterable[str]) -> None:
    """Remove the segments with the given ids from an index, durably."""
    dropped = set(ids)
    _commit(ix, lambda old, schema: [s for s in old if s.segment_id() not in dropped], [])


def _commit(ix: Any, change: Any, new: list[Segment], keep: Iterable[str] = ()) -> None:
    """Write the table of segments `change(old segments, schema)` under the write lock."""
    storage = ix.storage
    folder = storage.folder
    lock = ix.lock("WRITELOCK")
    if not lock.acquire(blocking=True):
        raise RuntimeError("cannot take the index's write lock")
    try:
        toc = read_toc(ix)
        final = change(toc.segments, toc.schema)
        sync_segments(folder, new)
        generation = toc.generation + 1
        write_toc(storage, ix.indexname, toc.schema, final, generation)
        sync_generation(folder, ix.indexname, generation)
        remove_unused_files(storage, ix.indexname, generation, final + [_Named(i) for i in keep])
    finally:
        lock.release()


class _Named:
    """A segment known by its id alone (what Whoosh's cleaning asks of a segment)."""

    def __init__(self, segment_id: str) -> None:
        self._id = segment_id

    def segment_id(self) -> str:
        return self._id


def _neighbours(table: list[Segment], ids: list[str]) -> int:
    """Return where the segments with the given ids stand in a row in the table."""
    names = [s.segment_id() for s in table]
    start = names.index(ids[0]) if ids and ids[0] in names else -1
    if start < 0 or names[start : start + len(ids)] != list(ids):
        raise ValueError("only neighbouring segments are merged, in the table's order")
    return start


@contextlib.contextmanager
def _locked_table(ix: Any, ids: list[str]) -> Iterator[tuple[Any, list[Segment], int]]:
    """Hold the write lock; yield the table, its segments and where `ids` start in it."""
    lock = ix.lock("WRITELOCK")
    if not lock.acquire(blocking=True):
        raise RuntimeError("cannot take the index's write lock")
    try:
        toc = read_toc(ix)
        old = list(toc.segments)
        yield toc, old, _neighbours(old, ids)
    finally:
        lock.release()


def _write_table(ix: Any, toc: Any, final: list[Segment], added: list[Segment]) -> int:
    """Write the next table of segments durably after the added ones; return its generation."""
    sync_segments(ix.storage.folder, added)
    generation = int(toc.generation) + 1
    write_toc(ix.storage, ix.indexname, toc.schema, final, generation)
    sync_generation(ix.storage.folder, ix.indexname, generation)
    return generation


def swap_merged(ix: Any, parts: list[Segment], merged: Segment | None) -> None:
    """Put a segment merged from neighbouring segments of the index in their place, in a
    new table of segments, durably (None: none of their documents was live; they are
    dropped).

    `parts` are the segments as the merge read them (copies of a table's, with the
    deletions of then): documents deleted in them since (articles replaced meanwhile) are
    deleted in the merged segment too. Only the parts' files and older tables are
    removed: segments being written beside it (by workers, by another merge) are left.
    The parts must still be neighbours in the table (ValueError otherwise; the merged
    segment's files are then the caller's to remove).
    """
    folder = ix.storage.folder
    ids = [s.segment_id() for s in parts]
    with _locked_table(ix, ids) as (toc, old, start):
        current = old[start : start + len(ids)]
        added = []
        if merged is not None:
            carry_deletions(parts, current, merged)
            manifest.merged(folder, merged.segment_id(), merged.doc_count_all(), ids)
            added = [merged]
        final = old[:start] + added + old[start + len(ids) :]
        generation = _write_table(ix, toc, final, added)
        remove_segment_files(folder, current)
        remove_old_tocs(folder, ix.indexname, generation)


def carry_deletions(parts: list[Segment], current: list[Segment], merged: Segment) -> int:
    """Delete in the merged segment the documents deleted in its parts since the merge
    read them (`parts`: as read, `current`: as in the table now); return how many."""
    base = carried = 0
    for then, now in zip(parts, current, strict=True):
        before = sorted(then.deleted_docs())
        for docnum in sorted(set(now.deleted_docs()).difference(before)):
            # The merge left out the documents deleted before: those below move down.
            merged.delete_document(base + docnum - bisect.bisect_left(before, docnum))
            carried += 1
        base += then.doc_count_all() - len(before)
    if base != merged.doc_count_all():
        raise ValueError("the merged segment does not hold its parts' live documents")
    return carried


def remove_old_tocs(folder: str | os.PathLike[str], indexname: str, generation: int) -> None:
    """Remove the tables of segments older than `generation`."""
    pattern = re.compile(rf"_{re.escape(indexname)}_(\d+)\.toc")
    for name in os.listdir(folder):
        found = pattern.fullmatch(name)
        if found and int(found.group(1)) < generation:
            with contextlib.suppress(FileNotFoundError):
                os.remove(os.path.join(folder, name))


def _replace(storage: Any, schema: Any, old: list[Segment], ids: list[str]) -> list[Segment]:
    """Mark the documents with the given ids deleted in the segments that hold them."""
    if not ids:
        return old
    for segment in old:
        reader = SegmentReader(storage, schema, segment)
        try:
            for article_id in ids:
                if ("id", article_id) not in reader:
                    continue
                for docnum in reader.postings("id", article_id).all_ids():
                    segment.delete_document(docnum)
        finally:
            reader.close()
    return old


class DurableWriter(Writer):
    """Whoosh's writer (for merges), committing durably, the merged segment described."""

    def before_toc(self, added: list[Segment], dropped: list[Segment]) -> None:
        parts = [s.segment_id() for s in dropped]
        for segment in added:
            manifest.merged(self.folder, segment.segment_id(), segment.doc_count_all(), parts)
        sync_segments(self.folder, added)

    def after_toc(self, generation: int) -> None:
        sync_generation(self.folder, self.indexname, generation)


def merge_with_whoosh(ix: Any, ids: list[str]) -> None:
    """Merge the segments with the given ids with Whoosh's writer (its sorting pool of
    WRITER_LIMIT_MB), durably: what merge_segments() does in bounded memory, kept to
    compare them (bench/merging.py, the tests)."""
    wanted = set(ids)

    def policy(writer: Any, current: list[Segment]) -> list[Segment]:
        for segment in current:
            if segment.segment_id() in wanted:
                reader = SegmentReader(writer.storage, writer.schema, segment)
                try:
                    writer.add_reader(reader)
                finally:
                    reader.close()
        return [s for s in current if s.segment_id() not in wanted]

    writer = DurableWriter(ix, limitmb=WRITER_LIMIT_MB)
    try:
        writer.commit(mergetype=policy)
    except BaseException:
        writer.cancel_safely()
        raise


def merge_segments(ix: Any, ids: list[str]) -> Segment | None:
    """Merge neighbouring segments of the index (by their ids, in the table's order) into
    one in their place, in bounded memory (index.merge), durably; return it (None when
    none of their documents is live: they are dropped).

    The write lock is held throughout, so no deletion happens to them meanwhile. A merge
    killed before its table of segments is written leaves the index as it was, and files
    that the next run removes (leftovers()).
    """
    folder = ix.storage.folder
    merged: Segment | None = None
    with _locked_table(ix, ids) as (toc, old, start):
        chosen = old[start : start + len(ids)]
        if sum(s.doc_count() for s in chosen):
            merged = merge.merge(ix, chosen)
            manifest.merged(folder, merged.segment_id(), merged.doc_count_all(), ids)
        added = [merged] if merged is not None else []
        final = old[:start] + added + old[start + len(ids) :]
        generation = _write_table(ix, toc, final, added)
        remove_unused_files(ix.storage, ix.indexname, generation, final)
    return merged


def merge_small(ix: Any) -> int:
    """Merge neighbouring segments of similar size while the tiered policy says some are
    due (index.tiers): each segment is searched on its own. Return how many merges."""
    merges = 0
    while True:
        current = segments(ix)
        due = tiers.choose([s.doc_count() for s in current])
        if due is None:
            return merges
        merge_segments(ix, [s.segment_id() for s in current[due[0] : due[1]]])
        merges += 1


def optimize(ix: Any) -> int:
    """Merge every segment of the index into one; return how many there were.

    Each segment is searched on its own, so one segment answers fastest; the merge
    rewrites every posting.
    """
    current = segments(ix)
    if len(current) > 1:
        merge_segments(ix, [s.segment_id() for s in current])
        return len(current)
    return 0


# -- a rebuilt index put in place ------------------------------------------------------


def staging_dir(index_dir: str | os.PathLike[str]) -> Path:
    """Return the folder a rebuild writes the new index into, beside the index."""
    index_dir = Path(index_dir)
    return index_dir.with_name(f"{index_dir.name}.new")


def remove_tree(path: Path) -> None:
    """Remove a folder and what it holds, if it exists."""
    shutil.rmtree(path, ignore_errors=not path.exists())


def swap_in(new_dir: Path, index_dir: Path) -> None:
    """Put the index in new_dir in the place of index_dir, and remove the old one.

    On Linux both folders are exchanged in one step (renameat2 with RENAME_EXCHANGE):
    a reader opening the index sees either all of the old or all of the new. Elsewhere
    the old folder is renamed away first, leaving a moment without an index, which a
    running Archive rides out on the index it has open.
    """
    if not index_dir.exists():
        os.rename(new_dir, index_dir)
    elif _exchange(new_dir, index_dir):
        remove_tree(new_dir)  # now the old index
    else:
        old = index_dir.with_name(f"{index_dir.name}.old")
        remove_tree(old)
        os.rename(index_dir, old)
        os.rename(new_dir, index_dir)
        remove_tree(old)
    sync_dir(index_dir.parent)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Exchange two paths atomically; False where the system cannot."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p]
    renameat2.argtypes += [ctypes.c_uint]
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if result == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False  # an old kernel, or a file system without exchange
    raise OSError(err, os.strerror(err), str(b))
