"""A kept deflate stream compresses as zlib.compress() does, byte for byte, buffer after
buffer, and falls back to zlib.compress() where it cannot be used."""

from __future__ import annotations

import pickle
import random
import zlib

import pytest

from index import deflate
from index.deflate import Deflater


def _buffers() -> list[bytes]:
    rng = random.Random(7)
    blocks = [
        pickle.dumps(
            (
                tuple(rng.randrange(1, 300) for _ in range(n)),
                tuple(float(rng.randrange(1, 4)) for _ in range(n)),
                tuple(
                    bytes(rng.randrange(0, 9) for _ in range(rng.randrange(1, 12)))
                    for _ in range(n)
                ),
            ),
            2,
        )
        for n in (2, 3, 17, 128)
    ]
    return [
        b"",
        b"x",
        b"abc" * 1000,
        bytes(range(256)),
        bytes(rng.randrange(256) for _ in range(5000)),  # incompressible
        bytes(rng.randrange(3) for _ in range(40_000)),  # past the kept stream's room
        *blocks,
    ]


@pytest.mark.parametrize("level", [1, 3, 6, 9])
def test_buffers_compress_as_zlib_compresses_them(level: int) -> None:
    deflater = Deflater(level)
    assert deflater.compress == deflater._deflate  # the kept stream, not the fallback
    for data in _buffers() * 2:  # each buffer after others: the stream starts anew
        assert deflater.compress(data) == zlib.compress(data, level)
        assert zlib.decompress(deflater.compress(data)) == data


def test_a_missing_library_falls_back_to_zlib(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(deflate, "_library", lambda: None)
    deflater = Deflater(3)
    assert deflater.compress == deflater._fallback
    for data in _buffers():
        assert deflater.compress(data) == zlib.compress(data, 3)


def test_another_library_version_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(deflate.zlib, "ZLIB_RUNTIME_VERSION", "0.0.0")
    assert deflate._library() is None
    assert Deflater(3).compress(b"abc" * 10) == zlib.compress(b"abc" * 10, 3)


def test_a_stream_compressing_otherwise_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    # A stream whose output differs from zlib.compress() on the probes (another level).
    monkeypatch.setattr(deflate, "_DEF_MEM_LEVEL", 1)
    deflater = Deflater(3)
    assert deflater.compress == deflater._fallback


def test_compress_keeps_a_stream_per_level(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(deflate, "_deflaters", {})
    for level in (3, 3, 5):
        assert deflate.compress(b"postings" * 9, level) == zlib.compress(b"postings" * 9, level)
    assert sorted(deflate._deflaters) == [3, 5]
