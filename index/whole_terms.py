"""Keep the terms of whole-value fields (ids, hashes) compactly while a segment is built.

An ID field gives each document one term, almost always a term no other document has:
kept in a dictionary of postings, each would cost a key, a slot and a tuple (some 170
bytes for an id of 19 characters). Here a field's terms are kept end to end in one
buffer with their documents' numbers in an array (the term's length and 8 bytes more),
and sorted once, when the segment is written.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from itertools import chain


class WholeTerms:
    """A whole-value field's terms of a segment, in the order the documents were added."""

    def __init__(self) -> None:
        self._data = bytearray()
        self._ends = array("Q")  # where each term ends in _data
        self._docnums = array("I")

    def __len__(self) -> int:
        return len(self._docnums)

    def add(self, tbytes: bytes, docnum: int) -> None:
        """Add a term of document `docnum` (documents in increasing order)."""
        self._data += tbytes
        self._ends.append(len(self._data))
        self._docnums.append(docnum)

    def grouped(self) -> Iterator[tuple[bytes, array[int]]]:
        """Yield each term, in increasing order, with the documents it is found in (in
        increasing order); empty the store as it goes."""
        data = bytes(self._data)
        self._data = bytearray()
        ends = self._ends
        terms = [data[start:end] for start, end in zip(chain((0,), ends), ends, strict=False)]
        del data
        self._ends = array("Q")
        docnums, self._docnums = self._docnums, array("I")
        # A stable sort: the documents of a term stay in increasing order.
        order = sorted(range(len(terms)), key=terms.__getitem__)
        i = 0
        while i < len(order):
            tbytes = terms[order[i]]
            j = i + 1
            while j < len(order) and terms[order[j]] == tbytes:
                j += 1
            yield tbytes, array("I", (docnums[k] for k in order[i:j]))
            i = j
