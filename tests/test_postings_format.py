"""Posting blocks laid out to be read without unpickling: what Whoosh unpickles from them,
and what the search side reads from them at known places."""

from __future__ import annotations

import pickle
from typing import Any

import numpy as np
import pytest

from index.postings_format import ARRAY_MIN, block_pickle, block_values, read_block


@pytest.mark.parametrize(
    ("deltas", "weights", "values"),
    [
        ((7,), None, ()),
        ((7,), 2.0, (b"\x01\x02",)),
        ((3, 1, 4, 1, 5), (1.0, 2.0, 3.0, 0.5, 7.0), tuple(bytes([i, 1]) for i in range(5))),
        ((2,) * 15, None, tuple(bytes([i]) for i in range(15))),
        ((2,) * 16, None, tuple(bytes([i]) for i in range(16))),
        ((1,) * 600, None, tuple(b"" for _ in range(600))),  # memo slots past 255
        ((1,) * 20, (1.0, 2.5) * 10, tuple(bytes([i, 1]) for i in range(20))),
        ((2,) * 19 + (4_000_000_000,), 1.5, None),  # ids of 32 bits; no values kept
        ((1, 2, 3) * 6, (2.0, 2.0, 4.0) * 6, b"abcdef" * 6),  # fixed-size values joined
        ((5,) * 17, None, (bytes(300),) + (b"x",) * 16),  # a value of more than 255 bytes
        ((5,) * 16, None, (b"same",) * 16),
    ],
    ids=[
        "one",
        "one-weight",
        "each-weight",
        "small",
        "arrays",
        "many",
        "each-weight-arrays",
        "large-ids",
        "joined",
        "long",
        "equal",
    ],
)
def test_a_block_unpickles_as_whoosh_reads_it_and_reads_at_known_places(
    deltas: tuple[int, ...], weights: Any, values: Any
) -> None:
    data = block_pickle(deltas, weights, values)
    ids, weights_read, values_read = pickle.loads(data)  # what Whoosh's reader does
    assert list(ids) == list(deltas)
    count = len(deltas)
    expected = [1.0] * count if weights is None else weights
    if isinstance(weights, float):
        assert weights_read == weights
        expected = [weights] * count
    elif weights is None:
        assert weights_read is None
    else:
        assert list(weights_read) == list(weights)
    assert values_read == values
    laid = read_block(data, count)
    if count < ARRAY_MIN:
        assert laid is None  # Whoosh's tuple: fewer bytes
        return
    assert laid is not None
    raw_ids, raw_weights, at = laid
    assert np.frombuffer(raw_ids, dtype="<u4").tolist() == list(deltas)
    assert np.frombuffer(raw_weights, dtype="<f4").tolist() == list(expected)
    assert block_values(data, at) == values


@pytest.mark.parametrize(
    "block",
    [((3, 4), None, (b"a", b"b")), ((1,), 2.0, None), ((1, 2), (1.0, 3.0), b"ab")],
)
def test_whooshs_own_pickle_is_not_read_at_known_places(block: tuple[Any, Any, Any]) -> None:
    for protocol in (2, 3, 5):
        assert read_block(pickle.dumps(block, protocol), len(block[0])) is None


def test_a_block_whose_weights_are_framed_otherwise_is_not_read() -> None:
    data = block_pickle((1,) * ARRAY_MIN, (1.0, 3.0) * (ARRAY_MIN // 2), ())
    at = data.index(b"h\x00(h\x01")
    assert read_block(data, ARRAY_MIN) is not None
    assert read_block(data[:at] + b"h\x00(h\x02" + data[at + 5 :], ARRAY_MIN) is None
