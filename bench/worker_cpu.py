"""CPU of a worker's share of indexing, by stage: preparing records, adding them to a
segment, writing it; this checkout against another revision, in turn.

One process does what a worker does with every record of the input (index.prepare.work
on chunks as index.workers hands them out, SegmentBuilder.add and finish), with an empty
word cache (the figure of a first run: every word is analyzed) or a warm one, and times
each stage by the process's CPU clock, which the load of other processes on the machine
changes far less than the wall clock. Reading the input happens before the clock starts.

With --against REV, the project at git revision REV is measured too, each side in a fresh
process, old and new in turn, --repeat times; printed: the median of each stage per side
and new/old. --profile FILE records the new side under py-spy (raw output, for
bench/pyspy_shares.py).

Run: .venv/bin/python bench/worker_cpu.py [PATH ...] [--against main] [--repeat 3]
     [--terms-cache cold|warm] [--profile FILE]
(default PATH: ../shared/eval/corpus.jsonl)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_INPUT = ROOT.parent / "shared" / "eval" / "corpus.jsonl"
STAGES = ("prepare", "add", "finish", "total")


def child(args: argparse.Namespace) -> None:
    """Run a worker's share in this process; print each stage's CPU seconds as JSON."""
    sys.path.insert(0, args.code)
    import index.prepare
    from index.readers import RawRecord, read_paths
    from index.schema import REPEATED_FIELDS
    from index.segment import SegmentBuilder
    from index.store import create_or_open
    from index.workers import chunk_size

    assert Path(index.prepare.__file__ or "").is_relative_to(args.code)
    import index.workers

    # What a worker process does first, in revisions that do it (the collector's settings).
    setup = getattr(index.workers, "collect_less", None)
    if setup is not None:
        setup()
    records = [r for r in read_paths(args.paths) if isinstance(r, RawRecord)]
    ix = create_or_open(args.index, rebuild=True)
    from whoosh.filedb.filestore import FileStorage

    builder = SegmentBuilder(FileStorage(args.index), ix.indexname, ix.schema, REPEATED_FIELDS)
    spent = dict.fromkeys(STAGES, 0.0)
    clock = time.process_time
    start = clock()
    at, n = 0, 0
    while at < len(records):
        chunk: list[Any] = [(r, None) for r in records[at : at + chunk_size(n)]]
        at += len(chunk)
        n += 1
        t0 = clock()
        out = index.prepare.work(chunk)
        t1 = clock()
        for _, fields in out:
            if fields is not None:
                builder.add(fields)
        spent["prepare"] += t1 - t0
        spent["add"] += clock() - t1
    t0 = clock()
    builder.finish()
    spent["finish"] = clock() - t0
    spent["total"] = clock() - start
    print(json.dumps({"articles": len(builder), **spent}))


def measure(code: Path, paths: list[str], args: argparse.Namespace, profile: str = "") -> dict:
    """Run one measurement in a fresh process with the project's code at `code`."""
    folder = Path(tempfile.mkdtemp(prefix="bench-worker-"))
    terms = args.terms or tempfile.mkdtemp(prefix="terms-", dir=folder)
    try:
        cmd = [sys.executable, __file__, "--child", "--code", str(code), "--index"]
        cmd += [str(folder / "index"), *paths]
        if profile:
            cmd = ["py-spy", "record", "-r", "100", "-f", "raw", "-o", profile, "--", *cmd]
        env = {**os.environ, "NEWSARCHIVE_TERMS_CACHE": terms}
        out = subprocess.run(cmd, capture_output=True, text=True, cwd=code, env=env)
        if out.returncode:
            sys.exit(f"measurement failed:\n{out.stderr}")
        # py-spy says what it wrote on the same output: the figures are the JSON line.
        return json.loads([x for x in out.stdout.splitlines() if x.startswith("{")][-1])
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", default=[str(DEFAULT_INPUT)])
    ap.add_argument("--against", metavar="REV", help="also measure the project at git REV")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--terms-cache", choices=["cold", "warm"], default="cold")
    ap.add_argument("--profile", metavar="FILE", help="py-spy raw profile of the new side")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--code", help=argparse.SUPPRESS)
    ap.add_argument("--index", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args)
        return
    paths = [str(Path(p).resolve()) for p in args.paths]
    tmp = Path(tempfile.mkdtemp(prefix="bench-worker-cpu-"))
    try:
        sides = [("new", ROOT)]
        if args.against:
            old = tmp / "old"
            old.mkdir()
            archive = subprocess.run(
                ["git", "archive", args.against], cwd=ROOT, capture_output=True, check=True
            ).stdout
            subprocess.run(["tar", "-x", "-C", str(old)], input=archive, check=True)
            sides.insert(0, ("old", old))
        found: dict[str, dict[str, list[float]]] = {k: {s: [] for s in STAGES} for k, _ in sides}
        for n in range(1, args.repeat + 1):
            for kind, code in sides:
                args.terms = ""
                if args.terms_cache == "warm":
                    args.terms = str(tmp / f"terms-{kind}")
                    if not os.path.isdir(args.terms):
                        os.mkdir(args.terms)
                        measure(code, paths, args)  # fills the cache, untimed
                profile = args.profile if args.profile and kind == "new" and n == 1 else ""
                r = measure(code, paths, args, profile)
                stages = "  ".join(f"{s} {r[s]:6.2f} s" for s in STAGES)
                print(f"{kind} {n}: {r['articles']} articles  CPU {stages}", flush=True)
                for s in STAGES:
                    found[kind][s].append(r[s])
        print(f"median of {args.repeat} ({args.terms_cache} word cache):")
        for kind, _ in sides:
            med = "  ".join(f"{s} {statistics.median(found[kind][s]):6.2f} s" for s in STAGES)
            print(f"  {kind}: {med}")
        if args.against:
            ratios = "  ".join(
                f"{s} {statistics.median(found['new'][s]) / statistics.median(found['old'][s]):.3f}"
                for s in STAGES
            )
            print(f"  new/old: {ratios}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
