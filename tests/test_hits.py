"""The page of hits (search.hits): snippets with the query's words marked, copies, how each
hit matched."""

from __future__ import annotations

import pytest

from index.build import index_paths
from search.archive import Archive

IMPF = "rheinblick/2021-04-12_impfstoffhersteller-liefermengen"
HAFEN = {"weserbote/2022-05-10_hafen-ausbau", "dpa-ticker/2022-05-10_hafen-bremerhaven"}


def test_snippet_marks_stemmed_and_folded_forms(archive: Archive) -> None:
    hit = archive.search("Muenchen Strasse").hits[0]
    assert "<mark>München</mark>" in hit.snippet
    assert "<mark>Straße</mark>" in hit.snippet
    assert hit.title_html == (
        "Großbaustelle auf der Leopoldstraße: <mark>München</mark> sperrt Fahrspuren"
    )


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


def test_copies_fold_into_one_hit(news) -> None:
    result = news.search("Containerterminal Bremerhaven")
    (hit,) = [h for h in result.hits if h.id in HAFEN]
    assert {hit.id} | {c["id"] for c in hit.also_in} == HAFEN
    assert result.total == 1
    loose = news.search("Containerterminal Bremerhaven", collapse=False)
    assert HAFEN <= {h.id for h in loose.hits} and loose.total == 2
    assert all(h.also_in == [] and h.group is None for h in loose.hits)


@pytest.mark.parametrize(
    ("snippets", "marked"),
    [(True, True), (False, False)],
)
def test_snippets_mark_the_query_only_on_request(
    archive: Archive, snippets: bool, marked: bool
) -> None:
    hit = archive.search("Impfstoffhersteller", snippets=snippets).hits[0]
    assert hit.id == IMPF
    assert ("<mark>" in hit.snippet) is marked
    assert ("<mark>" in hit.title_html) is marked
    if not snippets:
        # The article's lead instead.
        assert hit.snippet.endswith(" …") and len(hit.snippet) < 260


@pytest.mark.parametrize(
    ("query", "filters", "explained"),
    [("Waffenlieferungen", False, True), ("", True, False)],
)
def test_explained_only_on_request_and_when_words_were_typed(
    news: Archive, query: str, filters: bool, explained: bool
) -> None:
    from search.filters import Filters

    narrowed = Filters.make(source=["nordkurier-digital"]) if filters else None
    plain = news.search(query, filters=narrowed)
    asked = news.search(query, filters=narrowed, explain=True)
    assert plain.hits and all(h.explain is None for h in plain.hits)
    assert all((h.explain is not None) is explained for h in asked.hits)
