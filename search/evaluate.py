"""Relevance evaluation: run query sets through the product's search and score the ranking."""

from __future__ import annotations

import csv
import os
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from search.archive import Archive

DEPTH = 100


@dataclass
class Scores:
    """Summed per-query scores of a set of queries."""

    n: int = 0
    rr10: float = 0.0
    s1: int = 0
    s10: int = 0
    r100: int = 0

    def add(self, rank: int | None) -> None:
        """Add one query whose target came at rank (1-based), or None if not in the top 100."""
        self.n += 1
        if rank is None:
            return
        self.r100 += rank <= DEPTH
        self.s10 += rank <= 10
        self.s1 += rank == 1
        self.rr10 += 1.0 / rank if rank <= 10 else 0.0

    def row(self) -> dict[str, float]:
        """Return MRR@10, Success@1, Success@10 and Recall@100."""
        n = self.n or 1
        return {
            "queries": self.n,
            "MRR@10": round(self.rr10 / n, 4),
            "S@1": round(self.s1 / n, 4),
            "S@10": round(self.s10 / n, 4),
            "R@100": round(self.r100 / n, 4),
        }


@dataclass
class Report:
    """Scores of one query set, overall and per kind, and the queries that missed."""

    name: str
    overall: Scores = field(default_factory=Scores)
    kinds: dict[str, Scores] = field(default_factory=lambda: defaultdict(Scores))
    misses: list[tuple[str, str, int | None]] = field(default_factory=list)


def read_queries(path: str | os.PathLike[str]) -> list[dict[str, str]]:
    """Read a query set TSV with columns qid, query, target and optionally kind."""
    with open(path, encoding="utf-8", newline="") as f:
        return [row for row in csv.DictReader(f, delimiter="\t") if row.get("query")]


def target_rank(archive: Archive, query: str, target: str, same_body: dict[str, str]) -> int | None:
    """Rank of the target (or an article counted as the same) in the top 100, else None."""
    result = archive.search(query, size=DEPTH, snippets=False)
    wanted = same_body.get(target, target)
    for rank, hit in enumerate(result.hits, 1):
        if hit.id == target or same_body.get(hit.id, hit.id) == wanted:
            return rank
    return None


def evaluate(archive: Archive, path: str | os.PathLike[str], same: str = "story") -> Report:
    """Score the archive's ranking on one query set.

    same: "story" counts any article of the target's story group (what a search shows
    as one hit) as the target; "body" only articles with the identical body.
    """
    same_body = archive.story_keys() if same == "story" else archive.body_hashes()
    report = Report(Path(path).name)
    for row in read_queries(path):
        rank = target_rank(archive, row["query"], row["target"], same_body)
        report.overall.add(rank)
        if row.get("kind"):
            report.kinds[row["kind"]].add(rank)
        if rank != 1:
            report.misses.append((row["qid"], row["query"], rank))
    return report


def format_report(report: Report) -> str:
    """Render a report as a plain-text table."""
    lines = [
        f"{report.name}",
        f"{'':18} {'n':>5} {'MRR@10':>7} {'S@1':>6} {'S@10':>6} {'R@100':>6}",
    ]

    def line(name: str, s: Scores) -> str:
        r = s.row()
        return (
            f"{name:18} {r['queries']:>5} {r['MRR@10']:>7.3f} {r['S@1']:>6.3f} "
            f"{r['S@10']:>6.3f} {r['R@100']:>6.3f}"
        )

    lines.append(line("all", report.overall))
    for kind in sorted(report.kinds):
        lines.append(line(kind, report.kinds[kind]))
    return "\n".join(lines)
