"""The faster langdetect detector answers exactly as langdetect's own."""

from __future__ import annotations

import pytest
from langdetect_texts import SHORT, TEXTS, demo_texts

from index import language
from index.langdetect_fast import create_detector, stock_detector


@pytest.mark.parametrize("trials", [language.TRIALS, 7])
def test_fast_detector_matches_langdetect(trials: int) -> None:
    for text in TEXTS + demo_texts():
        stock = stock_detector(trials)
        fast = create_detector(trials)
        assert type(fast) is not type(stock)
        stock.append(text)
        fast.append(text)
        assert fast.text == stock.text, text
        expected = [(p.lang, p.prob) for p in stock.get_probabilities()]
        assert [(p.lang, p.prob) for p in fast.get_probabilities()] == expected, text


@pytest.mark.parametrize("text", SHORT)
@pytest.mark.parametrize("trials", [1, language.TRIALS, 7])
def test_fast_detector_matches_langdetect_on_short_texts(text: str, trials: int) -> None:
    stock = stock_detector(trials)
    fast = create_detector(trials)
    stock.append(text)
    fast.append(text)
    expected = [(p.lang, p.prob) for p in stock.get_probabilities()]
    assert [(p.lang, p.prob) for p in fast.get_probabilities()] == expected


def test_a_fast_detector_is_set_up_as_langdetects_without_a_generator() -> None:
    stock, fast = stock_detector(language.TRIALS), create_detector(language.TRIALS)
    mine, theirs = vars(fast), vars(stock)
    assert mine.keys() == theirs.keys()
    # The walks read a stream of the seed's words instead of a generator seeded by the OS.
    assert mine.pop("random") is None and theirs.pop("random") is not None
    assert mine == theirs
