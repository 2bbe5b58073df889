"""Postings written a block at a time read back as Whoosh's writer's; positions encoded
as its format encodes them."""

from __future__ import annotations

from array import array
from pathlib import Path
from typing import Any

import pytest
from whoosh.fields import TEXT
from whoosh.filedb.filestore import FileStorage

from index.postings_format import BLOCK_POSTINGS
from index.whoosh_write import (
    add_term_postings,
    encode_positions,
)
from index.whoosh_write.compression import RAW_BELOW


def _blocks(data: bytes, raw: list[int] | None = None) -> list[tuple[Any, Any]]:
    """Return each posting block of a term's posting list: its info and what Whoosh's
    reader unpickles from it (ids, weights and values, each as a tuple where it is one);
    each block's length uncompressed goes to `raw`."""
    import io
    import pickle
    import struct
    import zlib

    assert data[:4] == b"W3Bl"
    blocks = []
    pos = 4
    while True:
        (length,) = struct.unpack_from("!i", data, pos)
        end = pos + 4 + abs(length)
        buffer = io.BytesIO(data[pos + 4 : end])
        info = pickle.load(buffer)
        body = buffer.read()
        stored = zlib.decompress(body) if info[3] else body
        if raw is not None:
            raw.append(len(stored))
        ids, weights, values = pickle.loads(stored)
        if weights is not None and not isinstance(weights, float):
            weights = tuple(weights)
        blocks.append((info, (tuple(ids), weights, values)))
        if length < 0:
            return blocks
        pos = end


def _posting_list(folder: Path, postings: list[tuple[int, float, bytes]], ours: bool) -> bytes:
    """Write one term's postings, by Whoosh's writer posting by posting (in blocks of
    BLOCK_POSTINGS) or by add_term_postings(); return its posting list."""
    from whoosh.codec.whoosh3 import W3Codec
    from whoosh.fields import TEXT

    storage = FileStorage(str(folder))
    storage.create()
    codec = W3Codec(blocklimit=BLOCK_POSTINGS)
    segment = codec.new_segment(storage, "MAIN")
    fieldwriter = codec.field_writer(storage, segment)
    fieldwriter.start_field("body", TEXT(phrase=any(v for _, _, v in postings)))
    lengths = array("I", [3 + d % 40 for d in range(4000)])
    fieldwriter.start_term(b"t")
    if ours:
        docnums = array("I", [d for d, _, _ in postings])
        weights = array("f", [w for _, w, _ in postings])
        add_term_postings(fieldwriter, docnums, weights, [v for _, _, v in postings], lengths)
        assert type(fieldwriter._postwriter).__name__ == "_FastPostingsWriter"
    else:
        for docnum, weight, vbytes in postings:
            fieldwriter.add(docnum, weight, vbytes, lengths[docnum])
    info = fieldwriter._postwriter.finish_postings()
    fieldwriter._postwriter = None
    fieldwriter._tindex.add(b"\x00\x00t", info.to_bytes())
    fieldwriter.finish_field()
    fieldwriter.close()
    offset, size = info.extent()
    return (folder / segment.make_filename(".pst")).read_bytes()[offset : offset + size]


@pytest.mark.parametrize(
    "postings",
    [
        [(3, 1.0, b""), (9, 1.0, b"")],
        [(d, 1.0, b"") for d in range(0, 2400, 3)],  # two blocks, the weights left out
        [(d, 2.0, b"") for d in range(5, 1600, 2)],  # one weight for a whole block
        [(d, float(1 + d % 5), b"") for d in range(1200)],  # three blocks, weights apart
        [(d, 1.0 + d % 2, bytes([d % 7, 1])) for d in range(0, 1040)],  # with positions
        [(d, 1.0, bytes(300)) for d in range(0, 20)],  # values of more than 255 bytes
        [(d, 1.0, bytes([d, 1])) for d in range(3, 14, 2)],  # a pickle of 63 bytes
        [(d, 1.0, bytes([d, 1])) for d in range(3, 16, 2)],  # a pickle of 71 bytes
    ],
    ids=[
        "two",
        "two-blocks",
        "same-weight",
        "weights",
        "positions",
        "long-values",
        "under-raw-below",
        "raw-below",
    ],
)
def test_blocks_read_back_as_whooshs(
    tmp_path: Path, postings: list[tuple[int, float, bytes]]
) -> None:
    theirs = _posting_list(tmp_path / "whoosh", postings, ours=False)
    ours = _posting_list(tmp_path / "ours", postings, ours=True)
    raw: list[int] = []
    their_blocks, our_blocks = _blocks(theirs), _blocks(ours, raw)
    # The same block infos but for the compression level (a block's pickle under
    # RAW_BELOW bytes is written as it is), and the same ids, weights and values
    # unpickled from other pickles (index.postings_format) in other zlib streams.
    assert [(_unleveled(i), b) for i, b in our_blocks] == [
        (_unleveled(i), b) for i, b in their_blocks
    ]
    assert len(our_blocks) == -(-len(postings) // BLOCK_POSTINGS)
    assert [bool(info[3]) for info, _ in our_blocks] == [n >= RAW_BELOW for n in raw]
    assert all(info[3] for info, _ in their_blocks)
    if len(postings) in (6, 7):  # the pickles around RAW_BELOW
        assert raw == [63 if len(postings) == 6 else 71]


def _unleveled(info: tuple[Any, ...]) -> tuple[Any, ...]:
    """Return a block's info without its compression level."""
    return info[:3] + info[4:]


@pytest.mark.parametrize("positions", [[0], [3, 5], [0, 1, 2, 300, 70_000, 70_001]])
def test_positions_are_encoded_as_the_format_encodes_them(positions: list[int]) -> None:
    field = TEXT(phrase=True)
    deltas = [b - a for a, b in zip([0, *positions], positions, strict=False)]
    assert encode_positions(deltas) == field.format.encode(positions)
