"""Verify an index segment by segment, and repair it by dropping the damaged segments.

Like Lucene's CheckIndex: each segment's files are compared with their manifest (sizes
and checksums taken when they were written), opened, and read through: every stored
document, every posting list, every column and field length, and the counts that must
agree. A repair writes a new table of segments without the damaged ones (durably, as any
commit), so the rest stays searchable, and names the archive files whose articles were
lost: indexing the archive again restores them.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index

from index import commit, manifest, stories
from index.readers import source_file
from index.store import (
    IndexDamaged,
    IndexMissing,
    check_version,
    exists,
    lock_path,
    open_segment,
    run_lock,
)
from index.whoosh_write import check_toc, latest_toc, read_toc


@dataclass(frozen=True)
class Problem:
    """Something wrong with a file of the index."""

    file: str
    what: str
    # The segment the file belongs to (None: the table of segments itself).
    segment: str | None


@dataclass
class Report:
    """What a check found."""

    index_dir: Path
    segments: int = 0
    documents: int = 0
    problems: list[Problem] = field(default_factory=list)
    # Files that runs killed before their commit left behind (harmless; a run removes them).
    leftovers: list[str] = field(default_factory=list)

    def damaged(self) -> list[str]:
        """Return the ids of the damaged segments, in the order they were found."""
        return list(dict.fromkeys(p.segment for p in self.problems if p.segment is not None))

    def repairable(self) -> bool:
        """Tell whether dropping segments repairs the index (its table is readable)."""
        return all(p.segment is not None for p in self.problems)


@dataclass
class Repair:
    """What a repair did: the segments dropped, and where their articles came from."""

    report: Report
    dropped: list[str] = field(default_factory=list)
    documents: int = 0
    sources: list[str] = field(default_factory=list)
    # False when some dropped articles' files are not known: index the whole archive.
    sources_complete: bool = True


def check(index_dir: str | os.PathLike[str]) -> Report:
    """Verify every segment of an index; the report lists one problem per damaged file."""
    index_dir = Path(index_dir)
    if not exists(index_dir):
        raise IndexMissing(f"No index in {index_dir}.")
    check_version(index_dir)
    report = Report(index_dir)
    try:
        check_toc(index_dir)
        ix = whoosh_index.open_dir(str(index_dir))
        toc = read_toc(ix)
    except Exception as exc:  # noqa: BLE001 - whatever a damaged table makes Whoosh raise
        found = latest_toc(index_dir)
        name = found.name if found else "table of segments"
        report.problems.append(Problem(name, f"cannot be read ({_reason(exc)})", None))
        return report
    report.segments = len(toc.segments)
    for segment in toc.segments:
        problems = list(_verify(ix.storage, toc.schema, segment))
        report.problems += problems
        if not problems:
            report.documents += segment.doc_count()
    if not _run_going(index_dir):
        report.leftovers = commit.leftovers(ix)
    return report


def _verify(storage: Any, schema: Any, segment: Any) -> Iterator[Problem]:
    """Yield the problems of one segment: its files, then everything read from them."""
    segment_id = segment.segment_id()
    folder = storage.folder
    files = manifest.segment_files(folder, segment_id)
    name = files[0] if len(files) == 1 else f"segment {segment_id}"
    described = manifest.read(folder, segment_id)
    if described is not None:
        damage = manifest.damage(folder, described)
        for file, what in damage:
            yield Problem(file, what, segment_id)
        if damage:
            return
        if described.documents != segment.doc_count_all():
            yield Problem(
                name,
                f"{described.documents} documents written, the table of segments says "
                f"{segment.doc_count_all()}",
                segment_id,
            )
    elif not files:
        yield Problem(f"segment {segment_id}", "its files are missing", segment_id)
        return
    try:
        reader = open_segment(storage, schema, segment)
    except Exception as exc:  # noqa: BLE001 - whatever damaged bytes make Whoosh raise
        yield Problem(name, f"cannot be opened ({_reason(exc)})", segment_id)
        return
    try:
        for step, read in _steps(reader, schema, segment.doc_count_all()):
            try:
                found = read()
            except Exception as exc:  # noqa: BLE001 - as above
                found = f"cannot be read ({_reason(exc)})"
            if found:
                yield Problem(name, f"{step}: {found}", segment_id)
                return
    finally:
        with contextlib.suppress(Exception):
            reader.close()


def _steps(reader: Any, schema: Any, count: int) -> list[tuple[str, Callable[[], str]]]:
    """Return the reads that go through a segment, each telling what is wrong ("" if not)."""
    ids: list[Any] = []

    def documents() -> str:
        found = reader.doc_count_all()
        return "" if found == count else f"{found} read, the table of segments says {count}"

    def stored() -> str:
        ids.extend(reader.stored_fields(docnum).get("id") for docnum in range(count))
        return "" if all(isinstance(i, str) for i in ids) else "a document has no id"

    def columns() -> str:
        for fieldname in schema.names():
            if schema[fieldname].column_type and reader.has_column(fieldname):
                values = len(list(reader.column_reader(fieldname, translate=False)))
                if values != count:
                    return f"column {fieldname} has {values} values"
        return ""

    def lengths() -> str:
        for fieldname in schema.names():
            if schema[fieldname].scorable:
                # None: the document has no text in the field.
                found = [reader.doc_field_length(d, fieldname) for d in range(count)]
                if not all(n is None or (isinstance(n, int) and n >= 0) for n in found):
                    return f"a length of {fieldname} is not a count"
        return ""

    def postings() -> str:
        for fieldname, term in reader.all_terms():
            found = _postings_problem(reader, fieldname, term, count, ids)
            if found:
                return found
        return ""

    return [
        ("document count", documents),
        ("stored fields", stored),
        ("columns", columns),
        ("field lengths", lengths),
        ("postings", postings),
    ]


def _postings_problem(reader: Any, fieldname: str, term: Any, count: int, ids: list[Any]) -> str:
    """Decode one posting list; return what is wrong with it ("" when nothing)."""
    matcher = reader.postings(fieldname, term)
    docnums: list[int] = []
    while matcher.is_active():
        docnums.append(matcher.id())
        matcher.weight()
        matcher.value()
        matcher.next()
    if docnums != sorted(set(docnums)) or (docnums and not 0 <= docnums[0] <= docnums[-1] < count):
        return f"document numbers out of order or range for {term!r}"
    if len(docnums) != reader.doc_frequency(fieldname, term):
        return f"{len(docnums)} postings for {term!r}, its term information says otherwise"
    if fieldname == "id":
        text = term.decode("utf-8") if isinstance(term, bytes) else term
        if any(ids[d] != text for d in docnums):
            return f"the id {term!r} points at another document"
    return ""


def _reason(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def _run_going(index_dir: Path) -> bool:
    """Tell whether an indexing run holds the index's run lock (its files are not leftovers)."""
    import fcntl

    try:
        fd = os.open(lock_path(index_dir), os.O_RDONLY)
    except FileNotFoundError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # releases a lock taken here
    return False


def repair(index_dir: str | os.PathLike[str]) -> Repair:
    """Drop the damaged segments of an index and remove leftover files, durably.

    Raises IndexDamaged when the table of segments itself is damaged (only a rebuild
    helps), IndexLocked while an indexing run writes the index.
    """
    index_dir = Path(index_dir)
    with run_lock(index_dir):
        report = check(index_dir)
        if not report.repairable():
            bad = next(p for p in report.problems if p.segment is None)
            raise IndexDamaged(index_dir, bad.file, bad.what, repairable=False)
        done = Repair(report, dropped=report.damaged())
        ix = whoosh_index.open_dir(str(index_dir))
        segments = {s.segment_id(): s for s in read_toc(ix).segments}
        sources: set[str] = set()
        for segment_id in done.dropped:
            segment = segments[segment_id]
            done.documents += segment.doc_count()
            found = _sources(ix, segment)
            if found is None:
                done.sources_complete = False
            else:
                sources |= found
        done.sources = sorted(sources)
        if done.dropped:
            commit.drop_segments(ix, done.dropped)
        commit.remove_leftovers(ix)
        if done.dropped:
            # The story groups lose the dropped articles (a re-run regroups them).
            stories.refresh(index_dir)
    return done


def _sources(ix: Any, segment: Any) -> set[str] | None:
    """Return the archive files a segment's articles came from; None if not all known.

    Read from its manifest, or else from the origins of the documents still readable.
    """
    described = manifest.read(ix.storage.folder, segment.segment_id())
    if described is not None:
        return set(described.sources) if described.complete else None
    try:
        reader = open_segment(ix.storage, read_toc(ix).schema, segment)
        try:
            origins = [reader.stored_fields(d).get("origin") for d in reader.all_doc_ids()]
        finally:
            reader.close()
    except Exception:  # noqa: BLE001 - too damaged to tell
        return None
    if not all(origins):
        return None
    return {source_file(str(origin)) for origin in origins}
