"""Ordering and counting a ranking's hits (search.listing): the result set first."""

from __future__ import annotations

import numpy as np
import pytest

from search import matchset
from search.listing import set_first

# Words: 1 held by articles 1, 2, 3; 2 by 1 and 3; 3 by 3. Needing two words: 1 and 3.
SET_WORDS = tuple(
    matchset.Word(text, np.array(docs, dtype=np.int64))
    for text, docs in [("a", [1, 2, 3]), ("b", [1, 3]), ("c", [3])]
)


@pytest.mark.parametrize(
    ("question", "need", "first", "order", "beyond"),
    [
        # Keywords: the set's hits first, each part in its ranked order.
        (False, 2, 2, [1, 3, 2], {2}),
        # A question: as ranked, the hit outside the set marked all the same.
        (True, 2, 2, [2, 1, 3], {2}),
        # A set that asks every word (only 3 holds all three) lists the hits with the
        # share rule's two words with it, 1 marked as outside.
        (False, 3, 2, [1, 3, 2], {1, 2}),
    ],
)
def test_the_set_comes_first_for_keywords_and_a_question_stays_as_ranked(
    question: bool, need: int, first: int, order: list[int], beyond: set[int]
) -> None:
    docs = np.array([1, 3] if need == 2 else [3], dtype=np.int64)
    ahead = np.array([1, 3], dtype=np.int64)
    chosen = matchset.MatchSet(SET_WORDS, docs, need, False, first, ahead)
    hits = [(2, 3.0), (1, 2.0), (3, 1.0)]
    ranked, outside = set_first(hits, chosen, question)
    assert [d for d, _ in ranked] == order and outside == beyond
