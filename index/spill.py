"""Keep a segment's postings on disk in sorted runs while it is built, and merge them back.

A worker's segment holds the postings of every document added to it in memory until it
is written. Past a budget the postings gathered so far go to a run in the segment's
temporary folder (each field's terms in increasing order, in batches) and memory starts
afresh; when the segment is written, each field's terms come back from the runs and from
memory merged in order, a batch per run at a time. So a worker writes one segment per
commit however large its share, with its memory bounded, where writing a segment per
budget left several segments, each searched on its own.

Documents are added in increasing order, so a term's postings in an earlier run all come
before those of a later run and of memory: joined end to end they are the postings the
term would have had in memory alone, and the segment is the same, byte for byte.
"""

from __future__ import annotations

import heapq
import itertools
import os
import pickle
from array import array
from collections.abc import Iterator
from typing import Any, BinaryIO

from index.terms import Postings, expanded

# Terms pickled together: large enough that pickling runs in C, small enough that a
# batch of each run held while merging stays small.
BATCH_TERMS = 4096

Entry = Any  # a term's postings as index.terms keeps them (Single or Entry)


class Runs:
    """The runs of postings a segment being built has put on disk, in order."""

    def __init__(self, folder: str, files: list[Any]) -> None:
        """`folder`: where the runs go (removed with the segment's temporary files);
        `files`: a list that gets every file opened here, to be closed after a failure."""
        self._folder = folder
        self._files = files
        self._paths: list[str] = []

    def __len__(self) -> int:
        return len(self._paths)

    def spill(self, postings: dict[str, Postings | Iterator[tuple[bytes, Entry]]]) -> None:
        """Write every field's postings as a new run (fields and terms in increasing
        order) and empty them. A field's postings may also come as an iterator of its
        terms in increasing order, made a batch at a time as they are written."""
        os.makedirs(self._folder, exist_ok=True)
        path = os.path.join(self._folder, f"run-{len(self._paths)}.postings")
        with open(path, "wb") as f:
            self._files.append(f)
            for name in sorted(postings):
                terms = postings[name]
                if not isinstance(terms, dict):
                    # Only a batch of the field's terms is ever Python objects at once.
                    while batch := list(itertools.islice(terms, BATCH_TERMS)):
                        pickle.dump((name, batch), f, protocol=pickle.HIGHEST_PROTOCOL)
                    continue
                keys = sorted(terms)
                for start in range(0, len(keys), BATCH_TERMS):
                    # Popped as written: an entry is freed with its batch.
                    batch = [(k, terms.pop(k)) for k in keys[start : start + BATCH_TERMS]]
                    pickle.dump((name, batch), f, protocol=pickle.HIGHEST_PROTOCOL)
                terms.clear()  # lets the dictionary give its table back
        self._paths.append(path)

    def readers(self) -> list[_RunReader]:
        """Open every run to be read back, field after field."""
        found = []
        for path in self._paths:
            f = open(path, "rb")  # noqa: SIM115 - closed when read to its end, or by abort
            self._files.append(f)
            found.append(_RunReader(f))
        return found


class _RunReader:
    """A run read back a batch at a time."""

    def __init__(self, file: BinaryIO) -> None:
        self._file = file
        self._next: tuple[str, list[tuple[bytes, Entry]]] | None = self._load()

    def _load(self) -> tuple[str, list[tuple[bytes, Entry]]] | None:
        try:
            loaded: tuple[str, list[tuple[bytes, Entry]]] = pickle.load(self._file)
        except EOFError:
            self._file.close()
            return None
        return loaded

    def field(self, name: str) -> Iterator[tuple[bytes, Entry]]:
        """Yield the field's terms in this run, in increasing order, with their postings
        (fields are asked for in increasing order)."""
        while self._next is not None and self._next[0] <= name:
            found, batch = self._next
            self._next = self._load()
            if found == name:
                yield from batch


def merged_terms(
    readers: list[_RunReader], name: str, memory: Iterator[tuple[bytes, Entry]]
) -> Iterator[tuple[bytes, list[Entry]]]:
    """Yield each term of a field, in increasing order, with its entries in the runs and
    in memory (its terms in increasing order: popped()), in the order they were gathered."""
    sources = [_numbered(n, reader.field(name)) for n, reader in enumerate(readers)]
    sources.append(_numbered(len(readers), memory))
    # (term, run) is unique: the entries themselves are never compared.
    for tbytes, group in itertools.groupby(heapq.merge(*sources), key=_term):
        yield tbytes, [entry for _, _, entry in group]


def popped(postings: Postings) -> Iterator[tuple[bytes, Entry]]:
    """Yield a field's terms in increasing order with their postings, emptying it."""
    pop = postings.pop
    for tbytes in sorted(postings):
        yield tbytes, pop(tbytes)


def _numbered(n: int, terms: Iterator[tuple[bytes, Entry]]) -> Iterator[tuple[bytes, int, Entry]]:
    """Yield a source's terms with its number, which orders a term's entries."""
    for tbytes, entry in terms:
        yield tbytes, n, entry


def _term(item: tuple[bytes, int, Entry]) -> bytes:
    return item[0]


def joined(
    entries: list[Entry], canonical: dict[bytes, bytes]
) -> tuple[array[int], array[float], list[bytes]]:
    """Join a term's entries from the runs and memory (in order) into one list of
    postings; values equal to a key of `canonical` become its object, as in memory
    (empty where none came from disk)."""
    docnums, weights, values = expanded(entries[0])
    if len(entries) == 1:
        return docnums, weights, _canonical(values, canonical)
    # Copied before being extended: the first entry's arrays may be those it keeps.
    docnums, weights, values = array("I", docnums), array("f", weights), list(values)
    for entry in entries[1:]:
        more = expanded(entry)
        docnums.extend(more[0])
        weights.extend(more[1])
        values.extend(more[2])
    return docnums, weights, _canonical(values, canonical)


def _canonical(values: list[bytes], canonical: dict[bytes, bytes]) -> list[bytes]:
    """Return the values with each equal to a key of `canonical` as its object."""
    if not canonical:
        return values
    get = canonical.get
    return [get(v, v) for v in values]
