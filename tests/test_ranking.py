"""Matching and scoring (search.ranking): which articles a query finds, in which order, and
what a search that runs out of time returns."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from search import budget, ranking
from search.archive import Archive
from search.compile import compile_search
from search.filters import Filters
from search.ranking import Ranking, rank
from search.syntax import read

WAFFEN = "nordkurier-digital/2023-11-20_waffenlieferungen-nordkorea"
LEOPOLD = "alpenpost/2022-05-10_baustelle-leopoldstrasse"
IMPF = "rheinblick/2021-04-12_impfstoffhersteller-liefermengen"
KIM = "nordkurier-digital/2023-09-13_kim-putin-gipfel"
ENERGY = "alpenpost/2022-09-15_energy-prices-winter"
HAFEN = {"weserbote/2022-05-10_hafen-ausbau", "dpa-ticker/2022-05-10_hafen-bremerhaven"}


def _rank(archive: Archive, text: str, filters: Filters | None = None, **kwargs: Any) -> Ranking:
    """Rank a query typed as a user would, filters resolved as a search resolves them."""
    commit = archive.commit()
    query = read(text)
    active = (filters or Filters()).merge(query.parsed.filters).resolve(commit.known())
    compiled = compile_search(commit.schema, query, archive.field_boosts, browse=active.active)
    args = {"sort": "relevance", "wanted": 10, **kwargs}
    return rank(commit, compiled, active.query(), args.pop("sort"), args.pop("wanted"), **args)


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("Impfstoffhersteller", IMPF),
        ("Impfstoff-Hersteller", IMPF),
        ("München Straße", LEOPOLD),
        ("Muenchen Strasse", LEOPOLD),
        ("munchen strasse", LEOPOLD),
        ("Kim Jong-un", KIM),
        ('"Kim Jong-un"', KIM),
        ("Energy prices", ENERGY),
        ("energy price", ENERGY),
    ],
)
def test_first_hit(archive: Archive, query: str, first: str) -> None:
    assert archive.search(query).hits[0].id == first


@pytest.mark.parametrize(
    ("query", "ids"),
    [
        ("KN-23", {WAFFEN, "alpenpost/2024-01-10_north-korean-missiles-kharkiv"}),
        ("KN23", {WAFFEN, "alpenpost/2024-01-10_north-korean-missiles-kharkiv"}),
        ("Nordkorea -Waffenlieferungen", {KIM}),
    ],
)
def test_exact_result_sets(archive: Archive, query: str, ids: set[str]) -> None:
    result = archive.search(query, size=50)
    assert {h.id for h in result.hits} == ids
    assert result.total == len(ids)


def test_inflections_find_the_same_articles(archive: Archive) -> None:
    found = [
        {h.id for h in archive.search(q, size=50).hits}
        for q in ("Flüchtling", "Flüchtlinge", "Flüchtlingen", "Fluechtlinge")
    ]
    assert found[0] and all(f == found[0] for f in found)


@pytest.mark.parametrize("word", ["Käsemarkt", "Elefantenkuh", "Segelregatta", "Oldtimer"])
def test_teaser_words_find_nothing(archive: Archive, word: str) -> None:
    # These words occur only in teasers of other stories in the pages' footers.
    assert archive.search(word).total == 0


@pytest.mark.parametrize(
    ("query", "top"),
    [
        # Both articles with the compound come first, then one with its parts apart.
        ("Waffenlieferungen", {WAFFEN, "rheinblick/2022-04-28_schwere-waffen-bundestag"}),
        ("Jongun", {KIM, WAFFEN}),
        (
            "Heizungsgesetz OR Deutschlandticket",
            {
                "rheinblick/2023-07-07_heizungsgesetz-karlsruhe",
                "nordkurier-digital/2023-05-01_deutschlandticket-start",
            },
        ),
    ],
)
def test_top_two(archive: Archive, query: str, top: set[str]) -> None:
    assert {h.id for h in archive.search(query).hits[:2]} == top


def test_compound_found_by_its_parts(archive: Archive) -> None:
    # "Lieferung von Waffen" finds the articles that say "Waffenlieferungen".
    ids = {h.id for h in archive.search("Lieferung Waffen", size=5).hits}
    assert WAFFEN in ids
    hit = next(h for h in archive.search("Lieferung Waffen").hits if h.id == WAFFEN)
    assert "<mark>" in hit.snippet


def test_words_missing_from_an_article_do_not_hide_it(archive: Archive) -> None:
    # Every word counts, none is required: more matched words rank higher.
    with_extra = archive.search("Waffenlieferungen Nordkorea Käsemarkt")
    assert WAFFEN in {h.id for h in with_extra.hits[:2]}
    assert {h.id for h in with_extra.hits} == {
        h.id for h in archive.search("Waffenlieferungen Nordkorea").hits
    }


def test_articles_with_all_words_move_up(archive: Archive) -> None:
    # Reranking by the share of query words matched (rarer words weigh more).
    result = archive.search("Leopoldstraße München Fahrspuren Baustelle", size=3)
    assert result.hits[0].id == LEOPOLD
    scores = [h.score for h in result.hits]
    assert scores == sorted(scores, reverse=True)


def test_und_requires_both_words(news) -> None:
    either = news.search("Hafen Deichverband", collapse=False)
    both = news.search("Hafen UND Deichverband", collapse=False)
    assert either.total > both.total == 0


@pytest.mark.parametrize(
    ("query", "sort", "dates", "lacking"),
    [
        # No article holds all five words: the one with four comes first, then the set's
        # others (three of them) by date.
        (
            "Kim Putin Gipfel Hafen Bremen",
            "newest",
            ["2023-11-20", "2024-06-19", "2023-09-13"],
            [1, 2, 2],
        ),
        (
            "Kim Putin Gipfel Hafen Bremen",
            "oldest",
            ["2023-11-20", "2023-09-13", "2024-06-19"],
            [1, 2, 2],
        ),
        (
            "Nordkorea Waffen Russland Hafen Energie",
            "oldest",
            ["2023-11-20", "2024-06-19", "2023-09-13"],
            [1, 1, 2],
        ),
        # Every article of the set holds all the words: by date alone.
        (
            "Nordkorea Waffen Russland",
            "oldest",
            ["2023-09-13", "2023-11-20", "2024-06-19"],
            [0, 0, 0],
        ),
    ],
)
def test_date_sort_lists_the_most_words_first(
    archive: Archive, query: str, sort: str, dates: list[str], lacking: list[int]
) -> None:
    result = archive.search(query, sort=sort)
    assert [h.date for h in result.hits] == dates
    assert [len(h.missing) for h in result.hits] == lacking


@pytest.mark.parametrize("sort", ["newest", "oldest"])
def test_sort_by_date_puts_undated_last(news, sort: str) -> None:
    result = news.search("quelle:weserbote", sort=sort)
    dates = [h.date for h in result.hits]
    assert dates[-1] is None
    assert dates[:-1] == sorted(dates[:-1], reverse=sort == "newest")


# -- the Ranking value -----------------------------------------------------------------

# Words the analyzer does not split: for a compound ("Containerterminal") the numpy path counts
# a part an article holds ("Container") as a word it matched, Whoosh's TermsCollector
# only the parts of a match of the whole (contain AND terminal), so the reranking differs.
WORD_QUERIES = [
    "Hafen",
    "Hafen Stadt Polizei",
    "Flüchtlinge Hauptbahnhof",
    "Nordkorea Raketen Käsemarkt",
    "Kim Jong-un",
    "Hafen -Deich",
    "Wie viele Flüchtlinge kamen am Hauptbahnhof an?",
]


@pytest.mark.parametrize("text", WORD_QUERIES)
def test_numpy_and_whoosh_rank_words_alike(
    news: Archive, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = _rank(news, text, wanted=20)
    # Taken as a query numpy cannot read, the same query goes through Whoosh's collectors.
    monkeypatch.setattr(ranking, "plain", lambda q, phrases=False: False)
    slow = _rank(news, text, wanted=20)
    assert fast.hits == slow.hits and len(fast.hits) > 0
    assert sorted(fast.matched) == sorted(slow.matched)
    assert fast.total == slow.total
    assert {d: sorted(t) for d, t in fast.terms.items()} == {
        d: sorted(t) for d, t in slow.terms.items()
    }
    assert not fast.timed_out and not slow.timed_out


@pytest.mark.parametrize(
    ("text", "collapse", "total"),
    [("Containerterminal Bremerhaven", True, 1), ("Containerterminal Bremerhaven", False, 2)],
)
def test_total_counts_a_story_once(news: Archive, text: str, collapse: bool, total: int) -> None:
    found = _rank(news, text, collapse=collapse)
    assert found.total == total and len(found.matched) == 2
    assert len(found.hits) == total


def test_terms_say_which_query_words_each_top_hit_holds(news: Archive) -> None:
    found = _rank(news, "Containerterminal Bremerhaven Deichschau")
    top = found.hits[0][0]
    assert {f.split("_")[0] for f, _ in found.terms[top]} <= {"title", "caption", "body"}
    assert {t for _, t in found.terms[top]} >= {"containerterminal", "bremerhav"}


@pytest.mark.parametrize(
    ("text", "filters", "unfiltered"),
    [
        ("Hafen", None, "matched"),
        ("Hafen", Filters.make(source=["weserbote"]), "more"),
        ('"Hafen Bremerhaven" OR Flücht*', Filters.make(source=["weserbote"]), "more"),
    ],
)
def test_matches_without_the_filter_are_listed_on_request(
    news: Archive, text: str, filters: Filters | None, unfiltered: str
) -> None:
    assert _rank(news, text, filters).unfiltered is None
    found = _rank(news, text, filters, unfiltered=True)
    assert found.unfiltered is not None
    everything = set(found.unfiltered)
    assert set(found.matched) <= everything
    assert (everything == set(found.matched)) is (unfiltered == "matched")
    assert everything == set(_rank(news, text, unfiltered=True).matched)


@pytest.mark.parametrize("sort", ["newest", "oldest"])
def test_by_date_every_match_in_order(news: Archive, sort: str) -> None:
    found = _rank(news, "quelle:weserbote", sort=sort, wanted=100)
    days = news.commit().days()
    dated = [days[d] for d, _ in found.hits if days[d] is not None]
    assert dated == sorted(dated, reverse=sort == "newest")
    assert days[found.hits[-1][0]] is None and all(score == 0.0 for _, score in found.hits)
    assert found.total == len(found.hits) == 4


# -- the time budget --------------------------------------------------------------------

BROAD = "Stadt OR Hafen OR Senat OR Bremerhaven OR Polizei"


class _Clock:
    """A clock that moves one second each time it is read."""

    def __init__(self) -> None:
        self.now = 0.0

    def perf_counter(self) -> float:
        self.now += 1.0
        return self.now


@pytest.fixture()
def limited(news_index: Path) -> Archive:
    archive = Archive(news_index)
    yield archive
    archive.close()


def test_no_limit_by_default(limited: Archive) -> None:
    assert limited.limits.time_limit is None
    result = limited.search(BROAD)
    assert result.total > 10 and not any("abgebrochen" in n for n in result.notices)


def test_tiny_limit_answers_with_a_notice(limited: Archive) -> None:
    limited.limits = replace(limited.limits, time_limit=1e-9)
    result = limited.search(BROAD, extras=("facets", "timeline"))
    assert result.notices[-1] == (
        "Die Suche wurde nach 1e-09 s abgebrochen; es werden die bis dahin gefundenen "
        "Treffer gezeigt."
    )
    assert result.total == len(result.hits) == 0
    # The limit is per search: the next one without it is whole again.
    limited.limits = replace(limited.limits, time_limit=None)
    assert limited.search(BROAD).total > 10


def test_hits_found_before_the_limit_are_shown(limited: Archive, monkeypatch) -> None:
    full = limited.search(BROAD, size=50)
    clock = _Clock()  # every match read costs one second
    monkeypatch.setattr(ranking, "time", clock)
    monkeypatch.setattr(budget, "time", clock)
    limited.limits = replace(limited.limits, time_limit=3.5)
    result = limited.search(BROAD, size=50, filters=None)
    assert "abgebrochen" in result.notices[-1] and "3,5 s" in result.notices[-1]
    assert 1 <= result.total < full.total and len(result.hits) == result.total
    assert {h.id for h in result.hits} <= {h.id for h in full.hits}
    scores = [h.score for h in result.hits]
    assert scores == sorted(scores, reverse=True)


def test_limit_holds_inside_filters(limited: Archive, monkeypatch) -> None:
    from search.filters import Filters

    only = Filters.make(source=["weserbote"])
    full = limited.search(BROAD, size=50, filters=only)
    clock = _Clock()
    monkeypatch.setattr(ranking, "time", clock)
    monkeypatch.setattr(budget, "time", clock)
    limited.limits = replace(limited.limits, time_limit=2.5)
    result = limited.search(BROAD, size=50, filters=only)
    assert "abgebrochen" in result.notices[-1]
    assert 1 <= result.total < full.total
    assert {h.source for h in result.hits} == {"weserbote"}


@pytest.mark.parametrize("text", [BROAD, '"Stadt Bremerhaven" OR Hafen*'])
def test_the_time_out_is_in_the_ranking(news: Archive, text: str) -> None:
    found = _rank(news, text, time_limit=1e-9)
    assert found.timed_out and found.hits == [] and found.total == 0
    assert not _rank(news, text).timed_out


@pytest.mark.parametrize(
    "question",
    [
        "Wann traf Kim Jong-un Putin am Weltraumbahnhof?",
        "Wer liefert Waffen an die Ukraine?",
        '"Neun-Euro-Ticket" oder Deutschlandticket?',
    ],
)
def test_the_terms_whose_positions_ranking_keeps_are_those_the_features_read(
    archive: Archive, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    from search import features
    from search.whoosh_read import leaf_positions

    words = compile_search(archive.schema, read(question), archive.field_boosts).word_groups
    searcher = archive.searcher()
    read_pairs: set[tuple[str, bytes]] = set()

    def recorded(leaf: Any, fieldname: str, text: Any, wanted: list[int]) -> dict[int, list[int]]:
        read_pairs.add((fieldname, text.encode("utf-8") if isinstance(text, str) else text))
        return leaf_positions(leaf, fieldname, text, wanted)

    monkeypatch.setattr("search.features.leaf_positions", recorded)
    docs = list(range(min(40, searcher.doc_count_all())))
    langs = archive.commit().column("lang")
    features.candidate_features(searcher, words, True, docs, langs)
    assert read_pairs
    assert read_pairs <= ranking.position_terms(words)
    # No more than the title and body terms of the words.
    assert all(f.split("_")[0] in ("title", "body") for f, _ in ranking.position_terms(words))
