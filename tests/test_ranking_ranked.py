"""Matching and scoring (search.ranking): which articles a query finds, in which order, and
what the ranking tells of them."""

from __future__ import annotations

from typing import Any

import pytest
from ranking_cases import rank_typed

from search import ranking
from search.archive import Archive
from search.compile import compile_search
from search.filters import Filters
from search.syntax import read

WAFFEN = "nordkurier-digital/2023-11-20_waffenlieferungen-nordkorea"


LEOPOLD = "alpenpost/2022-05-10_baustelle-leopoldstrasse"


IMPF = "rheinblick/2021-04-12_impfstoffhersteller-liefermengen"


KIM = "nordkurier-digital/2023-09-13_kim-putin-gipfel"


ENERGY = "alpenpost/2022-09-15_energy-prices-winter"


HAFEN = {"weserbote/2022-05-10_hafen-ausbau", "dpa-ticker/2022-05-10_hafen-bremerhaven"}


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


@pytest.mark.parametrize(
    ("query", "spelt"),
    [("40%", "40 Prozent"), ("40 %", "40 Prozent"), ("40 %,", "40 Prozent")],
)
def test_a_percent_sign_is_searched_as_prozent(archive: Archive, query: str, spelt: str) -> None:
    # The index holds "%" as "Prozent": "40 %" is the heat-pump grant's share, not any
    # article with a 40 in it.
    found, written = archive.search(query), archive.search(spelt)
    assert found.total == written.total == 1
    assert found.hits[0].id == written.hits[0].id == "alpenpost/2022-12-02_waermepumpen-allgaeu"
    assert archive.search(query.replace("%", "")).total > 1


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
    ("text", "collapse", "total"),
    [("Containerterminal Bremerhaven", True, 1), ("Containerterminal Bremerhaven", False, 2)],
)
def test_total_counts_a_story_once(news: Archive, text: str, collapse: bool, total: int) -> None:
    found = rank_typed(news, text, collapse=collapse)
    assert found.total == total and len(found.matched) == 2
    assert len(found.hits) == total


def test_terms_say_which_query_words_each_top_hit_holds(news: Archive) -> None:
    found = rank_typed(news, "Containerterminal Bremerhaven Deichschau")
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
    assert rank_typed(news, text, filters).unfiltered is None
    found = rank_typed(news, text, filters, unfiltered=True)
    assert found.unfiltered is not None
    everything = set(found.unfiltered)
    assert set(found.matched) <= everything
    assert (everything == set(found.matched)) is (unfiltered == "matched")
    assert everything == set(rank_typed(news, text, unfiltered=True).matched)


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
