"""What the server reads at once instead of a value at a time: columns and the lexicon."""

from __future__ import annotations

from pathlib import Path

import pytest

from index import analysis
from search import commit
from search.archive import Archive

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
    got = commit.column(reader, name, translate)
    assert got == expected
    assert [type(v) for v in got] == [type(v) for v in expected]


def test_lexicon_is_kept_and_read_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSARCHIVE_CACHE", str(tmp_path))
    monkeypatch.setattr(analysis, "_lexicon_cache", None)
    path = analysis.lexicon_cache_path()
    assert path.parent == tmp_path and not path.exists()
    made = analysis.lexicon()
    assert path.exists() and made == analysis._lexicon_from_wordfreq()
    monkeypatch.setattr(analysis, "_lexicon_cache", None)
    assert analysis.lexicon() == made  # read back, floats and all


@pytest.mark.parametrize("content", ["", "{kaputt", "[1, 2]"])
def test_unreadable_lexicon_file_is_made_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str
) -> None:
    monkeypatch.setenv("NEWSARCHIVE_CACHE", str(tmp_path))
    monkeypatch.setattr(analysis, "_lexicon_cache", None)
    analysis.lexicon_cache_path().write_text(content, encoding="utf-8")
    assert analysis.lexicon() == analysis._lexicon_from_wordfreq()
    monkeypatch.setattr(analysis, "_lexicon_cache", None)
    assert analysis.lexicon() == analysis._lexicon_from_wordfreq()
