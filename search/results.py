"""Plain typed results of the search layer: what the web and the CLI render."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Hit:
    """One search result."""

    id: str
    title: str
    date: str | None  # YYYY-MM-DD
    source: str
    url: str
    lang: str
    score: float
    snippet: str  # HTML: escaped text with <mark> around matches
    title_html: str  # HTML: the escaped title with matches marked
    # On request: how each query word matched (word, field, found, how).
    explain: list[dict[str, str]] | None = None


@dataclass
class SearchResult:
    """A page of search results."""

    query: str
    total: int
    page: int
    size: int
    took_ms: float
    hits: list[Hit] = field(default_factory=list)

    @property
    def pages(self) -> int:
        """Return the number of result pages."""
        return max(1, -(-self.total // self.size)) if self.size else 1

    def as_dict(self) -> dict[str, Any]:
        """Return the result as JSON-ready data."""
        return asdict(self)


@dataclass
class ArticleView:
    """A cleaned article, with the query's matches marked when a query is given."""

    id: str
    title: str
    caption: str
    body: str
    date: str | None
    source: str
    url: str
    lang: str
    lang_prob: float
    title_html: str
    caption_html: str
    body_html: list[str]  # one HTML string per paragraph

    def as_dict(self) -> dict[str, Any]:
        """Return the article as JSON-ready data (plain text fields only)."""
        return {
            "id": self.id,
            "title": self.title,
            "caption": self.caption,
            "body": self.body,
            "date": self.date,
            "source": self.source,
            "url": self.url,
            "lang": self.lang,
        }
