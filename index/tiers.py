"""Choose which segments of an index to merge while it grows: a tiered policy.

Each segment is searched on its own, so an index of many small segments answers slowly;
merging all of them after every commit rewrites the whole index each time. Segments fall
into tiers by their live documents (each tier MERGE_FACTOR times the size of the one
below, from FLOOR_DOCS): when MERGE_FACTOR neighbouring segments share a tier they are
merged into one of the next tier, so each document is rewritten once per tier it climbs
(a few times over a run, however many commits) and the count of segments grows with the
logarithm of the index. Past MAX_SEGMENTS the neighbours with the fewest documents are
merged, whatever their tiers. Only neighbours are merged: the merged segment takes
their place, and every document keeps its place in the index (index.merge).
"""

from __future__ import annotations

# Neighbouring segments of one tier merged together; each tier holds segments this many
# times larger than the one below.
MERGE_FACTOR = 4
# Segments with fewer live documents are all of the lowest tier.
FLOOR_DOCS = 2_000
# Segments an index may have before the neighbours with the fewest documents are merged.
MAX_SEGMENTS = 8


def tier(documents: int) -> int:
    """Return the tier of a segment of this many live documents."""
    level, limit = 0, FLOOR_DOCS
    while documents >= limit:
        level += 1
        limit *= MERGE_FACTOR
    return level


def choose(sizes: list[int]) -> tuple[int, int] | None:
    """Return (start, end) of the neighbouring segments to merge next, given the live
    documents of each segment in the order of the table; None when none are due."""
    levels = [tier(size) for size in sizes]
    due: tuple[int, int, int] | None = None  # (tier, start, end)
    start = 0
    for end in range(1, len(levels) + 1):
        if end < len(levels) and levels[end] == levels[start]:
            continue
        if end - start >= MERGE_FACTOR and (due is None or levels[start] < due[0]):
            due = (levels[start], start, start + MERGE_FACTOR)
        start = end
    if due is not None:
        return due[1], due[2]
    if len(sizes) > MAX_SEGMENTS:
        width = min(MERGE_FACTOR, len(sizes) - MAX_SEGMENTS + 1)
        width = max(width, 2)
        totals = [sum(sizes[i : i + width]) for i in range(len(sizes) - width + 1)]
        first = totals.index(min(totals))
        return first, first + width
    return None
