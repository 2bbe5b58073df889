"""URL parameters: declared once, read with checks, and written back into links.

The declarations below are what the views read and what /api/openapi.json documents,
so the API description cannot drift from what the code accepts.
"""

from __future__ import annotations

import base64
import binascii
import json
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


@dataclass(frozen=True)
class Param:
    """A query parameter: its name, JSON-schema type and what it means."""

    name: str
    description: str
    type: str = "string"  # string | integer | boolean
    repeat: bool = False  # may be given several times (source=a&source=b)
    enum: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    example: str = ""

    def schema(self) -> dict[str, Any]:
        """Return the parameter's JSON schema."""
        item: dict[str, Any] = {"type": self.type}
        if self.enum:
            item["enum"] = list(self.enum)
        if self.minimum is not None:
            item["minimum"] = self.minimum
        if self.maximum is not None:
            item["maximum"] = self.maximum
        return {"type": "array", "items": item} if self.repeat else item


FORMATS = ("html", "json", "atom", "csv", "jsonl")


def search_params(limits: SearchLimits) -> tuple[Param, ...]:
    """Declare the search parameters, their bounds from the app's search limits."""
    return (
        Param("q", 'The query: words, "phrases", operators, fields (README).', example="Hafen"),
        Param("page", "Result page, from 1.", "integer", minimum=1, maximum=limits.result_window),
        Param(
            "size",
            "Hits per page.",
            "integer",
            minimum=1,
            maximum=limits.max_page_size,
            example=str(limits.default_page_size),
        ),
        Param("cursor", "Opaque position from a previous answer's next_url."),
        Param("sort", "Order of the hits.", enum=SORTS, example="newest"),
        Param("from", "Earliest date: YYYY, YYYY-MM or YYYY-MM-DD.", example="2020-01"),
        Param("to", "Latest date: YYYY, YYYY-MM or YYYY-MM-DD.", example="2024"),
        *(
            Param(d, f"Only articles with this {d} (repeat for any of several).", repeat=True)
            for d in DIMENSIONS
        ),
        Param(
            "extra",
            f"Comma-separated extras: {', '.join(EXTRAS)}.",
            example=",".join(EXTRAS),
        ),
        Param("explain", "Say how each hit matched the query.", "boolean", example="1"),
        Param("collapse", "Fold copies of one body into one hit (default 1).", "boolean"),
        Param("format", "Answer as JSON, an Atom feed, CSV or JSON lines.", enum=FORMATS[1:]),
    )


ARTICLE_PARAMS = (Param("q", "Mark this query's words in the article.", example="Hafen"),)
ANALYZE_PARAMS = (
    Param("text", "The text to analyze.", example="Waffenlieferungen an Kim Jong-un"),
    Param(
        "lang",
        f"Analyzer: {', '.join(LANGUAGE_GROUPS[:-1])} or {LANGUAGE_GROUPS[-1]}.",
        enum=LANGUAGE_GROUPS,
    ),
)
COMPLETE_PARAMS = (Param("q", "What has been typed so far.", example="Flücht"),)

_WHOLE = re.compile(r"[+-]?[0-9]+")
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def _one(name: str) -> str:
    return request.args.get(name, "")


def int_arg(name: str, default: int, low: int, high: int) -> int:
    """Read an integer parameter within bounds, or answer 400."""
    raw = _one(name).strip()
    if raw == "":
        return default
    # ASCII digits only: int() would also take "1_000" and digits of other scripts.
    if not _WHOLE.fullmatch(raw):
        raise ApiError(400, f"{name} must be a whole number")
    try:
        value = int(raw)
    except ValueError:  # more digits than int() reads
        raise ApiError(400, f"{name} must be between {low} and {high}") from None
    if not low <= value <= high:
        raise ApiError(400, f"{name} must be between {low} and {high}")
    return value


def bool_arg(name: str, default: bool) -> bool:
    """Read a yes/no parameter (1/0, true/false), or answer 400."""
    raw = _one(name).strip().casefold()
    if raw == "":
        return default
    if raw in _TRUE:
        return True
    if raw in _FALSE:
        return False
    raise ApiError(400, f"{name} must be 1 or 0")


def _date_arg(name: str, end: bool) -> date | None:
    raw = _one(name).strip()
    if not raw:
        return None
    try:
        first, last = date_bounds(raw)
    except FilterError as exc:
        raise ApiError(400, f"{name}: {exc}") from None
    return last if end else first


def encode_cursor(page: int) -> str:
    """Make the opaque cursor of a result page."""
    return base64.urlsafe_b64encode(json.dumps({"p": page}).encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> int:
    """Read a cursor back into its page, or answer 400."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        page = json.loads(raw)["p"]
    except (binascii.Error, ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise ApiError(400, "cursor is not one this archive made") from None
    if not isinstance(page, int) or page < 1:
        raise ApiError(400, "cursor is not one this archive made")
    return page


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
    """Read and check the search parameters of the request."""
    limits = get_limits()
    q = _one("q")
    if len(q) > limits.query_chars:
        raise ApiError(400, f"q is longer than {limits.query_chars} characters")
    size = int_arg("size", limits.default_page_size, 1, limits.max_page_size)
    page = int_arg("page", 1, 1, limits.result_window)
    if _one("cursor"):
        page = decode_cursor(_one("cursor"))
    if page * size > limits.result_window:
        raise ApiError(400, f"only the first {limits.result_window} results can be paged through")
    sort = _one("sort").strip() or "relevance"
    if sort not in SORTS:
        raise ApiError(400, f"sort must be one of {', '.join(SORTS)}")
    extras = tuple(e.strip() for e in _one("extra").split(",") if e.strip())
    unknown = set(extras) - set(EXTRAS)
    if unknown:
        raise ApiError(400, f"extra must be among {', '.join(sorted(EXTRAS))}")
    fmt = _one("format").strip() or default_format
    if fmt not in FORMATS:
        raise ApiError(400, f"format must be one of {', '.join(FORMATS[1:])}")
    filters = Filters.make(
        **{d: request.args.getlist(d)[:20] for d in DIMENSIONS},
        date_from=_date_arg("from", end=False),
        date_to=_date_arg("to", end=True),
    )
    return SearchArgs(
        q=q.strip(),
        page=page,
        size=size,
        sort=sort,
        filters=filters,
        extras=extras,
        explain=bool_arg("explain", False),
        collapse=bool_arg("collapse", True),
        format=fmt,
    )
