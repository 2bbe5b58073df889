"""Measure indexing throughput: this project's index_paths() against plain Whoosh, same input.

Each measurement runs in its own fresh Python process (so peak memory is its own) and
writes into a fresh temporary folder:

- baseline: plain Whoosh as a newcomer would write it. Schema: id ID(unique, stored),
  title and body TEXT(LanguageAnalyzer("de"), stored); the default writer (one process,
  limitmb=128); records read with json/csv, title + body added as they are, no cleaning,
  no language detection.
- project: index.build.index_paths(), everything: reading, cleaning, language detection,
  hashing, analysis into the language fields, stored fields, columns, commit.
- rerun: index_paths() again on the project's index with nothing changed (incremental).

Printed per run: seconds (of the indexing call, after imports), articles/s, CPU seconds
of the process and its workers (contention shows as a gap between the two), index size on
disk and segments (each is searched on its own, so more of them make searches slower),
peak RSS of the measuring process and of its largest worker process (pool or sub-writer;
0 when there is none), the 1-minute load average after the run, and at the end the speed
ratio project/baseline of the best runs.

The project keeps the terms of the words it analyzed in a word cache across runs
(index.wordcache). --terms-cache warm (the default) gives every run of the project one
cache folder of the benchmark's own, filled by an untimed run first: the steady state of
an archive indexed again and again. --terms-cache cold gives each run an empty one: a
first run on a new machine.

With --against REV the project at git revision REV (e.g. main) is indexed too, in turn
with this one and plain Whoosh (old, new, baseline, old, new, baseline, ...; each a fresh
process and index; --skip-baseline leaves plain Whoosh out), and the medians of each and
their ratios are printed: a change's cost in speed, measured in one run (the measuring
code is this checkout's for both). With --commit-once the project commits once, at the
end, however long the run takes (as a run under a minute does): the segments a run
leaves, free of the load's effect on when commits fall.

Run: .venv/bin/python bench/indexing.py [PATH ...] [--repeat N] [--workers N] [--skip-baseline]
     [--against REV [--keep]] [--terms-cache warm|cold] [--commit-once] [--commit-every N]
(default PATH: ../shared/eval/corpus.jsonl; folders are walked for *.jsonl, *.csv, *.txt,
e.g. ../shared/data/german-news-headlines/HeadlinesProcessed).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    # Run as a plain script: make the project's packages importable.
    sys.path.insert(0, str(ROOT))

from bench.common import cpu_seconds  # noqa: E402

DEFAULT_INPUT = ROOT.parent / "shared" / "eval" / "corpus.jsonl"
TITLE_COLUMNS = ("title", "header", "headline")
BODY_COLUMNS = ("body", "text", "article", "content")


# -- the plain-Whoosh baseline ---------------------------------------------------------


def _files(paths: list[str]) -> Iterator[Path]:
    """Yield the readable files under the paths, folders walked in sorted order."""
    for p in map(Path, paths):
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix in (".jsonl", ".csv", ".txt"):
                    yield f
        else:
            yield p


def _first(row: dict, names: tuple[str, ...]) -> str:
    for name in names:
        if row.get(name):
            return str(row[name])
    return ""


def baseline_records(paths: list[str]) -> Iterator[tuple[str, str, str]]:
    """Yield (id, title, body) read the plain way: json per line, csv.DictReader, raw text."""
    for f in _files(paths):
        if f.suffix == ".jsonl":
            with open(f, encoding="utf-8") as fh:
                for n, line in enumerate(fh, 1):
                    if line.strip():
                        r = json.loads(line)
                        yield str(r.get("id") or f"{f}:{n}"), r.get("title") or "", r["body"]
        elif f.suffix == ".csv":
            with open(f, encoding="utf-8-sig", newline="") as fh:
                head = fh.read(4096)
                fh.seek(0)
                dialect = csv.Sniffer().sniff(head, delimiters=",;\t")
                for n, row in enumerate(csv.DictReader(fh, dialect=dialect), 2):
                    title, body = _first(row, TITLE_COLUMNS), _first(row, BODY_COLUMNS)
                    if title or body:
                        yield row.get("url") or f"{f}:{n}", title, body
        else:
            title, _, body = f.read_text(encoding="utf-8").partition("\n")
            yield str(f), title, body


def run_baseline(index_dir: str, paths: list[str]) -> dict:
    """Index title + body with plain Whoosh and the default writer."""
    from whoosh import index
    from whoosh.analysis import LanguageAnalyzer
    from whoosh.fields import ID, TEXT, Schema

    started = time.perf_counter()
    schema = Schema(
        id=ID(unique=True, stored=True),
        title=TEXT(analyzer=LanguageAnalyzer("de"), stored=True),
        body=TEXT(analyzer=LanguageAnalyzer("de"), stored=True),
    )
    ix = index.create_in(index_dir, schema)
    writer = ix.writer()
    count = 0
    for article_id, title, body in baseline_records(paths):
        writer.add_document(id=article_id, title=title, body=body)
        count += 1
    writer.commit()
    return {"seconds": time.perf_counter() - started, "articles": count}


def run_project(
    index_dir: str,
    paths: list[str],
    workers: int | None,
    commit_once: bool = False,
    commit_every: int | None = None,
) -> dict:
    """Index with this project's index_paths() (committing once at the end, with
    commit_once, as a run shorter than index.build.COMMIT_SECONDS does; also every
    commit_every articles with it, so that a short input leaves many segments to merge)."""
    from index.build import index_paths

    started = time.perf_counter()
    kwargs: dict = {} if workers is None else {"workers": workers}
    if commit_once:
        kwargs["commit_seconds"] = None
    if commit_every:
        kwargs["commit_articles"] = commit_every
    summary = index_paths(index_dir, paths, **kwargs)
    seconds = time.perf_counter() - started
    articles = summary.indexed + summary.updated + summary.unchanged
    return {"seconds": seconds, "articles": articles, "summary": summary.as_dict()}


def _segments(index_dir: str) -> int:
    """Return the number of segments of the index: each is searched on its own."""
    from whoosh import index

    with index.open_dir(index_dir).reader() as reader:
        return 1 if reader.is_atomic() else len(reader.leaf_readers())


def child(args: argparse.Namespace) -> None:
    """Run one measurement in this process and print its figures as JSON."""
    # Import what the measured call needs before the clock starts, for both sides.
    import whoosh.index  # noqa: F401

    if args.code:  # the project's code of another checkout (--against)
        sys.path.insert(0, args.code)
    if args.child == "project":
        import index.build

        assert Path(index.build.__file__ or "").is_relative_to(args.code or ROOT)
    cpu = cpu_seconds()
    if args.child == "baseline":
        result = run_baseline(args.index, args.paths)
    else:
        result = run_project(
            args.index, args.paths, args.workers, args.commit_once, args.commit_every
        )
    result["cpu"] = cpu_seconds() - cpu
    size = sum(p.stat().st_size for p in Path(args.index).iterdir() if p.is_file())
    result["size"] = size
    # The peak of the run itself: opening a reader to count segments copies the index's
    # files into this process's memory (Whoosh reads a compound file out of its map).
    result["rss_self"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    result["segments"] = _segments(args.index)
    result["rss_children"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    print(json.dumps(result))


# -- the driver --------------------------------------------------------------------------


def measure(
    kind: str, index_dir: Path, paths: list[str], args: argparse.Namespace, root: Path = ROOT
) -> dict:
    """Run one measurement in a fresh Python process and return its figures (with the
    project's code at root: this checkout, or an older revision's)."""
    # This checkout's measuring code, with the project's code of root.
    script = ROOT / "bench" / "indexing.py"
    cmd = [sys.executable, str(script), "--child", kind, "--index", str(index_dir), *paths]
    if root != ROOT:
        cmd += ["--code", str(root)]
    if args.workers is not None:
        cmd += ["--workers", str(args.workers)]
    if args.commit_once:
        cmd += ["--commit-once"]
    if args.commit_every:
        cmd += ["--commit-every", str(args.commit_every)]
    env = {**os.environ, "NEWSARCHIVE_TERMS_CACHE": _terms_cache(args)}
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=root, env=env)
    if out.returncode:
        sys.exit(f"{kind} failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def _terms_cache(args: argparse.Namespace) -> str:
    """Return the word cache folder of the next run: the benchmark's own, or a new one."""
    if args.terms_cache == "cold":
        return tempfile.mkdtemp(prefix="terms-", dir=args.terms_folder)
    return args.terms_folder


def warm_up(paths: list[str], args: argparse.Namespace) -> None:
    """Fill the benchmark's word cache with an untimed run (with --terms-cache warm)."""
    if args.terms_cache != "warm":
        return
    with tempfile.TemporaryDirectory(prefix="bench-warm-") as folder:
        measure("project", Path(folder), paths, args)
    print("word cache filled by an untimed run", flush=True)


def report(kind: str, r: dict) -> None:
    rate = r["articles"] / r["seconds"] if r["seconds"] else 0.0
    mb = 1024 * 1024
    line = (
        f"{kind:<9} {r['seconds']:7.2f} s  {r['articles']:>7} articles  {rate:8.1f} articles/s"
        f"  CPU {r['cpu']:6.1f} s  index {r['size'] / mb:6.1f} MB in {r['segments']} segment(s)"
        f"  peak RSS {r['rss_self'] / mb:4.0f} MB (largest worker {r['rss_children'] / mb:4.0f} MB)"
        f"  load(1m) {os.getloadavg()[0]:.1f}"
    )
    summary = r.get("summary")
    if summary:
        line += (
            f"  [indexed {summary['indexed']}, updated {summary['updated']},"
            f" unchanged {summary['unchanged']}, duplicates {summary['duplicates']}]"
        )
    print(line, flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", default=[str(DEFAULT_INPUT)])
    ap.add_argument("--repeat", type=int, default=1, help="runs of each measurement")
    ap.add_argument("--workers", type=int, default=None, help="index_paths(workers=...)")
    ap.add_argument("--skip-baseline", action="store_true")
    ap.add_argument("--against", metavar="REV", help="also index with the project at git REV")
    ap.add_argument("--terms-cache", choices=["warm", "cold"], default="warm")
    ap.add_argument(
        "--commit-once",
        action="store_true",
        help="the project commits once, at the end (index_paths(commit_seconds=None))",
    )
    ap.add_argument(
        "--commit-every",
        type=int,
        metavar="N",
        help="the project also commits every N articles (many segments: its merges measured)",
    )
    ap.add_argument("--keep", action="store_true", help="with --against: keep the indexes")
    ap.add_argument("--code", help=argparse.SUPPRESS)
    ap.add_argument("--child", choices=["baseline", "project"], help=argparse.SUPPRESS)
    ap.add_argument("--index", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args)
        return

    paths = [str(Path(p).resolve()) for p in args.paths]
    with tempfile.TemporaryDirectory(prefix="bench-terms-") as terms_folder:
        args.terms_folder = terms_folder
        print(f"word cache: {args.terms_cache}")
        warm_up(paths, args)
        if args.against:
            against(args.against, paths, args)
        else:
            compare(paths, args)


def compare(paths: list[str], args: argparse.Namespace) -> None:
    """Index with this checkout and plain Whoosh, in turn; print the best of each."""
    print(f"input: {', '.join(paths)}")
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, workers={args.workers}")
    best: dict[str, dict] = {}
    for n in range(1, args.repeat + 1):
        print(f"-- run {n}/{args.repeat}")
        tmp = Path(tempfile.mkdtemp(prefix="bench-indexing-"))
        try:
            kinds = ["project", "rerun"] if args.skip_baseline else ["baseline", "project", "rerun"]
            for kind in kinds:
                folder = tmp / ("baseline" if kind == "baseline" else "project")
                folder.mkdir(exist_ok=True)
                child_kind = "baseline" if kind == "baseline" else "project"
                r = measure(child_kind, folder, paths, args)
                report(kind, r)
                if kind not in best or r["seconds"] < best[kind]["seconds"]:
                    best[kind] = r
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    if "baseline" in best:
        ratio = best["baseline"]["seconds"] / best["project"]["seconds"]
        print(
            f"best of {args.repeat}: baseline {best['baseline']['seconds']:.2f} s,"
            f" project {best['project']['seconds']:.2f} s,"
            f" rerun {best['rerun']['seconds']:.2f} s;"
            f" project/baseline speed {ratio:.2f}x"
        )


def against(rev: str, paths: list[str], args: argparse.Namespace) -> None:
    """Index with the project at git revision rev and with this checkout, in turn."""
    import statistics

    tmp = Path(tempfile.mkdtemp(prefix="bench-against-"))
    try:
        old = tmp / "old"
        old.mkdir()
        archive = subprocess.run(
            ["git", "archive", rev], cwd=ROOT, capture_output=True, check=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(old)], input=archive, check=True)
        print(f"input: {', '.join(paths)}; old: {rev}, new: this checkout")
        sides = [("old", old), ("new", ROOT)]
        if not args.skip_baseline:
            sides.append(("baseline", ROOT))
        seconds: dict[str, list[float]] = {kind: [] for kind, _ in sides}
        cpu: dict[str, list[float]] = {kind: [] for kind, _ in sides}
        rss: dict[str, list[float]] = {kind: [] for kind, _ in sides}
        for n in range(1, args.repeat + 1):
            for kind, root in sides:
                folder = tmp / f"{kind}-{n}"
                folder.mkdir()
                child_kind = "baseline" if kind == "baseline" else "project"
                r = measure(child_kind, folder, paths, args, root)
                report(f"{kind} {n}", r)
                seconds[kind].append(r["seconds"])
                cpu[kind].append(r["cpu"])
                rss[kind].append(r["rss_self"] / (1024 * 1024))
                if not args.keep:
                    shutil.rmtree(folder, ignore_errors=True)
        med = {k: statistics.median(v) for k, v in seconds.items()}
        mcpu = {k: statistics.median(v) for k, v in cpu.items()}
        print(
            f"median of {args.repeat}: old {med['old']:.2f} s, new {med['new']:.2f} s"
            f" (new/old {med['new'] / med['old']:.3f}); CPU old {mcpu['old']:.1f} s,"
            f" new {mcpu['new']:.1f} s (new/old {mcpu['new'] / mcpu['old']:.3f});"
            f" peak RSS of the main process old {statistics.median(rss['old']):.0f} MB,"
            f" new {statistics.median(rss['new']):.0f} MB; load(1m) {os.getloadavg()[0]:.1f}"
        )
        if "baseline" in med:
            # Speed against plain Whoosh: the baseline's time over the project's.
            print(
                f"plain Whoosh {med['baseline']:.2f} s (CPU {mcpu['baseline']:.1f} s):"
                f" speed old {med['baseline'] / med['old']:.2f}x,"
                f" new {med['baseline'] / med['new']:.2f}x"
            )
    finally:
        if args.keep:
            print(f"indexes kept in {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
