"""Speed at scale: this project against plain Whoosh and SQLite FTS5, 6,000 to 300,000 articles.

One run measures, for each input, this project and two references on the same files (a
plain-Whoosh baseline, and SQLite FTS5 over PyStemmer's German stems, bench/fts5.py), and
prints medians and ratios:

- indexing, each run in a fresh process writing into a fresh folder: seconds, articles/s,
  CPU seconds (process and workers), index size on disk, segments, peak RSS of the
  indexing process and of its largest worker. The project runs index.build.index_paths()
  with its defaults: reading, cleaning, language detection, hashing, analysis, writing,
  story grouping. The baseline is Whoosh as a newcomer writes it: id ID(unique, stored),
  title and body TEXT(LanguageAnalyzer("de"), stored), the default writer, records
  added as read. The project then indexes the same files again into the same index,
  every article unchanged: the time of an incremental re-run.
- search latency in a fresh process, p50/p95/p99 over the dev queries (known-item first,
  then xquad questions): the project through Archive.search (top 10; snippets on and off,
  facets and timeline on and off); the baseline through a MultifieldParser over title and
  body (wildcards off: many of the questions end in "?"), with its default AND group and
  with an OR group, top 10 reading each hit's id, and with a 200-character highlight of
  the body per hit.
- over HTTP against `newsarchive serve` (one process per core; one server per --threads value) on a
  free 127.0.0.1 port: the time from starting the process to its first /api/search
  answer; /api/search (top 10 with snippets; and with facets and timeline) from 1 and
  from 8 concurrent clients, each on its own keep-alive connection: p50/p95/p99 per
  request, requests/s, and the server's peak RSS.

Inputs (written as files into the work folder, never into the repository):
- corpus: ../shared/eval/corpus.jsonl as it is (6,039 articles with body).
- headlines: ../shared/data/german-news-headlines/HeadlinesProcessed/*.csv, one row per
  URL (some 275,000 title-only articles), as a CSV of id, title, date, source, url,
  category; --headline-sample F takes an evenly spread fraction F of them.
- sizes: archives of N articles each (--sizes): the corpus, then the headlines; where the
  real articles run out, real articles spread evenly over them are repeated with new ids
  (id~copyK). The output says how many are repeats. Repeats have the body of their
  original: the project counts them as duplicates and folds them in search results.

The 1-minute load average is printed before and after each measurement: the machine may
be busy with other work, which slows everything measured.

Stages: corpus, headlines, sizes (measurements) and profile (cProfile of one project
indexing run of the corpus or of --profile-input files, in one process: workers=1, so
that the profile sees all the work; under the profiler it runs some 2x slower).
Parts: index, search, http. Without the index part, search and http use the indexes a
previous run left in --work (run it with --keep).

Run: .venv/bin/python bench/scale.py [--stages corpus headlines sizes profile]
     [--parts index search http] [--engines project baseline] [--sizes 10000 30000 ...]
     [--queries 300] [--repeat 1] [--clients 1 8] [--threads 2] [--headline-sample F]
     [--profile-input FILE ...] [--work DIR] [--keep]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import http.client
import json
import os
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import whoosh.index

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    # Run as a plain script: make the project's packages importable.
    sys.path.insert(0, str(ROOT))

from bench import fts5  # noqa: E402
from bench.common import cpu_seconds, percentile, start_server, stop_server  # noqa: E402

SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "eval" / "corpus.jsonl"
HEADLINES = SHARED / "data" / "german-news-headlines" / "HeadlinesProcessed"
QUERY_SETS = (SHARED / "eval" / "known-item-dev.tsv", SHARED / "eval" / "xquad-dev.tsv")
STAGES = ("corpus", "headlines", "sizes", "profile")
PARTS = ("index", "search", "http")
ENGINES = ("project", "baseline", "fts5")
HEADLINE_FIELDS = ("id", "title", "date", "source", "url", "category")
MB = 1024 * 1024
# Queries run once before timing: open files, load stemmer and caches.
WARM_QUERIES = 10
PROJECT_MODES: dict[str, dict] = {
    "bare": {"snippets": False},
    "snippets": {},
    "facets+timeline": {"snippets": False, "extras": ("facets", "timeline")},
    "all": {"extras": ("facets", "timeline")},
}
# The snippets mode once more in the same process: every query asked before.
AGAIN = "snippets, asked again"
BASELINE_MODES = ("AND top10", "AND +highlight", "OR top10", "OR +highlight")
HTTP_MODES: dict[str, dict[str, str]] = {
    "api": {},
    "api+facets+timeline": {"extra": "facets,timeline"},
}


def load() -> float:
    return os.getloadavg()[0]


def spread(items: list, n: int) -> list:
    """Return n of the items spread evenly over them (all of them when n >= len)."""
    if n >= len(items):
        return list(items)
    return [items[i * len(items) // n] for i in range(n)]


# -- inputs ------------------------------------------------------------------------------


def read_corpus(path: Path = CORPUS) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def read_headlines(folder: Path = HEADLINES) -> tuple[list[dict], int]:
    """Return the headlines, one per URL (the first row seen wins), and the rows read."""
    from index.decoding import decode

    seen: set[str] = set()
    out: list[dict] = []
    rows = 0
    for f in sorted(p for p in folder.iterdir() if p.suffix.lower() == ".csv"):
        for row in csv.DictReader(decode(f.read_bytes()).splitlines()):
            rows += 1
            url = (row.get("url") or "").strip()
            title = (row.get("title") or "").strip()
            if not url or not title or url in seen:
                continue
            seen.add(url)
            out.append(
                {
                    "id": "hl-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:16],
                    "title": title,
                    "date": row.get("date") or "",
                    "source": row.get("outlet") or "",
                    "url": url,
                    "category": row.get("category") or "",
                }
            )
    return out, rows


def sized(real: list[dict], n: int) -> tuple[list[dict], int]:
    """Return n articles: the real ones first, then repeats of real ones with new ids.

    Each round of repeats takes real articles spread evenly over them, so the repeats
    mix long and short articles as the real ones do. Returns the articles and the
    number of repeats.
    """
    out = list(real[:n])
    round_ = 0
    while len(out) < n:
        round_ += 1
        for r in spread(real, n - len(out)):
            out.append({**r, "id": f"{r['id']}~copy{round_}"})
    return out, max(0, n - len(real))


def write_input(folder: Path, articles: list[dict]) -> list[str]:
    """Write articles with a body to articles.jsonl, title-only ones to headlines.csv."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    with_body = [a for a in articles if a.get("body")]
    title_only = [a for a in articles if not a.get("body")]
    if with_body:
        path = folder / "articles.jsonl"
        with open(path, "w", encoding="utf-8") as f:
            for a in with_body:
                f.write(json.dumps(a, ensure_ascii=False) + "\n")
        paths.append(str(path))
    if title_only:
        path = folder / "headlines.csv"
        with open(path, "w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, HEADLINE_FIELDS, extrasaction="ignore")
            writer.writeheader()
            writer.writerows(title_only)
        paths.append(str(path))
    return paths


def baseline_records(paths: list[str]) -> Iterator[tuple[str, str, str]]:
    """Yield (id, title, body) of the input files, read the plain way."""
    for path in paths:
        with open(path, encoding="utf-8", newline="") as f:
            if path.endswith(".jsonl"):
                for line in f:
                    r = json.loads(line)
                    yield r["id"], r.get("title") or "", r.get("body") or ""
            else:
                for r in csv.DictReader(f):
                    yield r["id"], r.get("title") or "", ""


# -- child processes: indexing and searching ---------------------------------------------


def peak_rss() -> int:
    """Return this process's peak RSS in bytes.

    VmHWM counts from the exec of this process; getrusage's ru_maxrss would keep the
    driver's peak at the fork.
    """
    return proc_memory(os.getpid(), "VmHWM") or (
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    )


def index_baseline(index_dir: str, paths: list[str]) -> int:
    from whoosh import index
    from whoosh.analysis import LanguageAnalyzer
    from whoosh.fields import ID, TEXT, Schema

    schema = Schema(
        id=ID(unique=True, stored=True),
        title=TEXT(analyzer=LanguageAnalyzer("de"), stored=True),
        body=TEXT(analyzer=LanguageAnalyzer("de"), stored=True),
    )
    writer = index.create_in(index_dir, schema).writer()
    count = 0
    for article_id, title, body in baseline_records(paths):
        writer.add_document(id=article_id, title=title, body=body)
        count += 1
    writer.commit()
    return count


def index_project(index_dir: str, paths: list[str]) -> tuple[int, dict]:
    from index.build import index_paths

    summary = index_paths(index_dir, paths)
    return summary.indexed + summary.updated + summary.unchanged, summary.as_dict()


def child_index(args: argparse.Namespace) -> dict:
    if args.engine == "project":
        import index.build  # noqa: F401
    cpu = cpu_seconds()
    started = time.perf_counter()
    if args.engine == "project":
        articles, summary = index_project(args.index, args.input)
    elif args.engine == "fts5":
        articles, summary = fts5.index(args.index, baseline_records(args.input)), {}
    else:
        articles, summary = index_baseline(args.index, args.input), {}
    seconds = time.perf_counter() - started
    # The peak of the run itself: opening a reader below copies the index's files into
    # this process's memory (Whoosh reads a compound file out of its memory map).
    rss = peak_rss()
    segments = 1
    if args.engine != "fts5":
        with whoosh.index.open_dir(args.index).reader() as reader:
            segments = 1 if reader.is_atomic() else len(reader.leaf_readers())
    return {
        "seconds": seconds,
        "articles": articles,
        "cpu": cpu_seconds() - cpu,
        "size": sum(p.stat().st_size for p in Path(args.index).rglob("*") if p.is_file()),
        "segments": segments,
        "rss": rss,
        "rss_workers": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024,
        "duplicates": summary.get("duplicates", 0),
    }


def load_queries(n: int) -> list[str]:
    """Return up to n queries: the known-item dev queries, then the xquad questions."""
    queries: list[str] = []
    for path in QUERY_SETS:
        with open(path, encoding="utf-8", newline="") as f:
            queries += [r["query"] for r in csv.DictReader(f, delimiter="\t") if r["query"]]
    return queries[:n]


def _timed(run, queries: list[str]) -> list[float]:
    for q in queries[:WARM_QUERIES]:
        run(q)
    times = []
    for q in queries:
        t = time.perf_counter()
        run(q)
        times.append((time.perf_counter() - t) * 1000)
    return times


def search_project(index_dir: str, queries: list[str]) -> dict[str, list[float]]:
    from search.archive import Archive
    from search.whoosh_read import POSTINGS

    out = {}
    for mode, options in PROJECT_MODES.items():
        # Each mode a first pass over the queries: the search keeps decoded posting lists
        # and word groups across queries, and a mode after another would find them kept.
        POSTINGS.clear()
        archive = Archive(index_dir)

        def run(q: str, archive: Archive = archive, options: dict = options) -> None:
            archive.search(q, size=10, **options)

        out[mode] = _timed(run, queries)
        if mode == "snippets":
            out[AGAIN] = _timed(run, queries)
    return out


def search_baseline(index_dir: str, queries: list[str]) -> dict[str, list[float]]:
    from whoosh import highlight, index
    from whoosh.qparser import MultifieldParser, OrGroup, WildcardPlugin

    ix = index.open_dir(index_dir)
    out = {}
    with ix.searcher() as searcher:
        for mode in BASELINE_MODES:
            group = {"group": OrGroup} if mode.startswith("OR") else {}
            parser = MultifieldParser(["title", "body"], ix.schema, **group)
            parser.remove_plugin_class(WildcardPlugin)
            highlighted = "highlight" in mode

            def run(q: str, parser=parser, highlighted=highlighted) -> None:
                results = searcher.search(parser.parse(q), limit=10)
                if highlighted:
                    results.fragmenter = highlight.ContextFragmenter(maxchars=200)
                    results.formatter = highlight.HtmlFormatter()
                for hit in results:
                    hit["id"]
                    if highlighted:
                        hit.highlights("body", top=1)

            out[mode] = _timed(run, queries)
    return out


def search_fts5(index_dir: str, queries: list[str]) -> dict[str, list[float]]:
    return {
        mode: _timed(fts5.searcher(index_dir, snippets="snippet" in mode), queries)
        for mode in fts5.MODES
    }


def child_search(args: argparse.Namespace) -> dict:
    queries = load_queries(args.queries)
    run = {"project": search_project, "baseline": search_baseline, "fts5": search_fts5}[args.engine]
    times = run(args.index, queries)
    return {
        "queries": len(queries),
        "modes": {m: latency_figures(t) for m, t in times.items()},
        "rss": peak_rss(),
    }


def child_profile(args: argparse.Namespace) -> dict:
    """Index the input in this process (workers=1) under cProfile; print where time goes."""
    import cProfile
    import pstats

    from index.build import index_paths

    profile = cProfile.Profile()
    started = time.perf_counter()
    profile.enable()
    summary = index_paths(args.index, args.input, workers=1)
    profile.disable()
    seconds = time.perf_counter() - started
    stats = pstats.Stats(profile)
    total = sum(v[2] for v in stats.stats.values())  # type: ignore[attr-defined]
    rows = [
        (tt, ct, nc, f"{_short(file)}:{line}({func})")
        for (file, line, func), (_cc, nc, tt, ct, _callers) in stats.stats.items()  # type: ignore[attr-defined]
    ]
    by_package: dict[str, float] = {}
    for (file, _line, _func), (_cc, _nc, tt, _ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        by_package[_package(file)] = by_package.get(_package(file), 0.0) + tt
    articles = summary.indexed + summary.updated + summary.unchanged
    print(
        f"profile: {articles} articles in {seconds:.1f} s ({articles / seconds:.0f} articles/s"
        f" under cProfile, workers=1), profiled time {total:.1f} s",
        file=sys.stderr,
    )
    print("by package (own time):", file=sys.stderr)
    for name, tt in sorted(by_package.items(), key=lambda kv: -kv[1])[:12]:
        print(f"  {tt:7.2f} s {100 * tt / total:5.1f}%  {name}", file=sys.stderr)
    print("top functions by own time (own s, share, cumulative s, calls):", file=sys.stderr)
    for tt, ct, nc, name in sorted(rows, reverse=True)[: args.profile_top]:
        print(
            f"  {tt:7.2f} s {100 * tt / total:5.1f}%  {ct:7.2f} s {nc:>9}  {name}", file=sys.stderr
        )
    print("top functions by cumulative time (cumulative s, share):", file=sys.stderr)
    for tt, ct, _nc, name in sorted(rows, key=lambda r: -r[1])[: args.profile_top]:
        print(f"  {ct:7.2f} s {100 * ct / total:5.1f}%  own {tt:6.2f} s  {name}", file=sys.stderr)
    return {"seconds": seconds, "articles": articles}


def _short(file: str) -> str:
    for marker in ("site-packages/", str(ROOT) + "/"):
        if marker in file:
            return file.split(marker, 1)[1]
    return file


def _package(file: str) -> str:
    if file.startswith("~") or file.startswith("<"):
        return "builtins (C functions: str, re, json, ...)"
    short = _short(file)
    if short == file:
        return "python stdlib"
    head = short.split("/", 1)[0]
    return head[:-3] if head.endswith(".py") else head


def latency_figures(times: list[float]) -> dict[str, float]:
    return {
        "p50": statistics.median(times),
        "p95": percentile(times, 95),
        "p99": percentile(times, 99),
        "max": max(times),
    }


# -- the driver --------------------------------------------------------------------------


def run_child(kind: str, engine: str, index_dir: Path, extra: list[str]) -> dict:
    cmd = [sys.executable, __file__, "--child", kind, "--engine", engine, "--index"]
    out = subprocess.run(
        [*cmd, str(index_dir), *extra], capture_output=True, text=True, cwd=ROOT, check=False
    )
    if out.returncode:
        sys.exit(f"{kind} {engine} failed:\n{out.stderr}")
    if out.stderr.strip() and kind == "profile":
        print(out.stderr, end="", flush=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


class Bench:
    """One run: the options, the work folder and every figure measured, for the summary."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="bench-scale-"))
        self.work.mkdir(parents=True, exist_ok=True)
        self.rows: list[dict] = []
        self._corpus: list[dict] | None = None
        self._headlines: list[dict] | None = None

    # inputs

    def corpus(self) -> list[dict]:
        if self._corpus is None:
            self._corpus = read_corpus()
        return self._corpus

    def headlines(self) -> list[dict]:
        if self._headlines is None:
            self._headlines, rows = read_headlines()
            print(f"headlines: {rows} rows read, {len(self._headlines)} unique URLs", flush=True)
        return self._headlines

    def input_for(self, name: str) -> tuple[list[str], str]:
        """Write (or find, without the index part) the input of a stage; describe it."""
        folder = self.work / name / "input"
        if name == "corpus":
            return [str(CORPUS)], f"{CORPUS} ({len(self.corpus())} articles)"
        if name == "headlines":
            articles = self.headlines()
            if self.args.headline_sample < 1:
                articles = spread(articles, round(len(articles) * self.args.headline_sample))
            about = f"{len(articles)} unique headlines (title only)" + (
                f", a sample of {self.args.headline_sample:g} spread evenly"
                if self.args.headline_sample < 1
                else ""
            )
        else:
            n = int(name.removeprefix("size-"))
            real = self.corpus() + self.headlines()
            articles, repeats = sized(real, n)
            with_body = sum(1 for a in articles if a.get("body"))
            about = (
                f"{n} articles: {n - repeats} real ({min(n, len(self.corpus()))} from the corpus,"
                f" the rest headlines), {repeats} repeats of real articles with new ids;"
                f" {with_body} with body, {n - with_body} title only"
            )
        # Without the index part, the input is not needed: only described.
        paths = write_input(folder, articles) if "index" in self.args.parts else []
        return paths, about

    # measurements

    def stage(self, name: str) -> None:
        args = self.args
        print(f"\n== stage {name}: load(1m) {load():.2f}", flush=True)
        print(f"reproduce: {self.command(name)}", flush=True)
        paths, about = self.input_for(name)
        print(f"input: {about}", flush=True)
        for engine in args.engines:
            index_dir = self.work / name / engine
            if "index" in args.parts:
                runs = []
                for n in range(args.repeat):
                    shutil.rmtree(index_dir, ignore_errors=True)
                    index_dir.mkdir(parents=True)
                    before = load()
                    r = run_child("index", engine, index_dir, ["--input", *paths])
                    r["load"] = (before, load())
                    runs.append(r)
                    self.print_index(engine, r, n + 1)
                self.record(name, engine, "index", runs)
                if engine == "project":
                    # The same input again: every article is unchanged.
                    before = load()
                    r = run_child("index", engine, index_dir, ["--input", *paths])
                    r["load"] = (before, load())
                    print(
                        f"index {engine:8s} unchanged re-run: {r['seconds']:7.1f} s"
                        f"  CPU {r['cpu']:6.1f} s  load(1m) {before:.2f}→{r['load'][1]:.2f}",
                        flush=True,
                    )
                    self.record(name, engine, "rerun", [r])
            if not (whoosh.index.exists_in(index_dir) or fts5.exists(index_dir)):
                print(f"{engine}: no index in {index_dir}: run the index part", flush=True)
                continue
            if "search" in args.parts:
                before = load()
                r = run_child("search", engine, index_dir, ["--queries", str(args.queries)])
                r["load"] = (before, load())
                self.print_search(engine, r)
                self.record(name, engine, "search", [r])
            if "http" in args.parts and engine == "project":
                self.http(name, index_dir)
        self.print_ratios(name)

    def http(self, name: str, index_dir: Path) -> None:
        for threads in self.args.threads:
            self.http_server(name, index_dir, threads)

    def http_server(self, name: str, index_dir: Path, threads: int) -> None:
        queries = load_queries(self.args.queries)
        figures = {}
        peak = 0
        first = 0.0
        # A fresh server for every run: a run after another would find the queries' words
        # kept by the server's processes.
        for mode, params in HTTP_MODES.items():
            for clients in self.args.clients:
                started = time.perf_counter()
                server, url = start_server(
                    index_dir, threads, index_dir.parent / "server.log", timeout=300
                )
                port = int(url.rsplit(":", 1)[1])
                try:
                    if not figures:
                        first = self.first_answer(url, queries[0], started, threads, server.pid)
                    before = load()
                    times, wall, errors = http_run(port, queries, params, clients)
                    r = {
                        **latency_figures(times),
                        "rps": len(times) / wall,
                        "errors": errors,
                        "load": (before, load()),
                    }
                    figures[f"{mode} x{clients}"] = r
                    print(
                        f"  {mode:20s} {clients} client(s): p50 {r['p50']:7.1f} ms"
                        f"  p95 {r['p95']:7.1f}  p99 {r['p99']:7.1f}"
                        f"  {r['rps']:6.1f} req/s  errors {errors}"
                        f"  load(1m) {before:.2f}→{r['load'][1]:.2f}",
                        flush=True,
                    )
                    peak = max(peak, proc_memory(server.pid, "VmHWM"))
                finally:
                    stop_server(server)
        print(f"  server peak RSS {peak / MB:.0f} MB", flush=True)
        self.record(
            name,
            "project",
            "http",
            [{"modes": figures, "rss": peak, "threads": threads, "first": first}],
        )

    def first_answer(self, url: str, query: str, started: float, threads: int, pid: int) -> float:
        """Return the seconds from the server's start to its first answer, and say them."""
        ready = time.perf_counter() - started
        # The first search pays for what is read lazily.
        path = "/api/search?" + urllib.parse.urlencode({"q": query, "size": "10"})
        with urllib.request.urlopen(url + path, timeout=300) as answer:
            answer.read()
        first = time.perf_counter() - started
        print(
            f"http: {threads} server threads; up in {ready:.1f} s, first answer after"
            f" {first:.2f} s, RSS then {proc_memory(pid, 'VmRSS') / MB:.0f} MB;"
            " a fresh server for each run",
            flush=True,
        )
        return first

    # output

    def command(self, stage: str) -> str:
        a = self.args
        python = Path(sys.executable)
        if python.is_relative_to(ROOT):
            python = python.relative_to(ROOT)
        cmd = [str(python), "bench/scale.py", "--stages", stage]
        if stage != "profile":
            cmd += ["--parts", *a.parts, "--engines", *a.engines, "--queries", str(a.queries)]
            cmd += ["--repeat", str(a.repeat), "--clients", *map(str, a.clients)]
            cmd += ["--threads", *map(str, a.threads)]
        if stage.startswith("size-"):
            cmd[3:4] = ["sizes"]
            cmd += ["--sizes", stage.removeprefix("size-")]
        if stage == "profile" and a.profile_input:
            cmd += ["--profile-input", *a.profile_input]
        if stage == "headlines" and a.headline_sample < 1:
            cmd += ["--headline-sample", str(a.headline_sample)]
        return shlex.join(cmd)

    def record(self, stage: str, engine: str, part: str, runs: list[dict]) -> None:
        self.rows.append({"stage": stage, "engine": engine, "part": part, "runs": runs})

    def find(self, stage: str, engine: str, part: str) -> list[dict] | None:
        for row in self.rows:
            if (row["stage"], row["engine"], row["part"]) == (stage, engine, part):
                return row["runs"]
        return None

    @staticmethod
    def print_index(engine: str, r: dict, n: int) -> None:
        rate = r["articles"] / r["seconds"]
        print(
            f"index {engine:8s} run {n}: {r['seconds']:7.1f} s  {r['articles']:>7} articles"
            f"  {rate:7.1f} articles/s  CPU {r['cpu']:6.1f} s"
            f"  index {r['size'] / MB:6.1f} MB in {r['segments']} segment(s)"
            f"  peak RSS {r['rss'] / MB:5.0f} MB (largest worker {r['rss_workers'] / MB:4.0f} MB)"
            + (f"  duplicates {r['duplicates']}" if r["duplicates"] else "")
            + f"  load(1m) {r['load'][0]:.2f}→{r['load'][1]:.2f}",
            flush=True,
        )

    @staticmethod
    def print_search(engine: str, r: dict) -> None:
        print(
            f"search {engine} ({r['queries']} queries, in-process, top 10,"
            f" peak RSS {r['rss'] / MB:.0f} MB, load(1m) {r['load'][0]:.2f}→{r['load'][1]:.2f}):",
            flush=True,
        )
        for mode, f in r["modes"].items():
            print(
                f"  {mode:16s} p50 {f['p50']:7.2f} ms  p95 {f['p95']:7.2f}  p99 {f['p99']:7.2f}"
                f"  max {f['max']:7.1f}",
                flush=True,
            )

    def print_ratios(self, stage: str) -> None:
        project = self.find(stage, "project", "index")
        for other in ("baseline", "fts5"):
            baseline = self.find(stage, other, "index")
            if project and baseline:
                p = median_run(project)
                b = median_run(baseline)
                print(
                    f"ratios (median runs): project/{other} indexing speed"
                    f" {(p['articles'] / p['seconds']) / (b['articles'] / b['seconds']):.2f}x,"
                    f" index size {p['size'] / b['size']:.2f}x,"
                    f" peak RSS {max(p['rss'], p['rss_workers']) / b['rss']:.2f}x"
                    " (largest of process and worker)",
                    flush=True,
                )
        ps = self.find(stage, "project", "search")
        pairs = {
            "baseline": [
                ("bare", "OR top10"),
                ("snippets", "OR +highlight"),
                ("bare", "AND top10"),
            ],
            "fts5": [("bare", "OR top10"), ("snippets", "OR +snippet")],
        }
        for other, wanted in pairs.items():
            bs = self.find(stage, other, "search")
            if ps and bs:
                pm, bm = ps[0]["modes"], bs[0]["modes"]
                text = ", ".join(f"{a}/{b} {pm[a]['p50'] / bm[b]['p50']:.1f}x" for a, b in wanted)
                print(f"ratios of search p50, project/{other}: {text}", flush=True)

    def summary(self) -> None:
        stages = list(dict.fromkeys(r["stage"] for r in self.rows))
        if not stages:
            return
        print("\n== summary (medians of runs; load(1m) before→after each measurement)")
        head = (
            f"{'input':12s} {'engine':8s} {'index s':>8s} {'art/s':>7s} {'MB':>6s}"
            f" {'RSS MB':>7s} {'load':>9s} | {'top10 p50':>9s} {'p95':>7s} {'p99':>7s}"
            f" {'+snip p50':>9s} {'all p50':>8s} {'load':>9s} | {'http1 p50':>9s}"
            f" {'http8 req/s':>11s} {'srv MB':>6s} | {'re-run s':>8s}"
        )
        print(head)
        for stage in stages:
            for engine in ENGINES:
                ix, se, ht = (self.find(stage, engine, p) for p in PARTS)
                if not (ix or se or ht):
                    continue
                cells = f"{stage:12s} {engine:8s}"
                if ix:
                    r = median_run(ix)
                    cells += (
                        f" {r['seconds']:8.1f} {r['articles'] / r['seconds']:7.1f}"
                        f" {r['size'] / MB:6.1f} {max(r['rss'], r['rss_workers']) / MB:7.0f}"
                        f" {r['load'][0]:4.1f}→{r['load'][1]:<4.1f}"
                    )
                else:
                    cells += " " * 42
                cells += " |"
                if se:
                    m = se[0]["modes"]
                    top = m["bare"] if engine == "project" else m["OR top10"]
                    snip = m.get("snippets") or m.get("OR +highlight") or m["OR +snippet"]
                    full = m["all"]["p50"] if engine == "project" else float("nan")
                    cells += (
                        f" {top['p50']:9.2f} {top['p95']:7.2f} {top['p99']:7.2f}"
                        f" {snip['p50']:9.2f} {full:8.2f}"
                        f" {se[0]['load'][0]:4.1f}→{se[0]['load'][1]:<4.1f}"
                    )
                else:
                    cells += " " * 56
                cells += " |"
                if ht:
                    h = ht[0]["modes"]
                    one = h.get("api x1", {}).get("p50", float("nan"))
                    eight = h.get("api x8", {}).get("rps", float("nan"))
                    cells += f" {one:9.1f} {eight:11.1f} {ht[0]['rss'] / MB:6.0f}"
                else:
                    cells += " " * 29
                again = self.find(stage, engine, "rerun")
                if again:
                    cells += f" | {again[0]['seconds']:8.1f}"
                print(cells)
        print(
            "(project top10 = bare: no snippets, facets or timeline; +snip = with snippets;"
            " all = snippets, facets, timeline. Baseline: OR group; +snip = 200-char highlight."
            " fts5: OR of stems, bm25(); +snip = snippet().)"
        )


def median_run(runs: list[dict]) -> dict:
    """Return the run with the median time (the lower middle one of an even count)."""
    ordered = sorted(runs, key=lambda r: r["seconds"])
    return ordered[(len(ordered) - 1) // 2]


def proc_memory(pid: int, key: str) -> int:
    """Return a memory figure (VmRSS, VmHWM) of a process in bytes, 0 where unknown."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def http_run(
    port: int, queries: list[str], params: dict[str, str], clients: int
) -> tuple[list[float], float, int]:
    """Send each query once from `clients` threads; return times (ms), wall seconds, errors."""
    paths = [
        "/api/search?" + urllib.parse.urlencode({"q": q, "size": "10", **params}) for q in queries
    ]
    times: list[float] = []
    errors = 0
    lock = threading.Lock()

    def client(mine: list[str]) -> None:
        nonlocal errors
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        try:
            for path in mine:
                t = time.perf_counter()
                conn.request("GET", path)
                resp = conn.getresponse()
                resp.read()
                ms = (time.perf_counter() - t) * 1000
                with lock:
                    times.append(ms)
                    errors += resp.status != 200
        finally:
            conn.close()

    warm = threading.Thread(target=client, args=(paths[:WARM_QUERIES],))
    warm.start()
    warm.join()
    times.clear()
    errors = 0
    threads = [threading.Thread(target=client, args=(paths[i::clients],)) for i in range(clients)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return times, time.perf_counter() - started, errors


def profile_stage(bench: Bench) -> None:
    print(f"\n== stage profile: load(1m) {load():.2f}", flush=True)
    print(f"reproduce: {bench.command('profile')}", flush=True)
    index_dir = bench.work / "profile" / "project"
    shutil.rmtree(index_dir, ignore_errors=True)
    index_dir.mkdir(parents=True)
    before = load()
    paths = bench.args.profile_input or [str(CORPUS)]
    print(f"input: {', '.join(paths)}", flush=True)
    r = run_child("profile", "project", index_dir, ["--input", *paths, "--profile-top", "25"])
    print(f"profile run: {r['seconds']:.1f} s, load(1m) {before:.2f}→{load():.2f}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stages", nargs="+", choices=STAGES, default=["corpus", "sizes"])
    ap.add_argument("--parts", nargs="+", choices=PARTS, default=list(PARTS))
    ap.add_argument("--engines", nargs="+", choices=ENGINES, default=list(ENGINES))
    ap.add_argument("--sizes", nargs="+", type=int, default=[10000, 30000])
    ap.add_argument("--queries", type=int, default=300, help="dev queries to time")
    ap.add_argument("--repeat", type=int, default=1, help="indexing runs per engine and input")
    ap.add_argument("--clients", nargs="+", type=int, default=[1, 8])
    ap.add_argument(
        "--threads", nargs="+", type=int, default=[2], help="server threads, one server each"
    )
    ap.add_argument(
        "--headline-sample", type=float, default=1.0, help="fraction of the headlines to index"
    )
    ap.add_argument(
        "--profile-input", nargs="+", help="files to index in the profile stage (default: corpus)"
    )
    ap.add_argument("--work", help="folder for inputs and indexes (default: a new temp folder)")
    ap.add_argument("--keep", action="store_true", help="keep the work folder")
    ap.add_argument("--child", choices=["index", "search", "profile"], help=argparse.SUPPRESS)
    ap.add_argument("--engine", choices=ENGINES, help=argparse.SUPPRESS)
    ap.add_argument("--index", help=argparse.SUPPRESS)
    ap.add_argument("--input", nargs="+", help=argparse.SUPPRESS)
    ap.add_argument("--profile-top", type=int, default=25, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        run = {"index": child_index, "search": child_search, "profile": child_profile}
        print(json.dumps(run[args.child](args)))
        return

    bench = Bench(args)
    print(
        f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load(1m) {load():.2f},"
        f" work folder {bench.work}",
        flush=True,
    )
    try:
        for stage in args.stages:
            if stage == "profile":
                profile_stage(bench)
            elif stage == "sizes":
                for n in args.sizes:
                    bench.stage(f"size-{n}")
            else:
                bench.stage(stage)
        bench.summary()
    finally:
        if not args.keep and not args.work:
            shutil.rmtree(bench.work, ignore_errors=True)


if __name__ == "__main__":
    main()
