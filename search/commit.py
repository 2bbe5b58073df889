"""One commit of the index as a search reads it: its searcher and what is read once for it.

A commit numbers its documents alike for every searcher of it, so what is worked out by
document number (columns, field lengths, story groups, the facet table) is made once per
commit, on first use, and shared by every thread searching it.

What is kept per document is kept in tuples, not lists: Python's garbage collector walks
every list at each full collection (three lists of 280,717 values made one take some
100 ms, a pause for every thread of the process), but stops tracking a tuple that holds
only strings, numbers, dates and None.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, datetime
from math import log
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
from whoosh import query as wq
from whoosh.fields import Schema
from whoosh.reading import IndexReader
from whoosh.scoring import WeightingModel
from whoosh.searching import Searcher
from whoosh.util.times import long_to_datetime

from index import stories
from search.facets import Table, table
from search.filters import DIMENSIONS
from search.lru import Lru
from search.matches import field_lengths
from search.whoosh_read import column_translation, leaf_doc_frequency, var_bytes

T = TypeVar("T")

# Bytes of word groups' documents and scores a commit keeps (Commit.memo); see
# search.whoosh_read.postings.POSTINGS_BUDGET for what bounds both.
MEMO_BUDGET = 32 * 1024 * 1024
# Bytes of plain words' other forms a commit keeps (Commit.forms): their terms and the
# documents holding them, apart from the memo, whose large lists would push them out.
FORMS_BUDGET = 8 * 1024 * 1024


def column_date(value: Any) -> date | None:
    """Turn a raw date column value into a date; None for articles without one."""
    try:
        d = long_to_datetime(value)
    except (OverflowError, TypeError, ValueError):
        return None  # the column's filler for a missing date lies outside datetime's range
    return d.date() if isinstance(d, datetime) and d.year > 1 else None


def column(reader: IndexReader, name: str, translate: bool = True) -> list[Any]:
    """Read a column of the whole index into a list indexed by document number.

    Segment by segment: Whoosh's multi-segment column reader mixes up (or fails on)
    segments that have no value in a column, as a segment without dated articles.
    A segment without the column gives None for its documents.
    """
    values: list[Any] = [None] * reader.doc_count_all()
    # Each read makes a new string: one object per distinct value instead (a source,
    # a language) keeps a column of a few hundred thousand articles small.
    same: dict[Any, Any] = {}
    for leaf, offset in reader.leaf_readers():
        if not leaf.doc_count_all() or not leaf.has_column(name):
            continue
        col = leaf.column_reader(name, translate=translate)
        n = leaf.doc_count_all()
        raw = var_bytes(col, n)
        if raw is not None and raw and isinstance(raw[0], str):
            values[offset : offset + n] = [same.setdefault(v, v) for v in raw]
            continue
        if raw is not None:
            # Each distinct value translated once (a source, a language; ids are all new).
            translated: dict[Any, Any] = {}
            convert = column_translation(col)
            for local, value in enumerate(raw):
                got = translated.get(value)
                if got is None:
                    got = translated[value] = convert(value) if convert else value
                values[offset + local] = same.setdefault(got, got)
            continue
        for local in range(n):
            value = col[local]
            values[offset + local] = same.setdefault(value, value)
    return values


class StoryFile:
    """The story groups kept beside the index, read again when the file changes."""

    def __init__(self, index_dir: Path) -> None:
        self.index_dir = index_dir
        self._cached: tuple[int | None, stories.Stories] | None = None

    def read(self) -> tuple[int | None, stories.Stories]:
        """Return the file's stamp and its story groups."""
        try:
            stamp: int | None = (self.index_dir / stories.STORE).stat().st_mtime_ns
        except OSError:
            stamp = None
        cached = self._cached
        if cached is None or cached[0] != stamp:
            cached = self._cached = (stamp, stories.load_groups(self.index_dir))
        return cached


class Commit:
    """A commit's searcher, and the values read once per commit (see the module's text)."""

    def __init__(self, searcher: Searcher, schema: Schema, story_file: StoryFile) -> None:
        self.searcher = searcher
        self.reader = searcher.reader()
        self.schema = schema
        self.index_dir = story_file.index_dir
        self._story_file = story_file
        self._lock = threading.Lock()
        self._values: dict[tuple[Any, ...], Any] = {}
        # What ranking works out per word group (its documents, its matcher's scores in
        # each segment): the same for every query of this commit, kept for the next.
        self.memo: Lru[Any] = Lru(MEMO_BUDGET)
        # Each plain word's other forms (search.holding) and the documents holding them.
        self.forms: Lru[Any] = Lru(FORMS_BUDGET)

    def _kept(self, key: tuple[Any, ...], build: Callable[[], T]) -> T:
        """Return what build() makes, made once and shared by threads."""
        with self._lock:
            if key in self._values:
                found: T = self._values[key]
                return found
        value = build()
        with self._lock:
            self._values[key] = value
        return value

    def doc_frequency(self, fieldname: str, text: Any) -> int:
        """Return how many documents of the commit hold a term, as Searcher.doc_frequency
        counts them (deleted ones too), from the posting lists a search has read (kept
        process-wide) or a look-up of the term, skipping the segments and fields that
        cannot hold it; kept in the memo."""
        if fieldname not in self.schema:
            return int(self.searcher.doc_frequency(fieldname, text))
        btext = text if isinstance(text, bytes) else self.schema[fieldname].to_bytes(text)

        def count() -> tuple[int, int]:
            leaves = self.reader.leaf_readers()
            return sum(leaf_doc_frequency(leaf, fieldname, btext) for leaf, _ in leaves), 150

        found: int = self.memo.kept(("df", fieldname, btext), count)
        return found

    def idf(self, fieldname: str, text: Any) -> float:
        """Return a term's idf as Searcher.idf gives it (WeightingModel.idf over
        doc_frequency())."""
        searcher = self.searcher
        if type(searcher.weighting).idf is not WeightingModel.idf or fieldname not in self.schema:
            return float(searcher.idf(fieldname, text))
        return log(searcher.doc_count_all() / (self.doc_frequency(fieldname, text) + 1)) + 1

    def column(self, name: str, translate: bool = True) -> tuple[Any, ...]:
        """Return a column by document number."""
        return self._kept(
            ("column", name, translate), lambda: tuple(column(self.reader, name, translate))
        )

    def days(self) -> tuple[date | None, ...]:
        """Return each document's date (None: it has none)."""

        def build() -> tuple[date | None, ...]:
            decoded: dict[Any, date | None] = {}
            out = []
            for raw in self.column("date", translate=False):
                if raw not in decoded:
                    decoded[raw] = column_date(raw)
                out.append(decoded[raw])
            return tuple(out)

        return self._kept(("days",), build)

    def field_lengths(self, fieldname: str) -> np.ndarray:
        """Return the documents' lengths of a field for scoring."""
        return self._kept(("lengths", fieldname), lambda: field_lengths(self.searcher, fieldname))

    def stories(self) -> stories.Stories:
        """Return the story groups kept beside the index (read again when they change)."""
        return self._story_file.read()[1]

    def group_keys(self) -> tuple[str, ...]:
        """Map every document number to its story group (else its body hash): copies share one."""
        stamp, groups = self._story_file.read()

        def build() -> tuple[str, ...]:
            ids = self.column("id")
            hashes = self.column("body_hash")
            group_of = groups.group_of
            return tuple(
                group_of.get(ids[d]) or hashes[d] or str(d)
                for d in range(self.reader.doc_count_all())
            )

        return self._kept(("groups", stamp), build)

    def group_codes(self) -> tuple[np.ndarray, int]:
        """Number the story groups: each document's group number, and how many there are."""
        stamp = self._story_file.read()[0]

        def build() -> tuple[np.ndarray, int]:
            numbers: dict[str, int] = {}
            codes = [numbers.setdefault(k, len(numbers)) for k in self.group_keys()]
            return np.array(codes, dtype=np.int64), len(numbers)

        return self._kept(("group codes", stamp), build)

    def known(self) -> dict[str, list[str]]:
        """Return the values the index has of each filter's dimension (search.filters)."""

        def build() -> dict[str, list[str]]:
            return {
                d: [v.decode("utf-8") for v in self.reader.lexicon(d)] if d in self.schema else []
                for d in DIMENSIONS
            }

        return self._kept(("known",), build)

    def flags(self) -> dict[int, frozenset[str]]:
        """Map each flagged document number to its quality flags."""

        def build() -> dict[int, frozenset[str]]:
            out: dict[int, set[str]] = {}
            if "flag" in self.schema:
                for raw in self.reader.lexicon("flag"):
                    value = raw.decode("utf-8")
                    for d in self.searcher.docs_for_query(wq.Term("flag", value)):
                        out.setdefault(d, set()).add(value)
            return {d: frozenset(v) for d, v in out.items()}

        return self._kept(("flags",), build)

    def facet_table(self) -> Table:
        """Return every document's faceted values as codes."""
        groups = self.group_keys()
        stamp = self._story_file.read()[0]
        return self._kept(
            ("facet table", stamp),
            lambda: table(
                self.column, self.reader.doc_count_all(), self.days(), groups, self.flags()
            ),
        )

    def source_timelines(self) -> dict[str, tuple[tuple[date, str, int], ...]]:
        """Return each source's dated articles in date order."""

        def build() -> dict[str, tuple[tuple[date, str, int], ...]]:
            days = self.days()
            ids = self.column("id")
            sources = self.column("source")
            out: dict[str, list[tuple[date, str, int]]] = {}
            for d in self.reader.all_doc_ids():
                day = days[d]
                if day is not None and sources[d]:
                    out.setdefault(sources[d], []).append((day, ids[d], d))
            return {source: tuple(sorted(entries)) for source, entries in out.items()}

        return self._kept(("timelines",), build)
