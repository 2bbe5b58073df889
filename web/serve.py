"""Serve the app: pre-forked worker processes that share the index through the page cache.

One Python process answers one query at a time (the GIL), so a server uses every core
by running one process per core. gunicorn's master loads the app and opens the index
once, then forks the workers: each answers on its own, shares the index files and what
was read before the fork with the others, and picks up new commits as they come. Where
fork is not available, waitress serves from one process with threads.
"""

from __future__ import annotations

import gc
import os
import sys
from typing import Any

from flask import Flask

# Seconds a worker may take for one request before the master replaces it: well above a
# search's own time limit (SEARCH_TIME_LIMIT) and a full export.
WORKER_TIMEOUT = 120


def cpu_count() -> int:
    """Return the number of cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def can_fork() -> bool:
    """Tell whether pre-forked workers are possible here (POSIX with gunicorn)."""
    if not hasattr(os, "fork") or sys.platform == "win32":
        return False
    try:
        import gunicorn  # noqa: F401
    except ImportError:
        return False
    return True


def freeze_loaded() -> int:
    """Leave what is loaded so far out of the garbage collector's walks; return how much.

    The app and its libraries live as long as the process: a full collection would walk
    them again and again, a pause for every request the process answers (some 100 ms at
    280,717 articles, 20 without them), and would write to the pages forked workers
    share. Called before the index is opened: a commit replaced later is still collected.
    """
    gc.collect()
    gc.freeze()
    return gc.get_freeze_count()


def serve(app: Flask, host: str, port: int, workers: int, threads: int) -> None:
    """Serve the app until stopped: gunicorn with `workers` processes, else waitress."""
    if can_fork():
        _gunicorn(app, host, port, workers, threads)
    else:
        from waitress import serve as waitress_serve

        waitress_serve(app, host=host, port=port, threads=threads, ident="newsarchive")


def _gunicorn(app: Flask, host: str, port: int, workers: int, threads: int) -> None:
    """Run gunicorn's master with the app already loaded (preload): workers fork from it."""
    from gunicorn.app.base import BaseApplication

    options = {
        "bind": f"{host}:{port}",
        "workers": workers,
        # gthread: a worker keeps idle keep-alive connections aside while it answers.
        "worker_class": "gthread",
        "threads": threads,
        "preload_app": True,
        "timeout": WORKER_TIMEOUT,
        "graceful_timeout": 10,
        "keepalive": 5,
        "proc_name": "newsarchive",
        "accesslog": None,
        "errorlog": "-",
        "loglevel": "warning",
        # No control socket in the working folder: serving must not write there.
        "control_socket_disable": True,
        # The app refuses what is too long itself (a query of 1,000 characters may take
        # 12,000 bytes as %-escapes): gunicorn's own cap is then 1 MB, not 4 KB.
        "limit_request_line": 0,
    }

    class Server(BaseApplication):
        def load_config(self) -> None:
            for key, value in options.items():
                self.cfg.set(key, value)

        def load(self) -> Any:
            return app

    Server().run()
