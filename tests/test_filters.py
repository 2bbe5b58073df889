"""Filters: dates and ranges read, narrowings combined, mapped onto the index's values."""

from __future__ import annotations

from datetime import date

import pytest

from search.filters import FilterError, Filters, date_bounds, date_range


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("2023", (date(2023, 1, 1), date(2023, 12, 31))),
        ("2023-09", (date(2023, 9, 1), date(2023, 9, 30))),
        ("2024-02", (date(2024, 2, 1), date(2024, 2, 29))),
        ("2023-9-5", (date(2023, 9, 5), date(2023, 9, 5))),
    ],
)
def test_date_bounds(text: str, bounds: tuple[date, date]) -> None:
    assert date_bounds(text) == bounds


@pytest.mark.parametrize("text", ["gestern", "2023-13", "2023-02-30", "23", "", "2023/09"])
def test_bad_dates_are_reported(text: str) -> None:
    with pytest.raises(FilterError):
        date_bounds(text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("2023-01..2023-06", (date(2023, 1, 1), date(2023, 6, 30))),
        ("2022..", (date(2022, 1, 1), None)),
        ("..2020", (None, date(2020, 12, 31))),
        ("2023-05-10", (date(2023, 5, 10), date(2023, 5, 10))),
    ],
)
def test_date_range(text: str, span: tuple) -> None:
    assert date_range(text) == span


def test_merge_requires_both() -> None:
    a = Filters.make(source=["a", "b"], date_from=date(2020, 1, 1))
    b = Filters.make(source=["b", "c"], date_to=date(2021, 1, 1))
    merged = a.merge(b)
    assert merged.source == {"b"}
    assert (merged.date_from, merged.date_to) == (date(2020, 1, 1), date(2021, 1, 1))
    assert not merged.impossible
    assert Filters.make(source=["a"]).merge(Filters.make(source=["c"])).impossible
    late = Filters(date_from=date(2022, 1, 1)).merge(Filters(date_to=date(2021, 1, 1)))
    assert late.impossible


def test_resolve_ignores_case_and_maps_language_names() -> None:
    known = {"source": ["Weserbote", "alpenpost"], "lang": ["de", "en"], "category": []}
    f = Filters.make(source=["weserbote", "ALPENPOST"], lang=["Englisch"]).resolve(known)
    assert f.source == {"Weserbote", "alpenpost"} and f.lang == {"en"}
    unknown = Filters.make(source=["nowhere"]).resolve(known)
    assert unknown.source == {"nowhere"}  # kept: it simply matches nothing


@pytest.mark.parametrize(
    ("source", "lang", "flags", "day", "accepted"),
    [
        ("a", "de", {"date-future"}, date(2020, 5, 1), True),
        ("x", "de", {"date-future"}, date(2020, 5, 1), False),
        ("a", "en", {"date-future"}, date(2020, 5, 1), False),
        ("a", "de", {"date-future"}, date(2019, 12, 31), False),
        ("a", "de", {"date-future"}, None, False),
        ("a", "de", set(), date(2020, 5, 1), False),
        ("a", "de", {"date-future", "lang-uncertain"}, date(2020, 5, 1), False),
    ],
)
def test_accepts(source: str, lang: str, flags: set, day, accepted: bool) -> None:
    f = Filters.make(
        source=["a", "b"], lang=["de"], flag=["date-future"], date_from=date(2020, 1, 1)
    )
    f = f.merge(Filters(exclude=frozenset({("flag", "lang-uncertain")})))
    values = {"source": source, "lang": lang, "flag": frozenset(flags)}
    assert f.accepts(values, day) is accepted


def test_params_round_trip() -> None:
    f = Filters.make(source=["b", "a"], date_from=date(2020, 1, 1), date_to=date(2020, 1, 31))
    assert f.as_params() == {"from": ["2020-01-01"], "to": ["2020-01-31"], "source": ["a", "b"]}
    assert f.without("source").as_params() == {"from": ["2020-01-01"], "to": ["2020-01-31"]}
    assert f.without("date").as_params() == {"source": ["a", "b"]}
    assert not Filters().active and Filters.make(source=["a"]).active
