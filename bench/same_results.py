"""Tell whether two checkouts answer every query alike: the whole result, field by field.

Run: .venv/bin/python bench/same_results.py BASE_CHECKOUT INDEX_DIR [--queries 600]
       [--sets known-item-dev.tsv xquad-dev.tsv questions-news-dev.tsv]
       [--base-index OTHER_INDEX_DIR]
Each checkout searches the same index in a process of its own, every query of the sets
in the modes of bench/latency_ab.py (plain, with facets and timeline, with explain, and
without snippets), each query asked twice (the second answer comes from what the first
kept); it writes every SearchResult as JSON without its time taken. Printed: how many
answers each gave and how many differ, with the first differences. With --base-index the
base searches another index (the same articles in another format of posting lists, say:
a copy of the index with its segments merged by this checkout's writer).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.latency_ab import MODES  # noqa: E402

SETS = ("known-item-dev.tsv", "xquad-dev.tsv", "questions-news-dev.tsv")


def answer(root: str, index: str, queries: list[str], out: str) -> None:
    """Write each query's results of the checkout at root to out as JSON lines."""
    sys.path.insert(0, root)
    from search.archive import Archive

    archive = Archive(index)
    assert Path(sys.modules[Archive.__module__].__file__ or "").is_relative_to(root)
    with open(out, "w", encoding="utf-8") as f:
        for _ in range(2):
            for q in queries:
                for mode, options in MODES.items():
                    found = archive.search(q, size=10, **options).as_dict()  # type: ignore[arg-type]
                    found.pop("took_ms", None)
                    f.write(json.dumps([mode, found], ensure_ascii=False, sort_keys=True) + "\n")


def start(root: Path, index: str, queries: list[str], out: str) -> subprocess.Popen[str]:
    """Start the checkout at root answering the queries into out (one JSON line each)."""
    proc = subprocess.Popen(
        [sys.executable, __file__, "--answer", str(root), index, out],
        cwd=root,
        stdin=subprocess.PIPE,
        text=True,
    )
    assert proc.stdin is not None
    proc.stdin.write("\n".join(queries))
    proc.stdin.close()
    return proc


def main() -> None:
    if len(sys.argv) == 5 and sys.argv[1] == "--answer":
        answer(sys.argv[2], sys.argv[3], sys.stdin.read().splitlines(), sys.argv[4])
        return
    ap = argparse.ArgumentParser()
    ap.add_argument("base")
    ap.add_argument("index")
    ap.add_argument("--queries", type=int, default=600)
    ap.add_argument("--sets", nargs="+", default=list(SETS))
    ap.add_argument("--base-index", help="the index the base searches (default: INDEX)")
    args = ap.parse_args()
    from bench.latency import load_queries  # imports this checkout's search: not in --answer

    queries = load_queries(args.queries, tuple(args.sets))
    index = str(Path(args.index).resolve())
    indexes = [str(Path(args.base_index or args.index).resolve()), index]
    # Both at once: the answers do not depend on the time taken.
    with tempfile.TemporaryDirectory() as tmp:
        outs = [str(Path(tmp) / "base.jsonl"), str(Path(tmp) / "this.jsonl")]
        roots = [Path(args.base).resolve(), ROOT]
        sides = [start(r, i, queries, o) for r, i, o in zip(roots, indexes, outs, strict=True)]
        if any(p.wait() for p in sides):
            raise SystemExit("a checkout's search failed")
        base, this = (Path(o).read_text(encoding="utf-8").splitlines() for o in outs)
    differ = [(a, b) for a, b in zip(base, this, strict=False) if a != b]
    shape = f"{len(queries)} queries x {len(MODES)} modes x 2"
    print(f"{shape}: base {len(base)} answers, this {len(this)}")
    print(f"answers that differ: {len(differ) + abs(len(base) - len(this))}")
    for a, b in differ[:3]:
        print("base:", a[:400])
        print("this:", b[:400])


if __name__ == "__main__":
    main()
