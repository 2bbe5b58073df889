"""Measure merging segments: the bounded merge (index.merge) against Whoosh's writer, paired.

An index of many segments is built first (or taken with --index): the input indexed with
a commit every --commit-every articles and no merge while it is written. Each round copies
it twice and merges each copy in a fresh Python process, Whoosh's writer
(index.commit.merge_with_whoosh, its pool of WRITER_LIMIT_MB) and the bounded merge
(index.commit.merge_segments), the order alternating round by round. --what all merges
every segment into one (an optimize); --what tier merges the MERGE_FACTOR neighbours with
the fewest documents (what the tiered policy does during a run).

Printed per merge: seconds, the process's peak RSS and its RSS before the merge (imports
and the table of segments read), segments before and after; at the end the medians of
each side and their ratios, and the 1-minute load average. With --keep the last round's
indexes stay (unmerged, whoosh, bounded), e.g. for search before and after the merge:
    .venv/bin/python bench/latency_ab.py . KEPT/bounded --base-index KEPT/unmerged

Run: .venv/bin/python bench/merging.py [PATH ...] [--commit-every 250] [--rounds 3]
     [--what all|tier] [--index DIR] [--keep]
(default PATH: ../shared/eval/corpus.jsonl)
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_INPUT = ROOT.parent / "shared" / "eval" / "corpus.jsonl"
SIDES = ("whoosh", "bounded")
MB = 1024 * 1024


def _rss_peak() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def build(index_dir: str, paths: list[str], commit_every: int) -> None:
    """Index the paths with a commit every commit_every articles and no merges."""
    from index import tiers
    from index.build import index_paths

    tiers.MERGE_FACTOR = tiers.MAX_SEGMENTS = 10**9
    index_paths(index_dir, paths, commit_articles=commit_every)


def chosen(index_dir: str, what: str) -> list[str]:
    """Return the ids of the segments to merge: all, or the neighbours of the policy."""
    from index import tiers
    from index.store import open_index
    from index.whoosh_write import segments

    current = segments(open_index(index_dir))
    if what == "all":
        return [s.segment_id() for s in current]
    width = tiers.MERGE_FACTOR
    sizes = [s.doc_count() for s in current]
    totals = [sum(sizes[i : i + width]) for i in range(len(sizes) - width + 1)]
    first = totals.index(min(totals))
    return [s.segment_id() for s in current[first : first + width]]


def child(side: str, index_dir: str, what: str) -> None:
    """Merge in this process and print the figures as JSON."""
    from index import commit
    from index.store import open_index
    from index.whoosh_write import segments

    ix = open_index(index_dir)
    ids = chosen(index_dir, what)
    before = len(segments(ix))
    rss_before = _rss_peak()
    started = time.perf_counter()
    if side == "whoosh":
        commit.merge_with_whoosh(ix, ids)
    else:
        commit.merge_segments(ix, ids)
    seconds = time.perf_counter() - started
    rss = _rss_peak()
    after = len(segments(open_index(index_dir)))
    print(
        json.dumps(
            {
                "seconds": seconds,
                "rss": rss,
                "rss_before": rss_before,
                "merged": len(ids),
                "before": before,
                "after": after,
            }
        )
    )


def run(args: list[str]) -> dict:
    out = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    if out.returncode:
        sys.exit(f"{args} failed:\n{out.stderr}")
    lines = out.stdout.strip().splitlines()
    return json.loads(lines[-1]) if lines else {}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", default=[str(DEFAULT_INPUT)])
    ap.add_argument("--commit-every", type=int, default=250)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--what", choices=["all", "tier"], default="all")
    ap.add_argument("--index", help="an index of many segments to merge (not changed)")
    ap.add_argument("--keep", action="store_true", help="keep the last round's indexes")
    ap.add_argument("--child", choices=[*SIDES, "build"], help=argparse.SUPPRESS)
    ap.add_argument("--folder", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child == "build":
        build(args.folder, args.paths, args.commit_every)
        print("{}")
        return
    if args.child:
        child(args.child, args.folder, args.what)
        return

    work = Path(tempfile.mkdtemp(prefix="bench-merging-"))
    try:
        source = Path(args.index) if args.index else work / "unmerged"
        if not args.index:
            paths = [str(Path(p).resolve()) for p in args.paths]
            started = time.perf_counter()
            run(
                [
                    "--child",
                    "build",
                    "--folder",
                    str(source),
                    "--commit-every",
                    str(args.commit_every),
                    *paths,
                ]
            )
            print(
                f"built {source} from {', '.join(paths)} with a commit every"
                f" {args.commit_every} articles in {time.perf_counter() - started:.1f} s"
            )
        print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, merging {args.what}")
        found: dict[str, list[dict]] = {side: [] for side in SIDES}
        for n in range(args.rounds):
            order = SIDES if n % 2 == 0 else SIDES[::-1]
            for side in order:
                target = work / side
                shutil.rmtree(target, ignore_errors=True)
                shutil.copytree(source, target)
                r = run(["--child", side, "--folder", str(target), "--what", args.what])
                found[side].append(r)
                print(
                    f"round {n + 1} {side:<8} {r['seconds']:7.2f} s  peak RSS"
                    f" {r['rss'] / MB:5.0f} MB (before the merge {r['rss_before'] / MB:4.0f} MB)"
                    f"  {r['merged']} of {r['before']} segments merged, {r['after']} left"
                    f"  load(1m) {os.getloadavg()[0]:.1f}",
                    flush=True,
                )
        med = {
            side: {k: statistics.median(r[k] for r in found[side]) for k in ("seconds", "rss")}
            for side in SIDES
        }
        w, b = med["whoosh"], med["bounded"]
        print(
            f"median of {args.rounds}: whoosh {w['seconds']:.2f} s, {w['rss'] / MB:.0f} MB;"
            f" bounded {b['seconds']:.2f} s, {b['rss'] / MB:.0f} MB;"
            f" bounded/whoosh time {b['seconds'] / w['seconds']:.3f},"
            f" peak RSS {b['rss'] / w['rss']:.3f}; load(1m) {os.getloadavg()[0]:.1f}"
        )
    finally:
        if args.keep:
            print(f"indexes kept in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
