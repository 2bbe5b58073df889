"""What a searching process holds with its caches full, and what bounding them costs.

Run: .venv/bin/python bench/cache_memory.py INDEX_DIR [--budgets 96:64 64:32 ...]
       [--queries 300] [--fill 4000]
For each pair of budgets (MB of decoded postings kept process-wide : MB of the commit's
memo), a fresh process searches the dev queries once (first pass), then fills its caches
with searches for the index's own words (as many as --fill, the most frequent title words
first, so that the caches reach their bounds), then asks the dev queries again. Printed
per pair: the process's resident memory after opening, after the first pass and at its
peak (VmHWM), the caches' bytes, and the p50/p95 of both passes (the second pass shows
what the bound costs: queries whose postings were dropped are read again; the share of
look-ups in the decoded postings and in the memo that missed says it without the noise
of a shared machine's timings).
"""

from __future__ import annotations

import argparse
import heapq
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import percentile  # noqa: E402

MB = 1024 * 1024


def _status(name: str) -> int:
    """Return a /proc/self/status figure in bytes (VmRSS, VmHWM)."""
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith(name + ":"):
                return int(line.split()[1]) * 1024
    return 0


def _words(archive: object, n: int) -> list[str]:
    """Return the n most frequent title words of the index's largest segment."""
    reader = archive.searcher().reader()  # type: ignore[attr-defined]
    leaves = [leaf for leaf, _ in reader.leaf_readers()]
    leaf = max(leaves, key=lambda r: r.doc_count_all())
    best: list[tuple[int, str]] = []
    for text, info in leaf.iter_field("title_de"):
        word = text.decode("utf-8") if isinstance(text, bytes) else text
        if not word.isalpha():
            continue
        item = (info.doc_frequency(), word)
        if len(best) < n:
            heapq.heappush(best, item)
        elif item > best[0]:
            heapq.heapreplace(best, item)
    return [w for _, w in sorted(best, reverse=True)]


def child(index: str, postings_mb: int, memo_mb: int, queries: int, fill: int) -> None:
    """Search in this process with the given budgets and print one JSON line of figures."""
    from bench.latency import load_queries
    from search import commit, whoosh_read
    from search.archive import Archive

    whoosh_read.POSTINGS.budget = postings_mb * MB
    commit.MEMO_BUDGET = memo_mb * MB
    archive = Archive(index)
    archive.search("Nachrichten")
    opened = _status("VmRSS")
    asked = load_queries(queries)

    def timed() -> list[float]:
        out = []
        for q in asked:
            started = time.perf_counter()
            archive.search(q, size=10)
            out.append((time.perf_counter() - started) * 1000)
        return out

    first = timed()
    after_first = _status("VmRSS")
    for word in _words(archive, fill):
        archive.search(word, size=10)
    filled = _status("VmRSS")
    memo = archive.commit().memo
    for store in (whoosh_read.POSTINGS, memo):
        store.hits = store.misses = 0
    again = timed()
    print(
        json.dumps(
            {
                "opened": opened,
                "after_first": after_first,
                "filled": filled,
                "peak": _status("VmHWM"),
                "postings": whoosh_read.POSTINGS.cost,
                "memo": memo.cost,
                "postings_missed": whoosh_read.POSTINGS.misses
                / max(1, whoosh_read.POSTINGS.hits + whoosh_read.POSTINGS.misses),
                "memo_missed": memo.misses / max(1, memo.hits + memo.misses),
                "vocabularies": whoosh_read.VOCABULARIES.cost,
                "first": [percentile(first, 50), percentile(first, 95)],
                "again": [percentile(again, 50), percentile(again, 95)],
            }
        )
    )


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        index, postings_mb, memo_mb, queries, fill = sys.argv[2:7]
        child(index, int(postings_mb), int(memo_mb), int(queries), int(fill))
        return
    ap = argparse.ArgumentParser()
    ap.add_argument("index")
    ap.add_argument("--budgets", nargs="+", default=["96:64", "48:32"])
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--fill", type=int, default=4000)
    args = ap.parse_args()
    print(f"load average {os.getloadavg()[0]:.2f}; {args.queries} dev queries, {args.fill} words")
    print(
        "postings:memo MB | RSS opened  first pass  filled  peak MB | kept: postings  memo  "
        "vocab MB | first p50/p95 ms | again p50/p95 ms | again missed: postings memo"
    )
    for pair in args.budgets:
        postings_mb, memo_mb = pair.split(":")
        out = subprocess.run(
            [
                sys.executable,
                __file__,
                "--child",
                str(Path(args.index).resolve()),
                postings_mb,
                memo_mb,
                str(args.queries),
                str(args.fill),
            ],
            check=True,
            capture_output=True,
            text=True,
            cwd=ROOT,
        ).stdout
        r = json.loads(out.strip().splitlines()[-1])
        print(
            f"{pair:>16s} | {r['opened'] / MB:10.0f} {r['after_first'] / MB:11.0f} "
            f"{r['filled'] / MB:7.0f} {r['peak'] / MB:5.0f} | "
            f"{r['postings'] / MB:14.1f} {r['memo'] / MB:5.1f} {r['vocabularies'] / MB:6.1f} | "
            f"{r['first'][0]:6.1f} / {r['first'][1]:6.1f} | "
            f"{r['again'][0]:6.1f} / {r['again'][1]:6.1f} | "
            f"{100 * r['postings_missed']:5.1f}% {100 * r['memo_missed']:5.1f}%"
        )


if __name__ == "__main__":
    main()
