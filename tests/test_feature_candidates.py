"""bench/feature_candidates.py: the reranking features measured and not shipped."""

from __future__ import annotations

import importlib.util
import sys

import pytest
from helpers import ROOT

from search.features import QueryView, Word


def _load_module():
    spec = importlib.util.spec_from_file_location(
        "feature_candidates", ROOT / "bench" / "feature_candidates.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["feature_candidates"] = module
    spec.loader.exec_module(module)
    return module


def word(text: str, idf: float, number: bool = False) -> Word:
    return Word(text, {"de": (frozenset([text]),)}, idf, number, False)


VIEW = QueryView([word("2020", 2.0, number=True), word("b", 1.0)], True, 10.0, 100.0, 5.0)
# Three words, two of them specific (a number and a name), for the tight windows and pairs.
NAME = Word("Traiskirchen", {"de": (frozenset(["traiskirch"]),)}, 7.0, False, True)
TIGHT = QueryView([word("2020", 3.0, number=True), word("b", 2.0), NAME], True, 10.0, 100.0, 5.0)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Together early: two of the number and one word in one window, the pair adjacent.
        (
            {"2020": [0, 5, 100], "b": [3, 200]},
            {"passage_bm25": 0.375, "bigram_idf": 1.0, "lead_specific": 1.0},
        ),
        # Scattered and late: one word per window, no pair, the number outside the lead.
        (
            {"2020": [150], "b": [400]},
            {"passage_bm25": 0.2, "bigram_idf": 0.0, "lead_specific": 0.0},
        ),
        ({}, {"passage_bm25": 0.0, "bigram_idf": 0.0, "window_specific": 0.0}),
    ],
)
def test_candidate_features(body: dict[str, list[int]], expected: dict[str, float]) -> None:
    got = _load_module().candidate_features(VIEW, "de", {"title": {}, "body": body})
    for name, value in expected.items():
        assert got[name] == pytest.approx(value), name


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # All three within 5 words: every window holds them all; the two specific words
        # stand together.
        (
            {"2020": [10], "b": [12], "traiskirch": [14]},
            {"tight5": 1.0, "tight10": 1.0, "tight5l": 1.0, "pair5": 1.0},
        ),
        # The number and the name 8 apart, "b" far away: only windows of 10 and 20 hold the
        # pair (10 of 12 idf), and only pairs within 10 and 20 words count.
        (
            {"2020": [10], "b": [100], "traiskirch": [18]},
            {"tight5": 7 / 12, "tight10": 10 / 12, "tight20": 10 / 12, "pair5": 0.0, "pair10": 1.0},
        ),
        # Nothing held: nothing in any window.
        ({}, {"tight5": 0.0, "tight20l": 0.0, "pair20": 0.0}),
    ],
)
def test_tight_windows(body: dict[str, list[int]], expected: dict[str, float]) -> None:
    got = _load_module().candidate_features(TIGHT, "de", {"title": {}, "body": body})
    for name, value in expected.items():
        assert got[name] == pytest.approx(value), name
