"""Time each stage of a search by the clock: p50 and p95 per stage, and the slowest queries.

Run: .venv/bin/python bench/stage_times.py INDEX_DIR [--queries 300] [--mode snippets]
       [--again] [--slowest 15] [--root CHECKOUT]
Each query of bench/scale.py's list (known-item dev, then xquad dev) is asked once through
Archive.search in a fresh process, after the ten first were asked to open the files:
the first pass, each query's posting lists read and decoded for the first time unless
an earlier query read them (--again: a second pass over the same queries after it). The
stages are the search's functions wrapped with a clock (the outermost call of each:
recursion is not counted twice), so a stage's time includes what it calls; "of which"
rows cut across stages (posting lists read: a term's look-up and its blocks decoded,
wherever the search needs them). Unlike cProfile, the wrapped functions cost a clock
read each and nothing else is slowed, so the figures are milliseconds as served.
--root: search with another checkout's code (to profile a baseline the same way).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import percentile  # noqa: E402

# (label, module, owner inside it or "", function name): a stage and where it is timed.
STAGES = (
    ("search (all)", "search.service", "", "search"),
    ("  read the query", "search.syntax", "", "read"),
    ("  compile", "search.service", "", "compile_search"),
    ("  rank", "search.ranking", "", "rank"),
    ("    content words (word docs)", "search.querywords", "", "content_words"),
    ("      other forms' terms", "search.querywords", "", "other_forms"),
    ("      word groups' documents", "search.querywords", "", "docs"),
    ("      other forms' documents", "search.querywords", "", "_held"),
    ("    match and score (numpy)", "search.matches", "ExactPostings", "exact"),
    ("      term scores", "search.matches", "ExactPostings", "_term"),
    ("      matcher trees", "search.matches.exact", "", "weighted_tree"),
    ("    result set", "search.matchset", "", "match_set"),
    ("    totals (stories)", "search.listing", "", "stories"),
    ("    words held (coordination)", "search.ranking.word_ranking", "", "_terms_held"),
    ("    coordination", "search.coordination", "", "coordinate"),
    ("    rerank features", "search.rerank", "", "reorder"),
    ("    copies folded", "search.listing", "", "fold_copies"),
    ("    words missing", "search.matchset", "MatchSet", "missing"),
    ("  page of hits", "search.service", "hits", "page"),
    # A searcher takes its reader's stored_fields as its own when it is made: the readers'.
    ("    stored fields", "whoosh.reading", "MultiReader", "stored_fields"),
    ("    stored fields", "whoosh.reading", "SegmentReader", "stored_fields"),
    ("    match spans", "search.hits", "", "match_spans"),
    ("    snippet", "search.hits", "", "snippet"),
    ("    copies of a hit", "search.hits", "", "copies"),
    ("  facets and timeline", "search.facets", "", "counts"),
    ("  did you mean", "search.suggest", "", "did_you_mean"),
    ("of which: posting lists read", "search.whoosh_read.postings", "", "_read_postings"),
    ("of which: lists decoded", "search.whoosh_read.postings", "", "decode_postings_values"),
    ("of which: postings walked", "search.whoosh_read.postings", "", "_walked"),
    ("of which: field terms read", "search.whoosh_read.terms", "", "_field_terms"),
    ("of which: doc frequencies", "search.commit", "", "leaf_doc_frequency"),
    ("of which: term look-ups", "search.whoosh_read.terms", "", "_lookup"),
    ("of which: field lengths", "search.commit", "", "field_lengths"),
)


class Clock:
    """Per-query seconds of each wrapped function (outermost calls only)."""

    def __init__(self, clock: Callable[[], float] = time.perf_counter) -> None:
        self.now: dict[str, float] = {}
        self.depth: dict[str, int] = {}
        self.clock = clock

    def wrap(self, owner: Any, name: str, label: str) -> None:
        original = getattr(owner, name)
        if getattr(original, "_staged", False):
            return
        now, depth, clock = self.now, self.depth, self.clock

        def timed(*args: Any, **kwargs: Any) -> Any:
            if depth.get(label):
                return original(*args, **kwargs)
            depth[label] = 1
            started = clock()
            try:
                return original(*args, **kwargs)
            finally:
                now[label] = now.get(label, 0.0) + clock() - started
                depth[label] = 0

        timed._staged = True  # type: ignore[attr-defined]
        setattr(owner, name, timed)


def install(clock: Clock) -> list[str]:
    """Wrap every stage's function; return the labels of the stages this checkout has."""
    import importlib

    labels = []
    for label, module, owner, name in STAGES:
        try:
            mod = importlib.import_module(module)
        except ImportError:
            continue
        target = getattr(mod, owner, None) if owner else mod
        if target is None or not hasattr(target, name):
            continue
        clock.wrap(target, name, label)
        if label not in labels:  # a stage timed in more than one place is one row
            labels.append(label)
    return labels


def run(
    archive: Any, queries: list[str], options: dict, clock: Clock
) -> list[tuple[str, dict[str, float]]]:
    out = []
    for q in queries:
        clock.now.clear()
        archive.search(q, size=10, **options)
        out.append((q, {k: v * 1000 for k, v in clock.now.items()}))
    return out


def report(rows: list[tuple[str, dict[str, float]]], labels: list[str], slowest: int) -> None:
    total = "search (all)"
    print(f"{'stage':36s} {'p50':>7s} {'p95':>7s} {'mean':>7s} {'share':>6s}  (ms)")
    mean_total = statistics.mean(r[total] for _, r in rows)
    for label in labels:
        values = [r.get(label, 0.0) for _, r in rows]
        if not any(values):
            continue
        mean = statistics.mean(values)
        print(
            f"{label:36s} {statistics.median(values):7.2f} {percentile(values, 95):7.2f} "
            f"{mean:7.2f} {100 * mean / mean_total:5.1f}%"
        )
    p95 = percentile([r[total] for _, r in rows], 95)
    print(f"\nthe {slowest} slowest queries (p95 of the whole search {p95:.1f} ms), ms per stage:")
    shown = [lab for lab in labels if lab != total and not lab.startswith("    ")]
    heads = {
        "  read the query": "read",
        "  compile": "comp",
        "  rank": "rank",
        "  page of hits": "page",
        "  facets and timeline": "facet",
        "  did you mean": "dym",
        "of which: posting lists read": "post",
    }
    shown = [lab for lab in shown if lab in heads]
    print("  total " + " ".join(f"{heads[lab]:>5s}" for lab in shown) + "  query")
    for q, r in sorted(rows, key=lambda x: -x[1][total])[:slowest]:
        cells = " ".join(f"{r.get(lab, 0.0):5.1f}" for lab in shown)
        print(f"  {r[total]:5.1f} {cells}  {q[:70]}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("index")
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--mode", default="snippets", choices=["snippets", "bare"])
    ap.add_argument("--again", action="store_true", help="also time a second pass")
    ap.add_argument("--slowest", type=int, default=15)
    ap.add_argument(
        "--cpu",
        action="store_true",
        help="time by the thread's CPU time, not the wall clock: on a busy machine the time "
        "the search waits for a core is left out",
    )
    ap.add_argument("--root", type=Path, default=ROOT, help="the checkout whose search runs")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from bench.scale import WARM_QUERIES, load_queries

    # The search package of the checkout asked for, this checkout's benchmarks.
    for name in [m for m in sys.modules if m == "search" or m.startswith("search.")]:
        del sys.modules[name]
    sys.path.insert(0, str(args.root.resolve()))
    from search.archive import Archive

    assert Path(sys.modules[Archive.__module__].__file__ or "").is_relative_to(args.root.resolve())

    clock = Clock(time.thread_time if args.cpu else time.perf_counter)
    labels = install(clock)
    queries = load_queries(args.queries)
    options = {"snippets": False} if args.mode == "bare" else {}
    archive = Archive(args.index)
    for q in queries[:WARM_QUERIES]:
        archive.search(q, size=10, **options)
    print(
        f"{len(queries)} queries, {args.mode}, {'CPU' if args.cpu else 'wall'} time, "
        f"code of {args.root.resolve()}, "
        f"load average {os.getloadavg()[0]:.2f}"
    )
    print("first pass:")
    report(run(archive, queries, options, clock), labels, args.slowest)
    if args.again:
        print(f"\nasked again (load average {os.getloadavg()[0]:.2f}):")
        report(run(archive, queries, options, clock), labels, args.slowest)
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
