"""Load test: many concurrent clients against a real `newsarchive serve` over HTTP.

Run: .venv/bin/python bench/load.py [--index instance/eval-index] [--clients 20]
     [--seconds 60] [--threads 2] [--url http://host:port]   (or: make loadtest)

Starts `newsarchive serve` as a subprocess on a free 127.0.0.1 port over the index (or
uses --url), then runs N clients, each a thread with its own keep-alive connection,
for T seconds. Each client repeats a mix of requests built from the real German
queries of ../shared/eval/known-item-dev.tsv and xquad-dev.tsv: the search page, the
JSON API with facets and timeline, article pages (the query sets' target articles, with
the query marked) and completions. Prints the requests, the errors (any answer that is
not 2xx, and exceptions), throughput and median / p95 / p99 latency, overall and per
kind, and the 1-minute load average before the run. Standard library only.
"""

from __future__ import annotations

import argparse
import csv
import http.client
import json
import os
import random
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlencode, urlsplit

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import percentile, start_server, stop_server  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"
QUERY_SETS = (EVAL / "known-item-dev.tsv", EVAL / "xquad-dev.tsv")
# Share of each kind of request in the mix.
MIX = {"page": 0.35, "api": 0.35, "article": 0.2, "complete": 0.1}


@dataclass
class Tally:
    """What one client saw: latencies by kind, statuses, exceptions."""

    latencies: dict[str, list[float]] = field(default_factory=dict)
    statuses: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)


def read_queries(paths: tuple[Path, ...]) -> tuple[list[str], list[str]]:
    """Return the queries and their target article ids from TSV query sets."""
    queries, targets = [], []
    for path in paths:
        with open(path, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                if row.get("query"):
                    queries.append(row["query"])
                if row.get("target"):
                    targets.append(row["target"])
    return queries, sorted(set(targets))


def make_request(rng: random.Random, queries: list[str], targets: list[str]) -> tuple[str, str]:
    """Pick the next request: (kind, path with query string)."""
    kind = rng.choices(list(MIX), weights=list(MIX.values()))[0]
    q = rng.choice(queries)
    if kind == "page":
        return kind, "/?" + urlencode({"q": q})
    if kind == "api":
        return kind, "/api/search?" + urlencode({"q": q, "extra": "facets,timeline"})
    if kind == "article":
        words = " ".join(q.split()[:3])
        return kind, f"/articles/{quote(rng.choice(targets))}?" + urlencode({"q": words})
    word = rng.choice(q.split() or ["a"])
    return kind, "/api/complete?" + urlencode({"q": word[: max(2, len(word) - 2)]})


def client(
    base: str,
    deadline: float,
    queries: list[str],
    targets: list[str],
    seed: int,
    tally: Tally,
) -> None:
    """Send requests one after another on one keep-alive connection until the deadline."""
    parts = urlsplit(base)
    rng = random.Random(seed)
    conn: http.client.HTTPConnection | None = None
    while time.monotonic() < deadline:
        kind, path = make_request(rng, queries, targets)
        started = time.perf_counter()
        try:
            if conn is None:
                conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
            conn.request("GET", path, headers={"Accept-Encoding": "identity"})
            answer = conn.getresponse()
            answer.read()
            status = answer.status
            if answer.getheader("Connection", "").lower() == "close":
                conn.close()
                conn = None
        except (OSError, http.client.HTTPException) as exc:
            tally.errors[f"{kind}: {type(exc).__name__}"] += 1
            if conn is not None:
                conn.close()
            conn = None
            continue
        elapsed = time.perf_counter() - started
        tally.latencies.setdefault(kind, []).append(elapsed)
        tally.statuses[f"{kind} {status}"] += 1
        if not 200 <= status < 300:
            tally.errors[f"{kind}: HTTP {status}"] += 1
    if conn is not None:
        conn.close()


def summary(latencies: list[float]) -> dict[str, float]:
    values = sorted(latencies)
    return {
        "requests": len(values),
        "median_ms": round(percentile(values, 50) * 1000, 1),
        "p95_ms": round(percentile(values, 95) * 1000, 1),
        "p99_ms": round(percentile(values, 99) * 1000, 1),
        "max_ms": round((values[-1] if values else float("nan")) * 1000, 1),
    }


def run(args: argparse.Namespace) -> dict:
    queries, targets = read_queries(tuple(Path(p) for p in args.queries))
    if not queries or not targets:
        raise SystemExit("no queries or target articles in " + ", ".join(args.queries))
    proc = None
    url = args.url
    load_before = os.getloadavg()[0]
    if url is None:
        log = Path(args.log)
        log.parent.mkdir(parents=True, exist_ok=True)
        proc, url = start_server(Path(args.index), args.threads, log)
    try:
        load_before = os.getloadavg()[0]  # just before the clients start
        tallies = [Tally() for _ in range(args.clients)]
        started = time.monotonic()
        deadline = started + args.seconds
        workers = [
            threading.Thread(
                target=client,
                args=(url, deadline, queries, targets, args.seed + i, tallies[i]),
                daemon=True,
            )
            for i in range(args.clients)
        ]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        wall = time.monotonic() - started
    finally:
        if proc is not None:
            stop_server(proc)
    by_kind: dict[str, list[float]] = {}
    statuses: Counter[str] = Counter()
    errors: Counter[str] = Counter()
    for t in tallies:
        for kind, values in t.latencies.items():
            by_kind.setdefault(kind, []).extend(values)
        statuses.update(t.statuses)
        errors.update(t.errors)
    everything = [v for values in by_kind.values() for v in values]
    answered = len(everything)
    exceptions = sum(n for k, n in errors.items() if "HTTP" not in k)
    return {
        "url": url,
        "index": str(args.index) if args.url is None else None,
        "clients": args.clients,
        "server_threads": args.threads if args.url is None else None,
        "seconds": round(wall, 1),
        "load_1min_before": round(load_before, 2),
        "cpus": os.cpu_count(),
        "requests": answered + exceptions,
        "errors": sum(errors.values()),
        "throughput_rps": round(answered / wall, 1) if wall else 0.0,
        **{k: v for k, v in summary(everything).items() if k != "requests"},
        "by_kind": {k: summary(v) for k, v in sorted(by_kind.items())},
        "statuses": dict(sorted(statuses.items())),
        "error_kinds": dict(errors.most_common()),
    }


def print_report(r: dict) -> None:
    print(f"server:      {r['url']}  index {r['index']}  threads {r['server_threads']}")
    print(f"load before: {r['load_1min_before']} (1-minute load average, {r['cpus']} CPUs)")
    print(f"clients:     {r['clients']} for {r['seconds']} s")
    print(f"requests:    {r['requests']}")
    print(f"errors:      {r['errors']}" + (f"  {r['error_kinds']}" if r["errors"] else ""))
    print(f"throughput:  {r['throughput_rps']} requests/s")
    print(
        f"latency:     median {r['median_ms']} ms, p95 {r['p95_ms']} ms, "
        f"p99 {r['p99_ms']} ms, max {r['max_ms']} ms"
    )
    for kind, s in r["by_kind"].items():
        print(
            f"  {kind:<9} {s['requests']:>6} requests  median {s['median_ms']:>7} ms  "
            f"p95 {s['p95_ms']:>7} ms  p99 {s['p99_ms']:>7} ms  max {s['max_ms']:>7} ms"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", default=str(ROOT / "instance" / "eval-index"))
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--threads", type=int, default=2, help="waitress threads of the server")
    parser.add_argument("--url", help="load this running server instead of starting one")
    parser.add_argument("--queries", nargs="+", default=[str(p) for p in QUERY_SETS])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--log", default=str(ROOT / "instance" / "loadtest-serve.log"))
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    report = run(args)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        print_report(report)
    return 1 if report["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
