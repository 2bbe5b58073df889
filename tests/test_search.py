"""Ranked search over the demo archive, with exact results pinned."""

from __future__ import annotations

from datetime import date

import pytest

from index.build import index_paths
from search.archive import Archive
from search.filters import Filters
from search.request import BadRequest

WAFFEN = "nordkurier-digital/2023-11-20_waffenlieferungen-nordkorea"
LEOPOLD = "alpenpost/2022-05-10_baustelle-leopoldstrasse"
IMPF = "rheinblick/2021-04-12_impfstoffhersteller-liefermengen"
KIM = "nordkurier-digital/2023-09-13_kim-putin-gipfel"
ENERGY = "alpenpost/2022-09-15_energy-prices-winter"


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


def test_snippet_marks_stemmed_and_folded_forms(archive: Archive) -> None:
    hit = archive.search("Muenchen Strasse").hits[0]
    assert "<mark>München</mark>" in hit.snippet
    assert "<mark>Straße</mark>" in hit.snippet
    assert "<mark>München</mark>" in hit.title_html or "München" not in hit.title


def test_paging(archive: Archive) -> None:
    first = archive.search("Bundesregierung", size=2, page=1)
    second = archive.search("Bundesregierung", size=2, page=2)
    assert first.total == second.total > 2
    assert not {h.id for h in first.hits} & {h.id for h in second.hits}


@pytest.mark.parametrize(
    "query",
    [
        "",
        " ",
        '"',
        '""',
        "-",
        "OR",
        "AND OR NOT",
        "(",
        ")",
        "*",
        "titel:",
        "a" * 5000,
        "\x00\x07",
        '"unclosed phrase',
        '-""',
        "NICHT",
        "und die der",
        "<script>alert(1)</script>",
        "ÄÖÜß",
        "🙂",
        "%",
        "\\",
        "a:b:c",
    ],
)
def test_hostile_queries_never_raise(archive: Archive, query: str) -> None:
    result = archive.search(query)
    assert result.total >= 0
    for hit in result.hits:
        assert "<script>" not in hit.snippet and "<script>" not in hit.title_html


@pytest.mark.parametrize(("page", "size"), [(0, 10), (1, 0), (1, 101), (2000, 10)])
def test_bad_paging_is_rejected(archive: Archive, page: int, size: int) -> None:
    with pytest.raises(BadRequest):
        archive.search("Nordkorea", page=page, size=size)


def test_article_marks_query_words(archive: Archive) -> None:
    view = archive.article(WAFFEN, "Waffenlieferung Kim")
    assert view is not None
    assert "<mark>Waffenlieferungen</mark>" in view.title_html
    assert any("<mark>Kim</mark>" in p for p in view.body_html)
    assert archive.article("no/such/article") is None


def test_new_articles_show_up_after_a_commit(tmp_path) -> None:
    # The searcher is refreshed after a commit: no reopening, no restart.
    (tmp_path / "a.jsonl").write_text(
        '{"id": "one", "title": "Erster Artikel", "body": "Der Stadtrat tagte lange über '
        'die neue Brücke am Rhein und vertagte sich."}\n',
        encoding="utf-8",
    )
    index_paths(tmp_path / "ix", [tmp_path / "a.jsonl"])
    archive = Archive(tmp_path / "ix")
    assert archive.search("Rheinbrücke Stadtrat").total == 1
    assert archive.search("Zeppelin").total == 0
    (tmp_path / "b.jsonl").write_text(
        '{"id": "two", "body": "Ein Zeppelin landete am Bodensee vor vielen Zuschauern, die '
        'lange gewartet hatten."}\n',
        encoding="utf-8",
    )
    index_paths(tmp_path / "ix", [tmp_path / "b.jsonl"])
    assert [h.id for h in archive.search("Zeppelin").hits] == ["two"]


def test_long_article_snippet_reaches_past_32k(tmp_path) -> None:
    filler = "Der Ausschuss beriet über den Haushalt und vertagte die Entscheidung. " * 1000
    body = filler + "Am Ende stimmte der Gemeinderat für den Bau der Seilbahn."
    (tmp_path / "long.jsonl").write_text(
        '{"id": "long", "title": "Lange Sitzung", "body": "' + body + '"}\n', encoding="utf-8"
    )
    index_paths(tmp_path / "ix", [tmp_path / "long.jsonl"])
    hit = Archive(tmp_path / "ix").search("Seilbahn").hits[0]
    assert len(body) > 60_000
    assert "<mark>Seilbahn</mark>" in hit.snippet


def test_articles_with_all_words_move_up(archive: Archive) -> None:
    # Reranking by the share of query words matched (rarer words weigh more).
    result = archive.search("Leopoldstraße München Fahrspuren Baustelle", size=3)
    assert result.hits[0].id == LEOPOLD
    scores = [h.score for h in result.hits]
    assert scores == sorted(scores, reverse=True)


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


@pytest.mark.parametrize("sort", ["newest", "oldest"])
def test_sort_by_date_puts_undated_last(news, sort: str) -> None:
    result = news.search("quelle:weserbote", sort=sort)
    dates = [h.date for h in result.hits]
    assert dates[-1] is None
    assert dates[:-1] == sorted(dates[:-1], reverse=sort == "newest")


def test_copies_fold_into_one_hit(news) -> None:
    result = news.search("Containerterminal Bremerhaven")
    (hit,) = [h for h in result.hits if h.id in HAFEN]
    assert {hit.id} | {c["id"] for c in hit.also_in} == HAFEN
    assert result.total == 1
    loose = news.search("Containerterminal Bremerhaven", collapse=False)
    assert HAFEN <= set(_ids(loose)) and loose.total == 2


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


def test_und_requires_both_words(news) -> None:
    either = news.search("Hafen Deichverband", collapse=False)
    both = news.search("Hafen UND Deichverband", collapse=False)
    assert either.total > both.total == 0


def test_zero_results_offer_relaxed_searches(news) -> None:
    result = news.search('"Hafen Deichschau"', filters=Filters.make(source=["alpenpost"]))
    assert result.total == 0
    offers = {o["drop"]: o for o in result.relaxed}
    assert offers["source"]["filters"] == {} and offers["source"]["total"] > 0
    assert "syntax" not in offers or offers["syntax"]["q"] == "Hafen Deichschau"


def test_article_neighbours_similar_and_copies(news) -> None:
    view = news.article("weserbote/2022-05-10_hafen-ausbau")
    assert [c["id"] for c in view.also_in] == ["dpa-ticker/2022-05-10_hafen-bremerhaven"]
    assert view.previous["id"] == "weserbote/2021-09-03_deichschau"
    assert view.next["id"] == "weserbote/2023-02-14_script-probe"
    # Nothing else in the archive is about the port: no weak look-alikes are offered.
    assert view.similar == []
    kim = news.article("nordkurier-digital/2023-09-13_kim-putin-gipfel")
    assert [s["id"] for s in kim.similar] == [
        "rheinblick/2024-06-19_putin-besucht-pjoengjang",
        "nordkurier-digital/2023-11-20_waffenlieferungen-nordkorea",
    ]
    first = news.article("weserbote/2021-09-03_deichschau")
    assert first.previous is None
    assert news.article("weserbote/ohne-datum_stadtbibliothek").next is None


def test_analyze_shows_compound_parts_with_offsets(news) -> None:
    tokens = news.analyze("Waffenlieferungen an Kim")
    assert [(t["term"], t["surface"], t["kind"]) for t in tokens] == [
        ("waffenliefer", "Waffenlieferungen", "word"),
        ("waff", "Waffen", "part"),
        ("liefer", "lieferungen", "part"),
        ("kim", "Kim", "word"),
    ]
