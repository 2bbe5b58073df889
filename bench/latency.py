"""Measure search latency through the same search the web uses: median and 95th percentile.

Run: .venv/bin/python bench/latency.py INDEX_DIR [--queries N] [--size 10] [--modes ...]
Queries come from the dev query sets in ../shared/eval (known-item first, then xquad).
Modes, each over the same queries in one run: plain (hits with snippets, what /api/search
does by default), extras (+ facets and timeline), page (what the search page asks for:
facets, timeline and explain), bare (no snippets).

--rerank-cost runs each query of each mode twice in a row, without and with the
reranking of questions (search.rerank), and prints both medians and their difference
over the questions alone; --sets names the dev sets the queries come from.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import percentile  # noqa: E402
from search.archive import Archive  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"
MODES: dict[str, dict] = {
    "plain": {},
    "extras": {"extras": ("facets", "timeline")},
    "page": {"extras": ("facets", "timeline"), "explain": True},
    "bare": {"snippets": False},
}


def load_queries(
    n: int, sets: tuple[str, ...] = ("known-item-dev.tsv", "xquad-dev.tsv")
) -> list[str]:
    """Read up to n queries from the dev sets."""
    queries: list[str] = []
    for name in sets:
        with open(EVAL / name, encoding="utf-8") as f:
            queries += [row["query"] for row in csv.DictReader(f, delimiter="\t")]
    return queries[:n]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("index")
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--size", type=int, default=10)
    ap.add_argument("--modes", nargs="+", default=list(MODES), choices=list(MODES))
    ap.add_argument("--sets", nargs="+", default=["known-item-dev.tsv", "xquad-dev.tsv"])
    ap.add_argument(
        "--rerank-cost", action="store_true", help="time questions with and without reranking"
    )
    args = ap.parse_args()
    archive = Archive(args.index)
    queries = load_queries(args.queries, tuple(args.sets))
    if args.rerank_cost:
        rerank_cost(archive, queries, args)
        return
    archive.search(queries[0])  # warm: open files, load the stemmer
    print(f"queries: {len(queries)}, top {args.size}, in-process through Archive.search")
    baseline = None
    for mode in args.modes:
        options = MODES[mode]
        times = []
        for q in queries:
            t = time.perf_counter()
            archive.search(q, size=args.size, **options)
            times.append((time.perf_counter() - t) * 1000)
        median = statistics.median(times)
        baseline = baseline or median
        print(
            f"{mode:7s} median {median:6.1f} ms  p95 {percentile(times, 95):6.1f} ms  "
            f"p99 {percentile(times, 99):6.1f} ms  max {max(times):6.1f} ms  "
            f"({median / baseline:.2f}x the first mode)"
        )


def rerank_cost(archive: Archive, queries: list[str], args: argparse.Namespace) -> None:
    """Time each question without and with reranking, one right after the other."""
    from search import syntax

    model = archive.reranker
    questions = [q for q in queries if syntax.parse(q).question]
    archive.search(questions[0])
    print(f"questions: {len(questions)} of {len(queries)} queries, top {args.size}")
    for mode in args.modes:
        options = MODES[mode]
        off, on = [], []
        for q in questions:
            for times, reranker in ((off, None), (on, model)):
                archive.reranker = reranker
                t = time.perf_counter()
                archive.search(q, size=args.size, **options)
                times.append((time.perf_counter() - t) * 1000)
        archive.reranker = model
        diffs = [b - a for a, b in zip(off, on, strict=True)]
        print(
            f"{mode:7s} without {statistics.median(off):6.1f} ms (p95 {percentile(off, 95):6.1f})  "
            f"with {statistics.median(on):6.1f} ms (p95 {percentile(on, 95):6.1f})  "
            f"median difference {statistics.median(diffs):+5.1f} ms"
        )


if __name__ == "__main__":
    main()
