"""What counts as a match: the result set chosen among the articles with any word."""

from __future__ import annotations

import numpy as np
import pytest

from search.matchset import (
    ALL_WORDS,
    MIN_SHARE,
    QUESTION_SHARE,
    Word,
    is_content,
    match_set,
    required_share,
)


def arr(*docs: int) -> np.ndarray:
    return np.array(docs, dtype=np.int64)


RARE, COMMON, STOP = Word(8.0, True), Word(2.0, True), Word(1.0, False)


@pytest.mark.parametrize(
    ("words", "question", "need"),
    [
        ([RARE, COMMON], False, 1.0),
        ([RARE] * ALL_WORDS + [STOP], False, 1.0),
        ([RARE] * (ALL_WORDS + 1), False, MIN_SHARE),
        ([RARE, COMMON], True, QUESTION_SHARE),
    ],
)
def test_required_share(words: list[Word], question: bool, need: float) -> None:
    assert required_share(words, question) == need


@pytest.mark.parametrize(
    ("fields", "content"),
    [
        (["body_de", "title_de", "body_en", "body_xx"], True),
        (["body_en", "body_xx"], False),  # a German stopword ("die")
        (["body_de", "body_xx"], False),  # an English stopword ("the")
    ],
)
def test_content_words_are_no_stopwords(fields: list[str], content: bool) -> None:
    assert is_content(fields) is content


@pytest.mark.parametrize(
    ("held", "words", "question", "docs", "fallback"),
    [
        # Two words: all of them (a stopword does not count).
        ([arr(1, 2, 3), arr(2, 3, 4), arr(1, 5)], [RARE, COMMON, STOP], False, [2, 3], False),
        # Nobody holds all: the articles holding the most (the rare word weighs most).
        ([arr(1, 2), arr(3), arr()], [RARE, COMMON, RARE], False, [1, 2], True),
        # A question: a fifth of the words' weight will do, the rarest weighing most (the
        # rare word alone is enough, one common word of four is not).
        (
            [arr(1), arr(2), arr(3), arr(4), arr(5)],
            [RARE, COMMON, COMMON, COMMON, COMMON],
            True,
            [1],
            False,
        ),
        ([arr(1), arr(2)] + [arr()] * 3, [COMMON, COMMON, RARE, RARE, RARE], True, [1, 2], True),
        # Only stopwords: every match.
        ([arr(1, 2)], [STOP], False, [1, 2], False),
    ],
)
def test_match_set(
    held: list[np.ndarray], words: list[Word], question: bool, docs: list[int], fallback: bool
) -> None:
    matched = np.unique(np.concatenate(held))
    chosen = match_set(matched, held, words, question)
    assert chosen.docs.tolist() == docs and chosen.fallback is fallback
