"""Tests for index.word_pattern: what a word of a text is and how many positions it takes."""

from __future__ import annotations

import re

import pytest

from index.word_pattern import TOKEN, TOKEN_SPELLED, WORD, other_spellings, same_as, word_width


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Kim Jong-un trifft", ["Kim", "Jong-un", "trifft"]),
        ("Kinder- und Jugendarzt", ["Kinder", "und", "Jugendarzt"]),
        ("13.000 Stühle", ["13.000", "Stühle"]),
        ("am 05.01.2021 und 31.12.", ["am", "05.01.2021", "und", "31.12."]),
        ("9,2 Prozent", ["9", "2", "Prozent"]),
    ],
)
def test_words_of_a_text(text: str, words: list[str]) -> None:
    assert WORD.findall(text) == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # The analyzers' words: a decimal with a comma is one, figures listed are not.
        ("9,2 Prozent", ["9,2", "Prozent"]),
        ("Boote 6,5,7 und 1.000,50 Euro", ["Boote", "6", "5", "7", "und", "1.000", "50", "Euro"]),
        ("Kim Jong-un am 05.01.2021", ["Kim", "Jong-un", "am", "05.01.2021"]),
    ],
)
def test_tokens_of_a_text(text: str, words: list[str]) -> None:
    assert TOKEN.findall(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "9,2 Prozent, 1.000,50 Euro, 6,5,7 und 12,34.",
        ".5,5 ,5,5 5,5, 55,55,5 a5,5 5a,5",
        "am 5.1. und 05.01.2021, 1.2.345 oder 12.13.14.15 und 123.456.7890",
        "13.000 1.000.000 1234.567 12.3456 .123.456 0.000",
        "Kim Jong-un, KN\u201123, x\u2010y, Super_Bowl_50, __init__, a__b_ -c d- e--f",
        "١٢,٣ ٠٥.٠١.٢٠٢١ ²5 ½ⅷ 5² x\u0301y 7%ig 100 % %% _ -",
        "Ölpreis 2020er 70ern Jänner 3. Gesetz 91-Jährige",
        "",
    ],
)
def test_tokens_are_those_of_the_pattern_as_spelled(text: str) -> None:
    assert TOKEN.findall(text) == re.findall(TOKEN_SPELLED, text)


@pytest.mark.parametrize(
    ("word", "width"),
    [("Putin", 1), ("Jong-un", 2), ("KN\u201123", 2), ("13.000", 2), ("05.01.2021", 3)],
)
def test_word_width(word: str, width: int) -> None:
    assert word_width(word) == width


@pytest.mark.parametrize(
    ("same", "words"),
    [
        ("6", {"sechs", "sechste", "sechsten"}),
        ("5", {"fünf", "fuenf", "fünfte"}),
        ("30", {"dreißig", "dreissig", "dreißigste"}),
        ("80er", {"achtziger"}),
        ("50er", {"fünfziger", "fuenfziger"}),
        ("prozent", {"%"}),
        ("januar", {"jänner", "jaenner"}),
    ],
)
def test_other_spellings_are_the_words_same_as_reads(same: str, words: set[str]) -> None:
    spellings = other_spellings()
    assert words <= spellings[same]
    assert {same_as(w) for w in spellings[same]} == {same}
