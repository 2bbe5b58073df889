"""The facet counts and the timeline worked out row by row: the oracle of search.facets.

search.facets counts with numpy over a table of codes; these count the plain way, one
article at a time, so the tests can hold the two against each other.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from search.commit import column_date
from search.facets import (
    FACETS,
    PLAUSIBLE_FROM,
    bucket,
    facet_lists,
    granularity,
    latest,
    timeline_buckets,
)
from search.filters import Filters


@dataclass
class Row:
    """The values of one matching article that facets and the timeline count."""

    docnum: int
    source: str
    lang: str
    category: str
    day: date | None
    group: str  # the story group (else the hash of the body): copies count once
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
    counted: dict[str, Counter[str]] = {}
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
                seen[value].add(row.group)
        counted[facet] = Counter({v: len(groups) for v, groups in seen.items()})
    return facet_lists(counted, filters)


def timeline(matches: list[Row], filters: Filters) -> dict[str, Any]:
    """Count the matches per day, month or year over their span, empty buckets included."""
    counted: dict[date, set[str]] = defaultdict(set)
    undated: set[str] = set()
    days = []
    for row in matches:
        if not _passes(row, filters):
            continue
        if row.day is None or not PLAUSIBLE_FROM <= row.day <= latest():
            undated.add(row.group)  # no date, or one that cannot be right: not drawn
            continue
        days.append(row.day)
    if not days:
        return {"granularity": None, "buckets": [], "undated": len(undated)}
    first, last = min(days), max(days)
    # Inside a date filter the strip spans the filter, so a click zooms in.
    if filters.date_from and filters.date_to and (filters.date_to - filters.date_from).days < 4000:
        first, last = filters.date_from, filters.date_to
    unit = granularity(first, last)
    for row in matches:
        if row.day is not None and first <= row.day <= last and _passes(row, filters):
            counted[bucket(row.day, unit)].add(row.group)
    counts = {start: len(groups) for start, groups in counted.items()}
    return timeline_buckets(first, last, unit, counts, len(undated))
