"""Compare search latency of two checkouts: the same query to each, back to back, paired.

Run: .venv/bin/python bench/latency_ab.py BASE_CHECKOUT INDEX_DIR [--rounds 3]
       [--queries 200] [--modes plain extras page bare] [--sets xquad-dev.tsv ...]
       [--base-index OTHER_INDEX_DIR]
Each checkout searches in a process of its own (its Archive over the same index, warmed);
every query of bench/latency.py's list goes to both in turn, the order alternating, so
both see the same machine state. With --base-index the base searches another index (the
same articles in more segments, say; the base checkout may be this one). Printed per
mode: each side's median and p95, and the median of the per-query ratios this / base;
with more than one round, the same again over the rounds after the first (each query
asked again).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import percentile  # noqa: E402

# What a search is asked for in each mode (as bench/latency.py asks).
MODES: dict[str, dict[str, object]] = {
    "plain": {},
    "extras": {"extras": ("facets", "timeline")},
    "page": {"extras": ("facets", "timeline"), "explain": True},
    "bare": {"snippets": False},
}


def serve(root: str, index: str) -> None:
    """Answer timed searches of the checkout at root: a JSON line in, milliseconds out."""
    sys.path.insert(0, root)
    try:
        from search.archive import Archive
    except ImportError:  # a checkout from before search/archive.py
        from search.engine import Archive
    archive = Archive(index)
    assert Path(sys.modules[Archive.__module__].__file__ or "").is_relative_to(root)
    archive.search("Nachrichten")  # open files, load the stemmer
    print("ready", flush=True)
    for line in sys.stdin:
        asked = json.loads(line)
        started = time.perf_counter()
        archive.search(asked["q"], size=10, **MODES[asked["mode"]])
        print(f"{(time.perf_counter() - started) * 1000:.4f}", flush=True)


class Side:
    """A checkout searching in a process of its own."""

    def __init__(self, root: Path, index: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, __file__, "--serve", str(root), index],
            cwd=root,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.stdin, self.stdout = self.proc.stdin, self.proc.stdout
        if self.stdout.readline().strip() != "ready":
            raise SystemExit(f"{root}: the search process did not start")

    def ask(self, q: str, mode: str) -> float:
        self.stdin.write(json.dumps({"q": q, "mode": mode}) + "\n")
        self.stdin.flush()
        return float(self.stdout.readline())

    def close(self) -> None:
        self.stdin.close()
        self.proc.wait(timeout=30)


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--serve":
        serve(sys.argv[2], sys.argv[3])
        return
    ap = argparse.ArgumentParser()
    ap.add_argument("base", type=Path, help="the checkout to compare with (its root folder)")
    ap.add_argument("index")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--modes", nargs="+", default=list(MODES), choices=list(MODES))
    ap.add_argument("--base-index", help="the index the base searches (default: INDEX)")
    ap.add_argument(
        "--sets",
        nargs="+",
        default=["known-item-dev.tsv", "xquad-dev.tsv"],
        help="the dev sets the queries come from, in this order",
    )
    args = ap.parse_args()
    from bench.latency import load_queries  # imports this checkout's search: not in --serve

    queries = load_queries(args.queries, tuple(args.sets))
    index = str(Path(args.index).resolve())
    base_index = str(Path(args.base_index).resolve()) if args.base_index else index
    sides = {"base": Side(args.base.resolve(), base_index), "this": Side(ROOT, index)}
    times: dict[str, list[tuple[float, float]]] = {mode: [] for mode in args.modes}
    # The first round asks each query for the first time; later rounds ask it again.
    again: dict[str, list[tuple[float, float]]] = {mode: [] for mode in args.modes}
    loads = []
    try:
        for r in range(args.rounds):
            for mode in args.modes:
                for i, q in enumerate(queries):
                    order = ("base", "this") if (i + r) % 2 == 0 else ("this", "base")
                    took = {name: sides[name].ask(q, mode) for name in order}
                    times[mode].append((took["base"], took["this"]))
                    if r:
                        again[mode].append((took["base"], took["this"]))
            loads.append(os.getloadavg()[0])
    finally:
        for side in sides.values():
            side.close()
    print(
        f"{len(queries)} queries x {args.rounds} rounds, paired; "
        f"load average {min(loads):.2f}..{max(loads):.2f}"
    )
    for mode, pairs in times.items():
        _report(mode, pairs)
    if args.rounds > 1:
        print("asked again (rounds 2 on):")
        for mode, pairs in again.items():
            _report(mode, pairs)


def _report(mode: str, pairs: list[tuple[float, float]]) -> None:
    """Print each side's median and p95, and the median of the per-query ratios."""
    base = [b for b, _ in pairs]
    this = [t for _, t in pairs]
    ratio = statistics.median(t / b for b, t in pairs if b > 0)
    print(
        f"{mode:7s} base median {statistics.median(base):6.1f} ms "
        f"p95 {percentile(base, 95):6.1f} ms | this median {statistics.median(this):6.1f} ms "
        f"p95 {percentile(this, 95):6.1f} ms | median ratio this/base {ratio:.3f}"
    )


if __name__ == "__main__":
    main()
