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
