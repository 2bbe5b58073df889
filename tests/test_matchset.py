"""What counts as a match: the result set chosen among the articles with any word."""

from __future__ import annotations

import numpy as np
import pytest

from search.matchset import (
    ALL_WORDS,
    Word,
    among,
    content_words,
    held_count,
    is_content,
    match_set,
    required,
)


def arr(*docs: int) -> np.ndarray:
    return np.array(docs, dtype=np.int64)


def words(*held: np.ndarray) -> tuple[Word, ...]:
    return tuple(Word(f"w{i}", docs) for i, docs in enumerate(held))


@pytest.mark.parametrize(
    ("count", "question", "need"),
    [
        (0, False, 0),
        (1, False, 1),
        (ALL_WORDS, False, ALL_WORDS),
        (4, False, 3),  # 60 % of four words, rounded up
        (5, False, 3),
        (6, False, 4),
        (10, False, 6),
        (3, True, 1),  # a fifth of a question's words, at least one
        (5, True, 1),
        (6, True, 2),
        (11, True, 3),
    ],
)
def test_required_words(count: int, question: bool, need: int) -> None:
    assert required(count, question) == need


@pytest.mark.parametrize(
    ("fields", "pattern", "content"),
    [
        ({"body_de", "title_de", "body_en", "body_xx"}, False, True),
        ({"body_en", "body_xx"}, False, False),  # a German stopword ("die")
        ({"body_de", "body_xx"}, False, False),  # an English stopword ("the")
        (set(), True, True),  # a prefix typed with *
    ],
)
def test_content_words_are_no_stopwords(fields: set[str], pattern: bool, content: bool) -> None:
    assert is_content(fields, pattern) is content


def test_a_word_no_article_holds_is_no_content_word() -> None:
    kept = content_words(
        [("Hafen", arr(1, 2), True), ("Xyzzy", arr(), True), ("die", arr(3), False)]
    )
    assert [w.text for w in kept] == ["Hafen"]


@pytest.mark.parametrize(
    ("held", "question", "docs", "need", "fallback"),
    [
        # Two words: both.
        ([arr(1, 2, 3), arr(2, 3, 4)], False, [2, 3], 2, False),
        # Nobody holds all three: the articles holding the most, with the notice.
        ([arr(1, 2), arr(2, 3), arr(4)], False, [2], 2, True),
        # Four words, nobody holds all: three will do, with the notice.
        ([arr(1, 2), arr(1, 2), arr(1, 3), arr(2, 3)], False, [1, 2], 3, True),
        # Four words, article 1 holds all: every word, no notice.
        ([arr(1, 2), arr(1, 2), arr(1, 3), arr(1, 3)], False, [1], 4, False),
        # A question of five words: one will do; of six: two.
        ([arr(1), arr(2), arr(3), arr(4), arr(5)], True, [1, 2, 3, 4, 5], 1, False),
        ([arr(1, 2), arr(2), arr(3), arr(4), arr(5), arr(6)], True, [2], 2, False),
        # No content words (only stopwords typed): every match.
        ([], False, [1, 2], 0, False),
    ],
)
def test_match_set(
    held: list[np.ndarray], question: bool, docs: list[int], need: int, fallback: bool
) -> None:
    matched = np.unique(np.concatenate(held)) if held else arr(1, 2)
    chosen = match_set(matched, words(*held), question)
    assert chosen.docs.tolist() == docs
    assert (chosen.need, chosen.fallback) == (need, fallback)
    assert chosen.inside(matched).tolist() == [d in docs for d in matched.tolist()]


@pytest.mark.parametrize(
    ("held", "question", "docs", "need", "first"),
    [
        # Four words, article 1 holds them all: the set asks every word; relevance order
        # lists the articles with three of them (1, 2) with it.
        ([arr(1, 2), arr(1, 2), arr(1, 2), arr(1, 3)], False, [1], 4, 3),
        # No article holds all four: three will do, as before.
        ([arr(1, 2), arr(1, 2), arr(2, 3), arr(1, 3)], False, [1, 2], 3, 3),
        # A question keeps its share even when an article holds every word.
        ([arr(1), arr(1, 2), arr(1), arr(1), arr(1)], True, [1, 2], 1, 1),
    ],
)
def test_every_word_when_some_match_holds_them_all(
    held: list[np.ndarray], question: bool, docs: list[int], need: int, first: int
) -> None:
    matched = np.unique(np.concatenate(held))
    chosen = match_set(matched, words(*held), question)
    assert (chosen.docs.tolist(), chosen.need, chosen.first) == (docs, need, first)
    ahead = chosen.listed_first(matched).tolist()
    assert ahead == [int(c) >= first for c in held_count(matched, words(*held)).tolist()]
    assert chosen.ahead.tolist() == matched[ahead].tolist()


@pytest.mark.parametrize(
    ("held", "asked", "missing"),
    [
        ([arr(1, 2), arr(2, 3)], [1, 2, 3], {1: ["w1"], 2: [], 3: ["w0"]}),
        ([arr(1, 2), arr(2, 3)], [3, 9], {3: ["w0"], 9: ["w0", "w1"]}),
        ([arr(1, 2), arr(2, 3)], [], {}),
        ([arr(5)], [5, 6], {5: [], 6: ["w0"]}),
        ([], [1, 2], {1: [], 2: []}),  # no content words: none missing
    ],
)
def test_missing_words_are_named_per_article(
    held: list[np.ndarray], asked: list[int], missing: dict[int, list[str]]
) -> None:
    chosen = match_set(arr(1, 2, 3), words(*held), False)
    assert chosen.missing(asked) == missing


def test_the_rule_applies_alike_to_other_matches() -> None:
    # Chosen among the filtered matches (2, 3), the same rule over every match (the
    # facet counts) takes the articles holding as many words.
    chosen = match_set(arr(2, 3), words(arr(1, 2, 5), arr(1, 2, 3), arr(4, 5)), False)
    assert chosen.fallback and chosen.docs.tolist() == [2]
    assert among(chosen, arr(1, 2, 3, 4, 5)).tolist() == [1, 2, 5]


@pytest.mark.parametrize(
    ("held", "question", "first"),
    [
        # Five words, nobody holds all: the set holds three of them (1, 2, 3, 4); a date
        # sort lists the articles with four (2, 4) first.
        ([arr(1, 2, 3, 4), arr(1, 2, 3, 4), arr(1, 2, 4), arr(2, 3, 4), arr(5)], False, [2, 4]),
        # Every article of the set holds as many: the whole set.
        ([arr(1, 2), arr(1, 2), arr(1, 2), arr(3), arr(4)], False, [1, 2]),
        # Article 1 holds every word: the set asks them all, and is listed whole.
        ([arr(1, 2), arr(1, 2), arr(1, 2), arr(1, 2), arr(1, 3)], False, [1]),
        # Up to three words: all of them, the whole set.
        ([arr(1, 2), arr(1, 2), arr(1, 3)], False, [1]),
        # A question keeps its date order whole.
        ([arr(1, 2), arr(1), arr(1), arr(1), arr(1, 3)], True, [1, 2, 3]),
    ],
)
def test_a_set_without_every_word_lists_the_most_words_first(
    held: list[np.ndarray], question: bool, first: list[int]
) -> None:
    matched = np.unique(np.concatenate(held))
    assert match_set(matched, words(*held), question).most_first().tolist() == first
