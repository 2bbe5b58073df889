"""Facets and timeline: count a query's matches by source, language, category, year and date."""

from __future__ import annotations

import calendar
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import numpy as np

from search.filters import DIMENSIONS, Filters

FACETS = ("source", "lang", "category", "year", "extractor", "flag")
MAX_FACET_VALUES = 30
# Beyond this many buckets a finer granularity is not drawn: months up to ~8 years, days
# up to ~4 months.
MAX_BUCKETS = 120


PLAUSIBLE_FROM = date(1900, 1, 1)


def latest() -> date:
    """Return the latest date a timeline draws: a year from now (later ones cannot be right)."""
    return date.today() + timedelta(days=366)


def facet_lists(
    counted: dict[str, Counter[str]], filters: Filters
) -> dict[str, list[dict[str, Any]]]:
    """List each facet's values by count (years newest first), the selected ones kept."""
    out: dict[str, list[dict[str, Any]]] = {}
    for facet, counts in counted.items():
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


def granularity(first: date, last: date) -> str:
    """Pick year, month or day buckets so the strip has a readable number of bars."""
    if (last - first).days <= MAX_BUCKETS:
        return "day"
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    return "month" if months <= MAX_BUCKETS else "year"


def bucket(day: date, unit: str) -> date:
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


def timeline_buckets(
    first: date, last: date, unit: str, counted: dict[date, int], undated: int
) -> dict[str, Any]:
    """Lay out the buckets from first to last, empty ones included."""
    buckets = []
    start = bucket(first, unit)
    while start <= last:
        buckets.append(
            {
                "key": _label(start, unit),
                "from": start.isoformat(),
                "to": _end(start, unit).isoformat(),
                "count": counted.get(start, 0),
            }
        )
        start = _next(start, unit)
    return {"granularity": unit, "buckets": buckets, "undated": undated}


SCALARS = ("source", "lang", "category", "extractor")
_NO_DOCS = np.empty(0, dtype=np.int64)


@dataclass
class Table:
    """Every document's faceted values as codes (made once per commit, numpy throughout).

    codes[dimension][docnum] indexes names[dimension] ("" for none); day is the date's
    ordinal (0: none), year and month its parts; group numbers the story groups; flags
    maps each quality flag to the sorted document numbers that have it.
    """

    codes: dict[str, np.ndarray]
    names: dict[str, list[str]]
    index: dict[str, dict[str, int]]
    day: np.ndarray
    year: np.ndarray
    month: np.ndarray
    group: np.ndarray
    flags: dict[str, np.ndarray]


def table(
    columns: Callable[..., Sequence[Any]],
    count: int,
    days: Sequence[date | None],
    groups: Sequence[str] | None = None,
    flags: dict[int, frozenset[str]] | None = None,
) -> Table:
    """Read the faceted values of all count documents into a Table.

    columns(name) returns a column of the index by document number; days each
    document's date; groups each document's story (else its body hash counts); flags
    maps a document number to its quality flags.
    """
    codes, names, index = {}, {}, {}
    for name in SCALARS:
        seen: dict[str, int] = {}
        col = columns(name)
        codes[name] = np.fromiter(
            (seen.setdefault(v or "", len(seen)) for v in col), dtype=np.int32, count=count
        )
        index[name], names[name] = seen, list(seen)
    day = np.zeros(count, dtype=np.int32)
    year = np.zeros(count, dtype=np.int32)
    month = np.zeros(count, dtype=np.int32)
    for d, found in enumerate(days):
        if found is not None:
            day[d], year[d], month[d] = found.toordinal(), found.year, found.month
    if groups is None:
        bodies = columns("body_hash")
        groups = [bodies[d] or str(d) for d in range(count)]
    numbered: dict[str, int] = {}
    group = np.fromiter(
        (numbered.setdefault(g, len(numbered)) for g in groups), dtype=np.int64, count=count
    )
    by_flag: dict[str, list[int]] = defaultdict(list)
    for d, values in sorted((flags or {}).items()):
        for value in values:
            by_flag[value].append(d)
    return Table(
        codes,
        names,
        index,
        day,
        year,
        month,
        group,
        {v: np.array(ds, dtype=np.int64) for v, ds in by_flag.items()},
    )


def _accepted(t: Table, docs: np.ndarray, filters: Filters) -> np.ndarray:
    """Tell for each document (sorted numbers) whether it passes the filters (Filters.accepts)."""
    ok = np.ones(len(docs), dtype=bool)
    for d in DIMENSIONS:
        wanted = getattr(filters, d)
        if wanted is None:
            continue
        if d == "flag":
            having = [t.flags[v] for v in wanted if v in t.flags]
            ok &= np.isin(docs, np.concatenate(having)) if having else False
        else:
            known = [t.index[d][v] for v in wanted if v in t.index[d]]
            ok &= np.isin(t.codes[d][docs], known)
    for d, v in filters.exclude:
        if d == "flag":
            if v in t.flags:
                ok &= ~np.isin(docs, t.flags[v])
        elif d in t.codes:
            if v in t.index[d]:
                ok &= t.codes[d][docs] != t.index[d][v]
        elif v == "":
            ok[:] = False  # a dimension without values holds "" for every article
    if filters.date_from or filters.date_to:
        days = t.day[docs]
        ok &= days != 0
        if filters.date_from:
            ok &= days >= filters.date_from.toordinal()
        if filters.date_to:
            ok &= days <= filters.date_to.toordinal()
    return ok


def _distinct_groups(t: Table, keys: np.ndarray, docs: np.ndarray) -> tuple[np.ndarray, ...]:
    """Return each key's count of distinct story groups, and where each key first occurs."""
    if not len(docs):
        return _NO_DOCS, _NO_DOCS, _NO_DOCS
    width = int(t.group.max()) + 1 if len(t.group) else 1
    pairs = np.unique(keys.astype(np.int64) * width + t.group[docs])
    values, counts = np.unique(pairs // width, return_counts=True)
    _, first = np.unique(keys, return_index=True)
    return values, counts, first


def facet_counts_of(
    t: Table, docs: np.ndarray, filters: Filters
) -> dict[str, list[dict[str, Any]]]:
    """Count the documents (sorted numbers) per value of each facet, under the other facets'
    filters; copies (one story group) count once.

    A facet's own filter is left out of its counts, so a user sees how many articles the
    other values of that facet would add.
    """
    counted: dict[str, Counter[str]] = {}
    for facet in FACETS:
        others = filters.without("date" if facet == "year" else facet)
        passing = docs[_accepted(t, docs, others)]
        counts: Counter[str] = Counter()
        if facet == "year":
            passing = passing[t.day[passing] != 0]
            values, n, _ = _distinct_groups(t, t.year[passing], passing)
            counts.update(
                {str(v): int(c) for v, c in zip(values.tolist(), n.tolist(), strict=True)}
            )
        elif facet == "flag":
            # Insertion order decides ties in most_common(): first flagged document first.
            found = []
            for value, flagged in t.flags.items():
                have = passing[np.isin(passing, flagged)]
                if len(have):
                    found.append((int(have[0]), value, len(np.unique(t.group[have]))))
            for _, value, c in sorted(found):
                counts[value] = c
        else:
            keys = t.codes[facet][passing]
            values, n, first = _distinct_groups(t, keys, passing)
            by_code = dict(zip(values.tolist(), n.tolist(), strict=True))
            names = t.names[facet]
            for at in sorted(first.tolist()):
                code = int(keys[at])
                if names[code]:
                    counts[names[code]] = by_code[code]
        counted[facet] = counts
    return facet_lists(counted, filters)


def timeline_of(t: Table, docs: np.ndarray, filters: Filters) -> dict[str, Any]:
    """Count the documents (sorted numbers) per day, month or year over their span, empty
    buckets included; copies (one story group) count once."""
    passing = docs[_accepted(t, docs, filters)]
    days = t.day[passing]
    plausible = (days != 0) & (days >= PLAUSIBLE_FROM.toordinal())
    plausible &= days <= latest().toordinal()
    undated = len(np.unique(t.group[passing[~plausible]]))
    if not plausible.any():
        return {"granularity": None, "buckets": [], "undated": undated}
    first = date.fromordinal(int(days[plausible].min()))
    last = date.fromordinal(int(days[plausible].max()))
    if filters.date_from and filters.date_to and (filters.date_to - filters.date_from).days < 4000:
        first, last = filters.date_from, filters.date_to
    unit = granularity(first, last)
    inside = (days != 0) & (days >= first.toordinal()) & (days <= last.toordinal())
    chosen = passing[inside]
    if unit == "year":
        keys = t.year[chosen]
    elif unit == "month":
        keys = t.year[chosen] * 12 + t.month[chosen] - 1
    else:
        keys = t.day[chosen]
    values, n, _ = _distinct_groups(t, keys, chosen)
    counted: dict[date, int] = {}
    for key, c in zip(values.tolist(), n.tolist(), strict=True):
        if unit == "year":
            start = date(key, 1, 1)
        elif unit == "month":
            start = date(key // 12, key % 12 + 1, 1)
        else:
            start = date.fromordinal(key)
        counted[start] = c
    return timeline_buckets(first, last, unit, counted, undated)


def counts(
    t: Table, matched: Collection[int], filters: Filters, extras: Collection[str]
) -> tuple[dict[str, list[dict[str, Any]]] | None, dict[str, Any] | None]:
    """Count the matches for the facets and the timeline, whichever extras ask for."""
    docs = np.unique(np.fromiter(matched, dtype=np.int64, count=len(matched)))
    facets = facet_counts_of(t, docs, filters) if "facets" in extras else None
    timeline = timeline_of(t, docs, filters) if "timeline" in extras else None
    return facets, timeline
