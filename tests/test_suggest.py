"""Suggestions: "Meinten Sie …?" from the archive's words, and completion while typing."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("typed", "suggested"),
    [
        ("Flüchtlnge", "Flüchtlinge"),
        ("Deichverbnd Unterweser", "Deichverband Unterweser"),
        ("bremerhafen", "bremerhaven"),
    ],
)
def test_did_you_mean(news, typed: str, suggested: str) -> None:
    assert news.search(typed).suggestion == suggested


@pytest.mark.parametrize("typed", ["Flüchtlinge", "Bremerhaven", "xq", "Zwölfzylindermotor"])
def test_no_suggestion_for_known_or_hopeless_words(news, typed: str) -> None:
    assert news.search(typed).suggestion is None


def test_complete_offers_words_and_titles(news) -> None:
    done = news.complete("Flücht")
    assert done["terms"][0] == "Flüchtlinge"
    assert all(t.casefold().startswith("flücht") for t in done["terms"])
    assert any("Flüchtlinge" in t["title"] for t in done["titles"])
    kim = news.complete("Kim Jo")
    assert kim["terms"] == ["Kim Jong-un"]
    assert news.complete("x") == {"terms": [], "titles": []}


def test_found_is_a_count_above_zero(news) -> None:
    from search import suggest

    searcher = news.searcher()
    terms = {t for f, t in searcher.reader().all_terms() if f in ("title_de", "body_de")}
    terms = {t.decode("utf-8") if isinstance(t, bytes) else t for t in terms}
    words = sorted(terms)[::7] + ["gibtesnicht", "xq"]
    for group in ("de", "en"):
        found = [suggest._found(searcher, group, w) for w in words]
        assert found == [suggest._df(searcher, group, w) > 0 for w in words]
    assert any(suggest._found(searcher, "de", w) for w in words)
