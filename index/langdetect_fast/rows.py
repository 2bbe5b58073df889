"""langdetect's n-gram table as the rows of a float64 matrix, filled as n-grams occur."""

from __future__ import annotations

from typing import Any

import numpy as np


class Rows:
    """langdetect's n-gram table as the rows of a float64 matrix, filled as n-grams occur."""

    LIMIT = 200_000

    def __init__(self) -> None:
        self.index: dict[str, int] = {}
        self.matrix: Any = None

    def of(self, ngrams: list[str], table: dict[str, list[float]]) -> tuple[Any, list[int]]:
        """Return the matrix and each n-gram's row in it, adding the rows not there yet."""
        index = self.index
        new = [g for g in dict.fromkeys(ngrams) if g not in index]
        if new:
            if len(index) + len(new) > self.LIMIT:
                index.clear()
                self.matrix = None
                new = list(dict.fromkeys(ngrams))
            added = np.array([table[g] for g in new], dtype=np.float64)
            start = len(index)
            if self.matrix is None:
                # Room for every n-gram of the table at once: the pages of rows not yet
                # filled take no memory, and no growing copies the matrix.
                self.matrix = np.empty((max(1024, len(table), len(new)), added.shape[1]))
            elif start + len(new) > len(self.matrix):
                grown = np.empty((max(2 * len(self.matrix), start + len(new)), added.shape[1]))
                grown[:start] = self.matrix[:start]
                self.matrix = grown
            self.matrix[start : start + len(new)] = added
            for k, g in enumerate(new, start):
                index[g] = k
        return self.matrix, [index[g] for g in ngrams]
