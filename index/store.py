"""The index on disk: create, open with a schema-version check, and its metadata file."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.index import Index
from whoosh.reading import SegmentReader

from index import manifest
from index.fsync import sync_dir
from index.postings_format import POSTINGS_FORMAT
from index.schema import SCHEMA_VERSION, build_schema
from index.whoosh_write import TrackedStorage, check_toc, create_toc, latest_toc, read_toc

META_FILE = "newsarchive.json"
DEFAULT_INDEX = "instance/index"
# Times an index is opened before a segment that cannot be opened counts as damaged.
OPEN_ATTEMPTS = 3


class StoreError(Exception):
    """Base of the errors that opening an index reports to the user."""


class IndexMissing(StoreError):
    """No index exists at the path."""


class IndexVersionMismatch(StoreError):
    """The index was built with another schema version and must be rebuilt."""


class IndexLocked(StoreError):
    """Another indexing run is writing the index."""


class IndexWriteError(StoreError):
    """The index could not be written (disk full, no permission, ...); it was left as it was."""


class IndexDamaged(StoreError):
    """A file of the index is truncated, corrupted or missing: the message names it and
    says what to do."""

    def __init__(self, index_dir: Path, file: str, reason: str, repairable: bool) -> None:
        self.index_dir = index_dir
        self.file = file
        self.reason = reason
        # True: `newsarchive check --repair` drops the damaged segment; False (the table
        # of segments itself): only a rebuild helps.
        self.repairable = repairable
        if repairable:
            todo = (
                f"run `newsarchive --index {index_dir} check --repair` to drop the damaged "
                "segment, then index the archive again to restore its articles"
            )
        else:
            todo = f"rebuild it with `newsarchive --index {index_dir} index --rebuild PATH...`"
        super().__init__(
            f"The index in {index_dir} is damaged: {file} cannot be read ({reason}); {todo}."
        )


def resolve_index_dir(path: str | os.PathLike[str] | None = None) -> Path:
    """Choose the index folder: the argument, else $NEWSARCHIVE_INDEX, else instance/index."""
    return Path(path or os.environ.get("NEWSARCHIVE_INDEX") or DEFAULT_INDEX)


def read_meta(index_dir: str | os.PathLike[str]) -> dict[str, Any]:
    """Read the index's metadata file; empty when there is none."""
    try:
        with open(Path(index_dir) / META_FILE, encoding="utf-8") as f:
            return json.load(f)
    except FileNotFoundError:
        return {}


def write_meta(index_dir: str | os.PathLike[str], meta: dict[str, Any]) -> None:
    """Replace the metadata file atomically, so a reader never sees half of it."""
    index_dir = Path(index_dir)
    fd, tmp = tempfile.mkstemp(dir=index_dir, prefix=".meta-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, index_dir / META_FILE)
    sync_dir(index_dir)


def file_storage(index_dir: str | os.PathLike[str]) -> FileStorage:
    """Return the storage the index side opens an index folder with.

    Without mmap: Whoosh copies each file of a segment it reads from a memory map into a
    buffer of its own (all of a segment's postings and stored fields, to read two
    columns), where it otherwise reads what it needs from the file.
    """
    return FileStorage(str(index_dir), supports_mmap=False)


def check_version(index_dir: str | os.PathLike[str]) -> None:
    """Raise IndexVersionMismatch unless the index was built with this schema version and
    its posting lists are of this format (index.postings_format)."""
    meta = read_meta(index_dir)
    found = meta.get("schema_version")
    if found != SCHEMA_VERSION:
        raise IndexVersionMismatch(
            f"The index in {index_dir} was built with schema version {found}, this "
            f"newsarchive uses version {SCHEMA_VERSION}: re-index it "
            f"(newsarchive --index {index_dir} index --rebuild [PATH...]; without PATH, "
            "from the files it was built from)."
        )
    # An index from before the format was recorded has format 1.
    postings = meta.get("postings_format", 1)
    if postings != POSTINGS_FORMAT:
        raise IndexVersionMismatch(
            f"The index in {index_dir} keeps its posting lists in format {postings}, this "
            f"newsarchive reads format {POSTINGS_FORMAT}: re-index it "
            f"(newsarchive --index {index_dir} index --rebuild [PATH...]; without PATH, "
            "from the files it was built from)."
        )


def exists(index_dir: str | os.PathLike[str]) -> bool:
    """Tell whether a folder holds an index (a table of segments, readable or not)."""
    return Path(index_dir).is_dir() and latest_toc(index_dir) is not None


def open_index(index_dir: str | os.PathLike[str], storage: FileStorage | None = None) -> Index:
    """Open an existing index, checking its schema version and that each segment opens.

    Corruption inside a segment's files is found by `newsarchive check` (index.check): this
    costs a stat per file and a read of each segment's directory of files, not of its data.

    storage: the folder's storage, if not Whoosh's own (the search side reads by position).
    """
    index_dir = Path(index_dir)
    if not exists(index_dir):
        raise IndexMissing(
            f"No index in {index_dir}: build one with `newsarchive --index {index_dir} "
            "index PATH...`."
        )
    check_version(index_dir)
    # A commit running meanwhile may replace the table of segments and remove files the
    # old one named: what fails to open is damaged only if the table is still the same.
    for _ in range(OPEN_ATTEMPTS - 1):
        toc = latest_toc(index_dir)
        try:
            return _open_checked(index_dir, storage)
        except IndexDamaged:
            if latest_toc(index_dir) == toc:
                raise
    return _open_checked(index_dir, storage)


def find_damage(index_dir: str | os.PathLike[str]) -> IndexDamaged | None:
    """Compare every file of the index's segments with its manifest, checksums included.

    What a reader raises on bytes that went bad inside a file (its size still right) says
    nothing of the file; this names it. It reads every segment file once.
    """
    index_dir = Path(index_dir)
    try:
        ix = whoosh_index.open_dir(str(index_dir))
        segments = read_toc(ix).segments
    except Exception:  # noqa: BLE001 - a damaged table is told by opening it
        return None
    for segment in segments:
        described = manifest.read(index_dir, segment.segment_id())
        if described is not None:
            for name, reason in manifest.damage(index_dir, described, checksums=True):
                return IndexDamaged(index_dir, name, reason, repairable=True)
    return None


def _open_checked(index_dir: Path, storage: FileStorage | None) -> Index:
    """Open the index and check that each of its segments' files is whole."""
    try:
        check_toc(index_dir)
        ix = (storage or file_storage(index_dir)).open_index()
        toc = read_toc(ix)
    except Exception as exc:  # noqa: BLE001 - whatever a damaged table makes Whoosh raise
        found = latest_toc(index_dir)
        name = found.name if found else "its table of segments"
        raise IndexDamaged(index_dir, name, _reason(exc), repairable=False) from exc
    folder = ix.storage.folder
    for segment in toc.segments:
        segment_id = segment.segment_id()
        described = manifest.read(folder, segment_id)
        if described is not None:
            # A stat per file: a truncated file is told without reading it.
            for name, reason in manifest.damage(folder, described, checksums=False):
                raise IndexDamaged(index_dir, name, reason, repairable=True)
        try:
            _read_directory(ix.storage, segment)
        except Exception as exc:  # noqa: BLE001 - whatever damaged bytes make Whoosh raise
            files = manifest.segment_files(folder, segment_id)
            name = files[0] if len(files) == 1 else f"segment {segment_id}"
            raise IndexDamaged(index_dir, name, _reason(exc), repairable=True) from exc
    return ix


def _read_directory(storage: Any, segment: Any) -> None:
    """Read the directory of a segment's compound file and check that every file it lists
    lies within it: a file cut short fails here, at the cost of reading the directory only
    (opening a segment reader would read the whole file)."""
    if not segment.is_compound():
        return  # its files are opened one by one by the readers
    files: list[Any] = []
    try:
        compound = segment.open_compound_file(TrackedStorage(storage, files))
        size = os.path.getsize(
            os.path.join(storage.folder, segment.make_filename(segment.COMPOUND_EXT))
        )
        for name in compound.list():
            offset, length = compound.range(name)
            if offset + length > size:
                raise EOFError(f"{name} ends at byte {offset + length} of {size}")
        compound.close()
    finally:
        for f in files:
            with contextlib.suppress(Exception):
                f.close()


def open_segment(storage: Any, schema: Any, segment: Any) -> Any:
    """Open a reader of one segment; if that fails, close the files opened on the way."""
    files: list[Any] = []
    try:
        return SegmentReader(TrackedStorage(storage, files), schema, segment)
    except BaseException:
        for f in files:
            with contextlib.suppress(Exception):
                f.close()
        raise


def _reason(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def _create(index_dir: Path) -> Index:
    """Create an empty index; a failure to write it leaves no file open."""
    files: list[Any] = []
    try:
        storage = TrackedStorage(FileStorage(str(index_dir)), files)
        create_toc(storage, build_schema())
    except BaseException:
        for f in files:
            with contextlib.suppress(Exception):
                f.close()
        raise
    return file_storage(index_dir).open_index()


def create_or_open(index_dir: str | os.PathLike[str], rebuild: bool = False) -> Index:
    """Open the index for writing, creating it (or recreating it on rebuild) as needed."""
    index_dir = Path(index_dir)
    if rebuild or not exists(index_dir):
        index_dir.mkdir(parents=True, exist_ok=True)
        # The metadata first: a run killed in between leaves no index without its version.
        write_meta(
            index_dir,
            {"schema_version": SCHEMA_VERSION, "postings_format": POSTINGS_FORMAT, "skipped": {}},
        )
        ix = _create(index_dir)
        sync_dir(index_dir)
        return ix
    return open_index(index_dir)


def live_columns(reader: Any, names: tuple[str, ...]) -> Iterator[tuple[Any, ...]]:
    """Yield the values of the named columns for each live document of an index.

    Read segment by segment, each column in one pass: Whoosh's reader over several
    segments finds the segment of each value anew (and reads a column that a segment
    lacks wrongly).
    """
    for leaf, _base in reader.leaf_readers():
        if leaf.doc_count_all() == 0:
            continue
        columns = [list(leaf.column_reader(name)) for name in names]
        if not leaf.has_deletions():
            yield from zip(*columns, strict=True)
            continue
        for docnum in leaf.all_doc_ids():  # the live ones, in order
            yield tuple(column[docnum] for column in columns)


def index_size(index_dir: str | os.PathLike[str]) -> int:
    """Return the bytes the index's files take on disk."""
    return sum(p.stat().st_size for p in Path(index_dir).iterdir() if p.is_file())


# -- one indexing run at a time ----------------------------------------------------------

# File descriptors of the run locks this process holds: a forked worker process closes
# its copies (release_inherited_locks), so that the lock ends with the process that took it.
_held_locks: set[int] = set()


def lock_path(index_dir: str | os.PathLike[str]) -> Path:
    """Return the run lock of an index: a file beside its folder, which a rebuild swaps."""
    index_dir = Path(index_dir)
    return index_dir.with_name(f".{index_dir.name}.lock")


@contextlib.contextmanager
def run_lock(index_dir: str | os.PathLike[str]) -> Iterator[None]:
    """Hold the index's run lock, or raise IndexLocked when another process holds it.

    The lock is an flock(2) on the lock file, which the kernel drops when the process
    ends in any way (kill -9 included): a crashed run never leaves a lock behind that
    would need a pid check (pids are reused) or a manual removal. The holder's pid is
    written into the file only to name it in the error.
    """
    import fcntl

    path = lock_path(index_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
            raise IndexLocked(
                f"Another indexing run{f' (pid {holder})' if holder else ''} is writing "
                f"{index_dir}: wait for it to finish."
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        _held_locks.add(fd)
        try:
            yield
        finally:
            _held_locks.discard(fd)
            os.ftruncate(fd, 0)
    finally:
        os.close(fd)  # releases the lock


def release_inherited_locks() -> None:
    """In a forked child: close the copies of the parent's run locks (they stay held)."""
    for fd in list(_held_locks):
        with contextlib.suppress(OSError):
            os.close(fd)
    _held_locks.clear()
