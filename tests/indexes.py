"""Look into real indexes, damage their files, and find the processes of a run."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from index.store import open_index
from index.whoosh_write import INDEX_NAME
from search.archive import Archive

__all__ = ["Archive"]


def stored(index_dir: Path) -> dict[str, dict[str, Any]]:
    """Return id → stored fields of every live document in an index."""
    with open_index(index_dir).searcher() as searcher:
        return {doc["id"]: doc for doc in searcher.documents()}


def postings(index_dir: Path) -> set[tuple[Any, ...]]:
    """Return every posting of an index as (field, term, article id, weight, positions)."""
    found = set()
    with open_index(index_dir).reader() as reader:
        ids = {docnum: reader.stored_fields(docnum)["id"] for docnum in reader.all_doc_ids()}
        for fieldname, term in reader.all_terms():
            matcher = reader.postings(fieldname, term)
            while matcher.is_active():
                found.add((fieldname, term, ids[matcher.id()], matcher.weight(), matcher.value()))
                matcher.next()
    return found


def contents(ix: Any) -> dict[str, Any]:
    """Return everything an index holds: stored fields, columns, terms with their
    postings, and the field lengths of every document."""
    with ix.reader() as reader:
        schema = ix.schema
        docnums = list(reader.all_doc_ids())
        stored = [reader.stored_fields(d) for d in docnums]
        columns = {
            name: [reader.column_reader(name, translate=False)[d] for d in docnums]
            for name in schema.names()
            if schema[name].column_type and reader.has_column(name)
        }
        postings = {}
        for fieldname, term in reader.all_terms():
            matcher = reader.postings(fieldname, term)
            found = []
            while matcher.is_active():
                found.append((matcher.id(), matcher.weight(), matcher.value()))
                matcher.next()
            info = reader.term_info(fieldname, term)
            stats = (info.weight(), info.doc_frequency(), info.min_length(), info.max_length())
            postings[fieldname, term] = (found, stats, info.max_weight())
        names = [n for n in schema.names() if schema[n].scorable]
        lengths = {n: [reader.doc_field_length(d, n) for d in docnums] for n in names}
        totals = {n: reader.field_length(n) for n in names}
        return {
            "count": reader.doc_count(),
            "stored": stored,
            "columns": columns,
            "postings": postings,
            "lengths": lengths,
            "totals": totals,
        }


def segment_count(index_dir: Path) -> int:
    """Return the number of segments of an index (each is searched on its own)."""
    with open_index(index_dir).reader() as reader:
        return len(reader.leaf_readers())


def segment_files(index_dir: Path) -> list[Path]:
    """Return the compound files of an index's segments, largest first."""
    files = [p for p in index_dir.iterdir() if p.name.startswith(f"{INDEX_NAME}_")]
    return sorted((p for p in files if p.suffix == ".seg"), key=lambda p: -p.stat().st_size)


def truncate(path: Path, fraction: float = 0.5) -> None:
    """Cut a file to a fraction of its length, as a bad copy or a full disk leaves it."""
    os.truncate(path, int(path.stat().st_size * fraction))


def corrupt(path: Path, at: float = 0.5, length: int = 4096) -> None:
    """Overwrite bytes inside a file (its length stays), as a failing disk leaves it."""
    size = path.stat().st_size
    start = int(size * at)
    with open(path, "r+b") as f:
        f.seek(start)
        old = f.read(length)
        f.seek(start)
        f.write(bytes((b + 0x5A) % 256 for b in old))


def live_processes(group: int) -> list[int]:
    """Return the pids of the processes of a process group that are not zombies."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue  # ended meanwhile
        state, _ppid, pgrp = stat.rsplit(")", 1)[1].split()[:3]
        if int(pgrp) == group and state != "Z":
            found.append(int(entry))
    return found


def wait_for_no_processes(group: int, seconds: float) -> list[int]:
    """Wait up to `seconds` for a process group to be gone; return what is left."""
    deadline = time.monotonic() + seconds
    while (left := live_processes(group)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return left
