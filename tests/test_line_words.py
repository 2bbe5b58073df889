"""Tests for index.line_words: a line's words, in any script."""

from __future__ import annotations

import pytest

from index.line_words import count_words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Putin will nach Nordkorea", 4),
        ("Kim Jong-un trifft Putin", 4),
        ("", 0),
        # Vowel signs (combining marks) stand inside the words of Indic scripts.
        ("पुलिस ने दो लोगों को पकड़ा", 6),
    ],
)
def test_count_words(text: str, words: int) -> None:
    assert count_words(text) == words


def test_count_words_of_unspaced_scripts() -> None:
    assert count_words("宮崎県で震度5弱、高知と宮崎に1メートルの津波注意報") >= 6
