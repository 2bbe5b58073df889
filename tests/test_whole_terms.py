"""The terms of whole-value fields kept while a segment is built."""

from __future__ import annotations

import pytest

from index.whole_terms import WholeTerms


@pytest.mark.parametrize(
    ("added", "expected"),
    [
        ([], []),
        ([(b"x", 0)], [(b"x", [0])]),
        # Sorted by bytes, as Whoosh orders terms: UTF-8 after ASCII, shorter first.
        (
            [(b"b", 0), ("ä".encode(), 1), (b"a", 2), (b"ab", 3), (b"", 4)],
            [(b"", [4]), (b"a", [2]), (b"ab", [3]), (b"b", [0]), ("ä".encode(), [1])],
        ),
        # A term of several documents (a body hash of copies) keeps them in order.
        (
            [(b"h2", 0), (b"h1", 1), (b"h2", 2), (b"h1", 3), (b"h2", 7), (b"h3", 9)],
            [(b"h1", [1, 3]), (b"h2", [0, 2, 7]), (b"h3", [9])],
        ),
        ([(b"same", n) for n in range(300)], [(b"same", list(range(300)))]),
    ],
    ids=["none", "one", "order", "repeated", "one-term"],
)
def test_terms_come_sorted_with_their_documents(
    added: list[tuple[bytes, int]], expected: list[tuple[bytes, list[int]]]
) -> None:
    whole = WholeTerms()
    for tbytes, docnum in added:
        whole.add(tbytes, docnum)
    assert len(whole) == len(added)
    assert [(t, list(d)) for t, d in whole.grouped()] == expected
    # Written once: the store is empty after.
    assert not whole
    assert list(whole.grouped()) == []
