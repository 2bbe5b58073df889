"""Read a term's token positions in chosen documents of a segment."""

from __future__ import annotations

from typing import Any

import numpy as np
from whoosh.matching.wrappers import FilterMatcher

from search.whoosh_read.postings import _postings


def leaf_positions(leaf: Any, fieldname: str, text: Any, wanted: list[int]) -> dict[int, list[int]]:
    """Return the token positions of a term in the wanted documents of one segment.

    wanted: local document numbers, sorted; deleted documents are the caller's to leave
    out. A segment of codec whoosh3 has its whole list decoded once and kept in POSTINGS
    (the next question with the word reads no file); otherwise only the posting blocks
    that may hold a wanted document are decoded (a block's highest id is in its header).
    """
    out: dict[int, list[int]] = {}
    if not wanted:
        return out
    fmt = leaf.schema[fieldname].format if fieldname in leaf.schema else None
    size = fmt.fixed_value_size() if fmt is not None else 0
    found = _postings(leaf, fieldname, text, values=True) if size is None or size < 0 else None
    if (
        fmt is not None
        and found is not None
        and found[2] is not None
        and len(found[2]) == len(found[0])
    ):
        # The whole list, decoded once and kept: each wanted document found by bisection.
        ids, values = found[0], found[2]
        if not len(ids):
            return out
        at = np.searchsorted(ids, wanted).tolist()
        decode = fmt.decode_positions
        for d, i in zip(wanted, at, strict=True):
            if i < len(ids) and ids[i] == d:
                out[d] = list(decode(values[i]))
        return out
    if (fieldname, text) not in leaf:
        return out
    m = leaf.postings(fieldname, text)
    if isinstance(m, FilterMatcher):
        m = m.child
    if not hasattr(m, "_read_ids") or not hasattr(m, "_maxid"):
        for d in wanted:
            if not m.is_active():
                break
            if m.id() < d:
                m.skip_to(d)
            if m.is_active() and m.id() == d:
                out[d] = list(m.value_as("positions"))
        return out
    decode = m.format.decode_positions
    at = 0
    while at < len(wanted):
        if m._maxid >= wanted[at]:
            m._read_ids()
            m._read_values()
            ids, values = m._ids, m._values
            i = 0
            while at < len(wanted) and wanted[at] <= m._maxid:
                d = wanted[at]
                while i < len(ids) and ids[i] < d:
                    i += 1
                if i < len(ids) and ids[i] == d:
                    out[d] = list(decode(values[i]))
                at += 1
        if m._lastblock:
            break
        m._next_block()
    return out
