"""Hash folded text into the evidence's 64-bit keys."""

from __future__ import annotations

import hashlib


def digest(text: str) -> int:
    """Hash folded text into a signed 64-bit key (as SQLite stores integers)."""
    raw = hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(raw, "big", signed=True)
