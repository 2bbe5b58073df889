"""What a search may ask for: its parameters, their vocabularies, and the limits they keep.

The vocabularies (sorts, extras) are defined here once; the web app's parameters, its
API description and the command line read them from here. SearchLimits is made from
the web app's configuration (or left at its defaults) and handed to the archive.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from search.filters import Filters

SORTS = ("relevance", "newest", "oldest")
EXTRAS = ("facets", "timeline")


class BadRequest(ValueError):
    """A search parameter is out of range."""


@dataclass(frozen=True)
class SearchLimits:
    """How much one request may ask for, and how long a search may take."""

    default_page_size: int = 10
    max_page_size: int = 100
    # Deep pages cost a full ranking of everything before them.
    result_window: int = 10_000
    # Longer queries are cut; the web app refuses them (400).
    query_chars: int = 1000
    # Seconds a ranked search may collect matches before it stops and shows what it has
    # (None: no limit).
    time_limit: float | None = None
    # Most hits in a CSV / JSON lines export, and newest hits in a search's Atom feed.
    export_size: int = 1000
    feed_size: int = 50
    # Longest text the analyzer is shown (/api/analyze).
    analyze_chars: int = 10_000

    def __post_init__(self) -> None:
        counts = {
            "default page size": self.default_page_size,
            "page size": self.max_page_size,
            "result window": self.result_window,
            "query length": self.query_chars,
            "export size": self.export_size,
            "feed size": self.feed_size,
            "analyzed text length": self.analyze_chars,
        }
        for name, value in counts.items():
            if value < 1:
                raise ValueError(f"the {name} must be 1 or more, not {value}")
        if self.default_page_size > self.max_page_size:
            raise ValueError(
                f"the default page size ({self.default_page_size}) is above the largest "
                f"({self.max_page_size})"
            )
        if self.time_limit is not None and self.time_limit <= 0:
            raise ValueError(f"the time limit must be above 0 seconds, not {self.time_limit}")


@dataclass(frozen=True)
class SearchRequest:
    """One search: the query, which page of how many hits, and how they are shown.

    filters narrow the search (combined with those typed in the query); sort is one of
    SORTS; extras ask for any of EXTRAS; collapse shows copies of one body as a single
    hit that says where else it ran.
    """

    text: str
    page: int = 1
    size: int = 10
    snippets: bool = True
    explain: bool = False
    filters: Filters = field(default_factory=Filters)
    sort: str = "relevance"
    extras: frozenset[str] = frozenset()
    collapse: bool = True


def check(request: SearchRequest, limits: SearchLimits) -> None:
    """Refuse a request outside the limits or the vocabularies (BadRequest)."""
    if request.page < 1:
        raise BadRequest("page must be 1 or more")
    if not 1 <= request.size <= limits.max_page_size:
        raise BadRequest(f"size must be between 1 and {limits.max_page_size}")
    if request.sort not in SORTS:
        raise BadRequest(f"sort must be one of {', '.join(SORTS)}")
    if request.extras - set(EXTRAS):
        raise BadRequest(f"extra must be among {', '.join(sorted(EXTRAS))}")
