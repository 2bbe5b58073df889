"""Order and count a ranking's hits: the result set first, copies of a story folded."""

from __future__ import annotations

import numpy as np

from search import matchset
from search.commit import Commit

Hits = list[tuple[int, float]]


def set_first(hits: Hits, chosen: matchset.MatchSet, question: bool) -> tuple[Hits, frozenset[int]]:
    """Order the hits the result set lists first (MatchSet.listed_first: the set, and
    when it asks every word the matches with the share rule's words) before the others,
    each part in its own order, a question's hits as ranked; return the hits and the
    documents outside the set."""
    if not hits or not chosen.need:
        return hits, frozenset()
    inside = chosen.inside(np.array([d for d, _ in hits], dtype=np.int64)).tolist()
    rest = [h for h, i in zip(hits, inside, strict=True) if not i]
    if question:
        # A question paraphrases its answer: its set is what is counted and drawn, not
        # an order (listing the set first cost xquad MRR@10 0.923 -> 0.921; README).
        return hits, frozenset(d for d, _ in rest)
    # A set that asks every word lists the matches with the share rule's words with it
    # (search.matchset.MatchSet.listed_first), those outside it marked.
    docs = np.array([d for d, _ in hits], dtype=np.int64)
    ahead = chosen.listed_first(docs).tolist()
    first = [h for h, a in zip(hits, ahead, strict=True) if a]
    later = [h for h, a in zip(hits, ahead, strict=True) if not a]
    return first + later, frozenset(d for d, _ in rest)


def enough(ranked: Hits, chosen: matchset.MatchSet, wanted: int, stories: int) -> bool:
    """Tell whether the ranked hits hold the page's first part: as many of the articles
    listed first (the set, with the share rule's when it asks every word; stories of
    them) as the page needs, or all of them (then the others may follow)."""
    if not ranked or not chosen.need:
        return len(ranked) >= min(wanted, stories)
    ahead = chosen.listed_first(np.array([d for d, _ in ranked], dtype=np.int64))
    return int(np.count_nonzero(ahead)) >= min(wanted, stories)


def stories(commit: Commit, docs: np.ndarray, collapse: bool) -> int:
    """Count the articles of a set of documents, copies once if collapse (with numpy over
    the numbered story groups, not a set of every match's group key)."""
    if not collapse or not len(docs):
        return len(docs)
    codes, groups = commit.group_codes()
    seen = np.zeros(groups, dtype=np.bool_)
    seen[codes[docs]] = True
    return int(np.count_nonzero(seen))


def fold_copies(commit: Commit, ranked: Hits, wanted: int, collapse: bool) -> Hits:
    """Keep the first of each set of copies (same story group) in a ranking."""
    if not collapse or not commit.reader.doc_count() or not ranked:
        return ranked
    # The numbered story groups (the same group, the same number), with numpy: the place
    # of each group's first hit (a stable sort keeps the first of equal numbers first).
    codes = commit.group_codes()[0]
    docs = np.fromiter((d for d, _ in ranked), dtype=np.int64, count=len(ranked))
    first = np.unique(codes[docs], return_index=True)[1]
    first.sort()
    return [ranked[i] for i in first.tolist()]
