"""Tests for index.named_headlines: the headlines a line names, the footer lines named."""

from __future__ import annotations

import pytest
from page_parts import H1, P1

from index.named_headlines import footer_words, headline_keys, letter_words
from index.shape import Shape


@pytest.mark.parametrize(
    ("line", "named"),
    [
        (H1, {H1}),
        (f"1. {H1}", {H1}),
        (f"» {H1}", {H1}),
        (f"Lesen Sie auch: {H1}", {H1}),
        (f"{H1} Mehr lesen", {H1}),
        ("Foto: dpa / Anna Keller", set()),
        (P1, set()),
    ],
)
def test_headline_keys(line: str, named: set[str]) -> None:
    keys = headline_keys(Shape(line))
    for text in named:
        assert headline_keys(Shape(text)) <= keys
    if not named:
        assert keys == set()


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("[39]Neue Brücke über den Rhein", " neue brücke über den rhein "),
        ("Bahn: 12 Züge fallen aus", " bahn züge fallen aus "),
        ("", "  "),
    ],
)
def test_letter_words(text: str, words: str) -> None:
    assert letter_words(text) == words


@pytest.mark.parametrize(
    ("lines", "title", "found"),
    [
        # A headline's length, not the page's own title, not a short label.
        (
            ["Neue Brücke über den Rhein eröffnet", "Impressum"],
            "Titel",
            [" neue brücke über den rhein eröffnet "],
        ),
        (["Neue Brücke über den Rhein eröffnet"], "Neue Brücke über den Rhein eröffnet", []),
    ],
)
def test_footer_words(lines: list[str], title: str, found: list[str]) -> None:
    assert footer_words(lines, title) == found
