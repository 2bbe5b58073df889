"""A search from the query typed to the page of results (search.service), on real indexes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from search.archive import Archive
from search.filters import Filters
from search.matchset import FALLBACK_NOTICE
from search.request import BadRequest, SearchLimits


def test_paging(archive: Archive) -> None:
    first = archive.search("Bundesregierung", size=2, page=1)
    second = archive.search("Bundesregierung", size=2, page=2)
    assert first.total == second.total > 2
    assert not {h.id for h in first.hits} & {h.id for h in second.hits}


@pytest.mark.parametrize(
    ("query", "finds"),
    [
        ("", False),
        (" ", False),
        ('"', False),
        ('""', False),
        ("-", False),
        ("OR", False),
        ("AND OR NOT", False),
        ("(", False),
        (")", False),
        ("*", False),
        ("titel:", False),
        ("a" * 5000, False),
        ("\x00\x07", False),
        ('"unclosed phrase', False),
        ('-""', False),
        ("NICHT", False),
        ("und die der", False),  # stopwords only
        ("<script>alert(1)</script>", True),  # the words "script" and "alert"
        ("ÄÖÜß", False),
        ("🙂", False),
        ("%", True),  # the word "Prozent", as the index reads the sign
        ("\\", False),
        ("a:b:c", False),
    ],
)
def test_hostile_queries_get_an_answer(archive: Archive, query: str, finds: bool) -> None:
    result = archive.search(query)
    assert (result.total > 0) is finds
    assert len(result.hits) == min(result.total, result.size)
    for hit in result.hits:
        assert "<script>" not in hit.snippet and "<script>" not in hit.title_html


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ({"page": 0}, "page must be 1 or more"),
        ({"size": 0}, "size must be between 1 and 100"),
        ({"size": 101}, "size must be between 1 and 100"),
        ({"sort": "score"}, "sort must be one of relevance, newest, oldest"),
        ({"extras": ["facets", "charts"]}, "extra must be among facets, timeline"),
    ],
)
def test_bad_requests_are_refused(archive: Archive, args: dict, message: str) -> None:
    with pytest.raises(BadRequest, match=message):
        archive.search("Nordkorea", **args)


@pytest.mark.parametrize(("page", "size", "shown"), [(2000, 10, 0), (2, 10_000, 0), (1, 100, 45)])
def test_a_page_past_the_result_window_is_empty_and_says_why(
    demo_index: Path, page: int, size: int, shown: int
) -> None:
    archive = Archive(demo_index, limits=SearchLimits(max_page_size=10_000))
    every = Filters.make(lang=["de", "en"])
    result = archive.search("", page=page, size=size, filters=every, collapse=False)
    assert result.total == 45 and len(result.hits) == shown
    beyond = [n for n in result.notices if n.startswith("Nur die ersten 10.000 Treffer")]
    assert len(beyond) == (shown == 0)


def test_an_answer_says_what_it_was_asked_and_how_long_it_took(archive: Archive) -> None:
    result = archive.search("Nordkorea", page=2, size=1)
    assert (result.query, result.page, result.size, result.sort) == ("Nordkorea", 2, 1, "relevance")
    assert result.total > 2 and result.pages == result.total
    assert 0 < result.took_ms < 60_000
    # Facets and the timeline only on request.
    assert result.facets is None and result.timeline is None


# -- archive features over the demo archive plus the test articles -----------------------

HAFEN = {"weserbote/2022-05-10_hafen-ausbau", "dpa-ticker/2022-05-10_hafen-bremerhaven"}


def _ids(result) -> list[str]:
    return [h.id for h in result.hits]


@pytest.mark.parametrize(
    ("query", "filters", "field", "allowed"),
    [
        ("Hafen", Filters.make(source=["rheinblick"]), "source", {"rheinblick"}),
        ("Hafen quelle:Rheinblick", None, "source", {"rheinblick"}),
        ("Flüchtlinge", Filters.make(source=["alpenpost", "rheinblick"]), "source", None),
        ("Kim", Filters.make(lang=["Englisch"]), "lang", {"en"}),
        ("Kim sprache:en", None, "lang", {"en"}),
    ],
)
def test_filters_narrow(news, query: str, filters, field: str, allowed) -> None:
    result = news.search(query, filters=filters)
    unfiltered = news.search(query.split()[0])
    assert 0 < result.total < unfiltered.total
    allowed = allowed or {"alpenpost", "rheinblick"}
    assert {getattr(h, field) for h in result.hits} <= allowed


def test_date_filters_from_url_and_query_agree(news) -> None:
    by_url = news.search(
        "", filters=Filters(date_from=date(2023, 1, 1), date_to=date(2023, 12, 31))
    )
    by_query = news.search("datum:2023")
    assert by_url.total == by_query.total > 0
    assert all(h.date.startswith("2023") for h in by_url.hits)
    # Both narrowings hold at once: nothing is in 2023 and 2019 at the same time.
    both = news.search("datum:2019", filters=Filters(date_from=date(2023, 1, 1)))
    assert both.total == 0


def test_filters_alone_browse_newest_first(news) -> None:
    result = news.search("", filters=Filters.make(source=["weserbote"]), size=10)
    assert result.sort == "newest" and result.total == 4
    assert _ids(result)[-1] == "weserbote/ohne-datum_stadtbibliothek"
    dates = [h.date for h in result.hits if h.date]
    assert dates == sorted(dates, reverse=True)


def test_facets_reflect_query_and_other_filters(news) -> None:
    plain = news.search("Flüchtlinge", extras=["facets", "timeline"])
    counts = {v["value"]: v["count"] for v in plain.facets["source"]}
    assert sum(counts.values()) == plain.total
    narrowed = news.search(
        "Flüchtlinge", filters=Filters.make(source=["rheinblick"]), extras=["facets"]
    )
    assert narrowed.total == counts["rheinblick"]
    # The source facet keeps the other sources to add; the year facet counts rheinblick only.
    assert {v["value"]: v["count"] for v in narrowed.facets["source"]} == counts
    years = sum(v["count"] for v in narrowed.facets["year"])
    assert years == narrowed.total
    assert plain.timeline["granularity"] in {"month", "year"}
    assert sum(b["count"] for b in plain.timeline["buckets"]) == plain.total


@pytest.mark.parametrize(
    ("query", "wanted", "unwanted"),
    [
        ("Flücht*", "alpenpost/2022-03-15_ukraine-fluechtlinge-hauptbahnhof", None),
        ('"Putin Kim"~10', "nordkurier-digital/2023-09-13_kim-putin-gipfel", None),
        ("Kim UND Raketen", "nordkurier-digital/2023-11-20_waffenlieferungen-nordkorea", None),
        ("titel:Containerterminal", "weserbote/2022-05-10_hafen-ausbau", None),
        ("Bremerhaven -quelle:weserbote", "dpa-ticker/2022-05-10_hafen-bremerhaven", "weserbote"),
    ],
)
def test_query_language_finds(news, query: str, wanted: str, unwanted: str | None) -> None:
    result = news.search(query, size=20)
    assert wanted in _ids(result)
    if unwanted:
        assert all(h.source != unwanted for h in result.hits)


@pytest.mark.parametrize(
    ("query", "source", "drops"),
    [
        # The phrase is in no article: its words alone are (syntax dropped).
        ('"Hafen Deichschau"', None, ["syntax"]),
        # In alpenpost neither the phrase nor its words are: only dropping the source helps.
        ('"Hafen Deichschau"', "alpenpost", ["source"]),
        ("Hafen Deichschau", "alpenpost", ["source"]),
        # Nothing anywhere: nothing to offer.
        ("Zzxqv", None, []),
    ],
)
def test_zero_results_offer_relaxed_searches(
    news, query: str, source: str | None, drops: list[str]
) -> None:
    filters = Filters.make(source=[source] if source else [])
    result = news.search(query, filters=filters)
    assert result.total == 0
    assert [o["drop"] for o in result.relaxed] == drops
    words = news.search("Hafen Deichschau", collapse=False)
    for offer in result.relaxed:
        assert offer["q"] == "Hafen Deichschau" and offer["filters"] == {}
        # The count is of the words alone over every article: copies are not folded.
        assert offer["total"] == words.total > 0


# -- what counts as a match (search.matchset) ---------------------------------------------


def _set_ids(news: Archive, query: str, **options: object) -> set[str]:
    """Return the ids of the result set, read newest first (the whole set, by date)."""
    result = news.search(query, size=100, sort="newest", collapse=False, **options)
    assert not any(h.fallback for h in result.hits)
    return {h.id for h in result.hits}


@pytest.mark.parametrize(
    ("query", "total", "need", "words"),
    [
        # Up to three words: all of them; copies of one story count once.
        ("Hafen Bremerhaven", 1, 2, ["Hafen", "Bremerhaven"]),
        # Operators keep their meaning: ODER joins words into one, UND needs both, quotes
        # and a prefix are one word each.
        ("Hafen ODER Bremerhaven", 5, 1, ["Hafen ODER Bremerhaven"]),
        ("Putin UND Nordkorea", 3, 1, ["Putin UND Nordkorea"]),
        ('"Kim Jong-un" Putin*', 3, 2, ['"Kim Jong-un"', "Putin*"]),
        # Four words: all of them when some article holds them all, else three; a word
        # no article holds does not count.
        ("Kim Putin Raketen Gipfel", 2, 4, ["Kim", "Putin", "Raketen", "Gipfel"]),
        ("Kim Putin Raketen Bremerhaven", 3, 3, ["Kim", "Putin", "Raketen", "Bremerhaven"]),
        ("Hafen Käsemarkt", 5, 1, ["Hafen"]),
        # A question: a fifth of its words (question words and stopwords left out); a
        # strong verb's form is held by its other grades ("trafen": "getroffen").
        ("Wo trafen sich Kim Jong-un und Putin?", 5, 1, ["trafen", "Kim", "Jong-un", "Putin"]),
    ],
)
def test_the_result_set_is_counted_and_sorted_by_date(
    news: Archive, query: str, total: int, need: int, words: list[str]
) -> None:
    result = news.search(query, extras=("facets", "timeline"))
    assert (result.total, result.need, result.words) == (total, need, words)
    # Newest first lists the set and nothing else; every article in it holds enough words.
    newest = news.search(query, sort="newest", size=100)
    assert newest.total == total and len(newest.hits) == total
    assert all(len(words) - len(h.missing) >= need for h in newest.hits)
    # The timeline and the language facet count the same articles.
    assert sum(b["count"] for b in result.timeline["buckets"]) + result.timeline["undated"] == total
    assert sum(f["count"] for f in result.facets["lang"]) == total


def test_relevance_lists_the_set_first_and_then_other_matches_marked(news: Archive) -> None:
    result = news.search("Kim Putin Raketen Bremerhaven", size=10)
    assert result.total == 3 and len(result.hits) > 3
    inside, beyond = result.hits[:3], result.hits[3:]
    assert not any(h.fallback for h in inside) and all(h.fallback for h in beyond)
    assert {h.id for h in inside} == _set_ids(news, "Kim Putin Raketen Bremerhaven")
    # Each hit names the words it lacks: the set's at most one, the others more.
    assert all(len(h.missing) <= 1 for h in inside)
    assert all(len(h.missing) >= 2 for h in beyond)
    # No article holds all four words: the notice says the set holds some of them.
    assert result.notices == [FALLBACK_NOTICE]


def test_a_set_of_every_word_lists_the_articles_lacking_one_with_it_marked(
    news: Archive,
) -> None:
    # Two articles hold all four words: the set. Relevance order lists the articles
    # lacking one word with them (in ranked order), marked, then the others.
    result = news.search("Kim Putin Raketen Gipfel", size=10)
    assert (result.total, result.need) == (2, 4)
    first = [h for h in result.hits if len(h.missing) <= 1]
    assert result.hits[: len(first)] == first and len(first) > result.total
    assert {h.id for h in first if not h.fallback} == _set_ids(news, "Kim Putin Raketen Gipfel")
    assert all(h.fallback == bool(h.missing) for h in result.hits)
    assert not result.notices


def test_when_no_article_holds_all_words_those_with_most_are_shown_with_a_notice(
    news: Archive,
) -> None:
    result = news.search("Bremerhaven Pjöngjang Streik", size=20)
    assert result.notices == [FALLBACK_NOTICE]
    assert result.total == len(result.hits) == 6 and result.need == 1
    assert all(len(h.missing) == 2 and not h.fallback for h in result.hits)


def test_the_set_is_the_same_with_and_without_filters(news: Archive) -> None:
    # A facet count (the set without its own filter) is what the filtered search counts.
    query = "Hafen ODER Streik"
    result = news.search(query, extras=("facets",))
    for facet in result.facets["source"]:
        narrowed = news.search(query, filters=Filters.make(source=[facet["value"]]))
        assert narrowed.total == facet["count"]
        assert _set_ids(news, query, filters=Filters.make(source=[facet["value"]])) <= _set_ids(
            news, query
        )
