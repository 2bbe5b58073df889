"""Write a field's terms of one block or less in batches: the bytes add_single_term() and
add_block_term() write, made in one loop and written at once."""

from __future__ import annotations

import itertools
import operator
import pickle
from array import array
from collections.abc import Iterable
from typing import Any

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC
from whoosh.system import pack_ushort
from whoosh.util.numeric import length_to_byte

from index.postings_format import block_pickle
from index.whoosh_write.compression import RAW_BELOW, compress
from index.whoosh_write.postings import (
    _EXACT_WEIGHTS,
    _SINGLE_TERMINFO,
    BLOCK_LENGTH,
    add_term_postings,
    fast_postings,
)

# Terms whose bytes are gathered before they are written (a batch's bytes are kept
# until then: some 150 bytes a term).
BATCH_TERMS = 4096


class _LengthBytes(dict[int, int]):
    """Length → length_to_byte(length), worked out once per length (a segment's lengths
    are the 256 values of a byte, as the length column gives them back)."""

    def __missing__(self, length: int) -> int:
        found: int = length_to_byte(length)
        self[length] = found
        return found


def write_terms(
    fieldwriter: Any,
    terms: Iterable[tuple[bytes, Any]],
    lengths: array[int] | None,
) -> bool:
    """Write a started field's terms, in increasing order, each with its postings as
    index.terms keeps them ((docnum, weight, encoding) for one posting, else (docnums,
    weights, encodings)): the bytes add_single_term(), add_block_term() or
    add_term_postings() write for each. Return whether there was a term."""
    writer = fieldwriter._postwriter
    fast_postings(fieldwriter)
    level = writer.__dict__.setdefault("_newsarchive_level", writer._compression)
    limit = writer._blocklimit
    postfile = writer._postfile
    tindex = fieldwriter._tindex
    fixed = fieldwriter._fieldobj.format.fixed_value_size()
    listed = fixed is None or fixed < 0  # values kept as a tuple of bytes
    prefix = pack_ushort(fieldwriter._fieldid)
    lens = lengths if lengths is not None else array("I")
    size = len(lens)
    to_byte = _LengthBytes()
    dumps = pickle.dumps
    pack_terminfo = _SINGLE_TERMINFO.pack
    pack_length = BLOCK_LENGTH.pack
    exact = _EXACT_WEIGHTS
    sub = operator.sub
    chain = itertools.chain
    head = 4 + BLOCK_LENGTH.size
    magic = WHOOSH3_HEADER_MAGIC

    out: list[bytes] = []
    keys: list[bytes] = []
    infos: list[bytes] = []
    at = postfile.tell()
    found_any = False

    def flush() -> None:
        if out:
            postfile.write(b"".join(out))
            out.clear()
        if keys:
            tindex.add_many(keys, infos)
            keys.clear()
            infos.clear()

    for tbytes, entry in terms:
        found_any = True
        first = entry[0]
        if first.__class__ is int:
            # One posting: add_single_term().
            weight = entry[1]
            vbytes = entry[2]
            if weight not in exact:
                weight = array("f", (weight,))[0]
            maxweight = weight if weight > 0 else 0
            lbyte = to_byte[lens[first] if first < size else 0]
            if listed:
                values: Any = (vbytes,) if vbytes else ()
            else:
                values = None if fixed == 0 else vbytes
            data = dumps(((first,), None if weight == 1.0 else weight, values), 3)
            info = dumps((1, first, maxweight, 0, lbyte, lbyte), 2)
            block = len(info) + len(data)
            out.append(magic + pack_length(-block) + info + data)
            keys.append(prefix + tbytes)
            infos.append(
                pack_terminfo(0, weight, 1, lbyte, lbyte, maxweight, first, first, at, head + block)
            )
            at += head + block
        else:
            docnums, weights, found = entry
            count = len(docnums)
            if count > limit:
                flush()
                fieldwriter.start_term(tbytes)
                values = [b""] * count if found is None else found
                add_term_postings(fieldwriter, docnums, weights, values, lengths)
                fieldwriter.finish_term()
                at = postfile.tell()
                continue
            # 2 to a block's postings: add_block_term().
            if weights.typecode != "f":
                weights = array("f", weights)
            maxweight = max(weights)
            if not maxweight > 0:
                maxweight = 0
            minlength: int | None = None
            maxlength = 0
            if size:
                if docnums[-1] < size:  # docnums increase: every one has its length
                    known = list(map(lens.__getitem__, docnums))
                    if 0 in known:
                        known = [n for n in known if n]
                else:
                    known = [n for d in docnums if d < size and (n := lens[d])]
                if known:
                    minlength, maxlength = min(known), max(known)
            w0 = weights[0]
            mini_weights: Any = weights
            if weights.count(w0) == count:
                mini_weights = None if w0 == 1.0 else w0
            if found is None:
                kept: Any = ()
            else:
                kept = found if all(found) else [v for v in found if v]
            mini_values: Any = tuple(kept) if listed else None
            if fixed is not None and fixed > 0:
                mini_values = b"".join(kept)
            deltas = array("I", map(sub, docnums, chain((0,), docnums)))
            data = block_pickle(deltas, mini_weights, mini_values)
            packed = 0  # the block's compression level: 0, written as it is
            if level and len(data) >= RAW_BELOW:
                data = compress(data)
                packed = level
            minbyte = length_to_byte(minlength)
            maxbyte = to_byte[maxlength]
            last = docnums[-1]
            info = dumps((count, last, maxweight, packed, minbyte, maxbyte), 2)
            block = len(info) + len(data)
            out.append(magic + pack_length(-block) + info + data)
            keys.append(prefix + tbytes)
            infos.append(
                pack_terminfo(
                    0,
                    sum(weights),
                    count,
                    minbyte,
                    maxbyte,
                    maxweight,
                    docnums[0],
                    last,
                    at,
                    head + block,
                )
            )
            at += head + block
        if len(keys) >= BATCH_TERMS:
            flush()
    flush()
    return found_any
