"""A commit's values read once (search.commit): columns read at once equal Whoosh's reads."""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from generated import index_edited_in_runs

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


def test_days_are_the_date_column_read_as_dates(news: Archive) -> None:
    current = news.commit()
    raw = current.column("date", translate=False)
    days = current.days()
    assert list(days) == [commit.column_date(v) for v in raw]
    assert sum(d is None for d in days) == 1  # the article without a date
    assert current.days() is days  # read once


def test_story_groups_put_copies_together(news: Archive) -> None:
    current = news.commit()
    ids = current.column("id")
    keys = current.group_keys()
    at = {i: d for d, i in enumerate(ids)}
    a, b = "weserbote/2022-05-10_hafen-ausbau", "dpa-ticker/2022-05-10_hafen-bremerhaven"
    assert keys[at[a]] == keys[at[b]]
    assert len(set(keys)) == len(keys) - 1
    assert current.group_keys() is keys


def test_story_groups_numbered(news: Archive) -> None:
    current = news.commit()
    keys = current.group_keys()
    codes, count = current.group_codes()
    assert count == len(set(keys)) == len(keys) - 1
    assert sorted(set(codes.tolist())) == list(range(count))
    # Two documents share a number exactly when they share a group.
    pairs = {(k, int(c)) for k, c in zip(keys, codes.tolist(), strict=True)}
    assert len(pairs) == count
    assert current.group_codes()[0] is codes


@pytest.mark.parametrize(
    ("dimension", "values"),
    [("source", {"weserbote", "dpa-ticker", "rheinblick"}), ("lang", {"de", "en"})],
)
def test_known_values_of_each_filter(news: Archive, dimension: str, values: set[str]) -> None:
    assert values <= set(news.commit().known()[dimension])


def test_flags_by_document(news: Archive) -> None:
    current = news.commit()
    ids = current.column("id")
    flagged = {ids[d]: set(v) for d, v in current.flags().items()}
    assert "date-missing" in flagged["weserbote/ohne-datum_stadtbibliothek"]


@pytest.fixture(scope="module")
def edited(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three segments, and articles edited after indexing (deleted in their old segment)."""
    return index_edited_in_runs(tmp_path_factory.mktemp("edited"))


@pytest.mark.parametrize(
    ("fieldname", "text"),
    [
        ("body_de", "rathaus"),  # in edited articles too (deleted in their old segment)
        ("title_de", "nachricht"),  # in every title
        ("body_de", "gibtesnicht"),
        ("body_xx", "rathaus"),  # a field without words
        ("title_en", "nachricht"),
    ],
)
def test_term_statistics_are_the_searchers(edited: Path, fieldname: str, text: str) -> None:
    archive = Archive(edited)
    searcher = archive.searcher()
    assert any(leaf.has_deletions() for leaf, _ in searcher.reader().leaf_readers())
    kept = archive.commit()
    for _ in range(2):  # worked out, then kept
        assert kept.doc_frequency(fieldname, text) == searcher.doc_frequency(fieldname, text)
        assert kept.idf(fieldname, text) == searcher.idf(fieldname, text)


@pytest.mark.parametrize(
    ("what", "kept"),
    [
        ("ids", lambda c: c.column("id")),
        ("dates", lambda c: c.column("date", translate=False)),
        ("days", lambda c: c.days()),
        ("story groups", lambda c: c.group_keys()),
        ("a source's timeline", lambda c: c.source_timelines()["weserbote"]),
    ],
)
def test_values_per_document_are_not_walked_by_the_garbage_collector(
    news: Archive, what: str, kept: Callable[[commit.Commit], Any]
) -> None:
    values = kept(news.commit())
    assert len(values) > 1
    # The collector stops tracking a tuple of plain values it has seen (a tuple of tuples
    # once it has seen the tuples inside: at most a collection later).
    gc.collect()
    gc.collect()
    assert not gc.is_tracked(values), what
