"""One article and what relates to it (search.related): marks, copies, similar articles, its
story's sequel and its source's neighbours."""

from __future__ import annotations

import pytest

from search.archive import Archive

WAFFEN = "nordkurier-digital/2023-11-20_waffenlieferungen-nordkorea"
KIM = "nordkurier-digital/2023-09-13_kim-putin-gipfel"
HAFEN = "weserbote/2022-05-10_hafen-ausbau"


def test_article_marks_query_words(archive: Archive) -> None:
    view = archive.article(WAFFEN, "Waffenlieferung Kim")
    assert view is not None
    assert "<mark>Waffenlieferungen</mark>" in view.title_html
    assert any("<mark>Kim</mark>" in p for p in view.body_html)
    assert archive.article("no/such/article") is None


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


@pytest.mark.parametrize(
    ("article", "before", "after"),
    [
        (HAFEN, "weserbote/2021-09-03_deichschau", "weserbote/2023-02-14_script-probe"),
        ("weserbote/2021-09-03_deichschau", None, HAFEN),
        ("weserbote/ohne-datum_stadtbibliothek", None, None),  # no date: no place in time
        ("no/such/article", None, None),
    ],
)
def test_neighbours_of_the_same_source(
    news: Archive, article: str, before: str | None, after: str | None
) -> None:
    previous, following = news.neighbours(article)
    assert (previous or {}).get("id") == before
    assert (following or {}).get("id") == after


@pytest.mark.parametrize(
    ("query", "marked"),
    [
        # The compound and its parts standing alone are its word's forms.
        ("Waffenlieferung Kim", ["Waffenlieferungen", "Waffen", "Lieferungen", "Kim"]),
        ("Zeppelin", []),
        ("", []),
    ],
)
def test_article_marks_what_the_query_found(news: Archive, query: str, marked: list) -> None:
    import re

    view = news.article(WAFFEN, query, related=False)
    assert view is not None
    found = set(re.findall(r"<mark>([^<]*)</mark>", view.title_html + "".join(view.body_html)))
    assert found == set(marked)
    # Without related=True nothing else is looked up.
    assert view.similar == view.thread == view.also_in == [] and view.previous is None


def test_story_keys_and_body_hashes_cover_every_article(news: Archive) -> None:
    keys, hashes = news.story_keys(), news.body_hashes()
    assert set(keys) == set(hashes) and len(keys) == 50
    # The two copies of the port story share their key and their body hash.
    copy = "dpa-ticker/2022-05-10_hafen-bremerhaven"
    assert keys[HAFEN] == keys[copy] and hashes[HAFEN] == hashes[copy]
    assert len(set(keys.values())) == 49
