"""Ranked search over the demo archive, with exact results pinned."""

from __future__ import annotations

import pytest

from index.build import index_paths
from search.engine import Archive, BadRequest

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
