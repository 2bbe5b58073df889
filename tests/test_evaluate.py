"""The relevance benchmark: metrics computed from real rankings."""

from __future__ import annotations

import pytest

from search.archive import Archive
from search.evaluate import Scores, evaluate, format_report

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
