"""Filters: narrow a search by source, language, category and date, from URL or query text."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from typing import Any

from whoosh import query as wq

DIMENSIONS = ("source", "lang", "category", "extractor", "flag")
# Dimensions an article can have several values of (its quality flags).
MULTI = frozenset({"flag"})

# Language names a German user may type after "sprache:".
LANG_NAMES = {
    "deutsch": "de",
    "german": "de",
    "englisch": "en",
    "english": "en",
    "französisch": "fr",
    "franzoesisch": "fr",
    "french": "fr",
    "italienisch": "it",
    "spanisch": "es",
    "niederländisch": "nl",
    "polnisch": "pl",
    "russisch": "ru",
    "türkisch": "tr",
    "tschechisch": "cs",
    "unbekannt": "unknown",
}

_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


class FilterError(ValueError):
    """A filter value cannot be read (e.g. a date that does not exist)."""


def date_bounds(text: str) -> tuple[date, date]:
    """Read YYYY, YYYY-MM or YYYY-MM-DD into the first and last day it covers."""
    m = _DATE.match(text.strip())
    if m is None:
        raise FilterError(f"{text!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if month is None:
            return date(year, 1, 1), date(year, 12, 31)
        if day is None:
            last = calendar.monthrange(year, int(month))[1]
            return date(year, int(month), 1), date(year, int(month), last)
        d = date(year, int(month), int(day))
    except ValueError:
        raise FilterError(f"{text!r} is not a date that exists") from None
    return d, d


def date_range(text: str) -> tuple[date | None, date | None]:
    """Read a date or a range "A..B" (either end open) into first and last day."""
    if ".." in text:
        start, _, end = text.partition("..")
        first = date_bounds(start)[0] if start.strip() else None
        last = date_bounds(end)[1] if end.strip() else None
        if first is None and last is None:
            raise FilterError("a date range needs at least one end")
        return first, last
    return date_bounds(text)


@dataclass(frozen=True)
class Filters:
    """What a search is narrowed to; None means not narrowed, an empty set matches nothing."""

    source: frozenset[str] | None = None
    lang: frozenset[str] | None = None
    category: frozenset[str] | None = None
    extractor: frozenset[str] | None = None
    flag: frozenset[str] | None = None
    date_from: date | None = None
    date_to: date | None = None
    # Values excluded: (dimension, value) pairs, e.g. -quelle:bild.
    exclude: frozenset[tuple[str, str]] = frozenset()
    # Set when two narrowings contradict each other (e.g. a date range ending before it starts).
    impossible: bool = field(default=False, compare=False)

    @classmethod
    def make(
        cls,
        source: Iterable[str] = (),
        lang: Iterable[str] = (),
        category: Iterable[str] = (),
        date_from: date | None = None,
        date_to: date | None = None,
        extractor: Iterable[str] = (),
        flag: Iterable[str] = (),
    ) -> Filters:
        """Build filters from lists of values (an empty list does not narrow)."""

        def values(items: Iterable[str]) -> frozenset[str] | None:
            found = frozenset(v.strip() for v in items if v and v.strip())
            return found or None

        langs = values(LANG_NAMES.get(v.strip().casefold(), v) for v in lang)
        return cls(
            source=values(source),
            lang=langs,
            category=values(category),
            extractor=values(extractor),
            flag=values(flag),
            date_from=date_from,
            date_to=date_to,
        )

    @property
    def active(self) -> bool:
        """Tell whether anything is narrowed."""
        return any(getattr(self, d) is not None for d in DIMENSIONS) or bool(
            self.date_from or self.date_to or self.exclude
        )

    def values(self, dimension: str) -> frozenset[str]:
        """Return the values a dimension is narrowed to (empty if not narrowed)."""
        return getattr(self, dimension) or frozenset()

    def merge(self, other: Filters) -> Filters:
        """Combine two narrowings: both must hold."""
        merged = {}
        impossible = self.impossible or other.impossible
        for d in DIMENSIONS:
            a, b = getattr(self, d), getattr(other, d)
            both = a if b is None else b if a is None else a & b
            if both is not None and not both:
                impossible = True
            merged[d] = both
        starts = [d for d in (self.date_from, other.date_from) if d]
        ends = [d for d in (self.date_to, other.date_to) if d]
        date_from = max(starts) if starts else None
        date_to = min(ends) if ends else None
        if date_from and date_to and date_from > date_to:
            impossible = True
        return Filters(
            **merged,
            date_from=date_from,
            date_to=date_to,
            exclude=self.exclude | other.exclude,
            impossible=impossible,
        )

    def without(self, dimension: str) -> Filters:
        """Return these filters with one dimension ("date" for the range) dropped."""
        if dimension == "date":
            return replace(self, date_from=None, date_to=None)
        dropped: dict[str, Any] = {dimension: None}
        return replace(self, **dropped)

    def resolve(self, known: Mapping[str, Iterable[str]]) -> Filters:
        """Map typed values onto the index's values, ignoring case ("Spiegel" → "spiegel")."""
        resolved: dict[str, Any] = {}
        for d in DIMENSIONS:
            wanted = getattr(self, d)
            if wanted is None:
                resolved[d] = None
                continue
            by_fold: dict[str, set[str]] = {}
            for value in known.get(d, ()):
                by_fold.setdefault(value.casefold(), set()).add(value)
            resolved[d] = frozenset(
                v for w in wanted for v in by_fold.get(w.casefold(), {w} if w else set())
            )
        folded = {(d, value.casefold()): value for d in DIMENSIONS for value in known.get(d, ())}
        exclude = frozenset((d, folded.get((d, v.casefold()), v)) for d, v in self.exclude)
        return replace(self, **resolved, exclude=exclude)

    def accepts(self, values: dict[str, str | frozenset[str]], day: date | None) -> bool:
        """Tell whether an article with these values (by dimension) and date passes."""
        for d in DIMENSIONS:
            wanted = getattr(self, d)
            value = values.get(d, "")
            have = value if isinstance(value, frozenset) else frozenset({value})
            if wanted is not None and not wanted & have:
                return False
        for d, v in self.exclude:
            value = values.get(d, "")
            if v == value or (isinstance(value, frozenset) and v in value):
                return False
        if self.date_from or self.date_to:
            if day is None:
                return False
            if self.date_from and day < self.date_from:
                return False
            if self.date_to and day > self.date_to:
                return False
        return True

    def query(self) -> wq.Query | None:
        """Build the Whoosh filter query, or None if nothing is narrowed."""
        if self.impossible:
            return wq.NullQuery
        parts: list[wq.Query] = []
        for d in DIMENSIONS:
            wanted = getattr(self, d)
            if wanted is not None:
                if not wanted:
                    return wq.NullQuery
                parts.append(wq.Or([wq.Term(d, v) for v in sorted(wanted)]))
        if self.date_from or self.date_to:
            start = datetime.combine(self.date_from, time.min) if self.date_from else None
            end = datetime.combine(self.date_to, time.max) if self.date_to else None
            parts.append(wq.DateRange("date", start, end))
        if self.exclude:
            excluded = wq.Or([wq.Term(d, v) for d, v in sorted(self.exclude)])
            parts.append(wq.Not(excluded))
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else wq.And(parts)

    def as_params(self) -> dict[str, list[str]]:
        """Return the filters as URL parameters (from, to, source, lang, category)."""
        params: dict[str, list[str]] = {}
        if self.date_from:
            params["from"] = [self.date_from.isoformat()]
        if self.date_to:
            params["to"] = [self.date_to.isoformat()]
        for d in DIMENSIONS:
            if getattr(self, d):
                params[d] = sorted(getattr(self, d))
        return params

    def describe(self) -> list[tuple[str, str]]:
        """Name each narrowing as (dimension, value), for the page and for relaxing."""
        out = [(d, v) for d in DIMENSIONS for v in sorted(self.values(d))]
        if self.date_from or self.date_to:
            span = f"{self.date_from or ''}..{self.date_to or ''}"
            out.append(("date", span))
        out += [(d, "-" + v) for d, v in sorted(self.exclude)]
        return out
