"""A request's trip through search/: each module on it is visited once.

A real request goes through the web app while a profiler records, for every call from
one of our modules into another module of search/, the module called. Consecutive calls
into one module are one visit; a module that shows up again later was left and
re-entered: the query parsed twice, or a step calling back into an earlier one.

Not steps of the trip, and so left out: the commit's values read once per commit
(search.commit), the bounded store that keeps values across queries (search.lru) and the
analyzers' terms of typed words kept across queries (search.analyzed: each step analyzes
its own words, as it did calling index.analysis),
Whoosh's files and internals (search.files, search.whoosh_read, which
Whoosh itself calls as it reads), the plain values handed along with the pure
functions that write them (search.filters, search.results, search.titles), and the
result set's rule and the hits' order and count (search.matchset, search.listing: pure
functions over arrays of document numbers, which ranking applies as it goes).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any
from urllib.parse import quote

import pytest
from helpers import ROOT

SHARED = {
    "search.commit",
    "search.lru",
    "search.analyzed",
    "search.files",
    "search.whoosh_read",
    "search.filters",
    "search.results",
    "search.titles",
    "search.matchset",
    "search.listing",
}
PACKAGES = {ROOT / "search": "search", ROOT / "web": "web"}


def _module(frame: FrameType | None) -> str | None:
    """Name the module of ours whose code a frame runs (None: not ours); a subpackage's
    modules are the subpackage's (search.whoosh_read is one stop)."""
    if frame is None:
        return None
    path = Path(frame.f_code.co_filename)
    if path.suffix != ".py":
        return None
    for folder, package in PACKAGES.items():
        if path.is_relative_to(folder):
            parts = path.relative_to(folder).with_suffix("").parts
            if parts[0] == "__init__":
                return package
            return f"{package}.{parts[0]}"
    return None


def trip(run: Callable[[], Any]) -> list[str]:
    """Run a request; return the modules of search/ it calls into from ours, in order."""
    calls: list[str] = []

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        if event != "call":
            return
        callee = _module(frame)
        if callee is None or not callee.startswith("search."):
            return
        caller = _module(frame.f_back)
        if caller is not None and caller != callee:
            calls.append(callee)

    sys.setprofile(profile)
    try:
        run()
    finally:
        sys.setprofile(None)
    return calls


def visits(calls: list[str]) -> list[str]:
    """Collapse consecutive calls into one module, leaving out the shared modules."""
    out: list[str] = []
    for module in calls:
        if module not in SHARED and (not out or out[-1] != module):
            out.append(module)
    return out


ARTICLE = "alpenpost/2022-05-10_baustelle-leopoldstrasse"
# Each request, and the steps its trip must take in this order.
REQUESTS = [
    (
        "/?q=Hafen Bremerhaven",
        ["search.syntax", "search.compile", "search.ranking", "search.hits", "search.snippets"],
    ),
    (
        "/api/search?q=Kim+OR+Putin&explain=1&extra=facets,timeline",
        ["search.ranking", "search.matches", "search.snippets", "search.explain", "search.facets"],
    ),
    (
        '/api/search?q="Kim Jong-un" Putin*&sort=newest',
        ["search.syntax", "search.compile", "search.ranking", "search.hits"],
    ),
    (
        "/api/search?q=Hafen Deichschau&source=alpenpost",
        ["search.syntax", "search.compile", "search.ranking", "search.suggest"],
    ),
    ("/api/search?source=weserbote", ["search.compile", "search.ranking", "search.hits"]),
    (
        "/api/search?q=Wo trafen sich Kim Jong-un und Putin?",
        ["search.compile", "search.ranking", "search.rerank", "search.features", "search.hits"],
    ),
    (
        f"/articles/{quote(ARTICLE)}?q=Baustelle",
        ["search.archive", "search.related", "search.syntax", "search.compile", "search.snippets"],
    ),
]


@pytest.mark.parametrize(("url", "steps"), REQUESTS, ids=[u for u, _ in REQUESTS])
def test_each_module_on_the_trip_is_visited_once(news_client: Any, url: str, steps: list) -> None:
    # The first request opens the index and reads the commit's values; the second finds
    # them made. Either way the trip goes one way.
    answers: list[Any] = []
    for _ in range(2):
        modules = visits(trip(lambda: answers.append(news_client.get(url))))
        assert answers[-1].status_code == 200
        assert len(modules) == len(set(modules)), " → ".join(modules)
        assert [m for m in modules if m in steps] == steps, " → ".join(modules)


@pytest.mark.parametrize(
    ("calls", "once"),
    [
        (["search.archive", "search.service", "search.syntax", "search.compile"], True),
        (["search.syntax", "search.syntax", "search.commit", "search.syntax"], True),
        (["search.syntax", "search.compile", "search.syntax"], False),
        (["search.ranking", "search.matches", "search.whoosh_read", "search.ranking"], False),
    ],
)
def test_a_module_entered_again_is_a_second_visit(calls: list[str], once: bool) -> None:
    modules = visits(calls)
    assert (len(modules) == len(set(modules))) is once
