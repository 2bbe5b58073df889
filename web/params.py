"""URL parameters: declared once, read with checks, and written back into links.

The declarations below are what the views read and what /api/openapi.json documents,
so the API description cannot drift from what the code accepts.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from flask import request, url_for

from index.schema import LANGUAGE_GROUPS
from search.filters import DIMENSIONS, FilterError, Filters, date_bounds
from search.request import EXTRAS, SORTS, SearchLimits
from web import get_limits


class ApiError(Exception):
    """An error answered in the one error shape, as JSON or as an HTML page."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


# A whole number as the API writes one (no sign but "-", no leading zeros, no spaces).
WHOLE = r"0|-?[1-9][0-9]*"
# Yes/no parameters take exactly these.
FLAG_VALUES = ("1", "0", "true", "false")
# Years 0001 to 9999, months 01 to 12, days 01 to 31 (a day past the month's end is read
# as its last day).
YEAR = r"(?:[1-9][0-9]{3}|0[1-9][0-9]{2}|00[1-9][0-9]|000[1-9])"
DATE = YEAR + r"(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?"


@dataclass(frozen=True)
class Param:
    """A query parameter: what it means, what it takes, and how it is read.

    The same declaration reads the parameter (read(): a value outside what it takes is
    answered 400) and describes it (schema()), so the API description says exactly what
    the code accepts.
    """

    name: str
    description: str
    kind: str = "string"  # string | integer | flag (yes/no)
    repeat: bool = False  # may be given several times (source=a&source=b)
    enum: tuple[str, ...] = ()
    pattern: str = ""  # the whole value must match (a regular expression)
    minimum: int | None = None
    maximum: int | None = None
    max_length: int | None = None
    example: str = ""

    def schema(self) -> dict[str, Any]:
        """Return the parameter's JSON schema."""
        item: dict[str, Any] = {"type": "integer" if self.kind == "integer" else "string"}
        enum = FLAG_VALUES if self.kind == "flag" else self.enum
        if enum:
            item["enum"] = list(enum)
        if self.pattern:
            item["pattern"] = f"^(?:{self.pattern})$"
        if self.minimum is not None:
            item["minimum"] = self.minimum
        if self.maximum is not None:
            item["maximum"] = self.maximum
        if self.max_length is not None:
            item["maxLength"] = self.max_length
        return {"type": "array", "items": item} if self.repeat else item

    def read(self, raw: str) -> Any:
        """Read one given value: a str, int or bool, or answer 400."""
        if self.kind == "integer":
            if not re.fullmatch(WHOLE, raw):
                raise ApiError(400, f"{self.name} must be a whole number")
            value = int(raw) if len(raw) < 20 else None
            low = -(10**19) if self.minimum is None else self.minimum
            high = 10**19 if self.maximum is None else self.maximum
            if value is None or not low <= value <= high:
                raise ApiError(400, f"{self.name} must be between {low} and {high}")
            return value
        if self.kind == "flag":
            if raw not in FLAG_VALUES:
                raise ApiError(400, f"{self.name} must be one of {', '.join(FLAG_VALUES)}")
            return raw in ("1", "true")
        if self.enum and raw not in self.enum:
            raise ApiError(400, f"{self.name} must be one of {', '.join(self.enum)}")
        if self.pattern and not re.fullmatch(self.pattern, raw):
            raise ApiError(400, f"{self.name}: {raw[:40]!r} is not {self.description[:-1]}")
        if self.max_length is not None and len(raw) > self.max_length:
            raise ApiError(400, f"{self.name} is longer than {self.max_length} characters")
        return raw

    def get(self, default: Any = None) -> Any:
        """Read the parameter from the request (default when it is not given)."""
        if self.repeat:
            return [self.read(v) for v in request.args.getlist(self.name)]
        if self.name not in request.args:
            return default
        return self.read(request.args[self.name])


FORMATS = ("html", "json", "atom", "csv", "jsonl")
EXTRA = "|".join(EXTRAS)


def cursor_pattern(limits: SearchLimits) -> str:
    """Return what a cursor looks like: a page number after "p"."""
    return rf"p[1-9][0-9]{{0,{len(str(limits.result_window)) - 1}}}"


def search_params(
    limits: SearchLimits, formats: tuple[str, ...] = FORMATS[1:]
) -> tuple[Param, ...]:
    """Declare the search parameters, their bounds from the app's search limits.

    formats: what `format` may ask for (the search page itself answers html too).
    """
    return (
        Param(
            "q",
            'The query: words, "phrases", operators, fields (README).',
            max_length=limits.query_chars,
            example="Hafen",
        ),
        Param("page", "Result page, from 1.", "integer", minimum=1, maximum=limits.result_window),
        Param(
            "size",
            "Hits per page.",
            "integer",
            minimum=1,
            maximum=limits.max_page_size,
            example=str(limits.default_page_size),
        ),
        Param(
            "cursor",
            "a position from a previous answer's next_cursor (it stands for a page).",
            pattern=cursor_pattern(limits),
            example="p2",
        ),
        Param("sort", "Order of the hits.", enum=SORTS, example="newest"),
        Param(
            "from",
            "an earliest date: YYYY, YYYY-MM or YYYY-MM-DD.",
            pattern=DATE,
            example="2020-01",
        ),
        Param("to", "a latest date: YYYY, YYYY-MM or YYYY-MM-DD.", pattern=DATE, example="2024"),
        *(
            Param(d, f"Only articles with this {d} (repeat for any of several).", repeat=True)
            for d in DIMENSIONS
        ),
        Param(
            "extra",
            f"a comma-separated list of extras ({', '.join(EXTRAS)}).",
            pattern=f"(?:{EXTRA})(?:,(?:{EXTRA}))*",
            example=",".join(EXTRAS),
        ),
        Param("explain", "Say how each hit matched the query.", "flag", example="1"),
        Param("collapse", "Fold copies of one body into one hit (default 1).", "flag"),
        Param("format", "Answer as JSON, an Atom feed, CSV or JSON lines.", enum=formats),
    )


def article_params(limits: SearchLimits) -> tuple[Param, ...]:
    """Declare the article page's parameters."""
    return (
        Param(
            "q",
            "Mark this query's words in the article.",
            max_length=limits.query_chars,
            example="Hafen",
        ),
    )


def analyze_params(limits: SearchLimits) -> tuple[Param, ...]:
    """Declare the analyzer's parameters."""
    return (
        Param(
            "text",
            "The text to analyze.",
            max_length=limits.analyze_chars,
            example="Waffenlieferungen an Kim Jong-un",
        ),
        Param(
            "lang",
            f"Analyzer: {', '.join(LANGUAGE_GROUPS[:-1])} or {LANGUAGE_GROUPS[-1]} (default de).",
            enum=LANGUAGE_GROUPS,
        ),
    )


def complete_params(limits: SearchLimits) -> tuple[Param, ...]:
    """Declare the completion's parameters."""
    return (
        Param("q", "What has been typed so far.", max_length=limits.query_chars, example="Flücht"),
    )


def _date_arg(param: Param, end: bool) -> date | None:
    raw = param.get()
    if raw is None:
        return None
    year, _, rest = raw.partition("-")
    month, _, day = rest.partition("-")
    if day:
        # The 30th of February is the end of February: a day the pattern lets through.
        last = calendar.monthrange(int(year), int(month))[1]
        raw = f"{year}-{month}-{min(int(day), last):02d}"
    try:
        first, final = date_bounds(raw)
    except FilterError as exc:
        raise ApiError(400, f"{param.name}: {exc}") from None
    return final if end else first


def encode_cursor(page: int) -> str:
    """Make the cursor of a result page."""
    return f"p{page}"


def decode_cursor(cursor: str) -> int:
    """Read a cursor (already checked against its pattern) back into its page."""
    return int(cursor[1:])


@dataclass
class SearchArgs:
    """A search request as read from the URL."""

    size: int  # hits per page (the default comes from the app's search limits)
    q: str = ""
    page: int = 1
    sort: str = "relevance"
    filters: Filters = field(default_factory=Filters)
    extras: tuple[str, ...] = ()
    explain: bool = False
    collapse: bool = True
    format: str = "json"

    def params(self, **changes: Any) -> dict[str, Any]:
        """Return the URL parameters of this search, with some changed (None drops one)."""
        out: dict[str, Any] = {}
        if self.q:
            out["q"] = self.q
        out.update(self.filters.as_params())
        if self.sort != "relevance":
            out["sort"] = self.sort
        if self.size != get_limits().default_page_size:
            out["size"] = self.size
        if not self.collapse:
            out["collapse"] = "0"
        if self.page > 1:
            out["page"] = self.page
        if self.extras:
            out["extra"] = ",".join(self.extras)
        if self.explain:
            out["explain"] = "1"
        for key, value in changes.items():
            if value is None or value == [] or value == "":
                out.pop(key, None)
            else:
                out[key] = value
        return out

    def url(self, endpoint: str = "web.search_page", **changes: Any) -> str:
        """Return the URL of this search with some parameters changed."""
        return url_for(endpoint, **self.params(**changes))

    def toggle(self, dimension: str, value: str, endpoint: str = "web.search_page") -> str:
        """Return the URL with a facet value's filter switched on or off (back to page 1)."""
        if dimension == "year":
            year = f"{int(value):04d}"
            on = self.filters.date_from == date(int(year), 1, 1) and self.filters.date_to == date(
                int(year), 12, 31
            )
            if on:
                return self.url(endpoint, page=None, **{"from": None, "to": None})
            return self.url(endpoint, page=None, **{"from": f"{year}-01-01", "to": f"{year}-12-31"})
        values = set(self.filters.values(dimension))
        values ^= {value}
        return self.url(endpoint, page=None, **{dimension: sorted(values)})


def search_args(default_format: str) -> SearchArgs:
    """Read and check the search parameters of the request (the page's, if default_format
    is html)."""
    limits = get_limits()
    formats = FORMATS if default_format == "html" else FORMATS[1:]
    declared = {param.name: param for param in search_params(limits, formats)}
    size = declared["size"].get(limits.default_page_size)
    page = declared["page"].get(1)
    cursor = declared["cursor"].get()
    if cursor is not None:
        page = decode_cursor(cursor)
    extras = declared["extra"].get()
    filters = Filters.make(
        **{d: declared[d].get()[:20] for d in DIMENSIONS},
        date_from=_date_arg(declared["from"], end=False),
        date_to=_date_arg(declared["to"], end=True),
    )
    return SearchArgs(
        q=declared["q"].get("").strip(),
        page=page,
        size=size,
        sort=declared["sort"].get("relevance"),
        filters=filters,
        extras=tuple(extras.split(",")) if extras else (),
        explain=declared["explain"].get(False),
        collapse=declared["collapse"].get(True),
        format=declared["format"].get(default_format),
    )
