"""End a process as soon as its parent process has ended, whatever it is doing."""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import threading
import time

# How often a waiting process looks whether the other side is still alive.
POLL_SECONDS = 0.5
# prctl(2) option: the signal the kernel sends a process when its parent dies.
_PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int) -> None:
    """Make this process end as soon as its parent process (pid `parent`) has ended.

    On Linux the kernel kills it then (PR_SET_PDEATHSIG), whatever it is doing; a thread
    looks for the parent every POLL_SECONDS too (elsewhere the only way). A normal exit
    would wait for queue threads to hand results to a pipe nobody reads, so the process
    leaves at once: what it was writing is removed by the next run.
    """
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:
        os._exit(1)  # the parent died before the signal was asked for
    threading.Thread(target=_watch_parent, args=(parent,), name="parent-watch", daemon=True).start()


def _watch_parent(parent: int) -> None:
    """Exit the process once its parent is gone (it is adopted by another process)."""
    while os.getppid() == parent:
        time.sleep(POLL_SECONDS)
    os._exit(1)
