"""bench/relevance_lab.py: candidates gathered, a model fitted, read back and scored."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
from helpers import ROOT

from search.rerank import load_model

KIM = "nordkurier-digital/2023-09-13_kim-putin-gipfel"
WAFFEN = "nordkurier-digital/2023-11-20_waffenlieferungen-nordkorea"
PUTIN = "rheinblick/2024-06-19_putin-besucht-pjoengjang"


def _load_module():
    spec = importlib.util.spec_from_file_location(
        "relevance_lab", ROOT / "bench" / "relevance_lab.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["relevance_lab"] = module
    spec.loader.exec_module(module)
    return module


def test_gather_train_and_score(demo_index: Path, tmp_path: Path, capsys) -> None:
    queries = tmp_path / "questions-dev.tsv"
    rows = [
        ("q1", "Wo trafen sich Kim Jong-un und Putin?", KIM),
        ("q2", "Welche Waffen liefert Nordkorea an Russland?", WAFFEN),
        ("q3", "Wann besuchte Putin Pjöngjang?", PUTIN),
        ("q4", "Was sah Kim auf dem Weltraumbahnhof?", KIM),
    ]
    queries.write_text(
        "qid\tquery\ttarget\n" + "".join(f"{q}\t{t}\t{d}\n" for q, t, d in rows), encoding="utf-8"
    )
    lab = _load_module()
    cache = tmp_path / "cache.jsonl"
    lab.gather(str(demo_index), str(cache), [str(queries)])
    records = [json.loads(line) for line in cache.read_text(encoding="utf-8").splitlines()]
    assert [r["qid"] for r in records] == ["q1", "q2", "q3", "q4"]
    assert all(r["question"] and r["cands"] for r in records)
    assert set(records[0]["cands"][0]["f"]) >= set(lab.USE)
    # Every query in the tune part for this test: the parts come from a hash of the id.
    for r in records:
        r["part"], r["fold"] = "tune", 0
    cache.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    model_file = tmp_path / "model.json"
    lab.train(str(cache), str(model_file), 30, 1.0)
    model = load_model(model_file)
    assert model is not None and model.top == 30
    print(lab.table(lab.load(str(cache)), lab.model_scorer(str(model_file))))
    out = capsys.readouterr().out
    assert "questions-dev.tsv" in out and "all" in out


def test_sets_held_out_as_a_whole_are_shown_only_when_asked() -> None:
    lab = _load_module()
    records = [
        {"set": "questions-news-dev.tsv", "qid": "a"},
        {"set": "questions-news-heldout.tsv", "qid": "b"},
        {"set": "xquad-dev.tsv", "qid": "c"},
    ]
    assert [r["qid"] for r in lab.shown(records, heldout=False)] == ["a", "c"]
    assert [r["qid"] for r in lab.shown(records, heldout=True)] == ["a", "b", "c"]


@pytest.mark.parametrize(
    ("scores", "top", "rank"),
    [
        ([0.1, 0.2, 0.9, 0.5], None, 1),  # the default depth reranks all four
        ([0.1, 0.2, 0.9, 0.5], 2, 3),  # only the first two reranked: the target stays third
        ([0.9, 0.2, 0.1, 0.5], 4, 4),  # the lowest score goes last
        ([0.3, 0.3, 0.3, 0.3], 4, 3),  # ties keep the engine's order
    ],
)
def test_rank_of_reranks_only_the_first_top(
    scores: list[float], top: int | None, rank: int
) -> None:
    lab = _load_module()
    record = {"target": "c", "cands": [{"key": k} for k in "abcd"]}
    assert lab.rank_of(record, scores, top) == rank


def _weighed_record(name: str, qid: str) -> dict:
    cands = [{"key": k, "score": 1.0, "f": dict.fromkeys(FEATURE_NAMES, 0.0)} for k in "ab"]
    return {"set": name, "qid": qid, "question": True, "target": "a", "cands": cands}


FEATURE_NAMES = ("cov", "cov_idf")


@pytest.mark.parametrize(
    ("weights", "expected"),
    [
        # Each set weighs alike: a set's rows share one unit of weight.
        ({}, {"x.tsv": 1.0, "n.tsv": 1.0}),
        ({"n.tsv": 3.0}, {"x.tsv": 1.0, "n.tsv": 3.0}),
        ({"x.tsv": 0.5}, {"x.tsv": 0.5, "n.tsv": 1.0}),
    ],
)
def test_set_weights_set_what_each_sets_rows_weigh_together(weights, expected) -> None:
    lab = _load_module()
    lab.USE[:] = list(FEATURE_NAMES)
    lab.SET_WEIGHTS.clear()
    lab.SET_WEIGHTS.update(weights)
    records = [
        _weighed_record("x.tsv", "x1"),
        _weighed_record("x.tsv", "x2"),
        _weighed_record("x.tsv", "x3"),
        _weighed_record("n.tsv", "n1"),
    ]
    _, _, q, w = lab.matrix(records)
    got: dict[str, float] = {}
    for qi, wi in zip(q, w, strict=True):
        name = records[qi]["set"]
        got[name] = got.get(name, 0.0) + float(wi)
    # Two rows per question (its two candidates).
    assert got == pytest.approx({k: 2 * v for k, v in expected.items()})
