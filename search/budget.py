"""The time budget of a search through Whoosh's collectors."""

from __future__ import annotations

import time
from typing import Any

from whoosh import collectors
from whoosh import query as wq
from whoosh.searching import Searcher


class TimeBudget(collectors.TimeLimitCollector):
    """Whoosh's time limit, checked against a deadline at each match.

    Whoosh's own starts a timer thread per search and may use SIGALRM, which works only
    in the main thread; the web server searches in worker threads. Inside a
    FilterCollector only collect() is called, so the deadline is checked there.
    """

    def __init__(self, child: collectors.Collector, seconds: float) -> None:
        super().__init__(child, seconds, use_alarm=False)
        self.deadline = 0.0

    def prepare(self, top_searcher: Searcher, q: wq.Query, context: Any) -> None:
        self.child.prepare(top_searcher, q, context)
        self.timedout = False
        self.deadline = time.perf_counter() + self.timelimit

    def collect_matches(self) -> None:
        for sub_docnum in self.child.matches():
            self.collect(sub_docnum)

    def collect(self, sub_docnum: int) -> Any:
        if time.perf_counter() > self.deadline:
            self.timedout = True
            raise collectors.TimeLimit
        return self.child.collect(sub_docnum)
