"""Score chosen documents as Whoosh's collectors do, until a deadline."""

from __future__ import annotations

import time

import numpy as np
from whoosh import query as wq
from whoosh.searching import Searcher

from search.listing import Hits


def exact_scores(
    searcher: Searcher, q: wq.Query, docnums: np.ndarray, deadline: float | None
) -> Hits:
    """Score the given documents (sorted) as Whoosh's collectors do; stop at the deadline."""
    out: Hits = []
    context = searcher.context()
    wanted = docnums.tolist()
    at = 0
    for subsearcher, offset in searcher.leaf_searchers():
        end = offset + subsearcher.reader().doc_count_all()
        if at >= len(wanted) or wanted[at] >= end:
            continue
        m = q.matcher(subsearcher, context)
        while at < len(wanted) and wanted[at] < end:
            if deadline is not None and time.perf_counter() > deadline:
                return out
            local = wanted[at] - offset
            if m.is_active() and m.id() < local:
                m.skip_to(local)
            if m.is_active() and m.id() == local:
                out.append((wanted[at], float(m.score())))
            at += 1
    return out
