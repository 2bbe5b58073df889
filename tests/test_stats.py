"""What the archive holds, and what the analyzer makes of a text (search.stats)."""

from __future__ import annotations

import pytest

from search.archive import Archive


def test_analyze_shows_compound_parts_with_offsets(news) -> None:
    tokens = news.analyze("Waffenlieferungen an Kim")
    assert [(t["term"], t["surface"], t["kind"]) for t in tokens] == [
        ("waffenliefer", "Waffenlieferungen", "word"),
        ("waff", "Waffen", "part"),
        ("liefer", "lieferungen", "part"),
        ("kim", "Kim", "word"),
    ]


def test_stats_count_articles_once_and_copies_apart(news: Archive) -> None:
    stats = news.stats()
    assert (stats["documents"], stats["articles"], stats["duplicates"]) == (50, 49, 1)
    assert sum(stats["languages"].values()) == sum(stats["sources"].values()) == 49
    assert sum(stats["years"].values()) <= 49
    first, last = stats["date_span"]["first"], stats["date_span"]["last"]
    assert first is not None and last is not None and first < last
    assert stats["index_bytes"] > 0


@pytest.mark.parametrize(
    ("group", "text", "terms"),
    [
        ("de", "Straße in München", ["strass", "munch"]),
        ("en", "energy prices", ["energi", "price"]),
        ("xx", "Straße", ["strasse"]),
    ],
)
def test_analyze_by_group(news: Archive, group: str, text: str, terms: list[str]) -> None:
    assert [t["term"] for t in news.analyze(text, group)] == terms
