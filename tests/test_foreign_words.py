"""Tests for index.foreign_words: other languages' frequent words German hardly uses."""

from __future__ import annotations

import pytest

from index import foreign_words, german_words


@pytest.mark.parametrize(
    "word",
    ["the", "and", "with", "het", "een", "och", "ikke", "les", "avec", "che", "para"],
)
def test_other_languages_function_words_are_listed(word: str) -> None:
    assert word in foreign_words.WORDS


@pytest.mark.parametrize(
    "word",
    ["die", "der", "und", "in", "ist", "nicht", "will", "was", "an", "es", "russland"],
)
def test_german_words_are_not_listed(word: str) -> None:
    assert word not in foreign_words.WORDS


def test_no_distinctly_german_word_is_listed() -> None:
    assert not foreign_words.WORDS & german_words.WORDS


def test_words_are_lower_case_letters() -> None:
    assert all(w.isalpha() and w == w.lower() for w in foreign_words.WORDS)
