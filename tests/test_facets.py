"""Facets and timeline: counts under the other filters, buckets chosen from the span."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np
import pytest
from facet_oracle import Row, facet_counts, timeline

from search.facets import Table, facet_counts_of, granularity, table, timeline_of
from search.filters import Filters


@pytest.mark.parametrize(
    ("first", "last", "unit"),
    [
        (date(2023, 9, 1), date(2023, 9, 30), "day"),
        (date(2023, 1, 1), date(2023, 4, 30), "day"),
        (date(2022, 1, 1), date(2023, 12, 31), "month"),
        (date(2012, 1, 1), date(2024, 12, 31), "year"),
    ],
)
def test_granularity(first: date, last: date, unit: str) -> None:
    assert granularity(first, last) == unit


ROWS = [
    Row(1, "a", "de", "Politik", date(2023, 1, 5), "h1"),
    Row(2, "b", "de", "Politik", date(2023, 1, 5), "h1"),  # a copy of 1 in another source
    Row(3, "a", "en", "", date(2023, 3, 9), "h3", "page", frozenset({"lang-uncertain"})),
    Row(4, "b", "de", "Sport", None, "h4", "page", frozenset({"date-missing"})),
    Row(5, "a", "de", "Sport", date(1850, 1, 1), "h5", "", frozenset({"date-before-1900"})),
]


def _counts(facets: dict, facet: str) -> dict[str, int]:
    return {v["value"]: v["count"] for v in facets[facet]}


def test_facets_count_bodies_once_and_leave_their_own_filter_out() -> None:
    facets = facet_counts(ROWS, Filters())
    assert _counts(facets, "source") == {"a": 3, "b": 2}
    assert _counts(facets, "lang") == {"de": 3, "en": 1}  # the copy counts once
    assert _counts(facets, "year") == {"2023": 2, "1850": 1}
    assert _counts(facets, "extractor") == {"page": 2}
    assert _counts(facets, "flag") == {
        "lang-uncertain": 1,
        "date-missing": 1,
        "date-before-1900": 1,
    }
    flagged = facet_counts(ROWS, Filters.make(flag=["date-missing"]))
    assert _counts(flagged, "source") == {"b": 1}
    narrowed = facet_counts(ROWS, Filters.make(source=["a"]))
    # The source facet still shows b (to add it); the others count only source a.
    assert _counts(narrowed, "source") == {"a": 3, "b": 2}
    assert _counts(narrowed, "lang") == {"de": 2, "en": 1}
    assert [v["selected"] for v in narrowed["source"]] == [True, False]


def test_selected_value_without_matches_stays_to_be_toggled_off() -> None:
    facets = facet_counts(ROWS, Filters.make(source=["zzz"]))
    assert {"value": "zzz", "count": 0, "selected": True} in facets["source"]


def test_timeline_fills_empty_buckets_and_sets_aside_bad_dates() -> None:
    line = timeline(ROWS, Filters())
    assert line["granularity"] == "day"
    assert line["undated"] == 2
    buckets = line["buckets"]
    assert buckets[0] == {"key": "2023-01-05", "from": "2023-01-05", "to": "2023-01-05", "count": 1}
    assert buckets[-1]["key"] == "2023-03-09" and len(buckets) == 64
    assert sum(b["count"] for b in buckets) == 2


def test_timeline_spans_the_date_filter() -> None:
    f = Filters(date_from=date(2023, 1, 1), date_to=date(2023, 12, 31))
    line = timeline(ROWS, f)
    assert line["granularity"] == "month" and len(line["buckets"]) == 12
    assert [b["count"] for b in line["buckets"]][:3] == [1, 0, 1]
    assert line["buckets"][1] == {
        "key": "2023-02",
        "from": "2023-02-01",
        "to": "2023-02-28",
        "count": 0,
    }


def _row_table(rows: list[Row]) -> Table:
    """The Table of documents 0..max docnum with these rows' values (others empty)."""
    count = max(r.docnum for r in rows) + 1
    by = {r.docnum: r for r in rows}
    cols = {
        name: [getattr(by[d], name) if d in by else "" for d in range(count)]
        for name in ("source", "lang", "category", "extractor")
    }
    groups = [by[d].group if d in by else f"none{d}" for d in range(count)]
    flags = {r.docnum: r.flag for r in rows if r.flag}
    days = [by[d].day if d in by else None for d in range(count)]
    return table(lambda name, translate=True: cols[name], count, days, groups, flags)


FILTERED = [
    Filters(),
    Filters.make(source=["a"]),
    Filters.make(source=["a", "b"], lang=["de"]),
    Filters.make(flag=["date-missing"]),
    Filters.make(flag=["lang-uncertain", "date-before-1900"]),
    Filters.make(category=["Sport"]),
    Filters.make(extractor=["page"]),
    Filters.make(source=["zzz"]),
    Filters.make(date_from=date(2023, 1, 1), date_to=date(2023, 12, 31)),
    Filters.make(date_from=date(2023, 2, 1)),
    Filters.make(date_to=date(1900, 1, 1)),
    replace(Filters(), exclude=frozenset({("source", "b")})),
    replace(Filters(), exclude=frozenset({("flag", "date-missing"), ("lang", "en")})),
    replace(Filters(), exclude=frozenset({("category", "")})),
]


@pytest.mark.parametrize("filters", FILTERED, ids=[str(f.as_params()) for f in FILTERED])
def test_table_counts_equal_row_counts(filters: Filters) -> None:
    t = _row_table(ROWS)
    for subset in (ROWS, ROWS[1:], ROWS[::2]):
        docs = np.array([r.docnum for r in subset], dtype=np.int64)
        assert facet_counts_of(t, docs, filters) == facet_counts(subset, filters)
        assert timeline_of(t, docs, filters) == timeline(subset, filters)
