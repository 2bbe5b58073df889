"""Decode archive file bytes: UTF-8 (with or without BOM), else Windows-1252, else Latin-1.

Files are checked piece by piece, so that no text of a whole large file is made just to
learn its encoding; a reader then decodes the parts it needs with the decoder chosen.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterator

# A valid multi-byte UTF-8 sequence: a file with these is UTF-8, if with some bad bytes.
UTF8_SEQUENCE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")


def _single_byte(exc: UnicodeError) -> tuple[str, int]:
    """Decode the bytes UTF-8 rejects as Windows-1252 (Latin-1 for its five holes)."""
    assert isinstance(exc, UnicodeDecodeError)  # registered for decoding only
    bad = exc.object[exc.start : exc.end]
    return bad.decode("cp1252", errors="ignore") or bad.decode("latin-1"), exc.end


codecs.register_error("newsarchive-cp1252", _single_byte)


def decode(data: bytes) -> str:
    """Decode file bytes: UTF-8 (with or without BOM), else Windows-1252, else Latin-1."""
    return decode_noting(data)[0]


def decode_noting(data: bytes) -> tuple[str, str]:
    """Decode file bytes as decode() does; say how, when it was not clean UTF-8.

    A UTF-8 file with a few bad bytes (a Windows-1252 quote pasted in) stays UTF-8,
    only those bytes read as Windows-1252: decoding all of it so would garble every
    umlaut in it.
    """
    part, how = choose(data)
    return part(data, True), how


# Decodes a part of a file's bytes that ends at a line end (or the file's end); True:
# the part the file starts with (a byte order mark is dropped there only).
PartDecoder = Callable[[bytes, bool], str]
# Bytes a file is checked in at a time, so that no text of all of it is made.
_CHECK_BYTES = 1 << 20


def _pieces(data: bytes) -> Iterator[bytes]:
    """Yield data in pieces of some _CHECK_BYTES, each ending after a newline (or at
    the end): a newline byte is a newline in each of the encodings read."""
    start = 0
    while start < len(data):
        end = data.find(b"\n", start + _CHECK_BYTES)
        end = len(data) if end < 0 else end + 1
        yield data[start:end]
        start = end


def _decodes(data: bytes, encoding: str, errors: str = "strict") -> bool:
    """Tell whether the bytes decode with the encoding, checked piece by piece."""
    try:
        for piece in _pieces(data):
            piece.decode(encoding, errors)
    except UnicodeDecodeError:
        return False
    return True


def choose(data: bytes) -> tuple[PartDecoder, str]:
    """Choose how to decode file bytes (what decode() does) without decoding all of
    them at once: return a decoder of parts of them, and how, when not clean UTF-8."""
    if _decodes(data, "utf-8"):
        return _utf8("strict"), ""
    if UTF8_SEQUENCE.search(data):
        chars = bad = 0
        for n, piece in enumerate(_pieces(data)):
            chars += len(piece.decode("utf-8-sig" if n == 0 else "utf-8", "newsarchive-cp1252"))
            bad += len(piece.decode("utf-8-sig" if n == 0 else "utf-8", "ignore"))
        how = f"invalid UTF-8 ({chars - bad} bytes), read as Windows-1252 there"
        return _utf8("newsarchive-cp1252"), how
    if _decodes(data, "cp1252"):
        return (lambda part, first: part.decode("cp1252")), "not UTF-8, read as Windows-1252"
    # Latin-1 decodes every byte; cp1252 leaves five undefined.
    return (lambda part, first: part.decode("latin-1")), "not UTF-8, read as Latin-1"


def _utf8(errors: str) -> PartDecoder:
    """Decode parts of UTF-8 bytes; a byte order mark is dropped at the file's start."""
    return lambda part, first: part.decode("utf-8-sig" if first else "utf-8", errors)
