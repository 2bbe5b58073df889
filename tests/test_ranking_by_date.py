"""The result set in date order: the most words first, undated last."""

from __future__ import annotations

import pytest
from ranking_cases import rank_typed

from search.archive import Archive


@pytest.mark.parametrize(
    ("query", "sort", "dates", "lacking"),
    [
        # No article holds all five words: the one with four comes first, then the set's
        # others (three of them) by date.
        (
            "Kim Putin Gipfel Hafen Bremen",
            "newest",
            ["2023-11-20", "2024-06-19", "2023-09-13"],
            [1, 2, 2],
        ),
        (
            "Kim Putin Gipfel Hafen Bremen",
            "oldest",
            ["2023-11-20", "2023-09-13", "2024-06-19"],
            [1, 2, 2],
        ),
        (
            "Nordkorea Waffen Russland Hafen Energie",
            "oldest",
            ["2023-11-20", "2024-06-19", "2023-09-13"],
            [1, 1, 2],
        ),
        # Every article of the set holds all the words: by date alone.
        (
            "Nordkorea Waffen Russland",
            "oldest",
            ["2023-09-13", "2023-11-20", "2024-06-19"],
            [0, 0, 0],
        ),
    ],
)
def test_date_sort_lists_the_most_words_first(
    archive: Archive, query: str, sort: str, dates: list[str], lacking: list[int]
) -> None:
    result = archive.search(query, sort=sort)
    assert [h.date for h in result.hits] == dates
    assert [len(h.missing) for h in result.hits] == lacking


@pytest.mark.parametrize("sort", ["newest", "oldest"])
def test_sort_by_date_puts_undated_last(news, sort: str) -> None:
    result = news.search("quelle:weserbote", sort=sort)
    dates = [h.date for h in result.hits]
    assert dates[-1] is None
    assert dates[:-1] == sorted(dates[:-1], reverse=sort == "newest")


@pytest.mark.parametrize("sort", ["newest", "oldest"])
def test_by_date_every_match_in_order(news: Archive, sort: str) -> None:
    found = rank_typed(news, "quelle:weserbote", sort=sort, wanted=100)
    days = news.commit().days()
    dated = [days[d] for d, _ in found.hits if days[d] is not None]
    assert dated == sorted(dated, reverse=sort == "newest")
    assert days[found.hits[-1][0]] is None and all(score == 0.0 for _, score in found.hits)
    assert found.total == len(found.hits) == 4
