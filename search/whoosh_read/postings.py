"""Read a term's posting list in a segment once and keep it decoded, process-wide."""

from __future__ import annotations

from typing import Any

import numpy as np
from whoosh.codec.whoosh3 import W3TermInfo, W3TermsReader
from whoosh.matching.wrappers import FilterMatcher
from whoosh.system import pack_ushort

from search.lru import Lru
from search.whoosh_read.decoding import _weights, decode_postings_values
from search.whoosh_read.recent import _recent_values, _remember_values, _wanted
from search.whoosh_read.terms import _lookup, _terms_reader, _vocabulary, term_info

_EMPTY = np.empty(0, dtype=np.int64)
_NONE = np.empty(0, dtype=np.float64)


# Decoded posting lists, process-wide: a segment's postings never change once written (a
# deletion is recorded beside them), so they are keyed by the segment's id and shared by
# every searcher and commit that reads the segment. Bounded by the bytes they hold: with
# the commit's memo (search.commit.MEMO_BUDGET) full too, a process searching 280,717
# articles stays under 400 MB (bench/cache_memory.py).
POSTINGS_BUDGET = 48 * 1024 * 1024
POSTINGS: Lru[tuple[np.ndarray, np.ndarray, tuple[bytes, ...] | None]] = Lru(POSTINGS_BUDGET)
# What a kept position value costs besides its bytes (a bytes object and a tuple slot).
_VALUE_OVERHEAD = 41


def leaf_postings(reader: Any, fieldname: str, text: Any) -> tuple[np.ndarray, np.ndarray]:
    """Return the document numbers and term frequencies of a term in one segment.

    Deleted documents are the caller's to leave out; the arrays are shared (read-only).
    A segment of codec whoosh3 is read with one look-up of the term and one read of its
    whole posting list, decoded block by block in memory (Whoosh's matcher reads each
    block's header with reads of a few bytes), and kept in POSTINGS; other segments are
    walked posting by posting.
    """
    found = _postings(reader, fieldname, text, values=False)
    if found is None:
        return _walked(reader, fieldname, text)
    return found[0], found[1]


def _postings(
    reader: Any, fieldname: str, text: Any, values: bool
) -> tuple[np.ndarray, np.ndarray, tuple[bytes, ...] | None] | None:
    """Return a term's ids, tfs and (if values) its postings' values in a segment of codec
    whoosh3, kept in POSTINGS; None for a segment of another codec."""
    terms = _terms_reader(reader)
    if terms is None:
        return None
    if not isinstance(text, bytes):
        text = reader._text_to_bytes(fieldname, text)
    segment = reader.segment().segment_id()
    key = (segment, fieldname, text)
    found = POSTINGS.get(key)
    if found is not None and (found[2] is not None or not values):
        return found
    recent = _recent_values().pop(key, None) if values and found is not None else None
    kept: tuple[bytes, ...] | None
    if found is not None and recent is not None and len(recent) == len(found[0]):
        # Read without values moments ago in this thread: their values, not a decoding.
        ids, tf, kept = found[0], found[1], recent
    else:
        vocabulary = _vocabulary(terms, segment, fieldname)
        if vocabulary is not None and text not in vocabulary:
            return _EMPTY, _NONE, ()  # not in the segment: nothing looked up, nothing kept
        remember = not values and _wanted(fieldname, text)
        ids, tf, vals = _read_postings(terms, fieldname, text, values or remember)
        ids.flags.writeable = False
        tf.flags.writeable = False
        # A tuple, not a list: the garbage collector stops tracking a tuple of bytes (a
        # list it walks at every full collection).
        kept = tuple(vals) if values else None
        if remember and len(vals) == len(ids):
            _remember_values(key, tuple(vals))
    cost = ids.nbytes + tf.nbytes + 200
    if kept is not None:
        cost += sum(len(v) for v in kept) + _VALUE_OVERHEAD * len(kept)
    POSTINGS.put(key, (ids, tf, kept), cost)
    return ids, tf, kept


def term_docs(reader: Any, fieldname: str, text: Any) -> np.ndarray:
    """Return the sorted document numbers of a reader (of every segment) holding a term,
    deleted ones left out, from the posting lists kept in POSTINGS: the lists ranking
    reads, read once for both."""
    parts = []
    for leaf, offset in reader.leaf_readers():
        ids = leaf_postings(leaf, fieldname, text)[0]
        if len(ids) and leaf.has_deletions():
            ids = ids[~np.isin(ids, np.fromiter(leaf.segment().deleted_docs(), dtype=np.int64))]
        if len(ids):
            parts.append(ids + offset)
    return np.concatenate(parts) if parts else _EMPTY


def leaf_doc_frequency(reader: Any, fieldname: str, text: bytes) -> int:
    """Return how many documents of a segment hold a term (deleted ones too), as its
    doc_frequency() counts them: from its posting list if it is kept in POSTINGS, else from
    the term's info, looked up only if the field's terms (if small) have it."""
    terms = _terms_reader(reader)
    if terms is None:
        return int(reader.doc_frequency(fieldname, text))
    segment = reader.segment().segment_id()
    found = POSTINGS.get((segment, fieldname, text))
    if found is not None:
        return len(found[0])
    vocabulary = _vocabulary(terms, segment, fieldname)
    fieldnum = terms._fieldmap.get(fieldname)
    if fieldnum is None or (vocabulary is not None and text not in vocabulary):
        return 0
    raw = _lookup(terms._tindex, pack_ushort(fieldnum) + text)
    return 0 if raw is None else int(W3TermInfo.from_bytes(raw).doc_frequency())


def _read_postings(
    terms: W3TermsReader, fieldname: str, text: bytes, values: bool = True
) -> tuple[np.ndarray, np.ndarray, list[bytes]]:
    """Read and decode a term's whole posting list in a segment of codec whoosh3 (values:
    also its postings' values, else none)."""
    fieldnum = terms._fieldmap.get(fieldname)
    if fieldnum is None:
        return _EMPTY, _NONE, []
    raw = term_info(terms, pack_ushort(fieldnum) + text)
    if raw is None:
        return _EMPTY, _NONE, []
    info = W3TermInfo.from_bytes(raw)
    if info.is_inlined():
        ids, weights, stored = info.inlined_postings()
        return (
            np.array(ids, dtype=np.int64),
            _weights(weights, len(ids)),
            list(stored) if stored is not None and values else [],
        )
    offset, length = info.extent()
    if isinstance(length, tuple):
        (length,) = length  # W3TermInfo.from_bytes leaves it unpacked
    return decode_postings_values(terms._postfile.get(offset, length), values)


def _walked(reader: Any, fieldname: str, text: Any) -> tuple[np.ndarray, np.ndarray]:
    """Return a term's postings in a segment walked through its matcher."""
    if (fieldname, text) not in reader:
        return _EMPTY, _NONE
    m = reader.postings(fieldname, text)
    if isinstance(m, FilterMatcher):
        m = m.child  # deletions left out by the caller
    ids, weights = [], []
    while m.is_active():
        ids.append(m.id())
        weights.append(m.weight())
        m.next()
    return np.array(ids, dtype=np.int64), np.array(weights, dtype=np.float64)
