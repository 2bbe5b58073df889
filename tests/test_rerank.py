"""The learned reranker: its model file, its order, and the search that uses it."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from index.schema import SCHEMA_VERSION
from search.archive import Archive
from search.features import FEATURES
from search.rerank import BASE, INPUTS, MODEL_FILE, Model, lifted_by, load_model, model_from, rerank


def test_the_shipped_model_is_made_for_this_schema() -> None:
    # A new schema version needs a model fitted anew (bench/relevance_lab.py train).
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    assert data["schema_version"] == SCHEMA_VERSION
    model = load_model()
    assert model is not None and set(model.features) <= set(FEATURES)
    assert model.inputs[: len(BASE)] == BASE and len(model.weights) == len(model.inputs)


@pytest.mark.parametrize(
    "data",
    [
        {"schema_version": SCHEMA_VERSION, "top": 30, "weights": {"cov": 1.0}},
        {
            "schema_version": SCHEMA_VERSION,
            "top": 30,
            "weights": {"log_share": 1, "inv_rank": 1, "colour": 2},
        },
        {"schema_version": SCHEMA_VERSION, "weights": {"log_share": 1, "inv_rank": 1}},
    ],
)
def test_a_broken_model_is_not_used(tmp_path: Path, data: dict[str, object]) -> None:
    path = tmp_path / "model.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert load_model(path) is None


def test_a_model_for_another_schema_is_not_used(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    path.write_text(
        json.dumps(
            {
                "schema_version": SCHEMA_VERSION + 1,
                "top": 30,
                "weights": {"log_share": 1, "inv_rank": 1},
            }
        ),
        encoding="utf-8",
    )
    assert load_model(path) is None
    assert load_model(tmp_path / "missing.json") is None


def model(**weights: float) -> Model:
    return model_from(
        {
            "schema_version": SCHEMA_VERSION,
            "top": 3,
            "weights": {"log_share": 0.0, "inv_rank": 0.0, **weights},
        }
    )


def test_rerank_orders_by_the_model_and_keeps_the_scores_falling() -> None:
    top = [(10, 9.0), (11, 8.0), (12, 7.0)]
    feats = [{"cov": 0.2}, {"cov": 0.9}, {"cov": 0.5}]
    out = rerank(model(cov=1.0), top, feats)
    assert [r.docnum for r in out] == [11, 12, 10]
    assert [r.score for r in out] == [9.0, 8.0, 7.0]
    assert out[0].contributions == {"log_share": 0.0, "inv_rank": 0.0, "cov": 0.9}
    # Ties keep the engine's order.
    assert [r.docnum for r in rerank(model(cov=0.0), top, feats)] == [10, 11, 12]
    assert rerank(model(cov=1.0), [], []) == []


QUESTION = "Wo trafen sich Kim Jong-un und Putin?"


def test_questions_are_reranked_and_other_queries_not(archive: Archive) -> None:
    shipped = archive.reranker
    try:
        archive.reranker = None
        plain = [h.id for h in archive.search(QUESTION, size=5).hits]
        keywords = [h.id for h in archive.search("Kim Jong-un Putin", size=5).hits]
        # A model that prefers what BM25F put last turns the top around.
        archive.reranker = replace(model(), weights=(0.0, -1.0), top=5)
        turned = [h.id for h in archive.search(QUESTION, size=5).hits]
        assert len(plain) == 5 and turned == plain[::-1]
        assert [h.id for h in archive.search("Kim Jong-un Putin", size=5).hits] == keywords
        # The shipped model puts the summit article first.
        archive.reranker = shipped
        assert (
            archive.search(QUESTION).hits[0].id == "nordkurier-digital/2023-09-13_kim-putin-gipfel"
        )
    finally:
        archive.reranker = shipped


# Contributions of three reranked hits: 1 lifted by cov and near, 2 by near alone.
SPREAD = {
    1: {"log_share": 1.0, "cov": 0.9, "near": 0.6},
    2: {"log_share": 1.0, "cov": 0.0, "near": 0.9},
    3: {"log_share": 1.0, "cov": 0.0, "near": 0.0},
}


@pytest.mark.parametrize(
    ("docnum", "most", "lifted"),
    [
        # Gains above the top's average, largest first; an input all share is no reason.
        (1, 3, [("cov", 0.6), ("near", 0.1)]),
        (1, 1, [("cov", 0.6)]),
        (2, 3, [("near", 0.4)]),
        # Below the average in everything: nothing lifted it.
        (3, 3, []),
        # Not reranked.
        (4, 3, []),
    ],
)
def test_lifted_by_names_what_raised_a_hit_above_the_top(
    docnum: int, most: int, lifted: list[tuple[str, float]]
) -> None:
    assert lifted_by(SPREAD, docnum, most) == lifted


def test_explain_names_what_lifted_a_question_s_hits(archive: Archive) -> None:
    question = archive.search(QUESTION, explain=True)
    reasons = [r for h in question.hits for r in h.ranked_by or []]
    assert reasons and {r["input"] for r in reasons} <= set(INPUTS)
    assert all(r["gain"] > 0 for r in reasons)
    # Keyword queries are not reranked; without explain nothing is said.
    assert all(h.ranked_by == [] for h in archive.search("Kim Jong-un Putin", explain=True).hits)
    assert all(h.ranked_by is None for h in archive.search(QUESTION).hits)
