"""Facets and timeline: count a query's matches by source, language, category, year and date."""

from __future__ import annotations

import calendar
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from whoosh.reading import IndexReader
from whoosh.util.times import long_to_datetime

from search.filters import DIMENSIONS, Filters

FACETS = ("source", "lang", "category", "year", "extractor", "flag")
MAX_FACET_VALUES = 30
# Beyond this many buckets a finer granularity is not drawn: months up to ~8 years, days
# up to ~4 months.
MAX_BUCKETS = 120


PLAUSIBLE_FROM = date(1900, 1, 1)


def _latest() -> date:
    return date.today() + timedelta(days=366)


@dataclass
class Row:
    """The values of one matching article that facets and the timeline count."""

    docnum: int
    source: str
    lang: str
    category: str
    day: date | None
    body: str  # the story group (else the hash of the body): copies count once
    extractor: str = ""
    flag: frozenset[str] = frozenset()

    def values(self) -> dict[str, str | frozenset[str]]:
        """Return the faceted values by dimension."""
        return {
            "source": self.source,
            "lang": self.lang,
            "category": self.category,
            "extractor": self.extractor,
            "flag": self.flag,
        }


def column_date(value: Any) -> date | None:
    """Turn a raw date column value into a date; None for articles without one."""
    try:
        d = long_to_datetime(value)
    except (OverflowError, TypeError, ValueError):
        return None  # the column's filler for a missing date lies outside datetime's range
    return d.date() if isinstance(d, datetime) and d.year > 1 else None


def column(reader: IndexReader, name: str, translate: bool = True) -> list[Any]:
    """Read a column of the whole index into a list indexed by document number.

    Segment by segment: Whoosh's multi-segment column reader mixes up (or fails on)
    segments that have no value in a column, as a segment without dated articles.
    A segment without the column gives None for its documents.
    """
    values: list[Any] = [None] * reader.doc_count_all()
    # Each read makes a new string: one object per distinct value instead (a source,
    # a language) keeps a column of a few hundred thousand articles small.
    same: dict[Any, Any] = {}
    for leaf, offset in reader.leaf_readers():
        if not leaf.doc_count_all() or not leaf.has_column(name):
            continue
        col = leaf.column_reader(name, translate=translate)
        for local in range(leaf.doc_count_all()):
            value = col[local]
            values[offset + local] = same.setdefault(value, value)
    return values


def rows(
    columns: Callable[..., list[Any]],
    docnums: Iterable[int],
    groups: list[str] | None = None,
    flags: dict[int, frozenset[str]] | None = None,
) -> list[Row]:
    """Read the faceted values of the given documents; groups: each docnum's story.

    columns(name, translate=True) returns a column of the index by document number;
    flags maps a document number to its quality flags.
    """
    cols = {name: columns(name) for name in ("source", "lang", "category", "extractor")}
    flags = flags or {}
    dates = columns("date", translate=False)
    bodies = columns("body_hash")
    return [
        Row(
            d,
            cols["source"][d] or "",
            cols["lang"][d] or "",
            cols["category"][d] or "",
            column_date(dates[d]),
            groups[d] if groups else bodies[d] or str(d),
            cols["extractor"][d] or "",
            flags.get(d, frozenset()),
        )
        for d in docnums
    ]


def _passes(row: Row, filters: Filters) -> bool:
    return filters.accepts(row.values(), row.day)


def facet_counts(matches: list[Row], filters: Filters) -> dict[str, list[dict[str, Any]]]:
    """Count the query's articles per value of each facet, under the other facets' filters.

    A facet's own filter is left out of its counts, so a user sees how many articles the
    other values of that facet would add; copies of one body count once.
    """
    out: dict[str, list[dict[str, Any]]] = {}
    for facet in FACETS:
        others = filters.without("date" if facet == "year" else facet)
        seen: dict[str, set[str]] = defaultdict(set)
        for row in matches:
            if not _passes(row, others):
                continue
            if facet == "year":
                if row.day is None:
                    continue
                found: frozenset[str] = frozenset({str(row.day.year)})
            elif facet == "flag":
                found = row.flag
            else:
                found = frozenset({getattr(row, facet)} - {""})
            for value in found:
                seen[value].add(row.body)
        counts = Counter({v: len(bodies) for v, bodies in seen.items()})
        selected = _selected(facet, filters)
        if facet == "year":
            values = sorted(counts, reverse=True)
        else:
            values = [v for v, _ in counts.most_common()]
        values = values[:MAX_FACET_VALUES]
        # A selected value stays visible (count 0) so it can be toggled off again.
        values += sorted(v for v in selected if v not in values)
        out[facet] = [
            {"value": v, "count": counts.get(v, 0), "selected": v in selected} for v in values
        ]
    return out


def _selected(facet: str, filters: Filters) -> set[str]:
    if facet in DIMENSIONS:
        return set(filters.values(facet))
    if filters.date_from and filters.date_to:
        a, b = filters.date_from, filters.date_to
        if (a.month, a.day, b.month, b.day) == (1, 1, 12, 31) and a.year == b.year:
            return {str(a.year)}
    return set()


def _granularity(first: date, last: date) -> str:
    """Pick year, month or day buckets so the strip has a readable number of bars."""
    if (last - first).days <= MAX_BUCKETS:
        return "day"
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    return "month" if months <= MAX_BUCKETS else "year"


def _bucket(day: date, unit: str) -> date:
    if unit == "year":
        return date(day.year, 1, 1)
    if unit == "month":
        return date(day.year, day.month, 1)
    return day


def _next(start: date, unit: str) -> date:
    if unit == "year":
        return date(start.year + 1, 1, 1)
    if unit == "month":
        return date(start.year + (start.month == 12), start.month % 12 + 1, 1)
    return start + timedelta(days=1)


def _end(start: date, unit: str) -> date:
    if unit == "year":
        return date(start.year, 12, 31)
    if unit == "month":
        return date(start.year, start.month, calendar.monthrange(start.year, start.month)[1])
    return start


def _label(start: date, unit: str) -> str:
    if unit == "year":
        return f"{start.year}"
    if unit == "month":
        return f"{start.year}-{start.month:02d}"
    return start.isoformat()


def timeline(matches: list[Row], filters: Filters) -> dict[str, Any]:
    """Count the matches per day, month or year over their span, empty buckets included."""
    counted: dict[date, set[str]] = defaultdict(set)
    undated: set[str] = set()
    days = []
    for row in matches:
        if not _passes(row, filters):
            continue
        if row.day is None or not PLAUSIBLE_FROM <= row.day <= _latest():
            undated.add(row.body)  # no date, or one that cannot be right: not drawn
            continue
        days.append(row.day)
    if not days:
        return {"granularity": None, "buckets": [], "undated": len(undated)}
    first, last = min(days), max(days)
    # Inside a date filter the strip spans the filter, so a click zooms in.
    if filters.date_from and filters.date_to and (filters.date_to - filters.date_from).days < 4000:
        first, last = filters.date_from, filters.date_to
    unit = _granularity(first, last)
    for row in matches:
        if row.day is not None and first <= row.day <= last and _passes(row, filters):
            counted[_bucket(row.day, unit)].add(row.body)
    buckets = []
    start = _bucket(first, unit)
    while start <= last:
        buckets.append(
            {
                "key": _label(start, unit),
                "from": start.isoformat(),
                "to": _end(start, unit).isoformat(),
                "count": len(counted.get(start, ())),
            }
        )
        start = _next(start, unit)
    return {"granularity": unit, "buckets": buckets, "undated": len(undated)}
