"""The JSON answers of the API, as types: what the views send and what the OpenAPI
description says, from one declaration.

Each answer is the search layer's typed result (search.results) as JSON, plus what the
web adds (links to go on, ok, took_ms). tests/test_answers.py holds every answer against
the result type it comes from, field by field, and checks real answers against the schema
made from these types (web.schema: no field may be missing or undescribed).
"""

from typing import Annotated, Literal, NotRequired, TypedDict

Date = Annotated[str | None, "YYYY-MM-DD, or null when unknown"]
Link = Annotated[str, "an absolute URL"]
Took = Annotated[float, "milliseconds the answer took"]


class Ref(TypedDict):
    """Another article, named briefly."""

    id: str
    title: Annotated[str, "empty when the article has none"]
    display_title: Annotated[str, "the title; for an untitled article the start of its text"]
    source: str
    date: Date


class Reason(TypedDict):
    """How one query word met the article."""

    word: Annotated[str, "as typed"]
    field: Literal["title", "caption", "body"]
    found: Annotated[str, "the form in the text"]
    how: Literal["exact", "umlaut", "stem", "compound", "phrase", "prefix"]


class Lift(TypedDict):
    """What lifted a question's hit in the reranking, above the reranked top's average."""

    input: Literal[
        "log_share",
        "inv_rank",
        "cov",
        "cov_idf",
        "cov_number",
        "cov_proper",
        "cov_rare",
        "title_idf",
        "lead_idf",
        "window_idf",
        "near",
        "bm25_body",
        "bm25_title",
        "body_words",
    ]
    gain: Annotated[float, "what it added to the model's score beyond the top's average"]


class Hit(TypedDict):
    """One search result."""

    id: str
    title: Annotated[str, "empty when the article has none"]
    display_title: Annotated[str, "the title; for an untitled article the start of its text"]
    date: Date
    source: str
    url: str
    lang: str
    category: str
    score: float
    snippet: Annotated[str, "HTML: escaped text, the matches in <mark>"]
    also_in: Annotated[list[Ref], "the other articles of this story"]
    group: Annotated[str | None, "the story's key (null when copies are not folded)"]
    group_size: int
    missing: Annotated[list[str], "the query's words (as typed) this article does not hold"]
    fallback: Annotated[
        bool, "not in the result set: an article with some of the words, listed after it"
    ]
    explain: NotRequired[Annotated[list[Reason], "with explain=1: how each word matched"]]
    ranked_by: NotRequired[
        Annotated[
            list[Lift],
            "with explain=1: for a question's reranked top, what lifted the hit most",
        ]
    ]


class FacetValue(TypedDict):
    """One value of a facet with the number of matching articles."""

    value: str
    count: int
    selected: bool
    toggle_url: Annotated[Link, "this search with the value's filter switched"]


Bucket = TypedDict(
    "Bucket",
    {
        "key": Annotated[str, "YYYY, YYYY-MM or YYYY-MM-DD"],
        "from": str,
        "to": str,
        "count": int,
        "url": Annotated[Link, "this search narrowed to the bucket"],
    },
)


class Timeline(TypedDict):
    """Matching articles over time."""

    granularity: Literal["day", "month", "year"] | None
    undated: Annotated[int, "matches without a usable date"]
    buckets: list[Bucket]


class Relaxed(TypedDict):
    """An easier search that finds something."""

    drop: Literal["source", "lang", "category", "extractor", "flag", "date", "syntax"]
    value: str
    q: str
    filters: dict[str, list[str]]
    total: int
    url: Link


class Search(TypedDict):
    """A page of search results."""

    ok: Literal[True]
    query: str
    total: Annotated[
        int, "articles of the result set (matching the query as a whole), copies counted once"
    ]
    words: Annotated[list[str], "the query's content words, as typed"]
    need: Annotated[int, "how many of the words each article of the result set holds"]
    page: int
    size: int
    took_ms: Took
    hits: list[Hit]
    sort: Literal["relevance", "newest", "oldest"]
    filters: Annotated[dict[str, list[str]], "the narrowing in effect, as URL parameters"]
    notices: Annotated[list[str], "how parts of the query were taken"]
    suggestion: Annotated[str | None, "a better spelling of the query"]
    relaxed: Annotated[list[Relaxed], "with no results: easier searches"]
    facets: Annotated[dict[str, list[FacetValue]] | None, "with extra=facets"]
    timeline: Annotated[Timeline | None, "with extra=timeline"]
    pages: int
    next_cursor: Annotated[str | None, "the position of the next page"]
    next_url: Annotated[Link | None, "the next page"]


class Cleaning(TypedDict):
    """What the cleaner dropped from the article's page, and why."""

    dropped: Annotated[int, "lines dropped (the title's repetition not counted)"]
    reasons: Annotated[
        dict[str, int],
        "lines by reason: banner, byline, credit, inline-teaser, teaser, read-more, "
        "footer-heading, footer, chrome, repeated, classifier",
    ]
    summary: Annotated[str, "one German line: 12 Zeilen entfernt: Teaser anderer Artikel, …"]


class Article(TypedDict):
    """One cleaned article and the articles around it."""

    ok: Literal[True]
    id: str
    title: Annotated[str, "empty when the article has none"]
    display_title: Annotated[str, "the title; for an untitled article the start of its text"]
    caption: str
    body: Annotated[str, "paragraphs separated by newlines"]
    date: Date
    source: str
    url: str
    lang: str
    lang_prob: Annotated[float, "how sure the language detection was"]
    category: str
    extractor: Annotated[str, "where the text came from: page, trafilatura, jsonl, csv"]
    flags: Annotated[list[str], "quality flags, e.g. date-missing"]
    cleaning: Cleaning
    also_in: Annotated[list[Ref], "the other articles of its story"]
    thread: Annotated[list[Ref], "later articles that continue the story"]
    similar: Annotated[list[Ref], "articles about the same things"]
    previous: Annotated[Ref | None, "the source's article before"]
    next: Annotated[Ref | None, "the source's article after"]
    took_ms: Took


class DateSpan(TypedDict):
    """The first and last date of the archive."""

    first: Date
    last: Date


class Stats(TypedDict):
    """What the archive holds."""

    ok: Literal[True]
    articles: Annotated[int, "articles, copies of one body counted once"]
    documents: int
    duplicates: int
    languages: dict[str, int]
    sources: dict[str, int]
    years: dict[str, int]
    extractors: dict[str, int]
    flags: dict[str, int]
    date_span: DateSpan
    index_bytes: int
    last_indexed: str | None
    skipped: Annotated[dict[str, str], "file or line → why it was skipped"]
    notes: Annotated[dict[str, str], "file → what was repaired or cut"]
    skipped_by_reason: dict[str, int]
    took_ms: Took


class Token(TypedDict):
    """A term the analyzer makes of the text."""

    term: str
    surface: Annotated[str, "the text it was made from"]
    pos: int
    start: int
    end: int
    kind: Literal["word", "part"]


class Analysis(TypedDict):
    """The terms an analyzer makes of a text."""

    ok: Literal[True]
    text: str
    lang: Literal["de", "en", "xx"]
    tokens: list[Token]
    took_ms: Took


class TitleMatch(TypedDict):
    """A title that completes what is typed."""

    id: str
    title: str


class Completions(TypedDict):
    """Completions of a query being typed."""

    ok: Literal[True]
    q: str
    terms: Annotated[list[str], "the query with its last word completed"]
    titles: list[TitleMatch]
    took_ms: Took


class Health(TypedDict):
    """The index can be opened and searched."""

    ok: Literal[True]
    status: Literal[200]
    took_ms: Took


class Error(TypedDict):
    """The one error shape."""

    ok: Literal[False]
    error: str
    status: int
