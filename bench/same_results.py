"""Tell whether two checkouts answer every query alike: the whole result, field by field.

Run: .venv/bin/python bench/same_results.py BASE_CHECKOUT INDEX_DIR [--queries 600]
       [--sets known-item-dev.tsv xquad-dev.tsv questions-news-dev.tsv]
Each checkout searches the same index in a process of its own, every query of the sets
in the modes of bench/latency_ab.py (plain, with facets and timeline, with explain, and
without snippets), each query asked twice (the second answer comes from what the first
kept); it writes every SearchResult as JSON without its time taken. Printed: how many
answers each gave and how many differ, with the first differences.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.latency_ab import MODES  # noqa: E402

SETS = ("known-item-dev.tsv", "xquad-dev.tsv", "questions-news-dev.tsv")


def answer(root: str, index: str, queries: list[str]) -> None:
    """Print each query's results of the checkout at root as JSON lines."""
    sys.path.insert(0, root)
    from search.archive import Archive

    archive = Archive(index)
    assert Path(sys.modules[Archive.__module__].__file__ or "").is_relative_to(root)
    for _ in range(2):
        for q in queries:
            for mode, options in MODES.items():
                found = archive.search(q, size=10, **options).as_dict()  # type: ignore[arg-type]
                found.pop("took_ms", None)
                print(json.dumps([mode, found], ensure_ascii=False, sort_keys=True), flush=True)


def start(root: Path, index: str, queries: list[str]) -> subprocess.Popen[str]:
    """Start the checkout at root answering the queries (its answers: one JSON line each)."""
    proc = subprocess.Popen(
        [sys.executable, __file__, "--answer", str(root), index],
        cwd=root,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdin is not None
    proc.stdin.write("\n".join(queries))
    proc.stdin.close()
    return proc


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--answer":
        answer(sys.argv[2], sys.argv[3], sys.stdin.read().splitlines())
        return
    ap = argparse.ArgumentParser()
    ap.add_argument("base")
    ap.add_argument("index")
    ap.add_argument("--queries", type=int, default=600)
    ap.add_argument("--sets", nargs="+", default=list(SETS))
    args = ap.parse_args()
    from bench.latency import load_queries  # imports this checkout's search: not in --answer

    queries = load_queries(args.queries, tuple(args.sets))
    index = str(Path(args.index).resolve())
    # Both at once: the answers do not depend on the time taken.
    sides = [start(Path(args.base).resolve(), index, queries), start(ROOT, index, queries)]
    base, this = (p.communicate()[0].splitlines() for p in sides)
    if any(p.returncode for p in sides):
        raise SystemExit("a checkout's search failed")
    differ = [(a, b) for a, b in zip(base, this, strict=False) if a != b]
    shape = f"{len(queries)} queries x {len(MODES)} modes x 2"
    print(f"{shape}: base {len(base)} answers, this {len(this)}")
    print(f"answers that differ: {len(differ) + abs(len(base) - len(this))}")
    for a, b in differ[:3]:
        print("base:", a[:400])
        print("this:", b[:400])


if __name__ == "__main__":
    main()
