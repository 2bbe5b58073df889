"""The 32-bit words of CPython's Random seeded with one seed, read as a stream."""

from __future__ import annotations

import random
from typing import Any

import numpy as np


class Stream:
    """The 32-bit words a Random seeded with one seed gives, in order, grown on demand."""

    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)
        self.array = np.empty(0, dtype=np.uint32)

    def words(self, count: int) -> Any:
        """Return at least `count` words of the stream."""
        if len(self.array) < count:
            more = max(count - len(self.array), len(self.array), 1 << 16)
            # getrandbits(32 * m) fills its result from the lowest word up, in order.
            data = self.random.getrandbits(32 * more).to_bytes(4 * more, "little")
            self.array = np.concatenate((self.array, np.frombuffer(data, dtype="<u4")))
        return self.array

    def uniforms(self, pos: int) -> tuple[float, float]:
        """Return the two Random.random() values made of the four words from `pos`."""
        a, b, c, d = self.words(pos + 4)[pos : pos + 4].tolist()
        scale = 1.0 / 9007199254740992.0  # Random.random(): 53 bits from two words
        return ((a >> 5) * 67108864.0 + (b >> 6)) * scale, (
            (c >> 5) * 67108864.0 + (d >> 6)
        ) * scale


class Streams(dict[int, Stream]):
    """One word stream per seed."""

    def __missing__(self, seed: int) -> Stream:
        stream = self[seed] = Stream(seed)
        return stream
