"""Compress many small buffers as zlib.compress() does, byte for byte, at a fraction of
its cost.

zlib.compress() sets up a deflate stream for every call and frees it after: some 64 KB
each of window, hash chains, hash heads and output buffer, which takes most of the time
for a buffer of a few hundred bytes (a block of postings). A Deflater keeps one stream
of the same zlib library, opened with the parameters zlib.compress() uses (its level,
15 window bits, memory level 8, the default strategy), and resets it between buffers:
deflateReset() gives the state a new stream starts in, so the output is the same.

The stream is driven through ctypes. Where the zlib library cannot be loaded, is
another version than the one Python's zlib module runs on, or compresses a probe
otherwise than zlib.compress(), a Deflater falls back to zlib.compress() itself.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import zlib
from collections.abc import Callable

_Z_DEFLATED = 8
_MAX_WBITS = 15
_DEF_MEM_LEVEL = 8
_Z_DEFAULT_STRATEGY = 0
_Z_FINISH = 4
_Z_STREAM_END = 1
# Room for the output of one buffer; larger buffers go to zlib.compress().
_OUT_BYTES = 1 << 16
_MAX_IN = _OUT_BYTES // 2
# Buffers compressed both ways when a Deflater starts: they must come out the same.
_PROBES = (
    b"",
    b"a",
    bytes(range(256)) * 3,
    b"\x80\x02(K\x01K\x05K\x07tq\x00" * 40,
    bytes(i * 7919 % 251 for i in range(_MAX_IN)),
)


class _ZStream(ctypes.Structure):
    """zlib's z_stream."""

    _fields_ = [
        ("next_in", ctypes.c_char_p),
        ("avail_in", ctypes.c_uint),
        ("total_in", ctypes.c_ulong),
        ("next_out", ctypes.c_void_p),
        ("avail_out", ctypes.c_uint),
        ("total_out", ctypes.c_ulong),
        ("msg", ctypes.c_char_p),
        ("state", ctypes.c_void_p),
        ("zalloc", ctypes.c_void_p),
        ("zfree", ctypes.c_void_p),
        ("opaque", ctypes.c_void_p),
        ("data_type", ctypes.c_int),
        ("adler", ctypes.c_ulong),
        ("reserved", ctypes.c_ulong),
    ]


def _library() -> ctypes.CDLL | None:
    """Return the zlib library Python's zlib module runs on, None if it cannot be told."""
    name = ctypes.util.find_library("z")
    if name is None:
        return None
    try:
        lib = ctypes.CDLL(name)
    except OSError:
        return None
    lib.zlibVersion.restype = ctypes.c_char_p
    if lib.zlibVersion().decode("ascii", "replace") != zlib.ZLIB_RUNTIME_VERSION:
        return None
    lib.deflateReset.argtypes = [ctypes.c_void_p]
    lib.deflate.argtypes = [ctypes.c_void_p, ctypes.c_int]
    lib.deflateEnd.argtypes = [ctypes.c_void_p]
    return lib


class Deflater:
    """zlib.compress(data, level), keeping one deflate stream for every call."""

    def __init__(self, level: int) -> None:
        self.level = level
        self.compress: Callable[[bytes], bytes] = self._fallback
        lib = _library()
        if lib is None:
            return
        self._lib = lib
        self._stream = _ZStream()
        self._out = ctypes.create_string_buffer(_OUT_BYTES)
        self._out_at = ctypes.addressof(self._out)
        self._stream_at = ctypes.addressof(self._stream)
        version = lib.zlibVersion()
        opened = lib.deflateInit2_(
            ctypes.byref(self._stream),
            level,
            _Z_DEFLATED,
            _MAX_WBITS,
            _DEF_MEM_LEVEL,
            _Z_DEFAULT_STRATEGY,
            version,
            ctypes.sizeof(_ZStream),
        )
        if opened != 0:
            return
        self.compress = self._deflate
        if any(self._deflate(p) != zlib.compress(p, level) for p in _PROBES):
            self.close()

    def _fallback(self, data: bytes) -> bytes:
        return zlib.compress(data, self.level)

    def _deflate(self, data: bytes) -> bytes:
        if len(data) > _MAX_IN:
            return zlib.compress(data, self.level)
        stream = self._stream
        at = self._stream_at
        lib = self._lib
        if lib.deflateReset(at) != 0:
            raise zlib.error("deflateReset failed")
        stream.next_in = data
        stream.avail_in = len(data)
        stream.next_out = self._out_at
        stream.avail_out = _OUT_BYTES
        if lib.deflate(at, _Z_FINISH) != _Z_STREAM_END:
            raise zlib.error("deflate did not finish")
        stream.next_in = None
        return ctypes.string_at(self._out_at, stream.total_out)

    def close(self) -> None:
        """Free the stream; later calls compress with zlib.compress()."""
        if self.compress == self._deflate:
            self._lib.deflateEnd(self._stream_at)
        self.compress = self._fallback

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:  # noqa: BLE001 - at interpreter exit the library may be gone
            pass


_deflaters: dict[int, Deflater] = {}


def compress(data: bytes, level: int) -> bytes:
    """Return zlib.compress(data, level), the same bytes, with a stream kept per level."""
    deflater = _deflaters.get(level)
    if deflater is None:
        deflater = _deflaters[level] = Deflater(level)
    return deflater.compress(data)
