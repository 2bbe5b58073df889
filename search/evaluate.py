"""Relevance evaluation: run query sets through the product's search and score the ranking.

Every query of a dev set has a fixed part, decided by a hash of its id before any tuning:
one query in four is held out (never tuned on, reported on its own row), the others fall
into five folds for cross-validation. A query set whose file name says "heldout" is held
out as a whole.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO, Any

from search.archive import Archive
from search.filters import Filters
from search.results import Hit, SearchResult
from search.syntax import read

DEPTH = 100
# The dev query sets `newsarchive eval` runs when none are named (in ../shared/eval).
DEV_SETS = ("known-item-dev.tsv", "xquad-dev.tsv", "questions-news-dev.tsv")
HELD_OUT = "held-out"
TUNE = "tune"
# One query in HELD_OUT_EVERY is held out; the rest are split into FOLDS folds.
HELD_OUT_EVERY = 4
FOLDS = 5


def split_of(qid: str, whole_set_held_out: bool = False) -> tuple[str, int | None]:
    """Return a query's part (tune or held-out) and its fold (None when held out)."""
    if whole_set_held_out:
        return HELD_OUT, None
    h = int.from_bytes(hashlib.sha256(qid.encode("utf-8")).digest()[:8], "big")
    if h % HELD_OUT_EVERY == 0:
        return HELD_OUT, None
    return TUNE, (h // HELD_OUT_EVERY) % FOLDS


def held_out_set(path: str | os.PathLike[str]) -> bool:
    """Tell whether a query set is held out as a whole (its file name says so)."""
    return "heldout" in Path(path).name.replace("-", "").replace("_", "").casefold()


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
class Outcome:
    """What the search did with one query: where the target came, and how many matched."""

    qid: str
    query: str
    kind: str
    part: str
    fold: int | None
    rank: int | None
    total: int
    top: list[str] = field(default_factory=list)
    # The target is in the result set (what is counted and sorted by date).
    inside: bool = True
    # Keyword queries, newest first: whether each of the first ten holds every content
    # word (None for questions); and whether one of the top 100 by relevance does.
    newest: list[bool] | None = None
    holds_all: bool = False
    # Keyword queries, newest first: how many content words each of the first ten lacks.
    lacking: list[int] | None = None

    def as_dict(self, name: str) -> dict[str, Any]:
        """Return the outcome as a record of a per-query dump."""
        return {
            "set": name,
            "qid": self.qid,
            "kind": self.kind,
            "part": self.part,
            "fold": self.fold,
            "rank": self.rank,
            "total": self.total,
            "inside": self.inside,
            "top": self.top,
            "query": self.query,
        }


@dataclass
class Report:
    """Scores of one query set, overall, per kind and per part, and each query's outcome."""

    name: str
    overall: Scores = field(default_factory=Scores)
    kinds: dict[str, Scores] = field(default_factory=lambda: defaultdict(Scores))
    parts: dict[str, Scores] = field(default_factory=lambda: defaultdict(Scores))
    misses: list[tuple[str, str, int | None]] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        """Count one query's outcome."""
        self.outcomes.append(outcome)
        self.overall.add(outcome.rank)
        if outcome.kind:
            self.kinds[outcome.kind].add(outcome.rank)
        self.parts[outcome.part].add(outcome.rank)
        if outcome.rank != 1:
            self.misses.append((outcome.qid, outcome.query, outcome.rank))

    def median_total(self) -> float:
        """Return the median number of matching articles over the set's queries."""
        return statistics.median(o.total for o in self.outcomes) if self.outcomes else 0.0

    def outside(self) -> list[str]:
        """Return the queries whose target is not in the result set."""
        return [o.qid for o in self.outcomes if not o.inside]

    def newest_share(
        self, holding_all: bool = False, part: str | None = None
    ) -> tuple[float, float] | None:
        """Return the share of the newest ten holding every content word, over keyword
        queries: the mean of each query's share, and over all their hits together.

        holding_all: only the queries where some article (of the relevance top 100)
        holds every word; part: only the queries of that part (TUNE or HELD_OUT).
        """
        lists = [
            o.newest
            for o in self.outcomes
            if o.newest and (o.holds_all or not holding_all) and part in (None, o.part)
        ]
        if not lists:
            return None
        hits = [flag for flags in lists for flag in flags]
        return statistics.mean(sum(f) / len(f) for f in lists), sum(hits) / len(hits)

    def newest_lacking(self, part: str | None = None) -> tuple[float, int] | None:
        """Return how many content words each of the newest ten lacks (mean of each
        query's mean), over the keyword queries where no article of the relevance top
        100 holds them all, and how many such queries there are."""
        lists = [
            o.lacking
            for o in self.outcomes
            if o.lacking and not o.holds_all and part in (None, o.part)
        ]
        if not lists:
            return None
        return statistics.mean(sum(n) / len(n) for n in lists), len(lists)


def read_queries(path: str | os.PathLike[str]) -> list[dict[str, str]]:
    """Read a query set TSV with columns qid, query, target and optionally kind."""
    with open(path, encoding="utf-8", newline="") as f:
        return [row for row in csv.DictReader(f, delimiter="\t") if row.get("query")]


def target_rank(archive: Archive, query: str, target: str, same_body: dict[str, str]) -> int | None:
    """Rank of the target (or an article counted as the same) in the top 100, else None."""
    return _find(archive.search(query, size=DEPTH, snippets=False), target, same_body)[0]


def _find(
    result: SearchResult, target: str, same_body: dict[str, str]
) -> tuple[int | None, Hit | None]:
    """Return the rank and hit of the target (or an article counted as the same)."""
    wanted = same_body.get(target, target)
    for at, hit in enumerate(result.hits, 1):
        if hit.id == target or same_body.get(hit.id, hit.id) == wanted:
            return at, hit
    return None, None


def _in_set(result: SearchResult, hit: Hit) -> bool:
    """Tell whether a hit's article belongs to the query's result set: it holds as
    many of the content words as the set asks."""
    return len(result.words) - len(hit.missing) >= result.need


def target_inside(
    archive: Archive, query: str, target: str, same_body: dict[str, str], result: SearchResult
) -> bool:
    """Tell whether the target (or an article counted as the same) is in the result set.

    result: the query's search; a target beyond its hits is looked for among the
    articles of its own day and source.
    """
    _, hit = _find(result, target, same_body)
    if hit is None:
        article = archive.article(target, related=False)
        if article is None:
            return False
        day = date.fromisoformat(article.date) if article.date else None
        narrowed = archive.search(
            query,
            size=DEPTH,
            snippets=False,
            filters=Filters.make(source=[article.source], date_from=day, date_to=day),
        )
        _, hit = _find(narrowed, target, same_body)
    return hit is not None and _in_set(result, hit)


def newest_first(archive: Archive, query: str) -> list[int]:
    """Tell, for each of the ten newest hits, how many content words it lacks."""
    result = archive.search(query, size=10, snippets=False, sort="newest")
    return [len(hit.missing) for hit in result.hits]


def evaluate(archive: Archive, path: str | os.PathLike[str], same: str = "story") -> Report:
    """Score the archive's ranking on one query set.

    same: "story" counts any article of the target's story group (what a search shows
    as one hit) as the target; "body" only articles with the identical body.
    """
    same_body = archive.story_keys() if same == "story" else archive.body_hashes()
    report = Report(Path(path).name)
    whole = held_out_set(path)
    for row in read_queries(path):
        query, target = row["query"], row["target"]
        result = archive.search(query, size=DEPTH, snippets=False)
        rank, _ = _find(result, target, same_body)
        part, fold = split_of(row["qid"], whole)
        keyword = not read(query).parsed.question
        lacking = newest_first(archive, query) if keyword else None
        report.add(
            Outcome(
                row["qid"],
                query,
                row.get("kind") or "",
                part,
                fold,
                rank,
                result.total,
                [hit.id for hit in result.hits[:10]],
                target_inside(archive, query, target, same_body, result),
                [n == 0 for n in lacking] if lacking is not None else None,
                any(not hit.missing for hit in result.hits),
                lacking,
            )
        )
    return report


def dump(reports: Iterable[Report], out: IO[str]) -> None:
    """Write every query's outcome as one JSON line (to compare two versions exactly)."""
    for report in reports:
        for outcome in report.outcomes:
            out.write(json.dumps(outcome.as_dict(report.name), ensure_ascii=False) + "\n")


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
    for part in (TUNE, HELD_OUT):
        if part in report.parts and len(report.parts) > 1:
            lines.append(line(f"[{part}]", report.parts[part]))
    outside = report.outside()
    inside = 1 - len(outside) / len(report.outcomes) if report.outcomes else 1.0
    lines.append(f"median total {report.median_total():g}")
    lines.append(f"target in the result set {inside:.3f} ({len(outside)} outside)")
    newest = report.newest_share()
    some = report.newest_share(holding_all=True)
    if newest and some:
        lines.append(
            "newest 10 holding every word (keyword queries): "
            f"{newest[0]:.3f}, pooled {newest[1]:.3f}; "
            f"where an article holds them all {some[0]:.3f}, pooled {some[1]:.3f}"
        )
    lacking = report.newest_lacking()
    if lacking:
        lines.append(
            f"where none holds them all ({lacking[1]} queries): newest 10 lacking "
            f"{lacking[0]:.2f} words a hit"
        )
    if len(report.parts) > 1:
        for part in (TUNE, HELD_OUT):
            lines.extend(_part_lines(report, part))
    return "\n".join(lines)


def _part_lines(report: Report, part: str) -> list[str]:
    """Render the result-set figures of one part of a query set."""
    outcomes = [o for o in report.outcomes if o.part == part]
    if not outcomes:
        return []
    inside = sum(o.inside for o in outcomes) / len(outcomes)
    line = (
        f"[{part}] target in the result set {inside:.3f} "
        f"({sum(not o.inside for o in outcomes)} outside), "
        f"median total {statistics.median(o.total for o in outcomes):g}"
    )
    newest = report.newest_share(part=part)
    if newest:
        line += f"; newest 10 holding every word {newest[0]:.3f}, pooled {newest[1]:.3f}"
    lacking = report.newest_lacking(part=part)
    if lacking:
        line += f", lacking {lacking[0]:.2f} words a hit where none holds them all"
    return [line]
