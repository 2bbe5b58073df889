"""What the benchmark scripts share: a real server on a free port, CPU time, percentiles."""

from __future__ import annotations

import math
import resource
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that is free now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values: list[float], p: float) -> float:
    """Return the p-th percentile of the values by nearest rank (nan for none)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def start_server(
    index: Path, threads: int, log: Path, timeout: float = 120.0, workers: int | None = None
) -> tuple[subprocess.Popen, str]:
    """Start `newsarchive serve` on a free port; return the process and its URL once healthy.

    workers: server processes (None: the server's default, one per core).
    """
    exe = Path(sys.executable).with_name("newsarchive")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-c", "from web.cli import main; main()"]
    port = free_port()
    args = ["--index", str(index), "serve", "--host", "127.0.0.1", "--port", str(port)]
    with open(log, "w") as out:
        proc = subprocess.Popen(
            [*cmd, *args, "--threads", str(threads)]
            + (["--workers", str(workers)] if workers else []),
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
        )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=5) as answer:
                if answer.status == 200:
                    return proc, url
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            stop_server(proc)
            raise SystemExit(f"newsarchive serve did not start:\n{log.read_text()}")
        time.sleep(0.2)


def stop_server(proc: subprocess.Popen) -> None:
    """Stop a server started by start_server, killing it if it does not end."""
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def cpu_seconds() -> float:
    """Return the CPU time (user + system) of this process and its finished children."""
    return sum(
        r.ru_utime + r.ru_stime
        for r in (
            resource.getrusage(resource.RUSAGE_SELF),
            resource.getrusage(resource.RUSAGE_CHILDREN),
        )
    )
