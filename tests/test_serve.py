"""`newsarchive serve`: pre-forked processes that answer alike, see new commits, and end
with their master."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from generated import index_in_runs
from helpers import DEMO, free_port
from indexes import segment_files, truncate

from index.build import index_paths

pytestmark = pytest.mark.slow

CMD = [sys.executable, "-c", "import sys; from web.cli import main; sys.exit(main())"]


def children(pid: int) -> set[int]:
    """Return the process ids of a process's children (Linux /proc)."""
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return set()
    return {int(x) for x in text.split()}


def alive(pid: int) -> bool:
    """Tell whether a process still runs (a zombie counts as ended)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"
    except (OSError, IndexError):
        return False


def workers_of(proc: subprocess.Popen, count: int) -> set[int]:
    """Wait until a server's master has forked its workers; return their ids."""
    deadline = time.monotonic() + 30
    while len(found := children(proc.pid)) < count and time.monotonic() < deadline:
        time.sleep(0.1)
    return found


def get(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=30) as answer:
        return json.loads(answer.read())


def start(index: Path, *extra: str, code: str | None = None) -> tuple[subprocess.Popen, str]:
    """Start a server over index; return it and its URL once it answers."""
    port = free_port()
    cmd = CMD if code is None else [sys.executable, "-c", code]
    proc = subprocess.Popen(
        [*cmd, "serve", "--index", str(index), "--port", str(port), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            get(url + "/healthz")
            return proc, url
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise RuntimeError(f"serve did not start: {proc.communicate()[0]}") from None
            time.sleep(0.2)


def stop(proc: subprocess.Popen) -> str:
    """Stop a server; return what it printed."""
    proc.terminate()
    try:
        return proc.communicate(timeout=15)[0]
    except subprocess.TimeoutExpired:
        proc.kill()
        return proc.communicate()[0]


@pytest.fixture()
def index(tmp_path: Path) -> Path:
    index_dir = tmp_path / "index"
    index_paths(index_dir, [DEMO / "alpenpost"])
    return index_dir


@pytest.fixture()
def two_workers(index: Path) -> Iterator[tuple[subprocess.Popen, str]]:
    proc, url = start(index, "--workers", "2")
    try:
        yield proc, url
    finally:
        stop(proc)


def test_serves_with_one_process_per_worker(two_workers: tuple[subprocess.Popen, str]) -> None:
    proc, url = two_workers
    assert len(workers_of(proc, 2)) == 2
    totals = {get(url + "/api/search?q=Energie")["total"] for _ in range(20)}
    assert len(totals) == 1 and totals.pop() > 0


def test_every_worker_sees_a_new_commit(
    index: Path, two_workers: tuple[subprocess.Popen, str]
) -> None:
    _, url = two_workers
    before = get(url + "/api/stats")["documents"]
    index_paths(index, [DEMO / "rheinblick"])
    after = {get(url + "/api/stats")["documents"] for _ in range(20)}
    assert len(after) == 1 and after.pop() > before


def test_strong_verbs_are_found_before_the_first_request(
    index: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv("NEWSARCHIVE_CACHE", str(cache))
    proc, _ = start(index, "--workers", "1")
    try:
        # Found (and kept) by the start's own search, not by a reader's first one.
        assert list(cache.glob("strong-*.json"))
    finally:
        stop(proc)


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM])
def test_workers_end_with_their_master(index: Path, how: signal.Signals) -> None:
    proc, _ = start(index, "--workers", "2")
    workers = workers_of(proc, 2)
    assert len(workers) == 2
    os.kill(proc.pid, how)
    proc.communicate(timeout=30)
    deadline = time.monotonic() + 10
    while any(alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [w for w in workers if alive(w)]


def test_serves_with_waitress_where_fork_is_missing(index: Path) -> None:
    code = (
        "import sys; import web.serve; web.serve.can_fork = lambda: False; "
        "from web.cli import main; sys.exit(main())"
    )
    proc, url = start(index, code=code)
    try:
        assert children(proc.pid) == set()
        assert get(url + "/api/search?q=Energie")["total"] > 0
    finally:
        printed = stop(proc)
    assert "(2 threads)" in printed


@pytest.mark.parametrize("value", ["0", "-2", "zwei"])
def test_worker_count_must_be_positive(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    from web.cli import main

    with pytest.raises(SystemExit) as exit_:
        main(["serve", "--workers", value])
    assert exit_.value.code == 2
    assert "whole number" in capsys.readouterr().err


def status_of(url: str) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(url, timeout=30) as answer:
            return answer.status, json.loads(answer.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def serve_two(index: Path) -> tuple[subprocess.Popen, str]:
    """Start `newsarchive serve` with two processes over index; return it and its URL."""
    port = free_port()
    proc = subprocess.Popen(
        [*CMD, "serve", "--index", str(index), "--port", str(port), "--workers", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    return proc, f"http://127.0.0.1:{port}"


def first_health(proc: subprocess.Popen, url: str) -> tuple[int, dict]:
    """Wait for the server's first /healthz answer (whatever its status) and return it."""
    deadline = time.monotonic() + 60
    while True:
        try:
            return status_of(url + "/healthz")
        except OSError:
            assert proc.poll() is None and time.monotonic() < deadline
            time.sleep(0.2)


def test_serves_without_an_index_and_recovers_when_one_is_built(tmp_path: Path) -> None:
    index = tmp_path / "later"
    proc, url = serve_two(index)
    try:
        status, body = first_health(proc, url)
        assert status == 503 and "No index" in body["error"] and body["ok"] is False
        assert status_of(url + "/api/search?q=Energie")[0] == 503
        index_paths(index, [DEMO / "alpenpost"])
        assert {status_of(url + "/healthz")[0] for _ in range(10)} == {200}
        assert get(url + "/api/search?q=Energie")["total"] > 0
    finally:
        printed = stop(proc)
    assert "No index" in printed


def test_a_damaged_index_is_named_by_every_answer_until_repaired(tmp_path: Path) -> None:
    index_dir, _ = index_in_runs(tmp_path, 3, 20)
    damaged = segment_files(index_dir)[0]
    truncate(damaged)
    proc, url = serve_two(index_dir)
    try:
        status, body = first_health(proc, url)
        assert status == 503 and damaged.name in body["error"]
        assert "check --repair" in body["error"]
        for path in ("/api/search?q=Nachricht", "/api/stats"):
            status, body = status_of(url + path)
            assert status == 503 and damaged.name in body["error"]
        page = urllib.request.Request(url + "/?q=Nachricht")
        with pytest.raises(urllib.error.HTTPError) as error:
            urllib.request.urlopen(page, timeout=30)
        assert error.value.code == 503 and damaged.name in error.value.read().decode()
        from web.cli import main

        assert main(["check", "--repair", "--index", str(index_dir)]) == 0
        assert {status_of(url + "/healthz")[0] for _ in range(10)} == {200}
        assert get(url + "/api/stats")["documents"] == 40
    finally:
        printed = stop(proc)
    assert damaged.name in printed


def test_what_is_loaded_before_the_index_is_left_out_of_collections() -> None:
    # In a process of its own: frozen objects of the test run would never be collected.
    code = (
        "import gc; from web import create_app; from web.serve import freeze_loaded; "
        "create_app({}); before = len(gc.get_objects()); frozen = freeze_loaded(); "
        "print(frozen, before, len(gc.get_objects()))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    frozen, before, after = (int(x) for x in out)
    assert frozen > 0.9 * before  # (a collection first may free a little)
    assert after < 0.1 * before
