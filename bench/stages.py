"""Memory and time of an indexing run by stage, for this project and plain Whoosh.

Each engine indexes the same input in a fresh process (as bench/scale.py does). A thread
of that process samples, every few milliseconds, the resident memory (VmRSS) of the
process and of each of its worker processes, and files each sample under the stage the
run is in: the project's stages are marked by wrapping the functions of index.build that
run them (reading what the index holds; preparing and writing the articles, within it the
cleaning evidence completed once gathered beside them, the commits and the last merges;
keeping the evidence, story grouping, recording the run); plain Whoosh's are adding the
documents and its commit.

Printed per stage: wall seconds, CPU seconds of the indexing process, its RSS on entry
and exit and its peak, and the peak of the largest worker; then each engine's peaks and
the ratios. With --tracemalloc (slower: only for finding what a stage keeps), the Python
allocations of the indexing process by line at the end of each stage, the largest first.

Inputs are those of bench/scale.py: the corpus, or N articles (corpus, then headlines,
then repeats).

Run: .venv/bin/python bench/stages.py [--size N | --corpus] [--engines project baseline]
     [--tracemalloc] [--top 12] [--work DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.scale import (  # noqa: E402
    CORPUS,
    index_baseline,
    read_corpus,
    read_headlines,
    sized,
    write_input,
)

MB = 1024 * 1024
SAMPLE_SECONDS = 0.01
# The functions of index.build (module attribute, or class.attribute) that run a stage.
PROJECT_STAGES = (
    ("open, read ids", "_existing"),
    ("prepare + write", "_write_segments"),
    ("  complete evidence", "RunEvidence.finish"),
    ("  commit", "commit.commit_segments"),
    ("  last merges", "Merges.finish"),
    ("keep evidence", "RunEvidence.save"),
    ("group stories", "stories.refresh"),
    ("record run", "record_run"),
)


def rss(pid: int | str = "self") -> int:
    """Return the resident memory of a process in bytes (0 if it is gone)."""
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, IndexError, ValueError):
        return 0


def children() -> list[int]:
    """Return the pids of this process's child processes."""
    pid = os.getpid()
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(p) for p in f.read().split()]
    except OSError:
        return []


class Stages:
    """The stage a run is in, with the memory sampled under each stage."""

    def __init__(self, trace: bool, top: int) -> None:
        self.stack: list[str] = ["start"]
        self.rows: dict[str, dict[str, Any]] = {}
        self.order: list[str] = []
        self.trace = trace
        self.top = top
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def row(self, name: str) -> dict[str, Any]:
        if name not in self.rows:
            self.order.append(name)
            self.rows[name] = {"wall": 0.0, "cpu": 0.0, "calls": 0, "in": 0, "out": 0}
            self.rows[name].update(peak=0, worker_peak=0, top=[])
        return self.rows[name]

    def _sample(self) -> None:
        while not self._stop.wait(SAMPLE_SECONDS):
            row = self.row(self.stack[-1])
            row["peak"] = max(row["peak"], rss())
            for child in children():
                row["worker_peak"] = max(row["worker_peak"], rss(child))

    def start(self) -> None:
        self.row("start")["in"] = rss()
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        row = self.row(name)
        row["calls"] += 1
        row["in"] = row["in"] or rss()
        row["peak"] = max(row["peak"], rss())
        self.stack.append(name)
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            yield
        finally:
            row["wall"] += time.perf_counter() - wall
            row["cpu"] += time.process_time() - cpu
            row["out"] = rss()
            row["peak"] = max(row["peak"], row["out"])
            self.stack.pop()
            if self.trace:
                snapshot = tracemalloc.take_snapshot()
                stats = snapshot.statistics("lineno")[: self.top]
                row["top"] = [(str(s.traceback[0]), s.size, s.count) for s in stats]
                row["traced"] = sum(s.size for s in snapshot.statistics("filename"))

    def wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            with self.stage(name):
                return fn(*args, **kwargs)

        return wrapped


BASELINE_STAGES = (("  commit", "SegmentWriter.commit"),)


@contextmanager
def instrumented(stages: Stages, engine: str) -> Iterator[None]:
    """Mark the stages of an engine's run by wrapping the functions that run them; the
    functions are put back afterwards."""
    import whoosh.writing

    if engine == "project":
        # Only for the project: its imports would count in plain Whoosh's memory.
        import index.build
        import index.workers

    module: Any = index.build if engine == "project" else whoosh.writing
    found = PROJECT_STAGES if engine == "project" else BASELINE_STAGES
    undo: list[tuple[Any, str, Any]] = []
    for name, where in found:
        owner = module
        *path, attr = where.split(".")
        for part in path:
            owner = getattr(owner, part)
        undo.append((owner, attr, getattr(owner, attr)))
        setattr(owner, attr, stages.wrap(name, getattr(owner, attr)))
    if stages.trace and engine == "project":
        # Workers are forked with tracing on: their figures are not the subject here.
        run_worker = index.workers._worker

        def untraced(*args: Any) -> None:
            tracemalloc.stop()
            run_worker(*args)

        undo.append((index.workers, "_worker", run_worker))
        index.workers._worker = untraced  # type: ignore[assignment]
    try:
        yield
    finally:
        for owner, attr, original in reversed(undo):
            setattr(owner, attr, original)


def measure(engine: str, index_dir: str, paths: list[str], trace: bool, top: int) -> dict:
    """Index the input with one engine in this process; return the stage figures."""
    stages = Stages(trace, top)
    if trace:
        tracemalloc.start()
    with instrumented(stages, engine):
        stages.start()
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            with stages.stage("run"):
                if engine == "project":
                    from index.build import index_paths

                    index_paths(index_dir, paths)
                else:
                    index_baseline(index_dir, paths)
            total = {"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu}
        finally:
            stages.stop()
            if trace:
                tracemalloc.stop()
    hwm = 0
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                hwm = int(line.split()[1]) * 1024
    return {"order": stages.order, "rows": stages.rows, "total": total, "hwm": hwm}


def print_engine(engine: str, r: dict[str, Any], load: tuple[float, float]) -> None:
    print(
        f"\n{engine}: {r['total']['wall']:.1f} s wall, {r['total']['cpu']:.1f} s CPU in the"
        f" indexing process, peak RSS (VmHWM) {r['hwm'] / MB:.0f} MB;"
        f" load(1m) {load[0]:.2f}→{load[1]:.2f}"
    )
    print(
        f"{'stage':18s} {'wall s':>7s} {'CPU s':>7s} {'calls':>5s} {'RSS in':>7s}"
        f" {'out':>7s} {'peak':>7s} {'worker peak':>11s}  (MB)"
    )
    for name in r["order"]:
        row = r["rows"][name]
        if not row["calls"] and name != "start":
            continue
        print(
            f"{name:18s} {row['wall']:7.1f} {row['cpu']:7.1f} {row['calls']:5d}"
            f" {row['in'] / MB:7.0f} {row['out'] / MB:7.0f} {row['peak'] / MB:7.0f}"
            f" {row['worker_peak'] / MB:11.0f}"
        )
    for name in r["order"]:
        row = r["rows"][name]
        if row["top"]:
            print(f"  traced at the end of {name.strip()}: {row['traced'] / MB:.0f} MB; largest:")
            for where, size, count in row["top"]:
                print(f"    {size / MB:7.1f} MB {count:9d}  {where}")


def peaks(r: dict[str, Any]) -> tuple[int, int]:
    rows = r["rows"].values()
    return max(r["hwm"], *(x["peak"] for x in rows)), max(x["worker_peak"] for x in rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, help="articles: the corpus, then headlines, repeats")
    ap.add_argument("--engines", nargs="+", default=["project", "baseline"])
    ap.add_argument("--tracemalloc", action="store_true")
    ap.add_argument("--top", type=int, default=12)
    ap.add_argument("--work")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--engine", help=argparse.SUPPRESS)
    ap.add_argument("--index", help=argparse.SUPPRESS)
    ap.add_argument("--input", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(measure(args.engine, args.index, args.input, args.tracemalloc, args.top)))
        return
    work = Path(args.work or tempfile.mkdtemp(prefix="bench-stages-"))
    if args.size:
        corpus = read_corpus()
        real = corpus + read_headlines()[0]
        articles, repeats = sized(real, args.size)
        paths = write_input(work / "input", articles)
        print(f"input: {args.size} articles ({repeats} repeats) in {work / 'input'}")
    else:
        paths = [str(CORPUS)]
        print(f"input: {CORPUS}")
    found: dict[str, dict[str, Any]] = {}
    for engine in args.engines:
        index_dir = work / engine
        subprocess.run(["rm", "-rf", str(index_dir)], check=True)
        index_dir.mkdir(parents=True)
        before = os.getloadavg()[0]
        cmd = [sys.executable, __file__, "--child", "--engine", engine, "--index", str(index_dir)]
        cmd += ["--input", *paths, "--top", str(args.top)]
        cmd += ["--tracemalloc"] if args.tracemalloc else []
        out = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=ROOT)
        found[engine] = json.loads(out.stdout.strip().splitlines()[-1])
        print_engine(engine, found[engine], (before, os.getloadavg()[0]))
    if "project" in found and "baseline" in found:
        (parent, worker), (base, _) = peaks(found["project"]), peaks(found["baseline"])
        print(
            f"\npeak RSS: indexing process {parent / MB:.0f} MB = {parent / base:.2f}x plain"
            f" Whoosh's {base / MB:.0f} MB; largest worker {worker / MB:.0f} MB ="
            f" {worker / base:.2f}x; wall {found['project']['total']['wall']:.1f} s vs"
            f" {found['baseline']['total']['wall']:.1f} s"
        )


if __name__ == "__main__":
    main()
