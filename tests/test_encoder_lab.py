"""bench/encoder_lab.py: leads as the encoder reads them, the model's top reordered."""

from __future__ import annotations

import importlib.util
import sys

import pytest
from helpers import ROOT

from search.rerank import Model


def _load_module():
    spec = importlib.util.spec_from_file_location("encoder_lab", ROOT / "bench" / "encoder_lab.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["encoder_lab"] = module
    spec.loader.exec_module(module)
    return module


lab = _load_module()


@pytest.mark.parametrize(
    ("title", "body", "words", "expected"),
    [
        (
            "Hochwasser in Bayern",
            "Die Pegel  steigen\nweiter an.",
            3,
            "Hochwasser in Bayern. Die Pegel steigen",
        ),
        (None, "Die Pegel steigen.", 60, "Die Pegel steigen."),
        ("  Nur Titel ", None, 60, "Nur Titel"),
        (None, None, 60, ""),
    ],
)
def test_lead(title: str | None, body: str | None, words: int, expected: str) -> None:
    assert lab.lead(title, body, words) == expected


def _record(target: str, count: int = 12) -> dict:
    cands = [
        {"id": f"d{i}", "key": f"d{i}", "score": 10.0 - i * 0.1, "f": {"near": 0.0}}
        for i in range(count)
    ]
    return {"cands": cands, "target": target}


# A model of the engine's score alone, over the top 5: the engine's order stays, and only
# those 5 (what it scores) may be reordered by the cosine.
MODEL = Model(features=("near",), weights=(1.0, 0.0, 0.0), top=5, schema_version=7)
# d1 is the lead nearest the question; d11, below the top 10, nearer still.
COSINES = {f"d{i}": 0.5 for i in range(12)} | {"d1": 0.9, "d11": 1.0}


@pytest.mark.parametrize(
    ("target", "lam", "cosines", "expected"),
    [
        ("d1", 0.0, COSINES, 2),  # the model's order
        ("d1", 1.0, COSINES, 1),  # the nearer lead passes the first by its cosine
        ("d0", 1.0, COSINES, 2),
        ("d1", 0.001, COSINES, 2),  # too little to pass a better score
        ("d11", 64.0, COSINES, 12),  # below the top: never moved up
        ("d6", 64.0, COSINES | {"d6": 2.0}, 7),
        ("d1", 1.0, {"d0": 0.5}, 2),  # a lead without a vector: the model's order
        ("missing", 1.0, COSINES, None),
    ],
)
def test_rank_with(target: str, lam: float, cosines: dict, expected: int | None) -> None:
    record = _record(target)
    order, scores = lab.model_order(MODEL, record)
    assert order == list(range(12))
    assert lab.rank_with(record, order, scores, cosines.get, lam) == expected


@pytest.mark.parametrize(
    ("best", "expected"),
    [
        ({16.0: 0.9}, 16.0),
        ({}, 0.0),  # every lam alike: the smallest
        ({64.0: 0.8, 96.0: 0.8}, 64.0),
    ],
)
def test_choose(best: dict[float, float], expected: float) -> None:
    assert lab.choose(lambda lam: best.get(lam, 0.5)) == expected


@pytest.mark.parametrize(
    ("engine_depth", "expected"),
    [
        # The model's top 10 and the engine's top 10 are the same ten articles.
        (10, {f"d{i}" for i in range(10)}),
        # Deeper in the engine's order: d10 and d11 too.
        (12, {f"d{i}" for i in range(12)}),
    ],
)
def test_candidate_leads(tmp_path, engine_depth: int, expected: set[str]) -> None:
    corpus = tmp_path / "corpus.jsonl"
    lines = [f'{{"id": "d{i}", "title": "Titel {i}", "body": "Text {i}."}}' for i in range(14)]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    leads = lab.candidate_leads(str(corpus), MODEL, [_record("d0")], engine_depth)
    assert set(leads) == expected
    assert leads["d3"] == "Titel 3. Text 3."
