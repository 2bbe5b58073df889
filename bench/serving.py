"""Serving throughput: `/api/search` from 1, 2 and 8 clients against 1 and 2 server processes.

Run: .venv/bin/python bench/serving.py [--index instance/eval-index] [--workers 1 2]
     [--clients 1 2 8] [--seconds 20] [--threads 2]

For each number of server processes it starts `newsarchive serve --workers N` on a free
127.0.0.1 port over the index, then, for each number of clients, runs that many threads
(each with its own keep-alive connection) for the given seconds. Each client sends
`/api/search?q=…` (top 10 with snippets, as the API answers by default) for the
known-item queries of ../shared/eval/known-item-dev.tsv in turn. Then one client sends
each of the 1,190 xquad questions (../shared/eval/xquad-dev.tsv) once. Prints requests/s,
median, p95 and p99 per row, the errors (any answer not 200), the 1-minute load average
before each row, and each server process's resident and proportional memory (RSS / PSS:
forked workers share the pages they inherited) after the run. The clients run on the same
machine as the server, so they take CPU from it.
"""

from __future__ import annotations

import argparse
import csv
import http.client
import json
import os
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import percentile, start_server, stop_server  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"


def queries(path: Path) -> list[str]:
    """Return the queries of a TSV query set."""
    with open(path, encoding="utf-8", newline="") as f:
        return [row["query"] for row in csv.DictReader(f, delimiter="\t") if row.get("query")]


def run_clients(
    url: str, qs: list[str], clients: int, seconds: float | None
) -> tuple[list[float], int, float]:
    """Send searches from `clients` threads; return latencies (s), errors, wall seconds.

    With seconds, each client cycles through its share of the queries until the time is
    up; without, each query is sent once.
    """
    host = urlsplit(url)
    latencies: list[list[float]] = [[] for _ in range(clients)]
    errors = [0] * clients
    deadline = time.monotonic() + seconds if seconds else None

    def client(i: int) -> None:
        conn = http.client.HTTPConnection(host.hostname, host.port, timeout=60)
        mine = qs[i::clients] or qs
        at = 0
        while True:
            if deadline is None:
                if at >= len(mine):
                    break
            elif time.monotonic() >= deadline:
                break
            q = mine[at % len(mine)]
            at += 1
            started = time.perf_counter()
            try:
                conn.request("GET", "/api/search?q=" + quote(q))
                answer = conn.getresponse()
                answer.read()
                if answer.status != 200:
                    errors[i] += 1
            except (OSError, http.client.HTTPException):
                errors[i] += 1
                conn.close()
                conn = http.client.HTTPConnection(host.hostname, host.port, timeout=60)
                continue
            latencies[i].append(time.perf_counter() - started)
        conn.close()

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return [x for xs in latencies for x in xs], sum(errors), time.monotonic() - started


def memory(pid: int) -> dict[str, float]:
    """Return a process's RSS and PSS in MB (Linux /proc)."""
    out = {}
    for name, key in (("rss_mb", "Rss:"), ("pss_mb", "Pss:")):
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith(key):
                    out[name] = round(int(line.split()[1]) / 1024, 1)
        except OSError:
            pass
    return out


def processes(master: int) -> list[int]:
    """Return the master's id and its children's (the workers)."""
    try:
        kids = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    except OSError:
        kids = []
    return [master, *map(int, kids)]


def row(name: str, times: list[float], errors: int, wall: float, load: float) -> dict:
    """Summarise one run."""
    ms = [t * 1000 for t in times]
    return {
        "run": name,
        "requests": len(ms),
        "rps": round(len(ms) / wall, 1) if wall else 0.0,
        "p50_ms": round(percentile(ms, 50), 1),
        "p95_ms": round(percentile(ms, 95), 1),
        "p99_ms": round(percentile(ms, 99), 1),
        "errors": errors,
        "load_before": round(load, 2),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--index", default=str(ROOT / "instance" / "eval-index"))
    ap.add_argument("--workers", nargs="+", type=int, default=[1, 2])
    ap.add_argument("--clients", nargs="+", type=int, default=[1, 2, 8])
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--threads", type=int, default=2, help="threads per server process")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    known = queries(EVAL / "known-item-dev.tsv")
    xquad = queries(EVAL / "xquad-dev.tsv")
    rows, mem = [], {}
    for workers in args.workers:
        log = Path(args.index).parent / f"serving-{workers}.log"
        proc, url = start_server(Path(args.index), args.threads, log, workers=workers)
        try:
            run_clients(url, known, 2, None)  # every worker warm before timing
            for clients in args.clients:
                load = os.getloadavg()[0]
                times, errors, wall = run_clients(url, known, clients, args.seconds)
                rows.append(
                    row(f"{workers} proc, {clients} clients, known-item", times, errors, wall, load)
                )
            load = os.getloadavg()[0]
            times, errors, wall = run_clients(url, xquad, 1, None)
            rows.append(
                row(f"{workers} proc, 1 client, xquad questions", times, errors, wall, load)
            )
            mem[workers] = [memory(pid) for pid in processes(proc.pid)]
        finally:
            stop_server(proc)
    report = {"cpus": len(os.sched_getaffinity(0)), "rows": rows, "memory": mem}
    if args.json:
        print(json.dumps(report, indent=1))
        return 0
    print(f"{report['cpus']} cores; index {args.index}; {args.threads} threads per process")
    print(f"{'run':<42} {'req':>6} {'req/s':>7} {'p50':>7} {'p95':>7} {'p99':>7} err  load")
    for r in rows:
        print(
            f"{r['run']:<42} {r['requests']:>6} {r['rps']:>7} {r['p50_ms']:>7} {r['p95_ms']:>7}"
            f" {r['p99_ms']:>7} {r['errors']:>3}  {r['load_before']}"
        )
    for workers, procs in mem.items():
        print(
            f"memory with {workers} proc: "
            + ", ".join(
                f"{'master' if i == 0 else f'worker {i}'} RSS {m.get('rss_mb')} MB"
                f" / PSS {m.get('pss_mb')} MB"
                for i, m in enumerate(procs)
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
