"""A commit's values read once (search.commit): columns read at once equal Whoosh's reads."""

from __future__ import annotations

from pathlib import Path

import pytest

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
    assert days == [commit.column_date(v) for v in raw]
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
