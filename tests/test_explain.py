"""Why a hit matched: each query word with the form found and the kind of match."""

from __future__ import annotations

import pytest

from search.archive import Archive

WAFFEN = "nordkurier-digital/2023-11-20_waffenlieferungen-nordkorea"
LEOPOLD = "alpenpost/2022-05-10_baustelle-leopoldstrasse"
KIM = "nordkurier-digital/2023-09-13_kim-putin-gipfel"
FLUCHT = "alpenpost/2022-03-15_ukraine-fluechtlinge-hauptbahnhof"


@pytest.mark.parametrize(
    ("query", "article", "expected"),
    [
        (
            "Lieferung Waffen",
            WAFFEN,
            [("Lieferung", "lieferungen", "compound"), ("Waffen", "Waffen", "compound")],
        ),
        (
            "muenchen strasse",
            LEOPOLD,
            [("muenchen", "München", "umlaut"), ("strasse", "Straße", "exact")],
        ),
        ("Flüchtling", FLUCHT, [("Flüchtling", "Flüchtlinge", "stem")]),
        (
            '"Kim Jong-un" Putin',
            KIM,
            [("Kim Jong-un", "Kim Jong-un", "phrase"), ("Putin", "Putin", "exact")],
        ),
        # Words inside parentheses joined by UND / ODER are explained one by one.
        (
            "Nordkorea ODER (Kim UND Putin)",
            KIM,
            [
                ("Nordkorea", "Nordkorea", "exact"),
                ("Kim", "Kim", "exact"),
                ("Putin", "Putin", "exact"),
            ],
        ),
        ("Putin UND NICHT Merkel", KIM, [("Putin", "Putin", "exact")]),
    ],
)
def test_explain(archive: Archive, query: str, article: str, expected: list) -> None:
    hit = next(h for h in archive.search(query, size=20, explain=True).hits if h.id == article)
    assert [(r["word"], r["found"], r["how"]) for r in hit.explain] == expected


def test_explain_on_request_in_json(client) -> None:
    plain = client.get("/api/search?q=Flüchtling").get_json()
    assert "explain" not in plain["hits"][0]
    data = client.get("/api/search?q=Flüchtling&explain=1").get_json()
    assert data["hits"][0]["id"] == FLUCHT
    assert data["hits"][0]["explain"] == [
        {"word": "Flüchtling", "field": "title", "found": "Flüchtlinge", "how": "stem"}
    ]


def test_explain_as_a_hint_in_the_page(client) -> None:
    html = client.get("/?q=muenchen+strasse").get_data(as_text=True)
    assert "Umlaut-Schreibung" in html


@pytest.mark.parametrize("q", ["Nordkorea ODER (Kim UND Putin)", "(Kim ODER Putin) UND Gipfel"])
def test_the_page_explains_words_in_parentheses(client, q: str) -> None:
    r = client.get("/", query_string={"q": q})
    assert r.status_code == 200 and "genau" in r.get_data(as_text=True)
