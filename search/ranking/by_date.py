"""Order a query's result set by date."""

from __future__ import annotations

import numpy as np
from whoosh import query as wq

from search import listing, matchset
from search.commit import Commit
from search.compile import Compiled
from search.ranking.found import Found


def by_date(
    commit: Commit,
    compiled: Compiled,
    fq: wq.Query | None,
    newest: bool,
    wanted: int,
    collapse: bool,
    words: tuple[matchset.Word, ...],
) -> Found:
    """Order the result set by date (articles without one last, by id)."""
    q = compiled.query
    full = q if fq is None else wq.And([q, fq])
    every = np.array(sorted(commit.searcher.docs_for_query(full)), dtype=np.int64)
    chosen = matchset.match_set(every, words, compiled.parsed.question)
    days = commit.days()
    ids = commit.column("id")
    # A keyword query no article holds whole: the articles with the most of its words
    # first, then the rest of the set (a date sort of a set of any three of five words
    # would show mostly articles about something else).
    lead = chosen.most_first()
    tiers = [lead] if len(lead) == len(chosen.docs) else [lead, np.setdiff1d(chosen.docs, lead)]
    order: list[int] = []
    for tier in tiers:
        dated = [(days[d], d) for d in tier.tolist()]
        with_date = sorted(
            ((day, ids[d], d) for day, d in dated if day is not None), reverse=newest
        )
        order += [d for _, _, d in with_date]
        order += sorted((d for day, d in dated if day is None), key=lambda d: ids[d])
    ranked = [(d, 0.0) for d in order]
    return Found(listing.fold_copies(commit, ranked, wanted, collapse), chosen, {}, False)
