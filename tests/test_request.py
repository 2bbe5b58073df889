"""What a search may ask for (search.request): the limits and the check of a request."""

from __future__ import annotations

import pytest

from search.filters import Filters
from search.request import BadRequest, SearchLimits, SearchRequest, check


@pytest.mark.parametrize(
    ("request_", "message"),
    [
        (SearchRequest("x"), None),
        (SearchRequest("x", page=1000, size=10), None),
        (SearchRequest("x", page=0), "page must be 1 or more"),
        (SearchRequest("x", size=0), "size must be between 1 and 100"),
        (SearchRequest("x", size=101), "size must be between 1 and 100"),
        # Past the result window is not refused: the search says so (test_service).
        (SearchRequest("x", page=1001, size=10), None),
        (SearchRequest("x", sort="score"), "sort must be one of relevance, newest, oldest"),
        (SearchRequest("x", extras=frozenset({"charts"})), "extra must be among facets, timeline"),
        (SearchRequest("x", filters=Filters.make(source=["a"]), sort="oldest"), None),
    ],
)
def test_check(request_: SearchRequest, message: str | None) -> None:
    if message is None:
        check(request_, SearchLimits())
    else:
        with pytest.raises(BadRequest, match=message):
            check(request_, SearchLimits())


@pytest.mark.parametrize(
    ("limits", "size", "page", "ok"),
    [
        (SearchLimits(max_page_size=150), 150, 1, True),
        (SearchLimits(max_page_size=150), 151, 1, False),
        (SearchLimits(result_window=50), 10, 6, True),
    ],
)
def test_check_keeps_the_limits_given(limits: SearchLimits, size: int, page: int, ok: bool) -> None:
    request = SearchRequest("x", page=page, size=size)
    if ok:
        check(request, limits)
    else:
        with pytest.raises(BadRequest):
            check(request, limits)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"max_page_size": 0}, "page size must be 1 or more"),
        ({"query_chars": -5}, "query length must be 1 or more"),
        ({"default_page_size": 20, "max_page_size": 10}, r"default page size \(20\) is above"),
        ({"time_limit": 0.0}, "time limit must be above 0"),
    ],
)
def test_impossible_limits_are_refused(fields: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        SearchLimits(**fields)
