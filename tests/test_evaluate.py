"""The relevance benchmark: metrics computed from real rankings."""

from __future__ import annotations

import io
import json

import pytest

from search.archive import Archive
from search.evaluate import Scores, dump, evaluate, format_report, held_out_set, split_of

KIM = "nordkurier-digital/2023-09-13_kim-putin-gipfel"
LEOPOLD = "alpenpost/2022-05-10_baustelle-leopoldstrasse"


@pytest.mark.parametrize(
    ("ranks", "row"),
    [
        ([1, 1], {"queries": 2, "MRR@10": 1.0, "S@1": 1.0, "S@10": 1.0, "R@100": 1.0}),
        ([2, None], {"queries": 2, "MRR@10": 0.25, "S@1": 0.0, "S@10": 0.5, "R@100": 0.5}),
        ([11, 4], {"queries": 2, "MRR@10": 0.125, "S@1": 0.0, "S@10": 0.5, "R@100": 1.0}),
    ],
)
def test_scores(ranks: list[int | None], row: dict[str, float]) -> None:
    scores = Scores()
    for rank in ranks:
        scores.add(rank)
    assert scores.row() == row


def test_evaluate_on_the_demo(archive: Archive, tmp_path) -> None:
    tsv = tmp_path / "set.tsv"
    tsv.write_text(
        "qid\tquery\ttarget\tkind\n"
        f"q1\tKim Jong-un Putin Gipfel\t{KIM}\tentity\n"
        f"q2\tmuenchen strasse baustelle\t{LEOPOLD}\tascii-umlaut\n"
        f"q3\tKäsemarkt Bergkäse\t{LEOPOLD}\tentity\n",
        encoding="utf-8",
    )
    report = evaluate(archive, tsv)
    assert report.overall.row() == {
        "queries": 3,
        "MRR@10": round(2 / 3, 4),
        "S@1": round(2 / 3, 4),
        "S@10": round(2 / 3, 4),
        "R@100": round(2 / 3, 4),
    }
    assert report.kinds["ascii-umlaut"].row()["S@1"] == 1.0
    assert [m[0] for m in report.misses] == ["q3"]
    assert "ascii-umlaut" in format_report(report)


@pytest.mark.parametrize(
    ("qid", "whole", "part"),
    [
        ("qa-dev-001", True, "held-out"),
        ("anything", True, "held-out"),
    ],
)
def test_a_held_out_set_is_held_out_whole(qid: str, whole: bool, part: str) -> None:
    assert split_of(qid, whole) == (part, None)


def test_the_split_is_fixed_and_keeps_a_quarter_aside() -> None:
    qids = [f"q{i:04d}" for i in range(2000)]
    parts = [split_of(q) for q in qids]
    assert parts == [split_of(q) for q in qids]  # a hash, not a draw
    held = sum(p == "held-out" for p, _ in parts)
    assert 0.2 < held / len(qids) < 0.3
    folds = {f for p, f in parts if p == "tune"}
    assert folds == set(range(5))
    assert all(f is None for p, f in parts if p == "held-out")


@pytest.mark.parametrize(
    ("name", "whole"),
    [
        ("bench/questions-news-heldout.tsv", True),
        ("questions-news-held-out.tsv", True),
        ("../shared/eval/questions-news-dev.tsv", False),
    ],
)
def test_held_out_sets_are_named_so(name: str, whole: bool) -> None:
    assert held_out_set(name) is whole


def test_the_dump_has_every_query_with_rank_and_total(archive: Archive, tmp_path) -> None:
    tsv = tmp_path / "set.tsv"
    tsv.write_text(
        "qid\tquery\ttarget\tkind\n"
        f"q1\tKim Jong-un Putin Gipfel\t{KIM}\tentity\n"
        f"q2\tKäsemarkt Bergkäse\t{LEOPOLD}\tentity\n",
        encoding="utf-8",
    )
    report = evaluate(archive, tsv)
    out = io.StringIO()
    dump([report], out)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["qid"] for r in records] == ["q1", "q2"]
    assert records[0]["rank"] == 1 and records[0]["top"][0] == KIM
    assert records[1]["rank"] is None
    assert records[0]["total"] >= 1 and records[1]["total"] == 0
    assert all(r["set"] == "set.tsv" and r["part"] in ("tune", "held-out") for r in records)
    assert f"median total {report.median_total():g}" in format_report(report)
