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
