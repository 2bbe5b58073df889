"""Tests for index.stopwords: the words each analyzer drops."""

from __future__ import annotations

import pytest

from index.stopwords import ENGLISH_STOPWORDS, GERMAN_STOPWORDS


@pytest.mark.parametrize(
    ("word", "stop"),
    [
        ("für", True),
        ("fuer", True),
        ("fur", True),
        ("beim", True),
        ("übers", True),
        ("uebers", True),
        ("putin", False),
        ("waffen", False),
    ],
)
def test_german_stopwords_with_their_spellings(word: str, stop: bool) -> None:
    assert (word in GERMAN_STOPWORDS) is stop


@pytest.mark.parametrize(("word", "stop"), [("the", True), ("of", True), ("putin", False)])
def test_english_stopwords(word: str, stop: bool) -> None:
    assert (word in ENGLISH_STOPWORDS) is stop
