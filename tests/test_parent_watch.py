"""A process blocked in a read ends with its parent, also when the parent died first."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# A parent that starts a child calling die_with_parent(), which then blocks for good in a
# read of a pipe it holds both ends of (as a worker reading half a message does).
PARENT = textwrap.dedent(
    """
    import os, sys, time
    from index.parent_watch import die_with_parent

    parent = os.getpid()
    read, write = os.pipe()
    child = os.fork()
    if child == 0:
        if sys.argv[1] == "late":
            time.sleep(1.0)  # the parent is gone before the child asks to die with it
        die_with_parent(parent)
        os.read(read, 1)
        os._exit(0)
    print(child, flush=True)
    time.sleep(60)
    """
)


@pytest.mark.parametrize("when", ["blocked", "late"])
def test_a_worker_blocked_in_a_read_dies_with_its_parent(when: str) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", PARENT, when],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    assert proc.stdout is not None
    with proc.stdout:
        child = int(proc.stdout.readline())
    time.sleep(0.3)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    killed = time.monotonic()
    while _alive(child) and time.monotonic() - killed < 3.0:
        time.sleep(0.02)
    assert not _alive(child)
    assert time.monotonic() - killed < (2.0 if when == "late" else 1.0)


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"
