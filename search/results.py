"""Plain typed results of the search layer: what the web and the CLI render."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from index import dropped


def iso_date(value: Any) -> str | None:
    """Write a stored date as YYYY-MM-DD (None if it is not a date)."""
    return value.strftime("%Y-%m-%d") if isinstance(value, (datetime, date)) else None


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
    category: str = ""
    # The title, or for an untitled article the start of its text (search.titles).
    display_title: str = ""
    # The other articles of this story (copies and near-copies): id, title, source, date.
    also_in: list[dict[str, str | None]] = field(default_factory=list)
    group: str | None = None  # the story group's key (None when copies are not folded)
    group_size: int = 1
    # On request: how each query word matched (word, field, found, how).
    explain: list[dict[str, str]] | None = None
    # On request, for a question's reranked top: the model's inputs that lifted the hit
    # most above the top's average (input, gain), largest first (search.rerank).
    ranked_by: list[dict[str, Any]] | None = None
    # The query's content words (as typed) this article does not hold.
    missing: list[str] = field(default_factory=list)
    # Not in the result set: an article with only some of the words, listed after the
    # set (search.matchset).
    fallback: bool = False


@dataclass
class SearchResult:
    """A page of search results."""

    query: str
    total: int
    page: int
    size: int
    took_ms: float
    hits: list[Hit] = field(default_factory=list)
    sort: str = "relevance"
    # The narrowing in effect (URL filters and those typed in the query), as URL parameters.
    filters: dict[str, list[str]] = field(default_factory=dict)
    # How parts of the query that could not be read as typed were taken instead.
    notices: list[str] = field(default_factory=list)
    # "Meinten Sie …?": the query with rare or unknown words replaced by archive words.
    suggestion: str | None = None
    # With no results: easier searches that find something. Each says what it drops
    # ("source", "lang", "category", "date" or "syntax"), and gives q, filters and total.
    relaxed: list[dict[str, Any]] = field(default_factory=list)
    # On request: counts per source, language, category and year; matches over time.
    facets: dict[str, list[dict[str, Any]]] | None = None
    timeline: dict[str, Any] | None = None
    # What counts as a match (search.matchset): the query's content words, as typed, and
    # how many of them each article of the result set holds at least.
    words: list[str] = field(default_factory=list)
    need: int = 0

    @property
    def pages(self) -> int:
        """Return the number of result pages."""
        return max(1, -(-self.total // self.size)) if self.size else 1

    def as_dict(self) -> dict[str, Any]:
        """Return the result as JSON-ready data."""
        return asdict(self)


@dataclass
class Cleaning:
    """How many lines the cleaner dropped from the article's page, and why."""

    dropped: int = 0
    reasons: dict[str, int] = field(default_factory=dict)  # reason code -> lines
    summary: str = ""  # one German line, "" when nothing was dropped

    @classmethod
    def of(cls, stored: str) -> Cleaning:
        """Read the counts stored with an article (index/dropped.py)."""
        reasons = dropped.decode(stored)
        return cls(sum(reasons.values()), reasons, dropped.summary_de(reasons))


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
    category: str = ""
    extractor: str = ""
    # The title, or for an untitled article the start of its text (search.titles).
    display_title: str = ""
    # Copies of this article's body under other ids: id, source, date.
    also_in: list[dict[str, str | None]] = field(default_factory=list)
    # More like this, and the articles of the same source just before and after it.
    similar: list[dict[str, str | None]] = field(default_factory=list)
    previous: dict[str, str | None] | None = None
    next: dict[str, str | None] | None = None
    # Later articles that continue the story (more like this, after this date), by date.
    thread: list[dict[str, str | None]] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)  # quality flags, e.g. "date-missing"
    cleaning: Cleaning = field(default_factory=Cleaning)

    def as_dict(self) -> dict[str, Any]:
        """Return the article as JSON-ready data (plain text fields only)."""
        return {
            "id": self.id,
            "title": self.title,
            "display_title": self.display_title,
            "caption": self.caption,
            "body": self.body,
            "date": self.date,
            "source": self.source,
            "url": self.url,
            "lang": self.lang,
            "lang_prob": self.lang_prob,
            "category": self.category,
            "extractor": self.extractor,
            "flags": self.flags,
            "cleaning": asdict(self.cleaning),
            "also_in": self.also_in,
            "thread": self.thread,
            "similar": self.similar,
            "previous": self.previous,
            "next": self.next,
        }
