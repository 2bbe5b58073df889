"""Tests for index.folding: umlauts, ß and accents folded to one form."""

from __future__ import annotations

import itertools

import pytest

from index.folding import fold_accents, fold_umlauts, german_fold


@pytest.mark.parametrize(
    ("word", "folded"),
    [
        ("münchen", "munchen"),
        ("muenchen", "munchen"),
        ("straße", "strasse"),
        ("oel", "ol"),
        ("quelle", "quelle"),
        ("frauen", "frauen"),
        ("café", "cafe"),
    ],
)
def test_german_fold(word: str, folded: str) -> None:
    assert german_fold(word) == folded


# Letters that fold or spell an umlaut, a q (quelle), capitals and a digit, in every
# combination up to four: the short way for ASCII words folds as the letter-by-letter one.
FOLD_LETTERS = "aeouqAEß1é"


@pytest.mark.parametrize("length", [1, 2, 3, 4])
def test_german_fold_of_every_short_word_as_letter_by_letter(length: int) -> None:
    words = ["".join(w) for w in itertools.product(FOLD_LETTERS, repeat=length)]
    for word in words + ["auerochse", "boeing", "queue", "kuehe", "ae", "xae", "moe1ue"]:
        assert german_fold(word) == fold_accents(fold_umlauts(word)), word
