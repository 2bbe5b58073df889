"""Tests for index.decoding: file bytes to text, and a note on how when not clean UTF-8."""

from __future__ import annotations

import pytest

from index import decoding


@pytest.mark.parametrize(
    ("data", "text", "how"),
    [
        ("Grüße aus Köln".encode(), "Grüße aus Köln", ""),
        (b"\xef\xbb\xbfStra\xc3\x9fe", "Straße", ""),
        (
            b"Gr\xc3\xbc\xc3\x9fe \x93zitiert\x94",
            "Grüße “zitiert”",
            "invalid UTF-8 (2 bytes), read as Windows-1252 there",
        ),
        ("„Größe“".encode("cp1252"), "„Größe“", "not UTF-8, read as Windows-1252"),
        (b"\x81Gr\xfc\xdfe", "\x81Grüße", "not UTF-8, read as Latin-1"),
    ],
)
def test_decode_noting(data: bytes, text: str, how: str) -> None:
    assert decoding.decode_noting(data) == (text, how)
    assert decoding.decode(data) == text


@pytest.mark.parametrize("check_bytes", [4, 1 << 20])
def test_parts_decode_as_the_whole(monkeypatch: pytest.MonkeyPatch, check_bytes: int) -> None:
    monkeypatch.setattr(decoding, "_CHECK_BYTES", check_bytes)
    data = b"\xef\xbb\xbferste Zeile\nGr\xc3\xbc\xc3\x9fe \x93x\x94\nletzte\n"
    part, how = decoding.choose(data)
    first, rest = data.split(b"\n", 1)
    assert part(first + b"\n", True) + part(rest, False) == decoding.decode(data)
    assert how == "invalid UTF-8 (2 bytes), read as Windows-1252 there"
