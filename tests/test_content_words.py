"""Tests for index.content_words: the words telling what a text is about."""

from __future__ import annotations

import pytest

from index.content_words import content_words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Putin reist nach Nordkorea", {"putin", "reist", "nordkorea"}),
        ("Der Bau und die Kosten", {"kosten"}),
        ("The cost of the bridge", {"cost", "bridge"}),
    ],
)
def test_content_words(text: str, words: set[str]) -> None:
    assert content_words(text) == words
