"""bench/feedback_lab.py: the archive's terms read, feedback and pool features computed."""

from __future__ import annotations

import importlib.util
import math
import pickle
import sys
from collections import Counter
from pathlib import Path

import pytest
from helpers import ROOT


def _load_module():
    spec = importlib.util.spec_from_file_location(
        "feedback_lab", ROOT / "bench" / "feedback_lab.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["feedback_lab"] = module
    spec.loader.exec_module(module)
    return module


lab = _load_module()

DOCS = {
    "a": Counter({"suizid": 3, "statist": 2, "jahr": 1}),
    "b": Counter({"suizid": 1, "selbsttot": 2, "statist": 1}),
    "c": Counter({"wahl": 4, "jahr": 2, "2020": 1}),
}


def _archive():
    df: Counter[str] = Counter()
    for c in DOCS.values():
        df.update(c.keys())
    return lab.Archive({"counts": DOCS, "df": df, "n": len(DOCS)})


def _cand(doc: str, score: float, tf: list[list[int]]) -> dict:
    return {"id": doc, "key": doc, "score": score, "f": {}, "tf": tf}


@pytest.mark.parametrize(
    ("skip", "m", "expected"),
    [
        # Counts over the document's size, times the weight; digits never expand.
        (set(), 3, ["wahl", "jahr"]),
        ({"wahl"}, 3, ["jahr"]),
        (set(), 1, ["wahl"]),
    ],
)
def test_expansion_weighs_terms_by_share_and_skips(skip, m, expected) -> None:
    got = lab.expansion([(DOCS["c"], 1.0)], lambda t: 1.0, skip, m)
    assert list(got) == expected
    assert "2020" not in got


def test_expansion_weighs_rare_terms_up_by_idf() -> None:
    idf = {"suizid": 1.0, "statist": 3.0, "jahr": 1.0}
    got = lab.expansion([(DOCS["a"], 1.0)], idf.__getitem__, set(), 1)
    assert list(got) == ["statist"]


def test_feedback_leaves_the_candidate_out_of_its_own_feedback() -> None:
    record = {
        "query": "Wahl",
        "cands": [_cand("c", 10.0, []), _cand("a", 5.0, []), _cand("b", 4.0, [])],
    }
    lab.feedback(_archive(), record, 1, 5, 1.0)
    prf = {c["id"]: c["f"]["prf"] for c in record["cands"]}
    # a's and b's feedback is c's terms: the question's "wahl" and the number left out,
    # "jahr" is all (a holds it, b not); c's own feedback is a's terms, "jahr" one of three.
    assert prf["a"] == 1.0
    assert prf["b"] == 0.0
    assert 0 < prf["c"] < 0.5


def test_local_coverage_weighs_words_the_top_does_not_share() -> None:
    record = {
        "words": [{"idf": 2.0}, {"idf": 2.0}],
        # Word 0 in every candidate (the topic), word 1 only in the last.
        "cands": [
            _cand("a", 3.0, [[0, 1, 1], [0, 0, 0]]),
            _cand("b", 2.0, [[0, 2, 2], [0, 0, 0]]),
            _cand("c", 1.0, [[1, 0, 0], [0, 1, 1]]),
        ],
    }
    lab.local_coverage(record, 3)
    local = [c["f"]["cov_local"] for c in record["cands"]]
    # The topic word weighs little: log(4 / 3.5) against log(4 / 1.5).
    assert math.isclose(local[0], math.log(4 / 3.5) / (math.log(4 / 3.5) + math.log(4 / 1.5)))
    assert local[0] == local[1] < 0.5 < local[2] == 1.0


def test_extend_puts_the_second_rankings_candidates_after_the_reranked_top() -> None:
    cands = [_cand("c", 30.0 - i, []) for i in range(lab.RERANKED)]
    cands += [_cand("x", 1.0, []), _cand("b", 0.5, [])]
    record = {"query": "Suizid Statistik", "cands": cands}
    lab.extend(_archive(), record, 2, 5, 0.0, 3, 20)
    assert record["reranked"] == lab.RERANKED + 1
    assert record["cands"][lab.RERANKED]["id"] == "b"
    assert record["cands"][lab.RERANKED]["erank"] == lab.RERANKED + 1
    assert record["cands"][lab.RERANKED]["f"]["alt_rr"] > 0


def test_terms_reads_every_article_of_an_index(demo_index: Path, tmp_path: Path) -> None:
    out = tmp_path / "terms.pkl"
    lab.terms(str(demo_index), str(out))
    with open(out, "rb") as f:
        data = pickle.load(f)
    assert data["n"] == len(data["counts"]) > 0
    archive = lab.Archive(data)
    ranked = archive.bm25({"nordkorea": 1.0})
    assert ranked and all(score > 0 for score in ranked.values())
