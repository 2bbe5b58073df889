"""Write documents gathered in memory as one Whoosh segment, leanly.

Whoosh's SegmentWriter sends every posting through a sorting pool and, when writing
them, reads each document's field length back from the column file per posting (a
file-exists check each time). This writer keeps a field's postings per term in memory
and the field lengths in a list, sorts each field's terms once, and writes the segment
with Whoosh's own codec (the same files, the same bytes per posting), so Whoosh and the
search code read it as any other segment. Past a budget the postings gathered so far go
to disk (spill(), index.spill) and come back merged when the segment is written, the same
bytes. Writing the table of segments that names it
is index.commit's job, in the process that holds the index. Beside the segment goes its
manifest (index.manifest): its files' sizes and checksums and the archive files its
articles came from.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
from array import array
from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple

from whoosh.analysis import IDTokenizer
from whoosh.codec import default_codec
from whoosh.fields import ID
from whoosh.formats import Existence
from whoosh.util.numeric import byte_to_length, length_to_byte

from index import manifest
from index.gather import Gathered, Vocabulary
from index.readers import source_file
from index.spill import Runs, joined, merged_terms, popped
from index.terms import CachedTerms, Postings, add_posting
from index.whole_terms import WholeTerms
from index.whoosh_write import (
    Segment,
    TrackedStorage,
    add_single_term,
    add_term_postings,
    fast_stored,
    lean_term_index,
    write_terms,
)

# Values of a repeated field whose terms a builder keeps.
REPEATED_LIMIT = 10_000
# What a builder's data takes in memory, by what it grows with (tracemalloc over a
# worker's share of the 280,717-article archive, 10,000 to 70,000 documents): each
# document (its id and hashes, field lengths, column values, the postings its words add to
# terms found before) and each distinct term of a field (its key and entry, the arrays of
# a term found twice, the dictionary's slot). Tokens are not counted: at that size most
# documents are headlines of a few words. A long article takes more (some 7 KB): at the
# size of the evaluation corpus a worker's estimate is half of what it holds.
BYTES_PER_DOCUMENT = 800
BYTES_PER_TERM = 280
# What a document takes once its postings are on disk (spill()), until the segment is
# written (tracemalloc over 20,000 headlines of the 280,717-article archive, by file):
# its whole-value terms some 150 bytes, its id and field lengths 55, column values 100.
BYTES_KEPT_PER_DOCUMENT = 300


class SegmentStorage(TrackedStorage):
    """The index's storage, keeping the files a builder opens and giving it a temporary
    folder of its own (Whoosh names one per index, which parallel builders would share)."""

    def __init__(self, storage: Any, files: list[Any], tempname: str) -> None:
        super().__init__(storage, files)
        self._tempname = tempname

    def temp_storage(self, *args: Any, **kwargs: Any) -> Any:
        return TrackedStorage(self._storage.temp_storage(self._tempname), self._files)


class _Plan(NamedTuple):
    """A field as SegmentBuilder.add() adds its values."""

    field: Any
    postings: Postings | None  # None: not indexed, a whole-value or a gathered field
    whole: WholeTerms | None  # the terms of a whole-value field
    gathered: Gathered | None  # the tokens of a text field of a cached analysis
    scorable: bool
    stored: bool
    column: Any  # None: no column


class SegmentBuilder:
    """Gather documents and write them as one new segment of an index."""

    def __init__(
        self, storage: Any, indexname: str, schema: Any, repeated: Iterable[str] = ()
    ) -> None:
        """`repeated`: fields whose values repeat from document to document (a date, a
        source), whose terms are computed once per value."""
        self.schema = schema
        self._repeated: dict[str, dict[Any, list[Any]]] = {name: {} for name in repeated}
        # Repeated fields (not IDs, whose column value is the value's bytes) → value →
        # its column value.
        self._repeated_columns: dict[str, dict[Any, Any]] = {
            name: {} for name in repeated if name in schema and type(schema[name]) is not ID
        }
        self.codec = default_codec()
        self.segment = self.codec.new_segment(storage, indexname)
        self.ids: list[str] = []
        # The archive files the documents were read from, for the manifest.
        self.sources: set[str] = set()
        self._folder = storage.folder
        self._files: list[Any] = []
        # A leading dot: Whoosh's clean_files leaves it alone, and it is no segment file.
        self._tempname = f".{self.segment.segment_id()}.tmp"
        self.storage = SegmentStorage(storage, self._files, self._tempname)
        self._perdoc = self.codec.per_document_writer(self.storage, self.segment)
        fast_stored(self._perdoc)
        # field → term bytes → (docnums, weights, encoded positions)
        self._postings: dict[str, Postings] = {}
        # text field of a cached analysis → its tokens; analyzer id → its words' tokens
        self._gathered: dict[str, Gathered] = {}
        self._vocabularies: dict[int, Vocabulary] = {}
        # whole-value field → its terms
        self._wholes: dict[str, WholeTerms] = {}
        # field → length per document, as Whoosh reads it back from the length column
        self._lengths: dict[str, array] = {}
        self._analyzers: dict[str, CachedTerms | None] = {}
        self._plans: dict[str, _Plan] = {}
        # Fields indexed as one whole term (ID fields: an id, a hash) → the term's weight.
        self._whole = {
            name: field.format.field_boost
            for name, field in schema.items()
            if name not in self._repeated and whole_value(field)
        }
        self._doccount = 0
        # The postings put on disk so far (spill()), and the documents they hold.
        self._runs = Runs(os.path.join(self._folder, self._tempname), self._files)
        self._spilled_docs = 0

    def __len__(self) -> int:
        return self._doccount

    def buffered_bytes(self) -> int:
        """Estimate the memory the documents added so far take until the segment is
        written: per document and per distinct term (BYTES_PER_DOCUMENT, BYTES_PER_TERM),
        and per document whose postings are on disk (kept_bytes())."""
        terms = sum(map(len, self._postings.values())) + sum(map(len, self._vocabularies.values()))
        held = self._doccount - self._spilled_docs
        return held * BYTES_PER_DOCUMENT + terms * BYTES_PER_TERM + self.kept_bytes()

    def kept_bytes(self) -> int:
        """Estimate the memory of the documents whose postings are on disk: what they
        take until the segment is written, however often the postings are spilled."""
        return self._spilled_docs * BYTES_KEPT_PER_DOCUMENT

    def spill(self) -> None:
        """Put the postings gathered so far on disk, to be merged back when the segment
        is written (index.spill): the segment grows with its memory bounded."""
        if self._doccount > self._spilled_docs:
            gathered = {name: g.postings() for name, g in self._gathered.items()}
            self._runs.spill({**self._postings, **gathered})
            for vocabulary in self._vocabularies.values():  # every field's numbers spilled
                vocabulary.clear()
            self._spilled_docs = self._doccount

    def _terms(self, name: str, field: Any, value: Any) -> Iterable[tuple]:
        known = self._repeated.get(name)
        if known is not None:
            terms = known.get(value)
            if terms is None:
                if len(known) >= REPEATED_LIMIT:
                    known.clear()
                terms = known[value] = list(field.index(value))
            return terms
        return field.index(value)

    def _column_value(self, name: str, field: Any, value: Any) -> Any:
        """Return a value's column value, computed once per value of a repeated field
        whose conversion is more than an encoding (a date: some 5 µs each time)."""
        known = self._repeated_columns.get(name)
        if known is None or getattr(value, "tzinfo", None) is not None:
            # An aware date's column value depends on its offset, which == ignores.
            return field.to_column_value(value)
        found = known.get(value)
        if found is None:
            if len(known) >= REPEATED_LIMIT:
                known.clear()
            found = known[value] = field.to_column_value(value)
        return found

    def _cached(self, name: str, field: Any) -> CachedTerms | None:
        """Return the cached analysis of a text field (None: not one of the project's)."""
        if name not in self._analyzers:
            applies = name not in self._repeated and CachedTerms.applies_to(field)
            self._analyzers[name] = CachedTerms(field) if applies else None
        return self._analyzers[name]

    def _plan(self, name: str) -> _Plan:
        """Return what adding a value of a field takes, worked out once per field."""
        plan = self._plans.get(name)
        if plan is None:
            if name not in self.schema:
                raise ValueError(f"No field named {name!r} in the schema")
            field = self.schema[name]
            if field.vector or field.separate_spelling():
                raise ValueError(f"Field {name!r}: vectors and spelling are not supported")
            column = field.column_type
            whole = name in self._whole
            cached = self._cached(name, field) if field.indexed else None
            gathered = None
            if cached is not None:  # fields analyzed alike share their words' numbers
                words = self._vocabularies.setdefault(id(cached.analyzer), Vocabulary(cached))
                gathered = self._gathered[name] = Gathered(cached, words)
            plain = field.indexed and not whole and gathered is None
            plan = self._plans[name] = _Plan(
                field,
                self._postings.setdefault(name, {}) if plain else None,
                self._wholes.setdefault(name, WholeTerms()) if whole else None,
                gathered,
                bool(field.scorable),
                bool(field.stored),
                column or None,
            )
        return plan

    def add(self, fields: dict[str, Any]) -> None:
        """Add a document: what SegmentWriter.add_document does for this project's schema."""
        docnum = self._doccount
        perdoc = self._perdoc
        plans = [(name, self._plan(name)) for name in sorted(fields) if not name.startswith("_")]
        perdoc.start_doc(docnum)
        try:
            for name, (field, postings, whole, gathered, scorable, stored, column) in plans:
                value = fields[name]
                if value is None:
                    continue
                length = 0
                if whole is not None:
                    if type(value) is str:
                        # field.index(value) of an ID field: its one term, the value itself.
                        whole.add(value.encode("utf-8"), docnum)
                        length = 1
                    else:
                        for tbytes, freq, _, _ in field.index(value):
                            whole.add(tbytes, docnum)
                            length += freq
                    if not scorable:
                        length = 0
                elif gathered is not None:
                    length = gathered.add(value, docnum)
                    if not scorable:
                        length = 0
                elif postings is not None:
                    for tbytes, freq, weight, vbytes in self._terms(name, field, value):
                        length += freq
                        add_posting(postings, tbytes, docnum, weight, vbytes)
                    if not scorable:
                        length = 0
                perdoc.add_field(name, field, value if stored else None, length)
                if length:
                    lengths = self._lengths.get(name)
                    if lengths is None:
                        lengths = self._lengths[name] = array("I")
                    lengths.extend([0] * (docnum + 1 - len(lengths)))
                    # What the length column gives back: the byte-quantized length.
                    lengths[docnum] = byte_to_length(length_to_byte(length))
                if column is not None:
                    perdoc.add_column_value(name, column, self._column_value(name, field, value))
        except BaseException:
            perdoc.cancel_doc()
            raise
        perdoc.finish_doc()
        self.ids.append(fields.get("id", ""))
        if fields.get("origin"):
            self.sources.add(source_file(fields["origin"]))
        self._doccount += 1

    def finish(self) -> Segment:
        """Write the segment's files (not yet synced) and return the segment."""
        self._perdoc.close()
        fieldwriter = self.codec.field_writer(self.storage, self.segment)
        lean_term_index(fieldwriter)
        schema = self.schema
        runs = self._runs.readers()
        for name in sorted([*self._postings, *self._gathered, *self._wholes]):
            whole = self._wholes.get(name)
            if whole is not None:
                if whole:
                    fieldwriter.start_field(name, schema[name])
                    self._write_whole(fieldwriter, name, whole)
                    fieldwriter.finish_field()
                continue
            gathered = self._gathered.get(name)
            memory = gathered.postings() if gathered is not None else popped(self._postings[name])
            if runs:
                self._write_terms(fieldwriter, name, merged_terms(runs, name, memory), True)
            else:
                self._write_terms(fieldwriter, name, memory, False)
        fieldwriter.close()
        self.segment.set_doc_count(self._doccount)
        # One compound file per segment, as Whoosh's writer leaves it.
        self.segment.create_compound_file(self.storage)
        self._remove_temp()
        manifest.write(self._folder, self.segment.segment_id(), self._doccount, self.sources)
        return self.segment

    def _write_terms(
        self,
        fieldwriter: Any,
        name: str,
        terms: Iterable[tuple[bytes, Any]],
        from_disk: bool,
    ) -> None:
        """Write a field's terms in increasing order, each with its postings (from
        `from_disk` runs: its entries in the order they were gathered, more than one
        where runs on disk hold some, spill()); a field without terms is left out."""
        lengths = self._lengths.get(name)
        if from_disk:
            cached = self._analyzers.get(name)
            canonical = cached.single_encodings() if cached is not None else {}
            terms = _joined_terms(terms, canonical)
        it = iter(terms)
        first = next(it, None)
        if first is None:
            return
        fieldwriter.start_field(name, self.schema[name])
        write_terms(fieldwriter, itertools.chain((first,), it), lengths)
        fieldwriter.finish_field()

    def _write_whole(self, fieldwriter: Any, name: str, whole: WholeTerms) -> None:
        """Write a whole-value field's terms, as the postings of any other field."""
        weight = self._whole[name]
        lengths = self._lengths.get(name)
        for tbytes, docnums in whole.grouped():
            if len(docnums) == 1:
                add_single_term(fieldwriter, tbytes, docnums[0], weight, b"", lengths)
                continue
            fieldwriter.start_term(tbytes)
            weights = array("f", (weight,)) * len(docnums)
            add_term_postings(fieldwriter, docnums, weights, [b""] * len(docnums), lengths)
            fieldwriter.finish_term()

    def _remove_temp(self) -> None:
        shutil.rmtree(os.path.join(self._folder, self._tempname), ignore_errors=True)

    def abort(self) -> None:
        """Give up after a failure: close every file and remove what was written."""
        for f in self._files:
            with contextlib.suppress(Exception):
                f.close()
        self._remove_temp()
        remove_segment_files(self._folder, [self.segment])


def _joined_terms(
    terms: Iterable[tuple[bytes, list[Any]]], canonical: dict[bytes, bytes]
) -> Iterator[tuple[bytes, Any]]:
    """Yield each term with its entries from the runs and memory joined into one
    (a term of one posting in one entry kept as it is)."""
    for tbytes, entries in terms:
        entry = entries[0]
        if len(entries) == 1 and type(entry[0]) is int:
            yield tbytes, entry
        else:
            yield tbytes, joined(entries, canonical)


def whole_value(field: Any) -> bool:
    """Tell whether a field indexes a value as one term, the value itself (an ID field)."""
    return (
        type(field) is ID
        and type(field.analyzer) is IDTokenizer
        and type(field.format) is Existence
    )


def remove_segment_files(folder: str | os.PathLike[str], segments: Iterable[Segment]) -> None:
    """Remove the files of segments that no table of segments names."""
    prefixes = tuple(f"{segment.segment_id()}." for segment in segments)
    if not prefixes:
        return
    for name in os.listdir(folder):
        if name.startswith(prefixes):
            with contextlib.suppress(OSError):
                os.remove(os.path.join(folder, name))


def temp_files(folder: str | os.PathLike[str], indexname: str) -> list[str]:
    """Return the names of the temporary folders and files of builders in an index folder."""
    prefix = f".{indexname}_"
    return sorted(n for n in os.listdir(folder) if n.startswith(prefix) and n.endswith(".tmp"))


def remove_temp_folders(folder: str | os.PathLike[str], indexname: str) -> None:
    """Remove the temporary folders and files builders left (a killed or failed run)."""
    for name in temp_files(folder, indexname):
        path = os.path.join(folder, name)
        if os.path.isdir(path):
            shutil.rmtree(path, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                os.remove(path)
