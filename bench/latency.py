"""Measure search latency through the same search the web uses: median and 95th percentile.

Run: .venv/bin/python bench/latency.py INDEX_DIR [--queries N] [--size 10]
Queries come from the dev query sets in ../shared/eval (known-item first, then xquad).
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

from search.engine import Archive  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"


def load_queries(n: int) -> list[str]:
    """Read up to n queries from the dev sets."""
    queries: list[str] = []
    for name in ("known-item-dev.tsv", "xquad-dev.tsv"):
        with open(EVAL / name, encoding="utf-8") as f:
            queries += [row["query"] for row in csv.DictReader(f, delimiter="\t")]
    return queries[:n]


def percentile(values: list[float], p: float) -> float:
    """Return the p-th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("index")
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--size", type=int, default=10)
    args = ap.parse_args()
    archive = Archive(args.index)
    queries = load_queries(args.queries)
    archive.search(queries[0])  # warm: open files, load the stemmer
    times = []
    for q in queries:
        t = time.perf_counter()
        archive.search(q, size=args.size)
        times.append((time.perf_counter() - t) * 1000)
    print(f"queries: {len(times)}, top-{args.size} with snippets, in-process")
    print(
        f"median {statistics.median(times):.1f} ms, p95 {percentile(times, 95):.1f} ms, "
        f"p99 {percentile(times, 99):.1f} ms, max {max(times):.1f} ms"
    )


if __name__ == "__main__":
    main()
