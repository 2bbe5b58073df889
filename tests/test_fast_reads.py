"""What the server reads at once instead of a value at a time: columns."""

from __future__ import annotations

from pathlib import Path

import pytest

from search import facets
from search.engine import Archive

COLUMNS = [
    ("id", True),
    ("id", False),
    ("body_hash", True),
    ("source", True),
    ("lang", True),
    ("category", True),
    ("extractor", False),
    ("date", False),  # translated, the filler of a missing date overflows datetime
]


@pytest.mark.parametrize(("name", "translate"), COLUMNS)
def test_columns_read_at_once_equal_whooshs_reads(
    news_index: Path, name: str, translate: bool
) -> None:
    reader = Archive(news_index).searcher().reader()
    expected: list = [None] * reader.doc_count_all()
    for leaf, offset in reader.leaf_readers():
        if leaf.doc_count_all() and leaf.has_column(name):
            col = leaf.column_reader(name, translate=translate)
            for local in range(leaf.doc_count_all()):
                expected[offset + local] = col[local]
    got = facets.column(reader, name, translate)
    assert got == expected
    assert [type(v) for v in got] == [type(v) for v in expected]
